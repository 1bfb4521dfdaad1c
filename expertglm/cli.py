"""The `expertglm` command line: assembles the command modules and maps every expected error to one line.

Exit status: 0 ok; 1 some records rejected / index behind; 2 bad usage or input; 3 refused (read-only query,
graph not running for `graph status`); 4 graph unavailable; 5 index missing or unusable; 6 answer backend
unavailable or failed; 130 interrupted.
"""

from __future__ import annotations

import typer
from typer.core import TyperGroup

from errors import ExpertGLMError
from expertglm.commands import data, evaluate, graph, index, match, train


class _Group(TyperGroup):
    """The root command group: an ExpertGLMError anywhere below becomes `error: <message>` and its exit status."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except ExpertGLMError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            typer.echo("interrupted", err=True)
            raise typer.Exit(130) from None


app = typer.Typer(
    cls=_Group,
    help="Expert-ChatGLM: match enterprise problems to experts in a knowledge graph.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
graph.register(app)
data.register(app)
index.register(app)
match.register(app)
evaluate.register(app)
train.register(app, evaluate.eval_app)
