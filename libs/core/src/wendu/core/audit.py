"""The decision-audit record: one per automated decision (a score, a hint, a follow-up, a routing to a
human screen, a report) and per human override, on the append-only ``decision-audit`` topic.

Built here so scoring, question-gen, feedback and insights write the same record. Cheap by design:
it runs on the answer path, so it is one SHA-256 of text the service already holds and one small
message (a few microseconds); no I/O but the publish the caller does. Its event id is derived from
what was decided, so a decision re-published after a crash or a redelivery repeats the same id and
the trail keeps one record (insights stores it by that id).
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable

from wendu.core import codec, topics
from wendu.core.auth import Principal
from wendu.core.bus import Publisher
from wendu.v1 import accountability_pb2

Kind = accountability_pb2.AuditDecisionKind

SCORE = accountability_pb2.AUDIT_DECISION_KIND_SCORE
HINT = accountability_pb2.AUDIT_DECISION_KIND_HINT
FOLLOW_UP = accountability_pb2.AUDIT_DECISION_KIND_FOLLOW_UP
ROUTED_TO_HUMAN = accountability_pb2.AUDIT_DECISION_KIND_ROUTED_TO_HUMAN
REPORT = accountability_pb2.AUDIT_DECISION_KIND_REPORT
HUMAN_OVERRIDE = accountability_pb2.AUDIT_DECISION_KIND_HUMAN_OVERRIDE
HIRING_DECISION = accountability_pb2.AUDIT_DECISION_KIND_HIRING_DECISION
DATA_ACCESS = accountability_pb2.AUDIT_DECISION_KIND_DATA_ACCESS

# Separates the hashed parts, so ("ab", "c") and ("a", "bc") hash differently.
_SEPARATOR = b"\x1f"
_AUDIT_NAMESPACE = uuid.UUID("6f1d3c2e-8a47-4b1e-9a51-0c4e2f9d7b30")


def input_sha256(parts: Iterable[str]) -> str:
    """``sha256:<hex>`` of a decision's input (the answer text, the scores behind a report...)."""
    digest = hashlib.sha256()
    for index, part in enumerate(parts):
        if index:
            digest.update(_SEPARATOR)
        digest.update(part.encode("utf-8"))
    return "sha256:" + digest.hexdigest()


def record_id(kind: int, decided_by: str, *subject: str) -> str:
    """A stable id for the decision about ``subject`` (e.g. an answer id and revision)."""
    name = "/".join((str(kind), decided_by, *subject))
    return str(uuid.uuid5(_AUDIT_NAMESPACE, name))


def audit_record(
    kind: int,
    *,
    tenant_id: str,
    decided_by: str,
    decision: str,
    record_id: str,
    interview_id: str = "",
    candidate_id: str = "",
    answer_id: str = "",
    position_id: str = "",
    scorer_version: str = "",
    rubric_version: str = "",
    prompt_version: str = "",
    model_name: str = "",
    input_digest: str = "",
    actor: str = "",
    reason: str = "",
    overrides_record_id: str = "",
) -> accountability_pb2.DecisionAuditRecord:
    """The record of one decision; ``record_id`` (see :func:`record_id`) is its event id."""
    return accountability_pb2.DecisionAuditRecord(
        meta=codec.new_meta(
            accountability_pb2.DecisionAuditRecord,
            tenant_id=tenant_id,
            interview_id=interview_id,
            candidate_id=candidate_id,
            event_id=record_id,
        ),
        kind=kind,  # type: ignore[arg-type]
        decided_by=decided_by,
        answer_id=answer_id,
        decision=decision,
        scorer_version=scorer_version,
        rubric_version=rubric_version,
        prompt_version=prompt_version,
        model_name=model_name,
        input_sha256=input_digest,
        actor=actor,
        reason=reason,
        overrides_record_id=overrides_record_id,
        position_id=position_id,
    )


async def publish_audit(publisher: Publisher, record: accountability_pb2.DecisionAuditRecord) -> None:
    """Append ``record`` to ``decision-audit``, keyed by its interview (its candidate when it has none)."""
    key = record.meta.interview_id or record.meta.candidate_id or record.meta.tenant_id
    await publisher.publish(topics.DECISION_AUDIT, record, key=key)


def data_access_record(
    principal: Principal,
    *,
    served_by: str,
    what: str,
    interview_id: str = "",
    candidate_id: str = "",
) -> accountability_pb2.DecisionAuditRecord:
    """The record of one read of a candidate's data (an export of their data or of a trail): who
    (the caller's subject and roles, from the auth context), what, whose, and when (meta.occurred_at).

    Every read is its own record (a fresh id): two exports are two accesses, even by the same caller.
    """
    record = audit_record(
        DATA_ACCESS,
        tenant_id=principal.tenant_id,
        decided_by=served_by,
        decision=what,
        record_id=str(uuid.uuid4()),
        interview_id=interview_id,
        candidate_id=candidate_id,
        actor=principal.subject,
    )
    record.actor_roles.extend(sorted(role.value for role in principal.roles))
    return record
