"""Draw the README's chart, docs/timeline.png: the cooperation–conflict balance by month of the graph
of the sample corpus (``Graph.balance().plot``).

    python scripts/readme_plot.py            # builds corpus/ into a temporary folder first
    python scripts/readme_plot.py output/    # reuses a built output folder
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import relgraph  # noqa: E402
from relgraph.build import BuildOptions, build  # noqa: E402

CHART = ROOT / "docs" / "timeline.png"


def draw(output: Path, path: Path = CHART) -> Path:
    """Write the balance chart of the graph built into ``output`` to ``path``."""
    with relgraph.open(output) as graph:
        graph.balance().plot(path=path)
    return path


def main(argv: list[str]) -> None:
    if argv:
        print(f"wrote {draw(Path(argv[0]))}")
        return
    with tempfile.TemporaryDirectory() as tmp:
        build([ROOT / "corpus"], BuildOptions(out_dir=Path(tmp), formats=()))
        print(f"wrote {draw(Path(tmp))}")


if __name__ == "__main__":
    main(sys.argv[1:])
