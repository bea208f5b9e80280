"""Languages of an interview, and text that exists in both of them."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Language(enum.StrEnum):
    ZH = "zh"
    EN = "en"


@dataclass(frozen=True)
class LocalizedText:
    """Text in zh and en: everything a candidate reads exists in both."""

    zh: str
    en: str

    def in_language(self, language: Language) -> str:
        return self.zh if language is Language.ZH else self.en
