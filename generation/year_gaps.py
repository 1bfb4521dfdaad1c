"""How many years lie between two dated records (翟婉明比沈志云晚多少年当选院士？ 他从当选院士到获得国家科技进步奖一等奖
隔了几年？ "How many years after Zhao Zhongxian was Wang Xiaoyun elected?"): computed from the records' years, or said
to be unknown when one is undated — never estimated."""

from __future__ import annotations

import datetime
import re

from generation.grounded import _QUOTES, asked_awards, award_forms
from retrieval.models import AwardFact, ExpertMatch
from retrieval.requirements import born_within

# a question for a number of years between two events: 晚多少年, 隔了几年, 多少年后, "how many years after/between"
_GAP = re.compile(r"(?:晚|早|隔|相差|差|间隔|相隔|过了|用了|经过)了?(?:多少|几)个?年|(?:多少|几)年(?:后|以后|之后|才)|"
                  r"(?i:\bhow\s+many\s+years\b)")
_ELECTED = re.compile(r"当选|入选|增选|(?i:\belect(?:ed|ions?)\b)")


def asks_gap(question: str) -> bool:
    """Whether the question asks how many years lie between two events."""
    return bool(_GAP.search(question))


def _records(expert: ExpertMatch, asked: str) -> list[AwardFact]:
    """The records of what was asked, dated or not (an academy seat for 院士, else the award named)."""
    forms = award_forms(asked)
    return [a for a in expert.awards if (a.name.endswith("院士") if asked == "院士" else
                                         any(f in a.name or a.name in f for f in forms))]


def _dated(expert: ExpertMatch, asked: str) -> AwardFact | None:
    """The earliest dated record of what was asked."""
    held = [a for a in _records(expert, asked) if a.year]
    return min(held, key=lambda a: a.year) if held else None


def written_year(expert: ExpertMatch, asked: str) -> int | None:
    """The year a quoted biography sentence gives the award asked (2000年获得计算机科学领域最高奖图灵奖), where it names
    one year only."""
    from generation import biography

    forms = award_forms(asked)
    quotes = [q for q in (_QUOTES.sub("", q) for q in biography.quotes(expert) or ())  # (1999年获“两弹一星”
              if biography.names_award(q, forms)]  # 功勋奖章: its name read without the marks; no year was found, rt110)
    years = {int(y) for q in quotes for y in biography.YEAR.findall(q)}
    described = [re.sub(r"奖(?=%s)" % "|".join(map(re.escape, forms)), "", q) if forms else q for q in quotes]  # (最高奖图灵奖:
    # one award, described before its name, rt104)
    if len(years) == 1 and all(len(re.findall(r"奖", q)) <= 1 for q in described):  # (one award in the sentence: its year;
        # …获国家科技进步一等奖1项、…二等奖4项、2014年…国家科技进步奖“创新团队”: not the 一等奖's — 是 was said, rt92)
        return years.pop()
    # several years in the sentence (全国先进工作者(1989)、…何梁何利基金技术科学奖(1998)): the one written right beside
    # the award's words (it said no year was given, rt84)
    stems = {re.sub(r"(?:基金)?(?:奖|奖励)$", "", f)[:4] for f in forms if len(f) >= 4}
    beside = {int(m.group(1)) for q in quotes for stem in stems for at in [q.find(stem)] if at >= 0
              for m in [re.match(r"(?:[^、，,；;。（(]|[（(][^）)\d]{0,8}[）)]){0,24}?[（(]\s*((?:19|20)\d\d)\s*[)）]", q[at:])
                        or re.search(r"((?:19|20)\d\d)年[^、，,；;。]{0,6}$", q[max(0, at - 12):at])] if m}
    return beside.pop() if len(beside) == 1 else None


def _event(award: AwardFact, english: bool) -> str:
    seat = award.name.endswith("院士")
    if english:
        return f"was elected {award.name} in {award.year}" if seat else f"received {award.name} in {award.year}"
    return f"{award.year}年{'当选' if seat else '获得'}{award.name}"


