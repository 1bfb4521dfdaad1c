"""Industry acronyms and shop-floor words in the profiles' words (retrieval/acronyms.py)."""

from __future__ import annotations

import random
import re

import pytest

from retrieval.acronyms import SPREAD, TERMS, _acronyms, _trade_words, expansions, trade_terms, without_figures
from retrieval.problem import problem_text


def test_acronyms_and_shop_floor_words_are_written_out():
    assert expansions("BMS算法估算误差大")[:2] == ["电池管理系统", "动力电池"]  # (then the trade phrase BMS算法's)
    assert expansions("3D打印钛合金零件内部有气孔")[0] == "增材制造"
    assert expansions("LNG储罐和PCB板都有问题")[:2] == ["液化天然气", "印制电路板"]
    assert expansions("我们用增材制造（3D打印）做零件") == []  # the profiles' word is already there
    assert expansions("高镍三元NCM811循环后容量衰减快") == ["三元正极材料", "锂离子电池"]
    assert expansions("海边的管道生锈、漏水") == ["锈蚀", "腐蚀", "渗漏", "防水"]  # everyday words for a symptom


def test_trade_words_get_the_profiles_words():
    """An enterprise's word for its problem (翘曲, 缓释片) brings the words a researcher who solves it is listed with;
    the longest phrase at a place wins, and a phrase already written out adds nothing."""
    table = trade_terms()
    assert len(table) > 1000 and all(len(p) >= 2 and words.strip() for p, words in table.items())
    words = expansions("我们的缓释片批间差异大")
    assert words and all(w in table["缓释片"].split() for w in words)
    longest = max((p for p in table if len(p) >= 4 and p[:2] in table), key=len, default=None)
    if longest:  # a phrase whose start is a phrase of its own: only the longer one is read
        assert expansions(longest) == [w for w in dict.fromkeys(table[longest].split()) if w not in longest]
    assert expansions("") == []


def test_a_spoken_phrase_may_spread_over_its_clause():
    """网站这几天老是被人打瘫 holds 网站被人打瘫了: the phrase's first two characters, then the others in order, within
    its clause and SPREAD more characters — not across a comma, not further."""
    table = trade_terms()
    phrase = next(p for p in sorted(table) if len(p) >= 4 and p[-1] not in "了的" and not any(
        q != p and q.startswith(p[:2]) for q in table))  # the only phrase that starts so: nothing else can match
    filler = "这几天老是"
    assert _trade_words(phrase[:2] + filler + phrase[2:] + "。") == [phrase]
    assert _trade_words(phrase[:2] + "，" + phrase[2:]) == []  # another clause
    assert _trade_words(phrase[:2] + "是" * (SPREAD + 1) + phrase[2:]) == []  # too far


def test_a_phrase_written_inside_a_spread_phrases_gap_is_read_too():
    """电厂的SCR脱硝催化剂: 电厂…脱硝 spread over the gap hid SCR脱硝催化剂 (环境催化), and the chiral catalysis
    chemists came first for a power plant's denitration catalyst (rt47)."""
    table = trade_terms()
    found = _trade_words("我们电厂的SCR脱硝催化剂用了一年就中毒失活了")
    assert "SCR脱硝催化剂" in found and "SCR脱硝催化剂" in table
    assert set(table["SCR脱硝催化剂"].split()) <= set(expansions("我们电厂的SCR脱硝催化剂用了一年就中毒失活了"))


def test_only_whole_tokens_and_only_one_sense():
    assert expansions("PCBA and ICU") == ["印制电路板"]  # PCBA, not PCB + A; ICU is no IC
    assert expansions("lng, pcb") == []  # case matters: lower-case words are English, not acronyms
    for ambiguous in ("SOC", "GIS", "ABS", "PET", "CAE", "RTO"):  # RTO: thermal oxidiser or real-time optimisation  # several common senses: none guessed
        assert ambiguous not in TERMS


