"""Charts of claims by month: ``Graph.timeline`` and ``Graph.balance`` return a :class:`MonthFrame`, a
pandas DataFrame whose ``.plot()`` draws cooperation events (quad classes 1–2) and conflict events
(3–4) per month as stacked bars, and the month's net weight (summed Goldstein weights) as a line.

matplotlib is optional (``pip install 'relgraph[plot]'``) and imported only when a chart is drawn.
A chart of its own is a bare ``Figure`` on the Agg canvas (no display, no pyplot state); given a path
it is written as a PNG.

>>> frame = month_frame([{"month": "2025-07", "claims": 5, "cooperation": 1, "conflict": 3,
...                       "goldstein": -20.0}], ("month", "claims", "cooperation", "conflict", "goldstein"),
...                      "Thailand – Cambodia")
>>> frame.title, type(frame[frame.conflict > 0]).__name__, float(frame.loc[0, "goldstein"])
('Thailand – Cambodia', 'MonthFrame', -20.0)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd
from pandas.plotting import PlotAccessor

from ..errors import RelgraphError, UsageError
from ..records import Claim
from .network import BALANCE_COLUMNS, TIMELINE_COLUMNS, UNDATED, balance_rows, month_rows

PLOT_EXTRA = "pip install 'relgraph[plot]'"
# the stacked bars: column, legend label, colour
BARS = (("cooperation", "cooperation events (quad 1–2)", "#2e7d32"),
        ("conflict", "conflict events (quad 3–4)", "#c62828"))
# the net weight column: "goldstein" in a timeline, "balance" in a balance frame
WEIGHTS = ("goldstein", "balance")
WEIGHT_LABEL = "net weight (summed Goldstein)"


class MonthFrame(pd.DataFrame):
    """Counts by month (columns ``month``, ``claims``, ``cooperation``, ``conflict`` and a weight
    column) that keep their chart title through pandas operations; ``.plot()`` draws the chart."""

    _metadata = ["title"]
    title = ""

    @property
    def _constructor(self) -> type[MonthFrame]:
        return MonthFrame

    @property
    def plot(self) -> MonthPlot:  # type: ignore[override]
        return MonthPlot(self)


class MonthPlot(PlotAccessor):
    """``frame.plot()``: the relgraph chart; with pandas' plotting arguments (``frame.plot(x=...)``,
    ``frame.plot.line()``…) pandas' own plot, as on any DataFrame."""

    def __call__(self, *args: Any, path: str | Path | None = None, ax: Any = None, **kwargs: Any):
        """The chart drawn on ``ax`` (or on a new figure), written as a PNG to ``path`` if given;
        returns the matplotlib Figure."""
        if args or kwargs:
            if path is not None:
                raise UsageError("path= writes relgraph's chart; call .plot(path=...) without pandas' "
                                 "plotting arguments")
            return super().__call__(*args, ax=ax, **kwargs)
        return draw(self._parent, path=path, ax=ax)


def month_frame(rows: Iterable[Mapping[str, Any]], columns: Sequence[str], title: str) -> MonthFrame:
    """``rows`` (dicts such as ``relgraph.analysis.network.month_rows`` gives) as a MonthFrame."""
    frame = MonthFrame(list(rows), columns=list(columns))
    frame.title = title
    return frame


def timeline_frame(claims: Iterable[Claim], a: str, b: str) -> MonthFrame:
    """The claims between ``a`` and ``b`` by month (``month_rows``), titled "a – b"."""
    return month_frame(month_rows(claims), TIMELINE_COLUMNS, f"{a} – {b}")


def balance_frame(claims: Iterable[Claim], actor: str | None = None) -> MonthFrame:
    """The cooperation–conflict balance of ``claims`` by month (``balance_rows``), titled for
    ``actor`` (all actors when None)."""
    title = f"cooperation and conflict of {actor}" if actor else "cooperation and conflict, all actors"
    return month_frame(balance_rows(claims), BALANCE_COLUMNS, title)


