"""Feedback's domain model: score projections, hints, reports and review requests.

Plain frozen dataclasses; the protobuf and Mongo shapes are mapped at the edges.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, replace
from datetime import datetime

from wendu.core.text import StarPart
from wendu.core.vocabulary import InterviewKind, Language, LocalizedText

# Names the report-generated event of a revised report (see Report.revision_event_id).
_REVISION_EVENT_NAMESPACE = uuid.UUID("3d5a0c8e-2b61-4f7e-a9c4-71e0b6d2f815")


class ReportView(enum.StrEnum):
    # Developmental and kind: no evidence lists, review flags or scorer versions.
    CANDIDATE = "candidate"
    RECRUITER = "recruiter"


class ReportStatus(enum.StrEnum):
    # The interview is complete but some answer still waits for its score.
    PENDING = "pending"
    READY = "ready"


@dataclass(frozen=True)
class CompetencyScore:
    competency_id: str
    score: float
    level: int


@dataclass(frozen=True)
class EvidenceSpan:
    """A quoted span of an answer. An empty ``competency_id`` backs every competency of the answer."""

    quote: str
    start: int
    end: int
    competency_id: str = ""

    def backs(self, competency_id: str) -> bool:
        return self.competency_id in ("", competency_id)


@dataclass(frozen=True)
class ScorerRef:
    name: str
    version: str
    rubric_version: str = ""
    prompt_version: str = ""


@dataclass(frozen=True)
class AnswerScore:
    """Feedback's own projection of a ScoreReady: what hints and reports need, nothing more."""

    tenant_id: str
    interview_id: str
    answer_id: str
    question_id: str
    revision: int
    language: Language
    scores: tuple[CompetencyScore, ...]
    evidence: tuple[EvidenceSpan, ...] = ()
    star_parts: frozenset[StarPart] = frozenset()
    specificity: float = 0.0
    relevance: float = 0.0
    scorer: ScorerRef = ScorerRef("", "")
    injection_suspected: bool = False
    needs_human_review: bool = False
    submitted_at: datetime | None = None

    def score_for(self, competency_id: str) -> float | None:
        for item in self.scores:
            if item.competency_id == competency_id:
                return item.score
        return None

    @property
    def mean_score(self) -> float | None:
        if not self.scores:
            return None
        return sum(s.score for s in self.scores) / len(self.scores)


@dataclass(frozen=True)
class Hint:
    """The one hint an answer may get. ``event_id`` is reused when the HintReady is re-published."""

    tenant_id: str
    hint_id: str
    event_id: str
    interview_id: str
    candidate_id: str
    # None: the event did not say.
    kind: InterviewKind | None
    answer_id: str
    question_id: str
    hint_code: str
    text: str
    language: Language
    submitted_at: datetime | None
    created_at: datetime


@dataclass(frozen=True)
class CompetencyWeight:
    competency_id: str
    weight_percent: int


@dataclass(frozen=True)
class CompetencyGap:
    competency_id: str
    score: float


@dataclass(frozen=True)
class CourseSuggestion:
    course_id: str
    competency_id: str
    title: LocalizedText


@dataclass(frozen=True)
class CompetencyResult:
    """One competency of the interview. ``score`` is None when no answer was scored on it (not assessed):
    such a competency is shown as not assessed, never as 0, and stays out of the overall."""

    competency_id: str
    name: LocalizedText
    score: float | None
    weight_percent: int
    # Recruiter view only.
    evidence: tuple[EvidenceSpan, ...] = ()
    # Recruiter view only: the automated score, set when a person's override changed ``score``.
    automated_score: float | None = None

    @property
    def assessed(self) -> bool:
        return self.score is not None


@dataclass(frozen=True)
class Coverage:
    """What the overall score covers: how many of the interview's competencies, and what share of the weight.

    Counts the weighted competencies when the interview has weights (an unweighted extra competency
    is shown but does not enter the overall); every shown competency when it has none.
    """

    assessed_competencies: int
    total_competencies: int
    assessed_weight_percent: int

    @property
    def complete(self) -> bool:
        return self.assessed_competencies == self.total_competencies


@dataclass(frozen=True)
class ReportItem:
    """A strength or an improvement, in the interview's language, with a quote from the answers."""

    competency_id: str
    text: str
    evidence_quote: str


