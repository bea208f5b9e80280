"""Bulk onboarding behind ``wendu import``: a client stream of rows, checked row by row, one report.

The service that owns the records (profile for candidates, question-gen for positions) gives an
:class:`Importer`; :func:`run_import` does the rest the same way for both:

- every row is validated on its own; a bad row is reported by its line with the field named, and
  the import goes on;
- a row is keyed by its ``external_id`` (the id in the system the data comes from): a row whose id
  was imported before is reported ``unchanged`` and nothing is written, so a re-run changes nothing;
  an id twice in one file is refused at its second line;
- rows are handled in batches: one lookup of the batch's external ids, then one create per new row,
  a few at a time;
- a dry run validates and looks up, and writes nothing.
"""

from __future__ import annotations

import asyncio
import enum
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar, cast

from google.protobuf.message import Message
from wendu.core.errors import InvalidArgument
from wendu.core.vocabulary import LocalizedText
from wendu.v1 import common_pb2, data_rights_pb2

DEFAULT_BATCH_SIZE = 2000
# Creates in flight at once (each a few database round trips and a publish).
DEFAULT_CONCURRENCY = 16
MAX_EXTERNAL_ID_CHARS = 128

RowT = TypeVar("RowT")
ValidT = TypeVar("ValidT")
RowIn = TypeVar("RowIn", contravariant=True)


class RowOutcome(enum.StrEnum):
    CREATED = "created"
    UNCHANGED = "unchanged"
    INVALID = "invalid"


@dataclass(frozen=True)
class IncomingRow(Generic[RowT]):
    line: int
    external_id: str
    row: RowT


@dataclass(frozen=True)
class RowProblem:
    line: int
    external_id: str
    field: str
    message: LocalizedText


@dataclass(frozen=True)
class RowResult:
    line: int
    external_id: str
    outcome: RowOutcome
    # The created or existing record's id; "" when invalid, and for a new row in a dry run.
    record_id: str = ""


@dataclass
class ImportReport:
    dry_run: bool
    results: list[RowResult] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)

    def count(self, outcome: RowOutcome) -> int:
        return sum(1 for r in self.results if r.outcome is outcome)


class Importer(Protocol[RowIn, ValidT]):
    """What a service supplies: how a row is checked, found and created."""

    def validate(self, row: RowIn) -> ValidT:
        """The row as the service's input; raises InvalidArgument naming the field at fault."""
        ...

    async def existing(self, tenant_id: str, external_ids: Sequence[str]) -> dict[str, str]:
        """Of ``external_ids``, those imported before: external id -> record id (one lookup per batch)."""
        ...

    async def create(self, tenant_id: str, external_id: str, valid: ValidT) -> str:
        """Create the record under ``external_id`` (idempotently); returns its id."""
        ...


def invalid(line: int, external_id: str, error: InvalidArgument) -> RowProblem:
    """A validation error of the domain (English, field named) as a row problem in en and zh."""
    return RowProblem(
        line,
        external_id,
        error.field,
        LocalizedText(en=error.problem, zh=f"字段 {error.field} 无效：{error.problem}"),
    )


