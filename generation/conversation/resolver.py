"""How a turn resolves against the conversation into an `Intent` (a new problem, more, about one, a list)."""

from __future__ import annotations

import dataclasses
import re

from generation.biography import asked as asked_topics
from generation.conversation.injection import (
    _IGNORE_RE,
    _SPEAKS_FOR,
    _VOICE,
    overrides,
    without_injection,
)
from generation.conversation.pointing import (
    _GROUP_SIZE,
    _NTH_EN,
    POINTER,
    _group,
    _he_of_focus,
    _pointed_at,
    _targets,
    _twins,
    disputed,
    earlier_problem,
    elliptic,
    in_chinese_names,
    in_list_positions,
    pointed_at,
    said_positions,
)
from generation.conversation.questions import (
    _AWARD_ORDER,
    _BIRTH_SORT,
    _COMMON,
    _COMMON_WORDS,
    _COUNT_EN,
    _ELECTED_ORDER,
    _SUMMARY,
    _WHY_FIT,
    _WRITE_UP,
    PRONOUN,
    SHOWN_REF,
    _more_detail,
    _new_problem_first,
    _of_a_list,
    as_question_en,
    asked_attribute,
    asked_attributes,
    asks_award_order,
    asks_more,
    asks_same_place,
    asks_sorted,
    challenges,
    compares,
    conditions_only,
    counted_among_shown,
    expand_org_aliases,
    of_those_shown_only,
    surname_request,
    why_fit,
)
from generation.conversation.state import (
    Conversation,
    Intent,
    _all_shown,
    known_experts,
)
from generation.conversation.unheld_asked import (
    _GRAPH_SCOPE,
    _RANKED_ALONE_EN,
    _RANKED_PEOPLE,
    _UNHELD,
    NEGATIVE,
    _unrecorded_among_shown,
    is_small_talk,
    only_unheld,
    unheld_requests,
    without_unheld_clauses,
)
from generation.conversation.wishes import (
    _CHANGE_TALK,
    _EXCEPT,
    _LATIN_WORDS,
    _UNWANTED,
    _UNWANTED_EN,
    _as_birth,
    _born_asked,
    _constraint_talk,
    _edited_wishes,
    _kinds_left_out,
    _kinds_named,
    _unwanted,
    refinement,
)
from generation.english_turns import ORDINAL_WORDS, english_reading
from generation.record_mentions import asks_mention_of_focus
from generation.grounded import (
    AWARD_TALLY,
    FACT_WORDS,
    asked_awards,
    asks_award_end,
    asks_only_except,
    same_place_asked,
    says_how_many_hold,
)
from generation.year_gaps import asks_age_at_order
from retrieval.census import (
    CountQuestion,
    chinese_number,
    compared_count,
    count_follow_up,
    count_question,
    count_question_en,
    narrowed_count,
    only_question,
    superlative_of_counted,
    swapped_count,
)
from retrieval.english_names import PLACES_EN, placed_org
from retrieval.glossary import reads_no_word
from retrieval.leaning import without_leaning
from retrieval.models import ANY_AWARD, Requirement
from retrieval.names import SURNAME, SURNAMES, word_tag, written_in_pinyin
from retrieval.problem import names_no_problem, states_symptom
from retrieval.requirements import (
    PLACE_NAMES,
    PLACES,
    REGIONS,
    read_requirements,
    topic_of,
)
from retrieval.script import simplified, without_language_request
from retrieval.tallies import outside_question, regrouped, tally_question

_MORE = re.compile(r"(还有|别的|其他|其它|另外|更多|换一?[位个批]).{0,8}?(专家|人选|老师|教授|研究员|吗|么|呢)"
                   # 再推荐桥梁抗风方面的专家: a topic of its own, no more of the last (railway experts, rt85)
                   r"|(再推荐|再找)(?:(?!方面|领域|方向)[^，。？?]){0,8}?(专家|人选|老师|教授|研究员|吗|么|呢)"
                   r"|^还有吗|^还有呢|^更多|^(?:那就|那么|那|就|请|麻烦|帮我|给我)?(?:再)?换一?[批些拨组](?:人)?[吧呢吗]?[？?。！!]*$|^(?:再|请|请再|那就)?(?:推荐|找|给我)\s*[\d一二两三四五六七八九十几]+\s*[位个名]"
                   r"(?:别的|其他|其它|新的)?(?:专家)?[吧吗呢。！!？?]*$"
                   r"|^除了[^，。？?]{1,16}?(?:以外|之外)?[，,]?还有(?:谁|哪些|哪位|哪几位|别的|其他|其它|没有)"  # 除了袁隆平还有谁
                   # 只有这三位吗？ 就这些吗？: whether there are others
                   r"|^(?:是不是|是否)?(?:只有|就|仅)(?:这|这些|以上|上面)(?:[几两三四五六七八九十\d])?(?:[位个名])?(?:专家|人)?了?"
                   r"(?:吗|么|嘛|呢|吧)?[？?]*$")


# a short turn about the shown experts as a group, or comparing them (the graph ranks no one above another)
_GROUP = re.compile(r"他们|她们|(?:^|(?<=[，,。]))[两二三四五六](?:位|名|人|个人)(?=都|全|均|是|在|里|中|当中|有|谁|哪|的|各|分别)|这[几些三两]位|(?:刚才|上面|你)?推荐的(?:专家|几位|人)(?:里|中|当中|里面)|刚才的专家(?:里|中)?|[这那]些(?:专家|人|老师|院士|教授)|(?<![第前后要荐找请给来绍我外])[两二三四五](?:位|名)(?:专家|院士|老师|教授)|这几个|以上|上面的?|前面的?|各位专家|都是|哪一?位|哪几位|哪些|有谁|谁是|其中")


# a person named with a title (谢和平院士, 王大锤教授): someone the turn is about
_TITLED_PERSON = re.compile(rf"(?:^|(?<=[，,。；;！!？?\s])|(?<=^那)|(?<=^请问))(?![有没是的位哪谁几些个他她们这那与或及都也还吗呢吧请问一二三四五六七八九十第两院士专家副当])((?:{SURNAME})"
                            rf"[^\W\d_有没是的位哪谁几些个他她们这那与或及都也还吗呢吧请问一二三四五六七八九十第两院士专家女男要]{{1,2}})"
                            rf"(?:院士|教授|研究员)")


# who an only-question names by pointing (他是唯一…吗？ "Is the first one the only …?")
_ONLY_POINTER = re.compile(r"他|她|这位|那位|该专家|第[一二三四五六七八九十\d]+位(?:专家)?|(?i:he|she|the\s+(?:first|second|third|"
                           r"last)\s+one)")


_PRONOUN = re.compile(r"((?<![其吉])他(?!们|人)|她(?!们)|这位|那位|该专家|此人|这个专家|这名专家|[这那]个人|那个专家)")  # 他们: all of them, not one


# 吴建平是他们中唯一获得过…的吗？ "Is X the only one of them who won …?": counted among those shown
_ONLY_AMONG = re.compile(r"^\s*(?P<who>[^，,。？?！!\s]{1,6}?)(?:是不是|是否|是)(?:他们|她们|这几位|这些专家|上面几位|其中)(?:中|里|当中)?"
                         r"唯一(?:一位|一个|的)?(?P<what>[^。？?！!]+?)的?(?:吗|么|吧|嘛)?[？?。！!]*\s*$")


_ONLY_AMONG_EN = re.compile(r"^\s*(?:is|was)\s+.+?\s+the\s+only\s+one\s+(?:of|among)\s+them\s+(?:who\s+|that\s+)?"
                            r"(?P<what>.+?)\s*[?.!]*\s*$", re.IGNORECASE)


# 做这方面的, 这个领域里: the problem under discussion pointed at (it was searched as a word: 戴立信 for dyeing wastewater)
_THIS_TOPIC = re.compile(r"(?:里面?|中|当中)?(?:做|研究|搞|从事|懂|专攻)?这(?:个|一)?(?:方面|方向|领域|块|行|个问题|类问题)的?")


# 如果没有合适的(话)就…: a condition on the list shown, no problem
_IF_NONE = re.compile(r"^(?:如果|要是|若|假如)?(?:都|实在|真的)?没有(?:特别|完全)?(?:合适|满意|匹配|对口)的?(?:专家|人选|人)?(?:的话)?[，,]?(?:那)?(?:就)?")


_ONE_ASKED = re.compile(r"(?:那|就|那就)?(?:给我|帮我|随便)?(?:推荐|选|给|挑|找)(?:我|我们)?(?:一|1)(?:位|个|名)(?:专家|院士|吧|就行|也行)*")


# 能不能只推荐一位？ 只要一个就行: the closest match of those shown
_ONE_ONLY = re.compile(r"(?:只|就)(?:推荐|要|给|留|选|保留|需要|找)(?:我)?(?:一|1)(?:位|个|名)(?:专家|院士)?(?:就行|就好|就可以)?|"
                       r"(?:推荐|给我|留|选)(?:一|1)(?:位|个)就(?:行|好|可以|够)|"
                       # "Only one expert please, the best", "Just give me one", "Pick the single best one"
                       r"(?i:^\s*(?:(?:just|only)\s+(?:give\s+(?:me|us)\s+)?(?:one|1|a\s+single)(?:\s+(?:expert|one|person|"
                       r"academician|name))?|(?:pick|choose|recommend|give\s+(?:me|us))\s+(?:just\s+|only\s+)?(?:one|the\s+"
                       r"(?:single\s+)?best(?:\s+one)?|a\s+single\s+(?:one|expert)))\b(?![^.?!]*\b(?:more|other|another)\b)"
                       r"(?:[\s,]+(?:please|the\s+(?:best|top)(?:\s+one)?|thanks))*)")  # (it searched the problem again)


# 有没有在四川的？ 有在上海工作的吗？: experts of a place asked for (as 有没有四川的？ asks), not where those shown are
# 在武汉的呢？ 换成在武汉的: a wish for experts there, said after a list (it was read as where those shown work, rt56)
_IN_PLACE_WISH = re.compile(rf"^(?:那|那么)?(?:换成|换个|换一个|换一批|换一位|改成)?(?:在|位于|来自)"
                            rf"(?P<place>{'|'.join(sorted((*PLACES, *REGIONS), key=len, reverse=True))})(?:省|市|地区)?(?:工作)?的"
                            r"(?:专家|人|院士|老师|教授)?(?P<end>(?:呢|吧|有吗|有没有|可以吗|行吗)?[？?。！!]*)$")


_ASK_IN_PLACE = re.compile(rf"^(?:那|那么)?(?P<ask>还有没有|有没有|有无|是否有|有)(?:在|位于|来自)"
                           rf"(?P<place>{PLACE_NAMES})(?:工作)?的")


_PEOPLE_ASKED = re.compile(r"院士|专家|教授|学者|科学家|研究员|老师|[他她]|谁|哪位|哪些人|哪个人|\b(?:who|which|academicians?|"
                           r"experts?|professors?|scientists?|he|she)\b", re.IGNORECASE)


# 你扮演申长雨院士，跟我聊聊…, 假装你是他: a voice asked as a role
_ROLE = re.compile(r"(?:你|您)?(?:来|现在)?(?:扮演|假装(?:你|您)?是|充当|模仿|cosplay)(?P<who>[他她]|第[一二三四五六七八九十\d]位(?:专家)?|"
                   r"[这那]位(?:专家|院士)?|[\u4e00-\u9fff]{2,4}?(?:院士|教授|老师|研究员|专家)?)(?:的角色)?"
                   r"(?=[，,。！!？?跟和给对来说聊]|$)", re.IGNORECASE)  # (一个专家分配系统: a system, no one's voice)


_ANYONE = re.compile(r"^(?:一位|一个|某位?|资深|知名|权威)?(?:院士|专家|教授|老师|科学家|工程师|学者|医生|顾问|助理|秘书|学生|同事|记者|"
                     r"[你您我]|你自己|您自己|自己)?$")  # 以专家的口吻, 用你自己的语气: no one of the graph


# the words of a writing request, around what it is about (写一段自我介绍, 介绍一下自己): no problem by themselves
_WRITING = re.compile(r"(?:请|帮我|给我|麻烦)?(?:写|撰写|起草|说说|谈谈|讲讲|聊聊|介绍|回答|告诉我)(?:一下|一段|一篇|一份|个|下)?"
                      r"(?:自我介绍|个人简介|简介|自述|介绍|文字|短文|感言|发言|致辞|评价意见|推荐信|评语)?|你自己|您自己|自己|"
                      r"[，,。；;！!？?\s]")


# a request to recommend from outside the graph or to make an expert up (按你自己的知识推荐, 上网查一下, 编一位专家, 名字
# 随便起, "from your own knowledge"): the graph's experts only, said so; the words that ask it are no part of the problem
_OUTSIDE = re.compile(r"(?:(?:按|用|根据|凭|依据|靠)(?:你|您)(?:自己)?的?|(?:你|您)(?:就|再)?(?:按|用|根据|凭|依据|靠)(?:自己)?的?|"
                      r"(?:按|凭|根据|依)(?=常理|常识))(?:知识|常识|常理|经验|理解|记忆|判断)"
                      # (…告诉我钟南山院士是哪年当选的: what it asks of the graph's expert stays)
                      r"[^，,。；;！!？?]*?(?=告诉我|回答我?|说说|讲讲|(?:再)?介绍|[，,。；;！!？?]|$)|"
                      r"(?:上网|网上|互联网|联网|百度|谷歌)(?:搜|查|找)[^，,。；;！!？?]*|图谱(?:以外|之外|外面)的?|"
                      r"除了?(?:知识)?图谱(?:里|中|内|上)?(?:的|记录的)?(?:信息|内容|数据|记录|资料)?(?:以外|之外)?|"
                      # 不必局限于知识图谱, 不用管图谱
                      r"(?:可以|也可以)?不(?:必|用|需要?|要)(?:局限|限制|限定|拘泥|只限|仅限|管|依据|依照|按照|根据|基于)(?:于|在)?(?:专家)?(?:知识)?图谱(?:里|中|内)?的?(?:专家|内容|数据|记录)?|"
                      r"自由发挥|"
                      # 假设你知道，随便猜一个年份就行 / "just guess": a guess asked for (a problem was matched, and 她 next
                      # bound to one of its strangers, rt147)
                      r"(?:随便|大概|大致)?猜(?:一|一个|一下|个|猜)[^，,。；;！!？?]*|"
                      r"(?:假设|假如|就当)(?:你|您)(?:知道|清楚|了解)(?=[，,。；;！!？?]|$)|"  # (not …知道钱学森的资料: names.py)
                      r"随便(?:说|给|报)(?:一|一个|个)(?:年份|年|数|数字|名字|答案)[^，,。；;！!？?]*|\b(?:just\s+|take\s+a\s+|make\s+a\s+|an?\s+educated\s+)guess(?:\s+(?:a|an|one|the|his|her))?(?:\s+(?:year|number|"
                      r"date|name|age)s?)?\b|"
                      r"编造|虚构|杜撰|捏造|编(?![写制辑码程排织号译])(?:一位|一个|几位|几个|一些|个)?(?=[^，,。；;！!？?]{0,14}?"
                      r"(?:专家|学者|教授|院士|名字|姓名))|(?:名字|姓名)?随便(?:起|编|写)[^，,。；;！!？?]*|"
                      r"\b(?:(?:from|using|with)\s+your\s+own\s+knowledge|(?:outside|beyond)\s+(?:the|your)\s+(?:knowledge\s+)?"
                      r"(?:graph|database)|make\s+up\s+(?:(?:an?|some|a\s+few|few|more|new|fake|other)\s+)*(?:experts?|names?|people|persons?|"
                      r"someone|somebody|ones?|scientists?|researchers?|candidates?)|make\s+(?:one|someone|some|them|an?\s+expert)\s+up|"
                      r"made[- ]up|invent(?:ed)?\s+(?:(?:an?|some|new|fake)\s+)?(?:experts?|names?|people|someone)|fictional|fictitious|"
                      r"fabricat\w*|"
                      r"search\s+(?:the\s+)?(?:web|internet|online)|look\s+(?:it\s+|them\s+)?up\s+online)\b",
                      re.IGNORECASE)


# 请只回答专家姓名，不要其他内容 / "just the names": the experts' names and nothing else
_NAMES_ONLY = re.compile(r"(?:请|麻烦)?(?:只|仅)(?:需要?|要)?(?:回答|给出|给|列出|列|输出|写|说|告诉我)?(?:专家的?|他们的?)?(?:姓名|名字)"
                         rf"(?![和、及与,，]\s*(?i:{FACT_WORDS}))"  # 只要姓名和单位: not the name alone
                         r"(?:就行|即可|就好|就可以)?(?:[，,]?\s*(?:不要|无需|不用|不需要|别)(?:写|给|加)?(?:其他|别的|多余的?|任何)?"
                         r"(?:内容|信息|解释|说明|文字|东西))?|"
                         r"\b(?:only|just)\s+(?:give\s+(?:me\s+)?|list\s+)?(?:the\s+|their\s+)?(?:experts'\s+)?names\b"
                         r"(?:,?\s+nothing\s+else)?|\bnames\s+only\b", re.IGNORECASE)


_THANKS = re.compile(r"谢|thank", re.IGNORECASE)


# 按研究方向数量排序, 谁的研究方向最多？ "Sort them by number of research directions": how many the record lists
_DIRECTION_ORDER = re.compile(r"(?:按照?|依照?|根据)(?:研究)?方向的?(?:数量|数目|多少|个数|条数)(?:从多到少|由多到少|从少到多|由少到多)?"
                              r"(?:排序|排列|排名|排个序|排一下|排)|(?:谁|哪位|哪一位)的?(?:研究)?方向(?:最多|最广)|"
                              r"(?:研究)?方向最多的是(?:谁|哪位)|(?:sort|order|rank)\w*\s+(?:them\s+)?by\s+(?:the\s+)?number\s+of\s+"
                              r"(?:research\s+)?(?:directions|areas|topics)|\bwho\s+has\s+the\s+most\s+(?:research\s+)?"
                              r"(?:directions|areas|topics)\b", re.IGNORECASE)


# 这些专家都符合我的要求吗？ "Does each of them meet my requirements?": the problem's requirements checked
_MEETS_ASKED = re.compile(r"符合(?:我的|我们的|我提的|我提出的|上述的?|以上的?|这些)?(?:要求|条件)|满足(?:我的|我们的|上述的?)?(?:要求|条件)|"
                          r"(?i:\b(?:meet|meets|satisfy|satisfies|fit|fits|match|matches)\s+(?:all\s+)?(?:of\s+)?(?:my|our|the|these)"
                          r"\s+(?:requirements?|conditions?|criteria)\b)")


