"""The shared vocabulary (:mod:`wendu.core.vocabulary`) as the ``wendu.v1`` protobuf types.

For the edges of a service (its event and API mapping); domain code imports the vocabulary, not this.
An UNSPECIFIED or unknown proto value has no domain meaning, so the functions that read one take an
explicit ``default``: each caller states what a missing value means to it (None when it must decide,
e.g. answer INVALID_ARGUMENT; a language when it has a readable fallback).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from wendu.core.vocabulary import InterviewKind, Language, LocalizedText
from wendu.v1 import common_pb2

# A default of None gives ``X | None``; a default that is a member gives ``X``.
_LanguageDefault = TypeVar("_LanguageDefault", bound=Language | None)
_KindDefault = TypeVar("_KindDefault", bound=InterviewKind | None)

_LANGUAGE_TO_PROTO: Mapping[Language, common_pb2.Language.ValueType] = {
    Language.ZH: common_pb2.LANGUAGE_ZH,
    Language.EN: common_pb2.LANGUAGE_EN,
}
_LANGUAGE_FROM_PROTO: Mapping[int, Language] = {proto: language for language, proto in _LANGUAGE_TO_PROTO.items()}
_KIND_TO_PROTO: Mapping[InterviewKind, common_pb2.InterviewKind.ValueType] = {
    InterviewKind.SELECTION: common_pb2.INTERVIEW_KIND_SELECTION,
    InterviewKind.PRACTICE: common_pb2.INTERVIEW_KIND_PRACTICE,
}
_KIND_FROM_PROTO: Mapping[int, InterviewKind] = {proto: kind for kind, proto in _KIND_TO_PROTO.items()}


def language_to_proto(language: Language) -> common_pb2.Language.ValueType:
    return _LANGUAGE_TO_PROTO[language]


def language_from_proto(value: int, *, default: _LanguageDefault) -> Language | _LanguageDefault:
    """The domain language of a proto ``Language``; ``default`` for LANGUAGE_UNSPECIFIED and unknown values."""
    return _LANGUAGE_FROM_PROTO.get(value, default)


def interview_kind_to_proto(kind: InterviewKind | None) -> common_pb2.InterviewKind.ValueType:
    """The proto kind; INTERVIEW_KIND_UNSPECIFIED for None (a kind that was never told)."""
    return _KIND_TO_PROTO[kind] if kind is not None else common_pb2.INTERVIEW_KIND_UNSPECIFIED


def interview_kind_from_proto(value: int, *, default: _KindDefault) -> InterviewKind | _KindDefault:
    """The domain kind of a proto ``InterviewKind``; ``default`` for INTERVIEW_KIND_UNSPECIFIED and unknown values."""
    return _KIND_FROM_PROTO.get(value, default)


def localized_to_proto(text: LocalizedText) -> common_pb2.LocalizedText:
    return common_pb2.LocalizedText(zh=text.zh, en=text.en)


def localized_from_proto(text: common_pb2.LocalizedText) -> LocalizedText:
    return LocalizedText(zh=text.zh, en=text.en)
