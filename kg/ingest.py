"""Validated, idempotent, batched ingestion of expert records into the graph.

Each batch is read, merged in memory with what the graph already holds, and written as one
UNWIND statement (one transaction), so an interrupted run leaves whole batches and a re-run completes it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, TextIO

from pydantic import ValidationError

from kg import cypher
from kg.models import ExpertRecord
from kg.normalize import derived_expert_id, expert_key, key
from kg.readers import RawRecord
from kg.store import GraphStore


@dataclass(frozen=True)
class ExpertState:
    """An expert's stored facts, keyed by normalised names so that merging and comparing are exact."""

    id: str
    key: str
    name: str
    title: str | None = None
    bio: str | None = None
    sources: tuple[str, ...] = ()
    institutions: tuple[str, ...] = ()
    fields: dict[str, str] = field(default_factory=dict)  # key -> display name
    directions: dict[str, str] = field(default_factory=dict)
    direction_fields: frozenset[tuple[str, str]] = frozenset()  # (direction key, field key)
    awards: dict[str, tuple[str, int | None]] = field(default_factory=dict)  # key -> (name, year)


@dataclass
class IngestSummary:
    """What an ingest run did, per record."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    rejects_path: str | None = None

    @property
    def total(self) -> int:
        return self.created + self.updated + self.unchanged + self.rejected

    def __str__(self) -> str:
        text = (
            f"created {self.created}, updated {self.updated}, unchanged {self.unchanged}, rejected {self.rejected}"
        )
        if self.rejected and self.rejects_path:
            text += f" (rejects written to {self.rejects_path})"
        return text


@dataclass(frozen=True)
class Rejection:
    """Why one record was refused."""

    source: str
    line: int
    field: str
    message: str
    data: Any

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.field}: {self.message}"


def validate(raw: RawRecord) -> ExpertRecord | Rejection:
    """The record as an ExpertRecord, or a Rejection naming file, line and field."""
    if raw.error:
        return Rejection(raw.source, raw.line, "(record)", raw.error, raw.data)
    try:
        return ExpertRecord.model_validate(raw.data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(record)"
        message = first["msg"].removeprefix("Value error, ")
        if first["type"] == "extra_forbidden":
            message = "unknown field"
        more = f" (and {exc.error_count() - 1} more problems)" if exc.error_count() > 1 else ""
        return Rejection(raw.source, raw.line, where, message + more, raw.data)


def _state_from_row(row: dict[str, Any]) -> ExpertState:
    source = row.get("source") or []
    return ExpertState(
        id=row["id"],
        key=row.get("key") or expert_key(row["name"], (row.get("institutions") or [None])[0]),
        name=row["name"],
        title=row.get("title"),
        bio=row.get("bio"),
        sources=tuple(sorted(source if isinstance(source, list) else [source])),
        institutions=tuple(sorted(row.get("institutions") or [])),
        fields={key(n): n for n in row.get("fields") or []},
        directions={key(n): n for n in row.get("directions") or []},
        direction_fields=frozenset((key(d), key(f)) for d, f in row.get("direction_fields") or [] if d and f),
        awards={key(n): (n, y) for n, y in row.get("awards") or [] if n},
    )


def merge(current: ExpertState | None, record: ExpertRecord, expert_id: str) -> ExpertState:
    """Facts of `record` added to `current`: lists are unions, given scalars replace, absent ones keep."""
    base = current or ExpertState(id=expert_id, key="", name=record.name)
    fields = dict(base.fields)
    for name in record.fields:
        fields.setdefault(key(name), name)
    directions = dict(base.directions)
    direction_fields = set(base.direction_fields)
    for d in record.directions:
        directions.setdefault(key(d.name), d.name)
        parent = d.field or (record.fields[0] if len(record.fields) == 1 else None)
        if parent:
            fields.setdefault(key(parent), parent)
            direction_fields.add((key(d.name), key(parent)))
    awards = dict(base.awards)
    for a in record.awards:
        old = awards.get(key(a.name))
        awards[key(a.name)] = (old[0] if old else a.name, a.year if a.year is not None else (old[1] if old else None))
    institutions = (record.institution,) if record.institution else base.institutions
    sources = tuple(sorted(set(base.sources) | ({record.source} if record.source else set())))
    return ExpertState(
        id=base.id,
        key=expert_key(record.name, institutions[0] if institutions else None),
        name=record.name,
        title=record.title or base.title,
        bio=record.bio or base.bio,
        sources=sources,
        institutions=institutions,
        fields=fields,
        directions=directions,
        direction_fields=frozenset(direction_fields),
        awards=awards,
    )


def _same(a: ExpertState, b: ExpertState) -> bool:
    # Display names of existing nodes never change, so compare identities (keys) plus scalar facts.
    return (
        a.key == b.key
        and a.name == b.name
        and a.title == b.title
        and a.bio == b.bio
        and a.sources == b.sources
        and {key(i) for i in a.institutions} == {key(i) for i in b.institutions}
        and a.fields.keys() == b.fields.keys()
        and a.directions.keys() == b.directions.keys()
        and a.direction_fields == b.direction_fields
        and {k: y for k, (_, y) in a.awards.items()} == {k: y for k, (_, y) in b.awards.items()}
    )


def _upsert_row(state: ExpertState, now: str) -> dict[str, Any]:
    field_names = state.fields
    parents: dict[str, list[dict[str, str]]] = {}
    for d, f in sorted(state.direction_fields):
        if f in field_names:
            parents.setdefault(d, []).append({"key": f, "name": field_names[f]})
    return {
        "id": state.id,
        "props": {
            "name": state.name,
            "key": state.key,
            "title": state.title,
            "bio": state.bio,
            "source": list(state.sources),
            "updated_at": now,
        },
        "institution_keys": [key(i) for i in state.institutions],
        "institutions": [{"key": key(i), "name": i} for i in state.institutions],
        "fields": [{"key": k, "name": n} for k, n in state.fields.items()],
        "directions": [{"key": k, "name": n, "fields": parents.get(k, [])} for k, n in state.directions.items()],
        "awards": [{"key": k, "name": n, "year": y} for k, (n, y) in state.awards.items()],
    }


def _load_states(store: GraphStore, ids: Iterable[str]) -> dict[str, ExpertState]:
    rows = store.read(cypher.EXPERT_STATES, {"ids": list(ids)}).records()
    return {row["id"]: _state_from_row(row) for row in rows}


def _same_person(record: ExpertRecord, candidate: ExpertState) -> bool:
    """Name + institution match; but a source that gave a different id for it means a namesake, not a duplicate."""
    return not (record.id and record.source and record.source in candidate.sources and candidate.id != record.id)


def write_batch(store: GraphStore, records: list[ExpertRecord], summary: IngestSummary) -> None:
    """Resolve each record to one Expert, merge it with the stored facts and write the changed ones at once."""
    states = _load_states(store, {r.id for r in records if r.id})
    keys = {expert_key(r.name, r.institution) for r in records}
    by_key: dict[str, list[str]] = {}
    for row in store.read(cypher.EXPERT_IDS_BY_KEY, {"keys": list(keys)}).records():
        by_key.setdefault(row["key"], []).append(row["id"])
    states.update(_load_states(store, {i for ids in by_key.values() for i in ids} - states.keys()))
    changed: dict[str, ExpertState] = {}
    for record in records:
        rkey = expert_key(record.name, record.institution)
        if record.id and record.id in states:
            expert_id = record.id
        else:
            matches = [i for i in by_key.get(rkey, []) if _same_person(record, states[i])]
            expert_id = matches[0] if matches else record.id or derived_expert_id(record.name, record.institution)
        current = states.get(expert_id)
        merged = merge(current, record, expert_id)
        if current is None:
            summary.created += 1
            by_key.setdefault(merged.key, []).append(expert_id)
        elif _same(current, merged):
            summary.unchanged += 1
            continue
        else:
            summary.updated += 1
        states[expert_id] = merged
        changed[expert_id] = merged
    if changed:
        now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        store.write(cypher.UPSERT_EXPERTS, {"rows": [_upsert_row(s, now) for s in changed.values()]})


def _batches(items: Iterable[ExpertRecord], size: int) -> Iterator[list[ExpertRecord]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def ingest(
    store: GraphStore,
    raw_records: Iterable[RawRecord],
    *,
    batch_size: int = 2000,
    rejects: TextIO | None = None,
    on_reject: Callable[[Rejection], None] | None = None,
) -> IngestSummary:
    """Validate and write records in batches; rejected records go to `rejects` as JSON lines."""
    summary = IngestSummary()

    def valid() -> Iterator[ExpertRecord]:
        for raw in raw_records:
            result = validate(raw)
            if isinstance(result, Rejection):
                summary.rejected += 1
                if rejects is not None:
                    rejects.write(
                        json.dumps(
                            {
                                "file": result.source,
                                "line": result.line,
                                "field": result.field,
                                "error": result.message,
                                "record": result.data,
                            },
                            ensure_ascii=False,
                            default=str,
                        )
                        + "\n"
                    )
                if on_reject:
                    on_reject(result)
                continue
            yield result

    for batch in _batches(valid(), batch_size):
        write_batch(store, batch, summary)
    return summary
