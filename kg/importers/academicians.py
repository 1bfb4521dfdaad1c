"""CAS and CAE academicians (AcademicianScience.csv / AcademicianEngineering.csv) as ingest records.

Columns: XB (学部), evaluate_time (election year; 1901 = unknown), introduce (biography), link, name.
Which academy a file belongs to is read from its 学部 names, so a renamed file still imports correctly.
Institution, research directions and awards come from the biography (see bio_extraction); the 院士 honour
itself is always an award, dated by the bio where it states the election ("1991年当选为中国科学院院士"), else by
evaluate_time: for 19 CAS members the two differ and the column holds another year of the bio (孙家栋 1985, his
election to the International Academy of Astronautics; 吴良镛 1995, his CAE seat), never the CAS election.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kg.importers.bio_extraction import clean_bio, extract_facts
from kg.importers.person_merge import merge, same_person
from kg.normalize import clean, key
from kg.readers import RawRecord

UNKNOWN_YEAR = "1901"


# 学部 -> (academy, field). A small explicit table; the field names follow the NSFC departments where they overlap
# (信息科学, 化学, 地球科学…) so that academicians and NSFC investigators share Field nodes.
DIVISIONS: dict[str, tuple[str, str]] = {
    "数学物理学部": ("cas", "数理科学"),
    "化学部": ("cas", "化学"),
    "生命科学和医学学部": ("cas", "生命科学与医学"),
    "地学部": ("cas", "地球科学"),
    "信息技术科学部": ("cas", "信息科学"),
    "技术科学部": ("cas", "技术科学"),
    "机械与运载工程学部": ("cae", "机械与运载工程"),
    "信息与电子工程学部": ("cae", "信息与电子工程"),
    "化工、冶金与材料工程学部": ("cae", "化工、冶金与材料工程"),
    "冶金与材料工程学部": ("cae", "冶金与材料工程"),
    "能源与矿业工程学部": ("cae", "能源与矿业工程"),
    "土木、水利与建筑工程学部": ("cae", "土木、水利与建筑工程"),
    "水利与建筑工程学部": ("cae", "水利与建筑工程"),
    "环境与轻纺工程学部": ("cae", "环境与轻纺工程"),
    "农业学部": ("cae", "农业科学"),
    "医药卫生学部": ("cae", "医药卫生"),
    "工程管理学部": ("cae", "工程管理"),
}
ACADEMIES = {
    "cas": {"title": "中国科学院院士", "source": "cas-academicians"},
    "cae": {"title": "中国工程院院士", "source": "cae-academicians"},
}
_FILE_HINTS = {"science": "cas", "engineering": "cae", "cas": "cas", "cae": "cae"}


def division_field(division: str) -> str | None:
    """The field of a 学部: from the table, else the 学部 name without "学部"."""
    division = clean(division)
    if division in DIVISIONS:
        return DIVISIONS[division][1]
    return re.sub(r"学?部$", "", division) or None


def _academy(path: Path, rows: list[dict[str, str]]) -> str | None:
    votes = Counter(DIVISIONS[clean(r.get("XB") or "")][0] for r in rows if clean(r.get("XB") or "") in DIVISIONS)
    if votes:
        return votes.most_common(1)[0][0]
    stem = path.stem.lower()
    return next((a for hint, a in _FILE_HINTS.items() if hint in stem), None)


def _link_id(link: str) -> str | None:
    m = re.search(r"(\d{6,})(?:\.html?)?/?$", link or "")
    return m.group(1) if m else None


def _year(value: str) -> int | None:
    value = (value or "").strip()
    return int(value) if value.isdigit() and value != UNKNOWN_YEAR and 1900 < int(value) < 2100 else None


def record(row: dict[str, str], academy: str, expert_id: str) -> dict[str, Any]:
    """One academician row as an ingest record (the row is assumed well-formed)."""
    meta = ACADEMIES[academy]
    bio = clean_bio(row.get("introduce"))
    facts = extract_facts(bio)
    field = division_field(row.get("XB") or "")
    honour = meta["title"]
    extracted = facts.award_years()
    year = (extracted.pop(honour, None) or [None])[0] or _year(row.get("evaluate_time", ""))  # the bio's own word first
    awards = [{"name": honour, "year": year}] + [{"name": n, "year": y}  # one entry a year (艾国祥: 1987 and 1993)
                                                 for n, ys in extracted.items() for y in ys or [None]]
    rec: dict[str, Any] = {
        "id": expert_id,
        "name": clean(row["name"]),
        "title": honour,
        "fields": [field] if field else [],
        "directions": [{"name": d.text, "field": field} if field else {"name": d.text} for d in facts.directions],
        "awards": awards,
        "source": meta["source"],
        "merge_by_name": True,  # someone in both academies is one expert (same name + institution)
    }
    if facts.institution:
        rec["institution"] = facts.institution.text
    if bio:
        rec["bio"] = bio
    return rec


def records(paths: list[Path]) -> Iterator[RawRecord]:
    """Ingest records for the academicians in each CSV file; malformed rows come back with `error` set.

    A person elected to both academies (王淀佐 is a CAS and a CAE academician) is one Expert: when the two records
    share a name and the evidence of `person_merge.same_person` (birth date from the bios, or institution), both
    get the CAS id and the merged facts, each keeping its own source."""
    read = [r for path in paths for r in _file_records(Path(path))]
    by_name: dict[str, list[int]] = {}
    for i, r in enumerate(read):
        if r.error is None:
            by_name.setdefault(key(r.data["name"]), []).append(i)
    for rows in by_name.values():
        cas = [i for i in rows if read[i].data["id"].startswith("cas-")]
        cae = [i for i in rows if read[i].data["id"].startswith("cae-")]
        if len(cas) == 1 and len(cae) == 1 and same_person(read[cas[0]].data, read[cae[0]].data):
            merged = merge([read[cas[0]].data, read[cae[0]].data], read[cas[0]].data["id"])
            for i, rec in zip((cas[0], cae[0]), merged):
                read[i] = RawRecord(read[i].source, read[i].line, rec)
    yield from read


def _file_records(path: Path) -> Iterator[RawRecord]:
    try:
        with path.open("r", encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            header = [c.strip() for c in reader.fieldnames or []]
            missing = [c for c in ("XB", "introduce", "name") if c not in header]
            if missing:
                yield RawRecord(str(path), 1, {"header": header},
                                f"not an academician file: no column {', '.join(missing)}")
                return
            rows: list[tuple[int, dict[str, str]]] = []
            for row in reader:
                rows.append((reader.line_num, row))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        yield RawRecord(str(path), 0, None, f"unreadable CSV: {exc}")
        return
    academy = _academy(path, [r for _, r in rows])
    if academy is None:
        yield RawRecord(str(path), 1, None, "cannot tell CAS from CAE: unknown 学部 names and file name")
        return
    prefix = academy
    names = Counter(clean(r.get("name") or "") for _, r in rows)
    for line, row in rows:
        if None in row:
            yield RawRecord(str(path), line, row, "more cells than header columns")
            continue
        name = clean(row.get("name") or "")
        if not name:
            yield RawRecord(str(path), line, row, "no name")
            continue
        # A repeated name (two different people) gets the page id of its link, which is stable across re-crawls.
        expert_id = f"{prefix}-{name}"
        if names[name] > 1:
            expert_id += f"-{_link_id(row.get('link') or '') or line}"
        try:
            yield RawRecord(str(path), line, record(row, academy, expert_id))
        except Exception as exc:  # a row the extractor cannot handle must not stop the import
            yield RawRecord(str(path), line, row, f"could not read the row: {type(exc).__name__}: {exc}")
