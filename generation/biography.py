"""Questions about an expert's life, schooling, posts and works answered from the graph's own biography (Expert.bio):
the sentences that answer, quoted as written, each cited so that the guard checks the answer against them.

The graph's structured facts are institution, title, fields, directions and awards; an academician's profile also
holds a biography (男，1941年8月生，福建龙岩人。1959年毕业于…). A question such as 他是哪年出生的？ or 他在哪里读的大学？
is answered with that biography's sentences on the topic, never with anything else; where the biography has none,
the answer says so.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from kg.importers.bio_extraction import award_spellings, awards_named, students_honour
from retrieval.census import chinese_number
from generation.english_turns import AGE_GAP_EN
from generation.unheld import EPITHET_ASKED, EPITHET_ZH
from retrieval.models import Citation, CitedFact, ExpertMatch
from retrieval.names import word_tag
from retrieval.requirements import BORN

MAX_SENTENCES = 3  # per expert and question: the biography's first sentences on the topic
MAX_CHARS = 160  # a longer sentence is quoted up to the clause where this many characters are reached
BIOGRAPHY = "biography"  # the kind of the Citation (and its CitedFacts) that carries the quoted sentences


@dataclass(frozen=True)
class BioTopic:
    """One kind of question about a person, and the biography sentences that answer it."""

    name: str  # how an answer names the topic it found nothing on (没有关于年龄的内容): no word the guard reads as a claim
    english: str  # the same in an English sentence: "says nothing about their education"
    unheld: str  # the conversation's label for it (generation/conversation._UNHELD) that a quote answers
    asks: re.Pattern
    says: re.Pattern


_BIRTH = (r"(?:\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:出)?生(?![产物态命长活成])|生于|出生|籍贯|祖籍|"
          r"[（(]\d{4}(?:[.．]\d{1,2}){0,2}[.．]?\s*[-－—–~～]|[（(]\d{4}[.．]\d{1,2}(?:[.．]\d{1,2})?[）)]|"
          r"^[\u4e00-\u9fff]{2,4}[（(]\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?[）)]|"  # 管华诗（1939年8月）
          r"^[\u4e00-\u9fff]{2,8}人$|(?:^|[，,])[\u4e00-\u9fff]{1,6}?(?:省|市|自治区)[\u4e00-\u9fff]{0,10}?人(?:[，,]|$))"
          )  # 钟南山（1936.10.20- ）, 赵连城（1938.02.18）, 福建厦门人, 车辆电动化专家，湖南省常德市临澧县人
TOPICS: tuple[BioTopic, ...] = (
    BioTopic("年龄", "their birth and origin", "年龄、学历、师生等个人经历",
             re.compile(r"出生|生日|哪一?年生|生于|年龄|年纪|岁数|高寿|多大|几岁|多少岁|\d+岁|岁了|最年轻|最年长|更年轻|更年长|比较年轻|年轻一些|谁年轻|哪位年轻|哪个年轻|年长|籍贯|祖籍|哪里人|"
                        r"是[\u4e00-\u9fff]{2,6}?人(?:吗|吧|么|嘛|呢|[？?])|"
                        r"哪儿人|什么地方人|老家|家乡|同乡|老乡|同一个地方的人|\bborn\b|\bfrom\s+the\s+same\s+(?:place|province|town)\b|\bage\b|how old|birth|hometown|where\s+is\s+(?:he|she)\s+from|"
                        r"谁大|谁小|谁年长|谁年轻|谁更年|\b(?:oldest|youngest|eldest|older|younger)\b",
                        re.IGNORECASE),
             re.compile(_BIRTH)),
    # advisors, a topic of their own: a degree quoted for 导师是谁？ read as the answer (rt73) — where the biography names
    # none, that is said
    BioTopic("导师", "their teachers and advisors", "年龄、学历、师生等个人经历",
             re.compile(r"导师(?!组)|师从|师承|的老师是|老师是谁|拜[^，。？?]{0,4}为师|\badvis[eo]rs?\b|\bsupervisor\b|\bmentor\b",
                        re.IGNORECASE),
             re.compile(r"师从|师承|(?<!生)导师|指导下|受业于|拜[^，。；]{0,6}为师|跟随[^，。；]{0,10}(?:教授|先生|院士)")),
    BioTopic("学历", "their education", "年龄、学历、师生等个人经历",
             re.compile(r"毕业|学历|学位|母校|(?:大学|学院|学校)的?学生|\bas\s+a\s+student\b|留过?学|出过?国(?:读|念|深造|进修)|海归|读博|读硕|博士后|访问学者|读的?(?:大学|书|研究生|博士|硕士|本科)|上的?(?:大学|学)|念的?(?:大学|书)|"
                        r"本科|研究生|博士学位|硕士学位|graduat|degree|educat|studied|study|alma mater|"
                        r"ph\.?\s?d|doctorate|university\s+did", re.IGNORECASE),
             # (1956年考入北京航空学院热加工系，1958年随专业调至西北工业大学学习: "nothing on education" was said, rt75)
             re.compile(r"毕业|留学|肄业|就读|师从|进修|考入|考取|(?:大学|学院)[^，。；]{0,10}学习|研究生(?!院)|(?:获|取得|授予)[^，。；]{0,20}?(?:博士|硕士|学士)"
                        r"(?!学位论文|生导师|后)")),
    BioTopic("任职经历", "their career and posts", "职务",
             re.compile(r"经历|履历|简历|职务|职位|头衔|担任|曾任|现任|任过|任什么|做过什么工作|当过|工作过|待过|干过|以前在|曾在|历任|博导|退休|离休|"
                        r"博士生导师|硕导|做过[^，。？?]{0,8}?(?:长|主任|"
                        r"书记|主席|工程师)|(?:校长|院长|所长|主任|部长|会长|理事长|主席|总工程师|总设计师|总师|董事长|总经理|秘书长|书记|局长|"
                        r"厅长)"
                        r"(?:[，,]?\s*(?:对吧|对吗|是吧|是吗|没错吧)|吗|吧|么|嘛|呢|[？?])|"
                        r"career|posts?\b|positions?\b|background|worked\s+(?:as|at)|served|president|dean|director|"
                        r"chair(?:man)?|chancellor|head\s+of|chief\s+engineer|minister", re.IGNORECASE),
             re.compile(r"曾任|(?<!实)现任|历任|兼任|担任|(?<!实)现为|曾为|出任|当选[^，。；]{0,16}(?:院长|校长|主席|理事长|会长|所长|部长)|"
                        r"任[^，。；]{0,24}(?:院长|所长|校长|主任|总工程师|总设计师|"
                        r"理事长|会长|主席|主编|首席|书记|部长|局长)|"
                        # 中国科学技术大学教授，常务副校长: a post said without a verb
                        # (国家电网公司教授级高级工程师、副总工程师: after 、 too — it said "nothing on posts", rt75)
                        r"(?:^|[，,、])(?:常务)?副?(?:校长|院长|所长|总工程师|总设计师)(?=[。；，,、]|$)|"
                        # 铁路工程动力学专家。西南交通大学教授。: a post at an institution, said alone (rt62: "says nothing")
                        r"(?:^|[。；，,])[^，。；]{0,16}?(?:大学|学院|研究所|研究院|医院|公司|中心|集团)[^，。；]{0,6}?"
                        r"(?:教授|研究员|总工程师|总设计师|院长|所长|主任|(?:教授级)?高级工程师|工程师)(?=[。；，,、]|$)|"
                        # 武汉钢铁集团公司高级工程师。参加鞍钢恢复生产…: work in industry (张寿荣 was said to have no
                        # career written, rt93)
                        r"(?:参加|参与|负责|主持)[^，。；]{2,20}?(?:建设|生产|投产|改造|大修|设计|施工)")),  # (哈尔滨工业大学教授、
    # 研究生院院长: the post after 、 was never quoted, and 研究生院院长 was said unwritten, rt66)
    # 张福泽是哪个民族的？ 他是党员吗？ were "not recorded" while his biography writes 满族，中共党员 (rt42): quoted
    BioTopic("民族与政治面貌", "their ethnicity and party", "国籍、政治面貌、宗教信仰与身体情况",
             re.compile(r"民族|哪个族|什么族|(?<!非)党员|政治面貌|入党|民主党派|九三学社|民盟|民进|致公党|农工党|民建|台盟|"
                        r"\b(?:ethnic|ethnicity|party\s+member)\b", re.IGNORECASE),
             re.compile(r"(?:汉|回|满|蒙古|藏|维吾尔|壮|苗|彝|土家|朝鲜|侗|瑶|白|哈尼|傣|黎|畲|纳西|锡伯|达斡尔|土|羌|布依|仡佬)族(?!自治)|"
                        r"中共党员|共产党员|(?<!非)党员|九三学社|民盟|民进|致公党|农工党|民建|台盟|无党派")),
    BioTopic("是否在世", "whether they are living", "年龄、学历、师生等个人经历",
             re.compile(r"去世|逝世|在世|健在|还活着|\balive\b|\bdied\b|passed away|death", re.IGNORECASE),
             re.compile(r"逝世|去世|病逝|辞世|故于")),
    BioTopic("性别", "their gender", "年龄、学历、师生等个人经历",
             re.compile(r"性别|男的|女的|男性|女性|是男|是女|男士|女士|[男女](?:专家|院士|教授|科学家)|gender|\bmale\b|"
                        r"\bfemale\b|\bman or\b|\bwoman\b|\bwomen\b|\ba\s+man\b",
                        re.IGNORECASE),
             # (土壤微生物学家 女，1926年9月生: after a space, or before the birth year — it said the biography was
             # silent, rt64)
             re.compile(r"^(?:男|女)(?=[，,、]|$)|[，,](?:男|女)[，,]|[（(](?:男|女)[）)]|她|\s(?:男|女)(?=[，,、])|"
                        r"(?:男|女)[，,]\s*(?:19|20)\d\d\s*年|"
                        # a women's prize won (中国女青年科学家奖, 世界杰出女科学家成就奖: "says nothing about their gender", rt75)
                        r"女(?:青年)?科学家[^。；，,、]{0,6}?奖")),
    BioTopic("培养学生", "their students", "年龄、学历、师生等个人经历",
             # (是清华大学的学生吗？ asks where he studied: 学历, rt84)
             re.compile(r"(?<!大学的)(?<!学院的)(?<!学校的)(?<!大学)(?<!学院)(?<!学校)学生|弟子|培养|带过|(?<!as a )students?\b|supervis|mentor",
                        re.IGNORECASE),
             re.compile(r"培养|指导[^，。；]{0,8}(?:博士|硕士|研究生|学生)")),
    BioTopic("论文与著作", "their publications", "论文、专利与著作",
             re.compile(r"论文|文章|专著|著作|出版|代表作|发表|papers?\b|publications?|published|books?\b", re.IGNORECASE),
             re.compile(r"论文|专著|著作|出版|著有|发表|主编|编著")),
    # 他有多少项专利？ was answered with the number of his papers: patents are their own topic
    BioTopic("专利", "their patents", "论文、专利与著作", re.compile(r"专利|patents?\b", re.IGNORECASE),
             re.compile(r"专利")),
    # 张军作为第三完成人获得…，对吧？ "… won it alone, right?": the sentences on his part in an award (第一完成人, 所在集体;
    # 是 was said, the records holding no such part, rt138)
    BioTopic("获奖中的角色", "their part in awards", "", re.compile(
        r"完成人|集体获|作为成员|(?:独立|独自|单独)(?:完成|获得?)|(?i:\balone\b|single-handedly|completer|as\s+a\s+(?:team\s+)?member)"),
        re.compile(r"完成人|所在集体|集体|作为成员|成员之一")),
    # 陈清泉被誉为什么？: the sentences where his biography writes one (誉为“电动汽车之父”) — not "no epithets held"
    BioTopic("称号与美誉", "epithets", "称号与美誉", EPITHET_ASKED,
             re.compile(EPITHET_ZH + r"|美誉|美称|誉为|称为“|称作“")),
    BioTopic("简介", "their biography", "",
             re.compile(r"详细介绍|详细说说|多介绍|再介绍|具体介绍|简介|tell\s+me\s+more|more\s+(?:about|details|information|info)|"
                        r"\bdetails?\s+(?:about|on|of)\b|\bbiography\b|\bprofile\b", re.IGNORECASE),
             re.compile(r"[\u4e00-\u9fff]{4}")),  # 详细介绍一下第二位 / "Tell me more about the second one": its opening
    BioTopic("成果转化与应用", "how their results were put to use", "",
             re.compile(r"产业化|转化|落地|投产|量产|推广应用|应用到|用到了?哪|工程应用|实际应用|(?:和|与|跟|同)(?:企业|工厂|公司|厂家)合作|"
                        r"校企合作|企业合作|commerciali[sz]|"
                        r"industriali[sz]|put\s+(?:in)?to\s+(?:use|practice)|applied\s+in\s+industry", re.IGNORECASE),
             re.compile(r"产业化|转化|推广应用|推广|应用于|投产|生产线|工程应用|在[^，。；]{0,20}?(?:企业|工厂|行业)[^，。；]{0,8}?应用|"
                        # 筹建药物制剂国家工程研究中心…任董事长至今, 获得授权专利近80项: work taken to industry (侯惠民's
                        # was said to be unwritten, rt90)
                        r"工程(?:技术)?研究中心|董事长|总经理|创办|技术转让|授权[^，。；]{0,4}?专利|专利[^，。；]{0,8}?授权|"
                        r"(?:企业|工厂|厂家|公司)[^，。；]{0,6}?(?:合作|应用|采用)|家(?:企业|工厂|单位)应用")),
    BioTopic("主要成果", "their main results", "",
             re.compile(r"成果|贡献|代表性工作|主要工作|做出了?什么|做过哪些|(?:具体)?(?:做|干)(?:过|了)什么|突破|achievements?|"
                        # 主要成就是什么？: the awards recorded and what the biography says was done (awards alone, it was)
                        r"(?:主要|学术|科研|科学|技术)成就(?!奖)|(?:哪些|什么)成就(?!奖)|成就(?:是|有)|"
                        r"contributions?|known for|what\s+has\s+(?:he|she)\s+done|"
                        # "What did he achieve in …?" "Did he first develop / invent / discover / design …?" (the card alone, rt75)
                        r"\bachiev(?:e|ed)\b|\b(?:did|has|have|had)\s+(?:\w+\s+){1,3}?(?:develop|invent|discover|design|lead|"
                        r"build|break|crack|propose|pioneer)(?:ed)?\b|"
                        # 他参与过哪些工程？ 她发现了NT3吗？ 他主持过什么项目？: the work the biography writes (the card alone was
                        # given, rt75)
                        r"(?:参与|参加|主持|领导|负责|发现|发明|设计|研制|提出|建成|攻克)(?:了|过)?(?:哪些|什么|哪个|哪项|[^，。？?]{1,20}?"
                        r"(?:吗|吧|么|没有)|[^，。？?]{1,12}?[？?])|"
                        r"accomplish|main work|\bwhat\s+(?:did|has|have)\s+(?:he|she|they)\s+(?:design|build|invent|develop)"
                        r"(?:ed)?\b|\bworks\b|代表作|作品", re.IGNORECASE),
             # (设计作品有西安大雁塔景区三唐工程、陕西历史博物馆…: an architect's works, "says nothing" was said, rt84)
             re.compile(r"提出|建立|发明(?!专利)|研制|育成|发现|创立|开创|解决|首次|首创|开拓|奠基|揭示|阐明|实现|主持|攻克|创建|研发|"
                        r"完成了|设计了|作品|代表作|设计的|主持设计|设计建造|"
                        # 在…等方面取得重大进展, 以第一完成人获国家科技进步奖一等奖: what was achieved (a patent count and a
                        # strategy report were quoted as his main results, rt96)
                        r"取得了?[^，。；;]{0,6}?(?:进展|成果|突破|成就)|以第一完成人")),
)
_SENTENCE = re.compile(r"[^。；;！!？?\n]+[。；;！!？?]?")
_LISTED_VERB = re.compile(r"(?:曾|先后|还|并|多次)?(?:荣获|获得|获)")  # an award list's verb (曾获A；B；C)
_CLAUSE_END = re.compile(r"[，,、]")
_ITEM_NUMBER = re.compile(r"^(?:[（(]\d{1,2}[)）]|\d{1,2}[.、）)](?!\d))\s*")


PLACES = "您提到的地方"  # the name of the topic of the places a life question names (在美国留学的经历)


def asked(question: str) -> tuple[BioTopic, ...]:
    """The biography topics a question asks about (他是哪年出生的？在哪里读的大学？: birth, education), and, for such a
    question, the places it names (他在美国留学的经历: what the biography says of 美国, so that a premise it does not
    bear out is said to be unwritten)."""
    topics = tuple(t for t in TOPICS if t.asks.search(question))
    places = places_named(question) if topics else []
    if places:
        named = "|".join(sorted(map(re.escape, places), key=len, reverse=True))
        topics += (BioTopic(PLACES, "the places you named", "", re.compile(r"(?!)"), re.compile(named)),)
    return topics


def places_named(question: str, name: str = "") -> list[str]:
    """The places (countries, provinces, cities: jieba's ns words) a question names, its expert's `name` aside."""
    import jieba

    jieba.setLogLevel(60)
    text = question.replace(name, "，") if name else question
    return list(dict.fromkeys([*(w for w in jieba.lcut(text, HMM=False) if len(w) >= 2 and word_tag(w) == "ns"
                                 and w not in _NO_PLACE),
                               *_FAMOUS_SCHOOL.findall(text)]))


_NO_PLACE = frozenset({"外国", "国外", "海外", "境外", "国内", "中外", "外籍"})  # (哪些外国工程院: no place named)
# universities said by a short name a premise may use (他在哈佛读博的经历), which no school pattern reads
_FAMOUS_SCHOOL = re.compile(r"哈佛|麻省理工|斯坦福|耶鲁|普林斯顿|加州理工|伯克利|剑桥|牛津|哥伦比亚大学|芝加哥大学|康奈尔|"
                            r"帝国理工|东京大学|京都大学|莫斯科大学|列宁格勒|\bMIT\b")


def _ended(quote: str) -> str:
    """A quoted sentence as shown: its full stop, or the mark of a cut (…) where it was cut."""
    return quote if quote.endswith("…") else quote + "。"


def passages(bio: str, topics: tuple[BioTopic, ...]) -> list[str]:
    """The biography's sentences on any of `topics`, in its order, at most MAX_SENTENCES (those naming a place the
    question named first chosen), each as written (a long one cut at a clause end), without its closing mark."""
    found: list[str] = []
    verb = ""  # the verb of an award list whose items follow it after ；: 曾获A；2010年B；… (B was said unwritten, rt73)
    for m in _SENTENCE.finditer(bio or ""):
        text = _ITEM_NUMBER.sub("", m.group().strip().rstrip("。；;！!？?").strip())  # "(6)斜拉桥…": an item of a list
        read = verb + text  # (an item of the list read with its verb)
        if not m.group().rstrip().endswith(("；", ";")):
            verb = ""
        elif lead := _LISTED_VERB.search(text):
            verb = lead.group()
        if len(text) < 2 and text not in ("男", "女") or not any(t.says.search(read) for t in topics):  # (于吉红's "女")
            continue
        if len(text) > MAX_CHARS:  # up to the clause end after what it says (from the clause it starts in when
            # that lies beyond MAX_CHARS: …荣誉称号：全国先进工作者(1989)、…何梁何利基金技术科学奖(1998))
            spans = [_said(t, m) for t in topics for m in [t.says.search(text)] if m]
            start, stop = min(spans)
            if max(e for _, e in spans) - start <= MAX_CHARS:  # (现任国家心血管病中心主任，中国医学科学院阜外医院院长:
                stop = max(e for _, e in spans)  # up to the later topic's words too — it was cut before them, rt67)
            ends = [c.start() for c in _CLAUSE_END.finditer(text)]
            end = next((c for c in ends if c >= stop), len(text))
            begin = 0 if end <= MAX_CHARS else max((c + 1 for c in ends if c < start), default=0)
            whole = text
            text = text[begin:end] if end - begin <= MAX_CHARS else text[:MAX_CHARS]
            # a cut said as one (…荣誉称号：全国先进工作者(1989)… — it read as the whole sentence ending there, rt85)
            text = ("…" if begin > 0 else "") + text + ("…" if len(text) + begin < len(whole) else "")
        if text not in found:  # a biography may repeat itself
            found.append(text)
    places = [t for t in topics if t.name == PLACES]
    first = [q for q in found if any(t.says.search(q) for t in places)][:MAX_SENTENCES]
    # then the first sentence on each topic asked that those leave unsaid (born in Jiujiang and president of Nanchang
    # University?: three sentences on the birth and schooling left the post out, and it was said unwritten, rt66)
    first += [q for t in topics if t not in places and not any(t.says.search(k) for k in first)
              for q in [next((q for q in found if t.says.search(q)), None)] if q is not None and q not in first]
    # and the first sentence on each word of a topic of words that those leave unsaid (机器人焊接: 焊接专家 and two
    # workplace lines filled the quotes, and 机器人 — written in a later sentence — was said unwritten, rt92)
    for t in (t for t in topics if t.name == WORDS_TOPIC):
        for word in dict.fromkeys(m.group() for q in found for m in t.says.finditer(q)):
            if not any(word in k for k in first) and (q := next((q for q in found if word in q), None)) is not None:
                first.append(q)
    # then those that write the most of what was asked (与俄罗斯…研究院合作研究远景飞机布局 of 合作、研究、远景、飞机、布局,
    # not the first three naming 飞机 — it said the biography did not write 合作 or 布局, rt75)
    rest = sorted((q for q in found if q not in first), key=lambda q: -len({m.group() for t in topics
                                                                            for m in t.says.finditer(q)}))
    kept = set(first + rest[:MAX_SENTENCES - len(first)])
    return [q for q in found if q in kept]


# where the expert works now, for an expert whose record holds no institution (袁隆平在哪个单位？)
WORKPLACE = BioTopic("工作单位", "their workplace", "", re.compile(r"(?!)"),
                     re.compile(r"现任|现为|任职于|工作于|供职于|就职于|现就职|现工作|工作至今|"
                                # 先后在清华大学热能系和建筑学院任教 (江亿's institution was said unrecorded, no quote, rt130)
                                r"(?:大学|学院|研究院|研究所)[\u4e00-\u9fff、和]{0,14}?任教|"
                                # 哈尔滨焊接研究所高级工程师, 浙江大学…研究中心主任: a title at an institution
                                r"(?:大学|学院|研究院|研究所|中心|医院|公司|集团)[\u4e00-\u9fff]{0,14}?"
                                r"(?:教授|研究员|工程师|主任|院长|所长|总师|首席科学家)"))


# what the expert works on, for an expert whose record holds no direction (陳立泉院士研究什麼？ said there was none, rt46)
RESEARCH = BioTopic("研究工作", "their research", "", re.compile(r"(?!)"),
                    re.compile(r"从事|致力于|专注于|主攻|研究方向|开展[^，。；]{0,20}?研究|率先|研制|研究了|(?:主要|长期)研究"))


WORDS_TOPIC = "与问题有关的词语"


def words_topic(words: list[str]) -> BioTopic:
    """The biography sentences that name any of the problem's words the expert matched on (把推荐理由写得详细一点)."""
    named = "|".join(sorted(map(re.escape, words), key=len, reverse=True)) or "(?!)"
    return BioTopic(WORDS_TOPIC, "the words looked for", "", re.compile(r"(?!)"), re.compile(named))  # (not "your
    # problem's words": the words looked for may be fewer, and a biography writing the problem's other words was said
    # to write none of them, rt106)


