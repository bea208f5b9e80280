import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from wendu.v1 import common_pb2 as _common_pb2
from wendu.v1 import events_pb2 as _events_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Course(_message.Message):
    __slots__ = ("course_id", "title", "summary", "competency_ids", "url")
    COURSE_ID_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    COMPETENCY_IDS_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    course_id: str
    title: _common_pb2.LocalizedText
    summary: _common_pb2.LocalizedText
    competency_ids: _containers.RepeatedScalarFieldContainer[str]
    url: str
    def __init__(self, course_id: _Optional[str] = ..., title: _Optional[_Union[_common_pb2.LocalizedText, _Mapping]] = ..., summary: _Optional[_Union[_common_pb2.LocalizedText, _Mapping]] = ..., competency_ids: _Optional[_Iterable[str]] = ..., url: _Optional[str] = ...) -> None: ...

class ListCoursesRequest(_message.Message):
    __slots__ = ("competency_id",)
    COMPETENCY_ID_FIELD_NUMBER: _ClassVar[int]
    competency_id: str
    def __init__(self, competency_id: _Optional[str] = ...) -> None: ...

class ListCoursesResponse(_message.Message):
    __slots__ = ("courses",)
    COURSES_FIELD_NUMBER: _ClassVar[int]
    courses: _containers.RepeatedCompositeFieldContainer[Course]
    def __init__(self, courses: _Optional[_Iterable[_Union[Course, _Mapping]]] = ...) -> None: ...

class CompetencyGap(_message.Message):
    __slots__ = ("competency_id", "score")
    COMPETENCY_ID_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    competency_id: str
    score: float
    def __init__(self, competency_id: _Optional[str] = ..., score: _Optional[float] = ...) -> None: ...

class RecommendCoursesRequest(_message.Message):
    __slots__ = ("gaps", "max_courses")
    GAPS_FIELD_NUMBER: _ClassVar[int]
    MAX_COURSES_FIELD_NUMBER: _ClassVar[int]
    gaps: _containers.RepeatedCompositeFieldContainer[CompetencyGap]
    max_courses: int
    def __init__(self, gaps: _Optional[_Iterable[_Union[CompetencyGap, _Mapping]]] = ..., max_courses: _Optional[int] = ...) -> None: ...

class RecommendCoursesResponse(_message.Message):
    __slots__ = ("suggestions",)
    SUGGESTIONS_FIELD_NUMBER: _ClassVar[int]
    suggestions: _containers.RepeatedCompositeFieldContainer[_events_pb2.CourseSuggestion]
    def __init__(self, suggestions: _Optional[_Iterable[_Union[_events_pb2.CourseSuggestion, _Mapping]]] = ...) -> None: ...

class GetLearningPlanRequest(_message.Message):
    __slots__ = ("candidate_id",)
    CANDIDATE_ID_FIELD_NUMBER: _ClassVar[int]
    candidate_id: str
    def __init__(self, candidate_id: _Optional[str] = ...) -> None: ...

class LearningPlan(_message.Message):
    __slots__ = ("plan_id", "candidate_id", "courses", "source_report_id", "updated_at", "progress")
    PLAN_ID_FIELD_NUMBER: _ClassVar[int]
    CANDIDATE_ID_FIELD_NUMBER: _ClassVar[int]
    COURSES_FIELD_NUMBER: _ClassVar[int]
    SOURCE_REPORT_ID_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    plan_id: str
    candidate_id: str
    courses: _containers.RepeatedCompositeFieldContainer[_events_pb2.CourseSuggestion]
    source_report_id: str
    updated_at: _timestamp_pb2.Timestamp
    progress: _containers.RepeatedCompositeFieldContainer[_events_pb2.CourseProgress]
    def __init__(self, plan_id: _Optional[str] = ..., candidate_id: _Optional[str] = ..., courses: _Optional[_Iterable[_Union[_events_pb2.CourseSuggestion, _Mapping]]] = ..., source_report_id: _Optional[str] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., progress: _Optional[_Iterable[_Union[_events_pb2.CourseProgress, _Mapping]]] = ...) -> None: ...

