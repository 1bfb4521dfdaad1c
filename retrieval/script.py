"""One script for matching: traditional Chinese (繁體) read as simplified, since the graph's texts are simplified.

A problem written in Taiwan or Hong Kong characters (注塑件翹曲) shares no character bigram with a profile that says
注塑件翘曲; converted first, it matches as the simplified text does. Conversion is by character and phrase (zhconv's
zh-hans table, not the zh-cn one that also swaps regional vocabulary such as 建立 -> 创建), so simplified text is
left exactly as it is.
"""

from __future__ import annotations

from functools import lru_cache


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


def simplified(text: str) -> str:
    """`text` in simplified script (unchanged, and at no cost, when it has no traditional-only character)."""
    return _converter()[0](text, "zh-hans") if text and has_traditional(text) else text
