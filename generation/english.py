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

from retrieval.english_names import NAMED_HONOURS, award_name, latin_org_matches  # noqa: F401  (latin_org_matches re-exported)

_ACADEMY = {"sciences": "中国科学院", "engineering": "中国工程院"}
_ACADEMY_RE = r"(?:the\s+)?(?:Chinese\s+Academy\s+of\s+(Sciences|Engineering)|(CAS|CAE))"
_ELECTED = re.compile(rf"\b(?:was\s+|were\s+|been\s+|is\s+)?elected\s+(?:as\s+)?(?:an?\s+)?(?:academician|member)?\s*"
                      rf"(?:of|to|into)\s+{_ACADEMY_RE}(?:\s+in\s+((?:19|20)\d\d))?", re.IGNORECASE)
_MEMBER = re.compile(rf"\b(?:an?\s+|the\s+)?(?:academician|member)s?\s+of\s+{_ACADEMY_RE}|\b(CAS|CAE)\s+(?:academician|member)s?"
                     r"|\bChinese\s+Academy\s+of\s+(Sciences|Engineering)\s+(?:academician|member)s?\b", re.IGNORECASE)
# "Academician of the Chinese Academy of Engineering (elected 2003)", "…, elected 2003": the election year
_MEMBER_ELECTED = re.compile(rf"\b(?:an?\s+|the\s+)?(?:academician|member)s?\s+of\s+{_ACADEMY_RE}\s*(?:\(\s*elected\s+(?:in\s+)?"
                             r"((?:19|20)\d\d)\s*\)|,\s*elected\s+(?:in\s+)?((?:19|20)\d\d)\b)", re.IGNORECASE)
_MEMBER_SINCE = re.compile(rf"\b(?:(?:an?\s+|the\s+)?(?:academician|member)\s+of\s+{_ACADEMY_RE}|(CAS|CAE)\s+academician)"
                           rf"\s+(?:since|from)\s+((?:19|20)\d\d)", re.IGNORECASE)
# "was elected in 1999", "were both elected in 1995": an election, the academy unsaid
_ELECTED_IN = re.compile(r"(?:\b(?:was|were|been|is)\s+(both\s+|all\s+)?|,\s*)elected\s+(?:as\s+academicians?\s+)?in\s+((?:19|20)\d\d)\b",
                         re.IGNORECASE)
# comparisons of elections, in the Chinese words the guard computes them in (generation/comparisons.py)
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_UNITS = "one two three four five six seven eight nine".split()
NUMBER_WORDS = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                            "fourteen fifteen sixteen seventeen eighteen nineteen".split())} \
    | {t: str(20 + 10 * i) for i, t in enumerate(_TENS)} \
    | {f"{t}{sep}{u}": str(20 + 10 * i + j) for i, t in enumerate(_TENS) for j, u in enumerate(_UNITS, 1) for sep in "- "}
_NAME_EN = r"((?:[A-Z][a-z]+[\s-]?){1,3}?|[\u4e00-\u9fff]{2,4})"  # another expert, in pinyin or in characters
# six, 6, twenty-five; "a full twenty-five years", "just six years": the number all the same
_HOW_MANY = rf"(?:a\s+full\s+|fully\s+|only\s+|just\s+|a\s+mere\s+)?(\d{{1,2}}|(?:{'|'.join(_TENS)})[- ][a-z]+|[a-z]+)"
_ELECTED_THAN = re.compile(rf"\b(?:was\s+|were\s+)?(?:elected|became\s+an?\s+academician)\s+(?:(?:a\s+few|several|some)\s+"
                           rf"years?\s+|{_HOW_MANY}\s+years?\s+)?"
                           rf"(earlier|later|before|after|ahead\s+of|behind)\s+(?:than\s+)?{_NAME_EN}(?=[\s.,;)]|$)",
                           re.IGNORECASE)
# "preceded B into the academy by four years", "followed B into the academy", "is four years junior to B in the
# academy": the order of two elections
_PRECEDED = re.compile(rf"\b(preceded|followed)\s+{_NAME_EN}\s+(?:into|to)\s+the\s+(?:academy|academies)"
                       rf"(?:\s+by\s+{_HOW_MANY}\s+years?|\s+{_HOW_MANY}\s+years?\s+(?:later|earlier))?", re.I)
# "was elected in 2009, six years before B" (the year already read as 于2009年当选院士): the gap to B's election
_YEARS_BEFORE = re.compile(rf"(?<=当选院士)\s*,?\s*{_HOW_MANY}\s+years?\s+(before|after|earlier\s+than|later\s+than|ahead\s+of|"
                           rf"behind)\s+{_NAME_EN}(?=[\s.,;)]|$)", re.I)
_RANKED = re.compile(rf"\b(?:is|was)\s+(?:{_HOW_MANY}\s+years?\s+)?(senior|junior)\s+to\s+{_NAME_EN}"
                     r"\s+(?:in\s+the\s+academy|as\s+an?\s+academician|in\s+(?:academic\s+)?seniority|by\s+election)\b", re.I)
# "the most senior academician of the three", "the longest-serving member", "the newest academician": first or last
_SENIORITY = re.compile(r"\b(?:is|was)\s+(?:the\s+)?(most\s+senior|more\s+senior|senior|longest[- ]serving|most\s+junior|"
                        r"more\s+junior|junior|newest|most\s+recent)\s+"
                        r"(?:academician|member|of\s+(?:the|these|them|all))"
                        r"(?:\s+of\s+(?:the|these|all|them)(?:\s+(?:two|three|four))?(?:\s+(?:experts|academicians))?|\s+among\s+them)?",
                        re.I)
