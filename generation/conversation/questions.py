"""What a turn asks of the experts shown: facts, counts, comparisons, orders, summaries."""

from __future__ import annotations

import re

from generation.aliases import ORG_ALIASES, ORG_ALIASES_EN
from generation.biography import OLDER_SAID
from generation.conversation.injection import _SPEAKS_FOR
from generation.conversation.unheld_asked import _GRAPH_SCOPE, _HOW_MANY_OF, _IN_PLACE
from generation.english import NUMBER_WORDS
from generation.grounded import DONE_ON, asks_award_end, asks_most_awards
from generation.year_spans import award_years
from retrieval.census import ASKED_BESIDE_EN, CountQuestion, count_question
from retrieval.glossary import ENGLISH_STOP
from retrieval.models import ANY_AWARD, Requirement
from retrieval.names import SIMILAR, WORK_DONE
from retrieval.problem import FOR_EACH, names_no_problem, problem_text, states_symptom, sub_problems
from retrieval.requirements import ACADEMY_START, asked_award, award_spelling, read_requirements, without_requirements
from retrieval.script import simplified

# the words of a turn that only asks to go on with the list (继续推荐, 再来几个, 还有没有, 多推荐几位, 下一批, 其他人呢)
_CONTINUE = re.compile(r"继续|接着|更多|下一?批|下一页|换一?[批些拨组]|其[他它]人?|别的人?|另外|补充|再|还|多|另|来点?|几")


# whether two or more experts work at the same place (第一位和第三位是同一个单位的吗？)
_SAME = re.compile(r"同一(?:个|家|所|座)?(?:单位|机构|学校|大学|研究所|医院|地方|城市)|一个单位|同一处|同事|在一起工作|一起工作|"
                   r"(?i:\bsame\s+(?:institution|university|city|place|institute|organi[sz]ation)\b|\bcolleagues\b|"
                   r"\bshare\s+(?:a|an|the)?\s*(?:city|institution|university|workplace)\b)")


_COMPARE = re.compile(r"先(?:找|联系|请|约|咨询|接触|问)(?:哪一?[位个]|谁)|(?:哪一?[位个]|谁)(?:应该|可以|最好)?先(?!获|当选|拿|得|入选|出生|成为|担任|评)|哪[位个](?:最|更|比较)|谁(?:更|最|比较)|更厉害|最厉害|更强|更好|最好(?!是|在|能|有|来自|位于|找|懂|做|搞|研究|从事|熟悉|具有|本地|当地)|最适合|更适合|更合适|最合适|"
                      r"(?<!安)排名|(?<!安)排第|比较一下|相比(?![，,]?\s*(?:谁|哪一?位)(?:先|更早|早|晚|更晚|获|当选|出生|年))|哪个好|从强到弱|由强到弱|从弱到强|"
                      r"(?:^|[，,]|逐[点项条个]|一下|把)(?:比较|对比)(?:一下)?(?=第|前|他们|这|两位|[\u4e00-\u9fff]{2,3}和)|对比一下|"
                      # 按能力给他们排个序: a ranking of people, which the graph does not hold
                      r"(?:按|根据|依照?)(?:学术)?(?:能力|水平|实力|名气|知名度|影响力|资历|强弱)|"

                      r"[最更](?:贴近|接近|相关|对口|匹配|契合)|"  # 谁的方向最贴近我们的问题: by the match; 安排第一位来厂: no ranking
                      # "Compare 王震西 and 沈保根." (it was headed as experts recommended for a problem)
                      r"(?i:^\s*(?:please\s+|can\s+you\s+|could\s+you\s+)?(?:compare|contrast)\b|\bcompare\s+(?:them|the\s+two|these|those)\b|"
                      r"(?<=[\u4e00-\u9fff])\s*(?:vs\.?|versus|PK)\s*(?=[\u4e00-\u9fff]))|"  # 关桥 vs 林尚扬
                      r"最[\u4e00-\u9fff]{1,3}的(?:那一?位|那个|一位)(?:是|为)(?:谁|哪一?位)")  # 年纪最大的那位是谁？ (rt71: the one
# in focus was answered, the youngest)


# 在哪里读的大学？ 哪个大学毕业的？ 在哪出生？ ask about schooling or birth (the biography), not the institution
_NOT_STUDY = r"(?![^，。？?]{0,4}(?:读|念|上的?大学|上学|毕业|留过?学|出生|生的|进修|深造|拿的|获得?的?(?:博士|硕士|学位)))"


