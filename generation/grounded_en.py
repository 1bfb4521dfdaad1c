"""The offline composer's answer to a problem written in English, in English: the framing, the reasons and the notes
are English; the graph's facts stay as the graph writes them (李德群, 华中科技大学, 2015年当选中国工程院院士), so that
nothing is translated by guess and the guard checks them as it checks a Chinese answer.

Follow-ups about the experts shown, asked in English ("What awards has the second one won?", "Is he at Tsinghua
University?", "Does he work on polymer processing?", "Which one is best?"), are answered in English too, with the same
verdicts as `generation/grounded.py` gives a Chinese follow-up.
"""

from __future__ import annotations

import re

from collections.abc import Callable, Sequence

from generation import biography
from generation.english_turns import ORDINAL_WORDS, asked_topic
from generation.grounded import (
    other_academy_asked,
    AWARD_FOR_WORK_EN,
    CONGRATULATION,
    THANKS_LETTER,
    all_weak,
    shared_context,
    other_award_missing,
    other_seat,
    problem_words,
    NAMED_REASON,
    same_place_verdict,
    vague_fit,
    written_count,
    untranslated_awards,
    by_direction,
    AWARD_TALLY,
    foreign_seat_only,
    written_in_part,
    weak_positions,
    same_place_asked,
    shared_places,
    place_said,
    counted_in_both,
    counts_hold,
    WHICH_SEAT,
    one_of_them,
    most_awarded,
    Wording,
    by_strength,
    awards_not_held,
    ungraded_held,
    only_holds,
    beyond_asked,
    award_at_end,
    ranks_shown,
    other_orgs,
    achievement,
    asked_awards,
    asked_held,
    rank_claimed,
    asked_orgs,
    asks_seat,
    asks_when,
    award_holders,
    contradicted_premises,
    election_years,
    when_held,
    written_award,
    describe_expert,
    describe_why,
    FINER_UNIT,
    INTRODUCE,
    listed,
    said_count,
    shared_facts,
    key_direction,
    UNDATED_NOTE_EN,
    undated_holders,
    year_check,
)
from generation.grounding import EN_TOPIC_MIN, Similarity
from generation.year_spans import asked_span
from kg.importers import SOURCE_LABELS
from retrieval.census import Census
from retrieval.english_names import english_place, org_read
from retrieval.models import ANY_AWARD, NATIONAL_AWARD, ExpertMatch, Requirement, same_org
from retrieval.names import romanized
from retrieval.presentation import funder
from retrieval.script import cjk_share
from retrieval.requirements import OPEN_END, OPEN_START, ORG_ENDINGS

NO_MATCH_EN = ("The expert knowledge graph holds no expert matching this problem yet. Try describing it in other words "
               "(the product, the process, what goes wrong) and I will search again.")
ABSENT_PERSON_EN = ("The expert knowledge graph holds no one of the name you mention; the experts above are the graph's "
                    "closest to your problem, for reference only.")
ABSENT_NAMED_EN = ("The expert knowledge graph holds no one of the other name you mention; the answer above covers only "
                   "the experts it records.")
ABSENT_NAMED_SOME_EN = ("The expert knowledge graph holds none of the other people you mention; the answer above covers "
                        "only the experts it records.")  # (rt144)
ONLY_ACADEMICIANS_EN = ("Every expert the knowledge graph holds is an academician; it records no others. The experts above "
                        "are the most related of them.")
ABSENT_FIRST_EN = "The expert knowledge graph holds no one of the name you mention, so I cannot answer about that person."
ABSENT_ONLY_EN = ("The expert knowledge graph holds no one of the name you mention, so I cannot answer about that "
                  "person; the experts recommended above stay as they are.")
SCOPE_REPLY_EN = ("Hello! I recommend experts for an enterprise's technical problems from the expert knowledge graph. "
                  "Please describe your problem (the product, process, material or fault), and I will give suitable "
                  "experts with their institutions, research directions, awards and why they fit.")
OUTSIDE_NOTE_EN = ("I recommend only experts the expert knowledge graph holds, with what its records say; I do not "
                   "recommend from outside the graph or make up experts or facts.")
REMARKED_NOTE_EN = ("What your message says about particular experts is not taken as a reason to recommend them: the "
                    "experts above are in order of their relation to the problem, with what the knowledge graph's "
                    "records say.")
DICTATED_NOTE_EN = ("The order or the statements your message dictates are not followed: the experts above are in "
                    "order of their relation to the problem, with what the knowledge graph's records say.")
VOICE_NOTE_EN = ("I do not write in an expert's own voice or speak for them; the above is what the knowledge graph "
                 "records.")
DIRECTION_ORDER_NOTE_EN = ("The experts above are ordered by how many research directions the knowledge graph lists for "
                           "them, most first (ties by how well they match your problem); the number reflects how detailed "
                           "the record is, not their standing.")
AWARD_ORDER_NOTE_EN = ("The experts above are ordered by how many awards and elections the knowledge graph records for "
                       "them, most first (weak matches after the others; ties by how well they match your problem).")
UNIQUE_UNREAD_EN = ("The knowledge graph cannot count by what this question asks, so it cannot tell whether this is the "
                    "only one; here is the record itself.")
UNANSWERED_EN = ("The knowledge graph's records alone cannot answer this. You can ask about the institution, research "
                 "directions or awards of the experts above, or describe a new technical problem.")
AUTHORITY_NOTE_EN = ("What your message presents as coming from the system, an administrator or a developer is neither "
                     "taken as fact nor followed: the knowledge graph changes only through its data import, and the answer uses its records "
                     "only.")
COUNTERFACTUAL_NOTE_EN = "I describe experts only as the knowledge graph records them, not as supposed or edited. "
SOLUTION_REPLY_EN = ("I recommend experts from the expert knowledge graph who can help solve a problem; I do not give technical "
                     "causes, diagnoses or solutions myself: the graph records experts' institutions, titles, fields, research "
                     "directions and awards. The experts above work on topics related to your problem and can analyse it; you "
                     "can also ask \"Who else?\".")
SOLUTION_NOTE_EN = ("I do not give technical causes or solutions myself; the experts above work on topics related to your "
                    "problem and can analyse it.")
ADVICE_REPLY_EN = ("I recommend experts from the knowledge graph and do not give technical solutions myself. You can add details "
                   "of the problem (product, material, process, fault, what you have tried) and I will match again; ask "
                   "\"Who else?\" for more candidates; or ask about one expert's institution, research directions or awards.")
# "anyone more applied?": how the order was made, since the graph records no such kind
LEANING_NOTE_EN = {"applied": "The knowledge graph does not record whether an expert's work is applied or theoretical; of the "
                              "experts relevant to your problem, those whose biographies say more about engineering use, "
                              "industrialisation, processes and equipment come first.",
                   "theory": "The knowledge graph does not record whether an expert's work is applied or theoretical; of "
                             "the experts relevant to your problem, those whose biographies say more about theory, "
                             "mechanisms and models come first."}
BEST_NOTE_EN = ("The knowledge graph does not rank experts against each other; the experts above are ordered by how well "
                "they match your problem.")
CHALLENGE_REPLY_EN = ("My answers come only from the knowledge graph's records: I do not estimate, guess or change them on a "
                      "supposition. If you think a record is wrong, tell me which expert and which item, and I will list the "
                      "graph's record for you to check; you can also ask about the institution, research directions or "
                      "awards of the experts above.")
UNCLEAR_EN = ("I did not quite understand that, and it does not match the problem we were discussing. You can ask \"Who "
              "else?\", ask about the institution, research directions or awards of one of the experts above, or "
              "describe a new technical problem.")
ASK_PROBLEM_EN = ("Please describe your technical problem first (the product, process, material or fault), and I will "
                  "recommend experts from the expert knowledge graph.")
NO_HISTORY_EN = "This is a new conversation and I cannot see earlier ones. " + ASK_PROBLEM_EN
THANKS_REPLY_EN = ("You're welcome. If you have another technical problem, describe it and I will recommend experts from "
                   "the expert knowledge graph.")
UNHELD_FIRST_EN = ("The expert knowledge graph holds no contact details, papers or the like: it records experts' "
                   "institutions, titles, fields, research directions and awards. Please describe your technical problem "
                   "first and I will recommend experts from the graph.")
_UNRECORDED = {"性别": "sex", "年龄": "age", "外语能力": "languages", "能否到现场": "whether they can come on site",
               "费用": "fees", "出身地": "birthplace", "所在国家或地区": "country or region", "在世情况": "whether they are living",
               "海外经历": "study or work abroad", "工作经历": "work history or practical experience (only the present "
               "institution is recorded)", "企业一线经历": "front-line industry experience"}
