"""The ProfileService gRPC servicer: authorise, validate and map messages; the handlers do the work."""

from __future__ import annotations

import hmac
import json
from collections.abc import AsyncIterator
from typing import cast

import grpc
from wendu.core.auth import STAFF_ROLES, Principal, Role, authorize
from wendu.core.bulk_import import IncomingRow, report_to_proto, split_options
from wendu.core.codec import from_timestamp, to_timestamp
from wendu.core.errors import InvalidArgument, PermissionDenied, require
from wendu.core.interceptors import current_principal
from wendu.core.wire import interview_kind_to_proto, language_from_proto, language_to_proto, localized_to_proto
from wendu.profile.domain.model import (
    Assessment,
    AssessmentKind,
    AssessmentScore,
    Candidate,
    Consents,
    HistoryEntry,
    NewAssessment,
    NewCandidate,
    Profile,
    Signal,
)
from wendu.profile.domain.self_identification import RaceEthnicity, SelfIdentification, Sex
from wendu.profile.handlers.assessments import AssessmentHandlers
from wendu.profile.handlers.candidate_import import CandidateImport, CandidateRow
from wendu.profile.handlers.candidates import CandidateHandlers
from wendu.profile.handlers.data_export import CandidateDataExporter
from wendu.profile.handlers.erasure import CandidateEraser
from wendu.profile.handlers.self_identification import SelfIdentificationHandlers
from wendu.v1 import accountability_pb2, common_pb2, data_rights_pb2, profile_pb2, profile_pb2_grpc

SERVICE_FULL_NAME = profile_pb2.DESCRIPTOR.services_by_name["ProfileService"].full_name

_ASSESSMENT_KIND_FROM_PROTO = {
    profile_pb2.ASSESSMENT_KIND_ABILITY: AssessmentKind.ABILITY,
    profile_pb2.ASSESSMENT_KIND_PERSONALITY: AssessmentKind.PERSONALITY,
    profile_pb2.ASSESSMENT_KIND_SKILL: AssessmentKind.SKILL,
}
_ASSESSMENT_KIND_TO_PROTO = {kind: proto for proto, kind in _ASSESSMENT_KIND_FROM_PROTO.items()}
_SEX_FROM_PROTO: dict[int, Sex | None] = {
    accountability_pb2.SEX_UNSPECIFIED: None,
    accountability_pb2.SEX_MALE: Sex.MALE,
    accountability_pb2.SEX_FEMALE: Sex.FEMALE,
}
_RACE_FROM_PROTO: dict[int, RaceEthnicity | None] = {
    accountability_pb2.RACE_ETHNICITY_UNSPECIFIED: None,
    **{accountability_pb2.RaceEthnicity.Value(f"RACE_ETHNICITY_{race.name}"): race for race in RaceEthnicity},
}
# By name (FOUNDER -> PROFILE_SIGNAL_FOUNDER), so the domain's list of signals stays the one source:
# a signal without its enum value fails here, at import, not silently on the wire.
_SIGNAL_TO_PROTO = {
    signal: cast(profile_pb2.ProfileSignal, profile_pb2.ProfileSignal.Value(f"PROFILE_SIGNAL_{signal.name}"))
    for signal in Signal
}


def _authorize_staff_or_the_candidate(principal: Principal, candidate_id: str, roles: tuple[Role, ...]) -> None:
    """Staff in ``roles``, or a candidate acting on their own record (whichever interview the token is for)."""
    authorize(principal, roles=roles, allow_candidate=True)
    if principal.is_candidate and principal.candidate_id != candidate_id:
        raise PermissionDenied("a candidate may act only on their own record")


