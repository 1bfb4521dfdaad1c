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
from kg.places import locate_institutions
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
    # key -> (name, the years it was won in, earliest first; () when none is known): one RECEIVED relationship, its
    # `year` the latest and `years` all of them when more than one (冯端: 国家自然科学奖二等奖 1982, 2003 and 2004)
    awards: dict[str, tuple[str, tuple[int, ...]]] = field(default_factory=dict)
    digests: tuple[str, ...] = ()  # digests of the records already applied, so re-runs skip them unread


@dataclass
class IngestSummary:
    """What an ingest run did, per record."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    rejects_path: str | None = None
    rejects_not_written: int = 0  # rejects past the rejects file's size limit: counted, not written

    @property
    def total(self) -> int:
        return self.created + self.updated + self.unchanged + self.rejected

    def __str__(self) -> str:
        text = (
            f"created {self.created}, updated {self.updated}, unchanged {self.unchanged}, rejected {self.rejected}"
        )
        if self.rejected and self.rejects_path:
            text += f" (rejects written to {self.rejects_path})"
        if self.rejects_not_written:
            text += f" ({self.rejects_not_written} rejects past the rejects file size limit were not written)"
        return text


MAX_REJECT_RECORD_CHARS = 1000  # of a rejected record, a reject keeps this much
MAX_REJECT_MESSAGE_CHARS = 500
MAX_REJECTS_BYTES = 20 << 20  # the rejects file stops here, with a note


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


@dataclass(frozen=True)
class Rejection:
    """Why one record was refused."""

    source: str
    line: int
    field: str
    message: str
    data: Any

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.field}: {_cut(self.message, MAX_REJECT_MESSAGE_CHARS)}"

    def to_json(self) -> dict[str, Any]:
        """The reject as a JSON object; a record over MAX_REJECT_RECORD_CHARS is kept as a cut excerpt."""
        out = {"file": self.source, "line": self.line, "field": self.field,
               "error": _cut(self.message, MAX_REJECT_MESSAGE_CHARS), "record": self.data}
        text = self.data if isinstance(self.data, str) else json.dumps(self.data, ensure_ascii=False, default=str)
        if len(text) > MAX_REJECT_RECORD_CHARS:
            out["record"] = _cut(text, MAX_REJECT_RECORD_CHARS)
            out["record_chars"] = len(text)
        return out


class RejectsWriter:
    """Rejects as JSON lines, up to `max_bytes`: then one note line, and later rejects are only counted.

    Share one writer between several ingest calls to cap their rejects file as a whole.
    """

    def __init__(self, out: TextIO, max_bytes: int = MAX_REJECTS_BYTES) -> None:
        self.out = out
        self.max_bytes = max_bytes
        self.written_bytes = 0
        self.not_written = 0

    def add(self, rejection: Rejection) -> bool:
        """Write one reject; False when the size limit kept it out."""
        line = json.dumps(rejection.to_json(), ensure_ascii=False, default=str) + "\n"
        size = len(line.encode("utf-8"))
        if not self.not_written and self.written_bytes + size <= self.max_bytes:
            self.out.write(line)
            self.written_bytes += size
            return True
        if not self.not_written:
            self.out.write(json.dumps({"note": f"rejects file size limit of {self.max_bytes} bytes reached at "
                                               f"{rejection.source}:{rejection.line}; later rejects are counted in "
                                               "the summary but not written"}, ensure_ascii=False) + "\n")
        self.not_written += 1
        return False


def validate(raw: RawRecord) -> ExpertRecord | Rejection:
    """The record as an ExpertRecord, or a Rejection naming file, line and field."""
    if raw.error:
        return Rejection(raw.source, raw.line, raw.field or "(record)", raw.error, raw.data)
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
    years = {n: ys for n, ys in row.get("award_years") or [] if n and ys}
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
        awards={key(n): (n, tuple(sorted(years.get(n) or ([y] if y else []))))
                for n, y in row.get("awards") or [] if n},
        digests=tuple(row.get("digests") or ()),
    )


def record_digest(record: ExpertRecord) -> str:
    """A short fingerprint of a validated record's content."""
    return hashlib.sha1(record.model_dump_json().encode("utf-8")).hexdigest()[:16]


# Validated text is already in display form (kg.normalize.clean is idempotent), so its identity key is a casefold.
_k = str.casefold


def _record_key(record: ExpertRecord) -> str:
    """kg.normalize.expert_key of a validated record, without normalising its clean text again."""
    return f"{_k(record.name)}|{_k(record.institution or '')}"


