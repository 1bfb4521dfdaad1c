"""The learned problem -> NSFC discipline model on the real data: held-out accuracy, and its retrieval signal."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from retrieval.discipline import (
    DisciplineModel,
    DisciplineRetriever,
    examples,
    expert_disciplines,
    train,
)

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@pytest.fixture(scope="module")
def model(tmp_path_factory) -> DisciplineModel:
    if not (DATA / "nsfc_projects").is_dir():
        pytest.skip(f"real data not found at {DATA}")
    trained = train(DATA, final=False)
    directory = tmp_path_factory.mktemp("discipline")
    trained.save(directory)
    return DisciplineModel.load(directory)


def test_splits_are_disjoint_and_stable():
    if not (DATA / "nsfc_projects").is_dir():
        pytest.skip(f"real data not found at {DATA}")
    items = examples(DATA)
    splits = {s: {e.text for e in items if e.split == s} for s in ("train", "dev", "test")}
    assert len(splits["test"]) > 300 and len(splits["dev"]) > 300
    assert examples(DATA) == items


def test_held_out_projects_are_classified(model):
    """Held-out life-science projects: the right level-1 code first for most, in the top 5 for nearly all."""
    assert model.metrics["test"]["acc@1"] > 0.7
    assert model.metrics["test"]["acc@5"] > 0.95
    assert model.metrics["test"]["acc@5"] >= model.metrics["test"]["acc@1"]


def test_predictions_are_top_distributions(model):
    probs = model.predict(["水稻抗旱基因的克隆与功能分析", "钢板轧制后冷却不均匀，出现浪形"])
    assert probs.shape == (2, len(model.classes))
    assert np.allclose(probs.sum(axis=1), 1, atol=1e-5)
    assert ((probs > 0).sum(axis=1) <= 5).all()


def test_retriever_ranks_experts_of_the_predicted_discipline_first(model):
    query = "水稻抗旱基因的克隆与功能分析"
    best = model.classes[int(np.argmax(model.predict([query])[0]))]
    other = next(c for c in model.classes if c[0] != best[0])
    experts = expert_disciplines(model, {"a": "x", "b": "y", "c": "水稻 育种"}, {"a": {best + "01"}, "b": {other}})
    ranked = DisciplineRetriever(model, experts).retrieve(query, None, 3)
    assert ranked[0].id == "a"
    assert ranked[0].evidence and ranked[0].evidence[0].kind == "discipline"
    assert "b" not in [e.id for e in ranked[:1]]


def test_the_terms_learned_beside_the_model_read_english_problems(model, demo_graph, tmp_path):
    """A retriever over an index with the model attached reads an English word CC-CEDICT lacks (an adjective such as
    "agricultural") as the model's learned Chinese term; the same index without the model does not."""
    import shutil

    from retrieval.discipline import attach
    from retrieval.glossary import Glossary
    from retrieval.sync import open_retriever, read_profile_texts

    settings, store, embedder, _ = demo_graph
    plain = open_retriever(store, embedder, settings.index_dir, settings.graph_id)
    cedict = Glossary.load().entries
    word, term = next((e, z) for e, z in sorted(model.terms.items())
                      if " " not in e and e not in cedict and 0 < plain.lexical.document_share(z) <= 0.25)
    index = tmp_path / "index"
    shutil.copytree(settings.index_dir, index)
    model_dir = tmp_path / "model"
    model.save(model_dir)
    attach(model_dir, index, store, read_profile_texts(index))
    learned = open_retriever(store, embedder, index, settings.graph_id)
    problem = f"Our company needs help with {word} problems"
    vector = embedder.embed_queries([problem])[0]
    assert term in learned.in_profile_words(problem, vector).split("，")
    assert term not in plain.in_profile_words(problem, vector).split("，")
