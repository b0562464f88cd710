"""What a new user trips over (issue 13): a build never reads its own output, failed commands leave
no folders behind, an unchanged re-run says it rewrote nothing."""

from __future__ import annotations

import pytest


def _corpus(folder):
    folder.mkdir()
    (folder / "a.txt").write_text("France condemned Iran over the launch.", encoding="utf-8")
    return folder


def test_build_surprises_own_output_is_never_input(cli, tmp_path, monkeypatch):
    """`relgraph build .` twice: the second run reads neither output/ nor the store, and --strict passes."""
    _corpus(tmp_path / "news")
    monkeypatch.chdir(tmp_path)
    first = cli(["build", ".", "-q", "--format", "jsonl", "--format", "ttl"])
    second = cli(["build", ".", "-q", "--strict", "--format", "jsonl", "--format", "ttl"])
    assert first.code == second.code == 0, second.err
    assert "skipped" not in first.err + second.err
    assert second.out.startswith("articles: 0 read, 1 unchanged")


@pytest.mark.parametrize("inputs", [["/nonexistent"], ["EMPTY"]])
def test_build_surprises_failed_build_creates_no_folder(cli, tmp_path, inputs):
    (tmp_path / "EMPTY").mkdir()
    inputs = [tmp_path / i if i == "EMPTY" else i for i in inputs]
    result = cli(["build", *inputs, "--out", tmp_path / "X", "-q"])
    assert result.code == 1
    assert not (tmp_path / "X").exists()


def test_build_surprises_export_never_creates_parent_folders(cli, built, tmp_path):
    target = tmp_path / "absent" / "x.ttl"
    result = cli(["export", "ttl", "-o", target, "--out", built.out])
    assert result.code == 2
    assert result.err.strip() == (f"relgraph: error: the folder '{target.parent}' of '{target}' does not exist; "
                                  "create it first or write elsewhere")
    assert not target.parent.exists()


def test_build_surprises_unchanged_rerun_says_nothing_was_written(cli, tmp_path):
    corpus = _corpus(tmp_path / "news")
    args = ["build", corpus, "--out", tmp_path / "out", "-q", "--format", "ttl"]
    first, second = cli(args), cli(args)
    assert f"wrote {tmp_path / 'out' / 'graph.ttl'}" in first.out
    assert "wrote" not in second.out
    assert f"unchanged: {tmp_path / 'out' / 'graph.ttl'}" in second.out


def test_build_surprises_non_english_article_is_a_reported_skip(cli, tmp_path):
    corpus = _corpus(tmp_path / "news")
    (corpus / "de.txt").write_text("Frankreich hat den Iran wegen des Raketenstarts verurteilt, und die "
                                   "Gespräche über den Handel werden im Frühjahr fortgesetzt, sagte die Regierung.",
                                   encoding="utf-8")
    result = cli(["build", corpus, "--out", tmp_path / "out", "-q", "--format", "jsonl"])
    assert result.code == 0 and result.out.startswith("articles: 1 read")
    assert "de.txt: language: the text does not look like English" in result.err


def test_build_surprises_same_text_in_two_formats_is_one_article_with_every_url(cli, tmp_path):
    import json

    from relgraph.store import GraphStore
    from relgraph.store.mapping import SCHEMA_URL

    corpus = tmp_path / "news"
    corpus.mkdir()
    text = "France condemned Iran over the missile launch.\n\nThe talks resume next week."
    (corpus / "a.md").write_text(f"---\nurl: https://example.org/a\n---\n{text}\n", encoding="utf-8")
    (corpus / "b.jsonl").write_text(json.dumps({"id": "wire-7", "text": text, "url": "https://example.org/b"}) + "\n")
    result = cli(["build", corpus, "--out", tmp_path / "out", "-q", "--format", "jsonl"])
    assert result.out.startswith("articles: 1 read")
    assert "duplicate: the same text as article" in result.err and "read once, its URL kept" in result.err
    with GraphStore(tmp_path / "out" / "store", read_only=True) as store:
        assert len(store.article_ids()) == 1
        urls = {q.object.value for q in store.ox.quads_for_pattern(None, SCHEMA_URL, None)}
    assert urls == {"https://example.org/a", "https://example.org/b"}
