"""Where the project's data lives: the repo's folders, or the copy installed with the package."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

_REPO = Path(__file__).resolve().parents[2]


@cache
def data_dir(name: str) -> Path:
    """The folder ``ontology`` or ``queries``: the checkout's own, else the installed package data.

    >>> (data_dir("ontology") / "relgraph.ttl").is_file()
    True
    """
    repo = _REPO / name
    if repo.is_dir():
        return repo
    return Path(str(resources.files("relgraph") / "_data" / name))


def ontology_file(name: str = "relgraph.ttl") -> Path:
    return data_dir("ontology") / name
