"""The offline `grounded` backend: composes the answer deterministically from graph facts, so it cannot invent."""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import NamedTuple

from generation import biography
from generation.aliases import ORG_ALIASES
from generation.census_claims import SUPERLATIVE_WORDS
from generation.claims import LATIN_ORG
from generation.comparisons import national_awards
from generation.english import NUMBER_WORDS, latin_org_matches
from generation.english_turns import NOT_WORKPLACE_EN
from generation.unheld import PLACES
from generation.year_spans import asked_span, award_years, in_span, span_bound
from kg.importers import SOURCE_LABELS
from retrieval.acronyms import topic_words
from retrieval.census import Census, chinese_number, said_number
from retrieval.english_names import recorded_place
from retrieval.models import (
    NATIONAL_AWARDS,
    AwardFact,
    ExpertMatch,
    Requirement,
    org_key,
    place_words,
    same_org,
    sectors_of,
)
from retrieval.names import SIMILAR, WORK_DONE
from retrieval.pipeline import WEAK_STARTS, vague_reasons
from retrieval.presentation import funder
from retrieval.problem import introduces
from retrieval.requirements import NATIONAL_AWARD, NATIONAL_WORDS, award_spelling
from retrieval.requirements import describe as describe_requirement
from retrieval.requirements_en import named_awards
from retrieval.script import simplified

# an award or an organisation a follow-up names (他获得过诺贝尔奖吧？ 他是不是在清华大学工作？)
_ASKED_AWARD = re.compile(r"(?:获得?过?|获了|得过|得了|拿过|拿了|拿的|拿到|(?<=[他她])拿|得的|荣获|是不是|是否|是|当选(?:过|了)?|评(?:上|为|过)(?:过|了)?|"
                          r"入选(?:过|了)?)(?:的)?(?:那个|这个|那一?项|这一?项)?"  # (拿的那个自然科学一等奖, rt116)
                          r"(?:\s*(?:在|于)?\s*(?:19|20)\d\d\s*年度?的?(?:拿了|获得?了?|得了|拿过|得过)?)?"  # 2018年的
                          r"(?:\s*(?:\d{1,3}|[一二两三四五六七八九十]{1,3}|几|多少)\s*(?:次|项|个))?"  # 5次, 几项
                          r"((?:(?!什么|哪|几|多少|任何|获得|得过|拿过|是|这|那|该|此|上述|的奖|同一?年|同一批|同届|因为|由于|凭借)"
                          # (获得的奖多: no award 得的奖; 是同一年当选工程院院士的吧: 工程院院士; 是因为呼吸病研究当选工程院
                          # 院士的吧？: the seat, not the reason with it — its 不是 said of the seat held, thirty-ninth session)
                          r"[\u4e00-\u9fffA-Za-z]){2,16}?(?:奖(?:[一二三四特]等奖)?|基金(?:[\u4e00-\u9fff]{2,10}?奖)?|"
                          r"学者(?:特聘教授|讲座教授)?|院士|勋章|奖章)|(?:国家)?[杰优]青(?!年))")  # (何梁何利基金科学与技术成就奖:
# the prize, not 基金; 杰青 / 优青: the young scientists' funds, as the graph writes them)
# an award named as the topic of a year said or asked after it (他的国家最高科学技术奖是1995年获得的吧？ X的何梁何利奖是哪年
# 获得的？): no verb before it
_AWARD_TOPIC = re.compile(r"(?:的|(?<=[他她])(?!们))((?:(?!什么|哪|几|多少|任何|获得|得过|拿过|是|这|那|该|此|上述|的)[\u4e00-\u9fff]){2,16}?"
                          r"(?:奖(?:[一二三四特]等奖)?|奖章|勋章|院士))(?=(?:都|也)?(?:是|在|于|为)?\s*(?:(?:19|20)\d\d\s*年|"
                          r"哪一?年|什么时候|何时|几几年)|(?:和|与|跟|及)[^，。？?]{2,24}?(?:奖|院士)(?:都|也)?(?:是|在)?"
                          r"(?:同一年|同年|哪一?年|(?:19|20)\d\d\s*年)|"
                          # 施一公的何梁何利奖有2项吧？: the award counted (the count was checked against all his records:
                          # 是的 of two records, one of them his seat, rt138)
                          r"(?:一共|总共|共)?有\s*(?:\d{1,3}|[一二两三四五六七八九十几]{1,3}|多少)\s*(?:项|次|个))")
_REQUEST = re.compile(r"请|推荐|想找|希望|需要|帮忙|\b(?:please|recommend|looking\s+for|need|want|find)\b", re.IGNORECASE)
_BOTH_ACADEMIES = ("中国科学院院士", "中国工程院院士")
# (not one where the expert studied: 他是北京大学毕业的吗？ asks about schooling, answered from the biography)
_ASKED_ORG = re.compile(r"[\u4e00-\u9fff]{2,20}?(?:大学|学院|研究院|研究所|医院|公司|集团|中心|实验室)(?:大学)?"  # (中国科学
                        # 院大学 is no 中国科学院: 是 was said of a biography writing 当选为中国科学院院士, rt100)
                        r"(?![^，。？?]{0,3}(?:毕业|读|念|留过?学|进修|深造|出身|校友|学习|求学|校长|院长|所长|主任|书记|董事长|"
                        r"总经理|总工程师|副))")  # nor one where he held a post (他当过北京大学校长吗？)
_WHICH = re.compile(r"哪|什么|何")  # 在哪个研究所 asks where, it names no organisation
_NOT_NOW = re.compile(r"博士|硕士|学士|学位|本科|毕业|留过?学|读书|就读|考入|工作过|待过|以前|曾经|曾在|曾任|曾担任|历任|原任|当过|担任过|\bph\.?\s?d\b|"
                      r"\bbec(?:a|o)me\b|"  # ("In what year did he become president of …?": when, not whether now, rt98)
                      r"doctora|master'?s|bachelor|degree|graduat|stud(?:y|ied)\s+(?:at|in)|used\s+to|formerly|previously|"
                      # 是清华大学的学生吧？ "he went to Tsinghua as a student?": where he studied (said of his workplace:
                      # 单位不是…, "Yes. … works at 清华大学", rt85)
                      r"(?:大学|学院|学校)的?(?:学生|校友|毕业生|研究生|博士生|本科生)|\bas\s+an?\s+(?:student|undergraduate)\b|"
                      r"\balumn(?:us|a|i)\b",
                      re.IGNORECASE)
_STUDIED_AT = re.compile(r"(?:毕业于|毕业自|就读于|求学于|进修于|留学于?|读于|学习于|师从)[\u4e00-\u9fff]{2,20}$")
_BEFORE_ORG = re.compile(r"^.*(?:是|在|位|自(?!然|动化)|于|跟|同(?!济|仁)|任过?|当过|做过)")  # the words before an organisation a question names (曾任, 担任)
# a question asked in the negative (他不是院士吧？): answered with the record, not 是/不是, which would read reversed
_NEGATED = re.compile(r"(?<!是)不是|没有|没(?:获得?|得|拿|当选|被选|选上)|未(?:曾|当选|获)|并非|还是|\b(?:isn't|wasn't|hasn't|didn't|not)\b", re.IGNORECASE)  # 还是:
# either-or (是中科院院士还是工程院院士？): the record is said, no 是/不是 either
# a year a follow-up states of an award or an election (第一位是2000年当选院士的吧？)
_ASKED_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")
_ASKED_YEAR_EN = re.compile(r"\b((?:19|20)\d\d)\b")
_LATIN = re.compile(r"[A-Za-z]{3}")
_ACADEMY_ASKED = re.compile(r"院士|当选|两院|学部委员|academician|elected|academy|\bCA[SE]\b", re.IGNORECASE)
_ACADEMIES = (("中国科学院", re.compile(r"科学院|中科院|学部委员|Academy\s+of\s+Sciences|\bCAS\b", re.IGNORECASE)),
              ("中国工程院", re.compile(r"工程院|Academy\s+of\s+Engineering|\bCAE\b", re.IGNORECASE)))
# a topic a follow-up asks whether the expert works on (第一位是研究膜分离的吗？ 他是做医学领域的吗？)
# (潘际銮解决过西气东输管道焊缝开裂问题吧？: work said done, checked as the topic is — it was the card, "直接相关")
_ASKED_TOPIC = re.compile(rf"(?:研究|从事|擅长|专攻|懂|是|{WORK_DONE})(?:过|的是)?(?:研究|从事|做|搞)?"
                          rf"(?!过?(?:{SIMILAR}|我们|你们))"  # (他解决过类似问题吗？: the problem, no topic)
                          r"((?:(?!什么|哪|那些|这些|不是|是不是|研究方向|方向|领域|方面|专家)[\u4e00-\u9fffA-Za-z0-9]){2,16}?)"
                          r"(?:方面|方向|领域|研究|工作|专业|问题|项目|工程|难题)?的?(?:专家|人|学者|研究|工作)?(?:吗|吧|么|嘛|呢)")
# (黄崇祺做过铸造方面的工作吗？: 铸造, which his record does not write — no verdict was given, rt90)
# the same asked of several (这三位里谁研究轴承？ 哪位是做焊接的？): no particle at the end
_WHO_TOPIC = re.compile(r"(?:谁|哪[位个些]|有没有|有无|是否有)(?:人|专家)?(?:是)?(?:在)?(?:研究|从事|做|搞|擅长|专攻|懂)(?:过)?"
                        r"((?:(?!什么|哪)[\u4e00-\u9fffA-Za-z0-9])"
                        r"{2,12}?)(?:方面|方向|领域|研究|工作)?的?(?:专家|人)?(?:[？?。！!]|$)")
# what an expert did on a topic (他在地面起灰这事上做过什么？ 他在印刷颜色这事上做过什么？): the record's directions,
# biography quoted, and said where they do not write it (rt77: sentences on space robots quoted for a dusty floor)
DONE_ON = re.compile(r"(?:在|对|就|关于)((?:(?!什么|哪|这|那)[\u4e00-\u9fffA-Za-z0-9]){2,16}?)"
                     r"(?:这事|这件事|这个问题|这一块|这块|这方面|方面|问题)?(?:上|里|方面)?(?:具体)?"
                     r"(?:做过|干过|研究过|有过|做了|有)(?:什么|哪些|啥)")
# a group question that asks which of them (哪位是两院院士？ 他们中有谁获得过…？): the verdict names them
_WHO = re.compile(r"谁|哪[位个些]|有没有|有无|是否有|\b(?:which|who)\b", re.IGNORECASE)
# the person is not named again: the guard lets an answer name only the experts it shows
ABSENT_PERSON = "知识图谱中没有您提到的那位专家（没有同名的记录）；以上是图谱中与您的问题最接近的专家，仅供参考。"
ABSENT_NAMED = "您提到的另一位，知识图谱中没有同名的记录；以上只回答了图谱中有记录的专家。"
# 把钱学森、屠呦呦、袁隆平三人的获奖情况列成表: two the graph lacks, not "另一位" (rt144)
ABSENT_NAMED_SOME = "您提到的其余各位，知识图谱中都没有同名的记录；以上只回答了图谱中有记录的专家。"
ABSENT_FIRST = "知识图谱中没有您提到的那位专家（没有同名的记录），无法回答关于此人的问题。"
ABSENT_ONLY = "知识图谱中没有您提到的那位专家（没有同名的记录），无法回答关于此人的问题；刚才推荐的专家名单不变。"
ONLY_ACADEMICIANS = "知识图谱收录的专家都是院士，图谱中没有其他专家的记录；以上是其中与问题最相关的。"  # 非院士也行 (rt61: unanswered)
ASK_PROBLEM = "请先描述您遇到的技术问题，我会根据专家知识图谱为您推荐专家。"
NO_HISTORY = "这是一次新的对话，我看不到之前对话的内容。" + ASK_PROBLEM
PINYIN_REPLY = ("您的问题看起来是用不带声调的拼音写的，我无法可靠地把它还原成汉字，按字母检索会找错专家。请用汉字（或英文）描述您遇到"
                "的技术问题，我会根据专家知识图谱为您推荐专家。")
OUTSIDE_NOTE = "我只推荐专家知识图谱中收录的专家，介绍的信息都来自图谱的记录，不按图谱以外的知识推荐，也不编造专家或信息。"
REMARKED_NOTE = "消息中对具体专家的评价或说法不作为推荐依据：以上专家按与问题的相关程度排列，介绍的信息只来自知识图谱的记录。"
DICTATED_NOTE = "消息中指定的排序或要写进回答的说法未被采用：以上专家按与问题的相关程度排列，介绍的信息都来自知识图谱的记录。"
VOICE_NOTE = "我不以专家本人的口吻写作，也不替专家发言；以上是知识图谱记录的内容。"
BEST_NOTE = "知识图谱不评判专家之间的高下；以上专家按与您问题的相关程度排列。"
# 有没有更偏工程应用的？: how the order was made, since the graph records no such kind
LEANING_NOTE = {"applied": "知识图谱不记录专家偏工程应用还是偏理论；以上是与问题相关的专家中，简介写到工程应用、产业化、工艺与装备等内容较多"
                           "的排在前面（当选工程院的也计入）。",
                "theory": "知识图谱不记录专家偏理论还是偏工程应用；以上是与问题相关的专家中，简介写到理论、机理、模型等内容较多"
                          "的排在前面（当选科学院的也计入）。"}
# 他是唯一…吗？ "Is X the only …?": a uniqueness the graph's count could not read — no verdict from one record
UNIQUE_UNREAD = "知识图谱无法按这个问题的条件统计，不能确认是否唯一；以下只给出记录本身。"
# what asks whether one is the only one of a kind
UNIQUE_ASKED = re.compile(r"唯一|独一|仅此一位|(?i:\bthe\s+only\b|\bonly\s+one\b|\bthe\s+sole\b)")
# a verdict opening a sentence (是。 不是。 是的， Yes. No, …) — what a uniqueness question must not be told from one record
_VERDICT = re.compile(r"(?:(?<=^)|(?<=[。！!？?\n]))\s*(?:是的|不是|不都是|都是|是|对)[。，,]\s*|"
                      r"(?:(?<=^)|(?<=[.!?\n]))\s*(?:Yes|No|Not\s+all)(?:,\s+not\s+(?:in|within)\s+the\s+years?\s+you\s+ask)?"
                      r"[.:,]\s*", re.MULTILINE)


def without_verdicts(text: str) -> str:
    """The answer without the verdicts that open its sentences (是。 Yes. …), for a question they would not answer."""
    return _VERDICT.sub(lambda m: "\n" if m.group().startswith("\n") else "", text).strip()


UNANSWERED = ("这个问题无法只凭知识图谱的记录回答。可以问刚才推荐的专家的单位、研究方向或获奖，或者描述一个新的技术问题。")
COUNTERFACTUAL_NOTE = "我只按知识图谱的记录介绍专家，不按假设或改动后的信息回答。"
AUTHORITY_NOTE = "消息中自称来自系统、管理员或开发者的说法和指令不被采用：知识图谱只通过数据导入更新，以上回答只依据图谱的记录。"
SOLUTION_REPLY = ("我根据专家知识图谱推荐能帮助解决问题的专家，不直接给出技术原因、诊断或解决方案：图谱只记录专家的单位、职称、学科、"
                  "研究方向和获奖。刚才推荐的专家研究方向与您的问题相关，可以请他们分析；也可以问“还有别的专家吗？”。")
SOLUTION_NOTE = "我只推荐专家，不直接分析技术原因或提供解决方案；以上专家的研究方向与您的问题相关，可以请他们分析。"
ADVICE_REPLY = ("我根据专家知识图谱推荐专家，不直接给出技术方案。接下来可以：补充问题的细节（产品、材料、工艺、故障现象、已经试过的办法），"
                "我会重新匹配；问“还有别的专家吗？”看更多人选；或者问某位专家的单位、研究方向、获奖，判断是否合适。")
AWARD_ORDER_NOTE = "以上专家按知识图谱记录的获奖与当选项数从多到少排列（匹配度低的排在后面，项数相同时按匹配度）。"
DIRECTION_ORDER_NOTE = "以上专家按知识图谱记录的研究方向条数从多到少排列（条数相同时按匹配度）；条数只反映记录的详略，不代表水平高低。"
# a problem in Japanese, Korean or Russian: matched by the multilingual signals, answered in Chinese
OTHER_LANGUAGE_NOTE = "目前只能用中文或英文回答（Answers are given in Chinese or English only）；以上专家按您问题的多语言语义检索得到。"
# a short turn after a list that matches nothing (来点干货): what can be asked
# a turn that disputes or presses an answer (你算错了吧 / 随便说一个数): the records stand and can be checked
CHALLENGE_REPLY = ("我的回答只依据知识图谱的记录，不估计、不猜测，也不按假设改动。如果您认为某项记录有误，请指出是哪位专家的哪一项，"
                   "我把图谱中的原始记录列给您核对；也可以继续问刚才各位专家的单位、研究方向或获奖。")
UNCLEAR = ("没太明白这句话想问什么，它与刚才的问题也对不上。您可以接着问“还有别的专家吗？”，问刚才某位专家的单位、研究方向或获奖，"
           "或者直接描述一个新的技术问题。")
SCOPE_REPLY = ("您好！我根据专家知识图谱为企业的技术问题推荐专家。请描述您遇到的问题（例如产品、工艺、材料、故障现象），"
               "我会给出合适的专家，以及他们的单位、研究方向、获奖和推荐理由。")
THANKS_REPLY = "不客气。如果还有其他技术问题，请继续描述，我会根据专家知识图谱为您推荐专家。"
NO_MATCH = "知识图谱中暂未找到与该问题匹配的专家。可以换一种说法描述问题（例如产品、工艺、故障现象），我再为您查找。"


# 国际奖项, 省部级奖, 外国的奖: a kind of award no record is marked with (the biographies may name them)
AWARD_CATEGORY = re.compile(r"^(?:国际|国外|外国|海外|境外|省部级|省级|部级|地方)的?(?:科技|学术)?(?:奖|奖项|奖励|荣誉)$")


def _award_text(award: AwardFact) -> str:
    """An award as a list item: 国家自然科学奖二等奖（2010年）."""
    return f"{award.name}（{award.year}年）" if award.year else award.name


def achievement(award: AwardFact) -> str:
    """An award as a sentence piece: an academy membership is elected to (1980年当选中国科学院院士), a prize won."""
    verb = "当选" if award.name.endswith("院士") else "获"
    return f"{award.year}年{verb}{award.name}" if award.year else f"{verb}{award.name}"


class Wording(NamedTuple):
    """How a paragraph on an expert reads in one language; the graph's facts inside it are the same in every one."""

    where: str  # the institution and title after the name
    end: str
    separator: str  # between the institution and the title
    directions: str
    fields: str
    achievements: str
    achievement_separator: str
    why: str
    reason_separator: str
    part_separator: str
    reason: Callable[[str], str] = str
    name: Callable[[str], str] = str  # how the paragraph's head writes the name (in English: with its pinyin first)


CHINESE = Wording("，{}", "。", "，", "研究方向：", "所属学科：", "主要成就：", "、", "推荐理由：", "；", "")


def describe_expert(expert: ExpertMatch, index: int | None = None, wording: Wording = CHINESE) -> str:
    """One paragraph on one expert: who, where, directions, achievements, why they fit."""
    head = f"{index}. " if index is not None else ""
    where = wording.separator.join(x for x in (expert.institution, expert.title) if x)
    parts = [f"{head}{wording.name(expert.name)}" + (wording.where.format(where) if where else "") + wording.end]
    if expert.directions:
        parts.append(f"{wording.directions}{'、'.join(expert.directions)}{wording.end}")
    if expert.fields:
        parts.append(f"{wording.fields}{'、'.join(expert.fields)}{wording.end}")
    if expert.awards:
        parts.append(f"{wording.achievements}{wording.achievement_separator.join(map(achievement, expert.awards))}"
                     f"{wording.end}")
    if expert.reasons:
        parts.append(f"{wording.why}{wording.reason_separator.join(map(wording.reason, expert.reasons))}{wording.end}")
    return wording.part_separator.join(parts)


def describe_why(expert: ExpertMatch, wording: Wording = CHINESE, lead: str = "推荐{}的理由：") -> str:
    """Why one shown expert was recommended (第二位为什么合适？ "Why is the third one relevant?"): the card's reasons
    first, then the directions and fields they rest on — not the whole card again (it repeated the card, rt99)."""
    parts = [lead.format(expert.name) + wording.reason_separator.join(map(wording.reason, expert.reasons)) + wording.end]
    if expert.directions:
        parts.append(f"{wording.directions}{'、'.join(expert.directions)}{wording.end}")
    if expert.fields:
        parts.append(f"{wording.fields}{'、'.join(expert.fields)}{wording.end}")
    return wording.part_separator.join(parts)


#: how a card's reasons begin when they call the expert weakly related (retrieval/pipeline.py)


#: the most characters of a problem's own words a heading over its experts repeats
HEADING_CHARS = 24


def problem_words(problem: str) -> str:
    """A problem of a message, as a heading over its experts repeats it: its first sentence, without the request
    that closes the message (焊缝有气孔。请分别推荐专家 → 焊缝有气孔), at most HEADING_CHARS characters."""
    clauses = re.split(r"(?<=[，,。；;])", problem.strip())
    while len(clauses) > 1 and introduces(clauses[0].rstrip("，,。；; ")):  # 我们是位于宁波的一家石化企业，…: the company, no
        clauses = clauses[1:]  # problem (the heading was the background, cut mid-word, rt106)
    first = re.split(r"(?<=[。！？!?；;])|(?<=\.)\s", "".join(clauses), maxsplit=1)[0].strip().rstrip("。！？!?；;.，, ")
    most = HEADING_CHARS if re.search(r"[\u4e00-\u9fff]", first) else 3 * HEADING_CHARS  # (English: by its words)
    if len(first) <= most:
        return first
    cut = first[:most - 1]
    return (cut if re.search(r"[\u4e00-\u9fff]", first) else cut.rsplit(" ", 1)[0]).rstrip("，,、 ") + "…"


def problem_heading(problems: Sequence[str] = ()) -> Callable[[int], str]:
    """The heading over the n-th problem's experts: its number and its words (【第2个问题：焊缝有气孔】; the number alone
    did not say which problem it was)."""
    shared = shared_context(problems)

    def heading(n: int) -> str:
        words = problem_words(problems[n - 1][shared:] or problems[n - 1]) if n <= len(problems) else ""
        return f"【第{n}个问题：{words}】" if words else f"【第{n}个问题】"
    return heading


def shared_context(problems: Sequence[str]) -> int:
    """How much every problem of a message opens with alike (the company's background each is matched with, up to a
    clause's end): no heading's words — both headings of a coal-chemicals message were 企业管理方面我们正在上ERP (rt107)."""
    if len(problems) < 2:
        return 0
    same = len(os.path.commonprefix(list(problems)))
    return max((m.end() for m in re.finditer(r"[，,。！？!?；;：:]", problems[0][:same])), default=0)


def listed(experts: list[ExpertMatch], describe: Callable[[ExpertMatch, int], str] = describe_expert,
           heading: Callable[[int], str] = problem_heading()) -> str:
    """The experts' paragraphs, numbered in order; under a heading per problem when they were found for several
    problems of one message (一是…二是…: ExpertMatch.problem), so that each problem's experts read apart."""
    several = len({e.problem for e in experts}) > 1
    out: list[str] = []
    for i, expert in enumerate(experts, 1):
        if several and expert.problem is not None and (i == 1 or experts[i - 2].problem != expert.problem):
            out.append(heading(expert.problem + 1))
        out.append(describe(expert, i))
    return "\n\n".join(out)


#: the reason a card gives for an expert the message names (retrieval/presentation.py)
NAMED_REASON = "问题中点名了这位专家"


def compose_answer(question: str, experts: list[ExpertMatch], related: bool = True, named: bool = False,
                   problems: Sequence[str] = ()) -> str:
    """The full answer to `question` from the matched experts' facts; `related` False (no shown expert's profile
    holds a word of the question, MatchResult.related) or only weak matches: they are given for reference only —
    unless the question `named` an expert, who is shown for that, whatever the strength. `problems`: the message's
    separate problems (MatchResult.problems), named over their experts."""
    if not experts:
        return NO_MATCH
    if named and all(e.reasons and e.reasons[0] == NAMED_REASON for e in experts):  # 请介绍一下李德仁院士, 写一条介绍
        # 他的推文: his record, not "针对您提出的问题…推荐" (no problem was put, rt95)
        return "以下是知识图谱中" + "、".join(dict.fromkeys(e.name for e in experts)) + "的记录：\n\n" + listed(experts)
    if not related and not by_direction(experts):  # not presented as the answer (but a shown one whose direction the
        # reasons call related is no "none related": 姚穆's 纺织材料 under that header, rt72)
        intro = f"在知识图谱中没有找到与该问题直接相关的专家；以下{len(experts)}位相关度较低，仅供参考：\n\n"
    elif not related or not named and (all_weak(experts) or vague_fit(experts)):  # weak:
        # no verdict
        intro = f"以下{len(experts)}位专家与您的问题的匹配程度不确定，仅供参考：\n\n"
    else:
        weak = weak_positions(experts)  # the header says what the cards' reasons say (rt76: "推荐以下3位专家" over two
        # shown as 关联较弱)
        aside = f"（其中第{'、'.join(PLACE_WORDS[i - 1] for i in weak)}位与问题的关联较弱，仅供参考）" if weak else ""
        intro = f"针对您提出的问题，根据专家知识图谱，推荐以下{len(experts)}位专家{aside}：\n\n"
    return intro + listed(experts, heading=problem_heading(problems))


