import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from wendu.v1 import common_pb2 as _common_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

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
    __slots__ = ("title", "competencies", "question_bank", "time_policy", "idempotency_key")
    TITLE_FIELD_NUMBER: _ClassVar[int]
    COMPETENCIES_FIELD_NUMBER: _ClassVar[int]
    QUESTION_BANK_FIELD_NUMBER: _ClassVar[int]
    TIME_POLICY_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    title: str
    competencies: _containers.RepeatedCompositeFieldContainer[_common_pb2.CompetencyWeight]
    question_bank: _containers.RepeatedCompositeFieldContainer[BankQuestion]
    time_policy: TimePolicy
    idempotency_key: str
    def __init__(self, title: _Optional[str] = ..., competencies: _Optional[_Iterable[_Union[_common_pb2.CompetencyWeight, _Mapping]]] = ..., question_bank: _Optional[_Iterable[_Union[BankQuestion, _Mapping]]] = ..., time_policy: _Optional[_Union[TimePolicy, _Mapping]] = ..., idempotency_key: _Optional[str] = ...) -> None: ...

class Position(_message.Message):
    __slots__ = ("position_id", "tenant_id", "title", "competencies", "question_bank", "time_policy", "rubric_version", "created_at")
    POSITION_ID_FIELD_NUMBER: _ClassVar[int]
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    COMPETENCIES_FIELD_NUMBER: _ClassVar[int]
    QUESTION_BANK_FIELD_NUMBER: _ClassVar[int]
    TIME_POLICY_FIELD_NUMBER: _ClassVar[int]
    RUBRIC_VERSION_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    position_id: str
    tenant_id: str
    title: str
    competencies: _containers.RepeatedCompositeFieldContainer[_common_pb2.CompetencyWeight]
    question_bank: _containers.RepeatedCompositeFieldContainer[BankQuestion]
    time_policy: TimePolicy
    rubric_version: str
    created_at: _timestamp_pb2.Timestamp
    def __init__(self, position_id: _Optional[str] = ..., tenant_id: _Optional[str] = ..., title: _Optional[str] = ..., competencies: _Optional[_Iterable[_Union[_common_pb2.CompetencyWeight, _Mapping]]] = ..., question_bank: _Optional[_Iterable[_Union[BankQuestion, _Mapping]]] = ..., time_policy: _Optional[_Union[TimePolicy, _Mapping]] = ..., rubric_version: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class GetPositionRequest(_message.Message):
    __slots__ = ("position_id",)
    POSITION_ID_FIELD_NUMBER: _ClassVar[int]
    position_id: str
    def __init__(self, position_id: _Optional[str] = ...) -> None: ...

class CreateInterviewRequest(_message.Message):
    __slots__ = ("candidate_id", "position_id", "language", "kind", "idempotency_key")
    CANDIDATE_ID_FIELD_NUMBER: _ClassVar[int]
    POSITION_ID_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    candidate_id: str
    position_id: str
    language: _common_pb2.Language
    kind: _common_pb2.InterviewKind
    idempotency_key: str
    def __init__(self, candidate_id: _Optional[str] = ..., position_id: _Optional[str] = ..., language: _Optional[_Union[_common_pb2.Language, str]] = ..., kind: _Optional[_Union[_common_pb2.InterviewKind, str]] = ..., idempotency_key: _Optional[str] = ...) -> None: ...

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
    __slots__ = ("interview_id", "tenant_id", "candidate_id", "position_id", "language", "kind", "status", "questions", "answers", "current_question_id", "created_at", "started_at", "completed_at", "time_policy", "all_questions_answered")
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
    def __init__(self, interview_id: _Optional[str] = ..., tenant_id: _Optional[str] = ..., candidate_id: _Optional[str] = ..., position_id: _Optional[str] = ..., language: _Optional[_Union[_common_pb2.Language, str]] = ..., kind: _Optional[_Union[_common_pb2.InterviewKind, str]] = ..., status: _Optional[_Union[_common_pb2.InterviewStatus, str]] = ..., questions: _Optional[_Iterable[_Union[Question, _Mapping]]] = ..., answers: _Optional[_Iterable[_Union[Answer, _Mapping]]] = ..., current_question_id: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., started_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., completed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., time_policy: _Optional[_Union[TimePolicy, _Mapping]] = ..., all_questions_answered: _Optional[bool] = ...) -> None: ...

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
    __slots__ = ("hint_id", "answer_id", "question_id", "hint_code", "text")
    HINT_ID_FIELD_NUMBER: _ClassVar[int]
    ANSWER_ID_FIELD_NUMBER: _ClassVar[int]
    QUESTION_ID_FIELD_NUMBER: _ClassVar[int]
    HINT_CODE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    hint_id: str
    answer_id: str
    question_id: str
    hint_code: str
    text: str
    def __init__(self, hint_id: _Optional[str] = ..., answer_id: _Optional[str] = ..., question_id: _Optional[str] = ..., hint_code: _Optional[str] = ..., text: _Optional[str] = ...) -> None: ...

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
