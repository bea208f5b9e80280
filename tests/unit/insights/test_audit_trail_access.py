"""ExportAuditTrail on fakes: each read of a trail is itself recorded (who, with which roles, whose,
when) before the trail is returned; an interview's trail lists decisions, a candidate's lists the reads too."""

from __future__ import annotations

from typing import Any

import pytest
from google.protobuf.message import Message
from wendu.core import audit, topics
from wendu.core.auth import Principal, Role
from wendu.core.errors import NotFound, Unavailable
from wendu.insights.handlers.audit_trail import AuditQueries
from wendu.v1 import accountability_pb2

RECRUITER = Principal("acme", frozenset({Role.RECRUITER}), "recruiter-9")


class FakeStore:
    def __init__(self, records: list[accountability_pb2.DecisionAuditRecord]) -> None:
        self.records = records

    async def add(self, record: accountability_pb2.DecisionAuditRecord) -> bool:
        self.records.append(record)
        return True

    async def for_interview(self, tenant_id: str, interview_id: str) -> list[Any]:
        return [r for r in self.records if (r.meta.tenant_id, r.meta.interview_id) == (tenant_id, interview_id)]

    async def for_candidate(self, tenant_id: str, candidate_id: str) -> list[Any]:
        return [r for r in self.records if (r.meta.tenant_id, r.meta.candidate_id) == (tenant_id, candidate_id)]


class FakePublisher:
    def __init__(self, *, fail: bool = False) -> None:
        self.sent: list[tuple[str, Message, str]] = []
        self.fail = fail

    async def publish(self, topic: str, event: Message, *, key: str) -> None:
        if self.fail:
            raise Unavailable("the broker is down")
        self.sent.append((topic, event, key))


def score_record() -> accountability_pb2.DecisionAuditRecord:
    return audit.audit_record(
        audit.SCORE,
        tenant_id="acme",
        decided_by="scoring",
        decision="communication=7.5",
        record_id="r-1",
        interview_id="iv-1",
        candidate_id="cand-1",
    )


async def test_reading_an_interviews_trail_is_recorded_with_the_caller_and_the_candidate():
    store, publisher = FakeStore([score_record()]), FakePublisher()
    records = await AuditQueries(store, publisher).trail(RECRUITER, interview_id="iv-1")
    assert [r.meta.event_id for r in records] == ["r-1"]
    [(topic, access, key)] = publisher.sent
    assert (topic, key, access.kind) == (topics.DECISION_AUDIT, "iv-1", audit.DATA_ACCESS)
    assert (access.actor, list(access.actor_roles), access.decided_by) == ("recruiter-9", ["recruiter"], "insights")
    assert (access.meta.interview_id, access.meta.candidate_id) == ("iv-1", "cand-1")

    # Once stored, the read is listed with the candidate's records, not in the interview's decisions.
    await store.add(access)  # type: ignore[arg-type]
    again = await AuditQueries(store, FakePublisher()).trail(RECRUITER, interview_id="iv-1")
    assert [r.kind for r in again] == [audit.SCORE]
    everything = await AuditQueries(store, FakePublisher()).trail(RECRUITER, candidate_id="cand-1")
    assert [r.kind for r in everything] == [audit.SCORE, audit.DATA_ACCESS]


async def test_no_record_no_trail_and_nothing_to_read_is_not_found():
    with pytest.raises(Unavailable):
        await AuditQueries(FakeStore([score_record()]), FakePublisher(fail=True)).trail(RECRUITER, interview_id="iv-1")
    publisher = FakePublisher()
    with pytest.raises(NotFound):
        await AuditQueries(FakeStore([]), publisher).trail(RECRUITER, interview_id="iv-x")
    assert publisher.sent == []
