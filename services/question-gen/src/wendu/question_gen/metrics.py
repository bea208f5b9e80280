"""question-gen's domain measures. Names carry the ``wendu_`` prefix; counters get ``_total``."""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

INTERVIEWS_STARTED = Counter("wendu_interviews_started", "Interviews started, by kind", ["kind"])
INTERVIEWS_COMPLETED = Counter("wendu_interviews_completed", "Interviews completed, by kind", ["kind"])
HINTS_ISSUED = Counter("wendu_hints_issued", "Live hints shown to candidates, by hint kind", ["hint_code"])
ANSWER_TO_HINT_SECONDS = Histogram(
    "wendu_answer_to_hint_seconds",
    "From an answer's submission to its hint reaching the candidate's stream",
    buckets=(0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 10.0, 30.0, 60.0),
)
OWNED_INTERVIEWS = Gauge("wendu_owned_interviews", "Live interviews this worker owns and keeps in memory")
OWNER_RECOVERIES = Counter(
    "wendu_owner_recoveries",
    "Interviews an owner read back from the store: the first record after a restart or rebalance",
)
COMMAND_SECONDS = Histogram(
    "wendu_interview_command_seconds",
    "From an API replica sending an interview command to its owner's reply",
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0),
)
EXPIRED_COMMANDS = Counter(
    "wendu_interview_commands_expired",
    "Interview commands the owner read after their deadline (the caller had given up) and dropped",
)
