"""Files on disk: walking folders, reading bytes, decoding text, and the helpers every reader shares.

Nothing here raises on bad input: a bad file becomes a :class:`~relgraph.records.Problem` that the
caller passes on, so one broken file never stops a corpus.

>>> normalise_text("Cafe\\u0301\\r\\nline\\x00two")
'Café\\nline two'
>>> normalise_date("Tue, 04 Nov 2025 10:00:00 GMT")
'2025-11-04'
>>> text_id("Hello.")
'2d8bd7d9bb5f85ba'
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import logging
import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

from relgraph.readers.dates import read_date
from relgraph.records import Problem

log = logging.getLogger("relgraph.readers")

MAX_ARTICLE_BYTES = 10 * 1024 * 1024
"""Largest article file (or JSONL line) accepted; larger ones are reported as ``too-large``."""

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl", ".rss", ".atom", ".xml")
"""Suffixes read from folders (the keys of the reader registry)."""

SKIPPED_SUFFIXES = frozenset(
    """.png .jpg .jpeg .gif .webp .svg .ico .bmp .tif .tiff .heic .avif
    .pdf .zip .gz .tgz .bz2 .xz .zst .7z .tar .rar
    .mp3 .mp4 .m4a .wav .ogg .avi .mov .mkv .webm
    .css .js .map .woff .woff2 .ttf .otf .eot
    .pyc .pyo .so .dll .exe .o .class .db .sqlite .lock .bak .swp .tmp""".split()
)
"""Obvious non-articles skipped silently inside folders (a web page's assets, images, archives …)."""

SKIPPED_NAMES = frozenset({"Thumbs.db", "desktop.ini", "__pycache__"})

_BINARY_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x7fELF", "executable"),
    (b"SQLite format 3\x00", "SQLite database"),
)
_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f]")  # C0 controls except \t and \n
_CONTROL_SHARE = 0.10  # above this share of control characters a "text" is binary data
_SNIFF = 8192


def normalise_text(text: str) -> str:
    """Return the text of record: NFC, ``\\r\\n`` and lone ``\\r`` as ``\\n``, other C0 controls as spaces.

    Except for NFC and line endings the length is kept, so offsets into the result stay valid.
    """
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub(" ", text)


def text_id(text: str) -> str:
    """The stable id of an article that has none: the first 16 hex digits of SHA-256 of its text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def normalise_date(value: object) -> str | None:
    """The date at the precision given (``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``), else ``None``.

    >>> normalise_date("2025-11-04T23:30:00+03:00"), normalise_date("4 November 2025"), normalise_date("soon")
    ('2025-11-04', '2025-11-04', None)
    """
    return read_date(value)[0]


def date_problem(origin: str, value: object, line: int | None = None) -> Problem | None:
    """The reported Problem for a date that is given but cannot be read (the article is kept)."""
    reason = read_date(value)[1]
    if reason is None:
        return None
    return Problem(origin, "date", f"date {value!r} cannot be read ({reason}); the article is kept undated", line)


def sniff_binary(data: bytes) -> str | None:
    """Name the kind of binary data ``data`` starts with (``"PNG image"`` …), or ``None`` for text."""
    for magic, name in _BINARY_MAGIC:
        if data.startswith(magic):
            return name
    return None


def _looks_binary(text: str) -> bool:
    head = text[:_SNIFF]
    return bool(head) and len(_CONTROLS.findall(head)) > _CONTROL_SHARE * len(head)


def decode(data: bytes) -> tuple[str | None, str]:
    """Decode file bytes: by byte-order mark, else UTF-8, else clean Windows-1252/Latin-1 text.

    Returns ``(text, encoding)``, or ``(None, reason)`` when no encoding gives clean text. A file that is
    mostly UTF-8 with a few bad bytes is *not* read as Latin-1 (that would garble it): it is refused.

    >>> decode("é".encode("utf-16"))
    ('é', 'utf-16-le')
    >>> decode(b"caf\\xe9")
    ('café', 'cp1252')
    >>> decode("café \\u201c".encode() + b"\\xff")[0] is None
    True
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding), encoding
            except UnicodeDecodeError as err:
                offset = len(bom) + err.start
                return None, f"bad {encoding.upper()} byte 0x{data[offset]:02x} at offset {offset}"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        first_bad = f"bad UTF-8 byte 0x{data[err.start]:02x} at offset {err.start}"
    loose = data.decode("utf-8", errors="replace")
    if any(ch > "\x7f" and ch != "\ufffd" for ch in loose):
        return None, first_bad + " in otherwise UTF-8 text"
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None, first_bad + ", and not Windows-1252 text either"
    return text, "cp1252"


def check_file(path: Path, max_bytes: int | None = MAX_ARTICLE_BYTES) -> Problem | None:
    """The Problem that keeps ``path`` from being read as an article file, or ``None``.

    It must be an existing regular file (not a FIFO, socket or device) of at most ``max_bytes``.
    """
    origin = str(path)
    try:
        st = os.stat(path)
    except OSError as err:
        return _stat_problem(path, err)
    if not stat.S_ISREG(st.st_mode):
        what = _file_kind(st.st_mode)
        return Problem(origin, "unreadable", f"is a {what}, not a regular file; give a regular article file")
    if max_bytes is not None and st.st_size > max_bytes:
        return Problem(
            origin, "too-large",
            f"{st.st_size} bytes is over the limit of {max_bytes} bytes for one article; "
            "split the file into articles or use a .jsonl file",
        )
    return None