# the reasons `retrieval/presentation.py` and the retriever give, in English; the graph's words inside stay
_REASONS = (
    (re.compile(r"^问题中点名了这位专家$"), "your message names this expert"),
    (re.compile(r"^问题中提到的「(.+)」与这位专家同名$"), r"the name 「\1」 in your message is this expert's"),
    (re.compile(r"^问题中写的姓名与这位专家的姓名只差一个字$"), "the name in your message differs from this expert's by one character"),
    (re.compile(r"^研究方向「(.+)」与问题直接相关$"), r"the research direction 「\1」 bears directly on your problem"),
    (re.compile(r"^研究方向「(.+)」与问题有关$"), r"the research direction 「\1」 is related to your problem"),
    (re.compile(r"^研究方向「(.+)」是检索到的与问题最接近的方向之一$"),
     r"the research direction 「\1」 is among the directions the search found closest to your problem"),
    (re.compile(r"^研究方向「(.+)」与问题都涉及「(.+)」$"), r"the research direction 「\1」 and your problem both concern 「\2」"),
    (re.compile(r"^研究方向「(.+)」是问题涉及的方面$"), r"the research direction 「\1」 is what your problem concerns"),
    (re.compile(r"^问题可能属于「(.+)」学科，与专家所属学科一致$"), r"your problem may belong to 「\1」, the expert's discipline"),
    (re.compile(r"^所属学科「(.+)」与问题相关$"), r"the expert's field 「\1」 is related to your problem"),
    (re.compile(r"^专家资料中也出现了问题里的关键词：(.+)$"), r"the expert's record also holds the graph's Chinese terms for your problem: 「\1」"),
    (re.compile(r"^关联较弱，专家资料中只出现了问题里的关键词：(.+)$"),
     r"weakly related: the expert's record holds only these of the graph's Chinese terms for your problem: 「\1」"),
    (re.compile(r"^专家资料中出现了问题里词语的一部分：(.+)$"),
     lambda m: f"the expert's record holds parts of the graph's Chinese terms for your problem: 「{_pieces_en(m.group(1))}」"),
    (re.compile(r"^关联较弱，专家资料中只出现了问题里词语的一部分：(.+)$"),
     lambda m: "weakly related: the expert's record holds only parts of the graph's Chinese terms for your problem: "
               f"「{_pieces_en(m.group(1))}」"),
    # (terms "for" the problem: an English problem's words are translated — 冶金、选矿 were said to be "words of" a
    # problem written in English, rt70)
    (re.compile(r"^专家资料的整体内容与问题描述相近$"), "the expert's record as a whole is close to your problem"),
    (re.compile(r"^资料中没有与问题直接对应的内容，因符合要求列出$"),
     "nothing in the record answers the problem itself; listed because it meets what you asked"),
    (re.compile(r"^与问题的关联较弱，仅供参考$"), "only weakly related to your problem, for reference"),
    (re.compile(r"^曾主持(.+)项目《(.+)》$"), r"led the \1 project 《\2》"),
)
def _pieces_en(pieces: str) -> str:
    """"氧化物（问题写的是「氮氧化物」）、…" as "氧化物 (part of 氮氧化物)、…"."""
    return re.sub(r"（问题写的是「([^」]*)」）", r" (part of \1)", pieces)


_MET = ((re.compile(r"^获奖记录达到您要求的项数$"), "as many award records as you asked for (academy seats aside)"),
        (re.compile(r"^获得过(.+)，达到您要求的项数$"), r"as many records of \1 as you asked for"),
        (re.compile(r"^单位为(.+)$"), r"works at \1"), (re.compile(r"^获得过(.+)$"), r"holds \1"),
        (re.compile(r"^单位名称含「(.+)」$"), r"an institution whose name holds 「\1」"),
        (re.compile(r"^单位（(.+)）位于(.+)$"),
         lambda m: f"works at {m.group(1)}, which the graph places in {english_place(m.group(2))}"),
        # (a year beside the expert reads as his election's: the span asked is not repeated)
        (re.compile(r"^\d{4}年(?:以前|以后|至\d{4}年间)?当选院士$"), "elected in the years you asked for"))


# a group question that asks who, not whether all ("Which of them has won a national award?", "Who among them …")
_WHICH_OF = re.compile(r"^\s*(?:which|who)\b(?!\s+(?:is|are)\s+(?:the\s+)?(?:best|better|most))", re.IGNORECASE)
_SHORT_CJK = re.compile(r"(?<![\u4e00-\u9fff])(?:[\u4e00-\u9fff]{1,4}|[\u4e00-\u9fff]{2,16}"
                        rf"(?:{ORG_ENDINGS}|工程院|奖|院士))(?![\u4e00-\u9fff])")  # (a name, or an institution:
# "He works at 湖南农业大学, right?" is English; an award or seat: "How many won the 国家最高科学技术奖?" (rt66))
# the words of Chinese grammar: a short run holding one is part of a Chinese sentence with English jargon in it
# (CMP抛光后wafer表面有scratch, yield掉得厉害), not a name or term inside an English one
_PARTICLE = re.compile(r"[的了是在有和后得吗呢很都也就还把被不没太要]")


_GRAMMAR_EN = re.compile(r"(?i)(?<![A-Za-z])(?:and|or|the|of|is|are|was|were|to|about|with|between|compare|tell|me|who|which|"
                         r"what|how|did|does|do|has|have)(?![A-Za-z])")


# a first awarding claimed ("the first winner of", "the inaugural winner", "the first recipient"): no record says it
_INAUGURAL_EN = re.compile(r"(?i)\binaugural\b|\bfirst[-\s]+(?:ever\s+)?(?:winner|recipient|laureate|awardee)s?\b")


def is_english(text: str) -> bool:
    """Whether a message is written in English (more Latin words than Chinese characters): answered in English. A
    short run of Chinese characters in it is one word, a name or a term ("Was 郭万林 elected in 2017?")."""
    share = cjk_share(_SHORT_CJK.sub(lambda m: m.group() if _PARTICLE.search(m.group().replace("成就奖", "")) else " 名 ",
                                     text))  # (成就奖 is an award's name, not 就: "Did he win the 何梁何利基金科学与技术成就奖?"
    # was answered in Chinese, rt143)
    # (as many names as English words: English where its grammar words say so — "Compare 王震西 and 沈保根." was answered
    # in Chinese, rt73; "PCB板 warpage 严重" has none)
    return share < 0.5 or share == 0.5 and bool(_GRAMMAR_EN.search(text))


def reason_en(reason: str) -> str:
    """One reason in English; one of another form stays as it is."""
    if reason.startswith("符合您提出的要求："):  # what the problem asked of the expert, as requirements.describe says it
        met = []
        for part in reason.split("：", 1)[1].split("、"):
            pattern, english = next(((p, e) for p, e in _MET if p.match(part)), (None, None))
            met.append(pattern.sub(english, part) if pattern else part)
        return "meets what you asked: " + ", ".join(met)
    for pattern, english in _REASONS:
        if pattern.match(reason):
            return pattern.sub(english, reason)
    return reason


def spelt_name(name: str) -> str:
    """A name as an English card heads it: its pinyin, then the characters the graph writes (Zhou Qi 周琪)."""
    latin = romanized(name)
    return f"{latin} {name}" if latin else name


ENGLISH = Wording(" ({})", ".", ", ", "Research directions: ", "Fields: ", "Achievements: ", "; ", "Why: ", "; ", " ",
                  reason_en, spelt_name)


def describe_expert_en(expert: ExpertMatch, index: int | None = None) -> str:
    """One paragraph on one expert in English around the graph's words."""
    return describe_expert(expert, index, ENGLISH)


def describe_why_en(expert: ExpertMatch) -> str:
    """`generation.grounded.describe_why` in English."""
    return describe_why(expert, ENGLISH, "Why {} was recommended: ")


def describe_fit_en(asked: list[tuple[ExpertMatch, int | None]], others: list[ExpertMatch]) -> str:
    """`generation.grounded.describe_fit` in English."""
    verdicts = [f"Among the experts in the knowledge graph who match this problem, {expert.name} ranks "
                f"{_ORDINAL_EN.get(rank, f'#{rank}')}." if rank is not None else
                f"By the knowledge graph's records, {expert.name} matches this problem only weakly." for expert, rank in asked]
    text = " ".join(verdicts) + "\n\n" + "\n\n".join(describe_expert_en(e) for e, _ in asked)
    if others:
        lead = ("Experts who match this problem better:" if all(rank is None for _, rank in asked)
                else "Other experts who match this problem:")
        text += "\n\n" + lead + "\n\n" + "\n\n".join(describe_expert_en(e, i) for i, e in enumerate(others, 1))
    return text


_ORDINAL_EN = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
               9: "ninth", 10: "tenth"}


def _problem_heading(n: int, problems: Sequence[str] = ()) -> str:
    """The heading over one problem's experts in English, its number in words (a figure reads as a claim) and the
    problem's own words."""
    words = problem_words(problems[n - 1][shared_context(problems):] or problems[n - 1]) if n <= len(problems) else ""
    return (f"For the {ORDINAL_WORDS[n - 1]} problem" if n <= len(ORDINAL_WORDS) else "For another problem") + \
        (f" ({words}):" if words else ":")


