"""Feedback's stream use cases with in-memory fakes: hints projected once, reports once, whatever the order."""

from __future__ import annotations

import dataclasses

import pytest
from wendu.core import topics
from wendu.core.errors import InvalidArgument
from wendu.feedback.domain.model import ReportStatus
from wendu.v1 import common_pb2

WEIGHTS = {"communication": 30, "problem_solving": 40, "teamwork": 30}


async def test_scored_answer_gets_no_hint_from_feedback(feedback, score_ready, ctx):
    # Question-gen decides the hint with the next question; feedback only projects scores.
    await feedback.worker.on_score_ready(score_ready("a-1", {"communication": 4.0}), ctx)
    assert feedback.publisher.on(topics.HINT_READY) == []


async def test_hint_shown_by_question_gen_is_listed_once(feedback, hint_ready, ctx):
    await feedback.worker.on_hint_ready(hint_ready(), ctx)
    await feedback.worker.on_hint_ready(hint_ready(), ctx)
    [hint] = feedback.hints.rows.values()
    assert (hint.hint_id, hint.hint_code, hint.answer_id) == ("h-1", "add_result", "a-1")
    assert hint.event_id == "e-h-1"


async def test_hint_ready_without_answer_id_is_rejected_naming_the_field(feedback, hint_ready, ctx):
    with pytest.raises(InvalidArgument, match="answer_id"):
        await feedback.worker.on_hint_ready(hint_ready(answer_id=""), ctx)


async def test_score_ready_without_interview_id_is_rejected_naming_the_field(feedback, score_ready, ctx):
    with pytest.raises(InvalidArgument, match=r"meta\.interview_id"):
        await feedback.worker.on_score_ready(score_ready("a-1", {"communication": 6.0}, interview_id=""), ctx)


async def test_report_is_built_at_completion_when_every_score_is_in(feedback, score_ready, interview_completed, ctx):
    await feedback.worker.on_score_ready(score_ready("a-1", {"communication": 8.5, "problem_solving": 7.8}), ctx)
    await feedback.worker.on_score_ready(score_ready("a-2", {"teamwork": 6.0}), ctx)
    await feedback.worker.on_interview_completed(interview_completed(["a-1", "a-2"], WEIGHTS), ctx)

    [report] = feedback.publisher.on(topics.REPORT_GENERATED)
    assert report.overall_score == 7.5
    assert [(s.competency_id, s.score) for s in report.competency_scores] == [
        ("communication", 8.5),
        ("problem_solving", 7.8),
        ("teamwork", 6.0),
    ]
    assert [(w.competency_id, w.weight_percent) for w in report.weights] == list(WEIGHTS.items())
    assert list(report.weak_competency_ids) == ["teamwork"]
    assert [c.course_id for c in report.course_suggestions] == ["course-teamwork"]
    assert report.meta.candidate_id == "cand-1"
    assert report.meta.interview_kind == common_pb2.INTERVIEW_KIND_SELECTION
    assert list(report.question_texts) == ["Question about a-1", "Question about a-2"]
    assert report.completed_at.seconds > 0
    stored = await feedback.reports.get("acme", "iv-1")
    assert stored.status is ReportStatus.READY and stored.published
    assert report.report_id == stored.report_id and report.meta.event_id == stored.event_id


async def test_pending_report_finishes_only_when_the_last_score_arrives(
    feedback, score_ready, interview_completed, ctx
):
    await feedback.worker.on_score_ready(score_ready("a-1", {"communication": 8.0}), ctx)
    await feedback.worker.on_interview_completed(interview_completed(["a-1", "a-2", "a-3"], WEIGHTS), ctx)
    assert feedback.publisher.on(topics.REPORT_GENERATED) == []

    await feedback.worker.on_score_ready(score_ready("a-2", {"problem_solving": 7.0}), ctx)
    assert feedback.publisher.on(topics.REPORT_GENERATED) == []
    assert (await feedback.reports.get("acme", "iv-1")).status is ReportStatus.PENDING

    await feedback.worker.on_score_ready(score_ready("a-3", {"teamwork": 6.0}), ctx)
    [report] = feedback.publisher.on(topics.REPORT_GENERATED)
    assert [s.competency_id for s in report.competency_scores] == ["communication", "problem_solving", "teamwork"]


