"""The CAMEO codebook (ontology/cameo.tsv) is a tree mapped onto the ontology, and 'relgraph lexicon'
counts the lexicon rows that reach each code."""

from __future__ import annotations

import re

import pytest

from relgraph import vocab
from relgraph.errors import InputError, UsageError
from relgraph.resources import load_resources
from relgraph.resources.cameo import coverage, uncovered_leaves
from relgraph.resources.lexicon import load_lexicon
from relgraph.vocab import cameo_codebook, cameo_codes, event_codes, is_a, relations

BOOK = cameo_codebook()
ROOTS = [f"{n:02d}" for n in range(1, 21)]

# A tiny lexicon: which code each row reaches is in its comment.
TINY = "\n".join([
    "# kind\tlemma\trelation\tobjects\tcameo\tflags",
    "VERB\tvisit\tvisits\tdobj\t-\tactor",             # 042 (visits' own code), a leaf
    "VERB\tpraise\tpraises\tdobj\t-\t-",               # 051, a leaf
    "EVALUATIVE\tcourageous\tpraises\t-\t-\t-",        # 051
    "VERB\tdemand\tappealsTo\tccomp\t10\t-",           # 10, a root: no leaf
    "NOUN\tblockade\tcoerces\tprep:on\t191\t-",        # 191, a leaf under 19
    "NOUN\toccupation\tattacks\tprep:of\t192\t-",      # 192, a leaf under 19
    "VERB\tcondemn\tcriticizes\tdobj\t-\tconcept",     # 11, a root: no leaf
    "VERB\tjoin\tmemberOf\tdobj\t-\t-",                # structural: no code
    "CONTROL\tvow\tintended\t-\t-\t-",                 # no relation: not counted
    "",
])
TINY_COUNTS = {"042": 1, "04": 1, "051": 2, "05": 2, "10": 1, "191": 1, "192": 1, "19": 2, "11": 1,
               "01": 0, "011": 0, "12": 0, "18": 0, "190": 0}
# a row at a root code (10, 11) reads its "not specified" leaf (100, 110)
TINY_LEAVES_REACHED = {"042", "051", "191", "192", "100", "110"}


@pytest.fixture
def tiny_lexicon(tmp_path):
    path = tmp_path / "lexicon.tsv"
    path.write_text(TINY, encoding="utf-8")
    return path


@pytest.fixture
def no_topics(tmp_path):
    path = tmp_path / "topics.tsv"
    path.write_text("topic\tcues\tcodes\n", encoding="utf-8")
    return ["--topics", str(path)]


