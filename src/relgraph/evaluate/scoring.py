"""Scoring predicted claims against gold articles: precision, recall and F1, per relation and per
kind of claim (events versus roles, membership and places), every miss, false positive and must-not hit.

Recall = required gold claims matched / required gold claims. Precision = M / (M + U): M distinct gold
claims (required or optional) matched, U predictions that match no gold claim.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..records import Article, Claim
from .gold import GoldArticle, GoldClaim, claim_kind, claim_matches, normalise_name

Extract = Callable[[Iterable[Article]], Iterable[tuple[Article, list[Claim]]]]


@dataclass
class Score:
    """Gold claims required and found, distinct gold claims matched, predictions matching nothing."""

    required: int = 0
    found: int = 0  # required gold claims matched
    matched: int = 0  # distinct gold claims matched (for precision)
    unmatched: int = 0  # predictions matching nothing

    @property
    def recall(self) -> float | None:
        """None when nothing was required (no recall to speak of)."""
        return self.found / self.required if self.required else None

    @property
    def precision(self) -> float | None:
        """None when nothing was predicted."""
        total = self.matched + self.unmatched
        return self.matched / total if total else None

    @property
    def f1(self) -> float:
        p, r = self.precision or 0.0, self.recall or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def defined_f1(self) -> float | None:
        """F1, or None when precision or recall is (nothing predicted, or nothing required)."""
        return None if self.precision is None or self.recall is None else self.f1

    def as_dict(self) -> dict:
        return {"precision": _round(self.precision), "recall": _round(self.recall), "f1": _round(self.defined_f1),
                "required": self.required, "found": self.found, "matched": self.matched,
                "false_positives": self.unmatched}


@dataclass(frozen=True, slots=True)
class Miss:
    article: str
    claim: GoldClaim
    sentence: str  # the first sentence naming both sides, "" when none does


@dataclass
class Report(Score):
    """Counts over every relation, per relation and per kind, and every error."""

    misses: list[Miss] = field(default_factory=list)
    false_positives: list[tuple[str, Claim]] = field(default_factory=list)
    must_not_hits: list[tuple[str, Claim, GoldClaim]] = field(default_factory=list)
    per_relation: dict[str, Score] = field(default_factory=dict)
    per_kind: dict[str, Score] = field(default_factory=dict)
    articles: int = 0
    scored: list[tuple[float, bool]] = field(default_factory=list)  # (confidence, right) per prediction

    def _tally(self, relation: str) -> tuple[Score, Score]:
        return (self.per_relation.setdefault(relation, Score()),
                self.per_kind.setdefault(claim_kind(relation), Score()))

    def as_dict(self) -> dict:
        return {
            **super().as_dict(), "articles": self.articles, "must_not_hits": len(self.must_not_hits),
            "per_kind": {k: v.as_dict() for k, v in sorted(self.per_kind.items())},
            "per_relation": {k: v.as_dict() for k, v in sorted(self.per_relation.items())},
            "misses": [{"article": m.article, "claim": m.claim.describe(), "why": m.claim.why,
                        "sentence": m.sentence} for m in self.misses],
            "false_positive_claims": [{"article": a, "claim": describe(c), "rule": c.trigger,
                                       "evidence": c.evidence} for a, c in self.false_positives],
            "must_not": [{"article": a, "claim": describe(c), "why": g.why, "evidence": c.evidence}
                         for a, c, g in self.must_not_hits],
            "calibration": calibration(self.scored),
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def describe(c: Claim) -> str:
    neg = "" if c.polarity == "positive" else " (negative)"
    mod = "" if c.modality == "asserted" else f" [{c.modality}]"
    return f"{c.subject.label} {c.relation} {c.object.label}{neg}{mod}"


def score(gold: Iterable[GoldArticle], extract: Extract) -> Report:
    """Score the claims ``extract`` gives for the gold articles."""
    gold = list(gold)
    by_id = {g.id: g for g in gold}
    report = Report()
    for article, claims in extract(g.article() for g in gold):
        score_article(by_id[article.id], claims, report)
    return report


def score_article(gold: GoldArticle, claims: list[Claim], report: Report) -> None:
    report.articles += 1
    matched: set[int] = set()
    for claim in claims:
        hits = [i for i, g in enumerate(gold.claims) if claim_matches(claim, g)]
        wrong = any(claim_matches(claim, rule) for rule in gold.must_not)
        report.scored.append((claim.confidence, bool(hits) and not wrong))
        if hits:
            matched.update(hits)
        else:
            report.unmatched += 1
            report.false_positives.append((gold.id, claim))
            for tally in report._tally(claim.relation):
                tally.unmatched += 1
        report.must_not_hits += [(gold.id, claim, rule) for rule in gold.must_not if claim_matches(claim, rule)]
    for i, g in enumerate(gold.claims):
        tallies = (report, *report._tally(g.relations[0]))
        for tally in tallies:
            tally.matched += i in matched
            tally.required += g.required
            tally.found += g.required and i in matched
        if g.required and i not in matched:
            report.misses.append(Miss(gold.id, g, evidence_for(gold, g)))


_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def evidence_for(gold: GoldArticle, claim: GoldClaim) -> str:
    """The first sentence of the article (title first) that names both sides of a gold claim, else
    the first naming its subject."""
    sentences = ([gold.title] if gold.title else []) + _SENTENCE.split(gold.text)
    named = [(s, normalise_name(s)) for s in sentences]

    def names(text: str, side: frozenset[str]) -> bool:
        return any(n and re.search(rf"\b{re.escape(n)}\b", text) for n in side)

    for sentence, norm in named:
        if names(norm, claim.subject) and names(norm, claim.object):
            return sentence.strip()
    return next((s.strip() for s, norm in named if names(norm, claim.subject)), "")


def calibration(scored: list[tuple[float, bool]], bins: int = 10) -> dict:
    """How well confidences are calibrated: per confidence bin the claims, their mean confidence and
    the share that is right; the expected calibration error (ECE, the count-weighted mean gap); and
    precision and kept share at each threshold.

    >>> calibration([(0.9, True), (0.9, False), (0.2, False)])["ece"]
    0.333
    """
    table = []
    for b in range(bins):
        low, high = b / bins, (b + 1) / bins
        inside = [(c, r) for c, r in scored if low <= c < high or (b == bins - 1 and c == 1.0)]
        if inside:
            table.append({"bin": f"{low:.1f}-{high:.1f}", "claims": len(inside),
                          "confidence": round(sum(c for c, _ in inside) / len(inside), 3),
                          "right": round(sum(r for _, r in inside) / len(inside), 3)})
    total = len(scored)
    ece = sum(row["claims"] * abs(row["confidence"] - row["right"]) for row in table) / total if total else 0.0
    curve = []
    for t in (0.5, 0.6, 0.7, 0.8, 0.9):
        kept = [r for c, r in scored if c >= t]
        curve.append({"threshold": t, "kept": len(kept),
                      "precision": round(sum(kept) / len(kept), 3) if kept else None})
    return {"bins": table, "ece": round(ece, 3), "thresholds": curve}
