"""How much of a problem one research direction names: a ranking of the experts whose directions write most of the
problem's rarer words (航空发动机涡轮叶片的热障涂层老是剥落 → 「航空发动机叶片热障涂层」).

Why. Rank fusion counts positions only: an expert first on the words and on the directions, but absent from the
meaning-based rankings, lost to one that each ranking placed third to fifth — though the direction was nearly the
problem itself (rt101: 徐惠彬 not shown for his own direction). This ranking says how much of the problem a direction
covers, weighted by how rare each word is in the profiles, so that fusion can count a near-verbatim direction.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from retrieval.base import ScoredExpert
from retrieval.lexical import matched_terms
from retrieval.script import word_counts

#: the ranking's name among the fused ones (its weight: FusionSettings.weights, 1.0). Measured with
#: benchmarks/tune_fusion.py --only coverage on the DEV splits of the four academician query files: at floors 0.5 and
#: 0.65 it fires on none of their problems (long descriptions: no one direction holds most of their words), so those
#: figures cannot choose it; the weight is the smallest that puts an expert first on the words and the directions
#: ahead of one each ranking put third to fifth (rt101), and the floor the one that keeps it to near-verbatim names.
COVERAGE = "coverage"


def _weight(share: float, documents: int) -> float:
    """A word's weight: its inverse document frequency in the profiles (never below one document's)."""
    return math.log(1.0 / max(share, 1.0 / max(documents, 1)))


def query_words(query: str) -> list[str]:
    """The problem's topic words, each on its own (航空, 发动机, 涡轮, 叶片, 热障, 涂层, 剥落): matched against the
    problem cut at jieba's words, so that consecutive words are not merged into one term as the reasons merge them."""
    import jieba

    return matched_terms(query, "，".join(jieba.lcut(query)))


def coverage_ranking(query: str, ranking: Sequence[ScoredExpert], share: Callable[[str], float], documents: int,
                     floor: float = 0.65) -> list[ScoredExpert]:
    """The experts of a direction ranking (`ranking`: the graph retriever's, with its direction evidence) whose best
    direction covers at least `floor` of the problem's weight, best covered first. A problem's word weighs its IDF
    (`share`: the share of profiles holding it); words no profile holds weigh nothing, as no direction can hold them."""
    names = {ev.name for hit in ranking for ev in hit.evidence if ev.kind == "direction"}
    if not names or floor * word_counts(query)[0] > 2 * max(map(len, names)):  # a long description: no direction
        return []  # name holds that share of it (none of the dev problems reached the floor); not read (0.5 ms a match)
    weights = {w: _weight(share(w), documents) for w in query_words(query) if share(w) > 0}
    total = sum(weights.values())
    if total <= 0:
        return []
    covered: dict[str, float] = {}

    def cover(direction: str) -> float:  # a word counts where the direction holds it or a dictionary word of it
        if direction not in covered:  # (涡轮叶片 by 叶片), as the reasons report it (retrieval.lexical.matched_terms)
            held = matched_terms(query, direction)
            covered[direction] = sum(v for w, v in weights.items() if any(w in t or t in w for t in held)) / total
        return covered[direction]

    out = []
    for hit in ranking:
        best = max((cover(ev.name) for ev in hit.evidence if ev.kind == "direction"), default=0.0)
        if best >= floor:
            out.append(ScoredExpert(hit.id, min(best, 1.0)))  # (the graph ranking's evidence says which direction)
    return sorted(out, key=lambda e: (-e.score, e.id))
