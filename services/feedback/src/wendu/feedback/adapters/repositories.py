"""Mongo repositories for feedback. Every query filters on ``tenant_id``.

Handlers await these repositories: each public method runs on a worker thread (``off_loop``), so a
database round trip (or, during an outage, a server-selection timeout) never blocks the event loop
that also serves the gRPC API and the Kafka consumers. The repositories hold no in-process state, so
running on several threads at once needs no lock; a public method never calls another public one (a
decorated method returns a coroutine), it calls a private sync helper instead.

Reports are looked up by ``_id`` alone (``report_key``): the score-ready consumer asks for the
interview's report after every answer, usually before it exists, and FerretDB v1 scans the whole
collection for any filter but ``{_id: ...}``. A miss by ``_id`` is a report that does not exist:
there is no other layout to fall back to.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from wendu.core.mongo import (
    first_as,
    insert_if_new,
    insert_or_find,
    key_id,
    off_loop,
    tenant_document_by_id,
)
from wendu.core.text import StarPart
from wendu.core.vocabulary import interview_kind_from_text, interview_kind_to_text
from wendu.feedback.adapters.documents import (
    AnswerScoreDocument,
    CandidateFeedbackDocument,
    HintDocument,
    ReportDocument,
    ReviewRequestDocument,
)
from wendu.feedback.domain.model import (
    AnswerScore,
    CandidateFeedback,
    CompetencyResult,
    CompetencyScore,
    CompetencyWeight,
    CourseSuggestion,
    EvidenceSpan,
    Hint,
    InterviewKind,
    InterviewSummary,
    Language,
    LocalizedText,
    Report,
    ReportContent,
    ReportItem,
    ReportStatus,
    ReviewRequest,
    ScorerRef,
)
from wendu.feedback.domain.report import with_unassessed


def _evidence(raw: dict[str, Any]) -> EvidenceSpan:
    return EvidenceSpan(
        quote=raw.get("quote", ""),
        start=int(raw.get("start", 0)),
        end=int(raw.get("end", 0)),
        competency_id=raw.get("competency_id", ""),
    )


def _scorer(raw: dict[str, Any]) -> ScorerRef:
    return ScorerRef(
        name=raw.get("name", ""),
        version=raw.get("version", ""),
        rubric_version=raw.get("rubric_version", ""),
        prompt_version=raw.get("prompt_version", ""),
    )


def _localized(raw: dict[str, Any]) -> LocalizedText:
    return LocalizedText(zh=raw.get("zh", ""), en=raw.get("en", ""))


# ---------------------------------------------------------------- scores


class MongoScoreRepository:
    @off_loop
    def add(self, score: AnswerScore) -> bool:
        document = AnswerScoreDocument(
            tenant_id=score.tenant_id,
            interview_id=score.interview_id,
            answer_id=score.answer_id,
            question_id=score.question_id,
            revision=score.revision,
            language=score.language.value,
            scores=[asdict(s) for s in score.scores],
            evidence=[asdict(e) for e in score.evidence],
            star_parts=sorted(p.value for p in score.star_parts),
            specificity=score.specificity,
            relevance=score.relevance,
            scorer=asdict(score.scorer),
            injection_suspected=score.injection_suspected,
            needs_human_review=score.needs_human_review,
            submitted_at=score.submitted_at,
        )
        return insert_if_new(document)

    @off_loop
    def for_answers(self, tenant_id: str, answer_ids: Sequence[str]) -> list[AnswerScore]:
        if not answer_ids:
            return []
        documents = AnswerScoreDocument.objects(tenant_id=tenant_id, answer_id__in=list(answer_ids))
        return [self._to_domain(d) for d in documents]

    @staticmethod
    def _to_domain(d: AnswerScoreDocument) -> AnswerScore:
        return AnswerScore(
            tenant_id=d.tenant_id,
            interview_id=d.interview_id,
            answer_id=d.answer_id,
            question_id=d.question_id,
            revision=d.revision,
            language=Language(d.language),
            scores=tuple(
                CompetencyScore(s["competency_id"], float(s["score"]), int(s.get("level", 0))) for s in d.scores
            ),
            evidence=tuple(_evidence(e) for e in d.evidence),
            star_parts=frozenset(StarPart(p) for p in d.star_parts),
            specificity=d.specificity,
            relevance=d.relevance,
            scorer=_scorer(d.scorer or {}),
            injection_suspected=d.injection_suspected,
            needs_human_review=d.needs_human_review,
            submitted_at=d.submitted_at,
        )


# ---------------------------------------------------------------- hints


class MongoHintRepository:
    @off_loop
    def add_if_absent(self, hint: Hint) -> tuple[Hint, bool]:
        document = HintDocument(
            tenant_id=hint.tenant_id,
            hint_id=hint.hint_id,
            event_id=hint.event_id,
            interview_id=hint.interview_id,
            candidate_id=hint.candidate_id,
            kind=interview_kind_to_text(hint.kind),
            answer_id=hint.answer_id,
            question_id=hint.question_id,
            hint_code=hint.hint_code,
            text=hint.text,
            language=hint.language.value,
            submitted_at=hint.submitted_at,
            created_at=hint.created_at,
        )
        same_key = HintDocument.objects(tenant_id=hint.tenant_id, answer_id=hint.answer_id)
        return insert_or_find(document, hint, lambda: first_as(same_key, self._to_domain))

    @off_loop
    def for_interview(self, tenant_id: str, interview_id: str) -> list[Hint]:
        documents = HintDocument.objects(tenant_id=tenant_id, interview_id=interview_id).order_by("created_at")
        return [self._to_domain(d) for d in documents]

    @staticmethod
    def _to_domain(d: HintDocument) -> Hint:
        return Hint(
            tenant_id=d.tenant_id,
            hint_id=d.hint_id,
            event_id=d.event_id,
            interview_id=d.interview_id,
            candidate_id=d.candidate_id,
            kind=interview_kind_from_text(d.kind),
            answer_id=d.answer_id,
            question_id=d.question_id,
            hint_code=d.hint_code,
            text=d.text,
            language=Language(d.language),
            submitted_at=d.submitted_at,
            created_at=d.created_at,
        )


# ---------------------------------------------------------------- reports


def _content_to_dict(content: ReportContent) -> dict[str, Any]:
    return asdict(content)


def _content_from_dict(raw: dict[str, Any]) -> ReportContent:
    def item(i: dict[str, Any]) -> ReportItem:
        return ReportItem(i["competency_id"], i.get("text", ""), i.get("evidence_quote", ""))

    return ReportContent(
        overall_score=float(raw["overall_score"]),
        competencies=tuple(
            CompetencyResult(
                competency_id=c["competency_id"],
                name=_localized(c.get("name", {})),
                # None: not assessed (no answer was scored on it).
                score=float(c["score"]) if c.get("score") is not None else None,
                weight_percent=int(c.get("weight_percent", 0)),
                evidence=tuple(_evidence(e) for e in c.get("evidence", [])),
            )
            for c in raw.get("competencies", [])
        ),
        strengths=tuple(item(i) for i in raw.get("strengths", [])),
        improvements=tuple(item(i) for i in raw.get("improvements", [])),
        review_flags=tuple(raw.get("review_flags", [])),
        scorers=tuple(_scorer(s) for s in raw.get("scorers", [])),
    )


def report_key(tenant_id: str, interview_id: str) -> str:
    """The ``_id`` of an interview's report."""
    return key_id(tenant_id, interview_id)


