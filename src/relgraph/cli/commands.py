"""Build, extract, export, validate, stats, eval and agreement."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..errors import unknown_name
from ..export import DEFAULT_FORMATS, FORMATS
from .group import cli

OUT = click.option("--out", "out_dir", default="output", show_default=True, type=click.Path(file_okay=False),
                   help="Folder of the outputs and of the graph store.")
STORE = click.option("--store", "store_dir", default=None, type=click.Path(file_okay=False),
                     help="Graph store folder [default: OUT/store].")
VERIFIER = click.option("--verifier", default=None, envvar="RELGRAPH_VERIFIER", type=click.Path(dir_okay=False),
                        help="Verifier model that sets each claim's confidence [default: the shipped one; "
                             "'none': the rules' own; env RELGRAPH_VERIFIER].")
MODEL = click.option("--model", default=None, envvar="RELGRAPH_MODEL",
                     help="spaCy pipeline to use [default: en_core_web_sm; env RELGRAPH_MODEL].")
SINCE = click.option("--since", metavar="YYYY-MM-DD", default=None,
                     help="Only claims dated on or after this day (and their articles).")
UNTIL = click.option("--until", metavar="YYYY-MM-DD", default=None,
                     help="Only claims dated on or before this day (a claim dated by month or year "
                          "only counts when all of it is in the range).")


def chosen_verifier(value: str | None) -> str | None:
    """The --verifier value for the pipeline: the shipped model by default, None for 'none'."""
    return None if value == "none" else value or "default"


class RegistryChoice(click.Choice):
    """A click choice from a registry whose bad value gets the registry's one-line error.

    >>> RegistryChoice("format", ["ttl", "nq"]).convert("xml", None, None)
    Traceback (most recent call last):
    ...
    relgraph.errors.UsageError: unknown format 'xml'; choose one of: nq, ttl
    """

    def __init__(self, kind: str, names) -> None:
        super().__init__(sorted(names))
        self.kind = kind

    def convert(self, value, param, ctx):
        if value in self.choices:
            return value
        raise unknown_name(self.kind, value, list(self.choices))


def _store_path(out_dir: str, store_dir: str | None) -> Path:
    return Path(store_dir) if store_dir else Path(out_dir) / "store"


# The input formats as README.md's "Input formats" tells them (tests/test_cli.py holds them together).
INPUTS_HELP = """\b
INPUTS are article files, and folders of them (walked recursively):
  .txt .md .markdown  one article; a front matter ('---', then 'title:', 'date:', 'source:',
                      'url:', 'id:' lines, then '---') gives its fields; in Markdown a '# '
                      heading on the first line is the title
  .html .htm          one saved web page: its main text, title, date, URL and site name
  .jsonl              one article a line: {"id", "title", "text", "date", "url", "source"};
                      only "text" is required
  .rss .atom .xml     a feed: one article an entry
