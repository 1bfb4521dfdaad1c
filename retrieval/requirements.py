"""What a problem asks of the expert besides the topic: an academy (工程院院士), an award (获得过国家科技进步奖的),
an institution (清华大学的专家) or a place (上海的专家), and whether an expert's graph facts meet it.

Matching puts the relevant experts who meet every requirement first; the answer says which requirement no shown
expert meets, rather than let a list of experts read as if it met them. The graph holds no locations: a place is
met only by an institution whose name holds it (上海交通大学 for 上海, not 复旦大学), and the answer says so.
"""

from __future__ import annotations

import re

from retrieval.models import ExpertMatch, Requirement

# who the requirement is about: the expert asked for follows it, at most a topic in between (上海的注塑成型专家), never
# a verb or a clause break (我们在上海的工厂需要专家 asks nothing of the expert's place)
_WHO = (r"(?:的|地区的|本地的|当地的|省内的|市内的)?[^，。；、,;！!？?需要请想找有是在为给供]{0,10}?"
        r"(?:专家|老师|教授|研究员|院士|学者|团队|人选|人才)")
_ACADEMY = re.compile(r"(两院|中国工程院|工程院|中国科学院|科学院|中科院)?院士(?!工作站|专家工作站|工作室|站)")
_AWARD = re.compile(rf"(?:获得?过?|荣获过?|得过)(?:了)?\s*((?:[^，。；、,;！!？?\s的]{{2,20}}?(?:奖|基金|学者|称号))"
                    rf"(?:[一二三四特]等奖)?|杰青|优青)(?=获得者|{_WHO})")
_ORG = re.compile(rf"([\u4e00-\u9fff]{{2,20}}?(?:大学|学院|研究院|研究所|医院|公司|集团|中心))(?={_WHO})")
# words before an institution's name that are the request's, not the name's: 请推荐|清华大学, 或者|浙江大学
_ORG_LEAD = re.compile(r"^.*(?:推荐|介绍|需要|来自|希望|最好|想找|找|限于?|请|一位|是|在|和|与|或者|或|及)")
_PLACES = ("北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建",
           "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾",
           "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门", "深圳", "广州", "南京", "杭州", "武汉", "成都", "西安",
           "长沙", "合肥", "济南", "青岛", "大连", "沈阳", "哈尔滨", "长春", "郑州", "苏州", "厦门", "福州", "昆明", "兰州",
           "太原", "南昌", "南宁", "贵阳", "石家庄", "宁波", "无锡")
_PLACE = re.compile(rf"(?:来自|在|位于|最好是|希望是|限)?({'|'.join(sorted(_PLACES, key=len, reverse=True))})"
                    rf"(?:省|市|自治区|特别行政区)?(?:地区|本地|当地|省内|市内)?(?={_WHO})")
# "不是院士的", "无需…的": what the expert need not be is no requirement (and is left in the problem's words)
_NOT = re.compile(r"(?:不是|并非|非|不要|不需要|无需|不必|不用|不一定是|不限)\s*$")
_OF = re.compile(r"的?")
_EITHER = re.compile(r"或|还是|要么|任一|之一")  # 中科院院士或工程院院士: either academy
_EACH = re.compile(r"[^，。；,;！!？?]{0,4}?(?:各|分别)")  # 中国科学院院士和中国工程院院士各一位: one of each
_CLAUSE = re.compile(r"[^，,。；;！!？?\n]+")
# the graph's award names say 科学技术进步; people say 科技进步, 杰青, 何梁何利奖
_AWARD_SPELLINGS = (("科技进步", "科学技术进步"), ("国家杰青", "国家杰出青年科学基金"), ("杰青", "国家杰出青年科学基金"),
                    ("何梁何利奖", "何梁何利基金"), ("最高科技奖", "最高科学技术奖"))


