"""OverrideScore: a recruiter changes one competency score of one answer, with a reason.

Feedback owns it because feedback holds what an override changes: the interview's score projection
and its report. The change is stored (by an id derived from the idempotency key), the report is
rebuilt from the automated scores with every override applied (the automated values kept beside
them), the rebuilt report goes out again on ``report-generated`` as a new revision (``revision`` n
after n overrides, ``human_reviewed`` set, its own event id) so the monitor, training and data teams
see the corrected report, and the change goes on ``decision-audit`` as a human override that names
the score it overrides. A retry with the same key stores nothing new; it rebuilds the same report and
re-publishes the same revision and the same audit record id (which consumers keep once), so a crash
between the steps heals itself.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from wendu.core import audit, topics
from wendu.core.auth import Principal
from wendu.core.bus import Publisher
from wendu.core.clock import Clock, utc_now
from wendu.core.errors import FailedPrecondition, InvalidArgument, NotFound
from wendu.feedback.domain.model import AnswerScore, Report, ScoreOverride
from wendu.feedback.domain.override import (
    build_reviewed_report,
    human_review_of,
    validated_override_input,
    with_overrides,
)
from wendu.feedback.domain.report import latest_revisions
from wendu.feedback.handlers import mapping
from wendu.feedback.handlers.ports import OverrideRepository, ReportRepository, ScoreRepository
from wendu.v1 import accountability_pb2

DECIDED_BY = "human"
_OVERRIDE_NAMESPACE = uuid.UUID("0b8e7f5c-54a2-4c39-9d3e-2f1a6c8b7e41")


@dataclass(frozen=True)
class OverrideRequest:
    interview_id: str
    answer_id: str
    competency_id: str
    score: float
    reason: str
    idempotency_key: str


class ScoreOverrides:
    def __init__(
        self,
        *,
        scores: ScoreRepository,
        reports: ReportRepository,
        overrides: OverrideRepository,
        publisher: Publisher,
        clock: Clock = utc_now,
    ) -> None:
        self._scores = scores
        self._reports = reports
        self._overrides = overrides
        self._publisher = publisher
        self._clock = clock

    async def override(self, principal: Principal, request: OverrideRequest) -> tuple[ScoreOverride, bool]:
        """Store, apply and audit the override; returns the stored override and whether it is new."""
        new_score, reason = validated_override_input(request.score, request.reason)
        tenant_id = principal.tenant_id
        report = await self._reports.get(tenant_id, request.interview_id)
        if report is None or report.is_practice:
            # Practice reports decide nothing and are not the employer's to see, let alone change.
            raise NotFound("report of interview", request.interview_id)
        if report.content is None:
            raise FailedPrecondition("the report is still being generated; override a score once it is ready")
        latest = latest_revisions(
            s
            for s in await self._scores.for_interview(tenant_id, request.interview_id)
            if s.answer_id in report.summary.answer_ids
        )
        answer = next((a for a in latest if a.answer_id == request.answer_id), None)
        if answer is None:
            raise NotFound("answer of interview", request.answer_id)
        automated = answer.score_for(request.competency_id)
        if automated is None:
            raise InvalidArgument("competency_id", f"answer {request.answer_id!r} has no score on it")
        earlier = await self._overrides.for_interview(tenant_id, request.interview_id)
        shown = with_overrides([answer], earlier)[0].score_for(request.competency_id)
        candidate = ScoreOverride(
            tenant_id=tenant_id,
            override_id=str(uuid.uuid5(_OVERRIDE_NAMESPACE, f"{tenant_id}/{request.idempotency_key}")),
            interview_id=request.interview_id,
            answer_id=answer.answer_id,
            revision=answer.revision,
            competency_id=request.competency_id,
            automated_score=automated,
            score_before=shown if shown is not None else automated,
            score_after=new_score,
            reason=reason,
            overridden_by=principal.subject,
            overridden_at=self._clock(),
        )
        stored, created = await self._overrides.add_if_absent(candidate)
        if stored.interview_id != request.interview_id:
            raise InvalidArgument("idempotency_key", "was already used for an override of another interview")
        await self._rebuild(report, latest)
        # Publish what is stored: after two overrides at once, both publish the highest revision.
        revised = await self._reports.get(tenant_id, request.interview_id) or report
        await self._publisher.publish(
            topics.REPORT_GENERATED, mapping.report_to_event(revised), key=revised.interview_id
        )
        await audit.publish_audit(self._publisher, _audit_record(report, stored))
        return stored, created

    async def _rebuild(self, report: Report, latest: list[AnswerScore]) -> None:
        overrides = await self._overrides.for_interview(report.tenant_id, report.interview_id)
        content = build_reviewed_report(report.summary.language, report.summary.weights, latest, overrides)
        # The repository keeps the revision with the most overrides, so a slower rebuild that read
        # fewer overrides cannot write an older report over a newer one.
        await self._reports.record_review(report.tenant_id, report.interview_id, content, human_review_of(overrides))


def _audit_record(report: Report, override: ScoreOverride) -> accountability_pb2.DecisionAuditRecord:
    summary = report.summary
    return audit.audit_record(
        audit.HUMAN_OVERRIDE,
        tenant_id=override.tenant_id,
        decided_by=DECIDED_BY,
        decision=(
            f"{override.competency_id} {override.score_before:.1f} -> {override.score_after:.1f} "
            f"(automated {override.automated_score:.1f})"
        ),
        record_id=audit.record_id(audit.HUMAN_OVERRIDE, "feedback", override.tenant_id, override.override_id),
        interview_id=override.interview_id,
        candidate_id=summary.candidate_id,
        answer_id=override.answer_id,
        position_id=summary.position_id,
        input_digest=audit.input_sha256(
            (override.answer_id, str(override.revision), override.competency_id, f"{override.score_before:.1f}")
        ),
        actor=override.overridden_by,
        reason=override.reason,
        overrides_record_id=audit.record_id(
            audit.SCORE, "scoring", override.tenant_id, override.answer_id, str(override.revision)
        ),
    )
