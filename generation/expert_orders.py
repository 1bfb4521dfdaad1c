"""The shown experts reordered by their records: by awards held, by election year, by directions listed."""

from __future__ import annotations

from generation.grounded import election_years
from retrieval.models import ExpertMatch


def by_awards(experts: list[ExpertMatch]) -> list[ExpertMatch]:
    """The experts ordered by how many awards and seats their records hold, most first; ties keep their relevance
    order (weak matches were kept last, under a note saying most first: 1, 2, 2 awards, rt14)."""
    return sorted(experts, key=lambda e: -len(e.awards))


def award_tally(experts: list[ExpertMatch], english: bool = False) -> str:
    """How many awards and seats each record holds, in the order given (most first after `by_awards`), ties said:
    a ranking asked of those named (the order was shown without the counts, a tie read as a place, rt146)."""
    counts = [(e.name, len(e.awards)) for e in experts]
    top = [n for n, c in counts if c == counts[0][1]] if counts else []
    if english:
        said = "; ".join(f"{n}: {c}" for n, c in counts)
        tie = f" ({' and '.join(top)} are tied for the most)" if len(top) > 1 else ""
        return f"Awards and elections the knowledge graph records for each: {said}{tie}."
    said = "；".join(f"{n}的获奖与当选记录共有{c}项" for n, c in counts)
    tie = f"{'与'.join(top)}并列最多。" if len(top) > 1 else ""
    return f"{said}。{tie}"


def by_election(experts: list[ExpertMatch], latest_first: bool = False) -> list[ExpertMatch]:
    """The experts in the order of their first recorded academy seat (latest first when asked); those the records
    date none for last, in their order."""
    dated, undated = election_years(experts)
    return [e for e, _ in (reversed(dated) if latest_first else dated)] + undated


def by_directions(experts: list[ExpertMatch]) -> list[ExpertMatch]:
    """The experts ordered by how many research directions their records list, most first (ties keep their order)."""
    return sorted(experts, key=lambda e: -len(e.directions))