def compose_answer_en(experts: list[ExpertMatch], related: bool = True, named: bool = False,
                      problems: Sequence[str] = ()) -> str:
    """`generation.grounded.compose_answer` in English."""
    if not experts:
        return NO_MATCH_EN
    # no count of experts in the framing: the guard reads a figure beside experts as a claim about them
    if named and all(e.reasons and e.reasons[0] == NAMED_REASON for e in experts):  # "Who is Li Deren?": his record
        return "The knowledge graph's record of " + ", ".join(dict.fromkeys(e.name for e in experts)) + ":\n\n" + \
            listed(experts, describe_expert_en, _problem_heading)
    if not related and not by_direction(experts):
        intro = ("No expert directly related to this problem was found in the expert knowledge graph; the following are "
                 "less related, for reference only:\n\n")  # (found: the search's reach, not the graph's contents, rt74)
    elif not related or not named and (all_weak(experts) or vague_fit(experts)):
        intro = "The following experts' match to your problem is uncertain; for reference:\n\n"
    else:
        weak = [ORDINAL_WORDS[i - 1] for i in weak_positions(experts) if i <= len(ORDINAL_WORDS)]
        which = " and ".join(", ".join(weak).rsplit(", ", 1))
        aside = f" (the {which} only weakly related, for reference)" if weak else ""
        intro = f"Based on the expert knowledge graph, these experts are recommended for your problem{aside}:\n\n"
    return intro + listed(experts, describe_expert_en, lambda n: _problem_heading(n, problems))


def more_en(experts: list[ExpertMatch]) -> str:
    """More experts for the same problem (Who else?), in English."""
    if not experts:
        return "The experts most closely related to this problem have all been recommended already."
    lead = "You could also consider the following experts, though how well they match your problem is uncertain; for reference:" \
        if all(e.strength_label == "低" for e in experts) else "You could also consider:"
    return lead + "\n\n" + listed(experts, describe_expert_en, _problem_heading)


def _census_words_en(census: Census) -> str:
    """Whom a count counted, in English around the graph's words: academicians at 清华大学 whose research direction or
    field name contains “焊接”."""
    asked = census.question
    seats = [r.text for r in asked.requirements if r.kind == "academy"]
    one = census.total == 1
    who = ("academician" if one else "academicians") if seats == ["院士"] else \
        f"{'expert who is' if one else 'experts who are'} {' or '.join(seats)}" if seats else "expert" if one else "experts"
    parts = [f"at {' or '.join(r.text for r in asked.requirements if r.kind == 'institution')}"] * any(
        r.kind == "institution" for r in asked.requirements)
    parts += [f"at an institution in {english_place(r.text)} (the place the graph records for it, or its name)"
              for r in asked.requirements if r.kind == "place"]
    parts += [f"holding {r.text}" + ("" if r.years is None else f" awarded in {r.years[0]}" if r.years[0] == r.years[1]
                                     else f" awarded in {r.years[0]} or later" if r.years[1] >= OPEN_END
                                     else f" awarded before {r.years[1] + 1}" if r.years[0] <= OPEN_START
                                     else f" awarded in {r.years[0]}–{r.years[1]}")
              for r in asked.requirements if r.kind == "award"]
    parts += [(f"elected before {r.text[:4]}" if r.text.endswith("以前") else f"elected in {r.text[:4]}" +
               (" or later" if r.text.endswith("以后") else f"–{r.text[6:10]}" if "至" in r.text else ""))  # (以前: the year
              # itself not counted, `Requirement.met`: it said "in 2000 or earlier")
              for r in asked.requirements if r.kind == "elected"]
    parts += [f"whose research direction or field name contains “{asked.term}”"] * bool(asked.term)
    parts += [f"whose name begins with the surname {asked.surname}"] * bool(asked.surname)
    return " ".join([who, *parts])


def _superlative_said_en(census: Census, experts: list[ExpertMatch]) -> str:
    """`generation.grounded._superlative_said` in English (census_claims.SUPERLATIVE_SAID_EN reads it back)."""
    asked, who = census.question, _census_words_en(census)
    if not census.total:
        return f"The knowledge graph records no {who}."
    if not census.top or not experts:
        return f"The knowledge graph holds {census.total} {who}; none of them has a recorded election year."
    said = [(", ".join(named) + f" and {held - len(named)} others" if held > len(named) else
             ", ".join(named[:-1]) + (" and " if len(named) > 1 else "") + named[-1], held > 1, value)
            for named, held, value in ranks_shown(census, experts)]
    if not said:  # (none of those at the extreme among the records read)
        return f"The knowledge graph holds {census.total} {who}."
    names, plural, value = said[0]
    if asked.superlative == "awards":
        head = f"{'have' if plural else 'has'} the most award records: {value} (academy seats aside)"
    elif asked.superlative == "award_count":
        head = f"{'have' if plural else 'has'} the most records of the award asked: {value} (each grade and year one)"
    elif asked.superlative.startswith("award_"):  # "Who was the first to receive …?" (rt120)
        head = f"received it {'first' if asked.superlative == 'award_earliest' else 'last'}, in {value}"
    else:
        head = f"{'were' if plural else 'was'} elected {'first' if asked.superlative == 'earliest' else 'last'}, " \
               f"in {value}"
    head += "".join(f"; next: {n}, {v}" for n, _, v in said[1:])  # (前三位: the next values, each read back)
    if asked.superlative not in ("awards", "award_count") and (unranked := census.total - census.ranked_total):
        head += f" ({unranked} of them with no recorded year not ranked)"  # (没有记录年份的1位未计入)
    cards = "\n\n".join(describe_expert_en(e, i) for i, e in enumerate(experts, 1))
    return f"The knowledge graph holds {census.total} {who}; of them, {names} {head}." + ("\n\n" + cards if cards else "")


# a partner said of an award ("… the 1957 Nobel Prize together with Wu Chien-Shiung, right?": Yes was said of the year,
# the biography naming 李政道, rt112)
_TOGETHER_EN = re.compile(r"\b(?:together|jointly|along)\s+with\s+[A-Z]|\bshared\s+(?:it|the\s+\w+(?:\s+\w+)?)\s+with\s+[A-Z]|"
                          r"\b(?:and|with)\s+[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){1,2}\s+(?:jointly|together)\b")


def describe_census_en(census: Census, experts: list[ExpertMatch],
                       layout: Callable[[list[ExpertMatch]], str] | None = None, stated_first: bool = False,
                       stated_total: int = 0) -> str:
    """`generation.grounded.describe_census` in English."""
    asked = census.question
    if asked.superlative:
        return _superlative_said_en(census, experts)
    verdict = "" if asked.said is None else "Yes. " if asked.holds(census.total) else "No. "
    if asked.unrecorded:  # "Which academicians at Tsinghua were born in Shanghai?": counted without it, and said so
        fields = ", ".join(_UNRECORDED.get(w, w) for w in asked.unrecorded)
        verdict += (f"The knowledge graph's records have no field for experts' {fields}, "
                    "so they cannot be counted by it; " + ("below are only those whose biographies say so (quoted). "
                                                            if stated_first else "no biography shown says so. "))
    if asked.only:  # "Is X the only academician at Tsinghua who won …?": yes only when X is the one counted
        verdict = ("" if asked.term else "Yes. ") if only_holds(census, experts) else "No. " if census.total else ""  # (a topic: by name)
    if asked.term is None and not asked.requirements and not asked.surname:
        return (f"{verdict}The knowledge graph holds {census.total} experts. Describe your technical problem and I will "
                "recommend the ones who fit it.")
    who = _census_words_en(census)
    if not census.total:
        head = f"{verdict}The knowledge graph holds 0 {who}."  # (as a count, which the guard checks: "records no
        # experts who are 中国工程院院士 elected in 2018" was dropped as an honour of no one, and nothing said, rt134)
        lead = " The closest experts to it, for reference only:" if experts else ""
    else:
        head = f"{verdict}The knowledge graph holds {census.total} {who}."
        if stated_first:
            lead = f" Those whose biographies say so number {stated_total}; {len(experts)} of them:" \
                if stated_total > len(experts) else " Those whose biographies say so:"
        else:
            lead = " They are:" if len(experts) >= census.total else \
                f" Those of them that fit “{asked.term}” best:" if asked.term else " Some of them:"
    cards = layout(experts) if layout else "\n\n".join(describe_expert_en(e, i) for i, e in enumerate(experts, 1))
    head += UNDATED_NOTE_EN if census.undated else ""  # (a plain 0 was said, the holders' records undated, rt151)
    return head + (lead + "\n\n" + cards if experts else "") + (
        "\n\n" + TERM_COUNTED_EN if census.question.term and census.total <= len(experts) else "")


def describe_written_en(census: Census, experts: list[ExpertMatch]) -> str:
    """`generation.grounded.describe_written` in English."""
    cards = "\n\n".join(describe_expert_en(e, i) for i, e in enumerate(experts, 1))
    quotes = "".join("\n\n" + biography.describe_en(e, ()) for e in experts if biography.quotes(e))
    return (f"The graph's award records hold no expert with the award you ask about; the biographies of these "
            f"{len(experts)} experts mention it — please read their own words:\n\n" + cards + quotes)


def census_rest_en(census: Census, experts: list[ExpertMatch], every: bool = False) -> str:
    """`generation.grounded.census_rest` in English."""
    lead = f"The knowledge graph holds {census.total} {_census_words_en(census)}; " + (
        "here are all of them:" if every and len(experts) >= census.total else f"here are {len(experts)} more of them:")
    return lead + "\n\n" + "\n\n".join(describe_expert_en(e, i) for i, e in enumerate(experts, 1))


