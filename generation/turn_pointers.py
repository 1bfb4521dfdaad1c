"""Reading a turn's pointers at experts (他, 她, the former, 另一位, 比…晚几年, 相差几年) as the experts they mean."""

from __future__ import annotations

import re

from generation import biography
from generation.answer_forms import JSON_ASKED, TABLE_ASKED
from generation.conversation import (
    Conversation,
    asks_elected_order,
    in_chinese_names,
    known_experts,
    titled_surnames,
)
from generation.english import NUMBER_WORDS
from generation.grounded import asked_awards
from generation.grounded_en import is_english
from generation.turn_parts import read_as_said, without_titles
from retrieval.census import chinese_number
from retrieval.models import ExpertMatch
from retrieval.pipeline import ExpertRetriever
from retrieval.requirements import states_female

# a work of the one in focus a turn points back to (那篇论文, 这项研究, 那个项目, 那本书)
_THAT_WORK = re.compile(r"^\s*(?:那|这)(?:篇|项|个|本|部|次)(?=(?:论文|文章|研究|成果|项目|课题|工程|专著|著作|书|奖|发明|专利|工作))")

# a superlative asked of no one named (谁最年轻？ 哪位获奖最多？)
_BARE_EXTREME = re.compile(r"^\s*(?:那|那么)?(?:谁|哪位|哪一位|哪个)[^，。？?他她]{0,8}?最")

# "Summarize it", "Translate that" after one expert: of that expert
_IT_REWORDED_EN = re.compile(r"(?i)^\s*(?:(?:now|ok(?:ay)?|then|please|can\s+you|could\s+you)[\s,]+)*"
                             r"(?:summari[sz]e|translate|shorten|condense|rewrite|paraphrase)\s+(it|that|this)\b")

# "the former", "the latter": of the two just discussed
_FORMER_LATTER_EN = re.compile(r"(?i)\bthe\s+(former|latter)\b")

# one more expert asked into the list or record so far (把钟南山也加进去, "Now add Zhong Nanshan to the same JSON array")
ADD_PERSON = re.compile(r"也?(?:加进去|加进来|加上|加入|列进去|列进来|放进去|算进去|补上|添上)|^\s*(?:再|也)?(?:加上|添上|补上)|"
                        r"(?i:^\s*(?:now\s+|also\s+|and\s+|please\s+)*(?:add|include|put\s+in)\b|"
                        r"\b(?:to|in|into)\s+(?:the\s+)?(?:same\s+)?(?:json|array|list|table)\b|\b(?:too|as\s+well)\s*[.!?]*\s*$)")

# the years between two of one person's events, asked with no one named (从拿到博士到当选院士隔了几年？ 读完博士以后过了多少年当选？)
_EVENTS_APART = re.compile(r"^\s*(?:那|那么)?(?:从|自)?[^，。？?]{0,12}?(?:博士|硕士|毕业|学位|出生|当选|获奖|获得|留学|回国)"
                           r"[^，。？?]{0,16}?(?:隔了?|相隔|相差|差了?|过了|经过了?|用了)(?:几|多少)年")

# a question that leaves its subject out and begins with whom it is compared to (比钱易晚几年当选？ 比他大几岁？, rt143)
_THAN_UNSAID = re.compile(r"(?:^|(?<=[？?。！!；;]))\s*(?:那|那么|而且|还有|另外)?[，,]?\s*"
                          r"(?=比(?P<other>[\u4e00-\u9fff]{2,4}?)(?:院士|教授)?(?:要|还|更)?(?:早|晚|先|后|大|小|年轻|年长)"
                          r"(?:了)?(?:几|多少|\d|[一二两三四五六七八九十])?)")

# 其中 before an award's grade or kind, after a turn on one expert's awards (其中一等奖两项？ 其中特等奖是哪年的？)
_OF_HIS_AWARDS = re.compile(r"^\s*(?:那|那么)?其中(?=[^，,。？?]{0,12}?(?:[一二三特]等奖|奖))")

# the pointers of a turn at the two experts it names (王永志和孙家栋，后者比前者早6年获得…？ 赵忠贤和李方华…，她比他早两年当选
# 院士吧？ "A and B: the latter won … before the former", rt144)
_FORMER_LATTER_ZH = re.compile(r"前者|后者")

