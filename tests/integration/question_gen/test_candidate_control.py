"""An interview the candidate controls, through the public gRPC API on the real broker and FerretDB.

Choices before the start, the server-enforced state machine, withdrawal, a human instead of the AI
(by choice or for want of consent), an HR chat after, time extensions, the idle/expiry sweep, and
pause/resume/reconnect with missed hints re-sent.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import grpc
import pytest
from support.auth import api_key_metadata
from support.kafka import TopicReader
from wendu.core.auth import Role
from wendu.core.codec import new_meta, to_timestamp
from wendu.core.topics import CANDIDATE_REQUESTS, SCORE_READY
from wendu.question_gen.adapters.repositories import MongoInterviewRepository, MongoTimelineRepository
from wendu.question_gen.handlers.ports import DueInterview
from wendu.question_gen.handlers.sweep import LifecycleSweep
from wendu.question_gen.handlers.timeline import TimelineWriter
from wendu.v1 import common_pb2, events_pb2, question_gen_pb2

pytestmark = pytest.mark.integration

Code = grpc.StatusCode
TIMEOUT = 20.0


async def status_of(call) -> tuple[grpc.StatusCode, str]:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call
    return caught.value.code(), caught.value.details() or ""


async def create(qg, candidate_id: str, *, consent: bool = True, position=None, **request):
    qg.add_profile(candidate_id, consent=consent)
    position = position or await qg.create_position()
    created = await qg.interviews.CreateInterview(
        question_gen_pb2.CreateInterviewRequest(
            candidate_id=candidate_id,
            position_id=position.position_id,
            language=request.pop("language", common_pb2.LANGUAGE_EN),
            **request,
        ),
        metadata=qg.staff(),
    )
    return created.interview.interview_id, qg.as_candidate(created.candidate_token), created.interview


def ref(interview_id: str) -> question_gen_pb2.InterviewRef:
    return question_gen_pb2.InterviewRef(interview_id=interview_id)


@pytest.fixture
async def requests_tail(qg):
    async with TopicReader(qg.settings.kafka_bootstrap, CANDIDATE_REQUESTS) as reader:
        yield reader


async def test_the_candidate_chooses_slot_mode_and_language_before_the_start_only(qg):
    now = datetime.now(UTC).replace(microsecond=0)
    window_start, window_end = now + timedelta(hours=1), now + timedelta(days=3)
    interview_id, candidate, created = await create(
        qg,
        "cand-choice",
        window_start=to_timestamp(window_start),
        window_end=to_timestamp(window_end),
        offered_modes=[question_gen_pb2.INTERVIEW_MODE_VOICE],
    )
    assert created.window_end.ToDatetime(tzinfo=UTC) == window_end
    assert list(created.offered_modes) == [question_gen_pb2.INTERVIEW_MODE_TEXT, question_gen_pb2.INTERVIEW_MODE_VOICE]

    def choose(**fields):
        return qg.interviews.ChooseInterviewOptions(
            question_gen_pb2.ChooseInterviewOptionsRequest(interview_id=interview_id, **fields), metadata=candidate
        )

    code, details = await status_of(choose(slot_start=to_timestamp(window_end + timedelta(minutes=1))))
    assert code == Code.INVALID_ARGUMENT and details.startswith("slot_start:")
    code, details = await status_of(choose(slot_start=to_timestamp(window_start - timedelta(minutes=1))))
    assert code == Code.INVALID_ARGUMENT and details.startswith("slot_start:")
    code, details = await status_of(choose(mode=question_gen_pb2.INTERVIEW_MODE_VIDEO))
    assert code == Code.INVALID_ARGUMENT and details.startswith("mode:")
    code, details = await status_of(choose(language=7))
    assert code == Code.INVALID_ARGUMENT and details.startswith("language:")

    slot = window_start + timedelta(hours=2)
    chosen = await choose(
        slot_start=to_timestamp(slot), mode=question_gen_pb2.INTERVIEW_MODE_VOICE, language=common_pb2.LANGUAGE_ZH
    )
    assert chosen.slot_start.ToDatetime(tzinfo=UTC) == slot
    assert (chosen.mode, chosen.language) == (question_gen_pb2.INTERVIEW_MODE_VOICE, common_pb2.LANGUAGE_ZH)
    # Changed again before the start: the last choice holds.
    chosen = await choose(mode=question_gen_pb2.INTERVIEW_MODE_TEXT)
    assert (chosen.mode, chosen.language) == (question_gen_pb2.INTERVIEW_MODE_TEXT, common_pb2.LANGUAGE_ZH)

    started = await qg.interviews.StartInterview(ref(interview_id), metadata=candidate)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in started.questions[0].text), started.questions[0].text
    code, details = await status_of(choose(language=common_pb2.LANGUAGE_EN))
    assert code == Code.FAILED_PRECONDITION and "in_progress" in details


async def test_the_candidate_reads_who_is_inviting_them_from_their_interview(qg):
    position = await qg.create_position(employer_name="Northwind Robotics")
    assert position.employer_name == "Northwind Robotics"
    interview_id, candidate, created = await create(qg, "cand-employer", position=position)
    assert created.employer_name == "Northwind Robotics"

    # The HR suite names the employer once, on the position; the candidate's token reads it back.
    read = await qg.interviews.GetInterview(
        question_gen_pb2.GetInterviewRequest(interview_id=interview_id), metadata=candidate
    )
    assert read.employer_name == "Northwind Robotics"
    code, details = await status_of(qg.create_position(employer_name="N" * 121))
    assert code == Code.INVALID_ARGUMENT and "employer_name" in details


async def test_wrong_transitions_are_refused_naming_the_current_state(qg):
    interview_id, candidate, _ = await create(qg, "cand-machine")
    api = qg.interviews

    code, details = await status_of(api.PauseInterview(ref(interview_id), metadata=candidate))
    assert (code, details) == (Code.FAILED_PRECONDITION, "cannot pause an interview that is scheduled")
    code, details = await status_of(api.CompleteInterview(ref(interview_id), metadata=candidate))
    assert (code, details) == (Code.FAILED_PRECONDITION, "cannot complete an interview that is scheduled")
    await api.StartInterview(ref(interview_id), metadata=candidate)
    code, details = await status_of(api.ResumeInterview(ref(interview_id), metadata=candidate))
    assert (code, details) == (Code.FAILED_PRECONDITION, "cannot resume an interview that is in_progress")
    paused = await api.PauseInterview(ref(interview_id), metadata=candidate)
    assert paused.status == common_pb2.INTERVIEW_STATUS_PAUSED
    code, details = await status_of(api.StartInterview(ref(interview_id), metadata=candidate))
    assert (code, details) == (Code.FAILED_PRECONDITION, "cannot start an interview that is paused")

    withdrawn = await api.WithdrawInterview(
        question_gen_pb2.WithdrawInterviewRequest(interview_id=interview_id), metadata=candidate
    )
    assert (withdrawn.status, withdrawn.end_reason) == (common_pb2.INTERVIEW_STATUS_ABANDONED, "withdrawn")
    code, details = await status_of(api.ResumeInterview(ref(interview_id), metadata=candidate))
    assert (code, details) == (Code.FAILED_PRECONDITION, "cannot resume an interview that is abandoned")
    # The candidate's stream shows the end, and ends.
    stream = api.StreamInterview(question_gen_pb2.StreamInterviewRequest(interview_id=interview_id), metadata=candidate)
    updates = [u async for u in stream]
    assert updates[-1].status.status == common_pb2.INTERVIEW_STATUS_ABANDONED


async def test_a_human_screen_instead_of_the_ai_reaches_the_hr_suite_by_event_and_grpc(qg, requests_tail):
    interview_id, candidate, _ = await create(qg, "cand-human")

    request = await qg.interviews.RequestHumanScreen(
        question_gen_pb2.CandidateRequestInput(interview_id=interview_id, note="我更希望和真人面试官交流。"),
        metadata=candidate,
    )
    again = await qg.interviews.RequestHumanScreen(
        question_gen_pb2.CandidateRequestInput(interview_id=interview_id), metadata=candidate
    )

    assert again.request_id == request.request_id
    assert request.kind == common_pb2.CANDIDATE_REQUEST_KIND_HUMAN_SCREEN and request.reason == "candidate_choice"
    [(event, key, headers)] = await requests_tail.collect(lambda e: e.meta.interview_id == interview_id)
    assert key == interview_id.encode()
    assert headers["content-type"] == b"application/x-protobuf; messageType=wendu.v1.CandidateRequestCreated"
    assert (event.request_id, event.note) == (request.request_id, "我更希望和真人面试官交流。")
    assert (event.meta.tenant_id, event.meta.candidate_id) == (qg.tenant_id, "cand-human")
    assert await requests_tail.collect(lambda e: e.meta.interview_id == interview_id, timeout=2.0) == []

    listed = await qg.interviews.ListCandidateRequests(
        question_gen_pb2.ListCandidateRequestsRequest(kind=common_pb2.CANDIDATE_REQUEST_KIND_HUMAN_SCREEN),
        metadata=qg.staff(),
    )
    assert request.request_id in [r.request_id for r in listed.requests]
    code, details = await status_of(qg.interviews.StartInterview(ref(interview_id), metadata=candidate))
    assert code == Code.FAILED_PRECONDITION and "human first screen" in details


async def test_without_consent_to_ai_scoring_the_candidate_is_routed_to_a_human_screen(qg, requests_tail):
    interview_id, candidate, created = await create(qg, "cand-no-consent", consent=False)

    assert created.first_screen == question_gen_pb2.FIRST_SCREEN_HUMAN
    assert created.status == common_pb2.INTERVIEW_STATUS_SCHEDULED
    [(event, _, _)] = await requests_tail.collect(lambda e: e.meta.interview_id == interview_id)
    assert event.kind == common_pb2.CANDIDATE_REQUEST_KIND_HUMAN_SCREEN
    assert event.reason == "no_ai_scoring_consent"
    code, _ = await status_of(qg.interviews.StartInterview(ref(interview_id), metadata=candidate))
    assert code == Code.FAILED_PRECONDITION


async def test_refusing_an_automated_decision_before_the_start_routes_to_a_human_screen(qg, requests_tail):
    """PIPL art. 24: the AI interview gives way to a human first screen, recorded with the reason."""
    interview_id, candidate, _ = await create(qg, "cand-refuses-early")

    refusal = await qg.interviews.RefuseAutomatedDecision(
        question_gen_pb2.CandidateRequestInput(interview_id=interview_id, note="我拒绝仅由自动化作出的决定。"),
        metadata=candidate,
    )
    again = await qg.interviews.RefuseAutomatedDecision(
        question_gen_pb2.CandidateRequestInput(interview_id=interview_id), metadata=candidate
    )

    assert again.request_id == refusal.request_id
    assert refusal.kind == common_pb2.CANDIDATE_REQUEST_KIND_HUMAN_SCREEN
    assert refusal.reason == "refused_automated_decision"
    [(event, _, _)] = await requests_tail.collect(lambda e: e.meta.interview_id == interview_id)
    assert (event.request_id, event.reason) == (refusal.request_id, "refused_automated_decision")
    interview = await qg.interviews.GetInterview(
        question_gen_pb2.GetInterviewRequest(interview_id=interview_id), metadata=qg.staff()
    )
    assert interview.first_screen == question_gen_pb2.FIRST_SCREEN_HUMAN
    code, details = await status_of(qg.interviews.StartInterview(ref(interview_id), metadata=candidate))
    assert code == Code.FAILED_PRECONDITION and "human first screen" in details


async def test_refusing_an_automated_decision_after_the_ai_interview_asks_a_human_to_screen(qg, requests_tail):
    interview_id, candidate, _ = await create(qg, "cand-refuses-late")
    await qg.interviews.StartInterview(ref(interview_id), metadata=candidate)
    await qg.interviews.CompleteInterview(ref(interview_id), metadata=candidate)

    refusal = await qg.interviews.RefuseAutomatedDecision(
        question_gen_pb2.CandidateRequestInput(interview_id=interview_id), metadata=candidate
    )

    assert (refusal.kind, refusal.reason) == (
        common_pb2.CANDIDATE_REQUEST_KIND_HUMAN_SCREEN,
        "refused_automated_decision",
    )
    [(event, _, _)] = await requests_tail.collect(lambda e: e.meta.interview_id == interview_id)
    assert event.reason == "refused_automated_decision"
    listed = await qg.interviews.ListCandidateRequests(
        question_gen_pb2.ListCandidateRequestsRequest(kind=common_pb2.CANDIDATE_REQUEST_KIND_HUMAN_SCREEN),
        metadata=qg.staff(),
    )
    assert [r.reason for r in listed.requests if r.interview_id == interview_id] == ["refused_automated_decision"]
    interview = await qg.interviews.GetInterview(
        question_gen_pb2.GetInterviewRequest(interview_id=interview_id), metadata=qg.staff()
    )
    # The AI interview stays on record as it was; the decision is a person's.
    assert interview.status == common_pb2.INTERVIEW_STATUS_COMPLETED
    code, _ = await status_of(
        qg.interviews.RefuseAutomatedDecision(
            question_gen_pb2.CandidateRequestInput(interview_id="not-this-one"), metadata=candidate
        )
    )
    assert code == Code.PERMISSION_DENIED


async def test_an_hr_chat_after_the_ai_interview_reaches_the_hr_suite(qg, requests_tail):
    interview_id, candidate, _ = await create(qg, "cand-chat")
    await qg.interviews.StartInterview(ref(interview_id), metadata=candidate)
    chat = question_gen_pb2.CandidateRequestInput(interview_id=interview_id, note="Could we talk for ten minutes?")

    code, details = await status_of(qg.interviews.RequestHrChat(chat, metadata=candidate))
    assert code == Code.FAILED_PRECONDITION and "in_progress" in details
    await qg.interviews.CompleteInterview(ref(interview_id), metadata=candidate)
    request = await qg.interviews.RequestHrChat(chat, metadata=candidate)

    [(event, _, _)] = await requests_tail.collect(lambda e: e.meta.interview_id == interview_id)
    assert event.kind == common_pb2.CANDIDATE_REQUEST_KIND_HR_CHAT and event.request_id == request.request_id
    listed = await qg.interviews.ListCandidateRequests(
        question_gen_pb2.ListCandidateRequestsRequest(kind=common_pb2.CANDIDATE_REQUEST_KIND_HR_CHAT),
        metadata=api_key_metadata(qg.signer, qg.tenant_id, Role.ADMIN),
    )
    assert [r.request_id for r in listed.requests if r.interview_id == interview_id] == [request.request_id]
    # The candidate sees their own request (the web app shows its status on the report page).
    own = await qg.interviews.ListCandidateRequests(
        question_gen_pb2.ListCandidateRequestsRequest(interview_id=interview_id), metadata=candidate
    )
    assert [(r.request_id, r.kind, r.note) for r in own.requests] == [
        (request.request_id, common_pb2.CANDIDATE_REQUEST_KIND_HR_CHAT, "Could we talk for ten minutes?")
    ]


async def test_a_candidate_lists_only_their_own_interviews_requests(qg):
    interview_id, candidate, _ = await create(qg, "cand-own-requests")
    other_id, other_candidate, _ = await create(qg, "cand-other-requests")
    await qg.interviews.RequestHumanScreen(
        question_gen_pb2.CandidateRequestInput(interview_id=other_id), metadata=other_candidate
    )

    code, details = await status_of(
        qg.interviews.ListCandidateRequests(question_gen_pb2.ListCandidateRequestsRequest(), metadata=candidate)
    )
    assert code == Code.INVALID_ARGUMENT and "interview_id" in details
    code, _ = await status_of(
        qg.interviews.ListCandidateRequests(
            question_gen_pb2.ListCandidateRequestsRequest(interview_id=other_id), metadata=candidate
        )
    )
    assert code == Code.PERMISSION_DENIED
    own = await qg.interviews.ListCandidateRequests(
        question_gen_pb2.ListCandidateRequestsRequest(interview_id=interview_id), metadata=candidate
    )
    assert list(own.requests) == []
    # HR may narrow the tenant's list to one interview too.
    hr = await qg.interviews.ListCandidateRequests(
        question_gen_pb2.ListCandidateRequestsRequest(interview_id=other_id), metadata=qg.staff()
    )
    assert [r.interview_id for r in hr.requests] == [other_id]


async def test_only_recruiters_and_admins_list_requests_and_grant_time(qg):
    interview_id, candidate, _ = await create(qg, "cand-roles")
    service = api_key_metadata(qg.signer, qg.tenant_id, Role.SERVICE)
    list_request = question_gen_pb2.ListCandidateRequestsRequest()
    grant = question_gen_pb2.GrantTimeExtensionRequest(interview_id=interview_id, minutes=5, reason="why")

    # The tenant's list: HR only (a candidate sees only their own interview's, named by interview_id).
    code, _ = await status_of(qg.interviews.ListCandidateRequests(list_request, metadata=service))
    assert code == Code.PERMISSION_DENIED
    for metadata in (candidate, service):
        code, _ = await status_of(qg.interviews.GrantTimeExtension(grant, metadata=metadata))
        assert code == Code.PERMISSION_DENIED
    other_tenant = await qg.interviews.ListCandidateRequests(list_request, metadata=qg.staff("tenant-other"))
    assert all(r.interview_id != interview_id for r in other_tenant.requests)


async def test_an_extension_of_the_employer_limit_is_recorded(qg):
    position = await qg.create_position(time_policy=question_gen_pb2.TimePolicy(hard_limit_minutes=30))
    interview_id, candidate, created = await create(qg, "cand-extend", position=position)
    assert created.time_limit_seconds == 30 * 60

    def grant(**fields):
        request = question_gen_pb2.GrantTimeExtensionRequest(interview_id=interview_id, **fields)
        return qg.interviews.GrantTimeExtension(request, metadata=qg.staff())

    code, details = await status_of(grant(minutes=0, reason="x"))
    assert code == Code.INVALID_ARGUMENT and details.startswith("minutes:")
    code, details = await status_of(grant(minutes=10, reason=""))
    assert code == Code.INVALID_ARGUMENT and details.startswith("reason:")
    await grant(minutes=15, reason="screen reader accommodation", idempotency_key="acc-1")
    extended = await grant(minutes=15, reason="screen reader accommodation", idempotency_key="acc-1")

    assert extended.time_limit_seconds == 45 * 60
    [extension] = extended.extensions
    assert (extension.minutes, extension.reason, extension.granted_by) == (
        15,
        "screen reader accommodation",
        "hr-suite",
    )
    seen = await qg.interviews.GetInterview(
        question_gen_pb2.GetInterviewRequest(interview_id=interview_id), metadata=candidate
    )
    assert [e.extension_id for e in seen.extensions] == ["acc-1"]

    no_limit_id, _, _ = await create(qg, "cand-no-limit")
    code, details = await status_of(
        qg.interviews.GrantTimeExtension(
            question_gen_pb2.GrantTimeExtensionRequest(interview_id=no_limit_id, minutes=5, reason="why"),
            metadata=qg.staff(),
        )
    )
    assert code == Code.FAILED_PRECONDITION and "no time limit" in details


async def test_pause_resume_and_a_reconnect_resend_what_was_missed(qg):
    interview_id, candidate, _ = await create(qg, "cand-reconnect")
    api = qg.interviews
    await api.StartInterview(ref(interview_id), metadata=candidate)
    stream = api.StreamInterview(question_gen_pb2.StreamInterviewRequest(interview_id=interview_id), metadata=candidate)
    started, first = [await asyncio.wait_for(stream.read(), TIMEOUT) for _ in range(2)]
    assert first.HasField("question")
    answer = (
        await api.SubmitAnswer(
            question_gen_pb2.SubmitAnswerRequest(
                interview_id=interview_id, question_id=first.question.question_id, text="I rebuilt the release process."
            ),
            metadata=candidate,
        )
    ).answer
    stream.cancel()  # the connection drops

    paused = await api.PauseInterview(ref(interview_id), metadata=candidate)
    # Scored while away, as off topic: the worker decides a hint (to relate the answer) with the next question.
    await qg.publisher.publish(
        SCORE_READY,
        events_pb2.ScoreReady(
            meta=new_meta(events_pb2.ScoreReady, tenant_id=qg.tenant_id, interview_id=interview_id),
            answer_id=answer.answer_id,
            question_id=answer.question_id,
            revision=0,
            off_topic=True,
            language=common_pb2.LANGUAGE_EN,
            submitted_at=answer.submitted_at,
            answer_text=answer.text,
        ),
        key=interview_id,
    )
    resumed = await api.ResumeInterview(ref(interview_id), metadata=candidate)
    assert (paused.status, resumed.status) == (
        common_pb2.INTERVIEW_STATUS_PAUSED,
        common_pb2.INTERVIEW_STATUS_IN_PROGRESS,
    )

    # Reconnect after the last seq seen: the pause, the hint stored while away, and the resume.
    replay = api.StreamInterview(
        question_gen_pb2.StreamInterviewRequest(interview_id=interview_id, after_seq=first.seq), metadata=candidate
    )
    seen: list[question_gen_pb2.InterviewUpdate] = []
    async with asyncio.timeout(TIMEOUT):
        while not any(u.HasField("hint") for u in seen) or len([u for u in seen if u.HasField("status")]) < 2:
            seen.append(await replay.read())
    replay.cancel()
    assert all(u.seq > first.seq for u in seen)
    statuses = [u.status.status for u in seen if u.HasField("status")]
    assert statuses == [common_pb2.INTERVIEW_STATUS_PAUSED, common_pb2.INTERVIEW_STATUS_IN_PROGRESS]
    [hint] = [u for u in seen if u.HasField("hint")]
    assert hint.hint.kind == common_pb2.HINT_KIND_RELATE and hint.hint.answer_id == answer.answer_id
    assert started.seq < first.seq < min(u.seq for u in seen)


class _OnlyThese:
    """The real repository, its sweep query narrowed to some interviews (other tests' share the database)."""

    def __init__(self, interview_ids: set[str]) -> None:
        self._repository = MongoInterviewRepository()
        self._interview_ids = interview_ids

    def __getattr__(self, name: str):
        return getattr(self._repository, name)

    async def find_due(self, now: datetime, idle_since: datetime, limit: int) -> list[DueInterview]:
        due = await self._repository.find_due(now, idle_since, 10_000)
        return [d for d in due if d.interview_id in self._interview_ids][:limit]


async def test_the_sweep_abandons_idle_interviews_and_expires_unstarted_ones_on_ferretdb(qg):
    idle_id, idle_candidate, _ = await create(qg, "cand-idle")
    await qg.interviews.StartInterview(ref(idle_id), metadata=idle_candidate)
    paused_id, paused_candidate, _ = await create(qg, "cand-paused")
    await qg.interviews.StartInterview(ref(paused_id), metadata=paused_candidate)
    await qg.interviews.PauseInterview(ref(paused_id), metadata=paused_candidate)
    now = datetime.now(UTC)
    unstarted_id, _, _ = await create(
        qg,
        "cand-late",
        window_start=to_timestamp(now - timedelta(days=2)),
        window_end=to_timestamp(now + timedelta(seconds=1)),
    )
    fresh_id, fresh_candidate, _ = await create(qg, "cand-fresh")
    await asyncio.sleep(2.5)  # the window of cand-late ends, and the first two go idle
    await qg.interviews.StartInterview(ref(fresh_id), metadata=fresh_candidate)

    sweep = LifecycleSweep(
        _OnlyThese({idle_id, paused_id, unstarted_id, fresh_id}),  # type: ignore[arg-type]
        TimelineWriter(MongoTimelineRepository(), qg.publisher),
        idle_after=timedelta(seconds=2),
        interval_seconds=1.0,
    )
    result = await sweep.sweep_once()

    def get(interview_id: str):
        return qg.interviews.GetInterview(
            question_gen_pb2.GetInterviewRequest(interview_id=interview_id), metadata=qg.staff()
        )

    assert (result.abandoned, result.expired) == (2, 1)
    assert [(i.status, i.end_reason) for i in [await get(idle_id), await get(paused_id)]] == [
        (common_pb2.INTERVIEW_STATUS_ABANDONED, "idle")
    ] * 2
    expired = await get(unstarted_id)
    assert (expired.status, expired.end_reason) == (common_pb2.INTERVIEW_STATUS_EXPIRED, "window_passed")
    assert (await get(fresh_id)).status == common_pb2.INTERVIEW_STATUS_IN_PROGRESS
    code, details = await status_of(qg.interviews.StartInterview(ref(unstarted_id), metadata=qg.staff()))
    assert (code, details) == (Code.FAILED_PRECONDITION, "cannot start an interview that is expired")
