"""Mongo repositories of candidates and interview history. Every query filters on the tenant.

Handlers await these repositories: each public method runs on a worker thread (``off_loop``), so a
database round trip never blocks the event loop. A public method never calls another public one
(that would return a coroutine); it calls the private sync version. Nothing here caches in process.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from wendu.core.mongo import first_as, insert_or_find, off_loop, tenant_document_by_id
from wendu.profile.adapters.documents import (
    AssessmentDocument,
    AssessmentScoreDocument,
    CandidateDocument,
    CareerGapDocument,
    CompetencyScoreDocument,
    ConsentsDocument,
    EducationDocument,
    ErasureDocument,
    ExternalProfileDocument,
    InterviewHistoryDocument,
    SelfIdentificationDocument,
    WorkExperienceDocument,
    candidate_key,
)
from wendu.profile.adapters.keyring import CandidateKeyring
from wendu.profile.domain.model import (
    Assessment,
    AssessmentKind,
    AssessmentScore,
    Candidate,
    CareerGap,
    CompetencyResult,
    Consents,
    Education,
    Erasure,
    ExternalProfile,
    ExternalProfileKind,
    HistoryEntry,
    InterviewKind,
    Language,
    ResumeFacts,
    Signal,
    WorkExperience,
)
from wendu.profile.domain.self_identification import SelfIdentification

_CLIENT_KEY_PREFIX = "key:"
_GENERATED_KEY_PREFIX = "id:"
_KNOWN_SIGNALS = frozenset(signal.value for signal in Signal)


def _stored_idempotency_key(candidate: Candidate) -> str:
    if candidate.idempotency_key:
        return _CLIENT_KEY_PREFIX + candidate.idempotency_key
    return _GENERATED_KEY_PREFIX + candidate.candidate_id


def _facts_fields(facts: ResumeFacts) -> dict[str, Any]:
    return {
        "skills": list(facts.skills),
        "project_names": list(facts.project_names),
        "experience": [
            WorkExperienceDocument(
                employer=e.employer, role=e.role, period=e.period, industry=e.industry, start=e.start, end=e.end
            )
            for e in facts.experience
        ],
        "signals": [signal.value for signal in facts.signals],
        "education": [
            EducationDocument(institution=e.institution, degree=e.degree, major=e.major, period=e.period)
            for e in facts.education
        ],
        "career_gaps": [CareerGapDocument(start=g.start, end=g.end, months=g.months) for g in facts.career_gaps],
        "notable_project_names": list(facts.notable_project_names),
    }


def _consents_document(consents: Consents) -> ConsentsDocument:
    return ConsentsDocument(
        resume_use=consents.resume_use,
        external_data=consents.external_data,
        ai_scoring=consents.ai_scoring,
        self_identification=consents.self_identification,
    )


class MongoCandidateRepository:
    """Candidates in ``profile_candidates``; e-mail and résumé text are encrypted with the candidate's
    own key before they are stored."""

    def __init__(self, keyring: CandidateKeyring) -> None:
        self._keyring = keyring

    @off_loop
    def add(self, candidate: Candidate) -> Candidate:
        stored, _ = insert_or_find(
            self._to_document(candidate),
            candidate,
            lambda: self._find_by_idempotency_key(candidate.tenant_id, candidate.idempotency_key),
        )
        return stored

    @off_loop
    def get(self, tenant_id: str, candidate_id: str) -> Candidate | None:
        document = tenant_document_by_id(CandidateDocument, candidate_key(tenant_id, candidate_id), tenant_id)
        return None if document is None else self._to_domain(document)

    @off_loop
    def find_by_idempotency_key(self, tenant_id: str, idempotency_key: str) -> Candidate | None:
        return self._find_by_idempotency_key(tenant_id, idempotency_key)

    @off_loop
    def ids_by_idempotency_keys(self, tenant_id: str, idempotency_keys: Sequence[str]) -> dict[str, str]:
        """Of ``idempotency_keys``, those stored: key -> candidate id. One query, nothing decrypted."""
        stored = {_CLIENT_KEY_PREFIX + key: key for key in idempotency_keys if key}
        query = CandidateDocument.objects(tenant_id=tenant_id, idempotency_key__in=list(stored))
        return {stored[d.idempotency_key]: d.candidate_id for d in query.only("idempotency_key", "candidate_id")}

    def _find_by_idempotency_key(self, tenant_id: str, idempotency_key: str) -> Candidate | None:
        if not idempotency_key:
            return None
        query = CandidateDocument.objects(tenant_id=tenant_id, idempotency_key=_CLIENT_KEY_PREFIX + idempotency_key)
        return first_as(query, self._to_domain)

    @off_loop
    def save(self, candidate: Candidate) -> None:
        """Store the candidate's résumé, parsed facts and consents (what ImportResume and UpdateConsents change)."""
        cipher = self._keyring.cipher_for(candidate.tenant_id, candidate.candidate_id)
        fields = {f"set__{name}": value for name, value in _facts_fields(candidate.facts).items()}
        CandidateDocument.objects(pk=candidate_key(candidate.tenant_id, candidate.candidate_id)).update_one(
            set__resume_encrypted=cipher.encrypt(candidate.resume_text),
            set__consents=_consents_document(candidate.consents),
            **fields,
        )

    @off_loop
    def delete(self, tenant_id: str, candidate_id: str) -> None:
        CandidateDocument.objects(pk=candidate_key(tenant_id, candidate_id)).delete()

    def _to_document(self, candidate: Candidate) -> CandidateDocument:
        cipher = self._keyring.cipher_for(candidate.tenant_id, candidate.candidate_id)
        return CandidateDocument(
            id=candidate_key(candidate.tenant_id, candidate.candidate_id),
            tenant_id=candidate.tenant_id,
            candidate_id=candidate.candidate_id,
            display_name=candidate.display_name,
            email_encrypted=cipher.encrypt(candidate.email),
            resume_encrypted=cipher.encrypt(candidate.resume_text),
            preferred_language=candidate.preferred_language.value,
            consents=_consents_document(candidate.consents),
            idempotency_key=_stored_idempotency_key(candidate),
            created_event_id=candidate.created_event_id,
            created_at=candidate.created_at,
            **_facts_fields(candidate.facts),
        )

    def _to_domain(self, document: CandidateDocument) -> Candidate:
        stored_key: str = document.idempotency_key
        cipher = self._keyring.cipher_for(document.tenant_id, document.candidate_id)
        return Candidate(
            tenant_id=document.tenant_id,
            candidate_id=document.candidate_id,
            display_name=document.display_name,
            email=cipher.decrypt(document.email_encrypted),
            preferred_language=Language(document.preferred_language),
            consents=Consents(
                resume_use=document.consents.resume_use,
                external_data=document.consents.external_data,
                ai_scoring=document.consents.ai_scoring,
                self_identification=bool(document.consents.self_identification),
            ),
            resume_text=cipher.decrypt(document.resume_encrypted),
            facts=ResumeFacts(
                skills=tuple(document.skills),
                project_names=tuple(document.project_names),
                experience=tuple(
                    WorkExperience(
                        employer=e.employer,
                        role=e.role,
                        period=e.period,
                        industry=e.industry,
                        start=e.start,
                        end=e.end,
                    )
                    for e in document.experience
                ),
                # A signal this version does not know (written by a newer one) is skipped, not fatal.
                signals=tuple(Signal(s) for s in document.signals if s in _KNOWN_SIGNALS),
                education=tuple(
                    Education(institution=e.institution, degree=e.degree, major=e.major, period=e.period)
                    for e in document.education
                ),
                career_gaps=tuple(CareerGap(start=g.start, end=g.end, months=g.months) for g in document.career_gaps),
                notable_project_names=tuple(document.notable_project_names),
            ),
            idempotency_key=stored_key.removeprefix(_CLIENT_KEY_PREFIX)
            if stored_key.startswith(_CLIENT_KEY_PREFIX)
            else "",
            created_at=document.created_at,
            created_event_id=document.created_event_id,
        )