# "advised Syngenta", "consults for Bayer", "a consultant to Sinopec": a client, read as the Chinese 为X提供咨询 is
_CONSULTS = re.compile(r"\b(?:(?:already|also|now|currently|still)\s+)?(?:advised|advises|has\s+advised|consult(?:s|ed)\s+for|(?:served|serves|worked|works|acted|acts)\s+as\s+"
                       r"(?:an?\s+|the\s+)?(?:(?:chief|senior|technical|scientific)\s+)?(?:consultant|adviser|advisor)\s+(?:to|for)|"
                       r"(?:is|was)\s+(?:an?\s+|the\s+)?(?:(?:chief|senior|technical|scientific)\s+)?(?:consultant|adviser|advisor)\s+"
                       r"(?:to|for)|(?:provided|provides|has\s+provided|offered|offers)\s+(?:technical\s+)?(?:support|consulting|"
                       r"consultancy|advice|services|guidance)\s+(?:to|for))\s+((?:the\s+)?[A-Z][\w&.'-]*(?:\s+(?:[A-Z][\w&.'-]*|of|and))"
                       r"{0,5}|(?:several|many|numerous|various|multiple|some|a\s+number\s+of|\d+|two|three|four|five)\s+"
                       r"(?:[\w-]+\s+){0,3}?(?:companies|firms|enterprises|businesses|manufacturers|hospitals|institutes|governments|"
                       r"agencies|groups))")
_SAME_YEAR_SAID = re.compile(r"\b(?:were\s+|was\s+)?(?:both\s+|all\s+)?elected\s+in\s+the\s+same\s+year\s*[,(]\s*((?:19|20)\d\d)\)?", re.I)
_SAME_YEAR = re.compile(r"\b(?:were\s+|was\s+)?(?:both\s+|all\s+)?elected\s+in\s+the\s+same\s+year\b|\bin\s+the\s+same\s+year\b", re.I)
_DIFFERENT_YEARS = re.compile(r"\b(?:were\s+)?(?:elected\s+in\s+different\s+years|not\s+elected\s+in\s+the\s+same\s+year)\b", re.I)
# "joined the academy", "came into the academy": an election, as the other patterns read it
_JOINED = re.compile(r"\b(?:joined|entered|came\s+into|was\s+admitted\s+(?:to|into))\s+the\s+(?:academy|academies)\b", re.I)
# "were elected in 2017 and 2013 respectively": each one's year, in the order named
_RESPECTIVE_YEARS = re.compile(r"\b(?:were\s+)?elected\s+in\s+((?:(?:19|20)\d\d\s*,\s*)*(?:19|20)\d\d),?\s+and\s+((?:19|20)\d\d)\s*,?\s+"
                               r"respectively\b", re.I)
# "has two more awards than B", "has one fewer award than B"
_MORE_THAN = re.compile(rf"\b(?:has|have|holds|lists|received|won)\s+{_HOW_MANY}\s+(more|fewer|less)\s+(?:awards?|honou?rs?|prizes?)"
                        rf"\s+than\s+{_NAME_EN}(?=[\s.,;)]|$)", re.I)
_THE_N = re.compile(r"\bthe\s+(two|three|four)(?:\s+(?:experts|academicians))?(?=\s+(?:were|are|have|has|had|received|won|hold|work)\b)",
                    re.I)
_FIRST_LAST = re.compile(r"\b(?:was\s+|were\s+)?elected\s+(?:(?:to|into)\s+the\s+(?:academy|academies)\s+|as\s+an?\s+academician\s+)?"
                         r"(?:the\s+)?(earliest|first|latest|last|most\s+recently)\b"
                         r"(?:\s+of\s+(?:the|all)\s+(?:two|three|four))?(?:\s*,?\s*in\s+((?:19|20)\d\d)\b)?", re.I)
# "is the most recently elected of the three (2015)", "the earliest-elected academician among them, in 1980"
_EXTREME_ELECTED = re.compile(r"\b(?:is|was)\s+the\s+(most\s+recently|most\s+recent|latest|last|earliest|first)[- ]elected"
                              r"(?:\s+(?:academician|member|expert|one))?(?:\s+(?:of|among)\s+(?:the|all|these|them)\b"
                              r"(?:\s+(?:two|three|four|five))?(?:\s+(?:experts|academicians))?)?"
                              r"(?:\s*(?:,\s*in|\(\s*(?:in\s+)?)\s*((?:19|20)\d\d)\s*\)?)?", re.I)
# "within four years", "in the space of three years": a span, computed from the years of what the sentence names
_WITHIN_YEARS = re.compile(r"\b(?:within|in\s+(?:just|only)?\s*(?:the\s+space\s+of\s+)?|over)\s+(?:just\s+|only\s+)?"
                           r"(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+years\b", re.I)
# "…was elected in 1980, Li Qingzhong in 1995 and Jia Chengzao in 2003", "followed by Lei in 1997": each one's election
_ELECTED_TOO = re.compile(rf"(?:\s*,\s*(?:and\s+)?(?:followed\s+by\s+)?|\s+and\s+(?:then\s+)?)(?!(?:He|She|They)\b)"
                          r"(?!(?:[A-Z][a-z]+\s+){0,2}(?:Award|Prize|Medal|Progress|Technology|Science|Sciences|University|Academy|"
                          rf"Institute|Foundation|Invention|Fund|Engineering|Scholars?)\b){_NAME_EN}"
                          r"\s+(?:in\s+((?:19|20)\d\d)\b(?!\s*[-–])|\(\s*((?:19|20)\d\d)\s*\))")
# "…, and Huang Ruisong the earliest (2003)": the other end of the same ranking, its verb left out
_EXTREME_ELIDED = re.compile(rf",?\s+and\s+{_NAME_EN}\s+the\s+(earliest|first|latest|last|most\s+recent)\b"
                             r"(?:\s*(?:,\s*in|\(\s*(?:in\s+)?)\s*((?:19|20)\d\d)\s*\)?)?", re.I)
_EXTREME_AFTER = re.compile(r",\s*(?:making\s+(?:him|her)\s+)?the\s+(earliest|first|latest|last)(?:\s+(?:elected|one))?\s+"
                            r"(?:of|among)\s+(?:the|all)\s+(?:two|three|four|five)(?:\s+(?:experts|academicians))?\b", re.I)
# "First- and Second-Class X Awards": the grades of one award written with a suspended hyphen, read as two awards
_GRADE_WORD = r"((?i:first|second|third|fourth|special))"  # an award's grade in words
_SUSPENDED = re.compile(rf"\b{_GRADE_WORD}-\s+and\s+{_GRADE_WORD}[- ](?i:class|grade)\s+"
                        r"((?:[A-Z][\w'\-]*\s+|of\s+|and\s+)*?(?:Award|Prize))s?\b")