class CreateCourseRequest(_message.Message):
    __slots__ = ("course_id", "title", "summary", "competency_ids", "url")
    COURSE_ID_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    COMPETENCY_IDS_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    course_id: str
    title: _common_pb2.LocalizedText
    summary: _common_pb2.LocalizedText
    competency_ids: _containers.RepeatedScalarFieldContainer[str]
    url: str
    def __init__(self, course_id: _Optional[str] = ..., title: _Optional[_Union[_common_pb2.LocalizedText, _Mapping]] = ..., summary: _Optional[_Union[_common_pb2.LocalizedText, _Mapping]] = ..., competency_ids: _Optional[_Iterable[str]] = ..., url: _Optional[str] = ...) -> None: ...

class RecordCourseProgressRequest(_message.Message):
    __slots__ = ("candidate_id", "course_id", "percent_complete")
    CANDIDATE_ID_FIELD_NUMBER: _ClassVar[int]
    COURSE_ID_FIELD_NUMBER: _ClassVar[int]
    PERCENT_COMPLETE_FIELD_NUMBER: _ClassVar[int]
    candidate_id: str
    course_id: str
    percent_complete: int
    def __init__(self, candidate_id: _Optional[str] = ..., course_id: _Optional[str] = ..., percent_complete: _Optional[int] = ...) -> None: ...

class GetInterviewGuideRequest(_message.Message):
    __slots__ = ("position_id", "language")
    POSITION_ID_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    position_id: str
    language: _common_pb2.Language
    def __init__(self, position_id: _Optional[str] = ..., language: _Optional[_Union[_common_pb2.Language, str]] = ...) -> None: ...

class GuideStep(_message.Message):
    __slots__ = ("title", "detail")
    TITLE_FIELD_NUMBER: _ClassVar[int]
    DETAIL_FIELD_NUMBER: _ClassVar[int]
    title: str
    detail: str
    def __init__(self, title: _Optional[str] = ..., detail: _Optional[str] = ...) -> None: ...

class StarExample(_message.Message):
    __slots__ = ("situation", "task", "action", "result")
    SITUATION_FIELD_NUMBER: _ClassVar[int]
    TASK_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    situation: str
    task: str
    action: str
    result: str
    def __init__(self, situation: _Optional[str] = ..., task: _Optional[str] = ..., action: _Optional[str] = ..., result: _Optional[str] = ...) -> None: ...

class GuideDimension(_message.Message):
    __slots__ = ("competency_id", "name", "weight_percent", "meaning", "strong_answer", "example")
    COMPETENCY_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    WEIGHT_PERCENT_FIELD_NUMBER: _ClassVar[int]
    MEANING_FIELD_NUMBER: _ClassVar[int]
    STRONG_ANSWER_FIELD_NUMBER: _ClassVar[int]
    EXAMPLE_FIELD_NUMBER: _ClassVar[int]
    competency_id: str
    name: str
    weight_percent: int
    meaning: str
    strong_answer: str
    example: StarExample
    def __init__(self, competency_id: _Optional[str] = ..., name: _Optional[str] = ..., weight_percent: _Optional[int] = ..., meaning: _Optional[str] = ..., strong_answer: _Optional[str] = ..., example: _Optional[_Union[StarExample, _Mapping]] = ...) -> None: ...

class GuideItem(_message.Message):
    __slots__ = ("item_id", "title", "detail")
    ITEM_ID_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    DETAIL_FIELD_NUMBER: _ClassVar[int]
    item_id: str
    title: str
    detail: str
    def __init__(self, item_id: _Optional[str] = ..., title: _Optional[str] = ..., detail: _Optional[str] = ...) -> None: ...