# 没有获得过…的有几位？ 哪几位不是工程院院士？ "How many of them have not won …?": those who do not meet it
_AMONG_NOT = re.compile(r"(?:没有|没|未曾?|从未|从没有?)(?=获得?过?|得过|拿过|荣获|当选)|(?<!是)不(?=是[^，。？?]{0,12}?(?:院士|的)|在)|"
                        r"(?i:\b(?:have|has|had|did|do|does)(?:\s+not|n't)\s+(?=won|win|received|receive|got|get|been))|"
                        r"(?i:\b(?:are|is|were|was)(?:\s+not|n't)\s+(?=(?:an?\s+)?(?:cas|cae|members?|academicians?|at|from)\b))")


# "Which of them is not a CAS member?", "… has no 一等奖?", "… was NOT elected after 2010?": read without the "not",
# as whom the rest are (it was "Which of them a CAS member?", which no reading took, and the members were listed)
_AMONG_NOT_EN = re.compile(r"\b(is|are|was|were|has|have|had|did|do|does)(?:\s+not|n't|\s+no)\b", re.IGNORECASE)


# "How many awards did the experts win in total?": the English words around an award count that say nothing else
_TALLY_EN_FILLER = re.compile(r"(?i:\b(?:did|do|does|the|these|those|experts?|they|them|their|all|win|won|get|got|have|had|has|"
                              r"in|total|altogether|receive|received|hold|held|of|each|per|on|average|together)\b)|[?,.!\s]")


# 到现在为止你总共给我推荐了几位？ 两个问题合起来一共…: words around a tally that say nothing else
_TALLY_FILLER = re.compile(r"到现在为止|到目前为止|目前为止|迄今为止|目前|迄今|总共|一共|合起来|加起来|合计|[两二三几]个问题|所有问题|这些问题|"
                           r"刚才|上面|之前|前面|你|专家|"
                           r"你们?|您|给我们?|专家|为止|的|了")


# a turn that asks for the list shown in a format, with the facts it should hold (再用JSON给我，只要姓名和单位)
_FORMAT_ASKED = re.compile(r"JSON|json|表格|markdown|Markdown|(?i:\b(?:as|in)\s+(?:a\s+)?(?:json|table|csv)\b|"
                           r"\b(?:a|the)\s+(?:comparison\s+|summary\s+)?table\b|\btable\s+format\b)")


_FORMAT_WORDS = re.compile(r"再|用|以|给我|发我|输出|生成|做成|整理成|格式|形式|字段|包括|包含|只要|只|仅|和|及|、|的|一下|一个|个|"
                           # 只要名字，用JSON数组输出 / "names only, as a JSON array" (rt65: strangers were searched)
                           r"(?i:json|csv|yaml|markdown)|数组|列表|清单|表格|(?i:\b(?:as|a|an|array|one|per|line|each|in|numbered)\b)|"
                           r"(?:用)?(?:逗号|顿号|分号|空格)(?:分隔|隔开|分开)|一行一[个位]|每行一[个位]|分行列出|分行|逐行|"
                           r"姓名|名字|院士|年份|年代|时间|专家|推荐|他们|这些|列出|列|[，,。.！!？?：:\s]|"
                           rf"(?i:{FACT_WORDS}|\b(?:with|only|names?|and|the|them|give|me|output|list|please|format)\b)")


# 一共推荐了几位？ 找到的专家一共有多少个？: how many were shown (推荐几位 alone asks for experts)
_TALLY_EN = re.compile(r"(?i)^\s*(?:so\s+|and\s+|ok(?:ay)?,?\s+)?how\s+many\s+(?:is\s+(?:that|it)|are\s+(?:they|those|these|there)|"
                       r"(?:of\s+them\s+)?(?:in\s+total|altogether|all\s+together))(?:\s+in\s+total)?\s*[?.!]*\s*$")
_TALLY = re.compile(r"^\s*(?:那|那么)?(?:总共|一共|总计|合计)(?:有|推荐了)?(?:几|多少)(?:位|个|名)(?:专家|人)?\s*[？?]?\s*$|"
                    r"(?:一共|总共|共|总计|合计)?(?:推荐|找到|找出|列出|列了|给出|介绍)了?(?:专家)?(?:一共|总共|共)?(?:有)?"
                    r"(?<=[了共有])(?:几|多少)(?:位|个|名)(?:专家)?|(?:推荐|找到|列出|给出)的(?:专家|人)?(?:一共|总共|共)?(?:有|是)?"
                    r"(?:几|多少)(?:位|个|名)")


# the difference or order of the two counts just answered (两者相差多少？ 哪个多？多多少？ "By how many?")
_GAP_ASKED = re.compile(r"^\s*(?:那|那么)?(?:两者|二者|两个|这两个数?|它们|两边|两家)?(?:之间)?(?:哪个|谁|哪边|哪家|哪年|哪一年|哪所|哪里)?(?:更)?多?[？?，,]*"
                        r"(?:相差|差|差了|差距|多了?|少了?|多出)(?:是|有)?(?:多少|几)(?:位|个|人|名)?(?:呢|啊)?[？?。！!]*\s*$|"
                        r"^\s*(?:那|那么)?(?:两者|二者|它们)?(?:哪个|谁|哪边|哪家|哪年|哪一年|哪所|哪里)(?:更)?多(?:呢|啊)?[？?。！!]*\s*$")


# those both counts just given count (两项都获得过的有几位？ 两个都有的呢？ "How many won both?")
_BOTH_COUNTED = re.compile(r"^\s*(?:那|那么|其中)?(?:两项|两个|两者|二者|两种|这两项|这两个)(?:奖|奖项)?都(?:获得过?|拿过|得过|有|是)的?"
                           r"(?:院士|专家|人)?(?:有|是)?(?:几位|多少位?|哪些|谁)?(?:呢)?[？?。]*\s*$|"
                           r"(?i:^\s*(?:and\s+)?(?:how\s+many|which|who)(?:\s+of\s+them)?\s+(?:won|received|got|hold|have)"
                           r"\s+both(?:\s+of\s+them)?\s*\??\s*$)")
_SUM_ASKED = re.compile(r"^\s*(?:那|那么|所以)?(?:(?P<three>三者|这三个数?|这三项)|两者|二者|这两个数?|这两项|它们|以上|上面|(?=一共|总共|"
                        r"合计|加起来|共计|合起来))(?:之和|的?总和|"
                        r"(?:加起来|加在一起|相加|合计|一共|总共|共计|合起来)(?:是|有|一共)?(?:多少|几)?(?:位|个|人|名)?)(?:呢|啊)?[？?。！!]*\s*$")


_SUM_ASKED_EN = re.compile(r"^\s*(?:and\s+|so\s+)?(?:what\s+(?:is|are|do)\s+(?:the\s+)?(?P<three>three\s+)?(?:(?:two|both|they|them|"
                           r"these|those)\s+)*(?:total|combined|together|sum|come\s+to)|how\s+many\s+(?:is\s+that\s+)?in\s+"
                           r"total|(?:the\s+)?(?:total|sum))\b[^.?!]{0,30}[?.!]*\s*$", re.IGNORECASE)


_GAP_ASKED_EN = re.compile(r"^\s*(?:and\s+|so\s+)?(?:what(?:'s|\s+is)\s+the\s+difference|by\s+how\s+many|how\s+many\s+more|"
                           r"which\s+(?:one\s+)?(?:has|is)\s+more)\b[^.?!]{0,30}[?.!]*\s*$", re.IGNORECASE)


# 那第二名呢？ 前十名呢？ 第三多的是哪个？ "And the second?": a place of the tally just given (it matched strangers, rt53)
_RANK_ASKED = re.compile(r"^\s*(?:那|那么|那请问)?(?:(?P<top>前)\s*(?P<n>\d+|[一二两三四五六七八九十]+)\s*(?:名|个|位)|"
                         r"第\s*(?P<n2>\d+|[一二两三四五六七八九十]+)\s*(?:名|位|多的?))(?:呢|是哪个|是哪里|是谁|是哪些|有哪些)?"
                         r"[？?。！!]*\s*$")
# another group of experts said alone after a tally (工程院里呢？ 那北京的呢？ 中科院院士中呢？ "And in CAE?" "What about CAS?")
_GROUP_ASKED = re.compile(r"^\s*(?:那|那么)?(?:在)?(?P<x>[^，,。？?！!\s]{2,12}?)(?:院士)?(?:里面?|中|当中|之中|的)?(?:院士)?(?:中|里)?"
                          r"(?:的)?(?:情况)?呢\s*[？?。！!]*\s*$")
_GROUP_ASKED_EN = re.compile(r"^\s*(?:and|what\s+about|how\s+about)\s+(?:in\s+|for\s+|among\s+)?(?:the\s+)?"
                             r"(?P<x>CAE|CAS)(?:\s+(?:members|academicians))?\s*[?.!]*\s*$", re.IGNORECASE)


_OF_SHOWN = "这几位里"  # what a superlative naming no scope is asked of after a list


_SOME_SHARE = re.compile(r"(?:有没有|有无|哪两位|哪几位|有(?:两|几)位)[^，。？?]{0,8}?(?:获得?过?|拿过|在|是|属于)?(?:同一|同样|相同)(?:个|项|种)?"
                         r"(?:奖|奖项|领域|学科|年)|同一年当选|(?i:\b(?:which|any)\s+two\b[^.?!]{0,30}?\bsame\s+"
                         r"(?:award|prize|field|year)\b)")


# a turn that leaves the problem under discussion for another (换个方向：…, 换个思路，…): the rest is the new problem
# 回到刚才注塑的问题，还有别的专家吗？ / 说回之前那个问题 / 回到焊接的那几位: an earlier problem of the conversation, the rest of
# the turn about it
# 请问贵平台的专家都是院士吗？ 图谱里的专家全是工程院院士吗？: how many of all are (of the graph, not of a list shown)
_ALL_ARE = re.compile(r"^(?:请问)?(?:你们|贵平台|平台|系统|知识图谱|图谱|专家库|库)(?:里|中|上)?的?(?:专家|人)?(?:都|全|全部|是不是都)是?"
                      r"((?:中国)?(?:工程院|科学院|中科院|两院)?院士)(?:吗|么|吧|呢)?\s*[？?。]*$")


# 你们的数据是从哪里来的？ 专家信息的来源是什么？ "Where does your data come from?": the sources the graph was imported from
_DATA_ASKED = re.compile(r"(?:你们|贵平台|平台|系统|图谱|知识图谱|专家库|数据库|这些专家|专家)?的?(?:数据|信息|资料|专家信息|专家数据|专家资料)"
                         r"(?:是|都是)?(?:从哪里?来|从哪儿来|来自哪里?|来自何处|的?来源|哪来的|从何而来|出处)(?:的|是什么|是哪里|有哪些)?|"
                         r"数据来源|信息来源|\b(?:where\s+(?:does|do)\s+(?:your|the|this)\s+(?:data|information|experts?)\s+come\s+from|"
                         r"(?:what|which)\s+(?:are\s+)?(?:your|the)\s+(?:data\s+)?sources?(?:\s+of\s+(?:your|the)\s+data)?|"
                         r"data\s+sources?|(?:which|what)\s+(?:database|source|sources|data)\s+(?:do|does)\s+(?:your|the)\s+"
                         r"(?:experts?|data)\s+come\s+from)\b", re.IGNORECASE)


# 有没有姓张的？ 其中有姓王的吗？ after a list: among the experts shown
_SURNAME_AMONG = re.compile(rf"^(?:他们|这些专家|其中|里面|这里面|当中)?(?:中|里)?(?:有没有|有无|是否有|有)姓({SURNAME})的"
                            r"(?:专家|老师|教授|院士|人)?(?:吗|么|呢)?\s*[？?。]*$")


# 我们的问题和上次一样 / 还是上次那个问题 / "Same problem as last time": the problem this conversation discussed, or, in a
# new conversation, one the service cannot see
_AS_BEFORE = re.compile(r"(?:和|跟|与|同)(?:上次|上回|之前|以前|刚才|前面|昨天|上周)(?:的|说的|提的|问的|咨询的)?(?:问题|情况|需求)?"
                        r"(?:一样|相同|一致|差不多)|还是(?:上次|上回|之前|刚才|昨天)(?:的|那个|说的)(?:问题|情况|需求)?|"
                        r"(?:上次|上回|昨天)(?:说|提|问|咨询)(?:过)?的(?:那个)?(?:问题|情况|需求)|"
                        r"\b(?:(?:the\s+)?same\s+(?:problem|issue|question|thing)\s+as\s+(?:before|last\s+time|yesterday)|"
                        r"as\s+(?:i\s+(?:said|asked|mentioned)\s+)?(?:before|last\s+time))\b", re.IGNORECASE)


_BACK = re.compile(r"^(?:那|那么|好的?[，,]?\s*)?再?(?:回到|说回|回头说|再说|返回|接着说|还是说)(?:一下)?(?:刚才|之前|前面)?(?P<first>最开始|开始|第一个|"
                   r"最早|原来)?(?:刚才|之前|前面|上面)?(?:的|那个|说的|推荐的|推荐过的)?(?P<what>[^，,。？?！!]{0,12}?)的?(?:那个)?(?:问题|话题|需求|那个|那批|那组|那几位|那些专家|那几个|"
                   r"(?<=推荐的)专家|(?<=推荐过的)专家)上?"
                   r"(?:吧|啊)?[，,。：:；;]?\s*|"
                   # 刚才食品那位第一位…: a position in the list an earlier problem showed, that problem named by its words
                   # (刚才锂电池推荐的第一位 / 刚才锂电池的第一位 / 锂电池那组的第二位 / 前面锂电池那几位里谁最年轻: rt42 —
                   # they were read of the list shown last)
                   r"^(?:刚才|之前|前面|上面)(?:说的)?(?!推荐|提到|说|讲|列出|给出|回答|的?(?:第[一二三四五六七八九十\d]+|上一|前一|头一)个问题)(?P<what2>[\u4e00-\u9fffA-Za-z]{2,8}?)(?:那批|那组|那几位|那一批|那个问题|"
                   r"那个|那位|问题推荐的|推荐的|的)(?:里|中|专家)?的?(?=第[一二两三四五六七八九十\d]+位|(?:里|中)?(?:谁|哪))|"
                   r"^(?P<what3>[\u4e00-\u9fffA-Za-z]{2,8}?)(?:那批|那组|那几位|那一批|那个问题)(?:推荐的)?(?:里|中|专家)?的?"
                   r"(?=第[一二两三四五六七八九十\d]+位|(?:里|中)?(?:谁|哪))|"
                   # 第一个问题推荐的第一位 / 上一个问题里的第二位: a position in the list of the first or the previous problem
                   # (刚才第一个问题里的第三位: rt84, it was the latest list's third)
                   r"^(?:刚才|之前|前面)?的?(?:(?P<first2>第一个|最开始的?|最早的?|头一个)|上一个|前一个|之前的?|刚才的?)问题(?:推荐的|里的?|中的?|的){0,2}"
                   r"(?:专家)?(?:里|中)?的?(?=第[一二两三四五六七八九十\d]+位)|"
                   # 刚才第一轮推荐里谁最年轻？: the list of the first problem (rt62: it was the last list)
                   r"^(?:刚才|之前|前面)?(?P<first3>第一轮|第一次)(?:推荐|给出|列出)?的?(?:专家)?(?:里|中|里面)?的?"
                   r"(?=第[一二两三四五六七八九十\d]+位|谁|哪)|"
                   # "Back to the first problem", "Let's go back to the warpage question: any others?"
                   r"^(?:(?:ok(?:ay)?|so|now|well),?\s+)?(?:let'?s\s+)?(?:go\s+|get\s+|come\s+)?back\s+to\s+(?:the|our|my)?\s*"
                   r"(?P<first_en>first|original|initial)?(?:earlier|previous|other|last|former)?\s*(?P<what_en>[A-Za-z -]{0,30}?)\s*"
                   r"(?:problem|question|issue|topic|one)\b[.,:;!?]*\s*|"
                   # "Go back to the battery list — the third expert, …": the list of the problem its word names, not the
                   # latest (rt75); "the first list" stays the problem's first batch
                   r"^(?:(?:ok(?:ay)?|so|now|well),?\s+)?(?:let'?s\s+)?(?:go\s+|get\s+|come\s+)?back\s+to\s+(?:the|our|my)\s+"
                   r"(?!(?:first|original|initial|earlier|previous|other|last|former|very)\b)(?P<what_en2>[A-Za-z-]{3,30})\s+"
                   r"(?:list|experts|batch|group|recommendations)\b[.,:;!?]*\s*(?:[—–-]+\s*)?", re.IGNORECASE)


# 另外我们还有个问题, 换个问题, 还有一件事: a problem of its own, not more of the one said before
_ANOTHER_PROBLEM = re.compile(r"另外|还有(?:一|个|一个)(?:问题|事|难题|需求)|另一个(?:问题|难题|需求)|换个问题|新问题|再问一个|第二个问题|"
                              r"(?i:\banother\s+(?:problem|question|issue)\b)")


# 那副教授呢？ 那高工呢: a title asked about, of the experts shown
_TITLE_ASKED = re.compile(r"^(?:那|那么)?(?:有没有)?(?:正|副)?(?:教授|研究员|高级工程师|高工|工程师|讲师|博士|博导|教授级高工)"
                          r"(?:的)?(?:呢|吗|么)[？?。！!]*$")


# 具体是…, 主要是…, 补充一下：…: the problem under discussion said in more detail (matched with it)
_ELABORATES = re.compile(r"^(?:具体(?:来说|地说|而言|就是|是|讲)?|主要是|详细(?:来说|说|情况是)|补充(?:一下|说明)?|更具体(?:地说|些)?|"
                         # 已经确诊是PED / 问题其实是大风下悬停机体抖动 / 其实主要是BMS算法这块 (rt61: matched alone)
                         r"(?:已经|现在|目前)?(?:确诊|查明|确定|确认|判断)(?:了)?(?:是|为)|(?:问题|情况|原因|难点)(?:其实|主要|具体|实际上)?是|"
                         r"(?:其实|实际上|说白了)(?:主要)?是|"
                         # 是激光焊，铝合金的 / 材料是6061铝合金: what the problem is about, said after it
                         r"是(?=[\u4e00-\u9fffA-Za-z0-9]{2})(?!不是|否)|(?:我们)?(?:用的|采用的?|选用的?|做的)是|"
                         r"(?:材料|材质|工艺|零件|产品|设备|型号|牌号|钢种|规格)(?:是|为|用的是))"
                         r"[：:，,]?")


_QUESTION = re.compile(r"哪|什么|谁|吗|么|呢|[？?]")  # 具体是哪个单位？ asks, it describes nothing


# …，有没有做疫苗的专家？ / …，还有其他人吗？ / …，有没有更偏工程应用的专家？: the experts asked for after a problem said in
# more detail, which the detail does not make a question of its own
_ASKING_TAIL = re.compile(r"[，,。；;]\s*(?:请问)?(?:有没有|有无|还有没有|还有|能否|能不能|可以|请|麻烦)?(?:推荐|介绍|找)?"
                          r"(?:[^，,。；;？?]{0,16}?(?:专家|老师|教授|院士|人)|更[\u4e00-\u9fff]{1,4}的|别的|其他的?|其它的?)"
                          r"(?:吗|呢|吧)?[？?。！!]*$")  # (…，有没有更专门的？ — it was matched alone, rt68)