class MongoReportRepository:
    @off_loop
    def add_pending(self, report: Report) -> tuple[Report, bool]:
        summary = report.summary
        document = ReportDocument(
            id=report_key(summary.tenant_id, summary.interview_id),
            tenant_id=summary.tenant_id,
            interview_id=summary.interview_id,
            report_id=report.report_id,
            event_id=report.event_id,
            candidate_id=summary.candidate_id,
            kind=interview_kind_to_text(summary.kind),
            language=summary.language.value,
            position_id=summary.position_id,
            position_title=summary.position_title,
            weights=[asdict(w) for w in summary.weights],
            answer_ids=list(summary.answer_ids),
            question_texts=list(summary.question_texts),
            started_at=summary.started_at,
            completed_at=summary.completed_at,
            status=ReportStatus.PENDING.value,
        )
        return insert_or_find(document, report, lambda: self._get(summary.tenant_id, summary.interview_id))

    @off_loop
    def get(self, tenant_id: str, interview_id: str) -> Report | None:
        return self._get(tenant_id, interview_id)

    def _get(self, tenant_id: str, interview_id: str) -> Report | None:
        document = tenant_document_by_id(ReportDocument, report_key(tenant_id, interview_id), tenant_id)
        return None if document is None else self._to_domain(document)

    @off_loop
    def complete(self, report: Report) -> bool:
        if report.content is None:
            raise ValueError("only a finished report can complete the pending one")
        change = {
            "set__status": ReportStatus.READY.value,
            "set__content": _content_to_dict(report.content),
            "set__courses": [asdict(c) for c in report.courses],
            "set__generated_at": report.generated_at,
        }
        pending = ReportStatus.PENDING.value
        # The status in the filter makes pending -> ready a compare-and-set: atomic on MongoDB, not on
        # FerretDB (see docs/deploy.md). On FerretDB it is also the one non-_id filter left on this
        # path: one scan per finished report.
        key = report_key(report.tenant_id, report.interview_id)
        return bool(ReportDocument.objects(id=key, status=pending).update_one(**change))

    @off_loop
    def mark_published(self, tenant_id: str, interview_id: str) -> None:
        ReportDocument.objects(id=report_key(tenant_id, interview_id)).update_one(set__published=True)

    @off_loop
    def ready_selection_reports(
        self, tenant_id: str, *, position_id: str = "", candidate_id: str = "", limit: int | None = None
    ) -> list[Report]:
        # The data wall: only selection reports leave this query, whatever the caller asks for.
        query = ReportDocument.objects(
            tenant_id=tenant_id, kind=InterviewKind.SELECTION.value, status=ReportStatus.READY.value
        )
        if position_id:
            query = query.filter(position_id=position_id)
        if candidate_id:
            query = query.filter(candidate_id=candidate_id)
        query = query.order_by("-generated_at")
        if limit is not None:
            query = query.limit(limit)
        return [self._to_domain(d) for d in query]

    @staticmethod
    def _to_domain(d: ReportDocument) -> Report:
        summary = InterviewSummary(
            tenant_id=d.tenant_id,
            interview_id=d.interview_id,
            candidate_id=d.candidate_id,
            kind=interview_kind_from_text(d.kind),
            language=Language(d.language),
            position_id=d.position_id,
            position_title=d.position_title,
            weights=tuple(CompetencyWeight(w["competency_id"], int(w["weight_percent"])) for w in d.weights),
            answer_ids=tuple(d.answer_ids),
            question_texts=tuple(d.question_texts),
            started_at=d.started_at,
            completed_at=d.completed_at,
        )
        return Report(
            summary=summary,
            report_id=d.report_id,
            event_id=d.event_id,
            status=ReportStatus(d.status),
            # (with_unassessed: a report stored before unassessed competencies were kept still shows them.)
            content=with_unassessed(_content_from_dict(d.content), summary.weights) if d.content else None,
            courses=tuple(
                CourseSuggestion(c["course_id"], c["competency_id"], _localized(c.get("title", {}))) for c in d.courses
            ),
            generated_at=d.generated_at,
            published=d.published,
        )