# what a question says an expert worked on (他有没有参与过三峡工程？ 她发现了NT3吗？): its words are looked for in the biography
_WORK_ASKED = re.compile(r"(?:参与|参加|主持|领导|负责|发现|发明|设计|研制|研发|开发|提出|建成|攻克|破解|证明|育成|创建)(?:了|过)?"
                         r"(?P<what>[^，。？?！!]{2,20}?)(?:对吗|对吧|是吗|吗|吧|么|嘛|没有|[，。？?！!]|$)")
_NAMED_THING = re.compile(r"(?:(?![和与及或的了过是在还也])[\u4e00-\u9fff]-?)?[A-Za-z0-9]+(?:[-/][A-Za-z0-9]+)*")  # SHA-256, NT3, 歼20, 运-20


def work_words(question: str) -> list[str]:
    """The words of what a question says an expert worked on (三峡, NT3 of 参与过三峡工程 / 发现了NT3), for `words_topic`."""
    import jieba

    from retrieval.lexical import general_word

    jieba.setLogLevel(60)
    words = [re.sub(r"(?<=..)(?:工程|项目|技术|研究|工作)$", "", w) for m in _WORK_ASKED.finditer(question)
             for w in [*_NAMED_THING.findall(m.group("what")),  # (歼20 whole, not jieba's 歼 and 20)
                       *jieba.lcut(_NAMED_THING.sub("，", m.group("what")), HMM=False)]]  # (三峡工程: 三峡, as 参加了三峡
    # 输电 writes it)
    return list(dict.fromkeys(w for w in words if len(w) >= 2 and not re.fullmatch(r"哪\w*|什么|工程|项目|工作|技术|研究", w)
                              and not general_word(w)))


