"""Writing output files so that a crash never leaves a half-written one: temp file, then rename.

The temporary file is a hidden sibling named after the target and the writing process,
``.graph.ttl.<pid>.<random>.tmp``. A process killed while writing (SIGKILL, power loss) cannot remove
its temporary file, so the next write of the same target removes the ones whose process is gone.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from ..errors import UsageError


@contextmanager
def atomic_open(path: str | Path, mode: str = "w") -> Iterator[IO]:
    """Open a temporary sibling of ``path``; on success it replaces ``path`` in one rename."""
    path = Path(path)
    if not path.parent.is_dir():  # never create folders the user did not ask for
        raise UsageError(f"the folder '{path.parent}' of '{path}' does not exist; create it first or write elsewhere")
    remove_stale_temps(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    try:
        kwargs = {} if "b" in mode else {"encoding": "utf-8", "newline": ""}
        with os.fdopen(fd, mode, **kwargs) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def remove_stale_temps(path: str | Path) -> list[Path]:
    """Remove temporary siblings of ``path`` left by writers that no longer run; returns them.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / ".graph.ttl.999999999.abc.tmp").write_text("cut short")
    >>> [p.name for p in remove_stale_temps(folder / "graph.ttl")]
    ['.graph.ttl.999999999.abc.tmp']
    """
    path = Path(path)
    pattern = re.compile(rf"\.{re.escape(path.name)}\.(\d+)\.[^.]+\.tmp")
    removed = []
    try:
        siblings = list(path.parent.iterdir())
    except OSError:
        return removed
    for sibling in siblings:
        match = pattern.fullmatch(sibling.name)
        if match and not _running(int(match.group(1))):
            sibling.unlink(missing_ok=True)
            removed.append(sibling)
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return pid < 2**22  # another user's process (or a number no process can have)
    return True


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write(path: str | Path, data: str | bytes) -> Path:
    with atomic_open(path, "wb" if isinstance(data, bytes) else "w") as handle:
        handle.write(data)
    return Path(path)
