"""English names of awards and institutions in the graph's Chinese words: the tables that both the matching (an
English problem's requirements: "an expert from Zhejiang University", "who has won the State Natural Science Award")
and the grounding guard (an English answer's facts) read them with.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from retrieval.glossary import gloss_word, senses
from retrieval.models import org_key

# provinces and cities in English -> the graph's words (the places requirements name; provincial and city awards)
PLACES_EN = {
    "beijing": "北京", "peking": "北京", "tianjin": "天津", "shanghai": "上海", "chongqing": "重庆", "hebei": "河北",
    "shanxi": "山西", "liaoning": "辽宁", "jilin": "吉林", "heilongjiang": "黑龙江", "jiangsu": "江苏", "zhejiang": "浙江",
    "anhui": "安徽", "fujian": "福建", "jiangxi": "江西", "shandong": "山东", "henan": "河南", "hubei": "湖北",
    "hunan": "湖南", "guangdong": "广东", "hainan": "海南", "sichuan": "四川", "guizhou": "贵州", "yunnan": "云南",
    "shaanxi": "陕西", "gansu": "甘肃", "qinghai": "青海", "taiwan": "台湾", "inner mongolia": "内蒙古", "guangxi": "广西",
    "tibet": "西藏", "xizang": "西藏", "ningxia": "宁夏", "xinjiang": "新疆", "hong kong": "香港", "macau": "澳门",
    "macao": "澳门", "shenzhen": "深圳", "guangzhou": "广州", "canton": "广州", "nanjing": "南京", "hangzhou": "杭州",
    "wuhan": "武汉", "chengdu": "成都", "xi'an": "西安", "xian": "西安", "changsha": "长沙", "hefei": "合肥",
    "jinan": "济南", "qingdao": "青岛", "dalian": "大连", "shenyang": "沈阳", "harbin": "哈尔滨", "changchun": "长春",
    "zhengzhou": "郑州", "suzhou": "苏州", "xiamen": "厦门", "fuzhou": "福州", "kunming": "昆明", "lanzhou": "兰州",
    "taiyuan": "太原", "nanchang": "南昌", "nanning": "南宁", "guiyang": "贵阳", "shijiazhuang": "石家庄",
    "ningbo": "宁波", "wuxi": "无锡",
}
_CHINESE_PLACES = frozenset(PLACES_EN.values())


def recorded_place(province: str | None, city: str | None, english: bool = False) -> str:
    """A recorded place as an answer says it: 河南郑州 / 上海 (a municipality once), "Henan, Zhengzhou"; "" for none."""
    if not province:
        return ""
    if english:
        return english_place(province) + (f", {english_place(city)}" if city and city != province else "")
    return province + (city if city and city != province else "")


def english_place(place: str) -> str:
    """A place of PLACES_EN in English (上海 → Shanghai); any other as it is written."""
    return next((" ".join(w[:1].upper() + w[1:] for w in en.split()) for en, zh in PLACES_EN.items() if zh == place),
                place)  # (Xi'an, Hong Kong)
_PROVINCES = frozenset("河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 "
                       "青海 台湾".split())
_REGIONS = frozenset("内蒙古 广西 西藏 宁夏 新疆 香港 澳门".split())


def _place_of_award(place: str) -> str:
    """A place as an award's name begins: 浙江省, 北京市, 深圳市, 内蒙古."""
    return place + ("省" if place in _PROVINCES else "" if place in _REGIONS else "市")


# Award words -> the graph's words, longest first; an award name is rewritten only when every word is known.
_AWARD_WORDS = (
    ("state preeminent science and technology award", "国家最高科学技术奖"),
    ("state preeminent s&t award", "国家最高科学技术奖"), ("preeminent s&t award", "国家最高科学技术奖"),
    ("preeminent science and technology award", "国家最高科学技术奖"), ("preeminent award", "国家最高科学技术奖"),
    ("highest science and technology award", "国家最高科学技术奖"), ("ho leung ho lee foundation", "何梁何利基金"),
    # "When did he win the top award, and how old was he then?" (no award was read, and no age computed, rt131)
    ("top national science award", "国家最高科学技术奖"), ("top national award", "国家最高科学技术奖"),
    ("top state award", "国家最高科学技术奖"), ("top science award", "国家最高科学技术奖"), ("top award", "国家最高科学技术奖"),
    ("highest national award", "国家最高科学技术奖"), ("highest state award", "国家最高科学技术奖"),
    ("supreme award", "国家最高科学技术奖"),
    ("he liang he li foundation", "何梁何利基金"), ("ho leung ho lee", "何梁何利基金"), ("he liang he li", "何梁何利基金"),
    ("science and technology progress", "科学技术进步"), ("scientific and technological progress", "科学技术进步"),
    ("technological invention", "技术发明"), ("technology invention", "技术发明"), ("natural science", "自然科学"),
    ("national science conference", "全国科学大会"), ("ministry of education", "教育部"), ("guanghua engineering", "光华工程"), ("science and technology", "科技"), ("young scientists", "青年科学家"),
    *((en, _place_of_award(zh)) for en, zh in PLACES_EN.items()),  # provincial and city awards (浙江省科学技术进步奖)
    ("provincial", ""), ("province", ""), ("municipal", ""), ("city", ""), ("autonomous region", ""),
    ("state", "国家"), ("national", "国家"), ("china", "中国"), ("chinese", "中国"), ("patent", "专利"), ("gold", "金"),
    ("silver", "银"), ("excellence", "优秀"), ("youth", "青年"), ("prize", "奖"), ("award", "奖"), ("medal", "奖章"),
)


