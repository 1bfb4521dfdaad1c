"""The shown experts reordered by their records: by awards held, by election year, by directions listed."""

from __future__ import annotations

from generation.grounded import election_years
from retrieval.models import ExpertMatch


def by_awards(experts: list[ExpertMatch]) -> list[ExpertMatch]:
    """The experts ordered by how many awards and seats their records hold, most first; ties keep their relevance
    order (weak matches were kept last, under a note saying most first: 1, 2, 2 awards, rt14)."""
    return sorted(experts, key=lambda e: -len(e.awards))


def by_election(experts: list[ExpertMatch], latest_first: bool = False) -> list[ExpertMatch]:
    """The experts in the order of their first recorded academy seat (latest first when asked); those the records
    date none for last, in their order."""
    dated, undated = election_years(experts)
    return [e for e, _ in (reversed(dated) if latest_first else dated)] + undated


def by_directions(experts: list[ExpertMatch]) -> list[ExpertMatch]:
    """The experts ordered by how many research directions their records list, most first (ties keep their order)."""
    return sorted(experts, key=lambda e: -len(e.directions))
