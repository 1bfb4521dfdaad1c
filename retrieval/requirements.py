"""What a problem asks of the expert besides the topic: an academy (工程院院士), an award (获得过国家科技进步奖的),
an institution (清华大学的专家) or a place (上海的专家), and whether an expert's graph facts meet it.

Matching puts the relevant experts who meet every requirement first; the answer says which requirement no shown
expert meets, rather than let a list of experts read as if it met them. A place is met by an institution whose name
holds it (上海交通大学 for 上海) or whose recorded place it is (复旦大学: kg/places.py); an institution the graph has
no place for meets it only by its name, and the answer says so. What the
graph does not record at all (女性, 40岁以下, 能到现场, 会英语) is an "unrecorded" requirement that no expert meets,
so that the answer says it could not be checked instead of passing over it.
"""

from __future__ import annotations

import datetime
import re

from retrieval.models import ANY_AWARD, NATIONAL_AWARD, ORG_ENDINGS, ExpertMatch, Requirement, place_words
from retrieval.org_aliases import ORG_ALIASES
from retrieval.english_names import PLACES_EN
from retrieval.requirements_en import english_requirements

# who the requirement is about: the expert asked for follows it, at most a topic in between (上海的注塑成型专家), never
# a verb or a clause break (我们在上海的工厂需要专家 asks nothing of the expert's place)
_WHO = (r"(?:的|地区的|本地的|当地的|省内的|市内的)?[^，。；、,;！!？?需要请想找有是在为给供]{0,10}?"
        r"(?:专家|老师|教授|研究员|院士|学者|团队|人选|人才|学家)")  # (北京大学的数学家)
_ACADEMY = re.compile(r"(两院|(?<!无)双|中国工程院|工程院|中国科学院|科学院|中科院)?院士(?!工作站|专家工作站|工作室|站)")
_CAE_SAID = re.compile(r"(?:中国)?工程院(?!院士)(?=的|呢|吧|也行|也可以?|[，,。？?！!\s]|$)")
# the year said before an award's name (获得了2010年的国家最高科学技术奖, 获得过2003年度…奖): that year's award, not one
# named 2010年国家最高科学技术奖 (哪位院士获得了2010年国家最高科学技术奖？ was answered with none, rt149)
_YEAR_OF_AWARD = r"(?:(?:19|20)\d\d\s*年度?的?)"
_CHAINED = re.compile(r"(?<=[奖金者号])(?:和|与|及|以及|、|或者|或)(?:获得?过?|荣获)?")  # the awards of 获得过A和B的
_AWARD = re.compile(rf"(?<!我们)(?<!我司|公司|企业|本厂|我厂|单位)(?:获得?过?|荣获过?|得过|拿过|拿了|拿到过?)(?:了)?\s*"
                    rf"{_YEAR_OF_AWARD}?((?:[^，。；,;！!？?\s的]{{2,44}}?(?:奖(?:励|项)?|基金(?![^，。；,;！!？?\s的]{{0,12}}?奖)|"
                    # (何梁何利基金科学与技术成就奖: the whole name, not 何梁何利基金, rt62)
                    rf"学者(?:特聘教授|讲座教授)?|称号))"
                    # …的专家, or 的 ending the clause (推荐几位水稻育种专家，获得过国家最高科学技术奖的)
                    rf"(?:[一二三四特]等奖)?|杰青|优青)(?=获得者|(?![和与及、或]){_WHO}|的\s*(?:[。！!？?，,；;、]|$)|"
                    # …的、获得过A、2000年以后当选的院士: one wish of a list before the expert (not 获得过A、B奖的)
                    rf"、(?![^，。；,;！!？?、]{{0,20}}?奖)(?=[^，。；,;！!？?]{{0,30}}?{_WHO}))"
                    # 诺贝尔奖得主, 国家最高科学技术奖获得者: the award before the word for its holder
                    rf"|(?:是|为|找|推荐)(?:一位|一名|位)?((?:[^，。；、,;！!？?\s的是位]{{2,20}}?奖)(?:[一二三四特]等奖)?)"
                    rf"(?:得主|获得者)"
                    # …，他必须获得过图灵奖 / 要求获得过国家科技进步奖: a wish, the award ending its clause
                    rf"|(?:必须|要求|一定要|最好|需要|务必|并且|而且|同时|还要|也要)(?:是)?(?:获得?过?|荣获过?|得过|拿过)(?:了)?\s*"
                    rf"((?:[^，。；、,;！!？?\s的]{{2,20}}?(?:奖|基金|学者|称号))(?:[一二三四特]等奖)?)(?=[。！!？?，,；;]|$)")
# the units under an institution, said of it (中国科学院下属研究所, 中科院所属单位, 中国科学院系统的研究所)
_UNDER = re.compile(r"(?<=[院校司团部委局])(?:下属|所属|旗下|系统)的?(?:各)?(?:研究所|单位|机构|院所|研究院所|研究院|科研院所)?$")
def whole_institution(name: str) -> str:
    """An institution said with the units under it (中国科学院下属研究所) as the institution (中国科学院)."""
    return _UNDER.sub("", name) or name


# an institute's short name (中科院物理所, 大连化物所, 中科院大连化物所): 所 after three or more characters, not a word that
# ends in 所 (场所, 住所)
_SHORT_INSTITUTE = r"(?<![场住处厕哨])(?<=[\u4e00-\u9fff]{3})所(?![属有以谓在得])"
_ORG = re.compile(rf"([\u4e00-\u9fff]{{2,20}}?(?:{ORG_ENDINGS}|{_SHORT_INSTITUTE})(?:{ORG_ENDINGS})*)(?={_WHO}|的、|的?优先)"
                  # or named right after a wish at the end of its clause: 只要清华大学的, 最好是浙江大学的, 仅限清华大学
                  r"|(?:(?<=最好是)|(?<=希望是)|(?<=只要是)|(?<=仅限于)|(?<=必须是)|(?<=只推荐)|(?<=只要)|(?<=仅限)|(?<=只限)|"
                  rf"(?<=只找))([\u4e00-\u9fff]{{2,20}}?(?:{ORG_ENDINGS}|{_SHORT_INSTITUTE})(?:{ORG_ENDINGS})*)的?"
                  r"(?=[。！!？?，,；;]|$)")  # 中科院物理所
# words before an institution's name that are the request's, not the name's: 请推荐|清华大学, 或者|浙江大学
_ORG_LEAD = re.compile(r"^(?:那么?)?(?:.*(?:有哪些|哪些|有哪几位|推荐|介绍|需要|来自|单位(?:为|是)|(?:就职|任职|供职|工作)于|希望|最好|想找|找|(?<!有)限于?|请问|请教|请|[一二两三四五六七八九十几\d]+位|是|在|和|与|或者|或|"
                       r"及|只要|只|有没有|有无|是否有|曾任|现任|担任|曾在|当选的?|入选的?|奖的|"
                       r"(?:知识)?图谱(?:中|里|内|上)?|数据库(?:中|里|内)?|"
                       r"院士的))?")  # (当选中科院院士的清华大学专家: 清华大学, rt147)  # (知识图谱中清华大学的院士: 清华大学)  # (有没有东华大学的？ 三位浙江大学的…: the name after)
PLACES = ("北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建",
           "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾",
           "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门", "深圳", "广州", "南京", "杭州", "武汉", "成都", "西安",
           "长沙", "合肥", "济南", "青岛", "大连", "沈阳", "哈尔滨", "长春", "郑州", "苏州", "厦门", "福州", "昆明", "兰州",
           "太原", "南昌", "南宁", "贵阳", "石家庄", "宁波", "无锡")
PLACE_NAMES = "|".join(sorted(PLACES, key=len, reverse=True))  # the places as one alternation, longest first
# regions of China as the provinces a recorded place names (西北的专家, 有没有在青海或者西部的专家？, 长三角的)
REGIONS: dict[str, tuple[str, ...]] = {
    "西北": ("陕西", "甘肃", "青海", "宁夏", "新疆"), "西南": ("四川", "重庆", "贵州", "云南", "西藏"),
    "东北": ("辽宁", "吉林", "黑龙江"), "华北": ("北京", "天津", "河北", "山西", "内蒙古"),
    "华东": ("上海", "江苏", "浙江", "安徽", "福建", "江西", "山东"), "华南": ("广东", "广西", "海南"),
    "华中": ("河南", "湖北", "湖南"), "长三角": ("上海", "江苏", "浙江", "安徽"), "珠三角": ("广东",),
    "京津冀": ("北京", "天津", "河北"), "中部": ("山西", "安徽", "江西", "河南", "湖北", "湖南"),
    "江浙沪": ("江苏", "浙江", "上海"), "江浙": ("江苏", "浙江"), "中南": ("河南", "湖北", "湖南", "广东", "广西", "海南"),
}
REGIONS["西部"] = (*REGIONS["西北"], *REGIONS["西南"], "广西", "内蒙古")
# north and south of the Qinling–Huai line, as the provinces are usually counted (最好北方的，南方的太远了: the wish was
# not read at all, and a Nanjing expert shown, rt70)
REGIONS["北方"] = (*REGIONS["华北"], *REGIONS["东北"], "山东", "河南", "陕西", "甘肃", "宁夏", "青海", "新疆")
REGIONS["南方"] = ("上海", "江苏", "浙江", "安徽", "福建", "江西", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州",
                 "云南", "西藏", "香港", "澳门")
# a region said of where the expert should be (在西部, 西北地区的专家, 有没有长三角的): not 西部大开发 or 西北地区干旱
_REGION = re.compile(rf"(?P<lead>在|来自|位于|最好是|希望是|最好|或者|或|还是|、|和)?(?P<region>{'|'.join(sorted(REGIONS, key=len, reverse=True))})"
                     r"(?:地区|一带|省份|各省)?(?=的?(?:专家|老师|教授|院士|学者|人|吗|呢|吧|都可以|都行|也可以|也行|"
                     r"最好|更好|优先|为佳|[，,。；;！!？?、]|$)|"
                     r"的[^，,。；;！!？?需要请想找有是在为给供]{1,8}?(?:专家|老师|教授|院士|学者))")


# places said as alternatives (青海或陕西或甘肃): one wish, however many places
PLACE_CHAIN = re.compile(rf"(?:(?:{PLACE_NAMES})(?:省|市)?(?:或者?|或是|、|和|还是))+"
                         rf"(?:{PLACE_NAMES})")


