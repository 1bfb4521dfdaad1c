"""reviewer-gold: the reviewer-paper expertise gold standard of Stelmakh et al. (arXiv 2303.16750), split d_20_1.

58 reviewers rated their expertise (1-5) for up to 10 papers each (data/evaluations.csv, 477 ratings); each reviewer
has a profile of up to 20 of their own papers (evaluation_datasets/d_20_1/archives/~ID.jsonl) and the 463 rated
papers are the submissions (submissions.json). A system scores every rated (reviewer, paper) pair; the loss is
the paper's weighted pairwise misranking loss: over every reviewer and every pair of papers that reviewer rated,
a pair ordered against the ratings costs the rating gap |e1 - e2|, a pair the system ties costs half of it, and
the total is divided by the sum of all gaps (0 = perfect, 0.5 = constant scores, lower is better).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import numpy as np

from evaluation.external.common import Workspace, embed, fusion_settings, tfidf, words
from retrieval.fusion import reciprocal_rank_fusion
from retrieval.lexical import LexicalIndex

SPLIT = "d_20_1"
AGGREGATES = ("max", "mean", "top3")
#: the lowest loss on the tuning half of the reviewers (even positions in evaluations.csv); the -minilm retrievers
#: use their base's entry (their own tuning half picks top3 too): `benchmarks/external.py --tune`
DEFAULT_AGGREGATE = {"tfidf": "mean", "lexical": "top3", "dense": "top3", "fused": "top3"}
#: published systems whose scores predictions/ holds: retriever "published:NAME"
PUBLISHED = ("tpms", "specter", "specter_mfr", "elmo", "acl", "constant")

Scores = Mapping[str, Mapping[str, float]]  # reviewer -> paper -> score


@dataclass(frozen=True)
class GoldData:
    root: Path
    refs: dict[str, dict[str, float]]  # reviewer -> rated paper -> expertise, in evaluations.csv order
    submissions: dict[str, str]  # paper id -> title + abstract
    archives: dict[str, list[str]]  # reviewer -> their profile papers' texts


def locate(data: Path) -> Path:
    """The gold-standard folder (holding data/evaluations.csv) given itself or the shared data root."""
    for p in (data, data / "reviewer_goldstandard"):
        if (p / "data" / "evaluations.csv").is_file():
            return p
    raise FileNotFoundError(f"no reviewer_goldstandard/data/evaluations.csv under {data}")


def _text(content: Mapping) -> str:
    return " ".join(str(content.get(k) or "").strip() for k in ("title", "abstract")).strip()


def load_refs(root: Path) -> dict[str, dict[str, float]]:
    """evaluations.csv: reviewer -> {paper: expertise} for the (up to 10) papers each reviewer rated."""
    refs: dict[str, dict[str, float]] = {}
    with (root / "data" / "evaluations.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            refs[row["ParticipantID"].strip()] = {
                row[f"Paper{i}"].strip(): float(row[f"Expertise{i}"])
                for i in range(1, 11)
                if (row.get(f"Paper{i}") or "").strip()
            }
    return refs


def load(data: Path) -> GoldData:
    root = locate(data)
    split = root / "evaluation_datasets" / SPLIT
    refs = load_refs(root)
    with (split / "submissions.json").open(encoding="utf-8") as f:
        submissions = {pid: _text(p["content"]) for pid, p in json.load(f).items()}
    archives = {}
    for reviewer in refs:
        with (split / "archives" / f"~{reviewer}.jsonl").open(encoding="utf-8") as f:
            archives[reviewer] = [_text(json.loads(line)["content"]) for line in f if line.strip()]
    missing = {p for r in refs.values() for p in r} - set(submissions)
    if missing:
        raise ValueError(f"{len(missing)} rated papers missing from submissions.json, e.g. {min(missing)}")
    return GoldData(root, refs, submissions, archives)


def misranking_loss(preds: Scores, refs: Mapping[str, Mapping[str, float]]) -> float:
    """Weighted pairwise misranking loss of preds against the expertise ratings refs (see module docstring).

    Every rated (reviewer, paper) pair needs a prediction; only the order of a reviewer's predictions matters.
    """
    loss = total = 0.0
    for reviewer, rated in refs.items():
        for (p1, e1), (p2, e2) in combinations(rated.items(), 2):
            gap = abs(e1 - e2)
            if gap == 0:
                continue
            total += gap
            s1, s2 = preds[reviewer][p1], preds[reviewer][p2]
            if s1 == s2:
                loss += gap / 2
            elif (s1 > s2) != (e1 > e2):
                loss += gap
    if total == 0:
        raise ValueError("no pair of papers with different ratings: the loss is undefined")
    return loss / total


def load_published(root: Path, name: str) -> dict[str, dict[str, float]]:
    """A published system's scores for the split: predictions/NAME_d_20_1_ta.json."""
    with (root / "predictions" / f"{name}_{SPLIT}_ta.json").open(encoding="utf-8") as f:
        return {str(r): {p: float(s) for p, s in papers.items()} for r, papers in json.load(f).items()}


