"""question-gen running in-process (api + worker) against the real Kafka and FerretDB.

A tiny ProfileService (real gRPC, in-process) stands in for the profile service. Test modules
reach everything through the ``qg`` fixture (importlib mode: no imports from conftest).

The Kafka topics are shared by every test run on the broker: the worker's group starts at the
topics' current end (no replay of other runs' history), each run uses its own tenant, and tests
wait for the records and stream items they caused, skipping others (another run's feedback
service may well hint on this run's scores).
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import grpc
import pytest
from support.auth import Metadata, api_key_metadata
from support.kafka import TopicReader, started_publisher
from support.services import running_service
from wendu.core.auth import Principal, TokenSigner, bearer_metadata, token_from_metadata
from wendu.core.bus import EventPublisher, ensure_topics
from wendu.core.config import CoreSettings
from wendu.core.topics import ALL_TOPICS, HINT_READY, INTERVIEW_COMMANDS, SCORE_READY
from wendu.question_gen.bootstrap import bootstrap
from wendu.v1 import common_pb2, profile_pb2, profile_pb2_grpc, question_gen_pb2, question_gen_pb2_grpc

# A candidate whose profile service answers UNAVAILABLE, to test the mapping.
UNREACHABLE_CANDIDATE = "cand-profile-down"


class FakeProfileService(profile_pb2_grpc.ProfileServiceServicer):
    """Serves the profiles a test registers, per tenant; remembers who called."""

    def __init__(self, signer: TokenSigner) -> None:
        self._signer = signer
        self.profiles: dict[tuple[str, str], profile_pb2.Profile] = {}
        self.callers: list[Principal] = []

    async def GetProfile(
        self, request: profile_pb2.GetProfileRequest, context: grpc.aio.ServicerContext
    ) -> profile_pb2.Profile:
        principal = self._signer.verify(token_from_metadata(context.invocation_metadata()))
        self.callers.append(principal)
        if request.candidate_id == UNREACHABLE_CANDIDATE:
            await context.abort(grpc.StatusCode.UNAVAILABLE, "profile store is down")
        profile = self.profiles.get((principal.tenant_id, request.candidate_id))
        if profile is None:
            await context.abort(grpc.StatusCode.NOT_FOUND, f"candidate {request.candidate_id!r} not found")
        return profile


@dataclass
class QuestionGen:
    """Clients of the running service, credentials, and the test's side of Kafka."""

    settings: CoreSettings
    signer: TokenSigner
    channel: grpc.aio.Channel
    profile_service: FakeProfileService
    publisher: EventPublisher
    tails: dict[str, TopicReader] = field(default_factory=dict)
    tenant_id: str = field(default_factory=lambda: f"tenant-{uuid.uuid4().hex[:8]}")

    @property
    def positions(self) -> question_gen_pb2_grpc.PositionServiceStub:
        return question_gen_pb2_grpc.PositionServiceStub(self.channel)

    @property
    def interviews(self) -> question_gen_pb2_grpc.InterviewServiceStub:
        return question_gen_pb2_grpc.InterviewServiceStub(self.channel)

    def staff(self, tenant_id: str | None = None) -> Metadata:
        return api_key_metadata(self.signer, tenant_id or self.tenant_id)

    @staticmethod
    def as_candidate(token: str) -> Metadata:
        return bearer_metadata(token)

    def add_profile(self, candidate_id: str, *, consent: bool = True, **fields: Any) -> None:
        self.profile_service.profiles[(self.tenant_id, candidate_id)] = profile_pb2.Profile(
            candidate_id=candidate_id, consents=profile_pb2.Consents(ai_scoring=consent), **fields
        )

    async def create_position(self, **overrides: object) -> question_gen_pb2.Position:
        request = question_gen_pb2.CreatePositionRequest(
            title="Product analyst",
            competencies=[
                common_pb2.CompetencyWeight(competency_id="problem_solving", weight_percent=60),
                common_pb2.CompetencyWeight(competency_id="communication", weight_percent=40),
            ],
            question_bank=[
                question_gen_pb2.BankQuestion(
                    competency_id="communication",
                    text=common_pb2.LocalizedText(
                        zh="你如何向非技术同事解释一个数据结论？",
                        en="How do you explain a finding from data to a non-technical colleague?",
                    ),
                )
            ],
            **overrides,
        )
        return await self.positions.CreatePosition(request, metadata=self.staff())

    async def create_interview(
        self, candidate_id: str = "cand-1", language: int = common_pb2.LANGUAGE_EN, **profile: Any
    ) -> question_gen_pb2.CreateInterviewResponse:
        self.add_profile(candidate_id, **profile)
        position = await self.create_position()
        return await self.interviews.CreateInterview(
            question_gen_pb2.CreateInterviewRequest(
                candidate_id=candidate_id, position_id=position.position_id, language=language
            ),
            metadata=self.staff(),
        )


@pytest.fixture(scope="module")
async def qg(make_settings: Callable[..., CoreSettings]) -> AsyncIterator[QuestionGen]:
    probe = make_settings("question-gen")
    signer = TokenSigner(probe.auth_secret)
    profile_service = FakeProfileService(signer)
    profile_server = grpc.aio.server()
    profile_pb2_grpc.add_ProfileServiceServicer_to_server(profile_service, profile_server)
    profile_port = profile_server.add_insecure_port("127.0.0.1:0")
    await profile_server.start()

    settings = make_settings("question-gen", profile_addr=f"127.0.0.1:{profile_port}")
    await ensure_topics(settings.kafka_bootstrap, ALL_TOPICS)
    try:
        async with (
            running_service(settings, bootstrap, consumed=[SCORE_READY, INTERVIEW_COMMANDS]) as address,
            grpc.aio.insecure_channel(address) as channel,
            started_publisher(settings.kafka_bootstrap, "question-gen-tests") as publisher,
            contextlib.AsyncExitStack() as readers,
        ):
            tails = {
                topic: await readers.enter_async_context(TopicReader(settings.kafka_bootstrap, topic))
                for topic in ("answer-submitted", "interview-completed", HINT_READY)
            }
            yield QuestionGen(settings, signer, channel, profile_service, publisher, tails)
    finally:
        await profile_server.stop(None)