#: the places a header marks, in words (第二、三位: as the guard reads a group of places; none beyond the sixth)
PLACE_WORDS = "一二三四五六"


def all_weak(experts: list[ExpertMatch]) -> bool:
    """Whether every shown card is a weak (低) match and none of their reasons says a direction of theirs is related
    to the problem (王正敏's 国产人工耳蜗 for a cochlear-implant problem in English, which the strength read across
    scripts as 低, came under "the match is uncertain", rt103)."""
    return all(e.strength_label == "低" for e in experts) and not any(
        r.startswith("研究方向「") and r.endswith(("与问题有关", "与问题直接相关")) for e in experts for r in e.reasons)


def vague_fit(experts: list[ExpertMatch]) -> bool:
    """Whether no shown card gives a reason beyond nearness found by the search or pieces of the problem's words (电商
    或者市场营销: a chip, a gun and a satellite designer on 市场 and their nearest directions, under "推荐以下3位专家",
    rt90): not presented as the answer."""
    return all(vague_reasons(e.reasons) for e in experts)


def weak_positions(experts: list[ExpertMatch]) -> list[int]:
    """The places (from 1) of the shown experts whose reasons call them weakly related, when some others are not."""
    weak = [i for i, e in enumerate(experts, 1) if any(r.startswith(WEAK_STARTS) for r in e.reasons)]
    return weak if len(weak) < len(experts) and max(weak, default=0) <= len(PLACE_WORDS) else []


def by_direction(experts: list[ExpertMatch]) -> bool:
    """Whether a reason of a shown expert names a research direction as related to the problem."""
    return any(r.startswith("研究方向「") for e in experts for r in e.reasons)


#: a count question's experts are all shown when there are this many or fewer
COUNT_LISTED = 5
#: a count asked for in full (把13位全部列出来) is listed whole up to this many; beyond it, MAX_REQUESTED at a time
LIST_ALL = 20
_CONDITION = {"institution": "{}的", "place": "在{}的", "award": "获得过{}的"}


_ACADEMY_ONLY = re.compile(r"中国科学院|中国工程院|中科院")


def _census_words(census: Census) -> tuple[str, str]:
    """The conditions and the noun a count is said in: (方向或学科名称里有“焊接”的清华大学的, 院士)."""
    asked = census.question
    seats = [r.text for r in asked.requirements if r.kind == "academy"]
    kinds: dict[str, list[str]] = {}
    for r in asked.requirements:
        if r.kind == "elected" or r.kind == "award" and r.years is not None:  # 1980年当选的, 2011年获得过…的
            kinds.setdefault(f"{r.kind}:{r.text}:{r.years}", []).append(
                f"{r.text}当选" if r.kind == "elected" else describe_requirement(r))
        elif r.kind in _CONDITION:  # (中国科学院 as an institution: its units, not its seat — the guard reads it back)
            kinds.setdefault(r.kind, []).append(r.text + "下属单位" if r.kind == "institution" and
                                                _ACADEMY_ONLY.fullmatch(r.text) else r.text)
    said = ["".join((f"姓{asked.surname}的" * bool(asked.surname), f"方向或学科名称里有“{asked.term}”的" * bool(asked.term)))]
    for kind, texts in sorted(kinds.items(), key=lambda k: k[0] == "place"):  # (a place last: 在上海的2000年以前当选的
        # read back with 在上海 as a topic word, and the count dropped, rt79)
        condition = ("同时获得过{}的" if kind == "award" and asked.all_of else _CONDITION.get(kind, "{}的")).format(
            ("和" if kind == "award" and asked.all_of else "或").join(texts))
        # a place after another condition, set apart (获得过…的、在北京的: read back as both, not as the award alone)
        said.append(("、" if kind == "place" and any(said) else "") + condition)
    conditions = "".join(said)
    return conditions, "或".join(seats) if seats else "专家"


def only_holds(census: Census, experts: list[ExpertMatch]) -> bool:
    """Whether the one an only-question names is the only expert counted (one counted, and it is the one shown by
    that name); without a name (谁是唯一一位…？), whether exactly one is counted."""
    asked = census.question
    return census.total == 1 and (not asked.guess or [e.name for e in experts[:1]] == list(asked.guess))


def describe_side_count(census: Census) -> str:
    """A count a problem message claims beside its problem (…，知识图谱里有10位焊接方面的院士吧？), checked: whether it
    is so, and the graph's count in words that read back as the same count question (the guard counts again; the
    number claimed is not repeated: the guard would read it as the answer's)."""
    conditions, who = _census_words(census)
    verdict = "相符" if census.question.holds(census.total) else "不符"
    return f"您提到的人数与知识图谱的记录{verdict}：知识图谱中，{conditions}{who}共{census.total}位。"


def describe_census(census: Census, experts: list[ExpertMatch], not_holders: frozenset[str] = frozenset(),
                    stated_first: bool = False, layout: Callable[[list[ExpertMatch]], str] | None = None,
                    stated_total: int = 0) -> str:
    """The answer to a count question: how many experts the graph holds that meet it, in words that say how they were
    counted (a Direction or Field whose name holds the word) and that read back as the same count question (the guard
    counts again), then the experts shown (laid out by `layout`: a table asked for); 是的/不是 first when the question
    said a number to confirm."""
    asked = census.question
    conditions, who = _census_words(census)
    verdict = "" if asked.said is None else "是的。" if asked.holds(census.total) else "不是。"
    if asked.only:  # 吴良镛是清华大学唯一获得…的院士吗？: yes only when he is the one counted
        verdict = ("" if asked.term else "是的。") if only_holds(census, experts) else "不是。" if census.total else ""  # (a topic counts
        # directions by name: one counted is no proof that no one else works on it)
    if asked.guess and census.total and len(experts) >= census.total and not asked.only:  # 2009年获得…的是袁隆平吧？: whether those named
        # are those counted; 不是 only of those the records show did not win it that year (`not_holders`: a name the
        # graph lacks, or one holding the award undated, may be a winner the records do not date)
        shown = {e.name for e in experts}
        verdict = "是的。" if set(asked.guess) <= shown else "不是。" if set(asked.guess) - shown <= not_holders else ""
    if asked.unrecorded:  # 北京大学有几位女院士？ …女院士中谁获奖最多？: counted without it, and said so
        verdict += f"知识图谱的结构化记录中没有专家的{'、'.join(asked.unrecorded)}这一项，无法按它统计；" + \
            ("下面只列出其中简介写明与您的要求相符的专家；" if stated_first else "")
    if asked.superlative:
        return verdict + _superlative_said(census, conditions + who, experts)
    if not conditions and who == "专家":
        return f"{verdict}知识图谱目前共收录{census.total}位专家。请描述您遇到的技术问题，我会从中为您推荐合适的专家。"
    parent = ""
    if asked.parent is not None and census.parent_total is not None:  # …？其中有多少位…？: the first count, then this
        parent = "".join(_census_words(Census(asked.parent, census.parent_total)))
        verdict += f"知识图谱中，{parent}共{census.parent_total}位。"
    if not census.total:
        head = f"{verdict}知识图谱中没有记录{conditions}{who}。"
        lead = "" if not experts else f"以下列出{parent}中的{len(experts)}位：" if parent else \
            f"以下是与该问题最接近的{len(experts)}位专家，仅供参考："
    else:
        head = f"{verdict}知识图谱中，{conditions}{who}共{census.total}位。"  # (其中, before it: no count the guard reads)
        lead = f"简介写明相符的专家共{stated_total}位，以下列出其中{len(experts)}位：" if stated_first and \
            stated_total > len(experts) else "简介写明相符的专家是：" if stated_first else \
            ("这位专家是：" if len(experts) == 1 else "他们是：") if len(experts) >= census.total else \
            f"其中与“{asked.term}”最相关的{len(experts)}位：" if asked.term else f"以下列出其中{len(experts)}位（按获奖记录多少）："
    cards = layout(experts) if layout else "\n\n".join(describe_expert(e, i) for i, e in enumerate(experts, 1))
    if census.undated:  # 1990年代获得过…一等奖的: those holding it with no year recorded are not counted, and said so (a
        head += UNDATED_NOTE  # plain 0 was said, the holders' records undated, rt151)
    unanswered = f"\n\n您的另一问“{asked.unanswered}”无法从图谱记录中这样统计，这里只回答了第一问。" if asked.unanswered else ""
    # (其中有几位是两院院士？ where the first count was of another seat)
    return head + (lead + "\n\n" + cards if experts else "") + unanswered + (
        "\n\n" + TERM_COUNTED if asked.term and census.total <= len(experts) else "")


UNDATED_NOTE = "另有符合其余条件、获得过该奖但记录中没有获奖年份的专家，未计入。"
UNDATED_NOTE_EN = " Others who meet the rest hold the award with no year recorded; they are not counted."


def ranks_shown(census: Census, experts: list[ExpertMatch]) -> list[tuple[list[str], int, int]]:
    """The values a superlative asks, from the extreme, as said: the names of those shown at each value, how many hold
    it, and the value — up to the first value none of whose experts is shown."""
    by_id, said = {e.id: e.name for e in experts}, []
    for value, ids in census.asked_ranks():
        names = [by_id[i] for i in ids if i in by_id]
        if not names:
            break
        said.append((names, len(ids), value))
    return said


def _superlative_said(census: Census, counted: str, experts: list[ExpertMatch]) -> str:
    """Who of those counted has the most awards, or was elected (won the award asked) first or last, by the records —
    and the next ones where the question asks them (前三位, 第二多) — and their cards, in words the guard reads back
    as the superlative of that count (census_claims.SUPERLATIVE_SAID); 是的/不是 first for a name guessed
    (…是吴良镛吧？) when every one at the extreme is shown."""
    asked = census.question
    shown = {e.name for e in experts}
    verdict = "" if not asked.guess or not census.top else "是的。" if set(asked.guess) <= shown else \
        "不是。" if len(census.top) <= len(experts) else ""
    what, unit = SUPERLATIVE_WORDS[asked.superlative]
    said = ["、".join(names) + (f"等{held}位" if held > len(names) else "") +
            f"，{'各' if held > 1 and unit == '项' else ''}{value}{unit}" for names, held, value in ranks_shown(census, experts)]
    unranked = census.total - census.ranked_total
    if not census.total:
        head = f"知识图谱中没有记录{counted}。"
    elif not said:
        head = f"知识图谱中，{counted}共{census.total}位，都没有记录{'获得' if asked.superlative.startswith('award_') else '当选'}" \
               "年份，无法比较先后。"
    else:
        head = (f"知识图谱中，{counted}共{census.total}位，其中{what}的是{said[0]}" +
                (f"；其次依次是：{'；'.join(said[1:])}" if len(said) > 1 else "") +
                ("（院士当选不计）" if asked.superlative == "awards" else
                 "（每个等级、每个记录的获奖年份各计一项）" if asked.superlative == "award_count" else
                 f"（没有记录年份的{unranked}位未计入）" if unranked else "") + "。")
    cards = "\n\n".join(describe_expert(e, i) for i, e in enumerate(experts, 1))
    return verdict + head + ("\n\n" + cards if experts else "")


def describe_written(census: Census, experts: list[ExpertMatch]) -> str:
    """A count of an award no structured record holds (获得过诺贝尔奖的院士有哪些？), where some biographies name it: said
    so, and those experts with the sentences that name it (it said none, though 杨振宁's biography gives the year)."""
    _, who = _census_words(census)
    cards = "\n\n".join(describe_expert(e, i) for i, e in enumerate(experts, 1))
    quotes = "".join("\n\n" + biography.describe(e, ()) for e in experts if biography.quotes(e))
    return (f"知识图谱的获奖记录中没有符合您所问获奖条件的{who}；以下{len(experts)}位专家的简介中写到了您问到的奖项，"
            "请以简介原文为准：\n\n" + cards + quotes)  # (the award unnamed: no record holds it for the guard to check)


def census_rest(census: Census, experts: list[ExpertMatch], every: bool = False) -> str:
    """More of those a count counted (还有吗？ 把13位全部列出来 after a count that showed some): said as of that count,
    not as weak matches to a problem; `every`: the list holds all it counted that may be shown at once."""
    conditions, who = _census_words(census)
    lead = (f"知识图谱中，{conditions}{who}共{census.total}位，" +
            ("全部列出如下：" if every and len(experts) >= census.total else f"以下再列出其中{len(experts)}位："))
    return lead + "\n\n" + "\n\n".join(describe_expert(e, i) for i, e in enumerate(experts, 1))


def counts_hold(counts: list[Census]) -> bool | None:
    """Whether the numbers said of counts asked apart, or the order said of two (比…多/少), are the graph's; None when
    the question says neither."""
    asked, totals = (counts[0].question if counts else None), [c.total for c in counts]
    if asked is not None and len(asked.said_each) == len(counts):
        return list(asked.said_each) == totals
    if asked is not None and asked.more_said in ("多", "少") and len(counts) == 2:
        return totals[0] > totals[1] if asked.more_said == "多" else totals[0] < totals[1]
    return None


def counted_in_both(counts: list[Census]) -> int:
    """How many experts two counts asked apart both count (两院院士 of the two academies); 0 for other than two."""
    return len(set(counts[0].ids) & set(counts[1].ids)) if len(counts) == 2 else 0


def describe_counts(counts: list[Census]) -> str:
    """Each alternative of a count asked apart (中国科学院院士和中国工程院院士各有多少位？), one sentence each, and how many
    are counted in more than one (两院院士 in both); 是的/不是 first for the numbers or the order said of them (清华大学有73位
    院士，北京大学有54位，对吧？ 清华的院士比北大少吧？), and which of two holds more."""
    asked, totals, held = counts[0].question if counts else None, [c.total for c in counts], counts_hold(counts)
    verdict = "" if held is None or (held and asked.gap) else "是的。" if held else "不是。"  # (比…多多少？ asks the
    # difference: no 是的 before it, but 不是 when the order said is wrong)
    said = "".join("知识图谱中，{}{}共{}位。".format(*_census_words(c), c.total) for c in counts)
    said += f"其中有{shared}位同时在以上各项中，分别计入。" if (shared := counted_in_both(counts)) else ""
    if asked is not None and asked.summed:  # 两者加起来是多少？: the sum of the numbers (an expert in both counted twice)
        said += f"以上{len(counts)}个数相加为{sum(totals)}" + (f"（其中{shared}位同时计入，相加时重复计算）。" if shared else "。")
    if asked is not None and asked.more_said and len(counts) == 2:  # (前者/后者: a name outside a count's sentence
        # would be read as a claim about the experts listed, and none are)
        said += "两者一样多。" if totals[0] == totals[1] else \
            f"两者中{'前者' if totals[0] > totals[1] else '后者'}更多" + \
            (f"，多{abs(totals[0] - totals[1])}位。" if asked.gap else "。")
    return verdict + said


def census_sentence(census: Census) -> str:
    """One count of the graph as the answers say it (知识图谱中，获得过国家最高科学技术奖的专家共10位。), which the guard reads
    back."""
    return "知识图谱中，{}{}共{}位。".format(*_census_words(census), census.total)


def census_listed(census: Census) -> str:
    """All the experts a count counted have been shown (只有这三位吗？ 还有吗？ after them)."""
    conditions, who = _census_words(census)
    return f"知识图谱中，{conditions}{who}共{census.total}位，以上已全部列出。" + (TERM_COUNTED if census.question.term else "")


# a topic's count is of the names of directions and fields: experts whose biography alone writes the word are not in
# it (超导材料方面有哪些院士？ 还有吗？ was "以上已全部列出" of two, and 周廉, whose biography names it, left out, rt81)
TERM_COUNTED = "这是按研究方向和学科名称统计的；简介中写到这个词、方向名称里没有的专家不在其中，描述具体的技术问题可以按内容为您匹配。"


#: how deep a named expert is looked for among the experts who fit the problem they are asked about
FIT_DEPTH = 10


def describe_fit(asked: list[tuple[ExpertMatch, int | None]], others: list[ExpertMatch]) -> str:
    """Whether the experts a question names fit the problem it states (钟南山能帮我们解决注塑件翘曲吗？): where each
    ranks for it (None: not among the first FIT_DEPTH), their records, and the experts who fit it best besides them."""
    verdicts = []
    for expert, rank in asked:
        if rank == 1:
            verdicts.append(f"在知识图谱中与该问题匹配的专家里，{expert.name}排在第一位。")
        elif rank is not None:
            verdicts.append(f"在知识图谱中与该问题匹配的专家里，{expert.name}排在第{rank}位。")
        else:  # not among the first FIT_DEPTH
            verdicts.append(f"按知识图谱的记录，{expert.name}与该问题的匹配度不高。")
    text = "".join(verdicts) + "\n\n" + "\n\n".join(describe_expert(e) for e, _ in asked)
    if others:
        lead = "与该问题更匹配的专家：" if all(rank is None for _, rank in asked) else "与该问题匹配的其他专家："
        text += "\n\n" + lead + "\n\n" + "\n\n".join(describe_expert(e, i) for i, e in enumerate(others, 1))
    return text


_BODILY = "国籍、政治面貌、宗教信仰与身体情况"


def describe_unheld(kinds: tuple[str, ...], expert: ExpertMatch | None = None) -> str:
    """Says that the graph does not hold what was asked (contact details, papers, …), for one expert or for all."""
    who = f"{expert.name}的" if expert is not None else "专家的"
    apart = [k for k in kinds if k == _BODILY] if len(kinds) > 1 else []  # (…收入与待遇、国籍… read as a claim of
    # nationality: the guard drops it; said in a sentence of its own, as when asked alone — 工资多少？身体怎么样？, rt81)
    text = "".join(f"专家知识图谱中没有{who}{k}信息。" for k in apart) + (
        f"专家知识图谱中没有{who}{'、'.join(k for k in kinds if k not in apart)}信息，无法提供；图谱只记录专家的单位、职称、学科、研究方向和获奖。")
    if expert is not None and expert.institution and "联系方式" in kinds:
        text += f"如需联系{expert.name}，可通过{expert.institution}的公开渠道。"
    return text


# the facts of a record a JSON object or a table can hold: (key, Chinese heading, English heading, words that ask for it)
RECORD_FIELDS = (("name", "姓名", "Name", r"姓名|名字|\bnames?\b"),
                 ("institution", "单位", "Institution",
                  r"单位|机构|\b(?:institutions?|affiliations?|organi[sz]ations?|employers?)\b"),
                 ("title", "职称", "Title", r"职称|头衔|职务|\btitles?\b"),
                 ("fields", "学科", "Fields", r"学科|领域|\b(?:fields?|disciplines?)\b"),
                 ("directions", "研究方向", "Research directions", r"研究方向|方向|\b(?:directions?|research|expertise)\b"),
                 ("awards", "获奖与当选", "Awards",
                  r"获奖|奖项|成就|荣誉|当选(?!年|时间)|\b(?:awards?|honou?rs?|achievements?|prizes?)\b"),
                 # asked by name only (用表格列出姓名、单位和当选年份: the column was dropped, rt42)
                 ("elected", "当选年份", "Election year", r"当选年|当选时间|\belect(?:ed|ion)[_\s-]?years?\b|\byears?[_\s-]?(?:of[_\s-]?)?elect(?:ed|ion)\b"),
                 ("place", "所在地", "Location", r"所在地|所在城市|所在省|城市|省份|\b(?:locations?|city|cities|province)\b"))
#: the fields a table or JSON gives unless the question names some ("elected" and "place" only when named)
DEFAULT_FIELDS = ("name", "institution", "title", "fields", "directions", "awards")
#: the words that ask for a fact of the record besides the name (只要姓名和单位, "with name and title")
FACT_WORDS = "|".join(words for key, _, _, words in RECORD_FIELDS if key != "name")

# 他们一共获得过多少项奖？ 平均每人几项奖？ 第一位获得过几项奖？ "How many awards do they have in total?": a count of
# the award and academy records
AWARD_TALLY = re.compile(r"(?:多少|几)\s*(?:项|个|次)\s*(?:奖|荣誉)|获奖(?:与当选)?的?(?:总数|数量|数目|次数|个数)|"
                         r"(?:一共|总共|合计|加起来|总计|平均)[^，。？?]{0,8}?(?:奖|荣誉)|"
                         r"(?i:\bhow\s+many\s+(?:awards|prizes|honou?rs)\b|\b(?:total|average)\s+(?:number\s+of\s+)?"
                         r"(?:awards|prizes|honou?rs)\b)")


# what a question asks besides yes or no (什么, 哪, 几, 多少, 谁, "what", "which")
_WH = re.compile(r"什么|哪|几|多少|谁|平均|(?<![吗吧么])呢\s*[？?]?\s*$|\b(?:what|which|when|how|who|whom|average)\b",
                 re.IGNORECASE)  # (他们当选院士的平均年份呢？ asks what: 都是。是。 was said, rt95)


def _asks_yes_no(question: str) -> bool:
    """Whether a question about an expert asks yes or no (他获得过光华奖吗？ 是不是1991年当选的？), not what or which."""
    return bool(biography.asks_yes_no(question)) or not _WH.search(question)


# a number a yes-or-no question puts as a premise (获得过5次国家科技进步奖吧？ 他有八个研究方向对吧): checked, not echoed
_SAID_COUNT = re.compile(r"(?<![\d年最近后上第首头这那每同])(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:次|项|个(?![人里中都之当])|种|条)(?!月)")
# (最近一次, 第一次, 上一次: which one, not how many; 同一个项目: the same one — 不是 was said of three winners, rt136)


_SAID_COUNT_EN = re.compile(rf"\b(\d{{1,3}}|{'|'.join(NUMBER_WORDS)})\s+(?:(?:different|research|national|major|"
                            r"separate)\s+)*(?:directions?|awards?|prizes?|honou?rs?|fields?|times)\b|\b(once|twice)\b|"
                            # "3 first-class National S&T Progress Awards" (rt84: "Yes." was said of one)
                            rf"\b(\d{{1,3}}|{'|'.join(NUMBER_WORDS)})\s+(?:(?!years?\b|after\b|before\b|since\b|ago\b|when\b)"
                            r"[\w&.'-]+\s+){1,6}?(?:awards?|prizes?)\b|"
                            # "How many special-class … did she win? 3, right?" (Yes was said of 2, rt85)
                            rf"(?:\?|^)\s*(\d{{1,3}}|{'|'.join(NUMBER_WORDS)})\s*,?\s*(?:right|correct|is\s+that\s+right)\s*\?*\s*$",
                            re.IGNORECASE)


def said_count(question: str) -> int | None:
    """The number a yes-or-no question says of one expert's record (5 of 获得过5次…吧？ "Does he have 6 research
    directions?"), None when it says none."""
    if not _asks_yes_no(question):
        return None
    if m := _SAID_COUNT.search(question):
        return int(m.group(1)) if m.group(1).isdigit() else chinese_number(m.group(1))
    if m := _SAID_COUNT_EN.search(question):
        said = (m.group(1) or m.group(2) or m.group(3) or m.group(4)).lower()
        return int(said) if said.isdigit() else {"once": 1, "twice": 2}.get(said) or int(NUMBER_WORDS[said])
    return None


# a number of awards said (一共五项国家级奖励，对吧？ "four national awards in total"), seats not among them: the
# elections were counted as awards, and 是的 said of 4 awards and a seat (rt147)
_AWARDS_NOT_SEATS = re.compile(r"(?:项|个|次)[^，,。？?]{0,6}?(?:奖励|奖项|大奖|科技奖|奖(?!章))|(?:奖励|奖项)[^，,。？?]{0,6}?(?:\d|[一二两三四五六七八九十])"
                               r"|(?i:\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:\w+\s+){0,3}?"
                               r"(?:awards?|prizes?)\b)")
_HONOURS_SAID = re.compile(r"荣誉|头衔|称号|当选|院士|(?i:honou?rs?|titles?|elect\w*|academ\w*|membership)")
_NATIONAL_LEVEL = re.compile(r"国家级|国家的|全国性|(?i:\bnational\b|\bstate\b)")
# a kind of award said, which no seat is (国家级奖励, 科技奖励, "national S&T awards"): a bare 奖 is answered with the
# records of awards and elections together, as the answer says
_AWARD_KIND = re.compile(_NATIONAL_LEVEL.pattern + r"|科技奖|科学技术奖|(?i:S&T|science\s+and\s+technology)")


def _awards_alone(question: str) -> bool:
    """Whether a number of awards said asks for awards alone, no academy seat: a kind of award said (国家级科技奖励加起来
    四项？), no seat or honour (一共5项荣誉: the seats are honours too; 他获得过5项奖吧？: the records of awards and
    elections together, as the answer says)."""
    return bool(_AWARDS_NOT_SEATS.search(question) and _AWARD_KIND.search(question) and not _HONOURS_SAID.search(question))