def in_provinces(text: str) -> str:
    """`text` with a region said of where experts should be written as its provinces, as alternatives (有没有在青海或者
    西部的专家？ → …在青海或者陕西或甘肃或宁夏…的专家？: the place requirements read them; 西部 alone was read as nothing and
    the turn as a count of 青海's experts, rt39)."""
    def provinces(m: re.Match) -> str:
        lead = m.group("lead") or ""
        asks = re.search(r"(?:有没有|有无|有)$", text[:m.start()])  # 有没有东北的？ (not 有没有在…: a count of a place)
        alone = (m.start() == 0 or text[m.start() - 1] in "，,；;。" or text[m.start() - 1:m.start()] == "要") and \
            re.match(r"的?\s*(?:[呢吧吗啊]|都可以|都行|也可以|也行|最好|更好|优先|为佳|为宜)?[吧啊呀]?\s*(?:[，,。；;！!？?、]|$)",
                     text[m.end():])  # (…，江浙沪的最好: a wish, rt68)
        # (西北的呢？: after a list; …，华中地区都行)
        # (…，江浙沪的，…: a clause of its own, said of the expert)
        sought = re.search(r"(?:找|推荐|介绍)$", text[:m.start()])  # 想找江浙沪的催化专家 (rt60: ignored)
        if not lead and not asks and not alone and not sought and \
                not re.search(r"的?(?:专家|老师|教授|院士|学者)", text[m.end():m.end() + 4]):
            return m.group()  # 西北地区干旱: a place of the problem, not of the expert
        clause = text[max(text.rfind(c, 0, m.start()) for c in "，,；;。！!？?") + 1:m.start()]
        named = [p for p in REGIONS[m.group("region")] if p not in clause]  # (青海或者西部: 青海 once; not 我们在江苏做…，
        # 想找江浙沪的: 江苏 left out, rt55)
        lead = lead + "在" if lead in ("最好是", "希望是", "最好") or not lead and not asks else lead  # (…在陕西或甘肃…: read
        # as alternatives)
        return lead + "或".join(named or REGIONS[m.group("region")][:1])
    text = _REGION_EN.sub(_provinces_en, text) if "china" in text.lower() or "delta" in text.lower() else text
    return _REGION.sub(provinces, text) if any(r in text for r in REGIONS) else text


# "in Northeast China", "from southwestern China", "based in the Yangtze River Delta": a region said of where the expert
# should be (Are any of them based in Northeast China? got the list again, rt72)
_REGION_EN = re.compile(r"(?P<lead>\b(?:based|located|working|works?)\s+in\s+|\b(?:in|from)\s+)(?:the\s+)?"
                        r"(?:(?P<side>north[- ]?east|north[- ]?west|south[- ]?west|east|south|north|central|west)"
                        r"(?P<ern>ern)?\s+(?:part\s+of\s+|region\s+of\s+)?China|(?P<delta>Yangtze\s+River|Pearl\s+River)\s+Delta)\b",
                        re.IGNORECASE)
_SIDES = {"northeast": "东北", "northwest": "西北", "southwest": "西南", "east": "华东", "south": "华南", "north": "华北",
          "central": "华中", "west": "西部", "yangtzeriver": "长三角", "pearlriver": "珠三角"}
_IN_ENGLISH = {zh: en.title() for en, zh in reversed(list(PLACES_EN.items()))}  # 陕西 → Shaanxi (the first spelling)


def _provinces_en(m: re.Match) -> str:
    """An English region, said of where experts should be, as its provinces in English, as alternatives; where the
    sentence before it speaks of the enterprise (our plant in Northeast China), as it is."""
    start = max(m.string.rfind(c, 0, m.start()) for c in ".?!;") + 1
    if re.search(r"\b(?:our|ours|company|plant|factory|mill|we\s+(?:are|were|have|run|operate|make|produce|work))\b",
                 m.string[start:m.start()], re.IGNORECASE):
        return m.group()
    side = re.sub(r"[\s-]", "", (m.group("side") or m.group("delta")).lower())
    region = {"north": "北方", "south": "南方"}.get(side, _SIDES[side]) if m.group("ern") else _SIDES[side]
    return m.group("lead") + " or ".join(_IN_ENGLISH[p] for p in REGIONS[region] if p in _IN_ENGLISH)


_PLACE = re.compile(rf"(?:来自|在|位于|最好是|希望是|限)?({PLACE_NAMES})"
                    rf"(?:省|市|自治区|特别行政区)?(?:地区|本地|当地|省内|市内)?(?={_WHO})")
# 专家最好在上海工作, 要求…在北京任职: the expert's place said with a verb of working, after a wish in the same clause
_PLACE_WORKING = re.compile(rf"(?:要求|希望|最好|必须|需要|限于?|专家|老师|教授|院士)[^，。；,;！!？?\n]{{0,16}}?(?:在|位于)"
                            rf"({PLACE_NAMES})(?:省|市|地区|本地)?(?:工作|任职|就职)")
# 想找在陕西或甘肃或青海或宁夏或新疆的专家 / 江苏或浙江或上海的催化专家: places as alternatives before the expert asked
# for, each read (the first was more than _WHO's ten characters from 专家: 陕西 was left out of 西北, rt60)
_PLACES_WHO = re.compile(rf"(?:来自|在|位于)?((?:(?:{PLACE_NAMES})(?:省|市)?(?:或者?|或是|、|和|还是))+"
                         rf"(?:{PLACE_NAMES})(?:省|市)?)(?={_WHO})")
# …，在北京或上海 / 来自北京或天津的: places as alternatives, a clause of their own
_PLACE_EITHER = re.compile(rf"(?:^|(?<=[，,；;。！!？?]))\s*(?:(?:有没有|有无|是否有|有)(?:在|位于|来自)?|"
                           rf"(?:专家|老师)?(?:(?:最好|希望|要求|必须|限于?)(?:是)?(?:在|位于|来自)?|(?:是)?(?:在|位于|来自)))"
                           rf"((?:(?:{PLACE_NAMES})(?:省|市)?(?:本地|当地|地区)?"
                           rf"(?:或者?|或是|、|和|还是))+"
                           rf"(?:{PLACE_NAMES})(?:省|市)?(?:本地|当地|地区)?)(?:的)?(?:专家)?"
                           r"(?:吗|呢|吧)?(?:都可以|都行|均可|最好|更好|优先|为佳|为宜)?[吧啊呀]?(?=[，,。；;！!？?]|$)")
_PLACE_LEADING = re.compile(rf"(?:^|(?<=[，,。；;！!？?]))\s*(?:请问)?(?:在|位于|来自)?"
                            rf"({PLACE_NAMES})(?:省|市)?(?:工作)?的?"
                            r"(?=(?:获得|获过|获|当选|入选|研究|做|从事|搞)[^，,。；;！!？?]{0,30}?(?:院士|专家|学者|教授))")
# …，湖南或者中南地区都可以 / 北京、天津都行: places said acceptable in a clause of their own (rt55: ignored)
_PLACES_WELCOME = re.compile(rf"(?:^|(?<=[，,；;。！!？?]))\s*((?:(?:{PLACE_NAMES})(?:省|市)?"
                             rf"(?:本地|当地|地区)?(?:或者?|或是|、|和|还是))*"
                             rf"(?:{PLACE_NAMES})(?:省|市)?(?:本地|当地|地区)?)(?:的)?"
                             r"(?:专家|老师|院士)?(?:都可以|都行|均可|也可以|也行)(?=[，,。；;！!？?]|$)")
# 钛合金专家，最好在西安 / 最好是上海的: a wish for the place that ends its clause
# 上海的优先, 优先考虑北京的, 北京的专家为佳: a place wished for after it is named, or after 优先考虑
_PLACE_FIRST = re.compile(rf"(?:(?<=[，,。；;\s])|^)(?:优先考虑|优先)?({PLACE_NAMES})"
                          r"(?:省|市)?(?:地区|本地|当地)?的?(?:专家|老师|教授|院士)?(?:优先|为佳|更好|最好)?(?=[，,。；;！!？?\s]|$)")
_PLACE_WISH = re.compile(rf"(?:最好|希望|要求|必须|限于?|只要|仅限)(?:是|在|位于|来自)?({PLACE_NAMES})"
                         # a city of it after a province (最好在内蒙古包头, 江苏无锡: the city asked, not dropped, rt72)
                         r"(?:省|自治区)?(?P<city>(?!工作|任职|地区|本地|当地|附近|周边|一带|境内|省内|市内|的|这边|那边)"
                         r"[\u4e00-\u9fff]{2}(?=市?(?:的)?(?:专家|老师|教授|学者)?(?:吧|呢|啊)?(?:[，,。；;！!？?\s]|$)))?"
                         r"(?:省|市|自治区)?(?:地区|本地|当地|省内|市内)?(?:的)?(?:专家|老师|教授|学者|单位|机构|高校|院所)?"
                         r"(?:吧|呢|啊)?(?=[，,。；;！!？?\s]|$)")  # (最好是成都的单位: an institution there, rt74)
# 四川有没有研究滑坡的专家？ 成都有做锂电池的专家吗？ 上海哪些专家研究…: a place that opens a clause, asked whether it has
# the expert the clause goes on to name (not 我们在四川有工厂, 四川有家企业想找专家, 四川滑坡多需要专家)
_PLACE_ASKS = re.compile(rf"(?:^|(?<=[，,。；;！!？?\s]))(?:请问|那么?|在)?({PLACE_NAMES})"
                         r"(?:省|市|自治区)?(?:地区|本地|当地|省内|市内|这边|那边)?"
                         r"(?:有没有|有无|有(?![个家一些色机害效线限益])|哪些|哪里有|哪位|谁)"
                         r"(?=[^，。；;,！!？?需想要请]{0,24}?(?:专家|老师|教授|研究员|院士|学者|人才))")
