"""The bad-input suite: every kind of broken or odd input in tests/data/bad/.

Each case puts one bad item in a folder between a good article before it and one after it, and
checks that both good articles still come out, that each Problem names its kind, file, line and
message exactly, and that ``strict=True`` raises InputError with that same message.
"""

from __future__ import annotations

import importlib.util
import logging
import shutil
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from relgraph.errors import InputError, UsageError
from relgraph.readers import MAX_ARTICLE_BYTES, iter_articles
from relgraph.records import Article, Problem

BAD = Path(__file__).parent / "data" / "bad"
_spec = importlib.util.spec_from_file_location("make_bad", BAD / "make_bad.py")
assert _spec is not None and _spec.loader is not None
make_bad = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_bad)

BEFORE = "Before: Peru and Bolivia met in La Paz."
AFTER = "After: Chile and Bolivia met in Santiago."
OBJECT_HINT = 'write an object such as {"id": "...", "text": "..."}'
NOT_OBJECT = " is not an article; " + OBJECT_HINT


@dataclass(frozen=True)
class Case:
    """One bad item: its name, the Problems it gives, the articles it still yields."""

    name: str
    problems: tuple[tuple[str, int | None, str, str], ...] = ()  # (file, line, kind, message)
    articles: int = 0
    check: Callable[[list[Article]], None] | None = None


def _text_is(expected: str) -> Callable[[list[Article]], None]:
    def check(articles: list[Article]) -> None:
        assert [a.text for a in articles] == [expected]

    return check


def _check_control(articles: list[Article]) -> None:
    raw = make_bad.FIXED["control_chars.txt"].decode("ascii").rstrip("\n")
    (article,) = articles
    assert article.text == "Russia and China met in Hangzhou.\tTalks continued."
    assert len(article.text) == len(raw)  # same length: offsets into the file stay valid


def _check_emoji(articles: list[Article]) -> None:
    raw = (BAD / "emoji_rtl.txt").read_text(encoding="utf-8").rstrip("\n")
    (article,) = articles
    assert article.text == raw
    for piece in ("🇷🇺🤝🇨🇳", "👍🏽", "وزير الخارجية المصري", "הישראלי", "Talks ended."):
        start = raw.index(piece)
        assert article.text[start:start + len(piece)] == piece


def _check_entities(articles: list[Article]) -> None:
    (article,) = articles
    assert article.title == '"Quoted" <Names> & Co.'
    assert article.source == "A & B <Wire>"
    assert article.text == (
        "The so-called \"Coalition of the Willing\" met <AT&T> & the 'Friends of Syria' group.\n"
        "Second line with O'Neil & <b>not markup</b>."
    )


def _check_script(articles: list[Article]) -> None:
    (article,) = articles
    assert article.title == "Mexico and Guatemala sign border accord"
    assert article.text.startswith("Mexico and Guatemala signed an accord on Thursday")
    assert article.text.endswith("review progress every six months.")
    for leaked in ("SCRIPT-IN-HEAD", "SCRIPT-IN-BODY", "IFRAME-FALLBACK-TEXT", "NOSCRIPT-TEXT", "document.write"):
        assert leaked not in article.text


def _check_atom(articles: list[Article]) -> None:
    (article,) = articles
    assert (article.id, article.title, article.date, article.url, article.source) == (
        "urn:example:wire:1", "Austria and Australia sign a working-holiday deal", "2025-11-07",
        "https://example.org/wire/1", "Example Atom Wire",
    )
    assert article.text == "Austria and Australia signed a working-holiday agreement."


def _check_ids(*ids: str) -> Callable[[list[Article]], None]:
    def check(articles: list[Article]) -> None:
        assert [a.id for a in articles] == list(ids)

    return check


def _check_huge(articles: list[Article]) -> None:
    (article,) = articles
    assert len(article.text) > 5 * 1024 * 1024 - 2000 and article.title is None


def _check_long_line(articles: list[Article]) -> None:
    (article,) = articles
    assert len(article.text) == 2_000_000 and "\n" not in article.text


def _check_non_english(articles: list[Article]) -> None:
    (article,) = articles
    assert article.title == "Россия и Китай подписали совместное заявление"
    assert "中国和俄罗斯发表了联合公报。" in article.text


def _check_crlf(articles: list[Article]) -> None:
    (article,) = articles
    assert article.title == "Canada joins the pact"
    assert article.text == "Canada joins the pact\n\nCanada said on Friday it would join.\nTalks go on."


def _check_nfd(articles: list[Article]) -> None:
    (article,) = articles
    assert article.text == unicodedata.normalize("NFC", "The Fe\u0301de\u0301ration welcomed the accord.")
    assert "\u0301" not in article.text


