"""IR evaluation of expert retrieval: query files, qrels from directions, metrics via ir_measures, a Markdown table,
and `RetrievalEvaluator`, the quality of each retriever alone and fused on a query file judged against the graph.

`relevant` is a list of expert ids (all grade 1) or a dict {expert id: grade >= 1} (graded relevance).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Literal

import ir_measures
from ir_measures import RR, P, R, nDCG
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from errors import InputFileError
from evaluation.base import Evaluator, jsonl_objects
from kg.normalize import key
from kg.store import GraphStore
from retrieval import cypher

Run = Mapping[str, list[tuple[str, float]]]
Qrels = dict[str, dict[str, int]]

#: output key -> ir_measures measure. MRR, P@5 and Recall@20 are binary (grade >= 1 is relevant);
#: nDCG@10 uses the grades as gains (trec_eval's linear gain)
MEASURES = {"mrr": RR, "ndcg@10": nDCG @ 10, "p@5": P @ 5, "recall@20": R @ 20}


class EvalQuery(BaseModel):
    """One evaluation query and what is relevant to it: expert ids, direction names, or both."""

    model_config = ConfigDict(extra="forbid")

    id: str
    query: str = Field(min_length=1)
    #: expert ids (each grade 1), or {expert id: grade} with integer grades >= 1
    relevant: list[str] | dict[str, int] = Field(default_factory=list)
    relevant_directions: list[str] = Field(default_factory=list)
    #: how the problem is phrased (short, symptom, slang, …), for figures per style; what it needs, in a line
    style: str | None = None
    need: str | None = None
    #: a typo variant's [typed, meant] word pairs (queries_typos.jsonl), so a reader sees what was changed
    typos: list[tuple[str, str]] = Field(default_factory=list)
    #: the expertise the message names, as written (queries_asked.jsonl), so a reader sees what was asked for
    asked: str | None = None
    #: the split the annotator assigned before judging; a file whose queries all carry one is split by it
    split: Literal["dev", "test"] | None = None

    @field_validator("relevant", mode="before")
    @classmethod
    def _list_or_grades(cls, value: object) -> object:
        """Check the shape here, so a bad value gets one plain message rather than one per union member."""
        if isinstance(value, list):
            if not all(isinstance(e, str) for e in value):
                raise ValueError("a list of relevant expert ids must hold only strings")
            return value
        if isinstance(value, dict):
            for expert, grade in value.items():
                if isinstance(grade, bool) or not isinstance(grade, int) or grade < 1:
                    raise ValueError(f"grade of {expert!r} must be an integer >= 1, got {grade!r}")
            return value
        raise ValueError(f"expected a list of expert ids or an object {{expert id: grade}}, got {type(value).__name__}")

    def grades(self) -> dict[str, int]:
        """The listed experts with their grades (1 each for the list form)."""
        return dict(self.relevant) if isinstance(self.relevant, dict) else {e: 1 for e in self.relevant}

    @model_validator(mode="after")
    def _needs_relevance(self) -> EvalQuery:
        """Require one of the relevance fields, so a query can't be left unjudged by omission."""
        if not {"relevant", "relevant_directions"} & self.model_fields_set:
            raise ValueError("needs field relevant (expert ids) or relevant_directions (direction names)")
        return self


def load_queries(path: str | os.PathLike[str]) -> list[EvalQuery]:
    """Read a JSONL query file; blank lines are skipped, a missing id becomes the line number.

    Raises InputFileError naming the file, line and field of the first bad line, or a repeated id.
    """
    queries: list[EvalQuery] = []
    seen: dict[str, int] = {}
    for n, where, data in jsonl_objects(path, "query file"):
        data.setdefault("id", str(n))
        try:
            q = EvalQuery.model_validate(data)
        except ValidationError as e:
            err = e.errors()[0]
            field = ".".join(str(p) for p in err["loc"])
            msg = str(err.get("ctx", {}).get("error", err["msg"]))
            raise InputFileError(f"{where}: field {field}: {msg}" if field else f"{where}: {msg}") from None
        if q.id in seen:
            raise InputFileError(f"{where}: field id: {q.id!r} already used on line {seen[q.id]}")
        seen[q.id] = n
        queries.append(q)
    return queries


