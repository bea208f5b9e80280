"""What training does with each report-generated: a learning plan, and for practice, the result kept."""

from __future__ import annotations

from google.protobuf.message import Message
from wendu.core.bus import RecordContext
from wendu.training.handlers.learning_plans import LearningPlans
from wendu.training.handlers.practice import Practice


class ReportGeneratedHandler:
    """Both steps are idempotent per report, so a redelivery after a failure in the second is safe."""

    def __init__(self, plans: LearningPlans, practice: Practice) -> None:
        self._plans = plans
        self._practice = practice

    async def __call__(self, event: Message, ctx: RecordContext) -> None:
        await self._practice.on_report_generated(event, ctx)
        await self._plans.on_report_generated(event, ctx)