# …，在上海。 …，要四川省的。 请推荐江苏省内、获得过…的专家: a place (or places) that is a clause of its own, said of the
# expert (rt52: these were dropped and the list said to meet the other wish); not 我们公司在苏州 (the clause's subject)
_PLACE_CLAUSE = re.compile(rf"(?:(?<=[，,；;。：:])|^|(?<=推荐|介绍))\s*(?:要求|需要|必须|最好|希望|只要|要|限于?)?(?:是)?"
                           rf"(?:在|位于|来自)?((?:(?:{PLACE_NAMES})(?:省|市|自治区)?"
                           rf"(?:内|本地|当地|地区|境内|省内|市内)?的?(?:或者?|或是|、|和|还是))*"
                           rf"(?:{PLACE_NAMES})(?:省|市|自治区)?"
                           r"(?:内|本地|当地|地区|境内|省内|市内)?)(?:的)?(?:专家|院士|老师|教授)?(?:都可以|都行|均可|优先)?"
                           r"(?=[，,。；;！!？?、]|$)")
# where a person was born or comes from, before a place (出生在上海的, 籍贯是江苏的, 老家在四川): not where they work
_BORN_AT = re.compile(r"(?:出生|生|出身|籍贯|老家|家乡|祖籍)(?:地)?(?:在|于|是|为)?\s*$")
# 985高校的专家, 最好是985的: the universities of Project 985 (its 39 members, as the Ministry of Education listed them)
UNIVERSITIES_985 = ("北京大学", "清华大学", "中国人民大学", "北京航空航天大学", "北京理工大学", "中国农业大学", "北京师范大学",
                    "中央民族大学", "南开大学", "天津大学", "大连理工大学", "东北大学", "吉林大学", "哈尔滨工业大学", "复旦大学",
                    "同济大学", "上海交通大学", "华东师范大学", "南京大学", "东南大学", "浙江大学", "中国科学技术大学", "厦门大学",
                    "山东大学", "中国海洋大学", "武汉大学", "华中科技大学", "湖南大学", "中南大学", "中山大学", "华南理工大学",
                    "四川大学", "电子科技大学", "重庆大学", "西安交通大学", "西北工业大学", "西北农林科技大学", "兰州大学",
                    "国防科技大学")
_PROJECT_985 = re.compile(rf"(?<!\d)985(?:工程)?(?:高校|大学|院校|学校)?的?(?={_WHO}|[。！!？?，,；;]|$|的?(?:吧|呢|吗))")
# what the graph does not record of a person: sex, age, languages, coming on site, fees; asked of the expert only
# when the expert asked for follows (女专家, 懂日语的专家) or a wish comes first in the sentence with no one else in
# between (要求是女性、40岁以下; 希望专家能驻厂), never of the enterprise's own people (我们的工人年龄偏大)
_UNRECORDED = (
    ("性别", re.compile(r"女性|男性|女专家|男专家|女老师|男老师|女教授|男教授|女院士|男院士|女科学家|女研究员|女士优先|男士优先|性别")),
    ("年龄", re.compile(r"\d{2}\s*周?岁(?:以下|以内|以上|左右|之间|上下)|[三四五六七八]十周?岁(?:以下|以内|以上|左右)|"
                      r"(?:19|20)\d\d\s*年?(?:以后|之后|以前|之前|后|前)出生|(?<!\d)[5-9]0后(?=的?(?:专家|老师|教授|院士|学者))|"
                      r"(?:上世纪|20世纪)?(?<!\d)[5-9]0\s*年代(?:以后|之后|及以后|以前|之前)?(?:出生|生)|"
                      r"年龄|年轻(?:一点|一些|的|点)|青年专家|中青年|年纪(?:大|轻|小)(?:一点|一些|点|些)?|岁数(?:大|小)(?:一点|一些|点|些)?|年长(?:一点|一些|的|点|些)|"
                      r"资深(?:一点|一些|点|些)")),
    ("外语能力", re.compile(r"(?:会|懂|能说|精通|熟悉)(?:英语|英文|日语|德语|俄语|法语|韩语|外语)")),
    # 出生在上海的院士, 哪些院士是上海人？, 籍贯江苏的: where a person was born or comes from (only some biographies say)
    ("出身地", re.compile(r"(?:出生|生|出身)(?:在|于)(?=[\u4e00-\u9fff]{2,3}的)|籍贯|老家|家乡|祖籍|"
                          r"是(?:" + "|".join(PLACES) + r")(?:省|市)?人(?![才员工士们民类体力])")),
    ("能否到现场", re.compile(r"(?:能|可以|可|愿意)(?:到|来|去)?(?:现场|驻厂|出差|到厂|来厂|上门)")),
    ("所在国家或地区", re.compile(r"(?:海外|国外|境外|外籍|外国)(?=的?(?:专家|学者|教授|院士|老师|科学家|研究员))")),
    ("费用", re.compile(r"(?:费用|收费|报价|咨询费)(?:不要太?高|不能太?高|不超过|低一些|低一点|便宜|合理)")),
    # 别推荐已经去世的, 要在世的专家: no record says whether an expert is alive
    # 在企业一线的工程师, 工业界的专家: where an expert works is recorded, not whether it is industry's front line
    ("企业一线经历", re.compile(r"(?:在)?(?:企业|工厂|厂矿|生产)一线(?=的?[^，。；;！!？?]{0,6}?(?:专家|工程师|老师|人员|人才|技术人员))|"
                           r"(?:工业界|产业界|企业界)(?=的?[^，。；;！!？?]{0,6}?(?:专家|工程师|人才))|一线工程师")),
    # 有海外留学经历的, 海归专家: where an expert studied or worked abroad (some biographies say, no record does)
    ("海外经历", re.compile(r"(?:海外|国外|境外|出国)(?:留学|学习|求学|工作|访学|研修|进修)?(?:经历|经验|背景)|留学(?:经历|背景|经验)|"
                        r"海归|留过学|出过国")),
    # 在钢铁企业工作过的, 石油系统出身的, 有企业工作经验的: where an expert worked before, or how much practice they have (the
    # graph records an institution, not a career)
    ("工作经历", re.compile(r"(?:在|于)[\u4e00-\u9fff]{2,10}?(?:工作|任职|干|待)过|"
                        r"(?:石油|石化|电力|铁路|军工|航天|航空|煤炭|冶金|钢铁|化工|电网|核工业|兵器|船舶|通信|电信|水利|交通)"
                        r"系统(?:出身|的?背景|工作过|出来)|"
                        r"(?:有|具备|具有)(?:丰富|多年|长期|大量)?的?(?:企业|工厂|工程|现场|一线|生产|实践|工业|行业|从业|工作)"
                        r"{1,2}(?:经历|经验|背景)")),
    ("在世情况", re.compile(r"(?:不要|别|排除|除去|去掉|不含|不考虑)(?:推荐|找|考虑|列出)?(?:已经|已)?(?:去世|逝世|过世|离世|不在世)|"
                        r"(?:在世|健在|还活着|仍然?在世)(?=的?(?:专家|老师|教授|院士|学者|科学家|人))|"
                        r"(?:要求|必须|最好|只要|需要)(?:是)?(?:在世|健在|还活着)")),
)
_GRADUATED = re.compile(r"毕业于[\u4e00-\u9fff]{2,20}|[\u4e00-\u9fff]{2,20}毕业")  # a school, not where an expert works
_WHO_NEXT = r"的?(?:专家|老师|教授|研究员|院士|学者|人选|人才)"
# one wish of a list said of the expert after it (年轻的、在企业一线的工程师)
_LISTED_WISH = re.compile(r"、[^，。；;！!？?]{0,14}?(?:专家|老师|教授|研究员|院士|学者|工程师|人选|人才)")  # the expert right after: 女性专家, 男性的教授
_EXPERT_WORDS = ("专家", "老师", "教授", "院士", "科学家", "研究员")  # 女专家: the expert sought is in the words themselves
_WISH_BEFORE = re.compile(r"(?:要求|希望|最好|必须|务必|限于?|需要|专家|老师|教授|院士)[^。；;！!？?\n]{0,24}$")
_SOMEONE_ELSE = re.compile(r"我们|我司|我厂|本厂|本公司|工人|员工|职工|患者|病人|客户|用户|孩子|学生|产品|设备|材料")
# "不是院士的", "无需…的": what the expert need not be is no requirement (and is left in the problem's words)
_NOT = re.compile(r"(?:不是|并非|非|不要|不需要|无需|不必|不用|不一定是|不限)\s*$")
_OF = re.compile(r"的?")
_EITHER = re.compile(r"或|还是|要么|任一|之一")  # 中科院院士或工程院院士: either academy
_EACH = re.compile(r"[^，。；,;！!？?]{0,4}?(?:各|分别)")  # 中国科学院院士和中国工程院院士各一位: one of each
_CLAUSE = re.compile(r"[^，,。；;！!？?\n]+")
_HE = re.compile(r"\s*(?:而且|并且|另外|听说)?(?:他|她|其|该院士|这位院士|这位专家)")  # a clause about the one just named
# a clause with no subject of its own that goes on about the one just named (1999年当选…, 已经67岁, 曾获…, 后来任…)
_GOES_ON = re.compile(r"\s*(?:(?:19|20)\d\d年(?:\d{1,2}月)?(?:又|还|再)?(?:当选|入选|获|荣获|出生|生|任|调|到|在)|(?:又|还|后来|随后|并|且|也|"
                      r"已经|已|今年|现年|曾|先后|同年|次年)[^，,。；;]{0,20}?(?:当选|获|岁|任|出生|生于)|(?:当选|荣获|获得|出生于))")
# the graph's award names say 科学技术进步; people say 科技进步, 杰青, 何梁何利奖
_AWARD_SPELLINGS = (("科技进步", "科学技术进步"), ("国家杰青", "国家杰出青年科学基金"), ("杰青", "国家杰出青年科学基金"),
                    ("何梁何利成就奖", "何梁何利基金科学与技术成就奖"), ("何梁何利进步奖", "何梁何利基金科学与技术进步奖"),
                    ("何梁何利奖", "何梁何利基金"), ("何梁何利科学", "何梁何利基金科学"), ("最高科技奖", "最高科学技术奖"), ("国家发明", "国家技术发明"),
                    ("国家自科奖", "国家自然科学奖"), ("光华奖", "光华工程科技奖"), ("国家优青", "国家优秀青年科学基金"),
                    ("优青", "国家优秀青年科学基金"))
# a grade written straight after the prize's name (国家科技进步一等奖): the graph writes 国家科学技术进步奖一等奖
_GRADE = re.compile(r"(?<!奖)([一二三四五特]等奖)$")


