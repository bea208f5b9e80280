"""In-memory fakes and event builders for training's unit tests (no Kafka, no Mongo)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from google.protobuf.message import Message
from wendu.core import codec
from wendu.core.bus import RecordContext
from wendu.training.domain.catalogue import CourseCatalogue
from wendu.training.domain.model import LearningPlan
from wendu.training.handlers.learning_plans import LearningPlans
from wendu.v1 import common_pb2, events_pb2

START = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


class FakePlans:
    def __init__(self) -> None:
        self.rows: dict[tuple[str, str], LearningPlan] = {}

    def add_if_absent(self, plan: LearningPlan) -> tuple[LearningPlan, bool]:
        key = (plan.tenant_id, plan.source_report_id)
        if key in self.rows:
            return self.rows[key], False
        self.rows[key] = plan
        return plan, True

    def latest_for(self, tenant_id: str, candidate_id: str, *, include_practice: bool) -> LearningPlan | None:
        plans = [
            p
            for p in self.rows.values()
            if p.tenant_id == tenant_id and p.candidate_id == candidate_id and (include_practice or not p.is_practice)
        ]
        return max(plans, key=lambda p: p.updated_at, default=None)


class FakePublisher:
    def __init__(self) -> None:
        self.sent: list[tuple[str, Message, str]] = []

    async def publish(self, topic: str, event: Message, *, key: str) -> None:
        self.sent.append((topic, event, key))


class TickingClock:
    """Each reading is a minute later, so plans made one after another have an order."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


@dataclasses.dataclass
class Training:
    plans: LearningPlans
    store: FakePlans
    publisher: FakePublisher


@pytest.fixture
def training() -> Training:
    store, publisher = FakePlans(), FakePublisher()
    plans = LearningPlans(plans=store, publisher=publisher, catalogue=CourseCatalogue(), clock=TickingClock())
    return Training(plans, store, publisher)


@pytest.fixture
def ctx() -> RecordContext:
    return RecordContext(topic="report-generated", partition=0, offset=0, key="iv-1", timestamp_ms=0)


@pytest.fixture
def report_generated() -> Callable[..., events_pb2.ReportGenerated]:
    """``report_generated("r-1", {"teamwork": 4.0, ...}, weak=["teamwork"])``."""

    def build(
        report_id: str,
        scores: dict[str, float],
        *,
        weak: Sequence[str],
        candidate_id: str = "cand-1",
        tenant_id: str = "acme",
        kind: int = common_pb2.INTERVIEW_KIND_SELECTION,
        **extra: Any,
    ) -> events_pb2.ReportGenerated:
        return events_pb2.ReportGenerated(
            meta=codec.new_meta(
                events_pb2.ReportGenerated,
                tenant_id=tenant_id,
                interview_id=f"iv-{report_id}",
                candidate_id=candidate_id,
                interview_kind=kind,
            ),
            report_id=report_id,
            overall_score=6.0,
            competency_scores=[common_pb2.CompetencyScore(competency_id=c, score=s) for c, s in scores.items()],
            weak_competency_ids=list(weak),
            **extra,
        )

    return build
