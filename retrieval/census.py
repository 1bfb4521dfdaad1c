"""How many of the graph's experts a question counts (图谱里有多少位研究焊接的院士？ 研究焊接的院士有哪些？), and which:
counted in the graph.

A count is a fact about the graph, so it is read from it, not estimated from a ranking: the experts a Direction or
Field of whose name holds the topic word (焊接 counts 焊接工程 and 焊接力学理论), who meet every requirement the
question states (院士, 清华大学的, 获得过国家最高科学技术奖的), checked as a match checks them (`Requirement.met`).
A question that describes a problem rather than naming a topic (有几位专家能解决注塑件翘曲变形的问题？) is not a count:
it is matched like any problem.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass

from kg import cypher as kg_cypher
from kg.store import GraphStore
from retrieval import cypher
from retrieval.acronyms import english_terms
from retrieval.english_names import PLACES_EN, latin_org_matches
from retrieval.models import NATIONAL_AWARD, AwardFact, ExpertMatch, Requirement, place_words, short_spelling
from retrieval.names import COMPOUND_SURNAMES, SURNAME
from retrieval.problem import names_no_problem
from retrieval.requirements import (ELECTED_TO, OPEN_END, OPEN_START, ORG_ENDINGS, PLACE_NAMES, PLACES, award_spelling, read_requirements, whole_institution,
                                    without_requirements)
from retrieval.requirements_en import FOREIGN_PRIZES, named_awards

#: the longest topic word counted: longer, the question describes a problem (能解决注塑件翘曲变形), which is matched
MAX_TERM = 8

_PERSON = r"专家|院士|学者|教授|研究员|老师|科学家|人才|(?<!机器)人"  # (机器人 is a topic)
_WHO = _PERSON + r"|(?<=学)家"  # 化学家: a chemist
# 有多少位…, 一共有几名…, 收录了多少…, or …院士有几位？ / …的专家有多少？ (the count after whom it counts)
_AFTER_WHO = "|".join(f"(?<={w})" for w in [*_PERSON.split("|"), "学家"])
_HOW_MANY = re.compile(rf"(?:一共|总共|总计|共)?(?<!我们)(?<!我)(?<!我司)(?<!厂)"
                       rf"(?:(?<!公司)|(?<=[\u4e00-\u9fff]{{4}}集团公司)|(?<=[\u4e00-\u9fff]{{4}}有限公司))(?:有|收录了?|共)\s*"
                       rf"(?:多少\s*(?:位|个|名)?|几\s*(?:位|名|个(?=[^，。？?]{{0,10}}?(?:{_WHO}))))"
                       rf"|(?:{_AFTER_WHO})\s*(?:一共|总共|总计|共)?\s*(?:有)?\s*(?:多少|几)\s*(?:位|个|名)?"
                       rf"(?=\s*(?:[？?吗呢啊。！!]|$))"
                       rf"|多少\s*(?:位|个|名)?(?=\s*(?:{_WHO}))"
                       # which ones: 焊接方面的院士有哪些？ 哪些院士研究焊接？ 做注塑的专家都有谁？ (all of them is the answer)
                       rf"|(?:都)?(?:有)?(?:哪些|哪几位|哪几个)(?=\s*(?:女|男)?(?:{_WHO}|[？?吗呢啊。！!]|$))"
                       rf"|(?:{_AFTER_WHO})\s*(?:都有谁|都是谁|有哪些|是哪些|有哪几位|是哪几位)(?=\s*(?:[？?吗呢啊。！!]|$))")
PEOPLE = re.compile(_WHO)  # whom a question or a claim counts
# the service the question asks about (图谱里, 你们这里, 专家库中): not the topic
_SERVICE = re.compile(r"(?:(?:被)?收录(?:在|于|进)|在)?(?:你们|贵平台|这个平台|平台|系统|知识图谱|图谱|专家库|人才库|数据库|库)(?:这里|那里)?(?:里面|里|中|内|上)?"
                      r"(?:的)?|请问|目前|现在|现有|当前|单位名称(?:里|中)?(?:含有?|有)")  # 单位名称含上海: the place asked
# what is left around the topic word: verbs of working on it, 方面/领域, the expert asked for, particles
_AROUND = re.compile(rf"^(?:那么|那|的|在|是|属于|专门|主要|(?:专家|院士|学者|教授|研究员|老师|科学家)(?:里面|里|中|当中)?|"
                     rf"人(?=在?(?:研究|从事|做|搞|专攻)))*(?:(?:研究|从事|做|搞|专攻|主攻|擅长|懂|关于)过?)?|(?<=学)家|"
                     rf"(?:方面|领域|方向|相关|专业|行业|学科|的|{_PERSON}|对吧|是吧|对不对|呢|吗|吧|啊|呀|[？?。！!，,、\s])*$")
# what joins a count's conditions and the verb of a place (并且在北京工作): no topic
_JOINING = re.compile(r"并且|而且|同时|以及|并(?=在|获|是|当选)|还(?=在|获|是|当选)|(?:在|于)?(?:工作|任职|就职)(?=的|$)|^在|(?<=、)在")
_WORKS_IN = re.compile(r"在?([\u4e00-\u9fff]{2,4}?)(?:工作|任职|就职)")  # 北京工作: a place, no topic
# a topic word that is an organisation's name (有多少个院士是浙江大学的？): asked of the expert's institution
_ORG = re.compile(rf"(?:{ORG_ENDINGS})$")
# experts already shown (他们中有几位是院士？): a follow-up about the list, not a count of the graph
_THEM = re.compile(r"他们|她们|这些|那些|以上|上述|其中|这几位|那几位|刚才|前面|上面|这位|那位|"
                   r"第[一二两三四五六七八九十\d]+[位个名]")
_SCRIPT = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]+")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# a topic word quoted as the answer to a count writes it (方向或学科名称里有“焊接”): the word itself
_QUOTED_TERM = re.compile(r"(?:(?:研究)?方向(?:或|和|与)?(?:学科)?|学科)?名称(?:里|中)?(?:有|含有?|包含|带有?)\s*"
                          r"[“「\"]([^”」\"]{1,12})[”」\"]的?")
_WHICH = re.compile(r"哪些|哪几位|哪几个|都有谁|都是谁|有谁")
# 列出所有专家 / 把全部焊接专家列出来: which experts, as 专家有哪些 / 焊接专家有哪些 asks
_LIST_ALL = re.compile(r"^\s*(?:请|麻烦)?你?(?:帮我)?(?:列出|列举|罗列|显示|展示|给我看看?|看看|列一下|(?:把|将))(?:一下)?"
                       r"(?:你们|图谱里?|知识图谱中?|库里)?的?"
                       rf"(?P<at>[\u4e00-\u9fff]{{2,20}}?(?:{ORG_ENDINGS})的?)?"  # 列出中国科学院物理研究所的全部院士
                       r"(?:所有|全部|全体)的?(?P<who>[^，。？?！!]{0,24}?)"
                       r"(?:都|全)?(?:列出来|列一下|列出|显示出来|给我)?[。！!？?]*$")
# 哪些院士获得过国家技术发明奖特等奖？: as 获得过国家技术发明奖特等奖的院士有哪些 asks (a number to list after it aside)
_WHICH_DID = re.compile(rf"^\s*(?:请问)?(?:图谱里|知识图谱中|你们)?(?P<at>[\u4e00-\u9fff]{{2,20}}?(?:{ORG_ENDINGS})(?:的)?)?"
                        r"(?:有)?哪些(?P<who>院士|专家)(?P<did>(?:获得?过?|荣获过?|得过|拿过)"
                        r"[^，。？?！!]{2,30}?)[？?。！!]*(?:(?:请)?列出[\d一二两三四五六七八九十]+位[。！!]*)?\s*$")
# the experts a question guesses (…的是袁隆平吧？ …是吴良镛和谢家麟吧？), and how they are told apart
_GUESS_NAMES = r"[\u4e00-\u9fff·]{2,5}?(?:(?:院士|教授)?(?:和|与|、|及)[\u4e00-\u9fff·]{2,5}?)*"
_GUESS_APART = re.compile(r"(?:院士|教授)?(?:和|与|、|及)")
# 2011年获得国家最高科学技术奖的是谁？ 哪位院士2011年获得了国家最高科学技术奖？: who won an award in a year
_DATED_WINNER = re.compile(r"^\s*(?:请问)?(?:(?:哪位|哪些|哪几位)(?P<who0>院士|专家)?)?(?P<year>(?:19|20)\d\d)\s*年\s*(?:获得?|荣获|得到|拿到)"
                           r"(?:了|过)?(?P<award>[\u4e00-\u9fff]{2,24}?奖(?:[一二三四特]等奖)?)(?:的(?P<who>院士|专家|人)?"
                           r"(?:是谁|有谁|都有谁|有哪些|是哪些人?|有哪几位|是哪几位|是哪一?位(?:院士|专家)?|(?P<count>有几位|有多少位)|"
                           # 2009年获得国家最高科学技术奖的是袁隆平吧？: who did, and whether it was the one named
                           r"(?:是不是|是否是|难道不是|就是|是)(?!哪|谁|什么|多少|几)"
                           rf"(?P<guess>{_GUESS_NAMES})(?:院士|教授)?"
                           r"(?:吧|吗|么|嘛|对吧|对吗|是吧|没错吧|没错吗|对不对)?))?[？?。]*\s*$")
# 有没有来自华为技术有限公司的院士？ 有没有在阿里巴巴工作的院士？ 有没有中国科学院紫金山天文台的院士？ 请列出在国家电网公司
# 工作的院士: the experts of that institution (or place), which (a name of no known kind after 来自/在; one with an
# institution's ending without)
_FROM_ORG = re.compile(r"^\s*(?:那|请问)?(?:知识图谱|图谱|你们)?(?:里|中)?(?:有没有|有无|是否有|(?:请|麻烦)?(?:列出|列举|告诉我))"
                       r"(?P<via>来自|在)?(?P<org>[\u4e00-\u9fffA-Za-z]{2,20}?)"
                       r"(?:工作|任职|就职)?的(?P<who>院士|专家)(?:吗|么|呢)?\s*[？?。]*$")
# 姓王的, 姓欧阳的 (not 姓名, 百姓): whose name starts with it; 有没有姓鲜的专家？ asks which
_SURNAME = re.compile(rf"(?<!百)姓(?!名|氏)({SURNAME})的?")
_SURNAME_ASKED = re.compile(r"^\s*(?:请问)?(?:知识图谱|图谱|你们|库)?(?:里|中)?(?:有没有|有无|是否有|有)(?P<who>.*?)"
                            r"(?:吗|么|呢)?\s*[？?。！!]*$")
_ASKED_SENTENCE = re.compile(r"[^？?。！!]+[？?]")  # the questions of a turn that asks several
_PRIZE_HOLDER = re.compile(r"(?:(?:知识)?图谱(?:里|中|内)?|库里|你们)?"  # (图谱中…: where, not the award's name, rt73)
                           r"([\u4e00-\u9fff]{2,16}?奖)的?(?:得主|获得者)|"  # 诺贝尔奖得主: the award is asked of them
                           # 是长江学者, 是杰青: a title the records hold as an award
                           r"(?<=是)([\u4e00-\u9fff]{2,4}学者(?:特聘教授|讲座教授)?|国家杰青|杰青|优青)")


# a count stated in words (有1000位, 共有约1600名, 收录了12万名): what a question asks to confirm, what an answer claims
DIGITS = r"\d[\d,，]*"
CHINESE_NUMBER = r"[零一二两三四五六七八九十百千万]+"
STATED_COUNT = re.compile(rf"(?P<before>大约|约|近|超过|逾)?(?P<lead>共有|共计|总共有?|一共有?|总计|收录了?|收录有|包含|涵盖|共|有)\s*"
                          rf"(?P<about>约|近|超过|逾|不少于|至少)?\s*(?P<n>{DIGITS}|{CHINESE_NUMBER})\s*(?P<wan>万)?\s*"
                          r"(?P<more>余|多)?\s*(?:位|名|个)")
# "only these": 只有A和B两位, 是不是只有潘际銮一位 — to the end of its clause, with the number it may give
ONLY_TAIL = re.compile(rf"(?:是不是|是否)?(?:只有|仅有|就只有)[^，。；;？?]*?(?:这|以上|上述)?(?P<n>{DIGITS}|[一二两三四五六七八九十])?\s*"
                       r"(?:位|名|个)?(?:专家|院士|人)?(?:了|而已|罢了)?(?:吗|么|吧|呢)?(?=[，。；;？?]|$)")
# the graph a clause speaks of (图谱中, 专家库里, 你们的库); "根据知识图谱，有两位…" speaks of an answer's list
GRAPH = re.compile(r"(?<!根据)(?<!按照)(?<!基于)(?<!按)(?<!知识)(?:知识图谱|图谱|专家库|人才库|数据库|(?:我们|你们|本平台|平台)的?(?:库|系统))")
_GRAPH_ASKED = re.compile(GRAPH.pattern + "|你们")  # 你们有1000位焊接专家吧？: the user asks of the service
_ASKED = re.compile(r"[吗么吧？?]|对不对|是不是|是否")
_CN_DIGIT = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}
_CN_UNIT = {"十": 10, "百": 100, "千": 1000, "万": 10000}


def chinese_number(text: str) -> int | None:
    """一千六百四十三 → 1643, 十二 → 12, 两万 → 20000; None for what is not a number."""
    total = section = digit = 0
    for ch in text:
        if ch in _CN_DIGIT:
            digit = _CN_DIGIT[ch]
        elif ch in _CN_UNIT:
            unit = _CN_UNIT[ch]
            if unit == 10000:
                total, section, digit = (total + section + digit) * unit, 0, 0
            else:
                section, digit = section + (digit or 1) * unit, 0
        else:
            return None
    return total + section + digit


def said_number(said: str | None, wan: bool = False) -> int | None:
    """A number as written (1,643 / 一千六百四十三), times ten thousand after 万; None for none."""
    if not said:
        return None
    said = said.replace(",", "").replace("，", "")
    n = int(said) if said.isdigit() else chinese_number(said)
    return None if n is None else n * (10000 if wan else 1)


@dataclass(frozen=True)
class CountQuestion:
    """What a count question counts: experts on the topic word `term` (None: any topic) meeting `requirements`."""

    term: str | None
    requirements: tuple[Requirement, ...] = ()
    wish: str = ""  # the question without its count words (研究焊接的院士): what ranks the experts counted
    said: int | None = None  # the number the question asks to confirm (你们有1000位焊接专家吧？ 是不是只有潘际銮一位？)
    guess: tuple[str, ...] = ()  # the experts the question names as those counted, to confirm (2009年获得…的是袁隆平吧？)
    which: bool = False  # asks which experts (哪些专家研究注塑？), not how many: with none counted, it is matched
    surname: str = ""  # 姓王的院士: only experts whose name starts with it
    unrecorded: tuple[str, ...] = ()  # what it asks that no record holds (北京大学有几位女院士？: 性别), not counted by
    parent: CountQuestion | None = None  # the count asked before it in the same turn, of which this one counts some
    # (有多少位中国科学院院士？其中有多少位获得过国家自然科学奖一等奖？): both are answered
    unanswered: str = ""  # a later count of the same turn that could not be read as one of these (said, not dropped)
    all_of: bool = False  # several awards asked together (同时获得过A和B的): each held, not either
    superlative: str = ""  # "awards" | "award_count" | "earliest" | "latest": who of those counted has the most awards, or was elected
    # first or last (知识图谱中获奖最多的院士是谁？ 清华大学的院士中谁最早当选？); "award_earliest" | "award_latest": who
    # won the award asked first or last, by its recorded year (谁最晚获得国家最高科学技术奖？)
    places: int = 1  # how many experts from the extreme a superlative asks (获奖最多的前三位 → 3, ties at the cut kept)
    place: int = 1  # which value from the extreme it asks (获奖第二多的 → 2: the first two values are said)
    only: bool = False  # asks whether the one guessed is the only one counted (X是…唯一…的院士吗？): said is 1
    each: bool = False  # asks each of several alternatives counted apart (中国科学院院士和中国工程院院士各有多少位？)
    said_each: tuple[int, ...] = ()  # with `each`: the number said of each, to confirm (清华大学有73位院士，北京大学有54位，对吧？)
    more_said: str = ""  # with `each` of two: 多 or 少 said of the first against the second (清华的院士比北大少吧？), or 谁 asked
    gap: bool = False  # with `each` of two: asks by how many they differ (哪个多？多多少？ 相差几位？)
    summed: bool = False  # with `each`: asks what they come to together (两者加起来是多少？ 三者一共多少位？)
    born_in: str = ""  # with 出身地 unrecorded: the place asked ("born in Shanghai" → 上海), which biographies may state
    bound: str = ""  # how `said` bounds the count: ">", ">=", "<", "<=" (清华大学的院士超过70位吗？ "Are there at least 50
    # academicians at Peking University?"), "" for exactly

    def holds(self, total: int) -> bool:
        """Whether the count is as `said` (and `bound`) put it."""
        said = self.said if self.said is not None else -1
        return {">": total > said, ">=": total >= said, "<": total < said, "<=": total <= said}.get(self.bound,
                                                                                                  total == said)


@dataclass(frozen=True)
class Census:
    """The answer to a count question: how many experts it counts, and which (ids, most awards first; none read when
    it counts the whole graph)."""

    question: CountQuestion
    total: int
    ids: tuple[str, ...] = ()
    parent_total: int | None = None  # how many the question's `parent` counts
    ranked: tuple[tuple[int, tuple[str, ...]], ...] = ()  # for a superlative: every value from the extreme (the number
    # of awards, a year), each with its experts by id (ties together); those with nothing to rank by left out
    undated: int = 0  # for an award asked in years: those who meet the rest and hold it with no year recorded (not counted)

    @property
    def top(self) -> tuple[str, ...]:
        """The experts at the superlative's extreme (ties all kept), by id."""
        return self.ranked[0][1] if self.ranked else ()

    @property
    def top_value(self) -> int | None:
        """The extreme itself: the number of awards, or a year."""
        return self.ranked[0][0] if self.ranked else None

    def asked_ranks(self) -> tuple[tuple[int, tuple[str, ...]], ...]:
        """The values a superlative asks, from the extreme: up to its `place`, or until `places` experts are reached."""
        question, held, kept = self.question, 0, []
        for value, ids in self.ranked:
            if len(kept) >= question.place and held >= question.places:
                break
            kept.append((value, ids))
            held += len(ids)
        return tuple(kept)

    @property
    def ranked_total(self) -> int:
        """How many of those counted a superlative ranks (the others have no year to rank by)."""
        return sum(len(ids) for _, ids in self.ranked)