def merge(current: ExpertState | None, record: ExpertRecord, expert_id: str, digest: str = "") -> ExpertState:
    """Facts of `record` added to `current`: lists are unions, given scalars replace, absent ones keep."""
    base = current or ExpertState(id=expert_id, key="", name=record.name)
    fields = dict(base.fields)
    for name in record.fields:
        fields.setdefault(_k(name), name)
    directions = dict(base.directions)
    direction_fields = set(base.direction_fields)
    lone_field = record.fields[0] if len(record.fields) == 1 else None
    for d in record.directions:
        dkey = _k(d.name)
        directions.setdefault(dkey, d.name)
        parent = d.field or lone_field
        if parent:
            fkey = _k(parent)
            fields.setdefault(fkey, parent)
            direction_fields.add((dkey, fkey))
    awards = dict(base.awards)
    for a in record.awards:
        akey = _k(a.name)
        name, years = awards.get(akey, (a.name, ()))
        awards[akey] = (name, tuple(sorted({*years, a.year})) if a.year is not None else years)
    institutions = (record.institution,) if record.institution else base.institutions
    sources = tuple(sorted(set(base.sources) | ({record.source} if record.source else set())))
    return ExpertState(
        id=base.id,
        key=f"{_k(record.name)}|{_k(institutions[0]) if institutions else ''}",
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


def _named(k: str, name: str) -> list[str | None]:
    """[name, key]; the key is left out (null) when it equals the name, as it does for most Chinese text."""
    return [name, None if k == name else k]


def _upsert_row(state: ExpertState, linked: set[tuple[str, str]], moved: bool) -> list[Any]:
    """The compact UPSERT_EXPERTS row for a state (see kg.cypher); PART_OF links already written in this run
    (`linked`) are left out. Lists, not maps: FalkorDB parses parameters from the query text, so size counts."""
    field_names = state.fields
    parents: dict[str, list[list[str | None]]] = {}
    for d, f in sorted(state.direction_fields - linked):
        if f in field_names:
            parents.setdefault(d, []).append(_named(f, field_names[f]))
            linked.add((d, f))
    return [
        state.id, state.name, state.key, state.title, state.bio, list(state.sources), list(state.digests), moved,
        [_named(_k(i), i) for i in state.institutions],
        [_named(k, n) for k, n in state.fields.items()],
        [[n, None if k == n else k, parents.get(k, [])] for k, n in state.directions.items()],
        [[n, None if k == n else k, max(ys, default=None), list(ys) if len(ys) > 1 else None]
         for k, (n, ys) in state.awards.items()],
    ]


def _load_states(store: GraphStore, ids: Iterable[str]) -> dict[str, ExpertState]:
    rows = store.read(cypher.EXPERT_STATES, {"ids": list(ids)}).records()
    return {row["id"]: _state_from_row(row) for row in rows}


@dataclass(slots=True)
class _Known:
    """What resolving a record needs to know of an expert: identity key, sources, applied record digests."""

    key: str
    sources: set[str]
    digests: set[str]


def _same_person(record: ExpertRecord, expert_id: str, candidate: _Known) -> bool:
    """Name + institution match; but a source that gave a different id for it means a namesake, not a duplicate."""
    return not (record.id and record.source and record.source in candidate.sources and expert_id != record.id)


def _new_key(record: ExpertRecord, old_key: str) -> str:
    """The identity key after applying `record`: its name with its institution, else the one already known."""
    if record.institution:
        return _record_key(record)
    return f"{_k(record.name)}|{old_key.partition('|')[2]}"


class BatchWriter:
    """Writes batches of validated records, one transaction each, while the next batch is being prepared.

    Identity: an explicit `id` is the expert; a record without one (or one with `merge_by_name`) joins the expert of
    the same name + institution. What each record did is remembered for the rest of the run, so later records (in
    the same batch or a later one, even while the earlier batch is still in flight) see renames and new experts.
    When the graph holds no expert at the start, nothing needs to be read back at all.
    """

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self.linked: set[tuple[str, str]] = set()  # PART_OF links written in this run
        self.known: dict[str, _Known] = {}  # every expert this run has looked up or written
        self.by_key: dict[str, list[str]] = {}  # identity key -> ids, for the experts in `known`
        self.empty_at_start = not store.read(cypher.EXPERT_COUNT).value()
        self.now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ingest-write")
        self._pending: Future | None = None
        self._inflight: dict[str, ExpertState] = {}

    def write(self, records: list[ExpertRecord], summary: IngestSummary) -> None:
        """Resolve each record to one Expert, merge it with the stored facts and send the changed ones."""
        rows, changed = self._prepare(records, summary)
        self.flush()
        if rows:
            self._inflight = changed
            statement = cypher.UPSERT_MOVED_EXPERTS if any(r[7] for r in rows) else cypher.UPSERT_EXPERTS
            self._pending = self._pool.submit(self.store.write, statement, {"rows": rows, "now": self.now})

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

    def _remember(self, expert_id: str, entry: _Known) -> None:
        self.known[expert_id] = entry
        self.by_key.setdefault(entry.key, []).append(expert_id)

    def _rekey(self, expert_id: str, entry: _Known, new_key: str) -> None:
        if new_key != entry.key:
            ids = self.by_key.get(entry.key, [])
            if expert_id in ids:
                ids.remove(expert_id)
            entry.key = new_key
            self.by_key.setdefault(new_key, []).append(expert_id)

    def _look_up(self, records: list[ExpertRecord]) -> None:
        """Read the experts these records could resolve to (by id, derived id or key) that the run does not know."""
        if self.empty_at_start:
            return
        ids, keys = set(), set()
        for r in records:
            if r.id:
                ids.add(r.id)
            if not r.id or r.merge_by_name:
                keys.add(_record_key(r))
                if not r.id:
                    ids.add(derived_expert_id(r.name, r.institution))
        ids.difference_update(self.known)
        rows = self.store.read(cypher.EXPERTS_BY_ID_OR_KEY, {"ids": list(ids), "keys": list(keys)}).records()
        for row in rows:
            if row["id"] not in self.known:
                source = row.get("source") or []
                self._remember(row["id"], _Known(row["key"], set(source if isinstance(source, list) else [source]),
                                                 set(row.get("digests") or ())))

    def _resolve(self, record: ExpertRecord, rkey: str, digest: str) -> str:
        """The id of the expert a record (with identity key `rkey`) is about."""
        if record.id and not (record.merge_by_name and record.id not in self.known):
            return record.id
        candidates = self.by_key.get(rkey, [])
        # An expert this very record was merged into before wins; otherwise any that is not a namesake.
        matches = [i for i in candidates if digest in self.known[i].digests] or [
            i for i in candidates if _same_person(record, i, self.known[i])]
        if matches:
            return matches[0]
        if record.id:
            return record.id
        expert_id = derived_expert_id(record.name, record.institution)
        n = 1
        while expert_id in self.known and self.known[expert_id].key != rkey:  # that expert was renamed since
            n += 1
            expert_id = f"{derived_expert_id(record.name, record.institution)}-{n}"
        return expert_id

    def _prepare(self, records: list[ExpertRecord], summary: IngestSummary) -> tuple[list[list], dict[str, ExpertState]]:
        self._look_up(records)
        inflight = self._inflight
        plan: list[tuple[ExpertRecord, str, str]] = []
        created_here: set[str] = set()
        for record in records:
            digest = record_digest(record)
            rkey = _record_key(record)
            expert_id = self._resolve(record, rkey, digest)
            entry = self.known.get(expert_id)
            if entry is not None and digest in entry.digests:
                summary.unchanged += 1
                continue
            if entry is None:
                entry = _Known(rkey, set(), set())
                self._remember(expert_id, entry)
                created_here.add(expert_id)
            else:
                self._rekey(expert_id, entry, _new_key(record, entry.key))
            entry.digests.add(digest)
            entry.sources.add(record.source or "")
            plan.append((record, expert_id, digest))
        to_load = {i for _, i, _ in plan if i not in created_here and i not in inflight}
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
        return [_upsert_row(s, self.linked, s.id in moved) for s in changed.values()], changed


def ingest(
    store: GraphStore,
    raw_records: Iterable[RawRecord],
    *,
    batch_size: int = 2000,
    rejects: TextIO | RejectsWriter | None = None,
    on_reject: Callable[[Rejection], None] | None = None,
    on_duplicate: Callable[[str], None] | None = None,
) -> IngestSummary:
    """Validate and write records in batches; rejected records go to `rejects` as JSON lines (size-capped).

    `on_duplicate`, when given, is told (a `file:line: …` message) of each record whose id an earlier record of the
    same file already gave: both are applied, the later merged into the earlier as any record of that id would be,
    which a hand-written file rarely means (importers, whose sources repeat a person on purpose, pass None).
    Parsing and validation run in a thread, so they overlap with the engine's work on the previous batch. Last,
    the institutions' places of the shipped table are written onto their nodes (kg/places.py).
    """
    with _few_gc_passes():
        summary, institutions = _ingest(store, raw_records, batch_size, rejects, on_reject, on_duplicate)
    locate_institutions(store, institutions)  # the places the table knows of the run's institutions (kg/places.py)
    return summary


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


def _ingest(store, raw_records, batch_size, rejects, on_reject, on_duplicate=None) -> tuple[IngestSummary, set[str]]:
    summary = IngestSummary()
    institutions: set[str] = set()  # every institution a valid record names, changed or not
    sink = rejects if rejects is None or isinstance(rejects, RejectsWriter) else RejectsWriter(rejects)
    batches: queue.Queue = queue.Queue(maxsize=4)
    stop = threading.Event()

    def produce() -> None:
        try:
            batch: list[ExpertRecord] = []
            first_line: dict[str, int] = {}  # id -> the line that first gave it, in the current file
            source = None
            for raw in raw_records:
                if stop.is_set():
                    return
                result = validate(raw)
                if isinstance(result, Rejection):
                    summary.rejected += 1
                    if sink is not None and not sink.add(result):
                        summary.rejects_not_written += 1
                    if on_reject:
                        on_reject(result)
                    continue
                if on_duplicate is not None and result.id is not None:
                    if raw.source != source:
                        source, first_line = raw.source, {}
                    if (line := first_line.setdefault(result.id, raw.line)) != raw.line:
                        on_duplicate(f"{raw.source}:{raw.line}: id {result.id!r} was already given on line {line}; "
                                     "this record was merged into that expert (its name and any institution, title "
                                     "or bio it gives replace the earlier ones)")
                batch.append(result)
                if result.institution:
                    institutions.add(result.institution)
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
    return summary, institutions
