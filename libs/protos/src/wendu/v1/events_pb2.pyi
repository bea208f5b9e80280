import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from wendu.v1 import common_pb2 as _common_pb2
from wendu.v1 import question_gen_pb2 as _question_gen_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class InterviewCommandKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    INTERVIEW_COMMAND_KIND_UNSPECIFIED: _ClassVar[InterviewCommandKind]
    INTERVIEW_COMMAND_KIND_START: _ClassVar[InterviewCommandKind]
    INTERVIEW_COMMAND_KIND_PAUSE: _ClassVar[InterviewCommandKind]
    INTERVIEW_COMMAND_KIND_RESUME: _ClassVar[InterviewCommandKind]
    INTERVIEW_COMMAND_KIND_WITHDRAW: _ClassVar[InterviewCommandKind]
    INTERVIEW_COMMAND_KIND_COMPLETE: _ClassVar[InterviewCommandKind]
    INTERVIEW_COMMAND_KIND_CHOOSE_OPTIONS: _ClassVar[InterviewCommandKind]
    INTERVIEW_COMMAND_KIND_GRANT_EXTENSION: _ClassVar[InterviewCommandKind]
    INTERVIEW_COMMAND_KIND_SUBMIT_ANSWER: _ClassVar[InterviewCommandKind]
    INTERVIEW_COMMAND_KIND_REQUEST_HUMAN_SCREEN: _ClassVar[InterviewCommandKind]
    INTERVIEW_COMMAND_KIND_END_IF_DUE: _ClassVar[InterviewCommandKind]
    INTERVIEW_COMMAND_KIND_REFUSE_AUTOMATED_DECISION: _ClassVar[InterviewCommandKind]
INTERVIEW_COMMAND_KIND_UNSPECIFIED: InterviewCommandKind
INTERVIEW_COMMAND_KIND_START: InterviewCommandKind
INTERVIEW_COMMAND_KIND_PAUSE: InterviewCommandKind
INTERVIEW_COMMAND_KIND_RESUME: InterviewCommandKind
INTERVIEW_COMMAND_KIND_WITHDRAW: InterviewCommandKind
INTERVIEW_COMMAND_KIND_COMPLETE: InterviewCommandKind
INTERVIEW_COMMAND_KIND_CHOOSE_OPTIONS: InterviewCommandKind
INTERVIEW_COMMAND_KIND_GRANT_EXTENSION: InterviewCommandKind
INTERVIEW_COMMAND_KIND_SUBMIT_ANSWER: InterviewCommandKind
INTERVIEW_COMMAND_KIND_REQUEST_HUMAN_SCREEN: InterviewCommandKind
INTERVIEW_COMMAND_KIND_END_IF_DUE: InterviewCommandKind
INTERVIEW_COMMAND_KIND_REFUSE_AUTOMATED_DECISION: InterviewCommandKind

