"""The other services' slices of a candidate's data, asked over their internal CandidateDataService."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Mapping, Sequence

import grpc
from wendu.core.data_export import CandidateRecords
from wendu.core.errors import Unavailable
from wendu.core.service_calls import ServiceChannel
from wendu.v1 import data_rights_pb2, data_rights_pb2_grpc

SLICE_TIMEOUT_SECONDS = 15.0


class GrpcCandidateDataSources:
    """Asks every service at once; any failure fails the export (it must be complete or nothing)."""

    def __init__(
        self, services: Mapping[str, ServiceChannel], *, timeout_seconds: float = SLICE_TIMEOUT_SECONDS
    ) -> None:
        self._services = dict(services)
        self._timeout = timeout_seconds

    async def export_candidate(
        self, tenant_id: str, candidate_id: str, interview_ids: Sequence[str]
    ) -> dict[str, CandidateRecords]:
        request = data_rights_pb2.ExportCandidateSliceRequest(candidate_id=candidate_id, interview_ids=interview_ids)
        names = sorted(self._services)
        slices = await asyncio.gather(*(self._slice(name, tenant_id, request) for name in names))
        return dict(zip(names, slices, strict=True))

    async def _slice(
        self, name: str, tenant_id: str, request: data_rights_pb2.ExportCandidateSliceRequest
    ) -> CandidateRecords:
        service = self._services[name]
        try:
            answer = await data_rights_pb2_grpc.CandidateDataServiceStub(service.channel).ExportCandidateSlice(
                request, metadata=service.metadata(tenant_id), timeout=self._timeout
            )
        except grpc.aio.AioRpcError as exc:
            raise Unavailable(f"{name} could not export its data: {exc.code().name}: {exc.details()}") from exc
        records: CandidateRecords = json.loads(answer.records_json)
        return records

    async def close_when_stopped(self, stop: asyncio.Event) -> None:
        await asyncio.gather(*(service.close_when_stopped(stop) for service in self._services.values()))