def _stated(query: str) -> list[tuple[int, int, Requirement]]:
    """Each requirement with the span of the words that state it (its trailing 的 included), in order."""
    found: list[tuple[int, int, Requirement]] = []

    def add(start: int, end: int, requirement: Requirement) -> None:
        if not _NOT.search(query, 0, start):
            found.append((start, _OF.match(query, end).end(), requirement))

    seats = []
    for m in _ACADEMY.finditer(query):
        which = m.group(1) or ""
        seats.append((m, "两院院士" if which == "两院" else "中国工程院院士" if "工程" in which
                      else "中国科学院院士" if which.endswith(("科学院", "中科院")) else "院士"))
    for n, (m, text) in enumerate(seats):
        if n and {text, seats[n - 1][1]} == {"中国科学院院士", "中国工程院院士"} \
                and not _EITHER.search(query, seats[n - 1][0].end(), m.start()) \
                and not _EACH.match(query, m.end()):
            found[-1] = (found[-1][0], _OF.match(query, m.end()).end(), Requirement(kind="academy", text="两院院士"))
            continue  # 既是中科院院士又是工程院院士: both seats, one member of both academies
        add(m.start(), m.end(), Requirement(kind="academy", text=text))
    for m in _AWARD.finditer(query):
        text = m.group(1)
        for said, written in _AWARD_SPELLINGS:
            text = text.replace(said, written) if written not in text else text
        if not text.endswith("院士"):
            add(m.start(), m.end(), Requirement(kind="award", text=text))
    for m in _ORG.finditer(query):
        name = _ORG_LEAD.sub("", m.group(1))
        if len(name) >= 4 and not (name.endswith(("科学院", "工程院")) and query.startswith("院士", m.end(1))):
            add(m.end(1) - len(name), m.end(1), Requirement(kind="institution", text=name))
    for m in _PLACE.finditer(query):
        if not any(r.kind == "institution" and m.group(1) in r.text for _, _, r in found):  # 上海交通大学的专家
            add(m.start(1), m.end(), Requirement(kind="place", text=m.group(1)))
    return sorted(found, key=lambda f: f[0])


def read_requirements(query: str, about: tuple[str, ...] = ()) -> list[Requirement]:
    """The requirements the problem states, in order, each once; none from a clause that names one of the people
    `about` (钟南山是清华大学的教授 says something of 钟南山, asks nothing of the experts)."""
    clauses = [(m.start(), m.end()) for m in _CLAUSE.finditer(query) if any(name in m.group() for name in about)]
    out: dict[tuple[str, str], Requirement] = {}
    for start, _, requirement in _stated(query):
        if not any(a <= start < b for a, b in clauses):
            out.setdefault((requirement.kind, requirement.text), requirement)
    return list(out.values())


def topic_of(query: str) -> str:
    """The problem without the words that state its requirements (获得过国家最高科学技术奖的水稻专家 → 水稻专家), so
    that the experts are ranked on the topic and the award or institution asked for does not outrank it; the
    problem itself when nothing would be left."""
    kept, at = [], 0
    for start, end, _ in _stated(query):
        if start >= at:
            kept.append(query[at:start])
            at = end
    topic = "".join(kept) + query[at:]
    return topic if re.search(r"[\u4e00-\u9fff]{2}|[A-Za-z]{3}", topic) else query


def meets_all(expert: ExpertMatch, requirements: list[Requirement]) -> bool:
    """Whether the expert meets every kind of requirement; requirements of one kind are alternatives
    (浙江大学或者清华大学的专家)."""
    kinds = {r.kind for r in requirements}
    return all(any(r.met(expert) for r in requirements if r.kind == kind) for kind in kinds)


def describe(requirement: Requirement) -> str:
    """The requirement in the words of a reason: 中国工程院院士, 获得过国家科学技术进步奖, 单位为清华大学, 单位名称含「上海」."""
    return {"academy": requirement.text, "award": f"获得过{requirement.text}",
            "institution": f"单位为{requirement.text}", "place": f"单位名称含「{requirement.text}」"}[requirement.kind]
