"""ProfileUpdated on topic profile-updated, keyed by candidate: published on every change of a profile."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from wendu.core import codec, topics
from wendu.core.bus import Publisher
from wendu.core.vocabulary import InterviewKind
from wendu.core.wire import interview_kind_to_proto
from wendu.profile.handlers.ports import HistoryRepository
from wendu.v1 import events_pb2

REASON_CREATED = "created"
REASON_HISTORY_RECORDED = "history_recorded"
REASON_RESUME_IMPORTED = "resume_imported"
REASON_CONSENT_CHANGED = "consent_changed"
REASON_ASSESSMENT_ADDED = "assessment_added"
REASON_EXTERNAL_PROFILE_LINKED = "external_profile_linked"
REASON_ERASED = "erased"


def new_id() -> str:
    return str(uuid.uuid4())


def utc_now() -> datetime:
    """Now, truncated to the millisecond Mongo keeps, so a stored time reads back unchanged."""
    now = datetime.now(UTC)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


async def announce_profile_updated(
    publisher: Publisher,
    history: HistoryRepository,
    *,
    tenant_id: str,
    candidate_id: str,
    reason: str,
    event_id: str,
    interview_id: str = "",
    interview_kind: InterviewKind | None = None,
) -> None:
    """Publish ProfileUpdated under ``event_id``: the id stored with the change, so a re-emission after
    a redelivery or a retried request deduplicates downstream."""
    event = events_pb2.ProfileUpdated(
        meta=codec.new_meta(
            events_pb2.ProfileUpdated,
            tenant_id=tenant_id,
            candidate_id=candidate_id,
            interview_id=interview_id,
            interview_kind=interview_kind_to_proto(interview_kind),
            event_id=event_id,
        ),
        reason=reason,
        history_count=await history.count_for_candidate(tenant_id, candidate_id),
    )
    await publisher.publish(topics.PROFILE_UPDATED, event, key=candidate_id)
