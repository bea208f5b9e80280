"""``wendu events export``: the topic registry, reading --since, and decoding a record into a row."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest
from wendu.cli.events_export import (
    PARQUET_BATCH_ROWS,
    ExportProblem,
    parse_since,
    payload_type,
    to_row,
    write_parquet,
)
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


def _rows(count: int, *, pulled: list[int] | None = None):
    """``count`` rows as read_topic yields them, each ~600 bytes of event; ``pulled`` counts the reads."""
    event = events_pb2.ReportGenerated(
        meta=codec.new_meta(events_pb2.ReportGenerated, tenant_id="acme", interview_id="iv", candidate_id="c"),
        overall_score=7.5,
        question_texts=["Tell me about a time you led a team through a deadline change." * 8],
    )
    for offset in range(count):
        record = SimpleNamespace(
            partition=0,
            offset=offset,
            timestamp=1_765_000_000_000,
            key=b"iv",
            value=event.SerializeToString(),
            headers=[],
        )
        if pulled is not None:
            pulled.append(offset)
        yield to_row(topics.REPORT_GENERATED, events_pb2.ReportGenerated, record)


def test_parquet_is_written_in_row_groups_of_the_batch_size_with_every_row(tmp_path):
    import pyarrow.parquet as pq

    path = tmp_path / "reports.parquet"
    assert write_parquet(_rows(25), path, batch_rows=10) == (25, 0)

    parquet = pq.ParquetFile(path)
    assert parquet.metadata.num_row_groups == 3
    assert [parquet.metadata.row_group(i).num_rows for i in range(3)] == [10, 10, 5]
    table = parquet.read()
    assert table.column("offset").to_pylist() == list(range(25))
    assert str(table.schema.field("timestamp").type) == "timestamp[ms, tz=UTC]"


def test_an_empty_parquet_export_still_has_the_schema(tmp_path):
    import pyarrow.parquet as pq

    path = tmp_path / "empty.parquet"
    assert write_parquet(iter(()), path, batch_rows=10) == (0, 0)
    table = pq.read_table(path)
    assert table.num_rows == 0 and "event" in table.schema.names


def test_parquet_memory_does_not_grow_with_the_export_size(tmp_path):
    """Peak Python memory while writing 4x the rows stays about the same: a batch is held, not the export."""
    import tracemalloc

    def peak(count: int) -> int:
        tracemalloc.start()
        try:
            write_parquet(_rows(count), tmp_path / f"{count}.parquet", batch_rows=250)
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    small, large = peak(1_000), peak(4_000)
    # Holding every row (the old in-memory build) grows ~4x here; a bounded writer stays flat.
    assert large < 1.5 * small, (small, large)


def test_bad_batch_sizes_are_refused_and_the_cli_default_is_the_module_default():
    import inspect

    from wendu.cli.main import events_export

    with pytest.raises(ExportProblem, match="--batch-rows"):
        write_parquet(iter(()), "unused.parquet", batch_rows=0)  # type: ignore[arg-type]
    assert inspect.signature(events_export).parameters["batch_rows"].default == PARQUET_BATCH_ROWS