def split_queries(queries: list[EvalQuery], split: str) -> list[EvalQuery]:
    """A fixed split of a query file: dev = every third query (positions 0, 3, 6, …: for tuning), test = the rest
    (reported), all = every query; a file whose queries all name their split is split as they say."""
    if split not in ("all", "dev", "test"):
        raise ValueError(f"unknown split {split!r}: all, dev or test")
    if split == "all":
        return list(queries)
    if queries and all(q.split for q in queries):
        return [q for q in queries if q.split == split]
    return [q for i, q in enumerate(queries) if (i % 3 == 0) == (split == "dev")]


def qrels_from_directions(queries: Iterable[EvalQuery], experts_by_direction: Mapping[str, set[str]]) -> Qrels:
    """Qrels: an expert is relevant when listed in `relevant` (with its grade) or working on a relevant direction.

    An expert reached only through a direction gets grade 1; one both listed and on a direction keeps its listed
    grade. A direction missing from experts_by_direction has no experts (the query may end up with none and be
    skipped).
    """
    qrels: Qrels = {}
    for q in queries:
        grades = q.grades()
        for direction in q.relevant_directions:
            for e in experts_by_direction.get(direction, set()):
                grades.setdefault(e, 1)
        qrels[q.id] = {e: grades[e] for e in sorted(grades)}
    return qrels


def judged(qrels: Mapping[str, Mapping[str, int]]) -> tuple[Qrels, list[str]]:
    """The qrels of queries with at least one relevant doc, and the ids of those without (which evaluate skips)."""
    kept = {qid: dict(docs) for qid, docs in qrels.items() if any(g > 0 for g in docs.values())}
    return kept, sorted(set(qrels) - set(kept))


def evaluate(run: Run, qrels: Mapping[str, Mapping[str, int]]) -> dict[str, float]:
    """Mean mrr, ndcg@10, p@5, recall@20 over the judged queries (see `judged`) via ir_measures.

    A run's list order is the ranking: scores are replaced by rank-derived ones so trec_eval's tie-breaking
    (by doc id) can't reorder equal scores. A judged query missing from the run (or with an empty list) scores 0
    on every metric: it is averaged in explicitly, whatever the ir_measures backend does with it.
    """
    kept, _ = judged(qrels)
    if not kept:
        raise ValueError("no query has a relevant document: nothing to evaluate")
    ir_run: dict[str, dict[str, float]] = {}
    for qid, ranking in run.items():
        if qid in kept:
            docs = list(dict.fromkeys(doc for doc, _ in ranking))  # a repeated doc counts at its first rank
            ir_run[qid] = {doc: float(len(docs) - i) for i, doc in enumerate(docs)}
    totals = {key: 0.0 for key in MEASURES}
    by_measure = {measure: key for key, measure in MEASURES.items()}
    if any(ir_run.values()):
        for m in ir_measures.iter_calc(list(MEASURES.values()), kept, {q: d for q, d in ir_run.items() if d}):
            totals[by_measure[m.measure]] += m.value
    return {key: total / len(kept) for key, total in totals.items()}


def per_query(run: Run, qrels: Mapping[str, Mapping[str, int]], key: str = "ndcg@10") -> dict[str, float]:
    """One measure (a MEASURES key) of each judged query, as `evaluate` ranks: 0 where the run has no ranking."""
    kept, _ = judged(qrels)
    values = dict.fromkeys(kept, 0.0)
    ir_run = {}
    for qid, ranking in run.items():
        docs = list(dict.fromkeys(doc for doc, _ in ranking))
        if qid in kept and docs:
            ir_run[qid] = {doc: float(len(docs) - i) for i, doc in enumerate(docs)}
    if ir_run:
        for m in ir_measures.iter_calc([MEASURES[key]], kept, ir_run):
            values[m.query_id] = m.value
    return values