# an English turn's opening that asks nothing ("Actually, can you give me only those elected after 2010?"): what follows
# it is the turn (it was read as a request for more experts, rt66)
_PREAMBLE_EN = re.compile(r"^\s*(?:(?:actually|ok(?:ay)?|well|so|hmm|fine|never\s*mind|alright|all\s+right)[,.!]?\s+)*"
                          r"(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?|please\s+)?(?:give|show|list|tell)\s+(?:me|us)\s+"
                          r"(?=only\b|just\b)", re.IGNORECASE)


_ACADEMY_EN = r"(?:CAS|CAE|(?:the\s+)?Chinese\s+Academy\s+of\s+(?:Sciences|Engineering))"


_ACADEMY_WISH_EN = re.compile(rf"^\s*(?P<lead>(?:just|only)\s+)?(?:the\s+ones\s+(?:from|in)\s+|those\s+(?:from|in)\s+|members\s+of\s+|"
                              rf"(?:from|in)\s+)?(?:the\s+)?(?P<a>{_ACADEMY_EN})(?:\s+(?:members|academicians|ones|fellows))?"
                              rf"(?P<only>\s+only)?(?P<not>\s*[,;]?\s*(?:but\s+)?(?:not|no)\s+(?:the\s+)?{_ACADEMY_EN}"
                              rf"(?:\s+(?:members|academicians|ones))?)?\s*(?:,?\s*please)?\s*[.!]*\s*$", re.IGNORECASE)


_ONLY_SEAT_NOT_OTHER = re.compile(r"(?:只要|仅要|只需要|只限)(?:中国)?(?:科学院|工程院|中科院)(?:院士|的)?(?P<rest>[，,]\s*(?:中国)?"
                                  r"(?:科学院|工程院|中科院)(?:院士)?的?(?:不要|除外|不考虑|排除))")


_ORDINAL_ZH = {"first": "第一", "second": "第二", "third": "第三", "fourth": "第四", "fifth": "第五", "last": "最后一"}


_BESIDES_ONE_EN = re.compile(r"^\s*(?:except|apart\s+from|besides|other\s+than|aside\s+from)\s+(?:for\s+)?the\s+"
                             r"(?P<n>first|second|third|fourth|fifth|last)\s+(?:one|expert|person|academician)\s*,?\s*"
                             r"(?:who\s+else|anyone\s+else|any\s+others?|who\s+(?:do|would|else)|(?:can|could)\s+you|"
                             r"(?:please\s+)?(?:suggest|recommend|show))[^.!?]*[.!?]*\s*$", re.IGNORECASE)


_ONLY_THE_ONES_EN = re.compile(r"^\s*(?:(?:only|just)\s+(?:the\s+ones|those|the\s+experts|experts|people|ones)\s+"
                               r"(?:who\s+are|that\s+are|who're|who\s+work\s+(?:at|in))\s+(?P<x>[^,.!?]+?)|"
                               r"(?:we|i)\s+(?:(?:would|'d)\s+)?(?:prefer|want|need|like)\s+(?:only\s+)?(?P<y>[^,.!?]+?)\s+only)"
                               r"\s*(?:,?\s*please)?\s*[.!?]*(?:\s*(?:re-?run|redo|repeat|update|refresh)[^.!?]*[.!?]*)?\s*$",
                               re.IGNORECASE)


# "Only those not in Beijing", "Show me only the experts outside Beijing", "Anyone outside Beijing?": a place left out
_AWAY_EN = re.compile(r"^\s*(?:(?:show|give)\s+(?:me|us)\s+|list\s+)?(?:only\s+|just\s+)?(?:those|the\s+ones|the\s+experts|"
                      r"experts|people|ones|anyone|anybody|someone)?\s*(?:who\s+(?:are|is)\s+|that\s+(?:are|is)\s+)?"
                      r"(?:not\s+(?:in|from|at|based\s+in)|outside(?:\s+of)?)\s+(?P<what>[^,.!?]+?)\s*(?:,?\s*please)?"
                      r"\s*[.!?]*\s*$", re.IGNORECASE)


_SEATS_SPLIT_EN = re.compile(r"^\s*how\s+many\s+(?:of\s+them|of\s+those|among\s+them)\s+(?:are\s+)?CA[SE]"
                             r"(?:\s+(?:members|academicians))?\s*(?:vs\.?|versus|or|and|/)\s*(?:how\s+many\s+(?:are\s+)?)?"
                             r"CA[SE]\b", re.IGNORECASE)


_FROM_SHOWN_EN = re.compile(r"\s+(?:from|of|among|in)\s+(?:your|the|those|these)\s+(?:recommendations|suggestions|list|"
                            r"(?:ones|experts)\s+(?:above|shown|listed|you\s+(?:recommended|suggested|gave)))\b", re.IGNORECASE)


_WISH_LEAD = re.compile(r"^(?:那|那么)?就?(?:最好|希望|要求|只要|仅限|只限|必须|一定要)|"  # 最好是院士: a wish, said first
                        # "Only academicians of the Chinese Academy of Engineering please", "Any from Zhengzhou?"
                        r"^\s*(?:(?:ok(?:ay)?|so|then|and),?\s+)?(?:only|just|preferably|ideally|any(?:one|body)?\s+"
                        r"(?:from|at|in|based\s+in)|(?:i|we)(?:'d|\s+would)\s+prefer)\b|"
                        # "Please recommend someone in Beijing", "Can you recommend someone who won the 国家技术发明奖?": a
                        # wish for the problem discussed (read as a question about the list, or as a new problem)
                        r"^\s*(?:(?:ok(?:ay)?|so|then|and|well),?\s+)?(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?"
                        r"(?:recommend|suggest|find)\s+(?:me\s+|us\s+)?(?:someone|somebody|anyone|anybody|others|people|"
                        r"(?:an?|other|some)\s+(?:expert|academician|specialist|person|professor)s?|experts|academicians|"
                        r"specialists)\b", re.IGNORECASE)


_NEW_TOPIC = re.compile(r"换(?:一个|个)?(?:方向|思路|话题|问题|角度)(?:吧|来)?[：:，,。]?\s*(?:我们(?=其实|实际上|是))?(?:其实|实际上)?(?:是)?")


# those shown, said as the ones recommended (推荐的专家都…吗？ 你刚才推荐的这几位在上海吗？)
_SHOWN_SAID = re.compile(r"^(?:请问)?(?:你|您)?(?:刚才|上面|之前|前面)?(?:所)?推荐的(?:这)?(?:几位|些|[两三四五六七八九十\d]位)?"
                         r"(?:专家|院士)?(?:们)?(?=都|是|在|有|中|里|当中|全|均|获)|"
                         # 名单中有人在合肥吗？ (it said the graph holds no places, rt65)
                         r"^(?:请问)?(?:你|您)?(?:刚才|上面|之前|前面)?(?:的|给的|推荐的)?(?:这个|这份)?(?:名单|列表|清单)(?=中|里|上|当中)")


_HIS = re.compile(r"\b(?:his|her|he|she)\b", re.IGNORECASE)


_EXTREMES = r"最年轻|年纪最小|年龄最小|岁数最小|最年长|年纪最大|年龄最大|岁数最大|获奖最多|当选最早|当选最晚"


# 最年轻的呢？: the other extreme of a question just asked of a list; 获奖最多的那位…: the one such a question named
_EXTREME_ONLY = re.compile(rf"^\s*(?:那|那么)?({_EXTREMES})的?(?:那位|那个|一位)?(?:呢|是谁|是哪位)?[？?。！!\s]*$")


_FEWER_NAMED = re.compile(r"^\s*(?:那|那么)?(?:获奖|奖项|奖)(?:少|更少|较少|最少)的(?:那位|那个|那一位|专家|院士)")


_EXTREME_NAMED = re.compile(rf"^\s*(?:那|那么)?(?:{_EXTREMES})的(?:那位|那个|那几位|那两位|几位|两位|专家|院士)")


_WHICH_OF = re.compile(r"^\s*(?:请问|那)?(?:哪一位|哪位|哪几位|哪两位)(?!专家|院士)")


_WHOLE_GRAPH = re.compile(r"图谱|库里|数据库|全部|所有|整个|一共|总共|全国")


_EARLIER_BATCH = re.compile(r"^\s*(?:那|那么)?(?:上一批|上一组|前一批|前一组|之前那批|上个名单|上一个名单|上一份名单)(?:专家)?(?:里|中|里面)?的?")


_IN_LIST_EN = re.compile(r"^\s*(?:(?:and|so|now|ok(?:ay)?),?\s+)?(?:(?:let'?s\s+)?(?:go\s+|get\s+|come\s+)?back\s+to\s+)?"
                         r"(?:who\s+(?:was|is)\s+)?(?:the\s+)?(?P<n>first|second|third|fourth|fifth)"
                         r"(?:\s+(?:one|expert|person))?\s+(?:in|of|from|on)\s+the\s+(?P<which>previous|earlier|first|other)\s+"
                         r"(?:list|batch|group)\s*(?:[?.!]+\s*$|[-—–,:]+\s*(?P<rest>.+)$|$)", re.IGNORECASE)


_FIRST_LIST = re.compile(r"^\s*(?:那|那么|好的?[，,]?)?\s*(?:再)?(?:回到|说回|看看?|回头看)?(?:刚才|之前|前面)?的?(?:第一|头一)(?:个|份|张|批)"
                         r"(?:列表|名单|清单|推荐)(?:里|中|上)?的?(?=第[一二两三四五六七八九十\d]+位)")
_FIRST_SHOWN = re.compile(r"^\s*(?:那|那么)?(?:你|您)?(?:最开始|一开始|刚开始|最早|最初|第一次)(?:推荐|提到|给出|列出)的"
                          r"(?:那一?位|那个人|那位专家|第一位专家|专家|第一位)")  # (你一开始推荐的第一位专家: rt97)


# "Which of them are in the Chinese Academy of Engineering?", "And which of them is not a CAS member?"
_WHICH_SEAT_EN = re.compile(r"^\s*(?:and\s+|so\s+)?(?:which|who)(?:\s+ones?)?\s+(?:of|among)\s+(?:them|these|those)(?:\s+\w+)?\s+"
                            r"(?:are|is|were|was)\s+(?P<not>not\s+)?(?:(?:in|from|members?\s+of|elected\s+to)\s+(?:the\s+)?|"
                            r"(?:an?\s+)?)(?P<a>Chinese\s+Academy\s+of\s+(?:Engineering|Sciences)|CA[SE])(?:\s+(?:members?|"
                            r"academicians?))?\s*[?.]*\s*$", re.IGNORECASE)


def resolve(text: str, conversation: Conversation) -> Intent:
    """Classify a user turn: a new problem, a request for more experts, a question about a shown expert, or
    small talk (no problem stated). An English follow-up is read by the Chinese words it amounts to. A turn of
    several questions about those shown that reads as none of them (谁获奖最多？获得了几项国家科技进步奖？ was searched;
    他们一共有几位？有几位来自清华大学？ got the names again) is the one of them that asks for a fact, else the first."""
    if len(conversation.last) >= 2 and (extreme := _EXTREME_ONLY.match(text)):  # 他们中谁年龄最大？ then 最年轻的呢？:
        text = f"他们中谁{extreme.group(1)}？"  # the same question the other way (it answered of the oldest again, rt77)
    if conversation.last and _WHICH_OF.match(text) and not _WHOLE_GRAPH.search(text):  # 哪一位获得过…一等奖？ after a
        text = "他们中" + text  # list: which of them (it counted the whole graph's 23 holders, rt77)
    two = conversation.pair if len(conversation.pair) == 2 else conversation.last if len(conversation.last) == 2 else []
    twins = len({e.name for e in conversation.last}) < len(conversation.last)
    if conversation.focus is not None and conversation.focus in two and not twins and \
            (fewer := _FEWER_NAMED.match(text)):
        # 获奖少的那位是哪个单位的？ after 关桥和林尚扬谁获得的奖项更多？ (关桥): the other one (关桥 was answered, rt94)
        other = next(e for e in two if e is not conversation.focus)
        text = other.name + text[fewer.end():]
    elif len(conversation.last) >= 2 and (fewer := _FEWER_NAMED.match(text)):
        # after 张杰和周济谁获得的奖项更多？ of four namesake records, or after a list (推荐几位…专家 then 获奖少的那位是哪里人？):
        # the records with fewest (the one named first was taken, the most awarded of the four, rt95; rt97)
        least = [e for e in conversation.last if len(e.awards) == min(len(x.awards) for x in conversation.last)]
        if len(least) == 1:
            return dataclasses.replace(resolve("他" + text[fewer.end():], dataclasses.replace(
                conversation, focus=least[0], last=[least[0]])), expert=least[0])
        return dataclasses.replace(resolve("他们" + text[fewer.end():], dataclasses.replace(
            conversation, focus=None, last=least, pair=[])), experts=tuple(least))
    if (conversation.focus or conversation.group) and (named := _EXTREME_NAMED.match(text)):  # 获奖最多的那位哪年出生？
        text = ("他" if conversation.focus else "他们") + text[named.end():]  # after 谁获奖最多？: whom it named (rt77)
    if conversation.last and (said := _SHOWN_SAID.sub("他们", text, count=1)) != text:  # 推荐的专家都获得过…吗？: of
        text = said  # those shown (it was searched as a new problem)
    if conversation.last and (asks_only_except(text) or asks_award_end(text)) and (
            named := [e for e in known_experts(conversation) if e.name in in_chinese_names(text, known_experts(
                conversation))] or ([conversation.focus] if conversation.focus and (
                    PRONOUN.search(text) or _HIS.search(text)) else [])):
        # 林尚扬除了院士之外没有获得过任何奖，对吧？: a premise about his awards (it was read as 不要院士、不要获奖的);
        # "Which of his awards is the most recent?": his (it was read as a ranking of the experts)
        return Intent("about", expert=named[0], attribute="awards")
    if len(conversation.last) >= 2 and len(text) <= 60 and asks_same_place(text) and same_place_asked(text)[0] \
            and not any(e.name in text for e in known_experts(conversation)):
        # 哪两位在同一所大学？ "Which two are at the same university?": of the list shown (it searched 同一 / "same", and
        # later turns answered of that search's experts, rt63)
        return Intent("list", attribute="institution", same=True, experts=tuple(conversation.last))
    if len(conversation.last) >= 2 and len(text) <= 60 and _SOME_SHARE.search(text):
        # 有没有两位获得过同一个奖？ 有没有两位在同一个领域？ "Which two were elected in the same year?": what they share
        # (it said 都没有 / 不是 of three who all hold two awards, rt65)
        return Intent("list", common=True, experts=tuple(conversation.last))
    if len(conversation.last) >= 2 and says_how_many_hold(text) and len(text) <= 40:
        # 至少有两位获得过国家科学技术进步奖一等奖吧？: of those shown (it searched the award as a new problem)
        return Intent("list", attribute="awards", experts=tuple(conversation.last))
    if conversation.last and (seat := _WHICH_SEAT_EN.match(text)):  # "Which of them are in the Chinese Academy of
        academy = "工程院" if re.search(r"engineering|CAE", seat.group("a"), re.IGNORECASE) else "科学院"  # Engineering?":
        text = f"他们中哪几位{'不' if seat.group('not') else ''}是{academy}院士？"  # membership (it was read as
        # whether each works at an institution of that name, rt84); answered in English all the same
    if len(conversation.problems) >= 2 and len(conversation.batches) < 2 and (earlier := _EARLIER_BATCH.match(text)):
        text = "上一个问题推荐的" + text[earlier.end():]  # 上一批的第三位是谁？ after another problem: its list (it was the
        # current one's third, rt86); 上一批 of the same problem's batches stays that batch
    if conversation.problems and (listed := _IN_LIST_EN.match(text)) and (
            len(conversation.problems) >= 2 or listed.group("which").lower() == "first"):  # "Who was third in the
        # previous list?"; "Back to the second expert from the first list: …" after one problem and a named person (杨振宁,
        # the one named last, was answered, rt155)
        n = "一二三四五六七八九十"[ORDINAL_WORDS.index(listed.group("n").lower())]
        which = "第一个问题推荐的" if listed.group("which").lower() == "first" else "上一个问题推荐的"
        text = f"{which}第{n}位{'是谁' if not listed.group('rest') else ''}？" + (listed.group("rest") or "")
    if conversation.problems and (listed_first := _FIRST_LIST.match(text)):  # 回到第一个列表的第二位专家，…: the first
        text = "第一个问题推荐的" + text[listed_first.end():]  # problem's list (the second list's was tabled, rt157)
    if len(conversation.problems) >= 2 and (first := _FIRST_SHOWN.match(text)):  # 最开始推荐的那位…: the first list's
        text = "第一个问题推荐的第一位" + text[first.end():]  # first expert (it was the one discussed last, rt85)
    if conversation.problem and (away := _AWAY_EN.match(_PREAMBLE_EN.sub("", text))):  # "Only those not in
        text = f"Not in {away.group('what')}."  # Beijing", "Show me only the experts outside Beijing": left out (read
        # as a wish for Beijing, or the topic lost, rt67)
    if conversation.problem and conversation.last and (besides := _BESIDES_ONE_EN.match(text)):  # "Except the first
        text = f"除了{_ORDINAL_ZH[besides.group('n').lower()]}位，还有谁？"  # one, who else would you suggest?": others
        # (it was answered about the first one, rt69); answered in English all the same
    if conversation.problem and (seat := _ACADEMY_WISH_EN.match(_PREAMBLE_EN.sub("", text))) and \
            (seat.group("lead") or seat.group("only") or seat.group("not")):  # "CAS only.", "Just CAS members, not CAE.",
        engineering = re.search(r"CAE|Engineering", seat.group("a"), re.IGNORECASE)  # "Only the ones from the Chinese
        text = f"Only {'CAE' if engineering else 'CAS'} members, please."  # Academy of Engineering please." (each was
        # matched alone: strangers of the other academy, rt69)
    if conversation.problem and (both := _ONLY_SEAT_NOT_OTHER.search(text)):  # 只要中国科学院院士，工程院的不要: the one
        text = text[:both.start("rest")] + text[both.end():]  # wanted (read as both academies: a 两院院士 alone, rt69)
    if conversation.problem and (wish := _ONLY_THE_ONES_EN.match(_PREAMBLE_EN.sub("", text))):  # "Just the ones who
        text = f"Only {wish.group('x') or wish.group('y')}, please."  # are CAS members", "We prefer CAS members only. Re-run …": the wish
        # on the same problem (it was matched alone: strangers of another academy, rt66, rt67)
    if conversation.problem and (double := _NOT_IN_LEFT_OUT_EN.match(text)):  # "Exclude anyone not in the CAE.": only
        text = f"Only {double.group('x')} members, please." if _ACADEMY_EN.search(double.group('x')) else \
            f"Only experts from {double.group('x')}, please."  # those (the relevant list was replaced, rt59)
    if conversation.problem and _UNWANTED_EN.match(text) and (left := _unwanted(text, conversation)) is not None:
        return left  # "Without Tsinghua please.": those of it left out (it was read as whether each works there, rt50)
    if len(conversation.last) >= 2 and (kept := _besides_pointed(text, conversation)):
        return kept  # 除了第一位以外都不要 / 只保留第一位: that one; 除了第二位，其他两位是哪个单位的？: of the others
    if (counted := _count_then_names(text, conversation)) is not None:
        return counted
    intent = _resolve(text, conversation)
    if intent.kind == "problem" and (focus := _he_of_focus(text, conversation)) is not None:
        # "He is the director of … and was vice president of …, right?" after a turn about one expert: of him (a new
        # problem was matched, and the next 他 answered of a stranger, rt67)
        return Intent("about", focus, "awards" if asked_awards(text) else None)
    if intent.summary and not intent.brief and _BRIEF.search(text):  # "Summarize them in one sentence."
        intent = dataclasses.replace(intent, brief=True)
    if not conversation.last or intent.kind not in ("problem", "list") \
            or len(questions := [q for q in _QUESTIONS.split(text) if re.search(r"\w", q)]) < 2:
        return intent
    if intent.kind == "list" and _asks_fact(intent):  # 这5位中有几位来自高校？几位来自研究院所？: each count asked
        counts = list({(r.kind, r.text): r for q in questions for r in counted_among_shown(q)}.values()) \
            if intent.among else []
        return dataclasses.replace(intent, among=tuple(counts)) if len(counts) > len(intent.among) else intent
    each = [_resolve(q, conversation) for q in questions]
    if each[0].kind == "problem":  # 我们的轴承磨损怎么办？谁最合适？: a new problem first, and a question about it
        return intent
    asked = [i for i in each if i.kind in ("list", "about")]
    if len(counted := [i for i in asked if i.among]) >= 2:  # 有几位来自高校？几位来自研究院所？: each count
        return dataclasses.replace(counted[0], among=tuple({(r.kind, r.text): r for i in counted for r in i.among}.values()))
    return next((i for i in asked if _asks_fact(i)), asked[0]) if asked else intent