# a number of awards asked for (获得2项以上奖励的, 至少3项奖的, 两项国家奖的): at least that many records
_AWARD_COUNT = re.compile(r"^(?:至少|不少于|超过)?(?P<n>\d{1,2}|[一二两三四五六七八九十])\s*(?:项|个|次)(?:或|及)?(?:以上)?(?:的)?"
                          r"(?P<what>.*)$")
_NUMERALS = {c: n for n, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2}


def _count(said: str) -> int:
    return int(said) if said.isdigit() else _NUMERALS[said]


NATIONAL_WORDS = re.compile(r"国家级?(?:的)?(?:科技|科学技术)?奖(?:励|项)?|\bnational\s+(?:science\s+and\s+technology\s+)?"
                            r"(?:awards?|prizes?)|\bstate\s+(?:awards?|prizes?)", re.IGNORECASE)  # (not "international")


def award_spelling(text: str) -> str:
    """An award as the graph spells it (国家科技进步奖 → 国家科学技术进步奖, 杰青 → 国家杰出青年科学基金; 国家级奖励 → the
    category NATIONAL_AWARD, which any national science and technology award meets)."""
    if NATIONAL_WORDS.fullmatch(text.strip()):
        return NATIONAL_AWARD
    text = re.sub(r"奖(?:励|项)$", "奖", text)  # 国家科技进步奖励: the award
    if text.strip() in ("最高奖", "国家最高奖"):  # 吴孟超比袁隆平更早获最高奖吗？ (it said neither held it)
        return "国家最高科学技术奖"
    for said, written in _AWARD_SPELLINGS:
        text = text.replace(said, written) if written not in text else text
    return _GRADE.sub(r"奖\1", text) if len(text) > 4 else text


def asked_award(text: str) -> str:
    """An award a question asks about, as the graph spells it, a fund's prize meaning any of them (何梁何利基金奖 asked
    is any 何梁何利基金 prize: it counted none of three who hold 何梁何利基金科学与技术进步奖, rt63 — while a record of
    何梁何利基金奖 does not establish 何梁何利基金科学与技术成就奖)."""
    return re.sub(r"基金奖$", "基金", award_spelling(text))


def _stated(query: str) -> list[tuple[int, int, Requirement]]:
    """Each requirement with the span of the words that state it (its trailing 的 included), in order."""
    found: list[tuple[int, int, Requirement]] = []

    def add(start: int, end: int, requirement: Requirement) -> None:
        if not _NOT.search(query, 0, start):
            found.append((start, _OF.match(query, end).end(), requirement))

    seats = []
    for m in _ACADEMY.finditer(query):
        which = m.group(1) or ""
        seats.append((m, "两院院士" if which in ("两院", "双") else "中国工程院院士" if "工程" in which
                      else "中国科学院院士" if which.endswith(("科学院", "中科院")) else "院士"))
    for n, (m, text) in enumerate(seats):
        if n and {text, seats[n - 1][1]} == {"中国科学院院士", "中国工程院院士"} \
                and not _EITHER.search(query, seats[n - 1][0].end(), m.start()) \
                and not _EACH.match(query, m.end()):
            found[-1] = (found[-1][0], _OF.match(query, m.end()).end(), Requirement(kind="academy", text="两院院士"))
            continue  # 既是中科院院士又是工程院院士: both seats, one member of both academies
        add(m.start(), m.end(), Requirement(kind="academy", text=text))
    for m in _CAE_SAID.finditer(query):  # 只要工程院的, 放宽到工程院也行: the seat (no institution is called 工程院; rt77
        if not any(a <= m.start() < b for a, b, _ in found):  # searched 工程院 as a topic: a sheep breeder for power lines)
            add(m.start(), m.end(), Requirement(kind="academy", text="中国工程院院士"))
    for m in _AWARD.finditer(query):
        span = _DATED_SPAN.search(query, 0, m.start()) or _DECADE_DATED.search(query, 0, m.start())  # 2005年到2010年
        # 获得过…的, 1990年代获得…的: awarded in those years (read as 2010; the decade as a topic, rt153)
        dated = None if span else _DATED.search(query, 0, m.start()) or \
            _DATED.search(query[:next(m.start(g) for g in (1, 2, 3) if m.group(g))].rstrip("的度"), m.start())
        # 2011年获得过国家最高科学技术奖的 / 获得了2011年的国家最高科学技术奖: awarded that year
        for said in _CHAINED.split(m.group(1) or m.group(2) or m.group(3)):  # 获得过A和B的, A或B的: each
            counted = _AWARD_COUNT.match(said)  # 获得2项以上奖励的: how many, of any award (or of those named)
            if counted is not None:
                said = counted.group("what") or ANY_AWARD
            text = ANY_AWARD if said == ANY_AWARD or said in ("奖", "奖项", "奖励") else asked_award(said)
            if len(said) >= 1 and counted is not None or len(said) >= 2 and not text.endswith("院士"):
                add(min(dated.start(), m.start()) if dated else span.start() if span else m.start(), m.end(), Requirement(
                    kind="award", text=text, years=_span_years(span) if span else
                    None if not dated else  # 2010年以后获得过…: from that year (the
                    (int(dated.group(1)), OPEN_END) if dated.group(3) else  # year was dropped and a 1999 award said to
                    (OPEN_START, int(dated.group(1)) - 1) if dated.group(2) else (int(dated.group(1)),) * 2,  # meet it, rt72)
                    at_least=_count(counted.group("n")) if counted is not None else None))
    for m in _AWARD_AFTER_WISH.finditer(query):  # 要求2000年以后当选，获得过国家科学技术进步奖一等奖。: the wish goes on
        if not any(a <= m.start(1) < b for a, b, _ in found) and _WISH_OPENED.search(query, 0, m.start()):
            add(m.start(), m.end(), Requirement(kind="award", text=award_spelling(m.group(1))))
    orgs: list[tuple[int, int]] = []  # 中国科学院|微电子研究所, found as two names side by side: one institution
    for m in _ORG.finditer(query):
        group = 1 if m.group(1) else 2
        start = m.end(group) - len(_ORG_LEAD.sub("", m.group(group)))
        if m.group(group).endswith("中心") and not query.startswith("的", m.end(group)):
            continue  # 懂…数据中心能效的专家: a thing named, no institution (加工中心, 数据中心) unless the experts are its
            # (国家超算中心的专家): "none is from the institution you ask for" was said of a cooling problem (rt107)
        if re.fullmatch(r"的?(?:中国)?(?:科学院|工程院)", query[start:m.end(group)]) and query.startswith("院士", m.end(group)):
            continue  # 武汉大学中国科学院院士: the seat asked of 武汉大学's experts, no part of the institution's name
        orgs[-1:] = [(orgs[-1][0], m.end(group))] if orgs and orgs[-1][1] == start else [*orgs[-1:], (start, m.end(group))]
    schooled: list[tuple[int, int]] = []
    for start, end in orgs:
        name = query[start:end]
        if _GRADUATED.search(query, max(0, start - 4), end + 2):  # 毕业于北京大学的院士: schooling, which no record holds
            add(start, end, Requirement(kind="unrecorded", text="毕业院校"))
            schooled.append((start, end))
            continue
        name = whole_institution(name)  # 中国科学院下属研究所: any of 中国科学院's (it matched none, rt56)
        if len(name) >= 4 and not (name.endswith(("科学院", "工程院")) and query.startswith("院士", end)):
            add(start, end, Requirement(kind="institution", text=name))
    spans = []
    for m in _ELECTED_SPAN.finditer(query):  # 2010年到2015年之间当选的, 1990年代当选的: the seat's years, both ends in
        decade = int(m.group(3)) * 10 if m.group(3) else 1900 + (int(m.group(4)) if m.group(4)[0].isdigit() else 10 * (
            "五六七八九".index(m.group(4)[0]) + 5)) if m.group(4) else None  # 1990年代, 80年代, 八十年代: 19X0 to 19X9
        low, high = (int(m.group(1)), int(m.group(2))) if decade is None else (decade, decade + 9)
        add(m.start(), m.end(), Requirement(kind="elected", text=f"{low}年至{high}年"))
        spans.append((m.start(), m.end()))
    for m in _ELECTED.finditer(query):  # 2000年以后当选的院士: the seat's year, which the record dates
        if any(a <= m.start() < b for a, b in spans):
            continue
        year, before = (m.group("year"), m.group("before")) if m.group("year") else (m.group("year2"), m.group("before2"))
        add(m.start(), m.end(), Requirement(kind="elected", text=f"{year}年" + (
            "" if m.group("that") is not None else "以前" if before else "以后")))  # 2017年当选的: that year
    for m in _ELECTED_LATELY.finditer(query):  # 去年当选的, 近十年当选的, 上世纪当选的: years counted from today
        if not any(a <= m.start() < b for a, b in spans):
            add(m.start(), m.end(), Requirement(kind="elected", text=_lately(m, datetime.date.today().year)))
    for m in _SECTOR.finditer(query):  # 只要企业里的专家, 大学和研究所的专家 (either), not 我们企业的…
        before = query[m.start() - 1:m.start()]
        if not _OWN_SIDE.search(query, max(0, m.start() - 3), m.start()) and (
                not re.match(r"[\u4e00-\u9fff]", before) or before in _BEFORE_SECTOR) \
                and not query.endswith("有限", 0, m.start()):  # not 清华|大学, nor …有限|公司 (a company's name)
            for said in _ALTERNATIVE.split(m.group(1)):
                add(m.start(), m.end(), Requirement(kind="sector", text=_SECTOR_WORDS[said]))
    for m in _PROJECT_985.finditer(query):  # 最好是985高校的: any of the 39, as alternatives of one kind
        for name in UNIVERSITIES_985:
            add(m.start(), m.end(), Requirement(kind="institution", text=name))
    for m in [*_PLACE.finditer(query), *_PLACE_WORKING.finditer(query), *_PLACE_ASKS.finditer(query),
              *_PLACE_WISH.finditer(query), *(m for m in _PLACE_FIRST.finditer(query)
                                             if re.search(r"优先|为佳|更好|最好", m.group()))]:
        if not any(r.kind == "institution" and m.group(1) in r.text for _, _, r in found) and \
                not any(a <= m.start(1) < b for a, b in schooled) and \
                not any(r.kind == "award" and a <= m.start(1) < b for a, b, r in found) and \
                not _BORN_AT.search(query, max(0, m.start(1) - 6), m.start(1)) and \
                not re.match(r"(?:省|市)?人(?![才员工士们民类体力])", query[m.end(1):]):  # (是上海人的: where one comes from)
            # 上海交通大学的专家, 毕业于北京大学的, 获得过江苏省科学技术进步奖的 (a province's award, no place),
            # 出生在上海的院士 (where one was born: no institution's place — 黄荷凤 was counted for her hospital)
            add(m.start(1), m.end(), Requirement(kind="place", text=m.groupdict().get("city") or m.group(1)))
    for what, pattern in _UNRECORDED:
        for m in pattern.finditer(query):
            wish = _WISH_BEFORE.search(query, 0, m.start())
            who = _WHO_NEXT if what in ("性别", "所在国家或地区") else _WHO  # 研究女性盆底疾病的专家: a topic, not the
            # expert's sex
            listed = what == "年龄" and _LISTED_WISH.match(query, m.end())  # 年轻的、在企业一线的工程师
            if re.match(who, query[m.end():]) or what in ("费用", "在世情况", "企业一线经历") or listed or \
                    m.group().endswith(_EXPERT_WORDS) or (
                    wish and not _SOMEONE_ELSE.search(query, wish.start(), m.start())):
                add(m.start(), m.end(), Requirement(kind="unrecorded", text=what))
    for m in _PLACE_CLAUSE.finditer(query):  # …，在上海。 / 请推荐江苏省内、…: the expert's place, a clause of its own
        bare = not re.match(r"\s*(?:推荐|介绍|要|需|必|最好|希望|只要|限)", m.group()) and \
            not re.search(r"[的内地家士师授优可行]$", m.group())  # 我们是一家企业，在北京，…: where the enterprise is
        if not _BORN_AT.search(query, max(0, m.start(1) - 6), m.start(1)) and \
                not (bare and _OWN_SIDE.search(query, 0, m.start())):
            for place in _ALTERNATIVE.split(m.group(1)):
                add(m.start(1), m.end(), Requirement(kind="place", text=re.sub(
                    r"(?:[省市]|自治区)?(?:内|本地|当地|地区|境内|省内|市内)?的?$", "", place)))
    for m in _PLACE_LEADING.finditer(query):  # 在上海获得过国家最高科学技术奖的院士有哪些？: the place, then another
        # condition, then the expert (上海 was counted as a topic, rt58)
        add(m.start(1), m.end(1), Requirement(kind="place", text=m.group(1)))
    for m in (*_PLACE_EITHER.finditer(query), *_PLACES_WELCOME.finditer(query), *_PLACES_WHO.finditer(query)):
        # …，在北京或上海: either
        for place in _ALTERNATIVE.split(m.group(1)):
            add(m.start(1), m.end(), Requirement(kind="place", text=re.sub(r"(?:[省市]|本地|当地|地区)$", "", place)))  # (at the places:
            # 最好是 / 只要 before them says how they are asked, `wish`)
    for m in _ORG_ALTERNATIVES.finditer(query):  # 最好是清华大学或者北京大学的: either
        for name in _ALTERNATIVE.split(m.group(1)):
            add(m.start(), m.end(), Requirement(kind="institution", text=(_ORG_LEAD.sub("", name) or name).removesuffix("的")))
    if head := _LIST_HEAD.search(query):  # 要求：1. 在北京 2. …: each item read as said of the expert it asks for
        cuts = [m.end() for m in _LIST_ITEM.finditer(query, head.end())]
        for start, end in zip(cuts, [*(m.start() for m in _LIST_ITEM.finditer(query, head.end()))][1:] + [len(query)]):
            item = query[start:end].rstrip(" ，,；;。")
            found.extend((start, start + len(item), r) for _, _, r in (_stated(item + "的专家") if item else ()))
    found.extend((start, end, Requirement(kind="award", text=award_spelling(r.text)) if r.kind == "award" else r)
                 for start, end, r in english_requirements(query))  # an English problem's, in the same words
    return sorted(found, key=lambda f: (f[0], -f[1]))  # (at one place the longest first: the chain 江苏或浙江或上海的, not 江苏)


