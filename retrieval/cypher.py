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

# the institutions' names, for an English problem that asks for one ("preferably from Zhejiang University")
# the place the graph records for an institution (kg/places.py), by its name
INSTITUTION_PLACE = """
MATCH (i:Institution)
WHERE i.name = $name
RETURN i.name AS name, i.province AS province, i.city AS city
"""

INSTITUTION_NAMES = """
MATCH (i:Institution)
RETURN DISTINCT i.name AS name
"""


EXPERT_FIELD_CODES = """
MATCH (e:Expert)-[:IN_FIELD]->(f:Field)
WHERE f.code IS NOT NULL
RETURN e.id AS id, f.code AS code
"""


# The matched experts of a /v1/match: each one's neighbourhood (as kg.cypher.NEIGHBOURHOODS) and its sources with
# the facts each states (as kg.cypher.CITATIONS: [key, kind, title, url, ref, facts], facts ordered by span), in one
# round trip instead of two. An expert without sources has an empty `sources`. The expert itself comes as the few
# properties a match shows (id, labels, name, title), not as a node: its bio and digests would be sent and parsed
# for nothing (~0.1 ms a match at 10k experts).
# the biographies of a few experts, read only when a question asks what the structured facts do not hold
BIOGRAPHIES = """
UNWIND $ids AS id
MATCH (e:Expert {id: id})
RETURN e.id AS id, e.bio AS bio
"""

MATCHED_EXPERTS = """
UNWIND $ids AS id
MATCH (e:Expert {id: id})
OPTIONAL MATCH (e)-[r]->(n)
OPTIONAL MATCH (n)-[p:PART_OF]->(f:Field)
WITH e, collect(DISTINCT n) AS nodes, collect(DISTINCT r) AS rels, collect(DISTINCT f) AS fields,
     collect(DISTINCT p) AS part_of
OPTIONAL MATCH (s:Source)-[:SUPPORTS]->(e)
OPTIONAL MATCH (s)-[:STATES]->(ev:Evidence)-[:ABOUT]->(e)
WITH e, nodes, rels, fields, part_of, s, ev
ORDER BY ev.span_start, ev.kind, ev.fact
WITH e, nodes, rels, fields, part_of, s, collect([ev.kind, ev.fact, ev.snippet]) AS facts
RETURN e.id AS id, labels(e) AS labels, e.name AS name, e.title AS title, nodes, rels, fields, part_of,
       collect(CASE WHEN s IS NULL THEN NULL ELSE [s.key, s.kind, s.title, s.url, s.ref, facts] END) AS sources
"""

# a count question's experts (retrieval/census.py): those on a Direction or Field whose name holds the term, those
# whose award or institution holds what a requirement asks ($word; a place: in the name or as the recorded province or
# city), or all; each with what requirements are checked on (an institution as [name, province, city])
_COUNTED_FACTS = """
OPTIONAL MATCH (e)-[r:RECEIVED]->(a:Award)
OPTIONAL MATCH (e)-[:AFFILIATED_WITH]->(i:Institution)
RETURN e.id AS id, e.name AS name, e.title AS title, collect(DISTINCT [a.name, r.year, r.years]) AS awards,
       collect(DISTINCT [i.name, i.province, i.city]) AS institutions
"""

COUNTED_ON_TERM = """
MATCH (e:Expert)-[:WORKS_ON|IN_FIELD]->(n)
WHERE n.name CONTAINS $term
WITH DISTINCT e""" + _COUNTED_FACTS

COUNTED_WITH_AWARD = """
MATCH (e:Expert)-[:RECEIVED]->(x:Award)
WHERE x.name CONTAINS $word OR x.name CONTAINS $short
WITH DISTINCT e""" + _COUNTED_FACTS

# an academy seat recorded as the title only (the demo graph, CSV imports): counted with those recorded as an award
COUNTED_TITLED = """
MATCH (e:Expert)
WHERE e.title CONTAINS $word
WITH DISTINCT e""" + _COUNTED_FACTS

COUNTED_AT = """
MATCH (e:Expert)-[:AFFILIATED_WITH]->(x:Institution)
WHERE any(w IN $words WHERE x.name CONTAINS w) OR x.province = $place OR x.city = $place
WITH DISTINCT e""" + _COUNTED_FACTS

