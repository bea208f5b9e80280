"""The candidate's control through the handlers: choices, withdrawal, requests of a human, time, the sweep."""

from __future__ import annotations

from datetime import timedelta

import pytest
from wendu.core.errors import FailedPrecondition, InvalidArgument
from wendu.core.topics import CANDIDATE_REQUESTS, DECISION_AUDIT
from wendu.core.vocabulary import Language
from wendu.question_gen.domain.interviews import EndReason, FirstScreen, InterviewMode, InterviewStatus
from wendu.question_gen.domain.planning import CandidateProfile
from wendu.question_gen.domain.positions import TimePolicy
from wendu.question_gen.handlers.interviews import ExtensionGrant, NewInterview, OptionsChoice
from wendu.question_gen.handlers.sweep import LifecycleSweep
from wendu.v1 import accountability_pb2, common_pb2

IDLE = timedelta(hours=2)


def sweep(app) -> LifecycleSweep:
    return LifecycleSweep(app.interviews, app.writer, idle_after=IDLE, interval_seconds=0.01, clock=app.clock)


def statuses(app, interview_id: str) -> list[int]:
    return [
        r.update.status.status
        for r in app.timeline.records.get(("tenant-a", interview_id), [])
        if r.update.WhichOneof("item") == "status"
    ]


async def test_an_interview_gets_the_default_window_when_the_employer_names_none(app):
    interview = await app.interview(start=False)

    assert interview.window_start == app.clock.now
    assert interview.window_end == app.clock.now + timedelta(days=14)


async def test_the_employer_window_and_offered_modes_are_kept(app, tenant):
    position = await app.position()
    app.profiles.profiles["cand-1"] = CandidateProfile("cand-1", ai_scoring_consent=True)
    start, end = app.clock.now + timedelta(days=1), app.clock.now + timedelta(days=3)

    created = await app.handlers.create(
        tenant,
        NewInterview(
            "cand-1",
            position.position_id,
            Language.EN,
            window_start=start,
            window_end=end,
            offered_modes=(InterviewMode.VIDEO,),
        ),
    )

    assert (created.interview.window_start, created.interview.window_end) == (start, end)
    assert created.interview.offered_modes == (InterviewMode.VIDEO,)


async def test_a_window_that_ends_before_it_starts_is_invalid(app, tenant):
    position = await app.position()
    app.profiles.profiles["cand-1"] = CandidateProfile("cand-1", ai_scoring_consent=True)

    with pytest.raises(InvalidArgument, match="window_end"):
        await app.handlers.create(
            tenant,
            NewInterview(
                "cand-1", position.position_id, Language.EN, window_start=app.clock.now, window_end=app.clock.now
            ),
        )


async def test_choosing_another_language_replans_the_questions_in_it(app, tenant):
    interview = await app.interview(start=False, language=Language.EN)
    slot = app.clock.now + timedelta(days=2)

    chosen = await app.handlers.choose_options(
        tenant, interview.interview_id, OptionsChoice(slot_start=slot, language=Language.ZH)
    )

    assert chosen.language is Language.ZH and chosen.slot_start == slot
    assert chosen.plan and all(any("\u4e00" <= ch <= "\u9fff" for ch in q.text) for q in chosen.plan)
    started = await app.handlers.start(tenant, interview.interview_id)
    assert started.questions[0].text == chosen.plan[0].text


async def test_choices_after_the_start_are_refused_naming_the_state(app, tenant):
    interview = await app.interview()

    with pytest.raises(FailedPrecondition, match="in_progress"):
        await app.handlers.choose_options(tenant, interview.interview_id, OptionsChoice(language=Language.ZH))
    assert (await app.handlers.get(tenant, interview.interview_id)).language is Language.EN


async def test_withdrawing_abandons_and_ends_the_stream(app, tenant):
    interview = await app.interview()

    withdrawn = await app.handlers.withdraw(tenant, interview.interview_id)
    again = await app.handlers.withdraw(tenant, interview.interview_id)

    assert (withdrawn.status, withdrawn.end_reason) == (InterviewStatus.ABANDONED, EndReason.WITHDRAWN)
    assert again.status is InterviewStatus.ABANDONED
    assert statuses(app, interview.interview_id)[-1] == common_pb2.INTERVIEW_STATUS_ABANDONED
    with pytest.raises(FailedPrecondition, match="abandoned"):
        await app.handlers.resume(tenant, interview.interview_id)


