"""Analyst access: query (inline, .rq file or saved query), serve, push and analyze."""

from __future__ import annotations

import json

import click

from ..errors import UsageError
from .group import cli
from .commands import OUT, SINCE, STORE, UNTIL, _store_path


@cli.command()
@click.argument("sparql", required=False)
@click.option("--name", "-n", default=None, help="Run a saved query from queries/ (see --list).")
@click.option("--bind", "-b", "binds", multiple=True, metavar="NAME=VALUE",
              help="Value of a saved query's parameter, or of a variable of SPARQL (repeatable).")
@click.option("--list", "list_saved", is_flag=True, help="List the saved queries and their parameters.")
@OUT
@STORE
@SINCE
@UNTIL
@click.option("--format", "fmt", default="table", show_default=True,
              type=click.Choice(["table", "csv", "json"]), help="Result format.")
def query(sparql, name, binds, list_saved, out_dir, store_dir, since, until, fmt):
    """Run SPARQL (text, or a .rq file) or a saved query over the built graph.

    \b
    Prefixes rel:, rdfs:, skos:, dcterms:, schema:, prov:, xsd: are predeclared; the default graph
    is the union of all graphs. Values given with --bind are bound as RDF literals, never pasted
    into the query text (the variable must be selected); a saved query's actor parameter takes a
    label, alias, ISO3 code, Wikidata QID or IRI and is bound to that entity's IRI. Every saved
    query takes the optional min_confidence (0 to 1): the claims the verifier is less sure of are
    left out. With --since/--until the query sees only the graphs of the articles whose claims are
    dated in that range (claims carry their article's date), and the entities.
    \b
    Examples:
      relgraph query --list
      relgraph query --name supporters --bind target="One-China policy"
      relgraph query --name top-actors --bind min_confidence=0.8
      relgraph query "SELECT ?l WHERE { ?e a rel:Country ; rdfs:label ?l }" --format csv
      relgraph query --name top-actors --since 2025-07-01 --until 2025-07-31
    """
    from ..daterange import DateRange, dataset
    from ..query import (format_result, load_query_text, parse_bind, run_saved, run_text, saved_queries,
                         saved_query)
    from ..store import GraphStore

    if list_saved:
        for saved in saved_queries().values():
            click.echo(f"{saved.name}: {saved.description}")
            for param in saved.params:
                click.echo(f"    --bind {param.name}=…  {'(optional) ' * param.optional}{param.description}")
        return
    if (sparql is None) == (name is None):
        raise UsageError("give SPARQL text or a .rq file, or --name NAME for a saved query (--list shows them)")
    bindings = parse_bind(binds)
    dates = DateRange.parse(since, until)
    if name is not None:
        saved_query(name).check_bindings(bindings)  # a bad name or parameter is told before the store opens
    else:
        text = load_query_text(sparql)
    with GraphStore(_store_path(out_dir, store_dir), read_only=True) as store:
        if name is not None:
            result = run_saved(store, name, bindings, **dataset(store, dates))
        else:
            result = run_text(store, text, bindings, **dataset(store, dates))
    text = format_result(result, fmt)
    click.echo(text, nl=not text.endswith("\n"))


@cli.command()
@OUT
@STORE
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535),
              help="TCP port (0: any free port).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--writable", is_flag=True, help="Accept SPARQL Update and Graph Store writes.")
@click.option("--public", is_flag=True, help="Allow a --host other machines can reach.")
def serve(out_dir, store_dir, port, host, writable, public):
    """Serve the built graph as a SPARQL endpoint (Oxigraph), read-only and local by default; Ctrl-C stops."""
    import signal

    from ..server import is_loopback, start_server

    path = _store_path(out_dir, store_dir)
    handle = start_server(path, port, host=host, writable=writable, public=public)
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        mode = "writable" if writable else "read-only"
        reach = "this machine only" if is_loopback(host) else "OTHER MACHINES TOO (--public)"
        click.echo(f"serving {path} {mode}, reachable from {reach}")
        click.echo(f"SPARQL endpoint: {handle.query_url}")
        if writable:
            click.echo(f"SPARQL update:   {handle.update_url}")
            click.echo(f"graph store:     {handle.store_url}")
        click.echo(f"query page:      {handle.page_url}")
        click.echo("stop with Ctrl-C", err=True)
        code = handle.wait()
        if code:
            raise UsageError(f"the Oxigraph server stopped with exit code {code}")
    finally:
        handle.stop()
        signal.signal(signal.SIGTERM, previous)


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


@cli.command()
@click.option("--endpoint", default=None, metavar="URL", help="SPARQL 1.1 Update endpoint.")
@click.option("--graph-store", default=None, metavar="URL",
              help="SPARQL 1.1 Graph Store Protocol endpoint (one PUT per article graph, the entity graph merged by POST; used when given).")
@OUT
@STORE
def push(endpoint, graph_store, out_dir, store_dir):
    """Copy the built graph to a remote triple store, one named graph per article kept."""
    from ..push import push as run_push
    from ..store import GraphStore

    if not endpoint and not graph_store:
        raise UsageError("give --endpoint URL (SPARQL Update) or --graph-store URL (Graph Store Protocol)")
    with GraphStore(_store_path(out_dir, store_dir), read_only=True) as store:
        summary = run_push(store, endpoint, graph_store=graph_store)
    click.echo(summary.describe())


@cli.command()
@OUT
@STORE
@click.option("--top", default=10, show_default=True, type=click.IntRange(1, 10_000),
              help="Entries per ranking and dyads shown.")
@SINCE
@UNTIL
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--fold", is_flag=True, help="Count a state's own agents (government, military, police…) and "
                                           "its office holders as the state.")
@click.option("--plot", "plot_path", default=None, metavar="PNG", type=click.Path(),
              help="Also draw the cooperation–conflict balance by month of the analysed claims "
                   "(events per quad class and net weight) as a PNG chart; needs matplotlib.")
def analyze(out_dir, store_dir, top, since, until, as_json, fold, plot_path):
    """Network analysis: central actors (degree, betweenness, PageRank), cooperation blocs, dyads."""
    from ..analysis.network import analyze as run_analysis, format_analysis
    from ..daterange import DateRange
    from ..store import GraphStore
    from ..store.read import claims

    dates = DateRange.parse(since, until)
    if plot_path is not None:  # a bad path or a missing matplotlib is told before the work
        from ..analysis.plot import check_png_path, require_matplotlib

        check_png_path(plot_path)
        require_matplotlib()
    with GraphStore(_store_path(out_dir, store_dir), read_only=True) as store:
        selected = dates.select(claims(store))
        if fold:
            from ..analysis.fold import fold as fold_claims, state_index
            from ..store.read import entities

            selected = fold_claims(selected, state_index(entities(store).values()))
        selected = list(selected)
        result = run_analysis(selected, top=top)
    click.echo(json.dumps(result.as_dict(), indent=1, ensure_ascii=False) if as_json else format_analysis(result))
    if plot_path is not None:
        from ..analysis.plot import balance_frame

        balance_frame(selected).plot(path=plot_path)
        click.echo(f"wrote {plot_path}", err=as_json)  # after --json, stdout stays JSON