_ATTRIBUTES: tuple[tuple[str, re.Pattern], ...] = (
    ("awards", re.compile(r"奖|荣誉|成就|称号|勋章|是(?:不是)?[\u4e00-\u9fff]{0,14}?院士|当选|"
                          r"(?:是|有)(?:不是)?(?:长江)?学者|(?:获得?|得|拿|评|选)(?:过|了|上)?(?:长江)?学者|长江学者|杰青|优青|"
                          r"杰出青年科学基金|何梁何利基金|"
                          # 关桥是全国先进工作者吗？: an honour title (read as his institution; the record lacks it, his
                          # biography writes it — "没有您提到的那一项", rt91)
                          r"劳动模范|劳模|先进工作者|优秀科技工作者|三八红旗手|先进个人|标兵|"
                          # 孙家栋1999年得了什么？: what he got that year (strangers were recommended beside him, rt102)
                          r"(?:19|20)\d\d\s*年(?:得|获|拿|荣获)(?:了|过|到)?(?:什么|哪些|啥)")),
    # (做过类似项目的企业 asks for companies: `_UNHELD`)
    ("projects", re.compile(r"(?<![接承])项目(?![^，。？?]{0,4}(?:企业|公司|厂家|厂商|单位))|(?<![接承])课题|"
                            # (国家杰出青年科学基金, 何梁何利基金: awards the graph records, not funded projects)
                            r"(?<!青年科学)(?<!杰出青年)(?<!何梁何利)基金(?!奖|获得者)|主持过?(?:什么|哪些|过)")),
    ("fields", re.compile(r"学科|学部|什么专业|哪个专业|专业是")),
    # 给我他的个人主页链接: the pages the record comes from (kg/provenance.py), the graph holding no homepage
    ("sources", re.compile(r"主页|链接|网址|网页|网站|官网|资料来源|信息来源|出处|(?i:\bhomepage\b|\bwebsite\b|\blinks?\b|"
                           r"\burls?\b|\bweb\s*page\b|\bsources?\b)")),
    ("directions", re.compile(DONE_ON.pattern + r"|方向|研究什么|研究哪|擅长|专攻|做什么|从事什么|领域|是(?:不是)?(?:研究|做|搞|从事)[^，。？?]{1,12}?的|"
                              # 李明是焊接专家吗？: his topic, checked (his card was shown, no verdict, rt87)
                              r"是(?:不是)?(?:一位|一名|个)?[^，。？?是]{2,12}?(?:方面|领域)?的?专家(?:吗|吧|么|嘛)|"
                              r"是不是(?:一位|一名|个)?[^，。？?是]{2,12}?(?:方面|领域)?的?专家[？?]|"
                              r"(?:谁|哪[位个些])(?:是)?(?:在)?(?:研究|从事|做|搞|懂)|"
                              r"(?:研究(?![院所中生员])|从事|搞)[^，。？?]{1,12}?[吗吧么嘛]|"
                              # 他解决过西气东输管道焊缝开裂问题吧？: work said done, checked as a topic is (rt46)
                              rf"(?:{WORK_DONE})过(?!{SIMILAR})[^，。？?]{{2,18}}?"
                              r"(?:问题|项目|工程|难题|课题)?[吗吧么嘛]|"
                              # 推荐的专家里有没有做激光焊的？: a topic asked of the experts shown
                              r"(?:推荐的|刚才的|上面的|这些|这几位|那几位|他们|其中)(?:专家|人)?(?:里|中|之中|当中|里面)?[^，。？?]{0,4}?"
                              r"(?:有没有|有无|是否有|有)(?:人|谁|哪位|专家)?(?:在)?(?:做|研究|从事|搞|懂)[^，。？?]{1,12}?的")),
    ("institution", re.compile(r"单位|哪里工作|是哪(?:里|儿)的(?!人)|哪个(学校|大学|单位|机构)" + _NOT_STUDY + r"|机构|(?<!出生)(?<!生)在哪" + _NOT_STUDY + r"|职称|"
                               # 他们中有教授吗？ 第二位是研究员吗？: the title the record holds beside the institution
                               r"(?:有|是)(?:不是)?(?:正|副)?(?:教授|研究员|高级工程师|高工)(?:吗|吧|么|嘛|呢|[？?])|"
                               r"(?<!做过什么)工作(?!经历|过)|任职(?!经历|过)|就职|供职|调到|调往|调入|调去|跳槽|" + _IN_PLACE + "|"
                               # 林尚扬在哈尔滨工业大学当教授，对吧？ (only the card was shown, rt71)
                               r"在[\u4e00-\u9fffA-Za-z]{2,20}?(?:大学|学院|研究院|研究所|医院|公司|集团|实验室|中心)(?:当|做|任|担任)过?"
                               r"(?:教授|研究员|老师|院长|所长|主任|校长|工程师|总工程师)|"
                               r"(?:是不是|是否|是|在)(?![^，。？?]{0,20}?(?:读|念|毕业|留过?学|哪))[\u4e00-\u9fffA-Za-z]{2,20}?"
                               r"(?:大学|学院|研究院|研究所|医院|公司|集团|"
                               r"实验室)的?(?:人|专家|教授|老师)?(?:吗|吧|么|呢|[？?]|$)")),
)


_COUNT = re.compile(r"(?:推荐|找|介绍|列出|给出|给我|需要|要|请|再来|来|再给|再列|再找)\s*(?:一下)?\s*(\d{1,4}|一百|百|[一二两三四五六七八九十])\s*(?:位|个|名)"
                    r"(?!团队|课题组|实验室|单位|机构|方案|项目|问题|方向|领域|企业|公司|厂)")  # 需要一个团队: no count of experts


# "Just give me one", "Only two experts please", "Show me five more": how many, in English
_NUMBER_EN = r"(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"


_COUNT_EN = re.compile(rf"^\s*(?:(?:ok(?:ay)?|so|then|well)[,\s]+)?(?:please\s+)?(?:(?:just|only)\s+)?(?:(?:give|show|recommend|"
                       rf"suggest|list|find)\s+(?:me\s+|us\s+)?)?(?:just\s+|only\s+)?{_NUMBER_EN}(?P<more>\s+more)?"
                       rf"(?:\s+(?:experts?|people|persons?|names?|candidates?|academicians?|specialists?))?"
                       rf"(?:,?\s+please|\s+(?:is|are|will\s+be)\s+enough|\s+will\s+do)?\s*[.!?]*\s*$", re.IGNORECASE)


# "Recommend 2 experts on …", "give me three academicians who …": the number asked for inside a problem
_COUNT_EN_ASKED = re.compile(rf"\b(?:recommend|suggest|give|find|list|name|show)\s+(?:me\s+|us\s+)?(?:just\s+|only\s+)?"
                             rf"{_NUMBER_EN}\s+(?:\w+\s+)?(?:experts?|people|academicians?|specialists?|candidates?|"
                             rf"scientists?|professors?|researchers?)\b", re.IGNORECASE)


# 一位就够了, 给两个就行: a number of experts said to be enough
_COUNT_ENOUGH = re.compile(r"(\d{1,4}|[一二两三四五六七八九十])\s*(?:位|个|名)(?:专家)?(?:就行|就好|就够|够了|即可|就可以)")


MAX_REQUESTED = 10


_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九十")}


# a relative of the one asked about (袁隆平的儿子在哪工作？): what is asked after it is of the relative, whom the graph
# does not hold (it answered 知识图谱中没有袁隆平的单位信息, and 第一位的儿子是做什么的？ with his directions, rt84)
_RELATIVE = re.compile(r"的(?:儿子|女儿|妻子|丈夫|夫人|爱人|老婆|老公|配偶|子女|儿女|父亲|母亲|父母|家人)")


def _of_the_expert(text: str) -> str:
    """The turn up to a relative it then asks about (`_RELATIVE`)."""
    text = simplified(text)
    relative = _RELATIVE.search(text)
    return text[:relative.start()] if relative else text


def asked_attribute(text: str) -> str | None:
    """The fact of one expert a turn asks about (awards, projects, fields, directions, institution), None when it asks
    none."""
    text = _of_the_expert(text)
    return next((name for name, pattern in _ATTRIBUTES if pattern.search(text)), None)


def asked_attributes(text: str) -> tuple[str, ...]:
    """Every fact of one expert a turn asks about, in the order of `asked_attribute` (他在哪里工作，获得过什么奖？)."""
    text = _of_the_expert(text)
    return tuple(name for name, pattern in _ATTRIBUTES if pattern.search(text))


def asks_same_place(text: str) -> bool:
    """Whether the turn asks if experts work at the same place (是同一个单位的吗？ 他们是同事吗？) — not where they studied
    (是同一所大学毕业的吧？ "degrees from the same school?": no record holds it; 是 was said of their workplace, rt140)."""
    return bool(_SAME.search(text)) and not _STUDIED.search(text)


# where someone studied (毕业, 读书, 学位, 校友, "graduated", "degrees", "alma mater"): no record holds it
_STUDIED = re.compile(r"毕业|读书|读的|求学|上学|念书|学位|校友|母校|留学|深造|(?i:\bgraduat|\bdegrees?\b|\balma\s+mater\b|"
                      r"\bstudied\b|\balumni\b|\bschooled\b|\bph\.?d\b)")


