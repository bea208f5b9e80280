import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from wendu.v1 import common_pb2 as _common_pb2
from wendu.v1 import data_rights_pb2 as _data_rights_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class InterviewMode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    INTERVIEW_MODE_UNSPECIFIED: _ClassVar[InterviewMode]
    INTERVIEW_MODE_TEXT: _ClassVar[InterviewMode]
    INTERVIEW_MODE_VOICE: _ClassVar[InterviewMode]
    INTERVIEW_MODE_VIDEO: _ClassVar[InterviewMode]

class FirstScreen(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    FIRST_SCREEN_UNSPECIFIED: _ClassVar[FirstScreen]
    FIRST_SCREEN_AI: _ClassVar[FirstScreen]
    FIRST_SCREEN_HUMAN: _ClassVar[FirstScreen]
INTERVIEW_MODE_UNSPECIFIED: InterviewMode
INTERVIEW_MODE_TEXT: InterviewMode
INTERVIEW_MODE_VOICE: InterviewMode
INTERVIEW_MODE_VIDEO: InterviewMode
FIRST_SCREEN_UNSPECIFIED: FirstScreen
FIRST_SCREEN_AI: FirstScreen
FIRST_SCREEN_HUMAN: FirstScreen

class Competency(_message.Message):
    __slots__ = ("competency_id", "name", "definition", "levels")
    COMPETENCY_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DEFINITION_FIELD_NUMBER: _ClassVar[int]
    LEVELS_FIELD_NUMBER: _ClassVar[int]
    competency_id: str
    name: _common_pb2.LocalizedText
    definition: _common_pb2.LocalizedText
    levels: _containers.RepeatedCompositeFieldContainer[_common_pb2.LocalizedText]
    def __init__(self, competency_id: _Optional[str] = ..., name: _Optional[_Union[_common_pb2.LocalizedText, _Mapping]] = ..., definition: _Optional[_Union[_common_pb2.LocalizedText, _Mapping]] = ..., levels: _Optional[_Iterable[_Union[_common_pb2.LocalizedText, _Mapping]]] = ...) -> None: ...

class ListCompetenciesRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListCompetenciesResponse(_message.Message):
    __slots__ = ("competencies",)
    COMPETENCIES_FIELD_NUMBER: _ClassVar[int]
    competencies: _containers.RepeatedCompositeFieldContainer[Competency]
    def __init__(self, competencies: _Optional[_Iterable[_Union[Competency, _Mapping]]] = ...) -> None: ...

class BankQuestion(_message.Message):
    __slots__ = ("competency_id", "text")
    COMPETENCY_ID_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    competency_id: str
    text: _common_pb2.LocalizedText
    def __init__(self, competency_id: _Optional[str] = ..., text: _Optional[_Union[_common_pb2.LocalizedText, _Mapping]] = ...) -> None: ...

class TimePolicy(_message.Message):
    __slots__ = ("suggested_minutes_per_answer", "hard_limit_minutes")
    SUGGESTED_MINUTES_PER_ANSWER_FIELD_NUMBER: _ClassVar[int]
    HARD_LIMIT_MINUTES_FIELD_NUMBER: _ClassVar[int]
    suggested_minutes_per_answer: int
    hard_limit_minutes: int
    def __init__(self, suggested_minutes_per_answer: _Optional[int] = ..., hard_limit_minutes: _Optional[int] = ...) -> None: ...

class CreatePositionRequest(_message.Message):
    __slots__ = ("title", "competencies", "question_bank", "time_policy", "idempotency_key", "employer_name")
    TITLE_FIELD_NUMBER: _ClassVar[int]
    COMPETENCIES_FIELD_NUMBER: _ClassVar[int]
    QUESTION_BANK_FIELD_NUMBER: _ClassVar[int]
    TIME_POLICY_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    EMPLOYER_NAME_FIELD_NUMBER: _ClassVar[int]
    title: str
    competencies: _containers.RepeatedCompositeFieldContainer[_common_pb2.CompetencyWeight]
    question_bank: _containers.RepeatedCompositeFieldContainer[BankQuestion]
    time_policy: TimePolicy
    idempotency_key: str
    employer_name: str
    def __init__(self, title: _Optional[str] = ..., competencies: _Optional[_Iterable[_Union[_common_pb2.CompetencyWeight, _Mapping]]] = ..., question_bank: _Optional[_Iterable[_Union[BankQuestion, _Mapping]]] = ..., time_policy: _Optional[_Union[TimePolicy, _Mapping]] = ..., idempotency_key: _Optional[str] = ..., employer_name: _Optional[str] = ...) -> None: ...

class Position(_message.Message):
    __slots__ = ("position_id", "tenant_id", "title", "competencies", "question_bank", "time_policy", "rubric_version", "created_at", "employer_name")
    POSITION_ID_FIELD_NUMBER: _ClassVar[int]
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    COMPETENCIES_FIELD_NUMBER: _ClassVar[int]
    QUESTION_BANK_FIELD_NUMBER: _ClassVar[int]
    TIME_POLICY_FIELD_NUMBER: _ClassVar[int]
    RUBRIC_VERSION_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    EMPLOYER_NAME_FIELD_NUMBER: _ClassVar[int]
    position_id: str
    tenant_id: str
    title: str
    competencies: _containers.RepeatedCompositeFieldContainer[_common_pb2.CompetencyWeight]
    question_bank: _containers.RepeatedCompositeFieldContainer[BankQuestion]
    time_policy: TimePolicy
    rubric_version: str
    created_at: _timestamp_pb2.Timestamp
    employer_name: str
    def __init__(self, position_id: _Optional[str] = ..., tenant_id: _Optional[str] = ..., title: _Optional[str] = ..., competencies: _Optional[_Iterable[_Union[_common_pb2.CompetencyWeight, _Mapping]]] = ..., question_bank: _Optional[_Iterable[_Union[BankQuestion, _Mapping]]] = ..., time_policy: _Optional[_Union[TimePolicy, _Mapping]] = ..., rubric_version: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., employer_name: _Optional[str] = ...) -> None: ...

class GetPositionRequest(_message.Message):
    __slots__ = ("position_id",)
    POSITION_ID_FIELD_NUMBER: _ClassVar[int]
    position_id: str
    def __init__(self, position_id: _Optional[str] = ...) -> None: ...

class CreateInterviewRequest(_message.Message):
    __slots__ = ("candidate_id", "position_id", "language", "kind", "idempotency_key", "window_start", "window_end", "offered_modes")
    CANDIDATE_ID_FIELD_NUMBER: _ClassVar[int]
    POSITION_ID_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    WINDOW_START_FIELD_NUMBER: _ClassVar[int]
    WINDOW_END_FIELD_NUMBER: _ClassVar[int]
    OFFERED_MODES_FIELD_NUMBER: _ClassVar[int]
    candidate_id: str
    position_id: str
    language: _common_pb2.Language
    kind: _common_pb2.InterviewKind
    idempotency_key: str
    window_start: _timestamp_pb2.Timestamp
    window_end: _timestamp_pb2.Timestamp
    offered_modes: _containers.RepeatedScalarFieldContainer[InterviewMode]
    def __init__(self, candidate_id: _Optional[str] = ..., position_id: _Optional[str] = ..., language: _Optional[_Union[_common_pb2.Language, str]] = ..., kind: _Optional[_Union[_common_pb2.InterviewKind, str]] = ..., idempotency_key: _Optional[str] = ..., window_start: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., window_end: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., offered_modes: _Optional[_Iterable[_Union[InterviewMode, str]]] = ...) -> None: ...

class CreateInterviewResponse(_message.Message):
    __slots__ = ("interview", "candidate_token")
    INTERVIEW_FIELD_NUMBER: _ClassVar[int]
    CANDIDATE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    interview: Interview
    candidate_token: str
    def __init__(self, interview: _Optional[_Union[Interview, _Mapping]] = ..., candidate_token: _Optional[str] = ...) -> None: ...

class InterviewRef(_message.Message):
    __slots__ = ("interview_id",)
    INTERVIEW_ID_FIELD_NUMBER: _ClassVar[int]
    interview_id: str
    def __init__(self, interview_id: _Optional[str] = ...) -> None: ...

class GetInterviewRequest(_message.Message):
    __slots__ = ("interview_id",)
    INTERVIEW_ID_FIELD_NUMBER: _ClassVar[int]
    interview_id: str
    def __init__(self, interview_id: _Optional[str] = ...) -> None: ...

class Question(_message.Message):
    __slots__ = ("question_id", "text", "competency_ids", "reason", "follows_up_question_id", "ordinal")
    QUESTION_ID_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    COMPETENCY_IDS_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    FOLLOWS_UP_QUESTION_ID_FIELD_NUMBER: _ClassVar[int]
    ORDINAL_FIELD_NUMBER: _ClassVar[int]
    question_id: str
    text: str
    competency_ids: _containers.RepeatedScalarFieldContainer[str]
    reason: str
    follows_up_question_id: str
    ordinal: int
    def __init__(self, question_id: _Optional[str] = ..., text: _Optional[str] = ..., competency_ids: _Optional[_Iterable[str]] = ..., reason: _Optional[str] = ..., follows_up_question_id: _Optional[str] = ..., ordinal: _Optional[int] = ...) -> None: ...

class Answer(_message.Message):
    __slots__ = ("answer_id", "question_id", "text", "revision", "submitted_at")
    ANSWER_ID_FIELD_NUMBER: _ClassVar[int]
    QUESTION_ID_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    REVISION_FIELD_NUMBER: _ClassVar[int]
    SUBMITTED_AT_FIELD_NUMBER: _ClassVar[int]
    answer_id: str
    question_id: str
    text: str
    revision: int
    submitted_at: _timestamp_pb2.Timestamp
    def __init__(self, answer_id: _Optional[str] = ..., question_id: _Optional[str] = ..., text: _Optional[str] = ..., revision: _Optional[int] = ..., submitted_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class Interview(_message.Message):
    __slots__ = ("interview_id", "tenant_id", "candidate_id", "position_id", "language", "kind", "status", "questions", "answers", "current_question_id", "created_at", "started_at", "completed_at", "time_policy", "all_questions_answered", "window_start", "window_end", "slot_start", "mode", "offered_modes", "first_screen", "end_reason", "time_used_seconds", "time_limit_seconds", "extensions", "plan", "employer_name")
    INTERVIEW_ID_FIELD_NUMBER: _ClassVar[int]
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    CANDIDATE_ID_FIELD_NUMBER: _ClassVar[int]
    POSITION_ID_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    QUESTIONS_FIELD_NUMBER: _ClassVar[int]
    ANSWERS_FIELD_NUMBER: _ClassVar[int]
    CURRENT_QUESTION_ID_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    STARTED_AT_FIELD_NUMBER: _ClassVar[int]
    COMPLETED_AT_FIELD_NUMBER: _ClassVar[int]
    TIME_POLICY_FIELD_NUMBER: _ClassVar[int]
    ALL_QUESTIONS_ANSWERED_FIELD_NUMBER: _ClassVar[int]
    WINDOW_START_FIELD_NUMBER: _ClassVar[int]
    WINDOW_END_FIELD_NUMBER: _ClassVar[int]
    SLOT_START_FIELD_NUMBER: _ClassVar[int]
    MODE_FIELD_NUMBER: _ClassVar[int]
    OFFERED_MODES_FIELD_NUMBER: _ClassVar[int]
    FIRST_SCREEN_FIELD_NUMBER: _ClassVar[int]
    END_REASON_FIELD_NUMBER: _ClassVar[int]
    TIME_USED_SECONDS_FIELD_NUMBER: _ClassVar[int]
    TIME_LIMIT_SECONDS_FIELD_NUMBER: _ClassVar[int]
    EXTENSIONS_FIELD_NUMBER: _ClassVar[int]
    PLAN_FIELD_NUMBER: _ClassVar[int]
    EMPLOYER_NAME_FIELD_NUMBER: _ClassVar[int]
    interview_id: str
    tenant_id: str
    candidate_id: str
    position_id: str
    language: _common_pb2.Language
    kind: _common_pb2.InterviewKind
    status: _common_pb2.InterviewStatus
    questions: _containers.RepeatedCompositeFieldContainer[Question]
    answers: _containers.RepeatedCompositeFieldContainer[Answer]
    current_question_id: str
    created_at: _timestamp_pb2.Timestamp
    started_at: _timestamp_pb2.Timestamp
    completed_at: _timestamp_pb2.Timestamp
    time_policy: TimePolicy
    all_questions_answered: bool
    window_start: _timestamp_pb2.Timestamp
    window_end: _timestamp_pb2.Timestamp
    slot_start: _timestamp_pb2.Timestamp
    mode: InterviewMode
    offered_modes: _containers.RepeatedScalarFieldContainer[InterviewMode]
    first_screen: FirstScreen
    end_reason: str
    time_used_seconds: int
    time_limit_seconds: int
    extensions: _containers.RepeatedCompositeFieldContainer[TimeExtension]
    plan: InterviewPlan
    employer_name: str
    def __init__(self, interview_id: _Optional[str] = ..., tenant_id: _Optional[str] = ..., candidate_id: _Optional[str] = ..., position_id: _Optional[str] = ..., language: _Optional[_Union[_common_pb2.Language, str]] = ..., kind: _Optional[_Union[_common_pb2.InterviewKind, str]] = ..., status: _Optional[_Union[_common_pb2.InterviewStatus, str]] = ..., questions: _Optional[_Iterable[_Union[Question, _Mapping]]] = ..., answers: _Optional[_Iterable[_Union[Answer, _Mapping]]] = ..., current_question_id: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., started_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., completed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., time_policy: _Optional[_Union[TimePolicy, _Mapping]] = ..., all_questions_answered: _Optional[bool] = ..., window_start: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., window_end: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., slot_start: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., mode: _Optional[_Union[InterviewMode, str]] = ..., offered_modes: _Optional[_Iterable[_Union[InterviewMode, str]]] = ..., first_screen: _Optional[_Union[FirstScreen, str]] = ..., end_reason: _Optional[str] = ..., time_used_seconds: _Optional[int] = ..., time_limit_seconds: _Optional[int] = ..., extensions: _Optional[_Iterable[_Union[TimeExtension, _Mapping]]] = ..., plan: _Optional[_Union[InterviewPlan, _Mapping]] = ..., employer_name: _Optional[str] = ...) -> None: ...

class InterviewPlan(_message.Message):
    __slots__ = ("main_questions", "competencies", "follow_ups_allowed", "max_follow_ups_per_question", "max_questions")
    MAIN_QUESTIONS_FIELD_NUMBER: _ClassVar[int]
    COMPETENCIES_FIELD_NUMBER: _ClassVar[int]
    FOLLOW_UPS_ALLOWED_FIELD_NUMBER: _ClassVar[int]
    MAX_FOLLOW_UPS_PER_QUESTION_FIELD_NUMBER: _ClassVar[int]
    MAX_QUESTIONS_FIELD_NUMBER: _ClassVar[int]
    main_questions: int
    competencies: _containers.RepeatedCompositeFieldContainer[PlannedCompetency]
    follow_ups_allowed: bool
    max_follow_ups_per_question: int
    max_questions: int
    def __init__(self, main_questions: _Optional[int] = ..., competencies: _Optional[_Iterable[_Union[PlannedCompetency, _Mapping]]] = ..., follow_ups_allowed: _Optional[bool] = ..., max_follow_ups_per_question: _Optional[int] = ..., max_questions: _Optional[int] = ...) -> None: ...

class PlannedCompetency(_message.Message):
    __slots__ = ("competency_id", "name", "weight_percent", "main_questions")
    COMPETENCY_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    WEIGHT_PERCENT_FIELD_NUMBER: _ClassVar[int]
    MAIN_QUESTIONS_FIELD_NUMBER: _ClassVar[int]
    competency_id: str
    name: _common_pb2.LocalizedText
    weight_percent: int
    main_questions: int
    def __init__(self, competency_id: _Optional[str] = ..., name: _Optional[_Union[_common_pb2.LocalizedText, _Mapping]] = ..., weight_percent: _Optional[int] = ..., main_questions: _Optional[int] = ...) -> None: ...

class TimeExtension(_message.Message):
    __slots__ = ("extension_id", "minutes", "reason", "granted_by", "granted_at")
    EXTENSION_ID_FIELD_NUMBER: _ClassVar[int]
    MINUTES_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    GRANTED_BY_FIELD_NUMBER: _ClassVar[int]
    GRANTED_AT_FIELD_NUMBER: _ClassVar[int]
    extension_id: str
    minutes: int
    reason: str
    granted_by: str
    granted_at: _timestamp_pb2.Timestamp
    def __init__(self, extension_id: _Optional[str] = ..., minutes: _Optional[int] = ..., reason: _Optional[str] = ..., granted_by: _Optional[str] = ..., granted_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ChooseInterviewOptionsRequest(_message.Message):
    __slots__ = ("interview_id", "slot_start", "mode", "language")
    INTERVIEW_ID_FIELD_NUMBER: _ClassVar[int]
    SLOT_START_FIELD_NUMBER: _ClassVar[int]
    MODE_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    interview_id: str
    slot_start: _timestamp_pb2.Timestamp
    mode: InterviewMode
    language: _common_pb2.Language
    def __init__(self, interview_id: _Optional[str] = ..., slot_start: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., mode: _Optional[_Union[InterviewMode, str]] = ..., language: _Optional[_Union[_common_pb2.Language, str]] = ...) -> None: ...

class WithdrawInterviewRequest(_message.Message):
    __slots__ = ("interview_id",)
    INTERVIEW_ID_FIELD_NUMBER: _ClassVar[int]
    interview_id: str
    def __init__(self, interview_id: _Optional[str] = ...) -> None: ...

class CandidateRequestInput(_message.Message):
    __slots__ = ("interview_id", "note")
    INTERVIEW_ID_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    interview_id: str
    note: str
    def __init__(self, interview_id: _Optional[str] = ..., note: _Optional[str] = ...) -> None: ...

class CandidateRequest(_message.Message):
    __slots__ = ("request_id", "interview_id", "candidate_id", "position_id", "kind", "reason", "note", "language", "created_at")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    INTERVIEW_ID_FIELD_NUMBER: _ClassVar[int]
    CANDIDATE_ID_FIELD_NUMBER: _ClassVar[int]
    POSITION_ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    interview_id: str
    candidate_id: str
    position_id: str
    kind: _common_pb2.CandidateRequestKind
    reason: str
    note: str
    language: _common_pb2.Language
    created_at: _timestamp_pb2.Timestamp
    def __init__(self, request_id: _Optional[str] = ..., interview_id: _Optional[str] = ..., candidate_id: _Optional[str] = ..., position_id: _Optional[str] = ..., kind: _Optional[_Union[_common_pb2.CandidateRequestKind, str]] = ..., reason: _Optional[str] = ..., note: _Optional[str] = ..., language: _Optional[_Union[_common_pb2.Language, str]] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListCandidateRequestsRequest(_message.Message):
    __slots__ = ("kind", "page_size", "page_token", "interview_id")
    KIND_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    INTERVIEW_ID_FIELD_NUMBER: _ClassVar[int]
    kind: _common_pb2.CandidateRequestKind
    page_size: int
    page_token: str
    interview_id: str
    def __init__(self, kind: _Optional[_Union[_common_pb2.CandidateRequestKind, str]] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., interview_id: _Optional[str] = ...) -> None: ...

class ListCandidateRequestsResponse(_message.Message):
    __slots__ = ("requests", "next_page_token")
    REQUESTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    requests: _containers.RepeatedCompositeFieldContainer[CandidateRequest]
    next_page_token: str
    def __init__(self, requests: _Optional[_Iterable[_Union[CandidateRequest, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GrantTimeExtensionRequest(_message.Message):
    __slots__ = ("interview_id", "minutes", "reason", "idempotency_key")
    INTERVIEW_ID_FIELD_NUMBER: _ClassVar[int]
    MINUTES_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    interview_id: str
    minutes: int
    reason: str
    idempotency_key: str
    def __init__(self, interview_id: _Optional[str] = ..., minutes: _Optional[int] = ..., reason: _Optional[str] = ..., idempotency_key: _Optional[str] = ...) -> None: ...

class SubmitAnswerRequest(_message.Message):
    __slots__ = ("interview_id", "question_id", "text", "idempotency_key", "supplement")
    INTERVIEW_ID_FIELD_NUMBER: _ClassVar[int]
    QUESTION_ID_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    SUPPLEMENT_FIELD_NUMBER: _ClassVar[int]
    interview_id: str
    question_id: str
    text: str
    idempotency_key: str
    supplement: bool
    def __init__(self, interview_id: _Optional[str] = ..., question_id: _Optional[str] = ..., text: _Optional[str] = ..., idempotency_key: _Optional[str] = ..., supplement: _Optional[bool] = ...) -> None: ...

class SubmitAnswerResponse(_message.Message):
    __slots__ = ("answer", "duplicate")
    ANSWER_FIELD_NUMBER: _ClassVar[int]
    DUPLICATE_FIELD_NUMBER: _ClassVar[int]
    answer: Answer
    duplicate: bool
    def __init__(self, answer: _Optional[_Union[Answer, _Mapping]] = ..., duplicate: _Optional[bool] = ...) -> None: ...

class StreamInterviewRequest(_message.Message):
    __slots__ = ("interview_id", "after_seq")
    INTERVIEW_ID_FIELD_NUMBER: _ClassVar[int]
    AFTER_SEQ_FIELD_NUMBER: _ClassVar[int]
    interview_id: str
    after_seq: int
    def __init__(self, interview_id: _Optional[str] = ..., after_seq: _Optional[int] = ...) -> None: ...

class Hint(_message.Message):
    __slots__ = ("hint_id", "answer_id", "question_id", "hint_code", "text", "kind")
    HINT_ID_FIELD_NUMBER: _ClassVar[int]
    ANSWER_ID_FIELD_NUMBER: _ClassVar[int]
    QUESTION_ID_FIELD_NUMBER: _ClassVar[int]
    HINT_CODE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    hint_id: str
    answer_id: str
    question_id: str
    hint_code: str
    text: str
    kind: _common_pb2.HintKind
    def __init__(self, hint_id: _Optional[str] = ..., answer_id: _Optional[str] = ..., question_id: _Optional[str] = ..., hint_code: _Optional[str] = ..., text: _Optional[str] = ..., kind: _Optional[_Union[_common_pb2.HintKind, str]] = ...) -> None: ...

class StatusChange(_message.Message):
    __slots__ = ("status", "all_questions_answered")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    ALL_QUESTIONS_ANSWERED_FIELD_NUMBER: _ClassVar[int]
    status: _common_pb2.InterviewStatus
    all_questions_answered: bool
    def __init__(self, status: _Optional[_Union[_common_pb2.InterviewStatus, str]] = ..., all_questions_answered: _Optional[bool] = ...) -> None: ...

class InterviewUpdate(_message.Message):
    __slots__ = ("seq", "interview_id", "occurred_at", "question", "hint", "status")
    SEQ_FIELD_NUMBER: _ClassVar[int]
    INTERVIEW_ID_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    QUESTION_FIELD_NUMBER: _ClassVar[int]
    HINT_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    seq: int
    interview_id: str
    occurred_at: _timestamp_pb2.Timestamp
    question: Question
    hint: Hint
    status: StatusChange
    def __init__(self, seq: _Optional[int] = ..., interview_id: _Optional[str] = ..., occurred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., question: _Optional[_Union[Question, _Mapping]] = ..., hint: _Optional[_Union[Hint, _Mapping]] = ..., status: _Optional[_Union[StatusChange, _Mapping]] = ...) -> None: ...

class PositionImportRow(_message.Message):
    __slots__ = ("line", "external_id", "title", "competencies", "suggested_minutes_per_answer", "hard_limit_minutes")
    LINE_FIELD_NUMBER: _ClassVar[int]
    EXTERNAL_ID_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    COMPETENCIES_FIELD_NUMBER: _ClassVar[int]
    SUGGESTED_MINUTES_PER_ANSWER_FIELD_NUMBER: _ClassVar[int]
    HARD_LIMIT_MINUTES_FIELD_NUMBER: _ClassVar[int]
    line: int
    external_id: str
    title: str
    competencies: str
    suggested_minutes_per_answer: int
    hard_limit_minutes: int
    def __init__(self, line: _Optional[int] = ..., external_id: _Optional[str] = ..., title: _Optional[str] = ..., competencies: _Optional[str] = ..., suggested_minutes_per_answer: _Optional[int] = ..., hard_limit_minutes: _Optional[int] = ...) -> None: ...

class ImportPositionsRequest(_message.Message):
    __slots__ = ("options", "row")
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    ROW_FIELD_NUMBER: _ClassVar[int]
    options: _data_rights_pb2.ImportOptions
    row: PositionImportRow
    def __init__(self, options: _Optional[_Union[_data_rights_pb2.ImportOptions, _Mapping]] = ..., row: _Optional[_Union[PositionImportRow, _Mapping]] = ...) -> None: ...
