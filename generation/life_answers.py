"""Answers from an expert's biography and places: life topics asked, record gaps, namesakes, where an institution is."""

from __future__ import annotations

import re
from collections.abc import Sequence

from generation import biography
from generation.conversation import CITATIONS, Intent, expand_org_aliases, in_chinese_names, unheld_requests
from generation.conversation.unheld_asked import NEARNESS
from generation.english_turns import english_reading
from generation.grounded import (
    AWARD_TALLY,
    asked_awards,
    asked_orgs,
    asked_post,
    asks_most_awards,
    asks_only_except,
    asks_when,
    award_forms,
    awards_not_held,
    describe_unheld,
    other_orgs,
    post_elsewhere,
    post_unwritten,
    said_count,
    untranslated_awards,
    when_held,
    year_check,
)
from generation.grounded_en import describe_unheld_en
from generation.year_gaps import asks_age_at, asks_age_at_order, asks_gap, describe_age_at, election_age_order
from retrieval.english_names import PLACES_EN, english_place, org_clues, recorded_place
from retrieval.models import PROVINCE_CITIES, ExpertMatch
from retrieval.requirements import PLACE_NAMES
from retrieval.script import simplified


def states_born_in(place: str, profile: str) -> bool:
    """Whether a biography says the expert was born in or comes from `place` (1931年生于上海, 江苏苏州人)."""
    head = profile[:300]
    return bool(re.search(rf"(?:生于|出生于|出生在|生在)[^，。；;]{{0,8}}?{re.escape(place)}|{re.escape(place)}(?:省|市)?"
                          rf"[\u4e00-\u9fff]{{0,4}}?人(?![才员工士们民类体力])|籍贯[^，。；;]{{0,4}}?{re.escape(place)}", head))


# a question for every honour, or for kinds the structured record does not keep (国际奖项, 外籍院士, 省部级奖励)
_MORE_HONOURS = re.compile(r"(?:哪些|什么|所有|全部|其他|其它)的?(?:国际|外国|国外|海外|省部级|其他|其它)?的?(?:荣誉|奖项|奖励|称号|奖(?=[？?吗呢。]|$)|"
                           r"外籍院士|科学院|工程院)|(?:国际|外国|国外|海外|省部级|外籍)的?(?:奖|荣誉|院士|科学院|工程院)|"
                           r"\b(?:international|foreign)\s+(?:awards?|prizes?|honou?rs|academ\w+)\b|\b(?:what|which)\s+honou?rs\b|"
                           r"\ball\s+(?:(?:of\s+)?(?:his|her|their|the)\s+)?(?:awards|honou?rs)\b", re.IGNORECASE)


def _record_gaps(intent: Intent, experts: list[ExpertMatch], question: str) -> tuple[biography.BioTopic, ...]:
    """For a question the structured record cannot answer for someone asked about — an award it lacks (他获得过沃尔夫奖
    吗？), a year it lacks (他哪年当选院士？), an institution it lacks (袁隆平在哪个单位？) — the biography sentences on it."""
    about = [intent.expert] if intent.kind == "about" and intent.expert is not None else experts
    if "institution" in (intent.attribute, *intent.attributes) and any(not e.institution for e in about):
        return (biography.WORKPLACE,)  # 袁隆平在哪个单位？ with no institution recorded: what his biography says
    if "institution" in (intent.attribute, *intent.attributes) and (orgs := [
            o for e in about for o in other_orgs(e, question) if re.search(r"[\u4e00-\u9fff]", o)]):
        return (biography.words_topic(orgs),)  # 王梦恕是北京交通大学教授吗？ of one recorded at another: what his
        # biography writes of it (北京交通大学…中心主任、博导、教授: it said 不是, rt66)
    if asks_gap(question) and len(about) == 1 and awards_not_held(about[0], question):  # 于敏获得两弹一星功勋奖章，距离他
        # 获得国家自然科学奖一等奖过了几年？: the sentence dating the medal, which no record holds (neither was dated, rt120)
        return (biography.award_topic({f for a in asked_awards(question) for f in award_forms(a)}),)
    if "awards" not in (intent.attribute, *intent.attributes):
        return ()
    if _MORE_HONOURS.search(question) or asks_only_except(question) or AWARD_TALLY.search(question) or \
            untranslated_awards(question) or \
            asks_most_awards(question):  # 他获得过哪些荣誉？ 是哪些外国工程院的院士？ 除了院士之外没有获得过任何奖吧？
        # 谁获奖更多？ 一共多少项？: what the biography lists too (林尚扬's 巴顿奖 uncounted: 一样多 was said of him and 潘际銮,
        # rt48), with the sentence naming the award asked (俄罗斯宇航科学院外籍院士, beyond the first honours quoted, rt67)
        forms = {f for a in asked_awards(question) for f in award_forms(a)}
        return (biography.HONOURS,) + ((biography.award_topic(forms),) if forms else ())
    when = asks_when(question) or bool(biography.YEAR.search(question))  # 哪年当选？ 是不是1991年当选的？
    if not any(awards_not_held(e, question) or when and (not any(a.year for a in e.awards) or when_held(e, question) == [])
               or said_count(question) is not None or (check := year_check(e, question)) is not None and check[0] is False
               or re.search(r"(?:几|多少)(?:次|项|回)", question)  # 获得过几次…？: the biography may count it otherwise
               for e in about):  # (刘永坦是哪一年当选工程院院士的？: that seat recorded without its year, the other with;
        return ()  # 获得过两项…吧？ 1992年获得过…吗？: the biography may count or date it otherwise)
    asked = asked_awards(question)
    forms = {f for a in asked for f in award_forms(a)} | ({"院士"} if when and not asked else set())
    return (biography.award_topic(forms),) if forms else ()