# honours whose English names no word table reads ("Two Bombs and One Satellite" Meritorious Medal, Tan Kah Kee Science
# Award), in the graph's words: they were read as an award named OneSatelliteMeritoriousMedal, and "…in 1985, right?"
# got no verdict (rt100)
NAMED_HONOURS = (
    (re.compile(r"['\"“‘]?Two[\s-]+Bombs?,?[\s-]+(?:and[\s-]+)?One[\s-]+Satellites?['\"”’]?\s+(?:(?:Meritorious|Merit)\s+"
                r"(?:Service\s+)?)?(?:Medals?|Awards?|Honou?rs?)(?:\s+of\s+(?:Merit|Honou?r))?", re.IGNORECASE), "两弹一星功勋奖章"),
    (re.compile(r"Tan\s+Kah\s+Kee\s+(?:Science\s+)?(?:Award|Prize)", re.IGNORECASE), "陈嘉庚科学奖"),
)


def award_name(english: str) -> str | None:
    """An English award name in the graph's words (State Natural Science Award -> 国家自然科学奖), None when a word
    of it is not in the table; "S&T" is "science and technology"."""
    rest, out = re.sub(r"\bs\s*&\s*t\b", "science and technology", english.lower()), ""
    while rest.strip():
        rest = rest.strip()
        for en, zh in _AWARD_WORDS:
            if rest.startswith(en) and (len(rest) == len(en) or not rest[len(en)].isalpha()):
                out, rest = out + zh, rest[len(en):]
                break
        else:
            return None
    return out



