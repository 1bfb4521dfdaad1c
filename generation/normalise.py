"""One spelling for what the guard reads: simplified script and four-digit Arabic years, so 二〇一三年, ’92年 and
traditional 吉林大學 are compared with the graph's facts as 2013年, 1992年 and 吉林大学."""

from __future__ import annotations

import html
import re
import unicodedata

from generation.english import rewrite
from retrieval.models import ExpertMatch
from retrieval.script import arabic_years, has_traditional, simplified

_SHORT_YEAR = re.compile(r"[’'‘`]\s*(\d\d)(?=\s*年)")  # ’92年, '08年
_THIS_CENTURY_UP_TO = 40  # '08 is 2008, '92 is 1992
# Disguises that change no word: invisible characters (zero-width spaces and joiners, soft hyphens, word joiners) and
# spaces between two Chinese characters ("朱 蓓 薇"), which Chinese text never needs.
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
# Look-alikes: Kangxi radicals and CJK compatibility ideographs (⼤ U+2F24 for 大), Roman-numeral grades (Ⅰ等奖)
_LOOKALIKE = {c: unicodedata.normalize("NFKC", chr(c)) for r in ((0x2F00, 0x2FD6), (0x2E80, 0x2EF4), (0xF900, 0xFADA))
              for c in range(*r) if unicodedata.normalize("NFKC", chr(c)) != chr(c)}
_ROMAN_GRADE = re.compile(r"([ⅠⅡⅢⅣIV]{1,3})(?=\s*等奖?)")
_ROMAN = {"Ⅰ": "一", "I": "一", "Ⅱ": "二", "II": "二", "Ⅲ": "三", "III": "三", "Ⅳ": "四", "IV": "四"}
# a two-digit year right before what happened in it (98年获得…, 09年当选…): the answer states that year
_BARE_SHORT_YEAR = re.compile(r"(?<![\d’'‘`.\-/早晚差隔距])(\d\d)(?=\s*年\s*(?:获|当选|入选|荣获|获得|被评|被授予|增选))")
# an award's grade said apart from its name (国家科学技术进步奖，等级为一等 / （等级：一等） / ，而且是一等): read as one name
_GRADE_APART = re.compile(r"奖\s*(?:[，,；;]\s*(?:获奖|奖项)?(?:等级|级别)\s*(?:为|是|：|:)\s*|[（(]\s*(?:获奖|奖项)?(?:等级|级别)\s*"
                          r"(?:为|是|：|:)\s*|[，,]\s*(?:而且|并且|且|还)是\s*)([特一二三])\s*等(?:奖)?\s*[）)]?")
# an award's year said apart (…二等奖，时间是2018年 / 获奖年份为2018年): next to the name, as the graph is read
_YEAR_APART = re.compile(r"奖\s*[，,；;]\s*(?:获奖)?(?:时间|年份|年度)\s*(?:是|为|：|:|在)\s*((?:19|20)\d\d)\s*年(?:度)?")
_MONTH = re.compile(r"((?:19|20)\d\d)\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?")  # 2018年12月: the graph has years
# award names as people shorten them: 国科进步 / 国家发明奖 / 国自然 (国家科学技术进步奖, 国家技术发明奖, 国家自然科学奖)
_AWARD_SHORT = ((re.compile(r"国(?:家)?科(?:技)?进步"), "国家科学技术进步"), (re.compile(r"国家发明(?=奖|[一二三特]等)"), "国家技术发明"),
                (re.compile(r"国自然(?=奖|[一二三特]等)"), "国家自然科学"))
_SAME_YEAR = re.compile(r"((?:19|20)\d\d)\s*年([^。！？!?\n]{1,40}?)同年")
# 中国工程院（CAE）院士, CAE（中国工程院）院士, CAS院士: the academy's English acronym beside or for its Chinese name
_ACADEMY_ACRONYM = re.compile(r"(中国(?:科学|工程)院)\s*[（(]\s*(?:CAS|CAE)\s*[)）]|(CAS|CAE)\s*(?:[（(]\s*(中国(?:科学|工程)院)"
                              r"\s*[)）])?(?=\s*(?:外籍)?院士)")
