"""English turns the red team found read wrongly (rt18): a count with a second question beside it ("How many
academicians work at Wuhan University and what are their fields?" answered "3 of the 3 … Yes." of the experts shown),
the first few by awards ("Who are the top 3 academicians at Tsinghua University by number of awards?"), a left-out
institution ("Exclude anyone from Shanghai Jiao Tong University" searched for its experts), "the State Preeminent award"
(said not held), and an academy asked about as a seat ("elected to the Chinese Academy of Sciences": "another
institution")."""

from __future__ import annotations

import pytest

from generation.answerer import ExpertAnswerer
from generation.conversation import Conversation, resolve
from generation.grounded import asked_awards, asked_orgs
from generation.grounding import check_answer
from retrieval.census import count_question_en
from retrieval.models import ANY_AWARD, ExpertMatch
from retrieval.sync import open_retriever


def test_a_count_with_a_question_beside_it_is_the_count():
    asked = count_question_en("How many academicians work at Wuhan University and what are their fields?")
    assert asked is not None and {(r.kind, r.text) for r in asked.requirements} == {
        ("institution", "Wuhan University"), ("academy", "院士")}
    shown = Conversation(problem="深海", last=[ExpertMatch(id="a", name="吴有生", score=1.0)],
                         shown=[ExpertMatch(id="a", name="吴有生", score=1.0)])
    assert resolve("How many academicians work at Wuhan University and what are their fields?", shown).count is not None
    among = resolve("How many of them won awards and which awards?", shown).among
    assert [(r.kind, r.text) for r in among] == [("award", ANY_AWARD)]


@pytest.mark.parametrize(("text", "places"), [
    ("Who are the top 3 academicians at Tsinghua University by number of awards?", 3),
    ("Who are the five academicians with the most awards?", 5),
    ("Which academician has the most awards?", 1),
])
def test_the_first_few_by_awards_are_a_superlative_of_that_many(text, places):
    asked = count_question_en(text)
    assert asked is not None and asked.superlative == "awards" and asked.places == places


def test_the_state_preeminent_award_and_seats_asked_in_english():
    assert asked_awards("Did he win the State Preeminent award?") == ["国家最高科学技术奖"]
    assert asked_orgs("Was he elected to the Chinese Academy of Sciences in 1995?") == []
    assert asked_orgs("Is he a foreign member of the US National Academy of Sciences?") == []
    assert asked_orgs("Is he at Tsinghua University?") == ["Tsinghua University"]


@pytest.fixture(scope="module")
def retriever(demo_graph):
    settings, store, embedder, _ = demo_graph
    return open_retriever(store, embedder, settings.index_dir, settings.graph_id)


def test_the_first_few_by_awards_are_listed_and_checked_in_english(retriever):
    answerer = ExpertAnswerer(retriever)
    answer = answerer.answer("Who are the three experts with the most awards?")
    head = answer.text.split("\n\n")[0]
    assert "have the most award records" in head or "has the most award records" in head, head
    assert "; next: " in head and answer.grounding.dropped == [], answer.text
    value = int(head.rsplit(", ", 1)[1].rstrip("."))
    wrong = head[:head.rindex(str(value))] + f"{value + 1}."
    assert check_answer(wrong, answer.experts, counter=answerer._census_of)[1].dropped != []


def test_an_institution_left_out_in_english_keeps_the_problem(retriever):
    answerer, conversation = ExpertAnswerer(retriever), Conversation()
    shown = answerer.answer("注塑件翘曲变形怎么解决", conversation).experts
    org = next(e.institution for e in shown if e.institution)
    answer = answerer.answer(f"Exclude anyone from {org}", conversation)
    assert answer.experts and all(e.institution != org for e in answer.experts), answer.text
    assert {e.id for e in answer.experts} & {e.id for e in shown}  # the same problem's experts, not the institution's


@pytest.mark.parametrize(("text", "kinds"), [
    ("How many academicians at BUAA won a first-class National Technological Invention Award?",
     {("institution", "BUAA"), ("award", "国家技术发明奖一等奖"), ("academy", "院士")}),
    ("How many CAE members won the State Preeminent Science and Technology Award?",
     {("award", "国家最高科学技术奖"), ("academy", "中国工程院院士")}),
])
def test_english_counts_by_acronym_and_academy_are_read(text, kinds):
    asked = count_question_en(text)
    assert asked is not None and {(r.kind, r.text) for r in asked.requirements} == kinds


def test_an_english_count_of_one_academy_is_checked_by_the_guard(retriever):
    from retrieval.census import only_question

    assert only_question("Is Fang Jingyun the only Peking University academician with five awards?") is None
    who, asked = only_question("Is Xu Huibin the only BUAA academician who won a first-class Technological Invention "
                               "Award?")
    assert who == "Xu Huibin" and {r.kind for r in asked.requirements} == {"institution", "award", "academy"}
    answerer = ExpertAnswerer(retriever)
    seated = count_question_en("How many CAE members won the State Natural Science Award?")
    counted = answerer._census_of(seated)
    shown = retriever.records(list(counted.ids[:5]))
    said = "The knowledge graph holds {} experts who are 中国工程院院士 holding 国家自然科学奖."
    assert check_answer(said.format(counted.total), shown, counter=answerer._census_of)[1].dropped == []
    assert check_answer(said.format(counted.total + 3), shown, counter=answerer._census_of)[1].dropped != []
