import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Language(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    LANGUAGE_UNSPECIFIED: _ClassVar[Language]
    LANGUAGE_ZH: _ClassVar[Language]
    LANGUAGE_EN: _ClassVar[Language]

class InterviewKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    INTERVIEW_KIND_UNSPECIFIED: _ClassVar[InterviewKind]
    INTERVIEW_KIND_SELECTION: _ClassVar[InterviewKind]
    INTERVIEW_KIND_PRACTICE: _ClassVar[InterviewKind]

class InterviewStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    INTERVIEW_STATUS_UNSPECIFIED: _ClassVar[InterviewStatus]
    INTERVIEW_STATUS_SCHEDULED: _ClassVar[InterviewStatus]
    INTERVIEW_STATUS_IN_PROGRESS: _ClassVar[InterviewStatus]
    INTERVIEW_STATUS_PAUSED: _ClassVar[InterviewStatus]
    INTERVIEW_STATUS_COMPLETED: _ClassVar[InterviewStatus]
    INTERVIEW_STATUS_ABANDONED: _ClassVar[InterviewStatus]
    INTERVIEW_STATUS_EXPIRED: _ClassVar[InterviewStatus]

class CandidateRequestKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CANDIDATE_REQUEST_KIND_UNSPECIFIED: _ClassVar[CandidateRequestKind]
    CANDIDATE_REQUEST_KIND_HUMAN_SCREEN: _ClassVar[CandidateRequestKind]
    CANDIDATE_REQUEST_KIND_HR_CHAT: _ClassVar[CandidateRequestKind]

class HintKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    HINT_KIND_UNSPECIFIED: _ClassVar[HintKind]
    HINT_KIND_RELATE: _ClassVar[HintKind]
    HINT_KIND_ADD_EXAMPLE: _ClassVar[HintKind]
    HINT_KIND_ADD_ACTION: _ClassVar[HintKind]
    HINT_KIND_ADD_RESULT: _ClassVar[HintKind]
    HINT_KIND_ADD_NUMBER: _ClassVar[HintKind]
    HINT_KIND_ENCOURAGE: _ClassVar[HintKind]

class StarPart(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    STAR_PART_UNSPECIFIED: _ClassVar[StarPart]
    STAR_PART_SITUATION: _ClassVar[StarPart]
    STAR_PART_TASK: _ClassVar[StarPart]
    STAR_PART_ACTION: _ClassVar[StarPart]
    STAR_PART_RESULT: _ClassVar[StarPart]
LANGUAGE_UNSPECIFIED: Language
LANGUAGE_ZH: Language
LANGUAGE_EN: Language
INTERVIEW_KIND_UNSPECIFIED: InterviewKind
INTERVIEW_KIND_SELECTION: InterviewKind
INTERVIEW_KIND_PRACTICE: InterviewKind
INTERVIEW_STATUS_UNSPECIFIED: InterviewStatus
INTERVIEW_STATUS_SCHEDULED: InterviewStatus
INTERVIEW_STATUS_IN_PROGRESS: InterviewStatus
INTERVIEW_STATUS_PAUSED: InterviewStatus
INTERVIEW_STATUS_COMPLETED: InterviewStatus
INTERVIEW_STATUS_ABANDONED: InterviewStatus
INTERVIEW_STATUS_EXPIRED: InterviewStatus
CANDIDATE_REQUEST_KIND_UNSPECIFIED: CandidateRequestKind
CANDIDATE_REQUEST_KIND_HUMAN_SCREEN: CandidateRequestKind
CANDIDATE_REQUEST_KIND_HR_CHAT: CandidateRequestKind
HINT_KIND_UNSPECIFIED: HintKind
HINT_KIND_RELATE: HintKind
HINT_KIND_ADD_EXAMPLE: HintKind
HINT_KIND_ADD_ACTION: HintKind
HINT_KIND_ADD_RESULT: HintKind
HINT_KIND_ADD_NUMBER: HintKind
HINT_KIND_ENCOURAGE: HintKind
STAR_PART_UNSPECIFIED: StarPart
STAR_PART_SITUATION: StarPart
STAR_PART_TASK: StarPart
STAR_PART_ACTION: StarPart
STAR_PART_RESULT: StarPart

class LocalizedText(_message.Message):
    __slots__ = ("zh", "en")
    ZH_FIELD_NUMBER: _ClassVar[int]
    EN_FIELD_NUMBER: _ClassVar[int]
    zh: str
    en: str
    def __init__(self, zh: _Optional[str] = ..., en: _Optional[str] = ...) -> None: ...

class CompetencyWeight(_message.Message):
    __slots__ = ("competency_id", "weight_percent")
    COMPETENCY_ID_FIELD_NUMBER: _ClassVar[int]
    WEIGHT_PERCENT_FIELD_NUMBER: _ClassVar[int]
    competency_id: str
    weight_percent: int
    def __init__(self, competency_id: _Optional[str] = ..., weight_percent: _Optional[int] = ...) -> None: ...

class EventMeta(_message.Message):
    __slots__ = ("event_id", "tenant_id", "occurred_at", "schema_version", "interview_id", "candidate_id", "request_id", "interview_kind")
    EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_VERSION_FIELD_NUMBER: _ClassVar[int]
    INTERVIEW_ID_FIELD_NUMBER: _ClassVar[int]
    CANDIDATE_ID_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    INTERVIEW_KIND_FIELD_NUMBER: _ClassVar[int]
    event_id: str
    tenant_id: str
    occurred_at: _timestamp_pb2.Timestamp
    schema_version: str
    interview_id: str
    candidate_id: str
    request_id: str
    interview_kind: InterviewKind
    def __init__(self, event_id: _Optional[str] = ..., tenant_id: _Optional[str] = ..., occurred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., schema_version: _Optional[str] = ..., interview_id: _Optional[str] = ..., candidate_id: _Optional[str] = ..., request_id: _Optional[str] = ..., interview_kind: _Optional[_Union[InterviewKind, str]] = ...) -> None: ...

class Evidence(_message.Message):
    __slots__ = ("quote", "start", "end", "competency_id")
    QUOTE_FIELD_NUMBER: _ClassVar[int]
    START_FIELD_NUMBER: _ClassVar[int]
    END_FIELD_NUMBER: _ClassVar[int]
    COMPETENCY_ID_FIELD_NUMBER: _ClassVar[int]
    quote: str
    start: int
    end: int
    competency_id: str
    def __init__(self, quote: _Optional[str] = ..., start: _Optional[int] = ..., end: _Optional[int] = ..., competency_id: _Optional[str] = ...) -> None: ...

class CompetencyScore(_message.Message):
    __slots__ = ("competency_id", "score", "level")
    COMPETENCY_ID_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    competency_id: str
    score: float
    level: int
    def __init__(self, competency_id: _Optional[str] = ..., score: _Optional[float] = ..., level: _Optional[int] = ...) -> None: ...

class ScorerInfo(_message.Message):
    __slots__ = ("name", "version", "rubric_version", "prompt_version")
    NAME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    RUBRIC_VERSION_FIELD_NUMBER: _ClassVar[int]
    PROMPT_VERSION_FIELD_NUMBER: _ClassVar[int]
    name: str
    version: str
    rubric_version: str
    prompt_version: str
    def __init__(self, name: _Optional[str] = ..., version: _Optional[str] = ..., rubric_version: _Optional[str] = ..., prompt_version: _Optional[str] = ...) -> None: ...