def test_reading_only_the_keys_a_text_holds_matches_the_whole_table():
    """The lookup compiles an alternation of the keys present only: the same matches as the whole table's, on texts
    built from keys that overlap and nest (PCB/PCBA, PM2.5, CAR-T, 3D打印) and the characters at their edges."""
    whole = re.compile("|".join((re.escape(k) if not k.isascii() else rf"(?<![A-Za-z0-9]){re.escape(k)}(?![A-Za-z])")
                                for k in sorted(TERMS, key=len, reverse=True)))
    pieces = [*TERMS, "a", "s", "1", ".", "-", "T", "PM", "2.5", "3D", "CAR", " ", "的"]
    rng = random.Random(7)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) for _ in range(2000)]
    for text in texts:
        assert _acronyms(text) == [m.group() for m in whole.finditer(text)], text


def test_where_the_company_is_is_no_part_of_the_problem():
    text = "我公司位于长江之滨，紧邻港口，交通便利，主要生产钢桥构件。近期钢桥焊缝出现疲劳开裂"
    assert problem_text(text) == "主要生产钢桥构件。近期钢桥焊缝出现疲劳开裂"


def test_a_word_many_trade_phrases_share_stands_for_their_common_profile_word():
    """大棚 opens a dozen phrases (大棚菜烂叶, 大棚里湿度大, …) that nearly all give 设施园艺: a problem no phrase holds
    (大棚番茄叶子卷曲发黄) still reads 设施园艺; a word the phrases give no common reading (产量: oil wells and rice)
    stands for nothing."""
    from retrieval.acronyms import HEAD_SHARE, HEAD_SUPPORT, head_words, trade_terms

    heads = head_words()
    holding = {p: w.split() for p, w in trade_terms().items() if p.startswith("大棚")}
    assert len(holding) >= HEAD_SUPPORT
    assert sum("设施园艺" in ws for ws in holding.values()) >= HEAD_SHARE * len(holding)
    assert heads["大棚"] == "设施园艺" and "设施园艺" in expansions("大棚番茄叶子卷曲发黄")
    assert "产量" not in heads and expansions("提高玉米产量") == []
    assert expansions("大棚菜烂叶") == trade_terms()["大棚菜烂叶"].split()  # a matched phrase gives its own words only


def test_english_jargon_in_a_chinese_or_english_problem_gets_the_profiles_words():
    """Chinese engineers write jargon in English (PCB在reflow之后warpage严重); the table (retrieval/english_terms.tsv)
    gives the Chinese words: whole words, case aside, the longest phrase of adjacent words at each place."""
    from retrieval.acronyms import english_jargon, english_terms

    table = english_terms()
    assert len(table) > 1000
    for key, words in table.items():  # one sense each, in the profiles' script
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*(?: [a-z0-9]+(?:-[a-z0-9]+)*){0,3}", key), key  # 4 words at most
        assert 1 <= len(words.split()) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]+(?: [\u4e00-\u9fff]+)*", words), key
    phrases = [p for p in table if " " in p and p.split()[0] not in table]  # the first word means nothing alone
    phrase = phrases[0]
    said = f"我们的锂电池在{phrase.title()}之后有问题"  # written in capitals, inside Chinese
    assert english_jargon(said) == [phrase]
    assert all(w in expansions(said) for w in table[phrase].split() if w not in said)
    first, rest = phrase.split(" ", 1)
    assert english_jargon(f"{first}, {rest}") != [phrase]  # not across punctuation
    assert english_jargon(f"x{phrase}") == [] or english_jargon(f"x{phrase}")[0] != phrase  # whole words only
    longer = next(p for p in table if any(q != p and p.startswith(q + " ") for q in table))  # shrinkage cavity
    assert english_jargon(longer) == [longer]  # the longest phrase at a place wins


def test_a_phrase_that_adds_nothing_gives_what_the_phrases_inside_it_give():
    """奶牛乳房炎 gives 乳房炎 奶牛, both in 奶牛乳房炎发病率高 already, so the problem got no word at all; 乳房炎 inside it
    gives the veterinary words."""
    table = trade_terms()
    outer = next(p for p, words in table.items() if all(w in p for w in words.split())
                 and any(q != p and q in p and any(w not in p for w in table[q].split()) for q in table))
    inner = [q for q in table if q != outer and q in outer and any(w not in outer for w in table[q].split())]
    added = expansions(outer + "，怎么办")
    assert added and all(w in added for q in inner if not any(q != r and q in r for r in inner)
                         for w in table[q].split() if w not in outer)