def describe_counts_en(counts: list[Census]) -> str:
    """`generation.grounded.describe_counts` in English."""
    verdict = "" if (held := counts_hold(counts)) is None else "Yes. " if held else "No. "
    said = " ".join(f"The knowledge graph holds {c.total} {_census_words_en(c)}." for c in counts)
    said += f" {shared} of them are counted in both." if (shared := counted_in_both(counts)) else ""
    asked, totals = counts[0].question if counts else None, [c.total for c in counts]
    if asked is not None and asked.summed:  # "What do they come to in total?": the numbers added
        said += f" The {len(counts)} numbers add up to {sum(totals)}" + (
            f" ({shared} counted in both are added twice)." if shared else ".")
    if asked is not None and asked.gap and len(counts) == 2:  # "By how many?": the difference
        said += " The two are equal." if totals[0] == totals[1] else \
            f" The {'first' if totals[0] > totals[1] else 'second'} is larger, by {abs(totals[0] - totals[1])}."
    return verdict + said


def census_sentence_en(census: Census) -> str:
    """`generation.grounded.census_sentence` in English."""
    return f"The knowledge graph holds {census.total} {_census_words_en(census)}."


def census_listed_en(census: Census) -> str:
    """`generation.grounded.census_listed` in English."""
    return f"The knowledge graph holds {census.total} {_census_words_en(census)}; all of them are listed above." + (
        f" {TERM_COUNTED_EN}" if census.question.term else "")


TERM_COUNTED_EN = ("This counts the names of research directions and fields; experts whose biography alone uses the word are "
                   "not in it — describe the technical problem and I will match by content.")


_LEFT_OUT_EN = {"academy": "members of that academy", "award": "holders of that award", "institution": "experts of that institution",
                "sector": "experts of that kind of institution", "elected": "academicians elected in that span"}


def describe_left_out_en(requirements: tuple[Requirement, ...]) -> str:
    """`generation.grounded.describe_left_out` in English."""
    several = sum(r.kind == "institution" for r in requirements) > 1  # "more, from other institutions"
    kinds = [f"experts at an institution in {english_place(r.text)}" if r.kind == "place" else
             "experts of the institutions shown" if several and r.kind == "institution" else _LEFT_OUT_EN[r.kind]
             for r in requirements]
    where = ("An institution's place is the one the expert knowledge graph records (for one with none recorded, its "
             "name); "
             if any(r.kind == "place" for r in requirements) else "")
    return f"{where}As you asked, {', '.join(dict.fromkeys(kinds))} are left out."




def all_left_out_en(requirements: tuple[Requirement, ...]) -> str:
    """`generation.grounded.all_left_out` in English."""
    return describe_left_out_en(requirements) + " The experts of the graph most related to this problem are all of " \
        "that kind, so none is left to recommend; you could relax the request or describe the problem differently."


_SECTOR_SAID = {"高校": "at a university", "企业": "at an enterprise", "科研院所": "at a research institute"}


def describe_brief_en(experts: list[ExpertMatch]) -> str:
    """`generation.grounded.describe_brief` in English (the graph's words as it writes them)."""
    def one(e: ExpertMatch) -> str:  # (said as a clause each: the guard reads a direction in brackets as the last one's)
        direction = key_direction(e)
        return e.name + (f" of {e.institution}" if e.institution else "") + (f", who works on {direction}," if direction
                                                                             else "")
    names = [one(e) for e in experts]
    joined = names[0] if len(names) == 1 else " ".join(names[:-1]) + " and " + names[-1]
    joined = joined.rstrip(",")
    return f"In one sentence: the {len(experts)} experts recommended are {joined}."


_READERS_EN = {"boss": "boss", "manager": "manager", "ceo": "CEO", "director": "director", "team": "team",
               "colleague": "colleagues", "colleagues": "colleagues", "supervisor": "supervisor"}


def describe_letter_en(reader: str, experts: list[ExpertMatch]) -> str:
    """`generation.grounded.describe_letter` in English."""
    cards = "\n\n".join(describe_expert_en(e, i) for i, e in enumerate(experts, 1))
    to = _READERS_EN.get(reader.lower())
    return ("A draft letter built from the expert knowledge graph's records; edit as needed:\n\n"
            f"Dear {to.capitalize() if to else 'Sir or Madam'},\n\nFor the technical problem we face, the expert knowledge "
            f"graph suggests the following {len(experts)} experts:\n\n{cards}\n\nAll the facts above come from the "
            "expert knowledge graph; their contact details, availability and fees are not recorded there and must be "
            "checked elsewhere.\n\nBest regards")


def describe_invitation_en(expert: ExpertMatch, question: str = "") -> str:
    """`generation.grounded.describe_invitation` in English (a thank-you or congratulation note where one is asked)."""
    direction = key_direction(expert)
    why = f" We understand that your research includes {direction}, which bears on a technical problem we face." \
        if direction else ""
    dear = f"Academician {expert.name}" if (expert.title or "").endswith("院士") else expert.name
    contact = ("edit as needed (the expert's e-mail address and other contact details are not in the knowledge graph "
               "and must be found elsewhere)")
    recorded = f" The knowledge graph records: {'; '.join(map(achievement, expert.awards))}." if expert.awards else ""
    if CONGRATULATION.search(question) or THANKS_LETTER.search(question):  # "an English email … congratulating him
        # on …" (no letter was written, rt124): what the records hold, not what the request says
        kind, body = ("congratulation", "Please accept our warm congratulations on your achievements.") if \
            CONGRATULATION.search(question) else ("thank-you note", "Thank you sincerely for your support of our work.")
        return f"A draft {kind}; {contact}:\n\nDear {dear},\n\n{body}{recorded}\n\nBest regards"
    return (f"A draft invitation; {contact}:\n\nDear {dear},\n\nWe are writing on behalf of our company."
            f"{why} We would be honoured to invite you to visit us or to hold a technical exchange, at a time and in a "
            "form that suit you.\n\nWe look forward to hearing from you.\n\nBest regards")


def describe_member_en(name: str, shown: list[ExpertMatch], experts: list[ExpertMatch],
                       counted: tuple[int, bool] | None = None) -> str:
    """`generation.grounded.describe_member` in English."""
    at = next((i for i, e in enumerate(shown, 1) if e.name == name), None)
    if at is not None:  # (the position as a word: a digit reads as a figure to check)
        which = ORDINAL_WORDS[at - 1] if at <= len(ORDINAL_WORDS) else "one"
        return f"Yes. {name} is the {which} of the experts just recommended:\n\n" + describe_expert_en(shown[at - 1], at)
    found = [e for e in experts[len(shown):] if e.name == name]
    if not re.search(r"[\u4e00-\u9fff]", name):  # a Latin name no expert bears: not repeated as if it were one
        return (f"No. The experts just recommended are {', '.join(e.name for e in shown)}; the knowledge graph holds no "
                "expert of the name you wrote.")
    if counted is not None:
        total, held = counted
        lead = f"{'Yes' if held else 'No'}. {name} is {'' if held else 'not '}one of the {total} experts just counted " \
               "(only some of them were listed)."
        return lead + ("\n\n" + "\n\n".join(describe_expert_en(e, i) for i, e in enumerate(found, 1)) if found else
                       f" The knowledge graph holds no expert named {name}.")
    text = f"No. The experts just recommended are {', '.join(e.name for e in shown)}; {name} is not among them."
    if not found:
        return text + f" The knowledge graph holds no expert named {name}."
    return text + f" The knowledge graph's record of {name}:\n\n" + "\n\n".join(
        describe_expert_en(e, i) for i, e in enumerate(found, 1))


def describe_among_en(experts: list[ExpertMatch], among: tuple[Requirement, ...], negated: bool = False,
                      part: bool = False) -> str:
    """`generation.grounded.describe_among` in English (the seat or award named as the graph writes it)."""
    lines = []
    asked = f"you asked about ({', '.join(e.name for e in experts)})" if part else "just recommended"
    for requirement in among:
        holders = [e for e in experts if requirement.met(e)]
        if negated:  # "Which of them is not a CAS member?": those whose records do not hold it first, as asked (it
            # read "2 meet this (…); the rest do not: …", which answers the question the other way round)
            others = [e for e in experts if e not in holders]
            lines.append(f"Of the {len(experts)} experts {asked}, by the graph's records "
                         + (f"{len(others)} {'does' if len(others) == 1 else 'do'} not hold what you ask about: "
                            f"{', '.join(e.name for e in others)}" if others else "every one holds what you ask about")
                         + (f"; the {'other does' if len(holders) == 1 else 'others do'}: "
                            f"{', '.join(e.name for e in holders)}." if holders and others else "."))
            continue
        what = "a national science and technology award" if requirement.text == NATIONAL_AWARD else \
            "an award besides the academy seat" if requirement.text == ANY_AWARD else \
            _SECTOR_SAID.get(requirement.text, requirement.text) if requirement.kind == "sector" else \
            f"at an institution in {english_place(requirement.text)}" if requirement.kind == "place" else requirement.text
        if requirement.years is not None:  # "… in 2010": dated then (the years are not repeated beside a name: the
            low, high = requirement.years  # guard reads them as a claim of the holder's year)
            what += ", in the year you ask" if low == high else ", within the years you ask"
        lines.append(f"Of the {len(experts)} experts {asked}, {len(holders)} meet{'s' if len(holders) == 1 else ''} "
                     f"this ({what}): {', '.join(e.name for e in holders)}." if holders else
                     # (no figure: after a line naming experts it was read as a claim of the last one named)
                     f"By the graph's records, none of the experts {asked} meets this"
                     # (an award none holds is not named: the guard reads it as a claim and dropped the line, rt87)
                     + (" (what you ask about)." if requirement.kind in ("award", "academy") else f" ({what})."))
        if undated := undated_holders(experts, requirement):
            lines.append(f"The graph records this award without a year for {' and '.join(undated)}, so it cannot be "
                         "checked by year.")
    attribute = "awards" if any(r.kind in ("academy", "award", "elected") for r in among) else "institution"
    return "\n".join(lines) + "\n\n" + "\n".join(describe_attribute_en(e, attribute, "") for e in experts)