def unwritten_work(question: str, bio: str) -> list[str]:
    """The things a yes/no question says an expert worked on that the biography nowhere writes (SHA-256 of 她还破解了
    SHA-256对吗？ of one whose biography writes MD5 and SHA-1), hyphens aside (歼20 is 歼-20)."""
    if not bio or not asks_yes_no(question):
        return []
    plain = bio.replace("-", "").lower()
    return [w for w in work_words(question) if w.replace("-", "").lower() not in plain]


# the honours a biography lists beyond the structured record (外籍院士, 省部级奖, 国际奖项): for 他获得过哪些荣誉？
HONOURS = BioTopic("获奖与荣誉", "awards and honours", "", re.compile(r"(?!)"),
                   re.compile(r"(?:获|荣获|授予|当选|选为|评为|入选|增选|聘为)[^。；;]{0,80}?(?:奖|院士|荣誉|称号|勋章|会士|"
                              r"(?i:fellow|medal|award|prize))"))


def award_topic(forms: set[str]) -> BioTopic:
    """The biography sentences that say the expert won one of these awards or seats (获1990年国家技术进步奖特等奖,
    1991年选为中国科学院院士): for an award question the structured record cannot answer. An award is also found
    by its words in another order or with words between them within one clause (光华工程科技奖 written 工程科技光华奖,
    国际焊接学会终身成就奖 written 国际焊接学会（IIW）终身成就奖, 中国工程院院士 written 中国工程院首批院士)."""
    named = "|".join([*sorted(map(re.escape, forms), key=len, reverse=True),
                      *((_NATIONAL_AHEAD if f.startswith("国家") else "") + _in_one_clause(f) for f in forms
                        if not _FOREIGN_SEAT_FORM.match(f)),
                      *award_spellings(forms)])  # (“国家发明二等奖” for 国家技术发明奖二等奖; a foreign seat by its own
    # pattern below, and a national award by its words in order: 美国国家医学科学院 is no 美国国家科学院, 国家测绘局科技进步
    # 一等奖 no 国家科技进步一等奖, rt69)
    seats = "|".join([*(p for f in forms if re.search(r"(?:院士|会员|会士)$", f) and f != ANY_FOREIGN_SEAT
                        for p in ((_seat_pattern(f),) if _FOREIGN_SEAT_FORM.match(f) else (re.escape(f), _in_one_clause(f)))),
                      *([FOREIGN_SEAT_WRITTEN] if ANY_FOREIGN_SEAT in forms else [])]) or "(?!)"
    # (a seat listed without a verb: 中国工程院院士、美国国家医学科学院外籍院士、德国科学院外籍院士 — it was never quoted,
    # and the seat asked said unwritten, rt67)
    return BioTopic("获奖", "this award", "", re.compile(r"(?!)"),
                    re.compile(rf"^(?:(?=.*(?:获|授予|当选|选为|评为|荣膺|入选|增选|聘为)).*?(?P<hit>{named})|.*?(?P<seat>{seats}))"))


# a seat of any foreign or international academy or society as biographies write it (2007年当选为德国科学院院士, 英国皇家
# 学会外籍会员, 美国国家科学院外籍院士): what 外籍院士 / "a foreign academician" asks
# the countries and groupings foreign academies are named by (美国国家科学院, 第三世界科学院, 国际宇航科学院)
FOREIGN_LANDS = "美国|英国|法国|德国|日本|俄罗斯|瑞典|挪威|瑞士|意大利|加拿大|澳大利亚|印度|韩国|欧洲|欧亚|国际|第三世界|发展中国家"
FOREIGN_SEAT_WRITTEN = rf"(?:外籍|(?:{FOREIGN_LANDS})[^，,。；;、]{{0,14}}?)(?:院士|会员|会士)"
ANY_FOREIGN_SEAT = "外籍院士"


_ASKED_FOREIGN_ACADEMY = re.compile(rf"({FOREIGN_LANDS})(?:国家)?"
                                    r"([\u4e00-\u9fff]{0,6}?)(科学院|工程院|学会)")
_FOREIGN_SEAT_FORM = re.compile(rf"^({FOREIGN_LANDS})(?:国家)?"
                                r"([\u4e00-\u9fff]{0,6}?)(科学院|工程院|科学工程院|学会|学院)(?:外籍|荣誉)?(?:院士|会员|会士)$")


@lru_cache(maxsize=1024)
def _seat_pattern(form: str) -> str:
    """A foreign academy's seat as biographies vary it (美国科学院院士: 美国国家科学院外籍院士; 英国皇家学会会员: 英国皇家
    学会外籍会员; 日本科学院院士: 日本科学院荣誉院士) — not another academy of the same country (美国国家医学科学院)."""
    m = _FOREIGN_SEAT_FORM.match(form)
    if m is None:
        return re.escape(form)
    country, middle, kind = m.groups()
    # (发展中国家科学院（TWAS）院士: its abbreviation in brackets between — the seat was said unrecorded, rt75)
    return rf"{country}(?:国家)?{re.escape(middle)}{kind}(?:[（(][A-Za-z\s]{{1,12}}[）)])?(?:外籍|荣誉)?(?:院士|会员|会士)"


_NATIONAL_AHEAD = r"(?=[^，,。；;、：:和及]*?国家(?:级)?(?:科学技术|科技|自然|技术|最高|发明))"


def _not_near_miss(form: str, clause: str) -> bool:
    """Whether a clause holding a national award's words holds that award, not a ministry's or a province's of the
    same words (国家测绘局科技进步一等奖 is no 国家科技进步一等奖: it said the biography wrote it, rt69)."""
    return not form.startswith("国家") or bool(re.search(r"国家(?:级)?(?:科学技术|科技|自然|技术|最高|发明)", clause))


def names_award(text: str, forms: set[str]) -> bool:
    """Whether `text` (a quoted sentence) names one of an award's forms, as written, by its words in one clause, or as
    the importer reads awards from a biography (“国家发明二等奖” is 国家技术发明奖二等奖); 外籍院士, any foreign seat."""
    text = no_other_nobel(text)
    own = (lambda m: not students_honour(text, m.start()))  # (培养出…（含…长江学者…）: his students', not his)
    if ANY_FOREIGN_SEAT in forms and re.search(FOREIGN_SEAT_WRITTEN, text) or \
            any(_FOREIGN_SEAT_FORM.match(f) and re.search(_seat_pattern(f), text) for f in forms):
        return True
    return any(own(m) for f in forms for m in re.finditer(re.escape(f), text)) or any(
        own(m) and _not_near_miss(f, m.group()) for f in forms if not _FOREIGN_SEAT_FORM.match(f)
        for m in re.finditer(_in_one_clause(f), text)) or any(
        f in name for name in awards_named(text) for f in forms)


_OTHER_NOBEL = re.compile(r"阿克苏\s*[·•]?\s*诺贝尔|诺贝尔(?=公司|集团|化学公司|工业|炸药)|(?i:akzo\s*nobel)")


def no_other_nobel(text: str, unless: str = "") -> str:
    """`text` with the names that hold 诺贝尔 but name no Nobel Prize masked (中国化学会-阿克苏诺贝尔化学奖, 瑞典诺贝尔公司:
    "Yes" was said of each to "Does his record mention a Nobel Prize?", rt116) — unless `unless` (what is asked) names
    one of them."""
    return text if _OTHER_NOBEL.search(unless) or "公司" in unless else \
        _OTHER_NOBEL.sub(lambda m: "□" * len(m.group()), text)
# what an award's name holds besides the word for an award (国际焊接学会终身成就奖: 国际 焊接 学会 终身 成就)
_AWARD_WORD = re.compile(r"^(?:奖|奖项|奖励|大奖|荣誉|称号|获得|获)$")


@lru_cache(maxsize=4096)
def _in_one_clause(form: str) -> str:
    """A pattern for a clause that holds every word of an award's name, in any order (never matches for a name of
    fewer than two such words: one word alone is the literal form)."""
    import jieba

    jieba.setLogLevel(60)
    words, single = [], False
    for w in jieba.lcut(form, HMM=False):  # 何 梁 何 利: single characters in a row are one word (何梁何利)
        if len(w) == 1 and single and w != "奖":
            words[-1] += w
        else:
            words.append(w[:-1] if len(w) > 2 and w.endswith("奖") else w)  # 科技奖, 成就奖: 科技, 成就
        single = len(w) == 1
    words = list(dict.fromkeys(w for w in words if len(w) >= 2 and not _AWARD_WORD.match(w)))
    if len(words) < 2 and not (words and len(words[0]) >= 3 and words[0] != form):
        return "(?!)"
    ahead = "".join(rf"(?=[^，,。；;、：:和及]*?{re.escape(w)})" for w in words)  # (…二等奖2项和中国科学院…一等奖: two
    return rf"{ahead}[^，,。；;、：:和及]+"  # awards, neither of them 国家自然科学奖一等奖)


def cited(expert: ExpertMatch, bio: str | None, topics: tuple[BioTopic, ...]) -> ExpertMatch:
    """The expert with its biography's sentences on `topics` among its cited sources, so that the guard holds the
    answer to them (a biography with none on them is cited without sentences: the answer says it has none); with no
    biography or no topics, without any (an earlier turn's quotes are not this one's)."""
    topics = tuple(t for t in topics if t is not WORKPLACE or not expert.institution)  # only where none is recorded
    if not bio or not topics:
        return expert.model_copy(update={"citations": [c for c in expert.citations if c.kind != BIOGRAPHY]}) \
            if any(c.kind == BIOGRAPHY for c in expert.citations) else expert
    source = Citation(key=f"bio:{expert.id}", kind=BIOGRAPHY, title=f"{expert.name}简介",
                      facts=[CitedFact(kind=BIOGRAPHY, fact=q, snippet=_ended(q)) for q in passages(bio, topics)])
    kept = [c for c in expert.citations if c.kind != BIOGRAPHY]  # an earlier turn's quotes give way to this one's
    return expert.model_copy(update={"citations": [*kept, source]})


# a clause about study, or a school's later name (毕业于淮南矿业学院（现安徽理工大学）): no workplace
_STUDY_CLAUSE = re.compile(r"毕业|就读|考入|肄业|留学|进修|求学|学习|读书|(?:获|取得|授予)[^，。；]{0,20}?(?:博士|硕士|学士)|"
                           r"[（(]现|前身|原名")
_ORG_END = re.compile(r"大学|学院|研究院|研究所|医院|公司|集团|科学院|工程院|学会|协会|委员会|中心|实验室")


