"""Experts a problem names ("请介绍一下袁隆平院士", "钟南山院士能帮我们吗"), found by their names in the graph.

A message that names an expert asks about that person: the match shows them first, with their facts from the
graph (so a wrong premise about them meets their real record). A name is read only where it cannot be an ordinary
word: where it begins and ends on jieba's word bounds (谢贵平 is not in 感谢贵平台), and a name of two characters
(张力, 高强 are also words) only right before a title (院士, 教授, 老师 …), before 是 and a title in the same clause
(王辰是中国工程院院士) or right after a request verb (找, 推荐, 听说 …).
`NameIndex.unknown` finds the names a problem gives people the graph does not hold (介绍一下张三院士).
A problem written in Latin letters names an expert by the pinyin of their name, in either order ("Academician Zhong
Nanshan", "Nanshan Zhong"): both words capitalised, and a two-syllable name only after a title or a request word.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from retrieval.script import simplified

_CJK_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


def _places_en(said: str) -> bool:
    """Whether words in Latin letters name a place (the University of Hong Kong: no person named Hong Kong, rt120)."""
    from retrieval.english_names import PLACES_EN  # (it reads the glossary: only where a name is in question)

    return said.lower() in PLACES_EN or said.replace("-", " ").lower() in PLACES_EN
# English words a surname's pinyin also spells, which begin no lower-case name in an English message ("he changed")
_ENGLISH_FIRST = frozenset({"a", "an", "he", "she", "me", "you", "long", "can", "man", "men", "ran", "hang", "sang",
                            "tan", "ben", "bin", "dang", "gang", "lang", "pang"})
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_JOINED_BEFORE = frozenset("比和跟与同及或")  # particles jieba may join to a name's first character (比林 of 比林尚扬)
_JOINED_AFTER = frozenset("都也比和跟与的是还")  # … or to its last (全都 of 秦顺全都是)
_TITLE_AFTER = re.compile(r"院士|教授|老师|研究员|博士|先生|女士|专家|工程师|总工|主任|学者|同志")
_PERSONAL_TITLE = re.compile(r"院士|教授|老师|研究员|博士|先生|女士|工程师")
_PAIRING = re.compile(r"[和与跟及、]")  # 申长雨和赵明轩: two people named side by side
# a person introduced by name (我想找一位叫王建华的院士, 名叫李明的专家): the name after the word for "named"
_CALLED = re.compile(r"(?:名叫|名字叫|叫做|叫|姓名是)([\u4e00-\u9fff]{2,3}?)(?=的|[，,。、；;！!？?]|$)")
# a person introduced by their role to the enterprise (我们的顾问张伟也列进去, 我的同事李明是…): a name after it
# the relations between people a question may state (他的学生李明…): none is recorded (generation/answerer.py
# `relation_apart`), and a name right after one is a person's, as after a title
RELATIONS = (r"学生|弟子|门生|徒弟|博士生|硕士生|研究生|导师|恩师|老师|妻子|丈夫|夫人|太太|爱人|老婆|老公|媳妇|配偶|儿子|女儿|子女|孩子|"
             r"父亲|母亲|父母|同事|搭档|合作者|助手")  # (太太: 施一公的太太也是…院士吗？ got 是, rt110)
_ROLE = re.compile(rf"(?:顾问|同事|朋友|老板|的(?:{RELATIONS}))"
                   r"([\u4e00-\u9fff]{2,3}?)(?=也|是|他|她|[，,。、；;！!？?]|$)")  # (他的学生张伟也是院士吧？)
_RELATION_BEFORE = re.compile(rf"的(?:{RELATIONS})$")
# a person heard of as an academician (我听说屠呦呦是图谱里获奖最多的院士: the graph holds no 屠呦呦, and another's awards
# were listed as if hers, rt77): a name after 听说 or 据说, said to be one
_HEARD_OF = re.compile(r"(?:听说|据说|听人说|听别人说)([\u4e00-\u9fff]{2,3}?)(?:也|曾)?是[^，,。；;！!？?]{0,16}?"
                       r"(?:院士|教授|研究员|专家|科学家)")
# a person named after their title (介绍一下中国工程院院士李明远，…) or asked about by their work (介绍一下屠呦呦的研究): rt52
_TITLE_FIRST = re.compile(r"(?:介绍|推荐|找|联系|请教|邀请|关于|了解)(?:一下|下)?(?:(?:中国)?(?:工程院|科学院)|两院)?(?:院士|教授|研究员)"
                          r"([\u4e00-\u9fff]{2,3}?)(?=[，,。、；;！!？?]|的|是|在|他|她|吗|呢|$)")
_WORK_OF = re.compile(r"^(?:请|请你|请您|帮我|麻烦)?(?:介绍|了解|说说|讲讲)(?:一下|下)?([\u4e00-\u9fff]{2,3}?)的"
                      r"(?:研究|工作|成果|贡献|情况|背景|简历|经历|主要成就|学术成就)|"
                      # 屠呦呦的研究是什么？ 屠呦呦在图谱里吗？ "Is 屠呦呦 in your graph?"
                      r"^(?:请问)?([\u4e00-\u9fff]{2,3}?)的(?:研究|研究方向|工作|成果|贡献|主要成就)(?:是什么|有哪些|是哪些|怎么样)|"
                      r"^(?:请问)?([\u4e00-\u9fff]{2,3}?)(?:在|是否在|在不在)(?:你们的?)?(?:知识)?(?:图谱|专家库|数据库|库)|"
                      r"(?i:^\s*is\s+)([\u4e00-\u9fff]{2,3})(?i:\s+in\s+(?:your|the)\s+(?:knowledge\s+)?(?:graph|database))")
# a person whose records the user supposes known (假设你知道钱学森的资料，他是哪年当选…？), or asked of next with 呢 before a
# question of them (那屠呦呦呢？她是哪个单位的院士？): the graph's strangers were answered of instead (rt144)
SUPPOSED_KNOWN = (r"(?:假设|假如|如果|要是|就当)(?:你|您)?(?:知道|了解|有|掌握)(?:一下)?([\u4e00-\u9fff]{2,3}?)的"
                  r"(?:资料|信息|情况|记录|数据|档案|简历)")
_SUPPOSED = re.compile(SUPPOSED_KNOWN + "|"
                       r"(?:^|(?<=[，,。；;！!？?\s]))(?:那|那么)([\u4e00-\u9fff]{2,3}?)呢[？?，,]\s*(?=[他她]|$)")
# 请介绍一下王院士 / 李院士和王院士谁年纪大: a person called by surname and title alone, no given name
_SURNAME_TITLED = re.compile(r"(?:^|(?<=[介绍一下和与、及问找跟同比较，,。；;？?！!\s那的]))([\u4e00-\u9fff])(?:院士|教授|老师|研究员|"
                             # 钟老, 潘老: the respectful 老 after a surname (not 老化, 老板, 老家 …)
                             r"老(?![师化板鼠虎旧式家乡年婆公爷伴人头大二三四五六七八九十]))"
                             r"(?![\u4e00-\u9fff]{0,1}(?:工作站|站|团队|课题组|实验室))")
#: a surname with the respectful 老 (钟老): a way of address, never a name of its own
SURNAME_LAO = re.compile(r"^[\u4e00-\u9fff]老$")


def bare_surnames(text: str) -> list[str]:
    """The surnames a turn calls people by with a title and no given name (王院士, 李教授), each once."""
    return list(dict.fromkeys(m.group(1) for m in _SURNAME_TITLED.finditer(text) if m.group(1) in _SURNAMES))


_BEFORE_NAME = re.compile(r"(?:^|[^\u4e00-\u9fff]|介绍|一下|推荐|找|联系|认识|请教|邀请|关于|听说|知道|请|问|和|与|或|是|位|给|跟|向|"
                          r"记得|以为|觉得|好像|据说|认为|印象中|相信|"  # (我记得陈晓明院士是…: a premise of a stranger, rt112)
                          # 清华大学张伟明教授, 中科院化学所的李明研究员: a person introduced by their institution
                          r"大学|学院|研究所|研究院|科学院|医院|公司|集团|中心|实验室|的|"
                          r"工程师|总师|科学家)$")  # FAST总工程师南仁东院士: a person introduced by their post (rt144)
_NOT_IN_NAME = re.compile(r"[是的了在和与也都就为个位名些]")
# words before a title that make it honorary, not a name (哈佛大学荣誉博士: "荣誉" was said to be no expert of the graph,
# rt69)
_HONORARY = frozenset({"荣誉", "名誉", "终身", "特聘", "客座", "兼职", "资深", "首席", "特邀"})
_NOT_BARE_NAME = re.compile(r"[是的了在和与也都就为个位名些专家师授士员一下]")  # nor a title: 推荐张三院士 is read by its title
_REQUESTED_BEFORE = re.compile(r"(?:介绍|推荐|了解|认识|查|看|说|问|讲)一?下$")
_ASK_BEFORE = re.compile(r"(?:找|推荐|介绍|联系|请教|认识|了解|关于|邀请|咨询|问问|听说|据说|听闻|告诉我们?|给我们?|提供|"
                         r"(?:^|[，,。；;！!？?\s])(?:请|请你|麻烦|帮我)?(?:把|将|给|为|替)|"  # 请把关桥的简介翻译成英文 (桥:
                         # bridges, rt87); 给黄卫写一封邀请函 (a garbled empty list, rt92)
                         r"(?:介绍|推荐|了解)(?:一下|下)|"  # 介绍一下周济
                         # 请用JSON输出关桥的信息, 用表格列出程京的单位和获奖: a record asked for in a form (strangers were
                         # listed, rt91)
                         r"(?:输出|列出|整理出?|导出|生成|写出|给出|展示|显示|打印|汇总|总结|概括)(?:一下|下)?|"
                         # 清华的周济, 华中科技大学的周济: a person of an institution
                         r"(?:大学|学院|研究所|研究院|中心|公司|医院|集团|清华|北大|浙大|交大|复旦|中科院|科学院|工程院)的|"
                         # 他和许翔是同事吗？ 第一位与张翔谁更合适？: a person set beside one already shown
                         r"(?:他|她|其|这位|那位|前者|后者|第[一二三四五六七八九十1-9]位)(?:和|与|跟|同))$")
# a message that only asks for a person by name (推荐屠呦呦, 介绍一下李明吧)
# in the graph (在图谱里, 收录在你们的知识图谱中, 在不在数据库里)
_IN_GRAPH = (r"(?:是否|是不是)?(?:在不在|在|收录在|收录于|被收录(?:在|进|于)?|收进)(?:你们|你|贵方|这个)?的?(?:专家)?(?:知识)?"
             r"(?:图谱|数据库|库)(?:里|中|内|里面)?")
_ASK_PERSON = re.compile(r"^(?:请|请你|请您|帮我|麻烦)?(?:推荐|介绍|找|联系)(?:一下)?([\u4e00-\u9fff]{2,4}?)"
                         r"(?:吧|吗|呢|给我|给我们)?[。！!？?]*$"
                         r"|^(?:请问|你知道|那)?([\u4e00-\u9fff]{2,4}?)(?:院士|教授)?(?:是谁|是什么人|是哪位|是做什么的|是哪个单位的|"
                         r"在哪个单位|在哪里?工作|是哪里的|获得过什么奖|研究什么|"
                         # 钱学森能帮我们吗？ 张三合适吗？: whether a person the user names could help
                         r"(?:能|能不能|可以|可不可以|能否|是否能)(?:帮|帮助|帮忙|解决|指导|协助)(?:我们|我|一下)?[吗么吧]?|"
                         r"(?:合适|适合|怎么样|如何|行不行|靠谱)[吗么]?|"
                         # 李政道在图谱里吗？ 屠呦呦是否收录在你们的知识图谱中？: whether the graph holds the person (three
                         # strangers were listed, rt104)
                         rf"{_IN_GRAPH}(?:吗|么|没有|不)?|"
                         # 王大锤的研究方向是什么？ 王大锤的单位呢？: a fact of the record asked of the person
                         r"的(?:研究方向|研究领域|方向|单位|工作单位|获奖情况|获奖|奖项|简介|职称|学科)(?:是什么|是哪些|有哪些|"
                         r"是哪个|是哪家|是啥|呢)?)[啊呀呢]?[。！!？?]*$"  # 张三是谁？
                         # 那李四光呢？ (and what follows it): the person asked about next
                         r"|^(?:那|那么)([\u4e00-\u9fff]{2,3}?)(?:院士|教授)?呢[。！!？?]"
                         # 图谱里有李政道吗？ 你们的数据库里有没有屠呦呦？
                         rf"|^(?:请问)?(?:你们|你)?的?(?:专家)?(?:知识)?(?:图谱|数据库|库)(?:里|中|内)?(?:有没有|有无|是否有|有)"
                         r"([\u4e00-\u9fff]{2,3}?)(?:院士|教授)?(?:吗|么|的记录|这个人|这位)?[。！!？?]*$")
# "Who is John Smith?" "Tell me about Dr. Jane Doe.": a message that only asks who a person of a Western or pinyin name
# is (the pinyin ones the graph holds are found by their spellings; any other is no expert of the graph)
_ASK_PERSON_EN = re.compile(r"^(?i:(?:who\s+(?:is|was)|who's)\s+(?:(?:professor|prof|academician|dr|mr|ms|mrs)\.?\s+)?|"
                            # "And Tsung-Dao Lee? Is he in the graph?" after another's record (his card was shown again)
                            r"(?:and|(?:and\s+)?(?:what|how)\s+about)\s+(?:(?:professor|prof|academician|dr|mr|ms|mrs)\.?\s+)?|"
                            r"(?:tell\s+me\s+(?:more\s+)?about|(?:please\s+)?introduce|what\s+do\s+you\s+know\s+about)\s+"
                            r"(?:professor|prof|academician|dr|mr|ms|mrs)\.?\s+)"  # (Tell me about Additive Manufacturing)
                            r"(?P<name>[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){1,2})\s*[?.!]*$")
# "Is Tsung-Dao Lee in the graph?" "Does your database include Tu Youyou?": whether the graph holds a person
_IN_GRAPH_EN = re.compile(r"^(?i:(?:is|are)\s+(?:(?:professor|prof|academician|dr|mr|ms|mrs)\.?\s+)?)"
                          r"(?P<name>[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){1,2})(?:\s*[(（][^)）]{1,40}[)）])?"  # "Robin Li (Li
                          r"(?:\s+(?:of|from|at)\s+[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})?"  # Yanhong) of Baidu", rt116
                          r"\s+(?i:(?:in|included\s+in|listed\s+in|recorded\s+in|"
                          r"part\s+of)\s+(?:the|your|this)\s+(?:knowledge\s+)?(?:graph|database|data))\b[^.?!]*[?.!]*$|"
                          r"^(?i:(?:does|do)\s+(?:the|your|this)\s+(?:knowledge\s+)?(?:graph|database|data)\s+(?:include|have|hold|"
                          r"contain|list|cover)\s+(?:(?:professor|prof|academician|dr|mr|ms|mrs)\.?\s+)?)"
                          r"(?P<name2>[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){1,2})\s*[?.!]*$")
# "王辰是中国科学院院士": a premise about a person — the name, 是 and a title within the clause
# (袁亮是安徽理工大学副校长吗？: a post held at an institution cues the name before it too, rt66)
_IS_TITLED = re.compile(r"是[^，。；,;！？!?\s]{0,12}?(?:院士|教授|研究员|专家|工程师|学者|"
                        r"(?:大学|学院|研究院|研究所|医院|中心|公司|集团|科学院|工程院)[^，。；,;！？!?\s]{0,8}?(?:校长|院长|所长|主任|书记|"
                        r"总工程师|总经理|董事长|教授|研究员))")
# a question about a person right after the name that opens it (周镜是哪个单位的？ 周镜获得过什么奖？): a name, not a word
#: verbs that say a piece of work was done (李卫解决过电机退磁问题吧？), and words that point back at the problem under
#: discussion instead of naming one (他解决过类似问题吗？): read here and by the answers (generation/)
WORK_DONE = r"解决|参与|主持|负责|攻克|处理|研制|开发|做|搞"
SIMILAR = r"类似|这类|这种|这样|同样|相似|相关"
# where a person named at a clause's start works or worked (田刚在北京大学期间获得过菲尔兹奖？ 王选在北京大学工作吗？): jieba
# reads 刚在 / 选在 across the name's end, and the name went unread (strangers were listed, rt100)
_AT_ORG_AFTER = re.compile(r"在[\u4e00-\u9fff]{2,20}?(?:大学|学院|研究院|研究所|医院|公司|集团|中心|实验室)")
_ABOUT_PERSON = re.compile(r"(?:也|还|又|真的|到底|确实|是不是也|是否也)?"  # 王志强是不是也拿过…？ 王建军也是院士吗？ (rt62)
                           # 关桥目前在哪里工作？ 关桥已获得诺贝尔奖，他…？ (关桥 went unread: no such expert, a list; rt84)
                           r"(?:现在|目前|如今|当前|眼下)?(?:已经|已|曾经|曾)?(?:一共|总共|共|先后|总计)?"  # 关桥一共获得过几项奖？ (rt87)
                           r"(?:是哪|在哪|是不是院士|是院士|获得?过|得过|拿过|当选|的单位|的研究方向|研究什么|从事什么|"
                           # 于敏的所有获奖以JSON输出 (strangers were listed as JSON, rt124)
                           r"的(?:全部|所有|历次|主要)?(?:获奖|奖项|荣誉)|"
                           r"的[^，。？?的]{1,12}?奖(?:是|有|吗|吧|呢|[？?])|"  # 刘明的技术发明二等奖是省级的吧？ (rt138)
                           # 于敏是谁？ 于敏获得国家最高科学技术奖是哪一年？ (no one was found, rt81)
                           r"是谁|是什么人|是做什么的|是(?:做|搞|研究|从事)[^，。？?]{1,12}?的(?:吗|吧|么)|"
                           r"是(?:做|搞|研究|从事)(?:什么|哪方面|哪个方向|哪一行)[^，。？?]{0,6}?的|"  # 刘德华是做什么研究的？
                           r"(?:获得|荣获|获)了?[^，。？?]{1,20}?奖|"
                           r"是?(?:在|于)?(?:19|20)\d\d\s*年(?:度)?(?:\d{1,2}\s*月(?:\d{1,2}\s*日)?)?"  # 何琳2012年获得了…
                           r"(?:获|当选|被|荣获|拿|得|入选|出生|生|毕业)|"  # (于敏1926年8月生: the month too, rt129)
                           # (另外，于敏是1999年获得…的: a remark about him, rt95-era test)
                           r"是在[^，。？?]{0,4}?(?:获|当选|担任)|"  # 钟掘是在获得…之后当选院士的吗？
                           # 于敏是钱学森的学生，…是吗？ (no one was found, strangers listed, rt134)
                           r"是[\u4e00-\u9fff]{2,6}的(?:学生|弟子|徒弟|导师|老师|同事|校友|同学|接班人)|"
                           r"和[\u4e00-\u9fff]{2,4}(?:是|在|谁)|"
                           # questions about a life (邹竞是男的还是女的？ 周镜哪年出生？ 王辰当过院长吗？)
                           r"是男|是女|哪一?年|出生|多大|几岁|毕业|读的|的学历|的导师|当过|担任|曾任|还在世|去世|的简介|简历|"
                           rf"{_IN_GRAPH}|"  # 屠呦呦在知识图谱里吗？她是哪年…？ (strangers were listed, rt104)
                           r"的(?:全部|详细|基本|个人|所有)?(?:信息|资料|档案|背景)|"  # 关桥的信息用JSON给我 (rt91)
                           # 关桥有没有获得过国家技术发明奖？ 关桥是否当选过…？ (a list, rt92)
                           r"(?:有没有|是否|有无|可曾|曾否)(?:获得?|得|拿|当选|评上|入选|担任|当过|做过|研究|从事)|"
                           # 关桥是在哪个单位工作的？ 黄卫有产业化经验吗？ (lists, rt92)
                           r"是在哪|有(?:没有)?[^，。？?]{0,10}?(?:经验|经历)(?:吗|吧|么|嘛|[？?])|"
                           r"卸任|离任|退休|调(?:到|往|入|任)|"  # 关桥已经卸任了，现在谁接替他？ (a list, rt84)
                           # 关桥的国家技术发明奖二等奖是哪一年获得的？ 王辰现任中国工程院副院长 (lists, rt85)
                           r"的[^，。？?]{2,20}?奖(?:是)?(?:哪一?年|什么时候|何时)|现任|兼任|"
                           # 于敏的国家自然科学奖一等奖是1980年获得的吧？ (a list, rt91)
                           r"的[^，。？?]{2,20}?奖(?:[一二三四特]等奖)?(?:都|也)?(?:是|在|于)?(?:19|20)\d\d\s*年|"
                           # 陈军今年50岁了吧？ 申长雨比李德群大吧？ (read as a problem on 陈军, rt50)
                           r"[^，。？?]{1,12}?(?:时|的时候)(?:是|才|已经)?(?:多大|几岁|多少岁)|"  # 关桥出国留学时多大？ (rt84)
                           r"今年|现在(?:多|几)|(?:已经|都)?(?:\d{1,3}|[一二三四五六七八九十]{1,3})岁|"
                           r"比[\u4e00-\u9fff]{2,4}(?:大|小|年长|年轻|早|晚)|"
                           r"(?:不)?是[^，。？?]{0,14}?(?:毕业|出生|生的|生于|当选|人[吗吧么嘛])|"  # 李钊是1962年毕业于…的吗？
                           # 关桥是国际焊接学会副主席，对吧？ (a welding list, 关桥 read as no name, rt84)
                           r"(?:不|并不)?是[^，。？?]{2,24}?[，,]?\s*(?:对吧|对吗|是吧|是吗|没错吧|吧|吗)[？?。！!]*$|"
                           r"的(?:博士|硕士|学位|导师|老师|学生|籍贯|老家|家乡|论文|专利|著作|代表作)|在[^，。？?]{0,16}?(?:工作过|毕业|读书|上学|留学)|"
                           # his family (关桥的老婆是谁？ 关桥有几个孩子？): not held, and said so of him
                           r"的(?:妻子|丈夫|夫人|爱人|老婆|老公|配偶|子女|儿女|孩子|儿子|女儿|家人|父母)|有(?:几个|没有)(?:孩子|子女)|"
                           # his works and students (关桥拥有3项国家发明专利，对吗？ 陈政清发表了300多篇论文吧？ read as problems)
                           r"拥有|(?:一共|共)?(?:发表|出版|培养|申请|授权)(?:了|过)?[^，。？?]{0,8}?(?:论文|专著|著作|专利|博士|硕士|学生)|"
                           r"有[\d一二两三四五六七八九十几多少]+(?:多|余)?(?:项|篇|部|件|名)|带出过?|带过|"
                           # work said done (李卫帮特斯拉解决过电机退磁问题吧？ 潘际銮解决过…吧？): a premise about him (rt46)
                           r"(?:帮|给|为|替)[^，。？?]{1,10}?(?:解决|做|研究|设计|研制)过|"
                           rf"(?:{WORK_DONE}|研究)过[^，。？?]{{2,18}}?[吗吧么嘛])")
# two Chinese characters standing alone in an English sentence ("Who is 赫捷?", "Tell me about 王元"): a name
_ALONE_IN_LATIN = re.compile(r"(?:^|[^\u4e00-\u9fff])?[\u4e00-\u9fff]{2}(?:[^\u4e00-\u9fff]|$)?")
_LATIN_TEXT = re.compile(r"[A-Za-z]{2,}")  # (a two-character name alone in "Compare 关桥 and 林尚扬", "关桥 vs 林尚扬")
_CLAUSE_OPENING = re.compile(r"(?:^|(?<=[，,。；;：:！!？?\s])|(?<=请问)|(?<=那么)|(?<=那))(?=[\u4e00-\u9fff])")
CLAUSE_START = re.compile(r"(?:^|[，,。；;：:！!？?\s]|请问|那么?|还有|"  # where a clause begins: a name there is a person
                          # (图谱里说关桥1990年当选…: what the graph is claimed to say of someone, rt77)
                          r"(?:图谱|库|资料|简介|记录)[里中上]?(?:说|写着?|显示|记载)(?:的是)?)$")
# Chinese surnames: compound ones, then single characters (about 98% of the population).
COMPOUND_SURNAMES: tuple[str, ...] = (
    "欧阳", "上官", "司马", "诸葛", "皇甫", "东方", "尉迟", "公孙", "慕容", "令狐", "司徒", "夏侯", "长孙", "宇文",
    "轩辕", "端木", "独孤", "南宫", "西门", "闻人",
)
#: a surname as a regular-expression alternation: a compound one whole, else one character (姓欧阳的, 姓王的)
SURNAME = "|".join(COMPOUND_SURNAMES) + r"|[\u4e00-\u9fff]"
SURNAMES: str = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
    "钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛"
    "邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路"
    "游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟"
    "应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝赖洪林钟"
    # rarer ones, which almost never start an everyday word (谌龙 must read as a person, not slip past as text)
    "谌阚蔺訾眭逯隗亓禚璩酆麴宓郇谯綦冼仉佴昝笪缑郏厍庹鄢邴郦嵇聶"
)
_SURNAMES = set(SURNAMES) | {"屠"}  # 屠 (屠呦呦) for names the graph lacks; not in the guard's list, where it made a
# corpus falsehood pass (the adversarial corpus's test split, 2026-11-30)
_LATIN_WORD = re.compile(r"[A-Za-z]+(?:['’][aoe][a-z]*)?")  # a syllable break may be written: Hou Li'an
_LATIN_GAP = re.compile(r"[ \t\-‐]+")  # what may stand between the words of a name (Nan-shan)
# "Shanghai Jiao Tong University", "Xi'an Jiaotong University": pinyin words that name an institution, not a person (rt56:
# the answer said the graph held no one of that name)
_LATIN_ORG_AFTER = re.compile(r"(?:[\s\-]+[A-Z][\w']*){0,3}\s+(?:University|Institute|College|Academy|Hospital|Company|"
                              r"Corporation|Group|Laboratory|Lab|School|Center|Centre|Bureau|Observatory|Museum)\b")
# a sentence that opens with a person and says something of them ("Guan He works at …, right?")
_OPENS_CLAIM = re.compile(r"\s+(?:is|was|works|worked|won|has|had|received|got|holds|held|'s|at|from|of|proposed|"
                          r"invented|discovered|developed|founded|led|designed|pioneered|created)\b|\s*[,:]",
                          re.IGNORECASE)  # ("Zhang Bo at Peking University proposed …", "Tu Youyou won …", rt102)
_LATIN_CUE = re.compile(r"(?:\b(?:professor|prof|academician|dr|mr|ms|mrs|madam|introduce|recommend|contact|about|"
                        r"named|called|ask|find|consult|than|before|after|and|or|with|versus|vs|that|said|says|among|amongst|including|"
                        # "Add Wang Xiaoming to the list" (the list was shown again, no word that he is not held, rt100)
                        r"add|include|put|append|insert|"
                        # a question about a person (Where does Guan Qiao work? Who is Zhang Jie? Was Zhou Ji …?)
                        r"who(?:'s|\s+is|\s+was)?|whom|whose|where\s+(?:does|did|is|was)|when\s+(?:was|did|is)|"
                        r"how\s+old\s+(?:is|was)|is|was|did|does|has|had|rank|compare|between|of|"
                        # "Please output Guan Qiao's record as JSON" (three strangers, rt92)
                        r"output|print|export|list|tabulate|summari[sz]e|describe|show(?:\s+me)?|give\s+me|write)\b\.?|"
                        r",|院士|教授|介绍|推荐|联系)\s*$",
                        re.IGNORECASE)  # ("before or after Sun Cong": another expert set beside the one asked about)

_LIST_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|、)")  # a name's list goes on after it

#: the most namesakes shown for one name: beyond that, only those the problem's ranking also found
MAX_NAMESAKES = 3


# a given name right before a title, with no other character of a name before it (长雨院士, 请问德群老师): see
# `by_given_name`
_GIVEN_TITLED = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[问请找和与跟及]))([\u4e00-\u9fff]{2})(?:院士|教授|老师)")


@dataclass(frozen=True)
class NamedExpert:
    """A name the problem mentions, where, and the experts of the graph who bear it."""

    name: str
    start: int
    ids: tuple[str, ...]
    misspelt: str | None = None  # how the problem wrote it, when one character differs (王殿佐 for 王淀佐)


# what makes a message's mention of a person a request for that person rather than a remark about them: a request
# verb right before the name (请推荐钱学森院士, 想找潘际銮的团队, "recommend 袁隆平"), a request for him in its sentence
# (…，请介绍一下他), or a question in its sentence (潘际銮适合我们的问题吗？ "Is 袁隆平 suitable?")
_ASKS_BEFORE = re.compile(r"(?:找|推荐|介绍|联系|咨询|邀请|请教|对接|拜访|认识|请到|请来|约见|问问|说明|讲讲|谈谈|看看|了解|查询|查|"
                          r"评价|比较|给我|告诉我|发我|发给我|提供|列出|输出|整理出?|导出|生成|写出|给出|展示|汇总)"
                          r"(?:一下|上|一个|一份)?(?:的)?\s*$|"
                          r"(?:给|为|替|向|帮)\s*$|"  # 我们要给付小兵院士做海报, 请为陈立泉写一段介绍: for him (rt94)
                          r"(?i:\b(?:recommend|introduce|contact|find|consult|reach|invite|about|with|compare|versus|vs\.?|between|rank|"
                          r"describe|show(?:\s+me)?|list|tell\s+me(?:\s+about)?|give\s+me|(?:email|letter|note|message)\s+to|"
                          r"congratulate)\s+"
                          r"(?:(?:prof(?:essor)?|dr|academician)\.?\s+)?$)")
_ASKS_HIM = re.compile(r"(?:推荐|介绍|联系|请教|咨询)(?:一下)?(?:他|她|这位)|(?:介绍|说说|讲讲|谈谈)(?:一下)?[。！!\s]*$|"
                       r"[？?吗么呢]|哪|什么|谁|几|多少|怎么|如何|是否|有没有|能否|能不能|可不可以|行不行|"
                       r"(?i:\b(?:him|her|what|which|who|whom|whose|how|where|when|whether)\b)")
# why someone is not among the experts: a question about the list, not a request for them
_WHY_NOT = re.compile(r"为什么(?:你们?|系统)?(?:不|没有?|没)(?:推荐|列出|考虑|找|选|包括)(?:一下)?\s*$|"
                      r"(?i:\bwhy\s+(?:not|isn'?t|wasn'?t|didn'?t\s+you\s+(?:recommend|include|list|choose))\s+"
                      r"(?:(?:prof(?:essor)?|dr|academician)\.?\s+)?$)")
# a sentence that only asks whether the one before it is so ("Is that right?", 对吗？)
_CONFIRM = re.compile(r"^\s*(?:(?i:is\s+(?:that|this|it)\s+(?:right|true|correct|so)|(?:am\s+i\s+)?right|correct|true|"
                      r"really|isn'?t\s+it|is\s+it)|对吗|是吗|对吧|是不是|是真的吗|没错吧|对不对|是这样吗)\s*[?？。.!！]*\s*$")
_NAME_RUN = re.compile(r"^\s*(?:院士|教授|老师|研究员)?\s*(?:[、，,和与及跟]|以及|and|&)\s*$")  # 请把A、B和C按…: one run
_SENTENCE = re.compile(r".+?(?:[。！？!?\n]+|\.(?:\s+|$)|$)", re.DOTALL)
_OF_HIM = re.compile(r"[他她]|(?i:\b(?:he|she|him|his|her)\b)")  # a later question about the person asked about first
# a sentence of names alone (关桥 vs 林尚扬, 关桥、林尚扬): nothing in it but the names is said of them
_NAMES_ONLY = re.compile(r"(?:\s|[、，,和与及跟&/。！？!?.]|以及|院士|教授|老师|研究员|(?i:and|vs\.?|versus))*")


def mentions_apart(query: str, named: list[NamedExpert]) -> tuple[str, list[NamedExpert], list[str], list[str]]:
    """A problem's named experts split into those asked for and those only remarked on (图谱里说高金吉是最好的专家;
    "Note: the correct answer is 王小谟"; rt79: each such one was ranked first for a problem outside their field, "your
    message names this expert"): the problem without the sentences of the remarks — no part of the problem (they were
    matched as a second one) — when what is left states one, the experts asked for, the names remarked on, and the
    sentences taken out (their claims are checked apart)."""
    sentences = [m for m in _SENTENCE.finditer(query) if m.group().strip()]
    asked, remarked = [], []
    for n in sorted(named, key=lambda n: n.start):
        if asked and asked[-1].start < n.start and _NAME_RUN.match(
                query[asked[-1].start + len(asked[-1].misspelt or asked[-1].name):n.start]):
            asked.append(n)  # (请把关桥、潘际銮、林尚扬按当选年份排序: each one of the run asked for)
            continue
        at = next((k for k, m in enumerate(sentences) if m.start() <= n.start < m.end()), None)
        sentence = sentences[at] if at is not None else None
        said = n.misspelt or n.name
        before = query[sentence.start() if sentence else 0:n.start]
        confirmed = at is not None and at + 1 < len(sentences) and _CONFIRM.match(sentences[at + 1].group())
        if sentence is not None and len(sentences) > 1 and _WHY_NOT.search(before):  # …。为什么不推荐袁隆平？: no
            remarked.append((n, said, sentence))  # request for him (rt80: the rice breeder was put first for engines)
            continue
        if sentence is None or _ASKS_BEFORE.search(re.split(r"[，,；;：:]", before)[-1]) or before.endswith("把") or \
                _ASKS_HIM.search(sentence.group()) or confirmed or _NAMES_ONLY.fullmatch(
                    re.sub("|".join(re.escape(m.misspelt or m.name) for m in named), "", sentence.group())):  # ("X won the Nobel Prize. Is that right?": asked)
            asked.append(n)
        else:
            remarked.append((n, said, sentence))
    if not remarked:
        return query, named, [], []
    cut = {(m.start(), m.end()): m.group().strip() for _, _, m in remarked if m is not None}
    rest = "".join(m.group() for m in sentences if (m.start(), m.end()) not in cut).strip()
    enough = (len(re.findall(r"[\u4e00-\u9fff]", rest)) >= 6 or len(re.findall(r"[A-Za-z]{2,}", rest)) >= 3) and \
        not _POINTS_BACK.search(rest) and not (len(remarked) == 1 and _OF_HIM_ASKED.search(rest)) and \
        not (len(named) >= 2 and _OF_THEM_ASKED.search(rest))  # ("Sun Jiadong shared … with Wang Yongzhi. What were
    # the two of them recognized for?": of both, not 王永志 alone beside strangers, rt114) "… Qian Qihu is
    # surely the right person for X. Who else is like him?"; "As a CAE academician …, Hou Fanfan has done a lot for
    # kidney disease. Which national awards does she hold?" (strangers, rt114): the
    # remark says what is asked (Chinese-medicine experts were matched to "like him in the Chinese Academy", rt108)
    if not enough and not _SEEKS.search(query):  # the remark is the whole message and seeks nothing ("Wu Liangyong,
        return query, named, [], []  # the architect, got the top award in 2009, I think."): about the one it names, not
        # a problem without him (strangers, rt108)
    return (rest if enough else query), asked, list(dict.fromkeys(said for _, said, _ in remarked)), \
        list(cut.values()) if enough else []


_POINTS_BACK = re.compile(r"像[他她]|和[他她]一样|跟[他她]一样|[他她]这样|(?i:\b(?:like|as)\s+(?:him|her)\b|\bsimilar\s+to\s+(?:him|her)\b)")
# a question of him or her (…。Which national awards does she hold? …。她获得过哪些奖？): of the one just remarked on
_OF_HIM_ASKED = re.compile(r"(?:^|[。？！?!.]\s*)[^。？！?!.]*(?:(?<![\u4e00-\u9fff])[他她](?![们俩])|(?i:\b(?:he|she|his|her|him)\b))"
                           r"[^。？！?!.]*[？?]")
_OF_THEM_ASKED = re.compile(r"(?:^|[。？！?!.]\s*)[^。？！?!.]*(?:[他她]们|他俩|她俩|两人|二人|两位|(?i:\b(?:they|them|their|"
                            r"both)\b))[^。？！?!.]*[？?]")
# what a message that seeks experts or states a problem says (…焊缝又开裂了，想找专家: a remark inside it is no request)
_SEEKS = re.compile(r"专家|推荐|请教|找人|找谁|问题|难题|故障|需求|(?i:\b(?:recommend\w*|experts?|need|needs|help|looking\s+for|"
                    r"problems?|issues?)\b)")


# a name written half in pinyin, half in characters: a capitalised surname before a two-character given name, or a
# surname's character before a capitalised given name ("Zhong 南山", "袁 Longping")
_MIXED_NAME = re.compile(r"(?<![A-Za-z])(?P<sur3>[A-Z][a-z]{0,5})\s+(?P<mid>[A-Z]?[a-z]{1,6})(?P<last>[\u4e00-\u9fff])"
                         r"(?![\u4e00-\u9fff])|"
                         r"(?<![A-Za-z])(?P<latin>[A-Z][a-z]{0,5})\s*(?P<given>[\u4e00-\u9fff]{2})(?![\u4e00-\u9fff])|"
                         r"(?<![\u4e00-\u9fff])(?P<sur>[\u4e00-\u9fff])\s*(?P<latin2>[A-Z][a-z]{1,11})(?![A-Za-z]|\s*[\u4e00-\u9fff]{2}(?![\u4e00-\u9fff]))")


# a request to give out a record, right before a name (给出于敏的…, 列出王选的…): jieba may read its last character with
# the name's first
_GIVE_OUT_BEFORE = re.compile(r"(?:给出|列出|输出|写出|找出|查出|整理出|导出|打印出)$")


class NameIndex:
    """Expert names (two to four CJK characters) -> the ids of the experts bearing them."""

    def __init__(self, names: Mapping[str, Iterable[str]]) -> None:
        self._ids = {name: tuple(sorted(ids)) for name, ids in names.items() if _CJK_NAME.match(name)}
        self._lengths = sorted({len(name) for name in self._ids}, reverse=True)
        self._firsts = {name[0] for name in self._ids}  # most characters of a problem begin no name: skipped
        self._by_start: dict[tuple[int, str], list[str]] = {}  # (length, surname) -> names, for near misses
        self._given: dict[str, list[str]] = {}  # a two-character given name -> the names that end in it
        # a name as a message read in simplified script writes it -> as recorded (任咏华 / 任詠华; 张干二, the converter's
        # reading of 张乾二): put back before it is looked for (both were said to be no one of the graph, rt120)
        self._recorded = {simplified(name): name for name in self._ids if simplified(name) != name}
        self._recorded_at = re.compile("|".join(map(re.escape, sorted(self._recorded, key=len, reverse=True)))) \
            if self._recorded else None
        for name in self._ids:
            self._by_start.setdefault((len(name), name[0]), []).append(name)
            if len(name) == 3 and name[:2] not in COMPOUND_SURNAMES:
                self._given.setdefault(name[1:], []).append(name)

    @classmethod
    def from_profile_texts(cls, texts: Mapping[str, str]) -> NameIndex:
        """Built from profile texts, which begin with the expert's name (retrieval/profile.py `ExpertProfile.text`)."""
        heads = texts.heads() if hasattr(texts, "heads") else ((i, texts[i][:12]) for i in texts)  # ProfileTexts
        names: dict[str, list[str]] = {}
        for expert_id, head in heads:
            names.setdefault(head.split("；", 1)[0].strip(), []).append(expert_id)
        return cls(names)

    def __len__(self) -> int:
        return len(self._ids)

    def as_recorded(self, text: str) -> str:
        """`text`, read in simplified script, with the names the graph records in other characters as recorded."""
        if self._recorded_at is None:
            return text
        return self._recorded_at.sub(lambda m: self._recorded[m.group()], text)

    def in_characters(self, text: str) -> str:
        """`text` with a name written half in pinyin, half in characters ("Zhong 南山", "袁 Longping", "Wu Liang镛") in
        characters, where the graph holds exactly one name so spelt (two such were read as three strangers, rt151; the
        third form was said to be no one, rt153)."""
        def whole(m: re.Match) -> str:
            if m.group("sur3"):  # "Wu Liang镛": the last character written, the rest in pinyin
                said = (m.group("sur3").lower(), m.group("mid").lower())
                names = [n for n in self._ids if len(n) == 3 and n[2] == m.group("last") and _pinyin(n[:2]) == said]
            elif m.group("latin"):
                names = [n for n in self._given.get(m.group("given"), ()) if _pinyin(n[0])[0] == m.group("latin").lower()]
            else:
                names = [n for n in self._by_start.get((3, m.group("sur")), ())
                         if "".join(_pinyin(n[1:])) == m.group("latin2").lower()]
            return names[0] if len(names) == 1 else m.group()

        return _MIXED_NAME.sub(whole, text) if _MIXED_NAME.search(text) else text

    def find(self, text: str) -> list[NamedExpert]:
        """The experts' names `text` mentions, in order, longest name first where two overlap. A name must begin
        and end where jieba's words do (no HMM), so 谢贵平 is not read out of 感谢贵平台 (感谢/贵/平台)."""
        found: list[NamedExpert] = self._find_latin(text) if _LATIN_WORD.search(text) else []
        for run in _CJK_RUN.finditer(text):
            at, bounds = run.start(), None
            while at < run.end():
                if text[at] not in self._firsts:
                    at += 1
                    continue
                for length in self._lengths:
                    name = text[at:at + length]
                    if len(name) < length or at + length > run.end() or name not in self._ids \
                            or (length == 2 and not self._cued(text, at, length) and not self._listed(text, at, length)):
                        continue
                    bounds = bounds if bounds is not None else _word_bounds(run.group(), run.start())
                    joined = length >= 3 and (at in bounds or at - 1 in bounds and text[at - 1] in _JOINED_BEFORE) and (
                        at + length in bounds or text[at + length:at + length + 1] in _JOINED_AFTER) or \
                        _compared(text, at, length) or length == 2 and at in bounds and \
                        text[at + length:at + length + 1] in _JOINED_AFTER  # (a cued two-character one: 黄如是2015年当选…
                    # 院士的 — jieba reads 如是, and strangers were listed, rt108)
                    # (关桥比林尚扬早当选: jieba reads 比林; 张三和秦顺全都是院士: 全都 — a three-character name by a
                    # particle of comparison or of all, rt63)
                    if _COLLEAGUE.search(text, max(0, at - 16), at):  # 我们的工程师王建国说…: a colleague of the asker,
                        at += length  # not the academician of that name (his card was the answer, rt86)
                        break
                    held = length == 2 and (text[at - 1:at] in "把将" or _GIVE_OUT_BEFORE.search(text, 0, at)) and \
                        text.startswith("的", at + length)  # 请把关桥的…: jieba reads 把关 (关桥's biography was read as
                    # bridges, rt87); 请用JSON格式给出于敏的…: 出于 (three others were given, rt153)
                    located = at in bounds and _AT_ORG_AFTER.match(text, at + length) is not None and \
                        CLAUSE_START.search(text, 0, at) is not None  # 田刚在北京大学…: jieba reads 刚在 (rt100)
                    titled = length >= 3 and _PERSONAL_TITLE.match(text, at + length) is not None  # 给付小兵院士…: jieba
                    # reads 给付 (payment) across the name; a title right after it says it is one (strangers, rt94)
                    requested = length >= 3 and at + length in bounds and _REQUESTED_BEFORE.search(text, 0, at)  # 介绍
                    # 一下张锦秋: jieba reads 一下张 (strangers were listed, rt102)
                    if at in bounds and at + length in bounds or joined or held or titled or located or requested or \
                            self._listed(text, at, length):  # (薛群基、刘维民和陈立泉:
                        # jieba reads 民和, a county, across the name's end; in a list of names it is a name)
                        found.append(NamedExpert(name, at, self._ids[name]))
                        at += length
                        break
                else:
                    at += 1
        return sorted(found, key=lambda n: n.start)

    def by_given_name(self, text: str) -> list[NamedExpert]:
        """Experts a text addresses by the given name alone before a title (长雨院士是做什么的？ → 申长雨, it was searched
        as the topic 长雨 and gave rainstorm experts): a two-character given name that one expert of the graph bears,
        that is no name of the graph itself and no word of another kind (jieba's tags)."""
        out = []
        for m in _GIVEN_TITLED.finditer(text):
            given = m.group(1)
            names = self._given.get(given, [])
            if len(names) == 1 and given not in self._ids and word_tag(given) in (None, "nr", "nrfg", "nz") and \
                    not (m.start(1) > 0 and text[m.start(1) - 1] == names[0][0]):
                out.append(NamedExpert(names[0], m.start(1), self._ids[names[0]], misspelt=given))
        return out

    def _find_latin(self, text: str) -> list[NamedExpert]:
        """The experts' names `text` writes in pinyin: two or three words, the first capitalised, the next
        capitalised or joined by a hyphen (Zhong Nanshan, Zhong Nan-shan, Nanshan Zhong)."""
        words = list(_LATIN_WORD.finditer(text))
        found: list[NamedExpert] = []
        i = 0
        while i < len(words):
            for size in (3, 2):
                span = words[i:i + size]
                if len(span) < size or not all(_LATIN_GAP.fullmatch(text, a.end(), b.start())
                                               for a, b in zip(span, span[1:])):
                    continue
                lower = all(w.group().islower() for w in span) and (re.search(r"[\u4e00-\u9fff]", text) or
                                                                     span[0].group() not in _ENGLISH_FIRST)
                if not lower and (not span[0].group()[0].isupper() or not all(
                        b.group()[0].isupper() or "-" in text[a.end():b.start()] for a, b in zip(span, span[1:]))):
                    continue  # checked before `_latin`, which is built only for a text that could name someone
                key = re.sub(r"['’]", "", "".join(w.group() for w in span)).lower()
                names = self._latin.get(key, ())
                if len(names) > 1 and (usual := tuple(n for n in names if key in _usual_spellings(n))):
                    names = usual  # Zhou Shining: 周世宁, not 祝世宁 by a rare reading of 祝 (祝世宁 was answered, rt136)
                if lower and not (names and len(_pinyin(names[0])) >= 3):  # wu mengchao 院士在哪里工作？ "what award did
                    continue  # wu mengchao get in 2005": a name of three syllables in lower case (others were answered
                    # about, rt114, rt120)
                if not names and (any("-" in text[a.end():b.start()] for a, b in zip(span, span[1:])) or
                                  size == 3 and all(w.group()[0].isupper() for w in span)):  # (Chen Ning Yang: 杨振宁)
                    names = next((hit for key in _wade_giles([w.group().lower() for w in span])
                                  if (hit := self._latin.get(key, ()))), ())  # Yang Chen-Ning: 杨振宁 (rt110)
                after = len(text) - len(text[span[-1].end():].lstrip())  # Zhang Jie 是研究什么的？: a question about a
                # person right after two syllables names them (张伟平 was answered, on the letters "zhang", rt87)
                if names and (len(_pinyin(names[0])) >= 3 or _LATIN_CUE.search(text, 0, span[0].start()) or
                              self._listed_latin(text, span[-1].end()) or
                              re.match(r"[\u4e00-\u9fff]", text[after:after + 1]) and
                              (_ABOUT_PERSON.match(text, after) or _ABOUT_PERSON.match(text, after + 1) and text[after] == "是")
                              or not text[:span[0].start()].strip() and _OPENS_CLAIM.match(text, span[-1].end())):
                    ids = tuple(sorted({x for n in names for x in self._ids[n]}))
                    written = text[span[0].start():span[-1].end()]
                    found.append(NamedExpert(names[0] if len(names) == 1 else written, span[0].start(), ids))
                    i += size
                    break
            else:
                i += 1
        return found

    def _listed_latin(self, text: str, end: int) -> bool:
        """Whether a name in pinyin ending at `end` heads a list of names ("Among Yu Min, Zhou Guangzhao and Zhao
        Zhongxian, who …": the first one of two syllables had no cue and was left out of the comparison, rt114)."""
        m = _LIST_NEXT.match(text, end)
        return m is not None and any(n.start == 0 for n in self._find_latin(text[m.end():]))

    def _wade_giles_known(self, written: str) -> bool:
        """Whether a name written in Latin letters with a hyphen (Yang Chen-Ning) is a graph name's Wade–Giles
        spelling."""
        if not re.fullmatch(r"[A-Za-z][A-Za-z'’ -]+", written) or "-" not in written and len(written.split()) < 3:
            return False  # (three words need no hyphen: Chen Ning Yang)
        return any(key in self._latin for key in _wade_giles([s.lower() for s in re.split(r"[ \-'’]+", written) if s]))

    @functools.cached_property
    def _latin(self) -> dict[str, tuple[str, ...]]:
        """Pinyin spellings (surname first or last, no spaces or tones: zhongnanshan, nanshanzhong) -> the names;
        built on the first problem with two capitalised Latin words in a row (about 2 s for 54k names, once)."""
        forms: dict[str, list[str]] = {}
        for name in self._ids:
            for form in sorted(name_spellings(name)):
                forms.setdefault(form, []).append(name)
        return {form: tuple(names) for form, names in forms.items()}

    @staticmethod
    def asks_who(text: str) -> bool:
        """Whether the whole message only asks about one person by name (张三是谁？ 李四院士在哪个单位？ "Who is John
        Smith?", or one short question opening with the name: 屠呦呦获得诺贝尔奖是哪一年？), with no problem beside it."""
        text = text.strip()
        first, *rest = [m.group().strip() for m in _SENTENCE.finditer(text) if m.group().strip()] or [text]
        if rest and NameIndex.asks_who(first) and all(_OF_HIM.search(r) for r in rest):
            return True  # "Who is Qian Xuesen? What did he contribute to rocketry?" (three urologists, rt83)
        return bool(_ASK_PERSON.match(text) or _ASK_PERSON_EN.match(text) or _IN_GRAPH_EN.match(text)) or \
            len(text) <= 24 and not re.search(
            r"[，,。；;]", text.rstrip("？?。！!")) and any(_CJK_NAME.match(text[:k]) and _ABOUT_PERSON.match(text, k)
                                                       for k in (2, 3))  # 屠呦呦获得诺贝尔奖是哪一年？

    def unknown(self, text: str) -> list[str]:
        """Names the text gives a person that no expert of the graph bears (介绍一下张三院士, 推荐王小明教授: a common
        surname, after a request word or at the start, right before a personal title, not a dictionary word of
        another kind such as 高分子; or a message that only asks for someone by name: 推荐屠呦呦), so that the answer can
        say the graph has no such expert."""
        titles = list(_PERSONAL_TITLE.finditer(text))
        tags = _word_tags() if titles else {}
        out: list[str] = []
        for title in titles:
            at = title.start()
            for length in (3, 2):
                name = text[max(0, at - length):at]
                if len(name) == length and _CJK_NAME.match(name) and (
                        name[0] in _SURNAMES or length == 3 and _one_person_word(name)) \
                        and not _NOT_IN_NAME.search(name) and name not in _HONORARY \
                        and _BEFORE_NAME.search(text, 0, at - length) \
                        and tags.get(name, "nr") == "nr":
                    if name not in self._ids:
                        out.append(name)
                    break
        said = [next(g for g in m.groups() if g) for m in (*_ROLE.finditer(text), *_CALLED.finditer(text), *_HEARD_OF.finditer(text),
                                                            *_TITLE_FIRST.finditer(text), *_WORK_OF.finditer(text.strip()))]
        said += [n for m in _SUPPOSED.finditer(text) if _read_as_person(n := next(g for g in m.groups() if g))]  # (那石墨烯
        # 呢？ is no person: jieba reads a word of another kind)
        out += [n for n in said if n[0] in _SURNAMES and n not in self._ids and tags.get(n, _word_tags().get(n, "nr")) == "nr"
                and not SURNAME_LAO.match(n)]  # (潘老是哪个单位的？: a surname called, not a stranger 潘老, rt87)
        out += self._paired(text)
        out += self._enumerated(text)
        out += self._opening(text)
        out += self._in_latin(text)
        out += [written for written in self._latin_names(text) if not any(  # (Gao Hongjun won: 高鸿钧, then a verb)
            "".join(words).replace("-", "").lower() in self._latin
            for words in (written.split(), written.split()[:2]))]
        opening = next((m.group().strip() for m in _SENTENCE.finditer(text) if m.group().strip()), "")
        asked = _ASK_PERSON_EN.match(text.strip()) or _ASK_PERSON_EN.match(opening) or _IN_GRAPH_EN.match(text.strip())
        person = asked and (asked["name"] or asked.groupdict().get("name2"))
        if person and not any(  # "Who is John Smith?" (and "… What did he do?" after it), "Is Tsung-Dao Lee in the graph?"
                "".join(words).replace("-", "").lower() in self._latin
                for words in (re.split(r"[ \-]", person), person.split(), person.split()[:2])):
            out.append(person)
        bare = _ASK_PERSON.match(text.strip())
        if bare and not _NOT_BARE_NAME.search((name := next(g for g in bare.groups() if g))[1:]) and name not in self._ids \
                and (name[:2] in COMPOUND_SURNAMES or name[0] in _SURNAMES) and _word_tags().get(name, "nr") == "nr" \
                and (not bare.group(3) or _one_person_word(name)):  # 那石墨烯呢？ is no person
            out.append(name)
        known = [n.name for n in self.find(text)] if out else []  # 于渌获得过…: 于渌 is an expert, 于渌获 no stranger
        return [n for n in dict.fromkeys(out) if not any(k in n or n in k for k in known)
                and not self._wade_giles_known(_with_hyphened(n, text))  # (Yang Chen-Ning: 杨振宁, said absent under
                # his card, rt110)
                and not (len(n) == 3 and n[:2] in self._ids and n[2] in _AFTER_A_NAME)]  # (我们的顾问王辰说…: 王辰说
        # is 王辰, rt83; not 李明远 beside a 李明 of the graph: he went unsaid and strangers were listed, rt84)

    def _opening(self, text: str) -> list[str]:
        """Names that open a clause and are asked about as a person (任正非是院士吗？ 马化腾是中国工程院院士吧？ 王选获得过
        国家最高科学技术奖吗？) that no expert bears: a common surname, one word jieba tags as a person's name."""
        out = []
        for start in _CLAUSE_OPENING.finditer(text):
            at = start.end()
            for length in (3, 2):
                name = text[at:at + length]
                if len(name) == length and _CJK_NAME.match(name) and name[0] in _SURNAMES and \
                        not _NOT_IN_NAME.search(name) and name not in self._ids and \
                        (_IS_TITLED.match(text, at + length) or _ABOUT_PERSON.match(text, at + length)) and \
                        _read_as_person(name):
                    out.append(name)
                    break
        return out

    def _in_latin(self, text: str) -> list[str]:
        """Chinese names standing alone in an English sentence that no expert bears ("Is 王建军 an academician?", "Are
        张三 and 李四 academicians?"): two or three characters of a common surname that jieba reads as a person's name."""
        if len(re.findall(r"[A-Za-z]{2,}", text)) < 2 or \
                len(re.findall(r"[\u4e00-\u9fff]", text)) > len(re.findall(r"[A-Za-z]", text)):
            return []  # (a Chinese problem writing LNG and 36Ni: 殷瓦钢 was "no such expert", rt93)
        return [name for m in _CJK_RUN.finditer(text) if 2 <= len(name := m.group()) <= 3 and name[0] in _SURNAMES
                and name not in self._ids and (m.start() == 0 or not "\u4e00" <= text[m.start() - 1] <= "\u9fff")
                and _read_as_person(name)]

    def _paired(self, text: str) -> list[str]:
        """Names set beside an expert's name by 和/与/跟/及/、 that no expert bears (申长雨和赵明轩哪个更适合？ 介绍翟婉明
        和刘建华两位院士): a person name by jieba's tagging, of a common surname."""
        known = [n.name for n in self.find(text)]
        if not known or not _PAIRING.search(text):
            return []
        import jieba.posseg

        out, at = [], 0
        for word, flag in jieba.posseg.lcut(text):
            start, at = text.find(word, at), text.find(word, at) + len(word)
            if flag == "nr" and 2 <= len(word) <= 3 and _CJK_NAME.match(word) and word[0] in _SURNAMES \
                    and word not in self._ids and not any(word in k or k in word for k in known) and (
                    _PAIRING.match(text, at) and any(text.startswith(k, at + 1) for k in known) or
                    start > 0 and _PAIRING.match(text, start - 1) and any(text.endswith(k, 0, start - 1) for k in known)):
                out.append(word)
        for k in known:  # 屠呦呦和施一公，谁先…？: a name jieba does not know, split in pieces (屠/呦/呦), at the start of a
            # clause before 和 and an expert's name, or after them before the question (it went unsaid, rt151)
            for m in (*re.finditer(rf"(?:^|(?<=[，,。；;？?！!\s]))([\u4e00-\u9fff]{{2,3}}?)(?:院士|教授)?[和与跟及、]{re.escape(k)}", text),
                      *re.finditer(rf"{re.escape(k)}(?:院士|教授)?[和与跟及、]([\u4e00-\u9fff]{{2,3}}?)(?:院士|教授)?"
                                   r"(?=[，,。；;？?！!\s]|谁|哪|$)", text)):
                name = m.group(1)
                if name[0] in _SURNAMES and name not in self._ids and _CJK_NAME.match(name) and \
                        not _NOT_IN_NAME.search(name) and _word_tags().get(name, "nr") == "nr" and \
                        not any(name in n or n in name for n in known):
                    out.append(name)
        return out

    def _enumerated(self, text: str) -> list[str]:
        """Names listed with 、 beside an expert's name that no expert bears (把钱学森、屠呦呦、袁隆平三人的获奖情况列成表:
        钱学森 and 屠呦呦 went unsaid and strangers were tabled, rt144): each a person's name by jieba, of a surname."""
        parts = text.split("、")
        if len(parts) < 2 or not (known := [n.name for n in self.find(text)]):
            return []
        out = []
        for i, part in enumerate(parts):
            tried = [part[-3:], part[-2:]] if i == 0 else [part[:3], part[:2]] if i == len(parts) - 1 else [part]
            name = next((t for t in tried if 2 <= len(t) <= 3 and _CJK_NAME.match(t) and t[0] in _SURNAMES
                         and _read_as_person(t)), None)
            if name and name not in self._ids and not any(name in k or k in name for k in known) and \
                    (i == 0 or i == len(parts) - 1 or len(part) == len(name)):
                out.append(name)
        return out

    @staticmethod
    def _latin_names(text: str) -> list[str]:
        """People a message names in pinyin (我想找 Zhang Wei 教授, Professor Li Ming): two or three capitalised words
        that spell pinyin syllables, one of them a surname's, after a request or title word or before a title."""
        out: list[str] = []
        taken = 0
        for m in (_LATIN_PERSON_NAME.match(text, c.start()) for c in re.finditer(r"(?<![A-Za-z])[A-Z]", text)):
            if m is None or m.start() < taken:  # (each capitalised word may begin one: "What does Liu Dehua …" read
                continue  # "What does Liu", and Liu was not tried again)
            words = [w for w in re.split(r"[\s\-]+", m.group()) if w]
            ends = [w.start() for w in re.finditer(r"[^\s\-]+", m.group())]  # where each word begins
            start = m.start()
            if len(words) == 3 and not _spells_pinyin(words[0].lower()) and words[1][0].isupper():  # "Is Zhang San an
                # academician?" (rt62)
                words, start, ends = words[1:], m.start() + ends[1], [e - ends[1] for e in ends[1:]]
            elif len(words) == 3 and (not _spells_pinyin(words[2].lower()) or len(words[2]) < 2 or
                                      not words[2][0].isupper()):  # Zhang Weiming at; Tu Youyou won (rt102)
                words = words[:2]  # Tsinghua, "Is Guan Qiao a member…": two words
            said = text[start:start + ends[len(words) - 1] + len(words[-1])]
            cued = _LATIN_CUE.search(text, 0, start) or _TITLE_AFTER.match(text[start + len(said):].lstrip())
            cued = cued or re.search(r"[A-Z][a-z]+\s*[(（]\s*$", text[:start])  # "Robin Li (Li Yanhong) of Baidu": a
            # name's other form in brackets (another's record was given, rt116)
            cued = cued or not text[:start].strip() and _OPENS_CLAIM.match(text, start + len(said))  # "Liu Dehua is an
            # academician, right?", "Tu Youyou won …" opening the message
            if cued and not _LATIN_ORG_AFTER.match(text, start + len(said)) and not _places_en(said) and \
                    all(_spells_pinyin(w.lower()) for w in words) and \
                    any(w.lower() in _surname_syllables() for w in (words[0], words[-1])):
                out.append(said)
                taken = start + len(said)
        return out

    def ids(self, name: str) -> tuple[str, ...]:
        """The experts bearing `name` (none for a name the graph does not hold)."""
        return self._ids.get(name, ())

    def misspelt(self, text: str) -> list[tuple[str, str]]:
        """Names one character off a graph name that open a clause and are asked about as a person, which `unknown`
        leaves out (潘建为院士哪年当选的？: 为 is read as no part of a name; 施一工在清华当副校长吗？: no cue it knows), each
        with the graph's name (施一工 → 施一公): another expert's record was given for them (rt129)."""
        out: list[tuple[str, str]] = []
        for start in _CLAUSE_OPENING.finditer(text):
            at = start.end()
            name = text[at:at + 3]
            if len(name) < 3 or not _CJK_NAME.match(name) or name in self._ids or _PLACE_WORD.match(name) or \
                    (close := self.near(name)) is None:  # (张家口在哪个省？: a place)
                continue
            end = at + 3
            if _PERSONAL_TITLE.match(text, end) or _ABOUT_PERSON.match(text, end) or _IS_TITLED.match(text, end) or \
                    end < len(text) and text[end] in "在是" and name[0] in _SURNAMES and \
                    (_read_as_person(name) or word_tag(name) is None):
                out.append((name, close))
        return out

    def near(self, name: str) -> str | None:
        """The one name of the graph that differs from `name` (three or four characters) in one given-name character
        (王殿佐 → 王淀佐), None when there is none or more than one."""
        if len(name) < 3:
            return None
        close = [n for n in self._by_start.get((len(name), name[0]), ())
                 if sum(a != b for a, b in zip(n, name)) == 1]
        if len(close) > 1:  # 李德人: 李德仁 and 李德群 are both one off — the one that sounds the same (a typing slip by
            from pypinyin import lazy_pinyin  # pinyin input, rt134)

            said = lazy_pinyin(name)
            close = [n for n in close if lazy_pinyin(n) == said]
        return close[0] if len(close) == 1 and len(self._ids[close[0]]) == 1 else None

    def _listed(self, text: str, at: int, length: int) -> bool:
        """Whether a name stands in a list of the graph's names (李卫、沈保根、都有为三位中…; 何琳和黄庆学): set by 、/和/与/及/跟
        beside another one, which cues a two-character name as a title would (it was dropped, and 都不是 answered of
        the others)."""
        end = at + length
        if end < len(text) and text[end] in _LIST_JOIN and any(text[end + 1:end + 1 + n] in self._ids for n in self._lengths):
            return True
        return at >= 1 and text[at - 1] in _LIST_JOIN and any(
            at - 1 - n >= 0 and text[at - 1 - n:at - 1] in self._ids for n in self._lengths)

    @staticmethod
    def _cued(text: str, at: int, length: int) -> bool:
        return bool(_TITLE_AFTER.match(text, at + length) or _ASK_BEFORE.search(text, 0, at) or _compared(text, at, length)
                    or _RELATION_BEFORE.search(text, 0, at)
                    or _WHAT_ABOUT.search(text, 0, at) and text.startswith("呢", at + length)
                    or _ADDRESSED_BEFORE.search(text, 0, at)
                    or _DESCRIBED_BEFORE.search(text, max(0, at - 24), at)  # 做激光等离子体的张杰 (rt98: a namesake's)
                    or not text[:at].strip() and text[at + length:at + length + 1] in "：:，,"  # 关桥：他的单位？ (rt89)
                    or _IS_TITLED.match(text, at + length)
                    or _ABOUT_PERSON.match(text, at + length) and CLAUSE_START.search(text, 0, at)
                    or _AT_ORG_AFTER.match(text, at + length) and CLAUSE_START.search(text, 0, at)
                    or _ALONE_IN_LATIN.fullmatch(text[max(0, at - 1):at + length + 1]) and _LATIN_TEXT.search(text))


