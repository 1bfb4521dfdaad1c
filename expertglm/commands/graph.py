"""Graph commands: run the embedded server, query with Cypher, print the schema."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Annotated, Any

import typer

from errors import UsageError
from expertglm import runtime
from expertglm.commands.match import text_argument
from expertglm.config import Settings
from expertglm.output import print_result

graph_app = typer.Typer(help="Manage the embedded FalkorDB server.", no_args_is_help=True)


def _say(message: str) -> None:
    typer.echo(message, err=True)


@graph_app.command("start")
def graph_start() -> None:
    """Start the embedded graph server and wait while it loads (no-op when running or when NEO4J_URI is set)."""
    from kg import falkordb_server

    settings = Settings.from_env()
    if settings.store.neo4j_uri:
        typer.echo("NEO4J_URI is set; the embedded server is not used")
        return
    info = falkordb_server.start(settings.home, progress=_say)
    typer.echo(f"FalkorDB running on 127.0.0.1:{info.port} (pid {info.pid}), data in {info.data_dir}")


@graph_app.command("stop")
def graph_stop() -> None:
    """Stop the embedded graph server after saving its data."""
    from kg import falkordb_server

    stopped = falkordb_server.stop(Settings.from_env().home, progress=_say)
    typer.echo("stopped" if stopped else "not running")


@graph_app.command("backup")
def graph_backup(
    file: Annotated[Path, typer.Argument(help="Where to write the snapshot (replaced atomically).")],
    verify: Annotated[bool, typer.Option("--verify", help="Load the copy in a throwaway server and count it.")] = False,
) -> None:
    """Write a consistent snapshot of the embedded graph to FILE (a fresh one when the server runs)."""
    from kg import falkordb_server

    typer.echo(f"backup: {falkordb_server.backup(Settings.from_env().home, file, verify_copy=verify, progress=_say)}")


@graph_app.command("restore")
def graph_restore(file: Annotated[Path, typer.Argument(help="A snapshot written by `graph backup`.")]) -> None:
    """Replace the embedded graph with FILE: it is loaded and counted first, and nothing changes unless it loads."""
    from kg import falkordb_server

    typer.echo(f"restored: {falkordb_server.restore(Settings.from_env().home, file, progress=_say)}")


@graph_app.command("status")
def graph_status() -> None:
    """Say whether the graph server runs and how many experts it holds."""
    from kg import cypher, falkordb_server

    settings = Settings.from_env()
    if settings.store.neo4j_uri:
        typer.echo("engine: neo4j (NEO4J_URI)")
    else:
        info = falkordb_server.running(settings.home)
        if info is None:
            owner = falkordb_server.owner(settings.home)
            if owner is not None and owner.pid > 0:
                typer.echo(f"engine: falkordb (embedded), pid {owner.pid} owns {owner.data_dir} but is not answering "
                           f"(loading, busy or paused)")
                raise typer.Exit(4)
            typer.echo(f"engine: falkordb (embedded), not running; home {settings.home}")
            raise typer.Exit(3)
        typer.echo(f"engine: falkordb (embedded), running on 127.0.0.1:{info.port}, pid {info.pid}, data {info.data_dir}")
    with runtime.open_store(settings) as store:
        typer.echo(f"experts: {store.read(cypher.EXPERT_COUNT).value(0)}")


INT64 = (-(2 ** 63), 2 ** 63 - 1)


def _param_problem(value: Any) -> str | None:
    """Why a parameter value cannot be sent as it is, or None: text that is not valid UTF-8, a map key the engine
    cannot take (empty, or with a backtick), NaN or an infinity, an integer beyond 64 bits (it would be clamped)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError as exc:
                return f"text that is not valid UTF-8 (character {exc.start + 1})"
        elif isinstance(item, bool):
            continue
        elif isinstance(item, int) and not INT64[0] <= item <= INT64[1]:
            return f"{item} is beyond the 64-bit integers the graph stores"
        elif isinstance(item, float) and not math.isfinite(item):
            return f"{item} is not a finite number"
        elif isinstance(item, dict):
            for key in item:
                if key == "" or "`" in key:
                    return f"map key {key!r} cannot be used (it is empty or holds a backtick)"
                stack.append(key)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return None


def parse_params(params: list[str]) -> dict[str, Any]:
    """--param NAME=VALUE pairs; VALUE is parsed as JSON when it is JSON, else kept as text. A value that could not
    reach the engine as given is refused naming the parameter (see `_param_problem`)."""
    parsed: dict[str, Any] = {}
    for item in params:
        name, sep, raw = item.partition("=")
        if not sep or not name.isidentifier():
            raise UsageError(f"--param {text_argument(item, 'the --param')!r}: expected NAME=VALUE")
        try:
            value = json.loads(raw)
        except json.JSONDecodeError:
            value = raw
        if (problem := _param_problem(value)) is not None:
            raise UsageError(f"--param {name}: {problem}")
        parsed[name] = value
    return parsed


def cypher_cmd(
    query: Annotated[str, typer.Argument(help="A Cypher query; pass values with --param, never inside the text.")],
    param: Annotated[list[str], typer.Option("--param", "-p", help="NAME=VALUE (VALUE parsed as JSON when it is).")] = [],  # noqa: B006
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, json or csv.")] = "table",
    write: Annotated[bool, typer.Option("--write", help="Allow the query to change the graph.")] = False,
) -> None:
    """Run a Cypher query, read-only unless --write is given (a writing query is refused with exit status 3)."""
    if fmt not in ("table", "json", "csv"):
        raise UsageError("--format: use table, json or csv")
    text_argument(query, "the query")
    params = parse_params(param)
    with runtime.open_store(Settings.from_env()) as store:
        result = store.write(query, params) if write else store.read(query, params)
    print_result(result, fmt)
    if write and result.stats:
        typer.echo(", ".join(f"{k} {v}" for k, v in result.stats.items()), err=True)


def schema(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """Print labels, relationship types and property keys with counts."""
    from kg.schema import describe

    with runtime.open_store(Settings.from_env()) as store:
        summary = describe(store)
    if as_json:
        typer.echo(json.dumps(summary.to_dict(), ensure_ascii=False, indent=2))
        return
    typer.echo(f"engine: {summary.engine}")
    typer.echo("labels: " + ", ".join(f"{k} ({v})" for k, v in summary.labels.items()))
    typer.echo("relationships: " + ", ".join(f"{k} ({v})" for k, v in summary.relationships.items()))
    typer.echo("property keys: " + ", ".join(summary.property_keys))


def register(app: typer.Typer) -> None:
    app.add_typer(graph_app, name="graph")
    app.command("cypher")(cypher_cmd)
    app.command("schema")(schema)