def asked_count(text: str) -> int | None:
    """How many experts the turn asks for as written (推荐5位, 找三个, 推荐一百位), None when it does not say."""
    m = _COUNT.search(text) or _COUNT_ENOUGH.search(text)
    if not m and (english := _COUNT_EN.match(text) or _COUNT_EN_ASKED.search(text)):  # "Just give me one", "Recommend 2
        # experts on vaccine adjuvants"
        said = english.group(1).lower()
        return int(said) if said.isdigit() else int(NUMBER_WORDS[said])
    if not m:
        return None
    raw = m.group(1)
    if raw.isdigit():
        return int(raw)
    if raw in ("百", "一百"):
        return 100
    return _CN_DIGITS.get(raw, 2 if raw == "两" else 0)


# a turn that corrects the problem just stated (不对，我说的是瓦斯爆炸防治, "No, I meant …"): the same request, mended
_CORRECTION = re.compile(r"^\s*(?:不对|不是的|错了|搞错了|说错了|我说的是|我是说|我的意思是|应该是|更正|纠正一下|"
                         r"(?i:no[,.!]|not\s+that|i\s+meant|i\s+mean|sorry,?\s+i\s+meant))")


def corrects(text: str) -> bool:
    """Whether a turn corrects the problem just stated (不对，我说的是…), which keeps how many experts it asked for."""
    return _CORRECTION.match(text) is not None


def requested_count(text: str) -> int | None:
    """How many experts to give for the turn (推荐5位), at most MAX_REQUESTED; None when it does not say or asks 0. A
    number for each of several problems (一是…二是…，各推荐一位) counts for each (it gave one for the first alone)."""
    n = asked_count(text)
    if n and FOR_EACH.search(text) and (parts := len(sub_problems(problem_text(text)))) > 1:
        n *= parts
    return min(n, MAX_REQUESTED) if n else None


_AWARD_ORDER = re.compile(r"(?:按照?|依照?|根据)(?:获奖|奖项|荣誉|所获奖项)的?(?:数量|数目|多少|次数|个数)?(?:从多到少|由多到少|从高到低|由高到低)?"
                          r"(?:排序|排列|排名|排个序|排一下|排)|(?:sort|order|rank)(?:ed)?\s+(?:them\s+)?by\s+(?:the\s+)?"
                          r"(?:number\s+of\s+)?awards|"
                          # 谁的获奖记录最多？按数量排个名 (of three named: listed in the order named, rt146)
                          r"(?:获奖|奖项|荣誉)[^，,。？?]{0,8}?最多[^。]{0,20}?(?:按|依|根据)(?:照)?(?:数量|数目|多少|项数|个数)"
                          r"(?:排序|排列|排名|排个名|排个序|排一下|排)|(?:rank|sort|order)\s+(?:them\s+)?by\s+(?:how\s+many|number|count)",
                          re.IGNORECASE)


def asks_award_order(text: str) -> bool:
    """Whether the turn asks for the experts ordered by how many awards they hold (按获奖数量排序): a count the graph
    holds."""
    return bool(_AWARD_ORDER.search(text))


# …，但不要重复 / 别重样 / "no repeats": the others, which a request for more gives anyway
_NO_REPEAT = re.compile(r"[，,]?\s*(?:但是?|不过|并且|而且)?(?:不要|别|不能|不可以|不许)(?:再)?(?:重复|重样|一样的?|和刚才一样|跟刚才一样|"
                        r"和之前一样|是刚才的|推荐过的|给过的)(?:的)?|[,\s]*\b(?:no\s+repeats?|(?:don'?t|do\s+not)\s+repeat"
                        r"(?:\s+(?:them|any|anyone))?|no\s+duplicates?)\b|[，,]?\s*(?:要)?(?:不一样|不同|不重样|不重复|没(?:有)?(?:推荐|出现)过)的?"
                        r"(?:专家|人)?|(?:different|new|other)\s+(?:ones|experts|people)\b", re.IGNORECASE)


# (换一批不一样的, 再推荐三位不一样的: more, the wish for new ones being what more is; it was a search for 一批)


def asks_more(text: str) -> bool:
    """Whether a turn only asks for more experts on the problem under discussion (继续推荐, 再来几个, 多推荐几位, 还有没有,
    再来两位，但不要重复), saying no topic or requirement of its own (还有院士吗 is a wish: `refinement`)."""
    text = _NO_REPEAT.sub("", text)
    return bool(_CONTINUE.search(text)) and len(text) <= 20 and names_no_problem(_CONTINUE.sub("", text)) \
        and not read_requirements(text)


# 如果只能选一位，你选谁？ 你会推荐哪一位？ 挑一个最靠谱的: one of them, which the graph does not rank (when the turn
# names no topic: 帮我们选一位做焊接的 is a problem)
_PICK_ONE = re.compile(r"(?:如果|要是)?只能(?:选|挑|找|请|联系)一[位个]|(?:你|您)(?:会|要|就)?(?:选|挑|推荐)(?:谁|哪一?[位个])|选谁|"
                       r"挑谁|(?:选|挑)(?:哪一?[位个])|(?:挑|选)(?:出)?一[位个]")


_PICK_WORDS = re.compile(_PICK_ONE.pattern + r"|最(?:靠谱|可靠|有把握|值得)的?|比较好|适合|合适|厉害|靠谱|[，,？?。！!\s]")


def compares(text: str) -> bool:
    """Whether the turn asks to compare or rank experts (哪位最适合, 谁更厉害, A和B相比): the graph ranks no one — but it
    counts awards ("Which of them has the most national awards?": the records' counts, `asks_most_awards`)."""
    if asks_most_awards(text) or asks_award_end(text):  # (his most recent award: one of his, not a ranking)
        return False
    return bool(_COMPARE.search(text)) or _PICK_ONE.search(text) is not None and bool(
        re.search(r"[\u4e00-\u9fff]", text)) and names_no_problem(_PICK_WORDS.sub("", text))


# the words that point at one expert shown (第二位, 他, 这位专家): read in a follow-up's place of a name
PRONOUN = re.compile(r"(?<![其吉])[他她](?!们|人(?!品|缘|脉))")  # a bare 他/她 (not 其他, 吉他, 他们, 他人; 他人品 is 他
# + 人品)


# words that point at experts shown, whatever else the turn says (第二位, 排名第一的, 这三位, 他们, 他)
_SHOWN_POINTER = re.compile(r"第[一二两三四五六七八九十\d]+(?:位|个|名)|排名?第[一二三四五六七八九十\d]+|这(?:[两二三四五六七八九十几\d])位|"
                            r"这些专家|上面(?:的|这)?(?:几|[两二三四五])位|他们|她们|" + PRONOUN.pattern)