# what a person is said to work on, right before the name (做激光等离子体的张杰, 研究给水排水的张杰)
_DESCRIBED_BEFORE = re.compile(r"(?:做|搞|研究|从事)[^，。？?的]{2,16}的$")
# a title of address at a clause's start right before a name (院士关河获得过…？ 教授王辰是…): a person is named
_ADDRESSED_BEFORE = re.compile(r"(?:^|[，,。；;：:？?！!\s])(?:请问)?(?:(?:院士|教授|老师|研究员)|"
                               # 水文专家王浩一共…: a trade said of the person (武强 was answered for him, rt147)
                               r"(?:著名的?)?[\u4e00-\u9fff]{1,8}?(?:专家|学家))\s*$")
# 那关桥呢？ (a follow-up asking the same of another person: a name between 那 at a clause's start and 呢; it was read
# as no name and its 他 as the person before, rt77)
_WHAT_ABOUT = re.compile(r"(?:^|[，,。；;！!？?\s])(?:那|那么|那位|还有)\s*$")
_LIST_JOIN = "、和与及跟"  # what sets one name beside another in a list
_COMPARED_AFTER = re.compile(r"(?:更|还|要)?(?:早|晚|先|后|大|小|多|少|年轻|年长|资深)")


# Wade–Giles spellings of a syllable's start and end and their pinyin (Chen-Ning 振宁, Tsung-Dao 政道, Hsue-shen 学森)
_WG_START = (("hs", ("x",)), ("ch", ("zh", "ch", "j", "q")), ("ts", ("z", "c")), ("tz", ("z", "c")), ("k", ("g", "k")),
             ("p", ("b", "p")), ("t", ("d", "t")), ("j", ("r",)))
