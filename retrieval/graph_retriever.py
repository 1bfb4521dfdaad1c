"""Graph reasoning: map a problem onto research directions, then expand to the experts who work on them.

A Direction is represented twice, both built from the graph: a vector (its name and fields plus the centroid of
its experts' profile vectors) and a BM25 document (its name, fields and its experts' profiles). A problem told by
its symptoms ("翘曲变形、良品率低") so still lands on the direction ("注塑模具设计与成型工艺"); the two rankings are
fused (on the dev queries, fusing lifts direction hit@3 from 0.40 dense / 0.57 lexical to 0.68).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from kg.store import GraphStore
from retrieval import cypher
from retrieval.embedder import Embedder
from retrieval.faiss_index import IndexMismatch
from retrieval.fusion import reciprocal_rank_fusion
from retrieval.lexical import LexicalIndex
from retrieval.profile import without_name
from retrieval.script import corpus_share, same_script


#: the direction table's layout; a table saved in another refuses to load (`expertglm index build` rewrites it)
TABLE_FORMAT = 2


@dataclass
class DirectionTable:
    """Every Direction with its fields, expert count, unit vector and experts.

    The experts on each direction (WORKS_ON, as of the last index update) are CSR rows into `experts` (every expert
    on some direction, sorted by id, so a smaller row is a smaller id): direction i's are
    `member_rows[member_start[i]:member_start[i + 1]]`, ascending. Int arrays, not lists of id strings: at 1M
    experts the lists cost ~1 GB of Python objects and scoring them one by one most of a match.
    """

    keys: list[str]
    names: list[str]
    fields: list[list[str]]
    sizes: np.ndarray  # experts per direction
    vectors: np.ndarray  # (n, dim) float32, unit rows
    experts: np.ndarray  # bytes ("S<width>"), the UTF-8 ids of every expert on a direction, sorted
    member_start: np.ndarray  # (n + 1,) int64
    member_rows: np.ndarray  # int32 rows into `experts`

    @classmethod
    def from_members(cls, keys: list[str], names: list[str], fields: list[list[str]], vectors: np.ndarray,
                     members: list[list[str]]) -> DirectionTable:
        """The table for each direction's expert ids (`members[i]`, any order, duplicates kept as given)."""
        ids = sorted({m for ms in members for m in ms})
        row = {e: r for r, e in enumerate(ids)}
        start = np.zeros(len(keys) + 1, np.int64)
        start[1:] = np.cumsum([len(ms) for ms in members])
        rows = np.fromiter((row[m] for ms in members for m in sorted(ms)), np.int32, count=int(start[-1]))
        encoded = np.array([e.encode("utf-8") for e in ids], dtype=f"S{max((len(e.encode()) for e in ids), default=1)}")
        return cls(keys, names, fields, np.diff(start), vectors, encoded, start, rows)

    def expert_id(self, row: int) -> str:
        return self.experts[row].decode("utf-8")

    def rows_of(self, ids: list[str]) -> np.ndarray:
        """The row of each id in `experts`, -1 for an expert on no direction."""
        if not ids or not len(self.experts):
            return np.full(len(ids), -1, np.int64)
        raw = [i.encode("utf-8") for i in ids]
        wanted = np.array(raw, dtype=self.experts.dtype)  # cuts ids longer than any on a direction: checked below
        at = np.minimum(np.searchsorted(self.experts, wanted), len(self.experts) - 1)
        ok = (self.experts[at] == wanted) & np.array([len(r) <= self.experts.itemsize for r in raw])
        return np.where(ok, at, -1)

    def save(self, directory: Path) -> None:
        """Write atomically: a crash leaves the old table or the new one (the npz, which the json names, first)."""
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=directory, suffix=".npz", delete=False) as fh:
            np.savez(fh, sizes=self.sizes, vectors=self.vectors, experts=self.experts,
                     member_start=self.member_start, member_rows=self.member_rows)
        os.replace(fh.name, directory / "directions.npz")
        meta = directory / "directions.json.tmp"
        meta.write_text(json.dumps({"format": TABLE_FORMAT, "keys": self.keys, "names": self.names,
                                    "fields": self.fields}, ensure_ascii=False), encoding="utf-8")
        os.replace(meta, directory / "directions.json")

    @classmethod
    def load(cls, directory: Path) -> DirectionTable:
        meta = json.loads((directory / "directions.json").read_text(encoding="utf-8"))
        if meta.get("format") != TABLE_FORMAT:
            raise IndexMismatch(f"the direction table at {directory} has another format ({meta.get('format')}, this "
                                f"version reads {TABLE_FORMAT}): run `expertglm index build`")
        with np.load(directory / "directions.npz") as arrays:
            return cls(meta["keys"], meta["names"], meta["fields"], arrays["sizes"], arrays["vectors"],
                       arrays["experts"], arrays["member_start"], arrays["member_rows"])