Dates are read in the common forms (2025-03-05, 5 March 2025, March 2025, 2025) and kept at the
precision given. A URL is not read: save the page and give the file. README.md, "Input formats",
tells the rest.
"""


@cli.command(help="Build the graph from article files or folders into OUT (incremental: unchanged "
                  "articles are skipped; the build's own OUT is never read).\n\n" + INPUTS_HELP)
@click.argument("inputs", nargs=-1, required=True, type=click.Path())
@OUT
@STORE
@MODEL
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Extraction processes (spaCy and the extractors run in each).")
@click.option("--dask", "dask_address", default=None, metavar="ADDRESS",
              help="Extract on a Dask cluster (scheduler address, e.g. tcp://10.0.0.5:8786).")
@click.option("--endpoint", default=None, metavar="URL",
              help="Also push the finished graph to this SPARQL Update endpoint.")
@click.option("--format", "formats", multiple=True, type=click.Choice(sorted(FORMATS)),
              help="Outputs to write (repeatable) [default: all].")
@click.option("--strict", is_flag=True, help="Fail on the first bad input item instead of skipping it.")
@VERIFIER
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None,
              help="Only claims at least this sure become direct triples (all stay claim nodes) "
                   "[default: the verifier's threshold].")
@click.option("--prune", is_flag=True,
              help="Drop stored articles that are not in INPUTS (each one is named) [default: keep them].")
@click.option("--quiet", "-q", is_flag=True,
              help="No progress display (shown on a terminal only: articles done, rate and ETA, then each export).")
def build(inputs, out_dir, store_dir, model, workers, dask_address, endpoint, formats, strict, verifier,
          min_confidence, prune,
          quiet):
    from ..build import BuildOptions, build as run_build
    from .progress import build_progress

    options = BuildOptions(out_dir=Path(out_dir), store_dir=Path(store_dir) if store_dir else None,
                           model=model, workers=workers, strict=strict, prune=prune,
                           verifier=chosen_verifier(verifier),
                           min_confidence=min_confidence,
                           formats=tuple(formats) or DEFAULT_FORMATS, dask=dask_address, endpoint=endpoint)
    with build_progress(disabled=quiet) as events:
        summary = run_build(inputs, options, events=events)
    click.echo(f"articles: {summary.articles} read, {summary.unchanged} unchanged; "
               f"claims: {summary.claims} new; entities: {summary.entities}; triples: {summary.triples}")
    if summary.kept:
        click.echo(f"kept {summary.kept} stored article(s) that are not in these inputs (--prune drops them)")
    if summary.pruned:
        click.echo(f"pruned {len(summary.pruned)} stored article(s) not in these inputs: {', '.join(summary.pruned)}")
    dates = [p for p in summary.problems if p.kind == "date"]
    skipped = [p for p in summary.problems if p.kind != "date"]
    for problems, head in ((skipped, f"skipped {len(skipped)} bad input item(s):"),
                           (dates, f"could not read {len(dates)} date(s); those articles are kept undated:")):
        if problems:
            click.echo(head, err=True)
            for problem in problems:
                click.echo(f"  {problem}", err=True)
    for path in summary.outputs:
        click.echo(f"{'wrote' if summary.outputs_written else 'unchanged:'} {path}")
    if summary.pushed:
        click.echo(summary.pushed)
    html = Path(out_dir) / FORMATS["html"]
    if html.exists():
        click.echo(f"open the graph: file://{html.resolve()}")


@cli.command(help="Print the claims of articles without storing them.\n\n" + INPUTS_HELP)
@click.argument("inputs", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", default="jsonl", show_default=True, type=click.Choice(["jsonl", "table"]),
              help="Claims as JSON lines (one object a claim, the lines of claims.jsonl: README.md, "
                   "\"What comes out\") or a readable table.")
@MODEL
@VERIFIER
@click.option("--strict", is_flag=True, help="Fail on the first bad input item.")
def extract(inputs, fmt, model, verifier, strict):
    from ..export.tabular import generate_jsonl
    from ..pipeline import extract_articles
    from ..readers import iter_articles

    def report(problem):
        click.echo(f"relgraph: skipped {problem}", err=True)

    for _article, claims in extract_articles(iter_articles(inputs, on_problem=report, strict=strict),
                                             model=model, verifier=chosen_verifier(verifier)):
        if fmt == "jsonl":
            sys.stdout.writelines(generate_jsonl(claims))
        else:
            for c in claims:
                mark = "" if c.polarity == "positive" else "NOT "
                click.echo(f"{c.subject.label} {mark}{c.relation} {c.object.label} "
                           f"[{c.modality}] ← {c.evidence[:90]}")


@cli.command("export")
@click.argument("fmt", metavar="FORMAT", type=RegistryChoice("format", FORMATS))
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False), default=None,
              help="File to write [default: OUT/<the format's file name>]; '-' for stdout.")
@OUT
@STORE
def export_cmd(fmt, output, out_dir, store_dir):
    """Export the built graph in one FORMAT: csv, gexf, graphml, html, jsonl, jsonld, nq, trig, ttl."""
    from ..export import export, export_source
    from ..store import GraphStore

    with GraphStore(_store_path(out_dir, store_dir), read_only=True) as store, export_source(store) as source:
        if output == "-":
            import tempfile
            with tempfile.TemporaryDirectory() as tmp:
                path = export(source, fmt, Path(tmp) / FORMATS[fmt])
                sys.stdout.write(path.read_text(encoding="utf-8"))
            return
        path = export(source, fmt, output or Path(out_dir) / FORMATS[fmt])
    click.echo(f"wrote {path}")


@cli.command()
@OUT
@STORE
@SINCE
@UNTIL
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def stats(out_dir, store_dir, since, until, as_json):
    """Counts of the built graph: articles, claims, entities by type, claims by relation.

    With --since/--until: of the claims dated in that range, their articles, the entities they name
    and the triples of those articles' graphs.
    """
    from ..analysis.stats import graph_stats
    from ..daterange import DateRange
    from ..store import GraphStore

    dates = DateRange.parse(since, until)
    with GraphStore(_store_path(out_dir, store_dir), read_only=True) as store:
        result = graph_stats(store, dates)
    if as_json:
        click.echo(json.dumps(result, indent=1))
        return
    for key in ("articles", "claims", "direct_triples", "entities", "triples"):
        click.echo(f"{key:15} {result[key]}")
    for section in ("entity_types", "relations", "polarity", "modality"):
        click.echo(f"{section}:")
        for name, count in result[section].items():
            click.echo(f"  {name:22} {count}")


@cli.command()
@OUT
@STORE
@click.option("--shapes", type=click.Path(exists=True, dir_okay=False), default=None,
              help="SHACL shapes [default: ontology/shapes.ttl].")
def validate(out_dir, store_dir, shapes):
    """Check the built graph against the SHACL shapes; exit 1 with the violations if it does not conform."""
    from ..store import GraphStore
    from ..validate import validate_store

    with GraphStore(_store_path(out_dir, store_dir), read_only=True) as store:
        conforms, text = validate_store(store, shapes)
    if conforms:
        click.echo("the graph conforms to the SHACL shapes")
        return
    click.echo(text, err=True)
    raise SystemExit(1)


@cli.command("train")
@click.argument("gold", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--out", "out_file", required=True, type=click.Path(dir_okay=False),
              help="Where to write the verifier model (JSON).")
@click.option("--calibrate-on", "calibrate_on", multiple=True, type=click.Path(dir_okay=False),
              help="Gold file (repeatable) of articles the rules were never tuned on: the confidences and the "
                   "default threshold are calibrated on its claims. Default: out-of-fold on GOLD.")
@MODEL
def train_cmd(gold, out_file, calibrate_on, model):
    """Fit the claim verifier on gold files (relgraph-gold/1) and write it as a model file.

    Use it with --verifier FILE (or $RELGRAPH_VERIFIER) on build, extract and eval."""
    from ..export.atomic import atomic_write
    from ..verify.train import fit

    samples = _labelled(gold, model)
    held_out = _labelled(calibrate_on, model) if calibrate_on else None
    about = f"trained on {', '.join(Path(g).name for g in gold)}"
    if calibrate_on:
        about += f"; calibrated on {', '.join(Path(g).name for g in calibrate_on)}"
    verifier = fit(samples, about=about, held_out=held_out)
    atomic_write(out_file, verifier.to_json())
    right = sum(label for _, label in samples)
    calibrated = f", calibrated on {len(held_out)}" if held_out else ""
    click.echo(f"trained on {len(samples)} claims ({right} right){calibrated}; default --min-confidence "
               f"{verifier.threshold:.2f}; wrote {out_file}")


def _labelled(paths, model):
    """Every claim extracted from the gold files' articles, labelled right or wrong."""
    from ..evaluate import load_gold
    from ..pipeline import extract_articles
    from ..verify.train import labelled

    samples = []
    for path in paths:
        articles = load_gold(path)
        samples += labelled(articles, extract_articles((g.article() for g in articles), model=model, verifier=None))
    return samples