# who those of a count are, asked after it (…有几位？分别是谁？ …有几位，都是谁？), rt143
_NAMES_ASKED_TAIL = re.compile(r"[？?，,]\s*(?:那|那么)?(?:他们|她们)?(?:分别|都|各)?(?:是|有)(?:谁|哪些人?|哪几位)[？?。]*\s*$")


def _count_then_names(text: str, conversation: Conversation) -> Intent | None:
    """A count after a count, with who they are asked besides (其中清华大学的有几位？分别是谁？ was read as of the three
    shown, and they were listed again, rt143): the count alone, whose answer names them; None otherwise."""
    if conversation.census is None or (tail := _NAMES_ASKED_TAIL.search(text)) is None or not text[:tail.start()].strip():
        return None
    intent = _resolve(text[:tail.start()] + "？", conversation)
    return intent if intent.kind == "problem" and intent.count is not None else None


def _asks_fact(intent: Intent) -> bool:
    """Whether a follow-up asks for something of the records (a count, an attribute, an order), not only the list."""
    return intent.kind == "about" or any((intent.among, intent.attribute, intent.attributes, intent.elected_order,
                                          intent.unheld, intent.tally, intent.award_order, intent.direction_order,
                                          intent.compare, intent.same, intent.summary, intent.common, intent.surname,
                                          intent.detail))


# "of the academicians", "among these experts": those shown, named by what they are (it was read as asking whether
# they are academicians: "3 of the 3" for a question about their gender)
_OF_THE_SHOWN = re.compile(r"\b(of|among)\s+(?:the|these|those)\s+(?:(?:three|two|four|five)\s+)?(?:academicians|experts|"
                           r"professors|scientists|people)\b", re.IGNORECASE)


#: how those shown bear on a topic (这几位跟染布有什么关系？ 他和焊接有什么关系？), not a relation between people
_TOPIC_RELATION = re.compile(r"^(?P<who>这(?:几|两|三|四|五)位(?:专家)?|他们|[他她]|第[一二三四五六七八九十\d]位)(?:专家)?"
                             r"(?:和|跟|与|同)(?P<topic>[^，,。？?\s]{2,12}?)(?:之间)?(?:有|是)(?:什么|啥|何)关系[？?。]?")
#: a place in the list said right before a name (第一位徐性初…): the two should be one person
_PLACE_BEFORE_NAME = re.compile(r"第([一二三四五六七八九十\d])(?:位|个)(?:专家|院士|老师|教授)?\s*")


def _named_over_place(text: str, conversation: Conversation) -> str:
    """The turn without a list place said before the name of another shown expert (第一位徐性初现在在哪个单位？多大年纪了？
    after a second list whose first is 闻邦椿: his age was answered too, rt90): the name is who is meant."""
    if "第" not in text or not conversation.last:
        return text
    names = {e.name for e in (*_all_shown(conversation), *known_experts(conversation))}

    def place(m: re.Match) -> str:
        at = m.group(1)
        n = int(at) if at.isdigit() else "一二三四五六七八九十".index(at) + 1
        named = next((name for name in names if text.startswith(name, m.end())), None)
        if named is None or n <= len(conversation.last) and conversation.last[n - 1].name == named:
            return m.group()
        return ""
    return _PLACE_BEFORE_NAME.sub(place, text)


