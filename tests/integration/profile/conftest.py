"""The profile service in-process against the real Kafka broker and FerretDB, shared by a module's tests.

Each test works in its own tenant, so tests do not see each other's candidates.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

import grpc
import pytest
from cryptography.fernet import Fernet
from support.auth import Metadata, api_key_metadata
from support.interview_ends import InterviewEndsForTests, question_gen_for_tests
from support.services import running_service
from wendu.core import topics
from wendu.core.auth import Role, TokenSigner
from wendu.core.bus import ensure_topics
from wendu.core.config import CoreSettings
from wendu.profile.bootstrap import bootstrap
from wendu.v1 import profile_pb2_grpc


@dataclass
class RunningService:
    settings: CoreSettings
    stub: profile_pb2_grpc.ProfileServiceStub
    signer: TokenSigner
    # The stand-in question-gen profile asks when a candidate token's interview ended.
    interview_ends: InterviewEndsForTests

    def staff(self, tenant_id: str, role: Role = Role.RECRUITER) -> Metadata:
        return api_key_metadata(self.signer, tenant_id, role, subject=f"test-{role}")


@pytest.fixture(scope="module")
async def service(infra, make_settings) -> AsyncIterator[RunningService]:
    await ensure_topics(infra.kafka_bootstrap, topics.ALL_TOPICS)
    signer = TokenSigner(make_settings("profile").auth_secret)
    async with question_gen_for_tests(signer) as (question_gen_addr, interview_ends):
        settings = make_settings(
            "profile", encryption_key=Fernet.generate_key().decode(), question_gen_addr=question_gen_addr
        )
        async with (
            running_service(settings, bootstrap, consumed=[topics.REPORT_GENERATED]) as address,
            grpc.aio.insecure_channel(address) as channel,
        ):
            yield RunningService(settings, profile_pb2_grpc.ProfileServiceStub(channel), signer, interview_ends)