def _awards_only(expert: ExpertMatch, question: str) -> list[str]:
    """The award records a count asks about: all of them, or, where it asks for awards alone (`_awards_alone`), those
    that are no academy seat (and national, where it says so)."""
    if not _awards_alone(question):
        return list(map(_award_text, expert.awards))
    national = bool(_NATIONAL_LEVEL.search(question))
    return [_award_text(a) for a in expert.awards if not a.name.endswith("院士") and
            (not national or a.name.startswith(("国家", "全国")))]


def _awards_counted(expert: ExpertMatch, question: str) -> str:
    """是/不是 for a number of awards said of an expert (孙家栋一共三项国家级奖励，对吧？): the award records without the
    academy seats (and, where 国家级 is said, the national ones alone); where the biography writes honours the records
    lack, the records' count without a verdict, those quoted below."""
    held = _awards_only(expert, question)
    national = bool(_NATIONAL_LEVEL.search(question))
    what = f"{expert.name}的{'国家级' if national else ''}获奖记录（当选不计入）"
    said = said_count(question)
    unit = "项" if len(held) == sum(not a.name.endswith("院士") for a in expert.awards) else ""  # (a number of the
    # national ones alone is no total the guard can count: they are listed)
    if said != len(held) and _honours_written([expert]):  # (孙家栋: 1985年获2项…特等奖 of one record: not 不是)
        number = f"共{len(held)}项" if unit else "有"
        return f"知识图谱的获奖记录中，{what}{number}：{'、'.join(held) or '无'}{_UNCOUNTED}。"
    return count_verdict(question, what, held, unit) if held else f"不是。知识图谱中没有{what}。"


def count_verdict(question: str, what: str, held: list[str], unit: str) -> str:
    """是/不是 for the number a question says of `what` (他有8个研究方向吧？ of a record listing 4), the recorded ones
    named; "" when it says no number."""
    said = said_count(question)
    if said is None:
        return ""
    if not held:
        return f"不是。知识图谱中没有{what}的记录。"
    verdict = "是的" if said == len(held) else "不是"
    if re.search(r"各\s*(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:次|项|个)", question):  # 一等奖和二等奖各1项: that many of
        kinds = Counter(re.sub(r"[（(][^）)]*[）)]$", "", h) for h in held)  # each (不是 was said of one of
        verdict = "是的" if len(kinds) >= 2 and set(kinds.values()) == {said} else "不是"  # each, rt138)
    number = f"共{len(held)}{unit}" if unit else "有"  # (no number where the guard could not count it)
    return f"{verdict}。知识图谱记录的{what}{number}：{'、'.join(held)}。"


# 几次 / 多少次 / 几回 / "how many times": how often the record holds one award
# 最近一次获奖, 最新的奖, 第一次获奖, "the most recent award": one end of an expert's dated awards
_AWARD_END = re.compile(r"(?:最近|最新|最后|最晚|上)(?:一次|一项|一个)?的?(?:获得?|拿|得|获的|得的)?的?(?:奖|奖项|荣誉)|"
                        r"(?:最早|第一次|首次|第一个|头一次)(?:获得?|拿|得)?的?(?:奖|奖项|荣誉)|"
                        r"(?i:\b(?:most\s+recent|latest|newest|earliest)\s+(?:award|prize|honou?r)s?\b|"
                        r"\b(?:first|last)\s+(?:award|honou?r)\b|"  # (not "the first prize of …": a grade)
                        r"\bawards?\b[^?.]{0,20}\b(?:most\s+recent|latest|newest|earliest)\b)")
_EARLIEST = re.compile(r"最早|第一次|首次|第一个|头一次|(?i:earliest|first)")


def asks_award_end(question: str) -> bool:
    """Whether a question asks for an expert's most recent (or first) award (他最近一次获奖是什么？)."""
    return _AWARD_END.search(question) is not None


def award_at_end(expert: ExpertMatch, question: str) -> tuple[list[AwardFact], int] | None:
    """For 他最近一次获奖是什么？ "Which of his awards is the most recent?": the dated awards and seats in the order
    asked (latest first, or earliest first), and how many records have no year; None when not asked or nothing is
    dated."""
    m = _AWARD_END.search(question)
    dated = [a for a in expert.awards if a.year]
    if m is None or not dated:
        return None
    return sorted(dated, key=lambda a: a.year, reverse=not _EARLIEST.search(m.group())), len(expert.awards) - len(dated)


def _award_end_text(expert: ExpertMatch, ordered: list[AwardFact], undated: int) -> str:
    """The dated records in the order asked, the one asked for first (the guard reads 最早的 as a comparison of
    experts, so the order itself says it)."""
    latest = len(ordered) < 2 or ordered[0].year >= ordered[-1].year
    rest = f"另有{undated}项记录没有年份，无法排进先后。" if undated else ""
    return f"按知识图谱记录的年份，{expert.name}的获奖与当选{'从晚到早' if latest else '从早到晚'}依次是：" + \
        "、".join(achievement(a) for a in ordered) + f"。{rest}"


# which academy an expert is a member of (他是哪个院的院士？ 是什么院士？ "Which academy is he a member of?")
WHICH_SEAT = re.compile(r"(?:哪个|哪一个|哪|什么)(?:院|学部)?的?院士|哪个(?:院|学部)的|哪个学部|"
                        r"\bwhich\s+academy\b|\bwhat\s+(?:kind\s+of\s+)?academician\b", re.IGNORECASE)
_TIMES_ASKED = re.compile(r"(?:几|多少)(?:次|回)|\bhow\s+many\s+times\b", re.IGNORECASE)


# 他是知识图谱里最年轻的院士吧？ 他是唯一的两院院士吧？ "Is he the youngest academician in the graph?": a claim of rank
# among all the graph's experts beside the seat or award (it said 是 of the seat alone, rt58)
_RANK_CLAIMED = re.compile(r"最年轻|年纪最[大小轻]|年龄最[大小]|岁数最[大小]|最年长|最年老|唯一|第一个(?=获|当选|拿|得)|首[位个](?=获|当选|拿|得)|"
                           r"(?:中国|我国|国内|全国|世界|全球|历史上|国际上|亚洲)上?的?(?:第一|首)[位个名]|"  # 中国第一位获得…的医生
                           r"(?<=是)第一[位个](?=获|当选|拿|得|[\u4e00-\u9fff]{1,12}的)|"  # (rt95: 是。 was said of the award held)
                           r"最早(?=获|当选|拿|得)|(?i:\b(?:youngest|oldest|eldest|sole)\b|\bthe\s+only\b|"
                           r"\bthe\s+first\s+(?:person|academician|expert|scientist|chinese|one\s+to|to)\b)")
# (not 第一位, the first one shown, nor "only a CAE member", an only-premise answered as such)


_WHO_ASKED = re.compile(r"谁|哪位|哪一位|哪个|哪些|(?i:\b(?:who|which|whom)\b)")


def rank_claimed(question: str) -> str | None:
    """The rank a question claims of an expert's seat or award (最年轻, 唯一, "youngest"), None when it claims none."""
    return m.group() if asked_awards(question) and not _WHO_ASKED.search(question) and \
        (m := _RANK_CLAIMED.search(question)) else None  # (谁是最年轻的院士？ asks who, claims nothing)


def describe_attribute(expert: ExpertMatch, attribute: str, question: str = "") -> str:
    """Answer a follow-up about one expert's institution, fields, directions, funded projects or awards. When the question names an award or
    an institution the record does not hold (他获得过诺贝尔奖吧？ 他是不是在清华大学工作？), the answer says so first,
    without repeating it (the guard lets an answer name only what the record holds)."""
    if attribute == "awards":
        if not expert.awards:
            return f"知识图谱中没有{expert.name}的获奖记录。"
        if (rank := rank_claimed(question)) is not None:  # 他是知识图谱里最年轻的院士吧？: the record, no 是
            held = asked_held(expert, question)
            return (f"知识图谱的记录无法确认您说的“{rank}”：图谱不为专家排位次"
                    f"{'，也没有年龄这一项' if '年' in rank or '岁' in rank else ''}。" +
                    (f"知识图谱记录的{expert.name}{'、'.join(map(achievement, held))}。" if held else
                     f"知识图谱记录的{expert.name}获奖中，没有您问到的那一项。"))
        if (end := award_at_end(expert, question)) is not None:  # 他最近一次获奖是什么？ (it said 不是。…共5项)
            return _award_end_text(expert, *end) + f"{expert.name}获得过：" + "、".join(map(_award_text, expert.awards)) + "。"
        if WHICH_SEAT.search(question) and (seats := [a for a in expert.awards if a.name.endswith("院士")]):
            # 他是哪个院的院士？: the seat first (it was the award list alone, rt39), then the rest of the record
            return f"知识图谱记录的{expert.name}" + "、".join(map(achievement, seats)) + "。" + \
                f"{expert.name}获得过：" + "、".join(map(_award_text, expert.awards)) + "。"
        if one_of_them(expert, question, "awards"):  # 中科院或者工程院院士吗？ 获得过A或者B吗？: 是, with the one held
            held = [a for a in expert.awards if a.name.endswith("院士")] if _EITHER_ACADEMY.search(question) else \
                asked_held(expert, question)
            return f"是。知识图谱记录的{expert.name}获得过：{'、'.join(map(_award_text, held))}。"
        lead = f"知识图谱记录的{expert.name}获奖中，没有您问到的那一项。" if awards_not_held(expert, question) else ""
        if lead and written_in_part(expert, question):  # 美国国家科学院外籍院士，也是英国皇家学会会员: one written, one
            # neither recorded nor written (it said none, rt67)
            lead = f"您问到的几项中，{expert.name}的简介写到了其中一部分（原文见下），其余的知识图谱的获奖记录和简介中都" \
                   "没有。"  # (none named: the guard reads a name as a claim of his honours, which only the quote below
            # bears out; nor counted, a figure it reads too)
        if lead and any(AWARD_CATEGORY.match(a) for a in asked_awards(question)):  # 他获得过国际奖项吗？: no record
            lead = f"知识图谱的获奖记录不区分国际、省部级等类别，{expert.name}的简介中有关的内容见下。"  # is of a kind
        if lead and (ungraded := ungraded_held(expert, question)):  # 国家科学技术进步奖 recorded, 一等奖 asked
            lead = f"知识图谱记录的{expert.name}获得过{'、'.join(dict.fromkeys(a.name for a in ungraded))}，但没有记录" \
                   "等级，无法确认是否为您问到的那一项。"
        held_asked = asked_held(expert, question) if len(asked_awards(question)) > 1 else []
        some = f"您问到的奖项中，知识图谱记录的{expert.name}获得过{'、'.join(map(_award_text, held_asked))}；" \
            if held_asked else ""  # 1985年获得A，1999年获得B，对吧？ of a record holding A: A said, B not
        if lead and some:
            lead = f"{some}另一项没有记录。"
        if lead and not asks_seat(question) and (seat := _seat_not_held(expert, question)):  # 钱七虎院士是中国科学院
            lead = seat + lead  # 院士，2018年获得…，对吧？: the seat said beside an award was never corrected (rt100)
        if not lead and awards_not_held(expert, question, biography_too=False):  # only the biography names it: no
            written = not some and written_award(expert, question)  # (林尚扬's 巴顿奖: "no such record" read as 没有)
            from generation.year_gaps import written_year  # (year_gaps reads awards the way this module does)
            dated = _ASKED_YEAR.search(question) if written and len(asked_awards(question)) == 1 else None
            year = written_year(expert, asked_awards(question)[0]) if dated else None
            verdict = "" if year is None or not _asks_yes_no(question) else \
                ("" if AWARD_FOR_WORK.search(question) else "是。") if year == int(dated.group(1)) else \
                "不是，简介写的年份与您说的不同。"  # (a reason said beside a wrong year: 不是 still, rt151) (the year the
            # biography writes of it decides: 林尚扬1995年获得巴顿奖，对吧？ let an invented year stand, rt84)
            if verdict in ("", "是。") and _NATIONAL_ASKED.search(question) and _asks_yes_no(question) and (
                    regional := regional_written(biography.quotes(expert) or (), award_forms(asked_awards(question)[0]))):
                # 2002年拿过最高科技奖，是国家级的那个吧？ of 湖北省2002年度最高科技奖 (是, rt112); 2013年拿的那个自然科学一等奖
                # of 2013年湖南省自然科学一等奖, its year one of several in the sentence (no verdict, rt116)
                verdict = f"不是国家级的：简介原文（见下）在这一奖项前写的是“{_YEAR_SAID.sub('', regional)}”。"  # (its
                # year left to the quote: a year beside the verdict is read as a record's, and dropped)
            elif verdict in ("", "是。") and _NATIONAL_ASKED.search(question) and _asks_yes_no(question) and \
                    (own := _REGIONAL_NAME.match(asked_awards(question)[0])):  # 得过湖北省科技进步奖一等奖，这个是国家级的
                verdict = f"不是国家级的：您问到的这一奖项名称写的是“{own.group()}”。"  # 奖项吧？ (no 不是, rt116)
            if verdict == "是。" and (partner := claimed_partner(question, expert.name)) is not None and \
                    partner not in "".join(biography.quotes(expert) or ()):  # 杨振宁和丁肇中一起获得了1957年诺贝尔
                verdict = "年份与简介相符，但简介的原文（见下）中没有您提到的另一位。"  # 物理学奖: 是 of the year, the partner being 李政道 (rt100)
            if verdict == "是。" and (first := _FIRST_CLAIMED.search(question)) is not None and \
                    first.group() not in "".join(biography.quotes(expert) or ()):  # 李方华是不是2003年获得欧莱雅奖的第一位
                verdict = f"年份与简介相符，但简介的原文（见下）中没有写“{first.group()}”。"  # 中国科学家？: 是 of the year (rt144)
            return verdict + (f"{some}另一项知识图谱的获奖记录中没有" if some else "知识图谱的获奖记录中没有这一项") + \
                (f"，但{expert.name}的简介写到了它，原文见下。" if written else f"，{expert.name}的简介中有关的内容见下。") + \
                f"{expert.name}获得过：" + "、".join(map(_award_text, expert.awards)) + "。"  # 是 of our own
        negated = bool(_NEGATED.search(question)) and not ASKS_WRONG.search(question)  # 他不是院士吧？: no 是/不是,
        # the record says it (有没有问题？ asks whether the statement is wrong: its year is checked below)
        seats = [a.name for a in expert.awards if a.name.endswith("院士")] if lead and asks_seat(question) and \
            not foreign_seat_only(question) and not other_academy_asked(question) else []  # (美国科学院外籍院士 asked:
        # no 不是 of his CAE seat, rt66; nor beside 第三世界科学院院士, rt131)
        if seats:  # 是中国科学院院士吗？ of a 中国工程院院士: 不是, and the seat the record holds
            lead = f"{'' if negated or not _asks_yes_no(question) else '不是。'}知识图谱记录的{expert.name}是" \
                f"{'、'.join(seats)}。"  # (谁是中科院院士，谁是工程院院士？: which, no 不是, rt66)
        if asks_when(question) and not lead and (when := when_held(expert, question)) is not None:
            lead = (f"知识图谱记录的{expert.name}{'、'.join(map(achievement, when))}。" if when  # 他是哪一年当选院士的？
                    else f"知识图谱的获奖记录中没有这一项的年份，{expert.name}的简介中有关的内容见下。"
                    if any(biography.YEAR.search(q) for q in biography.quotes(expert) or ())  # (1994年选聘为…院士)
                    else f"知识图谱中没有{expert.name}这一项的年份记录。")
        if negated and not lead and (held := asked_held(expert, question)):  # 他不是院士吧？ of a member: he is
            verb = "是" if asks_seat(question) else "获得过"
            lead = f"知识图谱记录的{expert.name}{verb}{'、'.join(a.name for a in held)}。"
        yes_no = _asks_yes_no(question)  # 王震西1988年获得的是什么奖？ 他几岁当选院士的？: no 是。 before the record
        named = asked_awards(question)  # 获得过5次国家科技进步奖吧？: the number checked against the record (a total
        # as 共N项, which the guard counts; those of one award by name, unnumbered)
        matching = list(map(_award_text, asked_held(expert, question) if named else expert.awards))
        held_names = {a.name for a in asked_held(expert, question)} if named else set()
        times = sum(a.name in held_names for a in expert.awards)  # 两次吧？ of one record: how many the record holds,
        tally = f"{'只有' if (said_count(question) or 0) > times else '有'}{next(iter(held_names))}{times}项" \
            if len(held_names) == 1 and said_count(question) not in (None, times) and not bio_counts(expert, question) \
            else ""  # beside the award (the guard holds a count written right after its award); not where the
        # biography writes a count of it (国家科技进步二等奖6项 of one record: the biography's, quoted, rt44)
        counted = (f"知识图谱的获奖记录中，{expert.name}{tally}；" if tally else
                   f"知识图谱的获奖记录中，{expert.name}与您问到的奖项相符的有：{'、'.join(matching)}；") + \
            f"{expert.name}的简介中有关的内容见下。" if named and said_count(question) is not None and \
            written_award(expert, question, counted=True) else _awards_counted(expert, question) if not named and \
            said_count(question) is not None and _awards_alone(question) \
            else count_verdict(  # (获得过两项
                question, f"{expert.name}与您问到的奖项相符的获奖" if named else f"{expert.name}的获奖与当选记录", matching,
                "" if named else "项")  # …吧？ the biography counts)
        if counted.startswith("不是") and named:  # 两次吧，一次2005年一次2012年？: the number before the year
            lead = lead or counted
        if named and (asked_n := said_count(question)) is not None and (written_n := written_count(expert, question)) \
                is not None and not lead:  # 李卫获得过3项国家科技进步一等奖，对吧？ of 国家科技进步一等奖1项: the biography's
            # count decides (the award held was said to match, the number let stand, rt84)
            lead = f"{'是' if written_n == asked_n else '不是'}。{expert.name}的简介原文写的次数与您说的" \
                f"{'相同' if written_n == asked_n else '不同'}（原文见下）。"
            if written_n == asked_n and (unsaid := _count_beside_unwritten(expert, question)):  # 王永志2001年获得两项…一等奖，
                lead = f"{expert.name}的简介原文写的次数与您说的相同，但没有写{unsaid}（原文见下），无法确认。"  # 对吧？: 是 of
                # the count, the year (or the work) let stand (rt146)
        if counted and not named and not lead:  # 他获得过8项奖吧？: the verdict lists them all
            return counted
        if named and not lead and not counted and _TIMES_ASKED.search(question) and \
                len(won := {a.name for a in asked_held(expert, question)}) == 1:  # 他获得过几次国家自然科学奖二等奖？
            times = sum(a.name in won for a in expert.awards)  # (each year it was won in is one record: 冯端, three)
            lead = f"知识图谱的获奖记录中，{expert.name}有{next(iter(won))}{times}项；简介中写的次数见下面的原文。" \
                if bio_counts(expert, question) else f"按知识图谱的记录，{expert.name}{times}次获得{next(iter(won))}。"
        if yes_no and not lead and (more := beyond_asked(expert, question)):  # 只是中科院院士吧？ of both academies
            verb = "是" if all(a.name.endswith("院士") for a in more) else "获得过"
            lead = f"不是。知识图谱记录的{expert.name}还{verb}{'、'.join(map(_award_text, more))}。"
        elif yes_no and not lead and more == [] and asks_only_except(question) and biography.quotes(expert):
            # 林尚扬除了院士之外没有获得过任何奖，对吧？ of a record holding the seat alone, whose biography names more
            lead = f"知识图谱的获奖记录中，{expert.name}只有{'、'.join(map(_award_text, expert.awards))}；" \
                   f"{expert.name}的简介中有关的内容见下。"
        if yes_no and not lead and asked_awards(question) and AWARD_FOR_WORK.search(question) and \
                not awards_not_held(expert, question):  # 林元培设计的卢浦大桥获得了国家科技进步一等奖，对吧？: he holds
            # it, but the records tie no award to a work (是 was said, and his biography gives it to other bridges, rt91)
            lead = _year_beside_reason(expert, question) or \
                f"知识图谱记录了{expert.name}获得过您问到的奖项，但获奖记录不写获奖的项目或原因，无法确认您说的对应关系。"
        lead = lead or (_year_verdict(expert, question) if yes_no else "") or counted or (
            "是。" if yes_no and asked_awards(question) and not negated and not asks_when(question) and
            not YEARS_RELATED.search(question) else "")  # (一等奖比特等奖早吧？ of three: holding them is no order, rt92)
        if lead == "是。" and (first := _FIRST_CLAIMED.search(question)) is not None:  # 金怡濂是首届国家最高科学技术奖得主吧？:
            lead = f"知识图谱记录了{expert.name}获得过您问到的奖项（年份见下），但不记录是否为“{first.group()}”。"  # 是 (rt146)
        if asks_when(question) and not any(a.year for a in expert.awards):  # 他是哪年当选的？ with no year recorded
            lead += f"知识图谱的获奖与当选记录中没有{expert.name}的年份，简介中有关的内容见下。" if biography.quotes(expert) \
                else f"知识图谱中没有{expert.name}的获奖或当选年份记录。"  # (with a biography: the list alone, rt100)
        awards = "、".join(map(_award_text, expert.awards))
        if AWARD_TALLY.search(question) and not lead:  # 他获得过几项奖？: counted (the guard counts again)
            return f"{expert.name}的获奖与当选记录共有{len(expert.awards)}项：{awards}。"
        return f"{lead}{expert.name}获得过：{awards}。"
    if attribute == "institution":
        if not expert.institution:  # 林尚扬在哪个单位？: no institution recorded, what his biography says quoted below
            return f"知识图谱的单位记录中没有{expert.name}的单位，{expert.name}的简介中有关的内容见下。" \
                if biography.quotes(expert) else f"知识图谱中没有{expert.name}的单位信息。"
        elsewhere = other_orgs(expert, question)
        written = biography.org_written(elsewhere, biography.quotes(expert) or ())
        lead = f"{expert.name}的简介写到曾在您问到的单位任职（原文见下），没有写到现在仍在那里。知识图谱的单位记录是：" if \
            written and all(_FORMER_POST.search(c) for c in written) and not _FORMER_ASKED.search(question) else \
            f"按{expert.name}的简介，是：简介写到了您问到的单位（原文见下）。知识图谱的单位记录是：" if written else \
            f"不是。知识图谱记录的{expert.name}的单位不是您问到的单位：" if elsewhere else \
            "是。" if asked_orgs(question) and not _MORE_THAN_PLACE.search(question) and _YES_NO.search(question) else ""
        if lead.startswith("不是") and one_of_them(expert, question, "institution"):  # 同济或者郑州大学的吗？ of 郑州大学
            lead = "是。"
        if not lead and expert.title and _TITLES.fullmatch(expert.title) and (title := _TITLE_ASKED.search(question)):
            lead = "是。" if title.group(1) == expert.title else "不是。"  # 他是教授吗？ of a 副教授 (not of a 院士: the
            # record's title is the seat then, and the biography may well say 教授)
        if not lead and (kind := _SECTOR_ASKED.search(question)):  # 那个单位是企业吗？ (rt77: the institution said, no
            sector = _SECTOR_OF[kind.group(1) or kind.group(2)]  # answer): the kind its name shows, said so
            kinds = sectors_of(expert.institution)
            lead = (f"{'是' if sector in kinds else '不是'}。按单位名称判断，{expert.institution}属于{'、'.join(sorted(kinds))}。"
                    if kinds else f"知识图谱不记录单位的类型，从名称无法判断{expert.institution}是否属于{sector}。")
        placed = ""
        if (asked := _PLACE_PREMISE.search(question)) and not lead.startswith("不是"):  # 第一位是在北京工作的吧？
            # 清华大学的潘际銮在上海工作吧？: the place the graph records for the institution decides, whatever the
            # institution named (it said 是 for the institution, then 北京)
            place = asked.group(1) or asked.group(2)
            if expert.province:
                where = recorded_place(expert.province, expert.city)
                here = place in (expert.province, expert.city)
                lead, placed = ("是。" if here else "不是。"), f"按知识图谱记录的单位所在地，{expert.institution}位于{where}。"
            else:  # 中国石油大学在青岛吧？: no place recorded, no verdict on it
                lead, placed = "", f"知识图谱没有记录{expert.institution}的所在地，无法确认是否在{place}。"
        return lead + f"{expert.name}在{expert.institution}工作" + (f"，职称为{expert.title}。" if expert.title else "。") \
            + placed
    if attribute == "sources":  # 给我他的主页链接: the graph holds no homepage, only the pages its record comes from
        pages = list(dict.fromkeys(c.url for c in expert.citations if c.url))
        return (f"知识图谱没有记录{expert.name}的个人主页；图谱中{expert.name}的资料来自以下网页：" + "、".join(pages) + "。"
                if pages else f"知识图谱没有记录{expert.name}的个人主页或网页链接。")
    if attribute == "projects":  # the funded projects the expert's sources are (kg/provenance.py)
        funded = [f"{funder(c)}项目《{c.title}》" for c in expert.citations if c.title and funder(c)]
        return (f"知识图谱记录{expert.name}主持过：{'、'.join(funded)}。" if funded
                else f"知识图谱中没有{expert.name}的基金项目记录。")
    if attribute == "fields":
        return (f"{expert.name}所属学科：{'、'.join(expert.fields)}。" if expert.fields
                else f"知识图谱中没有{expert.name}的学科信息。")
    if attribute == "directions":
        if counted := count_verdict(question, f"{expert.name}的研究方向", expert.directions, "个"):
            return counted  # 他有8个研究方向吧？
        if expert.directions and _HOW_MANY_ASKED.search(question):  # 他的研究方向有多少个？ (the guard counts them)
            return f"{expert.name}的研究方向共{len(expert.directions)}个：{'、'.join(expert.directions)}。"
        return _topic_verdict(expert, question) + \
            (f"{expert.name}的研究方向是：{'、'.join(expert.directions)}。" if expert.directions
             else f"知识图谱没有为{expert.name}记录研究方向条目。")
    return describe_expert(expert)


