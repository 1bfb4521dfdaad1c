"""Every Cypher statement the project sends, written once for both Neo4j 5 and FalkorDB.

Engine-specific DDL (constraints, indexes) lives in the adapters; tests run each statement here
on the embedded FalkorDB and lint it with Neo4j's own parser.
"""

# Unique keys per label; adapters turn these into each engine's constraint DDL.
UNIQUE_KEYS: dict[str, str] = {
    "Expert": "id",
    "Field": "key",
    "Direction": "key",
    "Award": "key",
    "Institution": "key",
    "Source": "key",  # kg/provenance.py
    "Evidence": "key",
}
# Further lookup indexes (identity key for dedup, names for analysts).
INDEXES: list[tuple[str, str]] = [
    ("Expert", "key"),
    ("Expert", "name"),
    ("Field", "name"),
    ("Direction", "name"),
    ("Award", "name"),
    ("Institution", "name"),
]

# The experts a batch of records may resolve to: by explicit or derived id, and by identity key.
EXPERTS_BY_ID_OR_KEY = """
UNWIND $ids AS id
MATCH (e:Expert {id: id})
RETURN e.id AS id, e.key AS key, e.source AS source, e.digests AS digests
UNION
UNWIND $keys AS k
MATCH (e:Expert {key: k})
RETURN e.id AS id, e.key AS key, e.source AS source, e.digests AS digests
"""

EXPERT_STATES = """
UNWIND $ids AS id
MATCH (e:Expert {id: id})
OPTIONAL MATCH (e)-[:AFFILIATED_WITH]->(i:Institution)
WITH e, collect(DISTINCT i.name) AS institutions
OPTIONAL MATCH (e)-[:IN_FIELD]->(f:Field)
WITH e, institutions, collect(DISTINCT f.name) AS fields
OPTIONAL MATCH (e)-[r:RECEIVED]->(a:Award)
WITH e, institutions, fields, collect(DISTINCT [a.name, r.year]) AS awards,
     collect(DISTINCT CASE WHEN r.years IS NULL THEN NULL ELSE [a.name, r.years] END) AS award_years
OPTIONAL MATCH (e)-[:WORKS_ON]->(d:Direction)
OPTIONAL MATCH (d)-[:PART_OF]->(df:Field)
WITH e, institutions, fields, awards, award_years, collect(DISTINCT d.name) AS directions,
     collect(DISTINCT [d.name, df.name]) AS direction_fields
RETURN e.id AS id, e.key AS key, e.name AS name, e.title AS title, e.bio AS bio, e.source AS source,
       e.digests AS digests, e.updated_at AS updated_at, institutions, fields, directions, direction_fields, awards,
       award_years
"""

# Rows are compact lists (FalkorDB parses parameters from the query text, so every byte is parsed):
# [0 id, 1 name, 2 key, 3 title, 4 bio, 5 sources, 6 digests, 7 moved, 8 institutions, 9 fields, 10 directions,
#  11 awards]; a named item is [name, key or null when the key equals the name], a direction adds [.., .., parents]
# (its PART_OF fields as named items) and an award [.., .., latest year, every year when it was won more than once].
# $now is the run's timestamp.
_UPSERT_EXPERT_NODES = """
UNWIND $rows AS r
MERGE (e:Expert {id: r[0]})
SET e.name = r[1], e.key = r[2], e.title = r[3], e.bio = r[4], e.source = r[5], e.digests = r[6],
    e.updated_at = $now
"""

_DROP_OLD_AFFILIATIONS = """WITH e, r
OPTIONAL MATCH (e)-[old:AFFILIATED_WITH]->(oi:Institution)
WHERE r[7] AND NOT oi.key IN [i IN r[8] | coalesce(i[1], i[0])]
DELETE old
WITH e, r
"""

_UPSERT_RELATIONS = """FOREACH (i IN r[8] |
  MERGE (n:Institution {key: coalesce(i[1], i[0])}) ON CREATE SET n.name = i[0]
  MERGE (e)-[:AFFILIATED_WITH]->(n))
FOREACH (f IN r[9] |
  MERGE (n:Field {key: coalesce(f[1], f[0])}) ON CREATE SET n.name = f[0]
  MERGE (e)-[:IN_FIELD]->(n))
FOREACH (d IN r[10] |
  MERGE (n:Direction {key: coalesce(d[1], d[0])}) ON CREATE SET n.name = d[0]
  MERGE (e)-[:WORKS_ON]->(n)
  FOREACH (f IN d[2] |
    MERGE (fx:Field {key: coalesce(f[1], f[0])}) ON CREATE SET fx.name = f[0]
    MERGE (n)-[:PART_OF]->(fx)))
FOREACH (a IN r[11] |
  MERGE (n:Award {key: coalesce(a[1], a[0])}) ON CREATE SET n.name = a[0]
  MERGE (e)-[rel:RECEIVED]->(n)
  SET rel.year = a[2], rel.years = a[3])
RETURN count(e) AS experts
"""

