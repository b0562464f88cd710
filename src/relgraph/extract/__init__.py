"""Relation extraction: from a parsed Doc to Claim records.

Layers, each importing only those below it: ``rules`` (one technique per module) → ``emit`` (claims,
rule ids, confidence) → ``context`` (the read-only view of a Doc) → ``resolve`` (mentions, actors,
concepts, role phrases) / ``clause`` (polarity, modality, speech) / ``syntax`` (dependency helpers)
→ ``relgraph.resources`` (gazetteer, lexicon, word lists). ``registry`` names the extractors and runs
them; the spaCy glue in ``relgraph.nlp`` imports this package and is never imported by it.
"""

from .context import DocContext
from .emit import RULES
from .registry import ARTICLE_KEY, EXTRACTORS, Extractor, doc_for, extract_doc, get_extractor, register

__all__ = ["ARTICLE_KEY", "EXTRACTORS", "RULES", "DocContext", "Extractor", "doc_for", "extract_doc",
           "get_extractor", "register"]
