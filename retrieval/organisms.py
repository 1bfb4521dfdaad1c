"""The animal or plant a farmer's problem is about, and the profiles' words for its care (羊咳嗽流鼻涕: 兽医).

A farmer writes what the animal or the tree does (咳嗽, 歪头转圈, 树干流红水), which are also the words of human
medicine, so a sick sheep ranked lung doctors first and dying ducks a mathematician (rt107); the thing that is sick
tells the trade. A problem that names a farm animal, a fish or shellfish, a crop, a vegetable or a tree as a word of
its own (jieba's: 猕猴桃 is no macaque, 葡萄糖 no grape, 羊毛衫 no sheep) beside a word of what ails or fails it in the
same sentence gets the words the profiles of that care write. Written from general farm knowledge, not from any
benchmark or tester's problem.
"""

from __future__ import annotations

import re
from functools import lru_cache

from retrieval.lexical import _jieba

LIVESTOCK, POULTRY, AQUATIC, FRUIT, VEGETABLE, CROP, TREE, SILKWORM, FUNGUS, SEAWEED = (
    "livestock", "poultry", "aquatic", "fruit", "vegetable", "crop", "tree", "silkworm", "fungus", "seaweed")

#: each kind's organisms as a farmer names them (the word alone, or with 树/苗/子 as jieba cuts it)
_ORGANISMS: dict[str, str] = {
    LIVESTOCK: "猪 母猪 公猪 仔猪 小猪 肥猪 生猪 牛 奶牛 肉牛 黄牛 水牛 牦牛 小牛 牛犊 犊牛 羊 绵羊 山羊 羊羔 小羊 肉羊 "
               "奶山羊 奶羊 肉驴 马 驴 骡子 兔 兔子 家兔 鹿 骆驼",
    POULTRY: "鸡 母鸡 公鸡 小鸡 鸡苗 蛋鸡 肉鸡 鸭 鸭子 小鸭 肉鸭 蛋鸭 鹅 鸽子 鹌鹑 家禽",
    AQUATIC: "鱼 鱼苗 草鱼 鲤鱼 鲫鱼 鲈鱼 鳜鱼 黄鱼 大黄鱼 罗非鱼 虾 对虾 虾苗 小龙虾 螃蟹 河蟹 蟹 海参 鲍鱼 扇贝 "
             "牡蛎 蛤 甲鱼 鳖 黄鳝 泥鳅",
    FRUIT: "苹果 苹果树 梨 梨树 桃 桃树 葡萄 葡萄树 柑橘 橘子 橘子树 桔子 橙子 脐橙 柚子 猕猴桃 香蕉 荔枝 龙眼 芒果 "
           "枣 枣树 柿子 樱桃 草莓 石榴 李子 核桃 板栗 油茶 果树 果园",
    VEGETABLE: "黄瓜 番茄 西红柿 辣椒 茄子 白菜 大白菜 甘蓝 包菜 菠菜 芹菜 生菜 萝卜 胡萝卜 土豆 马铃薯 大蒜 大葱 韭菜 "
               "豆角 西瓜 甜瓜 南瓜 蔬菜 菜苗",
    CROP: "水稻 稻子 稻谷 秧苗 小麦 麦子 玉米 苞谷 高粱 谷子 大豆 黄豆 花生 油菜 棉花 甘蔗 烟叶 烟草 茶树 茶园 庄稼",
    TREE: "松树 杉树 杨树 柳树 桉树 竹子 林木 树林 苗木",
    SILKWORM: "蚕 家蚕 桑蚕 柞蚕 蚕宝宝 蚕宝 蚕儿 蚕茧 蚕种",
    FUNGUS: "蘑菇 香菇 平菇 木耳 黑木耳 银耳 金针菇 杏鲍菇 双孢菇 猴头菇 灵芝 食用菌 菌棒 菌包 菌袋",
    SEAWEED: "紫菜 海带 裙带菜 龙须菜 江蓠 紫菜苗 海带苗",
}
ORGANISMS: dict[str, str] = {word: kind for kind, words in _ORGANISMS.items() for word in words.split()}

#: what ails or fails an animal or a plant, as a farmer says it
_AILING = re.compile(r"病|死|瘟|咳|喘|鼻涕|喷嚏|拉稀|腹泻|拉肚子|发烧|高烧|发热|流产|死胎|烂|脓|疙瘩|瘸|跛|掉膘|消瘦|瘦|"
                     r"不吃|不爱吃|吃得少|厌食|转圈|歪头|抽搐|瘫|浮头|肿|红肿|出血|流水|红水|流胶|斑|霉|腐|蔫|萎|枯|"
                     r"黄叶|叶子黄|发黄|卷叶|落果|落花|掉果|往下掉|挂不住果|坐不住果|裂果|裂口|虫|蚜|螨|长不大|不长|减产|产量|下蛋少|产蛋|"
                     r"产奶|奶少|"
                     # a silkworm's, a mushroom log's, a seaweed net's troubles (蚕身子发软、一碰就破流黄水; 菌棒长绿毛;
                     # 紫菜苗大面积脱落、发白)
                     r"发软|软了|破了|黄水|僵|不吐丝|不结茧|长毛|绿毛|白毛|杂菌|不出菇|出菇少|脱落|掉苗|发白|白化")
