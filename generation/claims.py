"""Claims, not mentions: split one answer sentence into the facts it states and the people it is about.

A claim is a span of the sentence with a kind (person, institution, title, honour, award, field, direction, year)
and what it says (an award's name, grade and year; an organisation's full name). Anchors are the people a sentence
names or refers to (retrieved experts, unknown people, 他/她/第二位/前者). Which expert a claim is about, and whether
that expert's record supports it, is decided in generation/grounding.py.

Finding them uses, in order: the facts of the retrieved experts (their names, institutions and their short forms,
awards, directions, fields), honour and award patterns, organisation suffixes and the alias table
(generation/aliases.py), titles, then people the graph does not know: a surname before a title, jieba's person
tags and unknown words, Latin-script names ("Prof. Zhang Wei", "Dr. Li"). Each found span is masked so that later
steps do not read it again.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from generation import aliases as A
from generation.english import NOT_IN_RECORD_EN, topic_phrases
from generation.unheld import ADVICE_START, BOOK_TITLE_EN, NO_AWARD_EN, PLACES, UNSURE, UNSURE_ZH, unheld
from retrieval.census import chinese_number
from retrieval.english_names import latin_org_renders
from retrieval.names import name_spellings
from retrieval.models import ExpertMatch

_CJK = "\u4e00-\u9fff"
_MASK = "\u25a1"  # □
# Full-width ASCII -> ASCII and markdown punctuation -> spaces; every character maps to one, so spans line up.
_PREP = {**{c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}, 0x3000: 0x20,
         **{ord(c): 0x20 for c in "*_`#>|~"}}
_YEAR = re.compile(r"((?:19|20)\d\d)\s*年?度?")
_GRADE = re.compile(r"(?:奖)?([一二三四特])等奖?$")
_GRADE_AFTER = re.compile(r"\s*的?\s*[（(]?\s*[一二三四特]等奖?\s*[)）]?")
_AWARD = re.compile(rf"[{_CJK}A-Za-z0-9]{{1,40}}?(?:奖(?:[一二三四特]等奖)?|[一二三四特]等奖)(?!项\s*[：:*])")  # not a label: 主要奖项：
_AWARD_JUNK = re.compile(r"^(?:\d{4}\s*年?度?|于|在|[他她其]|该专家|这位专家|曾经|曾|还|并|也|又|先后|多次|均|分别|已|共|累计|"
                         r"获得过|获得了|获得|荣获|获颁|获评|获|荣膺|摘得|斩获|赢得|被授予|授予|拿下|取得|"
                         r"以及|和|与|及|的|等|了|过|年度|年|度|一项|两项|多项|\d+项|项|次)+")
_AFTER_VERB = re.compile(r"获得过|获得了|获得|荣获|获颁|获评|获|荣膺|摘得|斩获|赢得|授予|拿下")
_ACADEMICIAN = re.compile(rf"([{_CJK}A-Za-z]{{0,14}}?)(外籍)?院士(?![级工候])")
_ACADEMY_JUNK = re.compile(r"^(?:.*?(?:他是|她是|其是|是|为|系|担任|当选为|当选|现为|现任|曾任|入选|和|与|及|、|并|也|还|的|位|名|"
                           r"相关|有关|对口|推荐|知名|资深|著名|这些|那些|列出了?|列有|没有|除了?))+")  # 三位相关院士,
# 没有列出院士称号以外的奖项, 除院士称号外: no honour named 相关院士, 没有列出院士 or 除院士
_ORDINAL = re.compile(r"第\s*([一二三四五六七八九十\d]{1,2})\s*位|([前后])(?:者|一位)|【?专家\s*(\d{1,2})】?"
                      # English: "the third expert", "the second one", "the former", "the latter"
                      r"|(?<![A-Za-z])[Tt]he\s+(first|second|third|fourth|fifth)\s+(?:expert|one|candidate|professor|academician|"
                      r"researcher|specialist|recommendation)(?![A-Za-z])|(?<![A-Za-z])[Tt]he\s+(former|latter)(?![A-Za-z])")
_EN_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
_COUNT = re.compile(r"(?:(以上|上述|前面|前述|这些|这|前|后)\s*)?([一两二三四五六七八九十]|\d{1,2})\s*"
                    r"(?:位(?:专家|院士|教授|学者|研究员|老师)?|名(?:专家|院士|教授|学者|研究员|老师))")
_CN_NUMBER = {c: i for i, c in enumerate("零一二三四五六七八九十")} | {"两": 2}


def arabic(figure: str) -> str:
    """A figure in Arabic digits: 三 -> 3, 十二 -> 12, 二十 -> 20; digits (and anything else) as they are."""
    n = chinese_number(figure) if figure else None
    return figure if n is None else str(n)
# What a counted group is ("两位中国科学院院士", "两位教授"): then the count is of the retrieved experts who are that.
_QUALIFIER = re.compile(r"\s*(中国科学院院士|中国工程院院士|院士|副教授|教授|副研究员)")
# a sentence spoken to the enterprise (建议…, 贵企业…, 您可以…) is advice, not more about the expert named before
_PLACEHOLDER = re.compile(r"\[(?:your\s+|the\s+)?(?:name|company|company\s+name|title|position|date|phone|e-?mail|address|"
                          r"contact(?:\s+details)?|signature|organi[sz]ation|department)\]|【[^】]{0,6}(?:名称|姓名|电话|日期|地址|职务|"
                          r"单位|公司|联系方式|邮箱)】|［[^］]{0,6}(?:名称|姓名|电话|日期|单位|公司)］", re.IGNORECASE)
# the enterprise speaking of itself, as in a drafted letter (我们是一家钢铁企业，目前正在研究…), or of the enterprise
# (贵公司是一家…): no expert's trade or work
OWN_SIDE = re.compile(r"^\s*(?:我们|我司|我公司|本公司|我厂|本厂|我单位|本单位|我们公司|我们企业|我们医院|我院|本院|贵公司|贵企业|"
                      r"贵单位|贵院)(?:是|正在|目前|现在|主要|一直|长期|从事|专注|致力|近年|近期|今年|计划|希望|拟|将|准备|打算)|"
                      r"^\s*(?:We're\b|(?:We|Our\s+(?:company|firm|business|group|plant|factory|hospital|team|city|utility))\s+"
                      r"(?:are|is|have|has|currently|also|recently|now|specialise|specialize|focus(?:es)?|makes?|produces?|"
                      r"develops?|operates?|runs?|builds?|manages?|plan|hope)\b)")
ADDRESSED = re.compile(r"建议|不妨|贵(?:企业|公司|司|单位|厂)|您|你们|如果|如需|若|可以先|最好|务必|请|" + OWN_SIDE.pattern)
_YOUR_ORG = re.compile(r"贵(?:公司|企业|司|单位|厂|院|所|校|园|合作社|风电场|油田|医院|集团|部门|团队|方|中心|基地|矿|场|站|茶园)")
# 可以向吴院士请教, 联系赫院士, 资料显示万院士…, 资料只列出蔡院士…: the words before a 姓+院士
_BESIDES = re.compile(r"\bother\b|\b(?:besides|apart from|except(?: for)?|other than|beyond|aside from)\b"
                      r"(?!\s+(?:his|her|their|the)\s+(?:election|academy|academician(?:ship)?|seat|membership))", re.I)
_BEFORE_SEAT = set("向和与及找请问是由让给对同跟、的位系教示出了到明载有于将把被为迎谢邀拜访助得询望随以此但而且则故即")  # 所以岳院士, 因此陈院士, 而李院士; 没有黄院士, 便于郭院士, 欢迎谢院士, 借助赵院士, 征得赵院士
_LATIN_WORDS = re.compile(r"[A-Za-z]{3,}\s+[A-Za-z]{2,}")
_PLURAL = re.compile(r"他们|她们|二者|两者|两位|三位|几位|诸位|以上专家|上述专家|各位|这些专家|这几位|(?:本次|此次|这次)?推荐的(?:几位|各位)?专家"
                     r"|[两二三四五六]人(?=[均都皆也亦一同共分各])"
                     r"|(?<![A-Za-z])(?:[Tt]hey|[Tt]hem|[Tt]heir|[Bb]oth of them|[Aa]ll of them|[Tt]hese experts)(?![A-Za-z])")
# English pronouns for one expert: a sentence that opens with one speaks of the expert named before, as 他 does
_PRONOUN_EN = re.compile(r"(?<![A-Za-z])(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Tt]his expert|[Tt]he expert|[Tt]his professor|"
                         r"[Tt]he professor|[Tt]his researcher|[Tt]he academician|[Tt]his academician)(?![A-Za-z])")
_LIST_ITEM = re.compile(rf"^\s*(?:\d{{1,2}}\s*[.、)）]|[-*•·]|[（(]\d{{1,2}}[)）])\s*([{_CJK}]{{2,4}}?)(?=[,，:：(（\s。]|$)")
_LATIN_PERSON = re.compile(
    r"(?<![A-Za-z])(?:Prof\.?|Professor|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Sir|Academician)\s*((?:[A-Z][a-z'\-]+\.?\s?){1,3})")
# given names may join their syllables with a hyphen or apostrophe: Xie Hua-an, Li Xi'an
_LATIN_NAME = re.compile(r"(?<![A-Za-z])(?!(?:Both|All|Each|The|This|That|These|Those|And|But|In|As|Like|Unlike|With|For|From|At|"
                         r"By|On|Of|To|Together|Along|Since|After|Before|When|While|If|Also|Then|Our|Your|His|Her|Their|"
                         r"Because|Although|Though|Whereas|Unless|Once|Where|Whether|Given|Thanks|Dear|Contact|Ask|"
                         r"Its|We|She|They|It|Dr|Mr|Ms|Mrs|Prof)\b)(?!Hong\s+Kong\b|Inner\s+Mongolia\b)([A-Z][a-z]{1,7})[\s\-]([A-Z][a-z]{1,8}(?:[-'’](?!s\b)[a-z]{1,6})?)"
                         r"(?:[\s\-]([A-Z][a-z]{1,8}(?:[-'’](?!s\b)[a-z]{1,6})?))?(?![A-Za-z])")  # Hong's: a possessive
# "Central Iron and Steel Research Institute", "Harbin University of Civil Engineering and Architecture": lower-case
# joining words inside a capitalised name belong to it
_PLACE_AFTER = re.compile(r"\s+(?:Plain|Basin|River|Region|Area|Province|Plateau|Sea|Bay|Delta|Mountains?|Lake|Valley|"
                          r"Desert|Gorges?|Strait|Island|Peninsula|City|County)\b")
_LEGAL_FORM = re.compile(r"(?:Co|Ltd|Inc|Limited|Corp|LLC|PLC)\.?", re.I)
LATIN_ORG = re.compile(r"(?<![A-Za-z])((?:[A-Z][A-Za-z'&\-.]*\s+(?:(?:and|&)\s+(?=[A-Z]))?){0,6}(?:%s)(?![A-Za-z])\.?"
                        r"(?:\s+(?:of|for|and|&)\s+[A-Z][A-Za-z&\-]*(?:\s+[A-Z][A-Za-z&\-]*){0,4}){0,3})"
                        % "|".join(A.LATIN_ORG_WORDS))
_LATIN_CAPS = re.compile(r"(?<![A-Za-z])([A-Z][A-Za-z]{1,12})(?![A-Za-z])")
# words in Japanese, Korean or Russian script: in an answer, a name the guard cannot read (a person), in a problem a
# language answered in Chinese (generation/answerer.py)
FOREIGN_SCRIPT = re.compile(r"[\u3040-\u30ff\uac00-\ud7af\u0400-\u04ff]{2,}")
_DIRECTION_LIST = re.compile(r"(?:(?:研究方向|主要方向|研究领域|专业方向|研究重点|所属学科|学科方向|学科|所属学部|所在学部|学部|专长|研究兴趣|老本行|本行|主业|强项|主攻方向|看家本领|"
                             # "赵振东院士的资料明确包括抗旱节水小麦育种": what the card is said to list
                             r"(?<=的)(?:资料|卡片|简介)(?=(?:中|里|上)?(?:还|也|明确|确实)*(?:包括|涵盖|列有)))(?:中|里|上)?"
                             r"(?:还|也|主要|则|亦|同时|另外|等|明确|确实)*\s*(?:为|是|包括|主要有|主要是|涵盖|有|涉及|覆盖|集中在|列有|:)\s*"
                             r"([^。；;!?！？\n]+)|(?:擅长|专注于|致力于|长期从事|主要从事|从事)\s*([^。；;!?！？\n,，]+))")
# "他研究X", "也从事X研究", "在X方面很有经验", "是X专家": a direction claimed for the person named before it.
_DIRECTION_VERB = re.compile(r"(?<![的和与及、])(?:研究|专攻|主攻|专注|聚焦于?|深耕于?|专长于?|专精于?|精通|(?:一直|长期|持续|也|还|同样|亦)关注|熟悉)"
                             r"(?:过(?![程了]))?"  # 专门研究过焊接热裂纹 (not 研究过程)
                             r"(?![方领员所院生中成团工经基兴重课项人机表发显认一下过了的可能有对为将帮具也还和与及等会])"
                             r"(?!结果|结论|提供|提出|支持|支撑|平台|基地)\s*([^。；;!?！？\n,，]+)")  # 研究结果用于…, 研究平台的建设
_DIRECTION_WORK = re.compile(r"(?:做|开展|进行|从事)\s*([^。；;!?！？\n,，]{2,24}?)(?:方面的?|领域的?|的)?(?:研究|工作)")
_DIRECTION_AREA = re.compile(r"(?:在|对)\s*(?!沟通|交流|联系|对接|洽谈|面谈)([^。；;!?！？\n,，在对]{2,24}?)(?:方面|领域|方向|上)?(?:也|都|还|很|颇|均|同样|一直|长期)*"
                             r"(?:有(?![机效限关利益害色毒线序])|具有|具备|积累|经验|造诣|建树|专长|研究|颇有|很有|深有|擅长|专精|心得|深耕|耕耘|"
                             # achievements in an area: 在X方面取得了重要突破, 形成了一系列代表性成果, 做出了重要贡献
                             r"取得|形成了?(?:一系列|一批|系列|多项)?(?:代表性|标志性|原创性|重要)?成果|做出了?|作出了?|"
                             r"(?:贡献|成绩|成就|成果|业绩)(?:突出|卓著|显著|斐然))"
                             # "对改善界面接触具有借鉴意义": what his work is useful for, not what he works on; "也与
                             # 列车在大风中的受力有关": what a direction bears on
                             r"(?!关|联系)(?![\u4e00-\u9fff]{0,2}的?(?:借鉴|参考|帮助|意义|作用|价值|指导|启发|助益|益处|视野|"
                             r"判断|眼光))")
_DIRECTION_EXPERT = re.compile(r"(?:是|作为|身为)\s*(?:[^。；;!?！？\n,，是]{0,12}的)?(?!首选|最佳|合适|理想|推荐|优先|重要)"
                               r"([^。；;!?！？\n,，是的]{2,16}?)(?:方面|领域|方向)?的?(?:专家|权威|学者|带头人)")
_DIRECTION_PROFESSION = re.compile(r"(?:是|为|作为|身为)(?:一位|一名|位|名)?(?:著名的?|知名的?|资深的?|杰出的?)?"
                                   r"([\u4e00-\u9fff]{1,8}?学)家")
# "属于X领域的专家", "来自X界", "专长在于X", "X学科，与专家的学科一致": the person's field or direction, said otherwise
_DIRECTION_BELONGS = re.compile(r"(?:属于|归属于?|隶属|出身于?|来自)\s*「?([^。；;!?！？\n,，「」属于来自]{2,20}?)」?\s*(?:方面|领域|方向|学科|学部|学界|界)"
                                r"|(?:专长|特长|强项|长处|优势)(?:在于|在|集中于|集中在)\s*([^。；;!?！？\n,，]{2,24})")
# "问题属于「X」学科，与专家的学科一致": 专家 is the expert the answer is describing, named or not
_DIRECTION_SAME = re.compile(r"「?([^。；;!?！？\n,，「」属于是]{2,16}?)」?\s*(?:学科|领域|方向)[^。；;!?！？\n]{0,4}?(?:与|和|同|跟)\s*"
                             r"(?:该|这位|此)?专家(?:的|所属的?|所在的?)?(?:学科|领域|方向|专业)(?:一致|相符|相同|吻合|对口)")
_DIRECTION_OWN = re.compile(rf"([^，。；;!?！？\n,]{{2,24}}?)(?:才|正|就|也|则)?(?<![不非])是{_MASK}+的?(?:老本行|本行|主业|强项|专长|主攻方向|看家本领|拿手)")
# a bare list after a name and a colon, in a list of recommended experts: "- 周慧敏（中国电科院）：变压器油色谱分析、…"
_DIRECTION_BARE = re.compile(rf"{_MASK}+\s*(?:[(（][^)）]{{0,30}}[)）])?\s*[:：]\s*((?![^。；;\n]*(?:建议|可以|能|请|联系|推荐|负责|擅长|从事|研究))"
                             rf"[^。；;!?！？\n、]{{2,20}}(?:、[^。；;!?！？\n、]{{2,20}})+)")
_DIRECTION_MEANS = re.compile(r"(?:凭借|依托|借助|基于|依靠)其?\s*(?:在)?([^。；;!?！？\n,，]{2,30}?)(?:方面|领域)?的?"
                             r"(?:经验|积累|优势|专长|背景|造诣|心得)")
GENERIC_WORDS = re.compile(r"技术|研究|工艺|方法|系统|应用|设计|理论|工程|加工|控制|分析|开发|制备|装备|过程|机理|领域|方面|"
                            r"相关|新型|先进|高效|关键|及其|问题|方向|科学|与|和|及|的|等")
_ADVICE_ITEM = re.compile(r"您|贵[司厂方公单企]|你们|契合|适合|对口|吻合|匹配|可以|能够|可为|可提供")
_GENERIC_TOPIC = re.compile(r"^(?:基础$|应用基础$|相关|有关|这|该|此|其|多|各|本|上述|以上|国内|国外|国际|知名|著名|资深|顶尖|一流|行业|领域|"
                            r"问题|方面|工作|项目|技术|科研|学术|工程|一下|不少|很多|大量|许多|深入|长期)")
_ASKED_TOPIC = re.compile(r"(?:什么|哪些|哪个|哪几个|何种|哪方面|哪一类|哪类)(?:方向|领域|方面)?[？?]?$")  # 研究方向是什么？
_DIRECTION_SPLIT = re.compile(r"[、,，/和与或]|(?<![涉以])及|以及|等")  # not 涉及
_AFTER_TRIGGER = re.compile(rf"(?:联系|推荐|咨询|请教|邀请|拜访|找|对接|求助|还有|以及|包括)(?:一下|下|了)?\s*([{_CJK}]{{2,3}})")
_NOT_IN_NAMES = re.compile("[的了是也都就而或着过们个这那位]")  # function words: "方面的" is not a name
_NAME_END = set("，,。；;、！!？?：:（( 他她的等和与及也")
_TRIGGER = ("联系", "推荐", "咨询", "请教", "邀请", "拜访", "找", "对接", "求助", "介绍", "包括", "例如", "比如",
            "还有", "以及", "另外", "此外", "或者", "或", "和", "与", "及", "、", "如")
# After a known name, a character that starts a word rather than continuing the name ("王伟长期从事" vs "王伟东").
_NAME_FOLLOWERS = set("的是在于曾现主长从任为和与及等对获荣入当作担领带毕也还同已可能会将所提指以被这早近多先研深专致精熟负参牵并常亦又再就才仍便皆"
                      "承发著团课教院老博副高工讲助首特讲主总所校书处他她其都均分各目前正一二三四五六七八九十两几位名"
                      "或最尤非较更很极颇及暨跟同向对有拥没无比晚少")  # 邱冠周或刘炯天, 万建民最擅长, 王伟有…: not a name's
_JUNK_ORG_PREFIX = re.compile(r"^(?:.*?(?:任职于|就职于|工作于|来自|毕业于|就读于|供职于|隶属于|在|于|是|为|系|任|的|和|与|及|、|到|去|向|从|"
                              r"联系|推荐|咨询|或|并|也|还|其|他|她|位|现|曾|均|都))+")
_GENERIC_ORGS = {"大学", "学院", "医院", "公司", "集团", "中心", "研究所", "研究院", "实验室", "科学院", "工程院", "协会",
                 "学会", "高校", "院校", "企业", "上市公司", "有限公司", "重点实验室", "科研院所", "研究中心", "工厂",
                 "银行", "基金会"}
_GENERIC_ORG_WORDS = re.compile(r"^(?:分属|同属|分别来自|来自|属于|不同|同一|两个|两所|多个|"
                                r"为|给|向|替|帮|指导|协助|支持|服务|相关|有关|国内|国外|各|该|其他|知名|多所|一些|若干|当地|本地|附近|专业|大型|高等|科研|"
                                r"重点|国家级|省级|第三方|合作|所在|您的|贵|本|各大|顶尖|著名|一流|这些|这家|那家|一家|某|"
                                r"农业|工业|林业|医学|医疗|行业|业内|专门|高水平)+")
_SUFFIX = re.compile(rf"[{_CJK}()（）]{{1,30}}?(?:{'|'.join(sorted(A.ORG_SUFFIXES, key=len, reverse=True))})"
                     rf"(?![{_CJK}]*?(?:奖|学者|基金))")
# A sub-unit written right after an institution: 医学部, 化学系, 高等研究院, 第十四研究所, 药物研究所, 重点实验室.
_SUBUNIT = re.compile(r"(?:(?:科技|技术|研发|科研|生产|人事|人力资源|综合|规划|发展|市场|质量|安全|设备|工程|外事|国际合作)"
                      # a department first (科技部, 技术处, 办公室): a contact route or post no record holds
                      r"(?:部|处|办公室|办)(?![门分长])|办公室|"
                      rf"[{_CJK}\d]{{1,14}}?(?:医学部|学部|学院|研究院|研究所|研究中心|实验室|分院|分所|附属医院|医院|教研室|校区|分校|"
                      rf"系|所|中心|科(?![学技研])))"
                      rf"(?![长主{_CJK}]*?(?:奖|计划))")
_SUBUNIT_NOT = re.compile(r"[的在从任和与及是为了曾现于]|联系|关系|体系|维系|派系|合作|推荐|咨询|工作|研究员|教授|院士|担任|负责|主任|所长|院长|从事|长期|领导")
_ORG_NUMBER = re.compile(r"[〇零一二三四五六七八九十百\d]+")  # 六二五所, 十四所, 三局
# A numbered institute of a state group: 中国电科38所, 航天五院, 中船重工七二五所, 兵器二〇三所
_NUMBERED_ORG = re.compile(r"(?:中国电科|中电科|电科|中国航天科技|中国航天科工|航天科技|航天科工|中国航天|航天|中航工业|航空工业|中航|"
                           r"兵器工业|兵器|中船重工|中船|船舶|中核|核工业|中铁|中建|中交|电子部|机械部)"
                           r"(?:集团)?(?:第)?(?:\d{1,4}|[〇零一二三四五六七八九十百]{1,4})(?:研究所|研究院|所|院|厂|局)")
_SHORT_ORG = re.compile(rf"[{_CJK}]{{2,12}}?[所局](?![以有在长属谓需得述说做能用提研从获学部面势限具含带致造处示指要知见期想求])")
_CAS_INSTITUTE = re.compile(rf"(?:中国科学院|中科院|中国农业科学院|农科院|中国医学科学院|医科院)([{_CJK}]{{1,10}}?)(?:研究)?所")
_TITLE = re.compile("|".join(A.TITLES))
_TITLE_CUE = re.compile(r"(?:职称(?:为|是|:)?|是|为|任|担任|现任|系|现为|身为|作为)\s*$")
_PERSON_BEFORE_TITLE = re.compile(rf"([{_CJK}]{{1,4}}?)\s?(?:{'|'.join(sorted(set(A.TITLES) | set(A.HONORIFICS), key=len, reverse=True))})")
_HONOUR_REQ = {p: req for _, (ps, req) in A.HONOURS.items() for p in ps}
_HONOUR_RE = re.compile("|".join(re.escape(p) for p in sorted(_HONOUR_REQ, key=len, reverse=True)))
_REFERENCE_TITLE = re.compile(r"(?<!的)(?:该|这位|此位|那位|这名|该名|该位)(?:院士|教授|专家|学者|研究员)")  # 该院士获得过…
_PRONOUN_RE = re.compile("|".join(re.escape(p) for p in sorted(A.PRONOUNS, key=len, reverse=True)))
_COMPANIES = ("华为", "腾讯", "阿里巴巴", "阿里", "百度", "字节跳动", "小米", "比亚迪", "宁德时代", "海尔", "美的", "格力",
              "联想", "中兴", "中芯国际", "京东方", "三一重工", "徐工", "中车", "中国商飞", "宝钢", "鞍钢", "中海油",
              "国家电网", "南方电网", "中国移动", "中国电信", "上汽", "一汽", "东风汽车", "吉利", "长城汽车", "大疆",
              "海康威视", "西门子", "博世", "巴斯夫", "杜邦", "三星", "特斯拉", "通用电气", "英特尔", "微软", "谷歌",
              "丰田", "本田", "大众汽车", "福特", "波音", "空客", "陶氏", "埃克森美孚", "壳牌", "中国石油", "中国石化")


@dataclass(frozen=True)
class AwardText:
    """An award as stated or stored: its name without grade, the grade (一/二/三/特) and the year."""

    base: str
    grade: str | None = None
    year: int | None = None


@dataclass
class Found:
    """One claim or anchor found in a sentence: kind, span, the words, and what it says."""

    kind: str  # a claim kind, or "anchor" for a person the sentence is about
    start: int
    end: int
    text: str
    experts: tuple[int, ...] = ()  # retrieved experts (by index) it names: a known name, an institution's owners
    value: object = None  # AwardText, an honour's required words, a canonical organisation, a title, an ordinal


@dataclass
class Lexicon:
    """The retrieved experts' facts as dictionaries: names, institution forms, awards, directions, fields."""

    experts: list[ExpertMatch]
    names: dict[str, tuple[int, ...]] = field(default_factory=dict)
    known_names: tuple[str, ...] = ()  # the experts' names, longest first
    known: tuple[str, ...] = ()  # their institutions and short forms, longest first
    topics: tuple[str, ...] = ()  # their directions and fields, longest first
    before_honours: tuple[str, ...] = ()  # what of theirs other patterns would misread: read first (see from_experts)
    cited: set[str] = field(default_factory=set)  # the titles of the projects their sources are
    award_names: tuple[str, ...] = ()  # their awards as stored, longest first
    latin: dict[str, tuple[int, ...]] | None = None  # pinyin spellings of their names (wangwei, weiwang, wang)
    kinds: dict[str, tuple[str, tuple[int, ...], object]] = field(default_factory=dict)
    awards: list[list[AwardText]] = field(default_factory=list)  # per expert, as stored
    org_forms: list[list[str]] = field(default_factory=list)  # per expert, the ways to write the institution
    # how close an English topic is to Chinese directions (generation/english.py `topic_similarity`); None: English
    # topics are not read (no embedder on the scale EN_TOPIC_MIN was set on)
    similarity: Callable[[str, Sequence[str]], float] | None = None
    given: frozenset[str] = frozenset()  # the figures the problem itself states (an answer may repeat them)
    given_text: str = ""  # the problem itself, lower case (its Latin terms may be repeated too)

    @classmethod
    def from_experts(cls, experts: list[ExpertMatch],
                     similarity: Callable[[str, Sequence[str]], float] | None = None) -> Lexicon:
        lex = cls(list(experts), similarity=similarity)
        forms: dict[str, tuple[str, set[int], object]] = {}

        def add(surface: str, kind: str, i: int, value: object = None) -> None:
            if len(surface) < 2:
                return
            k, owners, v = forms.setdefault(surface, (kind, set(), value))
            if k == kind:
                owners.add(i)

        for i, e in enumerate(experts):
            add(e.name, "person", i)
            if e.institution:
                for form in institution_forms(e.institution):
                    add(form, "institution", i, e.institution)
            for d in e.directions:
                add(clean_phrase(d), "direction", i)
            for f in e.fields:
                add(clean_phrase(f), "field", i)
            lex.awards.append([award_text(a.name, a.year) for a in e.awards])
            lex.org_forms.append(institution_forms(e.institution) if e.institution else [])
        lex.kinds = {s: (k, tuple(sorted(o)), v) for s, (k, o, v) in forms.items()}
        lex.names = {s: o for s, (k, o, _) in lex.kinds.items() if k == "person"}
        lex.known_names = _alternation(lex.names)
        # read before other organisations: the institutions, and the held topics that hold an organisation's
        # suffix (三维流形中心问题 is a direction, not the organisation 维流形中心)
        lex.known = _alternation([s for s, (k, _, _) in lex.kinds.items() if k == "institution"
                                  or k in ("direction", "field") and any(x in s for x in A.ORG_SUFFIXES)])
        lex.topics = _alternation([s for s, (k, _, _) in lex.kinds.items() if k in ("direction", "field")])
        lex.cited = {clean_phrase(c.title) for e in experts for c in e.citations if c.title}
        # held topics that an honour, award or organisation pattern would misread (当代杰出新闻学者口述实录,
        # 我国优秀运动员教练员奖励, 党报在媒介新格局中的角色), and institutions that hold an honour's or award's word
        # (…院士实验室, 中国中小学幼儿教师奖励基金会)
        lex.before_honours = _alternation([s for s, (k, _, _) in lex.kinds.items()
                                           if k == "institution" and _HONOUR_WORD.search(s)
                                           or k in ("direction", "field") and _MISREAD.search(s)])
        lex.award_names = _alternation({clean_phrase(a.name) for e in experts for a in e.awards})
        return lex