# ---------------------------------------------------------------- review requests


class MongoReviewRepository:
    @off_loop
    def add_if_absent(self, review: ReviewRequest) -> ReviewRequest:
        document = ReviewRequestDocument(
            tenant_id=review.tenant_id,
            review_id=review.review_id,
            interview_id=review.interview_id,
            requested_by=review.requested_by,
            reason=review.reason,
            requested_at=review.requested_at,
        )
        same_key = ReviewRequestDocument.objects(
            tenant_id=review.tenant_id, interview_id=review.interview_id, requested_by=review.requested_by
        )
        return insert_or_find(document, review, lambda: first_as(same_key, self._to_domain))[0]

    @off_loop
    def exists_for(self, tenant_id: str, interview_id: str) -> bool:
        return ReviewRequestDocument.objects(tenant_id=tenant_id, interview_id=interview_id).first() is not None

    @staticmethod
    def _to_domain(d: ReviewRequestDocument) -> ReviewRequest:
        return ReviewRequest(
            tenant_id=d.tenant_id,
            review_id=d.review_id,
            interview_id=d.interview_id,
            requested_by=d.requested_by,
            reason=d.reason,
            requested_at=d.requested_at,
        )


# ---------------------------------------------------------------- candidate feedback


class MongoCandidateFeedbackRepository:
    @off_loop
    def add_if_absent(self, feedback: CandidateFeedback) -> tuple[CandidateFeedback, bool]:
        document = CandidateFeedbackDocument(
            tenant_id=feedback.tenant_id,
            feedback_id=feedback.feedback_id,
            event_id=feedback.event_id,
            interview_id=feedback.interview_id,
            candidate_id=feedback.candidate_id,
            position_id=feedback.position_id,
            kind=interview_kind_to_text(feedback.kind),
            language=feedback.language.value,
            rating=feedback.rating,
            comment=feedback.comment,
            submitted_at=feedback.submitted_at,
        )
        same_interview = CandidateFeedbackDocument.objects(
            tenant_id=feedback.tenant_id, interview_id=feedback.interview_id
        )
        return insert_or_find(document, feedback, lambda: first_as(same_interview, self._to_domain))

    @staticmethod
    def _to_domain(d: CandidateFeedbackDocument) -> CandidateFeedback:
        return CandidateFeedback(
            tenant_id=d.tenant_id,
            feedback_id=d.feedback_id,
            event_id=d.event_id,
            interview_id=d.interview_id,
            candidate_id=d.candidate_id,
            position_id=d.position_id,
            kind=interview_kind_from_text(d.kind),
            language=Language(d.language),
            rating=d.rating,
            comment=d.comment,
            submitted_at=d.submitted_at,
        )


