"""Letters, emails and JSON an answer is asked to write (generation/letters.py, generation/structured.py): what a
letter says of "you" is checked as said of the expert it greets, the enterprise's own lines are no expert's, and a
JSON list written on one line is checked object by object."""

from __future__ import annotations

import pytest

from generation.grounding import check_answer, split_sentences
from retrieval.models import AwardFact, ExpertMatch

SUN = ExpertMatch(id="e1", name="孙金声", institution="中国石油集团", title="中国工程院院士", fields=["能源与矿业工程"],
                  directions=["油气井工程钻井液理论", "油气钻井工程"], score=0.9,
                  awards=[AwardFact(name="中国工程院院士", year=2017), AwardFact(name="国家技术发明奖二等奖")])
SHEN = ExpertMatch(id="e2", name="沈忠厚", institution="中国石油大学", title="中国工程院院士", fields=["能源与矿业工程"],
                   directions=["水射流技术", "石油钻井"], score=0.8,
                   awards=[AwardFact(name="中国工程院院士", year=2001), AwardFact(name="国家技术发明奖三等奖")])
YE = ExpertMatch(id="e3", name="叶尚福", title="中国工程院院士", directions=["微波天线", "卫星通信地面站天线"], score=0.7,
                 awards=[AwardFact(name="中国工程院院士", year=1995), AwardFact(name="国家科学技术进步奖一等奖", year=1987)])
EXPERTS = [SUN, SHEN, YE]


def kept_sentences(text: str) -> dict[str, bool]:
    _, report = check_answer(text, EXPERTS)
    return {s.text.strip(): s.kept for s in report.sentences}


def test_a_salutation_is_a_sentence_of_its_own():
    assert split_sentences("尊敬的孙金声院士：我们是一家钻井公司。") == ["尊敬的孙金声院士：", "我们是一家钻井公司。"]
    assert split_sentences("Dear Academician Ye, We build antennas.")[0] == "Dear Academician Ye, "


def test_what_a_letter_says_of_you_is_checked_against_the_expert_it_greets():
    verdicts = kept_sentences("尊敬的孙金声院士：\n\n您好！我们是一家石油钻井公司，正在开展深井超深井钻井提速工作。"
                              "您的研究方向为油气井工程钻井液理论，与我们的攻关方向高度契合。"
                              "您于2017年当选中国工程院院士。您的研究方向还包括水射流技术。您于2001年当选中国工程院院士。"
                              "我们诚挚邀请您来公司指导，期待您的回复。")
    assert verdicts["我们是一家石油钻井公司，正在开展深井超深井钻井提速工作。"]  # the enterprise's own trade
    assert verdicts["您的研究方向为油气井工程钻井液理论，与我们的攻关方向高度契合。"]
    assert verdicts["您于2017年当选中国工程院院士。"]
    assert not verdicts["您的研究方向还包括水射流技术。"]  # 沈忠厚's direction, not the addressee's
    assert not verdicts["您于2001年当选中国工程院院士。"]  # 沈忠厚's year
    assert verdicts["我们诚挚邀请您来公司指导，期待您的回复。"]


def test_an_english_letter_greets_by_pinyin_and_you_is_that_expert():
    verdicts = kept_sentences("Dear Academician Ye,\n\nYou were elected to the Chinese Academy of Engineering in 1995. "
                              "You were elected to the Chinese Academy of Engineering in 2001. Thank you for your time.")
    assert verdicts["You were elected to the Chinese Academy of Engineering in 1995."]
    assert not verdicts["You were elected to the Chinese Academy of Engineering in 2001."]
    assert verdicts["Thank you for your time."]


def test_you_in_an_answer_that_is_no_letter_is_the_user():
    assert kept_sentences("孙金声院士研究油气钻井工程。您可以先联系他。")["您可以先联系他。"]


def test_the_enterprise_founded_by_an_expert_is_a_claim():
    verdicts = kept_sentences("孙金声院士研究油气钻井工程。我们是孙院士创办的公司。")
    assert not verdicts["我们是孙院士创办的公司。"]


