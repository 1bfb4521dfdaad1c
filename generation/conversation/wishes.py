"""Wishes a turn adds to, takes from or edits in the problem under discussion (不要北京的, 只要院士)."""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from generation.conversation.pointing import _targets
from generation.conversation.questions import expand_org_aliases
from generation.conversation.state import Conversation, Intent
from retrieval.models import Requirement
from retrieval.names import COMPOUND_SURNAMES, SURNAMES
from retrieval.problem import names_no_problem
from retrieval.requirements import (
    PLACE_CHAIN,
    PLACE_NAMES,
    birth_bounds,
    in_provinces,
    read_requirements,
    stated_wishes,
    topic_of,
    without_birth,
    without_requirements,
)
from retrieval.requirements import WISH_LEFT_EN as _WISH_LEFT_EN
from retrieval.requirements_en import PLACE_NAMES_EN, english_requirements

# 再加一个条件：在上海的 / 还要加一条：获得过国家技术发明奖: one more wish on the problem under discussion
_ADD_WISH = re.compile(r"^\s*(?:那|那么|好的?[，,]?)?(?:再|还要|还|另外|并且|同时)?(?:加上?|增加|添加|补充|加一?条)(?:一个|一条|个|上)?"
                       r"(?:条件|要求)?\s*[:：，,]?\s*(?P<wish>[^:：]{2,30})$")


# 换个要求：在上海的 / 条件改成：获得过国家技术发明奖: another wish instead of those said before
_CHANGE_WISH = re.compile(r"^\s*(?:那|那么|好的?[，,]?)?(?:(?:换|改)(?:一)?个|改一下|变更|更换)(?:要求|条件)(?:吧)?\s*[:：，,]?\s*"
                          r"(?P<wish>[^:：]{2,40})$|^\s*(?:那|那么)?(?:要求|条件)(?:改成|改为|换成)\s*[:：，,]?\s*(?P<wish2>[^:：]{2,40})$")


# 去掉上海这个条件(，改成中国科学院院士) / 把“不要北京的”去掉 / 取消“在北京”的要求: a wish said before, no longer wanted
_DROP_WISH = re.compile(r"^\s*(?:那|那么|好的?[，,]?)?(?:再|还|也)?(?:(?:去掉|删掉|删除|取消|撤销|拿掉|不要)[“\"「『]?(?P<a>[^”\"」』，,。]{1,20}?)[”\"」』]?"
                        r"(?:这个|这一|那个|的)?(?:条件|要求|限制)(?:也)?(?:了|吧)?"
                        r"|把[“\"「『]?(?P<b>[^”\"」』，,。]{1,20}?)[”\"」』]?(?:这个|这一|那个|的)?(?:条件|要求|限制)?"
                        r"(?:也|都)?(?:去掉|删掉|删除|取消|撤销|拿掉)(?:了|吧)?"
                        r"|(?:放宽一下|放宽点|放宽些)?[，,]?\s*(?P<c>地区|地点|城市|省份|单位|年份|当选年份|出生年份|年龄|年纪|性别|奖项|获奖)"
                        r"(?:也)?(?:不限|不限制|无所谓|都行|都可以)(?:了|吧)?"
                        r"|(?:(?:不要|不用|别|不需要|不必)(?:再)?(?:限制|限定|管)|不限(?:制)?)(?P<d>地区|地点|城市|省份|单位|年份|当选年份|出生年份|年龄|年纪|"
                        r"性别|奖项|获奖)(?:了|吧)?)"
                        r"(?:\s*[，,]?\s*(?:改成|换成|改为|变成|只要|要)(?P<new>[^，,。]{2,30}))?[。！!]*\s*$")


# a kind left out wanted again: 把北京加回来, 北京的也加回来吧, "Now add back Beijing.", "Actually, include Beijing too but
# keep the other constraints."
_ADD_BACK = re.compile(r"^\s*(?:那|那么|好的?[，,]?|再)?(?:把|将)?(?P<x>[^，,。！!？?]{1,12}?)(?:的)?(?:也|都)?"
                       r"(?:加回来|加回去|加进来|放回来|算上|包括进来|恢复)(?:吧|了|呢)?[。！!]*\s*$")


_ADD_BACK_EN = re.compile(r"^\s*(?:(?:now|actually|ok(?:ay)?|and|then|so|but)\s*,?\s+)*(?:please\s+)?(?:add\s+back|bring\s+back|"
                          r"include|allow|re-?include)\s+(?P<x>[^,.;!?]+?)(?:\s+(?:too|again|as\s+well|back))?"
                          r"(?:\s*,.*|\s+but\b.*)?[.!]*\s*$", re.IGNORECASE)


# "Drop the award condition", "If none, remove the location requirement": a kind of wish taken back, in English
_DROP_WISH_EN = re.compile(r"^\s*(?:if\s+(?:there\s+(?:are|is)\s+)?(?:none|no\s+one|nobody)[^,]*,\s*|ok(?:ay)?,?\s*|then\s+|and\s+|now\s+)?"
                           r"(?:please\s+)?(?:drop|remove|forget(?:\s+about)?|ignore|relax|lift|skip|take\s+(?:back|away|off)|"
                           r"undo|cancel|never\s+mind)\s+(?:the|that|this)\s+(?P<what>[a-z][a-z\s-]{1,30}?)(?:\s+"
                           r"(?:condition|requirement|constraint|filter|wish|criterion|limit|restriction)s?)?\b"
                           r"\s*(?:[,;]\s*(?:and\s+)?(?:just|only)?\s*(?P<new>[^.!?]{2,40}?))?\s*[.!?]*\s*$", re.IGNORECASE)