def _alternation(words) -> tuple[str, ...]:
    return tuple(sorted({w for w in words if w}, key=len, reverse=True))


@dataclass(frozen=True)
class _Hit:
    """Where a known word occurs (the part of re.Match the extractor uses)."""

    s: int
    e: int
    word: str

    def start(self) -> int:
        return self.s

    def end(self) -> int:
        return self.e

    def group(self) -> str:
        return self.word


def _occurrences(words: tuple[str, ...], text: str) -> list[_Hit]:
    """Non-overlapping occurrences of `words` (longest first wins), in text order; plain str.find, no regex to build."""
    hits: list[_Hit] = []
    taken = [False] * len(text)
    for w in words:
        i = text.find(w)
        while i >= 0:
            if not any(taken[i:i + len(w)]):
                hits.append(_Hit(i, i + len(w), w))
                taken[i:i + len(w)] = [True] * len(w)
            i = text.find(w, i + 1)
    return sorted(hits, key=lambda h: h.s)


def clean_phrase(text: str) -> str:
    """A name or phrase as the guard compares it: no spaces, full-width ASCII folded."""
    return text.translate(_PREP).replace(" ", "").strip()


def normalise_award(text: str) -> str:
    """An award name in one spelling: 科学技术 -> 科技, no 年度/奖/spaces (国家科学技术进步奖 -> 国家科技进步)."""
    t = clean_phrase(text).replace("科学与技术", "科技").replace("科学技术", "科技").replace("年度", "")
    t = t.replace("（", "(").replace("）", ")")
    t = re.sub(r"\(\d{4}\)", "", t)
    t = _PLACE_AWARD.sub(r"\1", t)  # 北京市科技进步奖 = 北京科技进步奖 ("Beijing S&T Progress Award")
    return t.rstrip("奖").replace("奖", "")


