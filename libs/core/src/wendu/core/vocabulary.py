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


@dataclass(frozen=True)
class LocalizedText:
    """Text in zh and en: everything a candidate reads exists in both."""

    zh: str
    en: str

    def in_language(self, language: Language) -> str:
        return self.zh if language is Language.ZH else self.en
