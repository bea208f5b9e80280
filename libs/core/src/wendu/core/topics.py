"""Kafka topic names, the one place they are spelled, with the payload message of each."""

from __future__ import annotations

from google.protobuf.message import Message
from wendu.v1 import accountability_pb2, events_pb2

ANSWER_SUBMITTED = "answer-submitted"
SCORE_READY = "score-ready"
HINT_READY = "hint-ready"
INTERVIEW_COMPLETED = "interview-completed"
REPORT_GENERATED = "report-generated"
PROFILE_UPDATED = "profile-updated"
LEARNING_PLAN_UPDATED = "learning-plan-updated"
# The tombstone of an erased candidate, honoured by every service (keyed by candidate id).
CANDIDATE_ERASED = "candidate-erased"
# question-gen's fan-out to the API replicas that hold candidates' streams.
INTERVIEW_UPDATED = "interview-updated"
# Changes of a live interview, from question-gen's API replicas to the interview's owner (its worker).
INTERVIEW_COMMANDS = "interview-commands"
# A candidate asks for a human (human first screen, HR chat); read by the HR suite.
CANDIDATE_REQUESTS = "candidate-requests"
# Voluntary self-identification (sex, race/ethnicity), from profile to insights ONLY: the broker's ACLs
# let no other principal read it (docs/fairness.md). Keyed by candidate id.
SELF_IDENTIFICATION = "self-identification"
# Hiring decisions the HR suite records through insights' RecordDecision. Keyed by candidate id.
HIRING_DECISION = "hiring-decision"
# Impact ratios per tenant, position, measure and window, for data teams. Keyed by "<tenant>/<position>".
FAIRNESS_SNAPSHOT = "fairness-snapshot"
# Append-only trail of every automated decision and human override (retention from config). Keyed by interview id.
DECISION_AUDIT = "decision-audit"

# The latest state of each tenant API key (revocations), read by every API replica; compacted.
API_KEYS = "api-keys"
# The candidate's answer to "How did this interview feel?" (1-5), published by feedback.
CANDIDATE_FEEDBACK = "candidate-feedback"

DLQ_SUFFIX = ".dlq"

# Topics that hold current state rather than a history: compacted, read from their beginning.
COMPACTED_TOPICS = frozenset({API_KEYS})

PAYLOADS: dict[str, type[Message]] = {
    ANSWER_SUBMITTED: events_pb2.AnswerSubmitted,
    SCORE_READY: events_pb2.ScoreReady,
    HINT_READY: events_pb2.HintReady,
    INTERVIEW_COMPLETED: events_pb2.InterviewCompleted,
    REPORT_GENERATED: events_pb2.ReportGenerated,
    PROFILE_UPDATED: events_pb2.ProfileUpdated,
    LEARNING_PLAN_UPDATED: events_pb2.LearningPlanUpdated,
    CANDIDATE_ERASED: events_pb2.CandidateErased,
    INTERVIEW_UPDATED: events_pb2.InterviewUpdated,
    INTERVIEW_COMMANDS: events_pb2.InterviewCommand,
    CANDIDATE_REQUESTS: events_pb2.CandidateRequestCreated,
    API_KEYS: events_pb2.ApiKeyState,
    SELF_IDENTIFICATION: accountability_pb2.SelfIdentificationRecorded,
    HIRING_DECISION: accountability_pb2.HiringDecisionRecorded,
    FAIRNESS_SNAPSHOT: accountability_pb2.FairnessSnapshot,
    DECISION_AUDIT: accountability_pb2.DecisionAuditRecord,
    CANDIDATE_FEEDBACK: events_pb2.CandidateFeedbackGiven,
}

ALL_TOPICS = tuple(PAYLOADS)


def dlq(topic: str) -> str:
    """The dead-letter topic of an input topic."""
    return topic + DLQ_SUFFIX


def topic_configs(audit_retention_days: int) -> dict[str, dict[str, str]]:
    """Broker settings of the topics that need their own when created: the audit trail is
    append-only (delete, never compact) and kept ``audit_retention_days``."""
    return {
        DECISION_AUDIT: {
            "cleanup.policy": "delete",
            "retention.ms": str(audit_retention_days * 24 * 3600 * 1000),
        }
    }
