"""The shared vocabulary and its wire mapping: one meaning for each word, and an explicit default for the unsaid."""

from __future__ import annotations

import pytest
from wendu.core.vocabulary import (
    KIND_NOT_TOLD,
    InterviewKind,
    Language,
    LocalizedText,
    interview_kind_from_text,
    interview_kind_to_text,
)
from wendu.core.wire import (
    interview_kind_from_proto,
    interview_kind_to_proto,
    language_from_proto,
    language_to_proto,
    localized_from_proto,
    localized_to_proto,
)
from wendu.v1 import common_pb2


@pytest.mark.parametrize("language", list(Language))
def test_a_language_goes_to_the_wire_and_back(language: Language) -> None:
    assert language_from_proto(language_to_proto(language), default=None) is language


@pytest.mark.parametrize("value", [common_pb2.LANGUAGE_UNSPECIFIED, 99])
def test_an_unspecified_or_unknown_language_is_the_default_the_caller_states(value: int) -> None:
    assert language_from_proto(value, default=None) is None
    assert language_from_proto(value, default=Language.EN) is Language.EN


@pytest.mark.parametrize("kind", list(InterviewKind))
def test_a_kind_goes_to_the_wire_and_back(kind: InterviewKind) -> None:
    assert interview_kind_from_proto(interview_kind_to_proto(kind), default=None) is kind


def test_a_kind_never_told_is_unspecified_on_the_wire_and_the_default_off_it() -> None:
    assert interview_kind_to_proto(None) == common_pb2.INTERVIEW_KIND_UNSPECIFIED
    assert interview_kind_from_proto(common_pb2.INTERVIEW_KIND_UNSPECIFIED, default=None) is None
    assert (
        interview_kind_from_proto(common_pb2.INTERVIEW_KIND_UNSPECIFIED, default=InterviewKind.SELECTION)
        is InterviewKind.SELECTION
    )


def test_localized_text_reads_in_the_language_asked_and_crosses_the_wire_whole() -> None:
    text = LocalizedText(zh="结果", en="result")
    assert text.in_language(Language.ZH) == "结果"
    assert text.in_language(Language.EN) == "result"
    assert localized_from_proto(localized_to_proto(text)) == text


def test_the_string_values_stay_the_stored_ones() -> None:
    assert [language.value for language in Language] == ["zh", "en"]
    assert [kind.value for kind in InterviewKind] == ["selection", "practice"]


@pytest.mark.parametrize("kind", [*InterviewKind, None])
def test_a_stored_kind_reads_back_the_same_and_one_never_told_is_none(kind: InterviewKind | None) -> None:
    assert interview_kind_from_text(interview_kind_to_text(kind)) is kind
    assert interview_kind_to_text(None) == KIND_NOT_TOLD == "unspecified"