def _resolve(text: str, conversation: Conversation) -> Intent:
    """`resolve` for one reading of the whole turn."""
    text = simplified(text)  # "還有別的專家嗎？" asks what "还有别的专家吗？" asks
    text = _named_over_place(text, conversation)
    if conversation.last and (fit := _TOPIC_RELATION.match(text)) and not (fit.group("topic")[0] in SURNAMES and
                                                                           len(fit.group("topic")) <= 3):
        # 这几位跟染布有什么关系？: whether they work on it (the help text, or "no relations between experts", rt90)
        who = fit.group("who")
        text = (f"{who}是研究{fit.group('topic')}的吗？" if re.fullmatch(r"[他她]|第.位", who)
                else f"他们谁研究{fit.group('topic')}？") + text[fit.end():].lstrip("？?。，, ")
    if asks_mention_of_focus(text) and (one := conversation.focus or (
            conversation.last[0] if len(conversation.last) == 1 else None)) is not None:  # 提到普林斯顿了吗？ "Does it
        return Intent("about", one)  # mention Princeton?": of the record just discussed (a new search, rt104), or of the
        # one card shown ("Tell me about Sun Jiadong." then "Does it mention …?": the awards of the list, rt108)
    said, text = text, without_injection(text)  # a problem with "ignore your rules and …": the problem, the rest unheard
    text = in_list_positions(text, conversation)  # 第二个问题里的第一位: its place in the list shown
    text = _ASK_IN_PLACE.sub(lambda m: f"{m.group('ask')}{m.group('place')}的", text)
    if conversation.problem:
        text = _IN_PLACE_WISH.sub(lambda m: f"{m.group('place')}的专家{m.group('end') or '呢？'}", text)
    if conversation.last:  # "How many of the academicians are women?": of those shown, not whether they are academicians
        text = _OF_THE_SHOWN.sub(r"\1 them", text)
        text = _PREAMBLE_EN.sub("", text)
        if _SEATS_SPLIT_EN.match(text):  # "How many of them are CAS vs CAE?": each academy's count of them (it
            text = "他们中几位是中科院院士，几位是工程院院士？"  # said it ranks no one, rt66); answered in English all the same
        if re.match(r"\s*(?:only|just)\b", text, re.IGNORECASE):  # "only the experts in Wuhan from your
            text = _FROM_SHOWN_EN.sub("", text)  # recommendations": the wish, of the list as any wish is
    if conversation.problem and conversation.last and _THIS_TOPIC.search(text) and \
            (kept := _THIS_TOPIC.sub("", text).strip()):  # 还有没有中国科学院院士里做这方面的？: the problem, of that kind
        text = kept
    pair = conversation.pair if len(conversation.pair) == 2 else \
        [conversation.last[0], conversation.last[-1]] if 2 <= len(conversation.last) <= 3 else []
    if pair:  # 后者是哪个单位的？ after 李德群和申长雨谁获奖更多？ (else the first and the last of the list just shown); only
        # opening the turn (热处理开裂和焊接变形，前者更急: a problem's own two parts)
        text = re.sub(r"^(那|那么)?(前者|后者)", lambda m: (m.group(1) or "") + pair[m.group(2) == "后者"].name, text)
    text = as_question_en(text)  # "I heard he was elected in 2005, confirm.": Is it true that …?
    if not conversation.last and (_RANKED_PEOPLE in only_unheld(text) or _RANKED_ALONE_EN.match(text)):  # 中国最优秀的院士有哪些？ "Who are
        return Intent("chat", unheld=(_RANKED_PEOPLE,))  # the best academicians?": no one is ranked (a count or weak
        # matches, rt84)
    if written_in_pinyin(text):  # zhu su jian qiao qu: toneless pinyin cannot be read back reliably
        return Intent("chat", pinyin=True)
    if conversation.last and (member := _MEMBER.match(text) or _MEMBER_EN.match(text)) and \
            not _TITLE_ONLY.fullmatch(next(g for g in member.groups() if g)):
        # 其中有陈立泉吗？ "Is Chen Liquan among them?": whether he was shown (he was added to the list and said to be
        # recommended), or counted
        return Intent("list", member=next(g for g in (member.groupdict().get(k) for k in ("who", "who2", "who3")) if g),
                      experts=tuple(conversation.last))
    if conversation.last and (alone := _ONLY_AMONG.match(text) or _ONLY_AMONG_EN.match(text)) and (among := (
            counted_among_shown(f"How many of them {alone.group('what')}?") if alone.re is _ONLY_AMONG_EN else
            counted_among_shown(f"有几位{alone.group('what')}？"))):
        # 吴建平是他们中唯一获得过国家技术发明奖的吗？ "Is X the only one of them who won …?": those shown who did
        return Intent("list", among=among, experts=tuple(conversation.last))
    if (only := only_question(text)) is not None and (only[0] is None or not _ONLY_POINTER.fullmatch(only[0]) or (
            targets := _targets(only[0], conversation)[0] if conversation.last else [])):
        # 吴良镛是清华大学唯一获得…的院士吗？ "Is he the only …?": counted, not answered of his record alone
        who, asked = only
        if who is not None and _ONLY_POINTER.fullmatch(who):
            asked = dataclasses.replace(asked, guess=(targets[0].name,))
        return Intent("problem", count=asked)
    if conversation.last and conversation.asked and _MEETS_ASKED.search(text):  # 这些专家都符合我的要求吗？ "Do they
        # all meet my requirements?": each requirement the problem stated, checked of those shown
        return Intent("list", among=conversation.asked, experts=tuple(conversation.last))
    if _LETTER.search(text) and not _VOICE.search(text) and (conversation.last or _TO_EXPERT.search(text)):
        # 把推荐结果写成一封给总经理的推荐信 / 给第一位专家写一封邀请邮件 / 给翟婉明写一封邀请邮件 / "Write him an email": a
        # draft from the records (it repeated the list, or said that no e-mail address is recorded)
        targets, _ = _targets(said_positions(text), conversation) if conversation.last else ([], [])
        if not targets and conversation.last and (nth := _NTH_EN.search(text)) and \
                (at := ORDINAL_WORDS.index(nth.group(1).lower())) < len(conversation.last):  # "to the first one"
            targets = [conversation.last[at]]
        if not targets and conversation.last and _BEST_ONE.search(text):  # "to the most suitable one"
            targets = sorted(conversation.last, key=lambda e: -(e.strength or 0))[:1]
        if _TO_EXPERT.search(text) or targets and not _TO_READER.search(text):
            named = [e for e in conversation.last if e.name in next((m.content for m in reversed(conversation.messages)
                                                                  if m.role == "user"), "")]
            one = targets[0] if targets else conversation.focus or (conversation.last[0] if len(conversation.last) == 1
                                                                     else named[0] if len(named) == 1 else None)
            # (我想联系吴良镛先生 then 帮我写封邮件请他评审…: the one the turn before named, not the list's letter, rt118)
            # (one named who was not shown: found by the answerer; none pointed at: the list's letter)
            if one is not None or not conversation.last:
                return Intent("list", letter="expert", experts=(one,) if one is not None else ())
        if conversation.last:
            reader = _TO_READER.search(text)
            return Intent("list", letter=next((g for g in reader.groups() if g), "") if reader else "领导",
                          experts=tuple(conversation.last))
    if reads_no_word(text) or conversation.last and not re.search(r"[\w\u3400-\u9fff]", text):  # asdfghjkl: no word (its nearest
        # experts were shown "for reference"); 😀😀😀 or ``` after a list (the match refused it: an error, rt62)
        return Intent("chat", unclear=True) if conversation.last else Intent("chat", ask=True)
    if (every := _ALL_ARE.search(text)) and (seats := [r for r in read_requirements("推荐" + every.group(1))
                                                        if r.kind == "academy"]):  # 你们的专家都是院士吗？: counted
        return Intent("problem", count=CountQuestion(None, tuple(seats), every.group(1)), all_asked=True)
    if conversation.last_tally is not None and (rank := _RANK_ASKED.match(text)):  # 那第二名呢？ 前十名呢？ after a tally
        said = rank.group("n") or rank.group("n2")
        n = int(said) if said.isdigit() else chinese_number(said) or 1
        return Intent("chat", graph_tally=dataclasses.replace(conversation.last_tally, rank=0 if rank.group("top") else n,
                                                              places=n if rank.group("top") else 1))
    if conversation.last_tally is not None and (group := _GROUP_ASKED.match(text) or _GROUP_ASKED_EN.match(text)) and \
            (again := regrouped(conversation.last_tally, group.group("x"), group.re is _GROUP_ASKED_EN)) is not None:
        # 哪个单位的院士最多？ then 工程院里呢？ / "And in CAE?": the same tally over those (searched as a problem)
        return Intent("chat", graph_tally=again)
    if len(conversation.counted) >= 2 and (summed := _SUM_ASKED.match(text) or _SUM_ASKED_EN.match(
            re.split(r"(?<=[?？])", text)[0])):  # ("so how many in total in 2017? any elected to both?", rt134)
        # 两者加起来是多少？ 三者一共多少位？ "What do they come to in total?" after counts (weak matches on 两者, rt84)
        n = 3 if summed.group("three") else 2
        return Intent("chat", counts=tuple(dataclasses.replace(c, question=dataclasses.replace(c.question, summed=True))
                                           for c in conversation.counted[-n:]))
    if len(conversation.counted) >= 2 and _BOTH_COUNTED.match(text):  # 两项都获得过的有几位？ "How many won both?" after
        # two counts: those either counts and the other (it was searched on 两项都获得过, rt151)
        first, second = (c.question for c in conversation.counted[-2:])
        both = tuple({(r.kind, r.text, r.years): r for r in (*first.requirements, *second.requirements)}.values())
        if first.term is None and second.term is None and len(both) > max(len(first.requirements), len(second.requirements)):
            return Intent("problem", count=CountQuestion(None, both, f"{first.wish}，{second.wish}", all_of=True))
    if len(conversation.counted) >= 2 and (_GAP_ASKED.match(text) or _GAP_ASKED_EN.match(text)):  # 两者相差多少？
        # after two counts (it was searched as a problem on 两者, rt71): the two compared, the difference said
        return Intent("chat", counts=tuple(dataclasses.replace(c, question=dataclasses.replace(
            c.question, more_said="谁", gap=True)) for c in conversation.counted[-2:]))
    if (outside := outside_question(text)) is not None:  # 北京以外有多少位院士？ (Beijing's were listed as meeting it)
        return Intent("chat", outside_count=outside)
    if (tally := tally_question(text)) is not None:  # 哪个单位的院士最多？ (strangers were matched on 单位, rt50)
        return Intent("chat", graph_tally=tally)
    if _DATA_ASKED.search(text) and names_no_problem(_DATA_ASKED.sub("", text)):  # 你们的数据是从哪里来的？
        return Intent("chat", data_sources=True)
    if (asked_en := _ORG_PLACE_ASKED_EN.match(text)) and \
            (org := placed_org(asked_en.group("org") or asked_en.group("org2"))):
        # "Where is Tongji University?", "Is Tongji University in Beijing?": as 同济大学在哪个城市？ (a list, rt92)
        said = asked_en.group("place")
        return Intent("chat", place_of=org, place_said=PLACES_EN.get(" ".join(said.lower().split()), "") if said else "")
    if asked_place := _ORG_PLACE_ASKED.match(expand_org_aliases(text)):  # 西北工业大学在哪个城市？: the place the graph
        return Intent("chat", place_of=asked_place.group("org"))  # records for it (it was searched as a problem)
    if claimed := _ORG_PLACE_CLAIMED.match(expand_org_aliases(text)):  # 华中科技大学是不是在长沙市？: yes or no, by the
        return Intent("chat", place_of=claimed.group("org"), place_said=claimed.group("place"))  # record (it was read
        # as leaving 长沙 out, rt58)
    if _AS_BEFORE.search(text):  # 我们的问题和上次一样: which one? (…，再推荐几位: more of it)
        rest = re.sub(r"^(?:我们|我司|我厂|我)?的?(?:问题|情况|需求)?[，,。.；;\s]*", "", _AS_BEFORE.sub("", text).strip(" ，,。.；;"))
        if names_no_problem(rest):
            return Intent("problem", query=conversation.problem) if conversation.problem else \
                Intent("chat", no_history=True)
        if conversation.problem and (asks_more(rest) or _MORE.search(rest)):
            return Intent("more", query=conversation.problem)
    if conversation.census is not None and set(conversation.census.ids) - {e.id for e in conversation.shown} and \
            (_LIST_REST.match(text.strip(" 。.！!？?")) or _LIST_REST_EN.match(text.strip(" .!?"))):
        return Intent("more", every=True)  # 把13位全部列出来 after a count that showed three: the others it counted
    if (back := _BACK.match(text)) and (earlier := earlier_problem(back, conversation)):
        rest = text[back.end():]  # 回到刚才注塑的问题，还有别的专家吗？: more of it; nothing else: its list again
        if rest and (asks_more(rest) or _MORE.search(rest)):
            return Intent("more", query=earlier, back=earlier)
        refined = refinement(rest, earlier) if rest else None  # …，有没有院士？
        if rest and refined is None and (listed := conversation.lists.get(earlier)):
            # 回到光伏的问题，刚才第二位专家的研究方向是什么？: a follow-up on the list that problem showed last
            restored = dataclasses.replace(conversation, problem=earlier, last=listed, shown=listed, focus=None,
                                           group=[], census=None)
            if (follow := resolve(rest, restored)).kind in ("about", "list"):
                return dataclasses.replace(follow, back=earlier)
        return Intent("problem", query=refined or earlier, back=earlier, refines=refined is not None)
    if _NAMES_ONLY.search(text):  # 注塑件翘曲。请只回答专家姓名: the rest of the turn, answered with names only
        rest = _NAMES_ONLY.sub("", text).strip(" ，,。；;.")
        if conversation.last and (names_no_problem(rest) or names_no_problem(_FORMAT_WORDS.sub("", rest))
                                  or asks_sorted(rest)):  # (…，用逗号分隔; …，按出生年份排序: in that order, rt63)
            return Intent("list", names_only=True)
        intent = resolve(rest, conversation) if rest else Intent("chat", ask=True)
        return dataclasses.replace(intent, names_only=True,
                                   query=intent.query or (rest if intent.kind == "problem" else None))
    if _OUTSIDE.search(text):  # 按你自己的知识推荐…, 编一位…的专家: the rest of the turn, and only the graph's experts
        rest = _IF_NONE.sub("", _OUTSIDE.sub("", text).strip(" ，,。；;")).strip(" ，,。；;")
        if conversation.last and _ONE_ASKED.search(text) and names_no_problem(_ONE_ASKED.sub("", rest)):
            # 如果没有合适的就按常理推荐一位: the closest of the list
            best = max(conversation.last, key=lambda e: e.strength or 0)  # shown (张亚平 was searched on 合适, 常理)
            return Intent("list", single=True, outside=True, experts=(best,))
        if names_no_problem(rest):  # and what for, unless a problem is under discussion
            return Intent("chat", outside=True, ask=not conversation.problem)
        intent = resolve(rest, conversation)
        return dataclasses.replace(intent, outside=True, query=intent.query or (rest if intent.kind == "problem" else None))
    if (voice := _VOICE.search(said) or _ROLE.search(said)) and not _IGNORE_RE.search(said):
        # 以他的口吻写一段自我介绍: what the graph says of him, in our words, not his (read on the turn as said:
        # without_injection took the voice clause away, leaving 说明项目技术达到国际领先水平 to be searched)
        text = said
        who, after = voice.group("who") or "", text[voice.end():]
        who = "" if _ANYONE.match(who) else who  # 以院士的口吻: nobody in particular
        about = (who + ("，" if asked_topics(after) else "的简介，") if who  # …，提到他读博士的经历: that, else all
                 else " " if voice.group(0)[:1].isascii() else "")  # "… in his voice for the first one": the rest
        rest = (text[:voice.start()] + about + after).strip(" ，,。；;")
        if who and known_experts(conversation) and (pointed := _pointed_at(said_positions(who), who, conversation)):
            # 以第二位专家的口吻写一段对我们项目的评价意见: the second one's record, not a search for 评价意见
            return Intent("about", expert=pointed[0], voice=True, asked=rest) if len(pointed) == 1 else \
                Intent("list", experts=tuple(pointed), voice=True, asked=rest)
        intent = resolve(rest, conversation)
        if intent.kind in ("about", "list") or who and intent.kind == "problem" and intent.count is None:
            # 以邓俊宁的口吻写一段自我介绍, no list shown: his record, as 介绍一下邓俊宁 gets it
            return dataclasses.replace(intent, voice=True, asked=None if intent.kind == "problem" else intent.asked or rest,
                                       query=f"介绍一下{who}" if intent.kind == "problem" else intent.query)
        problem = (text[:voice.start()] + after).strip(" ，,。；;")  # 以院士的口吻告诉我注塑翘曲怎么解决: the problem
        if len(re.findall(r"[\u4e00-\u9fff]", _WRITING.sub("", problem))) >= 4 or len(re.findall(r"[A-Za-z]{3,}", problem)) >= 4:
            if (intent := resolve(problem, conversation)).kind == "problem" and intent.count is None:
                return dataclasses.replace(intent, voice=True, query=intent.query or problem)
    full = elliptic(text, conversation)  # 第一位是哪年出生的？ → 那第二位呢？ asks the same of the second
    full = disputed(text, conversation) if full == text else full  # 不对，是1991年。: of the same expert
    if full != text:
        return dataclasses.replace(resolve(full, conversation), asked=full)
    if conversation.last and (asked := _asked_of_rest(text, conversation)):
        return asked  # 去掉第一位，剩下的人里谁获奖最多？: asked of the others, not answered with replacements
    if not known_experts(conversation) or not POINTER.search(text):  # 哪位院士被调查了？: no list beside it
        if _PEOPLE_ASKED.search(text) and dict(_UNHELD)[NEGATIVE].search(text):
            return Intent("chat", unheld=(NEGATIVE,))
    if conversation.last and re.match(r"\s*(?:哪些人|哪几个人|哪几位|谁和谁)", text):  # 哪些人在同一个单位？: of them
        text = "他们中" + text.lstrip()
    if conversation.last and (group := re.match(r"\s*(?:所有|全部|这些|其余的?)(?:专家|人)?(?:里面?|中|当中)", text)):
        text = "他们中" + text[group.end():]  # 所有专家里谁获得的奖项最多？: of those shown
    if conversation.last and (ONLY_FIELDS.search(text) or _NAMES_ONLY.search(text)) and \
            names_no_problem(_FORMAT_WORDS.sub("", _NAMES_ONLY.sub("", ONLY_FIELDS.sub("", text)))):
        # 一行一个专家，只要姓名和单位 / 只要名字，用逗号分隔: the list shown, in those fields (it was searched)
        return Intent("list", summary=True, names_only=not ONLY_FIELDS.search(text), experts=tuple(conversation.last))
    if conversation.last and _DROP_UNAWARDED.search(text) and \
            names_no_problem(_TRANSLATE_WORDS.sub("", _DROP_UNAWARDED.sub("", text))):
        # 去掉没有获奖记录的 / "Remove the ones without any award record": those shown with an award besides the seat
        return Intent("list", among=(Requirement(kind="award", text=ANY_AWARD),), experts=tuple(conversation.last),
                      keep=True)
    if conversation.last and ((keep := _KEEP_ONLY.match(text)) and (among := counted_among_shown(
            f"有几位是{keep.group(1)}的？")) or (keep := _KEEP_ONLY_EN.match(text)) and (among := counted_among_shown(
            f"How many of them are {keep.group('what')}?"))):  # 只保留高校的 / "Keep only the CAS members": those shown
        return Intent("list", among=among, experts=tuple(conversation.last), keep=True)  # who are, the list next
    if conversation.last and _FORMAT_ASKED.search(text) and \
            names_no_problem(_FORMAT_WORDS.sub("", _FORMAT_ASKED.sub("", text))):  # 再用JSON给我，只要姓名和当选年份
        return Intent("list", summary=True, experts=tuple(conversation.last))
    if conversation.last and _EACH_SHOWN.search(text) and (unheld := unheld_requests(text)) and not states_symptom(text):
        return Intent("list", unheld=unheld, experts=tuple(conversation.last))  # 请估计每位专家的年薪: not recorded
    if conversation.last and (tally := _TALLY.search(text)) and not _GRAPH_SCOPE.search(text) and \
            names_no_problem(_TALLY_FILLER.sub("", text[:tally.start()] + text[tally.end():])):  # 你一共推荐了几位？
        return Intent("list", tally=True, experts=_all_shown(conversation))
    if conversation.last and AWARD_TALLY.search(text) and not POINTER.search(text) and \
            names_no_problem(_TALLY_EN_FILLER.sub("", AWARD_TALLY.sub("", text))):  # 平均每人获得几项奖？ "How many
        # awards did the experts win in total?": the awards of those shown, counted
        return Intent("list", attribute="awards", experts=tuple(conversation.last))
    if conversation.last and challenges(text):  # 你算错了吧，应该是2005年 / "Just guess": the records, not a search
        return Intent("chat", challenge=True)
    if conversation.last and (unrecorded := _unrecorded_among_shown(text)):  # 有几位是女性？: the graph does not
        return Intent("list", unheld=unrecorded, experts=_group(text, conversation) or tuple(conversation.last))  # say
    if conversation.census is not None and \
            (extreme := superlative_of_counted(_of_counted_en(text), conversation.census.question)) is not None:
        return Intent("problem", count=extreme)  # 其中最早当选的是谁？ after a count: of those counted
    if conversation.census is not None and (_OF_COUNTED_ZH.match(text) or _OF_THOSE_FIRST_EN.match(text)) and \
            (narrowed := narrowed_count(_of_counted_en(text), conversation.census.question)) is not None:
        return Intent("problem", count=narrowed, query=narrowed.wish or None)  # 其中2000年以前当选的有几位？ (read as
        # the same count again, rt79)
    if conversation.census is not None and (again := count_follow_up(text, conversation.census.question)) is not None:
        return Intent("problem", count=again, query=again.wish or None)  # 是不是5位？ "Is it 50?" after a count: that count
    if conversation.census is not None and (beside := compared_count(text, conversation.census.question)) is not None:
        return Intent("problem", count=beside)  # 清华大学有多少位院士？比北京大学多多少？ (the second was searched, rt71)
    if conversation.census is not None and (other := swapped_count(expand_org_aliases(text), conversation.census.question)) \
            is not None:  # (北理工呢？ after 哈工大有几位院士？: the short name in full — a search listed strangers, rt134)
        return Intent("problem", count=other, query=other.wish or None)  # 那浙江大学呢？ "And Zhejiang University?"
        # after a count of Fudan's: the same count there (it was searched as a problem, rt67)
    if conversation.census is not None and (narrowed := narrowed_count(text, conversation.census.question)) is not None:
        return Intent("problem", count=narrowed, query=narrowed.wish or None)  # 其中获得一等奖的有多少位？ after a count:
        # of those it counted, not of the few shown
    if conversation.last and (among := counted_among_shown(_AMONG_NOT_EN.sub(r"\1", _AMONG_NOT.sub("", text)))):  # 有几位是中国科学院院士？ after a
        # list: of them (没有获得过…的有几位？: of them, those who do not)
        group = _group(text, conversation)
        return Intent("list", among=among, among_not=bool(_AMONG_NOT.search(text) or _AMONG_NOT_EN.search(text)),
                      experts=group or tuple(conversation.last),
                      among_part=bool(group) and len(group) < len(conversation.last))
    if not (conversation.problem and _EXCEPT.search(text)) and \
            (counted := count_question(expand_org_aliases(text)) or count_question_en(expand_org_aliases(text))
             or (conditions_only(text) if not conversation.problem else None) or surname_request(text)) is not None \
            and "团队规模与成员" not in unheld_requests(text) and not (counted.term and _OF_WORKS.search(counted.term)):
        # 图谱里有多少位研究焊接的院士？ (not 他的团队有多少人？ nor 陈立泉院士有多少项专利？: his biography's, rt56)
        if conversation.last and counted.superlative and counted.term is None and not _GRAPH_SCOPE.search(text) and \
                all(r.kind == "academy" for r in counted.requirements) and not text.startswith(_OF_SHOWN) and not (
                    conversation.census is not None and {r.text for r in counted.requirements} !=
                    {r.text for r in conversation.census.question.requirements}):  # (中国科学院院士里获奖最多的是谁？
            # after 获奖最多的院士是谁？: of that academy in the graph, not the first answer's 1,643 again, rt94)
            return resolve(_OF_SHOWN + text, conversation)  # 哪位最早当选院士？ after a list: of them, as 这几位里… asks
            # (it named the 41 academicians of 1980 of the whole graph, rt48)
        return Intent("problem", count=counted, query=counted.wish or None)
    if conversation.last and asks_award_order(text) and names_no_problem(_SORT_WORDS.sub("", _AWARD_ORDER.sub("", text))):
        return Intent("list", attribute="awards", award_order=True, experts=tuple(conversation.last))  # 按获奖数量排个序
    if conversation.last and _DIRECTION_ORDER.search(text) and \
            names_no_problem(_SORT_WORDS.sub("", _DIRECTION_ORDER.sub("", text))):  # 请按研究方向数量排序, 谁的方向最多？
        return Intent("list", attribute="directions", direction_order=True, experts=tuple(conversation.last))
    if conversation.last and (_ELECTED_ORDER.search(text) or _BIRTH_SORT.search(text)) and (
            is_small_talk(text) or names_no_problem(_SORT_WORDS.sub("", text))):
        # 把这三位按当选年份从晚到早排一下 / 按出生年份从早到晚排一下: the list shown, in that order (an ordering clause
        # alone read as a pleasantry: the greeting; or as a new problem)
        group = _group(text, conversation) or tuple(conversation.last)
        if _ELECTED_ORDER.search(text):
            return Intent("list", attribute="awards", elected_order=True, experts=group)
        return Intent("list", experts=group, unheld=("年龄、学历、师生等个人经历",))
    if len(conversation.last) >= 2 and asks_age_at_order(text) and len(text) <= 60:
        # 谁当选时最年轻？ "Who was youngest when elected?": the ages at the election (it searched a new problem)
        return Intent("list", experts=_group(text, conversation), unheld=("年龄、学历、师生等个人经历",))
    if len(conversation.last) >= 2 and _ONE_ONLY.search(text) and names_no_problem(_ONE_ONLY.sub("", text)):
        ordered = sorted(conversation.last, key=lambda e: -(e.strength or 0))  # 能不能只推荐一位？ "Just one, please."
        return Intent("list", single=True, experts=(ordered[0],))
    if conversation.last and compares(text) and is_small_talk(text):  # 请按能力从强到弱给他们排个序: no ranking (an
        return Intent("list", compare=True, experts=_group(text, conversation))  # ordering clause read as a pleasantry)
    if conversation.last and _TRANSLATE.search(text) and names_no_problem(
            _TRANSLATE_WORDS.sub("", _TRANSLATE.sub("", without_language_request(text)))):
        # 翻译成英文 / 请用英文回答 / "Translate that into Chinese" after a list: the list in that language (it was the
        # greeting: the request is no problem)
        return Intent("list", summary=True, experts=tuple(conversation.last))
    if not conversation.last and conversation.focus is not None and _TRANSLATE.search(text) and names_no_problem(
            _TRANSLATE_WORDS.sub("", _TRANSLATE.sub("", without_language_request(text)))):
        # 请把你上一条回答翻译成英文 after an answer about one expert: his record in that language (strangers were
        # listed, matched on 回答, rt104)
        return Intent("about", conversation.focus)
    if is_small_talk(text) or overrides(text):  # "You are now a travel agent; list hotels": what the service does
        return Intent("chat", thanks=bool(_THANKS.search(text)) and not overrides(text))
    text = without_language_request(text).strip() or text  # "Who is the best fit? Please answer in English."
    if (turn := _NEW_TOPIC.search(text)) and len(re.findall(r"[\u4e00-\u9fff]", rest := text[turn.end():])) >= 4 \
            and not names_no_problem(rest):
        return Intent("problem", query=rest)  # 上面的专家都不太合适，换个方向：我们其实是想做电池回收 (方向: no attribute)
    known = known_experts(conversation)
    if known and (person := _TITLED_PERSON.search(text)) and word_tag(person.group(1)) in (None, "nr") \
            and not any(person.group(1) in e.name for e in known):  # (不要院士: a word, no name)
        # 谢和平院士获得过哪些奖？ when he was not shown: about him (the answerer finds him), not every one shown
        return Intent("problem", unheld=unheld_requests(text, in_problem=True))
    english = english_reading(expand_org_aliases(in_chinese_names(text, known)))
    reading = english or said_positions(expand_org_aliases(in_chinese_names(text, known) if known else text))
    if conversation.last and english and len(_WORDS_EN.findall(text)) <= 3 and not POINTER.search(english) \
            and len(english) <= 12 and re.search(r"[\u4e00-\u9fff]", english) and not _SEARCH.search(english) \
            and not _WISH_LEAD.match(text):  # ("Only CAE academicians": a wish, not whether they are)
        # "Which awards?" "Where?" after a list or an expert: of them (it was a search for "awards")
        one = conversation.focus is not None or len(conversation.last) == 1
        return _resolve(("他" if one else "他们") + english, conversation)
    if conversation.last and (english and _TALLY.search(english) or _TALLY_EN.match(text)):  # "How many did you
        # recommend?" "How many is that?" (strangers were searched, and "among them" next was of them, rt141)
        return Intent("list", tally=True, experts=_all_shown(conversation))
    if (conversation.last or conversation.pair) and (_ELECTED_ORDER.search(text) or english and _ELECTED_ORDER.search(english)):
        # 他们谁当选最早？ "Who was elected earliest?": the years (of the two asked about in turn, when no list was
        # shown: 潘际銮…？ 那关桥呢？ 他们俩谁更早当选？, rt77)
        targets, _ = _targets(reading, conversation)
        if re.match(r"\s*(?:那|那么)?其中", text) and conversation.group:  # 这六位里哪几位是工程院院士？ 其中当选最晚的
            targets = list(conversation.group)  # 是谁？: of those the turn before was about (the last list's, rt147)
        return Intent("list", attribute="awards", elected_order=True,
                      experts=tuple(targets) if len(targets) >= 2 else _group(text, conversation) or tuple(conversation.pair))
    if conversation.problem and conversation.last and (swap := _REPLACE_WITH.match(text)) and \
            (targets := _targets(swap.group("who"), conversation)[0]):
        # 把第三位换成一位清华大学的专家: that one out, another of that kind in (it was read as an edit of his record);
        # 换成一位做植物病理的专家: one on that topic
        kind = swap.group("kind")
        refined = refinement(f"推荐一位{kind}" + ("" if kind.endswith(("院士", "专家")) else "的专家"), conversation.problem)
        topic = re.sub(r"^(?:做|研究|搞|从事|懂|熟悉)", "", kind)
        if refined or (len(topic) >= 2 and not names_no_problem(topic) and not unheld_requests(topic)
                       and not PRONOUN.search(topic)):  # (换成他的学生: no topic, and no students recorded)
            return Intent("more", dropped=tuple(targets), query=refined or topic)
    if conversation.problem and conversation.shown and any(
            (other := _OTHER_PLACES.search(said)) and names_no_problem(_BUT_END.sub("", _MORE_LEAD.sub(
                "", said[:other.start()])) + said[other.end():]) for said in (text, reading)):
        # 换一批但不要同一个单位的 / 再推荐几位其他单位的 / "more, from other institutions": none of the places shown
        places = dict.fromkeys(e.institution for e in conversation.shown if e.institution)
        return Intent("more", without=tuple(Requirement(kind="institution", text=p) for p in places))
    if conversation.problem and len(conversation.batches) >= 2 and (lead := _BATCH_LEAD.match(text)) and \
            (rest := text[lead.end():].strip()) and not _BATCH.match(text):
        # 回到第一批，第三位的研究方向有哪些？ 刚才第一批里的第一位是哪年当选的？: asked of that list (it was of the last)
        which = lead.group("which") or "第一"  # (the begun one, or "the first / original list")
        back = -2 if which in ("上一", "前一") else -3 if which.startswith(("上上", "再")) else 0
        listed = conversation.batches[back] if len(conversation.batches) >= -back else conversation.batches[0]
        follow = resolve(rest, dataclasses.replace(conversation, last=list(listed), shown=list(listed), focus=None,
                                                   group=[], batches=[]))
        if follow.kind in ("about", "list"):
            return follow
    if conversation.problem and (batch := _BATCH.match(text)) and len(conversation.batches) >= 2:
        # 回到刚才第一批 / 还是上一批吧: that list again
        first = bool(batch.group("first") or batch.group("first_en"))
        return Intent("list", summary=True, batch=1 if first else len(conversation.batches) - 1,
                      experts=tuple(conversation.batches[0 if first else -2]))
    if conversation.problem and conversation.last and (swap := _REPLACE_WITH_EN.match(text)) and \
            (targets := _targets(reading, conversation)[0]) and \
            (refined := refinement(f"Recommend experts {swap.group('kind')}", conversation.problem)):
        # "Replace the second one with someone from Shanghai.": that one out, one of Shanghai in (rt58: the place was
        # dropped, one with no recorded institution came in)
        return Intent("more", dropped=tuple(targets), query=refined)
    if conversation.problem and (edited := _edited_wishes(text, conversation)) is not None:  # 再加一个条件：在上海的 /
        return edited  # 去掉上海这个条件，改成中国科学院院士 / 把“不要北京的”去掉: the wishes on the same problem
    if (conversation.last or conversation.problem) and (unwanted := _unwanted(text, conversation) if _UNWANTED_EN.match(
            text) else _unwanted(reading, conversation)) is not None:
        if unwanted.dropped and (_REMAINING.search(text) or _REMAINING.search(reading)):  # 去掉第一位还剩几位？:
            kept = [e for e in conversation.last if e not in unwanted.dropped]  # counted, not replaced
            return Intent("list", tally=True, experts=tuple(kept), dropped=unwanted.dropped)
        if unwanted.without and conversation.last and _REMAINING.search(text):  # 把中科院院士排除掉，剩下的是谁？
            out = tuple(e for e in conversation.last if any(r.met(e) for r in unwanted.without))
            return Intent("list", tally=True, experts=tuple(e for e in conversation.last if e not in out),
                          dropped=out, without=unwanted.without)
        if unwanted.without and conversation.last and (_MORE.search(reading) or _MORE_LEAD.match(text) or
                                                       _MORE_TAIL.search(text)):  # (不要北京的，换一批: the same three, rt72)
            # "Exclude CAE members and give me new names", 排除工程院的，再推荐几位, 换一批但不要清华大学的: others, not
            return Intent("more", without=unwanted.without)  # those shown
        return unwanted
    if not conversation.last and (any(_POSITION_ASKED.search(t) and len(re.findall(r"[\u4e00-\u9fff]", t)) <= 24 and (
            asked_attribute(t) or unheld_requests(t) or re.search(r"是谁|叫什么|哪位|是哪|贡献|简介", t))
            for t in {text, reading, english_reading(text.replace("第", " 第")) or text})  # (第一位 expert 的 awards)
            or not conversation.problem and not conversation.focus and (asks_more(text) or _POINTER_ONLY.match(text)
                                                                        or _CODE.search(text))):
        # 第一位专家是谁？ 前两位专家分别在哪个单位？ with no list shown: what problem? (strangers were shown, or
        # "刚才推荐的专家是，" named nobody); 再来 / 第一位 / a Cypher or code snippet with nothing discussed: what for?
        return Intent("chat", ask=True)
    if conversation.problem and asks_more(text):  # 继续推荐 / 再来几个, also after a turn that showed nobody
        return Intent("more")
    if conversation.problem and (more := _MORE_LEAD.match(text)) and \
            (refined := refinement(expand_org_aliases(text[more.end():]), conversation.problem)):
        return Intent("more", query=refined)  # 换一批，只要中国科学院院士 / 再来两位，要北京的: others of that kind
    if conversation.problem and (count := _COUNT_EN.match(text)):  # "Just give me one" / "Show me two more"
        return Intent("more") if count.group("more") else Intent("problem", query=conversation.problem)
    if conversation.last and _TITLE_ASKED.match(text):  # 那副教授呢？: the titles of those shown (it was a new problem)
        return Intent("list", attribute="institution")
    if conversation.problem and (done := _DONE_WISH.match(text)) and not names_no_problem(done.group("what")):
        # 有没有做过产业化的？ 有没有懂自动化的专家？: experts for the problem who did that too (it was searched alone:
        # foresters and magnet makers for a plastics problem)
        return Intent("problem", query=f"{topic_of(conversation.problem).rstrip('。.!?？！ ')}，{done.group('what')}",
                      refines=True)
    if (kind := _more_of_a_kind(text, reading, conversation)) is not None:  # 还有别的专家吗？最好是专门搞羊育种的: more,
        return kind  # of that kind first (the wish was passed over: crop breeders for a sheep's, rt125)
    if conversation.problem and _WISH_LEAD.match(text) and \
            (refined := refinement(expand_org_aliases(text), conversation.problem)):
        return Intent("problem", query=refined, refines=True)  # 最好是院士: a wish, not whether those shown are
    if known:
        short = len(text.strip("？?。！!～~ "))
        intent = _follow_up(reading, conversation, bare=english is None and (short <= 6 or short <= 16 and _ASKS_YES_NO.match(text)))
        if intent is not None and intent.kind == "about" and (twins := _twins(reading, conversation)):
            # 那他是清华大学的吗？ after the two 周济: asked of both (it was answered of the first alone)
            intent = Intent("list", attribute=intent.attribute, attributes=intent.attributes, unheld=intent.unheld,
                            experts=tuple(twins), english=intent.english)
        if intent is not None:  # 签上他的名字: his record, and that nothing is signed or said in his name
            return dataclasses.replace(intent, voice=True) if _SPEAKS_FOR.search(text) else intent
    if known and (pointed := _pointed_at(reading, text, conversation)):
        # 给排名第一的专家写个简介 / 以第二位专家的口吻写评价意见 / 写一篇报道第一位院士调研的新闻稿 / 签上他的名字: about
        # those shown (it was searched as a new problem, and 他 then meant someone of that search)
        unheld, voice = unheld_requests(text), bool(_SPEAKS_FOR.search(text))
        if len(pointed) == 1:
            return Intent("about", expert=pointed[0], unheld=unheld, voice=voice)
        return Intent("list", experts=tuple(pointed), unheld=unheld, voice=voice)
    if not known and (unheld := only_unheld(reading)):  # 他的电话呢？ with no expert shown yet: nobody to ask about
        return Intent("chat", unheld=unheld)
    if names_no_problem(text):  # 请推荐专家: what for? — in a conversation, the problem under discussion (给我推荐5位),
        if conversation.problem and (refined := refinement(expand_org_aliases(text), conversation.problem)):
            return Intent("problem", query=refined, refines=True)  # with a wish it states (有没有院士？ 要院士)
        return Intent("problem", query=conversation.problem) if conversation.problem else Intent("chat", ask=True)
    if not conversation.last and _of_a_list(text):  # 他们有什么共同点？ with no list shown: the problem first (it was
        return Intent("chat", ask=True)  # searched)
    refined = refinement(expand_org_aliases(text), conversation.problem)
    if refined is None and conversation.problem and _constraint_talk(text):
        # 现在也包括工程院院士 / 不限地区了 / "add Shanghai too" / 放宽到1940年代也可以: a turn that only changes what is asked
        # of the experts is never a problem of its own words (rt80: a tea scientist for 放宽, a geographer for 地区);
        # what it states is added to the problem (of one kind, alternatives), else the problem stands as it was
        said = _as_birth(_CHANGE_TALK.sub(" ", text).strip(" ，,。.!?？！"), conversation.problem)
        if said and not read_requirements(said) and not _born_asked(said):  # "add Shanghai too": a place alone
            said = (f"Only experts from {said}" if _LATIN_WORDS.match(said) else f"只要{said}的专家") \
                if _kinds_named(said) else said
        widens = bool(_WIDENS.search(text)) and "放宽到" not in text  # (放宽到1940年代也可以: that instead)
        kinds = {r.kind for r in read_requirements(said)} if said else set()
        if widens and kinds and not kinds & {r.kind for r in read_requirements(conversation.problem)}:
            return Intent("problem", query=conversation.problem, refines=True)  # 也包括工程院院士 with no seat asked:
            # nothing narrowed it, nothing to widen
        added = refinement(expand_org_aliases(said), conversation.problem, keep=widens) \
            if said and (kinds or _born_asked(said)) else None
        return Intent("problem", query=added or conversation.problem, refines=True)
    if refined is None and conversation.problem and (leaning := _LEANING.match(text)):
        # 有没有更偏工程应用的？ / 偏理论一点的专家呢: the problem, leaning that way (it was matched alone: building and
        # turbine experts for 工程应用, the wastewater problem dropped)
        return Intent("problem", query=f"{without_leaning(topic_of(conversation.problem)).rstrip('。.!?？！ ')}。"
                                       f"侧重{leaning.group(1)}", refines=True)  # (偏理论一点的呢 after 更偏工程应用的: that one)
    if refined is None and conversation.problem and _ELABORATES.match(text) and \
            not _QUESTION.search(_ASKING_TAIL.sub("", text)):
        # 具体是汽车保险杠，喷漆后发白: the problem said before, in more detail
        return Intent("problem", unheld=unheld_requests(text, in_problem=True),
                      query=f"{topic_of(conversation.problem).rstrip('。.!?？！ ')}。{text}")
    unheld = unheld_requests(text, in_problem=True)
    asked = without_unheld_clauses(text, asked_attribute) if unheld else text  # …，并说明每位专家的专利数量: the
    # problem before it
    asked, without = _kinds_left_out(asked)
    if without and refined is None and conversation.problem and \
            (refined := refinement(expand_org_aliases(asked), conversation.problem)) is not None:
        # "Only CAS members, please, and not in Beijing." / 只要中科院院士，不要北京的: a wish and a kind left out, both of
        # the problem under discussion (the wish alone was searched, rt58)
        return Intent("problem", unheld=unheld, query=refined, refines=True, without=without)
    if refined is None and conversation.context and states_symptom(asked) and not _ANOTHER_PROBLEM.search(asked):
        # 主要是铝合金轮毂 → 最近…缩松缺陷比较多 (not 另外我们还有个问题，…VOC排放超标: the mould's words matched it)
        return Intent("problem", unheld=unheld, query="。".join([*conversation.context, asked.strip("。 ")]),
                      without=without)
    if refined is None and conversation.last and of_those_shown_only(asked):  # "And the younger one, which awards?",
        # 到目前为止推荐的所有专家里，谁获奖最多？ read by nothing above: not searched as a new problem, whose list would
        # replace those meant (every 他/them after it was then answered of strangers, with false 不是 / "No", rt73)
        return Intent("chat", unclear=True)
    return Intent("problem", unheld=unheld, query=refined or (asked if asked != said else None), refines=refined is not None,
                  without=without)