_SHE_ZH = re.compile(r"她(?!们)")

_HE_ZH = re.compile(r"(?<!其)他(?!们|人)")

_SHE_EN = re.compile(r"(?i)\bshe\b")

_HE_EN = re.compile(r"(?i)\b(?:he|him)\b")


def the_one(conversation: Conversation) -> ExpertMatch | None:
    """The expert a turn's 他 means: the one in focus, else the only one the latest answer showed."""
    return conversation.focus or (conversation.last[0] if len(conversation.last) == 1 else None)


# 那是1991年获得的吧？ 那是在当选院士之前吧？: the event just answered, of the expert in focus
_THAT_EVENT = re.compile(r"^\s*那(?=(?:是|也是|应该是)?[^，。？?]{0,12}?(?:(?:19|20)\d\d年|获得|获|拿|当选|之前|之后|以前|以后))")

HE_OR_SHE = re.compile(r"\b(?:he|she|him|her|his)\b|(?<![其吉])[他她](?!们)", re.IGNORECASE)

# an award pointed at (这个奖, 该奖项), after a count of its holders
_THIS_AWARD_SAID = re.compile(r"(?:这个|这一|该|此|这项|这)(?:奖项|奖)(?!章|金|励)")

# a year said relative to another (前一年, 次年, 三年后, "the year after", "three years later"), asked of an award's holders
_RELATIVE_YEAR = re.compile(r"(?P<rel>前一年|上一年|头一年|次年|后一年|下一年|第二年|翌年|"
                            r"(?P<n>[一两二三四五六七八九十]{1,3}|\d{1,2})年(?P<dir>后|之后|以后|前|之前|以前))")
_RELATIVE_YEAR_EN = re.compile(r"(?i)\b(?:the\s+)?(?:(?P<before>year\s+before|previous\s+year)|(?P<after>year\s+after|"
                               r"next\s+year|following\s+year)|(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
                               r"\s+years?\s+(?P<dir>later|after(?:wards)?|before|earlier))\b")
_ASKS_WHO = re.compile(r"谁|哪一?位|呢\s*[？?]?\s*$|(?i:\bwho\b|^\s*(?:and|what\s+about|how\s+about)\b)")


def _year_offset(part: str) -> int | None:
    """How many years after (or, negative, before) a part's relative year says (前一年 −1, 三年后 +3, "the year after"
    +1); None when it says none."""
    if (zh := _RELATIVE_YEAR.search(part)) is not None:
        if zh.group("n") is None:
            return -1 if zh.group("rel") in ("前一年", "上一年", "头一年") else 1
        n = int(zh.group("n")) if zh.group("n").isdigit() else chinese_number(zh.group("n")) or 0
        return -n if zh.group("dir") in ("前", "之前", "以前") else n
    if (en := _RELATIVE_YEAR_EN.search(part)) is not None:
        if en.group("n") is None:
            return -1 if en.group("before") else 1
        n = int(en.group("n")) if en.group("n").isdigit() else int(NUMBER_WORDS[en.group("n").lower()])
        return -n if en.group("dir").lower() in ("before", "earlier") else n
    return None


# a claim or question of one expert's life or record that leaves out whose (博士学位应该是…吧？ 出生年份是1940年吧？)
_LIFE_SUBJECT_LEFT = re.compile(r"^\s*(?:那|那么|还有)?(?:博士学位|硕士学位|学士学位|学位|博士|硕士|本科|毕业院校|母校|出生年份|出生日期|"
                                r"出生地|籍贯|生日|工作单位|单位|研究方向)(?:应该|应当|好像|大概|是不是|是否)?(?:是|在)")


# who of two won first, no one named (那谁先获得国家最高科学技术奖？ "ok so which one won it first?", rt147)
_FIRST_OF_TWO = re.compile(r"^\s*(?:那|那么|所以)?\s*(?=(?:谁|哪位|哪一位)(?:更)?(?:早|晚|先|后)(?:获得|获|荣获|拿到|得到))")  # (他们谁