def describe_gap(experts: list[ExpertMatch], question: str, english: bool = False) -> str | None:
    """The years between the two events a question names — of two experts (one event each) or of one (two events) —
    from the records; a sentence that a year is not recorded when one is missing; None when the question names no
    two events the records could date."""
    gap = _GAP.search(question)  # the sentence that asks it (赵忠贤哪年获得最高奖？他比于敏晚几年当选？: the election)
    if gap is not None:
        question = re.split(r"(?<=[？?。！!])", question[:gap.start()])[-1] + re.split(r"(?<=[？?。！!])", question[gap.start():])[0]
    asked = [a for a in asked_awards(question) if a != "两院院士"]
    if _ELECTED.search(question) and not any(a.endswith("院士") for a in asked):
        asked.insert(0, "院士")
    if len(experts) == 2 and asked:
        (a, b), what = experts, asked[0]
        first, second = _dated(a, what), _dated(b, what)
        if first is None or second is None:
            missing = a if first is None else b
            if not _records(missing, what):  # (not held at all: no year of it either)
                return (f"The graph records no {what} for {missing.name}, so the gap cannot be computed." if english
                        else f"知识图谱中没有{missing.name}获得{what}的记录，无法计算相隔几年。")
            return (f"The graph records no year of this for {missing.name}, so the gap cannot be computed." if english
                    else f"知识图谱没有记录{missing.name}这一项的年份，无法计算相隔几年。")
        n = abs(first.year - second.year)
        if english:  # (the gap as the years' difference, which the guard checks against the years stated)
            return f"By the graph's records, {a.name} {_event(first, True)} and {b.name} {_event(second, True)}" + \
                (": the same year." if n == 0 else f": {n} years apart.")
        if not what.endswith("院士"):  # an award: the years and their difference (the guard computes elections' 早/晚)
            return f"按知识图谱的记录，{a.name}{_event(first, False)}，{b.name}{_event(second, False)}，" + \
                ("两人同年获得。" if n == 0 else f"两者相隔{n}年。")
        order = "两人同年当选" if n == 0 else f"{a.name}比{b.name}{'晚' if first.year > second.year else '早'}{n}年"
        return f"按知识图谱的记录，{a.name}{_event(first, False)}，{b.name}{_event(second, False)}；{order}。"
    if len(experts) == 1 and asked == ["院士"] and _SOME_AWARD.search(question) and len(dated := [
            a for a in experts[0].awards if a.year and not a.name.endswith("院士")]) == 1:
        asked = ["院士", dated[0].name]  # "How many years after his election was that award?": his one dated award
        # (the years between his two seats were given, rt108)
    if len(experts) == 1 and asked == ["院士"] and len(seats := sorted(
            (a for a in experts[0].awards if a.name.endswith("院士") and a.year), key=lambda a: a.year)) >= 2:
        asked = [seats[0].name, seats[1].name]  # 郑哲敏两次当选院士相隔几年？: his two seats (it listed his records)
    if len(experts) == 1 and len(asked) >= 2:
        expert = experts[0]
        events = [_dated(expert, what) for what in asked[:2]]
        written = [None if e is not None else written_year(expert, what) for e, what in zip(events, asked)]
        if sum(e is None for e in events) == 1 and any(written):  # 于敏获得两弹一星功勋奖章，距离他获得国家自然科学奖
            # 一等奖过了几年？: the medal's year as the quoted biography gives it, the award's as recorded (it said
            # neither was dated, rt118, rt120)
            record = next(e for e in events if e is not None)
            said, year = next((w, y) for w, y in zip(asked, written) if y)
            n = abs(record.year - year)
            if english:  # (the other's name and year are the quote's, below: none said beside the record's)
                return (f"By the graph's records, {expert.name} {_event(record, True)}; by the year the biography quoted "
                        f"below gives for the other, the two are {n} years apart (years subtracted).")
            return (f"按知识图谱的记录，{expert.name}{_event(record, False)}；按下面所引简介中写的另一项的年份，"
                    f"两者相隔{n}年（按年份相减）。")
        if any(e is None for e in events):
            return (f"The graph does not date both of these for {expert.name}, so the gap cannot be computed." if english
                    else f"知识图谱没有记录{expert.name}这两项的年份，无法计算相隔几年。")
        first, second = sorted(events, key=lambda e: e.year)
        n = second.year - first.year
        if english:
            return f"By the graph's records, {expert.name} {_event(first, True)} and {_event(second, True)}: {n} years apart."
        return f"按知识图谱的记录，{expert.name}{_event(first, False)}，{_event(second, False)}，中间相隔{n}年时间。"
    return None


# the years since an event, said or asked (当选院士已经50年了吧？ 获得国家最高科学技术奖多少年了？): this year minus the
# record's year (it said 是 to any number of years, rt50)
_SINCE = re.compile(r"(?:当选|入选|获得?|拿到?|得到)[^，。？?]{0,20}?(?:已经|已|有|都|快|差不多)?\s*(?:(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,3})"
                    r"\s*多?\s*年|(?P<ask>多少|几)\s*年)了")


# the years asked as of another event (获得国家最高科学技术奖时，他当选院士已经多少年了？): that event's year, not this one
_AT_EVENT = re.compile(r"(?:获得?|荣获|当选|入选)[^，。？?]{2,24}?(?:时|的时候)[，,]?\s*(?:[他她])?[^，。？?]{0,12}?(?:已经|已)")


_SINCE_EN = re.compile(r"(?i)\b(?:elected|won|received|awarded|got)\b[^?.;]{0,40}?\b(?:(?P<n>\d{1,3})\s+years\s+ago|"
                       r"(?P<ask>how\s+many\s+years\s+ago))\b|\bhow\s+many\s+years\s+(?:since|ago)\b[^?.;]{0,40}?"
                       r"\b(?:elected|won|received|awarded)\b")


def asks_years_since(question: str) -> bool:
    """Whether the question says or asks how many years have passed since an election or award."""
    return bool(_SINCE.search(question) and not asks_gap(question) or _SINCE_EN.search(question))


def describe_years_since(expert: ExpertMatch, question: str, english: bool = False, this_year: int | None = None
                         ) -> str | None:
    """The years from the record's year of the election or award asked to this year, 是/不是 first when a number is
    said (the years subtracted: one more or less is not denied); None when the question names no event recorded."""
    said = _SINCE.search(question) or _SINCE_EN.search(question)
    if said is None:
        return None
    asked = [a for a in asked_awards(question) if a != "两院院士"] or (["院士"] if _ELECTED.search(question) else [])
    if not asked or not _records(expert, asked[0]):
        return None
    if _AT_EVENT.search(question) and len(events := [_dated(expert, a) for a in (*asked, "院士")[:2]]) == 2 and \
            all(events) and events[0].year != events[1].year:  # 获得最高奖时，他当选院士已经多少年了？: from one to the
        first, second = sorted(events, key=lambda e: e.year)  # other, not to this year (rt105)
        n = second.year - first.year
        return (f"By the graph's records, {expert.name} {_event(first, True)} and {_event(second, True)}: {n} years apart."
                if english else f"按知识图谱的记录，{expert.name}{_event(first, False)}，{_event(second, False)}，中间相隔{n}年时间。")
    event = _dated(expert, asked[0])
    if event is None:
        return (f"The graph records no year of this for {expert.name}, so the years cannot be computed." if english
                else f"知识图谱没有记录{expert.name}这一项的年份，无法计算至今多少年。")
    this_year = this_year or datetime.date.today().year
    n = this_year - event.year
    verdict = ""
    if said.group("n"):
        from retrieval.census import chinese_number

        stated = int(said.group("n")) if said.group("n").isdigit() else chinese_number(said.group("n"))
        verdict = ("Yes. " if english else "是。") if stated is not None and abs(stated - n) <= 1 else \
            ("No. " if english else "不是。")
    if english:  # (the years as two years' difference, which the guard checks against the years stated)
        return f"{verdict}By the graph's records, {expert.name} {_event(event, True)}. The years {event.year} and " \
            f"{this_year} are {n} years apart."
    return f"{verdict}按知识图谱的记录，{expert.name}{_event(event, False)}。从{event.year}年到{this_year}年相隔{n}年。"