def build_direction_table(
    store: GraphStore,
    embedder: Embedder,
    expert_vectors: Callable[[list[str]], np.ndarray],
    profile_texts: dict[str, str],
    sample: int = 64,
) -> tuple[DirectionTable, LexicalIndex]:
    """Directions from the graph: vector = name vector + centroid of up to `sample` experts; BM25 over their profiles."""
    rows = store.read(cypher.DIRECTIONS).records()
    members: dict[str, list[str]] = {}
    for row in store.read(cypher.DIRECTION_MEMBERS).records():
        members.setdefault(row["direction"], []).append(row["id"])
    keys = [r["key"] for r in rows]
    names = [r["name"] for r in rows]
    fields = [sorted(f for f in r["fields"] if f) for r in rows]
    texts = [f"{n}（{'、'.join(f)}）" if f else n for n, f in zip(names, fields)]
    vectors = embedder.embed(texts) if texts else np.zeros((0, embedder.dim), np.float32)
    documents = []
    member_lists = []
    for i, k in enumerate(keys):
        ids = sorted(members.get(k, []))
        member_lists.append(ids)
        sampled = [m for m in ids if m in profile_texts][:sample]
        if sampled:
            centroid = expert_vectors(sampled).mean(axis=0)
            vectors[i] = vectors[i] + centroid / max(np.linalg.norm(centroid), 1e-9)
        documents.append(" ".join([texts[i], *(without_name(profile_texts[m]) for m in sampled)]))
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    table = DirectionTable.from_members(keys, names, fields, (vectors / np.maximum(norms, 1e-9)).astype(np.float32),
                                        member_lists)
    lexical = LexicalIndex()
    lexical.build(keys, documents)
    return table, lexical


@dataclass(frozen=True)
class DirectionHit:
    key: str
    name: str
    fields: tuple[str, ...]
    score: float


@dataclass(frozen=True)
class GraphMatch:
    """An expert found through the directions: its graph score and the hit directions it works on, best first."""

    id: str
    score: float
    directions: tuple[str, ...]


class GraphRetriever:
    """Ranks experts by how well the directions they work on fit the problem.

    The expansion Direction -> experts uses the WORKS_ON lists captured in the direction table when the index was
    last updated (kept in step with the graph like the vectors): reading them per query through Cypher cost
    ~40 ms at 100k experts, most of it parsing thousands of rows; scoring them as Python dicts ~150 ms at 1M.
    """

    def __init__(self, table: DirectionTable, lexical: LexicalIndex, max_directions: int = 4, rrf_k: int = 10) -> None:
        self.table = table
        self.lexical = lexical
        self.max_directions = max_directions
        self.rrf_k = rrf_k
        self._row = {k: i for i, k in enumerate(table.keys)}
        self._share = corpus_share(table.names)  # the script of the direction documents BM25 reads

    def directions(self, query: str, query_vector: np.ndarray) -> list[DirectionHit]:
        """The directions that fit the problem best, scored relative to the best one (1.0)."""
        if not self.table.keys:
            return []
        sims = self.table.vectors @ query_vector
        dense = [(self.table.keys[i], float(sims[i])) for i in np.argsort(-sims)[:50]]
        rankings = {"dense": dense}
        if same_script(query, self._share):  # BM25 over Chinese documents finds noise in an English problem
            rankings["lexical"] = self.lexical.search(query, 50)
        fused = reciprocal_rank_fusion(rankings, k=self.rrf_k)
        top = fused[: self.max_directions]
        best = top[0][1]
        return [
            DirectionHit(k, self.table.names[self._row[k]], tuple(self.table.fields[self._row[k]]), score / best)
            for k, score in top
        ]

    def search(self, query: str, query_vector: np.ndarray, k: int,
               preferred: Callable[[], Sequence[str]] | None = None) -> tuple[list[GraphMatch], list[DirectionHit]]:
        """The k best experts on the directions that fit the problem, and the direction hits.

        An expert scores the sum of the scores of the hit directions it works on; ties (to 6 decimals) go to the
        experts `preferred()` lists earlier (called only when some expert is found), then to the smaller id.
        Vectorised over the member rows: ~2,500 experts a direction at 1M experts.
        """
        hits = self.directions(query, query_vector)
        table = self.table
        parts = [table.member_rows[table.member_start[i]:table.member_start[i + 1]]
                 for i in (self._row[h.key] for h in hits)]
        if not parts or not sum(map(len, parts)):
            return [], hits
        rows, inverse = np.unique(np.concatenate(parts), return_inverse=True)
        scores = np.zeros(len(rows))
        at = 0
        for part, hit in zip(parts, hits):  # best direction first: each expert's sum adds up in that order
            np.add.at(scores, inverse[at:at + len(part)], hit.score)
            at += len(part)
        values, level = np.unique(scores, return_inverse=True)  # few distinct sums: round them the Python way
        _, level_best_first = np.unique([-round(float(v), 6) for v in values], return_inverse=True)
        tie = np.zeros(len(rows), np.int64)
        if preferred is not None:
            order = {expert_id: r for r, expert_id in enumerate(preferred())}
            tie[:] = len(order)
            wanted = table.rows_of(list(order))
            at_rows = np.minimum(np.searchsorted(rows, wanted), len(rows) - 1)
            found = rows[at_rows] == wanted
            tie[at_rows[found]] = np.fromiter(order.values(), np.int64, len(order))[found]
        best = np.lexsort((rows, tie, level_best_first[level]))[:max(k, 0)]
        picked = rows[best]
        # how often each picked expert is on each hit direction (once, unless WORKS_ON was written twice)
        counts = [tuple(on) for on in np.stack(
            [np.searchsorted(part, picked, "right") - np.searchsorted(part, picked, "left") for part in parts],
            axis=1).tolist()]
        names = {on: tuple(h.name for h, count in zip(hits, on) for _ in range(count)) for on in set(counts)}
        matches = [GraphMatch(raw.decode("utf-8"), score, names[on])
                   for raw, score, on in zip(table.experts[picked].tolist(), scores[best].tolist(), counts)]
        return matches, hits
