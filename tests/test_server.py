"""The embedded FalkorDB server: private, loopback-only, persistent across restarts."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys

import pytest
import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from kg import falkordb_server
from kg.connect import StoreSettings, open_store
from kg.store import ReadOnlyViolation


def _cli(env, *args, check=True):
    proc = subprocess.run([sys.executable, "-m", "expertglm", *args], env=env, capture_output=True, text=True, timeout=120)
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


def test_server_is_private_and_loopback(expertglm_home):
    info = falkordb_server.running(expertglm_home)
    assert info is not None and info.host == "127.0.0.1"
    sdir = expertglm_home / "falkordb"
    for name in ("password", "redis.conf", "server.json"):
        assert stat.S_IMODE((sdir / name).stat().st_mode) == 0o600
    assert info.password not in " ".join(open(f"/proc/{info.pid}/cmdline").read().split("\0"))
    with pytest.raises(redis.AuthenticationError):
        redis.Redis(host="127.0.0.1", port=info.port, password="wrong", retry=Retry(NoBackoff(), 0)).ping()
    config = redis.Redis(host="127.0.0.1", port=info.port, password=info.password).config_get("bind")
    assert config["bind"] == "127.0.0.1"


def test_data_survives_a_restart(tmp_path):
    home = tmp_path / "home"
    settings = StoreSettings(home=home, graph="persist")
    env = {**os.environ, "EXPERTGLM_HOME": str(home), "EXPERTGLM_GRAPH": "persist"}
    env.pop("NEO4J_URI", None)
    try:
        _cli(env, "graph", "start")
        with open_store(settings) as store:
            store.write("CREATE (:Expert {id: $id, name: $name})", {"id": "p1", "name": "王振义"})
        first = falkordb_server.running(home)
        assert "running" in _cli(env, "graph", "status").stdout
        assert _cli(env, "graph", "stop").stdout.strip() == "stopped"
        assert falkordb_server.running(home) is None
        assert _cli(env, "graph", "status", check=False).returncode == 3
        # Any command starts the server on demand and sees the data again.
        out = _cli(env, "cypher", "MATCH (e:Expert) RETURN e.name AS name", "--format", "json").stdout
        assert json.loads(out) == [{"name": "王振义"}]
        assert falkordb_server.running(home).pid != first.pid
    finally:
        falkordb_server.stop(home)


def test_read_only_refusal_changes_nothing(store, cli_env):
    store.write("CREATE (:Expert {id: 'r1', name: '吕建'})")
    for query in ("CREATE (:Expert {id: 'r2'})", "MATCH (e:Expert) SET e.name = 'x'", "MATCH (e) DETACH DELETE e",
                  "MERGE (x:Field {key: 'f'})"):
        with pytest.raises(ReadOnlyViolation):
            store.read(query)
        proc = _cli(cli_env, "cypher", query, check=False)
        assert proc.returncode == 3 and "refused" in proc.stderr
    assert store.read("MATCH (e) RETURN e.id, e.name").rows == [["r1", "吕建"]]
    proc = _cli(cli_env, "cypher", "MATCH (e:Expert {id: $id}) SET e.title = $t RETURN e.title", "-p", "id=r1",
                "-p", "t=院士", "--write", "--format", "csv")
    assert proc.stdout.splitlines() == ["e.title", "院士"]