async def test_a_human_screen_request_is_stored_once_and_published_once(app, tenant):
    interview = await app.interview(start=False)

    first = await app.request_handlers.request_human_screen(tenant, interview.interview_id, "  I prefer a person. ")
    again = await app.request_handlers.request_human_screen(tenant, interview.interview_id, "again")

    assert again.request_id == first.request_id and first.note == "I prefer a person."
    [event] = app.publisher.events(CANDIDATE_REQUESTS)
    assert (event.request_id, event.reason, event.note) == (first.request_id, "candidate_choice", "I prefer a person.")
    assert event.kind == common_pb2.CANDIDATE_REQUEST_KIND_HUMAN_SCREEN
    assert event.meta.event_id == first.event_id
    assert (await app.handlers.get(tenant, interview.interview_id)).first_screen is FirstScreen.HUMAN


async def test_routing_to_a_human_screen_is_audited_once_and_an_hr_chat_is_not(app, tenant):
    interview = await app.interview(start=False)

    await app.request_handlers.request_human_screen(tenant, interview.interview_id, "I prefer a person.")
    await app.request_handlers.request_human_screen(tenant, interview.interview_id, "again")

    [record] = app.publisher.events(DECISION_AUDIT)
    assert record.kind == accountability_pb2.AUDIT_DECISION_KIND_ROUTED_TO_HUMAN
    assert (record.meta.interview_id, record.decided_by) == (interview.interview_id, "question-gen")
    assert record.decision == "human screen (candidate_choice)" and record.input_sha256.startswith("sha256:")
    # The candidate's note is not on the trail, not even hashed in clear.
    assert "person" not in str(record)


async def test_a_request_whose_publish_failed_is_published_on_retry_with_the_same_event_id(app, tenant):
    interview = await app.interview(start=False)
    app.publisher.failures_left = 1

    with pytest.raises(ConnectionError):
        await app.request_handlers.request_human_screen(tenant, interview.interview_id, "")
    retried = await app.request_handlers.request_human_screen(tenant, interview.interview_id, "")

    [event] = app.publisher.events(CANDIDATE_REQUESTS)
    assert event.meta.event_id == retried.event_id


async def test_a_human_screen_cannot_be_chosen_after_the_start(app, tenant):
    interview = await app.interview()

    with pytest.raises(FailedPrecondition, match="in_progress"):
        await app.request_handlers.request_human_screen(tenant, interview.interview_id, "")
    assert app.publisher.events(CANDIDATE_REQUESTS) == []


async def test_an_hr_chat_is_requested_after_the_ai_interview_only(app, tenant):
    interview = await app.interview()

    with pytest.raises(FailedPrecondition, match="after the AI interview is completed; it is in_progress"):
        await app.request_handlers.request_hr_chat(tenant, interview.interview_id, "")
    await app.handlers.complete(tenant, interview.interview_id)
    request = await app.request_handlers.request_hr_chat(tenant, interview.interview_id, "Ten minutes, please.")

    [event] = app.publisher.events(CANDIDATE_REQUESTS)
    assert event.kind == common_pb2.CANDIDATE_REQUEST_KIND_HR_CHAT and event.request_id == request.request_id


async def test_a_too_long_note_is_invalid(app, tenant):
    interview = await app.interview(start=False)

    with pytest.raises(InvalidArgument, match="note"):
        await app.request_handlers.request_human_screen(tenant, interview.interview_id, "x" * 1001)


async def test_requests_are_listed_newest_first_page_by_page_and_by_kind(app, tenant):
    ids = []
    for index in range(3):
        profile = CandidateProfile(f"cand-{index}", ai_scoring_consent=True)
        interview = await app.interview(profile=profile, start=False)
        ids.append((await app.request_handlers.request_human_screen(tenant, interview.interview_id, "")).request_id)
        app.clock.advance(60)

    first = await app.request_handlers.list(tenant, 0, 2, "")
    second = await app.request_handlers.list(tenant, 0, 2, first.next_page_token)
    chats = await app.request_handlers.list(tenant, common_pb2.CANDIDATE_REQUEST_KIND_HR_CHAT, 0, "")

    assert [r.request_id for r in first.requests + second.requests] == ids[::-1]
    assert first.next_page_token and second.next_page_token == ""
    assert chats.requests == []


