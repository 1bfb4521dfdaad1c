"""An OpenAI-compatible server that lies: true sentences about the experts in its prompt, mixed with planted falsehoods.

It reads the expert cards of the system prompt (written by generation.prompt: `专家1：姓名`, `单位：…；职称：…`,
`研究方向：…`, `获奖与荣誉：…`) and answers with true sentences (the experts' own facts, some phrased differently
from the graph, e.g. 国家技术发明二等奖 for 国家技术发明奖二等奖) and falsehoods of every kind: people not retrieved (with
and without titles, Latin script, a name that starts with a retrieved one), honours, short institution names and
companies, another expert's affiliation or award, a wrong award year or grade, an invented direction and title.

Run as a process (tests start it so): `python tests/lying_openai_server.py --log answers.jsonl` prints its base URL
on the first line of stdout and serves until killed; every answer it gives is appended to the log as
{"true": [...], "false": [...]} so a test can check what reached the user.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from openai_stub_server import OpenAIStubServer  # noqa: E402

_GRADE = re.compile(r"奖([一二三特])等奖$")
_SHORT_ORGS = {"清华": "清华大学", "浙大": "浙江大学", "北大": "北京大学", "复旦": "复旦大学", "哈工大": "哈尔滨工业大学"}


def parse_experts(system: str) -> list[dict[str, Any]]:
    """The expert cards of a system prompt as dicts: name, institution, title, directions, awards [(name, year)]."""
    experts = []
    for block in re.split(r"\n(?=专家\d+：)", system):
        head = re.search(r"^专家\d+：(.+)$", block, flags=re.MULTILINE)
        if not head:
            continue
        unit = re.search(r"^单位：(.*?)；职称：(.*)$", block, flags=re.MULTILINE)
        dirs = re.search(r"^研究方向：(.*)$", block, flags=re.MULTILINE)
        awards = re.search(r"^获奖与荣誉：(.*)$", block, flags=re.MULTILINE)
        parsed = []
        for item in (awards.group(1).split("、") if awards and awards.group(1) != "无记录" else []):
            m = re.match(r"^(.*?)(?:（(\d{4})年）)?$", item.strip())
            parsed.append((m.group(1), int(m.group(2)) if m.group(2) else None))
        institution = unit.group(1).strip() if unit else "未知"
        title = unit.group(2).strip() if unit else "未知"
        experts.append({
            "name": head.group(1).strip(),
            "institution": None if institution == "未知" else institution,
            "title": None if title == "未知" else title,
            "directions": [d for d in (dirs.group(1).split("、") if dirs else []) if d and d != "未知"],
            "awards": parsed,
        })
    return experts


def _variant(award: str) -> str:
    """The same award phrased as a model would: 国家技术发明奖二等奖 -> 国家技术发明二等奖."""
    return _GRADE.sub(r"\1等奖", award) if _GRADE.search(award) else award


def compose(experts: list[dict[str, Any]]) -> tuple[list[str], list[tuple[str, str]]]:
    """(true sentences, [(falsehood sentence, the words that must not reach the user)])."""
    if not experts:
        return ["知识图谱中没有与该问题匹配的专家。"], []
    # the expert with the most facts first, so every kind of lie has a fact to twist
    a = max(experts, key=lambda e: (any(y and _GRADE.search(n) for n, y in e["awards"]), len(e["awards"]),
                                    bool(e["institution"])))
    b = next((e for e in experts if e is not a), a)
    truths = [f"推荐{a['name']}。"]
    if a["institution"] and a["title"]:
        truths.append(f"{a['name']}任职于{a['institution']}，职称为{a['title']}。")
    if a["directions"]:
        truths.append(f"{a['name']}的研究方向包括{a['directions'][0]}。")
    if a["awards"]:
        name, year = a["awards"][0]
        truths.append(f"{a['name']}曾于{year}年获{_variant(name)}。" if year else f"{a['name']}曾获{_variant(name)}。")
    truths.append("建议贵企业先整理翘曲件的工艺参数，再与专家沟通。")
    if b is not a:
        truths.append(f"另一位可以联系的是{b['name']}" + (f"，来自{b['institution']}。" if b["institution"] else "。"))

    held = " ".join([e["title"] or "" for e in experts] + [n for e in experts for n, _ in e["awards"]])
    institutions = {e["institution"] for e in experts}
    lies: list[tuple[str, str]] = [
        ("另外也可以联系刘建国，他经验丰富。", "刘建国"),
        ("华为技术有限公司的李强也做过类似项目。", "李强"),
        ("Prof. Zhang Wei of MIT is also an expert on warpage.", "Zhang Wei"),
        (f"{a['name']}东教授也很有经验。", f"{a['name']}东"),
        ("也可以请教Dr. Li，他在美国做过相关研究。", "Dr. Li"),
        ("中科院化学所的孙立平研究员也值得联系。", "孙立平"),
    ]
    for honour, words in (("两院院士", "两院院士"), ("入选万人计划", "万人计划"), ("享受国务院政府特殊津贴", "特殊津贴"),
                          ("是IEEE Fellow", "IEEE Fellow"), ("是长江学者", "长江学者"), ("获得过杰青资助", "杰青")):
        if words not in held and not (words == "杰青" and "杰出青年" in held):
            lies.append((f"{a['name']}{honour}。", f"{a['name']}{honour}"))
    short = next((s for s, full in _SHORT_ORGS.items() if full not in institutions), None)
    if short:
        lies.append((f"{a['name']}还在{short}兼职。", f"在{short}兼职"))
    if b is not a and a["institution"] and a["institution"] != b["institution"]:
        lies.append((f"{b['name']}任职于{a['institution']}。", f"{b['name']}任职于{a['institution']}"))
    if a["awards"]:
        name, year = a["awards"][0]
        if year:
            lies.append((f"{a['name']}于{year + 3}年获{name}。", f"{year + 3}年获"))
        grade = _GRADE.search(name)
        if grade:
            other = "一" if grade.group(1) != "一" else "二"
            wrong = name[: grade.start()] + f"奖{other}等奖"
            if wrong not in held:
                lies.append((f"{a['name']}获得过{wrong}。", wrong))
        if b is not a and all(name != n for n, _ in b["awards"]):
            lies.append((f"{b['name']}也获得过{name}。", f"{b['name']}也获得过"))
    lies.append((f"{a['name']}的研究方向还包括量子计算和区块链。", "量子计算"))
    if a["title"] != "主任医师":
        lies.append((f"{a['name']}的职称是主任医师。", "主任医师"))
    return truths, lies


def lying_answer(body: dict[str, Any], log: Path | None = None, lock: threading.Lock | None = None) -> str:
    """The answer to one chat request: truths and lies interleaved, one paragraph per expert."""
    system = next((m.get("content") or "" for m in body.get("messages", []) if m.get("role") == "system"), "")
    truths, lies = compose(parse_experts(system))
    lines = []
    for i in range(max(len(truths), len(lies))):
        if i < len(truths):
            lines.append(truths[i])
        if i < len(lies):
            lines.append(lies[i][0])
    if log is not None:
        with lock or threading.Lock(), log.open("a", encoding="utf-8") as f:
            f.write(json.dumps({"true": truths, "false": [list(x) for x in lies]}, ensure_ascii=False) + "\n")
    return "".join(lines[:3]) + "\n\n" + "".join(lines[3:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--log", type=Path, default=None, help="append every answer's truths and lies here (JSON lines)")
    parser.add_argument("--chunk-chars", type=int, default=3, help="characters per streamed delta")
    args = parser.parse_args()
    lock = threading.Lock()
    server = OpenAIStubServer(lambda body: lying_answer(body, args.log, lock), model="liar", chunk_chars=args.chunk_chars)
    with server:
        print(server.base_url, flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
