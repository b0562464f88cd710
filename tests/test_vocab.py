"""The relation vocabulary read from the ontology against the table of DESIGN.md §4."""

from __future__ import annotations

import pytest

from relgraph.errors import UsageError
from relgraph.records import ONTOLOGY_NS
from relgraph.vocab import STRUCTURAL, event_codes, is_a, relation, relation_names, relations

# DESIGN.md §4: relation -> (PLOVER, CAMEO, quad class); None where the table has "–".
DESIGN_TABLE: dict[str, tuple[str | None, str | None, int | None]] = {
    "memberOf": (None, None, None),
    "headOfStateOf": (None, None, None),
    "headOfGovernmentOf": (None, None, None),
    "officialOf": (None, None, None),
    "locatedIn": (None, None, None),
    "agreesWith": ("AGREE", "03", 1),
    "meetsWith": ("CONSULT", "04", 1),
    "visits": ("CONSULT", "042", 1),
    "supports": ("SUPPORT", "05", 1),
    "praises": ("SUPPORT", "051", 1),
    "recognizes": ("SUPPORT", "054", 1),
    "signsAgreementWith": ("SUPPORT", "057", 1),
    "proposes": (None, "03", 1),
    "concedesTo": ("CONCEDE", "08", 2),
    "cooperatesWith": ("COOPERATE", "06", 2),
    "tradesWith": ("COOPERATE", "061", 2),
    "providesAidTo": ("AID", "07", 2),
    "withdrawsFrom": ("RETREAT", "08", 2),
    "appealsTo": ("REQUEST", "02", 1),
    "criticizes": ("ACCUSE", "11", 3),
    "accuses": ("ACCUSE", "112", 3),
    "rejects": ("REJECT", "12", 3),
    "opposes": ("REJECT", "12", 3),
    "threatens": ("THREATEN", "13", 3),
    "protestsAgainst": ("PROTEST", "14", 4),
    "sanctions": ("SANCTION", "163", 4),
    "reducesRelationsWith": ("SANCTION", "16", 4),
    "mobilizesAgainst": ("MOBILIZE", "15", 4),
    "coerces": ("COERCE", "17", 4),
    "attacks": ("ASSAULT", "18", 4),  # the table allows 18 or 19; the ontology carries 18
}
SUB_RELATIONS = [("praises", "supports"), ("accuses", "criticizes"), ("tradesWith", "cooperatesWith"),
                 ("headOfStateOf", "officialOf"), ("headOfGovernmentOf", "officialOf")]
SYMMETRIC = {"meetsWith", "signsAgreementWith", "cooperatesWith", "tradesWith"}


def test_vocab_has_every_design_relation():
    assert set(DESIGN_TABLE) <= set(relation_names())


def test_vocab_relation_names_are_sorted_camel_case():
    names = relation_names()
    assert names == sorted(names)
    assert all(n[0].islower() and n.isalpha() for n in names)


@pytest.mark.parametrize(("name", "codes"), DESIGN_TABLE.items())
def test_vocab_design_table_annotations(name, codes):
    info = relation(name)
    assert (info.plover, info.cameo, info.quad) == codes
    assert info.iri == ONTOLOGY_NS + name
    assert info.is_event == (codes[1] is not None)


@pytest.mark.parametrize("name", STRUCTURAL)
def test_vocab_structural_relations_have_no_event_codes(name):
    info = relation(name)
    assert (info.plover, info.cameo, info.quad, info.goldstein) == (None, None, None, None)


@pytest.mark.parametrize(("name", "parent"), SUB_RELATIONS)
def test_vocab_sub_relations(name, parent):
    assert relation(name).parent == parent
    assert is_a(name, parent) and not is_a(parent, name)


@pytest.mark.parametrize("name", sorted(DESIGN_TABLE))
def test_vocab_symmetric_relations(name):
    assert relation(name).symmetric == (name in SYMMETRIC)


def _quad_of_root(cameo: str) -> int:
    root = int(cameo[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


@pytest.mark.parametrize("name", relation_names())
def test_vocab_quad_class_follows_cameo_root(name):
    info = relation(name)
    if info.cameo is None:
        assert info.quad is None
    else:
        assert info.quad == _quad_of_root(info.cameo)


@pytest.mark.parametrize("name", relation_names())
def test_vocab_event_relations_have_a_weight_in_range(name):
    info = relation(name)
    if info.is_event:
        assert info.goldstein is not None and -10 <= info.goldstein <= 10
        assert info.label and info.comment


@pytest.mark.parametrize(("name", "cameo", "expected"), [
    ("appealsTo", None, ("REQUEST", "02", 1, 3.0)),
    ("appealsTo", "10", ("REQUEST", "10", 3, -5.0)),
    ("attacks", "19", ("ASSAULT", "19", 4, -10.0)),
    ("sanctions", "163", ("SANCTION", "163", 4, -8.0)),
    ("memberOf", None, (None, None, None, None)),
])
def test_vocab_event_codes(name, cameo, expected):
    assert event_codes(name, cameo) == expected


def test_vocab_unknown_relation_error_lists_the_names():
    with pytest.raises(UsageError) as caught:
        relation("fights")
    assert str(caught.value) == f"unknown relation 'fights'; choose one of: {', '.join(relations())}"