# 要求…，获得过X奖。: an award that ends a clause after one opened by a wish in the same sentence
_AWARD_AFTER_WISH = re.compile(r"(?<=[，,、；;])\s*(?:并且|而且|且|还要|也要)?(?:获得?过?|荣获过?|得过|拿过)(?:了)?\s*"
                               r"((?:[^，。；、,;！!？?\s的]{2,20}?(?:奖|基金|学者|称号))(?:[一二三四特]等奖)?)(?=[。！!？?，,；;]|$)")
_WISH_OPENED = re.compile(r"(?:要求|希望|最好|必须|需要|务必|限于?)[^。！!？?]*$")
# the year right before an award wished for (2011年获得过…的): the year it was awarded
#: the bounds of an award's years asked from or up to a year (2010年以后获得过…: 2010 to OPEN_END)
OPEN_START, OPEN_END = 1900, 2100
_DATED_SPAN = re.compile(r"((?:19|20)\d\d)\s*年?\s*(?:到|至|—|–|-|~|～)\s*((?:19|20)\d\d)\s*年\s*(?:间|之间|期间)?\s*(?:在)?$")
_DECADE_DATED = re.compile(r"(?:上世纪|20世纪)?((?:19|20)?\d)0\s*年代\s*(?:间|期间)?\s*(?:在)?$")
_DATED = re.compile(r"((?:19|20)\d\d)\s*年\s*(?:(以前|之前|前)|(以后|之后|后|以来|起|及以后))?\s*(?:在)?$")
# 2000年以后当选的, 1995年之前当选的院士: when the seat was won (before: the year itself excluded); 当选时间在2000年以后的
# (rt77: read as no wish, and the turn searched as a problem of 时间)
_ELECTED = re.compile(r"(?P<year>(?:19|20)\d\d)\s*年(?:(?P<before>以前|之前|前)|以后|之后|后|以来|起|及以后|(?P<that>))(?:新)?"
                      r"(?:当选|入选|评上|评为|增选)(?:的)?|"
                      r"(?:当选|入选|增选)(?:的)?(?:时间|年份|年代)?(?:是|在|于)\s*(?P<year2>(?:19|20)\d\d)\s*年?"
                      r"(?:(?P<before2>以前|之前|前)|以后|之后|后|以来|起|及以后)(?:的)?")


# 2010年到2015年之间当选的, 2010—2015年当选, 1990年代当选的: a span of election years
# an election dated from today (去年当选的, 今年新当选, 近十年当选的, 最近5年入选的, 上世纪当选的, 本世纪以来当选的): rt56 found
# them ignored, experts of any year shown
_ELECTED_LATELY = re.compile(r"(?:(?P<year>去年|前年|今年|本年度?)|(?:最近|近|过去|这)(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})年"
                             r"(?:来|内|以来|里|中|间)?|(?P<last>上个?世纪)|(?P<this>本世纪|21世纪)(?:以来)?)的?(?:新)?"
                             r"(?:当选|入选|增选)(?:为)?(?:的)?")


def _lately(m: re.Match, this_year: int) -> str:
    """The election years `_ELECTED_LATELY` said, as an elected requirement's text (2025年, 2016年以后, 2000年以前)."""
    if m.group("year"):
        return f"{this_year - {'去年': 1, '前年': 2}.get(m.group('year'), 0)}年"
    if m.group("last"):
        return "2000年以前"
    if m.group("this"):
        return "2000年以后"
    said = m.group("n")
    if said.isdigit():
        return f"{this_year - int(said)}年以后"
    tens, ten, units = said.partition("十")  # 五, 十, 十五, 二十
    digit = {**_DIGIT_OF, "两": 2}
    n = (digit.get(tens, 1) * 10 + digit.get(units, 0)) if ten else digit.get(said, 0)
    return f"{this_year - n}年以后"


_ELECTED_SPAN = re.compile(r"(?:((?:19|20)\d\d)\s*年?\s*(?:到|至|-|—|–|~|～)\s*((?:19|20)\d\d)\s*年|((?:19|20)\d)0\s*年代|"
                          r"(?<![\d零〇一二三四五六七八九十])([5-9]0|[五六七八九]十)\s*年代)"
                          r"(?:之间|期间|间|中)?(?:新)?(?:当选|入选|增选)(?:为)?(?:的)?")
# the words for a kind of institution (高校, 企业, 研究院所) and the kind, and those kinds wished for: said right before
# the expert (企业里的专家, 高校专家) or after a wish at the end of a clause (只要企业的, 最好是研究院所的)
_SECTOR_WORDS = {"高校": "高校", "大学": "高校", "院校": "高校", "学校": "高校", "企业": "企业", "公司": "企业", "工厂": "企业",
                 "厂里": "企业", "厂家": "企业", "研究院所": "科研院所", "科研院所": "科研院所", "院所": "科研院所",
                 "研究院": "科研院所", "研究所": "科研院所", "科研机构": "科研院所", "研究机构": "科研院所"}
_SECTOR_WORD = "|".join(sorted(_SECTOR_WORDS, key=len, reverse=True))
_SECTOR = re.compile(rf"((?:{_SECTOR_WORD})(?:(?:和|与|及|或者?|或是|、|还是)(?:{_SECTOR_WORD}))*)(?:里|中|内|界)?的?"
                     rf"(?=(?:专家|老师|教授|研究员|工程师|学者|人才|人选)|(?<=的)(?:[吧呢啊])?(?:[。！!？?，,；;]|$))")
# 我们企业的专家, 贵公司的, 本厂: the enterprise's own side, no kind of expert asked for
_OWN_SIDE = re.compile(r"我们|我司|本|贵|咱们|我")
_BEFORE_SECTOR = set("要找荐是自在或和与及、请限选个位些的于非别排除掉不考虑看留")  # (只看高校的)


# 最好是清华或者北大的: a short name where an institution is wished for, before 的 or the next alternative
_SHORT_NAMES = "|".join(sorted((re.escape(a) for a in ORG_ALIASES if a not in ("科学院", "工程院", "中科院")), key=len,
                               reverse=True))