# what a question about a workplace may state beside the place, which the record does not hold (在石油大学工作了20年，
# 对吗？ 是那里的校长吗？): no 是 for the place alone
_MORE_THAN_PLACE = re.compile(r"(?:\d+|[一二三四五六七八九十两几多]+)\s*(?:多)?年|担任|任职|校长|院长|所长|主任|书记|总设计师|总工程师|"
                              r"(?i:\b(?:for|over)\s+(?:\d+|a\s+decade|decades|years)\b|\b(?:president|dean|director|head)\b)")
_SUMMED = re.compile(r"一共|总共|合计|加起来|总计|共(?:获|有|得)|\b(?:in\s+total|together|combined|altogether)\b", re.IGNORECASE)
_HOW_MANY_ASKED = re.compile(r"(?:多少|几)\s*(?:个|项|条|种)")  # 研究方向有多少个？
_WHEN = re.compile(r"哪年|哪一年|什么时候|何时|哪个年份|\bwhen\b|\b(?:what|which)\s+year\b", re.IGNORECASE)
# a kind of institution asked of one expert's (那个单位是企业吗？ 他是在大学工作吗？), and the kind as `sectors_of` names it
_SECTOR_ASKED = re.compile(r"(?:是|属于|算)(?:不是)?(?:一家|一个|一所|一家的)?(企业|公司|国企|民企|大学|高校|学校|科研院所|研究所|研究院|"
                           r"科研单位)(?:吗|吧|么|嘛|呢|[？?]|$)|在(大学|高校|企业|公司|研究所|研究院)(?:里)?(?:工作|上班|任职)"
                           r"(?:的)?(?:吗|吧|么|嘛|[？?]|$)")
_SECTOR_OF = {"企业": "企业", "公司": "企业", "国企": "企业", "民企": "企业", "大学": "高校", "高校": "高校", "学校": "高校",
              "科研院所": "科研院所", "研究所": "科研院所", "研究院": "科研院所", "科研单位": "科研院所"}
# a title asked of one expert (他是教授吗？ 第二位是副研究员吗？), compared whole with the title the record holds
_TITLES = re.compile(r"(?:正|副)?(?:教授|研究员)|高级工程师|教授级高级工程师")
_TITLE_ASKED = re.compile(rf"是(?:不是)?({_TITLES.pattern})(?:吗|吧|么|嘛|呢|[？?]|$)")


def asks_when(text: str) -> bool:
    """Whether a follow-up asks when (他是哪年当选的？ When was he elected?)."""
    return bool(_WHEN.search(text))


# an academy seat asked of no academy in particular (第二位是院士吗？ 他当选过院士吗？)
_BARE_SEAT = re.compile(r"(?:(?<![\u4e00-\u9fff])|是|不是|是否|当选(?:过|了)?)(?:一位|一名|个)?院士")
_ANY_SEAT = re.compile(r"\b(?:an?\s+)?academicians?\b(?!\s+of)", re.IGNORECASE)  # "Is he an academician?"


# both academies' seats said as one (中国工程院和中国科学院双院士, 双院士): 两院院士
_BOTH_SEATS = re.compile(r"(?:(?:中国)?(?:科学院|工程院)|中科院)(?:和|与|、|及|以及)(?:(?:中国)?(?:科学院|工程院)|中科院)的?"
                         r"(?:双|两院)?院士|双院士")


# an award named beside the one before it (获得过国家科学技术进步奖特等奖和诺贝尔奖吗？)
_AWARD_JOINED = re.compile(r"(奖|奖章|勋章|院士)(?:和|与|及|以及|、|或者?|还有|，)(?=[\u4e00-\u9fff]{2,16}?(?:奖|奖章|勋章|院士))")
# 是1991年当选的中国科学院院士吗: the seat; 先当选工程院院士、后当选…: the seats, not 先当选工程院院士 (rt129)
_AWARD_LEAD = re.compile(r"^(?:先|后|首先|然后|随后|再|又|才)?(?:当选(?:为|过|了)?|获得?[过了]?|拿[过了]|得[过了]|荣获|过|了)?的?")


# awards asked of no kind in particular (所有奖项, 主要奖项, 当选时间和主要奖项): every award, not one to look for
_ANY_AWARD = re.compile(r"(?:所有|全部|主要|重要|各种|各类|各项|其他|其它|相关|一些|这些|历年|过的|的|和)奖$")


# a person addressed by a seat (张杰院士, 张院士): not a seat asked — a seat's name ends in an academy (科学院院士, 两院院士)
_ADDRESSED = re.compile(r"[^院两双籍]院士$")


# an award named by who gives it (获得过世界卫生组织的奖吗？)
# what a turn says of the years of two events (同一年, 之后, 比…早): holding the awards does not bear it out
YEARS_RELATED = re.compile(r"同一年|同年|同一年度|那一?年也|当年也|同一批|(?<!\d年)(?:之前|以前|之后|以后)|"
                           r"先[^，。？?]{2,30}?[，,]?\s*(?:后|再|然后|随后|之后)|比[^，。？?]{0,30}?(?:早|晚|先|后)")
# an award tied to a work or a cause (林元培设计的卢浦大桥获得了…奖, 因为杨-米尔斯规范场理论获得了…奖, 这项技术获得过…奖):
# the records say who holds an award, never for what
# an award said given for a work or a reason, which no record holds ("… because he designed the J-20, right?")
AWARD_FOR_WORK_EN = re.compile(r"(?i)\b(?:because\s+(?:he|she|of)|for\s+(?:designing|developing|inventing|discovering|"
                               r"leading|building|his|her|the\s+(?:design|discovery|invention|development)\s+of))\b")
AWARD_FOR_WORK = re.compile(r"(?:因为?|由于|凭借?着?|依靠|靠着?)[^，。？?]{2,30}?(?:而|才)?(?:获得?|荣获|拿到?|得到|当选|入选|评上)|"
                             # …获得国家最高科学技术奖，是因为他发现了石墨烯吧？ (是 was said of the award, rt126)
                             r"[，,]\s*(?:是|主要是|都是)?(?:因为|由于|凭借|凭着|靠着?)[^，。？?]{2,30}?"
                             r"(?:吧|吗|么|嘛|对吧|对吗|是吧|是不是)?[？?。]*\s*$|"
                             r"(?:设计|主持|研制|完成|负责|参与|领导|建成|建造|发明|提出|开发|主导)(?:设计|完成|研制|建设)?的"
                             r"[^，。？?]{2,24}?(?:获得?了?|荣获|拿到?了?|得到了?)|"
                             r"(?:项目|工程|成果|大桥|桥梁|技术|理论|发明|论文|专著|系统|装备)(?:曾|也|还)?(?:获得?了?|荣获|拿到?了?)")
_ORG_AWARD = re.compile(r"(?:获得?过?|得过|拿过|荣获)(?P<org>[\u4e00-\u9fff]{2,12}?(?:组织|协会|学会|基金会|联合会|委员会|政府|大学|"
                        r"科学院|工程院))(?:颁发|授予)?的(?:奖|奖项|奖励)(?=吗|吧|么|[？?]|$)")
_CJK_AWARD_NAMED = re.compile(r"[\u4e00-\u9fff]{2,24}?(?:奖(?:[一二三四特]等奖)?|院士)")  # an award a mixed turn writes


# 焊接领域唯一的工程院院士, 最年轻的国家杰青: what is said of the award, not its name (no award the graph holds has 的 in
# it; it said 关桥 did not hold 焊接领域唯一的工程院院士, rt56)
_QUALIFIED = re.compile(r"^.*的(?=[^的]{2,}$)")


# an honorary title or a prize whose name the award pattern does not read: quoted before 称号, a national model worker,
# a name with a middle dot
_TITLE_HONOUR = re.compile(r"[“\"「『]([^”\"」』]{2,16})[”\"」』](?:荣誉)?称号|(全国劳动模范|全国劳模|全国先进工作者|全国五一劳动奖章|"
                           r"全国优秀科技工作者)|(?:获得过?|荣获|拿过|得过|获)([\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}奖)")
# a foreign society's membership (英国皇家学会会员, 欧洲分子生物学学会外籍会士), asked as an award is
_FOREIGN_MEMBER = re.compile(rf"(?:{biography.FOREIGN_LANDS})"
                             r"[\u4e00-\u9fff]{0,10}?(?:学会|学院|科学院|工程院)(?:外籍|荣誉)?(?:会员|会士)")


# an award said of a laureate (诺贝尔化学奖得主, 图灵奖获得者): the award, after any year before it
_LAUREATE = re.compile(r"(?:(?:19|20)\d\d年(?:度)?(?:的)?)?([\u4e00-\u9fff]{2,16}?奖)(?:的)?(?:得主|获得者|获奖者|获奖人)")


_QUOTES = re.compile(r"[“”‘’\"「」『』]")  # quote marks inside an award's name (获“两弹一星”功勋奖章): read without them


# an award said won together with someone (杨振宁和丁肇中一起获得了…, 与李政道共同获得): the other one named
_TOGETHER = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:和|与|跟|同)([\u4e00-\u9fff]{2,4}?)(?:院士)?(?:一起|一同|共同|同时|合作)")


# the partner said with no subject, of the expert asked about (…获得1957年诺贝尔物理学奖的？是和费曼一起吧？)
_TOGETHER_ELLIPTIC = re.compile(r"(?:^|[，,。？?！!；;\s])(?:是|就是|应该是)?(?:和|与|跟|同)([\u4e00-\u9fff]{2,4}?)(?:院士)?"
                                r"(?:一起|一同|共同|合作)")


_NATIONAL_ASKED = re.compile(r"国家级|国家的|全国性")
# what is written right before an award of a province, a city, a ministry or a bureau (湖北省2002年度最高科技奖)
_YEAR_SAID = re.compile(r"(?:19|20)\d\d年度?")
_REGIONAL_NAME = re.compile(r"^[\u4e00-\u9fff]{2,7}?(?:省|市|自治区)")  # an award named by its province (湖北省科技进步奖)
_REGIONAL_BEFORE = re.compile(r"(省|市|自治区|局|厅|部)(?:(?:19|20)\d\d年度?)?$")


def regional_written(quotes: Sequence[str], forms: set[str]) -> str | None:
    """The province, city or ministry a quoted sentence writes before the award (湖北省 of 湖北省2002年度最高科技奖: no
    national award), None where none does."""
    for quote in quotes:
        for form in forms:
            at = quote.find(form)
            start = max((quote.rfind(c, 0, at) for c in "、，,；;。：:获"), default=-1) + 1 if at > 0 else 0
            if at > 0 and (body := _REGIONAL_BEFORE.search(quote[start:at])):
                return quote[start:start + body.end(1)]
    return None


# a first or an only claimed beside an award (…获得欧莱雅奖的第一位中国科学家, 唯一获得…的, 首届…得主): what the records or
# the biography must write too
_FIRST_CLAIMED = re.compile(r"第一(?:位|个|人)(?!完成)|首位|首个|首届|唯一(?:的|一位|一个)?|最早(?:的|一位)|最年轻(?:的)?")


def _count_beside_unwritten(expert: ExpertMatch, question: str) -> str:
    """What a claim of an award's count adds that the biography's quotes do not write: 您说的年份 (2001年获得两项…), 获奖的项目
    (因天河二号…); "" where it adds none."""
    quoted = "".join(biography.quotes(expert) or ())
    if (year := re.search(r"(?:19|20)\d\d(?=\s*年)", question)) and year.group() not in quoted:
        return "您说的年份"
    return "获奖的项目或原因" if AWARD_FOR_WORK.search(question) else ""


def claimed_partner(question: str, name: str) -> str | None:
    """The person a question says won an award together with the expert `name` (杨振宁和丁肇中一起获得… → 丁肇中; 是和
    费曼一起吧？ → 费曼, which was confirmed with 是, rt105), None where it says no one."""
    if (alone := _TOGETHER_ELLIPTIC.search(simplified(question))) and alone.group(1) != name and \
            not re.match(r"谁|哪", alone.group(1)):
        return alone.group(1)
    for m in _TOGETHER.finditer(simplified(question)):
        first, second = re.sub(r"(?<=..)(?:就|也|正|确实)?是$", "", m.group(1)), m.group(2)  # (杨振宁是和吴健雄一起…: 是 was
        # read into the name, and 是 said of the year, rt112)
        if first.endswith(name) and second != name:
            return second
        if second == name and not first.endswith(name):
            return re.sub(r"^(?:是|请问|那么|听说)", "", first)
    return None


def asked_awards(text: str) -> list[str]:
    """The awards and academy seats a question names, in the graph's words: 他获得过诺贝尔奖吧？ and, in English, "Has
    he won the Nobel Prize?" (kept in English: no record holds it) or "Is he a CAE academician?" (中国工程院院士); 院士
    when it asks about a seat in either academy (是院士吗？)."""
    text = plain = _BOTH_SEATS.sub("两院院士", simplified(text))  # 諾貝爾獎 asks what 诺贝尔奖 asks; 双院士 is 两院院士
    text = _AWARD_JOINED.sub(r"\1，获得过", text)  # 获得过A和B吗？: B is asked too
    text = re.sub(r"(?<=[\u4e00-\u9fff])(?:几|哪一?)等奖", "奖", text)  # 国家科技进步几等奖？: that award, its grade asked
    # (an award's name in quotes, 获得“两弹一星”功勋奖章: the name, read as written without them — none was read, and the
    # year was checked against another award of that year: 是, rt100)
    asked = [a for a in (_QUALIFIED.sub("", _AWARD_LEAD.sub("", p)) for a in _ASKED_AWARD.findall(_QUOTES.sub("", text))
                         for p in re.split(r"比(?:获得?|拿)?", a)) if len(a) >= 2 and  # 当选院士比获特等奖: two, not one
             not _ANY_AWARD.search(a) and not _ADDRESSED.search(a)] + (named_awards(text) if _LATIN.search(text) else [])
    if _LATIN.search(text):  # "Did he receive the 国家科学技术进步奖二等奖 in 2005?": the award named in Chinese (it asked
        # none, and the year was checked against his election) — beside a seat too ("… elected to CAS in 2011 and won the
        # 国家最高科学技术奖, correct?" got 是 of the seat alone, rt66)
        asked += [a for m in _CJK_AWARD_NAMED.finditer(text) if len(a := _AWARD_LEAD.sub("", m.group())) >= 4
                  and a not in asked and not _ADDRESSED.search(a) and not re.search(r"的|获奖$", a)]  # (用JSON格式列出
        # 程京的单位和获奖: his awards asked, none named — "没有您问到的那一项", rt91)  # (张立同院士…在NASA工作: a person addressed, rt75)
    asked += [m.group(m.lastindex or 0) for m in _TITLE_HONOUR.finditer(text)
              if not any(m.group(m.lastindex or 0) in a for a in asked)]  # (全国劳动模范称号, “模范医学专家”荣誉称号,
    # 爱德华·泰勒奖: asked, then looked for in the biography — it listed his awards as if answering, rt69)
    asked += [m.group() for m in _FOREIGN_MEMBER.finditer(text) if not any(m.group() in a for a in asked)]  # (英国
    # 皇家学会会员 beside 美国国家科学院外籍院士: both asked, it checked the first alone, rt67)
    if _LATIN.search(text) and NATIONAL_WORDS.search(text):  # "Which of them has won a national award?"
        asked.append(NATIONAL_AWARD)
    asked += [a for m in _AWARD_TOPIC.finditer(plain) if (a := _QUALIFIED.sub("", m.group(1))) not in asked
              and len(a) >= 2 and not _ANY_AWARD.search(a) and not _ADDRESSED.search(a)]  # 吴良镛的国家最高科学技术奖是
    # 1995年获得的吧？: the award is the topic, its year said after it (是 of his 1995 election, rt91)
    laureates = [re.sub(r"^(?:作为|身为|既是|也是|还是|是|为|系)", "", _AWARD_LEAD.sub("", m.group(1)))
                 for m in _LAUREATE.finditer(text)]  # 2005年诺贝尔化学奖得主: that award said held (an invitation let it
    # stand, rt95)
    asked += [a for a in laureates if not any(x in a for x in asked) and len(a) >= 3 and not _ANY_AWARD.search(a)]
    asked += [f"{m.group('org')}奖" for m in _ORG_AWARD.finditer(text) if f"{m.group('org')}奖" not in asked]  # 世界卫生
    # 组织的奖: an award of that organisation, looked for in the biography (the records were listed, no word on it, rt87)
    if not any(a.endswith("院士") for a in asked) and (_BARE_SEAT.search(text) or
                                                     _LATIN.search(text) and _ANY_SEAT.search(text)):
        asked.append("院士")
    return asked


def award_forms(name: str) -> set[str]:
    """An award's spellings to compare by: as written, as the graph spells it (国家科技进步一等奖 → 国家科学技术进步奖一等奖),
    and an academy's short name in full (工程院院士 → 中国工程院院士)."""
    spelt = award_spelling(name)
    if spelt == NATIONAL_AWARD:  # 国家级奖励: any national science and technology award
        return {name, *NATIONAL_AWARDS}
    return {name, _SEAT_SHORT.sub(lambda m: _SEAT_FULL[m.group()], spelt)}


def when_held(expert: ExpertMatch, question: str) -> list[AwardFact] | None:
    """For a when-question (他是哪一年当选院士的？ When was he elected?): the dated recorded awards or seats it asks
    about, [] when they are recorded without a year while others have one; None when it asks about none held or the
    record dates nothing (that is said on its own)."""
    held = asked_held(expert, question) or [a for a in expert.awards
                                             if a.name.endswith("院士") and _ACADEMY_ASKED.search(question)]
    if not held or not any(a.year for a in expert.awards):
        return None
    return [a for a in held if a.year]


def _holds(held: str, asked: str) -> bool:
    """Whether a recorded award is the one asked (国家科技进步奖 asks any grade of it) — not an ungraded record of an
    award asked with its grade (国家科学技术进步奖 recorded, 一等奖 asked: the grade is unknown)."""
    return asked in held or held in asked and not (_GRADE.search(asked) and not _GRADE.search(held))


def ungraded_held(expert: ExpertMatch, question: str) -> list[AwardFact]:
    """The records of an award the question asks with a grade, recorded without one (孙家广获得过国家科学技术进步奖一等奖吗？
    of a record of 国家科学技术进步奖): neither 是 nor 没有 — the grade is not recorded."""
    asked = [f for a in asked_awards(question) for f in award_forms(a) if _GRADE.search(f)]
    return [h for h in expert.awards if not _GRADE.search(h.name) and any(h.name in x for x in asked)]


def asked_held(expert: ExpertMatch, question: str) -> list[AwardFact]:
    """The recorded awards a question asks about (他是哪一年当选院士的？ → the seat; 哪年获得何梁何利奖 → that prize)."""
    asked = [f for a in asked_awards(question) for f in award_forms(a)]
    return [h for h in expert.awards if any(_holds(h.name, x) for x in asked)]


# 只是中科院院士吧？ 只获得过国家自然科学奖吧？ "only a CAE member": the expert holds what is named and nothing else of it
_ONLY = re.compile(r"只(?:是|有|获得?过?|拿过|得过|评上过?|当选过?)|仅(?:仅)?(?:是|有|获得?过?)|(?i:\b(?:only|just|solely)\b)")
# 除了院士之外没有获得过任何奖，对吧？: only what 除了 names, of any kind
_ONLY_EXCEPT = re.compile(r"除了?(?P<what>[^，。？?]{1,16}?)(?:之外|以外)[^，。？?]{0,4}?(?:没有|没|从未|未|不曾)"
                          r"(?:获得?过?|拿过|得过|获过|评上过?)?(?:任何|其他|其它|别的)?(?:的)?(?:奖|奖项|荣誉)")


def beyond_asked(expert: ExpertMatch, question: str) -> list[AwardFact] | None:
    """For a question saying the expert holds only what it names (沈志云只是中科院院士吧？ of a member of both academies;
    李德群只获得过国家自然科学奖吧？): the recorded seats (or awards) of that kind it leaves out, [] when none; None for
    any other question, one naming a number (只获得过一项…: the count is checked) or nothing the record holds."""
    if (besides := _ONLY_EXCEPT.search(question)) is not None:  # 除了院士之外没有获得过任何奖: any other award
        held = asked_held(expert, besides.group("what") + "吗")
        return [a for a in expert.awards if a not in held] if held else None
    if not _ONLY.search(question) or said_count(question) is not None:
        return None
    held = asked_held(expert, question)
    if not held:
        return None
    seat = all(a.name.endswith("院士") for a in held)
    return [a for a in expert.awards if a not in held and a.name.endswith("院士") == seat]


def asks_only_except(question: str) -> bool:
    """Whether a question says an expert holds nothing but what 除了…之外 names (…没有获得过任何奖，对吧？)."""
    return _ONLY_EXCEPT.search(question) is not None


def awards_not_held(expert: ExpertMatch, text: str, biography_too: bool = True) -> list[str]:
    """The awards `text` asks or claims of the expert that the record does not hold (两院院士: both academies; 国家科技
    进步奖 is held by a 国家科学技术进步奖二等奖) — nor the biography sentences quoted for the question (沃尔夫奖, written
    only in 袁隆平's biography)."""
    held = {h.name for h in expert.awards}
    forms = {f for h in held for f in award_forms(h)}
    written = (biography.quotes(expert) or []) if biography_too else []
    return [a for a in asked_awards(text)
            if not (set(_BOTH_ACADEMIES) <= held if a == "两院院士" else any(
                _holds(h, x) for h in forms for x in award_forms(a)) or any(
                biography.names_award(q, award_forms(a)) for q in written))]


def untranslated_awards(text: str) -> list[str]:
    """The awards a question names in another script than the records' and that no table turns into their Chinese
    name ("the Fresnel Prize"): the records and biographies can neither confirm nor deny them by name."""
    return [a for a in asked_awards(text) if not re.search(r"[\u4e00-\u9fff]", a)]


def _seat_not_held(expert: ExpertMatch, question: str) -> str:
    """The correction of an academy seat a question gives the expert beside other awards where the record holds the other
    academy's (知识图谱记录的钱七虎是中国工程院院士，不是您提到的中国科学院院士。); "" where it gives none or he holds it."""
    said = [a for a in asked_awards(question) if a in ("中国科学院院士", "中国工程院院士")]
    held = [a.name for a in expert.awards if a.name in ("中国科学院院士", "中国工程院院士")]
    if not said or not held or any(s in held for s in said):
        return ""
    return f"知识图谱记录的{expert.name}是{'、'.join(dict.fromkeys(held))}，不是您提到的{'、'.join(said)}。"


def asks_seat(text: str) -> bool:
    """Whether every award the question asks about is an academy seat (是中国科学院院士吗？): answered 是/不是 with the
    seat the record holds."""
    asked = asked_awards(text)
    return bool(asked) and all(a.endswith("院士") or "cademician" in a for a in asked)


# 中科院院士 is 中国科学院院士, 工程院院士 中国工程院院士: the short forms a question uses
_SEAT_FULL = {"中科院": "中国科学院", "科学院": "中国科学院", "工程院": "中国工程院"}
_SEAT_SHORT = re.compile(r"^(?:中科院|(?<!国)科学院|(?<!国)工程院)")


# 他创办过公司吗？ 开了一家公司: an organisation said with a verb is no name asked about
# (2009年当选中国科学院院士: a seat won, no workplace)
_NOT_A_NAME = re.compile(r"[过了]|当选|选为|^(?:创办|创建|创立|成立|开办|开|办|注册|经营|收购|投资|入股|参股|一家|某)")
# the enterprise's own (申长雨院士能来我们公司指导吗？): where it would meet the expert, said of no expert's workplace
_OWN_ORG = re.compile(r"我们|我司|我厂|本公司|本厂|贵公司|贵司|贵单位|我单位|咱们")


_AWARD_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:奖|奖章|勋章)")  # what makes an organisation's name an award's


def _asked_orgs(text: str) -> tuple[list[str], list[str]]:
    """The organisations `text` names in Chinese and in English (他是清华大学的吗？ Is he at Tsinghua University?) as
    where the expert works now — none in a question about his degrees or a past post (他的博士学位是北京理工大学的吗？
    他在中国石油勘探开发研究院工作过吗？ "Was his PhD at the University of Vienna?"), which his biography answers."""
    text = simplified(text)  # 武漢大學 is 武汉大学
    if _NOT_NOW.search(text):
        return [], []
    orgs = (_BEFORE_ORG.sub("", m.group()) for m in _ASKED_ORG.finditer(text)  # 第一位是中国科学院 → 中国科学院
            if not _STUDIED_AT.search(m.group())  # 1967年毕业于清华大学: where he studied, not where he works
            and not _AWARD_AFTER.match(text, m.end()))  # 获得第三世界科学院物理奖: an award's name (rt81: "单位不是…")
    return [o for o in orgs if len(o) >= 3 and not _WHICH.search(o) and not _OWN_ORG.search(o)
            and not _NOT_A_NAME.search(o)], \
        [m.group() for m in LATIN_ORG.finditer(text) if (not NOT_WORKPLACE_EN.search(text, 0, m.start())
                                                         or _PROFESSOR_NOW_EN.search(text, 0, m.start()))
         and not _SEAT_BEFORE_EN.search(text, 0, m.start())]


