"""A learned map from a problem text to NSFC disciplines (level-1 codes such as E04 or C09), and its retriever.

Training data, all public (../shared/data): the NSFC taxonomy (every code's Chinese name, labelled with its level-1
ancestor) and the NSFC life-science projects (title + keywords, labelled with the level-1 part of the project code).
Projects are split by a hash of their approval number: 80 % train, 10 % dev (model choice), 10 % test (reported).
Model: TF-IDF over jieba words and character uni+bigrams, then a linear classifier (scikit-learn SGD with log loss;
logistic regression was as accurate on dev, 0.851 vs 0.847 acc@1, and 5x slower to train), trained
deterministically (fixed seed) and offline.

As a retrieval signal, every expert gets a distribution over disciplines: the level-1 codes of the NSFC Fields it is
IN_FIELD of in the graph where it has any, else the classifier's prediction on its profile text. An expert's score
for a problem is the inner product of the problem's predicted distribution with the expert's.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import jieba
import joblib
import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression, SGDClassifier
from sklearn.pipeline import FeatureUnion, Pipeline

from errors import IndexMismatch
from retrieval import bilingual
from retrieval.base import Evidence, Retriever, ScoredExpert

MODEL_VERSION = "discipline-1"
TOP = 5  # disciplines kept per expert and per query
_NUMBERED = re.compile(r"^\s*\d{1,3}\s*[.、．]\s*")
_SPACE = re.compile(r"\s+")
jieba.setLogLevel(60)


@dataclass(frozen=True)
class Example:
    text: str
    code: str  # level-1 code, e.g. "C09"
    split: str  # "train" | "dev" | "test"


def words(text: str) -> list[str]:
    """jieba words (search mode off, HMM on), whitespace and punctuation dropped."""
    return [w for w in jieba.lcut(text.lower()) if w.strip() and re.search(r"\w", w)]


def _split(key: str) -> str:
    bucket = int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % 10
    return "test" if bucket == 0 else "dev" if bucket == 1 else "train"


def taxonomy_names(path: Path) -> dict[str, str]:
    """Code -> Chinese name for every line of nsfc.jl."""
    names = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                obj = json.loads(line)
                names[str(obj["_id"]).upper()] = str(obj["name"]).strip()
    return names


def examples(data: Path) -> list[Example]:
    """Training examples from the taxonomy (always train) and the life-science projects (split by approval number)."""
    names = taxonomy_names(data / "nsfc_taxonomy" / "nsfc.jl")
    out = [Example(name, code[:3], "train") for code, name in sorted(names.items()) if len(code) >= 3]
    lifesci = data / "nsfc_projects" / "nsfc_lifesci_C_2015_2023_dedup.csv"
    with lifesci.open(encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh):
            code = (row.get("codeText") or "").strip().upper()
            title = _NUMBERED.sub("", (row.get("title") or "").strip())
            if len(code) < 3 or code[:3] not in names or not title:
                continue
            keywords = " ".join(k.strip() for k in re.split(r"[；;]", row.get("keywords") or "") if k.strip())
            out.append(Example(f"{title} {keywords}".strip(), code[:3], _split(row.get("approveText") or title)))
    return out


def make_pipeline(kind: str = "sgd", seed: int = 0) -> Pipeline:
    """Features (jieba words + character uni/bigrams, sublinear TF-IDF) and a linear classifier."""
    features = FeatureUnion([
        ("words", TfidfVectorizer(tokenizer=words, token_pattern=None, lowercase=False, sublinear_tf=True)),
        ("chars", TfidfVectorizer(analyzer="char", ngram_range=(1, 2), sublinear_tf=True)),
    ])
    if kind == "logreg":
        clf = LogisticRegression(C=20.0, max_iter=300, random_state=seed)
    elif kind == "sgd":
        clf = SGDClassifier(loss="log_loss", alpha=2e-5, max_iter=50, tol=None, random_state=seed)
    else:
        raise ValueError(f"unknown model kind {kind!r}: logreg or sgd")
    return Pipeline([("features", features), ("clf", clf)])


def accuracy_at(pipeline: Pipeline, items: list[Example], ks: Iterable[int] = (1, 5)) -> dict[str, float]:
    """Share of examples whose code is among the model's top k, for each k."""
    probs = pipeline.predict_proba([e.text for e in items])
    classes = list(pipeline.classes_)
    order = np.argsort(-probs, axis=1)
    truth = np.array([classes.index(e.code) if e.code in classes else -1 for e in items])
    return {f"acc@{k}": float(np.mean([t in row[:k] for t, row in zip(truth, order)])) for k in ks}


