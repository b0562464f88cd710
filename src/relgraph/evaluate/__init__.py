"""Extraction quality: gold files, scoring, reports and inter-annotator agreement."""

from .agreement import Agreement, agreement
from .gold import GOLD_FORMAT, GoldArticle, GoldClaim, claim_matches, entity_matches, load_gold, normalise_name
from .report import format_markdown, format_report, format_reports
from .scoring import Report, Score, score

__all__ = ["GOLD_FORMAT", "Agreement", "GoldArticle", "GoldClaim", "Report", "Score", "agreement",
           "claim_matches", "entity_matches", "format_markdown", "format_report", "format_reports", "load_gold",
           "normalise_name", "score"]