# "he is a professor at Peking University": where he works now, said to check (a post held, "was a professor at", is the
# biography's; the present one was left standing, rt104)
_PROFESSOR_NOW_EN = re.compile(r"\b(?:is|works\s+as|serves\s+as)\s+(?:now\s+|currently\s+)?(?:an?\s+)?(?:full\s+|chair\s+)?"
                               r"professor\s+(?:at|of|in)\s+(?:the\s+)?$", re.IGNORECASE)


# "elected to the Chinese Academy of Sciences", "a foreign member of the US National Academy of Sciences": a seat, not
# where the expert works (it said "No. The graph records him at another institution")
_SEAT_BEFORE_EN = re.compile(r"\b(?:elected|members?|fellows?|academicians?)\s+(?:\w+\s+){0,2}?(?:of|to|into|in)\s+(?:the\s+)?"
                             r"(?:\w+\s+){0,2}?$", re.IGNORECASE)


_ALTERNATIVES = re.compile(r"或者?|(?i:\bor\b)")  # A或者B的吗？ "Tsinghua or Zhengzhou University?" (not 还是: which one)


def one_of_them(expert: ExpertMatch, question: str, attribute: str) -> bool:
    """Whether a question naming alternatives (同济或者郑州大学的吗？ 中科院或者工程院院士吗？ "… the National Natural Science
    Award or the Technological Invention Award?") names one the record holds: then the answer is yes, not the no that
    the other alternative would give."""
    if not _ALTERNATIVES.search(question):
        return False
    if attribute == "institution":
        asked = asked_orgs(question)
        return bool(asked) and len(other_orgs(expert, question)) < len(asked)
    if _EITHER_ACADEMY.search(question):  # 中科院或者工程院院士吗？: a seat in either academy
        return any(a.name.endswith("院士") for a in expert.awards)
    asked = asked_awards(question)
    return len(asked) >= 2 and len(awards_not_held(expert, question)) < len(asked)


_EITHER_ACADEMY = re.compile(r"(?:科学院|中科院|工程院)(?:院士)?的?\s*(?:或者?)\s*(?:中国)?(?:科学院|中科院|工程院)")


# a question to answer yes or no (…是清华大学的吗？ 对吧？), not one asking where (…的陈肇隆院士在哪个城市？: no 是)
_YES_NO = re.compile(r"吗|吧|么|嘛|是不是|对不对|是否|有没有|(?i:^\s*(?:is|are|was|were|does|do|did)\b|\bright\b)")


# a place said of an expert to confirm (是在北京工作的吧？ 在武汉吗？ 他在上海吧): its word
_PLACE_PREMISE = re.compile(rf"(?:在|位于)\s*({PLACES}|台北|高雄|新竹|台南)(?:省|市)?(?:工作|任职|任教)?(?:的)?(?:吧|吗|么|嘛|对吧|是吧)|"
                            # 都在北京的中国地质大学工作，对吧？: the place said before the institution (it was 是, rt44)
                            rf"在\s*({PLACES}|台北|高雄|新竹|台南)(?:省|市)?的[\u4e00-\u9fff（）()]{{2,20}}?(?:工作|任职|任教)")


def asked_orgs(text: str) -> list[str]:
    """The organisations `text` names, in either language."""
    chinese, english = _asked_orgs(text)
    return chinese + english


# a post asked of an expert, with the organisation it is held at where one is named (他是清华大学校长吧？ 中国科学院院长;
# "Is he the president?"), and in English with the organisation after "of" ("the president of Tsinghua University")
_POST_ASKED = re.compile(r"(?P<org>[\u4e00-\u9fff]{2,20}?(?:大学|学院|研究院|研究所|科学院|工程院|医院|公司|集团|中心))?的?"
                         r"(?:常务)?副?(?P<post>校长|院长|所长|主任|部长|书记|理事长|会长|董事长|总经理|总工程师)|"
                         r"(?i:\b(?:vice\s+)?(?P<post_en>president|dean|director|chairman|minister)\b)")
_POST_AT_EN = re.compile(r"\b(?:vice\s+)?(?:president|dean|director|head|chancellor|chairman|chair)\s+of\s+(?:the\s+)?"
                         r"([A-Za-z][A-Za-z ,'-]{2,80}?)(?=\s*(?:[?.!;]|,\s*(?:right|correct|isn't|is\s+it|yes)|\s+(?:right|now)\b|$|"
                         # (…president of Nanchang University, and how old was he then? rt98: the clause after it)
                         r",?\s+(?:and|but|or)\s+(?:how|what|when|where|which|who|why|is|was|did|does|has)\b))",
                         re.IGNORECASE)
_POST_WORDS = {"president": ("校长", "院长"), "dean": ("院长",), "director": ("所长", "主任"),
               "chairman": ("理事长", "会长", "董事长", "主席"), "minister": ("部长",)}


def post_elsewhere(expert: ExpertMatch, text: str, quoted: Sequence[str] = ()) -> bool:
    """Whether `text` says the expert now holds a post at an organisation other than the one the record holds (他是清华
    大学校长吧？ of one recorded at 中国科学技术大学), and no `quoted` biography clause writes it there (吴孟超是东方肝胆外科
    医院院长吗？ of 第二军医大学东方肝胆外科医院教授、院长: it said another institution, rt66); a past post (当过, used to) is
    the biography's to answer."""
    own = org_key(expert.institution or "")
    if not own or _NOT_NOW.search(text):
        return False
    text = simplified(text).replace(expert.name, "，")
    orgs = [org for m in _POST_ASKED.finditer(text) if (org := _asked_post_org(m))]
    return any(org_key(o) not in own and own not in org_key(o) and not biography.org_written([o], quoted)
               for o in orgs) or \
        any(re.search(r"\b(?:University|Institute|Academy|College|Hospital|Company|Corporation)\b", m.group(1)) and
            not latin_org_matches(m.group(1), expert.institution) and not biography.org_written([m.group(1)], quoted)
            for m in _POST_AT_EN.finditer(text))


def post_unwritten(text: str, quoted: Sequence[str]) -> bool:
    """Whether `text` asks about a post (赵忠贤是中国科学院院长吧？ "Is he the president?") that no quoted sentence of the
    biography names (with its organisation, where one is asked)."""
    if (post := _POST_ASKED.search(simplified(text))) is None:
        return False
    words = _POST_WORDS.get((post.group("post_en") or "").lower(), (post.group("post"),))
    org = _asked_post_org(post).removeprefix("中国")
    if not org and (at := _POST_AT_EN.search(text)):  # "president of Nanchang University": a clause writing the post
        # at the organisation in Chinese (曾任南昌大学校长: it said unwritten, rt66); "the graduate school of Harbin
        # Institute of Technology" read from each "of" on
        named = at.group(1).split(" of ")
        said = biography.org_written([" of ".join(named[i:]) for i in range(len(named))], quoted)
        return not any(w in c for w in words for c in said)
    names = [org, *(a for a, full in ORG_ALIASES.items() if org and full.removeprefix("中国") == org)]  # 现任哈工大…
    return not any(any(w in q for w in words) and any(n in _BRACKETED.sub("", q) for n in names)  # 校长 writes the
                   for q in quoted)  # post at 哈尔滨工业大学 (it said unwritten above that quote, rt105)


_BRACKETED = re.compile(r"[（(][^）)]{0,20}[）)]")  # 复旦大学（中山医院）肝癌研究所所长 writes 复旦大学肝癌研究所's post


def asked_post(text: str) -> str | None:
    """The post a question asks about as written, 副 included (副校长 of 他曾任同济大学副校长吗？), None for none or an
    English one."""
    post = _POST_ASKED.search(simplified(text))
    return None if post is None or not post.group("post") else \
        re.search(r"(?:常务)?副?(?:校长|院长|所长|主任|部长|书记|理事长|会长|董事长|总经理|总工程师)$",
                  post.group()).group()


def _asked_post_org(post: re.Match) -> str:
    """The organisation a post question names (清华大学 of 他是清华大学校长吧？), "" for none or a question word (曾任哪些
    大学的校长？ 现在是哪个大学的副校长？ ask which, they name none)."""
    org = _BEFORE_ORG.sub("", post.group("org") or "")
    return "" if re.search(r"哪|什么|何", org) else org


def other_orgs(expert: ExpertMatch, text: str) -> list[str]:
    """The organisations `text` names that are not the expert's institution as the record holds it."""
    own = org_key(expert.institution or "")  # 中科院物理所 is 中国科学院物理研究所
    chinese, english = _asked_orgs(text.replace(expert.name, "，"))  # 侯朝焕，中国科学院的那位: the name is no part
    shorts = [a for a, full in ORG_ALIASES.items() if own and chinese and org_key(full) == own and len(a) >= 2]
    return [o for o in chinese if not own or (org_key(o) not in own and own not in org_key(o)) and not any(
                re.search(rf"{re.escape(a)}(?:大学)?[\u4e00-\u9fff]{{0,8}}?(?:{_PART_OF_ORG})$", o) for a in shorts)] + \
        [o for o in english if not own or not latin_org_matches(o, own)]


# a part of an institution (清华建筑学院, 北大医学部, 浙大化学系): said after the institution's short name, its own
_PART_OF_ORG = r"学院|系|学部|医学部|研究院|研究所|研究中心|中心|实验室|医院|附属医院|分校|校区"


def is_asked(award: AwardFact, asked: list[str]) -> bool:
    """Whether the award is one of those a question names (国家科技进步一等奖 for 国家科学技术进步奖一等奖); all are
    when it names none."""
    return not asked or any(f in award.name or award.name in f for x in asked for f in award_forms(x))


# a seat of a foreign or international academy (法国科学院外籍院士, 第三世界科学院院士, "a foreign member of the French
# Academy of Sciences"), which the records do not hold; and one of the Chinese academies, which they do
_FOREIGN_SEAT = re.compile(rf"(?:{biography.FOREIGN_LANDS})[^\s，,、。；;和与及的是也]{{0,10}}?(?:科学院|工程院|学院)(?:外籍)?"
                           r"(?:院士|会员)?|"
                           r"(?:中国科学院|中国工程院|中科院|工程院|科学院)?外籍院士|(?i:\bforeign\s+(?:member|academician|fellow)s?\b|\b(?:US|U\.S\.|American|French|"
                           r"British|Royal|Russian|European|Swedish|Third\s+World|TWAS|Indian|Japanese)\s+(?:\w+\s+){0,2}?"
                           r"(?:Academy|Society)\b|\bNAS\b|\bNAE\b)")
_CHINESE_SEAT = re.compile(r"中国科学院|中国工程院|中科院|工程院|两院|学部委员|(?<![国洲界])科学院院士|"
                           r"(?i:\bCA[SE]\b|Chinese\s+Academy|double\s+academician)")


def other_academy_asked(question: str) -> bool:
    """Whether a question asks a seat of an academy that is neither Chinese academy (第三世界科学院院士, "TWAS"), which
    no record holds: no 不是 of the Chinese seat held beside it."""
    return any(a.endswith("院士") and not re.fullmatch(r"(?:中国科学院|中国工程院|中科院|工程院|科学院|两院|)院士", a)
               and not _ADDRESSED.search(a) for a in asked_awards(question))


def foreign_seat_only(question: str) -> bool:
    """Whether the academy seats a question asks are all of foreign or international academies (陈竺是美国科学院外籍院士
    吗？), which no record holds — the biography's to answer."""
    return bool(_FOREIGN_SEAT.search(question)) and not _CHINESE_SEAT.search(_FOREIGN_SEAT.sub("", question))


# a prize said won in English (not a seat said elected to): "he won it in 1991"
_WON = re.compile(r"\b(?:won|win|wins|received|receive|got|get|awarded)\b", re.IGNORECASE)  # (获过奖 counts the seats too)
_ELECTION_WORD = re.compile(r"\belect|\bacadem|\bmember|当选|院士|选为|增选", re.IGNORECASE)


def year_check(expert: ExpertMatch, question: str) -> tuple[bool, list[AwardFact]] | None:
    """Whether the year or span of years a follow-up states of an award or an election (第一位是2000年当选院士的吧？
    他近五年获过奖吗？ Was he elected in 1995?) holds a recorded one, and the recorded dated awards it is about (those in
    the span when some are); None when it states no year or the record has no such award, (False, []) when the award is
    recorded without a year. Several dated claims (elected CAS in 1994 and got the award in 2010) are each checked
    against their own records (it checked the first year against the award, rt66)."""
    dated_claims = [c for c in biography.QUESTION_CLAUSES.split(question) if _HONOURED.search(c) and
                    not _DEGREE_CLAUSE.search(c) and (_ASKED_YEAR.search(c) or _ASKED_YEAR_EN.search(c))]
    own = [c for c in dated_claims if expert.name in c]
    if own and any(expert.name not in c and re.match(r"\s*[\u4e00-\u9fff]{2,4}?(?:19|20)\d\d", c) for c in dated_claims):
        dated_claims = own  # 潘建伟2011年当选、施一公2013年当选，对吗？: his own claims, not another's (不是 was said of
        # each, checked against the other's year too, rt129)
        if len(own) == 1:
            return _year_check(expert, own[0])
    if len(dated_claims) >= 2 and not asked_span(question) and not _BORN_IN.search(question):
        checks = [c for c in (_year_check(expert, claim) for claim in dated_claims) if c is not None]
        if checks:
            held = None if any(h is None for h, _ in checks) else all(h for h, _ in checks)
            dated: list[AwardFact] = []
            for _, records in checks:
                dated += [a for a in records if a not in dated]
            return held, dated
    return _year_check(expert, question)


def _year_check(expert: ExpertMatch, question: str) -> tuple[bool, list[AwardFact]] | None:
    """`year_check` of one claim."""
    if foreign_seat_only(question):
        return None  # 陈竺1992年当选法国科学院外籍院士: no seat the record holds (it said the year differed from his CAS
        # election, rt66); the biography answers it
    span = asked_span(question)
    # the year said of the award or election (born in 1932 and elected in 1995: 1995), else the first said
    said = next((c for c in biography.QUESTION_CLAUSES.split(question) if _HONOURED.search(c) and
                 not _DEGREE_CLAUSE.search(c) and (_ASKED_YEAR.search(c) or _ASKED_YEAR_EN.search(c))), None)
    if said is None:  # no dated award or election: the years of a birth or a degree are not theirs (陈亚珠是女院士，1936年
        # 出生，对吗？ said 不是 of her 1996 election, rt141)
        said = "，".join(c for c in biography.QUESTION_CLAUSES.split(_BORN_IN.sub("", question))
                        if not _DEGREE_CLAUSE.search(c))
    year = None if span else \
        _ASKED_YEAR.search(said) or (_ASKED_YEAR_EN.search(said) if _LATIN.search(question) else None)
    if not span and not year:
        return None
    asked = asked_awards(question)
    if not asked and _NAMED_AWARD_EN.search(question):  # "the IIW lifetime achievement award in 2005": an award not read,
        return None  # whose year is no election's (it said the year differed from his 1994 election, rt84)
    if _ACADEMY_ASKED.search(question) and not any(a.endswith("奖") for a in asked):
        academies = [full for full, said in _ACADEMIES if said.search(question)]
        candidates = [a for a in expert.awards if a.name.endswith("院士") and
                      (not academies or any(a.name.startswith(x) for x in academies))]
    else:
        candidates = [a for a in expert.awards if is_asked(a, asked)]
        if not asked and _WON.search(said) and not _ELECTION_WORD.search(said):  # "So he won it in 1991?": a prize, not
            candidates = [a for a in candidates if not a.name.endswith("院士")]  # the 1991 seat ("Yes." was said, rt98)
        if any(_GRADE.search(award_spelling(x)) for x in asked):  # 国家科技进步一等奖是2014年获得的吧？ of a 一等奖 without a
            # year and an ungraded 2014 record: that year is not the 一等奖's (是 was said, rt92)
            candidates = [a for a in candidates if _GRADE.search(a.name)] or candidates
    if not candidates:
        return None
    dated = [a for a in candidates if a.year]
    if span:
        inside = [a for a in dated if in_span(a, span)]
        if (bound := span_bound(question)) is not None and any(a.year == bound[0] for a in inside):
            if bound[1]:  # "elected before 1999" of one elected in 1999: not before it (it said Yes)
                inside = [a for a in inside if a.year != bound[0]]
            elif not any(a.year != bound[0] for a in inside):  # 2012年以前当选的吗？ of one elected in 2012: the year, no
                return None, dated  # 是 or 不是 (以前 is read either way)
        return bool(inside), inside or dated
    return any(a.year == int(year.group(1)) for a in dated), dated


# a degree won in a year (1949年在哈佛大学获得博士学位): no award or election to check the year against (不是 was said, the
# CAS year beside it right, rt136)
_DEGREE_CLAUSE = re.compile(r"学位|博士|硕士|学士|毕业|(?i:\b(?:ph\.?d|doctorate|degree|graduated)\b)")
_GRADE = re.compile(r"[一二三四特]等奖")  # a graded award (国家科学技术进步奖一等奖)
# a post held before (曾任东南大学校长): no answer to 他是在东南大学工作吧？ (是 was said, rt92) — unless the turn asks of
# then (他在东南大学工作过吗？ 曾经在…吗？)
_FORMER_POST = re.compile(r"曾任|曾在|曾经|原任|历任|先后任|前任|退休|卸任")
_FORMER_ASKED = re.compile(r"过|曾|以前|之前|原来|早年|当年")
_NAMED_AWARD_EN = re.compile(r"\bthe\s+(?:[\w&.'-]+\s+){1,6}?(?:award|prize|medal)\b", re.IGNORECASE)  # (one named)


def bio_counts(expert: ExpertMatch, question: str) -> bool:
    """Whether a quoted biography sentence that names an award the question asks about writes a count of it
    (获国家科技进步二等奖6项, 2次): the record holds each award once a year, the biography may count more."""
    forms = {f for a in asked_awards(question) for f in award_forms(a)}
    return bool(forms) and any(biography.names_award(q, forms) and _SAID_COUNT.search(q)
                               for q in biography.quotes(expert) or ())


_COUNT_AFTER = (r"(?:[、和及与][^，。；,;]{1,16}?各|各)?"  # 国家科学技术进步奖特等奖、一等奖各两项: two of each (rt89)
                r"\s*[”\"]?\s*(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:项|次)")
# another award between an award's name and a grade counted after it (国家科技进步一等奖1项、国家自然科学二等奖2项)
_OTHER_FAMILY = re.compile(r"自然科学|技术发明|发明|省|部|市|军队|基金|光华|何梁何利")


def written_count(expert: ExpertMatch, question: str) -> int | None:
    """How many of the one award a question counts the expert's biography writes (国家科技进步一等奖1项; 曾荣获国家科技进步
    一等奖2项，二等奖7项 for its 二等奖), None when it writes none or the question names no single award."""
    asked = asked_awards(question)
    if len(asked) != 1:
        return None
    forms = award_forms(asked[0]) | {asked[0]}
    forms |= {f.replace("科学技术", "科技") for f in forms} | {f.replace("技术发明", "发明") for f in forms}  # (as written)
    forms |= {re.sub(r"奖([特一二三四五]等奖)$", r"\1", f) for f in forms}  # 国家科技进步一等奖
    grade = re.search(r"[特一二三四五]等奖$", asked[0])
    stems = {re.sub(r"奖?[特一二三四五]等奖$", "", f) for f in forms} if grade else set()  # 国家科技进步
    for quote in biography.quotes(expert) or ():
        for form in forms:
            if (m := re.search(re.escape(form) + _COUNT_AFTER, quote)) is not None:
                return said_number(m.group("n"))
        for stem in stems:
            at = quote.find(stem)
            while at >= 0 and (m := re.search(re.escape(grade.group()) + _COUNT_AFTER, quote[at:])) is not None:
                if not _OTHER_FAMILY.search(quote[at + len(stem):at + m.start()]):
                    return said_number(m.group("n"))
                at = quote.find(stem, at + 1)
    return None


def written_in_part(expert: ExpertMatch, question: str) -> bool:
    """Whether, of several awards or seats a question asks, the biography quoted writes some the record does not hold
    and neither holds others."""
    missing = awards_not_held(expert, question)
    written = [a for a in awards_not_held(expert, question, biography_too=False) if a not in missing]
    return len(asked_awards(question)) > 1 and bool(written) and bool(missing)


def written_award(expert: ExpertMatch, question: str, counted: bool = False) -> bool:
    """Whether a biography sentence quoted for the question names an award it asks about (沈国荣's 1990年和1992年获
    “国家发明二等奖”2项, where the record holds one, dated 1990) — with a number of them when `counted`: a year or a
    number the record lacks is then quoted, not denied."""
    forms = {f for a in asked_awards(question) for f in award_forms(a)}
    quotes = [q for q in biography.quotes(expert) or () if biography.names_award(q, forms)] if forms else []
    if counted:  # a number the biography writes (获“国家发明二等奖”2项), or a year of the award the record lacks (赵忠贤:
        # 2011年…获国家自然科学二等奖, beside the 1990 and 2002 recorded): the count is the biography's to say too
        recorded = {a.year for a in expert.awards if a.year}
        return any(_SAID_COUNT.search(q) or any(int(y) not in recorded for y in biography.YEAR.findall(q))
                   for q in quotes)
    return bool(quotes)


def _year_verdict(expert: ExpertMatch, question: str) -> str:
    """`year_check` said: 是/不是 and the recorded year, without repeating the year asked; "" when it states none."""
    check = year_check(expert, question)
    if check is None:
        return ""
    held, dated = check
    if not dated:
        from generation.year_gaps import written_year  # (year_gaps reads awards the way this module does)
        asked = asked_awards(question)
        said = _ASKED_YEAR.search(question)
        if len(asked) == 1 and said and (written := written_year(expert, asked[0])) is not None:
            # 侯保荣2014年获得了何梁何利奖，是吗？ of an undated record, whose biography writes 2014年，获得“何梁何利…奖”: the
            # biography's year decides (it said no year was recorded, above the very quote, rt86)
            return f"{'是' if written == int(said.group(1)) else '不是'}。知识图谱的获奖记录没有这一项的年份，" \
                f"{expert.name}的简介写了获奖年份（原文见下）。"
        return f"知识图谱中没有{expert.name}这一项的年份记录。"
    recorded = "、".join(achievement(a) for a in dated)
    if not held and written_award(expert, question):  # the biography may date it otherwise: quoted, not denied
        from generation.year_gaps import written_year
        asked = asked_awards(question)
        if len(asked) == 1 and _asks_yes_no(question) and (written := written_year(expert, asked[0])) is not None and \
                all(a.year == written for a in dated):  # … unless it dates it as the record does (赵忠贤2015年获得国家
            # 最高科学技术奖吗？ of 2016 in both: no 不是 was said, rt151)
            return f"不是，年份与您问到的不同。知识图谱记录的{expert.name}{recorded}；{expert.name}的简介中有关的内容见下。"
        return f"知识图谱的获奖记录中，{expert.name}{recorded}；{expert.name}的简介中有关的内容见下。"
    if held is None:  # the year said is the span's bound, read either way: the record's year, no verdict
        return f"知识图谱记录的{expert.name}{recorded}。"
    differs = "不是，记录的年份不在您问到的时间段内" if asked_span(question) else "不是，年份与您问到的不同"
    return f"{'是' if held else differs}。知识图谱记录的{expert.name}{recorded}。"


def _year_beside_reason(expert: ExpertMatch, question: str) -> str:
    """The year's verdict of an award claimed won for a reason in a year the records do not give it (赵忠贤1987年因高温超导
    获得国家自然科学奖一等奖，对吧？ of 1990: only "the records hold no reasons" was said, the wrong year let stand, rt143),
    then the reason said unrecorded; "" where the year is the record's, or none is said or recorded."""
    check = year_check(expert, question)
    if check is None or check[0] is not False or not check[1]:
        return ""
    return _year_verdict(expert, question) + "获奖记录不写获奖的项目或原因，您说的原因无法确认。"


