"""Reading raw records from JSONL and CSV files, with the file, line and field each came from.

Files are read as bytes, one physical line at a time, and each line is decoded on its own: a bad byte, a stray
quote or an over-long line costs only its own record, never the good rows around it, and memory stays bounded by
`max_record_bytes` however long a line is.
"""

from __future__ import annotations

import csv
import json
import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from errors import InputFileError

LIST_COLUMNS = ("fields", "directions", "awards")
MAX_RECORD_BYTES = 4 << 20  # one JSONL line or one CSV record (a quoted cell may span lines up to this size)
MAX_RECORD_LINES = 500  # physical lines one CSV record may span
EXCERPT_BYTES = 200  # what a reject keeps of a line that could not be read
BOM = b"\xef\xbb\xbf"
# name:year; the year part is any one Latin word or number after the last separator, so that a mistyped year
# (测试奖:abcd, 测试奖:99999) is checked as a year (and rejected as JSONL would) rather than kept in the name
_AWARD_YEAR = re.compile(r"^(?P<name>.*?)\s*[:：@]\s*(?P<year>[0-9A-Za-z]+)$")
_SKIP_CHUNK = 1 << 16


@dataclass(frozen=True)
class RawRecord:
    """One record as read, before validation; `error` (and the `field` it concerns) is set when it could not be read."""

    source: str
    line: int
    data: Any  # a dict, or the JSON text of a JSONL line, or an excerpt of an unreadable line
    error: str | None = None
    field: str | None = None


@dataclass(frozen=True)
class _Line:
    """One physical line: its text, or why it could not be read (then `raw` holds its bytes up to the limit)."""

    number: int
    text: str | None
    error: str | None = None
    raw: bytes = b""
    bad_at: int = -1  # offset of the first undecodable byte; -1 for a line skipped for its length


def _split(cell: str) -> list[str]:
    return [part.strip() for part in re.split(r"[;；]", cell) if part.strip()]


def _csv_award(item: str) -> Any:
    """'name:year' as {name, year} (the year validated as a record's, so a bad one is rejected), else the name."""
    match = _AWARD_YEAR.match(item)
    if not match:
        return item
    year = match["year"]
    return {"name": match["name"], "year": int(year) if year.isdigit() else year}


def csv_row_to_record(row: dict[str, str | None]) -> dict[str, Any]:
    """A CSV row as an ingest record: list columns split on ';', awards as 'name:year' or 'name'."""
    record: dict[str, Any] = {}
    for column, cell in row.items():
        if column is None:
            record["__extra_columns__"] = cell
            continue
        column = column.strip()
        if cell is None or cell.strip() == "":
            continue
        if column in LIST_COLUMNS:
            items = _split(cell)
            record[column] = [_csv_award(i) for i in items] if column == "awards" else items
        else:
            record[column] = cell
    return record


def excerpt(data: bytes, limit: int = EXCERPT_BYTES) -> str:
    """The first `limit` bytes of a line as text, bad bytes shown as U+FFFD, with '…' when cut."""
    text = data[:limit].decode("utf-8", "replace").rstrip("\r\n")
    return text + "…" if len(data) > limit else text


def _open(path: Path) -> BinaryIO:
    try:
        return path.open("rb")
    except OSError as exc:
        raise InputFileError(f"{path}: cannot read the file: {exc.strerror or exc}") from exc


def _physical_lines(fh: BinaryIO, limit: int) -> Iterator[_Line]:
    """Each physical line decoded on its own; a line over `limit` bytes is skipped after its first bytes."""
    number = 0
    while line := fh.readline(limit + 1):
        number += 1
        if number == 1 and line.startswith(BOM):
            line = line[len(BOM):]
        if len(line) > limit:
            head, rest = line[:EXCERPT_BYTES + 1], line
            while not rest.endswith(b"\n") and (rest := fh.readline(_SKIP_CHUNK)):
                pass  # the rest is skipped a chunk at a time, never held whole
            yield _Line(number, None, f"line is longer than the limit of {limit} bytes; it was skipped", head)
            continue
        try:
            yield _Line(number, line.decode("utf-8"))
        except UnicodeDecodeError as exc:
            yield _Line(number, None, f"not valid UTF-8: byte 0x{line[exc.start]:02x} at byte {exc.start + 1} "
                        "of the line", line, exc.start)


def _surrogate_path(value: Any, path: str = "") -> str | None:
    """Where in a JSON value a surrogate-escaped (undecodable) byte sits, as 'directions.0.name'."""
    if isinstance(value, str):
        return (path or "(record)") if any("\udc80" <= ch <= "\udcff" for ch in value) else None
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for k, v in items:
        here = f"{path}.{k}" if path else str(k)
        if isinstance(k, str) and _surrogate_path(k):
            return here
        if found := _surrogate_path(v, here):
            return found
    return None


def _json_field_at(line: bytes) -> str:
    """The JSON field holding a line's undecodable bytes, or '(record)' when the line is no JSON object."""
    try:
        value = json.loads(line.decode("utf-8", "surrogateescape"))
    except ValueError:
        return "(record)"
    return _surrogate_path(value) or "(record)"


def read_jsonl(path: Path, max_record_bytes: int = MAX_RECORD_BYTES) -> Iterator[RawRecord]:
    """One RawRecord per non-blank line; the JSON text itself is parsed during validation."""
    source = str(path)
    with _open(path) as fh:
        for line in _physical_lines(fh, max_record_bytes):
            if line.text is None:
                field = _json_field_at(line.raw) if line.bad_at >= 0 else "(record)"
                yield RawRecord(source, line.number, excerpt(line.raw), line.error, field)
            elif line.text.strip():
                yield RawRecord(source, line.number, line.text.rstrip("\r\n"))


