"""How well the grounding guard drops false sentences and keeps true ones, on a hand-labelled corpus.

The corpus (tests/data/grounding_corpus.jsonl, described in tests/data/GROUNDING_CORPUS.md) holds answer sentences
about real experts: CAS/CAE academicians from the public data beside the project (../shared/data) and demo experts
from `kg.demo` with a fixed seed. Each sentence was labelled by reading the experts' graph facts, never by running
the guard, so the figures here are not the guard judging itself.

The experts are built the way the product builds them: the academicians are imported with the project's importer
and the demo experts generated, both ingested into a graph of their own, and each item's experts are read back with
`retrieval.subgraph.load_matches` — the same ExpertMatch objects an answer is grounded on.

The guard is used only through its public contract: `check_answer(text, experts) -> (kept text, report)`, where
`report.sentences` lists SentenceVerdicts (`.text`, `.kept`) in answer order. Where the verdicts are missing, a
sentence counts as kept when its text is still in the kept text.
"""

from __future__ import annotations

import re

import statistics
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from errors import InputFileError, NotFound
from evaluation.base import Evaluator, jsonl_objects
from kg.store import GraphStore
from retrieval.models import ExpertMatch

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT / "tests" / "data" / "grounding_corpus.jsonl"
DEFAULT_DATA = ROOT.parent / "shared" / "data"
ACADEMICIAN_FILES = ("AcademicianScience.csv", "AcademicianEngineering.csv")
LABELS = ("supported", "unsupported")
ACADEMY_SOURCES = {"cas": "cas-academicians", "cae": "cae-academicians"}

Checker = Callable[[str, list[ExpertMatch]], tuple[str, Any]]


@dataclass(frozen=True)
class CorpusItem:
    """One labelled sentence: the experts retrieved for the answer, the sentences before it, and the label."""

    id: str
    experts: tuple[dict, ...]
    sentence: str
    label: str
    kind: str
    context: tuple[str, ...] = ()
    format: str = "plain"
    note: str = ""

    @property
    def answer(self) -> str:
        """The answer text the guard checks: the context sentences, then the labelled one; a piece that starts a list
        item or heading starts a new line, as it did in the answer it was cut from."""
        pieces = [*self.context, self.sentence]
        return "".join(("\n" if n and _LINE_START.match(p) else "") + p for n, p in enumerate(pieces))


_LINE_START = re.compile(r"\s*(?:[-*•]\s|\d{1,2}[.、)）]\s*|\*\*|#)")


def ref_key(ref: dict) -> str:
    """A stable string for an expert reference: `cas:name`, `cae:name` or `demo:<seed>:<id>`."""
    if "academy" in ref:
        return f"{ref['academy']}:{ref['name']}"
    return f"demo:{ref.get('seed', 5)}:{ref['demo']}"


def load_corpus(path: str | Path = DEFAULT_CORPUS) -> list[CorpusItem]:
    """Read and check the corpus; a malformed line raises InputFileError naming the file and line."""
    items: list[CorpusItem] = []
    seen: set[str] = set()
    path = Path(path)
    for _, where, row in jsonl_objects(path, "grounding corpus"):
        missing = [k for k in ("id", "experts", "sentence", "label", "kind") if not row.get(k)]
        if missing:
            raise InputFileError(f"{where}: missing field {', '.join(missing)}")
        if row["label"] not in LABELS:
            raise InputFileError(f"{where}: label must be one of {', '.join(LABELS)}, got {row['label']!r}")
        if row["id"] in seen:
            raise InputFileError(f"{where}: id {row['id']!r} used twice")
        for ref in row["experts"]:
            ok = (isinstance(ref, dict) and (ref.get("academy") in ACADEMY_SOURCES and ref.get("name")
                  or isinstance(ref.get("demo"), str)))
            if not ok:
                raise InputFileError(f"{where}: expert reference {ref!r} is neither {{academy, name}} nor {{demo}}")
        seen.add(row["id"])
        items.append(CorpusItem(id=row["id"], experts=tuple(row["experts"]), sentence=row["sentence"].strip(),
                                label=row["label"], kind=row["kind"], context=tuple(row.get("context") or ()),
                                format=row.get("format") or "plain", note=row.get("note") or ""))
    return items