# a count question's own follow-ups (…？一共多少位？ 都是谁？ 是不是10位？) and requests beside it (，并注明年份): no topic
# "just the number pls", "only the count": a count's form, said after it (no question of its own)
_NUMBER_ONLY_EN = (r"(?:(?:just|only)\s+)?(?:give\s+me\s+)?(?:the\s+)?(?:number|count|figure|total)"
                   r"(?:\s+(?:only|please|pls|plz))*\s*[.!?]*\s*$")
_COUNT_FOLLOW = re.compile(rf"^\s*(?:那|请问)?(?:一共|总共|共|总计)?(?:有)?(?:多少|几)\s*(?:位|名|个)?(?:院士|专家|人)?[？?。]*\s*$|"
                           r"^\s*(?:他们|分别)?(?:都)?是(?:谁|哪些人?|哪几位)[？?。]*\s*$|"
                           rf"^\s*(?:是不是|是否|有没有|是|有)?(?:只有|正好|刚好|就)?\s*(?P<n>{DIGITS}|{CHINESE_NUMBER})\s*(?:位|名|个)"
                           r"(?:院士|专家)?(?:吗|么|呢|吧|对吧|对吗)?[？?。]*\s*$|^\s*(?:请)?列出[\d一二两三四五六七八九十]+位[。！!]*\s*$|"
                           rf"(?i:^\s*{_NUMBER_ONLY_EN})")  # "… ? just the number pls"


def follows_count(text: str) -> bool:
    """Whether a question is one a count question of the same turn answers with it (一共多少位？ 都是谁？ 是不是10位？)."""
    return bool(_COUNT_FOLLOW.match(text))


_NOTE_TAIL = re.compile(r"(?:[，,]\s*(?:并|请|并且)?|并且?)(?:注明|标注|写明|附上|标明|给出|列出)(?:他们的?|各自的?)?[^，,。？?！!]{0,10}$")


# a number of experts stated to be confirmed (有20位, 是不是12位, 正好50位)
_STATED_OF_KIND = re.compile(rf"(?:是不是|是否|是|有|共有|一共有?)(?:只有|正好|刚好|大约|约)?\s*(?P<n>{DIGITS}|{CHINESE_NUMBER})\s*"
                             r"(?:位|名|个)")


_BOTH_AWARDS = re.compile(r"同时|既|[和与及、]|以及|并且|而且")  # 获得过A和B的: both (或: either)
# 最早获得？ 最晚获得这个奖的是谁？: the award named before (the verb taken with it, the rest names whom it counts)
_GOT_IT = r"(?:获得|获|荣获|得到|拿到)(?:的|了|过)?(?:这个奖|该奖|此奖)?(?=(?:的|的人|的是谁|的是哪一?位)?[？?。]*$)"
# who is first among those counted: the most awards (seats aside), the earliest or latest election
_SUPERLATIVE = re.compile(r"(?P<awards>获奖(?:记录|数量|次数|项目|项数)?(?:最多|(?=(?:排名?|排在)前))|得奖最多|奖项最多|获得(?:的|过的)?奖项?最多)|"
                          # 哪位院士获得的国家科技进步奖最多？: the records of the award named (three weak matches, rt84)
                          r"(?P<award_count>(?<=奖)(?:项|次)?(?:的?(?:次数|数量|项数))?最多(?=[的是谁？?。]|$))|"
                          r"(?P<earliest>最早当选|当选(?:院士)?(?:的?(?:时间|年份))?(?:得)?最早|最早入选|最早成为院士)|"
                          r"(?P<latest>最晚当选|最近当选|最新当选|当选(?:院士)?(?:的?(?:时间|年份))?(?:得)?最晚|最晚成为院士)|"
                          r"(?P<award_earliest>最早(?:(?=(?:获得|获|荣获|得到|拿到)[^，。？?]*奖)|" + _GOT_IT + r"))|"
                          r"(?P<award_latest>(?:最晚|最近|最后|最新)(?:一次|一位)?(?:(?=(?:获得|获|荣获|得到|拿到)[^，。？?]*奖)|" +
                          _GOT_IT + r"))")  # (他们中谁最早获得？ after a
# count of an award's holders: that award, rt77 — it was refused as a ranking)
# 获奖第二多的 / 第三早当选的: a place from the extreme, asked as the extreme's superlative with that place
_PLACE = re.compile(r"第(?P<n>[二三四五六七八九十两]|[2-9])(?=多|早|晚)")
# 获奖最多的前三位 / 最早当选的5位 / 排名前五的: how many experts from the extreme are asked
_PLACES = re.compile(r"(?:排名?|排在)?前\s*(?P<n>[一二三四五六七八九十两]+|\d+)\s*(?:位|名|个)?|"
                     r"(?<=的)(?P<m>[二三四五六七八九十两]+|\d+)\s*(?:位|名|个)")
_SUPERLATIVE_WHO = re.compile(r"(?:中|里面?|当中|之中)?的?(?:是谁|是哪一?位(?:院士|专家)?|有哪些|是哪些人?|谁|哪一?位)$")


_GUESSED = re.compile(rf"(?:是不是|就是|是)(?!谁|哪)({_GUESS_NAMES})(?:院士|教授)?(?:吧|吗|么|嘛|对吧|对吗|是吧|没错吧)"
                      r"[？?。]*\s*$")
_SHOWN_GROUP = re.compile(r"[这那](?:[几两二三四五六七八九十]|\d+)?(?:位|个|些|几位)|他们|她们|其中|上面|以上|刚才|前面|"
                          r"^(?:前|后)(?:[两二三四五六七八九十]|\d+)(?:位|个)")


def _superlative(text: str) -> CountQuestion | None:
    """知识图谱中获奖最多的院士是谁？ 清华大学的院士中谁最早当选？ 获奖最多的前三位？ 谁最晚获得国家最高科学技术奖？:
    the count of whom it asks, with what ranks them and how far."""
    place = _PLACE.search(text)
    if place is not None:  # 获奖第二多的 → 获奖最多的, the second value asked
        text = text[:place.start()] + "最" + text[place.end():]
    m = _SUPERLATIVE.search(text)
    if m is None:
        return None
    places = _PLACES.match(text, m.end()) or _PLACES.match(text, m.end() + 1) if text[m.end():m.end() + 1] == "的" \
        else _PLACES.match(text, m.end())
    n = (said_number(places.group("n") or places.group("m")) if places is not None else None) or 1
    if places is not None:  # (前三位 taken out: the rest names whom it counts)
        text = text[:places.start()] + text[places.end():]
    guessed = _GUESSED.search(text, m.end())  # 清华大学最早当选的院士是吴良镛吧？: the one named, to confirm
    if guessed is not None:
        text = text[:guessed.start()] + "是谁？"
    rest = re.sub(r"[？?。！!\s]+$", "", text[:m.start()] + text[m.end():])
    rest = _SUPERLATIVE_WHO.sub("", re.sub(r"^(?:请问)?(?:谁是|哪一?位是)", "", rest))
    rest = re.sub(r"^(?:全?中国|全国|我国|国内)(?=的|院士|专家)的?", "", rest)  # 中国获奖最多的院士是谁？: the nation is no topic of a
    # graph of its academicians (it counted the 29 whose directions name 中国, rt77)
    rest = re.sub(r"(?<=.)(?:哪一?位|哪些|哪几位)(?=院士|专家)", "的", rest)  # 清华大学哪位院士最早当选？
    who = re.match(r"^(?:哪一?位|哪些|谁)(院士|专家)?", rest)  # 哪位院士最早获得X？ → 获得X的院士
    rest = (rest[who.end():] + ("的" + who.group(1) if who.group(1) and not PEOPLE.search(rest[who.end():]) else "")
            if who else rest).removeprefix("的").removesuffix("的")
    if m.lastgroup == "award_count":  # 获得的国家科技进步奖最多: those who hold it (获得的… names no one)
        rest = re.sub(r"(获得|荣获|拿到|得到|获)(?:过)?的", r"\1", rest)
    if not rest.strip() or _THEM.search(rest) or _SHOWN_GROUP.search(rest):  # 谁获奖最多？ 这三位里谁最早当选？: of
        # those shown, not of the graph
        return None
    asked = count_question(rest + ("的" if rest.endswith("奖") else "") + ("" if PEOPLE.search(rest) else "专家") +
                           "有哪些？")
    if asked is None or m.lastgroup.startswith("award_") and not any(r.kind == "award" for r in asked.requirements):
        return None
    return dataclasses.replace(asked, superlative=m.lastgroup, which=True, guess=tuple(
        n for n in _GUESS_APART.split(guessed.group(1)) if n) if guessed else (),
        place=said_number(place.group("n")) or 1 if place is not None else 1, places=min(n, 20))


# 吴良镛是清华大学唯一获得国家最高科学技术奖的院士吗？ 谁是唯一一位…的院士？ "Is X the only academician at Y who won Z?"
_ONLY_ZH = re.compile(r"^\s*(?:请问)?(?P<who>[^，,。？?！!\s]{1,6}?)(?:院士|教授)?(?:是不是|是否|是)(?P<before>[^，,。？?！!]*?)"
                      r"唯一(?:的)?(?:一位|一个|一名|的)?(?P<after>[^。？?！!]*?)(?:吗|么|吧|嘛|呢)?[？?。！!]*\s*$")
_ONLY_EN = re.compile(r"^\s*(?:is|was)\s+(?P<who>.+?)\s+the\s+only\s+(?:one\s+)?(?P<rest>.+?)\s*[?.!]*\s*$", re.IGNORECASE)
_WHO_ONLY_EN = re.compile(r"^\s*who\s+is\s+the\s+only\s+(?:one\s+)?(?P<rest>.+?)\s*[?.!]*\s*$", re.IGNORECASE)


def only_question(text: str) -> tuple[str | None, CountQuestion] | None:
    """Whether the one a question names is the only expert of a kind (吴良镛是清华大学唯一获得国家最高科学技术奖的院士吗？
    谁是唯一一位…的院士？ "Is X the only academician at Tsinghua who won …?"): who is named (None for 谁) and the count
    of that kind, with 1 as the number to confirm and the one named as the guess — answered by counting, not by X's
    record alone (it said 是 of 吴良镛 beside 王永志); None for any other question."""
    m = _ONLY_ZH.match(text)
    if m is not None:
        who = None if m.group("who") in ("谁", "哪位", "哪一位") else m.group("who")
        said = re.sub(r"[，,\s]+|(?:并且|而且)(?=获)", "", m.group("before") + m.group("after"))
        said = re.sub(r"的?(?:人|者|科学家)$", "的专家", said)  # (…获得过国家最高科学技术奖的人: the experts who did)
        asked = count_question(said + "有多少位？")
    elif (m := _ONLY_EN.match(text) or _WHO_ONLY_EN.match(text)) is not None:
        who = m.groupdict().get("who")
        rest = re.sub(r"\b(?:who|that)\s+(?:has\s+|have\s+)?(?=won|received|holds?|works?|is|are|was|were)", "",
                      m.group("rest"), flags=re.IGNORECASE)
        rest = re.sub(r"^(?!CAS\b|CAE\b)(?P<org>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,5})\s+(?P<who>academician|expert|"
                      r"scientist)s?\b", r"\g<who>s at \g<org>", rest.strip())  # "the only BUAA academician who …"
        rest = re.sub(r"^(academician|expert|scientist|member|person)\b", r"\1s", rest.strip(), flags=re.IGNORECASE)
        rest = re.sub(r"^(CAS|CAE)\s+(member|academician)\b", r"\1 \2s", rest)
        if re.search(r"\bwith\b|\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|most|more)\b", rest, re.IGNORECASE):
            return None  # "… with five awards": a number of awards, which no count here reads
        asked = count_question_en(f"How many {rest}?")
    else:
        return None
    if asked is None or asked.superlative or not asked.term and all(r.kind == "academy" for r in asked.requirements) \
            or asked.term and "奖" in asked.term or any(re.match(r"[\d一二两三四五六七八九十几]+项", r.text)
                                                         for r in asked.requirements if r.kind == "award"):
        return None  # 任正非是华为唯一的院士吗？ (华为 unread: it said 不是 of every academician), 获得过5项奖的 (a number of
        # awards), a prize read in part as a topic: no count — the answer then gives no verdict either
    return who, dataclasses.replace(asked, said=1, guess=(who,) if who else (), which=True, only=True)


# 清华大学有几位院士获得过国家最高科学技术奖？ (…？他们分别是哪年获得的？): those of the place who did it, counted
_HAS_WHO_DID = re.compile(rf"^\s*(?:请问)?(?:(?:知识)?图谱(?:里|中)|你们(?:这里|图谱里)?)?"
                          rf"(?P<at>[\u4e00-\u9fff]{{2,24}}?(?:{ORG_ENDINGS}|所))?(?:一共|共|总共)?有(?:几|多少)"
                          r"(?:位|名|个)(?P<who>院士|专家|中国科学院院士|中国工程院院士|两院院士)"
                          r"(?P<did>(?:获得?过?|荣获过?|得过|拿过)[^，,。？?！!]{2,30}?)[？?。]*"
                          r"(?:(?:他们|她们)?(?:分别|各自)?(?:是)?(?:哪一?年|什么时候|何时)[^？?]*[？?]?)?\s*$")


