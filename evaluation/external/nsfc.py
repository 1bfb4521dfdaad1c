"""nsfc-silver: find the principal investigator (PI) of a grant from its title, given the PIs' other grants.

A silver standard from the public NSFC project lists (nsfc_projects/*.csv). A PI is a (name, institution) pair.
For every PI with two projects or more, the title of their newest project (latest start, then highest project
number) is a query whose one relevant candidate is that PI. Every PI is a candidate; a candidate's profile is
their projects minus their query project (title + keywords where the file has them): the query project never
reaches anyone's profile. Metrics: mrr, hit@1, hit@10, hit@100 over rankings cut at depth 1000 (a target ranked
lower counts as a miss: MRR changes by < 0.001). The default file is the NSFC management-science list
natural-2017-09-26.csv (17,926 projects, 12,712 PIs, 3,395 queries), the one the reference baseline
(character-bigram TF-IDF: MRR 0.155, Hit@10 0.248) reproduces on; the other two lists parse too.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from evaluation.external.common import (
    Workspace,
    char_bigrams,
    embed,
    fusion_settings,
    hit_metrics,
    tfidf,
)
from retrieval.fusion import reciprocal_rank_fusion
from retrieval.lexical import LexicalIndex

DEFAULT_FILE = "natural-2017-09-26.csv"
DEPTH = 1000
CUTOFFS = (1, 10, 100)

# header column -> field, per known file layout (the first column names identify the layout)
_LAYOUTS = {
    "项目批准号|项目类别|项目名称": {
        "id": "项目批准号", "title": "项目名称", "name": "负责人", "org": "依托单位", "start": "起止年月"
    },
    "项目批准号|项目类别|学科分类": {
        "id": "项目批准号", "title": "项目名称", "name": "项目负责人", "org": "工作单位", "start": "立项时间"
    },
    "approveText|title|codeText": {
        "id": "approveText", "title": "title", "name": "personText", "org": "organization",
        "start": "approveYear", "keywords": "keywords",
    },
}
_ITEM_NUMBER = re.compile(r"^\s*\d+\s*[.、]\s*")  # the life-science list numbers its titles: "1.高通量…"


@dataclass(frozen=True)
class Project:
    id: str
    title: str
    keywords: str
    pi: tuple[str, str]  # (name, institution)
    start: str  # sortable: "2018.01", "2017-06-30" or "2018"

    @property
    def text(self) -> str:
        return f"{self.title} {self.keywords}".strip()


@dataclass(frozen=True)
class SilverSet:
    source: str  # where it was read from: names its cached indexes and embeddings
    pis: list[tuple[str, str]]  # candidate i
    profiles: list[list[Project]]  # candidate i's profile projects (never a query project)
    queries: list[tuple[Project, int]]  # (query project, index of its PI)


def locate(data: Path) -> Path:
    """A project CSV given itself, the nsfc_projects folder (-> natural-2017-09-26.csv) or the shared data root."""
    for p in (data, data / DEFAULT_FILE, data / "nsfc_projects" / DEFAULT_FILE):
        if p.is_file():
            return p
    raise FileNotFoundError(f"no NSFC project CSV at {data}")


def read_projects(path: Path) -> Iterator[Project]:
    """Projects of one CSV, streamed; rows without a title, PI name or institution are skipped."""
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        head = "|".join((reader.fieldnames or [])[:3])
        if head not in _LAYOUTS:
            raise ValueError(f"{path}: unknown NSFC CSV layout (first columns {head!r})")
        cols = _LAYOUTS[head]
        for row in reader:
            title = _ITEM_NUMBER.sub("", (row.get(cols["title"]) or "").strip())
            name, org = (row.get(cols["name"]) or "").strip(), (row.get(cols["org"]) or "").strip()
            if not (title and name and org):
                continue
            keywords = (row.get(cols["keywords"]) or "").strip() if "keywords" in cols else ""
            keywords = " ".join(k.strip() for k in re.split(r"[；;]", keywords) if k.strip())
            yield Project(row[cols["id"]].strip(), title, keywords, (name, org), (row.get(cols["start"]) or "").strip())


def silver_split(projects: Iterator[Project] | list[Project], source: str = "") -> SilverSet:
    """Group projects by PI; each PI with >= 2 projects gives up their newest as a query (see module docstring)."""
    by_pi: dict[tuple[str, str], list[Project]] = defaultdict(list)
    for p in projects:
        by_pi[p.pi].append(p)
    pis, profiles, queries = [], [], []
    for pi, own in by_pi.items():
        own = sorted(own, key=lambda p: (p.start, p.id))
        if len(own) >= 2:
            queries.append((own[-1], len(pis)))
            own = own[:-1]
        pis.append(pi)
        profiles.append(own)
    return SilverSet(source, pis, profiles, queries)


def load(data: Path) -> SilverSet:
    path = locate(data)
    return silver_split(read_projects(path), str(path.resolve()))


def sample_queries(silver: SilverSet, split: str = "all", max_queries: int | None = None) -> list[tuple[Project, int]]:
    """The queries of a split (all, tune: even positions, test: odd positions, the held-out half), or
    max_queries of those evenly spaced (deterministic)."""
    if split not in ("all", "tune", "test"):
        raise ValueError(f"unknown split {split!r}: all, tune or test")
    q = silver.queries if split == "all" else silver.queries[0 if split == "tune" else 1 :: 2]
    if max_queries is None or max_queries >= len(q):
        return q
    return [q[i] for i in np.linspace(0, len(q) - 1, max_queries).round().astype(int)]


def _profile_text(profile: list[Project]) -> str:
    return " ".join(p.text for p in profile)


def _top(scores: np.ndarray, k: int) -> np.ndarray:
    """Indices of the k best scores, best first, ties by lower index."""
    k = min(k, len(scores))
    part = np.argpartition(-scores, k - 1)[:k]
    kth = scores[part].min()
    cand = np.flatnonzero(scores >= kth)  # everything tied with the k-th, so ties break by index
    return cand[np.lexsort((cand, -scores[cand]))][:k]


def rankings(
    ws: Workspace, silver: SilverSet, queries, retriever: str, weights: dict | None = None
) -> Iterator[list[int]]:
    """For each query, candidate indices best first, to depth 1000. fused: weighted RRF (fusion_settings) of
    the lexical and dense top 1000s."""
    if retriever == "tfidf":
        docs, qs = ws.get(
            ("nsfc", "tfidf", silver.source),
            lambda: tfidf(
                (char_bigrams(_profile_text(p)) for p in silver.profiles),
                (char_bigrams(q.title) for q, _ in silver.queries),
            ),
        )
        row = {id(q): i for i, (q, _) in enumerate(silver.queries)}
        rows = [row[id(q)] for q, _ in queries]
        for start in range(0, len(rows), 256):  # one sparse product per block of queries
            block = (qs[rows[start : start + 256]] @ docs.T).toarray()
            for scores in block:
                yield _top(scores, DEPTH).tolist()
    elif retriever == "lexical":
        index = ws.get(("nsfc", "bm25", silver.source), lambda: _bm25(silver))
        for q, _ in queries:
            yield [int(c) for c, _ in index.search(q.title, k=DEPTH)]
    elif retriever == "dense":
        vectors = _dense_profiles(ws, silver)
        titles = embed(ws, "use", ("nsfc-queries", silver.source), [q.title for q, _ in silver.queries])
        row = {id(q): i for i, (q, _) in enumerate(silver.queries)}
        rows = [row[id(q)] for q, _ in queries]
        for start in range(0, len(rows), 256):
            for scores in titles[rows[start : start + 256]] @ vectors.T:
                yield _top(scores, DEPTH).tolist()
    elif retriever == "fused":
        w, k = fusion_settings(weights)
        for lex, den in zip(rankings(ws, silver, queries, "lexical"), rankings(ws, silver, queries, "dense")):
            lists = {"lexical": [(c, 0.0) for c in lex], "dense": [(c, 0.0) for c in den]}
            fused = reciprocal_rank_fusion(lists, k=k, weights=w)
            yield [c for c, _ in fused[:DEPTH]]
    elif retriever.endswith("-minilm"):
        raise ValueError("nsfc-silver is Chinese: the English MiniLM model does not apply; use dense (USE)")
    else:
        raise ValueError(f"unknown retriever {retriever!r}")


def _bm25(silver: SilverSet) -> LexicalIndex:
    index = LexicalIndex()
    index.build([str(i) for i in range(len(silver.pis))], [_profile_text(p) for p in silver.profiles])
    return index


def _dense_profiles(ws: Workspace, silver: SilverSet) -> np.ndarray:
    """A unit vector per candidate: the normalised mean of their profile projects' USE vectors."""
    projects = [p for profile in silver.profiles for p in profile]
    vectors = embed(ws, "use", ("nsfc-projects", silver.source), [p.text for p in projects])

    def build() -> np.ndarray:
        sizes = np.array([len(p) for p in silver.profiles])
        sums = np.add.reduceat(vectors, np.r_[0, np.cumsum(sizes)[:-1]], axis=0)
        return (sums / np.linalg.norm(sums, axis=1, keepdims=True)).astype(np.float32)

    return ws.get(("nsfc", "profile-vectors", silver.source), build)


def evaluate(
    ws: Workspace,
    silver: SilverSet,
    retriever: str,
    split: str = "all",
    max_queries: int | None = None,
    weights: dict | None = None,
):
    """(metrics, number of queries) for one retriever."""
    queries = sample_queries(silver, split, max_queries)
    ranks: list[int | None] = []
    for (_, target), ranking in zip(queries, rankings(ws, silver, queries, retriever, weights)):
        ranking = [int(c) for c in ranking]
        ranks.append(ranking.index(target) + 1 if target in ranking else None)
    return hit_metrics(ranks, CUTOFFS), len(queries)
