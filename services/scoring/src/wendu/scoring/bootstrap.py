"""Wires the scoring service from real adapters. Nothing connects at import time."""

from __future__ import annotations

from wendu.core import semantic, text
from wendu.core.config import LLMSettings
from wendu.core.data_export import candidate_data_service
from wendu.core.erasure import CandidateErasedHandler
from wendu.core.grpc_server import GrpcService
from wendu.core.llm import OPENAI_ADAPTER, build_llm
from wendu.core.runtime import Infrastructure, ServiceParts
from wendu.core.topics import ANSWER_SUBMITTED, CANDIDATE_ERASED
from wendu.scoring.adapters.llm_scorer import LLMScorer
from wendu.scoring.adapters.repository import MongoCandidateErasure, MongoCandidateExport, MongoScoreRepository
from wendu.scoring.adapters.topic_judge import EmbeddingTopicJudge
from wendu.scoring.config import EMBEDDING_TOPIC_JUDGE, LOCAL_SCORER, SERVICE_NAME, ScorerSettings, load_scorer_settings
from wendu.scoring.domain.local_scorer import LocalScorer
from wendu.scoring.domain.model import AnswerScorer
from wendu.scoring.entrypoints.grpc_api import ScoringServicer
from wendu.scoring.handlers.answer_submitted import AnswerSubmittedHandler
from wendu.v1 import scoring_pb2, scoring_pb2_grpc


def build_scorer(llm_settings: LLMSettings, scorer_settings: ScorerSettings) -> AnswerScorer:
    """The scorer the settings name: the local one, or the LLM panel over the configured LLM port."""
    judge = EmbeddingTopicJudge() if scorer_settings.topic_judge == EMBEDDING_TOPIC_JUDGE else None
    local = LocalScorer(judge)
    if scorer_settings.scorer == LOCAL_SCORER:
        return local
    if llm_settings.provider != OPENAI_ADAPTER:
        # The local LLM adapter would answer every call with its fallback: fail fast, not silently.
        raise ValueError("WENDU_SCORING_SCORER=llm needs WENDU_LLM_PROVIDER=openai (and its base URL and model)")
    return LLMScorer(
        build_llm(llm_settings),
        local,
        panel=scorer_settings.llm_panel,
        timeout_seconds=scorer_settings.llm_timeout_seconds,
        disagreement_margin=scorer_settings.llm_disagreement,
    )


def bootstrap(infra: Infrastructure) -> ServiceParts:
    scorer_settings = load_scorer_settings()
    scorer = build_scorer(infra.settings.llm, scorer_settings)
    scores = MongoScoreRepository()
    return ServiceParts(
        grpc_services=[
            candidate_data_service(SERVICE_NAME, MongoCandidateExport()),
            GrpcService(
                full_name=scoring_pb2.DESCRIPTOR.services_by_name["ScoringService"].full_name,
                servicer=ScoringServicer(scorer, scores),
                add_to_server=scoring_pb2_grpc.add_ScoringServiceServicer_to_server,
            ),
        ],
        consumers={
            ANSWER_SUBMITTED: AnswerSubmittedHandler(scorer, scores, infra.publisher),
            CANDIDATE_ERASED: CandidateErasedHandler(MongoCandidateErasure()),
        },
        # jieba's dictionary (about a second) and the embedding model (a few seconds), before the first answer.
        warm_ups=[text.warm_up, semantic.warm_up]
        if scorer_settings.topic_judge == EMBEDDING_TOPIC_JUDGE
        else [text.warm_up],
    )
