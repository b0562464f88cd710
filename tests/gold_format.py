"""What both gold-file format tests (dev and held-out) check against: the relation vocabulary, the
phenomenon tags, the keys of an entry, and the README's sentence-counting rule."""

from __future__ import annotations

import re

from relgraph.vocab import is_a, relation_names

# DESIGN.md §4, the relation vocabulary contract (the ontology may add relations, never rename these).
RELATIONS = (
    "memberOf", "headOfStateOf", "headOfGovernmentOf", "officialOf", "locatedIn",
    "agreesWith", "meetsWith", "visits", "supports", "praises", "recognizes", "signsAgreementWith",
    "proposes", "concedesTo", "cooperatesWith", "tradesWith", "providesAidTo", "withdrawsFrom",
    "appealsTo", "criticizes", "accuses", "rejects", "opposes", "threatens", "protestsAgainst",
    "sanctions", "reducesRelationsWith", "mobilizesAgainst", "coerces", "attacks",
)
PHENOMENA = (
    "negation", "modality", "coordination", "passive", "metonymy", "roles", "reported-speech",
    "light-verb", "noun-phrase", "anaphora",
)
CLAIM_KEYS = {"subject", "relation", "object", "polarity", "either_direction", "required", "why", "tags"}
SENTENCE_END = re.compile(r"[.!?](?:\s+|$)")


def sentences(text: str) -> list[str]:
    """Split on '.', '!' or '?' followed by whitespace or the end (the README's counting rule)."""
    return [part for part in SENTENCE_END.split(text) if part.strip()]


def accepted_relations(relations: list[str]) -> set[str]:
    """Predicted relation names that a gold relation list accepts (itself plus its sub-relations)."""
    return {name for name in relation_names() if any(is_a(name, r) for r in relations)}
