"""Validated, idempotent, batched ingestion of expert records into the graph.

Each batch is read, merged in memory with what the graph already holds, and written as one
UNWIND statement (one transaction), so an interrupted run leaves whole batches and a re-run completes it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import hashlib
import json
import queue
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TextIO

from pydantic import ValidationError

from kg import cypher
from kg.models import ExpertRecord
from kg.normalize import derived_expert_id, expert_key, key
from kg.readers import RawRecord
from kg.store import GraphStore

MAX_DIGESTS = 32


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
    digests: tuple[str, ...] = ()  # digests of the records already applied, so re-runs skip them unread


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

    def to_json(self) -> dict[str, Any]:
        return {"file": self.source, "line": self.line, "field": self.field, "error": self.message,
                "record": self.data}


def validate(raw: RawRecord) -> ExpertRecord | Rejection:
    """The record as an ExpertRecord, or a Rejection naming file, line and field."""
    if raw.error:
        return Rejection(raw.source, raw.line, "(record)", raw.error, raw.data)
    try:
        if isinstance(raw.data, str):
            return ExpertRecord.model_validate_json(raw.data)
        return ExpertRecord.model_validate(raw.data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(record)"
        message = first["msg"].removeprefix("Value error, ")
        if first["type"] == "extra_forbidden":
            message = "unknown field"
        elif first["type"] == "json_invalid":
            message = f"malformed JSON: {first['ctx'].get('error', message) if first.get('ctx') else message}"
        elif first["type"] == "model_type":
            message = "expected a JSON object"
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
        digests=tuple(row.get("digests") or ()),
    )


def record_digest(record: ExpertRecord) -> str:
    """A short fingerprint of a validated record's content."""
    return hashlib.sha1(record.model_dump_json().encode("utf-8")).hexdigest()[:16]


def merge(current: ExpertState | None, record: ExpertRecord, expert_id: str, digest: str = "") -> ExpertState:
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
        digests=(*base.digests[-(MAX_DIGESTS - 1):], digest) if digest else base.digests,
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