def org_written(orgs: Sequence[str], said: Sequence[str]) -> list[str]:
    """The quoted clauses that write one of `orgs` (Chinese, or English read by `latin_org_matches`) as where the
    expert works or holds a post — not where they studied: 北京交通大学隧道及地下工程试验研究中心主任、博导、教授 of 王梦恕,
    whose record holds another institution (it said 不是, rt66)."""
    from retrieval.english_names import latin_org_matches, org_clues
    from retrieval.models import org_key

    out = []
    for clause in (c for q in said for c in re.split(r"[。；;，,]", q)):
        if not clause or _STUDY_CLAUSE.search(clause):
            continue
        keyed = org_key(clause)
        for org in orgs:
            if re.search(r"[\u4e00-\u9fff]", org):
                hit = org in clause or org_key(org) in keyed
            else:  # "Nanchang University" of 曾任南昌大学校长: a Chinese name in the clause that reads as it; "Laval
                # University" of 加拿大Laval大学…博士后: its own Latin word before the kind of organisation
                hit = any(latin_org_matches(org, clause[start:end.end()]) for end in _ORG_END.finditer(clause)
                          for start in range(max(0, end.end() - 24), end.start())) or any(
                    re.search(rf"(?<![A-Za-z])(?i:{re.escape(w)})(?![A-Za-z])[\sA-Za-z.]{{0,20}}(?:{_ORG_END.pattern})",
                              clause)
                    for w in org_clues(org) if w.isascii())
            if hit and clause not in out:
                out.append(clause)
    return out


def quotes(expert: ExpertMatch) -> list[str] | None:
    """The biography sentences `cited` gave the expert; None when the graph holds no biography of them."""
    sources = [c for c in expert.citations if c.kind == BIOGRAPHY]
    return [f.fact for c in sources for f in c.facts] if sources else None


YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")  # a year a question states (1950, 2011)
_BEFORE_SCHOOL = re.compile(r"^.*(?:是|在|从|于|到|去)")
_BIRTH_ASKED = re.compile(r"出生|生的|生于|哪年生|\bborn\b|birth", re.IGNORECASE)
_BORN = BORN  # (retrieval/requirements.py: the wish for an age reads birth years the same way)
_YES_NO = re.compile(r"[吗吧么嘛]\s*[？?]?\s*$|是不是|是否|对吗|对吧|对不对|没错吧|^\s*(?:is|was|were|did|does|has|had)\b|"
                     r",\s*(?:right|correct|isn't\s+(?:it|he|she)|wasn't\s+(?:it|he|she))\s*\?*\s*$", re.IGNORECASE)


def asks_yes_no(question: str) -> bool:
    """Whether a question ends as a yes/no question does (…吗？ 是不是…, "Is he …?")."""
    return _YES_NO.search(question) is not None


_ELECTION_ASKED = re.compile(r"当选|选为|增选|\belected\b", re.IGNORECASE)
_ELECTED = re.compile(r"(\d{4})年?[^，。；\d]{0,8}?(?:当选|选为|增选|选聘)")
# a decade a question states ("born in the 1960s", 1960年代): checked as a decade, not as the year 1960
_DECADE = re.compile(r"(?<!\d)((?:19|20)\d)0\s*(?:'?s\b|年代)")


def _said(topic: BioTopic, m: re.Match) -> tuple[int, int]:
    """Where a topic's match says it: its `hit` group when it has one (an award's name), else the whole match."""
    for group in ("hit", "seat"):
        if group in m.re.groupindex and m.group(group) is not None:
            return m.span(group)
    return m.span()


def _dated(pattern: re.Pattern, said: list[str]) -> str | None:
    """The year the quoted sentences give for a birth or an election (1941年8月生, 钟南山（1936.10.20- ）, 1991当选为…)."""
    m = next((m for q in said for m in [pattern.search(q)] if m), None)
    return next(g for g in m.groups() if g) if m else None


# a question asked in the negative (他不是福建人吧？): the biography is quoted, never 是/不是, which would read reversed
_NEGATED = re.compile(r"(?<!是)不是|没有|没(?:当选|获|得|拿|去|在|读)|并非|未曾|\bnot\b|n't\b", re.IGNORECASE)
# where a question says the expert is from (他是扬州人吗？ 1930年生于上海的吗？)
_PLACE_SAID = re.compile(r"是([\u4e00-\u9fff]{2,6}?)(?:省|市|县)?人(?=吗|吧|么|嘛|呢|[？?]|$)|(?:生于|出生于|出生在|来自)"
                         r"([\u4e00-\u9fff]{2,8}?)(?:省|市|县)?(?=的|吗|吧|呢|么|[？?]|$)")
_EITHER = re.compile(r"还是|或者|\bor\b", re.IGNORECASE)
_SCHOOLING = re.compile(r"毕业|学位|博士|硕士|学士|本科|读|念|留过?学|就读|求学|进修|graduat|degree|ph\.?\s?d|doctor|master|bachelor|"
                        r"stud(?:y|ied)", re.IGNORECASE)
_CLAUSES = re.compile(r"[，,；;。]")
QUESTION_CLAUSES = re.compile(r"[，,；;。？?！!、]|并且|而且|(?<=年)[，,]?(?:和|又|并)|(?i:\band\b)")  # (born in 1932 and
# elected in 1995: two facts, each year its own)
_ANY_SCHOOL = re.compile(r"[\u4e00-\u9fff]{2,24}?(?:大学|学院|研究院|研究所|学校)")
# the words a yes/no question about a life fact is made of besides the facts it states (checked: nothing else may be
# left, or the question states something the quotes cannot confirm: a month, a degree, a country)
_FRAME = re.compile(r"他们|她们|他|她|第[一二三四五六七八九十\d]+位|这位|那位|该专家|专家|院士|教授|老师|是不是|是否|是|的|吗|吧|么|嘛|呢|"
                    r"对吗|对吧|出生|生于|生|毕业于|毕业|读|念|获得|获|得过|拿过|过|了|于|在|从|来自|当选为|当选|选为|年|人|省|市|县|真的|"
                    r"学位|博士|硕士|学士|本科|研究生|留过?学|留学过|进修过?|"
                    r"请问|那|那么|\b(?:is|was|were|did|does|do|has|had|he|she|his|her|him|they|the|first|second|third|one|expert|"
                    r"born|in|on|at|from|graduate|graduated|study|studied|elected|win|won|get|got|a|an|of|year|really|right|true|"
                    r"isn't|wasn't|didn't)\b|[\W_]", re.IGNORECASE)


# a count of works or students a question or a biography states (3项国家发明专利, 300多篇论文, 论文150余篇, 十几项):
# the number, how it is hedged (多/余/几) and the thing counted in its clause
_COUNTED = ("论文", "专利", "专著", "著作", "博士", "硕士", "研究生", "学生")
_COUNT = re.compile(r"(?<!他们)(?<!她们)(?<![这那前后头])(?P<n>\d+|[一二两三四五六七八九十百千]+)\s*(?P<hedge>多|余|几)?\s*"
                    r"(?P<unit>项|篇|部|名|位|件|本|人)")  # (not 他们两位, 这三位: the people asked about)
_UNITS = {"论文": "篇", "专利": "项件", "专著": "部本", "著作": "部本", "博士": "名位人", "硕士": "名位人", "研究生": "名位人",
          "学生": "名位人"}  # the words a count of each thing takes


def _count_range(number: str, hedge: str | None) -> tuple[float, float] | None:
    """The values a written count allows: 3 → [3, 3]; 300多 → [300, 400); 十几 → [11, 19]; 150余 → [150, 200)."""
    if number.startswith("十") and hedge == "几":
        return 11, 19
    n = int(number) if number.isdigit() else chinese_number(number)
    if n is None:
        return None
    if hedge:
        step = 10 ** max(0, len(str(n)) - 1) if n >= 10 else 1
        return n, n + step - 0.5
    return n, n


def _counts(text: str) -> dict[str, list[tuple[float, float]]]:
    """Each counted thing of `_COUNTED` a text's clauses count, with the ranges of its counts."""
    out: dict[str, list[tuple[float, float]]] = {}
    for clause in _CLAUSES.split(text):
        things = [t for t in _COUNTED if t in clause]
        for m in _COUNT.finditer(clause):
            if len(things) == 1 and m.group("unit") in _UNITS[things[0]] and \
                    (span := _count_range(m.group("n"), m.group("hedge"))):
                out.setdefault(things[0], []).append(span)
    return out


def count_contradicted(question: str, said: list[str]) -> bool:
    """Whether the question states a count of something (关桥拥有3项国家发明专利？ 发表了300多篇论文吧？) that the quoted
    sentences count otherwise, every count they write of it outside the range the question's allows."""
    asked, written = _counts(question), _counts("。".join(said))
    return any(thing in written and all(b < lo or hi < a for a, b in written[thing])
               for thing, spans in asked.items() for lo, hi in spans)


# a post at an organisation a question states (曾任清华大学校长, 当过中国科学院副院长)
_POST_ASKED = re.compile(r"(?P<org>[\u4e00-\u9fff]{2,12}?(?:大学|学院|研究院|研究所|医院|公司|集团|科学院|工程院|学会|协会|"
                         r"委员会|中心|部|局))的?(?P<post>副?(?:校长|院长|所长|部长|局长|主任|董事长|总经理|总工程师|理事长|会长|"
                         r"主席|党委书记))")


# a sex the question states to confirm (是男性吧？ 她是女的吗？ "He is a woman, right?"), and how a biography writes one
_SEX_ASKED = re.compile(r"是(?:(?P<f>女(?:性|的|士|院士|专家|科学家)?)|男(?:性|的|士|院士|专家|科学家)?)(?:吧|吗|么|嘛|[，,]\s*(?:对吧|对吗|是吧))|"
                        r"(?i:\b(?:is|was)\s+(?:(?:he|she|\S+)\s+)?a\s+(?:(?P<f2>woman|female)|man|male)\b)")
# a sex claimed of someone among other facts (是女院士，1936年出生, "is a woman born in 1936"), checked, then set aside
_SEX_CLAIMED = re.compile(r"(?:是|为)?(?:(?P<f>女(?:性|院士|专家|科学家))|男(?:性|院士|专家|科学家))|(?i:\b(?:a\s+)?(?:(?P<f2>woman|female)|"
                          r"male)\s+(?:academician|scientist|expert)\b)")
_FEMALE_WRITTEN = re.compile(r"[（(]女[）)]|^女[，,]|[，,]女[，,]|\s女[，,、]|女[，,]\s*(?:19|20)\d\d\s*年")
_MALE_WRITTEN = re.compile(r"[（(]男[）)]|^男[，,]|[，,]男[，,]|\s男[，,、]|男[，,]\s*(?:19|20)\d\d\s*年")


def states_male(text: str) -> bool:
    """Whether a biography writes that its expert is a man (施一公 … 男，1967年5月生)."""
    return _MALE_WRITTEN.search(text) is not None


_LEFT_POST = re.compile(r"卸任|离任|辞去|辞掉|不再担任|不再是|退下来")  # a post said to be left
# a post asked with no organisation, as what the question ends on (他当过院长吗？ 关桥是理事长吧？ 他现在还是主任吗？)
_BARE_POST = re.compile(r"(?:当过|做过|担任过?|任过|曾任|现任|是|出任过?|还是|仍是|(?P<left>卸任|离任|辞去|辞掉|不再担任)(?:了)?)"
                        r"(?P<post>(?:常务)?副?(?:校长|院长|所长|部长|局长|主任|董事长|总经理|总工程师|理事长|会长|主席|"
                        r"党委书记))(?:的?职务|一职)?(?:了)?(?:吗|吧|么|嘛)?\s*[？?]?\s*$")
_ANOTHER_ORG = re.compile(r"[\u4e00-\u9fff]{2,}?(?:大学|学院|研究院|研究所|医院|公司|集团|科学院|工程院|学会|协会|委员会)")


