"""Read-ahead of the index files a process has memory-mapped, so the first queries after a start skip the disk.

A server worker maps its index files instead of reading them (FAISS vectors, BM25 scores and feedback rows, profile
texts, semantic vectors): on a cold page cache every first touch of a page is a disk read inside a query
(benchmarks/coldstart.py, 1M experts: first-pass p50 130-142 ms cold, 37-43 ms with this read-ahead; 100k flat: the
slowest first-pass query 1.6-1.8 s cold, under 81 ms with it). `read_ahead` asks the kernel to load every file this
process maps under the given directories (posix_fadvise WILLNEED: the reads are queued, not waited for) from a
background thread, so the start is not delayed. Where /proc/self/maps or posix_fadvise is missing it does nothing.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger("expertglm.readahead")
MAPS = Path("/proc/self/maps")
MEMINFO = Path("/proc/meminfo")
# Linux reads at most the device's read-ahead window (read_ahead_kb, 128 KiB by default; max_sectors_kb where larger)
# per WILLNEED call, so a whole file is advised in steps no larger than that: measured here (read_ahead_kb 8 MiB) on
# the files of a 100k index (457 MiB), one call per file left 17% of it resident, 128 KiB steps all of it in 0.4 s.
STEP = 128 << 10


def mapped_files(roots: Iterable[Path], maps: Path = MAPS) -> list[Path]:
    """The files this process has memory-mapped under any of `roots`, each once, in mapping order."""
    prefixes = [str(Path(r).resolve()) + os.sep for r in roots]
    try:
        lines = maps.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    found: dict[str, None] = {}
    for line in lines:
        fields = line.split(maxsplit=5)  # address perms offset dev inode [path]
        path = fields[5] if len(fields) == 6 else ""
        if not path.endswith(" (deleted)") and any(path.startswith(p) for p in prefixes):
            found.setdefault(path)
    return [Path(p) for p in found]


def advise(paths: Iterable[Path], budget: int | None = None) -> int:
    """Ask the kernel to read these files into the page cache, up to `budget` bytes in all; the bytes advised."""
    if not hasattr(os, "posix_fadvise"):
        return 0
    total = 0
    for path in paths:
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            size = os.fstat(fd).st_size
            if budget is not None and total + size > budget:
                continue  # more than the memory can hold would only evict what was read before
            for offset in range(0, size, STEP):
                os.posix_fadvise(fd, offset, STEP, os.POSIX_FADV_WILLNEED)
            total += size
        except OSError:
            pass
        finally:
            os.close(fd)
    return total


def available_memory() -> int | None:
    """MemAvailable of /proc/meminfo in bytes, None where unknown."""
    try:
        for line in MEMINFO.read_text(encoding="ascii").splitlines():
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def read_ahead(roots: Iterable[Path]) -> threading.Thread:
    """Start loading the files mapped under `roots` into the page cache in a daemon thread (at most half the
    available memory); the thread is returned so a caller may wait for the advice to be given."""
    paths = mapped_files(roots)
    memory = available_memory()

    def run() -> None:
        advised = advise(paths, memory // 2 if memory else None)
        log.debug("read-ahead asked for %d MiB in %d mapped files", advised >> 20, len(paths))

    thread = threading.Thread(target=run, name="expertglm-readahead", daemon=True)
    thread.start()
    return thread
