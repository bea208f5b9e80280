"""Use cases of positions: create one (idempotently), read one, list the competency library."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from wendu.core.clock import Clock, utc_now
from wendu.core.errors import NotFound
from wendu.question_gen.domain.competencies import Competency, list_competencies
from wendu.question_gen.domain.positions import BankQuestion, CompetencyWeight, Position, TimePolicy, new_position
from wendu.question_gen.handlers.ports import PositionRepository


@dataclass(frozen=True)
class NewPosition:
    title: str
    competencies: tuple[CompetencyWeight, ...]
    question_bank: tuple[BankQuestion, ...] = ()
    time_policy: TimePolicy = field(default_factory=TimePolicy)
    # The same key twice returns the first position.
    idempotency_key: str = ""
    employer_name: str = ""


class PositionHandlers:
    def __init__(self, positions: PositionRepository, clock: Clock = utc_now) -> None:
        self._positions = positions
        self._clock = clock

    async def create(self, tenant_id: str, command: NewPosition) -> Position:
        """Validate and store a position; a repeated idempotency key returns the stored one."""
        if command.idempotency_key:
            existing = await self._positions.find_by_idempotency_key(tenant_id, command.idempotency_key)
            if existing is not None:
                return existing
        position = new_position(
            position_id=uuid.uuid4().hex,
            tenant_id=tenant_id,
            title=command.title,
            competencies=command.competencies,
            question_bank=command.question_bank,
            time_policy=command.time_policy,
            created_at=self._clock(),
            employer_name=command.employer_name,
        )
        stored, _ = await self._positions.add(position, command.idempotency_key)
        return stored

    async def get(self, tenant_id: str, position_id: str) -> Position:
        position = await self._positions.get(tenant_id, position_id)
        if position is None:
            raise NotFound("position", position_id)
        return position

    @staticmethod
    def list_competencies() -> tuple[Competency, ...]:
        return list_competencies()