# "second-class State Technological Invention and National Science and Technology Progress Awards": one grade, two
# awards (the second starts with a word that starts award names), each read with the grade
_SHARED_GRADE = re.compile(rf"\b{_GRADE_WORD}[- ](?i:class|grade)\s+((?:[A-Z][\w'\-]*\s+|of\s+|and\s+)*?)and\s+"
                           r"((?:State|National|Ministry|Ho|China|Chinese|Guanghua|He)\s+(?:[A-Z][\w'\-]*\s+|of\s+|and\s+)*?)"
                           r"(Award|Prize)s\b")
# "a first-class and a second-class X Award": two grades of one award, each read as its own award
_TWO_CLASSES = re.compile(rf"\b(?:both\s+)?(?:an?\s+)?{_GRADE_WORD}[- ]class\s+and\s+(?:an?\s+)?"
                          rf"{_GRADE_WORD}[- ]class\s+((?:[A-Z][\w'\-]*\s+|of\s+|and\s+)*?(?:Award|Prize))")
# "the profiles contain no information about his schedule", "his institution is not listed in the profile": what the
# record does not say claims nothing (as 资料中未注明… in Chinese)
# … up to a contrast: "the card lists no other award, though he reportedly received X" claims X
_UNTIL_BUT = r"(?:(?!,?\s*\b(?:though|although|but|yet|however|whereas|while)\b)[^.;!?])*"
NOT_IN_RECORD_EN = re.compile(rf"\b(?:the\s+)?(?:profiles?|cards?|records?|graph|data)\s+(?:contains?|includes?|lists?|gives?|has|have|"
                              rf"shows?)\s+no\b{_UNTIL_BUT}|\b(?:the\s+)?(?:profiles?|cards?|records?|graph|data)\s+(?:does|do)\s+not\s+"
                              rf"(?:list|give|mention|show|record|include|contain)\b{_UNTIL_BUT}|\b(?:is|are)\s+not\s+(?:listed|given|recorded|mentioned|stated)\s+"
                              r"in\s+the\s+(?:profiles?|cards?|records?|graph|data)\b|"
                              # "… holds no dated record of 马蒂亚斯奖, so which came first cannot be said" (the whole answer
                              # was dropped, rt118)
                              rf"\bholds?\s+no\s+(?:dated\s+)?records?\s+of\b{_UNTIL_BUT}|"
                              # "No awards other than academy membership are listed for him"
                              r"\bno\s+(?:other\s+)?(?:awards?|honou?rs?|prizes?)\b[^.;!?]{0,50}?\b(?:are|is|were|was)\s+(?:listed|given|"
                              r"recorded|shown|mentioned)\b[^.;!?]*", re.I)
# "the latter two were both…", "the first two work at…": a counted group of the experts as given, in Chinese words
_EN_GROUP = re.compile(r"\b(?:the\s+)?(first|last|latter|former|top)\s+(two|three|four)(?:\s+(?:experts|academicians))?"
                       r"(?=\s+(?:were|are|both|all|have|has|had|work|works|worked|hold|share|received|won|of\s+them)\b)", re.I)
# "All three received …", "Both were elected …": every one of a counted group
_EN_ALL = re.compile(r"\b(?:all\s+(two|three|four)|(both))(?:\s+(?:experts|academicians|of\s+them))?"
                     r"(?=\s+(?:were|are|have|has|had|received|won|hold|holds|work|works|got)\b)", re.I)
_MOST_AWARDS = re.compile(r"\b(?:has|have|lists|holds|received|won)\s+the\s+most\s+(?:awards|honou?rs|prizes)\b|"
                          r"\b(?:is|was)\s+the\s+most\s+decorated\b", re.I)


_COUNT_ZH = {"two": "两", "three": "三", "four": "四"}


def _than(m: re.Match) -> str:
    return _order(m.group(2).lower().startswith(("earlier", "before", "ahead")), m.group(3), m.group(1), m.group())


def _order(earlier: bool, name: str, count: str | None, original: str) -> str:
    """B's election order as the Chinese comparison reads it (比B早N年当选); `original` when N is no number."""
    n = NUMBER_WORDS.get(count.lower(), count) if count else ""
    if n and not n.isdigit():
        return original
    return f"比{name.strip()}{'早' if earlier else '晚'}{n}{'年' if n else ''}当选"


def _extreme(which: str, year: str | None) -> str:
    """最早当选 / 最晚当选, with its year where the sentence gives one."""
    return ("最早" if which.lower() in ("earliest", "first") else "最晚") + "当选" + (f"（{year}年）" if year else "")


def _more_than(m: re.Match) -> str:
    n = NUMBER_WORDS.get(m.group(1).lower(), m.group(1))
    return f"比{m.group(3).strip()}{'多' if m.group(2).lower() == 'more' else '少'}{n}项奖" if n.isdigit() else m.group()


def _respective_years(m: re.Match) -> str:
    years = [y.strip() for y in m.group(1).split(",")] + [m.group(2)]
    return "分别于" + "、".join(f"{y}年" for y in years[:-1]) + f"和{years[-1]}年当选院士"


_GRADE = {"first": "一", "second": "二", "third": "三", "fourth": "四", "special": "特"}
_AWARD = re.compile(
    r"(?:\b(?:received|won|was\s+awarded|was\s+granted|got|awarded|recipient\s+of|winner\s+of|has|holds|had|held|including|include|includes|"
    r"such\s+as|notably|lists|listed|list|is|are|his|her|their)\s+|(?<=[:;,|]\s)|(?<=获得\s)|"  # a table's award cell
    r"(?=(?:an?\s+)?(?i:first|second|third|fourth|special)[- ](?i:class|grade)\s+[A-Z])|"  # a grade starts one
    r"(?<=^[-*•]\s)|(?<=\band\s)(?<![Ss]cience\sand\s)(?<![Ss]ciences\sand\s)(?<![Ss]cientific\sand\s)|"
    r"(?<=\bas well as\s)|(?<=\balong with\s)|(?<=\bplus\s)|(?<='s\s)|(?<=’s\s)|^)"  # "Wang Wei's State … Award"
    r"(?:(?i:the|an?|his|her|their|its)\s+)?"  # "His State … Award suggests …", "A State … Award recognises …"
    rf"(?:{_GRADE_WORD}(?i:[- ]class|[- ]grade|[- ]prize)?\s+(?i:prize\s+)?(?:(?:of|in)\s+the\s+)?)?"
    r"((?:[A-Z](?![\w\-]*['’]s\s)[\w'&\-]*\s+|of\s+|and\s+)*?(?:Award|Prize|Medal))"
    # the grade after it: "(first class)", ", second class", "(Class I)", ", Class 2"
    rf"(?:\s*[,(]?\s*(?:{_GRADE_WORD}[- ](?i:class|grade|prize)|(?i:class|grade)\s+(I{{1,3}}|[123])\b)\)?)?"
    r"(?:,?\s+in\s+((?:19|20)\d\d)|\s*\((?:in\s+)?((?:19|20)\d\d)\))?")  # "…, second class (2002)"
