"""Comparisons an answer draws from the experts' years and award lists (同年当选, 比B晚六年当选, 当选最早, 获奖最多),
computed from their records: a true one stays, a false one — or one about a year the graph lacks — goes.

The guard reads other orders and equalities among experts (ages, seniority) as never held; these few the record
decides, so they are computed rather than refused.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass

from generation.biography import age_in, birth_date, born_before, quotes
from generation.claims import arabic, normalise_award
from retrieval.models import NATIONAL_AWARDS, ExpertMatch
from retrieval.requirements import award_spelling


@dataclass(frozen=True)
class Compared:
    """One computed comparison: the words that state it, whether the records bear it out, and why."""

    start: int
    end: int
    held: bool
    reason: str


# who the sentence names, in order: (start, end, index of the retrieved expert)
Mention = tuple[int, int, int]

_ELECTION = re.compile(r"当选|入选|增选|院士")
# "资历更深", "年资最浅": seniority, which the graph can only tell by the elections; rewritten in place as them
# (当选更早, 当选最晚: the same length, so the mentions' offsets hold)
_SENIORITY = re.compile(r"(?:资历|年资)(要|还|更|最)?(深|老|浅)")
_ELECTED = re.compile(r"当选|入选|增选")
_N = r"[一二两三四五六七八九十]{1,3}|\d{1,2}(?!\d)"
# "同年当选", "同一批", "当选年份相同", "不在同一年", "同为2009年当选", "均于1995年当选"
_SAME = re.compile(r"(不是|并非|并不|不在|没有在|不)?(?:是在|在|于|是)?(?:同一年|同年|同一批(?!次)|同一届|同届|同期|同批(?!次))"
                   r"|(?:当选|获奖)(?:的)?(?:年份|时间|年度)(?:也)?(?P<how>相同|一样|一致|不同|不一样)"
                   r"|(?:同为|均为|都是|均于|都于|同于|同在|皆为|均在|都在)\s*(?P<year>(?:19|20)\d\d)\s*年")
# "比申长雨晚六年当选", "比B早当选": the tail after the name compared with
# (比林宗虎（1995年）晚四年: the year in brackets is the other one's election, checked with the rest)
_THAN_TAIL = re.compile(rf"\s*(?:院士|教授|研究员)?(?:的)?(?:[（(]\s*(?:19|20)\d\d\s*年?\s*[)）])?"
                        rf"(?:(?:当选|入选)(?:院士)?(?:的)?(?:时间|年份)?)?\s*(?:要|还|更)?(早|晚)(?:了)?\s*({_N})?\s*(?:个)?\s*(?:年)?")
_BRACKET_YEAR = re.compile(r"[（(]\s*((?:19|20)\d\d)")
# "比获得国家自然科学奖晚三年", "比获奖早": one record's election against the year of an award
_THAN_AWARD = re.compile(rf"(?:他|她)?(?:获得|荣获|获)(?:的)?([\u4e00-\u9fff]{{0,16}}?奖)?(?:时|的时间)?\s*(?:要|还|更)?(早|晚)(?:了)?\s*({_N})?\s*(?:个)?\s*(?:年)?")
# "同在中国石油大学的" between 比 and the name: who B is, said on the way
_THAN_WHO = re.compile(r"(?:同在|同为|同样在|同属|同样来自|同来自|来自|身为|作为)[^，,。；;比]{1,14}的\s*")
# "比B多一项", "比B少两项" (awards listed): the lengths of two award lists
_MORE_AWARDS = re.compile(rf"\s*(?:要|还)?(多|少)(?:了)?\s*({_N})?\s*(?:项|个)?(?:奖项|奖)?")
# "获奖比当选早八年": an award against the same record's election
_THAN_ELECTION = re.compile(rf"(?:其|他|她)?(?:当选|入选)(?:院士)?(?:时)?\s*(?:要|还|更)?(早|晚)(?:了)?\s*({_N})?\s*(?:个)?\s*(?:年)?")
# "A先于B当选", "A的当选时间晚于B"
_BEFORE_AFTER = re.compile(r"(先于|早于|晚于|后于)\s*")
# "A与B当选相隔五年", "后两位相差五年当选"
_APART = re.compile(rf"(?:当选)?(?:时间|年份)?(?:相隔|相差|间隔|相距)\s*({_N})\s*(?:个)?\s*年")
# "与翟婉明相比，何琳当选更早"
_VERSUS = re.compile(r"与(?=[^，,。；;]{2,8}?相比)[^，,。；;]{2,8}?相比[，,]?\s*")
_VERSUS_TAIL = re.compile(rf"(?:当选|入选)(?:院士)?(?:时间)?\s*(?:要|还|更)?(早|晚)\s*({_N})?\s*(?:个)?\s*(?:年)?")
# "共获四项国家级科技奖励": the length of the record's award list
# "以上三位合计七项": the award lists of all the experts of the answer, added up
_GROUP_TOTAL = re.compile(rf"(?:以上|上述|这)?({_N})位(?:专家)?(?:的获奖与当选记录)?(?:合计|共计|一共|总共|共)(?:有)?\s*({_N})\s*(?:项|个)")
# 以上3位获得国家科学技术进步奖的记录合计5项: one award's records over every expert of the answer, added up
_AWARD_GROUP_TOTAL = re.compile(rf"(?:以上|上述|这)({_N})位获得(?P<award>[\u4e00-\u9fff]{{2,24}}?奖)的记录合计\s*({_N})\s*项")
_TOTAL_AWARDS = re.compile(rf"(?:共|一共|总共|合计|累计)(?:获得?|荣获|获|列有|列出|有)?\s*({_N})\s*(?:项|个)")
# "研究方向共五个", "有8个研究方向": the length of the record's direction list
_TOTAL_DIRECTIONS = re.compile(rf"(?:研究)?方向(?:是|为)?(?:共|一共|总共|合计)?(?:有|是|为)?\s*({_N})\s*(?:个|项|条)|"
                               rf"(?:共|一共|总共|合计|有|列有|列出)\s*({_N})\s*(?:个|项|条)(?:研究)?方向")
# "平均每位2.3项": the award lists of the experts named before, averaged
_AVERAGE_AWARDS = re.compile(r"平均每(?:位|人|名)(?:专家)?(?:约|大约)?\s*(\d{1,2}(?:\.\d{1,2})?)\s*(?:项|个)")
# "当选最早", "最早当选", "当选时间最晚": the first or last elected among the retrieved experts
_FIRST_LAST = re.compile(r"(?:最早|最先)(?:当选|入选)|(?:当选|入选)(?:院士)?(?:的)?(?:时间|年份)?(?:也)?(?:是)?(?:最早|最先)"
                         r"|(?:最晚|最后|最近)(?:当选|入选)|(?:当选|入选)(?:院士)?(?:的)?(?:时间|年份)?(?:也)?(?:是)?(?:最晚|最后|最近)")
_AWARD_AFTER = re.compile(r"(?:当选[^，。；;]{0,6}?并)?\s*(?:获得?|荣获)\s*([\u4e00-\u9fff]{4,})")
_YEAR_AFTER = re.compile(r"\s*(?:院士)?(?:的)?\s*[（(,，]?\s*(?:于|在|in)?\s*((?:19|20)\d\d)\s*年?\s*[)）]?")  # 当选最早（1980年）
# "获奖最多", "列出的奖项最多": the longest award list among the retrieved experts
# 在4年内先后获得A、B和C, 短短三年间: the span of the years of what the sentence names after it
_WITHIN = re.compile(rf"(?:短短|仅仅|仅用了?|只用了?|用了|历时)?\s*({_N})\s*(?:个)?\s*年(?:(?:之|以)?(内)|间|里|当中|时间)")
# "A和B的获奖记录一样多", "两人获奖数量相同": the lengths of two award lists, equal
_SAME_AWARDS = re.compile(r"(?:获奖|奖项|获得的奖|奖励)(?:记录|数量|数目|数)?(?:也|都)?(?:一样多|同样多|相同|一样|相等|持平)|"
                          r"(?:获得|获)(?:了)?(?:一样多|同样多|相同数量)的(?:奖项|奖)")
_MOST_AWARDS = re.compile(r"(?:获奖|奖项|获得的奖|奖励|荣誉)(?:数量|数)?(?:也)?最多|最多(?:的)?(?:奖项|获奖)")
# "A和B获奖并列最多", "国家级奖项最多" (the national science prizes, `national_awards`): those the
# clause names hold the most, all of them and no other retrieved expert
_TIED_OR_NATIONAL_MOST = re.compile(r"(?P<national>国家级(?:的)?)?(?:获奖|奖项|获得的奖)(?:记录|数量|数)?(?:也)?"
                                    r"(?P<tie>并列)?最多|并列(?:获奖|奖项)(?:数量|数)?最多")


def national_awards(expert: ExpertMatch) -> int:
    """How many of the expert's recorded awards are national science prizes (NATIONAL_AWARDS, any grade)."""
    return sum(a.name.startswith(NATIONAL_AWARDS) for a in expert.awards)