# how old an expert was at an event (他当选院士时多少岁？ 获得最高奖时几岁？ "How old was he when he was elected?")
_AGE_AT = re.compile(r"(?:时|的时候|那年)(?:[他她]|[他她]们|他俩|她俩|两人|二人|两位|三人|三位)?(?:各|分别|各自)?(?:是|才|已经)?(?:(?:多少|几)岁|多大(?:了|年纪|年龄|岁数)?(?=[？?吗呢吧。，,]|$))|(?:多大|几岁|多少岁)(?:年纪|年龄)?(?:时|的时候)?(?:当选|入选|获得?)|"
                     r"(?:时|的时候)(?:年龄|年纪)(?:是)?多大|"
                     # 平均当选年龄是多少？ 当选年龄分别多大？ (their ages now were given, rt134)
                     r"(?:平均)?(?:当选|入选|获奖|得奖)(?:院士)?(?:时的?)?(?:平均)?(?:年龄|年纪|岁数)(?:是|分别|各)?(?:多少|多大|几)|"
                     # 当选院士时的年龄加起来是多少？ 当选时的平均年龄是多少？: each age, then their sum or mean
                     r"(?:时|的时候)的?(?:平均)?(?:年龄|年纪|岁数)(?:加起来|加在一起|总和|之和|合计|一共|总共|平均|的平均值|"
                     r"(?:分别|各自|各)?(?:是多少|是几|多大))|"  # (…两人当选院士时的年龄分别是多少？ got their ages now, rt124)
                     # "… at" an event, not at an institution or a place ("How old is the one at Tsinghua University?"
                     # is his age now: it was said no year dated the event)
                     r"\b[Hh][Oo][Ww]\s+[Oo][Ll][Dd]\b[^?]*\b(?:(?i:when)\b|(?i:at)\s+(?![A-Z]|(?i:the\s+(?:one\b|[a-z]+\s+)?)[A-Z]))|"
                     r"(?i:\b(?:at\s+)?what\s+age\b)|"
                     r"(?i:\bhow\s+old\s+(?:was|were)\b[^?]*\bin\s+(?:19|20)\d\d\b)|"  # "How old was he in 2005?" (rt118)
                     # "What was their average age when elected?", "… the average age of A, B and C when each received
                     # X?" (record cards only, rt114)
                     r"(?i:\b(?:average|mean|combined|total)\s+age\b[^?]*\b(?:when|at)\b)")


# an age said of the event (当选院士时是49岁吗？ 40岁就当选院士了吧？ 不到70岁吗？ "Was he 46 when elected?"): checked
_AGE_SAID = re.compile(r"(?:(?P<under>不到|未满|不足)\s*)?(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:周)?岁"
                       r"(?P<below>以下|之前|以前)?|(?i:(?:\b(?:was\s+(?:he|she)|aged?)\s+|(?<=\bwas\s))(?P<en>\d{1,3})\b(?=\s+(?:when|at|"
                       r"on|in)\b|\s*[,?.]|$))")  # ("… was 60 when elected to CAE in 1996, right?", rt134)


def states_age(text: str) -> bool:
    """Whether a clause states or asks an age (当时46岁, 当选时多大)."""
    return bool(_AGE_SAID.search(text) or _AGE_AT.search(text))


def asks_age_at(question: str) -> bool:
    """Whether the question asks how old an expert was at an election or award, or says an age at it to check."""
    return bool(_AGE_AT.search(question)) or bool(_AGE_SAID.search(question)) and bool(
        _ELECTED.search(question) or asked_awards(question))


