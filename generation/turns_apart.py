"""A turn that asks several things (claims of two, a count then a filter, numbered questions), cut into the
questions answered one by one."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable

from generation import biography
from generation.answer_forms import without_answer_form
from generation.conversation import (
    PRONOUN,
    Conversation,
    Intent,
    asked_attribute,
    asks_member,
    asks_more,
    resolve,
    unheld_requests,
)
from generation.english_turns import english_reading
from generation.grounded import asked_awards
from generation.grounded_en import is_english
from generation.turn_parts import _CONFIRM_TAIL, _counts_apart
from generation.turn_pointers import GAP_ONLY, HE_OR_SHE, NAME_THEN, PointerReader, the_one
from generation.year_gaps import asks_age_at, states_age
from retrieval.census import count_question
from retrieval.models import ExpertMatch, MatchResult
from retrieval.pipeline import ExpertRetriever

#: the most questions of one turn answered one by one
MAX_APART = 4

# two said to share a field, then a question of both (他和梁文灏都是做隧道的，谁大？, rt143)
_SHARED_THEN = re.compile(r"^\s*(?:那|那么)?(?P<who>(?:[他她]|[\u4e00-\u9fff]{2,4}?)(?:和|与|跟)(?:[他她]|[\u4e00-\u9fff]{2,4}?))"
                          r"(?P<claim>(?:都|也都)是(?:做|搞|研究|从事)[^，,。？?]{1,16}?的)(?:吧|吗)?[，,]\s*"
                          r"(?P<rest>[^，,。？?]{2,30}[？?])\s*$")

# a claim said of two named experts alike ("A and B were both elected … in 1980, right?", A和B都生于1922年，对吧？, rt146)
_BOTH_SAID_EN = re.compile(r"(?i)^\s*(?P<a>[^,?]{2,40}?)\s+and\s+(?P<b>[^,?]{2,40}?)\s+(?:(?P<verb>were|are|have|had)\s+)?"
                           r"both\s+(?P<claim>[^?]{4,160}?)\s*,?\s*(?:right|correct|true|yes|isn't\s+it|aren't\s+they|"
                           r"weren't\s+they|didn't\s+they|haven't\s+they)?\s*\?\s*$")

_BOTH_SAID_ZH = re.compile(r"^\s*(?P<a>[\u4e00-\u9fff]{2,4}?)(?:院士)?(?:和|与|跟)(?P<b>[\u4e00-\u9fff]{2,4}?)(?:院士)?"
                           r"(?:两人|两位|俩)?都(?P<claim>[^？?]{3,60}?)[，,]?\s*(?:对吧|对吗|是吧|是吗|吧|吗|没错吧|对不对)"
                           r"[？?]\s*$")

# what two did together (the same year, one project): not a claim of each alone
_TOGETHER = re.compile(r"(?i)同一|一起|共同|同时|合作|together|jointly|same|each\s+other|share")

# an English question after a problem about those it will list ("…, who's good? also who among them is the youngest…", rt143)
_OF_THEM_TAIL_EN = re.compile(r"(?i)(?<=[.!?])\s+(?:(?:also|and|plus|oh|btw|then|so)[\s,]+)*"
                              r"(?P<follow>(?:who|which(?:\s+one)?)\s+(?:among|of)\s+them\b[^.!?]*)[.!?]*\s*$")

# its extreme, then a question of that one with "they" ("…is the youngest and where did they get their phd", rt143)
_EXTREME_AND_THEY_EN = re.compile(r"(?i)^(?P<who>[^.!?]*?\b(?:youngest|oldest|eldest)\b[^.!?]*?)\s*,?\s+and\s+"
                                  r"(?P<then>[^.!?]*\b(?:they|their|them)\b[^.!?]*)$")

# a question of a turn that begins by pointing at one of those shown (前者…？后者…？ 第一位…？第三位…？)
_PART_POINTER = re.compile(r"\s*(?:那|那么)?(?:前者|后者|第[一二三四五六七八九十\d]+位)")

# a part of a turn that brings a new problem (我们新的问题是…, 另外还有一个难题, "another problem:")
_NEW_PROBLEM = re.compile(r"(?:新的|另一个|另外一个|还有一个|还有个|第二个)(?:技术)?(?:问题|难题|需求)|新问题|换个问题|"
                          r"(?i:\b(?:another|a\s+new|a\s+second)\s+(?:problem|question|issue|challenge)\b)")

# a later question asking for experts on a topic of its own (…？有没有搞食品安全的专家？ was left unanswered, rt123)
_EXPERTS_ON = re.compile(r"有没有(?:搞|做|研究|懂|从事|专门做|专门研究)[^？?，,]{1,20}?(?:的|方面的|领域的)(?:专家|院士)|"
                         r"有(?:搞|做|研究|懂|从事)[^？?，,]{1,20}?的(?:专家|院士)吗|"
                         r"(?:再|另外)?推荐(?:几位|一位|一下|些)?[^？?，,]{1,20}?(?:方面|领域)的(?:专家|院士)|"
                         r"(?i:\bany\s+(?:experts?|academicians?)\s+(?:on|in|for|who\s+works?\s+on)\b)")

QUESTION_PARTS = re.compile(r"[^？?]+[？?]|[^？?]+$")

# the numbers of questions listed in one turn: (1) … (2) …, 1) … 2) …, ① … ②, 1. … 2. (after a space or a colon)
_NUMBERED = re.compile(r"(?:^|(?<=[\s:：,，;；？?。！!]))(?:[(（]\d[)）]|\d[)）]|[①②③④⑤⑥]|\d\.(?=\s))\s*")

# the last clause of a problem, asking of the experts it will get by a pronoun or their place in the list (…，她获得过
# 什么奖？ …，第一位当过教育部部长吗？ "…. Where did the first one study?")
_ASKED_OF_THEM = re.compile(r"(?:(?<=[，,。；;！!？?])|(?<=[.!?]\s))\s*(?:(?:那|这)?(?:他|她)(?!们)|(?:那|这)?第[一二三四五1-5](?:位|个|名)(?:专家|院士)?|"
                            r"(?i:(?:he|she|the\s+(?:first|second|third|top)\s+(?:one|expert)|which\s+of\s+them)\b))"
                            r"[^，,。；;！!？?]*(?:[？?]|[吗呢](?=\s*$))\s*$|"
                            r"(?<=[.!?]\s)(?i:(?:where|when|what|which|who|how|did|does|do|is|was|has|had)\b[^.!?]*?"
                            r"\b(?:he|she|his|her|the\s+(?:first|second|third|top)\s+(?:one|expert))\b)[^.!?]*\?\s*$")

# who of those shown is at an extreme (the youngest, 最年长), and a question after it about him or her
_EXTREME_OF_SHOWN = re.compile(r"\b(?:youngest|oldest|eldest)\b|最年轻|最年长|年纪最[大小]|岁数最[大小]", re.IGNORECASE)

# the youngest or oldest of those shown pointed at in a question about them (年纪最小的那位多大？ "The youngest one — how
# old is he?", "How old is the oldest one?")
_EXTREME_POINTER = re.compile(r"(?:(?:年纪|年龄|岁数)最(?P<z>[大小])|最(?P<y>年轻|年长))的(?:那一?位|那个|一位|专家|院士|人)?|"
                              r"(?i:\bthe\s+(?P<en>youngest|oldest|eldest)(?:\s+(?:one|of\s+them|expert|academician))?\b)|"
                              # of two: 年轻的那位, "the younger one" (年轻的那位出生在哪里？ was answered of the older, rt73)
                              r"(?:(?P<c>年轻|年长)|(?:年纪|年龄|岁数)(?P<cz>[大小]))(?:一些|一点)?的(?:那一?位|那个)|"
                              r"(?i:\bthe\s+(?P<en2>younger|older|elder)\s+(?:one|of\s+the\s+two|expert|academician)\b)")

# a second yes/no claim of the same person (现在是科技部部长？ 还当过院长吗？)
_CLAIM_ASKED = re.compile(r"^(?:那|那么|还|也|而且|另外|现在|目前|后来)*(?:是|当过|担任|任|做过|获得?过?|得过|在)[^，。？?]{1,20}?"
                          r"(?:吗|吧|么|嘛)?[？?]?$")

_LIFE_CLAUSE_EN = re.compile(r"(?i)\b(?:born|graduated|degree|ph\.?\s?d|doctorate|master'?s|bachelor'?s|studied|died)\b")

_CLAIM_CLAUSES = re.compile(r"[，,；;]|(?i:\band\b)")

# an English claim's clauses (", and was 60 when elected …", "… and a TWAS fellow since 2004"; not at a bare comma: "the
# National Natural Science Award, first class, in 1982" is one)
_CLAIMS_EN = re.compile(r"\s*,?\s+and\s+(?=(?:was|is|has|had|won|received|got|graduated|studied|worked|became|"
                        r"holds|served|also|an?|the)\b)", re.IGNORECASE)

# the event an age is stated at (2013年当选中科院时, 2016年获最高奖时): a clause of the age claim
_EVENT_OF_AGE = re.compile(r"当选|入选|获得?|荣获|拿到|授予")

# two seats counted in one English question ("How many CAS members does X have, and how many CAE members?")
_TWO_SEAT_COUNTS_EN = re.compile(r"(?i)^\s*(?P<first>how\s+many\s+(?P<a>CAS|CAE)\s+(?:members|academicians)\b[^?]+?)\s*,?\s+"
                                 r"and\s+how\s+many\s+(?P<b>CAS|CAE)(?:\s+(?:members|academicians|ones))?\s*\?\s*$")

# an age in the year just said, asked alone (那年他几岁？ 当年她多大？)
THAT_YEAR_AGE = re.compile(r"^(?:那|那么)?(?P<who>[他她])?(?:那一?年|当年)(?=[他她]?(?:多大|几岁|多少岁))")

# 当时各多少岁？: at the event just named
AT_THE_TIME_EN = re.compile(r"(?i)^\s*(?:and\s+|so\s+)?how\s+old\s+(?:was|were)\s+(he|she|they|each\s+of\s+them|the\s+"
                            r"(?:two|three|four)\s+of\s+them)\s+(?:at\s+(?:the|that)\s+time|then)\s*\?*\s*$")

# who of those named is more or most so, asked with no pronoun after a question about them (…？他俩当选时各多少岁？谁更年轻？)
WHO_OF_THEM = re.compile(r"^\s*(?:那|那么)?谁(?:更|最|比较)?(?:年轻|年长|年纪大|年纪小|大|小|早|晚|先|多|少)")

THEY_OR_HE = re.compile(r"(?<![其吉])[他她](?:们|俩)?|两人|二人|两位|这两位|二位|(?i:\b(?:he|she|they|them|his|her|their|both)\b)")


class TurnSplitter:
    """Cuts a turn into the questions it asks, each to be answered as its own; `begin` reads one question's intent
    and experts as the answerer would (some cuts depend on what a part asks)."""

    def __init__(self, retriever: ExpertRetriever, pointers: PointerReader,
                 begin: Callable[[str, Conversation], tuple[Intent, list[ExpertMatch], MatchResult | None]]) -> None:
        self.retriever = retriever
        self.pointers = pointers
        self.begin = begin

    def questions_apart(self, question: str, conversation: Conversation) -> list[str]:
        """The questions of a turn that asks several about a named expert (钟南山是哪年出生的？他2003年…对吧？ was searched
        as one problem, the named expert first among strangers), each to be answered in turn as its own; [] for a turn
        to be answered whole — one question, or a problem first (轴承磨损怎么办？谁最合适？)."""
        if claims := self._both_apart(question):  # (before `_claims_apart`, which cut it at its "and")
            return claims
        if claims := self._claims_apart(question, conversation):
            return claims
        if claims := self.age_apart(question):
            return claims
        if claims := self._shared_apart(question, conversation):  # (before `_focus_apart`: its first part is whole)
            return claims
        if claims := self._focus_apart(question, conversation):
            return claims
        if claims := self._problem_then_of_them_en(question, conversation):
            return claims
        if (seats := _TWO_SEAT_COUNTS_EN.match(question)) is not None:  # "How many CAS members does 北京大学 have, and
            first = seats.group("first")  # how many CAE members?": each count (the second was dropped, rt147)
            return [first + "?", first[:seats.start("a")] + seats.group("b") + first[seats.end("a"):] + "?"]
        numbered = [p.strip(" ,，;；") for p in _NUMBERED.split(question)[1:] if p.strip(" ,，;；")]
        if 2 <= len(numbered) <= MAX_APART and self.retriever.names.find(numbered[0]) and all(
                self.retriever.names.find(p) or re.match(r"[他她]|(?i:(?:and\s+)?(?:he|she|his|her)\b)", p) for p in numbered[1:]):
            return [p if re.search(r"[?？]$", p) else p + ("?" if is_english(p) else "？") for p in numbered]  # "Three
            # quick questions: (1) when was Zhao Zhongxian elected …, (2) did Wu Mengchao …, (3) is Li Zhensheng …?":
            # each of its own person (they were read as three problems, each answered of another, rt131); 1）郑哲敏是…吗？
            # 2）他…吗？: the later ones of him, each answered (one 不是 was said of all three, a true one among them, rt151)
        asked = [q.strip() for q in QUESTION_PARTS.findall(question) if re.search(r"\w", q)]
        if conversation.last and len(asked) == 2 and _EXTREME_OF_SHOWN.search(asked[0]) and \
                HE_OR_SHE.search(asked[1]):  # "Which one is the youngest? Is she female?": she is the youngest (the one in
            return asked  # focus before was answered, rt71)
        if len(conversation.last) >= 2 and (pointer := _EXTREME_POINTER.search(question)) is not None and \
                not re.search(r"谁|哪一?位|哪个|(?i:\b(?:who|which)\b)", question) and \
                not HE_OR_SHE.search(question[:pointer.start()]):  # (他是知识图谱里最年轻的院士吧？: a claim of him)
            # 年纪最小的那位多大？ "The youngest one — how old is he?": who that is among those shown, then the rest of
            # the question about them (the first one shown was answered, rt71)
            english = pointer.group("en") is not None or pointer.group("en2") is not None
            rest = (question[:pointer.start()] + ("" if english else "他") + question[pointer.end():]).strip(" —-–,，:：")
            if english and not HE_OR_SHE.search(rest):  # "How old is the oldest one?": How old is he?
                rest = re.sub(r"\s*[?.!]*$", " he?", rest, count=1)
            young = (pointer.group("y") or pointer.group("z") or pointer.group("en") or pointer.group("c")
                     or pointer.group("cz") or pointer.group("en2") or "").lower() in ("年轻", "小", "youngest", "younger")
            if re.search(r"[\u4e00-\u9fffA-Za-z]{2}", re.sub(r"他们中|他|是谁|是哪一?位|哪一?位|谁|(?i:\b(?:he|she|who|which|one|"
                                                          r"is|are|was|the|of|them|among)\b)", "", rest)):
                return [("Which one is the youngest?" if young else "Which one is the oldest?") if english else
                        ("他们中谁最年轻？" if young else "他们中谁最年长？"), rest]
        if len(asked) == 2 and biography.YEAR.search(asked[0]) and (AT_THE_TIME_EN.match(asked[1]) or THAT_YEAR_AGE.match(
                asked[1])) and (self.retriever.names.find(asked[0]) or HE_OR_SHE.search(asked[0])):
            return asked  # "What honorary title did he receive in 2005? How old was he then?": the title, then his age
            # in that year (the age was left unanswered, rt118)
        if len(asked) == 2 and (other := NAME_THEN.match(asked[0])) and self.retriever.names.ids(other.group(1)):
            again = self.pointers.same_of(asked[0], conversation)
            if len(said := set(biography.YEAR.findall(asked[1]))) == 1 and \
                    len(before := set(biography.YEAR.findall(again))) == 1:
                again = again.replace(before.pop(), said.pop())  # 那黄旭华呢？他2019年也获得了最高奖吧 after an age at 2014:
                # the age at his year (2014 was computed, rt153)
            return [again, asked[1]]  # 关桥呢？他们俩是同一个省的吗？: the same question
            # of him, then the one of both (bridge engineers were matched on the 桥 of his name, rt71)
        if 2 <= len(asked) <= MAX_APART and self.retriever.names.find(asked[0]) and any(
                (other := NAME_THEN.match(q)) and self.retriever.names.ids(other.group(1)) or GAP_ONLY.match(q)
                for q in asked[1:]):
            return asked  # 钟南山哪年当选？王辰呢？两人相差几年？: each in turn, 王辰呢 as the same question of him, the gap
            # between the two (王辰 was left unanswered; 钟南山和王辰哪年当选？两人相差几年？ listed them as a match, rt87)
        if 2 <= len(asked) <= MAX_APART and self.retriever.names.find(asked[0]) and \
                not self.retriever.names.find("".join(asked[1:])) and \
                all(THEY_OR_HE.search(q) or WHO_OF_THEM.match(q) for q in asked[1:]) and \
                self.begin(asked[0], copy.deepcopy(conversation))[0].kind in ("about", "list"):
            return asked  # 关桥和林尚扬谁当选院士更早？他们都获得过…奖吗？: the order, then the award of those two (it was
            # left unanswered, rt87)
        if len(asked) == 2 and (re.match(r"[他她](?!们)", asked[0]) or len(self.retriever.names.find(asked[0])) == 1) and \
                biography.asks_yes_no(asked[0]) and _CLAIM_ASKED.search(asked[1]) and len(asked[1]) <= 24 and \
                not self.retriever.names.find(asked[1]) and not re.search(r"[他她]们|他俩|两人|[谁哪]", asked[1]):
            return [asked[0], asked[1] if re.match(r"[他她]", asked[1]) else "他" + asked[1]]  # 他当过中国科学技术大学的校长
            # 吗？现在是科技部部长？: each of him (one 不是 was said of both, denying the post he held, rt136)
        if conversation.last and 2 <= len(asked) <= MAX_APART and not asks_more(asked[0]) and (
                asks_more(asked[-1]) or re.fullmatch(r"(?i)(?:and\s+)?(?:are\s+there\s+)?any\s+(?:other|more)\s+(?:experts?|"
                                                     r"ones?|people|academicians?)\s*[?.!]*", asked[-1])):
            return asked  # 第一位跟纤维素乙醇不对口吧？还有别的专家吗？: the first answered, then more experts (those were
            # left out, rt133)
        if len(asked) == 2 and asks_member(asked[1]) and count_question(asked[0]) is not None:  # 中国科学院物理研究所有
            return asked  # 多少位院士？陈立泉算不算？: the count, then whether he is counted (he was searched, rt129)
        if 2 <= len(asked) <= MAX_APART and _counts_apart(question, asked):  # 2015年当选的院士有多少位？2017年呢？
            return asked  # 哪年多？ / 一共有多少个机构？覆盖多少个省份？: each in turn (only the first was answered, rt71)
        if (tail := _ASKED_OF_THEM.search(question)) is not None and tail.start() > 0:
            problem, follow = question[:tail.start()].rstrip(" ，,；;。"), tail.group().strip(" ，,；;。")
            read = english_reading(follow) or follow  # ("Where does the second one work?": 在哪个单位第二位？)
            if (asked_attribute(read) is not None or biography.asked(follow) or unheld_requests(read)) and \
                    not self.retriever.names.find(follow) and not self.retriever.names.unknown(problem) and \
                    not self.retriever.names.find(problem) and \
                    (not conversation.last or resolve(question, conversation).kind == "problem" or
                     _EXPERTS_ON.search(problem)) and \
                    resolve(problem, copy.deepcopy(conversation)).kind == "problem":
                # …请推荐专家，最好是女院士，她获得过什么奖？ / …第一位当过教育部部长吗？: the list, then the question of
                # whom it points at among those listed (it was searched with the problem and left unanswered, rt75;
                # with no list before, 第二位 made the whole message a question about none: "describe your problem";
                # not when she is one the graph lacks: 我听说屠呦呦是…院士，她有哪些奖？ said so twice, rt77, nor one it
                # holds: 关桥已获得诺贝尔奖，他获得过什么奖？ listed strangers for the claim, rt84); after a list, when the
                # first part asks for experts anew (有没有搞饮用水处理的专家？他获得过什么奖？: 他 was the first shown, rt154)
                return [problem, follow]
        if conversation.last and 2 <= len(asked) <= MAX_APART and \
                len(pointers := [m.group() for q in asked if (m := _PART_POINTER.match(q))]) == len(asked) and \
                len(set(pointers)) == len(asked):  # 前者是哪个单位的？后者获过什么奖？: each of its own (the first
            return asked  # one was answered both, rt97)
        if conversation.last and 2 <= len(asked) <= MAX_APART and (new := next(
                (i for i, q in enumerate(asked) if i and (_NEW_PROBLEM.search(q) or _EXPERTS_ON.search(q))), None)) \
                is not None and all(
                resolve(q, copy.deepcopy(conversation)).kind in ("about", "list") for q in asked[:new]) and \
                resolve(" ".join(asked[new:]), copy.deepcopy(conversation)).kind == "problem":
            return [*asked[:new], " ".join(asked[new:])]  # 第一位是哪年当选的？还有，我们新的问题是…，请再推荐几位: the
            # question of those shown, then the new problem (only the first was answered, rt94)
        if not 2 <= len(asked) <= MAX_APART or not self.retriever.names.find(asked[0]):
            return []
        whole = resolve(question, conversation)
        if whole.kind != "problem" or whole.count is not None:
            return []
        first, _, _ = self.begin(asked[0], copy.deepcopy(conversation))
        if first.kind != "about":
            return []
        # 何琳2012年获得了…？是因为什么成果？: a later question with no subject of its own is of the one named (it was
        # matched as a problem of its own, and strangers listed)
        return [asked[0], *(q if PRONOUN.search(q) or self.retriever.names.find(q) or
                            re.search(r"谁|哪位|哪些|(?i:\bwho\b)", q) else "他" + q for q in asked[1:]
                            if without_answer_form(q) != "")]  # ("… also who is the best lung doctor?": of no one named,
        # not 他also who is …, which got "Yes." above his card, rt122)  # ("… abroad? Answer only yes or no.": the form is no
        # question of its own — it became 他Answer only yes or no., a card, and the question before the next turn, rt120)

    def _shared_apart(self, question: str, conversation: Conversation) -> list[str]:
        """A question of two said to share a field (他和梁文灏都是做隧道的，谁大？): whether they do, then the question of
        the two, then the turn's other questions (it was answered 都没有 whole, the claim read as an award, rt143)."""
        asked = [q.strip() for q in QUESTION_PARTS.findall(question) if re.search(r"\w", q)]
        if not 1 <= len(asked) <= MAX_APART - 1:
            return []
        at = next(((i, m) for i, q in enumerate(asked) if (m := _SHARED_THEN.match(q))), None)
        if at is None:
            return []
        i, shared = at
        who = shared.group("who")
        if re.match(r"[他她]", who):
            focus = the_one(conversation)
            if focus is None:
                return []
            who = focus.name + who[1:]
        if len(self.retriever.names.find(who)) != 2:
            return []
        return [*asked[:i], f"{who}{shared.group('claim')}吗？", f"{who}{shared.group('rest')}", *asked[i + 1:]]

    def _both_apart(self, question: str) -> list[str]:
        """A claim of two named experts said of both, with a year ("Zheng Zhemin and Wu Liangyong were both elected to
        CAS in 1980 and both born in 1922, right?", 郑哲敏和吴良镛都生于1922年，对吧？): the claim of each, confirmed apart
        ("Yes." was said of the one it holds, the other's birth year let stand, rt146); [] otherwise."""
        both = _BOTH_SAID_EN.match(question) or _BOTH_SAID_ZH.match(question)
        if both is None or not biography.YEAR.search(both.group("claim")) or _TOGETHER.search(both.group("claim")):
            return []
        people = [self.retriever.names.find(both.group(k)) for k in ("a", "b")]
        if any(len(p) != 1 for p in people) or people[0][0].name == people[1][0].name:
            return []
        if both.re is _BOTH_SAID_ZH:
            claim = re.sub(r"([，,]\s*(?:而且|并且|也|还)?)都", r"\1", both.group("claim"))
            return [f"{p[0].name}{claim}，对吗？" for p in people]
        verb = {"were": "was ", "are": "is ", "have": "has ", "had": "had "}.get((both.group("verb") or "").lower(), "")
        claim = re.sub(r"(?i)\b(and|,)\s+(?:were\s+|are\s+|have\s+)?both\s+", r"\1 ", both.group("claim"))
        return [f"{p[0].name} {verb}{claim}, right?" for p in people]

    def _problem_then_of_them_en(self, question: str, conversation: Conversation) -> list[str]:
        """An English problem, then a question about those it lists ("i need someone for lithium battery cathode
        materials, who's good? also who among them is the youngest and where did they get their phd"): the problem, then
        the question, its extreme first and the rest of that one (the question was searched as a second problem, and a
        sewage expert listed for it, rt143); [] otherwise."""
        tail = _OF_THEM_TAIL_EN.search(question)
        if tail is None or not is_english(question):
            return []
        problem, follow = question[:tail.start()].strip(), tail.group("follow").strip()
        if self.retriever.names.find(problem) or resolve(problem, copy.deepcopy(conversation)).kind != "problem":
            return []
        if (both := _EXTREME_AND_THEY_EN.match(follow)) is None:
            return [problem, follow + "?"]
        then = re.sub(r"(?i)\b(?:they|them|their)\b", lambda m: {"they": "he", "them": "him", "their": "his"}[
            m.group().lower()], both.group("then"))
        return [problem, both.group("who") + "?", then + "?"]

    def _focus_apart(self, question: str, conversation: Conversation) -> list[str]:
        """The questions of a turn each of the one in focus (他/她 or his name first), one of them naming another expert:
        each in turn (她当选院士时多大了？陈丙珍比钱易晚几年当选？ was answered whole as 钱易's age, rt143); [] otherwise."""
        focus = the_one(conversation)
        asked = [q.strip() for q in QUESTION_PARTS.findall(question) if re.search(r"\w", q)]
        if focus is None or not 2 <= len(asked) <= MAX_APART or is_english(question):
            return []
        own = re.compile(rf"(?:那|那么)?(?:[他她](?![们俩])|{re.escape(focus.name)})")
        if not all(own.match(q) for q in asked):
            return []
        others = [n for q in asked for n in self.retriever.names.find(q) if n.name != focus.name]
        return asked if others else []

    def age_apart(self, question: str) -> list[str]:
        """A claim of one expert that states an age at an event beside other facts (施一公是诺贝尔奖得主，2013年当选中科院时
        46岁，对吗？), or in English a dated fact beside others ("… was elected to CAE in 2009 and is a CAS member too,
        right?"): the other facts, then the age or year, as two questions — the age or year checked out alone said 是 of
        the whole claim, a Nobel Prize or a Tsinghua degree with it (ten of rt134's severe failures); [] for any other
        turn."""
        tail = _CONFIRM_TAIL.search(question)
        if tail is None or len(named := self.retriever.names.find(question)) != 1:
            return []
        name = named[0].name
        if is_english(question):  # "Zhong Nanshan graduated from Tsinghua and was 60 when elected to CAE in 1996, right?"
            clauses = [c.strip(" .—–-") for c in _CLAIMS_EN.split(question[:tail.start()]) if c and c.strip(" .—–-")]
            events = [c for c in clauses if (biography.YEAR.search(c) or states_age(c)) and not _LIFE_CLAUSE_EN.search(c)]
            # (a birth or a degree is the biography's to check, not a record's year: "graduated from Peking University
            # in 1990 and was elected to CAS in 2011" got Yes of the election, rt141)
            others = [c for c in clauses if c not in events]
            if not events or not others:  # ("Yes." was said of the election year, the Tsinghua degree with it, rt134;
                return []  # "… is president of USTC and a TWAS fellow since 2004": of the TWAS year, rt136)

            def subject(clause: str) -> str:  # ("… and is a CAS member too": of him, not a search, rt136)
                return clause if clause == clauses[0] else f"{name} is {clause}" if re.match(
                    r"(?i)(?:a|an|the)\b", clause) else f"{name} {clause}"
            return [f"{', '.join(map(subject, others))}, right?", f"{' and '.join(map(subject, events))}, right?"]
        if not asks_age_at(question):
            return []
        clauses = [c.strip(" 。.") for c in _CLAIM_CLAUSES.split(question[:tail.start()]) if c and c.strip(" 。.")]
        ages = [c for c in clauses if states_age(c) or biography.YEAR.search(c) and _EVENT_OF_AGE.search(c)]
        others = [c for c in clauses if c not in ages and c != name]
        if not ages or not others or re.search(r"[A-Za-z]{3}", "".join(clauses)):  # (Chinese claims only)
            return []
        said = [c if name in c or re.match(r"[他她]", c) else name + c for c in ("，".join(others), "，".join(ages))]
        return [q + "，对吗？" for q in said]

    def _claims_apart(self, question: str, conversation: Conversation) -> list[str]:
        """Claims about two or more named experts confirmed at once (陈竺1992年当选法国科学院外籍院士，王振义2003年当选美国
        科学院外籍院士，对吗？), each with the clauses after it that name no one, as a question of its own; [] for any other
        turn (it was matched as a problem, and 不是 said of a year the other academy's seat holds, rt66)."""
        if not question.strip():
            return []  # (an empty message is refused as such by `_read_turn`)
        tail = _CONFIRM_TAIL.search(question)
        stated = tail is None and not re.search(r"[？?]", question)
        if tail is None and not stated:
            return []
        groups: list[list[str]] = []
        names: list[str] = []
        for clause in (c.strip(" 。.!！") for c in _CLAIM_CLAUSES.split(question[:tail.start()] if tail else question)
                       if c and c.strip(" 。.!！")):
            named = self.retriever.names.find(clause)
            if len(named) > 1 or not named and not groups:
                return []
            if named:
                groups.append([clause])
                names.append(named[0].name)
            else:
                groups[-1].append(clause)
        if len(groups) < 2 or len(set(names)) < len(names) or stated and not all(
                biography.YEAR.search("".join(g)) for g in groups):  # (claims stated without a question: dated each)
            return []
        if resolve(question, conversation).kind != "problem":  # (read only for messages of claims about several: a
            return []  # problem message is read once, by `_read_turn`)
        english = is_english(question)
        asked = [(", " if english else "，").join(g) + (", correct?" if english else "，对吗？") for g in groups]
        if len(award := [a for a in asked_awards(asked[0]) if a.endswith("奖")]) == 1:  # "…; 王振义 got it in 2016.":
            asked = [asked[0], *(re.sub(r"\bit\b", f"the {award[0]}", a) for a in asked[1:])]  # the award said before
        first, _, _ = self.begin(asked[0], copy.deepcopy(conversation))
        return asked if first.kind == "about" else []
