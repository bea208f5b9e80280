"""The ProfileService gRPC servicer: authorise, validate and map messages; the handlers do the work."""

from __future__ import annotations

import grpc
from wendu.core.auth import Role, authorize
from wendu.core.codec import to_timestamp
from wendu.core.errors import InvalidArgument, require
from wendu.core.interceptors import current_principal
from wendu.profile.domain.model import Candidate, Consents, HistoryEntry, InterviewKind, Language, NewCandidate, Profile
from wendu.profile.handlers.candidates import CandidateHandlers
from wendu.v1 import common_pb2, profile_pb2, profile_pb2_grpc

SERVICE_FULL_NAME = profile_pb2.DESCRIPTOR.services_by_name["ProfileService"].full_name

_LANGUAGE_FROM_PROTO = {common_pb2.LANGUAGE_ZH: Language.ZH, common_pb2.LANGUAGE_EN: Language.EN}
_LANGUAGE_TO_PROTO = {language: proto for proto, language in _LANGUAGE_FROM_PROTO.items()}
_KIND_TO_PROTO = {
    InterviewKind.SELECTION: common_pb2.INTERVIEW_KIND_SELECTION,
    InterviewKind.PRACTICE: common_pb2.INTERVIEW_KIND_PRACTICE,
}


class ProfileServicer(profile_pb2_grpc.ProfileServiceServicer):
    """Staff (admin, recruiter, service) only: candidate tokens never read profiles."""

    def __init__(self, handlers: CandidateHandlers) -> None:
        self._handlers = handlers

    async def CreateCandidate(
        self, request: profile_pb2.CreateCandidateRequest, context: grpc.aio.ServicerContext
    ) -> profile_pb2.Candidate:
        principal = current_principal()
        authorize(principal)
        language = _LANGUAGE_FROM_PROTO.get(request.preferred_language)
        if language is None:
            raise InvalidArgument("preferred_language", "must be LANGUAGE_ZH or LANGUAGE_EN")
        candidate = await self._handlers.create_candidate(
            principal.tenant_id,
            NewCandidate(
                display_name=request.display_name,
                email=request.email,
                preferred_language=language,
                resume_text=request.resume_text,
                consents=Consents(
                    resume_use=request.consents.resume_use,
                    external_data=request.consents.external_data,
                    ai_scoring=request.consents.ai_scoring,
                ),
                idempotency_key=request.idempotency_key,
            ),
        )
        return _candidate_to_proto(candidate)

    async def GetCandidate(
        self, request: profile_pb2.GetCandidateRequest, context: grpc.aio.ServicerContext
    ) -> profile_pb2.Candidate:
        principal = current_principal()
        authorize(principal)
        candidate_id = require(request.candidate_id, "candidate_id")
        return _candidate_to_proto(self._handlers.get_candidate(principal.tenant_id, candidate_id))

    async def GetProfile(
        self, request: profile_pb2.GetProfileRequest, context: grpc.aio.ServicerContext
    ) -> profile_pb2.Profile:
        principal = current_principal()
        authorize(principal)
        candidate_id = require(request.candidate_id, "candidate_id")
        return _profile_to_proto(self._handlers.get_profile(principal.tenant_id, candidate_id))

    async def ListInterviewHistory(
        self, request: profile_pb2.ListInterviewHistoryRequest, context: grpc.aio.ServicerContext
    ) -> profile_pb2.ListInterviewHistoryResponse:
        principal = current_principal()
        authorize(principal)
        candidate_id = require(request.candidate_id, "candidate_id")
        # Practice interviews are never shown to employers; other Wendu services (e.g. training,
        # which prepares the candidate) may see them, flagged by kind.
        entries = self._handlers.list_history(
            principal.tenant_id, candidate_id, include_practice=Role.SERVICE in principal.roles
        )
        return profile_pb2.ListInterviewHistoryResponse(entries=[_history_entry_to_proto(e) for e in entries])


def _consents_to_proto(consents: Consents) -> profile_pb2.Consents:
    return profile_pb2.Consents(
        resume_use=consents.resume_use, external_data=consents.external_data, ai_scoring=consents.ai_scoring
    )


def _candidate_to_proto(candidate: Candidate) -> profile_pb2.Candidate:
    return profile_pb2.Candidate(
        candidate_id=candidate.candidate_id,
        tenant_id=candidate.tenant_id,
        display_name=candidate.display_name,
        email=candidate.email,
        preferred_language=_LANGUAGE_TO_PROTO[candidate.preferred_language],
        consents=_consents_to_proto(candidate.consents),
        created_at=to_timestamp(candidate.created_at),
    )


def _profile_to_proto(profile: Profile) -> profile_pb2.Profile:
    return profile_pb2.Profile(
        candidate_id=profile.candidate_id,
        skills=profile.facts.skills,
        project_names=profile.facts.project_names,
        experience=[
            profile_pb2.WorkExperience(employer=e.employer, role=e.role, period=e.period)
            for e in profile.facts.experience
        ],
        signals=[signal.value for signal in profile.facts.signals],
        covered_competency_ids=profile.covered_competency_ids,
        weak_competency_ids=profile.weak_competency_ids,
        asked_question_texts=profile.asked_question_texts,
        consents=_consents_to_proto(profile.consents),
    )


def _history_entry_to_proto(entry: HistoryEntry) -> profile_pb2.InterviewHistoryEntry:
    return profile_pb2.InterviewHistoryEntry(
        interview_id=entry.interview_id,
        report_id=entry.report_id,
        overall_score=entry.overall_score,
        competency_scores=[
            common_pb2.CompetencyScore(competency_id=s.competency_id, score=s.score, level=s.level)
            for s in entry.competency_scores
        ],
        completed_at=to_timestamp(entry.completed_at),
        kind=_KIND_TO_PROTO[entry.kind],
    )
