"""The analyst notebook executes top to bottom against the real embedded graph and draws its plot."""

from __future__ import annotations

import os
from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "analyst.ipynb"


def test_analyst_notebook_runs(settings, tmp_path, monkeypatch):
    plot = tmp_path / "plot.png"
    monkeypatch.setenv("EXPERTGLM_HOME", str(settings.home))
    monkeypatch.setenv("EXPERTGLM_GRAPH", settings.graph)
    monkeypatch.setenv("EXPERTGLM_NOTEBOOK_PLOT", str(plot))
    monkeypatch.delenv("NEO4J_URI", raising=False)
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    text = "\n".join(str(o.get("text", "")) + str(o.get("data", {}).get("text/plain", "")) for o in outputs)
    assert "refused:" in text
    assert "Expert" in text and "IN_FIELD" in text
    assert plot.stat().st_size > 10_000
    assert os.environ["EXPERTGLM_GRAPH"] == settings.graph