def _open_quote(text: str, in_quotes: bool) -> int:
    """Where the quoted field still open at the end of this physical CSV line began (-1: none open).

    `in_quotes` is the state at the start of the line (True on a continuation line; then 0 means still open).
    Follows the csv module: a quote opens a field only at its start, and "" inside a quoted field is a quote.
    """
    opened, i, n = 0, 0, len(text)
    while (j := text.find('"', i)) >= 0:
        if in_quotes:
            if j + 1 < n and text[j + 1] == '"':
                i = j + 2
                continue
            in_quotes = False
        elif j == 0 or text[j - 1] == ",":
            in_quotes, opened = True, j
        i = j + 1
    return opened if in_quotes else -1


def _column(prefix: str, header: list[str]) -> str:
    """The header name of the column a CSV line is in after `prefix`."""
    index = len(next(csv.reader([prefix]), [""])) - 1 if prefix else 0
    return header[index] if 0 <= index < len(header) else f"column {index + 1}"


def _text_excerpt(text: str) -> str:
    return excerpt(text.encode("utf-8"))


def read_csv(path: Path, max_record_bytes: int = MAX_RECORD_BYTES,
             max_record_lines: int = MAX_RECORD_LINES) -> Iterator[RawRecord]:
    """One RawRecord per CSV record (header first, BOM allowed); quoted cells may span lines within the limits.

    A quote that does not close within the limits, or a record spanning lines that does not close cleanly or ends up
    with the wrong number of cells, is taken for a stray quote: that record's first line is rejected and reading resumes on its second line.
    """
    source = str(path)
    with _open(path) as fh:
        stream = _physical_lines(fh, max_record_bytes)
        back: deque[_Line] = deque()
        header: list[str] | None = None

        def take() -> _Line | None:
            return back.popleft() if back else next(stream, None)

        def stray(first: _Line, consumed: list[_Line], why: str, field: str) -> RawRecord:
            back.extendleft(reversed(consumed[1:]))
            if header is None:
                raise InputFileError(f"{path}: line {first.number}: the header cannot be read: {why}")
            return RawRecord(source, first.number, _text_excerpt(first.text or ""), why, field)

        while (first := take()) is not None:
            if first.text is None:
                if header is None:
                    raise InputFileError(f"{path}: line {first.number}: the header cannot be read: {first.error}")
                bad = first.raw[:first.bad_at].decode("utf-8", "replace")
                field = _column(bad, header) if first.bad_at >= 0 else "(record)"
                yield RawRecord(source, first.number, excerpt(first.raw), first.error, field)
                continue
            consumed, parts, size = [first], [first.text], len(first.text)
            opened = _open_quote(first.text, False) if '"' in first.text else -1
            still_open = opened >= 0
            while still_open:
                nxt = take()
                if nxt is not None:
                    consumed.append(nxt)
                if nxt is None or nxt.text is None or size + len(nxt.text) > max_record_bytes \
                        or len(consumed) > max_record_lines:
                    break
                parts.append(nxt.text)
                size += len(nxt.text)
                still_open = _open_quote(nxt.text, True) >= 0
            if still_open:
                yield stray(first, consumed, f"quoted cell not closed within {max_record_lines} lines or "
                            f"{max_record_bytes} bytes (a stray quote?)", _column(first.text[:opened], header or []))
                continue
            try:
                # A quoted cell spanning lines must close cleanly (quote, then delimiter or end of line).
                cells = next(csv.reader(parts, strict=len(parts) > 1), [])
            except csv.Error as exc:
                if len(parts) > 1:
                    yield stray(first, consumed, f"a quoted cell spans {len(consumed)} lines and does not close "
                                f"cleanly ({exc}; a stray quote?)", _column(first.text[:opened], header or []))
                    continue
                yield RawRecord(source, first.number, _text_excerpt("".join(parts)), f"malformed CSV: {exc}",
                                "(record)")
                continue
            if header is None:
                header = [c.strip() for c in cells]
                if not any(header):
                    raise InputFileError(f"{path}: line {first.number}: the header row is empty")
                named = [c for c in header if c]
                if repeated := next((c for i, c in enumerate(named) if c in named[:i]), None):
                    raise InputFileError(f"{path}: line {first.number}: the header has the column {repeated!r} twice "
                                         "(which one holds the value?); nothing was read from this file")
                continue
            if not cells:
                continue  # a blank line
            if len(consumed) > 1 and len(cells) != len(header):
                yield stray(first, consumed, f"a quoted cell spans {len(consumed)} lines and leaves {len(cells)} "
                            f"cells where the header has {len(header)} (a stray quote?)",
                            _column(first.text[:opened], header))
                continue
            if len(cells) > len(header):
                yield RawRecord(source, first.number, dict(zip(header, cells)),
                                f"more cells than header columns ({len(cells)} > {len(header)})", "(record)")
                continue
            yield RawRecord(source, first.number, csv_row_to_record(dict(zip(header, cells))))


def read_records(path: Path, max_record_bytes: int = MAX_RECORD_BYTES) -> Iterator[RawRecord]:
    """Raw records from a .jsonl/.ndjson/.json (one object per line) or .csv file."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return read_csv(path, max_record_bytes)
    if suffix in (".jsonl", ".ndjson", ".json"):
        return read_jsonl(path, max_record_bytes)
    raise InputFileError(f"{path}: unsupported file type {suffix!r}; use .jsonl or .csv")