async def run_import(
    tenant_id: str,
    rows: AsyncIterable[IncomingRow[RowT]],
    importer: Importer[RowT, ValidT],
    *,
    dry_run: bool,
    batch_size: int = DEFAULT_BATCH_SIZE,
    concurrency: int = DEFAULT_CONCURRENCY,
    on_batch: Callable[[ImportReport], Awaitable[None]] | None = None,
) -> ImportReport:
    """Validate, deduplicate and create ``rows``; every row gets one result, every bad one a problem."""
    report = ImportReport(dry_run=dry_run)
    seen: dict[str, int] = {}
    batch: list[tuple[IncomingRow[RowT], ValidT]] = []

    async def flush() -> None:
        if not batch:
            return
        known = await importer.existing(tenant_id, [incoming.external_id for incoming, _ in batch])
        slots = asyncio.Semaphore(concurrency)

        async def place(incoming: IncomingRow[RowT], valid: ValidT) -> RowResult:
            record_id = known.get(incoming.external_id)
            if record_id is not None:
                return RowResult(incoming.line, incoming.external_id, RowOutcome.UNCHANGED, record_id)
            if dry_run:
                return RowResult(incoming.line, incoming.external_id, RowOutcome.CREATED)
            async with slots:
                created_id = await importer.create(tenant_id, incoming.external_id, valid)
            return RowResult(incoming.line, incoming.external_id, RowOutcome.CREATED, created_id)

        # Rows of a batch have distinct external ids, so their creates are independent: a few at a
        # time keep the database and the broker busy instead of waiting on each round trip.
        report.results.extend(await asyncio.gather(*(place(incoming, valid) for incoming, valid in batch)))
        batch.clear()
        if on_batch is not None:
            await on_batch(report)

    async for incoming in rows:
        problem = _external_id_problem(incoming, seen)
        if problem is None:
            try:
                batch.append((incoming, importer.validate(incoming.row)))
            except InvalidArgument as error:
                problem = invalid(incoming.line, incoming.external_id, error)
        if problem is not None:
            report.problems.append(problem)
            report.results.append(RowResult(incoming.line, incoming.external_id, RowOutcome.INVALID))
        else:
            seen[incoming.external_id] = incoming.line
        if len(batch) >= batch_size:
            await flush()
    await flush()
    report.results.sort(key=lambda r: r.line)
    return report


def _external_id_problem(incoming: IncomingRow[RowT], seen: dict[str, int]) -> RowProblem | None:
    external_id = incoming.external_id.strip()
    if not external_id:
        return RowProblem(
            incoming.line, "", "external_id", LocalizedText(en="is required", zh="外部编号（external_id）为必填项")
        )
    if len(external_id) > MAX_EXTERNAL_ID_CHARS:
        return RowProblem(
            incoming.line,
            external_id[:24],
            "external_id",
            LocalizedText(
                en=f"must be at most {MAX_EXTERNAL_ID_CHARS} characters",
                zh=f"外部编号最长 {MAX_EXTERNAL_ID_CHARS} 个字符",
            ),
        )
    first = seen.get(external_id)
    if first is not None:
        return RowProblem(
            incoming.line,
            external_id,
            "external_id",
            LocalizedText(en=f"appears already at line {first}", zh=f"与第 {first} 行的外部编号重复"),
        )
    return None


_OUTCOME_TO_PROTO = {
    RowOutcome.CREATED: data_rights_pb2.IMPORT_ROW_OUTCOME_CREATED,
    RowOutcome.UNCHANGED: data_rights_pb2.IMPORT_ROW_OUTCOME_UNCHANGED,
    RowOutcome.INVALID: data_rights_pb2.IMPORT_ROW_OUTCOME_INVALID,
}


def report_to_proto(report: ImportReport) -> data_rights_pb2.ImportReport:
    return data_rights_pb2.ImportReport(
        dry_run=report.dry_run,
        rows=len(report.results),
        created=report.count(RowOutcome.CREATED),
        unchanged=report.count(RowOutcome.UNCHANGED),
        invalid=report.count(RowOutcome.INVALID),
        results=[
            data_rights_pb2.ImportedRow(
                line=r.line, external_id=r.external_id, outcome=_OUTCOME_TO_PROTO[r.outcome], id=r.record_id
            )
            for r in report.results
        ],
        problems=[
            data_rights_pb2.ImportRowProblem(
                line=p.line,
                external_id=p.external_id,
                field=p.field,
                message=common_pb2.LocalizedText(zh=p.message.zh, en=p.message.en),
            )
            for p in report.problems
        ],
    )


async def split_options(
    requests: AsyncIterator[Message],
) -> tuple[data_rights_pb2.ImportOptions, AsyncIterator[Message]]:
    """The import's options (an ``options`` first message, or the defaults) and the ``row`` messages after.

    Each request is a ``oneof item { ImportOptions options; <Row> row; }``; options after the first
    message are refused, naming the field.
    """
    first = await anext(requests, None)
    options = data_rights_pb2.ImportOptions()
    if first is not None and first.WhichOneof("item") == "options":
        options.CopyFrom(cast(Any, first).options)
        first = None

    async def rows() -> AsyncIterator[Message]:
        if first is not None:
            yield cast(Any, first).row
        async for request in requests:
            if request.WhichOneof("item") != "row":
                raise InvalidArgument("options", "may only be sent as the first message")
            yield cast(Any, request).row

    return options, rows()