# Institution words -> the graph's words, longest first; the words left must be the pinyin of what is left.
_ORG_WORDS = (
    ("academy of equipment command and technology", "装备指挥技术学院"), ("equipment command and technology academy", "装备指挥技术学院"),
    ("china academy of chinese medical sciences", "中国中医科学院"), ("academy of chinese medical sciences", "中医科学院"),
    ("china petroleum and chemical", "中国石油化工"), ("petroleum and chemical", "石油化工"), ("petrochemical", "石油化工"),
    ("institute of electrical engineering", "电工研究所"), ("nari relays electric", "南京南瑞继保电气"),
    ("launch vehicle", "运载火箭"), ("spaceflight", "航天"), ("bureau", "局"),
    ("national engineering laboratory", "国家工程实验室"), ("state key laboratory", "国家重点实验室"),
    ("traditional chinese medicine", "中医药"), ("electric vehicles", "电动车辆"), ("electric vehicle", "电动车辆"),
    ("mineral processing", "矿物加工"), ("electronics and telecommunication", "电子电信"), ("fine mechanics", "精密机械"),
    ("biophysics", "生物物理"), ("optics", "光学"), ("optics and electronics", "光电"), ("optoelectronics", "光电"), ("china national", "中国"), ("remote sensing", "遥感"), ("digital earth", "数字地球"), ("military region", "军区"), ("general hospital", "总医院"),
    ("cardiovascular diseases", "心血管病"), ("cardiovascular", "心血管"), ("nuclear industry", "核工业"),
    ("eastern hepatobiliary", "东方肝胆"), ("hepatobiliary", "肝胆"), ("surgery", "外科"), ("surgical", "外科"),
    ("general staff", "总参谋部"), ("surveying and mapping research institute", "测绘研究所"),
    ("xi'an polytechnic university", "西安工程大学"), ("xian polytechnic university", "西安工程大学"),
    ("zhongyuan engineering", "中原对外工程"),
    ("peking union medical college hospital", "北京协和医院"), ("university of mining and technology", "矿业大学"),
    ("design and research group", "设计研究院"), ("research group", "研究院"), ("crop research institute", "作物研究所"),
    ("nuclear fuel", "核燃料"), ("co ltd", "有限公司"), ("academy of machinery science and technology", "机械科学研究总院"),
    ("electronics technology", "电子科技"), ("electronics", "电子"),
    ("state oceanic administration", "国家海洋局"), ("pla", "解放军"),
    ("aerospace electronics technology", "航天电子基础技术"), ("first institute of oceanography", "第一海洋研究所"),
    ("information engineering university", "信息工程大学"), ("surveying and mapping", "测绘"),
    ("university of architecture and technology", "建筑科技大学"), ("coal technology and engineering", "煤炭科工"),
    ("general machinery", "通用机械"), ("machinery", "机械"), ("metro", "地铁"), ("biological products", "生物制品"),
    ("group corporation", "集团"), ("group company", "集团"), ("group co ltd", "集团"), ("ltd", "有限公司"), ("crop", "作物"), ("nuclear", "核"), ("union medical college hospital", "协和医院"),
    ("university of electronic science and technology of china", "电子科技大学"), ("uestc", "电子科技大学"),
    ("xidian", "西安电子科技"), ("northwestern", "西北"), ("southwestern", "西南"), ("southeastern", "东南"), ("a f", "农林科技"), ("agriculture and forestry", "农林"), ("hust", "华中科技大学"),
    ("hit", "哈尔滨工业大学"), ("ustc", "中国科学技术大学"), ("sjtu", "上海交通大学"), ("zju", "浙江大学"), ("caas", "中国农业科学院"), ("institute of chemical physics", "化学物理研究所"),
    ("microelectronics", "微电子"), ("municipal engineering", "市政工程"), ("china railway", "中铁"),
    ("university of technology", "工业大学"), ("earthquake engineering", "工程抗震"), ("research center", "研究中心"),
    ("academy of military medical sciences", "军事医学科学院"), ("academy of military sciences", "军事科学院"),
    ("military", "军事"), ("bioengineering", "生物工程"), ("water resources and hydropower research", "水利水电科学"),
    ("water resources and hydropower", "水利水电"),
    ("logistical engineering", "后勤工程"), ("manufacturing technology", "制造技术"), ("avic", "航空"),
    ("water resources", "水利"),
    ("research centre", "研究中心"),
    ("major bridge", "大桥"), ("reconnaissance", "勘测"), ("survey", "勘测"), ("design", "设计"),
    ("union medical college", "协和医学院"), ("hydraulic research institute", "水利科学研究院"),
    ("general research institute", "研究总院"), ("nonferrous metals", "有色金属"), ("cancer hospital", "肿瘤医院"),
    ("cancer institute", "肿瘤研究所"), ("chinese university", "中文大学"), ("northeastern", "东北"), ("tech", "工业"),
    ("sinopec", "中国石化"), ("hydraulic", "水利"), ("cancer", "肿瘤"), ("cnooc", "中国海洋石油"),
    ("china national offshore oil", "中国海洋石油"), ("offshore oil", "海洋石油"), ("oceanology", "海洋"),
    ("space technology", "空间技术"), ("satellite control", "卫星测控"), ("technical physics", "技术物理"),
    ("center", "中心"), ("centre", "中心"), ("cas", "中国科学院"), ("cae", "中国工程院"),
    ("civil engineering and architecture", "建筑"), ("institute of technology", "工业大学"),
    ("academy of agricultural sciences", "农业科学院"), ("academy of medical sciences", "医学科学院"),
    ("central iron and steel research institute", "钢铁研究总院"),
    ("research institute", "研究院"), ("iron and steel", "钢铁"), ("sun yat sen", "中山"), ("beihang", "北京航空航天"),
    ("harbin", "哈尔滨"), ("east china", "华东"), ("north china", "华北"), ("south china", "华南"),
    ("posts and telecommunications", "邮电"), ("southeast", "东南"), ("central south", "中南"), ("northwest", "西北"), ("southwest", "西南"), ("northeast", "东北"), ("hong kong", "香港"), ("macau", "澳门"), ("inner mongolia", "内蒙古"), ("tibet", "西藏"),
    ("earthquake administration", "地震局"), ("seismological bureau", "地震局"), ("engineering mechanics", "工程力学"),
    ("geophysics", "地球物理"), ("urban planning", "城市规划"), ("medicinal plant", "药用植物"),
    ("aero engine", "航空发动机"), ("rocket force", "火箭军"), ("air force", "空军"), ("armed police", "武警"), ("navy", "海军"),
    ("army", "陆军"), ("aviation", "航空"), ("aero", "航空"),
    ("aerospace", "航天"), ("aeronautics", "航空"), ("astronautics", "航天"), ("aeronautical", "航空"),
    ("astronautical", "航天"), ("soil science", "土壤"), ("architecture", "建筑"),
    ("corporation", "集团"), ("group", "集团"), ("company", "公司"),
    ("academy of sciences", "科学院"), ("academy of engineering", "工程院"), ("science and technology", "科技"),
    ("aeronautics and astronautics", "航空航天"), ("astronomical observatory", "天文台"), ("jiao tong", "交通"),
    ("jiaotong", "交通"), ("university", "大学"), ("college", "学院"), ("institute", "研究所"), ("academy", "研究院"),
    ("hospital", "医院"), ("chinese", "中国"), ("china", "中国"), ("agricultural", "农业"), ("agriculture", "农业"),
    ("normal", "师范"), ("medical", "医科"), ("petroleum", "石油"), ("tsinghua", "清华"), ("peking", "北京"),
    ("polytechnical", "工业"), ("industrial", "工业"), ("forestry", "林业"), ("ocean", "海洋"), ("geosciences", "地质"),
    ("mining", "矿业"), ("electronic", "电子"), ("acoustics", "声学"), ("physics", "物理"), ("chemistry", "化学"),
    ("chemical", "化学"), ("national", "国家"), ("people's", "人民"), ("defense", "国防"), ("technology", "技术"),
    ("crrc", "中车"), ("electric locomotive", "电力机车"), ("locomotive", "机车"), ("electric power", "电力"), ("north", "北方"),
)
# words an English name adds that the Chinese one may leave unsaid (China Architecture Design & Research Group for
# 中国建筑设计研究院, "… Co., Ltd." for a 公司): absent from the institution, they are not held against the match
_OPTIONAL = frozenset({"技术", "集团", "公司", "有限公司"})
_OPTIONAL_LATIN = frozenset({"research", "co", "ltd", "inc", "limited"})
_CORPORATE = re.compile(r"(?:集团|股份|有限|责任|公司)+")
_ORG_STOP = {"the", "of", "and", "at", "for", "in"}
_PARENTS = ("中国科学院", "中科院", "中国工程院", "中国医学科学院", "军事医学科学院", "中国中医科学院", "中国农业科学院", "中国人民解放军总参谋部", "国家冶金工业局", "国家海洋局", "中国人民解放军",
            "解放军")
