"""English facts in the graph's Chinese words, so an English answer is checked like a Chinese one: academy
memberships and awards are rewritten (elected to the Chinese Academy of Sciences in 2017 -> 2017年当选中国科学院院士),
and an English institution is compared with a retrieved expert's through a word table and pinyin (Nanjing University
= 南京大学, Shanghai Astronomical Observatory = 中国科学院上海天文台). An award with a word the table does not
know is still read as an award (in its English words) and an institution with one stays English: neither matches a
record, so both are unsupported rather than guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

_ACADEMY = {"sciences": "中国科学院", "engineering": "中国工程院"}
_ACADEMY_RE = r"(?:the\s+)?(?:Chinese\s+Academy\s+of\s+(Sciences|Engineering)|(CAS|CAE))"
_ELECTED = re.compile(rf"\b(?:was\s+|were\s+|been\s+|is\s+)?elected\s+(?:as\s+)?(?:an?\s+)?(?:academician|member)?\s*"
                      rf"(?:of|to|into)\s+{_ACADEMY_RE}(?:\s+in\s+((?:19|20)\d\d))?", re.IGNORECASE)
_MEMBER = re.compile(rf"\b(?:an?\s+|the\s+)?(?:academician|member)s?\s+of\s+{_ACADEMY_RE}|\b(CAS|CAE)\s+(?:academician|member)s?",
                     re.IGNORECASE)
# "Academician of the Chinese Academy of Engineering (elected 2003)", "…, elected 2003": the election year
_MEMBER_ELECTED = re.compile(rf"\b(?:an?\s+|the\s+)?(?:academician|member)s?\s+of\s+{_ACADEMY_RE}\s*(?:\(\s*elected\s+(?:in\s+)?"
                             r"((?:19|20)\d\d)\s*\)|,\s*elected\s+(?:in\s+)?((?:19|20)\d\d)\b)", re.IGNORECASE)
_MEMBER_SINCE = re.compile(rf"\b(?:(?:an?\s+|the\s+)?(?:academician|member)\s+of\s+{_ACADEMY_RE}|(CAS|CAE)\s+academician)"
                           rf"\s+(?:since|from)\s+((?:19|20)\d\d)", re.IGNORECASE)

# Award words -> the graph's words, longest first; an award name is rewritten only when every word is known.
_AWARD_WORDS = (
    ("state preeminent science and technology award", "国家最高科学技术奖"),
    ("highest science and technology award", "国家最高科学技术奖"), ("ho leung ho lee foundation", "何梁何利基金"),
    ("science and technology progress", "科学技术进步"), ("scientific and technological progress", "科学技术进步"),
    ("technological invention", "技术发明"), ("technology invention", "技术发明"), ("natural science", "自然科学"),
    ("national science conference", "全国科学大会"), ("ministry of education", "教育部"), ("guanghua engineering", "光华工程"), ("science and technology", "科技"), ("young scientists", "青年科学家"),
    ("state", "国家"), ("national", "国家"), ("china", "中国"), ("chinese", "中国"), ("patent", "专利"), ("gold", "金"),
    ("silver", "银"), ("excellence", "优秀"), ("youth", "青年"), ("prize", "奖"), ("award", "奖"), ("medal", "奖章"),
)
_GRADE = {"first": "一", "second": "二", "third": "三", "special": "特"}
_AWARD = re.compile(
    r"(?:\b(?:received|won|was\s+awarded|was\s+granted|got|awarded|recipient\s+of|winner\s+of|has|holds|had|held)\s+|(?<=[:;,]\s)|(?<=\band\s)|"
    r"(?<=\bas well as\s)|(?<=\balong with\s)|(?<=\bplus\s)|^)"
    r"(?:the\s+|an?\s+)?"
    r"(?:((?i:first|second|third|special))(?i:[- ]class|[- ]grade|[- ]prize)?\s+(?i:prize\s+)?(?:(?:of|in)\s+the\s+)?)?"
    r"((?:[A-Z][\w'\-]*\s+|of\s+|and\s+)*?(?:Award|Prize|Medal))"
    r"(?:\s*\(?((?i:first|second|third|special))[- ](?i:class|grade|prize)\)?)?(?:\s+in\s+((?:19|20)\d\d))?")


def _award_name(english: str) -> str | None:
    rest, out = english.lower(), ""
    while rest.strip():
        rest = rest.strip()
        for en, zh in _AWARD_WORDS:
            if rest.startswith(en) and (len(rest) == len(en) or not rest[len(en)].isalpha()):
                out, rest = out + zh, rest[len(en):]
                break
        else:
            return None
    return out


def _award(m: re.Match) -> str:
    name = _award_name(m.group(2))
    if name is None:  # words the table does not know: still an award claim (one no record matches), never unread
        name = re.sub(r"[^A-Za-z]", "", m.group(2)) + "奖"
    grade = m.group(1) or m.group(3)
    year = f"{m.group(4)}年" if m.group(4) else ""
    return f"{year}获{name}{_GRADE[grade.lower()] + '等奖' if grade else ''}"


def _academy(m: re.Match, first: int) -> str:
    word = m.group(first) or m.group(first + 1)
    return _ACADEMY.get(word.lower(), {"cas": "中国科学院", "cae": "中国工程院"}.get(word.lower(), ""))


# Titles an English sentence gives an expert ("X is an associate professor at …"), as the graph writes them; "researcher"
# only before at/of/with (a leading researcher in polymers is praise, not the title 研究员)
_TITLES = {"professor": "教授", "associate professor": "副教授", "assistant professor": "助理教授", "full professor": "教授",
           "research professor": "研究员", "research fellow": "研究员", "researcher": "研究员",
           "associate researcher": "副研究员", "associate research fellow": "副研究员", "senior engineer": "高级工程师",
           "professor-level senior engineer": "教授级高级工程师", "chief physician": "主任医师",
           "associate chief physician": "副主任医师", "lecturer": "讲师"}
_TITLE = re.compile(r"\b(is|was|as)\s+(?:a|an)\s+(" + "|".join(sorted((re.escape(t) for t in _TITLES), key=len, reverse=True))
                    + r")\b(?!-)(\s+(?:at|of|with)\b)?", re.IGNORECASE)


def _title(m: re.Match) -> str:
    title = m.group(2).lower()
    if title.startswith("research") and not m.group(3):
        return m.group()  # "a researcher in polymer forming": praise, not the title 研究员
    return f"是{_TITLES[title]}{m.group(3) or ''}"  # 是: the title cue the Chinese reading knows


_BOTH_ACADEMIES = re.compile(r"\b(?:an?\s+)?(?:academician|member)s?\s+of\s+both\s+the\s+Chinese\s+Academy\s+of\s+"
                             r"(?:Sciences|Engineering)\s+and\s+the\s+Chinese\s+Academy\s+of\s+(?:Sciences|Engineering)", re.I)
_HLHL = re.compile(r"Ho\s+Leung\s+Ho\s+Lee\s+(?:Foundation\s+)?(?:Prize|Award)?(?:\s+for\s+)?"
                   r"(?:(?:Science|Scientific)\s+and\s+(?:Technology|Technological)\s+)?(Progress|Achievements?|Innovation)?(?:\s+(?:Prize|Award))?(?:\s+in\s+((?:19|20)\d\d))?", re.I)
# "First Prize and Second Prize of the X Award": two grades of one award, each read as its own award
_TWO_GRADES = re.compile(r"\b((?i:first|second|third|special))(?:\s+Prizes?)?\s+and\s+((?i:first|second|third|special))\s+Prizes?\s+"
                         r"of\s+the\s+((?:[A-Z][\w'\-]*\s+|of\s+|and\s+)*?(?:Award|Prize))")
# a seat with its year after it, once read in Chinese words: 中国工程院院士 elected in 1995, 中国工程院院士 (2009)
_SEAT_YEAR = re.compile(r"(中国(?:科学|工程)院院士)\s*(?:,\s*)?(?:\(\s*(?:elected\s+)?(?:in\s+)?((?:19|20)\d\d)\s*\)"
                        r"|elected\s+(?:in\s+)?((?:19|20)\d\d)\b)")
_HLHL_KIND = {"progress": "科学与技术进步奖", "achievement": "科学与技术成就奖", "achievements": "科学与技术成就奖",
              "innovation": "科学与技术创新奖"}


def rewrite(text: str) -> str:
    """English academy memberships and awards in `text` as the graph writes them; the rest unchanged."""
    if not re.search(r"[A-Za-z]{3}", text):
        return text
    text = _BOTH_ACADEMIES.sub("两院院士", text)
    text = re.sub(r"\bAcademician\s+(?=[A-Z])", "院士", text)  # "Academician Wang Jianguo" claims 院士
    text = _ELECTED.sub(lambda m: f"{m.group(3) + '年' if m.group(3) else ''}当选{_academy(m, 1)}院士", text)
    text = _MEMBER_ELECTED.sub(lambda m: f"{m.group(3) or m.group(4)}年当选{_academy(m, 1)}院士", text)
    text = _MEMBER_SINCE.sub(lambda m: f"{m.group(4)}年当选{_academy(m, 1) if m.group(1) or m.group(2) else _academy(m, 3)}院士",
                             text)
    text = _MEMBER.sub(lambda m: f"{_academy(m, 1) if m.group(1) or m.group(2) else _academy(m, 3)}院士", text)
    text = _SEAT_YEAR.sub(lambda m: f"{m.group(2) or m.group(3)}年当选{m.group(1)}", text)  # "a CAE academician elected in 1995", "CAE Academician (2009)"
    text = _TITLE.sub(_title, text)
    text = _TWO_GRADES.sub(r"\1 Prize of the \3 and \2 Prize of the \3", text)
    # Ho Leung Ho Lee first, named with or without "received"/"won" (Honours: … a Ho Leung Ho Lee Foundation Prize): an
    # award, not a foundation read as the expert's institution, nor an award of unknown words ("… Prize for Scientific
    # and Technological Progress")
    text = _HLHL.sub(lambda m: "何梁何利基金" + _HLHL_KIND.get((m.group(1) or "").lower(), "奖")
                     + (f"（{m.group(2)}年）" if m.group(2) else ""), text)
    return _AWARD.sub(_award, text)


# Institution words -> the graph's words, longest first; the words left must be the pinyin of what is left.
_ORG_WORDS = (
    ("peking union medical college hospital", "北京协和医院"), ("union medical college hospital", "协和医院"),
    ("university of electronic science and technology of china", "电子科技大学"), ("uestc", "电子科技大学"),
    ("xidian", "西安电子科技"), ("caas", "中国农业科学院"), ("institute of chemical physics", "化学物理研究所"),
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
    ("aerospace", "航天"), ("aeronautics", "航空"), ("astronautics", "航天"), ("architecture", "建筑"),
    ("corporation", "集团"), ("group", "集团"), ("company", "公司"),
    ("academy of sciences", "科学院"), ("academy of engineering", "工程院"), ("science and technology", "科技"),
    ("aeronautics and astronautics", "航空航天"), ("astronomical observatory", "天文台"), ("jiao tong", "交通"),
    ("jiaotong", "交通"), ("university", "大学"), ("college", "学院"), ("institute", "研究所"), ("academy", "研究院"),
    ("hospital", "医院"), ("chinese", "中国"), ("china", "中国"), ("agricultural", "农业"), ("agriculture", "农业"),
    ("normal", "师范"), ("medical", "医科"), ("petroleum", "石油"), ("tsinghua", "清华"), ("peking", "北京"),
    ("polytechnical", "工业"), ("industrial", "工业"), ("forestry", "林业"), ("ocean", "海洋"), ("geosciences", "地质"),
    ("mining", "矿业"), ("electronic", "电子"), ("acoustics", "声学"), ("physics", "物理"), ("chemistry", "化学"),
    ("chemical", "化学"), ("national", "国家"), ("people's", "人民"), ("defense", "国防"), ("technology", "技术"),
)
_CORPORATE = re.compile(r"(?:集团|股份|有限|责任|公司)+")
_ORG_STOP = {"the", "of", "and", "at", "for", "in"}
_PARENTS = ("中国科学院", "中科院", "中国工程院", "中国医学科学院", "中国农业科学院")
_ALTERNATIVES = {"中国石化": ("中国石化", "中国石油化工"), "农业科学院": ("农业科学院", "农科院"),
                 "中国农业科学院": ("中国农业科学院", "中国农科院", "农科院"), "化学物理研究所": ("化学物理研究所", "化物所"),
                 "中国科学院": ("中国科学院", "中科院"),
                 "医学科学院": ("医学科学院", "医科院"), "科技": ("科技", "科学技术", "理工"), "研究所": ("研究所", "研究院", "研究总院", "所", "院"),
                 "研究院": ("研究总院", "研究院", "研究所", "总院"), "学院": ("学院", "大学"), "大学": ("大学", "学院"),
                 "工业大学": ("工业大学", "理工大学"), "公司": ("有限责任公司", "有限公司", "公司"),
                 "集团": ("集团有限责任公司", "集团有限公司", "集团公司", "集团", "总公司", "有限公司", "公司")}


@lru_cache(maxsize=4096)
def _pinyin(chinese: str) -> str:
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(chinese))


def latin_org_matches(english: str, institution: str) -> bool:
    """Whether an English organisation name is `institution`: every word from the tables is in it, and the words
    left (places, names) spell the rest in pinyin — with or without a parent academy (中国科学院上海天文台)."""
    rest, chinese, latin = re.sub(r"[^a-z' ]", " ", english.lower()), [], []
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
    left = re.sub(r"[(（].*?[)）]", "", institution)
    whole = "".join(chinese)
    if not latin and len(whole) >= 4 and any(left.startswith(a) for a in _ALTERNATIVES.get(whole, (whole,))):
        return True  # the parent named alone (Chinese Academy of Sciences for 中国科学院化学研究所, 中科院物理所), as in Chinese
    for zh in chinese:
        hit = next((a for a in _ALTERNATIVES.get(zh, (zh,)) if a in left), None)
        if hit is None:
            return False
        left = left.replace(hit, " ", 1)
    spelled = "".join(latin)
    pieces = [p for p in left.split(" ") if p]
    if not spelled and chinese and all(_CORPORATE.fullmatch(p) for p in pieces):
        return True  # Sinopec = 中国石油化工集团公司: a company's legal form left unsaid
    if spelled in ("".join(_pinyin(p) for p in pieces), "".join(_pinyin(re.sub("[省市]$", "", p)) for p in pieces)):
        return True  # English drops 省/市 (Fujian Academy of Agricultural Sciences = 福建省农业科学院)
    if pieces and pieces[0].startswith(_PARENTS):  # the parent academy left unsaid
        head = next(p for p in _PARENTS if pieces[0].startswith(p))
        pieces = [pieces[0][len(head):]] + pieces[1:]
        return spelled == "".join(_pinyin(p) for p in pieces if p)
    return False


# What an English sentence says an expert works on: "works on X", "specialises in X", "research focuses on X",
# "an expert in X", "research interests include X". The graph writes directions in Chinese, so these are compared
# with the expert's directions and fields by meaning (`topic_similarity`), not by words.
_TOPIC_CUE = re.compile(
    r"\b(?:works? on|working on|worked on|speciali[sz](?:es|ing|ed) in|focus(?:es|ed|ing)? on|"
    r"research (?:focuses|focused|centres|centers|centred|centered|concentrates) on|"
    r"(?:leading |renowned |well-known |noted |an )?experts? (?:in|on)|research interests? (?:include|includes|are|is|cover|covers)|"
    r"(?:research|work|expertise) (?:covers|spans|includes|include|lies in|is in)|"
    r"known for (?:(?:his|her|their) )?(?:work|research|contributions) (?:on|in)|studies|researches)\s+", re.IGNORECASE)
# where the topics end: the next clause, a place of work, a time, an award
_TOPIC_END = re.compile(r"[.;:!?()\[\]（）。；：！？\n\u25a1]|\s(?:at|from|with|since|who|which|that|where|whose|for over|for more|"
                        r"in (?:19|20)\d\d|and (?:is|was|has|have|had|received|won|holds|leads|heads|can|could|would|will|"
                        r"may|might)|to (?:help|solve|address|support)|making|so|while|but)\b", re.IGNORECASE)
_TOPIC_SPLIT = re.compile(r",\s*(?:and|as well as|or)\s+|\s*,\s*|\s+(?:and|as well as|or)\s+", re.IGNORECASE)
_TOPIC_LEAD = re.compile(r"^(?:(?:the|on|in|his|her|their|its|research on|work on|studies of|areas? (?:such as|like)|fields? "
                         r"(?:such as|like)|topics? (?:such as|like)|such as|including|especially|particularly|mainly|"
                         r"both|various|several|many|advanced|key)\s+)+", re.IGNORECASE)
# words that say nothing of a direction: the user's problem or a vague area
_VAGUE_TOPIC = re.compile(r"^(?:(?:this|these|that|those|your|the|such|related|similar|relevant|many|other|various)\b.*|"
                          r"(?:problems?|issues?|areas?|fields?|topics?|research|this area|related areas?))$", re.IGNORECASE)
_USERS_TOPIC = re.compile(r"\b(?:yours?|you|such|this kind|this type|like this|like these)\b", re.IGNORECASE)  # the user's


def topic_phrases(text: str) -> list[tuple[int, int, str, tuple[tuple[str, str], ...]]]:
    """(start, end, phrase, joins) of each research topic an English sentence claims: "works on A, B and C" gives
    three; `joins` pairs the phrase written together with a neighbour ("spacecraft design and control") with that
    neighbour, for a topic the split cut in two."""
    out = []
    for cue in _TOPIC_CUE.finditer(text):
        start = cue.end()
        end_m = _TOPIC_END.search(text, start)
        end = end_m.start() if end_m else len(text)
        pos, listed = start, []
        for part in _TOPIC_SPLIT.split(text[start:end]):
            at = text.index(part, pos) if part else pos
            pos = at + len(part)
            lead = _TOPIC_LEAD.match(part)
            phrase = part[lead.end():] if lead else part
            phrase = phrase.strip(" \"'“”‘’")
            if re.search(r"[A-Za-z]{2,}", phrase) and not _VAGUE_TOPIC.match(phrase) and not _USERS_TOPIC.search(phrase) \
                    and len(phrase) <= 80:
                s = at + part.index(phrase)
                listed.append((s, s + len(phrase), phrase))
        for n, (s, e, phrase) in enumerate(listed):
            joins = []
            if n > 0:  # with the one before: "spacecraft design and control"
                joins.append((text[listed[n - 1][0]:e], listed[n - 1][2]))
            if n + 1 < len(listed):
                joins.append((text[s:listed[n + 1][1]], listed[n + 1][2]))
            out.append((s, e, phrase, tuple(joins)))
    return out


def topic_parts(topics: Sequence[str]) -> list[str]:
    """The graph's topics with the parts of those that join two (精密测量与仪器工程: 精密测量, 仪器工程)."""
    parts = [p for t in topics for p in re.split(r"与|和|及|、|以及|/", t) if len(p) >= 2]
    return list(dict.fromkeys([*topics, *parts]))


def topic_similarity(embedder) -> Callable[[str, Sequence[str]], float]:  # noqa: ANN001 - a retrieval Embedder
    """How close an English topic is to the closest of an expert's Chinese directions and fields: the embedder's
    cosine (multilingual USE); the graph's topics are embedded once per process (a bounded cache)."""
    cache: dict[str, object] = {}

    def vectors(topics: Sequence[str]):  # noqa: ANN202 - a numpy array
        import numpy as np

        known = {t: cache.get(t) for t in topics}  # read once: another thread may clear the cache meanwhile
        missing = [t for t, v in known.items() if v is None]
        if missing:
            if len(cache) > 50_000:
                cache.clear()
            fresh = dict(zip(missing, embedder.embed(missing)))
            cache.update(fresh)
            known.update(fresh)
        return np.stack([known[t] for t in topics])

    def similarity(phrase: str, topics: Sequence[str]) -> float:
        if not topics:
            return 0.0
        query = embedder.embed_queries([phrase])[0]
        return float((vectors(topics) @ query).max())

    return similarity
