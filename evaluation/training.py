"""Base vs LoRA-tuned vs RAG on held-out dialogues, scored against references the systems did not write.

The synthesised dialogues' own answers (`summary`) come from training/templates.py, which composes them exactly as
the offline composer (generation/grounded.py) does; comparing the composer — or a model tuned on those answers —
with them measures how well it copies a template, not how well it answers. Here every system is compared with a
reference written by `independent_reference`: the same graph facts of the dialogue's experts (the facts the
dialogue was built from), stated in a different wording and order (running prose: 「可以联系<单位>的<职称><姓名>，
其研究集中在……」), by code that shares nothing with the composer or the templates.

Systems (each answers every dialogue; follow-ups are asked after their first turn):

* ``base`` / ``tuned`` — the HF model without / with its LoRA adapter, given the prompt it was trained with (the
  retrieved experts' facts for RAG-style prompts); raw output, no guard;
* ``rag`` — the real RAG pipeline: generation.answerer.ExpertAnswerer with the small model (the tuned one when an
  adapter is given, else the base) over the retriever, guard on; scored on the text shown to the user. Its raw model
  output is scored too (``rag_raw``), and its fallback rate (answers the guard replaced with the composer's) is given;
* ``composer`` (only when asked for) — the offline composer with no model, the old third row, for comparison.

Figures per system: BLEU-4 (sacrebleu ``zh``), character ROUGE-1/2/L F1 (0-100) against the independent references;
expert accuracy / precision by a graph lookup of the names an answer states (training.evaluation.GraphFacts);
hallucination only from hand sentence labels (evaluation/generation.py's format, keyed by dialogue id and sentence):
without labels for every sentence it is None and ``unlabelled`` says how many are missing — the guard's detector is
never the judge. Every answer is kept in ``outputs`` (with the experts of its prompt) so its sentences can be
labelled with `evaluation.generation.sentences_to_label`.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from evaluation.base import Evaluator
from evaluation.generation import RecordingBackend, load_labels, split_sentences
from retrieval.models import ExpertMatch

SYSTEMS = ("base", "tuned", "rag", "composer")
METRICS = ("bleu4", "rouge1", "rouge2", "rougeL", "expert_accuracy", "expert_precision", "hallucination_rate",
           "answers_with_hallucination", "unlabelled", "fallback_rate", "empty", "avg_chars")


# -- the independent reference writer ------------------------------------------------------------------------------

def _list(items: Iterable[str]) -> str:
    items = [i for i in items if i]
    return items[0] if len(items) == 1 else "，".join(items[:-1]) + "以及" + items[-1] if items else ""


def _award_phrase(expert: ExpertMatch) -> str:
    return "；".join(f"于{a.year}年荣获{a.name}" if a.year else f"荣获{a.name}" for a in expert.awards)


def _who(expert: ExpertMatch) -> str:
    """「<单位>的<职称><姓名>」 with whatever of institution and title the graph has."""
    where = f"{expert.institution}的" if expert.institution else ""
    return f"{where}{expert.title or ''}{expert.name}"


def reference_paragraph(expert: ExpertMatch) -> str:
    """One expert in prose: who and where, the research focus, the discipline, the awards."""
    text = f"可以联系{_who(expert)}"
    if expert.directions:
        text += f"，其研究集中在{_list(expert.directions)}等方面"
    if expert.fields:
        text += f"，学科归属为{_list(expert.fields)}"
    text += "。"
    if expert.awards:
        text += f"{expert.name}曾{_award_phrase(expert)}。"
    return text


def reference_followup(expert: ExpertMatch, attribute: str | None) -> str:
    """A follow-up answer about one attribute of one expert."""
    if attribute == "awards":
        return (f"据知识图谱记录，{expert.name}曾{_award_phrase(expert)}。" if expert.awards
                else f"知识图谱里没有{expert.name}获奖的记录。")
    if attribute == "institution":
        if not expert.institution:
            return f"知识图谱里没有{expert.name}所在单位的记录。"
        title = f"，是一名{expert.title}" if expert.title else ""
        return f"{expert.name}目前就职于{expert.institution}{title}。"
    if attribute == "directions":
        return (f"{expert.name}的研究集中在{_list(expert.directions)}等方面。" if expert.directions
                else f"知识图谱里没有{expert.name}研究方向的记录。")
    return reference_paragraph(expert)


def independent_reference(row: dict[str, Any]) -> str:
    """The reference answer to a dialogue, written from its experts' graph facts without the composer's wording."""
    experts = [ExpertMatch(**e) for e in row.get("experts") or []]
    if not experts:
        return "知识图谱中没有找到合适的专家。"
    if row.get("kind") == "followup":
        return reference_followup(experts[0], row.get("attribute"))
    lead = "这个问题" if row.get("kind") != "field" else f"{row.get('field') or '该'}领域"
    return f"{lead}建议找以下{len(experts)}位专家。" + "".join(reference_paragraph(e) for e in experts)


# -- the systems ---------------------------------------------------------------------------------------------------

def _problem(row: dict[str, Any]) -> str:
    history = row.get("history") or []
    return history[0][0] if history else row["content"]


def pipeline_answers(answerer: Any, rows: list[dict[str, Any]], progress: Any = None) -> list[dict[str, Any]]:
    """Each row answered by `answerer` (guard as set); a follow-up after the pipeline's own answer to its first turn.
    Per row: the text shown, the backend's raw output (when a model wrote it), the fallback flag and the experts."""
    from generation.conversation import Conversation

    recorder = RecordingBackend(answerer.backend) if answerer.backend is not None else None
    if recorder is not None:
        answerer.backend = recorder
    out = []
    for row in rows:
        conversation = Conversation()
        for q, _ in row.get("history") or []:
            answerer.answer(q, conversation)
        if recorder is not None:
            recorder.last_raw = ""
        answer = answerer.answer(row["content"], conversation)
        out.append({"text": answer.text, "raw": recorder.last_raw if recorder is not None else answer.text,
                    "fell_back": bool(answer.grounding.fell_back) if answer.grounding else False,
                    "experts": [e.model_dump() for e in answer.experts]})
        if progress:
            progress(1)
    return out


