"""What an English problem asks of the expert besides the topic, in the graph's words: "an academician of the Chinese
Academy of Engineering" (中国工程院院士), "who has won the State Natural Science Award" (国家自然科学奖), "preferably
from Zhejiang University" (the institution as the problem names it; the retriever finds the graph's name for it),
"based in Shanghai" (上海), and what the graph does not record ("a female expert under 40": 性别, 年龄).

A phrase counts only when it is asked of the expert: a word for the expert sought or a wish comes before it in its
sentence with nobody else in between ("we need a welding expert based in Shanghai"), or the expert sought comes
right after it ("a Shanghai-based expert"); never what the enterprise says of itself ("our plant is in Shanghai",
"our company won the State Science and Technology Progress Award") nor what it does not want ("we do not need an
academician"). The Chinese reading (retrieval/requirements.py) is the same idea in Chinese words.
"""

from __future__ import annotations

import datetime
import re

from retrieval.english_names import NAMED_HONOURS, PLACES_EN, award_name
from retrieval.models import ORG_ENDINGS, Requirement

PLACE_NAMES_EN = "|".join(sorted((re.escape(p).replace(r"\ ", r"\s+") for p in PLACES_EN), key=len, reverse=True))

# the expert sought, and the words of a wish
_EXPERT = (r"(?:experts?|specialists?|professors?|prof\.|academicians?|scientists?|researchers?|scholars?|consultants?|"
           r"advis[eo]rs?|engineers?|someone|somebody|people|persons?|candidates?|teams?|groups?|mentors?|partners?)")
_WISH = (r"(?:need|needs|needed|require|requires|required|looking\s+for|look\s+for|seek|seeking|searching\s+for|want|wants|"
         r"wanted|prefer|prefers|preferred|preferably|ideally|ideal|would\s+like|we'd\s+like|hope|hoping|must|should|only|"
         r"recommend|introduce|find|connect\s+us|put\s+us\s+in\s+touch|suggest|is\s+there|are\s+there|any|if\s+possible|"
         r"requirements?|criteria|conditions?|wish\s+list|please)")
_WISH_RE = re.compile(rf"\b{_WISH}\b", re.IGNORECASE)
# whose the phrase is when one of these stands between the wish and it: the enterprise's own people and things
_SOMEONE_ELSE = re.compile(r"\b(?:we|we're|we've|our|ours|us|i|i'm|my|company|factory|firm|workshop|"
                           r"customers?|clients?|workers?|staff|employees?|operators?|patients?|"
                           r"students?|farmers?|suppliers?|founders?|chief|managers?|directors?|ceo|president|"
                           r"owners?|boss|colleagues?|parent)\b", re.IGNORECASE)
_NOT = re.compile(r"\b(?:(?:not|no|don't|doesn't|do\s+not|does\s+not|without|never|neither|nor)\s+(?:\w+\s+){0,3}"
                  r"|(?:not\s+necessarily|no\s+need|needn't|need\s+not|(?:don't|do\s+not|doesn't|does\s+not)\s+"
                  r"(?:need|have\s+to|require)|not\s+required|not\s+needed|not\s+a\s+must)\b[^,;:()]{0,60}?)$", re.IGNORECASE)
_HEADING = re.compile(r"\b(?:requirements?|criteria|preferences|conditions)(?:\s+(?:for|on)\s+(?:the\s+)?(?:experts?|"
                      r"candidates?|consultants?))?\s*:\s*\n", re.IGNORECASE)
_ITEM = re.compile(r"\s*(?:[-*•·]|\d+[.)])\s+")
_SENTENCE = re.compile(r"[^.;!?\n]+(?:[.;!?\n]+|$)")

_ACADEMY = re.compile(
    r"\b(?:(?P<both>(?:an?\s+)?(?:academician|member)s?\s+of\s+both\s+(?:the\s+)?(?:academies|CAS\s+and\s+CAE|CAE\s+and\s+CAS|"
    r"Chinese\s+Academy\s+of\s+(?:Sciences|Engineering)\s+and\s+(?:the\s+)?Chinese\s+Academy\s+of\s+(?:Sciences|Engineering))"
    r"|(?:dual|double)\s+academicians?|two[- ]academy\s+academicians?"  # ("Is 钟南山 a double academician?": Yes, rt66)
    # "hold both CAS and CAE memberships", "members of both the CAS and the CAE", "CAS and CAE academicians"
    r"|both\s+(?:the\s+)?(?:CAS|CAE)\s+and\s+(?:the\s+)?(?:CAS|CAE)(?:\s+(?:memberships?|seats?|titles?|academicians?|members?))?"
    r"|(?:memberships?|seats?)\s+(?:in|of)\s+both\s+(?:the\s+)?academies|both\s+academies"
    r"|(?:CAS\s+and\s+CAE|CAE\s+and\s+CAS)\s+(?:academician|member)s?)"
    r"|(?:(?P<pre>CAS|CAE)\s+|Chinese\s+Academy\s+of\s+(?P<pre_long>Sciences|Engineering)\s+)?(?:academician|member|fellow)s?"
    r"(?:\s+(?:of|in|from)\s+(?:the\s+)?(?:Chinese\s+Academy\s+of\s+(?P<post_long>Sciences|Engineering)|(?P<post>CAS|CAE)))?)",
    re.IGNORECASE)
