"""Keeping the retrieval indexes in step with the graph: build, update only what changed, verify.

An index directory holds the dense FAISS index (`dense/`), the BM25 index (`lexical/`), the direction table and
`graph.json` (which graph and which version of it the indexes reflect), plus `profiles.jsonl`, the profile text
of every indexed expert, from which BM25 is rebuilt on update without re-reading the whole graph.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import pickle
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from errors import IndexMismatch, IndexUnavailable
from kg.store import GraphStore
from retrieval import cypher, discipline
from retrieval.base import Retriever
from retrieval.glossary import Glossary
from retrieval.embed_cache import EmbeddingCache, embed_cached, write_cache
from retrieval.embedder import Embedder
from retrieval.faiss_index import AUTO_FLAT_MAX, ExpertIndex, IndexMissing, kind_for
from retrieval.graph_retriever import (
    DirectionTable,
    GraphRetriever,
    build_direction_table,
)
from retrieval.fusion import FusionRetriever
from retrieval.lexical import PROFILE_B, LexicalIndex
from retrieval.pipeline import ExpertRetriever, FusionSettings
from retrieval.profile import ProfileTexts, load_profiles, without_name
from retrieval.signals import DenseRetriever, DirectionRetriever, LexicalRetriever

Progress = Callable[[int], None]


@dataclass(frozen=True)
class GraphVersion:
    """How many experts the graph holds and when the newest was written."""

    experts: int
    updated_at: str | None

    @classmethod
    def read(cls, store: GraphStore) -> GraphVersion:
        row = store.read(cypher.GRAPH_VERSION).records()[0]
        return cls(int(row["experts"] or 0), row["updated_at"])


@dataclass(frozen=True)
class SyncReport:
    """What an update or verify found: experts missing from the index, stale in it, or no longer in the graph."""

    missing: int
    stale: int
    orphaned: int
    indexed: int

    @property
    def in_step(self) -> bool:
        return not (self.missing or self.stale or self.orphaned)

    def __str__(self) -> str:
        state = "in step with the graph" if self.in_step else "behind the graph"
        return (f"{self.indexed} experts indexed, {self.missing} missing, {self.stale} stale, "
                f"{self.orphaned} no longer in the graph: {state}")


def graph_versions(store: GraphStore) -> dict[str, str]:
    """Expert id -> updated_at for every expert in the graph."""
    return {row["id"]: row["version"] or "" for row in store.read(cypher.EXPERT_VERSIONS).records()}


def _write_profiles(path: Path, texts: dict[str, str]) -> None:
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for expert_id, text in texts.items():
            fh.write(json.dumps({"id": expert_id, "text": text}, ensure_ascii=False) + "\n")
    os.replace(tmp, path)


def read_profile_texts(directory: Path) -> dict[str, str]:
    """The profile text of each indexed expert, as last indexed."""
    path = directory / "profiles.jsonl"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as fh:
        return {row["id"]: row["text"] for row in map(json.loads, fh)}


def _embed_profiles(
    store: GraphStore, embedder: Embedder, index: ExpertIndex, ids: list[str], texts: dict[str, str],
    chunk: int, progress: Progress | None, cache: EmbeddingCache | None = None, parts: list | None = None,
) -> None:
    for start in range(0, len(ids), chunk):
        profiles = list(load_profiles(store, ids[start:start + chunk]))
        if profiles:  # unchanged texts take their vectors from the cache (retrieval/embed_cache.py)
            keys, vectors = embed_cached(embedder, [p.semantic_text() for p in profiles], cache)
            if parts is not None:
                parts.append((keys, vectors))
            index.upsert([p.id for p in profiles], vectors, [p.version for p in profiles])
            texts.update((p.id, p.text()) for p in profiles)
        if progress:
            progress(len(ids[start:start + chunk]))


def _finish(store: GraphStore, embedder: Embedder, index: ExpertIndex, texts: dict[str, str], directory: Path,
            version: GraphVersion) -> None:
    """Save dense, rebuild lexical and directions from the indexed experts, then commit graph.json last."""
    index.save(directory / "dense")
    lexical = LexicalIndex(b=PROFILE_B)
    lexical.build(list(texts), [without_name(t) for t in texts.values()])
    lexical.save(directory / "lexical")
    _write_profiles(directory / "profiles.jsonl", texts)
    ProfileTexts.write(directory, texts)  # the same texts, memory-mapped by the retriever
    table, direction_lexical = build_direction_table(store, embedder, index.vectors, texts)
    table.save(directory)
    direction_lexical.save(directory / "direction_lexical")
    if (directory / "discipline" / "model.joblib").exists():  # keep the learned signal in step too
        discipline.attach(directory / "discipline", directory, store, texts)
    tmp = directory / "graph.json.tmp"
    tmp.write_text(json.dumps({"graph": index.graph, "embedder": embedder.name, "experts": version.experts,
                               "updated_at": version.updated_at}), encoding="utf-8")
    os.replace(tmp, directory / "graph.json")


def build_index(
    store: GraphStore, embedder: Embedder, directory: Path, graph: str, kind: str = "flat",
    chunk: int = 2000, progress: Progress | None = None, flat_max: int = AUTO_FLAT_MAX,
) -> SyncReport:
    """Embed every expert of the graph into a new index at `directory` (kind "auto": flat up to `flat_max`)."""
    directory.mkdir(parents=True, exist_ok=True)
    version = GraphVersion.read(store)
    versions = graph_versions(store)
    index = ExpertIndex.create(embedder.name, embedder.dim, kind=kind_for(kind, len(versions), flat_max), graph=graph)
    texts: dict[str, str] = {}
    parts: list = []
    _embed_profiles(store, embedder, index, sorted(versions), texts, chunk, progress,
                    EmbeddingCache(directory, embedder.dim), parts)
    _finish(store, embedder, index, texts, directory, version)
    write_cache(directory, embedder.dim, parts)  # exactly the indexed experts' vectors
    return SyncReport(0, 0, 0, len(index))


def open_dense(directory: Path, embedder: Embedder, graph: str, mmap: bool = False) -> ExpertIndex:
    """The saved dense index, refusing one built for another embedder or graph (`mmap`: read-only, shared)."""
    return ExpertIndex.load(directory / "dense", expected_embedder=embedder.name, expected_graph=graph, mmap=mmap)


def verify_index(store: GraphStore, embedder: Embedder, directory: Path, graph: str) -> SyncReport:
    """Compare the saved index with the graph without changing anything."""
    index = open_dense(directory, embedder, graph)
    missing, stale, orphaned = index.verify(graph_versions(store))
    return SyncReport(len(missing), len(stale), len(orphaned), len(index))


def update_index(
    store: GraphStore, embedder: Embedder, directory: Path, graph: str, kind: str = "flat",
    chunk: int = 2000, progress: Progress | None = None, flat_max: int = AUTO_FLAT_MAX,
) -> SyncReport:
    """Embed only new or changed experts and drop deleted ones; builds the index when there is none, and rebuilds it
    as HNSW when `kind` is "auto" and the graph has grown past `flat_max` (profiles whose vectors are in
    the embedding cache are not embedded again)."""
    try:
        index = open_dense(directory, embedder, graph)
    except IndexMissing:
        return build_index(store, embedder, directory, graph, kind, chunk, progress, flat_max)
    version = GraphVersion.read(store)
    versions = graph_versions(store)
    if kind == "auto" and index.kind == "flat" and kind_for(kind, len(versions), flat_max) == "hnsw":
        return build_index(store, embedder, directory, graph, kind, chunk, progress, flat_max)
    missing, stale, orphaned = index.verify(versions)
    report = SyncReport(len(missing), len(stale), len(orphaned), len(index))
    if report.in_step:
        return report
    texts = read_profile_texts(directory)
    index.remove(orphaned)
    for expert_id in orphaned:
        texts.pop(expert_id, None)
    cache, parts = EmbeddingCache(directory, embedder.dim), []
    _embed_profiles(store, embedder, index, sorted(missing + stale), texts, chunk, progress, cache, parts)
    _finish(store, embedder, index, texts, directory, version)
    write_cache(directory, embedder.dim, parts, keep=cache.rows())
    return SyncReport(report.missing, report.stale, report.orphaned, len(index))


def index_behind(store: GraphStore, directory: Path) -> str | None:
    """A warning when the graph changed since the index was built or updated, else None (cheap check)."""
    try:
        saved = json.loads((directory / "graph.json").read_text(encoding="utf-8"))
        saved_version = (saved["experts"], saved["updated_at"])
    except FileNotFoundError:
        return "no index yet: run `expertglm index build`"
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise IndexMismatch(f"{directory / 'graph.json'} is unreadable ({exc}); run `expertglm index build`") from None
    now = GraphVersion.read(store)
    if (now.experts, now.updated_at) != saved_version:
        return (f"the index is behind the graph ({saved['experts']} experts indexed, {now.experts} in the graph, "
                "or experts changed since): run `expertglm index update`")
    return None


#: what the loaders of a damaged index file raise (bad JSON, a truncated .npy/.npz, a joblib/pickle that is no
#: pickle, a missing piece); not TypeError/AttributeError, which are this code's own bugs
UNREADABLE = (OSError, EOFError, ValueError, KeyError, zlib.error, pickle.UnpicklingError, zipfile.BadZipFile)


@contextlib.contextmanager
def reading(directory: Path, piece: str) -> Iterator[None]:
    """Loads of one part of the index at `directory` (`piece` names it in the message): a damaged file becomes the
    one IndexMismatch every command and the server report ("index at … is unreadable (…); run `expertglm index
    build`": exit 5, HTTP 503)."""
    try:
        yield
    except IndexUnavailable:
        raise
    except UNREADABLE as exc:
        raise IndexMismatch(f"index at {directory} is unreadable ({piece}: {type(exc).__name__}: {exc}); "
                            "run `expertglm index build`") from None


def open_retriever(store: GraphStore, embedder: Embedder, directory: Path, graph: str,
                   settings: FusionSettings | None = None) -> ExpertRetriever:
    """The retriever over the indexes saved at `directory` (refuses indexes of another embedder or graph, and
    unreadable ones, with IndexMismatch)."""
    dense = open_dense(directory, embedder, graph, mmap=True)  # searched only: vectors shared by server workers
    with reading(directory, "lexical"):
        lexical = LexicalIndex.load(directory / "lexical", mmap=True)  # scores and feedback rows stay on disk
    if settings is None:  # the dense weight is the embedder's (USE 0.5, e5 1.0)
        default = FusionSettings().weights
        settings = FusionSettings(weights={**default, "dense": getattr(embedder, "dense_weight", default["dense"])})
    dense_retriever = DenseRetriever(dense)
    with reading(directory, "directions"):
        graph = GraphRetriever(DirectionTable.load(directory), LexicalIndex.load(directory / "direction_lexical"))
    retrievers: list[Retriever] = [dense_retriever, LexicalRetriever(lexical),
                                   DirectionRetriever(graph, tie_break=dense_retriever)]
    glossary = Glossary.load
    if (directory / "discipline" / "experts.npz").exists():
        with reading(directory, "discipline"):
            model = discipline.DisciplineModel.load(directory / "discipline")
            retrievers.append(discipline.DisciplineRetriever(model, discipline.ExpertDisciplines.load(
                directory / "discipline")))
        if model.terms:  # the research senses learned beside it (retrieval/bilingual.py), built on first use
            glossary = functools.cache(functools.partial(_glossary_with, model.terms))
    fusion = FusionRetriever(retrievers, settings.weights, settings.rrf_k, settings.candidates)
    with reading(directory, "profile texts"):
        texts = ProfileTexts(directory) if (directory / ProfileTexts.IDS).exists() else read_profile_texts(directory)
    return ExpertRetriever(store, embedder, fusion, texts, glossary=glossary)


def _glossary_with(terms: dict[str, str]) -> Glossary:
    """The shared glossary with these learned English terms first among their senses."""
    return Glossary.load().with_terms(terms)
