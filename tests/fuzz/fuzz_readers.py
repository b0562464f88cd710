"""Fuzz the input readers: random and half-valid bytes in every input format must never crash a build.

Run it outside the test suite (it is named ``fuzz_*.py`` so pytest does not collect it)::

    .venv/bin/python tests/fuzz/fuzz_readers.py --examples 5000
    .venv/bin/python tests/fuzz/fuzz_readers.py --engine atheris --examples 200000   # coverage-guided

Each target checks the readers' contract on what it is fed: ``iter_articles`` raises nothing (bad
input becomes Problems), every Problem is one line naming its file, every Article has an id and text
of record (no carriage returns, no C0 controls but tab and newline, NFC), and the helpers keep their
promises (``normalise_text`` keeps the length of NFC, LF-only text; ``decode`` never raises).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

from relgraph.readers import READERS, iter_articles
from relgraph.readers.files import _CONTROLS, decode, normalise_date, normalise_text
from relgraph.readers.html import fragment_text
from relgraph.readers.text import split_article
from relgraph.records import Article, Problem

SUFFIXES = sorted(READERS)
WORDS = ["Russia", "China", "---", "title:", "date:", "id:", "\n", "\r\n", "\r", " ", "#", "<p>", "</p>",
         "<script>", "&amp;", "&#0;", "\x00", "\ufeff", "é", "e\u0301", '"', "{", "}", "[", "]", ":", ",",
         "2025-11-04", "4 November 2025", "<?xml version='1.0'?>", "<rss version='2.0'>", "<channel>",
         "<item>", "<description>", "</item>", "<feed xmlns='http://www.w3.org/2005/Atom'>", "<entry>",
         "<content type='html'>", "]]>", "<![CDATA[", "\udc80".encode("utf-8", "surrogatepass").decode("latin-1")]
TEXTS = st.one_of(st.text(), st.lists(st.sampled_from(WORDS)).map("".join))
BLOBS = st.one_of(
    st.binary(max_size=2000),
    TEXTS.map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.tuples(st.sampled_from(["utf-8", "utf-16", "utf-32", "cp1252", "latin-1"]), st.text())
    .map(lambda p: p[1].encode(p[0], "replace")),
)
JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
                           max_leaves=8)
RECORDS = st.dictionaries(st.sampled_from(["id", "text", "title", "date", "url", "source", "other"]), JSON_VALUES)


def check_stream(path: Path) -> None:
    """Read one file through the registry and check every item of the stream."""
    problems: list[Problem] = []
    for article in iter_articles([path], on_problem=problems.append):
        check_article(article)
    for problem in problems:
        assert isinstance(problem, Problem) and problem.origin.startswith(str(path)), problem
        assert "\n" not in str(problem) and problem.kind and problem.message, repr(str(problem))


def check_article(article: Article) -> None:
    assert isinstance(article, Article) and article.id and isinstance(article.id, str), article
    assert article.text.strip(), article
    assert "\r" not in article.text and not _CONTROLS.search(article.text), repr(article.text[:80])
    assert unicodedata.is_normalized("NFC", article.text), repr(article.text[:80])
    assert article.date is None or len(article.date) == 10, article.date


def write(folder: Path, suffix: str, data: bytes) -> Path:
    path = folder / f"item{suffix}"
    path.write_bytes(data)
    return path


# ------------------------------------------------------------------------------------------ targets
def target_files(folder: Path) -> Callable[[], None]:
    @given(st.sampled_from(SUFFIXES), BLOBS)
    def run(suffix: str, data: bytes) -> None:
        check_stream(write(folder, suffix, data))
    return run


def target_jsonl(folder: Path) -> Callable[[], None]:
    @given(st.lists(st.one_of(RECORDS.map(json.dumps), JSON_VALUES.map(json.dumps), st.text()), max_size=5),
           st.sampled_from(["\n", "\r\n"]), st.booleans())
    def run(lines: list[str], newline: str, final_newline: bool) -> None:
        text = newline.join(lines) + (newline if final_newline else "")
        check_stream(write(folder, ".jsonl", text.encode("utf-8", "surrogatepass")))
    return run


def target_feeds(folder: Path) -> Callable[[], None]:
    entry = st.tuples(st.text(max_size=20), TEXTS, st.sampled_from(["2025-11-04", "Tue, 04 Nov 2025", "", "x"]))

    @given(st.sampled_from([".rss", ".atom", ".xml"]), st.lists(entry, max_size=4), st.booleans())
    def run(suffix: str, entries: list[tuple[str, str, str]], cut: bool) -> None:
        items = "".join(f"<item><guid>{g}</guid><pubDate>{d}</pubDate><description><![CDATA[{t}]]></description>"
                        "</item>" for g, t, d in entries)
        xml = f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>T</title>{items}" \
              "</channel></rss>"
        data = xml.encode("utf-8", "surrogatepass")
        check_stream(write(folder, suffix, data[: len(data) // 2] if cut else data))
    return run


def target_text_helpers(_folder: Path) -> Callable[[], None]:
    @given(TEXTS, st.booleans())
    def run(text: str, markdown: bool) -> None:
        clean = text.encode("utf-8", "replace").decode("utf-8")
        normal = normalise_text(clean)
        nfc_lf = unicodedata.normalize("NFC", clean).replace("\r\n", "\n").replace("\r", "\n")
        assert len(normal) == len(nfc_lf)
        try:
            fields, body = split_article(normal, markdown=markdown)
        except ValueError:
            pass  # FrontMatterError: reported as a Problem by the reader
        else:
            assert body in normal and all(isinstance(v, str) for v in fields.values())
        text_out, _how = decode(clean.encode("utf-8", "surrogatepass"))
        assert text_out is None or isinstance(text_out, str)
        assert normalise_date(text) is None or len(normalise_date(text)) == 10
        fragment_text(text)
    return run


TARGETS = {"files": target_files, "jsonl": target_jsonl, "feeds": target_feeds, "helpers": target_text_helpers}


# ------------------------------------------------------------------------------------------ engines
def run_hypothesis(examples: int, chosen: list[str], random_seed: int) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        for name in chosen:
            folder = Path(tmp) / name
            folder.mkdir()
            began = time.monotonic()
            test = TARGETS[name](folder)
            test = settings(max_examples=examples, deadline=None, database=None,
                            suppress_health_check=list(HealthCheck), phases=[Phase.generate, Phase.shrink])(test)
            seed(random_seed)(test)()
            print(f"fuzz_readers: {name}: {examples} examples passed in {time.monotonic() - began:.1f}s",
                  flush=True)
    return 0


def run_atheris(examples: int, random_seed: int) -> int:  # pragma: no cover - optional engine
    import atheris

    folder = Path(tempfile.mkdtemp())

    def one_input(data: bytes) -> None:
        if not data:
            return
        check_stream(write(folder, SUFFIXES[data[0] % len(SUFFIXES)], data[1:]))

    atheris.instrument_all()
    atheris.Setup([sys.argv[0], f"-runs={examples}", f"-seed={random_seed}"], one_input)
    atheris.Fuzz()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fuzz relgraph's input readers.")
    parser.add_argument("--examples", type=int, default=2000, help="examples per target (default 2000)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--target", action="append", choices=sorted(TARGETS), help="targets to run (default all)")
    parser.add_argument("--engine", choices=["hypothesis", "atheris"], default="hypothesis",
                        help="atheris: coverage-guided, needs 'pip install atheris'")
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)  # Problems are expected here; the checks look at them instead
    if args.engine == "atheris":
        return run_atheris(args.examples, args.seed)
    return run_hypothesis(args.examples, args.target or list(TARGETS), args.seed)


if __name__ == "__main__":
    sys.exit(main())