def test_cameo_table_is_a_tree_of_twenty_roots():
    lines = [line.split("\t") for line in vocab.ontology_file("cameo.tsv").read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#") and not line.startswith("code\t")]
    codes = [cells[0] for cells in lines]
    assert len(codes) == len(set(codes)) == len(BOOK)
    assert [c for c, row in BOOK.items() if row.parent is None] == ROOTS
    for code, row in BOOK.items():
        if row.parent is not None:
            assert row.parent in BOOK and row.parent == code[:-1], code
            assert row.quad == BOOK[row.root].quad
    assert len(BOOK) > 280
    assert {c for c in BOOK if len(c) == 4} >= {"0211", "1385", "2041", "2042"}


@pytest.mark.parametrize("code", ROOTS)
def test_cameo_every_root_has_codes_below(code):
    assert any(row.parent == code for row in BOOK.values())


def test_cameo_relations_exist_in_the_ontology_and_are_events():
    named = {row.relation for row in BOOK.values() if row.relation}
    assert named <= set(relations())
    assert all(relations()[name].is_event for name in named)
    assert {r for r, info in relations().items() if info.is_event} - named == {"proposes"}  # shares 03


@pytest.mark.parametrize("name", [r for r, info in relations().items() if info.is_event])
def test_cameo_a_relations_own_code_maps_to_a_relation_of_that_code(name):
    """opposes (12) may map to rejects (12), proposes (03) to agreesWith (03): the code is the same."""
    own = relations()[name].cameo
    assert own in BOOK
    assert relations()[BOOK[own].relation].cameo == own


@pytest.mark.parametrize(("code", "label", "quad", "weight", "relation"), [
    ("036", "Express intent to meet or negotiate", 1, 4.0, "agreesWith"),
    ("0311", "Express intent to cooperate economically", 1, 5.2, "agreesWith"),
    ("10", "Demand", 3, -5.0, "appealsTo"),
    ("19", "Fight", 4, -10.0, "attacks"),
    ("181", "Abduct, hijack, or take hostage", 4, -9.0, "coerces"),  # the guide reads kidnapping as coercion
    ("191", "Impose blockade, restrict movement", 4, -9.5, "coerces"),  # the guide's coercion, though under 19
    ("192", "Occupy territory", 4, -9.5, "attacks"),
    ("01", "Make public statement", 1, None, None),
    ("011", "Decline comment", 1, None, None),
    ("0211", "Appeal for economic cooperation", 1, None, "appealsTo"),
    ("042", "Make a visit", 1, None, "visits"),
    ("1123", "Accuse of aggression", 3, None, "accuses"),
    ("163", "Impose embargo, boycott, or sanctions", 4, None, "sanctions"),
])
def test_cameo_rows_keep_their_meaning(code, label, quad, weight, relation):
    row = BOOK[code]
    assert (row.label, row.quad, row.weight, row.relation) == (label, quad, weight, relation)


def test_cameo_weighted_codes_are_the_finer_codes_of_event_codes():
    assert set(cameo_codes()) == {"036", "0311", "10", "19", "181", "191", "192"}
    assert event_codes("appealsTo", "0233") == ("REQUEST", "0233", 1, 3.0)  # no weight: the relation's
    assert event_codes("appealsTo", "1033") == ("REQUEST", "1033", 3, 3.0)  # the quad still by root


def test_cameo_every_lexicon_code_is_in_the_table_under_a_relation_of_its_row():
    lex = load_lexicon()
    rows = list(lex.verbs.values()) + [e for es in lex.nouns.values() for e in es]
    coded = [e for e in rows if e.cameo]
    assert coded
    for entry in coded:
        assert entry.cameo in BOOK, entry.lemma
        mapped = BOOK[entry.cameo].relation
        assert mapped and (is_a(entry.relation, mapped) or is_a(mapped, entry.relation)), entry.lemma


def test_cameo_coverage_counts_on_a_tiny_lexicon(tiny_lexicon):
    lexicon = load_resources(lexicon_path=tiny_lexicon).lexicon
    found = {c.code: c for c in coverage(lexicon)}
    assert list(found) == list(BOOK)
    assert {code: found[code].rows for code in TINY_COUNTS} == TINY_COUNTS
    assert {c for c, row in found.items() if row.leaf and row.rows} == TINY_LEAVES_REACHED
    assert not found["10"].leaf and found["042"].leaf and not found["021"].leaf
    missing, leaves = uncovered_leaves(lexicon)
    assert leaves == sum(1 for c in found.values() if c.leaf)
    assert len(missing) == leaves - len(TINY_LEAVES_REACHED)


def test_cameo_unknown_lexicon_code_is_one_clear_error(tmp_path):
    path = tmp_path / "lexicon.tsv"
    path.write_text("VERB\tdemand\tappealsTo\tccomp\t1099\t-\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        coverage(load_resources(lexicon_path=path).lexicon)
    assert str(caught.value) == ("lexicon.tsv: VERB 'demand' carries CAMEO code '1099', which is not in "
                                 "ontology/cameo.tsv; use a code of that table")


@pytest.fixture
def own_table(tmp_path, monkeypatch):
    """Point the codebook at a table written by the test; the cached codebook is dropped before and after."""
    def use(*rows: str) -> None:
        (tmp_path / "cameo.tsv").write_text("code\tlabel\tquad\tweight\tparent\trelation\n" + "\n".join(rows),
                                            encoding="utf-8")
    relations()  # read the real ontology first
    monkeypatch.setattr(vocab, "ontology_file", lambda name="relgraph.ttl": tmp_path / name)
    vocab.cameo_codebook.cache_clear()
    yield use
    vocab.cameo_codebook.cache_clear()
    vocab.cameo_codes.cache_clear()


@pytest.mark.parametrize(("rows", "message"), [
    (["01\tMake public statement\t1\t-\t-"], "cameo.tsv:2: expected 'code<TAB>label<TAB>quad<TAB>weight<TAB>parent"
                                             "<TAB>relation', found '01\\tMake public statement\\t1\\t-\\t-'"),
    (["21\tRoot\t4\t-\t-\t-"], "cameo.tsv:2: bad code '21'; a CAMEO code is a root 01-20 and up to two more digits"),
    (["10\tDemand\t1\t-\t-\t-"], "cameo.tsv:2: quad class of code 10 is 3 (its root's), found 1"),
    (["01\tMake public statement\t1\t-\t-\t-", "011\tDecline comment\t1\t-\t02\t-"],
     "cameo.tsv:3: parent of code 011 is 01, found '02'"),
    (["011\tDecline comment\t1\t-\t01\t-"], "cameo.tsv:2: parent 01 of code 011 must be listed before it"),
    (["01\tMake public statement\t1\t-\t-\tstates"],
     "cameo.tsv:2: unknown relation 'states' for code 01; see ontology/relgraph.ttl"),
    (["01\tMake public statement\t1\t-\t-\t-", "01\tAgain\t1\t-\t-\t-"], "cameo.tsv:3: code 01 is listed twice"),
])
def test_cameo_bad_table_row_is_one_clear_error(own_table, rows, message):
    own_table(*rows)
    with pytest.raises(UsageError) as caught:
        cameo_codebook()
    assert str(caught.value) == message


def test_cameo_cli_prints_the_count_line(cli, tiny_lexicon, no_topics):
    result = cli(["lexicon", "--coverage", "--lexicon", str(tiny_lexicon), *no_topics])
    assert (result.code, result.err) == (0, "")
    _, leaves = uncovered_leaves()
    lines = result.out.splitlines()
    assert lines[-1] == f"{leaves - len(TINY_LEAVES_REACHED)} of {leaves} leaf codes have no row " \
        f"({sum(c.relation is None for c in coverage() if c.leaf)} of them no relgraph relation either)"
    listed = {line.split()[0] for line in lines[:-1] if line.startswith("  ")}
    assert "042" not in listed and {"011", "0211", "190", "2042"} <= listed
    assert "19  Fight (2 rows; 6 of 8 leaf codes without a row)" in lines


def test_cameo_cli_shipped_lexicon_count_line(cli):
    missing, leaves = uncovered_leaves()
    result = cli(["lexicon", "--coverage"])
    assert result.out.splitlines()[-1].startswith(f"{len(missing)} of {leaves} leaf codes have no row")
    assert re.fullmatch(r"\d+ of \d+ leaf codes have no row \(\d+ of them no relgraph relation either\)",
                        result.out.splitlines()[-1])


def test_cameo_cli_tsv_lists_every_leaf_with_its_rows(cli, tiny_lexicon, no_topics):
    result = cli(["lexicon", "--format", "tsv", "--lexicon", str(tiny_lexicon), *no_topics])
    rows = [line.split("\t") for line in result.out.splitlines()]
    assert rows[0] == ["root", "code", "label", "relation", "rows"]
    assert [r[1] for r in rows[1:]] == [c.code for c in coverage() if c.leaf]
    assert ["04", "042", "Make a visit", "visits", "1"] in rows and ["01", "011", "Decline comment", "-", "0"] in rows
    missing = cli(["lexicon", "--coverage", "--format", "tsv", "--lexicon", str(tiny_lexicon), *no_topics])
    assert all(line.endswith("\t0") for line in missing.out.splitlines()[1:])
    assert missing.err.strip().endswith("no relgraph relation either)")


def test_cameo_cli_all_lists_inner_codes(cli, tiny_lexicon, no_topics):
    rows = [line.split("\t") for line in cli(["lexicon", "--all", "--format", "tsv", "--lexicon", str(tiny_lexicon),
                                              *no_topics]).out.splitlines()[1:]]
    assert [r[1] for r in rows] == list(BOOK)
    assert ["19", "19", "Fight", "attacks", "2"] in rows
