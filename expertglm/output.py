"""Printing query results as a table, JSON or CSV."""

from __future__ import annotations

import csv
import json
import sys
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table

from kg.store import QueryResult, to_plain


def _cell(value: Any) -> str:
    value = to_plain(value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else str(value)


def print_result(result: QueryResult, fmt: str, out: TextIO | None = None) -> None:
    """Write `result` to `out` (stdout by default) as 'table', 'json' (a list of row objects) or 'csv'."""
    out = out or sys.stdout
    if fmt == "json":
        out.write(json.dumps([to_plain(r) for r in result.records()], ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(result.columns)
        writer.writerows([[_cell(v) for v in row] for row in result.rows])
    else:
        table = Table(*result.columns, show_lines=False)
        for row in result.rows:
            table.add_row(*[_cell(v) for v in row])
        Console(file=out, width=200 if not out.isatty() else None).print(table)
        out.write(f"{len(result.rows)} row(s)\n")