_ALTERNATIVES = {"中国石化": ("中国石化", "中国石油化工"), "总参谋部": ("总参谋部", "总参"), "解放军": ("中国人民解放军", "解放军", "全军"), "农业科学院": ("农业科学院", "农科院"),
                 "中国农业科学院": ("中国农业科学院", "中国农科院", "农科院"), "化学物理研究所": ("化学物理研究所", "化物所"),
                 "中国科学院": ("中国科学院", "中科院"),
                 "医学科学院": ("医学科学院", "医科院"), "科技": ("科技", "科学技术", "科学与技术", "理工"), "研究所": ("研究所", "研究院", "研究总院", "所", "院"),
                 "研究院": ("研究总院", "研究院", "研究所", "总院"), "学院": ("学院", "大学"), "大学": ("大学", "学院"),
                 "工业大学": ("工业大学", "理工大学"), "公司": ("有限责任公司", "有限公司", "公司"),
                 "集团": ("集团有限责任公司", "集团有限公司", "集团公司", "集团", "总公司", "有限公司", "公司")}


# Universities whose official English names the word tables cannot tell apart (University of Science and Technology is
# 科技大学 at Taiyuan and Wuhan but 理工大学 at Nanjing and Kunming; Beijing University of Technology is 北京工业大学,
# Beijing Institute of Technology 北京理工大学): a name listed here is the institution it names and no other
_OFFICIAL = {
    "east china university of science and technology": ("华东理工大学",),
    "nanjing university of science and technology": ("南京理工大学",),
    "kunming university of science and technology": ("昆明理工大学",),
    "harbin university of science and technology": ("哈尔滨理工大学",),
    "changchun university of science and technology": ("长春理工大学",),
    "changsha university of science and technology": ("长沙理工大学",),
    "university of shanghai for science and technology": ("上海理工大学",),
    "jiangxi university of science and technology": ("江西理工大学",),
    "north china university of science and technology": ("华北理工大学",),
    "anhui university of science and technology": ("安徽理工大学",),
    "beijing institute of technology": ("北京理工大学",), "taiyuan university of technology": ("太原理工大学",),
    "wuhan university of technology": ("武汉理工大学",), "dalian university of technology": ("大连理工大学",),
    "south china university of technology": ("华南理工大学",), "xian university of technology": ("西安理工大学",),
    "chengdu university of technology": ("成都理工大学",), "chongqing university of technology": ("重庆理工大学",),
    "lanzhou university of technology": ("兰州理工大学",), "guilin university of technology": ("桂林理工大学",),
    "tianjin university of technology": ("天津理工大学",), "hong kong polytechnic university": ("香港理工大学",),
    "zhejiang sci tech university": ("浙江理工大学",), "henan polytechnic university": ("河南理工大学",),
    "taiyuan university of science and technology": ("太原科技大学",),
    "wuhan university of science and technology": ("武汉科技大学",),
    "xian university of science and technology": ("西安科技大学",),
    "qingdao university of science and technology": ("青岛科技大学",),
    "shandong university of science and technology": ("山东科技大学",),
    "university of science and technology beijing": ("北京科技大学",),
    "university of science and technology liaoning": ("辽宁科技大学",),
    "inner mongolia university of science and technology": ("内蒙古科技大学",),
    "huazhong university of science and technology": ("华中科技大学", "华中理工大学"),
    "university of science and technology of china": ("中国科学技术大学", "中国科技大学"),
    "hong kong university of science and technology": ("香港科技大学",),
    "southern university of science and technology": ("南方科技大学",),
    "national university of defense technology": ("国防科技大学", "国防科学技术大学"),
    "beijing university of technology": ("北京工业大学",), "hefei university of technology": ("合肥工业大学",),
    "zhejiang university of technology": ("浙江工业大学",), "shenyang university of technology": ("沈阳工业大学",),
    "hebei university of technology": ("河北工业大学",), "guangdong university of technology": ("广东工业大学",),
    "hubei university of technology": ("湖北工业大学",), "harbin institute of technology": ("哈尔滨工业大学",),
    "nanjing tech university": ("南京工业大学",), "tiangong university": ("天津工业大学",),
    "tianjin polytechnic university": ("天津工业大学",), "dalian polytechnic university": ("大连工业大学",),
    "northwestern polytechnical university": ("西北工业大学",), "xidian university": ("西安电子科技大学",),
    "university of electronic science and technology of china": ("电子科技大学",),
    "northwest agriculture and forestry university": ("西北农林科技大学",),
    "northwest a and f university": ("西北农林科技大学",),
    "xian polytechnic university": ("西安工程大学",),
    "changchun institute of optics": ("长春光学精密机械与物理研究所",),  # its name runs on after a comma
}


def _official(english: str) -> tuple[str, ...] | None:
    """The Chinese names of the listed university an English organisation name gives (the longest listed name in it),
    None when it gives none."""
    words = re.sub(r"[^a-z]+", " ", english.lower().replace("'", "").replace("&", " and "))
    padded = f" {words.strip()} "
    found = [k for k in _OFFICIAL if f" {k} " in padded]
    return _OFFICIAL[max(found, key=len)] if found else None