# words of a turn about the list or the answer just given (its format, a filter, a translation, a column added): with
# nothing of a problem matched, such a turn is about those shown, not a new search on 格式 or 保留
_ABOUT_SHOWN = re.compile(_SHOWN_POINTER.pattern + r"|推荐(?:过)?的(?:专家|这|那|几|人)|刚才|上面|以上|前面|其中|这几位|那几位|"
                          r"名单|列表|格式|字段|表格|列出|列进|一列|排序|排个序|排一下|保留|去掉|删掉|删除|补上|补充|翻译|译成|"
                          r"写一[段篇份封句]|写个|帮我写|拟一|分别|接着写|续写|写完|补全|总可以吧|同一个单位|一共涉及|"
                          r"\b(?:he|she|their|each|confirm|yes\s+or\s+no|one\s+word|names?)\b|只能选|直说|"
                          r"英文|中文|JSON|markdown|\b(?:them|they|those|these|the\s+(?:first|second|third|last|recommended|"
                          r"list)|json|table|columns?|translate|rank|ranking|sort|list|above|him|her|his)\b", re.IGNORECASE)


_WON = re.compile(r"(?:获得?过?|得过|拿过)(?:了)?([^，。？?、的有几]{2,20}?(?:奖(?:[一二三四特]等奖)?|学者|基金))")  # 获得国家技术发明奖的有几位


_AMONG_EN = re.compile(r"^\s*(?:so\s+|and\s+)?(?:how\s+many\s+of\s+them|which\s+of\s+them|who\s+(?:among|of)\s+them|"
                       r"which\s+ones?|how\s+many(?:\s+of\s+(?:the\s+(?:experts|ones|people|academicians)|these(?:\s+experts)?))?"
                       r"(?=\s+(?:are|were|have|has|won|hold|held|work|works|come)\b))\s+", re.IGNORECASE)


_COUNT_WORDS = re.compile(r"[这那](?:[两三四五六几]|\d{1,2})?(?:位|个人|名)|[这那][两三四五六几]人|(?:[两三四五六几]|\d{1,2})位|(?:他们|她们)中?|其中|工作|任职|里面?|当中|中间|之中|推荐的|刚才的?|"
                          r"上面的?|以上|这些|专家|人|有?几位|几个|多少位|哪几位|哪些|哪位|有谁|分别|是谁|有没有|有吗|都|来自|出自|属于|"
                          r"获得过?|得过|拿过|是|的|有|吗|呢|哪一?年|什么时候|[？?，,。、\s]|\b(?:how|many|which|of|them|are|is|have|has|won|"
                          r"among|the|experts?)\b", re.IGNORECASE)


_ACADEMY_OF = re.compile(r"(?:中国)?(?:工程院|科学院|中科院)(?!院士|的?(?:研究所|[^，。？?的]{0,8}所))(?=的|$|[？?。，,])")


_CJK_AWARD = re.compile(r"[\u4e00-\u9fff]{2,20}?(?:奖|基金|学者)(?:[一二三四特]等奖)?")  # an award named in characters


# "How many of them won awards?": any award besides the seats
_ANY_AWARD_EN = re.compile(r"(?:have\s+|has\s+)?(?:won|received|got|hold|holds|been\s+awarded)\s+(?:any\s+|an?\s+)?"
                           r"(?:awards?|prizes?|honou?rs?)", re.IGNORECASE)


# a request for experts by conditions alone (获得过国家自然科学奖一等奖、并且在北京工作的专家; 推荐2010年以后当选的北京大学院士)
_BY_CONDITIONS = re.compile(r"^(?:请|帮我|麻烦)?(?:推荐|找|列出|给我)?(?:一下|几位|一些)?[^？?。，,；;]{4,60}的(?:专家|院士|学者)[。.!！]?$")


# (one clause: …支护成本高。最好是江苏省内的专家。 states a problem before its wish — it listed 江苏's experts by awards)


def conditions_only(text: str) -> CountQuestion | None:
    """The graph's experts a request asks for by conditions alone, with no problem (…获得过国家自然科学奖一等奖、并且在北京
    工作的专家): listed as a count lists them — it was matched as a problem with no topic, and said none met them."""
    if not _BY_CONDITIONS.match(text.strip()) or re.search(r"不要|不是|除了?|别|非", text):  # (不要东南大学的专家: who is
        return None  # left out of a list)
    counted = count_question(re.sub(r"^(?:请|帮我|麻烦)?(?:推荐|找|列出|给我)?(?:一下|几位|一些)?|[。.!！]$", "",
                                    expand_org_aliases(text.strip()))
                             + "有哪些？")
    return counted if counted is not None and counted.term is None and any(
        r.kind in ("award", "place", "institution", "elected") for r in counted.requirements) else None


# 推荐两位姓王的做高分子的院士(，比较一下他们): those of that surname on the topic, counted and listed (rt52: 杨玉良 and 吴奇
# were matched on 高分子 and 王 dropped)
_SURNAME_ASKED = re.compile(r"^(?:请|帮我|麻烦)?(?:推荐|找|介绍|列出|给我)(?:一下)?(?:几位|一些|[一二两三四五六七八九十\d]+位)?"
                            r"(?P<who>[^，,。？?；;！!]{0,12}姓[^，,。？?；;！!]{1,30}?(?:专家|院士|学者|教授))")


def surname_request(text: str) -> CountQuestion | None:
    """The experts of a surname a request asks for (推荐两位姓王的做高分子的院士), as a count of them, else None."""
    if not (m := _SURNAME_ASKED.match(text.strip())):
        return None
    counted = count_question(m.group("who") + "有哪些？")
    return counted if counted is not None and counted.surname else None


_BIRTH_ASKED = re.compile(r"出生|生于|出身|籍贯|老家|\bborn\b|\bbirth", re.IGNORECASE)


# a count said with the kind counted first, as of the whole graph (中国科学院院士有多少位？ 北京市有多少位院士？)
_CENSUS_FORM = re.compile(r"^\s*(?:请问|那|那么)?(?:[^，。？?\s]{2,20}?(?:院士|专家)(?:一共|总共|共|总)?有(?:多少|几)|"
                          r"[^，。？?\s]{2,20}?(?:一共|总共|共|总)?有(?:多少|几)(?:位|名|个)?[^，。？?\s]{0,8}?(?:院士|专家)|"
                          # 浙江大学的院士都有谁？ (after a list it counted those shown: none, rt87)
                          r"[^，。？?\s]{2,20}?的(?:院士|专家)(?:都|一共|总共)?(?:有谁|有哪些|是谁|是哪些|有哪几位)(?:人)?[？?]*\s*$)")


# (北京有多少位中国工程院院士？: the academy between, rt65)
_OF_THEM = re.compile(r"其中|之中|当中|里面|这[些几两三四五六七八九十]|那[些几]")


_A_NUMBER_ASKED = re.compile(r"几位|几个|几名|多少|(?i:\bhow\s+many\b)")


# whom the question is of, and how it asks who (他们中…有谁？ 其中…是哪位？): no condition of its own
_OF_WHOM = re.compile(r"^(?:那|那么)?(?:他们|她们|这些人|这几位|那几位|这[两三四五六七八九十]位|其中|以上|上面)(?:中|里|当中|之中|里面)?(?:的)?"
                      r"(?:有)?(?=[\u4e00-\u9fff])")
