"""Fitting a verifier on gold files: every claim relgraph extracts from the gold articles is
labelled right (it matches a gold claim and no must-not entry) or wrong; a logistic regression
learns P(right) from the claim's features, and a logistic (Platt) map of its score, fitted on
out-of-fold predictions or on unseen articles, makes it calibrated (a claim at 0.8 is right about 8
times in 10). The map has two parameters, so the default threshold moves little between retrainings
(an isotonic map fitted on a few hundred claims has a handful of levels, and the threshold jumped
between them: 0.70 to 0.97 as one claim came or went).
"""

from __future__ import annotations

from collections.abc import Iterable

from ..errors import UsageError
from ..evaluate.gold import GoldArticle, claim_matches
from ..records import Claim
from .features import features
from .model import Verifier, calibrate

# The default threshold: where the claims above it reach this precision (the 0.90; on 80 random
# article halves of the calibration sets, fitted on one half and scored on the other, 0.92 raised
# precision from 0.898 to 0.910 and left out 6 % more of the right claims)
TARGET_PRECISION = 0.90


def labelled(gold: Iterable[GoldArticle], extracted: Iterable[tuple[object, list[Claim]]]) -> list[tuple[Claim, int]]:
    """(claim, 1 if right else 0) for every claim extracted from the gold articles."""
    by_id = {g.id: g for g in gold}
    found = []
    for article, claims in extracted:
        g = by_id[article.id]
        for claim in claims:
            right = any(claim_matches(claim, c) for c in g.claims) and \
                not any(claim_matches(claim, c) for c in g.must_not)
            found.append((claim, int(right)))
    return found


def fit(samples: list[tuple[Claim, int]], *, about: str = "", folds: int = 5,
        held_out: list[tuple[Claim, int]] | None = None) -> Verifier:
    """A calibrated verifier for the labelled claims (deterministic for the same samples).

    Without ``held_out`` the calibration map is fitted on out-of-fold predictions of ``samples``. With
    it, on the claims of articles nobody tuned the rules on: the rules were read from ``samples``, so
    they are surer there than on news they never saw, and only unseen articles show that."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    _enough(samples, folds, "train")
    labels = np.array([label for _, label in samples])
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([{f: 1 for f in features(c)} for c, _ in samples])
    regression = LogisticRegression(C=0.5, max_iter=2000)
    if held_out is None:
        raw = cross_val_predict(regression, matrix, labels, method="predict_proba",
                                cv=StratifiedKFold(folds, shuffle=True, random_state=0))[:, 1]
        regression.fit(matrix, labels)
    else:
        _enough(held_out, folds, "calibrate")
        regression.fit(matrix, labels)
        raw = regression.predict_proba(vectorizer.transform([{f: 1 for f in features(c)} for c, _ in held_out]))[:, 1]
        labels = np.array([label for _, label in held_out])
    platt = LogisticRegression(C=1e6, max_iter=2000).fit(_logit(raw).reshape(-1, 1), labels)
    # stored as the model's calibration map, sampled finely enough that interpolating it is exact to 0.01
    grid = 1.0 / (1.0 + np.exp(-np.linspace(-8.0, 8.0, 161)))
    xs = tuple(round(float(x), 6) for x in grid)
    ys = tuple(round(float(y), 6) for y in platt.predict_proba(_logit(grid).reshape(-1, 1))[:, 1])
    return Verifier(
        weights={name: round(float(w), 6) for name, w in zip(vectorizer.feature_names_, regression.coef_[0])},
        intercept=round(float(regression.intercept_[0]), 6), calibration_x=xs, calibration_y=ys,
        threshold=_threshold([calibrate(float(r), xs, ys) for r in raw], labels), about=about)


def _logit(p):
    import numpy as np

    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def _enough(samples: list[tuple[Claim, int]], folds: int, role: str) -> None:
    right = sum(label for _, label in samples)
    if len(samples) < 2 * folds or right < folds or len(samples) - right < folds:
        raise UsageError(f"{len(samples)} claims ({right} right) are too few to {role} a verifier; "
                         f"annotate more articles (at least {folds} right and {folds} wrong claims)")


def _threshold(scores, labels) -> float:
    """The lowest confidence at which all claims at or above it reach ``TARGET_PRECISION``; else the
    one that keeps the most precise half of the claims. Claims of equal confidence count together
    (the calibration map gives many the same value)."""
    pairs = sorted(zip((float(s) for s in scores), labels), reverse=True)
    best, right = None, 0
    for n, (score, label) in enumerate(pairs, 1):
        right += label
        last_of_its_level = n == len(pairs) or pairs[n][0] < score
        if last_of_its_level and right / n >= TARGET_PRECISION:
            best = score
    if best is None:
        best = pairs[len(pairs) // 2][0] if pairs else 0.0
    return round(float(best), 2)
