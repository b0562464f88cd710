"""Readers on good input: each format's fields, folder order, stable ids, and the shared helpers."""

from __future__ import annotations

import codecs
import hashlib
import json
import shutil
from pathlib import Path

import pytest

from relgraph.errors import UsageError
from relgraph.readers import READERS, iter_articles, reader_for
from relgraph.readers.feed import read_feed
from relgraph.readers.files import decode, normalise_date, normalise_text, text_id
from relgraph.readers.html import fragment_text, read_html
from relgraph.readers.jsonl import read_jsonl
from relgraph.readers.text import read_text_article, split_article
from relgraph.records import Article, Problem

GOOD = Path(__file__).parent / "data" / "good"


def _read(path: Path) -> list[Article]:
    problems: list[Problem] = []
    articles = list(iter_articles([path], on_problem=problems.append))
    assert problems == []
    return articles


def test_readers_front_matter_fields_and_text() -> None:
    (article,) = _read(GOOD / "front_matter.md")
    assert article == Article(
        id="wire-2025-11-04-hangzhou",
        text="The prime ministers of Russia and China met in Hangzhou on Tuesday and issued a joint communique.",
        title="Ministers meet in Hangzhou",
        date="2025-11-04",
        url="https://example.org/wire/hangzhou",
        source="Example Wire",
        origin=str(GOOD / "front_matter.md"),
    )


@pytest.mark.parametrize(
    ("text", "markdown", "fields", "body"),
    [
        ("Title line\n\nBody one.\n\nBody two.\n", False, {"title": "Title line"},
         "Title line\n\nBody one.\n\nBody two."),  # an unmarked lead stays text
        ("Not a title\nbecause no blank line follows.\n", False, {}, "Not a title\nbecause no blank line follows."),
        ("Only one paragraph.\n\n\n", False, {}, "Only one paragraph."),
        ("Title\n  \t\n  Indented body.", False, {"title": "Title"}, "Title\n  \t\n  Indented body."),
        ("\n\nLeading blanks\n\nBody.", False, {"title": "Leading blanks"}, "Leading blanks\n\nBody."),
        ("# Markdown title\n\nBody.", True, {"title": "Markdown title"}, "Body."),
        ("# Kept as is in .txt\n\nBody.", False, {"title": "# Kept as is in .txt"}, "# Kept as is in .txt\n\nBody."),
        ("# Heading with no blank line\nBody.", True, {"title": "Heading with no blank line"}, "Body."),
        ("x" * 301 + "\n\nBody.", False, {}, "x" * 301 + "\n\nBody."),
        ("---\nid: 'q-1'\nurl: \"https://e.org/1\"\nauthor: ignored\n---\nHeadline\n\nBody.", False,
         {"id": "q-1", "url": "https://e.org/1", "title": "Headline"}, "Headline\n\nBody."),
        ("---\ntitle: T\n---\nT\n\nBody.", False, {"title": "T"}, "Body."),
        ("---\ntitle: T\n---\nOther first line\n\nBody.", False, {"title": "T"}, "Other first line\n\nBody."),
        ("---\n# comment\n\ntags:\n  - a\n- b\n---\nBody.", False, {}, "Body."),
        ("--- not front matter\n\nBody.", False, {"title": "--- not front matter"}, "--- not front matter\n\nBody."),
    ],
)
def test_readers_split_article_title_and_front_matter(
    text: str, markdown: bool, fields: dict[str, str], body: str
) -> None:
    assert split_article(text, markdown=markdown) == (fields, body)


def test_readers_txt_lead_line_is_text_and_title() -> None:
    """A short first line before a blank line is a news lead: it stays in the text (issue 13, item 1)."""
    (titled,) = _read(GOOD / "titled.txt")
    (untitled,) = _read(GOOD / "untitled.txt")
    assert titled.title == "Kazakhstan hosts regional water talks"
    assert titled.text == (
        "Kazakhstan hosts regional water talks\n\nKazakhstan hosted officials from Uzbekistan and Kyrgyzstan to discuss sharing river water.\n\n"
        "The ministers agreed to meet again in spring."
    )
    assert untitled.title is None
    assert untitled.text.startswith("Brazil and Argentina signed")