def _upsert_row(state: ExpertState, now: str, linked: set[tuple[str, str]], moved: bool) -> dict[str, Any]:
    """The UPSERT_EXPERTS row for a state; PART_OF links already written in this run (`linked`) are left out."""
    field_names = state.fields
    parents: dict[str, list[dict[str, str]]] = {}
    for d, f in sorted(state.direction_fields - linked):
        if f in field_names:
            parents.setdefault(d, []).append({"key": f, "name": field_names[f]})
            linked.add((d, f))
    return {
        "id": state.id,
        "moved": moved,
        "props": {
            "name": state.name,
            "key": state.key,
            "title": state.title,
            "bio": state.bio,
            "source": list(state.sources),
            "digests": list(state.digests),
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


@dataclass
class _Known:
    """What resolving a record needs to know of an expert: identity, sources, applied record digests."""

    id: str
    key: str
    sources: set[str]
    digests: set[str]
    stored: bool


def _known(rows: list[dict[str, Any]]) -> dict[str, _Known]:
    out = {}
    for row in rows:
        source = row.get("source") or []
        out[row["id"]] = _Known(row["id"], row["key"], set(source if isinstance(source, list) else [source]),
                                set(row.get("digests") or ()), stored=True)
    return out


def _same_person(record: ExpertRecord, candidate: _Known) -> bool:
    """Name + institution match; but a source that gave a different id for it means a namesake, not a duplicate."""
    return not (record.id and record.source and record.source in candidate.sources and candidate.id != record.id)


class BatchWriter:
    """Writes batches of validated records, one transaction each, while the next batch is being prepared.

    Batch N+1 is resolved and merged while batch N is in flight; the states of batch N overlay what the graph
    returns, so a person spread over both batches still merges correctly. Writes stay in order.
    """

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self.linked: set[tuple[str, str]] = set()  # PART_OF links written in this run
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ingest-write")
        self._pending: Future | None = None
        self._inflight: dict[str, ExpertState] = {}

    def write(self, records: list[ExpertRecord], summary: IngestSummary) -> None:
        """Resolve each record to one Expert, merge it with the stored facts and send the changed ones."""
        rows, changed = self._prepare(records, summary)
        self.flush()
        if rows:
            self._inflight = changed
            statement = cypher.UPSERT_MOVED_EXPERTS if any(r["moved"] for r in rows) else cypher.UPSERT_EXPERTS
            self._pending = self._pool.submit(self.store.write, statement, {"rows": rows})

    def flush(self) -> None:
        """Wait for the batch in flight; re-raise its error."""
        pending, self._pending = self._pending, None
        try:
            if pending is not None:
                pending.result()
        except BaseException:
            self.linked.clear()  # the batch did not land; its links may be missing
            raise
        finally:
            self._inflight = {}

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self._pool.shutdown(wait=True)

    def _prepare(self, records: list[ExpertRecord], summary: IngestSummary) -> tuple[list[dict], dict[str, ExpertState]]:
        inflight = dict(self._inflight)
        known = _known(self.store.read(cypher.EXPERTS_BY_ID, {"ids": [r.id for r in records if r.id]}).records())
        keyed = _known(self.store.read(cypher.EXPERTS_BY_KEY,
                                       {"keys": list({expert_key(r.name, r.institution) for r in records})}).records())
        known.update(keyed)
        for state in inflight.values():
            known[state.id] = _Known(state.id, state.key, set(state.sources), set(state.digests), stored=True)
        by_key: dict[str, list[str]] = {}
        for k in known.values():
            if k.id in keyed or k.id in inflight:
                by_key.setdefault(k.key, []).append(k.id)
        plan: list[tuple[ExpertRecord, str, str]] = []
        for record in records:
            digest = record_digest(record)
            if record.id and record.id in known:
                expert_id = record.id
            else:
                rkey = expert_key(record.name, record.institution)
                candidates = by_key.get(rkey, [])
                # An expert this very record was merged into before wins; otherwise any that is not a namesake.
                matches = [i for i in candidates if digest in known[i].digests] or [
                    i for i in candidates if _same_person(record, known[i])]
                expert_id = matches[0] if matches else record.id or derived_expert_id(record.name, record.institution)
            entry = known.get(expert_id)
            if entry is not None and digest in entry.digests:
                summary.unchanged += 1
                continue
            if entry is None:
                entry = known[expert_id] = _Known(expert_id, expert_key(record.name, record.institution), set(), set(),
                                                  stored=False)
                by_key.setdefault(entry.key, []).append(expert_id)
            entry.digests.add(digest)
            entry.sources.add(record.source or "")
            plan.append((record, expert_id, digest))
        to_load = {i for _, i, _ in plan if known[i].stored and i not in inflight}
        states = {**(_load_states(self.store, to_load) if to_load else {}), **inflight}
        changed: dict[str, ExpertState] = {}
        moved: set[str] = set()
        for record, expert_id, digest in plan:
            current = states.get(expert_id)
            merged = merge(current, record, expert_id, digest)
            if current is None:
                summary.created += 1
            elif _same(current, merged):
                summary.unchanged += 1
                continue
            else:
                summary.updated += 1
                if {key(i) for i in current.institutions} - {key(i) for i in merged.institutions}:
                    moved.add(expert_id)
            states[expert_id] = changed[expert_id] = merged
        now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        return [_upsert_row(s, now, self.linked, s.id in moved) for s in changed.values()], changed


def ingest(
    store: GraphStore,
    raw_records: Iterable[RawRecord],
    *,
    batch_size: int = 2000,
    rejects: TextIO | None = None,
    on_reject: Callable[[Rejection], None] | None = None,
) -> IngestSummary:
    """Validate and write records in batches; rejected records go to `rejects` as JSON lines.

    Parsing and validation run in a thread, so they overlap with the engine's work on the previous batch.
    """
    with _few_gc_passes():
        return _ingest(store, raw_records, batch_size, rejects, on_reject)


@contextlib.contextmanager
def _few_gc_passes():
    """Ingest allocates millions of small containers and frees none until a batch is done: the default cyclic-GC
    thresholds would scan them over and over (about a third of the run time), so raise them for the run."""
    before = gc.get_threshold()
    gc.set_threshold(200_000, 50, 100)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _ingest(store, raw_records, batch_size, rejects, on_reject) -> IngestSummary:
    summary = IngestSummary()
    batches: queue.Queue = queue.Queue(maxsize=4)
    stop = threading.Event()

    def produce() -> None:
        try:
            batch: list[ExpertRecord] = []
            for raw in raw_records:
                if stop.is_set():
                    return
                result = validate(raw)
                if isinstance(result, Rejection):
                    summary.rejected += 1
                    if rejects is not None:
                        rejects.write(json.dumps(result.to_json(), ensure_ascii=False, default=str) + "\n")
                    if on_reject:
                        on_reject(result)
                    continue
                batch.append(result)
                if len(batch) >= batch_size:
                    batches.put(batch)
                    batch = []
            batches.put(batch)
            batches.put(None)
        except BaseException as exc:  # handed to the consumer, which re-raises it
            batches.put(exc)

    producer = threading.Thread(target=produce, name="ingest-validate", daemon=True)
    producer.start()
    writer = BatchWriter(store)
    try:
        while (item := batches.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            if item:
                writer.write(item, summary)
    finally:
        writer.close()
        stop.set()
        while producer.is_alive():  # unblock a producer waiting on a full queue
            with contextlib.suppress(queue.Empty):
                batches.get(timeout=0.05)
        producer.join()
    return summary
