import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from wendu.v1 import common_pb2 as _common_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ScoreAnswerRequest(_message.Message):
    __slots__ = ("question_text", "competency_ids", "answer_text", "language")
    QUESTION_TEXT_FIELD_NUMBER: _ClassVar[int]
    COMPETENCY_IDS_FIELD_NUMBER: _ClassVar[int]
    ANSWER_TEXT_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    question_text: str
    competency_ids: _containers.RepeatedScalarFieldContainer[str]
    answer_text: str
    language: _common_pb2.Language
    def __init__(self, question_text: _Optional[str] = ..., competency_ids: _Optional[_Iterable[str]] = ..., answer_text: _Optional[str] = ..., language: _Optional[_Union[_common_pb2.Language, str]] = ...) -> None: ...

class AnswerScore(_message.Message):
    __slots__ = ("answer_id", "interview_id", "question_id", "scores", "evidence", "star_parts", "specificity", "relevance", "rationale", "scorer", "injection_suspected", "revision", "scored_at", "needs_human_review", "review_reasons", "scorer_model", "scorer_panel_size", "off_topic")
    ANSWER_ID_FIELD_NUMBER: _ClassVar[int]
    INTERVIEW_ID_FIELD_NUMBER: _ClassVar[int]
    QUESTION_ID_FIELD_NUMBER: _ClassVar[int]
    SCORES_FIELD_NUMBER: _ClassVar[int]
    EVIDENCE_FIELD_NUMBER: _ClassVar[int]
    STAR_PARTS_FIELD_NUMBER: _ClassVar[int]
    SPECIFICITY_FIELD_NUMBER: _ClassVar[int]
    RELEVANCE_FIELD_NUMBER: _ClassVar[int]
    RATIONALE_FIELD_NUMBER: _ClassVar[int]
    SCORER_FIELD_NUMBER: _ClassVar[int]
    INJECTION_SUSPECTED_FIELD_NUMBER: _ClassVar[int]
    REVISION_FIELD_NUMBER: _ClassVar[int]
    SCORED_AT_FIELD_NUMBER: _ClassVar[int]
    NEEDS_HUMAN_REVIEW_FIELD_NUMBER: _ClassVar[int]
    REVIEW_REASONS_FIELD_NUMBER: _ClassVar[int]
    SCORER_MODEL_FIELD_NUMBER: _ClassVar[int]
    SCORER_PANEL_SIZE_FIELD_NUMBER: _ClassVar[int]
    OFF_TOPIC_FIELD_NUMBER: _ClassVar[int]
    answer_id: str
    interview_id: str
    question_id: str
    scores: _containers.RepeatedCompositeFieldContainer[_common_pb2.CompetencyScore]
    evidence: _containers.RepeatedCompositeFieldContainer[_common_pb2.Evidence]
    star_parts: _containers.RepeatedScalarFieldContainer[_common_pb2.StarPart]
    specificity: float
    relevance: float
    rationale: str
    scorer: _common_pb2.ScorerInfo
    injection_suspected: bool
    revision: int
    scored_at: _timestamp_pb2.Timestamp
    needs_human_review: bool
    review_reasons: _containers.RepeatedScalarFieldContainer[str]
    scorer_model: str
    scorer_panel_size: int
    off_topic: bool
    def __init__(self, answer_id: _Optional[str] = ..., interview_id: _Optional[str] = ..., question_id: _Optional[str] = ..., scores: _Optional[_Iterable[_Union[_common_pb2.CompetencyScore, _Mapping]]] = ..., evidence: _Optional[_Iterable[_Union[_common_pb2.Evidence, _Mapping]]] = ..., star_parts: _Optional[_Iterable[_Union[_common_pb2.StarPart, str]]] = ..., specificity: _Optional[float] = ..., relevance: _Optional[float] = ..., rationale: _Optional[str] = ..., scorer: _Optional[_Union[_common_pb2.ScorerInfo, _Mapping]] = ..., injection_suspected: _Optional[bool] = ..., revision: _Optional[int] = ..., scored_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., needs_human_review: _Optional[bool] = ..., review_reasons: _Optional[_Iterable[str]] = ..., scorer_model: _Optional[str] = ..., scorer_panel_size: _Optional[int] = ..., off_topic: _Optional[bool] = ...) -> None: ...

class ListScoresRequest(_message.Message):
    __slots__ = ("interview_id",)
    INTERVIEW_ID_FIELD_NUMBER: _ClassVar[int]
    interview_id: str
    def __init__(self, interview_id: _Optional[str] = ...) -> None: ...

class ListScoresResponse(_message.Message):
    __slots__ = ("scores",)
    SCORES_FIELD_NUMBER: _ClassVar[int]
    scores: _containers.RepeatedCompositeFieldContainer[AnswerScore]
    def __init__(self, scores: _Optional[_Iterable[_Union[AnswerScore, _Mapping]]] = ...) -> None: ...
