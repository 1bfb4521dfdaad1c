"""Readers never lose good rows: bad bytes, stray quotes, BOMs and over-long lines cost only their own record."""

from __future__ import annotations

import json
import tracemalloc

import pytest

from errors import InputFileError
from kg.ingest import RejectsWriter, ingest, validate
from kg.readers import EXCERPT_BYTES, read_records

HEADER = "id,name,institution,fields,bio"


def _good_csv_rows(start: int, count: int) -> list[str]:
    return [f"c{i},专家{i},浙江大学,化学工程,简介{i}" for i in range(start, start + count)]


def _ok(raws) -> list:
    return [r for r in raws if not r.error]


def _bad(raws) -> list:
    return [r for r in raws if r.error]


def test_csv_stray_quote_costs_only_its_own_row(tmp_path):
    path = tmp_path / "experts.csv"
    rows = [HEADER, *_good_csv_rows(0, 2), 'c-bad,"王五,浙江大学,化学工程,简介', *_good_csv_rows(2, 520)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    raws = list(read_records(path))
    assert len(_ok(raws)) == 522
    [bad] = _bad(raws)
    assert (bad.line, bad.field) == (4, "name")
    assert "stray quote" in bad.error
    assert [r.data["id"] for r in _ok(raws)][2] == "c2"  # reading resumed on the line after the stray quote


def test_csv_stray_quote_closed_by_a_later_quote_still_costs_one_row(tmp_path):
    path = tmp_path / "experts.csv"
    rows = [HEADER, 'c-bad,"王五,浙江大学,化学工程,简介', *_good_csv_rows(0, 30), 'c99,"赵六",浙江大学,化学工程,"多行\n简介"']
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    raws = list(read_records(path))
    assert [r.line for r in _bad(raws)] == [2]
    ok = _ok(raws)
    assert len(ok) == 31
    assert ok[-1].data == {"id": "c99", "name": "赵六", "institution": "浙江大学", "fields": ["化学工程"],
                           "bio": "多行\n简介"}  # a quoted cell with an embedded newline is still one record
    assert ok[-1].line == 33


def test_csv_invalid_utf8_costs_only_its_own_row_and_names_the_column(tmp_path):
    path = tmp_path / "experts.csv"
    good = "\n".join([HEADER, *_good_csv_rows(0, 3)]).encode("utf-8")
    bad = "c9,王五,".encode("utf-8") + b"\xff\xfe\xe5" + ",化学工程,简介".encode("utf-8")
    path.write_bytes(good + b"\n" + bad + b"\n" + "\n".join(_good_csv_rows(3, 400)).encode("utf-8") + b"\n")
    raws = list(read_records(path))
    assert len(_ok(raws)) == 403
    [rejected] = _bad(raws)
    assert (rejected.line, rejected.field) == (5, "institution")
    assert "not valid UTF-8" in rejected.error and "0xff" in rejected.error


def test_csv_bom_is_accepted(tmp_path):
    path = tmp_path / "experts.csv"
    path.write_bytes(b"\xef\xbb\xbf" + "\n".join([HEADER, *_good_csv_rows(0, 2)]).encode("utf-8") + b"\n")
    raws = list(read_records(path))
    assert [r.data["id"] for r in raws] == ["c0", "c1"] and not _bad(raws)


def test_csv_unreadable_header_is_a_clear_file_error(tmp_path):
    path = tmp_path / "experts.csv"
    path.write_bytes(b"id,n\xffame\nc1,x\n")
    with pytest.raises(InputFileError, match="line 1: the header cannot be read"):
        list(read_records(path))


def test_jsonl_bom_is_accepted(tmp_path):
    path = tmp_path / "experts.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"name": "张三"}, ensure_ascii=False).encode("utf-8") + b"\n")
    [raw] = list(read_records(path))
    assert not isinstance(validate(raw), type(None)) and validate(raw).name == "张三"


def test_jsonl_invalid_utf8_names_line_and_field(tmp_path):
    path = tmp_path / "experts.jsonl"
    lines = [json.dumps({"name": "甲"}, ensure_ascii=False).encode("utf-8"),
             b'{"name": "\xe4\xb9\x99", "bio": "ab\xffcd"}',
             json.dumps({"name": "丙"}, ensure_ascii=False).encode("utf-8")]
    path.write_bytes(b"\n".join(lines) + b"\n")
    raws = list(read_records(path))
    assert [r.line for r in _ok(raws)] == [1, 3]
    [bad] = _bad(raws)
    assert (bad.line, bad.field) == (2, "bio")
    assert "not valid UTF-8" in bad.error


def test_overlong_line_is_rejected_by_its_start_in_bounded_memory(tmp_path):
    path = tmp_path / "experts.jsonl"
    huge = b'{"name": "x", "bio": "' + b"y" * (30 << 20) + b'"}'
    path.write_bytes(b'{"name": "a"}\n' + huge + b'\n{"name": "b"}\n')
    tracemalloc.start()
    try:
        raws = list(read_records(path, max_record_bytes=1 << 20))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 << 20  # the 30 MB line is never held whole
    assert [r.line for r in _ok(raws)] == [1, 3]
    [bad] = _bad(raws)
    assert bad.line == 2 and "longer than the limit" in bad.error
    assert bad.data.startswith('{"name": "x"') and len(bad.data.encode("utf-8")) <= EXCERPT_BYTES + 3


def test_rejects_keep_an_excerpt_and_the_file_is_size_capped(store, tmp_path):
    path = tmp_path / "experts.jsonl"
    lines = [json.dumps({"name": f"专家{i}", "bio": "长" * 30_000}, ensure_ascii=False) for i in range(40)]
    path.write_text("\n".join([*lines, json.dumps({"name": "好人"}, ensure_ascii=False)]) + "\n", encoding="utf-8")
    out = tmp_path / "rejects.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        summary = ingest(store, read_records(path), rejects=RejectsWriter(fh, max_bytes=20_000))
    assert (summary.created, summary.rejected) == (1, 40)
    written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    rejects, notes = [r for r in written if "line" in r], [r for r in written if "note" in r]
    assert len(notes) == 1 and "size limit" in notes[0]["note"]
    assert 0 < len(rejects) < 40 and summary.rejects_not_written == 40 - len(rejects)
    assert all(r["field"] == "bio" and r["record_chars"] > 30_000 and len(r["record"]) <= 1001 for r in rejects)
    assert sum(len(line.encode("utf-8")) + 1 for line in out.read_text(encoding="utf-8").splitlines()) < 20_500
    assert "not written" in str(summary)