def elected(e: ExpertMatch) -> set[int]:
    """The years the record says this expert was elected to an academy (empty when it gives none)."""
    return {a.year for a in e.awards if a.year and a.name.endswith("院士")}


def _awarded(e: ExpertMatch, stem: str = "") -> set[int]:
    """The years of the record's awards (of those whose name holds `stem`, when one is given)."""
    return {a.year for a in e.awards if a.year and not a.name.endswith("院士") and stem in a.name}


def compare(text: str, mentions: Sequence[Mention], experts: Sequence[ExpertMatch],
            group: Sequence[int] = ()) -> list[Compared]:
    """The comparisons of one (normalised) sentence between the experts it mentions (or, naming fewer than two, the
    counted group it speaks of: 后两位同年当选), each computed."""
    text = _SENIORITY.sub(lambda m: f"当选{m.group(1) or ''}{'晚' if m.group(2) == '浅' else '早'}", text)
    people = list(dict.fromkeys(w for _, _, w in mentions))
    people = people if len(people) >= 2 or len(group) < 2 else list(group)
    election = bool(_ELECTION.search(text))
    out = [_same(m, text, _in_clause(text, m.start(), mentions) or people, experts, election) for m in _SAME.finditer(text)
           if not any(s <= m.start() < e for s, e, _ in mentions)]  # not 张立同于2004年: the name's own character
    out += _than_forms(text, mentions, people, experts, election)
    if election:
        out += _order_forms(text, mentions, people, experts)
    out += _count_forms(text, mentions, people, experts)
    out += _span_forms(text, mentions, people, experts)
    out += _kind_forms(text, people, experts)
    if election:
        out += _relative_forms(text, mentions, experts)
    out += _age_forms(text, mentions, people, experts)
    out += _age_at_forms(text, mentions, experts)
    out += _age_in_year_forms(text, mentions, experts)
    out += _election_age_forms(text, mentions, people, experts)
    out += _award_age_forms(text, mentions, people, experts)
    out += _election_age_total_forms(text, experts)
    out += _award_age_total_forms(text, experts)
    out += _absence_forms(text, experts)
    return out


# "知识图谱中没有李德群的获奖记录", "图谱中没有他们获得国家级奖项的记录": what the record is said to lack, of an expert
# named in it (or of all retrieved: 他们), checked against the records (a false absence denies a recorded fact)
_ABSENT = re.compile(r"(?:知识图谱|图谱|资料|记录)(?:中|里|上)?(?:并|均|都|也)?(?:没有|未)(?:记录|记载)?(?:到)?"
                     r"(?P<who>[\u4e00-\u9fff·]{2,8}?)(?:的获奖(?:与当选)?记录|(?:获得|获|得到)(?:过)?(?P<award>[^，,。；;的]{2,24}?)"
                     r"的(?:获奖)?记录|的(?P<what>(?:工作)?单位|研究方向|所属学科|学科)(?:信息|记录))")
_ANY_NATIONAL_SAID = re.compile(r"^国家级?(?:的)?(?:科技|科学技术)?奖(?:项|励)?$|^任何奖项?$")


def _absence_forms(text: str, experts: Sequence[ExpertMatch]) -> list[Compared]:
    """Absences said of the records (`_ABSENT`): each holds when no record of those it names holds what it lacks."""
    out = []
    for m in _ABSENT.finditer(text):
        who = [e for e in experts if e.name == m.group("who")] or (list(experts) if m.group("who") == "他们" else [])
        if not who:
            continue
        award = m.group("award")
        if m.group("what"):  # 知识图谱中没有X的单位信息 / 研究方向记录
            part = {"研究方向": "directions", "所属学科": "fields", "学科": "fields"}.get(m.group("what"), "institution")
            holding = [e.name for e in who if getattr(e, part)]
        elif award is None or award.startswith("任何"):  # no award at all (academy seats are awards of the record)
            holding = [e.name for e in who if e.awards]
        elif _ANY_NATIONAL_SAID.match(award):
            holding = [e.name for e in who if national_awards(e)]
        else:
            said = normalise_award(award)
            holding = [e.name for e in who if any(said and said in normalise_award(a.name) for a in e.awards)]
        out.append(Compared(m.start(), m.end(), not holding, f"the records of {', '.join(holding)} hold it"
                            if holding else "no record holds it"))
    return out