EMPTY_MSG = "the file is empty; add the article text or remove the file"
PNG_MSG = "binary data (PNG image), not text; remove the file from the corpus"
FIX = "; fix the value"

CASES = [
    Case("empty.txt", (("empty.txt", None, "empty", EMPTY_MSG),)),
    Case("whitespace.txt", (("whitespace.txt", None, "empty",
                             "the file holds only whitespace; add the article text or remove the file"),)),
    Case("binary.txt", (("binary.txt", None, "binary", PNG_MSG),)),
    Case("binary.jsonl", (("binary.jsonl", None, "binary", PNG_MSG),)),
    Case("invalid_utf8.txt", (("invalid_utf8.txt", None, "encoding",
                               "cannot decode the text (bad UTF-8 byte 0xff at offset 37 in otherwise UTF-8 text); "
                               "re-save the file as UTF-8"),)),
    Case("undefined_cp1252.txt", (("undefined_cp1252.txt", None, "encoding",
                                   "cannot decode the text (bad UTF-8 byte 0x81 at offset 18, and not Windows-1252 "
                                   "text either); re-save the file as UTF-8"),)),
    Case("latin1.txt", articles=1, check=_text_is("Le président français a reçu son homologue à l'Élysée.")),
    Case("utf16_bom.txt", articles=1,
         check=_text_is("Ankara and Athens agreed to resume talks — «a fresh start».")),
    Case("utf8_bom.txt", articles=1, check=_text_is("Seoul and Tokyo renewed their currency swap.")),
    Case("crlf.txt", articles=1, check=_check_crlf),
    Case("nfd.txt", articles=1, check=_check_nfd),
    Case("control_chars.txt", articles=1, check=_check_control),
    Case("huge.txt", articles=1, check=_check_huge),
    Case("too_large.txt", (("too_large.txt", None, "too-large",
                            f"{MAX_ARTICLE_BYTES + 1} bytes is over the limit of {MAX_ARTICLE_BYTES} bytes for one "
                            "article; split the file into articles or use a .jsonl file"),)),
    Case("long_line.txt", articles=1, check=_check_long_line),
    Case("malformed.jsonl", (("malformed.jsonl", 2, "jsonl-syntax",
                              "not valid JSON at column 23 (unterminated string starting); "
                              "write one JSON object per line"),), 2, _check_ids("m-1", "m-3")),
    Case("truncated.jsonl", (("truncated.jsonl", 2, "truncated",
                              "the last line stops before its JSON object ends (file cut short?); "
                              "complete or remove the line"),), 1, _check_ids("t-1")),
    Case("no_text.jsonl", (
        ("no_text.jsonl", 1, "no-text", 'the record has no "text"; add the article text as "text"'),
        ("no_text.jsonl", 2, "no-text", 'the "text" is empty; add the article text or remove the line'),
    ), 1, _check_ids("n-3")),
    Case("not_object.jsonl", (
        ("not_object.jsonl", 1, "not-object", "a JSON array" + NOT_OBJECT),
        ("not_object.jsonl", 2, "not-object", "a JSON string" + NOT_OBJECT),
        ("not_object.jsonl", 3, "not-object", "a JSON number" + NOT_OBJECT),
        ("not_object.jsonl", 4, "not-object", "JSON null" + NOT_OBJECT),
    ), 1, _check_ids("o-5")),
    Case("wrong_types.jsonl", (
        ("wrong_types.jsonl", 1, "field-type", 'field "text" is a JSON number, not a string' + FIX),
        ("wrong_types.jsonl", 2, "field-type", 'field "title" is a JSON array, not a string or null' + FIX),
        ("wrong_types.jsonl", 3, "field-type", 'field "id" is a JSON boolean, not a string or an integer' + FIX),
    ), 2, _check_ids("w-4", "w-5")),  # a numeric date (20250101) is a date, not a wrong type
    Case("bad_utf8_line.jsonl", (("bad_utf8_line.jsonl", 2, "encoding",
                                  "bad UTF-8 byte 0xe9 at byte 27 of the line; re-save the file as UTF-8"),),
         2, _check_ids("ok-1", "ok-3")),
    Case("utf16.jsonl", (("utf16.jsonl", None, "encoding",
                          "the file is UTF-16; re-save it as UTF-8 (JSON Lines must be UTF-8)"),)),
    Case("duplicates.jsonl", (
        ("duplicates.jsonl", 2, "duplicate", "article id 'dup-1' was already read from <dir>/duplicates.jsonl:1; "
                                             "skipped, give each article its own id"),
        ("duplicates.jsonl", 4, "duplicate", "the same text as article '25e5473bd18f2106' read from "
                                             "<dir>/duplicates.jsonl:3; read once"),
    ), 2, _check_ids("dup-1", "25e5473bd18f2106")),
    Case("entity_names.jsonl", articles=1, check=_check_entities),
    Case("script_iframe.html", articles=1, check=_check_script),
    Case("no_main_text.html", (("no_main_text.html", None, "no-text",
                                "no main text found in the HTML page; give the page of the article itself"),)),
    Case("broken_entry.rss", (("broken_entry.rss", None, "no-text",
                               "feed entry 2 ('be-2') has neither content nor summary; skipped"),),
         2, _check_ids("be-1", "be-3")),
    Case("atom_feed.atom", articles=1, check=_check_atom),
    Case("malformed_feed.xml", (("malformed_feed.xml", 9, "feed-syntax",
                                 "malformed feed XML (mismatched tag); fix the XML (entries that could still be "
                                 "read follow)"),), 1, _check_ids("mf-1")),
    Case("not_a_feed.xml", (("not_a_feed.xml", None, "not-a-feed",
                             "the XML is not an RSS or Atom feed; give a feed, or the article as .txt or .html"),)),
    Case("loop", (("loop/again", None, "symlink-loop",
                   "symbolic link leads back to the enclosing folder '.'; remove the link"),),
         1, _text_is("Article inside the looping folder.")),
    Case("self_link.txt", (("self_link.txt", None, "symlink-loop",
                            "symbolic link points at itself in a loop; remove the link"),)),
    Case("broken_link.txt", (("broken_link.txt", None, "broken-link",
                              "symbolic link to 'missing_target.txt', which does not exist; fix or remove the link"),)),
    Case("pipe.txt", (("pipe.txt", None, "unreadable",
                       "is a FIFO (named pipe), not a regular file; give a regular article file"),)),
    Case("non_english.txt", articles=1, check=_check_non_english),
    Case("emoji_rtl.txt", articles=1, check=_check_emoji),
    Case("front_matter_unclosed.md", (("front_matter_unclosed.md", 1, "front-matter",
                                       "the front matter opened by '---' on line 1 is never closed; "
                                       "end it with a line '---'"),)),
    Case("front_matter_bad_line.md", (("front_matter_bad_line.md", 3, "front-matter",
                                       "front-matter line 'this line has no colon' is not 'key: value'; "
                                       "write one 'key: value' per line between the '---' lines"),)),
    Case("front_matter_only.md", (("front_matter_only.md", None, "empty",
                                   "no article text after the front matter; add the text below the closing '---'"),)),
    Case("notes.docx", (("notes.docx", None, "unsupported",
                         "no reader for '.docx' files; convert it to one of: .atom, .htm, .html, .jsonl, "
                         ".markdown, .md, .rss, .txt, .xml"),)),
    Case("image.png"),  # an obvious non-article: skipped silently
]
IDS = [case.name for case in CASES]


