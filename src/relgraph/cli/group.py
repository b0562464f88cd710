"""The ``relgraph`` click group, on which every command module registers its verbs."""

from __future__ import annotations

import logging

import click

from ..version import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="relgraph")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
def cli(verbose: int) -> None:
    """relgraph: knowledge graphs of international relations from news articles.

    \b
    Quick start:
      relgraph build corpus/            # build output/ (RDF, claims, CSV, HTML)
      relgraph query "SELECT ..."       # SPARQL over the built graph
      relgraph extract article.txt      # claims of one article as JSONL
    """
    level = logging.WARNING - 10 * verbose
    logging.basicConfig(level=max(level, logging.DEBUG), format="relgraph: %(levelname)s: %(message)s")
    if not verbose:
        # skipped input items are listed once, by the command's own summary; -v logs them as they come
        logging.getLogger("relgraph.readers").setLevel(logging.ERROR)
        logging.getLogger("relgraph.build").setLevel(logging.ERROR)
