"""A Chinese semantic signal learned offline from the academicians' biographies, and its retriever.

Why: USE (the dense signal) is weak on technical Chinese and no strong Chinese encoder installs offline here, so
this one is learned from the real text we have. Model: a static bag-of-tokens embedding (sentence-transformers
`StaticEmbedding`: the mean of learned token vectors) over a BPE vocabulary learned from the same biographies,
trained with MultipleNegativesRankingLoss (in-batch negatives) on pairs (one sentence of a biography, the rest of
that biography): a sentence should find its own expert's remaining text among everyone else's. It learns which
technical terms go together in one expert's work (碳纳米管 has cosine 0.20 with 石墨烯, 0.15 with 炭材料, −0.03
with 水稻育种). No query and no relevance label is used; the NSFC project lists were tried as extra pairs and made
it worse on the dev queries (they are social and management science). Deterministic given the seed on one thread;
trains in under 2 minutes on 2 CPU cores.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from errors import IndexMismatch, InputFileError
from retrieval.base import Retriever, ScoredExpert

MODEL_VERSION = "semantic-1"
ACADEMICIAN_FILES = ("AcademicianScience.csv", "AcademicianEngineering.csv")
_SENTENCE = re.compile(r"[^。；;！？\n]+[。；;！？\n]?")
MIN_SENTENCE = 12  # characters; shorter pieces (dates, names) carry no topic


@dataclass(frozen=True)
class TrainSettings:
    """Chosen on the academician dev queries (benchmarks/real_retrieval.py --split dev); see README."""

    vocab: int = 20000
    dim: int = 256
    epochs: int = 2
    models: int = 2  # seeds averaged (see SemanticModel)
    batch: int = 256
    lr: float = 0.05
    scale: float = 20.0
    seed: int = 0


def biographies(data: Path) -> list[str]:
    """The cleaned biographies of the CAS/CAE academicians in `data`/cas_cae_academicians (the importer's parser)."""
    from kg.importers.academicians import records

    paths = [data / "cas_cae_academicians" / name for name in ACADEMICIAN_FILES]
    return [r.data["bio"] for r in records([p for p in paths if p.exists()]) if r.error is None and r.data.get("bio")]


def sentence_pairs(bios: Sequence[str], max_rest: int = 1500) -> list[tuple[str, str]]:
    """(sentence, the rest of its biography) for every sentence of at least MIN_SENTENCE characters."""
    pairs = []
    for bio in bios:
        sentences = [s.strip() for s in _SENTENCE.findall(bio) if len(s.strip()) >= MIN_SENTENCE]
        for i, sentence in enumerate(sentences):
            rest = "".join(sentences[:i] + sentences[i + 1:])
            if rest:
                pairs.append((sentence, rest[:max_rest]))
    return pairs


def _tokenizer(texts: Sequence[str], vocab: int):  # noqa: ANN202 - a tokenizers.Tokenizer
    """A BPE vocabulary learned from `texts` (NFKC, lower case): frequent character runs become one token."""
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, trainers

    tok = Tokenizer(models.BPE(unk_token="[UNK]"))
    tok.normalizer = normalizers.Sequence([normalizers.NFKC(), normalizers.Lowercase()])
    tok.pre_tokenizer = pre_tokenizers.Sequence([pre_tokenizers.Whitespace(), pre_tokenizers.Digits()])
    tok.train_from_iterator(list(texts), trainers.BpeTrainer(vocab_size=vocab, special_tokens=["[UNK]"],
                                                             show_progress=False))
    return tok


class SemanticModel:
    """The trained static embeddings (one per seed): texts in, unit vectors out. With several, a text's vector is
    the concatenation of its unit vector under each, scaled by 1/sqrt(n), so a dot product is the mean cosine: the
    seeds' noise averages out (one model's dev nDCG@10 alone varied 0.40-0.45 with the seed)."""

    def __init__(self, models: Sequence) -> None:  # SentenceTransformer models
        self.models = list(models)

    @property
    def dim(self) -> int:
        return sum(m.get_embedding_dimension() for m in self.models)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """(len(texts), dim) float32, rows of unit length (zero for a text with no known token)."""
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        parts = []
        for model in self.models:
            vectors = model.encode(list(texts), batch_size=1024, convert_to_numpy=True).astype(np.float32)
            parts.append(vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9))
        return np.hstack(parts) / np.float32(np.sqrt(len(parts)))

    def save(self, directory: Path, metrics: Mapping[str, object]) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        for n, model in enumerate(self.models):
            model.save(str(directory / f"part-{n}"))
        (directory / "semantic.json").write_text(
            json.dumps({"version": MODEL_VERSION, "parts": len(self.models), **metrics}, indent=2), encoding="utf-8")

    @classmethod
    def load(cls, directory: Path) -> SemanticModel:
        from sentence_transformers import SentenceTransformer

        try:
            meta = json.loads((directory / "semantic.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise IndexMismatch(f"no readable semantic model at {directory} ({exc}): run `expertglm index semantic`"
                                ) from None
        if meta.get("version") != MODEL_VERSION:
            raise IndexMismatch(f"the semantic model at {directory} is of another version: "
                                "run `expertglm index semantic`")
        return cls([SentenceTransformer(str(directory / f"part-{n}"), device="cpu") for n in range(meta["parts"])])


def train(data: Path, settings: TrainSettings = TrainSettings()) -> tuple[SemanticModel, dict[str, object]]:
    """Train on the sentence pairs of the academicians' biographies under `data`."""
    bios = biographies(data)
    if len(sentence_pairs(bios)) < settings.batch:
        raise InputFileError(f"too few biographies under {data}: the academician CSVs "
                             f"({', '.join(ACADEMICIAN_FILES)}) belong in {data / 'cas_cae_academicians'}")
    return train_on(bios, settings)


def train_on(bios: Sequence[str], settings: TrainSettings = TrainSettings()) -> tuple[SemanticModel, dict[str, object]]:
    """Train `settings.models` embeddings (seeds seed, seed+1, …) on the sentence pairs of `bios`; returns the
    model and what it was trained on."""
    pairs = sentence_pairs(bios)
    if len(pairs) < settings.batch:
        raise InputFileError(f"{len(pairs)} sentence pairs are fewer than one batch ({settings.batch})")
    tokenizer = _tokenizer(bios, settings.vocab)
    models, losses = [], []
    for n in range(settings.models):
        model, loss = _train_one(tokenizer, list(pairs), settings, settings.seed + n)
        models.append(model)
        losses.append(loss)
    return SemanticModel(models), {"biographies": len(bios), "pairs": len(pairs), "epoch_losses": losses,
                                   "settings": settings.__dict__}


def _train_one(tokenizer, pairs: list[tuple[str, str]], settings: TrainSettings, seed: int):  # noqa: ANN001, ANN202
    """One static embedding trained with in-batch negatives; (model, mean loss per epoch)."""
    import copy

    import torch
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.losses import MultipleNegativesRankingLoss
    from sentence_transformers.sentence_transformer.modules import StaticEmbedding

    rng = random.Random(seed)
    torch.manual_seed(seed)
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # one thread: the same model on every machine
    try:
        model = SentenceTransformer(modules=[StaticEmbedding(copy.deepcopy(tokenizer), embedding_dim=settings.dim)],
                                    device="cpu")
        loss = MultipleNegativesRankingLoss(model, scale=settings.scale)
        optimizer = torch.optim.Adam(model.parameters(), lr=settings.lr)
        losses = []
        for _ in range(settings.epochs):
            rng.shuffle(pairs)
            total = 0.0
            steps = len(pairs) // settings.batch
            for step in range(steps):
                batch = pairs[step * settings.batch:(step + 1) * settings.batch]
                features = [model.preprocess([a for a, _ in batch]), model.preprocess([p for _, p in batch])]
                value = loss(features, None)
                optimizer.zero_grad()
                value.backward()
                optimizer.step()
                total += value.item()
            losses.append(round(total / steps, 4))
    finally:
        torch.set_num_threads(threads)
    return model, losses


# ------------------------------------------------------------------------------------------------ retrieval


def _fingerprint(ids: Sequence[str], texts: Mapping[str, str]) -> str:
    digest = hashlib.sha1()
    for expert_id in ids:
        digest.update(expert_id.encode("utf-8") + b"\0" + texts[expert_id].encode("utf-8") + b"\1")
    return digest.hexdigest()


def expert_vectors(model: SemanticModel, texts: Mapping[str, str], cache: Path | None = None
                   ) -> tuple[list[str], np.ndarray]:
    """Every expert's vector. With `cache` (a folder), vectors computed for exactly these texts are kept there as
    `experts-<fingerprint>.npy` and memory-mapped read-only (server workers share one copy); older ones are removed."""
    ids = sorted(texts)
    if cache is None:
        return ids, model.encode([texts[i] for i in ids])
    path = cache / f"experts-{_fingerprint(ids, texts)[:20]}.npy"
    if not path.exists():
        tmp = cache / f"{path.stem}.{os.getpid()}.tmp.npy"
        np.save(tmp, model.encode([texts[i] for i in ids]))
        os.replace(tmp, path)
        for old in cache.glob("experts-*.npy"):
            if old != path:
                old.unlink(missing_ok=True)
    return ids, np.load(path, mmap_mode="r")


class SemanticRetriever(Retriever):
    """Experts whose profile's learned vector is closest to the problem's (cosine)."""

    name = "semantic"
    reads_words = True
    reads_sentences = True

    def __init__(self, model: SemanticModel, ids: list[str], matrix: np.ndarray) -> None:
        self.model = model
        self.ids = ids
        self.matrix = matrix

    def retrieve(self, query: str, query_vector: np.ndarray | None, k: int) -> list[ScoredExpert]:
        if not self.ids or k <= 0:
            return []
        scores = self.matrix @ self.model.encode([query])[0]
        top = np.argpartition(-scores, min(k, len(scores)) - 1)[:k]
        return [ScoredExpert(self.ids[i], float(scores[i])) for i in sorted(top, key=lambda i: (-scores[i], i))]


def open_semantic(model_dir: Path, texts: Mapping[str, str]) -> SemanticRetriever:
    """The retriever of the model at `model_dir` over `texts` (expert vectors cached beside the model)."""
    model = SemanticModel.load(model_dir)
    ids, matrix = expert_vectors(model, texts, model_dir)
    return SemanticRetriever(model, ids, matrix)


def trained(model_dir: Path) -> bool:
    """Whether `expertglm index semantic` (or `import all`) saved a model at `model_dir`."""
    return (model_dir / "semantic.json").exists()


def attach(model_dir: Path, texts: Mapping[str, str]) -> None:
    """Compute the profile vectors of the model at `model_dir` for `texts` now (at index time), so that opening the
    retriever — in every server worker — finds them cached instead of each computing them."""
    expert_vectors(SemanticModel.load(model_dir), texts, model_dir)


def with_semantic(retriever, model_dir: Path):  # noqa: ANN001, ANN201 - an ExpertRetriever, returned
    """`retriever` with the semantic signal fused in when a model was trained at `model_dir` (as it is otherwise)."""
    from retrieval.fusion import FusionRetriever

    if not trained(model_dir) or "semantic" in retriever.fusion.retrievers:
        return retriever
    fusion = retriever.fusion
    signal = open_semantic(model_dir, retriever.profile_texts)
    retriever.fusion = FusionRetriever([*fusion.retrievers.values(), signal], fusion.weights, fusion.rrf_k,
                                       fusion.candidates)
    return retriever