def draw(frame: pd.DataFrame, *, path: str | Path | None = None, ax: Any = None):
    """Stacked bars of cooperation and conflict events by month and the net weight as a line on a
    second axis; on ``ax`` if given, else on a new Figure. Written as a PNG to ``path`` if given.
    Returns the Figure."""
    require_matplotlib()
    weight = _weight_column(frame)
    if ax is None:
        ax = _new_figure().subplots()
    months = [str(m) for m in frame["month"]]
    ticks = list(range(len(months)))
    bottom = [0] * len(months)
    for column, label, colour in BARS:
        heights = [int(v) for v in frame[column]]
        ax.bar(ticks, heights, bottom=bottom, label=label, color=colour, width=0.8)
        bottom = [b + h for b, h in zip(bottom, heights)]
    crowded = len(months) > 8
    ax.set_xticks(ticks, months, rotation=45 if crowded else 0, ha="right" if crowded else "center")
    ax.set_ylabel("events per month")
    ax.set_title(getattr(frame, "title", "") or "cooperation and conflict by month")
    net = ax.twinx()
    weights = [float(v) for v in frame[weight]]
    dated = [i for i, month in enumerate(months) if month != UNDATED]  # no line across to "undated"
    net.plot(dated, [weights[i] for i in dated], color="#222222", marker="o", label=WEIGHT_LABEL)
    if len(dated) < len(months):
        net.plot([months.index(UNDATED)], [weights[months.index(UNDATED)]], color="#222222", marker="o")
    net.axhline(0, color="#888888", linewidth=0.8, linestyle=":")
    low, high = min([*weights, 0.0]), max([*weights, 0.0])
    net.set_ylim(low - 0.05 * (high - low or 1), high + 0.4 * (high - low or 1))
    net.set_ylabel(WEIGHT_LABEL)
    ax.set_ylim(0, max([*bottom, 1]) * 1.3)  # headroom for the legend, drawn on the top Axes
    handles = [*ax.get_legend_handles_labels()[0], *net.get_legend_handles_labels()[0]]
    net.legend(handles=handles, loc="upper left", ncols=3, fontsize="small", framealpha=0.9)
    figure = ax.figure
    if path is not None:
        save_png(figure, path)
    return figure


def check_png_path(path: str | Path) -> Path:
    """``path`` if a chart can be written there: a ``.png`` name in an existing folder, else a usage
    error naming the path and the fix."""
    path = Path(path)
    if path.suffix.lower() != ".png":
        raise UsageError(f"the chart is a PNG; give a path ending in .png, not '{path}'")
    if not path.parent.is_dir():
        raise UsageError(f"the folder '{path.parent}' of '{path}' does not exist; create it first or write elsewhere")
    if path.is_dir():
        raise UsageError(f"'{path}' is a folder; give the path of a .png file")
    return path


def save_png(figure: Any, path: str | Path) -> Path:
    """Write ``figure`` as a PNG to ``path`` (atomically); a path that cannot be written is a usage
    error naming it."""
    from ..export.atomic import atomic_open

    path = check_png_path(path)
    try:
        with atomic_open(path, "wb") as handle:
            figure.savefig(handle, format="png", dpi=120)
    except OSError as exc:
        raise UsageError(f"cannot write the chart to '{path}': {exc.strerror or exc}; "
                         "give a writable .png path") from None
    return path


def _new_figure():
    """A Figure on the Agg canvas: drawn without a display and without pyplot's global state."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(9, 4.5), layout="constrained")
    FigureCanvasAgg(figure)
    return figure


def require_matplotlib() -> None:
    """Nothing if matplotlib can be imported; else the error naming the extra to install."""
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        raise RelgraphError(f"drawing a chart needs matplotlib; install it: {PLOT_EXTRA}") from None


def _weight_column(frame: pd.DataFrame) -> str:
    """The frame's net weight column; a frame without the chart's columns is a usage error."""
    weight = next((w for w in WEIGHTS if w in frame.columns), None)
    missing = [c for c in ("month", *(b[0] for b in BARS)) if c not in frame.columns]
    if weight is None or missing:
        raise UsageError("the chart needs the columns month, cooperation, conflict and goldstein or balance; "
                         f"this frame has: {', '.join(map(str, frame.columns))}")
    return weight