@cli.command("rules")
def rules_cmd():
    """List the extraction rules: the id every claim carries as ``rule``, its confidence, what it reads."""
    from ..extract import RULES

    for name in sorted(RULES):
        confidence, reads = RULES[name]
        click.echo(f"{name:14} {confidence:.2f}  {reads}")


@cli.command("eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(dir_okay=False))
@MODEL
@click.option("--json", "as_json", is_flag=True, help="Machine-readable report.")
@click.option("--markdown", is_flag=True, help="One Markdown table row per gold file (no other output).")
@click.option("--calibration", "calibrated", is_flag=True,
              help="Also a reliability table per file (10 bins), the expected calibration error and "
                   "precision at each threshold.")
@VERIFIER
@click.option("--errors/--no-errors", default=None,
              help="List every miss, false positive and must-not hit with its sentence "
                   "[default: on for one gold file, off for several].")
@click.option("--min-precision", type=click.FloatRange(0, 1), default=None,
              help="Exit 1 if any set's precision is lower.")
@click.option("--min-recall", type=click.FloatRange(0, 1), default=None,
              help="Exit 1 if any set's recall is lower.")
@click.option("--min-confidence", "threshold", default=None,
              help="Score only the claims at least this sure: a number from 0 to 1, or 'default' for the "
                   "verifier's own threshold (what a build asserts as direct triples).")
def eval_cmd(gold, model, as_json, markdown, calibrated, verifier, errors, min_precision, min_recall, threshold):
    """Score extraction against gold files: one row per file, then per kind of claim and per
    relation; with --errors every miss and false positive. Exit 1 on any must-not hit."""
    from ..evaluate import format_markdown, format_reports, load_gold, score
    from ..pipeline import extract_articles

    names = [Path(g).stem for g in gold]
    names = names if len(set(names)) == len(names) else list(gold)
    sets = {name: load_gold(path) for name, path in zip(names, gold)}
    chosen = chosen_verifier(verifier)
    floor = _confidence_floor(threshold, chosen)
    reports = {name: score(articles, lambda a: ((art, [c for c in claims if c.confidence >= floor])
                                                for art, claims in extract_articles(a, model=model, verifier=chosen)))
               for name, articles in sets.items()}
    if as_json:
        click.echo(json.dumps({name: r.as_dict() for name, r in reports.items()}, indent=1, ensure_ascii=False))
    elif markdown:
        click.echo(format_markdown(reports))
    else:
        click.echo(format_reports(reports, errors=len(reports) == 1 if errors is None else errors,
                                  calibrated=calibrated))
    failed = any(r.must_not_hits for r in reports.values())
    failed |= min_precision is not None and any((r.precision or 0) < min_precision for r in reports.values())
    failed |= min_recall is not None and any((r.recall or 0) < min_recall for r in reports.values())
    if failed:
        raise SystemExit(1)


def _confidence_floor(value: str | None, verifier) -> float:
    """``eval --min-confidence``: a number from 0 to 1, or "default" for the verifier's threshold."""
    if value is None:
        return 0.0
    if value == "default":
        from ..build import default_threshold

        return default_threshold(verifier)
    try:
        floor = float(value)
    except ValueError:
        floor = -1.0
    if not 0 <= floor <= 1:
        raise click.BadParameter(f"{value!r} is neither a number from 0 to 1 nor 'default'",
                                 param_hint="--min-confidence")
    return floor


@cli.command("agreement")
@click.argument("second", type=click.Path(dir_okay=False))
@click.argument("first", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Machine-readable figures.")
def agreement_cmd(second, first, as_json):
    """Claim-level agreement (F1) of a second annotation SECOND with the first one (FIRST files),
    over the articles both cover."""
    from ..evaluate import agreement, load_gold

    b = load_gold(second)
    a = [g for path in first for g in load_gold(path)]
    result = {"all claims": agreement(a, b), "required claims": agreement(a, b, required_only=True)}
    if as_json:
        click.echo(json.dumps({k: v.as_dict() for k, v in result.items()}, indent=1))
        return
    for name, r in result.items():
        click.echo(f"{name:16} F1 {r.f1:.3f}  ({r.paired} paired of {r.claims_a} and {r.claims_b} claims, "
                   f"{r.articles} articles; same modality class in {r.same_modality} of the pairs)")
