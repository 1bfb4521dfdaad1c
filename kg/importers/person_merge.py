"""One person, one Expert: which records of two sources describe the same person, on evidence, never by name alone.

Evidence accepted between two records of the same normalised name: the same birth date (year and month, or the
year where one bio gives only the year) read from the biographies, or the same institution. Conflicting birth
years mean two people whatever else matches. Records judged one person are merged into one record (lists unioned,
both honours kept), which both sources then contribute under one id, so Expert.source lists every source.
"""

from __future__ import annotations

import re
from typing import Any

from kg.models import MAX_BIO, MAX_ITEMS
from kg.normalize import key

# "1924年10月2日生于", "1934年3月23日出生", "1922年生", "（1934.3.23- ）", "(1929.05.28-"
_BIRTH = (
    re.compile(r"(?P<y>(?:18|19|20)\d\d)\s*年\s*(?:(?P<m>\d{1,2})\s*月\s*(?:\d{1,2}\s*日)?)?\s*(?:出\s*)?生"),
    re.compile(r"[（(]\s*(?P<y>(?:18|19|20)\d\d)(?:[.．-](?P<m>\d{1,2}))?(?:[.．-]\d{1,2})?\s*[-－—～~]"),
)


def birth(bio: str | None) -> tuple[int, int | None] | None:
    """(year, month or None) of birth as the biography states it, else None."""
    text = (bio or "")[:300]
    found = [m for pattern in _BIRTH for m in [pattern.search(text)] if m]
    if not found:
        return None
    best = min(found, key=lambda m: m.start())
    return int(best["y"]), int(best["m"]) if best["m"] else None


def same_person(a: dict[str, Any], b: dict[str, Any]) -> str | None:
    """Why two records (same name) are one person ("birth 1934-03", "institution 清华大学"), or None."""
    if key(a.get("name") or "") != key(b.get("name") or ""):
        return None
    ba, bb = birth(a.get("bio")), birth(b.get("bio"))
    if ba and bb:
        if ba[0] != bb[0] or (ba[1] and bb[1] and ba[1] != bb[1]):
            return None  # two people born at different times
        return f"birth {ba[0]}" + (f"-{ba[1]:02d}" if ba[1] and bb[1] else "")
    ia, ib = key(a.get("institution") or ""), key(b.get("institution") or "")
    if ia and ia == ib:
        return f"institution {a['institution']}"
    return None


def _union(items: list[Any], ident) -> list[Any]:  # noqa: ANN001
    seen: dict[str, Any] = {}
    for item in items:
        seen.setdefault(ident(item), item)
    return list(seen.values())[:MAX_ITEMS]


def merge(records: list[dict[str, Any]], expert_id: str) -> list[dict[str, Any]]:
    """The records rewritten as one person under `expert_id`: the same merged facts, each keeping its own source."""
    titles = list(dict.fromkeys(r["title"] for r in records if r.get("title")))
    bios = [r["bio"] for r in records if r.get("bio")]
    merged: dict[str, Any] = {
        "id": expert_id,
        "name": records[0]["name"],
        "title": "、".join(titles) or None,
        "fields": _union([f for r in records for f in r.get("fields", [])], key),
        "directions": _union([d for r in records for d in r.get("directions", [])],
                             lambda d: key(d["name"] if isinstance(d, dict) else d)),
        "awards": _union([a for r in records for a in r.get("awards", [])], lambda a: key(a["name"])),
    }
    institution = next((r["institution"] for r in records if r.get("institution")), None)
    if institution:
        merged["institution"] = institution
    if bios:
        merged["bio"] = "\n".join(bios)[:MAX_BIO]
    return [{k: v for k, v in merged.items() if v is not None} | {"source": r["source"]} for r in records]