_ASKED_WHO_OF = re.compile(r"(?<=的)(?:有谁|是谁|是哪位|是哪几位|有哪些|有哪几位|有几位|是哪些)(?=[？?。！!]*$)")


def counted_among_shown(text: str) -> tuple[Requirement, ...]:
    """What a turn asks to count or pick among the experts shown (有几位是中国科学院院士？ 获得过国家自然科学奖的有几位？
    这五位里工程院院士几位，科学院院士几位？): the academies, awards, institutions or kinds it names, each counted
    apart; () for a census of the graph (图谱里有多少位院士？) or a count with a topic of its own (有几位研究焊接的？)."""
    if not _HOW_MANY_OF.search(text) or _GRAPH_SCOPE.search(text) or asks_most_awards(text):
        return ()  # ("Which of them has the most national awards?" asks who, of all: not those who hold "most …")
    if _CENSUS_FORM.match(text) and not SHOWN_REF.search(text) and not _OF_THEM.search(text):
        return ()  # 中国科学院院士有多少位？ 北京市有多少位院士？: the graph's, said with the kind first (it counted the three
        # shown, rt62), not 有几位是中国科学院院士？
    if _BIRTH_ASKED.search(text) or any(r.kind == "unrecorded" for r in read_requirements(
            re.sub(r"^(?:how\s+many|which)\s+of\s+(?:them|the)\s+", "Only experts who ", text, flags=re.I))):
        return ()  # 这些院士中有几位是女性？ "How many of the academicians were born in Beijing?": what no record holds,
        # not the seat every one of them has (it answered 3 of 3, yes, yes, yes)
    latin = bool(re.search(r"[A-Za-z]{3}", text))
    if latin:  # "How many of them are CAS members?" read as "Only experts who are CAS members" (institutions in
        asked = _AMONG_EN.match(text)  # English are not matched to the graph's names here: left to other readings)
        rest = ASKED_BESIDE_EN.split(text[asked.end():], 1)[0].rstrip("?. ") if asked else ""  # "…, and which awards?"
        found = [Requirement(kind="award", text=ANY_AWARD)] if asked and _ANY_AWARD_EN.fullmatch(rest) else [
            r for r in read_requirements("Only experts who " + rest) if asked
            and r.kind in ("academy", "award", "sector", "place")] if asked else []
        found += [Requirement(kind="award", text=award_spelling(m.group())) for m in _CJK_AWARD.finditer(text)] \
            if asked else []  # "Which of them received the 国家自然科学奖?": the award as the graph writes it
        found = [Requirement(kind="award", text=_GRADES_EN[grade.group(1).lower()]) if r.kind == "award" and
                 not re.search(r"[\u4e00-\u9fff]", r.text) and (grade := _GRADE_EN.search(r.text)) else r
                 for r in found]  # "a first-class award": any award of that grade (the English words matched none)
        found = [] if found and all(r.kind == "place" for r in found) and not _A_NUMBER_ASKED.search(text) else found
        years = award_years(text)  # "Which of them won it in 2010?": dated that year, not held at any time
        return tuple({(r.kind, r.text): r.model_copy(update={"years": years}) if r.kind == "award" else r
                      for r in found}.values())
    # 有几位是中科院的？ / 其中几个是清华的？: the clause before its question mark and final 的 reads as a kind of expert
    # (中科院的, 工程院的 without 院士: the academy's members)
    said = _ASKED_WHO_OF.sub("", _OF_WHOM.sub("", text.strip()))  # 他们中清华大学的有谁？: 清华大学的 (it read as nothing, and
    # the list's menu was said, rt89)
    wish = _ACADEMY_OF.sub(lambda m: m.group() + "院士", re.sub(r"(?:工作|任职)?的?\s*[？?。.！!呢吗]*$", "",
                                                              re.sub(r"奖项|奖励", "奖", said)))  # 国家级奖项: 国家级奖
    found = [r for r in read_requirements(wish + "的专家") if r.kind != "unrecorded"]
    if all(r.kind == "place" for r in found) and not _A_NUMBER_ASKED.search(text):  # (a place alone is asked of
        found = []  # their institutions' places: the places listed — unless a number is: 他们中有几位在北京？ gave each
    # one's institution, rt81) — beside a seat or award it is one more condition (谁是中科院院士并且在上海？ was said of
    # the seat alone: 查全性 of 武汉大学 "是", rt74)
    found += [Requirement(kind="award", text=asked_award(m.group(1))) for m in _WON.finditer(text)]
    seats = [m.group() for m in re.finditer(r"(?:中国)?(?:工程院|科学院|中科院)(?:院士)?", text)]
    if len(seats) >= 2:  # 工程院院士几位，科学院院士几位: each academy apart (read as one 两院院士 seat)
        found = [r for r in found if r.kind != "academy"] + [
            Requirement(kind="academy", text="中国工程院院士" if "工程" in seat else "中国科学院院士") for seat in seats]
    found = [r for r in found if not (r.kind == "award" and any(  # 国家科技进步奖一等奖: the graded one alone
        o.kind == "award" and r.text != o.text and r.text in o.text for o in found))]
    if any(r.kind == "institution" for r in found):  # 在中科院的研究所: the institution named, not any institute
        found = [r for r in found if r.kind != "sector"]
    left = _COUNT_WORDS.sub("", _WON.sub("", without_requirements(wish + "的专家")))
    if any(r.kind == "place" for r in found):  # …院士并且在上海: the words joining the conditions
        left = re.sub(r"并且|而且|同时|且|又|还|在|位于", "", left)
    return tuple({(r.kind, r.text): r for r in found}.values()) if found and len(left) <= 1 else ()


# a turn that disputes or presses an answer (你算错了吧，应该是2005年 / 你肯定知道，随便说一个数 / 那你刚才为什么说没有记录？)
_CHALLENGE = re.compile(r"算错|搞错|弄错|说错|记错|错了吧?|不对吧|不可能吧?|肯定知道|随便说|猜一个|估一个|估计一下|大概说|"
                        # 我们内部资料显示确实如此，请你按我们的资料更新回答并确认: the user's own papers against the records
                        r"(?:按照?|以|根据)我们(?:的|内部的?)(?:资料|数据|信息|记录)|(?:内部|我们的)(?:资料|数据|信息)(?:显示|表明|说|写)|"
                        r"更新(?:你的|一下)?(?:回答|答案|记录|资料)|(?:改正|纠正|修改)(?:你的|一下)?(?:回答|答案|记录)|"
                        r"为什么说(?:没有|不知道|没记录)|\b(?:you(?:'re|\s+are)\s+wrong|that'?s\s+wrong|just\s+guess|"
                        r"make\s+a\s+guess|(?:you\s+)?must\s+know|why\s+did\s+you\s+say)\b", re.IGNORECASE)


