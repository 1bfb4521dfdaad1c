"""The animal or plant a farmer's problem is about gives the words of its care (retrieval/organisms.py): a sick sheep
was matched to lung doctors and dying ducks to a mathematician (rt107), on the words the farmer used for the symptoms."""

from __future__ import annotations

from retrieval.organisms import care_words, organism


def test_a_sick_animal_is_read_as_a_vets_problem():
    sheep = "圈里好几只羊咳嗽淌鼻涕，呼哧呼哧喘，吃草也少了，眼看着一天天掉膘，前两天还死了一只"
    assert organism(sheep) == ("羊", "livestock") and "兽医" in care_words(sheep)
    ducks = "俺养的鸭子这几天不对劲，走道一歪一歪的，脖子拧着原地打转，下蛋也少了一大截，一棚死了好几十只"
    assert {"禽病", "兽医"} <= set(care_words(ducks))
    assert organism("俺家的老母猪这一阵老是掉崽，发烧不吃食") == ("母猪", "livestock")  # 老母猪: its age before it
    assert "鱼病防治" in care_words("俺们虾塘里的虾这几天老往塘边游，一死一大片")


def test_a_sick_plant_is_read_by_its_kind_and_its_trouble():
    kiwi = "开春了猕猴桃树干上裂开口子往外冒红水水，跟流血一样，新发的枝条一截截干死了"
    assert organism(kiwi) == ("猕猴桃", "fruit")  # not 猕猴, the macaque of a medical profile
    assert {"果树学", "植物病理学"} <= set(care_words(kiwi))
    pepper = "大棚里的辣椒叶子往上卷，背面一堆小白虫子，一碰就飞"
    assert "农业昆虫学" in care_words(pepper) and "植物病理学" not in care_words(pepper)  # pests, not a disease


def test_no_living_thing_no_trouble_or_a_product_reads_nothing():
    for text in ("我们厂生产葡萄糖，结晶不好",  # glucose, not grapes
                 "羊毛衫洗了缩水",  # a sweater, not a sheep
                 "牛奶杀菌后有异味",  # milk
                 "马上就要投产了，设备老是坏",  # 马上: at once
                 "我们的猪场想扩建，请推荐设计院",  # an animal, nothing ails it
                 "注塑件翘曲变形"):
        assert organism(text) is None and care_words(text) == [], text


def test_words_the_problem_already_writes_are_not_added_again():
    assert "兽医" not in care_words("羊咳嗽得厉害，找个兽医专家")


def test_the_care_words_join_the_words_the_signals_read(demo_retriever):
    _, retriever = demo_retriever
    read = retriever.in_profile_words("圈里好几只羊咳嗽淌鼻涕，前两天还死了一只")
    assert read.startswith("圈里好几只羊咳嗽淌鼻涕") and "兽医" in read


def test_an_animal_named_with_a_suffix_or_a_field_with_a_crop_is_read():
    """牛犊子…咳嗽 went to human lung doctors (rt119): 子 and 崽 after an animal, 地 after a crop, name it still."""
    calf = "牛犊子刚买回来没几天就咳嗽、流鼻涕、发烧"
    assert organism(calf) == ("牛犊", "livestock") and "兽医" in care_words(calf)
    assert organism("猪崽子拉稀，一窝死了好几只") is not None
    assert organism("玉米地里好多苗子发黄枯死") == ("玉米", "crop")


def test_a_yield_to_breed_for_reads_as_breeding_not_as_a_disease():
    """奶山羊产奶量低，想改良品种: a poplar breeder came first, and the care words were a vet's (rt119)."""
    goats = "我们养殖场的奶山羊产奶量低，想改良品种"
    assert organism(goats) == ("奶山羊", "livestock")
    assert "动物遗传育种" in care_words(goats) and "兽医" not in care_words(goats)
    assert "兽医" in care_words("奶山羊老是流产，想改良品种")  # a disease said: still the vet's
