"""Plausible Chinese personal names: surnames weighted by their real frequency (2020 census order), given names of
one or two characters from the pools common for people born 1935-1995; deterministic given a random.Random."""

from __future__ import annotations

import random
from bisect import bisect
from itertools import accumulate

# Surname and approximate share of the population, per mille (top ~120 of the 2020 census list, and a few
# compound surnames).
_SURNAMES = """
王71 李70 张67 刘54 陈46 杨31 黄24 赵23 吴20 周19 徐15 孙15 马13 朱12 胡12 郭11 何11 林10 罗10 高10
郑8 梁8 谢8 宋7 唐7 许6 韩6 邓6 冯6 曹6 彭6 曾5 肖5 田5 董5 潘5 袁5 蔡4 蒋4 余4 于4 杜4 叶4 程4 魏4
苏4 吕4 丁4 任4 卢3 姚3 沈3 钟3 姜3 崔3 谭3 陆3 范3 汪3 廖3 石3 金3 韦3 贾3 夏2 付2 方2 邹2 熊2 白2
孟2 秦2 邱2 侯2 江2 尹2 薛2 闫2 段2 雷2 龙2 黎2 史2 陶2 贺2 毛2 郝2 顾2 龚2 邵2 万2 钱2 武2 戴2 严2
孔1 向1 常1 汤1 康1 易1 乔1 赖1 文1 施1 洪1 牛1 葛1 章1 殷1 莫1 覃1 庞1 樊1 兰1 齐1 倪1 温1 柳1
欧阳0.3 上官0.05 司马0.05 诸葛0.03 皇甫0.03
"""


def _parse_surnames() -> tuple[tuple[str, ...], tuple[float, ...]]:
    seen: dict[str, float] = {}
    for token in _SURNAMES.split():
        i = next(k for k, ch in enumerate(token) if ch.isdigit())
        seen.setdefault(token[:i], float(token[i:]))
    names = tuple(seen)
    return names, tuple(accumulate(seen[n] for n in names))


SURNAMES, _SURNAME_CUM = _parse_surnames()

# Given-name character pools.
_MALE_FIRST = "建志国海晓振卫伟文明永立德宏俊新家学世光天红春庆小东中兴向正宝金玉长大思书子晨雨博浩"
_MALE_SECOND = "军平华明强伟东峰林斌涛波辉刚勇杰鹏飞宇成龙民生忠荣新良安坤亮超彬松武宁江洋磊锋昌帆"
_FEMALE_FIRST = "丽晓春秀雪海玉红静慧美燕文小亚婷金桂凤淑素雅佳欣梦诗"
_FEMALE_SECOND = "华红英玲梅芳娟敏静丽霞燕萍琳洁颖婷蓉莉琴兰云艳青琼岚雯怡璐"
_MALE_SINGLE = "伟强军勇涛斌峰磊刚鹏杰明超健波辉亮宁毅林浩鑫帆昊翔"
_FEMALE_SINGLE = "丽静敏燕艳娟芳霞琳颖红洁萍玲慧婷莉雯倩琼"

MALE_SHARE = 0.74
"""Share of men among the experts (women are about a quarter of senior researchers)."""


def random_name(rng: random.Random) -> str:
    """One name, e.g. 王建军 or 李静; a given name never repeats the surname or a character."""
    surname = SURNAMES[bisect(_SURNAME_CUM, rng.random() * _SURNAME_CUM[-1])]
    male = rng.random() < MALE_SHARE
    if rng.random() < 0.28:
        pool = _MALE_SINGLE if male else _FEMALE_SINGLE
        given = rng.choice(pool)
        while given == surname:
            given = rng.choice(pool)
        return surname + given
    first, second = (_MALE_FIRST, _MALE_SECOND) if male else (_FEMALE_FIRST, _FEMALE_SECOND)
    a = rng.choice(first)
    b = rng.choice(second)
    while b == a or b == surname:
        b = rng.choice(second)
    return surname + a + b
