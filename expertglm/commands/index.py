"""Index commands: keep the retrieval index in step with the graph."""

from __future__ import annotations

from typing import Annotated

import typer

from expertglm import runtime
from expertglm.config import Settings

index_app = typer.Typer(help="Keep the retrieval indexes in step with the graph.", no_args_is_help=True)


@index_app.command("build")
def index_build(progress: Annotated[bool, typer.Option(help="Progress bar.")] = True) -> None:
    """Embed every expert into a new index (dense, lexical, directions)."""
    settings = Settings.from_env()
    with runtime.open_store(settings) as store:
        report = runtime.sync_index(settings, store, rebuild=True, progress=progress)
    typer.echo(f"built: {report} ({settings.index_dir})")


@index_app.command("update")
def index_update(progress: Annotated[bool, typer.Option(help="Progress bar.")] = True) -> None:
    """Embed only new or changed experts and drop deleted ones."""
    settings = Settings.from_env()
    with runtime.open_store(settings) as store:
        report = runtime.sync_index(settings, store, progress=progress)
    typer.echo(f"updated: {report}" if not report.in_step else f"nothing to do: {report}")


@index_app.command("verify")
def index_verify() -> None:
    """Report experts missing from the index or stale in it; exit status 1 when it is behind."""
    from retrieval.sync import verify_index

    settings = Settings.from_env()
    with runtime.open_store(settings) as store:
        report = verify_index(store, runtime.embedder(settings), settings.index_dir, settings.graph_id)
    typer.echo(str(report))
    if not report.in_step:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.add_typer(index_app, name="index")
