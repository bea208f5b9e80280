"""Training in-process against the real Kafka and FerretDB: alone, and inside the platform.

``platform`` runs question-gen, scoring, training and feedback in this process, each pointed at the
others, so guides, mock interviews and the readiness check go through the real pipeline.
``training`` is the platform's training with a publisher and a reader on learning-plan-updated. A small in-process
ProfileService (real gRPC) serves the candidates' profiles and consents: the profile service is not
under test here.

Consumer groups start at the current end of their topics, so records of other runs are not
replayed; each test uses its own tenant. (The feedback integration tests run training behind
feedback with the same helpers, from ``tests/support``.)
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import AsyncIterator

import grpc
import pytest
from support.auth import Metadata, api_key_metadata, candidate_metadata
from support.kafka import TopicReader, started_publisher
from support.services import running_service
from support.stubs import ServiceStubs
from wendu.core import topics
from wendu.core.auth import Role, TokenSigner, token_from_metadata
from wendu.core.bus import EventPublisher, ensure_topics
from wendu.feedback.bootstrap import bootstrap as feedback_bootstrap
from wendu.question_gen.bootstrap import bootstrap as question_gen_bootstrap
from wendu.scoring.bootstrap import bootstrap as scoring_bootstrap
from wendu.training.bootstrap import bootstrap as training_bootstrap
from wendu.v1 import (
    profile_pb2,
    profile_pb2_grpc,
)


class ProfilesForTests(profile_pb2_grpc.ProfileServiceServicer):
    """Every candidate has consented to AI scoring and has an empty profile (questions come from templates)."""

    def __init__(self, signer: TokenSigner) -> None:
        self._signer = signer

    async def GetProfile(
        self, request: profile_pb2.GetProfileRequest, context: grpc.aio.ServicerContext
    ) -> profile_pb2.Profile:
        self._signer.verify(token_from_metadata(context.invocation_metadata()))
        return profile_pb2.Profile(
            candidate_id=request.candidate_id, consents=profile_pb2.Consents(resume_use=True, ai_scoring=True)
        )


@dataclasses.dataclass
class Platform(ServiceStubs):
    """Stubs of the five running services, and the credentials a test presents."""

    signer: TokenSigner
    addresses: dict[str, str]
    channels: dict[str, grpc.aio.Channel]

    def admin(self, tenant_id: str) -> Metadata:
        return api_key_metadata(self.signer, tenant_id, Role.ADMIN, subject="hr-admin")

    def recruiter(self, tenant_id: str) -> Metadata:
        return api_key_metadata(self.signer, tenant_id, Role.RECRUITER, subject="recruiter-1")

    def candidate(self, tenant_id: str, interview_id: str, candidate_id: str) -> Metadata:
        return candidate_metadata(self.signer, tenant_id, interview_id, candidate_id)


@pytest.fixture(scope="module")
async def platform(infra, make_settings) -> AsyncIterator[Platform]:
    """The services in this process, started in the order they call each other.

    Module scope, not package: a directory without ``__init__.py`` is no package to pytest, so a
    package fixture would outlive this directory and its consumers would answer the next tests' events.
    """
    await ensure_topics(infra.kafka_bootstrap, topics.ALL_TOPICS)
    signer = TokenSigner(make_settings("training").auth_secret)
    profile_server = grpc.aio.server()
    profile_pb2_grpc.add_ProfileServiceServicer_to_server(ProfilesForTests(signer), profile_server)
    profile_addr = f"127.0.0.1:{profile_server.add_insecure_port('127.0.0.1:0')}"
    await profile_server.start()
    async with contextlib.AsyncExitStack() as stack:
        stack.push_async_callback(profile_server.stop, None)
        question_gen_addr = await stack.enter_async_context(
            running_service(
                make_settings("question-gen", profile_addr=profile_addr),
                question_gen_bootstrap,
                consumed=[topics.SCORE_READY, topics.INTERVIEW_COMMANDS],
            )
        )
        scoring_addr = await stack.enter_async_context(
            running_service(make_settings("scoring"), scoring_bootstrap, consumed=[topics.ANSWER_SUBMITTED])
        )
        training_settings = make_settings("training", question_gen_addr=question_gen_addr, scoring_addr=scoring_addr)
        training_addr = await stack.enter_async_context(
            running_service(training_settings, training_bootstrap, consumed=[topics.REPORT_GENERATED])
        )
        feedback_addr = await stack.enter_async_context(
            running_service(
                make_settings("feedback", training_addr=training_addr),
                feedback_bootstrap,
                consumed=[topics.SCORE_READY, topics.INTERVIEW_COMPLETED],
            )
        )
        addresses = {
            "question-gen": question_gen_addr,
            "scoring": scoring_addr,
            "training": training_addr,
            "feedback": feedback_addr,
        }
        channels = {
            name: await stack.enter_async_context(grpc.aio.insecure_channel(address))
            for name, address in addresses.items()
        }
        yield Platform(signer, addresses, channels)


@dataclasses.dataclass
class TrainingUnderTest:
    address: str
    publisher: EventPublisher
    signer: TokenSigner
    plans: TopicReader


@pytest.fixture(scope="module")
async def training(infra, platform) -> AsyncIterator[TrainingUnderTest]:
    """The platform's training service, fed report-generated records by the test itself.

    It is the platform's own instance: a second training on the same database would answer every
    report a second time.
    """
    async with (
        started_publisher(infra.kafka_bootstrap, "training-it") as publisher,
        TopicReader(infra.kafka_bootstrap, topics.LEARNING_PLAN_UPDATED) as plans,
    ):
        yield TrainingUnderTest(platform.addresses["training"], publisher, platform.signer, plans)
