"""spaCy side of relgraph: the model loader and the pipeline components."""

from .model import DEFAULT_MODELS, load_model

__all__ = ["DEFAULT_MODELS", "load_model"]
