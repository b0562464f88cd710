"""lexicon: the CAMEO codebook against the relation lexicon (which event types the lexicon reaches)."""

from __future__ import annotations

from pathlib import Path

import click

from .group import cli


@cli.command("lexicon")
@click.option("--coverage", "missing_only", is_flag=True,
              help="Only the codes no lexicon or topic row reaches, and the count of leaf codes without a row.")
@click.option("--all", "every_code", is_flag=True,
              help="Every code of the codebook (roots and inner codes too), not only the leaf codes.")
@click.option("--format", "fmt", default="text", show_default=True, type=click.Choice(["text", "tsv"]),
              help="Aligned text grouped by root, or tab-separated rows (the count line then goes to stderr).")
@click.option("--lexicon", "lexicon_path", default=None, type=click.Path(exists=True, dir_okay=False),
              help="A lexicon file to measure instead of ontology/lexicon.tsv.")
@click.option("--topics", "topics_path", default=None, type=click.Path(exists=True, dir_okay=False),
              help="A topic table to measure instead of ontology/cameo_topics.tsv.")
def lexicon_cmd(missing_only, every_code, fmt, lexicon_path, topics_path):
    """List the CAMEO leaf codes (ontology/cameo.tsv) with their relation and the number of lexicon rows
    and topic rows (ontology/cameo_topics.tsv) that reach them; a lexicon row whose cameo is '-' reaches
    its relation's own code; a topic row reaches each code it lists."""
    from ..resources.cameo import coverage
    from ..resources.lexicon import load_lexicon, read_lexicon
    from ..resources.topics import load_topics

    lexicon = read_lexicon(Path(lexicon_path)) if lexicon_path else load_lexicon()
    codes = coverage(lexicon, load_topics(Path(topics_path)) if topics_path else load_topics())
    leaves = [c for c in codes if c.leaf]
    bare = [c for c in leaves if not c.rows]
    count_line = (f"{len(bare)} of {len(leaves)} leaf codes have no row "
                  f"({sum(c.relation is None for c in bare)} of them no relgraph relation either)")
    shown = [c for c in codes if (every_code or c.leaf) and not (missing_only and c.rows)]
    if fmt == "tsv":
        click.echo("root\tcode\tlabel\trelation\trows")
        for c in shown:
            click.echo(f"{c.root}\t{c.code}\t{c.label}\t{c.relation or '-'}\t{c.rows}")
        if missing_only:
            click.echo(count_line, err=True)
        return
    roots = {c.code: c for c in codes if len(c.code) == 2}
    for root in roots.values():
        group = [c for c in shown if c.root == root.code and c is not root]
        if not group and not (every_code and root in shown):
            continue
        own = [c for c in leaves if c.root == root.code]
        bare = sum(not c.rows for c in own)
        click.echo(f"{root.code}  {root.label} ({root.rows} rows; {bare} of {len(own)} leaf codes without a row)")
        for c in group:
            click.echo(f"  {c.code:<5} {c.label[:62]:<62} {c.relation or '-':<20} {c.rows:>3}")
    if missing_only:
        click.echo(count_line)
