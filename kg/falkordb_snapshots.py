"""The embedded graph's snapshot files on disk: the current dump.rdb, the generations kept to fall back to, bad files.

Redis only ever writes a snapshot to a temporary file and renames it over dump.rdb, so a hard link to dump.rdb keeps
that exact snapshot alive after later saves replace it: keeping a generation costs no copy and no space until then.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path

DUMP = "dump.rdb"
#: generations kept in falkordb/snapshots/, newest first: the dump before the last snapshot, the last one loaded
PREVIOUS = "previous.rdb"
LOADED = "loaded.rdb"


@dataclass(frozen=True)
class Candidate:
    """A snapshot file start can load, and what it is, for messages."""

    path: Path
    label: str

    def describe(self) -> str:
        """`label (path, saved at …)`, for messages."""
        try:
            saved = dt.datetime.fromtimestamp(self.path.stat().st_mtime).isoformat(sep=" ", timespec="seconds")
        except OSError:
            saved = "unknown time"
        return f"{self.label} ({self.path}, saved {saved})"


def snapshots_dir(sdir: Path) -> Path:
    """falkordb/snapshots: the kept generations (same file system as the data, so they are hard links)."""
    path = sdir / "snapshots"
    path.mkdir(exist_ok=True, mode=0o700)
    return path


def keep(source: Path, target: Path) -> bool:
    """Make `target` the snapshot now at `source` (a hard link, a copy where links fail); False when none exists."""
    if not source.exists():
        return False
    # a name of this call's own: two commands (or threads) saving at once would otherwise race on one file
    tmp = target.with_name(f"{target.name}.{os.getpid()}-{threading.get_ident()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        os.link(source, tmp)
    except OSError:
        shutil.copyfile(source, tmp)
    os.replace(tmp, target)
    tmp.unlink(missing_ok=True)  # rename() does nothing when both names already link the same file
    return True


def candidates(sdir: Path, data: Path) -> list[Candidate]:
    """Snapshots start may load, best first: dump.rdb, the previous generation, the one loaded at the last start.

    Files that are the same inode as an earlier candidate are left out: loading them again would fail the same way.
    """
    found: list[Candidate] = []
    seen: set[tuple[int, int]] = set()
    kept = snapshots_dir(sdir)
    for path, label in ((data / DUMP, "the latest snapshot"), (kept / PREVIOUS, "the previous snapshot"),
                        (kept / LOADED, "the snapshot loaded at the last start")):
        with contextlib.suppress(OSError):
            st = path.stat()
            if (st.st_dev, st.st_ino) not in seen and st.st_size > 0:
                seen.add((st.st_dev, st.st_ino))
                found.append(Candidate(path, label))
    return found


def set_aside(path: Path) -> Path:
    """Rename a snapshot that failed to load to `<name>.bad-<time>` next to it, so nothing is ever deleted."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.bad-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.bad-{stamp}-{n}")
    os.replace(path, target)
    return target


def install(source: Path, data: Path) -> None:
    """Make `source` the dump.rdb the next start loads (atomically; the source file stays where it is)."""
    keep(source, data / DUMP)


def remove_temporaries(data: Path) -> None:
    """Delete half-written temp-*.rdb files a killed save left behind (never a complete snapshot) and the
    temporary links of generations a killed command left."""
    for path in data.glob("temp-*.rdb"):
        path.unlink(missing_ok=True)
    for path in snapshots_dir(data.parent).glob("*.tmp"):  # a generation's link a killed command left half-made
        path.unlink(missing_ok=True)


def legacy_aof(data: Path) -> Path | None:
    """The append-only folder a home from before snapshot-only persistence has, if any."""
    path = data / "appendonlydir"
    return path if path.is_dir() and any(path.iterdir()) else None


def retire_legacy_aof(data: Path) -> Path:
    """Move the old append-only folder aside (kept, never deleted) once its data lives in dump.rdb."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = data / f"appendonlydir.migrated-{stamp}"
    os.replace(data / "appendonlydir", target)
    return target