# a word of an award's name: not a word of the sentence around it ("who has won the", "a laureate of")
_NAME_WORD = (r"(?:(?!(?:how|many|much|what|which|did|does|do|who|whom|has|have|had|won|win|wins|received|holds?|held|the|an?|"
              r"with|is|was|be|been|and|or|of|for|"
              r"laureates?|recipients?|winners?|holders?|awardees?|consult|hope|need|want|seek|seeking|prefer)\b)"
              r"[A-Za-z][\w'-]*\s+)")
# the phrase that names an award; a grade may come first ("a first-class State Natural Science Award")
_AWARD = re.compile(
    r"\b(?:(?P<grade>first|second|third|special)[- ](?:class|grade|prize)\s+(?:(?:of\s+|in\s+)?(?:the\s+)?)?)?"
    r"(?P<name>(?:Changjiang|Cheung\s+Kong)\s+Scholars?(?:\s+(?:Chair\s+|Distinguished\s+)?Professor(?:ship)?)?"
    r"|(?:National\s+Science\s+Fund\s+for\s+)?Distinguished\s+Young\s+Scholars?(?:\s+Fund)?"
    r"|(?:Ho\s+Leung\s+Ho\s+Lee|He\s+Liang\s+He\s+Li)(?:\s+Foundation)?(?:\s+(?:Prize|Award)s?)?"  # (its pinyin, rt102)
    r"|(?:(?:State|National)\s+(?:Prize|Award)\s+for\s+(?:Progress\s+in\s+Science\s+and\s+Technology|"
    r"Science\s+and\s+Technology\s+Progress|Natural\s+Sciences?|Technological\s+Invention))"
    rf"|{_NAME_WORD}(?:{_NAME_WORD}|of\s+|and\s+|for\s+){{0,7}}?(?:Award|Prize|Medal)s?)"
    # … or after it ("the National Science and Technology Progress Award first prize", "…, second class")
    r"(?:,?\s+(?:\(\s*)?(?P<after>first|second|third|special)[- ](?:class|grade|prize)\b)?",
    re.IGNORECASE)
_PREFERRED = re.compile(r"\s*(?:preferred|would\s+be\s+(?:ideal|great|good|best|preferred|welcome)|is\s+a\s+must|only|"
                        r"if\s+possible|welcome|wanted|needed|required)", re.IGNORECASE)
_WISHED_LATER = re.compile(r"\bonly\b|\b(?:would\s+be\s+(?:ideal|great|good|best|perfect|preferred|welcome|a\s+plus|helpful)|"
                           r"(?:is|are)\s+(?:preferred|a\s+must|required|needed|welcome|a\s+plus)|preferred\b|,?\s*please\b)",
                           re.IGNORECASE)
_AWARD_WORD = re.compile(r"award|prize|medal|scholar|leung", re.IGNORECASE)  # what every award name above holds
_AWARD_HOLDER = re.compile(r"\b(?:won|win|wins|winning|received|receiving|hold|holds|holding|held|has|have|had|with|"
                           r"awarded|granted|recipients?\s+of|winners?\s+of|holders?\s+of|laureates?\s+of)\s+"
                           r"(?:(?:the|an?|at\s+least\s+one|one)\s+)?$", re.IGNORECASE)
_CJK_AWARD = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,30}?(?:奖|基金|学者|称号)(?:[一二三四特]等奖)?)"
                        r"(?![\u4e00-\u9fff])")  # an award written in Chinese inside an English sentence
_AWARD_AFTER = re.compile(r"\s*(?:winners?|laureates?|recipients?|holders?|awardees?)\b", re.IGNORECASE)
# prizes the records never hold that biographies write in Chinese (the Nobel Prize: 诺贝尔物理学奖; the Humboldt Research
# Award: 德国洪堡研究奖): "Did he win the Turing Award?" is looked up in the biography by these words
FOREIGN_PRIZES = {"nobel": "诺贝尔奖", "turing": "图灵奖", "wolf": "沃尔夫奖", "fields": "菲尔兹奖", "abel": "阿贝尔奖",
                  "lasker": "拉斯克奖", "crafoord": "克拉福德奖", "kyoto": "京都奖", "shaw": "邵逸夫奖",
                  "world food": "世界粮食奖", "humboldt": "洪堡研究奖", "sackler": "赛克勒奖", "fresnel": "菲涅尔奖",
                  "edward teller": "泰勒奖", "king faisal": "费萨尔国王国际奖", "breakthrough prize": "突破奖",
                  "aminoff": "阿明诺夫奖", "wiley": "威利奖", "qiu shi": "求是奖", "qiushi": "求是奖", "chen jiageng": "陈嘉庚奖",
                  "tan kah kee": "陈嘉庚奖", "l'oreal": "欧莱雅", "l’oreal": "欧莱雅", "l'oréal": "欧莱雅", "loreal": "欧莱雅",
                  "einstein": "爱因斯坦", "dirac": "狄拉克", "matthias": "马蒂亚斯奖", "bernd matthias": "马蒂亚斯奖"}  # (the 欧莱雅 award, rt114: "could not be matched")
