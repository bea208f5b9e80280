"""Question-gen's decision-audit records: the hint and the follow-up decided after a score, and the
routing of a candidate to a human screen (records built by :mod:`wendu.core.audit`).

Each record's id comes from the answer (or the request) it is about, so the replay of a score or of
a request that re-posts its items repeats the same record, which the trail stores once. The inputs
hashed are what the decision read: the answer's text and the score's competency scores.
"""

from __future__ import annotations

from wendu.core import audit
from wendu.core.bus import Publisher
from wendu.question_gen.domain.interviews import Interview, Question
from wendu.question_gen.domain.requests import CandidateRequest
from wendu.v1 import events_pb2

DECIDED_BY = "question-gen"
# Versions of the rules that decide after a score (docs/hints.md): bump when a rule changes.
HINT_POLICY_VERSION = "hint-policy/1"
FOLLOW_UP_POLICY_VERSION = "follow-up-policy/1"


def _score_input(interview: Interview, score: events_pb2.ScoreReady) -> str:
    answer = interview.require_answer(score.answer_id)
    scores = ";".join(f"{s.competency_id}={s.score:.1f}" for s in score.scores)
    return audit.input_sha256((answer.text, scores))


async def audit_after_score(
    publisher: Publisher, interview: Interview, score: events_pb2.ScoreReady, asked: Question | None
) -> None:
    """One record for the hint shown on the answer, one for a follow-up asked after it (if any)."""
    answer = interview.answer(score.answer_id)
    common = {
        "tenant_id": interview.tenant_id,
        "decided_by": DECIDED_BY,
        "interview_id": interview.interview_id,
        "candidate_id": interview.candidate_id,
        "answer_id": score.answer_id,
        "position_id": interview.position_id,
        "scorer_version": f"{score.scorer.name}/{score.scorer.version}",
        "rubric_version": score.scorer.rubric_version,
    }
    if answer is not None and answer.hint_id:
        await audit.publish_audit(
            publisher,
            audit.audit_record(
                audit.HINT,
                decision=f"hint {answer.hint_kind}",
                record_id=audit.record_id(audit.HINT, DECIDED_BY, interview.tenant_id, answer.hint_id),
                prompt_version=HINT_POLICY_VERSION,
                input_digest=_score_input(interview, score),
                **common,
            ),
        )
    if asked is not None and asked.is_follow_up:
        await audit.publish_audit(
            publisher,
            audit.audit_record(
                audit.FOLLOW_UP,
                decision=asked.reason or "follow-up",
                record_id=audit.record_id(audit.FOLLOW_UP, DECIDED_BY, interview.tenant_id, asked.question_id),
                prompt_version=FOLLOW_UP_POLICY_VERSION,
                input_digest=_score_input(interview, score),
                **common,
            ),
        )


async def audit_routed_to_human(publisher: Publisher, interview: Interview, request: CandidateRequest) -> None:
    await audit.publish_audit(
        publisher,
        audit.audit_record(
            audit.ROUTED_TO_HUMAN,
            tenant_id=interview.tenant_id,
            decided_by=DECIDED_BY,
            decision=f"human screen ({request.reason})",
            record_id=audit.record_id(audit.ROUTED_TO_HUMAN, DECIDED_BY, interview.tenant_id, request.request_id),
            interview_id=interview.interview_id,
            candidate_id=interview.candidate_id,
            position_id=interview.position_id,
            input_digest=audit.input_sha256((str(request.reason), str(request.kind))),
        ),
    )