_ACADEMY_OF = {"CAS": "中国科学院", "CAE": "中国工程院"}
# "两位院士同在1995年当选": each was elected an academician that year (均 makes it every one's claim)
_SAME_YEAR_ELECTED = re.compile(r"(?:同|均|都)(?:是)?(?:在|于)?((?:19|20)\d\d)\s*年当选(?![^，。；;,]{0,12}院士)")
# a seat with its election year in the next clause (中国科学院院士，2013年当选): one claim, as 2013年当选中国科学院院士
_SEAT_THEN_YEAR = re.compile(r"(中国(?:科学|工程)院院士)\s*[，,]\s*((?:19|20)\d\d)\s*年?\s*当选(?!\s*(?:为|中国|院士))")
# an election year as a label's value or a key-value table row (当选年份：2013年, | 当选 | 2013年 |): as said in prose
_ELECTED_LABEL = re.compile(r"(?:院士)?当选(?:院士)?(?:年份|年度|时间|年)?\s*(?:\*\*)?\s*[：:|｜]\s*((?:19|20)\d\d)\s*年?")
# a count of one award apart from it (国家科技进步一等奖：2项, （2项）, （共5项）, ×2): joined to its name, as 一等奖2项
_COUNT_APART = re.compile(r"(奖|等奖)\s*(?:[：:]\s*(\d+|[一二两三四五六七八九十]+)\s*(?:项|次)|[（(]\s*(?:共|计)?\s*"
                          r"(\d+|[一二两三四五六七八九十]+)\s*(?:项|次)\s*[）)]|[×xX✕]\s*(\d+))")
# 中国科学院学部委员: what a CAS academician was called before 1994
_MEMBER_OF_DIVISION = re.compile(r"(中国科学院|科学院)?学部委员(?:\s*[（(]院士[)）])?")
_WIDE_LATIN = {c: c - 0xFEE0 for c in (*range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))}  # Ｃ -> C
_CJK_SPACE = re.compile(r"(?<=[\u3400-\u9fff])[ \t\u3000\u00a0]+(?=[\u3400-\u9fff])")


def _short_year(m: re.Match) -> str:
    yy = int(m.group(1))
    return str(2000 + yy if yy <= _THIS_CENTURY_UP_TO else 1900 + yy)


def simplified_expert(expert: ExpertMatch) -> ExpertMatch:
    """The expert's facts in simplified script, so that both sides of a comparison are read alike: a name the graph
    writes with a variant character (张乾二, 任詠华) is the name an answer converted the same way writes."""
    strings = [expert.name, expert.institution or "", expert.title or "", *expert.fields, *expert.directions,
               *expert.reasons, *(a.name for a in expert.awards), *(c.title or "" for c in expert.citations)]
    if not any(has_traditional(s) for s in strings):
        return expert
    return expert.model_copy(update={
        "name": simplified(expert.name), "institution": expert.institution and simplified(expert.institution),
        "title": expert.title and simplified(expert.title), "fields": [simplified(f) for f in expert.fields],
        "directions": [simplified(d) for d in expert.directions], "reasons": [simplified(r) for r in expert.reasons],
        "awards": [a.model_copy(update={"name": simplified(a.name)}) for a in expert.awards],
        "citations": [c.model_copy(update={"title": c.title and simplified(c.title)}) for c in expert.citations]})