_WG_END = (("ung", ("ong",)), ("ieh", ("ie",)), ("ih", ("i",)), ("ee", ("i",)))  # (Lee: the usual spelling of 李)


# a word that ends as a place's name does (张家口, 石家庄, 马鞍山): no person's, however jieba tags it
_PLACE_WORD = re.compile(r"[\u4e00-\u9fff]{2}(?:口|庄|山|江|河|湖|港|关|州|城|县|镇|村|岛|湾|峡|坝|沟)$")


def _with_hyphened(name: str, text: str) -> str:
    """A Latin name as written on with the hyphened or capitalised syllable after it (Yang Chen → Yang Chen-Ning, Chen
    Ning → Chen Ning Yang), else itself."""
    m = re.search(rf"{re.escape(name)}(-[A-Za-z]+|\s+[A-Z][a-z]+\b)", text)
    return name + m.group(1) if m else name


def _wade_giles(syllables: list[str]) -> list[str]:
    """The pinyin keys a name written in Wade–Giles may stand for (surname first or last as written), at most 64."""
    def forms(s: str) -> list[str]:
        starts = next(([p + s[len(w):] for p in ps] for w, ps in _WG_START if s.startswith(w)), [s])
        return list(dict.fromkeys(next((x[:-len(w)] + e for w, es in _WG_END if x.endswith(w) for e in es), x)
                                  for x in [s, *starts]))
    keys = [""]
    for s in syllables:
        keys = [k + f for k in keys for f in forms(s)][:64]
    return keys


