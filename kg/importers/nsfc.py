"""NSFC / NSSFC funded projects (nsfc_projects/*.csv) as ingest records: one expert per principal investigator.

Three layouts, told apart by their header:
  natural  (natural-*.csv, NSFC):     项目批准号, 项目类别, 项目名称, 依托单位, 负责人, 金额, 起止年月, 总评
  social   (social-*.csv, 国家社科基金): 项目批准号, 项目类别, 学科分类, 项目名称, 立项时间, 项目负责人, 专业职务, 工作单位, …
  lifesci  (NSFC life sciences):      approveText, title, codeText, fundTypeText, personText, money, approveYear,
                                      endYear, organization, keywords (；-separated)

Identity. A PI is a person at an institution: records carry name + institution and NO id, so ingest's own identity
rule applies (normalised name|institution, stored under the derived id x-<sha1(name|institution)>). That id is
already a stable hash of exactly the key a "nsfc-<hash>" id would hash, so a second scheme would add nothing but a
way for the two to disagree; and without a source id the same person at the same institution merges across the
three files, and into an academician of that name and institution. Two namesakes at different institutions stay
two experts. A row without an institution is rejected rather than keyed by the name alone.

Facts. Keywords (lifesci) are directions; a project title becomes a direction only when short (≤ 12 characters
once a trailing "研究" is dropped), and every title goes into the bio ("承担…项目：…"). 国家杰出青年科学基金 and
优秀青年科学基金 projects are awards dated by the approval year. The field is the NSFC discipline of the project
code (via the taxonomy, C0913 -> C09's zh name), else the department of the approval number (7xxxxxxx -> 管理科学),
else the social-science 学科分类.

Within a file, rows are pre-aggregated per PI (one record per person, lists unioned, the bio listing all their
projects), which is also what keeps the bio complete: ingest replaces a bio rather than appending to it.
"""

from __future__ import annotations

import csv
import dataclasses
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.importers.nsfc_taxonomy import (
    DEPARTMENTS,
    TaxonomyNode,
    field_for_code,
    load_taxonomy,
    subfield_for_code,
)
from kg.models import MAX_BIO, MAX_ITEMS, MAX_NAME
from kg.normalize import clean, key
from kg.readers import RawRecord

MAX_TITLE_DIRECTION = 12
MAX_BIO_PROJECTS = 60
SOURCES = {"natural": "nsfc-natural", "social": "nssfc-social", "lifesci": "nsfc-lifesci"}
FUNDERS = {"natural": "国家自然科学基金", "social": "国家社会科学基金", "lifesci": "国家自然科学基金"}
TALENT_AWARDS = (("杰出青年", "国家杰出青年科学基金"), ("优秀青年", "国家优秀青年科学基金"))
# NSFC approval numbers start with the department: 1 数理 … 8 医学 (9 and U are cross-department programmes).
APPROVAL_DEPARTMENT = dict(zip("12345678", "ABCDEFGH"))
SOCIAL_FIELD_ALIASES = {
    "马列科社": "马列·科社", "马列•科社": "马列·科社", "马列.科社": "马列·科社", "党史党建": "党史·党建",
    "党史•党建": "党史·党建", "新闻学": "新闻学与传播学", "新闻传播学": "新闻学与传播学", "新闻与传播学": "新闻学与传播学",
    "图书馆、情报与档案学": "图书馆、情报与文献学", "图书·情报与文献": "图书馆、情报与文献学", "图书情报": "图书馆、情报与文献学",
    "民族问题": "民族问题研究", "国际问题": "国际问题研究",
}
_ORG_PI = re.compile(r"(?:出版社|出版集团|大学|学院|研究所|研究院|研究中心|课题组|编辑部|委员会|杂志社|报社|书局|图书馆|博物馆|档案馆|"
                     r"办公室|学会|协会|公司|集团|中心)(?:[（(].*)?$")
_ALIAS = re.compile(r"\s*[（(][^）)]*[）)]\s*")
_NUMBERED = re.compile(r"^\s*\d{1,3}\s*[.、．]\s*")
_TITLE_TAIL = re.compile(r"(?:的)?(?:问题)?(?:研究|初探|探析|探索)$")
_KEYWORD_SPLIT = re.compile(r"[；;，,、]")
_CJK = re.compile(r"[\u3400-\u9fff]")
# Private-use code points (characters of a custom font on the source pages: "王葆玹\ue26a") carry nothing readable
# and the ingest model refuses them, so they are dropped from every cell.
_PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]")