def _topic_verdict(expert: ExpertMatch, question: str) -> str:
    """Whether the expert works on the topic a follow-up asks about (第一位是研究膜分离的吗？): 是 and the recorded
    directions or fields that hold it, or that none does (the topic in quotes, which the guard reads as no claim);
    "" when it asks none."""
    hits = topic_hits(expert, question)
    if hits is None:
        return ""
    if hits and _DURATION.search(question):  # …研究30多年了吗？: the direction is recorded, the years are not — no 是
        return f"知识图谱记录的{expert.name}的研究方向和学科中有：{'、'.join(dict.fromkeys(hits))}。知识图谱不记录年限。"
    if hits:  # (what was done on it asks no yes/no: 他在焊接上做过什么？)
        return f"{'' if DONE_ON.search(question) else '是。'}知识图谱记录的{expert.name}的研究方向和学科中有：" \
               f"{'、'.join(dict.fromkeys(hits))}。"
    if (topic := asked_topic_zh(question)) and (related := related_directions(expert, topic)):
        # 李德群是做注塑研究的吧？ of 塑料注射成形模拟: the trade's other word for it (注射成型) is recorded — said as
        # that, not denied (it said "没有您问到的这一项" while listing it) and not a bare 是
        directions, word = related
        return f"知识图谱记录的{expert.name}的研究方向中有与“{topic}”相关的：{'、'.join(directions)}。“{topic}”在图谱中写作“{word}”一类的说法。" + \
            ("知识图谱不记录年限。" if _DURATION.search(question) else "")
    if said := biography.quotes(expert):  # 陈立泉研究锂电池吗？: the biography writes it (quoted below), the directions
        # do not — and which of the words asked it writes (激光焊接 of 潘际銮: 焊接, not 激光; 半导体芯片 of 陈立泉: none,
        # his research lines quoted — it said "有关的内容见下" of lines on batteries, rt50)
        lead = f"知识图谱记录的{expert.name}的研究方向和学科中没有直接写到这一项，"
        if topic is None or any(topic in q for q in said):
            return lead + f"{expert.name}的简介中有关的内容见下。"
        pieces = [w for w in dict.fromkeys(_topic_pieces(topic)) if len(w) >= 2 and not _PERSON_WORD.fullmatch(w)]
        record = (*expert.directions, *expert.fields)  # (物理 of 低温物理: his directions write 物理学 — it was said
        # unwritten, from the quotes alone, rt89)
        written = [w for w in pieces if any(w in q for q in said) or any(w in d for d in record)]
        if pieces and any(all(w in q for w in pieces) for q in said):  # 锂离子动力电池热失控 of 锂离子电池热失控: every
            return lead + f"{expert.name}的简介中有关的内容见下。"  # word in one sentence (said unwritten, rt75)
        if written and len(written) < len(pieces):  # (of the quotes and the record: words common to many biographies
            # are not looked for in the rest, so no more is said of it)
            unwritten = "、".join(f"“{w}”" for w in pieces if w not in written)
            return lead + f"{expert.name}的记录和所引简介中写到了{'、'.join(f'“{w}”' for w in written)}，没有写到{unwritten}，有关的内容见下。"
        if written:
            return lead + f"{expert.name}的记录和简介中有关的内容见下。"
        return lead + f"{expert.name}的简介中也没有写到“{topic}”；下面是简介中关于其研究工作的内容。"
    return f"知识图谱记录的{expert.name}的研究方向和学科中没有写到“{topic}”。" if topic else \
        f"知识图谱记录的{expert.name}的研究方向和学科中没有您问到的这一项。"


_DURATION = re.compile(r"(?:已经|已)?(?:(?<!\d)\d{1,3}|[一二两三四五六七八九十几]{1,3})\s*多?\s*年(?:多|了|之久|以上)*")


def asked_topic_zh(question: str) -> str | None:
    """The topic a Chinese follow-up asks whether an expert works on (第一位是研究膜分离的吗？ 这三位里谁研究轴承？)."""
    question = _DURATION.sub("", question)  # 从事钢铁结构材料研究30多年了吗？: the topic, not 30多年了
    question = re.sub(r"是不是([^，。？?]{2,16}?专家)(?=[？?]|$)", r"是\1吗", question)  # 是不是焊接方面的专家？
    m = DONE_ON.search(question) or _ASKED_TOPIC.search(question) or _WHO_TOPIC.search(question)
    return m.group(1) if m else None


def topic_hits(expert: ExpertMatch, question: str) -> list[str] | None:
    """The expert's recorded directions and fields that hold the topic the follow-up asks about; None when it asks
    none (or only names the expert)."""
    topic = asked_topic_zh(question)
    if topic is None or topic == expert.name:
        return None
    return list(dict.fromkeys(d for d in (*expert.directions, *expert.fields) if _holds_topic(d, topic)))


def related_words(topic: str) -> list[str]:
    """The trade vocabulary's words for a topic that share a character with it (注塑: 注射成型, 塑料成型 — not the
    broader 高分子材料): its other spellings, by which the records may write it."""
    return [w for w in topic_words(topic) if set(w) & set(topic)]


def related_directions(expert: ExpertMatch, topic: str) -> tuple[list[str], str] | None:
    """The expert's recorded directions that hold one of the topic's `related_words` (成型 and 成形 alike), and the
    first such word found; None when none does."""
    found = {}
    for word in related_words(topic):
        for d in dict.fromkeys(expert.directions):
            if _holds_topic(_FORMED.sub("成型", d), _FORMED.sub("成型", word)):
                found.setdefault(d, word)
    return (list(found), next(iter(found.values()))) if found else None


_FORMED = re.compile(r"成形")  # 成形 and 成型 are one word written two ways (塑料注射成形 / 注射成型)


def _holds_topic(recorded: str, topic: str) -> bool:
    """Whether a recorded direction holds an asked topic: as written, or each of its words in order (塑料加工 in
    塑料成型加工; a single word's characters: 钢结构 in 钢-混凝土组合结构)."""
    if topic in recorded:
        return True
    words = [w for w in jieba_words(topic) if w.strip()]
    pieces = words if len(words) > 1 else list(topic)
    at = 0
    for piece in pieces:
        at = recorded.find(piece, at)
        if at < 0:
            return False
        at += len(piece)
    return True


# words of a person, not of a topic (孙钧是做隧道的院士里最年轻的吧？: "the biography does not write 院士" was said of the
# lines quoted, rt59)
_PERSON_WORD = re.compile(r"院士|专家|学者|教授|老师|年轻|年长|最年轻|最年长|里面?|当中|之中")


def _topic_pieces(topic: str) -> list[str]:
    """A topic's jieba words, the single characters jieba leaves side by side read as one word (地面起灰: 地面, 起灰 — 起灰
    was dropped as two characters, and a biography naming 地面 alone was said to write the whole topic, rt77)."""
    out: list[str] = []
    run = ""  # the single characters read so far in a row
    for word in jieba_words(topic):
        if len(word) == 1:
            run += word
            continue
        out += [run, word] if run else [word]
        run = ""
    return out + [run] if run else out


def jieba_words(text: str) -> list[str]:
    """jieba's words of a text, without its HMM (unknown words stay single characters)."""
    import jieba

    return jieba.lcut(text, HMM=False)


# 有两位在同一个单位吗？ 哪几位在同一个城市？ "Are any two of them …?": whether some of them do, not all
_SOME_SAME = re.compile(r"哪两位|哪几位|哪些|有没有(?:两位|几位|人)|有(?:两|几)位|有谁|谁和谁|"
                        r"(?i:\bany\s+(?:two|of\s+them)\b|\bwhich\s+(?:two|ones|of\s+them)\b)")
_SAME_CITY = re.compile(r"同一(?:个|座)?(?:城市|地方)|(?i:\bsame\s+(?:city|place)\b|\bshare\s+(?:a|the)?\s*city\b)")


def same_place_asked(text: str) -> tuple[bool, bool]:
    """Of a same-place question: whether it asks if some of them (not all) share one, and whether of a city."""
    return bool(_SOME_SAME.search(text)), bool(_SAME_CITY.search(text))


def shared_places(experts: list[ExpertMatch], city: bool) -> tuple[list[tuple[str, list[ExpertMatch]]], list[ExpertMatch]]:
    """The places (institutions, or cities) two or more of the experts share, each with them, and the experts of no
    recorded place."""
    groups: list[tuple[str, list[ExpertMatch]]] = []
    for e in experts:
        place = e.city if city else e.institution
        if not place:
            continue
        group = next((g for p, g in groups if (p == place if city else same_org(p, place))), None)
        if group is None:
            groups.append((place, [e]))
        else:
            group.append(e)
    return [(p, g) for p, g in groups if len(g) >= 2], [e for e in experts if not (e.city if city else e.institution)]


def same_place_verdict(experts: list[ExpertMatch], groups: list, unknown: list[ExpertMatch], city: bool, some: bool) -> str:
    """"yes", "no", "not_all" or "open" for a same-place question, from `shared_places`: an expert of no recorded place
    may share one, so no "no" the records cannot back (王辰's city unknown was said 不是, rt87)."""
    known = {e.city if city else e.institution for e in experts} - {None, ""}
    if unknown and (not groups if some else len(known) < 2):
        return "open"
    whole = len(groups) == 1 and len(groups[0][1]) == len(experts)  # (他们都在同一个城市吗？: all of them)
    return "no" if not groups else "yes" if some or whole else "not_all"


def describe_same_place(experts: list[ExpertMatch], question: str = "") -> str:
    """Whether the experts work at the same place (第一位和第三位是同一个单位的吗？), from their recorded institutions,
    then where each works; whether some of them do (有两位在同一个单位吗？ 哪几位在同一个城市？): those who share one
    (it said 不是 and listed two of 北京理工大学, rt63)."""
    some, city = same_place_asked(question)
    if some or city:
        groups, unknown = shared_places(experts, city)
        each = "，".join(f"{e.name}在{e.institution}工作" + (f"（{e.city}）" if city and e.city else "")
                        for e in experts if e.institution)
        shared = "；".join(f"{'和'.join(e.name for e in g)}都在{p}" + ("" if city else "工作")
                          if city or len({e.institution for e in g}) == 1 else
                          "和".join(f"{e.name}（{e.institution}）" for e in g) + "在同一单位，是同一单位的不同写法"
                          for p, g in groups)
        missing = f"知识图谱中没有{'、'.join(e.name for e in unknown)}的{'所在城市' if city else '单位'}记录。" if unknown else ""
        verdict = {"open": "无法确定。", "no": "不是。", "yes": "是。", "not_all": "不都是。"}[
            same_place_verdict(experts, groups, unknown, city, some)]
        return verdict + (f"按知识图谱的记录，{shared}。" if groups else "") + f"知识图谱记录的{each}。" + missing
    unknown = [e.name for e in experts if not e.institution]
    each = "，".join(f"{e.name}在{e.institution}工作" for e in experts if e.institution)
    if unknown:
        return f"知识图谱中没有{'、'.join(unknown)}的单位信息，无法判断。" + (f"{each}。" if each else "")
    if all(same_org(e.institution, experts[0].institution) for e in experts):  # 中科院物理所 is 中国科学院物理研究所,
        # 中国科学院中国科学技术大学 is 中国科学技术大学 (it said 不是)
        if len({e.institution for e in experts}) > 1:
            return f"是。知识图谱记录的{each}，是同一单位的不同写法。"
        if FINER_UNIT.search(question):  # 是同一个系的同事吗？: the graph records the institution only (是 was said, rt102)
            return f"知识图谱记录的{'和'.join(e.name for e in experts)}都在{experts[0].institution}工作；图谱不记录院系、" \
                   "实验室或课题组，无法确认是否在同一个院系或团队。"
        return f"是。知识图谱记录的{'和'.join(e.name for e in experts)}都在{experts[0].institution}工作。"
    return f"不是。知识图谱记录的{each}。"


# a unit below the institution (同一个系, 同一个实验室, "the same department"): the graph records none
FINER_UNIT = re.compile(r"院系|系里|同一个?系|(?:同一|一个)(?:个)?(?:学院|实验室|研究室|课题组|团队|科室|部门)|课题组|实验室|"
                        r"(?i:\b(?:department|faculty|lab|laboratory|research\s+group|team|division)s?\b)")


# a post held before (曾任南昌大学校长, 原在…工作): no claim of where the expert is now
_PAST_POST = re.compile(r"(?:曾经?|原先?|历|先后|以前|早年)(?:任|在|担任|就职|工作|执教|任教)")


_AS_HE = re.compile(r"(?i)^\s*(?:as|being)\s+(?:a|an|the)\s")  # an English apposition before the name it is said of


def contradicted_premises(expert: ExpertMatch, question: str, others: Sequence[str] = ()
                          ) -> list[tuple[str, list[AwardFact]]]:
    """What a problem says of an expert it names that the record contradicts ("institution", "award", "year" with the
    dated records the year was checked against; 听说钟南山是清华大学的教授，获得过诺贝尔奖): read in the clause that names
    the expert and those after it in the same sentence (the subject is left out in Chinese) until the request begins
    or a clause names one of `others` (田红旗是中南大学的，沈志云是西南交通大学的: 西南交通大学 is said of 沈志云); a
    post held before (曾任南昌大学校长) is no claim of the institution."""
    said, on, before = [], False, []
    for clause in re.split(r"([。；;！!？?\n]|\.(?=\s+[A-Z]|\s*$))|[，,]", question):  # (an English full stop ends one
        # too: "… won the 国家技术发明奖一等奖 in 2005. Please check …" lost the claim to the request after it, rt66)
        if clause is None:  # a comma: the same sentence goes on
            continue
        if len(clause) == 1 and clause in "。；;！!？?\n.":  # a sentence ends: the subject is said again after it
            on, before = False, []
            continue
        if expert.name in clause:
            said += [c for c in before if _AS_HE.match(c)]  # "As a CAS academician elected in 1994, Qian Qihu is …":
            before, on = [], True  # said of him before his name (it stood, rt108)
        elif _REQUEST.search(clause) or any(n in clause for n in others if n != expert.name):  # "…，请推荐他": the
            on = False  # request, no longer about the expert; another expert's clause, his
        else:
            before.append(clause)
        if on:
            said.append(clause)
    current = "，".join(c for c in said if not _PAST_POST.search(c))
    said = "，".join(said)  # (joined bare, 陈湘生院士，深圳地铁集团 read as the organisation 院士深圳地铁集团)
    # 申长雨是2020年当选院士的: a recorded election or award, said with another year (not 1978年毕业于…)
    unborn = _BORN_IN.sub("", said)  # (李德群1945年出生，2015年当选: the birth year is no year of the election, rt63)
    dated = year_check(expert, unborn) if said and _HONOURED.search(_DEGREE.sub("", unborn)) and \
        not _WHAT_IN_YEAR.search(unborn) else None  # (那他1999年获得的是什么？ asks; "the year differs" was said, rt147)
    dated = None if dated is not None and dated[0] is None else dated  # (a bound read either way: no contradiction)  # (1990年获得博士学位:
    # a degree, which no record dates)
    unseated = without_seats(current)  # 是中国科学院院士还是中国工程院院士？ names academies, no workplace
    theirs = [n for n in others if n != expert.name]
    if theirs:  # 郑州大学的申长雨和华中科技大学的李德群: an organisation said of another expert named right after it
        names = "|".join(map(re.escape, theirs))
        for org in _asked_orgs(unseated)[0]:
            unseated = re.sub(rf"{re.escape(org)}(?=的?(?:{names}))", "", unseated)
    return [(kind, records) for kind, wrong, records in (
        ("institution", bool(expert.institution) and other_orgs(expert, unseated), []),
        # 袁隆平是北京大学的教授，对吧？ of one with no institution recorded: not confirmed (it was let stand, rt77)
        ("unplaced", not expert.institution and bool(_asked_orgs(unseated)[0]), []),
        ("award", awards_not_held(expert, said), []),
        ("year", dated is not None and not dated[0] and bool(dated[1]), dated[1] if dated else [])) if said and wrong]


_SEAT_NAMED = re.compile(r"(?:中国)?(?:科学院|工程院)院士|[^\s，,、。；;和与及的是也]{1,10}?(?:科学院|工程院|科学与艺术学院|自然科学院)"
                         r"外籍院士|(?:美国|英国|法国|德国|俄罗斯|日本|瑞典|欧洲|发展中国家|第三世界)[^\s，,、。；;和与及的是也]{0,8}?"
                         r"(?:科学院|工程院)院士|(?i:\b(?:a\s+)?(?:member|academician|fellow)s?\s+of\s+(?:the\s+)?"
                         r"(?:chinese\s+)?academy\s+of\s+(?:engineering|sciences)\b|\b(?:CAS|CAE)\s+(?:member|academician)s?\b|"
                         # "his election to the Chinese Academy of Sciences in 2009" (read as a workplace, rt124)
                         r"\belect(?:ed|ion)\s+(?:(?:in\s+\d{4}\s+)?(?:to|into)|as\s+an?\s+(?:member|academician)\s+of)\s+"
                         r"(?:the\s+)?(?:chinese\s+academy\s+of\s+(?:engineering|sciences)|CAS|CAE)\b)")
# (…, "a member of the Chinese Academy of Engineering": a seat, no workplace)
def without_seats(text: str) -> str:
    """The text with academy seats said as 院士 (是中国科学院院士吗？ names a seat, no workplace)."""
    return _SEAT_NAMED.sub("院士", text)


_BORN_IN = re.compile(r"(?:19|20)\d\d\s*年(?:\d{1,2}\s*月)?(?:\d{1,2}\s*日)?(?:出生|生人|生于[^，。；]{0,12}|生(?=[，,。；;]|$))|"
                      r"(?:出生|生)于\s*(?:19|20)\d\d\s*年|(?i:\bborn\s+in\s+(?:19|20)\d\d\b)")
_DEGREE = re.compile(r"(?:获得?|取得|拿到)?[^，。；]{0,12}?(?:学位|博士|硕士|学士)|毕业|(?i:\b(?:ph\.?\s?d|doctorate|degree|master'?s|graduated)\b)")
_HONOURED = re.compile(r"当选|选为|获得?|荣获|得过|拿过|奖|院士|入选|(?i:\belect(?:ed|ion)\b|\bawards?\b|\bprizes?\b|\bwon\b)")


# what was won in a year, asked (他1999年获得的是什么？ 2005年拿了什么奖？): the year asks, it claims nothing
_WHAT_IN_YEAR = re.compile(r"(?:19|20)\d\d年[^，,。？?]{0,8}?(?:获得?|拿|得|荣获)(?:了|过)?(?:的)?(?:是)?(?:什么|哪个|哪项|哪一项|啥)")


def other_seat(expert: ExpertMatch, question: str) -> str | None:
    """The academy seat the record holds where the awards a question says of the expert that the record lacks
    include the other academy's seat ("As a CAS academician …" of a 中国工程院院士: "none of the awards is the one you
    mention" was said, rt108), else None."""
    missing = awards_not_held(expert, question)
    seats = [a.name for a in expert.awards if a.name in _BOTH_ACADEMIES]
    return seats[0] if seats and any(m in _BOTH_ACADEMIES for m in missing) else None


def other_award_missing(expert: ExpertMatch, question: str) -> bool:
    """Whether a question says of the expert an award the record lacks besides an academy seat (信里要提到他2003年获得
    国家最高科学技术奖、是中国工程院院士: both corrected)."""
    return any(m not in _BOTH_ACADEMIES for m in awards_not_held(expert, question))


def _said_seat(question: str) -> str | None:
    """The academy seat a question says (中国工程院院士 of 1991年当选中国工程院院士), said back as the user's words."""
    return next((a for a in asked_awards(question) if a in _BOTH_ACADEMIES), None)


def correct_premises(expert: ExpertMatch, question: str, skip: tuple[str, ...] = (), others: Sequence[str] = ()
                     ) -> list[str]:
    """`contradicted_premises` said, without repeating what the problem says (nor the kinds in `skip`, which the
    answer says itself; `others`: the other experts the problem names)."""
    held = asked_held(expert, question) if len(asked_awards(question)) > 1 else []  # A held, B not: A said
    seat = other_seat(expert, question)
    return [f"知识图谱记录的{expert.name}的单位不是您提到的单位：{expert.name}在{expert.institution}工作。" if kind == "institution"
            else f"知识图谱没有记录{expert.name}的单位，无法确认您提到的单位。" if kind == "unplaced"
            else f"知识图谱记录的{expert.name}是{seat}，不是您提到的{_said_seat(question) or '那一院的院士'}。" + (
                f"知识图谱记录的{expert.name}获奖中，也没有您提到的另一项。" if other_award_missing(expert, question) else "")
            if kind == "award" and seat else
            f"知识图谱记录的{expert.name}获奖中，没有您提到的那一项。" if kind == "award" and not held else
            f"您提到的奖项中，知识图谱记录的{expert.name}获得过{'、'.join(map(_award_text, held))}；另一项没有记录。"
            if kind == "award" else
            f"年份与您提到的不同：知识图谱记录的{expert.name}{'、'.join(map(achievement, records))}。"
            for kind, records in contradicted_premises(expert, question, others) if kind not in skip]


# 关桥是焊接领域唯一的工程院院士吧？ "Guan Qiao is the only CAE academician in welding": a claim that no one else holds it
_SOLE = re.compile(r"唯一|(?i:\bthe\s+only\b|\bthe\s+sole\b)")


def sole_claims(named: ExpertMatch, question: str, shown: Sequence[ExpertMatch], english: bool = False) -> list[str]:
    """Where a problem says a named expert is the only holder of an award or seat (唯一的工程院院士) that others shown
    hold too: those others, by their records (it said nothing of 唯一, and once that 关桥 lacked the seat, rt56)."""
    sentence = next((c for c in re.split(r"[。；;！!？?\n]", simplified(question)) if named.name in c and _SOLE.search(c)),
                    None)
    if sentence is None:
        return []
    notes = []
    for asked in asked_awards(sentence):
        forms = award_forms(asked)
        holders = [e.name for e in shown if e.id != named.id and any(
            _holds(f, x) for a in e.awards for f in award_forms(a.name) for x in forms)]
        spelt = max(forms, key=len)  # (工程院院士: 中国工程院院士)
        if holders and english:
            notes.append(f"On \"the only\": of the experts above, the graph records {', '.join(holders)} as "
                         f"{'holding' if not spelt.endswith('院士') else 'being'} {spelt} too.")
        elif holders:
            notes.append(f"关于“唯一”：知识图谱记录的以上专家中，{'、'.join(holders)}也{'是' if spelt.endswith('院士') else '获得过'}"
                         f"{spelt}。")
    return notes


#: what a follow-up about one attribute answers itself of the premises a question holds (the rest is said beside it)
ANSWERED_PREMISES = {"awards": ("award", "year"), "institution": ("institution",)}
# 有误吗？ 有没有错？ "Is this wrong?": asked whether it is wrong, so 是/不是 would say the opposite of the record
ASKS_WRONG = re.compile(r"有误|有错|有没有错|有没有问题|有问题吗|错了吗|不对吗|说错了?吗?|(?i:\bis\s+(?:this|that|it)\s+wrong\b)")
# 这句话对吗？ 有错吗？ "Is this right?": a statement of several facts put up for checking
STATEMENT_CHECK = re.compile(r"(?:对吗|对不对|是否正确|正确吗|有错吗|有没有错|有误吗|准确吗|属实吗|没问题吧|"
                             r"(?i:\bis\s+(?:this|that|it)\s+(?:right|correct|true|accurate)\b))")


def place_said(*places: str, joined: str = "或") -> str:
    """The words an institution's name is checked for to be at any of the places, each once, as an answer says them:
    「四川」或「成都」 (广东或深圳: 深圳 once, rt51)."""
    return joined.join(f"「{w}」" for w in dict.fromkeys(w for place in places for w in place_words(place)))


def describe_unmet(requirement: Requirement, *alternatives: Requirement, shown: bool = False) -> str:
    """Says that no relevant expert meets a requirement of the problem (so the list is not read as meeting it); `shown`:
    of the experts shown only (where none of them is related to the problem, "no related expert" would deny those the
    graph holds — but the wish is still answered, not passed over: 有没有在南京的专家？ got the same list, rt74).

    The award or institution asked for is not named again: the guard lets an answer name only awards and
    institutions of the experts shown."""
    if shown:
        return describe_unmet(requirement, *alternatives).replace("与问题最相关的一批专家中", "以上专家中", 1)
    if requirement.kind == "place":
        said = place_said(*(r.text for r in (requirement, *alternatives)))  # 在北京或上海: each
        return (f"与问题最相关的一批专家中，没有在{'或'.join(r.text for r in (requirement, *alternatives))}的（按知识图谱记录的单位"
                f"所在地判断；未记录所在地的单位，按名称是否含{said}；没有单位记录的专家，图谱无法判断其所在地）。")
        # (叶可明, no institution recorded, 上海建工 in his biography: "没有在上海的" read as a fact about him, rt54)
    if requirement.kind == "elected":  # (…里没有当选年份… read as 没有当选, a denial of their seats)
        return "与问题最相关的一批专家中，知识图谱记录的当选年份都不在您要求的时段内。"
    what = {"academy": "符合您所要求学术身份的专家", "award": "符合您所要求获奖条件的专家记录",
            "institution": "来自您所要求单位的专家",
            "sector": "单位属于您所要求类型（"
            + "或".join(r.text for r in (requirement, *alternatives)) + "）的专家"}[requirement.kind]
    return f"与问题最相关的一批专家中，按知识图谱的记录没有{what}。"  # (最相关的一批: those the search
    # ranked first, not every expert the problem touches — 岑可法 of 浙江大学 was one of those, rt70)


_LEFT_OUT = {"academy": "具有该学术身份的专家", "award": "获得过该奖项的专家", "institution": "来自该单位的专家",
             "sector": "来自该类单位的专家", "elected": "该时段当选的院士"}


