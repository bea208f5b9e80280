"""What the training use cases need from the outside world. Adapters (and test fakes) implement these."""

from __future__ import annotations

from typing import Protocol

from google.protobuf.message import Message
from wendu.training.domain.model import LearningPlan


class LearningPlanRepository(Protocol):
    def add_if_absent(self, plan: LearningPlan) -> tuple[LearningPlan, bool]:
        """Store the plan unless its report already made one; return the stored plan and whether it is new."""
        ...

    def latest_for(self, tenant_id: str, candidate_id: str, *, include_practice: bool) -> LearningPlan | None:
        """The candidate's most recent plan."""
        ...


class Publisher(Protocol):
    async def publish(self, topic: str, event: Message, *, key: str) -> None: ...
