"""All five services in one process on the real broker and database, and a candidate's way through them.

Shared by the tests that follow one candidate across the platform (erasure, data export).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TypeVar

import grpc
from cryptography.fernet import Fernet
from pymongo import MongoClient
from wendu.core import topics
from wendu.core.auth import Role, TokenSigner
from wendu.core.bus import ensure_topics
from wendu.feedback.bootstrap import bootstrap as feedback_bootstrap
from wendu.profile.bootstrap import bootstrap as profile_bootstrap
from wendu.question_gen.bootstrap import bootstrap as question_gen_bootstrap
from wendu.scoring.bootstrap import bootstrap as scoring_bootstrap
from wendu.training.bootstrap import bootstrap as training_bootstrap
from wendu.v1 import question_gen_pb2

from support.auth import Metadata, api_key_metadata
from support.services import running_service
from support.stubs import ServiceStubs

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
    # Each service's gRPC address, by name (for clients that dial themselves, e.g. the CLI).
    addresses: dict[str, str]

    def staff(self, tenant_id: str, role: Role) -> Metadata:
        return api_key_metadata(self.signer, tenant_id, role, subject=f"test-{role}")


@contextlib.asynccontextmanager
async def running_platform(infra, make_settings) -> AsyncIterator[Platform]:
    """The five services, started in the order they call each other; each consumes candidate-erased."""
    await ensure_topics(infra.kafka_bootstrap, topics.ALL_TOPICS)
    erased = topics.CANDIDATE_ERASED
    groups: dict[str, str] = {}
    names = ("profile", "question-gen", "scoring", "training", "feedback")
    # Every port is chosen before any service starts, so each can be pointed at all the others
    # (question-gen calls profile; profile's export calls every other service).
    ports = {name: make_settings(name).grpc_port for name in names}
    host = make_settings("profile").grpc_host
    addresses = {name: f"{host}:{port}" for name, port in ports.items()}
    peers = {
        "profile_addr": addresses["profile"],
        "question_gen_addr": addresses["question-gen"],
        "scoring_addr": addresses["scoring"],
        "training_addr": addresses["training"],
        "feedback_addr": addresses["feedback"],
    }
    groups: dict[str, str] = {}
    async with contextlib.AsyncExitStack() as stack:

        async def start(name: str, bootstrap, consumed: list[str], **overrides: object) -> None:
            settings = make_settings(name, grpc_port=ports[name], **peers, **overrides)
            groups[name] = settings.consumer_group
            await stack.enter_async_context(running_service(settings, bootstrap, consumed=[*consumed, erased]))

        # Started in the order they call each other at start-up and on the first requests.
        await start(
            "profile", profile_bootstrap, [topics.REPORT_GENERATED], encryption_key=Fernet.generate_key().decode()
        )
        await start("question-gen", question_gen_bootstrap, [topics.SCORE_READY, topics.INTERVIEW_COMMANDS])
        await start("scoring", scoring_bootstrap, [topics.ANSWER_SUBMITTED])
        await start("training", training_bootstrap, [topics.REPORT_GENERATED])
        await start("feedback", feedback_bootstrap, [topics.SCORE_READY, topics.HINT_READY, topics.INTERVIEW_COMPLETED])
        channels = {
            name: await stack.enter_async_context(grpc.aio.insecure_channel(address))
            for name, address in addresses.items()
        }
        settings = make_settings("profile")
        honouring = {name: group for name, group in groups.items() if name != "profile"}
        yield Platform(TokenSigner(settings.auth_secret), settings.mongo_db, channels, honouring, addresses)


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