# an age at a dated event (…2009年当选中国科学院院士；按简介所写的生年相减，当时约46岁 / "… in 2009; … about 46 then"):
# the event's year, the nearest said before, minus the birth year the quoted biography gives
_AGE_AT = re.compile(r"当时约\s*(\d{1,3})\s*岁|\babout\s+(\d{1,3})\s+then\b", re.IGNORECASE)


# an age at an award the record gives no year, from the year its quoted biography sentence gives (rt73)
_QUOTED_YEAR = re.compile(r"简介中写的获奖年份|years\s+the\s+biography\s+quoted\s+below\s+gives", re.IGNORECASE)


# an age in a year said (到2026年，潘际銮约99岁 / "… is about 99 in 2026"): that year minus the quoted birth year
_AGE_IN_YEAR = re.compile(r"到((?:19|20)\d\d)年[，,]\s*[^，,。；;]{1,12}?约\s*(\d{1,3})\s*岁|"
                          r"\b(?:is|was)\s+about\s+(\d{1,3})\s+in\s+((?:19|20)\d\d)\b", re.IGNORECASE)


def _namesakes_born(experts: Sequence[ExpertMatch], subject: int | None) -> list[tuple]:
    """The quoted birth dates of the expert a sentence is about and of his namesakes shown with him: a name the
    mentions resolve to the first of two (周济 of 华中科技大学, born 1946) may be said of the other (born 1962, rt94)."""
    if subject is None:
        return []
    return [b for e in experts if e.name == experts[subject].name and (b := birth_date(e)) is not None]


def _age_in_year_forms(text: str, mentions: Sequence[Mention], experts: Sequence[ExpertMatch]) -> list[Compared]:
    """到2026年，X约99岁: held when the year minus X's quoted birth year is that age."""
    out: list[Compared] = []
    for m in _AGE_IN_YEAR.finditer(text):
        year, age = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        subject = next((w for s, _, w in mentions if m.start() <= s < m.end()), None) if m.group(1) else \
            next((w for s, _, w in reversed(mentions) if s < m.start()), None)
        borns = _namesakes_born(experts, subject)
        held = any(age_in(b, int(year)) == int(age) for b in borns)  # (the composer's age: 98 of 1927-12-24 on 12-06)
        out.append(Compared(m.start(), m.end(), held, f"an age in {year}, born "
                                                      f"{'/'.join(str(b[0]) for b in borns) or 'unknown'}"))
    return out