def format_table(rows: Mapping[str, Mapping[str, float]]) -> str:
    """A Markdown table: one row per retriever, one column per metric, 3 decimals."""
    keys = list(MEASURES)
    lines = ["| retriever | " + " | ".join(keys) + " |", "|---|" + "---:|" * len(keys)]
    for name, metrics in rows.items():
        cells = [f"{metrics[k]:.3f}" if k in metrics else "–" for k in keys]
        label = name.replace("|", r"\|")
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


#: name -> retrievers fused (one name: that retriever alone); the retriever's own names that are not here
#: (e.g. a learned signal) are added by `configurations`
CONFIGURATIONS: dict[str, tuple[str, ...]] = {
    "dense": ("dense",),
    "lexical": ("lexical",),
    "graph": ("graph",),
    "dense+lexical": ("dense", "lexical"),
    "fused (all three)": ("dense", "lexical", "graph"),
}


def configurations(names: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The standard table for retrievers `names`: each alone, dense+lexical, the first three, every one fused,
    and every one fused but one (an ablation) when there are more than three."""
    table = {n: (n,) for n in names}
    table.update({k: v for k, v in CONFIGURATIONS.items() if len(v) > 1 and set(v) <= set(names)})
    if len(names) > 3:
        table[f"fused (all {len(names)})"] = names
        for n in names:
            table[f"all but {n}"] = tuple(m for m in names if m != n)
    return table


def experts_by_direction(store: GraphStore) -> dict[str, set[str]]:
    """Normalised direction name -> ids of the experts who work on it."""
    members: dict[str, set[str]] = {}
    for row in store.read(cypher.DIRECTION_MEMBERS).records():
        members.setdefault(key(row["name"]), set()).add(row["id"])
    return members


def judged_queries(store: GraphStore, queries: list[EvalQuery]) -> Qrels:
    """The qrels of `queries` against the graph: listed experts, and those working on a relevant direction."""
    for q in queries:
        q.relevant_directions = [key(d) for d in q.relevant_directions]
    return qrels_from_directions(queries, experts_by_direction(store))


class RetrievalEvaluator(Evaluator):
    """MRR, nDCG@10, P@5, Recall@20 of each retriever configuration on a query file (or a list of queries)."""

    name = "retrieval"

    def __init__(self, store: GraphStore, queries: str | os.PathLike[str] | list[EvalQuery], depth: int = 100,
                 split: str = "all") -> None:
        loaded = load_queries(queries) if isinstance(queries, (str, os.PathLike)) else list(queries)
        self.queries = split_queries(loaded, split)
        self.qrels = judged_queries(store, self.queries)
        self.depth = depth

    def run(self, retriever: Any, retrievers: tuple[str, ...] | None) -> dict[str, list[tuple[str, float]]]:
        """The ranking of each query by an ExpertRetriever restricted to `retrievers` (None: all)."""
        return {q.id: [(e.id, e.score) for e in retriever.rank(q.query, retrievers, depth=self.depth)[0]]
                for q in self.queries}

    def __call__(self, retriever: Any, configurations: dict[str, tuple[str, ...]] | None = None
                 ) -> dict[str, dict[str, float]]:
        """Metrics per configuration (default: the standard table for the retriever's signals)."""
        table = configurations or globals()["configurations"](retriever.retrievers)
        return {name: evaluate(self.run(retriever, names), self.qrels) for name, names in table.items()}


def evaluate_retrievers(retriever: Any, store: GraphStore, queries_path: Path, depth: int = 100,
                        configurations: dict[str, tuple[str, ...]] | None = None) -> dict[str, dict[str, float]]:
    """Metrics per configuration; an expert is relevant when listed or working on a relevant direction."""
    return RetrievalEvaluator(store, queries_path, depth)(retriever, configurations)