# 先…？ is answered by the list's own order)
_FIRST_OF_TWO_EN = re.compile(r"(?i)^\s*(?:(?:ok(?:ay)?|so|and|well)[\s,]+)*(?:which(?:\s+one|\s+of\s+(?:them|the\s+two))?|who)"
                              r"\s+(?:won|received|got|was\s+awarded)\s+(?P<what>.+?)\s+(?:first|earlier)\s*[?.!]*\s*$")

_ELECTED_WHEN = re.compile(r"哪一?年[^，。？?]{0,4}当选|当选[^，。？?]{0,6}(?:哪一?年|时间|什么时候)|什么时候当选")

_BORN_WHEN = re.compile(r"哪一?年[^，。？?]{0,4}(?:出生|生的)|(?:出生|生于)[^，。？?]{0,6}(?:哪一?年|时间|什么时候)")

NAME_THEN = re.compile(r"^\s*(?:那|那么)?([\u4e00-\u9fff·]{2,4})(?:院士|教授)?呢\s*[？?]\s*$")

# a gap asked on its own (相差几年？ 大几岁？ "By how many years?" "How many years apart?"), of the order just given
GAP_ONLY = re.compile(r"^\s*(?:那|那么)?(?:他们|她们|两人|两位|二人|他俩|她俩|他们俩|她们俩|这两位)?(?:之间)?(?:相差|差|大|小|早|晚|"
                      r"相隔|隔|年长|年轻)了?(?:几|多少)(?:岁|年|天|个月)(?:呢|啊|吧)?\s*[？?。]*\s*$|"
                      r"^\s*(?:and\s+|so\s+)?(?:by\s+)?how\s+(?:many\s+years|much)(?:\s+(?:earlier|later|older|younger|"
                      r"apart|sooner|before|after))?(?:\s+(?:is\s+(?:that|it)|was\s+(?:that|it)|(?:do|did)\s+they\s+differ|are\s+"
                      r"they\s+apart|between\s+them))?\s*[?.!]*\s*$|^\s*(?:and\s+)?what(?:'s|\s+is)\s+the\s+(?:age\s+)?"
                      r"(?:gap|difference)\s*[?.!]*\s*$", re.IGNORECASE)

# two pronouns for the two discussed (她和他谁…, "her or him")
_BOTH_PRONOUNS = re.compile(r"(?P<zh>[她他](?:和|与|跟|还是)[他她])(?=谁|哪|[，,]?\s*(?:谁|哪))|"
                            r"(?i:\b(?:her|him|she|he)\s+(?:or|and)\s+(?:her|him|she|he)\b)")

# "Go back to the very first expert you recommended.": the first of the first list
_VERY_FIRST_EN = re.compile(r"^\s*(?:(?:ok(?:ay)?|so),?\s+)?(?:let'?s\s+)?(?:go\s+)?(?:back\s+to|return\s+to)\s+the\s+very\s+first\s+"
                            r"(?:expert|one|person|academician)(?:\s+(?:you|that\s+you)\s+(?:recommended|suggested|listed|showed|"
                            r"gave))?\s*[.,:;!]?\s*", re.IGNORECASE)

# she, her: one woman pointed at (not 她们, "hers" of a list)
_SHE = re.compile(r"她(?!们)|(?i:\b(?:she|her)\b)")

_HE = re.compile(r"他(?!们)|\b(?:[Hh]im|[Hh]is)\b|\b[Hh]e\b(?!\s+[A-Z])")  # (not "He Liang He Li")

# the other of two (另一位, "the other one")
_OTHER_ONE = re.compile(r"另(?:外)?一(?:位|个人|个|名)(?:专家|院士)?|另外那位|(?i:\bthe\s+other\s+(?:one|expert|person|"
                        r"academician|professor|scientist)\b|\bthe\s+other\b(?!\s+\w+s\b))")


