"""Build progress: the events a build reports (total, each article, exports) and the rich display
of them (done/total, percentage, rate, ETA; count and rate for a stream; a line naming a very large
article; one step per export), driven directly with a fake clock and a recording console."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rich.console import Console

from relgraph import build as build_module
from relgraph.build import BuildEvents, BuildOptions, build
from relgraph.cli.progress import BuildProgress, build_progress, make_progress, status
from relgraph.records import Article, Problem

FORMATS = ("nq", "jsonl", "csv")


class Clock:
    """A clock the test moves by hand: rates and ETAs come out exact."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def display(total: int | None):
    """A BuildProgress on a recording console, started with ``total``, and its clock."""
    clock = Clock()
    progress = make_progress(Console(record=True, width=120, color_system=None), get_time=clock, transient=False)
    events = BuildProgress(progress)
    events.started(total)
    return events, clock


def rows(events: BuildProgress) -> list[tuple[str, str]]:
    """(description, figures) of each line the display shows."""
    return [(task.description, status(task)) for task in events.progress.tasks if task.visible]


def rendered(events: BuildProgress) -> list[str]:
    """The display's lines as a terminal would show them."""
    console = events.progress.console
    console.print(events.progress.make_tasks_table(events.progress.tasks))
    return [line.rstrip() for line in console.export_text().splitlines()]


def store_articles(events: BuildProgress, clock: Clock, n: int, claims: int = 3, every: float = 2.0) -> None:
    for i in range(n):
        clock.now += every
        events.stored(Article(f"a{i}", "Russia praised China."), claims)


# ---------------------------------------------------------------- the display
@pytest.mark.parametrize(("total", "done", "expected"), [
    (10, 4, "4/10 articles  40%  0.5/s  ETA 0:00:12  12 claims"),
    (None, 4, "4 articles  0.5/s  12 claims"),
    (10, 0, "0/10 articles  0%  0 claims"),  # no rate before two articles are done
    (3, 3, "3/3 articles  100%  9 claims"),  # done: no rate, no ETA
    (600, 4, "4/600 articles  1%  0.5/s  ETA 0:19:52  12 claims"),
])
def test_progress_reading_figures(total, done, expected):
    events, clock = display(total)
    store_articles(events, clock, done)
    assert rows(events) == [("reading", expected)]


def test_progress_reading_counts_every_kind_of_item_once():
    events, clock = display(4)
    store_articles(events, clock, 1, claims=5)
    events.unchanged(Article("b", "Russia praised China."))
    events.skipped(Problem("c.txt", "empty", "the file is empty"))
    events.stored(Article("d", "Russia praised China."), 2)
    assert rows(events) == [("reading", "4/4 articles  100%  7 claims")]


def test_progress_names_a_very_large_article_while_it_is_parsed():
    events, clock = display(None)
    store_articles(events, clock, 2)
    big = Article("big", "x" * 150_000, title="A very long report on the war in Syria and its neighbours")
    events.parsing(big)
    assert rows(events) == [("reading", "2 articles  0.5/s  6 claims"),
                            ("parsing", "'A very long report on the war…' (150,000 characters)")]
    lines = rendered(events)
    assert lines[1].startswith("⠋ parsing ")
    assert lines[1].endswith(" 'A very long report on the war…' (150,000 characters) 0:00:00")
    clock.now += 2
    events.stored(big, 7)
    assert rows(events) == [("reading", "3 articles  0.5/s  13 claims")]


@pytest.mark.parametrize(("article", "name"), [
    (Article("id1", "text", title="Short title", origin="corpus/a.md"), "'Short title'"),
    (Article("id1", "text", origin="corpus/a.md"), "'a.md'"),
    (Article("id1", "text", origin="corpus/wire.jsonl", line=12), "'wire.jsonl:12'"),
    (Article("id1", "text"), "'id1'"),
])
def test_progress_large_article_name(article, name):
    events, _clock = display(None)
    events.parsing(article)
    assert rows(events)[1] == ("parsing", f"{name} (4 characters)")


def test_progress_large_article_that_fails_is_cleared():
    events, _clock = display(None)
    events.parsing(Article("big", "x" * 10, title="Big"))
    events.skipped(Problem("big", "extraction-error", "an extractor failed"))
    assert rows(events) == [("reading", "1 articles  0 claims")]


def test_progress_one_step_per_export_file():
    events, clock = display(2)
    store_articles(events, clock, 2)
    events.exporting(Path("out/graph.nq"), 1, 3)
    assert rows(events)[1] == ("writing graph.nq", "0/3 files  0%")
    events.exported(Path("out/graph.nq"))
    events.exporting(Path("out/claims.jsonl"), 2, 3)
    assert rows(events)[1] == ("writing claims.jsonl", "1/3 files  33%")
    events.exported(Path("out/claims.jsonl"))
    events.exporting(Path("out/events.csv"), 3, 3)
    events.exported(Path("out/events.csv"))
    assert rows(events) == [("reading", "2/2 articles  100%  6 claims"),
                            ("writing events.csv", "3/3 files  100%")]