class MongoHistoryRepository:
    """Interview history in ``profile_interview_history``, one entry per interview and tenant."""

    @off_loop
    def add(self, entry: HistoryEntry) -> HistoryEntry:
        same_key = InterviewHistoryDocument.objects(tenant_id=entry.tenant_id, interview_id=entry.interview_id)
        stored, _ = insert_or_find(self._to_document(entry), entry, lambda: first_as(same_key, self._to_domain))
        return stored

    @off_loop
    def list_for_candidate(self, tenant_id: str, candidate_id: str) -> list[HistoryEntry]:
        documents = InterviewHistoryDocument.objects(tenant_id=tenant_id, candidate_id=candidate_id)
        return [self._to_domain(document) for document in documents]

    @off_loop
    def count_for_candidate(self, tenant_id: str, candidate_id: str) -> int:
        return int(InterviewHistoryDocument.objects(tenant_id=tenant_id, candidate_id=candidate_id).count())

    @off_loop
    def delete_for_candidate(self, tenant_id: str, candidate_id: str) -> None:
        InterviewHistoryDocument.objects(tenant_id=tenant_id, candidate_id=candidate_id).delete()

    @staticmethod
    def _to_document(entry: HistoryEntry) -> InterviewHistoryDocument:
        return InterviewHistoryDocument(
            tenant_id=entry.tenant_id,
            candidate_id=entry.candidate_id,
            interview_id=entry.interview_id,
            report_id=entry.report_id,
            overall_score=entry.overall_score,
            competency_scores=[
                CompetencyScoreDocument(competency_id=s.competency_id, score=s.score, level=s.level)
                for s in entry.competency_scores
            ],
            completed_at=entry.completed_at,
            kind=entry.kind.value,
            asked_question_texts=list(entry.asked_question_texts),
            covered_competency_ids=list(entry.covered_competency_ids),
            weak_competency_ids=list(entry.weak_competency_ids),
            profile_event_id=entry.profile_event_id,
        )

    @staticmethod
    def _to_domain(document: InterviewHistoryDocument) -> HistoryEntry:
        return HistoryEntry(
            tenant_id=document.tenant_id,
            candidate_id=document.candidate_id,
            interview_id=document.interview_id,
            report_id=document.report_id,
            overall_score=document.overall_score,
            competency_scores=tuple(
                CompetencyResult(competency_id=s.competency_id, score=s.score, level=s.level)
                for s in document.competency_scores
            ),
            completed_at=document.completed_at,
            kind=InterviewKind(document.kind),
            asked_question_texts=tuple(document.asked_question_texts),
            covered_competency_ids=tuple(document.covered_competency_ids),
            weak_competency_ids=tuple(document.weak_competency_ids),
            profile_event_id=document.profile_event_id,
        )


