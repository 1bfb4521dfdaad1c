"""Ingest against the real embedded FalkorDB: validation, rejects, idempotency, dedup, normalisation, batches."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from errors import InputFileError
from kg import cypher
from kg.ingest import ingest
from kg.readers import read_records
from kg.schema import describe


def _write_jsonl(path: Path, records: list) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records) + "\n",
                    encoding="utf-8")
    return path


GOOD = [
    {"id": "e1", "name": "张三", "institution": "清华大学", "title": "教授", "fields": ["人工智能"],
     "directions": ["自然语言处理"], "awards": [{"name": "国家自然科学奖二等奖", "year": 2015}], "bio": "张三，清华大学教授。",
     "source": "a"},
    {"name": "李四", "institution": "北京大学", "fields": ["材料科学与工程"],
     "directions": [{"name": "注塑模具设计", "field": "材料科学与工程"}], "awards": ["长江学者特聘教授"]},
]


def _state(store, expert_id: str) -> dict:
    rows = store.read(cypher.EXPERT_STATES, {"ids": [expert_id]}).records()
    return rows[0] if rows else {}


def test_ingest_creates_experts_and_relations(store, tmp_path):
    summary = ingest(store, read_records(_write_jsonl(tmp_path / "a.jsonl", GOOD)))
    assert (summary.created, summary.updated, summary.unchanged, summary.rejected) == (2, 0, 0, 0)
    zhang = _state(store, "e1")
    assert zhang["institutions"] == ["清华大学"]
    assert zhang["fields"] == ["人工智能"]
    assert zhang["direction_fields"] == [["自然语言处理", "人工智能"]]
    assert zhang["awards"] == [["国家自然科学奖二等奖", 2015]]
    counts = describe(store)
    assert counts.labels == {"Award": 2, "Direction": 2, "Expert": 2, "Field": 2, "Institution": 2}
    assert counts.relationships["PART_OF"] == 2


def test_bad_records_are_rejected_with_file_line_and_field(store, tmp_path):
    bad = [
        GOOD[0],
        {"fields": ["人工智能"]},  # line 2: no name
        "{not json",  # line 3
        {"name": "王五", "fields": "人工智能"},  # line 4: wrong type
        {"name": "赵六", "bio": "x" * 30_000},  # line 5: absurdly long
        {"name": "钱七\u0000"},  # line 6: control character
        {"name": "孙八", "awards": [{"name": "奖", "year": 1066}]},  # line 7: implausible year
        {"name": "周九", "feilds": ["x"]},  # line 8: unknown field
        "[1, 2]",  # line 9: not an object
        GOOD[1],
    ]
    path = _write_jsonl(tmp_path / "bad.jsonl", bad)
    rejects = tmp_path / "rejects.jsonl"
    with rejects.open("w", encoding="utf-8") as fh:
        summary = ingest(store, read_records(path), rejects=fh)
    assert (summary.created, summary.rejected) == (2, 8)
    lines = [json.loads(line) for line in rejects.read_text(encoding="utf-8").splitlines()]
    assert [r["line"] for r in lines] == [2, 3, 4, 5, 6, 7, 8, 9]
    assert all(r["file"] == str(path) for r in lines)
    fields = {r["line"]: r["field"] for r in lines}
    assert fields[2] == "name" and fields[4] == "fields" and fields[5] == "bio" and fields[6] == "name"
    assert fields[7] == "awards.0.year" and fields[8] == "feilds"
    assert "malformed JSON" in lines[1]["error"]
    assert "control character" in lines[4]["error"]
    assert store.read(cypher.EXPERT_COUNT).value() == 2


def test_second_ingest_changes_nothing(store, tmp_path):
    path = _write_jsonl(tmp_path / "a.jsonl", GOOD)
    ingest(store, read_records(path))
    before = describe(store)
    stamps = store.read("MATCH (e:Expert) RETURN e.id AS id, e.updated_at AS at ORDER BY id").rows
    again = ingest(store, read_records(path))
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    assert describe(store) == before
    assert store.read("MATCH (e:Expert) RETURN e.id AS id, e.updated_at AS at ORDER BY id").rows == stamps


def test_same_person_from_two_sources_is_one_expert(store, tmp_path):
    ingest(store, read_records(_write_jsonl(tmp_path / "a.jsonl", [GOOD[0]])))
    other = {"name": " 张 三", "institution": "清华大学 ", "fields": ["人工智能 ", "机器学习"], "source": "b",
             "awards": [{"name": "国家自然科学奖二等奖"}]}
    by_id = {"id": "e1", "name": "张三", "institution": "清华大学", "title": "院士"}
    summary = ingest(store, read_records(_write_jsonl(tmp_path / "b.jsonl", [other, by_id])))
    assert (summary.created, summary.updated) == (0, 2)
    assert store.read(cypher.EXPERT_COUNT).value() == 1
    zhang = _state(store, "e1")
    assert sorted(zhang["fields"]) == ["人工智能", "机器学习"]
    assert zhang["source"] == ["a", "b"]
    assert zhang["title"] == "院士"
    assert zhang["awards"] == [["国家自然科学奖二等奖", 2015]]  # a year-less mention keeps the known year


def test_names_are_normalised_into_one_node(store, tmp_path):
    records = [
        {"name": "甲", "institution": "华中科技大学", "fields": ["人工智能 "], "directions": ["Machine Learning"]},
        {"name": "乙", "institution": "华中科技大学", "fields": ["人工智能"], "directions": ["machine  learning"]},
        {"name": "丙", "institution": "华中科技大学", "fields": ["人工 智能"], "directions": ["ＭＡＣＨＩＮＥ LEARNING"]},
    ]
    ingest(store, read_records(_write_jsonl(tmp_path / "n.jsonl", records)))
    counts = describe(store).labels
    assert counts["Field"] == 1 and counts["Direction"] == 1 and counts["Institution"] == 1 and counts["Expert"] == 3


def test_csv_records(store, tmp_path):
    path = tmp_path / "experts.csv"
    path.write_text(
        "id,name,institution,title,fields,directions,awards,bio,source\n"
        "c1,陈红,浙江大学,教授,化学工程;材料科学与工程,高分子材料改性；催化剂设计,国家技术发明奖二等奖:2018;长江学者特聘教授,简介,csv\n"
        "c2,,浙江大学,,,,,,csv\n"
        'c3,"吴一",浙江大学,,化学工程,,,,csv,extra\n',
        encoding="utf-8",
    )
    summary = ingest(store, read_records(path))
    assert (summary.created, summary.rejected) == (1, 2)
    chen = _state(store, "c1")
    assert sorted(chen["fields"]) == ["化学工程", "材料科学与工程"]
    assert sorted(chen["directions"]) == ["催化剂设计", "高分子材料改性"]
    assert sorted(chen["awards"]) == [["国家技术发明奖二等奖", 2018], ["长江学者特聘教授", None]]


def test_csv_award_years_are_checked_as_jsonl_years_are(store, tmp_path):
    path = tmp_path / "years.csv"
    path.write_text(
        "id,name,institution,awards\n"
        "y1,甲,测试大学,测试奖:abcd\n"
        "y2,乙,测试大学,测试奖:99999\n"
        "y3,丙,测试大学,测试奖：2011;科技奖:一等奖\n",
        encoding="utf-8",
    )
    rejected = []
    summary = ingest(store, read_records(path), on_reject=rejected.append)
    assert (summary.created, summary.rejected) == (1, 2)
    assert [str(r) for r in rejected] == [f"{path}:2: awards.0.year: 'abcd' is not a plausible year",
                                          f"{path}:3: awards.0.year: 99999 is not a plausible year"]
    assert sorted(_state(store, "y3")["awards"]) == [["测试奖", 2011], ["科技奖:一等奖", None]]
    assert not store.read("MATCH (a:Award) WHERE a.name STARTS WITH '测试奖:' RETURN a").records()  # no junk awards


def test_an_id_given_twice_in_one_file_is_merged_with_a_warning(store, tmp_path):
    first = {"id": "d1", "name": "重复甲", "institution": "测试大学", "fields": ["化学"]}
    second = {"id": "d1", "name": "重复乙", "institution": "另一大学", "fields": ["物理"]}
    path = _write_jsonl(tmp_path / "dups.jsonl", [first, GOOD[1], second])
    warnings: list[str] = []
    summary = ingest(store, read_records(path), on_duplicate=warnings.append)
    assert (summary.created, summary.updated, summary.rejected) == (2, 1, 0)
    assert len(warnings) == 1 and warnings[0].startswith(f"{path}:3: id 'd1' was already given on line 1")
    merged = _state(store, "d1")  # as two ingests of d1 would leave it
    assert merged["name"] == "重复乙" and merged["institutions"] == ["另一大学"]
    assert sorted(merged["fields"]) == ["化学", "物理"]
    other = _write_jsonl(tmp_path / "again.jsonl", [second])  # another file (or run) naming d1 is no duplicate
    assert ingest(store, read_records(other), on_duplicate=warnings.append).unchanged == 1 and len(warnings) == 1


def test_a_csv_header_naming_a_column_twice_is_refused(store, tmp_path):
    path = tmp_path / "twice.csv"
    path.write_text("id,name,name,institution\nt1,甲,乙,测试大学\n", encoding="utf-8")
    with pytest.raises(InputFileError, match="the header has the column 'name' twice"):
        ingest(store, read_records(path))
    assert not _state(store, "t1")  # nothing of the file was written


def test_changed_institution_replaces_affiliation(store, tmp_path):
    ingest(store, read_records(_write_jsonl(tmp_path / "a.jsonl", [GOOD[0]])))
    moved = dict(GOOD[0], institution="上海交通大学")
    summary = ingest(store, read_records(_write_jsonl(tmp_path / "b.jsonl", [moved])))
    assert summary.updated == 1
    assert _state(store, "e1")["institutions"] == ["上海交通大学"]


def test_rerun_completes_a_partial_load(store, tmp_path):
    """Experts missing from the graph are created by a re-run; the rest are left alone."""
    records = [{"id": f"b{i}", "name": f"专家{i}", "fields": ["人工智能"]} for i in range(10)]
    path = _write_jsonl(tmp_path / "b.jsonl", records)
    ingest(store, read_records(path), batch_size=5)
    store.write("MATCH (e:Expert) WHERE e.id IN ['b0', 'b1'] DETACH DELETE e")
    assert store.read(cypher.EXPERT_COUNT).value() == 8
    summary = ingest(store, read_records(path), batch_size=5)
    assert (summary.created, summary.unchanged) == (2, 8)
    assert store.read(cypher.EXPERT_COUNT).value() == 10


def test_first_load_without_lookups_matches_a_load_with_lookups(store, settings, tmp_path):
    """Into an empty graph nothing is read back; the result must equal a load that looks every batch up."""
    from kg.connect import StoreSettings, open_store
    from kg.demo import write_demo_data

    data = tmp_path / "d.jsonl"
    write_demo_data(data, 300, seed=3)
    with data.open("a", encoding="utf-8") as fh:  # repeats and a rename inside the same file
        fh.write(json.dumps({"id": "paper-1", "name": "改名者", "fields": ["新领域"]}, ensure_ascii=False) + "\n")
        fh.write(data.read_text(encoding="utf-8").splitlines()[5] + "\n")
    first = ingest(store, read_records(data), batch_size=64)
    with open_store(StoreSettings(home=settings.home, graph=settings.graph + "-seeded")) as seeded:
        ingest(seeded, read_records(_write_jsonl(tmp_path / "seed.jsonl", [{"id": "zz-seed", "name": "种子"}])))
        second = ingest(seeded, read_records(data), batch_size=64)
        ids = store.read("MATCH (e:Expert) RETURN e.id ORDER BY e.id").rows
        states = [store.read(cypher.EXPERT_STATES, {"ids": [i]}).records()[0] for [i] in ids]
        seeded_states = [seeded.read(cypher.EXPERT_STATES, {"ids": [i]}).records()[0] for [i] in ids]
    assert (first.created, first.updated, first.unchanged) == (second.created, second.updated, second.unchanged)
    assert first.updated == 1 and first.unchanged == 1
    for mine, theirs in zip(states, seeded_states):
        mine.pop("updated_at"), theirs.pop("updated_at")
        assert {k: sorted(map(str, v)) if isinstance(v, list) else v for k, v in mine.items()} == \
               {k: sorted(map(str, v)) if isinstance(v, list) else v for k, v in theirs.items()}


def test_fast_identity_key_equals_the_normalised_key():
    """Ingest keys validated (already clean) text with a casefold; it must equal kg.normalize.expert_key."""
    from kg.ingest import _record_key
    from kg.models import ExpertRecord
    from kg.normalize import expert_key

    for name, institution in [("ＡＢＣ  Straße", " 清华 大学 "), ("Ǆemal ﬁ", None), ("张 三", "MIT\u3000Lab")]:
        record = ExpertRecord(name=name, institution=institution)
        assert _record_key(record) == expert_key(name, institution)


def test_an_award_won_more_than_once_keeps_every_year(store, tmp_path):
    """冯端's 国家自然科学奖二等奖 of 1982, 2003 and 2004: one relationship with all the years, shown as three wins."""
    from retrieval.subgraph import load_matches

    record = {"id": "fd", "name": "冯端", "institution": "南京大学",
              "awards": [{"name": "国家自然科学奖二等奖", "year": 2003}, {"name": "国家自然科学奖二等奖", "year": 1982},
                         {"name": "中国科学院院士", "year": 1980}]}
    path = _write_jsonl(tmp_path / "a.jsonl", [record])
    assert ingest(store, read_records(path)).created == 1
    later = _write_jsonl(tmp_path / "b.jsonl", [{**record, "awards": [{"name": "国家自然科学奖二等奖", "year": 2004},
                                                                      {"name": "国家自然科学奖二等奖"}]}])
    assert ingest(store, read_records(later)).updated == 1  # a later source adds a year; a yearless mention adds none
    rows = store.read("MATCH (:Expert {id: 'fd'})-[r:RECEIVED]->(a:Award) RETURN a.name AS name, r.year AS year, "
                      "r.years AS years ORDER BY name").records()
    assert [(r["name"], r["year"], r["years"]) for r in rows] == [
        ("中国科学院院士", 1980, None), ("国家自然科学奖二等奖", 2004, [1982, 2003, 2004])]
    shown = load_matches(store, [("fd", 1.0)])[0][0].awards
    assert [(a.name, a.year) for a in shown] == [("国家自然科学奖二等奖", 2004), ("国家自然科学奖二等奖", 2003),
                                                 ("国家自然科学奖二等奖", 1982), ("中国科学院院士", 1980)]
    assert (again := ingest(store, read_records(later))).unchanged == 1 and again.updated == 0
    from retrieval.census import census, count_question  # a count by year finds each win, not the latest alone
    for year, found in ((2003, ["fd"]), (1982, ["fd"]), (2005, [])):
        assert list(census(store, count_question(f"{year}年获得过国家自然科学奖的专家有几位？")).ids) == found