@dataclass
class Project:
    line: int
    name: str
    institution: str
    title: str | None
    kind: str | None
    number: str | None
    year: int | None
    code: str | None = None
    field: str | None = None
    keywords: list[str] = dataclasses.field(default_factory=list)
    rank: str | None = None  # 专业职务 (social)


# ---------------------------------------------------------------------------------------------------- cells


def person_name(raw: str) -> tuple[str | None, str | None]:
    """(name, error): aliases in brackets dropped ("凌亢（凌迎兵）"), dots unified ("热比亚.吐尔逊" -> "热比亚·吐尔逊"),
    the first of several people ("黄荣怀、任友群", "纪玉山 丁志国"); organisations are an error."""
    text = (raw or "").strip()
    if not text:
        return None, "no principal investigator"
    if len(text) > 3 and _ORG_PI.search(text):  # "阚大学" is a person
        return None, f"principal investigator {text[:40]!r} is an organisation"
    text = _ALIAS.sub("", text).strip() or text
    people = [p for p in re.split(r"[、，,;；/]", text) if p.strip()]
    text = people[0].strip() if people else text
    parts = text.split()
    if len(parts) > 1 and all(len(p) >= 2 and _CJK.search(p) for p in parts):
        text = parts[0]  # "纪玉山 丁志国": two people; "李   平" is one
    text = re.sub(r"(?<=[\u3400-\u9fff])\s*[.．•・]\s*(?=[\u3400-\u9fff])", "·", clean(text))
    if not 2 <= len(text) <= MAX_NAME:
        return None, f"implausible name {text[:40]!r}"
    return text, None


def _two_digit_year(yy: str) -> int:
    n = int(yy)
    return 1900 + n if n >= 50 else 2000 + n


def natural_year(number: str, period: str = "") -> int | None:
    """Approval year from an NSFC approval number (7 17 01001 -> 2017; U1601217 written 1601217 -> 2016),
    else the year before the project starts."""
    digits = re.sub(r"\D", "", number or "")
    if len(digits) >= 8:
        return _two_digit_year(digits[1:3])
    if len(digits) == 7:
        return _two_digit_year(digits[0:2])
    m = re.match(r"(\d{4})", period or "")
    return int(m.group(1)) - 1 if m else None


def social_year(date: str, number: str) -> int | None:
    m = re.match(r"((?:19|20)\d\d)", (date or "").strip())
    if m:
        return int(m.group(1))
    m = re.match(r"(\d\d)", (number or "").strip())
    return _two_digit_year(m.group(1)) if m else None


def social_field(value: str) -> str | None:
    value = clean(value or "")
    if not value or value in ("0", "其他", "学科分类"):
        return None
    if "、" in value and value not in SOCIAL_FIELD_ALIASES and len(value) > 8:
        return "跨学科"  # "语言学、计算机科学、统计学等": truncated interdisciplinary lists
    return SOCIAL_FIELD_ALIASES.get(value, value)


def social_rank(value: str) -> str | None:
    value = clean(value or "")
    value = re.sub(r"\s*\([^)]*\)?$", "", value)  # "正高级(教授、研究员等)": the grade, not its gloss
    if not value or value in ("0", "无", "专业职务"):
        return None
    return value.split("、")[0]


def project_title(value: str) -> str | None:
    return clean(_NUMBERED.sub("", value or "")) or None


def title_direction(title: str | None) -> str | None:
    """A project title short enough to be a research direction ("动态鲁棒决策"), else None."""
    if not title:
        return None
    short = _TITLE_TAIL.sub("", re.sub(r"^(?:关于)", "", title)).strip()
    return short if 2 <= len(short) <= MAX_TITLE_DIRECTION else None


def keywords(value: str) -> list[str]:
    out = []
    for kw in _KEYWORD_SPLIT.split(value or ""):
        kw = clean(kw)
        if 2 <= len(kw) <= 60 and key(kw) not in {key(k) for k in out}:
            out.append(kw)
    return out