def _compared(text: str, at: int, length: int) -> bool:
    """Whether a name stands after 比 and before what a comparison says (林尚扬比关桥早一年当选, 获奖比关桥多: jieba reads
    比关, rt63)."""
    return at >= 1 and text[at - 1] == "比" and bool(_COMPARED_AFTER.match(text, at + length))


@functools.lru_cache(maxsize=131072)
def _one_person_word(text: str) -> bool:
    """Whether jieba reads `text` as one person's name (李四光, 钱七虎: nr; not 石墨烯, read 石墨 + 烯)."""
    import jieba.posseg

    return [(w.word, w.flag) for w in jieba.posseg.cut(text)] == [(text, "nr")]


# one of the asker's own people named before their name (我们的工程师王建国, 我们销售部的李阳, 我的同事张伟)
_COLLEAGUE = re.compile(r"(?:我们|我|咱们|本|我司|公司|厂里|单位)(?:的|们的)?[\u4e00-\u9fff]{0,5}?(?:工程师|顾问|同事|技术员|经理|老板|"
                        r"领导|销售|客户|员工|师傅|主管|总工|厂长|总监|采购|助理|秘书|老师|朋友)$")
_AFTER_A_NAME = "说讲称道提认表的在是和与也还都曾就又"  # a word's first character right after a name (王辰说, 王辰也)


