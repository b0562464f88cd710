"""What the verifier knows of a claim: categorical cues as ``name=value`` keys, all from the record.

>>> from relgraph.records import Claim, Entity
>>> ru = Entity("country/RUS", "Russia", "Country", "RUS", "Q159")
>>> sorted(features(Claim("a", 0, 0, 22, "Russia praised China.", ru, "praises", ru, rule="verb")))[:4]
['ends=known|known', 'lead', 'length=short', 'modality=asserted']
"""

from __future__ import annotations

from ..records import Claim, Entity
from ..resources.sectors import STATE_SECTORS

QUOTES = ('"', "“", "”", "‘")  # not "’": it is also the apostrophe of "Turkey’s"
FIRST_PERSON = frozenset({"i", "we", "our", "us", "my"})  # a writer's or speaker's own voice
OUGHT = frozenset({"should", "must", "ought", "would", "could", "might"})


def _end(entity: Entity) -> str:
    if entity.sector in STATE_SECTORS:
        return "state-agent"
    if entity.sector:
        return "group"
    return "known" if entity.wikidata or entity.country else "as-written"


def _length(words: int) -> str:
    return "short" if words <= 15 else "medium" if words <= 30 else "long" if words <= 50 else "very-long"


def features(claim: Claim) -> set[str]:
    """The claim's features (a set of ``name=value`` keys; every feature is a 0/1 indicator)."""
    words = len(claim.evidence.split())
    found = {
        f"rule={claim.rule}", f"relation={claim.relation}", f"subject={claim.subject.type}",
        f"object={claim.object.type}", f"ends={_end(claim.subject)}|{_end(claim.object)}",
        f"modality={claim.modality}", f"polarity={claim.polarity}", f"length={_length(words)}",
        f"rule+relation={claim.rule}|{claim.relation}",
    }
    if claim.trigger:
        found.add(f"trigger={claim.trigger.lower()}")  # the word that fired: "struck" errs less than "hit"
    if claim.speaker is not None:
        found.add("speaker")
    if claim.date_source:
        found.add(f"date={claim.date_source}")  # a sentence that dates its act reports news, not background
    if any(q in claim.evidence for q in QUOTES):
        found.add("quoted")
    if claim.subject.country and claim.subject.country == claim.object.country:
        found.add("same-country")
    if claim.sentence == 0:
        found.add("lead")
    found.add(f"position={_position(claim.sentence)}")
    tokens = {w.strip(".,;:!?“”\"‘’()").lower() for w in claim.evidence.split()}
    if tokens & FIRST_PERSON:
        found.add("first-person")
    if tokens & OUGHT:
        found.add("ought")
    if claim.evidence.rstrip().endswith("?"):
        found.add("question")
    return found


def _position(sentence: int) -> str:
    if sentence < 0:
        return "headline"
    return "lead" if sentence == 0 else "early" if sentence <= 3 else "middle" if sentence <= 10 else "late"
