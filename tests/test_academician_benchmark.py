"""The graded academician benchmark (benchmarks/academician_queries/queries.jsonl): shape, and agreement with the data.

Shape checks always run. Checks against the academicians themselves (expert ids exist, fields covered, queries not
copying direction wording) read ../shared/data/cas_cae_academicians through the importer and skip without it.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

from evaluation.retrieval import load_queries, split_queries

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ROOT / "benchmarks" / "academician_queries" / "queries.jsonl"
STYLES = ROOT / "benchmarks" / "academician_queries" / "queries_styles.jsonl"
DATA = ROOT.parent / "shared" / "data" / "cas_cae_academicians"
CSVS = sorted(DATA.glob("*.csv")) if DATA.is_dir() else []


def _queries():
    return load_queries(QUERIES)


@lru_cache(maxsize=1)
def _academicians() -> dict[str, dict]:
    from kg.importers.academicians import records

    out = {}
    for raw in records(CSVS):
        if raw.error is None:
            out[raw.data["id"]] = raw.data
    return out


needs_data = pytest.mark.skipif(not CSVS, reason=f"academician CSVs not found under {DATA}")


def test_file_shape():
    queries = _queries()  # load_queries rejects repeated ids and bad grades
    assert len(queries) >= 100
    ids = [q.id for q in queries]
    assert len(ids) == len(set(ids))
    for q in queries:
        assert isinstance(q.relevant, dict), f"{q.id}: relevant must be graded {{expert id: grade}}"
        assert not q.relevant_directions
        assert 1 <= len(q.relevant) <= 12, q.id
        assert all(g in (1, 2, 3) for g in q.relevant.values()), q.id
        assert 3 in q.relevant.values(), f"{q.id}: no grade-3 expert"
        assert all(e.startswith(("cas-", "cae-")) for e in q.relevant), q.id
    texts = [q.query.strip() for q in queries]
    assert len(texts) == len(set(texts)), "duplicate query text"


def test_styles_file_shape():
    """queries_styles.jsonl: 96 problems written blind in eight phrasings, each phrasing in both splits."""
    queries = load_queries(STYLES)
    styles = {"short", "symptom", "slang", "context", "ask", "goal", "english", "chat"}
    assert len(queries) == 96 and {q.style for q in queries} == styles
    for split, per_style in (("dev", 4), ("test", 8)):
        counts = {s: sum(1 for q in split_queries(queries, split) if q.style == s) for s in styles}
        assert set(counts.values()) == {per_style}, (split, counts)
    for q in queries:
        assert isinstance(q.relevant, dict) and 3 in q.relevant.values(), q.id
        assert all(g in (1, 2, 3) for g in q.relevant.values()) and q.need, q.id
    assert all(len(q.query) <= 12 for q in queries if q.style == "short")


@needs_data
def test_styles_file_judges_existing_academicians():
    known = _academicians()
    missing = sorted({(q.id, e) for q in load_queries(STYLES) for e in q.relevant if e not in known})
    assert not missing, missing


def test_raw_lines_are_plain_objects():
    for n, line in enumerate(QUERIES.read_text(encoding="utf-8").splitlines(), 1):
        data = json.loads(line)
        assert set(data) == {"id", "query", "relevant"}, f"line {n}"


@needs_data
def test_every_expert_id_exists():
    known = _academicians()
    assert len(known) > 1000
    missing = sorted({(q.id, e) for q in _queries() for e in q.relevant if e not in known})
    assert not missing, missing


@needs_data
def test_grade3_experts_cover_at_least_15_fields():
    known = _academicians()
    fields = {f for q in _queries() for e, g in q.relevant.items() if g == 3 for f in known[e]["fields"]}
    assert len(fields) >= 15, sorted(fields)


def _shares_4gram(text: str, names: list[str]) -> bool:
    return any(name[i:i + 4] in text for name in names for i in range(len(name) - 3))


@needs_data
def test_most_queries_do_not_copy_direction_wording():
    known = _academicians()
    queries = _queries()
    copying = [
        q.id for q in queries
        if _shares_4gram(q.query, [d["name"] for e, g in q.relevant.items() if g == 3 for d in known[e]["directions"]])
    ]
    assert len(copying) <= 0.2 * len(queries), copying


def test_wrapped_file_keeps_ids_judgements_and_problem_text():
    """queries_wrapped.jsonl is the same benchmark with company boilerplate around each problem, so scores compare."""
    wrapped = load_queries(QUERIES.with_name("queries_wrapped.jsonl"))
    original = _queries()
    assert [q.id for q in wrapped] == [q.id for q in original]
    for w, o in zip(wrapped, original):
        assert w.relevant == o.relevant, w.id
        assert o.query in w.query and len(w.query) > len(o.query), w.id


def test_scope_sets_are_well_formed():
    """The off-topic and technical messages of the match-strength calibration: unique ids, both scopes in the test
    set, no judgements (they are unjudged by design)."""
    folder = ROOT / "benchmarks" / "academician_queries"
    for name, scopes in (("offtopic_dev.jsonl", {"off"}), ("scope_test.jsonl", {"off", "on"})):
        rows = [json.loads(line) for line in (folder / name).read_text(encoding="utf-8").splitlines()]
        assert rows and len({r["id"] for r in rows}) == len(rows)
        assert all(set(r) == {"id", "query", "scope", "why"} and r["query"].strip() for r in rows)
        assert {r["scope"] for r in rows} == scopes


def test_typos_file_is_the_benchmark_with_its_typos():
    """queries_typos.jsonl: the same problems, ids and judgements, each changed exactly by its listed typo pairs."""
    clean = {q.id: q for q in _queries()}
    typed = load_queries(QUERIES.with_name("queries_typos.jsonl"))
    assert [q.id for q in typed] == list(clean)
    for q in typed:
        original = clean[q.id]
        assert q.style == "typo" and q.relevant == original.relevant and 1 <= len(q.typos) <= 3, q.id
        respelt = q.query
        for wrong, meant in q.typos:
            assert len(wrong) == len(meant) and wrong != meant and wrong in respelt, (q.id, wrong)
            respelt = respelt.replace(wrong, meant, 1)
        assert respelt == original.query, q.id
