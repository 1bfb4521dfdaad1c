"""Where each expert's facts come from: (:Source) records (an academician's profile page, an NSFC project) and the
(:Evidence) they state (the fact and the words it was read from), written after ingest as a step of its own.

Graph: (s:Source {key, kind, url, title, ref})-[:SUPPORTS]->(e:Expert) and
(s)-[:STATES]->(ev:Evidence {key, kind, fact, snippet, span_start, span_end})-[:ABOUT]->(e). Edges point *into*
the expert, so the grounding neighbourhood (the expert's outgoing facts) is unchanged. Everything is MERGEd on
keys, so importing a file again changes nothing. A record is linked only when exactly one expert resolves to it
(by its id, else by name + institution), never by guess.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg import cypher
from kg.importers import academicians, nsfc
from kg.importers.bio_extraction import extract_facts
from kg.normalize import expert_key
from kg.store import GraphStore

_SENTENCE_END = re.compile(r"[。；;！？!?\n]")
MAX_SNIPPET = 160


@dataclass(frozen=True)
class SourceFact:
    """One fact a source states, with the words it was read from (and their offsets, when read from a bio)."""

    kind: str  # direction | institution | title | award | field
    fact: str
    snippet: str
    start: int | None = None
    end: int | None = None


@dataclass
class SourceRecord:
    """One source record (a profile page, a project) about one expert, identified as ingest identifies them."""

    key: str
    kind: str
    title: str | None
    url: str | None
    ref: str | None
    expert_id: str | None  # the record's explicit id, if it has one
    expert_key: str  # name + institution identity
    facts: list[SourceFact] = field(default_factory=list)


def sentence(text: str, start: int, end: int) -> str:
    """The sentence of `text` around [start, end), cut to MAX_SNIPPET characters around the span."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    m = _SENTENCE_END.search(text, end)
    right = m.end() if m else len(text)
    if right - left > MAX_SNIPPET:
        left = max(left, start - MAX_SNIPPET // 2)
        right = min(right, max(end, left + MAX_SNIPPET))
    return text[left:right].strip()


def http_url(value: str | None) -> str | None:
    """`value` when it is an http(s) URL, else None (nothing else is ever linked to)."""
    value = (value or "").strip()
    return value if re.match(r"^https?://[^\s\"'<>]+$", value) else None


def _rows_by_line(path: Path) -> dict[int, dict[str, str]]:
    with path.open("r", encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        return {reader.line_num: row for row in reader}


def academician_sources(paths: Iterable[Path]) -> Iterator[SourceRecord]:
    """The profile page of each academician the importer reads, with the facts of its biography and their spans."""
    rows: dict[str, dict[int, dict[str, str]]] = {}
    for raw in academicians.records([Path(p) for p in paths]):
        if raw.error or not isinstance(raw.data, dict):
            continue
        rec = raw.data
        if raw.source not in rows:
            rows[raw.source] = _rows_by_line(Path(raw.source))
        link = http_url((rows[raw.source].get(raw.line) or {}).get("link"))
        bio = rec.get("bio") or ""
        facts = extract_facts(bio) if bio else None
        found: list[SourceFact] = []
        if facts is not None:
            for kind, fact in (("institution", facts.institution), ("title", facts.title)):
                if fact is not None:
                    found.append(SourceFact(kind, fact.text, sentence(bio, fact.start, fact.end), fact.start, fact.end))
            for d in facts.directions:
                found.append(SourceFact("direction", d.text, sentence(bio, d.start, d.end), d.start, d.end))
            for a in facts.awards:
                found.append(SourceFact("award", a.name, sentence(bio, a.start, a.end), a.start, a.end))
        honour = rec.get("title") or ""
        yield SourceRecord(
            key=f"profile:{link}" if link else f"profile:{rec['id']}", kind="academician_profile",
            title=f"{rec['name']}（{honour}）简介" if honour else f"{rec['name']}简介", url=link, ref=None,
            expert_id=rec["id"], expert_key=expert_key(rec["name"], rec.get("institution")), facts=found)


def nsfc_sources(paths: Iterable[Path]) -> Iterator[SourceRecord]:
    """Each funded project the NSFC importer reads (one per row), with the facts it gives its PI."""
    parsed: dict[str, tuple[str | None, dict[int, dict[str, str]]]] = {}
    for raw in nsfc.records([Path(p) for p in paths], aggregate=False):
        if raw.error or not isinstance(raw.data, dict):
            continue
        rec = raw.data
        if raw.source not in parsed:
            table = _rows_by_line(Path(raw.source))
            header = list(next(iter(table.values()), {}).keys())
            parsed[raw.source] = (nsfc.layout_of(header), table)
        layout, table = parsed[raw.source]
        row = table.get(raw.line)
        if layout is None or row is None:
            continue
        project = nsfc.LAYOUTS[layout][1](row, raw.line, None)
        if isinstance(project, str):
            continue
        title = project.title or "（无题）"
        label = "，".join(x for x in (project.kind, f"批准号{project.number}" if project.number else None,
                                      f"{project.year}年" if project.year else None) if x)
        snippet = f"{title}（{label}）" if label else title
        found = [SourceFact("institution", rec["institution"], f"依托单位：{rec['institution']}")]
        for d in rec.get("directions") or []:
            found.append(SourceFact("direction", d["name"], snippet))
        for f in rec.get("fields") or []:
            found.append(SourceFact("field", f, snippet))
        for a in rec.get("awards") or []:
            found.append(SourceFact("award", a["name"], snippet))
        ident = project.number or f"{Path(raw.source).name}:{raw.line}"
        yield SourceRecord(key=f"{rec.get('source') or 'nsfc'}:{ident}", kind=rec.get("source") or "nsfc",
                           title=project.title, url=None, ref=project.number, expert_id=None,
                           expert_key=expert_key(rec["name"], rec["institution"]), facts=found)


SOURCES = {"academicians": academician_sources, "nsfc-projects": nsfc_sources}


def _resolve(store: GraphStore, batch: list[SourceRecord]) -> dict[int, str]:
    """Index in batch -> the one expert each record is about (records that resolve to none or several are left out)."""
    ids = sorted({r.expert_id for r in batch if r.expert_id})
    keys = sorted({r.expert_key for r in batch})
    by_id, by_key = set(), {}
    for row in store.read(cypher.EXPERTS_BY_ID_OR_KEY, {"ids": ids, "keys": keys}).records():
        by_id.add(row["id"])
        by_key.setdefault(row["key"], set()).add(row["id"])
    out = {}
    for i, r in enumerate(batch):
        if r.expert_id and r.expert_id in by_id:
            out[i] = r.expert_id
        elif len(by_key.get(r.expert_key, ())) == 1:
            out[i] = next(iter(by_key[r.expert_key]))
    return out


def _row(record: SourceRecord, expert: str) -> dict:
    facts = {}
    for f in record.facts:
        facts.setdefault((f.kind, f.fact), {"key": f"{record.key}|{expert}|{f.kind}|{f.fact}", "kind": f.kind,
                                           "fact": f.fact, "snippet": f.snippet, "start": f.start, "end": f.end})
    return {"key": record.key, "kind": record.kind, "title": record.title, "url": record.url, "ref": record.ref,
            "expert": expert, "facts": list(facts.values())}


def link_sources(store: GraphStore, records: Iterable[SourceRecord], batch_size: int = 500) -> tuple[int, int]:
    """Write the sources and their evidence for the experts they resolve to: (linked, unresolved) record counts."""
    linked = unresolved = 0
    batch: list[SourceRecord] = []

    def flush() -> None:
        nonlocal linked, unresolved
        resolved = _resolve(store, batch)
        rows = [_row(r, resolved[i]) for i, r in enumerate(batch) if i in resolved]
        if rows:
            store.write(cypher.UPSERT_SOURCES, {"rows": rows})
        linked += len(rows)
        unresolved += len(batch) - len(rows)
        batch.clear()

    for record in records:
        batch.append(record)
        if len(batch) >= batch_size:
            flush()
    if batch:
        flush()
    return linked, unresolved


def import_provenance(store: GraphStore, kind: str, paths: Iterable[Path]) -> tuple[int, int] | None:
    """The provenance step of an importer (`kind` as in kg.importers.SOURCES); None for kinds without sources."""
    reader = SOURCES.get(kind)
    return link_sources(store, reader(paths)) if reader else None
