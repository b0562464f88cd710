"""Scoring extraction against a gold file (``relgraph-gold/1``, see shared/eval/README.md).

>>> normalise_name("The People's Republic of China's")
'people republic of china'
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .records import Article, Claim, Entity
from .vocab import is_a

GOLD_FORMAT = "relgraph-gold/1"


def normalise_name(name: str) -> str:
    """Case-fold, drop punctuation, "the" and possessive "'s"."""
    text = unicodedata.normalize("NFKC", name).casefold().replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(w for w in text.split() if w != "the")


@dataclass(frozen=True, slots=True)
class GoldClaim:
    subject: frozenset[str]
    relations: tuple[str, ...]
    object: frozenset[str]
    polarity: str = "positive"
    either_direction: bool = False
    required: bool = True
    why: str = ""
    shown: tuple[str, str] = ("", "")  # the first subject and object names as the gold file writes them

    def describe(self) -> str:
        neg = "" if self.polarity == "positive" else " (negative)"
        return f"{self.shown[0]} {'|'.join(self.relations)} {self.shown[1]}{neg}"


@dataclass(frozen=True, slots=True)
class GoldArticle:
    id: str
    text: str
    claims: tuple[GoldClaim, ...]
    must_not: tuple[GoldClaim, ...]


def entity_matches(entity: Entity, names: frozenset[str]) -> bool:
    keys = {normalise_name(entity.label)}
    if entity.wikidata:
        keys.add(entity.wikidata.casefold())
    if entity.type == "Country" and entity.country:
        keys.add(entity.country.casefold())
    return bool(keys & names)


def claim_matches(claim: Claim, gold: GoldClaim) -> bool:
    if claim.polarity != gold.polarity:
        return False
    if not any(is_a(claim.relation, r) for r in gold.relations):
        return False
    if entity_matches(claim.subject, gold.subject) and entity_matches(claim.object, gold.object):
        return True
    return gold.either_direction and entity_matches(claim.subject, gold.object) and \
        entity_matches(claim.object, gold.subject)


def load_gold(path: str | Path) -> list[GoldArticle]:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"no gold file at '{path}'; give a relgraph-gold/1 JSON file") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"gold file '{path}' is not valid JSON: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != GOLD_FORMAT:
        raise InputError(f"gold file '{path}' lacks \"format\": \"{GOLD_FORMAT}\"")
    articles = []
    for n, raw in enumerate(data.get("articles", [])):
        where = f"{path}: article {n}"
        if "text" in raw:
            text = raw["text"]
        elif "file" in raw:
            source = (path.parent / raw["file"]).resolve()
            try:
                text = source.read_text(encoding="utf-8")
            except OSError:
                raise InputError(f"{where}: cannot read its file '{source}'") from None
        else:
            raise InputError(f"{where}: needs \"text\" or \"file\"")
        articles.append(GoldArticle(
            id=str(raw.get("id", n)), text=text,
            claims=tuple(_gold_claim(c, where) for c in raw.get("claims", [])),
            must_not=tuple(_gold_claim(c, where) for c in raw.get("must_not", [])),
        ))
    return articles


def _gold_claim(raw: dict, where: str) -> GoldClaim:
    try:
        # A relation name outside the vocabulary is kept: it simply never matches a prediction.
        relations = tuple(raw["relation"])
        return GoldClaim(
            subject=frozenset(normalise_name(n) for n in raw["subject"]),
            relations=relations,
            object=frozenset(normalise_name(n) for n in raw["object"]),
            polarity=raw.get("polarity", "positive"),
            either_direction=bool(raw.get("either_direction", False)),
            required=bool(raw.get("required", True)),
            why=raw.get("why", ""),
            shown=(raw["subject"][0] if raw["subject"] else "", raw["object"][0] if raw["object"] else ""),
        )
    except (KeyError, TypeError) as exc:
        raise InputError(f"{where}: a gold claim lacks {exc}") from None


@dataclass
class RelationScore:
    """Gold claims required and found, distinct gold claims matched, predictions matching nothing."""

    required: int = 0
    found: int = 0  # required gold claims matched
    matched: int = 0  # distinct gold claims matched (for precision)
    unmatched: int = 0  # predictions matching nothing

    @property
    def recall(self) -> float:
        return self.found / self.required if self.required else 1.0

    @property
    def precision(self) -> float:
        total = self.matched + self.unmatched
        return self.matched / total if total else 1.0


@dataclass
class Report(RelationScore):
    """Counts over every relation, per relation, and every miss, false positive and must-not hit."""

    misses: list[tuple[str, GoldClaim]] = field(default_factory=list)
    false_positives: list[tuple[str, Claim]] = field(default_factory=list)
    must_not_hits: list[tuple[str, Claim, GoldClaim]] = field(default_factory=list)
    per_relation: dict[str, RelationScore] = field(default_factory=dict)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {
            "precision": round(self.precision, 4), "recall": round(self.recall, 4),
            "f1": round(self.f1, 4), "required": self.required, "found": self.found,
            "matched": self.matched, "false_positives": self.unmatched,
            "must_not_hits": len(self.must_not_hits),
            "per_relation": {k: {"precision": round(v.precision, 4), "recall": round(v.recall, 4),
                                 "required": v.required, "found": v.found,
                                 "false_positives": v.unmatched}
                             for k, v in sorted(self.per_relation.items())},
            "misses": [{"article": a, "claim": g.describe(), "why": g.why} for a, g in self.misses],
            "false_positive_claims": [{"article": a, "claim": _describe(c), "evidence": c.evidence}
                                      for a, c in self.false_positives],
            "must_not": [{"article": a, "claim": _describe(c), "rule": g.why}
                         for a, c, g in self.must_not_hits],
        }


def _describe(c: Claim) -> str:
    neg = "" if c.polarity == "positive" else " (negative)"
    return f"{c.subject.label} {c.relation} {c.object.label}{neg}"


def score(gold: Iterable[GoldArticle], extract: Callable[[Iterable[Article]], Iterable[tuple[Article, list[Claim]]]]) -> Report:
    """Score the claims ``extract`` gives for the gold articles."""
    gold = list(gold)
    by_id = {g.id: g for g in gold}
    report = Report()
    articles = [Article(id=g.id, text=g.text) for g in gold]
    for article, claims in extract(articles):
        _score_article(by_id[article.id], claims, report)
    return report


def _score_article(gold: GoldArticle, claims: list[Claim], report: Report) -> None:
    matched: set[int] = set()
    for claim in claims:
        hits = [i for i, g in enumerate(gold.claims) if claim_matches(claim, g)]
        if hits:
            matched.update(hits)
        else:
            report.unmatched += 1
            report.false_positives.append((gold.id, claim))
            report.per_relation.setdefault(claim.relation, RelationScore()).unmatched += 1
        for rule in gold.must_not:
            if claim_matches(claim, rule):
                report.must_not_hits.append((gold.id, claim, rule))
    for i, g in enumerate(gold.claims):
        rel = g.relations[0]
        score_ = report.per_relation.setdefault(rel, RelationScore())
        if i in matched:
            report.matched += 1
            score_.matched += 1
        if g.required:
            report.required += 1
            score_.required += 1
            if i in matched:
                report.found += 1
                score_.found += 1
            else:
                report.misses.append((gold.id, g))


def format_report(report: Report) -> str:
    """The report as text: totals, a table per relation, then every miss, false positive and
    must-not hit."""
    lines = [f"precision {report.precision:.3f}  recall {report.recall:.3f}  F1 {report.f1:.3f}  "
             f"(required {report.required}, found {report.found}, false positives {report.unmatched}, "
             f"must-not hits {len(report.must_not_hits)})", "",
             f"{'relation':22} {'P':>6} {'R':>6} {'req':>5} {'fp':>4}"]
    for name, s in sorted(report.per_relation.items()):
        lines.append(f"{name:22} {s.precision:6.2f} {s.recall:6.2f} {s.required:5d} {s.unmatched:4d}")
    if report.misses:
        lines += ["", f"misses ({len(report.misses)}):"]
        lines += [f"  [{a}] {g.describe()}" for a, g in report.misses]
    if report.false_positives:
        lines += ["", f"false positives ({len(report.false_positives)}):"]
        lines += [f"  [{a}] {_describe(c)}  ← {c.evidence[:100]}" for a, c in report.false_positives]
    if report.must_not_hits:
        lines += ["", f"MUST-NOT HITS ({len(report.must_not_hits)}):"]
        lines += [f"  [{a}] {_describe(c)}  ({g.why})" for a, c, g in report.must_not_hits]
    return "\n".join(lines)
