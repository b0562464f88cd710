"""A SPARQL endpoint over a built graph: the Oxigraph server (PyPI ``oxigraph``) run as a child process.

Read-only and bound to the loopback interface by default; the default graph of a query is the union
of all graphs, as in ``relgraph query``. ``start_server`` returns once the port answers.
"""

from __future__ import annotations

import ipaddress
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from .errors import StoreError, UsageError

DEFAULT_HOST = "127.0.0.1"


def oxigraph_binary() -> str:
    """The ``oxigraph`` executable next to this Python, else on PATH."""
    local = Path(sys.executable).with_name("oxigraph")
    if local.is_file():
        return str(local)
    found = shutil.which("oxigraph")
    if found is None:
        raise StoreError("the Oxigraph server is not installed; run: pip install oxigraph")
    return found


def is_loopback(host: str) -> bool:
    """Whether ``host`` is only reachable from this machine.

    >>> is_loopback("127.0.0.1"), is_loopback("localhost"), is_loopback("::1"), is_loopback("0.0.0.0")
    (True, True, True, False)
    """
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_host(host: str, public: bool) -> None:
    """Refuse a non-loopback host unless ``public`` (one line saying so)."""
    if not public and not is_loopback(host):
        raise UsageError(f"--host {host} would expose the graph to other machines; add --public to allow "
                         "it, or keep the default --host 127.0.0.1")


def _host_port(host: str, port: int) -> str:
    """``host:port``, an IPv6 address in brackets.

    >>> _host_port("127.0.0.1", 80), _host_port("::1", 80), _host_port("[::1]", 80)
    ('127.0.0.1:80', '[::1]:80', '[::1]:80')
    """
    return f"[{host}]:{port}" if ":" in host and not host.startswith("[") else f"{host}:{port}"


def free_port(host: str = DEFAULT_HOST) -> int:
    """A TCP port free on ``host`` right now."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.bind((host.strip("[]"), 0))
        return sock.getsockname()[1]


@dataclass
class ServerHandle:
    """A running Oxigraph server; ``stop()`` (or leaving the ``with`` block) ends it."""

    process: subprocess.Popen
    host: str
    port: int
    store_dir: Path
    writable: bool
    log: Path = field(repr=False)

    @property
    def url(self) -> str:
        return f"http://{_host_port(self.host, self.port)}"

    @property
    def query_url(self) -> str:
        """The SPARQL 1.1 Protocol query endpoint."""
        return self.url + "/query"

    @property
    def update_url(self) -> str:
        """The SPARQL 1.1 Update endpoint (writable servers only)."""
        return self.url + "/update"

    @property
    def store_url(self) -> str:
        """The SPARQL 1.1 Graph Store Protocol endpoint."""
        return self.url + "/store"

    @property
    def page_url(self) -> str:
        """The query page for people (YASGUI)."""
        return self.url + "/"

    def running(self) -> bool:
        return self.process.poll() is None

    def wait(self) -> int:
        """Block until the server ends; returns its exit code."""
        return self.process.wait()

    def stop(self) -> None:
        """End the server (politely, then firmly) and remove its log."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.unlink(missing_ok=True)

    def __enter__(self) -> ServerHandle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start_server(store_dir: str | Path, port: int = 0, *, host: str = DEFAULT_HOST, writable: bool = False,
                 public: bool = False, timeout: float = 30.0) -> ServerHandle:
    """Start Oxigraph over ``store_dir`` and wait until it answers; ``port=0`` picks a free port.

    Read-only (``serve-read-only``) unless ``writable``; a writable server creates the store if
    needed. Oxigraph allows one writer: serve read-only while no build is writing the store.
    """
    check_host(host, public)
    store_dir = Path(store_dir)
    if not writable and not store_dir.is_dir():
        raise StoreError(f"no graph store at '{store_dir}'; run 'relgraph build' first")
    port = port or free_port(host)
    mode = "serve" if writable else "serve-read-only"
    handle_log, log_name = tempfile.mkstemp(prefix="relgraph-oxigraph-", suffix=".log")
    with open(handle_log, "wb") as log:
        process = subprocess.Popen(
            [oxigraph_binary(), mode, "--location", str(store_dir), "--bind", _host_port(host, port),
             "--union-default-graph"],
            stdin=subprocess.DEVNULL, stdout=log, stderr=log,
        )
    handle = ServerHandle(process, host, port, store_dir, writable, Path(log_name))
    _wait_ready(handle, timeout)
    return handle


def _wait_ready(handle: ServerHandle, timeout: float) -> None:
    probe = handle.query_url + "?query=ASK%7B%7D"
    deadline = time.monotonic() + timeout
    while True:
        if handle.process.poll() is not None:
            text = handle.log.read_text(encoding="utf-8", errors="replace").strip()
            handle.stop()
            errors = [line.strip() for line in text.splitlines() if line.startswith("Error")]
            reason = errors[0] if errors else f"exit code {handle.process.returncode}"
            hint = ("another process (a build, a writable relgraph.open) is writing the store: wait for it "
                    "or serve read-only" if "lock" in reason.lower() else "is the port in use?")
            raise StoreError(f"the Oxigraph server on '{handle.store_dir}' did not start: {reason}; {hint}")
        try:
            with urllib.request.urlopen(probe, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            pass
        if time.monotonic() > deadline:
            handle.stop()
            raise StoreError(f"the Oxigraph server did not answer on {handle.url} within {timeout:.0f} s")
        time.sleep(0.1)