_KIND_EN = {"award": "奖", "awards": "奖", "prize": "奖", "place": "地区", "location": "地区", "city": "地区",
            "region": "地区", "province": "地区", "institution": "单位", "university": "单位", "year": "年份",
            "election": "年份", "age": "年龄", "birth": "年龄", "gender": "性别", "sex": "性别", "academy": "院士",
            "cas": "院士", "cae": "院士", "academician": "院士", "academicians": "院士", "membership": "院士",
            "seat": "院士", "universities": "单位", "sector": "单位", "decade": "年龄", "born": "年龄"}


_THIS_WISH = re.compile(r"这个|那个|这条|那条|上一个|上一条|刚才的?|最后一个|前面的?")  # 去掉这个条件: the last one said


# 去掉地区这个条件 / 去掉年份的要求: the kind of wish named, as requirements are grouped (place, election, award, …)
_WISH_KIND = {"出生年份": "unrecorded", "年纪": "unrecorded", "地区": "where", "地点": "where", "地域": "where", "城市": "where", "省份": "where", "所在地": "where",
              "单位": "where", "年份": "elected", "当选年份": "elected", "当选时间": "elected", "年代": "elected",
              "奖项": "award", "获奖": "award", "奖": "award", "院士": "academy", "学部": "academy", "年龄": "unrecorded",
              "性别": "unrecorded"}


_KIND_OF = {"place": "where", "institution": "where", "sector": "where"}


def _as_wish(words: str) -> str:
    """The words that state a requirement as a wish of its own (2010年以后获过国家奖的 → 2010年以后获过国家奖的专家)."""
    return f"{words.rstrip('的，,')}的专家"


def _without_english_kinds(text: str, kinds: set[str]) -> str:
    """An English problem without the words of its wishes of these requirement kinds ("academy", "place", …)."""
    for kind in {_KIND_OF.get(k, k) for k in kinds}:
        text = _without_english_wishes(text, kind)
    return text


def _without_english_wishes(text: str, kind: str) -> str:
    """An English problem without the words that state its wishes of `kind` (as `_WISH_KIND` groups them): "…who won
    the State Science and Technology Progress Award" left out for "Drop the award condition." (rt77: it stayed, and
    so did the award); any other text as it is."""
    if re.search(r"[\u4e00-\u9fff]{2}", text):
        return text
    spans = [(start, end) for start, end, r in english_requirements(text) if _KIND_OF.get(r.kind, r.kind) == kind]
    if not spans:
        return text
    for start, end in reversed(spans):
        text = text[:start] + text[end:]
    text = re.sub(r"(?:\s+(?:who|that|which|with|and|or|from|at|in|of|an?|the|preferably|ideally|only|must\s+be|"
                  r"should\s+be|is|be))*\s*(?=[,.;!?]|$)", "", text, flags=re.IGNORECASE)  # (words left hanging)
    return re.sub(r"\s{2,}", " ", re.sub(r",\s*(?=[.;!?]|$)", "", text)).strip()


def _wishes_apart(problem: str) -> list[str]:
    """The problem's topic, then each wish as a sentence of its own — those its first message stated too (…，要求：北京，
    工程院院士，1990年代当选: then 把1990年代这个条件去掉 finds that wish, rt77)."""
    first, *said = [p for p in _SAID.split(problem) if p.strip()] or [problem]
    stated = [] if not re.search(r"[\u4e00-\u9fff]", first) else [_as_wish(words) + "。" for words, _ in stated_wishes(first)]
    return [topic_of(first) if stated else first, *stated, *said]