def import_experts(store: GraphStore, items: Iterable[CorpusItem], data_dir: str | Path = DEFAULT_DATA
                   ) -> dict[str, ExpertMatch]:
    """Ingest the academicians and demo experts the items name into `store`; their ExpertMatch by ref_key.

    Academicians come from the public CSVs through the project's importer; demo experts from kg.demo with each
    reference's seed. Raises NotFound when the data is absent or a referenced expert is not in it.
    """
    from kg.demo import paper_experts, write_demo_data
    from kg.importers import SOURCES
    from kg.ingest import ingest
    from kg.readers import read_records
    from retrieval.subgraph import load_matches

    refs = {ref_key(r): r for item in items for r in item.experts}
    academic = [r for r in refs.values() if "academy" in r]
    if academic:
        folder = Path(data_dir) / "cas_cae_academicians"
        paths = [folder / f for f in ACADEMICIAN_FILES]
        absent = [str(p) for p in paths if not p.is_file()]
        if absent:
            raise NotFound(f"academician data not found: {', '.join(absent)}")
        ingest(store, SOURCES["academicians"](paths))
    demo_by_seed: dict[int, int] = {}
    for r in refs.values():
        if "demo" in r:
            number = int(r["demo"].rsplit("-", 1)[-1]) if r["demo"].startswith("demo-") else 0
            seed = int(r.get("seed", 5))
            demo_by_seed[seed] = max(demo_by_seed.get(seed, 0), number)
    if len(demo_by_seed) > 1:
        raise InputFileError("the corpus names demo experts of more than one seed; one graph holds one demo set")
    with tempfile.TemporaryDirectory(prefix="grounding-corpus-") as tmp:
        for seed, n in demo_by_seed.items():
            data = Path(tmp) / f"demo-{seed}.jsonl"
            write_demo_data(data, n + len(paper_experts()), seed=seed)  # the paper's experts come first
            ingest(store, read_records(data))

    ids: dict[str, str] = {}
    for k, r in refs.items():
        if "demo" in r:
            ids[k] = r["demo"]
            continue
        rows = store.read("MATCH (e:Expert) WHERE e.name = $name RETURN e.id AS id, e.source AS source",
                          {"name": r["name"]}).records()
        source = ACADEMY_SOURCES[r["academy"]]
        hits = [row["id"] for row in rows if source in (row["source"] or [])]
        if len(hits) != 1:
            raise NotFound(f"academician {r['name']} ({r['academy']}): {len(hits)} matches in the imported data")
        ids[k] = hits[0]
    matches, _, missing = load_matches(store, [(i, 1.0) for i in dict.fromkeys(ids.values())])
    if missing:
        raise NotFound(f"experts not in the graph after import: {', '.join(missing)}")
    by_id = {m.id: m for m in matches}
    return {k: by_id[i] for k, i in ids.items()}


def default_checker(similarity: Any = None) -> Checker:
    """The product's guard through its public function (`check_answer(text, experts)`), with the topic similarity
    the product gives it (generation/english.py `topic_similarity`) when `similarity` is passed."""
    from generation import grounding

    def check(text: str, experts: list[ExpertMatch]) -> tuple[str, Any]:
        try:
            if similarity is not None:
                return grounding.check_answer(text, experts, similarity=similarity)
            return grounding.check_answer(text, experts)
        except (AttributeError, TypeError):
            # the guard before its rewrite took GroundingFacts instead of the expert list
            return grounding.check_answer(text, grounding.GroundingFacts.from_experts(experts))

    return check


def _squash(text: str) -> str:
    return "".join(text.split())


def sentence_kept(item: CorpusItem, kept_text: str, report: Any) -> bool:
    """Whether the guard kept the item's labelled sentence (the last one of its answer)."""
    target = _squash(item.sentence)
    verdicts = [v for v in (getattr(report, "sentences", None) or []) if hasattr(v, "kept") and hasattr(v, "text")]
    if verdicts:
        mine = []
        for v in reversed(verdicts):  # the labelled sentence comes last; it may have been split in parts
            text = _squash(v.text)
            if text and text in target:
                mine.append(v)
                if len("".join(_squash(m.text) for m in mine)) >= len(target):
                    break
            elif mine:
                break
            elif target in text:  # the guard merged it with context: its verdict is the whole piece's
                mine.append(v)
                break
        if mine:
            return all(v.kept for v in mine)
    return target in _squash(kept_text)


@dataclass
class _Tally:
    total: int = 0
    dropped: int = 0

    def rate(self) -> float:
        return round(self.dropped / self.total, 4) if self.total else 0.0


@dataclass
class GroundingResult:
    """Per-item outcome of one evaluation run."""

    dropped: dict[str, bool] = field(default_factory=dict)
    ms: dict[str, float] = field(default_factory=dict)


