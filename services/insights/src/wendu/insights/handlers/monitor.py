"""The monitor's three steps, as plain functions over JSON-ready dicts (the faust app in
``entrypoints/monitor.py`` only moves them between topics and tables).

1. :func:`candidate_change`: an input event (a report, a hiring decision, a self-identification, an
   erasure) becomes one *change* of a candidate, re-keyed by candidate: the join needs a candidate's
   outcomes and identity in one place, and reports are keyed by interview.
2. :func:`apply_change`: the join. A candidate's state (identity + latest outcome per position and
   measure) takes the change and yields *facts* for the positions it affects: an identity change
   re-states every outcome of the candidate under the new categories. A report revised by a human
   override replaces the outcome of its interview (one candidate, one entry); an older revision that
   arrives after a newer one changes nothing, so the count uses the latest revision.
3. :func:`apply_fact`: the aggregate. A position's window keeps one entry per candidate, so a
   replay, a duplicate or a changed outcome replaces instead of adding (idempotent), and
   :func:`observations` feeds :func:`wendu.insights.domain.impact.impact_table`.
"""

from __future__ import annotations

from typing import Any

from google.protobuf.message import Message
from wendu.core import codec, topics
from wendu.insights.domain.impact import Identity, Measure, Observation
from wendu.v1 import accountability_pb2, common_pb2, events_pb2

Change = dict[str, Any]
Fact = dict[str, Any]
CandidateState = dict[str, Any]
WindowValue = dict[str, list[Any]]

_SEX_NAMES = {
    accountability_pb2.SEX_MALE: "male",
    accountability_pb2.SEX_FEMALE: "female",
}
_RACE_NAMES = {
    value: name.removeprefix("RACE_ETHNICITY_").lower()
    for name, value in accountability_pb2.RaceEthnicity.items()
    if value != accountability_pb2.RACE_ETHNICITY_UNSPECIFIED
}


def _ms(timestamp: Any, fallback_ms: int) -> int:
    moment = codec.from_timestamp(timestamp)
    return int(moment.timestamp() * 1000) if moment is not None else fallback_ms


def candidate_change(topic: str, event: Message, record_timestamp_ms: int) -> tuple[str, Change] | None:
    """The change an input event makes to a candidate, keyed ``<tenant>/<candidate>``; None for
    events that say nothing the monitor counts (practice interviews, a report without a position)."""
    meta = event.meta  # type: ignore[attr-defined]
    tenant_id, candidate_id = meta.tenant_id, meta.candidate_id
    if not candidate_id:
        return None
    key = f"{tenant_id}/{candidate_id}"
    base: Change = {"tenant": tenant_id, "candidate": candidate_id}
    if topic == topics.REPORT_GENERATED:
        report = codec.expect(event, events_pb2.ReportGenerated)
        if meta.interview_kind == common_pb2.INTERVIEW_KIND_PRACTICE or not report.position_id:
            return None
        return key, {
            **base,
            "kind": "outcome",
            "measure": Measure.SCORING_RATE.value,
            "position": report.position_id,
            "value": report.overall_score,
            "at_ms": _ms(report.completed_at, record_timestamp_ms),
            # A human override re-publishes the report as a higher revision of the same interview.
            "interview": meta.interview_id,
            "revision": report.revision,
        }
    if topic == topics.HIRING_DECISION:
        decision = codec.expect(event, accountability_pb2.HiringDecisionRecorded)
        if decision.outcome == accountability_pb2.HIRING_OUTCOME_UNSPECIFIED:
            return None
        return key, {
            **base,
            "kind": "outcome",
            "measure": Measure.SELECTION_RATE.value,
            "position": decision.position_id,
            "value": 1.0 if decision.outcome == accountability_pb2.HIRING_OUTCOME_ADVANCED else 0.0,
            "at_ms": _ms(decision.decided_at, record_timestamp_ms),
        }
    if topic == topics.SELF_IDENTIFICATION:
        statement = codec.expect(event, accountability_pb2.SelfIdentificationRecorded)
        return key, {
            **base,
            "kind": "identity",
            "sex": _SEX_NAMES.get(statement.sex),
            "race_ethnicity": _RACE_NAMES.get(statement.race_ethnicity),
        }
    if topic == topics.CANDIDATE_ERASED:
        return key, {**base, "kind": "erased"}
    raise ValueError(f"the monitor does not read {topic!r}")