def _edited_wishes(text: str, conversation: Conversation) -> Intent | None:
    """A turn that adds a wish to the problem under discussion or takes one back (and maybe says another): the problem
    with its wishes so edited; None for any other turn (rt58: the problem was lost, experts matched on 条件 and 去掉,
    and 去掉“在北京”这个条件 was read as leaving 北京 out)."""
    if changed := _CHANGE_WISH.match(text):  # 换个要求：想找女性专家，或者年轻一点的: the problem, with this wish instead
        # of those said before (it was matched as a problem of its own: the food problem lost, the wish unread, rt61)
        topic = next((p for p in _SAID.split(conversation.problem) if p.strip()), conversation.problem)
        refined = refinement(expand_org_aliases((changed.group("wish") or changed.group("wish2")).strip()), topic)
        return Intent("problem", query=refined, refines=True) if refined else None
    if added := _ADD_WISH.match(text):
        wish = added.group("wish").strip()
        refined = refinement(expand_org_aliases(wish), conversation.problem, keep=True)
        return Intent("problem", query=refined, refines=True) if refined else None
    if (back := _ADD_BACK.match(text) or _ADD_BACK_EN.match(text)) is not None:  # 把北京加回来 / "Now add back
        # Beijing.": the kind left out wanted again, as 把“不要北京的”去掉 takes it back (rt79: searched as a new problem)
        kinds = _kinds_named(back.group("x").strip())
        if back := tuple(r for r in conversation.without if any((r.kind, r.text) == (k.kind, k.text) for k in kinds)):
            return Intent("problem", query=conversation.problem, refines=True, kept_back=back)
    dropped = _DROP_WISH.match(text)
    english = _DROP_WISH_EN.match(text) if dropped is None else None  # "If none, drop the award condition." (rt77)
    if dropped is None and (english is None or not (said := _KIND_EN.get(english.group("what").split()[-1].lower()))):
        return None
    said, new = (said, english.group("new")) if dropped is None else \
        ((dropped.group("a") or dropped.group("b") or dropped.group("c") or dropped.group("d")).strip(), dropped.group("new"))
    topic, *wishes = _wishes_apart(conversation.problem)
    kind, kept_back = _WISH_KIND.get(said.removesuffix("的")), ()
    if _THIS_WISH.fullmatch(said):  # 去掉这个条件: the last wish said — or, none said, the kinds left out (不要北京的)
        kept, kept_back = wishes[:-1], () if wishes else tuple(conversation.without)
    elif kind:  # 去掉地区这个条件: the wishes of that kind (it matched 去掉 and 条件 as the problem's words, rt59)
        kept = [w for w in wishes if kind not in {_KIND_OF.get(r.kind, r.kind) for r in read_requirements(in_provinces(w))}
                and not (said.removesuffix("的") in ("年龄", "出生年份", "年纪") and _born_asked(w))]
        if said.removesuffix("的") in ("年龄", "出生年份", "年纪"):  # 出生年份不限 / "drop the birth-year condition"
            topic = without_birth(topic).rstrip("，, ")
        topic = _without_english_wishes(topic, kind)  # "Drop the award condition." after an English problem
    else:  # 去掉上海这个条件 / 把“不要北京的”去掉: that wish, or that kind left out wanted again
        plain, seats = _negations_said_plainly(said)
        left_out = [r for m in _LEAVES_KIND.finditer(plain) for r in _kind_said(m.group(1))] + list(seats)
        if re.match(r"^(?:不要|排除|去掉|除了)", said) and not left_out:
            left_out = _kind_said(re.sub(r"^(?:不要|排除|去掉|除了)", "", said))
        gone = set() if left_out else {(r.kind, r.text) for r in (_kind_said(said) or [
            r for r in read_requirements(f"推荐获得过{said}的专家") if r.kind == "award"] or [
            r for r in read_requirements(f"{said}当选的专家") if r.kind == "elected"])}  # 把1990年代这个条件去掉 (rt77)
        if not left_out and not gone:
            return None
        kept = [w for w in wishes if not gone & {(r.kind, r.text) for r in read_requirements(in_provinces(w))}]
        kept_back = tuple(left_out)
        if kept == wishes and not left_out and said in topic:  # a wish the topic's own words hold, unread as one (…，
            # 要求：北京，企业或设计院，…: 把企业这个条件也去掉 — that clause goes, rt77)
            topic = "".join(c for c in re.split(r"(?<=[，,；;：:])", topic) if said not in c)
    problem = re.sub(r"[，,]\s*(?=[。.]|$)", "", (" " if english is not None else "").join([topic, *kept]))
    if new and english is not None and not re.match(r"(?i)\s*(?:only|just|preferably)\b", new):
        new = f"Only {new}"  # ("Forget the CAE condition, just CAS.": only CAS)
    if new and (refined := refinement(expand_org_aliases(new), problem)):
        problem = refined
    return Intent("problem", query=problem, refines=True, kept_back=kept_back)


# a kind of expert a problem leaves out in a clause of its own (…，排除中科院的 / 不要院士，推荐…): the verb first
_LEAVES_KIND = re.compile(r"(?:^|(?<=[，,。；;！!？?\s：:（(]))(?:但是?|并且|而且|请|另外|也|还|同时)?(?:排除|去掉|除去|剔除|不要|别要|不考虑|不找|别找)"
                          r"掉?\s*([^，,。！!？?；;\s]{1,14}?)(?:的?(?:专家|老师|教授|人选))?(?:了|吧)?(?=[，,。！!？?；;～~\s]|$)")


# "…. Exclude anyone from Tsinghua University.", "…, not from Beijing": a kind left out in an English problem
_LEAVES_KIND_EN = re.compile(r"(?:^|(?<=[.,;!?]\s)|(?<=[.,;!?，；。！？]))\s*(?:please\s+)?(?:but\s+)?(?:exclude|excluding|no|not)\s+"
                             r"(?:anyone|any\s+one|experts?|people|ones?|academicians?)?\s*(?:who\s+(?:are|is|works?)\s+)?"
                             r"(?:(?:from|at|in|based\s+in)\s+)?(?P<what>[A-Z\u4e00-\u9fff][^,.;!?]*?)\s*(?=[,.;!?]|$)",
                             re.IGNORECASE)


# other ways to leave a kind of expert out, said as 不要X的 for `_LEAVES_KIND` (rt52: 北京以外的 and 除了北京的都可以 were
# ignored, and 不在北京也不在上海的 was read as a wish for 上海, which the answer then said its experts met)
_OUTSIDE_OF = re.compile(r"(?P<lead>^|[，,。；;：:\s]|推荐|介绍|想找|寻找|需要)(?:要|最好|最好是|希望是?|只要)?"
                         r"(?P<x>[^，,。；;！!？?：:\s]{1,10}?)(?:以外|之外)的?(?:都可以|都行|均可|也行|也可以|都可|优先)?")


_EXCEPT_ALL = re.compile(r"除了?(?P<x>[^，,。；;！!？?]{1,10}?)(?:的)?(?:以外|之外)?的?(?:专家|院士|单位)?[，,]?"
                         r"(?:其他|其它|别的)?(?:的)?(?:都可以|都行|均可|都可|都没问题|也行)")


