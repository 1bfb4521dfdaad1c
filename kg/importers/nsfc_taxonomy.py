"""The NSFC discipline codes (nsfc.jl: one JSON object per line, three levels, zh + en names, parents/children).

    {"_id": "A0101", "name": "数论", "name_en": "Number Theory", "parents": ["A01"], "children": [...], "is_leaf": false}

Level 1 is a 3-character code (A01 数学), level 2 five characters (A0101), level 3 seven (A010101). The file has no
department level (A = 数理科学部 …); `DEPARTMENTS` supplies it. The taxonomy yields no experts: `load_taxonomy`
is what the NSFC project importer uses to name the field of a project code, and `records` only checks the file
(its malformed lines come back as rejections) so that `expertglm import nsfc-taxonomy FILE` has something to say.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.normalize import clean, key
from kg.readers import RawRecord

# Department letter -> (department, the discipline name used as a Field).
DEPARTMENTS: dict[str, tuple[str, str]] = {
    "A": ("数学物理科学部", "数理科学"),
    "B": ("化学科学部", "化学"),
    "C": ("生命科学部", "生命科学"),
    "D": ("地球科学部", "地球科学"),
    "E": ("工程与材料科学部", "工程与材料科学"),
    "F": ("信息科学部", "信息科学"),
    "G": ("管理科学部", "管理科学"),
    "H": ("医学科学部", "医学"),
}


@dataclass(frozen=True)
class TaxonomyNode:
    code: str
    zh: str
    en: str | None
    parent: str | None  # the code of the parent, None at level 1 (the file's own parents)

    @property
    def level(self) -> int:
        return {3: 1, 5: 2, 7: 3}.get(len(self.code), 0)


def _node(obj: object) -> TaxonomyNode:
    if not isinstance(obj, dict):
        raise ValueError("expected a JSON object")
    code = clean(str(obj.get("_id") or obj.get("code") or "")).upper()
    zh = clean(str(obj.get("name") or ""))
    if not code or not zh:
        raise ValueError("no code or no name")
    parents = obj.get("parents") or []
    if not isinstance(parents, list):
        raise ValueError("parents is not a list")
    en = clean(str(obj.get("name_en") or "")) or None
    return TaxonomyNode(code, zh, en, clean(str(parents[0])).upper() if parents else None)


def _lines(path: Path) -> Iterator[tuple[int, TaxonomyNode | None, str | None, str]]:
    with Path(path).open("r", encoding="utf-8-sig") as fh:
        for lineno, text in enumerate(fh, start=1):
            if not text.strip():
                continue
            try:
                yield lineno, _node(json.loads(text)), None, text
            except (ValueError, TypeError) as exc:
                yield lineno, None, f"malformed taxonomy line: {exc}", text


def load_taxonomy(path: Path) -> dict[str, TaxonomyNode]:
    """Every well-formed line of the file by code; malformed lines are skipped (see `records` to list them)."""
    return {node.code: node for _, node, _, _ in _lines(path) if node is not None}


def field_for_code(code: str | None, taxonomy: dict[str, TaxonomyNode] | None) -> str | None:
    """The field a project code belongs to: the level-1 discipline's zh name (C0913 -> C09 神经科学、认知科学与心理学),
    else the department's discipline (C -> 生命科学) when the taxonomy is absent or lacks the code."""
    code = clean(code or "").upper()
    if not code:
        return None
    if taxonomy and code[:3] in taxonomy:
        return taxonomy[code[:3]].zh
    dept = DEPARTMENTS.get(code[:1])
    return dept[1] if dept else None


def subfield_for_code(code: str | None, taxonomy: dict[str, TaxonomyNode] | None) -> str | None:
    """The Field name of the level-2 discipline of a code (C0106 -> 微生物生理与生化 …), when the taxonomy has it;
    None when it is named like its level-1 parent (H1701 康复医学 under H17 康复医学)."""
    code = clean(code or "").upper()
    if not (taxonomy and len(code) >= 5 and code[:5] in taxonomy):
        return None
    name = field_name(code[:5], taxonomy)
    return None if code[:3] in taxonomy and taxonomy[code[:3]].zh == name else name


def field_name(code: str, taxonomy: dict[str, TaxonomyNode], shared: dict[str, int] | None = None) -> str:
    """The Field name a code gets in the graph: its zh name, or for a level-3 code whose zh name other codes share
    (信息论 is both A011401 and F0101) "zh（parent zh）" — the name is a Field's identity, so it must not merge two
    codes. Levels 1 and 2 keep their names (the only repeats there are children named like their parent)."""
    node = taxonomy[code]
    if node.level != 3 or node.parent not in taxonomy or taxonomy[node.parent].zh == node.zh:
        return node.zh
    if (shared if shared is not None else _shared_names(taxonomy)).get(node.zh, 1) > 1:
        return f"{node.zh}（{taxonomy[node.parent].zh}）"
    return node.zh


def _shared_names(taxonomy: dict[str, TaxonomyNode]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for node in taxonomy.values():
        counts[node.zh] = counts.get(node.zh, 0) + 1
    return counts


def field_rows(taxonomy: dict[str, TaxonomyNode]) -> list[dict[str, object]]:
    """Rows for kg.cypher.UPSERT_FIELD_TAXONOMY (Field nodes with SUBFIELD_OF links): the eight departments as level 0, then every code; a child named like its parent
    (H1701 康复医学 under H17 康复医学) is the same Field and gets no link to itself."""
    shared = _shared_names(taxonomy)
    rows: list[dict[str, object]] = [
        {"key": key(name), "name": name, "code": letter, "en": None, "level": 0,
         "parent_key": None, "parent_name": None}
        for letter, (_, name) in DEPARTMENTS.items()
    ]
    for code in sorted(taxonomy, key=lambda c: (len(c), c)):
        node = taxonomy[code]
        name = field_name(code, taxonomy, shared)
        if node.parent in taxonomy:
            parent = field_name(node.parent, taxonomy, shared)
        else:
            parent = DEPARTMENTS[code[0]][1] if code[:1] in DEPARTMENTS else None
        if parent and key(parent) == key(name):
            continue  # named like its parent: the same Field
        rows.append({"key": key(name), "name": name, "code": code, "en": node.en, "level": node.level,
                     "parent_key": key(parent) if parent else None, "parent_name": parent})
    return rows


def records(paths: list[Path]) -> Iterator[RawRecord]:
    """No expert records: only a rejection for each malformed line, so an import reports what it could not read."""
    for path in paths:
        for lineno, node, error, text in _lines(Path(path)):
            if error:
                yield RawRecord(str(path), lineno, text[:500], error)