async def test_scores_of_other_interviews_do_not_finish_a_pending_report(
    feedback, score_ready, interview_completed, ctx
):
    await feedback.worker.on_interview_completed(interview_completed(["a-1"], WEIGHTS), ctx)
    await feedback.worker.on_score_ready(score_ready("a-9", {"communication": 8.0}, interview_id="iv-9"), ctx)
    assert feedback.publisher.on(topics.REPORT_GENERATED) == []


async def test_replayed_completion_and_scores_never_create_a_second_report(
    feedback, score_ready, interview_completed, ctx
):
    scores = [score_ready("a-1", {"communication": 8.0}), score_ready("a-2", {"teamwork": 5.0})]
    completed = interview_completed(["a-1", "a-2"], WEIGHTS)
    for event in scores:
        await feedback.worker.on_score_ready(event, ctx)
    await feedback.worker.on_interview_completed(completed, ctx)
    await feedback.worker.on_interview_completed(completed, ctx)
    for event in scores:
        await feedback.worker.on_score_ready(event, ctx)

    reports = feedback.publisher.on(topics.REPORT_GENERATED)
    assert len(feedback.reports.rows) == 1
    # The replayed completion re-publishes the stored report with its original event id.
    assert len(reports) == 2
    assert {r.meta.event_id for r in reports} == {reports[0].meta.event_id}
    assert {r.report_id for r in reports} == {reports[0].report_id}
    assert len(feedback.recommender.calls) == 1


async def test_report_stored_but_not_published_is_published_when_a_score_is_replayed(
    feedback, score_ready, interview_completed, ctx
):
    event = score_ready("a-1", {"communication": 8.0})
    await feedback.worker.on_score_ready(event, ctx)
    await feedback.worker.on_interview_completed(interview_completed(["a-1"], WEIGHTS), ctx)
    [published] = feedback.publisher.on(topics.REPORT_GENERATED)
    # Simulate a crash between storing the report and publishing it.
    key = ("acme", "iv-1")
    feedback.reports.rows[key] = dataclasses.replace(feedback.reports.rows[key], published=False)
    feedback.publisher.sent.clear()

    await feedback.worker.on_score_ready(event, ctx)
    [healed] = feedback.publisher.on(topics.REPORT_GENERATED)
    assert healed.meta.event_id == published.meta.event_id
    assert (await feedback.reports.get(*key)).published


async def test_report_goes_out_without_courses_when_training_is_unavailable(
    feedback, score_ready, interview_completed, ctx
):
    feedback.recommender.fail = True
    await feedback.worker.on_score_ready(score_ready("a-1", {"communication": 8.0, "teamwork": 4.0}), ctx)
    await feedback.worker.on_interview_completed(interview_completed(["a-1"], WEIGHTS), ctx)
    [report] = feedback.publisher.on(topics.REPORT_GENERATED)
    assert list(report.course_suggestions) == []
    assert list(report.weak_competency_ids) == ["teamwork"]


async def test_courses_are_asked_for_the_weak_competencies_weakest_first(
    feedback, score_ready, interview_completed, ctx
):
    scores = {"communication": 9.0, "problem_solving": 8.0, "teamwork": 3.0, "leadership": 5.0}
    await feedback.worker.on_score_ready(score_ready("a-1", scores), ctx)
    await feedback.worker.on_interview_completed(interview_completed(["a-1"], dict.fromkeys(scores, 25)), ctx)
    [(tenant, gaps, max_courses)] = feedback.recommender.calls
    assert tenant == "acme"
    assert [(g.competency_id, g.score) for g in gaps] == [("teamwork", 3.0), ("leadership", 5.0)]
    assert max_courses == 3


async def test_practice_report_keeps_its_kind_on_the_event(feedback, score_ready, interview_completed, ctx):
    practice = common_pb2.INTERVIEW_KIND_PRACTICE
    await feedback.worker.on_score_ready(score_ready("a-1", {"communication": 8.0}, kind=practice), ctx)
    await feedback.worker.on_interview_completed(interview_completed(["a-1"], WEIGHTS, kind=practice), ctx)
    [report] = feedback.publisher.on(topics.REPORT_GENERATED)
    assert report.meta.interview_kind == practice