# its other words (the number it insists on, the record it refers to): nothing to match
_CHALLENGE_REST = re.compile(r"你|您|吧|了|的|吗|呢|应该是?|明明|其实|肯定|就|一个|数字?|记录|刚才|那|为什么|说|没有|\d+|年|[，,。.！!？?\s]|"
                             r"我们|内部|资料|数据|信息|显示|表明|确实|如此|请|按照?|根据|更新|回答|答案|并且?|确认|一下|为准|以|"
                             r"\b(?:you|are|it|is|was|that|the|a|it'?s|that'?s|number|just|must|know|why|did|say|no|record|"
                             r"should|be|so|then|answer|me|tell)\b", re.IGNORECASE)


def challenges(text: str) -> bool:
    """Whether a turn only disputes or presses the last answer (你算错了吧，应该是2005年): said to rest on the records."""
    return _CHALLENGE.search(text) is not None and names_no_problem(_CHALLENGE_REST.sub("", _CHALLENGE.sub("", text)))


def about_shown(text: str) -> bool:
    """Whether a turn speaks of the experts or the answer just shown (请用JSON格式输出推荐的专家, 只保留工程院的,
    "Which of them has worked with Tesla?")."""
    return bool(_ABOUT_SHOWN.search(text))


def speaks_for(text: str) -> bool:
    """Whether a turn asks to write or sign in an expert's name or voice."""
    return bool(_SPEAKS_FOR.search(text))


# an institution's short name where a follow-up points at one (他是北航的吗？ 武大那位, 只要清华的): read in full
_ALIASED = re.compile(r"(?:(?<=^)|(?<=[是在自于位个要限有找荐选那，,\s比和与跟为接到去]))(" + "|".join(
    sorted((re.escape(a) for a in ORG_ALIASES if a not in ("科学院", "工程院")), key=len, reverse=True)) +
    r")(?=的|那|这|吗|么|嘛|呢|吧|教授|老师|院士|专家|(?:常务)?副?(?:校长|院长|所长|主任|书记)|毕业|读|念|留过?学|有(?:哪|几|多少|没有|什么|\d|[一二两三四五六七八九十])|在哪|位于|"
    r"[多少](?:吗|吧|呢|[？?]|\d|[一二两三四五六七八九十])|谁|哪个|[和与跟比](?=[\u4e00-\u9fff]{2})|各有|各自|分别|"
    r"[？?。，,！!]|$)")  # (南航有哪些…; 北大有60位…吧？ 清华比北大多吗？; 北理工和哈工大各有几位院士？: 哈工大 was read as a
# direction's word, rt124;


# 北航在哪个城市？)


_ALIASED_EN = re.compile(r"\b(" + "|".join(sorted(map(re.escape, ORG_ALIASES_EN), key=len, reverse=True)) +
                         r")\b(?!\s+(?:University|Institute|Univ\b))")


def expand_org_aliases(text: str) -> str:
    """`text` with the short names of institutions a follow-up uses in full (北航 → 北京航空航天大学, Tsinghua →
    Tsinghua University), and 工程院的 as the seat it can only mean (the academy employs nobody: 这几位都是工程院的吗？)."""
    text = _SEAT_OF.sub(lambda m: "中国工程院院士" if "工程" in m.group() else "中国科学院院士",  # 工程院的院士
                        _ALIASED_EN.sub(lambda m: ORG_ALIASES_EN[m.group(1)], text))
    text = _CAE_OF.sub(lambda m: "中国工程院院士的" if "工程" in m.group() else "中国科学院院士的", text)
    return _ALIASED.sub(lambda m: ORG_ALIASES[m.group(1)], text)


# (the academy's own name, not the end of another's: 中国中医科学院的专家, 中国农业科学院的 were read as CAS seats, rt72)
_CAE_OF = re.compile(ACADEMY_START + r"(?:中国)?(?:工程院|科学院|中科院)的(?!院士)")  # 只要科学院的: the seat (an academy


# employs few)
_SEAT_OF = re.compile(ACADEMY_START + r"(?:中国)?(?:工程院|科学院|中科院)的院士")


# "I heard the first expert was elected in 2005, confirm.", "Please confirm that he works at Tsinghua": a statement put
# up for checking, asked as "Is it true that …?" (it was read as a new problem and the list shown again)
_HEARD_EN = re.compile(
    r"^\s*(?:(?:so\s+|but\s+)?(?:i|we)\s+(?:heard|read|was\s+told|were\s+told|believe|think|understand|saw|learned)|"
    r"someone\s+(?:told\s+(?:me|us)|said)|people\s+say|it\s+is\s+said|(?:please\s+)?(?:confirm|verify|check)(?:\s+for\s+me)?)"
    r"\s+(?:that\s+)?(?P<said>.+?)[\s,.;:]*(?:(?:(?:can|could)\s+you\s+)?(?:please\s+)?(?:confirm|verify)(?:\s+(?:it|this|that))?|"
    r"right|correct|true|isn'?t\s+(?:it|that\s+(?:right|so))|is\s+(?:that|it|this)\s+(?:right|correct|true|so))?\s*[.?!]*\s*$",
    re.IGNORECASE)


def as_question_en(text: str) -> str:
    """An English statement put up for checking as the question it asks ("Is it true that …?"); other text as it is."""
    m = _HEARD_EN.match(text)
    if m is None or not re.search(r"\b(?:is|was|were|are|has|had|won|works?|worked|holds?|received|got|elected|"
                                  r"studied|graduated)\b", m.group("said"), re.IGNORECASE):
        return text
    return f"Is it true that {m.group('said').rstrip(' ,.;:')}?"


def older_asked(text: str) -> str | None:
    """The age question a turn that says one of two is older amounts to (申长雨比李德群大吧？ → 申长雨和李德群谁年纪大？:
    their birth dates, then 是/不是 by `biography.OLDER_SAID`; it was a search on the two names, rt50), or None."""
    older = OLDER_SAID.fullmatch(re.sub(r"[，,\s]*(?:吧|吗|么|对吧|对吗|是吗|是不是|没错吧)?[？?。！!\s]*$", "", text.strip()))
    return f"{older.group('a')}和{older.group('b')}谁年纪大？" if older is not None else None


# words that point at experts shown, and the words of a question about their records, no topic of a problem's
SHOWN_REFERENCE = re.compile(r"他们|她们|他俩|她俩|两人|二人|两位|这几位|那几位|这些|那些|这[两二三四五六七八九十]位|其中|以上|上面|前面|刚才|"
                              r"目前为止|推荐的|另一位|另外一位|那位|这位|年轻的那位|年长的那位|"
                              r"(?i:\b(?:them|they|their|both|those|these|the\s+(?:other|younger|older|elder|first|second|third|"
                              r"last|former|latter)(?:\s+one)?|either|neither|each)\b)")