# (the last three are Chinese honours by their pinyin: 求是杰出科学家奖, 陈嘉庚科学家奖 — found as the biography writes them)
_FOREIGN_PRIZE = re.compile(r"\b(" + "|".join(k.replace(" ", r"\s+") for k in FOREIGN_PRIZES) + r")\b", re.IGNORECASE)
# English award names the word table does not spell in the graph's order
_AWARD_NAMES = (
    (re.compile(r"changjiang|cheung\s+kong", re.IGNORECASE), "长江学者"),
    (re.compile(r"distinguished\s+young", re.IGNORECASE), "国家杰出青年科学基金"),
    (re.compile(r"ho\s+leung|he\s+liang\s+he\s+li", re.IGNORECASE), "何梁何利基金"),
    (re.compile(r"guanghua", re.IGNORECASE), "光华工程科技奖"),
    (re.compile(r"\b(?:pre-?eminent|supreme)\b|(?:highest|top)\s+(?:science|scientific|state|national)",
                re.IGNORECASE), "国家最高科学技术奖"),  # "the State Preeminent award", "the Supreme S&T Award"
    (re.compile(r"youth\s+science\s+and\s+technology", re.IGNORECASE), "中国青年科技奖"),
    (re.compile(r"progress\s+in\s+science\s+and\s+technology|science\s+and\s+technology\s+progress|"
                r"scientific\s+and\s+technological\s+progress", re.IGNORECASE), "国家科学技术进步奖"),
    (re.compile(r"natural\s+sciences?", re.IGNORECASE), "国家自然科学奖"),
    (re.compile(r"technolog(?:ical|y)\s+invention", re.IGNORECASE), "国家技术发明奖"),
)
_GRADES = {"first": "一等奖", "second": "二等奖", "third": "三等奖", "special": "特等奖"}
# an institution as English names it: capitalised words ending in University/Institute/… or "University of …"
_ORG = re.compile(
    r"\b((?:[A-Z][\w'&.-]*\s+(?:of\s+|and\s+|for\s+)?){1,7}(?:University|Institute|Academy|College|Hospital|Polytechnic)"
    r"(?:\s+of(?:\s+(?:[A-Z][\w'&-]*|and|of))+)?"
    r"|(?:University|Institute|Academy)\s+of(?:\s+(?:[A-Z][\w'&-]*|and|of))+"
    r"|Tsinghua|Fudan|Peking\s+U\.?|Beihang)\b")
_ORG_LEAD = re.compile(r"^(?:(?:Only|Just|Now|Then|Also|Please)\s+)?(?:The|A|An|Our|At|From|In|Preferably|Ideally|Either|Or|And|Both)?\s*")
_ACADEMY_NAME = re.compile(r"^(?:the\s+)?Chinese\s+Academy\s+of\s+(?:Sciences|Engineering)$", re.IGNORECASE)
# a place in English, or as Chinese writes it inside an English sentence ("only from universities in 湖南 or 广东": rt77,
# it was ignored and experts in Beijing were said to meet what was asked)
_ZH_PLACES = "|".join(sorted(set(PLACES_EN.values()), key=len, reverse=True))
_PLACE = re.compile(rf"\b(?P<place>{PLACE_NAMES_EN})(?:\s+(?:province|city|municipality|area|region))?\b|"
                    rf"(?<![\u4e00-\u9fff])(?P<zh>{_ZH_PLACES})(?:省|市|地区)?(?![\u4e00-\u9fff])", re.IGNORECASE)
# an institution as Chinese writes it inside an English sentence ("not at 清华大学", "preferably from 中国科学院")
_ZH_ORG = re.compile(rf"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{{2,20}}(?:{ORG_ENDINGS}|科学院))(?![\u4e00-\u9fff])")
_PLACE_CUE = re.compile(r"\b(?:in|from|based\s+in|located\s+in|working\s+in|works\s+in|living\s+in|near|around|within|"
                        r"(?:in|from)\s+the)\s+$", re.IGNORECASE)
_PLACE_BEFORE_EXPERT = re.compile(r"(?:[- ]based|[- ]area|[- ]local)?\s+(?:(?!(?:and|or|our|we|the|their)\b)\w+\s+){0,2}?"
                                  + _EXPERT + r"\b", re.IGNORECASE)
_ALSO = re.compile(r"\s*(?:,|/|\bor\b|\band\b|,\s*or\b|,\s*and\b)\s*$", re.IGNORECASE)  # Shaanxi or Sichuan

# a number that is an age, not a quantity (below 12,500 kWh, under 10 mg/L, over 30%)
_NOT_A_QUANTITY = (r"(?![.,]\d)(?!\s*(?:%|°|mg|g\b|kg|t\b|kt|mm|cm|m\b|μm|um|nm|km|l\b|ml|kwh|kw|mw|w\b|v\b|kv|mpa|gpa|"
                   r"pa\b|ppm|ppb|yuan|rmb|usd|dollars?|hours?|h\b|days?|weeks?|months?|minutes?|min\b|seconds?|s\b|cycles?|"
                   r"rpm|db|hz|khz|mhz|c\b|k\b|percent|tonnes?|tons?|units?|pcs|pieces|samples?|mesh|bar\b|times|x\b))")
