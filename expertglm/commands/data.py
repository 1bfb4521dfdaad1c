"""Data commands: validated ingest of expert records, importers of public sources, demo data, quickstart."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from errors import UsageError
from expertglm import runtime
from expertglm.commands.match import print_match
from expertglm.config import Settings


class _LazyRejects:
    """A rejects file that is only created when the first reject arrives."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh = None

    def write(self, text: str) -> int:
        if self._fh is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fh = self.path.open("w", encoding="utf-8")
        return self._fh.write(text)

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()


def _count_lines(path: Path) -> int:
    with path.open("rb") as fh:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))


def run_ingest(settings: Settings, sources: list[tuple[str, Any, int | None]], rejects: Path | None,
               batch_size: int, progress: bool, index: bool, warn_duplicates: bool = False) -> None:
    """Ingest (name, raw records, expected count) sources with one rejects file; exit 1 when anything was rejected.
    `warn_duplicates`: a `warning:` line for each record that repeats an id given earlier in its file."""
    from tqdm import tqdm

    from kg.ingest import IngestSummary, RejectsWriter, ingest as ingest_records

    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    rejects_path = rejects or settings.home / "rejects" / f"ingest-{stamp}.jsonl"
    lazy = _LazyRejects(rejects_path)
    sink = RejectsWriter(lazy)  # one size cap for the whole command, over all its sources
    total = IngestSummary()
    shown = [0]

    def report(rejection) -> None:
        shown[0] += 1
        if shown[0] <= 20:
            typer.echo(f"rejected {rejection}", err=True)

    duplicates = [0]

    def duplicate(message: str) -> None:
        duplicates[0] += 1
        if duplicates[0] <= 20:
            typer.echo(f"warning: {message}", err=True)

    try:
        with runtime.open_store(settings) as store:
            for name, raw, expected in sources:
                bar = tqdm(raw, total=expected, disable=not progress or (expected is not None and expected < 5000),
                           unit="rec", desc=name, file=sys.stderr)
                summary = ingest_records(store, bar, batch_size=batch_size, rejects=sink, on_reject=report,
                                         on_duplicate=duplicate if warn_duplicates else None)
                bar.close()
                typer.echo(f"{name}: {summary}")
                total.created += summary.created
                total.updated += summary.updated
                total.unchanged += summary.unchanged
                total.rejected += summary.rejected
            total.rejects_not_written += summary.rejects_not_written
            if index:
                typer.echo(f"index: {runtime.sync_index(settings, store, progress=progress)}")
    finally:
        lazy.close()
    if duplicates[0] > 20:
        typer.echo(f"warning: {duplicates[0]} records repeated an id given earlier in their file "
                   "(the first 20 are named above)", err=True)
    if len(sources) > 1:
        typer.echo(f"total: {total}")
    if total.rejected:
        typer.echo(f"rejects written to {rejects_path}")
        raise typer.Exit(1)


def ingest(
    files: Annotated[list[Path], typer.Argument(help="JSONL or CSV files of expert records.", exists=True, dir_okay=False)],
    rejects: Annotated[Path | None, typer.Option(help="Where rejected records go (JSONL).")] = None,
    batch_size: Annotated[int, typer.Option(min=1, max=50_000, help="Records per transaction.")] = 2000,
    progress: Annotated[bool, typer.Option(help="Progress bar on large files.")] = True,
    index: Annotated[bool, typer.Option("--index", help="Also bring the retrieval index up to date.")] = False,
) -> None:
    """Validate and upsert expert records; exit status 1 when any record was rejected."""
    from kg.readers import read_records

    sources = []
    for path in files:
        try:
            raw = read_records(path)
        except ValueError as exc:
            raise UsageError(str(exc)) from exc
        expected = _count_lines(path) if path.stat().st_size > 1_000_000 else None
        sources.append((str(path), raw, expected))
    run_ingest(Settings.from_env(), sources, rejects, batch_size, progress, index, warn_duplicates=True)


def import_(
    kind: Annotated[str, typer.Argument(help="academicians, nsfc-projects, nsfc-taxonomy, or all.")],
    files: Annotated[list[Path] | None, typer.Argument(
        help="The source files; for `all`, the shared-data folder (default ../shared/data).", exists=True)] = None,
    rejects: Annotated[Path | None, typer.Option(help="Where rejected records go (JSONL).")] = None,
    batch_size: Annotated[int, typer.Option(min=1, max=50_000, help="Records per transaction.")] = 2000,
    progress: Annotated[bool, typer.Option(help="Progress bar.")] = True,
    index: Annotated[bool, typer.Option("--index", help="Also bring the retrieval index up to date.")] = False,
) -> None:
    """Import a public source through the same validated, idempotent ingest path (`all`: every source, the
    discipline and semantic models and the index, in one go)."""
    from kg.importers import SOURCES

    files = files or []
    if kind == "all":
        import_everything(Settings.from_env(), files[0] if files else Path("../shared/data"), progress)
        return
    if kind not in SOURCES:
        raise UsageError(f"KIND {kind!r}: use one of {', '.join(SOURCES)} or all")
    if not files or any(f.is_dir() for f in files):
        raise UsageError(f"import {kind} needs its source files (not folders)")
    settings = Settings.from_env()
    if kind == "nsfc-taxonomy":
        from kg import cypher
        from kg.importers.nsfc_taxonomy import field_rows, load_taxonomy

        with runtime.open_store(settings) as store:
            for path in files:
                rows = field_rows(load_taxonomy(path))
                for start in range(0, len(rows), batch_size):
                    store.write(cypher.UPSERT_FIELD_TAXONOMY, {"rows": rows[start:start + batch_size]})
                typer.echo(f"{path}: {len(rows)} fields with their SUBFIELD_OF links")
        return
    try:
        run_ingest(settings, [(f"{kind} ({len(files)} files)", SOURCES[kind](files), None)], rejects, batch_size,
                   progress, index)
    except typer.Exit:  # some records were rejected: the ones ingested still get their sources
        link_sources(settings, kind, files)
        raise
    link_sources(settings, kind, files)