_NOT_AT = re.compile(r"(?<!是)不(?:在|是在|位于|是来自|来自)(?P<x>[^，,。；;！!？?也和与及、或的]{1,8}?)(?:的?[，,]?(?:也|又)?不(?:在|是在|位于|来自)"
                     r"|和|与|及|、|或)(?P<y>[^，,。；;！!？?也和与及、或的]{1,8}?)(?:的)?(?=[，,。；;！!？?的做研搞从呢吧吗]|$)|"
                     r"(?<!是)不(?:在|是在|位于|是来自|来自)(?P<z>[^，,。；;！!？?也和与及、或的]{1,8}?)(?:的)?(?=[，,。；;！!？?的做研搞从呢吧吗]|$)")


# (非 of a word — 非典, 非洲, 非常, 非线性 — leaves nothing out: 钟南山是因为抗击非典当选工程院院士的吧？ left the CAE out)
_NOT_OF = re.compile(r"(?:不能是|不可以是|不得是|不要是|不应是|(?<!是)不是|并非|非(?![典洲常法线凡晶遗]|金属|物质|营利|标准|对称|接触|"
                     r"侵入|平衡|稳态|结构|编码|专业|公开|正式|传统|生物))(?P<x>[^，,。；;！!？?也都]{1,10}?)(?:的)?"
                     r"(?:专家|人|学者)?(?=[，,。；;！!？?的做研搞从呢吧吗]|$)")


# "outside Beijing and Shanghai", "who are not in Hubei and not CAE members", "not CAS members"
_OUTSIDE_EN = re.compile(r"\b(?:based\s+|located\s+)?outside\s+(?:of\s+)?(?P<x>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)"
                         r"(?:\s*(?:,|and|or)\s+(?P<y>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*))?")


_NOT_IN_EN = re.compile(r"(?:\s*,)?\s+(?:who\s+(?:are|is)\s+|(?:and|but)\s+(?:are\s+|is\s+)?|that\s+are\s+)?not\s+"
                        r"(?=(?:in|from|at|based\s+in)\s)", re.IGNORECASE)


_NOT_SEAT_EN = re.compile(r"(?:\s*,)?\s*(?:who\s+(?:are|is)\s+|(?:and|but)\s+(?:are\s+|is\s+)?|that\s+are\s+)?"
                          r"(?:not|excluding|except)\s+(?:an?\s+)?(?P<x>(?:CAS|CAE)\s+(?:members?|academicians?)|academicians?|"
                          r"(?:CAS|CAE)(?=\s*(?:[,.;!?]|$))|"
                          r"members?\s+of\s+(?:the\s+)?Chinese\s+Academy\s+of\s+(?:Sciences|Engineering)|"
                          r"(?:from|in)\s+(?:the\s+)?(?:CAS|CAE))\b", re.IGNORECASE)


_OWN = re.compile(r"我们|我司|我厂|我方|本厂|本公司|公司|工厂|厂里|设备|产品|项目|基地|我")


_PERMITTED = re.compile(r"(?:的)?(?:专家|人)?(?:也可以|也行|也没关系|也无妨|都可以|都行|亦可|也可)")  # 不是院士也可以: allowed


def _own_clause(text: str, at: int) -> bool:
    """Whether the clause before `at` is about the enterprise itself (我们的设备不在北京): no kind of expert is left out."""
    start = max(text.rfind(p, 0, at) for p in "，,。；;！!？?")
    if at - start <= 3 and start > 0:  # a clause of no subject of its own (我们在苏州，不是上海的): the one before's
        start = max(text.rfind(p, 0, start) for p in "，,。；;！!？?")
    return bool(_OWN.search(text, start + 1, at)) or _PERSON_NEGATED.fullmatch(text, start + 1, at) is not None


# 郑哲敏不是中国科学院院士吧？ 侯保荣不是在…工作吧？: a person said not to be something — a question about him, no kind of
# expert left out (it answered 不再推荐具有该学术身份的专家, rt86)
_PERSON_NEGATED = re.compile(rf"\s*(?:{'|'.join(COMPOUND_SURNAMES)}|[{SURNAMES}])[\u4e00-\u9fff]{{1,2}}(?:院士|教授|老师)?(?:也|并|其实)?")


_EXPERTS_EN = re.compile(r"\b(?:experts?|academicians?|specialists?|someone|anyone|people|researchers?|scientists?|members?|"
                         r"professors?|recommend|find|need)\b", re.IGNORECASE)


_OWN_EN = re.compile(r"\b(?:our|we|us|my|I)\b")


def _kinds_named(said: str) -> list[Requirement]:
    """The kinds of expert a phrase names, in Chinese (北京, 清华, 中科院: `_kind_said`) or in English (Beijing, Tsinghua
    University, universities)."""
    if re.search(r"[\u4e00-\u9fff]", said):
        return _kind_said(said)
    return [r for r in read_requirements(f"Only experts from {expand_org_aliases(said)}")
            if r.kind in ("institution", "place", "sector")]


def _kind_said(x: str) -> list[Requirement]:
    """The kinds of expert `x` names (北京, 高校, 院士, 清华), as a wish for them reads them."""
    x = x.removesuffix("的")
    return [r for r in read_requirements(expand_org_aliases("推荐" + x + ("" if x.endswith(("院士", "专家")) else "的专家")))
            if r.kind != "unrecorded"]