_UNRECORDED = (
    ("性别", re.compile(r"\b(?:female|woman|women|male|lady|ladies)\b(?!\s+(?:workers?|staff|employees?|operators?|"
                      r"patients?|customers?|users?|animals?|pigs?|cows?|mice|rats|plants?|flowers?))|\bgender\b",
                      re.IGNORECASE)),
    ("年龄", re.compile(r"\b(?:under|below|younger\s+than|over|above|older\s+than|aged|age[ds]?\s+(?:under|below|between))\s+"
                      rf"(?:the\s+age\s+of\s+)?\d{{2}}\b{_NOT_A_QUANTITY}|\b\d{2}\s*(?:years?\s+old\s+)?or\s+(?:younger|under|below)\b|"
                      r"\b(?:young(?:er)?|early[- ]career|mid[- ]career|junior|age)\b|\bmore\s+senior\b|"
                      r"\bolder\s+(?:experts?|academicians?|ones?|people|researchers?|scientists?|professors?)\b",
                      re.IGNORECASE)),
    ("外语能力", re.compile(r"\b(?:speaks?|speaking|fluent\s+in|proficient\s+in|command\s+of|knows?|good)\s+"
                        r"(?:(?:good|fluent|some|basic)\s+)?(?:English|Japanese|German|Russian|French|Korean|Spanish|"
                        r"Italian|Portuguese|Arabic)\b|\b(?:English|Japanese|German|Russian|French|Korean|Spanish)"
                        r"[- ]speaking\b", re.IGNORECASE)),
    ("能否到现场", re.compile(r"\b(?:can|could|able\s+to|willing\s+to|available\s+to|ready\s+to|must|should|has\s+to|"
                         r"have\s+to|need\s+to|needs\s+to|would)\s+(?:\w+\s+){0,2}?(?:come|visit|travel|be\s+on[- ]site|"
                         r"work\s+on[- ]site|stay|be\s+present)\b|\bon[- ]site\s+(?:visits?|support|guidance|work)\b",
                         re.IGNORECASE)),
    ("费用", re.compile(r"\b(?:consult(?:ing|ancy|ation)?|advisory|expert'?s?|their|his|her)\s+(?:fees?|rates?|charges?|"
                      r"costs?)\b|\b(?:affordable|reasonable|low|modest|moderate|cheap)\s+(?:fees?|rates?|price|cost)\b|"
                      r"\bnot\s+too\s+expensive\b|\bbudget\s+for\s+(?:the\s+)?(?:expert|consult\w*|advice)\b|"
                      r"\b(?:fees?|rates?|costs?)\s+(?:should|must|need\s+to|may)\s+(?:not\s+)?(?:be|exceed|stay|remain)\b", re.IGNORECASE)),
    ("海外经历", re.compile(r"\b(?:studied|worked|trained|educated)\s+(?:abroad|overseas)\b|\b(?:overseas|international|"
                        r"foreign)\s+(?:experience|background|training|education|study)\b|\breturnees?\b", re.IGNORECASE)),
    ("工作经历", re.compile(r"\b(?:industry|industrial|field|plant|factory|hands-on|practical|shop[- ]floor|on-site)\s+"
                        r"experience\b|\b(?:has|have|having)\s+worked\s+(?:in|at|for)\b|\bbackground\s+in\s+(?:the\s+)?"
                        r"[a-z]+\s+(?:industry|sector)\b", re.IGNORECASE)),
)


def english_requirements(query: str) -> list[tuple[int, int, Requirement]]:
    """Each requirement an English problem states of the expert, with the span of the words that state it."""
    if not re.search(r"[A-Za-z]{3}", query):
        return []
    found: list[tuple[int, int, Requirement]] = []
    heading = _HEADING.search(query)  # "Requirements for the expert:" and a list after it: each item is asked
    for sentence in _SENTENCE.finditer(query):
        listed = heading is not None and sentence.start() >= heading.end() and _ITEM.match(query, sentence.start())
        found.extend(_in_sentence(query, sentence.start(), sentence.end(), listed=bool(listed)))
    return sorted(found, key=lambda f: f[0])


