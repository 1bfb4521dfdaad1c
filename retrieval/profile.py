"""Expert profiles read from the graph, and the text that dense and lexical retrieval index."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from kg import cypher as kg_cypher
from kg.store import GraphStore


#: the labels profile texts put before their lists; they are the text's, not the expert's, words
LABELS = ("学科", "研究方向", "获奖")

@dataclass(frozen=True)
class ExpertProfile:
    """The facts of one expert that matching and answers may use."""

    id: str
    name: str
    institution: str | None = None
    title: str | None = None
    fields: tuple[str, ...] = ()
    directions: tuple[str, ...] = ()
    awards: tuple[tuple[str, int | None], ...] = ()
    bio: str | None = None
    version: str = ""
    extra: dict = field(default_factory=dict, compare=False)

    def text(self) -> str:
        """Profile text for embedding and BM25: who, where, fields, directions, awards, bio."""
        parts = [self.name]
        if self.institution:
            parts.append(self.institution)
        if self.title:
            parts.append(self.title)
        if self.fields:
            parts.append(LABELS[0] + "：" + "、".join(self.fields))
        if self.directions:
            parts.append(LABELS[1] + "：" + "、".join(self.directions))
        if self.awards:
            parts.append(LABELS[2] + "：" + "、".join(name for name, _ in self.awards))
        if self.bio:
            parts.append(self.bio)
        return "；".join(parts)

    def semantic_text(self) -> str:
        """What the expert works on (fields, directions, bio) for the sentence encoder: names, institutions and
        award titles say nothing about a problem and only dilute the vector (and cost encoding time)."""
        parts = []
        if self.directions:
            parts.append("研究方向：" + "、".join(self.directions))
        if self.fields:
            parts.append("学科：" + "、".join(self.fields))
        if self.bio:
            parts.append(self.bio)
        return "；".join(parts) or self.name


#: a clause of a biography that says where the expert studied, not what they work on: 1983年毕业于山东工学院铸造专业,
#: 获博士学位, 以访问学者身份在…进修 (a shared word there is no reason to recommend them: rt37 got 铸造 from a degree)
_SCHOOLING_CLAUSE = re.compile(r"[^，,。；;！？\n]*(?:毕业|学位|学士|硕士研究生|博士研究生|本科|进修|访问学者|留学|考入|就读|"
                               r"师从|攻读)[^，,。；;！？\n]*")


def without_name(text: str) -> str:
    """A profile text (`ExpertProfile.text`, which begins with the expert's name) without that name anywhere in it:
    what lexical matching and word reasons read — a name's characters name no topic (颜 of 颜龙安 matched 颜色 in
    布染出来颜色不匀, rt96); a name asked for is found by the graph's name index (retrieval/names.py)."""
    name, _, rest = text.partition("；")
    return rest.replace(name, "") if len(name) >= 2 and rest else text


def without_schooling(text: str) -> str:
    """`text` without the clauses that say where its expert studied (blanked, so that no two clauses join)."""
    return _SCHOOLING_CLAUSE.sub("；", text)


def _profile(row: dict) -> ExpertProfile:
    awards = sorted(((n, y) for n, y in row.get("awards") or [] if n), key=lambda a: (-(a[1] or 0), a[0]))
    return ExpertProfile(
        id=row["id"],
        name=row["name"],
        institution=(sorted(row.get("institutions") or []) or [None])[0],
        title=row.get("title"),
        fields=tuple(sorted(row.get("fields") or [])),
        directions=tuple(sorted(row.get("directions") or [])),
        awards=tuple(awards),
        bio=row.get("bio"),
        version=row.get("updated_at") or "",
    )


def load_profiles(store: GraphStore, ids: Iterable[str], chunk: int = 2000) -> Iterator[ExpertProfile]:
    """Profiles of `ids` (unknown ids are skipped), read in chunks through the read-only path."""
    ids = list(ids)
    for start in range(0, len(ids), chunk):
        rows = store.read(kg_cypher.EXPERT_STATES, {"ids": ids[start:start + chunk]}).records()
        by_id = {row["id"]: _profile(row) for row in rows}
        yield from (by_id[i] for i in ids[start:start + chunk] if i in by_id)


class ProfileTexts(Mapping):
    """Expert id -> profile text, memory-mapped from two files, so the texts are not Python objects (and several
    server processes share one copy in the page cache): `profile-texts.bin` (the UTF-8 texts end to end) and
    `profile-ids.npy` (rows of id, start, end, sorted by id)."""

    BIN, IDS = "profile-texts.bin", "profile-ids.npy"

    def __init__(self, directory: Path) -> None:
        """Open the texts saved by `write` under `directory` (FileNotFoundError when there are none)."""
        self._rows = np.load(directory / self.IDS, mmap_mode="r")
        self._ids = np.ascontiguousarray(self._rows["id"])
        size = (directory / self.BIN).stat().st_size
        self._data = np.memmap(directory / self.BIN, dtype=np.uint8, mode="r") if size else np.empty(0, np.uint8)

    @classmethod
    def write(cls, directory: Path, texts: dict[str, str]) -> None:
        """Save `texts` under `directory` (each file replaced atomically; ids file last)."""
        keys = sorted(texts)
        encoded = [i.encode("utf-8") for i in keys]
        width = max((len(e) for e in encoded), default=1)
        rows = np.empty(len(keys), dtype=[("id", f"S{width}"), ("start", "<i8"), ("end", "<i8")])
        rows["id"] = encoded
        tmp = directory / f"{cls.BIN}.tmp"
        at = 0
        with tmp.open("wb") as fh:
            for n, key in enumerate(keys):
                data = texts[key].encode("utf-8")
                fh.write(data)
                rows["start"][n], rows["end"][n] = at, at + len(data)
                at += len(data)
        os.replace(tmp, directory / cls.BIN)
        tmp = directory / f"{cls.IDS}.tmp.npy"
        np.save(tmp, rows)
        os.replace(tmp, directory / cls.IDS)

    def _find(self, key: str) -> int:
        raw = key.encode("utf-8")
        at = int(np.searchsorted(self._ids, raw))
        if at < len(self._ids) and self._ids[at] == raw and len(raw) <= self._ids.itemsize:
            return at
        return -1

    def __getitem__(self, key: str) -> str:
        at = self._find(key) if isinstance(key, str) else -1
        if at < 0:
            raise KeyError(key)
        row = self._rows[at]
        return self._data[int(row["start"]):int(row["end"])].tobytes().decode("utf-8")

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._find(key) >= 0

    def __iter__(self) -> Iterator[str]:
        return (i.decode("utf-8") for i in self._ids.tolist())

    def heads(self, size: int = 32) -> Iterator[tuple[str, str]]:
        """(id, the first `size` bytes of its text, a character cut at the end dropped): what begins each text (the
        expert's name) without reading the texts whole."""
        data = self._data
        for key, start, end in zip(self._ids.tolist(), self._rows["start"].tolist(), self._rows["end"].tolist()):
            yield key.decode("utf-8"), data[start:min(end, start + size)].tobytes().decode("utf-8", "ignore")

    def __len__(self) -> int:
        return len(self._ids)