# the verbs a question puts before a post (曾任, 担任过, 当过): frame words once the post is taken out
_POST_VERB = re.compile(r"曾经担任过?|曾担任过?|曾经|曾任|现任|兼任|历任|当过|担任过?|任过|做过|出任过?|担任|当|任|做|曾|对不对|没错")
_NOT_NOW_ASKED = re.compile(r"曾|原任|当过|做过|担任过|任过|历任|以前|过去|\b(?:was|were|used\s+to|formerly)\b", re.IGNORECASE)
# what makes a post another one than the bare post (副校长 is no 校长, 名誉院长 no 院长: it said 是, rt67)
_POST_QUALIFIER = ("副", "名誉", "荣誉", "顾问", "代")
# the tense a clause gives a post: before it, the last of these says whether it is held now or was held
_NOW_MARK = re.compile(r"现任|现为|现在|目前|如今|兼任|现是|现")
_PAST_MARK = re.compile(r"曾任|曾经|曾为|曾是|原任|历任|先后任|曾|原(?=[\u4e00-\u9fff]{2,}(?:大学|学院|所|院|部|局|委))|前任")
_NOW_ASKED = re.compile(r"现任|现在|目前|如今|当前|现为|(?<!曾)是.{0,20}?(?:吗|吧|么)|\b(?:currently|now|current)\b", re.IGNORECASE)


def post_orgs(question: str) -> list[str]:
    """The organisations of the posts a question states (阜外医院 of 胡盛寿现任阜外医院院长吗？)."""
    orgs = (re.sub(r"^.*?(?:曾经担任过?|曾担任过?|曾经|曾任|曾|现任|兼任|历任|当过|担任过?|任过|做过|出任过?|是)", "",
                   m.group("org")) for m in _POST_ASKED.finditer(question))
    return [o for o in orgs if len(o) >= 2 and not re.search(r"哪|什么|何", o)]


def _post_written(org: str, post: str, said: list[str], now: bool = False) -> bool:
    """Whether a quoted sentence writes `post` of `org`: after the organisation, before another one begins
    (中国科学技术大学教授，常务副校长 — not 清华大学教授，曾任南昌大学校长), as that post, not a deputy's or an
    honorary one (副校长, 名誉院长 of 校长, 院长 asked), and, when `now` is asked, not as a post held before
    (曾任第四军医大学校长 of 现任…校长)."""
    from generation.aliases import ORG_ALIASES

    short = [a for a, full in ORG_ALIASES.items() if full == org or full.removeprefix("中国") == org]
    for sentence in re.split(r"[。；;]", "。".join(said)):
        sentence = re.sub(r"[（(][^）)]{0,20}[）)]", "", sentence)  # 复旦大学（中山医院）肝癌研究所所长 (rt81)
        for alias in short:  # 现任哈工大教授、博士生导师、校长 writes the post at 哈尔滨工业大学 (rt105)
            sentence = sentence.replace(alias, org) if org not in sentence else sentence
        at = sentence.find(org)
        while at >= 0:
            rest = sentence[at + len(org):]
            other = _ANOTHER_ORG.search(rest)
            held = rest[:other.start()] if other else rest
            for m in re.finditer(re.escape(post), held):
                if _qualified(held[:m.start()], post):
                    continue
                if now and _past_clause(sentence[:at]):
                    continue
                return True
            at = sentence.find(org, at + 1)
    return False


def _post_anywhere(post: str, said: list[str], now: bool = False) -> bool:
    """Whether a quoted sentence writes `post` of any organisation, as that post (not 副主席 of 主席 asked) and, when
    `now` is asked, not as one held before."""
    for sentence in re.split(r"[。；;]", "。".join(said)):
        sentence = re.sub(r"[（(][^）)]{0,20}[）)]", "", sentence)
        for m in re.finditer(re.escape(post), sentence):
            if not _qualified(sentence[:m.start()], post) and not (now and _past_clause(sentence[:m.start()])):
                return True
    return False


def _qualified(before: str, post: str) -> bool:
    """Whether the words right before a post written make it another one than `post` (副校长, 名誉院长 of 校长, 院长)."""
    return any(before.endswith(q) and not post.startswith(q) for q in _POST_QUALIFIER) or \
        post.startswith("副") and before.endswith(("名誉", "荣誉"))


def _past_clause(before: str) -> bool:
    """Whether the words before an organisation in a sentence put the post after it in the past (曾任…、第四军医大学):
    the last tense mark before it is a past one."""
    past = [m.end() for m in _PAST_MARK.finditer(before)]
    now = [m.end() for m in _NOW_MARK.finditer(before)]
    return bool(past) and (not now or max(past) > max(now))


_WH_ONLY_EN = re.compile(r"\s*(?:and\s+)?(?:when|which|what|who|whom|whose|where|how)\b", re.IGNORECASE)
_YES_NO_EN = re.compile(r"[?.!]\s*(?:is|was|are|were|did|does|do|has|have|had|can|could)\b|,\s*(?:right|correct|true|"
                        r"isn't\s+it|wasn't\s+(?:he|she|it)|didn't\s+(?:he|she))\s*\?", re.IGNORECASE)


# study or a degree asked as taken abroad (国外, 海外, 留学, "abroad"), and where a quoted clause places it
_ABROAD_ASKED = re.compile(r"国外|海外|境外|出国|留学|留过学|(?i:\b(?:abroad|overseas|outside\s+(?:of\s+)?china|foreign\s+"
                           r"(?:university|universities|country|countries)))")
_ANSWER_FORM = re.compile(r"(?i)(?:\b(?:please\s+)?(?:answer\s+)?(?:(?:only|just)\s+)?(?:with\s+)?(?:a\s+)?(?:(?:only|just)\s+)?"
                          r"(?:yes\s+or\s+no|yes/no)\b(?:\s+only)?[:：,.，。]?)|(?:请)?(?:只|仅)?(?:回答|答)?(?:是或否|是或者否|是还是否)"
                          r"[：:，,。]?")
_FOREIGN_WRITTEN = re.compile(
    r"美国|英国|德国|法国|日本|苏联|俄罗斯|加拿大|澳大利亚|瑞士|瑞典|荷兰|比利时|意大利|丹麦|挪威|奥地利|新加坡|以色列|印度|韩国|"
    r"波兰|捷克|匈牙利|罗马尼亚|保加利亚|新西兰|西班牙|葡萄牙|芬兰|爱尔兰|民主德国|联邦德国|东德|西德|乌克兰|白俄罗斯|"
    r"莫斯科|列宁格勒|圣彼得堡|基辅|巴黎|伦敦|东京|京都|大阪|剑桥|牛津|哈佛|麻省理工|斯坦福|普林斯顿|耶鲁|加州|芝加哥|柏林|"
    r"慕尼黑|维也纳|佛罗伦萨|罗马|苏黎世|哥本哈根|斯德哥尔摩|爱丁堡|曼彻斯特|海德堡|哥廷根|亚琛|鲁汶|阿姆斯特丹|代尔夫特|悉尼|"
    r"墨尔本|多伦多|蒙特利尔|麦吉尔|康奈尔|哥伦比亚大学|约翰斯?·?霍普金斯|留学|赴[美英德法日苏俄加澳]|[A-Za-z]{3,}")
_HOME_WRITTEN = re.compile(r"中国|中科院|国内|中央|北京|天津|上海|重庆|南京|武汉|西安|成都|广州|杭州|长沙|合肥|济南|青岛|大连|"
                           r"沈阳|哈尔滨|长春|郑州|兰州|昆明|福州|厦门|南昌|太原|清华|北大|复旦|交通大学|浙江大学|南开|同济|"
                           r"中山大学|厦门大学|华中|华南|华东|西北|东北|西南|河海|解放军|军事医学|第[一二三四]军医大学|"
                           r"(?:河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|"
                           r"陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆)")
_DEGREE_CLAUSE = {"phd": re.compile(r"博士(?!后)"), "master": re.compile(r"硕士|副博士")}


def _abroad(question: str, said: list[str]) -> str | None:
    """Whether the quoted biography places the study or degree asked abroad: "yes" where a clause that writes it names
    a foreign country, city or university (or a name in Latin letters), "no" where every such clause names a Chinese
    place or institution and none a foreign one, "unsaid" where no clause writes that degree, else None (香港 alone:
    neither)."""
    asked = "phd" if re.search(r"博士|(?i:\bph\.?\s?d\b|doctor)", question) else \
        "master" if re.search(r"硕士|(?i:\bmaster)", question) else None
    clauses = [c for c in _CLAUSES.split("。".join(said)) if c.strip()]
    written = [c for c in clauses if (_DEGREE_CLAUSE[asked].search(c) if asked else _STUDY_CLAUSE.search(c))]
    if not re.search(r"荣誉|名誉|(?i:honorary)", question):  # 1982年获香港大学哲学博士，1993年获乌克兰…荣誉…博士学位: the
        written = [c for c in written if not re.search(r"荣誉|名誉", c)] or written  # earned one (是 of the honorary, rt120)
    if not written:
        return "unsaid" if asked else None
    if any(_FOREIGN_WRITTEN.search(c) for c in written):
        return "yes"
    return "no" if all(_HOME_WRITTEN.search(c) for c in written) else None


def _written_name(name: str) -> str:
    """A pattern of a name as a question writes it: in characters, or in pinyin with the surname first or last (Shi
    Yigong, Yigong Shi, Shi Yi-gong)."""
    from pypinyin import lazy_pinyin

    syllables = lazy_pinyin(name)
    given = r"[\s-]*".join(syllables[1:])
    return rf"{re.escape(name)}|(?i:\b(?:{syllables[0]}\s+{given}|{given}\s+{syllables[0]})\b)" if len(syllables) > 1 \
        else re.escape(name)


def _without_said_of(other: str, name: str, question: str) -> str:
    """The question without what it states of another person: from that person's name to the end of its clause or to
    `name` (王建国1957年7月出生、聂建国1958年8月出生: 聂建国's month was read as 王建国's, and 不是 said of a true date, rt129)."""
    own = re.compile(_written_name(name)) if name else None
    out, at = [], 0
    for m in re.finditer(_written_name(other), question):
        if m.start() < at:
            continue
        end = re.search(r"[，,。；;？?、！!]|\.(?:\s|$)", question[m.end():])
        stop = m.end() + end.start() if end else len(question)
        if own is not None and (mine := own.search(question, m.end(), stop)):
            stop = mine.start()
        out.append(question[at:m.start()])
        at = stop
    return "".join(out) + question[at:]