def _negations_said_plainly(text: str) -> tuple[str, list[Requirement]]:
    """A problem with its other wordings of leaving a kind out (北京以外的, 除了北京的都可以, 不在北京也不在上海, 不能是高校的,
    非院士) said as 不要X的 clauses, and the academies an English problem leaves out ("not CAS members"), taken out."""
    def plainly(words: list[str], lead: str = "，") -> str | None:
        kinds = [w for w in words if w and _kind_said(w)]
        return lead + "，".join(f"不要{w}的" for w in kinds) + "，" if kinds and len(kinds) == len([w for w in words if w]) \
            else None
    text = _OUTSIDE_OF.sub(lambda m: plainly([m.group("x")], m.group("lead") + "，") or m.group(), text)
    text = _EXCEPT_ALL.sub(lambda m: plainly([m.group("x")]) or m.group(), text)
    text = _NOT_AT.sub(lambda m: m.group() if _own_clause(text, m.start()) else
                       plainly([m.group("x"), m.group("y")] if m.group("x") else [m.group("z")]) or m.group(), text)
    text = _NOT_OF.sub(lambda m: m.group() if _own_clause(text, m.start()) or _PERMITTED.match(text, m.end()) else
                       plainly([m.group("x")]) or m.group(), text)
    seats: list[Requirement] = []
    for m in reversed(list(_NOT_SEAT_EN.finditer(text))):
        said = re.sub(r"^(?:from|in)\s+(?:the\s+)?", "", m.group("x"), flags=re.IGNORECASE)
        if kinds := [r for r in read_requirements("Only " + (f"{said} members" if said.upper() in ("CAS", "CAE") else said))
                     if r.kind == "academy"]:
            seats[:0] = kinds
            text = text[:m.start()] + text[m.end():]
    text = _OUTSIDE_EN.sub(lambda m: m.group() if not _EXPERTS_EN.search(text, 0, m.start()) or
                           _OWN_EN.search(text, max(text.rfind(".", 0, m.start()), 0), m.start()) else
                           ", " + ", ".join(f"not in {w}" for w in (m.group("x"), m.group("y")) if w) + ",", text)
    return _NOT_IN_EN.sub(", not ", text), seats


def _kinds_left_out(text: str) -> tuple[str, tuple[Requirement, ...]]:
    """A problem without its clauses that leave a kind of expert out (推荐做土壤修复的专家，排除中科院的), and those kinds as
    requirements (the CAS seat, 清华大学, an award): the clause is no part of the problem (it matched 中科院 experts)."""
    written = text
    if _YES_NO.search(text) and "不是" in text and not _REQUEST.search(text):  # 李德仁只是工程院院士，不是科学院院士，对吧？
        return written, ()  # a premise put up for checking, no wish: he was left out as a CAS member (rt102)
    text, seats = _negations_said_plainly(text)
    without: list[Requirement] = []
    for m in reversed(list(_LEAVES_KIND.finditer(text))):
        said = m.group(1)
        wish = expand_org_aliases("推荐" + said + ("" if said.endswith(("院士", "专家")) else "专家" if said.endswith("的")
                                                 else "的专家"))
        kinds = [r for r in read_requirements(wish) if r.kind != "unrecorded"]
        rest = (text[:m.start()] + text[m.end():]).strip(" ，,。；;")
        if kinds and not names_no_problem(rest):
            without[:0] = kinds
            text = rest
    for m in reversed(list(_LEAVES_KIND_EN.finditer(text))):
        kinds = _kinds_named(m.group("what"))  # ("not 中国科学院": as 不要中国科学院的 reads it)
        rest = (text[:m.start()] + text[m.end():]).strip(" ,.;")
        if kinds and not names_no_problem(rest):
            without[:0] = kinds
            text = rest
    if not without and not seats:
        return written, ()  # (the problem as written, when nothing was left out)
    joint = ", " if _LATIN_WORDS.match(written) else "，"  # (an English problem keeps its own commas)
    return re.sub(r"[，,]\s*(?:[，,]\s*)+", joint, text).strip(" ，,"), tuple([*without, *seats])


_YES_NO = re.compile(r"是不是|是否|(?<!有)[吗么嘛]|对吧|对不对|是吧|的吧|(?i:\b(?:is|are|does|do)\s+(?:he|she|they|it)\b)")
_REQUEST = re.compile(r"推荐|找|介绍|要|排除|除了|除去|去掉|换|只看|列出|有没有|还有")


def _only_left_out(text: str) -> tuple[Requirement, ...]:
    """The kinds of expert a turn that says nothing else leaves out, in the other wordings `_negations_said_plainly`
    reads (不在北京也不在上海的呢？ 北京以外的有吗？ 非院士的呢？); () for a turn with more in it."""
    if _YES_NO.search(text):  # 他是不是在中国科学院大学工作？ 第一位不是北京的吧？: a question about those shown
        return ()
    plain, seats = _negations_said_plainly(text)
    kinds = [r for m in _LEAVES_KIND.finditer(plain) for r in _kind_said(m.group(1))]
    rest = _LEAVES_KIND.sub("", plain)
    return (*kinds, *seats) if (kinds or seats) and len(_wish_words_left(rest, False)) < 2 else ()