def test_readers_html_main_text_title_and_metadata() -> None:
    (article,) = _read(GOOD / "article.html")
    assert (article.title, article.date, article.url, article.source) == (
        "Chile and Peru agree on fisheries plan", "2025-10-21",
        "https://example.org/news/chile-peru-fisheries", "Example Times",
    )
    assert article.text.split("\n") == [
        "Chile and Peru agreed on Tuesday to coordinate patrols against illegal fishing along their maritime "
        "border, officials from both governments said after talks in Lima.",
        "The plan sets up a joint monitoring centre and a hotline between the two navies, and both sides pledged "
        "to share satellite data on foreign trawlers.",
        "Peru's foreign minister called the agreement a model for the region, while Chile's fisheries "
        "undersecretary said details would be settled within three months.",
    ]
    for boilerplate in ("SCRIPT-TEXT", "Home", "Copyright", "color: red"):
        assert boilerplate not in article.text
    assert article.id == text_id(article.text)


def test_readers_jsonl_fields_and_line_numbers() -> None:
    articles = _read(GOOD / "articles.jsonl")
    origin = str(GOOD / "articles.jsonl")
    assert articles == [
        Article("j-1", "Japan and the Philippines signed a reciprocal access agreement in Manila.",
                "Japan and the Philippines sign defence pact", "2024-07-08", "https://example.org/j1",
                "Example Wire", origin, 1),
        Article("2", "Norway pledged aid to Ukraine's energy grid.", None, "2024-11-05", None, None, origin, 3),
        Article(text_id("Ghana and Togo discussed border security."), "Ghana and Togo discussed border security.",
                None, None, None, None, origin, 4),
    ]


def test_readers_rss_entries() -> None:
    origin = str(GOOD / "feed.rss")
    assert _read(GOOD / "feed.rss") == [
        Article("rss-egypt-1", "Egypt hosted negotiators from both parties in Cairo.\n"
                               "Qatar and the United States joined the talks.",
                "Egypt mediates between the parties", "2025-11-03", "https://example.org/world/egypt-1",
                "Example World Desk", origin),
        Article("https://example.org/world/india-bangladesh",
                "India and Bangladesh agreed to extend talks on the Ganges water treaty & to meet in Dhaka.",
                "India and Bangladesh extend water treaty talks", "2025-11-04",
                "https://example.org/world/india-bangladesh", "Example World Desk", origin),
    ]


def test_readers_atom_entries() -> None:
    origin = str(GOOD / "feed.atom")
    assert _read(GOOD / "feed.atom") == [
        Article("urn:example:atom:1", "Finland and Sweden held a joint naval exercise in the Baltic Sea.",
                "Finland and Sweden hold joint exercise", "2025-11-05", "https://example.org/atom/1",
                "Example Atom Desk", origin),
        Article("urn:example:atom:2", "Kenya said it supports the international policing mission.",
                "Kenya backs the mission", "2025-11-06", None, "Example Atom Desk", origin),
    ]


def test_readers_feed_date_is_the_date_as_written() -> None:
    # 02:00 on the 4th in UTC+05:30 is still the 3rd in UTC; the feed's own date is kept
    assert normalise_date("Tue, 04 Nov 2025 02:00:00 +0530") == "2025-11-04"


def test_readers_folder_recursion_order_is_sorted_and_skips_hidden() -> None:
    folder = GOOD / "folder"
    expected = ["a_top.txt", "b_sub/deeper/x.txt", "b_sub/m_sub.md", "c_lines.jsonl", "z_top.txt"]
    assert [a.origin for a in _read(folder)] == [str(folder / name) for name in expected]