def verdict(question: str, said: list[str], name: str = "", others: Sequence[str] = ()) -> str | None:
    """What the quoted sentences say to a year, school or place the question states (他是1950年出生的吧？ 他是北京大学毕业的
    吗？ 他是扬州人吗？ "Was he born in 1950?"): "no" when the biography dates that birth or election otherwise,
    "unsaid" when something stated is not written there, "former" when a post asked as held now is written as held
    before, "yes" only when everything the question states is written
    there and nothing else is stated; None for a question stating none of these, or asked in the negative. The
    names of `others` asked about in the same question state nothing (胡亚美 holds 亚美, which jieba calls a place)."""
    for other in others:
        if other != name:
            question = _without_said_of(other, name, question).replace(other, "，")
    text = "".join(said)
    question = _ANSWER_FORM.sub(" ", question)  # ("Answer only yes or no: did …?": no 是还是 of two to choose from)
    if _WH_ONLY_EN.match(question) and not _YES_NO_EN.search(question):  # "When was she elected, and which award did
        return None  # she get in 2014?" asks, it states nothing: no "No." (rt102)
    if _EITHER.search(question):
        return None  # 是江西人还是山东人？: the quotes answer it, no 是/不是
    several = any(o != name for o in others) or re.search(r"一共|总共|合计|加起来|共计|他们|两人|两位|三位|\btogether\b|"
                                                           r"\bin\s+total\b|\bcombined\b", question, re.IGNORECASE)
    if _ABROAD_ASKED.search(question) and _YES_NO.search(question) and not _NEGATED.search(question) and not several:
        return _abroad(question, said)  # 王贻芳的博士学位是在国外拿的吗？ "Did Ye Yuru get her PhD abroad?" (the quote
        # alone, no yes or no, rt114/rt116)
    if (sex := _SEX_ASKED.search(question)) is not None and _YES_NO.search(question) and not _NEGATED.search(question) \
            and not several:  # 向巧是男性吧？ of 向巧（女）: 不是 (the quote alone was given, rt84)
        asked_female = bool(sex.group("f") or sex.group("f2"))
        written = {"女" for _ in _FEMALE_WRITTEN.finditer(text)} | {"男" for _ in _MALE_WRITTEN.finditer(text)}
        if len(written) == 1:
            return "yes" if ("女" in written) == asked_female else "no"
        return "unsaid" if not written else None
    if (claimed := _SEX_CLAIMED.search(question)) is not None and not _NEGATED.search(question):  # 陈亚珠是女院士，
        # 1936年出生，对吗？: a sex claimed beside other facts — 不是 where the biography writes the other one
        written = {"女" for _ in _FEMALE_WRITTEN.finditer(text)} | {"男" for _ in _MALE_WRITTEN.finditer(text)}
        if len(written) == 1 and ("女" in written) != bool(claimed.group("f") or claimed.group("f2")):
            return "no"
        question = question[:claimed.start()] + "，" + question[claimed.end():]
    if not _NEGATED.search(question) and not several and count_contradicted(question, said):
        return "no"  # 陈政清发表了300多篇论文吧？ of 发表论文150余篇 (rt40: quoted without a 不是); not a total of several
        # (樊会涛和邱志明一共有32项发明专利: each one's count is no contradiction of their sum, rt44)
    posts = list(_POST_ASKED.finditer(question.replace(name, "，") if name else question))
    post = posts[0] if posts else None
    org = ""
    for each in posts:  # (韦钰曾任教育部副部长，现任东南大学校长: each post said is checked, rt67)
        org = re.sub(r"^.*(?:曾经担任过?|曾担任过?|曾经|曾任|曾|现任|兼任|历任|当过|担任过?|任过|做过|出任过?|是)", "",
                     each.group("org"))  # (曾任国际焊接学会副主席: 国际焊接学会, not 任国际…, rt66; the last of them:
        # 他是不是当过中国科学院生物物理研究所所长？, rt81)
        org = "" if re.search(r"哪|什么|何", org) else org  # 曾任哪个大学的校长？ names none
        clause = next((c for c in QUESTION_CLAUSES.split(question) if each.group("org") in c), question)
        after = question[question.find(clause) + len(clause):] if clause in question else ""
        if re.fullmatch(r"[，,\s]*(?:对吧|对吗|是吧|是吗|没错吧|对不对)[？?。!！\s]*", after):
            clause += after  # 关桥是国际焊接学会副主席，对吧？: asked as held now (是 was said of 曾任…副主席, rt84)
        now = bool(_NOW_ASKED.search(clause) or re.search(r"(?<!曾)是", clause) and _YES_NO.search(question)) and \
            not _NOT_NOW_ASKED.search(clause)  # 他是华中科技大学的校长，研究陶瓷材料，对吧？: held now (是 was said of 曾任…校长)
        if len(org) >= 2 and _LEFT_POST.search(clause) and _post_written(org, each.group("post"), said, now=True):
            return "current"  # 他已经卸任呼吸疾病国家重点实验室主任了吧？ of 现任…主任 (the quote alone, rt85)
        if len(org) >= 2 and not _post_written(org, each.group("post"), said, now):
            # 潘际銮曾任清华大学校长，对吗？ of 清华大学教授，曾任南昌大学校长: no clause writes that post; 他是上海交通大学校长吗？
            # of 曾任…上海交通大学校长: written as held before, not now (it said "not written" above that sentence, rt75)
            if now and _post_written(org, each.group("post"), said):  # (周光召是中国科学院院长吗？ of 曾任…中国科学院
                return "former"  # 副院长、院长: held before, not "a deputy's" — the deputy's came first, rt124)
            if not each.group().lstrip("的").startswith(("副", "常务")) and \
                    not re.search(r"(?:常务)?副" + re.escape(each.group("post")), each.group()) and \
                    _post_written(org, "副" + each.group("post"), said):
                return "deputy"  # 王辰是中国工程院院长吗？ of 中国工程院…副院长: 不是 (the quote alone was given, rt83)
            return "unsaid"
    bare = _BARE_POST.search(question) if post is None and not several and not _NEGATED.search(question) and \
        _YES_NO.search(question) else None
    if bare is not None:  # 他当过院长吗？ 关桥是理事长吧？: a post asked with no organisation, checked in every quoted
        # sentence (the posts were quoted with no 是/不是, and 院长 of one who never was one went unsaid, rt84)
        asked = bare.group("post")
        if not _post_anywhere(asked, said):
            return "deputy" if not asked.startswith(("副", "常务")) and _post_anywhere("副" + asked, said) else "unsaid"
        now = bool(_NOW_ASKED.search(question)) and not _NOT_NOW_ASKED.search(question) or bool(bare.group("left"))
        if now and not _post_anywhere(asked, said, now=True):
            return "former"  # (卸任理事长了吗？ of 曾任…理事长: written as held before, not whether he left it)
        if bare.group("left"):
            return None  # (卸任 of one the biography writes as holding it: the quotes, no 是/不是)
    from generation.year_spans import asked_span  # (imported here: year_spans reads numbers the way answers do)
    decades = [m.group(1) for m in _DECADE.finditer(question)]  # ("born in the 1960s": a decade, checked below)
    years = [] if asked_span(question) else YEAR.findall(_DECADE.sub(" ", question))  # "elected after 2010": a span,
    # checked elsewhere
    checked = years  # the years the dated birth or election is checked against
    if years and _BIRTH_ASKED.search(question):  # 都是2005年当选，谁出生更早？: 2005 is the election's, not a birth year
        years = [y for c in QUESTION_CLAUSES.split(question) if _BIRTH_ASKED.search(c) or not _ELECTION_ASKED.search(c)
                 for y in YEAR.findall(c)]
        checked = [y for c in QUESTION_CLAUSES.split(question) if _BIRTH_ASKED.search(c) for y in YEAR.findall(c)] or years
        # (潘建伟1970年出生，1992年毕业于…: the birth against 1970 alone, 1992 written or not — 不是 was said of 1992 as a
        # birth year, rt141)
    elif years and _ELECTION_ASKED.search(question) and _dated(_ELECTED, said) is None:
        # 1991年当选中科院院士，并且是哈尔滨工业大学研究生院院长: the election's year is the record's to check when no
        # sentence quoted dates an election (the post was said unwritten, for the year missing from the quotes, rt66)
        years = [y for c in QUESTION_CLAUSES.split(question) if not _ELECTION_ASKED.search(c) for y in YEAR.findall(c)]
    schools = [_BEFORE_SCHOOL.sub("", s) for s in _ANY_SCHOOL.findall(question.replace(name, "，") if name else question)
               ] if _SCHOOLING.search(question) else []  # 担任过中国科学院副院长吗？ names no school
    schools = [s for s in schools if len(s) >= 3 and not re.search(r"哪|什么|毕业|母校", s)]  # 毕业学校 names none
    if schools and (degree := _DEGREE_ASKED.search(question) or re.search(r"毕业", question)) and \
            not _NEGATED.search(question) and not several:
        # 1984年获美国斯坦福大学博士学位吗？ of 1984年获美国辛辛那提大学博士学位: that degree written at another school
        # (said "not written", which read as perhaps, rt155); 是清华大学毕业的吗？ of 毕业于浙江大学… (rt157)
        written = _DEGREE_WRITTEN.get(degree.group(), re.compile(r"毕业"))
        earned = [c for c in _CLAUSES.split(text) if written.search(c) and
                  _ANY_SCHOOL.search(c) and not re.search(r"荣誉|名誉", c)]
        asked_years = YEAR.findall(next((c for c in QUESTION_CLAUSES.split(question) if degree.group() in c), ""))
        if earned and not any(all(s in c for s in schools) for c in earned) and \
                (not asked_years or any(y in c for y in asked_years for c in earned)):
            return "no"
    if schools and not any(s in c and _SCHOOLING.search(c) for s in schools for c in _CLAUSES.split(text)):
        schools_written = all(s in text for s in schools)  # 1951年考入清华大学，1955年毕业于北京大学: 清华 is no 毕业
        return None if schools_written else "unsaid"
    places = [g for m in _PLACE_SAID.finditer(question) for g in m.groups() if g and not re.search(r"哪|什么", g)]
    places += [p for p in places_named(question, name) if p not in places and not any(p in s for s in schools)
               and p not in org]  # (安徽 of 安徽理工大学副校长: the post's organisation, checked as such)
    stated = [*years, *schools, *places]
    if not stated and not decades:  # 吴孟超是东方肝胆外科医院院长吗？ of 第二军医大学东方肝胆外科医院教授、院长: the post
        # written, 是 (it said the record's institution was another, rt66)
        rest = question.replace(name, "") if name else question
        for each in posts:
            rest = rest.replace(each.group(), "")
        if bare is not None:
            rest = rest.replace(bare.group(), "")
        if _FRAME.sub("", _POST_VERB.sub("", rest)):
            return None  # 他是华中科技大学的校长，研究陶瓷材料，对吧？: the post is written, the research not checked here
            # (是 was said of the whole, and the ceramics were his namesake's, rt94)
        return "yes" if (post and len(org) >= 2 or bare is not None) and not _NEGATED.search(question) and \
            _YES_NO.search(question) else None
    negated_q = bool(_NEGATED.search(question))
    for seat in _ASKED_FOREIGN_ACADEMY.finditer(question):  # 周忠和2011年当选美国国家科学院外籍院士: the year of that
        # seat where the biography dates it (2010年当选美国国家科学院外籍院士，2011年当选中国科学院院士: it read 2011 as
        # written, rt67)
        asked_years = YEAR.findall(next((c for c in QUESTION_CLAUSES.split(question) if seat.group() in c), ""))
        pattern = rf"{seat.group(1)}(?:国家)?{re.escape(seat.group(2))}{seat.group(3)}"
        written = [y for c in _CLAUSES.split("。".join(said)) if re.search(pattern, c) for y in YEAR.findall(c)]
        if asked_years and written and not set(asked_years) & set(written) and not negated_q:
            return "no"
    dated = None if not (years or decades) else _dated(_BORN, said) if _BIRTH_ASKED.search(question) else \
        _dated(_ELECTED, said) if _ELECTION_ASKED.search(question) else None
    negated = bool(_NEGATED.search(question))
    if years and not negated and (worked := work_words(question)):  # 他1973年育成了南优2号，对吧？ of 1974年育成…南优2号:
        naming = [c for c in _CLAUSES.split("。".join(said)) if any(w in c for w in worked)]  # the clauses naming that
        if naming and all(YEAR.search(c) for c in naming) and not any(y in c for y in years for c in naming):
            return "no"  # work date it otherwise (it was quoted beside 1973年实现三系配套 with no verdict, rt75)
    if dated and not _BIRTH_ASKED.search(question) and any(
            y in c and _ELECTED.search(c) for y in years for c in _CLAUSES.split("。".join(said))):
        dated = None  # 1994年被选聘为中国工程院院士 beside 1999年当选国际欧亚科学院院士: the year asked is an election's
    if dated and any(y != dated for y in checked) and not negated:
        return "no"  # the year is wrong, whatever else the question states
    if dated and decades and not negated:  # "Was he born in the 1960s?" of one born 1962
        if any(dated[:3] != d for d in decades):
            return "no"
        if not stated:
            return "yes" if _YES_NO.search(question) else None
    if not stated:
        return None
    if any(a not in text for a in stated if a not in places) or \
            any(not re.search(_place_pattern(a), text) for a in places):
        return "unsaid"
    if not _bound(stated, bool(places) and bool(_BIRTH_ASKED.search(question)), said):
        return "unsaid"  # 1984年毕业于大连理工大学 against "1984年毕业于解放军铁道兵工程学院，…获大连理工大学博士学位"
    clauses = _CLAUSES.split("。".join(said))
    if schools and (degree := _DEGREE_ASKED.search(question)) and not any(
            all(x in c for x in schools) and _DEGREE_WRITTEN[degree.group()].search(c) for c in clauses):
        return "unsaid"  # 在西南交大获得博士学位的吗？ of one whose degree there was a master's (it was 是 for the school)
    native = [m.group(1) for m in _PLACE_SAID.finditer(question) if m.group(1)]
    if any(not any(re.search(rf"(?:{_place_pattern(x)})[^，,。；;]{{0,6}}人(?![员民才士])|(?:籍贯|原籍|祖籍|生于|出生于|出生在)"
                             rf"[^，,。；;]{{0,6}}(?:{_place_pattern(x)})", c) for c in clauses) for x in native):
        return "unsaid"  # 他是重庆人吗？ of one at 重庆大学, 四川阆中人 (it was 是 for the place written; a birthplace or
        # native place says it)
    rest = question.replace(name, "") if name else question
    for a in stated:
        rest = rest.replace(a, "")
    if negated or _FRAME.sub("", rest) or not _YES_NO.search(question):
        return None  # a month, a degree, a country … that the quotes do not confirm, or no yes/no question
    return "yes"


