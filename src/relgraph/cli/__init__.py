"""The ``relgraph`` command: a thin shell over the Python API.

Every user error is one line on stderr, ``relgraph: error: …``, with exit code 1 (runtime) or
2 (usage); never a traceback.
"""

from __future__ import annotations

import logging

import click

from .. import __version__
from ..errors import RelgraphError


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


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script."""
    try:
        cli.main(args=argv, prog_name="relgraph", standalone_mode=False)
    except RelgraphError as error:
        click.echo(f"relgraph: error: {error}", err=True)
        return error.exit_code
    except click.exceptions.Abort:
        click.echo("relgraph: interrupted", err=True)
        return 130
    except click.UsageError as error:
        command = error.ctx.command_path if error.ctx is not None else "relgraph"
        message = " ".join(error.format_message().split()).rstrip(".")
        message = message[:1].lower() + message[1:]
        click.echo(f"relgraph: error: {message} (see '{command} --help')", err=True)
        return error.exit_code
    except click.ClickException as error:
        click.echo(f"relgraph: error: {' '.join(error.format_message().split())}", err=True)
        return error.exit_code
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        click.echo("relgraph: interrupted", err=True)
        return 130
    return 0


# Command modules register themselves on ``cli``; each is one family of verbs.
from . import access, commands, html  # noqa: E402,F401