def describe_unmet_en(requirement: Requirement, *alternatives: Requirement, shown: bool = False) -> str:
    """`generation.grounded.describe_unmet` in English (the award or institution asked for is not named again)."""
    if shown:
        said = describe_unmet_en(requirement, *alternatives)
        return said.replace("None of the experts related to the problem is", "None of the experts above is", 1).replace(
            "Among the experts most closely related to the problem, the expert knowledge graph holds none",
            "Of the experts above, the expert knowledge graph's records show none", 1)
    if requirement.kind == "place":
        said = place_said(*(r.text for r in (requirement, *alternatives)), joined=" or ")
        return (f"None of the experts related to the problem is at an institution in "
                f"{' or '.join(english_place(r.text) for r in (requirement, *alternatives))} (by the place the expert "
                f"knowledge graph records for the institution; for one with none recorded, by a name holding {said}; where no "
                "institution is recorded for an expert, the graph cannot tell).")
    what = {"academy": "with the academic standing you asked for", "award": "with the award you asked for",
            "institution": "from the institution you asked for",
            "sector": "from the kind of institution you asked for",
            "elected": "elected in the years you asked for"}[requirement.kind]
    return f"Among the experts most closely related to the problem, the expert knowledge graph holds none {what}."


def describe_unrecorded_en(what: list[str], female_first: bool = False, age_order: str | None = None) -> str:
    """`generation.grounded.describe_unrecorded` in English."""
    said = ", ".join(_UNRECORDED.get(w, w) for w in what)
    if age_order:
        return (f"The knowledge graph's records have no field for experts' {said}; of the experts most related to the "
                f"problem, those whose biographies give a year of birth come first, {'latest' if age_order == 'younger' else 'earliest'} "
                "born first, the others by how close their research is to the problem.")
    if female_first:
        return (f"The knowledge graph's records have no field for experts' {said}; the experts above whose biographies "
                "say they are women come first (quoted below), the others by how close their research is to the problem.")
    return (f"The knowledge graph's records have no field for experts' {said}, so they could not be chosen by it; the "
            "experts above were chosen by how close their research is to the problem.")


def misspelt_en(name: str) -> str:
    """Says that the expert listed first is found by a name one character off the one written."""
    return (f"The graph holds no expert of exactly the name you wrote; {name}'s name differs from it by one character "
            "and is listed first: please check that this is the person you mean.")


# what the graph does not hold, as `generation.conversation` names it
_UNHELD = {"联系方式": "contact details", "论文、专利与著作": "papers, patents or books",
           "h指数、引用次数等文献计量指标": "h-index, citation counts or other bibliometrics",
           "年龄、学历、师生等个人经历": "age, education, students or other personal history",
           "职务": "posts held", "所在地": "location", "收费与档期": "fees or availability", "收入与待遇": "income or pay", "国籍、政治面貌、宗教信仰与身体情况": "nationality, political affiliation, religion or physical details", "为人与口碑": "character or reputation", "知名度与学术地位等评价": "fame, standing or rankings", "个人观点与立场": "personal opinions or stances", "爱好与家庭生活": "hobbies or family life", "称号与美誉": "epithets or honorary nicknames", "调查、处分或学术不端": "investigations, sanctions or misconduct",
           "合作企业": "partner companies", "合作关系": "collaborations", "团队规模与成员": "team size or members", "未来获奖或当选的预测": "future awards or elections (it predicts nothing)"}
_STRENGTH = {"高": "strong", "中": "medium", "低": "weak"}


def describe_unheld_en(kinds: Sequence[str], expert: ExpertMatch | None = None) -> str:
    """`generation.grounded.describe_unheld` in English."""
    what = " or ".join(_UNHELD.get(k, k) for k in kinds)
    whose = f"{expert.name}'s" if expert is not None else "experts'"
    text = f"The expert knowledge graph does not record {whose} {what}"
    text += (", so it cannot give them; it records experts' institutions, titles, fields, research directions and "
             "awards.")
    if expert is not None and expert.institution and "联系方式" in kinds:
        text += f" To contact {expert.name}, use the public channels of {expert.institution}."
    return text


def _unmatched_award(name: str, question: str) -> str:
    """That an award named in English could not be matched to the graph's Chinese names: neither confirmed nor denied
    (it said none of the records was "the Fresnel Prize" of one whose biography writes 菲涅尔奖, rt75)."""
    return (f"The graph's records are in Chinese and the award you name ({', '.join(untranslated_awards(question))}) "
            f"could not be matched to a Chinese award name, so the graph neither confirms nor denies it for {name}; "
            "what it records, and what the biography says of honours, follow.")


def correct_premises_en(expert: ExpertMatch, question: str, skip: tuple[str, ...] = (), others: Sequence[str] = ()
                        ) -> list[str]:
    """`generation.grounded.correct_premises` in English."""
    return [f"The graph records {expert.name} at another institution than the one you mention: {expert.name} works at "
            f"{expert.institution}." if kind == "institution" else
            f"The graph records no institution for {expert.name}, so the one you mention cannot be confirmed." if
            kind == "unplaced" else
            _unmatched_award(expert.name, question) if kind == "award" and untranslated_awards(question) else
            f"The graph records {expert.name} as {seat}, not as a member of the academy you mention." + (
                " Nor do its award records hold the other award you mention." if other_award_missing(expert, question)
                else "") if kind == "award" and (seat := other_seat(expert, question)) else
            f"None of the awards the graph records for {expert.name} is the one you mention." if kind == "award" else
            f"The year differs from the graph's record: {expert.name} " + "; ".join(map(achievement, records)) + "."
            for kind, records in contradicted_premises(expert, question, others) if kind not in skip]


#: a recorded direction this close to an English topic is that topic said in Chinese (injection mould design 0.73 to
#: 注塑模具设计与成型工艺, solar physics 0.82 to 太阳物理, lithium batteries 0.80 to 锂电池), and the answer says yes; a
#: broader one stays near EN_TOPIC_MIN (solar physics 0.56 to 天文学, optical fiber lasers 0.61 to 光电子学与激光技术):
#: close, no yes. Set on these pairs (rt22's and the tests' own), not on a benchmark.
EN_TOPIC_YES = 0.7


def _written_topics(topic: str, topics: Sequence[str]) -> list[str]:
    """Of `topics`, those that write one of the Chinese words the glossary gives every word of an English topic of one
    or two words (welding → 焊接): a topic the records name in the graph's words, seen without a similarity."""
    from retrieval.glossary import glossary

    if len(topic.split()) > 2:
        return []
    words = [w for w in glossary().terms(topic, lambda w: 0.001) if len(w) >= 2]
    return [t for t in topics if any(w in t for w in words)]


_LIFE_ASKED_EN = re.compile(r"\b(?:ph\.?\s?d|doctora(?:te|l)|degrees?|studied|graduat\w*|master'?s|bachelor'?s|born|"
                            r"alma\s+mater|post-?docs?|postdoctoral)\b", re.IGNORECASE)


def _topic_verdict(expert: ExpertMatch, question: str, similarity: Similarity | None) -> str:
    """Whether the expert works on the topic an English question asks about (Does he work on polymer processing?), by
    meaning on the guard's scale (EN_TOPIC_MIN): the recorded directions and fields close to it, or that none is;
    "" when it asks none or no embedder reads English topics."""
    topic = asked_topic(question)
    topics = list(dict.fromkeys([*expert.directions, *expert.fields]))
    if topic is None or similarity is None or not topics or _LIFE_ASKED_EN.search(question):
        return ""  # ("Pan Jianwei studied for his PhD in Vienna": his schooling, which the biography quoted tells — not a
        # topic of his research, which "the graph does not confirm" was said of, rt112)
    if written := _written_topics(topic, topics):  # "Is Guan Qiao an expert in welding?": his directions write 焊接
        # (across languages the comparison missed all three, and "does not confirm" was said, rt89)
        return (f"Yes: of the research directions and fields the graph records for {expert.name}, these write what you "
                f"ask in the graph's Chinese: {'、'.join(written)}. ")
    scores = {t: similarity(topic, [t]) for t in topics}
    close = [t for t in topics if scores[t] >= EN_TOPIC_MIN]
    if close and max(scores.values()) >= EN_TOPIC_YES:
        return (f"Yes: of the research directions and fields the graph records for {expert.name}, these are close to "
                f"what you ask: {'、'.join(close)}. ")
    if close:  # (close is no yes: 天文学 is close to "solar physics" for an astronomer of galaxies)
        return (f"Of the research directions and fields the graph records for {expert.name}, these are close to "
                f"what you ask: {'、'.join(close)}. ")
    # (not "none is close": across languages the comparison misses — "fine particles" for 细粒及硫化矿物浮选分离, rt74 —
    # so the graph is said not to confirm it, the records being listed for the reader to judge)
    unconfirmed = (f"The graph does not confirm it: by an automatic comparison across languages, none of the research "
                   f"directions and fields it records for {expert.name} reads as close to what you ask")
    if biography.quotes(expert):  # "Does he work on hypersonic aerodynamics?": the biography writes it, quoted below
        return f"{unconfirmed}; {expert.name}'s biography says more below. "
    return f"{unconfirmed}. "


