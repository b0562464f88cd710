"""Agreement between two independent annotations of the same articles (claim-level F1).

Two gold claims agree when their polarity is the same, one relation of one is (a sub-relation of)
a relation of the other, and their subjects and objects share a name (either way round when either
claim is symmetric). Claims are paired one to one, in file order. The F1 of annotator B against
annotator A is the ceiling against which any extractor's score on these articles should be read.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import InputError
from ..vocab import is_a
from .gold import FACTUAL, GoldArticle, GoldClaim


@dataclass(frozen=True, slots=True)
class Agreement:
    articles: int
    claims_a: int
    claims_b: int
    paired: int
    same_modality: int  # of the paired claims, how many have the same factual / non-factual reading

    @property
    def f1(self) -> float:
        total = self.claims_a + self.claims_b
        return 2 * self.paired / total if total else 1.0

    def as_dict(self) -> dict:
        return {"articles": self.articles, "claims_a": self.claims_a, "claims_b": self.claims_b,
                "paired": self.paired, "f1": round(self.f1, 4), "same_modality": self.same_modality}


def _relations_agree(a: GoldClaim, b: GoldClaim) -> bool:
    return any(is_a(x, y) or is_a(y, x) or x == y for x in a.relations for y in b.relations)


def claims_agree(a: GoldClaim, b: GoldClaim) -> bool:
    if a.polarity != b.polarity or not _relations_agree(a, b):
        return False
    if a.subject & b.subject and a.object & b.object:
        return True
    return (a.either_direction or b.either_direction) and bool(a.subject & b.object and a.object & b.subject)


def agreement(a: list[GoldArticle], b: list[GoldArticle], *, required_only: bool = False) -> Agreement:
    """Claim-level agreement over the articles both annotations cover (``required_only``: each
    annotator's required claims only)."""
    by_id = {g.id: g for g in b}
    common = [g for g in a if g.id in by_id]
    if not common:
        raise InputError("the two gold files share no article id")
    counts = [0, 0, 0, 0]
    for gold_a in common:
        left = [c for c in gold_a.claims if c.required or not required_only]
        right = [c for c in by_id[gold_a.id].claims if c.required or not required_only]
        counts[0] += len(left)
        counts[1] += len(right)
        free = list(right)
        for claim in left:
            partner = next((c for c in free if claims_agree(claim, c)), None)
            if partner is not None:
                free.remove(partner)
                counts[2] += 1
                counts[3] += _factual(claim) == _factual(partner)
    return Agreement(len(common), *counts)


def _factual(claim: GoldClaim) -> bool:
    return claim.modality is None or claim.modality in FACTUAL
