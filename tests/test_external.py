"""External benchmarks (evaluation/external/) on the real data in ../shared/data: protocols and metrics."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from evaluation.external import brochier as external_brochier
from evaluation.external import nsfc as external_nsfc
from evaluation.external import reviewer as external_reviewer
from evaluation.external import BENCHMARKS, ExternalResult, evaluate_external
from evaluation.external.common import Workspace, hit_metrics, rank_of, tfidf

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def need(sub: str) -> Path:
    if not (DATA / sub).exists():
        pytest.skip(f"real data {DATA / sub} absent: the external benchmarks need ../shared/data")
    return DATA


# --- reviewer-gold: the loss --------------------------------------------------------------------------------


def test_loss_definition_on_a_toy():
    refs = {"r": {"a": 5.0, "b": 3.0, "c": 1.0}, "s": {"x": 2.0, "y": 2.0}}  # s's tie has no weight
    total = 2 + 4 + 2
    perfect = {"r": {"a": 3, "b": 2, "c": 1}, "s": {"x": 0, "y": 1}}
    assert external_reviewer.misranking_loss(perfect, refs) == 0
    reversed_ = {"r": {"a": 1, "b": 2, "c": 3}, "s": {"x": 0, "y": 0}}
    assert external_reviewer.misranking_loss(reversed_, refs) == 1
    constant = {"r": dict.fromkeys("abc", 0.7), "s": {"x": 0, "y": 0}}
    assert external_reviewer.misranking_loss(constant, refs) == 0.5
    one_swap = {"r": {"a": 2, "b": 3, "c": 1}, "s": {"x": 0, "y": 0}}  # a<b costs |5-3| = 2
    assert external_reviewer.misranking_loss(one_swap, refs) == pytest.approx(2 / total)


@pytest.mark.parametrize(
    ("system", "published"), [("tpms", 0.281), ("specter", 0.272), ("specter_mfr", 0.238), ("constant", 0.500)]
)
def test_loss_reproduces_published_systems(system, published):
    root = external_reviewer.locate(need("reviewer_goldstandard"))
    refs = external_reviewer.load_refs(root)
    assert len(refs) == 58 and sum(map(len, refs.values())) == 477
    loss = external_reviewer.misranking_loss(external_reviewer.load_published(root, system), refs)
    assert loss == pytest.approx(published, abs=0.005)


# --- brochier-dblp: the protocol ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def dblp():
    return external_brochier.load(need("brochier_expert_finding"))


def test_dblp_set_shape(dblp):
    assert len(dblp.texts) == 1641 and len(dblp.queries) == 114 and len(dblp.candidates) == 199
    assert all(r for r in dblp.relevant) and set().union(*dblp.relevant) <= set(dblp.candidates.tolist())


@pytest.mark.parametrize("how", external_brochier.AGGREGATES)
def test_brochier_excludes_the_query_document(dblp, how):
    # a pool candidate whose one document is a query document has an empty profile for that query
    counts = np.diff(dblp.doc_authors.indptr)
    lone = [
        (p, j)
        for p, d in enumerate(dblp.queries)
        for j, a in enumerate(dblp.candidates)
        if counts[a] == 1 and dblp.doc_authors[d, a]
    ]
    assert lone, "the set has a candidate whose only document is a query"
    p, j = lone[0]
    d = dblp.queries[p]
    # the query document ranked first with the best score: were it counted, the candidate would win
    scores = np.linspace(0, 1, len(dblp.texts))
    scores[d] = 10.0
    ranking = np.argsort(-scores, kind="stable")
    assert ranking[0] == d
    out = external_brochier.aggregate(dblp, d, ranking, scores, how)
    assert out[j] == -np.inf and np.isfinite(out).sum() > 0
    # and every other candidate's score is the same as with the query document removed beforehand
    without = external_brochier.aggregate(dblp, d, ranking[1:], scores, how)
    np.testing.assert_array_equal(out, without)


def test_brochier_lexical_runs_exclude_the_query_document(dblp):
    ws = Workspace()
    ((ranking, scores),) = external_brochier._doc_rankings(ws, dblp, "lexical", [0])
    d = dblp.queries[0]
    assert ranking[0] == d  # a document matches itself best: only the exclusion keeps it out
    votes = external_brochier.aggregate(dblp, d, ranking, scores, "votes")
    rank = {doc: i for i, doc in enumerate(ranking[1:], start=1)}  # ranks once the query is dropped
    for j, a in enumerate(dblp.candidates):
        docs = set(dblp.doc_authors[:, a].nonzero()[0].tolist()) - {d}
        expected = sum(1 / rank[x] for x in docs) if docs else -np.inf
        assert votes[j] == pytest.approx(expected), j


def test_tfidf_voting_reproduces_the_reference(dblp):
    metrics, n = external_brochier.evaluate(Workspace(), dblp, "tfidf", "votes", "all")
    assert n == 114
    reference = {"ap": 0.269, "p@10": 0.267, "mrr": 0.527}
    for k, v in reference.items():
        assert metrics[k] == pytest.approx(v, abs=0.01), k


# --- nsfc-silver: the protocol ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def silver():
    return external_nsfc.load(need("nsfc_projects"))


def test_nsfc_silver_never_puts_the_query_project_in_a_profile(silver):
    assert len(silver.pis) == 12712 and len(silver.queries) == 3395
    in_profiles = {p.id for profile in silver.profiles for p in profile}
    assert not {q.id for q, _ in silver.queries} & in_profiles
    for q, target in silver.queries:
        profile = silver.profiles[target]
        assert silver.pis[target] == q.pi and profile
        assert all(p.id != q.id and p.pi == q.pi for p in profile)
        assert all((p.start, p.id) < (q.start, q.id) for p in profile)  # the newest project is the query


def test_nsfc_silver_split_on_a_toy():
    def proj(i, pi, start):
        return external_nsfc.Project(str(i), f"t{i}", "", pi, start)

    a, b = ("张三", "甲大学"), ("张三", "乙大学")  # same name, other institution: another PI
    s = external_nsfc.silver_split([proj(1, a, "2010"), proj(2, a, "2012"), proj(3, b, "2015"), proj(4, a, "2011")])
    assert s.pis == [a, b]
    assert [(q.id, t) for q, t in s.queries] == [("2", 0)]
    assert [[p.id for p in prof] for prof in s.profiles] == [["1", "4"], ["3"]]


def test_nsfc_layouts_parse():
    need("nsfc_projects")
    for path in sorted((DATA / "nsfc_projects").glob("*.csv")):
        first = next(external_nsfc.read_projects(path))
        assert first.title and first.pi[0] and first.pi[1] and first.start, path.name
        assert not re.match(r"\d+[.、]", first.title), first.title  # the life-science list's item numbers go


# --- the API ------------------------------------------------------------------------------------------------


def test_json_shape_and_errors():
    need("reviewer_goldstandard")
    r = evaluate_external("reviewer-gold", DATA, "lexical")
    assert isinstance(r, ExternalResult)
    j = r.to_json()
    assert set(j) == {"benchmark", "metrics", "queries", "seconds"}
    assert j["benchmark"] == "reviewer-gold" and set(j["metrics"]) == {"loss"} and j["queries"] == 58
    assert 0 < j["metrics"]["loss"] < 0.5 and j["seconds"] > 0
    published = evaluate_external("reviewer-gold", DATA, "published:specter").metrics["loss"]
    assert published == pytest.approx(0.272, abs=0.005)
    with pytest.raises(ValueError, match="unknown benchmark"):
        evaluate_external("nope", DATA)
    with pytest.raises(ValueError, match="no retriever"):
        evaluate_external("nsfc-silver", DATA, "dense-minilm")
    with pytest.raises(ValueError, match="max_queries"):
        evaluate_external("reviewer-gold", DATA, "lexical", max_queries=5)
    assert BENCHMARKS == ("brochier-dblp", "reviewer-gold", "nsfc-silver")


def test_json_shape_on_the_other_benchmarks():
    need("brochier_expert_finding")
    need("nsfc_projects")
    ws = Workspace()
    dblp = evaluate_external("brochier-dblp", DATA, "lexical", split="test", workspace=ws).to_json()
    assert set(dblp["metrics"]) == {"ap", "p@10", "mrr"} and dblp["queries"] == 57
    nsfc = evaluate_external("nsfc-silver", DATA, "tfidf", max_queries=200, workspace=ws).to_json()
    assert set(nsfc["metrics"]) == {"mrr", "hit@1", "hit@10", "hit@100"} and nsfc["queries"] == 200
    assert all(0 <= v <= 1 for v in nsfc["metrics"].values())


# --- shared helpers -----------------------------------------------------------------------------------------


def test_helpers():
    scores = np.array([0.5, 0.9, 0.5, 0.1])
    assert [rank_of(scores, i) for i in range(4)] == [2, 1, 3, 4]  # ties: lower index first
    assert hit_metrics([1, 4, None], (1, 10)) == pytest.approx({"mrr": (1 + 0.25) / 3, "hit@1": 1 / 3, "hit@10": 2 / 3})
    docs, queries = tfidf([["a", "b"], ["a", "c"], ["a"]], [["b", "z"]])
    assert docs.shape == (3, 3) and np.allclose((docs.multiply(docs)).sum(axis=1), 1)
    assert (queries @ docs.T).toarray().argmax() == 0
