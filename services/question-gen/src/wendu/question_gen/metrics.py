"""question-gen's domain measures. Names carry the ``wendu_`` prefix; counters get ``_total``."""

from __future__ import annotations

from prometheus_client import Counter, Histogram

INTERVIEWS_STARTED = Counter("wendu_interviews_started", "Interviews started, by kind", ["kind"])
INTERVIEWS_COMPLETED = Counter("wendu_interviews_completed", "Interviews completed, by kind", ["kind"])
HINTS_ISSUED = Counter("wendu_hints_issued", "Live hints shown to candidates, by hint kind", ["hint_code"])
ANSWER_TO_HINT_SECONDS = Histogram(
    "wendu_answer_to_hint_seconds",
    "From an answer's submission to its hint reaching the candidate's stream",
    buckets=(0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 10.0, 30.0, 60.0),
)
