"""OverrideScore: the domain rules (a valid override, the report rebuilt with the automated scores kept)
and the use case through the servicer on fakes (who may, what it changes, what it audits, retries)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from support.auth import call_as
from wendu.core import audit, topics
from wendu.core.auth import Principal, Role
from wendu.core.errors import FailedPrecondition, InvalidArgument, NotFound, PermissionDenied
from wendu.feedback.domain.model import (
    AnswerScore,
    CompetencyScore,
    CompetencyWeight,
    Language,
    ReportView,
    ScoreOverride,
)
from wendu.feedback.domain.override import (
    build_reviewed_report,
    human_review_of,
    validated_override_input,
    with_overrides,
)
from wendu.feedback.entrypoints.report_html import render_report_html
from wendu.feedback.handlers.queries import ReportForViewer
from wendu.v1 import common_pb2, feedback_pb2

T0 = datetime(2025, 3, 1, 10, 0, tzinfo=UTC)
RECRUITER = Principal("acme", frozenset({Role.RECRUITER}), "recruiter-7")
ADMIN = Principal("acme", frozenset({Role.ADMIN}), "admin-1")
SERVICE = Principal("acme", frozenset({Role.SERVICE}), "svc")
CANDIDATE = Principal(
    "acme", frozenset({Role.CANDIDATE}), "candidate:cand-1", interview_id="iv-1", candidate_id="cand-1"
)
WEIGHTS = (CompetencyWeight("communication", 50), CompetencyWeight("teamwork", 50))


def answer(answer_id: str, **scores: float) -> AnswerScore:
    return AnswerScore(
        tenant_id="acme",
        interview_id="iv-1",
        answer_id=answer_id,
        question_id="q",
        revision=0,
        language=Language.EN,
        scores=tuple(CompetencyScore(c, s, 3) for c, s in scores.items()),
    )


def override(answer_id: str, competency: str, after: float, *, at: datetime = T0, by: str = "r-1") -> ScoreOverride:
    return ScoreOverride(
        tenant_id="acme",
        override_id=f"o-{answer_id}-{competency}-{after}",
        interview_id="iv-1",
        answer_id=answer_id,
        revision=0,
        competency_id=competency,
        automated_score=0.0,
        score_before=0.0,
        score_after=after,
        reason="the transcript cut the answer off",
        overridden_by=by,
        overridden_at=at,
    )


# ---------------------------------------------------------------- domain rules


@pytest.mark.parametrize(
    ("score", "reason", "field"),
    [
        (5.0, "", "reason"),
        (5.0, "   ", "reason"),
        (10.5, "ok", "score"),
        (-1.0, "ok", "score"),
        (float("nan"), "ok", "score"),
        (5.0, "x" * 2001, "reason"),
    ],
)
def test_an_override_needs_a_reason_and_a_score_between_0_and_10(score, reason, field):
    with pytest.raises(InvalidArgument) as raised:
        validated_override_input(score, reason)
    assert raised.value.field == field


def test_the_new_score_is_rounded_to_one_decimal_and_the_reason_stripped():
    assert validated_override_input(7.25, "  misheard  ") == (7.3, "misheard")


def test_the_latest_override_of_a_score_wins_and_other_scores_stay():
    answers = [answer("a-1", communication=4.0, teamwork=6.0)]
    changed = with_overrides(
        answers,
        [override("a-1", "communication", 9.0, at=T0 + timedelta(minutes=1)), override("a-1", "communication", 7.0)],
    )
    assert changed[0].score_for("communication") == 9.0
    assert changed[0].score_for("teamwork") == 6.0


def test_the_rebuilt_report_shows_the_override_and_keeps_the_automated_scores_beside_it():
    answers = [answer("a-1", communication=4.0, teamwork=6.0), answer("a-2", communication=6.0)]
    content = build_reviewed_report(Language.EN, WEIGHTS, answers, [override("a-1", "communication", 8.0)])
    by_id = {c.competency_id: c for c in content.competencies}
    # communication: mean(8, 6) = 7.0 shown, mean(4, 6) = 5.0 automated; teamwork unchanged.
    assert (by_id["communication"].score, by_id["communication"].automated_score) == (7.0, 5.0)
    assert (by_id["teamwork"].score, by_id["teamwork"].automated_score) == (6.0, None)
    assert (content.overall_score, content.automated_overall_score) == (6.5, 5.5)
    # The candidate view shows the reviewed scores only.
    candidate = content.for_view(ReportView.CANDIDATE)
    assert candidate.automated_overall_score is None
    assert all(c.automated_score is None for c in candidate.competencies)


def test_without_overrides_the_report_is_the_automated_one_and_nobody_reviewed_it():
    answers = [answer("a-1", communication=4.0, teamwork=6.0)]
    content = build_reviewed_report(Language.EN, WEIGHTS, answers, [])
    assert content.automated_overall_score is None
    assert human_review_of([]) is None


def test_the_review_names_the_last_reviewer_and_counts_every_override():
    review = human_review_of(
        [override("a-1", "teamwork", 5.0, by="r-2", at=T0 + timedelta(hours=1)), override("a-1", "teamwork", 7.0)]
    )
    assert review is not None
    assert (review.reviewed_by, review.reviewed_at, review.override_count) == ("r-2", T0 + timedelta(hours=1), 2)


# ---------------------------------------------------------------- the use case


@pytest.fixture
async def ready_report(feedback, score_ready, interview_completed, ctx):
    async def make(kind: int = common_pb2.INTERVIEW_KIND_SELECTION, language: int = common_pb2.LANGUAGE_EN) -> None:
        await feedback.worker.on_score_ready(
            score_ready("a-1", {"communication": 4.0, "teamwork": 6.0}, kind=kind), ctx
        )
        await feedback.worker.on_interview_completed(
            interview_completed(
                ["a-1"], {w.competency_id: w.weight_percent for w in WEIGHTS}, kind=kind, language=language
            ),
            ctx,
        )

    return make


def request(**changes) -> feedback_pb2.OverrideScoreRequest:
    fields = {
        "interview_id": "iv-1",
        "answer_id": "a-1",
        "competency_id": "communication",
        "score": 8.0,
        "reason": "the transcript cut the answer off",
        "idempotency_key": "k-1",
    }
    fields.update(changes)
    return feedback_pb2.OverrideScoreRequest(**fields)


async def test_an_override_rebuilds_the_report_marks_it_reviewed_and_is_audited_once(servicer, feedback, ready_report):
    await ready_report()
    stored = await call_as(RECRUITER, servicer.OverrideScore, request())
    assert (stored.automated_score, stored.score_before, stored.score_after, stored.recorded_now) == (
        4.0,
        4.0,
        8.0,
        True,
    )
    assert stored.overridden_by == "recruiter-7"

    report = await call_as(
        RECRUITER,
        servicer.GetReport,
        feedback_pb2.GetReportRequest(interview_id="iv-1", view=feedback_pb2.REPORT_VIEW_RECRUITER),
    )
    communication = next(c for c in report.competencies if c.competency_id == "communication")
    assert (communication.score, communication.automated_score) == (8.0, 4.0)
    assert (report.overall_score, report.automated_overall_score) == (7.0, 5.0)
    assert (report.human_review.reviewed_by, report.human_review.override_count) == ("recruiter-7", 1)

    trail = feedback.publisher.on(topics.DECISION_AUDIT)
    overrides = [r for r in trail if r.kind == audit.HUMAN_OVERRIDE]
    assert len(overrides) == 1
    assert (overrides[0].actor, overrides[0].reason, overrides[0].decided_by) == (
        "recruiter-7",
        "the transcript cut the answer off",
        "human",
    )
    assert overrides[0].overrides_record_id == audit.record_id(audit.SCORE, "scoring", "acme", "a-1", "0")

    # A retry with the same key stores nothing new and re-publishes the same record id.
    again = await call_as(RECRUITER, servicer.OverrideScore, request(score=2.0))
    assert (again.override_id, again.score_after, again.recorded_now) == (stored.override_id, 8.0, False)
    ids = {r.meta.event_id for r in feedback.publisher.on(topics.DECISION_AUDIT) if r.kind == audit.HUMAN_OVERRIDE}
    assert ids == {overrides[0].meta.event_id}
    assert len(feedback.override_rows.rows) == 1


async def test_the_candidate_sees_that_a_person_reviewed_it_in_their_language_but_not_who(
    servicer, feedback, ready_report
):
    await ready_report(language=common_pb2.LANGUAGE_ZH)
    await call_as(ADMIN, servicer.OverrideScore, request())
    report = await call_as(CANDIDATE, servicer.GetReport, feedback_pb2.GetReportRequest(interview_id="iv-1"))
    assert report.human_review.override_count == 1
    assert report.human_review.reviewed_by == ""
    assert "人工复核" in report.human_review.notice
    assert not report.HasField("automated_overall_score")
    assert all(not c.HasField("automated_score") for c in report.competencies)


async def test_a_second_override_starts_from_the_first(servicer, ready_report):
    await ready_report()
    await call_as(RECRUITER, servicer.OverrideScore, request())
    second = await call_as(RECRUITER, servicer.OverrideScore, request(score=9.0, idempotency_key="k-2"))
    assert (second.automated_score, second.score_before, second.score_after) == (4.0, 8.0, 9.0)


async def test_each_override_republishes_the_report_as_a_new_revision_and_a_retry_repeats_it(
    servicer, feedback, ready_report
):
    await ready_report()
    [first] = feedback.publisher.on(topics.REPORT_GENERATED)
    assert (first.revision, first.human_reviewed, first.HasField("automated_overall_score")) == (0, False, False)

    await call_as(RECRUITER, servicer.OverrideScore, request())
    await call_as(RECRUITER, servicer.OverrideScore, request(score=2.0))  # a retry: the same revision again
    await call_as(RECRUITER, servicer.OverrideScore, request(score=9.0, idempotency_key="k-2"))
    _, one, retried, two = feedback.publisher.on(topics.REPORT_GENERATED)

    assert (one.revision, one.human_reviewed, one.overall_score, one.automated_overall_score) == (1, True, 7.0, 5.0)
    assert one.report_id == first.report_id and one.meta.event_id != first.meta.event_id
    assert one.HasField("reviewed_at")
    # The same revision, the same event id (consumers keep it once); only meta.occurred_at differs.
    retried.meta.ClearField("occurred_at")
    one_without_time = type(one)()
    one_without_time.CopyFrom(one)
    one_without_time.meta.ClearField("occurred_at")
    assert retried == one_without_time
    assert (two.revision, two.overall_score) == (2, 7.5)
    assert len({first.meta.event_id, one.meta.event_id, two.meta.event_id}) == 3
    assert {key for topic, _, key in feedback.publisher.sent if topic == topics.REPORT_GENERATED} == {"iv-1"}


async def test_a_slower_rebuild_with_fewer_overrides_does_not_replace_a_newer_revision(feedback, ready_report):
    from wendu.feedback.domain.model import HumanReview

    await ready_report()
    reports = feedback.reports
    current = await reports.get("acme", "iv-1")
    assert current is not None and current.content is not None
    await reports.record_review("acme", "iv-1", current.content, HumanReview("r-2", T0, 2))
    await reports.record_review("acme", "iv-1", current.content, HumanReview("r-1", T0, 1))
    stored = await reports.get("acme", "iv-1")
    assert stored is not None and stored.revision == 2


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"reason": ""}, "reason"),
        ({"idempotency_key": ""}, "idempotency_key"),
        ({"answer_id": ""}, "answer_id"),
        ({"score": 11.0}, "score"),
        ({"competency_id": "leadership"}, "competency_id"),
    ],
)
async def test_bad_input_is_refused_naming_the_field(servicer, ready_report, changes, field):
    await ready_report()
    with pytest.raises(InvalidArgument) as raised:
        await call_as(RECRUITER, servicer.OverrideScore, request(**changes))
    assert raised.value.field == field


async def test_unknown_interview_answer_and_practice_are_not_found(servicer, ready_report):
    await ready_report()
    with pytest.raises(NotFound):
        await call_as(RECRUITER, servicer.OverrideScore, request(interview_id="iv-unknown"))
    with pytest.raises(NotFound):
        await call_as(RECRUITER, servicer.OverrideScore, request(answer_id="a-unknown"))


async def test_a_practice_report_cannot_be_overridden(servicer, ready_report):
    await ready_report(kind=common_pb2.INTERVIEW_KIND_PRACTICE)
    with pytest.raises(NotFound):
        await call_as(RECRUITER, servicer.OverrideScore, request())


async def test_a_report_still_being_generated_cannot_be_overridden(servicer, feedback, interview_completed, ctx):
    await feedback.worker.on_interview_completed(interview_completed(["a-1"], {"communication": 100}), ctx)
    with pytest.raises(FailedPrecondition):
        await call_as(RECRUITER, servicer.OverrideScore, request())


@pytest.mark.parametrize("principal", [CANDIDATE, SERVICE])
async def test_only_a_recruiter_or_an_admin_may_override(servicer, ready_report, principal):
    await ready_report()
    with pytest.raises(PermissionDenied):
        await call_as(principal, servicer.OverrideScore, request(reason=""))


async def test_the_rendered_report_shows_the_review_and_the_automated_score_to_the_recruiter_only(
    servicer, feedback, ready_report
):
    await ready_report()
    await call_as(RECRUITER, servicer.OverrideScore, request())
    for view in (ReportView.RECRUITER, ReportView.CANDIDATE):
        found = await feedback.queries.look_up_report(
            RECRUITER if view is ReportView.RECRUITER else CANDIDATE, "iv-1", view
        )
        assert isinstance(found, ReportForViewer)
        page = render_report_html(found)
        assert "A person at the employer reviewed this report and adjusted 1 score(s)." in page
        assert ("automated 4.0" in page) is (view is ReportView.RECRUITER)
        assert ("recruiter-7" in page) is (view is ReportView.RECRUITER)