def describe_age_at(experts: list[ExpertMatch], question: str, english: bool = False) -> str | None:
    """Each expert's age at the event asked (the election unless an award is named): the event's recorded year minus
    the birth year the quoted biography gives, said as an approximation (only years are recorded); a sentence that a
    year is missing where one is; None when the question names no event."""
    from generation import biography
    from generation.biography import birth_date  # (the quotes the answer cites give the birth year)

    asked = [a for a in asked_awards(question) if a != "两院院士"]
    if not asked and not _ELECTED.search(question):  # 大学毕业时多大？ 2003年SARS时多大？ 获奖时多大？: that event, never
        return _age_at_other(experts, question, english)  # the election (its age was said for any event, rt84)
    what = "院士" if _ELECTED.search(question) and not any(a.endswith("院士") for a in asked) or not asked else asked[0]
    out, ages, recorded = [], [], 0
    for expert in experts:
        event, born = _dated(expert, what), birth_date(expert)
        if event is None and born is not None and (written := written_year(expert, what)) is not None:
            age = written - born[0]  # 2000年获得…图灵奖 in the biography, no year on record (it said none was given,
            ages.append(age)  # above the very quote, rt73)
            out.append(f"The graph's award records give no year of this for {expert.name}; by the years the biography "
                       f"quoted below gives for it and for the birth, {expert.name} was about {age} then (years "
                       "subtracted)." if english else  # (the year itself is the quote's: beside the name it read as a
                       f"知识图谱的获奖记录没有{expert.name}这一项的年份；按下面所引简介中写的获奖年份与生年相减，"  # record's)
                       f"{expert.name}当时约{age}岁。")
            continue
        if event is None and born is not None and (other := _age_at_other([expert], question, english)) and \
                not other.startswith(("Neither", "知识图谱的记录和")):  # 被授予“模范医学专家”称号时: the year of the quoted
            # sentence that names it (it said no year was given, above that very quote, rt104); an award the records
            # lack and no quote names, asked with a year (于敏院士2014年获得了国家最高科学技术奖，当时他多大？): said lacking
            # first (the age stood alone, rt120)
            unheld = what != "院士" and not _records(expert, what) and biography.YEAR.search(question) and not any(
                biography.names_award(q, award_forms(what)) for q in biography.quotes(expert) or ())
            out.append(("The graph's award records hold no such award for " + expert.name + "; the age below is for the "
                        "year you give.\n" if english else f"知识图谱的获奖记录中没有{expert.name}的这一项；以下只按您说的年份计算。\n")
                       * bool(unheld) + other)
            continue
        if event is None and what != "院士" and not _records(expert, what):  # 他什么时候获得国家最高科学技术奖的？当时
            out.append(f"The graph's award records hold no such award for {expert.name}, so no age at it can be computed."
                       if english else f"知识图谱的获奖记录中没有{expert.name}获得这一项的记录，无法计算当时的年龄。")
            continue  # 几岁？ of one the records hold no such award of: not "no year of this", which reads as held
        if event is None or born is None:
            missing = ("year of this" if event is None else "birth year") if english else \
                ("这一项的年份" if event is None else "出生年份")
            out.append(f"The graph gives no {missing} for {expert.name}, so the age cannot be computed." if english
                       else f"知识图谱没有{expert.name}的{missing}，无法计算当时的年龄。")
            continue
        age = event.year - born[0]
        ages.append(age)
        recorded += 1
        verdict = _age_verdict(age, question, english)
        if english:
            out.append(f"{verdict}By the graph's records, {expert.name} {_event(event, True)}; by the year of birth the "
                       f"biography quoted below gives, {expert.name} was about {age} then (years subtracted).")
        else:  # (the birth year is the quote's, below: the guard recomputes the age from it)
            out.append(f"{verdict}按知识图谱的记录，{expert.name}{_event(event, False)}；按下面所引简介中的生年相减，"
                       f"{expert.name}当时约{age}岁。")
        again = sorted({a.year for a in _records(expert, what) if a.year and a.year != event.year})
        if again and what != "院士":  # 他获得国家科学技术进步奖一等奖时多大？ of one who won it in 1986 and 1995: each
            out.append(" ".join(f"{expert.name} received {event.name} again in {y}, at about {y - born[0]}." for y in again)
                       if english else "".join(f"知识图谱还记录了{expert.name}{y}年获得{event.name}，当时约{y - born[0]}岁。" for y in again))
            # (only the first was said)
    if what == "院士" and len(ages) >= 2 and recorded == len(ages) and (total := _TOTAL.search(question)):
        mean = total.group("mean") is not None or total.group("mean_en") is not None  # (the guard counts it again:
        figure = round(sum(ages) / len(ages), 1) if mean else sum(ages)  # generation.comparisons)
        some = len(ages) < len(experts)  # (of those whose ages can be computed, said so: none was said, rt118)
        out.append(f"The {len(ages)} of them{' whose ages can be computed' if some else ''}, when elected, were "
                   f"{'on average' if mean else 'together'} about {figure:g} years old (years subtracted)." if english
                   else f"以上{f'{len(experts)}位中有' if some else ''}{len(ages)}位{'可计算年龄，其' if some else ''}"
                   f"当选时的年龄{'平均约' if mean else '合计约'}{figure:g}岁（按年份相减）。")
    elif what != "院士" and recorded >= 2 and recorded == len(ages) and (total := _TOTAL.search(question)):
        mean = total.group("mean") is not None or total.group("mean_en") is not None  # 获得最高奖时的平均年龄: the ages
        figure = round(sum(ages) / len(ages), 1) if mean else sum(ages)  # at the recorded award years (only the mean
        some = len(ages) < len(experts)  # of the election was said, rt114; of those with both years, said so, rt120)
        out.append(f"The {len(ages)} of them{' whose ages can be computed' if some else ''}, when given this award, were "
                   f"{'on average' if mean else 'together'} about {figure:g} years old (years subtracted)." if english
                   else f"以上{f'{len(experts)}位中有' if some else ''}{len(ages)}位{'可计算年龄，其' if some else ''}"
                   f"获得该奖时的年龄{'平均约' if mean else '合计约'}{figure:g}岁（按年份相减）。")
    return "\n".join(out) or None


# an award asked with no name (获奖时多大？ "when he won the award"): each dated award of the record
_SOME_AWARD = re.compile(r"获奖|得奖|拿奖|获得?(?:了|过)?(?:这个|该|那个)?奖|(?i:\b(?:won|received|got)\s+(?:the|an|that)\s+(?:award|prize)\b)|"
                         r"(?i:\b(?:at|of)\s+(?:the|that)\s+(?:award|prize)\b|\b(?:that|this)\s+(?:award|prize)\b)")  # "how