def import_everything(settings: Settings, data: Path, progress: bool = True) -> None:
    """Taxonomy, NSFC projects and academicians with their sources, the discipline and semantic models, the index."""
    from tqdm import tqdm

    from retrieval.bootstrap import import_all

    with runtime.open_store(settings) as store, tqdm(desc="embedding", unit="experts", file=sys.stderr,
                                                      disable=not progress) as bar:
        report = import_all(store, runtime.embedder(settings, bulk=True), data, settings.index_dir,
                            settings.graph_id, settings.home / "models" / "discipline",
                            settings.home / "models" / "semantic", say=typer.echo,
                            progress=bar.update, index_kind=settings.index_kind)
    typer.echo(f"done: {report.counts.get('indexed', 0)} experts indexed in {sum(report.seconds.values()):.0f} s"
               + (f"; {report.rejected} records rejected" if report.rejected else ""))


def link_sources(settings: Settings, kind: str, files: list[Path]) -> None:
    """The provenance step after an import: source records and the evidence they state (kg/provenance.py)."""
    from kg.provenance import import_provenance

    with runtime.open_store(settings) as store:
        done = import_provenance(store, kind, files)
    if done is not None:
        typer.echo(f"sources: {done[0]} records linked to their experts, {done[1]} not resolved to one expert")


def demo_data(
    experts: Annotated[int, typer.Option(min=1, max=1_000_000, help="How many experts.")] = 10_000,
    seed: Annotated[int, typer.Option(help="Random seed; the same seed gives the same file.")] = 0,
    out: Annotated[Path, typer.Option("-o", "--out", help="Output JSONL file.", dir_okay=False)] = Path("demo-experts.jsonl"),
) -> None:
    """Write a realistic, deterministic Chinese expert data set (JSONL) for demos, tests and benchmarks."""
    from kg.demo import write_demo_data

    count = write_demo_data(out, experts, seed)
    typer.echo(f"wrote {count} experts to {out}")


def quickstart(
    experts: Annotated[int, typer.Option(min=5, max=1_000_000, help="Demo experts to load.")] = 10_000,
    seed: Annotated[int, typer.Option(help="Demo data seed.")] = 42,
    problem: Annotated[str, typer.Option(help="A sample enterprise problem.")] = "我们企业在注塑件翘曲上遇到难题，请推荐专家",
) -> None:
    """Start the graph, load demo experts, run an analyst query, index the experts and match a sample problem."""
    from kg import cypher
    from kg.demo import write_demo_data
    from kg.ingest import ingest as ingest_records
    from kg.readers import read_records
    from kg.schema import describe

    settings = Settings.from_env()
    data = settings.home / "demo" / f"experts-{experts}-seed{seed}.jsonl"
    if not data.exists():
        data.parent.mkdir(parents=True, exist_ok=True)
        write_demo_data(data, experts, seed)
    typer.echo(f"[1/5] demo data: {data}")
    with runtime.open_store(settings) as store:
        typer.echo(f"[2/5] graph: {store.engine} under {settings.home}")
        summary = ingest_records(store, read_records(data))
        typer.echo(f"[3/5] ingest: {summary}")
        info = describe(store)
        typer.echo("      " + ", ".join(f"{k} {v}" for k, v in info.labels.items()))
        typer.echo("      analyst query — experts on directions containing 注塑:")
        for row in store.read(cypher.EXPERTS_BY_DIRECTION_TERM, {"term": "注塑", "limit": 3}).records():
            typer.echo(f"        · {row['name']}（{'、'.join(row['institutions']) or '—'}）{'、'.join(row['directions'])}")
        typer.echo(f"[4/5] index: {runtime.sync_index(settings, store)}")
        found, _ = runtime.retriever(settings, store)
        result = found.match(problem, top_k=3)
    typer.echo(f"[5/5] match «{problem}»:")
    print_match(result)


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
    app.command("import")(import_)
    app.command("demo-data")(demo_data)
    app.command("quickstart")(quickstart)