# ---------------------------------------------------------------------------------------------------- layouts


def _natural(row: dict[str, str], line: int, _tax) -> Project | str:
    name, error = person_name(row.get("负责人", ""))
    if error:
        return error
    institution = clean(row.get("依托单位") or "")
    if not institution:
        return "no institution (依托单位): a PI is identified by name + institution"
    number = (row.get("项目批准号") or "").strip()
    digits = re.sub(r"\D", "", number)
    dept = APPROVAL_DEPARTMENT.get(digits[:1]) if len(digits) >= 8 else None
    return Project(line, name, institution, project_title(row.get("项目名称", "")), clean(row.get("项目类别") or "") or None,
                   number or None, natural_year(number, row.get("起止年月", "")), code=dept,
                   field=DEPARTMENTS[dept][1] if dept else None)


def _social(row: dict[str, str], line: int, _tax) -> Project | str:
    if (row.get("项目类别") or "").strip() == "项目类别":
        return "repeated header row"
    name, error = person_name(row.get("项目负责人", ""))
    if error:
        return error
    institution = clean(row.get("工作单位") or "")
    if not institution:
        return "no institution (工作单位): a PI is identified by name + institution"
    number = (row.get("项目批准号") or "").strip()
    return Project(line, name, institution, project_title(row.get("项目名称", "")), clean(row.get("项目类别") or "") or None,
                   number or None, social_year(row.get("立项时间", ""), number), field=social_field(row.get("学科分类", "")),
                   rank=social_rank(row.get("专业职务", "")))


def _lifesci(row: dict[str, str], line: int, taxonomy) -> Project | str:
    name, error = person_name(row.get("personText", ""))
    if error:
        if (row.get("fundTypeText") or "").startswith("批准号"):
            return f"{error} (columns shifted: fundTypeText holds {row['fundTypeText'][:20]!r})"
        return error
    institution = clean(row.get("organization") or "")
    if not institution:
        return "no institution (organization): a PI is identified by name + institution"
    code = clean(row.get("codeText") or "").upper() or None
    year = (row.get("approveYear") or "").strip()
    number = (row.get("approveText") or "").strip()
    return Project(line, name, institution, project_title(row.get("title", "")),
                   clean(row.get("fundTypeText") or "") or None, number or None,
                   int(year) if year.isdigit() else natural_year(number), code=code,
                   field=field_for_code(code, taxonomy), keywords=keywords(row.get("keywords", "")))


LAYOUTS: dict[str, tuple[tuple[str, ...], Callable[..., Project | str]]] = {
    "natural": (("项目批准号", "项目名称", "依托单位", "负责人"), _natural),
    "social": (("项目名称", "项目负责人", "工作单位", "学科分类"), _social),
    "lifesci": (("approveText", "title", "personText", "organization"), _lifesci),
}


def layout_of(header: list[str]) -> str | None:
    columns = {c.strip() for c in header}
    return next((name for name, (needed, _) in LAYOUTS.items() if set(needed) <= columns), None)


# ---------------------------------------------------------------------------------------------------- records


def _record(layout: str, projects: list[Project], taxonomy: dict[str, TaxonomyNode] | None,
            default_field: str | None) -> dict[str, Any]:
    first = projects[0]
    fields: list[str] = []
    directions: dict[str, dict[str, str]] = {}
    awards: dict[str, int | None] = {}
    rank = None

    def add_direction(name: str, fld: str | None) -> None:
        if key(name) not in directions and len(directions) < MAX_ITEMS:
            directions[key(name)] = {"name": name, "field": fld} if fld else {"name": name}

    for p in sorted(projects, key=lambda p: (p.year or 0, p.line)):
        fld = p.field or default_field
        # the level-2 discipline of a project code (C0106) is a field too, and the one its keywords belong to
        sub = subfield_for_code(p.code, taxonomy) if layout == "lifesci" else None
        for f in (fld, sub):
            if f and f not in fields:
                fields.append(f)
        for kw in p.keywords:
            add_direction(kw, sub or fld)
        if not p.keywords and (short := title_direction(p.title)):
            add_direction(short, fld)
        for marker, award in TALENT_AWARDS:
            if p.kind and marker in p.kind:
                year = p.year if p.year and 1900 <= p.year <= 2100 else None
                awards[award] = min(filter(None, (awards.get(award), year)), default=None)
        rank = p.rank or rank
    rec: dict[str, Any] = {
        "name": first.name,
        "institution": first.institution,
        "fields": fields[:MAX_ITEMS],
        "directions": list(directions.values()),
        "awards": [{"name": n, "year": y} for n, y in awards.items()],
        "bio": _bio(layout, projects),
        "source": SOURCES[layout],
    }
    if rank:
        rec["title"] = rank
    return rec


