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

# what each Expert.source id says, in Chinese and in English (你们的数据是从哪里来的？); an id not here is shown as written
SOURCE_LABELS: dict[str, tuple[str, str]] = {
    "cas-academicians": ("中国科学院院士名录", "the Chinese Academy of Sciences' list of academicians"),
    "cae-academicians": ("中国工程院院士名录", "the Chinese Academy of Engineering's list of academicians"),
    "nsfc-natural": ("国家自然科学基金项目", "National Natural Science Foundation of China projects"),
    "nsfc-lifesci": ("国家自然科学基金生命科学项目", "National Natural Science Foundation of China life-science projects"),
    "nssfc-social": ("国家社会科学基金项目", "National Social Science Fund of China projects"),
    "demo": ("程序生成的演示数据（不是真实的专家）", "generated demo data (not real people)"),
}

__all__ = ["SOURCES", "SOURCE_LABELS", "Importer"]
