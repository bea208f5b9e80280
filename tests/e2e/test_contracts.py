"""What integrators and data teams rely on: discovery, health, status codes, DLQ, idempotency, events."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import uuid
from pathlib import Path

import grpc
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from wendu.cli.client import WenduClient
from wendu.core import codec, topics
from wendu.core.auth import Role, bearer_metadata
from wendu.core.bus import kafka_client_kwargs
from wendu.core.config import kafka_security_from_env
from wendu.v1 import (
    common_pb2,
    events_pb2,
    feedback_pb2,
    profile_pb2,
    question_gen_pb2,
    scoring_pb2,
    training_pb2,
)

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]
SERVICE_NAMES = {
    "profile": ["wendu.v1.ProfileService"],
    "question-gen": ["wendu.v1.InterviewService", "wendu.v1.PositionService"],
    "scoring": ["wendu.v1.ScoringService"],
    "feedback": ["wendu.v1.FeedbackService"],
    "training": ["wendu.v1.TrainingService"],
    "insights": ["wendu.v1.InsightsService"],
}


def _tool(name: str) -> str:
    path = shutil.which(name) or str(ROOT / ".work" / "bin" / name)
    assert Path(path).exists(), f"{name} is not installed: run `make tools`"
    return path


def test_grpcurl_lists_every_service_through_reflection_and_health_is_serving(platform):
    grpcurl = _tool("grpcurl")
    for name, services in SERVICE_NAMES.items():
        address = platform.addresses[name]
        listed = subprocess.run([grpcurl, "-plaintext", address, "list"], capture_output=True, text=True, timeout=20)
        assert listed.returncode == 0, listed.stderr
        for service in [*services, "grpc.health.v1.Health"]:
            assert service in listed.stdout.split(), (name, listed.stdout)
        health = subprocess.run(
            [grpcurl, "-plaintext", address, "grpc.health.v1.Health/Check"], capture_output=True, text=True, timeout=20
        )
        assert '"status": "SERVING"' in health.stdout, (name, health.stdout, health.stderr)


async def _position_and_interview(client: WenduClient) -> tuple[str, str, str]:
    candidate = await client.profile.CreateCandidate(
        profile_pb2.CreateCandidateRequest(
            display_name="Ada",
            preferred_language=common_pb2.LANGUAGE_EN,
            consents=profile_pb2.Consents(resume_use=True, ai_scoring=True),
        )
    )
    position = await client.positions.CreatePosition(
        question_gen_pb2.CreatePositionRequest(
            title="Engineer",
            competencies=[
                common_pb2.CompetencyWeight(competency_id="problem_solving", weight_percent=60),
                common_pb2.CompetencyWeight(competency_id="teamwork", weight_percent=40),
            ],
        )
    )
    created = await client.interviews.CreateInterview(
        question_gen_pb2.CreateInterviewRequest(
            candidate_id=candidate.candidate_id, position_id=position.position_id, language=common_pb2.LANGUAGE_EN
        )
    )
    return created.interview.interview_id, created.candidate_token, candidate.candidate_id


async def _status_of(call) -> tuple[grpc.StatusCode, str]:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call
    return caught.value.code(), caught.value.details() or ""


async def test_bad_input_on_the_interview_path_names_the_field(platform, tenant_key):
    invalid = grpc.StatusCode.INVALID_ARGUMENT
    not_found = grpc.StatusCode.NOT_FOUND
    async with WenduClient(tenant_key, platform.addresses) as client:
        interview_id, _, _ = await _position_and_interview(client)
        cases = [
            (
                client.profile.CreateCandidate(
                    profile_pb2.CreateCandidateRequest(preferred_language=common_pb2.LANGUAGE_EN)
                ),
                invalid,
                "display_name",
            ),
            (
                client.profile.CreateCandidate(profile_pb2.CreateCandidateRequest(display_name="Ada")),
                invalid,
                "preferred_language",
            ),
            (client.profile.GetProfile(profile_pb2.GetProfileRequest()), invalid, "candidate_id"),
            (client.profile.GetProfile(profile_pb2.GetProfileRequest(candidate_id="nope")), not_found, "nope"),
            (
                client.positions.CreatePosition(question_gen_pb2.CreatePositionRequest(title="x")),
                invalid,
                "competencies",
            ),
            (
                client.positions.CreatePosition(
                    question_gen_pb2.CreatePositionRequest(
                        title="x",
                        competencies=[common_pb2.CompetencyWeight(competency_id="teamwork", weight_percent=90)],
                    )
                ),
                invalid,
                "competencies",
            ),
            (client.positions.GetPosition(question_gen_pb2.GetPositionRequest(position_id="nope")), not_found, "nope"),
            (
                client.interviews.CreateInterview(
                    question_gen_pb2.CreateInterviewRequest(position_id="p", language=common_pb2.LANGUAGE_EN)
                ),
                invalid,
                "candidate_id",
            ),
            (client.interviews.GetInterview(question_gen_pb2.GetInterviewRequest()), invalid, "interview_id"),
            (
                client.interviews.SubmitAnswer(question_gen_pb2.SubmitAnswerRequest(interview_id=interview_id)),
                invalid,
                "question_id",
            ),
            (client.interviews.StartInterview(question_gen_pb2.InterviewRef(interview_id="nope")), not_found, "nope"),
            (client.scoring.ScoreAnswer(scoring_pb2.ScoreAnswerRequest()), invalid, "answer_text"),
            (client.scoring.ListScores(scoring_pb2.ListScoresRequest()), invalid, "interview_id"),
            (client.feedback.GetReport(feedback_pb2.GetReportRequest()), invalid, "interview_id"),
            (client.feedback.GetReport(feedback_pb2.GetReportRequest(interview_id="nope")), not_found, ""),
            (client.training.GetLearningPlan(training_pb2.GetLearningPlanRequest()), invalid, "candidate_id"),
        ]
        for call, expected_code, field in cases:
            code, details = await _status_of(call)
            assert code == expected_code, (field, code, details)
            assert field in details, (field, details)


async def test_missing_or_wrong_credentials_get_no_data(platform, tenant_key):
    address = platform.addresses["profile"]
    async with grpc.aio.insecure_channel(address) as channel:
        from wendu.v1 import profile_pb2_grpc

        stub = profile_pb2_grpc.ProfileServiceStub(channel)
        request = profile_pb2.GetCandidateRequest(candidate_id="any")
        code, _ = await _status_of(stub.GetCandidate(request))
        assert code == grpc.StatusCode.UNAUTHENTICATED
        code, _ = await _status_of(stub.GetCandidate(request, metadata=bearer_metadata("wdu1.forged.token")))
        assert code == grpc.StatusCode.UNAUTHENTICATED
    async with WenduClient(tenant_key, platform.addresses) as client:
        interview_id, candidate_token, candidate_id = await _position_and_interview(client)
    async with WenduClient(candidate_token, platform.addresses) as candidate:
        code, _ = await _status_of(
            candidate.profile.GetCandidate(profile_pb2.GetCandidateRequest(candidate_id=candidate_id))
        )
        assert code == grpc.StatusCode.PERMISSION_DENIED
        code, _ = await _status_of(
            candidate.interviews.GetInterview(question_gen_pb2.GetInterviewRequest(interview_id="another-interview"))
        )
        assert code == grpc.StatusCode.PERMISSION_DENIED
    other_tenant = platform.signer.mint_api_key("someone-else", [Role.RECRUITER], subject="e2e")
    async with WenduClient(other_tenant, platform.addresses) as outsider:
        code, _ = await _status_of(
            outsider.interviews.GetInterview(question_gen_pb2.GetInterviewRequest(interview_id=interview_id))
        )
        assert code == grpc.StatusCode.NOT_FOUND


async def _started_interview(platform, tenant_key) -> tuple[str, str, question_gen_pb2.Question]:
    async with WenduClient(tenant_key, platform.addresses) as client:
        interview_id, token, _ = await _position_and_interview(client)
    async with WenduClient(token, platform.addresses) as candidate:
        interview = await candidate.interviews.StartInterview(question_gen_pb2.InterviewRef(interview_id=interview_id))
        current = next(q for q in interview.questions if q.question_id == interview.current_question_id)
    return interview_id, token, current


async def _eventually(check, timeout: float = 20.0):
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        result = await check()
        if result or asyncio.get_running_loop().time() > deadline:
            return result
        await asyncio.sleep(0.2)


async def test_the_same_answer_twice_yields_one_score_and_one_hint(platform, tenant_key):
    interview_id, token, question = await _started_interview(platform, tenant_key)
    request = question_gen_pb2.SubmitAnswerRequest(
        interview_id=interview_id,
        question_id=question.question_id,
        # About something else than any interview question: it always gets a hint (to relate it).
        text="In my free time I play basketball twice a week and last year I visited twelve cities in Japan.",
        idempotency_key="same-key-1",
    )
    async with WenduClient(token, platform.addresses) as candidate:
        first = await candidate.interviews.SubmitAnswer(request)
        second = await candidate.interviews.SubmitAnswer(request)
    assert second.duplicate and second.answer.answer_id == first.answer.answer_id

    async with WenduClient(tenant_key, platform.addresses) as staff:

        async def hints():
            listed = await staff.feedback.ListHints(feedback_pb2.ListHintsRequest(interview_id=interview_id))
            return list(listed.hints)

        [hint] = await _eventually(hints)
        assert hint.kind == common_pb2.HINT_KIND_RELATE
        await asyncio.sleep(1.5)  # give a duplicate, if any, time to show up
        scores = await staff.scoring.ListScores(scoring_pb2.ListScoresRequest(interview_id=interview_id))
        assert len(scores.scores) == 1
        assert len(await hints()) == 1


async def test_malformed_answer_event_goes_to_dlq_and_the_next_good_one_is_scored(platform, tenant_key):
    interview_id = f"dlq-{uuid.uuid4().hex[:8]}"
    garbage = b"\x12\x07garbage" + uuid.uuid4().bytes
    tenant = platform.signer.verify(tenant_key).tenant_id
    good = events_pb2.AnswerSubmitted(
        meta=codec.new_meta(events_pb2.AnswerSubmitted, tenant_id=tenant, interview_id=interview_id),
        answer_id=f"ans-{uuid.uuid4().hex[:8]}",
        question_id="q-1",
        question_text="Tell me about a hard problem you solved.",
        competency_ids=["problem_solving"],
        rubric_version="1",
        answer_text="I cut our build time from 20 to 5 minutes by caching dependencies.",
        language=common_pb2.LANGUAGE_EN,
    )
    producer = AIOKafkaProducer(**kafka_client_kwargs(platform.kafka_bootstrap))
    await producer.start()
    try:
        await producer.send_and_wait(topics.ANSWER_SUBMITTED, garbage, key=interview_id.encode())
        value, headers = codec.encode(good)
        await producer.send_and_wait(topics.ANSWER_SUBMITTED, value, key=interview_id.encode(), headers=headers)
    finally:
        await producer.stop()

    async with WenduClient(tenant_key, platform.addresses) as staff:

        async def scored():
            listed = await staff.scoring.ListScores(scoring_pb2.ListScoresRequest(interview_id=interview_id))
            return list(listed.scores)

        assert [s.answer_id for s in await _eventually(scored)] == [good.answer_id]

    consumer = AIOKafkaConsumer(
        topics.dlq(topics.ANSWER_SUBMITTED),
        **kafka_client_kwargs(platform.kafka_bootstrap),
        auto_offset_reset="earliest",
    )
    await consumer.start()
    found = []
    try:
        deadline = asyncio.get_running_loop().time() + 20
        while not found and asyncio.get_running_loop().time() < deadline:
            for batch in (await consumer.getmany(timeout_ms=500)).values():
                found += [r for r in batch if r.value == garbage]
    finally:
        await consumer.stop()
    assert len(found) == 1
    assert dict(found[0].headers)["dlq-reason"]


def kcat_login() -> list[str]:
    """kcat's (librdkafka's) options for this process's Kafka credentials (the broker requires SASL)."""
    security = kafka_security_from_env()
    options = {"security.protocol": security.protocol}
    if security.uses_sasl:
        options |= {
            "sasl.mechanisms": security.sasl_mechanism,
            "sasl.username": security.username,
            "sasl.password": security.password,
        }
    if security.ca_file:
        options["ssl.ca.location"] = security.ca_file
    return [arg for key, value in options.items() for arg in ("-X", f"{key}={value}")]


