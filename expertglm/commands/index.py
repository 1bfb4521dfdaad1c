"""Index commands: keep the retrieval index in step with the graph."""

from __future__ import annotations

from pathlib import Path
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


@index_app.command("discipline")
def index_discipline(
    data: Annotated[Path, typer.Option(help="The shared-data folder (NSFC taxonomy and projects).", exists=True,
                                       file_okay=False)] = Path("../shared/data"),
) -> None:
    """Train the problem → NSFC-discipline model from the real data and add its signal to the index."""
    from retrieval import discipline
    from retrieval.sync import read_profile_texts

    settings = Settings.from_env()
    model_dir = settings.home / "models" / "discipline"
    typer.echo("training on the NSFC taxonomy and projects …")
    model = discipline.train(data)
    model.save(model_dir)
    test = model.metrics.get("test", {})
    typer.echo(f"saved {model_dir}: held-out projects acc@1 {test.get('acc@1', float('nan')):.3f}, "
               f"acc@5 {test.get('acc@5', float('nan')):.3f}")
    if (settings.index_dir / "graph.json").exists():
        with runtime.open_store(settings) as store:
            discipline.attach(model_dir, settings.index_dir, store, read_profile_texts(settings.index_dir))
        typer.echo(f"the index at {settings.index_dir} now uses it")
    else:
        typer.echo("no index yet: `expertglm index build` will use it")


@index_app.command("semantic")
def index_semantic(
    data: Annotated[Path, typer.Option(help="The shared-data folder (the CAS/CAE academician CSVs).", exists=True,
                                       file_okay=False)] = Path("../shared/data"),
) -> None:
    """Train the Chinese semantic signal on the academicians' biographies; `match` fuses it in from then on."""
    from retrieval import semantic
    from retrieval.sync import read_profile_texts

    settings = Settings.from_env()
    model_dir = settings.home / "models" / "semantic"
    typer.echo("training on the academicians' biographies (a few minutes) …")
    model, metrics = semantic.train(data)
    model.save(model_dir, metrics)
    typer.echo(f"saved {model_dir}: {metrics['pairs']} sentence pairs from {metrics['biographies']} biographies, "
               f"loss by epoch {metrics['epoch_losses']}")
    if (settings.index_dir / "graph.json").exists():
        semantic.attach(model_dir, read_profile_texts(settings.index_dir))
        typer.echo(f"the index at {settings.index_dir} now uses it")
    else:
        typer.echo("no index yet: `expertglm index build` will use it")


def register(app: typer.Typer) -> None:
    app.add_typer(index_app, name="index")
