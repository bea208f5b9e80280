"""The profile service, over gRPC: where candidate profiles (and consents) come from."""

from __future__ import annotations

import asyncio

import grpc
from wendu.core.auth import Role, TokenSigner, bearer_metadata
from wendu.core.context import request_id_var
from wendu.core.errors import NotFound, Unavailable
from wendu.core.interceptors import REQUEST_ID_METADATA_KEY
from wendu.question_gen.domain.planning import CandidateProfile
from wendu.v1 import profile_pb2, profile_pb2_grpc

PROFILE_TIMEOUT_SECONDS = 3.0
SERVICE_TOKEN_TTL_SECONDS = 300


class GrpcProfileGateway:
    """Calls ProfileService.GetProfile with a short-lived service token of the caller's tenant."""

    def __init__(self, address: str, signer: TokenSigner, *, timeout_seconds: float = PROFILE_TIMEOUT_SECONDS) -> None:
        self._address = address
        self._signer = signer
        self._timeout = timeout_seconds
        self._channel: grpc.aio.Channel | None = None

    def _stub(self) -> profile_pb2_grpc.ProfileServiceStub:
        # Created on first use, inside the running event loop, never at import or wiring time.
        if self._channel is None:
            self._channel = grpc.aio.insecure_channel(self._address)
        return profile_pb2_grpc.ProfileServiceStub(self._channel)

    async def get_profile(self, tenant_id: str, candidate_id: str) -> CandidateProfile:
        token = self._signer.mint_api_key(
            tenant_id, [Role.SERVICE], subject="question-gen", ttl_seconds=SERVICE_TOKEN_TTL_SECONDS
        )
        metadata = (*bearer_metadata(token), (REQUEST_ID_METADATA_KEY, request_id_var.get()))
        try:
            profile = await self._stub().GetProfile(
                profile_pb2.GetProfileRequest(candidate_id=candidate_id), metadata=metadata, timeout=self._timeout
            )
        except grpc.aio.AioRpcError as exc:
            if exc.code() == grpc.StatusCode.NOT_FOUND:
                raise NotFound("candidate", candidate_id) from exc
            raise Unavailable(f"profile service: {exc.code().name}: {exc.details()}") from exc
        return CandidateProfile(
            candidate_id=profile.candidate_id or candidate_id,
            project_names=tuple(profile.project_names),
            signals=frozenset(profile.signals),
            asked_question_texts=frozenset(profile.asked_question_texts),
            ai_scoring_consent=profile.consents.ai_scoring,
        )

    async def close_when_stopped(self, stop: asyncio.Event) -> None:
        """A background job: close the channel when the process stops."""
        await stop.wait()
        if self._channel is not None:
            await self._channel.close()
            self._channel = None