_PLACE_AWARD = re.compile(rf"^({PLACES})(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)")


def award_text(name: str, year: int | None = None) -> AwardText:
    """Split a stored or stated award into name, grade and year."""
    t = normalise_award(name)
    m = _GRADE.search(name.strip())
    grade = m.group(1) if m else None
    if grade:
        t = re.sub(rf"{grade}等$", "", t)
    return AwardText(t, grade, year)


def institution_forms(name: str) -> list[str]:
    """Ways an answer writes `name`: itself, the alias table's short forms, 中科院X所 for 中国科学院X研究所."""
    name = clean_phrase(name)
    forms = [name, name.replace("(", "（").replace(")", "）"), re.sub(r"[(（].*?[)）]", "", name)]
    forms += [short for short, full in A.ORG_ALIASES.items() if full == name and len(short) >= 2]
    m = re.match(r"^(中国科学院|中科院|中国农业科学院|农科院|中国医学科学院|医科院)(.+?)研究所$", name)
    if m:
        full = {"中科院": "中国科学院", "农科院": "中国农业科学院", "医科院": "中国医学科学院"}.get(m.group(1), m.group(1))
        short = {"中国科学院": "中科院", "中国农业科学院": "农科院", "中国医学科学院": "医科院"}[full]
        for middle in [m.group(2)] + _abbreviations(m.group(2)):
            forms += [f"{short}{middle}所", f"{short}{middle}研究所", f"{full}{middle}所", f"{full}{middle}研究所",
                      f"{middle}所"]
        if len(m.group(2)) >= 2:  # 兰州化学物理研究所, 声学研究所: the institute without its academy
            forms.append(f"{m.group(2)}研究所")
    for long, short in _CONTRACTIONS:  # 江苏省农科院 = 江苏省农业科学院, 中国科学院计算所 = 中科院计算所
        forms += [f.replace(long, short) for f in forms if long in f]
        forms += [f.replace(short, long) for f in forms if short in f and long not in f]
    return list(dict.fromkeys(f for f in forms if f))


# Everyday contractions inside institution names (long form, short form); applied both ways.
_CONTRACTIONS = (("中国科学院", "中科院"), ("农业科学院", "农科院"), ("社会科学院", "社科院"), ("医学科学院", "医科院"),
                 ("林业科学院", "林科院"), ("水产科学研究院", "水科院"), ("计算技术研究所", "计算所"),
                 ("研究所", "所"))


def _abbreviations(words: str) -> list[str]:
    """Short forms of an institute's name the usual way: its first word (the place) whole, the others by their first
    character (大连化学物理 -> 大连化物, 长春应用化学 -> 长春应化); every word leaves a character, so 化学 is not one."""
    parts = [p for _, _, w in tokens(words) for p in ([w[i:i + 2] for i in range(0, len(w), 2)] if len(w) >= 4 else [w])]
    if len(parts) < 2:
        return []
    forms = {parts[0] + "".join(w[0] for w in parts[1:]), "".join(w[0] for w in parts)}
    return [f for f in forms if f != words and len(f) >= 2]


_ALIASES_LONGEST_FIRST = sorted(A.ORG_ALIASES.items(), key=lambda kv: -len(kv[0]))


def canonical_org(text: str) -> str:
    """An organisation's full name where the alias table knows it (清华 -> 清华大学, 中科院化学所 -> 中国科学院化学研究所)."""
    t = clean_phrase(text)
    if t in A.ORG_ALIASES:
        return A.ORG_ALIASES[t]
    m = _CAS_INSTITUTE.fullmatch(t)
    if m:
        head = t[: m.start(1)]
        full = {"中科院": "中国科学院", "农科院": "中国农业科学院", "医科院": "中国医学科学院"}.get(head, head)
        return f"{full}{m.group(1)}研究所"
    for short, full in _ALIASES_LONGEST_FIRST:
        if len(short) >= 2 and t.startswith(short) and not t.startswith(full):
            return full + t[len(short):]
    return t


@lru_cache(maxsize=1)
def _jieba():
    """jieba's tokenizer and its dictionary (word -> frequency, word -> part of speech), loaded once per process."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba.dt, jieba.dt.FREQ, jieba.posseg.dt.word_tag_tab


def tokens(text: str) -> list[tuple[int, int, str]]:
    """jieba's words of `text` with their spans."""
    tok, _, _ = _jieba()
    out, pos = [], 0
    for w in tok.cut(text, HMM=True):
        out.append((pos, pos + len(w), w))
        pos += len(w)
    return out


_ORG_WORD_RE = re.compile("|".join(re.escape(w) for w in sorted(
    [w for w in list(A.ORG_ALIASES) + list(_COMPANIES) if w not in ("科学院", "工程院")], key=len, reverse=True)))


def surname(word: str) -> str | None:
    if word[:2] in A.COMPOUND_SURNAMES:
        return word[:2]
    return word[0] if word[:1] and word[0] in A.SURNAMES else None


def _is_cjk(word: str) -> bool:
    return bool(word) and all("\u4e00" <= c <= "\u9fff" for c in word)


_URL = re.compile(r"https?://[^\s，。；、）)<>\"'“”]+")


def _mask(chars: list[str], start: int, end: int) -> None:
    chars[start:end] = _MASK * (end - start)