class AnswerSubmitted(_message.Message):
    __slots__ = ("meta", "answer_id", "question_id", "question_text", "competency_ids", "rubric_version", "answer_text", "language", "revision", "position_id", "submitted_at")
    META_FIELD_NUMBER: _ClassVar[int]
    ANSWER_ID_FIELD_NUMBER: _ClassVar[int]
    QUESTION_ID_FIELD_NUMBER: _ClassVar[int]
    QUESTION_TEXT_FIELD_NUMBER: _ClassVar[int]
    COMPETENCY_IDS_FIELD_NUMBER: _ClassVar[int]
    RUBRIC_VERSION_FIELD_NUMBER: _ClassVar[int]
    ANSWER_TEXT_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    REVISION_FIELD_NUMBER: _ClassVar[int]
    POSITION_ID_FIELD_NUMBER: _ClassVar[int]
    SUBMITTED_AT_FIELD_NUMBER: _ClassVar[int]
    meta: _common_pb2.EventMeta
    answer_id: str
    question_id: str
    question_text: str
    competency_ids: _containers.RepeatedScalarFieldContainer[str]
    rubric_version: str
    answer_text: str
    language: _common_pb2.Language
    revision: int
    position_id: str
    submitted_at: _timestamp_pb2.Timestamp
    def __init__(self, meta: _Optional[_Union[_common_pb2.EventMeta, _Mapping]] = ..., answer_id: _Optional[str] = ..., question_id: _Optional[str] = ..., question_text: _Optional[str] = ..., competency_ids: _Optional[_Iterable[str]] = ..., rubric_version: _Optional[str] = ..., answer_text: _Optional[str] = ..., language: _Optional[_Union[_common_pb2.Language, str]] = ..., revision: _Optional[int] = ..., position_id: _Optional[str] = ..., submitted_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ScoreReady(_message.Message):
    __slots__ = ("meta", "answer_id", "question_id", "scores", "evidence", "star_parts", "specificity", "relevance", "rationale", "scorer", "language", "revision", "injection_suspected", "submitted_at", "needs_human_review", "answer_text", "review_reasons", "scorer_model", "scorer_panel_size", "off_topic")
    META_FIELD_NUMBER: _ClassVar[int]
    ANSWER_ID_FIELD_NUMBER: _ClassVar[int]
    QUESTION_ID_FIELD_NUMBER: _ClassVar[int]
    SCORES_FIELD_NUMBER: _ClassVar[int]
    EVIDENCE_FIELD_NUMBER: _ClassVar[int]
    STAR_PARTS_FIELD_NUMBER: _ClassVar[int]
    SPECIFICITY_FIELD_NUMBER: _ClassVar[int]
    RELEVANCE_FIELD_NUMBER: _ClassVar[int]
    RATIONALE_FIELD_NUMBER: _ClassVar[int]
    SCORER_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    REVISION_FIELD_NUMBER: _ClassVar[int]
    INJECTION_SUSPECTED_FIELD_NUMBER: _ClassVar[int]
    SUBMITTED_AT_FIELD_NUMBER: _ClassVar[int]
    NEEDS_HUMAN_REVIEW_FIELD_NUMBER: _ClassVar[int]
    ANSWER_TEXT_FIELD_NUMBER: _ClassVar[int]
    REVIEW_REASONS_FIELD_NUMBER: _ClassVar[int]
    SCORER_MODEL_FIELD_NUMBER: _ClassVar[int]
    SCORER_PANEL_SIZE_FIELD_NUMBER: _ClassVar[int]
    OFF_TOPIC_FIELD_NUMBER: _ClassVar[int]
    meta: _common_pb2.EventMeta
    answer_id: str
    question_id: str
    scores: _containers.RepeatedCompositeFieldContainer[_common_pb2.CompetencyScore]
    evidence: _containers.RepeatedCompositeFieldContainer[_common_pb2.Evidence]
    star_parts: _containers.RepeatedScalarFieldContainer[_common_pb2.StarPart]
    specificity: float
    relevance: float
    rationale: str
    scorer: _common_pb2.ScorerInfo
    language: _common_pb2.Language
    revision: int
    injection_suspected: bool
    submitted_at: _timestamp_pb2.Timestamp
    needs_human_review: bool
    answer_text: str
    review_reasons: _containers.RepeatedScalarFieldContainer[str]
    scorer_model: str
    scorer_panel_size: int
    off_topic: bool
    def __init__(self, meta: _Optional[_Union[_common_pb2.EventMeta, _Mapping]] = ..., answer_id: _Optional[str] = ..., question_id: _Optional[str] = ..., scores: _Optional[_Iterable[_Union[_common_pb2.CompetencyScore, _Mapping]]] = ..., evidence: _Optional[_Iterable[_Union[_common_pb2.Evidence, _Mapping]]] = ..., star_parts: _Optional[_Iterable[_Union[_common_pb2.StarPart, str]]] = ..., specificity: _Optional[float] = ..., relevance: _Optional[float] = ..., rationale: _Optional[str] = ..., scorer: _Optional[_Union[_common_pb2.ScorerInfo, _Mapping]] = ..., language: _Optional[_Union[_common_pb2.Language, str]] = ..., revision: _Optional[int] = ..., injection_suspected: _Optional[bool] = ..., submitted_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., needs_human_review: _Optional[bool] = ..., answer_text: _Optional[str] = ..., review_reasons: _Optional[_Iterable[str]] = ..., scorer_model: _Optional[str] = ..., scorer_panel_size: _Optional[int] = ..., off_topic: _Optional[bool] = ...) -> None: ...

class HintReady(_message.Message):
    __slots__ = ("meta", "hint_id", "answer_id", "question_id", "hint_code", "text", "language", "submitted_at", "kind")
    META_FIELD_NUMBER: _ClassVar[int]
    HINT_ID_FIELD_NUMBER: _ClassVar[int]
    ANSWER_ID_FIELD_NUMBER: _ClassVar[int]
    QUESTION_ID_FIELD_NUMBER: _ClassVar[int]
    HINT_CODE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    SUBMITTED_AT_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    meta: _common_pb2.EventMeta
    hint_id: str
    answer_id: str
    question_id: str
    hint_code: str
    text: str
    language: _common_pb2.Language
    submitted_at: _timestamp_pb2.Timestamp
    kind: _common_pb2.HintKind
    def __init__(self, meta: _Optional[_Union[_common_pb2.EventMeta, _Mapping]] = ..., hint_id: _Optional[str] = ..., answer_id: _Optional[str] = ..., question_id: _Optional[str] = ..., hint_code: _Optional[str] = ..., text: _Optional[str] = ..., language: _Optional[_Union[_common_pb2.Language, str]] = ..., submitted_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., kind: _Optional[_Union[_common_pb2.HintKind, str]] = ...) -> None: ...

class InterviewCompleted(_message.Message):
    __slots__ = ("meta", "position_id", "position_title", "weights", "answer_ids", "language", "started_at", "completed_at", "question_texts")
    META_FIELD_NUMBER: _ClassVar[int]
    POSITION_ID_FIELD_NUMBER: _ClassVar[int]
    POSITION_TITLE_FIELD_NUMBER: _ClassVar[int]
    WEIGHTS_FIELD_NUMBER: _ClassVar[int]
    ANSWER_IDS_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    STARTED_AT_FIELD_NUMBER: _ClassVar[int]
    COMPLETED_AT_FIELD_NUMBER: _ClassVar[int]
    QUESTION_TEXTS_FIELD_NUMBER: _ClassVar[int]
    meta: _common_pb2.EventMeta
    position_id: str
    position_title: str
    weights: _containers.RepeatedCompositeFieldContainer[_common_pb2.CompetencyWeight]
    answer_ids: _containers.RepeatedScalarFieldContainer[str]
    language: _common_pb2.Language
    started_at: _timestamp_pb2.Timestamp
    completed_at: _timestamp_pb2.Timestamp
    question_texts: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, meta: _Optional[_Union[_common_pb2.EventMeta, _Mapping]] = ..., position_id: _Optional[str] = ..., position_title: _Optional[str] = ..., weights: _Optional[_Iterable[_Union[_common_pb2.CompetencyWeight, _Mapping]]] = ..., answer_ids: _Optional[_Iterable[str]] = ..., language: _Optional[_Union[_common_pb2.Language, str]] = ..., started_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., completed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., question_texts: _Optional[_Iterable[str]] = ...) -> None: ...

