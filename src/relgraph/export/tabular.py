"""Claims JSONL (DESIGN.md §6) and the event CSV (one row per event claim, GDELT/ICEWS-like)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping
from pathlib import Path

from ..records import Claim
from ..vocab import event_codes, relation
from .atomic import atomic_open
from .records import claim_dict

EVENT_COLUMNS = (
    "date", "source_actor", "source_type", "source_iso3", "source_sector", "source_wikidata", "relation",
    "target_actor", "target_type", "target_iso3", "target_sector", "target_wikidata", "plover", "cameo",
    "quad_class", "goldstein", "polarity", "modality", "confidence", "article", "article_title", "source", "url",
    "evidence",
)


def generate_jsonl(claims: Iterable[Claim]) -> Iterable[str]:
    for claim in claims:
        yield json.dumps(claim_dict(claim), ensure_ascii=False, sort_keys=False) + "\n"


def write_jsonl(path: str | Path, claims: Iterable[Claim]) -> Path:
    with atomic_open(path) as handle:
        handle.writelines(generate_jsonl(claims))
    return Path(path)


def event_rows(claims: Iterable[Claim], articles: Mapping[str, Mapping]) -> Iterable[dict]:
    """Rows of event claims only (structural relations such as memberOf are not events). A negated
    or merely possible claim carries no weight (0), so a sum over the column counts only what happened."""
    for claim in claims:
        if not relation(claim.relation).is_event:
            continue
        plover, cameo, quad, goldstein = event_codes(claim.relation, claim.cameo)
        if goldstein is not None and (claim.polarity != "positive" or claim.modality == "possible"):
            goldstein = 0.0
        meta = articles.get(claim.article, {})
        s, o = claim.subject, claim.object
        yield {
            "date": claim.date or "", "source_actor": s.label, "source_type": s.type,
            "source_iso3": s.country or "", "source_sector": s.sector or "", "source_wikidata": s.wikidata or "",
            "relation": claim.relation, "target_actor": o.label, "target_type": o.type,
            "target_iso3": o.country or "", "target_sector": o.sector or "", "target_wikidata": o.wikidata or "",
            "plover": plover or "", "cameo": cameo or "", "quad_class": quad or "",
            "goldstein": goldstein if goldstein is not None else "",
            "polarity": claim.polarity, "modality": claim.modality, "confidence": round(claim.confidence, 2),
            "article": claim.article, "article_title": meta.get("title") or "",
            "source": meta.get("source") or "", "url": meta.get("url") or "",
            "evidence": claim.evidence,
        }


def generate_csv(claims: Iterable[Claim], articles: Mapping[str, Mapping]) -> str:
    buffer = io.StringIO()
    _write_csv(buffer, claims, articles)
    return buffer.getvalue()


def write_csv(path: str | Path, claims: Iterable[Claim], articles: Mapping[str, Mapping]) -> Path:
    with atomic_open(path) as handle:
        _write_csv(handle, claims, articles)
    return Path(path)


def _write_csv(handle, claims, articles) -> None:
    # RFC 4180 line ends: with "\n" alone the csv module leaves a field holding a bare "\r" unquoted,
    # and a reader then splits the row there.
    writer = csv.DictWriter(handle, fieldnames=EVENT_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(event_rows(claims, articles))