def extract(sentence: str, lex: Lexicon, implicit: bool = False) -> list[Found]:
    """Every claim and anchor of one sentence, by position; `implicit`: a sentence that names nobody goes on about the
    expert of the sentence before (发表论文300余篇。 after 王伟研究…。 is said of 王伟, as Chinese drops the subject)."""
    text = sentence.translate(_PREP)
    chars = list(text)
    found: list[Found] = []

    # 0. a web address, read whole before its digits are read as figures (…t20091203_2681410.html): a contact claim,
    # held only when it is one of the expert's cited source pages (generation/grounding.py `_holds`)
    for m in _URL.finditer(sentence):  # as written: the markdown stripping above turns its _ into spaces
        found.append(Found("contact", m.start(), m.end(), m.group().rstrip(".,;:!?")))
        _mask(chars, m.start(), m.end())
    # 0b. the user's own words an answer denies (…，不是您提到的中国工程院院士): said as not held, no claim (the one
    # correction of a false premise was removed as claiming the seat, rt95)
    for m in _DENIED_USER_WORDS.finditer(text):
        _mask(chars, m.start("words"), m.end())
    # 1. the retrieved experts' names (and longer names that start with one: 王伟东), their awards as stored
    if lex.known_names:
        for m in _occurrences(lex.known_names, text):
            s, e, surface = m.start(), m.end(), m.group()
            longer = _longer_name(text, s, e)
            if longer:
                found.append(Found("person", s, s + len(longer), longer))
                found.append(Found("anchor", s, s + len(longer), longer))
                _mask(chars, s, s + len(longer))
                continue
            owners = lex.names[surface]
            found.append(Found("anchor", s, e, surface, owners))
            found.append(Found("person", s, e, surface, owners))
            _mask(chars, s, e)
    if lex.award_names:
        for m in _occurrences(lex.award_names, "".join(chars)):
            end = m.end()
            grade = None if _GRADE.search(m.group()) else _GRADE_AFTER.match(text, end)
            if grade:  # "国家自然科学奖一等奖" where the graph stores "国家自然科学奖": the grade is part of the claim
                end = grade.end()
            found.append(Found("award", m.start(), end, text[m.start():end], (),
                               _with_year(text, m.start(), end, award_text(text[m.start():end]))))
            _mask(chars, m.start(), end)
    # "资料中没有列出该奖项的获奖年份", "资料未提及他研究铸件缩孔": what the record does not say claims nothing of anyone
    record_said = _RECORD_WORD.search(text)  # "她的资料中研究方向只有X一项，没有列出院士称号以外的奖项"
    for pattern in (_NOT_IN_RECORD, NOT_IN_RECORD_EN, *((_NOT_IN_RECORD_CLAUSE,) if record_said else ())):
        for m in pattern.finditer(text):
            if pattern is NOT_IN_RECORD_EN and NO_AWARD_EN.search(m.group()) and not _BESIDES.search(m.group()):
                # "his card lists no awards (besides his election)": the record's awards decide (not "no other award":
                # other than those just named, which the sentence alone cannot tell)
                found.append(Found("negation", m.start(), m.end(), m.group(), (), m.group()))
            _mask(chars, m.start(), m.end())
    for m in _AWARD_TALLY.finditer(text):  # "列出的奖项比B多一项": the list's length, which comparisons compute
        _mask(chars, m.start(), m.end())
    for m in _PLACEHOLDER.finditer(text):  # a drafted letter's blanks to fill in: [Name], [Company], 【公司名称】
        _mask(chars, m.start(), m.end())
    # a funded project the experts' sources cite, as the composer names it (曾主持国家社会科学基金项目《…》): the
    # title is checked as a whole against the citations; the programme is where the money came from, and words
    # inside the title (社会科学, 中国跨国公司, 能源产业格局) are no claims of their own
    if lex.cited:
        for m in _FUNDED.finditer("".join(chars)):
            if _MASK in m.group():
                continue
            _mask(chars, m.start("programme"), m.start("title"))  # 国家社会科学基金(重点)项目
            title = m.group("title")
            if clean_phrase(title[1:-1]) in lex.cited:
                found.append(Found("work", m.start("title"), m.end("title"), title))
                _mask(chars, m.start("title"), m.end("title"))
    # an institution whose name holds an honour (…病毒病预防控制所院士实验室) is that institution, and a held direction
    # that holds an honour's, award's or organisation's word (…学者口述实录, …奖励, …格局) that direction
    if lex.before_honours:
        for m in _occurrences(lex.before_honours, "".join(chars)):
            kind, owners, value = lex.kinds[m.group()]
            found.append(Found(kind, m.start(), m.end(), m.group(), owners, value))
            _mask(chars, m.start(), m.end())

    # 2. honours: academies, talent programmes, fellowships — not the 院士 of "该院士", which refers to one
    for m in _REFERENCE_TITLE.finditer("".join(chars)):
        found.append(Found("anchor", m.start(), m.end(), m.group(), (), ("pronoun",)))
        _mask(chars, m.start(), m.end())
    _honours(text, chars, found, lex)
    _titles(text, chars, found)
    # 3. awards by pattern
    masked = "".join(chars)
    for m in _AWARD.finditer(masked):
        s, e = m.start(), m.end()
        raw = m.group()
        core = _AWARD_JUNK.sub("", _ASKED_BY_USER.split(_AFTER_VERB.split(raw)[-1])[-1])
        if len(core) < 2 or _MASK in raw:
            continue
        s = e - len(core)
        if _MASK in "".join(chars[s:e]):
            continue  # read already, as the grade of the award before it ("…奖的二等奖")
        if re.match(r"(?:有)?(?:哪些|什么|何种|哪个|哪项|哪类|多少)", core) or re.search(r"(?:其他|其它|别的|任何|更多|以外的|之外的)奖$", core):
            continue  # "有哪些奖项": a question, not an award; "没有列出其他奖项": no award named
        if core in ("奖", "大奖", "奖项", "该奖", "此奖", "等奖", "这奖", "这一奖", "这个奖", "这项奖", "上述奖") or re.fullmatch(r"[一二三四特]等奖", core) and _lonely_grade(found, s):
            continue
        lead = re.match(r"([一二三四特])等(?!奖)", core)
        if lead and len(core) > 4:  # "一等国家自然科学奖": the grade written before the name
            core = core[2:] + lead.group(1) + "等奖"
        grade_after = None if _GRADE.search(core) else _GRADE_AFTER.match(text, e)
        grade_before = None if _GRADE.search(core) else re.search(r"([一二三四特])等\s*$", text[max(0, s - 3):s])
        if grade_after or grade_before:  # "国家自然科学奖（一等）", "一等国家自然科学奖": the grade is the claim's
            g = (grade_after or grade_before).group()
            core = core + re.sub(r"[^一二三四特]", "", g) + "等奖"
            e = grade_after.end() if grade_after else e
        award = _with_year(text, s, e, award_text(core), raw)
        same = re.fullmatch(r"[一二三四特]等奖", core) and _award_before(found, text, s)
        if same:  # "X奖一等奖和二等奖": the second grade is of the same award (of its year, unless that year was the
            own = re.match(r"\s*[（(]\s*(?:19|20)\d\d", text[_award_end(found, s):s])  # first's: 一等奖（1991年）和三等奖
            award = AwardText(same.base, award.grade, award.year or (None if own else same.year))
        found.append(Found("award", s, e, core, (), award))
        _mask(chars, s, e)
    # the problem's own words found in a profile ("专家资料中也出现了问题里的关键词：黄淮、麦区、铝合金") say what the
    # profile mentions, not who works where or on what, nor who someone is (黄淮 is no person): only awards count there
    for m in _PROBLEM_WORDS.finditer(text):
        group = 1 if m.group(1) is not None else 2
        _mask(chars, m.start(group), m.end(group))
    for m in _BIRTH_ORDER_LEAD.finditer(text):  # 按简介中写的出生日期，…依次是: the order of the dates quoted below,
        _mask(chars, m.start(), m.end())  # which the guard holds each to its biography; the lead itself claims nothing
    # "与锂电池循环寿命问题直接相关": the user's own problem, named to say why an expert fits, is no direction of theirs
    for m in _RELATES.finditer(text):
        core = re.sub(r"^(?:贵公司|贵企业|您|你们|我们)?的?|(?:的)?(?:问题|难题|需求|场景)$", "", m.group(1))
        shared = any(core[i:i + 4] in lex.given_text for i in range(len(core) - 3))  # 正极材料的结构稳定性问题 for
        if len(core) >= 2 and core in lex.given_text or shared:  # 正极材料…循环寿命差, 涌水涌砂引起的地层扰动 for 涌水涌砂
            _mask(chars, m.start(1), m.end(1))
    # 4. the experts' institutions, directions and fields; other organisations; people, on jieba's words of the rest
    if lex.known:
        words = None  # jieba's words of the sentence, read only for a short form (a full name hides in no word)
        for m in _occurrences(lex.known, "".join(chars)):
            kind, owners, value = lex.kinds[m.group()]
            if kind == "institution" and len(m.group()) <= 3:
                words = words if words is not None else _masked_tokens("".join(chars))
                if _inside_word(m.start(), m.end(), words):
                    continue  # 成电 (电子科技大学) in 集成电路
            end = _subunit_end(text, m.end()) if kind == "institution" else None
            if end:  # 北京大学医学部: a part of it the graph does not hold
                found.append(Found("institution", m.start(), end, text[m.start():end], (),
                                   canonical_org(text[m.start():end])))
                _mask(chars, m.start(), end)
                continue
            found.append(Found(kind, m.start(), m.end(), m.group(), owners, value))
            _mask(chars, m.start(), m.end())
    toks = _masked_tokens("".join(chars))
    _organisations(text, chars, found, toks, lex)
    _titles(text, chars, found)  # again, now that institutions are read: "中南大学教授" is a title claim
    # 6. people the graph does not know, and references to people
    _people(text, chars, found, toks, lex)
    _references(text, chars, found)
    # 7. directions in an explicit list ("研究方向为…", and "他研究…", "在…方面有经验" about someone), years on their own
    first_anchor = min((f.start for f in found if f.kind == "anchor"),
                       default=0 if implicit and not ADDRESSED.search(text) else len(text))
    opening = _FIRST_CLAUSE.match(text).end()
    if implicit and first_anchor >= opening and not ADDRESSED.search(text, 0, opening) \
            and not _WHEN_CLAUSE.fullmatch(text, 0, opening):  # 七年之后，其又获得…: when, not a claim
        first_anchor = 0  # "获奖项目是“…”，如需了解可以向他本人查询": the opening clause goes on about the expert before
    if first_anchor < len(text) and (_PREPOSED.match(text) or _MODIFIER_END.search("".join(chars[:first_anchor]).rstrip(_MASK + " "))):
        first_anchor = 0  # "在担任…期间，X…", "作为…的专家，X…", "…颇有心得的X": the opening clause is about X
    for pattern in _DIRECTION_PATTERNS + _ON_MASKED:
        for m in pattern.finditer("".join(chars) if pattern in _ON_MASKED else text):
            group = next(g for g in range(1, (m.lastindex or 1) + 1) if m.group(g) is not None)
            if pattern not in (_DIRECTION_LIST, _DIRECTION_CARD, _DIRECTION_SAME, _DIRECTION_QUOTED, *_ON_MASKED) \
                    and m.start() < first_anchor:
                continue  # "研究表明…", "需要多方面的专家": no one the sentence is about
            if UNSURE.search(text, _clause_start(text, m.start()), m.start()) or _UNSURE_AFTER_ZH.match(text, m.end()):
                continue  # "我无法确认他在大型商船上的经验", "确认他是否在X方面有研究", "X方面的具体经验无法确认": not claimed
            if _SOUGHT.search(text, _clause_start(text, m.start()), m.start()) and (
                    _OTHERS.match(text, m.end()) or re.search(r"的" + _OTHERS.pattern, m.group(group))):
                continue  # "另行寻找专门从事甘蔗育种的科研单位", "由熟悉甘蔗的专家补充": someone else, sought
            for s, e, words in _items(m.group(group), m.start(group)):
                if len(words) < 2 or _GENERIC_TOPIC.search(words) or _ADVICE_ITEM.search(words) or _ASKED_TOPIC.match(words):
                    continue
                if _MASK in "".join(chars[s:e]):  # a held topic inside a longer phrase: 光催化分解水制氢 holds 催化
                    inside = [f for f in found if f.kind in ("direction", "field") and s <= f.start and f.end <= e]
                    rest = "".join(c for i, c in enumerate(chars[s:e], s) if not any(f.start <= i < f.end for f in inside))
                    if not inside or _MASK in rest or len(re.sub(r"[^\u4e00-\u9fff]", "", GENERIC_WORDS.sub("", rest))) < 2:
                        continue
                    found[:] = [f for f in found if f not in inside]
                latin = re.fullmatch(r"[A-Za-z][A-Za-z0-9 ,'()/&-]*", words.strip())
                found.append(Found("direction", s, e, words, (), ("english", ()) if latin and lex.similarity else "list"))
                _mask(chars, s, e)  # an English item ("研究方向为 Bridge engineering", a table cell): by meaning
    _partnerships(text, chars, found, first_anchor, lex.given_text)
    for m in BOOK_TITLE_EN.finditer(text):  # "his textbook “Welding Arc Physics”": a work, not a topic
        if _MASK in "".join(chars[m.start(1):m.end(1)]):
            continue
        found.append(Found("work", m.start(1), m.end(1), m.group(1), (), m.group(1)))
        _mask(chars, m.start(1), m.end(1))
    masked = "".join(chars)
    for m in (*_CHINESE_ITEMS_EN.finditer(masked), *_CHINESE_ITEM_IS_EN.finditer(masked)):
        # "his directions in Chinese as A, B and C", "A is one of his listed directions": each a claim
        seg, last, bounds = m.group(1), 0, []
        for sep in re.finditer(r"\s*(?:,|，|、|\band\b|\bor\b)\s*", seg):
            bounds.append((last, sep.start()))
            last = sep.end()
        bounds.append((last, len(seg.rstrip())))
        for a, b in bounds:
            at, pos = m.start(1) + a, m.start(1) + b
            item = text[at:pos]
            if len(item) >= 2 and re.search(r"[\u4e00-\u9fff]", item) and "".join(chars[at:pos]).strip(_MASK + " "):
                said = re.sub(r"\s*[(（][A-Za-z0-9 ,.-]*[)）]\s*|\s+", "", item)  # 碲镉汞 (HgCdTe) 红外探测器
                found[:] = [f for f in found if not (f.kind in ("direction", "field", "term") and at <= f.start and f.end <= pos)]
                found.append(Found("direction", at, pos, said, (), "list"))
                _mask(chars, at, pos)
    if lex.similarity is not None and _LATIN_WORDS.search(text):  # "works on A and B": checked by meaning
        masked = "".join(chars)
        for s, e, phrase, joins in topic_phrases(masked):
            if s >= first_anchor and _MASK not in masked[s:e] and not UNSURE.search(masked, _clause_start(masked, s), s):
                _mask(chars, s, e)  # not "ask whether her team has worked on X": asked, not claimed
                chinese = _BRACKETED_CHINESE.match(text, e)
                if chinese is None:
                    found.append(Found("direction", s, e, phrase, (), ("english", joins)))
                elif not any(f.kind in ("direction", "field") and chinese.start(1) <= f.start < chinese.end(1)
                             for f in found):  # "the Umbilicariaceae (石耳科)": the Chinese words are the claim
                    found.append(Found("direction", chinese.start(1), chinese.end(1), chinese.group(1), (), "list"))
    for kind, s, e, words in unheld("".join(chars), text, first_anchor):  # posts, counts, contact, life, works, firsts
        if kind == "position" and lex.given_text and len(said := text[max(0, s - 8):e]) >= 6 and \
                said in lex.given_text:  # 邀请您来我们医院做肝胆外科顾问: the post the user invites to, in their words
            _mask(chars, s, e)  # (a letter's purpose was removed as a claim that he holds it, rt104)
            continue
        value = ("all", (words,), None) if kind == "recognition" else \
            (words, _tense(text[max(0, s - 16):s]), tuple(_TITLED.findall(text[max(0, s - 30):e + 12])),
             bool(_HONORARY.search(text[max(0, s - 3):s]) or _HONORARY.match(words)),
             (m.group(1) if (m := _ORG_OF_POST.match(text, e)) else None)) \
            if kind == "position" else words
        if kind == "negation" and _NOT_ACADEMICIAN.fullmatch(text, s, e):  # 丁博涛和郝鹏都不是院士: the records decide
            found[:] = [f for f in found if not (f.kind == "honour" and s <= f.start < e)]
            value = NOT_ACADEMICIAN
        elif kind == "negation" and (denied := _NOT_EXPERTISE.match(text, s)):
            # "焊接工艺本身的问题不是他的专长", "同样不是储粮方向的专家": the topics denied, which the record must not hold
            lo, e = (s if denied.group("topic") else _clause_start(text, s)), max(e, denied.end())
            topics = [f for f in found if f.kind in ("direction", "field") and lo <= f.start < e]
            found[:] = [f for f in found if f not in topics]
            said = denied.group("topic") or _DENIED_LEAD.sub("", text[lo:s])
            value = (NOT_EXPERTISE, (said,) if said.strip() and _MASK not in said else tuple(f.text for f in topics))
            words = text[s:e]
        found.append(Found("honour" if kind == "recognition" else kind, s, e, words, (), value))
        _mask(chars, s, e)
    found[:] = [f for f in found if not (f.kind == "institution" and f.text in _ACADEMIES and "院士" in text[f.end:f.end + 20])]
    _said_twice(text, found)
    stated = {_claim_year(f) for f in found} - {None}
    for m in _YEAR.finditer("".join(chars)):
        if int(m.group(1)) not in stated:
            found.append(Found("year", m.start(), m.end(), m.group().strip(), (), int(m.group(1))))
    found.sort(key=lambda f: (f.start, f.kind != "anchor"))
    return found


# "不是院士", "并非两院院士": whether the record holds an election, computed (grounding `_holds`)
_NOT_ACADEMICIAN = re.compile(r"(?:并不是|不是|并非|均非|都非)(?:两院|中国科学院|中国工程院|中科院|工程院)?院士")
NOT_ACADEMICIAN = "not an academician"
# "不是他的专长", "并非其研究方向", "不是储粮方向的专家": a topic denied of the expert, computed (grounding `_holds`)
_NOT_EXPERTISE = re.compile(rf"(?:并不是|不是|并非|不属于)(?:(?:他|她|其|{_MASK}+)的?(?:专长|强项|主业|本行|研究方向|专业方向|方向|领域|所长)"
                            rf"|(?P<topic>[^，,。；;{_MASK}]{{2,16}}?|{_MASK}+)(?:方向|领域|方面)的(?:专家|学者|院士))")
_DENIED_LEAD = re.compile(r"^\s*(?:所以|因此|但|但是|而|不过|其中)?|(?:本身)?(?:的)?(?:问题|方面)?(?:恐怕|可能|也|都|并|则)*\s*$")
NOT_EXPERTISE = "not their expertise"
_BRACKETED_CHINESE = re.compile(r"\s*[(（]\s*([\u4e00-\u9fff]{2,16})\s*[)）]")
_WHEN_CLAUSE = re.compile(r"\s*[^，,；;：:。]{0,10}?(?:年|月|天|日)(?:之|以)?(?:后|前|来|间|时|里)\s*|\s*(?:此后|随后|之后|其后|后来|同年|当年|此前)\s*")
_FIRST_CLAUSE = re.compile(r"[^，,；;：:。！？!?]*")


def _said_twice(text: str, found: list[Found]) -> None:
    """Drop an English organisation name written beside the Chinese one it renders, in brackets either way ("Guangzhou
    Institute of Energy Conversion (广州能源研究所)"): the Chinese name is the claim; an English one that is no
    rendering of it stays a claim of its own."""
    insts = sorted((f for f in found if f.kind == "institution"), key=lambda f: f.start)
    renders = []
    for a, b in zip(insts, insts[1:]):
        if not (_OPEN_BRACKET.fullmatch(text, a.end, b.start) and _CLOSE_BRACKET.match(text, b.end)):
            continue
        latin, chinese = (a, b) if _LATIN_SPELLING.fullmatch(a.text) else (b, a)
        if _LATIN_SPELLING.fullmatch(latin.text) and not _LATIN_SPELLING.fullmatch(chinese.text) \
                and latin_org_renders(latin.text, chinese.text):
            renders.append(latin)
    found[:] = [f for f in found if not any(f is r for r in renders)]


_OPEN_BRACKET = re.compile(r"\s*[(（]\s*")
_CLOSE_BRACKET = re.compile(r"\s*[)）]")
_LATIN_SPELLING = re.compile(r"[A-Za-z][A-Za-z0-9'&.,\- ]*")
_TITLED = re.compile(r"《([^》]{2,30})》")  # a journal or book a post is of: 《离子交换与吸附》主编
# the organisation an English post is of: "director of the Institute of Oceanology"
_ORG_OF_POST = re.compile(r"\s*(?:the\s+)?(" + LATIN_ORG.pattern + ")")
_HONORARY = re.compile(r"(?:名誉|荣誉)\s*$|^honorary\b", re.IGNORECASE)  # 名誉院长 is not 院长, nor the other way
_PAST = re.compile(r"曾|原|历任|前任|早年|此前|former|formerly|previously|once|was", re.IGNORECASE)
_NOW = re.compile(r"现任|现为|目前|现在|如今|兼任|currently|now|is\b", re.IGNORECASE)


def _tense(before: str) -> str | None:
    """Whether the words before a post say it is held now (现任) or was (曾任, 原), None when they say neither."""
    last = max(((m.end(), "past") for m in _PAST.finditer(before)), default=(-1, None))
    now = max(((m.end(), "now") for m in _NOW.finditer(before)), default=(-1, None))
    return max(last, now)[1]


def _claim_year(f: Found) -> int | None:
    """The year an award or honour claim states (the year then is part of that claim, not one of its own)."""
    if f.kind == "award" and isinstance(f.value, AwardText):
        return f.value.year
    if f.kind == "honour" and isinstance(f.value, tuple) and len(f.value) > 2:
        return f.value[2]
    return None


def _longer_name(text: str, s: int, e: int) -> str | None:
    """The longer name a known name is the start of (王伟东 for 王伟): the next character starts no word of its own."""
    if e >= len(text) or not ("\u4e00" <= text[e] <= "\u9fff") or text[e] in _NAME_FOLLOWERS:
        return None
    if text[s - 1:s] == "比" and text[e] in "大小多少早晚高低强弱":  # 杨叔子比张耀明大10岁: a comparison, no 张耀明大
        return None
    if _is_word(text[e:e + 2]) or _is_word(text[e:e + 3]):
        return None  # 王伟长期…, 王伟围绕…
    return text[s:e + 1]


def _modifies_noun(text: str, end: int) -> bool:
    """Whether a noun of two or more characters starts right at `end` (结构 before 陶瓷 in 结构陶瓷)."""
    _, freq, tags = _jieba()
    return any(freq.get(text[end:end + n], 0) > 0 and tags.get(text[end:end + n], "").startswith(("n", "vn"))
               and not tags.get(text[end:end + n], "").startswith("nr") for n in (2, 3, 4) if end + n <= len(text))


def _inside_word(start: int, end: int, toks: list[tuple[int, int, str]]) -> bool:
    """Whether text[start:end] (a short name of an organisation) lies inside a longer everyday jieba word (成电 in
    集成电路) or straddles one (中大 in 其中/大动脉炎), not a word jieba knows as an organisation, place or abbreviation."""
    _, freq, tags = _jieba()
    return any((ts <= start and end <= te and te - ts > end - start or ts < start < te or ts < end < te
                or ts == start and te == end and tags.get(w, "") in ("a", "ad", "d"))  # 重大 is "major"
               and (freq.get(w, 0) > 20 or len(w) >= 4 and freq.get(w, 0) > 0)  # 重大贡献, a rarer long word
               and not tags.get(w, "").startswith(("nt", "ns", "j")) for ts, te, w in toks)