def test_readers_folder_order_does_not_depend_on_creation_order(tmp_path: Path) -> None:
    for name in ("c.txt", "a.txt", "b/z.txt", "b/a.txt", "B.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(f"Article {name}.\n", encoding="utf-8")
    assert [Path(a.origin).relative_to(tmp_path).as_posix() for a in _read(tmp_path)] == [
        "B.txt", "a.txt", "b/a.txt", "b/z.txt", "c.txt",
    ]


def test_readers_ids_are_stable_across_runs(tmp_path: Path) -> None:
    first = [(a.id, a.origin) for a in _read(GOOD)]
    copy = tmp_path / "good"
    shutil.copytree(GOOD, copy)
    second = [(a.id, a.origin) for a in _read(copy)]
    assert [i for i, _ in first] == [i for i, _ in second]
    assert len({i for i, _ in first}) == len(first)
    assert text_id("Hello.") == hashlib.sha256(b"Hello.").hexdigest()[:16] == "2d8bd7d9bb5f85ba"


def test_readers_several_paths_stream_in_the_given_order() -> None:
    articles = list(iter_articles([GOOD / "untitled.txt", GOOD / "titled.txt"]))
    assert [Path(a.origin).name for a in articles] == ["untitled.txt", "titled.txt"]


def test_readers_jsonl_is_read_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    with open(path, "w", encoding="utf-8") as handle:
        for number in range(2000):
            handle.write(json.dumps({"id": f"n{number}", "text": f"Article number {number}."}) + "\n")
    stream = iter_articles([path])
    first = next(stream)
    assert (first.id, first.line) == ("n0", 1)
    assert sum(1 for _ in stream) == 1999


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\r\nb\rc\n", "a\nb\nc\n"),
        ("Cafe\u0301", "Café"),
        ("tab\tkept, nul\x00, bell\x07, esc\x1b, vt\x0b, ff\x0c", "tab\tkept, nul , bell , esc , vt , ff "),
        ("emoji 🇷🇺 and RTL עברית stay", "emoji 🇷🇺 and RTL עברית stay"),
        ("\u2028 line separator and \x7f DEL stay", "\u2028 line separator and \x7f DEL stay"),
    ],
)
def test_readers_normalise_text(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-11-04", "2025-11-04"),
        ("2025-11-04T10:00:00Z", "2025-11-04"),
        ("2025-11-04 23:59:59+03:00", "2025-11-04"),
        ("Tue, 04 Nov 2025 10:00:00 GMT", "2025-11-04"),
        ("4 November 2025", "2025-11-04"),
        ("November 4, 2025", "2025-11-04"),
        ("4 Nov 2025", "2025-11-04"),
        ("2025/11/04", "2025-11-04"),
        ("04.11.2025", "2025-11-04"),
        ("  2025-11-04  ", "2025-11-04"),
        ("2025-13-45", None),
        ("yesterday", None),
        ("", None),
        (None, None),
        (20251104, "2025-11-04"),
    ],
)
def test_readers_normalise_date(value: object, expected: str | None) -> None:
    assert normalise_date(value) == expected


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("plain ascii".encode(), ("plain ascii", "utf-8")),
        ("naïve".encode(), ("naïve", "utf-8")),
        (codecs.BOM_UTF8 + "bom".encode(), ("bom", "utf-8")),
        (codecs.BOM_UTF16_LE + "ü16".encode("utf-16-le"), ("ü16", "utf-16-le")),
        (codecs.BOM_UTF16_BE + "be".encode("utf-16-be"), ("be", "utf-16-be")),
        (codecs.BOM_UTF32_LE + "32".encode("utf-32-le"), ("32", "utf-32-le")),
        ("déjà vu — “quoted”".encode("cp1252"), ("déjà vu — “quoted”", "cp1252")),
        (b"\xe9t\xe9", ("été", "cp1252")),
        ("ok ü".encode() + b"\xff", (None, "bad UTF-8 byte 0xff at offset 5 in otherwise UTF-8 text")),
        (b"x \x81", (None, "bad UTF-8 byte 0x81 at offset 2, and not Windows-1252 text either")),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", (None, "bad UTF-16-LE byte 0x00 at offset 2")),
    ],
)
def test_readers_decode(data: bytes, expected: tuple[str | None, str]) -> None:
    assert decode(data) == expected


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("<p>One.</p><p>Two &amp; three.</p>", "One.\nTwo & three."),
        ("<div>Line one<br>Line two</div>", "Line one\nLine two"),
        ("<p>Kept</p><script>alert('x')</script><style>p{}</style><iframe>frame</iframe>", "Kept"),
        ("Plain words &lt;not a tag&gt;", "Plain words <not a tag>"),
        ("<ul><li>first</li><li>second   item</li></ul>", "first\nsecond item"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_readers_fragment_text(fragment: str, expected: str) -> None:
    assert fragment_text(fragment) == expected


@pytest.mark.parametrize(
    ("name", "reader"),
    [
        ("a.txt", read_text_article), ("a.MD", read_text_article), ("a.markdown", read_text_article),
        ("a.html", read_html), ("a.HTM", read_html), ("a.jsonl", read_jsonl),
        ("a.rss", read_feed), ("a.atom", read_feed), ("a.xml", read_feed),
    ],
)
def test_readers_reader_for_by_suffix(name: str, reader: object) -> None:
    assert reader_for(name) is reader
    assert READERS[Path(name).suffix.lower()] is reader


@pytest.mark.parametrize(
    ("name", "shown"),
    [("report.pdf", "'.pdf'"), ("README", "'README'"), ("data.json", "'.json'")],
)
def test_readers_reader_for_unknown_suffix_lists_the_valid_ones(name: str, shown: str) -> None:
    with pytest.raises(UsageError) as raised:
        reader_for(name)
    assert str(raised.value) == (
        f"unknown input format {shown}; choose one of: .atom, .htm, .html, .jsonl, .markdown, .md, .rss, .txt, .xml"
    )


def test_readers_iter_articles_accepts_strings_and_paths() -> None:
    by_str = list(iter_articles([str(GOOD / "titled.txt")]))
    by_path = list(iter_articles([GOOD / "titled.txt"]))
    assert by_str == by_path and by_str[0].origin == str(GOOD / "titled.txt")


def test_readers_txt_lead_gives_the_claims_jsonl_gives(cli, tmp_path) -> None:
    """The same text as .txt and as JSONL yields the same claims: the lead line is not lost."""
    import json

    text = "France condemned Iran over the missile launch.\n\nThe talks resume next week."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "b", "text": text}), encoding="utf-8")
    claims = {name: [(c["subject"]["label"], c["relation"], c["object"]["label"])
                     for c in map(json.loads, cli(["extract", tmp_path / name]).out.splitlines())]
              for name in ("a.txt", "b.jsonl")}
    assert claims["a.txt"] == claims["b.jsonl"] == [("France", "criticizes", "Iran")]