_WHICH_IN_YEAR = re.compile(r"\b(?:which|what)\b[^?.]{0,40}?\b(?:awards?|prizes?|honou?rs?|medals?)\b[^?.]{0,30}?"
                            r"\b(?:in|during)\s+(?:19|20)\d\d\b", re.IGNORECASE)


def _year_verdict(expert: ExpertMatch, question: str) -> str:
    """`generation.grounded._year_verdict` in English: yes or no and the recorded year, the year asked not repeated."""
    if _WHICH_IN_YEAR.search(question):  # "… which award did she get in 2014?": the year asks, it claims nothing
        return ""  # (it said "No, not in the year you ask" of her 2014 award, rt102)
    check = year_check(expert, question)
    if check is None:
        return ""
    held, dated = check
    pairs = [p for p in re.split(r",?\s+and\s+(?=(?:an?|the|his|her)\s)|;\s*", question)
             if asked_awards(p) and biography.YEAR.search(p)]
    if held and len(pairs) >= 2 and (wrong := [c for p in pairs if (c := year_check(expert, p)) and c[0] is False]):
        # "… the Ho Leung Ho Lee award in 2003 and a first-class … prize in 2012, right?": each award with its own
        # year (Yes was said of the first, the second's year wrong, rt126)
        held, dated = False, [a for c in wrong for a in c[1]]
    if not dated:
        return f"The graph records no year for this of {expert.name}'s. "
    recorded = "; ".join(achievement(a) for a in dated)
    if not held and written_award(expert, question):  # the biography may date it otherwise: quoted, not denied
        quoted = " ".join(biography.quotes(expert) or ())
        kept = {str(a.year) for a in expert.awards if a.year}  # ("… elected to CAE in 1994 and won … in 2003": the
        # seat's 1994, written in the quote too, is no year of the award asked — "No" was left unsaid of 2003, rt147)
        if quoted and not asked_span(question) and not any(y in quoted for y in biography.YEAR.findall(question)
                                                           if y not in kept):
            # nor does it give the year asked: no ("… the State Preeminent Award in 2010, correct?" of 2016 in both
            # was no "No", rt66)
            return f"No, not in the year you ask. The graph records for {expert.name}: {recorded}; {expert.name}'s " \
                "biography says more below. "
        return f"The graph's award records give for {expert.name}: {recorded}; {expert.name}'s biography says more below. "
    if held is None:  # the year said is the span's bound, read either way: the record's year, no verdict
        return f"The graph records for {expert.name}: {recorded}. "
    differs = "No, not within the years you ask" if asked_span(question) else "No, not in the year you ask"
    return f"{'Yes' if held else differs}. The graph records for {expert.name}: {recorded}. "


# "a CAS or CAE academician", "the Academy of Sciences or of Engineering": one of two seats asked, not whether
_EITHER_SEAT = re.compile(r"\b(?:CAS|CAE|sciences?|engineering)\b[^?.]{0,30}?\bor\b[^?.]{0,30}?\b(?:CAS|CAE|sciences?|"
                          r"engineering)\b", re.IGNORECASE)


# a past or any-time workplace asked ("Did he work at …?", "Has he ever worked at …?"): the record holds the present one
_EVER_EN = re.compile(r"\b(?:did|has|have|had|was|were|ever|worked|previously|formerly|once|before)\b", re.IGNORECASE)


_NEGATED_EN = re.compile(r"\b(?:never|not)\b|n't\b", re.IGNORECASE)
_HOW_MANY_TIMES = re.compile(r"\s*how\s+(?:many\s+times|often)\b", re.IGNORECASE)