def _in_sentence(query: str, lo: int, hi: int, listed: bool = False) -> list[tuple[int, int, Requirement]]:
    """The requirements of the sentence at lo..hi; `listed`: an item of a list of requirements (no cue needed)."""
    found: list[tuple[int, int, Requirement]] = []

    def asked(start: int, end: int, expert_after: bool = True) -> bool:
        """Whether the words at start..end are asked of the expert sought (module docstring)."""
        if _NOT.search(query, lo, start):
            return False
        wishes = [lo] * listed + [w.end() for w in _WISH_RE.finditer(query, lo, start)]
        if wishes and not _SOMEONE_ELSE.search(query, wishes[-1], start):
            return True  # "we need a welding expert based in Shanghai"
        if _SOMEONE_ELSE.search(query, lo, start):
            return False
        # "a Shanghai-based expert …", "a professor from Tsinghua University would be ideal": the expert sought right
        # after, or a wish later in the sentence, and nobody else before in it
        return bool(expert_after and _PLACE_BEFORE_EXPERT.match(query, end, hi) or _WISHED_LATER.search(query, end, hi))

    for m in _ACADEMY.finditer(query, lo, hi):
        if m.group("both"):
            text = "两院院士"
        else:
            text = _seat(m)
            if text is None:
                continue  # a member or fellow of anything else is no academy seat
        wishes = [w.end() for w in _WISH_RE.finditer(query, lo, m.start())]
        wished = bool(wishes) and not _SOMEONE_ELSE.search(query, wishes[-1], m.start())
        if not _NOT.search(query, lo, m.start()) and (wished or _PREFERRED.match(query, m.end(), hi)):
            found.append((m.start(), m.end(), Requirement(kind="academy", text=text)))
    for m in _AWARD.finditer(query, lo, hi) if _AWARD_WORD.search(query, lo, hi) else ():  # the scan costs ~0.2 ms
        name = _award_text(m.group("name"), m.group("grade") or m.group("after"))
        holder = _AWARD_HOLDER.search(query, lo, m.start())
        after = _AWARD_AFTER.match(query, m.end(), hi)
        titled = re.search(r"scholar", m.group("name"), re.IGNORECASE)  # one is a Changjiang Scholar, as a title
        if name and (holder or after or titled) and asked(holder.start() if holder else m.start(), m.end(), expert_after=False):
            found.append((holder.start() if holder else m.start(), after.end() if after else m.end(),
                          Requirement(kind="award", text=name)))
    for m in _CJK_AWARD.finditer(query, lo, hi):  # "someone who won the 国家技术发明奖": the graph's own name in English
        holder = _AWARD_HOLDER.search(query, lo, m.start())  # words (it was no wish, and the problem was dropped)
        if holder and asked(holder.start(), m.end(), expert_after=False):
            found.append((holder.start(), m.end(), Requirement(kind="award", text=m.group(1))))
    for m in [*_ORG.finditer(query, lo, hi), *_ZH_ORG.finditer(query, lo, hi)]:
        lead = _ORG_LEAD.match(m.group(1))
        start = m.start(1) + (lead.end() if lead else 0)
        name = query[start:m.end(1)]
        if _ACADEMY_NAME.match(name) or any(s <= start < e for s, e, _ in found):
            continue  # the academy of a seat ("an academician of the Chinese Academy of Engineering")
        if asked(start, m.end(1)):
            found.append((start, m.end(1), Requirement(kind="institution", text=name)))
    for m in _PLACE.finditer(query, lo, hi):
        if any(s <= m.start() < e for s, e, r in found if r.kind == "institution"):
            continue  # Zhejiang University, Shanghai Jiao Tong University
        places = [(s, e) for s, e, r in found if r.kind == "place" and e <= m.start()]
        if places and _ALSO.match(query[places[-1][1]:m.start()]):  # the second of "in Shaanxi or Sichuan"
            found.append((places[-1][1], m.end(), Requirement(kind="place", text=_place(m))))
            continue
        cue = _PLACE_CUE.search(query, lo, m.start())
        after = _PLACE_BEFORE_EXPERT.match(query, m.end(), hi)
        if (cue or after) and asked(cue.start() if cue else m.start(), m.end()):
            found.append((cue.start() if cue else m.start(), m.end(),
                          Requirement(kind="place", text=_place(m))))
    for m in _SECTOR_EN.finditer(query, lo, hi):  # "Only from universities", "experts from industry"
        said = query[lo:m.start()]
        if (_SECTOR_WISH.search(said) or said.rstrip().endswith(",") and asked(m.start(), m.end(), expert_after=False)) \
                and not _NOT_SECTOR.search(said):  # (an item of a list of wishes: "Only experts born …, at a university,")
            found.append((m.start(), m.end(), Requirement(kind="sector", text=_SECTOR_KIND[m.group(1).lower()[:4]])))
    for m in _SECTOR_SAID.finditer(query, lo, hi):  # "university experts", "universities only"
        if (m.group("only") or m.group("kind_only") or asked(m.start(), m.end(), expert_after=False)) and \
                not any(s <= m.start() < e for s, e, r in found if r.kind in ("sector", "institution")):
            found.append((m.start(), m.end(), Requirement(kind="sector", text=_SECTOR_KIND[m.group("kind").lower()[:4]])))
    for m in _BARE_SEAT.finditer(query, lo, hi):  # "CAE only", "only CAS", "…, at a university, CAE, …" (rt77: read as
        # nothing, and a CAS member shown for CAE)
        if any(s <= m.start() < e for s, e, r in found) or _NOT.search(query, lo, m.start()) or \
                m.group("item") and (not asked(m.start(), m.end(), expert_after=False) or
                                     any(not query[e:m.start()].strip(" ,") for _, e, r in found if r.kind == "institution")):
            continue  # (not the academy an institute's name ends with: "the Dalian Institute of Chemical Physics, CAS")
        said = (m.group("pre") or m.group("post") or m.group("item")).upper()
        found.append((m.start(), m.end(), Requirement(kind="academy",
                                                      text="中国科学院院士" if said == "CAS" else "中国工程院院士")))
    for m in _ELECTED_BETWEEN.finditer(query, lo, hi):  # "elected between 2010 and 2015", "elected in the 1990s"
        if _NOT_ELECTED.search(query, lo, m.start()):
            continue  # "not elected in the 1990s": no span the records' years are checked in (it was read as the
            # 1990s, and its electees were said to meet it)
        low, high = (m.group(1), m.group(2)) if m.group(1) else \
            (m.group(4), m.group(5)) if m.group(4) else (m.group(3) + "0", m.group(3) + "9")  # "elected 2001-2005"
        found.append((m.start(), m.end(), Requirement(kind="elected", text=f"{low}年至{high}年")))
    for m in _ELECTED_LATELY_EN.finditer(query, lo, hi):  # "elected in the last ten years", "elected last year"
        this_year = datetime.date.today().year
        n = m.group("n")
        years = int(n) if n and n.isdigit() else _NUMBER_WORDS.get((n or "").lower())
        text = f"{this_year - years}年以后" if years else f"{this_year - (1 if m.group('last') else 0)}年"
        found.append((m.start(), m.end(), Requirement(kind="elected", text=text)))
    for m in _ELECTED_SPAN.finditer(query, lo, hi):  # "elected before 2000", "elected after 2010"
        before = m.group(1).lower().startswith(("before", "prior"))
        year = int(m.group(2)) + (m.group(1).lower() == "after")  # "after 2015": 2016 on ("since 2015": 2015 on)
        if _NOT_ELECTED.search(query, lo, m.start()):  # "not elected before 2010": 2010 on; "not … after 2010": to 2010
            before = not before
        found.append((m.start(), m.end(), Requirement(kind="elected", text=f"{year}年{'以前' if before else '以后'}")))
    for what, pattern in _UNRECORDED:
        for m in pattern.finditer(query, lo, hi):
            if any(s <= m.start() < e for s, e, r in found if r.kind == "award"):
                continue  # the Young of "Distinguished Young Scholars" asks no age
            if asked(m.start(), m.end()) or (what == "费用" and not _NOT.search(query, lo, m.start())):
                found.append((m.start(), m.end(), Requirement(kind="unrecorded", text=what)))
    return found


