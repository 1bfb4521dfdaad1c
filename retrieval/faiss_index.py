"""The dense expert index: FAISS vectors keyed by expert id, saved atomically and checked against the graph.

Each expert id (a string) gets an int64 label; FAISS stores labels, the index keeps the
id <-> label map and each expert's version (its ``updated_at``) so staleness is detectable.

Kinds:

- ``"flat"``: exact inner-product search over vectors stored as float16 (``IndexScalarQuantizer``
  QT_fp16): half the memory and page cache of float32 and a faster scan; scores and the vectors read back
  (``vectors``) are within ~1e-3 of float32. Removing or replacing vectors deletes them from FAISS; a replaced
  expert keeps its label. A flat index saved as float32 (``IndexFlatIP``, before float16) still loads and
  keeps float32 until rebuilt.
- ``"hnsw"``: approximate search (``IndexHNSWFlat``, inner product, M=32). HNSW cannot delete
  vectors, so a removed or replaced expert's old vector stays in the graph as a tombstone:
  its label is dropped from the id map and searches exclude it with an ``IDSelector``, so
  results are never removed ids and never fewer than k live ones. A replacement gets a new
  label. Once tombstones outnumber live vectors, the index rebuilds itself from the live
  vectors it stores (``compact()``, also callable directly), bounding the waste at 2x.

On disk a saved index is a directory with ``meta.json`` (metadata and the names of the
current data files), one ``index-<gen>.faiss`` and one ``ids-<gen>.npz``. ``save`` writes a
new generation next to the old one and commits by replacing ``meta.json`` atomically, so a
crash at any point leaves either the old or the new index loadable, never a mix. One
writer per directory at a time.

``load(..., mmap=True)`` maps the vectors read-only from the file instead of copying them
(``faiss.IO_FLAG_MMAP_IFC``): several server processes then share one copy in the page cache,
and the index refuses ``upsert``/``remove``/``compact`` (FAISS would abort on a mapped index).
A later ``save`` by another process writes a new generation, so a mapped file never changes.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import faiss
import numpy as np

FORMAT = 1
KINDS = ("flat", "hnsw")
META_FILE = "meta.json"
HNSW_M = 32
# "auto" (the default kind): exact flat search up to AUTO_FLAT_MAX experts, HNSW above. Measured on real USE vectors
# (benchmarks/recall.py --extra: 80.5k NSFC project texts plus the 72k expert profiles of `expertglm import all`,
# 1,160 queries, one thread, load ~2): HNSW (M=32, efConstruction 40) at efSearch 128 finds recall@10 / recall@100
# (the fusion takes 100 dense candidates) of 0.992/0.983 at 10k, 0.978/0.967 at 40k, 0.968/0.956 at 100k and
# 0.961/0.950 at 150k, p50 under 1 ms; flat (float16) costs p50 2.3 ms at 40k, 4.8 ms at 100k, growing linearly. On
# the 72k real experts the fused ranking's dev nDCG@10/MRR were the same with HNSW as with flat (0.6105/0.7699 vs
# 0.6105/0.7702, benchmarks/real_retrieval.py --split dev, 42 queries). Hence HNSW from 50k on, where a flat scan
# passes ~3 ms; at efSearch 64 recall@10 falls to 0.948 at 100k, hence the default of 128.
AUTO_FLAT_MAX = 50_000
DEFAULT_EF_SEARCH = 128
# Recall falls slowly with size at a fixed efSearch. On 1M real USE vectors (benchmarks/recall.py --combos 1000000:
# the NSFC texts plus 1M pseudo-profiles of 2-3 real project titles each, 1,160 queries, one thread, load ~1-2)
# efSearch 128 gives recall@10 0.957 at 250k but 0.942 at 1M; 256 gives 0.976 and 0.964 (p50 1.8 / 2.0 ms).
# So an index of LARGE_HNSW vectors or more is searched at efSearch LARGE_EF_SEARCH at least.
LARGE_HNSW = 250_000
LARGE_EF_SEARCH = 256
_REBUILD_HINT = "run `expertglm index build`"
# Below this many queries a search runs on one thread: a single query is a memory-bound scan
# (flat) or a sequential walk (hnsw), and waking idle OpenMP threads only adds latency
# (100k x 512 flat on 2 cores: 11 ms on one thread; on two, 17 ms idle and 44 ms when busy).
_PARALLEL_QUERIES = 20


from errors import IndexMismatch, IndexMissing  # noqa: E402,F401  (re-exported)


@dataclass(frozen=True)
class IndexMeta:
    """What a saved index says about itself in meta.json."""

    embedder: str
    dim: int
    kind: str
    graph: str
    count: int
    built_at: str
    hnsw: dict[str, int] | None = None
    files: dict[str, str] | None = None


class ExpertIndex:
    """FAISS vectors of experts keyed by expert id, with each expert's version."""

    def __init__(
        self,
        index: faiss.IndexIDMap2,
        *,
        embedder_name: str,
        kind: str,
        graph: str,
        label_of: dict[str, int],
        id_at: list[str | None],
        version_at: list[str | None],
        dead: set[int],
        ef_search: int,
        ef_construction: int,
        read_only: bool = False,
    ) -> None:
        """Use ``create`` or ``load``; this wires already consistent parts together."""
        self.read_only = read_only  # vectors mapped from the file: searches only
        self._index = index
        self.embedder_name = embedder_name
        self.dim = int(index.d)
        self.kind = kind
        self.graph = graph
        self.ef_search = ef_search
        self.ef_construction = ef_construction
        self._label_of = label_of  # live id -> label
        self._id_at = id_at  # label -> live id, None for unused or removed labels
        self._version_at = version_at  # label -> version, None alongside
        self._dead = dead  # hnsw tombstones: labels still stored in FAISS
        self._selector: tuple[Any, Any] | None = None  # cached (IDSelectorNot, IDSelectorBatch)

    # ---------- construction ----------
    @classmethod
    def create(
        cls,
        embedder_name: str,
        dim: int,
        kind: str = "flat",
        graph: str = "",
        *,
        ef_search: int = DEFAULT_EF_SEARCH,
        ef_construction: int = 40,
    ) -> ExpertIndex:
        """An empty index for vectors of ``dim`` made by ``embedder_name`` for ``graph``."""
        if kind not in KINDS:
            raise ValueError(f"unknown index kind {kind!r}; expected one of {', '.join(KINDS)}")
        if dim <= 0:
            raise ValueError(f"dim must be positive, got {dim}")
        index = faiss.IndexIDMap2(_new_inner(kind, dim, ef_construction))
        return cls(
            index,
            embedder_name=embedder_name,
            kind=kind,
            graph=graph,
            label_of={},
            id_at=[],
            version_at=[],
            dead=set(),
            ef_search=ef_search,
            ef_construction=ef_construction,
        )

    # ---------- contents ----------
    def __len__(self) -> int:
        """Number of live experts in the index."""
        return len(self._label_of)

    def __contains__(self, expert_id: object) -> bool:
        return expert_id in self._label_of

    @property
    def tombstones(self) -> int:
        """Removed vectors an hnsw index still stores (always 0 for flat)."""
        return len(self._dead)

    def versions(self) -> dict[str, str]:
        """Expert id -> the version its vector was made from."""
        return {i: self._version_at[label] or "" for i, label in self._label_of.items()}

    def vectors(self, ids: list[str]) -> np.ndarray:
        """The stored vectors of these experts, shape (len(ids), dim); KeyError for ids not indexed."""
        unknown = [i for i in ids if i not in self._label_of]
        if unknown:
            raise KeyError(f"{len(unknown)} ids not in the expert index, e.g. {unknown[0]!r}")
        if not ids:
            return np.empty((0, self.dim), dtype=np.float32)
        labels = np.fromiter((self._label_of[i] for i in ids), dtype=np.int64, count=len(ids))
        return self._index.reconstruct_batch(labels)

    def upsert(self, ids: list[str], vectors: np.ndarray, versions: list[str]) -> None:
        """Add the experts' vectors, replacing any vectors those ids already have."""
        self._check_writable()
        n = len(ids)
        if len(versions) != n:
            raise ValueError(f"{n} ids but {len(versions)} versions")
        if vectors.ndim != 2 or vectors.shape != (n, self.dim):
            raise ValueError(f"vectors must have shape ({n}, {self.dim}), got {vectors.shape}")
        if len(set(ids)) != n:
            raise ValueError("ids must be unique within one upsert")
        for value in (*ids, *versions):
            if not isinstance(value, str) or "\n" in value:
                raise ValueError(f"ids and versions must be strings without newlines: {value!r}")
        if n == 0:
            return
        x = np.ascontiguousarray(vectors, dtype=np.float32)  # no copy when already float32
        if self.kind == "flat":  # a replaced expert keeps its label
            labels = [self._label_of.get(i, -1) for i in ids]
            self._drop_vectors([label for label in labels if label >= 0])
        else:  # hnsw: its old vector becomes a tombstone, the new one gets a new label
            self._drop_vectors([self._label_of[i] for i in ids if i in self._label_of])
            labels = [-1] * n
        fresh = [k for k, label in enumerate(labels) if label < 0]
        start = len(self._id_at)
        self._id_at.extend([None] * len(fresh))
        self._version_at.extend([None] * len(fresh))
        for offset, k in enumerate(fresh):
            labels[k] = start + offset
        for i, label, version in zip(ids, labels, versions):
            self._label_of[i] = label
            self._id_at[label] = i
            self._version_at[label] = version
        self._index.add_with_ids(x, np.asarray(labels, dtype=np.int64))
        self._compact_if_wasteful()

    def remove(self, ids: list[str]) -> int:
        """Drop the experts' vectors; unknown ids are ignored. Returns how many were removed."""
        self._check_writable()
        labels = [self._label_of.pop(i) for i in dict.fromkeys(ids) if i in self._label_of]
        self._drop_vectors(labels)
        self._compact_if_wasteful()
        return len(labels)

    def _drop_vectors(self, labels: list[int]) -> None:
        """Forget these labels' ids and vectors: deleted from flat, tombstoned in hnsw."""
        if not labels:
            return
        for label in labels:
            self._id_at[label] = None
            self._version_at[label] = None
        if self.kind == "flat":
            self._index.remove_ids(np.asarray(labels, dtype=np.int64))
        else:
            self._dead.update(labels)
            self._selector = None

    def _check_writable(self) -> None:
        if self.read_only:
            raise ValueError("this expert index was loaded read-only (memory-mapped); load it without mmap to change it")

    def _compact_if_wasteful(self) -> None:
        if len(self._dead) > len(self._label_of):
            self.compact()

    def compact(self) -> None:
        """Rebuild an hnsw index from its live vectors, dropping tombstones (no-op for flat)."""
        if not self._dead:
            return
        self._check_writable()
        inner = faiss.downcast_index(self._index.index)
        n = int(inner.ntotal)
        storage = faiss.downcast_index(inner.storage)
        stored = faiss.rev_swig_ptr(storage.get_xb(), n * self.dim).reshape(n, self.dim)
        stored_labels = faiss.vector_to_array(self._index.id_map)
        keep = ~np.isin(stored_labels, np.fromiter(self._dead, dtype=np.int64, count=len(self._dead)))
        live_vectors = stored[keep]  # the one copy, of live rows only
        rebuilt = faiss.IndexIDMap2(_new_inner(self.kind, self.dim, self.ef_construction))
        rebuilt.add_with_ids(live_vectors, stored_labels[keep])
        self._index = rebuilt
        self._dead.clear()
        self._selector = None

    # ---------- search ----------
    def search(self, vectors: np.ndarray, k: int) -> list[list[tuple[str, float]]]:
        """The k most similar live experts per query vector, best first, as (id, inner product)."""
        q = np.ascontiguousarray(np.atleast_2d(vectors), dtype=np.float32)
        if q.shape[1] != self.dim:
            raise ValueError(f"query vectors must have {self.dim} columns, got {q.shape[1]}")
        k = min(k, len(self))
        if k <= 0:
            return [[] for _ in range(q.shape[0])]
        params = self._hnsw_params() if self.kind == "hnsw" else None
        with _omp_threads(1 if q.shape[0] < _PARALLEL_QUERIES else None):
            scores, labels = self._index.search(q, k, params=params)
        id_at = self._id_at
        return [
            [(i, s) for label, s in zip(row_labels, row_scores) if (i := id_at[label] if label >= 0 else None)]
            for row_labels, row_scores in zip(labels.tolist(), scores.tolist())
        ]

    def search_ef(self) -> int:
        """The efSearch a query runs at (`search_ef_for` this index's size)."""
        return search_ef_for(self._index.ntotal, self.ef_search)

    def _hnsw_params(self) -> faiss.SearchParametersHNSW:
        if not self._dead:
            return faiss.SearchParametersHNSW(efSearch=self.search_ef())
        if self._selector is None:
            batch = faiss.IDSelectorBatch(np.fromiter(self._dead, dtype=np.int64, count=len(self._dead)))
            self._selector = (faiss.IDSelectorNot(batch), batch)  # keep batch alive: Not points at it
        return faiss.SearchParametersHNSW(sel=self._selector[0], efSearch=self.search_ef())

    # ---------- consistency with the graph ----------
    def verify(self, graph_versions: dict[str, str]) -> tuple[list[str], list[str], list[str]]:
        """(missing, stale, orphaned) ids against the graph's current id -> updated_at, each sorted."""
        missing = sorted(i for i in graph_versions if i not in self._label_of)
        stale = sorted(
            i
            for i, label in self._label_of.items()
            if i in graph_versions and graph_versions[i] != self._version_at[label]
        )
        orphaned = sorted(i for i in self._label_of if i not in graph_versions)
        return missing, stale, orphaned

    # ---------- persistence ----------
    def meta(self) -> IndexMeta:
        """This index's metadata as it would be saved now."""
        hnsw = {"M": HNSW_M, "ef_construction": self.ef_construction, "ef_search": self.ef_search}
        return IndexMeta(
            embedder=self.embedder_name,
            dim=self.dim,
            kind=self.kind,
            graph=self.graph,
            count=len(self),
            built_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
            hnsw=hnsw if self.kind == "hnsw" else None,
        )

    def save(self, directory: Path) -> None:
        """Write the index under ``directory`` atomically, replacing any index saved there."""
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        gen = uuid.uuid4().hex[:12]
        files = {"index": f"index-{gen}.faiss", "ids": f"ids-{gen}.npz"}
        faiss.write_index(self._index, str(directory / files["index"]))
        _fsync(directory / files["index"])
        ids = list(self._label_of)
        labels = np.fromiter(self._label_of.values(), dtype=np.int64, count=len(ids))
        with open(directory / files["ids"], "wb") as f:
            np.savez(
                f,
                labels=labels,
                ids=_pack(ids),
                versions=_pack([self._version_at[label] or "" for label in labels.tolist()]),
            )
            f.flush()
            os.fsync(f.fileno())
        meta = {"format": FORMAT, **asdict(self.meta()), "files": files}
        if meta["hnsw"] is None:
            del meta["hnsw"]
        tmp = directory / f"{META_FILE}.{gen}.tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(meta, f, ensure_ascii=False, indent=2)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, directory / META_FILE)  # the commit point
        _fsync(directory)
        _remove_other_generations(directory, keep=set(files.values()))

    @staticmethod
    def read_meta(directory: Path) -> IndexMeta:
        """The metadata of the index saved under ``directory``, without loading its vectors."""
        path = Path(directory) / META_FILE
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise IndexMissing(f"no expert index at {directory}; {_REBUILD_HINT}") from None
        except (OSError, ValueError) as e:
            raise IndexMismatch(f"index at {directory} is unreadable ({e}); {_REBUILD_HINT}") from None
        if not isinstance(raw, dict):
            raise IndexMismatch(f"index at {directory} has malformed metadata; {_REBUILD_HINT}")
        if raw.get("format") != FORMAT:
            raise IndexMismatch(
                f"index at {directory} has format {raw.get('format')!r}, this version reads format {FORMAT}; "
                f"{_REBUILD_HINT}"
            )
        try:
            return IndexMeta(**{f: raw[f] for f in IndexMeta.__dataclass_fields__ if f in raw})
        except TypeError as e:
            raise IndexMismatch(f"index at {directory} has incomplete metadata ({e}); {_REBUILD_HINT}") from None

    @classmethod
    def load(cls, directory: Path, expected_embedder: str, expected_graph: str, mmap: bool = False) -> ExpertIndex:
        """The index saved under ``directory``, refused unless built with this embedder for this graph.

        ``mmap``: map the vectors read-only from the file (shared between processes) instead of reading them."""
        directory = Path(directory)
        meta = cls.read_meta(directory)
        if meta.embedder != expected_embedder or meta.graph != expected_graph:
            raise IndexMismatch(
                f"index at {directory} was built with embedder {meta.embedder} for graph {meta.graph!r}; "
                f"this run uses embedder {expected_embedder} for graph {expected_graph!r} — {_REBUILD_HINT}"
            )
        if meta.kind not in KINDS or not meta.files:
            raise IndexMismatch(f"index at {directory} has invalid metadata; {_REBUILD_HINT}")
        try:
            index = faiss.read_index(str(directory / meta.files["index"]), faiss.IO_FLAG_MMAP_IFC if mmap else 0)
            with np.load(directory / meta.files["ids"], allow_pickle=False) as z:
                labels = z["labels"].tolist()
                ids = _unpack(z["ids"], len(labels))
                versions = _unpack(z["versions"], len(labels))
        except (OSError, RuntimeError, KeyError, ValueError) as e:
            raise IndexMismatch(f"index at {directory} is unreadable ({e}); {_REBUILD_HINT}") from None
        if not isinstance(index, faiss.IndexIDMap2) or index.d != meta.dim or len(labels) != meta.count:
            raise IndexMismatch(f"index at {directory} does not match its metadata; {_REBUILD_HINT}")
        stored = set(faiss.vector_to_array(index.id_map).tolist())
        dead = stored.difference(labels)
        if not stored.issuperset(labels) or (dead and meta.kind == "flat"):
            raise IndexMismatch(f"index at {directory} has vectors and ids out of step; {_REBUILD_HINT}")
        size = max(stored, default=-1) + 1  # past tombstones too, so new labels never reuse theirs
        id_at: list[str | None] = [None] * size
        version_at: list[str | None] = [None] * size
        for label, i, v in zip(labels, ids, versions):
            id_at[label] = i
            version_at[label] = v
        hnsw = meta.hnsw or {}
        return cls(
            index,
            embedder_name=meta.embedder,
            kind=meta.kind,
            graph=meta.graph,
            label_of=dict(zip(ids, labels)),
            id_at=id_at,
            version_at=version_at,
            dead=dead,
            ef_search=int(hnsw.get("ef_search", 64)),
            ef_construction=int(hnsw.get("ef_construction", 40)),
            read_only=mmap,
        )


