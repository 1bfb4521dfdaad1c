"""`expertglm import all` end to end on a small slice of the real data: every importer, both learned models and the
index, in a real subprocess against the real embedded graph."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import SHARED_DATA, real_csv_subset  # tests/ is on sys.path

from kg import falkordb_server


@pytest.fixture
def own_home(tmp_path):
    """An EXPERTGLM_HOME of this test's own: `import all` trains models under the home, which every later retriever
    opened on that home would fuse in, so the session's shared home must not get them."""
    home = tmp_path / "home"
    home.mkdir()
    falkordb_server.start(home)
    yield home
    falkordb_server.stop(home)


def test_import_all_imports_a_slice_of_the_real_data_and_builds_the_index_of_the_configured_kind(cli_env, own_home,
                                                                                                  tmp_path):
    data = tmp_path / "data"
    (data / "nsfc_taxonomy").mkdir(parents=True)
    taxonomy = SHARED_DATA / "nsfc_taxonomy" / "nsfc.jl"
    if not taxonomy.exists():
        pytest.skip(f"real data not found: {taxonomy} (expected under ../shared/data)")
    (data / "nsfc_taxonomy" / "nsfc.jl").write_bytes(taxonomy.read_bytes())
    for folder, n in (("nsfc_projects", 150), ("cas_cae_academicians", 40)):
        (data / folder).mkdir()
        for source in sorted((SHARED_DATA / folder).glob("*.csv")):
            real_csv_subset(source, data / folder / source.name, n)
    env = {**cli_env, "EXPERTGLM_HOME": str(own_home), "EXPERTGLM_GRAPH": "slice",
           "EXPERTGLM_INDEX_KIND": "hnsw"}  # what `auto` picks from 50k experts, here on a few hundred
    proc = subprocess.run([sys.executable, "-m", "expertglm", "import", "all", str(data)], env=env,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    indexed = int(proc.stdout.split("done: ")[1].split(" experts indexed")[0])
    assert indexed > 300 and "academicians: " in proc.stdout and "semantic model: " in proc.stdout
    index_dir = own_home / "index" / "falkordb_slice"
    meta = json.loads((index_dir / "dense" / "meta.json").read_text(encoding="utf-8"))
    assert meta["kind"] == "hnsw" and meta["count"] == indexed
    assert (own_home / "models" / "semantic" / "semantic.json").exists()
    match = subprocess.run([sys.executable, "-m", "expertglm", "match", "水稻抗病育种", "--json"], env=env,
                           capture_output=True, text=True, timeout=300)
    assert match.returncode == 0, match.stderr
    assert json.loads(match.stdout)["experts"]
