"""scoring over gRPC: the synchronous ScoreAnswer, for the readiness check (nothing is stored)."""

from __future__ import annotations

import grpc
from wendu.core.errors import Unavailable
from wendu.core.service_calls import ServiceChannel
from wendu.core.star_parts import star_parts_from_proto
from wendu.core.wire import language_to_proto
from wendu.training.adapters.grpc_errors import domain_error
from wendu.training.domain.model import CompetencyScore
from wendu.training.domain.readiness import ReadinessQuestion, ScoredAnswer
from wendu.v1 import scoring_pb2, scoring_pb2_grpc

TIMEOUT_SECONDS = 3.0


class GrpcAnswerScorer:
    """Calls ScoringService.ScoreAnswer with a short-lived service token of the tenant."""

    def __init__(self, scoring: ServiceChannel, timeout_seconds: float = TIMEOUT_SECONDS) -> None:
        self._scoring = scoring
        self._timeout = timeout_seconds

    async def score(self, tenant_id: str, question: ReadinessQuestion, answer_text: str) -> ScoredAnswer:
        request = scoring_pb2.ScoreAnswerRequest(
            question_text=question.text,
            competency_ids=list(question.competency_ids),
            answer_text=answer_text,
            language=language_to_proto(question.language),
        )
        stub = scoring_pb2_grpc.ScoringServiceStub(self._scoring.channel)
        try:
            scored = await stub.ScoreAnswer(request, timeout=self._timeout, metadata=self._scoring.metadata(tenant_id))
        except grpc.aio.AioRpcError as exc:
            raise domain_error(exc, "scoring ScoreAnswer", what="answer", ident=question.question_id) from exc
        except (TimeoutError, OSError) as exc:
            raise Unavailable(f"scoring ScoreAnswer failed: {exc!r}") from exc
        return ScoredAnswer(
            scores=tuple(CompetencyScore(s.competency_id, s.score) for s in scored.scores),
            star_parts=star_parts_from_proto(scored.star_parts),
            specificity=scored.specificity,
        )