_ROMAN = {"I": "first", "II": "second", "III": "third", "1": "first", "2": "second", "3": "third"}



def _award(m: re.Match) -> str:
    name = award_name(m.group(2))
    if name is None:  # words the table does not know: still an award claim (one no record matches), never unread
        name = re.sub(r"[^A-Za-z]", "", m.group(2)) + "奖"
    grade = m.group(1) or m.group(3) or (_ROMAN[m.group(4)] if m.group(4) else None)
    year = f"{m.group(5) or m.group(6)}年" if m.group(5) or m.group(6) else ""
    return f"{year}获{name}{_GRADE[grade.lower()] + '等奖' if grade else ''}"


def _academy(m: re.Match, first: int) -> str:
    return _seat_of(m.group(first) or m.group(first + 1))


def _seat_of(word: str) -> str:
    """The academy an English word names (Sciences, CAE) in the graph's words."""
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


# "Academician of both the Chinese Academy of Sciences (elected 1991) and the Chinese Academy of Engineering",
# "membership of both …": each seat, with its year where one is given
_BOTH_SEAT = r"(?:the\s+)?(?:Chinese\s+Academy\s+of\s+(Sciences|Engineering)|(CAS|CAE))(?:\s*\(\s*(?:elected\s+(?:in\s+)?)?((?:19|20)\d\d)\s*\))?"
_BOTH_ACADEMIES = re.compile(rf"\b(?:an?\s+)?(?:academician|member)(?:s|ship)?\s+(?:of|in)\s+both\s+{_BOTH_SEAT}\s+and\s+"
                             rf"(?:of\s+|in\s+)?{_BOTH_SEAT}", re.I)
_HLHL = re.compile(r"(?:Ho\s+Leung\s+Ho\s+Lee|He\s+Liang\s+He\s+Li|HLHL)\s+(?:Foundation\s+)?(?:Prize|Award)?(?:\s+for\s+)?"
                   r"(?:(?:Science|Scientific)\s+and\s+(?:Technology|Technological)\s+)?(Progress|Achievements?|Innovation)?(?:\s+(?:Prize|Award))?(?:\s+in\s+((?:19|20)\d\d))?", re.I)
# "First Prize and Second Prize of the X Award": two grades of one award, each read as its own award
_TWO_GRADES = re.compile(rf"\b{_GRADE_WORD}(?:\s+Prizes?)?\s+and\s+{_GRADE_WORD}\s+Prizes?\s+"
                         r"of\s+the\s+((?:[A-Z][\w'\-]*\s+|of\s+|and\s+)*?(?:Award|Prize))")
# a seat with its year after it, once read in Chinese words: 中国工程院院士 elected in 1995, 中国工程院院士 (2009)
_SEAT_YEAR = re.compile(r"(中国(?:科学|工程)院院士)\s*(?:,\s*)?(?:\(\s*(?:elected\s+)?(?:in\s+)?((?:19|20)\d\d)\s*\)"
                        r"|elected\s+(?:in\s+)?((?:19|20)\d\d)\b|(?<=,)\s*((?:19|20)\d\d)\b(?!\s*[-–]))")
# "(CAE, 1997)", "CAE 2017": the academy's abbreviation with an election year
# "(CAE, 1997)", "CAE 2017", "(Chinese Academy of Engineering, 2015)", "a Chinese Academy of Engineering member elected in
# 2001": the academy with an election year
_ACADEMY_YEAR = re.compile(r"\b(?P<short>CAS|CAE)\s*,?\s*(?P<year>(?:19|20)\d\d)\b(?!\s*[-–])"
                           r"|(?<=\()\s*(?:the\s+)?Chinese\s+Academy\s+of\s+(?P<long>Sciences|Engineering)\s*,\s*"
                           r"(?P<year2>(?:19|20)\d\d)(?=\s*\))"
                           r"|\b(?:Chinese\s+Academy\s+of\s+(?P<long3>Sciences|Engineering)|(?P<short3>CAS|CAE))\s+(?:academician|member)s?"
                           r",?\s+(?:elected\s+(?:in\s+)?|since\s+)(?P<year3>(?:19|20)\d\d)\b", re.IGNORECASE)


def _academy_year(m: re.Match) -> str:
    seat = _seat_of(m.group("short") or m.group("long") or m.group("long3") or m.group("short3"))
    return f"{m.group('year') or m.group('year2') or m.group('year3')}年当选{seat}院士"
_HLHL_KIND = {"progress": "科学与技术进步奖", "achievement": "科学与技术成就奖", "achievements": "科学与技术成就奖",
              "innovation": "科学与技术创新奖"}


_HONOUR_YEAR = re.compile(r"(长江学者特聘教授|长江学者讲座教授|长江学者|国家杰出青年科学基金|全国优秀科技工作者)\s*,?\s*(?:in|since)\s+"
                          r"((?:19|20)\d\d)\b")
# "election to the Chinese Academy of Engineering in 1995": an election, read as the other election patterns
_ELECTION_TO = re.compile(rf"\b(?:his\s+|her\s+)?election\s+(?:as\s+an?\s+academician\s+)?(?:to|of|into)\s+{_ACADEMY_RE}"
                          r"(?:\s*,?\s*\(?\s*(?:in\s+)?((?:19|20)\d\d)\)?)?", re.I)


# "a member of both CAS (1991) and CAE (1994)": two elections, each with its year
_BOTH_WITH_YEARS = re.compile(r"\b(?:an?\s+)?(?:academician|member)s?\s+of\s+both\s+(?:the\s+)?(CAS|CAE)\s*\(\s*((?:19|20)\d\d)\s*\)"
                              r"\s+and\s+(?:the\s+)?(CAS|CAE)\s*\(\s*((?:19|20)\d\d)\s*\)")
