"""Guard figures on generated answers: recall on planted falsehoods (by kind), true sentences kept, ms per answer.

    .venv/bin/python benchmarks/guard.py [--answers 300] [--seed 7]

Experts come from the demo generator (kg.demo, no graph server needed). Every answer mixes true sentences about
three experts (their own facts, in several phrasings, with 他/她/该专家 and list/table layouts) with planted
falsehoods of every kind; each sentence's label is known by construction, so the guard is judged against the
construction, never against its own detector. The phrasings were written by the guard's author: treat the figures
as a self-check; the independent corpus (tests/data/grounding_corpus*.jsonl) is the real measure.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time
from collections import Counter

from generation.grounding import check_answer
from kg.demo import generate_experts
from kg.demo.names import random_name
from retrieval.models import AwardFact, ExpertMatch

GENERIC = ["建议尽快联系专家进行诊断。", "翘曲通常与冷却不均和残余应力有关。", "可以先做一次模流分析，找出问题根源。",
           "以上专家均可提供技术咨询。", "如需进一步帮助，请告诉我产品的材料和工艺参数。"]
SHORT = {"清华": "清华大学", "浙大": "浙江大学", "北大": "北京大学", "复旦": "复旦大学", "哈工大": "哈尔滨工业大学",
         "中科大": "中国科学技术大学", "华科": "华中科技大学", "上交": "上海交通大学"}
PINYIN = ["Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou", "Wu"]
GIVEN = ["Wei", "Min", "Jun", "Hua", "Lei", "Qiang", "Jing", "Tao"]
HONOURS = [("是两院院士", "两院院士"), ("入选万人计划", "万人计划"), ("享受国务院政府特殊津贴", "特殊津贴"),
           ("是IEEE Fellow", "Fellow"), ("是长江学者特聘教授", "长江学者"), ("获得过杰青资助", "杰出青年"),
           ("是中国科学院院士", "中国科学院院士"), ("入选国家千人计划", "千人计划"), ("是国家优青", "优秀青年"),
           ("是美国国家工程院外籍院士", "美国国家工程院"), ("入选百千万人才工程", "百千万人才")]
OTHER_TITLES = ["教授", "研究员", "副教授", "主任医师", "高级工程师", "博士生导师"]


def experts_from_demo(n: int, seed: int) -> list[ExpertMatch]:
    return [ExpertMatch(id=r["id"], name=r["name"], institution=r.get("institution"), title=r.get("title"),
                        fields=r.get("fields", []), directions=[d["name"] for d in r.get("directions", [])],
                        awards=[AwardFact(**a) for a in r.get("awards", [])], score=1.0)
            for r in generate_experts(n, seed=seed)]


def _variant(name: str, rng: random.Random) -> str:
    """An award as a model may phrase it: 国家技术发明奖二等奖 -> 国家技术发明二等奖, 科学技术 -> 科技."""
    if rng.random() < 0.5 and "奖" in name[:-1] and name.endswith("等奖"):
        name = name[: name.rindex("奖", 0, len(name) - 1)] + name[name.rindex("奖", 0, len(name) - 1) + 1:]
    if rng.random() < 0.3:
        name = name.replace("科学技术", "科技")
    return name


def truths(e: ExpertMatch, i: int, rng: random.Random, layout: str) -> list[str]:
    """True sentences about expert `e`, the first naming them."""
    pro = rng.choice(["他", "她", "该专家", "这位专家"])
    t = e.title or ""
    academician = "院士" in t
    head = {
        "list": f"{i}. {e.name}，{e.institution}{'' if academician else t}。",
        "bold": f"- **{e.name}**（{e.institution}，{t}）",
        "plain": f"推荐{e.name}，{'来自' if rng.random() < 0.5 else '任职于'}{e.institution}。",
        "table": f"| {e.name} | {e.institution} | {t} |",
    }[layout]
    out = [head]
    if layout != "table" and t and (layout == "plain" or academician):
        out.append(f"{e.name}{'是' if academician else '的职称是'}{t}。")
    if e.directions:
        d = e.directions[: rng.choice([1, 2])]
        out.append(rng.choice([f"{pro}的研究方向包括{'和'.join(d)}。", f"研究方向：{'、'.join(d)}。",
                               f"{pro}长期从事{d[0]}研究。", f"{e.name}擅长{d[0]}。"]))
    if e.fields and rng.random() < 0.5:
        out.append(rng.choice([f"所属学科：{e.fields[0]}。", f"{pro}的研究领域为{e.fields[0]}。"]))
    for a in e.awards[:2]:
        v = _variant(a.name, rng)
        if a.year:
            out.append(rng.choice([f"{a.year}年获{v}。", f"{pro}曾获{v}（{a.year}年）。", f"{e.name}于{a.year}年度荣获{v}。"]))
        else:
            out.append(f"{pro}曾获{v}。")
    return out


def lies(e: ExpertMatch, other: ExpertMatch, rng: random.Random, names: set[str]) -> list[tuple[str, str]]:
    """(falsehood, kind) about expert `e` (or nobody retrieved)."""
    held = " ".join([e.title or ""] + [a.name for a in e.awards])
    stranger = random_name(rng)
    while stranger in names or any(stranger.startswith(n) or n.startswith(stranger) for n in names):
        stranger = random_name(rng)
    out = [
        (rng.choice([f"另外也可以联系{stranger}，他经验丰富。", f"{stranger}教授也是这方面的专家。", f"推荐{stranger}研究员。",
                     f"{stranger}老师可以提供帮助。", f"建议咨询{stranger}。", f"还有{stranger}，长期从事注塑成型研究。"]),
         "invented person"),
        (rng.choice([f"Prof. {rng.choice(PINYIN)} {rng.choice(GIVEN)} of MIT also works on this.",
                     f"也可以请教Dr. {rng.choice(PINYIN)}，他做过相关研究。",
                     f"{rng.choice(GIVEN)} {rng.choice(PINYIN)} from Stanford University is an expert too."]),
         "invented person (Latin)"),
        (rng.choice([f"{e.name}{rng.choice('东强华明军峰')}教授也很有经验。", f"{e.name}{rng.choice('东强华')}也在做相关研究。"]),
         "invented person (known prefix)"),
    ]
    honour = [(s, k) for s, k in HONOURS if k not in held]
    s, _ = rng.choice(honour)
    out.append((f"{e.name}{s}。", "invented honour"))
    short = rng.choice([s for s, full in SHORT.items() if full != e.institution and full != other.institution])
    out.append((rng.choice([f"{e.name}还在{short}兼职。", f"{e.name}毕业于{short}。", f"{e.name}曾在华为技术有限公司工作。",
                            f"{e.name}与中科院化学所合作密切。", f"可以联系{short}的相关团队。"]), "invented organisation"))
    if other.institution and other.institution != e.institution:
        out.append((rng.choice([f"{e.name}任职于{other.institution}。", f"{other.institution}的{e.name}也可以帮忙。"]),
                    "swapped affiliation"))
    if e.awards:
        a = e.awards[0]
        if a.year:
            out.append((f"{e.name}于{a.year + rng.choice([-3, -1, 2, 5])}年获{a.name}。", "wrong award year"))
        if a.name.endswith("等奖"):
            g = a.name[-3]
            wrong = a.name[:-3] + ("二" if g != "二" else "一") + "等奖"
            if wrong not in held:
                out.append((f"{e.name}获得过{wrong}。", "wrong award grade"))
    if other.awards and all(a.name != other.awards[0].name for a in e.awards):
        out.append((f"{e.name}也获得过{other.awards[0].name}。", "another expert's award"))
    out.append((rng.choice([f"{e.name}曾获中国发明协会发明创业奖一等奖。", f"{e.name}荣获2019年度全国五一劳动奖章。"]),
                "invented award"))
    out.append((rng.choice([f"{e.name}的研究方向还包括量子计算和区块链。", f"{e.name}擅长深海钻探装备设计。"]),
                "invented direction"))
    if e.title and "院士" not in e.title:
        out.append((f"{e.name}的职称是{rng.choice([t for t in OTHER_TITLES if t != e.title])}。", "wrong title"))
    return out


def build(experts: list[ExpertMatch], rng: random.Random) -> list[tuple[str, str | None]]:
    """One answer as (sentence, None if true else the kind of falsehood)."""
    layout = rng.choice(["list", "bold", "plain", "table"])
    names = {e.name for e in experts}
    rows: list[tuple[str, str | None]] = [("针对您的问题，推荐以下专家：", None)]
    if layout == "table":
        rows += [("| 姓名 | 单位 | 职称 |", None), ("|---|---|---|", None)]
    for i, e in enumerate(experts, 1):
        mine = [(s, None) for s in truths(e, i, rng, layout)]
        if layout == "table":
            rows += mine[:1]
            continue
        planted = rng.sample(lies(e, experts[i % len(experts)], rng, names), 3)
        for lie in planted:  # after the head sentence, so a pronoun in a lie still means this expert; other people
            if lie[1].startswith("invented person"):  # last, as a model adds them ("另外也可以联系…"): a 他 right
                mine.append(lie)  # after one would mean that person
            else:
                mine.insert(rng.randint(1, len(mine)), lie)
        rows += mine
    if layout == "table":
        rows += [(s, k) for s, k in rng.sample(lies(experts[0], experts[1], rng, names), 3)]
    rows.append((rng.choice(GENERIC), None))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--show-misses", type=int, default=10)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    pool = [e for e in experts_from_demo(900, args.seed) if e.institution]
    # jieba's dictionaries and pypinyin load once per process (~1-2 s), not per answer: load them before timing
    check_answer("预热。王伟教授。Prof. Wang Wei.", pool[:1])
    planted, caught, true_total, true_kept = Counter(), Counter(), 0, 0
    wall, cpu, chars, sentences = [], [], [], []
    misses: list[str] = []
    for _ in range(args.answers):
        experts = rng.sample(pool, 3)
        rows = build(experts, rng)
        text = "\n".join(s for s, _ in rows)
        w0, c0 = time.perf_counter(), time.process_time()
        _, report = check_answer(text, experts)
        wall.append((time.perf_counter() - w0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
        chars.append(len(text))
        sentences.append(len(rows))
        verdicts = {v.text: v for v in report.sentences}
        for j, (s, kind) in enumerate(rows):
            v = verdicts.get(s.strip())
            kept = v.kept if v is not None else True
            if kind is None:
                true_total += 1
                true_kept += kept
                if not kept and len(misses) < args.show_misses:
                    misses.append(f"  true dropped: {s}  {[(c.kind, c.text, c.reason) for c in v.claims if not c.supported]}"
                                  f"  (after: {rows[j - 1][0]})")
            else:
                planted[kind] += 1
                caught[kind] += not kept
                if kept and len(misses) < args.show_misses:
                    misses.append(f"  lie kept ({kind}): {s}  {[(c.kind, c.text, c.reason) for c in v.claims]}")
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"answers: {args.answers}, {statistics.mean(sentences):.1f} sentences and {statistics.mean(chars):.0f} "
          f"characters on average")
    total = sum(planted.values())
    print(f"recall on planted falsehoods: {sum(caught.values())}/{total} = {sum(caught.values()) / total:.2%}")
    for kind in sorted(planted):
        print(f"  {kind:32s} {caught[kind]:5d}/{planted[kind]:<5d} {caught[kind] / planted[kind]:.2%}")
    print(f"true sentences kept: {true_kept}/{true_total} = {true_kept / true_total:.2%}")
    wall.sort()
    print(f"guard cost per answer: wall mean {statistics.mean(wall):.2f} ms, p50 {statistics.median(wall):.2f} ms, "
          f"p95 {wall[int(0.95 * len(wall)) - 1]:.2f} ms; CPU mean {statistics.mean(cpu):.2f} ms")
    if misses:
        print("examples of misses:")
        print("\n".join(misses))


if __name__ == "__main__":
    main()