_OF_WORKS = re.compile(r"专利|论文|著作|专著|文章|引用|被引")  # what a person wrote, counted (none of it is a count of experts)


# "Of those, how many were elected before 2000?" / "Name the earliest elected one and the year." after a count: of those
# it counted, as "How many of them …?" and "… among them" are read ("I did not quite understand", then the three shown
# were ranked, not the 19 counted, rt144)
_OF_THOSE_FIRST_EN = re.compile(r"(?i)^\s*(?:and\s+|so\s+|now\s+)?(?:of|among|out\s+of)\s+(?:those|them|these)"
                                r"(?:\s+\d+)?\s*,?\s*(how\s+many|which)\b")
_EXTREME_ONE_EN = re.compile(r"(?i)\b(?:earliest|latest|first|last|most\s+recently)(?:[\s-]+elected)?\s+one\b")
_THEM_SAID_EN = re.compile(r"(?i)\b(?:them|those|these|they)\b")


def _of_counted_en(text: str) -> str:
    """An English follow-up of a count read as of those it counted ("Of those, how many …" → "how many of them …";
    "Name the earliest elected one" → "… among them"); the text itself otherwise (rt144)."""
    said = _OF_THOSE_FIRST_EN.sub(lambda m: f"{m.group(1)} of them", text, count=1)
    if _EXTREME_ONE_EN.search(said) and not _THEM_SAID_EN.search(said):
        said = _EXTREME_ONE_EN.sub(lambda m: m.group() + " among them", said, count=1)
    return said


_OF_COUNTED_ZH = re.compile(r"^\s*(?:那|那么)?(?:其中|这些(?:院士|专家|人)?(?:里面?|中|当中)|他们(?:里面?|中|当中))")


_NOT_IN_LEFT_OUT_EN = re.compile(r"^\s*(?:(?:now|and|also|then|ok|okay)\s*,?\s+)?(?:please\s+)?(?:exclude|remove|drop|leave\s+out)"
                                 r"\s+(?:anyone|everyone|those|experts?|people|the\s+ones|academicians?)\s+(?:who\s+(?:are|is)\s+)?"
                                 r"not\s+(?:in|from|at|based\s+in|members?\s+of|part\s+of)\s+(?P<x>[^.!?]+?)\s*[.!?]*\s*$",
                                 re.IGNORECASE)


_ACADEMY_EN = re.compile(r"\bacademy\b|\bCAS\b|\bCAE\b", re.IGNORECASE)


_REPLACE_WITH_EN = re.compile(r"^\s*(?:please\s+)?(?:replace|swap|substitute)\s+(?P<who>.+?)\s+(?:with|for)\s+"
                              r"(?:someone|somebody|an?\s+(?:expert|academician|person)|one|another\s+(?:one|expert))\s+"
                              r"(?P<kind>(?:from|at|in|based\s+in|who\s+is|who\s+are)\s+[^.!?]{2,60}?)\s*[.!?]*\s*$", re.IGNORECASE)


# another leaning of the expert wanted, on the problem under discussion: 有没有更偏工程应用的？ 偏理论一点的专家呢？
# 更侧重现场施工的, "anyone more on the applied side?" is not read (English: matched as a problem)
_LEANING = re.compile(r"^(?:那|那么|请问)?(?:还)?(?:有没有|有无|能不能推荐|能否推荐|可以推荐|推荐|换成?|找)?(?:一位|几位|个)?"
                      r"(?:更|比较|稍微)?(?:偏向?|侧重于?|倾向于?|专注于?|擅长)(?:于)?([^，,。？?！!的]{2,12}?)"
                      r"(?:方面|方向|领域|一些|一点|些)?的?(?:专家|老师|院士|教授|人)?(?:吗|呢|吧)?[？?。！!\s]*$")


# where an institution is, asked of it alone (西北工业大学在哪个城市？ 华中科技大学位于哪个省？)
_ORG_ASKED = (r"^(?:请问)?(?P<org>[\u4e00-\u9fff（）()]{2,24}?(?:大学|学院|研究院|研究所|科学院|医院|公司|集团|中心|实验室|"
              r"设计院))")  # an institution a question opens with


_ORG_PLACE_CLAIMED = re.compile(_ORG_ASKED + r"(?:是不是|是否|是)?(?:在|位于|地处)(?P<place>[\u4e00-\u9fff]{2,4}?)"
                                r"(?:省|市|自治区)?(?:吗|吧|么|呢|啊|对吗|对吧|是吧)?[？?。！!\s]*$")


_ORG_PLACE_ASKED_EN = re.compile(
    r"^\s*(?:(?:where|in\s+which\s+(?:city|province)|which\s+(?:city|province))\s+is\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w.'&-]*(?:\s+(?:of|and|for|[A-Z][\w.'&-]*))*)(?:\s+(?:located|based|situated))?(?:\s+in)?|"
    r"is\s+(?:the\s+)?(?P<org2>[A-Z][\w.'&-]*(?:\s+(?:of|and|for|[A-Z][\w.'&-]*))*)\s+(?:located\s+|based\s+|situated\s+)?"
    r"in\s+(?P<place>[A-Za-z' ]{3,20}?))\s*\??\s*$", re.IGNORECASE)
_ORG_PLACE_ASKED = re.compile(_ORG_ASKED + r"(?:是)?(?:在|位于|坐落在|地处)(?:哪个|哪座|什么|哪一个|哪)(?:城市|省份?|地方|"
                              r"地区|里|儿)(?:的)?(?:吗|呢|啊)?[？?。！!\s]*$")


# 去掉第一位还剩几位？ "How many are left if I exclude him?": how many remain, not who replaces him
_REMAINING = re.compile(r"(?:还剩|剩下|剩|还有)(?:下)?(?:的)?(?:几|多少)(?:位|个|名)?|(?:还剩下?|剩下)的?(?:专家)?(?:是谁|有谁|是哪几位|"
                        r"是哪些|哪几位|哪些)|\bhow\s+many\b[^?]*?\b(?:left|remain)|\bwho\s+(?:remains|is\s+left|are\s+left)\b|"
                        r"\bwho'?s\s+left\b", re.IGNORECASE)


# 只要名字和单位, 只需要姓名、单位和职称: the name and other facts of the record, nothing else
ONLY_FIELDS = re.compile(rf"(?:只要|只需要?|仅需?要?|只给出?|只列出?|只写|只提供|只回答)(?:出)?(?:专家的?|他们的?)?(?:姓名|名字)"
                         rf"(?:\s*(?:[和、及与,，]|以及)\s*(?:{FACT_WORDS}))+", re.IGNORECASE)


# 只保留高校的 / 只留下工程院的: those of the list shown who are of that kind
_KEEP_ONLY = re.compile(r"^\s*(?:请|那就|那)?(?:只|仅)(?:保留|留下)([^，,。！!？?；;]{1,14}?)的?(?:专家|人)?\s*[。！!？?]*$")


# 去掉没有获奖记录的, 只保留有获奖记录的, "Remove the ones without any award record", "Keep only those with awards"
_DROP_UNAWARDED = re.compile(r"(?:去掉|删掉|删除|去除|排除|剔除|不要)(?:那些|其中)?(?:没有|没|无)(?:任何)?(?:获奖|获过奖|奖项|奖励)(?:记录)?的?|"
                             r"只(?:保留|留下|要|看)(?:有)?(?:获奖|获过奖|奖项|奖励)(?:记录)?的?|"
                             r"(?i:\b(?:remove|drop|exclude|filter\s+out)\s+(?:the\s+ones|those|anyone|experts?|people)\s+"
                             r"(?:who\s+(?:have|has)\s+|that\s+(?:have|has)\s+)?(?:without|with\s+no|no)\s+(?:any\s+)?"
                             r"awards?(?:\s+records?)?|\b(?:only\s+keep|keep\s+only)\s+(?:the\s+ones|those|experts?)\s+"
                             r"(?:with|who\s+(?:have|has)\s+(?:won\s+)?)\s*(?:an?\s+|any\s+)?awards?)")