# a kind of institution asked for in English, and the graph's kind (Requirement kind "sector")
_SECTOR_EN = re.compile(r"\b(?:from|at|in)\s+(?:a\s+|the\s+)?(universit(?:y|ies)|academia|"
                        r"compan(?:y|ies)|enterprises?|industry|firms?|research\s+institutes?|institutes?)\b", re.IGNORECASE)
# what comes before the kind when the expert is asked to be of it ("Only from…", "preferably from…", "experts from…"),
# and a kind excluded ("not from universities")
_SECTOR_WISH = re.compile(r"(?:\b(?:only|preferably|ideally|rather|just|must\s+be)\b[^.;!?]{0,24}|"
                          r"\b(?:experts?|someone|somebody|people|specialists?|academicians?|ones?|candidates?)\s+)$",
                          re.IGNORECASE)
# a kind of institution said before the expert or with "only" after it ("Only university experts", "universities only")
_SECTOR_SAID = re.compile(r"\b(?P<kind>universit(?:y|ies)|academic|academia|industry|compan(?:y|ies)|enterprises?|"
                          r"research\s+institutes?)(?:\s+(?:experts?|academicians?|people|specialists?|researchers?|"
                          r"scientists?|professors?|ones?)\b(?P<only>\s+only\b)?|(?P<kind_only>\s+only\b))", re.IGNORECASE)
# an academy's short name alone, asked: "CAE only", "only CAS", an item of a list of wishes ("…, CAE, …")
_BARE_SEAT = re.compile(r"\b(?i:only|just|must\s+be)\s+(?:the\s+)?(?P<pre>CAS|CAE)\b(?!\s+(?:academicians?|members?|fellows?)\b)"
                        r"|\b(?P<post>CAS|CAE)\s+only\b|(?<=,)\s*(?P<item>CAS|CAE)\s*(?=[,.;]|$)")
_NOT_SECTOR = re.compile(r"\b(?:not|no|except|excluding)\s+$", re.IGNORECASE)
_SECTOR_KIND = {"univ": "高校", "acad": "高校", "comp": "企业", "ente": "企业", "indu": "企业", "firm": "企业",
                "rese": "科研院所", "inst": "科研院所"}
_ELECTED_BETWEEN = re.compile(r"\belected\s+(?:(?:as\s+)?(?:an?\s+)?academicians?\s+)?(?:between\s+((?:19|20)\d\d)\s+and\s+"
                              r"((?:19|20)\d\d)|in\s+the\s+((?:19|20)\d)0s|(?:in\s+|from\s+)?((?:19|20)\d\d)\s*(?:[-–—~]|to)\s*"
                              r"((?:19|20)\d\d))\b", re.IGNORECASE)