_SEAT_OF = {"CAS": "中国科学院院士", "CAE": "中国工程院院士"}
# "academy: Chinese Academy of Sciences, elected 2005" (a YAML or labelled line): the seat and its year
_ACADEMY_LABEL = re.compile(r"(\bacademy\s*:\s*)(?:the\s+)?(?:Chinese\s+Academy\s+of\s+(Sciences|Engineering))"
                            r"(?:\s*[,(]\s*(?:elected\s+(?:in\s+)?)?((?:19|20)\d\d)\)?)?", re.I)


def _both_seats(m: re.Match) -> str:
    """Both academies' seats, each with its election year where the text gives one (两院院士 when neither has one)."""
    if not m.group(3) and not m.group(6):
        return "两院院士"
    return "、".join(f"{m.group(y) + '年当选' if m.group(y) else ''}{_academy(m, first)}院士"
                     for first, y in ((1, 3), (4, 6)))


def rewrite(text: str) -> str:
    """English academy memberships and awards in `text` as the graph writes them; the rest unchanged."""
    if not re.search(r"[A-Za-z]{3}", text):
        return text
    text = _BOTH_WITH_YEARS.sub(lambda m: f"{m.group(2)}年当选{_SEAT_OF[m.group(1)]}、{m.group(4)}年当选{_SEAT_OF[m.group(3)]}",
                                text)
    text = _BOTH_ACADEMIES.sub(_both_seats, text)
    text = re.sub(r"\bAcademician\s+(?=[A-Z])", "院士", text)  # "Academician Wang Jianguo" claims 院士
    text = _ELECTED.sub(lambda m: f"{m.group(3) + '年' if m.group(3) else ''}当选{_academy(m, 1)}院士", text)
    text = _ELECTION_TO.sub(lambda m: f"{m.group(3) + '年' if m.group(3) else ''}当选{_academy(m, 1)}院士", text)
    text = _MEMBER_ELECTED.sub(lambda m: f"{m.group(3) or m.group(4)}年当选{_academy(m, 1)}院士", text)
    text = _EN_GROUP.sub(lambda m: ("前" if m.group(1).lower() in ("first", "former", "top") else "后")
                         + _COUNT_ZH[m.group(2).lower()] + "位", text)
    text = _EN_ALL.sub(lambda m: _COUNT_ZH[(m.group(1) or "two").lower()] + "位都", text)
    text = _JOINED.sub("was elected", text)
    text = _THE_N.sub(lambda m: _COUNT_ZH[m.group(1).lower()] + "位", text)
    text = _RESPECTIVE_YEARS.sub(_respective_years, text)
    text = _SAME_YEAR_SAID.sub(lambda m: f"同为{m.group(1)}年当选", text)
    text = _MORE_THAN.sub(_more_than, text)
    text = _ELECTED_IN.sub(lambda m: f"{'都' if m.group(1) else ''}于{m.group(2)}年当选院士", text)
    text = _PRECEDED.sub(lambda m: _order(m.group(1).lower() == "preceded", m.group(2), m.group(3) or m.group(4),
                                          m.group()), text)
    text = _RANKED.sub(lambda m: _order(m.group(2).lower() == "senior", m.group(3), m.group(1), m.group()), text)
    text = _SENIORITY.sub(lambda m: ("最早" if m.group(1).lower().startswith(("most senior", "more senior", "senior", "longest"))
                                     else "最晚")
                          + "当选", text)
    text = _YEARS_BEFORE.sub(lambda m: "，" + _order(m.group(2).lower().startswith(("before", "earlier", "ahead")),
                                                   m.group(3), m.group(1), m.group()), text)
    text = _ELECTED_THAN.sub(_than, text)
    text = _DIFFERENT_YEARS.sub("不在同一年当选", text)
    text = _SAME_YEAR.sub("同年当选", text)
    text = _FIRST_LAST.sub(lambda m: ("最早" if m.group(1).lower() in ("earliest", "first") else "最晚") + "当选"
                           + (f"（{m.group(2)}年）" if m.group(2) else ""), text)
    if "当选" in text:
        text = _ELECTED_TOO.sub(lambda m: f"，{m.group(1)}于{m.group(2) or m.group(3)}年当选院士", text)
    text = _WITHIN_YEARS.sub(lambda m: f"{NUMBER_WORDS.get(m.group(1).lower(), m.group(1))}年"
                             + ("内" if m.group().lower().startswith("within") else "间"), text)
    text = _EXTREME_ELECTED.sub(lambda m: _extreme(m.group(1), m.group(2)), text)
    if "当选" in text:
        text = _EXTREME_ELIDED.sub(lambda m: f"，{m.group(1)}{_extreme(m.group(2), m.group(3))}", text)
    if "当选" in text or re.search(r"\belect", text, re.I):  # "…elected … in 1980, the earliest of the three"
        text = _EXTREME_AFTER.sub(lambda m: "，" + ("最早" if m.group(1).lower() in ("earliest", "first") else "最晚")
                                  + "当选", text)
    text = _SHARED_GRADE.sub(lambda m: f"a {m.group(1)}-class {m.group(2)}{m.group(4)} and a {m.group(1)}-class "
                             f"{m.group(3)}{m.group(4)}", text)
    text = _SUSPENDED.sub(r"a \1-class \3 and a \2-class \3", text)
    text = _TWO_CLASSES.sub(r"a \1-class \3 and a \2-class \3", text)
    text = _MOST_AWARDS.sub("获奖最多", text)
    text = _MEMBER_SINCE.sub(lambda m: f"{m.group(4)}年当选{_academy(m, 1) if m.group(1) or m.group(2) else _academy(m, 3)}院士",
                             text)
    text = _MEMBER.sub(lambda m: f"{_academy(m, 1) if m.group(1) or m.group(2) else _academy(m, 3) if m.group(3) else _academy(m, 4)}院士",
                       text)
    text = _ACADEMY_LABEL.sub(lambda m: f"{m.group(3) + '年当选' if m.group(3) else ''}{_academy(m, 2)}院士", text)  # the
    # label's word "Academy" said again would read as an institution
    text = _ACADEMY_YEAR.sub(_academy_year, text)
    text = re.sub(r"(?<=获得 )Academician\b", "院士", text)  # a table's Honours cell "Academician": the seat
    text = _SEAT_YEAR.sub(lambda m: f"{m.group(2) or m.group(3) or m.group(4)}年当选{m.group(1)}", text)  # "a CAE academician elected in 1995", "CAE Academician (2009)"
    text = _CONSULTS.sub(lambda m: f"为{m.group(1) if m.group(1)[:1].isupper() else '多家企业'}提供咨询", text)
    text = _TITLE.sub(_title, text)
    text = _TWO_GRADES.sub(r"\1 Prize of the \3 and \2 Prize of the \3", text)
    # Ho Leung Ho Lee first, named with or without "received"/"won" (Honours: … a Ho Leung Ho Lee Foundation Prize): an
    # award, not a foundation read as the expert's institution, nor an award of unknown words ("… Prize for Scientific
    # and Technological Progress")
    text = _HLHL.sub(lambda m: "何梁何利基金" + _HLHL_KIND.get((m.group(1) or "").lower(), "奖")
                     + (f"（{m.group(2)}年）" if m.group(2) else ""), text)
    text = _NAMED_HONOUR.sub(_named_honour, text)  # "the 'Two Bombs and One Satellite' Meritorious Medal in 1999"
    for pattern, chinese in _HONOURS:  # honours of no "Award" shape: read as the records write them
        text = pattern.sub(chinese, text)
    text = _HONOUR_YEAR.sub(r"\1（\2年）", text)  # "… Distinguished Professor in 1999": the honour's year
    return _AWARD.sub(_award, text)


