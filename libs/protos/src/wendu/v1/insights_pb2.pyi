import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from wendu.v1 import accountability_pb2 as _accountability_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class GetImpactRatiosRequest(_message.Message):
    __slots__ = ("position_id", "measure")
    POSITION_ID_FIELD_NUMBER: _ClassVar[int]
    MEASURE_FIELD_NUMBER: _ClassVar[int]
    position_id: str
    measure: _accountability_pb2.OutcomeMeasure
    def __init__(self, position_id: _Optional[str] = ..., measure: _Optional[_Union[_accountability_pb2.OutcomeMeasure, str]] = ...) -> None: ...

class GetImpactRatiosResponse(_message.Message):
    __slots__ = ("snapshots",)
    SNAPSHOTS_FIELD_NUMBER: _ClassVar[int]
    snapshots: _containers.RepeatedCompositeFieldContainer[_accountability_pb2.FairnessSnapshot]
    def __init__(self, snapshots: _Optional[_Iterable[_Union[_accountability_pb2.FairnessSnapshot, _Mapping]]] = ...) -> None: ...

class RecordDecisionRequest(_message.Message):
    __slots__ = ("candidate_id", "position_id", "interview_id", "outcome", "reason", "decision_id")
    CANDIDATE_ID_FIELD_NUMBER: _ClassVar[int]
    POSITION_ID_FIELD_NUMBER: _ClassVar[int]
    INTERVIEW_ID_FIELD_NUMBER: _ClassVar[int]
    OUTCOME_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    DECISION_ID_FIELD_NUMBER: _ClassVar[int]
    candidate_id: str
    position_id: str
    interview_id: str
    outcome: _accountability_pb2.HiringOutcome
    reason: str
    decision_id: str
    def __init__(self, candidate_id: _Optional[str] = ..., position_id: _Optional[str] = ..., interview_id: _Optional[str] = ..., outcome: _Optional[_Union[_accountability_pb2.HiringOutcome, str]] = ..., reason: _Optional[str] = ..., decision_id: _Optional[str] = ...) -> None: ...

class RecordDecisionResponse(_message.Message):
    __slots__ = ("decision_id", "decided_at", "changed")
    DECISION_ID_FIELD_NUMBER: _ClassVar[int]
    DECIDED_AT_FIELD_NUMBER: _ClassVar[int]
    CHANGED_FIELD_NUMBER: _ClassVar[int]
    decision_id: str
    decided_at: _timestamp_pb2.Timestamp
    changed: bool
    def __init__(self, decision_id: _Optional[str] = ..., decided_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., changed: _Optional[bool] = ...) -> None: ...

class ExportAuditTrailRequest(_message.Message):
    __slots__ = ("interview_id", "candidate_id")
    INTERVIEW_ID_FIELD_NUMBER: _ClassVar[int]
    CANDIDATE_ID_FIELD_NUMBER: _ClassVar[int]
    interview_id: str
    candidate_id: str
    def __init__(self, interview_id: _Optional[str] = ..., candidate_id: _Optional[str] = ...) -> None: ...

class ExportAuditTrailResponse(_message.Message):
    __slots__ = ("interview_id", "records", "candidate_id")
    INTERVIEW_ID_FIELD_NUMBER: _ClassVar[int]
    RECORDS_FIELD_NUMBER: _ClassVar[int]
    CANDIDATE_ID_FIELD_NUMBER: _ClassVar[int]
    interview_id: str
    records: _containers.RepeatedCompositeFieldContainer[_accountability_pb2.DecisionAuditRecord]
    candidate_id: str
    def __init__(self, interview_id: _Optional[str] = ..., records: _Optional[_Iterable[_Union[_accountability_pb2.DecisionAuditRecord, _Mapping]]] = ..., candidate_id: _Optional[str] = ...) -> None: ...