@pytest.mark.parametrize(("awards", "kept"), [
    ('["First-class State Science and Technology Progress Award (1987)"]', True),
    ('["First-class State Science and Technology Progress Award (1987)", "Ho Leung Ho Lee Prize (1999)"]', False),
])
def test_a_json_list_on_one_line_is_checked_object_by_object(awards, kept):
    text = ('```json [ {"name": "Shen Zhonghou (沈忠厚)", "institution": "China University of Petroleum (中国石油大学)", '
            '"elected": 2001, "awards": ["Third-class State Technological Invention Award"]}, '
            f'{{"name": "Ye Shangfu (叶尚福)", "institution": null, "elected": 1995, "awards": {awards}}} ] ```')
    _, report = check_answer(text, EXPERTS)
    assert report.sentences[0].kept is kept


def test_a_footnote_mark_ends_its_sentence_and_is_no_figure():
    assert split_sentences("He works at Fudan.[1] His research spans hydrology.[1][2] 他研究水文。[3]他很好。") == [
        "He works at Fudan.[1]", " His research spans hydrology.[1][2]", " 他研究水文。[3]", "他很好。"]
    verdicts = kept_sentences("孙金声院士研究油气钻井工程。[1] 孙金声院士研究水射流技术。[2]")
    assert verdicts["孙金声院士研究油气钻井工程。[1]"] and not verdicts["孙金声院士研究水射流技术。[2]"]


def test_a_speech_welcomes_the_expert_by_surname_and_seat():
    verdicts = kept_sentences("孙金声院士研究油气钻井工程。让我们以热烈的掌声欢迎孙院士！Because Sun Jinsheng works on drilling, "
                              "he fits.")
    assert verdicts["让我们以热烈的掌声欢迎孙院士！"]
    assert verdicts["Because Sun Jinsheng works on drilling, he fits."]  # "Because" is no part of his name


def test_json_keyed_by_the_experts_names_is_read_object_by_object():
    true = '"Sun Jinsheng (孙金声)": {"institution": "中国石油集团", "elected": 2017},'
    false = '"Sun Jinsheng (孙金声)": {"institution": "中国石油大学", "elected": 2017},'
    assert kept_sentences(true)[true] and not kept_sentences(false)[false]


@pytest.mark.parametrize(("sentence", "kept"), [
    ("孙金声院士研究油气钻井工程，他很可能参与过国家深井钻井示范工程的设计。", False),  # a guess is still a claim
    ("孙金声院士研究油气钻井工程。建议先联系被誉为“中国钻井液之父”的孙金声院士。", False),  # an epithet in advice
    ('Sun Jinsheng works on drilling. He has said that "drilling fluid is the blood of drilling".', False),
])
def test_guesses_epithets_and_quotations_inside_advice_are_claims(sentence, kept):
    assert list(kept_sentences(sentence).values())[-1] is kept


def test_a_label_line_is_no_salutation():
    """"孙金声院士：研究方向为…" labels an answer's card: 您 after it is still the user."""
    verdicts = kept_sentences("孙金声院士：研究方向为油气钻井工程。您可以先联系他。")
    assert verdicts["您可以先联系他。"]
    assert kept_sentences("孙院士您好！您的研究方向为水射流技术。")["您的研究方向为水射流技术。"] is False


@pytest.mark.parametrize("text", ["[" * 100_000, '"a": ' + "[" * 100_000, '{"a": ' * 900 + "1" + "}" * 900])
def test_json_nested_too_deep_is_no_data_and_no_crash(text):
    kept, report = check_answer(text, EXPERTS)  # a model's answer may be anything: read, never raised
    assert isinstance(kept, str) and report.sentences


def test_a_compound_surname_greets_its_expert():
    ouyang = ExpertMatch(id="e9", name="欧阳明高", title="中国科学院院士", directions=["动力电池"], score=0.6,
                         awards=[AwardFact(name="中国科学院院士", year=2017)])
    _, report = check_answer("欧阳院士：\n\n您于2017年当选中国科学院院士。您于2001年当选中国科学院院士。", [ouyang, SUN])
    assert [s.kept for s in report.sentences if "当选" in s.text] == [True, False]