class ProfileServicer(profile_pb2_grpc.ProfileServiceServicer):
    """Staff (admin, recruiter, service) read and write profiles. A candidate token may read its own
    profile (what Wendu read from the résumé, shown in the web app's "My data"), change its own
    consents and erase itself with its e-mail address."""

    def __init__(
        self,
        handlers: CandidateHandlers,
        assessments: AssessmentHandlers,
        eraser: CandidateEraser,
        self_identification: SelfIdentificationHandlers,
        exporter: CandidateDataExporter,
        importer: CandidateImport,
    ) -> None:
        self._importer = importer
        self._handlers = handlers
        self._self_identification = self_identification
        self._assessments = assessments
        self._eraser = eraser
        self._exporter = exporter

    async def CreateCandidate(
        self, request: profile_pb2.CreateCandidateRequest, context: grpc.aio.ServicerContext
    ) -> profile_pb2.Candidate:
        principal = current_principal()
        authorize(principal)
        language = language_from_proto(request.preferred_language, default=None)
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
                    self_identification=request.consents.self_identification,
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
        return _candidate_to_proto(await self._handlers.get_candidate(principal.tenant_id, candidate_id))

    async def GetProfile(
        self, request: profile_pb2.GetProfileRequest, context: grpc.aio.ServicerContext
    ) -> profile_pb2.Profile:
        principal = current_principal()
        candidate_id = require(request.candidate_id, "candidate_id")
        # The candidate's own profile only: what drives their questions is theirs to see (GDPR art. 15).
        _authorize_staff_or_the_candidate(principal, candidate_id, STAFF_ROLES)
        return _profile_to_proto(await self._handlers.get_profile(principal.tenant_id, candidate_id))

    async def ListInterviewHistory(
        self, request: profile_pb2.ListInterviewHistoryRequest, context: grpc.aio.ServicerContext
    ) -> profile_pb2.ListInterviewHistoryResponse:
        principal = current_principal()
        authorize(principal)
        candidate_id = require(request.candidate_id, "candidate_id")
        # Practice interviews are never shown to employers; other Wendu services (e.g. training,
        # which prepares the candidate) may see them, flagged by kind.
        entries = await self._handlers.list_history(
            principal.tenant_id, candidate_id, include_practice=Role.SERVICE in principal.roles
        )
        return profile_pb2.ListInterviewHistoryResponse(entries=[_history_entry_to_proto(e) for e in entries])

    async def ImportResume(
        self, request: profile_pb2.ImportResumeRequest, context: grpc.aio.ServicerContext
    ) -> profile_pb2.Profile:
        principal = current_principal()
        authorize(principal)
        candidate_id = require(request.candidate_id, "candidate_id")
        profile = await self._handlers.import_resume(
            principal.tenant_id, candidate_id, request.content, request.media_type
        )
        return _profile_to_proto(profile)

    async def AddAssessment(
        self, request: profile_pb2.AddAssessmentRequest, context: grpc.aio.ServicerContext
    ) -> profile_pb2.Assessment:
        principal = current_principal()
        authorize(principal)
        assessment = await self._assessments.add_assessment(
            principal.tenant_id,
            NewAssessment(
                candidate_id=request.candidate_id,
                source=request.source,
                kind=_ASSESSMENT_KIND_FROM_PROTO.get(request.kind),
                name=request.name,
                scores=tuple(
                    AssessmentScore(dimension=s.dimension, score=s.score, max_score=s.max_score) for s in request.scores
                ),
                taken_at=from_timestamp(request.taken_at) if request.HasField("taken_at") else None,
                idempotency_key=request.idempotency_key,
            ),
        )
        return _assessment_to_proto(assessment)

    async def UpdateConsents(
        self, request: profile_pb2.UpdateConsentsRequest, context: grpc.aio.ServicerContext
    ) -> profile_pb2.Candidate:
        principal = current_principal()
        candidate_id = require(request.candidate_id, "candidate_id")
        _authorize_staff_or_the_candidate(principal, candidate_id, (Role.ADMIN, Role.RECRUITER, Role.SERVICE))
        if not request.HasField("consents"):
            raise InvalidArgument("consents", "must be set (the full set of consents after the change)")
        candidate = await self._handlers.update_consents(
            principal.tenant_id,
            candidate_id,
            Consents(
                resume_use=request.consents.resume_use,
                external_data=request.consents.external_data,
                ai_scoring=request.consents.ai_scoring,
                self_identification=request.consents.self_identification,
            ),
        )
        return _candidate_to_proto(candidate)

    async def SetSelfIdentification(
        self, request: profile_pb2.SetSelfIdentificationRequest, context: grpc.aio.ServicerContext
    ) -> profile_pb2.SetSelfIdentificationResponse:
        """The candidate, or the HR suite's service key on their behalf: never a recruiter or an admin,
        who have no business knowing what a candidate stated."""
        principal = current_principal()
        candidate_id = require(request.candidate_id, "candidate_id")
        _authorize_staff_or_the_candidate(principal, candidate_id, (Role.SERVICE,))
        if request.sex not in _SEX_FROM_PROTO:
            raise InvalidArgument("sex", f"unknown value {request.sex}")
        if request.race_ethnicity not in _RACE_FROM_PROTO:
            raise InvalidArgument("race_ethnicity", f"unknown value {request.race_ethnicity}")
        statement = await self._self_identification.state(
            principal.tenant_id,
            candidate_id,
            SelfIdentification(
                sex=_SEX_FROM_PROTO[request.sex],
                race_ethnicity=_RACE_FROM_PROTO[request.race_ethnicity],
                declined=request.declined,
            ),
        )
        return profile_pb2.SetSelfIdentificationResponse(recorded=True, declined=statement.declined)

    async def LinkExternalProfile(
        self, request: profile_pb2.LinkExternalProfileRequest, context: grpc.aio.ServicerContext
    ) -> profile_pb2.Profile:
        principal = current_principal()
        authorize(principal)
        candidate_id = require(request.candidate_id, "candidate_id")
        profile = await self._handlers.link_external_profile(
            principal.tenant_id, candidate_id, kind=request.kind, url=request.url, title=request.title
        )
        return _profile_to_proto(profile)

    async def EraseCandidate(
        self, request: profile_pb2.EraseCandidateRequest, context: grpc.aio.ServicerContext
    ) -> profile_pb2.EraseCandidateResponse:
        principal = current_principal()
        candidate_id = require(request.candidate_id, "candidate_id")
        # Irreversible: a tenant admin (the HR suite, which confirms the candidate's identity first),
        # or the candidate with their token and the e-mail address they were invited at. Never a
        # candidate token alone: an invite link that was forwarded must not be enough to erase
        # anyone (docs/privacy.md).
        if principal.is_candidate:
            _authorize_staff_or_the_candidate(principal, candidate_id, (Role.ADMIN,))
            await self._confirm_own_email(principal.tenant_id, candidate_id, request.confirm_email)
        else:
            authorize(principal, roles=(Role.ADMIN,))
        erasure = await self._eraser.erase(principal.tenant_id, candidate_id)
        return profile_pb2.EraseCandidateResponse(
            candidate_id=erasure.candidate_id,
            erased_at=to_timestamp(erasure.erased_at),
            event_id=erasure.event_id,
            interview_ids=erasure.interview_ids,
        )

    async def _confirm_own_email(self, tenant_id: str, candidate_id: str, confirm_email: str) -> None:
        given = confirm_email.strip().casefold()
        if not given:
            raise PermissionDenied("confirm_email: to erase your data, confirm the e-mail address you were invited at")
        candidate = await self._handlers.get_candidate(tenant_id, candidate_id)
        if not hmac.compare_digest(given.encode(), candidate.email.strip().casefold().encode()):
            raise PermissionDenied("confirm_email: this is not the e-mail address you were invited at")

    async def ExportCandidateData(
        self, request: data_rights_pb2.ExportCandidateDataRequest, context: grpc.aio.ServicerContext
    ) -> data_rights_pb2.CandidateDataExport:
        principal = current_principal()
        candidate_id = require(request.candidate_id, "candidate_id")
        # Everything about a person, so among staff only an admin may ask (on the candidate's behalf).
        _authorize_staff_or_the_candidate(principal, candidate_id, (Role.ADMIN,))
        export = await self._exporter.export(principal, candidate_id)
        return data_rights_pb2.CandidateDataExport(
            candidate_id=export.candidate_id,
            generated_at=to_timestamp(export.generated_at),
            document_json=json.dumps(export.document, ensure_ascii=False, sort_keys=True),
            summary=localized_to_proto(export.summary),
        )

    async def ImportCandidates(
        self, request_iterator: AsyncIterator[profile_pb2.ImportCandidatesRequest], context: grpc.aio.ServicerContext
    ) -> data_rights_pb2.ImportReport:
        principal = current_principal()
        authorize(principal, roles=(Role.ADMIN, Role.RECRUITER))
        options, rows = await split_options(request_iterator)

        async def incoming() -> AsyncIterator[IncomingRow[CandidateRow]]:
            async for row in rows:
                assert isinstance(row, profile_pb2.CandidateImportRow)
                yield IncomingRow(row.line, row.external_id.strip(), _candidate_row(row))

        report = await self._importer.run(principal.tenant_id, incoming(), dry_run=options.dry_run)
        return report_to_proto(report)