# Upsert a batch of experts with their relations (facts are added, never removed).
UPSERT_EXPERTS = _UPSERT_EXPERT_NODES + _UPSERT_RELATIONS
# The same, first dropping affiliations of rows flagged `moved` that are not in their new institution list.
UPSERT_MOVED_EXPERTS = _UPSERT_EXPERT_NODES + _DROP_OLD_AFFILIATIONS + _UPSERT_RELATIONS

# Institutions' places from kg/institution_places.tsv (kg/places.py): rows [key, province, city]; only nodes whose
# place differs are written, so a re-run changes nothing.
LOCATE_INSTITUTIONS = """
UNWIND $rows AS row
MATCH (i:Institution {key: row[0]})
WHERE i.province IS NULL OR i.province <> row[1] OR coalesce(i.city, '') <> coalesce(row[2], '')
SET i.province = row[1], i.city = row[2], i.place_source = $source
RETURN count(i) AS located
"""
# the places the table wrote for names it no longer places
UNLOCATE_INSTITUTIONS = """
UNWIND $keys AS k
MATCH (i:Institution {key: k})
WHERE i.place_source = $source
SET i.province = null, i.city = null, i.place_source = null
RETURN count(i) AS unlocated
"""

# The NSFC discipline tree: Field nodes with code / English name / level, linked child -> parent.
UPSERT_FIELD_TAXONOMY = """
UNWIND $rows AS r
MERGE (f:Field {key: r.key}) ON CREATE SET f.name = r.name
SET f.code = r.code, f.en = r.en, f.level = r.level
WITH f, r WHERE r.parent_key IS NOT NULL
MERGE (p:Field {key: r.parent_key}) ON CREATE SET p.name = r.parent_name
MERGE (f)-[:SUBFIELD_OF]->(p)
"""

SCHEMA_LABELS = """
MATCH (n)
UNWIND labels(n) AS label
RETURN label, count(*) AS count
ORDER BY label
"""

SCHEMA_RELATIONSHIPS = """
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS count
ORDER BY type
"""

SCHEMA_PROPERTY_KEYS = """
CALL db.propertyKeys() YIELD propertyKey
RETURN propertyKey
ORDER BY propertyKey
"""

EXPERT_COUNT = """
MATCH (e:Expert)
RETURN count(e) AS experts
"""

GRAPH_NODES = """
MATCH (n)
RETURN n
"""

GRAPH_EDGES = """
MATCH (a)-[r]->(b)
RETURN r
"""

NEIGHBOURHOODS = """
UNWIND $ids AS id
MATCH (e:Expert {id: id})
OPTIONAL MATCH (e)-[r]->(n)
OPTIONAL MATCH (n)-[p:PART_OF]->(f:Field)
RETURN e, collect(DISTINCT n) AS nodes, collect(DISTINCT r) AS rels,
       collect(DISTINCT f) AS fields, collect(DISTINCT p) AS part_of
"""

EXPERTS_BY_DIRECTION_TERM = """
MATCH (e:Expert)-[:WORKS_ON]->(d:Direction)
WHERE d.name CONTAINS $term
WITH e, collect(DISTINCT d.name) AS directions
OPTIONAL MATCH (e)-[:AFFILIATED_WITH]->(i:Institution)
OPTIONAL MATCH (e)-[r:RECEIVED]->(a:Award)
WITH e, directions, collect(DISTINCT i.name) AS institutions, collect(DISTINCT a.name) AS awards
RETURN e.id AS id, e.name AS name, e.title AS title, institutions, directions, awards
ORDER BY size(awards) DESC, id
LIMIT $limit
"""

# Provenance (kg/provenance.py): a source record supports an expert and states facts about them, each with the words
# it was read from. Edges point into the expert, so NEIGHBOURHOODS (outgoing facts) is unchanged. Idempotent (MERGE).
UPSERT_SOURCES = """
UNWIND $rows AS r
MATCH (e:Expert {id: r.expert})
MERGE (s:Source {key: r.key})
SET s.kind = r.kind, s.title = r.title, s.url = r.url, s.ref = r.ref
MERGE (s)-[:SUPPORTS]->(e)
WITH s, e, r
UNWIND r.facts AS f
MERGE (ev:Evidence {key: f.key})
SET ev.kind = f.kind, ev.fact = f.fact, ev.snippet = f.snippet, ev.span_start = f.start, ev.span_end = f.end
MERGE (s)-[:STATES]->(ev)
MERGE (ev)-[:ABOUT]->(e)
RETURN count(ev) AS evidence
"""

# The sources of each expert with the facts each states ([kind, fact, snippet]; [null, null, null] when none).
CITATIONS = """
UNWIND $ids AS id
MATCH (s:Source)-[:SUPPORTS]->(e:Expert {id: id})
OPTIONAL MATCH (s)-[:STATES]->(ev:Evidence)-[:ABOUT]->(e)
WITH e, s, ev
ORDER BY ev.span_start, ev.kind, ev.fact
RETURN e.id AS id, s.key AS key, s.kind AS kind, s.title AS title, s.url AS url, s.ref AS ref,
       collect([ev.kind, ev.fact, ev.snippet]) AS facts
ORDER BY id, key
"""
