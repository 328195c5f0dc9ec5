"""FAO FERM controlled vocabularies (resources/data/ferm_vocabularies.json, an unchanged copy of the reference).

The file lists, per vocabulary, entries ``{"code": ..., "label": {"en": ..., "es": ..., "fr": ...}}`` (Portuguese
only for restoration statuses). :class:`Vocabularies` gives code <-> label lookups: :meth:`label` in the user's
language, falling back to English when the reference has no label in that language; :meth:`code_of` accepts a
code or any label in any language (case, accents kept, surrounding spaces ignored).

Activities are a two-level tree: groups (codes 1000-1008, e.g. "Restoration of vegetation cover") hold the leaf
activities (codes 1-50) that FERM stores for an area; only leaf codes are valid activity codes.

Organisation roles and types: the FERM manual's API example writes them as text ("Lead implementer", "NGO") while
the registry stores codes. :data:`ORGANIZATION_ALIASES` plus the vocabulary labels are the ONE place that maps text
to codes (:meth:`Vocabularies.organization_code`); everything else asks it.
"""
from __future__ import annotations

import json
import os
import unicodedata
from functools import lru_cache

LANGUAGES = ("en", "es", "fr", "pt")

# vocabulary keys of the reference file
RESTORATION_TYPES = "restoration_types"
RESTORATION_STATUSES = "restoration_statuses"
TENURE_STATUSES = "tenure_statuses"
BIOMES = "iucn_get_biomes"
ACTIVITIES = "activities"
ORGANIZATION_TYPES = "organization_types"
ORGANIZATION_ROLES = "organization_roles"
PROJECT_OBJECTIVES = "project_objectives"

ORGANIZATION_ALIASES = {
    # texts used by the FERM manual / API examples and common variants -> registry codes
    ORGANIZATION_ROLES: {
        "lead implementer": 1, "lead": 1, "leading implementer": 1, "lead organization": 1,
        "lead organisation": 1, "supporting implementer": 2, "support": 2, "supporter": 2, "partner": 2,
        "co-implementer": 2,
    },
    ORGANIZATION_TYPES: {
        "non-governmental organization": 2, "non-governmental organisation": 2, "ngo": 2, "ppp": 3,
        "academic": 7, "research": 7, "academia": 7, "university": 7, "private": 6, "company": 6,
        "intergovernmental": 4, "international organization": 4, "un": 4,
    },
}


def default_path() -> str:
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for root in (os.path.join(here, "resources"), os.path.join(os.path.dirname(here), "resources")):
        path = os.path.join(root, "data", "ferm_vocabularies.json")
        if os.path.exists(path):
            return path
    return os.path.join(here, "resources", "data", "ferm_vocabularies.json")


def _key(text) -> str:
    return unicodedata.normalize("NFC", " ".join(str(text).split())).casefold()


def _code_key(code) -> str:
    """Codes compare as text: 2, '2', ' 2 ' and 2.0 are the same code; 't1' matches 'T1'."""
    if isinstance(code, float) and code.is_integer():
        code = int(code)
    text = str(code).strip()
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]
    return text.upper()


class Vocabularies:
    """Lookups over the FERM vocabularies file."""

    def __init__(self, data: dict):
        self.data = data
        self._entries: dict[str, dict[str, dict]] = {}
        for name, entries in data.items():
            if isinstance(entries, list):
                self._entries[name] = {_code_key(e["code"]): e for e in entries}
        self._groups = dict(self._entries.get(ACTIVITIES, {}))
        self._entries[ACTIVITIES] = {_code_key(i["code"]): dict(i, group=g["code"])
                                     for g in data.get(ACTIVITIES, []) for i in g.get("items", [])}

    @classmethod
    def load(cls, path: str | None = None) -> Vocabularies:
        return _load(path or default_path())

    def names(self) -> list[str]:
        return list(self._entries)

    def entry(self, vocabulary: str, code) -> dict | None:
        return self._entries.get(vocabulary, {}).get(_code_key(code))

    def codes(self, vocabulary: str) -> list:
        return [e["code"] for e in self._entries.get(vocabulary, {}).values()]

    def is_code(self, vocabulary: str, code) -> bool:
        return self.entry(vocabulary, code) is not None

    def canonical(self, vocabulary: str, code):
        """The code as the vocabulary writes it (int for numeric vocabularies, 'T1' for biomes) or None."""
        entry = self.entry(vocabulary, code)
        return entry["code"] if entry else None

    def label(self, vocabulary: str, code, language: str = "en") -> str | None:
        """Label of ``code`` in ``language`` (English when the reference has none in it); None if unknown."""
        entry = self.entry(vocabulary, code)
        if entry is None:
            return None
        labels = entry.get("label", {})
        return labels.get(language) or labels.get("en")

    def group_label(self, activity_code, language: str = "en") -> str | None:
        """Label of the group (e.g. 'Restoration of vegetation cover') of a leaf activity."""
        entry = self.entry(ACTIVITIES, activity_code)
        group = self._groups.get(_code_key(entry["group"])) if entry else None
        return (group["label"].get(language) or group["label"].get("en")) if group else None

    def code_of(self, vocabulary: str, text):
        """Code for a code or a label in any language (None when nothing matches)."""
        if text is None or str(text).strip() == "":
            return None
        code = self.canonical(vocabulary, text)
        if code is not None:
            return code
        wanted = _key(text)
        for entry in self._entries.get(vocabulary, {}).values():
            if any(_key(label) == wanted for label in entry.get("label", {}).values()):
                return entry["code"]
        return None

    def organization_code(self, vocabulary: str, text):
        """Organisation role/type code from a code, a label (any language) or a known alias; None if unknown."""
        code = self.code_of(vocabulary, text)
        if code is None and text is not None:
            code = ORGANIZATION_ALIASES.get(vocabulary, {}).get(_key(text))
        return code


@lru_cache(maxsize=4)
def _load(path: str) -> Vocabularies:
    with open(path, encoding="utf-8") as f:
        return Vocabularies(json.load(f))


def split_codes(text) -> list[str]:
    """Codes from a comma- or semicolon-separated text ('4, 6,38' -> ['4', '6', '38']); empty items dropped."""
    if text is None:
        return []
    if isinstance(text, (list, tuple)):
        return [str(t).strip() for t in text if str(t).strip()]
    return [t.strip() for t in str(text).replace(";", ",").split(",") if t.strip()]
