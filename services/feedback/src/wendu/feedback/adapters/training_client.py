"""Course suggestions from the training service over gRPC.

The call carries a short-lived service token for the report's tenant and a 2-second deadline;
any failure becomes ``Unavailable`` so the report can go out without courses.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import grpc
from wendu.core.auth import Role, TokenSigner, bearer_metadata
from wendu.core.errors import Unavailable
from wendu.feedback.domain.model import CompetencyGap, CourseSuggestion, LocalizedText
from wendu.v1 import training_pb2, training_pb2_grpc

TIMEOUT_SECONDS = 2.0
SERVICE_SUBJECT = "feedback"
TOKEN_TTL_SECONDS = 300


class GrpcCourseRecommender:
    """Calls TrainingService.RecommendCourses. The channel opens on first use, inside the event loop."""

    def __init__(self, address: str, signer: TokenSigner, timeout_seconds: float = TIMEOUT_SECONDS) -> None:
        self._address = address
        self._signer = signer
        self._timeout = timeout_seconds
        self._channel: grpc.aio.Channel | None = None
        self._stub: training_pb2_grpc.TrainingServiceStub | None = None

    def _client(self) -> training_pb2_grpc.TrainingServiceStub:
        if self._stub is None:
            self._channel = grpc.aio.insecure_channel(self._address)
            self._stub = training_pb2_grpc.TrainingServiceStub(self._channel)
        return self._stub

    async def recommend(
        self, tenant_id: str, gaps: Sequence[CompetencyGap], max_courses: int
    ) -> list[CourseSuggestion]:
        token = self._signer.mint_api_key(
            tenant_id, [Role.SERVICE], subject=SERVICE_SUBJECT, ttl_seconds=TOKEN_TTL_SECONDS
        )
        request = training_pb2.RecommendCoursesRequest(
            gaps=[training_pb2.CompetencyGap(competency_id=g.competency_id, score=g.score) for g in gaps],
            max_courses=max_courses,
        )
        try:
            response = await self._client().RecommendCourses(
                request, timeout=self._timeout, metadata=bearer_metadata(token)
            )
        except grpc.aio.AioRpcError as exc:
            raise Unavailable(f"training RecommendCourses failed: {exc.code().name} {exc.details()}") from exc
        except (TimeoutError, OSError) as exc:
            raise Unavailable(f"training RecommendCourses failed: {exc!r}") from exc
        return [
            CourseSuggestion(
                course_id=s.course_id,
                competency_id=s.competency_id,
                title=LocalizedText(zh=s.title.zh, en=s.title.en),
            )
            for s in response.suggestions
        ]

    async def close_when_stopped(self, stop: asyncio.Event) -> None:
        """A worker background job: close the channel when the process stops."""
        await stop.wait()
        if self._channel is not None:
            await self._channel.close()