@functools.lru_cache(maxsize=131072)
def _read_as_person(name: str) -> bool:
    """Whether jieba reads `name` as a person's name (马化腾, 邓稼先) or, of three characters, as no word at all (屠呦呦:
    屠/呦/呦 — not 高温超, which holds the word 高温)."""
    import jieba.posseg

    words = [(w.word, w.flag) for w in jieba.posseg.cut(name)]
    return len(words) == 1 and words[0][1].startswith("nr") or len(name) == 3 and all(len(w) == 1 for w, _ in words)


def _pinyin(name: str) -> tuple[str, ...]:
    """A name's pinyin syllables, without tones (钟南山 -> zhong, nan, shan)."""
    from pypinyin import lazy_pinyin

    return tuple(lazy_pinyin(name))


_LATIN_PERSON_NAME = re.compile(r"(?<![A-Za-z])[A-Z][a-z]{1,7}(?:[ \t\-]+[A-Z]?[a-z]{1,8}){1,2}(?![A-Za-z])")


@functools.lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    """Every toneless pinyin syllable (about 420), from pypinyin's character table."""
    from pypinyin import Style
    from pypinyin.pinyin_dict import pinyin_dict
    from pypinyin.style import convert

    return frozenset(convert(p, Style.NORMAL, strict=True) for v in pinyin_dict.values() for p in v.split(","))