# old was he at the award?", "How many years after his election was that award?" (rt108)
_GENERIC_PIECES = frozenset({"成功", "时候", "那年", "当时", "期间", "以后", "之后", "以前", "之前", "的时", "获得", "完成"})
_EVENT_EN = {r"\bgraduat": "毕业", r"\bjoined\b": "加入", r"\b(?:phd|doctorate|doctoral)\b": "博士"}
# words of an event that say nothing of which one (他…时, 当时, 那年)
_EVENT_FILLER = re.compile(r"[他她]|当时|那年|的时候|时候|时|多大|几岁|多少岁|年纪|年龄|是|在|了|的|吗|呢|[？?。，,\s]")


def _dated_clauses(quote: str) -> list[tuple[str, list[str]]]:
    """The clauses of a quoted passage, each with the years it gives or, giving none, those of the clause before it in
    the same sentence (1948年毕业于震旦大学医学院，获博士学位: the degree of 1948)."""
    from generation.biography import YEAR

    out: list[tuple[str, list[str]]] = []
    for sentence in re.split(r"[；;。]", quote):
        years: list[str] = []
        for clause in re.split(r"[，,]", sentence):
            years = YEAR.findall(clause) or years
            if years:
                out.append((clause, years))
    return out


def _age_at_other(experts: list[ExpertMatch], question: str, english: bool) -> str:
    """How old each expert was at an event that is no election and names no award: in a year the question says
    (2003年SARS时: that year), at each dated award of the record (获奖时), or in the year a quoted biography sentence
    gives the event (大学毕业时: 1948年毕业于清华大学); where none dates it, said so."""
    from generation import biography
    from generation.biography import birth_date

    year = next((int(y) for y in biography.YEAR.findall(question)), None)
    event = re.split(r"时|的时候", question)[0]
    for expert in experts:
        event = event.replace(expert.name, " ")
    words = re.findall(r"[\u4e00-\u9fff]{2,}", _EVENT_FILLER.sub(" ", event)) + \
        [zh for en, zh in _EVENT_EN.items() if re.search(en, question, re.IGNORECASE)] + \
        [a for a in asked_awards(question) if not re.search(r"[\u4e00-\u9fff]", question)]  # "when he graduated", "when
    # he won the Turing Award" (图灵奖: the quoted sentence writing it, rt104)
    out = []
    for expert in experts:
        born = birth_date(expert)
        if born is None:
            out.append(f"The graph gives no birth year for {expert.name}, so the age cannot be computed." if english
                       else f"知识图谱没有{expert.name}的出生年份，无法计算当时的年龄。")
            continue
        if year is None and _SOME_AWARD.search(question):
            dated = [a for a in expert.awards if a.year and not a.name.endswith("院士")]
            for award in sorted(dated, key=lambda a: a.year)[:5]:
                age = award.year - born[0]
                out.append(f"By the graph's records, {expert.name} {_event(award, True)}; by the year of birth the "
                           f"biography quoted below gives, {expert.name} was about {age} then (years subtracted)."
                           if english else f"按知识图谱的记录，{expert.name}{_event(award, False)}；按下面所引简介中的"
                           f"生年相减，{expert.name}当时约{age}岁。")
            if dated:
                continue
        whens = [year] if year is not None else []
        if not whens and words:  # the year of the quoted clause that names the event (毕业 → 1948年毕业于清华大学; 三系配套成功
            # → 1973年实现三系配套): the clause sharing most of its two-character pieces
            pieces = {w[i:i + 2] for w in words for i in range(len(w) - 1)} - _GENERIC_PIECES
            clauses = [(len({p for p in pieces if p in c}), c, dated) for q in biography.quotes(expert) or ()
                       for c, dated in _dated_clauses(q)]
            earned = [(n, c, dated) for n, c, dated in clauses if n and not re.search(r"荣誉|名誉", c)]
            if earned and not re.search(r"荣誉|名誉|(?i:honorary)", question):  # (the earned degree, not the honorary
                clauses = earned  # ones after it: 1993 and 2008 were said of 1982年获香港大学哲学博士, rt120)
            clauses = [(n, dated) for n, _, dated in clauses]
            best = max((n for n, _ in clauses), default=0)
            found = sorted({int(y) for n, dated in clauses if n == best and best > 0 for y in dated})
            whens = found[:3]  # (1982年、1986年和1992年毕业于湖南大学: each, rt85)
        if not whens:
            out.append(f"Neither the graph's records nor {expert.name}'s biography date this event, so the age then "
                       "cannot be computed." if english else
                       f"知识图谱的记录和{expert.name}的简介都没有这件事的年份，无法计算当时的年龄。")
            continue
        for when in whens:
            age = when - born[0]
            out.append(f"By the year of birth the biography quoted below gives, {expert.name} "
                       f"{'was' if when < datetime.date.today().year else 'is'} about {age} in {when} "
                       "(years subtracted)." if english else
                       f"按下面所引简介中的生年相减，到{when}年，{expert.name}的年龄约{age}岁。")
    return "\n".join(out)


