"""Feedback's domain measures (the cross-cutting RPC and consumer metrics live in wendu.core.metrics)."""

from __future__ import annotations

from prometheus_client import Counter, Histogram

# A report waits for the last score, so its latency spans seconds to minutes.
REPORT_LATENCY_BUCKETS = (0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0, 900.0)

COMPLETION_TO_REPORT_SECONDS = Histogram(
    "wendu_completion_to_report_seconds",
    "From the interview's completion to the publication of its report",
    buckets=REPORT_LATENCY_BUCKETS,
)

# The mission's measure: how the interview felt to the candidate, 1-5. Per position, read the
# candidate-feedback events (a position label here would grow without bound).
CANDIDATE_FEEDBACK = Counter(
    "wendu_candidate_feedback_total",
    'Answers to "How did this interview feel?", by rating (1-5) and interview kind',
    ["rating", "interview_kind"],
)