# everyday wordings of counts, said as the ones read below (rt48): 焊接这个研究方向一共有多少位专家？ (这个研究方向),
# 获得…的有多少人？ (人), 中国工程院院士中有多少位在浙江？ (在 after the count), 清华大学做材料的院士中，谁最早当选？ (中，),
# 获得国家最高科学技术奖的专家中，谁最早获奖？ (谁最早获奖)
_PLAIN_WORDINGS = (
    # 2010年谁获得了国家最高科学技术奖？ 2010年国家最高科学技术奖的得主是谁？ 2010年的…奖颁给了谁？: who won it that year, as
    # 谁获得了2010年的…奖 asks (a search listed three weak matches, rt149)
    (re.compile(r"^\s*(?:请问)?(?P<y>(?:19|20)\d\d)\s*年度?的?\s*(?:是)?(?P<who>谁|哪一?位(?:院士|专家)?)(?:获得?了?|荣获了?|得了|拿了|拿到了?)"
                r"(?P<award>[^，。？?]{2,24}?奖(?:[一二三四特]等奖)?)(?=[？?。]*\s*$)"), r"\g<who>获得了\g<y>年的\g<award>"),
    (re.compile(r"^\s*(?:请问)?(?P<y>(?:19|20)\d\d)\s*年度?的?\s*(?P<award>[^，。？?的]{2,24}?奖(?:[一二三四特]等奖)?)的?"
                r"(?:(?:得主|获得者|获奖者|获奖人)(?:是|有)|(?:颁给|授予|发给|给)了?|被)(?P<who>谁|哪一?位(?:院士|专家)?)(?:获得了?)?"
                r"(?=[？?。]*\s*$)"), r"\g<who>获得了\g<y>年的\g<award>"),
    # 图谱里有哪些女院士？ 知识图谱中有哪些研究焊接的专家？: as 女院士有哪些 asks (a search listed three strangers, rt126)
    (re.compile(r"^\s*(?:请问)?(?:你们|图谱|知识图谱|专家库|库)(?:里|中|内|里面)?(?:都|一共)?有哪些(?P<who>[^，。？?]{1,24}?(?:院士|专家))"
                r"(?=[？?。]*\s*$)"), r"\g<who>有哪些"),
    # 列一个表格：北京理工大学的院士，包括姓名、当选年份 / 用表格列出…的院士 / 给我一份清华大学院士名单的表格，包含… /
    # 列出中国科学技术大学的全部院士名单，并统计其中…: an institution's academicians in a form, as X的院士有哪些 asks (three
    # strangers were tabled, then "none is from there", rt124); the form is the answer's business
    (re.compile(r"^\s*(?:请|麻烦)?(?:你)?(?:帮我|给我|替我)?(?:(?:列|做|画|整理|制作?|出|来|要|给)(?:一个|个|一张|张|一份|份)"
                r"(?:表格?|清单|名单)[：:，,]?\s*|(?:用|以)(?:表格|(?i:json|csv|markdown))(?:的?(?:形式|格式))?(?:列出|列举|展示|给出|输出)(?:一下)?|一?份|"
                r"(?:列出|列举|给出|展示|显示)(?:一下)?)?"
                r"(?P<at>(?:(?!有多|有几|有哪|有没|没有|不要|来自|多少|几位|是|哪|在|中国科学院院士|中国工程院院士)[\u4e00-\u9fff]){2,24}?"
                r"(?:" + ORG_ENDINGS + r"))的?(?:全部|所有|全体)?(?P<who>(?:女|男)?(?:院士|专家|中国科学院院士|中国工程院院士|两院院士))(?:的)?"
                r"(?:名单|列表|清单)?(?:的表格|表格|表)?(?:[，,]\s*(?:用|以)?(?:JSON|json|Json|表格|CSV|csv|Markdown)(?:的)?(?:格式|形式)?"
                r"(?:输出|给出|返回)?)?(?:[，,]\s*(?:包括|包含|含|列出|要有|需要|字段(?:包括)?|有)[^。？?]*?)?"
                r"(?:[，,]\s*(?:并|并且|同时|再)?(?:统计|计算|数一下|算一下)[^。？?]*?)?[。！!？?]?$"), r"\g<at>的\g<who>有哪些"),
    # 第一个获得国家最高科学技术奖的院士是谁？: the earliest recorded winner (nothing was matched, rt140)
    (re.compile(r"(?:第一(?:个|位|名)|首位|首个|头一个)(?=(?:获得?|荣获|拿到?|当选)[^，。？?]{2,30}?的?(?:院士|专家|人)?是(?:谁|哪))"),
     "最早"),
    # 物理所那位拿了国家最高科学技术奖的院士是谁？ 中科院物理所获得…的院士是谁？: the one (or those) it counts, as
    # …的院士有哪些 asks (a search put a stranger first, then 他 meant him, rt138)
    (re.compile(r"(?<=[\u4e00-\u9fff])(?:那|这)(?:位|个)(?=[^，。？?]{2,30}?的(?:院士|专家)是(?:谁|哪一?位))"), ""),
    (re.compile(r"(?P<lead>(?:获得?过?|拿了?|荣获|得了?)[^，。？?]{2,24}?奖)的(?P<who>院士|专家)是(?:谁|哪一?位)(?=[？?。]*\s*$)"),
     r"\g<lead>的\g<who>有哪些"),
    # 有几位院士出生在上海？ 出生在上海的院士有哪些？: where they were born, which no record holds (是上海人, as the
    # requirements read it: 出生在上海 was counted as a direction's name, rt71)
    (re.compile(rf"(?:出生|生)(?:在|于)(?P<p>{PLACE_NAMES})(?:省|市)?(?:的)?"), r"是\g<p>人的"),
    (re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:这个|这一|该)(?:研究)?(?=方向|领域)"), ""),  # (not 这个方向有哪些专家？)
    # 列出所有研究方向包含“石墨烯”的专家 / 研究方向里有石墨烯的专家有几位？: the direction word asked, as 研究石墨烯的
    (re.compile(r"(?:研究)?方向(?:名称?)?(?:里|中)?(?:包含|含有|含|包括|带有|带|有)[“”\"'‘’「」]?(?P<t>[^“”\"'‘’「」，。？?]{1,16}?)"
                r"[“”\"'‘’「」]?的(?=专家|院士|学者|人|有(?:多少|几))"), r"研究\g<t>的"),
    # 有多少位院士的研究方向包含焊接？ (the count first: a topic 方向包含焊接, counted as none, rt84)
    (re.compile(r"^(?:知识图谱中|图谱中|图谱里)?有(?P<n>多少|几)(?:位|个|名)(?P<who>院士|专家|学者)的?(?:研究)?方向(?:名称?)?(?:里|中)?"
                r"(?:包含|含有|含|包括|带有|带|有|涉及|是)[“”\"'‘’「」]?(?P<t>[^“”\"'‘’「」，。？?]{1,16}?)[“”\"'‘’「」]?(?=[？?。]|$)"),
     r"研究\g<t>的\g<who>有\g<n>位"),
    # 机械与运载工程学部有多少位院士？: the field of that name (a list matched on 机械, rt84)
    (re.compile(r"(?P<f>[\u4e00-\u9fff]{2,10}?)学部(?=的|有|共|一共|里|中|院士|专家)"), r"\g<f>领域"),
    (re.compile(r"(有|的)(?:多少|几)个?人(?=[？?]|$)"), r"\1多少位"),
    # 北京大学有多少位？ (no noun: weak matches were listed, rt85): experts of it
    (re.compile(r"^(?P<x>[\u4e00-\u9fff]{2,20}?(?:大学|学院|研究院|研究所|科学院|工程院|医院|公司|集团|中心))有(?P<n>多少|几)位(?=[？?。]*$)"),
     r"\g<x>的专家有\g<n>位"),
    # 整个图谱里有多少位专家同时是两院院士？: of the graph, both seats (read as a topic 整个专家是, rt69)
    (re.compile(r"整个(?:知识)?图谱|全(?:部)?图谱"), "知识图谱"),
    (re.compile(r"(?:同时|既)(?:是|为)(?=两院院士)"), "是"),
    (re.compile(r"的有(多少|几)位(?=[？?]|$)"), r"的专家有\1位"),
    # 2017年清华大学当选的院士有几位？: the year after the institution (年清华大学 was read as an institution, rt50)
    (re.compile(r"^((?:19|20)\d\d)年([\u4e00-\u9fff]{2,20}?(?:大学|学院|研究院|研究所|医院|中心))(当选|入选)"), r"\2\1年\3"),
    # 哈尔滨工业大学有几位院士？都列出来: the count, its list asked for (the tail was read as a topic, rt50)
    (re.compile(r"([？?，,])\s*(?:请|麻烦)?(?:把他们|他们)?(?:都|全部|全都|一并|也)?列(?:出来|出|一下)(?:他们的)?(?:全部)?"
                r"(?:名单|名字|姓名)?(?:吧)?[。！!]?$"), r"\1"),
    # 图谱里有多少位获得过国家最高科学技术奖？: the people counted said by 位 alone (it was matched as a problem, rt66)
    (re.compile(r"^(?P<pre>[^，。？?]*?)有(?P<n>多少|几)(?:位|个人|名|人)(?P<what>(?:曾经?)?(?:获得过?|得过|拿过|荣获过?|"
                r"当选(?:过|为)?|入选)[^，。？?]{2,30}?)(?P<end>[？?]|$)"), r"\g<pre>\g<what>的专家有\g<n>位\g<end>"),
    (re.compile(r"^(?P<who>[^，。？?]+?(?:院士|专家))(?:中|当中|之中|里面?)?[，,]?有?(?:多少|几)位(?P<where>在[^，。？?]{2,12}?)"
                r"(?:工作)?(?=[？?]|$)"), r"\g<where>的\g<who>有多少位"),
    (re.compile(r"^获得(?:过)?(?P<award>[^，。？?]{2,24}?奖)的(?P<who>专家|院士)(?:中|当中|之中|里面?)?[，,]?谁最(?P<w>早|晚)"
                r"获(?:得(?:该|这个|此|这一)?)?奖"), r"最\g<w>获得\g<award>的\g<who>是谁"),
    (re.compile(r"(?<=院士|专家)(?:中|当中|之中|里面?)[，,](?=谁|哪位)"), ""),
    # 当选中科院的清华院士: that academy's seat (read as a topic 中科院, rt147)
    (ELECTED_TO, r"\1\2院士"),
    # 获得国家最高科学技术奖的院士里，哪些是两院院士？: those counted of that seat (none was found, rt147)
    (re.compile(r"^(?P<who>[^，。？?]{2,40}?的)(?:院士|专家)(?:中|当中|之中|里面?)[，,]?\s*(?:有)?(?P<ask>哪些|哪几位|谁|几位|多少位)"
                r"(?:人)?(?:是|为)(?P<seat>两院院士|双院士|(?:中国)?工程院院士|(?:中国科学院|中科院)院士)(?=[？?]|$)"),
     r"\g<who>\g<seat>有\g<ask>"),
    # 大连化物所有几位院士？都叫什么？: the count, its names asked for (the tail was read as a topic, rt59)
    (re.compile(r"([？?，,])\s*(?:他们|她们)?(?:都|分别|各)?(?:叫什么(?:名字)?|是谁|是哪些人?|是哪几位|有谁|有哪些人)[？?。]*$"), r"\1"),
    # rt62: 国家技术发明奖特等奖有谁获得过？ (three strangers matched), 2009年有多少人当选中国科学院院士？ (read as a topic
    # "2009年人当选"), 1982年获得国家自然科学奖一等奖的有哪些人？, 我听说清华大学有100位院士 (an institution "我听说清华大学"),
    # 北京大学有60位院士，对吗？ (the number not checked)
    (re.compile(r"^\s*(?:请问)?(?P<award>[^，。？?\d]{2,24}?奖)(?:都|一共)?(?:有谁|有哪些人|有哪些专家|有哪几位|有哪些|谁)"
                r"(?:曾经?)?(?:获得过?|得过|拿过|获过|荣获过?)(?:吗|呢)?[？?。]*\s*$"), r"获得过\g<award>的专家有哪些？"),
    (re.compile(r"((?:19|20)\d\d)年(?:一共|总共)?有(多少|几)(?:个|位|名)?人?(?:当选|入选|增选)(?:为|了)?"
                r"(?P<who>[^，。？?]{0,10}?院士)"), r"\1年当选的\g<who>有\2位"),
    (re.compile(r"的(?:都)?(?:有哪些人|有谁|是哪些人)(?=[？?]|$)"), r"的专家有哪些"),
    (re.compile(r"^\s*(?:我|我们)?(?:听说|据说|听人说|有人说)(?:了)?[，,]?"), ""),
    # 列出图谱中所有获得国家最高科学技术奖的院士 / 请给出全部工程院院士的名单: those counted, listed (rt79: matched as a
    # problem, three strangers, "none holds it")
    # (帮我列出所有获得过国家最高科学技术奖的院士，一共有多少位？: the list and its count, which the census answer gives —
    # 帮我列出所有 was read as a direction's words, rt100)
    (re.compile(r"^\s*(?:请|麻烦)?(?:你)?(?:帮我|帮忙|给我)?(?:列出|列举|给出|给我|告诉我|展示|显示)(?:一下)?(?:知识)?(?:图谱|数据库)?"
                r"(?:中|里|内)?的?(?:所有|全部|全体|每一位)的?(?P<what>[^，。？?]{2,40}?(?:院士|专家))(?:的)?(?:名单|名字|姓名)?"
                r"(?:[，,]\s*(?:一共|总共|共)?有?(?:多少|几)(?:位|个|名)?(?:人)?)?[。！!？?]*\s*$"),
     r"\g<what>有哪些？"),
    (re.compile(r"[，,]\s*(?:对吗|是吗|对不对|是不是|没错吗)[？?]*$"), "，对吧？"),
)


# 哪位院士获得过诺贝尔奖？ 谁获得过图灵奖？: those who did, as 获得过诺贝尔奖的院士有哪些？ asks (it was matched as a problem:
# an explosives engineer whose biography names the Nobel company, rt58)
_WHO_WON = re.compile(r"^\s*(?:请问)?(?:知识图谱(?:里|中))?(?:有)?(?:哪位|哪一位|哪个|哪几位|谁)(?P<who>院士|专家)?(?:曾经?)?"
                      r"(?P<did>获得?过|获得了|得过|拿过|荣获过?)(?P<award>[^，。？?]{2,24}?奖)(?:吗|呢)?[？?。]*\s*$")


def _plain_wording(text: str) -> str:
    """A count question in the wording the readers below know (`_PLAIN_WORDINGS`)."""
    for pattern, said in _PLAIN_WORDINGS:
        text = pattern.sub(said, text)
    return _WHO_WON.sub(lambda m: f"{m.group('did')}{m.group('award')}的{m.group('who') or '专家'}有哪些？", text)


# a bound said of a count to confirm (清华大学的院士超过70位吗？ 至少有50位吧？ 不到20位吧？): read as the count, the bound kept
_BOUND_ZH = re.compile(r"(?P<has>有)?(?P<how>超过|多于|不止|大于|至少有?|不少于|不低于|少于|不到|不足|低于|至多|最多|不超过|不多于)"
                       r"\s*(?P<n>\d+|[一二两三四五六七八九十百千]+)\s*(?:位|个|名|人)")
_OF_THOSE_SHOWN = re.compile(r"^\s*(?:那|那么)?(?:他们|她们)?(?:这|那)?(?:[两三四五六七八九十]|几)(?:个人|人|名)(?:中|里面?|当中|之中)")
_ASKED_BOUND = re.compile(r"(?:有没有|是不是|是否|会不会)有?(?=(?:超过|多于|不止|大于|至少|不少于|不低于|少于|不到|不足|低于|至多|最多|"
                          r"不超过|不多于)\s*(?:\d|[一二两三四五六七八九十百千]))")
_BOUNDS = {"超过": ">", "多于": ">", "不止": ">", "大于": ">", "至少": ">=", "至少有": ">=", "不少于": ">=", "不低于": ">=",
           "少于": "<", "不到": "<", "不足": "<", "低于": "<", "至多": "<=", "最多": "<=", "不超过": "<=", "不多于": "<="}


