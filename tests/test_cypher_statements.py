"""Every Cypher statement the project sends runs on the embedded FalkorDB and parses as Neo4j 5 Cypher."""

from __future__ import annotations

import importlib
import pkgutil
import re

import cypher_lint
import pytest

from kg.neo4j_store import schema_statements

LAYERS = ("kg", "retrieval", "generation", "training")

# Sample parameters for each statement, so each one really runs on FalkorDB.
SAMPLE_PARAMS = {
    "EXPERTS_BY_ID_OR_KEY": {"ids": ["e1"], "keys": ["张三|清华大学"]},
    "EXPERT_STATES": {"ids": ["e1"]},
    "UPSERT_EXPERTS": {  # compact rows: see kg.cypher
        "now": "2026-01-01T00:00:00+00:00",
        "rows": [["e1", "张三", "张三|清华大学", None, None, ["t"], ["d1"], True, [["清华大学", None]],
                  [["人工智能", None]], [["NLP", "nlp", [["人工智能", None]]]], [["奖", None, 2020]]]],
    },
    "UPSERT_MOVED_EXPERTS": None,  # filled below: same rows as UPSERT_EXPERTS
    "NEIGHBOURHOODS": {"ids": ["e1"]},
    "UPSERT_FIELD_TAXONOMY": {"rows": [
        {"key": "c01", "name": "微生物学", "code": "C01", "en": "Microbiology", "level": 1, "parent_key": "生命科学",
         "parent_name": "生命科学"},
        {"key": "生命科学", "name": "生命科学", "code": "C", "en": "Life Sciences", "level": 0, "parent_key": None,
         "parent_name": None}]},
    "EXPERTS_BY_DIRECTION_TERM": {"term": "NLP", "limit": 5},
    "UPSERT_SOURCES": {"rows": [{"key": "nsfc:1", "kind": "nsfc", "title": "课题", "url": None, "ref": "1",
                                 "expert": "e1", "facts": [{"key": "nsfc:1|e1|direction|NLP", "kind": "direction",
                                                            "fact": "NLP", "snippet": "课题", "start": None,
                                                            "end": None}]}]},
    "CITATIONS": {"ids": ["e1"]},
    "MATCHED_EXPERTS": {"ids": ["e1"]},
    "BIOGRAPHIES": {"ids": ["e1"]},
    "COUNTED_ON_TERM": {"term": "NLP"},
    "COUNTED_WITH_AWARD": {"word": "奖", "short": "奖"},
    "COUNTED_AT": {"words": ["大学", "学院"], "place": "北京"},
    "LOCATE_INSTITUTIONS": {"rows": [["清华大学", "北京", "北京"]], "source": "kg/institution_places.tsv"},
    "UNLOCATE_INSTITUTIONS": {"keys": ["中国矿业大学"], "source": "kg/institution_places.tsv"},
    "INSTITUTION_PLACE": {"name": "清华大学"},
    "COUNTED_TITLED": {"word": "院士"},
    **{f"TALLY_{by}": {"all": False, "ids": ["e1"]} for by in ("INSTITUTION", "PROVINCE", "CITY", "FIELD", "DIRECTION", "AWARD")},
    "TALLY_SEAT_YEAR": {"all": True, "ids": [], "seat": "院士"},
    "PLACED_AT": {"all": False, "ids": ["e1"], "place": "北京", "words": ["北京"]},
}
SAMPLE_PARAMS["UPSERT_MOVED_EXPERTS"] = SAMPLE_PARAMS["UPSERT_EXPERTS"]


def project_statements() -> dict[str, str]:
    """All Cypher constants from each layer's `cypher` module(s)."""
    found: dict[str, str] = {}
    for layer in LAYERS:
        package = importlib.import_module(layer)
        modules = [m.name for m in pkgutil.walk_packages(package.__path__, f"{layer}.") if m.name.endswith("cypher")]
        for name in modules:
            module = importlib.import_module(name)
            for attr, value in vars(module).items():
                if attr.isupper() and not attr.startswith("_") and isinstance(value, str):
                    found[f"{name}.{attr}"] = value
    return found


STATEMENTS = project_statements()


def test_statements_are_found():
    assert "kg.cypher.UPSERT_EXPERTS" in STATEMENTS


@pytest.mark.parametrize("name", sorted(STATEMENTS))
def test_statement_runs_on_falkordb(store, name):
    params = SAMPLE_PARAMS.get(name.rsplit(".", 1)[1], {})
    text = STATEMENTS[name]
    writes = bool(re.search(r"\b(?:MERGE|CREATE|DELETE|SET)\b", text))
    store.write(text, params) if writes else store.read(text, params)
    if "UPSERT_EXPERTS" in name or "UPSERT_MOVED" in name:  # run twice: the upsert must be idempotent
        store.write(text, params)
        assert store.read("MATCH (n) RETURN count(n)").value() == 5


def test_statements_parse_as_neo4j_5():
    if not cypher_lint.node_available():
        pytest.skip(cypher_lint.UNAVAILABLE_MESSAGE)
    texts = list(STATEMENTS.values()) + schema_statements()
    try:
        errors = cypher_lint.lint(texts)
    except cypher_lint.LintUnavailable as exc:
        pytest.skip(str(exc))
    names = list(STATEMENTS) + [f"neo4j DDL {i}" for i in range(len(schema_statements()))]
    assert {n: e for n, e in zip(names, errors) if e} == {}