_RECORD_WORDS_ZH = re.compile(r"所有|全部|专家|院士|教授|里|中|谁|哪位|哪个|哪一位|什么|几|多少|最|更|多|少|大|小|早|晚|年纪|年龄|岁数?|"
                              r"年长|年轻|获奖|奖项?|得奖|单位|学校|大学|工作|当选|出生|生的|哪年|哪里|是|的|了|在|有|吗|呢|吧|啊|都|也|还|"
                              r"和|与|跟|比|个|位|人|一|同|相同|一样|对|不|没|[，,。.？?！!、\s]")


_RECORD_WORDS_EN = frozenset(
    "which who whose whom what how many much more most fewer fewest awards award prizes prize won win university "
    "institution institute work works working same different right true correct older younger elder oldest youngest "
    "elected born years year apart differ difference earlier later first second third last one ones former latter "
    "other others each either neither also list recommended shown above before".split())


def of_those_shown_only(text: str) -> bool:
    """Whether a turn points at experts shown and asks only about their records, with no topic of a problem of its own
    (to be answered, or said not understood — never searched)."""
    if not SHOWN_REFERENCE.search(text):
        return False
    rest = SHOWN_REFERENCE.sub(" ", text)
    if re.search(r"[A-Za-z]{3}", rest):
        return not [w for w in re.findall(r"[A-Za-z]+", rest.lower())
                    if w not in ENGLISH_STOP and w not in _RECORD_WORDS_EN and len(w) > 1]
    return len(_RECORD_WORDS_ZH.sub("", rest)) <= 1


# who of several was elected first or last (谁当选院士更早？ 哪位当选最晚 "Who among them was elected earliest?")
_ELECTED_ORDER = re.compile(r"(?:当选|入选)[^，。？?]{0,6}?(?:更早|最早|更晚|最晚|早|晚|相差|差了?|隔了?)|"
                            r"(?:当选|入选)(?:中国科学院|中国工程院|中科院|工程院|科学院)?院士(?:更早|最早|更晚|最晚)|"
                            r"(?:更早|最早|更晚|最晚)(?:当选|入选)|"
                            r"[早晚]了?(?:几|多少)年(?:当选|入选)|"  # 第一位比第二位早几年当选？
                            # 李德群比申长雨早当选院士吧？ 第一位比第二位先当选吗？: whether, by the years
                            r"比[^，。？?]{1,12}?(?:更)?(?:早|晚|先|后)(?:了?[一二两三四五六七八九十\d]+年)?(?:当选|入选)|"
                            r"按(?:照)?(?:当选|入选)(?:院士)?的?(?:时间|年份|年代|先后)?(?:顺序)?[^，。？?]{0,6}?(?:排|列)|"
                            # "Rank them by election year", "Rank Pan Jiluan, Guan Qiao and … by the year they were elected"
                            r"\b(?:sort|order|rank|list)\w*\s+(?:[^.?!]{0,80}?\s)?by\s+(?:their\s+|the\s+)?"
                            r"(?:election|elected)(?:\s+(?:year|date|time)s?)?\b|"
                            r"\b(?:sort|order|rank|list)\w*\s+(?:[^.?!]{0,80}?\s)?by\s+(?:the\s+)?(?:year|date|time)s?\s+"
                            r"(?:they\s+(?:were|became)|of\s+(?:their\s+)?election)|"
                            # 谁资历更老/最深: the graph records no seniority; the election years are what it holds
                            r"(?:资历|年资|资格)[^，。？?]{0,4}?(?:更|最)?(?:老|深|高|久)|(?:更|最)资深|"
                            r"谁(?:先|后|最先|更先)(?:当选|入选)|比较[^，。？?]{0,12}?(?:资历|年资)|"
                            # 比较袁亮和周世宁的年龄和当选年份 "Compare A with B: … election years": the years (the ages
                            # alone were quoted, rt66)
                            r"比较[^，。？?]{0,24}?(?:当选|入选)(?:院士)?的?(?:年份|时间|年代|年)|"
                            r"\bcompare\b[^?]{0,80}?\belection\s+(?:years?|dates?)\b|"
                            r"\belected\s+(?:the\s+)?(?:earliest|first|latest|last|most\s+recently|earlier|later)\b|"
                            # "who was elected to CAS first?" (it said "Yes, all of them", rt67)
                            r"\b(?:who|which)\b[^?.]{0,30}?\belected\b[^?.]{0,24}?\b(?:first|earlier|earliest|later|last)\b|"
                            r"\b(?:earliest|latest|earlier|later)\b[^?]*\belected\b|"
                            # "Was he elected to CAE before or after Sun Cong?": of two people, not a year
                            r"\belected\b[^?]{0,30}?\b(?:before|after)\b(?:\s+or\s+(?:before|after))?\s+(?=[A-Z\u4e00-\u9fff])",
                            re.IGNORECASE)


def asks_sorted(text: str) -> bool:
    """Whether a turn asks for the experts shown sorted by what the records hold (按当选年份排序, 按出生年份排序,
    "sorted by number of awards")."""
    return bool(_ELECTED_ORDER.search(text) or _BIRTH_SORT.search(text) or _AWARD_ORDER.search(text))


def asks_elected_order(text: str) -> bool:
    """Whether a turn asks who of several was elected first or last, or how many years apart (谁当选院士更早？)."""
    return bool(_ELECTED_ORDER.search(text))


_BIRTH_SORT = re.compile(r"按(?:照)?(?:出生|年龄|年纪|岁数)[^，。？?]{0,10}?(?:排|列)|\b(?:sort|order|rank)\w*\s+(?:them\s+)?by\s+"
                         r"(?:age|birth|(?:the\s+)?year\s+(?:they\s+were\s+)?born)", re.IGNORECASE)


def asks_birth_sort(text: str) -> bool:
    """Whether a turn asks for its experts in order of birth (…并按出生年份从早到晚排序, "sort them by age")."""
    return _BIRTH_SORT.search(text) is not None


_SUMMARY = re.compile(r"表格|列表|汇总|总结|概括|归纳|一览|(?:列|做|画|整理)(?:个|一个|张|成|一张)?表|整理一下|(?:翻译|译)成(?:英文|英语|中文)|(?:[两三四五几]位|他们|她们|各位)(?:专家|院士)?的(?:介绍|简介)|"
                      r"(?:按|以|用)[^，。？?]{0,10}?格式|格式(?:输出|列出|整理|给出)|"  # 按以下格式输出：姓名|单位
                      r"(?i:\bsummar(?:y|ize|ise)\b|\btable\b|\btranslate\b)")


_GRADE_EN = re.compile(r"\b(first|second|third|special)[- ](?:class|grade|prize)\b", re.IGNORECASE)


_GRADES_EN = {"first": "一等奖", "second": "二等奖", "third": "三等奖", "special": "特等奖"}


