"""Checks on the demo evaluation queries in benchmarks/queries/ against the demo taxonomy (kg/demo/taxonomy.py)."""

from __future__ import annotations

import ast
import json
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ROOT / "benchmarks" / "queries"
TEST_FILE = QUERIES / "demo-test.jsonl"
DEV_FILE = QUERIES / "demo-dev.jsonl"
TAXONOMY_FILE = ROOT / "kg" / "demo" / "taxonomy.py"


def _parse_spec_from_source() -> dict[str, list[str]]:
    """Field -> direction names, read from the `_SPEC` literal of taxonomy.py without importing it."""
    tree = ast.parse(TAXONOMY_FILE.read_text(encoding="utf-8"))
    for node in tree.body:
        target = node.targets[0] if isinstance(node, ast.Assign) else getattr(node, "target", None)
        if isinstance(target, ast.Name) and target.id == "_SPEC" and node.value is not None:
            spec = ast.literal_eval(node.value)
            return {
                field: [line.partition("：")[0].strip() for line in block.strip().splitlines() if line.strip()]
                for field, block in spec.items()
            }
    raise AssertionError("no _SPEC in kg/demo/taxonomy.py")


def _load_fields() -> dict[str, list[str]]:
    try:
        from kg.demo.taxonomy import FIELDS
    except Exception:  # the package may be half-written; the _SPEC text is enough
        return _parse_spec_from_source()
    return {field: [d.name for d in directions] for field, directions in FIELDS.items()}


FIELDS = _load_fields()
FIELD_OF = {name: field for field, names in FIELDS.items() for name in names}


# The 35 fields of the taxonomy when the queries were written.
_FIELDS_WHEN_WRITTEN = frozenset({
    "材料科学与工程", "机械工程", "电气工程", "控制科学与工程", "化学工程与技术", "化学", "信息与通信工程",
    "电子科学与技术", "计算机科学与技术", "土木工程", "水利工程", "动力工程及工程热物理", "环境科学与工程",
    "作物学", "植物保护", "畜牧学", "农业工程", "食品科学与工程", "药学", "生物医学工程", "生物工程",
    "临床医学", "兽医学", "交通运输工程", "纺织科学与工程", "矿业工程", "冶金工程", "航空宇航科学与技术",
    "船舶与海洋工程", "轻工技术与工程", "光学工程", "仪器科学与技术", "石油与天然气工程", "安全科学与工程",
    "核科学与技术",
})


def _read(path: Path) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                row = json.loads(line)
                assert set(row) == {"id", "query", "relevant_directions"}, f"{path.name}:{n} keys {sorted(row)}"
                rows.append(row)
    return rows


TEST = _read(TEST_FILE)
DEV = _read(DEV_FILE)
SPLITS = {"test": TEST, "dev": DEV}


def _names(row: dict) -> set[str]:
    """The query's relevant direction names and the names of their fields."""
    rel = row["relevant_directions"]
    return set(rel) | {FIELD_OF[d] for d in rel if d in FIELD_OF}


def _substrings(s: str, k: int = 4) -> set[str]:
    return {s[i:i + k] for i in range(len(s) - k + 1)}


def _bigrams(s: str) -> set[str]:
    return {s[i:i + 2] for i in range(len(s) - 1)}


def test_split_sizes():
    assert len(TEST) >= 100
    assert len(DEV) >= 30


@pytest.mark.parametrize("split", sorted(SPLITS))
def test_rows_well_formed(split):
    prefix = split[0]
    for row in SPLITS[split]:
        assert row["id"].startswith(prefix), row["id"]
        assert isinstance(row["query"], str) and 20 <= len(row["query"]) <= 120, row
        rel = row["relevant_directions"]
        assert isinstance(rel, list) and 1 <= len(rel) <= 3, row
        assert len(set(rel)) == len(rel), row


def test_ids_unique():
    ids = [row["id"] for row in TEST + DEV]
    dupes = [i for i, c in Counter(ids).items() if c > 1]
    assert not dupes, dupes


def test_relevant_directions_exist_in_taxonomy():
    missing = [(row["id"], d) for row in TEST + DEV for d in row["relevant_directions"] if d not in FIELD_OF]
    assert not missing, missing


def test_no_query_in_both_splits():
    shared = {r["query"].strip() for r in TEST} & {r["query"].strip() for r in DEV}
    assert not shared, shared


def test_no_near_duplicates_across_splits():
    near = []
    for t in TEST:
        bt = _bigrams(t["query"])
        for d in DEV:
            bd = _bigrams(d["query"])
            if len(bt & bd) / len(bt | bd) > 0.5:
                near.append((t["id"], d["id"]))
    assert not near, near


def test_no_duplicate_queries_within_splits():
    for split, rows in SPLITS.items():
        dupes = [q for q, c in Counter(r["query"].strip() for r in rows).items() if c > 1]
        assert not dupes, (split, dupes)


@pytest.mark.parametrize("split", sorted(SPLITS))
def test_most_queries_do_not_name_their_field_or_direction(split):
    rows = SPLITS[split]
    clean = [r for r in rows if not any(n in r["query"] for n in _names(r))]
    assert len(clean) >= 0.8 * len(rows), f"{len(clean)}/{len(rows)} free of field/direction names"


@pytest.mark.parametrize("split", sorted(SPLITS))
def test_most_queries_share_no_long_substring_with_their_names(split):
    rows = SPLITS[split]
    clean = [r for r in rows if not any(s in r["query"] for n in _names(r) for s in _substrings(n))]
    assert len(clean) >= 0.8 * len(rows), f"{len(clean)}/{len(rows)} free of 4+ character name substrings"


def test_every_field_has_three_test_queries():
    per_field = Counter(f for row in TEST for f in {FIELD_OF[d] for d in row["relevant_directions"] if d in FIELD_OF})
    # fields added to the taxonomy after these queries were written are not held against them
    thin = {f: per_field[f] for f in FIELDS if per_field[f] < 3 and f in _FIELDS_WHEN_WRITTEN}
    assert not thin, thin


def test_test_split_covers_many_directions():
    assert len({d for row in TEST for d in row["relevant_directions"]}) >= 80

