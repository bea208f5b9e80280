"""In-memory fakes and event builders for feedback's unit tests (no Kafka, no Mongo, no network)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from google.protobuf.message import Message
from wendu.core import codec
from wendu.core.bus import RecordContext
from wendu.core.errors import Unavailable
from wendu.feedback.domain.model import (
    AnswerScore,
    CandidateFeedback,
    CompetencyGap,
    CourseSuggestion,
    Hint,
    HumanReview,
    InterviewKind,
    LocalizedText,
    Report,
    ReportContent,
    ReportStatus,
    ReviewRequest,
    ScoreOverride,
)
from wendu.feedback.entrypoints.grpc_api import FeedbackServicer
from wendu.feedback.handlers.candidate_feedback import CandidateFeedbackRecorder
from wendu.feedback.handlers.overrides import ScoreOverrides
from wendu.feedback.handlers.queries import FeedbackQueries
from wendu.feedback.handlers.worker import FeedbackWorker
from wendu.v1 import common_pb2, events_pb2

TENANT = "acme"
INTERVIEW = "iv-1"
CANDIDATE = "cand-1"
NOW = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)


class FakeScores:
    def __init__(self) -> None:
        self.rows: dict[tuple[str, str, int], AnswerScore] = {}

    async def add(self, score: AnswerScore) -> bool:
        key = (score.tenant_id, score.answer_id, score.revision)
        if key in self.rows:
            return False
        self.rows[key] = score
        return True

    async def for_interview(self, tenant_id: str, interview_id: str) -> list[AnswerScore]:
        return [s for (t, _, _), s in self.rows.items() if t == tenant_id and s.interview_id == interview_id]


class FakeHints:
    def __init__(self) -> None:
        self.rows: dict[tuple[str, str], Hint] = {}

    async def add_if_absent(self, hint: Hint) -> tuple[Hint, bool]:
        key = (hint.tenant_id, hint.answer_id)
        if key in self.rows:
            return self.rows[key], False
        self.rows[key] = hint
        return hint, True

    async def for_interview(self, tenant_id: str, interview_id: str) -> list[Hint]:
        hints = [h for (t, _), h in self.rows.items() if t == tenant_id and h.interview_id == interview_id]
        return sorted(hints, key=lambda h: h.created_at)


class FakeReports:
    def __init__(self) -> None:
        self.rows: dict[tuple[str, str], Report] = {}

    async def add_pending(self, report: Report) -> tuple[Report, bool]:
        key = (report.tenant_id, report.interview_id)
        if key in self.rows:
            return self.rows[key], False
        self.rows[key] = report
        return report, True

    async def get(self, tenant_id: str, interview_id: str) -> Report | None:
        return self.rows.get((tenant_id, interview_id))

    async def complete(self, report: Report) -> bool:
        key = (report.tenant_id, report.interview_id)
        if self.rows[key].status is not ReportStatus.PENDING:
            return False
        self.rows[key] = dataclasses.replace(report, published=False)
        return True

    async def mark_published(self, tenant_id: str, interview_id: str) -> None:
        key = (tenant_id, interview_id)
        self.rows[key] = dataclasses.replace(self.rows[key], published=True)

    async def record_review(
        self, tenant_id: str, interview_id: str, content: ReportContent, review: HumanReview | None
    ) -> None:
        key = (tenant_id, interview_id)
        stored = self.rows[key].human_review
        if stored is not None and (review is None or review.override_count <= stored.override_count):
            return
        self.rows[key] = dataclasses.replace(self.rows[key], content=content, human_review=review)

    async def ready_selection_reports(
        self, tenant_id: str, *, position_id: str = "", candidate_id: str = "", limit: int | None = None
    ) -> list[Report]:
        reports = [
            r
            for (t, _), r in self.rows.items()
            if t == tenant_id
            and r.summary.kind is InterviewKind.SELECTION
            and r.status is ReportStatus.READY
            and position_id in ("", r.summary.position_id)
            and candidate_id in ("", r.summary.candidate_id)
        ]
        reports.sort(key=lambda r: r.generated_at or NOW, reverse=True)
        return reports[:limit]


class FakeOverrides:
    def __init__(self) -> None:
        self.rows: dict[tuple[str, str], ScoreOverride] = {}

    async def add_if_absent(self, override: ScoreOverride) -> tuple[ScoreOverride, bool]:
        key = (override.tenant_id, override.override_id)
        if key in self.rows:
            return self.rows[key], False
        self.rows[key] = override
        return override, True

    async def for_interview(self, tenant_id: str, interview_id: str) -> list[ScoreOverride]:
        found = [o for (t, _), o in self.rows.items() if t == tenant_id and o.interview_id == interview_id]
        return sorted(found, key=lambda o: o.overridden_at)


class FakeReviews:
    def __init__(self) -> None:
        self.rows: dict[tuple[str, str, str], ReviewRequest] = {}

    async def add_if_absent(self, review: ReviewRequest) -> ReviewRequest:
        key = (review.tenant_id, review.interview_id, review.requested_by)
        return self.rows.setdefault(key, review)

    async def exists_for(self, tenant_id: str, interview_id: str) -> bool:
        return any(t == tenant_id and i == interview_id for t, i, _ in self.rows)


class FakeRatings:
    def __init__(self) -> None:
        self.rows: dict[tuple[str, str], CandidateFeedback] = {}

    async def add_if_absent(self, feedback: CandidateFeedback) -> tuple[CandidateFeedback, bool]:
        key = (feedback.tenant_id, feedback.interview_id)
        new = key not in self.rows
        return self.rows.setdefault(key, feedback), new


class FakeRecommender:
    def __init__(self) -> None:
        self.calls: list[tuple[str, list[CompetencyGap], int]] = []
        self.fail = False

    async def recommend(
        self, tenant_id: str, gaps: Sequence[CompetencyGap], max_courses: int
    ) -> list[CourseSuggestion]:
        self.calls.append((tenant_id, list(gaps), max_courses))
        if self.fail:
            raise Unavailable("training is down")
        return [
            CourseSuggestion(f"course-{g.competency_id}", g.competency_id, LocalizedText(zh="课程", en="Course"))
            for g in gaps[:max_courses]
        ]


class FakePublisher:
    def __init__(self) -> None:
        self.sent: list[tuple[str, Message, str]] = []

    async def publish(self, topic: str, event: Message, *, key: str) -> None:
        self.sent.append((topic, event, key))

    def on(self, topic: str) -> list[Any]:
        return [event for t, event, _ in self.sent if t == topic]


@dataclasses.dataclass
class Feedback:
    """The worker and queries wired to fakes, with the fakes at hand for assertions."""

    worker: FeedbackWorker
    queries: FeedbackQueries
    scores: FakeScores
    hints: FakeHints
    reports: FakeReports
    reviews: FakeReviews
    recommender: FakeRecommender
    publisher: FakePublisher
    ratings: CandidateFeedbackRecorder
    rating_rows: FakeRatings
    overrides: ScoreOverrides
    override_rows: FakeOverrides


@pytest.fixture
def feedback() -> Feedback:
    scores, hints, reports, reviews = FakeScores(), FakeHints(), FakeReports(), FakeReviews()
    recommender, publisher = FakeRecommender(), FakePublisher()
    worker = FeedbackWorker(
        scores=scores,
        hints=hints,
        reports=reports,
        publisher=publisher,
        recommender=recommender,
        clock=lambda: NOW,
    )
    queries = FeedbackQueries(reports=reports, hints=hints, reviews=reviews, clock=lambda: NOW)
    rating_rows = FakeRatings()
    ratings = CandidateFeedbackRecorder(reports=reports, ratings=rating_rows, publisher=publisher, clock=lambda: NOW)
    override_rows = FakeOverrides()
    overrides = ScoreOverrides(
        scores=scores, reports=reports, overrides=override_rows, publisher=publisher, clock=lambda: NOW
    )
    return Feedback(
        worker,
        queries,
        scores,
        hints,
        reports,
        reviews,
        recommender,
        publisher,
        ratings,
        rating_rows,
        overrides,
        override_rows,
    )


@pytest.fixture
def ctx() -> RecordContext:
    return RecordContext(topic="test", partition=0, offset=0, key=INTERVIEW, timestamp_ms=0)


ScoreReadyFactory = Callable[..., events_pb2.ScoreReady]


@pytest.fixture
def score_ready() -> ScoreReadyFactory:
    """``score_ready("a-1", {"communication": 8.0}, evidence=[...], ...)``: a complete, strong answer by default."""

    def build(
        answer_id: str,
        scores: dict[str, float],
        *,
        evidence: Sequence[tuple[str, str]] = (),
        star_parts: Sequence[int] = (
            common_pb2.STAR_PART_SITUATION,
            common_pb2.STAR_PART_TASK,
            common_pb2.STAR_PART_ACTION,
            common_pb2.STAR_PART_RESULT,
        ),
        specificity: float = 0.8,
        relevance: float = 0.9,
        revision: int = 0,
        language: int = common_pb2.LANGUAGE_EN,
        interview_id: str = INTERVIEW,
        kind: int = common_pb2.INTERVIEW_KIND_SELECTION,
        injection_suspected: bool = False,
    ) -> events_pb2.ScoreReady:
        answer_text = " ".join(quote for quote, _ in evidence)
        spans = []
        offset = 0
        for quote, competency_id in evidence:
            spans.append(
                common_pb2.Evidence(quote=quote, start=offset, end=offset + len(quote), competency_id=competency_id)
            )
            offset += len(quote) + 1
        return events_pb2.ScoreReady(
            meta=codec.new_meta(
                events_pb2.ScoreReady,
                tenant_id=TENANT,
                interview_id=interview_id,
                candidate_id=CANDIDATE,
                interview_kind=kind,
            ),
            answer_id=answer_id,
            question_id=f"q-{answer_id}",
            scores=[common_pb2.CompetencyScore(competency_id=c, score=s, level=3) for c, s in scores.items()],
            evidence=spans,
            star_parts=list(star_parts),
            specificity=specificity,
            relevance=relevance,
            rationale="",
            scorer=common_pb2.ScorerInfo(name="local", version="1.0", rubric_version="r1", prompt_version="p1"),
            language=language,  # type: ignore[arg-type]
            revision=revision,
            injection_suspected=injection_suspected,
            submitted_at=codec.to_timestamp(NOW - timedelta(seconds=2)),
            answer_text=answer_text,
        )

    return build


InterviewCompletedFactory = Callable[..., events_pb2.InterviewCompleted]


@pytest.fixture
def interview_completed() -> InterviewCompletedFactory:
    """``interview_completed(["a-1", "a-2"], {"communication": 40, ...})``."""

    def build(
        answer_ids: Sequence[str],
        weights: dict[str, int],
        *,
        language: int = common_pb2.LANGUAGE_EN,
        interview_id: str = INTERVIEW,
        kind: int = common_pb2.INTERVIEW_KIND_SELECTION,
    ) -> events_pb2.InterviewCompleted:
        return events_pb2.InterviewCompleted(
            meta=codec.new_meta(
                events_pb2.InterviewCompleted,
                tenant_id=TENANT,
                interview_id=interview_id,
                candidate_id=CANDIDATE,
                interview_kind=kind,
            ),
            position_id="pos-1",
            position_title="Product analyst",
            weights=[common_pb2.CompetencyWeight(competency_id=c, weight_percent=w) for c, w in weights.items()],
            answer_ids=list(answer_ids),
            language=language,  # type: ignore[arg-type]
            started_at=codec.to_timestamp(NOW - timedelta(minutes=30)),
            completed_at=codec.to_timestamp(NOW - timedelta(seconds=5)),
            question_texts=[f"Question about {a}" for a in answer_ids],
        )

    return build


@pytest.fixture
def hint_ready() -> Callable[..., events_pb2.HintReady]:
    """A ``hint-ready`` event as question-gen publishes it (feedback keeps it for ListHints)."""

    def build(answer_id: str = "a-1", hint_id: str = "h-1", *, interview_id: str = "iv-1") -> events_pb2.HintReady:
        return events_pb2.HintReady(
            meta=common_pb2.EventMeta(
                event_id=f"e-{hint_id}",
                tenant_id=TENANT,
                interview_id=interview_id,
                candidate_id="cand-1",
                interview_kind=common_pb2.INTERVIEW_KIND_SELECTION,
            ),
            hint_id=hint_id,
            answer_id=answer_id,
            question_id=f"q-{answer_id}",
            hint_code="add_result",
            kind=common_pb2.HINT_KIND_ADD_RESULT,
            text="Good example. What changed in the end because of what you did?",
            language=common_pb2.LANGUAGE_EN,
        )

    return build


@pytest.fixture
def servicer(feedback) -> FeedbackServicer:
    """The gRPC servicer over the feedback fixture's handlers, called directly (see support.auth.call_as)."""
    return FeedbackServicer(feedback.queries, feedback.ratings, feedback.overrides)