def kind_for(kind: str, experts: int, flat_max: int = AUTO_FLAT_MAX) -> str:
    """The index kind to build for `experts` vectors: `kind` itself, or for "auto" flat up to `flat_max`, else hnsw."""
    if kind == "auto":
        return "flat" if experts <= flat_max else "hnsw"
    return kind


def search_ef_for(vectors: int, stored: int) -> int:
    """The efSearch for an HNSW index of `vectors`: the stored one, raised to LARGE_EF_SEARCH from LARGE_HNSW on."""
    return max(stored, LARGE_EF_SEARCH) if vectors >= LARGE_HNSW else stored


@contextmanager
def _omp_threads(n: int | None) -> Iterator[None]:
    """Run FAISS with n OpenMP threads in this block (None: unchanged); the setting is per calling thread."""
    if n is None:
        yield
        return
    before = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(n)
    try:
        yield
    finally:
        faiss.omp_set_num_threads(before)


def _new_inner(kind: str, dim: int, ef_construction: int) -> faiss.Index:
    """The bare FAISS index of a kind, before ids are attached."""
    if kind == "flat":  # float16 storage needs no training; exact search over the decoded vectors
        return faiss.IndexScalarQuantizer(dim, faiss.ScalarQuantizer.QT_fp16, faiss.METRIC_INNER_PRODUCT)
    inner = faiss.IndexHNSWFlat(dim, HNSW_M, faiss.METRIC_INNER_PRODUCT)
    inner.hnsw.efConstruction = ef_construction
    return inner


def _pack(strings: list[str]) -> np.ndarray:
    """Newline-joined UTF-8 bytes: compact, and loads without pickle."""
    return np.frombuffer("\n".join(strings).encode("utf-8"), dtype=np.uint8)


def _unpack(packed: np.ndarray, count: int) -> list[str]:
    strings = packed.tobytes().decode("utf-8").split("\n") if count else []
    if len(strings) != count:
        raise ValueError(f"expected {count} strings, found {len(strings)}")
    return strings


def _fsync(path: Path) -> None:
    """Flush a file or directory to disk so a committed index survives a power loss."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_other_generations(directory: Path, keep: set[str]) -> None:
    """Delete data files of earlier saves, and leftovers of interrupted ones."""
    for path in directory.iterdir():
        name = path.name
        leftover = name.startswith(f"{META_FILE}.") and name.endswith(".tmp")
        data = (name.startswith("index-") and name.endswith(".faiss")) or (
            name.startswith("ids-") and name.endswith(".npz")
        )
        if (leftover or data) and name not in keep:
            path.unlink(missing_ok=True)
