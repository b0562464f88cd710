"""Saved queries (queries/*.rq) on the corpus graph, their parameters, and the `relgraph query` CLI."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import pytest

from relgraph.cli import main
from relgraph.export.records import claim_dict
from relgraph.errors import UsageError
from relgraph.query import run_saved, saved_queries, saved_query
from relgraph.records import Article, Claim, Entity
from relgraph.store import GraphStore
from relgraph.store.read import claims as read_claims
from relgraph.vocab import cameo_codes, is_a, relations

REPO = Path(__file__).resolve().parents[1]
SEED_ID = "3744e268dac759f3"
THAI_CAMBODIA = "fd52a28b0571fadd"
NORTH_KOREA = "ea9d51ee672d244f"


@pytest.fixture(scope="module")
def store(out):
    with GraphStore(out / "store", read_only=True) as opened:
        yield opened


@pytest.fixture(scope="module")
def claims(store) -> list[Claim]:
    return list(read_claims(store))


def rows(store, name, **bindings) -> list[dict]:
    return run_saved(store, name, bindings).records()


def test_query_saved_every_file_has_a_description():
    queries = saved_queries()
    assert sorted(queries) == ["balance", "by-source", "contradictions", "dyad", "evidence", "opponents",
                               "supporters", "top-actors"]
    for query in queries.values():
        assert len(query.description) > 40, query.name
        for param in query.params:  # every parameter is selected, so it can be bound
            assert re.search(rf"SELECT[^{{]*\?{param.name}\b", query.text), (query.name, param.name)


@pytest.mark.parametrize("name, params", [
    ("supporters", ["target"]), ("opponents", ["target"]), ("dyad", ["a", "b"]),
    ("evidence", ["subject", "relation", "object"]), ("balance", []), ("top-actors", []),
    ("by-source", []), ("contradictions", []),
])
def test_query_saved_params(name, params):
    assert [p.name for p in saved_query(name).params if not p.optional] == params


@pytest.mark.parametrize("name", sorted(saved_queries()))
def test_query_saved_every_query_takes_min_confidence(name):
    (optional,) = [p for p in saved_query(name).params if p.optional]
    assert optional.name == "min_confidence" and not optional.actor
    assert "COALESCE(?min_confidence, 0)" in saved_query(name).text


@pytest.mark.parametrize("name, actors", [
    ("supporters", ["target"]), ("opponents", ["target"]), ("dyad", ["a", "b"]), ("evidence", ["subject", "object"]),
])
def test_query_saved_actor_params(name, actors):
    assert [p.name for p in saved_query(name).params if p.actor] == actors


@pytest.mark.parametrize("name, message", [
    ("Narnia", "no entity in the graph is called 'Narnia'; give a label, alias, ISO3 code, Wikidata QID or IRI "
               "of an entity in the graph"),
    ("Cambodja", "no entity in the graph is called 'Cambodja'; the closest names in the graph: Cambodia"),
    ("Thailnd", "no entity in the graph is called 'Thailnd'; the closest names in the graph: Thailand"),
])
def test_query_saved_actor_param_names_no_entity(out, name, message):
    with GraphStore(out / "store", read_only=True) as store, pytest.raises(UsageError) as caught:
        run_saved(store, "opponents", {"target": name})
    assert str(caught.value) == message


@pytest.mark.parametrize("name, bindings, same_as", [
    ("dyad", {"a": "Moscow", "b": "Beijing"}, {"a": "Russia", "b": "China"}),
    ("dyad", {"a": "the Kremlin", "b": "beijing"}, {"a": "Russia", "b": "China"}),
    ("opponents", {"target": "Phnom Penh"}, {"target": "Cambodia"}),
    ("dyad", {"a": "Bangkok", "b": "phnom penh"}, {"a": "Thailand", "b": "Cambodia"}),
])
def test_query_saved_actor_param_capital_finds_its_state(store, name, bindings, same_as):
    found = rows(store, name, **bindings)
    assert found and found == rows(store, name, **same_as)


def test_query_saved_actor_param_takes_every_entity_of_the_name(tmp_path):
    georgia = Entity("country/GEO", "Georgia", "Country", "GEO")
    state = Entity("place/georgia-us", "State of Georgia", "Place", aliases=("Georgia",))
    ukraine = Entity("country/UKR", "Ukraine", "Country", "UKR")
    text = "Ukraine backed Georgia."
    with GraphStore(tmp_path / "store") as store:
        store.put_article(Article("a", text), [Claim("a", 0, 0, len(text), text, ukraine, "supports", georgia),
                                               Claim("a", 0, 0, len(text), text, ukraine, "supports", state)])
        found = rows(store, "supporters", target="georgia")
    assert sorted(r["target"] for r in found) == [georgia.iri, state.iri]


@pytest.mark.parametrize("name, relation", [("supporters", "supports"), ("opponents", "opposes")])
def test_query_saved_relation_lists_follow_the_ontology(name, relation):
    wanted = {"supporters": ["supports"], "opponents": ["opposes", "rejects", "criticizes"]}[name]
    text = saved_query(name).text
    listed = re.search(r"VALUES \?r \{([^}]*)\}", text).group(1).split()
    assert sorted(listed) == sorted(f"rel:{r}" for r in relations() if any(is_a(r, w) for w in wanted))


def test_query_saved_evidence_hierarchy_table_follows_the_ontology():
    pairs = set(re.findall(r'\(rel:(\w+) "(\w+)"\)', saved_query("evidence").text))
    assert pairs == {(r, k) for r in relations() for k in relations() if is_a(r, k)}


def test_query_saved_balance_weights_follow_the_ontology():
    text = saved_query("balance").text
    table = {r: (c, int(q), float(w)) for r, c, q, w in
             re.findall(r'\(rel:(\w+) "(\w+)" (\d) (-?[\d.]+)\)', text)}
    assert table == {r.name: (r.cameo, r.quad, r.goldstein) for r in relations().values() if r.quad}
    finer = {c: float(w) for c, w in re.findall(r'\("(\d+)" (-?[\d.]+)\)', text)}
    assert finer == {code: weight for code, (_, _, weight) in cameo_codes().items()}


def test_query_saved_supporters_of_one_china_policy(store):
    found = rows(store, "supporters", target="One-China policy")
    russia = [r for r in found if r["supporter"] == "Russia"]
    assert [(r["relation"], r["modality"], r["claims"], r["article"]) for r in russia] == [
        ("supports", "asserted", "1", SEED_ID)]
    assert russia[0]["evidence"].startswith("Russia reaffirmed its adherence to the One-China policy")


@pytest.mark.parametrize("name, column, target, kinds", [
    ("supporters", "supporter", "Donald Trump", ["supports"]),
    ("supporters", "supporter", "One-China policy", ["supports"]),
    ("supporters", "supporter", "Russia", ["supports"]),
    ("opponents", "opponent", "Cambodia", ["opposes", "rejects", "criticizes"]),
    ("opponents", "opponent", "United States", ["opposes", "rejects", "criticizes"]),
])
def test_query_saved_lists_each_answer_once_with_its_claims(store, claims, name, column, target, kinds):
    expected: dict[tuple, int] = defaultdict(int)
    for c in claims:
        if c.object.label == target and c.polarity == "positive" and any(is_a(c.relation, k) for k in kinds):
            expected[(c.subject.label, c.relation, c.modality)] += 1
    found = rows(store, name, target=target)
    keys = [(r[column], r["relation"], r["modality"]) for r in found]
    assert len(keys) == len(set(keys))
    assert {k: int(r["claims"]) for k, r in zip(keys, found)} == expected and expected
    assert [int(r["claims"]) for r in found] == sorted((int(r["claims"]) for r in found), reverse=True)


def _actors_store(path, claims: list[tuple[str, str, str | None, str]]) -> GraphStore:
    """A store of one-claim articles (id, relation, date, sentence): Russia or India → the One-China policy."""
    russia = Entity("country/RUS", "Russia", "Country", "RUS", "Q159")
    india = Entity("country/IND", "India", "Country", "IND", "Q668")
    policy = Entity("policy/one-china-policy", "One-China policy", "Policy")
    store = GraphStore(path)
    for aid, relation, date, text in claims:
        subject = india if text.startswith("India") else russia
        store.put_article(Article(aid, text, date=date),
                          [Claim(aid, 0, 0, len(text), text, subject, relation, policy, date=date)])
    return store


@pytest.mark.parametrize("name, relation, column", [("supporters", "supports", "supporter"),
                                                    ("opponents", "rejects", "opponent")])
def test_query_saved_one_row_per_actor_with_claims_dates_and_evidence(tmp_path, name, relation, column):
    with _actors_store(tmp_path / "store", [
        ("c", relation, "2025-03-01", "Russia did it again."),
        ("b", relation, None, "Russia did it, undated."),
        ("a", relation, "2025-01-05", "Russia did it first."),
        ("d", relation, None, "India did it once."),
    ]) as store:
        found = rows(store, name, target="One-China policy")
    policy = "https://w3id.org/relgraph/id/policy/one-china-policy"
    assert found == [
        {"target": policy, column: "Russia", "relation": relation, "modality": "asserted", "claims": "3",
         "first": "2025-01-05", "last": "2025-03-01", "evidence": "Russia did it first.", "article": "a"},
        {"target": policy, column: "India", "relation": relation, "modality": "asserted", "claims": "1",
         "first": None, "last": None, "evidence": "India did it once.", "article": "d"},
    ]


@pytest.mark.parametrize("target", ["one-china POLICY", "https://w3id.org/relgraph/id/policy/one-china-policy"])
def test_query_saved_supporters_target_by_case_or_iri(store, target):
    assert {r["supporter"] for r in rows(store, "supporters", target=target)} >= {"Russia"}


def test_query_saved_supporters_include_praise(store):
    found = rows(store, "supporters", target="Donald Trump")
    assert {(r["supporter"], r["relation"]) for r in found} >= {("Ilham Aliyev", "praises"),
                                                               ("Nikol Pashinyan", "praises")}


def test_query_saved_opponents_of_cambodia(store):
    found = rows(store, "opponents", target="Cambodia")
    thailand = [r for r in found if r["opponent"] == "Thailand"]
    assert [(r["relation"], r["modality"], r["claims"], r["first"], r["last"], r["article"]) for r in thailand] == [
        ("accuses", "asserted", "2", "2025-07-29", "2025-11", THAI_CAMBODIA)]  # the third accuses Cambodian forces
    assert thailand[0]["evidence"].startswith("Bangkok accused Cambodia of laying new mines")


def test_query_saved_dyad_thailand_cambodia_either_direction(store):
    found = rows(store, "dyad", a="THA", b="KHM")
    triples = {(r["subject"], r["relation"], r["object"]) for r in found}
    assert ("Thailand", "attacks", "Cambodia") in triples
    assert ("Cambodia", "withdrawsFrom", "Thailand") in triples
    # the article's date, a Monday the text names, and "In November 2025" at its month's precision
    assert {r["date"] for r in found} == {"2025-07-28", "2025-07-29", "2025-11"}


def test_query_saved_dyad_puts_dated_claims_first(store, claims):
    found = rows(store, "dyad", a="Russia", b="Q148")
    pair = {"Russia", "China"}
    assert len(found) == sum(1 for c in claims if {c.subject.label, c.object.label} == pair)
    dates = [r["date"] for r in found]
    dated = [d for d in dates if d]
    assert dates == dated + [None] * (len(dates) - len(dated)) and dated == sorted(dated)


def test_query_saved_evidence_for_a_triple(store):
    found = rows(store, "evidence", subject="North Korea", relation="providesAidTo", object="RUS")
    # "according to South Korean and Ukrainian intelligence": reported, the intelligence services the speaker
    assert {(r["modality"], r["article"]) for r in found} >= {("reported", NORTH_KOREA)}
    assert any(r["evidence"].startswith("North Korea has supplied Russia with millions of artillery shells")
               for r in found)


def test_query_saved_evidence_includes_sub_relations(store):
    found = rows(store, "evidence", subject="Thailand", relation="criticizes", object="Cambodia")
    assert {r["claim_relation"] for r in found} == {"accuses"} and len(found) >= 2


def _python_balance(claims: list[Claim]) -> dict[tuple, tuple]:
    table: dict[tuple, list] = defaultdict(lambda: [0, 0, 0, 0.0])
    for c in claims:
        d = claim_dict(c)
        if c.polarity != "positive" or c.modality == "possible" or d["quad"] is None or c.subject == c.object:
            continue
        a, b = sorted([(c.subject.label, c.subject.iri), (c.object.label, c.object.iri)])
        row = table[(a[0], b[0], c.date[:7] if c.date else "undated")]
        row[0] += 1
        row[1 if d["quad"] <= 2 else 2] += 1
        row[3] += d["goldstein"]
    return {k: (n, coop, conf, round(w, 4)) for k, (n, coop, conf, w) in table.items()}


def test_query_saved_balance_equals_the_python_sums(store, claims):
    found = {(r["actor_a"], r["actor_b"], r["month"]):
             (int(r["claims"]), int(r["cooperation"]), int(r["conflict"]), round(float(r["balance"]), 4))
             for r in rows(store, "balance")}
    assert found == _python_balance(claims)
    assert found[("Cambodia", "Thailand", "2025-07")][2] >= 3  # the July border war: net conflict
    assert found[("Cambodia", "Thailand", "2025-07")][3] < 0
    assert found[("North Korea", "Russia", "2025-09")][3] > 0


def test_query_saved_top_actors_counts(store, claims):
    found = rows(store, "top-actors")
    counts: dict[str, int] = defaultdict(int)
    for c in claims:
        for label in {c.subject.label, c.object.label} if c.subject != c.object else {c.subject.label}:
            counts[label] += 1
    assert len(found) == 20
    assert [int(r["claims"]) for r in found] == sorted((int(r["claims"]) for r in found), reverse=True)
    assert all(int(r["claims"]) == counts[r["actor"]] for r in found)
    assert "Russia" in [r["actor"] for r in found[:5]]


def test_query_saved_by_source(store, claims):
    found = rows(store, "by-source")
    seed_claims = sum(1 for c in claims if c.article == SEED_ID)
    assert found == [
        {"source": "relgraph sample corpus", "articles": "15", "claims": str(len(claims) - seed_claims),
         "first": "2025-05-11", "last": "2025-11-23"},
        {"source": "(no source)", "articles": "1", "claims": str(seed_claims), "first": None, "last": None},
    ]


def test_query_saved_by_source_dates_are_over_the_dated_articles(tmp_path):
    text = "Russia praised China."
    ru = Entity("country/RUS", "Russia", "Country", "RUS")
    cn = Entity("country/CHN", "China", "Country", "CHN")
    with GraphStore(tmp_path / "store") as store:
        for aid, date, source in [("a", "2025-02-03", "Wire"), ("b", None, "Wire"), ("c", "2025-04", "Wire"),
                                  ("d", None, "Blog")]:
            store.put_article(Article(aid, text, date=date, source=source),
                              [Claim(aid, 0, 0, len(text), text, ru, "praises", cn, date=date)])
        assert rows(store, "by-source") == [
            {"source": "Wire", "articles": "3", "claims": "3", "first": "2025-02-03", "last": "2025-04"},
            {"source": "Blog", "articles": "1", "claims": "1", "first": None, "last": None},
        ]


def test_query_saved_contradictions_on_the_corpus(store, claims):
    positive = {(c.subject.label, c.relation, c.object.label) for c in claims if c.is_truthy}
    expected = sorted({(c.subject.label, c.relation, c.object.label) for c in claims
                       if c.polarity == "negative"} & positive)
    found = sorted({(r["subject"], r["relation"], r["object"]) for r in rows(store, "contradictions")})
    assert found == expected


@pytest.mark.parametrize("modality, found", [("asserted", 1), ("reported", 1), ("possible", 0)])
def test_query_saved_contradictions_found(tmp_path, modality, found):
    india = Entity("country/IND", "India", "Country", "IND", "Q668")
    bri = Entity("policy/belt-and-road-initiative", "Belt and Road Initiative", "Policy")
    yes, no = "India backed the Belt and Road Initiative.", "India did not back the Belt and Road Initiative."
    with GraphStore(tmp_path / "store") as store:
        store.put_article(Article("a", yes), [Claim("a", 0, 0, len(yes), yes, india, "supports", bri,
                                                    modality=modality)])
        store.put_article(Article("b", no), [Claim("b", 0, 0, len(no), no, india, "supports", bri,
                                                   polarity="negative")])
        assert rows(store, "contradictions") == [{
            "subject": "India", "relation": "supports", "object": "Belt and Road Initiative",
            "positive_claims": "1", "negative_claims": "1",
            "positive": yes, "negative": no, "positive_article": "a", "negative_article": "b"}] * found


def test_query_saved_contradictions_one_row_per_triple_with_counts(tmp_path):
    india = Entity("country/IND", "India", "Country", "IND", "Q668")
    bri = Entity("policy/belt-and-road-initiative", "Belt and Road Initiative", "Policy")
    sentences = {"a": "India backed the Belt and Road Initiative.", "b": "India backs the Belt and Road Initiative.",
                 "c": "India did not back the Belt and Road Initiative.",
                 "d": "India no longer backs the Belt and Road Initiative.",
                 "e": "India never backed the Belt and Road Initiative."}
    with GraphStore(tmp_path / "store") as store:
        for aid, text in sentences.items():
            polarity = "positive" if aid in "ab" else "negative"
            store.put_article(Article(aid, text), [Claim(aid, 0, 0, len(text), text, india, "supports", bri,
                                                         polarity=polarity)])
        assert rows(store, "contradictions") == [{
            "subject": "India", "relation": "supports", "object": "Belt and Road Initiative",
            "positive_claims": "2", "negative_claims": "3", "positive": sentences["a"],
            "negative": sentences["c"], "positive_article": "a", "negative_article": "c"}]


# ------------------------------------------------------------------------ min_confidence

RUSSIA = Entity("country/RUS", "Russia", "Country", "RUS", "Q159")
INDIA = Entity("country/IND", "India", "Country", "IND", "Q668")
ONE_CHINA = Entity("policy/one-china-policy", "One-China policy", "Policy")
# article id: (sentence, subject, relation, object, polarity, confidence); all dated 2025-05
SURE_AND_UNSURE = {
    "a": ("Russia backed the One-China policy.", RUSSIA, "supports", ONE_CHINA, "positive", 0.9),
    "b": ("India backed the One-China policy.", INDIA, "supports", ONE_CHINA, "positive", 0.4),
    "c": ("Russia criticized India.", RUSSIA, "criticizes", INDIA, "positive", 0.95),
    "d": ("India praised Russia.", INDIA, "praises", RUSSIA, "positive", 0.3),
    "e": ("Russia did not back the One-China policy.", RUSSIA, "supports", ONE_CHINA, "negative", 0.5),
}


@pytest.fixture
def confidence_store(tmp_path):
    """A store of one-claim articles, two claims at least 0.9 sure (a, c), three less sure."""
    with GraphStore(tmp_path / "store") as opened:
        for day, (aid, (text, subject, relation, obj, polarity, confidence)) in enumerate(SURE_AND_UNSURE.items()):
            date = f"2025-05-{day + 10}"
            opened.put_article(Article(aid, text, date=date, source="Wire"),
                               [Claim(aid, 0, 0, len(text), text, subject, relation, obj, date=date,
                                      polarity=polarity, confidence=confidence)])
        yield opened


@pytest.mark.parametrize("name, bindings, summary, every, sure", [
    ("supporters", {"target": "One-China policy"}, lambda r: sorted(x["supporter"] for x in r),
     ["India", "Russia"], ["Russia"]),
    ("dyad", {"a": "Russia", "b": "India"}, lambda r: [x["relation"] for x in r], ["criticizes", "praises"],
     ["criticizes"]),
    ("evidence", {"subject": "Russia", "relation": "supports", "object": "One-China policy"},
     lambda r: [x["article"] for x in r], ["a", "e"], ["a"]),
    ("top-actors", {}, lambda r: {x["actor"]: x["claims"] for x in r},
     {"Russia": "4", "One-China policy": "3", "India": "3"}, {"Russia": "2", "One-China policy": "1", "India": "1"}),
    ("balance", {}, lambda r: {(x["actor_a"], x["actor_b"]): (x["claims"], x["balance"]) for x in r},
     {("India", "One-China policy"): ("1", "3.5"), ("India", "Russia"): ("2", "1.4"),
      ("One-China policy", "Russia"): ("1", "3.5")},
     {("India", "Russia"): ("1", "-2"), ("One-China policy", "Russia"): ("1", "3.5")}),
    ("by-source", {}, lambda r: [(x["articles"], x["claims"]) for x in r], [("5", "5")], [("5", "2")]),
    ("contradictions", {}, len, 1, 0),
])
def test_query_saved_min_confidence_leaves_out_less_sure_claims(confidence_store, name, bindings, summary,
                                                                every, sure):
    assert summary(rows(confidence_store, name, **bindings)) == every
    assert summary(rows(confidence_store, name, **bindings, min_confidence="0.9")) == sure  # 0.9 itself kept
    assert summary(rows(confidence_store, name, **bindings, min_confidence=0.9)) == sure
    assert summary(rows(confidence_store, name, **bindings, min_confidence=0)) == every


def test_query_saved_min_confidence_is_no_column(confidence_store):
    from relgraph.query import run_query

    assert "min_confidence" not in run_saved(confidence_store, "top-actors", {"min_confidence": 0.5}).variables
    raw = run_query(confidence_store, saved_query("top-actors").text)  # the file as is, unbound: every claim
    assert raw.without("min_confidence") == run_saved(confidence_store, "top-actors")


def test_query_saved_cli_min_confidence(confidence_store, capsys):
    out = Path(confidence_store.path).parent
    confidence_store.close()
    assert main(["query", "--name", "supporters", "--bind", "target=One-China policy", "--bind",
                 "min_confidence=0.8", "--out", str(out), "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "target,supporter,relation,modality,claims,first,last,evidence,article"
    assert [line.split(",")[1] for line in lines[1:]] == ["Russia"]


# ------------------------------------------------------------------------------------- CLI


def test_query_saved_cli_name_and_bind(out, capsys):
    assert main(["query", "--name", "supporters", "--bind", "target=One-China policy", "--out", str(out),
                 "--format", "json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert {"target": "https://w3id.org/relgraph/id/policy/one-china-policy", "supporter": "Russia"}.items() \
        <= found[0].items()


def test_query_saved_cli_list(capsys):
    assert main(["query", "--list"]) == 0
    text = capsys.readouterr().out
    assert "supporters: Who supports X" in text
    assert "--bind target=" in text and "--bind relation=" in text


@pytest.mark.parametrize("args, code, message", [
    (["--name", "friends"], 2, "relgraph: error: unknown saved query 'friends'; choose one of: balance, "
                               "by-source, contradictions, dyad, evidence, opponents, supporters, top-actors"),
    (["--name", "dyad", "--bind", "a=Russia"], 2,
     "relgraph: error: the saved query 'dyad' needs parameter 'b' (label, alias, ISO3 code (countries), "
     "Wikidata QID or IRI of the second actor); add --bind b=VALUE"),
    (["--name", "dyad", "--bind", "a=Russia", "--bind", "b=Atlantis"], 2,
     "relgraph: error: no entity in the graph is called 'Atlantis'"),
    (["--name", "balance", "--bind", "x=1"], 2,
     "relgraph: error: the saved query 'balance' has no parameter 'x'; its parameters: min_confidence"),
    (["--name", "balance", "--bind", "min_confidence=high"], 2,
     "relgraph: error: min_confidence 'high' is not a number from 0 to 1; write e.g. --bind min_confidence=0.8"),
    (["--name", "top-actors", "--bind", "min_confidence=1.5"], 2,
     "relgraph: error: min_confidence '1.5' is not a number from 0 to 1; write e.g. --bind min_confidence=0.8"),
    (["--name", "supporters", "--bind", "target"], 2,
     "relgraph: error: --bind 'target' is not NAME=VALUE; write e.g. --bind target=\"One-China policy\""),
    ([], 2, "relgraph: error: give SPARQL text or a .rq file, or --name NAME for a saved query "
            "(--list shows them)"),
    (["SELECT ?x WHERE {"], 1, "relgraph: error: the SPARQL query does not parse"),
])
def test_query_saved_cli_errors(out, capsys, args, code, message):
    assert main(["query", *args, "--out", str(out)]) == code
    assert capsys.readouterr().err.startswith(message)


def test_query_saved_cli_inline_with_bind(out, capsys):
    text = "SELECT ?name ?iso WHERE { ?e rel:iso3 ?iso ; rdfs:label ?name ; a rel:Country }"
    assert main(["query", text, "--bind", "iso=THA", "--out", str(out), "--format", "csv"]) == 0
    assert capsys.readouterr().out == "name,iso\r\nThailand,THA\r\n"


def test_query_saved_cli_rq_file(out, capsys):
    assert main(["query", str(REPO / "queries" / "by-source.rq"), "--out", str(out), "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[1].startswith("relgraph sample corpus,15,")


def test_query_saved_file_run_directly_leaves_min_confidence_out(cli, built):
    """A saved query's .rq file run as a file shows no min_confidence column and binds the value as a number."""
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "queries" / "top-actors.rq"
    plain = cli(["query", str(path), "--out", str(built.out), "--format", "json"])
    strict = cli(["query", str(path), "--out", str(built.out), "--format", "json", "--bind", "min_confidence=0.99"])
    rows, few = json.loads(plain.out), json.loads(strict.out)
    assert rows and "min_confidence" not in rows[0]
    assert sum(r["claims"] for r in few) < sum(r["claims"] for r in rows)