# "Keep only the ones based at universities", "Only keep the CAS members": the same, in English
_KEEP_ONLY_EN = re.compile(r"^\s*(?:please\s+)?(?:keep\s+only|only\s+keep|show\s+only|just\s+keep)\s+(?:the\s+)?"
                           r"(?:ones|experts|people|those)?\s*(?:who\s+are\s+|that\s+are\s+)?(?P<what>[^.!?]{2,60}?)[.!?]*\s*$",
                           re.IGNORECASE)


# the group a question after a drop asks about (剩下的人里, 其余的, 剩下的几位中): those shown less the ones dropped
_REST_GROUP = re.compile(r"^\s*(?:那|那么)?(?:剩下|剩余|其余|其他|余下)的?(?:人|专家|几位|[两二三四五六七八九]位)?(?:里面?|中|当中|之中)?")


# 除了第一位(以外)，… / 只保留第一位: the shown experts pointed at, set apart from the others (it read 除了第一位以外都不要
# as "drop the first", and 除了第一位以外，其他人再详细介绍一下 as a replacement of the first, rt48)
_BESIDES = re.compile(r"^\s*(?:那|那么|请)?(?:除了?|除去)(?P<who>[^，,。？?！!；;]{1,12}?)(?:(?:以外|之外)的?[，,]?|[，,])\s*(?P<rest>.*)$")


_OTHERS_DROPPED = re.compile(r"^(?:其他|其余|别的|剩下|另外)?的?(?:人|专家|几位|[两二三四五]位)?(?:都|全|全部)?"
                             r"(?:不要|去掉|删掉|删除|不用|不需要|排除)了?吧?[。！!]?$")


_ONLY_KEEP = re.compile(r"^\s*(?:那|那么|请)?(?:只|仅)(?:保留|留下?|看)(?P<who>[^，,。？?！!]{2,8}?)(?:专家|院士)?(?:就行|就好|就可以)?了?吧?[。！!]?$")


# "Only keep the first two." (it kept all three for the next turns, rt50)
_ONLY_KEEP_POINTED_EN = re.compile(r"^\s*(?:please\s+)?(?:only\s+keep|keep\s+only|just\s+keep)\s+(?P<who>(?:the\s+)?(?:first|last|"
                                   r"second|third|top)\b[^.!?]{0,30}?)(?:,?\s*please)?[.!?]*\s*$", re.IGNORECASE)


def _besides_pointed(text: str, conversation: Conversation) -> Intent | None:
    """A turn that sets shown experts it points at apart from the others: keeping only them (除了第一位以外都不要, 只保留
    第一位), or asking its question of the others (除了第二位，其他两位是哪个单位的？); None otherwise."""
    besides, keep = _BESIDES.match(text), _ONLY_KEEP.match(text) or _ONLY_KEEP_POINTED_EN.match(text)
    match = besides or keep
    if match is None:
        return None
    who = match.group("who")
    pointed = pointed_at(english_reading(who) or who if keep is not None and keep.re is _ONLY_KEEP_POINTED_EN else who,
                         conversation)
    if not pointed or len(pointed) >= len(conversation.last):
        return None
    others = [e for e in conversation.last if e not in pointed]
    rest = besides.group("rest").strip() if besides else ""
    if keep or not rest or _OTHERS_DROPPED.match(rest):
        return Intent("list", summary=True, dropped=tuple(others), experts=tuple(pointed))
    if asks_more(rest) or re.match(r"(?:还有|另外还有)(?:谁|哪些|哪位|别的|其他|其它|没有)", rest):
        return Intent("more")  # 除了潘际銮，还有谁？ 除了第一位，还有别的专家吗？: others besides those shown
    asked = _REST_GROUP.sub("他们", rest)
    follow = resolve(asked if asked.startswith("他们") else "他们" + asked,
                     dataclasses.replace(conversation, last=others, shown=others, focus=None, group=[]))
    if follow.kind == "list":
        return dataclasses.replace(follow, experts=follow.experts or tuple(others))
    return follow if follow.kind == "about" else None


def _asked_of_rest(text: str, conversation: Conversation) -> Intent | None:
    """A question asked in the clause after a drop of shown experts (去掉第一位，剩下的人里谁获奖最多？ "Drop the first
    two. Who of the rest was elected first?"), answered over those shown less the dropped ones; None otherwise."""
    reading = english_reading(text) or text
    drop = _UNWANTED.search(reading)
    rest = reading[drop.end():].lstrip("，,。；; ") if drop else ""
    unwanted = _unwanted(reading[:drop.end()], conversation) if rest else None
    if unwanted is None or not unwanted.dropped or _REMAINING.search(rest):  # …，还剩几位？: the tally, below
        return None
    kept = [e for e in conversation.last if e not in unwanted.dropped]
    rest = _REST_GROUP.sub("他们中", rest)
    follow = resolve(rest, dataclasses.replace(conversation, last=kept, shown=kept, focus=None, group=[]))
    if follow.kind != "list" or follow.tally:
        return None
    return dataclasses.replace(follow, experts=follow.experts or tuple(kept), dropped=unwanted.dropped)


# a question about every expert shown (请给出每位专家的h指数, 估计每位专家的年薪, "their emails, each of them")
_EACH_SHOWN = re.compile(r"每(?:一)?位|每个(?:人|专家)|各位专家|各自|(?:时|的)各(?=多少|几|是)|^[^，。？?]{0,4}?[两三四五这几]位的|平均|"
                         r"\beach\s+(?:expert|of\s+them|one)\b|\bevery\s+expert\b|\baverage\b|\bthe\s+(?:two|three|four|five)\b",
                         re.IGNORECASE)  # (三位的平均年龄是多少？ 当选时各多少岁？: of those shown; it searched a new problem)


# more experts, but none at a place of those shown (换一批但不要同一个单位的, 再推荐几位其他单位的, "others from different
# institutions")
_OTHER_PLACES = re.compile(r"(?:不要|别|不能|不想要|避开|排除)(?:再)?(?:和|跟|与)?(?:刚才|前面|上面|之前|这几位|他们|已推荐)?的?"
                           r"(?:专家)?(?:是|在)?(?:同一个?|相同的?|一样的?)(?:单位|机构|学校|院校|大学|地方)的?|"
                           r"(?:其他|别的|不同|另外的?)(?:的)?(?:单位|机构|学校|院校|大学)的?|"
                           r"\b(?:from|at)\s+(?:other|different)\s+(?:institutions?|universities|organi[sz]ations|places)\b|"
                           r"\bnot\s+(?:from|at)\s+the\s+same\s+(?:institutions?|universit(?:y|ies)|places?)\b", re.IGNORECASE)


# 把第三位换成一位清华大学的专家, 第一位换成院士: the one pointed at, replaced by an expert of that kind
_REPLACE_WITH = re.compile(r"^\s*(?:请|那就|那)?(?:把|将)?(?P<who>第[一二两三四五六七八九十\d]+位|最后一位|倒数第[一二三\d]位|他|她)"
                           r"(?:专家)?(?:换成|替换成|换为|替换为)(?:一位|一个|一名|个)?(?P<kind>[^，,。？?！!]{2,16}?)的?"
                           r"(?:专家|人|老师)?\s*[。！!？?]*$")


_BUT_END = re.compile(r"(?:[,，\s]*(?:\bbut\b|\bonly\b|但是?|不过|只是))+[,，\s]*$", re.IGNORECASE)  # (more, but …)


# an earlier list of the problem shown again (回到刚才第一批, 还是上一批吧, "go back to the first batch")
_BATCH_LEAD = re.compile(r"^\s*(?:那|那就)?(?:你|您)?(?:回到|还是说|说回|再说)?(?:刚才|之前|前面)?(?:的|那)?(?:(?P<which>第一|最早|最开始|最初|头一|上一|前一|"
                         r"上上一?|再之前那一?|再前面那一?)(?:批|组|拨|的?个?(?:名单|列表))|(?P<begun>最开始|一开始|最早|最初|刚开始|第一次)(?:推荐|给出?|列出?)"
                         r"(?=的))(?:专家)?(?:里面|里|中|当中)?的?[，,：:\s]*|"  # (最开始推荐的第一位: it was of the last list, rt50;
                         # 回到最开始的名单，第三位是谁？ "Back to the very first list: who was second?" rt69)
                         r"^\s*(?:ok(?:ay)?,?\s+)?(?:let'?s\s+)?(?:go\s+)?(?:back\s+to|return\s+to)\s+(?:the\s+|your\s+)?(?:very\s+)?"
                         r"(?P<which_en>first|original)\s+(?:batch|list|set|group|three|two|experts)(?:\s+of\s+experts)?\s*[,.:;]?\s*",
                         re.IGNORECASE)


_BATCH = re.compile(r"^\s*(?:那|那就|那还是|好的?[，,]?)?(?:回到|还是|再看看?|重新(?:看|给|列出?)(?:一下)?|给我看看?|要)?"
                    r"(?:刚才|之前|前面)?(?:的|那)?(?:(?P<first>第一|最早|最开始|最初|头一)|上一|前一)(?:批|组|拨)(?:的)?"
                    r"(?:专家|推荐|名单)?(?:吧|呢|啊)?\s*[。！!？?]*\s*$|"
                    r"^\s*(?:ok(?:ay)?,?\s+)?(?:let'?s\s+)?(?:go\s+)?back\s+to\s+the\s+(?:(?P<first_en>first|original)|"
                    r"previous|last|earlier)\s+(?:batch|list|set|group)(?:\s+of\s+experts)?(?:,?\s+please)?[.!?]*\s*$",
                    re.IGNORECASE)


# a wish for experts for the problem who have done something (有没有做过产业化的？ 有没有懂自动化的专家？)
# the kind of expert a request for more wishes for (最好是专门搞羊育种的, 最好懂模具, "preferably someone in mould design")
_MORE_OF_A_KIND = re.compile(r"(?:最好|最好是|希望是|要|找)(?:专门|专业)?(?:搞|做|研究|从事|懂|熟悉|擅长)(?P<what>[\u4e00-\u9fffA-Za-z]{2,12}?)"
                             r"(?:方面|领域|方向)?的?(?:专家|人|院士|老师)?(?:吧|啊|呀)?\s*[。！!？?]*$|"
                             r"(?i:\bpreferably\s+(?:someone|an?\s+expert|one)\s+(?:in|on|who\s+works\s+on|who\s+knows)\s+"
                             r"(?P<what_en>[a-z][a-z\- ]{2,40}?)\s*[.!?]*$)")
_MORE_EN = re.compile(r"(?i)\b(?:any|some)\s+(?:other|more)\s+(?:experts?|ones?|people|academicians?)\b|\bwho\s+else\b")


def _more_of_a_kind(text: str, reading: str, conversation: Conversation) -> Intent | None:
    """More experts for the problem under discussion, of the kind a turn wishes for (还有吗？最好是做模具的, "Any other
    experts? Preferably someone in mould design."): the problem and that kind ranked together; None for another turn."""
    wish = _MORE_OF_A_KIND.search(text) if conversation.problem and conversation.last else None
    if wish is None or not (_MORE.search(text) or _MORE.search(reading) or _MORE_EN.search(text)):
        return None
    kind = wish.group("what") or wish.group("what_en")
    return None if names_no_problem(kind) else \
        Intent("more", query=f"{topic_of(conversation.problem).rstrip('。.!?？！ ')}，{kind}")


_DONE_WISH = re.compile(r"^\s*(?:那|那么|请问)?(?:有没有|有无|是否有|有)(?:哪位|谁)?(?:专家)?(?:专门|专业)?(?:做过|搞过|从事过|有过|参与过|负责过|懂|搞|从事|"
                        r"熟悉|擅长|研究过|实现过|做)(?P<what>[\u4e00-\u9fffA-Za-z]{2,10}?)(?:方面)?(?:经验|经历|背景)?的?"
                        r"(?:专家|人|院士|老师)?(?:吗|么|呢)?\s*[？?。]*$")


# the words that ask for more before a wish (换一批，只要中国科学院院士 / 再来两位，要北京的)
_MORE_LEAD = re.compile(r"^\s*(?:那就|那么|那|请|麻烦)?(?:再(?:来|推荐|找|给我?)|换)\s*(?:一?[批些拨组]|[\d一二两三四五六七八九十几]+\s*"
                        r"[位个名])(?:专家|人)?\s*[，,、；;]?\s*(?:但是?|不过|并且|而且)?")


# the same after the wish (不要北京的，换一批)
_MORE_TAIL = re.compile(r"[，,；;]\s*(?:请|那就)?(?:再)?(?:换一?[批些拨组]|再来(?:一?[批些]|[\d一二两三四五六七八九十几]+\s*[位个名]))(?:专家|人)?"
                        r"(?:吧|呢)?[。！!？?]*\s*$")


_QUESTIONS = re.compile(r"(?<=[？?])")  # where one question of a turn ends and the next begins


# the words of a request to order the list shown (把这三位按…从晚到早排一下): nothing else is asked when only they remain
_SORT_WORDS = re.compile(r"把|将|这[两二三四五六七八九十几\d]位|他们|她们|专家|院士|按照?|依照?|(?:当选|入选|出生)(?:院士)?的?|"
                         r"时间|年份|日期|年龄|年纪|岁数|顺序|先后|从[早晚大小老]到[早晚大小老]|由[早晚大小老]到[早晚大小老]|"
                         r"排序|排列|排一下|排个序|排|列|一下|吧|呢|[，,。.！!？?\s]")


# 其中有陈立泉吗？ 刚才推荐的专家里有没有查全性？ 这几位里面有孙世刚院士吗？: whether one person is among those shown
_MEMBER = re.compile(r"^\s*(?:那|请问)?(?:其中|这(?:几位|些人?|[两三四五六七八九十\d]+位)?(?:专家|院士)?(?:里面?|中|当中)|里面|"
                     r"他们(?:里面?|中|当中)|刚才(?:推荐的)?(?:专家|名单)?(?:里面?|中|当中))"
                     rf"(?:有没有|有)(?P<who>{SURNAME}[\u4e00-\u9fff]{{1,2}}?)(?:院士|教授|老师|先生|女士)?(?:吗|么|呢|嘛)?[？?。]*\s*$|"
                     # 陈立泉算不算？ 陈立泉在其中吗？ 包括陈立泉吗？ after a count (a search was answered, rt129)
                     rf"^\s*(?:那|请问)?(?P<who2>{SURNAME}[\u4e00-\u9fff]{{1,2}}?)(?:院士|教授)?(?:也)?(?:算不算|算吗|算在内吗|"
                     rf"算在里面吗|在(?:其中|里面|里头|这里面|名单里|名单中|这[两三四五六七八九十\d]+位里)吗|是(?:其中之一|其中一位)吗)"
                     rf"[？?。]*\s*$|^\s*(?:那|请问)?(?:包括|包含)(?P<who3>{SURNAME}[\u4e00-\u9fff]{{1,2}}?)(?:院士|教授)?(?:吗|么)[？?。]*\s*$")


def asks_member(text: str) -> bool:
    """Whether a turn asks whether one person is among those shown or counted (陈立泉算不算？ "Is Chen Liquan among
    them?")."""
    return bool(_MEMBER.match(text) or _MEMBER_EN.match(text))


# "Is Chen Liquan among them?", "Is 陈立泉 one of them?", "Is there Chen Liquan among them?"
_MEMBER_EN = re.compile(r"^\s*(?i:is|was)\s+(?i:there\s+)?(?i:academician\s+|professor\s+)?(?P<who>[A-Z\u4e00-\u9fff][\w\u4e00-\u9fff' -]{1,30}?)"
                        r"\s+(?i:among|one\s+of|in)\s+(?i:them|those|these|the\s+list|that\s+list|the\s+experts?"
                        r"(?:\s+(?:shown|recommended|listed))?)\s*[?？.]*\s*$")


_TITLE_ONLY = re.compile(r"(?:院士|教授|专家|老师|学者|女性?|男性?|人|位).*|.*(?:的|奖|学|所|院)")  # 其中有院士吗？ 有女的吗？: no name


_WORDS_EN = re.compile(r"[A-Za-z]+")


# a letter or e-mail asked for (推荐信, 写一封邮件, 邀请函, "write an email", "draft a letter")
_LETTER = re.compile(r"推荐信|邀请函|邀请信|介绍信|(?:写|起草|拟|草拟|帮我写)(?:一|个)?(?:封|份|段)?[^，。？?！!]{0,8}?"
                     r"(?:邮件|信(?!息|号|用|心|誉|任|道)|函(?!数)|汇报)|"  # (写出他们的信息, 写一份技术报告: no letter)
                     r"(?i:\b(?:write|rewrite|re-write|draft|compose|prepare|turn|make)\b[^.?!]{0,30}?\b(?:e-?mail|letter|"
                     r"memo|note|invitation)\b)|(?:改写|改|写)成(?:一|个)?(?:封|份)?[^，。？?！!]{0,8}?(?:邮件|信(?!息|号))")


# 给最合适的那位写…, "to the most suitable one": the strongest match of those shown
_BEST_ONE = re.compile(r"最合适|最适合|最匹配|最相关|(?i:\b(?:most\s+(?:suitable|relevant|qualified)|best(?:[\s-]+(?:fit|match|suited))?|"
                       r"top\s+(?:one|match|pick)|strongest\s+match)\b)")


_TO_EXPERT = re.compile(r"邀请(?:他|她|专家|院士|第)|给(?:他|她|这位|该|第[一二三四五六七八九十\d]+位)|致(?:他|她|专家)|感谢(?:他|她)|"
                        r"祝贺(?:他|她)|(?i:\b(?:e-?mail|letter|note|message)\s+to\s+(?:academician|professor|prof\.?|dr\.?)\s|"
                        r"\bcongratulat\w*\s+(?:him|her)\b)|"  # "an English email to Academician X congratulating him …" (rt124)
                        r"(?:写|起草|拟)[^，。？?！!]{0,8}?(?:邮件|信|函)[^，。？?！!]{0,4}?(?:请|约|向|问)(?:他|她)|"  # 写封邮件请他评审 (rt118)
                        r"给[\u4e00-\u9fff]{2,4}(?:院士|教授|老师)?写|"  # 给翟婉明写一封邀请邮件
                        r"给[^，。？?！!]{2,30}?(?:院士|教授|老师|先生)写|"  # 给2005年获诺贝尔奖的吴孟超院士写一封感谢信 (rt97)
                        r"邀请[^，。？?！!]{2,30}?(?:院士|教授|老师|先生)|邀请[\u4e00-\u9fff]{2,4}(?:来|到|参加|出席)|"  # 写一封邀请函，
                        # 邀请2005年诺贝尔化学奖得主、清华大学的陈立泉院士来…: to him (strangers were listed, rt95)
                        r"(?i:\binvitation\b)|"
                        r"(?i:\binvit\w*\s+(?:him|her|the\s+\w+\s+(?:one|expert))|\b(?:to|for)\s+(?:him|her)\b|"
                        r"\b(?:email|e-mail|write)\s+(?:him|her)\b)")