# whom a turn no longer wants: 排除中科院的 / 不要清华的专家 / 去掉第二位 / 不要第一位，换个人 (the verb first), or
# 第二位不合适，换一个 / 申长雨不行 (the verdict after)
_UNWANTED = re.compile(r"(?:排除|去掉|去除|除去|剔除|刨除|不要|别要|不考虑|不找|别找|拿掉|删掉|划掉|换掉)掉?\s*"
                       r"([^，,。！!？?；;]{1,20}?)(?:的?(?:专家|老师|教授|人选))?(?:了|吧|呢)?(?=[，,。！!？?；;～~]|$)"
                       r"|^(?:那|那么)?([^，,。！!？?；;]{1,14}?)\s*(?:不合适|不太合适|不行|不要了|不考虑了?|算了|不用了)"
                       # 把中科院院士排除掉: the object before the verb
                       r"|把([^，,。！!？?；;]{1,14}?)(?:排除|去掉|去除|剔除|拿掉|删掉|划掉|换掉|换成(?:别人|其他人|其他专家|别的专家|"
                       r"另一位|另外一位|另一个人)|换一?(?:个人|位|个))掉?(?:吧)?(?=[，,。！!？?；;]|$)")  # 把第一位换成别人


# "Exclude anyone from SJTU", "No one from Tongji, please", "Not from Beijing": a kind of expert left out, in English
_UNWANTED_EN = re.compile(r"^\s*(?:(?:now|and|also|then|ok|okay|but|and\s+now)\s*,?\s+)?(?:please\s+)?"
                          r"(?:(?:exclude|remove|drop|leave\s+out|skip|filter\s+out|no)\s+(?:anyone|any\s+one|"
                          r"everyone|experts?|people|those|the\s+ones|ones|one|academicians?)?\s*(?:who\s+(?:are|is|works?)\s+)?"
                          r"(?:from|at|in|based\s+in)\s+(?P<what>[^,.!?]+?)|(?:but\s+|and\s+)?not\s+(?:anyone\s+|experts?\s+)?"
                          r"(?:from|at|in|based\s+in)\s+(?P<what2>[^,.!?]+?)|(?:without|minus)\s+(?:anyone\s+from\s+)?"
                          r"(?!(?:the|him|her|them|it)\b)(?P<what3>[^,.!?]+?)|"
                          # "Remove the Tsinghua one", "Drop the Tsinghua expert" (rt50: it said he was elsewhere)
                          r"(?:remove|drop|exclude|skip)\s+the\s+(?!(?:first|second|third|fourth|fifth|sixth|last|next|other|"
                          r"\d)\b)(?P<what4>[^,.!?]+?)\s+(?:one|expert|person|academician)s?)"
                          r"\s*(?:,?\s*please)?\s*[.!?]*\s*"
                          r"(?:(?:who\s+else|any(?:one)?\s+(?:else|others?)|what\s+about\s+others?|others?)\b[^.!?]*[.!?]*\s*)?$",
                          re.IGNORECASE)  # ("… Who else would you recommend?")


def _unwanted(text: str, conversation: Conversation) -> Intent | None:
    """A short turn that leaves shown experts or a kind of expert out: the shown ones it names or points at are
    replaced by others (Intent "more" with `dropped`); a kind (中科院的 → the CAS seat, 清华的, 获得过…奖的) leaves
    the problem's experts of that kind out (Intent "problem" with `without`); None for anything else."""
    if (english := _UNWANTED_EN.match(text)) is not None and conversation.problem:  # "Exclude anyone from SJTU"
        said = english.group("what") or english.group("what2") or english.group("what3") or english.group("what4")
        without = tuple(r for r in read_requirements(f"Only experts from {expand_org_aliases(said)}")
                        if r.kind in ("institution", "place", "sector"))
        return Intent("problem", query=_undone(conversation.problem, without), without=without) if without else None
    m = _UNWANTED.search(text) or _UNWANTED.search(_EXCEPT.sub(lambda e: f"不要{next(g for g in e.groups() if g)}的", text))  # 除了高校以外的 / 不是在北京的
    if m is None and len(text) <= 30 and conversation.problem and (kinds := _only_left_out(text)):
        return Intent("problem", query=_undone(conversation.problem, kinds), without=kinds)  # 不在北京也不在上海的呢？ (searched
        # alone: strangers outside both, the topic lost, rt53)
    if m is None or len(text) > 30:
        return None
    said = m.group(1) or m.group(2) or m.group(3)
    targets, _ = _targets(said, conversation)
    if targets:
        return Intent("more", dropped=tuple(targets))
    without: list[Requirement] = []
    for each in [m, *_UNWANTED.finditer(text, m.end())] if m.string == text else [m]:  # 不要北京的，也不要江苏的: both
        without += [r for r in _kind_said(each.group(1) or each.group(2) or each.group(3)) if r not in without]  # (rt59)
    if without and conversation.problem:
        rest = _UNWANTED.sub("", text).strip(" ，,。；;也")  # 只要工程院的，不要北京的: the wish beside it too
        problem = _undone(conversation.problem, without)
        refined = refinement(expand_org_aliases(rest), problem) if rest else None
        return Intent("problem", query=refined or problem, refines=refined is not None, without=tuple(without))
    return None


def _undone(problem: str, without: Sequence[Requirement]) -> str:
    """The problem without the wishes of earlier turns that a kind now left out undoes (只要同济大学的, then 不要同济大学的:
    the later stands — with both, none was found and the answer said none came from the institution asked, rt77)."""
    first, *said = _SAID.split(problem)
    undone = {(r.kind, r.text) for r in without}
    kept = [s for s in said if not (_only_wish(s, bool(_LATIN_WORDS.match(s))) and (wished := read_requirements(s))
                                    and all((r.kind, r.text) in undone for r in wished))]
    return "".join([first, *kept])


