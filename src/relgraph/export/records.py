"""Claims as the JSON objects of the claims-JSONL contract (DESIGN.md §6)."""

from __future__ import annotations

from ..version import EXTRACTOR
from ..records import Claim, Entity
from ..vocab import event_codes


def entity_dict(entity: Entity) -> dict:
    """An entity in the contract's key order; a sub-state actor adds its ``sector``."""
    out = {"iri": entity.iri, "label": entity.label, "type": entity.type,
           "country": entity.country, "wikidata": entity.wikidata}
    if entity.sector:
        out["sector"] = entity.sector
    return out


def claim_dict(claim: Claim) -> dict:
    """One claim in the contract's key order; ``speaker`` and ``qualifier`` follow when present.

    >>> from relgraph.records import Claim, Entity
    >>> ru = Entity("country/RUS", "Russia", "Country", "RUS", "Q159")
    >>> d = claim_dict(Claim("a", 0, 0, 5, "x", ru, "sanctions", ru))
    >>> d["plover"], d["cameo"], d["quad"], d["goldstein"]
    ('SANCTION', '163', 4, -8.0)
    """
    plover, cameo, quad, goldstein = event_codes(claim.relation, claim.cameo)
    out = {
        "article": claim.article,
        "sentence": claim.sentence,
        "start": claim.start,
        "end": claim.end,
        "evidence": claim.evidence,
        "subject": entity_dict(claim.subject),
        "relation": claim.relation,
        "object": entity_dict(claim.object),
        "polarity": claim.polarity,
        "modality": claim.modality,
        "confidence": round(claim.confidence, 2),
        "plover": plover,
        "cameo": cameo,
        "quad": quad,
        "goldstein": goldstein,
        "date": claim.date,
        "date_source": claim.date_source,
        "extractor": EXTRACTOR,
        "rule": claim.rule,
    }
    if claim.speaker is not None:
        out["speaker"] = entity_dict(claim.speaker)
    if claim.qualifier:
        out["qualifier"] = claim.qualifier
    return out