class ReportGenerated(_message.Message):
    __slots__ = ("meta", "report_id", "overall_score", "competency_scores", "weights", "course_suggestions", "weak_competency_ids", "question_texts", "language", "completed_at", "position_id", "revision", "human_reviewed", "automated_overall_score", "reviewed_at")
    META_FIELD_NUMBER: _ClassVar[int]
    REPORT_ID_FIELD_NUMBER: _ClassVar[int]
    OVERALL_SCORE_FIELD_NUMBER: _ClassVar[int]
    COMPETENCY_SCORES_FIELD_NUMBER: _ClassVar[int]
    WEIGHTS_FIELD_NUMBER: _ClassVar[int]
    COURSE_SUGGESTIONS_FIELD_NUMBER: _ClassVar[int]
    WEAK_COMPETENCY_IDS_FIELD_NUMBER: _ClassVar[int]
    QUESTION_TEXTS_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    COMPLETED_AT_FIELD_NUMBER: _ClassVar[int]
    POSITION_ID_FIELD_NUMBER: _ClassVar[int]
    REVISION_FIELD_NUMBER: _ClassVar[int]
    HUMAN_REVIEWED_FIELD_NUMBER: _ClassVar[int]
    AUTOMATED_OVERALL_SCORE_FIELD_NUMBER: _ClassVar[int]
    REVIEWED_AT_FIELD_NUMBER: _ClassVar[int]
    meta: _common_pb2.EventMeta
    report_id: str
    overall_score: float
    competency_scores: _containers.RepeatedCompositeFieldContainer[_common_pb2.CompetencyScore]
    weights: _containers.RepeatedCompositeFieldContainer[_common_pb2.CompetencyWeight]
    course_suggestions: _containers.RepeatedCompositeFieldContainer[CourseSuggestion]
    weak_competency_ids: _containers.RepeatedScalarFieldContainer[str]
    question_texts: _containers.RepeatedScalarFieldContainer[str]
    language: _common_pb2.Language
    completed_at: _timestamp_pb2.Timestamp
    position_id: str
    revision: int
    human_reviewed: bool
    automated_overall_score: float
    reviewed_at: _timestamp_pb2.Timestamp
    def __init__(self, meta: _Optional[_Union[_common_pb2.EventMeta, _Mapping]] = ..., report_id: _Optional[str] = ..., overall_score: _Optional[float] = ..., competency_scores: _Optional[_Iterable[_Union[_common_pb2.CompetencyScore, _Mapping]]] = ..., weights: _Optional[_Iterable[_Union[_common_pb2.CompetencyWeight, _Mapping]]] = ..., course_suggestions: _Optional[_Iterable[_Union[CourseSuggestion, _Mapping]]] = ..., weak_competency_ids: _Optional[_Iterable[str]] = ..., question_texts: _Optional[_Iterable[str]] = ..., language: _Optional[_Union[_common_pb2.Language, str]] = ..., completed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., position_id: _Optional[str] = ..., revision: _Optional[int] = ..., human_reviewed: _Optional[bool] = ..., automated_overall_score: _Optional[float] = ..., reviewed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CourseSuggestion(_message.Message):
    __slots__ = ("course_id", "competency_id", "title")
    COURSE_ID_FIELD_NUMBER: _ClassVar[int]
    COMPETENCY_ID_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    course_id: str
    competency_id: str
    title: _common_pb2.LocalizedText
    def __init__(self, course_id: _Optional[str] = ..., competency_id: _Optional[str] = ..., title: _Optional[_Union[_common_pb2.LocalizedText, _Mapping]] = ...) -> None: ...

class ProfileUpdated(_message.Message):
    __slots__ = ("meta", "reason", "history_count")
    META_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    HISTORY_COUNT_FIELD_NUMBER: _ClassVar[int]
    meta: _common_pb2.EventMeta
    reason: str
    history_count: int
    def __init__(self, meta: _Optional[_Union[_common_pb2.EventMeta, _Mapping]] = ..., reason: _Optional[str] = ..., history_count: _Optional[int] = ...) -> None: ...

class CandidateErased(_message.Message):
    __slots__ = ("meta", "interview_ids", "erased_at")
    META_FIELD_NUMBER: _ClassVar[int]
    INTERVIEW_IDS_FIELD_NUMBER: _ClassVar[int]
    ERASED_AT_FIELD_NUMBER: _ClassVar[int]
    meta: _common_pb2.EventMeta
    interview_ids: _containers.RepeatedScalarFieldContainer[str]
    erased_at: _timestamp_pb2.Timestamp
    def __init__(self, meta: _Optional[_Union[_common_pb2.EventMeta, _Mapping]] = ..., interview_ids: _Optional[_Iterable[str]] = ..., erased_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class LearningPlanUpdated(_message.Message):
    __slots__ = ("meta", "plan_id", "courses", "source_report_id", "progress")
    META_FIELD_NUMBER: _ClassVar[int]
    PLAN_ID_FIELD_NUMBER: _ClassVar[int]
    COURSES_FIELD_NUMBER: _ClassVar[int]
    SOURCE_REPORT_ID_FIELD_NUMBER: _ClassVar[int]
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    meta: _common_pb2.EventMeta
    plan_id: str
    courses: _containers.RepeatedCompositeFieldContainer[CourseSuggestion]
    source_report_id: str
    progress: _containers.RepeatedCompositeFieldContainer[CourseProgress]
    def __init__(self, meta: _Optional[_Union[_common_pb2.EventMeta, _Mapping]] = ..., plan_id: _Optional[str] = ..., courses: _Optional[_Iterable[_Union[CourseSuggestion, _Mapping]]] = ..., source_report_id: _Optional[str] = ..., progress: _Optional[_Iterable[_Union[CourseProgress, _Mapping]]] = ...) -> None: ...

class CourseProgress(_message.Message):
    __slots__ = ("course_id", "percent_complete", "updated_at")
    COURSE_ID_FIELD_NUMBER: _ClassVar[int]
    PERCENT_COMPLETE_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    course_id: str
    percent_complete: int
    updated_at: _timestamp_pb2.Timestamp
    def __init__(self, course_id: _Optional[str] = ..., percent_complete: _Optional[int] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CandidateRequestCreated(_message.Message):
    __slots__ = ("meta", "request_id", "kind", "reason", "note", "position_id", "language", "requested_at")
    META_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    POSITION_ID_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    REQUESTED_AT_FIELD_NUMBER: _ClassVar[int]
    meta: _common_pb2.EventMeta
    request_id: str
    kind: _common_pb2.CandidateRequestKind
    reason: str
    note: str
    position_id: str
    language: _common_pb2.Language
    requested_at: _timestamp_pb2.Timestamp
    def __init__(self, meta: _Optional[_Union[_common_pb2.EventMeta, _Mapping]] = ..., request_id: _Optional[str] = ..., kind: _Optional[_Union[_common_pb2.CandidateRequestKind, str]] = ..., reason: _Optional[str] = ..., note: _Optional[str] = ..., position_id: _Optional[str] = ..., language: _Optional[_Union[_common_pb2.Language, str]] = ..., requested_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class InterviewUpdated(_message.Message):
    __slots__ = ("meta", "seq", "result", "update", "answer_submitted_at")
    META_FIELD_NUMBER: _ClassVar[int]
    SEQ_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_FIELD_NUMBER: _ClassVar[int]
    ANSWER_SUBMITTED_AT_FIELD_NUMBER: _ClassVar[int]
    meta: _common_pb2.EventMeta
    seq: int
    result: CommandResult
    update: _question_gen_pb2.InterviewUpdate
    answer_submitted_at: _timestamp_pb2.Timestamp
    def __init__(self, meta: _Optional[_Union[_common_pb2.EventMeta, _Mapping]] = ..., seq: _Optional[int] = ..., result: _Optional[_Union[CommandResult, _Mapping]] = ..., update: _Optional[_Union[_question_gen_pb2.InterviewUpdate, _Mapping]] = ..., answer_submitted_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class InterviewCommand(_message.Message):
    __slots__ = ("meta", "kind", "deadline", "slot_start", "mode", "language", "minutes", "reason", "granted_by", "idempotency_key", "question_id", "text", "supplement", "note")
    META_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    DEADLINE_FIELD_NUMBER: _ClassVar[int]
    SLOT_START_FIELD_NUMBER: _ClassVar[int]
    MODE_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    MINUTES_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    GRANTED_BY_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    QUESTION_ID_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    SUPPLEMENT_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    meta: _common_pb2.EventMeta
    kind: InterviewCommandKind
    deadline: _timestamp_pb2.Timestamp
    slot_start: _timestamp_pb2.Timestamp
    mode: int
    language: _common_pb2.Language
    minutes: int
    reason: str
    granted_by: str
    idempotency_key: str
    question_id: str
    text: str
    supplement: bool
    note: str
    def __init__(self, meta: _Optional[_Union[_common_pb2.EventMeta, _Mapping]] = ..., kind: _Optional[_Union[InterviewCommandKind, str]] = ..., deadline: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., slot_start: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., mode: _Optional[int] = ..., language: _Optional[_Union[_common_pb2.Language, str]] = ..., minutes: _Optional[int] = ..., reason: _Optional[str] = ..., granted_by: _Optional[str] = ..., idempotency_key: _Optional[str] = ..., question_id: _Optional[str] = ..., text: _Optional[str] = ..., supplement: _Optional[bool] = ..., note: _Optional[str] = ...) -> None: ...

class CommandResult(_message.Message):
    __slots__ = ("command_id", "code", "message", "field", "version", "answer_id", "answer_revision", "duplicate", "request_id", "question_id", "answer_text", "answer_submitted_at")
    COMMAND_ID_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    FIELD_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    ANSWER_ID_FIELD_NUMBER: _ClassVar[int]
    ANSWER_REVISION_FIELD_NUMBER: _ClassVar[int]
    DUPLICATE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    QUESTION_ID_FIELD_NUMBER: _ClassVar[int]
    ANSWER_TEXT_FIELD_NUMBER: _ClassVar[int]
    ANSWER_SUBMITTED_AT_FIELD_NUMBER: _ClassVar[int]
    command_id: str
    code: int
    message: str
    field: str
    version: int
    answer_id: str
    answer_revision: int
    duplicate: bool
    request_id: str
    question_id: str
    answer_text: str
    answer_submitted_at: _timestamp_pb2.Timestamp
    def __init__(self, command_id: _Optional[str] = ..., code: _Optional[int] = ..., message: _Optional[str] = ..., field: _Optional[str] = ..., version: _Optional[int] = ..., answer_id: _Optional[str] = ..., answer_revision: _Optional[int] = ..., duplicate: _Optional[bool] = ..., request_id: _Optional[str] = ..., question_id: _Optional[str] = ..., answer_text: _Optional[str] = ..., answer_submitted_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ApiKeyState(_message.Message):
    __slots__ = ("meta", "key_id", "subject", "roles", "expires_at", "revoked_at")
    META_FIELD_NUMBER: _ClassVar[int]
    KEY_ID_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    ROLES_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    REVOKED_AT_FIELD_NUMBER: _ClassVar[int]
    meta: _common_pb2.EventMeta
    key_id: str
    subject: str
    roles: _containers.RepeatedScalarFieldContainer[str]
    expires_at: _timestamp_pb2.Timestamp
    revoked_at: _timestamp_pb2.Timestamp
    def __init__(self, meta: _Optional[_Union[_common_pb2.EventMeta, _Mapping]] = ..., key_id: _Optional[str] = ..., subject: _Optional[str] = ..., roles: _Optional[_Iterable[str]] = ..., expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., revoked_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CandidateFeedbackGiven(_message.Message):
    __slots__ = ("meta", "feedback_id", "position_id", "rating", "comment", "language")
    META_FIELD_NUMBER: _ClassVar[int]
    FEEDBACK_ID_FIELD_NUMBER: _ClassVar[int]
    POSITION_ID_FIELD_NUMBER: _ClassVar[int]
    RATING_FIELD_NUMBER: _ClassVar[int]
    COMMENT_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    meta: _common_pb2.EventMeta
    feedback_id: str
    position_id: str
    rating: int
    comment: str
    language: _common_pb2.Language
    def __init__(self, meta: _Optional[_Union[_common_pb2.EventMeta, _Mapping]] = ..., feedback_id: _Optional[str] = ..., position_id: _Optional[str] = ..., rating: _Optional[int] = ..., comment: _Optional[str] = ..., language: _Optional[_Union[_common_pb2.Language, str]] = ...) -> None: ...
