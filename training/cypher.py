"""Cypher the training layer sends (read-only); like kg/cypher.py, every statement runs on Neo4j 5 and FalkorDB."""

EXPERT_NAMES = """
MATCH (e:Expert)
RETURN e.id AS id, e.name AS name
"""

FIELD_MEMBERS = """
MATCH (e:Expert)-[:IN_FIELD]->(f:Field)
RETURN f.name AS name, e.id AS id
"""