def key_direction(expert: ExpertMatch) -> str | None:
    """The direction that best says why an expert was shown: the first a reason names (研究方向「塑料成型」…), else
    the first recorded; None when none is recorded."""
    for reason in expert.reasons:
        if (m := re.search(r"研究方向「([^」]+)」", reason)) and m.group(1) in expert.directions:
            return m.group(1)
    return expert.directions[0] if expert.directions else None


def _one_line(expert: ExpertMatch) -> str:
    direction = key_direction(expert)
    said = "，".join(x for x in (expert.institution, f"研究方向：{direction}" if direction else None) if x)
    return f"{expert.name}（{said}）" if said else expert.name


def describe_brief(experts: list[ExpertMatch]) -> str:
    """The experts shown in one sentence (用一句话总结一下): each one's name, institution and the direction that fits."""
    names = [_one_line(e) for e in experts]
    joined = names[0] if len(names) == 1 else "、".join(names[:-1]) + "和" + names[-1]
    return f"一句话总结：刚才推荐的{len(experts)}位专家是{joined}。"


def describe_letter(reader: str, experts: list[ExpertMatch]) -> str:
    """A letter to the company's own reader (给总经理的推荐信) recommending the experts shown, every fact from their
    records; what the graph does not hold (contact details) is said to be checked elsewhere."""
    cards = "\n\n".join(describe_expert(e, i) for i, e in enumerate(experts, 1))
    return (f"以下是根据专家知识图谱的记录起草的推荐信，可按需修改：\n\n尊敬的{reader}：\n\n针对我们遇到的技术问题，"
            f"根据专家知识图谱，建议考虑以下{len(experts)}位专家：\n\n{cards}\n\n以上专家信息均来自专家知识图谱；"
            "专家的联系方式、档期和费用等知识图谱没有记录，需另行核实。\n\n此致\n敬礼")


def describe_invitation(expert: ExpertMatch, question: str = "") -> str:
    """A draft invitation to one expert (给第一位专家写一封邀请邮件), in the company's voice — or for what the turn says
    he is invited to (邀请陈立泉院士来我校做报告: a school's, not "我们企业遇到了难题", rt94/rt95) — the expert's facts
    from the record; the address is not in the graph."""
    title = "院士" if (expert.title or "").endswith("院士") else "老师"
    direction = key_direction(expert)
    purpose = _INVITED_TO.search(question)
    if CONGRATULATION.search(question):  # 给祝世宁院士写一封贺信: congratulations on what the records hold (rt124)
        body = "谨向您致以热烈的祝贺！" + (f"您{'、'.join(map(achievement, expert.awards))}，我们深感敬佩。" if expert.awards else "")
        return (f"以下是贺信的草稿，可按需修改（专家的邮箱等联系方式知识图谱没有记录，需另行查找）：\n\n"
                f"尊敬的{expert.name}{title}：\n\n您好！{body}\n\n此致\n敬礼")
    if THANKS_LETTER.search(question):  # 给吴孟超院士写一封感谢信，感谢他在肝胆外科方面的贡献: thanks, in the user's words
        thanked = _THANKED_FOR.search(question)
        if thanked and _HONOURED.search(thanked.group("for")):  # 感谢他作为2005年…得主和中国工程院院士对我院的支持: the
            # honours are the records' to say (pasted, the false one dropped the whole body, rt124)
            body = "衷心感谢您对我们工作的关心和支持。" + (f"您{'、'.join(map(achievement, expert.awards))}，我们深感敬佩。"
                                                   if expert.awards else "")
        else:
            body = f"衷心感谢您{thanked.group('for').rstrip('，,。；; ')}。" if thanked else "衷心感谢您对我们工作的关心和支持。"
        return (f"以下是感谢信的草稿，可按需修改（专家的邮箱等联系方式知识图谱没有记录，需另行查找）：\n\n"
                f"尊敬的{expert.name}{title}：\n\n您好！{body}\n\n此致\n敬礼")
    if purpose is not None:  # (its own words only: …技术顾问，信里介绍一下她的主要成就 pasted the instruction in, rt104)
        to = re.split(r"[，,；;](?=\s*(?:信|邮件|函|请|并|另外|同时|里面|其中|内容|要|需要|记得|务必|顺便))",
                      purpose.group("to"))[0]
        body = f"诚挚地邀请您{to.rstrip('，,。；; ')}。"
    else:
        why = f"了解到您的研究方向包括{direction}。我们希望就相关技术难题向您请教，" if direction else ""
        body = f"我们企业在生产和研发中遇到了一些技术难题。{why}诚挚地希望邀请您到企业指导或开展技术交流。"
    if WITH_ACHIEVEMENTS.search(question) and expert.awards:  # 信里介绍一下她的主要成就和获奖: the record's
        body += f"您{'、'.join(map(achievement, expert.awards))}，我们深感敬佩。"
    return (f"以下是邀请邮件的草稿，可按需修改（专家的邮箱等联系方式知识图谱没有记录，需另行查找）：\n\n"
            f"尊敬的{expert.name}{title}：\n\n您好！{body}如蒙应允，具体时间和方式可按您的安排商定。\n\n期待您的回复！\n\n此致\n敬礼")


# a letter asked to tell the expert's achievements (信里介绍一下她的主要成就和获奖, 提到他获得的奖项, 提到他的院士身份和
# 最高奖: rt124)
WITH_ACHIEVEMENTS = re.compile(r"(?:介绍|提到|提及|写上|写明|列出|包括|说明)[^。！!？?]{0,8}?(?:成就|获奖|奖项|荣誉|身份|头衔|称号|"
                                r"最高奖|[^。！!？?]奖)")


# a thank-you letter asked for, and what the expert is thanked for (感谢他在肝胆外科方面的贡献)
THANKS_LETTER = re.compile(r"感谢信|致谢信|谢函|(?i:\bthank(?:-|\s)?you\s+(?:letter|note|e-?mail)\b)")
CONGRATULATION = re.compile(r"贺信|祝贺信|贺电|贺词|祝贺(?:他|她|您)|(?i:\bcongratulat\w*)")
_THANKED_FOR = re.compile(r"感谢(?:他|她|您|其)(?P<for>[^。！!？?\n]{2,40})")
# what an invitation asks the expert to come for (邀请…陈立泉院士来我校做锂电池报告): the turn's own words
_INVITED_TO = re.compile(r"邀请[^，。？?！!]*?(?:院士|教授|老师|先生|专家|他|她)(?P<to>(?:来|到|参加|出席|莅临|担任)[^。！!？?\n]{2,40})")


def describe_member(name: str, shown: list[ExpertMatch], experts: list[ExpertMatch],
                    counted: tuple[int, bool] | None = None) -> str:
    """Whether the person a turn names is among the experts shown (其中有陈立泉吗？): where, or not — then their record
    when the graph holds them (`experts` beyond those shown), or that it holds no one of that name; after a count
    (`counted`: its total, and whether the person is one of those counted), whether he is one of them."""
    at = next((i for i, e in enumerate(shown, 1) if e.name == name), None)
    if at is not None:
        return f"有。{name}是刚才推荐的第{at}位：\n\n" + describe_expert(shown[at - 1], at)
    if counted is not None:  # 清华大学有哪些院士？ then 其中有吴良镛吗？: of the 73 counted, not the three shown
        total, held = counted
        lead = f"{'有' if held else '没有'}。刚才统计的{total}位专家中{'包括' if held else '没有'}{name}（列出的是其中几位）。"
        found = [e for e in experts[len(shown):] if e.name == name]
        return lead + ("\n\n" + "\n\n".join(describe_expert(e, i) for i, e in enumerate(found, 1)) if found else
                       f"知识图谱中也没有名为{name}的专家。")
    text = f"没有。刚才推荐的是{'、'.join(e.name for e in shown)}，其中没有{name}。"
    found = [e for e in experts[len(shown):] if e.name == name]
    if not found:
        return text + f"知识图谱中也没有名为{name}的专家。"
    return text + f"知识图谱中{name}的记录如下：\n\n" + "\n\n".join(describe_expert(e, i) for i, e in enumerate(found, 1))


def undated_holders(experts: list[ExpertMatch], requirement: Requirement) -> list[str]:
    """The experts who hold the award a dated requirement names without a recorded year: not counted, said so."""
    if requirement.kind != "award" or requirement.years is None:
        return []
    undated = requirement.model_copy(update={"years": None})
    return [e.name for e in experts if undated.met(e) and not requirement.met(e) and
            not any(a.year for a in e.awards if undated.met(e.model_copy(update={"awards": [a]})))]


def describe_among(experts: list[ExpertMatch], among: tuple[Requirement, ...], negated: bool = False,
                   part: bool = False) -> str:
    """How many and which of the experts shown meet each thing a turn counts (有几位是中国科学院院士？), or do not
    (`negated`: 没有获得过…的有几位？), then each one's record it was read from; one that none meets is not named (the
    guard lets an answer name only what they hold)."""
    lines = []
    who = f"{'、'.join(e.name for e in experts)}这{len(experts)}位专家" if part else f"刚才推荐的{len(experts)}位专家"
    # (`part`: some of those shown, named — 刚才推荐的2位 was said of two of three, rt71)
    for requirement in among:
        holders = [e for e in experts if requirement.met(e)]
        what = ("是" if requirement.kind == "academy" else "") + describe_requirement(requirement)
        if requirement.kind == "elected":  # (a year beside names reads as their election: the span asked is not said)
            what = "在您问到的时间段内当选院士"
        if requirement.kind == "place":  # 有几位在北京？: by the name or the recorded place of each one's institution
            what = f"单位位于{requirement.text}"  # (单位名称含「北京」 was said of 中国科学院研究生院, rt81)
        if negated:  # 没有获得过…的有几位？: those who do, then those whose records do not (a negation the guard cannot
            others = [e for e in experts if e not in holders]  # check is said as the rest of a count it can)
            lines.append(f"{who}中，{what}的有{len(holders)}位" +
                         (f"：{'、'.join(e.name for e in holders)}" if holders else "") +
                         f"；知识图谱的记录里没有这一项的有{len(others)}位" +
                         (f"：{'、'.join(e.name for e in others)}。" if others else "。"))
            continue
        lines.append(f"{who}中，{what}的有{len(holders)}位：{'、'.join(e.name for e in holders)}。"
                     if holders else f"{who}中，知识图谱的记录里没有符合您所问这一项的。")
        if undated := undated_holders(experts, requirement):
            lines.append(f"{'、'.join(undated)}的这一项获奖没有记录年份，无法按年份判断。")
        if requirement.kind == "award" and not negated:  # 他们中几位获得过何梁何利奖？ "none" of two whose biographies
            # write it (rt77): said, and quoted, apart from the records' count
            forms = award_forms(requirement.text) | {requirement.text.removesuffix("基金")}  # (何梁何利技术科学奖)
            written = {e.name: [q for q in biography.quotes(e) or () if biography.names_award(q, forms)]
                       for e in experts if e not in holders}
            if written := {n: qs for n, qs in written.items() if qs}:
                lines.append(f"另外，{'、'.join(written)}的简介原文中写到了您问到的名称（结构化记录中没有，未计入），见下。" +
                             "".join(f"\n\n知识图谱中{n}的简介写道：\n" + "\n".join(qs[:2]) for n, qs in written.items()))
    attribute = "awards" if any(r.kind in ("academy", "award", "elected") for r in among) else "institution"
    return "\n".join(lines) + "\n\n" + "\n".join(describe_attribute(e, attribute) for e in experts)


def describe_left_out(requirements: tuple[Requirement, ...]) -> str:
    """Says which experts a list leaves out as the user asked (排除中科院的), without naming the seat, award or
    institution again (the guard lets an answer name only what the shown experts hold)."""
    several = sum(r.kind == "institution" for r in requirements) > 1  # 换一批但不要同一个单位的: the places shown
    kinds = [f"在{r.text}的专家" if r.kind == "place" else "来自刚才这些单位的专家"
             if several and r.kind == "institution" else _LEFT_OUT[r.kind] for r in requirements]
    where = "按知识图谱记录的单位所在地判断（未记录所在地的单位按名称）；" if any(r.kind == "place" for r in requirements) else ""
    return f"{where}已按您的要求，不再推荐{'、'.join(dict.fromkeys(kinds))}。"  # (不要北京的: 中科院物理所 stays)


def all_left_out(requirements: tuple[Requirement, ...]) -> str:
    """Says that the experts most related to the problem are all of the kinds the user left out, so none is shown."""
    return describe_left_out(requirements) + "知识图谱中与该问题最相关的专家都属于这一类，去掉后暂无可推荐的专家；" \
        "可以放宽这一要求，或换一种说法描述问题。"


def describe_unrecorded(what: list[str], female_first: bool = False, age_order: str | None = None) -> str:
    """Says that the graph's records have no field for what the problem asked of the expert (性别, 年龄, …), so the
    experts shown were not chosen by it — only, where a woman was asked for, those whose biographies say so first, and
    where a younger (older) one was, the relevant ones by the birth years their biographies write."""
    if age_order:  # 希望年轻一点的 / 有没有年纪大一点的 (retrieval/pipeline.py `_by_birth_first`)
        return (f"知识图谱的结构化记录中没有专家的{'、'.join(what)}这一项；与问题最相关的几位中，简介写有生年的按生年"
                f"{'从晚到早' if age_order == 'younger' else '从早到晚'}排在前面，其余按与问题的相关程度排列。")
        # (出生年份 is read by the guard as a claim of a life)
    if female_first:
        return (f"知识图谱的结构化记录中没有专家的{'、'.join(what)}这一项；以上专家中，简介写明的与您的要求相符的排在前面"
                "（原文见下），其余按研究方向与问题的相关程度推荐。")  # (no 女性 of our own: the guard reads it as a claim)
    return f"知识图谱的结构化记录中没有专家的{'、'.join(what)}这一项，无法按它筛选；以上专家只按研究方向与问题的相关程度推荐。"


def shared_facts(experts: list[ExpertMatch]) -> list[tuple[str, str, list[str]]]:
    """What two or more of the experts' records hold alike, as (kind, value, names): an institution, a field, an
    academy seat or another award, each value once, in the order of the records."""
    found: dict[tuple[str, str], list[str]] = {}
    for e in experts:
        held = [("institution", e.institution)] if e.institution else []
        held += [("field", f) for f in e.fields] + [("award", a.name) for a in e.awards]
        held += [("elected", f"{a.year}年当选{a.name}") for a in e.awards if a.year and a.name.endswith("院士")]  # (有没有两位是
        # 同一年当选的？ rt65)
        for key in dict.fromkeys(held):
            found.setdefault(key, []).append(e.name)
    return [(kind, value, names) for (kind, value), names in found.items() if len(names) >= 2]


def describe_common(experts: list[ExpertMatch]) -> str:
    """Answer 他们有什么共同点？ from the records alone: what two or more of them hold alike, or that nothing is."""
    lines = []
    for kind, value, names in shared_facts(experts):
        who = "、".join(names)
        lines.append(f"{who}都在{value}工作。" if kind == "institution" else f"{who}所属学科都是{value}。"
                     if kind == "field" else f"{who}都是{value}。" if value.endswith("院士") else f"{who}都获得过{value}。")
    if not lines:
        return ("按知识图谱的记录，这几位专家的单位、学科和获奖没有相同的；他们的共同点是研究方向都与您的问题相关"
                "（见各自的推荐理由）。")
    return "按知识图谱的记录：\n" + "\n".join(lines) + "\n此外，他们的研究方向都与您的问题相关（见各自的推荐理由）。"


def compare_named(experts: list[ExpertMatch]) -> str:
    """Answer "A和B谁更厉害？" about experts the question names: the graph ranks no one; their records, then item by
    item (逐点比较前两位专家: it re-listed the records only, rt56)."""
    return "知识图谱不记录专家之间的高下或排名。以下是图谱中他们各自的记录：\n\n" + \
        "\n\n".join(describe_expert(e, i) for i, e in enumerate(experts, 1)) + "\n\n" + _item_by_item(experts)


def _item_by_item(experts: list[ExpertMatch]) -> str:
    """The experts' records side by side: institution, academy seats, fields and other awards, each as recorded."""
    def row(label: str, said: Callable[[ExpertMatch], str]) -> str:
        return f"{label}：" + "；".join(f"{e.name}，{said(e)}" for e in experts) + "。"

    def seats(e: ExpertMatch) -> str:
        held = [achievement(a) for a in e.awards if a.name.endswith("院士")]
        return "、".join(held) if held else "—"  # (no 院士 nor 没有获… of our own: the guard reads them as claims)

    def others(e: ExpertMatch) -> str:
        held = [_award_text(a) for a in e.awards if not a.name.endswith("院士")]
        return "、".join(held) if held else "—"
    elected = any(a.name.endswith("院士") for e in experts for a in e.awards)
    return "逐项对比（按知识图谱的记录；“—”表示图谱中没有这一项）：\n" + "\n".join([
        row("单位", lambda e: e.institution or "—"), *([row("当选", seats)] if elected else []),
        row("学科", lambda e: "、".join(e.fields) if e.fields else "—"), row("获奖", others)])


_OPEN_ASKED = re.compile(r"(?i)^\s*(?:and\s+)?(?:what|why|how(?!\s+many)|where)\b(?!\s+(?:of|among)\s+them)|为什么|因为什么|凭什么")


def award_holders(experts: list[ExpertMatch], attribute: str | None, question: str) -> list[ExpertMatch] | None:
    """Which of several experts hold the award or seat a group question names (他们都是中国工程院院士吗？), or whose
    records hold the topic it asks about (这三位里谁研究轴承？); None when it names neither or is about one expert: the
    overall verdict comes before each one's record."""
    if len(experts) < 2 or asks_when(question):  # 他们当选院士分别是哪一年？ asks years, not whether
        return None
    last = [s for s in re.split(r"(?<=[.?!。？！])\s*", question.strip()) if s.strip()][-1:] or [""]
    if _OPEN_ASKED.search(last[0]):  # "Sun Jiadong shared the 2009 … with Wang Yongzhi. What were the two of them
        return None  # recognized for?": no yes or no (it said "Yes, all of them" of 2009 and 2003, rt114)
    if attribute == "awards" and biography.YEAR.search(question) and sum(e.name in question for e in experts) >= 2:
        return None  # 赵忠贤 … the State Preeminent Award in 2010; 王振义 got it in 2016: a year said of each, checked in
        # each one's record (it said "Yes, all of them" of the award alone, rt66)
    if attribute == "awards" and (span := award_years(question)) is not None:  # 最近五年获奖的有哪些？ 谁在2010年获得过
        # 国家科技进步奖？: dated in it
        asked = asked_awards(question)  # 2010年以后获得过国家科技进步奖的: that award's
        seats = _ACADEMY_ASKED.search(question) and not any(x.endswith("奖") for x in asked)  # "Which of them was
        # elected before 2000?": the seats' years (it counted a 2000 award of one elected in 2013)
        bound = span_bound(question)  # "before 2000": not 2000 itself
        return [e for e in experts if any(
            in_span(a, span) and (a.name.endswith("院士") if seats else is_asked(a, asked))
            and not (bound is not None and bound[1] and a.year == bound[0]) for a in e.awards)]
    if attribute == "awards" and asked_awards(question):
        return [e for e in experts if e.awards and not awards_not_held(e, question)]
    if attribute == "directions" and asked_topic_zh(question):
        return [e for e in experts if topic_hits(e, question)]
    return None


# 有两位是…吧？ 至少有两位…吧？ 其中一位…吧？: a number of them said to hold it, to confirm
_SAID_PEOPLE = re.compile(r"(?P<least>至少|起码)?(?:有|其中|中有|里有|当中有)\s*(?P<n>\d|[一二两三四五六七八九十])\s*(?:位|个人|人)")


def says_how_many_hold(question: str) -> bool:
    """Whether a question says how many of those shown hold an award or seat, to confirm (至少有两位是工程院的吧？)."""
    return bool(_SAID_PEOPLE.search(question)) and bool(_CONFIRM.search(question)) and bool(
        asked_awards(question) or award_years(question) is not None)


def _group_verdict(experts: list[ExpertMatch], attribute: str | None, question: str) -> str:
    """`award_holders` said: 都是 / 都不是 / 不都是 and who holds it; for 哪位/谁 questions, who."""
    holders = award_holders(experts, attribute, question)
    if holders is not None and not _WHO.search(question) and not re.search(r"哪|谁|(?i:\bwh(?:o|ich)\b)", question) and \
            not _asks_yes_no(question):
        return ""  # 他们当选院士的平均年份呢？: asks no yes or no (都是。 was said, rt95)
    if holders is None or ("还是" in question or len(_WHO.findall(question)) >= 2) and len(asked_awards(question)) >= 2:
        return ""  # 胡文瑞是中科院院士还是工程院院士？ of two namesakes: either-or, no 都是/都不是 (each record says which);
        # 陈竺和王振义谁是中国科学院院士，谁是中国工程院院士？ (it said 都不是: none holds both, rt66)
    if attribute == "awards" and any(AWARD_CATEGORY.match(a) for a in asked_awards(question)):
        return ""  # 他们都获得过国际奖项吧？: no record says which awards are international (it said 都没有 above a
        # biography quote naming one); the biographies follow
    if (said := _SAID_PEOPLE.search(question)) and _CONFIRM.search(question):  # 有两位是2000年后当选的吧？ 至少有两位…
        n = int(said.group("n")) if said.group("n").isdigit() else chinese_number(said.group("n"))
        held = len(holders) >= n if said.group("least") else len(holders) == n
        verdict = _group_verdict(experts, attribute, re.sub(_SAID_PEOPLE, "哪些", question, count=1))
        return ("是。" if held else "不是。") + (verdict or ("按知识图谱的记录，" + (
            "有这一项的是：" + "、".join(e.name for e in holders) if holders else "都没有这一项") + "。\n"))
    if attribute == "awards" and award_years(question) is not None:  # 2010年以后获过奖的是哪几位？ (the years are not
        # repeated: the guard reads a year beside a name as a claim of that year; each record's years follow)
        asked = asked_awards(question)  # 谁在2010年获得过国家科技进步奖？: that award's records only
        undated = [e.name for e in experts if any(not a.year and is_asked(a, asked) for a in e.awards)]
        note = ("（" + ("、".join(undated) + "的这一项获奖没有记录年份，" if asked else "没有记录年份的获奖") +
                "无法按时间判断）") if undated else ""
        what = "获得过这一项" if asked else "有获奖记录"
        low, high = award_years(question)
        when = "那一年" if low == high else "时间段内"
        if not holders:
            return f"按知识图谱的记录，他们都没有在您问到的{when}{'获得过这一项' if asked else '的获奖记录'}{note}。\n"
        return f"按知识图谱的记录，在您问到的{when}{what}的是：{'、'.join(e.name for e in holders)}{note}。\n"
    verb = "的研究方向和学科中有这一项" if attribute == "directions" else "是" if asks_seat(question) else "获得过"
    names = "、".join(e.name for e in holders)
    if not holders:
        return "按知识图谱的记录，" + ("都没有" if attribute == "directions" else "都不是" if verb == "是"
                                 else "都没有获得过") + "。\n"
    if _WHO.search(question) and _RANKED.search(re.sub("|".join(map(re.escape, asked_awards(question))) or "^$", "",
                                                       question)):
        return ""  # 这几个人中谁当选中国科学院院士最早？: an order, not who holds it (each record's years follow)
    if _WHO.search(question) and attribute == "awards" and _FIRST_AWARDED.search(question) and \
            (dated := sorted(((a.year, e.name, a) for e in holders for a in e.awards
                              if a.year and is_asked(a, asked_awards(question))), key=lambda x: (x[0], x[1]))):
        # 他们谁先获得国家最高科学技术奖？: the recorded years in order (who held it was said, not who first, rt95)
        undated = [e.name for e in holders if not any(a.year and is_asked(a, asked_awards(question)) for a in e.awards)]
        return ("按知识图谱记录的获奖年份，从早到晚依次是：" + "、".join(f"{n}{achievement(a)}" for _, n, a in dated) + "。"
                + (f"{'、'.join(undated)}的这一项没有记录年份。" if undated else "") + "\n")
    if _WHO.search(question):  # 哪位是两院院士？: who
        if attribute == "directions":
            return f"按知识图谱的记录，研究方向和学科中有这一项的是：{names}。\n"
        if verb == "获得过":  # 谁获得过国家科技进步奖？: the one who did, with what (丁健获得过。 read as cut off, rt88)
            return f"按知识图谱的记录，获得过您问到的这一项的是：{names}。\n"
        return f"按知识图谱的记录，{names}{verb}。\n"
    said = "获得过" if verb == "获得过" else "是"  # 他们都是研究电池的吗？ is answered 都是 / 不都是
    if len(holders) == len(experts):
        return f"都{said}。\n"
    return f"{'不是都获得过' if said == '获得过' else '不都是'}。按知识图谱的记录，只有{names}{verb}。\n"


