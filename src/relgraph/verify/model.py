"""A verifier model: logistic-regression weights over feature keys and a calibration map (raw
score → probability, as increasing pairs), as one JSON file. Loading checks the file and says in
one line what is wrong with it.
"""

from __future__ import annotations

import bisect
import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..errors import InputError
from ..records import Claim
from .features import features

FORMAT = "relgraph-verifier/1"
DEFAULT_MODEL = Path(__file__).with_name("model.json")
SHIPPED = "default"  # the verifier choice that names the shipped model
BOUNDS = (0.02, 0.98)


@dataclass(frozen=True)
class Verifier:
    """P(correct) for a claim: ``sigmoid(intercept + Σ weights)``, then the calibration map."""

    weights: dict[str, float]
    intercept: float
    calibration_x: tuple[float, ...]  # increasing raw scores
    calibration_y: tuple[float, ...]  # calibrated probabilities at those scores
    threshold: float  # the default --min-confidence chosen when the model was trained
    about: str = ""

    def raw(self, claim: Claim) -> float:
        z = self.intercept + sum(self.weights.get(f, 0.0) for f in features(claim))
        return 1.0 / (1.0 + math.exp(-z))

    def score(self, claim: Claim) -> float:
        """The calibrated probability that the claim is right, rounded to two places; never 0 or 1,
        which no finite sample of annotations can show."""
        return calibrate(self.raw(claim), self.calibration_x, self.calibration_y)

    def to_json(self) -> str:
        return json.dumps({"format": FORMAT, "about": self.about, "intercept": self.intercept,
                           "threshold": self.threshold, "weights": dict(sorted(self.weights.items())),
                           "calibration": {"x": list(self.calibration_x), "y": list(self.calibration_y)}},
                          indent=1, ensure_ascii=False) + "\n"


def calibrate(raw: float, xs: tuple[float, ...], ys: tuple[float, ...]) -> float:
    """A raw score through the calibration map, bounded and rounded as every confidence is."""
    return round(min(max(_interpolate(raw, xs, ys), BOUNDS[0]), BOUNDS[1]), 2)


def _interpolate(x: float, xs: tuple[float, ...], ys: tuple[float, ...]) -> float:
    if not xs:
        return x
    i = bisect.bisect_left(xs, x)
    if i == 0:
        return ys[0]
    if i >= len(xs):
        return ys[-1]
    x0, x1, y0, y1 = xs[i - 1], xs[i], ys[i - 1], ys[i]
    return y0 if x1 == x0 else y0 + (y1 - y0) * (x - x0) / (x1 - x0)


def model_path(choice: str | Path | None) -> Path | None:
    """The model file a verifier choice names: the shipped one for ``SHIPPED`` (None while none is
    shipped), the path given, or None for no verifier (the rules' own confidences)."""
    if choice is None:
        return None
    if choice == SHIPPED:
        return DEFAULT_MODEL if DEFAULT_MODEL.is_file() else None
    return Path(choice)


@cache
def load_verifier(path: Path | str | None = None) -> Verifier:
    """The verifier at ``path`` (default: the shipped one); a missing or broken file is one clear error."""
    path = Path(path) if path is not None else DEFAULT_MODEL
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError(f'lacks "format": "{FORMAT}"')
        xs, ys = tuple(map(float, data["calibration"]["x"])), tuple(map(float, data["calibration"]["y"]))
        if len(xs) != len(ys) or list(xs) != sorted(xs):
            raise ValueError("its calibration map is not increasing pairs")
        return Verifier({str(k): float(v) for k, v in data["weights"].items()}, float(data["intercept"]),
                        xs, ys, float(data["threshold"]), str(data.get("about", "")))
    except FileNotFoundError:
        raise InputError(f"no verifier model at '{path}'; train one with 'relgraph train GOLD.json --out {path}'") \
            from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InputError(f"the verifier model '{path}' is not usable ({exc}); retrain it with 'relgraph train'") \
            from None
