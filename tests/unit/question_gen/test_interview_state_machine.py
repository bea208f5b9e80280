"""The interview state machine: scheduled -> in_progress <-> paused -> completed, plus abandoned/expired.

Also the candidate's choices (before the start only) and time (paused time never counts; a limit
only when the employer sets one, extended by recorded grants).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from wendu.core.errors import FailedPrecondition, InvalidArgument
from wendu.core.vocabulary import Language
from wendu.question_gen.domain.interviews import (
    EndReason,
    FirstScreen,
    Interview,
    InterviewKind,
    InterviewMode,
    InterviewStatus,
    Question,
)
from wendu.question_gen.domain.positions import CompetencyWeight, TimePolicy

NOW = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
WINDOW = (NOW, NOW + timedelta(days=7))
IDLE = timedelta(hours=1)


def scheduled(*, hard_limit_minutes: int = 0, offered: tuple[InterviewMode, ...] = ()) -> Interview:
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
        time_policy=TimePolicy(hard_limit_minutes=hard_limit_minutes),
        language=Language.EN,
        kind=InterviewKind.SELECTION,
        plan=plan,
        created_at=NOW,
        window_start=WINDOW[0],
        window_end=WINDOW[1],
        offered_modes=offered,
        last_activity_at=NOW,
    )


def in_state(status: InterviewStatus) -> Interview:
    interview = scheduled()
    if status is InterviewStatus.SCHEDULED:
        return interview
    if status is InterviewStatus.EXPIRED:
        interview.expire_if_window_passed(WINDOW[1])
        return interview
    interview.start(NOW)
    if status is InterviewStatus.PAUSED:
        interview.pause(NOW)
    elif status is InterviewStatus.COMPLETED:
        interview.complete(NOW)
    elif status is InterviewStatus.ABANDONED:
        interview.withdraw(NOW)
    return interview


ACTIONS: dict[str, Callable[[Interview], object]] = {
    "start": lambda iv: iv.start(NOW),
    "pause": lambda iv: iv.pause(NOW),
    "resume": lambda iv: iv.resume(NOW),
    "complete": lambda iv: iv.complete(NOW),
    "withdraw": lambda iv: iv.withdraw(NOW),
}
S = InterviewStatus
# (action, from) -> to; every pair not listed must be refused, naming the current state.
ALLOWED = {
    ("start", S.SCHEDULED): S.IN_PROGRESS,
    ("pause", S.IN_PROGRESS): S.PAUSED,
    ("resume", S.PAUSED): S.IN_PROGRESS,
    ("complete", S.IN_PROGRESS): S.COMPLETED,
    ("complete", S.PAUSED): S.COMPLETED,
    ("complete", S.COMPLETED): S.COMPLETED,  # a retried call
    ("withdraw", S.SCHEDULED): S.ABANDONED,
    ("withdraw", S.IN_PROGRESS): S.ABANDONED,
    ("withdraw", S.PAUSED): S.ABANDONED,
    ("withdraw", S.ABANDONED): S.ABANDONED,  # a retried call
}


@pytest.mark.parametrize("action", list(ACTIONS))
@pytest.mark.parametrize("status", list(InterviewStatus))
def test_every_transition_is_allowed_or_refused_naming_the_current_state(action, status):
    interview = in_state(status)
    assert interview.status is status

    if (action, status) in ALLOWED:
        ACTIONS[action](interview)
        assert interview.status is ALLOWED[(action, status)]
    else:
        with pytest.raises(FailedPrecondition, match=f"is {status.value}"):
            ACTIONS[action](interview)
        assert interview.status is status


def test_starting_asks_the_first_planned_question():
    interview = scheduled()

    first = interview.start(NOW)

    assert interview.status is InterviewStatus.IN_PROGRESS
    assert first.question_id == "q1" and first.ordinal == 1
    assert interview.current_question_id == "q1"
    assert interview.started_at == NOW


def test_answering_a_paused_interview_is_refused():
    interview = in_state(InterviewStatus.PAUSED)

    with pytest.raises(FailedPrecondition, match="paused"):
        interview.submit_answer("q1", "An answer", idempotency_key="", now=NOW)


def test_answering_a_completed_interview_is_refused():
    interview = in_state(InterviewStatus.COMPLETED)

    with pytest.raises(FailedPrecondition, match="completed"):
        interview.submit_answer("q1", "An answer", idempotency_key="", now=NOW)


def test_completing_again_keeps_the_first_completion_event():
    interview = in_state(InterviewStatus.COMPLETED)
    event_id = interview.completion_event_id

    assert interview.complete(NOW) is False
    assert interview.completion_event_id == event_id


def test_withdrawing_records_why_and_clears_the_current_question():
    interview = in_state(InterviewStatus.IN_PROGRESS)

    assert interview.withdraw(NOW) is True
    assert interview.withdraw(NOW) is False
    assert (interview.status, interview.end_reason) == (InterviewStatus.ABANDONED, EndReason.WITHDRAWN)
    assert interview.current_question_id == ""


# ---------------------------------------------------------------- idle and expiry (the sweep's rules)


@pytest.mark.parametrize("status", [InterviewStatus.IN_PROGRESS, InterviewStatus.PAUSED])
def test_an_open_interview_idle_past_the_limit_is_abandoned(status):
    interview = in_state(status)

    with pytest.raises(FailedPrecondition, match="not idle"):
        interview.abandon_if_idle(NOW + IDLE - timedelta(seconds=1), IDLE)
    interview.abandon_if_idle(NOW + IDLE, IDLE)

    assert (interview.status, interview.end_reason) == (InterviewStatus.ABANDONED, EndReason.IDLE)


def test_activity_restarts_the_idle_clock():
    interview = in_state(InterviewStatus.IN_PROGRESS)
    later = NOW + timedelta(minutes=50)
    interview.submit_answer("q1", "An answer", idempotency_key="", now=later)

    assert not interview.is_idle(NOW + IDLE, IDLE)
    assert interview.is_idle(later + IDLE, IDLE)


@pytest.mark.parametrize("status", [InterviewStatus.SCHEDULED, InterviewStatus.COMPLETED])
def test_only_a_started_open_interview_can_go_idle(status):
    interview = in_state(status)

    with pytest.raises(FailedPrecondition, match="not idle"):
        interview.abandon_if_idle(NOW + 100 * IDLE, IDLE)
    assert interview.status is status


def test_an_unstarted_interview_expires_when_its_window_passes():
    interview = scheduled()

    with pytest.raises(FailedPrecondition, match="window is open"):
        interview.expire_if_window_passed(WINDOW[1] - timedelta(seconds=1))
    interview.expire_if_window_passed(WINDOW[1])

    assert (interview.status, interview.end_reason) == (InterviewStatus.EXPIRED, EndReason.WINDOW_PASSED)


def test_a_started_interview_never_expires():
    interview = in_state(InterviewStatus.IN_PROGRESS)

    assert not interview.window_passed(WINDOW[1] + timedelta(days=30))
    with pytest.raises(FailedPrecondition, match="in_progress"):
        interview.expire_if_window_passed(WINDOW[1] + timedelta(days=30))


def test_an_interview_cannot_start_after_its_window():
    interview = scheduled()

    with pytest.raises(FailedPrecondition, match="scheduling window ended"):
        interview.start(WINDOW[1])
    assert interview.status is InterviewStatus.SCHEDULED


# ---------------------------------------------------------------- the candidate's choices


def test_the_candidate_chooses_a_slot_inside_the_window_and_an_offered_mode():
    interview = scheduled(offered=(InterviewMode.VOICE,))
    slot = NOW + timedelta(days=2)

    interview.choose(NOW, slot_start=slot, mode=InterviewMode.VOICE)

    assert (interview.slot_start, interview.mode) == (slot, InterviewMode.VOICE)


@pytest.mark.parametrize("slot", [NOW - timedelta(minutes=1), WINDOW[1], WINDOW[1] + timedelta(days=1)])
def test_a_slot_outside_the_window_is_invalid_naming_the_field(slot):
    interview = scheduled()

    with pytest.raises(InvalidArgument) as raised:
        interview.choose(NOW, slot_start=slot)
    assert raised.value.field == "slot_start"
    assert interview.slot_start is None


def test_a_mode_without_a_transcript_from_the_hr_suite_is_invalid():
    interview = scheduled(offered=(InterviewMode.VOICE,))

    with pytest.raises(InvalidArgument) as raised:
        interview.choose(NOW, mode=InterviewMode.VIDEO)
    assert raised.value.field == "mode"
    assert interview.mode is InterviewMode.TEXT


def test_a_new_language_comes_with_its_plan():
    interview = scheduled()
    zh_plan = [Question("z1", "第一个问题？", ("communication",), "competency template: communication")]

    interview.choose(NOW, language=Language.ZH, plan=zh_plan)

    assert interview.language is Language.ZH
    assert [q.text for q in interview.plan] == ["第一个问题？"]


@pytest.mark.parametrize("status", [s for s in InterviewStatus if s is not InterviewStatus.SCHEDULED])
def test_choices_change_only_before_the_start(status):
    interview = in_state(status)

    with pytest.raises(FailedPrecondition, match=f"only before the start, and the interview is {status.value}"):
        interview.choose(NOW, slot_start=NOW + timedelta(days=1))
    with pytest.raises(FailedPrecondition, match=status.value):
        interview.choose_human_screen(NOW)


def test_a_human_first_screen_keeps_the_ai_interview_from_starting():
    interview = scheduled()

    assert interview.choose_human_screen(NOW) is True
    assert interview.choose_human_screen(NOW) is False

    assert interview.first_screen is FirstScreen.HUMAN
    with pytest.raises(FailedPrecondition, match="human first screen"):
        interview.start(NOW)


# ---------------------------------------------------------------- time


def test_paused_time_does_not_count():
    interview = in_state(InterviewStatus.IN_PROGRESS)
    interview.pause(NOW + timedelta(minutes=10))
    interview.resume(NOW + timedelta(hours=5))

    assert interview.time_used_seconds(NOW + timedelta(hours=5, minutes=2)) == 12 * 60


def test_without_an_employer_limit_time_never_refuses_an_answer():
    interview = in_state(InterviewStatus.IN_PROGRESS)

    answer, _ = interview.submit_answer("q1", "Late but fine", idempotency_key="", now=NOW + timedelta(hours=9))

    assert interview.time_limit_seconds() == 0
    assert answer.text == "Late but fine"


def test_an_employer_limit_refuses_answers_after_it_and_an_extension_makes_room():
    interview = scheduled(hard_limit_minutes=30)
    interview.start(NOW)
    late = NOW + timedelta(minutes=31)

    with pytest.raises(FailedPrecondition, match="time limit of 30 minutes"):
        interview.submit_answer("q1", "Too late", idempotency_key="", now=late)
    granted = interview.grant_extension(
        extension_id="x1", minutes=15, reason="screen reader user", granted_by="recruiter-7", now=late
    )
    answer, _ = interview.submit_answer("q1", "In time now", idempotency_key="", now=late)

    assert granted is True and answer.revision == 0
    assert interview.time_limit_seconds() == 45 * 60
    [extension] = interview.extensions
    assert (extension.minutes, extension.reason, extension.granted_by) == (15, "screen reader user", "recruiter-7")


def test_the_same_extension_id_grants_once():
    interview = scheduled(hard_limit_minutes=30)
    for _ in range(2):
        interview.grant_extension(extension_id="x1", minutes=10, reason="dyslexia", granted_by="r", now=NOW)

    assert interview.time_limit_seconds() == 40 * 60


@pytest.mark.parametrize(
    ("minutes", "reason", "field"), [(0, "why", "minutes"), (601, "why", "minutes"), (5, " ", "reason")]
)
def test_an_extension_names_its_invalid_field(minutes, reason, field):
    interview = scheduled(hard_limit_minutes=30)

    with pytest.raises(InvalidArgument) as raised:
        interview.grant_extension(extension_id="x", minutes=minutes, reason=reason, granted_by="r", now=NOW)
    assert raised.value.field == field


def test_there_is_nothing_to_extend_without_a_limit_or_after_the_end():
    without_limit = scheduled()
    ended = scheduled(hard_limit_minutes=30)
    ended.withdraw(NOW)

    with pytest.raises(FailedPrecondition, match="no time limit"):
        without_limit.grant_extension(extension_id="x", minutes=5, reason="why", granted_by="r", now=NOW)
    with pytest.raises(FailedPrecondition, match="abandoned"):
        ended.grant_extension(extension_id="x", minutes=5, reason="why", granted_by="r", now=NOW)