def figures(items: Sequence[CorpusItem], dropped: dict[str, bool], ms: dict[str, float] | None = None
            ) -> dict[str, Any]:
    """Recall on falsehoods and false-drop rate on true sentences, overall and per kind and format."""
    by_label: dict[str, _Tally] = defaultdict(_Tally)
    by_kind: dict[str, dict[str, _Tally]] = {lab: defaultdict(_Tally) for lab in LABELS}
    by_format: dict[str, dict[str, _Tally]] = {lab: defaultdict(_Tally) for lab in LABELS}
    for item in items:
        d = dropped[item.id]
        for tally in (by_label[item.label], by_kind[item.label][item.kind], by_format[item.label][item.format]):
            tally.total += 1
            tally.dropped += d
    false_, true_ = by_label["unsupported"], by_label["supported"]
    drops = false_.dropped + true_.dropped
    times = sorted((ms or {}).values())
    return {
        "sentences": len(items),
        "unsupported": false_.total,
        "supported": true_.total,
        "recall_on_falsehoods": false_.rate(),
        "false_drop_rate": true_.rate(),
        "drop_precision": round(false_.dropped / drops, 4) if drops else 0.0,
        "recall_by_kind": {k: {"n": t.total, "recall": t.rate()} for k, t in sorted(by_kind["unsupported"].items())},
        "false_drop_by_kind": {k: {"n": t.total, "false_drop": t.rate()}
                               for k, t in sorted(by_kind["supported"].items())},
        "recall_by_format": {k: {"n": t.total, "recall": t.rate()} for k, t in sorted(by_format["unsupported"].items())},
        "false_drop_by_format": {k: {"n": t.total, "false_drop": t.rate()}
                                 for k, t in sorted(by_format["supported"].items())},
        "missed": [i.id for i in items if i.label == "unsupported" and not dropped[i.id]],
        "false_drops": [i.id for i in items if i.label == "supported" and dropped[i.id]],
        "guard_ms_mean": round(statistics.fmean(times), 3) if times else 0.0,
        "guard_ms_p50": round(statistics.median(times), 3) if times else 0.0,
        "guard_ms_p95": round(times[max(0, round(0.95 * len(times)) - 1)], 3) if times else 0.0,
    }


class GroundingEvaluator(Evaluator):
    """Runs the guard on every corpus item (context + labelled sentence) and scores it against the hand labels."""

    name = "grounding"

    def __init__(self, corpus: str | Path = DEFAULT_CORPUS, data_dir: str | Path = DEFAULT_DATA,
                 checker: Checker | None = None, split: str = "all") -> None:
        self.items = split_items(load_corpus(corpus), split)
        self.data_dir = Path(data_dir)
        self.checker = checker

    def experts(self, store: GraphStore) -> dict[str, ExpertMatch]:
        """Import the corpus's experts into `store` (a graph of the evaluation's own) and read them back."""
        return import_experts(store, self.items, self.data_dir)

    def __call__(self, store: GraphStore, experts: dict[str, ExpertMatch] | None = None) -> dict[str, Any]:
        experts = experts if experts is not None else self.experts(store)
        check = self.checker or default_checker()
        dropped: dict[str, bool] = {}
        ms: dict[str, float] = {}
        for item in self.items:
            retrieved = [experts[ref_key(r)] for r in item.experts]
            started = time.perf_counter()
            kept_text, report = check(item.answer, retrieved)
            ms[item.id] = (time.perf_counter() - started) * 1000
            dropped[item.id] = not sentence_kept(item, kept_text, report)
        result = figures(self.items, dropped, ms)
        result["kinds_of_falsehood"] = len({i.kind for i in self.items if i.label == "unsupported"})
        return result


SPLITS = ("dev", "test", "all")


def split_items(items: Sequence[CorpusItem], split: str) -> list[CorpusItem]:
    """The corpus split by expert set: odd sets (g01, g03, …) are dev — the only ones the guard may be tuned on —,
    even sets (g02, g04, …) are test, reported and never looked at while changing the guard."""
    from errors import UsageError

    if split not in SPLITS:
        raise UsageError(f"split {split!r}: use one of {', '.join(SPLITS)}")
    if split == "all":
        return list(items)
    want = 1 if split == "dev" else 0
    return [i for i in items if int(i.id.split("-")[0].lstrip("g")) % 2 == want]


def corpus_counts(items: Sequence[CorpusItem]) -> dict[str, Any]:
    """Sizes of the corpus: sentences per label, kind and format, distinct expert references."""
    return {
        "sentences": len(items),
        "labels": dict(Counter(i.label for i in items)),
        "falsehood_kinds": dict(Counter(i.kind for i in items if i.label == "unsupported")),
        "true_kinds": dict(Counter(i.kind for i in items if i.label == "supported")),
        "formats": dict(Counter(i.format for i in items)),
        "experts": len({ref_key(r) for i in items for r in i.experts}),
    }
