"""``wendu events export`` on the real broker: a topic since a time, to JSON Lines and Parquet, decoded.

The broker is shared, so each test publishes under its own tenant and keeps to its rows.
"""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime

import pyarrow.parquet as pq
import pytest
from support.kafka import started_publisher
from wendu.cli.events_export import ExportProblem, export_topic
from wendu.core import codec, topics
from wendu.core.bus import ensure_topics
from wendu.v1 import events_pb2

pytestmark = pytest.mark.integration


def profile_updated(tenant: str, candidate: str, reason: str) -> events_pb2.ProfileUpdated:
    return events_pb2.ProfileUpdated(
        meta=codec.new_meta(events_pb2.ProfileUpdated, tenant_id=tenant, candidate_id=candidate), reason=reason
    )


@pytest.fixture
async def published(infra, tenant) -> datetime:
    """One event before ``since`` (returned), three after it, and an undecodable one on the DLQ."""
    await ensure_topics(infra.kafka_bootstrap, [topics.PROFILE_UPDATED])
    async with started_publisher(infra.kafka_bootstrap, "events-export-it") as publisher:
        await publisher.publish(topics.PROFILE_UPDATED, profile_updated(tenant, "c-before", "created"), key="c-before")
        await asyncio.sleep(1.2)
        since = datetime.now(UTC)
        await asyncio.sleep(0.1)
        for index in range(3):
            candidate = f"c-{index}"
            await publisher.publish(
                topics.PROFILE_UPDATED, profile_updated(tenant, candidate, "created"), key=candidate
            )
        await publisher.publish_raw(
            topics.dlq(topics.PROFILE_UPDATED),
            b"\xff\xfe not protobuf",
            key=tenant.encode(),
            headers=[("dlq-reason", b"test")],
        )
    return since


def ours(rows: list[dict], tenant: str) -> list[dict]:
    return [row for row in rows if row["tenant_id"] == tenant]


async def test_a_topic_since_a_time_is_written_as_json_lines_with_the_events_decoded(
    infra, tenant, published, tmp_path
):
    path = tmp_path / "profile-updated.jsonl"

    stats = await asyncio.to_thread(
        export_topic, infra.kafka_bootstrap, topics.PROFILE_UPDATED, published, path, "jsonl"
    )

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert stats.records == len(rows)
    mine = ours(rows, tenant)
    assert sorted(row["candidate_id"] for row in mine) == ["c-0", "c-1", "c-2"]  # not c-before
    assert all(row["message_type"] == "wendu.v1.ProfileUpdated" for row in mine)
    assert all(row["event"]["reason"] == "created" and row["key"] == row["candidate_id"] for row in mine)
    assert all(datetime.fromisoformat(row["timestamp"]) >= published.replace(microsecond=0) for row in rows)


async def test_the_same_export_as_parquet_has_typed_columns(infra, tenant, published, tmp_path):
    path = tmp_path / "profile-updated.parquet"

    await asyncio.to_thread(export_topic, infra.kafka_bootstrap, topics.PROFILE_UPDATED, published, path, "parquet")

    table = pq.read_table(path)
    assert str(table.schema.field("timestamp").type) == "timestamp[ms, tz=UTC]"
    mine = ours(table.to_pylist(), tenant)
    assert sorted(row["candidate_id"] for row in mine) == ["c-0", "c-1", "c-2"]
    assert json.loads(mine[0]["event"])["meta"]["tenant_id"] == tenant


async def test_a_large_parquet_export_is_streamed_in_row_groups_of_the_batch_size(infra, tenant, tmp_path):
    """25 events exported with 10 rows per batch: every row is there, in row groups of at most 10
    (the writer held one batch at a time, never the whole export)."""
    await ensure_topics(infra.kafka_bootstrap, [topics.PROFILE_UPDATED])
    since = datetime.now(UTC)
    await asyncio.sleep(0.1)
    async with started_publisher(infra.kafka_bootstrap, "events-export-batches") as publisher:
        for index in range(25):
            candidate = f"c-{index:02d}"
            await publisher.publish(
                topics.PROFILE_UPDATED, profile_updated(tenant, candidate, "created"), key=candidate
            )
    path = tmp_path / "profile-updated.parquet"

    stats = await asyncio.to_thread(
        export_topic, infra.kafka_bootstrap, topics.PROFILE_UPDATED, since, path, "parquet", batch_rows=10
    )

    parquet = pq.ParquetFile(path)
    sizes = [parquet.metadata.row_group(i).num_rows for i in range(parquet.metadata.num_row_groups)]
    assert sum(sizes) == stats.records >= 25
    assert len(sizes) == -(-stats.records // 10) >= 3 and max(sizes) == 10
    mine = ours(parquet.read().to_pylist(), tenant)
    assert sorted(row["candidate_id"] for row in mine) == [f"c-{index:02d}" for index in range(25)]


async def test_a_dead_letter_topic_keeps_what_does_not_decode(infra, tenant, published, tmp_path):
    path = tmp_path / "dlq.jsonl"

    stats = await asyncio.to_thread(
        export_topic, infra.kafka_bootstrap, topics.dlq(topics.PROFILE_UPDATED), published, path, "jsonl"
    )

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    [bad] = [row for row in rows if row["key"] == tenant]
    assert bad["decode_error"] and bad["dlq_reason"] == "test" and bad["raw_base64"]
    assert stats.undecodable >= 1


def test_an_unknown_topic_is_refused_with_the_known_ones(tmp_path):
    with pytest.raises(ExportProblem, match="report-generated"):
        export_topic("127.0.0.1:1", "no-such-topic", datetime.now(UTC), tmp_path / "x.jsonl", "jsonl")
