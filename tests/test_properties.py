"""Property tests: any text as an article id, title, entity label or evidence survives the store and every export.

Strings are drawn from all of Unicode except surrogates (they cannot be encoded as UTF-8), with extra weight
on the characters that break naive serialisers: quotes, backslashes, ``<>&``, newlines, NUL and other controls,
SPARQL and Turtle punctuation. Each property checks a round trip against the original records, so a bug in
escaping, IRI minting or parsing shows up as a difference, not as a crash somewhere later.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rdflib.compare import isomorphic

from relgraph.export import export
from relgraph.extract.headline import HEADLINE
from relgraph.export.rdf import generate_rdf
from relgraph.export.records import claim_dict
from relgraph.export.tabular import EVENT_COLUMNS, generate_csv, generate_jsonl
from relgraph.records import ENTITY_TYPES, Article, Claim, Entity
from relgraph.schemas import claims_validator
from relgraph.store import GraphStore
from relgraph.store.mapping import article_iri, graph_iri
from relgraph.store.read import articles, claims
from relgraph.store.read import entities as entities_of

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Characters that escape-less code gets wrong, weighted up next to the whole of Unicode.
VALIDATOR = claims_validator()
NASTY = "\"'\\<>&\n\r\t\x00\x01\x0b\x1b\x1f\x7f\u0085\u2028\u2029\ufeff{}[]();#%?/@^`|~ \u00e9\U0001f1f7"
TEXT = st.one_of(
    st.text(st.characters(exclude_categories=("Cs",)), max_size=30),
    st.text(st.sampled_from(NASTY), max_size=30),
    st.sampled_from(['"""', "\\", '\\"""\\', '"} ; DROP ALL ; {', "<script>alert(1)</script>", "'''", "]]>",
                     "@prefix x: <y> .", "\u0000", "%2F..%2F", "a\r\nb"]),
)
NONEMPTY = TEXT.filter(bool)
DATES = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()))
RELATIONS = st.sampled_from(["praises", "sanctions", "meetsWith", "memberOf", "criticizes", "appealsTo"])


def _no_final_dot(text: str) -> bool:
    return not text.endswith(".")


@st.composite
def entities(draw) -> Entity:
    label = draw(NONEMPTY)
    aliases = draw(st.lists(NONEMPTY, max_size=3, unique=True))
    return Entity(
        # Keys are slugs in practice; any text but a final "." (which Entity.iri leaves bare, and rdflib
        # cannot parse back from Turtle as an escaped "\." at the end of a prefixed name).
        key=f"{draw(st.sampled_from(['country', 'person', 'group']))}/{draw(NONEMPTY.filter(_no_final_dot))}",
        label=label,
        type=draw(st.sampled_from(ENTITY_TYPES)),
        country=draw(st.one_of(st.none(), st.sampled_from(["RUS", "CHN", "USA"]))),
        wikidata=draw(st.one_of(st.none(), st.sampled_from(["Q159", "Q148"]))),
        aliases=tuple(sorted(a for a in aliases if a != label)),
    )


@st.composite
def articles_with_claims(draw) -> tuple[Article, list[Claim]]:
    """An article whose text holds each claim's evidence at the claim's offsets."""
    article_id = draw(NONEMPTY)
    date = draw(DATES)
    text, found = draw(TEXT), []
    for _ in range(draw(st.integers(1, 3))):
        evidence = draw(NONEMPTY)
        text += draw(TEXT)
        start = len(text)
        text += evidence
        found.append(Claim(
            article=article_id, sentence=len(found), start=start, end=len(text), evidence=evidence,
            subject=draw(entities()), relation=draw(RELATIONS), object=draw(entities()),
            polarity=draw(st.sampled_from(["positive", "negative"])),
            modality=draw(st.sampled_from(["asserted", "intended", "reported", "possible"])),
            confidence=draw(st.sampled_from([0.5, 0.75, 0.9, 1.0])), date=date,
            speaker=draw(st.one_of(st.none(), entities())),
            qualifier=draw(st.one_of(st.none(), NONEMPTY)), trigger=draw(st.one_of(st.none(), NONEMPTY)),
        ))
    article = Article(id=article_id, text=text, title=draw(st.one_of(st.none(), TEXT)), date=date,
                      url=draw(st.one_of(st.none(), TEXT)), source=draw(st.one_of(st.none(), TEXT)))
    return article, _distinct_entities(found)


def _distinct_entities(found: list[Claim]) -> list[Claim]:
    """One description per entity key (the store keeps every label it is given for an IRI)."""
    first: dict[str, Entity] = {}
    fixed = []
    for claim in found:
        ends = {}
        for role in ("subject", "object", "speaker"):
            e = getattr(claim, role)
            ends[role] = None if e is None else first.setdefault(e.key, e)
        fixed.append(Claim(**{**{f: getattr(claim, f) for f in Claim.__dataclass_fields__}, **ends}))
    return sorted(fixed, key=lambda c: c.start)


def _stored(article: Article, found: list[Claim]) -> GraphStore:
    store = GraphStore()
    store.put_article(article, found)
    return store


def _rdflib_term(term):
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        if term.datatype.value == XSD_STRING:  # rdflib keeps simple literals without a datatype
            return rdflib.Literal(term.value)
        return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))
    raise AssertionError(f"unexpected term {term!r}")


def _expected_quads(store: GraphStore) -> set[tuple]:
    return {tuple(_rdflib_term(t) for t in (q.subject, q.predicate, q.object, q.graph_name)) for q in store.quads()}


def _parsed_quads(data: bytes, fmt: str) -> set[tuple]:
    ds = rdflib.Dataset()
    ds.parse(data=data.decode("utf-8"), format=fmt)
    return {(s, p, o, g) for s, p, o, g in ds.quads((None, None, None, None))}


def _graph(triples) -> rdflib.Graph:
    g = rdflib.Graph()
    for t in triples:
        g.add(t)
    return g


# ---------------------------------------------------------------------------------------------- the store


@SETTINGS
@given(articles_with_claims())
@example((Article(id='"} ; DROP ALL ; {', text='x """ \\ y', title="<script>alert(1)</script>"),
          [Claim('"} ; DROP ALL ; {', 0, 2, 8, '""" \\ ', Entity("country/a b", "A\\", "Country"), "praises",
                 Entity("group/<x>", '"""', "Group"))]))
