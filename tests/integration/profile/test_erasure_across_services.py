"""Erasing a candidate across the platform, on the real broker and FerretDB.

All five services run in this process, each pointed at the others. A candidate registers, takes a
selection interview (answers, hints, scores, a report, a learning plan and a history entry follow
through the real pipeline), then erases themself with their own candidate token. Every service
honours the candidate-erased tombstone: its reads return NOT_FOUND or nothing, and no record of the
tenant is left in any collection but the position and profile's erasure record (ids only).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TypeVar

import grpc
import pytest
from cryptography.fernet import Fernet
from pymongo import MongoClient
from support.auth import Metadata, api_key_metadata
from support.kafka import TopicReader, started_publisher
from support.services import running_service
from support.stubs import ServiceStubs
from wendu.core import codec, topics
from wendu.core.auth import Role, TokenSigner, bearer_metadata
from wendu.core.bus import ensure_topics
from wendu.feedback.bootstrap import bootstrap as feedback_bootstrap
from wendu.profile.bootstrap import bootstrap as profile_bootstrap
from wendu.question_gen.bootstrap import bootstrap as question_gen_bootstrap
from wendu.scoring.bootstrap import bootstrap as scoring_bootstrap
from wendu.training.bootstrap import bootstrap as training_bootstrap
from wendu.v1 import (
    common_pb2,
    events_pb2,
    feedback_pb2,
    profile_pb2,
    question_gen_pb2,
    scoring_pb2,
    training_pb2,
)

pytestmark = pytest.mark.integration

T = TypeVar("T")
WAIT_SECONDS = 60.0
# About something else than the question: it always gets a hint (to relate it).
OFF_TOPIC = "In my free time I play basketball twice a week and last year I visited twelve cities in Japan."
STRONG = (
    "Last year our main customer moved a launch deadline two weeks earlier. As the lead I split the work into two "
    "streams, took the payment integration myself and held a 10-minute check-in every morning. As a result we "
    "shipped 3 days early, with 40% fewer defects than the release before."
)
# Tenant records that outlive the candidate: the position is the employer's, the erasure record holds ids only.
NOT_CANDIDATE_DATA = {"question_gen_positions", "profile_erasures"}


@dataclasses.dataclass
class Platform(ServiceStubs):
    signer: TokenSigner
    mongo_db: str
    channels: dict[str, grpc.aio.Channel]
    # The consumer group of each service that honours candidate-erased.
    erasure_groups: dict[str, str]

    def staff(self, tenant_id: str, role: Role) -> Metadata:
        return api_key_metadata(self.signer, tenant_id, role, subject=f"test-{role}")


@pytest.fixture(scope="module")
async def platform(infra, make_settings) -> AsyncIterator[Platform]:
    """The five services, started in the order they call each other; each consumes candidate-erased."""
    await ensure_topics(infra.kafka_bootstrap, topics.ALL_TOPICS)
    erased = topics.CANDIDATE_ERASED
    groups: dict[str, str] = {}
    async with contextlib.AsyncExitStack() as stack:

        async def start(name: str, bootstrap, consumed: list[str], **overrides: object) -> str:
            settings = make_settings(name, **overrides)
            groups[name] = settings.consumer_group
            return await stack.enter_async_context(running_service(settings, bootstrap, consumed=[*consumed, erased]))

        profile = await start(
            "profile", profile_bootstrap, [topics.REPORT_GENERATED], encryption_key=Fernet.generate_key().decode()
        )
        question_gen = await start(
            "question-gen",
            question_gen_bootstrap,
            [topics.SCORE_READY, topics.INTERVIEW_COMMANDS],
            profile_addr=profile,
        )
        scoring = await start("scoring", scoring_bootstrap, [topics.ANSWER_SUBMITTED])
        training = await start(
            "training",
            training_bootstrap,
            [topics.REPORT_GENERATED],
            question_gen_addr=question_gen,
            scoring_addr=scoring,
        )
        feedback = await start(
            "feedback",
            feedback_bootstrap,
            [topics.SCORE_READY, topics.HINT_READY, topics.INTERVIEW_COMPLETED],
            training_addr=training,
        )
        addresses = {
            "profile": profile,
            "question-gen": question_gen,
            "scoring": scoring,
            "training": training,
            "feedback": feedback,
        }
        channels = {
            name: await stack.enter_async_context(grpc.aio.insecure_channel(address))
            for name, address in addresses.items()
        }
        settings = make_settings("profile")
        honouring = {name: group for name, group in groups.items() if name != "profile"}
        yield Platform(TokenSigner(settings.auth_secret), settings.mongo_db, channels, honouring)


async def eventually(action: Callable[[], Awaitable[T | None]], what: str) -> T:
    """Retry ``action`` until it returns something (NOT_FOUND counts as not yet)."""
    deadline = asyncio.get_running_loop().time() + WAIT_SECONDS
    while True:
        try:
            result = await action()
        except grpc.aio.AioRpcError as exc:
            if exc.code() != grpc.StatusCode.NOT_FOUND:
                raise
            result = None
        if result is not None:
            return result
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.25)


async def is_not_found(call: Awaitable[object]) -> bool:
    try:
        await call
    except grpc.aio.AioRpcError as exc:
        if exc.code() == grpc.StatusCode.NOT_FOUND:
            return True
        raise
    return False


async def take_interview(platform: Platform, interview_id: str, candidate: Metadata) -> None:
    """Answer every question (the first one off topic, so a hint follows), then complete."""
    ref = question_gen_pb2.InterviewRef(interview_id=interview_id)
    interview = await platform.interviews.StartInterview(ref, metadata=candidate)
    answered: list[str] = []

    async def next_open() -> question_gen_pb2.Interview | None:
        current = await platform.interviews.GetInterview(
            question_gen_pb2.GetInterviewRequest(interview_id=interview_id), metadata=candidate
        )
        ready = current.all_questions_answered or (
            current.current_question_id and current.current_question_id not in answered
        )
        return current if ready else None

    while not interview.all_questions_answered:
        question_id = interview.current_question_id
        await platform.interviews.SubmitAnswer(
            question_gen_pb2.SubmitAnswerRequest(
                interview_id=interview_id,
                question_id=question_id,
                text=OFF_TOPIC if not answered else STRONG,
                idempotency_key=uuid.uuid4().hex,
            ),
            metadata=candidate,
        )
        answered.append(question_id)
        interview = await eventually(next_open, f"the question after {question_id}")
    await platform.interviews.CompleteInterview(ref, metadata=candidate)


def tenant_records(platform: Platform, infra, tenant: str) -> dict[str, int]:
    """How many records of ``tenant`` each collection holds (collections without any left out)."""
    client: MongoClient = MongoClient(infra.mongo_uri, serverSelectionTimeoutMS=3000)
    try:
        database = client[platform.mongo_db]
        counts = {
            name: database[name].count_documents({"tenant_id": tenant}) for name in database.list_collection_names()
        }
    finally:
        client.close()
    return {name: count for name, count in counts.items() if count}


async def test_an_erased_candidate_is_gone_from_every_service(platform, infra, tenant):
    admin = platform.staff(tenant, Role.ADMIN)
    service = platform.staff(tenant, Role.SERVICE)
    candidate = await platform.profile.CreateCandidate(
        profile_pb2.CreateCandidateRequest(
            display_name="Emily Carter",
            email="emily.erasure@example.com",
            preferred_language=common_pb2.LANGUAGE_EN,
            resume_text="Experience\nSenior Data Scientist, Stripe\nApr 2021 – Present\n",
            consents=profile_pb2.Consents(resume_use=True, external_data=True, ai_scoring=True),
        ),
        metadata=admin,
    )
    cid = candidate.candidate_id
    await platform.profile.AddAssessment(
        profile_pb2.AddAssessmentRequest(
            candidate_id=cid,
            source="SHL Verify",
            kind=profile_pb2.ASSESSMENT_KIND_ABILITY,
            scores=[profile_pb2.AssessmentScore(dimension="numerical reasoning", score=71, max_score=100)],
            taken_at=candidate.created_at,
        ),
        metadata=admin,
    )
    position = await platform.positions.CreatePosition(
        question_gen_pb2.CreatePositionRequest(
            title="Data scientist",
            competencies=[
                common_pb2.CompetencyWeight(competency_id="problem_solving", weight_percent=60),
                common_pb2.CompetencyWeight(competency_id="communication", weight_percent=40),
            ],
        ),
        metadata=admin,
    )
    created = await platform.interviews.CreateInterview(
        question_gen_pb2.CreateInterviewRequest(
            candidate_id=cid,
            position_id=position.position_id,
            language=common_pb2.LANGUAGE_EN,
            kind=common_pb2.INTERVIEW_KIND_SELECTION,
        ),
        metadata=admin,
    )
    interview_id = created.interview.interview_id
    candidate_token = bearer_metadata(created.candidate_token)
    await take_interview(platform, interview_id, candidate_token)

    # Everything the pipeline builds exists before the erasure.
    async def history() -> profile_pb2.ListInterviewHistoryResponse | None:
        listed = await platform.profile.ListInterviewHistory(
            profile_pb2.ListInterviewHistoryRequest(candidate_id=cid), metadata=admin
        )
        return listed if listed.entries else None

    await eventually(history, "profile's history entry")
    report_request = feedback_pb2.GetReportRequest(interview_id=interview_id)

    async def ready_report() -> feedback_pb2.Report | None:
        report = await platform.feedback.GetReport(report_request, metadata=admin)
        return report if report.status == feedback_pb2.REPORT_STATUS_READY else None

    await eventually(ready_report, "the report")
    plan_request = training_pb2.GetLearningPlanRequest(candidate_id=cid)
    await eventually(lambda: platform.training.GetLearningPlan(plan_request, metadata=admin), "the learning plan")
    hints_request = feedback_pb2.ListHintsRequest(interview_id=interview_id)
    assert (await platform.feedback.ListHints(hints_request, metadata=admin)).hints
    scores_request = scoring_pb2.ListScoresRequest(interview_id=interview_id)
    assert (await platform.scoring.ListScores(scores_request, metadata=service)).scores
    before = tenant_records(platform, infra, tenant)
    # Every service holds some of the candidate's data (collections are prefixed by service).
    holders = {name.split("_")[0] for name in set(before) - NOT_CANDIDATE_DATA}
    assert holders == {"profile", "question", "scoring", "feedback", "training"}, before

    # The token of their interview alone cannot erase (a forwarded invite link must not be enough):
    # the candidate asks the HR suite, which confirms who they are and erases as the tenant's admin.
    with pytest.raises(grpc.aio.AioRpcError) as token_alone:
        await platform.profile.EraseCandidate(
            profile_pb2.EraseCandidateRequest(candidate_id=cid), metadata=candidate_token
        )
    assert token_alone.value.code() == grpc.StatusCode.PERMISSION_DENIED
    async with TopicReader(infra.kafka_bootstrap, topics.CANDIDATE_ERASED) as tail:
        erased = await platform.profile.EraseCandidate(
            profile_pb2.EraseCandidateRequest(candidate_id=cid), metadata=admin
        )
        [(event, key, headers)] = await tail.collect(lambda e: e.meta.tenant_id == tenant)

    assert isinstance(event, events_pb2.CandidateErased)
    assert key.decode() == cid
    assert (event.meta.candidate_id, event.meta.event_id) == (cid, erased.event_id)
    assert event.meta.schema_version == "wendu.v1.CandidateErased/1"
    assert headers["content-type"] == b"application/x-protobuf; messageType=wendu.v1.CandidateErased"
    assert list(event.interview_ids) == [interview_id] == list(erased.interview_ids)

    # Every service honours it: reads come back NOT_FOUND or empty, and nothing of the candidate is stored.
    async def all_gone() -> bool | None:
        left = set(tenant_records(platform, infra, tenant)) - NOT_CANDIDATE_DATA
        return True if not left else None

    await eventually(all_gone, "every service to delete the candidate's records")
    assert await is_not_found(
        platform.profile.GetCandidate(profile_pb2.GetCandidateRequest(candidate_id=cid), metadata=admin)
    )
    assert await is_not_found(
        platform.interviews.GetInterview(
            question_gen_pb2.GetInterviewRequest(interview_id=interview_id), metadata=admin
        )
    )
    assert list((await platform.scoring.ListScores(scores_request, metadata=service)).scores) == []
    assert await is_not_found(platform.feedback.GetReport(report_request, metadata=admin))
    assert list((await platform.feedback.ListHints(hints_request, metadata=admin)).hints) == []
    assert await is_not_found(platform.training.GetLearningPlan(plan_request, metadata=admin))
    assert set(tenant_records(platform, infra, tenant)) <= NOT_CANDIDATE_DATA

    # Repeating the erasure changes nothing and re-announces the same tombstone.
    again = await platform.profile.EraseCandidate(profile_pb2.EraseCandidateRequest(candidate_id=cid), metadata=admin)
    assert (again.event_id, list(again.interview_ids)) == (erased.event_id, [interview_id])


async def test_a_tombstone_without_a_candidate_id_is_dead_lettered_by_every_service(platform, infra, tenant):
    tombstone = events_pb2.CandidateErased(
        meta=codec.new_meta(events_pb2.CandidateErased, tenant_id=tenant), interview_ids=["iv-of-nobody"]
    )
    key = f"no-candidate-{uuid.uuid4().hex[:8]}"

    async with (
        started_publisher(infra.kafka_bootstrap, "erasure-it") as publisher,
        TopicReader(infra.kafka_bootstrap, topics.dlq(topics.CANDIDATE_ERASED)) as dead_letters,
    ):
        await publisher.publish(topics.CANDIDATE_ERASED, tombstone, key=key)
        expected_groups = set(platform.erasure_groups.values())
        dead = await dead_letters.wait_for_records(
            lambda r: r.key == key.encode() and dict(r.headers)["dlq-consumer-group"].decode() in expected_groups,
            count=len(expected_groups),
        )

    assert {dict(r.headers)["dlq-consumer-group"].decode() for r in dead} == expected_groups
    assert all(b"meta.candidate_id" in dict(r.headers)["dlq-reason"] for r in dead)
