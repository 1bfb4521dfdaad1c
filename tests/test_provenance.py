"""Provenance on real public data: academicians' profile pages and NSFC projects become (:Source) records with the
(:Evidence) they state, linked to the experts ingest made; importing again changes nothing."""

from __future__ import annotations

from pathlib import Path


from kg import cypher
from kg.importers import SOURCES
from kg.importers.nsfc import project_title
from kg.ingest import ingest
from kg.provenance import http_url, import_provenance, sentence
from conftest import real_csv_subset  # noqa: E402  (tests/ is on sys.path)

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
CAS = SHARED / "cas_cae_academicians" / "AcademicianScience.csv"
NATURAL = SHARED / "nsfc_projects" / "natural-2017-09-26.csv"


def graph_counts(store) -> dict[str, int]:
    rows = store.read("MATCH (n) WHERE n:Source OR n:Evidence RETURN labels(n)[0] AS label, count(*) AS n").records()
    rels = store.read("MATCH (:Source)-[r]->() RETURN type(r) AS t, count(*) AS n UNION "
                      "MATCH (:Evidence)-[r]->() RETURN type(r) AS t, count(*) AS n").records()
    return {**{r["label"]: r["n"] for r in rows}, **{r["t"]: r["n"] for r in rels}}


def test_sentence_and_url_helpers():
    text = "1963年毕业于北京大学。长期从事太阳磁场研究；现任国家天文台研究员。"
    start = text.index("太阳磁场")
    assert sentence(text, start, start + 4) == "长期从事太阳磁场研究；"
    assert http_url("http://www.casad.cas.cn/aca/371/sxwlx-200906-t20090624_1790005.html")
    assert http_url("javascript:alert(1)") is None and http_url("") is None and http_url("ftp://x/y") is None


def test_academician_profiles_are_sources_with_bio_spans(store, tmp_path):
    path = tmp_path / "AcademicianScience.csv"
    rows = real_csv_subset(CAS, path, 40)
    assert ingest(store, SOURCES["academicians"]([path])).rejected == 0
    linked, unresolved = import_provenance(store, "academicians", [path])
    assert linked == len(rows) and unresolved == 0
    sources = store.read("MATCH (s:Source)-[:SUPPORTS]->(e:Expert) RETURN s.key AS key, s.url AS url, "
                         "s.kind AS kind, e.name AS name").records()
    links = {r["name"].strip(): r["link"].strip() for r in rows}
    assert len(sources) == len(rows)
    for s in sources:
        assert s["kind"] == "academician_profile"
        assert s["url"] == (links[s["name"]] if links[s["name"]].startswith("http") else None)
    assert sum(1 for s in sources if s["url"]) >= len(rows) * 0.9  # the source file gives nearly every link
    # every fact read from a bio keeps the sentence it was read from, and its span lies in the expert's bio
    evidence = store.read("MATCH (ev:Evidence)-[:ABOUT]->(e:Expert) RETURN ev.kind AS kind, ev.fact AS fact, "
                          "ev.snippet AS snippet, ev.span_start AS start, ev.span_end AS end, e.bio AS bio").records()
    assert len(evidence) > len(rows)
    for ev in evidence:
        assert ev["snippet"] and ev["snippet"] in ev["bio"]
        assert 0 <= ev["start"] < ev["end"] <= len(ev["bio"])
        if ev["kind"] in ("direction", "institution"):
            assert ev["fact"] in ev["snippet"] or ev["fact"] in ev["bio"][ev["start"]:ev["end"]]
    # the graph's facts of an expert are the ones its evidence states
    directions = store.read("MATCH (ev:Evidence {kind: 'direction'})-[:ABOUT]->(e:Expert) "
                            "OPTIONAL MATCH (e)-[:WORKS_ON]->(d:Direction {name: ev.fact}) "
                            "RETURN count(ev) AS n, count(d) AS found").records()[0]
    assert directions["n"] > 0 and directions["found"] == directions["n"]
    before = graph_counts(store)
    assert import_provenance(store, "academicians", [path]) == (linked, 0)
    assert graph_counts(store) == before  # idempotent


def test_nsfc_projects_are_sources_with_number_and_title(store, tmp_path):
    path = tmp_path / NATURAL.name
    rows = real_csv_subset(NATURAL, path, 60)
    assert ingest(store, SOURCES["nsfc-projects"]([path])).rejected == 0
    linked, unresolved = import_provenance(store, "nsfc-projects", [path])
    assert linked == len(rows) and unresolved == 0
    found = {r["ref"]: r for r in store.read(
        "MATCH (s:Source)-[:SUPPORTS]->(e:Expert) RETURN s.ref AS ref, s.title AS title, s.url AS url, "
        "e.name AS name").records()}
    for row in rows:
        source = found[row["项目批准号"].strip()]
        assert source["title"] == project_title(row["项目名称"]) and source["url"] is None
        assert source["name"] == row["负责人"].strip().split()[0] or row["负责人"].strip().startswith(source["name"])
    ids = [r["id"] for r in store.read("MATCH (e:Expert) RETURN e.id AS id").records()]
    cited = store.read(cypher.CITATIONS, {"ids": ids}).records()
    assert {c["ref"] for c in cited} == set(found)
    assert all(any(f[0] == "institution" for f in c["facts"]) for c in cited)
    before = graph_counts(store)
    import_provenance(store, "nsfc-projects", [path])
    assert graph_counts(store) == before
    # the grounding neighbourhood of an expert is unchanged: no Source or Evidence among its outgoing facts
    hood = store.read(cypher.NEIGHBOURHOODS, {"ids": ids[:5]}).records()
    assert all(n.labels[0] not in ("Source", "Evidence") for row in hood for n in row["nodes"])


def test_import_command_links_sources(store, cli_env, tmp_path):
    import subprocess
    import sys

    path = tmp_path / "AcademicianScience.csv"
    rows = real_csv_subset(CAS, path, 10)
    proc = subprocess.run([sys.executable, "-m", "expertglm", "import", "academicians", str(path), "--no-progress"],
                          env=cli_env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert f"sources: {len(rows)} records linked to their experts, 0 not resolved" in proc.stdout
    assert graph_counts(store)["SUPPORTS"] == len(rows)
