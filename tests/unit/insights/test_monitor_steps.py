"""The monitor's steps without a broker: re-keying, the join's re-statements, the windows' idempotency."""

from __future__ import annotations

from wendu.core import codec, topics
from wendu.insights.handlers import monitor as steps
from wendu.v1 import accountability_pb2, common_pb2, events_pb2


def report(candidate: str, score: float, *, kind=common_pb2.INTERVIEW_KIND_SELECTION, position="p1"):
    return events_pb2.ReportGenerated(
        meta=codec.new_meta(
            events_pb2.ReportGenerated, tenant_id="t", candidate_id=candidate, interview_id="i", interview_kind=kind
        ),
        overall_score=score,
        position_id=position,
        completed_at=codec.timestamp_now(),
    )


def statement(candidate: str, sex=accountability_pb2.SEX_FEMALE, race=accountability_pb2.RACE_ETHNICITY_ASIAN):
    return accountability_pb2.SelfIdentificationRecorded(
        meta=codec.new_meta(accountability_pb2.SelfIdentificationRecorded, tenant_id="t", candidate_id=candidate),
        sex=sex,
        race_ethnicity=race,
    )


def test_practice_reports_and_reports_without_a_position_are_not_counted():
    assert (
        steps.candidate_change(topics.REPORT_GENERATED, report("c", 5, kind=common_pb2.INTERVIEW_KIND_PRACTICE), 0)
        is None
    )
    assert steps.candidate_change(topics.REPORT_GENERATED, report("c", 5, position=""), 0) is None


def test_a_statement_after_the_outcome_restates_the_outcome_under_the_new_categories():
    _, outcome = steps.candidate_change(topics.REPORT_GENERATED, report("c", 7.0), 0)
    state, facts = steps.apply_change(None, outcome)
    [(key, _, fact)] = facts
    assert key == "t/p1/scoring" and (fact["sex"], fact["race_ethnicity"]) == (None, None)

    _, identity = steps.candidate_change(topics.SELF_IDENTIFICATION, statement("c"), 0)
    state, facts = steps.apply_change(state, identity)

    [(key, _, fact)] = facts
    assert (fact["sex"], fact["race_ethnicity"], fact["value"]) == ("female", "asian", 7.0)


def test_the_same_statement_twice_restates_nothing():
    _, identity = steps.candidate_change(topics.SELF_IDENTIFICATION, statement("c"), 0)
    state, _ = steps.apply_change(None, identity)

    _, facts = steps.apply_change(state, identity)

    assert facts == []


def test_a_window_keeps_one_entry_per_candidate_whatever_is_replayed():
    fact = {"candidate": "c", "sex": "male", "race_ethnicity": None, "value": 1.0}
    window = steps.apply_fact(steps.apply_fact({}, fact), fact)

    assert len(steps.observations(window)) == 1
    assert steps.apply_fact(window, {"candidate": "c", "retract": True}) == {}


def test_erasure_retracts_every_outcome_of_the_candidate():
    _, outcome = steps.candidate_change(topics.REPORT_GENERATED, report("c", 7.0), 0)
    state, _ = steps.apply_change(None, outcome)
    erased = events_pb2.CandidateErased(
        meta=codec.new_meta(events_pb2.CandidateErased, tenant_id="t", candidate_id="c")
    )
    _, change = steps.candidate_change(topics.CANDIDATE_ERASED, erased, 0)

    state, facts = steps.apply_change(state, change)

    assert state is None
    assert [(key, fact) for key, _, fact in facts] == [("t/p1/scoring", {"candidate": "c", "retract": True})]


def revised(candidate: str, score: float, revision: int, completed_at) -> events_pb2.ReportGenerated:
    event = report(candidate, score)
    event.revision = revision
    event.human_reviewed = revision > 0
    event.completed_at.CopyFrom(completed_at)
    return event


def test_a_revised_report_replaces_the_interviews_outcome_and_a_late_older_revision_changes_nothing():
    first = report("c", 4.0)
    _, original = steps.candidate_change(topics.REPORT_GENERATED, first, 0)
    _, correction = steps.candidate_change(topics.REPORT_GENERATED, revised("c", 8.0, 1, first.completed_at), 0)
    assert (correction["interview"], correction["revision"]) == ("i", 1)

    state, _ = steps.apply_change(None, original)
    state, facts = steps.apply_change(state, correction)
    [(_, _, fact)] = facts
    window = steps.apply_fact(steps.apply_fact({}, {**fact, "value": 4.0}), fact)
    assert window == {"c": [None, None, 8.0]}  # one entry per candidate: the latest revision's score

    # revision 0 redelivered after revision 1: no fact, the state keeps revision 1.
    late_state, late_facts = steps.apply_change(state, original)
    assert late_facts == [] and late_state["outcomes"]["p1|scoring"]["revision"] == 1
    # The same revision again (a retried override) re-states the same fact: idempotent in the window.
    _, again = steps.apply_change(state, correction)
    assert steps.apply_fact(window, again[0][2]) == window


def test_a_report_of_another_interview_replaces_the_outcome_whatever_its_revision():
    state, _ = steps.apply_change(
        None, steps.candidate_change(topics.REPORT_GENERATED, revised("c", 8.0, 2, codec.timestamp_now()), 0)[1]
    )
    other = report("c", 3.0)
    other.meta.interview_id = "i-2"
    _, change = steps.candidate_change(topics.REPORT_GENERATED, other, 0)
    _, facts = steps.apply_change(state, change)
    assert facts[-1][2]["value"] == 3.0


def test_a_correction_of_an_earlier_interview_does_not_replace_the_later_interviews_outcome():
    earlier, later = report("c", 4.0), report("c", 6.0)
    later.meta.interview_id = "i-2"
    state, _ = steps.apply_change(None, steps.candidate_change(topics.REPORT_GENERATED, earlier, 0)[1])
    state, _ = steps.apply_change(state, steps.candidate_change(topics.REPORT_GENERATED, later, 0)[1])
    correction = revised("c", 9.0, 1, earlier.completed_at)  # interview "i", corrected after "i-2" counted
    unchanged, facts = steps.apply_change(state, steps.candidate_change(topics.REPORT_GENERATED, correction, 0)[1])
    assert facts == [] and unchanged["outcomes"]["p1|scoring"]["value"] == 6.0