# how a list is asked to be given (用表格, 以JSON格式, 按年份排序): no part of what is counted
_FORM_ASKED = re.compile(r"[，,、]\s*(?:并且?|再|请)?(?:(?:按|按照)[^，,。？?]{1,8}?(?:排序|排列|排好)|(?:用|以|做成|整理成|列成)(?:一张|一个)?"
                         r"(?:表格|表|JSON|json|列表)(?:的?(?:形式|格式))?(?:列出|展示|输出|给出|呈现|显示)?)(?=[，,。！!？?]|$)")


# the years asked beside a list (列出…的院士和获奖年份, …，附上获奖年份): each card gives them (it listed strangers and
# said none held the award, rt118)
_YEARS_ASKED = re.compile(r"(?:[，,、]\s*)?(?:和|及|以及|连同|并附上?|附上|并注明|注明|并标注|标注)(?:他们的?|各自的?|其)?"
                          r"(?:获奖|当选|得奖)?(?:的)?(?:年份|年度|时间)(?=[。！!？?]*\s*$)")


def without_list_form(text: str) -> str:
    """`text` without how its list is asked to be given after the request (…的院士，并按年份排序，用表格): what is
    asked stays (a problem on 表格 was matched, and strangers tabled, rt89); the form is read from the turn itself."""
    kept = _YEARS_ASKED.sub("", _FORM_ASKED.sub("", text))
    return kept if kept.strip(" ，,、。") else text  # (a message of the form alone, "，用表格", stays as written)


def count_question(text: str) -> CountQuestion | None:
    """The count a Chinese question asks for (焊接方面的院士有几位？ → 焊接, 院士), or None: not a count question, or one
    that describes a problem instead of naming a topic word or a requirement. 你们一共有多少专家？ counts everyone; a
    number said of the graph and asked about (你们有1000位焊接专家对吧？ 图谱里是不是只有潘际銮一位研究焊接？) is the count
    asked, with the number to confirm or correct."""
    text = without_list_form(text)
    if _OF_THOSE_SHOWN.match(text):
        return None  # 这三人中有几位是工程院院士？: of those just shown, no count of the graph (a topic 这三人中是, rt69)
    asked_bound = _ASKED_BOUND.search(text)  # (复旦大学的专家有没有超过20位？ 是不是不到80位？ rt69)
    bare = _ASKED_BOUND.sub("", text)
    if (bound := _BOUND_ZH.search(bare)) is not None and (
            re.search(r"(?:吗|吧|么|嘛|对吗|对吧|是吗|是不是)[？?。]*\s*$", bare) or asked_bound is not None):
        text = bare
        plain = text[:bound.start()] + "有多少位" + text[bound.end():]
        plain = re.sub(r"[，,]?\s*(?:吗|吧|么|嘛|对吗|对吧|是吗|是不是)([？?。]*)\s*$", "？", plain)
        if (asked := count_question(plain)) is not None and asked.said is None and not asked.superlative:
            return dataclasses.replace(asked, said=said_number(bound.group("n")), bound=_BOUNDS[bound.group("how")],
                                       which=False)
    text = _plain_wording(text)
    if (paired := _paired_counts(text)) is not None:
        return paired
    if _SUPERLATIVE.search(text) or _PLACE.search(text) and _SUPERLATIVE.search(_PLACE.sub("最", text)):
        asked = [q for q in _ASKED_SENTENCE.findall(text) if _SUPERLATIVE.search(q) or _PLACE.search(q)]
        return _superlative(asked[0] if asked and asked[0].strip() != text.strip() else text)  # 浙江大学获奖最多的院士
        # 是谁？他是唯一的吗？: the superlative (which says whether one is at the extreme)
    surname = _SURNAME.search(text)
    if surname is not None:
        text = text[:surname.start()] + text[surname.end():]
        if (asked := _SURNAME_ASKED.match(text)) is not None and not _HOW_MANY.search(text):
            text = asked.group("who") + "有哪些"  # 有没有姓鲜的专家？ → 专家有哪些
    sentences = [q for q in re.split(r"(?<=[？?。！!])", text) if q.strip()]
    follow = [q for q in sentences[1:] if _COUNT_FOLLOW.match(q)]
    said_after = next((said_number(m.group("n")) for q in follow if (m := _COUNT_FOLLOW.match(q)) and m.group("n")), None)
    if follow and len(follow) < len(sentences):  # 浙江大学有哪些院士？一共多少位？: the first question, its number kept
        text = "".join(q for q in sentences if q not in follow)
    text = _NOTE_TAIL.sub("", text.rstrip("。！!？? ")) + (text[-1] if text[-1:] in "？?" else "")
    if (did := _HAS_WHO_DID.match(text)) is not None:  # 清华大学有几位院士获得过国家最高科学技术奖？他们分别是哪年获得的？
        text = f"{did.group('at') or ''}{did.group('did')}的{did.group('who')}有多少位？"  # (有几位院士获得过诺贝尔奖？ too)  # (the years: on the cards listed)
    if (dated := _DATED_WINNER.match(text)) is not None:  # 2011年获得国家最高科学技术奖的是谁？: its holders that year
        text = f"{dated.group('year')}年获得过{dated.group('award')}的" \
               f"{dated.group('who') or dated.group('who0') or '专家'}{'有多少位' if dated.group('count') else '有哪些'}"
        if dated.group("guess"):
            named = tuple(n for n in _GUESS_APART.split(dated.group("guess")) if n)
            return dataclasses.replace(_counted(text.replace("有哪些", "有多少位")), which=True, guess=named)
    if (did := _WHICH_DID.match(text)) is not None:
        text = re.sub(r"[，,]?(?:并且|而且|同时|又)(?=研究|从事|做)", "",  # (清华大学有哪些院士获得过…: of that institution)
                      f"{(did.group('at') or '').rstrip('的')}{'的' if did.group('at') else ''}{did.group('did')}的"
                      f"{did.group('who')}有哪些")
    if (org := _FROM_ORG.match(text)) is not None and (org.group("via") or _ORG.search(org.group("org"))):
        wanted = [r for r in read_requirements(f"来自{org.group('org')}的{org.group('who')}") if r.kind != "unrecorded"]
        if not any(r.kind in ("institution", "place") for r in wanted):  # (阿里巴巴: a name of no known kind)
            wanted.append(Requirement(kind="institution", text=whole_institution(org.group("org"))))
        return CountQuestion(None, tuple(wanted), text, which=said_after is None, said=said_after)
    if (listed := _LIST_ALL.match(text)) is not None and PEOPLE.search(listed.group("who")):
        text = (listed.group("at") or "") + \
            re.sub(r"的?(?:姓名|名字|名单|列表)$", "", listed.group("who")) + "有哪些"  # 列出所有专家(的姓名) → 专家有哪些
    said, graph = None, _GRAPH_ASKED.search(text)
    if graph is not None and _ASKED.search(text, graph.end()):
        if (stated := STATED_COUNT.search(text, graph.end())) is not None and PEOPLE.search(text):
            said = said_number(stated.group("n"), bool(stated.group("wan")))
            start = stated.start() - len(re.search(r"(?:是不是|是否|是)?(?:只|仅)?$", text[:stated.start()]).group())
            # 只有三位…吗, 是不是有20位
            text = text[:start] + "有多少位" + text[stated.end():]
        elif (only := ONLY_TAIL.search(text, graph.end())) is not None:
            said = said_number(only.group("n"))
            text = text[:only.start()] + "有多少位" + text[only.end():]
    asked = _counted(text)
    if asked is None and said is None and _ASKED.search(text) and (stated := _STATED_OF_KIND.search(text)) and \
            (kind := _counted(text[:stated.start()] + "有多少位" + text[stated.end():])) is not None and \
            any(r.kind in ("institution", "award", "place") for r in kind.requirements):
        # 清华大学有20位院士吧？ 国家最高科学技术奖的获得者是不是12位？: that count, the number to confirm or correct
        asked, said = kind, said_number(stated.group("n"))
    if asked is None:  # 知识图谱里一共有多少位院士？其中工程院的有多少？: the first count asked, not a problem, and the
        # later one of those it counted (its requirements added), both answered
        sentences = [s for s in _ASKED_SENTENCE.findall(text) if s.strip() != text.strip()]
        first = count_question(sentences[0]) if sentences else None
        for later in sentences[1:] if first is not None else ():
            narrowed = narrowed_count(later, first) or narrowed_count("其中" + later.lstrip("那那么"), first)
            if narrowed is not None:
                return dataclasses.replace(narrowed, parent=first, which=False)
        later = [q for q in sentences[1:] if _HOW_MANY.search(q) or _WHICH.search(q)]
        return dataclasses.replace(first, unanswered=later[0].strip()) if first is not None and later else first
    said = said if said is not None else said_after
    kinds = Counter(r.kind for r in asked.requirements)
    return dataclasses.replace(asked, said=said, which=said is None and _WHICH.search(text) is not None,
                               surname=surname.group(1) if surname else "",
                               each=bool(_EACH.search(text)) and any(n >= 2 for n in kinds.values()))


# two counts said or compared in one question (rt50): 清华大学有73位院士，北京大学有54位，对吧？ (it said 不是 of two true
# numbers), 清华大学和北京大学谁的院士多？ 清华大学的院士比北京大学少吧？ (three experts matched on 最多)
_N = r"\d+|[一二两三四五六七八九十百千]+"
_PAIR_SAID = re.compile(rf"^(?P<a>[^，,。？?]{{2,20}}?)有(?P<n>{_N})位(?P<who>院士|专家)?[，,、；;]\s*(?P<b>[^，,。？?]{{2,20}}?)有"
                        rf"(?P<m>{_N})位(?P<who2>院士|专家)?[，,]?\s*(?:对吧|对吗|是吗|是不是|吧|吗|没错吧)?\s*[？?]?$")
_PAIR_WHICH = re.compile(r"^(?P<a>[^，,。？?]{2,20}?)(?:的(?P<who>院士|专家))?(?:和|与|跟)(?P<b>[^，,。？?]{2,20}?)"
                         r"(?:的(?P<who3>院士|专家))?的?[，,]?\s*"  # (清华大学和北京大学，哪个学校的院士更多？ rt95)
                         r"(?:谁|哪个|哪家|哪所|哪一个)(?:城市|省份?|地方|单位|大学|学校|机构)?的?(?P<who2>院士|专家)?(?:更|比较)?多")
_PAIR_GAP = re.compile(r"^(?P<a>[^，,。？?]{2,20}?)(?:的(?P<who>院士|专家))?(?:和|与|跟)(?P<b>[^，,。？?]{2,20}?)的?"
                       r"(?P<who2>院士|专家)?(?:人数|数量|数目)?(?:相差|差)(?:了)?(?:多少|几)")
#: the difference of two counts asked (多多少？ 差几位？ 相差多少？)
_GAP = re.compile(r"(?:多|少|相差|差)(?:了|出)?(?:多少|几)(?:位|个|名|人)?")
_PAIR_THAN = re.compile(r"^(?P<a>[^，,。？?]{2,20}?)(?:的(?P<who>院士|专家))?比(?P<b>[^，,。？?]{2,20}?)的?(?P<who2>院士|专家)?"
                        r"(?:要|还)?(?P<way>多|少)(?:(?:多少|几)(?:位|个|名|人)?)?(?:吧|吗|么|对吧|是吗)?\s*[？?]?$")


_WHY = re.compile(r"^\s*(?:请问)?(?:为什么|为何|凭什么|怎么会)\s*")


def _paired_counts(text: str) -> CountQuestion | None:
    """Two counts a question says or compares (`_PAIR_SAID`, `_PAIR_WHICH`, `_PAIR_THAN`): both counted apart, with the
    numbers or the order said; None when it is no such question or either side is not a count of the graph."""
    text = _WHY.sub("", text)  # 为什么清华大学的院士比北京大学少？: the order it takes for granted, checked (为什么清华大学 was
    # counted, 0, and 是的 said, rt97)
    m = _PAIR_SAID.match(text) or _PAIR_WHICH.match(text) or _PAIR_GAP.match(text) or _PAIR_THAN.match(text)
    if m is None:
        return None
    who = m.group("who") or m.group("who2") or m.groupdict().get("who3") or "院士"
    sides = [count_question(f"{m.group(g).strip()}的{who}有多少位？") for g in ("a", "b")]
    if any(q is None or q.term is not None or not q.requirements for q in sides):
        return None
    common = tuple(r for r in sides[0].requirements if r in sides[1].requirements)
    own = [tuple(r for r in q.requirements if r not in common) for q in sides]
    if any(len(o) != 1 for o in own) or own[0][0].kind != own[1][0].kind:
        return None
    groups = m.groupdict()
    said = tuple(said_number(groups[g]) for g in ("n", "m")) if groups.get("n") else ()
    return CountQuestion(None, (own[0][0], own[1][0], *common), wish=f"{who}", each=True, said_each=said,
                         more_said=groups.get("way") or ("谁" if m.re in (_PAIR_WHICH, _PAIR_GAP) else ""),
                         gap=bool(_GAP.search(text, m.end() if m.re is _PAIR_WHICH else m.start("b"))))


# 中国科学院院士和中国工程院院士各有多少位？: each alternative counted apart (it said their union, rt48)
_EACH = re.compile(r"各(?:自)?(?:有|是|为)?\s*(?:多少|几)")


# the same in English: "How many academicians work on welding?", "Which experts study catalysis?", "How many experts
# are in the graph?" — the topic one phrase of the English jargon table (retrieval/english_terms.tsv), read as its
# first Chinese word; any other topic is no count (the problem is matched)
_WHO_EN = r"(?P<who>experts?|academicians?|scientists?|researchers?|professors?|specialists?|people)"
_HOW_MANY_EN = re.compile(
    rf"^\s*(?:how\s+many|which|what)\s+{_WHO_EN}\b"
    r"(?:\s+(?:are\s+there|do\s+you\s+have|does\s+(?:the|your)\s+(?:knowledge\s+)?graph\s+(?:have|hold)))?"
    r"(?:\s+(?:are\s+)?(?:in|on)\s+(?:the|your)\s+(?:knowledge\s+)?(?:graph|database))?"
    r"(?:\s+(?:who|that))?"
    r"(?:\s+(?:work(?:s|ing)?\s+(?:on|in)|stud(?:y|ies|ying)|research(?:es|ing)?|speciali[sz](?:e|es|ing)\s+in|"
    r"are\s+(?:experts?\s+)?in|in)\s+(?P<topic>[a-z0-9][a-z0-9 -]{1,40}?))?"
    r"(?:\s+(?:are\s+there|do\s+you\s+have|does\s+the\s+graph\s+(?:have|hold)|are\s+in\s+the\s+graph))?\s*[?？.!]?\s*$",
    re.IGNORECASE)


# what an institution's English name holds (University, Institute, Academy, …): not a topic ("in welding")
_ORG_WORD_EN = re.compile(r"\b(?:University|Institute|Academy|College|School|Hospital|Company|Corporation|Group|"
                          r"Center|Centre|Laboratory|Observatory|CAS|Inc|Ltd)\b")


# the same with several conditions, in any order: "Which academicians at Tsinghua University were elected after 2010?",
# "How many experts won the State Natural Science Award in 2015?" (and what narrows a count: "How many of them …")
_HEAD_EN = re.compile(rf"^\s*(?P<ask>how\s+many|which|(?:please\s+)?list(?:\s+all|\s+every|\s+each)?(?:\s+the)?|"
                      r"who\s+are\s+(?:all\s+)?the)"
                      r"(?:\s+(?P<female>female|women|woman))?"  # "Which female academicians at Tsinghua …": unrecorded
                      rf"\s+(?:(?P<seat>CAS|CAE)\s+(?:members?|academicians?)|{_WHO_EN})\b", re.IGNORECASE)
_END_EN = r"\s*[?？.!]*\s*$"
_NEXT_EN = (r"(?=\s+(?i:(?:and\s+)?(?:who|that|were|was|have|has|won|received|got|elected|are|is|at|from|according|work|"
            r"works|worked|study|studies|research|researches|speciali[sz]e|speciali[sz]es)|"
            r"(?:in|after|since|before)\s+(?:19|20)\d\d|between\s+(?:19|20)\d\d\s+and|from\s+(?:19|20)\d\d\s+to|"
            rf"in\s+the\s+(?:19|20)\d0s)\b|{_END_EN})")  # where a name ends: the next clause (its "and" may be the name's own)
