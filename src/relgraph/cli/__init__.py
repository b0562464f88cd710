"""The ``relgraph`` command: a thin shell over the Python API.

Every user error is one line on stderr, ``relgraph: error: …``, with exit code 1 (runtime) or
2 (usage); never a traceback.
"""

from __future__ import annotations

import click

from ..errors import RelgraphError
from .group import cli

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
from . import access, commands, html, lexicon  # noqa: E402,F401

__all__ = ["cli", "main"]