def _place_pattern(place: str) -> str:
    """A place as a biography may write it: 山东梁山 also as 山东省梁山县, 浙江杭州 as 浙江省杭州市 (said unwritten, rt155)."""
    if len(place) < 4:
        return re.escape(place)
    return "|".join([re.escape(place), *(rf"{re.escape(place[:k])}(?:省|市|自治区)?{re.escape(place[k:])}(?:县|市|区)?"
                                         for k in (2, 3) if len(place) - k >= 2)])


# a degree a question asks of a school (在X获得博士学位的吗？ 是X的本科吗？), and how a clause writes that degree
_DEGREE_ASKED = re.compile(r"博士|硕士|学士|本科|研究生")
_DEGREE_WRITTEN = {"博士": re.compile(r"博士"), "硕士": re.compile(r"硕士|研究生"), "研究生": re.compile(r"硕士|研究生|博士"),
                   "学士": re.compile(r"学士|本科|(?<![硕博士])毕业(?!.*(?:硕士|博士))"),
                   "本科": re.compile(r"学士|本科|(?<![硕博士])毕业(?!.*(?:硕士|博士))")}


def _bound(stated: list[str], born: bool, said: list[str]) -> bool:
    """Whether one clause of the quotes writes every fact the question states together (a year with its school, a
    place with 生 when the birthplace is asked): each written somewhere is not enough — 1985年毕业于江西师范大学，1988年
    毕业于南开大学 does not say 1988年毕业于江西师范大学, nor 出生于西安市，四川省西充县人 that he was born in 西充."""
    if len(stated) < 2 and not born:
        return True
    return any(all(a in clause or re.search(_place_pattern(a), clause) for a in stated) and (not born or "生" in clause)
               for clause in _CLAUSES.split("。".join(said)))


def describe(expert: ExpertMatch, topics: tuple[BioTopic, ...], question: str = "", others: Sequence[str] = ()) -> str:
    """What the graph's biography of the expert says on the topics asked, quoted; or that it says nothing on them."""
    said = quotes(expert)
    if said is None:
        return f"知识图谱中没有{expert.name}的简介，无法回答这方面的问题。"
    if not said:
        return f"知识图谱中{expert.name}的简介里没有关于{'、'.join(dict.fromkeys(t.name for t in topics))}的内容。"
    said_so = verdict(question, said, expert.name, others)
    lead = {"yes": "是。", "no": "不是。", "deputy": "不是。"}.get(said_so or "", "")
    says = {"unsaid": "的简介没有逐字写到您问到的那一项，简介写道", "deputy": "的简介写的是这一职务的副职，简介写道",
            "former": "的简介写的是曾经担任您问到的职务，没有写到现在仍担任，简介写道",
            "current": "的简介写的是担任（现任）这一职务，没有写到卸任，简介写道"}.get(said_so or "", "的简介写道")
    return f"{lead}知识图谱中{expert.name}{says}：\n" + "\n".join(map(_ended, said))


def describe_en(expert: ExpertMatch, topics: tuple[BioTopic, ...], question: str = "", others: Sequence[str] = ()) -> str:
    """The same in English: the biography is Chinese and is quoted as written."""
    said, names = quotes(expert), ", ".join(dict.fromkeys(t.english for t in topics))
    if said is None:
        return f"The knowledge graph holds no biography of {expert.name}, so it cannot answer this."
    if not said:
        return f"The knowledge graph's biography of {expert.name} says nothing about {names}."
    said_so = verdict(question, said, expert.name, others)
    lead = {"yes": "Yes. ", "no": "No. ", "deputy": "No. "}.get(said_so or "", "")
    says = {"unsaid": "does not write what you asked about in those words; it says",
            "deputy": "writes a deputy of the post you ask about; it says",
            "former": "writes the post you ask about as one held before, not as held now; it says",
            "current": "writes the post you ask about as held, with no word of leaving it; it says"}.get(said_so or "",
                                                                                                          "says")
    return f"{lead}The knowledge graph's biography of {expert.name} {says} (quoted in Chinese as written):\n" + \
        "\n".join(map(_ended, said))


# born on one day, in one month or year (同一天出生, 生日一样, "born in the same year"), asked of several
_SAME_BIRTH = re.compile(r"(?:同一?(?:(?P<day>天|日)|(?P<month>个?月)|年))(?:出生|生的|生)|(?P<day2>生日)(?:是)?(?:同一天|一样|相同)|"
                         r"(?i:\bborn\s+(?:on\s+|in\s+)?the\s+same\s+(?:(?P<day3>day|date)|(?P<month2>month)|year)\b)")
# a gap between two ages asked in words of its own (他俩年龄差多少？ "so what's their age gap exactly?": refused, rt146)
_AGE_GAP = r"(?:年龄|岁数|年纪)(?:上)?(?:相?差|差距)|" + AGE_GAP_EN
_AGE_ORDER = re.compile(_SAME_BIRTH.pattern + r"|"
                        r"按(?:照)?(?:出生|年龄|年纪|岁数)[^，。？?]{0,10}?(?:排|列)|年纪最|最年长|最年轻|最老|谁大|谁小|谁年纪|岁数最|谁更年|更年轻|更年长|年长|比较年轻|年纪大|年纪小|"
                        r"(?:大|小|差|相差|年轻|年长)(?:几|多少)(?:岁|天|个月)|出生(?:得)?(?:更|最|较)?[早晚]|年龄(?:更|最|较)?[大小]|\b(?:oldest|youngest|eldest|older|younger|"
                        r"most\s+senior)\b|\b(?:sort|order|rank)\w*\s+(?:them\s+)?by\s+(?:age|birth)|"
                        r"\bborn\s+(?:first|earliest|last|latest)\b|" + _AGE_GAP, re.IGNORECASE)


def asks_age_order(text: str) -> bool:
    """Whether a turn asks who of several is older or younger (他们谁年纪大？ "Which of them is older?")."""
    return _AGE_ORDER.search(text) is not None


# one of two said older or younger than the other (申长雨比李德群大吧？ 王永志比孙家栋大三岁吧？), to confirm (rt50)
OLDER_SAID = re.compile(r"(?P<a>[\u4e00-\u9fff]{2,4}?)比(?P<b>[\u4e00-\u9fff]{2,4}?)(?:年纪|年龄|岁数)?(?:要|还|更)?"
                        r"(?P<w>大|小|年长|年轻|老)(?:(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,3})岁)?(?=吧|吗|么|对吧|对吗|是吗|是不是|[，,？?]|$)")


def _older_verdict(dated: list[ExpertMatch], dates: dict, question: str, english: bool) -> str:
    """是。/不是。 for `OLDER_SAID` in the question, of two experts whose dates decide it; "" otherwise."""
    said = OLDER_SAID.search(question)
    named = {e.name: e for e in dated}
    if said is None or said.group("a") not in named or said.group("b") not in named:
        return ""
    a, b = named[said.group("a")], named[said.group("b")]
    older = said.group("w") in ("大", "年长", "老")
    first, second = (a, b) if older else (b, a)  # the one said older, the one said younger
    if not born_before(dates[first.id], dates[second.id]):
        return "" if not born_before(dates[second.id], dates[first.id]) else ("No. " if english else "不是。")
    if said.group("n"):
        from retrieval.census import chinese_number

        n = int(said.group("n")) if said.group("n").isdigit() else chinese_number(said.group("n"))
        x, y = dates[first.id], dates[second.id]
        whole = y[0] - x[0] - (1 if x[1] and y[1] and (y[1], y[2] or 0) < (x[1], x[2] or 0) else 0)
        if n != whole and not (not (x[1] and y[1]) and n in (y[0] - x[0], y[0] - x[0] - 1)):
            return "No. " if english else "不是。"
    return "Yes. " if english else "是。"


def birth_order(experts: list[ExpertMatch], question: str, english: bool = False, graph_wide: str = "",
                counted: int = 0) -> str:
    """For 他们谁年纪最大？ "Who is the oldest?": the experts in the order of the birth dates their quoted biographies
    give, earliest first (and who has none written, and which two a year alone cannot order), then the one asked for
    (最年轻的是X) where the dates decide it; "" for any other question or fewer than two years. `graph_wide`:
    "younger" / "older" when they are the whole graph's extremes (said so, not "of these few only")."""
    if not asks_age_order(question):
        return ""
    dates = {e.id: d for e in experts if (d := birth_date(e))}
    dated = sorted((e for e in experts if e.id in dates), key=lambda e: tuple(x or 0 for x in dates[e.id]))
    if len(dated) < 2:
        return ""
    if (same := _SAME_BIRTH.search(question)) is not None:  # 秦裕琨和魏敦山是同一天出生的吗？ (an order was said, rt134)
        return _same_birth(dated, dates, 3 if same.group("day") or same.group("day2") or same.group("day3") else
                           2 if same.group("month") or same.group("month2") else 1, english)
    missing = [e.name for e in experts if e.id not in dates]
    # those born in one year whose biographies do not give the month (and day) that would order them
    # (only those the dates leave unordered: 包信和 1959年8月 is before 侯建国 1959年10月 and 郑永飞 1959年10月14日, and
    # was said not to be, rt129)
    unsure = [names for year in dict.fromkeys(dates[e.id][0] for e in dated)
              if len(names := [e.name for e in dated if dates[e.id][0] == year and any(
                  _undecided(dates[e.id], dates[o.id]) for o in dated if o is not e and dates[o.id][0] == year)]) > 1]
    ends, pair = _asked_ends(question, dated, dates), len(dated) == 2  # (with some undated: of the dated, said so)
    shown = {e.id: _told_apart(e, dated, english) for e in dated}  # 清华大学的周济: namesakes said apart by institution
    # two names asked (周济比关桥小几岁？ of two 周济): each of the one name against the other
    pairs = [tuple(p) for p in ([dated] if pair else
                                [sorted((a, b), key=lambda e: tuple(x or 0 for x in dates[e.id]))
                                 for a in dated for b in dated if a.name < b.name]
                                if len({e.name for e in dated}) == 2 else [])]
    wide = not graph_wide and not counted and (bool(GRAPH_WIDE.search(question)) or (  # "Rank the academicians in the graph by
        bool(_ANYONE.search(question)) and not _OF_SHOWN.search(question)))  # age": these few only, said so; 谁是最年轻的
    # 院士？ too (rt58) — unless they are the extremes of all the graph's biographies (`graph_wide`), said so instead
    lead = ((f"Among the {counted} experts counted" if counted else "Among all the experts of the graph") +
            ", by the birth years their biographies write (the records hold no age; biographies that write none are "
            "not counted), the " + ("latest" if graph_wide == "younger" else "earliest") + " born are these. " if english
            else ("以下按所统计的这些专家" if counted else "以下按知识图谱全部专家") +
            "简介中写的生年查找（结构化记录没有年龄一项，简介未写生年的不计）。") if graph_wide else ""
    # (`counted`: of the experts a count counted, not of all — 其中最年轻的是谁？ after a count of 73)
    # (no 出生最晚 said of the graph: the guard reads it as a claim of no one shown; the order below says who)
    if counted and not graph_wide:  # 中国科学技术大学的院士里谁最年轻？: all those counted, said so (not "of those above")
        lead = f"Of all {counted} experts counted: " if english else f"以下是所统计的全部{counted}位专家。"
    verdict = lead + _older_verdict(dated, dates, question, english)
    if english:
        return verdict + (("Of the experts above only (the graph's records hold no age to rank all its experts by): "
                 if wide else "") +
                "By the birth dates their biographies give, earliest first: " + ", ".join(shown[e.id] for e in dated) + "."
                + (f" ({', '.join(missing)}: no birth year written.)" if missing else "")
                + "".join(f" ({', '.join(names)} share a birth year; the biographies do not say which came "
                          "first.)" for names in unsure)
                + "".join(f" {shown[e.id]} is the {('younger' if young else 'older') if pair else 'youngest' if young else 'oldest'}"
                          f"{' of those with a birth year written' if missing else ''}." for e, young in ends)
                + ("".join(_years_apart(p, dates, shown, english=True, days=bool(_DAYS_ASKED.search(question)))
                           for p in pairs) if _HOW_MANY_YEARS.search(question) else ""))
    return verdict + (("仅就以上几位而言（知识图谱没有可对全部专家排序的年龄记录）。" if wide else "") +
            "按简介中写的出生日期，从早到晚依次是：" + "、".join(shown[e.id] for e in dated) + "。"
            + (f"{'、'.join(missing)}的简介没有写生年。" if missing else "")  # (sentences of their own: the guard
            # read 出生 as a life claim and 同年 as one of elections, and removed them, leaving a lone ）)
            + "".join(f"{'、'.join(names)}生年相同，简介没有写出能分先后的月日。" for names in unsure)
            + "".join(f"{'在写有生年的专家中，' if missing else ''}{shown[e.id]}{'更' if pair else '最'}"
                      f"{'年轻' if young else '年长'}。" for e, young in ends)
            + ("".join(_years_apart(p, dates, shown, days=bool(_DAYS_ASKED.search(question))) for p in pairs)
               if _HOW_MANY_YEARS.search(question) else ""))


