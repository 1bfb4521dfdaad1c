"""The composer's words for a whole-graph tally (retrieval/tallies.py): the groups and their counts, with what was
counted and how, so that a figure is never read as more than the graph's records."""

from __future__ import annotations

from retrieval.tallies import MOST_LISTED, RUNNERS_UP, OutsideCount, Tally

_GROUP = {"institution": "单位", "province": "省份", "city": "城市", "field": "学科", "direction": "研究方向",
          "award": "奖项", "year": "当选年份"}
_GROUP_EN = {"institution": "institution", "province": "province", "city": "city", "field": "field",
             "direction": "research direction", "award": "award", "year": "year of election"}
_HOW = {"institution": "按记录的任职单位计，单位名称按记录原样计（同一单位的不同写法分开计），一位专家记录了多个单位时各计一次",
        "province": "按记录的单位所在省份计，没有记录所在地的不计", "city": "按记录的单位所在城市计，没有记录所在地的不计",
        "field": "按记录的所属学科计，一位专家属于多个学科时各计一次", "direction": "按记录的研究方向名称计，一位专家有多个方向时各计一次",
        "award": "按记录的获奖名称计（院士称号也计为一项），一位专家有多个奖项时各计一次",
        "year": "按院士席位记录的当选年份计，未记录年份的不计"}
_HOW_EN = {"institution": "by the institutions recorded, each name as written (two spellings of one institution count "
                          "apart); an expert with two institutions counts for each",
           "province": "by the recorded province of their institutions; those with no recorded place are not counted",
           "city": "by the recorded city of their institutions; those with no recorded place are not counted",
           "field": "by the fields recorded; an expert in two fields counts for each",
           "direction": "by the research directions recorded, each name as written; an expert counts for each of theirs",
           "award": "by the awards recorded, each name as written (academy seats count as one); an expert counts for each "
                    "of theirs",
           "year": "by the election year recorded with the academy seat; seats with no year are not counted"}


def _name(group: str, by: str, english: bool) -> str:
    return (f"{group}" if english else f"{group}年") if by == "year" else group


def _cut(groups: tuple[tuple[str, int], ...], places: int) -> list[tuple[str, int]]:
    """The first `places` groups, and those tied with the last of them."""
    if len(groups) <= places:
        return list(groups)
    last = groups[places - 1][1]
    return [g for g in groups if g[1] >= last]