# (…当选中科院的清华院士有几位？ 清华院士有哪些？: one right before 院士 or 专家, too — 清华 was read as a topic, rt147)
_SHORT_ORG = re.compile(rf"(?<=[是要限找荐自或者、和在])({_SHORT_NAMES})(?=的|或者?|或是|、|和|还是)|"
                        rf"(?:(?<=[的，,那])|^)({_SHORT_NAMES})(?=(?:的)?(?:院士|专家|教授))")
# 最好是清华大学或者北京大学的: alternatives named after a wish, each one an institution the experts may be from
_ORG_NAME = r"[\u4e00-\u9fff]{2,20}?(?:大学|学院|研究院|研究所|医院|公司|集团|中心)"
_ORG_ALTERNATIVES = re.compile(rf"(?:最好是|希望是|只要是?|仅限于?|必须是|只找|只推荐|最好|来自|要求[:：]?|要是)"
                               rf"((?:{_ORG_NAME}的?(?:或者?|或是|、|和|还是))+{_ORG_NAME})的?(?=[。！!？?，,；;]|$|的?{_WHO})")
_ALTERNATIVE = re.compile(r"或者?|或是|、|和|还是")
# 要求：1. 中国工程院院士 2. 在北京 3. 获得过国家科技进步奖: a list of what the expert must be, each item alone
_LIST_HEAD = re.compile(r"(?:要求|条件|需满足|需要满足|标准|具体要求)(?:如下)?[:：]")
_LIST_ITEM = re.compile(r"(?:^|\s|[；;，,。])\s*(?:[（(]?\d{1,2}[)）.、．]|[一二三四五六七八九][、.．])\s*")


# an academy's academicians said as its people (最好是中国科学院的院士): the seat — the academy employs none of them (a CAE
# member at a CAS institute was said to meet it, and a count of those at 中国科学院… institutes given)
_ACADEMY_OF = re.compile(r"(?:中国科学院|中科院|中国工程院|工程院)的院士")
# an academy one was elected to, its seat unsaid (当选中科院的清华院士, rt147)
ELECTED_TO = re.compile(r"(当选(?:为)?)((?:中国)?(?:科学院|中科院|工程院))(?!院士|和|与|或|、)")
# two academies sharing one 院士 (中国科学院和中国工程院院士, 中科院或工程院的院士): a seat each, the way they are joined kept
#: where an academy's own name may start: not inside another institution's (中国中医科学院, 中国农业科学院)
ACADEMY_START = r"(?:(?<![\u4e00-\u9fff])|(?<=[是要找的在自和或与及、，,：:选请荐都非了从即（(]))"
_SHARED_SEAT = re.compile(ACADEMY_START + r"((?:中国)?(?:科学院|中科院|工程院))(?=(?:和|与|及|、|或|或者|还是|以及|又是|也是)(?:中国)?"
                          r"(?:科学院|中科院|工程院)(?:的)?院士)")


def in_full_names(query: str) -> str:
    """The query with the short names of institutions it wishes for written in full (最好是清华或北大的 → 最好是清华大学
    或北京大学的); other short forms are left alone (这是重大难题 keeps its 重大)."""
    return _SHORT_ORG.sub(lambda m: ORG_ALIASES[m.group(1) or m.group(2)], query)


def _span_years(span: re.Match) -> tuple[int, int]:
    """The years a span of years (2005年到2010年) or a decade (1990年代, 上世纪90年代) said before an award covers."""
    if span.re is _DATED_SPAN:
        return int(span.group(1)), int(span.group(2))
    decade = span.group(1) if len(span.group(1)) == 3 else "19" + span.group(1)
    return int(decade + "0"), int(decade + "9")


def read_requirements(query: str, about: tuple[str, ...] = ()) -> list[Requirement]:
    """The requirements the problem states, in order, each once; none from a clause that names one of the people
    `about` (钟南山是清华大学的教授 says something of 钟南山, asks nothing of the experts)."""
    query = _SHARED_SEAT.sub(r"\1院士", in_full_names(query))  # 同时是中国科学院和中国工程院院士: both seats (中国科学院 was
    # read as an institution, and a CAE member of a CAS institute said to meet it, rt72); 或: either
    query = _ACADEMY_OF.sub(lambda m: "中国工程院院士" if "工程" in m.group() else "中国科学院院士", query)
    query = ELECTED_TO.sub(lambda m: m.group(1) + ("中国工程院院士" if "工程" in m.group(2) else "中国科学院院士"), query)
    clauses, on = [], False
    for m in _CLAUSE.finditer(query):  # (…陈立泉院士是这方面专家，他是2005年当选的工程院院士，对吧？: the clause after
        # it that says 他 is his too, rt58: a nuclear physicist elected in 2005 was shown as meeting it)
        on = bool(about) and (any(name in m.group() for name in about) or on and bool(
            _HE.match(m.group()) or _GOES_ON.match(m.group())))  # (…1988年曾获…，1999年当选中国科学院院士: still him, rt73)
        if on:
            clauses.append((m.start(), m.end()))
    out: dict[tuple[str, str], Requirement] = {}
    for start, _, requirement in _stated(query):
        if not any(a <= start < b for a, b in clauses):
            out.setdefault((requirement.kind, requirement.text), requirement)
    if any(kind == "academy" and text != "院士" for kind, text in out) and \
            not _EITHER.search(query):  # 推荐研究锂电池的院士，必须是中国科学院院士: that seat, not any (two seats of one
        out.pop(("academy", "院士"), None)  # kind are met by either, and a CAE member was said to meet it)
    return list(out.values())


# a requirement asked as the only kind wanted: 只要中国科学院院士, 只推荐清华大学的, 仅限工程院院士, "only CAE academicians"
_ONLY = re.compile(r"(?:只要|只推荐|只找|只需要|只考虑|只看|仅限|只限|仅要|必须是|一定要是)(?:是|要|找|推荐)?\s*$"
                   r"|\b(?:only|exclusively|must\s+be|strictly)\s+(?:(?:recommend|suggest|show|give|list|find|include)\s+"
                   r"(?:me\s+|us\s+)?)?(?:(?:an?|the)\s+)?(?:(?:experts?|academicians?|"
                   r"professors?|people|ones?|specialists?|candidates?|members?)\s+)?(?:(?:from|at|in|of|who\s+(?:is|are))\s+)?"
                   r"(?:the\s+)?$",
                   re.IGNORECASE)


def wish(query: str) -> str:
    """How the problem asks for what it requires, read in one pass: "only" when a word of "only" stands right before a
    requirement the graph can check (只要中国科学院院士: no others shown), "soft" when every such requirement is said as
    a wish the expert may miss (最好在北京的, 希望是院士: the relevant experts stay first when none meets it), else ""."""
    query = in_full_names(query)
    chains = [m.span() for m in PLACE_CHAIN.finditer(query)]  # 最好是在陕西或甘肃或青海…: each said as the first
    stated = [next((a for a, b in chains if a <= start < b), start) for start, _, r in _stated(query)
              if r.kind != "unrecorded"]
    if any(_ONLY.search(query, max(0, start - 30), start) for start in stated):
        return "only"
    return "soft" if stated and all(_as_wish(query, start) for start in stated) else ""


def preferred(query: str) -> set[tuple[str, str]]:
    """(kind, text) of the requirements said as a wish the expert may miss (最好是在上海的), for a problem that asks
    for others as the only kind wanted (只要工程院院士。最好是在上海的: engineering academicians, those in Shanghai
    first)."""
    query = in_full_names(query)
    return {(r.kind, r.text) for start, _, r in _stated(query)
            if r.kind != "unrecorded" and _as_wish(query, start)}


def asks_only(query: str) -> bool:
    """Whether the problem asks for experts who meet its requirements and no others (`wish` "only")."""
    return wish(query) == "only"


# 最好在北京的, 希望是清华的, 优先考虑院士, "ideally from Shanghai": a wish the expert may miss, not a condition
_PREFERABLY = re.compile(r"(?:最好|希望|优先|尽量|如果可以|如果有|可以的话|能有|有的话)[^，。；,;！!？?]{0,8}$|"
                         r"\b(?:preferably|ideally|if\s+possible|would\s+be\s+(?:nice|great|a\s+plus))\b[^,.;!?]{0,30}$",
                         re.IGNORECASE)


# the same said after it, at its clause's end (企业里的工程师型的专家更好, 上海的优先, 北京的为佳)
_PREFERABLY_AFTER = re.compile(r"[^，。；,;！!？?]{0,16}?(?:更好|为佳|为宜|优先|更佳|更合适|(?<=的)最好)[吧啊呀的。！!，,；;]*"
                               r"(?:$|[，。；,;！!？?\n])")  # (江浙沪的最好, rt68)


def _as_wish(query: str, start: int) -> bool:
    """Whether the requirement stated at `start` is said as a wish: 最好… before it or …更好 at its clause's end."""
    return bool(_PREFERABLY.search(query, max(0, start - 12), start) or _PREFERABLY_AFTER.match(query, start))


def asks_preferably(query: str) -> bool:
    """Whether every requirement the problem states is said as a wish the expert may miss (`wish` "soft")."""
    return wish(query) == "soft"


# 我听说第一位院士是1980年当选的 / 据说他还是美国工程院外籍院士: what someone said of the experts to be shown — a
# premise to check, not a requirement to search by (a geneticist and an astronomer elected in 1980 were shown for dam
# concrete)
HEARSAY = re.compile(r"(?:听说|据说|听人说|有人说|我?记得|据我所知|我?印象中|好像|传闻|我没记错的话|I\s+heard|I\s+was\s+told|"
                     r"apparently|I\s+(?:remember|recall|believe|think)|As\s+far\s+as\s+I\s+know)", re.IGNORECASE)
_ABOUT_SHOWN = re.compile(r"第[一二三四五六七八九十\d]+位|[他她](?!们)|该院士|这位|那位|(?i:\bthe\s+(?:first|second|third)\s+(?:one|expert)|"
                          r"\b(?:he|she)\b)")
_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?\n]*")


