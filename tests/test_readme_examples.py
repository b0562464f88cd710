"""Every example in README.md and docs/access.md runs: each ```python block, and each line starting with
``relgraph `` in ```sh blocks, against a graph built into ``output/`` of a scratch checkout.

A block right after a ``<!-- no-test -->`` line is skipped (``relgraph serve`` blocks; ``make run``).
Examples that talk to an endpoint at ``localhost:7878`` get a read-only server over that ``output/``,
and ``localhost:7879`` a writable empty one, each on a free port.
"""

from __future__ import annotations

import re
import shlex
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from relgraph.cli import main
from relgraph.server import start_server

REPO = Path(__file__).resolve().parents[1]
DOCS = [REPO / "README.md", REPO / "docs" / "access.md"]
SKIP_MARK = "<!-- no-test -->"
FENCE = re.compile(r"^```(\w*)\s*$")


@dataclass(frozen=True)
class Block:
    doc: str
    line: int
    lang: str
    code: str


def blocks(path: Path) -> list[Block]:
    """The fenced code blocks of a Markdown file that are not marked ``<!-- no-test -->``."""
    if not path.is_file():
        return []
    found: list[Block] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        match = FENCE.match(lines[i])
        if not match:
            i += 1
            continue
        start = i
        i += 1
        body: list[str] = []
        while i < len(lines) and not lines[i].startswith("```"):
            body.append(lines[i])
            i += 1
        previous = next((line.strip() for line in reversed(lines[:start]) if line.strip()), "")
        if previous != SKIP_MARK:
            found.append(Block(path.name, start + 1, match.group(1), "\n".join(body) + "\n"))
        i += 1
    return found


ALL = [b for doc in DOCS for b in blocks(doc)]
PYTHON = [b for b in ALL if b.lang == "python"]
COMMANDS = [(b, line.strip()) for b in ALL if b.lang in ("sh", "bash", "shell", "console")
            for line in b.code.splitlines() if line.strip().startswith("relgraph ")]


def test_readme_examples_blocks_parse(tmp_path):
    doc = tmp_path / "x.md"
    doc.write_text("a\n```python\nprint(1)\n```\n\n<!-- no-test -->\n```sh\nrelgraph serve\n```\n"
                   "```sh\nrelgraph query --list\n```\n", encoding="utf-8")
    assert [(b.line, b.lang, b.code) for b in blocks(doc)] == [(2, "python", "print(1)\n"),
                                                              (10, "sh", "relgraph query --list\n")]


def test_readme_examples_exist():
    assert len(PYTHON) >= 5 and len(COMMANDS) >= 10


@pytest.fixture(scope="module")
def workspace(tmp_path_factory, built):
    """A checkout-like folder: main/corpus and shared/seeds linked, a copy of the built graph in
    main/output, and the two endpoints up."""
    root = tmp_path_factory.mktemp("readme")
    main_dir = root / "main"
    main_dir.mkdir()
    (main_dir / "corpus").symlink_to(REPO / "corpus")
    (main_dir / "queries").symlink_to(REPO / "queries")
    (root / "shared").mkdir()
    (root / "shared" / "seeds").symlink_to(REPO.parent / "shared" / "seeds")
    shutil.copytree(built.out, main_dir / "output")  # conftest's build of corpus/ and the seeds
    with start_server(main_dir / "output" / "store") as read_only, \
            start_server(root / "remote", writable=True) as writable:
        yield main_dir, {"localhost:7878": f"127.0.0.1:{read_only.port}",
                         "localhost:7879": f"127.0.0.1:{writable.port}"}


def _localise(text: str, ports: dict[str, str]) -> str:
    for old, new in ports.items():
        text = text.replace(old, new)
    return text


@pytest.mark.parametrize("block", PYTHON, ids=[f"{b.doc}:{b.line}" for b in PYTHON])
def test_readme_examples_python(block, workspace, monkeypatch, capsys):
    folder, ports = workspace
    monkeypatch.chdir(folder)
    exec(compile(_localise(block.code, ports), f"{block.doc}:{block.line}", "exec"), {"__name__": "__example__"})
    assert capsys.readouterr().out.strip(), "an example should show something"


@pytest.mark.parametrize("block, command", COMMANDS, ids=[f"{b.doc}:{b.line}:{c[:40]}" for b, c in COMMANDS])
def test_readme_examples_commands(block, command, workspace, monkeypatch, capsys):
    folder, ports = workspace
    monkeypatch.chdir(folder)
    argv = shlex.split(_localise(command, ports), comments=True)
    code = main(argv[1:])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert captured.out.strip()