def _age_at_forms(text: str, mentions: Sequence[Mention], experts: Sequence[ExpertMatch]) -> list[Compared]:
    """当时约46岁 after an expert's dated event: held when the event's year minus the quoted birth year is that age."""
    out: list[Compared] = []
    for m in _AGE_AT.finditer(text):
        subject = next((w for s, _, w in reversed(mentions) if s < m.start()), None)
        years = re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text[:m.start()])
        borns = _namesakes_born(experts, subject)
        born = borns[0] if borns else None
        age = int(m.group(1) or m.group(2))
        held = bool(years) and any(int(years[-1]) - b[0] == age for b in borns)
        if not years and born and _QUOTED_YEAR.search(text, 0, m.start()):  # "按下面所引简介中写的获奖年份与生年相减":
            held = any(int(y) - born[0] == age for q in quotes(experts[subject]) or ()  # a year of an award sentence
                       if re.search(r"奖|荣誉|称号|当选|院士|授予|授于", q)  # (1985年当选为国际宇航科学院院士, rt104)
                       for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", q))
        out.append(Compared(m.start(), m.end(), held, f"an age at {years[-1] if years else 'no year'}, born "
                            f"{born[0] if born else 'unknown'}"))
    return out


# 当选时最年轻的是X, "X was the youngest when elected": the ages at the election (its year minus the birth year)
_ELECTION_AGE_MOST = re.compile(r"当选(?:院士)?时(?:的年龄|年纪|年龄)?(?:是)?最(?P<zh>年轻|年长|小|大)(?:的(?:一位|是|为))?|"
                                r"\b(?:was|is)\s+the\s+(?P<en>youngest|oldest)\s+(?:when\s+|at\s+(?:the\s+)?(?:time\s+of\s+)?)"
                                r"(?:he\s+was\s+|she\s+was\s+|they\s+were\s+)?(?:elected|election)", re.IGNORECASE)


def _election_age_forms(text: str, mentions: Sequence[Mention], people: list[int], experts: Sequence[ExpertMatch]
                        ) -> list[Compared]:
    """当选时最年轻的是X: held when X's age at the election (seat year minus quoted birth year) is below (or above)
    every other's by two years or more — only years are recorded, so each age may be one less."""
    out: list[Compared] = []
    for m in _ELECTION_AGE_MOST.finditer(text):
        subject = next((w for s, _, w in mentions if s >= m.end()), None) if m.group("zh") else \
            next((w for s, _, w in reversed(mentions) if s < m.start()), None)
        group = people if len(people) >= 2 else list(range(len(experts)))
        ages = {i: min(elected(experts[i])) - born[0] for i in group
                if elected(experts[i]) and (born := birth_date(experts[i]))}
        young = (m.group("zh") or m.group("en")).lower() in ("年轻", "小", "youngest")
        held = subject is not None and len(ages) == len(group) and subject in ages and all(
            (ages[o] - ages[subject] if young else ages[subject] - ages[o]) >= 2 for o in group if o != subject)
        end = next((e for s, e, w in mentions if s >= m.end() and w == subject), m.end())
        out.append(Compared(m.start(), max(end, m.end()), held, "ages at election: " + ", ".join(
            f"{experts[i].name} {a}" for i, a in ages.items())))
    return out


# 获得该奖时最年轻的是X, "X was the youngest when given it": the ages at the award all those compared hold (rt108)
_AWARD_AGE_MOST = re.compile(r"获得该奖时最(?P<zh>年轻|年长)的是|\bwas\s+the\s+(?P<en>youngest|oldest)\s+when\s+given\s+it\b")


def _award_age_forms(text: str, mentions: Sequence[Mention], people: list[int], experts: Sequence[ExpertMatch]
                     ) -> list[Compared]:
    """获得该奖时最年轻的是X: held when X's age at the one dated award every expert compared holds (its year minus the
    quoted birth year) is below (or above) every other's by two years or more — of those whose age then is known."""
    out: list[Compared] = []
    for m in _AWARD_AGE_MOST.finditer(text):
        subject = next((w for s, _, w in mentions if s >= m.end()), None) if m.group("zh") else \
            next((w for s, _, w in reversed(mentions) if s < m.start()), None)
        group = list(range(len(experts)))  # (the answer's experts, all of whom hold it: the sentence names one of them
        # and those whose age cannot be computed)
        common = set.intersection(*({a.name for a in experts[i].awards if not a.name.endswith("院士")} for i in group)) \
            if group else set()
        award = next(iter(common)) if len(common) == 1 else None
        ages = {i: year - born[0] for i in group if award is not None and (born := birth_date(experts[i]))
                and (year := min((a.year for a in experts[i].awards if a.name == award and a.year), default=None))}
        young = (m.group("zh") or m.group("en")).lower() in ("年轻", "youngest")
        held = subject is not None and subject in ages and len(ages) >= 2 and all(
            (ages[o] - ages[subject] if young else ages[subject] - ages[o]) >= 2 for o in ages if o != subject)
        end = next((e for s, e, w in mentions if s >= m.end() and w == subject), m.end())
        out.append(Compared(m.start(), max(end, m.end()), held, f"ages at {award or 'no common award'}: " + ", ".join(
            f"{experts[i].name} {a}" for i, a in ages.items())))
    return out


# 以上3位当选时的年龄平均约58.3岁 / "The 3 of them, when elected, were on average about 58.3 years old": the ages at
# the election of every expert of the answer, added up or averaged (generation.year_gaps writes it)
_ELECTION_AGE_TOTAL = re.compile(r"以上(?:\d+位中有)?(?P<n>\d+)位(?P<some>可计算年龄，其)?当选时的年龄(?P<how>合计|平均)约(?P<v>\d+(?:\.\d)?)岁|"
                                 r"\bThe (?P<n_en>\d+) of them(?P<some_en> whose ages can be computed)?, when elected, were "
                                 r"(?P<how_en>together|on average) about "
                                 r"(?P<v_en>\d+(?:\.\d)?) years old")


# 以上3位获得该奖时的年龄平均约77.7岁 / "The 3 of them, when given this award, were on average about 77.7 years old"
_AWARD_AGE_TOTAL = re.compile(r"以上(?:\d+位中有)?(?P<n>\d+)位(?P<some>可计算年龄，其)?获得该奖时的年龄(?P<how>合计|平均)约"
                              r"(?P<v>\d+(?:\.\d)?)岁|\bThe (?P<n_en>\d+) of them(?P<some_en> whose ages can be computed)?, "
                              r"when given this award, were (?P<how_en>together|on average) "
                              r"about (?P<v_en>\d+(?:\.\d)?) years old")


def _award_age_total_forms(text: str, experts: Sequence[ExpertMatch]) -> list[Compared]:
    """以上N位获得该奖时的年龄平均约X岁: held when the N experts of the answer hold an award in common, each dated in
    the records, and their ages at its first year (its year minus the quoted birth year) add up or average to X."""
    out: list[Compared] = []
    for m in _AWARD_AGE_TOTAL.finditer(text):
        n, value = int(m.group("n") or m.group("n_en")), float(m.group("v") or m.group("v_en"))
        mean = (m.group("how") or m.group("how_en")) in ("平均", "on average")
        some = bool(m.group("some") or m.group("some_en"))  # (of those with the award's year and a birth year)
        common = set.intersection(*({a.name for a in e.awards if (a.year or some) and not a.name.endswith("院士")}
                                    for e in experts)) if experts else set()
        held, seen = False, []
        for award in sorted(common):
            ages = [min(a.year for a in e.awards if a.name == award and a.year) - born[0]
                    for e in experts if (born := birth_date(e)) and any(a.name == award and a.year for a in e.awards)]
            figure = round(sum(ages) / len(ages), 1) if mean and ages else sum(ages)
            seen.append(f"{award}: {ages}")
            held = held or len(ages) == n and (n < len(experts) if some else n == len(experts)) and \
                abs(figure - value) < 0.05
        out.append(Compared(m.start(), m.end(), held, "ages at a common award: " + ("; ".join(seen) or "none")))
    return out


def _election_age_total_forms(text: str, experts: Sequence[ExpertMatch]) -> list[Compared]:
    """以上N位当选时的年龄合计约X岁: held when all N experts of the answer have a seat year and a quoted birth year and
    their ages then add up (or average, to one decimal) to X."""
    out: list[Compared] = []
    for m in _ELECTION_AGE_TOTAL.finditer(text):
        ages = [min(elected(e)) - born[0] for e in experts if elected(e) and (born := birth_date(e))]
        n, value = int(m.group("n") or m.group("n_en")), float(m.group("v") or m.group("v_en"))
        mean = (m.group("how") or m.group("how_en")) in ("平均", "on average")
        figure = round(sum(ages) / len(ages), 1) if mean and ages else sum(ages)
        some = bool(m.group("some") or m.group("some_en"))  # (of those with both years: the others said apart)
        held = len(ages) == n and (n < len(experts) if some else n == len(experts)) and abs(figure - value) < 0.05
        out.append(Compared(m.start(), m.end(), held, f"ages at election: {ages}"))
    return out


def _than_forms(text: str, mentions: Sequence[Mention], people: list[int], experts: Sequence[ExpertMatch],
                election: bool) -> list[Compared]:
    """比B晚六年当选, 比B多两项奖, 比获奖晚五年 (one record), 获奖比当选早, and the cleft 比B早四年当选的是A."""
    out: list[Compared] = []
    for m in re.finditer(r"比\s*", text):
        # 比李根生, or 比同在中国石油大学的李根生: the one compared with, after a short description of him
        at = next((s for s, _, _ in mentions if s == m.end() or s > m.end() and _THAN_WHO.fullmatch(text, m.end(), s)),
                  None)
        other = next((w for s, _, w in mentions if s == at), None)
        subject = next((w for s, _, w in reversed(mentions) if s < m.start() and w != other), None)
        after = m.end()
        if other is not None and subject is None and any(w == other for s, _, w in mentions if s < m.start()):
            subject, other = other, None  # 于院士2001年获奖，比他当选院士早六年: 他 is the one the sentence is about
            after = next(e for s, e, _ in mentions if s == at)
        if other is None:  # 比获奖晚三年当选: one record's election against its award
            who = subject if subject is not None else people[0] if people else None
            award, tail = _THAN_AWARD.match(text, after), _THAN_ELECTION.match(text, after)
            if who is not None and award and election:
                out.append(_than_award(m.start(), award, who, experts))
            elif who is not None and tail:  # 获奖比当选早八年
                out.append(Compared(m.start(), tail.end(), _gap_holds(_awarded(experts[who]), elected(experts[who]),
                                    tail.group(1), tail.group(2)), f"{experts[who].name}'s awards against election"))
            continue
        end = next(e for s, e, w in mentions if s == at)
        if (more := _MORE_AWARDS.match(text, end)) and subject is not None:  # 比B多一项 (奖项)
            out.append(_more_awards(m.start(), more, subject, other, experts))
            continue
        tail = _THAN_TAIL.match(text, end)
        if not election or not tail or not tail.group(1):
            continue
        if subject is None:  # 比田红旗早四年当选的是翟婉明: the one named after it
            subject = next((w for s, _, w in mentions if s >= tail.end() and w != other), None)
        out.append(_than(m.start(), tail, subject, other, experts))
    return out


def _order_forms(text: str, mentions: Sequence[Mention], people: list[int], experts: Sequence[ExpertMatch]
                 ) -> list[Compared]:
    """A先于B当选, A与B当选相隔五年, 与B相比A当选更早, 当选最早（1980年）: orders of elections."""
    out: list[Compared] = []
    for m in _BEFORE_AFTER.finditer(text):
        other = next((w for s, _, w in mentions if s == m.end()), None)
        subject = next((w for s, _, w in reversed(mentions) if s < m.start() and w != other), None)
        if other is not None:
            way = "早" if m.group(1) in ("先于", "早于") else "晚"
            mine, theirs = (elected(experts[subject]) if subject is not None else set()), elected(experts[other])
            out.append(Compared(m.start(), m.end(), bool(mine and theirs) and _gap_holds(mine, theirs, way, None),
                                f"elected {sorted(mine)} against {sorted(theirs)}"))
    for m in _APART.finditer(text):
        if len(people) == 2:
            a, b = elected(experts[people[0]]), elected(experts[people[1]])
            n = int(arabic(m.group(1)))
            out.append(Compared(m.start(), m.end(), any(abs(x - y) == n for x in a for y in b),
                                f"elected {sorted(a)} and {sorted(b)}"))
    for m in _VERSUS.finditer(text):
        other = next((w for s, _, w in mentions if s == m.start() + 1), None)
        subject = next((w for s, _, w in mentions if s >= m.end() and w != other), None)
        tail = _VERSUS_TAIL.search(text, m.end())
        if other is not None and subject is not None and tail:
            out.append(_than(m.start(), tail, subject, other, experts))
    for m in _FIRST_LAST.finditer(text):
        subject = next((w for s, _, w in reversed(mentions) if s < m.start()), people[0] if people else None)
        out.append(_extreme(m, subject, experts, first="早" in m.group() or "先" in m.group()))
    return out


def _count_forms(text: str, mentions: Sequence[Mention], people: list[int], experts: Sequence[ExpertMatch]
                 ) -> list[Compared]:
    """共获四项, 获奖最多: the lengths of the award lists."""
    out: list[Compared] = []
    for m in _GROUP_TOTAL.finditer(text):  # 以上三位合计七项: every expert of the answer, added up
        listed = sum(len(e.awards) for e in experts)
        seats = sum(a.name.endswith("院士") for e in experts for a in e.awards)
        out.append(Compared(m.start(), m.end(), int(arabic(m.group(1))) == len(experts) and
                            int(arabic(m.group(2))) in (listed, listed - seats),
                            f"the {len(experts)} experts list {listed} awards and honours ({seats} academy seats)"))
    for m in _AWARD_GROUP_TOTAL.finditer(text):  # 以上3位获得国家科学技术进步奖的记录合计5项
        award = m.group("award")
        kinds = NATIONAL_AWARDS if award.startswith("国家级") else (award, award_spelling(award))  # (国家级奖: any
        # national award, as the composer counts them — "the 2 experts list 0 records of 国家级奖", rt91)
        held = sum(a.name.startswith(kinds) for e in experts for a in e.awards)
        out.append(Compared(m.start(), m.end(), int(arabic(m.group(1))) == len(experts) and
                            int(arabic(m.group(3))) == held, f"the {len(experts)} experts list {held} records of {award}"))
    for m in _AVERAGE_AWARDS.finditer(text):  # 以上三位合计七项，平均每位2.3项
        lists = [len(e.awards) for e in experts]
        seats = [sum(a.name.endswith("院士") for a in e.awards) for e in experts]
        said = float(m.group(1))
        held = any(abs(said - sum(n) / len(n)) < 0.05 + 10 ** -len(m.group(1).partition(".")[2] or "0") / 2
                   for n in (lists, [a - b for a, b in zip(lists, seats)]))
        out.append(Compared(m.start(), m.end(), held, f"the {len(experts)} experts list {sum(lists)} awards and honours"))
    for m in _TOTAL_DIRECTIONS.finditer(text):  # 研究方向共五个: the directions listed, not the awards
        who = next((w for s, _, w in reversed(mentions) if s < m.start()), people[0] if people else None)
        if who is not None:
            listed = len(experts[who].directions)
            out.append(Compared(m.start(), m.end(), int(arabic(m.group(1) or m.group(2))) == listed,
                                f"{experts[who].name} lists {listed} research directions"))
    grouped = [(c.start, c.end) for c in out]
    for m in _TOTAL_AWARDS.finditer(text):
        if any(a <= m.start() < b for a, b in grouped):
            continue
        who = next((w for s, _, w in reversed(mentions) if s < m.start()), people[0] if people else None)
        if who is not None:
            listed = len(experts[who].awards)
            seats = sum(a.name.endswith("院士") for a in experts[who].awards)
            out.append(Compared(m.start(), m.end(), int(arabic(m.group(1))) in (listed, listed - seats),
                                f"{experts[who].name} lists {listed} awards and honours ({seats} academy seats)"))
    counts = [len(e.awards) for e in experts]
    for m in _SAME_AWARDS.finditer(text):
        named = list(dict.fromkeys(w for s, _, w in mentions if s < m.start())) or people
        if len(named) >= 2:
            listed = {experts[w].name: counts[w] for w in named}
            out.append(Compared(m.start(), m.end(), len(set(listed.values())) == 1, f"award lists {listed}"))
    special = []
    for m in _TIED_OR_NATIONAL_MOST.finditer(text):
        if not (m.group("national") or m.group(0).startswith("并列") or m.group("tie")):
            continue  # a plain 获奖最多: below
        special.append((m.start(), m.end()))
        scores = [national_awards(e) for e in experts] if m.group("national") else counts
        clause = max(text.rfind(c, 0, m.start()) for c in "。；;\n")
        named = list(dict.fromkeys(w for s, _, w in mentions if clause < s < m.start())) or people
        top = max(scores)
        held = bool(named) and all(scores[w] == top for w in named) and scores.count(top) == len(named)
        out.append(Compared(m.start(), m.end(), held, f"{'national ' if m.group('national') else ''}award counts "
                            f"{ {experts[w].name: scores[w] for w in named} }; the most any retrieved expert has is {top}"))
    for m in _MOST_AWARDS.finditer(text):
        if any(a <= m.start() < b for a, b in special):
            continue
        subject = next((w for s, _, w in reversed(mentions) if s < m.start()), people[0] if people else None)
        if subject is not None:
            held = counts[subject] == max(counts) and counts.count(max(counts)) == 1
            out.append(Compared(m.start(), m.end(), held, f"{experts[subject].name} lists {counts[subject]} awards; "
                                f"the most any retrieved expert lists is {max(counts)}"
                                + ("" if counts.count(max(counts)) == 1 else " (shared)")))
    return out


# 容柏生和江欢成同在1995年当选，岳清瑞则晚了二十二年: later or earlier than those the clause before named
_RELATIVE = re.compile(rf"(?:则|却|则是|要)\s*(晚|早)了?\s*({_N})\s*(?:个)?\s*年")


def _relative_forms(text: str, mentions: Sequence[Mention], experts: Sequence[ExpertMatch]) -> list[Compared]:
    """X则晚了N年 after a clause about others' elections: X's election against theirs (one year among them)."""
    out: list[Compared] = []
    for m in _RELATIVE.finditer(text):
        start = max(text.rfind(c, 0, m.start()) for c in "，,；;")
        if start < 0 or "比" in text[start:m.start()]:
            continue
        subject = next((w for s, _, w in reversed(mentions) if start < s < m.start()), None)
        before = list(dict.fromkeys(w for s, _, w in mentions if s < start and w != subject))
        if subject is None or not before:
            continue
        theirs = set.intersection(*(elected(experts[w]) for w in before))
        mine = elected(experts[subject])
        held = len(theirs) == 1 and bool(mine) and _gap_holds(mine, theirs, m.group(1), m.group(2))
        out.append(Compared(m.start(), m.end(), held, f"{experts[subject].name} elected {sorted(mine)} against "
                            f"{'、'.join(experts[w].name for w in before)}: {sorted(theirs) or 'no one year'}"))
    return out


# 三位都 work at universities, 两位都在高校工作, 都来自科研院所: the kind of every one's institution
_KIND_OF_PLACE = re.compile(r"(?:都|均|全|皆)\s*(?:在|来自|任职于|就职于|供职于|(?:work|are\s+based|are)\s+(?:at|in)\s+)\s*"
                            r"(?:the\s+)?(universities|university|research\s+institutes?|institutes|companies|enterprises|hospitals|"
                            r"高校|大学|科研院所|研究所|研究院|科研机构|企业|公司|医院|高等院校)", re.IGNORECASE)
_UNIVERSITY = r"大学|(?<!科)学院"  # 医学院, not 中国科学院
_INSTITUTE = r"研究所|研究院|科学院|研究中心"
_KINDS = {"universit": _UNIVERSITY, "高校": _UNIVERSITY, "大学": _UNIVERSITY, "高等院校": _UNIVERSITY, "institute": _INSTITUTE,
          "研究": _INSTITUTE, "科研": _INSTITUTE, "compan": "公司|集团", "enterprise": "公司|集团|厂", "企业": "公司|集团|厂",
          "公司": "公司|集团", "hospital": "医院", "医院": "医院"}


def _kind_forms(text: str, people: list[int], experts: Sequence[ExpertMatch]) -> list[Compared]:
    """"All three work at universities", 两位都在科研院所: every one of them at an institution of that kind."""
    out: list[Compared] = []
    for m in _KIND_OF_PLACE.finditer(text):
        if len(people) < 2:
            continue
        said = m.group(1).lower()
        marks = next(v for k, v in _KINDS.items() if said.startswith(k))
        places = [experts[w].institution or "" for w in people]
        held = all(re.search(marks, p) for p in places)
        out.append(Compared(m.start(), m.end(), held, "institutions: " + " / ".join(p or "not given" for p in places)))
    return out


def _in_clause(text: str, at: int, mentions: Sequence[Mention]) -> list[int]:
    """The experts named in the clause before `at` (容柏生和江欢成同在1995年当选，岳清瑞则…: the first two), when two or
    more are; else none."""
    start = max(text.rfind(c, 0, at) for c in "，,；;。")
    named = list(dict.fromkeys(w for s, _, w in mentions if start < s < at))
    return named if len(named) >= 2 else []


def _span_forms(text: str, mentions: Sequence[Mention], people: list[int], experts: Sequence[ExpertMatch]
                ) -> list[Compared]:
    """在4年内先后获得A和B: every award (and election) named after the span (or, where it ends the sentence, before it)
    dated in the record, and all within it."""
    out: list[Compared] = []
    for m in _WITHIN.finditer(text):
        who = next((w for s, _, w in reversed(mentions) if s < m.start()), people[0] if len(people) == 1 else None)
        if who is None:
            continue
        e, rest = experts[who], text[m.end():]
        if sum(a.name in rest for a in e.awards) < 2:  # "received A and B within four years": named before it
            rest = text
        named = [a for a in e.awards if a.name in rest and not (a.name.endswith("院士") and not _ELECTED.search(rest))]
        if _ELECTED.search(rest) and not any(a.name.endswith("院士") for a in named):
            named += [a for a in e.awards if a.name.endswith("院士")]
        years = [a.year for a in named]
        n = int(arabic(m.group(1)))
        gap = max(years) - min(years) if len(years) >= 2 and None not in years else None  # type: ignore[type-var]
        held = gap is not None and (gap <= n if m.group(2) else gap == n)  # 4年内: at most four; 4年间, 用了4年: four
        out.append(Compared(m.start(), m.end(), held, f"{e.name}'s years of what it names: "
                            f"{[y or 'not given' for y in years]}" if len(years) >= 2 else
                            f"{e.name}'s record dates fewer than two of the things named"))
    return out


def _same(m: re.Match, text: str, people: list[int], experts: Sequence[ExpertMatch], election: bool) -> Compared:
    negated = bool(m.group(1)) or m.group("how") in ("不同", "不一样")
    said = _YEAR_AFTER.match(text, m.end()) if not m.group("year") else None  # 同年（1995年）当选
    year = int(m.group("year") or (said.group(1) if said else 0)) or None
    end = said.end() if said else m.end()
    award = _AWARD_AFTER.match(text, end)  # 同年获何梁何利奖: the years of that award
    stem = award.group(1)[:4] if award else ""
    election = election and not (award and not _ELECTED.search(text))  # 两位院士都在1982年获得X奖: the award's year
    if len(people) >= 2:
        years = [elected(experts[w]) if election else _awarded(experts[w], stem) for w in people]
        names = "、".join(experts[w].name for w in people)
    elif len(people) == 1:  # 他获奖与当选在同一年: two events of one record
        w = people[0]
        years = [elected(experts[w]), _awarded(experts[w])]
        names = experts[people[0]].name
    else:
        return Compared(m.start(), m.end(), False, "a same-year claim about no retrieved expert")
    if not all(years):
        return Compared(m.start(), end, False, f"the graph gives no year for every one of {names}")
    common = set.intersection(*years)
    held = (year in common) if year else (not common if negated else bool(common))
    return Compared(m.start(), end, held, f"years of {names}: " + " / ".join(
        ",".join(map(str, sorted(y))) for y in years))


def _than(start: int, tail: re.Match, subject: int | None, other: int, experts: Sequence[ExpertMatch]) -> Compared:
    if subject is None:
        return Compared(start, tail.end(), False, "a comparison whose subject is no retrieved expert")
    mine, theirs = elected(experts[subject]), elected(experts[other])
    if said := _BRACKET_YEAR.search(tail.group(0)):  # 比B（1995年）晚: only that year of B's
        theirs &= {int(said.group(1))}
    if not mine or not theirs:
        return Compared(start, tail.end(), False, f"no election year of {experts[subject].name} or "
                        f"{experts[other].name} in the graph")
    return Compared(start, tail.end(), _gap_holds(mine, theirs, tail.group(1), tail.group(2)),
                    f"elected {sorted(mine)} against {sorted(theirs)}")


def _gap_holds(mine: set[int], theirs: set[int], way: str, years: str | None) -> bool:
    """Whether one of `mine` is earlier (早) or later (晚) than one of `theirs`, by exactly `years` when given."""
    sign = -1 if way == "早" else 1
    n = int(arabic(years)) if years else None
    return any((a - b) * sign > 0 and (n is None or abs(a - b) == n) for a in mine for b in theirs)


def _than_award(start: int, m: re.Match, who: int, experts: Sequence[ExpertMatch]) -> Compared:
    e = experts[who]
    stem = (m.group(1) or "")[:4] if m.group(1) and len(m.group(1)) > 2 else ""
    mine, theirs = elected(e), _awarded(e, stem)
    if not mine or not theirs:
        return Compared(start, m.end(), False, f"no election or award year of {e.name} in the graph")
    return Compared(start, m.end(), _gap_holds(mine, theirs, m.group(2), m.group(3)),
                    f"{e.name} elected {sorted(mine)}, awarded {sorted(theirs)}")


def _more_awards(start: int, m: re.Match, subject: int, other: int, experts: Sequence[ExpertMatch]) -> Compared:
    mine, theirs = len(experts[subject].awards), len(experts[other].awards)
    n = int(arabic(m.group(2))) if m.group(2) else None
    diff = mine - theirs if m.group(1) == "多" else theirs - mine
    held = diff > 0 and (n is None or diff == n)
    return Compared(start, m.end(), held, f"{experts[subject].name} lists {mine} awards, {experts[other].name} {theirs}")


def _extreme(m: re.Match, subject: int | None, experts: Sequence[ExpertMatch], first: bool) -> Compared:
    years = [elected(e) for e in experts]
    if subject is None or not all(years):
        return Compared(m.start(), m.end(), False, "not every retrieved expert's election year is in the graph")
    pick = min if first else max
    mine = pick(years[subject])
    held = all(mine < pick(y) if first else mine > pick(y) for i, y in enumerate(years) if i != subject)
    said = _YEAR_AFTER.match(m.string, m.end())
    end = said.end() if said else m.end()
    if said and int(said.group(1)) != mine:
        held = False
    return Compared(m.start(), end, held, f"{experts[subject].name} elected {mine}; the others "
                    + ", ".join(str(pick(y)) for i, y in enumerate(years) if i != subject))


# ages, from the birth dates the quoted biographies give (the guard reads any other order of ages as never held):
# 甘晓华最年轻, 年纪最大的是X, 三位中X出生最晚, "X is the youngest"; not 最年轻的院士 (of an academy, not of these)
_AGE_MOST = re.compile(r"(?:(?:年纪|年龄|岁数)(?:也|是)?最(?:大|小)|(?<!当选时)(?<!该奖时)最(?:为)?(?:年轻|年长|年老)|"  # (获得该奖时最年轻的是X: `_award_age_forms`)
                       r"出生(?:日期|年份|时间)?(?:也|是)?最(?:早|晚))"
                       r"(?=\s*(?:的(?:一位|那位|一个|专家|学者)?(?:是|为)|的?(?:一位|那位)?\s*(?:[，,。；;！!）)]|$)))"
                       r"|\b(?:is|was)\s+the\s+(?:youngest|oldest|eldest|younger|older|elder)\b"
                       r"(?:\s+(?:of\s+(?:the\s+\w+|them|these\s+\w+|the\s+two|those\s+with\s+a\s+birth\s+year\s+written)|"
                       r"among\s+them))?(?=\s*(?:[.,;)]|$))"
                       r"|\bthe\s+(?:youngest|oldest|eldest|younger|older|elder)"
                       r"(?:\s+(?:of\s+(?:the\s+\w+|them|these\s+\w+|the\s+two)|among\s+them))?\s+is\b", re.IGNORECASE)
# an age order said of the experts whose biographies give a birth year only (others undated)
_OF_DATED = re.compile(r"写有生年的|\bwith\s+a\s+birth\s+year\s+written\b", re.IGNORECASE)
# X更年轻, X年纪更大 (than the others named, or than the rest of the experts)
_AGE_MORE = re.compile(r"(?:年纪|年龄|岁数)(?:要|还)?更(大|小)|(?:要|还)?更(年轻|年长)")
# after 比B: 年轻, 年长, 大21岁, 年纪大 (a bare 大/小 only with 岁 or 年纪 in the clause: 影响比B大 is no age)
_AGE_THAN = re.compile(rf"\s*(?:院士|教授|研究员)?\s*(?:的)?(?P<age>年纪|年龄|岁数)?\s*(?:要|还|更)?\s*"
                       rf"(?:(?P<word>年轻|年长|年老)|(?P<size>大|小))(?:\s*了?\s*(?P<n>{_N})\s*(?:周)?岁)?")
# before B: "younger than", "21 years older than"
_AGE_THAN_EN = re.compile(r"(?:\b(\d{1,2})\s+years?\s+)?\b(older|younger|elder)\s+than\s+(?:(?:academician|professor|"
                          r"prof\.|dr\.)\s+)?$", re.IGNORECASE)
_YOUNG = ("小", "年轻", "晚", "young")
# born N days before B (比B早出生371天, "was born 371 days before B"), from two birth dates written in full
_DAYS_THAN = re.compile(r"\s*(?:院士|教授)?\s*早出生(?P<d>\d{1,5})天")
_DAYS_THAN_EN = re.compile(r"\bwas\s+born\s+(?P<d>\d{1,5})\s+days\s+before\s+$", re.IGNORECASE)


def _days_before(start: int, end: int, subject: int | None, other: int, days: int, experts: Sequence[ExpertMatch]
                 ) -> Compared:
    """Whether `subject` was born `days` days before `other`, by the full birth dates their biographies give."""
    a = birth_date(experts[subject]) if subject is not None else None
    b = birth_date(experts[other])
    if a is None or b is None or not all(a) or not all(b):
        return Compared(start, end, False, "days between birth dates the quoted biographies do not give in full")
    held = (datetime.date(*b) - datetime.date(*a)).days == days
    return Compared(start, end, held, f"born {experts[subject].name} {'.'.join(map(str, a))}, "
                                      f"{experts[other].name} {'.'.join(map(str, b))}")


def _age_forms(text: str, mentions: Sequence[Mention], people: list[int], experts: Sequence[ExpertMatch]
               ) -> list[Compared]:
    """最年轻的是X, X比B大21岁, X更年轻, "X is older than B": decided by the birth dates the biographies give."""
    out: list[Compared] = []
    for m in _AGE_MOST.finditer(text):
        subject = next((w for s, _, w in reversed(mentions) if s < m.start()), None)
        subject = subject if subject is not None else next((w for s, _, w in mentions if s >= m.end()), None)
        end = next((e for s, e, w in mentions if s >= m.end() and w == subject), m.end())
        young = any(y in m.group().lower() for y in _YOUNG)
        group = people if len(people) >= 2 else range(len(experts))
        if _OF_DATED.search(text, 0, m.end()):  # 在写有生年的专家中，X最年轻: of those dated
            group = [i for i in group if i == subject or birth_date(experts[i])]
        out.append(_older(m.start(), max(end, m.end()), subject, [o for o in group if o != subject], young, experts))
    for m in _AGE_MORE.finditer(text):
        subject = next((w for s, _, w in reversed(mentions) if s < m.start()), None)
        group = people if len(people) >= 2 else range(len(experts))
        out.append(_older(m.start(), m.end(), subject, [o for o in group if o != subject],
                          (m.group(1) or m.group(2)) in ("小", "年轻"), experts))
    for s, e, other in mentions:
        than = _than_at(text, s)
        days = _DAYS_THAN.match(text, e) if than is not None else _DAYS_THAN_EN.search(text, 0, s)
        if days is not None:  # 钟南山比钱七虎早出生371天, "… was born 371 days before …": both dates written in full
            subject = next((w for a, _, w in reversed(mentions) if a < (than if than is not None else days.start())
                            and w != other), None)
            out.append(_days_before(than if than is not None else days.start(), days.end() if than is not None else e,
                                    subject, other, int(days.group("d")), experts))
        elif than is not None and (m := _AGE_THAN.match(text, e)) and \
                (m.group("word") or m.group("n") or m.group("age") or re.search(r"年纪|年龄|岁数", text[:s])):
            subject = next((w for a, _, w in reversed(mentions) if a < s and w != other), None)
            out.append(_older(than, m.end(), subject, [other], (m.group("word") or m.group("size")) in _YOUNG, experts,
                              arabic(m.group("n")) if m.group("n") else None))
        elif (m := _AGE_THAN_EN.search(text, 0, s)) is not None:
            subject = next((w for a, _, w in reversed(mentions) if a < m.start() and w != other), None)
            out.append(_older(m.start(), e, subject, [other], m.group(2).lower() == "younger", experts,
                              m.group(1)))
    return out


_THAN_AT = re.compile(r"比([\u4e00-\u9fff]{2,24})的$")


def _than_at(text: str, start: int) -> int | None:
    """Where 比B begins before a mention of B (比清华大学的周济: the composer tells namesakes apart so, and the guard
    resolves the name to that namesake, generation/grounding.py `_namesake_at`); None when no 比 stands before it."""
    if text[max(0, start - 1):start] == "比":
        return start - 1
    at = _THAN_AT.search(text, max(0, start - 28), start)
    return at.start() if at is not None else None


def _older(start: int, end: int, subject: int | None, others: Sequence[int], young: bool,
           experts: Sequence[ExpertMatch], years: str | None = None) -> Compared:
    """Whether `subject` was born surely after (young) or before every one of `others`, `years` apart if said."""
    if subject is None or not others:
        return Compared(start, end, False, "an order of ages with no one to compare")
    dates = {i: birth_date(experts[i]) for i in (subject, *others)}
    if not all(dates.values()):
        return Compared(start, end, False, "an order of ages the quoted biographies give no birth dates for: "
                        + "、".join(experts[i].name for i, d in dates.items() if not d))
    mine = dates[subject]
    held = all(born_before(dates[o], mine) if young else born_before(mine, dates[o]) for o in others)
    if held and years is not None:
        (a, b), = [(dates[others[0]], mine) if young else (mine, dates[others[0]])]
        whole = b[0] - a[0] - (1 if a[1] and b[1] and (b[1], b[2] or 0) < (a[1], a[2] or 0) else 0)
        held = int(years) in (b[0] - a[0], whole)
    return Compared(start, end, held, "born " + ", ".join(f"{experts[i].name} {'.'.join(str(x) for x in d if x)}"
                                                          for i, d in dates.items() if d))