def test_kcat_sees_the_events_and_the_protos_decode_them(platform, completed_interview):
    """Data teams need nothing but kcat and protos/: every event of the interview path decodes."""
    kcat = _tool("kcat")
    host = platform.kafka_bootstrap
    for topic, message in [
        (topics.ANSWER_SUBMITTED, "wendu.v1.AnswerSubmitted"),
        (topics.SCORE_READY, "wendu.v1.ScoreReady"),
        (topics.REPORT_GENERATED, "wendu.v1.ReportGenerated"),
    ]:
        listing = subprocess.run(
            [kcat, "-b", host, *kcat_login(), "-C", "-t", topic, "-o", "beginning", "-e", "-q", "-f", "%k %p %o %h\\n"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert listing.returncode == 0, listing.stderr
        rows = [
            line.split(" ", 3)
            for line in listing.stdout.splitlines()
            if line.startswith(completed_interview.interview_id + " ") and f"messageType={message}" in line
        ]
        assert rows, f"no {message} of interview {completed_interview.interview_id} on {topic}"
        _, partition, offset, _ = rows[-1]
        raw = subprocess.run(
            [
                kcat,
                "-b",
                host,
                *kcat_login(),
                "-C",
                "-t",
                topic,
                "-p",
                partition,
                "-o",
                offset,
                "-c",
                "1",
                "-e",
                "-q",
                "-f",
                "%s",
            ],
            capture_output=True,
            timeout=60,
        )
        decoded = subprocess.run(
            [
                str(ROOT / ".work" / "bin" / "uv"),
                "run",
                "--frozen",
                "--no-sync",
                "python",
                "-m",
                "grpc_tools.protoc",
                f"--decode={message}",
                "-Iprotos",
                "protos/wendu/v1/events.proto",
            ],
            input=raw.stdout,
            capture_output=True,
            cwd=ROOT,
            timeout=60,
        )
        assert decoded.returncode == 0, decoded.stderr
        assert b"tenant_id:" in decoded.stdout and b"event_id:" in decoded.stdout, decoded.stdout
        assert completed_interview.interview_id.encode() in decoded.stdout