def _same_birth(dated: list[ExpertMatch], dates: dict[str, tuple[int, int | None, int | None]], parts: int,
                english: bool) -> str:
    """Whether the experts were born on the same day (`parts` 3), in the same month (2) or year (1), by the dates their
    quoted biographies give; that the biographies do not say, where one leaves out what would tell."""
    said = [dates[e.id][:parts] for e in dated]
    known = min(next((n for n, x in enumerate(d) if x is None), parts) for d in said)  # (1934年8月 and 1937年1月14日:
    if len({d[:known] for d in said}) > 1:  # not born on one day, whatever day the first was)
        said = [d[:known] for d in said]
    elif any(x is None for d in said for x in d):
        return ("The biographies quoted below do not give the birth dates in enough detail to tell." if english else
                "下面所引的简介没有写出足以比较的出生月日，无法确定。")
    alike = len(set(said)) == 1
    what = {3: ("birth dates", "出生日期"), 2: ("birth months", "出生年月"), 1: ("birth years", "出生年份")}[parts]
    if english:  # (the dates are the quotes': a date said beside a name reads to the guard as a claim of its own)
        return f"{'Yes' if alike else 'No'}. By the biographies quoted below, their {what[0]} are " \
            f"{'the same' if alike else 'not the same'}."
    return f"{'是' if alike else '不是'}。按下面所引的简介，{'他们的' if len(dated) > 2 else '两人的'}{what[1]}" \
        f"{'相同' if alike else '不同'}。"


def _told_apart(expert: ExpertMatch, shown: list[ExpertMatch], english: bool = False) -> str:
    """The expert's name, with the institution where a namesake is shown beside him (华中科技大学的周济, "周济 of
    华中科技大学")."""
    if not expert.institution or sum(e.name == expert.name for e in shown) < 2:
        return expert.name
    return f"{expert.name} of {expert.institution}" if english else f"{expert.institution}的{expert.name}"


# an age order asked of the whole graph (图谱里谁年纪最大？ "the oldest academician in the graph"), answered of those shown
GRAPH_WIDE = re.compile(r"图谱(?:里|中|内)|所有(?:的)?(?:院士|专家)|全部(?:的)?(?:院士|专家)|库里|"
                         r"(?i:\bin\s+(?:the|your)\s+(?:graph|database|knowledge\s+graph)\b|\ball\s+(?:the\s+)?(?:academicians|experts)\b)")
# 谁是最年轻的院士？ 哪位院士年纪最大？: academicians in general, unless the question points at those shown
_ANYONE = re.compile(r"院士|专家|(?i:\b(?:academicians?|experts?)\b)")
_OF_SHOWN = re.compile(r"他们|她们|这几位|那几位|这些|那些|其中|以上|上面|刚才|前面|这[两二三四五六]位|[两二三四五六]位中|列出的|推荐的|"
                       r"(?i:\b(?:them|these|those|above|listed|shown|of\s+the\s+(?:two|three|four|five))\b)")
_DAYS_ASKED = re.compile(r"(?:几|多少)天|(?i:\bdays\b)")  # 相差多少天？ "by how many days?": the days between the dates too
_HOW_MANY_YEARS = re.compile(r"(?:大|小|差|相差|年轻|年长)(?:几|多少)(?:岁|天|个月)|几岁|(?i:\bhow\s+many\s+(?:years|days|months)\b|\bby\s+how\s+(?:many|much)\b|"
                             r"\bage\s+(?:gap|difference)\b)|" + _AGE_GAP)


def _years_apart(dated: tuple[ExpertMatch, ...] | list[ExpertMatch], dates: dict[str, tuple[int, int | None, int | None]],
                 shown: dict[str, str], english: bool = False, days: bool = False) -> str:
    """X比B大N岁 for two experts born surely apart, N whole years where month and day are written, else the years'
    difference (大几岁？ "By how many years?"); where the whole years are fewer than the birth years' difference (9 of
    1942-09-03 and 1952-09-01: 9岁多, "more than 9"; a bare 9 read as a slip beside "生年相减", rt73)."""
    old, young = dated
    a, b = dates[old.id], dates[young.id]
    if not born_before(a, b):
        return ""
    if days and all(a) and all(b):  # 相差多少天？ "How many days apart?": both dates written in full (it was searched as a problem,
        # rt140); said beside the years
        days = (datetime.date(*b) - datetime.date(*a)).days
        said = f" {shown[old.id]} was born {days} days before {shown[young.id]}." if english else \
            f"{shown[old.id]}比{shown[young.id]}早出生{days}天。"
    else:
        said = ""
    whole = b[0] - a[0] - (1 if a[1] and b[1] and (b[1], b[2] or 0) < (a[1], a[2] or 0) else 0)
    if whole <= 0:
        return said
    more = whole != b[0] - a[0]  # (a figure beside it would be read as a claim of its own: "more than" says it)
    if english:
        return f" {shown[old.id]} is {'more than ' if more else ''}{whole} year{'s' if whole > 1 or more else ''} older " \
            f"than {shown[young.id]}.{said}"
    return f"{shown[old.id]}比{shown[young.id]}年长{whole}岁{'多' if more else ''}。{said}"


# which end of the order a question asks for: 谁最年轻 (the youngest), 谁年纪最大 (the oldest); 谁大谁小: both
_ASKS_YOUNG = re.compile(r"年轻|年(?:纪|龄)(?:最|更|较)?小|岁数(?:最|更|较)?小|谁小|最小|出生(?:得)?(?:最|更|较)?晚|\byoung|"
                         r"\bborn\s+(?:last|latest)\b", re.IGNORECASE)
_ASKS_OLD = re.compile(r"年长|年(?:纪|龄)(?:最|更|较)?大|岁数(?:最|更|较)?大|谁大|最大|最老|出生(?:得)?(?:最|更|较)?早|\b(?:old|eld)|"
                       r"\bborn\s+(?:first|earliest)\b", re.IGNORECASE)


def _asked_ends(question: str, dated: list[ExpertMatch], dates: dict[str, tuple[int, int | None, int | None]]
                ) -> list[tuple[ExpertMatch, bool]]:
    """(expert, youngest?) for each end of the birth order the question asks about that the dates decide (born surely
    after, or before, every other one)."""
    ends = [(dated[-1], True)] if _ASKS_YOUNG.search(question) else []
    ends += [(dated[0], False)] if _ASKS_OLD.search(question) else []
    return [(e, young) for e, young in ends
            if all(born_before(*((dates[o.id], dates[e.id]) if young else (dates[e.id], dates[o.id])))
                   for o in dated if o is not e)]


def asked_end(experts: list[ExpertMatch], question: str) -> ExpertMatch | None:
    """The one expert an age question's answer names as the youngest or oldest (他们谁最年轻？), where the quoted birth
    dates decide it and one end alone is asked: whom 他 means next."""
    if not _AGE_ORDER.search(question):
        return None
    dates = {e.id: d for e in experts if (d := birth_date(e))}
    dated = sorted((e for e in experts if e.id in dates), key=lambda e: tuple(x or 0 for x in dates[e.id]))
    ends = _asked_ends(question, dated, dates) if len(dated) == len(experts) >= 2 else []
    return ends[0][0] if len(ends) == 1 else None


def age_in(born: tuple[int, int | None, int | None], year: int) -> int:
    """The age in `year` of one born on `born`: the years subtracted, less one this year before a birthday whose
    month is written (关桥（1935.07.02- ） is 91, not "90 or 91", rt71)."""
    today = datetime.date.today()
    exact = year == today.year and born[1] is not None and (born[2] is not None or today.month != born[1])
    return year - born[0] - (exact and (today.month, today.day) < (born[1], born[2] or 1))


def birth_date(expert: ExpertMatch) -> tuple[int, int | None, int | None] | None:
    """The birth date (year, and month and day where written) the expert's quoted biography sentences give, or None."""
    said = quotes(expert) or []
    year = _dated(_BORN, said)
    return _birth_date(said, int(year)) if year else None


def by_birth(experts: list[ExpertMatch], latest_first: bool = False) -> list[ExpertMatch]:
    """The experts in the order of the birth dates their quoted biographies give (earliest first, or latest), those
    with none written last in the order they came."""
    dates = {e.id: tuple(x or 0 for x in d) for e in experts if (d := birth_date(e))}
    dated = sorted((e for e in experts if e.id in dates), key=lambda e: dates[e.id], reverse=latest_first)
    return dated + [e for e in experts if e.id not in dates]


def born_before(a: tuple[int, int | None, int | None], b: tuple[int, int | None, int | None]) -> bool:
    """Whether birth date `a` is surely earlier than `b` (a year alone cannot order two born in one year)."""
    return not _undecided(a, b) and tuple(x or 0 for x in a) < tuple(x or 0 for x in b)


# the month and day after a birth year (1941年8月生, （1936.10.20- ）)
_MONTH_DAY = re.compile(r"(\d{4})(?:年|[.．/\-－])(\d{1,2})(?:月|[.．/\-－])?(?:(\d{1,2})日?)?")


def _birth_date(said: list[str], year: int) -> tuple[int, int | None, int | None]:
    """The birth date the quoted sentences give: the year, and the month and day where written right after it."""
    for q in said:
        for m in _MONTH_DAY.finditer(q):
            if int(m.group(1)) == year and 1 <= int(m.group(2)) <= 12:
                return year, int(m.group(2)), int(m.group(3)) if m.group(3) and 1 <= int(m.group(3)) <= 31 else None
    return year, None, None


def _undecided(a: tuple[int, int | None, int | None], b: tuple[int, int | None, int | None]) -> bool:
    """Whether two birth dates in order could be either way round: one year, and a month (or day) not both known."""
    return a[0] == b[0] and (a[1] is None or b[1] is None or a[1] == b[1] and (a[2] is None or b[2] is None))
