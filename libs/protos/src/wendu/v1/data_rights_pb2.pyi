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

class ImportRowOutcome(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    IMPORT_ROW_OUTCOME_UNSPECIFIED: _ClassVar[ImportRowOutcome]
    IMPORT_ROW_OUTCOME_CREATED: _ClassVar[ImportRowOutcome]
    IMPORT_ROW_OUTCOME_UNCHANGED: _ClassVar[ImportRowOutcome]
    IMPORT_ROW_OUTCOME_INVALID: _ClassVar[ImportRowOutcome]
IMPORT_ROW_OUTCOME_UNSPECIFIED: ImportRowOutcome
IMPORT_ROW_OUTCOME_CREATED: ImportRowOutcome
IMPORT_ROW_OUTCOME_UNCHANGED: ImportRowOutcome
IMPORT_ROW_OUTCOME_INVALID: ImportRowOutcome

class ExportCandidateSliceRequest(_message.Message):
    __slots__ = ("candidate_id", "interview_ids")
    CANDIDATE_ID_FIELD_NUMBER: _ClassVar[int]
    INTERVIEW_IDS_FIELD_NUMBER: _ClassVar[int]
    candidate_id: str
    interview_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, candidate_id: _Optional[str] = ..., interview_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class CandidateDataSlice(_message.Message):
    __slots__ = ("service", "records_json")
    SERVICE_FIELD_NUMBER: _ClassVar[int]
    RECORDS_JSON_FIELD_NUMBER: _ClassVar[int]
    service: str
    records_json: str
    def __init__(self, service: _Optional[str] = ..., records_json: _Optional[str] = ...) -> None: ...

class ExportCandidateDataRequest(_message.Message):
    __slots__ = ("candidate_id",)
    CANDIDATE_ID_FIELD_NUMBER: _ClassVar[int]
    candidate_id: str
    def __init__(self, candidate_id: _Optional[str] = ...) -> None: ...

class CandidateDataExport(_message.Message):
    __slots__ = ("candidate_id", "generated_at", "document_json", "summary")
    CANDIDATE_ID_FIELD_NUMBER: _ClassVar[int]
    GENERATED_AT_FIELD_NUMBER: _ClassVar[int]
    DOCUMENT_JSON_FIELD_NUMBER: _ClassVar[int]
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    candidate_id: str
    generated_at: _timestamp_pb2.Timestamp
    document_json: str
    summary: _common_pb2.LocalizedText
    def __init__(self, candidate_id: _Optional[str] = ..., generated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., document_json: _Optional[str] = ..., summary: _Optional[_Union[_common_pb2.LocalizedText, _Mapping]] = ...) -> None: ...

class ImportOptions(_message.Message):
    __slots__ = ("dry_run",)
    DRY_RUN_FIELD_NUMBER: _ClassVar[int]
    dry_run: bool
    def __init__(self, dry_run: _Optional[bool] = ...) -> None: ...

class ImportRowProblem(_message.Message):
    __slots__ = ("line", "external_id", "field", "message")
    LINE_FIELD_NUMBER: _ClassVar[int]
    EXTERNAL_ID_FIELD_NUMBER: _ClassVar[int]
    FIELD_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    line: int
    external_id: str
    field: str
    message: _common_pb2.LocalizedText
    def __init__(self, line: _Optional[int] = ..., external_id: _Optional[str] = ..., field: _Optional[str] = ..., message: _Optional[_Union[_common_pb2.LocalizedText, _Mapping]] = ...) -> None: ...

class ImportedRow(_message.Message):
    __slots__ = ("line", "external_id", "outcome", "id")
    LINE_FIELD_NUMBER: _ClassVar[int]
    EXTERNAL_ID_FIELD_NUMBER: _ClassVar[int]
    OUTCOME_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    line: int
    external_id: str
    outcome: ImportRowOutcome
    id: str
    def __init__(self, line: _Optional[int] = ..., external_id: _Optional[str] = ..., outcome: _Optional[_Union[ImportRowOutcome, str]] = ..., id: _Optional[str] = ...) -> None: ...

class ImportReport(_message.Message):
    __slots__ = ("dry_run", "rows", "created", "unchanged", "invalid", "results", "problems")
    DRY_RUN_FIELD_NUMBER: _ClassVar[int]
    ROWS_FIELD_NUMBER: _ClassVar[int]
    CREATED_FIELD_NUMBER: _ClassVar[int]
    UNCHANGED_FIELD_NUMBER: _ClassVar[int]
    INVALID_FIELD_NUMBER: _ClassVar[int]
    RESULTS_FIELD_NUMBER: _ClassVar[int]
    PROBLEMS_FIELD_NUMBER: _ClassVar[int]
    dry_run: bool
    rows: int
    created: int
    unchanged: int
    invalid: int
    results: _containers.RepeatedCompositeFieldContainer[ImportedRow]
    problems: _containers.RepeatedCompositeFieldContainer[ImportRowProblem]
    def __init__(self, dry_run: _Optional[bool] = ..., rows: _Optional[int] = ..., created: _Optional[int] = ..., unchanged: _Optional[int] = ..., invalid: _Optional[int] = ..., results: _Optional[_Iterable[_Union[ImportedRow, _Mapping]]] = ..., problems: _Optional[_Iterable[_Union[ImportRowProblem, _Mapping]]] = ...) -> None: ...