@lru_cache(maxsize=65536)
def _pinyin(chinese: str) -> str:
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(chinese))


@lru_cache(maxsize=4096)
def _spelled(english: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """An English organisation name read once: the table's Chinese words of it, and the words left (places, names)."""
    rest, chinese, latin = re.sub(r"\s+", " ", re.sub(r"[^a-z' ]", " ", english.lower().replace(" & ", " and "))), [], []
    while rest.strip():
        rest = rest.strip()
        for en, zh in _ORG_WORDS:
            if rest.startswith(en) and (len(rest) == len(en) or not rest[len(en)].isalpha()):
                chinese.append(zh)
                rest = rest[len(en):]
                break
        else:
            word, _, rest = rest.partition(" ")
            if word not in _ORG_STOP:
                latin.append(word.replace("'", ""))
    return tuple(chinese), tuple(latin)


@lru_cache(maxsize=1)
def _known_names() -> tuple[dict[str, str], dict[str, str]]:
    """The institutions' own English names and short forms (`official_names.tsv`: "China National Petroleum
    Corporation", "CNPC", "Fuwai Hospital"), as lower-case words -> the graph's Chinese name; apart, those of parent
    bodies (中国医学科学院, whose name is part of its institutes' names), which name no institute alone."""
    from importlib.resources import files

    rows = [line.split("\t", 1) for line in files("retrieval").joinpath("official_names.tsv").read_text("utf-8").splitlines()
            if "\t" in line and not line.startswith("#")]
    names: dict[str, str] = {}
    parents: dict[str, str] = {}
    for chinese, forms in rows:
        parent = any(chinese != other and chinese in other for other, _ in rows)
        for form in forms.split("|"):
            if key := _words(form):
                (parents if parent else names)[key] = chinese
    return names, parents


def _words(english: str) -> str:
    return re.sub(r"[^a-z]+", " ", english.lower().replace("'", "").replace("&", " and ")).strip()


def _known_name(english: str, institution: str) -> bool:
    """Whether an English name is one of `institution`'s own English names, alone or beside its parent body's
    ("Fuwai Cardiovascular Hospital, Chinese Academy of Medical Sciences"): no other word ("Department of Chemistry,
    Peking University" is not Peking University's own name)."""
    names, parents = _known_names()
    said = f" {re.sub(r'^the ', '', _words(english))} "
    own = org_key(institution)
    for key, chinese in names.items():
        if f" {key} " in said and (chinese in institution or org_key(chinese) in own):  # (renamed:
            # Naval Medical University for 第二军医大学, rt149)
            rest = said.replace(f" {key} ", " ")
            for parent, body in parents.items():
                if body in institution:
                    rest = rest.replace(f" {parent} ", " ")
            if not set(rest.split()) - {"the", "of", "and", "in", "at", "company", "limited", "ltd", "co", "inc"}:
                return True
    return False


def latin_org_matches(english: str, institution: str) -> bool:
    """Whether an English organisation name is `institution`: every word from the tables is in it, and the words
    left (places, names) spell the rest in pinyin — with or without a parent academy (中国科学院上海天文台); a name the
    tables do not know is read word by word through the dictionary (`_glossed`), or is one of the institution's own
    English names (`official_names.tsv`: PetroChina for 中国石油天然气股份有限公司, which no word gives)."""
    official = _official(english)
    if official is not None:
        return any(name in institution for name in official)
    if _tabled(english, institution) or _glossed(english, institution) or _known_name(english, institution):
        return True
    # a university said by its one distinctive word ("the one from Tsinghua", "the Fudan one"): that word's University
    return bool(re.fullmatch(r"[A-Z][a-z]{2,}", english.strip())) and latin_org_matches(english.strip() + " University",
                                                                                          institution)


# words of many organisations' names: given alone by a Chinese name they say little of which one it is
_GENERIC_ORG = frozenset(gloss_word(w) for w in (
    "institute", "institutes", "university", "academy", "college", "research", "center", "centre", "laboratory",
    "national", "state", "china", "chinese", "key", "engineering", "science", "technology", "school", "hospital",
    "company", "corporation", "group", "department", "ministry", "bureau", "general"))


# the Chinese words of kinds of organisation, which name none alone
_KINDS_ZH = frozenset("大学 学院 研究所 研究院 医院 中心 公司 集团 有限公司 科学院 工程院 研究中心 实验室 国家重点实验室".split())


def org_clues(english: str) -> list[str]:
    """Words a Chinese biography may write an English organisation name with: its Chinese names where listed, the
    Chinese of the places it names (Nanchang University: 南昌), and its own distinctive Latin words (Laval University:
    Laval, as 加拿大Laval大学 writes it)."""
    words = re.findall(r"[a-z']+", english.lower())
    clues = list(_official(english) or ())
    clues += [max(chinese, key=len)] if (chinese := [w for w in _spelled(english)[0] if len(w) >= 3 and w not in
                                                     _KINDS_ZH]) else []  # Eastern Hepatobiliary …: 东方肝胆 (rt123)
    clues += [PLACES_EN[" ".join(words[i:i + n])] for n in (2, 1) for i in range(len(words) - n + 1)
              if " ".join(words[i:i + n]) in PLACES_EN]
    clues += [w for w in re.findall(r"[A-Za-z']{3,}", english) if gloss_word(w.lower()) not in _GENERIC_ORG
              and w.lower() not in PLACES_EN and w.lower() not in ("the", "and", "for")]
    return list(dict.fromkeys(clues))


@lru_cache(maxsize=256)
def placed_org(english: str) -> str | None:
    """The institution of the shipped place table (`kg/institution_places.tsv`) an English name gives ("Tongji
    University" → 同济大学; the shortest that reads as it), None for none: for "Where is Tongji University?"."""
    from kg.places import institution_names

    found = [name for name in institution_names() if latin_org_matches(english, name)]
    return min(found, key=len) if found else None


def latin_org_renders(english: str, chinese: str) -> bool:
    """Whether an English organisation name written beside a Chinese one ("Guangzhou Institute of Energy Conversion
    (广州能源研究所)") may render it: it reads as it (`latin_org_matches`), or the Chinese name gives a distinctive
    word of it and at least half its words, and every word it cannot give is one the official English names of
    organisations add (Conversion) — not a word of the institution tables (Normal: "Beijing Normal University" is no
    rendering of 北京大学) nor a place or name in pinyin (Tianjin)."""
    if latin_org_matches(english, chinese):
        return True
    name = re.sub(r"[(（].*?[)）]|\s", "", chinese)
    tokens = [gloss_word(w) for w in re.findall(r"[a-z0-9']+", english.lower().replace("&", " and "))
              if w not in _ORG_STOP and w not in _OPTIONAL_LATIN and w != "'"]
    given = [t for t in tokens if _may_give(name, t)]
    ungiven = [t for t in tokens if t not in given]
    known = {w for en, _ in _ORG_WORDS for w in en.split()}
    return (bool(tokens) and 2 * len(given) >= len(tokens) and any(t not in _GENERIC_ORG for t in given)
            and not any(t in known or _spells_pinyin(t) for t in ungiven))


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    """Every pinyin syllable (toneless) of the common Chinese characters."""
    from pypinyin import lazy_pinyin

    return frozenset(lazy_pinyin("".join(chr(c) for c in range(0x4E00, 0x9FA6)))) - {""}


@lru_cache(maxsize=4096)
def _spells_pinyin(word: str) -> bool:
    """Whether a word splits into pinyin syllables (tianjin, guangzhou): a place or a name, not an English word."""
    ok = [True] + [False] * len(word)
    for end in range(1, len(word) + 1):
        ok[end] = any(ok[start] and word[start:end] in _syllables() for start in range(max(0, end - 6), end))
    return ok[-1]


def org_read(english: str) -> bool:
    """Whether the tables read an English organisation name: listed, placed, or every word of it a table's word or a
    place ("Guangzhou Medical University": 广州 医科 大学 — "could not be matched to a Chinese name" was said of it)."""
    said, latin = _spelled(english)
    return _official(english) is not None or placed_org(english) is not None or bool(said) and all(
        w in PLACES_EN for w in latin)


def _tabled(english: str, institution: str) -> bool:
    said, latin = _spelled(english)
    left = re.sub(r"[(（].*?[)）]", "", institution)
    chinese = tuple(zh for zh in said if zh not in _OPTIONAL or any(a in left for a in _ALTERNATIVES.get(zh, (zh,))))
    latin = tuple(w for w in latin if w not in _OPTIONAL_LATIN)
    whole = "".join(chinese)
    # a parent named alone — but not when the name says a corporation the institution is not ("China National
    # Petroleum Corporation" is no parent of 中国石油大学)
    if not latin and len(whole) >= 4 and len(chinese) == len(said) \
            and any(left.startswith(a) for a in _ALTERNATIVES.get(whole, (whole,))):
        return True  # the parent named alone (Chinese Academy of Sciences for 中国科学院化学研究所, 中科院物理所), as in Chinese
    for zh in chinese:
        hit = next((a for a in _ALTERNATIVES.get(zh, (zh,)) if a in left), None)
        if hit is None:
            return False
        left = left.replace(hit, " ", 1)
    spelled = "".join(latin)
    # China Electric Power Research Institute = 中国电力科学研究院: the 科学 of X科学研究院 goes unsaid in English
    pieces = [p for p in left.split(" ") if p and not (p == "科学" and "scien" not in english.lower())
              and not (p in ("与", "和", "及") and " and " in f" {english.lower()} ")]  # 遥感与数字地球: "… and …"
    if not spelled and chinese and all(_CORPORATE.fullmatch(p) for p in pieces):
        return True  # Sinopec = 中国石油化工集团公司: a company's legal form left unsaid
    if spelled in ("".join(_pinyin(p) for p in pieces), "".join(_pinyin(re.sub("[省市]$", "", p)) for p in pieces)):
        return True  # English drops 省/市 (Fujian Academy of Agricultural Sciences = 福建省农业科学院)
    if not spelled and chinese and pieces and all(p in _CHINESE_PLACES for p in pieces):
        return True  # CAS Institute of Soil Science = 中国科学院南京土壤研究所: the city left unsaid, as its English name does
    if pieces and pieces[0].startswith(_PARENTS):  # the parent academy left unsaid
        head = next(p for p in _PARENTS if pieces[0].startswith(p))
        pieces = [pieces[0][len(head):]] + pieces[1:]
        return spelled == "".join(_pinyin(p) for p in pieces if p)
    return False


_MAX_PART = 8  # the longest Chinese word a name is read in (国家重点实验室, 装备指挥技术学院 of the tables)
_MAX_WORDS = 16  # an English "name" longer than this is read by the tables only (the reading tries subsets of words)
_UNSAID = re.compile(r"(?:集团|股份|有限|责任|公司)+|[与和及]")  # a legal form, "and": no English word needed
_NUMERALS = "一二三四五六七八九"
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")


def _number(chinese: str) -> int | None:
    """一 … 九十九 as a number, None for anything else."""
    tens, _, units = chinese.rpartition("十") if "十" in chinese else ("", "", chinese)
    if not all(c in _NUMERALS for c in tens + units) or len(tens) > 1 or len(units) > 1 or not chinese:
        return None
    value = (_NUMERALS.index(tens) + 1 if tens else 1) * 10 if "十" in chinese else 0
    return value + (_NUMERALS.index(units) + 1 if units else 0)


def _ordinal(chinese: str) -> frozenset[str]:
    """The English of 第N: fourth, 4th; 第六十一: 61st."""
    n = _number(chinese[1:]) if chinese.startswith("第") else None
    if n is None:
        return frozenset()
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return frozenset({f"{n}{suffix}", *(_ORDINALS[n - 1:n] if n <= 10 else ())})


def said_within(english: str, chinese: str) -> bool:
    """Whether every word of an English phrase is given by a part of a Chinese one, which may say more ("burn
    surgery" within 烧伤外科, "domestically made cochlear implants" within 国产人工耳蜗; not "skin grafting")."""
    from retrieval.glossary import ENGLISH_STOP

    tokens = [gloss_word(w) for w in re.findall(r"[a-z]+", english.lower()) if w not in ENGLISH_STOP and len(w) > 2]
    return bool(tokens) and all(_glossed_in(chinese, t) for t in tokens)


def reads_as(english: str, chinese: str) -> bool:
    """Whether an English phrase is, word for word, a reading of a Chinese one through the dictionary ("crop genetics
    and breeding" for 作物遗传育种, "Institute of Botany" for 植物研究所): every character and every word accounted for."""
    return _glossed(english, chinese)


def _glossed(english: str, institution: str) -> bool:
    """Whether the Chinese name reads, part by part, as exactly the English one: every character lies in a part that
    gives one or more of the English words (its CC-CEDICT glosses, the institution tables, or its pinyin for places
    and names), the company's legal form aside, and every English word is given by some part — so "Tianjin University
    of Traditional Chinese Medicine" is 天津中医药大学, while "Tianjin University" (中医药 says nothing) and "Tianjin
    Medical University" (中 says nothing) are not; a parent academy may go unsaid."""
    tokens = tuple(gloss_word(w) for w in re.findall(r"[a-z0-9']+", english.lower().replace("&", " and "))
                   if w not in _ORG_STOP and w not in _OPTIONAL_LATIN and w != "'")
    if not tokens or len(tokens) > _MAX_WORDS:
        return False
    name = re.sub(r"[(（].*?[)）]|\s", "", institution)
    if tokens[0] == "china" and "中" not in name and len(tokens) > 2:
        tokens = tokens[1:]  # China Aerospace Industry Corporation = 航天工业总公司: a national body's "China" unsaid
    if not all(_may_give(name, t) for t in sorted(set(tokens), key=lambda t: t not in _sources())):
        return False  # a word no part of the name can give: refused without reading (thousands of names a second)
    heads = [name] + [name[len(p):] for p in _PARENTS if name.startswith(p) and len(name) > len(p)]
    return any(_covers(head, tokens) for head in heads)


def _may_give(name: str, token: str) -> bool:
    """Whether some part of `name` may give the English word: a Chinese word whose gloss or table phrase holds it (or
    a form of it, `_kindred`) is in the name, it is an ordinal, or the name's pinyin spells it."""
    return _glossed_in(name, token) or token in _ORDINALS or token[:1].isdigit() or token in _pinyin(name)


def _glossed_in(name: str, token: str) -> bool:
    """Whether a Chinese word whose gloss or table phrase holds the English word (or a form of it) is in `name`; a
    discipline may drop its 学 (植物研究所: botany, 植物学)."""
    sources = _sources()
    words = sources.get(token, ()) + (sources.get(token[:8] + "*", ()) if len(token) >= 8 else ()) + \
        (sources.get(_verb(token), ()) if _verb(token) else ())
    return any(w in name or w.endswith("学") and len(w) >= 3 and w[:-1] in name for w in words)


@lru_cache(maxsize=1)
def _sources() -> dict[str, tuple[str, ...]]:
    """English word -> the Chinese words that may give it (their glosses', their table phrases'), and the first eight
    letters of a long word + "*" -> those of every word so starting (for `_kindred` forms)."""
    out: dict[str, set[str]] = {}
    pairs = [(w, g) for w, glosses in senses().items() for gloss in glosses for g in gloss]
    pairs += [(w, g) for w, phrases in _table_phrases().items() for phrase in phrases for g in phrase.split()]
    for word, english in pairs:
        out.setdefault(english, set()).add(word)
        if len(english) >= 8:
            out.setdefault(english[:8] + "*", set()).add(word)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=4096)