def test_progress_renders_on_a_console():
    events, clock = display(10)
    store_articles(events, clock, 4)
    events.exporting(Path("out/graph.nq"), 1, 2)
    assert rendered(events) == [  # spinner, what, bar (8 of 20 cells: 40%), figures, time elapsed
        "⠋ reading          ━━━━━━━━             4/10 articles  40%  0.5/s  ETA 0:00:12  12 claims 0:00:08",
        "⠋ writing graph.nq                      0/2 files  0%                                     0:00:00",
    ]


@pytest.mark.parametrize(("terminal", "disabled", "shown"), [
    (True, False, True), (True, True, False), (False, False, False),
])
def test_progress_shown_on_a_terminal_only(terminal, disabled, shown):
    console = Console(force_terminal=terminal, record=True)
    with build_progress(disabled=disabled, console=console) as events:
        assert isinstance(events, BuildProgress) == shown
        assert (events is None) == (not shown)


# ---------------------------------------------------------------- what a build reports
class Recorder(BuildEvents):
    def __init__(self) -> None:
        self.calls: list[tuple] = []

    def started(self, total):
        self.calls.append(("started", total))

    def parsing(self, article):
        self.calls.append(("parsing", article.id))

    def stored(self, article, claims):
        self.calls.append(("stored", article.id))

    def unchanged(self, article):
        self.calls.append(("unchanged", article.id))

    def skipped(self, problem):
        self.calls.append(("skipped", problem.kind))

    def exporting(self, path, step, steps):
        self.calls.append(("exporting", path.name, step, steps))

    def exported(self, path):
        self.calls.append(("exported", path.name))

    def kinds(self, *names: str) -> list[tuple]:
        return [call for call in self.calls if call[0] in names]


TEXT = "---\nid: {id}\ndate: 2025-11-04\n---\n{text}\n"
TEXTS = {"a": "Russia praised China for its support.", "b": "France condemned Iran after the talks.",
         "c": "Germany signed an agreement with India."}


def corpus(folder: Path, *, bad: bool = False, jsonl: bool = False) -> Path:
    folder.mkdir()
    for key, text in TEXTS.items():
        (folder / f"{key}.md").write_text(TEXT.format(id=key, text=text), encoding="utf-8")
    if bad:
        (folder / "empty.txt").write_text("", encoding="utf-8")
        (folder / "undated.md").write_text(TEXT.format(id="u", text="Japan criticised North Korea over the "
                                                                    "launch.").replace("2025-11-04", "March 5th"))
    if jsonl:
        lines = [{"id": "j1", "text": "India praised Brazil for the deal."}, "not json"]
        (folder / "feed.jsonl").write_text("\n".join(json.dumps(x) if isinstance(x, dict) else x for x in lines),
                                           encoding="utf-8")
    return folder


def test_build_progress_counts_files_and_reports_each_once(tmp_path):
    events = Recorder()
    build([corpus(tmp_path / "corpus", bad=True)], BuildOptions(out_dir=tmp_path / "out", formats=FORMATS),
          events=events)
    assert events.calls[0] == ("started", 5)
    assert sorted(events.kinds("stored", "unchanged", "skipped")) == [
        ("skipped", "empty"), ("stored", "a"), ("stored", "b"), ("stored", "c"), ("stored", "u")]
    assert events.kinds("exporting", "exported") == [
        ("exporting", "graph.nq", 1, 3), ("exported", "graph.nq"),
        ("exporting", "claims.jsonl", 2, 3), ("exported", "claims.jsonl"),
        ("exporting", "events.csv", 3, 3), ("exported", "events.csv")]


def test_build_progress_of_a_stream_has_no_total(tmp_path):
    events = Recorder()
    build([corpus(tmp_path / "corpus", jsonl=True)], BuildOptions(out_dir=tmp_path / "out", formats=FORMATS),
          events=events)
    assert events.calls[0] == ("started", None)
    assert sorted(events.kinds("stored", "skipped")) == [
        ("skipped", "jsonl-syntax"), ("stored", "a"), ("stored", "b"), ("stored", "c"), ("stored", "j1")]


def test_build_progress_unchanged_rerun(tmp_path):
    source = corpus(tmp_path / "corpus")
    options = BuildOptions(out_dir=tmp_path / "out", formats=FORMATS)
    build([source], options)
    events = Recorder()
    build([source], options, events=events)
    assert events.calls == [("started", 3), ("unchanged", "a"), ("unchanged", "b"), ("unchanged", "c")]


def test_build_progress_names_large_articles(tmp_path, monkeypatch):
    monkeypatch.setattr(build_module, "LARGE_ARTICLE_CHARS", len(TEXTS["b"]) - 1)  # b and c are "large"
    events = Recorder()
    build([corpus(tmp_path / "corpus")], BuildOptions(out_dir=tmp_path / "out", formats=("nq",)), events=events)
    assert events.kinds("parsing") == [("parsing", "b"), ("parsing", "c")]
