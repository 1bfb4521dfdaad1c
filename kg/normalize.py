"""Text normalisation that decides when two spellings name the same Field, Direction, Award or person."""

import hashlib
import re
import unicodedata

_SPACE = re.compile(r"\s+")
# A space between two CJK characters is noise ("人工 智能"); between Latin words it is meaningful.
_CJK_GAP = re.compile(r"(?<=[\u3000-\u9fff\uf900-\ufaff])\s+(?=[\u3000-\u9fff\uf900-\ufaff])")


def clean(text: str) -> str:
    """Display form: NFKC (full-width → half-width), trimmed, inner whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text)
    if " " not in text and text.isprintable():  # no whitespace at all: nothing to collapse
        return text
    text = _SPACE.sub(" ", text).strip()
    return _CJK_GAP.sub("", text)


def key(text: str) -> str:
    """Identity form: the display form, case-folded; equal keys mean the same node."""
    return clean(text).casefold()


def expert_key(name: str, institution: str | None) -> str:
    """Identity of a person without an id: normalised name plus normalised institution."""
    return f"{key(name)}|{key(institution or '')}"


def derived_expert_id(name: str, institution: str | None) -> str:
    """A stable id for a record that brings none, from its identity key."""
    digest = hashlib.sha1(expert_key(name, institution).encode("utf-8")).hexdigest()
    return f"x-{digest[:16]}"