# 除了高校以外的专家有哪些？ 只要不是在北京的单位: a kind of expert left out, said another way than 不要…的
_EXCEPT = re.compile(r"除了?([^，,。？?！!；;]{1,10}?)(?:以外|之外)(?:的)?(?:专家)?(?:有哪些|还有谁|呢)?|"
                     r"(?:只要|要|最好)不是在?([^，,。？?！!；;]{1,8}?)的(?:单位|专家)?|"
                     r"(?<!是)不是在([^，,。？?！!；;]{1,8}?)的(?:单位|专家)")  # (not 第一位是不是北京大学的？)


_WISH_WORDS_EN = re.compile(r"(?i)\b(?:what|how|about|any|some|show|me|us|give|recommend|suggest|find|instead|then|"
                            r"now|actually|ok|okay|only|just|also|and|so|but|well|too|again|let'?s|keep|"
                            r"those|ones?|there|members?|academicians?|can|could|would|you|someone|somebody|anyone|"
                            r"rather|else|other|others|please)\b|[^A-Za-z]")


_WHAT_ABOUT = re.compile(r"^\s*(?:(?:and|so|ok|okay|then|well)\s*,?\s+)?(?:what|how)\s+about\s+", re.IGNORECASE)


_LATIN_WORDS = re.compile(r"^[\sA-Za-z0-9'&,.;:!?()-]+$")  # a turn written in Latin letters only


# "清华大学的" at the end of a wish stands for 清华大学的专家 (the expert asked for is understood)
_WISH_END = re.compile(r"的(?=(?:有吗|有没有|有么|在吗|[吧呢吗啊])?[？?。！!]*$)")  # 北京的呢？ 清华的有吗？


_CLAUSE_WISH_END = re.compile(r"的(?=[，,；;])")  # 年轻一点的，…: a wish's clause ends on 的 too (the turn was searched alone)


_ASKS_WHAT = re.compile(r"什么|哪|几|谁|多少|怎么|如何|是否|是不是")  # 第一位获得过什么奖？ asks, wishes nothing


_BARE_WISH_END = re.compile(r"(?<!的)(?:[吧呢吗啊])?(?=[？?。！!]*$)")  # 再年轻一点, said with no 的 at all


# what a wish says besides its requirement: requests, counts, particles (那就推荐一位…, 最好是…, 有没有…吗)
_WISH_WORDS = re.compile(r"那就|那么|那|就|再|还|换成|换个|换|最好|希望|要求|想要|只要|仅限|只限|限于|必须|一定|务必|只|仅|要|一位|两位|三位|几位|一个|一名|"
                         r"保留|留下|去掉|"  # 只保留工程院的: the wish, of the problem under discussion
                         r"如果没有的话|如果没有|如果|放宽到|放宽|也行|也可以|"  # 如果没有，放宽到工程院也行 (rt77)
                         r"位|名|个|的|吧|呢|吗|啊|有没有|没有|有|是|请|帮我|给我|推荐|介绍|找|专家|老师|教授|人选|"
                         r"能不能|能否|可不可以|可以|一些|一下|工程师|"
                         r"[？?。！!，,、\s]")


def refinement(text: str, problem: str | None, keep: bool = False) -> str | None:
    """A short turn that asks only for another kind of expert on the problem being discussed (那就推荐一位清华大学的,
    有没有院士？, 最好是工程院院士): that problem's topic with this wish, which replaces the requirements it stated of
    the same kind and keeps the wishes of other kinds said since (只要工程院院士, then 最好是在上海的: both); None for
    anything else (a turn with a topic of its own is a new problem: 推荐一位清华大学的焊接专家)."""
    from generation.grounded_en import is_english  # (grounded_en reads turns with this module)

    latin = bool(_LATIN_WORDS.match(text)) or is_english(text)  # "Only Chinese Academy of Engineering members", and
    # with the graph's words in it: "Can you recommend someone who won the 国家技术发明奖?"
    text = text if latin else in_provinces(text)  # 西北的呢？ 江浙沪的: their provinces, as alternatives
    text = _LEAD_FILLER.sub("", text) or text  # 再换回来，只要工程院的 / "Now only CAS members." (rt79: new problems)
    if not problem or (len(text.split()) > 12 if latin else len(PLACE_CHAIN.sub("某地", text)) > 30):
        return None  # (有没有在青海或者西部的专家？: the region's provinces are one wish)
    wish = _WHAT_ABOUT.sub("Recommend ", text, count=1) if latin else \
        _WISH_END.sub("的专家", _CLAUSE_WISH_END.sub("的专家", text), count=1)  # (有没有年轻一点的，60岁以下的？: each)
    if not latin and len(wish) <= 12 and not _ASKS_WHAT.search(wish) and not read_requirements(wish) and \
            read_requirements(said := _BARE_WISH_END.sub("的专家", wish, count=1)):
        wish = said  # 再年轻一点 / 资深一些吧: the expert understood, as after 的
    if not _only_wish(wish, latin):
        return None
    kinds = {r.kind for r in read_requirements(wish)} | ({"born"} if _born_asked(wish) else set())
    kept = [said for said in _SAID.split(problem)[1:]  # the wishes earlier turns added (each its own sentence)
            if _only_wish(said, latin) and (keep or not kinds & ({r.kind for r in read_requirements(said)} |
                                                                 ({"born"} if _born_asked(said) else set())))]
    if not latin:  # and those the problem's own message stated, of other kinds (…最好是上海的大学里的，中国科学院院士，
        # 2010年以后获过国家奖的, then 放宽到工程院也行: the university and the award stay; they were dropped unsaid, rt77)
        kept[:0] = [_as_wish(words) for words, r in stated_wishes(_SAID.split(problem)[0]) if keep or r.kind not in kinds]
    once: dict[frozenset, str] = {}  # each wish once (the first message's, once carried, is a sentence of its own)
    for said in kept:
        once.setdefault(frozenset((r.kind, r.text) for r in read_requirements(said)), said)
    kept = list(once.values())
    # (`keep`: 再加一条：… adds to them, even of a kind said before)
    stop = ". " if latin else "。"
    first, *rest = _SAID.split(problem)  # (each sentence apart: a wish clause taken out of the first took its 。 along,
    # and the next sentence's residue joined the topic, rt77)
    rest = [without_requirements(p).rstrip("。.!?？！ ") for p in rest]
    first = without_birth(first) if "born" in kinds and not keep else first  # ("What about born in the 1950s instead?":
    # the 1960s of the first message no longer asked)
    lead = (first if keep else _without_english_kinds(first, kinds)) if latin else topic_of(first)  # (an English first message
    # keeps its wishes of other kinds where they stand: "…, university only." stays)
    topic = [lead.rstrip("。.!?？！ ，, "), *(p for p in rest if _wish_words_left(p, latin) and not _born_asked(p))]  # (a wish's residue:
    # "… experts. Only")
    return stop.join([*topic, *(k.rstrip("。.!?？！ ") for k in kept), wish])