def describe_tally(tally: Tally, english: bool = False) -> str:
    """A tally as said: the extreme group(s) and the next ones, or every group (up to MOST_LISTED), then its scope."""
    q = tally.question
    label, by = q.label, q.by
    group, how = (_GROUP_EN if english else _GROUP)[by], (_HOW_EN if english else _HOW)[by]
    if not tally.counted:
        return (f"The expert knowledge graph holds no {label} to count, so there is nothing to count by {group}."
                if english else f"知识图谱中没有符合条件的{label}，无法按{group}统计。")
    if not tally.groups:
        return (f"The graph records no {group} for the {tally.counted} {label} it holds, so they cannot be counted by it."
                if english else f"知识图谱没有记录这{tally.counted}位{label}的{group}，无法按{group}统计。")
    scope = (f"Counted: the {tally.counted} {label} in the expert knowledge graph, {how}." if english else
             f"统计范围：知识图谱中的{tally.counted}位{label}，{how}。")
    groups = tally.groups
    if q.rank and q.most == "most":  # 那第二名呢？: the group(s) at that place, ties together
        if q.rank > len(groups):
            return (f"The graph's records give only {len(groups)} {group}s for the {label}." if english else
                    f"按知识图谱的记录，{label}只分布在{len(groups)}个{group}。") + "\n" + scope
        n = groups[q.rank - 1][1]
        at = [_name(g, by, english) for g, c in groups if c == n]
        if english:
            return (f"By the graph's records, no. {q.rank} by the number of {label} is {', '.join(at)} ({n}"
                    f"{' each' if len(at) > 1 else ''}).\n{scope}")
        return f"按知识图谱的记录，{label}人数排第{q.rank}的{group}是{'、'.join(at)}，{'各' if len(at) > 1 else '共'}{n}位。\n{scope}"
    if q.most == "distinct":  # 图谱里一共有多少个机构？: how many groups, and those holding most
        top, k = groups[:RUNNERS_UP + 1], len(groups)
        if english:
            plural = group if k == 1 else "cities" if by == "city" else group + "s"
            return (f"By the graph's records, the {tally.counted} {label} are spread over {k} {plural}; those with the "
                    "most: " + "; ".join(f"{_name(g, by, True)} ({n})" for g, n in top) + f".\n{scope}")
        spread = f"共获得过{k}种奖项" if by == "award" else f"涉及{k}个研究方向" if by == "direction" else \
            f"分布在{k}个{group}"
        return (f"按知识图谱的记录，这{tally.counted}位{label}{spread}，人数最多的是：" +
                "、".join(f"{_name(g, by, False)}（{n}位）" for g, n in top) + f"。\n{scope}")
    if not q.most:
        shown = groups[:MOST_LISTED]
        lines = [f"{_name(g, by, english)}: {n}" if english else f"{_name(g, by, english)}：{n}位" for g, n in shown]
        more = ((f"({len(groups)} {group}s in all; the {len(shown)} with the most are listed.)" if english else
                 f"（共{len(groups)}个{group}，以上列出人数最多的{len(shown)}个。）") if len(groups) > len(shown) else "")
        lead = (f"By the graph's records, the {label} by {group}:" if english else f"按知识图谱的记录，{label}按{group}统计如下：")
        return "\n".join([lead, *lines, *([more] if more else []), scope])
    if q.most == "fewest":
        least = groups[-1][1]
        tied = [g for g, n in groups if n == least]
        names = "、".join(_name(g, by, english) for g in tied[:RUNNERS_UP + 1]) if not english else \
            ", ".join(_name(g, by, english) for g in tied[:RUNNERS_UP + 1])
        if english:
            head = (f"By the graph's records, {len(tied)} {group}s have the fewest {label}, {least} each, e.g. {names}."
                    if len(tied) > 1 else f"By the graph's records, the {group} with the fewest {label} is {names} ({least}).")
        else:
            head = (f"按知识图谱的记录，{label}最少的{group}有{len(tied)}个，各{least}位，例如{names}。" if len(tied) > 1
                    else f"按知识图谱的记录，{label}最少的{group}是{names}，共{least}位。")
        return head + "\n" + scope
    top = _cut(groups, q.places)
    best = groups[0][1]
    first = [g for g, n in top if n == best]
    rest = [(g, n) for g, n in top if n != best] if q.places > 1 else \
        [(g, n) for g, n in groups if n != best][:RUNNERS_UP]
    if english:
        most = f"the year in which the most {label} were elected" if by == "year" else f"the {group} with the most {label}"
        head = (f"By the graph's records, {most} is {_name(first[0], by, True)} ({best})." if len(first) == 1 else
                f"By the graph's records, {most} are {', '.join(_name(g, by, True) for g in first)}, {best} each.")
        after = ("Next: " + "; ".join(f"{_name(g, by, True)} ({n})" for g, n in rest) + ".") if rest else ""
    else:
        most = f"当选{label}最多的年份" if by == "year" else f"{label}最多的{group}"
        head = (f"按知识图谱的记录，{most}是{_name(first[0], by, False)}，共{best}位。" if len(first) == 1 else
                f"按知识图谱的记录，{most}是{'、'.join(_name(g, by, False) for g in first)}，各{best}位。")
        after = ("其后依次是：" + "、".join(f"{_name(g, by, False)}（{n}位）" for g, n in rest) + "。") if rest else ""
    return "\n".join(x for x in (head, after, scope) if x)


def describe_outside(count: OutsideCount, english: bool = False) -> str:
    """How many of the experts counted the graph places outside a place, with those there and those placed nowhere."""
    c, label, place = count, count.label, count.place
    if not c.counted:
        return (f"The expert knowledge graph holds no {label} to count." if english else
                f"知识图谱中没有符合条件的{label}，无法统计。")
    if english:
        return (f"By the places the graph records for their institutions, {c.outside} of its {c.counted} {label} are "
                f"outside {place}: {c.at_place} are at institutions in {place}, and {c.unplaced} have no institution or "
                "place recorded (not counted).")
    return (f"按知识图谱记录的单位所在地，{place}以外的{label}有{c.outside}位：图谱中共有{c.counted}位{label}，其中{c.at_place}位"
            f"的单位在{place}，另有{c.unplaced}位没有记录单位或单位所在地（未计入）。")