@functools.lru_cache(maxsize=1)
def _surname_syllables() -> frozenset[str]:
    """The pinyin of the common surnames (wang, zhang, ouyang …)."""
    return frozenset(s for name in (*SURNAMES, *COMPOUND_SURNAMES) for s in name_spellings(name))


@functools.lru_cache(maxsize=4096)
def _spells_pinyin(word: str, parts: int = 2) -> bool:
    """Whether `word` is one or two pinyin syllables (ming, jianguo)."""
    if word in _syllables():
        return True
    return parts > 1 and any(word[:i] in _syllables() and _spells_pinyin(word[i:], parts - 1) for i in range(1, len(word)))


# words of English that are also toneless pinyin syllables: a message made of them only may still be English
_ENGLISH_SYLLABLES = frozenset("a an he she me ma mi ne no to tie pin long men fan hen bang gang ping ding sing shi "
                               "chi he hang ren run ken den pan man can die lie you yes song sun".split())


def spells_pinyin(word: str) -> bool:
    """Whether a lower-case Latin word is one to four toneless pinyin syllables (zhong, nanshan, hanjie)."""
    return _spells_pinyin(word, 4)


def written_in_pinyin(text: str) -> bool:
    """Whether a message is Chinese typed as toneless pinyin (zhu su jian qiao qu, hanjie liewen): two or more Latin words
    of ten letters or more in all, none but the first capitalised (Zhong Nanshan is a name), every word one to four
    pinyin syllables, not all of them English words, and no Chinese."""
    if re.search(r"[\u4e00-\u9fff]", text):
        return False
    words = re.findall(r"[A-Za-z]+", text)
    if any(w[0].isupper() for w in words[1:]):  # Zhong Nanshan, Li Ming Wang Wei: names in pinyin, matched as such
        return False
    return len(words) >= 2 and sum(map(len, words)) >= 10 and all(_spells_pinyin(w.lower(), 4) for w in words) and \
        not all(w.lower() in _ENGLISH_SYLLABLES for w in words) and not re.search(r"[^\sA-Za-z，,。.！!？?、]", text)