_CLAUSES_EN = re.compile(
    r"\s+(?i:and\s+)?(?:"
    # "… were born in Shanghai", "… are women": what only biographies state (counted without it, said so)
    r"(?i:(?:who\s+|that\s+)?(?:were|was|are|is)\s+)?(?i:born\s+in|natives?\s+of)\s+"
    r"(?P<born>[A-Z][a-z]+(?:\s+(?!Province|City)[A-Z][a-z]+)?)"
    rf"(?:\s+(?i:province|city))?{_NEXT_EN}"
    r"|(?P<female_said>(?i:(?:who\s+|that\s+)?(?:are|is|were|was)\s+(?:women|female|a\s+woman)))"
    # "… work on immunology": a topic of the English jargon table (the institution's 19 were all listed, rt147)
    r"|(?i:(?:who\s+|that\s+)?(?:work(?:s|ed)?\s+(?:on|in)|stud(?:y|ies|ied)|research(?:es)?|speciali[sz]e[sd]?\s+in)\s+)"
    rf"(?P<topic>[a-z0-9][a-z0-9 -]{{1,40}}?){_NEXT_EN}"  # (lower case: "work in Shanghai" is a place)
    # "… are CAE members", "… are members of the Chinese Academy of Engineering": the seat (the institution and the
    # academy were dropped and every academician counted, rt146)
    r"|(?i:(?:who\s+|that\s+)?(?:are|is|were|was)\s+(?:also\s+)?(?:(?P<seat_said>CAS|CAE)\s+(?:members?|academicians?|fellows?)|"
    r"(?:members?|academicians?|fellows?)\s+of\s+(?:the\s+)?(?P<seat_of>CAS|CAE|Chinese\s+Academy\s+of\s+(?:Sciences|Engineering))))"
    rf"{_NEXT_EN}"
    r"|"
    r"(?i:are\s+there|do\s+you\s+have|does\s+(?:the|your)\s+(?:knowledge\s+)?graph\s+(?:have|hold)|"
    r"(?:are\s+)?in\s+(?:the|your)\s+(?:knowledge\s+)?(?:graph|database))"
    r"|(?i:(?:who\s+|that\s+)?(?:work|works|worked|are|is|come|comes|(?:are\s+|is\s+)?based)\s+)?(?i:at|from|of|in)\s+"
    rf"(?P<org>(?:the\s+)?[A-Z][A-Za-z&,.'’ -]{{2,80}}?|[\u4e00-\u9fff]{{2,30}}){_NEXT_EN}"  # (in 上海, at 清华大学)
    r"|(?i:(?:who\s+|that\s+)?(?:were|was|have\s+been|has\s+been|got)\s+)?(?i:elected)(?i:\s+(?:an?\s+)?academicians?)?"
    r"\s+(?:(?P<when>(?i:in|since|after|before))\s+(?P<year>(?:19|20)\d\d)|"
    r"(?i:between)\s+(?P<low>(?:19|20)\d\d)\s+(?i:and)\s+(?P<high>(?:19|20)\d\d)|(?i:in\s+the)\s+(?P<decade>(?:19|20)\d)0s)"
    r"|(?i:(?:who\s+|that\s+)?(?:have\s+|has\s+)?(?:won|received|hold|holds|were\s+awarded|was\s+awarded|got))\s+"
    rf"(?P<award>.+?){_NEXT_EN}"
    r"|(?i:in)\s+(?P<award_year>(?:19|20)\d\d)"
    r"|(?i:between|from)\s+(?P<award_low>(?:19|20)\d\d)\s+(?i:and|to)\s+(?P<award_high>(?:19|20)\d\d)"
    r"|(?i:in\s+the)\s+(?P<award_decade>(?:19|20)\d)0s"
    r"|(?P<award_when>(?i:after|since|before))\s+(?P<award_from>(?:19|20)\d\d))")
_SINCE = {"after": "{}年以后", "since": "{}年以后", "before": "{}年以前", "in": "{}年"}


def _award_en(said: str) -> str | None:
    """The one award an English phrase names, in the graph's words (a foreign prize as biographies write it)."""
    awards = [chinese for english, chinese in FOREIGN_PRIZES.items() if english in said.lower()] or \
        [a for a in named_awards(said) if re.search(r"[\u4e00-\u9fff]", a)] or \
        [award_spelling(m.group()) for m in re.finditer(r"[\u4e00-\u9fff]{2,24}", said)]  # (the 国家…奖)
    return awards[0] if len(awards) == 1 else None


def _conditions_en(text: str) -> CountQuestion | None:
    """A count whose conditions are all institutions, election years and awards (with their years), or None."""
    head = _HEAD_EN.match(text)
    if head is None:
        return None
    wanted: list[Requirement] = []
    unrecorded = ["性别"] if head.group("female") else []
    born = ""
    at, award_at, seat, term = head.end(), None, head.group("seat"), None
    while not re.match(_END_EN, text[at:]):
        clause = _CLAUSES_EN.match(text, at)
        if clause is None:
            return None
        at = clause.end()
        org = re.sub(r"^the\s+", "", clause.group("org") or "")
        if clause.group("born"):
            if not (born := PLACES_EN.get(clause.group("born").lower(), "")):
                return None
            unrecorded.append("出身地")
        elif clause.group("female_said"):
            unrecorded.append("性别")
        elif clause.group("topic"):
            if term is not None or (words := english_terms().get(clause.group("topic").lower().strip())) is None:
                return None  # a topic the table does not hold: matched as a problem
            term = words.split()[0]
        elif (seat_said := clause.group("seat_said") or clause.group("seat_of")) is not None:
            if seat is not None:
                return None
            seat = "CAE" if re.search(r"CAE|Engineering", seat_said, re.IGNORECASE) else "CAS"
        elif clause.group("org") and (place := PLACES_EN.get(org.lower()) or (org if org in PLACES else None)):
            wanted.append(Requirement(kind="place", text=place))  # "work in Shanghai" / "in 上海": a place the graph records
        elif clause.group("org"):
            if not _ORG_WORD_EN.search(org) and not re.fullmatch(r"(?:the\s+)?[A-Z]{2,6}", clause.group("org")) and \
                    not re.fullmatch(rf"[\u4e00-\u9fff]{{2,30}}(?:{ORG_ENDINGS}|科学院)", org):
                return None  # "in welding": a topic, not an institution (BUAA, USTC: an acronym, which is one)
            wanted.append(Requirement(kind="institution", text=re.sub(r"^the\s+", "", clause.group("org"))))
        elif clause.group("low") or clause.group("decade"):  # "elected between 2010 and 2015", "in the 1990s"
            low, high = (clause.group("low"), clause.group("high")) if clause.group("low") else \
                (clause.group("decade") + "0", clause.group("decade") + "9")
            wanted.append(Requirement(kind="elected", text=f"{low}年至{high}年"))
        elif clause.group("year"):
            after = clause.group("when").lower() == "after"
            wanted.append(Requirement(kind="elected", text=_SINCE[clause.group("when").lower()].format(
                int(clause.group("year")) + after)))
        elif clause.group("award"):
            if (award := _award_en(clause.group("award"))) is None:
                return None
            award_at = len(wanted)
            wanted.append(Requirement(kind="award", text=award))
        elif clause.group("award_year"):
            if award_at is None or wanted[award_at].years:
                return None
            year = int(clause.group("award_year"))
            wanted[award_at] = Requirement(kind="award", text=wanted[award_at].text, years=(year, year))
        elif clause.group("award_low") or clause.group("award_decade"):  # "… won the … Award between 2005 and 2010",
            if award_at is None or wanted[award_at].years:  # "… in the 1990s" (all its holders were listed, rt151)
                return None
            low, high = (int(clause.group("award_low")), int(clause.group("award_high"))) if clause.group("award_low") \
                else (int(clause.group("award_decade") + "0"), int(clause.group("award_decade") + "9"))
            wanted[award_at] = Requirement(kind="award", text=wanted[award_at].text, years=(low, high))
        elif clause.group("award_from"):  # "… won the 国家…奖 after 2010" (the year was dropped: all its holders, rt71)
            if award_at is None or wanted[award_at].years:
                return None
            year, when = int(clause.group("award_from")), clause.group("award_when").lower()
            wanted[award_at] = Requirement(kind="award", text=wanted[award_at].text, years=(
                (OPEN_START, year - 1) if when == "before" else (year + (when == "after"), OPEN_END)))
    if not (wanted or unrecorded or term) or len({r.kind for r in wanted}) < len(wanted) or len(set(unrecorded)) < len(unrecorded):
        return None
    if seat:  # "How many CAE members …": that academy's seat
        wanted.append(Requirement(kind="academy", text="中国工程院院士" if seat.upper() == "CAE" else "中国科学院院士"))
    elif head.group("who").lower().startswith("academician"):
        wanted.append(Requirement(kind="academy", text="院士"))
    return CountQuestion(term, tuple(wanted), term or text, which=not head.group("ask").lower().startswith("how"),
                         unrecorded=tuple(unrecorded), born_in=born)


# "Who has the most awards?", "Which academician at Peking University was elected earliest?", "Who was the most
# recently elected academician at Tsinghua University?": who of those counted is at the extreme
_SUPERLATIVE_EN = re.compile(r"\b(?:(?P<awards>the\s+most\s+awards|most\s+awards|most\s+decorated)|"
                             r"(?P<earliest>(?:the\s+)?(?:earliest|first)\s+elected|elected\s+(?:the\s+)?(?:earliest|first))|"
                             r"(?P<latest>(?:the\s+)?(?:most\s+recently|latest|last|newest)\s+elected|"
                             r"elected\s+(?:the\s+)?(?:most\s+recently|latest|last)))\b", re.IGNORECASE)


# "Who are the top 3 academicians at Tsinghua by number of awards?" "the five experts with the most awards": how many
#: English number words a count or a tally may say ("the top five")
NUMBER_EN = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_TOP_N_EN = re.compile(rf"\btop\s+(?P<n>\d{{1,2}}|{'|'.join(NUMBER_EN)})\b|"
                       rf"\b(?P<m>\d{{1,2}}|{'|'.join(NUMBER_EN)})\s+(?=(?:\w+\s+){{0,6}}?(?:with|has|have|had)"
                       r"\s+(?:the\s+)?most\s+awards)", re.IGNORECASE)
_BY_AWARDS_EN = re.compile(r"\s+(?:ranked\s+|sorted\s+|ordered\s+)?by\s+(?:the\s+)?(?:number\s+of\s+|count\s+of\s+)?"
                           r"awards(?:\s+(?:won|held|received))?", re.IGNORECASE)


def _superlative_en(text: str) -> CountQuestion | None:
    """The English superlative of those a question counts, or None."""
    top = _TOP_N_EN.search(text)
    places = 1
    if top is not None and (top.group("m") or _BY_AWARDS_EN.search(text)):  # the first few by their awards
        said = (top.group("n") or top.group("m")).lower()
        places = min(int(said) if said.isdigit() else NUMBER_EN[said], 20)
        text = _BY_AWARDS_EN.sub(" with the most awards", text[:top.start()] + text[top.end():])
        text = re.sub(r"^\s*(who|which)\s+(?:are|were)\s+(?:the\s+)?", r"\1 is the ", text, flags=re.IGNORECASE)
        text = re.sub(r"\b(academician|expert|scientist)s\b", r"\1", text, flags=re.IGNORECASE)
    asked = _superlative_one_en(text)
    return dataclasses.replace(asked, places=places) if asked is not None and places > 1 else asked


def _superlative_one_en(text: str) -> CountQuestion | None:
    """`_superlative_en` of one extreme."""
    m = _SUPERLATIVE_EN.search(text)
    if m is None or not re.match(r"^\s*(?:who|which)\b", text, re.IGNORECASE):
        return None
    rest = re.sub(r"^\s*(?:who|which(?:\s+one)?)\s+(?:is|was|has|have|had)?\s*(?:the\s+)?", "",
                  text[:m.start()] + " " + text[m.end():], flags=re.IGNORECASE)
    rest = re.sub(r"\b(?:with|has|have|had|is|was|were|won|received|holds?|elected|one|among|of\s+all)\b", " ", rest,
                  flags=re.IGNORECASE)
    rest = re.sub(r"^(?:all|every)\s+(?:the\s+)?", "", re.sub(r"\s+", " ", rest).strip(" ?.!"), flags=re.IGNORECASE)
    who = re.match(r"^(?:the\s+)?(academicians?|experts?|scientists?)\b\s*", rest, re.IGNORECASE)
    if who is None and not rest:
        return None  # "Who has the most awards?": of those shown, not of the graph
    word = who.group(1).lower().rstrip("s") if who else "expert"
    rest = rest[who.end():] if who else rest
    if rest and not re.match(r"^(?:at|from|of|in)\b", rest, re.IGNORECASE):
        return None  # a topic ("… in welding"): not read here
    asked = _conditions_en(f"Which {word}s {rest}?") if rest else \
        CountQuestion(None, (Requirement(kind="academy", text="院士"),) if word == "academician" else (), text, which=True)
    return dataclasses.replace(asked, superlative=m.lastgroup, which=True) if asked is not None else None


# "…, and what are their fields?": a second question beside a count, which the cards listed after it answer
ASKED_BESIDE_EN = re.compile(r",?\s+and\s+(?=(?:which|what|who|where|when|list|tell|give|show)\b)", re.IGNORECASE)


