"""Tests of the offline Cypher linter helper (tests/cypher_lint.py + tests/cypherlint/)."""

from __future__ import annotations

import pytest

try:  # tests/ on sys.path (rootdir-relative "prepend" import mode, no __init__.py)
    import cypher_lint
except ImportError:  # pragma: no cover - tests/ made a package
    from tests import cypher_lint


@pytest.fixture(scope="module")
def linter():
    if not cypher_lint.node_available():
        pytest.skip(cypher_lint.UNAVAILABLE_MESSAGE)
    try:
        cypher_lint.ensure_installed()
    except cypher_lint.LintUnavailable as exc:
        pytest.skip(f"cypher linter could not be installed: {exc}")
    return cypher_lint


VALID = [
    "UNWIND $rows AS r MERGE (e:Expert {id: r.id}) ON CREATE SET e.name = r.name RETURN count(e)",
    "CREATE INDEX FOR (e:Expert) ON (e.id)",
    "CALL db.labels() YIELD label RETURN label",
    "MATCH (a:Expert)-[r:AUTHORED]->(p:Paper) WHERE a.id = $id RETURN a, r, p LIMIT 10",
    # Unknown procedures are not errors with an empty schema (FalkorDB-only calls pass).
    "CALL db.idx.fulltext.createNodeIndex('Expert', 'name')",
    "",
]

INVALID = {
    "MATCH (n RETURN n": "Invalid input 'RETURN'",
    "MATCH (n)\nRETURN m": "Variable `m` not defined",
    "CREATE INDEX ON :Expert(id)": "Invalid create index syntax",
    "MATCH (n) WHERE exists(n.prop) RETURN n": "no longer supported",
    # Cypher 25-only syntax is rejected: statements are linted as Cypher 5.
    "LET x = 1 RETURN x": "Invalid input 'LET'",
    ":param x => 1": "Console commands are unsupported",
}


def test_valid_statements_have_no_errors(linter):
    assert linter.lint(VALID) == [[] for _ in VALID]


def test_invalid_statements_have_errors(linter):
    statements = list(INVALID)
    results = linter.lint(statements)
    assert len(results) == len(statements)
    for statement, errors in zip(statements, results):
        assert errors, f"expected an error for {statement!r}"
        assert any(INVALID[statement] in e for e in errors), (statement, errors)


def test_mixed_batch_keeps_order_and_positions(linter):
    results = linter.lint(["RETURN 1", "MATCH (n)\nRETURN m", "RETURN 2"])
    assert results[0] == [] and results[2] == []
    assert results[1] == ["Variable `m` not defined (line 2, column 8)"]


def test_warnings_are_not_errors(linter):
    statements = ["MATCH (n:Unknown) WHERE n.nope = 1 RETURN id(n)"]
    schema = {"labels": ["Expert"], "relationshipTypes": [], "propertyKeys": ["id"]}
    (entry,) = linter.lint_detailed(statements, schema=schema)
    assert entry["errors"] == []
    messages = " | ".join(w["message"] for w in entry["warnings"])
    assert "Label Unknown is not present" in messages
    assert "nope is not present" in messages
    assert "deprecated function" in messages
    # without a schema there are no label/property warnings, and still no errors
    assert linter.lint(statements) == [[]]


def test_parameters_need_not_be_declared(linter):
    assert linter.lint(["MATCH (a) SET a += $props RETURN a"]) == [[]]


def test_empty_list(linter):
    assert linter.lint([]) == []
