"""Charts by month (relgraph.analysis.plot): Graph.timeline(...).plot() and Graph.balance(...).plot()."""

from __future__ import annotations

import sys

import pandas as pd
import pytest

import relgraph
from relgraph.analysis.network import month_rows
from relgraph.analysis.plot import WEIGHT_LABEL, MonthFrame, balance_frame
from relgraph.errors import RelgraphError, UsageError
from relgraph.records import Claim, Entity

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
THA, KHM = Entity("country/THA", "Thailand", "Country", "THA"), Entity("country/KHM", "Cambodia", "Country", "KHM")


@pytest.fixture(scope="module")
def graph(out):
    with relgraph.open(out) as opened:
        yield opened


def _bars(figure) -> dict[str, list]:
    """The bar containers of the chart's first Axes by label: [(bottom, height), ...]."""
    ax = figure.axes[0]
    return {bars.get_label(): [(p.get_y(), p.get_height()) for p in bars.patches] for bars in ax.containers}


def _net_points(figure) -> list[tuple[float, float]]:
    """The net weight points drawn on the second Axes (the dotted zero line left out)."""
    return sorted((x, y) for line in figure.axes[1].get_lines() if line.get_marker() == "o"
                  for x, y in zip(line.get_xdata(), line.get_ydata()))


@pytest.mark.parametrize("make, weight", [
    (lambda g: g.timeline("Thailand", "Cambodia"), "goldstein"),
    (lambda g: g.balance(), "balance"),
    (lambda g: g.balance("Russia", since="2025-06-01"), "balance"),
])
def test_plot_bars_and_line_are_the_frames_counts(graph, make, weight):
    frame = make(graph)
    figure = frame.plot()
    bars = _bars(figure)
    cooperation, conflict = bars["cooperation events (quad 1–2)"], bars["conflict events (quad 3–4)"]
    assert len(frame) >= 1
    assert [h for _, h in cooperation] == list(frame["cooperation"])
    assert [h for _, h in conflict] == list(frame["conflict"])
    assert [b for b, _ in conflict] == list(frame["cooperation"])  # stacked on the cooperation bars
    assert _net_points(figure) == [(i, pytest.approx(w)) for i, w in enumerate(frame[weight])]
    assert [t.get_text() for t in figure.axes[0].get_xticklabels()] == list(frame["month"])
    assert figure.axes[0].get_title() == frame.title and figure.axes[1].get_ylabel() == WEIGHT_LABEL


def test_plot_undated_point_is_not_joined_to_the_months():
    claims = [Claim("a", 0, 0, 1, "x", THA, "attacks", KHM, date="2025-07-24"),
              Claim("a", 1, 2, 3, "y", THA, "meetsWith", KHM, date="2025-08-04"),
              Claim("a", 2, 4, 5, "z", KHM, "praises", THA)]
    figure = balance_frame(claims).plot()
    lines = [list(line.get_xdata()) for line in figure.axes[1].get_lines() if line.get_marker() == "o"]
    assert sorted(lines) == [[0, 1], [2]]


def test_plot_writes_a_png(graph, tmp_path):
    path = tmp_path / "timeline.png"
    figure = graph.timeline("Thailand", "Cambodia").plot(path=path)
    data = path.read_bytes()
    assert data.startswith(PNG_MAGIC) and len(data) > 5_000
    assert figure.get_size_inches().tolist() == [9.0, 4.5]
    assert [p.name for p in tmp_path.iterdir()] == ["timeline.png"]  # no temporary file left


def test_plot_on_given_axes_returns_their_figure(graph):
    from matplotlib.figure import Figure

    figure = Figure()
    ax = figure.subplots()
    assert graph.balance().plot(ax=ax) is figure
    assert len(ax.containers) == 2 and len(figure.axes) == 2


def test_plot_frame_stays_a_dataframe(graph):
    frame = graph.timeline("Thailand", "Cambodia")
    assert isinstance(frame, pd.DataFrame) and isinstance(frame, MonthFrame)
    pair = [c for c in graph.claims() if {c.subject.key, c.object.key} == {"country/THA", "country/KHM"}]
    assert frame.to_dict("records") == month_rows(pair)
    dated = frame[frame["month"] != "undated"]
    assert isinstance(dated, MonthFrame) and dated.title == "Thailand – Cambodia"


def test_plot_pandas_own_plotting_still_works(graph):
    import matplotlib.pyplot as plt

    ax = graph.balance().plot.line(x="month", y="balance")
    try:
        assert list(ax.get_lines()[0].get_ydata()) == list(graph.balance()["balance"])
    finally:
        plt.close(ax.figure)


def test_plot_without_matplotlib_names_the_extra(graph, monkeypatch):
    frame = graph.balance()
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(RelgraphError) as caught:
        frame.plot()
    assert str(caught.value) == "drawing a chart needs matplotlib; install it: pip install 'relgraph[plot]'"


@pytest.mark.parametrize("name, message", [
    ("chart.pdf", "the chart is a PNG; give a path ending in .png, not '{tmp}/chart.pdf'"),
    ("missing/chart.png", "the folder '{tmp}/missing' of '{tmp}/missing/chart.png' does not exist; "
                          "create it first or write elsewhere"),
    ("folder.png", "'{tmp}/folder.png' is a folder; give the path of a .png file"),
])
def test_plot_bad_path_is_a_usage_error(graph, tmp_path, name, message):
    (tmp_path / "folder.png").mkdir()
    with pytest.raises(UsageError) as caught:
        graph.balance().plot(path=tmp_path / name)
    assert str(caught.value) == message.format(tmp=tmp_path)


def test_plot_frame_without_the_columns_is_a_usage_error(graph):
    with pytest.raises(UsageError, match="the chart needs the columns month, cooperation, conflict and "
                                         "goldstein or balance; this frame has: month, claims"):
        graph.balance()[["month", "claims"]].plot()


def test_plot_path_does_not_go_with_pandas_arguments(graph, tmp_path):
    with pytest.raises(UsageError, match=r"path= writes relgraph's chart; call .plot\(path=...\) without "
                                         "pandas' plotting arguments"):
        graph.balance().plot(x="month", path=tmp_path / "chart.png")
    assert not list(tmp_path.iterdir())
