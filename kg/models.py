"""Validated ingest records: what a data engineer may hand us, and the clean form the graph stores."""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

from kg.normalize import clean, key

MAX_NAME = 100
MAX_TEXT = 300
MAX_BIO = 20_000
MAX_ITEMS = 200


def _reject_control(value: str, allow_newlines: bool = False) -> str:
    if value.isprintable():  # fast path in C; the loop below only runs on text with separators or controls
        return value
    for ch in value:
        if unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cs") and not (allow_newlines and ch in "\n\t"):
            raise ValueError(f"contains control character U+{ord(ch):04X}")
    return value


def _short(value: str, limit: int) -> str:
    value = clean(_reject_control(value))
    if len(value) > limit:
        raise ValueError(f"is {len(value)} characters long, the limit is {limit}")
    return value


def _required(limit: int):
    def check(v: str) -> str:
        v = _short(v, limit)
        if not v:
            raise ValueError("is empty")
        return v

    return check


def _optional(v: str | None) -> str | None:
    return (_short(v, MAX_TEXT) or None) if v is not None else None


Text = Annotated[str, AfterValidator(_required(MAX_TEXT))]
Name = Annotated[str, AfterValidator(_required(MAX_NAME))]
OptionalText = Annotated[str | None, AfterValidator(_optional)]


def _unique(items: list, name_of) -> list:
    seen: dict[str, object] = {}
    for item in items:
        seen.setdefault(key(name_of(item)), item)
    return list(seen.values())


class AwardRecord(BaseModel):
    """An award or talent programme, with the year it was received when known."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: Text
    year: int | None = None

    @field_validator("year", mode="before")
    @classmethod
    def _year_text(cls, v: Any) -> Any:
        """A year given as text must be digits ('2011'); 'abcd' is named as the bad year it is."""
        if isinstance(v, str) and not v.strip().isdecimal():
            raise ValueError(f"{v!r} is not a plausible year")
        return v

    @field_validator("year")
    @classmethod
    def _year(cls, v: int | None) -> int | None:
        if v is not None and not 1900 <= v <= dt.date.today().year + 1:
            raise ValueError(f"{v} is not a plausible year")
        return v


class DirectionRecord(BaseModel):
    """A research direction, optionally naming the Field it is part of."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: Text
    field: OptionalText = None


class ExpertRecord(BaseModel):
    """One expert as ingested from JSONL or CSV, already normalised."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: OptionalText = None
    name: Name
    institution: OptionalText = None
    title: OptionalText = None
    fields: list[str] = Field(default_factory=list, max_length=MAX_ITEMS)
    directions: list[DirectionRecord] = Field(default_factory=list, max_length=MAX_ITEMS)
    awards: list[AwardRecord] = Field(default_factory=list, max_length=MAX_ITEMS)
    bio: str | None = None
    source: OptionalText = None
    # With an id, also join an existing expert of the same name + institution (importers of overlapping public
    # lists, e.g. people in both academies); without it an explicit id is always its own expert.
    merge_by_name: bool = False

    @field_validator("directions", mode="before")
    @classmethod
    def _directions_from_names(cls, v):
        return [{"name": d} if isinstance(d, str) else d for d in v] if isinstance(v, list) else v

    @field_validator("awards", mode="before")
    @classmethod
    def _awards_from_names(cls, v):
        return [{"name": a} if isinstance(a, str) else a for a in v] if isinstance(v, list) else v

    @field_validator("bio")
    @classmethod
    def _bio(cls, v: str | None) -> str | None:
        if v is None:
            return None
        v = _reject_control(v, allow_newlines=True).strip()
        if len(v) > MAX_BIO:
            raise ValueError(f"is {len(v)} characters long, the limit is {MAX_BIO}")
        return v or None

    @field_validator("fields")
    @classmethod
    def _fields(cls, v: list[str]) -> list[str]:
        items = [_short(f, MAX_TEXT) for f in v]
        return _unique([f for f in items if f], lambda f: f)

    @model_validator(mode="after")
    def _dedupe(self) -> ExpertRecord:
        object.__setattr__(self, "directions", _unique(self.directions, lambda d: d.name))
        object.__setattr__(self, "awards", _unique(self.awards, lambda a: f"{a.name}|{a.year}"))
        return self