def _covers(name: str, tokens: tuple[str, ...]) -> bool:
    """`_glossed` for one reading of the name: its parts, left to right, each take one or more of the English words
    still unsaid (a word said twice in English is taken twice), until none is left at the end."""
    explained: dict[int, list[tuple[int, frozenset[str]]]] = {}
    for i in range(len(name)):
        for j in range(i + 1, min(len(name), i + _MAX_PART) + 1):
            readings = [r for r in _readings(name[i:j], tokens) if not _says_more(name[i:j], r, tokens)]
            if _UNSAID.fullmatch(name[i:j]) or name[i:j] in ("科学", "技术") and name.startswith("研究", j):
                readings.append(frozenset())  # 公路科学研究院: the Research Institute of Highway; 光电技术研究所
            explained.setdefault(i, []).extend((j, r) for r in readings)
    seen: set[tuple[int, tuple[str, ...]]] = set()

    def walk(i: int, left: tuple[str, ...]) -> bool:
        if i == len(name):
            return not left
        if (i, left) in seen:
            return False
        seen.add((i, left))
        for j, words in explained.get(i, ()):
            rest = tuple(t for k, t in enumerate(left) if t not in words or t in left[:k])  # each once
            if (len(rest) < len(left) or not words) and walk(j, rest):
                return True
        return False

    return walk(0, tuple(sorted(tokens)))