def _bio(layout: str, projects: list[Project]) -> str:
    items = []
    for p in sorted(projects, key=lambda p: (-(p.year or 0), p.line))[:MAX_BIO_PROJECTS]:
        meta = "，".join(x for x in (p.kind, f"批准号{p.number}" if p.number else None,
                                     f"{p.year}年" if p.year else None) if x)
        items.append(f"{p.title or '（无题）'}（{meta}）" if meta else (p.title or "（无题）"))
    more = f"等{len(projects)}项" if len(projects) > MAX_BIO_PROJECTS else ""
    return (f"承担{FUNDERS[layout]}项目{more}：" + "；".join(items) + "。")[:MAX_BIO]


def _find_taxonomy(paths: list[Path]) -> Path | None:
    for p in paths:
        if p.suffix.lower() in (".jl", ".jsonl") and p.exists():
            return p
    for p in paths:
        candidate = p.resolve().parent.parent / "nsfc_taxonomy" / "nsfc.jl"
        if candidate.exists():
            return candidate
    return None


def records(paths: list[Path], *, taxonomy: dict[str, TaxonomyNode] | Path | None = None,
            aggregate: bool = True) -> Iterator[RawRecord]:
    """Ingest records for the PIs of each CSV; a taxonomy (.jl) among `paths`, or nsfc_taxonomy/nsfc.jl beside the
    data folder, names the fields of project codes. With `aggregate`, one record per PI and file (rows are read
    first, rejects come back as they are met); without it, one record per project row."""
    paths = [Path(p) for p in paths]
    tax_path = taxonomy if isinstance(taxonomy, Path) else (None if taxonomy is not None else _find_taxonomy(paths))
    tax = load_taxonomy(tax_path) if tax_path else taxonomy if isinstance(taxonomy, dict) else None
    for path in paths:
        if path.suffix.lower() in (".jl", ".jsonl"):
            continue
        yield from _file_records(path, tax, aggregate)


def _file_records(path: Path, taxonomy, aggregate: bool) -> Iterator[RawRecord]:
    groups: dict[tuple[str, str], list[Project]] = {}
    departments: Counter[str] = Counter()
    try:
        with path.open("r", encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            layout = layout_of(list(reader.fieldnames or []))
            if layout is None:
                yield RawRecord(str(path), 1, {"header": reader.fieldnames}, "not a known NSFC/NSSFC project layout")
                return
            parse = LAYOUTS[layout][1]
            for row in reader:
                line = reader.line_num
                if None in row:
                    yield RawRecord(str(path), line, row, "more cells than header columns")
                    continue
                if not any((v or "").strip() for v in row.values()):
                    yield RawRecord(str(path), line, row, "empty row")
                    continue
                result = parse({k: _PRIVATE_USE.sub("", v or "") for k, v in row.items()}, line, taxonomy)
                if isinstance(result, str):
                    yield RawRecord(str(path), line, row, result)
                    continue
                if layout == "natural" and result.field:
                    departments[result.field] += 1
                if not aggregate:
                    yield RawRecord(str(path), line, _record(layout, [result], taxonomy, None))
                    continue
                groups.setdefault((key(result.name), key(result.institution)), []).append(result)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        yield RawRecord(str(path), 0, None, f"unreadable CSV: {exc}")
        return
    # Cross-department programmes (approval numbers 9…, U…) get the department most of the file belongs to.
    default_field = departments.most_common(1)[0][0] if departments else None
    for projects in groups.values():
        yield RawRecord(str(path), projects[0].line, _record(layout, projects, taxonomy, default_field))
