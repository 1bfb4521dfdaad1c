"""The paper's claim, measured: the base model, the LoRA-tuned model and the RAG-grounded pipeline side by side on
the held-out dialogues (experts never seen in training: the splits are by expert).

Per system:

* ``bleu4`` - sacrebleu corpus BLEU-4 with its ``zh`` tokenizer (each CJK character a token), 0-100;
* ``rouge1`` / ``rouge2`` / ``rougeL`` - rouge-score F1 over characters (its default tokenizer drops CJK, so a
  character tokenizer is passed), mean over dialogues, 0-100;
* ``expert_accuracy`` - share of answers naming at least one relevant expert: the dialogue's own, or any expert
  working on the direction the request was written from (for field asks: any expert of that field);
* ``expert_precision`` - relevant named experts / named experts (names found by a graph lookup);
* ``hallucination_rate`` - unsupported mentions / all mentions of experts, institutions and awards, judged by
  generation.grounding against the graph facts of the dialogue's experts plus those of every graph expert the
  answer names (so a real name with a wrong institution, or an invented name, counts);
* ``answers_with_hallucination`` - share of answers with at least one unsupported mention;
* ``empty`` - share of empty answers; ``avg_chars``.

The models answer the prompt they were trained with (training/data.py): RAG-style prompts carry the retrieved
experts (``context="retrieved"``; the dialogue's own experts with ``"oracle"``, and always for follow-ups, as the
answerer does for questions about a shown expert); raw model output is scored, without the guard. The ``rag``
system is generation.answerer.ExpertAnswerer with the offline grounded backend over the retriever (guard on).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generation.grounding import check_answer
from kg.normalize import key
from kg.store import GraphStore
from retrieval.profile import load_profiles
from retrieval.report import experts_by_direction
from training import cypher as training_cypher
from training.data import dialogue_experts, load_dialogues, prompt_messages
from training.synthesis import expert_match

SYSTEMS = ("base", "tuned", "rag")
METRICS = ("bleu4", "rouge1", "rouge2", "rougeL", "expert_accuracy", "expert_precision", "hallucination_rate",
           "answers_with_hallucination", "empty", "avg_chars")


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


def judge(answers: list[str], rows: list[dict[str, Any]], graph: GraphFacts) -> dict[str, float]:
    """Expert accuracy/precision and hallucination of `answers` to `rows`."""
    hits = stated = relevant_stated = mentions = unsupported = flagged = empty = chars = 0
    for text, row in zip(answers, rows):
        chars += len(text)
        if not text.strip():
            empty += 1
            continue
        named = graph.named(text)
        named_ids = sorted({i for n in named for i in graph.names[n]})
        wanted = graph.relevant(row)
        good = {n for n in named if graph.names[n] & wanted}
        hits += bool(good)
        stated += len(named)
        relevant_stated += len(good)
        _, report = check_answer(text, dialogue_experts(row) + graph.profiles(named_ids))
        mentions += len(report.grounded) + len(report.dropped)
        unsupported += len(report.dropped)
        flagged += bool(report.dropped)
    n = max(1, len(answers))
    return {
        "expert_accuracy": round(hits / n, 4),
        "expert_precision": round(relevant_stated / stated, 4) if stated else 0.0,
        "hallucination_rate": round(unsupported / mentions, 4) if mentions else 0.0,
        "answers_with_hallucination": round(flagged / n, 4),
        "empty": round(empty / n, 4),
        "avg_chars": round(chars / n, 2),
    }


def score(answers: list[str], rows: list[dict[str, Any]], graph: GraphFacts) -> dict[str, float]:
    return {**text_scores(answers, [r["summary"] for r in rows]), **judge(answers, rows, graph), "n": len(rows)}


def _problem(row: dict[str, Any]) -> str:
    history = row.get("history") or []
    return history[0][0] if history else row["content"]


def model_answers(backend: Any, rows: list[dict[str, Any]], style: str, contexts: list[list[Any] | None],
                  max_new_tokens: int, progress: Callable[[int], None] | None = None) -> list[str]:
    """Greedy answers of an HF backend to the rows' prompts (the prompt style it was trained with)."""
    answers = []
    for row, context in zip(rows, contexts):
        messages = prompt_messages(row, style, experts=context)
        answers.append(backend.generate(messages, max_tokens=max_new_tokens, temperature=0.0))
        if progress:
            progress(1)
    return answers


