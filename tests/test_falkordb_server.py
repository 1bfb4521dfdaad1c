"""`expertglm graph` commands for persistence: backup, restore, one-line errors, a paused server reported."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

from kg import falkordb_server
from kg.connect import StoreSettings, open_store


def _cli(env, *args):
    return subprocess.run([sys.executable, "-m", "expertglm", *args], env=env, capture_output=True, text=True,
                          timeout=120)


def test_backup_restore_and_a_bad_file_through_the_cli(tmp_path):
    home = tmp_path / "home"
    env = {**os.environ, "EXPERTGLM_HOME": str(home), "EXPERTGLM_GRAPH": "g"}
    env.pop("NEO4J_URI", None)
    try:
        with open_store(StoreSettings(home=home, graph="g")) as store:
            store.write("UNWIND range(1, 3) AS i CREATE (:Expert {id: toString(i), name: 'x'})")
        backup = tmp_path / "g.rdb"
        proc = _cli(env, "graph", "backup", str(backup), "--verify")
        assert proc.returncode == 0 and "g: 3 nodes" in proc.stdout, proc.stderr
        with open_store(StoreSettings(home=home, graph="g")) as store:
            store.write("CREATE (:Expert {id: '4', name: 'y'})")
        bad = tmp_path / "bad.rdb"
        bad.write_bytes(b"not a snapshot")
        proc = _cli(env, "graph", "restore", str(bad))
        assert proc.returncode == 4 and "does not load" in proc.stderr and "Traceback" not in proc.stderr
        proc = _cli(env, "graph", "restore", str(backup))
        assert proc.returncode == 0 and "g: 3 nodes" in proc.stdout, proc.stderr
        with open_store(StoreSettings(home=home, graph="g")) as store:
            assert store.read("MATCH (e:Expert) RETURN count(e)").value() == 3
    finally:
        falkordb_server.stop(home)


def test_a_paused_server_is_reported_not_doubled_by_the_cli(tmp_path):
    home = tmp_path / "home"
    env = {**os.environ, "EXPERTGLM_HOME": str(home)}
    env.pop("NEO4J_URI", None)
    info = falkordb_server.start(home)
    os.kill(info.pid, signal.SIGSTOP)
    try:
        status = _cli(env, "graph", "status")
        assert status.returncode == 4 and f"pid {info.pid}" in status.stdout and "not answering" in status.stdout
        start = _cli(env, "graph", "start")
        assert start.returncode == 4 and "paused" in start.stderr and "Traceback" not in start.stderr
        assert falkordb_server.owner(home).pid == info.pid
        stop = _cli(env, "graph", "stop")
        assert stop.returncode == 0 and stop.stdout.strip() == "stopped"
        assert falkordb_server.owner(home) is None
    finally:
        if falkordb_server.owner(home) is not None:
            os.kill(info.pid, signal.SIGCONT)
            falkordb_server.stop(home)