def split_reviewers(data: GoldData, split: str) -> list[str]:
    """Reviewers of a split: all, tune (even positions in evaluations.csv) or test (odd: the held-out half)."""
    reviewers = list(data.refs)
    if split == "all":
        return reviewers
    if split in ("tune", "test"):
        return reviewers[0 if split == "tune" else 1 :: 2]
    raise ValueError(f"unknown split {split!r}: all, tune or test")


def _reduce(sims: np.ndarray, how: str) -> np.ndarray:
    """Profile papers x submissions similarities -> one score per submission."""
    if how == "max":
        return sims.max(axis=0)
    if how == "mean":
        return sims.mean(axis=0)
    if how == "top3":
        k = min(3, sims.shape[0])
        return np.sort(sims, axis=0)[-k:].mean(axis=0)
    raise ValueError(f"unknown aggregate {how!r}: {', '.join(AGGREGATES)}")


def _similarities(ws: Workspace, data: GoldData, retriever: str) -> dict[str, np.ndarray]:
    """reviewer -> (profile papers x all submissions) similarity matrix for a base retriever.

    The reviewer's profile paper is the query and the submissions the collection, so each row's scores are on
    one query's scale: that is what the loss compares (one reviewer's papers against each other).
    """
    subs = list(data.submissions.values())
    profile_texts = [t for r in data.refs for t in data.archives[r]]
    if retriever == "tfidf":
        key = ("gold", str(data.root), "tfidf")
        docs, queries = ws.get(key, lambda: tfidf(map(words, subs + profile_texts), map(words, profile_texts)))
        matrix = (queries @ docs[: len(subs)].T).toarray()
    elif retriever == "lexical":
        matrix = ws.get(("gold", str(data.root), "bm25"), lambda: _bm25_matrix(subs, profile_texts))
    elif retriever.startswith("dense"):
        model = "minilm" if retriever.endswith("-minilm") else "use"
        s = embed(ws, model, ("gold-submissions", str(data.root)), subs)
        q = embed(ws, model, ("gold-profiles", str(data.root)), profile_texts)
        matrix = q @ s.T
    else:
        raise ValueError(f"unknown retriever {retriever!r}")
    out, start = {}, 0
    for r in data.refs:
        n = len(data.archives[r])
        out[r] = matrix[start : start + n]
        start += n
    return out


def _bm25_matrix(subs: list[str], queries: list[str]) -> np.ndarray:
    index = LexicalIndex()
    index.build([str(i) for i in range(len(subs))], subs)
    m = np.zeros((len(queries), len(subs)))
    for i, q in enumerate(queries):
        for doc, score in index.search(q, k=len(subs)):
            m[i, int(doc)] = score
    return m


def predict(
    ws: Workspace, data: GoldData, retriever: str, how: str | None = None, weights: dict | None = None
) -> dict[str, dict[str, float]]:
    """reviewer -> submission -> score for every reviewer and every submission.

    fused[-minilm]: for each reviewer, the submissions ranked by the lexical and by the dense score, fused by
    weighted RRF as the system fuses expert rankings (fusion_settings); the RRF score is the prediction.
    """
    if retriever.startswith("published:"):
        return load_published(data.root, retriever.split(":", 1)[1])
    ids = list(data.submissions)
    base = retriever.removesuffix("-minilm")
    how = how or DEFAULT_AGGREGATE[base]
    if base != "fused":
        sims = _similarities(ws, data, retriever)
        return {r: dict(zip(ids, _reduce(m, how).tolist())) for r, m in sims.items()}
    dense = "dense-minilm" if retriever.endswith("-minilm") else "dense"
    lexical = predict(ws, data, "lexical", how)
    semantic = predict(ws, data, dense, how)
    w, k = fusion_settings(weights)
    out = {}
    for r in data.refs:
        rankings = {  # the lexical list holds only matching submissions, as LexicalIndex returns
            "lexical": sorted(((p, s) for p, s in lexical[r].items() if s > 0), key=lambda p: (-p[1], p[0])),
            "dense": sorted(semantic[r].items(), key=lambda p: (-p[1], p[0])),
        }
        out[r] = dict(reciprocal_rank_fusion(rankings, k=k, weights=w))
    return out


def evaluate(
    ws: Workspace, data: GoldData, retriever: str, aggregate_how: str | None, split: str, weights: dict | None = None
):
    """({"loss": ...}, number of reviewers) for one retriever."""
    reviewers = split_reviewers(data, split)
    preds = predict(ws, data, retriever, aggregate_how, weights)
    return {"loss": misranking_loss(preds, {r: data.refs[r] for r in reviewers})}, len(reviewers)
