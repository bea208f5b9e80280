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

from pymongo import ReturnDocument
from pymongo.errors import DuplicateKeyError
from wendu.core.data_export import CandidateRecords, raw_records
from wendu.core.mongo import (
    first_as,
    insert_or_find,
    key_id,
    off_loop,
    tenant_document_by_id,
)
from wendu.core.text import StarPart
from wendu.core.vocabulary import interview_kind_from_text, interview_kind_to_text
from wendu.feedback.adapters.documents import (
    CandidateFeedbackDocument,
    HintDocument,
    InterviewScoresDocument,
    ReportDocument,
    ReviewRequestDocument,
    ScoreOverrideDocument,
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
    HumanReview,
    InterviewKind,
    InterviewSummary,
    Language,
    LocalizedText,
    Report,
    ReportContent,
    ReportItem,
    ReportStatus,
    ReviewRequest,
    ScoreOverride,
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
        entry = {
            "answer_id": score.answer_id,
            "question_id": score.question_id,
            "revision": score.revision,
            "language": score.language.value,
            "scores": [asdict(s) for s in score.scores],
            "evidence": [asdict(e) for e in score.evidence],
            "star_parts": sorted(p.value for p in score.star_parts),
            "specificity": score.specificity,
            "relevance": score.relevance,
            "scorer": asdict(score.scorer),
            "injection_suspected": score.injection_suspected,
            "needs_human_review": score.needs_human_review,
            "submitted_at": score.submitted_at,
        }
        change = {
            "$addToSet": {"scores": entry},
            "$setOnInsert": {"tenant_id": score.tenant_id, "interview_id": score.interview_id},
        }
        key = interview_scores_key(score.tenant_id, score.interview_id)
        collection = InterviewScoresDocument._get_collection()
        try:
            result = collection.update_one({"_id": key}, change, upsert=True)
        except DuplicateKeyError:
            # Two first scores of one interview upserted at once; the other created it: add to it.
            result = collection.update_one({"_id": key}, change)
        return result.upserted_id is not None or result.modified_count > 0

    @off_loop
    def for_interview(self, tenant_id: str, interview_id: str) -> list[AnswerScore]:
        document = tenant_document_by_id(
            InterviewScoresDocument, interview_scores_key(tenant_id, interview_id), tenant_id
        )
        if document is None:
            return []
        return [self._to_domain(tenant_id, interview_id, raw) for raw in document.scores]

    @staticmethod
    def _to_domain(tenant_id: str, interview_id: str, raw: dict[str, Any]) -> AnswerScore:
        return AnswerScore(
            tenant_id=tenant_id,
            interview_id=interview_id,
            answer_id=raw["answer_id"],
            question_id=raw.get("question_id", ""),
            revision=int(raw["revision"]),
            language=Language(raw["language"]),
            scores=tuple(
                CompetencyScore(s["competency_id"], float(s["score"]), int(s.get("level", 0)))
                for s in raw.get("scores", [])
            ),
            evidence=tuple(_evidence(e) for e in raw.get("evidence", [])),
            star_parts=frozenset(StarPart(p) for p in raw.get("star_parts", [])),
            specificity=float(raw.get("specificity", 0.0)),
            relevance=float(raw.get("relevance", 0.0)),
            scorer=_scorer(raw.get("scorer") or {}),
            injection_suspected=bool(raw.get("injection_suspected", False)),
            needs_human_review=bool(raw.get("needs_human_review", False)),
            submitted_at=raw.get("submitted_at"),
        )


def interview_scores_key(tenant_id: str, interview_id: str) -> str:
    """The ``_id`` of an interview's scores."""
    return key_id(tenant_id, interview_id)


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
                automated_score=float(c["automated_score"]) if c.get("automated_score") is not None else None,
            )
            for c in raw.get("competencies", [])
        ),
        strengths=tuple(item(i) for i in raw.get("strengths", [])),
        improvements=tuple(item(i) for i in raw.get("improvements", [])),
        review_flags=tuple(raw.get("review_flags", [])),
        scorers=tuple(_scorer(s) for s in raw.get("scorers", [])),
        automated_overall_score=(
            float(raw["automated_overall_score"]) if raw.get("automated_overall_score") is not None else None
        ),
    )