def _masked_tokens(masked: str) -> list[tuple[int, int, str]]:
    """jieba's words of the parts of the sentence not yet read, with spans in the sentence."""
    out = []
    for m in re.finditer(rf"[^{_MASK}]+", masked):
        if any("\u4e00" <= c <= "\u9fff" for c in m.group()):
            out += [(m.start() + a, m.start() + b, w) for a, b, w in tokens(m.group())]
    return out


# A year right before an award or honour, through the verb that confers it: 2018年获…, 2015年当选…, 2002年入选…
_YEAR_BEFORE = re.compile(r"((?:19|20)\d\d)\s*年?度?\s*(?:[,，]?\s*(?:[他她其]|该(?:教授|专家|院士|研究员|学者)|[\u4e00-\u9fff]{2,3}(?:教授|院士|研究员))?"
                          r"\s*(?:又|还|再|先后|曾|并|也|被|即|就|同时|均|都|相继)?(?:获得?了?|受聘为?|聘为|荣获|获评为?|获颁|"
                          r"荣膺|被授予|授予|摘得|斩获|赢得|入选为?|当选为?|增选为?|被评为|评为|被选为|选为|成为|享受|享有|的)?的?)?\s*$")


def _with_year(text: str, s: int, e: int, award: AwardText, raw: str = "") -> AwardText:
    """The award with the year stated next to it: "2018年获…", "2018年度…", "…（2018年）"."""
    before = text[max(0, s - 14): s]
    m = _YEAR_BEFORE.search(before)
    if m is None and raw:
        m = re.search(r"((?:19|20)\d\d)", raw)
    if m is None:
        m = re.match(r"\s*[（(]\s*((?:19|20)\d\d)\s*年?度?\s*(?:当选|入选|增选|获得?|获评)?\s*[)）]", text[e: e + 14])
    return AwardText(award.base, award.grade, int(m.group(1)) if m else award.year)


def _stated_year(text: str, s: int, e: int) -> int | None:
    """The year an answer gives for the honour at text[s:e] ("2015年当选…院士", "…院士（2015年）",
    "…院士于2015年当选"), if any."""
    year = _with_year(text, s, e, AwardText("")).year
    after = re.match(r"\s*(?:于|在|是)?\s*((?:19|20)\d\d)\s*年?\s*(?:被)?(?:当选|入选|增选)", text[e:e + 16])
    return year if year or not after else int(after.group(1))


def _honour(text: str, s: int, e: int, words: str, mode: str, required: tuple[str, ...]) -> Found:
    """An honour claim: what the expert's title or awards must contain, and the year stated with it."""
    return Found("honour", s, e, words, (), (mode, required, _stated_year(text, s, e)))


_ITS_YEAR = r"(?:\s*[（(]\s*(?:19|20)\d\d\s*年?度?\s*[）)])?"  # 一等奖（1988年）、二等奖（2012年）
_ITS_COUNT = r"\s*(?:[（(]?\s*(?:\d+|[一二两三四五六七八九十]+)\s*[项次]\s*[）)]?\s*)?"  # 一等奖1项、二等奖2项


def _award_end(found: list[Found], s: int) -> int:
    """Where the last award found before position `s` ends (`s` when none)."""
    return max((f.end for f in found if f.kind == "award" and f.end <= s), default=s)


def _award_before(found: list[Found], text: str, s: int) -> AwardText | None:
    """The award a bare grade continues: the one just before it, joined by 和/及/与/、 ("一等奖和二等奖")."""
    for f in found:
        if f.kind == "award" and isinstance(f.value, AwardText) and f.end <= s and \
                re.fullmatch(rf"{_ITS_YEAR}{_ITS_COUNT}(?:和|及|与|、|以及|或|,|，|的)\s*(?:[一二三四特]等奖{_ITS_YEAR}{_ITS_COUNT}(?:和|及|与|、|以及|或|,|，)\s*)*"
                             r"(?:(?:19|20)\d\d\s*年?度?\s*(?:又|再|还)?(?:获得?了?|荣获)?\s*)?", text[f.end:s]) \
                or _GRADES_IN_BRACKETS.fullmatch(text[f.end:s]):
            return f.value
    return None


# "国家技术发明奖（2004年一等奖、2016年二等奖）": the grades in brackets after an award are that award's
_GRADES_IN_BRACKETS = re.compile(r"\s*[（(]\s*(?:(?:19|20)\d\d\s*年?度?\s*)?(?:[一二三四特]等奖\s*(?:[、,，和及与；;]|以及)\s*"
                                 r"(?:(?:19|20)\d\d\s*年?度?\s*)?)*")


def _lonely_grade(found: list[Found], s: int) -> bool:
    """A bare "二等奖" right after an award already found is that award's grade, not a new award."""
    return any(f.kind == "award" and f.end == s for f in found)


def _honours(text: str, chars: list[str], found: list[Found], lex: Lexicon) -> None:
    masked = "".join(chars)
    for m in _ACADEMICIAN.finditer(masked):
        prefix = _ACADEMY_JUNK.sub("", m.group(1) or "")
        if not m.group(2) and re.search(r"(?:上述|以上|前述|这些|这几位|几位|诸位|各位|这位|那位|该|此)$", m.group(1) or ""):
            _mask(chars, m.end() - 2, m.end())  # 上述院士, 这几位院士: the experts named, no honour of a name
            continue
        if _MASK in prefix:
            prefix = prefix.rsplit(_MASK, 1)[-1]
        s = m.end() - len(prefix) - len(m.group(2) or "") - 2
        sur = prefix[-2:] if prefix[-2:] in A.COMPOUND_SURNAMES else prefix[-1:]
        owners = tuple(i for i, e in enumerate(lex.experts) if sur and e.name.startswith(sur))
        if owners and not m.group(2) and (len(sur) == 1 or surname(sur) == sur) and (
                len(prefix) == len(sur) or not _is_cjk(prefix[-len(sur) - 1]) or prefix[-len(sur) - 1] in _BEFORE_SEAT):
            # "万院士", "欧阳院士": a retrieved expert called by surname and seat, not an honour of that name
            at = m.end() - 2 - len(sur)
            found.append(Found("anchor", at, at + len(sur), sur, owners, "surname"))
            found.append(_honour(text, at + len(sur), m.end(), "院士", "all", A.ACADEMY_PREFIXES[""]))
            _mask(chars, at, m.end())
            continue
        for key in sorted(A.ACADEMY_PREFIXES, key=len, reverse=True):
            # "发展中国家科学院院士", "美国国家工程院院士": another academy, not the Chinese one its name ends with
            other = key in ("科学院", "工程院") and prefix[:-len(key)] not in ("", "中国")
            if prefix.endswith(key) and not other and (key or not prefix or prefix in ("国家", "中国")):
                required = A.ACADEMY_PREFIXES[key]
                break
        else:
            required = (prefix + (m.group(2) or "") + "院士",)
        if m.group(2):
            required = (prefix + m.group(2) + "院士",)
        found.append(_honour(text, s, m.end(), text[s:m.end()], "all", required))
        _mask(chars, s, m.end())
    masked = "".join(chars)
    for m in _HONOUR_RE.finditer(masked):
        found.append(_honour(text, m.start(), m.end(), m.group(), "any", _HONOUR_REQ[m.group()]))
        _mask(chars, m.start(), m.end())
    masked = "".join(chars)
    for m in re.finditer(r"((?:[A-Z][A-Za-z&]*\s*){0,3})(Fellow|FELLOW|fellow|会士)", masked):
        society = m.group(1).strip()
        if m.group(2) == "会士" and not society:
            pre = re.search(rf"([A-Za-z{_CJK}]{{2,10}})$", masked[:m.start()])
            society = pre.group(1) if pre else ""
        found.append(_honour(text, m.start(), m.end(), m.group().strip(), "all",
                             (f"{society} Fellow".strip() if society else "Fellow",)))
        _mask(chars, m.start(), m.end())
    masked = "".join(chars)
    for m in re.finditer(rf"([{_CJK}A-Za-z]{{2,20}}?)(?:奖)?(?:得主|获得者|获奖者)", masked):  # 何梁何利基金得主
        core = _AWARD_JUNK.sub("", m.group(1))
        if len(core) >= 2 and _MASK not in core:
            s = m.start(1) + len(m.group(1)) - len(core)
            found.append(_honour(text, s, m.end(), core, "all", (core,)))
            _mask(chars, s, m.end())
    # Latin-script fellowships by acronym: FRS, FRSC, FREng, FIEEE
    masked = "".join(chars)
    for m in re.finditer(r"(?<![A-Za-z])(F(?:RS|RSC|REng|RSE|IEEE|ASME|AAAS|TWAS|NAI|IET|IChemE|AIChE))(?![A-Za-z])", masked):
        found.append(_honour(text, m.start(), m.end(), m.group(), "all", (m.group(),)))
        _mask(chars, m.start(), m.end())
    # an honour the table does not know: "入选X人才计划", "X学者"
    masked = "".join(chars)
    for m in re.finditer(rf"[{_CJK}]{{2,12}}?(?:人才计划|人才工程|学者|津贴|名师|领军人才|拔尖人才|计划入选者)", masked):
        core = _AWARD_JUNK.sub("", m.group())
        core = re.sub(r"^(?:入选|享受|获|获得|被评为|评为|当选)+", "", core)
        if len(core) >= 3 and core not in ("青年学者", "知名学者", "著名学者", "学者"):
            s = m.end() - len(core)
            found.append(_honour(text, s, m.end(), core, "all", (core,)))
            _mask(chars, s, m.end())


def _subunit_end(text: str, end: int) -> int | None:
    """Where a sub-unit written right after an organisation ends (医学部, 心内科, 电机系), or None: one in brackets
    ("（清华大学电机工程与应用电子技术系）") always counts, others unless they read as ordinary words (研究员, 工作)."""
    sub = _SUBUNIT.match(text, end)
    if sub and (text[sub.end():sub.end() + 1] in ")）" or not _SUBUNIT_NOT.search(sub.group())):
        return sub.end()
    return None


# the problem's words before an organisation of the enterprise's own: 我们医院想建设…中心, 本厂…车间 (not 我们想找…大学的专家)
_OWN_BEFORE = re.compile(r"(?:建设|筹建|新建|组建|成立|打造|我院|本院|我厂|本厂|我司|本公司|我们医院|我们公司|我们的|我们厂)"
                         r"[^，,。；;找要请推荐来自]{0,8}$")


def _users_own(core: str, given: str) -> bool:
    """Whether an organisation read in an answer (its last four characters or more) is one the problem calls the
    enterprise's own or being built by it."""
    for i in range(max(0, len(core) - 3)):
        at = given.find(core[i:]) if given else -1
        if at >= 0:
            return bool(_OWN_BEFORE.search(given, max(0, at - 12), at))
    return False


def _organisations(text: str, chars: list[str], found: list[Found], toks, lex: Lexicon) -> None:
    for m in _YOUR_ORG.finditer("".join(chars)):  # 贵公司, 贵风电场: the enterprise asking, no claim about anyone
        _mask(chars, m.start(), m.end())
    masked = "".join(chars)
    for m in _CAS_INSTITUTE.finditer(masked):
        found.append(Found("institution", m.start(), m.end(), m.group(), (), canonical_org(m.group())))
        _mask(chars, m.start(), m.end())
    masked = "".join(chars)
    for m in _SUFFIX.finditer(masked):
        core = _org_core(m.start(), m.end(), masked, toks)
        core = _GENERIC_ORG_WORDS.sub("", core)
        if _MASK in core or core in _GENERIC_ORGS or len(core) < 3:
            continue
        s, end = m.end() - len(core), m.end()
        if _users_own(core, lex.given_text):  # 指导微创手术中心的建设 when the hospital asking builds that centre
            _mask(chars, s, end)
            continue
        sub_end = _subunit_end(text, end)  # "沈阳军区总医院心内科": a part of the organisation is not the organisation
        if sub_end and _MASK not in masked[end:sub_end]:
            core, end = text[s:sub_end], sub_end
        found.append(Found("institution", s, end, core, (), canonical_org(core)))
        _mask(chars, s, end)
    masked = "".join(chars)
    for m in _NUMBERED_ORG.finditer(masked):
        if masked[max(0, m.start() - 2):m.start()] in (_MASK + "（", _MASK + "(") and masked[m.end():m.end() + 1] in "）)":
            _mask(chars, m.start(), m.end())  # "中国运载火箭技术研究院（航天一院）": the name just given, in another form
            continue
        found.append(Found("institution", m.start(), m.end(), m.group(), (), canonical_org(m.group())))
        _mask(chars, m.start(), m.end())
    masked = "".join(chars)
    tags = _jieba()[2]
    for m in _SHORT_ORG.finditer(masked):  # 中国电科十四所, 中建三局: a word that ends in 所/局
        # a word ending in 所/局 (化学所, 中建三局), or 所 alone after a number (十四所) or a place and a noun
        # (宁波/材料/所: jieba splits it so)
        word = [w for i, (ts, te, w) in enumerate(toks) if te == m.end() and w[-1] in "所局" and (
            ts < m.end() - 1 or i and _ORG_NUMBER.fullmatch(toks[i - 1][2])
            or w == "所" and i >= 2 and tags.get(toks[i - 2][2]) == "ns" and len(toks[i - 1][2]) >= 2
            and tags.get(toks[i - 1][2], "n").startswith("n")
            or w == "局" and i >= 2 and len(toks[i - 2][2]) == 2 and toks[i - 2][2][0] == "中")]  # 中铁隧道局, 中交一航局
        core = _GENERIC_ORG_WORDS.sub("", _org_core(m.start(), m.end(), masked, toks, True)) if word else ""
        if len(core) >= 3 and _MASK not in core and core not in _GENERIC_ORGS and \
                not core.endswith(("研究所", "派出所", "事务所", "招待所", "当局", "全局", "大局", "格局", "布局", "结局",
                                   "开局", "僵局", "变局", "定局", "场所", "住所", "厕所")):  # 偏重全局: no bureau
            s = m.end() - len(core)
            found.append(Found("institution", s, m.end(), core, (), canonical_org(core)))
            _mask(chars, s, m.end())
    masked = "".join(chars)
    if lex.topics:  # the experts' directions and fields, before short names that hide in them (集成电路)
        for m in _occurrences(lex.topics, masked):
            if _USERS_SIDE.search(text, _clause_start(text, m.start()), m.start()):
                continue  # "可以帮助贵企业通过过程控制优化清洁生产": the enterprise's aim, not the expert's direction
            if len(m.group()) <= 2 and (_inside_word(m.start(), m.end(), toks) or _modifies_noun(text, m.end())):
                continue  # a direction 结构 in 结构陶瓷: the modifier of another topic
            kind, owners, value = lex.kinds[m.group()]
            found.append(Found(kind, m.start(), m.end(), m.group(), owners, value))
            _mask(chars, m.start(), m.end())
        masked = "".join(chars)
    for m in _ORG_WORD_RE.finditer(masked):
        if _inside_word(m.start(), m.end(), toks):
            continue  # 成电 in 集成电路
        found.append(Found("institution", m.start(), m.end(), m.group(), (), canonical_org(m.group())))
        _mask(chars, m.start(), m.end())
    masked = "".join(chars)
    _, freq, tags = _jieba()
    for s, e, w in toks:
        if tags.get(w) == "nt" and _MASK not in masked[s:e] and w not in _GENERIC_ORGS and len(w) >= 2 and \
                w[-1] in _ORG_LAST and (w[-1] != "行" or w.endswith(("银行", "分行", "支行"))):  # not 列车运行 (nt)
            found.append(Found("institution", s, e, w, (), canonical_org(w)))
            _mask(chars, s, e)
    masked = "".join(chars)
    for m in LATIN_ORG.finditer(masked):
        if _LEGAL_FORM.fullmatch(m.group().strip()) and masked[max(0, m.start() - 3):m.start()].rstrip(" ").endswith(","):
            _mask(chars, m.start(), m.end())  # the ", Ltd." of "NARI-Relays Electric Co., Ltd.": the name read before
            continue
        last = found[-1] if found else None
        if last is not None and last.kind == "institution" and re.fullmatch(r",\s*", text[last.end:m.start()]) \
                and re.fullmatch(r"[A-Za-z][A-Za-z'&.\- ]*", last.text):  # "Crop Research Institute, Shandong Academy of
            whole = text[last.start:m.end()].strip()  # Agricultural Sciences": a unit, then its parent — one place
            found[-1] = Found("institution", last.start, m.end(), whole, (), whole)
        else:
            found.append(Found("institution", m.start(), m.end(), m.group().strip(), (), m.group().strip()))
        _mask(chars, m.start(), m.end())
    masked = "".join(chars)
    for m in _LATIN_EMPLOYER.finditer(masked):  # "曾在 Schlumberger 工作": an employer, however it is spelled
        found.append(Found("institution", m.start(1), m.end(1), m.group(1), (), m.group(1)))
        _mask(chars, m.start(1), m.end(1))
    masked = "".join(chars)
    for m in _LATIN_CAPS.finditer(masked):
        word = m.group(1)
        if _PLACED_IN.search(masked, 0, m.start()):  # "…, which the graph places in Zhejiang, Hangzhou": the province
            continue  # the record gives the institution (life_answers._placed), not Zhejiang University
        if word in A.LATIN_ORGS or word.isupper() and len(word) >= 3 and word not in A.LATIN_TERMS \
                and _AT_ORG.search(masked, 0, m.start()):  # "a professor at UCLA": an acronym where a place of work goes
            end = m.end() + (len(more.group()) if (more := _NAME_GOES_ON.match(masked, m.end())) else 0)
            found.append(Found("institution", m.start(), end, text[m.start():end], (), text[m.start():end]))
            _mask(chars, m.start(), end)  # "CRRC Zhuzhou Electric Locomotive": the words after it name the unit
    masked = "".join(chars)
    for m in _LOWER_ORG.finditer(masked):  # "teaches at tsinghua university": an organisation however it is cased
        found.append(Found("institution", m.start(), m.end(), m.group(), (), m.group()))
        _mask(chars, m.start(), m.end())