def fact_key(tenant_id: str, position_id: str, measure: str) -> str:
    return f"{tenant_id}/{position_id}/{measure}"


def _fact(state: CandidateState, outcome_key: str, outcome: dict[str, Any]) -> tuple[str, int, Fact]:
    position, measure = outcome_key.split("|", 1)
    return (
        fact_key(state["tenant"], position, measure),
        outcome["at_ms"],
        {
            "candidate": state["candidate"],
            "sex": state.get("sex"),
            "race_ethnicity": state.get("race_ethnicity"),
            "value": outcome["value"],
        },
    )


def apply_change(
    state: CandidateState | None, change: Change
) -> tuple[CandidateState | None, list[tuple[str, int, Fact]]]:
    """The candidate's next state and the facts to send: (fact key, event time in ms, fact)."""
    current: CandidateState = state or {
        "tenant": change["tenant"],
        "candidate": change["candidate"],
        "sex": None,
        "race_ethnicity": None,
        "outcomes": {},
    }
    kind = change["kind"]
    if kind == "erased":
        retractions = [
            (key, at_ms, {"candidate": current["candidate"], "retract": True})
            for key, at_ms, _ in (_fact(current, k, o) for k, o in current["outcomes"].items())
        ]
        return None, retractions
    if kind == "identity":
        updated = {**current, "sex": change["sex"], "race_ethnicity": change["race_ethnicity"]}
        if (updated["sex"], updated["race_ethnicity"]) == (current["sex"], current["race_ethnicity"]):
            return updated, []
        return updated, [_fact(updated, k, o) for k, o in updated["outcomes"].items()]
    outcome_key = f"{change['position']}|{change['measure']}"
    outcome = {"value": change["value"], "at_ms": change["at_ms"]}
    if "interview" in change:
        outcome["interview"], outcome["revision"] = change["interview"], change["revision"]
    previous = current["outcomes"].get(outcome_key)
    if is_older_revision(previous, outcome):
        # A redelivered or late earlier revision of the report already counted: the latest stays.
        return current, []
    updated = {**current, "outcomes": {**current["outcomes"], outcome_key: outcome}}
    facts = []
    if previous is not None and previous["at_ms"] != outcome["at_ms"]:
        # The outcome moved to another time (another window, maybe): take it out of the old one.
        old_key, old_at, _ = _fact(current, outcome_key, previous)
        facts.append((old_key, old_at, {"candidate": current["candidate"], "retract": True}))
    facts.append(_fact(updated, outcome_key, outcome))
    return updated, facts


def is_older_revision(previous: dict[str, Any] | None, outcome: dict[str, Any]) -> bool:
    """Whether ``outcome`` is stale next to the outcome ``previous`` counts: an earlier revision of
    the same interview's report, or a correction (revision > 0) of an interview the candidate's
    counted outcome has already moved past (a later interview for the same position)."""
    if previous is None or "interview" not in outcome or "interview" not in previous:
        return False
    if previous["interview"] == outcome["interview"]:
        return int(outcome["revision"]) < int(previous["revision"])
    return int(outcome["revision"]) > 0


def apply_fact(window: WindowValue, fact: Fact) -> WindowValue:
    """A position's window with the candidate's entry replaced (or removed by a retraction)."""
    updated = dict(window)
    if fact.get("retract"):
        updated.pop(fact["candidate"], None)
    else:
        updated[fact["candidate"]] = [fact["sex"], fact["race_ethnicity"], fact["value"]]
    return updated


def observations(window: WindowValue) -> list[Observation]:
    return [
        Observation(identity=Identity(sex=sex, race_ethnicity=race), value=float(value))
        for sex, race, value in window.values()
    ]
