"""The words every service shares: an interview's language and kind, and text in both languages.

Plain domain types, no protobuf: their wire mapping is in :mod:`wendu.core.wire`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Language(enum.StrEnum):
    """The language of an interview: the language of everything the candidate reads."""

    ZH = "zh"
    EN = "en"


class InterviewKind(enum.StrEnum):
    SELECTION = "selection"
    # Mock interviews: recorded for the candidate, walled off from employers and from selection statistics.
    PRACTICE = "practice"


# The stored form of a kind that was never told: feedback and training keep what an event without
# a kind announced, and such a record is neither practice nor selection.
KIND_NOT_TOLD = "unspecified"


def interview_kind_to_text(kind: InterviewKind | None) -> str:
    """The stored form of ``kind``: its value, or KIND_NOT_TOLD for None."""
    return kind.value if kind is not None else KIND_NOT_TOLD


def interview_kind_from_text(raw: str) -> InterviewKind | None:
    """The kind of a stored value: None for KIND_NOT_TOLD; ValueError for anything else unknown."""
    return None if raw == KIND_NOT_TOLD else InterviewKind(raw)


@dataclass(frozen=True)
class LocalizedText:
    """Text in zh and en: everything a candidate reads exists in both."""

    zh: str
    en: str

    def in_language(self, language: Language) -> str:
        return self.zh if language is Language.ZH else self.en
