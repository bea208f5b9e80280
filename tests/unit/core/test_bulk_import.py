"""The shared import loop: every row gets one result, bad rows a problem by line and field, re-runs change nothing."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence

from wendu.core.bulk_import import IncomingRow, RowOutcome, run_import
from wendu.core.errors import InvalidArgument


class NamesImporter:
    """Rows are names; a name must not be empty. Creates are remembered by external id."""

    def __init__(self) -> None:
        self.stored: dict[str, str] = {}
        self.lookups = 0

    def validate(self, row: str) -> str:
        if not row.strip():
            raise InvalidArgument("display_name", "must not be empty")
        return row.strip()

    async def existing(self, tenant_id: str, external_ids: Sequence[str]) -> dict[str, str]:
        self.lookups += 1
        return {e: self.stored[e] for e in external_ids if e in self.stored}

    async def create(self, tenant_id: str, external_id: str, valid: str) -> str:
        self.stored[external_id] = f"id-{valid}"
        return self.stored[external_id]


ROWS = [(2, "a", "Ada"), (3, "b", ""), (4, "", "Nobody"), (5, "a", "Ada again"), (6, "c", "Cy")]


async def rows() -> AsyncIterator[IncomingRow[str]]:
    for line, external_id, name in ROWS:
        yield IncomingRow(line, external_id, name)


async def test_bad_rows_are_reported_by_line_and_field_and_the_rest_are_created():
    importer = NamesImporter()

    report = await run_import("acme", rows(), importer, dry_run=False, batch_size=2)

    assert [(p.line, p.field) for p in report.problems] == [(3, "display_name"), (4, "external_id"), (5, "external_id")]
    assert "line 2" in report.problems[2].message.en and "第 2 行" in report.problems[2].message.zh
    assert [(r.line, r.outcome) for r in report.results] == [
        (2, RowOutcome.CREATED),
        (3, RowOutcome.INVALID),
        (4, RowOutcome.INVALID),
        (5, RowOutcome.INVALID),
        (6, RowOutcome.CREATED),
    ]
    assert importer.stored == {"a": "id-Ada", "c": "id-Cy"}
    assert importer.lookups == 1  # one lookup per batch of valid rows


async def test_a_second_run_finds_every_row_and_creates_nothing():
    importer = NamesImporter()
    await run_import("acme", rows(), importer, dry_run=False)

    again = await run_import("acme", rows(), importer, dry_run=False)

    assert again.count(RowOutcome.CREATED) == 0
    assert {(r.external_id, r.record_id) for r in again.results if r.outcome is RowOutcome.UNCHANGED} == {
        ("a", "id-Ada"),
        ("c", "id-Cy"),
    }


async def test_a_dry_run_creates_nothing_and_reports_what_would_be_created():
    importer = NamesImporter()

    report = await run_import("acme", rows(), importer, dry_run=True)

    assert importer.stored == {}
    assert report.count(RowOutcome.CREATED) == 2 and all(not r.record_id for r in report.results)