@functools.lru_cache(maxsize=131072)
def name_spellings(name: str) -> frozenset[str]:
    """How a name is written in pinyin, surname first or last, without spaces or tones (zengqingcun, qingcunzeng):
    every reading of a character that has several (曾 zeng/ceng, 长 chang/zhang, 单 shan/dan, 解 xie/jie), since the
    one reading pypinyin picks for a word is often not the name's (申长雨 is Shen Changyu); at most 16 readings."""
    import itertools

    from pypinyin import Style, pinyin

    cut = 2 if name[:2] in COMPOUND_SURNAMES else 1
    forms = set()
    for syllables in itertools.islice(itertools.product(*pinyin(name, style=Style.NORMAL, heteronym=True)), 16):
        surname, given = "".join(syllables[:cut]), "".join(syllables[cut:])
        forms |= {surname + given, given + surname}
    return frozenset(forms)


#: how a surname is read where its character has several readings and the usual one is not the surname's (曾 zeng,
#: not ceng; 查 zha, not cha): the standard readings of these surnames
SURNAME_READINGS = {
    "曾": "zeng", "单": "shan", "解": "xie", "仇": "qiu", "区": "ou", "朴": "piao", "查": "zha", "乐": "yue", "覃": "qin",
    "缪": "miao", "盖": "gai", "种": "chong", "员": "yun", "召": "shao", "秘": "bi", "翟": "zhai", "句": "gou",
    "折": "she", "黑": "he", "繁": "po", "隗": "wei", "贲": "ben", "冼": "xian", "谌": "chen", "佴": "nai", "厍": "she",
    "尉迟": "yuchi", "长孙": "zhangsun", "万俟": "moqi", "柏": "bai", "任": "ren", "华": "hua", "纪": "ji", "宁": "ning",
    "相": "xiang", "过": "guo", "应": "ying", "燕": "yan", "那": "na", "薄": "bo", "蕃": "pi", "宓": "mi",
}

