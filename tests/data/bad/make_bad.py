"""Bad-input fixtures whose bytes matter: written here rather than typed into files.

FIXED entries are small and committed next to this script (the test checks that the committed
bytes still equal these, so an editor or a line-ending setting cannot quietly repair them).
GENERATED entries are big, binary or special (symbolic links, a FIFO) and are written by the tests
into a temporary folder. ``python make_bad.py DIR`` writes all of them into DIR.

>>> sorted(GENERATED)[:3]
['binary.txt', 'broken_link.txt', 'huge.txt']
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

PNG_HEADER = b"\x89PNG\r\n\x1a\n"
SENTENCE = "Officials from Moscow and Beijing pledged closer cooperation on trade and energy. "
TEN_MIB = 10 * 1024 * 1024

FIXED: dict[str, bytes] = {
    # mostly UTF-8 (curly quotes) with stray bytes: not Latin-1 either
    "invalid_utf8.txt": "Moscow called the “talks” useful".encode() + b" \xff\xfe\xc3(" + b" and frank.\n",
    # bytes undefined in Windows-1252 and no UTF-8 at all
    "undefined_cp1252.txt": b"The envoy arrived \x81\x8d\x90 on Monday.\n",
    "latin1.txt": "Le président français a reçu son homologue à l'Élysée.\n".encode("latin-1"),
    "utf16_bom.txt": "Ankara and Athens agreed to resume talks — «a fresh start».\n".encode("utf-16"),
    "utf8_bom.txt": "\ufeffSeoul and Tokyo renewed their currency swap.\n".encode(),
    "crlf.txt": b"Canada joins the pact\r\n\r\nCanada said on Friday it would join.\r\nTalks go on.\r\n",
    "nfd.txt": "The Fe\u0301de\u0301ration welcomed the accord.\n".encode(),
    "control_chars.txt": b"Russia\x00and China\x07met\x0bin\x0cHangzhou.\tTalks\x1bcontinued.\n",
    "image.png": PNG_HEADER + bytes(64),
    "binary.jsonl": PNG_HEADER + bytes(64),
    "utf16.jsonl": '{"id": "u16", "text": "Encoded in UTF-16."}\n'.encode("utf-16"),
    "bad_utf8_line.jsonl": b'{"id": "ok-1", "text": "Valid line."}\n{"id": "bad", "text": "caf\xe9"}\n'
    b'{"id": "ok-3", "text": "Valid again."}\n',
}


def _binary(folder: Path) -> None:
    (folder / "binary.txt").write_bytes(PNG_HEADER + bytes(4096))


def _huge(folder: Path) -> None:
    """A 5 MiB article: below the 10 MiB limit, so accepted."""
    paragraph = SENTENCE * 20 + "\n\n"
    count = 5 * 1024 * 1024 // len(paragraph) + 1
    (folder / "huge.txt").write_text(paragraph * count, encoding="utf-8")


def _too_large(folder: Path) -> None:
    """One byte over the limit; sparse, so it costs no disk (size is checked before reading)."""
    with open(folder / "too_large.txt", "wb") as handle:
        handle.truncate(TEN_MIB + 1)


def _long_line(folder: Path) -> None:
    """Two million characters on one line, no newline at all."""
    line = (SENTENCE * (2_000_000 // len(SENTENCE) + 1))[:2_000_000]
    (folder / "long_line.txt").write_text(line, encoding="utf-8")


def _symlink_loop(folder: Path) -> None:
    """A folder holding one article and a link back to itself."""
    loop = folder / "loop"
    loop.mkdir()
    (loop / "inside.txt").write_text("Article inside the looping folder.\n", encoding="utf-8")
    os.symlink(".", loop / "again")


def _self_link(folder: Path) -> None:
    os.symlink("self_link.txt", folder / "self_link.txt")


def _broken_link(folder: Path) -> None:
    os.symlink("missing_target.txt", folder / "broken_link.txt")


def _fifo(folder: Path) -> None:
    """A named pipe: a directory entry that cannot be read as a file (open would block)."""
    os.mkfifo(folder / "pipe.txt")


GENERATED: dict[str, Callable[[Path], None]] = {
    "binary.txt": _binary,
    "huge.txt": _huge,
    "too_large.txt": _too_large,
    "long_line.txt": _long_line,
    "loop": _symlink_loop,
    "self_link.txt": _self_link,
    "broken_link.txt": _broken_link,
    "pipe.txt": _fifo,
}


def make(name: str, folder: Path) -> Path:
    """Write the fixture ``name`` (FIXED or GENERATED) into ``folder`` and return its path."""
    if name in FIXED:
        (folder / name).write_bytes(FIXED[name])
    else:
        GENERATED[name](folder)
    return folder / name


def main(argv: list[str]) -> int:
    """Write every fixture into the folder named on the command line."""
    if len(argv) != 2:
        print("usage: python make_bad.py DIR", file=sys.stderr)
        return 2
    folder = Path(argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    for name in [*FIXED, *GENERATED]:
        make(name, folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
