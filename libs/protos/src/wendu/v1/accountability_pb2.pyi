import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from wendu.v1 import common_pb2 as _common_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Sex(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SEX_UNSPECIFIED: _ClassVar[Sex]
    SEX_MALE: _ClassVar[Sex]
    SEX_FEMALE: _ClassVar[Sex]

class RaceEthnicity(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    RACE_ETHNICITY_UNSPECIFIED: _ClassVar[RaceEthnicity]
    RACE_ETHNICITY_HISPANIC_OR_LATINO: _ClassVar[RaceEthnicity]
    RACE_ETHNICITY_WHITE: _ClassVar[RaceEthnicity]
    RACE_ETHNICITY_BLACK_OR_AFRICAN_AMERICAN: _ClassVar[RaceEthnicity]
    RACE_ETHNICITY_NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER: _ClassVar[RaceEthnicity]
    RACE_ETHNICITY_ASIAN: _ClassVar[RaceEthnicity]
    RACE_ETHNICITY_NATIVE_AMERICAN_OR_ALASKA_NATIVE: _ClassVar[RaceEthnicity]
    RACE_ETHNICITY_TWO_OR_MORE_RACES: _ClassVar[RaceEthnicity]

class HiringOutcome(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    HIRING_OUTCOME_UNSPECIFIED: _ClassVar[HiringOutcome]
    HIRING_OUTCOME_ADVANCED: _ClassVar[HiringOutcome]
    HIRING_OUTCOME_REJECTED: _ClassVar[HiringOutcome]

class OutcomeMeasure(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    OUTCOME_MEASURE_UNSPECIFIED: _ClassVar[OutcomeMeasure]
    OUTCOME_MEASURE_SCORING_RATE: _ClassVar[OutcomeMeasure]
    OUTCOME_MEASURE_SELECTION_RATE: _ClassVar[OutcomeMeasure]

class AuditDecisionKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    AUDIT_DECISION_KIND_UNSPECIFIED: _ClassVar[AuditDecisionKind]
    AUDIT_DECISION_KIND_SCORE: _ClassVar[AuditDecisionKind]
    AUDIT_DECISION_KIND_HINT: _ClassVar[AuditDecisionKind]
    AUDIT_DECISION_KIND_FOLLOW_UP: _ClassVar[AuditDecisionKind]
    AUDIT_DECISION_KIND_ROUTED_TO_HUMAN: _ClassVar[AuditDecisionKind]
    AUDIT_DECISION_KIND_REPORT: _ClassVar[AuditDecisionKind]
    AUDIT_DECISION_KIND_HUMAN_OVERRIDE: _ClassVar[AuditDecisionKind]
    AUDIT_DECISION_KIND_HIRING_DECISION: _ClassVar[AuditDecisionKind]
    AUDIT_DECISION_KIND_DATA_ACCESS: _ClassVar[AuditDecisionKind]
SEX_UNSPECIFIED: Sex
SEX_MALE: Sex
SEX_FEMALE: Sex
RACE_ETHNICITY_UNSPECIFIED: RaceEthnicity
RACE_ETHNICITY_HISPANIC_OR_LATINO: RaceEthnicity
RACE_ETHNICITY_WHITE: RaceEthnicity
RACE_ETHNICITY_BLACK_OR_AFRICAN_AMERICAN: RaceEthnicity
RACE_ETHNICITY_NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER: RaceEthnicity
RACE_ETHNICITY_ASIAN: RaceEthnicity
RACE_ETHNICITY_NATIVE_AMERICAN_OR_ALASKA_NATIVE: RaceEthnicity
RACE_ETHNICITY_TWO_OR_MORE_RACES: RaceEthnicity
HIRING_OUTCOME_UNSPECIFIED: HiringOutcome
HIRING_OUTCOME_ADVANCED: HiringOutcome
HIRING_OUTCOME_REJECTED: HiringOutcome
OUTCOME_MEASURE_UNSPECIFIED: OutcomeMeasure
OUTCOME_MEASURE_SCORING_RATE: OutcomeMeasure
OUTCOME_MEASURE_SELECTION_RATE: OutcomeMeasure
AUDIT_DECISION_KIND_UNSPECIFIED: AuditDecisionKind
AUDIT_DECISION_KIND_SCORE: AuditDecisionKind
AUDIT_DECISION_KIND_HINT: AuditDecisionKind
AUDIT_DECISION_KIND_FOLLOW_UP: AuditDecisionKind
AUDIT_DECISION_KIND_ROUTED_TO_HUMAN: AuditDecisionKind
AUDIT_DECISION_KIND_REPORT: AuditDecisionKind
AUDIT_DECISION_KIND_HUMAN_OVERRIDE: AuditDecisionKind
AUDIT_DECISION_KIND_HIRING_DECISION: AuditDecisionKind
AUDIT_DECISION_KIND_DATA_ACCESS: AuditDecisionKind

class SelfIdentificationRecorded(_message.Message):
    __slots__ = ("meta", "sex", "race_ethnicity", "declined", "withdrawn")
    META_FIELD_NUMBER: _ClassVar[int]
    SEX_FIELD_NUMBER: _ClassVar[int]
    RACE_ETHNICITY_FIELD_NUMBER: _ClassVar[int]
    DECLINED_FIELD_NUMBER: _ClassVar[int]
    WITHDRAWN_FIELD_NUMBER: _ClassVar[int]
    meta: _common_pb2.EventMeta
    sex: Sex
    race_ethnicity: RaceEthnicity
    declined: bool
    withdrawn: bool
    def __init__(self, meta: _Optional[_Union[_common_pb2.EventMeta, _Mapping]] = ..., sex: _Optional[_Union[Sex, str]] = ..., race_ethnicity: _Optional[_Union[RaceEthnicity, str]] = ..., declined: _Optional[bool] = ..., withdrawn: _Optional[bool] = ...) -> None: ...

class HiringDecisionRecorded(_message.Message):
    __slots__ = ("meta", "position_id", "outcome", "decided_by", "reason", "decided_at")
    META_FIELD_NUMBER: _ClassVar[int]
    POSITION_ID_FIELD_NUMBER: _ClassVar[int]
    OUTCOME_FIELD_NUMBER: _ClassVar[int]
    DECIDED_BY_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    DECIDED_AT_FIELD_NUMBER: _ClassVar[int]
    meta: _common_pb2.EventMeta
    position_id: str
    outcome: HiringOutcome
    decided_by: str
    reason: str
    decided_at: _timestamp_pb2.Timestamp
    def __init__(self, meta: _Optional[_Union[_common_pb2.EventMeta, _Mapping]] = ..., position_id: _Optional[str] = ..., outcome: _Optional[_Union[HiringOutcome, str]] = ..., decided_by: _Optional[str] = ..., reason: _Optional[str] = ..., decided_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CategoryImpact(_message.Message):
    __slots__ = ("dimension", "category", "candidates", "positives", "rate", "impact_ratio", "adverse")
    DIMENSION_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    CANDIDATES_FIELD_NUMBER: _ClassVar[int]
    POSITIVES_FIELD_NUMBER: _ClassVar[int]
    RATE_FIELD_NUMBER: _ClassVar[int]
    IMPACT_RATIO_FIELD_NUMBER: _ClassVar[int]
    ADVERSE_FIELD_NUMBER: _ClassVar[int]
    dimension: str
    category: str
    candidates: int
    positives: int
    rate: float
    impact_ratio: float
    adverse: bool
    def __init__(self, dimension: _Optional[str] = ..., category: _Optional[str] = ..., candidates: _Optional[int] = ..., positives: _Optional[int] = ..., rate: _Optional[float] = ..., impact_ratio: _Optional[float] = ..., adverse: _Optional[bool] = ...) -> None: ...

class FairnessSnapshot(_message.Message):
    __slots__ = ("meta", "position_id", "measure", "window_start", "window_end", "median_score", "candidates", "categories")
    META_FIELD_NUMBER: _ClassVar[int]
    POSITION_ID_FIELD_NUMBER: _ClassVar[int]
    MEASURE_FIELD_NUMBER: _ClassVar[int]
    WINDOW_START_FIELD_NUMBER: _ClassVar[int]
    WINDOW_END_FIELD_NUMBER: _ClassVar[int]
    MEDIAN_SCORE_FIELD_NUMBER: _ClassVar[int]
    CANDIDATES_FIELD_NUMBER: _ClassVar[int]
    CATEGORIES_FIELD_NUMBER: _ClassVar[int]
    meta: _common_pb2.EventMeta
    position_id: str
    measure: OutcomeMeasure
    window_start: _timestamp_pb2.Timestamp
    window_end: _timestamp_pb2.Timestamp
    median_score: float
    candidates: int
    categories: _containers.RepeatedCompositeFieldContainer[CategoryImpact]
    def __init__(self, meta: _Optional[_Union[_common_pb2.EventMeta, _Mapping]] = ..., position_id: _Optional[str] = ..., measure: _Optional[_Union[OutcomeMeasure, str]] = ..., window_start: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., window_end: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., median_score: _Optional[float] = ..., candidates: _Optional[int] = ..., categories: _Optional[_Iterable[_Union[CategoryImpact, _Mapping]]] = ...) -> None: ...

class DecisionAuditRecord(_message.Message):
    __slots__ = ("meta", "kind", "decided_by", "answer_id", "decision", "scorer_version", "rubric_version", "prompt_version", "model_name", "input_sha256", "actor", "reason", "overrides_record_id", "position_id", "actor_roles")
    META_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    DECIDED_BY_FIELD_NUMBER: _ClassVar[int]
    ANSWER_ID_FIELD_NUMBER: _ClassVar[int]
    DECISION_FIELD_NUMBER: _ClassVar[int]
    SCORER_VERSION_FIELD_NUMBER: _ClassVar[int]
    RUBRIC_VERSION_FIELD_NUMBER: _ClassVar[int]
    PROMPT_VERSION_FIELD_NUMBER: _ClassVar[int]
    MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    INPUT_SHA256_FIELD_NUMBER: _ClassVar[int]
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    OVERRIDES_RECORD_ID_FIELD_NUMBER: _ClassVar[int]
    POSITION_ID_FIELD_NUMBER: _ClassVar[int]
    ACTOR_ROLES_FIELD_NUMBER: _ClassVar[int]
    meta: _common_pb2.EventMeta
    kind: AuditDecisionKind
    decided_by: str
    answer_id: str
    decision: str
    scorer_version: str
    rubric_version: str
    prompt_version: str
    model_name: str
    input_sha256: str
    actor: str
    reason: str
    overrides_record_id: str
    position_id: str
    actor_roles: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, meta: _Optional[_Union[_common_pb2.EventMeta, _Mapping]] = ..., kind: _Optional[_Union[AuditDecisionKind, str]] = ..., decided_by: _Optional[str] = ..., answer_id: _Optional[str] = ..., decision: _Optional[str] = ..., scorer_version: _Optional[str] = ..., rubric_version: _Optional[str] = ..., prompt_version: _Optional[str] = ..., model_name: _Optional[str] = ..., input_sha256: _Optional[str] = ..., actor: _Optional[str] = ..., reason: _Optional[str] = ..., overrides_record_id: _Optional[str] = ..., position_id: _Optional[str] = ..., actor_roles: _Optional[_Iterable[str]] = ...) -> None: ...
