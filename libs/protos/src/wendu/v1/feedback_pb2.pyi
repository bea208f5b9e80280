import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from wendu.v1 import common_pb2 as _common_pb2
from wendu.v1 import events_pb2 as _events_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ReportView(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    REPORT_VIEW_UNSPECIFIED: _ClassVar[ReportView]
    REPORT_VIEW_CANDIDATE: _ClassVar[ReportView]
    REPORT_VIEW_RECRUITER: _ClassVar[ReportView]

class ReportStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    REPORT_STATUS_UNSPECIFIED: _ClassVar[ReportStatus]
    REPORT_STATUS_GENERATING: _ClassVar[ReportStatus]
    REPORT_STATUS_READY: _ClassVar[ReportStatus]
REPORT_VIEW_UNSPECIFIED: ReportView
REPORT_VIEW_CANDIDATE: ReportView
REPORT_VIEW_RECRUITER: ReportView
REPORT_STATUS_UNSPECIFIED: ReportStatus
REPORT_STATUS_GENERATING: ReportStatus
REPORT_STATUS_READY: ReportStatus

class GetReportRequest(_message.Message):
    __slots__ = ("interview_id", "view")
    INTERVIEW_ID_FIELD_NUMBER: _ClassVar[int]
    VIEW_FIELD_NUMBER: _ClassVar[int]
    interview_id: str
    view: ReportView
    def __init__(self, interview_id: _Optional[str] = ..., view: _Optional[_Union[ReportView, str]] = ...) -> None: ...

class ReportItem(_message.Message):
    __slots__ = ("competency_id", "text", "evidence_quote")
    COMPETENCY_ID_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    EVIDENCE_QUOTE_FIELD_NUMBER: _ClassVar[int]
    competency_id: str
    text: str
    evidence_quote: str
    def __init__(self, competency_id: _Optional[str] = ..., text: _Optional[str] = ..., evidence_quote: _Optional[str] = ...) -> None: ...

class CompetencyResult(_message.Message):
    __slots__ = ("competency_id", "name", "score", "weight_percent", "evidence", "automated_score", "not_assessed")
    COMPETENCY_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    WEIGHT_PERCENT_FIELD_NUMBER: _ClassVar[int]
    EVIDENCE_FIELD_NUMBER: _ClassVar[int]
    AUTOMATED_SCORE_FIELD_NUMBER: _ClassVar[int]
    NOT_ASSESSED_FIELD_NUMBER: _ClassVar[int]
    competency_id: str
    name: _common_pb2.LocalizedText
    score: float
    weight_percent: int
    evidence: _containers.RepeatedCompositeFieldContainer[_common_pb2.Evidence]
    automated_score: float
    not_assessed: bool
    def __init__(self, competency_id: _Optional[str] = ..., name: _Optional[_Union[_common_pb2.LocalizedText, _Mapping]] = ..., score: _Optional[float] = ..., weight_percent: _Optional[int] = ..., evidence: _Optional[_Iterable[_Union[_common_pb2.Evidence, _Mapping]]] = ..., automated_score: _Optional[float] = ..., not_assessed: _Optional[bool] = ...) -> None: ...

class Report(_message.Message):
    __slots__ = ("report_id", "interview_id", "candidate_id", "language", "overall_score", "competencies", "strengths", "improvements", "course_suggestions", "view", "review_flags", "scorers", "generated_at", "kind", "status", "assessed_competencies", "total_competencies", "assessed_weight_percent", "human_review", "automated_overall_score")
    REPORT_ID_FIELD_NUMBER: _ClassVar[int]
    INTERVIEW_ID_FIELD_NUMBER: _ClassVar[int]
    CANDIDATE_ID_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    OVERALL_SCORE_FIELD_NUMBER: _ClassVar[int]
    COMPETENCIES_FIELD_NUMBER: _ClassVar[int]
    STRENGTHS_FIELD_NUMBER: _ClassVar[int]
    IMPROVEMENTS_FIELD_NUMBER: _ClassVar[int]
    COURSE_SUGGESTIONS_FIELD_NUMBER: _ClassVar[int]
    VIEW_FIELD_NUMBER: _ClassVar[int]
    REVIEW_FLAGS_FIELD_NUMBER: _ClassVar[int]
    SCORERS_FIELD_NUMBER: _ClassVar[int]
    GENERATED_AT_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    ASSESSED_COMPETENCIES_FIELD_NUMBER: _ClassVar[int]
    TOTAL_COMPETENCIES_FIELD_NUMBER: _ClassVar[int]
    ASSESSED_WEIGHT_PERCENT_FIELD_NUMBER: _ClassVar[int]
    HUMAN_REVIEW_FIELD_NUMBER: _ClassVar[int]
    AUTOMATED_OVERALL_SCORE_FIELD_NUMBER: _ClassVar[int]
    report_id: str
    interview_id: str
    candidate_id: str
    language: _common_pb2.Language
    overall_score: float
    competencies: _containers.RepeatedCompositeFieldContainer[CompetencyResult]
    strengths: _containers.RepeatedCompositeFieldContainer[ReportItem]
    improvements: _containers.RepeatedCompositeFieldContainer[ReportItem]
    course_suggestions: _containers.RepeatedCompositeFieldContainer[_events_pb2.CourseSuggestion]
    view: ReportView
    review_flags: _containers.RepeatedScalarFieldContainer[str]
    scorers: _containers.RepeatedCompositeFieldContainer[_common_pb2.ScorerInfo]
    generated_at: _timestamp_pb2.Timestamp
    kind: _common_pb2.InterviewKind
    status: ReportStatus
    assessed_competencies: int
    total_competencies: int
    assessed_weight_percent: int
    human_review: HumanReview
    automated_overall_score: float
    def __init__(self, report_id: _Optional[str] = ..., interview_id: _Optional[str] = ..., candidate_id: _Optional[str] = ..., language: _Optional[_Union[_common_pb2.Language, str]] = ..., overall_score: _Optional[float] = ..., competencies: _Optional[_Iterable[_Union[CompetencyResult, _Mapping]]] = ..., strengths: _Optional[_Iterable[_Union[ReportItem, _Mapping]]] = ..., improvements: _Optional[_Iterable[_Union[ReportItem, _Mapping]]] = ..., course_suggestions: _Optional[_Iterable[_Union[_events_pb2.CourseSuggestion, _Mapping]]] = ..., view: _Optional[_Union[ReportView, str]] = ..., review_flags: _Optional[_Iterable[str]] = ..., scorers: _Optional[_Iterable[_Union[_common_pb2.ScorerInfo, _Mapping]]] = ..., generated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., kind: _Optional[_Union[_common_pb2.InterviewKind, str]] = ..., status: _Optional[_Union[ReportStatus, str]] = ..., assessed_competencies: _Optional[int] = ..., total_competencies: _Optional[int] = ..., assessed_weight_percent: _Optional[int] = ..., human_review: _Optional[_Union[HumanReview, _Mapping]] = ..., automated_overall_score: _Optional[float] = ...) -> None: ...

class HumanReview(_message.Message):
    __slots__ = ("reviewed_by", "reviewed_at", "override_count", "notice")
    REVIEWED_BY_FIELD_NUMBER: _ClassVar[int]
    REVIEWED_AT_FIELD_NUMBER: _ClassVar[int]
    OVERRIDE_COUNT_FIELD_NUMBER: _ClassVar[int]
    NOTICE_FIELD_NUMBER: _ClassVar[int]
    reviewed_by: str
    reviewed_at: _timestamp_pb2.Timestamp
    override_count: int
    notice: str
    def __init__(self, reviewed_by: _Optional[str] = ..., reviewed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., override_count: _Optional[int] = ..., notice: _Optional[str] = ...) -> None: ...

class OverrideScoreRequest(_message.Message):
    __slots__ = ("interview_id", "answer_id", "competency_id", "score", "reason", "idempotency_key")
    INTERVIEW_ID_FIELD_NUMBER: _ClassVar[int]
    ANSWER_ID_FIELD_NUMBER: _ClassVar[int]
    COMPETENCY_ID_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    interview_id: str
    answer_id: str
    competency_id: str
    score: float
    reason: str
    idempotency_key: str
    def __init__(self, interview_id: _Optional[str] = ..., answer_id: _Optional[str] = ..., competency_id: _Optional[str] = ..., score: _Optional[float] = ..., reason: _Optional[str] = ..., idempotency_key: _Optional[str] = ...) -> None: ...

class ScoreOverride(_message.Message):
    __slots__ = ("override_id", "interview_id", "answer_id", "competency_id", "automated_score", "score_before", "score_after", "reason", "overridden_by", "overridden_at", "recorded_now")
    OVERRIDE_ID_FIELD_NUMBER: _ClassVar[int]
    INTERVIEW_ID_FIELD_NUMBER: _ClassVar[int]
    ANSWER_ID_FIELD_NUMBER: _ClassVar[int]
    COMPETENCY_ID_FIELD_NUMBER: _ClassVar[int]
    AUTOMATED_SCORE_FIELD_NUMBER: _ClassVar[int]
    SCORE_BEFORE_FIELD_NUMBER: _ClassVar[int]
    SCORE_AFTER_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    OVERRIDDEN_BY_FIELD_NUMBER: _ClassVar[int]
    OVERRIDDEN_AT_FIELD_NUMBER: _ClassVar[int]
    RECORDED_NOW_FIELD_NUMBER: _ClassVar[int]
    override_id: str
    interview_id: str
    answer_id: str
    competency_id: str
    automated_score: float
    score_before: float
    score_after: float
    reason: str
    overridden_by: str
    overridden_at: _timestamp_pb2.Timestamp
    recorded_now: bool
    def __init__(self, override_id: _Optional[str] = ..., interview_id: _Optional[str] = ..., answer_id: _Optional[str] = ..., competency_id: _Optional[str] = ..., automated_score: _Optional[float] = ..., score_before: _Optional[float] = ..., score_after: _Optional[float] = ..., reason: _Optional[str] = ..., overridden_by: _Optional[str] = ..., overridden_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., recorded_now: _Optional[bool] = ...) -> None: ...

class RenderedReport(_message.Message):
    __slots__ = ("content_type", "html")
    CONTENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    HTML_FIELD_NUMBER: _ClassVar[int]
    content_type: str
    html: str
    def __init__(self, content_type: _Optional[str] = ..., html: _Optional[str] = ...) -> None: ...

class RenderedDocument(_message.Message):
    __slots__ = ("content_type", "content", "filename")
    CONTENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    FILENAME_FIELD_NUMBER: _ClassVar[int]
    content_type: str
    content: bytes
    filename: str
    def __init__(self, content_type: _Optional[str] = ..., content: _Optional[bytes] = ..., filename: _Optional[str] = ...) -> None: ...

class ListHintsRequest(_message.Message):
    __slots__ = ("interview_id",)
    INTERVIEW_ID_FIELD_NUMBER: _ClassVar[int]
    interview_id: str
    def __init__(self, interview_id: _Optional[str] = ...) -> None: ...

class ListHintsResponse(_message.Message):
    __slots__ = ("hints",)
    HINTS_FIELD_NUMBER: _ClassVar[int]
    hints: _containers.RepeatedCompositeFieldContainer[_events_pb2.HintReady]
    def __init__(self, hints: _Optional[_Iterable[_Union[_events_pb2.HintReady, _Mapping]]] = ...) -> None: ...

class RequestReviewRequest(_message.Message):
    __slots__ = ("interview_id", "reason")
    INTERVIEW_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    interview_id: str
    reason: str
    def __init__(self, interview_id: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class ReviewRequest(_message.Message):
    __slots__ = ("review_id", "interview_id", "requested_by", "reason", "requested_at")
    REVIEW_ID_FIELD_NUMBER: _ClassVar[int]
    INTERVIEW_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTED_BY_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    REQUESTED_AT_FIELD_NUMBER: _ClassVar[int]
    review_id: str
    interview_id: str
    requested_by: str
    reason: str
    requested_at: _timestamp_pb2.Timestamp
    def __init__(self, review_id: _Optional[str] = ..., interview_id: _Optional[str] = ..., requested_by: _Optional[str] = ..., reason: _Optional[str] = ..., requested_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListReportsRequest(_message.Message):
    __slots__ = ("position_id", "candidate_id", "limit")
    POSITION_ID_FIELD_NUMBER: _ClassVar[int]
    CANDIDATE_ID_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    position_id: str
    candidate_id: str
    limit: int
    def __init__(self, position_id: _Optional[str] = ..., candidate_id: _Optional[str] = ..., limit: _Optional[int] = ...) -> None: ...

class ReportSummary(_message.Message):
    __slots__ = ("report_id", "interview_id", "candidate_id", "position_id", "overall_score", "generated_at", "assessed_weight_percent")
    REPORT_ID_FIELD_NUMBER: _ClassVar[int]
    INTERVIEW_ID_FIELD_NUMBER: _ClassVar[int]
    CANDIDATE_ID_FIELD_NUMBER: _ClassVar[int]
    POSITION_ID_FIELD_NUMBER: _ClassVar[int]
    OVERALL_SCORE_FIELD_NUMBER: _ClassVar[int]
    GENERATED_AT_FIELD_NUMBER: _ClassVar[int]
    ASSESSED_WEIGHT_PERCENT_FIELD_NUMBER: _ClassVar[int]
    report_id: str
    interview_id: str
    candidate_id: str
    position_id: str
    overall_score: float
    generated_at: _timestamp_pb2.Timestamp
    assessed_weight_percent: int
    def __init__(self, report_id: _Optional[str] = ..., interview_id: _Optional[str] = ..., candidate_id: _Optional[str] = ..., position_id: _Optional[str] = ..., overall_score: _Optional[float] = ..., generated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., assessed_weight_percent: _Optional[int] = ...) -> None: ...

class ListReportsResponse(_message.Message):
    __slots__ = ("reports",)
    REPORTS_FIELD_NUMBER: _ClassVar[int]
    reports: _containers.RepeatedCompositeFieldContainer[ReportSummary]
    def __init__(self, reports: _Optional[_Iterable[_Union[ReportSummary, _Mapping]]] = ...) -> None: ...

class GetSelectionStatisticsRequest(_message.Message):
    __slots__ = ("position_id",)
    POSITION_ID_FIELD_NUMBER: _ClassVar[int]
    position_id: str
    def __init__(self, position_id: _Optional[str] = ...) -> None: ...

class CompetencyStatistic(_message.Message):
    __slots__ = ("competency_id", "report_count", "mean_score")
    COMPETENCY_ID_FIELD_NUMBER: _ClassVar[int]
    REPORT_COUNT_FIELD_NUMBER: _ClassVar[int]
    MEAN_SCORE_FIELD_NUMBER: _ClassVar[int]
    competency_id: str
    report_count: int
    mean_score: float
    def __init__(self, competency_id: _Optional[str] = ..., report_count: _Optional[int] = ..., mean_score: _Optional[float] = ...) -> None: ...

class SelectionStatistics(_message.Message):
    __slots__ = ("position_id", "report_count", "mean_overall_score", "competencies")
    POSITION_ID_FIELD_NUMBER: _ClassVar[int]
    REPORT_COUNT_FIELD_NUMBER: _ClassVar[int]
    MEAN_OVERALL_SCORE_FIELD_NUMBER: _ClassVar[int]
    COMPETENCIES_FIELD_NUMBER: _ClassVar[int]
    position_id: str
    report_count: int
    mean_overall_score: float
    competencies: _containers.RepeatedCompositeFieldContainer[CompetencyStatistic]
    def __init__(self, position_id: _Optional[str] = ..., report_count: _Optional[int] = ..., mean_overall_score: _Optional[float] = ..., competencies: _Optional[_Iterable[_Union[CompetencyStatistic, _Mapping]]] = ...) -> None: ...

class SubmitCandidateFeedbackRequest(_message.Message):
    __slots__ = ("interview_id", "rating", "comment")
    INTERVIEW_ID_FIELD_NUMBER: _ClassVar[int]
    RATING_FIELD_NUMBER: _ClassVar[int]
    COMMENT_FIELD_NUMBER: _ClassVar[int]
    interview_id: str
    rating: int
    comment: str
    def __init__(self, interview_id: _Optional[str] = ..., rating: _Optional[int] = ..., comment: _Optional[str] = ...) -> None: ...

class CandidateFeedback(_message.Message):
    __slots__ = ("feedback_id", "interview_id", "rating", "comment", "submitted_at", "recorded_now")
    FEEDBACK_ID_FIELD_NUMBER: _ClassVar[int]
    INTERVIEW_ID_FIELD_NUMBER: _ClassVar[int]
    RATING_FIELD_NUMBER: _ClassVar[int]
    COMMENT_FIELD_NUMBER: _ClassVar[int]
    SUBMITTED_AT_FIELD_NUMBER: _ClassVar[int]
    RECORDED_NOW_FIELD_NUMBER: _ClassVar[int]
    feedback_id: str
    interview_id: str
    rating: int
    comment: str
    submitted_at: _timestamp_pb2.Timestamp
    recorded_now: bool
    def __init__(self, feedback_id: _Optional[str] = ..., interview_id: _Optional[str] = ..., rating: _Optional[int] = ..., comment: _Optional[str] = ..., submitted_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., recorded_now: _Optional[bool] = ...) -> None: ...
