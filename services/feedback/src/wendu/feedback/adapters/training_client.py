"""Course suggestions from the training service over gRPC.

The call carries a short-lived service token for the report's tenant and a 2-second deadline;
any failure becomes ``Unavailable`` so the report can go out without courses.
"""

from __future__ import annotations

from collections.abc import Sequence

import grpc
from wendu.core.errors import Unavailable
from wendu.core.service_calls import ServiceChannel
from wendu.feedback.domain.model import CompetencyGap, CourseSuggestion, LocalizedText
from wendu.v1 import training_pb2, training_pb2_grpc

TIMEOUT_SECONDS = 2.0


class GrpcCourseRecommender:
    """Calls TrainingService.RecommendCourses."""

    def __init__(self, training: ServiceChannel, timeout_seconds: float = TIMEOUT_SECONDS) -> None:
        self._training = training
        self._timeout = timeout_seconds

    async def recommend(
        self, tenant_id: str, gaps: Sequence[CompetencyGap], max_courses: int
    ) -> list[CourseSuggestion]:
        request = training_pb2.RecommendCoursesRequest(
            gaps=[training_pb2.CompetencyGap(competency_id=g.competency_id, score=g.score) for g in gaps],
            max_courses=max_courses,
        )
        try:
            response = await training_pb2_grpc.TrainingServiceStub(self._training.channel).RecommendCourses(
                request, timeout=self._timeout, metadata=self._training.metadata(tenant_id)
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
