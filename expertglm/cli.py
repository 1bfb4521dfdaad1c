"""The `expertglm` command line: a thin layer that reads settings, opens the store and calls the libraries."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from expertglm.config import Settings
from expertglm.output import print_result

app = typer.Typer(
    help="Expert-ChatGLM: match enterprise problems to experts in a knowledge graph.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
graph_app = typer.Typer(help="Manage the embedded FalkorDB server.", no_args_is_help=True)
app.add_typer(graph_app, name="graph")
index_app = typer.Typer(help="Keep the retrieval indexes in step with the graph.", no_args_is_help=True)
app.add_typer(index_app, name="index")
eval_app = typer.Typer(help="Measure matching quality.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


def _settings() -> Settings:
    return Settings.from_env()


def _open_store(settings: Settings):
    from kg.connect import open_store
    from kg.falkordb_server import ServerError
    from kg.store import GraphError

    try:
        return open_store(settings.store)
    except (ServerError, GraphError) as exc:
        typer.echo(f"error: cannot open the graph: {exc}", err=True)
        raise typer.Exit(2) from exc


@graph_app.command("start")
def graph_start() -> None:
    """Start the embedded graph server (no-op when running or when NEO4J_URI is set)."""
    from kg import falkordb_server

    settings = _settings()
    if settings.store.neo4j_uri:
        typer.echo(f"NEO4J_URI is set ({settings.store.neo4j_uri}); the embedded server is not used")
        return
    info = falkordb_server.start(settings.home)
    typer.echo(f"FalkorDB running on 127.0.0.1:{info.port} (pid {info.pid}), data in {info.data_dir}")


@graph_app.command("stop")
def graph_stop() -> None:
    """Stop the embedded graph server after saving its data."""
    from kg import falkordb_server

    stopped = falkordb_server.stop(_settings().home)
    typer.echo("stopped" if stopped else "not running")


@graph_app.command("status")
def graph_status() -> None:
    """Say whether the graph server runs and how many experts it holds."""
    from kg import cypher, falkordb_server

    settings = _settings()
    if settings.store.neo4j_uri:
        typer.echo(f"engine: neo4j at {settings.store.neo4j_uri}")
    else:
        info = falkordb_server.running(settings.home)
        if info is None:
            typer.echo(f"engine: falkordb (embedded), not running; home {settings.home}")
            raise typer.Exit(3)
        typer.echo(f"engine: falkordb (embedded), running on 127.0.0.1:{info.port}, pid {info.pid}, data {info.data_dir}")
    with _open_store(settings) as store:
        typer.echo(f"experts: {store.read(cypher.EXPERT_COUNT).value(0)}")


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


def _run_ingest(settings: Settings, sources: list[tuple[str, Any, int | None]], rejects: Path | None,
                batch_size: int, progress: bool, index: bool) -> None:
    """Ingest (name, raw records, expected count) sources with one rejects file; exit 1 when anything was rejected."""
    from tqdm import tqdm

    from kg.ingest import IngestSummary, ingest as run_ingest

    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    rejects_path = rejects or settings.home / "rejects" / f"ingest-{stamp}.jsonl"
    sink = _LazyRejects(rejects_path)
    total = IngestSummary()
    shown = [0]

    def report(rejection) -> None:
        shown[0] += 1
        if shown[0] <= 20:
            typer.echo(f"rejected {rejection}", err=True)

    with _open_store(settings) as store:
        for name, raw, expected in sources:
            bar = tqdm(raw, total=expected, disable=not progress or (expected is not None and expected < 5000),
                       unit="rec", desc=name, file=sys.stderr)
            summary = run_ingest(store, bar, batch_size=batch_size, rejects=sink, on_reject=report)
            bar.close()
            typer.echo(f"{name}: {summary}")
            total.created += summary.created
            total.updated += summary.updated
            total.unchanged += summary.unchanged
            total.rejected += summary.rejected
        if index:
            typer.echo(f"index: {_update_index(settings, store, progress)}")
    sink.close()
    if len(sources) > 1:
        typer.echo(f"total: {total}")
    if total.rejected:
        typer.echo(f"rejects written to {rejects_path}")
        raise typer.Exit(1)


@app.command()
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
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from exc
        expected = _count_lines(path) if path.stat().st_size > 1_000_000 else None
        sources.append((str(path), raw, expected))
    _run_ingest(_settings(), sources, rejects, batch_size, progress, index)


@app.command("import")
def import_(
    kind: Annotated[str, typer.Argument(help="academicians, nsfc-projects or nsfc-taxonomy.")],
    files: Annotated[list[Path], typer.Argument(help="The source files.", exists=True, dir_okay=False)],
    rejects: Annotated[Path | None, typer.Option(help="Where rejected records go (JSONL).")] = None,
    batch_size: Annotated[int, typer.Option(min=1, max=50_000, help="Records per transaction.")] = 2000,
    progress: Annotated[bool, typer.Option(help="Progress bar.")] = True,
    index: Annotated[bool, typer.Option("--index", help="Also bring the retrieval index up to date.")] = False,
) -> None:
    """Import a public source through the same validated, idempotent ingest path."""
    from kg.importers import SOURCES

    if kind not in SOURCES:
        raise typer.BadParameter(f"use one of {', '.join(SOURCES)}", param_hint="KIND")
    settings = _settings()
    if kind == "nsfc-taxonomy":
        from kg import cypher
        from kg.importers.nsfc_taxonomy import field_rows, load_taxonomy

        with _open_store(settings) as store:
            for path in files:
                rows = field_rows(load_taxonomy(path))
                for start in range(0, len(rows), batch_size):
                    store.write(cypher.UPSERT_FIELD_TAXONOMY, {"rows": rows[start:start + batch_size]})
                typer.echo(f"{path}: {len(rows)} fields with their SUBFIELD_OF links")
        return
    _run_ingest(settings, [(f"{kind} ({len(files)} files)", SOURCES[kind](files), None)], rejects, batch_size,
                progress, index)


@app.command("demo-data")
def demo_data(
    experts: Annotated[int, typer.Option(min=1, max=1_000_000, help="How many experts.")] = 10_000,
    seed: Annotated[int, typer.Option(help="Random seed; the same seed gives the same file.")] = 0,
    out: Annotated[Path, typer.Option("-o", "--out", help="Output JSONL file.", dir_okay=False)] = Path("demo-experts.jsonl"),
) -> None:
    """Write a realistic, deterministic Chinese expert data set (JSONL) for demos, tests and benchmarks."""
    from kg.demo import write_demo_data

    count = write_demo_data(out, experts, seed)
    typer.echo(f"wrote {count} experts to {out}")


def _parse_params(params: list[str]) -> dict[str, Any]:
    parsed: dict[str, Any] = {}
    for item in params:
        name, sep, raw = item.partition("=")
        if not sep or not name.isidentifier():
            raise typer.BadParameter(f"{item!r}: expected NAME=VALUE", param_hint="--param")
        try:
            parsed[name] = json.loads(raw)
        except json.JSONDecodeError:
            parsed[name] = raw
    return parsed


@app.command("cypher")
def cypher_cmd(
    query: Annotated[str, typer.Argument(help="A Cypher query; pass values with --param, never inside the text.")],
    param: Annotated[list[str], typer.Option("--param", "-p", help="NAME=VALUE (VALUE parsed as JSON when it is).")] = [],  # noqa: B006
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, json or csv.")] = "table",
    write: Annotated[bool, typer.Option("--write", help="Allow the query to change the graph.")] = False,
) -> None:
    """Run a Cypher query, read-only unless --write is given."""
    from kg.store import GraphError, ReadOnlyViolation

    if fmt not in ("table", "json", "csv"):
        raise typer.BadParameter("use table, json or csv", param_hint="--format")
    params = _parse_params(param)
    with _open_store(_settings()) as store:
        try:
            result = store.write(query, params) if write else store.read(query, params)
        except ReadOnlyViolation as exc:
            typer.echo(f"refused: {exc}", err=True)
            raise typer.Exit(3) from exc
        except GraphError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from exc
    print_result(result, fmt)
    if write and result.stats:
        typer.echo(", ".join(f"{k} {v}" for k, v in result.stats.items()), err=True)


@app.command()
def schema(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """Print labels, relationship types and property keys with counts."""
    from kg.schema import describe

    with _open_store(_settings()) as store:
        summary = describe(store)
    if as_json:
        typer.echo(json.dumps(summary.to_dict(), ensure_ascii=False, indent=2))
        return
    typer.echo(f"engine: {summary.engine}")
    typer.echo("labels: " + ", ".join(f"{k} ({v})" for k, v in summary.labels.items()))
    typer.echo("relationships: " + ", ".join(f"{k} ({v})" for k, v in summary.relationships.items()))
    typer.echo("property keys: " + ", ".join(summary.property_keys))


@app.command()
def quickstart(
    experts: Annotated[int, typer.Option(min=5, max=1_000_000, help="Demo experts to load.")] = 10_000,
    seed: Annotated[int, typer.Option(help="Demo data seed.")] = 42,
    problem: Annotated[str, typer.Option(help="A sample enterprise problem.")] = "我们企业在注塑件翘曲上遇到难题，请推荐专家",
) -> None:
    """Start the graph, load demo experts, run an analyst query, index the experts and match a sample problem."""
    from kg import cypher
    from kg.demo import write_demo_data
    from kg.ingest import ingest as run_ingest
    from kg.readers import read_records
    from kg.schema import describe

    settings = _settings()
    data = settings.home / "demo" / f"experts-{experts}-seed{seed}.jsonl"
    if not data.exists():
        data.parent.mkdir(parents=True, exist_ok=True)
        write_demo_data(data, experts, seed)
    typer.echo(f"[1/5] demo data: {data}")
    with _open_store(settings) as store:
        typer.echo(f"[2/5] graph: {store.engine} under {settings.home}")
        summary = run_ingest(store, read_records(data))
        typer.echo(f"[3/5] ingest: {summary}")
        info = describe(store)
        typer.echo("      " + ", ".join(f"{k} {v}" for k, v in info.labels.items()))
        typer.echo("      analyst query — experts on directions containing 注塑:")
        for row in store.read(cypher.EXPERTS_BY_DIRECTION_TERM, {"term": "注塑", "limit": 3}).records():
            typer.echo(f"        · {row['name']}（{'、'.join(row['institutions']) or '—'}）{'、'.join(row['directions'])}")
        typer.echo(f"[4/5] index: {_update_index(settings, store)}")
        retriever, _ = _retriever(settings, store)
        result = retriever.match(problem, top_k=3)
    typer.echo(f"[5/5] match «{problem}»:")
    _print_match(result)

def _embedder(settings: Settings, bulk: bool = False):
    from expertglm.config import make_embedder

    try:
        return make_embedder(settings.embedder, bulk=bulk)
    except (ValueError, ImportError, OSError) as exc:
        typer.echo(f"error: cannot load embedder {settings.embedder!r}: {exc}", err=True)
        raise typer.Exit(2) from exc


def _bar(total: int, desc: str, enabled: bool = True):
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="experts", file=sys.stderr, disable=not enabled or total < 2000)


def _update_index(settings: Settings, store, progress: bool = True, rebuild: bool = False):
    from retrieval.faiss_index import IndexMismatch
    from retrieval.sync import GraphVersion, build_index, update_index

    embedder = _embedder(settings, bulk=True)
    run = build_index if rebuild else update_index
    with _bar(GraphVersion.read(store).experts, "embedding", progress) as bar:
        try:
            return run(store, embedder, settings.index_dir, settings.graph_id, kind=settings.index_kind,
                       progress=bar.update)
        except IndexMismatch as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from exc


@index_app.command("build")
def index_build(progress: Annotated[bool, typer.Option(help="Progress bar.")] = True) -> None:
    """Embed every expert into a new index (dense, lexical, directions)."""
    settings = _settings()
    with _open_store(settings) as store:
        report = _update_index(settings, store, progress, rebuild=True)
    typer.echo(f"built: {report} ({settings.index_dir})")


@index_app.command("update")
def index_update(progress: Annotated[bool, typer.Option(help="Progress bar.")] = True) -> None:
    """Embed only new or changed experts and drop deleted ones."""
    settings = _settings()
    with _open_store(settings) as store:
        report = _update_index(settings, store, progress)
    typer.echo(f"updated: {report}" if not report.in_step else f"nothing to do: {report}")


@index_app.command("verify")
def index_verify() -> None:
    """Report experts missing from the index or stale in it; exit status 1 when it is behind."""
    from retrieval.faiss_index import IndexMismatch, IndexMissing
    from retrieval.sync import verify_index

    settings = _settings()
    with _open_store(settings) as store:
        try:
            report = verify_index(store, _embedder(settings), settings.index_dir, settings.graph_id)
        except (IndexMissing, IndexMismatch) as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from exc
    typer.echo(str(report))
    if not report.in_step:
        raise typer.Exit(1)


def _retriever(settings: Settings, store):
    from retrieval.faiss_index import IndexMismatch, IndexMissing
    from retrieval.sync import index_behind, open_retriever

    warning = index_behind(store, settings.index_dir)
    if warning and warning.startswith("no index"):
        typer.echo("no index yet: building it now", err=True)
        _update_index(settings, store)
        warning = None
    try:
        retriever = open_retriever(store, _embedder(settings), settings.index_dir, settings.graph_id)
    except (IndexMissing, IndexMismatch) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    return retriever, warning


def _print_match(result) -> None:
    for rank, expert in enumerate(result.experts, 1):
        awards = "、".join(f"{a.name}（{a.year}）" if a.year else a.name for a in expert.awards) or "—"
        typer.echo(f"{rank}. {expert.name}（{expert.institution or '—'}，{expert.title or '—'}）  score {expert.score:.4f}")
        typer.echo(f"   学科：{'、'.join(expert.fields) or '—'}；研究方向：{'、'.join(expert.directions) or '—'}")
        typer.echo(f"   获奖：{awards}")
        for reason in expert.reasons:
            typer.echo(f"   · {reason}")
    if not result.experts:
        typer.echo("no matching expert found")


@app.command()
def match(
    query: Annotated[str, typer.Argument(help="The enterprise's problem, in its own words.")],
    top_k: Annotated[int, typer.Option("--top-k", "-k", min=1, max=100, help="How many experts.")] = 5,
    as_json: Annotated[bool, typer.Option("--json", help="Print the match JSON.")] = False,
) -> None:
    """Find the experts for a problem, with reasons and the grounding subgraph."""
    from retrieval.pipeline import QueryError

    settings = _settings()
    with _open_store(settings) as store:
        retriever, warning = _retriever(settings, store)
        try:
            result = retriever.match(query, top_k=top_k)
        except QueryError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from exc
    if warning:
        result.warnings.insert(0, warning)
    for w in result.warnings:
        typer.echo(f"warning: {w}", err=True)
    if as_json:
        typer.echo(result.model_dump_json(indent=2, exclude={"warnings"}))
    else:
        _print_match(result)


@eval_app.command("retrieval")
def eval_retrieval(
    queries: Annotated[Path, typer.Option(help="JSONL of {query, relevant | relevant_directions}.", exists=True)],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """MRR, nDCG@10, P@5 and Recall@20 of each retriever alone and fused."""
    from retrieval.evaluation import format_table
    from retrieval.report import evaluate_retrievers

    settings = _settings()
    with _open_store(settings) as store:
        retriever, warning = _retriever(settings, store)
        if warning:
            typer.echo(f"warning: {warning}", err=True)
        table = evaluate_retrievers(retriever, store, queries)
    typer.echo(json.dumps(table, indent=2) if as_json else format_table(table))


def _answerer(settings: Settings, store, backend: str | None):
    from expertglm.config import make_backend
    from generation.answerer import ExpertAnswerer

    retriever, warning = _retriever(settings, store)
    if warning:
        typer.echo(f"warning: {warning}", err=True)
    try:
        return ExpertAnswerer(retriever, make_backend(settings, backend))
    except (ValueError, ImportError, OSError) as exc:
        typer.echo(f"error: cannot load the {backend or settings.backend} backend: {exc}", err=True)
        raise typer.Exit(2) from exc


def _report_grounding(answer) -> None:
    g = answer.grounding
    if g.dropped:
        typer.echo(f"[guard] removed unsupported: {'、'.join(g.dropped)}" + ("（已改用图谱答案）" if g.fell_back else ""),
                   err=True)


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="The enterprise's problem or question.")],
    backend: Annotated[str | None, typer.Option(help="grounded, hf or openai (default EXPERTGLM_BACKEND).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the answer with experts and grounding as JSON.")] = False,
) -> None:
    """Answer one question with grounded expert recommendations."""
    from retrieval.pipeline import QueryError

    settings = _settings()
    with _open_store(settings) as store:
        answerer = _answerer(settings, store, backend)
        try:
            answer = answerer.answer(question)
        except QueryError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from exc
    if as_json:
        typer.echo(answer.model_dump_json(indent=2, exclude={"match"}))
        return
    typer.echo(answer.text)
    _report_grounding(answer)


@app.command()
def chat(
    backend: Annotated[str | None, typer.Option(help="grounded, hf or openai (default EXPERTGLM_BACKEND).")] = None,
) -> None:
    """Interactive chat; follow-ups such as 还有别的专家吗？ or 他获得过什么奖？ refer to the conversation."""
    from generation.conversation import Conversation
    from generation.models import Answer
    from retrieval.pipeline import QueryError

    settings = _settings()
    with _open_store(settings) as store:
        answerer = _answerer(settings, store, backend)
        conversation = Conversation()
        typer.echo("描述您的技术难题（空行或 Ctrl-D 退出）")
        while True:
            try:
                question = input("> ").strip()
            except EOFError:
                break
            if not question or question in ("exit", "quit", "退出"):
                break
            try:
                for piece in answerer.stream(question, conversation):
                    if isinstance(piece, Answer):
                        sys.stdout.write("\n")
                        _report_grounding(piece)
                    else:
                        sys.stdout.write(piece)
                        sys.stdout.flush()
            except QueryError as exc:
                typer.echo(f"error: {exc}", err=True)


@eval_app.command("generation")
def eval_generation(
    queries: Annotated[Path, typer.Option(help="JSONL of {query, relevant | relevant_directions}.", exists=True)],
    backend: Annotated[str | None, typer.Option(help="grounded, hf or openai (default EXPERTGLM_BACKEND).")] = None,
    guard: Annotated[bool, typer.Option(help="Apply the grounding guard (--no-guard measures the raw backend).")] = True,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Hallucination rate, grounded-expert precision and latency of one backend."""
    from generation.evaluation import evaluate_generation

    settings = _settings()
    with _open_store(settings) as store:
        answerer = _answerer(settings, store, backend)
        answerer.guard = guard
        metrics = evaluate_generation(answerer, store, queries)
    if as_json:
        typer.echo(json.dumps(metrics.to_dict(), ensure_ascii=False, indent=2))
        return
    for name, value in metrics.to_dict().items():
        typer.echo(f"{name:28s} {value:.3f}" if isinstance(value, float) else f"{name:28s} {value}")


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on (0.0.0.0 for all).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port.")] = 8000,
) -> None:
    """Serve the web page, /v1/match and an OpenAI-compatible /v1/chat/completions (EXPERTGLM_API_KEY to require a key)."""
    from expertglm.server import ServeError, serve as run_server

    try:
        run_server(host, port, _settings())
    except ServeError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc


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
    from retrieval.external import evaluate_external

    try:
        result = evaluate_external(benchmark, data, retriever)
    except (ValueError, FileNotFoundError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    if as_json:
        typer.echo(json.dumps(result.to_json(), indent=2))
        return
    metrics = "  ".join(f"{k} {v:.3f}" for k, v in result.metrics.items())
    typer.echo(f"{benchmark} / {retriever}: {metrics}  ({result.queries} queries, {result.seconds:.1f} s)")


@app.command()
def synth(
    out: Annotated[Path, typer.Option(help="Output directory: train/dev/test.jsonl, report.json, cache.jsonl.")],
    experts: Annotated[int | None, typer.Option(help="Experts to sample (default: all).")] = None,
    per_expert: Annotated[int, typer.Option(help="Dialogues per expert: problem, field ask, follow-up, ...")] = 3,
    backend: Annotated[str, typer.Option(help="template (offline) or openai (any OpenAI-compatible endpoint).")] = "template",
    model: Annotated[str | None, typer.Option(help="Chat model (default EXPERTGLM_OPENAI_MODEL), e.g. gpt-3.5-turbo.")] = None,
    base_url: Annotated[str | None, typer.Option(help="Endpoint (default OPENAI_BASE_URL).")] = None,
    concurrency: Annotated[int, typer.Option(help="Calls in flight at once.")] = 4,
    seed: Annotated[int, typer.Option(help="Sampling seed (same seed, same prompts: the cache resumes).")] = 0,
    temperature: Annotated[float, typer.Option(help="Sampling temperature of the writer model.")] = 0.8,
    json_mode: Annotated[bool, typer.Option(help="Ask for response_format=json_object.")] = False,
    max_retries: Annotated[int, typer.Option(help="Retries on 429/5xx/timeouts (exponential backoff).")] = 6,
    price_prompt: Annotated[float, typer.Option(help="$ per 1k prompt tokens, for the cost report.")] = 0.0,
    price_completion: Annotated[float, typer.Option(help="$ per 1k completion tokens.")] = 0.0,
    split: Annotated[str, typer.Option(help="train/dev/test shares, by expert.")] = "90/5/5",
    progress: Annotated[bool, typer.Option(help="Progress bar.")] = True,
) -> None:
    """Synthesise expert-recommendation dialogues from the graph (the paper's content/summary + chat messages)."""
    from training import cli_commands as tc

    try:
        tc.synth(_settings(), out, experts=experts, per_expert=per_expert, backend=backend, model=model,
                 base_url=base_url, concurrency=concurrency, seed=seed, temperature=temperature, json_mode=json_mode,
                 max_retries=max_retries, price_prompt=price_prompt, price_completion=price_completion, split=split,
                 progress=progress, echo=typer.echo)
    except tc.UsageError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc


@app.command()
def train(
    data: Annotated[Path, typer.Option(help="Directory with train.jsonl (from `expertglm synth`).", exists=True)],
    out: Annotated[Path, typer.Option(help="Adapter directory (checkpoints, metrics.jsonl inside).")],
    base: Annotated[str | None, typer.Option(help="Base model name/path (default EXPERTGLM_HF_MODEL); 'tiny' = tiny GLM.")] = None,
    gguf: Annotated[str | None, typer.Option(help="GGUF file inside --base (dequantised).")] = None,
    trust_remote_code: Annotated[bool | None, typer.Option(help="For THUDM/chatglm-6b (default EXPERTGLM_HF_TRUST_REMOTE_CODE).")] = None,
    lr: Annotated[float, typer.Option(help="Learning rate (paper: 2e-5).")] = 2e-5,
    epochs: Annotated[float, typer.Option(help="Epochs (paper: 1).")] = 1.0,
    max_source: Annotated[int, typer.Option(help="Prompt tokens (paper: 512).")] = 512,
    max_target: Annotated[int, typer.Option(help="Answer tokens (paper: 100).")] = 100,
    r: Annotated[int, typer.Option(help="LoRA rank.")] = 8,
    alpha: Annotated[int, typer.Option(help="LoRA alpha.")] = 32,
    dropout: Annotated[float, typer.Option(help="LoRA dropout.")] = 0.1,
    target_modules: Annotated[str | None, typer.Option(help="qv | all-attention | all-linear | comma list (default per architecture).")] = None,
    batch_size: Annotated[int, typer.Option(help="Per-device batch size.")] = 4,
    grad_accum: Annotated[int, typer.Option(help="Gradient accumulation steps.")] = 4,
    style: Annotated[str, typer.Option(help="rag (facts in the prompt, as the answerer sends them) or plain (paper).")] = "rag",
    load_in_4bit: Annotated[bool, typer.Option(help="QLoRA 4-bit base (GPU, bitsandbytes).")] = False,
    load_in_8bit: Annotated[bool, typer.Option(help="8-bit base (GPU, bitsandbytes).")] = False,
    gradient_checkpointing: Annotated[bool, typer.Option(help="Trade compute for memory.")] = False,
    max_steps: Annotated[int | None, typer.Option(help="Stop after this many optimiser steps.")] = None,
    save_steps: Annotated[int, typer.Option(help="Checkpoint every N steps.")] = 200,
    resume: Annotated[bool, typer.Option(help="Resume from the last checkpoint in OUT/checkpoints.")] = True,
    merge: Annotated[bool, typer.Option(help="Also save base+adapter merged to OUT/merged.")] = False,
    seed: Annotated[int, typer.Option(help="Seed.")] = 0,
    threads: Annotated[int | None, typer.Option(help="CPU threads for torch.")] = None,
    progress: Annotated[bool, typer.Option(help="Progress bar and losses on the terminal.")] = True,
) -> None:
    """LoRA fine-tuning on synthesised dialogues (the paper: lr 2e-5, 1 epoch, 512/100 tokens)."""
    from training import cli_commands as tc

    try:
        tc.train(_settings(), data, out, base=base, gguf_file=gguf, trust_remote_code=trust_remote_code, lr=lr,
                 epochs=epochs, max_source=max_source, max_target=max_target, r=r, alpha=alpha, dropout=dropout,
                 target_modules=target_modules, batch_size=batch_size, grad_accum=grad_accum, style=style,
                 load_in_4bit=load_in_4bit, load_in_8bit=load_in_8bit, gradient_checkpointing=gradient_checkpointing,
                 max_steps=max_steps, save_steps=save_steps, resume=resume, merge=merge, seed=seed, threads=threads,
                 progress=progress, echo=typer.echo)
    except tc.UsageError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc


@eval_app.command("training")
def eval_training(
    data: Annotated[Path, typer.Option(help="Directory with the held-out split (from `expertglm synth`).", exists=True)],
    adapter: Annotated[Path | None, typer.Option(help="LoRA adapter dir (default EXPERTGLM_HF_ADAPTER).")] = None,
    base: Annotated[str | None, typer.Option(help="Base model (default: the adapter's, else EXPERTGLM_HF_MODEL).")] = None,
    split: Annotated[str, typer.Option(help="test or dev.")] = "test",
    limit: Annotated[int | None, typer.Option(help="Only the first N dialogues.")] = None,
    systems: Annotated[str, typer.Option(help="Comma list of base, tuned, rag.")] = "base,tuned,rag",
    context: Annotated[str, typer.Option(help="auto | retrieved | oracle: the experts in the models' prompts.")] = "auto",
    max_new_tokens: Annotated[int, typer.Option(help="Answer length cap (paper: 100).")] = 100,
    device: Annotated[str, typer.Option(help="cpu, cuda or auto.")] = "cpu",
    threads: Annotated[int | None, typer.Option(help="CPU threads for torch.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Base vs LoRA-tuned vs RAG-grounded: BLEU-4, ROUGE, expert accuracy, hallucination on held-out experts."""
    from training import cli_commands as tc

    try:
        tc.eval_training(_settings(), data, adapter=adapter, base=base, split=split, limit=limit, systems=systems,
                         context=context, max_new_tokens=max_new_tokens, device=device, threads=threads,
                         as_json=as_json, progress=not as_json, echo=typer.echo)
    except tc.UsageError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
