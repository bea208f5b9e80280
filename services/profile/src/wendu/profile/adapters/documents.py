"""Mongo documents of the profile service. Collections are prefixed ``profile_``.

Personal data is stored only as Fernet tokens (``*_encrypted``); repositories encrypt and decrypt.
"""

from __future__ import annotations

from typing import Any, ClassVar

from mongoengine import (
    BooleanField,
    DateTimeField,
    EmbeddedDocument,
    EmbeddedDocumentField,
    EmbeddedDocumentListField,
    FloatField,
    IntField,
    ListField,
    StringField,
)
from wendu.core.mongo import TenantDocument, key_id
from wendu.profile.domain.model import (
    MAX_DISPLAY_NAME_CHARS,
    AssessmentKind,
    ExternalProfileKind,
    InterviewKind,
    Language,
)


class ConsentsDocument(EmbeddedDocument):
    resume_use = BooleanField(default=False)
    external_data = BooleanField(default=False)
    ai_scoring = BooleanField(default=False)


class WorkExperienceDocument(EmbeddedDocument):
    employer = StringField(default="")
    role = StringField(default="")
    period = StringField(default="")
    industry = StringField(default="")
    start = StringField(default="")
    end = StringField(default="")


class EducationDocument(EmbeddedDocument):
    institution = StringField(default="")
    degree = StringField(default="")
    major = StringField(default="")
    period = StringField(default="")


class CareerGapDocument(EmbeddedDocument):
    start = StringField(required=True)
    end = StringField(required=True)
    months = IntField(required=True)


class CandidateDocument(TenantDocument):
    # _id = candidate_key(tenant_id, candidate_id): every read and write of a known candidate goes by
    # _id, the one filter FerretDB v1 serves from an index (any other scans every candidate).
    id = StringField(primary_key=True)
    candidate_id = StringField(required=True)
    display_name = StringField(required=True, max_length=MAX_DISPLAY_NAME_CHARS)
    email_encrypted = StringField(default="")
    resume_encrypted = StringField(default="")
    preferred_language = StringField(required=True, choices=[language.value for language in Language])
    consents = EmbeddedDocumentField(ConsentsDocument, required=True)
    # Parsed from the résumé, only with consent to résumé use.
    skills = ListField(StringField())
    project_names = ListField(StringField())
    experience = EmbeddedDocumentListField(WorkExperienceDocument)
    signals = ListField(StringField())
    education = EmbeddedDocumentListField(EducationDocument)
    career_gaps = EmbeddedDocumentListField(CareerGapDocument)
    notable_project_names = ListField(StringField())
    # Unique per tenant: "key:<client key>", or "id:<candidate id>" when the client sent none (FerretDB
    # has no partial indexes, so an index that skips empty keys is not portable).
    idempotency_key = StringField(required=True)
    created_event_id = StringField(required=True)
    created_at = DateTimeField(required=True)

    meta: ClassVar[dict[str, Any]] = {
        "collection": "profile_candidates",
        "indexes": [
            {"fields": ["tenant_id", "candidate_id"], "unique": True},
            {"fields": ["tenant_id", "idempotency_key"], "unique": True},
        ],
    }


class CompetencyScoreDocument(EmbeddedDocument):
    competency_id = StringField(required=True)
    score = FloatField(required=True)
    level = IntField(default=0)


class InterviewHistoryDocument(TenantDocument):
    candidate_id = StringField(required=True)
    interview_id = StringField(required=True)
    report_id = StringField(default="")
    overall_score = FloatField(default=0.0)
    competency_scores = EmbeddedDocumentListField(CompetencyScoreDocument)
    completed_at = DateTimeField(required=True)
    kind = StringField(required=True, choices=[kind.value for kind in InterviewKind])
    asked_question_texts = ListField(StringField())
    covered_competency_ids = ListField(StringField())
    weak_competency_ids = ListField(StringField())
    profile_event_id = StringField(required=True)

    meta: ClassVar[dict[str, Any]] = {
        "collection": "profile_interview_history",
        "indexes": [
            {"fields": ["tenant_id", "interview_id"], "unique": True},
            {"fields": ["tenant_id", "candidate_id"]},
        ],
    }


class AssessmentScoreDocument(EmbeddedDocument):
    dimension = StringField(required=True)
    score = FloatField(required=True)
    max_score = FloatField(required=True)


class AssessmentDocument(TenantDocument):
    candidate_id = StringField(required=True)
    assessment_id = StringField(required=True)
    source = StringField(required=True)
    kind = StringField(required=True, choices=[kind.value for kind in AssessmentKind])
    name = StringField(default="")
    scores = EmbeddedDocumentListField(AssessmentScoreDocument)
    taken_at = DateTimeField(required=True)
    recorded_at = DateTimeField(required=True)
    # "key:<client key>", or "id:<assessment id>" when the client sent none (as for candidates).
    idempotency_key = StringField(required=True)
    event_id = StringField(required=True)

    meta: ClassVar[dict[str, Any]] = {
        "collection": "profile_assessments",
        "indexes": [
            {"fields": ["tenant_id", "candidate_id", "idempotency_key"], "unique": True},
            {"fields": ["tenant_id", "candidate_id"]},
        ],
    }


class ExternalProfileDocument(TenantDocument):
    """A link the candidate authorised. The URL and title identify the person: stored encrypted."""

    candidate_id = StringField(required=True)
    kind = StringField(required=True, choices=[kind.value for kind in ExternalProfileKind])
    url_encrypted = StringField(required=True)
    title_encrypted = StringField(default="")
    linked_at = DateTimeField(required=True)

    meta: ClassVar[dict[str, Any]] = {
        "collection": "profile_external_profiles",
        "indexes": [{"fields": ["tenant_id", "candidate_id"]}],
    }


class CandidateKeyDocument(TenantDocument):
    """A candidate's own data key, wrapped (encrypted) with WENDU_ENCRYPTION_KEY.

    Deleting it on erasure makes every copy of that candidate's ciphertext unreadable, backups
    included (crypto-shredding).
    """

    # _id = candidate_key(tenant_id, candidate_id), read by _id alone (see CandidateDocument).
    id = StringField(primary_key=True)
    candidate_id = StringField(required=True)
    wrapped_key = StringField(required=True)

    meta: ClassVar[dict[str, Any]] = {
        "collection": "profile_candidate_keys",
        "indexes": [{"fields": ["tenant_id", "candidate_id"], "unique": True}],
    }


class ErasureDocument(TenantDocument):
    """The record that a candidate was erased: ids and times only, no personal data."""

    candidate_id = StringField(required=True)
    erased_at = DateTimeField(required=True)
    event_id = StringField(required=True)
    profile_event_id = StringField(required=True)
    interview_ids = ListField(StringField())

    meta: ClassVar[dict[str, Any]] = {
        "collection": "profile_erasures",
        "indexes": [{"fields": ["tenant_id", "candidate_id"], "unique": True}],
    }


def candidate_key(tenant_id: str, candidate_id: str) -> str:
    """The ``_id`` of a candidate's document and of their data key."""
    return key_id(tenant_id, candidate_id)