_AT_ORG = re.compile(r"\b(?:at|from|of|with|joined|joins)\s+(?:the\s+)?$")
_PLACED_IN = re.compile(r"\b(?:places?|placed)\s+in\s+$")
_NAME_GOES_ON = re.compile(r"(?:\s+[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?){1,4}(?![A-Za-z])")
_LOWER_ORG = re.compile(r"(?<![A-Za-z])(?:(?!(?:at|in|of|the|and|from|with|to|for|an?|is|was|works?|teaches|his|her|their|its|"
                        r"our|your|this|that|these|those|each|every|any|no|same|both|whose|which|besides|listed)\b)"
                        r"[a-z][a-z'\-]+\s+){1,3}"
                        r"(?:university|institute|college|academy|hospital|laboratory)\b"
                        r"|(?<![A-Za-z])(?:university|institute|college|academy) of(?:\s+[a-z][a-z'\-]+){1,4}\b")


_LATIN_EMPLOYER = re.compile(r"(?:在|于|加入|进入|入职|来自|从)\s*([A-Z][A-Za-z&.\-]*(?:\s+[A-Z][A-Za-z&.\-]*){0,4})\s*"
                             r"(?:工作|任职|就职|供职|担任|做过|从事|实习|访问)")
_ACADEMIES = {"中国科学院", "中国工程院", "中科院", "科学院", "工程院"}
_ORG_LAST = set("学院所司团心局部厂会社行委室队站馆台校")
_ORG_STOP_TAGS = ("v", "p", "c", "u", "d", "r", "m", "q", "f", "x")
_ORG_STOP_WORDS = {"来自", "毕业", "任职", "就职", "工作", "联系", "推荐", "咨询", "就读", "供职", "隶属", "现任", "担任",
                   "目前", "曾经", "以及", "位于", "我们", "贵", "您"}


def _org_core(start: int, end: int, masked: str, toks, numbered: bool = False) -> str:
    """The organisation's name in a match that may start with other words ("任职于北京理工大学" -> 北京理工大学)."""
    inside = [(s, e, w) for s, e, w in toks if start <= s and e <= end]
    if not inside or inside[-1][1] != end:
        return _JUNK_ORG_PREFIX.sub("", masked[start:end])
    tags = _jieba()[2]
    begin = inside[-1][0]
    # a laboratory is named for what it does (煤炭资源与安全开采国家重点实验室): its verbs are part of the name
    lab = masked[start:end].endswith(("实验室", "研究中心", "工程中心"))
    for s, e, w in reversed(inside[:-1]):
        tag = "n" if numbered and _ORG_NUMBER.fullmatch(w) else tags.get(w, "")
        if lab and tag == "v" and w not in _ORG_STOP_WORDS and len(w) >= 2 and not _JUNK_ORG_PREFIX.fullmatch(w):
            tag = "vn"
        if w in _ORG_STOP_WORDS or (tag.startswith(_ORG_STOP_TAGS) and tag not in ("vn", "nt", "nz")) or len(w) == 1 and not tag:
            break
        begin = s
    return masked[begin:end]


# "是北京大学的（二级/首席）教授": a title at the institution just read
_AT_INSTITUTION = re.compile(rf"是{_MASK}+的(?:[一二三四五六]级|首席|资深|特聘)?$")


def _titles(text: str, chars: list[str], found: list[Found]) -> None:
    masked = "".join(chars)
    for m in _TITLE.finditer(masked):
        s, e = m.start(), m.end()
        before = "".join(chars[:s]).rstrip()  # as read so far: a title just read is masked
        after = masked[e:e + 1]
        if re.search(r"(?:位|名|些|多|的|相关|有关|(?<![一二三四五六])级|及|与|和|、)$", before) and not before.endswith(_MASK) \
                and not re.search(rf"{_MASK}\s*(?:和|与|及|、)$", before) \
                and not _AT_INSTITUTION.search(before):
            continue
        if after and after in "级生":
            continue
        ranked = re.sub(r"[一二三四五六]级\s*$", "", masked[:s]).rstrip()  # 二级教授: a rank before the title
        adjacent = before.endswith(_MASK) or bool(_TITLE_CUE.search(masked[:s])) or bool(_AT_INSTITUTION.search(before)) or bool(
            re.search(rf"{_MASK}\s*(?:和|与|及|、)$", before)) or ranked != masked[:s].rstrip() and (
            ranked.endswith(_MASK) or bool(_TITLE_CUE.search(ranked)))
        standalone = (not before or before[-1] in ",，、:：(（ ") and (not after or after in ",，。；;)） \n")
        if adjacent or standalone:
            found.append(Found("title", s, e, m.group(), (), m.group()))
            _mask(chars, s, e)


# jieba's dictionary tags many common words as person names (nr): 康复, 卫星, 雷达, 玉米, 石英. At or above this
# dictionary frequency such a word is read as a name only when the sentence goes on about a person.
_COMMON_WORD = 50
_LABEL_WORD = 300  # a list item's first word this common before a colon is a label (荣誉 2877, 华为 373; 李强 159)
_ITEM_MARK = re.compile(r"\s*(?:\d{1,2}\s*[.、)）]|[-*•·]|[（(]\d{1,2}[)）])")  # "4. 李刚…": a list item's number
# what a clause says a person does, right after their name (张强设计了…, 刘明研究…)
_PERSON_VERBS = {"研究", "设计", "从事", "擅长", "主持", "发明", "开发", "专注", "负责", "带领", "领导", "提出", "建立",
                 "参与", "获得", "荣获", "当选", "致力", "专攻", "精通", "熟悉", "深耕", "一直", "同样", "可以", "能够",
                 "值得", "研制", "创建", "牵头", "攻克", "解决", "指导", "培养", "发表"}
_PERSON_GOES_ON = "他她是也在曾现主长从任为擅"
_ASK_FOR = ("联系", "推荐", "咨询", "请教", "邀请", "拜访", "找", "对接", "求助", "介绍")


def _verb_after_surname(word: str) -> bool:
    """"时确认" (联系时确认): a surname character and then a verb jieba knows (确认, 讨论) is "when …", no name."""
    sur = surname(word)
    return sur is not None and not _is_word(word) and _jieba()[2].get(word[len(sur):], "").startswith("v")


def _people(text: str, chars: list[str], found: list[Found], toks, lex: Lexicon) -> None:
    masked = "".join(chars)
    seen: set[tuple[int, int]] = set()

    def person(s: int, e: int, name: str, why: str = "") -> None:
        if (s, e) in seen or _MASK in masked[s:e] or name in lex.names or _is_cjk(name) and _NOT_IN_NAMES.search(name[1:]):
            return
        seen.add((s, e))
        found.append(Found("person", s, e, name, (), why))
        found.append(Found("anchor", s, e, name))
        _mask(chars, s, e)

    starts = {t[0] for t in toks}  # where jieba's words begin: a name begins at one
    # a surname (and given name) right before a title: 张伟教授, 李教授, 刘建国老师
    for m in _PERSON_BEFORE_TITLE.finditer(masked):
        cand = m.group(1)
        for size in (3, 2, 1):
            name = cand[-size:]
            if len(name) < size or not _is_cjk(name):
                continue
            sur = surname(name)
            if sur is None or (size == 1 and (name not in A.SURNAMES or name in "和与及或并跟同")):
                continue  # "教授和副教授": 和 joins two titles here, it is no surname
            if size >= 2 and _is_word(name) and not _is_person_word(name):
                continue
            s = m.start(1) + len(cand) - size
            if size >= 2 and s > 0 and _is_cjk(masked[s - 1]) and s not in starts:
                continue  # "蒸汽工程领域专家": 程 ends the word 工程, 程领域 is no name
            if size == 1:
                pre = masked[:m.start(1) + len(cand) - 1]
                if pre and "\u4e00" <= pre[-1] <= "\u9fff" and not pre.endswith(_TRIGGER):
                    continue  # "相关团队" is not a 关 of a team
                ref = [i for i, e in enumerate(lex.experts) if e.name.startswith(name)]
                if ref and (s == 0 or masked[s - 1] not in _MASK):
                    found.append(Found("anchor", s, s + 1, name, tuple(ref), "surname"))
                    break
            person(s, s + size, name)
            break
    masked = "".join(chars)
    for m in _AFTER_TRIGGER.finditer(masked):
        for size in (3, 2):
            name = m.group(1)[:size]
            if len(name) < size or surname(name) is None:
                continue
            follow = masked[m.start(1) + size: m.start(1) + size + 1]
            if follow and follow not in _NAME_END and "\u4e00" <= follow <= "\u9fff":
                continue  # the name must end here: "联系王国彬。", not "联系方式如下"
            if _is_word(name) and not _is_person_word(name) or _verb_after_surname(name):
                continue
            person(m.start(1), m.start(1) + size, name)
            break
    masked = "".join(chars)
    # a name right after a title or honour: 中国工程院院士尹泽勇, 教授张伟
    for end in sorted({f.end for f in found if f.kind in ("honour", "title") or f.kind == "award" and f.text.endswith(
            ("院士", "会员", "学者"))}):
        for size in (3, 2):
            name = masked[end:end + size]
            if len(name) < size or not _is_cjk(name) or surname(name) is None:
                continue
            follow = masked[end + size: end + size + 1]
            if follow and follow not in _NAME_END and ("\u4e00" <= follow <= "\u9fff" or follow == _MASK):
                continue  # the name must end here: not "研究员任职于□□" (任职 is no name)
            if any(_is_word(w) and not _is_person_word(w) for w in {name, name[:2]}):
                continue
            if name[0] == "曾" and name[1] in _NAME_FOLLOWERS:
                continue  # "教授曾获…", "院士曾任…": 曾 is "once" here, not a surname
            person(end, end + size, name)
            break
    masked = "".join(chars)
    m = _LIST_ITEM.match(masked)
    # "- **荣誉**：…" reads "-   荣誉  ：…" once the bold marks are spaces: the colon may come after them
    label = m and masked[m.end(1):].lstrip(" ")[:1] in (":", "：") and _jieba()[1].get(m.group(1), 0) >= _LABEL_WORD
    if m and surname(m.group(1)) and not label and not (_is_word(m.group(1)) and not _is_person_word(m.group(1))):
        person(m.start(1), m.end(1), m.group(1))  # "- 王伟：北京大学", not "- 荣誉：…" (jieba tags 荣誉 nr)
    masked = "".join(chars)
    # jieba: dictionary person names, and unknown words that look like names in a name's context
    for i, (s, e, w) in enumerate(toks):
        if not (2 <= len(w) <= 4 and _is_cjk(w)) or _MASK in masked[s:e] or w in lex.names:
            continue
        sur = surname(w)
        if sur is None:
            continue
        tag = _jieba()[2].get(w, "")
        unknown = not _is_word(w)
        if not (tag.startswith("nr") or unknown) or w[-1] in "性率":
            continue  # 舒适性, 效率: a property noun (jieba tags 舒适性 nr), never a given name's last character here
        before = masked[:s].rstrip()
        after = masked[e:e + 2]
        context = (before.endswith(_TRIGGER) or not before or before[-1] in ",，、:：;；(（ 。"
                   or bool(_ITEM_MARK.fullmatch(before))) and (
            not after or after[0] in ",，、。；;:：)）和与及等 " or after[:1] in "他她是也在曾现主长从任为擅的"
            or after in _PERSON_VERBS)  # "张强设计了多套模具": a name at the start of a clause, then what they do
        if (sur in A.AMBIGUOUS_SURNAMES or len(w) == 4 or (unknown and not tag)) and not context:
            continue
        if not unknown and _jieba()[1].get(w, 0) >= _COMMON_WORD and not (
                before.endswith(_ASK_FOR) or after[:1] in _PERSON_GOES_ON
                or before.endswith(("、", "和", "与", "及")) and before[:-1].endswith(_MASK)
                and any(f.kind == "person" and f.end == len(before) - 1 for f in found)):  # 王伟和李强, not
            continue  # 森林培育和林木: jieba tags common words such as 康复, 卫星, 雷达, 林木 nr: a name only when a
            # person is spoken of
        if len(w) == 4 and len(sur) == 1:
            continue
        if unknown and _verb_after_surname(w):
            continue
        person(s, e, w)
    masked = "".join(chars)
    # Latin script: "Prof. Zhang Wei", "Dr. Li", "Zhang Wei", "Wei Zhang"; a retrieved expert's pinyin is theirs
    def latin(s: int, e: int, name: str) -> None:
        owners = latin_owners(name, lex)
        if owners:
            found.append(Found("anchor", s, e, name, owners))
            found.append(Found("person", s, e, name, owners))
            _mask(chars, s, e)
        else:
            person(s, e, name)

    for m in _LATIN_PERSON.finditer(masked):
        name = re.sub(r"['’]s$", "", m.group(1).strip())  # "Prof. Zha's group": the name without the possessive
        owners = () if " " in name else latin_surname_owners(name, lex)
        if len(owners) == 1:  # "Prof. Zha", "Prof. Ouyang": the one retrieved expert of that surname
            found.append(Found("anchor", m.start(1), m.start(1) + len(name), name, owners))
            _mask(chars, m.start(1), m.start(1) + len(name))
            continue
        latin(m.start(1), m.start(1) + len(name), name)
    masked = "".join(chars)
    for m in _LATIN_NAME.finditer(masked):
        words = [w for w in m.groups() if w]
        if _PLACE_AFTER.match(masked, m.end()):
            continue  # "the Huang-Huai-Hai Plain", "the Yangtze River Delta": a place
        if _MASK not in m.group() and (any(w.lower() in A.PINYIN_SURNAMES for w in words[:1] + words[-1:])
                                       or latin_owners(m.group(), lex)) and all(
                w not in A.LATIN_ORGS and w.upper() not in A.LATIN_TERMS for w in words):
            latin(m.start(), m.end(), m.group())
    masked = "".join(chars)
    for m in _BARE_SURNAME.finditer(masked):  # "Ding works on …", "Yu's directions …": the one expert of that surname
        owners = latin_surname_owners(m.group(1), lex)
        if len(owners) == 1 and not re.search(r"[A-Z][a-z]*\s*$", masked[max(0, m.start() - 12):m.start()]):
            found.append(Found("anchor", m.start(1), m.end(1), m.group(1), owners))
            _mask(chars, m.start(1), m.end(1))
    for m in _SURNAME_PAIR.finditer("".join(chars)):  # "Li and Jia both work …": two of them, each by surname
        pair = [(g, latin_surname_owners(m.group(g), lex)) for g in (1, 2)]
        if all(len(owners) == 1 for _, owners in pair) and pair[0][1] != pair[1][1]:
            for g, owners in pair:
                found.append(Found("anchor", m.start(g), m.end(g), m.group(g), owners))
                _mask(chars, m.start(g), m.end(g))
    masked = "".join(chars)
    for m in FOREIGN_SCRIPT.finditer(masked):
        person(m.start(), m.end(), m.group())


