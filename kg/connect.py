"""Choosing and opening the graph engine: Neo4j when NEO4J_URI is set, else the embedded FalkorDB."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from kg.store import GraphStore


@dataclass(frozen=True)
class StoreSettings:
    """Where the graph lives; `from_env` reads NEO4J_* and EXPERTGLM_HOME / EXPERTGLM_GRAPH."""

    home: Path
    graph: str = "expertglm"
    neo4j_uri: str | None = field(default=None, repr=False)  # may carry credentials: never printed
    neo4j_user: str = "neo4j"
    neo4j_password: str = field(default="", repr=False)
    neo4j_database: str | None = None

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> StoreSettings:
        env = dict(os.environ if env is None else env)
        return cls(
            home=Path(env.get("EXPERTGLM_HOME") or Path.home() / ".expertglm").expanduser(),
            graph=env.get("EXPERTGLM_GRAPH") or "expertglm",
            neo4j_uri=env.get("NEO4J_URI") or None,
            neo4j_user=env.get("NEO4J_USER") or "neo4j",
            neo4j_password=env.get("NEO4J_PASSWORD") or "",
            neo4j_database=env.get("NEO4J_DATABASE") or None,
        )

    @property
    def neo4j_address(self) -> str | None:
        """NEO4J_URI without any user:password part, safe to print, log and store in index metadata."""
        if not self.neo4j_uri:
            return None
        from urllib.parse import urlsplit, urlunsplit

        parts = urlsplit(self.neo4j_uri)
        host = parts.hostname or ""
        netloc = f"[{host}]" if ":" in host else host
        netloc += f":{parts.port}" if parts.port else ""
        return urlunsplit((parts.scheme, netloc, parts.path, "", ""))

    @property
    def engine(self) -> str:
        return "neo4j" if self.neo4j_uri else "falkordb"


def open_store(settings: StoreSettings | None = None, ensure_schema: bool = True) -> GraphStore:
    """Open the configured store, starting the embedded server on demand."""
    settings = settings or StoreSettings.from_env()
    if settings.neo4j_uri:
        from kg.neo4j_store import Neo4jStore

        store: GraphStore = Neo4jStore(
            settings.neo4j_uri, settings.neo4j_user, settings.neo4j_password, settings.neo4j_database
        )
    else:
        from kg import falkordb_server
        from kg.falkordb_store import FalkorDBStore

        store = FalkorDBStore(falkordb_server.start(settings.home), settings.graph, home=settings.home)
    if ensure_schema:
        store.ensure_schema()
    return store