def _candidate_row(row: profile_pb2.CandidateImportRow) -> CandidateRow:
    return CandidateRow(
        display_name=row.display_name,
        email=row.email,
        preferred_language=row.preferred_language,
        resume_text=row.resume_text,
        consents=Consents(
            resume_use=row.consents.resume_use,
            external_data=row.consents.external_data,
            ai_scoring=row.consents.ai_scoring,
        ),
    )


def _assessment_to_proto(assessment: Assessment) -> profile_pb2.Assessment:
    return profile_pb2.Assessment(
        assessment_id=assessment.assessment_id,
        source=assessment.source,
        kind=_ASSESSMENT_KIND_TO_PROTO[assessment.kind],
        name=assessment.name,
        scores=[
            profile_pb2.AssessmentScore(dimension=s.dimension, score=s.score, max_score=s.max_score)
            for s in assessment.scores
        ],
        taken_at=to_timestamp(assessment.taken_at),
        recorded_at=to_timestamp(assessment.recorded_at),
    )


def _consents_to_proto(consents: Consents) -> profile_pb2.Consents:
    return profile_pb2.Consents(
        resume_use=consents.resume_use,
        external_data=consents.external_data,
        ai_scoring=consents.ai_scoring,
        self_identification=consents.self_identification,
    )