_NAMED_HONOUR = re.compile(r"(?:\b(?:received|won|was\s+awarded|was\s+granted|got|awarded|earned)\s+)?(?:the\s+|an?\s+)?"
                           r"(?:" + "|".join(f"({p.pattern})" for p, _ in NAMED_HONOURS) + r")(?:\s+in\s+((?:19|20)\d\d)\b)?",
                           re.IGNORECASE)


def _named_honour(m: re.Match) -> str:
    """An honour of `NAMED_HONOURS` with the verb before it and the year after it, as the biographies write it."""
    chinese = next(zh for i, (_, zh) in enumerate(NAMED_HONOURS, 1) if m.group(i))
    year = m.group(len(NAMED_HONOURS) + 1)
    return f"{year}年获得{chinese}" if year else f"获得{chinese}"


# "a Changjiang Scholar (Distinguished Professor)", "holds the National Science Fund for Distinguished Young Scholars"
_CHANGJIANG = r"\b(?:an?\s+)?(?:Changjiang|Chang\s+Jiang|Cheung\s+Kong|Yangtze\s+River)\s+(?:Scholars?\s+)?"
_HONOURS = ((re.compile(_CHANGJIANG + r"Distinguished\s+Professor(?:ship)?", re.I), "长江学者特聘教授"),
            (re.compile(_CHANGJIANG + r"Chair\s+Professor(?:ship)?", re.I), "长江学者讲座教授"),
            (re.compile(r"\b(?:an?\s+)?(?:Changjiang|Chang\s+Jiang|Cheung\s+Kong|Yangtze\s+River)\s+Scholars?"
                        r"(?:\s+Program(?:me)?)?", re.I), "长江学者"),
            (re.compile(r"\b(?:the\s+)?(?:(?:National\s+)?(?:Natural\s+)?Science\s+Fund\s+for\s+Distinguished\s+Young\s+Scholars?"
                        r"|NSFDYS|(?:an?\s+)?(?:NSFC\s+|NSF\s+)?Distinguished\s+Young\s+Scholars?(?:\s+(?:Fund|grant|award|title|"
                        r"programme|program))?)(?:\s+grant)?", re.I),
             "国家杰出青年科学基金"),
            (re.compile(r"\b(?:an?\s+)?National\s+(?:Outstanding|Excellent)\s+Scientific\s+and\s+Technical\s+Workers?", re.I),
             "全国优秀科技工作者"),
            (re.compile(r"\b(?:the\s+|an?\s+)?(?:National\s+)?(?:May\s+Day|May\s+1st|May\s+First|Fifth\s+of\s+May)\s+Labou?r\s+"
                        r"Medal", re.I), "全国五一劳动奖章"))




# What an English sentence says an expert works on: "works on X", "specialises in X", "research focuses on X",
# "an expert in X", "research interests include X". The graph writes directions in Chinese, so these are compared
# with the expert's directions and fields by meaning (`topic_similarity`), not by words.
_TOPIC_CUE = re.compile(
    r"\b(?:works? on|working on|worked on|speciali[sz](?:es|ing|ed) in|focus(?:es|ed|ing)? on|"
    r"research (?:focuses|focused|centres|centers|centred|centered|concentrates) on|"
    r"(?:leading |renowned |well-known |noted |an )?experts? (?:in|on)|research interests? (?:include|includes|are|is|cover|covers)|"
    r"(?:research|work|expertise)\s+(?:is\s+|are\s+)?(?:framed|centred|centered|built|organi[sz]ed|focused)\s+(?:around|on)|"
    r"(?:research|work)\s+(?:revolves|revolved)\s+around|"
    r"(?:research|work|expertise) (?:(?:also|has|have)\s+)?(?:covers|covered|spans|spanned|includes|include|included|"
    r"involves|involved|extends to|extended to|lies in|is in)|"
    # "Zhu's listed directions are …", "Yang's directions include …"
    r"(?:(?:listed|main|research)\s+)?(?:directions?|research\s+areas?)\s+(?:include|includes|are|is|cover|covers|"
    r"span|spans|comprise|comprises)|"
    r"known for (?:(?:his|her|their) )?(?:work|research|contributions) (?:on|in)|studies|researches|"
    # "Ye's research on electromagnetic field theory", "your work on …" (a letter's you: letters.py)
    r"(?:(?<=['’])s|his|her|their)\s+(?:(?:own|earlier|recent|pioneering|long-standing)\s+)?(?:research|work)\s+(?:on|in|into)|"
    r"(?:expertise|experience|background|speciali[sz]ation|specialty|speciality) (?:in|on|with)|"
    # "Cheng Jing's card lists medical imaging alongside biochips": what the card is said to hold
    r"(?:card|profile|record)s?\s+(?:(?:also|specifically|explicitly|clearly|expressly|directly|even|only)\s+)?"
    r"(?:lists?|includes?|gives?|shows?|mentions?|highlights?|features?|covers?|emphasi[sz]es)|"
    r"(?:discipline|field|subject)s?\s+(?:is|are)\s+(?:listed|given|recorded)\s+as)\s+"
    r"(?!(?:no|nothing|none|neither|not)\b)"  # "the card mentions no year": nothing claimed
    # "his directions are also relevant to grinding", "… are closest to receiver products": what they bear on
    r"(?!the\s+(?:most|least|best|closest|strongest|nearest)\b)"  # "… direction is the most industry-oriented of the three"
    r"(?!(?:also\s+|more\s+|most\s+|less\s+|directly\s+|quite\s+|very\s+|highly\s+)*(?:relevant|related|closest|close|"
    r"useful|helpful|applicable|important|pertinent|suited|suitable|similar|linked|connected|central|key)\b)", re.IGNORECASE)