def test_a_phrase_whose_words_one_sentence_holds_apart_gives_its_words():
    """果汁灌装后放在货架上两三周，瓶底就有一层沉淀 holds 果汁沉淀's two words clauses apart: the phrase's profile words
    are read (饮料, 澄清: the juice and beverage experts, not the insect-vision scientist whose direction names 颜色,
    rt74) — not when the words stand in two sentences, nor from a clause that only says what the company is."""
    table = trade_terms()
    phrase = "果汁沉淀"
    given = [w for w in table[phrase].split() if w not in phrase]
    assert phrase in table and given
    assert set(given) <= set(expansions("我们的果汁灌装后放在货架上两三周，瓶底就有一层沉淀"))
    assert not set(given) & set(expansions("我们的果汁卖得很好。瓶底有一层沉淀"))  # two sentences
    assert not set(given) & set(expansions("我们是一家果汁厂，瓶底有一层沉淀"))  # the company's introduction


def test_head_words_are_the_same_in_every_process():
    """A head word whose phrases give two profile words equally often (齿轮's 磨削 and 精密加工) reads the same one
    whatever the process's string hashing: rankings must not change between two runs of the same code."""
    import json
    import os
    import subprocess
    import sys

    script = ("import json; from retrieval.acronyms import head_words, expansions; print(json.dumps([head_words(), "
              "expansions('车间里那台大风机一开到额定转速就抖得厉害，轴承座温度也高')], sort_keys=True))")
    runs = {json.dumps(json.loads(subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True,
        env={**os.environ, "PYTHONHASHSEED": seed}).stdout)) for seed in ("0", "1", "2")}
    assert len(runs) == 1 and json.loads(runs.pop())


def test_a_phrase_read_apart_needs_its_one_character_nouns_too():
    """鱼大批死亡 (fish dying) was read in 养的虾一到夏天就大批死亡 and 汽车用高强钢 in 高强度铝合金汽车车身板: the one-character
    noun (鱼, 钢) names what the phrase is about (rt76)."""
    table = trade_terms()
    assert "鱼大批死亡" in table and "汽车用高强钢" in table
    assert not set(table["鱼大批死亡"].split()) & set(expansions("养的虾一到夏天就大批死亡，虾壳发红"))
    assert set(table["鱼大批死亡"].split()) - {"水质"} <= set(expansions("塘里的鱼一到夏天就大批死亡"))
    assert "钢铁材料" not in expansions("我们需要开发高强度铝合金汽车车身板")


def test_a_crop_or_animal_named_in_english_is_the_thing_not_its_breeding():
    """"Rice grown on our farmland contains cadmium" read "rice" as 水稻遗传学 and 作物遗传育种, and rice breeders came
    first for a cadmium problem (rt103): a crop or an animal named alone is the thing; breeding is read where the
    problem says it ("rice breeding")."""
    for crop in ("rice", "wheat", "maize", "soybean", "cotton", "pigs", "cattle", "tomato"):
        given = expansions(f"Our {crop} has a problem")
        assert given and not [w for w in given if "育种" in w or "遗传" in w], (crop, given)
    assert any("育种" in w for w in expansions("We need help with rice breeding"))
    assert "地震学" in expansions("an earthquake early warning system for a railway")  # 地震预警 alone: no profile


def test_english_jargon_is_read_in_british_spelling_too():
    """"haemodialysis machines" read no word the profiles use (the table writes hemodialysis, rt111)."""
    from retrieval.acronyms import english_jargon, expansions, without_jargon

    assert english_jargon("haemodialysis machines") == english_jargon("hemodialysis machines") == ["hemodialysis"]
    assert expansions("haemodialysis machines") == expansions("hemodialysis machines")
    assert without_jargon("haemodialysis machines") == ", machines"


def test_jargon_misspelt_by_a_letter_is_read_as_the_tables_word():
    """"lithum battry 安全性" found no battery expert (rt120); an English word the misspelling resembles is left alone
    (below is no misspelt blow, titre no tire)."""
    from retrieval.acronyms import english_jargon

    assert english_jargon("我想找做 lithum battry 安全性的expert") == ["lithium battery"]
    assert "corrosion" in english_jargon("severe corosion of the pipes")
    assert not {"blow", "reducer", "milling", "tire"} & set(english_jargon(
        "temperatures below zero; we want to reduce losses by a million; the titre is low"))