def _kindred(word: str, gloss: str) -> bool:
    """One long word in another form: interconnection / interconnected, metallurgical / metallurgy (a common start of
    eight letters or more, at most four letters left of the shorter; medical / medicine are not), simulation /
    simulate (`_verb`)."""
    n = len(os.path.commonprefix((word, gloss)))
    return n >= 8 and n >= min(len(word), len(gloss)) - 4 or gloss == _verb(word) or word == _verb(gloss)


def _verb(word: str) -> str | None:
    """The verb of a noun in -ation of nine letters or more (simulation: simulate, regulation: regulate; not station),
    as CC-CEDICT glosses 模拟 and 调控; else None."""
    return word[:-3] + "e" if len(word) >= 9 and word.endswith("ation") else None


def _says_more(part: str, words: frozenset[str], tokens: tuple[str, ...]) -> bool:
    """Whether one half of a compound already gives all it gives and the other half is a word the English leaves
    unsaid: 师范大学 read as "University" drops 师范 (normal), 中医 read as "Medical" drops 中 — not a reading."""
    for k in range(1, len(part)):
        for said, unsaid in ((part[:k], part[k:]), (part[k:], part[:k])):
            if unsaid not in senses() or not any(words <= r for r in _glossed_readings(said, tokens)) \
                    or any(gloss <= _OPTIONAL_LATIN for gloss in senses()[unsaid]) \
                    or unsaid == "学" and part.endswith("学") and part in senses():
                # 电子学 is "electronics" by its own gloss: its 学 says no "science" of its own (Institute of
                # Electronics, Chinese Academy of Sciences)
                continue  # 研究院 as "Institute": 研究 says only "research", which English may leave unsaid
            own = frozenset().union(*_readings(unsaid, tokens))
            if own - words or len(unsaid) > 1 and not own:
                return True  # 中医 read as "Medical" beside "Chinese": 中 says a word the reading leaves to another part
    return False