def _corpus(tmp_path: Path, name: str) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "00_before.txt").write_text(BEFORE + "\n", encoding="utf-8")
    if name in make_bad.FIXED or name in make_bad.GENERATED:
        make_bad.make(name, corpus)
    else:
        shutil.copyfile(BAD / name, corpus / name)
    (corpus / "zz_after.txt").write_text(AFTER + "\n", encoding="utf-8")
    return corpus


def _expected(case: Case, corpus: Path) -> list[Problem]:
    return [
        Problem(str(corpus / file), kind, message.replace("<dir>", str(corpus)), line)
        for file, line, kind, message in case.problems
    ]


def test_readers_bad_suite_has_at_least_25_kinds() -> None:
    assert len(CASES) >= 25
    assert len({kind for case in CASES for _, _, kind, _ in case.problems}) >= 15


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_readers_bad_input_is_reported_and_the_stream_goes_on(tmp_path: Path, case: Case) -> None:
    corpus = _corpus(tmp_path, case.name)
    problems: list[Problem] = []
    articles = list(iter_articles([corpus], on_problem=problems.append))
    assert problems == _expected(case, corpus)
    assert articles[0].text == BEFORE and articles[-1].text == AFTER
    assert len(articles) == case.articles + 2
    if case.check is not None:
        case.check(articles[1:-1])


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_readers_bad_input_strict_raises_the_same_message(tmp_path: Path, case: Case) -> None:
    corpus = _corpus(tmp_path, case.name)
    stream = iter_articles([corpus], strict=True)
    assert next(stream).text == BEFORE  # streamed: the good article comes out before the bad item is read
    expected = _expected(case, corpus)
    if not expected:
        assert len(list(stream)) == case.articles + 1
        return
    with pytest.raises(InputError) as raised:
        list(stream)
    assert str(raised.value) == str(expected[0])


