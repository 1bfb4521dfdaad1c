"""The source importers on the real public files (../shared/data), validated and ingested into the embedded FalkorDB.

Subsets of the real files are written to the test's temporary folder (never into the project) so each ingest stays
at a few hundred rows.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from kg import cypher
from kg.importers import SOURCES, academicians, nsfc, nsfc_taxonomy
from kg.ingest import ingest
from kg.models import ExpertRecord
from kg.normalize import key

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
CAS = SHARED / "cas_cae_academicians" / "AcademicianScience.csv"
CAE = SHARED / "cas_cae_academicians" / "AcademicianEngineering.csv"
NATURAL = SHARED / "nsfc_projects" / "natural-2017-09-26.csv"
SOCIAL = SHARED / "nsfc_projects" / "social-2017-09-26.csv"
LIFESCI = SHARED / "nsfc_projects" / "nsfc_lifesci_C_2015_2023_dedup.csv"
TAXONOMY = SHARED / "nsfc_taxonomy" / "nsfc.jl"


def need(*paths: Path) -> None:
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        pytest.skip(f"real data not found: {', '.join(missing)} (expected under ../shared/data)")


def read_rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


def write_rows(path: Path, header: list[str], rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=header)
        writer.writeheader()
        writer.writerows(rows)
    return path


def expert_count(store) -> int:
    return store.read(cypher.EXPERT_COUNT, {}).records()[0]["experts"]


def experts_named(store, name: str) -> list[dict]:
    rows = store.read("MATCH (e:Expert {name: $name}) OPTIONAL MATCH (e)-[:AFFILIATED_WITH]->(i:Institution) "
                      "RETURN e.id AS id, e.key AS key, collect(i.name) AS institutions", {"name": name}).records()
    return sorted(rows, key=lambda r: r["key"])


def validated(raws) -> tuple[list[ExpertRecord], list]:
    ok, errors = [], []
    for raw in raws:
        if raw.error:
            errors.append(raw)
        else:
            ok.append(ExpertRecord.model_validate(raw.data))
    return ok, errors


def test_registry():
    assert set(SOURCES) == {"academicians", "nsfc-projects", "nsfc-taxonomy"}
    assert SOURCES["academicians"] is academicians.records


# ---------------------------------------------------------------------------------------------------- academicians


def test_academician_records_are_valid_ingest_records():
    need(CAS, CAE)
    ok, errors = validated(academicians.records([CAS, CAE]))
    assert errors == []
    assert Counter(r.source for r in ok) == {"cas-academicians": 790, "cae-academicians": 868}
    # 1,658 records; the 15 people of both academies share one id (tests/test_person_merge.py)
    assert len(ok) == 1658 and len({r.id for r in ok}) == 1658 - 15
    zhou = sorted(r.id for r in ok if r.name == "周济")  # one name twice in the CAE file: two people, two ids
    assert len(zhou) == 2 and all(i.startswith("cae-周济-") for i in zhou)
    ai = next(r for r in ok if r.id == "cas-艾国祥")
    assert ai.title == "中国科学院院士" and ai.fields == ["数理科学"] and ai.institution == "中国科学院国家天文台"
    assert ai.awards[0].name == "中国科学院院士" and ai.awards[0].year == 1993
    assert ("国家科学技术进步奖一等奖", 1987) in {(a.name, a.year) for a in ai.awards}
    # the academy honour is always an award (both honours, and both in the title, for the 15 in both academies)
    assert all(r.awards[0].name in r.title.split("、") for r in ok)
    # evaluate_time 1901 means unknown: the year then comes from the bio ("2011年当选中国工程院院士")
    xu = next(r for r in ok if r.id == "cae-徐惠彬")
    assert xu.awards[0].year == 2011
    # where evaluate_time and the bio's own election sentence differ, the bio: 孙家栋's column says 1985 (his election to
    # the International Academy of Astronautics), his bio 1991年当选为中国科学院院士; 吴良镛's says 1995 (his CAE seat)
    seats = {r.name: r.awards[0].year for r in ok if r.source == "cas-academicians"}
    assert seats["孙家栋"] == 1991 and seats["吴良镛"] == 1980 and seats["郑哲敏"] == 1980
    assert sum(r.institution is not None for r in ok) > 1400
    assert sum(bool(r.directions) for r in ok) > 1600


def test_academicians_ingest_and_reimport(store, tmp_path):
    need(CAS, CAE)
    files = []
    for src in (CAS, CAE):
        header, rows = read_rows(src)
        files.append(write_rows(tmp_path / src.name, header, rows[:150]))
    first = ingest(store, SOURCES["academicians"](files))
    # one person in the first 150 rows of both files is in both academies: one Expert from two records
    people = len({r.data["id"] for r in SOURCES["academicians"](files)})
    assert people == 299
    assert (first.created, first.updated, first.rejected) == (people, 300 - people, 0)
    assert expert_count(store) == people
    again = ingest(store, SOURCES["academicians"](files))
    assert (again.created, again.updated, again.unchanged) == (0, 0, 300)


@cache
def _dual_names() -> frozenset[str]:
    """The people elected to both academies: same name, same institution in both files."""
    cas = {r.data["name"]: r.data.get("institution") for r in academicians.records([CAS])}
    cae = {r.data["name"]: r.data.get("institution") for r in academicians.records([CAE])}
    return frozenset(n for n in cas.keys() & cae.keys() if cas[n] == cae[n])


def _dual_academician_files(tmp_path: Path) -> tuple[list[Path], int]:
    both = _dual_names()
    files = []
    for src in (CAS, CAE):
        header, rows = read_rows(src)
        files.append(write_rows(tmp_path / src.name, header, [r for r in rows if r["name"].strip() in both]))
    return files, len(both)


def test_dual_academicians_merge_into_one_expert(store, tmp_path):
    need(CAS, CAE)
    files, n = _dual_academician_files(tmp_path)
    assert n >= 8  # 吴良镛, 李德仁, 王越 … are members of both academies
    first = ingest(store, SOURCES["academicians"](files))
    assert (first.created, first.updated) == (n, n)
    assert expert_count(store) == n


def test_dual_academicians_reimport_is_idempotent(store, tmp_path):
    need(CAS, CAE)
    files, n = _dual_academician_files(tmp_path)
    ingest(store, SOURCES["academicians"](files))
    again = ingest(store, SOURCES["academicians"](files))
    assert (again.created, again.updated) == (0, 0)
    assert expert_count(store) == n


# ---------------------------------------------------------------------------------------------------- NSFC projects


def _natural_subset(tmp_path: Path) -> tuple[Path, str, set[str]]:
    """The first 300 rows plus every row of the name with the most different institutions."""
    header, rows = read_rows(NATURAL)
    institutions: dict[str, set[str]] = {}
    for r in rows:
        institutions.setdefault(r["负责人"].strip(), set()).add(key(r["依托单位"]))
    name = max(sorted(institutions), key=lambda n: len(institutions[n]))
    picked = rows[:300] + [r for r in rows[300:] if r["负责人"].strip() == name]
    return write_rows(tmp_path / NATURAL.name, header, picked), name, institutions[name]


def test_nsfc_natural_pis_are_keyed_by_name_and_institution(store, tmp_path):
    need(NATURAL)
    path, name, institutions = _natural_subset(tmp_path)
    ok, errors = validated(nsfc.records([path]))
    assert errors == []
    assert all(r.id is None and r.institution for r in ok)  # identity: name + institution, never the name alone
    assert all(r.fields and r.bio.startswith("承担国家自然科学基金项目：") for r in ok)
    assert "管理科学" in {f for r in ok for f in r.fields}
    summary = ingest(store, SOURCES["nsfc-projects"]([path]))
    assert summary.created == len(ok) and summary.rejected == 0
    namesakes = experts_named(store, name)
    assert len(institutions) >= 3 and len(namesakes) == len(institutions)  # same name, different institutions
    assert {key(r["institutions"][0]) for r in namesakes} == institutions
    again = ingest(store, SOURCES["nsfc-projects"]([path]))
    assert (again.created, again.updated, again.unchanged) == (0, 0, len(ok))


def test_nsfc_social_rejects_organisations_and_keeps_rank_and_discipline(store, tmp_path):
    need(SOCIAL)
    header, rows = read_rows(SOCIAL)
    publishers = [r for r in rows if r["项目负责人"].endswith("出版社")][:3]
    private_use = [r for r in rows if re.search("[\ue000-\uf8ff]", "".join(r.values()))]  # custom-font characters
    assert len(private_use) >= 2
    path = write_rows(tmp_path / SOCIAL.name, header,
                      rows[:300] + publishers + [dict.fromkeys(header, "")] + private_use)
    raws = list(nsfc.records([path]))
    ok, errors = validated(raws)  # raises if a record does not validate (the private-use characters are dropped)
    assert len(errors) == 4
    assert sum("is an organisation" in e.error for e in errors) == 3
    assert [e.line for e in errors if e.error == "empty row"] == [305]
    first = next(r for r in ok if r.name == rows[0]["项目负责人"])
    assert first.title == "正高级" and first.fields[0] == "党史·党建" and first.source == "nssfc-social"
    summary = ingest(store, SOURCES["nsfc-projects"]([path]))
    assert (summary.created, summary.rejected) == (len(ok), 4)
    again = ingest(store, SOURCES["nsfc-projects"]([path]))
    assert (again.created, again.updated) == (0, 0)


def test_nsfc_lifesci_fields_from_the_taxonomy_and_keywords(store, tmp_path):
    need(LIFESCI, TAXONOMY)
    header, rows = read_rows(LIFESCI)
    shifted = [r for r in rows if not r["personText"].strip()][:2]  # rows whose cells slid one column left
    rows = [r for r in rows if r["personText"].strip()]
    path = write_rows(tmp_path / LIFESCI.name, header, rows[:200] + shifted)
    tax = nsfc_taxonomy.load_taxonomy(TAXONOMY)
    raws = list(nsfc.records([path, TAXONOMY]))  # a .jl among the paths is the taxonomy
    ok, errors = validated(raws)
    assert [e.line for e in errors] == [202, 203] and all("columns shifted" in e.error for e in errors)
    wang = next(r for r in ok if r.name == rows[0]["personText"])
    assert wang.fields == [tax[rows[0]["codeText"][:3]].zh]  # C09 -> 神经科学、认知科学与心理学
    assert {d.name for d in wang.directions} >= {k.strip() for k in rows[0]["keywords"].split("；")}
    assert all(d.field == wang.fields[0] for d in wang.directions)
    # without a taxonomy the department names the field
    bare, _ = validated(nsfc.records([path], taxonomy={}))
    assert {f for r in bare for f in r.fields} == {"生命科学"}
    summary = ingest(store, SOURCES["nsfc-projects"]([path, TAXONOMY]))
    assert (summary.created, summary.rejected) == (len(ok), 2)
    again = ingest(store, SOURCES["nsfc-projects"]([path, TAXONOMY]))
    assert (again.created, again.updated) == (0, 0)


def test_projects_of_one_pi_are_aggregated(tmp_path):
    header = ["项目批准号", "项目类别", "项目名称", "依托单位", "负责人", "金额", "起止年月", "总评"]
    rows = [
        ["71271001", "面上项目", "动态鲁棒决策", "清华大学", "张三", "50", "2013.01-2016.12", "良"],
        ["71325001", "国家杰出青年科学基金", "供应链管理中的激励机制与契约设计的理论与方法研究", "清华大学", "张 三", "200",
         "2014.01-2017.12", "优"],
        ["71471001", "面上项目", "营销模型", "北京大学", "张三", "60", "2015.01-2018.12", "良"],
        ["71571001", "面上项目", "一个项目", "", "李四", "60", "2016.01-2019.12", "良"],
        ["71671001", "面上项目", "多出一格", "复旦大学", "王五", "60", "2017.01-2020.12", "良", "多余"],
    ]
    path = tmp_path / "natural-test.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([header, *rows])
    raws = list(nsfc.records([path]))
    errors = [(r.line, r.error) for r in raws if r.error]
    assert errors == [(5, "no institution (依托单位): a PI is identified by name + institution"),
                      (6, "more cells than header columns")]
    records = [ExpertRecord.model_validate(r.data) for r in raws if not r.error]
    assert [(r.name, r.institution) for r in records] == [("张三", "清华大学"), ("张三", "北京大学")]
    tsinghua = records[0]
    assert [d.name for d in tsinghua.directions] == ["动态鲁棒决策"]  # the long title stays in the bio only
    assert [(a.name, a.year) for a in tsinghua.awards] == [("国家杰出青年科学基金", 2013)]
    assert "供应链管理中的激励机制与契约设计的理论与方法研究（国家杰出青年科学基金，批准号71325001，2013年）" in tsinghua.bio
    assert len(list(nsfc.records([path], aggregate=False))) == 5


def test_cells():
    assert nsfc.natural_year("71701001") == 2017
    assert nsfc.natural_year("79901001") == 1999
    assert nsfc.natural_year("1601217") == 2016  # U1601217 without its U
    assert nsfc.natural_year("", "2018.01-2020.12") == 2017
    assert nsfc.social_year("0000-00-00", "05&ZD058") == 2005
    assert nsfc.person_name("凌亢（凌迎兵）") == ("凌亢", None)
    assert nsfc.person_name("热比亚.吐尔逊") == ("热比亚·吐尔逊", None)
    assert nsfc.person_name("李   平") == ("李平", None)
    assert nsfc.person_name("纪玉山 丁志国") == ("纪玉山", None)
    assert nsfc.person_name("黄荣怀、任友群") == ("黄荣怀", None)
    assert nsfc.person_name("阚大学") == ("阚大学", None)
    assert nsfc.person_name("社会科学文献出版社")[1].endswith("is an organisation")
    assert nsfc.social_rank("正高级（教授、研究员等）") == "正高级"  # the grade, not half its gloss (正高级(教授)
    assert nsfc.social_rank("教授、博导") == "教授" and nsfc.social_rank("专业职务") is None
    assert nsfc.social_field("马列•科社") == "马列·科社"
    assert nsfc.social_field("语言学、计算机科学、统计学等") == "跨学科"
    assert nsfc.title_direction("审计师处罚的溢出效应研究") == "审计师处罚的溢出效应"
    assert nsfc.title_direction("基于Z-数信息的多属性群决策方法及其应用研究") is None


# ---------------------------------------------------------------------------------------------------- taxonomy

# The graph write the taxonomy needs (proposed for kg/cypher.py; the ingest path cannot express it yet).



def test_proposed_taxonomy_write_joins_the_imported_fields(store, tmp_path):
    need(LIFESCI, TAXONOMY)
    tax = nsfc_taxonomy.load_taxonomy(TAXONOMY)
    header, rows = read_rows(LIFESCI)
    rows = [r for r in rows if r["personText"].strip() and r["codeText"][:5] in tax][:100]
    path = write_rows(tmp_path / LIFESCI.name, header, rows)
    ingest(store, SOURCES["nsfc-projects"]([path, TAXONOMY]))
    imported = {r["name"] for r in store.read("MATCH (f:Field) RETURN f.name AS name").records()}
    field_rows = nsfc_taxonomy.field_rows(tax)
    assert len({r["key"] for r in field_rows}) == len(field_rows) == 2920  # 2,916 codes + 8 departments - 4 repeats
    for _ in range(2):  # idempotent
        store.write(cypher.UPSERT_FIELD_TAXONOMY, {"rows": field_rows})
    assert store.read("MATCH (f:Field) RETURN count(f) AS n").records()[0]["n"] == len(field_rows)
    assert imported <= {r["name"] for r in field_rows}  # every field the import wrote is a taxonomy node
    links = store.read("MATCH (:Field)-[s:SUBFIELD_OF]->(:Field) RETURN count(s) AS n").records()[0]["n"]
    assert links == sum(1 for r in field_rows if r["parent_key"])
    keyword = rows[0]["keywords"].split("；")[0].strip()
    chain = store.read("MATCH (:Direction {name: $kw})-[:PART_OF]->(f:Field)-[:SUBFIELD_OF*2]->(top:Field) "
                       "RETURN f.code AS code, top.name AS top, top.level AS level", {"kw": keyword}).records()
    assert chain and chain[0]["code"] == rows[0]["codeText"][:5] and (chain[0]["top"], chain[0]["level"]) == ("生命科学", 0)


def test_taxonomy(tmp_path):
    need(TAXONOMY)
    tax = nsfc_taxonomy.load_taxonomy(TAXONOMY)
    assert len(tax) == 2916
    assert Counter(n.level for n in tax.values()) == {1: 86, 2: 1013, 3: 1817}
    node = tax["A0101"]
    assert (node.zh, node.en, node.parent) == ("数论", "Number Theory", "A01")
    assert tax["A01"].parent is None
    assert nsfc_taxonomy.field_for_code("C0913", tax) == tax["C09"].zh  # a code missing from the file: its discipline
    assert nsfc_taxonomy.field_for_code("G0101", None) == "管理科学"
    assert list(SOURCES["nsfc-taxonomy"]([TAXONOMY])) == []  # the taxonomy yields no experts
    bad = tmp_path / "bad.jl"
    first_line = TAXONOMY.read_text(encoding="utf-8").splitlines()[0]
    bad.write_text(first_line + "\n{not json\n" + json.dumps({"_id": "X"}) + "\n", encoding="utf-8")
    assert [(r.line, r.error.split(":")[0]) for r in SOURCES["nsfc-taxonomy"]([bad])] == [
        (2, "malformed taxonomy line"), (3, "malformed taxonomy line")]
    assert list(nsfc_taxonomy.load_taxonomy(bad)) == ["A01"]
