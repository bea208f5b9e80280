"""Export of everything a service holds about a candidate (GDPR art. 15 access, art. 20 portability).

Profile answers ``ExportCandidateData``: it adds its own records to the slices it asks every other
service for over the internal ``CandidateDataService/ExportCandidateSlice`` RPC. Each service serves
that RPC with :class:`CandidateDataServicer` and its own :class:`CandidateDataStore`, which finds the
candidate's records by the same rule its erasure uses: what erasure would delete is what export
returns.

Records are plain JSON: datetimes in ISO 8601 (UTC), stored protobuf messages in their canonical JSON
mapping (the service passes a decoder per binary field), any other binary as base64.
"""

from __future__ import annotations

import asyncio
import base64
import inspect
import json
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, Protocol

import grpc
from google.protobuf import json_format
from google.protobuf.message import Message
from wendu.core.auth import Role, authorize
from wendu.core.errors import require
from wendu.core.grpc_server import GrpcService
from wendu.core.interceptors import current_principal
from wendu.v1 import data_rights_pb2, data_rights_pb2_grpc

# A collection's name -> the candidate's records in it.
CandidateRecords = dict[str, list[dict[str, Any]]]
# Turns a stored binary field into JSON-ready data (e.g. a serialized protobuf event).
BinaryDecoder = Callable[[bytes], Any]

EXPORT_FORMAT = "wendu.candidate-data-export/1"
SERVICE_FULL_NAME = data_rights_pb2.DESCRIPTOR.services_by_name["CandidateDataService"].full_name


class CandidateDataStore(Protocol):
    """A service's store of candidate data, read for an export (a synchronous store runs in a thread)."""

    def export_candidate(
        self, tenant_id: str, candidate_id: str, interview_ids: Sequence[str]
    ) -> CandidateRecords | Awaitable[CandidateRecords]: ...


def message_to_json(message: Message) -> dict[str, Any]:
    """A protobuf message in the canonical proto3 JSON mapping, field names as in the .proto."""
    return json_format.MessageToDict(message, preserving_proto_field_name=True)


def proto_decoder(message_type: type[Message]) -> BinaryDecoder:
    """A decoder of binary fields that hold a serialized ``message_type``."""
    return lambda raw: message_to_json(message_type.FromString(raw))


def jsonable(value: Any, decoders: Mapping[str, BinaryDecoder] | None = None, *, field: str = "") -> Any:
    """``value`` (a stored document, or part of one) as plain JSON data.

    A binary field named in ``decoders`` is decoded with it; any other binary becomes
    ``{"base64": ...}`` so nothing held is left out.
    """
    decoders = decoders or {}
    if isinstance(value, Mapping):
        return {str(k): jsonable(v, decoders, field=str(k)) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v, decoders, field=field) for v in value]
    if isinstance(value, bytes):
        decode = decoders.get(field)
        if decode is None:
            return {"base64": base64.b64encode(value).decode("ascii")}
        return jsonable(decode(bytes(value)))  # a decoded snapshot holds datetimes of its own
    if isinstance(value, datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        return aware.astimezone(UTC).isoformat()
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)  # ObjectId, Decimal128, enums: their text is what they mean


def raw_records(
    documents: Iterable[Mapping[str, Any]], decoders: Mapping[str, BinaryDecoder] | None = None
) -> list[dict[str, Any]]:
    """Stored documents (pymongo dicts) as JSON records; ``_id`` is kept, it is the record's key."""
    return [jsonable(document, decoders) for document in documents]


async def read_store(
    store: CandidateDataStore, tenant_id: str, candidate_id: str, interview_ids: Sequence[str]
) -> CandidateRecords:
    """Call ``store.export_candidate`` without blocking the event loop."""
    if inspect.iscoroutinefunction(store.export_candidate):
        return await store.export_candidate(tenant_id, candidate_id, interview_ids)
    result = await asyncio.to_thread(store.export_candidate, tenant_id, candidate_id, interview_ids)
    return await result if inspect.isawaitable(result) else result


class CandidateDataServicer(data_rights_pb2_grpc.CandidateDataServiceServicer):
    """The internal slice RPC: only another Wendu service (profile, on the candidate's request) may call."""

    def __init__(self, service_name: str, store: CandidateDataStore) -> None:
        self._service_name = service_name
        self._store = store

    async def ExportCandidateSlice(
        self, request: data_rights_pb2.ExportCandidateSliceRequest, context: grpc.aio.ServicerContext
    ) -> data_rights_pb2.CandidateDataSlice:
        principal = current_principal()
        authorize(principal, roles=(Role.SERVICE,))
        candidate_id = require(request.candidate_id, "candidate_id")
        records = await read_store(self._store, principal.tenant_id, candidate_id, list(request.interview_ids))
        return data_rights_pb2.CandidateDataSlice(
            service=self._service_name, records_json=json.dumps(records, ensure_ascii=False, sort_keys=True)
        )


def candidate_data_service(service_name: str, store: CandidateDataStore) -> GrpcService:
    """The slice RPC, ready to mount beside a service's own API (see each service's bootstrap)."""
    return GrpcService(
        full_name=SERVICE_FULL_NAME,
        servicer=CandidateDataServicer(service_name, store),
        add_to_server=data_rights_pb2_grpc.add_CandidateDataServiceServicer_to_server,
    )