class MongoAssessmentRepository:
    """Assessment results in ``profile_assessments``, one per (tenant, candidate, idempotency key)."""

    @off_loop
    def add(self, assessment: Assessment) -> Assessment:
        stored_key = (
            _CLIENT_KEY_PREFIX + assessment.idempotency_key
            if assessment.idempotency_key
            else _GENERATED_KEY_PREFIX + assessment.assessment_id
        )
        document = AssessmentDocument(
            tenant_id=assessment.tenant_id,
            candidate_id=assessment.candidate_id,
            assessment_id=assessment.assessment_id,
            source=assessment.source,
            kind=assessment.kind.value,
            name=assessment.name,
            scores=[
                AssessmentScoreDocument(dimension=s.dimension, score=s.score, max_score=s.max_score)
                for s in assessment.scores
            ],
            taken_at=assessment.taken_at,
            recorded_at=assessment.recorded_at,
            idempotency_key=stored_key,
            event_id=assessment.event_id,
        )
        same_key = AssessmentDocument.objects(
            tenant_id=assessment.tenant_id, candidate_id=assessment.candidate_id, idempotency_key=stored_key
        )
        stored, _ = insert_or_find(document, assessment, lambda: first_as(same_key, self._to_domain))
        return stored

    @off_loop
    def list_for_candidate(self, tenant_id: str, candidate_id: str) -> list[Assessment]:
        documents = AssessmentDocument.objects(tenant_id=tenant_id, candidate_id=candidate_id)
        return [self._to_domain(document) for document in documents]

    @off_loop
    def delete_for_candidate(self, tenant_id: str, candidate_id: str) -> None:
        AssessmentDocument.objects(tenant_id=tenant_id, candidate_id=candidate_id).delete()

    @staticmethod
    def _to_domain(document: AssessmentDocument) -> Assessment:
        stored_key: str = document.idempotency_key
        return Assessment(
            tenant_id=document.tenant_id,
            candidate_id=document.candidate_id,
            assessment_id=document.assessment_id,
            source=document.source,
            kind=AssessmentKind(document.kind),
            name=document.name,
            scores=tuple(
                AssessmentScore(dimension=s.dimension, score=s.score, max_score=s.max_score) for s in document.scores
            ),
            taken_at=document.taken_at,
            recorded_at=document.recorded_at,
            idempotency_key=stored_key.removeprefix(_CLIENT_KEY_PREFIX)
            if stored_key.startswith(_CLIENT_KEY_PREFIX)
            else "",
            event_id=document.event_id,
        )


