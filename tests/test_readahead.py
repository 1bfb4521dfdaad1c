"""Read-ahead of memory-mapped index files: which files it finds in this process's mappings and what it advises."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import numpy as np
import pytest

from retrieval.readahead import advise, mapped_files, read_ahead

pytestmark = pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="needs /proc/self/maps (Linux)")


def _mapped(path: Path, n: int = 4096) -> np.ndarray:
    np.save(path, np.arange(n, dtype=np.float32))
    return np.load(path, mmap_mode="r")


def test_finds_the_files_mapped_under_the_roots_only(tmp_path: Path) -> None:
    (tmp_path / "index" / "with space").mkdir(parents=True)
    (tmp_path / "other").mkdir()
    kept = [_mapped(tmp_path / "index" / "a.npy"), _mapped(tmp_path / "index" / "with space" / "b.npy"),
            _mapped(tmp_path / "other" / "c.npy")]
    (tmp_path / "index" / "unmapped.npy").write_bytes(b"x" * 100)
    gone = _mapped(tmp_path / "index" / "gone.npy")
    (tmp_path / "index" / "gone.npy").unlink()  # still mapped, shown as deleted: nothing to read ahead
    found = mapped_files([tmp_path / "index"])
    assert sorted(p.name for p in found) == ["a.npy", "b.npy"]
    assert all(p.exists() for p in found)
    assert {p.name for p in mapped_files([tmp_path])} == {"a.npy", "b.npy", "c.npy"}
    assert mapped_files([tmp_path / "nothing-here"]) == []
    del kept, gone


def test_advise_counts_bytes_within_the_budget_and_skips_unreadable(tmp_path: Path) -> None:
    small, large = tmp_path / "small", tmp_path / "large"
    small.write_bytes(b"s" * 1000)
    large.write_bytes(b"l" * 5000)
    expected = 6000 if hasattr(os, "posix_fadvise") else 0
    assert advise([large, small, tmp_path / "missing"]) == expected
    assert advise([large, small], budget=2000) == min(expected, 1000)  # the large one would not fit


def test_read_ahead_runs_in_a_background_thread(tmp_path: Path) -> None:
    kept = _mapped(tmp_path / "v.npy", n=1 << 16)
    thread = read_ahead([tmp_path])
    assert thread.daemon
    thread.join(timeout=30)
    assert not thread.is_alive()
    assert float(kept[-1]) == (1 << 16) - 1  # the mapping is untouched
    assert mapped_files([tmp_path]) == [tmp_path.resolve() / "v.npy"]


def _resident(path: Path) -> float:
    out = subprocess.run(["fincore", "--bytes", "--noheadings", "--raw", "--output", "RES,SIZE", str(path)],
                         capture_output=True, text=True, check=True).stdout.split()
    return int(out[0]) / int(out[1])


@pytest.mark.skipif(shutil.which("fincore") is None, reason="needs util-linux fincore")
def test_read_ahead_brings_a_whole_evicted_mapped_file_back(tmp_path: Path) -> None:
    path = tmp_path / "big.npy"
    np.save(path, np.ones(12 << 20, dtype=np.float32))  # 48 MiB: more than one read-ahead window
    with open(path, "rb") as f:
        os.fsync(f.fileno())
        os.posix_fadvise(f.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
    if _resident(path) > 0.5:
        pytest.skip("this filesystem keeps the file in memory (tmpfs?): nothing to read ahead")
    kept = np.load(path, mmap_mode="r")
    read_ahead([tmp_path]).join(timeout=30)
    for _ in range(100):  # the reads were queued, not waited for
        if _resident(path) > 0.99:
            break
        time.sleep(0.1)
    assert _resident(path) > 0.99
    del kept
