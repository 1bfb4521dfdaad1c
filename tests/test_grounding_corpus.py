"""The hand-labelled grounding corpus: well-formed, its experts resolvable in the real data, and the guard's figures
on it (printed, not asserted: the goals are stated in README, not enforced here)."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from evaluation.grounding import (
    DEFAULT_CORPUS,
    CorpusItem,
    GroundingEvaluator,
    corpus_counts,
    figures,
    load_corpus,
    ref_key,
    sentence_kept,
)

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"
ACADEMICIANS = SHARED_DATA / "cas_cae_academicians"


def test_corpus_is_well_formed():
    items = load_corpus(DEFAULT_CORPUS)
    counts = corpus_counts(items)
    assert counts["sentences"] >= 300
    assert len(counts["falsehood_kinds"]) >= 12
    assert set(counts["labels"]) == {"supported", "unsupported"}
    assert min(counts["labels"].values()) >= 100  # enough of each label for a rate
    for item in items:
        assert 2 <= len(item.experts) <= 5, item.id
        assert item.sentence and item.sentence == item.sentence.strip(), item.id
        assert all(c.strip() for c in item.context), item.id
    # the required kinds of planted falsehood are all there
    assert {"invented_person", "invented_honour", "institution_not_in_graph", "latin_name", "name_superstring",
            "swapped_affiliation", "swapped_award", "swapped_direction", "wrong_award_year", "wrong_award_grade",
            "invented_award", "invented_title", "invented_direction", "invented_partnership",
            "wrong_count_ordinal"} <= set(counts["falsehood_kinds"])


def test_recall_and_false_drops_are_counted_right():
    """figures() on a hand-made case whose rates are known: 2 of 3 falsehoods dropped, 1 of 4 true sentences."""
    def item(i, label, kind):
        return CorpusItem(id=i, experts=({"demo": "demo-000001"}, {"demo": "demo-000002"}), sentence="x。",
                          label=label, kind=kind)
    items = [item("f1", "unsupported", "a"), item("f2", "unsupported", "a"), item("f3", "unsupported", "b"),
             item("t1", "supported", "c"), item("t2", "supported", "c"), item("t3", "supported", "c"),
             item("t4", "supported", "d")]
    dropped = {"f1": True, "f2": False, "f3": True, "t1": False, "t2": True, "t3": False, "t4": False}
    got = figures(items, dropped, {"f1": 1.0, "f2": 3.0})
    assert got["recall_on_falsehoods"] == round(2 / 3, 4)
    assert got["false_drop_rate"] == 0.25
    assert got["drop_precision"] == round(2 / 3, 4)
    assert got["recall_by_kind"] == {"a": {"n": 2, "recall": 0.5}, "b": {"n": 1, "recall": 1.0}}
    assert got["false_drop_by_kind"]["c"] == {"n": 3, "false_drop": round(1 / 3, 4)}
    assert got["missed"] == ["f2"] and got["false_drops"] == ["t2"]
    assert got["guard_ms_mean"] == 2.0


def test_sentence_kept_reads_verdicts_and_falls_back_to_the_kept_text():
    item = CorpusItem(id="x", experts=(), sentence="他获得过国家技术发明奖二等奖。", label="unsupported",
                      kind="pronoun_misattribution", context=("朱利中院士在浙江大学工作。",))
    verdict = SimpleNamespace
    report = SimpleNamespace(sentences=[verdict(text="朱利中院士在浙江大学工作。", kept=True),
                                        verdict(text="他获得过国家技术发明奖二等奖。", kept=False)])
    assert sentence_kept(item, item.answer, report) is False  # the verdict wins over the text
    report.sentences[1].kept = True
    assert sentence_kept(item, "", report) is True
    no_verdicts = SimpleNamespace(sentences=[])
    assert sentence_kept(item, "朱利中院士在浙江大学工作。", no_verdicts) is False
    assert sentence_kept(item, item.answer, no_verdicts) is True


@pytest.fixture(scope="module")
def corpus_graph(expertglm_home):
    if not (ACADEMICIANS / "AcademicianScience.csv").is_file():
        pytest.skip(f"real academician data not found at {ACADEMICIANS} (see ../shared/data/README.md)")
    import uuid

    from kg.connect import StoreSettings, open_store

    evaluator = GroundingEvaluator(DEFAULT_CORPUS, SHARED_DATA)
    store = open_store(StoreSettings(home=expertglm_home, graph=f"grounding-{uuid.uuid4().hex[:8]}"))
    experts = evaluator.experts(store)
    yield evaluator, store, experts
    store.close()


def test_every_referenced_expert_resolves_to_its_graph_facts(corpus_graph):
    evaluator, _, experts = corpus_graph
    refs = {ref_key(r): r for i in evaluator.items for r in i.experts}
    assert set(experts) == set(refs)
    for k, ref in refs.items():
        match = experts[k]
        if "academy" in ref:
            assert match.name == ref["name"]
            honour = {"cas": "中国科学院院士", "cae": "中国工程院院士"}[ref["academy"]]
            assert honour in {a.name for a in match.awards}, k
        else:
            assert match.id == ref["demo"]
        assert match.institution and match.directions, k  # the corpus only uses experts with these facts


def test_guard_figures_on_the_corpus(corpus_graph):
    evaluator, store, experts = corpus_graph
    result = evaluator(store, experts)
    print("\ngrounding corpus figures:\n" + json.dumps(result, ensure_ascii=False, indent=1))
    assert result["sentences"] == len(evaluator.items)
    assert 0.0 <= result["recall_on_falsehoods"] <= 1.0 and 0.0 <= result["false_drop_rate"] <= 1.0
    assert sum(v["n"] for v in result["recall_by_kind"].values()) == result["unsupported"]
    assert len(result["missed"]) == round((1 - result["recall_on_falsehoods"]) * result["unsupported"])


def test_dev_and_test_splits_partition_the_corpus_by_expert_set():
    from evaluation.grounding import split_items

    items = load_corpus()
    dev, test = split_items(items, "dev"), split_items(items, "test")
    assert len(dev) + len(test) == len(items) and dev and test
    sets = lambda part: {tuple(sorted(str(r) for r in i.experts)) for i in part}  # noqa: E731
    assert not sets(dev) & sets(test)  # no expert set is in both


@pytest.mark.parametrize("name", ["grounding_english.jsonl", "grounding_answers.jsonl"])
def test_the_later_corpora_load_with_distinct_ids_and_both_splits(name):
    """The English-topics and realistic-answers corpora (written blind to the guard, 2026-11-30) load through the same
    reader, with unique ids, both labels, and dev and test halves."""
    from evaluation.grounding import split_items

    items = load_corpus(ROOT / "tests" / "data" / name)
    assert len({i.id for i in items}) == len(items) >= 300
    assert {i.label for i in items} == {"supported", "unsupported"}
    assert split_items(items, "dev") and split_items(items, "test")
    assert len(split_items(items, "dev")) + len(split_items(items, "test")) == len(items)