# everyday English wordings of counts, said as the ones read below (rt48): "… in the graph", "How many academicians
# does Tsinghua University have?"
_PLAIN_WORDINGS_EN = (
    (re.compile(r"\s+(?:in|of|from)\s+(?:the|your)\s+(?:knowledge\s+)?(?:graph|database)\b", re.IGNORECASE), ""),
    # "… according to the graph?", "… does the graph list at Tsinghua University? just the number pls", "Number of
    # academicians at …?", "Count the academicians at …": the count as plainly worded (the institution read as "Tsinghua
    # University according to the graph", or a search listing strangers, rt118)
    (re.compile(r"\s*,?\s*(?:according\s+to|by|in)\s+(?:the|your)\s+(?:knowledge\s+)?(?:graph|database|records?)(?:'s\s+records?)?"
                r"(?=\s*[?.!,]|\s*$)", re.IGNORECASE), ""),
    (re.compile(r"\s+(?:does|do)\s+(?:the|your)\s+(?:knowledge\s+)?(?:graph|database)\s+(?:list|record|hold|have|show|"
                r"contain|count)(?=\s+(?:at|from|in|of|who|that|working)\b)", re.IGNORECASE), ""),
    (re.compile(rf"(?<=[?？])\s*{_NUMBER_ONLY_EN}", re.IGNORECASE), ""),
    (re.compile(r"^\s*(?:what\s+is\s+|what's\s+)?(?:the\s+)?(?:total\s+)?number\s+of\s+(?=(?:CAS\s+|CAE\s+)?"
                r"(?:academicians|experts|members)\s+(?:at|from|in|of|working|who)\b)", re.IGNORECASE), "How many "),
    (re.compile(r"^\s*(?:please\s+)?count\s+(?:(?:all\s+)?the\s+|all\s+)?(?=(?:CAS\s+|CAE\s+)?"
                r"(?:academicians|experts|members)\s+(?:at|from|in|of|working|who)\b)", re.IGNORECASE), "How many "),
    # "List every academician who received …, with the year.": the list (each card gives its years; it was a search, rt104)
    (re.compile(r"\s*,?\s*(?:with|and)\s+(?:the|their|its)?\s*(?:years?|dates?)(?:\s+(?:of\s+)?(?:each|the\s+award))?"
                r"(?:\s+(?:each|they|he|she)(?:\s+one)?\s+(?:won|received|got)\s+it)?(?=\s*[?.!]*\s*$)", re.IGNORECASE), ""),
    # "List all winners of the … Award", "Who are the recipients of …?": those who hold it (a search listed three
    # strangers, then one of them was named the youngest winner, rt114)
    (re.compile(r"^\s*(?:(?:please|can\s+you|could\s+you)\s+)?(?:list|name|show)\s+(?:me\s+)?(?:(?:all|every|each)\s+)?"
                r"(?:of\s+)?(?:the\s+)?(?:winners?|recipients?|holders?|laureates?|awardees?)\s+of\s+", re.IGNORECASE),
     "List all academicians who won "),  # ("List every winner of …", rt118)
    (re.compile(r"^\s*who\s+(?:are|were)\s+(?:all\s+)?(?:the\s+)?(?:winners|recipients|holders|laureates|awardees)\s+of\s+",
                re.IGNORECASE), "List all academicians who won "),
    # "List the Highest Science and Technology Award winners in the graph", "Who are the Ho Leung Ho Lee Prize
    # laureates?": the same (three strangers were listed as a search's, and an age computed of one, rt134)
    (re.compile(r"^\s*(?:(?:please|can\s+you|could\s+you)\s+)?(?:(?:list|name|show)\s+(?:me\s+)?|who\s+(?:are|were)\s+)"
                r"(?:all\s+)?(?:of\s+)?(?:the\s+)?(?P<award>[A-Z][\w'&-]*(?:\s+[\w'&-]+){0,10}?\s+(?:Award|Prize|Medal))\s+"
                r"(?:winners|recipients|holders|laureates|awardees)\b", re.IGNORECASE), r"List all academicians who won the \g<award>"),
    (re.compile(r"^\s*(?:please\s+)?list\s+(?:every|each)\s+(?P<who>academician|expert|member)\b", re.IGNORECASE),
     r"List all \g<who>s"),
    # "Who won the State Preeminent Science and Technology Award in 2010?", "Who received the 2010 …?": those who hold
    # it (that year's), as "Which academicians won …" asks (three strangers were recommended, forty-fifth session)
    (re.compile(r"^\s*who\s+(?:(?:has|have)\s+)?(?:won|received|got|was\s+(?:awarded|given))\s+(?=(?:the\s+)?(?:(?:19|20)\d\d\s+)?"
                r"[A-Z\u4e00-\u9fff])", re.IGNORECASE), "Which academicians won "),
    # "Who was elected to CAS in 2010?", "Which academicians were elected to the CAE in 1995?": that academy's members
    # elected then (no count was read)
    (re.compile(r"^\s*(?:who|which\s+(?:academicians|experts|people|ones))\s+(?:was|were)\s+elected\s+(?:to|into)\s+(?:the\s+)?"
                r"(?:(?P<cas>CAS|Chinese\s+Academy\s+of\s+Sciences)|CAE|Chinese\s+Academy\s+of\s+Engineering)\b", re.IGNORECASE),
     lambda m: f"Which {'CAS' if m.group('cas') else 'CAE'} members were elected"),
    (re.compile(r"^\s*how\s+many\s+(?P<who>academicians|experts|members)\s+(?:does|do)\s+(?P<org>.+?)\s+have\s*\?*\s*$",
                re.IGNORECASE), r"How many \g<who> are at \g<org>?"),
    # "USTC has how many academicians in your graph?" (strangers were listed, and the youngest named among them, rt129)
    (re.compile(r"^\s*(?P<org>[A-Z][\w'&-]*(?:\s+[\w'&-]+){0,8}?)\s+(?:has|have)\s+how\s+many\s+"
                r"(?P<who>academicians|experts|members)\b", re.IGNORECASE), r"How many \g<who> are at \g<org>"),
    # "How many academicians are affiliated with 清华大学?" (rt62: no count)
    (re.compile(r"\b(?:are|is)\s+(?:affiliated\s+with|working\s+(?:at|for|in)|employed\s+(?:at|by)|based\s+at|with)\s+",
                re.IGNORECASE), "are at "),
)


_BOUND_EN = re.compile(r"^\s*(?:are|is)\s+there\s+(?P<how>more\s+than|over|at\s+least|fewer\s+than|less\s+than|under|"
                       r"at\s+most|no\s+more\s+than)\s+(?P<n>\d+)\s+(?P<who>\w+)\s+(?P<rest>[^?]+?)\s*\??\s*$", re.IGNORECASE)
_BOUNDS_EN = {"more than": ">", "over": ">", "at least": ">=", "fewer than": "<", "less than": "<", "under": "<",
              "at most": "<=", "no more than": "<="}


# "How many … at Beijing Institute of Technology (BIT)? List them with their election year.": the short form in brackets
# after a name, and a list of those counted asked after the count (each card gives the years): the whole graph was
# counted, or no count read, rt124
_ASIDES_EN = (re.compile(r"(?<=[a-z])\s*\(\s*[A-Z][A-Za-z]{1,7}\s*\)"),
              re.compile(r"(?<=[?？])\s*(?:(?:please|and|also)\s+)?(?:(?:list|name|show)\s+(?:them|all\s+of\s+them|those|"
                         r"each(?:\s+one)?)(?:\s+(?:all|with|and|including|along)\b[^.?!]*)?|who\s+are\s+they)\s*[.!?]*\s*$",
                         re.IGNORECASE))


# "Give me a JSON list of Tsinghua University academicians …", "List all Tsinghua University academicians": as "List the
# academicians at …" asks (a search listed strangers as JSON, rt126)
_ORG_LIST_EN = re.compile(r"^\s*(?:please\s+)?(?:(?:give|show|send|make)\s+(?:me|us)\s+(?:a|the)\s+(?:json\s+|csv\s+|markdown\s+)?"
                          r"(?:list|table)\s+of|list)\s+(?:all\s+)?(?:the\s+)?(?P<org>(?:[A-Z][\w'&-]*\s+)*?(?:University|"
                          r"Institute|Academy|College|Hospital|Corporation|Company)(?:\s+of(?:\s+[A-Z][\w'&-]*)+)?)\s+"
                          r"(?P<who>academicians|experts|members)\b", re.IGNORECASE)


# a decade said short or in words ("the '90s", "the nineties"), as the year it begins
_DECADE_EN = re.compile(r"[‘'’]([0-9])0s\b")
_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8,
                 "nineties": 9}
_DECADE_WORD_EN = re.compile(rf"(?i)(?<=\bthe\s)({'|'.join(_DECADE_WORDS)})\b")
# an institution named before those counted ("Which Tsinghua University academicians …", "How many USTC experts …")
_ORG_BEFORE_WHO_EN = re.compile(r"^\s*(?P<ask>(?i:how\s+many|which))\s+(?:(?i:of\s+)?the\s+)?"
                                r"(?P<org>(?:[A-Z][\w'’.&-]*\s+){0,6}?(?:University|Institute|Academy|College|Hospital|"
                                r"Center|Centre|Laboratory)|(?!CA[SE]\b)[A-Z]{2,6})\s+(?P<who>(?i:academicians?|experts?|members?|"
                                r"scientists?|professors?))\b")


# the year said before an award's name ("won the 2010 State Preeminent … Award"): that year's award (the year was lost)
_YEAR_BEFORE_AWARD_EN = re.compile(r"\b(?P<won>won|received|got|awarded)\s+(?:the\s+)?(?P<y>(?:19|20)\d\d)\s+"
                                   r"(?P<award>(?:the\s+)?[A-Z][\w'&-]*(?:\s+[\w'&-]+){0,10}?\s+(?:Award|Prize|Medal))"
                                   r"(?P<tail>\s*[?.!]*\s*)$", re.IGNORECASE)


_WHEN_FIRST_EN = re.compile(r"^\s*(?P<when>(?:between\s+(?:19|20)\d\d\s+and|from\s+(?:19|20)\d\d\s+to)\s+(?:19|20)\d\d|"
                            r"in\s+the\s+(?:19|20)\d0s|in\s+(?:19|20)\d\d)\s*,\s*(?P<rest>(?:how\s+many|which|who)\b.+?)"
                            r"\s*(?P<end>[?.!]*)\s*$", re.IGNORECASE)


def count_question_en(text: str) -> CountQuestion | None:
    """The count an English question asks for ("How many academicians work on welding?" → 焊接, 院士), or None; one
    not read as written is read in the plain wording (`_PLAIN_WORDINGS_EN`), then through the Chinese it names; a
    bound to confirm ("Are there more than 70 experts at Tsinghua University?") is that count, the bound kept."""
    for aside in _ASIDES_EN:
        text = aside.sub("", text)
    text = _DECADE_EN.sub(lambda m: f"{'20' if m.group(1) in '012' else '19'}{m.group(1)}0s", text)  # "in the '90s"
    text = _DECADE_WORD_EN.sub(lambda m: f"19{_DECADE_WORDS[m.group(1).lower()]}0s", text)  # "in the nineties"
    text = _YEAR_BEFORE_AWARD_EN.sub(r"\g<won> the \g<award> in \g<y>\g<tail>", text)  # "won the 2010 … Award": in 2010
    text = _WHEN_FIRST_EN.sub(r"\g<rest> \g<when>\g<end>", text)  # "Between 2005 and 2010, how many … won …?": the span
    # after what it dates (it was no count, and an award's strangers ranked, rt153)
    text = _ORG_BEFORE_WHO_EN.sub(r"\g<ask> \g<who> at \g<org>", text)  # "Which Second Military Medical University
    # academicians …?": those at it (no count was read, and "none from the institution" said, rt147)
    if listed := _ORG_LIST_EN.match(text):
        text = f"List the {listed.group('who')} at {listed.group('org')}."
    if (bound := _BOUND_EN.match(text)) is not None and \
            (asked := count_question_en(f"How many {bound.group('who')} are {bound.group('rest')}?")) is not None:
        return dataclasses.replace(asked, said=int(bound.group("n")), which=False,
                                   bound=_BOUNDS_EN[re.sub(r"\s+", " ", bound.group("how").lower())])
    if (asked := _count_question_en(text)) is not None:
        return asked
    plain = text
    for pattern, said in _PLAIN_WORDINGS_EN:
        plain = pattern.sub(said, plain)
    return (_count_question_en(plain) if plain != text else None) or _via_chinese_en(plain)


# an English count of people ("How many won …", "Total number of academicians …", "How many CAE members …") and what
# it counts: of the graph, not of those just shown (them, they)
_PEOPLE_COUNT_EN = re.compile(r"^\s*(?:how\s+many|(?:what\s+is\s+)?the\s+(?:total\s+)?number\s+of|total\s+number\s+of)"
                              r"(?:\s+(?P<seat>CAS|CAE))?(?:\s+(?P<who>academicians|experts|members|people|scientists|fellows))?"
                              r"(?=\s+(?:are|were|is|did|do|does|won|have|has|received|got|work|works|from|at|in|with|hold|"
                              r"holds|elected)\b|\s*\??\s*$)", re.IGNORECASE)
_BOTH_SEATS_EN = re.compile(r"\b(?:double|dual)\s+academicians?\b|\bboth\s+(?:the\s+)?CA[SE]\s+and\s+(?:the\s+)?CA[SE]\b|"
                            r"\bboth\s+academies\b|\bmembers?\s+of\s+both\b|\bboth\s+(?:titles|seats|memberships)\b",
                            re.IGNORECASE)


def _via_chinese_en(text: str) -> CountQuestion | None:
    """An English count of people that names what it counts in Chinese ("How many won the 国家最高科学技术奖?", "How many
    are in the field 信息科学?", "How many experts does the graph hold at 第二军医大学?") or nothing at all ("Total number
    of academicians?"), or double academicians, read as the Chinese count (they listed experts, rt66); None otherwise."""
    head = _PEOPLE_COUNT_EN.match(text)
    if head is None or re.search(r"\b(?:them|they|these|those|their|above|listed|shown|recommended)\b", text, re.IGNORECASE):
        return None
    seat = (head.group("seat") or "").strip().upper()
    who = "中国工程院院士" if seat == "CAE" else "中国科学院院士" if seat == "CAS" else \
        "院士" if re.search(r"\bacademicians?\b|\bmembers?\b|\bfellows?\b", text, re.IGNORECASE) else "专家"
    if _BOTH_SEATS_EN.search(text):
        return count_question("两院院士有多少位？")
    named = [r for r in re.findall(r"[\u4e00-\u9fff]{2,30}", text)]
    rest = re.sub(r"\b(?:(?:are|is)\s+there|do\s+you\s+(?:have|hold|know)|does\s+(?:the|your)\s+(?:knowledge\s+)?graph\s+"
                  r"(?:have|hold)|(?:are\s+)?in\s+(?:the|your)\s+(?:knowledge\s+)?(?:graph|database)|in\s+total|altogether)\b",
                  "", text[head.end():], flags=re.IGNORECASE)
    if len(named) > 1 or not named and re.search(r"[A-Za-z]{2,}", rest):
        return None  # two things named, or English words left to read ("How many work on welding robots?", "… at
        # Tsinghua University are members of the Chinese Academy of Engineering?": every academician was counted, rt146)
    if not named:
        return count_question(f"{who}有多少位？") if who != "专家" else None  # "Total number of academicians?"
    what = named[0]
    return count_question(f"获得过{what}的{who}有多少位？" if "奖" in what else f"{what}的{who}有多少位？")


# "… in total?", "… in the whole graph …": the count of the graph, said so (the words were read as part of a name)
_SCOPE_EN = re.compile(r"\s+(?:in\s+total|altogether|in\s+all|overall|in\s+(?:the\s+whole|the|your)\s+(?:knowledge\s+)?graph)\b",
                       re.IGNORECASE)


# an institution written in Chinese in an English count question (rt62: no count)
_AT_CHINESE_ORG_EN = re.compile(r"^\s*how\s+many\s+(?P<who>academicians|experts|members)\s+are\s+(?:there\s+)?(?:at|in|from)\s+"
                                r"(?P<org>[\u4e00-\u9fff]{2,30})\s*\??\s*$", re.IGNORECASE)


def _count_question_en(text: str) -> CountQuestion | None:
    if (scoped := _SCOPE_EN.sub("", text)) != text and (asked := _count_question_en(scoped) or _superlative_en(
            scoped.rstrip(" ?.!") + " of all experts?")) is not None:
        return asked  # ("How many academicians are in the graph?" reads as it is; "Who has won the most awards in the
        # graph?": of the whole graph, not of those shown)
    if re.match(r"^\s*(?:how\s+many|which|who)\b", text, re.IGNORECASE) and ASKED_BESIDE_EN.search(text):
        text = ASKED_BESIDE_EN.split(text, 1)[0] + "?"  # "How many … at Wuhan University and what are their fields?"
    if (asked := _superlative_en(text) or _conditions_en(text) or _award_first_en(text)) is not None:
        return asked
    m = _HOW_MANY_EN.match(text)
    if m is None and (org := _AT_CHINESE_ORG_EN.match(text)) is not None:  # "How many academicians are at 清华大学?"
        return count_question(f"{org.group('org')}有多少位{'院士' if org.group('who').lower().startswith('academ') else '专家'}？")
    if m is None:
        return None
    term = None
    if m.group("topic"):
        words = english_terms().get(m.group("topic").lower().strip())
        if words is None:
            return None  # a topic the table does not hold: matched as a problem
        term = words.split()[0]
    academy = m.group("who").lower().startswith("academician")
    which = not text.lower().lstrip().startswith("how many")
    if term is None and not academy and which:
        return None  # "Which experts?": no count
    return CountQuestion(term, (Requirement(kind="academy", text="院士"),) if academy else (), term or text, which=which)