def normalise(text: str) -> str:
    """`text` in simplified script without invisible characters, HTML character references or spaces inside Chinese
    words, Chinese-numeral, apostrophe and two-digit years (98年获得) as four Arabic digits, an award's grade said apart
    joined to its name, and English academy memberships and awards in the graph's words."""
    if "&" in text and ";" in text:  # &#21103;&#26657;&#38271; shows as 副校长 wherever markdown or HTML is rendered
        text = html.unescape(text)
    text = _CJK_SPACE.sub("", _INVISIBLE.sub("", simplified(text.translate(_LOOKALIKE))))
    if "ＣＡ" in text:
        text = text.translate(_WIDE_LATIN)
    if "CA" in text:
        text = _ACADEMY_ACRONYM.sub(lambda m: m.group(1) or m.group(3) or _ACADEMY_OF[m.group(2)], text)
    if "当选" in text:
        text = _ELECTED_LABEL.sub(r"\1年当选院士", _SAME_YEAR_ELECTED.sub(r"均于\1年当选院士", text))
        text = _SEAT_THEN_YEAR.sub(r"\2年当选\1", text)
    text = _COUNT_APART.sub(lambda m: m.group(1) + next(g for g in m.groups()[1:] if g) + "项", text)
    if "学部委员" in text:
        text = _MEMBER_OF_DIVISION.sub("中国科学院院士", text)
    text = _GRADE_APART.sub(lambda m: f"奖{m.group(1)}等奖", text)
    text = _YEAR_APART.sub(lambda m: f"奖（{m.group(1)}年）", _MONTH.sub(r"\1年", text))
    for short, full in _AWARD_SHORT:
        text = short.sub(full, text)
    text = _BARE_SHORT_YEAR.sub(_short_year, text)
    text = _SAME_YEAR.sub(lambda m: f"{m.group(1)}年{m.group(2)}{m.group(1)}年", text)  # 2017年当选…，同年获得…
    text = _ROMAN_GRADE.sub(lambda m: _ROMAN.get(m.group(1), m.group(1)), text)
    text = arabic_years(text)
    if _LATIN_YEAR_HINT.search(text):
        text = _WORDS_YEAR.sub(_words_year, _ROMAN_YEAR.sub(_roman_year, text))
    return rewrite(_SHORT_YEAR.sub(_short_year, text))


# years in English words or Roman numerals: "nineteen eighty-five", "two thousand and three", "MCMXCV"
_LATIN_YEAR_HINT = re.compile(r"\b(?i:nineteen|two thousand|twenty)\b|\bM{1,2}[MCDLXVI]{2,}\b")
_UNITS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                      "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_UNDER_100 = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|"
              r"eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|"
              r"four|five|six|seven|eight|nine)")
_WORDS_YEAR = re.compile(rf"\b(?:(nineteen)[- ]({_UNDER_100}|hundred)|two[- ]thousand(?:[- ]and)?(?:[- ]({_UNDER_100}))?|"
                         rf"(twenty)[- ](ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
                         rf"(?:twenty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?))\b", re.IGNORECASE)
_ROMAN_YEAR = re.compile(r"\b(M{1,2}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))\b")


def _under_100(words: str) -> int:
    parts = re.split(r"[- ]", words.lower())
    return sum(_TENS.get(p, _UNITS.get(p, 0)) for p in parts)


def _words_year(m: re.Match) -> str:
    """"nineteen eighty-five" -> 1985, "two thousand and three" -> 2003, "twenty fifteen" -> 2015."""
    if m.group(1):
        return str(1900 + (0 if m.group(2).lower() == "hundred" else _under_100(m.group(2))))
    if m.group(4):
        return str(2000 + _under_100(m.group(5)))
    return str(2000 + (_under_100(m.group(3)) if m.group(3) else 0))


def _roman_year(m: re.Match) -> str:
    """MCMXCV -> 1995 (a year: 1900-2099), else as written."""
    values = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}
    total, last = 0, 0
    for c in reversed(m.group(1)):
        v = values[c]
        total, last = (total - v, last) if v < last else (total + v, v)
    return str(total) if 1900 <= total <= 2099 else m.group()
