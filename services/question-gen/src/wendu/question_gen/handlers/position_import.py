"""Use case: bulk onboarding of positions (``wendu import positions FILE``), idempotent by external id.

A row becomes the same ``NewPosition`` CreatePosition takes, with the idempotency key
``import:<external id>``. The shared :func:`wendu.core.bulk_import.run_import` does the batching and
reporting; this module reads the competencies cell and validates with the domain's own rules.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from wendu.core.bulk_import import ImportReport, IncomingRow, run_import
from wendu.core.errors import InvalidArgument
from wendu.question_gen.domain.positions import CompetencyWeight, TimePolicy, new_position
from wendu.question_gen.handlers.ports import PositionRepository
from wendu.question_gen.handlers.positions import NewPosition, PositionHandlers

IMPORT_KEY_PREFIX = "import:"
# "problem_solving:60; communication:40", with ASCII or full-width separators, or commas.
_ITEM_SEPARATORS = re.compile(r"[;；,，、\n]+")
_PAIR = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*[:：=]\s*(\d{1,3})\s*%?\s*$")


@dataclass(frozen=True)
class PositionRow:
    title: str
    competencies: str
    suggested_minutes_per_answer: int
    hard_limit_minutes: int


def import_key(external_id: str) -> str:
    return IMPORT_KEY_PREFIX + external_id.strip()


def parse_competencies(cell: str) -> tuple[CompetencyWeight, ...]:
    """The competencies cell as weights; InvalidArgument naming ``competencies`` when unreadable."""
    items = [item for item in _ITEM_SEPARATORS.split(cell) if item.strip()]
    if not items:
        raise InvalidArgument("competencies", 'is required, e.g. "problem_solving:60; communication:40"')
    weights = []
    for item in items:
        matched = _PAIR.match(item)
        if matched is None:
            raise InvalidArgument("competencies", f'cannot read {item.strip()[:40]!r}: write "competency_id:weight"')
        weights.append(CompetencyWeight(matched.group(1), int(matched.group(2))))
    return tuple(weights)


class PositionImport:
    """question-gen's :class:`wendu.core.bulk_import.Importer` of positions."""

    def __init__(self, handlers: PositionHandlers, positions: PositionRepository) -> None:
        self._handlers = handlers
        self._positions = positions

    def validate(self, row: PositionRow) -> NewPosition:
        command = NewPosition(
            title=row.title,
            competencies=parse_competencies(row.competencies),
            time_policy=TimePolicy(row.suggested_minutes_per_answer, row.hard_limit_minutes),
        )
        # The domain's own checks (title, known competencies, weights summing to 100, time policy).
        new_position(
            position_id="validation",
            tenant_id="validation",
            title=command.title,
            competencies=command.competencies,
            question_bank=(),
            time_policy=command.time_policy,
            created_at=datetime.now(UTC),
        )
        return command

    async def existing(self, tenant_id: str, external_ids: Sequence[str]) -> dict[str, str]:
        found = await self._positions.ids_by_idempotency_keys(tenant_id, [import_key(e) for e in external_ids])
        return {e: found[import_key(e)] for e in external_ids if import_key(e) in found}

    async def create(self, tenant_id: str, external_id: str, valid: NewPosition) -> str:
        keyed = NewPosition(
            title=valid.title,
            competencies=valid.competencies,
            time_policy=valid.time_policy,
            idempotency_key=import_key(external_id),
        )
        return (await self._handlers.create(tenant_id, keyed)).position_id

    async def run(
        self, tenant_id: str, rows: AsyncIterable[IncomingRow[PositionRow]], *, dry_run: bool
    ) -> ImportReport:
        return await run_import(tenant_id, rows, self, dry_run=dry_run)
