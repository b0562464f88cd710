"""The claim verifier: a learned, calibrated estimate that a claim is right as stated.

``features`` describes a claim (its rule, trigger word, relation, how its ends were resolved, its
reading, its sentence); ``model`` maps the features to P(correct) with a logistic regression and a
calibration map, stored as JSON (no pickle) and loaded in milliseconds; ``train`` fits one on gold
files. The shipped model (``verify/model.json``) was fitted on the tune halves and train sets of the
real-news gold and calibrated on its calibration sets; ``relgraph train`` fits one on an analyst's
own annotations.
"""

from .model import DEFAULT_MODEL, Verifier, load_verifier

__all__ = ["DEFAULT_MODEL", "Verifier", "load_verifier"]