# a pinyin surname alone as the subject of a sentence: "Ding works on …", "Yu's directions are …"
_BARE_SURNAME = re.compile(r"\b(?!(?:He|She)\b)([A-Z][a-z]{1,6})(?:['’]s\b|\s+(?=(?:works?|worked|holds?|held|received|won|was|is|has|had|"
                           r"leads?|led|heads?|also|studies|specialises|specializes|focuses|could|can|would|may|might)\b)|"
                           # the same verbs as the English rewrite leaves them: "Chen received …" → "Chen 获…"
                           r"\s*(?=(?:19|20)\d\d年|获|当选|最早当选|最晚当选|于(?:19|20)))")


_SURNAME_PAIR = re.compile(r"\b(?!(?:He|She|The|This|That|Both)\b)([A-Z][a-z]{1,6})\s+and\s+(?!(?:He|She|The)\b)([A-Z][a-z]{1,6})\s+"
                           r"(?=(?:both|each|are|were|have|had|also|work|share|shared)\b|两位|三位|都|均)")


def latin_owners(name: str, lex: Lexicon) -> tuple[int, ...]:
    """The retrieved experts whose name in pinyin is `name` (Wang Wei, Wei Wang, WANG Wei; not a surname alone)."""
    if lex.latin is None:
        lex.latin = {}
        for i, e in enumerate(lex.experts):
            for form in name_spellings(e.name):  # the whole name: "Dr. Wu" alone could be anyone
                lex.latin[form] = tuple(sorted(set(lex.latin.get(form, ())) | {i}))
    key = re.sub(r"[^a-z]", "", name.lower())
    return lex.latin.get(key, ())


def latin_surname_owners(surname: str, lex: Lexicon) -> tuple[int, ...]:
    """The retrieved experts whose pinyin surname is `surname` (Zha for 查全性, Ouyang for 欧阳明高)."""
    key = re.sub(r"[^a-z]", "", surname.lower())
    return tuple(i for i, e in enumerate(lex.experts) if key and len(e.name) >= 2
                 and key in name_spellings(e.name[:2] if e.name[:2] in A.COMPOUND_SURNAMES else e.name[:1]))


def _is_word(w: str) -> bool:
    return _jieba()[1].get(w, 0) > 0


def _is_person_word(w: str) -> bool:
    return _jieba()[2].get(w, "").startswith("nr")


_DESCRIBED = re.compile(r"的(?:那|这)(?:一)?[位名](专家|院士|教授|研究员|学者|工程师)?")
_ONLY = re.compile(r"唯一(?:的|一位|的一位|一名|的一名)(两院院士|院士|教授|研究员|教授级高级工程师|高级工程师|工程师)")


def _descriptions(text: str, chars: list[str], found: list[Found]) -> None:
    """Experts named by what they are: "来自X的那位专家", "研究Y的那位院士" (the facts before 的 pick the expert),
    "三人中唯一的教授" (the one expert with that title)."""
    masked = "".join(chars)
    for m in _DESCRIBED.finditer(masked):
        cut = max((masked.rfind(c, 0, m.start()) for c in ",，;；:：。"), default=-1)
        if m.start() - cut < 3:
            continue
        found.append(Found("anchor", m.start() + 1, m.end(), m.group()[1:], (), ("described", cut + 1, m.group(1))))
        _mask(chars, m.start() + 1, m.end())
    for m in _ONLY.finditer(text):  # on the text: 院士 may already be read as an honour (it is checked on its own)
        if _MASK not in "".join(chars[m.start():m.start(1)]):
            found.append(Found("anchor", m.start(), m.end(), m.group(), (), ("only", m.group(1))))
            _mask(chars, m.start(), m.end())


def _references(text: str, chars: list[str], found: list[Found]) -> None:
    _descriptions(text, chars, found)
    masked = "".join(chars)
    for m in _ORDINAL.finditer(masked):
        if m.group(1):
            n = m.group(1)
            index = int(n) if n.isdigit() else "一二三四五六七八九十".index(n[-1]) + 1 if len(n) == 1 else 10
            found.append(Found("anchor", m.start(), m.end(), m.group(), (), ("ordinal", index)))
        elif m.group(2):
            found.append(Found("anchor", m.start(), m.end(), m.group(), (), ("ordinal", "前" if m.group(2) == "前" else "后")))
        elif m.group(4):
            found.append(Found("anchor", m.start(), m.end(), m.group(), (), ("ordinal", _EN_ORDINAL[m.group(4).lower()])))
        elif m.group(5):
            found.append(Found("anchor", m.start(), m.end(), m.group(), (), ("ordinal", "前" if m.group(5) == "former" else "后")))
        else:
            found.append(Found("anchor", m.start(), m.end(), m.group(), (), ("retrieved", int(m.group(3)))))
        _mask(chars, m.start(), m.end())
    masked = "".join(chars)
    for m in _COUNT.finditer(masked):  # "以上三位专家", "两位都": how many experts the sentence speaks of
        n = m.group(2)
        count = int(n) if n.isdigit() else _CN_NUMBER[n]
        part = bool(re.search(r"(?:有|其中|之中|中)\s*$", masked[:m.start()])  # "三位中有两位": a part, not the group
                    or re.search(r"[、，,；;]\s*(?:另)?$", masked[:m.start()])  # "其中两位是X、一位是Y": the next part
                    and any(f.kind == "anchor" and isinstance(f.value, tuple) and f.value[0] == "plural" and f.value[2]
                            for f in found))
        qual = _QUALIFIER.match(text, m.end() - 2 if text[m.end() - 2:m.end()] in ("院士", "教授") else m.end())
        qual = qual.group(1) if qual else ("研究员" if m.group().endswith("研究员") else "")
        found.append(Found("anchor", m.start(), m.end(), m.group(), (),
                           ("plural", count, part, m.group(1) or "", qual)))
        _mask(chars, m.start(), m.end())
    masked = "".join(chars)
    for m in _PLURAL.finditer(masked):
        count = _CN_NUMBER.get(m.group()[0]) if m.group().endswith("人") else None  # 三人分别…: three of them
        found.append(Found("anchor", m.start(), m.end(), m.group(), (), ("plural", count, False, "")))
        _mask(chars, m.start(), m.end())
    masked = "".join(chars)
    for m in _PRONOUN_EN.finditer(masked):
        found.append(Found("anchor", m.start(), m.end(), m.group(), (), ("pronoun",)))
        _mask(chars, m.start(), m.end())
    masked = "".join(chars)
    for m in _PRONOUN_RE.finditer(masked):
        s, e, p = m.start(), m.end(), m.group()
        nxt, prev = masked[e:e + 1], masked[s - 1:s] if s else ""
        if len(p) == 1 and (nxt and nxt in "他中余次实" or prev and prev in "其尤极与及"):
            continue  # 其他, 其中, 尤其, 极其
        found.append(Found("anchor", s, e, p, (), ("pronoun",)))
        _mask(chars, s, e)


# An opening clause about the person named after it: a time, a role or a means ("在担任所长期间，", "作为…，", "凭借其…，")
# "…的研究员陈波", "…颇有心得的廖金雯": the clause before the name describes its person
_MODIFIER_END = re.compile(rf"的\s*(?:{'|'.join(sorted(set(A.TITLES) | set(A.HONORIFICS), key=len, reverse=True))})?$")
_HONOUR_WORD = re.compile(r"人才|学者|津贴|名师|入选|奖|院士")
_MISREAD = re.compile(rf"{_HONOUR_WORD.pattern}|[所局]|" + "|".join(A.ORG_SUFFIXES))
_FUNDED = re.compile(r"(?P<programme>国家(?:自然|社会)科学基金)(?:重点|重大|面上|青年|一般)?项目"
                    r"(?P<title>《(?:[^《》]|《[^《》]*》){1,80}》)")  # a title may quote a book: 《《劳动合同法》…研究》
_BIRTH_ORDER_LEAD = re.compile(r"按简介中写的出生日期")  # generation/biography.py birth_order's lead
_PROBLEM_WORDS = re.compile(r"问题(?:里|中)(?:的关键词|词语的一部分)[：:]([^；;。！？\n]*)|"
                            # the same reason in English (grounded_en._REASONS): "holds (only these) words of your problem:
                            # 「焊接」" — read as 林尚扬's direction on 蔡其巩's card (rt50)
                            r"(?i:\b(?:words\s+of|Chinese\s+terms\s+for)\s+your\s+problem:\s*)(「[^」\n]*」|“[^”\n]*”)")  # (normalised: “”)
_NOT_IN_RECORD = re.compile(r"(?:资料|卡片|专家资料|知识图谱|图谱|记录)(?:[（(][^）)]{0,40}[）)])?(?:中|里|上)?"
                            r"(?:[\u4e00-\u9fff]{1,4}?(?:院士|教授|研究员)|他|她|其)?"
                            r"(?:除[^，。；;]{1,12}?外)?(?:并|均|都|也)?(?:没有|未|没|并未|尚未)"
                            r"(?:任何|哪位|一位)?(?:专家|院士|人)?(?:直接|明确|具体|特别|专门)?(?:专门从事|专门研究|从事|"
                            r"列出|注明|提及|提到|出现|"  # (资料（研究方向、…和简介）里都没有出现「图灵奖」这个词: the
                            # asked word unwritten, no award of his — the sentence was dropped, rt116)
                            r"记录|写明|给出|说明|显示|列有|包含|载明|标明"
                            # "卡片上没有粮食储藏方面的内容": what the record holds no content on
                            r"|[^，,。；;！？!?\n)）]{1,24}?(?:方面|相关)?的?(?:内容|信息|记录|介绍|描述)(?=[，,。；;！？!?\n)）]|$))"
                            r"[^，,。；;！？!?\n)）]*")  # （资料未列出单位）ends at its bracket
# a clause of a sentence about the record that goes on with what it does not give: "…，没有写明所属医院或大学"
_RECORD_WORD = re.compile(r"资料|卡片|知识图谱|图谱|记录")
_NOT_IN_RECORD_CLAUSE = re.compile(r"(?:(?<=[，,；;])|^)\s*(?:但|并|也|却|而|且|均|都)?(?:没有|未|并未|尚未)(?:直接|明确|具体|专门)?"
                                   r"(?:列出|注明|提及|提到|写明|给出|说明|载明|标明|列有)[^，,。；;！？!?\n)）]*")
_AWARD_TALLY = re.compile(r"(?:列出|列有|记录|记载|所列)的(?:奖项|奖励|荣誉|奖)(?:数量|数目|数)?|(?:奖项|获奖)(?:数量|数目|数)|"
                          r"(?<=[多少共获有])\s*[一二两三四五六七八九十\d]{1,3}\s*(?:项|个)(?:国家级|省部级)?(?:科技)?(?:奖项|奖励|奖)")
_RELATES = re.compile(r"与([^，,。；;、与和]{2,20}?)(?:在[^，,。；;]{1,6}上)?(?:最|较|更|很|非常|十分)?(?:为)?(?:直接|密切|紧密)?"
                      r"(?:相关|有关|对口|契合|吻合|有联系|有一定联系|联系密切)")
# …不是您提到的中国工程院院士 / "not the CAE you mention": the user's words, denied
_DENIED_USER_WORDS = re.compile(r"(?:不是|并非|而非|并不是|而不是)(?:您|你)(?:所|刚才|刚刚)?(?:提到|问到|说|问|提|讲)的"
                                r"(?P<words>[^，,。；;！？!?\n]+)")
# "您问到的奖项", "你提到的国家最高科学技术奖": the user's words are referred to; what follows is the award, if any
_ASKED_BY_USER = re.compile(r".*(?:您|你)(?:所|刚才|刚刚)?(?:问到|提到|问|说|提)的?")
_PREPOSED = re.compile(r"^\s*(?:[-*•·+]\s*|\d{1,2}\s*[.、)）]\s*)?(?:师从|受教于|在担任|担任|在任|在[^，。；,;]{1,30}?(?:期间|之后|以后|以来|之际|时)[，,]|自[^，。；,;]{1,30}?(?:以来|起|后)[，,]|"
                       r"作为|身为|凭借|依托|借助|依靠|基于其|继[^，。；,;]{1,24}?(?:之后|后)|早年|此前|"
                       r"(?:与|和|同|跟|联合)[^，。；,;]{1,24}?(?:一起|一道|共同|合作)|"
                       r"(?i:together with|along with|alongside|in (?:close )?collaboration with|jointly with|as (?:a|an|the)\b))")
# a direction named in quotes after its label, as the reasons write them: 研究方向「X」与问题直接相关, 领域“X”
# (not the problem's discipline the discipline model reads: 问题所属学科「X」与专家学科相符)
_DIRECTION_QUOTED = re.compile(r"(?<!问题所属)(?:研究方向|主要方向|研究领域|专业方向|方向|领域|学科|专长)\s*[「“『\"]([^」”』\"。；;\n]{2,30})[」”』\"]")
# "资料中张玉卓院士明确列出了煤气化方向": a topic the card is said to list, whoever it is said of
_DIRECTION_CARD = re.compile(r"(?:资料|卡片|简介)(?:中|里|上)(?:(?!没|未|无|不)[^，,。；;]){0,10}?(?:明确|确实|还|也|专门)*(?:列出了?|列有|写明了?|写有|"
                             r"提到了?)\s*([^。；;!?！？\n,，]{2,24}?)(?:等)?(?:方向|领域|研究)")