def _namesakes(intent: Intent, experts: list[ExpertMatch]) -> list[str]:
    """For each name several of the turn's experts bear, that the graph holds more than one expert of the name and
    where each works, in the order their records follow (…以下的记录依次是华中科技大学的周济、清华大学的周济。): no count,
    which the guard would read as a census."""
    about = [intent.expert] if intent.kind == "about" and intent.expert is not None else list(intent.experts or experts)
    said = []
    for name in dict.fromkeys(e.name for e in about):
        twins = [e for e in about if e.name == name]
        if len(twins) > 1:
            if intent.english:
                said.append(f"The knowledge graph holds more than one expert named {name}; the records below are, in "
                            f"order, those of the {name} at " + ", ".join(e.institution or "(no institution recorded)"
                                                                       for e in twins) + ".")
            else:
                said.append(f"知识图谱中同名的专家{name}不止一位，以下的记录依次是" + "、".join(
                    f"{e.institution}的{name}" if e.institution else f"单位未记录的{name}" for e in twins) + "。")
    return said


# a seat on a body said of someone (全国政协常委, 全国人大代表, 学术委员会主任): its words, looked for in the biography
_MEMBER_POST = re.compile(r"(?<![我你])是(?P<p>[^，,。？?是]{2,16}?(?:常委|委员|代表|主席|主任|理事|主编|馆长))"
                          r"(?=吗|吧|么|嘛|[，,]|对|[？?]|$)")


def _asked_topics(question: str, experts: list[ExpertMatch] = ()) -> tuple[biography.BioTopic, ...]:
    """The life topics a turn asks about, an English one read with the Chinese words it amounts to as well ("Is he
    from Jiangxi?" → 哪里人; "Did he develop …?" → 主要成果; "Where is Shen Changyu from?" of `experts`' 申长雨)."""
    question = in_chinese_names(simplified(question), list(experts))  # 他在哪裡讀的博士？ asks what 他在哪里读的博士？ asks
    topics = biography.asked(f"{question} {english_reading(expand_org_aliases(question)) or ''}")
    if "职务" in unheld_requests(question) and not any(t.unheld == "职务" for t in topics):  # 是西北工业大学的校长，还在…，对吗？:
        topics += tuple(t for t in biography.TOPICS if t.unheld == "职务")  # the posts the biography writes, not "no
        # post information" (rt75)
    if any(t.unheld == "职务" for t in topics) and (orgs := [o for o in asked_orgs(expand_org_aliases(question))
                                                             if re.search(r"[\u4e00-\u9fff]", o)] + biography.post_orgs(question)):
        topics += (biography.words_topic(orgs),)  # 胡盛寿现任阜外医院院长吗？: the sentences naming it (the first three on
        # his posts left it out, and it was said unwritten, rt67)
    if any(t.unheld == "职务" for t in topics) and (post := asked_post(question)):
        topics += (biography.words_topic([post]),)  # 郑时龄曾任同济大学副校长吗？: the sentence writing 副校长 (the first
        # three on his posts left it out, and it was said unwritten, rt81)
    if any(t.unheld == "职务" for t in topics) and (member := _MEMBER_POST.search(question)):
        topics += (biography.words_topic([member.group("p")]),)  # 他是全国政协常委吗？: the sentence writing it (rt87)
    if any(t.name == "主要成果" for t in topics) and (worked := biography.work_words(question)):
        topics += (biography.words_topic(worked),)  # 他有没有参与过三峡工程？: the sentences naming 三峡 (rt75)
    if acronyms := [a for a in dict.fromkeys(_ACRONYM.findall(question)) if not _NO_ACRONYM.fullmatch(a)]:
        topics += (biography.words_topic(acronyms),)  # "Did he lead the fight against SARS in 2003?": the sentences
        # naming SARS (it said the biography did not write it, rt98)
    if clues := [c for o in asked_orgs(question) if not re.search(r"[\u4e00-\u9fff]", o) for c in org_clues(o)]:
        topics += (biography.words_topic(clues),)  # "Did he work at Laval University / Nanchang University?": the
        # sentences naming it (none was quoted, and "No" was said of what the biography writes, rt71)
    return topics


