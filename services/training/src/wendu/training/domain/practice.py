"""Practice progress: per competency, the change between a candidate's consecutive practice interviews."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from wendu.training.domain.model import PracticeResult


@dataclass(frozen=True)
class CompetencyChange:
    competency_id: str
    previous_score: float
    latest_score: float

    @property
    def change(self) -> float:
        return round(self.latest_score - self.previous_score, 1)


@dataclass(frozen=True)
class PracticeSession:
    result: PracticeResult
    # Empty for the first session; otherwise one per competency scored in both.
    changes: tuple[CompetencyChange, ...]


def changes_between(previous: PracticeResult, latest: PracticeResult) -> tuple[CompetencyChange, ...]:
    """Per competency scored in both, in the order of the latest result."""
    before = {s.competency_id: s.score for s in previous.scores}
    return tuple(
        CompetencyChange(s.competency_id, before[s.competency_id], s.score)
        for s in latest.scores
        if s.competency_id in before
    )


def practice_sessions(results: Sequence[PracticeResult]) -> list[PracticeSession]:
    """The results oldest first, each with its change since the one before it."""
    ordered = sorted(results, key=lambda r: (r.completed_at, r.interview_id))
    sessions = []
    for index, result in enumerate(ordered):
        changes = changes_between(ordered[index - 1], result) if index else ()
        sessions.append(PracticeSession(result, changes))
    return sessions
