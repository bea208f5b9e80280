"""Kafka topic names, the one place they are spelled, with the payload message of each."""

from __future__ import annotations

from google.protobuf.message import Message
from wendu.v1 import events_pb2

ANSWER_SUBMITTED = "answer-submitted"
SCORE_READY = "score-ready"
HINT_READY = "hint-ready"
INTERVIEW_COMPLETED = "interview-completed"
REPORT_GENERATED = "report-generated"
PROFILE_UPDATED = "profile-updated"
LEARNING_PLAN_UPDATED = "learning-plan-updated"
# question-gen's fan-out to the API replicas that hold candidates' streams.
INTERVIEW_UPDATED = "interview-updated"

DLQ_SUFFIX = ".dlq"

PAYLOADS: dict[str, type[Message]] = {
    ANSWER_SUBMITTED: events_pb2.AnswerSubmitted,
    SCORE_READY: events_pb2.ScoreReady,
    HINT_READY: events_pb2.HintReady,
    INTERVIEW_COMPLETED: events_pb2.InterviewCompleted,
    REPORT_GENERATED: events_pb2.ReportGenerated,
    PROFILE_UPDATED: events_pb2.ProfileUpdated,
    LEARNING_PLAN_UPDATED: events_pb2.LearningPlanUpdated,
    INTERVIEW_UPDATED: events_pb2.InterviewUpdated,
}

ALL_TOPICS = tuple(PAYLOADS)


def dlq(topic: str) -> str:
    """The dead-letter topic of an input topic."""
    return topic + DLQ_SUFFIX