def rag_answers(retriever: Any, rows: list[dict[str, Any]], top_k: int = 3) -> list[str]:
    """The grounded pipeline's answers; a follow-up is asked after the pipeline's own answer to the first turn."""
    from generation.answerer import ExpertAnswerer
    from generation.conversation import Conversation

    answerer = ExpertAnswerer(retriever, backend=None, top_k=top_k)
    answers = []
    for row in rows:
        conversation = Conversation()
        for q, _ in row.get("history") or []:
            answerer.answer(q, conversation)
        answers.append(answerer.answer(row["content"], conversation).text)
    return answers


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
) -> dict[str, Any]:
    """Scores of each system on data_dir/<split>.jsonl. `base` and `style` default to what the adapter was
    trained with (its train_report.json); systems that cannot run (no adapter, no retriever) are listed in
    `skipped`."""
    import torch

    started = time.perf_counter()
    trained = _adapter_settings(adapter)
    base = base or trained.get("base_path") or trained.get("base")
    style = style or trained.get("style") or "rag"
    gguf_file = gguf_file or trained.get("gguf_file")
    if context not in ("auto", "retrieved", "oracle"):
        raise ValueError("context must be auto, retrieved or oracle")
    if context == "auto":
        context = "retrieved" if retriever is not None else "oracle"
    if context == "retrieved" and retriever is None:
        raise ValueError("context='retrieved' needs a retriever")
    rows = load_dialogues(Path(data_dir) / f"{split}.jsonl")[:limit]
    if not rows:
        raise FileNotFoundError(f"no dialogues in {Path(data_dir) / f'{split}.jsonl'}")
    graph = GraphFacts.read(store)
    contexts: list[list[Any] | None] = []
    for row in rows:
        if style == "plain" or context == "oracle" or row.get("history"):
            contexts.append(None)  # the dialogue's own experts (plain style ignores it)
        else:
            contexts.append(list(retriever.match(_problem(row), top_k=top_k).experts))

    results: dict[str, Any] = {}
    outputs: dict[str, list[str]] = {}
    skipped: dict[str, str] = {}
    previous_threads = torch.get_num_threads()
    if threads:
        torch.set_num_threads(threads)
    try:
        for system in systems:
            if system not in SYSTEMS:
                raise ValueError(f"unknown system {system!r}: use {SYSTEMS}")
            if system == "rag":
                if retriever is None:
                    skipped[system] = "no retriever"
                    continue
                outputs[system] = rag_answers(retriever, rows, top_k)
            else:
                if not base:
                    skipped[system] = "no base model"
                    continue
                if system == "tuned" and adapter is None:
                    skipped[system] = "no adapter"
                    continue
                from tqdm import tqdm

                from generation.hf_backend import HFBackend

                backend = HFBackend(str(base), adapter=str(adapter) if system == "tuned" else None,
                                    gguf_file=gguf_file, trust_remote_code=trust_remote_code, device=device)
                with tqdm(total=len(rows), desc=system, disable=not progress) as bar:
                    outputs[system] = model_answers(backend, rows, style, contexts, max_new_tokens, bar.update)
                del backend
            results[system] = score(outputs[system], rows, graph)
    finally:
        torch.set_num_threads(previous_threads)
    shown = [{"request": r["content"], "reference": r["summary"], **{s: outputs[s][i] for s in outputs}}
             for i, r in enumerate(rows[:examples])]
    return {
        "split": split, "dialogues": len(rows), "base": str(base) if base else None,
        "adapter": str(adapter) if adapter else None, "style": style, "context": context,
        "max_new_tokens": max_new_tokens, "systems": results, "skipped": skipped, "examples": shown,
        "seconds": round(time.perf_counter() - started, 2),
    }


def format_table(result: dict[str, Any]) -> str:
    """The systems side by side, one metric a row."""
    systems = list(result["systems"])
    lines = [f"{'metric':28s}" + "".join(f"{s:>12s}" for s in systems)]
    for metric in METRICS:
        lines.append(f"{metric:28s}" + "".join(f"{result['systems'][s][metric]:>12.3f}" for s in systems))
    return "\n".join(lines)