# "Which academician was the first to receive China's Supreme Science and Technology Award, and in which year?", "Who
# received the … Award most recently?": who won the award first or last, by its recorded year (three winners were
# listed "weakly related" and the question left unanswered, rt120)
_AWARD_FIRST_EN = re.compile(
    r"^\s*(?:who|which\s+(?:academician|expert|one|person|scientist))(?:\s+(?:in|of)\s+(?:the|your)\s+(?:knowledge\s+)?graph)?"
    r"\s+(?:(?:was|is|were)\s+the\s+(?P<when>first|earliest|last|latest|most\s+recent)\s+(?:one\s+|academician\s+|person\s+|"
    r"expert\s+|scientist\s+|winner\s+|recipient\s+)?(?:ever\s+)?to\s+(?:receive|win|get|be\s+awarded|be\s+given)\s+(?P<award>.+?)|"
    r"(?:received|won|got|was\s+awarded)\s+(?P<award2>.+?)\s+(?P<when2>first|earliest|(?:the\s+)?most\s+recently|last))"
    r"(?:\s*,?\s*and\s+(?:in\s+)?(?:which|what)\s+year(?:\s+was\s+(?:it|that))?)?\s*[?？.!]*\s*$", re.IGNORECASE)


def _award_first_en(text: str) -> CountQuestion | None:
    """`_AWARD_FIRST_EN`'s count: those holding the award, its first or last winner asked."""
    m = _AWARD_FIRST_EN.match(text)
    if m is None or (award := _award_en(m.group("award") or m.group("award2"))) is None or award.endswith("院士"):
        return None
    first = re.match(r"first|earliest", (m.group("when") or m.group("when2")), re.IGNORECASE) is not None
    return CountQuestion(None, (Requirement(kind="award", text=award),), text, which=True,
                         superlative="award_earliest" if first else "award_latest")


# 其中获得一等奖的有多少位？ 这些院士里有几位是清华大学的？: a count of the experts a count just counted, narrowed
_OF_COUNTED = re.compile(r"^\s*(?:那|那么)?(?:其中|这些(?:院士|专家|人)?(?:里面?|中|当中)|他们(?:里面?|中|当中)|"
                         rf"这(?:{DIGITS}|{CHINESE_NUMBER})(?:位|名|个)(?:院士|专家)?(?:里面?|中|当中))")
_GRADE = re.compile(r"^[一二三四特]等奖$")
_HOW_MANY_BARE = re.compile(r"的?\s*(?:一共|总共|共)?\s*(?:多少|几)\s*(?:位|个|名)(?=[^，,。]{0,4}[？?。]?\s*$)")  # 其中中科院的几位？
_OF_THEM_EN = re.compile(r"^\s*(?:(?:and|so|then|ok(?:ay)?)[,\s]+)?(how\s+many|which)\s+(?:of\s+(?:them|those|these|the\s+\S{2,30}\s+ones)\s+|"
                         r"(?=(?:are|were)\s+(?:also\s+)?(?:CAS|CAE|members\s+of|"
                         r"in\s+the\s+Chinese\s+Academy)))", re.IGNORECASE)  # ("… How many are CAS members?" after a
# count of the same turn: of those counted, rt71)


# "Is it 50?", "Are there 50?", "So there are 23?": a number said to confirm the count just given
_SAID_EN = re.compile(r"^\s*(?:so\s+)?(?:is\s+it|are\s+there|there\s+are|it'?s|that'?s)\s+(?:only\s+|exactly\s+|about\s+)?"
                      r"(?P<n>\d[\d,]*)(?:\s+(?:of\s+them|experts|academicians|people))?\s*[?？.!]*\s*$", re.IGNORECASE)


def count_follow_up(text: str, counted: CountQuestion) -> CountQuestion | None:
    """The count just given asked again (一共多少位？ 都是谁？) or with a number to confirm (是不是5位？ "Is it 50?"): that
    count, with the number; None for any other turn."""
    if (m := _COUNT_FOLLOW.match(text)) is not None:
        said = said_number(m.group("n"))
        return dataclasses.replace(counted, said=said, which=said is None and _WHICH.search(text) is not None)
    if (m := _SAID_EN.match(text)) is not None:
        return dataclasses.replace(counted, said=said_number(m.group("n")), which=False)
    if counted.superlative and (m := _NEXT_PLACE.match(text)) is not None:  # 获奖第二多的呢？ after 2000年以后当选的院士中
        n = said_number(m.group("n")) or {"second": 2, "third": 3, "fourth": 4, "fifth": 5}.get(
            (m.group("en") or "").lower(), 2)  # 获奖最多的是谁？: the same count, that place (its conditions kept)
        return dataclasses.replace(counted, place=min(n, 20), places=1, guess=(), said=None, only=False)
    return None


_SWAP_ZH = re.compile(r"^\s*(?:那|那么|还有)?(?P<x>[\u4e00-\u9fffA-Za-z]{2,24}?)(?:的|的呢)?(?:呢|怎么样|如何)[？?。]*\s*$")
_SWAP_EN = re.compile(r"^\s*(?:and|what\s+about|how\s+about)\s+(?:how\s+many(?:\s+(?:academicians|experts|members))?"
                      r"(?:\s+(?:are|work))?\s+)?(?:at\s+|in\s+)?(?P<x>[^?.!]{2,60}?)\s*[?.!]*\s*$", re.IGNORECASE)


_YEAR_SWAP = re.compile(r"(?:那|那么|还有)?((?:19|20)\d\d)\s*年?(?:当选|入选|获奖|获得)?(?:的)?(?:呢|怎么样|如何)[？?。]*")
_YEAR_SWAP_EN = re.compile(r"^\s*(?:and|what\s+about|how\s+about)\s+(?:(?:those\s+)?(?:elected|in)\s+)?(?:in\s+)?"
                           r"((?:19|20)\d\d)\s*[?.!]*\s*$", re.IGNORECASE)  # "And in 2001?" (a search, rt134)
_YEARS_SAID = re.compile(r"^((?:19|20)\d\d)年(以后|以前|)$")
# 比北京大学多多少？ 比浙江大学多吗？ after a count: that count beside the same count of another institution or place
_THAN_SWAP = re.compile(r"^\s*(?:那|那么)?(?:它|这个数)?比(?P<x>[\u4e00-\u9fffA-Za-z]{2,24}?)(?:的)?(?P<way>多|少)(?P<gap>多少|几位|几个|多少位)?"
                        r"(?:吗|吧|么|呢)?[？?。]*\s*$")


def compared_count(text: str, counted: CountQuestion) -> CountQuestion | None:
    """The count just given set beside the same count of another institution or place the turn names (清华大学有多少位
    院士？ → 比北京大学多多少？): both counted, the order or difference said; None for any other turn."""
    if (m := _THAN_SWAP.match(text)) is None or \
            (other := swapped_count(f"那{m.group('x')}呢？", counted)) is None:
        return None
    mine = [r for r in counted.requirements if r.kind in ("institution", "place")]
    theirs = [r for r in other.requirements if r.kind in ("institution", "place")]
    if len(mine) != 1 or len(theirs) != 1 or mine[0].kind != theirs[0].kind:
        return None
    rest = tuple(r for r in counted.requirements if r.kind not in ("institution", "place"))
    return CountQuestion(counted.term, (mine[0], theirs[0], *rest), counted.wish, each=True, more_said=m.group("way"),
                         gap=bool(m.group("gap")))


# another grade of the award just counted (获得过二等奖的呢？ "And the second-class ones?"), asked again
_GRADE_SWAP = re.compile(r"^\s*(?:那|那么)?(?:获得?过?|拿过|得过)?的?(?P<g>[一二三四特]等奖?)(?:的)?(?:呢|有几位|有多少位|有哪些)?[？?。]*\s*$")
_GRADE_SWAP_EN = re.compile(r"^\s*(?:and|what\s+about|how\s+about)\s+(?:the\s+)?(?P<en>first|second|third|special)[- ]class"
                            r"(?:\s+(?:ones?|awards?|winners?|prizes?))?\s*[?.!]*\s*$", re.IGNORECASE)
_GRADES_EN = {"first": "一等奖", "second": "二等奖", "third": "三等奖", "special": "特等奖"}


def _grade_swapped(text: str, counted: CountQuestion) -> CountQuestion | None:
    """The count just given of a graded award asked of another grade (国家自然科学奖一等奖 → 获得过二等奖的呢？): that
    grade counted (the grade alone was read as any award's second class, rt151); None for any other turn."""
    said = _GRADE_SWAP.match(text) or _GRADE_SWAP_EN.match(text)
    graded = [r for r in counted.requirements if r.kind == "award" and re.search(r"[一二三四特]等奖$", r.text)]
    if said is None or len(graded) != 1:
        return None
    grade = _GRADES_EN[said.group("en").lower()] if said.re is _GRADE_SWAP_EN else said.group("g").removesuffix("奖") + "奖"
    old = graded[0].text
    new = re.sub(r"[一二三四特]等奖$", grade, old)
    return dataclasses.replace(counted, requirements=tuple(r.model_copy(update={"text": new}) if r is graded[0] else r
                                                          for r in counted.requirements),
                               wish=(counted.wish or "").replace(old, new), said=None, which=False, guess=())


def swapped_count(text: str, counted: CountQuestion) -> CountQuestion | None:
    """The count just given asked of another institution or place (复旦大学有多少位院士？ → 那浙江大学呢？ / "And Zhejiang
    University?"), or of another grade of its award: its requirement of that kind replaced; None for any other turn."""
    if (graded := _grade_swapped(text, counted)) is not None:
        return graded
    if (year := _YEAR_SWAP.fullmatch(text.strip()) or _YEAR_SWAP_EN.match(text)) is not None and \
            any(r.kind in ("elected", "award") and _YEARS_SAID.match(r.text if r.kind == "elected" else "")
                or r.kind == "award" and r.years is not None for r in counted.requirements):  # 2015年当选的院士有多少位？
        new_year, old_years = int(year.group(1)), set()  # 2017年呢？: the same count of that year (a problem search)
        swapped = []
        for r in counted.requirements:
            if r.kind == "elected" and (said := _YEARS_SAID.match(r.text)):
                old_years.add(said.group(1))
                r = r.model_copy(update={"text": f"{new_year}年{said.group(2)}"})
            elif r.kind == "award" and r.years is not None and r.years[0] == r.years[1]:
                old_years.add(str(r.years[0]))
                r = r.model_copy(update={"years": (new_year, new_year)})
            swapped.append(r)
        wish = counted.wish or ""
        for old in old_years:
            wish = wish.replace(old, str(new_year))
        return dataclasses.replace(counted, requirements=tuple(swapped), wish=wish, said=None, which=False, guess=())
    if (zh := _SWAP_ZH.match(text)) is not None:
        new = [r for r in read_requirements(f"{zh.group('x')}的专家") if r.kind in ("institution", "place", "academy")]
        if not new and re.search(r"(?:科学院|工程院|中科院)$", zh.group("x")):  # 科学院的呢？ after a count of CAE members
            new = [r for r in read_requirements(f"{zh.group('x')}院士") if r.kind == "academy" and r.text != "院士"]  # (a
            # search listed strangers, rt134)
    elif (en := _SWAP_EN.match(text)) is not None:
        asked = count_question_en(f"How many experts are at {en.group('x')}?")
        new = [r for r in asked.requirements if r.kind in ("institution", "place")] if asked is not None else []
        if (whole := count_question_en(f"How many {en.group('x')}?")) is not None:  # "And CAE members in 湖南?" after
            new = [r for r in whole.requirements if r.kind in ("institution", "place", "academy")] or new  # a CAS
            # count: that seat there (rt79: the CAS count said again)
    else:
        return None
    kinds = {r.kind for r in counted.requirements}
    swapped = {r.kind for r in new} | ({"institution", "place"} if {r.kind for r in new} & {"institution", "place"} else set())
    if not new or len(new) > 2 or not kinds & swapped:
        return None
    kept = [r for r in counted.requirements if r.kind not in swapped]
    wish = counted.wish or ""
    for kind in swapped:
        for old, said in zip((r.text for r in counted.requirements if r.kind == kind), (r.text for r in new if r.kind == kind)):
            wish = wish.replace(old, said)
    return dataclasses.replace(counted, requirements=(*kept, *new), said=None, which=False, guess=(),
                               wish=wish if all(r.text in wish for r in new) else f"{new[0].text}的专家")


def superlative_of_counted(text: str, counted: CountQuestion) -> CountQuestion | None:
    """其中最早当选的是谁？ 他们中获奖最多的是谁？ after a count: the superlative of those it counted (it searched
    experts elsewhere); None for any other turn."""
    place = _PLACE.search(text)
    said = text[:place.start()] + "最" + text[place.end():] if place is not None else text
    m = _SUPERLATIVE.search(said)
    if m is None and _THEM_EN.search(said):  # "Who among them was elected earliest?" (rt79: of the three shown)
        m = _SUPERLATIVE_EN.search(said)
        said = "他们" if m is not None else said
    if m is None or not (_THEM.search(said) or _SHOWN_GROUP.search(said)) or \
            m.lastgroup.startswith("award_") and not any(r.kind == "award" for r in counted.requirements):
        return None  # (谁最早获得？ ranks by the award the count asked of them)
    return dataclasses.replace(counted, superlative=m.lastgroup, which=True, said=None, guess=(), only=False, parent=None,
                               place=said_number(place.group("n")) or 1 if place is not None else 1, places=1)


# those just counted, in English ("among them", "of these", "which of those")
_THEM_EN = re.compile(r"\b(?:among|of)\s+(?:them|these|those|the\s+(?:\d+|ones?|experts|academicians)(?:\s+counted)?)\b|"
                      r"\bwhich\s+of\s+(?:them|these|those)\b", re.IGNORECASE)


# 获奖第二多的呢？ 第二晚的呢？ 第三名是谁？ "Who ranks second?": the next place of the superlative just answered
_NEXT_PLACE = re.compile(r"^\s*(?:那|那么)?(?:获奖(?:记录|数量)?)?(?:排)?第(?P<n>[二三四五六七八九十两]|[2-9])(?:多|早|晚|名)"
                         r"(?:当选)?(?:的)?(?:呢|是谁|是哪位|有哪些|是哪些)?[？?。]*\s*$|"
                         r"^\s*(?i:(?:and\s+)?who\s+(?:ranks|is|comes|came)\s+(?P<en>second|third|fourth|fifth)\b)[^?]*\??\s*$")


