"""The demo expert data set: deterministic, prefix-stable, realistic, consistent, and in the ingest format."""

from __future__ import annotations

import itertools
import json
import random
import unicodedata
from collections.abc import Iterator

import pytest

from kg.demo import (
    AWARDS,
    FIELDS,
    INSTITUTIONS,
    INSTITUTIONS_BY_FIELD,
    direction_keywords,
    field_of,
    generate_experts,
    paper_experts,
    write_demo_data,
)
from kg.demo.awards import AWARD_BY_NAME, TITLE_STAGE
from kg.demo.names import random_name

PAPER_NAMES = ["赵卫东", "李建国", "王振义", "陈红", "吕建"]
KEYS = {"id", "name", "institution", "title", "fields", "directions", "awards", "bio", "source"}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return list(generate_experts(20_000, seed=0))


def _stage_of_award(name: str):
    spec = AWARD_BY_NAME.get(name)
    if spec is None:  # provincial awards carry the province in the name
        spec = next((a for a in AWARDS if "{province}" in a.name and name.endswith(a.name.split("}")[1])), None)
    return spec


# --- determinism and streaming ---------------------------------------------------------------------------------


def test_same_seed_same_records_and_different_seed_different():
    a = list(generate_experts(500, seed=7))
    assert a == list(generate_experts(500, seed=7))
    b = list(generate_experts(500, seed=8))
    assert a[:5] == b[:5]  # the paper's experts do not depend on the seed
    assert a[5:] != b[5:]
    assert sum(x["name"] != y["name"] for x, y in zip(a[5:], b[5:])) > 400


def test_prefix_stable():
    short = list(generate_experts(300, seed=3))
    long = list(generate_experts(2_000, seed=3))
    assert short == long[:300]
    for n in range(0, 8):
        assert list(generate_experts(n, seed=3)) == long[:n]


def test_streams_lazily():
    it = generate_experts(10**9, seed=1)
    assert isinstance(it, Iterator)
    first = list(itertools.islice(it, 50))  # would not return if the records were built up front
    assert first == list(generate_experts(50, seed=1))


def test_negative_n_rejected():
    with pytest.raises(ValueError):
        list(generate_experts(-1))


# --- the paper's experts ---------------------------------------------------------------------------------------


def test_paper_experts_come_first():
    for n in (5, 6, 100):
        head = list(generate_experts(n, seed=11))[:5]
        assert [r["id"] for r in head] == [f"paper-{i}" for i in range(1, 6)]
        assert [r["name"] for r in head] == PAPER_NAMES
    assert list(generate_experts(5)) == paper_experts()
    by_name = {r["name"]: r for r in paper_experts()}
    assert by_name["王振义"]["title"] == "中国工程院院士"
    assert by_name["王振义"]["institution"] == "上海交通大学医学院附属瑞金医院"
    assert {"白血病诱导分化治疗", "血栓与止血"} <= {d["name"] for d in by_name["王振义"]["directions"]}
    assert {"name": "国家最高科学技术奖", "year": 2010} in by_name["王振义"]["awards"]
    assert by_name["吕建"]["title"] == "中国科学院院士" and by_name["吕建"]["institution"] == "南京大学"
    assert {"软件方法学", "网构软件", "软件自适应"} <= {d["name"] for d in by_name["吕建"]["directions"]}


def test_paper_experts_use_the_taxonomy():
    for r in paper_experts():
        assert set(r) == KEYS
        for d in r["directions"]:
            assert field_of(d["name"]) == d["field"]
            assert d["field"] in r["fields"]
        assert r["institution"] in r["bio"] and r["name"] in r["bio"]
        for a in r["awards"]:
            assert a["name"] in r["bio"]
            assert a["year"] is None or 1978 <= a["year"] <= 2024


def test_paper_experts_are_fresh_copies():
    first = paper_experts()
    first[0]["directions"].clear()
    assert paper_experts()[0]["directions"]


# --- taxonomy, institutions, awards ----------------------------------------------------------------------------


def test_taxonomy_size_and_shape():
    assert len(FIELDS) >= 18
    names = [d.name for ds in FIELDS.values() for d in ds]
    assert len(names) >= 320
    assert len(set(names)) == len(names), "a direction name must belong to one field"
    for field, ds in FIELDS.items():
        assert len(ds) >= 6, field
        for d in ds:
            assert 3 <= len(d.keywords) <= 6, d
            assert len(set(d.keywords)) == len(d.keywords), d
    kw = direction_keywords()
    assert kw["注塑模具设计与成型工艺"][:2] == ("翘曲变形", "缩痕")
    assert field_of("猪病毒性传染病") == "兽医学"
    assert field_of("等离子体刻蚀") == "电子科学与技术"
    for expected in ("材料科学与工程", "机械工程", "电气工程", "化学工程与技术", "信息与通信工程",
                     "计算机科学与技术", "土木工程", "水利工程", "动力工程及工程热物理", "环境科学与工程",
                     "食品科学与工程", "药学", "兽医学", "交通运输工程", "纺织科学与工程", "矿业工程",
                     "冶金工程", "航空宇航科学与技术", "船舶与海洋工程", "轻工技术与工程"):
        assert expected in FIELDS


