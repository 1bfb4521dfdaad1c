"""The whole real graph in one call: the NSFC taxonomy, NSFC projects and academicians imported through the ingest
path, the discipline and semantic models trained, and the retrieval index built with them
(`expertglm import all [DATA_DIR]`)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from errors import InputFileError
from kg import cypher as kg_cypher
from kg.importers import SOURCES
from kg.importers.nsfc_taxonomy import field_rows, load_taxonomy
from kg.ingest import ingest
from kg.provenance import import_provenance
from kg.store import GraphStore
from retrieval import discipline, semantic
from retrieval.embedder import Embedder
from retrieval.sync import build_index, read_profile_texts

Say = Callable[[str], None]


@dataclass
class ImportAllReport:
    """What `import_all` did: rows per step and seconds per step."""

    counts: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    rejected: int = 0
    discipline: dict[str, dict[str, float]] = field(default_factory=dict)


def data_files(data: Path) -> dict[str, list[Path]]:
    """The source files under a shared-data root, by importer; a missing one is an InputFileError."""
    files = {
        "nsfc-taxonomy": [data / "nsfc_taxonomy" / "nsfc.jl"],
        "nsfc-projects": sorted((data / "nsfc_projects").glob("*.csv")),
        "academicians": sorted((data / "cas_cae_academicians").glob("*.csv")),
    }
    missing = [k for k, paths in files.items() if not paths or not all(p.is_file() for p in paths)]
    if missing:
        raise InputFileError(f"{data}: no files for {', '.join(missing)} (expected the layout of ../shared/data)")
    return files


def import_all(store: GraphStore, embedder: Embedder, data: Path, index_dir: Path, graph: str,
               model_dir: Path, semantic_dir: Path, say: Say = print, progress: Callable[[int], None] | None = None,
               train: bool = True, index_kind: str = "auto") -> ImportAllReport:
    """Taxonomy, projects, academicians, the discipline model (at `model_dir`) and the semantic model (at
    `semantic_dir`), each trained unless `train` is False and one exists, then the index (of `index_kind`, as
    EXPERTGLM_INDEX_KIND) with both attached."""
    files = data_files(data)
    report = ImportAllReport()
    start = time.perf_counter()
    rows = field_rows(load_taxonomy(files["nsfc-taxonomy"][0]))
    for i in range(0, len(rows), 2000):
        store.write(kg_cypher.UPSERT_FIELD_TAXONOMY, {"rows": rows[i:i + 2000]})
    report.counts["nsfc-taxonomy"], report.seconds["nsfc-taxonomy"] = len(rows), time.perf_counter() - start
    say(f"nsfc-taxonomy: {len(rows)} fields ({report.seconds['nsfc-taxonomy']:.0f} s)")
    for kind in ("nsfc-projects", "academicians"):
        start = time.perf_counter()
        summary = ingest(store, SOURCES[kind](files[kind]))
        linked = import_provenance(store, kind, files[kind])  # where each fact came from (kg/provenance.py)
        report.seconds[kind] = time.perf_counter() - start
        report.counts[kind] = summary.created + summary.updated + summary.unchanged
        report.rejected += summary.rejected
        say(f"{kind}: {summary.created} created, {summary.updated} updated, {summary.unchanged} unchanged, "
            f"{summary.rejected} rejected, {linked[0] if linked else 0} linked to their sources "
            f"({report.seconds[kind]:.0f} s)")
    start = time.perf_counter()
    if train or not (model_dir / "model.joblib").exists():
        say("discipline model: training on the NSFC taxonomy and life-science projects …")
        model = discipline.train(data)
        model.save(model_dir)
        report.discipline = model.metrics
        say(f"discipline model: held-out test acc@1 {model.metrics['test']['acc@1']:.3f}, "
            f"acc@5 {model.metrics['test']['acc@5']:.3f} ({time.perf_counter() - start:.0f} s)")
    report.seconds["discipline"] = time.perf_counter() - start
    start = time.perf_counter()
    if train or not semantic.trained(semantic_dir):
        say("semantic model: training on the academicians' biographies …")
        model, metrics = semantic.train(data)
        model.save(semantic_dir, metrics)
        say(f"semantic model: {metrics['pairs']} sentence pairs from {metrics['biographies']} biographies "
            f"({time.perf_counter() - start:.0f} s)")
    report.seconds["semantic"] = time.perf_counter() - start
    start = time.perf_counter()
    say("index: embedding every expert (USE) …")
    built = build_index(store, embedder, index_dir, graph, index_kind, progress=progress)
    texts = read_profile_texts(index_dir)
    discipline.attach(model_dir, index_dir, store, texts)
    semantic.attach(semantic_dir, texts)
    report.counts["indexed"], report.seconds["index"] = built.indexed, time.perf_counter() - start
    say(f"index: {built.indexed} experts ({report.seconds['index']:.0f} s)")
    return report
