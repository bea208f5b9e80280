"""An event that does not say its interview's kind or language: feedback states what that means to it."""

from __future__ import annotations

from datetime import UTC, datetime

from wendu.core.vocabulary import InterviewKind, Language
from wendu.feedback.handlers import mapping
from wendu.v1 import common_pb2, events_pb2


def _hint_ready(
    kind: common_pb2.InterviewKind.ValueType = common_pb2.INTERVIEW_KIND_UNSPECIFIED,
) -> events_pb2.HintReady:
    return events_pb2.HintReady(
        meta=common_pb2.EventMeta(tenant_id="t1", interview_id="i1", event_id="e1", interview_kind=kind),
        hint_id="h1",
        answer_id="a1",
        text="Say what the result was.",
    )


def test_a_hint_without_kind_or_language_is_kept_as_not_told_and_read_in_english() -> None:
    hint = mapping.hint_from_event(_hint_ready(), received_at=datetime(2026, 1, 1, tzinfo=UTC))

    assert hint.kind is None
    assert hint.language is Language.EN
    # Published again, it still does not claim a kind.
    assert mapping.hint_to_event(hint).meta.interview_kind == common_pb2.INTERVIEW_KIND_UNSPECIFIED


def test_a_hint_keeps_the_kind_and_language_it_was_told() -> None:
    event = _hint_ready(common_pb2.INTERVIEW_KIND_PRACTICE)
    event.language = common_pb2.LANGUAGE_ZH
    hint = mapping.hint_from_event(event, received_at=datetime(2026, 1, 1, tzinfo=UTC))

    assert hint.kind is InterviewKind.PRACTICE
    assert hint.language is Language.ZH
    assert mapping.hint_to_event(hint).meta.interview_kind == common_pb2.INTERVIEW_KIND_PRACTICE