# an acronym a question names (SARS, LTCC, MEMS), as biographies write them; not the academies' and prizes' own
_ACRONYM = re.compile(r"(?<![A-Za-z])[A-Z][A-Z0-9]{1,7}(?![A-Za-z])")
_NO_ACRONYM = re.compile(r"CAS|CAE|PRC|USA|US|UK|I|A|AI|OK|JSON|CSV|PhD|NSFC|\d+")


LIFE_UNHELD = "年龄、学历、师生等个人经历"


_RESUME = re.compile(r"简历|履历|生平|经历|\b(?:cv|résumé|resume|biography|bio|life\s+story|background)\b", re.IGNORECASE)


def _life(question: str, experts: list[ExpertMatch], unheld: tuple[str, ...], english: bool,
          about: ExpertMatch | None = None, counted: int = 0) -> str:
    """What the experts' biographies say on the life topics the question asks (quoted), then that the graph does not
    hold the rest of what was asked (contact details, …); `counted`: the experts are all those a count counted."""
    topics = _asked_topics(question, experts)
    # a biography of any of them holds the answer or says nothing on it (他们还在世吗？ of three biographies silent on
    # it: each said silent); with no biography at all, as for anything the graph does not hold
    held = topics and any(biography.quotes(e) is not None for e in experts)
    names = [e.name for e in experts]
    parts = [(biography.describe_en if english else biography.describe)(e, topics, question, names) for e in experts] \
        if held else []
    at_event = (election_age_order(experts, question, english) or describe_age_at(experts, question, english)) \
        if held and (asks_age_at(question) or asks_age_at_order(question)) else None  # …获得…奖时的平均年龄是多少，谁获奖时
    # 年纪最大？: the ages at that award (the birth order was said, naming one who was not the oldest then, rt129)
    if at_event:
        parts.insert(0, at_event)
    elif held and (order := biography.birth_order(experts, question, english, counted=counted)):  # 他们谁年纪最大？
        parts.insert(0, order)
    answered = {t.unheld for t in topics} if parts else set()
    if held and any(_CITATIONS_WRITTEN.search(q) for e in experts for q in biography.quotes(e) or ()):
        answered.add(CITATIONS)  # 被引证数达20000余次 quoted: not also "no citation counts held" (rt73)
    if parts and _RESUME.search(question):  # 李培根的简历: the biography quoted is the answer, not "none held"
        answered.add(LIFE_UNHELD)
    if "所在地" in unheld and any(e.province for e in experts):  # 他们都在哪个城市？: where the graph places their
        parts.append(_placed(experts, english, question))  # institutions (kg/places.py), not "no locations recorded"
        answered.add("所在地")
    rest = tuple(u for u in unheld if u not in answered)
    if rest:
        parts.append(describe_unheld_en(rest, about) if english else describe_unheld(rest, about))
    if len(experts) == 1 and any(t.unheld == "职务" for t in topics) and \
            post_unwritten(question, biography.quotes(experts[0]) or ()):
        # 赵忠贤是中国科学院院长吧？ 他是武汉大学校长吧？: quotes of other posts read as an answer; what is unwritten, said
        parts.insert(0, f"The biography of {experts[0].name} in the graph does not say that they held the post you ask "
                     "about." if english else f"知识图谱中{experts[0].name}的简介没有写到您问到的这一职务。")
    if len(experts) == 1 and any(t.unheld == "职务" for t in topics) and \
            post_elsewhere(experts[0], expand_org_aliases(question), biography.quotes(experts[0]) or ()):
        # 他是清华大学校长吧？ of one at 中国科学技术大学
        one = experts[0]
        parts.insert(0, f"The graph records {one.name} at {one.institution}, not at the institution you mention." if english
                     else f"知识图谱记录的{one.name}的单位是{one.institution}，不是您提到的单位。")
    return "\n\n".join(parts)