@pytest.mark.parametrize("case", [c for c in CASES if c.problems and "/" not in c.problems[0][0]
                                  and c.name not in ("notes.docx", "duplicates.jsonl")],
                         ids=lambda c: c.name)
def test_readers_bad_file_named_explicitly_gives_the_same_problems(tmp_path: Path, case: Case) -> None:
    corpus = _corpus(tmp_path, case.name)
    problems: list[Problem] = []
    articles = list(iter_articles([corpus / case.name], on_problem=problems.append))
    assert problems == _expected(case, corpus)
    assert len(articles) == case.articles


def test_readers_bad_problems_are_logged_at_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    corpus = _corpus(tmp_path, "empty.txt")
    with caplog.at_level(logging.WARNING, logger="relgraph.readers"):
        list(iter_articles([corpus]))
    assert [(r.levelno, r.getMessage()) for r in caplog.records] == [
        (logging.WARNING, f"{corpus / 'empty.txt'}: empty: {EMPTY_MSG}")
    ]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("notes.docx", "unknown input format '.docx'; choose one of: .atom, .htm, .html, .jsonl, .markdown, .md, "
                       ".rss, .txt, .xml"),
        ("image.png", "unknown input format '.png'; choose one of: .atom, .htm, .html, .jsonl, .markdown, .md, "
                      ".rss, .txt, .xml"),
    ],
)
def test_readers_bad_unknown_suffix_named_explicitly_is_a_usage_error(tmp_path: Path, name: str, message: str) -> None:
    corpus = _corpus(tmp_path, name)
    with pytest.raises(UsageError) as raised:
        iter_articles([corpus / "00_before.txt", corpus / name])  # raised before anything is read
    assert str(raised.value) == message


@pytest.mark.parametrize("missing", ["no/such/dir", "absent.jsonl"])
def test_readers_bad_missing_path_raises_at_once(tmp_path: Path, missing: str) -> None:
    with pytest.raises(InputError) as raised:
        iter_articles([tmp_path, missing])
    assert str(raised.value) == (
        f"no such file or folder: {missing!r}; give an article file, a folder, or a .jsonl file"
    )


@pytest.mark.parametrize(("given", "shown"), [
    ("https://example.org/a", "https://example.org/a"),
    ("http://example.org/feed.xml", "http://example.org/feed.xml"),
    (Path("https://example.org/a"), "https:/example.org/a"),  # a Path has already merged the slashes
])
def test_readers_bad_url_is_a_usage_error(tmp_path: Path, given: str | Path, shown: str) -> None:
    with pytest.raises(UsageError) as raised:
        iter_articles([tmp_path, given])
    assert str(raised.value) == (f"{shown!r} is a URL; relgraph reads files, not URLs: save the page "
                                 "(e.g. as page.html) and give that file")


def test_readers_bad_url_like_path_that_exists_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "http:").mkdir()
    (tmp_path / "http:" / "a.txt").write_text("Russia praised China.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert [a.text for a in iter_articles(["http://a.txt"])] == ["Russia praised China."]


@pytest.mark.parametrize("name", sorted(make_bad.FIXED))
def test_readers_bad_committed_fixture_bytes_are_intact(name: str) -> None:
    assert (BAD / name).read_bytes() == make_bad.FIXED[name]


def test_readers_bad_duplicates_across_files_are_skipped(tmp_path: Path) -> None:
    for name in ("a.txt", "b.md"):
        (tmp_path / name).write_text("Same text in two files.\n", encoding="utf-8")
    problems: list[Problem] = []
    articles = list(iter_articles([tmp_path], on_problem=problems.append))
    assert [a.origin for a in articles] == [str(tmp_path / "a.txt")]
    assert [(p.origin, p.kind) for p in problems] == [(str(tmp_path / "b.md"), "duplicate")]


def test_readers_bad_html_without_text_logs_one_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    corpus = _corpus(tmp_path, "no_main_text.html")
    # the logger's own level too: a CLI run earlier in this process sets it to ERROR
    with caplog.at_level(logging.INFO), caplog.at_level(logging.INFO, logger="relgraph.readers"):
        list(iter_articles([corpus / "no_main_text.html"]))
    assert [(r.name, r.levelno) for r in caplog.records] == [("relgraph.readers", logging.WARNING)]