# 谁…最早 / 更多 / 比…: a question that ranks those it names, which a list of holders does not answer
_RANKED = re.compile(r"最|更|比")
# who won an award first (他们谁先获得…？ 哪位最早拿到…？ "Who received it first?")
_FIRST_AWARDED = re.compile(r"(?:谁|哪一?位)(?:最|更)?(?:先|早)(?:获|拿|得)|(?i:\bwho\s+(?:received|won|got)\s+it\s+first\b)")
# 哪个获奖多？ 谁的奖项更多？ 谁获奖最少？: who holds more awards, by the length of the records' award lists
_MORE_AWARDED = re.compile(r"(?:获奖|奖项|奖励|得奖|拿奖|获得的奖|得到的奖|拿的奖|国家级?的?奖项?)[^，。？?]{0,4}?(?:更|最|比较)?"
                           r"(?:多(?!少)|(?<!多)少)|(?:多(?!少)|(?<!多)少)[^，。？?]{0,2}奖")  # (多少项奖 asks a count)


class AwardLeaders(NamedTuple):
    """Who `most_awarded` found: those at the extreme asked, and how it counted."""

    experts: list[ExpertMatch]
    national: bool  # the national science prizes alone (谁的国家级奖项最多？)
    fewest: bool  # the fewest asked (谁获奖最少？), of three or more
    any_held: bool  # whether any of them holds one


def most_awarded(experts: list[ExpertMatch], attribute: str | None, question: str) -> AwardLeaders | None:
    """Who of the experts a question compares holds the most awards in their records (谁获奖最多？ 谁获奖更多？), or the
    fewest when it asks so (of three or more: of two, who holds more answers it), the national science prizes only
    when it asks about those (谁获得的国家奖最多？); None when it asks no such thing."""
    if attribute != "awards" or len(experts) < 2 or not asks_most_awards(question):
        return None
    national = bool(NATIONAL_WORDS.search(question))
    fewest = len(experts) > 2 and asks_fewest(question)
    scores = [national_awards(e) if national else len(e.awards) for e in experts]
    extreme = min(scores) if fewest else max(scores)
    return AwardLeaders([e for e, n in zip(experts, scores) if n == extreme], national, fewest, max(scores) > 0)


def asks_fewest(question: str) -> bool:
    """Whether a question about award counts asks who holds the fewest (谁获奖最少？ "Who has the fewest awards?")."""
    return bool(_FEWEST.search(question))


_FEWEST = re.compile(r"(?:获奖|奖项|奖励|得奖|拿奖|获得的奖|国家级?的?奖项?)[^，。？?]{0,4}?最少|\b(?:fewest|least)\b", re.IGNORECASE)


def asks_most_awards(question: str) -> bool:
    """Whether a question asks who holds more or the most awards (谁获奖最多？ "Who has the most national awards?")."""
    return bool(_MORE_AWARDED.search(question) or _MORE_AWARDED_EN.search(question))


_MORE_AWARDED_EN = re.compile(r"\b(?:most|more|fewest|fewer)\b[^?.;]{0,30}\b(?:awards?|prizes?|honou?rs)\b|"
                              r"\b(?:awards?|prizes?)\b[^?.;]{0,20}\b(?:most|more)\b", re.IGNORECASE)


def _more_awarded(experts: list[ExpertMatch], attribute: str | None, question: str) -> str:
    """`most_awarded` said before each one's list (two: 比…多 or 一样多; more: the most, or those tied for it); "" when
    the question asks no such thing. Where a biography's honours are quoted beside (林尚扬's 巴顿奖, in his biography
    only), the verdict is said to be of the structured records, the quoted honours uncounted (一样多 was said, rt48)."""
    if (found := most_awarded(experts, attribute, question)) is None:
        return ""
    leaders, national, fewest, any_held = found
    what = "国家级奖项" if national else "获奖记录"
    if not any_held:
        return f"知识图谱中没有他们获得{'国家级奖项' if national else '任何奖项'}的记录。\n"
    written = _honours_written(experts) and not national
    basis, note = ("按知识图谱的结构化获奖记录", _UNCOUNTED) if written else ("按知识图谱的记录", "")
    names = "和".join(e.name for e in leaders) if len(leaders) <= 2 else "、".join(e.name for e in leaders)
    if len(leaders) == len(experts):
        return f"{basis}，{names}的{what}一样多{note}。\n"
    if len(experts) == 2 and not national:
        other = next(e.name for e in experts if e not in leaders)
        return f"{basis}，{names}获奖比{other}多{note}。\n"
    if fewest:  # 谁获奖最少？: those at the fewest (it named the most)
        return f"{basis}，{names}的{what}最少{note}。\n"
    tied = "并列" if len(leaders) > 1 else ""
    return f"{basis}，{names}的国家级奖项{tied}最多。\n" if national else f"{basis}，{names}获奖{tied}最多{note}。\n"


_UNCOUNTED = "（简介中写到的其他荣誉见下，未计入）"


def _honours_written(experts: list[ExpertMatch]) -> bool:
    """Whether a biography sentence on honours is quoted for one of the experts (the HONOURS topic)."""
    return any(biography.quotes(e) for e in experts)


# one academy a question names (谁当选中国工程院院士最早？ "elected to the CAE"): its seat, the other not compared
_ONE_ACADEMY = ((re.compile(r"工程院|(?i:\bCAE\b|academy\s+of\s+engineering)"), "中国工程院院士"),
                (re.compile(r"(?<!国)科学院|中科院|(?i:\bCAS\b|academy\s+of\s+sciences)"), "中国科学院院士"))


def asked_seat(question: str) -> str | None:
    """The seat of the one academy a question names, None when it names neither or both."""
    named = [seat for pattern, seat in _ONE_ACADEMY if pattern.search(question)]
    return named[0] if len(named) == 1 else None


def election_years(experts: list[ExpertMatch], seat: str | None = None
                   ) -> tuple[list[tuple[ExpertMatch, AwardFact]], list[ExpertMatch]]:
    """Each expert's earliest dated academy seat (of `seat` only, when given), earliest first, and the experts the graph
    dates none for."""
    dated, undated = [], []
    for e in experts:
        seats = sorted((a for a in e.awards if a.name.endswith("院士") and a.year and (seat is None or a.name == seat)),
                       key=lambda a: a.year)
        (dated.append((e, seats[0])) if seats else undated.append(e))
    return sorted(dated, key=lambda d: d[1].year), undated


# 李德群比申长雨早当选院士吧？ 第一位比第二位先当选吗？: a stated order, asked to be confirmed
_ORDER_PREMISE = re.compile(r"比[^，。？?]{1,12}?(?:更)?(?P<way>早|晚|先|后)(?:了?(?P<gap>[一二两三四五六七八九十\d]+)年)?(?:当选|入选)"
                            r"[^，。？?]*?(?:吧|吗|么|对吗|对吧|是吗|是不是|没错吧)?\s*[？?]")


def election_premise(experts: list[ExpertMatch], question: str) -> str:
    """是。/ 不是。 for a question that states which of two was elected first (李德群比申长雨早当选院士吧？ of one elected
    in 2015 and one in 2009: 不是), by their recorded years; "" when it states none or a year is not recorded."""
    said = _ORDER_PREMISE.search(question)
    dated, undated = election_years(experts)
    if said is None or len(experts) != 2 or undated or re.search(r"多少|几年|几岁|\bhow\s+many\b", question, re.I):
        return ""  # (李德仁比龚健雅早当选多少年？ asks how many years, no 是 or 不是: it said 是。… 晚20年当选, rt42)
    first, second = sorted(experts, key=lambda e: (question.find(e.name) if e.name in question else experts.index(e)))
    before = question[:said.start()]
    if (subject := max(experts, key=lambda e: before.rfind(e.name))).name in before:  # the one named last before 比 (赵忠贤
        first, second = subject, next(e for e in experts if e is not subject)  # 和李方华，李方华比赵忠贤早两年当选吧？:
        # 李方华's order is said, not the listing's, rt144)
    year = {e.id: seat.year for e, seat in dated}
    earlier = year[first.id] < year[second.id] if said.group("way") in "早先" else year[first.id] > year[second.id]
    if said.group("gap"):  # 潘际銮比林尚扬早20年当选院士吧？ of 1980 and 1995: the years said must hold too (it said 是)
        gap = said.group("gap")
        earlier = earlier and (int(gap) if gap.isdigit() else chinese_number(gap)) == abs(year[first.id] - year[second.id])
    return "是。" if earlier else "不是。"


# "So Zhou Guangzhao was elected earlier, right?", "He was elected before Yu Min?": which of two was elected first, said
_ORDER_PREMISE_EN = re.compile(r"\belected\s+(?:(?:much|a\s+bit|a\s+little)\s+)?(?P<way>earlier|before|sooner|first|later|after)\b",
                               re.IGNORECASE)


def _named_at(question: str, expert: ExpertMatch) -> int:
    """Where an English question names the expert, in characters or in pinyin (Zhou Guangzhao); -1 where it does not."""
    if expert.name in question:
        return question.find(expert.name)
    from pypinyin import lazy_pinyin

    spelt = lazy_pinyin(expert.name)
    m = re.search(rf"\b{re.escape(spelt[0])}\s*{re.escape(''.join(spelt[1:]))}\b", question, re.IGNORECASE)
    return m.start() if m else -1


def election_premise_en(experts: list[ExpertMatch], question: str) -> str:
    """`election_premise` in English: "Yes. " / "No. " (with the same year said) for a question that states which of two
    shown was elected first ("So Zhou Guangzhao was elected earlier, right?" of two elected in 1980 was answered with
    the order alone, which read as agreement, rt100); "" when it states none or a year is not recorded."""
    said = _ORDER_PREMISE_EN.search(question)
    if said is not None and re.search(r"\b(?:who|which)\b[^,.;?]*$", question[:said.start()], re.IGNORECASE):
        return ""  # "…in March 1970, right? … and who was elected first?": asked, not stated (No. was said, rt129)
    dated, undated = election_years(experts)
    if said is None or len(experts) != 2 or undated or not _CONFIRM.search(question) or \
            re.search(r"\bhow\s+(?:many|much|long)\b", question, re.IGNORECASE):
        return ""
    at = {e.id: _named_at(question, e) for e in experts}
    named = [e for e in experts if at[e.id] >= 0]
    if not named:  # "He was elected earlier?": the one in focus is not known here
        return ""
    first = min(named, key=lambda e: at[e.id])
    second = next(e for e in experts if e.id != first.id)
    year = {e.id: seat.year for e, seat in dated}
    if year[first.id] == year[second.id]:
        return f"No: both were elected in {year[first.id]}. "
    earlier = year[first.id] < year[second.id]
    return "Yes. " if earlier == (said.group("way").lower() in ("earlier", "before", "sooner", "first")) else "No. "


# 王琪是最早当选院士的吧？ 申长雨是最晚当选的吗？ "Lin Shangyang was elected earliest among them, right?": one of
# those shown said to be the first (or the last) of them elected
_FIRST_PREMISE = re.compile(r"(?:最早|最先|第一个|头一个|最晚|最迟|最后一个?)(?:当选|入选|评上)|(?:当选|入选)(?:院士)?(?:得|的)?"
                            r"(?:最早|最晚|最迟)|(?i:\belected\s+(?:the\s+)?(?:earliest|first|latest|last|most\s+recently)\b|"
                            r"\b(?:the\s+)?(?:first|last|earliest|latest)\s+(?:one\s+)?(?:of\s+them\s+)?to\s+be\s+elected\b)")
_CONFIRM = re.compile(r"[吧吗么嘛]|对吗|对吧|是吗|是不是|没错|(?i:\b(?:right|correct|true|isn't\s+it|wasn't\s+(?:he|she|it))\b"
                      r"|^\s*(?:was|is|did|were)\b)")


def asks_first_elected(question: str) -> bool:
    """Whether a question says one expert was the first or the last of those shown to be elected, to confirm."""
    return bool(_FIRST_PREMISE.search(question)) and bool(_CONFIRM.search(question))


def first_elected_premise(experts: list[ExpertMatch], named: ExpertMatch | None, question: str,
                          english: bool = False) -> str:
    """是。/ 不是。 ("Yes. " / "No. ") for a question saying `named` was the first (or last) of `experts` elected, by
    their recorded years (ties count as first); "" when it says none or a year is not recorded."""
    said = _FIRST_PREMISE.search(question)
    if said is None or named is None or not asks_first_elected(question) or len(experts) < 2:
        return ""
    dated, undated = election_years(experts)
    if undated:
        return ""
    years = {e.id: seat.year for e, seat in dated}
    if named.id not in years:
        return ""
    early = re.search(r"早|先|第一|头一|(?i:earliest|first)", said.group()) is not None
    held = years[named.id] == (min if early else max)(years.values())
    return ("Yes. " if held else "No. ") if english else ("是。" if held else "不是。")


def asks_most_awarded_premise(question: str) -> bool:
    """Whether a question says one expert holds the most (or fewest) awards of those shown, to confirm (王琪是获奖最多的
    吧？ "Li Dequn has the most awards of them, right?")."""
    return asks_most_awards(question) and bool(_CONFIRM.search(question))


def most_awarded_premise(experts: list[ExpertMatch], named: ExpertMatch | None, question: str,
                         english: bool = False) -> str:
    """是。/ 不是。 ("Yes. " / "No. ") for a question saying `named` holds the most (or the fewest) awards of `experts`,
    by their records (tied at the top counts as yes); "" when it says no such thing."""
    if named is None or not asks_most_awarded_premise(question) or \
            (found := most_awarded(experts, "awards", question)) is None:
        return ""
    held = any(e.id == named.id for e in found.experts) and found.any_held
    if held and len(found.experts) > 1:  # tied with others (all three alike: 是 was said of "the most", rt71)
        return "Tied, not alone. " if english else "并列，不是唯一一位。"
    return ("Yes. " if held else "No. ") if english else ("是。" if held else "不是。")


# 只有第三位是工程院院士吧？ "Only the third one is a CAE member, right?": the one pointed at holds it, no other shown does
_ONLY_ONE = re.compile(r"(?:只有|仅有|唯有|就只有|就)(?=第[一二三四五六七八九十\d]+位|最后一位|他|她|这位|那位)|"
                       r"(?i:\bonly\s+(?:the\s+)?(?:first|second|third|fourth|fifth|last)(?:\s+(?:one|expert|academician))?\b)")
# 除了第三位，其他两位都是中科院院士吧？: every other one shown holds it
_ALL_OTHERS = re.compile(r"除了?[^，,。？?]{1,12}?(?:以外|之外)?[，,]?\s*(?:其他|其余|另外|剩下)的?(?:[两二三四几]位|人|专家|院士)?"
                         r"(?:都|全都|也都|全)|(?i:\b(?:both|all)\s+(?:of\s+)?the\s+other(?:s|\s+(?:two|three))?\b|"
                         r"\bthe\s+other\s+(?:two|three)\s+(?:are|both|all)\b)")


def asks_group_premise(question: str) -> bool:
    """Whether a question says one of those shown is the only one holding an award or seat, or that all the others
    hold it (只有第三位是工程院院士吧？ 除了第三位，其他两位都是中科院院士吧？), to confirm."""
    return bool(_ONLY_ONE.search(question) or _ALL_OTHERS.search(question)) and bool(asked_awards(question)) \
        and bool(_CONFIRM.search(question))


def group_premise(experts: list[ExpertMatch], pointed: ExpertMatch, question: str, english: bool = False) -> str:
    """是。/ 不是。 and who holds it, for 只有第三位是工程院院士吧？ (the one pointed at holds the award or seat named and no
    other shown does) or 除了第三位，其他两位都是中科院院士吧？ (every other one does), by their records; "" for any
    other question. (It checked the one pointed at alone: 是 of an "only" two held, and 都是 of the one left out.)"""
    if not asks_group_premise(question):
        return ""
    holders = [e for e in experts if not awards_not_held(e, question, biography_too=False)]  # (两院院士: both seats)
    if _ALL_OTHERS.search(question):
        held = all(e in holders for e in experts if e.id != pointed.id)
    else:
        held = [e.id for e in holders] == [pointed.id]
    names = "、".join(e.name for e in holders)
    if english:
        return ("Yes. " if held else "No. ") + (f"Of the experts just shown, the graph records it for: "
                                                f"{', '.join(e.name for e in holders)}." if holders else
                                                "Of the experts just shown, the graph records it for none.")
    return ("是。" if held else "不是。") + (f"按知识图谱的记录，刚才推荐的{len(experts)}位专家中，有这一项的是：{names}。"
                                            if holders else "按知识图谱的记录，刚才推荐的专家都没有这一项。")


def describe_election_order(experts: list[ExpertMatch], latest_first: bool = False, seat: str | None = None) -> str:
    """Who of several was elected first and last (陈立泉和陈军谁当选院士更早？), from the recorded years (of one academy's
    seat when asked: 谁当选中国工程院院士最早？); from the latest when asked so (按当选年份从晚到早排一下)."""
    dated, undated = election_years(experts, seat)
    parts = []
    if dated:  # the order is the years' own (the guard keeps no 最早/最晚 verdict of its own making)
        dated = dated[::-1] if latest_first else dated
        order = "从晚到早" if latest_first else "从早到晚"
        parts.append(f"按知识图谱记录的当选年份{f'，{order}依次是' if len(dated) > 1 else ''}："
                     + "、".join(f"{e.name}{achievement(a)}" for e, a in dated) + "。")
        if len(dated) > 1 and (tied := [y for y, n in Counter(a.year for _, a in dated).items() if n > 1]):
            parts.append("其中" + "；".join("、".join(e.name for e, a in dated if a.year == y) + "的当选年份相同"
                                         for y in sorted(tied)) + "，同一年当选的先后知识图谱没有记录。")  # (shown as an
            # order of their own, rt124)
        early, late = (dated[1], dated[0]) if latest_first else (dated[0], dated[1] if len(dated) > 1 else None)
        if len(dated) == 2 and not undated and (gap := late[1].year - early[1].year):  # 相差几年？
            parts.append(f"{late[0].name}比{early[0].name}晚{gap}年当选。")
    other = election_years(undated)[0] if seat else []  # 既然他们都是中国科学院院士…: the seat the record holds (it
    # said no election year was recorded, of two CAE members whose years it had just shown, rt83)
    parts += [f"知识图谱记录的{e.name}是{achievement(a)}，不是您提到的{seat}。" for e, a in other]
    if undated := [e for e in undated if all(e.id != o.id for o, _ in other)]:
        parts.append(f"知识图谱中没有{'、'.join(e.name for e in undated)}的{seat or ''}当选年份记录。")
    return "".join(parts)


def by_strength(experts: list[ExpertMatch]) -> list[ExpertMatch] | None:
    """The experts from the strongest match down (ties in the list's order); None when one has no strength."""
    if any(e.strength is None for e in experts):
        return None
    return sorted(experts, key=lambda e: -e.strength)


# two counts compared (前两名的获奖数量相差几项？ 他比她多几项？): the difference asked, not the sum
_GAP_OF_COUNTS = re.compile(r"相差|差(?:几|多少)|[多少](?:几|多少)项|(?i:\bdifference\b|\bhow\s+many\s+more\b)")


def describe_group(experts: list[ExpertMatch], attribute: str | None, question: str, ordinal: int | None = None,
                   compare: bool = False, same: bool = False) -> str:
    """Answer a follow-up about the experts just shown as a group, or about several of them (他们都是院士吗？
    哪位最适合？ 第五位 of three, 第二位和第三位分别在哪个单位？ 第一位和第三位是同一个单位的吗？)."""
    names = "、".join(e.name for e in experts)
    if ordinal is not None:  # the position is not repeated: the guard checks ordinals against the experts shown
        return f"刚才推荐的专家是{names}，您问到的位置不在这个名单里。"
    if compare:
        if (ordered := by_strength(experts)) is None:
            return ("知识图谱不记录专家之间的高下或排名。刚才的专家按检索排序依次是：" + names +
                    "。请结合各位的研究方向与您的具体问题选择。")
        ranked = "、".join(f"{e.name}（匹配度 {e.strength_label} {e.strength}）" for e in ordered)
        return ("知识图谱不记录专家之间的高下或排名。与您问题的匹配度从高到低：" + ranked +
                "。请结合各位的研究方向与您的具体问题选择。")
    if same and len(experts) >= 2:
        return describe_same_place(experts, question)
    if attribute:
        held = sum(len(_awards_only(e, question)) for e in experts)  # 他们一共获得过多少项奖？ 平均每人几项？: added up,
        # averaged (国家级科技奖励加起来四项？: the awards, no seat among them, rt147)
        average = f"，平均每位{held / len(experts):.1f}项" if "平均" in question else ""
        summed = attribute == "awards" and len(experts) >= 2 and (said := said_count(question)) is not None \
            and _SUMMED.search(question)  # 这两位一共获得过4项奖吧？: the sum checked, not each one's
        only = "的获奖记录（当选不计入）" if held != sum(len(e.awards) for e in experts) else ""
        total = f"\n以上{len(experts)}位{only}合计{held}项{average}{_UNCOUNTED if _honours_written(experts) else ''}。" \
            if attribute == "awards" and len(experts) >= 2 and (AWARD_TALLY.search(question) or summed) else ""
        if total and len(experts) == 2 and _GAP_OF_COUNTS.search(question):  # 前两名的获奖数量相差几项？: the
            gap = abs(len(_awards_only(experts[0], question)) - len(_awards_only(experts[1], question)))  # difference,
            # not the sum (rt146)
            total = f"\n两位的项数相差{gap}项{_UNCOUNTED if _honours_written(experts) else ''}。" if gap else \
                f"\n两位的项数相同{_UNCOUNTED if _honours_written(experts) else ''}。"
        if summed:
            lead = "是的。" if said == held else "" if _honours_written(experts) else "不是。"  # (honours the biographies
            # write, quoted below, may make up the rest: no 不是)
            return lead + "\n".join(describe_attribute(e, attribute) for e in experts) + total
        if most := _more_awarded(experts, attribute, question):  # 谁获奖最多？: who, then each one's list
            return most + "\n".join(describe_attribute(e, attribute, "") for e in experts) + total
        if attribute == "awards" and len(experts) >= 2 and _SUMMED.search(question) and \
                re.search(r"多少|几", question) and len(asked_awards(question)) == 1:
            # 他们三位一共获得过多少项国家科学技术进步奖？: the records of it added up (it said 都获得过。, rt42)
            award = asked_awards(question)[0]
            held = sum(is_asked(a, [award]) for e in experts for a in e.awards)  # (国家级奖励: any national award —
            # startswith counted none of them, "合计0项" under three listed, rt91)
            return "\n".join(describe_attribute(e, attribute, question) for e in experts) + \
                (f"\n按知识图谱的获奖记录，以上{len(experts)}位获得{award}的记录合计{held}项。" if held else
                 f"\n知识图谱的获奖记录中，以上{len(experts)}位都没有您问到的这一项。")  # (合计0项 was read as the award
            # claimed of them and removed, rt91)
        shared = shared_directions(experts) if attribute == "directions" and len(experts) == 2 and \
            _COMMON_ASKED.search(question) else ""
        return shared + _group_verdict(experts, attribute, question) + \
            "\n".join(describe_attribute(e, attribute, question) for e in experts) + total
    if INTRODUCE.search(question):  # 请分别介绍袁隆平和钟南山: their records (it pointed to asking one by one)
        return "\n\n".join(describe_expert(e, i) for i, e in enumerate(experts, 1))
    return f"刚才推荐的专家是：{names}。可以问其中某一位的单位、研究方向或获奖，例如“第一位获得过什么奖？”。"


# two experts' directions asked in common (有共同的研究方向吗？ 研究方向有重合吗？)
_COMMON_ASKED = re.compile(r"共同|相同|一样|共有|重合|重叠|交叉|交集")


def shared_directions(experts: list[ExpertMatch]) -> str:
    """What two experts' recorded directions share, by name: the same name, else names one of which holds the other
    (量子信息 in 光学和量子信息) — 潘建伟和郭光灿有共同的研究方向吗？ listed both without a word on what they share."""
    first, second = experts
    same = [d for d in first.directions if d in second.directions]
    if same:
        return f"按知识图谱的记录，{first.name}和{second.name}都有研究方向“{'”“'.join(same)}”。\n"
    near = [(x, y) for x in first.directions for y in second.directions
            if min(len(x), len(y)) >= 3 and (x in y or y in x)]
    text = f"按知识图谱的记录，{first.name}和{second.name}没有名称相同的研究方向"
    if near:
        text += "；名称相近的有：" + "；".join(f"{first.name}的“{x}”与{second.name}的“{y}”" for x, y in near[:3])
    return text + "。\n"


# a turn asking who several people are (请分别介绍袁隆平和钟南山 "Introduce A and B"): their records, each
INTRODUCE = re.compile(r"介绍|简介|是谁|是什么人|什么来头|(?:基本|详细)?(?:情况|资料|信息|档案)|"
                       r"(?i:\bintroduce\b|\btell\s+(?:me|us)\s+(?:more\s+)?about\b|\bwho\s+(?:is|are)\b|\bprofiles?\b)")


def describe_sources(sources: list[tuple[str, int]]) -> str:
    """你们的数据是从哪里来的？: the sources the graph's experts were imported from, with how many experts each gave."""
    if not sources:
        return "知识图谱中的专家记录没有标注来源。"
    said = "、".join(f"{SOURCE_LABELS.get(s, (f'来源标记为“{s}”的导入数据', ''))[0]}（{n}位专家）" for s, n in sources)
    return (f"知识图谱中的专家记录按导入时标注的来源，来自：{said}。推荐结果中每位专家列出的出处就是其信息的来源；"
            "图谱之外的信息我不提供。")