# how old an expert is now (他今年多大了？ 现在多少岁？ "How old is he now?"), no event named
_AGE_NOW = re.compile(r"今年(?:多大|多少岁|几岁|高寿|贵庚)|现在(?:多大|多少岁|几岁)|(?:多大|多少岁|几岁)了|"
                      r"(?:分别|各自|都)?(?:多大|多少岁|几岁)(?=[？?吗呢]|$)|"  # 他们分别多大？ 第一位多大？ (quotes only, rt58)
                      r"(?:今年|现在|已经|都)(?:已经|都|有)?(?:\d{1,3}|[一二两三四五六七八九十]{1,3})多?\s*(?:周)?岁了?(?:吧|吗|对吧|对吗|是吗)|"
                      # 郑晓静院士今年80岁了，请介绍一下她: an age stated in passing, checked too (it stood, rt73)
                      r"(?:今年|现在)(?:已经|都|有)?(?:\d{1,3}|[一二两三四五六七八九十]{1,3})多?\s*(?:周)?岁了?(?=[，,。；;！!]|$)|"
                      r"(?:年龄|岁数|年纪)(?:现在|今年)?"
                      r"(?:是)?多(?:大|少)|(?i:\bhow\s+old\s+(?:is|are)\s+(?:he|she|they|each\s+of\s+them|all\s+of\s+them|"
                      r"these\s+experts|\w+\s+\w+|the\s+(?:[\w.'-]+\s+){0,6}?(?:one|expert|academician|professor)"
                      r"(?:\s+(?:at|from|of)\s+(?:[\w.'-]+\s*){1,8})?)(?:\s+now|\s+today|\s+this\s+year)?"
                      r"\s*\??\s*$|\bcurrent\s+age\b|\bage\s+now\b)")
_DIED = re.compile(r"逝世|去世|病逝|辞世|故于")


def asks_age_now(question: str) -> bool:
    """Whether the question asks how old an expert is now (not at an election or award)."""
    return bool(_AGE_NOW.search(question)) and not asks_age_at(question) and not _AGES_APART.search(question) and \
        not _AT_DEATH.search(question)


# an age at death (享年多少岁？ 去世时几岁？): no record dates a death, and the age now is no answer to it (104 was said, rt140)
_AT_DEATH = re.compile(r"享年|(?:去世|逝世|病逝|辞世)(?:时|的时候)|(?i:\bwhen\s+(?:he|she)\s+died\b|\bage\s+at\s+death\b)")


# two ages compared (潘际銮比关桥年轻几岁？ 他们相差几岁？): the years apart, which the birth order answers, not each age now
_AGES_APART = re.compile(r"比[^，,。？?]{1,16}?(?:大|小|年轻|年长|老)(?:几|多少)岁|(?:相差|差)(?:几|多少)岁")


def describe_age_now(experts: list[ExpertMatch], english: bool = False, this_year: int | None = None,
                     question: str = "") -> str | None:
    """Each expert's age this year: this year minus the birth year the quoted biography gives, said as an
    approximation and only of one whose quoted biography writes no death (the graph records no life status); None
    when no quoted biography gives a birth year. An age the question says of one expert (潘际銮今年105岁了吧？) is
    confirmed or denied first (it quoted the birth date only, rt48)."""
    from generation.biography import age_in, birth_date, quotes  # (the quotes the answer cites give the birth year)

    this_year = this_year or datetime.date.today().year
    out = []
    for expert in experts:
        born = birth_date(expert)
        if born is None:
            continue
        if any(_DIED.search(q) for q in quotes(expert) or ()):
            out.append(f"The biography of {expert.name} quoted below writes of their death." if english else
                       f"下面所引{expert.name}的简介写有逝世的记载。")
            continue
        age = age_in(born, this_year)  # (the full date written, or the month: the age today)
        today = datetime.date.today()
        exact = this_year == today.year and born[1] is not None and (born[2] is not None or today.month != born[1])
        if len(experts) == 1 and question:
            out.append(_age_verdict(age, question, english, exact).strip())
        out.append(f"By the year of birth the biography quoted below gives, {expert.name} is about {age} in {this_year} "
                   "(years subtracted; the graph does not record whether an expert is living)." if english else
                   f"按下面所引简介中的生年相减，到{this_year}年，{expert.name}的年龄约{age}岁（知识图谱不记录专家是否健在）。")
    return "".join(out[:1]) + "\n".join(out[1:]) if out and out[0] in ("是。", "不是。", "Yes.", "No.") else \
        "\n".join(o for o in out if o) or None


# the ages asked together: added up (加起来, 总和) or averaged (平均)
_TOTAL = re.compile(r"(?P<sum>加起来|加在一起|总和|之和|合计|一共|总共)|(?P<mean>平均)|(?i:\b(?:(?P<sum_en>sum|total|add\s+up)|"
                    r"(?P<mean_en>average|mean))\b)")


# who was youngest or oldest when elected (谁当选时最年轻？ "Who was youngest when elected?"): ages at the election,
# not birth order (the one born last can be the oldest at election: 蔡美峰, born 1943, elected 2013 at about 70)
_AGE_AT_ORDER = re.compile(r"(?:当选|入选)[^，。？?]{0,6}?(?:时|的时候)[^，。？?]{0,6}?(?:最|更|比较|较)(?:年轻|年长|年纪大|年纪小|小|大)|"
                           r"(?:最|更)(?:年轻|年长)[^，。？?]{0,4}?(?:就)?(?:当选|入选)|"
                           r"(?i:\b(?:youngest|oldest|younger|older)\b\s+(?:(?:one|person|academician|expert)\s+)?"
                           r"(?:when|at\s+(?:the\s+time\s+of\s+)?)\s*(?:\w+\s+){0,2}?(?:elected|election)\b|"
                           r"\belected\s+(?:at\s+)?(?:the\s+)?(?:youngest|oldest)(?:\s+age)?\b)")  # (not "Rank them by
