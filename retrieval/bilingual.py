"""English → Chinese terms learned from parallel names (the NSFC taxonomy's English and Chinese discipline names).

The glossary (retrieval/glossary.py, CC-CEDICT) is a general dictionary: it glosses nouns, not the adjectives research
writes ("agriculture", not "agricultural"), and lacks research senses ("reactor" is 反应堆, 反应炉, 电抗器 — never the
chemical engineer's 反应器). The NSFC taxonomy names every discipline in both languages (2,916 pairs such as "Crop
physiology" / 作物生理学), so the words that travel together across those pairs are research terms: each English word
or two-word phrase is paired with the Chinese word (jieba, two characters or more) with which it shares the most names
by Dice's coefficient — crop → 作物, remote sensing → 遥感, reactor → 反应器, agricultural → 农业 — if it shares at least
MIN_COUNT names and the coefficient is at least MIN_DICE (~900 terms; ~325 of them words CC-CEDICT lacks, ~215 a sense
it lacks). Each is added to the glossary's senses of its word, among which the problem's meaning still picks
(`Glossary.terms`). Some pairs are noise (acute → 整形, heat transfer → 流传): a sense the problem's vector rarely picks.

MIN_DICE 0.6 chosen on the DEV split of benchmarks/academician_queries/queries_en.jsonl (0.5, 0.6, 0.7 tried; fused
nDCG@10 0.668 without the terms → 0.686 / 0.690 / 0.682); see README ("English problems: terms from the taxonomy").
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path

from retrieval.glossary import ENGLISH_STOP

MIN_DICE = 0.6
MIN_COUNT = 2  # a pair seen in one name only is chance
TERMS_FILE = "terms.json"
_ENGLISH = re.compile(r"[a-z]+")
_HAN = re.compile(r"[\u4e00-\u9fff]+")


def english_units(name: str) -> set[str]:
    """An English name's topic words (not stop words, three letters or more) and its two-word phrases of them."""
    words = _ENGLISH.findall(name.lower())
    units = {w for w in words if w not in ENGLISH_STOP and len(w) > 2}
    units.update(f"{a} {b}" for a, b in zip(words, words[1:]) if a not in ENGLISH_STOP and b not in ENGLISH_STOP)
    return units


def chinese_units(name: str) -> set[str]:
    """A Chinese name's words of two characters or more (jieba's dictionary, no guessing of new words)."""
    from retrieval.lexical import _jieba

    return {w for w in _jieba().lcut(name, HMM=False) if len(w) >= 2 and _HAN.fullmatch(w)}


def align(pairs: Iterable[tuple[str, str]], min_dice: float = MIN_DICE, min_count: int = MIN_COUNT) -> dict[str, str]:
    """English word or phrase → the Chinese word it goes with best across the (English, Chinese) name pairs; ties go
    to the word seen in more names, then to the first in Unicode order (the same result on every run)."""
    english: Counter[str] = Counter()
    chinese: Counter[str] = Counter()
    both: Counter[tuple[str, str]] = Counter()
    for en, zh in pairs:
        e_units, z_units = english_units(en), chinese_units(zh)
        english.update(e_units)
        chinese.update(z_units)
        both.update((e, z) for e in e_units for z in z_units)
    best: dict[str, tuple[float, int, str]] = {}
    for (e, z), n in sorted(both.items()):  # (in Unicode order: a tie keeps the first)
        dice = 2 * n / (english[e] + chinese[z])
        if n >= min_count and dice >= min_dice and (e not in best or (dice, n) > best[e][:2]):
            best[e] = (dice, n, z)
    terms = {e: best[e][2] for e in sorted(best)}
    return {e: z for e, z in terms.items() if not _only_in_phrase(e, z, terms, english)}


def _only_in_phrase(word: str, chinese: str, terms: Mapping[str, str], seen: Mapping[str, int]) -> bool:
    """Whether a single word is learned only as part of one phrase: seen in no name without that phrase, and paired
    with the phrase's own Chinese ("stem" only in "stem cell", so 干细胞 — the word alone read rice stem borers as stem
    cells). The word alone then keeps the dictionary's senses (茎, 干) and the phrase its term."""
    return " " not in word and any(
        " " in phrase and word in phrase.split() and z == chinese and seen[phrase] == seen[word]
        for phrase, z in terms.items())


def taxonomy_pairs(path: Path) -> list[tuple[str, str]]:
    """(English name, Chinese name) of every line of the NSFC taxonomy (nsfc.jl) that has both."""
    pairs = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                obj = json.loads(line)
                en, zh = str(obj.get("name_en") or "").strip(), str(obj.get("name") or "").strip()
                if en and zh:
                    pairs.append((en, zh))
    return pairs


def save(terms: Mapping[str, str], directory: Path) -> None:
    """Write the terms beside a model (atomically)."""
    directory.mkdir(parents=True, exist_ok=True)
    tmp = directory / f"{TERMS_FILE}.tmp"
    tmp.write_text(json.dumps(dict(terms), ensure_ascii=False, indent=0), encoding="utf-8")
    os.replace(tmp, directory / TERMS_FILE)


def load(directory: Path) -> dict[str, str]:
    """The terms saved in `directory`; {} where there are none (a model trained before they were learned)."""
    path = directory / TERMS_FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