def test_a_lung_doctor_is_read_as_respiratory_medicine():
    """"who is the best lung doctor among academicians?" got an ear-nose-throat surgeon first (rt122)."""
    from retrieval.acronyms import english_jargon, english_terms

    assert english_jargon("who is the best lung doctor among academicians?") == ["lung doctor"]
    assert "呼吸病学" in english_terms()["lung doctor"]


def test_a_word_a_phrase_uses_as_a_figure_is_read_as_what_the_phrase_stands_for():
    """电子皮肤 is a sensor, 勒索病毒 malware: their 皮肤 and 病毒 read literally ranked dermatologists and virologists
    first; the table marks them ("-皮肤") and the signals read the phrase's profile words in their place."""
    read = without_figures("我们要做电子皮肤，柔性传感器的灵敏度不够")
    assert "皮肤" not in read and "柔性电子" in read and "传感器" in read and read.startswith("我们要做电子")
    assert "病毒" not in without_figures("服务器中了勒索病毒") and "恶意代码" in without_figures("服务器中了勒索病毒")
    assert without_figures("公司电脑中了病毒").count("病毒") == 1  # (中毒 spread over 中了病毒; 计算机病毒 in its place)
    assert without_figures("注塑件翘曲严重") == "注塑件翘曲严重"  # a phrase meant literally is left as written
    assert without_figures("皮肤瘙痒") == "皮肤瘙痒"  # (skin where no phrase uses it as a figure)
    assert all(not w.startswith("-") for words in trade_terms().values() for w in words.split())


