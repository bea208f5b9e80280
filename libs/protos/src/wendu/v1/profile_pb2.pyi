import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from wendu.v1 import common_pb2 as _common_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Consents(_message.Message):
    __slots__ = ("resume_use", "external_data", "ai_scoring")
    RESUME_USE_FIELD_NUMBER: _ClassVar[int]
    EXTERNAL_DATA_FIELD_NUMBER: _ClassVar[int]
    AI_SCORING_FIELD_NUMBER: _ClassVar[int]
    resume_use: bool
    external_data: bool
    ai_scoring: bool
    def __init__(self, resume_use: _Optional[bool] = ..., external_data: _Optional[bool] = ..., ai_scoring: _Optional[bool] = ...) -> None: ...

class CreateCandidateRequest(_message.Message):
    __slots__ = ("display_name", "email", "preferred_language", "resume_text", "consents", "idempotency_key")
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    PREFERRED_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    RESUME_TEXT_FIELD_NUMBER: _ClassVar[int]
    CONSENTS_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    display_name: str
    email: str
    preferred_language: _common_pb2.Language
    resume_text: str
    consents: Consents
    idempotency_key: str
    def __init__(self, display_name: _Optional[str] = ..., email: _Optional[str] = ..., preferred_language: _Optional[_Union[_common_pb2.Language, str]] = ..., resume_text: _Optional[str] = ..., consents: _Optional[_Union[Consents, _Mapping]] = ..., idempotency_key: _Optional[str] = ...) -> None: ...

class Candidate(_message.Message):
    __slots__ = ("candidate_id", "tenant_id", "display_name", "email", "preferred_language", "consents", "created_at")
    CANDIDATE_ID_FIELD_NUMBER: _ClassVar[int]
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    PREFERRED_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    CONSENTS_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    candidate_id: str
    tenant_id: str
    display_name: str
    email: str
    preferred_language: _common_pb2.Language
    consents: Consents
    created_at: _timestamp_pb2.Timestamp
    def __init__(self, candidate_id: _Optional[str] = ..., tenant_id: _Optional[str] = ..., display_name: _Optional[str] = ..., email: _Optional[str] = ..., preferred_language: _Optional[_Union[_common_pb2.Language, str]] = ..., consents: _Optional[_Union[Consents, _Mapping]] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class GetCandidateRequest(_message.Message):
    __slots__ = ("candidate_id",)
    CANDIDATE_ID_FIELD_NUMBER: _ClassVar[int]
    candidate_id: str
    def __init__(self, candidate_id: _Optional[str] = ...) -> None: ...

class GetProfileRequest(_message.Message):
    __slots__ = ("candidate_id",)
    CANDIDATE_ID_FIELD_NUMBER: _ClassVar[int]
    candidate_id: str
    def __init__(self, candidate_id: _Optional[str] = ...) -> None: ...

class WorkExperience(_message.Message):
    __slots__ = ("employer", "role", "period")
    EMPLOYER_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    PERIOD_FIELD_NUMBER: _ClassVar[int]
    employer: str
    role: str
    period: str
    def __init__(self, employer: _Optional[str] = ..., role: _Optional[str] = ..., period: _Optional[str] = ...) -> None: ...

class Profile(_message.Message):
    __slots__ = ("candidate_id", "skills", "project_names", "experience", "signals", "covered_competency_ids", "weak_competency_ids", "asked_question_texts", "consents")
    CANDIDATE_ID_FIELD_NUMBER: _ClassVar[int]
    SKILLS_FIELD_NUMBER: _ClassVar[int]
    PROJECT_NAMES_FIELD_NUMBER: _ClassVar[int]
    EXPERIENCE_FIELD_NUMBER: _ClassVar[int]
    SIGNALS_FIELD_NUMBER: _ClassVar[int]
    COVERED_COMPETENCY_IDS_FIELD_NUMBER: _ClassVar[int]
    WEAK_COMPETENCY_IDS_FIELD_NUMBER: _ClassVar[int]
    ASKED_QUESTION_TEXTS_FIELD_NUMBER: _ClassVar[int]
    CONSENTS_FIELD_NUMBER: _ClassVar[int]
    candidate_id: str
    skills: _containers.RepeatedScalarFieldContainer[str]
    project_names: _containers.RepeatedScalarFieldContainer[str]
    experience: _containers.RepeatedCompositeFieldContainer[WorkExperience]
    signals: _containers.RepeatedScalarFieldContainer[str]
    covered_competency_ids: _containers.RepeatedScalarFieldContainer[str]
    weak_competency_ids: _containers.RepeatedScalarFieldContainer[str]
    asked_question_texts: _containers.RepeatedScalarFieldContainer[str]
    consents: Consents
    def __init__(self, candidate_id: _Optional[str] = ..., skills: _Optional[_Iterable[str]] = ..., project_names: _Optional[_Iterable[str]] = ..., experience: _Optional[_Iterable[_Union[WorkExperience, _Mapping]]] = ..., signals: _Optional[_Iterable[str]] = ..., covered_competency_ids: _Optional[_Iterable[str]] = ..., weak_competency_ids: _Optional[_Iterable[str]] = ..., asked_question_texts: _Optional[_Iterable[str]] = ..., consents: _Optional[_Union[Consents, _Mapping]] = ...) -> None: ...

class ListInterviewHistoryRequest(_message.Message):
    __slots__ = ("candidate_id",)
    CANDIDATE_ID_FIELD_NUMBER: _ClassVar[int]
    candidate_id: str
    def __init__(self, candidate_id: _Optional[str] = ...) -> None: ...

class InterviewHistoryEntry(_message.Message):
    __slots__ = ("interview_id", "report_id", "overall_score", "competency_scores", "completed_at", "kind")
    INTERVIEW_ID_FIELD_NUMBER: _ClassVar[int]
    REPORT_ID_FIELD_NUMBER: _ClassVar[int]
    OVERALL_SCORE_FIELD_NUMBER: _ClassVar[int]
    COMPETENCY_SCORES_FIELD_NUMBER: _ClassVar[int]
    COMPLETED_AT_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    interview_id: str
    report_id: str
    overall_score: float
    competency_scores: _containers.RepeatedCompositeFieldContainer[_common_pb2.CompetencyScore]
    completed_at: _timestamp_pb2.Timestamp
    kind: _common_pb2.InterviewKind
    def __init__(self, interview_id: _Optional[str] = ..., report_id: _Optional[str] = ..., overall_score: _Optional[float] = ..., competency_scores: _Optional[_Iterable[_Union[_common_pb2.CompetencyScore, _Mapping]]] = ..., completed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., kind: _Optional[_Union[_common_pb2.InterviewKind, str]] = ...) -> None: ...

class ListInterviewHistoryResponse(_message.Message):
    __slots__ = ("entries",)
    ENTRIES_FIELD_NUMBER: _ClassVar[int]
    entries: _containers.RepeatedCompositeFieldContainer[InterviewHistoryEntry]
    def __init__(self, entries: _Optional[_Iterable[_Union[InterviewHistoryEntry, _Mapping]]] = ...) -> None: ...