class MongoExternalProfileRepository:
    """Authorised external links in ``profile_external_profiles``, encrypted with the candidate's key."""

    def __init__(self, keyring: CandidateKeyring) -> None:
        self._keyring = keyring

    @off_loop
    def add(self, tenant_id: str, candidate_id: str, link: ExternalProfile) -> None:
        cipher = self._keyring.cipher_for(tenant_id, candidate_id)
        ExternalProfileDocument(
            tenant_id=tenant_id,
            candidate_id=candidate_id,
            kind=link.kind.value,
            url_encrypted=cipher.encrypt(link.url),
            title_encrypted=cipher.encrypt(link.title),
            linked_at=link.linked_at,
        ).save(force_insert=True)

    @off_loop
    def list_for_candidate(self, tenant_id: str, candidate_id: str) -> list[ExternalProfile]:
        documents = list(ExternalProfileDocument.objects(tenant_id=tenant_id, candidate_id=candidate_id))
        if not documents:
            return []
        cipher = self._keyring.cipher_for(tenant_id, candidate_id)
        return sorted(
            (
                ExternalProfile(
                    kind=ExternalProfileKind(d.kind),
                    url=cipher.decrypt(d.url_encrypted),
                    title=cipher.decrypt(d.title_encrypted),
                    linked_at=d.linked_at,
                )
                for d in documents
            ),
            key=lambda link: (link.linked_at, link.url),
        )

    @off_loop
    def delete_for_candidate(self, tenant_id: str, candidate_id: str) -> None:
        ExternalProfileDocument.objects(tenant_id=tenant_id, candidate_id=candidate_id).delete()


class MongoErasureRepository:
    """Records of erased candidates in ``profile_erasures`` (ids and times only)."""

    @off_loop
    def add(self, erasure: Erasure) -> Erasure:
        document = ErasureDocument(
            tenant_id=erasure.tenant_id,
            candidate_id=erasure.candidate_id,
            erased_at=erasure.erased_at,
            event_id=erasure.event_id,
            profile_event_id=erasure.profile_event_id,
            interview_ids=list(erasure.interview_ids),
        )
        stored, _ = insert_or_find(document, erasure, lambda: self._get(erasure.tenant_id, erasure.candidate_id))
        return stored

    @off_loop
    def get(self, tenant_id: str, candidate_id: str) -> Erasure | None:
        return self._get(tenant_id, candidate_id)

    @staticmethod
    def _get(tenant_id: str, candidate_id: str) -> Erasure | None:
        query = ErasureDocument.objects(tenant_id=tenant_id, candidate_id=candidate_id)
        return first_as(
            query,
            lambda d: Erasure(
                tenant_id=d.tenant_id,
                candidate_id=d.candidate_id,
                erased_at=d.erased_at,
                event_id=d.event_id,
                profile_event_id=d.profile_event_id,
                interview_ids=tuple(d.interview_ids),
            ),
        )


class MongoSelfIdentificationRepository:
    """Self-identification in ``profile_self_identifications``, encrypted with the candidate's key.

    Write and delete only: no use case reads it back (the monitor gets it from the event), so there
    is no path by which a recruiter, a scorer or a prompt could be handed it."""

    def __init__(self, keyring: CandidateKeyring) -> None:
        self._keyring = keyring

    @off_loop
    def put(self, tenant_id: str, candidate_id: str, statement: SelfIdentification) -> None:
        cipher = self._keyring.cipher_for(tenant_id, candidate_id)
        sealed = cipher.encrypt(
            json.dumps(
                {
                    "sex": statement.sex.value if statement.sex else None,
                    "race_ethnicity": statement.race_ethnicity.value if statement.race_ethnicity else None,
                }
            )
        )
        SelfIdentificationDocument.objects(tenant_id=tenant_id, candidate_id=candidate_id).update_one(
            upsert=True, set__statement_encrypted=sealed
        )

    @off_loop
    def delete_for_candidate(self, tenant_id: str, candidate_id: str) -> None:
        SelfIdentificationDocument.objects(tenant_id=tenant_id, candidate_id=candidate_id).delete()
