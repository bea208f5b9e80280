"""Walks the per-RPC field-limit table of docs/api.md against the running platform: every row's
violation gets its status, with the field named first in the message."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, NamedTuple

import grpc
import pytest
from google.protobuf import json_format, message_factory
from google.protobuf.message import Message
from wendu.core.auth import bearer_metadata
from wendu.v1 import feedback_pb2, profile_pb2, question_gen_pb2, scoring_pb2, training_pb2  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
SERVICES = {
    "profile": "wendu.v1.ProfileService",
    "question-gen": "wendu.v1.InterviewService",
    "scoring": "wendu.v1.ScoringService",
    "feedback": "wendu.v1.FeedbackService",
    "training": "wendu.v1.TrainingService",
}
POSITION_SERVICE = "wendu.v1.PositionService"


class Limit(NamedTuple):
    service: str
    rpc: str
    field: str
    limit: str
    status: str
    other_fields: dict[str, Any]


def limits_table() -> list[Limit]:
    text = (ROOT / "docs" / "api.md").read_text()
    table = text.split("<!-- field-limits:start -->")[1].split("<!-- field-limits:end -->")[0]
    rows = []
    for line in table.strip().splitlines()[2:]:
        cells = [cell.strip().strip("`") for cell in line.strip().strip("|").split("|")]
        rows.append(Limit(cells[0], cells[1], cells[2], cells[3], cells[4], json.loads(cells[5])))
    return rows


def violating_value(limit: str) -> str | bytes:
    if match := re.fullmatch(r"≤ (\d+) characters", limit):
        return "x" * (int(match.group(1)) + 1)
    if match := re.fullmatch(r"≤ (\d+) MiB", limit):
        return b"x" * (int(match.group(1)) * 1024 * 1024 + 1)
    return {"no NUL": "Ada\x00", "no bidi controls": "Ada\u202egnp.exe", "visible characters": "\u200b\u200b"}[limit]


def request_for(row: Limit) -> tuple[str, Message]:
    """The full method path and the request breaking the row's limit."""
    from google.protobuf import descriptor_pool

    pool = descriptor_pool.Default()
    service = pool.FindServiceByName(SERVICES[row.service])
    method = service.methods_by_name.get(row.rpc)
    if method is None:  # question-gen serves two services
        service = pool.FindServiceByName(POSITION_SERVICE)
        method = service.methods_by_name[row.rpc]
    request = json_format.ParseDict(row.other_fields, message_factory.GetMessageClass(method.input_type)())
    setattr(request, row.field, violating_value(row.limit))
    return f"/{service.full_name}/{row.rpc}", request


@pytest.mark.parametrize("row", limits_table(), ids=lambda row: f"{row.rpc}.{row.field}:{row.limit}")
async def test_every_field_limit_in_the_table_holds(platform, tenant_key, row: Limit) -> None:
    path, request = request_for(row)
    async with grpc.aio.insecure_channel(platform.addresses[row.service]) as channel:
        call = channel.unary_unary(
            path, request_serializer=lambda m: m.SerializeToString(), response_deserializer=lambda b: b
        )
        with pytest.raises(grpc.aio.AioRpcError) as refused:
            await call(request, metadata=bearer_metadata(tenant_key), timeout=30)
    assert refused.value.code().name == row.status, refused.value.details()
    assert (refused.value.details() or "").startswith(f"{row.field}"), refused.value.details()
