"""English → Chinese research terms learned from parallel names (retrieval/bilingual.py) and their use by the glossary."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import bilingual
from retrieval.glossary import Glossary

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
PAIRS = [("Crop physiology", "作物生理学"), ("Crop cultivation and farming", "作物栽培与耕作学"),
         ("Crop genetics", "作物遗传学"), ("Ocean remote sensing", "海洋遥感"),
         ("Remote sensing mechanism and method", "遥感机理与方法"), ("Plant physiology", "植物生理学"),
         ("Corrosion electrochemistry", "腐蚀电化学")]


def test_words_that_travel_together_across_the_names_are_paired():
    terms = bilingual.align(PAIRS)
    assert terms["crop"] == "作物"
    assert terms["remote sensing"] == "遥感"  # a two-word phrase
    assert "corrosion" not in terms  # seen in one name only: chance
    assert "and" not in terms and "method" not in terms  # a stop word; a word seen once
    assert bilingual.align(list(reversed(PAIRS))) == terms  # the same terms whatever the order


def test_a_word_seen_only_inside_one_phrase_is_left_to_the_dictionary():
    pairs = [("Stem cell biology", "干细胞生物学"), ("Stem cell and regeneration", "干细胞与再生"),
             ("Cell death", "细胞死亡"), ("Cell migration", "细胞迁移"), ("Cell aging", "细胞衰老"),
             ("Cell division", "细胞分裂")]
    terms = bilingual.align(pairs)
    assert terms["stem cell"] == "干细胞"
    assert "stem" not in terms  # "stem" alone is a plant's stem, not a stem cell (rice stem borers read as 干细胞)
    assert terms["cell"] == "细胞"  # seen without "stem" too: its own term is kept


def test_a_word_that_goes_with_several_is_left_out_below_the_threshold():
    pairs = [("Heat engines", "热机"), ("Heat pumps", "热泵"), ("Heat pipes", "热管")]  # heat: three words, once each
    assert "heat" not in bilingual.align(pairs)


def test_the_terms_join_a_glossarys_senses_and_the_shared_glossary_is_unchanged():
    shared = Glossary.load()
    before = shared.entries["reactor"]  # 反应堆, 反应炉, 电抗器: not the chemical engineer's 反应器
    assert "反应器" not in before and "agricultural" not in shared.entries  # CC-CEDICT glosses "agriculture"
    learned = shared.with_terms({"reactor": "反应器", "agricultural": "农业"})
    assert learned.entries["reactor"] == ("反应器", *before)
    assert learned.entries["agricultural"] == ("农业",)
    assert shared.entries["reactor"] == before and "agricultural" not in shared.entries
    used = {"反应器", "农业", "保险"}
    share = lambda w: 0.01 if w in used else 0.0  # noqa: E731
    assert shared.terms("agricultural insurance, the reactor", share) == ["保险"]
    assert learned.terms("agricultural insurance, the reactor", share) == ["农业", "保险", "反应器"]


def test_saved_and_loaded_beside_a_model(tmp_path):
    assert bilingual.load(tmp_path) == {}  # a model trained before the terms were learned
    bilingual.save({"crop": "作物"}, tmp_path)
    assert bilingual.load(tmp_path) == {"crop": "作物"}


def test_the_real_taxonomy_gives_research_senses():
    path = DATA / "nsfc_taxonomy" / "nsfc.jl"
    if not path.exists():
        pytest.skip(f"real data not found at {DATA}")
    terms = bilingual.align(bilingual.taxonomy_pairs(path))
    assert len(terms) > 500
    assert (terms["crop"], terms["remote sensing"], terms["corrosion"]) == ("作物", "遥感", "腐蚀")
    assert terms["reactor"] == "反应器"  # the chemical engineer's, not the nuclear 反应堆
    assert terms["stem cell"] == "干细胞" and "stem" not in terms