class InterviewGuide(_message.Message):
    __slots__ = ("position_id", "position_title", "language", "steps", "planned_questions", "expected_minutes", "hard_limit_minutes", "pausing_allowed", "timing_note", "dimensions", "star_method", "choices", "data_use")
    POSITION_ID_FIELD_NUMBER: _ClassVar[int]
    POSITION_TITLE_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    STEPS_FIELD_NUMBER: _ClassVar[int]
    PLANNED_QUESTIONS_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_MINUTES_FIELD_NUMBER: _ClassVar[int]
    HARD_LIMIT_MINUTES_FIELD_NUMBER: _ClassVar[int]
    PAUSING_ALLOWED_FIELD_NUMBER: _ClassVar[int]
    TIMING_NOTE_FIELD_NUMBER: _ClassVar[int]
    DIMENSIONS_FIELD_NUMBER: _ClassVar[int]
    STAR_METHOD_FIELD_NUMBER: _ClassVar[int]
    CHOICES_FIELD_NUMBER: _ClassVar[int]
    DATA_USE_FIELD_NUMBER: _ClassVar[int]
    position_id: str
    position_title: str
    language: _common_pb2.Language
    steps: _containers.RepeatedCompositeFieldContainer[GuideStep]
    planned_questions: int
    expected_minutes: int
    hard_limit_minutes: int
    pausing_allowed: bool
    timing_note: str
    dimensions: _containers.RepeatedCompositeFieldContainer[GuideDimension]
    star_method: str
    choices: _containers.RepeatedCompositeFieldContainer[GuideItem]
    data_use: _containers.RepeatedCompositeFieldContainer[GuideItem]
    def __init__(self, position_id: _Optional[str] = ..., position_title: _Optional[str] = ..., language: _Optional[_Union[_common_pb2.Language, str]] = ..., steps: _Optional[_Iterable[_Union[GuideStep, _Mapping]]] = ..., planned_questions: _Optional[int] = ..., expected_minutes: _Optional[int] = ..., hard_limit_minutes: _Optional[int] = ..., pausing_allowed: _Optional[bool] = ..., timing_note: _Optional[str] = ..., dimensions: _Optional[_Iterable[_Union[GuideDimension, _Mapping]]] = ..., star_method: _Optional[str] = ..., choices: _Optional[_Iterable[_Union[GuideItem, _Mapping]]] = ..., data_use: _Optional[_Iterable[_Union[GuideItem, _Mapping]]] = ...) -> None: ...

class RenderedGuide(_message.Message):
    __slots__ = ("content_type", "html")
    CONTENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    HTML_FIELD_NUMBER: _ClassVar[int]
    content_type: str
    html: str
    def __init__(self, content_type: _Optional[str] = ..., html: _Optional[str] = ...) -> None: ...

class StartMockInterviewRequest(_message.Message):
    __slots__ = ("candidate_id", "position_id", "language", "idempotency_key")
    CANDIDATE_ID_FIELD_NUMBER: _ClassVar[int]
    POSITION_ID_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    candidate_id: str
    position_id: str
    language: _common_pb2.Language
    idempotency_key: str
    def __init__(self, candidate_id: _Optional[str] = ..., position_id: _Optional[str] = ..., language: _Optional[_Union[_common_pb2.Language, str]] = ..., idempotency_key: _Optional[str] = ...) -> None: ...