_SAID = re.compile(r"(?<=[。！？!?])|(?<=\.)\s+")


# the words of a turn that changes what is asked of the experts (放宽一下, 也包括, 不限地区了, "add … too", "include … as well",
# "now", "instead"): with them, its wishes and its filler words out, nothing of a problem is left (`_constraint_talk`)
_CHANGE_TALK = re.compile(r"放宽(?:一下|点|些|到)?|不限(?:制)?|限制|条件|要求|去掉|取消|加回来|加上|加进来|包括|包含|也可以|也行|都可以|都行|"
                          r"改成|改为|换成|换回来|只看|现在|还是|地区|地域|范围|年份|出生年份|年龄|了|吧|也|再|"
                          r"(?i:\b(?:now|also|too|as\s+well|include|including|add|plus|allow|instead|actually|make\s+it|change\s+it\s+to|"
                          r"switch\s+to|either|or|and|the|a|an|any|constraint|condition|requirement|filter|limit|restriction|"
                          r"city|region|place|location|birth\s+year|decade|please|ok(?:ay)?|then|just|only)\b)")


def _as_birth(text: str, problem: str) -> str:
    """A decade or year said alone in a turn after a problem that asks for a birth year, as a birth year (放宽到1940年代
    也可以 after 出生在1950年代)."""
    if not _born_asked(problem):
        return text
    return re.sub(r"((?:19|20)\d0)\s*年代(?!出生|以后|之前|以前|之后)", r"\g<1>年代出生", text)


def _constraint_talk(text: str) -> bool:
    """Whether a turn only changes what is asked of the experts: without the words of such a change, its wishes
    (requirements, birth years) and the words of a wish, nothing is left; a short turn only."""
    latin = bool(_LATIN_WORDS.match(text))
    if len(text.split()) > 14 if latin else len(text) > 30:
        return False
    if not _CHANGE_TALK.search(text):
        return False
    rest = without_birth(re.sub(r"((?:19|20)\d0)\s*年代", r"\g<1>年代出生", _CHANGE_TALK.sub(" ", text)))
    rest = without_requirements(rest) if read_requirements(rest) else rest
    rest = re.sub(rf"{PLACE_NAMES}|(?i:\b(?:{PLACE_NAMES_EN})\b)", "", rest)  # ("add Shanghai too": the place is the wish)
    return len(_wish_words_left(rest, latin)) < 2


# words that open a wish turn and say nothing of the wish (再换回来，只要工程院的; "Now only CAS members.")
_LEAD_FILLER = re.compile(r"^\s*(?:(?:再|又)?换回来|还是|好吧|好的|行吧|嗯|(?i:now|actually|ok(?:ay)?|then|and|also|but|"
                          r"so|well|fine|alright))\s*[，,]?\s*")


def _only_wish(text: str, latin: bool) -> bool:
    """Whether `text` says only what kind of expert is wanted (只要工程院院士, 最好是在上海的专家, "Only those born after
    1955"), no topic."""
    if _born_asked(text):  # (a birth year asked is no requirement of the record: read apart, rt79)
        return len(_wish_words_left(topic_of(without_birth(text)), latin)) < 2
    topic = topic_of(text)  # the wish itself when only its requirement and wish words were in it
    return bool(read_requirements(text)) and (topic == text or len(_wish_words_left(topic, latin)) < 2)


def _born_asked(text: str) -> bool:
    """Whether `text` asks for a birth year or an age (60后的, "born in the 1950s")."""
    return birth_bounds(text, datetime.date.today().year) is not None


def _wish_words_left(text: str, latin: bool) -> str:
    """What `text` says besides the words of a wish (那就, 最好, "only", "please")."""
    return (_WISH_LEFT_EN.sub("", _WISH_WORDS_EN.sub(" ", text)) if latin else _WISH_WORDS.sub("", text)).strip(
        "。.!?？！ ")