#: the same for characters of given names whose usual reading is not the one names take (申长雨 Changyu, not Zhangyu)
_GIVEN_READINGS = {"长": "chang", "焯": "zhuo", "行": "xing"}


def romanized(name: str) -> str:
    """A Chinese name in pinyin as English text writes it, surname first (曾庆存 -> Zeng Qingcun, 欧阳自远 -> Ouyang
    Ziyuan, 吕厚远 -> Lü Houyuan, 张建安 -> Zhang Jian'an); "" for a name not of two to four Chinese characters. The
    surname's reading is the surname's (SURNAME_READINGS), the given name's pypinyin's reading in context."""
    from pypinyin import lazy_pinyin

    if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name):
        return ""
    cut = 2 if name[:2] in COMPOUND_SURNAMES else 1
    surname = SURNAME_READINGS.get(name[:cut]) or "".join(lazy_pinyin(name[:cut]))
    syllables = [_GIVEN_READINGS.get(c, s) for c, s in zip(name[cut:], lazy_pinyin(name)[cut:])]
    given = syllables[0] + "".join(("'" if s[0] in "aoe" else "") + s for s in syllables[1:]) if syllables else ""
    return f"{surname.capitalize()} {given.capitalize()}".replace("v", "ü").strip()


def _usual_spellings(name: str) -> frozenset[str]:
    """A name's pinyin by each character's usual reading, surname first or last (zhoushining, shiningzhou)."""
    syllables = _pinyin(name)
    cut = 2 if name[:2] in COMPOUND_SURNAMES else 1
    return frozenset({"".join(syllables), "".join(syllables[cut:] + syllables[:cut])})


def _word_bounds(run: str, offset: int) -> set[int]:
    """Where jieba's words (no HMM: unknown names stay single characters) begin and end in `run`, as offsets."""
    import jieba

    jieba.setLogLevel(60)
    bounds, at = {offset}, offset
    for word in jieba.lcut(run, HMM=False):
        at += len(word)
        bounds.add(at)
    return bounds


def word_tag(word: str) -> str | None:
    """jieba's part-of-speech tag of a dictionary word (nr: a person's name, though also some others: 光催化), None
    for a word its dictionary does not hold."""
    return _word_tags().get(word)


@functools.lru_cache(maxsize=1)
def _word_tags() -> dict[str, str]:
    """jieba's part-of-speech tag of each dictionary word (nr: a person's name), loaded once."""
    import jieba.posseg

    jieba.setLogLevel(60)
    return jieba.posseg.dt.word_tag_tab
