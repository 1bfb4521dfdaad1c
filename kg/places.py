"""Where institutions are: the shipped table of places (`institution_places.tsv`) written onto Institution nodes.

The sources name an expert's institution, not its city, so a wish such as 最好在上海 could only be read in names
(上海交通大学, never 复旦大学). The table gives the province-level division and city of the institutions the
public sources name (the academicians' and the NSFC projects' most frequent ones), written from general knowledge
and left empty where a name does not fix one place (中国科学院 as a whole); ingest writes it onto the graph, so a
place an answer relies on is a graph fact (`Institution.province`, `Institution.city`, `Institution.place_source`).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg import cypher
from kg.normalize import key
from kg.store import GraphStore

PLACES_FILE = Path(__file__).with_name("institution_places.tsv")
#: what `Institution.place_source` says, so that an analyst can tell where a place came from
PLACE_SOURCE = "kg/institution_places.tsv"


@dataclass(frozen=True)
class Place:
    """An institution's province-level division (上海, 四川, or a country for a foreign one) and city (may be empty)."""

    province: str
    city: str | None = None


@lru_cache(maxsize=1)
def _table(path: Path = PLACES_FILE) -> dict[str, Place | None]:
    """Every row by institution key (kg.normalize.key); None for a name the table leaves unplaced."""
    with path.open(encoding="utf-8", newline="") as handle:
        return {key(row["institution"]): Place(row["province"].strip(), (row.get("city") or "").strip() or None)
                if (row.get("province") or "").strip() else None for row in csv.DictReader(handle, delimiter="\t")}


@lru_cache(maxsize=1)
def institution_names(path: Path = PLACES_FILE) -> tuple[str, ...]:
    """The institutions the table names, as written there."""
    with path.open(encoding="utf-8", newline="") as handle:
        return tuple(row["institution"] for row in csv.DictReader(handle, delimiter="\t") if row.get("institution"))


def load_places(path: Path = PLACES_FILE) -> dict[str, Place]:
    """The table by institution key: only rows that give a province."""
    return {k: p for k, p in _table(path).items() if p is not None}


def locate_institutions(store: GraphStore, names: Iterable[str] | None = None, places: dict[str, Place] | None = None,
                        batch: int = 50) -> int:
    """Write the place of each institution of `names` (all the table knows when None) onto its node, where the graph
    holds one; how many nodes changed. Idempotent (a node already holding its place is not written again); small
    statements, one per `batch` rows (some Bolt listeners take only a few KB a message)."""
    table = load_places() if places is None else places
    named = None if names is None else {key(n) for n in names if n}
    keys = table.keys() if named is None else named & table.keys()
    rows = [[k, table[k].province, table[k].city] for k in sorted(keys)]
    # a name the table no longer places (中国矿业大学: two universities) loses the place it wrote before
    unplaced = sorted(k for k, p in _table().items() if p is None and (named is None or k in named))
    return sum(int(store.write(cypher.LOCATE_INSTITUTIONS, {"rows": rows[i:i + batch], "source": PLACE_SOURCE}
                               ).value(0) or 0) for i in range(0, len(rows), batch)) + \
        sum(int(store.write(cypher.UNLOCATE_INSTITUTIONS, {"keys": unplaced[i:i + batch], "source": PLACE_SOURCE}
                            ).value(0) or 0) for i in range(0, len(unplaced), batch))
