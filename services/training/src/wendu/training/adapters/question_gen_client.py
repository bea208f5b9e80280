"""question-gen over gRPC: positions and the competency library for guides, and practice interviews.

Every call carries a short-lived service token of the tenant the request is for.
"""

from __future__ import annotations

import grpc
from wendu.core import codec
from wendu.core.errors import Unavailable
from wendu.core.service_calls import ServiceChannel
from wendu.core.vocabulary import Language, LocalizedText
from wendu.core.wire import language_to_proto, localized_from_proto
from wendu.training.adapters.grpc_errors import domain_error
from wendu.training.domain.guide import CompetencyDefinition, CompetencyWeight, GuidePosition
from wendu.training.domain.model import CreatedPractice
from wendu.v1 import common_pb2, question_gen_pb2, question_gen_pb2_grpc

TIMEOUT_SECONDS = 3.0


class GrpcQuestionGen:
    """Calls PositionService.GetPosition / ListCompetencies and InterviewService.CreateInterview."""

    def __init__(self, question_gen: ServiceChannel, timeout_seconds: float = TIMEOUT_SECONDS) -> None:
        self._question_gen = question_gen
        self._timeout = timeout_seconds

    async def get_position(self, tenant_id: str, position_id: str) -> GuidePosition:
        stub = question_gen_pb2_grpc.PositionServiceStub(self._question_gen.channel)
        try:
            position = await stub.GetPosition(
                question_gen_pb2.GetPositionRequest(position_id=position_id),
                timeout=self._timeout,
                metadata=self._question_gen.metadata(tenant_id),
            )
        except grpc.aio.AioRpcError as exc:
            raise domain_error(exc, "question-gen GetPosition", what="position", ident=position_id) from exc
        except (TimeoutError, OSError) as exc:
            raise Unavailable(f"question-gen GetPosition failed: {exc!r}") from exc
        return GuidePosition(
            position_id=position.position_id,
            title=position.title,
            weights=tuple(CompetencyWeight(c.competency_id, c.weight_percent) for c in position.competencies),
            suggested_minutes_per_answer=position.time_policy.suggested_minutes_per_answer,
            hard_limit_minutes=position.time_policy.hard_limit_minutes,
        )

    async def list_competencies(self, tenant_id: str) -> dict[str, CompetencyDefinition]:
        stub = question_gen_pb2_grpc.PositionServiceStub(self._question_gen.channel)
        try:
            response = await stub.ListCompetencies(
                question_gen_pb2.ListCompetenciesRequest(),
                timeout=self._timeout,
                metadata=self._question_gen.metadata(tenant_id),
            )
        except grpc.aio.AioRpcError as exc:
            raise Unavailable(f"question-gen ListCompetencies failed: {exc.code().name} {exc.details()}") from exc
        except (TimeoutError, OSError) as exc:
            raise Unavailable(f"question-gen ListCompetencies failed: {exc!r}") from exc
        return {
            c.competency_id: CompetencyDefinition(
                competency_id=c.competency_id,
                name=localized_from_proto(c.name),
                definition=localized_from_proto(c.definition),
                top_level=localized_from_proto(c.levels[-1]) if c.levels else LocalizedText("", ""),
            )
            for c in response.competencies
        }

    async def create_practice_interview(
        self, tenant_id: str, candidate_id: str, position_id: str, language: Language, idempotency_key: str
    ) -> CreatedPractice:
        stub = question_gen_pb2_grpc.InterviewServiceStub(self._question_gen.channel)
        request = question_gen_pb2.CreateInterviewRequest(
            candidate_id=candidate_id,
            position_id=position_id,
            language=language_to_proto(language),
            kind=common_pb2.INTERVIEW_KIND_PRACTICE,
            idempotency_key=idempotency_key,
        )
        try:
            created = await stub.CreateInterview(
                request, timeout=self._timeout, metadata=self._question_gen.metadata(tenant_id)
            )
        except grpc.aio.AioRpcError as exc:
            raise domain_error(
                exc, "question-gen CreateInterview", what="position or candidate", ident=position_id
            ) from exc
        except (TimeoutError, OSError) as exc:
            raise Unavailable(f"question-gen CreateInterview failed: {exc!r}") from exc
        return CreatedPractice(
            interview_id=created.interview.interview_id,
            candidate_token=created.candidate_token,
            created_at=codec.from_timestamp(created.interview.created_at),
        )
