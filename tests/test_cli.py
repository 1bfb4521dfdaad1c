"""The `expertglm` command line end to end, in real subprocesses against the real embedded graph."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

from kg import cypher
from kg.connect import open_store

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"


def _cli(env, *args, check=True, timeout=300):
    proc = subprocess.run([sys.executable, "-m", "expertglm", *args], env=env, capture_output=True, text=True,
                          timeout=timeout)
    if check:
        assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc


def test_quickstart_loads_demo_and_prints_matches(cli_env):
    out = _cli(cli_env, "quickstart", "--experts", "300").stdout
    assert "created 300" in out
    assert "300 experts indexed" in out
    assert "1. " in out and "研究方向" in out and "· " in out
    again = _cli(cli_env, "quickstart", "--experts", "300").stdout
    assert "created 0, updated 0, unchanged 300" in again
    assert "in step with the graph" in again


def test_ingest_exit_status_and_summary(cli_env, tmp_path):
    data = tmp_path / "x.jsonl"
    data.write_text('{"name": "甲", "fields": ["化学"]}\n{"name": 5}\n', encoding="utf-8")
    rejects = tmp_path / "rejects.jsonl"
    proc = _cli(cli_env, "ingest", str(data), "--rejects", str(rejects), check=False)
    assert proc.returncode == 1
    assert "created 1, updated 0, unchanged 0, rejected 1" in proc.stdout
    assert f"{data}:2: name:" in proc.stderr
    assert json.loads(rejects.read_text(encoding="utf-8"))["line"] == 2
    assert _cli(cli_env, "ingest", str(data), "--rejects", str(rejects), check=False).returncode == 1
    ok = tmp_path / "ok.csv"
    ok.write_text("name,fields\n甲,化学\n", encoding="utf-8")
    assert "created 0, updated 0, unchanged 1" in _cli(cli_env, "ingest", str(ok)).stdout


def test_ingest_warns_of_an_id_given_twice_and_refuses_a_repeated_column(cli_env, tmp_path):
    dups = tmp_path / "dups.jsonl"
    dups.write_text('{"id": "t-dup", "name": "重复甲"}\n{"id": "t-other", "name": "别人"}\n'
                    '{"id": "t-dup", "name": "重复乙"}\n', encoding="utf-8")
    proc = _cli(cli_env, "ingest", str(dups), "--no-progress")  # the run succeeds
    assert "created 2, updated 1" in proc.stdout
    assert [line for line in proc.stderr.splitlines() if line.startswith("warning:")] == [
        f"warning: {dups}:3: id 't-dup' was already given on line 1; this record was merged into that expert (its "
        "name and any institution, title or bio it gives replace the earlier ones)"]
    twice = tmp_path / "twice.csv"
    twice.write_text("id,name,name\nt-2,甲,乙\n", encoding="utf-8")
    proc = _cli(cli_env, "ingest", str(twice), "--no-progress", check=False)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines() == [f"error: {twice}: line 1: the header has the column 'name' twice "
                                                "(which one holds the value?); nothing was read from this file"]


def test_killed_ingest_leaves_whole_batches_and_rerun_completes(cli_env, settings, tmp_path):
    data = tmp_path / "demo.jsonl"
    assert "wrote 6000" in _cli(cli_env, "demo-data", "--experts", "6000", "--seed", "3", "-o", str(data)).stdout
    proc = subprocess.Popen([sys.executable, "-m", "expertglm", "ingest", str(data), "--batch-size", "500"],
                            env=cli_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open_store(settings) as store:
        deadline = time.monotonic() + 120
        while store.read(cypher.EXPERT_COUNT).value(0) < 1000 and time.monotonic() < deadline:
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        partial = store.read(cypher.EXPERT_COUNT).value()
        assert 0 < partial < 6000 and partial % 500 == 0
        # Every stored expert is whole: it has its institution and all its directions.
        broken = store.read(
            "MATCH (e:Expert) WHERE NOT (e)-[:AFFILIATED_WITH]->() OR NOT (e)-[:WORKS_ON]->() RETURN count(e)"
        ).value()
        assert broken == 0
        out = _cli(cli_env, "ingest", str(data)).stdout
        assert f"created {6000 - partial}, updated 0, unchanged {partial}, rejected 0" in out
        assert store.read(cypher.EXPERT_COUNT).value() == 6000


def test_cypher_formats_and_schema(cli_env, tmp_path):
    data = tmp_path / "d.jsonl"
    _cli(cli_env, "demo-data", "--experts", "50", "-o", str(data))
    _cli(cli_env, "ingest", str(data))
    rows = json.loads(_cli(cli_env, "cypher", "MATCH (e:Expert {id: $id})-[:AFFILIATED_WITH]->(i) RETURN e, i.name AS inst",
                           "-p", "id=paper-3", "--format", "json").stdout)
    assert rows[0]["e"]["name"] == "王振义" and rows[0]["e"]["_labels"] == ["Expert"]
    assert "瑞金医院" in rows[0]["inst"]
    csv_out = _cli(cli_env, "cypher", "MATCH (e:Expert) RETURN count(e) AS n", "--format", "csv").stdout
    assert csv_out.splitlines() == ["n", "50"]
    schema = json.loads(_cli(cli_env, "schema", "--json").stdout)
    assert schema["labels"]["Expert"] == 50
    assert set(schema["relationships"]) == {"AFFILIATED_WITH", "IN_FIELD", "WORKS_ON", "PART_OF", "RECEIVED"}
    bad = _cli(cli_env, "cypher", "MATCH (n RETURN n", check=False)
    assert bad.returncode == 2 and "error:" in bad.stderr
    assert _cli(cli_env, "cypher", "RETURN 1", "-p", "no-equals", check=False).returncode == 2


def test_ingest_path_does_not_import_the_ml_stack():
    code = ("import sys, expertglm.cli, kg.ingest, kg.connect, kg.demo; "
            "print(sorted(m for m in ('torch', 'transformers', 'faiss', 'sentence_transformers', 'numpy') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_ci_runs_the_readme_test_command():
    readme = README.read_text(encoding="utf-8")
    test_command = next(line for line in readme.splitlines() if line.rstrip().endswith("python -m pytest"))
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
