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
    __slots__ = ("plan_id", "candidate_id", "courses", "source_report_id", "updated_at")
    PLAN_ID_FIELD_NUMBER: _ClassVar[int]
    CANDIDATE_ID_FIELD_NUMBER: _ClassVar[int]
    COURSES_FIELD_NUMBER: _ClassVar[int]
    SOURCE_REPORT_ID_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    plan_id: str
    candidate_id: str
    courses: _containers.RepeatedCompositeFieldContainer[_events_pb2.CourseSuggestion]
    source_report_id: str
    updated_at: _timestamp_pb2.Timestamp
    def __init__(self, plan_id: _Optional[str] = ..., candidate_id: _Optional[str] = ..., courses: _Optional[_Iterable[_Union[_events_pb2.CourseSuggestion, _Mapping]]] = ..., source_report_id: _Optional[str] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...