class MockInterview(_message.Message):
    __slots__ = ("interview_id", "candidate_id", "position_id", "language", "attempt", "candidate_token", "started_at")
    INTERVIEW_ID_FIELD_NUMBER: _ClassVar[int]
    CANDIDATE_ID_FIELD_NUMBER: _ClassVar[int]
    POSITION_ID_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    ATTEMPT_FIELD_NUMBER: _ClassVar[int]
    CANDIDATE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    STARTED_AT_FIELD_NUMBER: _ClassVar[int]
    interview_id: str
    candidate_id: str
    position_id: str
    language: _common_pb2.Language
    attempt: int
    candidate_token: str
    started_at: _timestamp_pb2.Timestamp
    def __init__(self, interview_id: _Optional[str] = ..., candidate_id: _Optional[str] = ..., position_id: _Optional[str] = ..., language: _Optional[_Union[_common_pb2.Language, str]] = ..., attempt: _Optional[int] = ..., candidate_token: _Optional[str] = ..., started_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class GetPracticeProgressRequest(_message.Message):
    __slots__ = ("candidate_id",)
    CANDIDATE_ID_FIELD_NUMBER: _ClassVar[int]
    candidate_id: str
    def __init__(self, candidate_id: _Optional[str] = ...) -> None: ...

class CompetencyChange(_message.Message):
    __slots__ = ("competency_id", "previous_score", "latest_score", "change")
    COMPETENCY_ID_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_SCORE_FIELD_NUMBER: _ClassVar[int]
    LATEST_SCORE_FIELD_NUMBER: _ClassVar[int]
    CHANGE_FIELD_NUMBER: _ClassVar[int]
    competency_id: str
    previous_score: float
    latest_score: float
    change: float
    def __init__(self, competency_id: _Optional[str] = ..., previous_score: _Optional[float] = ..., latest_score: _Optional[float] = ..., change: _Optional[float] = ...) -> None: ...

class PracticeSession(_message.Message):
    __slots__ = ("interview_id", "report_id", "position_id", "overall_score", "competency_scores", "completed_at", "changes")
    INTERVIEW_ID_FIELD_NUMBER: _ClassVar[int]
    REPORT_ID_FIELD_NUMBER: _ClassVar[int]
    POSITION_ID_FIELD_NUMBER: _ClassVar[int]
    OVERALL_SCORE_FIELD_NUMBER: _ClassVar[int]
    COMPETENCY_SCORES_FIELD_NUMBER: _ClassVar[int]
    COMPLETED_AT_FIELD_NUMBER: _ClassVar[int]
    CHANGES_FIELD_NUMBER: _ClassVar[int]
    interview_id: str
    report_id: str
    position_id: str
    overall_score: float
    competency_scores: _containers.RepeatedCompositeFieldContainer[_common_pb2.CompetencyScore]
    completed_at: _timestamp_pb2.Timestamp
    changes: _containers.RepeatedCompositeFieldContainer[CompetencyChange]
    def __init__(self, interview_id: _Optional[str] = ..., report_id: _Optional[str] = ..., position_id: _Optional[str] = ..., overall_score: _Optional[float] = ..., competency_scores: _Optional[_Iterable[_Union[_common_pb2.CompetencyScore, _Mapping]]] = ..., completed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., changes: _Optional[_Iterable[_Union[CompetencyChange, _Mapping]]] = ...) -> None: ...

class PracticeProgress(_message.Message):
    __slots__ = ("candidate_id", "sessions")
    CANDIDATE_ID_FIELD_NUMBER: _ClassVar[int]
    SESSIONS_FIELD_NUMBER: _ClassVar[int]
    candidate_id: str
    sessions: _containers.RepeatedCompositeFieldContainer[PracticeSession]
    def __init__(self, candidate_id: _Optional[str] = ..., sessions: _Optional[_Iterable[_Union[PracticeSession, _Mapping]]] = ...) -> None: ...

class GetReadinessQuestionRequest(_message.Message):
    __slots__ = ("language",)
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    language: _common_pb2.Language
    def __init__(self, language: _Optional[_Union[_common_pb2.Language, str]] = ...) -> None: ...

class ReadinessQuestion(_message.Message):
    __slots__ = ("question_id", "text", "competency_ids", "language", "suggested_seconds")
    QUESTION_ID_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    COMPETENCY_IDS_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    SUGGESTED_SECONDS_FIELD_NUMBER: _ClassVar[int]
    question_id: str
    text: str
    competency_ids: _containers.RepeatedScalarFieldContainer[str]
    language: _common_pb2.Language
    suggested_seconds: int
    def __init__(self, question_id: _Optional[str] = ..., text: _Optional[str] = ..., competency_ids: _Optional[_Iterable[str]] = ..., language: _Optional[_Union[_common_pb2.Language, str]] = ..., suggested_seconds: _Optional[int] = ...) -> None: ...

class SubmitReadinessAnswerRequest(_message.Message):
    __slots__ = ("question_id", "answer_text", "language")
    QUESTION_ID_FIELD_NUMBER: _ClassVar[int]
    ANSWER_TEXT_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    question_id: str
    answer_text: str
    language: _common_pb2.Language
    def __init__(self, question_id: _Optional[str] = ..., answer_text: _Optional[str] = ..., language: _Optional[_Union[_common_pb2.Language, str]] = ...) -> None: ...

class ReadinessResult(_message.Message):
    __slots__ = ("ready", "message", "example_hint", "scores", "star_parts")
    READY_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    EXAMPLE_HINT_FIELD_NUMBER: _ClassVar[int]
    SCORES_FIELD_NUMBER: _ClassVar[int]
    STAR_PARTS_FIELD_NUMBER: _ClassVar[int]
    ready: bool
    message: str
    example_hint: str
    scores: _containers.RepeatedCompositeFieldContainer[_common_pb2.CompetencyScore]
    star_parts: _containers.RepeatedScalarFieldContainer[_common_pb2.StarPart]
    def __init__(self, ready: _Optional[bool] = ..., message: _Optional[str] = ..., example_hint: _Optional[str] = ..., scores: _Optional[_Iterable[_Union[_common_pb2.CompetencyScore, _Mapping]]] = ..., star_parts: _Optional[_Iterable[_Union[_common_pb2.StarPart, str]]] = ...) -> None: ...