@dataclass
class DisciplineModel:
    """The trained classifier with the names of its classes."""

    pipeline: Pipeline
    names: dict[str, str]  # level-1 code -> Chinese name
    metrics: dict[str, dict[str, float]]
    terms: dict[str, str] = field(default_factory=dict)  # English -> Chinese research terms (retrieval/bilingual.py)

    def __post_init__(self) -> None:
        # The classifier scores a text as X @ coef_.T with X sparse: scipy copies a C-ordered coef_ (classes x
        # features) into the order it reads on every call — ~11 ms a query with the real data's features, most of a
        # match's time on the 72k graph. Stored in Fortran order, coef_.T is read in place: the same products.
        clf = self.pipeline.steps[-1][1]
        if isinstance(getattr(clf, "coef_", None), np.ndarray):
            clf.coef_ = np.asfortranarray(clf.coef_)

    @property
    def classes(self) -> list[str]:
        return list(self.pipeline.classes_)

    def predict(self, texts: list[str]) -> np.ndarray:
        """(len(texts), classes) probabilities, all but the TOP best per row zeroed and renormalised."""
        probs = self.pipeline.predict_proba(texts).astype(np.float32)
        if probs.shape[1] > TOP:
            cut = np.partition(probs, -TOP, axis=1)[:, -TOP][:, None]
            probs[probs < cut] = 0
        return probs / np.maximum(probs.sum(axis=1, keepdims=True), 1e-9)

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        tmp = directory / "model.joblib.tmp"
        joblib.dump({"version": MODEL_VERSION, "pipeline": self.pipeline, "names": self.names,
                     "metrics": self.metrics}, tmp)
        os.replace(tmp, directory / "model.joblib")
        (directory / "metrics.json").write_text(json.dumps(self.metrics, indent=2), encoding="utf-8")
        bilingual.save(self.terms, directory)

    @classmethod
    def load(cls, directory: Path) -> DisciplineModel:
        blob = joblib.load(directory / "model.joblib")
        if blob.get("version") != MODEL_VERSION:
            raise IndexMismatch(f"the discipline model at {directory} is of another version: "
                                "run `expertglm discipline train`")
        return cls(blob["pipeline"], blob["names"], blob["metrics"], bilingual.load(directory))


def train(data: Path, kind: str = "sgd", seed: int = 0, final: bool = True) -> DisciplineModel:
    """Train on the train split, measure dev and test; with `final`, refit on train + dev for the shipped model."""
    items = examples(data)
    by = {s: [e for e in items if e.split == s] for s in ("train", "dev", "test")}
    pipeline = make_pipeline(kind, seed).fit([e.text for e in by["train"]], [e.code for e in by["train"]])
    metrics = {s: accuracy_at(pipeline, by[s]) | {"n": len(by[s])} for s in ("dev", "test")}
    if final:
        fit = by["train"] + by["dev"]
        pipeline = make_pipeline(kind, seed).fit([e.text for e in fit], [e.code for e in fit])
    names = taxonomy_names(data / "nsfc_taxonomy" / "nsfc.jl")
    terms = bilingual.align(bilingual.taxonomy_pairs(data / "nsfc_taxonomy" / "nsfc.jl"))
    return DisciplineModel(pipeline, {c: names[c] for c in pipeline.classes_}, metrics, terms)


# ------------------------------------------------------------------------------------------------ retrieval