# "not elected …", "who were not elected …", "NOT elected …": the span asked is the other side of the year
_NOT_ELECTED = re.compile(r"\b(?:not|never)\s+(?:been\s+)?$|n't\s+(?:been\s+)?$", re.IGNORECASE)
# an election dated from today, in English (rt59: "elected in the last ten years" was ignored)
_ELECTED_LATELY_EN = re.compile(r"\belected\s+(?:(?:in|within|during|over)\s+)?(?:the\s+)?(?:(?:last|past|recent)\s+"
                                r"(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twenty)\s+years"
                                r"|(?P<last>last\s+year)|(?P<this>this\s+year))\b", re.IGNORECASE)
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                 "twenty": 20}
_ELECTED_SPAN = re.compile(r"\belected\s+(before|after|since|prior\s+to)\s+((?:19|20)\d\d)\b", re.IGNORECASE)


_QUESTION_WORD = re.compile(r"^(?:what|which|whose|who|where|when|how|why|did|does|do|has|have|had|is|was|were|are|any|some)$",
                            re.IGNORECASE)
_ELECTED_TO = re.compile(r"\belected\s+(?:as\s+an?\s+\w+\s+)?(?:to|into|in)\s+(?:the\s+)?(?:Chinese\s+Academy\s+of\s+"
                         r"(?P<long>Sciences|Engineering)|(?P<short>CAS|CAE))\b", re.IGNORECASE)


_OTHER_ACADEMY = re.compile(r"\b(?:members?|fellows?|academicians?)\s+of\s+(?:the\s+)?((?:[A-Z][\w.&'-]*\s+)*Academy"
                            r"(?:\s+of(?:\s+[A-Z][\w&'-]*|\s+and)+)?)")


# the foreign academies biographies name most, as their seats are written there (2005年当选为法国科学院外籍院士, 英国皇家
# 学会外籍会员, 日本科学院荣誉院士): "a foreign member of the French Academy of Sciences" then finds that sentence (it said
# only that no award recorded is it, rt66, rt67); the seat without 外籍, which not every biography writes
_US = r"(?:(?:the\s+)?(?:US|U\.S\.|United\s+States|American)\s+)?"
FOREIGN_ACADEMIES = tuple((re.compile(p, re.IGNORECASE), zh) for p, zh in (
    (r"French\s+Academy\s+of\s+Sciences?|Acad[ée]mie\s+des\s+sciences", "法国科学院院士"),
    (r"French\s+(?:National\s+)?Academy\s+of\s+Medicine", "法国医学科学院院士"),
    (_US + r"National\s+Academy\s+of\s+Sciences?", "美国科学院院士"),
    (_US + r"National\s+Academy\s+of\s+Engineering", "美国工程院院士"),
    (_US + r"(?:National\s+Academy\s+of\s+Medicine|Institute\s+of\s+Medicine)", "美国医学科学院院士"),
    (r"American\s+Academy\s+of\s+Arts\s+and\s+Sciences", "美国人文与科学院院士"),
    (r"(?:Third\s+World|TWAS|World)\s+Academy\s+of\s+Sciences?|Academy\s+of\s+Sciences\s+for\s+the\s+Developing\s+World|"
     r"\bTWAS\b", "第三世界科学院院士"),
    (r"Russian\s+Academy\s+of\s+Sciences?", "俄罗斯科学院院士"),
    (r"Russian\s+Academy\s+of\s+Cosmonautics", "俄罗斯宇航科学院院士"),
    (r"International\s+Academy\s+of\s+Astronautics", "国际宇航科学院院士"),
    (r"Royal\s+Swedish\s+Academy\s+of\s+Engineering(?:\s+Sciences)?", "瑞典皇家工程科学院院士"),
    (r"Royal\s+Academy\s+of\s+Engineering", "英国皇家工程院院士"),
    (r"Royal\s+Society(?!\s+of)", "英国皇家学会会员"),
    (r"(?:German\s+(?:National\s+)?Academy\s+of\s+Sciences?|Leopoldina)", "德国科学院院士"),
    (r"Japan\s+Academy|Japanese\s+Academy\s+of\s+Sciences?", "日本科学院院士"),
    (r"European\s+Academy\s+of\s+Sciences?", "欧洲科学院院士"),
    (r"Academia\s+Europaea", "欧洲科学院院士"),
    (r"(?:Indian|Indian\s+National)\s+(?:Science\s+)?Academy(?:\s+of\s+Sciences?)?", "印度科学院院士")))
# a foreign seat asked without naming the academy ("a foreign academician of any country"): any, as written 外籍院士
_ANY_FOREIGN_SEAT = re.compile(r"\bforeign\s+(?:academician|member|fellow|associate)s?\b", re.IGNORECASE)


def _foreign_seat(academy: str) -> str:
    """A foreign academy's seat as biographies write it (法国科学院院士), or its English name when none is known."""
    academy = re.sub(r"\s+and$", "", academy.strip())  # ("the Royal Academy of Engineering and the US …")
    return next((zh for pattern, zh in FOREIGN_ACADEMIES if pattern.fullmatch(academy)), academy)