_AILING_PLANT = re.compile(r"病|瘟|烂|腐|霉|斑|流胶|红水|流水|蔫|萎|枯|黄叶|叶子黄|发黄|卷叶|死")  # a disease, not husbandry
_PEST = re.compile(r"虫|蚜|螨|蛾|蝗")
_SICK = re.compile(r"病|死|瘟|咳|喘|鼻涕|喷嚏|拉稀|腹泻|拉肚子|发烧|高烧|发热|流产|死胎|脓|瘸|跛|抽搐|瘫|肿|出血")  # a disease
_SENTENCE_END = re.compile(r"[。；;！!？?\n]")
_BEFORE = frozenset("老小大几一两三四五十百千头只条匹群批窝棵株")  # 几只羊, 老母猪
_AFTER = frozenset("树苗园林场圈棚塘舍栏群田地")  # 猪场, 羊圈, 油茶树, 香蕉园, 玉米地

#: the profiles' words for each kind's care; a plant's disease and pests add their own
_CARE: dict[str, tuple[str, ...]] = {
    LIVESTOCK: ("兽医", "动物传染病学", "畜牧"),
    POULTRY: ("禽病", "禽流感", "动物传染病学", "兽医"),
    AQUATIC: ("水产养殖", "鱼病防治"),
    FRUIT: ("果树学", "果树"),
    VEGETABLE: ("蔬菜", "园艺"),
    CROP: (),  # (the profiles of crops name the crop itself: 油菜, 小麦 — a cultivation word only pulled them apart)
    TREE: ("森林保护", "林木"),
    SILKWORM: ("蚕学", "家蚕", "蚕病"),
    FUNGUS: ("食用菌", "菌物学"),
    SEAWEED: ("海水养殖", "藻类学"),
}
#: a kind's breeding, as the profiles write it (牦牛育种, 家蚕品种选育: no ailment said, the breeders of that kind)
_BREEDING = re.compile(r"育种|选育|良种|品种改良|改良品种|杂交改良|繁育|种畜|种源")
_BREED: dict[str, tuple[str, ...]] = {
    LIVESTOCK: ("动物遗传育种", "畜牧学", "家畜育种"),
    POULTRY: ("家禽育种", "动物遗传育种"),
    AQUATIC: ("水产育种", "海水养殖"),
    SILKWORM: ("蚕学遗传育种",),
}
_PLANT_DISEASE = ("植物病理学", "植物病害")
_PLANT_PEST = ("农业昆虫学", "害虫", "植物保护")
_PLANTS = frozenset({FRUIT, VEGETABLE, CROP, TREE})


def organism(text: str) -> tuple[str, str] | None:
    """(the organism, its kind) a problem is about — the first one named as a word of its own in a sentence that says
    what ails or fails it — else None."""
    for sentence in _SENTENCE_END.split(text):
        if not _AILING.search(sentence) and not _BREEDING.search(sentence):
            continue
        for word in _words(sentence):
            if (named := _named(word)) is not None:
                return named, ORGANISMS[named]
    return None


def _named(word: str) -> str | None:
    """The organism a jieba word names: itself, or after a count or age before it and a place or part after it (几只羊,
    老母猪, 猪场, 油茶树, 香蕉园); None for any other word (葡萄糖, 羊毛衫, 牛奶 name no living thing)."""
    core = word
    while len(core) > 1 and core not in ORGANISMS and core[0] in _BEFORE:
        core = core[1:]
    if core not in ORGANISMS and len(core) > 1 and (core[-1] in _AFTER or core[-1] in "子崽"):
        core = core[:-1]  # (牛犊子, 猪崽: the animal)
    return core if core in ORGANISMS else None


def care_words(text: str) -> list[str]:
    """The profiles' words for the care of the organism a problem is about (none where it names none)."""
    found = organism(text)
    if found is None:
        return []
    word, kind = found
    sentences = [s for s in _SENTENCE_END.split(text) if word in s]
    if not any(_AILING.search(s) for s in sentences) or kind in _BREED and _BREEDING.search(text) and not any(
            _SICK.search(s) for s in sentences):  # 牦牛育种: the breeders of that kind (wheat breeders were matched on 育种,
        # rt115); 奶山羊产奶量低，想改良品种: a yield to breed for, no disease (a poplar breeder came first, rt119)
        return [w for w in _BREED.get(kind, ()) if w not in text]  # (a crop's: its name)
    words = list(_CARE[kind])
    if kind in _PLANTS:
        if any(_PEST.search(s) for s in sentences):
            words += _PLANT_PEST
        elif any(_AILING_PLANT.search(s) for s in sentences):
            words += _PLANT_DISEASE
    return [w for w in words if w not in text]


@lru_cache(maxsize=1024)
def _words(sentence: str) -> tuple[str, ...]:
    """jieba's words of a sentence, the organisms' names joined whole (the dictionary knows them)."""
    return tuple(_jieba().lcut(sentence, HMM=False))