@dataclass
class ExpertDisciplines:
    """Each indexed expert's discipline distribution (rows sum to 1 or are all zero)."""

    ids: list[str]
    matrix: np.ndarray  # (experts, classes) float32

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        with open(directory / "experts.npz.tmp", "wb") as fh:
            np.savez_compressed(fh, matrix=self.matrix, ids=np.array(self.ids, dtype=object))
        os.replace(directory / "experts.npz.tmp", directory / "experts.npz")

    @classmethod
    def load(cls, directory: Path) -> ExpertDisciplines:
        arrays = np.load(directory / "experts.npz", allow_pickle=True)
        return cls(list(arrays["ids"]), arrays["matrix"])


def expert_disciplines(model: DisciplineModel, texts: dict[str, str], field_codes: dict[str, set[str]]
                       ) -> ExpertDisciplines:
    """Distribution per expert: its graph Fields' level-1 codes where known, else the model on its profile."""
    ids = sorted(texts)
    column = {c: i for i, c in enumerate(model.classes)}
    matrix = np.zeros((len(ids), len(column)), np.float32)
    unknown = []
    for row, expert_id in enumerate(ids):
        codes = [column[c[:3]] for c in field_codes.get(expert_id, ()) if c[:3] in column]
        if codes:
            matrix[row, codes] = 1.0 / len(codes)
        else:
            unknown.append(row)
    for start in range(0, len(unknown), 5000):
        rows = unknown[start:start + 5000]
        matrix[rows] = model.predict([_SPACE.sub(" ", texts[ids[r]])[:2000] for r in rows])
    return ExpertDisciplines(ids, matrix)


class DisciplineRetriever(Retriever):
    """Experts whose disciplines fit the problem's predicted disciplines (inner product of distributions)."""

    name = "discipline"
    reads_words = True
    reads_sentences = True

    def __init__(self, model: DisciplineModel, experts: ExpertDisciplines) -> None:
        if experts.matrix.shape[1] != len(model.classes):
            raise IndexMismatch("the expert disciplines were computed with another model: run `expertglm index build`")
        self.model = model
        self.experts = experts

    def retrieve(self, query: str, query_vector: np.ndarray | None, k: int) -> list[ScoredExpert]:
        q = self.model.predict([query])[0]
        scores = self.experts.matrix @ q
        hits = np.flatnonzero(scores > 0)
        if len(hits) > k:
            kth = np.partition(scores[hits], len(hits) - k)[len(hits) - k]
            hits = hits[scores[hits] >= kth]
        ranked = sorted(((self.experts.ids[i], float(scores[i]), i) for i in hits), key=lambda t: (-t[1], t[0]))[:k]
        classes = self.model.classes
        top = np.argsort(-q)[:TOP]
        out = []
        for expert_id, score, row in ranked:
            shared = [c for c in top if q[c] > 0 and self.experts.matrix[row, c] > 0]
            evidence = tuple(Evidence("discipline", self.model.names.get(classes[c], classes[c]), float(q[c]))
                             for c in shared[:1])
            out.append(ScoredExpert(expert_id, score, evidence))
        return out


def field_codes(store) -> dict[str, set[str]]:  # noqa: ANN001 - a kg.store.GraphStore
    """Expert id -> NSFC codes of the Fields it is IN_FIELD of (those imported from the taxonomy have codes)."""
    from retrieval import cypher

    out: dict[str, set[str]] = {}
    for row in store.read(cypher.EXPERT_FIELD_CODES).records():
        if len(str(row["code"])) >= 3:
            out.setdefault(row["id"], set()).add(str(row["code"]).upper())
    return out


def attach(model_dir: Path, index_dir: Path, store, texts: dict[str, str]) -> ExpertDisciplines:  # noqa: ANN001
    """Copy the model into the index (so `open_retriever` finds it) and compute every indexed expert's disciplines."""
    model = DisciplineModel.load(model_dir)
    target = index_dir / "discipline"
    if model_dir.resolve() != target.resolve():
        model.save(target)
    experts = expert_disciplines(model, texts, field_codes(store))
    experts.save(target)
    return experts