# election year, oldest first": the years)
_OLDEST = re.compile(r"年长|年纪大|(?<!年)大|(?i:oldest|older)")


# the same of an award (获奖时年纪最小, 获得最高奖时谁最年轻, "youngest when receiving it", rt108)
_AGE_AT_AWARD_ORDER = re.compile(r"(?:获奖|得奖|获得[^，。？?]{0,20}?)(?:时|的时候)[^，。？?]{0,6}?(?:年龄|年纪)?(?:最|更|比较|较)"
                                 r"(?:年轻|年长|年纪大|年纪小|小|大)|(?i:\b(?:youngest|oldest)\b[^?.]{0,30}?\b(?:when\s+"
                                 r"(?:receiving|winning|(?:he|she|they)\s+(?:received|won|got))|at\s+the\s+(?:time\s+of\s+"
                                 r"(?:the\s+)?)?award)\b|\b(?:received|won|got)\s+it\s+at\s+the\s+(?:youngest|oldest)\s+age\b)")


def asks_age_at_order(question: str) -> bool:
    """Whether the question asks who of several was youngest or oldest when elected (or when given an award)."""
    return bool(_AGE_AT_ORDER.search(question) or _AGE_AT_AWARD_ORDER.search(question))


def election_age_order(experts: list[ExpertMatch], question: str, english: bool = False, award: str = "") -> str:
    """For 谁当选时最年轻？: each one's age at the election (the seat's recorded year minus the quoted biography's birth
    year), then who was youngest (or oldest, as asked) at it where every age is known; "" for any other question.
    `award`: the award a question about "the award" means when it names none (the one a count before it asked)."""
    from generation.biography import birth_date

    if len(experts) < 2 or not asks_age_at_order(question):
        return ""
    asked = _AGE_AT_ORDER.search(question) or _AGE_AT_AWARD_ORDER.search(question)
    award = next((a for a in asked_awards(question) if not a.endswith("院士")), award or None) \
        if asked.re is _AGE_AT_AWARD_ORDER else None
    if asked.re is _AGE_AT_AWARD_ORDER and award is None:  # an award not named: the one they all hold, dated
        common = set.intersection(*({a.name for a in e.awards if a.year and not a.name.endswith("院士")} for e in experts))
        if len(common) != 1:  # (none, or several: which is not known — the birth order was said instead, naming one
            # who holds no such award "the youngest", rt114)
            return ("The experts above hold no one dated award in common, so who was youngest or oldest when receiving "
                    "it cannot be said from the records." if english else
                    "以上专家的记录中没有人人都有年份的同一项荣誉，无法按获奖时的年龄比较。")
        award = common.pop()
    total = _TOTAL.search(question)  # (…获奖时的平均年龄是多少？谁获奖时最年轻？: both, the mean was left out, rt120)
    total = "" if total is None else "的年龄平均" if total.group("mean") or total.group("mean_en") else "的年龄合计"
    each = describe_age_at(experts, f"获得{award}时{total}多少岁" if award else f"当选时{total}多少岁", english) or ""
    ages = {e.id: event.year - born[0] for e in experts
            if (event := _dated(e, award or "院士")) is not None and (born := birth_date(e)) is not None}
    if len(ages) < 2:
        return each  # too few ages known: no verdict on who was youngest
    unknown = [e.name for e in experts if e.id not in ages]  # (袁隆平's award year unrecorded: of the others, said so)
    experts = [e for e in experts if e.id in ages]
    oldest = bool(_OLDEST.search(asked.group()))
    when = ("when given it" if award else "when elected") if english else ("获得该奖时" if award else "当选时")
    best = (max if oldest else min)(ages.values())
    who = [e.name for e in experts if ages[e.id] == best]
    near = {best, best - 1 if oldest else best + 1}  # a year apart, or the same: only years are recorded, so the
    if len(who) > 1 or any(a in near for i, a in ages.items() if a != best):  # order is not certain
        return each + ("\nOnly years are recorded, so who was " + ("oldest" if oldest else "youngest") + f" {when} "
                       "cannot be said for certain." if english else f"\n只记录了年份，{when}谁" +
                       ("最年长" if oldest else "最年轻") + "无法确定。")
    if english:
        return each + f"\nBy these ages, {who[0]} was the {'oldest' if oldest else 'youngest'} {when}" + (
            f" of those whose age then can be computed (not {', '.join(unknown)})." if unknown else ".")
    return each + f"\n按这样计算，{when}{'最年长' if oldest else '最年轻'}的是{who[0]}" + (
        f"（在能算出当时年龄的专家中；{'、'.join(unknown)}不能算出）。" if unknown else "。")


def _age_verdict(age: int, question: str, english: bool, exact: bool = False) -> str:
    """是/不是 for an age the question says of the event, the event's year minus the birth year being `age` (so the
    age then was `age` or one less: only years are recorded; `exact`: `age` is the age, the full dates known); ""
    where none is said or the two readings differ."""
    from retrieval.census import chinese_number

    if len(ages := list(_AGE_SAID.finditer(question))) != 1:
        return ""
    m = ages[0]
    said = m.group("n") or m.group("en")
    n = int(said) if said.isdigit() else chinese_number(said)
    if not n:
        return ""
    under = bool(m.group("under") or m.group("below"))
    readings = (age,) if exact else (age - 1, age)
    if not under:  # 49岁 of one whose years give 50: one reading is 49 — so said, not a bare 是 beside "about 50" (rt71)
        if n not in readings:
            return "No. " if english else "不是。"
        if exact or n == age:
            return "Yes. " if english else "是。"
        return (f"Possibly: only the years are recorded, so the age was {age - 1} or {age}. " if english else
                f"可能是：只按年份计算，当时为{age - 1}或{age}岁。")
    held = {a < n for a in readings}  # 不到60岁: both readings below it, or neither
    if len(held) > 1:
        return ""
    return ("Yes. " if held.pop() else "No. ") if english else ("是。" if held.pop() else "不是。")