def without_hearsay(query: str) -> str:
    """The message without sentences that report what someone said of an expert (我听说第一位院士是1980年当选的):
    those are premises about the answer, not requirements; the message itself when nothing else would be left."""
    kept = "".join(s for s in _SENTENCE.findall(query)
                   if not (HEARSAY.search(s) and _ABOUT_SHOWN.search(s[HEARSAY.search(s).end():])))
    return kept if kept.strip() else query


_OWN_PLACE = re.compile(rf"(?:在|位于|地处)\s*({PLACE_NAMES})")


def topic_of(query: str) -> str:
    """The problem without the words that state its requirements (获得过国家最高科学技术奖的水稻专家 → 水稻专家), so
    that the experts are ranked on the topic and the award or institution asked for does not outrank it; a clause
    left with only the words of the wish (专家最好在北京工作 → 专家最好在) goes too, or 最好 would be matched as a topic
    word. The problem itself when nothing would be left."""
    topic = without_requirements(query)
    if own := _OWN_PLACE.findall(topic):  # 我们在苏州做纳米材料，想找苏州的专家: where the enterprise is, when it is the
        # place asked for, is no topic either (biographies of those born in 苏州 were matched on it, rt72)
        asked = {r.text for r in read_requirements(query) if r.kind == "place"}
        for place in set(own) & asked:
            topic = re.sub(rf"(?:在|位于|地处)\s*{re.escape(place)}(?:市|省)?(?:的)?", "", topic)
    return topic if re.search(r"[\u4e00-\u9fff]{2}|[A-Za-z]{3}", topic) else query


def stated_wishes(query: str) -> list[tuple[str, Requirement]]:
    """Each requirement the query states with the words that state it (最好是上海的, 2010年以后获过国家奖的), in order."""
    query = in_full_names(query)
    return [(query[start:end], requirement) for start, end, requirement in _stated(query)]


def without_requirements(query: str) -> str:
    """The words of `topic_of`, even when no topic is left (清华大学的院士 → "")."""
    query = in_full_names(query)
    removed = [False] * len(query)
    at = 0
    for start, end, _ in _stated(query):
        if start >= at:
            removed[start:end] = [True] * (end - start)
            at = end
    kept = []
    for clause in _CLAUSE_AND_BREAK.finditer(query):
        left = "".join(c for c, gone in zip(clause.group(), removed[clause.start():clause.end()]) if not gone)
        if left != clause.group() and (len(_WISH_LEFT.sub("", left)) < 2 or not WISH_LEFT_EN.sub("", left).strip()):
            continue
        kept.append(left)
    return "".join(kept)


_CLAUSE_AND_BREAK = re.compile(r"[^，,。；;！!？?\n]+[，,。；;！!？?\n]*|[，,。；;！!？?\n]+")
# what a clause stating a requirement says besides it: the wish, the expert asked for, particles
_WISH_LEFT = re.compile(r"最好|更好|为佳|为宜|优先|希望|要求|必须|务必|仅限|只限|限于|只要|一定|只|仅|需要|想要|想找|推荐|介绍|一位|一名|"
                        r"专家|老师|教授|院士|学者|工程师|研究员|科学家|人选|型|里|能够|能|会|可以|"
                        r"来|到|去|在|是|为|有|的|和|与|或|及|并且|并|且|也|还|指导|帮忙|帮助|请|找|吧|呢|吗|[\s\W_\d]")

# the same in English: what a clause stating a requirement says besides it ("ideally from", "we need an expert who")
WISH_LEFT_EN = re.compile(r"(?i:\b(?:preferably|ideally|if possible|would|like|prefer|preferred|need|needs|require|"
                           r"required|requires|must|should|be|is|are|an?|the|from|in|at|of|with|who|whose|has|have|had|"
                           r"won|holds?|based|located|working|works|and|or|also|please|we|we'd|i|looking for|seeking|"
                           r"experts?|specialists?|professors?|someone|somebody|one|only|welcome|plus|bonus|great|good|"
                           r"nice|ideal|best|welcome|wanted|needed|helpful|appreciated|ok|okay|a must)\b)|[\s\W_\d]")


# 只要女院士, 女专家优先, "a female expert": the sex asked for (the graph records none; biographies may state it)
_FEMALE_ASKED = re.compile(r"女(?:性|专家|老师|教授|院士|科学家|研究员|士优先)|(?i:\b(?:female|woman|women|lady|ladies)\b)")
# a biography that states its subject is a woman (于吉红: "女\n无机化学领域专家", 王琪（女）, …，女，1936年生, 她发现了…)
_FEMALE_STATED = re.compile(r"[；;\n]\s*女\s*[\n，,。]|^\s*女\s*(?:[\n，,。]|$)|[（(]女[）)]|[，,]\s*女\s*[，,]|[\u4e00-\u9fff]{2,4}[（(]女[，,]|"
                            r"女，汉族|女[，,]\s*\d{4}年|她|"
                            # a women's prize won (中国女青年科学家奖: 王小云 was not read as a woman, rt75)
                            r"女(?:青年)?科学家[^。；，,、]{0,6}?奖")


def asks_female(query: str) -> bool:
    """Whether a problem asks for a woman (只要女院士): the one sex a biography states often enough to look for."""
    return _FEMALE_ASKED.search(query) is not None


# a wish for a younger expert (年轻一点的, 青年专家, 中青年): met from nothing recorded, but the biographies' birth years order
_YOUNGER_ASKED = re.compile(r"年轻(?:一点|一些|的|点|些)|青年专家|中青年|年纪(?:轻|小)|岁数小|(?i:\byounger\b)")
# a wish for an older, more senior expert (有没有年纪大一点的？ 年长一些的, "someone older"): the other way round
_OLDER_ASKED = re.compile(r"年纪大|岁数大|年长(?:一点|一些|的|点|些)|资深(?:一点|一些|点|些)|(?i:\bolder\b|\bmore\s+senior\b)")
#: a birth year as a sentence of a biography writes it (李华军（1962.02.25-）, 1962年2月25日生, 1962年出生, 出生于1962年, …;
#: the first group that matched is the year): one reading for the wish for an age and for questions about a birth
BORN = re.compile(r"(\d{4})年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:出)?生|"
                   # （1932-12-）, （1932.12-）, 王选（1937-2006）: a lifespan after the name or left open — not a term of
                   # office in brackets (专家顾问委员会委员(1998-2002))
                   # (叶铭汉（1925.4.2.- ）: a full stop after the day; 吾守尔•斯拉木（1941.10.15--）: two dashes)
                   r"[（(](\d{4})(?:[.．/\-－]\d{1,2}){0,2}[.．]?\s*[-－—–~～]+\s*[）)]|^[\u4e00-\u9fff]{2,4}\s*[（(](\d{4})"
                   r"(?:[.．/\-－]\d{1,2}){0,2}[.．]?\s*[-－—–~～]|"
                   # 赵连城（1938.02.18）: a full date in brackets right after the name, no dash (rt50)
                   r"^[\u4e00-\u9fff]{2,4}\s*[（(](\d{4})[.．/\-－]\d{1,2}[.．/\-－]\d{1,2}[.．]?\s*[）)]|"
                   r"(?<![\u4e00-\u9fff])(?:出)?生于\s*(\d{4})\s*(?:年|[.．])|"  # 男，生于1934年6月11日; （生于1923.4.27- ）
                   r"(\d{4})年[^，。；]{0,12}?(?:生于|出生)|^[\u4e00-\u9fff]{2,4}[（(](\d{4})年(?:\d{1,2}月)?(?:\d{1,2}日)?[）)]|"
                   # 张锦秋（女）教授级高级建筑师，1936.10.生于成都 (said to write no birth year, rt147)
                   r"(?<!\d)(\d{4})[.．]\d{1,2}(?:[.．]\d{1,2})?[.．]?\s*(?:出)?生(?:于|在)")


# a birth year asked for (1960年以后出生的, 60后, 50岁以下, "born after 1960", "under 50"): bounds on the birth year the
# biographies write (rt52: experts born in 1939 were shown for 60后, and nothing said)
_BORN_AFTER = re.compile(r"((?:19|20)\d\d)\s*年?\s*(?:以后|之后|后|以来|及以后)(?:出生|生)|(?:出生|生)(?:于|在)?\s*((?:19|20)\d\d)\s*年?\s*"
                         r"(?:以后|之后|后)|(?i:\bborn\s+(?:after|since|from)\s+((?:19|20)\d\d)\b)")
_BORN_BEFORE = re.compile(r"((?:19|20)\d\d)\s*年?\s*(?:以前|之前|前)(?:出生|生)|(?:出生|生)(?:于|在)?\s*((?:19|20)\d\d)\s*年?\s*(?:以前|之前|前)|"
                          r"(?i:\bborn\s+before\s+((?:19|20)\d\d)\b)")
_DECADE = re.compile(r"(?<![\d零〇])([3-9]|[三四五六七八九])[0零〇]后|(?i:\bborn\s+in\s+(?:the\s+)?(?:19|')?([0-9])0'?s\b)")
# a span of birth years (born between 1940 and 1955, 1940年至1955年(之间)出生的)
_BORN_BETWEEN = re.compile(r"((?:19|20)\d\d)\s*年?\s*(?:至|到|-|—|～|~)\s*((?:19|20)\d\d)\s*年?\s*(?:之间|间)?(?:出生|生)|"
                           r"(?i:\bborn\s+(?:between\s+((?:19|20)\d\d)\s+and|(?:in\s+|from\s+)?((?:19|20)\d\d)\s*(?:-|–|to))\s*"
                           r"((?:19|20)\d\d)\b)")
_AGE_BELOW = re.compile(r"(\d{2})\s*(?:周)?岁\s*(?:以下|以内|之内|之下)|(?:不超过|不满|小于|低于|未满)\s*(\d{2})\s*(?:周)?岁|"
                        r"(?i:\b(?:under|below|younger\s+than)\s+(?:the\s+age\s+of\s+)?(\d{2})\b(?!\s*(?:%|percent|years?\s+ago|"
                        r"(?!years?\b)[A-Za-z°℃])))")
_AGE_ABOVE = re.compile(r"(\d{2})\s*(?:周)?岁\s*(?:以上|之上)|(?:超过|大于|年满)\s*(\d{2})\s*(?:周)?岁|"
                        r"(?i:\b(?:over|above|older\s+than)\s+(?:the\s+age\s+of\s+)?(\d{2})\b(?!\s*(?:%|percent|years?\s+ago|"
                        r"(?!years?\b)[A-Za-z°℃])))")