def test_properties_article_and_claims_round_trip_through_the_store(case) -> None:
    article, found = case
    store = _stored(article, found)
    assert store.article_ids() == [article.id]
    assert store.is_current(article)
    assert articles(store) == {article.id: {"title": article.title or None, "date": article.date,
                                            "url": article.url or None, "source": article.source or None}}
    assert sorted(claims(store), key=lambda c: c.start) == found
    for claim in found:
        source = article.title if claim.sentence == HEADLINE else article.text  # a headline claim indexes the title
        assert source[claim.start:claim.end] == claim.evidence


@pytest.mark.parametrize("article_id", ["entities", ".", "..", "v1.", "a/b", "%65ntities"])
def test_properties_odd_article_ids_keep_their_own_graph(article_id: str) -> None:
    russia = Entity("country/RUS", "Russia", "Country", "RUS", "Q159")
    store = GraphStore()
    store.put_article(Article(id="other", text="x"), [Claim("other", 0, 0, 1, "x", russia, "praises", russia)])
    article = Article(id=article_id, text="Russia.")
    store.put_article(article, [Claim(article_id, 0, 0, 7, "Russia.", russia, "praises", russia)])
    store.put_article(article, [])  # replacing its graph leaves the other graphs alone
    assert store.article_ids() == sorted(["other", article_id])
    assert [c.article for c in claims(store)] == ["other"]
    assert [e.label for e in entities_of(store).values()] == ["Russia"]
    rdflib.Dataset().parse(data=generate_rdf(store, "trig").decode("utf-8"), format="trig")


@SETTINGS
@given(articles_with_claims())
def test_properties_replacing_an_article_leaves_only_its_new_claims(case) -> None:
    article, found = case
    store = _stored(article, found)
    store.put_article(article, found[:1])
    assert list(claims(store)) == found[:1]
    store.remove_article(article.id)
    assert store.article_ids() == [] and list(claims(store)) == []


