"""Scoring's domain measures. The cross-cutting ones (RPC, consumer lag, DLQ) live in wendu.core.metrics."""

from __future__ import annotations

from prometheus_client import Counter, Histogram
from wendu.core.metrics import LATENCY_BUCKETS

# Exposed as wendu_answers_scored_total.
ANSWERS_SCORED = Counter("wendu_answers_scored", "Answers scored, by scorer", ["scorer"])
SCORING_SECONDS = Histogram(
    "wendu_scoring_seconds", "Time to score one answer, by scorer", ["scorer"], buckets=LATENCY_BUCKETS
)
