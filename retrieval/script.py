"""Scripts for matching: traditional Chinese (繁體) read as simplified, since the graph's texts are simplified; and
how Chinese a text is, so that signals that read words are asked only about problems in the profiles' script.

A problem written in Taiwan or Hong Kong characters (注塑件翹曲) shares no character bigram with a profile that says
注塑件翘曲; converted first, it matches as the simplified text does. Conversion is by character and phrase (zhconv's
zh-hans table, not the zh-cn one that also swaps regional vocabulary such as 建立 -> 创建), so simplified text is
left exactly as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# a unit written after a number (120MPa, 3000h, 50mm) is no English word: 120MPa 450℃ is no English message
_LATIN_WORD = re.compile(r"(?<![0-9A-Za-z])[A-Za-z]{2,}")
#: how far a problem's Chinese share may be from the profiles' for word-based signals to read it (an English problem
#: scores ~0 against Chinese profiles' ~0.95; every Chinese benchmark query scores above 0.85)
SAME_SCRIPT = 0.5


@lru_cache(maxsize=1)
def _converter():
    """zhconv's traditional -> simplified conversion (a small pure-Python dictionary, loaded once), and the
    characters that only traditional script writes: text without one of them is left as it is (and costs nothing)."""
    import zhconv
    from zhconv.zhconv import getdict

    traditional = frozenset(k for k, v in getdict("zh-hans").items() if len(k) == 1 and k != v)
    return zhconv.convert, traditional


def has_traditional(text: str) -> bool:
    """Whether `text` holds a character that only traditional script writes."""
    return not _converter()[1].isdisjoint(text)


_FULL_WIDTH = {**{c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)}, **{c: c - 0xFEE0 for c in range(0xFF21, 0xFF3B)},
               **{c: c - 0xFEE0 for c in range(0xFF41, 0xFF5B)}}


def half_width(text: str) -> str:
    """Full-width Latin letters and digits as ASCII (ＬＩ　Ｄｅｒｅｎ … ＣＡＳ　ｉｎ　１９９５ → LI Deren … CAS in 1995), the
    ideographic spaces between them as spaces; Chinese punctuation stays (the readers know ，？). A message typed so read
    no name, year or academy (rt102)."""
    if not re.search(r"[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]", text):
        return text
    text = text.translate(_FULL_WIDTH)
    return re.sub(r"(?<=[A-Za-z0-9,.?!])\u3000+|\u3000+(?=[A-Za-z0-9])", " ", text)


def simplified(text: str) -> str:
    """`text` in simplified script (unchanged, and at no cost, when it has no traditional-only character)."""
    return _converter()[0](text, "zh-hans") if text and has_traditional(text) else text


def word_counts(text: str) -> tuple[int, int]:
    """(Chinese characters, Latin words of two letters or more) in `text`: its size in words of either script."""
    return len(_CJK.findall(text)), len(_LATIN_WORD.findall(text))


def cjk_share(text: str) -> float:
    """Chinese characters as a share of Chinese characters plus Latin words (0: English, 1: Chinese; 0.5 if neither)."""
    cjk, latin = word_counts(text)
    return cjk / (cjk + latin) if cjk + latin else 0.5


def corpus_share(texts: Iterable[str], sample: int = 1000) -> float:
    """The mean Chinese share of up to `sample` texts (the first ones): the script a set of profiles is written in."""
    shares = [cjk_share(t) for _, t in zip(range(sample), texts)]
    return sum(shares) / len(shares) if shares else 0.5


def same_script(query: str, corpus: float) -> bool:
    """Whether word-based signals built on texts of Chinese share `corpus` can read `query`."""
    return abs(cjk_share(query) - corpus) <= SAME_SCRIPT


# A request to be answered in a language ("请用英文回答：", "Please answer in Chinese."): no words of the problem
_LANGUAGE_REQUEST = re.compile(
    r"(?:请|麻烦|劳烦)?您?(?:用|以|使用|改用|换成|换用)(英文|英语|中文|汉语|普通话)(?:来)?(?:回答|回复|作答|答复|输出|交流)"
    r"(?:我)?(?:后面的|以后的|接下来的|之后的|下面的|所有的?)?(?:问题|对话|内容)?(?:吧|好吗)?[：:，,。！!]?"
    r"|(英文|英语|中文|汉语)(?:回答|回复|作答)[：:，,。！!]?|(?:翻译|译)成(英文|英语|中文)"
    r"|\b(?:please\s+)?(?:answer|reply|respond|write|speak|talk)(?:\s+(?:to\s+)?(?:me|us))?\s+in\s+(chinese|english|mandarin)"
    r"(?:\s+(?:from\s+now\s+on|for\s+the\s+rest\s+of\s+(?:the|this|our)\s+(?:conversation|chat)))?(?:\s+please)?\s*[:,.!]?"
    r"|\b(?:in\s+)?(chinese|english)\s*,?\s+please\b\s*[:,.!]?"
    r"|\b(?:translate|put|render)\b[^.?!]{0,40}?\binto\s+(chinese|english|mandarin)\b", re.IGNORECASE)  # "Translate your
# first answer into Chinese." (it stayed in English, rt56)
_LANGUAGES = {"英文": "en", "英语": "en", "english": "en"}


def requested_language(text: str) -> str | None:
    """The language a message asks to be answered in, "en" or "zh" (the last request when several), None when it
    asks for none."""
    found = [m for m in _LANGUAGE_REQUEST.finditer(text)]
    if not found:
        return None
    said = next(g for g in found[-1].groups() if g)
    return _LANGUAGES.get(said.lower(), "zh")


# markup pasted or injected into a message (<script>…</script>, <b>, <br/>, <!-- … -->): no words of the problem, and no
# reason to answer in English (it outnumbered 焊接裂纹); 温度<50℃ and 硬度>HRC40 are no tags
_MARKUP = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>|[<‹＜]!--.*?--\s*[>›＞]|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]{0,200})?/?>",
                     re.IGNORECASE | re.DOTALL)


_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_CN_DIGITS = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0", "○": "0"}
_CN_YEAR = re.compile(r"([〇零○一二三四五六七八九]{4})(?=\s*年)")


def arabic_years(text: str) -> str:
    """`text` with full-width digits and years in Chinese numerals written in Arabic digits (１９９９年, 一九九九年 →
    1999年), so that a year a message states is read as one."""
    text = text.translate(_FULLWIDTH_DIGITS)
    return _CN_YEAR.sub(lambda m: "".join(_CN_DIGITS[c] for c in m.group(1)), text) if "年" in text else text


def without_markup(text: str) -> str:
    """`text` without HTML/XML tags, scripts, styles and comments (nothing in their place between two Chinese
    characters: <b>注塑</b>件 reads 注塑件)."""
    def gap(m: re.Match) -> str:
        before, after = text[m.start() - 1:m.start()], text[m.end():m.end() + 1]
        return "" if _CJK.match(before) and _CJK.match(after) else " "
    return _MARKUP.sub(gap, text) if "<" in text or "!--" in text else text


# a record asked to be translated ("Translate his biography into English"): what it says is asked, quoted as written
_TRANSLATED_RECORD = re.compile(r"\b(?:please\s+)?(?:translate|put|render)\s+((?:[^.?!]{0,30}?\s)?(?:biography|bio|profile|"
                                r"record|introduction|resume|cv)\b(?:\s+of\s+[^.?!]{2,30}?)?)\s+into\s+(?:chinese|english|mandarin)\b",
                                re.IGNORECASE)


def without_language_request(text: str) -> str:
    """`text` without its requests to be answered in a language (they name no part of the problem); a record asked
    translated is asked for (it was read as nothing, and greeted, rt87)."""
    text = _TRANSLATED_RECORD.sub(lambda m: f"What does {m.group(1)} say?", text)
    return _LANGUAGE_REQUEST.sub(" ", text).strip() if _LANGUAGE_REQUEST.search(text) else text
