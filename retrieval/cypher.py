"""Cypher the retrieval layer sends; like kg/cypher.py, every statement runs on Neo4j 5 and FalkorDB."""

EXPERT_VERSIONS = """
MATCH (e:Expert)
RETURN e.id AS id, e.updated_at AS version
"""

GRAPH_VERSION = """
MATCH (e:Expert)
RETURN count(e) AS experts, max(e.updated_at) AS updated_at
"""

DIRECTIONS = """
MATCH (d:Direction)
OPTIONAL MATCH (d)-[:PART_OF]->(f:Field)
RETURN d.key AS key, d.name AS name, collect(f.name) AS fields
"""

DIRECTION_MEMBERS = """
MATCH (e:Expert)-[:WORKS_ON]->(d:Direction)
RETURN d.key AS direction, d.name AS name, e.id AS id
"""


EXPERT_FIELD_CODES = """
MATCH (e:Expert)-[:IN_FIELD]->(f:Field)
WHERE f.code IS NOT NULL
RETURN e.id AS id, f.code AS code
"""