@lru_cache(maxsize=1)
def _table_phrases() -> dict[str, tuple[str, ...]]:
    """Chinese word -> the institution tables' English phrases for it (as `gloss_word` forms, stop words out)."""
    out: dict[str, list[str]] = {}
    for en, zh in _ORG_WORDS:
        phrase = " ".join(gloss_word(w) for w in en.split() if w not in _ORG_STOP and w not in _OPTIONAL_LATIN)
        for part in _ALTERNATIVES.get(zh, (zh,)):
            if phrase:
                out.setdefault(part, []).append(phrase)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=65536)
def _glossed_readings(part: str, tokens: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    """The English words of each CC-CEDICT gloss of `part` whose every word is said (`_readings`)."""
    out = set()
    for gloss in senses().get(part, ()) + (senses().get(part + "学", ()) if len(part) >= 2 else ()):
        said = {t for t in tokens if any(t == g or _kindred(t, g) for g in gloss)}
        if all(g in _OPTIONAL_LATIN or any(t == g or _kindred(t, g) for t in said) for g in gloss):
            out.add(frozenset(said))
    return tuple(r for r in out if r)


@lru_cache(maxsize=65536)
def _readings(part: str, tokens: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    """The ways a Chinese part may be written with the English words: one of its glosses whose every word is said
    ("research institute" for 研究所 — research may go unsaid; "traditional Chinese medical science" for 中医 only where
    all four are), one of its institution-table phrases said in that order, its ordinal (第四: fourth), or the run of
    English words its pinyin spells (Tianjin, "Xi an"). A part is read one way: 中国 is "China" or "Chinese", not both."""
    out = {frozenset({w}) for w in _ordinal(part) if w in tokens} | set(_glossed_readings(part, tokens))
    line = f" {' '.join(tokens)} "
    out.update(frozenset(phrase.split()) for phrase in _table_phrases().get(part, ()) if f" {phrase} " in line)
    spelled = _pinyin(part) if len(part) >= 2 else ""
    for i in range(len(tokens)):
        for j in range(i + 1, min(len(tokens), i + 3) + 1):
            if spelled and "".join(tokens[i:j]) == spelled:
                out.add(frozenset(tokens[i:j]))
    return tuple(r for r in out if r)
