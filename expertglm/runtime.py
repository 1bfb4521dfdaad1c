"""The one place that opens the parts a command or the server needs: store, embedder, index, retriever, answerer."""

from __future__ import annotations

import sys
from collections.abc import Callable

from typing import TYPE_CHECKING

from expertglm.config import Settings, make_backend
from kg.connect import open_store as _open_store
from kg.store import GraphStore

if TYPE_CHECKING:  # the ML stack is imported only by the commands that use it
    from generation.answerer import ExpertAnswerer
    from retrieval.embedder import Embedder
    from retrieval.pipeline import ExpertRetriever
    from retrieval.sync import SyncReport

Notify = Callable[[str], None]


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def open_store(settings: Settings) -> GraphStore:
    """The configured graph store (the embedded server starts on demand); GraphUnavailable when it cannot."""
    return _open_store(settings.store)


def embedder(settings: Settings, bulk: bool = False) -> "Embedder":
    """The configured embedder; `bulk` for indexing many texts."""
    from retrieval.embedder import make_embedder

    return make_embedder(settings.embedder, bulk=bulk)


def sync_index(settings: Settings, store: GraphStore, *, rebuild: bool = False, progress: bool = True) -> "SyncReport":
    """Bring the retrieval index up to date with the graph (or rebuild it), with a progress bar on stderr."""
    from tqdm import tqdm

    from retrieval import semantic
    from retrieval.sync import GraphVersion, build_index, read_profile_texts, update_index

    total = GraphVersion.read(store).experts
    with tqdm(total=total, desc="embedding", unit="experts", file=sys.stderr,
              disable=not progress or total < 2000) as bar:
        run = build_index if rebuild else update_index
        report = run(store, embedder(settings, bulk=True), settings.index_dir, settings.graph_id,
                     kind=settings.index_kind, progress=bar.update)
    model = settings.home / "models" / "discipline"  # trained by `expertglm index discipline` / `import all`
    if (model / "model.joblib").exists() and not (settings.index_dir / "discipline" / "experts.npz").exists():
        from retrieval.discipline import attach

        attach(model, settings.index_dir, store, read_profile_texts(settings.index_dir))
    # the learned semantic signal (`expertglm index semantic` / `import all`): its profile vectors, now, not at open
    if semantic.trained(model := settings.home / "models" / "semantic"):
        semantic.attach(model, read_profile_texts(settings.index_dir))
    return report


def retriever(settings: Settings, store: GraphStore, *, build_missing: bool = True,
              notify: Notify = _stderr) -> tuple["ExpertRetriever", str | None]:
    """The retriever over the saved index (built first when there is none) and a warning when it is behind."""
    from retrieval.sync import index_behind, open_retriever

    warning = index_behind(store, settings.index_dir)
    if warning and warning.startswith("no index") and build_missing:
        notify("no index yet: building it now")
        sync_index(settings, store)
        warning = None
    from retrieval.semantic import with_semantic  # the learned signal, when `expertglm index semantic` trained it

    found = open_retriever(store, embedder(settings), settings.index_dir, settings.graph_id)
    return with_semantic(found, settings.home / "models" / "semantic"), warning


def answerer(settings: Settings, store: GraphStore, backend: str | None = None,
             notify: Notify = _stderr) -> "ExpertAnswerer":
    """Retriever plus the answer backend `backend` (default: the configured one)."""
    from generation.answerer import ExpertAnswerer

    found, warning = retriever(settings, store, notify=notify)
    if warning:
        notify(f"warning: {warning}")
    answerer = ExpertAnswerer(found, make_backend(settings, backend))
    if answerer.backend is not None:  # a model writes the answers: load the guard's dictionaries now
        from generation.grounding import warm_up

        warm_up()
    return answerer