def describe_attribute_en(expert: ExpertMatch, attribute: str, question: str = "",
                          similarity: Similarity | None = None) -> str:
    """`generation.grounded.describe_attribute` in English; an award or institution asked about that the record does
    not hold is answered no without being repeated, a topic by meaning (`_topic_verdict`)."""
    name = expert.name
    said = said_count(question)  # "Does he have 6 research directions?": the number checked against the record
    if attribute == "awards":
        if not expert.awards:
            return f"The expert knowledge graph holds no awards of {name}."
        if WHICH_SEAT.search(question) and (seats := [a for a in expert.awards if a.name.endswith("院士")]):
            # "Which academy is he a member of?": the seat first, then the rest of the record
            return f"The graph records that {name} " + " and ".join(
                f"was elected {a.name}" + (f" in {a.year}" if a.year else "") for a in seats) + ". " + \
                describe_attribute_en(expert, attribute, "", similarity)
        if (end := award_at_end(expert, question)) is not None:  # "Which of his awards is the most recent?"
            ordered, undated = end
            latest = len(ordered) < 2 or ordered[0].year >= ordered[-1].year
            rest = f" {undated} more have no year, so they cannot be placed." if undated else ""
            return f"{name}'s dated achievements in the graph, {'latest' if latest else 'earliest'} first: " \
                f"{'; '.join(map(achievement, ordered))}.{rest}"
        if said is not None and not asked_awards(question):
            return f"{_count_verdict_en(said, len(expert.awards))} The graph records {len(expert.awards)} awards and " \
                f"honours of {name}: {'; '.join(map(achievement, expert.awards))}."
        if said is not None and not awards_not_held(expert, question):  # "Has he won two national awards?"
            held = asked_held(expert, question)
            if (written_n := written_count(expert, question)) is not None:  # "侯云德 won 7 second-class …": the
                # biography's count (二等奖7项) decides, not the one record of each grade (it said No, rt84)
                return f"{'Yes' if written_n == said else 'No'}. {name}'s biography gives " \
                    f"{'the same' if written_n == said else 'a different'} number (quoted below). The graph records " \
                    f"for {name}: {'; '.join(map(achievement, expert.awards))}."
            return f"{_count_verdict_en(said, len(held))} Of the awards you ask about, the graph records for {name}: " \
                f"{'; '.join(map(achievement, held))}. All {name}'s achievements in the graph: " \
                f"{'; '.join(map(achievement, expert.awards))}."
        if (rank := rank_claimed(question)) is not None:  # "Is he the youngest academician in the graph?": no Yes
            held = asked_held(expert, question)
            return (f"The graph's records cannot confirm \"{rank}\": the graph ranks no expert"
                    f"{' and holds no ages' if rank.lower() in ('youngest', 'oldest', 'eldest') else ''}. " +
                    (f"The graph records for {name}: {'; '.join(map(achievement, held))}." if held else
                     f"None of the awards the graph records for {name} is the one you ask about."))
        lead = (_unmatched_award(name, question) + " " if set(awards_not_held(expert, question)) & set(
                    untranslated_awards(question)) else
                f"None of the awards the graph records for {name} is the one you ask about. "
                if awards_not_held(expert, question) and not one_of_them(expert, question, "awards")
                else _year_verdict(expert, question) or
                ("Yes. " if asked_awards(question) and not asks_when(question) else ""))
        if lead == "Yes. " and _INAUGURAL_EN.search(question):  # "Was Wang Yongzhi the first winner of …?" / "the
            lead = f"The graph records {name}'s award (below), not whether it was the first awarded. "  # inaugural
            # winner": Yes of any holder (rt146)
        if lead.startswith("Yes") and AWARD_FOR_WORK_EN.search(question) and (held := asked_held(expert, question)):
            # "… won it in 2009 because he designed the J-20, right?": the award is held, what for is recorded nowhere
            lead = (f"The graph records for {name}: {'; '.join(map(achievement, held))}; its award records do not say "
                    "what an award was given for, so the reason you give cannot be confirmed. ")  # (Yes was said, rt126)
        if lead.startswith("None") and written_in_part(expert, question):  # one written in the biography,
            lead = f"Of what you ask about, {name}'s biography names some (quoted below); neither the graph's award " \
                "records nor the biography hold the rest. "  # one nowhere (rt67)
        if lead.startswith("None") and (ungraded := ungraded_held(expert, question)):  # recorded without the grade
            lead = f"The graph records {name}'s {', '.join(dict.fromkeys(a.name for a in ungraded))} without its " \
                   "grade, so the one you ask about cannot be confirmed. "
        if lead == "Yes. " and _NEGATED_EN.search(question) and (held := asked_held(expert, question)):
            # "I believe he was never elected to the Chinese Academy of Engineering": a Yes reads either way (it
            # followed a No of the same record, rt102); what the record holds is said instead
            lead = f"The graph records for {name}: {'; '.join(map(achievement, held))}. "
        if lead == "Yes. " and _HOW_MANY_TIMES.match(question):  # "How many times did he win …?": a number, no Yes
            # (rt89) — the records of it, and the biography's count where it writes one
            held = asked_held(expert, question)
            written_n = written_count(expert, question)
            lead = (f"The graph records {len(held)} award record{'s' if len(held) != 1 else ''} of what you ask for "
                    f"{name}: {'; '.join(map(achievement, held))}. " +
                    (f"{name}'s biography gives its own number (quoted below). " if written_n is not None else ""))
        if lead.startswith("None of the awards") and (seat := other_seat(expert, question)) and \
                not other_award_missing(expert, question) and any(not a.endswith("院士") for a in asked_awards(question)):
            # "Which national awards does she hold? She is a CAE academician …, right?": the seat corrected, the awards
            # asked answered (it said none of her awards was asked, above her national award, rt114)
            held = [a for a in asked_held(expert, question) if not a.name.endswith("院士")]
            lead = f"The graph records {name} as {seat}, not as a member of the academy you mention. " + (
                f"Of the awards you ask about, the graph records for {name}: {'; '.join(map(achievement, held))}. "
                if held else "")
        if lead == "Yes. " and re.match(r"(?i)\s*(?:which|what)\b", question) and (held := asked_held(expert, question)):
            # "Which national awards does Hou Fanfan hold?": those, no Yes (rt114)
            lead = f"Of the awards you ask about, the graph records for {name}: {'; '.join(map(achievement, held))}. "
        if lead == "Yes. " and one_of_them(expert, question, "awards"):  # "… the National Natural Science Award or the
            # Technological Invention Award?": yes, the one held
            lead = f"Yes. Of the awards you ask about, the graph records for {name}: " + \
                "; ".join(map(achievement, asked_held(expert, question))) + ". "
        elif lead == "Yes. " and awards_not_held(expert, question, biography_too=False):  # only the biography names it
            lead = f"The graph's award records do not list this; {name}'s biography says more below. "
            if len(asked := asked_awards(question)) == 1 and written_award(expert, question):  # the year it writes
                from generation.year_gaps import written_year  # decides ("… the Two Bombs and One Satellite medal in
                # 1985, right?" of 1999: no verdict, rt100)
                dated, year = re.search(r"\b((?:19|20)\d\d)\b", question), written_year(expert, asked[0])
                lead = f"The graph's award records do not list this, but {name}'s biography writes it (quoted below). " \
                    if year is None or dated is None else \
                    (f"Yes: {name}'s biography gives the year you say (quoted below)" if year == int(dated.group(1))
                     and not _TOGETHER_EN.search(question) else
                     f"{name}'s biography gives the year you say, but whether it was shared with the one you name "
                     "cannot be confirmed from its Chinese text (quoted below)" if year == int(dated.group(1))
                     else f"No: {name}'s biography gives a different year (quoted below)") + \
                    "; the graph's award records do not list it. "  # (no year named: the guard holds it to records)
        seats = [a.name for a in expert.awards if a.name.endswith("院士")] if lead.startswith("None") and \
            asks_seat(question) and not foreign_seat_only(question) and not other_academy_asked(question) else []
        # (not of "the French Academy", nor beside "TWAS in 2004": her CAS seat was said a "No", rt131)
        if seats:  # Is he a CAS member? of a 中国工程院院士: no, and the seat the record holds
            lead = f"No. The graph records {name} as {'、'.join(seats)}. "
        if lead == "Yes. " and (more := beyond_asked(expert, question)):  # "only a CAE member" of both academies
            lead = f"No. The graph also records for {name}: {'; '.join(map(achievement, more))}. "
        if _EITHER_SEAT.search(question):  # "Is he a CAS or CAE academician?": which, not yes or no
            held = [a.name for a in expert.awards if a.name.endswith("院士")]
            lead = f"The graph records {name} as {'、'.join(held)}. " if held else \
                f"The graph records no academy seat of {name}. "
        if asks_when(question) and not lead.strip() and (when := when_held(expert, question)) is not None:
            lead = (f"The graph records for {name}: {'; '.join(map(achievement, when))}. " if when  # When was he elected?
                    else f"The graph records no year for this of {name}'s. ")
        if asks_when(question) and not any(a.year for a in expert.awards):  # When was he elected? No year recorded
            lead += f"The graph records no year of {name}'s awards or election. "
        if AWARD_TALLY.search(question) and not lead.strip():  # How many awards does he have?: counted, seats apart
            awarded = sum(not a.name.endswith("院士") for a in expert.awards)  # (the guard counts "holds N awards")
            lead = f"{name} holds {'one award' if awarded == 1 else f'{awarded} awards' if awarded else 'no awards'} " \
                "on record besides academy membership (the graph's award records; a biography may name more). "
        return f"{lead}{name}'s achievements in the graph: {'; '.join(map(achievement, expert.awards))}."
    if attribute == "institution":
        if not expert.institution:
            return f"The expert knowledge graph holds no institution of {name}."
        elsewhere = other_orgs(expert, question)
        unread = bool(elsewhere) and all(not re.search(r"[\u4e00-\u9fff]", o) and not org_read(o) for o in elsewhere)
        # ("Wu Mengchao heads the Eastern Hepatobiliary Surgery Hospital": a name no table reads, which his biography
        # writes 第二军医大学东方肝胆外科医院 — "No" was said, rt112)
        lead = (f"Yes, by {name}'s biography, which names the institution you ask about (quoted below). The graph's "
                "institution record: " if biography.org_written(elsewhere, biography.quotes(expert) or ())
                else "The graph's records are in Chinese, and the institution you name could not be matched to a "
                "Chinese name, so this can be neither confirmed nor denied. The graph's institution record: " if unread
                else f"Not by the graph's institution records: they record {name} at another institution than the one "
                "you ask about. The graph's institution record: "  # (not "the biography does not name it", said unread
                # of 刘永坦's, which writes 就读于…清华大学, rt134)
                if elsewhere and not one_of_them(expert, question, "institution") and not biography.quotes(expert)
                and _EVER_EN.search(question)
                else f"The graph records {name} at another institution than the one you ask about; the biography "
                "sentences quoted below are all it says of the one you ask about. The graph's institution record: "
                if elsewhere and not one_of_them(expert, question, "institution") and _EVER_EN.search(question)
                else f"No. The graph records {name} at another institution than the one you ask about. "
                if elsewhere and not one_of_them(expert, question, "institution")
                else "Yes. " if asked_orgs(question) else "")  # ("Tsinghua or Zhengzhou University?": one is his)
        return f"{lead}{name} works at {expert.institution}" + (f" ({expert.title})." if expert.title else ".")
    if attribute == "sources":
        pages = list(dict.fromkeys(c.url for c in expert.citations if c.url))
        return (f"The knowledge graph does not record a homepage of {name}; its record of {name} comes from these pages: " +
                ", ".join(pages) + "." if pages else f"The knowledge graph does not record a homepage or web link of {name}.")
    if attribute == "projects":
        funded = [f"the {funder(c)} project 《{c.title}》" for c in expert.citations if c.title and funder(c)]
        return (f"The graph records that {name} led {'; '.join(funded)}." if funded
                else f"The expert knowledge graph holds no funded projects of {name}.")
    if attribute == "fields":
        return (f"{name}'s fields: {'、'.join(expert.fields)}." if expert.fields
                else f"The expert knowledge graph holds no fields of {name}.")
    if attribute == "directions":
        if said is not None and expert.directions:
            return f"{_count_verdict_en(said, len(expert.directions))} The graph records {len(expert.directions)} " \
                f"research directions of {name}: {'、'.join(expert.directions)}."
        return _topic_verdict(expert, question, similarity) + \
            (f"{name}'s research directions: {'、'.join(expert.directions)}." if expert.directions
             else f"The expert knowledge graph holds no research directions of {name}.")
    return describe_expert_en(expert)


def _count_verdict_en(said: int, held: int) -> str:
    """Yes or no to a number a question says of the record (6 research directions? of a record listing 5)."""
    return "Yes." if said == held else "No."


def _same_place_en(experts: list[ExpertMatch], question: str = "") -> str:
    """`generation.grounded.describe_same_place` in English."""
    some, city = same_place_asked(question)
    if some or city:
        groups, missing = shared_places(experts, city)
        each = "; ".join(f"{e.name} works at {e.institution}" + (f" ({e.city})" if city and e.city else "")
                         for e in experts if e.institution)
        shared = "; ".join((f"{' and '.join(e.name for e in g)} are both at {p}" if len(g) == 2 else
                            f"{', '.join(e.name for e in g)} are all at {p}")
                           if city or len({e.institution for e in g}) == 1 else
                           " and ".join(f"{e.name} ({e.institution})" for e in g) + " are at one institution, its name "
                           "written two ways" for p, g in groups)
        unknown = (f" The graph holds no {'city' if city else 'institution'} of {', '.join(e.name for e in missing)}."
                   if missing else "")
        verdict = {"open": "It cannot be told.", "no": "No.", "yes": "Yes.", "not_all": "Not all of them."}[
            same_place_verdict(experts, groups, missing, city, some)]
        return verdict + (f" By the graph's records, {shared}." if groups else "") + f" The graph records: {each}." + unknown
    unknown = [e.name for e in experts if not e.institution]
    each = "; ".join(f"{e.name} works at {e.institution}" for e in experts if e.institution)
    if unknown:
        return f"The graph holds no institution of {', '.join(unknown)}, so this cannot be told." + \
            (f" {each}." if each else "")
    if all(same_org(e.institution, experts[0].institution) for e in experts):  # 中科院物理所 is 中国科学院物理研究所
        # ("No" was said of the two, rt89)
        if len({e.institution for e in experts}) > 1:
            return f"Yes. The graph records: {each} — one institution, its name written two ways."
        if FINER_UNIT.search(question):  # "colleagues in the same department?": the institution only is recorded
            return f"The graph records {' and '.join(e.name for e in experts)} all at {experts[0].institution}; it " \
                   "records no departments, laboratories or groups, so the same one cannot be confirmed."
        return f"Yes. The graph records {' and '.join(e.name for e in experts)} all at {experts[0].institution}."
    return f"No. The graph records: {each}."