@pytest.mark.parametrize(("value", "date", "reason"), [
    ("2025-11-04", "2025-11-04", None),
    ("March 5, 2025", "2025-03-05", None),
    ("5th March 2025", "2025-03-05", None),
    ("March 2025", "2025-03", None),  # a partial date keeps its precision
    ("2025", "2025", None),
    ("25/03/2025", "2025-03-25", None),
    ("04.11.2025", "2025-11-04", None),  # dotted: day first
    (20250305, "2025-03-05", None),  # a number in JSON
    (2025, "2025", None),
    ("March 5th", None, "no year"),
    ("05/03/2025", None, "ambiguous"),
    ("2025-02-30", None, "out of range"),
    ("soon", None, "not a date"),
])
def test_readers_dates_at_their_precision(value, date, reason):
    from relgraph.readers.dates import read_date

    got, why = read_date(value)
    assert got == date
    assert (why is None) if reason is None else (reason in why)


def test_readers_bad_date_is_reported_and_the_article_kept(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"id": "a", "text": "France condemned Iran.", "date": "March 5th"}\n'
                                      '{"id": "b", "text": "Chile praised Peru.", "date": 20250305}\n')
    (tmp_path / "c.md").write_text("---\ndate: 2025-02-30\n---\nJapan criticised China.\n")
    problems: list[Problem] = []
    articles = list(iter_articles([tmp_path], on_problem=problems.append))
    assert [(a.id, a.date) for a in articles][:2] == [("a", None), ("b", "2025-03-05")] and len(articles) == 3
    assert [(p.origin.rsplit("/", 1)[-1], p.line, p.kind) for p in problems] == [("a.jsonl", 1, "date"),
                                                                                 ("c.md", None, "date")]
    assert "date 'March 5th' cannot be read (no year" in problems[0].message
