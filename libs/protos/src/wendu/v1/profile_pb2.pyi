import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from wendu.v1 import accountability_pb2 as _accountability_pb2
from wendu.v1 import common_pb2 as _common_pb2
from wendu.v1 import data_rights_pb2 as _data_rights_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class AssessmentKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ASSESSMENT_KIND_UNSPECIFIED: _ClassVar[AssessmentKind]
    ASSESSMENT_KIND_ABILITY: _ClassVar[AssessmentKind]
    ASSESSMENT_KIND_PERSONALITY: _ClassVar[AssessmentKind]
    ASSESSMENT_KIND_SKILL: _ClassVar[AssessmentKind]

class ProfileSignal(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PROFILE_SIGNAL_UNSPECIFIED: _ClassVar[ProfileSignal]
    PROFILE_SIGNAL_FOUNDER: _ClassVar[ProfileSignal]
    PROFILE_SIGNAL_CAREER_SWITCHER: _ClassVar[ProfileSignal]
    PROFILE_SIGNAL_LED_PEOPLE: _ClassVar[ProfileSignal]
    PROFILE_SIGNAL_DATA_WORK: _ClassVar[ProfileSignal]
    PROFILE_SIGNAL_CAREER_GAP: _ClassVar[ProfileSignal]
    PROFILE_SIGNAL_NOTABLE_PROJECT: _ClassVar[ProfileSignal]
ASSESSMENT_KIND_UNSPECIFIED: AssessmentKind
ASSESSMENT_KIND_ABILITY: AssessmentKind
ASSESSMENT_KIND_PERSONALITY: AssessmentKind
ASSESSMENT_KIND_SKILL: AssessmentKind
PROFILE_SIGNAL_UNSPECIFIED: ProfileSignal
PROFILE_SIGNAL_FOUNDER: ProfileSignal
PROFILE_SIGNAL_CAREER_SWITCHER: ProfileSignal
PROFILE_SIGNAL_LED_PEOPLE: ProfileSignal
PROFILE_SIGNAL_DATA_WORK: ProfileSignal
PROFILE_SIGNAL_CAREER_GAP: ProfileSignal
PROFILE_SIGNAL_NOTABLE_PROJECT: ProfileSignal

class Consents(_message.Message):
    __slots__ = ("resume_use", "external_data", "ai_scoring", "self_identification")
    RESUME_USE_FIELD_NUMBER: _ClassVar[int]
    EXTERNAL_DATA_FIELD_NUMBER: _ClassVar[int]
    AI_SCORING_FIELD_NUMBER: _ClassVar[int]
    SELF_IDENTIFICATION_FIELD_NUMBER: _ClassVar[int]
    resume_use: bool
    external_data: bool
    ai_scoring: bool
    self_identification: bool
    def __init__(self, resume_use: _Optional[bool] = ..., external_data: _Optional[bool] = ..., ai_scoring: _Optional[bool] = ..., self_identification: _Optional[bool] = ...) -> None: ...

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
    __slots__ = ("employer", "role", "period", "industry", "start", "end")
    EMPLOYER_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    PERIOD_FIELD_NUMBER: _ClassVar[int]
    INDUSTRY_FIELD_NUMBER: _ClassVar[int]
    START_FIELD_NUMBER: _ClassVar[int]
    END_FIELD_NUMBER: _ClassVar[int]
    employer: str
    role: str
    period: str
    industry: str
    start: str
    end: str
    def __init__(self, employer: _Optional[str] = ..., role: _Optional[str] = ..., period: _Optional[str] = ..., industry: _Optional[str] = ..., start: _Optional[str] = ..., end: _Optional[str] = ...) -> None: ...

class Education(_message.Message):
    __slots__ = ("institution", "degree", "major", "period")
    INSTITUTION_FIELD_NUMBER: _ClassVar[int]
    DEGREE_FIELD_NUMBER: _ClassVar[int]
    MAJOR_FIELD_NUMBER: _ClassVar[int]
    PERIOD_FIELD_NUMBER: _ClassVar[int]
    institution: str
    degree: str
    major: str
    period: str
    def __init__(self, institution: _Optional[str] = ..., degree: _Optional[str] = ..., major: _Optional[str] = ..., period: _Optional[str] = ...) -> None: ...

class CareerGap(_message.Message):
    __slots__ = ("start", "end", "months")
    START_FIELD_NUMBER: _ClassVar[int]
    END_FIELD_NUMBER: _ClassVar[int]
    MONTHS_FIELD_NUMBER: _ClassVar[int]
    start: str
    end: str
    months: int
    def __init__(self, start: _Optional[str] = ..., end: _Optional[str] = ..., months: _Optional[int] = ...) -> None: ...

class AssessmentScore(_message.Message):
    __slots__ = ("dimension", "score", "max_score")
    DIMENSION_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    MAX_SCORE_FIELD_NUMBER: _ClassVar[int]
    dimension: str
    score: float
    max_score: float
    def __init__(self, dimension: _Optional[str] = ..., score: _Optional[float] = ..., max_score: _Optional[float] = ...) -> None: ...

class Assessment(_message.Message):
    __slots__ = ("assessment_id", "source", "kind", "name", "scores", "taken_at", "recorded_at")
    ASSESSMENT_ID_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    SCORES_FIELD_NUMBER: _ClassVar[int]
    TAKEN_AT_FIELD_NUMBER: _ClassVar[int]
    RECORDED_AT_FIELD_NUMBER: _ClassVar[int]
    assessment_id: str
    source: str
    kind: AssessmentKind
    name: str
    scores: _containers.RepeatedCompositeFieldContainer[AssessmentScore]
    taken_at: _timestamp_pb2.Timestamp
    recorded_at: _timestamp_pb2.Timestamp
    def __init__(self, assessment_id: _Optional[str] = ..., source: _Optional[str] = ..., kind: _Optional[_Union[AssessmentKind, str]] = ..., name: _Optional[str] = ..., scores: _Optional[_Iterable[_Union[AssessmentScore, _Mapping]]] = ..., taken_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., recorded_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ExternalProfile(_message.Message):
    __slots__ = ("kind", "url", "title", "linked_at")
    KIND_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    LINKED_AT_FIELD_NUMBER: _ClassVar[int]
    kind: str
    url: str
    title: str
    linked_at: _timestamp_pb2.Timestamp
    def __init__(self, kind: _Optional[str] = ..., url: _Optional[str] = ..., title: _Optional[str] = ..., linked_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class Profile(_message.Message):
    __slots__ = ("candidate_id", "skills", "project_names", "experience", "signals", "covered_competency_ids", "weak_competency_ids", "asked_question_texts", "consents", "education", "career_gaps", "notable_project_names", "assessments", "external_profiles", "signal_kinds", "preferred_language")
    CANDIDATE_ID_FIELD_NUMBER: _ClassVar[int]
    SKILLS_FIELD_NUMBER: _ClassVar[int]
    PROJECT_NAMES_FIELD_NUMBER: _ClassVar[int]
    EXPERIENCE_FIELD_NUMBER: _ClassVar[int]
    SIGNALS_FIELD_NUMBER: _ClassVar[int]
    COVERED_COMPETENCY_IDS_FIELD_NUMBER: _ClassVar[int]
    WEAK_COMPETENCY_IDS_FIELD_NUMBER: _ClassVar[int]
    ASKED_QUESTION_TEXTS_FIELD_NUMBER: _ClassVar[int]
    CONSENTS_FIELD_NUMBER: _ClassVar[int]
    EDUCATION_FIELD_NUMBER: _ClassVar[int]
    CAREER_GAPS_FIELD_NUMBER: _ClassVar[int]
    NOTABLE_PROJECT_NAMES_FIELD_NUMBER: _ClassVar[int]
    ASSESSMENTS_FIELD_NUMBER: _ClassVar[int]
    EXTERNAL_PROFILES_FIELD_NUMBER: _ClassVar[int]
    SIGNAL_KINDS_FIELD_NUMBER: _ClassVar[int]
    PREFERRED_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    candidate_id: str
    skills: _containers.RepeatedScalarFieldContainer[str]
    project_names: _containers.RepeatedScalarFieldContainer[str]
    experience: _containers.RepeatedCompositeFieldContainer[WorkExperience]
    signals: _containers.RepeatedScalarFieldContainer[str]
    covered_competency_ids: _containers.RepeatedScalarFieldContainer[str]
    weak_competency_ids: _containers.RepeatedScalarFieldContainer[str]
    asked_question_texts: _containers.RepeatedScalarFieldContainer[str]
    consents: Consents
    education: _containers.RepeatedCompositeFieldContainer[Education]
    career_gaps: _containers.RepeatedCompositeFieldContainer[CareerGap]
    notable_project_names: _containers.RepeatedScalarFieldContainer[str]
    assessments: _containers.RepeatedCompositeFieldContainer[Assessment]
    external_profiles: _containers.RepeatedCompositeFieldContainer[ExternalProfile]
    signal_kinds: _containers.RepeatedScalarFieldContainer[ProfileSignal]
    preferred_language: _common_pb2.Language
    def __init__(self, candidate_id: _Optional[str] = ..., skills: _Optional[_Iterable[str]] = ..., project_names: _Optional[_Iterable[str]] = ..., experience: _Optional[_Iterable[_Union[WorkExperience, _Mapping]]] = ..., signals: _Optional[_Iterable[str]] = ..., covered_competency_ids: _Optional[_Iterable[str]] = ..., weak_competency_ids: _Optional[_Iterable[str]] = ..., asked_question_texts: _Optional[_Iterable[str]] = ..., consents: _Optional[_Union[Consents, _Mapping]] = ..., education: _Optional[_Iterable[_Union[Education, _Mapping]]] = ..., career_gaps: _Optional[_Iterable[_Union[CareerGap, _Mapping]]] = ..., notable_project_names: _Optional[_Iterable[str]] = ..., assessments: _Optional[_Iterable[_Union[Assessment, _Mapping]]] = ..., external_profiles: _Optional[_Iterable[_Union[ExternalProfile, _Mapping]]] = ..., signal_kinds: _Optional[_Iterable[_Union[ProfileSignal, str]]] = ..., preferred_language: _Optional[_Union[_common_pb2.Language, str]] = ...) -> None: ...

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

class ImportResumeRequest(_message.Message):
    __slots__ = ("candidate_id", "content", "media_type")
    CANDIDATE_ID_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    MEDIA_TYPE_FIELD_NUMBER: _ClassVar[int]
    candidate_id: str
    content: bytes
    media_type: str
    def __init__(self, candidate_id: _Optional[str] = ..., content: _Optional[bytes] = ..., media_type: _Optional[str] = ...) -> None: ...

class AddAssessmentRequest(_message.Message):
    __slots__ = ("candidate_id", "source", "kind", "name", "scores", "taken_at", "idempotency_key")
    CANDIDATE_ID_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    SCORES_FIELD_NUMBER: _ClassVar[int]
    TAKEN_AT_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    candidate_id: str
    source: str
    kind: AssessmentKind
    name: str
    scores: _containers.RepeatedCompositeFieldContainer[AssessmentScore]
    taken_at: _timestamp_pb2.Timestamp
    idempotency_key: str
    def __init__(self, candidate_id: _Optional[str] = ..., source: _Optional[str] = ..., kind: _Optional[_Union[AssessmentKind, str]] = ..., name: _Optional[str] = ..., scores: _Optional[_Iterable[_Union[AssessmentScore, _Mapping]]] = ..., taken_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., idempotency_key: _Optional[str] = ...) -> None: ...

class UpdateConsentsRequest(_message.Message):
    __slots__ = ("candidate_id", "consents")
    CANDIDATE_ID_FIELD_NUMBER: _ClassVar[int]
    CONSENTS_FIELD_NUMBER: _ClassVar[int]
    candidate_id: str
    consents: Consents
    def __init__(self, candidate_id: _Optional[str] = ..., consents: _Optional[_Union[Consents, _Mapping]] = ...) -> None: ...

class LinkExternalProfileRequest(_message.Message):
    __slots__ = ("candidate_id", "kind", "url", "title")
    CANDIDATE_ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    candidate_id: str
    kind: str
    url: str
    title: str
    def __init__(self, candidate_id: _Optional[str] = ..., kind: _Optional[str] = ..., url: _Optional[str] = ..., title: _Optional[str] = ...) -> None: ...

class EraseCandidateRequest(_message.Message):
    __slots__ = ("candidate_id", "confirm_email")
    CANDIDATE_ID_FIELD_NUMBER: _ClassVar[int]
    CONFIRM_EMAIL_FIELD_NUMBER: _ClassVar[int]
    candidate_id: str
    confirm_email: str
    def __init__(self, candidate_id: _Optional[str] = ..., confirm_email: _Optional[str] = ...) -> None: ...

class EraseCandidateResponse(_message.Message):
    __slots__ = ("candidate_id", "erased_at", "event_id", "interview_ids")
    CANDIDATE_ID_FIELD_NUMBER: _ClassVar[int]
    ERASED_AT_FIELD_NUMBER: _ClassVar[int]
    EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    INTERVIEW_IDS_FIELD_NUMBER: _ClassVar[int]
    candidate_id: str
    erased_at: _timestamp_pb2.Timestamp
    event_id: str
    interview_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, candidate_id: _Optional[str] = ..., erased_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., event_id: _Optional[str] = ..., interview_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class SetSelfIdentificationRequest(_message.Message):
    __slots__ = ("candidate_id", "sex", "race_ethnicity", "declined")
    CANDIDATE_ID_FIELD_NUMBER: _ClassVar[int]
    SEX_FIELD_NUMBER: _ClassVar[int]
    RACE_ETHNICITY_FIELD_NUMBER: _ClassVar[int]
    DECLINED_FIELD_NUMBER: _ClassVar[int]
    candidate_id: str
    sex: _accountability_pb2.Sex
    race_ethnicity: _accountability_pb2.RaceEthnicity
    declined: bool
    def __init__(self, candidate_id: _Optional[str] = ..., sex: _Optional[_Union[_accountability_pb2.Sex, str]] = ..., race_ethnicity: _Optional[_Union[_accountability_pb2.RaceEthnicity, str]] = ..., declined: _Optional[bool] = ...) -> None: ...

class SetSelfIdentificationResponse(_message.Message):
    __slots__ = ("recorded", "declined")
    RECORDED_FIELD_NUMBER: _ClassVar[int]
    DECLINED_FIELD_NUMBER: _ClassVar[int]
    recorded: bool
    declined: bool
    def __init__(self, recorded: _Optional[bool] = ..., declined: _Optional[bool] = ...) -> None: ...

class CandidateImportRow(_message.Message):
    __slots__ = ("line", "external_id", "display_name", "email", "preferred_language", "resume_text", "consents")
    LINE_FIELD_NUMBER: _ClassVar[int]
    EXTERNAL_ID_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    PREFERRED_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    RESUME_TEXT_FIELD_NUMBER: _ClassVar[int]
    CONSENTS_FIELD_NUMBER: _ClassVar[int]
    line: int
    external_id: str
    display_name: str
    email: str
    preferred_language: str
    resume_text: str
    consents: Consents
    def __init__(self, line: _Optional[int] = ..., external_id: _Optional[str] = ..., display_name: _Optional[str] = ..., email: _Optional[str] = ..., preferred_language: _Optional[str] = ..., resume_text: _Optional[str] = ..., consents: _Optional[_Union[Consents, _Mapping]] = ...) -> None: ...

class ImportCandidatesRequest(_message.Message):
    __slots__ = ("options", "row")
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    ROW_FIELD_NUMBER: _ClassVar[int]
    options: _data_rights_pb2.ImportOptions
    row: CandidateImportRow
    def __init__(self, options: _Optional[_Union[_data_rights_pb2.ImportOptions, _Mapping]] = ..., row: _Optional[_Union[CandidateImportRow, _Mapping]] = ...) -> None: ...