def _candidate_to_proto(candidate: Candidate) -> profile_pb2.Candidate:
    return profile_pb2.Candidate(
        candidate_id=candidate.candidate_id,
        tenant_id=candidate.tenant_id,
        display_name=candidate.display_name,
        email=candidate.email,
        preferred_language=language_to_proto(candidate.preferred_language),
        consents=_consents_to_proto(candidate.consents),
        created_at=to_timestamp(candidate.created_at),
    )


def _profile_to_proto(profile: Profile) -> profile_pb2.Profile:
    return profile_pb2.Profile(
        candidate_id=profile.candidate_id,
        skills=profile.facts.skills,
        project_names=profile.facts.project_names,
        experience=[
            profile_pb2.WorkExperience(
                employer=e.employer, role=e.role, period=e.period, industry=e.industry, start=e.start, end=e.end
            )
            for e in profile.facts.experience
        ],
        # Deprecated string form, kept for older clients.
        signals=[signal.value for signal in profile.facts.signals],
        signal_kinds=[_SIGNAL_TO_PROTO[signal] for signal in profile.facts.signals],
        preferred_language=language_to_proto(profile.preferred_language)
        if profile.preferred_language
        else common_pb2.LANGUAGE_UNSPECIFIED,
        covered_competency_ids=profile.covered_competency_ids,
        weak_competency_ids=profile.weak_competency_ids,
        asked_question_texts=profile.asked_question_texts,
        consents=_consents_to_proto(profile.consents),
        education=[
            profile_pb2.Education(institution=e.institution, degree=e.degree, major=e.major, period=e.period)
            for e in profile.facts.education
        ],
        career_gaps=[
            profile_pb2.CareerGap(start=g.start, end=g.end, months=g.months) for g in profile.facts.career_gaps
        ],
        notable_project_names=profile.facts.notable_project_names,
        assessments=[_assessment_to_proto(a) for a in profile.assessments],
        external_profiles=[
            profile_pb2.ExternalProfile(
                kind=link.kind.value, url=link.url, title=link.title, linked_at=to_timestamp(link.linked_at)
            )
            for link in profile.external_profiles
        ],
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
        kind=interview_kind_to_proto(entry.kind),
    )
