"""Whom a turn points at among the experts shown: positions, names, surnames, institutions, earlier lists."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pypinyin import lazy_pinyin

from generation.conversation.questions import _CN_DIGITS, _SHOWN_POINTER, PRONOUN, asked_attribute, expand_org_aliases
from generation.conversation.state import Conversation, _all_shown, known_experts
from generation.english import NUMBER_WORDS
from generation.english_turns import ORDINAL_WORDS, english_reading
from retrieval.english_names import latin_org_matches
from retrieval.models import ExpertMatch, Requirement
from retrieval.names import CLAUSE_START, COMPOUND_SURNAMES, SURNAME, SURNAMES
from retrieval.problem import names_no_problem, states_symptom
from retrieval.requirements import PLACES
from retrieval.script import simplified

_ORDINAL = re.compile(r"第([零一二三四五六七八九十\d]+)(?:位|名|个(?!问题|方面|难题|需求|事|话题|课题|项目|要求))"  # (第二个问题: no one)
                      r"(?!中国|华人|华裔|亚洲|女科学家|女性|外国|本土|大陆)")  # (…获得欧莱雅奖的第一位中国科学家: a first
# claimed, no place in the list — both shown were answered, and 是 said, rt144)


_LAST = re.compile(r"最后(?:一|那)[位个名]|最后面的?(?:那)?[位个名]?|(?:排在|排)?最后的(?:那|这)?(?:一)?[位个名]")  # (排在最后的那位呢？
# was read as the one in focus, rt126)


# a number of experts a group word gives (这两位, 他们俩, 这三位): the experts the last turn was about, when as many
# (把两个人的信息整理成JSON: the two shown — it matched a new problem, textile experts, rt87)
_GROUP_SIZE = re.compile(r"(?:这|那|上面的?|以上|前面的?|刚才(?:推荐)?的|^(?:那|那么)?(?:请|请你|麻烦|帮我)?(?:把|将)?(?=[两二三四五六七八九十](?:个人|人)(?:的|都|各|分别|谁|中|里|当中)))([两二三四五六七八九十])(?:[位个名]|(?<=^[两二三四五六七八九十])人|(?<=[那把将][两二三四五六七八九十])人)|[他她]们?([俩两])|[他她]们([两二三四五六七八九十])[位个名]")


_ORG_EXPERT = re.compile(r"([\u4e00-\u9fff]{2,20}?(?:大学|学院|研究院|研究所|医院|公司|集团|中心|实验室))的?"
                         r"(?:(?:那[两几三]?位|这[两几三]?位|那个|这个)(?:专家|教授|老师|院士|研究员|学者)?|专家|教授|老师|院士|研究员|"
                         r"学者)")


_SEAT = re.compile(r"(?:科学|工程|中科)院院士$")


# an institution said in short before the one pointed at (武汉理工那位, 大连化物所的那位专家)
# what an institution's name ends on that names its kind, not which one (…理工大学, …研究院)
_ORG_KIND_END = re.compile(r"(?:理工|工业|科技|师范|农业|交通|医科|财经|石油|电子|矿业|林业|海洋|航空航天)?"
                           r"(?:大学|学院|研究院|研究所|医院|公司|集团|中心|实验室)?$")


_ORG_SHORT_EXPERT = re.compile(r"([\u4e00-\u9fff]{2,8}?)的?(?:那|这)(?:位|个)(?:专家|老师|教授|院士)?")


# the pointer before the institution (回到那位钢铁研究总院的，他哪年当选？ 那位物理所的呢？)
_POINTER_ORG = re.compile(r"(?:那|这)(?:位|个)([\u4e00-\u9fff]{2,20}?)(?:的|来的|出来的)(?:专家|老师|教授|院士|学者)?"
                          r"(?=[，,。？?！!呢吗]|他|她|$)")


_TOPIC_EXPERT = re.compile(r"(?:做|研究|搞|从事|专攻)([\u4e00-\u9fff]{2,10}?)(?:方向|领域)?的?(?:那|这)(?:位|个)|"
                           # 刚才那位做舰艇通信的专家: the pointer first (it was the one in focus, of another list, rt102)
                           r"(?:那|这)(?:位|个)(?:做|研究|搞|从事|专攻)([\u4e00-\u9fff]{2,10}?)(?:方向|领域)?的(?:专家|院士|老师|教授)?")


_LATIN_ORG_EXPERT = re.compile(r"([A-Z][A-Za-z'&. -]+?)的专家")


_SURNAMES = frozenset(SURNAMES) | frozenset(COMPOUND_SURNAMES)


_FIRST_N = re.compile(r"前([两二三四五\d])[位个名]")


_SURNAME_SEAT = re.compile(rf"({SURNAME})(?:院士|教授|老师|研究员|专家|总)|"
                           # 那个姓李的专家, 姓王的那位: the shown expert of that surname
                           rf"(?<!百)姓({SURNAME})的(?=那位|这位|专家|老师|教授|院士|研究员|那个|[？?吗呢]|$)")


def _position(raw: str, before: str, shown: int) -> int | None:
    """One 第N位 as a position (倒数第二位 → `shown` - 1), None when N is not a number."""
    n = int(raw) if raw.isdigit() else _CN_DIGITS.get(raw) if len(raw) == 1 else None
    if n is not None and before == "倒数":
        return shown + 1 - n
    return n


def _ordinals(text: str, shown: int) -> list[tuple[int, int]]:
    """The positions a turn refers to, as (where in the text, position): 第二位 → 2, 最后一位 → `shown`, 倒数第二位 →
    `shown` - 1."""
    found = [(m.start(), shown) for m in _LAST.finditer(text)]
    for m in _ORDINAL.finditer(text):
        n = _position(m.group(1), text[max(0, m.start() - 2):m.start()], shown)
        if n is not None:
            found.append((m.start(), n))
    return sorted(found)


def _ordinal(text: str, shown: int) -> int | None:
    """The first position a turn refers to, None when none."""
    found = _ordinals(text, shown)
    return found[0][1] if found else None


_ELLIPTIC = re.compile(r"^(?:那么|还有|那)?\s*(第[一二三四五六七八九十\d]+位(?:专家)?|[他她]|这位|那位|[\u4e00-\u9fff]{2,4}?)"
                       r"(?:的)?呢\s*[？?。]*$")


POINTER = re.compile(r"第[一二三四五六七八九十\d]+位(?:专家)?|" + PRONOUN.pattern + r"|[这那]位(?:专家)?|该专家")


_LEADING_REF = re.compile(rf"^(?:那|那么)?\s*(?:{POINTER.pattern})")


_WHEN_ONLY = re.compile(r"^(?:那|那么)?\s*(?:是)?(?:哪一?年|什么时候|何时)(?:的|获得?的|当选的|得的)?\s*[？?。]*$|"
                        # "In which year?" "What year was that?" "When?" (it was a new search: three strangers, rt42)
                        r"(?i:^\s*(?:and\s+|so\s+)?(?:in\s+)?(?:which|what)\s+year\s*(?:was\s+(?:that|it))?\s*[?.]*\s*$|"
                        r"^\s*(?:and\s+)?when(?:\s+was\s+(?:that|it))?\s*[?.]*\s*$)")


def elliptic(text: str, conversation: Conversation) -> str:
    """A turn that only names another expert (那第二位呢？ 他呢？ 王辰呢？) right after a question about one (第一位是哪年
    出生的？): that question asked of the one it names; a bare 那是哪年？ after 他获得过陈嘉庚农业科学奖吗？: when that was;
    the turn unchanged otherwise."""
    m = _ELLIPTIC.match(text.strip())
    when = _WHEN_ONLY.match(text.strip())
    if m is None and when is None or not conversation.last:
        return text
    before = next((c.content for c in reversed(conversation.messages)  # the question, past earlier 那第三位呢？
                   if c.role == "user" and not _ELLIPTIC.match(c.content.strip())
                   and not _WHEN_ONLY.match(c.content.strip())), "")
    if when is not None:
        asked = re.sub(r"(?:吗|吧|么|嘛|呢)?\s*[？?。！!]*$", "", before)
        if re.search(r"[A-Za-z]{3}", text):  # "Has the first one won …?" → "In which year?": when he won it
            return "In which year did he win it?" if asked and asked_attribute(english_reading(before) or before) \
                == "awards" else text
        return f"{asked}是哪一年？" if asked and len(asked) <= 40 and asked_attribute(asked) == "awards" else text
    names = sorted((e.name for e in conversation.shown), key=len, reverse=True)
    ref = m.group(1)
    if not re.match(r"第|[他她]$|这位|那位", ref) and ref not in names:
        return text  # 焊接呢？ asks about a topic, not about another expert
    if (n := _ORDINAL.match(ref)) and (_position(n.group(1), "", len(conversation.last)) or 0) > len(conversation.last):
        return text  # 第五位呢？ of three: said as such
    lead = _LEADING_REF.match(before) or next((re.match(re.escape(n), before) for n in names if before.startswith(n)), None)
    if lead is None or len(before) > 40:
        return text
    return ref + before[lead.end():]


# what disputes an answer (不对 / 你确定吗？我查到的是2011年 / 可是百度百科写的就是2011年，你改一下吧 / 我听说只得过一次 /
# "Are you sure? I found 1985.") and the words beside it that say nothing else
_DISPUTE_CUE = re.compile(r"不对|不是吧?|错了|说错|你确定|确定吗|真的吗|是吗|查到|查过|看到|记得|印象中?|听说|百科|网上|资料|明明|其实|"
                          r"改一下|改成|更正|纠正|\b(?:are\s+you\s+sure|wrong|really|i\s+(?:found|read|remember|think|believe|"
                          r"heard|saw))\b", re.IGNORECASE)


_DISPUTE_REST = re.compile(r"可是|但是|但|而且|我|你|您|的|是|就|只|才|吧|吗|啊|呀|呢|了|过|得|获|应该|写|说|上|在|百度|维基|一下|请|"
                           r"那|这|个|明明|其实|对|[，,。.！!？?\s]|\b(?:i|it|was|is|that|the|a|he|she|only|once|twice|times?|"
                           r"in|on|online|wikipedia|baidu|sure|found|read|no|yes|but|so|elected|born|year)\b", re.IGNORECASE)


_DISPUTED_YEAR = re.compile(r"(?<!\d)(?P<year>1[89]\d\d|20\d\d)(?!\d)\s*年?")


_DISPUTED_COUNT = re.compile(r"(?P<n>[一二两三四五六七八九十]{1,3}|\d{1,3})\s*(?P<unit>次|项|个|回)")


_COUNT_ASKED = re.compile(r"几|多少")


_ELECTION_TOPIC = re.compile(r"当选|选为|院士|学部委员|\belected\b", re.IGNORECASE)


_BIRTH_TOPIC = re.compile(r"出生|生于|哪年生|\bborn\b", re.IGNORECASE)


def disputed(text: str, conversation: Conversation) -> str:
    """A turn that only disputes what was just asked about one expert — the year of an election or a birth (潘际銮是哪一年
    当选院士的？ → 不对，是1991年 / 你确定吗？我查到的是1985年), or a count (几次…？ → 我听说只得过一次): the disputed
    figure asked as a premise of the same expert (潘际銮是1991年当选的吗？ / 得过一次…吗？), so that the record answers it
    (it was searched as a new problem on 确定 and 百科); the turn unchanged otherwise."""
    expert = conversation.focus
    cue = _DISPUTE_CUE.search(text)
    if expert is None or cue is None:
        return text
    before = next((c.content for c in reversed(conversation.messages)  # the question, not an earlier dispute of it
                   if c.role == "user" and not _DISPUTE_CUE.search(c.content)), "")
    english = not re.search(r"[\u4e00-\u9fff]", text)
    year = _DISPUTED_YEAR.search(text)
    count = None if year else _DISPUTED_COUNT.search(text)
    figure = year or count
    if figure is None or not names_no_problem(_DISPUTE_REST.sub("", _DISPUTE_CUE.sub("", text.replace(figure.group(), " ")))):
        return text
    if year:
        if _BIRTH_TOPIC.search(before):
            return f"Was {expert.name} born in {year['year']}?" if english else f"{expert.name}是{year['year']}年出生的吗？"
        if _ELECTION_TOPIC.search(before):
            return f"Was {expert.name} elected in {year['year']}?" if english else f"{expert.name}是{year['year']}年当选的吗？"
        return text
    asked = _COUNT_ASKED.search(before)
    if asked is None or english:  # (a count is disputed in Chinese only)
        return text
    said = f"{count['n']}{count['unit']}"  # 李德群得过几次国家科学技术进步奖二等奖？ → 得过三次…吗？
    question = re.sub(r"^(?:几|多少)(?:次|项|个|回)?", said, before[asked.start():])
    return re.sub(r"[？?。.\s]*$", "", before[:asked.start()] + question) + "吗？"


_THE_REST = re.compile(r"其余(?:几|[两二三四])?[位个名]|其他(?:几|[两二三四])[位个名](?!专家)|另外(?:几|[两二三四])[位个名](?=[呢吗？?]|$|的)")


# what follows a name a turn asks about (申长语的研究方向？ 李德君院士是…): the cue that the characters are a name
_AFTER_NAME = re.compile(r"的|院士|教授|老师|研究员|专家|是|呢|在|获|有|现在|吗|[，,？?]")


def _misspelt_shown(text: str, known: list[ExpertMatch]) -> list[tuple[int, ExpertMatch]]:
    """Shown experts a turn names with one given-name character wrong (申长语 for 申长雨, 李德君 for 李德群; in a
    two-character name only a homophone the input method offered: 王其 for 王琪), where exactly one shown expert is that
    close."""
    out = []
    for e in known:
        if len(e.name) < 2 or e.name in text:
            continue
        at = [k for k in range(len(text) - len(e.name) + 1) if text[k] == e.name[0]
              and sum(a != b for a, b in zip(text[k:k + len(e.name)], e.name)) == 1
              and re.fullmatch(r"[\u4e00-\u9fff]+", text[k:k + len(e.name)])
              and (len(e.name) >= 3 or lazy_pinyin(text[k:k + 2]) == lazy_pinyin(e.name))
              and _AFTER_NAME.match(text, k + len(e.name))]
        rivals = [o for o in known if o is not e and len(o.name) == len(e.name) and o.name[0] == e.name[0]]
        if at and not rivals:
            out.append((at[0], e))
    return out


def pointed_at(text: str, conversation: Conversation) -> list[ExpertMatch]:
    """The shown experts a turn names or points at by position, in either language (第三位, "the third one", 李卫)."""
    known = known_experts(conversation)
    reading = said_positions(expand_org_aliases(in_chinese_names(text, known)))
    if nth := _NTH_EN.search(reading):  # "Only the third one": 第三位
        reading = reading.replace(nth.group(), f"第{'一二三四五'[ORDINAL_WORDS.index(nth.group(1).lower())]}位")
    return _targets(reading, conversation)[0]


def _targets(text: str, conversation: Conversation) -> tuple[list[ExpertMatch], list[int | str]]:
    """The shown experts a turn names or points at by position, in the order it mentions them, and the positions it
    asks for that the list does not have (第五位 of three) or the institution it points by that none of them is at
    (复旦大学的那位专家 when nobody of 复旦大学 was shown)."""
    known = known_experts(conversation)
    mentioned = [(text.index(e.name), e) for e in known if e.name in text]
    mentioned += [(at, e) for at, e in _misspelt_shown(text, known) if all(e.id != m.id for _, m in mentioned)]
    missing: list[int | str] = []
    for m in _SURNAME_SEAT.finditer(text):  # 陈院士获得过什么奖？ / 欧阳院士: the one shown expert of that surname
        surname = m.group(1) or m.group(2)
        bearers = [e for e in known if e.name.startswith(surname) and e.name not in text]
        inside = any(at <= m.start() < at + len(e.name) for at, e in mentioned)
        if bearers and not inside:  # two shown 陈: both (陈院士获得过什么奖？ is answered for each)
            mentioned += [(m.start() + k / 10, e) for k, e in enumerate({e.id: e for e in bearers}.values())]
        elif not bearers and not inside and surname in _SURNAMES and CLAUSE_START.search(text, 0, m.start()) \
                and not any(e.name.startswith(surname) for e in known):
            missing.append(m.group())  # 李院士是哪个单位的？ when no 李 was shown
    for m in _ORG_EXPERT.finditer(text):  # 那位四川大学的专家: the one shown expert of that institution
        said = m.group(1)
        if _SEAT.search(m.group()):  # 中国科学院院士 is an academy seat, not someone at the institution
            continue
        if re.search(r"(?:是|当过|做过|担任过?)[\u4e00-\u9fff]{2,20}?(?:大学|学院|研究院|研究所|医院|公司|集团|中心|实验室)$",
                     text[:m.end(1)]):  # 他是哈尔滨工业大学的
            continue  # 教授吗？: what is said of him, to check — not whom it points at (none shown was, rt87)
        for k in range(len(said) - 3):  # the words before the name (那位, 请问) are no part of it
            bearers = {e.id: e for e in known if e.institution and said[k:] in e.institution}
            if bearers:
                mentioned += _each(m.start(), bearers)
                break
        else:
            missing.append(m.group(1))
    for m in [*_ORG_SHORT_EXPERT.finditer(text), *_POINTER_ORG.finditer(text)]:  # 武汉理工那位 / 那位钢铁研究总院的: the
        said = re.sub(r"(?<!研究)所$", "研究所", m.group(1))  # one shown expert whose institution holds the words (it
        # was the one in focus); 物理所 is 物理研究所
        found = False
        for k in range(len(said) - 1):
            if len(_ORG_KIND_END.sub("", said[k:])) < 2:  # 东南大学 → 大学, 南大学: no particular institution (it was
                break  # the one shown at 长沙理工大学 / 湖南大学)
            bearers = {e.id: e for e in known if e.institution and said[k:] in e.institution}
            if bearers:
                found = True
                if all(e.id not in bearers for _, e in mentioned):
                    mentioned += _each(m.start(), bearers)
                break
        place = next((p for p in PLACES if said.endswith(p)), None)  # (…奖南京那位: "the one from Nanjing" read)
        if not found and place is not None:  # 南京那位院士: the one shown at an institution in that place; none: said so
            bearers = {e.id: e for e in known if Requirement(kind="place", text=place).met(e)}  # (the first shown was
            if not bearers:  # answered about, none being in 南京, rt112)
                missing.append(place)
            elif all(e.id not in bearers for _, e in mentioned):
                mentioned += _each(m.start(), bearers)
        elif not found and _ORG_KIND_END.search(full := expand_org_aliases(said)).group() and not _SEAT.search(full):
            missing.append(full)  # 那位清华的呢？ when nobody of 清华大学 was shown: said so (it answered the one in focus)
    for m in _TOPIC_EXPERT.finditer(text):  # 做模具那位 / 研究药物化学的那位: the one shown expert whose directions or
        topic = m.group(1) or m.group(2)  # fields name it; none: said so (it was the one in focus)

        def bearing(experts: Sequence[ExpertMatch], topic: str = topic) -> dict[str, ExpertMatch]:
            return {e.id: e for e in experts if any(topic in d or len(d) >= 2 and d in topic for d in [*e.directions, *e.fields])}
        bearers = bearing(known) or bearing(_all_shown(conversation))  # (刚才那位做舰艇通信的: of an earlier problem's list)
        if len(bearers) == 1:
            mentioned.append((m.start(), next(iter(bearers.values()))))
        elif not bearers:
            missing.append(topic)
    for m in _LATIN_ORG_EXPERT.finditer(text):  # the expert from Zhengzhou University (an English turn's reading)
        bearers = {e.id: e for e in known if e.institution and latin_org_matches(m.group(1), e.institution)}
        if bearers:
            mentioned += _each(m.start(), bearers)
        else:
            missing.append(m.group(1))
    for m in _FIRST_N.finditer(text):  # 前两位是同一个单位的吗？: the first N of the last list
        n = _CN_DIGITS.get(m.group(1), 2) if not m.group(1).isdigit() else int(m.group(1))
        mentioned += [(m.start() + k, e) for k, e in enumerate(conversation.last[:n])]
    if (rest := _THE_REST.search(text)) and conversation.focus is not None:  # 其余两位呢？ after a turn about one
        mentioned += [(rest.start() + k / 10, e) for k, e in enumerate(
            e for e in conversation.last if e.id != conversation.focus.id)]
    for at, n in _ordinals(text, len(conversation.last)):
        if 1 <= n <= len(conversation.last):
            mentioned.append((at, conversation.last[n - 1]))
        elif 1 <= n <= len(conversation.shown):  # 第四位 after two lists of three: counted across all shown
            mentioned.append((at, conversation.shown[n - 1]))
        else:
            missing.append(n)
    if not mentioned and len(conversation.pair) == 2 and (both := _THE_TWO.search(text)):  # 第二位和第三位谁获奖多？
        mentioned += [(both.start() + k / 10, e) for k, e in enumerate(conversation.pair)]  # then 把他俩的…做成JSON: those
        # two (the first shown was answered, rt97)
    focus = conversation.focus  # 他和第一位谁年纪大？: the one in focus beside the one pointed at (it read 第一位 alone)
    if focus is not None and mentioned and (joined := PRONOUN_JOINED.search(text)) \
            and all(e.id != focus.id for _, e in mentioned):
        mentioned.append((joined.start(), focus))
    out: list[ExpertMatch] = []
    for _, expert in sorted(mentioned, key=lambda m: m[0]):
        if all(expert.id != e.id for e in out):
            out.append(expert)
    return out, missing


# the two just asked about together (他俩, 她们俩, 这两位, "the two of them")
_THE_TWO = re.compile(r"他俩|她俩|他们俩|她们俩|他们两位|他们两个|这两位|那两位|两人|二人|(?i:\b(?:the\s+two|both)\s+of\s+them\b)")
# he or she joined with another expert (他和第一位, 第二位跟她, 他比李德群): the expert in focus is one of them
PRONOUN_JOINED = re.compile(r"[他她](?![们俩])(?=\s*(?:和|与|跟|同|比|及))|(?<=[和与跟同比及])\s*[他她](?![们俩])")


def _pointed_at(reading: str, text: str, conversation: Conversation) -> list[ExpertMatch]:
    """The shown experts a turn that no other reading took points at (第一位, 这三位, 他), when it states no new
    problem (no symptom: 第二位专家说的焊缝开裂我们也有 is a problem of its own); [] otherwise."""
    if not _SHOWN_POINTER.search(reading) or states_symptom(text):
        return []
    targets, missing = _targets(reading, conversation)
    if missing:
        return []
    if targets:
        return targets
    if re.search(r"这[两二三四五六七八九十几\d]位|这些专家|上面|他们|她们", reading):
        return list(_group(reading, conversation) or conversation.last)
    if not conversation.focus and len(conversation.last) > 1 and len({e.name for e in conversation.last}) == 1:
        return list(conversation.last)  # 周济院士是做什么的？ showed two 周济: 他 may be either, so both are answered
    return [conversation.focus or conversation.last[0]] if len(conversation.last) == 1 or conversation.focus else []


def _twins(text: str, conversation: Conversation) -> list[ExpertMatch]:
    """The namesakes just shown (two 周济) when a turn points at them by a bare 他/她 (no position, no name, no
    institution that tells them apart); [] otherwise."""
    last = conversation.last
    if conversation.focus or len(last) < 2 or len({e.name for e in last}) > 1 or not PRONOUN.search(text):
        return []
    targets, missing = _targets(text, conversation)
    return list(last) if not targets and not missing else []


def _group(text: str, conversation: Conversation) -> tuple[ExpertMatch, ...]:
    """Whom a group word means (这两位, 他们): the experts the last turn was about when it was about several of those
    shown and the count fits, else () — all the experts just shown."""
    m = _GROUP_SIZE.search(text)
    size = (_CN_DIGITS.get(m.group(1) or m.group(3) or "", 2) if m else None)  # 他们三个: three, not the two asked of
    if conversation.group and (size is None or size == len(conversation.group)):
        return tuple(conversation.group)
    if size is not None and size == len(conversation.pair) != len(conversation.last):  # 这两位 of three shown: the
        return tuple(conversation.pair)  # two a turn was about together last
    if size is not None and size > len(conversation.last) and len(conversation.batches) >= 2 and \
            size == sum(len(b) for b in conversation.batches[-2:]):  # 这六位 after 推荐3位 and 再来三位: both lists
        return tuple({e.id: e for b in conversation.batches[-2:] for e in b}.values())  # (the last three alone, rt147)
    return ()


# positions said other ways: 2号专家, #2, 头一个, 第一为专家 (a slip for 位)
# (not a product's number: 南优2号, 神舟五号 — 他1973年育成了南优2号，对吧？ was read as of the second expert shown, rt75)
_SAID_POSITION = ((re.compile(r"#\s*(\d{1,2})|(?:(?<![\d一二三四五六七八九十\u4e00-\u9fff])|(?<=[那这和与跟及、是的问给看说]))"
                              r"([\d一二三四五六七八九十]{1,2})\s*号(?:专家)?"),
                   lambda m: f"第{m.group(1) or m.group(2)}位"),
                  # 排第一的那位, 排在第二的专家: the list's order
                  (re.compile(r"排(?:在|名)?第([\d一二三四五六七八九十]{1,2})(?:位|名|个)?的?(?:那位|那个|专家)?"),
                   lambda m: f"第{m.group(1)}位"),
                  (re.compile(r"头一?[个位名]"), lambda m: "第一位"),
                  (re.compile(r"第([\d一二三四五六七八九十])为(?=专家|的|是|在|获|研)"), lambda m: f"第{m.group(1)}位"))


def said_positions(text: str) -> str:
    """`text` with positions said other ways as 第N位 (2号专家 → 第2位, 头一个 → 第一位; "the 2nd one" in a Chinese
    message → 第2位: the first one shown was answered, rt120)."""
    for pattern, written in _SAID_POSITION:
        text = pattern.sub(written, text)
    if re.search(r"[\u4e00-\u9fff]", text):
        text = _NTH_IN_CHINESE.sub(lambda m: f"第{m.group(1) or m.group(3) or ORDINAL_WORDS.index(m.group(2).lower()) + 1}位",
                                   text)
    return text


_NTH_IN_CHINESE = re.compile(r"(?i:\bthe\s+(?:(\d)(?:st|nd|rd|th)|(first|second|third|fourth|fifth))\s+"
                             r"(?:one|expert|person|guy|academician)\b|\bno\.\s*(\d)\b)")


_LATIN_NAME = re.compile(r"\b[A-Z][a-z]{0,6}(?:\s+[A-Z][a-z]{1,11}(?:-[a-z]{1,6})?){1,2}\b")  # Zhengqing: 9 letters


_TITLED_SURNAME = re.compile(r"\b(?:Prof(?:essor)?\.?|Dr\.?|Academician|Mr\.?|Ms\.?|Mrs\.?)\s+([A-Z][a-z]{1,6})\b(?!\s+[A-Z][a-z])")


def _by_surname(m: re.Match, experts: list[ExpertMatch]) -> str:
    """The one shown expert a title and a pinyin surname point at ("Prof. Xu"), in characters; the words as written
    when none or several bear that surname."""
    from pypinyin import lazy_pinyin

    def surname(name: str) -> str:
        return "".join(lazy_pinyin(name[:2] if name[:2] in COMPOUND_SURNAMES else name[:1]))

    bearers = {e.name for e in experts if surname(e.name) == m.group(1).lower()}
    return next(iter(bearers)) if len(bearers) == 1 else m.group()


def titled_surnames(text: str, experts: list[ExpertMatch]) -> str:
    """`text` with a surname and title (钟院士, 钟老, 王教授, 老王) written as the full name of the one expert of `experts` who
    bears that surname; as written when none or several do (钟院士 right after 钟南山 was "ten experts are called 钟",
    and 钟老 no expert at all, rt87)."""
    if not experts:
        return text

    def full(m: re.Match) -> str:
        bearers = {e.name for e in experts if e.name.startswith(m.group(1)) and len(e.name) > len(m.group(1)) and
                   (len(m.group(1)) == 2 or e.name[:2] not in COMPOUND_SURNAMES)}
        return next(iter(bearers)) if len(bearers) == 1 else m.group()
    return _LAO_SURNAME.sub(full, _TITLED_CN.sub(full, text))  # (老王 after turns about 王永志, rt89)


_NAME_MAY_BEGIN = r"(?:^|(?<=[和与、及跟同比，,。；;？?！!\s那问请]))"  # where a way of address may begin
# a surname (compound ones first) and a title of address (钟院士, 那钟老, 和王院士)
_TITLED_CN = re.compile(_NAME_MAY_BEGIN + "(" + "|".join(COMPOUND_SURNAMES) + r"|[\u4e00-\u9fff])"
                        r"(?=院士|教授|老师|研究员|老(?![师化板鼠虎旧式家乡年婆公爷伴人头大二三四五六七八九十]))"
                        r"(?:院士|教授|老师|研究员|老)")


# 老 and a surname (老王是哪一年出生的？)
_LAO_SURNAME = re.compile(_NAME_MAY_BEGIN + r"老([\u4e00-\u9fff])"
                          r"(?=是|的|在|获|哪|今|当|和|呢|多|几|[，,？?])")


def in_chinese_names(text: str, experts: list[ExpertMatch]) -> str:
    """`text` with the experts' names written in pinyin (Shen Changyu, Changyu Shen) in Chinese characters, so that
    an English follow-up naming one ("When was Shen Changyu elected?") is read as a question about them."""
    if experts:
        text = _TITLED_SURNAME.sub(lambda m: _by_surname(m, experts), text)  # "Prof. Xu" when one Xu was shown
    if not experts or not _LATIN_NAME.search(text):
        return text
    from retrieval.names import name_spellings

    spelt = {form: e.name for e in experts for form in name_spellings(e.name)}

    def chinese(m: re.Match) -> str:  # "When Shen Changyu": the name may be the last two of three capitalised words
        words = m.group().split()
        for a, b in ((0, len(words)), (1, len(words)), (0, len(words) - 1)):
            if b - a >= 2 and (name := spelt.get("".join(words[a:b]).replace("-", "").lower())):
                return " ".join([*words[:a], name, *words[b:]])
        return m.group()
    return _LATIN_NAME.sub(chinese, text)


def earlier_problem(back: re.Match, conversation: Conversation) -> str | None:
    """The problem a 回到…的问题 turn returns to: the first discussed (最开始的, "the first"), else the latest before the
    current one whose words hold what it says (注塑: 我们的注塑件翘曲…; "warpage"), or the one just before the current
    one when it says nothing; None when the conversation has no such problem."""
    earlier = [p for p in conversation.problems if p != conversation.problem]
    if back.group("first") or back.group("first2") or back.group("first3") or back.group("first_en"):  # (the problems are reordered as they
        # are discussed again)
        return next((p for p in conversation.opened if p in conversation.problems), earlier[0] if earlier else None)
    what = back.group("what") or back.group("what2") or back.group("what3") or ""
    words = [what[i:i + 2] for i in range(len(what) - 1)] if len(what) >= 2 else \
        [w[:4] for w in (back.group("what_en") or back.group("what_en2") or "").lower().split() if len(w) > 3]  # warpage: warp
    return next((p for p in reversed(earlier) if not words or any(w in simplified(p).lower() for w in words)), None)


_PART_NUMBER = r"[一二三四五六七八九\dA-E]"  # (问题B: the second)


def _each(at: int, bearers: dict[str, ExpertMatch]) -> list[tuple[float, ExpertMatch]]:
    """Each shown expert of the institution a turn points at, in the order shown: "the one from Tsinghua" when two
    of those shown work there is both (it was a new search, and "he" next a stranger, rt108)."""
    return [(at + k / 10, e) for k, e in enumerate(bearers.values())]


# 第二个问题里的第一位 / 第二个问题推荐的专家: a position in, or all of, one problem's experts of a message that stated several
_PART_POSITION = re.compile(rf"(?:第(?P<part>{_PART_NUMBER})个?(?:问题|难题|需求|方向|方面)|问题(?P<part2>{_PART_NUMBER}))"
                            r"(?:推荐的|里推荐的|里的?|中的?|的)?(?:专家)?(?:里|中)?的?"
                            r"(?:第(?P<n>[一二两三四五六七八九十\d]{1,2})位|(?P<all>专家|那几位|那些|几位|那两位|人选|是谁|是哪几位))")


_ORDS_EN = r"first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th"


# "the first expert for problem 2", "the second one of the first problem", "the experts for problem 2"
_PART_POSITION_EN = re.compile(
    rf"\b(?:the\s+)?(?:(?P<n>{_ORDS_EN})\s+(?:expert|one|person|recommendation|name|candidate)|(?P<all>experts?|ones|people|"
    rf"recommendations?))\s+(?:for|of|on|in|under)\s+(?:the\s+)?(?:(?P<k1>{_ORDS_EN})\s+(?:problem|issue|question)|"
    r"(?:problem|issue|question)\s*(?:#\s*|no\.?\s*)?(?:\((?P<k3>[a-eA-E])\)|(?P<k2>\d|one|two|three|four|five|[a-eA-E])\b))",
    re.IGNORECASE)


def _number_en(raw: str) -> int:
    """2, 2nd, two, second or b (problem (b)) as 2."""
    digits = re.sub(r"\D", "", raw)
    word = raw.lower()
    if len(word) == 1 and word in "abcde":
        return "abcde".index(word) + 1
    return int(digits) if digits else int(NUMBER_WORDS[word]) if word in NUMBER_WORDS else ORDINAL_WORDS.index(word) + 1


def in_list_positions(text: str, conversation: Conversation) -> str:
    """`text` with a position in one problem's experts (第二个问题里的第一位) written as its place in the list shown
    (第三位), when the latest list holds the experts of several problems of one message; else `text` as it is."""
    last = conversation.last
    if len({e.problem for e in last if e.problem is not None}) < 2:
        return text

    def place(part: int, n: int | None) -> list[int]:
        places = [i for i, e in enumerate(last, 1) if e.problem == part - 1]
        return places if n is None else places[n - 1:n]

    def zh(m: re.Match) -> str:
        raw = m.group("part") or m.group("part2")
        places = place(int(raw) if raw.isdigit() else "ABCDE".index(raw) + 1 if raw in "ABCDE" else _CN_DIGITS[raw],
                       None if m.group("all") else _position(m.group("n").replace("两", "二"), "", len(last)))
        said = "和".join(f"第{'零一二三四五六七八九十'[p]}位" for p in places if p <= 10)
        if m.group("all") in ("是谁", "是哪几位"):
            said += m.group("all")
        # a position past that problem's experts (第一个问题的第三位 of one): past the list, which says so
        return said or (f"第{len(last) + 1}位" if m.group("n") else m.group())

    def en(m: re.Match) -> str:
        n = m.group("n")
        places = place(_number_en(m.group("k1") or m.group("k2") or m.group("k3")), None if n is None else _number_en(n))
        said = " and ".join(f"the {ORDINAL_WORDS[p - 1]} expert" for p in places if p <= len(ORDINAL_WORDS))
        return said or (f"expert number {len(last) + 1}" if n else m.group())  # past that problem's experts

    return _PART_POSITION_EN.sub(en, _PART_POSITION.sub(zh, text))


_HE_EN = re.compile(r"\b(?:he|she|his|her|him)\b", re.IGNORECASE)


def _he_of_focus(text: str, conversation: Conversation) -> ExpertMatch | None:
    """The expert an English turn's he/she means when the conversation is about one and the turn names no one else
    and states no problem of its own (no company, product or need)."""
    from generation.grounded_en import is_english  # (grounded_en reads turns with this module)

    focus = conversation.focus if conversation.focus is not None else \
        conversation.last[0] if len(conversation.last) == 1 else None
    if focus is None or not is_english(text) or not _HE_EN.search(text) or \
            re.search(r"\b(?:we|our|us|company|factory|need|looking\s+for|recommend|suggest|problem)\b", text, re.I):
        return None
    names = [run for run in re.findall(r"[\u4e00-\u9fff]{2,4}", text) if run != focus.name]
    return focus if not any(run[:1] in _SURNAMES for run in names) else None


# to whom: one of the experts (邀请他, 给第一位专家, "invite him", "to the second expert") or a reader of the company's
_NTH_EN = re.compile(r"\b(first|second|third|fourth|fifth)\s+(?:one|expert|person|academician)\b", re.IGNORECASE)


# the words that leave people out of a list: 除了A和B(以外)，…, 不要A, A以外 (the span they cover, names inside it)
_LEAVING_OUT = re.compile(r"(?:除了?|不要|不找|不考虑|排除)([^，,。；;？?！!]{2,40}?)(?:以外|之外|除外)?(?=[，,。；;？?！!]|还|其他|其它|另外|别的|谁|哪|$)|"
                          r"([^，,。；;？?！!]{2,40}?)(?:以外|之外|除外)")


def left_out_spans(text: str) -> list[str]:
    """The words a turn leaves out of the list it asks for (除了申长雨和李德群，还有谁…？ → 申长雨和李德群; 柳百成以外,
    不要柳百成的): an expert whose name stands in them is not wanted, namesakes included."""
    return [m.group(1) or m.group(2) for m in _LEAVING_OUT.finditer(text)]


def left_out_names(text: str, names: Sequence[str]) -> list[str]:
    """Those of `names` that a turn leaves out of the list it asks for (除了柳百成，还有谁研究铸造？)."""
    spans = left_out_spans(text)
    return [n for n in names if any(n in span for span in spans)]


def without_left_out(text: str) -> str:
    """`text` without the words that leave people out (除了柳百成，还有谁研究铸造？ → 还有谁研究铸造？)."""
    return _LEAVING_OUT.sub("", text).lstrip("，, ")