# where the topics end: the next clause, a place of work, a time, an award
_TOPIC_END = re.compile(r"[.;:!?()\[\]（）。；：！？\n\u25a1]|\s(?:is|are|was|were|would|will|could|can|should|fits|matches|"
                        r"also|bears?|bore|relates?|applies|apply|helps|may|might|"
                        r"at|from(?=\s+(?:the\s+)?(?-i:[A-Z]|\u25a1))|with|since|who|which|that|where|whose|for over|for more|"
                        r"(?:all|both|each|none|most|some|any)\s+of\s+(?:which|them|these|those)|"
                        r"in (?:19|20)\d\d|and (?:is|was|has|have|had|received|won|holds|leads|heads|can|could|would|will|"
                        r"may|might)|to (?:help|solve|address|support)|making|so|while|but|although|though|however|whereas|"
                        r"rather than|instead of)\b|"
                        # ", and Yu received …" (read as "Yu 2015年获…"): another clause about the expert
                        r",?\s+and\s+(?-i:[A-Z])[a-z]+(?:\s+(?-i:[A-Z])[a-z]+)?\s+(?:(?:19|20)\d\d年|(?:received|holds|won|was|is|has)\b)|"
                        # ", and drought tolerance is a typical trait": the subject of a clause of its own
                        r",\s+and\s+(?=(?:[\w-]+\s+){1,3}(?:is|are|was|were)\s+(?:a|an|the|typically|usually|often|one)\b)|"
                        r"\s(?:19|20)\d\d年", re.IGNORECASE)
_TOPIC_SPLIT = re.compile(r"[,;]\s*(?:and|as well as|or)\s+|\s*[,;]\s*|\s+(?:and|as well as|or|alongside|along with|plus|together "
                          r"with)\s+", re.IGNORECASE)
_TOPIC_LEAD = re.compile(r"^(?:(?:the|on|in|his|her|their|its|only|just|merely|research on|work on|studies of|areas? (?:such as|like)|fields? "
                         r"(?:such as|like)|topics? (?:such as|like)|such as|including|especially|particularly|mainly|"
                         r"both|various|several|many|advanced|key|(?:more|mostly|mainly|largely|chiefly|rather)\s+(?:about|on|in))\s+)+",
                         re.IGNORECASE)
# words that say nothing of a direction: the user's problem or a vague area
_VAGUE_TOPIC = re.compile(r"^(?:(?:this|these|that|those|your|the|such|related|similar|relevant|many|other|various)\b.*|"
                          # "listed as unknown", "are quoted", "is broader", "a good match": what is said of the list
                          r"(?:listed\s+as\s+)?(?:unknown|not\s+(?:listed|given|known)|none(?:\s+listed)?|n/?a)\b.*|"
                          r"(?:quoted|separated|listed|given|shown|written|translated|abbreviated)\b.*|"
                          r"(?:the\s+)?directions?\s+in\s+(?:Chinese|English|pinyin)\b.*|"
                          r"(?:broader|narrower|wider|closer|more\s+\w+|less\s+\w+)$|(?:an?\s+)?(?:good|close|strong|direct|"
                          r"natural|perfect|partial|weak|poor)\s+(?:match|fit)\b.*|"
                          r".*\b(?:side|aspects?)|"  # "covers the positioning side": a part of the user's problem
                          # "the card lists a first-class, a second-class and a third-class … Award": awards, not topics
                          r"(?:an?\s+)?(?:first|second|third|fourth|special|top)[- ](?:class|grade|prize)\b.*|"
                          r".*\b(?:[Aa]wards?|[Pp]rizes?|[Mm]edals?|[Ss]cholars?|[Ff]und|academician|election|elected|"
                          r"years?|grades?|honou?rs?|institution|affiliation|posts?|titles?)\b.*|"
                          r"(?:problems?|issues?|areas?|fields?|topics?|research|this area|related areas?)"
                          # a lone generic word cut from "blast furnace design and process": part of its neighbour
                          r"|(?:process(?:es|ing)?|production|construction|design|technolog(?:y|ies)|engineering|control|"
                          r"systems?|methods?|applications?|theory|practice|development|management|operations?|"
                          r"equipment|integration))$", re.IGNORECASE)
_USERS_TOPIC = re.compile(r"\b(?:yours?|you|such|this kind|this type|like this|like these)\b", re.IGNORECASE)  # the user's


_DENIED = re.compile(r"\b(?:no|none|neither|nor|not|never|nothing)\b(?:(?!\b(?:but|though|although|while|whereas|yet)\b)[^.;:,!?])*$",
                     re.IGNORECASE)  # a denial in the cue's clause, not one before its "but"


# topics named before the word for them: "Xu's powder engineering and ultrafine powder preparation directions" (not
# before "work": "his software reuse and component work" is said loosely)
_TOPIC_BEFORE = re.compile(r"(?:['’]s|\b(?:his|her|their))\s+((?:(?!(?:is|are|was|were|covers?|includes?|has|have|had|works?|"
                           r"worked|on|at|with|from|that|which|who|whose|also|research|the|an?|in|for|to|by|as)\b)"
                           r"[A-Za-z][\w\-]*,?\s+){1,10}?)(?:research\s+)?"
                           r"(?:directions?|research areas?|expertise|specialty|speciality)\b", re.IGNORECASE)
