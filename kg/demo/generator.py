"""Streams a deterministic, realistic demo expert data set in the ingest JSONL format: the paper's five experts
first, then generated ones; the first k records are the same for every n >= k (prefix-stable)."""

from __future__ import annotations

import json
import os
import random
from bisect import bisect
from collections.abc import Iterator
from itertools import accumulate
from pathlib import Path
from typing import Any

from kg.demo.awards import (
    ACADEMICIAN_RATE,
    AWARD_COUNTS,
    AWARDS,
    BIRTH_YEARS,
    CAS_SHARE,
    DEFAULT_CAS_SHARE,
    FIRST_YEAR,
    LAST_YEAR,
    TITLE_STAGE,
    TITLE_WEIGHTS,
    AwardSpec,
)
from kg.demo.bio import write_bio
from kg.demo.institutions import INSTITUTIONS_BY_FIELD, Institution
from kg.demo.names import random_name
from kg.demo.paper import paper_experts
from kg.demo.taxonomy import FIELD_WEIGHTS, FIELDS, RELATED_FIELDS

SECOND_FIELD_RATE = 0.15
CLINICAL_FIELDS = frozenset({"临床医学"})
DIRECTION_COUNTS = (2, 3, 4)
_DIRECTION_CUM = tuple(accumulate((0.4, 0.4, 0.2)))
_FIELD_NAMES = tuple(FIELDS)
_FIELD_CUM = tuple(accumulate(FIELD_WEIGHTS[f] for f in _FIELD_NAMES))
_COUNT_CUM = {stage: tuple(accumulate(p)) for stage, p in AWARD_COUNTS.items()}
_TITLE_TABLES = {
    kind: (tuple(weights), tuple(accumulate(weights.values()))) for kind, weights in TITLE_WEIGHTS.items()
}


def _pick(rng: random.Random, items, cum) -> Any:
    return items[bisect(cum, rng.random() * cum[-1])]


class _AwardPool:
    """The awards open to one (field, institution kind, stage, CAS-or-not) cell, with cumulative weights."""

    __slots__ = ("specs", "cum")

    def __init__(self, field: str, inst: Institution, stage: str):
        col = "asj".index(stage)
        specs = [
            a for a in AWARDS
            if a.weights[col] > 0
            and (not a.fields or field in a.fields)
            and inst.kind in a.kinds
            and inst.name.startswith(a.prefix)
        ]
        self.specs = tuple(specs)
        self.cum = tuple(accumulate(a.weights[col] for a in specs))


def _award_year(rng: random.Random, spec: AwardSpec, birth: int) -> int | None:
    lo = max(FIRST_YEAR, spec.first_year, birth + spec.min_age)
    hi = min(LAST_YEAR, spec.last_year, birth + spec.max_age)
    return rng.randint(lo, hi) if lo <= hi else None


class _Generator:
    """Draws generated experts one at a time from one random.Random stream."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.pools: dict[tuple[str, str, str, bool], _AwardPool] = {}

    def _awards(self, field: str, inst: Institution, stage: str, birth: int) -> list[tuple[AwardSpec, str, int]]:
        rng = self.rng
        cum = _COUNT_CUM[stage]
        count = min(bisect(cum, rng.random() * cum[-1]), len(cum) - 1)
        if not count:
            return []
        cas = inst.name.startswith("中国科学院")
        pool = self.pools.get((field, inst.kind, stage, cas))
        if pool is None:
            pool = self.pools[(field, inst.kind, stage, cas)] = _AwardPool(field, inst, stage)
        chosen: dict[str, tuple[AwardSpec, str, int]] = {}
        for _ in range(count * 4):
            if len(chosen) == count or not pool.specs:
                break
            spec = _pick(rng, pool.specs, pool.cum)
            name = spec.name.format(province=inst.province)
            if name in chosen:
                continue
            year = _award_year(rng, spec, birth)
            if year is not None:
                chosen[name] = (spec, name, year)
        return sorted(chosen.values(), key=lambda a: (a[2], a[1]))

    def expert(self, number: int) -> dict[str, Any]:
        rng = self.rng
        field = _pick(rng, _FIELD_NAMES, _FIELD_CUM)
        inst: Institution = rng.choice(INSTITUTIONS_BY_FIELD[field])
        if rng.random() < ACADEMICIAN_RATE:
            cas = rng.random() < CAS_SHARE.get(field, DEFAULT_CAS_SHARE)
            title = "中国科学院院士" if cas else "中国工程院院士"
        else:
            titles, cum = _TITLE_TABLES[inst.kind]
            title = _pick(rng, titles, cum)
        stage = TITLE_STAGE[title]
        birth = rng.randint(*BIRTH_YEARS[stage])

        k = DIRECTION_COUNTS[bisect(_DIRECTION_CUM, rng.random() * _DIRECTION_CUM[-1])]
        fields = [field]
        if rng.random() < SECOND_FIELD_RATE:
            second = rng.choice(RELATED_FIELDS[field])
            fields.append(second)
            picked = [(field, d) for d in rng.sample(FIELDS[field], k - 1)]
            picked.append((second, rng.choice(FIELDS[second])))
        else:
            picked = [(field, d) for d in rng.sample(FIELDS[field], k)]

        awards = self._awards(field, inst, stage, birth)
        name = random_name(rng)
        bio = write_bio(rng, name, inst.name, title, stage, inst.kind, [d for _, d in picked],
                        [(spec, award) for spec, award, _ in awards], clinical=field in CLINICAL_FIELDS)
        return {
            "id": f"demo-{number:06d}",
            "name": name,
            "institution": inst.name,
            "title": title,
            "fields": fields,
            "directions": [{"name": d.name, "field": f} for f, d in picked],
            "awards": [{"name": award, "year": year} for _, award, year in awards],
            "bio": bio,
            "source": "demo",
        }


def generate_experts(n: int, seed: int = 0) -> Iterator[dict[str, Any]]:
    """The first n demo records: paper-1..paper-5, then demo-000001, demo-000002, ... (streamed)."""
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    papers = paper_experts()
    yield from papers[:n]
    gen = _Generator(seed)
    for number in range(1, n - len(papers) + 1):
        yield gen.expert(number)


def write_demo_data(path: str | os.PathLike[str], n: int, seed: int = 0) -> int:
    """Write the first n records as UTF-8 JSONL to path (atomically: a temporary file, then a rename); returns n."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    count = 0
    try:
        with open(tmp, "w", encoding="utf-8", newline="\n", buffering=1 << 20) as out:
            batch: list[str] = []
            for record in generate_experts(n, seed):
                batch.append(dumps(record))
                if len(batch) == 2048:
                    out.write("\n".join(batch) + "\n")
                    count += len(batch)
                    batch.clear()
            if batch:
                out.write("\n".join(batch) + "\n")
                count += len(batch)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return count