def _human_review_from_dict(raw: dict[str, Any] | None) -> HumanReview | None:
    if not raw:
        return None
    return HumanReview(
        reviewed_by=raw["reviewed_by"], reviewed_at=raw["reviewed_at"], override_count=int(raw["override_count"])
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
            "status": ReportStatus.READY.value,
            "content": _content_to_dict(report.content),
            "courses": [asdict(c) for c in report.courses],
            "generated_at": report.generated_at,
        }
        # By _id alone, returning the document as it was: the finisher that saw it pending is the
        # first (on MongoDB findAndModify is atomic per document). Two finishers of one report (its
        # last score and its completion, handled at once) build the same content from the same scores
        # and publish it under the report's one event id, so a second write changes nothing a reader
        # sees. A filter on status as well would be scanned by FerretDB v1 once per report.
        key = report_key(report.tenant_id, report.interview_id)
        before = ReportDocument._get_collection().find_one_and_update(
            {"_id": key}, {"$set": change}, return_document=ReturnDocument.BEFORE
        )
        return before is not None and before.get("status") == ReportStatus.PENDING.value

    @off_loop
    def mark_published(self, tenant_id: str, interview_id: str) -> None:
        ReportDocument.objects(id=report_key(tenant_id, interview_id)).update_one(set__published=True)

    @off_loop
    def record_review(
        self, tenant_id: str, interview_id: str, content: ReportContent, review: HumanReview | None
    ) -> None:
        change = {"content": _content_to_dict(content), "human_review": asdict(review) if review else None}
        count = review.override_count if review else 0
        # Only a revision with more overrides than the stored one replaces it (see the port).
        ReportDocument._get_collection().update_one(
            {
                "_id": report_key(tenant_id, interview_id),
                "$or": [{"human_review": None}, {"human_review.override_count": {"$lt": count}}],
            },
            {"$set": change},
        )

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
            human_review=_human_review_from_dict(d.human_review),
        )


# ---------------------------------------------------------------- score overrides


class MongoOverrideRepository:
    @off_loop
    def add_if_absent(self, override: ScoreOverride) -> tuple[ScoreOverride, bool]:
        key = key_id(override.tenant_id, override.override_id)
        document = ScoreOverrideDocument(id=key, **asdict(override))
        return insert_or_find(
            document, override, lambda: first_as(ScoreOverrideDocument.objects(id=key), self._to_domain)
        )

    @off_loop
    def for_interview(self, tenant_id: str, interview_id: str) -> list[ScoreOverride]:
        documents = ScoreOverrideDocument.objects(tenant_id=tenant_id, interview_id=interview_id)
        return sorted((self._to_domain(d) for d in documents), key=lambda o: o.overridden_at)

    @staticmethod
    def _to_domain(d: ScoreOverrideDocument) -> ScoreOverride:
        return ScoreOverride(
            tenant_id=d.tenant_id,
            override_id=d.override_id,
            interview_id=d.interview_id,
            answer_id=d.answer_id,
            revision=d.revision,
            competency_id=d.competency_id,
            automated_score=d.automated_score,
            score_before=d.score_before,
            score_after=d.score_after,
            reason=d.reason,
            overridden_by=d.overridden_by,
            overridden_at=d.overridden_at,
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
        interviews = _candidate_interview_ids(tenant_id, candidate_id, interview_ids)
        removed = 0
        for document in CANDIDATE_COLLECTIONS:
            removed += int(document.objects(tenant_id=tenant_id, interview_id__in=interviews).delete())
        return removed


# Every feedback collection that holds candidate data, found by the candidate's interviews.
CANDIDATE_COLLECTIONS = (
    InterviewScoresDocument,
    HintDocument,
    ReportDocument,
    ReviewRequestDocument,
    CandidateFeedbackDocument,
    ScoreOverrideDocument,
)


def _candidate_interview_ids(tenant_id: str, candidate_id: str, interview_ids: Sequence[str]) -> list[str]:
    """The candidate's interviews: from their reports and hints here, and from ``interview_ids``
    (profile's history) minus any interview whose report names another candidate."""
    reports = ReportDocument.objects(tenant_id=tenant_id)
    hints = HintDocument.objects(tenant_id=tenant_id)
    own = set(reports.filter(candidate_id=candidate_id).distinct("interview_id"))
    own |= set(hints.filter(candidate_id=candidate_id).distinct("interview_id"))
    named = set(interview_ids) - own
    if named:
        others = reports.filter(interview_id__in=list(named), candidate_id__nin=["", candidate_id])
        named -= set(others.distinct("interview_id"))
    return sorted(own | named)


class MongoCandidateExport:
    """Reads what erasure would delete: the reports, hints, score projections and review requests of
    the candidate's interviews."""

    @off_loop
    def export_candidate(self, tenant_id: str, candidate_id: str, interview_ids: Sequence[str]) -> CandidateRecords:
        query = {
            "tenant_id": tenant_id,
            "interview_id": {"$in": _candidate_interview_ids(tenant_id, candidate_id, interview_ids)},
        }
        return {
            document._get_collection_name(): raw_records(document._get_collection().find(query).sort("_id", 1))
            for document in CANDIDATE_COLLECTIONS
        }