class PointerReader:
    """Rewrites the pointers of a turn at experts shown or named before into their names, from the conversation and
    the graph's names, so that the turn is answered of the experts it means."""

    def __init__(self, retriever: ExpertRetriever) -> None:
        self.retriever = retriever

    def first_of_two(self, question: str, conversation: Conversation) -> str:
        """谁先获得…？ "which one won it first?" after a turn about two experts, naming no one: of those two, by name
        (strangers were listed for the award's words, rt147); the turn itself otherwise."""
        two = conversation.pair if len(conversation.pair) == 2 else conversation.last if len(conversation.last) == 2 \
            else []
        if not two or self.retriever.names.find(question):
            return question
        if (zh := _FIRST_OF_TWO.match(question)) is not None:
            return f"{two[0].name}和{two[1].name}" + question[zh.end():]
        if (en := _FIRST_OF_TWO_EN.match(question)) is None:
            return question
        what = en.group("what")
        if re.fullmatch(r"(?i)it|that(?:\s+(?:award|prize))?|the\s+(?:award|prize)", what):
            before = [m.content for m in conversation.messages if m.role == "user"][-1:]
            awards = [a for a in asked_awards(before[0]) if not a.endswith("院士")] if before else []
            if len(set(awards)) != 1:
                return question
            what = awards[0]
        return f"Which of {two[0].name} and {two[1].name} received {what} before the other?"

    def said_of(self, question: str, experts: list[ExpertMatch]) -> list[ExpertMatch]:
        """Of the experts an answer is about, those the question names (钱七虎和李兰娟…, "Qian Qihu and …"), or all
        of them when it names fewer than two (他们俩…)."""
        said = in_chinese_names(question, experts)
        named = [e for e in experts if e.name in said]
        return named if len(named) >= 2 else experts

    def same_of(self, question: str, conversation: Conversation) -> str:
        """关桥呢？ after a question about another expert named in it (潘际銮出生在哪里？): that question of him (关桥出生在
        哪里？); the turn itself otherwise."""
        other = NAME_THEN.match(question)
        focus = conversation.focus
        asked = next((m.content for m in reversed(conversation.messages) if m.role == "user"), "")
        if other is None or focus is None or focus.name not in asked or other.group(1) == focus.name or \
                not self.retriever.names.ids(other.group(1)):
            return question
        return asked.replace(focus.name, other.group(1))

    def two_named_pointers(self, question: str) -> str:
        """A turn naming two experts, then pointing at them (王永志和孙家栋，后者比前者早6年获得…，对吧？; 赵忠贤和李方华都在
        物理所，她比他早两年当选院士吧？; "A and B: the latter won … before the former"), with the pointers read as the
        names — 前者/the former the first named, 她/she the one whose biography says she is a woman, 他/he the other: the
        verdict followed the order the names were typed, and contradicted the text after it (rt144)."""
        if not (_FORMER_LATTER_ZH.search(question) or _FORMER_LATTER_EN.search(question) or _SHE_ZH.search(question)
                or _SHE_EN.search(question)):
            return question  # (most turns: no pointer, no names read)
        firsts: dict[str, object] = {}
        for named in self.retriever.names.find(question):
            firsts.setdefault(named.name, named)
        if len(firsts) != 2 or any(len(n.ids) != 1 for n in firsts.values()):
            return question
        a, b = sorted(firsts.values(), key=lambda n: n.start)
        head, rest = question[:b.start], question[b.start:]
        if _FORMER_LATTER_ZH.search(rest) or _FORMER_LATTER_EN.search(rest):
            rest = _FORMER_LATTER_ZH.sub(lambda m: (a if m.group() == "前者" else b).name, rest)
            return head + _FORMER_LATTER_EN.sub(lambda m: (a if m.group(1).lower() == "former" else b).name, rest)
        women = [n for n in (a, b) if states_female(self.retriever.profile_texts.get(n.ids[0], ""))]
        if len(women) != 1 or not (_SHE_ZH.search(rest) or _SHE_EN.search(rest)):
            return question
        she, he = women[0], b if women[0] is a else a
        rest = _HE_ZH.sub(he.name, _SHE_ZH.sub(she.name, rest))
        return head + _HE_EN.sub(he.name, _SHE_EN.sub(she.name, rest))

    def _relative_years(self, question: str, conversation: Conversation) -> str:
        """Each question of a turn that asks who won the award just counted in a year said relative to another (前一年呢？
        他获奖的三年后是谁？ "And the year after?") asked in that year (2009年谁获得了…？): the year is the one the count
        asked, or the year the person named (or 他) won it (the one just named was answered instead, rt149)."""
        latest = conversation.counted[-1] if conversation.counted else conversation.census  # (a count of none too)
        awards = [r for r in latest.question.requirements if r.kind == "award"]
        if len(awards) != 1:
            return question
        award = awards[0]
        parts = re.findall(r"[^？?]+[？?]*|[？?]+", question)
        read = []
        for part in parts:
            offset = _year_offset(part)
            if offset is None or len(part) > 60 or not _ASKS_WHO.search(part):
                read.append(part)
                continue
            base = award.years[0] if award.years and award.years[0] == award.years[1] else None
            said = [e for e in (*conversation.last, *conversation.shown) if e.name in part]
            one = said[0] if said else conversation.focus if re.search(r"[他她]|(?i:\b(?:he|she|his|her)\b)", part) else None
            held = [a.year for a in (one.awards if one is not None else []) if a.year and award.text in a.name]
            if len(set(held)) == 1:
                base = held[0]
            if base is None:
                read.append(part)
                continue
            year = base + offset
            read.append(f"Who won the {award.text} in {year}?" if is_english(part) else f"{year}年谁获得了{award.text}？")
        return "".join(read)

    def as_read(self, question: str, conversation: Conversation) -> str:
        """A turn as the conversation reads it (`read_as_said`), with what it leaves to the turn before filled in: 关桥呢？
        after 潘际銮出生在哪里？, 相差几年？ after an order of two, 另一位 after a turn about one of two."""
        question = without_titles(titled_surnames(read_as_said(self.retriever.names.in_characters(question)),
                                                  known_experts(conversation)), self.retriever.names)
        question = _VERY_FIRST_EN.sub(lambda m: "Back to the first list: the first one, ", question, count=1)
        if conversation.census is not None and conversation.focus is None and _THIS_AWARD_SAID.search(question) and \
                len(awards := [r.text for r in conversation.census.question.requirements if r.kind == "award"]) == 1:
            question = _THIS_AWARD_SAID.sub(awards[0], question)  # 2016年获这个奖的是谁？ after a count of its holders:
            # that award (这个奖 was read as an award's name, and none found, rt149)
        if (conversation.counted or conversation.census) and (_RELATIVE_YEAR.search(question) or
                                                             _RELATIVE_YEAR_EN.search(question)):
            question = self._relative_years(question, conversation)
        if _LIFE_SUBJECT_LEFT.match(question) and the_one(conversation) is not None and \
                not self.retriever.names.find(question):  # 博士学位应该是1985年英国剑桥大学吧？ after one expert: his (it
            question = "他的" + question  # was searched as a problem, rt151)
        if conversation.census is not None and _BARE_EXTREME.match(question):
            question = "其中" + question  # 谁最年轻？ after a count and 其中谁最早当选？: of those counted (it was asked of
            # the one just named, the earliest elected — one of the oldest, rt136)
        if ADD_PERSON.search(question) and not (JSON_ASKED.search(question) or TABLE_ASKED.search(question)) and \
                (asked := [m.content for m in conversation.messages if m.role == "user"][-1:]) and \
                (JSON_ASKED.search(asked[0]) or TABLE_ASKED.search(asked[0])):  # 把钟南山也加进去 after a JSON or a table asked:
            english = is_english(question)  # in that form again
            question += (" as JSON" if english else "，用JSON格式") if JSON_ASKED.search(asked[0]) else \
                (" as a table" if english else "，用表格")
        if (conversation.focus is not None or len(conversation.last) == 1) and (it := _IT_REWORDED_EN.match(question)):
            question = question[:it.start(1)] + "him" + question[it.end(1):]  # "Summarize it in 3 bullet points." after
            # his biography: his record (strangers were searched, and "he" next was one of them, rt141)
        two = conversation.pair if len(conversation.pair) == 2 else conversation.last if len(conversation.last) == 2 else []
        if two and _FORMER_LATTER_EN.search(question):  # "The latter was elected in 2005 and the former in 1994, …?"
            question = _FORMER_LATTER_EN.sub(lambda m: two[m.group(1).lower() == "latter"].name, question)  # (strangers
            # were searched, and "who is older" next ranked them, rt141)
        question = self.same_of(question, conversation)  # ("Go back to the very first expert you recommended. When was
        # he elected?": of the first list, as 回到最开始推荐的第一位 is — it was the latest list's first, rt73)
        first = re.match(r"[^？?]+[？?]", question)  # 张三是谁？他在哪个单位？: 他 is the one just asked about, whom the
        if first and first.end() < len(question) and not self.retriever.names.find(first.group()) and \
                not self.retriever.names.unknown(question) and \
                (absent := self.retriever.names.unknown(first.group())):  # graph does not hold (the first shown
            question = first.group() + re.sub(r"[他她](?!们)", absent[0], question[first.end():])  # was answered, rt79)
        if any(len(g) == 2 for g in (conversation.pair, conversation.last)):  # 她和他谁年纪大？ "Who is older, her or
            question = _BOTH_PRONOUNS.sub(lambda m: "他们" if m.group("zh") else "them", question)  # him?": the two (one
            # of them was answered, rt73)
        if conversation.focus is not None and (that := _THAT_EVENT.match(question)) and biography.asks_yes_no(question):
            question = "他" + question[that.end():]  # 那是1991年获得的吧？ after his award: of him (it was searched, rt98)
        elif conversation.focus is not None and (that := _THAT_WORK.match(question)) and \
                not self.retriever.names.find(question):  # 那篇论文是哪年发表的？ after his paper was quoted: of him (a
            question = "他的" + question[that.end():]  # search listed strangers, and 他 next was the first of them, rt134)
        elif conversation.focus is not None and _EVENTS_APART.match(question) and \
                not self.retriever.names.find(question) and not HE_OR_SHE.search(question):
            question = "他" + question  # 从拿到博士到当选院士隔了几年？ after a turn about him: of him (a search put a ship
            # designer first on 拿到, and 他 next was him, rt140)
        elif conversation.focus is not None and conversation.census is None and (among := _OF_HIS_AWARDS.match(question)) \
                and not self.retriever.names.find(question):  # 其中一等奖两项？ after a turn on his awards: of his (a
            question = "他的" + question[among.end():]  # search listed strangers, rt147)
        question = self._than_of(question, conversation)
        return self._he_of(self._she_of(self._other_of(self._gap_of(question, conversation), conversation),
                                        conversation), conversation)

    def _than_of(self, question: str, conversation: Conversation) -> str:
        """A question of the turn that begins 比<another>… with no subject, after a turn about one expert: of him, his
        name put first (陈丙珍是哪年当选院士的？ then 比钱易晚几年当选？ was answered as 钱易's awards, rt143)."""
        focus = the_one(conversation)
        if focus is None:
            return question

        def of_focus(m: re.Match) -> str:
            other = m.group("other")
            if other.startswith(focus.name) or not self.retriever.names.find(other) and \
                    not self.retriever.names.ids(other):
                return m.group()
            return m.group() + focus.name
        return _THAN_UNSAID.sub(of_focus, question)

    def _she_of(self, question: str, conversation: Conversation) -> str:
        """她 / "she" / "her" with no woman in focus, when the biography of exactly one of those shown says she is a woman:
        her name ("Who is she?" was answered of the first shown, a man, while 陈化兰 was second, rt73); the turn itself
        otherwise (the graph records no sex: only what biographies write)."""
        pool = list({e.id: e for e in [*conversation.last, *conversation.pair]}.values())  # (施蕴渝院士是做什么的？
        # 那郭光灿呢？ 她当选时多大？: the two a turn was about together — it was answered of him, rt140)
        if not _SHE.search(question) or len(pool) < 2 or \
                self.retriever.names.find(question[:_SHE.search(question).start()]):
            return question  # (那李兰娟呢？她是哪个单位的: 她 is the one just named, not the woman shown, rt75)
        bios = self.retriever.biographies([e.id for e in pool])
        women = [e for e in pool if states_female(bios.get(e.id, ""))]
        if not women and len(pool) == 2 and len(men := [e for e in pool if biography.states_male(bios.get(e.id, ""))]) == 1:
            women = [e for e in pool if e.id != men[0].id]  # (她和施一公谁先当选？ then 她当选时多少岁？: not the one whose
            # biography writes 男, though hers writes no sex — his age was given, rt153)
        focus = conversation.focus
        if len(women) != 1 or focus is not None and (focus.id == women[0].id or states_female(bios.get(focus.id, "")
                                                                                              or "")
                                                     or all(e.id != focus.id for e in pool)):  # (one
            # named after the list is whom 她 means: 那李兰娟呢？她是哪个单位的 was answered of 陈化兰, rt75)
            return question
        name = women[0].name  # (every 她 / she of the turn: "When was she elected, and how old was she?" — the second
        # was read as the other one, and both were answered, rt140)
        return _SHE.sub(lambda m: f"{name}'s" if m.group().lower() == "her" and re.match(r"\s+[a-z]", question[m.end():])
                        else name, question)

    def _he_of(self, question: str, conversation: Conversation) -> str:
        """他 / "he" / "him" right after a turn about a woman of two shown (介绍一下钟南山和李兰娟 → 她是哪年当选的？ →
        那他呢？他也获得过何梁何利奖吗？): the other one's name — it was answered of her, with 是 (rt102). The turn itself
        otherwise: whom 他 means is the one in focus unless her biography says she is a woman."""
        two = conversation.pair if len(conversation.pair) == 2 else conversation.last
        focus = conversation.focus
        if not _HE.search(question) or focus is None or len(two) != 2 or \
                all(e.id != focus.id for e in two) or self.retriever.names.find(question):
            return question
        if not states_female(self.retriever.biographies([focus.id]).get(focus.id) or ""):
            return question
        other = next(e for e in two if e.id != focus.id)  # (她比他大几岁？ "Is she older than him?": she is the woman
        # in focus, he the other — only her biography was quoted, rt140)
        return _SHE.sub(focus.name, _HE.sub(other.name, question))

    @staticmethod
    def _gap_of(question: str, conversation: Conversation) -> str:
        """相差几年？ "By how many years?" on its own, right after an order of two (他们谁年纪大？ "Which of them was elected
        first?"): that question with it (谁年纪大？相差几岁？, answered together); the turn itself otherwise (it was
        searched as a new problem, and the list found replaced the two: 15 of 16 such turns, rt73)."""
        asked = next((m.content for m in reversed(conversation.messages) if m.role == "user"), "")
        two = next((g for g in (conversation.pair, conversation.group, conversation.last) if len(g) == 2), [])
        if GAP_ONLY.match(question) and two and not is_english(question) and (
                when := _ELECTED_WHEN.search(asked) or _BORN_WHEN.search(asked)):
            # 钟南山和王辰分别是哪年当选的？ then 两人相差几年？: the order of the two with the gap (it was "not understood",
            # rt87)
            order = "谁当选更早" if when.re is _ELECTED_WHEN else "谁年纪大"
            return f"{two[0].name}和{two[1].name}{order}？{question.strip()}"
        if not GAP_ONLY.match(question) or not (biography.asks_age_order(asked) or asks_elected_order(asked)) or \
                GAP_ONLY.match(asked) or \
                len(conversation.pair or conversation.last) != 2 and len(conversation.group) != 2:
            return question
        return f"{asked.rstrip().rstrip('?.!')}, {question.strip()[0].lower()}{question.strip()[1:]}" if is_english(question) \
            else f"{asked.rstrip().rstrip('？?。')}，{question.strip()}"  # (one question: not split in two again)

    @staticmethod
    def _other_of(question: str, conversation: Conversation) -> str:
        """另一位 / "the other one" after a turn about one of two (the pair a turn compared, or a list of two): the other
        one's name (it was searched as a new problem: 15 of 15 such turns, rt73); the turn itself otherwise."""
        two = next((g for g in (conversation.pair, conversation.group, conversation.last) if len(g) == 2), [])
        focus = conversation.focus
        if not two or focus is None or focus.id not in {e.id for e in two} or not _OTHER_ONE.search(question):
            return question
        other = next((e for e in two if e.id != focus.id), None)
        return _OTHER_ONE.sub(other.name, question, count=1) if other is not None else question
