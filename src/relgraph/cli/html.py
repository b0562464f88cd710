"""``relgraph html``: the interactive graph page, with its own selection of actors and claims."""

from __future__ import annotations

from pathlib import Path

import click

from .group import cli
from ..daterange import parse_day
from .commands import OUT, STORE, _store_path


@cli.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Page to write [default: OUT/graph.html].")
@OUT
@STORE
@click.option("--max-nodes", type=click.IntRange(1), default=None,
              help="Keep the actors with the most claims (the focus actor always stays).")
@click.option("--focus", metavar="ACTOR", default=None,
              help="Only this actor (label or alias, ISO3 code, Wikidata QID, IRI, or a capital for its state) "
                   "and its neighbours.")
@click.option("--since", metavar="YYYY-MM-DD", default=None, help="Only claims on or after this date.")
@click.option("--until", metavar="YYYY-MM-DD", default=None, help="Only claims on or before this date.")
@click.option("--relations", metavar="NAMES", default=None,
              help="Only these relations, comma-separated (e.g. supports,sanctions).")
@click.option("--fold/--no-fold", default=True, show_default=True,
              help="Open the page with a state's own agents and office holders folded into the state "
                   "(a toggle on the page unfolds them).")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None,
              help="Where the page's confidence slider starts: claims below it are hidden, not dropped "
                   "[default: the shipped verifier's threshold].")
@click.option("--title", default="relgraph", show_default=True, help="Page title.")
def html(output, out_dir, store_dir, max_nodes, focus, since, until, relations, fold, min_confidence, title):
    """Write the interactive HTML graph of the built store (offline: opens from file://)."""
    from ..api import focus_names
    from ..export import FORMATS, export
    from ..store import GraphStore

    names = [r.strip() for r in relations.split(",") if r.strip()] if relations else None
    with GraphStore(_store_path(out_dir, store_dir), read_only=True) as store:
        if focus is not None:
            focus = focus_names(store, focus)
        path = export(store, "html", Path(output) if output else Path(out_dir) / FORMATS["html"], title=title,
                      max_nodes=max_nodes, focus=focus, since=parse_day("--since", since),
                      until=parse_day("--until", until), relations=names, fold=fold,
                      min_confidence=min_confidence)
    click.echo(f"wrote {path}")
    click.echo(f"open the graph: file://{path.resolve()}")