# ---------------------------------------------------------------------------------------------- RDF exports


@SETTINGS
@given(articles_with_claims())
def test_properties_rdf_exports_parse_back_isomorphic(case) -> None:
    store = _stored(*case)
    expected = _expected_quads(store)
    for fmt, rdflib_format in (("nq", "nquads"), ("trig", "trig"), ("jsonld", "json-ld")):
        assert _parsed_quads(generate_rdf(store, fmt), rdflib_format) == expected, fmt
    turtle = rdflib.Graph().parse(data=generate_rdf(store, "ttl").decode("utf-8"), format="turtle")
    assert isomorphic(turtle, _graph((s, p, o) for s, p, o, _ in expected))


@SETTINGS
@given(st.lists(NONEMPTY, min_size=1, max_size=5))
def test_properties_minted_iris_are_always_valid(names) -> None:
    for name in names:
        entity = Entity(key=f"person/{name}", label=name, type="Person")
        for iri in (article_iri(name).value, graph_iri(name).value, entity.iri):
            assert ox.NamedNode(iri).value == iri
            assert iri.isascii() and not any(c in iri for c in ' <>"{}|\\^`')
            line = f"<{iri}> <{iri}> <{iri}> <{iri}> .\n"
            parsed = rdflib.Dataset().parse(data=line, format="nquads")
            assert {str(s) for s, _, _, _ in parsed.quads((None, None, None, None))} == {iri}


# ---------------------------------------------------------------------------------------------- tabular exports


@SETTINGS
@given(articles_with_claims())
def test_properties_claims_jsonl_parses_equals_claim_dict_and_matches_the_schema(case) -> None:
    article, found = case
    store = _stored(article, found)
    lines = list(generate_jsonl(claims(store)))
    assert len(lines) == len(found)
    for line, claim in zip(lines, sorted(found, key=lambda c: (c.start, c.relation)), strict=True):
        assert line.endswith("\n") and "\n" not in line[:-1]
        record = json.loads(line)
        assert record == claim_dict(claim)
        assert [e.message for e in VALIDATOR.iter_errors(record)] == []


@SETTINGS
@given(articles_with_claims())
def test_properties_events_csv_parses_back_with_the_same_evidence(case) -> None:
    article, found = case
    store = _stored(article, found)
    rows = list(csv.DictReader(io.StringIO(generate_csv(claims(store), articles(store)), newline="")))
    events = [c for c in sorted(found, key=lambda c: (c.start, c.relation)) if c.relation != "memberOf"]
    assert [r["evidence"] for r in rows] == [c.evidence for c in events]
    assert all(list(r) == list(EVENT_COLUMNS) for r in rows)
    for row, claim in zip(rows, events, strict=True):
        assert (row["article"], row["source_actor"], row["target_actor"]) == (
            claim.article, claim.subject.label, claim.object.label)
        assert row["article_title"] == (article.title or "")


# ---------------------------------------------------------------------------------------------- files on disk


@pytest.mark.parametrize(("fmt", "rdflib_format"), [("ttl", "turtle"), ("trig", "trig"), ("nq", "nquads"),
                                                     ("jsonld", "json-ld")])
def test_properties_exported_files_parse_back_isomorphic(tmp_path: Path, fmt: str, rdflib_format: str) -> None:
    article = Article(id='x"} ; DROP ALL ; {', text='He said """ \\ and <script>x</script>.', title="T\\\"")
    ev = article.text
    claim = Claim(article.id, 0, 0, len(ev), ev, Entity("country/RUS", "Russia", "Country", "RUS", "Q159"),
                  "praises", Entity("group/<b>", "<b>&amp;", "Group"))
    store = _stored(article, [claim])
    path = export(store, fmt, tmp_path / f"out.{fmt}")
    data = path.read_bytes()
    expected = _expected_quads(store)
    if fmt == "ttl":
        parsed = rdflib.Graph().parse(data=data.decode("utf-8"), format=rdflib_format)
        assert isomorphic(parsed, _graph((s, p, o) for s, p, o, _ in expected))
    else:
        assert _parsed_quads(data, rdflib_format) == expected