# 姓王的院士有哪些？: the experts whose name starts with the surname
COUNTED_SURNAMED = """
MATCH (e:Expert)
WHERE e.name STARTS WITH $surname
WITH DISTINCT e""" + _COUNTED_FACTS

COUNTED_ALL = """
MATCH (e:Expert)""" + _COUNTED_FACTS

# the experts whose biography writes a word (获得过诺贝尔奖的院士有哪些？ with no such award recorded: 杨振宁's
# biography names it)
WRITTEN_IN_BIO = """
MATCH (e:Expert)
WHERE e.bio CONTAINS $word
RETURN e.id AS id, e.bio AS bio
ORDER BY id
"""

# 你们的数据是从哪里来的？: how many experts each source contributed (Expert.source lists them)
SOURCE_COUNTS = """
MATCH (e:Expert)
UNWIND e.source AS source
RETURN source, count(DISTINCT e) AS experts
ORDER BY experts DESC, source
"""

# 哪个单位的院士最多？ 各学部各有多少位院士？: the experts counted ($all, or those of $ids) by one thing they are
# recorded with, most first; an expert on two institutions (fields, years) counts for each
TALLY_INSTITUTION = """
MATCH (e:Expert)-[:AFFILIATED_WITH]->(g:Institution)
WHERE $all OR e.id IN $ids
RETURN g.name AS name, count(DISTINCT e) AS experts
ORDER BY experts DESC, name
"""

TALLY_PROVINCE = """
MATCH (e:Expert)-[:AFFILIATED_WITH]->(g:Institution)
WHERE ($all OR e.id IN $ids) AND g.province IS NOT NULL
RETURN g.province AS name, count(DISTINCT e) AS experts
ORDER BY experts DESC, name
"""

TALLY_CITY = """
MATCH (e:Expert)-[:AFFILIATED_WITH]->(g:Institution)
WHERE ($all OR e.id IN $ids) AND g.city IS NOT NULL
RETURN g.city AS name, count(DISTINCT e) AS experts
ORDER BY experts DESC, name
"""

TALLY_FIELD = """
MATCH (e:Expert)-[:IN_FIELD]->(g:Field)
WHERE $all OR e.id IN $ids
RETURN g.name AS name, count(DISTINCT e) AS experts
ORDER BY experts DESC, name
"""

TALLY_DIRECTION = """
MATCH (e:Expert)-[:WORKS_ON]->(g:Direction)
WHERE $all OR e.id IN $ids
RETURN g.name AS name, count(DISTINCT e) AS experts
ORDER BY experts DESC, name
"""

TALLY_AWARD = """
MATCH (e:Expert)-[:RECEIVED]->(g:Award)
WHERE $all OR e.id IN $ids
RETURN g.name AS name, count(DISTINCT e) AS experts
ORDER BY experts DESC, name
"""

# by the year of an academy seat ($seat: 院士, or the academy's own, 中国工程院院士), as the seat's award records it
TALLY_SEAT_YEAR = """
MATCH (e:Expert)-[r:RECEIVED]->(a:Award)
WHERE ($all OR e.id IN $ids) AND a.name ENDS WITH $seat AND r.year IS NOT NULL
RETURN r.year AS name, count(DISTINCT e) AS experts
ORDER BY experts DESC, name
"""

# 北京以外有多少位院士？: of the experts counted ($all, or those of $ids), how many the graph places at $place (an
# institution in that province or city, or named with its words), and how many it places nowhere
PLACED_AT = """
MATCH (e:Expert)
WHERE $all OR e.id IN $ids
OPTIONAL MATCH (e)-[:AFFILIATED_WITH]->(i:Institution)
WITH e, collect(i) AS held
RETURN count(e) AS counted,
       sum(CASE WHEN any(i IN held WHERE i.province = $place OR i.city = $place
                                      OR any(w IN $words WHERE i.name CONTAINS w)) THEN 1 ELSE 0 END) AS at_place,
       sum(CASE WHEN none(i IN held WHERE i.province IS NOT NULL OR i.city IS NOT NULL
                                       OR any(w IN $words WHERE i.name CONTAINS w)) THEN 1 ELSE 0 END) AS unplaced
"""