_DIGIT_OF = {c: i for i, c in enumerate("零一二三四五六七八九")}
_DECADES_SAID = re.compile(r"(?:上世纪|20世纪)?(?<!\d)([3-9])0\s*年代(?:(?=以后|之后|及以后|以前|之前)(?P<bound>)|(?:出生|生)的?)")


# a birth year said of those to leave out (去掉1935年以前出生的, "Exclude anyone born before 1940"): the other side
_LEAVE_OUT = re.compile(r"去掉|排除|不要|除去|剔除|别要|不考虑|删掉|拿掉|(?i:\b(?:exclude|excluding|drop|remove|without|not)\b)")


def birth_bounds(query: str, this_year: int) -> tuple[int | None, int | None] | None:
    """The earliest and latest birth year a problem asks its expert to have (either None: open), or None when it asks
    none: 1960年以后出生的 (1960, None), 60后 (1960, 1969), 50岁以下 (this year - 50, None), 60岁以上 (None, this year - 60);
    said of those to leave out, the other side (去掉1935年以前出生的: (1935, None)); a decade left out (不要60后的) is
    no one range, so none."""
    query = _DECADES_SAID.sub(lambda m: f"19{m.group(1)}0年" if m.group("bound") is not None else f"{m.group(1)}0后",
                              _decades_short(query))  # 50年代出生
    # 的 is 50后; 80年代以后出生 is 1980年以后出生 (it matched 年代以后 as the problem's words, rt59)

    def clause(m: re.Match) -> str:
        return query[max(query.rfind(p, 0, m.start()) for p in "，,。；;！!？?") + 1:m.start()]

    def theirs(m: re.Match | None) -> bool:  # (我们厂有60后的老师傅: the enterprise's people, not the expert)
        return m is not None and not _OWN_SIDE.search(clause(m))

    def year(m: re.Match | None) -> int | None:
        return int(next(g for g in m.groups() if g)) if theirs(m) else None

    def left_out(m: re.Match | None) -> bool:
        return m is not None and bool(_LEAVE_OUT.search(clause(m)))
    lo = hi = None
    for found, after in ((_BORN_AFTER.search(query), True), (_BORN_BEFORE.search(query), False)):
        if (said := year(found)) is not None:
            if after != left_out(found):
                lo = said if lo is None else max(lo, said)
            else:
                hi = said if hi is None else min(hi, said)
    if theirs(span := _BORN_BETWEEN.search(query)) and not left_out(span):
        first, last = sorted(int(g) for g in span.groups() if g)
        lo, hi = max(lo or first, first), min(hi or last, last)
    if theirs(decade := _DECADE.search(query)) and not left_out(decade):
        said = next(g for g in decade.groups() if g)
        start = 1900 + 10 * (int(said) if said.isdigit() else _DIGIT_OF[said])
        lo, hi = max(lo or start, start), min(hi or start + 9, start + 9)
    for found, below in ((_AGE_BELOW.search(query), True), (_AGE_ABOVE.search(query), False)):
        if (age := year(found)) is not None:
            if below != left_out(found):
                lo = max(lo or 0, this_year - age)
            else:
                hi = min(hi or 9999, this_year - age)
    return None if lo is None and hi is None else (lo, hi)


def _decades_short(text: str) -> str:
    """Birth decades as `_DECADES_SAID` reads them: 出生在1950年代 → 50年代出生, 1940年代出生 → 40年代出生 (rt80: neither was read)."""
    text = re.sub(r"(?:出生|生)(?:于|在)\s*((?:19)?[3-9]0)\s*年代", r"\1年代出生", text)
    text = re.sub(r"(?i)\b(born\s+in\s+the\s+)(thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
                  lambda m: m.group(1) + _DECADE_WORDS[m.group(2).lower()], text)  # "born in the fifties" (unread, rt155)
    return re.sub(r"(?<!\d)19([3-9]0)\s*年代", r"\1年代", text)


_DECADE_WORDS = {"thirties": "1930s", "forties": "1940s", "fifties": "1950s", "sixties": "1960s", "seventies": "1970s",
                 "eighties": "1980s", "nineties": "1990s"}


def without_birth(text: str) -> str:
    """`text` without the words that ask for a birth year or an age (60后的, 1960年以后出生的, "born after 1955", "born in
    the 1950s"): what else a turn that states one says."""
    text = _decades_short(text)
    for pattern in (_BORN_BETWEEN, _BORN_AFTER, _BORN_BEFORE, _DECADES_SAID, _DECADE, _AGE_BELOW, _AGE_ABOVE):
        text = pattern.sub("", text)
    return re.sub(r"\s+(?=[,，.。;；])", "", text)


def born_within(year: int | None, bounds: tuple[int | None, int | None]) -> bool:
    """Whether a birth year (None: none written) lies within `birth_bounds`' bounds, both ends included."""
    lo, hi = bounds
    return year is not None and (lo is None or year >= lo) and (hi is None or year <= hi)


def asked_age_order(query: str) -> str | None:
    """Whether a problem wishes for a younger expert (希望年轻一点的: "younger") or an older one (有没有年纪大一点的？:
    "older"), None for neither (or both)."""
    younger, older = _YOUNGER_ASKED.search(query) is not None, _OLDER_ASKED.search(query) is not None
    return None if younger == older else "younger" if younger else "older"


def birth_year(profile: str) -> int | None:
    """The first birth year an expert's profile text (its biography) writes, sentence by sentence (the profile's parts
    and the biography's sentences: 李德发（1953.12.28） opens one), else None."""
    for sentence in _SENTENCES.split(profile):
        if m := BORN.search(sentence):
            return int(next(g for g in m.groups() if g))
    return None


_SENTENCES = re.compile(r"[。；;\n]")


# the youngest / oldest of all the experts asked (图谱中最年轻的院士是谁？ "Who is the oldest academician in the graph?")
_GRAPH_AGE = re.compile(r"(?P<young>最年轻|年纪最小|年龄最小|岁数最小|出生最晚|最晚出生|(?i:\byoungest\b|\bborn\s+(?:most\s+recently|"
                        r"latest|last)\b))|(?P<old>最年长|年纪最大|年龄最大|岁数最大|出生最早|最早出生|最老|(?i:\boldest\b|\beldest\b|"
                        r"\bborn\s+(?:earliest|first)\b))")
_GRAPH_AGE_FILLER = re.compile(r"知识图谱|图谱|库|所有|全部|整个|中|里|内|的|是谁|是哪一?位|哪一?位|谁|有哪些|院士|专家|科学家|按简介|"
                               r"按照|根据|简介|目前|现在|[？?。！!，,\s]|(?i:\b(?:who|is|are|was|the|in|your|our|this|"
                               r"knowledge|graph|database|academicians?|experts?|scientists?|members?|of|all|which|one|"
                               r"according|to|biograph(?:y|ies))\b)")


def graph_age_extreme(text: str) -> str | None:
    """"younger" / "older" for a question that asks who of all the experts is the youngest or oldest, with no topic
    of its own (最年轻的焊接院士 has one: ranked on it); None otherwise."""
    m = _GRAPH_AGE.search(text)
    if m is None or _GRAPH_AGE_FILLER.sub("", _GRAPH_AGE.sub("", text)):
        return None
    return "younger" if m.group("young") else "older"


def states_female(profile: str) -> bool:
    """Whether an expert's profile text (its biography) states that she is a woman."""
    return _FEMALE_STATED.search(profile) is not None


def meets_all(expert: ExpertMatch, requirements: list[Requirement]) -> bool:
    """Whether the expert meets every kind of requirement the graph can check (none: False); requirements of one
    kind are alternatives (浙江大学或者清华大学的专家)."""
    kinds = {r.kind for r in requirements if r.kind != "unrecorded"}
    seats = {r.text for r in requirements if r.kind == "academy" and r.text in ("中国科学院院士", "中国工程院院士")}
    seated = expert.model_copy(update={"awards": [a for a in expert.awards if a.name in seats]}) if seats and \
        "elected" in kinds else expert  # (1991年当选的中国工程院院士: that academy's seat dated 1991, not the other's)
    return bool(kinds) and all(any(r.met(seated if kind == "elected" else expert) for r in requirements if r.kind == kind)
                               for kind in kinds)


def describe(requirement: Requirement, expert: ExpertMatch | None = None) -> str:
    """The requirement in the words of a reason: 中国工程院院士, 获得过国家科学技术进步奖, 单位为清华大学, 单位名称含「上海」
    (for a province, the word the expert's institution holds: 单位名称含「成都」 for 四川), 单位（复旦大学）位于上海 (a
    place the graph records for an institution whose name does not say it)."""
    if requirement.kind == "place":
        held = (expert.institution or "") if expert is not None else ""
        if expert is not None and not any(w in held for w in place_words(requirement.text)) \
                and requirement.text in (expert.province, expert.city):  # 复旦大学 for 上海: the recorded place
            return f"单位（{held}）位于{requirement.text}"
        return f"单位名称含「{next((w for w in place_words(requirement.text) if w in held), requirement.text)}」"
    if requirement.kind == "award" and requirement.at_least is not None:  # 获得2项以上奖励的
        return ("获奖记录达到您要求的项数" if requirement.text == ANY_AWARD  # (no figure: the guard checks figures
                else f"获得过{requirement.text}，达到您要求的项数")  # against the records)
    if requirement.kind == "award" and requirement.text == ANY_AWARD:  # 去掉没有获奖记录的
        return "当选院士以外另有获奖记录"
    if requirement.kind == "award" and requirement.years is not None:  # 2010年获得过国家自然科学奖
        low, high = requirement.years
        return f"{low}年获得过{requirement.text}" if low == high else f"{low}年以后获得过{requirement.text}" \
            if high >= OPEN_END else f"{high + 1}年以前获得过{requirement.text}" if low <= OPEN_START else \
            f"{low}年至{high}年间获得过{requirement.text}"
    return {"academy": requirement.text, "award": f"获得过{requirement.text}", "unrecorded": requirement.text,
            "institution": f"单位为{requirement.text}", "sector": f"单位属于{requirement.text}",
            "elected": f"{requirement.text}{'间' if '至' in requirement.text else ''}当选院士"}[requirement.kind]