@dataclass(frozen=True)
class ReportContent:
    """What the scores say about the interview. Built by :func:`wendu.feedback.domain.report.build_report`."""

    overall_score: float
    competencies: tuple[CompetencyResult, ...]
    strengths: tuple[ReportItem, ...]
    improvements: tuple[ReportItem, ...]
    # Recruiter view only.
    review_flags: tuple[str, ...] = ()
    scorers: tuple[ScorerRef, ...] = ()
    # Recruiter view only: the overall of the automated scores, set when overrides changed ``overall_score``.
    automated_overall_score: float | None = None

    @property
    def assessed(self) -> tuple[CompetencyResult, ...]:
        """The competencies some answer was scored on, in report order."""
        return tuple(c for c in self.competencies if c.assessed)

    @property
    def coverage(self) -> Coverage:
        weighted = [c for c in self.competencies if c.weight_percent > 0]
        if not weighted:
            # Without weights every competency counts the same.
            assessed, total = len(self.assessed), len(self.competencies)
            return Coverage(assessed, total, 100 * assessed // total if total else 0)
        covered = [c for c in weighted if c.assessed]
        total_weight = sum(c.weight_percent for c in weighted)
        # Rounded down, so a report missing any weight never claims 100%.
        percent = 100 * sum(c.weight_percent for c in covered) // total_weight
        return Coverage(len(covered), len(weighted), percent)

    @property
    def weak_competency_ids(self) -> tuple[str, ...]:
        """The improvement areas, weakest first."""
        return tuple(item.competency_id for item in self.improvements)

    def gaps(self) -> tuple[CompetencyGap, ...]:
        """The weak competencies with their scores, weakest first, for course suggestions."""
        by_id = {c.competency_id: c.score for c in self.competencies if c.score is not None}
        return tuple(CompetencyGap(cid, by_id[cid]) for cid in self.weak_competency_ids if cid in by_id)

    def for_view(self, view: ReportView, extra_flags: tuple[str, ...] = ()) -> ReportContent:
        """The content one view may show: the candidate view drops evidence, flags and scorers."""
        if view is ReportView.RECRUITER:
            flags = tuple(dict.fromkeys((*self.review_flags, *extra_flags)))
            return replace(self, review_flags=flags)
        return replace(
            self,
            competencies=tuple(replace(c, evidence=(), automated_score=None) for c in self.competencies),
            review_flags=(),
            scorers=(),
            automated_overall_score=None,
        )


@dataclass(frozen=True)
class InterviewSummary:
    """What an InterviewCompleted tells feedback about the interview."""

    tenant_id: str
    interview_id: str
    candidate_id: str
    # None: the event did not say (such a report is neither practice nor counted as selection).
    kind: InterviewKind | None
    language: Language
    position_id: str
    position_title: str
    weights: tuple[CompetencyWeight, ...]
    answer_ids: tuple[str, ...]
    question_texts: tuple[str, ...] = ()
    started_at: datetime | None = None
    completed_at: datetime | None = None


@dataclass(frozen=True)
class HumanReview:
    """That a person reviewed the report: who last changed a score, when, and how many scores were changed."""

    reviewed_by: str
    reviewed_at: datetime
    override_count: int


@dataclass(frozen=True)
class ScoreOverride:
    """A person's change of one competency score of one answer, with the reason (EU AI Act art. 14).

    ``override_id`` is derived from the caller's idempotency key, so a retry names the same override.
    ``automated_score`` is the scorer's; ``score_before`` the score shown before this change (an
    earlier override's, if any).
    """

    tenant_id: str
    override_id: str
    interview_id: str
    answer_id: str
    revision: int
    competency_id: str
    automated_score: float
    score_before: float
    score_after: float
    reason: str
    overridden_by: str
    overridden_at: datetime


@dataclass(frozen=True)
class Report:
    """One interview's report: pending until every listed answer has a score, then ready.

    ``report_id`` and ``event_id`` are fixed when the interview completes, so every attempt to
    finish or re-publish it names the same report and the same event.
    """

    summary: InterviewSummary
    report_id: str
    event_id: str
    status: ReportStatus = ReportStatus.PENDING
    content: ReportContent | None = None
    courses: tuple[CourseSuggestion, ...] = ()
    generated_at: datetime | None = None
    published: bool = False
    # Set once a person changed a score of this report (OverrideScore).
    human_review: HumanReview | None = None

    @property
    def tenant_id(self) -> str:
        return self.summary.tenant_id

    @property
    def interview_id(self) -> str:
        return self.summary.interview_id

    @property
    def is_practice(self) -> bool:
        return self.summary.kind is InterviewKind.PRACTICE

    @property
    def revision(self) -> int:
        """0 as the scorers made it; n once n human overrides were applied (each one is a revision)."""
        return self.human_review.override_count if self.human_review is not None else 0

    @property
    def revision_event_id(self) -> str:
        """The report-generated event id of this revision: the first keeps the report's event id, a
        revised one gets an id derived from it and the revision, so re-publishing one revision (after a
        crash, a retried override, a replayed completion) repeats its id and no two revisions share one."""
        if self.revision == 0:
            return self.event_id
        return str(uuid.uuid5(_REVISION_EVENT_NAMESPACE, f"{self.event_id}/{self.revision}"))

    def missing_answers(self, scored_answer_ids: set[str]) -> set[str]:
        return set(self.summary.answer_ids) - scored_answer_ids

    def finished(self, content: ReportContent, courses: tuple[CourseSuggestion, ...], generated_at: datetime) -> Report:
        return replace(self, status=ReportStatus.READY, content=content, courses=courses, generated_at=generated_at)


@dataclass(frozen=True)
class ReviewRequest:
    """A request for a human decision on an interview (PIPL art. 24, GDPR art. 22)."""

    tenant_id: str
    review_id: str
    interview_id: str
    requested_by: str
    reason: str
    requested_at: datetime


@dataclass(frozen=True)
class CandidateFeedback:
    """The candidate's answer to "How did this interview feel?": one per interview."""

    tenant_id: str
    feedback_id: str
    # The id of the candidate-feedback event, fixed when stored so a re-publication deduplicates.
    event_id: str
    interview_id: str
    candidate_id: str
    position_id: str
    kind: InterviewKind | None
    language: Language
    rating: int
    comment: str
    submitted_at: datetime