def read_bytes(path: Path) -> bytes | Problem:
    """The bytes of one article file, or the Problem that keeps it from being read (binary data is one)."""
    problem = check_file(path)
    if problem is not None:
        return problem
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as err:
        return unreadable_problem(str(path), err)
    if not data:
        return empty_problem(str(path))
    kind = sniff_binary(data)
    if kind is not None:
        return binary_problem(str(path), kind)
    return data


def unreadable_problem(origin: str, err: OSError) -> Problem:
    """The Problem for a file that the operating system refuses to read."""
    return Problem(origin, "unreadable", f"cannot be read ({err.strerror}); check the file's permissions")


def empty_problem(origin: str) -> Problem:
    """The Problem for a file of zero bytes."""
    return Problem(origin, "empty", "the file is empty; add the article text or remove the file")


def read_text(path: Path) -> str | Problem:
    """The decoded, normalised text of one article file, or the Problem that keeps it from being read."""
    data = read_bytes(path)
    if isinstance(data, Problem):
        return data
    origin = str(path)
    text, how = decode(data)
    if text is None:
        return Problem(origin, "encoding", f"cannot decode the text ({how}); re-save the file as UTF-8")
    if how == "cp1252":
        log.info("%s: not UTF-8, read as Windows-1252 text", origin)
    if _looks_binary(text):
        return binary_problem(origin, "control characters")
    if not text.strip():
        return Problem(origin, "empty", "the file holds only whitespace; add the article text or remove the file")
    return normalise_text(text)


def squash_space(value: object) -> str | None:
    """A metadata string with its runs of whitespace made single spaces; ``None`` for no text or a non-string.

    >>> squash_space("  Russia \\n backs  China "), squash_space(" "), squash_space(7)
    ('Russia backs China', None, None)
    """
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def binary_problem(origin: str, kind: str, line: int | None = None) -> Problem:
    """The Problem for binary data where text was expected."""
    return Problem(origin, "binary", f"binary data ({kind}), not text; remove the file from the corpus", line)


def walk(folder: Path, exclude: Iterable[Path] = ()) -> Iterator[Path | Problem]:
    """Article files under ``folder``, recursively, in sorted order; hidden entries and the
    ``exclude`` folders (a build's own output and store) are skipped.

    Symbolic links are followed; a link back into a folder being walked is a ``symlink-loop``
    Problem, a dangling one a ``broken-link`` Problem. Obvious non-articles (SKIPPED_SUFFIXES) are
    skipped silently; other unknown suffixes are ``unsupported`` Problems.
    """
    skipped = set()
    for path in exclude:
        try:
            st = os.stat(path)
        except OSError:
            continue
        skipped.add((st.st_dev, st.st_ino))
    yield from _walk(folder, set(), skipped)


def _walk(folder: Path, ancestors: set[tuple[int, int]], seen: set[tuple[int, int]]) -> Iterator[Path | Problem]:
    try:
        st = os.stat(folder)
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as err:
        yield Problem(str(folder), "unreadable", f"folder cannot be read ({err.strerror}); check its permissions")
        return
    key = (st.st_dev, st.st_ino)
    ancestors = ancestors | {key}
    seen.add(key)
    for entry in entries:
        if entry.name.startswith(".") or entry.name in SKIPPED_NAMES:
            continue
        path = folder / entry.name
        try:
            target = os.stat(path)
        except OSError as err:
            yield _stat_problem(path, err)
            continue
        if stat.S_ISDIR(target.st_mode):
            inner = (target.st_dev, target.st_ino)
            if inner in ancestors:
                yield Problem(
                    str(path), "symlink-loop",
                    f"symbolic link leads back to the enclosing folder {os.readlink(path)!r}; remove the link",
                )
            elif inner not in seen:  # a second link to a folder already read adds nothing
                yield from _walk(path, ancestors, seen)
            continue
        suffix = path.suffix.lower()
        if suffix in ARTICLE_SUFFIXES:
            yield path
        elif suffix not in SKIPPED_SUFFIXES and not entry.name.endswith("~"):
            yield unsupported_problem(path)


def unsupported_problem(path: Path) -> Problem:
    """The Problem for a file in a folder whose suffix no reader reads."""
    name = path.suffix or path.name
    return Problem(
        str(path), "unsupported",
        f"no reader for {name!r} files; convert it to one of: {', '.join(sorted(ARTICLE_SUFFIXES))}",
    )


def _stat_problem(path: Path, err: OSError) -> Problem:
    origin = str(path)
    if os.path.islink(path):
        if err.errno == errno.ELOOP:
            return Problem(origin, "symlink-loop", "symbolic link points at itself in a loop; remove the link")
        return Problem(
            origin, "broken-link",
            f"symbolic link to {os.readlink(path)!r}, which does not exist; fix or remove the link",
        )
    return unreadable_problem(origin, err)


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISDIR(mode):
        return "folder"
    return "device"