def _unwritten_said(name: str, question: str, missing: list[str], english: bool) -> str:
    """That the biography does not write some of the work a question names, those it writes named (not the others: the
    guard reads SHA-256's 256 as a figure and 秦山核电站 as a workplace claimed of the expert)."""
    written = [w for w in biography.work_words(question) if w not in missing]
    if english:
        said = f"writes {', '.join(f'“{w}”' for w in written)} but not the rest of what you name" if written else \
            "does not write what you ask about"
        return f"The biography of {name} in the graph {said}."
    said = f"写到了{'、'.join(f'“{w}”' for w in written)}，没有写到您提到的其余几项" if written else \
        f"没有写到您提到的{'这一项' if len(missing) == 1 else '这几项'}"
    return f"知识图谱中{name}的简介{said}。"


def _which_namesake(counted: list[tuple[str, int, list[str]]], english: bool) -> str:
    """For people called by surname alone: how many experts of the graph bear each surname (with a few of them named,
    in the census's order), then a request for the full name."""
    lines = []
    for surname, total, names in counted:
        if not total:
            lines.append(f"The expert knowledge graph holds no expert surnamed {surname}." if english else
                         f"知识图谱中没有姓{surname}的专家。")
            continue
        some = ("、" if not english else ", ").join(names)
        lines.append(f"The expert knowledge graph holds {total} experts surnamed {surname} (e.g. {some}); the surname "
                     "alone does not say which one you mean." if english else
                     f"知识图谱中姓{surname}的专家共{total}位（例如{some}），只凭姓氏无法确定您指的是哪一位。")
    lines.append("Please give the full name, or ask e.g. “姓王的做高分子的院士有哪些？”." if english else
                 "请给出全名，或者这样问：“姓王的做高分子的院士有哪些？”。")
    return "\n".join(lines)


def _place_of(name: str, held: bool, province: str | None, city: str | None, english: bool, said: str = "") -> str:
    """Where the graph places an institution asked about, that it records none, or that it holds no such institution;
    first 是/不是 of a place the question `said` it is in, when the graph records one."""
    where = recorded_place(province, city, english)
    if said and where:
        yes = said in (province, city) or city in PROVINCE_CITIES.get(said, ())
        verdict = ("Yes. " if yes else "No. ") if english else ("是。" if yes else "不是。")
        return verdict + _place_of(name, held, province, city, english)
    if english:
        return (f"The expert knowledge graph places {name} in {where}." if where else
                f"The expert knowledge graph records no place for {name}." if held else
                f"The expert knowledge graph holds no institution named {name}.")
    return (f"知识图谱记录的{name}所在地为{where}。" if where else f"知识图谱没有记录{name}的所在地。" if held
            else f"知识图谱中没有名为{name}的单位。")


def _placed(experts: Sequence[ExpertMatch], english: bool, question: str = "") -> str:
    """Where the graph places each expert's institution (province, city), or that it records no place for it; asked
    who is nearest a place, who is in its city or province (the graph records no distances)."""
    lines = []
    for e in experts:
        where = recorded_place(e.province, e.city, english)
        if english:
            lines.append(f"{e.name}: {e.institution}, which the graph places in {where}." if where else
                         f"{e.name}: the graph records no place for {e.institution or 'an institution'}.")
        else:
            lines.append(f"{e.name}的单位{e.institution}位于{where}。" if where else
                         f"知识图谱没有记录{e.name}的单位{e.institution or ''}所在地。")
    lead = "Where the graph places their institutions:" if english else "知识图谱记录的单位所在地如下。"
    which = [] if not question or _NEAR.search(question) or not _WHICH_ONE.search(question) else \
        list(dict.fromkeys(PLACES_EN.get(m.group().lower(), m.group()) for m in _PLACE.finditer(question)))[:3]
    answer = "".join(_placed_near(experts, asked, english) + ("\n" if english else "") for asked in which)  # 哪位在上海？:
    # who, first (the places were listed with no answer drawn, rt96)
    return answer + ("\n" if answer and not english else "") + lead + "\n" + "\n".join(lines) + \
        _nearness(experts, question, english)


