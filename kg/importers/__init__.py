"""Importers: one module per public data source, each a plain `records(paths) -> Iterator[RawRecord]`.

They only turn a source's files into ingest records (kg.models.ExpertRecord's shape) and never write to the graph:
`kg.ingest.ingest` validates, merges and writes them, so an import is idempotent and batched like any other ingest.

    from kg.importers import SOURCES
    summary = ingest(store, SOURCES["academicians"](paths))

Malformed rows come back as RawRecords with `error` set (file and line), which ingest counts as rejections.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from kg.importers import academicians, nsfc, nsfc_taxonomy
from kg.readers import RawRecord

Importer = Callable[[list[Path]], Iterator[RawRecord]]

SOURCES: dict[str, Importer] = {
    "academicians": academicians.records,
    "nsfc-projects": nsfc.records,
    "nsfc-taxonomy": nsfc_taxonomy.records,
}

__all__ = ["SOURCES", "Importer"]