# whether one event came before another of the same expert (他在获得国家自然科学奖一等奖之前当选院士了吗？ "Was he elected
# before he won the State Natural Science Award?"): before/after said of an event, not of a year
_EVENT_ORDER = re.compile(r"(?<!\d)(?<!\d年)(?:之前|以前|之后|以后)|(?i:\b(?:before|after)\b(?!\s+(?:19|20)\d\d))")


def asks_event_order(question: str) -> bool:
    """Whether the question asks if an election came before or after an award (no year said as the bound)."""
    return bool(_EVENT_ORDER.search(question)) and bool(_ELECTED.search(question)) and any(
        not a.endswith("院士") for a in asked_awards(question))


def describe_event_order(expert: ExpertMatch, question: str, english: bool = False) -> str | None:
    """When an expert was elected and received the award asked, and which came first, from the records' years (a
    verdict only where the years differ); that it cannot be said where one is undated; None when none is asked."""
    award = next((a for a in asked_awards(question) if not a.endswith("院士")), None)
    if award is None:
        return None
    seat, prize = _dated(expert, "院士"), _dated(expert, award)
    if seat is None or prize is None:
        return (f"The graph does not date both {expert.name}'s election and this award, so which came first cannot be "
                "said." if english else f"知识图谱没有同时记录{expert.name}当选和这一奖项的年份，无法判断先后。")
    if seat.year == prize.year:
        return (f"By the graph's records, {expert.name} {_event(seat, True)} and {_event(prize, True)}: the same year."
                if english else f"按知识图谱的记录，{expert.name}{_event(seat, False)}，{_event(prize, False)}，是同一年。")
    verdict = "" if not _YES_NO_END.search(question) else (
        ("Yes. " if english else "是。") if (seat.year < prize.year) == _asks_elected_first(question)
        else ("No. " if english else "不是。"))
    n = abs(seat.year - prize.year)
    if english:
        return f"{verdict}By the graph's records, {expert.name} {_event(seat, True)} and {_event(prize, True)}: " \
               f"{n} year{'s' if n > 1 else ''} apart."
    return f"{verdict}按知识图谱的记录，{expert.name}{_event(seat, False)}，{_event(prize, False)}，两者相隔{n}年。"


def _asks_elected_first(question: str) -> bool:
    """Whether the question asks if the election came first: the event before/after is said of is the other's anchor —
    in Chinese the one written before 之前/之后 (在获得X之前当选: elected first; 当选院士之后获得X: elected first too), in
    English the one written after before/after ("elected before he won X": elected first; "won X after he was elected")."""
    m = _EVENT_ORDER.search(question)
    before = m.group().lower() in ("之前", "以前", "before")
    if m.group() in ("之前", "以前", "之后", "以后"):
        said = question[:m.start()]
        anchor_elected = max(said.rfind(w) for w in ("当选", "院士", "选为")) > said.rfind("奖")
    else:
        said = question[m.end():].lower()
        at = [said.find(w) for w in ("won", "win", "receiv", "award", "prize", "got")]
        award_at = min((a for a in at if a >= 0), default=-1)
        elect_at = said.find("elect")
        anchor_elected = elect_at >= 0 and (award_at < 0 or elect_at < award_at)
    return before != anchor_elected


_YES_NO_END = re.compile(r"[吗吧么嘛]\s*[？?]?\s*$|是不是|是否|对吗|对吧|^\s*(?:was|did|has|had|is)\b", re.IGNORECASE)


def describe_birth_bounds(bounds: tuple[int | None, int | None], shown: list[tuple[str, int | None]],
                          english: bool = False) -> str:
    """Which of the experts shown (name, the birth year the biography writes or None) were born within the years a
    problem asks for (60后的, 1960年以后出生的, 50岁以下): read from the biographies, the records holding no age. Named,
    not numbered (第2位 reads as a figure of the expert before it)."""
    lo, hi = bounds
    asked = (f"{lo}–{hi}" if lo and hi else f"{lo} or later" if lo else f"{hi} or earlier") if english else \
        (f"{lo}年至{hi}年" if lo and hi else f"{lo}年及以后" if lo else f"{hi}年及以前")
    within = [n for n, y in shown if born_within(y, bounds)]
    outside = [n for n, y in shown if y is not None and n not in within]
    unwritten = [n for n, y in shown if y is None]
    if english:
        parts = [f"{', '.join(within)} within it" if within else "", f"{', '.join(outside)} outside it" if outside else "",
                 f"no year written for {', '.join(unwritten)}" if unwritten else ""]
        return (f"The birth years you asked for: {asked}. The graph's records hold no age; by the years the biographies "
                f"write: " + "; ".join(p for p in parts if p) + ".")
    parts = [f"{'、'.join(within)}在此范围内" if within else "", f"{'、'.join(outside)}不在此范围内" if outside else "",
             f"{'、'.join(unwritten)}的简介没有写生年" if unwritten else ""]
    lead = "" if within else "与问题最相关的专家中，没有简介写的生年在此范围内的；"
    return (f"您要求的生年为{asked}。知识图谱的结构化记录中没有年龄一项；{lead}按简介写的生年，"  # (出生: a claim of a
            + "，".join(p for p in parts if p) + "。")  # life, for the guard)