# a question that asks which of them is somewhere (哪位在上海？ 谁的单位在江苏？ "Which one is in Sichuan?")
_WHICH_ONE = re.compile(r"哪一?位|哪几位|哪些|谁|有没有|(?:他们|她们|其中|这几位|这些专家)[^，。？?]{0,4}有|\b(?:which|who|any)\b",
                        re.IGNORECASE)  # ("Are any of them based in Shanghai?" 他们中有在上海的吗？: none said, rt128)


def _nearness(experts: Sequence[ExpertMatch], question: str, english: bool) -> str:
    """For 哪位离苏州最近？ ("closest to Hainan or Guangdong?"): that distances are not recorded, and who is placed in
    each place named, city or province."""
    if not question or not _NEAR.search(question):
        return ""
    note = "\nThe graph records the places of institutions, not distances." if english else \
        "\n知识图谱只记录单位所在的省市，不记录距离。"
    first = _PLACE_ASKED.search(question)
    named = [PLACES_EN.get(m.group().lower(), m.group()) for m in _PLACE.finditer(question, first.start(1))] if first else []
    return note + "".join((" " if english else "") + _placed_near(experts, asked, english)
                          for asked in list(dict.fromkeys(named))[:3])


def placed_among(experts: Sequence[ExpertMatch], question: str, english: bool) -> str:
    """Who of several experts the graph places in the place a question asks about (他们中有在上海的吗？: 其中没有单位记录在
    上海的专家), "" when it asks about no place or no one of them."""
    if len(experts) < 2 or _NEAR.search(question) or not _WHICH_ONE.search(question):
        return ""
    which = list(dict.fromkeys(PLACES_EN.get(m.group().lower(), m.group()) for m in _PLACE.finditer(question)))[:3]
    return (" " if english else "").join(_placed_near(experts, asked, english) for asked in which)


def _placed_near(experts: Sequence[ExpertMatch], asked: str, english: bool) -> str:
    """Who of `experts` the graph places in the city `asked` or its province (or in the province `asked`)."""
    province = next((p for p, cities in PROVINCE_CITIES.items() if asked in cities), asked)
    city = [e.name for e in experts if asked != province and e.city == asked]
    near = [e.name for e in experts if e.province == province and e.name not in city]
    unplaced = [e.name for e in experts if not e.province]  # (no institution, or one the graph places nowhere: "None
    # of them is placed in Shanghai" was said of three, two of them with no institution recorded, rt133)
    if english:
        parts = ([f"In {english_place(asked)}: {', '.join(city)}."] if city else []) + \
            ([f"Elsewhere in {english_place(province)}: {', '.join(near)}." if asked != province else
              f"In {english_place(province)}: {', '.join(near)}."] if near else [])
        if not parts:
            parts = [f"None of them is placed in {english_place(province)}." if not unplaced else
                     f"None of those the graph places is in {english_place(province)}; it gives no place for "
                     f"{', '.join(unplaced)}." if len(unplaced) < len(experts) else
                     f"The graph gives no place for any of them ({', '.join(unplaced)})."]
        return " ".join(parts)
    parts = ([f"单位在{asked}的：{'、'.join(city)}。"] if city else []) + \
        ([f"单位在{province}{'其他城市' if asked != province else ''}的：{'、'.join(near)}。"] if near else [])
    if not parts:
        parts = [f"其中没有单位记录在{province}的专家。" if not unplaced else
                 f"其中有所在地记录的专家都不在{province}；{'、'.join(unplaced)}的单位所在地知识图谱没有记录。"
                 if len(unplaced) < len(experts) else f"知识图谱没有记录{'、'.join(unplaced)}的单位所在地。"]
    return "".join(parts)


_NEAR = re.compile(NEARNESS, re.IGNORECASE)
#: the place a nearness question names (离苏州最近, closest to Suzhou)
_PLACE_ASKED = re.compile(rf"(?:离|距离|\bto|\bfrom)\s*({PLACE_NAMES}|{'|'.join(sorted(PLACES_EN, key=len, reverse=True))})",
                          re.IGNORECASE)
_PLACE = re.compile(rf"{PLACE_NAMES}|\b(?:{'|'.join(sorted(PLACES_EN, key=len, reverse=True))})\b", re.IGNORECASE)


# a citation count a biography writes (被引证数达20000余次, 他引3000余次, SCI引用1万余次)
_CITATIONS_WRITTEN = re.compile(r"(?:被引|引证|引用|他引)[^，。；]{0,8}?\d|\d[^，。；]{0,6}?次引用")
