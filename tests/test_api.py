"""The Python API (relgraph.open, Graph) over the graph built from corpus/ and the seed article."""

from __future__ import annotations

import json

import pytest

import relgraph
from relgraph.api import DATAFRAME_COLUMNS, HtmlView, flat_claim
from relgraph.analysis.network import balance_rows, month_rows
from relgraph.errors import QueryError, StoreError, UsageError
from relgraph.records import Article, Claim, Entity
from relgraph.vocab import is_a

SEED_ID = "3744e268dac759f3"


@pytest.fixture(scope="module")
def graph(out):
    with relgraph.open(out) as opened:
        yield opened


@pytest.fixture(scope="module")
def every(graph) -> list[Claim]:
    return list(graph.claims())


def triples(claims) -> set[tuple[str, str, str]]:
    return {(c.subject.label, c.relation, c.object.label) for c in claims}


def test_api_open_is_read_only(graph):
    assert repr(graph).endswith("(read-only)>")
    with pytest.raises(StoreError, match=r"is open read-only; open it with relgraph.open\(path, writable=True\)"):
        graph.add_text("Russia praised China.")


def test_api_open_store_folder_itself(out):
    with relgraph.open(out / "store") as graph:
        assert len(graph) > 0


def test_api_open_missing(tmp_path):
    with pytest.raises(StoreError, match="no graph store at .*; run 'relgraph build' first"):
        relgraph.open(tmp_path)


def test_api_claims_are_records_in_store_order(graph, every):
    from relgraph.store.read import claims as read_claims

    assert every == list(read_claims(graph.store))


@pytest.mark.parametrize("name", ["Russia", "russia", "Russian Federation", "RUS", "rus", "Q159",
                                  "http://www.wikidata.org/entity/Q159", "https://w3id.org/relgraph/id/country/RUS"])
def test_api_actor_by_label_alias_iso3_qid_or_iri(graph, every, name):
    expected = [c for c in every if "country/RUS" in (c.subject.key, c.object.key)]
    assert expected and list(graph.claims(actor=name)) == expected


def test_api_iso3_matches_the_country_not_its_people(graph):
    assert {c.subject.key for c in graph.claims(subject="RUS")} == {"country/RUS"}


@pytest.mark.parametrize("relation", ["supports", "criticizes", "officialOf", "praises"])
def test_api_relation_includes_sub_relations(graph, every, relation):
    expected = [c for c in every if is_a(c.relation, relation)]
    assert list(graph.claims(relation=relation)) == expected


def test_api_supports_includes_praises(graph):
    assert ("Nikol Pashinyan", "praises", "Donald Trump") in triples(graph.claims(relation="supports"))


@pytest.mark.parametrize("filters", [
    {"polarity": "positive"}, {"polarity": "negative"}, {"modality": "reported"}, {"modality": "intended"},
    {"since": "2025-08-01"}, {"until": "2025-08-08"}, {"since": "2025-07-29", "until": "2025-08-08"},
])
def test_api_filters_equal_python_filtering(graph, every, filters):
    from relgraph.daterange import DateRange

    dates = DateRange.parse(filters.get("since"), filters.get("until"))

    def keep(c: Claim) -> bool:  # a month- or year-precise date counts only when all of it is in range
        return (c.polarity == filters.get("polarity", c.polarity)
                and c.modality == filters.get("modality", c.modality)
                and (not dates or dates.contains(c.date)))

    assert list(graph.claims(**filters)) == [c for c in every if keep(c)]


@pytest.mark.parametrize("filters, message", [
    ({"relation": "fights"}, "unknown relation 'fights'; choose one of: accuses, "),
    ({"polarity": "maybe"}, "unknown polarity 'maybe'; choose one of: negative, positive"),
    ({"modality": "rumoured"}, "unknown modality 'rumoured'; choose one of: asserted, intended, possible, reported"),
    ({"since": "2025-13-01"}, "since '2025-13-01' is not a date; use YYYY-MM-DD"),
])
def test_api_bad_filters(graph, filters, message):
    with pytest.raises(UsageError) as error:
        graph.claims(**filters)
    assert str(error.value).startswith(message)


