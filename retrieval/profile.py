"""Expert profiles read from the graph, and the text that dense and lexical retrieval index."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from kg import cypher as kg_cypher
from kg.store import GraphStore


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
            parts.append("学科：" + "、".join(self.fields))
        if self.directions:
            parts.append("研究方向：" + "、".join(self.directions))
        if self.awards:
            parts.append("获奖：" + "、".join(name for name, _ in self.awards))
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
