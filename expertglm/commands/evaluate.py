"""Evaluation commands: retrieval quality, generation (hallucination), public expert-finding benchmarks."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from expertglm import runtime
from expertglm.commands.match import BACKEND_HELP
from expertglm.config import Settings

eval_app = typer.Typer(help="Measure matching, answering and training quality.", no_args_is_help=True)


@eval_app.command("retrieval")
def eval_retrieval(
    queries: Annotated[Path, typer.Option(help="JSONL of {query, relevant | relevant_directions}.", exists=True)],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """MRR, nDCG@10, P@5 and Recall@20 of each retriever alone and fused."""
    from evaluation.retrieval import evaluate_retrievers, format_table

    settings = Settings.from_env()
    with runtime.open_store(settings) as store:
        retriever, warning = runtime.retriever(settings, store)
        if warning:
            typer.echo(f"warning: {warning}", err=True)
        table = evaluate_retrievers(retriever, store, queries)
    typer.echo(json.dumps(table, indent=2) if as_json else format_table(table))


@eval_app.command("generation")
def eval_generation(
    queries: Annotated[Path, typer.Option(help="JSONL of {query, relevant | relevant_directions}.", exists=True)],
    backend: Annotated[str | None, typer.Option(help=BACKEND_HELP)] = None,
    guard: Annotated[bool, typer.Option(help="Apply the grounding guard (--no-guard measures the raw backend).")] = True,
    labels: Annotated[Path | None, typer.Option(
        help="Hand sentence labels (JSONL, see benchmarks/generation_labels/); without them hallucination is unknown.",
        exists=True, dir_okay=False)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Hallucination rate (judged by hand labels, never by the guard), expert precision and latency of a backend."""
    from evaluation.generation import evaluate_generation

    settings = Settings.from_env()
    with runtime.open_store(settings) as store:
        answerer = runtime.answerer(settings, store, backend)
        answerer.guard = guard
        metrics = evaluate_generation(answerer, store, queries, labels=labels)
    if as_json:
        typer.echo(json.dumps(metrics.to_dict(), ensure_ascii=False, indent=2))
        return
    for name, value in metrics.to_dict().items():
        typer.echo(f"{name:28s} {value:.3f}" if isinstance(value, float) else f"{name:28s} {value}")


@eval_app.command("external")
def eval_external(
    benchmark: Annotated[str, typer.Option(help="brochier-dblp, reviewer-gold or nsfc-silver.")],
    data: Annotated[Path, typer.Option(help="The shared data root, or the benchmark's folder or file.")] = Path(
        "../shared/data"),
    retriever: Annotated[str, typer.Option(
        help="lexical, dense, fused, tfidf, dense-minilm, fused-minilm or published:NAME.")] = "fused",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Score a retriever on a public expert-finding benchmark."""
    from errors import InputFileError
    from evaluation.external.benchmarks import evaluate_external

    try:
        result = evaluate_external(benchmark, data, retriever)
    except (ValueError, FileNotFoundError) as exc:
        raise InputFileError(str(exc)) from exc
    if as_json:
        typer.echo(json.dumps(result.to_json(), indent=2))
        return
    metrics = "  ".join(f"{k} {v:.3f}" for k, v in result.metrics.items())
    typer.echo(f"{benchmark} / {retriever}: {metrics}  ({result.queries} queries, {result.seconds:.1f} s)")


def register(app: typer.Typer) -> None:
    app.add_typer(eval_app, name="eval")