@pytest.mark.parametrize("problem, word", [
    ("我们矿上的皮带机老跑偏，上个月还把皮带撕了", "开采机械化"),  # (a drug-delivery chemist on 输送, rt123)
    ("厂里那几台空压机吵得要命，工人耳朵都受不了", "噪声控制"),
    ("我们厂的电机老烧，一个月烧好几台", "电机设计"),
    ("我们作坊做的豆腐老是发酸", "食品微生物"),
    ("Our potato chip line produces too much acrylamide during frying", "油炸食品"),  # not 芯片
    ("俺们县的自来水一股土腥味，一到夏天更厉害", "饮用水安全保障"),  # (rt127: a soil scientist first)
    ("草鱼出血病防治", "鱼病防治"),
    ("We are designing a long-span cable-membrane stadium roof", "大跨空间结构"),  # (a solid-mechanics theorist)
    ("We plan to develop hot dry rock geothermal energy in deep granite", "深部地热"),
    ("我们采石场一放炮石头飞老远，村里人天天来闹", "工程爆破"),  # (rt128: a water-jet driller first)
    ("俺们厂做的月饼放个三五天就长毛了", "食品科学"),  # (a power-station engineer)
    ("冷库里那个制冷机老结霜，隔两天就得化霜", "除霜"),  # (a motor-cooling engineer)
    ("可燃冰开采技术", "天然气水合物"),  # (a coal miner)
    ("隧道火灾通风排烟", "火灾科学"),
    ("我们种的西瓜一结瓜就死秧，根都烂了", "枯萎病"),
    ("地铁车站空调节能", "建筑节能"),  # (rt130: the metro builders first, the building-energy expert third and weak)
    ("俺们厂织出来的布老是有横档，一道一道的颜色深浅不一样", "染整"),  # (a fly-vision biologist on 颜色)
    ("我们厂做的辣椒酱装瓶以后放几天瓶盖就鼓起来了", "微生物安全"),
    ("俺爹这两年手老是抖，拿筷子都费劲，走路也小碎步", "神经病学"),  # (rt132: a geothermal geologist)
    ("俺们村边那条河一到夏天就发黑发臭，鱼都翻白肚了", "水环境"),
    ("我们村新修的土路一下雨就翻浆，拖拉机都陷里头出不来", "道路工程"),  # (a farm-machinery expert on 拖拉机)
    ("我们做羽绒服的，衣服老是往外钻毛，客户天天退货", "纺织品功能整理"),  # (rt133: a cell biologist first)
    ("厂房平顶一下雨就漏，防水做了三回了还是漏", "建筑材料"),  # (hydropower engineers on 厂房)
    ("以秸秆为原料的纤维素乙醇生产线", "燃料乙醇"),  # (a chemical-fibre engineer on 纤维)
    ("俺家的牛配了好几回都不怀犊，母牛光吃不下崽", "兽医"),  # (rt135: mathematicians on 好几)
    ("俺们厂蒸的馒头放一天就发硬掉渣", "食品科学"),  # (power-plant engineers)
    ("仓库里囤的玉米生了好多虫子", "害虫"),  # (a maize breeder first, the entomologist third and weak)
    ("我们作坊做的竹筷子放一阵子就长霉发黑", "木材保护学"),  # (rt142: a railway engineer first)
    ("俺们村的水窖水一到夏天就发绿发臭，人畜都要喝", "饮用水"),  # (an animal-disease expert on 人畜)
    ("我们厂腌的咸鸭蛋，蛋黄老是不出油", "畜产品加工"),  # (a fish physiologist)
    ("生物柴油生产", "生物质能"),  # (a diesel-engine expert on 柴油)
    ("冷鲜牦牛肉保鲜", "肉品"),
    ("Our potash fertilizer factory suffers from severe product caking", "工业结晶"),  # (crop agronomists)
    ("A ground-based optical system for tracking space debris", "空间监视"),  # (launch-vehicle engineers)
    ("我们小作坊做的芝麻酱老是出油分层", "食品工程"),  # (rt145: petroleum geologists on 油)
    ("我们矿上的溜井老是堵，矿石卡在里面下不来", "采矿工程"),  # (an earthquake-hazard expert on 危险)
    ("我们厂做的肥皂放一阵子表面就起白霜", "表面活性剂"),  # (a spectroscopist on 表面)
    ("我们厂出的尼龙绳晒几个月太阳就脆了", "高分子材料"),  # (solar physicists on 太阳)
    ("我们醋厂酿的醋放久了上面老长一层白膜，还发浑，咋整啊", "发酵"),  # (rt148: a visual neuroscientist first)
    ("俺们村的花椒树这两年老是流胶，树皮烂", "植物病理"),  # (a petroleum geophysicist)
    ("我们厂挤出来的PVC管子老是发黄，还有点脆", "塑料加工"),  # (refinery engineers)
    ("我们服装厂缝牛仔裤，缝纫机老跳针断线", "服装机械"),  # (a tube-rolling engineer)
    ("我们饲料厂压的颗粒料老是一碰就碎成粉", "饲料加工"),  # (a shrimp-hatchery expert)
    ("生物质气化发电", "热化学转化"),  # (an electrochemist on 物质)
    ("手足口病防治", "传染病"),  # (a TCM physician on 防治)
    ("稻田里福寿螺太多了咋办", "有害生物"),  # (rt150: a soil scientist on 稻田, an oilfield developer)
    ("砂锅一上火就炸裂", "抗热震"),  # (a combustion engineer)
    ("海洋牧场建设", "增殖"),  # (a physical oceanographer)
    ("Our stratospheric airship envelope leaks helium", "浮空器"),  # (a space remote-sensing engineer)
])
def test_spoken_complaints_of_the_blind_rounds_read_as_their_trade(problem, word):
    assert word in expansions(problem), expansions(problem)


def test_a_yak_named_alone_is_the_animal_not_its_breeding():
    """冷鲜牦牛肉保鲜 ranked animal breeders first (rt142): 牦牛 gives what the profiles call the animal's husbandry."""
    assert "动物遗传育种" not in expansions("冷鲜牦牛肉保鲜")


def test_a_platinum_catalyst_is_no_fuel_cell():
    """A propane-dehydrogenation plant's platinum catalyst read as 燃料电池, and the reasons said the problem's terms held
    it (rt133)."""
    words = expansions("Our PDH plant's platinum catalyst deactivates through coking")
    assert "铂催化剂" in words and "燃料电池" not in words, words


def test_an_english_plural_reads_as_the_tables_singular():
    """"Our MEMS accelerometers drift" read no accelerometer (the table holds the singular), and an inertial-navigation
    expert who works on 加速度计 was not found (rt128)."""
    from retrieval.acronyms import english_jargon

    assert english_jargon("Our MEMS accelerometers drift with temperature") == ["mems", "accelerometer"]
    assert "加速度计" in expansions("Our MEMS accelerometers drift with temperature")
    assert english_jargon("the rotors vibrate") == ["rotor"]
    assert "yield loss" not in english_jargon("estimate crop yield losses after a flood")  # a wafer's, not a field's