class TrainingEvaluator(Evaluator):
    """The base model, the tuned model and the RAG pipeline on one split, against independent references.

    `base` (a directory, hub id or GGUF directory with `gguf_file`) and `adapter` (a LoRA directory) give the
    models; `retriever` the RAG context. Systems that cannot run are listed in `skipped`.
    """

    name = "training"

    def __init__(self, store: Any, retriever: Any = None, *, base: str | None = None, adapter: Path | None = None,
                 gguf_file: str | None = None, trust_remote_code: bool = False, device: str = "cpu",
                 style: str = "rag", context: str = "auto", top_k: int = 3, max_new_tokens: int = 100,
                 labels: Path | None = None) -> None:
        if context not in ("auto", "retrieved", "oracle"):
            raise ValueError("context must be auto, retrieved or oracle")
        if context == "auto":
            context = "retrieved" if retriever is not None else "oracle"
        if context == "retrieved" and retriever is None:
            raise ValueError("context='retrieved' needs a retriever")
        self.store, self.retriever = store, retriever
        self.base, self.adapter, self.gguf_file = base, adapter, gguf_file
        self.trust_remote_code, self.device = trust_remote_code, device
        self.style, self.context, self.top_k, self.max_new_tokens = style, context, top_k, max_new_tokens
        self.labels = load_labels(labels) if labels and Path(labels).is_file() else {}

    # -- running ---------------------------------------------------------------------------------------------------
    def _backend(self, tuned: bool):
        from generation.hf_backend import HFBackend

        return HFBackend(str(self.base), adapter=str(self.adapter) if tuned else None, gguf_file=self.gguf_file,
                         trust_remote_code=self.trust_remote_code, device=self.device)

    def _contexts(self, rows: list[dict[str, Any]]) -> list[list[ExpertMatch] | None]:
        contexts: list[list[ExpertMatch] | None] = []
        for row in rows:
            if self.style == "plain" or self.context == "oracle" or row.get("history"):
                contexts.append(None)  # the dialogue's own experts (plain style ignores them)
            else:
                contexts.append(list(self.retriever.match(_problem(row), top_k=self.top_k).experts))
        return contexts

    def _model_rows(self, tuned: bool, rows, contexts, bar) -> list[dict[str, Any]]:
        from training.data import dialogue_experts, prompt_messages

        backend = self._backend(tuned)
        out = []
        for row, context in zip(rows, contexts):
            text = backend.generate(prompt_messages(row, self.style, experts=context),
                                    max_tokens=self.max_new_tokens, temperature=0.0)
            experts = context if context is not None else dialogue_experts(row)
            out.append({"text": text, "raw": text, "fell_back": False, "experts": [e.model_dump() for e in experts]})
            bar.update(1)
        return out

    def _pipeline_rows(self, system: str, rows, bar) -> list[dict[str, Any]]:
        from generation.answerer import ExpertAnswerer

        backend = None if system == "composer" else self._backend(tuned=self.adapter is not None)
        answerer = ExpertAnswerer(self.retriever, backend=backend, top_k=self.top_k, max_tokens=self.max_new_tokens,
                                  temperature=0.0, guard=True)
        return pipeline_answers(answerer, rows, bar.update)

    def run(self, rows: list[dict[str, Any]], systems: Iterable[str], progress: bool = False
            ) -> tuple[dict[str, list[dict[str, Any]]], dict[str, str]]:
        from tqdm import tqdm

        outputs: dict[str, list[dict[str, Any]]] = {}
        skipped: dict[str, str] = {}
        contexts = None
        for system in systems:
            if system not in SYSTEMS:
                raise ValueError(f"unknown system {system!r}: use {SYSTEMS}")
            if system in ("rag", "composer") and self.retriever is None:
                skipped[system] = "no retriever"
                continue
            if system in ("base", "tuned", "rag") and not self.base:
                skipped[system] = "no base model"
                continue
            if system == "tuned" and self.adapter is None:
                skipped[system] = "no adapter"
                continue
            with tqdm(total=len(rows), desc=system, disable=not progress) as bar:
                if system in ("rag", "composer"):
                    outputs[system] = self._pipeline_rows(system, rows, bar)
                else:
                    contexts = contexts if contexts is not None else self._contexts(rows)
                    outputs[system] = self._model_rows(system == "tuned", rows, contexts, bar)
        return outputs, skipped

    # -- scoring ---------------------------------------------------------------------------------------------------
    def score(self, answers: list[dict[str, Any]], rows: list[dict[str, Any]], graph: Any, field: str = "text"
              ) -> dict[str, Any]:
        from training.evaluation import text_scores

        texts = [a[field] for a in answers]
        figures: dict[str, Any] = {**text_scores(texts, [independent_reference(r) for r in rows]), "n": len(rows)}
        hits = stated = relevant = unsupported = claims = flagged = unlabelled = empty = chars = 0
        for text, row in zip(texts, rows):
            chars += len(text)
            empty += not text.strip()
            named = graph.named(text)
            wanted = graph.relevant(row)
            good = {n for n in named if graph.names[n] & wanted}
            hits += bool(good)
            stated += len(named)
            relevant += len(good)
            verdicts = [(self.labels.get((row["id"], s)) or {}).get("label") for s in split_sentences(text)]
            unlabelled += verdicts.count(None)
            unsupported += verdicts.count("unsupported")
            claims += verdicts.count("unsupported") + verdicts.count("supported")
            flagged += "unsupported" in verdicts
        n = max(1, len(rows))
        judged = unlabelled == 0
        figures.update({
            "expert_accuracy": round(hits / n, 4),
            "expert_precision": round(relevant / stated, 4) if stated else 0.0,
            "hallucination_rate": round(unsupported / claims, 4) if judged and claims else None,  # 0 claims: None
            "claims": claims,
            "answers_with_hallucination": round(flagged / n, 4) if judged else None,
            "unlabelled": unlabelled,
            "fallback_rate": round(sum(a["fell_back"] for a in answers) / n, 4),
            "empty": round(empty / n, 4),
            "avg_chars": round(chars / n, 2),
        })
        return figures

    def __call__(self, rows: list[dict[str, Any]], systems: Iterable[str] = ("base", "tuned", "rag"),
                 progress: bool = False) -> dict[str, Any]:
        from training.evaluation import GraphFacts

        started = time.perf_counter()
        graph = GraphFacts.read(self.store)
        outputs, skipped = self.run(rows, systems, progress)
        results = {s: self.score(a, rows, graph) for s, a in outputs.items()}
        if "rag" in outputs:
            results["rag_raw"] = self.score(outputs["rag"], rows, graph, field="raw")
        return {
            "dialogues": len(rows), "base": str(self.base) if self.base else None,
            "adapter": str(self.adapter) if self.adapter else None, "style": self.style, "context": self.context,
            "max_new_tokens": self.max_new_tokens, "references": "independent (evaluation.training."
            "independent_reference)", "systems": results, "skipped": skipped,
            "outputs": {s: [{"id": r["id"], "request": r["content"], "reference": independent_reference(r), **a}
                            for r, a in zip(rows, answers)] for s, answers in outputs.items()},
            "seconds": round(time.perf_counter() - started, 2),
        }
