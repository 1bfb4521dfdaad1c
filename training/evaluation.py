"""The paper's claim, measured: the base model, the LoRA-tuned model and the RAG pipeline side by side on the
held-out dialogues (experts never seen in training: the splits are by expert).

The evaluation itself is evaluation.training.TrainingEvaluator: every system is compared with references written
by an independent reference writer (not the templates that wrote the dialogues' answers, which are the composer's
own wording), and the ``rag`` system is the real pipeline — the small model given the retrieved subgraph, guard on.
Hallucination comes only from hand sentence labels (``labels``); without them it is reported as unknown. This
module keeps the pieces it uses: character BLEU/ROUGE (`text_scores`), the graph lookup of named and relevant
experts (`GraphFacts`), the CLI's `evaluate_training` entry point and `format_table`.

* ``bleu4`` - sacrebleu corpus BLEU-4 with its ``zh`` tokenizer (each CJK character a token), 0-100;
* ``rouge1`` / ``rouge2`` / ``rougeL`` - rouge-score F1 over characters (its default tokenizer drops CJK, so a
  character tokenizer is passed), mean over dialogues, 0-100;
* ``expert_accuracy`` - share of answers naming at least one relevant expert: the dialogue's own, or any expert
  working on the direction the request was written from (for field asks: any expert of that field);
* ``expert_precision`` - relevant named experts / named experts (names found by a graph lookup).

The models answer the prompt they were trained with (training/data.py): RAG-style prompts carry the retrieved
experts (``context="retrieved"``; the dialogue's own experts with ``"oracle"``, and always for follow-ups, as the
answerer does for questions about a shown expert); their raw output is scored, without the guard.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evaluation.training import METRICS, SYSTEMS as ALL_SYSTEMS
from kg.normalize import key
from kg.store import GraphStore
from retrieval.profile import load_profiles
from evaluation.retrieval import experts_by_direction
from training import cypher as training_cypher
from training.data import load_dialogues
from training.synthesis import expert_match

SYSTEMS = ("base", "tuned", "rag")  # the default rows; "composer" (the offline composer, no model) on request
__all__ = ["ALL_SYSTEMS", "METRICS", "SYSTEMS", "CharTokenizer", "GraphFacts", "evaluate_training", "format_table",
           "text_scores"]


class CharTokenizer:
    """rouge-score tokenizer for Chinese: one token per non-space character (Latin words kept whole)."""

    def tokenize(self, text: str) -> list[str]:
        tokens: list[str] = []
        word = ""
        for ch in text:
            if ch.isascii() and ch.isalnum():
                word += ch.lower()
                continue
            if word:
                tokens.append(word)
                word = ""
            if not ch.isspace():
                tokens.append(ch)
        if word:
            tokens.append(word)
        return tokens


def text_scores(hypotheses: list[str], references: list[str]) -> dict[str, float]:
    """BLEU-4 (sacrebleu, zh tokenization) and character ROUGE-1/2/L F1, all 0-100."""
    import sacrebleu
    from rouge_score import rouge_scorer

    bleu = sacrebleu.corpus_bleu(hypotheses, [references], tokenize="zh").score if hypotheses else 0.0
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], tokenizer=CharTokenizer())
    sums = {"rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0}
    for hyp, ref in zip(hypotheses, references):
        scores = scorer.score(ref, hyp)
        for name in sums:
            sums[name] += scores[name].fmeasure
    n = max(1, len(hypotheses))
    return {"bleu4": round(bleu, 4), **{k: round(100 * v / n, 4) for k, v in sums.items()}}


@dataclass
class GraphFacts:
    """What judging answers needs from the graph: expert names, direction and field members, profiles."""

    store: GraphStore
    names: dict[str, set[str]] = field(default_factory=dict)  # name -> expert ids
    directions: dict[str, set[str]] = field(default_factory=dict)  # normalised direction -> ids
    fields: dict[str, set[str]] = field(default_factory=dict)  # normalised field -> ids
    _profiles: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def read(cls, store: GraphStore) -> GraphFacts:
        facts = cls(store)
        for row in store.read(training_cypher.EXPERT_NAMES).records():
            if row["name"]:
                facts.names.setdefault(row["name"], set()).add(row["id"])
        facts.directions = experts_by_direction(store)
        for row in store.read(training_cypher.FIELD_MEMBERS).records():
            facts.fields.setdefault(key(row["name"]), set()).add(row["id"])
        return facts

    def named(self, text: str) -> set[str]:
        """Graph expert names stated in `text` (longest match first at each position)."""
        lengths = sorted({len(n) for n in self.names}, reverse=True)
        found: set[str] = set()
        i = 0
        while i < len(text):
            for size in lengths:
                piece = text[i:i + size]
                if len(piece) == size and piece in self.names:
                    found.add(piece)
                    i += size - 1
                    break
            i += 1
        return found

    def profiles(self, ids: Iterable[str]) -> list[Any]:
        missing = [i for i in ids if i not in self._profiles]
        for p in load_profiles(self.store, missing):
            self._profiles[p.id] = expert_match(p)
        return [self._profiles[i] for i in ids if i in self._profiles]

    def relevant(self, row: dict[str, Any]) -> set[str]:
        ids = set(row.get("expert_ids") or [])
        if row.get("direction"):
            ids |= self.directions.get(key(row["direction"]), set())
        if row.get("kind") == "field" and row.get("field"):
            ids |= self.fields.get(key(row["field"]), set())
        return ids


def _adapter_settings(adapter: Path | None) -> dict[str, Any]:
    if adapter is None:
        return {}
    path = Path(adapter) / "train_report.json"
    return json.loads(path.read_text(encoding="utf-8")).get("settings", {}) if path.exists() else {}


def evaluate_training(
    adapter: Path | None,
    base: str | None,
    data_dir: Path,
    store: GraphStore,
    retriever: Any = None,
    *,
    split: str = "test",
    limit: int | None = None,
    systems: Iterable[str] = SYSTEMS,
    style: str | None = None,
    context: str = "auto",
    top_k: int = 3,
    max_new_tokens: int = 100,
    gguf_file: str | None = None,
    trust_remote_code: bool = False,
    device: str = "cpu",
    threads: int | None = None,
    examples: int = 3,
    progress: bool = False,
    labels: Path | None = None,
) -> dict[str, Any]:
    """Scores of each system on data_dir/<split>.jsonl against independent references
    (evaluation.training.TrainingEvaluator). `base` and `style` default to what the adapter was trained with (its
    train_report.json); systems that cannot run (no adapter, no retriever) are listed in `skipped`."""
    import torch

    from evaluation.training import TrainingEvaluator

    trained = _adapter_settings(adapter)
    base = base or trained.get("base_path") or trained.get("base")
    style = style or trained.get("style") or "rag"
    gguf_file = gguf_file or trained.get("gguf_file")
    rows = load_dialogues(Path(data_dir) / f"{split}.jsonl")[:limit]
    if not rows:
        raise FileNotFoundError(f"no dialogues in {Path(data_dir) / f'{split}.jsonl'}")
    evaluator = TrainingEvaluator(store, retriever, base=base, adapter=adapter, gguf_file=gguf_file,
                                  trust_remote_code=trust_remote_code, device=device, style=style, context=context,
                                  top_k=top_k, max_new_tokens=max_new_tokens, labels=labels)
    previous_threads = torch.get_num_threads()
    if threads:
        torch.set_num_threads(threads)
    try:
        result = evaluator(rows, systems, progress=progress)
    finally:
        torch.set_num_threads(previous_threads)
    references = [o["reference"] for o in next(iter(result["outputs"].values()), [])]
    shown = [{"request": r["content"], "reference": ref,
              **{s: result["outputs"][s][i]["text"] for s in result["outputs"]}}
             for i, (r, ref) in enumerate(zip(rows[:examples], references))]
    return {"split": split, **result, "examples": shown}


def format_table(result: dict[str, Any]) -> str:
    """The systems side by side, one metric a row ("-" where a figure is unknown, e.g. no hand labels)."""
    systems = list(result["systems"])
    lines = [f"{'metric':28s}" + "".join(f"{s:>12s}" for s in systems)]
    for metric in METRICS:
        cells = []
        for s in systems:
            value = result["systems"][s].get(metric)
            cells.append(f"{'-':>12s}" if value is None else f"{value:>12.3f}")
        lines.append(f"{metric:28s}" + "".join(cells))
    return "\n".join(lines)