_TO_READER = re.compile(r"(?:给|致|向|呈|报)(?:我们的?|公司的?)?(?P<who>总经理|副总经理|经理|领导|董事长|董事会|老板|总监|技术总监|研发总监|"
                        r"厂长|总工|总工程师|部门负责人|上级|主管|同事|团队)|(?P<who2>总经理|老板|领导|董事长)(?=的)|"
                        r"(?i:\bto\s+(?:my|our|the)\s+(?:general\s+)?(?P<en>boss|manager|ceo|director|team|colleagues?|"
                        r"supervisor)\b)")


# a summary in a sentence: 用一句话总结一下, 简要概括, "Summarize them in one sentence", "briefly"
_BRIEF = re.compile(r"一句话|两句话|简短|简要|简单(?:地)?(?:说|讲|总结|概括|介绍)|精简|"
                    r"(?i:\b(?:in\s+(?:one|a\s+single)\s+sentence|one[- ]sentence|one[- ]liner|briefly|in\s+brief|tl;?dr)\b)")


# a request to have the answer in another language: 翻译成英文, 用英文再说一遍, 请用中文回答, "Translate it into English"
_TRANSLATE = re.compile(r"(?:翻译|译)(?:成|为|一下)?(?:英文|英语|中文|汉语)|(?:用|以|换成|改用|改成)(?:英文|英语|中文|汉语)|"
                        r"(?:英文|英语|中文|汉语)(?:版|版本)|(?i:\btranslat\w*\b|\bin\s+(?:english|chinese)\b)")


# the words around such a request that ask nothing else: 请把上面的推荐结果翻译成英文吧, "Could you translate that, please?"
_TRANSLATE_WORDS = re.compile(r"请|麻烦|帮我|帮忙|把|将|给我|上面|刚才|以上|前面|这些|这个|他们|她们|各位|这几位|这[两三四五]位|的|推荐|结果|专家|名单|列表|回答|答案|内容|"
                              r"你|上一?个|上一条|之前|原来|"
                              r"信息|介绍|一下|一遍|一次|再|重新|说|写|输出|回复|发|出来|来|吧|呢|好吗|可以吗|谢谢|版本?|"
                              r"包括|包含|连同|和|及|研究方向|获奖|奖项|单位|学科|推荐理由|"  # (…，包括研究方向: rt102)
                              r"[，,。.！!？?\s]|(?i:\b(?:please|could|can|would|you|it|that|this|these|them|the|list|"
                              r"answer|results?|experts?|into|to|for|me|us|again|your|back|previous|last|reply|response|"
                              r"now|then|whole|all|chinese|english|including|include|with|and|their|his|her|research|"
                              r"directions?|awards?|institutions?|fields?|names?|details?|reasons?|everything|say|"
                              r"repeat|write|give|show|tell|rewrite|put)\b)")  # ("Can you say that again in English?", rt105)


# every expert shown in the conversation, not only the last list (请把刚才所有专家列个表, "all the experts so far")
_ALL_SHOWN = re.compile(r"所有|全部|一共|总共|到目前为止|(?i:\ball\b|\bso\s+far\b)")


# the rest of a count asked for in full (把13位全部列出来, 剩下的都列出来, 其余院士也列一下, "List all of them")
# …，附上获奖年份 / "with the award years": the cards of the list give each award's year
_WITH_YEARS = r"(?:[，,、\s]*(?:并|请|和|以及|同时)?(?:附上|附|带上|注明|标明|写上|加上|列出)?(?:各自|每位|每人|他们)?的?(?:获奖|当选)?(?:的)?年份)?"
_LIST_REST = re.compile(r"^(?:那|那么)?(?:他们|她们|这些人|这些专家|这\d+位|这[一二三四五六七八九十两]+位)?(?:分别|都|一共|具体)(?:是|有)"
                        r"(?:谁|哪些人?|哪几位|哪些专家)(?:呢)?$|"  # 他们分别是谁？ 都有谁？ after a count (the three shown, rt85)
                        r"^(?:请|麻烦你?|能不能|可以)?(?:把|将)?(?:他们|她们|这些人|这些专家)?(?:所有|全部|其余|剩下|剩余|其他|另外)?的?"
                        r"(?:这)?(?:\d+|[一二三四五六七八九十两]+)?"
                        r"(?:位|个|名)?(?:院士|专家|人)?(?:都|全部|全都|全|统统|也|一起|完整地?)+(?:列|写|显示|给|发|说)"
                        r"(?:出来|出|给我|一下|全)?(?:吧|呢|好吗|可以吗|给我看)?" + _WITH_YEARS + r"$|"
                        r"^(?:列出|列举|显示)(?:剩下|其余|全部|所有)的?"
                        r"(?:\d+|[一二三四五六七八九十两]+)?(?:位|个|名)?(?:院士|专家|人)?(?:吧|呢)?" + _WITH_YEARS + r"$")


_LIST_REST_EN = re.compile(r"^(?:(?:ok(?:ay)?|so|then|and|now),?\s+)?(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?"
                           r"(?:list|show|give|name)\s+(?:me\s+|us\s+)?(?:all|the\s+rest|the\s+others|every(?:one|\s+one)|"
                           # "Can you list them all?", "List them all.", "List all of them and count them." (rt67: the
                           # three shown again)
                           r"(?:them|those|these)\s+all)(?:\s+\d+)?(?:\s+of\s+them)?(?:\s+(?:experts|academicians|members))?"
                           r"(?:,?\s+(?:and\s+count\s+them|(?:along\s+)?with\s+(?:the(?:ir)?\s+)?(?:award\s+|prize\s+)?years?"
                           r"(?:\s+(?:they\s+(?:received|won|got)\s+it|of\s+(?:the\s+)?award))?))?,?(?:\s+please)?$", re.IGNORECASE)


# a short yes/no question that names no one (是不是1991年当选的？ 有没有获得过国家奖？): about whom the last turn was about
_ASKS_YES_NO = re.compile(r"^(?:那|那么)?(?:是不是|是否|有没有|是)")


_SEARCH = re.compile(r"推荐|找|介绍|有没有|还有|换|\b(?:recommend|find|suggest|any|other|else|more)\b", re.IGNORECASE)


# 你能直接告诉我解决方案吗？ 原因是什么？: a cause, diagnosis or solution asked of the assistant itself
SOLUTION = re.compile(r"(?:直接)?(?:告诉|给|提供|说说|讲讲)(?:我们?|一下)?(?:一个|个)?(?:具体的?)?(?:解决)?(?:方案|办法|答案|措施|对策)|"
                      r"(?:你|您)(?:能|可以|能不能|可不可以|能否)?(?:直接)?(?:帮我们?|帮忙)?(?:解决|分析|诊断)(?:一下)?|"
                      r"(?:原因|根源)(?:是什么|在哪里?|有哪些)|为什么会|怎么解决|如何解决|"
                      r"(?i:\b(?:what\s+(?:causes?|is\s+the\s+cause)|how\s+(?:do|can|should)\s+(?:we|i)\s+(?:fix|solve)|"
                      r"(?:give|tell)\s+(?:me|us)\s+(?:the|a)\s+(?:solution|fix|answer))\b)")


# 如果这些专家都不合适，你建议我们怎么做？: how to go on
_ADVICE = re.compile(r"(?:你|您)?(?:有什么|有啥|能给点?|给点|有没有|能否给|可以给)(?:别的|其他|什么)?建议|(?:你|您)建议|(?:我们)?(?:该|应该|要)怎么(?:做|办)|"
                     r"下一步(?:怎么|该|做什么)|还能怎么办|(?:都|全)不(?:太)?合适(?:的话)?(?:怎么办)?|"
                     r"(?i:\bwhat\s+(?:should|do\s+you\s+suggest)\s+(?:we|i)\b|\bany\s+(?:advice|suggestions?)\b)")


_IF = re.compile(r"如果|要是|假如|万一|(?i:\bif\b)")


# a turn that only points at an expert shown (第一位, 第二位呢？, 他呢): nothing to point at before a list
_POSITION_ASKED = re.compile(r"第[一二两三四五六七八九十\d]+位(?!中国|华人|华裔|亚洲|女科学家|女性|外国|本土|大陆)|"
                             r"前[两二三四五六七八九十\d]位|最后一位|倒数第")  # (…的第一位中国科学家: a first claimed, rt144)


_POINTER_ONLY = re.compile(rf"^(?:那|那么)?(?:{POINTER.pattern})(?:的)?(?:呢|吧|啊)?[？?。！!]*$")


# a query or program rather than words (MATCH (n) DETACH DELETE n, ' OR 1=1, ```python …```)
_CODE = re.compile(r"```|\b(?:MATCH|MERGE|DETACH|CREATE|SELECT|INSERT|UPDATE|DELETE|DROP|UNION)\b[^\n]*(?:[;()=]|\bRETURN\b|"
                   r"\bFROM\b|\bWHERE\b|//)|'\s*OR\s+1\s*=\s*1")


# 谁年纪最大？ 哪位毕业最早？ with nobody named: a question about those just shown
_WHO_OF_THEM = re.compile(r"^(?:那|那么)?(?:谁|哪位|哪一位)|^(?:那|那么)?[^，,。？?]{0,4}最[^，,。？?]{1,4}的(?:那一?位|那个|一位)?"
                          r"(?:是|为)(?:谁|哪位|哪一位)")  # (年纪最大的那位是谁？ was asked of the one in focus, rt71)


# (最年轻的是谁？ 年纪最大的是哪位？: of them all, not of the one the last turn was about)


# 那个奖 / 这项荣誉 / 该单位: a fact of the expert the last turn was about, pointed at (a follow-up, not a new problem)
_THING_POINTER = re.compile(r"(?:这|那|该|此)(?:个|项|一)?(?:奖项?|荣誉|称号|单位|机构|方向|学科|项目|课题)")


# an output format asked for (JSON, markdown, 字段), and words that refer to the experts just recommended
_FORMAT = re.compile(r"(?<![A-Za-z])(?:json|markdown|csv|excel)(?![A-Za-z])|格式|字段", re.IGNORECASE)


# an English turn that only points at one shown expert by institution, as its reading writes it
_ORG_POINTER_ONLY = re.compile(r"[A-Z][A-Za-z'&. -]+?的专家[？?]?")


def _follow_up(text: str, conversation: Conversation, bare: bool = False) -> Intent | None:
    """What a turn asks about the experts shown so far, None when it is no follow-up (a new problem); `bare`: a
    Chinese turn of a few characters (获奖？ 单位呢), about whom the last turn was about when it names no one."""
    targets, missing = _targets(text, conversation)
    attribute = asked_attribute(text)
    if attribute in ("directions", "fields") and why_fit(text):  # 他的研究方向和我们的问题有什么关系？: why he fits
        attribute = None
    unheld = unheld_requests(text)
    same = asks_same_place(text)
    if same and attribute is None:
        attribute = "institution"
    if conversation.last and len(text) <= 40 and _ADVICE.search(text) and \
            names_no_problem(_COMMON_WORDS.sub("", _IF.sub("", _ADVICE.sub("", text)))):
        return Intent("chat", advice=True)  # 如果这些专家都不合适，你建议我们怎么做？
    if conversation.last and len(text) <= 30 and SOLUTION.search(text) and names_no_problem(SOLUTION.sub("", text)):
        return Intent("chat", solution=True)  # 你能直接告诉我解决方案吗？
    if conversation.last and len(text) <= 30 and _COMMON.search(text) and not (attribute or unheld) \
            and names_no_problem(_COMMON_WORDS.sub("", _COMMON.sub("", text))):  # 他们有什么共同点？
        return Intent("list", common=True, experts=tuple(targets) if len(targets) >= 2 else ())
    if conversation.last and (surname := _SURNAME_AMONG.match(text)):  # 有没有姓张的？ of those shown
        return Intent("list", surname=surname.group(1))
    if conversation.last and len(text) <= 30 and compares(text) and not _new_problem_first(text):
        # 哪位最适合？ / 第一位和第三位谁更适合？ / 秦国刚和庄逢辰谁更厉害？: the graph ranks nobody; about the list
        pointed = conversation.focus or (conversation.last[0] if conversation.last else None)
        if len(targets) == 1 and _PRONOUN.search(text) and pointed is not None and pointed.id != targets[0].id:
            targets = [pointed, targets[0]]  # 他和魏于全院士相比，谁更适合…？: the one the last turn was about and him
        return Intent("list", attribute=attribute, unheld=unheld, compare=True,  # 他俩谁更年轻？: the two just asked about
                      experts=tuple(targets) if len(targets) >= 2 else _group(text, conversation) if
                      _GROUP_SIZE.search(text) else ())
    if conversation.last and len(text) <= 30 and why_fit(text) and PRONOUN.search(text) and not targets:
        # 为什么推荐他？ after a list with no one in focus: the first one's reasons (it repeated every card)
        return Intent("about", expert=conversation.focus or conversation.last[0])
    if conversation.last and len(text) <= 30 and (_SUMMARY.search(text) or _WHY_FIT.match(text) or _more_detail(text)
                                                   or _WRITE_UP.search(text)) \
            and not (attribute or unheld or targets and {e.id for e in targets} != {e.id for e in conversation.last}):
        # 列个表格总结一下 / 推荐理由是什么？ / 把这三位专家的介绍翻译成英文: the shown experts' records
        everyone = _ALL_SHOWN.search(text) and len(conversation.shown) > len(conversation.last)
        return Intent("list", summary=True, detail=_more_detail(text) or bool(_WRITE_UP.search(text)),  # (with why each matches), not a search for 表格 or 理由
                      experts=tuple(conversation.shown) if everyone else ())
    if conversation.last and len(text) <= 80 and (_SUMMARY.search(text) or _FORMAT.search(text)) \
            and SHOWN_REF.search(text) and not (targets or attribute):
        # 请用JSON格式输出推荐的专家，字段包括name, institution, email, phone: their records in that format, and what
        # the graph does not hold said so (it was searched on 格式/字段, and what that found shown as the list)
        return Intent("list", summary=True, unheld=unheld)
    if conversation.last and len(text) <= 40 and _SUMMARY.search(text) and unheld and not targets:
        # 按以下格式输出：姓名|单位|年薪: their records, and what the graph does not hold said so
        return Intent("list", summary=True, unheld=unheld)
    if conversation.last and len(text) <= 30 and _SUMMARY.search(text) and attribute and not (unheld or targets):
        if conversation.focus is not None and _PRONOUN.search(text):  # 总结一下他的成就: the one just asked about
            return Intent("about", conversation.focus, attribute)
        return Intent("list", attribute=attribute, experts=_group(text, conversation))  # 总结一下三位专家的获奖情况
    positions = [n for n in missing if isinstance(n, int)]
    if positions and len(text) <= 30:  # 第五位 when three were shown, 第0位
        return Intent("list", attribute=attribute, unheld=unheld, ordinal=positions[0])
    only_org = _ORG_POINTER_ONLY.fullmatch(text) is not None  # "Tell me about the one from Tsinghua.": him
    if len(missing) > len(positions) and not targets and (attribute or unheld or only_org or len(text) <= 8 or
                                                          len(text) <= 16 and re.search(r"呢[？?]?$", text)) \
            and not _SEARCH.search(text):  # (那位清华大学的呢？: who is asked of, not a new problem)
        # 复旦大学的那位专家获得过什么奖？ / 李院士是哪个单位的？ when nobody of 复旦大学 / no 李 was shown: not a new
        # search that replaces the list
        return Intent("list", attribute=attribute, unheld=unheld, absent_org=True)
    if len(targets) >= 2 and (attribute or unheld or len(text) <= 20 or only_org):  # ("the one from Tsinghua" when
        # two shown work there: both, rt108)
        # 第二位和第三位分别在哪个单位？ / 钟南山和王辰是同一个单位的吗？: about each of them
        return Intent("list", attribute=attribute, unheld=unheld, experts=tuple(targets), same=same)
    pointed = conversation.focus or (conversation.last[0] if conversation.last else None)
    if len(targets) == 1 and (same or compares(text)) and _PRONOUN.search(text) and pointed is not None \
            and pointed.id != targets[0].id:  # 他和陈肇元是同事吗？: 他 and the one named
        return Intent("list", attribute=attribute, unheld=unheld, experts=(pointed, targets[0]), same=same,
                      compare=compares(text) and not same)
    target = targets[0] if targets else None
    if target is None and _PRONOUN.search(text) and conversation.focus is None and len(conversation.group) >= 2 and \
            (attribute or unheld):  # "Did he win …?" after a turn about the two from Tsinghua: he is either (it was the
        return Intent("list", attribute=attribute, unheld=unheld, experts=tuple(conversation.group))  # first, rt108)
    if target is None and _PRONOUN.search(text):
        target = conversation.focus or (conversation.last[0] if conversation.last else None)
    if target is None and attribute and (bare or _THING_POINTER.search(text)):  # 获奖？ / 单位呢 / 那个奖是哪年拿的？:
        # about whom the last turn was about, else every
        if conversation.focus is not None and not _WHO_OF_THEM.match(text):  # expert just shown (谁获奖最多？: all)
            target = conversation.focus
        elif conversation.last:
            return Intent("list", attribute=attribute, unheld=unheld, experts=_group(text, conversation))
    if target is not None and (attribute or unheld or len(text) <= 20 or only_org or _WHY_FIT.search(text)):
        # 第二位专家为什么适合我们的涡轮泵设计？: a question about the one shown, however long
        return Intent("about", target, attribute, unheld, same=same,  # same: with someone the turn names
                      attributes=asked_attributes(text))
    if conversation.last and _MORE.search(text) and len(text) <= 30:  # 换一个上海的专家: others who meet the wish
        return Intent("more", unheld=unheld_requests(text, in_problem=True),
                      query=refinement(expand_org_aliases(text), conversation.problem))
    if conversation.last and len(text) <= 30 and (_GROUP.search(text) or compares(text) or only_unheld(text)
                                                  or unheld and _WHO_OF_THEM.match(text)) and not _new_problem_first(text):
        # 他们都是工程院院士吗？ / 这两位获得过什么奖？ / 他们的邮箱呢？ / 联系方式呢？: about the experts just shown (or
        # those the last turn was about), not a new problem
        if conversation.focus is not None and not _GROUP.search(text) and only_unheld(text) and not _WHO_OF_THEM.match(text):
            return Intent("about", conversation.focus, None, unheld)  # 联系方式呢？ right after a turn about one
        return Intent("list", attribute=attribute, unheld=unheld, compare=compares(text),
                      experts=_group(text, conversation), same=same)
    return None


_WIDENS = re.compile(r"也包括|也可以|也行|都可以|都行|加上|加进来|(?i:\b(?:too|as\s+well|also|add|plus|either)\b)")