HOSTILE = [
    'Russia" } ; DROP ALL ; { "',
    "Russia' || true || '",
    '") || true || ("',
    "} UNION { ?e ?p ?label } #",
    "Russia\n} ; CLEAR ALL",
    "\\\" . } DROP ALL {",
    "<https://w3id.org/relgraph/id/country/RUS>",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_api_sparql_bindings_cannot_change_the_query(graph, value):
    size = len(graph)
    query = "SELECT ?label ?q WHERE { ?e rdfs:label ?label FILTER(STR(?label) = ?q) }"
    assert graph.sparql(query, q="Russia").rows == (("Russia", "Russia"),)
    assert graph.sparql(query, q=value).rows == graph.sparql(query, q="harmless").rows == ()
    with pytest.raises(UsageError, match=r"^no entity in the graph is called "):
        graph.claims(actor=value)
    assert len(graph) == size


@pytest.mark.parametrize("value", HOSTILE)
def test_api_hostile_values_leave_a_writable_store_unchanged(tmp_path, value):
    with relgraph.Graph.in_memory() as graph:
        ru = Entity("country/RUS", "Russia", "Country", "RUS")
        graph.add_claims(Article("a", "Russia."), [Claim("a", 0, 0, 7, "Russia.", ru, "supports", ru)])
        before = set(graph.store.quads())
        graph.sparql("SELECT ?label ?q WHERE { ?e rdfs:label ?label FILTER(?label = ?q) }", q=value)
        with pytest.raises(UsageError):
            graph.claims(actor=value, relation="supports")
        assert set(graph.store.quads()) == before


@pytest.mark.parametrize("call, message", [
    (lambda g: g.claims(actor="Rusia"), "no entity in the graph is called 'Rusia'; the closest names in the graph: Russia"),
    (lambda g: g.claims(subject="Thailnd", relation="attacks"),
     "no entity in the graph is called 'Thailnd'; the closest names in the graph: Thailand"),
    (lambda g: g.timeline("Thailand", "Cambodja"),
     "no entity in the graph is called 'Cambodja'; the closest names in the graph: Cambodia"),
    (lambda g: g.evidence("Russia", "supports", "One-China polcy"),
     "no entity in the graph is called 'One-China polcy'; the closest names in the graph: One-China policy"),
    (lambda g: g.dataframe(actor="Narnia"),
     "no entity in the graph is called 'Narnia'; give a label, alias, ISO3 code, Wikidata QID or IRI of an "
     "entity in the graph"),
])
def test_api_unknown_actor_names_the_closest(graph, call, message):
    with pytest.raises(UsageError) as error:
        call(graph)
    assert str(error.value) == message


@pytest.mark.parametrize("capital, state", [("Moscow", "Russia"), ("moscow", "Russia"), ("the Kremlin", "Russia"),
                                            ("Phnom Penh", "Cambodia"), ("Bangkok", "Thailand")])
def test_api_capital_finds_its_state(graph, capital, state):
    assert [n.value for n in graph.resolve(capital)] == [n.value for n in graph.resolve(state)]
    found = list(graph.claims(actor=capital))
    assert found and found == list(graph.claims(actor=state))


def test_api_sparql_hostile_iri_is_refused(graph):
    from rdflib import URIRef

    with pytest.raises(UsageError, match="is not a valid IRI"):
        graph.sparql("SELECT ?e WHERE { ?e a ?t }", e=URIRef("https://x.org/a> } DROP ALL { <b"))


def test_api_sparql_refuses_updates(graph):
    with pytest.raises(QueryError, match="^the SPARQL query does not parse"):
        graph.sparql("DROP ALL")


def test_api_sparql_binding_must_be_selected(graph):
    with pytest.raises(QueryError) as error:
        graph.sparql("SELECT ?e WHERE { ?e rdfs:label ?q }", q="Russia")
    assert str(error.value) == ("cannot bind 'q': the query does not select ?q; add ?q to its SELECT clause "
                                "(bindings fill selected variables)")


def test_api_sparql_typed_bindings(graph, every):
    query = "SELECT ?c ?n WHERE { ?c rel:sentence ?n }"
    assert len(graph.sparql(query, n=3)) == sum(1 for c in every if c.sentence == 3) > 0
    assert len(graph.sparql(query, n="3")) == 0  # a string is not the integer 3


def test_api_dataframe_equals_the_claims_jsonl(graph, out):
    frame = graph.dataframe()
    assert list(frame.columns) == list(DATAFRAME_COLUMNS)
    records = frame.astype(object).where(frame.notna(), None).to_dict("records")
    lines = [flat_claim(json.loads(line)) for line in (out / "claims.jsonl").read_text().splitlines()]
    assert records == lines


def test_api_dataframe_filters(graph):
    frame = graph.dataframe(actor="Thailand", relation="criticizes")
    assert len(frame) >= 2 and set(frame["relation"]) == {"accuses"}
    assert (frame["goldstein"] == -2.0).all()


def test_api_evidence(graph):
    found = graph.evidence("North Korea", "providesAidTo", "Russia")
    assert any(c.evidence.startswith("North Korea has supplied Russia with millions of artillery shells")
               for c in found)
    assert all((c.subject.label, c.object.label) == ("North Korea", "Russia") for c in found)
    assert graph.evidence("Russia", "providesAidTo", "North Korea") == []


def test_api_evidence_of_the_seed(graph):
    found = graph.evidence("Russia", "supports", "One-China policy")
    assert [(c.article, c.polarity) for c in found] == [(SEED_ID, "positive")]
    assert found[0].evidence.startswith("Russia reaffirmed its adherence to the One-China policy")


def test_api_to_networkx(graph, every):
    net = graph.to_networkx()
    assert sum(d["count"] for _, _, d in net.edges(data=True)) == len(every)
    edge = net.edges["country/THA", "country/KHM", "attacks|positive|asserted"]
    assert (edge["relation"], edge["polarity"], edge["quad"], edge["weight"], edge["count"]) == (
        "attacks", "positive", 4, -9.0, 1)
    assert set(graph.to_networkx(actor="Armenia").nodes) < set(net.nodes)


def test_api_timeline(graph, every):
    frame = graph.timeline("Thailand", "Cambodia")
    pair = [c for c in every if {c.subject.key, c.object.key} == {"country/THA", "country/KHM"}]
    assert frame.to_dict("records") == month_rows(pair)
    july = frame.set_index("month").loc["2025-07"]
    assert july["conflict"] >= 3 and july["goldstein"] < 0


def test_api_balance_is_the_saved_query_summed_by_month(graph):
    from collections import defaultdict

    from relgraph.query import run_saved

    sums: dict[str, list] = defaultdict(lambda: [0, 0, 0, 0.0])
    for row in run_saved(graph.store, "balance").records():
        for i, column in enumerate(("claims", "cooperation", "conflict", "balance")):
            sums[row["month"]][i] += float(row[column])
    frame = graph.balance()
    assert list(frame.columns) == ["month", "claims", "cooperation", "conflict", "balance"]
    assert {r["month"]: [r["claims"], r["cooperation"], r["conflict"], pytest.approx(r["balance"])]
            for r in frame.to_dict("records")} == sums
    assert list(frame["month"]) == sorted(sums, key=lambda m: (m == "undated", m))


def test_api_balance_of_one_actor_with_filters(graph, every):
    frame = graph.balance("Thailand", since="2025-07-01", until="2025-07-31", min_confidence=0.5)
    mine = [c for c in every if "country/THA" in (c.subject.key, c.object.key) and c.confidence >= 0.5
            and (c.date or "").startswith("2025-07")]
    assert frame.to_dict("records") == balance_rows(mine)
    assert frame.title == "cooperation and conflict of Thailand" and frame.loc[0, "conflict"] >= 3


def _page_data(view: HtmlView) -> dict:
    import re

    return json.loads(re.search(r'id="graph-data">(.*?)</script>', view.page, re.S).group(1))


@pytest.mark.parametrize("focus", ["Russia", "russia", "RUS", "Q159", "http://www.wikidata.org/entity/Q159",
                                   "Russian Federation", "Moscow", "https://w3id.org/relgraph/id/country/RUS"])
def test_api_html_focus_takes_any_actor_name(graph, focus):
    data = _page_data(graph.html(focus=focus))
    assert data["focus"] == "https://w3id.org/relgraph/id/country/RUS"
    assert {n["label"] for n in data["nodes"]} == {n["label"] for n in _page_data(graph.html(focus="Russia"))["nodes"]}


def test_api_html_focus_misspelt_names_the_closest(graph):
    with pytest.raises(UsageError) as error:
        graph.html(focus="Rusia")
    assert str(error.value) == "unknown actor 'Rusia' for --focus; try one of: Russia"


def test_api_html_for_jupyter(graph, tmp_path):
    view = graph.html(title="Seed and friends")
    assert isinstance(view, HtmlView)
    frame = view._repr_html_()
    assert frame.startswith('<iframe srcdoc="&lt;!DOCTYPE html&gt;')
    assert "<script" not in frame and "Seed and friends" in frame
    assert view.save(tmp_path / "g.html").read_text(encoding="utf-8") == view.page


def test_api_in_memory_add_text_then_query():
    with relgraph.Graph.in_memory() as graph:
        found = graph.add_text("Russia praised China.", id="t1", date="2025-05-08", title="A test")
        assert triples(found) == {("Russia", "praises", "China")}
        assert triples(graph.claims(actor="CHN", relation="supports")) == {("Russia", "praises", "China")}
        assert graph.articles()["t1"]["title"] == "A test"


def test_api_writable_open_adds_articles(tmp_path):
    with relgraph.open(tmp_path, writable=True) as graph:
        added = graph.add_articles([Article("x", "Thailand accused Cambodia.", date="2025-07-24")])
        assert added == 1
    with relgraph.open(tmp_path) as graph:
        assert triples(graph.claims()) == {("Thailand", "accuses", "Cambodia")}


def test_api_close_twice_is_harmless(out):
    graph = relgraph.open(out)
    graph.close()
    graph.close()


@pytest.mark.parametrize(("sparql", "message"), [
    ("SELECT ?x WHERE { ?x ?p }", "line 1, column 25, near '}'"),
    ("SELECT ?x\nWHERE { ?x ?p ?o . FILTER( }", "line 2, column 28, near '}'"),
    ("SELECT ?x WHERE { ?x ?p ?o . ?x foo:bar ?y }", "line 1, column 33, near 'foo:bar'"),
])
def test_api_sparql_parse_error_names_line_column_and_token(graph, sparql, message):
    with pytest.raises(QueryError) as error:
        graph.sparql(sparql)
    assert str(error.value) == f"the SPARQL query does not parse: {message}"


@pytest.mark.parametrize("prefix", ["rdf", "rdfs", "xsd", "owl", "prov", "dcterms", "schema", "rel"])
def test_api_sparql_standard_prefixes_are_declared(graph, prefix):
    graph.sparql(f"ASK {{ ?s {prefix}:anything ?o }}")  # an undeclared prefix would not parse


def test_api_fold_counts_a_states_agents_and_office_holders_as_the_state(tmp_path):
    """Folding is a view: the stored claim keeps the Russian military, the folded one reads Russia."""
    from relgraph.records import Entity

    rus = Entity("country/RUS", "Russia", "Country", "RUS")
    ukr = Entity("country/UKR", "Ukraine", "Country", "UKR")
    army = Entity("actor/RUS/military", "Russian military", "Group", "RUS", sector="military")
    putin = Entity("person/vladimir-putin", "Vladimir Putin", "Person", "RUS")
    text = "Russian forces attacked Ukraine. Putin heads Russia. Putin praised Russia."
    graph = relgraph.Graph.in_memory()
    graph.add_claims(Article("a", text), [
        Claim("a", 0, 0, 31, text[:31], army, "attacks", ukr),
        Claim("a", 1, 32, 51, text[32:51], putin, "headOfStateOf", rus),
        Claim("a", 2, 52, 74, text[52:74], rus, "supports", ukr)])
    assert [c.subject.label for c in graph.claims(relation="attacks")] == ["Russian military"]
    folded = [(c.subject.label, c.relation, c.object.label) for c in graph.claims(actor="Russia", fold=True)]
    assert folded == [("Russia", "attacks", "Ukraine"), ("Russia", "supports", "Ukraine")]  # no "Russia heads Russia"


@pytest.mark.parametrize("threshold", [0.0, 0.7, 0.95])
def test_api_min_confidence_keeps_the_claims_at_least_that_sure(graph, every, threshold):
    assert list(graph.claims(min_confidence=threshold)) == [c for c in every if c.confidence >= threshold]


@pytest.mark.parametrize("bad", [1.5, -0.1, "high", True])
def test_api_min_confidence_out_of_range_is_a_usage_error(graph, bad):
    with pytest.raises(UsageError, match="min_confidence .* is not a number from 0 to 1"):
        graph.claims(min_confidence=bad)