@pytest.mark.parametrize(
    ("kind", "page_size", "token", "field"),
    [(9, 0, "", "kind"), (0, 201, "", "page_size"), (0, 0, "not-a-token", "page_token")],
)
async def test_listing_names_its_invalid_field(app, tenant, kind, page_size, token, field):
    with pytest.raises(InvalidArgument, match=field):
        await app.request_handlers.list(tenant, kind, page_size, token)


async def test_an_extension_is_recorded_and_lets_the_candidate_answer_again(app, tenant):
    position = await app.position(time_policy=TimePolicy(hard_limit_minutes=20))
    interview = await app.interview(position=position)
    app.clock.advance(21 * 60)

    with pytest.raises(FailedPrecondition, match="time limit of 20 minutes"):
        await app.answer(interview.interview_id, "An answer.")
    grant = ExtensionGrant(minutes=10, reason="accessibility accommodation", granted_by="rec-1", idempotency_key="k1")
    await app.handlers.grant_extension(tenant, interview.interview_id, grant)
    extended = await app.handlers.grant_extension(tenant, interview.interview_id, grant)
    submitted = await app.answer(interview.interview_id, "An answer.")

    assert extended.time_limit_seconds() == 30 * 60
    assert [(e.extension_id, e.minutes, e.granted_by) for e in extended.extensions] == [("k1", 10, "rec-1")]
    assert submitted.answer.revision == 0


async def test_pausing_stops_the_clock_of_an_employer_limit(app, tenant):
    position = await app.position(time_policy=TimePolicy(hard_limit_minutes=20))
    interview = await app.interview(position=position)
    app.clock.advance(15 * 60)
    await app.handlers.pause(tenant, interview.interview_id)
    app.clock.advance(3 * 3600)
    await app.handlers.resume(tenant, interview.interview_id)
    app.clock.advance(60)

    submitted = await app.answer(interview.interview_id, "Still within the limit.")

    assert submitted.answer.revision == 0
    assert (await app.handlers.get(tenant, interview.interview_id)).time_used_seconds(app.clock.now) == 16 * 60


async def test_the_sweep_abandons_idle_interviews_and_expires_unstarted_ones(app, tenant):
    idle = await app.interview()
    paused = await app.interview(profile=CandidateProfile("cand-p", ai_scoring_consent=True))
    await app.handlers.pause(tenant, paused.interview_id)
    unstarted = await app.interview(profile=CandidateProfile("cand-u", ai_scoring_consent=True), start=False)
    app.clock.advance(IDLE.total_seconds() - 60)
    active = await app.interview(profile=CandidateProfile("cand-a", ai_scoring_consent=True))
    app.clock.advance(120)

    first = await sweep(app).sweep_once()
    app.clock.advance(14 * 86400)
    second = await sweep(app).sweep_once()

    status = {iv: (await app.handlers.get(tenant, iv)).status for iv in (idle.interview_id, paused.interview_id)}
    assert set(status.values()) == {InterviewStatus.ABANDONED}
    assert (await app.handlers.get(tenant, idle.interview_id)).end_reason is EndReason.IDLE
    assert (first.abandoned, first.expired) == (2, 0)
    # The active one went idle by the second round; the unstarted one's window passed.
    assert (second.abandoned, second.expired) == (1, 1)
    assert (await app.handlers.get(tenant, unstarted.interview_id)).status is InterviewStatus.EXPIRED
    assert (await app.handlers.get(tenant, active.interview_id)).status is InterviewStatus.ABANDONED
    assert statuses(app, idle.interview_id)[-1] == common_pb2.INTERVIEW_STATUS_ABANDONED
    assert statuses(app, unstarted.interview_id) == [common_pb2.INTERVIEW_STATUS_EXPIRED]


async def test_the_sweep_leaves_an_interview_whose_candidate_acted(app, tenant):
    interview = await app.interview()
    app.clock.advance(IDLE.total_seconds() - 1)
    await app.answer(interview.interview_id, "Back again.")
    app.clock.advance(60)

    result = await sweep(app).sweep_once()

    assert (result.abandoned, result.expired) == (0, 0)
    assert (await app.handlers.get(tenant, interview.interview_id)).status is InterviewStatus.IN_PROGRESS
