"""Mongo repositories of candidates and interview history. Every query filters on the tenant."""

from __future__ import annotations

from wendu.core.mongo import first_as, insert_or_find
from wendu.profile.adapters.cipher import FieldCipher
from wendu.profile.adapters.documents import (
    CandidateDocument,
    CompetencyScoreDocument,
    ConsentsDocument,
    InterviewHistoryDocument,
    WorkExperienceDocument,
)
from wendu.profile.domain.model import (
    Candidate,
    CompetencyResult,
    Consents,
    HistoryEntry,
    InterviewKind,
    Language,
    ResumeFacts,
    Signal,
    WorkExperience,
)

_CLIENT_KEY_PREFIX = "key:"
_GENERATED_KEY_PREFIX = "id:"
_KNOWN_SIGNALS = frozenset(signal.value for signal in Signal)


def _stored_idempotency_key(candidate: Candidate) -> str:
    if candidate.idempotency_key:
        return _CLIENT_KEY_PREFIX + candidate.idempotency_key
    return _GENERATED_KEY_PREFIX + candidate.candidate_id


class MongoCandidateRepository:
    """Candidates in ``profile_candidates``; e-mail and résumé text are encrypted before they are stored."""

    def __init__(self, cipher: FieldCipher) -> None:
        self._cipher = cipher

    def add(self, candidate: Candidate) -> Candidate:
        stored, _ = insert_or_find(
            self._to_document(candidate),
            candidate,
            lambda: self.find_by_idempotency_key(candidate.tenant_id, candidate.idempotency_key),
        )
        return stored

    def get(self, tenant_id: str, candidate_id: str) -> Candidate | None:
        return first_as(CandidateDocument.objects(tenant_id=tenant_id, candidate_id=candidate_id), self._to_domain)

    def find_by_idempotency_key(self, tenant_id: str, idempotency_key: str) -> Candidate | None:
        if not idempotency_key:
            return None
        query = CandidateDocument.objects(tenant_id=tenant_id, idempotency_key=_CLIENT_KEY_PREFIX + idempotency_key)
        return first_as(query, self._to_domain)

    def _to_document(self, candidate: Candidate) -> CandidateDocument:
        return CandidateDocument(
            tenant_id=candidate.tenant_id,
            candidate_id=candidate.candidate_id,
            display_name=candidate.display_name,
            email_encrypted=self._cipher.encrypt(candidate.email),
            resume_encrypted=self._cipher.encrypt(candidate.resume_text),
            preferred_language=candidate.preferred_language.value,
            consents=ConsentsDocument(
                resume_use=candidate.consents.resume_use,
                external_data=candidate.consents.external_data,
                ai_scoring=candidate.consents.ai_scoring,
            ),
            skills=list(candidate.facts.skills),
            project_names=list(candidate.facts.project_names),
            experience=[
                WorkExperienceDocument(employer=e.employer, role=e.role, period=e.period)
                for e in candidate.facts.experience
            ],
            signals=[signal.value for signal in candidate.facts.signals],
            idempotency_key=_stored_idempotency_key(candidate),
            created_event_id=candidate.created_event_id,
            created_at=candidate.created_at,
        )

    def _to_domain(self, document: CandidateDocument) -> Candidate:
        stored_key: str = document.idempotency_key
        return Candidate(
            tenant_id=document.tenant_id,
            candidate_id=document.candidate_id,
            display_name=document.display_name,
            email=self._cipher.decrypt(document.email_encrypted),
            preferred_language=Language(document.preferred_language),
            consents=Consents(
                resume_use=document.consents.resume_use,
                external_data=document.consents.external_data,
                ai_scoring=document.consents.ai_scoring,
            ),
            resume_text=self._cipher.decrypt(document.resume_encrypted),
            facts=ResumeFacts(
                skills=tuple(document.skills),
                project_names=tuple(document.project_names),
                experience=tuple(
                    WorkExperience(employer=e.employer, role=e.role, period=e.period) for e in document.experience
                ),
                # A signal this version does not know (written by a newer one) is skipped, not fatal.
                signals=tuple(Signal(s) for s in document.signals if s in _KNOWN_SIGNALS),
            ),
            idempotency_key=stored_key.removeprefix(_CLIENT_KEY_PREFIX)
            if stored_key.startswith(_CLIENT_KEY_PREFIX)
            else "",
            created_at=document.created_at,
            created_event_id=document.created_event_id,
        )


class MongoHistoryRepository:
    """Interview history in ``profile_interview_history``, one entry per interview and tenant."""

    def add(self, entry: HistoryEntry) -> HistoryEntry:
        same_key = InterviewHistoryDocument.objects(tenant_id=entry.tenant_id, interview_id=entry.interview_id)
        stored, _ = insert_or_find(self._to_document(entry), entry, lambda: first_as(same_key, self._to_domain))
        return stored

    def list_for_candidate(self, tenant_id: str, candidate_id: str) -> list[HistoryEntry]:
        documents = InterviewHistoryDocument.objects(tenant_id=tenant_id, candidate_id=candidate_id)
        return [self._to_domain(document) for document in documents]

    def count_for_candidate(self, tenant_id: str, candidate_id: str) -> int:
        return int(InterviewHistoryDocument.objects(tenant_id=tenant_id, candidate_id=candidate_id).count())

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