def describe_common_en(experts: list[ExpertMatch]) -> str:
    """`generation.grounded.describe_common` in English."""
    lines = []
    for kind, value, names in shared_facts(experts):
        who = " and ".join(names) if len(names) == 2 else ", ".join(names[:-1]) + " and " + names[-1]
        lines.append(f"{who} both work at {value}." if kind == "institution" and len(names) == 2 else
                     f"{who} all work at {value}." if kind == "institution" else
                     f"{who} are in the field {value}." if kind == "field" else
                     f"{who} were elected in the same year: {value}." if kind == "elected" else f"{who} each hold {value}.")
    tail = "They all work on topics related to your problem (see each one's reasons)."
    if not lines:
        return "By the knowledge graph's records, these experts share no institution, field or award. " + tail
    return "By the knowledge graph's records:\n" + "\n".join(lines) + "\n" + tail


def compare_named_en(experts: list[ExpertMatch]) -> str:
    """`generation.grounded.compare_named` in English."""
    def row(label: str, said: Callable[[ExpertMatch], str]) -> str:
        return f"{label}: " + "; ".join(f"{e.name}, {said(e)}" for e in experts) + "."

    def held(e: ExpertMatch, seats: bool) -> str:
        found = [achievement(a) for a in e.awards if a.name.endswith("院士") == seats]
        return "; ".join(found) if found else "none recorded"
    return "The expert knowledge graph does not rank experts against each other. Their records in the graph:\n\n" + \
        "\n\n".join(describe_expert_en(e, i) for i, e in enumerate(experts, 1)) + \
        "\n\nItem by item (as the graph records them):\n" + "\n".join([
            row("Institution", lambda e: e.institution or "none recorded"),
            *([row("Elected", lambda e: held(e, True))] if any(a.name.endswith("院士") for e in experts
                                                                for a in e.awards) else []),
            row("Fields", lambda e: "、".join(e.fields) if e.fields else "none recorded"),
            row("Other awards", lambda e: held(e, False))])


def describe_election_order_en(experts: list[ExpertMatch], seat: str | None = None, latest_first: bool = False) -> str:
    """`generation.grounded.describe_election_order` in English ("newest first": the latest first, rt65)."""
    dated, undated = election_years(experts, seat)
    dated = dated[::-1] if latest_first else dated
    parts = []
    if dated:
        order = ", latest first" if latest_first else ", earliest first"
        parts.append(f"By the election years the graph records{order if len(dated) > 1 else ''}: "
                     + "; ".join(f"{e.name} {achievement(a)}" for e, a in dated) + ".")
        if len(dated) > 1 and (tied := sorted({a.year for _, a in dated if sum(b.year == a.year for _, b in dated) > 1})):
            parts.append("; ".join(" and ".join(e.name for e, a in dated if a.year == y) for y in tied)
                         + " were elected in the same year; the graph does not record who came first within a year.")
    other = election_years(undated)[0] if seat else []  # (the seat the record holds instead, rt83)
    parts += [f"The graph records {e.name} as {achievement(a)}, not the academy you mention." for e, a in other]
    if undated := [e for e in undated if all(e.id != o.id for o, _ in other)]:
        parts.append(f"The graph records no election year of {', '.join(e.name for e in undated)}.")
    return " ".join(parts)


# "Which of them was NOT elected after 2010?", "Who among them has never won …?": asked of those who do not
_NEGATED_WHICH = re.compile(r"\b(?:which|who)\b[^?]*?(?:\b(?:not|never|no)\b|n't\b)", re.IGNORECASE)


def describe_group_en(experts: list[ExpertMatch], attribute: str | None, question: str, ordinal: int | None = None,
                      compare: bool = False, same: bool = False, similarity: Similarity | None = None) -> str:
    """`generation.grounded.describe_group` in English."""
    names = ", ".join(e.name for e in experts)
    if ordinal is not None:
        return f"The experts just recommended are {names}; the position you ask about is not in that list."
    if compare:
        if (ordered := by_strength(experts)) is None:
            return ("The expert knowledge graph does not rank experts against each other. The experts above are, in "
                    f"the order they were retrieved: {names}. Please choose by their research directions and your problem.")
        ranked = ", ".join(f"{e.name} (match strength {e.strength}, "
                           f"{_STRENGTH.get(e.strength_label or '', e.strength_label)})" for e in ordered)
        return ("The expert knowledge graph does not rank experts against each other. From the closest match to your "
                f"problem down: {ranked}. Please choose by their research directions and your problem.")
    if same and len(experts) >= 2:
        return _same_place_en(experts, question)
    if attribute and (most := _more_awarded_en(experts, attribute, question)):  # "Who has the most awards?": who,
        return most + "\n".join(describe_attribute_en(e, attribute, "", similarity) for e in experts)  # then each list
    if attribute:
        holders = award_holders(experts, attribute, question)  # Are they all CAE members? the overall verdict first
        if holders is not None and _NEGATED_WHICH.search(question):  # "Which of them was NOT elected after 2010?":
            # those whose records do not (it named the one who was), each line without its yes/no to the positive
            others = [e for e in experts if e not in holders]
            lines = [re.sub(r"^(?:Yes|No)\b[^.]*\.\s*", "", describe_attribute_en(e, attribute, question, similarity))
                     for e in experts]
            return ("According to the graph's records, every one of them does." if not others else
                    f"According to the graph's records, these do not: {', '.join(e.name for e in others)}.") + \
                "\n" + "\n".join(lines)
        names = " and ".join(", ".join(e.name for e in holders).rsplit(", ", 1)) if holders else ""
        verdict = "" if holders is None else "According to the graph's records, none of them.\n" if not holders else \
            f"According to the graph's records: {names}.\n" if _WHICH_OF.search(question) else \
            f"{len(holders)} of the {len(experts)}, according to the graph's records: {names}.\n" \
            if re.match(r"\s*how\s+many\b", question, re.IGNORECASE) else \
            "Yes, all of them.\n" if len(holders) == len(experts) else \
            f"Not all. According to the graph's records, only {names}.\n"
        return verdict + "\n".join(describe_attribute_en(e, attribute, question, similarity) for e in experts)
    if INTRODUCE.search(question):  # "Introduce A and B": their records
        return "\n\n".join(describe_expert_en(e, i) for i, e in enumerate(experts, 1))
    return (f"The experts just recommended are: {names}. You can ask about one of them, for example \"What awards has "
            "the first one won?\".")


def _more_awarded_en(experts: list[ExpertMatch], attribute: str | None, question: str) -> str:
    """`generation.grounded.most_awarded` in English ("Who has the most awards?"); "" when not asked. As in Chinese,
    the verdict is said to be of the structured records where a biography's honours are quoted beside, uncounted."""
    if (found := most_awarded(experts, attribute, question)) is None:
        return ""
    leaders, national, fewest, any_held = found
    what = "national science awards" if national else "awards and honours"
    if not any_held:
        return f"According to the graph's records, none of them holds any {what}.\n"
    written = not national and any(biography.quotes(e) for e in experts)
    basis = "According to the graph's structured award records" if written else "According to the graph's records"
    note = " (other honours their biographies write, quoted below, are not counted)" if written else ""
    names = " and ".join(", ".join(e.name for e in leaders).rsplit(", ", 1))
    one = "holds" if len(leaders) == 1 else "hold"
    if len(leaders) == len(experts):
        said = f"{names} hold as many {what} as each other"
    elif fewest:  # "Who has the fewest awards?"
        said = f"{names} {one} the fewest {what} of them"
    elif len(leaders) > 1:
        said = f"{names} are tied for the most {what}"
    elif len(experts) == 2:
        said = f"{names} holds more {what} than {next(e.name for e in experts if e not in leaders)}"
    else:
        said = f"{names} holds the most {what} of them"
    return f"{basis}, {said}{note}.\n"


def describe_sources_en(sources: list[tuple[str, int]]) -> str:
    """`generation.grounded.describe_sources` in English."""
    if not sources:
        return "The knowledge graph's expert records carry no source."
    said = "; ".join(f"{SOURCE_LABELS[s][1] if s in SOURCE_LABELS else f'data imported as “{s}”'} ({n} experts)"
                     for s, n in sources)
    return (f"By the sources recorded when they were imported, the knowledge graph's experts come from: {said}. The "
            "sources listed with each recommended expert are where that expert's information comes from; I give "
            "nothing from outside the graph.")