# "李院士还有油气田开发地质、油气藏和剩余油精细描述方向": more directions said to be the person's (not 方向的专家)
_DIRECTION_HAS = re.compile(r"(?:还|也|另|另外|同时|此外)(?:具)?有\s*([^。；;!?！？\n,，]{2,40}?)(?:等|这些|这几个|几个|[两三四五六]个)?"
                            r"(?:研究|专业)?方向(?!的)")
_DIRECTION_PATTERNS = (_DIRECTION_CARD, _DIRECTION_HAS, _DIRECTION_LIST, _DIRECTION_VERB, _DIRECTION_WORK, _DIRECTION_AREA, _DIRECTION_EXPERT,
                       _DIRECTION_MEANS, _DIRECTION_PROFESSION, _DIRECTION_BELONGS, _DIRECTION_SAME, _DIRECTION_QUOTED)
# what the words before a name say the expert works on: "主攻超临界二氧化碳染色的周翔院士", "以殷瓦钢焊接见长的关桥院士",
# "船舶结构力学方向的沈闻孙院士" (从事X研究的 is read by the other patterns)
_DIRECTION_MODIFIER = re.compile(
    rf"(?:主攻|专攻|擅长|精通|熟悉|专注于?|聚焦于?|深耕|专长于?|致力于|(?:主要|长期|一直)研究|(?<![从的])研究|(?:专门|主要|长期|一直)?从事)\s*"
    rf"([^。；;!?！？\n,，的{_MASK}]{{2,30}}?)(?:方面|领域)?(?:多年|数十年|几十年)?的\s*(?=[{_MASK}]|院士|教授|专家)"
    rf"|以\s*([^。；;!?！？\n,，的{_MASK}]{{2,30}}?)(?:见长|著称|闻名)的\s*(?=[{_MASK}]|院士|教授|专家)"
    rf"|(?:^|[，,。；;\s])([^。；;!?！？\n,，的{_MASK}]{{2,20}}?)方向的\s*(?=[{_MASK}]{{2}})")
_ON_MASKED = (_DIRECTION_OWN, _DIRECTION_BARE, _DIRECTION_MODIFIER)  # patterns that read names already masked
_LABEL_BEFORE_WEI = ("方向", "领域", "专业", "学科", "专长", "重点", "兴趣", "内容", "主题", "范围", "课题", "职称", "单位",
                     "特长", "主攻")
# "与华为合作…", "为中国电科十四所研制…", "参与了港珠澳大桥的设计": a partner or project the record must hold.
_PARTNERSHIPS = (
    re.compile(r"(?:与|和|同|跟|联合|携手)\s*([^，。；,;与和同跟都均]{2,20}?)\s*(?:合作|联合|共同|一起|携手|联手|共建|合建|签约|签署)"),
    # not the 为 of a label ("研究方向为注塑模具设计": the direction, not a client it designed for)
    re.compile(r"(?<![以作认成])" + "".join(f"(?<!{w})" for w in _LABEL_BEFORE_WEI)
               + r"(?:为|给|替|帮助?)\s*([^，。；,;为给替帮]{2,20}?)\s*(?:研制|开发|设计|建设|完成|提供|打造|攻关|解决|研发|建立|"
               r"做过|做了|制定了?|编制了?|出具了?|拟定了?|编写了?)"),
    re.compile(r"(?:参与|主持|承担|牵头|参加|领导|完成)(?:了|过)?\s*([^，。；,;!?！？\n]{2,30})"),
    re.compile(r"是\s*([^，。；,;是]{1,10}?的(?:学生|导师|博士生|硕士生|弟子|同事|合作者|搭档|师兄|师弟|师姐|师妹))"),
    re.compile(r"((?:两人|二人|双方|他们|她们|两位|三位)(?:曾|长期|一直|多次|经常|也|还)*(?:合作|共同|联合))"),
)
_MODAL = re.compile(r"(?:可以|可|能够|能|建议|不妨|考虑|欢迎|希望|愿意|将|会|有望|可望|如需|如果|若|有助于|适合|适于|适宜)\s*[^，。；,;]{0,8}$")
_GENERIC_PARTNER = re.compile(r"^(?:相关|有关|各|该|这|此|贵|您|国内|国外|本|其|他|她|我司|我公司|我们|我厂|我院|本公司)|"
                              r"^(?:国家|社会|地方|行业|企业|公司|客户|用户|研究|工作|项目|课题|大家)$")


_TASK = re.compile(r"(?:评估|评价|设计|分析|优化|改进|决策|治理|防控|选型|改造|预测|预警|监测|诊断|规划|攻关|施工|运行)$")


def _partnerships(text: str, chars: list[str], found: list[Found], first_anchor: int, given: str = "") -> None:
    """Partners and projects claimed for the person named before them (the graph holds neither unless cited)."""
    for pattern in _PARTNERSHIPS:
        for m in pattern.finditer(text):
            s, e = m.start(1), m.end(1)
            read = "".join(chars[s:e])
            if _MASK in read.lstrip(_MASK):  # it runs into a name read before: the partner ends where that begins
                e = s + read.index(_MASK, len(read) - len(read.lstrip(_MASK)))
            words = _MODIFIER_END.sub("", text[s:e].strip(" 。.")).strip(" 的")
            if chars[m.start()] == _MASK:  # the cue is inside a name read before (the 为 of 周守为 works at …)
                continue
            if m.start() < first_anchor or _MODAL.search(text[:m.start()]) or ADVICE_START.match(text) or len(words) < 2 or \
                    UNSURE.search(text, _clause_start(text, m.start()), m.start()) or \
                    _GENERIC_PARTNER.search(words) or all(c == _MASK for c in "".join(chars[s:e]).rstrip("、，,；; ")):
                continue
            if pattern is _PARTNERSHIPS[1] and _TASK.search(words) and "的" not in words \
                    and any(words[i:i + 2] in given for i in range(len(words) - 1)):
                continue  # 为冲击地压风险评估提供依据: a task of the problem the work serves, not a client
            found.append(Found("partnership", s, e, words, (), words))
            _mask(chars, s, e)


# words that introduce a list item, not part of it: 尤其是注塑模具设计, 具体包括…, 也涉及…
_ITEM_LEAD = re.compile(r"^(?:(?:研究)?方向)?(?:尤其是|特别是|尤其|特别|具体包括|具体有|包括|也涉及|并涉及|还涉及|涉及|涵盖|覆盖|侧重于?|还有|以及|"
                        r"主要是|主要包括|例如|比如|如|重点开展|重点是|重点|开展|唯一(?:一位|一个)?(?:专门|直接)?(?:从事|研究)|长期从事|从事|还研究过|也研究过|研究过|还研究|也研究|"
                        # when and how it is said (目前从事…, 新世纪以来还致力于…, 研究聚焦…, 属于…领域): not the topic
                        r"目前|现在|近年来|近年|新世纪以来|此后|后来|还|也|又|则|正在|主要|致力于|聚焦于?|专注于?|属于|关注|正是|"
                        r"\d{2}世纪\d{2}年代(?:初|中期|末)?|[在对]|"
                        r"(?:所属|所在)?(?:学科|学部)(?:为|是))+")  # "研究方向为A，学科为B": B is the item
# a bold or plain label the item list starts after ("- **推荐理由**：条锈病防控是…"): not part of the first item
_ITEM_LABEL = re.compile(r"^[-*•\s]*(?:\*\*)?[^*：:，,。]{1,8}(?:\*\*)?\s*[:：]\s*")
# what is said of a topic after it: …方面贡献突出, …进行了系统研究, …经验丰富
_ITEM_TAIL = re.compile(r"(?:方面|领域|上)?(?:贡献突出|成绩突出|成就突出|经验丰富|进行了系统(?:的)?(?:理论)?(?:研究)?|有较深入(?:的)?研究)$")


# what follows a list and is no item of it: a negation (而非X: not his) or what his work may do (可在…提供参考)
_NOT_AN_ITEM = re.compile(r"(?:而非|而不是|而(?![且])|(?:可以|可|能|能够)从|曾(?:获|荣获|获得|当选|任|担任)|荣获|获得过|并非|并不是|不是|不包括|没有|未(?![来知])|并未|可以|可在|可为|可用于|可帮助|能够|能为|能在|"
                          r"有助于|适合|这与|与贵|对贵|为贵|帮助|但|不过|需要|建议|所以|因此|因而|"
                          # "…，在三位中与信号系统最接近": a comparison among the experts ends the list
                          r"在(?:三|两|几|这|各)(?:位|人|个))")  # not 可信计算, 未来网络: words of a topic


# a clause that says what fits the topics just listed: "…正属于这一领域", "…，这与X的需求直接对应"
_REFERS_BACK = re.compile(r"(?:正|就|也|恰好?)?属于(?:这一|这个|该|此)|正是(?:这一|这个|该)|^\s*这\s*$|"
                          r"(?:直接|正好|恰好)(?:对应|相符|吻合)")
_USERS_SIDE = re.compile(r"(?:帮助|协助|为|给|使|让|助力|支持|便于|方便)(?:贵|您|你们)")  # a clause about what the enterprise will do


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding position `at` begins (after the last comma, semicolon or full stop before it)."""
    return max(text.rfind(c, 0, at) for c in "，,。；;！？!?\n") + 1


_QUOTED_COUNT = re.compile(r"(?<=[”」』\"])\s*(?:这|这些|等)?(?:[两二三四五六七八九十几多]+\s*[个项类条种大]|等|这些|这几个)"
                           r"\s*(?:研究)?(?:方向|领域|方面)?$")


# what a clause then says of its topic: that it cannot tell (他在荒漠化治理方面的具体经验无法确认)
_UNSURE_AFTER_ZH = re.compile(rf"[^，,。；;！!？?]{{0,16}}?(?:{UNSURE_ZH})")
# a topic said to lie apart from the expert's work (与精神病学没有直接关系, 与食用菌关系较远): no item of theirs
UNRELATED = re.compile(r"[”」\"]?\s*(?:方面|方向|领域)?(?:的)?(?:关系|联系|关联)?\s*(?:较远|不大|甚远|很远|有限|不密切|"
                       r"(?:并)?(?:没有|无|不存在)(?:直接|太大|什么)?(?:的)?(?:关系|联系|关联)|(?:并不|不|不太|并非)(?:直接)?相关|无关)")


# someone else the enterprise should find, described by a topic: "寻找从事X的单位", "由熟悉X的专家补充"
_SOUGHT = re.compile(r"寻找|物色|引进|另行|另找|另外找|其他|再找|由|需要|联系|咨询|请教|找")
_OTHERS = re.compile(r"\s*(?:方向|方面|领域)?(?:研究|工作)?的?\s*(?:其他|另外的|专门|专业)?(?:科研单位|单位|机构|团队|企业|公司|专家|人员|人才|学者|"
                     r"医生|院所|研究所|高校|大学|课题组)")
# "碲镉汞 (HgCdTe) 红外探测器 is one of his listed directions": a Chinese direction named before the words for it
_CHINESE_ITEM_IS_EN = re.compile(r"(?:^|[:：;,]\s*)([\u4e00-\u9fff\u25a1][^.;:!?\n]{0,40}?)\s+(?:is|are)\s+(?:one\s+of\s+|among\s+)?"
                                 r"(?:his|her|their|\u25a1+)\s+(?:listed\s+|own\s+)?(?:directions?|research\s+areas?|fields?)\b", re.IGNORECASE)
# an English sentence that lists directions in the graph's Chinese words: "his directions in Chinese are A, B and C"
_CHINESE_ITEMS_EN = re.compile(r"\b(?:directions?|research\s+areas?|fields?|topics?|specialties|specialities)\b[^.;:!?]{0,30}?"
                               r"(?:\bas\b|\bare\b|\bincludes?\b|\bincluding\b|\bis\b|:)\s*"
                               r"((?:[\u4e00-\u9fff\u25a1][^,，、.;:!?()（）\n]{0,30}?(?:\s*(?:,|，|、|\band\b|\bor\b)\s*|(?=[.;:!?()（）\n]|$)))+)",
                               re.IGNORECASE)


# a part that states something of its own ends a list: "杂质控制正是…的核心环节之一"
_NEW_STATEMENT = re.compile(r"正是|就是|恰是|便是|本质上|^\s*(?:正好|恰好|刚好|把|将)|(?:一致|相通|相符|吻合|契合|相近|类似)$"
                            r"|^\s*对[^，。；;]{1,24}?(?:有|具有|很有|颇有|也有|都有)(?:深厚|丰富|一定|较深|较多|很深)?(?:的)?(?:积累|基础|发言权|经验|造诣|心得|了解)")


def _items(text: str, offset: int) -> list[tuple[int, int, str]]:
    """The items of a "研究方向：A、B和C等" list with their spans."""
    out, pos = [], 0
    for part in _DIRECTION_SPLIT.split(text):
        start = text.index(part, pos) if part else pos
        pos = start + len(part)
        if _NOT_AN_ITEM.match(part.strip()) or _REFERS_BACK.search(part) or UNRELATED.search(part) \
                or _NEW_STATEMENT.search(part):  # "…，而非茶树育种", "…，没有列出X", "…，杂质控制正是…的核心环节"
            break  # "…，可在X上提供参考", "…，开发长寿命润滑脂正属于这一领域": the list has ended
        part_words = _QUOTED_COUNT.sub("", part.strip())  # “A”和“B”两个方向: the quoted items, not their count
        words = _ITEM_LEAD.sub("", _ITEM_LABEL.sub("", part_words.strip(" 。.;；:：()（）\"“”'「」")))
        words = re.sub(r"(?:方面|领域|上)?(?:取得|做出|作出)了?[^，。]{0,8}?(?:成果|贡献|进展|突破)$", "", words) or words
        words = _ITEM_TAIL.sub("", words) or words
        denied = re.search(r"而(?:不是|非)|(?:恐怕|可能|也|都|并|则|就)?(?:并不是|不是|并非|不属于)", words)
        if denied:  # 专长在育种而不是储藏: the item is 育种, and the list ends with what is denied
            if not denied.group().startswith("而"):  # "A和B都不是他的方向": the clause's items before it are denied too
                out = [o for o in out if re.search(r"[，,；;]", text[o[1] - offset:start])]
            words = words[:denied.start()] if denied.group().startswith("而") else ""
            if not words:
                break
        words = re.sub(r"的(?:专家|学者|院士|教授|研究员|人|一位|那位)?$", "", words) or words  # 唯一从事X研究的(专家)
        words = re.sub(r"(?:相关|有关|等)?(?:方面|领域|方向|研究|工作|技术研究|问题)$", "", words) or words
        if words and words not in ("方向", "方面", "领域", "研究", "工作", "问题"):  # "…等方向": no item of its own
            s = offset + start + (part.find(words) if words in part else part.index(words[0]) if words[0] in part else 0)
            out.append((s, s + len(words), words))
        if denied:
            break
    return out