_SEATS = {"cas": "中国科学院院士", "sciences": "中国科学院院士", "cae": "中国工程院院士", "engineering": "中国工程院院士"}


def _seat(m: re.Match) -> str | None:
    """The academy seat an `_ACADEMY` match names (院士 when it says no academy), None for a member or fellow of
    something else."""
    which = (m.group("pre") or m.group("pre_long") or m.group("post") or m.group("post_long") or "").lower()
    if not which and m.group().lower().startswith(("member", "fellow")):
        return None
    return _SEATS.get(which, "院士")


def _award_named(words: list[str], grade: str | None) -> str | None:
    """The award a run of words ending in Award/Prize/Medal names: its longest tail the tables know (…the state natural
    science award -> 国家自然科学奖; four characters at least), else from its first capitalised word on, in English (the
    Order of Merit); None for a
    run that names no particular award ("What awards", "any national prize")."""
    for n in range(len(words) - 1):
        name = _award_text(" ".join(words[n:]), grade)
        if len(re.findall(r"[\u4e00-\u9fff]", name)) >= 4:  # not 国家奖 for "any national prize"
            return name
    start = next((n for n, w in enumerate(words[:-1]) if w[0].isupper() and not _QUESTION_WORD.match(w)), None)
    if start is None or any(not w[0].isupper() and w.lower() not in ("of", "and", "for", "in", "the")
                            for w in words[start:-1]):
        return None  # a name is capitalised throughout: "Where does he work and what awards" names none
    return _award_text(" ".join(words[start:]), grade)


def named_awards(text: str) -> list[str]:
    """Every academy seat and award an English text names, in the graph's words (is he a CAE academician? -> 中国工程院院士;
    a foreign prize as biographies write it: the Nobel Prize -> 诺贝尔奖), whoever it is asked of: a follow-up's question
    about one expert."""
    text = re.sub(r"\bS\s*&\s*T\b", "Science and Technology", text)  # "the State Preeminent S&T Award" (read as
    # "T Award", and the award denied, rt66)
    found = []
    found += [seat for m in _ACADEMY.finditer(text) if (seat := "两院院士" if m.group("both") else _seat(m))]
    # a membership of another academy ("a member of the US National Academy of Engineering"): kept in English
    found += [_foreign_seat(re.sub(r"\s+", " ", m.group(1))) for m in _OTHER_ACADEMY.finditer(text)
              if not re.match(r"Chinese\s+Academy", m.group(1), re.IGNORECASE)]
    found += [zh for pattern, zh in FOREIGN_ACADEMIES if pattern.search(text)]  # (the Royal Society, the Japan Academy:
    # no "Academy of …" the pattern above reads)
    found = list(dict.fromkeys(f for f in found if not any(pattern.fullmatch(f) for pattern, _ in FOREIGN_ACADEMIES)))
    if _ANY_FOREIGN_SEAT.search(text) and not any(re.search(r"[\u4e00-\u9fff]院士|会员", f) and not f.startswith("中国")
                                                  for f in found):
        found = [f for f in found if f != "院士"] + ["外籍院士"]  # "a foreign academician of any country": any
        # foreign seat, not his Chinese one (it said Yes of his CAE seat, rt67)
    found += [_SEATS[(m.group("long") or m.group("short")).lower()] for m in _ELECTED_TO.finditer(text)]
    for pattern, chinese in NAMED_HONOURS:  # the Two Bombs and One Satellite medal: in the graph's words, and not read
        if pattern.search(text):  # again as an award of unknown words
            found.append(chinese)
            text = pattern.sub(" ", text)
    for m in _AWARD.finditer(text) if _AWARD_WORD.search(text) else ():
        name = _award_named(m.group("name").split(), m.group("grade") or m.group("after"))
        if name:
            found.append(name)
    # "a Nobel laureate", "a Turing winner": the prize named by its holder
    found += [FOREIGN_PRIZES[m.group(1).lower()] for m in _LAUREATE.finditer(text)]
    return list(dict.fromkeys(found))


_LAUREATE = re.compile(r"\b(Nobel|Wolf|Kyoto|Turing|Lasker|Fields)\s+(?:laureates?|winners?|medall?ists?|prize-?winners?)\b",
                       re.IGNORECASE)


def _place(m: re.Match) -> str:
    """The graph's word of a matched place (Shaanxi -> 陕西, Xi'an -> 西安)."""
    return m.group("zh") or PLACES_EN[re.sub(r"\s+", " ", m.group("place").lower())]


def _award_text(english: str, grade: str | None) -> str:
    """The graph's name of an English award name, with the grade asked ("first-class" -> 一等奖); an award whose words
    neither table knows keeps its English name (the Order of Merit), which no record meets."""
    if (prize := _FOREIGN_PRIZE.search(english)) is not None:  # the Turing Award: 图灵奖, as the biographies write it
        return FOREIGN_PRIZES[re.sub(r"\s+", " ", prize.group(1).lower())]
    name = next((zh for pattern, zh in _AWARD_NAMES if pattern.search(english)), None) or award_name(english)
    if name is None:
        return re.sub(r"\s+", " ", english).strip()
    return name + _GRADES[grade.lower()] if grade else name