# what the clause then says of the topics: that it cannot tell ("… experience with copper and gold is unclear")
_UNSURE_AFTER = re.compile(r"[^.;!?]{0,40}?\b(?:is|are|remains?|seems?)\s+(?:still\s+)?(?:unclear|unknown|uncertain|"
                           r"not\s+(?:clear|known|listed|stated|given|recorded|confirmed|certain)|to\s+be\s+confirmed)\b|"
                           r"[^.;!?]{0,40}?\b(?:cannot|can\s*not|can't|could\s+not)\s+be\s+(?:confirmed|determined|verified|"
                           r"established|judged)\b", re.I)
_NOT_A_TOPIC_WORD = frozenset("main listed only sole single other own two three four several research card recorded stated given known "
                              "long list full short "
                              "primary core key first second relevant related specific earlier later whole broad long "
                              "early recent current past".split())


_TOPIC_LABEL = re.compile(r"^\s*(?:[-*•]\s*|\d{1,2}[.)]\s*)?(?:\*\*)?(?:(?:main\s+|listed\s+)?research\s+(?:areas?|directions?|"
                          r"interests?|focus|fields?|topics?)|(?:main\s+|listed\s+)?directions?|expertise|speciali[sz]ations?|"
                          r"specialties|fields?(?:\s+of\s+(?:work|research))?)(?:\*\*)?\s*:\s*(?:\*\*)?", re.IGNORECASE | re.MULTILINE)
_LINE_END = re.compile(r"[.!?\n]")
_CUE_RESUMED = re.compile(r",\s*(?:and\s+|also\s+)*on\s+(?!(?:average|behalf|request|site|time|the other hand|top of)\b)",
                          re.IGNORECASE)
_FUNCTION_WORDS = _NOT_A_TOPIC_WORD | {"and", "or", "of", "the", "a", "an", "with", "in", "on", "for", "to", "all", "both",
                                        "each", "which", "these", "those", "them", "it", "this", "that"}


def topic_phrases(text: str) -> list[tuple[int, int, str, tuple[tuple[str, str], ...]]]:
    """(start, end, phrase, joins) of each research topic an English sentence claims: "works on A, B and C" gives
    three; `joins` pairs the phrase written together with a neighbour ("spacecraft design and control") with that
    neighbour, for a topic the split cut in two."""
    out = []
    spans = [(cue.start(), cue.end(), (m.start() if (m := _TOPIC_END.search(text, cue.end())) else len(text)))
             for cue in _TOPIC_CUE.finditer(text)]
    # "- Research areas: A; B; C" (a labelled line): the line's items, to its end
    spans += [(m.start(), m.end(), (e.start() if (e := _LINE_END.search(text, m.end())) else len(text)))
              for m in _TOPIC_LABEL.finditer(text)]
    # "work is framed around cleaner processing: A, B and C": the words before the colon head the list after it
    spans = [(c, e + 1, (m.start() if (m := _TOPIC_END.search(text, e + 1)) else len(text))) if text[e:e + 1] == ":" else (c, s, e)
             for c, s, e in spans]
    if spans:  # "works on A and, with colleagues, on B": the cue goes on after the aside
        spans += [(m.start(), m.end(), (e.start() if (e := _TOPIC_END.search(text, m.end())) else len(text)))
                  for m in _CUE_RESUMED.finditer(text, spans[0][1])]
    spans += [(m.start(), m.start(1), m.end(1)) for m in _TOPIC_BEFORE.finditer(text)
              if not set(re.findall(r"[a-z\-]+", m.group(1).lower())) <= _NOT_A_TOPIC_WORD | {"and", "or", "of"}]
    for cue_start, start, end in sorted(spans):
        if re.search(r"\b(?:you|we|your\s+(?:team|company|engineers?|lab))\s+(?:also\s+|mainly\s+|mostly\s+)?$",
                     text[max(0, cue_start - 24):cue_start], re.IGNORECASE):
            continue  # "if you work on perovskite cells": the user's topic, no expert's
        if _DENIED.search(text, max(0, cue_start - 60), cue_start):
            continue  # "None of the three cards mentions operating systems": nothing said to be held
        if _UNSURE_AFTER.match(text, end):
            continue  # "Pei's specific experience with copper and gold is unclear": asked, not claimed
        pos, listed = start, []
        for part in _TOPIC_SPLIT.split(text[start:end]):
            at = text.index(part, pos) if part else pos
            pos = at + len(part)
            lead = _TOPIC_LEAD.match(part)
            phrase = part[lead.end():] if lead else part
            phrase = phrase.strip(" \"'“”‘’")
            if re.search(r"[A-Za-z]{2,}", phrase) and not _VAGUE_TOPIC.match(phrase) and not _USERS_TOPIC.search(phrase) \
                    and len(phrase) <= 80 and not set(re.findall(r"[a-z\-]+", phrase.lower())) <= _FUNCTION_WORDS:
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


_HOW_LONG = re.compile(r"(?:[一二三四五六七八九十几数]+|\d+)余?多?年$|多年$")  # 小麦育种四十余年: the topic is 小麦育种


def joined_parts(topic: str) -> list[str]:
    """The topics a graph topic joins (精密测量与仪器工程: 精密测量, 仪器工程); the topic alone when it joins none."""
    return [p for p in re.split(r"与|和|及|、|以及|/", topic) if len(p) >= 2]


def topic_parts(topics: Sequence[str]) -> list[str]:
    """The graph's topics with the parts of those that join two (精密测量与仪器工程: 精密测量, 仪器工程) and without a
    duration the biography wrote after one (小麦育种四十余年: 小麦育种)."""
    parts = [p for t in topics for p in joined_parts(t)]
    bare = [b for t in [*topics, *parts] if (b := _HOW_LONG.sub("", t)) != t and len(b) >= 2]
    return list(dict.fromkeys([*topics, *parts, *bare]))


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

    asked: dict[str, object] = {}  # the phrases' own vectors: one phrase is compared with every expert's topics

    def similarity(phrase: str, topics: Sequence[str]) -> float:
        if not topics:
            return 0.0
        query = asked.get(phrase)
        if query is None:
            if len(asked) > 10_000:
                asked.clear()
            query = asked[phrase] = embedder.embed_queries([phrase])[0]
        return float((vectors(topics) @ query).max())

    return similarity