class MongoCandidateErasure:
    """Deletes an erased candidate's reports, hints, score projections, review requests and ratings."""

    @off_loop
    def erase_candidate(self, tenant_id: str, candidate_id: str, interview_ids: Sequence[str]) -> int:
        """Returns how many records were deleted; repeating it deletes nothing more.

        Score projections and review requests carry no candidate id: they go with the candidate's
        interviews, known from their reports and hints here and from ``interview_ids`` (profile's
        history), minus any interview whose report names another candidate.
        """
        reports = ReportDocument.objects(tenant_id=tenant_id)
        hints = HintDocument.objects(tenant_id=tenant_id)
        own = set(reports.filter(candidate_id=candidate_id).distinct("interview_id"))
        own |= set(hints.filter(candidate_id=candidate_id).distinct("interview_id"))
        named = set(interview_ids) - own
        if named:
            others = reports.filter(interview_id__in=list(named), candidate_id__nin=["", candidate_id])
            named -= set(others.distinct("interview_id"))
        interviews = list(own | named)
        removed = 0
        for document in (
            AnswerScoreDocument,
            HintDocument,
            ReportDocument,
            ReviewRequestDocument,
            CandidateFeedbackDocument,
        ):
            removed += int(document.objects(tenant_id=tenant_id, interview_id__in=interviews).delete())
        return removed
