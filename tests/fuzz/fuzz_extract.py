"""Fuzz claim extraction: news-like and garbled text through spaCy and the extractors never breaks a claim.

Run it outside the test suite (named ``fuzz_*.py``, so pytest does not collect it)::

    .venv/bin/python tests/fuzz/fuzz_extract.py --examples 2000

Texts are assembled from actor names (countries, leaders, blocs, metonyms), relation verbs and nouns,
negation and modality cues, reported speech, coordination, pronouns, quotes and odd characters, plus
arbitrary Unicode. For every claim: ``text[start:end] == evidence``; the relation is in the ontology;
polarity and modality are valid; the JSONL dict matches the claims schema; and the article with its
claims goes into the store and comes back out unchanged.
"""

from __future__ import annotations

import argparse
import sys
import time

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

from relgraph.export.records import claim_dict
from relgraph.records import MODALITIES, POLARITIES, Article
from relgraph.schemas import claims_validator
from relgraph.store import GraphStore
from relgraph.store.read import claims as stored_claims
from relgraph.vocab import relation_names

ACTORS = ["Russia", "China", "the United States", "Washington", "Beijing", "the Kremlin", "Moscow", "Iran",
          "Iraq", "Niger", "Nigeria", "Austria", "Australia", "North Korea", "South Korea", "Georgia", "NATO",
          "the European Union", "the EU", "Brussels", "the West", "Hamas", "Israel", "Ukraine", "India",
          "Pakistan", "Russian President Vladimir Putin", "Chinese Premier Li Qiang", "Xi Jinping", "Trump",
          "the UN Security Council", "both sides", "the two nations", "its allies", "they", "He", "Kyiv"]
VERBS = ["praised", "criticised", "condemned", "accused", "sanctioned", "imposed sanctions on", "met",
         "met with", "visited", "attacked", "threatened", "threatened to impose sanctions on", "signed an agreement with",
         "supports", "backed", "rejected", "refused to support", "urged", "called on", "traded with",
         "provided aid to", "withdrew from", "recognized", "expelled diplomats from", "proposed", "cooperated with"]
CUES = ["did not", "may", "could", "vowed to", "pledged to", "plans to", "said", "neither", "nor", "if",
        "according to", "reportedly", "never", "and", ",", ";", "that", "on Monday", "in Beijing", "\n\n",
        '"', "“", "”", "(", ")", "—", "...", "\t", "é", "🇷🇺", "\u200b", "\u00a0", "\ufeff", "<b>", "&"]
OBJECTS = ACTORS + ["the One-China policy", "multipolarity", "the sanctions", "the proposal", "the treaty"]


@st.composite
def sentences(draw) -> str:
    parts = [draw(st.sampled_from(ACTORS))]
    for _ in range(draw(st.integers(0, 2))):
        parts.append(draw(st.sampled_from(CUES)))
    parts.append(draw(st.sampled_from(VERBS)))
    parts.append(draw(st.sampled_from(OBJECTS)))
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(CUES)))
    return " ".join(parts) + draw(st.sampled_from([".", "!", "?", "", ".\n", ". ", '."']))


TEXTS = st.one_of(
    st.lists(sentences(), min_size=1, max_size=4).map(" ".join),
    st.lists(st.one_of(sentences(), st.text(max_size=40)), min_size=1, max_size=4).map(" ".join),
    st.text(min_size=1, max_size=200),
).filter(lambda t: t.strip())


def check_text(nlp, validator, text: str, number: int) -> int:
    """Extract from one text and check every claim; returns how many claims there were."""
    from relgraph.extract import doc_for, extract_doc

    text = text.encode("utf-8", "replace").decode("utf-8")  # no lone surrogates: they cannot be stored
    article = Article(id=f"fuzz-{number}", text=text, date="2025-11-04")
    found = extract_doc(doc_for(nlp(text), article))
    names = set(relation_names())
    for claim in found:
        assert text[claim.start:claim.end] == claim.evidence, (claim.start, claim.end, claim.evidence)
        assert claim.evidence.strip() == claim.evidence and claim.evidence, claim
        assert claim.relation in names, claim.relation
        assert claim.polarity in POLARITIES and claim.modality in MODALITIES, claim
        assert 0 <= claim.confidence <= 1, claim.confidence
        errors = [e.message for e in validator.iter_errors(claim_dict(claim))]
        assert not errors, (errors, claim)
    store = GraphStore()
    store.put_article(article, found)
    key = lambda c: (c.start, c.relation, c.subject.key, c.object.key, c.polarity, c.modality)  # noqa: E731
    back = sorted(stored_claims(store), key=key)
    assert [(c.evidence, c.relation, c.subject.key, c.object.key) for c in back] == \
        [(c.evidence, c.relation, c.subject.key, c.object.key) for c in sorted(found, key=key)]
    return len(found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fuzz relgraph's claim extraction.")
    parser.add_argument("--examples", type=int, default=1000, help="texts to try (default 1000)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: relgraph's)")
    args = parser.parse_args(argv)

    from relgraph.nlp import load_model

    nlp = load_model(args.model)
    validator = claims_validator()
    counts = {"texts": 0, "claims": 0}
    began = time.monotonic()

    @settings(max_examples=args.examples, deadline=None, database=None, suppress_health_check=list(HealthCheck),
              phases=[Phase.generate, Phase.shrink])
    @seed(args.seed)
    @given(TEXTS)
    def run(text: str) -> None:
        counts["texts"] += 1
        counts["claims"] += check_text(nlp, validator, text, counts["texts"])

    run()
    print(f"fuzz_extract: {args.examples} examples passed ({counts['claims']} claims checked) "
          f"in {time.monotonic() - began:.1f}s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
