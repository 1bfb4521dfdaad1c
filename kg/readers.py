"""Reading raw records from JSONL and CSV files, with the file and line each came from."""

from __future__ import annotations

import csv
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
    data: Any  # a dict, or the JSON text of a JSONL line
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
    """One RawRecord per non-blank line; the JSON text itself is parsed during validation."""
    with path.open("rb") as fh:
        for lineno, line in enumerate(fh, start=1):
            try:
                text = line.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield RawRecord(str(path), lineno, line[:500].decode("utf-8", "replace"), f"not valid UTF-8: {exc.reason}")
                continue
            if text.strip():
                yield RawRecord(str(path), lineno, text.rstrip("\r\n"))


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
