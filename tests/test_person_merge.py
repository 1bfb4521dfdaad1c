"""One person, one Expert: academicians of both academies merge on evidence; real namesakes stay apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.importers import academicians
from kg.importers.person_merge import birth, same_person

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "cas_cae_academicians"


def test_birth_dates_in_both_bio_styles():
    assert birth("矿物工程学家。1934年3月23日生于辽宁凌海。") == (1934, 3)
    assert birth("王淀佐（1934.3.23- ）出生于辽宁省凌海市") == (1934, 3)
    assert birth("吴良镛，1922年生，江苏南京人。") == (1922, None)
    assert birth("建筑学家，清华大学教授。") is None


def test_same_person_needs_evidence_and_conflicts_win():
    a = {"name": "李明", "bio": "1950年2月生。", "institution": "清华大学"}
    assert same_person(a, {"name": "李明", "bio": "李明（1950.02- ）"}) == "birth 1950-02"
    assert same_person(a, {"name": "李明", "bio": "1960年生。", "institution": "清华大学"}) is None
    assert same_person({"name": "李明"}, {"name": "李明"}) is None  # a name alone is never enough
    assert same_person({"name": "李明", "institution": "清华大学"}, {"name": "李明", "institution": "清华大学"})


@pytest.fixture(scope="module")
def records():
    if not DATA.is_dir():
        pytest.skip(f"real data not found at {DATA}")
    return {r.data["id"]: r.data for r in academicians.records(sorted(DATA.glob("*.csv"))) if r.error is None}


def test_academician_of_both_academies_is_one_expert(records):
    merged = [r for r in academicians.records(sorted(DATA.glob("*.csv"))) if r.data.get("id") == "cas-王淀佐"]
    assert len(merged) == 2 and "cae-王淀佐" not in records
    assert {r.data["source"] for r in merged} == {"cas-academicians", "cae-academicians"}
    facts = merged[0].data
    assert facts["title"] == "中国科学院院士、中国工程院院士"
    assert {"中国科学院院士", "中国工程院院士"} <= {a["name"] for a in facts["awards"]}
    assert {k: v for k, v in merged[0].data.items() if k != "source"} == \
        {k: v for k, v in merged[1].data.items() if k != "source"}


@pytest.mark.parametrize("name", ["胡文瑞", "张杰"])
def test_real_namesakes_across_academies_stay_apart(records, name):
    """Both academies have a 胡文瑞 and a 张杰, born 14 and 20 years apart: two people each."""
    assert f"cas-{name}" in records and f"cae-{name}" in records
    assert birth(records[f"cas-{name}"]["bio"])[0] != birth(records[f"cae-{name}"]["bio"])[0]


def test_namesakes_within_one_academy_stay_apart(records):
    assert {"cae-周济-15034516", "cae-周济-06424102"} <= set(records)
