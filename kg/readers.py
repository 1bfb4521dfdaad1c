"""Reading raw records from JSONL and CSV files, with the file and line each came from."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

LIST_COLUMNS = ("fields", "directions", "awards")
_AWARD_YEAR = re.compile(r"^(?P<name>.*?)\s*[:：@]\s*(?P<year>\d{4})$")


@dataclass(frozen=True)
class RawRecord:
    """One record as read, before validation; `error` is set when the line itself could not be parsed."""

    source: str
    line: int
    data: Any
    error: str | None = None


def _split(cell: str) -> list[str]:
    return [part.strip() for part in re.split(r"[;；]", cell) if part.strip()]


def _csv_award(item: str) -> Any:
    match = _AWARD_YEAR.match(item)
    return {"name": match["name"], "year": int(match["year"])} if match else item


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


def read_jsonl(path: Path) -> Iterator[RawRecord]:
    with path.open("r", encoding="utf-8", errors="strict", newline="") as fh:
        lineno = 0
        while True:
            try:
                line = fh.readline()
            except UnicodeDecodeError as exc:
                yield RawRecord(str(path), lineno + 1, None, f"not valid UTF-8: {exc.reason}")
                return
            if not line:
                return
            lineno += 1
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                yield RawRecord(str(path), lineno, line.rstrip("\n")[:500], f"malformed JSON: {exc.msg} (column {exc.colno})")
                continue
            if not isinstance(data, dict):
                yield RawRecord(str(path), lineno, data, f"expected a JSON object, got {type(data).__name__}")
                continue
            yield RawRecord(str(path), lineno, data)


def read_csv(path: Path) -> Iterator[RawRecord]:
    with path.open("r", encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        try:
            for row in reader:
                record = csv_row_to_record(row)
                if "__extra_columns__" in record:
                    yield RawRecord(str(path), reader.line_num, row, "more cells than header columns")
                    continue
                yield RawRecord(str(path), reader.line_num, record)
        except (csv.Error, UnicodeDecodeError) as exc:
            yield RawRecord(str(path), reader.line_num, None, f"malformed CSV: {exc}")


def read_records(path: Path) -> Iterator[RawRecord]:
    """Raw records from a .jsonl/.ndjson/.json (one object per line) or .csv file."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return read_csv(path)
    if suffix in (".jsonl", ".ndjson", ".json"):
        return read_jsonl(path)
    raise ValueError(f"{path}: unsupported file type {suffix!r}; use .jsonl or .csv")