_WHY_FIT = re.compile(r"(?i:\b(?:could|can|would|will|might)\s+(?:he|she|they|\S+(?:\s+\S+)?)\s+(?:help|assist|support|advise)\b|"
                      r"\bhow\s+(?:could|can|would|might)\s+\S+(?:\s+\S+)?\s+help\b|\b(?:a\s+)?good\s+fit\b|\bsuitable\s+for\b)|"
                      r"为什么合适|能(?:否|不能)?(?:用|应用|用于|用在|适用)|可(?:以|否)?(?:用于|用在|应用于)|适用于|用得上|(?:为什么|为何)[^，,。？?！!]{0,12}?(?:适合|合适|推荐|选)|(?:怎么|如何|怎样|能否|能不能|可以)(?:帮|协助|支持|解决)|合适吗|适合吗|"
                      r"推荐(?:的)?理由|理由是什么|为何推荐|凭什么推荐|"
                      # 他解决过类似问题吗？ "Has he worked on exactly this?": the graph records no cases; what it holds
                      # on the problem (it was checked as a topic named 类似, rt46)
                      rf"(?:{WORK_DONE}|遇到|碰到|研究)过(?:{SIMILAR})的?(?:问题|项目|案例|工作|课题|情况|难题)|"
                      r"(?i:\b(?:worked|work)\s+on\s+(?:exactly\s+this|this\s+(?:exact\s+)?(?:problem|issue)|something\s+similar|"
                      r"similar\s+(?:problems?|issues?|cases?))|\b(?:solved|handled|dealt\s+with)\s+(?:a\s+)?similar\b)|"
                      # 第二位的研究方向和我们的问题有什么关系？
                      r"(?:和|与|跟)(?:我们|我)?的?(?:问题|需求|难题)[^，。？?]{0,4}?(?:有)?(?:什么|何|啥)(?:关系|关联|联系)")


# a named expert asked whether they can help with a problem the turn states (钟南山能帮我们解决注塑件翘曲吗？ 柳百成擅长
# 压铸吗？ "Can Zhong Nanshan solve our warpage?"): how they rank for that problem, and who fits it best
_CAN_HELP = re.compile(r"能(?:否|不能)?(?:帮(?:我们|我|忙)?)?(?:解决|处理|搞定|攻克|指导)|能不能帮|可(?:以|否)(?:帮(?:我们|我)?)?"
                       r"(?:解决|处理|指导)|适合(?:解决|处理|做|指导)|擅长|懂不懂|懂(?=[^，,。？?]{2})|"
                       r"(?i:\b(?:can|could)\s+\S+(?:\s+\S+)?\s+(?:help|solve|handle|fix)\b)")


def asks_can_help(text: str) -> bool:
    """Whether a turn asks if someone can help with a problem (能解决…吗, 擅长…吗, "Can X solve …?")."""
    return _CAN_HELP.search(text) is not None


def why_fit(text: str) -> bool:
    """Whether a turn asks why an expert fits the problem (为什么合适, 推荐理由)."""
    return _WHY_FIT.search(text) is not None


_WHY = re.compile(r"为什么|为何|凭什么|理由|原因|缘由|(?i:\bwhy\b|\breasons?\b|\bhow\s+(?:is|are|was)\b.*\b(?:relevant|suited|"
                  r"suitable|a\s+(?:good\s+)?(?:fit|match))\b)")


def asks_why(text: str) -> bool:
    """Whether a turn asks why an expert was recommended (第二位为什么合适？ 推荐他的理由是什么？ "Why is the third one
    relevant?"), not whether one could help with something new (他能解决我们的焊接问题吗？)."""
    return why_fit(text) and _WHY.search(text) is not None or bool(re.search(
        r"(?i)\bwhy\b.*\b(?:relevant|recommend(?:ed)?|suggest(?:ed)?|chosen|picked|listed|included|on\s+the\s+list)\b|"
        r"为什么(?:会)?(?:推荐|选|列|找|是)", text))


# 为每位专家写一段推荐语: their cards and what their biographies say on the problem
_WRITE_UP = re.compile(r"推荐语|推荐词|推荐信|介绍词|(?:为|给)(?:每|各)(?:一)?位(?:专家)?写|(?:写|做)(?:一段|一份|个)(?:专家)?(?:介绍|简介)")


# 他们有什么共同点？ "What do they have in common?"
_COMMON = re.compile(r"(?:有什么|有何|有哪些)?(?:共同点|共同之处|相同之处|共同|共性|相似之处|相似点|相同点|相同)|(?i:\bin\s+common\b|\bshare\b)")


_DETAIL = re.compile(r"(?:写|说|讲|解释|介绍|阐述)得?(?:更|再)?(?:详细|具体|清楚|充分|明白)(?:一点|一些|些|点)?|"
                     r"(?:更|再)?详细(?:一点|一些|些|点|地|的)?(?:说明|解释|说说|讲讲|写写|介绍)?|展开(?:说说|讲讲|说明)?|[把再]")


# words that point at the experts shown or say what of them, besides the request words (这些专家, 他们, 都, 总结)
_COMMON_WORDS = re.compile(r"那么|那|这些|那些|这几位|这三位|这两位|他们|她们|各位|每位|都|总结|概括|归纳|说说|看看|请你?|一下|的|"
                           r"(?i:\bthey\b|\bthem\b|\bthese\b|\bexperts?\b|\bhave\b|\bdo\b|\bwhat\b|\bin\b)")


def _of_a_list(text: str) -> bool:
    """Whether the turn only asks something of a list of experts (他们有什么共同点？ 按获奖数量排个序 列个表 把推荐理由写得
    详细一点), naming no problem of its own."""
    said = text
    for pattern in (_COMMON, _WRITE_UP, _AWARD_ORDER, _SUMMARY, _WHY_FIT, _DETAIL, _COMMON_WORDS):
        said = pattern.sub("", said)
    return said != text and names_no_problem(said) or compares(text) and names_no_problem(
        _PICK_WORDS.sub("", _COMPARE.sub("", text)))  # 哪位最适合？ 如果只能选一位，你选谁？


def _more_detail(text: str) -> bool:
    """Whether the turn only asks for the reasons in more detail (把推荐理由写得详细一点, 详细说说推荐理由)."""
    return bool(_WHY_FIT.search(text)) and names_no_problem(_DETAIL.sub("", _WHY_FIT.sub("", text)))


SHOWN_REF = re.compile(r"推荐(?:过)?的(?:专家|这|那|几|人)|刚才|上面|以上|前面|这些|他们|她们|这[两三四五几](?:位|个人|人|名)|"
                       r"(?:^|(?<=[把将那]))[两三四五几](?:位|个人|人|名)(?=的|都|各|分别)|"  # 把两个人的信息整理成JSON (rt87)
                       r"\b(?:them|their|those|these|the\s+recommended|above)\b", re.IGNORECASE)


def _new_problem_first(text: str) -> bool:
    """Whether a turn states a new problem in a sentence of its own before asking about experts (我们的轴承磨损严重
    怎么办？谁最合适？): a new search, whose experts the question is about — not a comparison of those shown."""
    sentences = [q for q in re.split(r"[。？?！!；;]", text) if q.strip()]
    return len(sentences) >= 2 and states_symptom(sentences[0]) and not compares(sentences[0])
