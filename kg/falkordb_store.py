"""FalkorDB adapter: the embedded default, reached with the `falkordb` client over the Redis protocol."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import redis
from falkordb import FalkorDB
from redis.backoff import NoBackoff
from redis.retry import Retry

from kg import cypher, falkordb_server
from kg.falkordb_reply import PlainGraph
from kg.falkordb_server import ServerInfo
from kg.store import (
    STAT_NAMES,
    GraphError,
    GraphStore,
    GraphUnavailable,
    QueryResult,
    ReadOnlyViolation,
)


class _ServerChanged(redis.ConnectionError):
    """A new connection reached another server process than the one this store wrote unsaved data to."""


def _info_field(reply: object, name: str) -> str | None:
    text = reply.decode() if isinstance(reply, bytes) else str(reply)
    for line in text.splitlines():
        if line.startswith(name + ":"):
            return line.split(":", 1)[1].strip()
    return None


SOCKET_TIMEOUT = 300.0  # seconds one query may take before the server counts as not answering


class FalkorDBStore(GraphStore):
    """One FalkorDB graph; read-only queries go through GRAPH.RO_QUERY so the server itself refuses writes.

    With `home` it follows the server across `graph stop` / `graph start` (reconnecting once on a lost connection)
    and makes its writes durable: closing a store that wrote takes a snapshot and waits for it.
    """

    engine = "falkordb"

    def __init__(self, server: ServerInfo, graph: str = "expertglm", timeout_ms: int = 0,
                 home: Path | None = None, socket_timeout: float = SOCKET_TIMEOUT) -> None:
        self._home = home
        self._socket_timeout = socket_timeout
        self._timeout = timeout_ms or None
        self.graph_name = graph
        self._dirty = False
        self._run_id: str | None = None  # the server process this store talks to (INFO run_id)
        self._connect(server)

    def _connect(self, server: ServerInfo) -> None:
        # No redis-py retries: a retried write could land on a restarted server that lost the writes before it.
        self._server = server
        # Timeouts so that a paused or wedged server becomes GraphUnavailable instead of a request that hangs.
        pool = redis.ConnectionPool(host=server.host, port=server.port, password=server.password,
                                    decode_responses=True, retry=Retry(NoBackoff(), 0),
                                    # FalkorDB's substring() can cut a character's bytes (or read past the string's
                                    # end): such a value reads with U+FFFD instead of failing the whole reply
                                    encoding_errors="replace",
                                    socket_connect_timeout=5, socket_timeout=self._socket_timeout,
                                    redis_connect_func=self._on_connect)
        self._db = FalkorDB(connection_pool=pool)
        self._graph = PlainGraph(self._db, self.graph_name)  # rows of plain values (kg/falkordb_reply.py)

    def _on_connect(self, connection: redis.Connection) -> None:
        """Note which server process each new connection reaches; refuse to write unsaved work onto another one.

        redis-py silently reconnects a stale connection: after a crash and a quick restart on the same port, an
        ingest would go on writing to a server that lost its earlier batches and report success.
        """
        connection.on_connect()
        connection.send_command("INFO", "server")
        run_id = _info_field(connection.read_response(), "run_id")
        if self._run_id is None or not self._dirty:
            self._run_id = run_id
        elif run_id != self._run_id:
            self._run_id = run_id
            self._dirty = False  # reported once; what follows is written to (and saved by) the new server
            raise _ServerChanged("the graph server was restarted while this command was writing: writes after its "
                                 "last snapshot are gone; run the command again (ingest resumes where the graph "
                                 "stands)")

    def _reconnect(self) -> bool:
        """Connect to the server that owns the home now; True when it is the same server process as before."""
        server = falkordb_server.require(self._home) if self._home is not None else self._server
        same = server.pid == self._server.pid
        with contextlib.suppress(redis.RedisError):
            self._db.connection.close()
        self._connect(server)
        return same

    def _run(self, cypher_text: str, params: dict[str, Any] | None, read_only: bool) -> QueryResult:
        try:
            res = self._query(cypher_text, params, read_only)
        except _ServerChanged as exc:
            raise GraphUnavailable(str(exc)) from exc
        except (redis.ConnectionError, redis.TimeoutError) as exc:
            if not read_only:
                self._dirty = True  # it may have been applied
            same = self._reconnect()
            if not read_only:
                # The write may or may not have been applied; a restarted server lost what its snapshot lacked.
                raise GraphUnavailable(
                    "lost the connection to the graph server during a write"
                    + ("" if same else " (it was restarted: writes after its last snapshot are gone)")
                    + "; run the command again (ingest resumes where the graph stands)") from exc
            try:
                res = self._query(cypher_text, params, read_only)
            except (redis.ConnectionError, redis.TimeoutError) as again:
                raise GraphUnavailable(f"the graph server does not answer: {again}") from again
        columns = [h[1] for h in (res.header or [])]
        rows = res.result_set or []
        stats = {}
        for name in STAT_NAMES:
            if value := getattr(res, name, 0):
                stats[name] = int(value)
        return QueryResult(columns, rows, stats)

    def _query(self, cypher_text: str, params: dict[str, Any] | None, read_only: bool):
        try:
            if read_only:
                return self._graph.ro_query(cypher_text, params, timeout=self._timeout)
            res = self._graph.query(cypher_text, params, timeout=self._timeout)
            self._dirty = True  # after it ran: an earlier unsaved write is what makes a server change matter
            return res
        except redis.ResponseError as exc:
            message = str(exc)
            if "read-only" in message or "RO_QUERY" in message:
                raise ReadOnlyViolation() from exc
            if message.startswith("MISCONF"):
                raise GraphUnavailable("the graph server refuses writes because its last snapshot failed (disk full "
                                       "or not writable?); see falkordb/server.log") from exc
            raise GraphError(f"FalkorDB: {message}") from exc
        except (redis.ConnectionError, redis.TimeoutError):
            raise
        except redis.RedisError as exc:
            raise GraphError(f"FalkorDB: {exc}") from exc

    def read(self, cypher_text: str, params: dict[str, Any] | None = None) -> QueryResult:
        return self._run(cypher_text, params, read_only=True)

    def write(self, cypher_text: str, params: dict[str, Any] | None = None) -> QueryResult:
        # A single GRAPH.QUERY is atomic in FalkorDB: on error its changes are rolled back.
        return self._run(cypher_text, params, read_only=False)

    def change_mark(self) -> tuple[str | None, ...] | None:
        """The server process and its write counter: Redis counts every write command (GRAPH.QUERY that changed a
        graph included) in `rdb_changes_since_last_save`, which a snapshot lowers and `rdb_saves` then marks. One
        INFO round trip, its reply read as text (~0.09 ms); a write to another graph of the server changes it too
        (a needless miss)."""
        pool = self._db.connection.connection_pool
        try:
            connection = pool.get_connection()  # (the raw reply: redis-py's INFO parsing costs more than the trip)
            try:
                connection.send_command("INFO", "persistence")
                reply = connection.read_response()
            except BaseException:
                connection.disconnect()
                raise
            finally:
                pool.release(connection)
        except redis.RedisError:
            return None  # the read that follows reports the problem
        # _run_id: the server of the connection that answered (set when it connected, `_on_connect`)
        return self._run_id, _info_field(reply, "rdb_saves"), _info_field(reply, "rdb_changes_since_last_save")

    def ensure_schema(self) -> None:
        self._graph.query("RETURN 1")  # creates the graph key, so read-only queries work on an empty graph
        existing = {
            (row[0], prop)
            for row in self._graph.ro_query("CALL db.indexes()").result_set
            for prop in (row[1] or [])
        }
        wanted = [(label, prop) for label, prop in cypher.UNIQUE_KEYS.items()] + cypher.INDEXES
        for label, prop in wanted:
            if (label, prop) not in existing:
                self._dirty = True
                self._graph.query(f"CREATE INDEX FOR (n:{label}) ON (n.{prop})")
        constraints = {(row[1], tuple(row[2])) for row in self._graph.ro_query("CALL db.constraints()").result_set}
        for label, prop in cypher.UNIQUE_KEYS.items():
            if (label, (prop,)) not in constraints:
                self._dirty = True
                self._db.connection.execute_command(
                    "GRAPH.CONSTRAINT", "CREATE", self.graph_name, "UNIQUE", "NODE", label, "PROPERTIES", 1, prop
                )

    def snapshot(self) -> None:
        """Save the graph to disk now and wait for it, so that what this store wrote survives a crash."""
        if self._home is not None:
            falkordb_server.snapshot(self._home)
        else:
            falkordb_server.save_snapshot(self._server)
        self._dirty = False

    def close(self) -> None:
        """Snapshot when this store wrote anything (the end of a write command), then release the connection."""
        try:
            if self._dirty:
                self.snapshot()
        finally:
            self._db.connection.close()

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if exc_type is None:
            self.close()
            return
        with contextlib.suppress(GraphUnavailable, redis.RedisError):  # keep the first error; save what landed
            self.close()
