"""``wendu events export``: the topic registry, reading --since, and decoding a record into a row."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest
from wendu.cli.events_export import ExportProblem, parse_since, payload_type, to_row
from wendu.core import codec, topics
from wendu.v1 import events_pb2


def test_each_topic_and_its_dead_letters_decode_with_the_registry_type():
    assert payload_type(topics.SCORE_READY) is events_pb2.ScoreReady
    assert payload_type(topics.dlq(topics.SCORE_READY)) is events_pb2.ScoreReady
    with pytest.raises(ExportProblem, match="known topics"):
        payload_type("scores")


def test_since_reads_dates_times_and_spans_back_from_now():
    now = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
    assert parse_since("24h", now) == now - timedelta(hours=24)
    assert parse_since("7d", now) == now - timedelta(days=7)
    assert parse_since("2026-12-01", now) == datetime(2026, 12, 1, tzinfo=UTC)
    assert parse_since("2026-12-01T08:00+08:00", now) == datetime(2026, 12, 1, 0, 0, tzinfo=UTC)
    with pytest.raises(ExportProblem, match="--since"):
        parse_since("last week", now)


def test_a_record_becomes_a_row_with_the_envelope_and_the_event_decoded():
    event = events_pb2.ReportGenerated(
        meta=codec.new_meta(events_pb2.ReportGenerated, tenant_id="acme", interview_id="iv-1", candidate_id="c-1"),
        overall_score=7.5,
    )
    record = SimpleNamespace(
        partition=3, offset=41, timestamp=1_765_000_000_000, key=b"iv-1", value=event.SerializeToString(), headers=[]
    )

    row = to_row(topics.REPORT_GENERATED, events_pb2.ReportGenerated, record)

    assert (row["tenant_id"], row["interview_id"], row["candidate_id"]) == ("acme", "iv-1", "c-1")
    assert row["event"]["overall_score"] == 7.5 and row["decode_error"] == ""
    assert row["timestamp"].startswith("2025-12-06")
