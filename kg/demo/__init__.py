"""Deterministic, realistic Chinese demo expert data (taxonomy, institutions, awards, names, bios) in the ingest
JSONL format, for trying the graph, retrieval and matching without real data."""

from kg.demo.awards import AWARDS, TITLES, AwardSpec
from kg.demo.generator import generate_experts, write_demo_data
from kg.demo.institutions import INSTITUTIONS, INSTITUTIONS_BY_FIELD, Institution
from kg.demo.paper import paper_experts
from kg.demo.taxonomy import FIELDS, Direction, direction, direction_keywords, field_of

__all__ = [
    "AWARDS",
    "FIELDS",
    "INSTITUTIONS",
    "INSTITUTIONS_BY_FIELD",
    "TITLES",
    "AwardSpec",
    "Direction",
    "Institution",
    "direction",
    "direction_keywords",
    "field_of",
    "generate_experts",
    "paper_experts",
    "write_demo_data",
]