def test_institutions_cover_every_field():
    assert len(INSTITUTIONS) >= 120
    assert len({i.name for i in INSTITUTIONS}) == len(INSTITUTIONS)
    for field in FIELDS:
        assert len(INSTITUTIONS_BY_FIELD[field]) >= 3, field
    assert "机械工程" in next(i for i in INSTITUTIONS if i.name == "华中科技大学").fields


def test_strings_are_in_normal_form():
    """Names the graph keys on must survive NFKC normalisation unchanged (kg.normalize.clean)."""
    texts = list(FIELDS) + [d.name for ds in FIELDS.values() for d in ds] + [i.name for i in INSTITUTIONS]
    texts += [a.name for a in AWARDS] + list(TITLE_STAGE)
    for t in texts:
        assert unicodedata.normalize("NFKC", t) == t == t.strip(), t


# --- generated records -----------------------------------------------------------------------------------------


def test_ids_unique(records):
    ids = [r["id"] for r in records]
    assert len(set(ids)) == len(ids) == 20_000
    assert ids[5] == "demo-000001" and ids[-1] == "demo-019995"


def test_records_are_consistent(records):
    for r in records:
        assert set(r) == KEYS and r["source"] == "demo"
        fields = r["fields"]
        assert 1 <= len(fields) <= 2 and len(set(fields)) == len(fields)
        dirs = r["directions"]
        names = [d["name"] for d in dirs]
        assert len(set(names)) == len(names)
        for d in dirs:
            assert d["field"] in fields
            assert field_of(d["name"]) == d["field"]
        assert r["title"] in TITLE_STAGE
    for r in records[5:]:
        dirs = r["directions"]
        assert 2 <= len(dirs) <= 4
        primary = sum(d["field"] == r["fields"][0] for d in dirs)
        assert primary >= len(dirs) - 1
        if len(r["fields"]) == 2:
            assert any(d["field"] == r["fields"][1] for d in dirs)
        inst = next(i for i in INSTITUTIONS if i.name == r["institution"])
        assert r["fields"][0] in inst.fields


def test_award_years_plausible(records):
    for r in records[5:]:
        awards = r["awards"]
        assert len(awards) <= 3
        years = [a["year"] for a in awards]
        assert all(isinstance(y, int) and 1995 <= y <= 2024 for y in years)
        assert years == sorted(years)
        assert len({a["name"] for a in awards}) == len(awards)
        stage = TITLE_STAGE[r["title"]]
        for a in awards:
            spec = _stage_of_award(a["name"])
            assert spec is not None, a
            assert spec.weights["asj".index(stage)] > 0, (r["title"], a)
            assert spec.first_year <= a["year"] <= spec.last_year, a
            assert not spec.fields or r["fields"][0] in spec.fields, (r["fields"], a)


def test_award_counts_mostly_zero_or_one(records):
    gen = records[5:]
    low = sum(len(r["awards"]) <= 1 for r in gen) / len(gen)
    assert low > 0.75
    academicians = [r for r in gen if r["title"].endswith("院士")]
    assert 0 < len(academicians) < 0.02 * len(gen)
    second = sum(len(r["fields"]) == 2 for r in gen) / len(gen)
    assert 0.10 < second < 0.20


def test_bios_state_the_facts(records):
    for r in records:
        bio = r["bio"]
        assert r["institution"] in bio and bio.startswith(r["name"])
        assert any(d["name"] in bio for d in r["directions"])
        assert 2 <= bio.count("。") <= 4, bio
    for r in records[5:]:
        bio = r["bio"]
        assert all(d["name"] in bio for d in r["directions"])
        assert all(a["name"] in bio for a in r["awards"])
        # the first direction's problem keywords are in the bio, so lexical search on problems finds it
        first = direction_keywords()[r["directions"][0]["name"]]
        assert sum(k in bio for k in first) >= 2


def test_names_plausible(records):
    names = [r["name"] for r in records[5:]]
    assert all(2 <= len(n) <= 4 for n in names)
    assert len(set(names)) < len(names)  # common names repeat, as they do
    top = {n[0] for n in names}
    assert {"王", "李", "张", "刘", "陈"} <= top
    share_wang_li_zhang = sum(n[0] in "王李张" for n in names) / len(names)
    assert 0.15 < share_wang_li_zhang < 0.30
    rng1, rng2 = random.Random(5), random.Random(5)
    assert [random_name(rng1) for _ in range(100)] == [random_name(rng2) for _ in range(100)]


def test_matches_ingest_model(records):
    models = pytest.importorskip("kg.models")
    for r in records[:2_000]:
        models.ExpertRecord.model_validate(r)


# --- writing ---------------------------------------------------------------------------------------------------


def test_write_demo_data(tmp_path):
    out = tmp_path / "sub" / "demo.jsonl"
    assert write_demo_data(out, 3_000, seed=2) == 3_000
    raw = out.read_bytes()
    assert "王振义".encode() in raw and b"\\u" not in raw
    lines = raw.decode("utf-8").splitlines()
    assert len(lines) == 3_000
    assert [json.loads(line) for line in lines] == list(generate_experts(3_000, seed=2))
    assert [p.name for p in out.parent.iterdir()] == ["demo.jsonl"]
    assert write_demo_data(out, 10, seed=2) == 10  # overwrites
    assert len(out.read_text(encoding="utf-8").splitlines()) == 10