def narrowed_count(text: str, counted: CountQuestion) -> CountQuestion | None:
    """A count asked of the experts the previous count counted (获得过国家自然科学奖的院士有多少位？ → 其中获得一等奖的
    有多少位？): its requirements and the new ones (a grade alone grades the award counted: 国家自然科学奖一等奖); None
    for any other turn."""
    if (english := _OF_THEM_EN.match(text)) is not None:  # "How many of them are at Tsinghua University?": as
        # "How many experts are at …?" asks, of those counted
        asked_en = count_question_en(f"{english.group(1)} experts {text[english.end():]}")
        new = [r for r in asked_en.requirements if r.kind != "academy"] if asked_en is not None else []
        seats = ["两院院士"] if "两院院士" in text or _BOTH_SEATS_EN.search(text) else \
            [a for a in named_awards(text) if a in ("中国科学院院士", "中国工程院院士", "两院院士")] or \
            [seat for seat, said in (("中国科学院院士", r"\bCAS\b"), ("中国工程院院士", r"\bCAE\b")) if re.search(said, text)]
        # ("How many of them are CAS?": that seat, rt155; "Which of the 北大
        # ones is a 两院院士?": both seats, rt147)
        new += [Requirement(kind="academy", text=seats[0])] if len(seats) == 1 else []  # "How many of them are members
        # of the Chinese Academy of Engineering?" (it counted the three shown, rt67)
        asked, wish = (None if english.group(1).lower() == "which" else True), text
    else:
        scope = _OF_COUNTED.match(text)
        if scope is None or (asked := _HOW_MANY.search(text, scope.end()) or _HOW_MANY_BARE.search(text, scope.end())) is None \
                and not _WHICH.search(text, scope.end()):
            return None  # (其中中科院的几位？ without 有: the count asked, rt155)
        rest = text[scope.end():]
        wish = _HOW_MANY_BARE.sub("", _HOW_MANY.sub("", _WHICH.sub("", rest))).strip("？?。！! ").removesuffix("的")
        # 获得一等奖的有多少位 → 获得一等奖
        wish = re.sub(r"((?:中国)?(?:工程院|科学院|中科院))(?!院士)(?=的|$)", r"\1院士", wish)  # 是工程院的: its members (rt62)
        new = [r for r in read_requirements(wish + "的专家") if r.kind != "unrecorded"]
        new += [Requirement(kind="award", text=award_spelling(m.group(1) or m.group(2)))
                for m in _PRIZE_HOLDER.finditer(wish)]
        if not new and counted.term is None and (topic := count_question(f"{wish}的专家有几位？")) is not None and \
                topic.term and not topic.requirements:  # 其中医学领域的有几位？: a topic of those counted (the
            # directions of three shown were listed, and 这几位医学家 next computed of them, rt146)
            return dataclasses.replace(counted, term=topic.term, wish=wish, which=asked is None,
                                       said=None, guess=(), only=False, parent=None, superlative="")
    if not new:
        return None
    kept = list(counted.requirements)
    for n, requirement in enumerate(new):
        graded = next((r for r in kept if r.kind == "award" and _GRADE.match(requirement.text)), None)
        if graded is not None:  # 一等奖 of 国家自然科学奖: 国家自然科学奖一等奖
            kept.remove(graded)
            new[n] = Requirement(kind="award", text=award_spelling(graded.text + requirement.text))
        elif requirement.kind == "academy":  # 其中的工程院院士: that seat, not any
            kept = [r for r in kept if not (r.kind == "academy" and r.text == "院士")]
    apart = [Requirement(kind="academy", text=seat) for seat in ("中国科学院院士", "中国工程院院士")] if \
        re.search(r"(?:科学院|中科院)(?:院士)?[^，。？?]{0,6}?(?:几|多少)[^，。？?]{0,4}?[、，,和与及]\s*(?:中国)?工程院", text) \
        else []
    if apart and not re.search(r"同时|既|也是|都是|两院", text):
        # 其中中国科学院院士几位、中国工程院院士几位？ after a count: each seat counted apart (it counted members of both:
        # "none", right after the count of 99, rt140)
        rest = [r for r in [*kept, *new] if r.kind != "academy"]
        return CountQuestion(counted.term, tuple({(r.kind, r.text): r for r in [*rest, *apart]}.values()),
                             f"{counted.wish}，{wish}", each=True, surname=counted.surname)
    seats = {r.text for r in [*kept, *new] if r.kind == "academy"}
    if "两院院士" in {r.text for r in new if r.kind == "academy"} and not any(r.kind == "elected" for r in kept):
        kept = [r for r in kept if r.kind != "academy"]  # those counted who hold both seats (a seat's election year
        # counted: which seat's year is then unsaid — no count)
    if seats == {"中国科学院院士", "中国工程院院士"}:  # 中国科学院院士一共有多少位？其中同时是中国工程院院士的有几位？
        # (rt65: none counted) — members of both
        kept = [r for r in kept if r.kind != "academy"]
        new = [r for r in new if r.kind != "academy"] + [Requirement(kind="academy", text="两院院士")]
    if {r.kind for r in kept} & {r.kind for r in new}:
        return None  # two of a kind are counted as either (国家自然科学奖 and 长江学者 would count holders of one)
    return CountQuestion(counted.term, tuple({(r.kind, r.text): r for r in [*kept, *new]}.values()),
                         f"{counted.wish}，{wish}", which=asked is None, surname=counted.surname)


def _counted(text: str) -> CountQuestion | None:
    """`count_question` once a number said has been turned into 有多少位: the topic word and the requirements."""
    m = _HOW_MANY.search(text)
    if m is None or _THEM.search(text):
        return None
    rest = text[:m.start()] + text[m.end():]
    quoted = _QUOTED_TERM.search(rest)
    if quoted is not None:
        rest = rest[:quoted.start()] + rest[quoted.end():]
    if not PEOPLE.search(rest) and not _PRIZE_HOLDER.search(rest):
        return None  # 我们有几个问题: nobody is counted
    wish = rest if PEOPLE.search(rest[max(0, m.start() - 1):]) else rest + "专家"
    read = read_requirements(wish)
    requirements = [r for r in read if r.kind != "unrecorded"]
    if any(r.kind == "academy" and r.text != "院士" for r in requirements):  # 哪些院士是双院士？: that seat, not any
        requirements = [r for r in requirements if not (r.kind == "academy" and r.text == "院士")]
    for prize in _PRIZE_HOLDER.finditer(rest):
        requirements.append(Requirement(kind="award", text=award_spelling(prize.group(1) or prize.group(2))))
        rest = rest.replace(prize.group(), "专家")
    unrecorded = tuple(r.text for r in read if r.kind == "unrecorded")
    if sum(r.kind == "award" for r in requirements) >= 2:
        both = _BOTH_AWARDS.search(rest) is not None and "或" not in rest
        rest = re.sub(r"同时|既", "", rest)
        if both:  # 同时获得过A和B的院士: both held
            return dataclasses.replace(_counted_topic(rest, requirements, quoted, unrecorded) or CountQuestion(
                None, tuple(requirements), rest), all_of=True)
    return _counted_topic(rest, requirements, quoted, unrecorded)


_UNIT_IS = re.compile(r"^(?:(?:工作|所在|所属|任职)?(?:单位|机构)(?:是|为|在)|来自|出自|(?:就职|任职|供职|工作)于)")
_UNITS = re.compile(r"(?:及其)?(?:下属|所属|旗下)的?(?:各)?(?:研究所|单位|机构|院所|研究院所|研究院|科研院所)?")


def _counted_topic(rest: str, requirements: list[Requirement], quoted: re.Match | None,
                   unrecorded: tuple[str, ...]) -> CountQuestion | None:
    """`_counted`'s topic word, once the requirements are read: the count, or None for a problem."""
    if quoted is not None:
        return CountQuestion(quoted.group(1), tuple(requirements), rest, unrecorded=unrecorded)
    topic = _SERVICE.sub("", without_requirements(rest) if requirements or unrecorded else rest)
    if requirements:  # 获得过…、并且在北京工作的专家有哪些？: the words joining the conditions and a place's verb (read as
        topic = _JOINING.sub("", topic)  # the topic 并且在工作, which no direction holds: "none")
    for _ in range(3):
        topic = _AROUND.sub("", topic)
    words = [w for w in _SCRIPT.findall(topic) if not ((_UNITS.fullmatch(w) or _UNIT_IS.fullmatch(w)) and any(
        r.kind == "institution" for r in requirements))]  # 中国科学院下属单位的院士: the units said of the institution,
    # no topic (as the answer says it); …、单位在清华大学的: the words that say it (a problem was matched, rt147)
    if not words:
        return CountQuestion(None, tuple(requirements), rest, unrecorded=unrecorded)
    term = words[0] if len(words) == 1 else None
    if term is not None and (at := _WORKS_IN.fullmatch(term)) and (places := [
            r for r in read_requirements(f"最好在{at.group(1)}的专家") if r.kind == "place"]):  # 在北京工作、获得过…
        return CountQuestion(None, (*requirements, *places), rest, unrecorded=unrecorded)
    if term is not None and len(term) <= 20 and not _ORG.search(term) and any(  # 中科院物理所获得过…的院士 (an
            r.kind == "institution" and r.text == term for r in read_requirements(f"{term}的专家")):  # institute's short name)
        return CountQuestion(None, (*requirements, Requirement(kind="institution", text=term)), rest)
    if term is not None and _ORG.search(term) and len(term) <= 20:  # 中国科学院物理研究所获得过…的院士: its experts
        term = _UNIT_IS.sub("", term)  # 院士的单位是浙江大学: that institution (it counted none at "单位是浙江大学", rt71)
        return CountQuestion(None, (*requirements, Requirement(kind="institution", text=whole_institution(term))), rest)
    if term is None or len(term) > MAX_TERM or len(term) < 2 or names_no_problem(term):
        return None  # a problem, or a request (有几位专家可以推荐一下吗): matched
    return CountQuestion(term, tuple(requirements), rest)


def census(store: GraphStore, question: CountQuestion) -> Census:
    """Every expert the question counts, read from the graph: those on a Direction or Field whose name holds the term
    (or all), kept when they meet every requirement the graph can check; most awards first, then by id. An
    institution named in English is the graph's institutions of that name (alternatives; none: nobody counted)."""
    if any(r.kind == "institution" and not _CJK.search(r.text) for r in question.requirements):
        names = [row["name"] for row in store.read(cypher.INSTITUTION_NAMES).records() if row["name"]]
        question = dataclasses.replace(question, requirements=tuple(
            x for r in question.requirements for x in (
                _in_chinese(r.text, names) if r.kind == "institution" and not _CJK.search(r.text) else [r])))
    if question.term is None and not question.requirements and not question.surname and not question.superlative:
        return Census(question, int(store.read(kg_cypher.EXPERT_COUNT).value(0)))  # 你们一共有多少专家？
    if question.term is None and not question.requirements:  # 姓王的专家有哪些？
        rows = store.read(cypher.COUNTED_SURNAMED, {"surname": question.surname}).records()
    elif question.term is not None:
        rows = store.read(cypher.COUNTED_ON_TERM, {"term": question.term}).records()
    elif (word := _anchor(question.requirements)) is not None:  # the experts the requirement reads, not all
        rows = (store.read(cypher.COUNTED_AT, {"words": list(place_words(word[1])), "place": word[1]})
                if word[0] == "place" else
                store.read(cypher.COUNTED_WITH_AWARD, {"word": word[1], "short": short_spelling(word[1])})).records()
        if word == ("award", "院士"):  # and the seats recorded as titles, each expert once
            rows = list({row["id"]: row for row in [*rows, *store.read(cypher.COUNTED_TITLED, {"word": "院士"}).records()]
                         }.values())
    else:
        rows = store.read(cypher.COUNTED_ALL).records()
    kept, ranks, undated = [], {}, 0
    asked_awards = [r.model_copy(update={"years": None}) for r in question.requirements if r.kind == "award"]
    dated = [r.kind == "award" and r.years is not None for r in question.requirements]

    def meets(met: list[bool]) -> bool:
        return all(met) if question.all_of else all(any(m for m, r in zip(met, question.requirements) if r.kind == kind)
                                                   for kind in {r.kind for r in question.requirements})
        # (of one kind: alternatives, as `meets_all`, unless asked together: 同时获得过A和B的)

    seats = {r.text for r in question.requirements if r.kind == "academy" and r.text in ("中国科学院院士", "中国工程院院士")}
    for row in rows:
        if not of_surname(row["name"] or "", question.surname):
            continue
        awards = [AwardFact(name=name, year=y) for name, year, years in row["awards"] or () if name  # (1980年当选的;
                  for y in years or [year]]  # an award won in several years, each: 2003年获国家自然科学奖的 counts 冯端)
        institutions = sorted(tuple(i) for i in row["institutions"] or () if i and i[0]) or [(None, None, None)]
        met = [_met(r, row["id"], [a for a in awards if a.name in seats] if r.kind == "elected" and seats else awards,
                    institutions, row["title"]) for r in question.requirements]  # (1991年当选中国工程院院士的: the
        # year of that academy's seat — members of both elected to the other that year were counted, rt157)
        if meets(met):
            kept.append((-len({a.name for a in awards}), row["id"]))
            if (rank := _rank(question.superlative, awards, asked_awards, seats)) is not None:
                ranks[row["id"]] = rank
        elif any(dated) and meets([m or d and _met(r.model_copy(update={"years": None}), row["id"],
                                                    [a for a in awards if not a.year], institutions, row["title"])
                                   for m, d, r in zip(met, dated, question.requirements)]):
            undated += 1  # 1990年代获得过…一等奖的: one holding it with no year recorded may have won it then
    values = sorted(set(ranks.values()), reverse=not question.superlative.endswith("earliest"))
    ranked = tuple((v, tuple(sorted(i for i, r in ranks.items() if r == v))) for v in values)
    return Census(question, len(kept), tuple(i for _, i in sorted(kept)), ranked=ranked, undated=undated)


def of_surname(name: str, surname: str) -> bool:
    """Whether a name bears the surname: 欧阳自远 is no 欧 (a compound surname that begins with it is another one)."""
    return not surname or name.startswith(surname) and not any(
        name.startswith(c) for c in COMPOUND_SURNAMES if c.startswith(surname) and c != surname)


def _rank(superlative: str, awards: list[AwardFact], asked: list[Requirement], seats: set[str] = frozenset()
          ) -> int | None:
    """What a superlative ranks an expert by: how many awards (distinct names, academy seats aside), the year of the
    first (earliest) or last (latest) seat (of the academy counted, where one is: `seats`), or of the asked award's
    first or last dated record; None when there is nothing to rank by."""
    if not superlative:
        return None
    if superlative == "awards":
        return len({a.name for a in awards if not a.name.endswith("院士")})
    if superlative == "award_count":  # (each grade and each year recorded of the award asked: one record)
        return sum(1 for a in awards if any(r.met(ExpertMatch(id="", name="", awards=[a], score=0.0)) for r in asked)) \
            or None
    if superlative.startswith("award_"):
        years = [a.year for a in awards if a.year and any(r.met(ExpertMatch(id="", name="", awards=[a], score=0.0))
                                                          for r in asked)]
    else:
        years = [a.year for a in awards if a.name.endswith("院士") and a.year and (not seats or a.name in seats)]
        # (清华大学的工程院院士中最早当选的: the CAE seat's year — 吴良镛's CAS 1980 was given, rt149)
    if not years:
        return None
    return min(years) if superlative.endswith("earliest") else max(years)


def _in_chinese(english: str, names: list[str]) -> list[Requirement]:
    """The institution an English name means, as the graph's names it matches that no shorter one of them holds
    (Zhejiang University: 浙江大学, which holds its schools, not a record's stray 回国后曾任浙江大学); the English name
    itself when none matches (nobody is counted)."""
    kept: list[Requirement] = []
    for name in sorted((n for n in names if latin_org_matches(english, n)), key=len):
        if not any(k.text in name or k.met(ExpertMatch(id="", name="", institution=name, score=0.0)) for k in kept):
            kept.append(Requirement(kind="institution", text=name))
    return kept or [Requirement(kind="institution", text=english)]


def written_holders(store: GraphStore, question: CountQuestion, limit: int = 10) -> tuple[str, ...]:
    """For an award asked that no structured record holds (诺贝尔奖, 沃尔夫奖): the experts whose biography names it by
    its words before 奖 (诺贝尔 of 诺贝尔物理学奖), at most `limit`; () for any other question."""
    awards = [r.text for r in question.requirements if r.kind == "award"]
    if len(awards) != 1 or question.term is not None or len(stem := awards[0].removesuffix("奖")) < 2:
        return ()
    # the award itself, not a company or another prize that holds its name (瑞典诺贝尔公司, 阿克苏诺贝尔化学奖)
    named = re.compile(r"(?:^|[\d年获得的、“（(\s，,奖是为])" + re.escape(stem) + r"[\u4e00-\u9fff]{0,6}?奖")
    rows = store.read(cypher.WRITTEN_IN_BIO, {"word": stem}).records()
    return tuple(row["id"] for row in rows if named.search(row["bio"] or ""))[:limit]


def _anchor(requirements: tuple[Requirement, ...]) -> tuple[str, str] | None:
    """A word every expert meeting the requirements holds in an award (院士, the award asked, 国家 for the national
    category) or an institution name (the place asked), when one kind of requirement is asked once; else None."""
    kinds = [r.kind for r in requirements]
    for requirement in requirements:
        if kinds.count(requirement.kind) > 1:  # alternatives of one kind: no single word
            continue
        if requirement.kind == "academy":
            return "award", "院士"
        if requirement.kind == "award":
            return "award", "国家" if requirement.text == NATIONAL_AWARD else requirement.text
        if requirement.kind == "place":
            return "place", requirement.text
    return None


def _met(requirement: Requirement, expert_id: str, awards: list[AwardFact],
         institutions: list[tuple[str | None, str | None, str | None]], title: str | None = None) -> bool:
    """Whether the expert meets the requirement at any of its institutions ((name, province, city); a match shows
    the first)."""
    return any(requirement.met(ExpertMatch(id=expert_id, name="", institution=i, province=p, city=c, title=title,
                                           awards=awards, score=0.0))
               for i, p, c in institutions)
