"""``wendu events export``: a topic, from a point in time, to JSON Lines or Parquet with the protos decoded.

For data teams: a synchronous, one-shot tool on kafka-python. It reads outside any consumer group
(nothing is committed, no service's offsets move), from the first record at or after ``since`` up
to the end each partition had when the export began, so a busy topic still gives a finite file.

Each record becomes one row: where it was (topic, partition, offset, timestamp, key), its message
type, the envelope's ids, and the event in the canonical proto3 JSON mapping. The message type of a
topic comes from the one registry, ``wendu.core.topics.PAYLOADS``; a dead-letter topic
(``<topic>.dlq``) holds its input topic's messages, with the reason in the headers. A record that
does not decode is kept, as base64, with the error.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from google.protobuf.message import DecodeError, Message
from wendu.core.bus import kafka_python_kwargs
from wendu.core.data_export import message_to_json
from wendu.core.topics import DLQ_SUFFIX, PAYLOADS

FORMATS = ("jsonl", "parquet")
POLL_TIMEOUT_MS = 1000
# Stop waiting when the broker has given nothing for this long (e.g. the end offset is a
# transaction marker that no record will ever reach).
IDLE_POLLS_BEFORE_STOP = 10
_RELATIVE = re.compile(r"^(\d+)\s*([smhd])$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}
ENVELOPE_FIELDS = ("event_id", "tenant_id", "interview_id", "candidate_id", "schema_version", "occurred_at")


class ExportProblem(ValueError):
    """The export cannot run as asked (an unknown topic, a time that cannot be read)."""


@dataclass(frozen=True)
class ExportStats:
    records: int
    undecodable: int
    path: Path


def payload_type(topic: str) -> type[Message]:
    """The message type of ``topic`` (or of its input topic, for a dead-letter topic)."""
    source = topic.removesuffix(DLQ_SUFFIX)
    try:
        return PAYLOADS[source]
    except KeyError:
        known = ", ".join(sorted(PAYLOADS))
        raise ExportProblem(f"unknown topic {topic!r}; known topics: {known} (and each with {DLQ_SUFFIX})") from None


def parse_since(text: str, now: datetime | None = None) -> datetime:
    """An ISO 8601 date or time (UTC when no offset is given), or a span back from now: 30m, 24h, 7d."""
    now = now or datetime.now(UTC)
    relative = _RELATIVE.match(text.strip())
    if relative:
        return now - timedelta(**{_UNITS[relative.group(2)]: int(relative.group(1))})
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ExportProblem(f"--since: cannot read {text!r}; write 2026-12-01, 2026-12-01T08:00 or 24h") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def to_row(topic: str, message_type: type[Message], record: Any) -> dict[str, Any]:
    """One consumed record as a flat row (the event itself as JSON text)."""
    headers = {name: value for name, value in (record.headers or [])}
    row: dict[str, Any] = {
        "topic": topic,
        "partition": record.partition,
        "offset": record.offset,
        "timestamp": datetime.fromtimestamp(record.timestamp / 1000, UTC).isoformat(),
        "key": record.key.decode("utf-8", errors="replace") if record.key is not None else "",
        "message_type": message_type.DESCRIPTOR.full_name,
        "dlq_reason": headers.get("dlq-reason", b"").decode("utf-8", errors="replace"),
        "decode_error": "",
        "raw_base64": "",
    }
    try:
        event = message_to_json(message_type.FromString(record.value or b""))
    except DecodeError as exc:
        event = {}
        row["decode_error"] = str(exc) or "not a valid protobuf message"
        row["raw_base64"] = base64.b64encode(record.value or b"").decode("ascii")
    meta = event.get("meta", {})
    for name in ENVELOPE_FIELDS:
        row[name] = str(meta.get(name, ""))
    row["event"] = event
    return row


def read_topic(bootstrap: str, topic: str, since: datetime) -> Iterator[dict[str, Any]]:
    """Every record of ``topic`` from ``since`` to the end it had when reading began, as rows."""
    from kafka import KafkaConsumer, TopicPartition  # imported here: only this command needs it

    message_type = payload_type(topic)
    consumer = KafkaConsumer(
        **kafka_python_kwargs(bootstrap),
        group_id=None,
        enable_auto_commit=False,
        client_id="wendu-events-export",
    )
    try:
        partitions = consumer.partitions_for_topic(topic)
        if not partitions:
            raise ExportProblem(f"topic {topic!r} does not exist on {bootstrap}")
        assigned = [TopicPartition(topic, p) for p in sorted(partitions)]
        consumer.assign(assigned)
        ends = consumer.end_offsets(assigned)
        starts = consumer.offsets_for_times({tp: int(since.timestamp() * 1000) for tp in assigned})
        remaining = {}
        for tp in assigned:
            found = starts.get(tp)
            if found is None or found.offset >= ends[tp]:
                continue  # nothing at or after ``since`` in this partition
            consumer.seek(tp, found.offset)
            remaining[tp] = ends[tp]
        idle = 0
        while remaining and idle < IDLE_POLLS_BEFORE_STOP:
            batches = consumer.poll(timeout_ms=POLL_TIMEOUT_MS)
            idle = 0 if batches else idle + 1
            for tp, records in batches.items():
                for record in records:
                    if tp in remaining and record.offset < remaining[tp]:
                        yield to_row(topic, message_type, record)
            for tp in list(remaining):
                if consumer.position(tp) >= remaining[tp]:
                    consumer.pause(tp)
                    del remaining[tp]
    finally:
        consumer.close()


def write_jsonl(rows: Iterator[dict[str, Any]], path: Path) -> tuple[int, int]:
    records = undecodable = 0
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
            records += 1
            undecodable += bool(row["decode_error"])
    return records, undecodable


# Rows per Parquet row group: the rows held in memory at once, whatever the export's size. A row is
# ~1 KiB with its event as JSON text, so a batch is a few MiB; a reader still gets large enough
# row groups to scan efficiently.
PARQUET_BATCH_ROWS = 5000


def parquet_schema() -> Any:
    import pyarrow as pa

    return pa.schema(
        [
            ("topic", pa.string()),
            ("partition", pa.int32()),
            ("offset", pa.int64()),
            ("timestamp", pa.timestamp("ms", tz="UTC")),
            ("key", pa.string()),
            ("message_type", pa.string()),
            *[(name, pa.string()) for name in ENVELOPE_FIELDS],
            ("dlq_reason", pa.string()),
            ("decode_error", pa.string()),
            ("raw_base64", pa.string()),
            ("event", pa.string()),
        ]
    )


def write_parquet(
    rows: Iterator[dict[str, Any]], path: Path, *, batch_rows: int = PARQUET_BATCH_ROWS
) -> tuple[int, int]:
    """Flat columns; ``event`` is the event's JSON text (events of one topic share a schema, but
    proto3 JSON leaves out default values, so nested columns would differ from row to row).

    Streamed: every ``batch_rows`` rows become one row group, written and dropped, so memory stays
    bounded by the batch while the file grows (a topic of millions of records exports in a few MiB)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    if batch_rows < 1:
        raise ExportProblem(f"--batch-rows must be at least 1, got {batch_rows}")
    schema = parquet_schema()
    records = undecodable = 0
    batch: dict[str, list[Any]] = {field.name: [] for field in schema}
    with pq.ParquetWriter(path, schema) as writer:

        def flush() -> None:
            writer.write_batch(pa.record_batch(batch, schema=schema), row_group_size=batch_rows)
            for column in batch.values():
                column.clear()

        for row in rows:
            flat = {**row, "event": json.dumps(row["event"], ensure_ascii=False, sort_keys=True)}
            flat["timestamp"] = datetime.fromisoformat(row["timestamp"])
            for name, column in batch.items():
                column.append(flat.get(name))
            records += 1
            undecodable += bool(row["decode_error"])
            if records % batch_rows == 0:
                flush()
        if records % batch_rows or records == 0:
            flush()  # the last, partial row group (an empty export still gets its schema)
    return records, undecodable


def export_topic(
    bootstrap: str,
    topic: str,
    since: datetime,
    path: Path,
    output_format: str,
    *,
    batch_rows: int = PARQUET_BATCH_ROWS,
) -> ExportStats:
    """Both formats stream: a row is read, written and dropped (Parquet: a row group at a time)."""
    if output_format not in FORMATS:
        raise ExportProblem(f"--format must be one of {', '.join(FORMATS)}, got {output_format!r}")
    if batch_rows < 1:
        raise ExportProblem(f"--batch-rows must be at least 1, got {batch_rows}")
    payload_type(topic)  # an unknown topic fails before anything connects
    rows = read_topic(bootstrap, topic, since)
    if output_format == "jsonl":
        records, undecodable = write_jsonl(rows, path)
    else:
        records, undecodable = write_parquet(rows, path, batch_rows=batch_rows)
    return ExportStats(records, undecodable, path)
