"""The interview state machine: scheduled -> in_progress <-> paused -> completed, plus abandoned/expired."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from wendu.core.errors import FailedPrecondition
from wendu.question_gen.domain.interviews import Interview, InterviewKind, InterviewStatus, Question
from wendu.question_gen.domain.language import Language
from wendu.question_gen.domain.positions import CompetencyWeight, TimePolicy

NOW = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


def scheduled() -> Interview:
    plan = [
        Question("q1", "First?", ("communication",), "competency template: communication"),
        Question("q2", "Second?", ("teamwork",), "competency template: teamwork"),
    ]
    return Interview(
        interview_id="i1",
        tenant_id="t1",
        candidate_id="c1",
        position_id="p1",
        position_title="Engineer",
        weights=(CompetencyWeight("communication", 50), CompetencyWeight("teamwork", 50)),
        rubric_version="r1",
        time_policy=TimePolicy(),
        language=Language.EN,
        kind=InterviewKind.SELECTION,
        plan=plan,
        created_at=NOW,
    )


def test_starting_asks_the_first_planned_question():
    interview = scheduled()

    first = interview.start(NOW)

    assert interview.status is InterviewStatus.IN_PROGRESS
    assert first.question_id == "q1" and first.ordinal == 1
    assert interview.current_question_id == "q1"
    assert interview.started_at == NOW


def test_an_interview_cannot_be_started_twice():
    interview = scheduled()
    interview.start(NOW)

    with pytest.raises(FailedPrecondition, match="cannot start an interview that is in_progress"):
        interview.start(NOW)


def test_pause_and_resume_toggle_between_in_progress_and_paused():
    interview = scheduled()
    interview.start(NOW)

    interview.pause()
    assert interview.status is InterviewStatus.PAUSED
    interview.resume()
    assert interview.status is InterviewStatus.IN_PROGRESS


def test_resuming_a_running_interview_is_refused():
    interview = scheduled()
    interview.start(NOW)

    with pytest.raises(FailedPrecondition):
        interview.resume()


def test_answering_a_paused_interview_is_refused():
    interview = scheduled()
    interview.start(NOW)
    interview.pause()

    with pytest.raises(FailedPrecondition, match="paused"):
        interview.submit_answer("q1", "An answer", idempotency_key="", now=NOW)


def test_answering_a_completed_interview_is_refused():
    interview = scheduled()
    interview.start(NOW)
    interview.complete(NOW)

    with pytest.raises(FailedPrecondition, match="completed"):
        interview.submit_answer("q1", "An answer", idempotency_key="", now=NOW)


def test_a_paused_interview_can_be_completed():
    interview = scheduled()
    interview.start(NOW)
    interview.pause()

    assert interview.complete(NOW) is True
    assert interview.status is InterviewStatus.COMPLETED
    assert interview.current_question_id == ""


def test_completing_again_is_a_harmless_repeat():
    interview = scheduled()
    interview.start(NOW)
    interview.complete(NOW)
    event_id = interview.completion_event_id

    assert interview.complete(NOW) is False
    assert interview.completion_event_id == event_id


def test_a_scheduled_interview_cannot_be_completed():
    with pytest.raises(FailedPrecondition, match="cannot complete an interview that is scheduled"):
        scheduled().complete(NOW)


def test_abandoned_and_expired_interviews_are_terminal():
    abandoned, expired = scheduled(), scheduled()
    abandoned.start(NOW)
    abandoned.abandon()
    expired.expire()

    assert abandoned.status.is_terminal and expired.status.is_terminal
    with pytest.raises(FailedPrecondition):
        abandoned.resume()
    with pytest.raises(FailedPrecondition):
        expired.start(NOW)


def test_a_completed_interview_cannot_be_paused_or_abandoned():
    interview = scheduled()
    interview.start(NOW)
    interview.complete(NOW)

    with pytest.raises(FailedPrecondition):
        interview.pause()
    with pytest.raises(FailedPrecondition):
        interview.abandon()
