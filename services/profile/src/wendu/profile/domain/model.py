"""Candidates, their consents and parsed résumé facts, interview history, and the profile built from them."""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from wendu.core.errors import InvalidArgument, require

MAX_DISPLAY_NAME_CHARS = 200
MAX_EMAIL_CHARS = 254  # RFC 5321 path limit
MAX_RESUME_CHARS = 50_000
MAX_IDEMPOTENCY_KEY_CHARS = 200
# A competency scored below this in an interview counts as weak (scores are 0.0-10.0).
WEAK_SCORE_THRESHOLD = 6.0

# Deliberately loose: one "@", something on both sides, a dot in the domain, no spaces. Whether the
# mailbox exists is the HR suite's business; this only catches obvious typos and swapped fields.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+$")


class Language(enum.StrEnum):
    ZH = "zh"
    EN = "en"


class InterviewKind(enum.StrEnum):
    SELECTION = "selection"
    # Mock interviews: recorded for the candidate, never shown to employers.
    PRACTICE = "practice"


class Signal(enum.StrEnum):
    """Facts in a résumé that an interview should pick up on."""

    FOUNDER = "founder"
    CAREER_SWITCHER = "career_switcher"
    LED_PEOPLE = "led_people"
    DATA_WORK = "data_work"


@dataclass(frozen=True)
class Consents:
    """What the candidate agreed to, per purpose. Everything is off unless granted."""

    resume_use: bool = False
    external_data: bool = False
    ai_scoring: bool = False


@dataclass(frozen=True)
class WorkExperience:
    employer: str = ""
    role: str = ""
    period: str = ""


@dataclass(frozen=True)
class ResumeFacts:
    """What the extractor found in a résumé. Empty when the résumé may not be used."""

    skills: tuple[str, ...] = ()
    project_names: tuple[str, ...] = ()
    experience: tuple[WorkExperience, ...] = ()
    signals: tuple[Signal, ...] = ()


NO_RESUME_FACTS = ResumeFacts()


def validate_display_name(raw: str) -> str:
    name = require(raw, "display_name")
    if len(name) > MAX_DISPLAY_NAME_CHARS:
        raise InvalidArgument("display_name", f"must be at most {MAX_DISPLAY_NAME_CHARS} characters")
    return name


def validate_email(raw: str) -> str:
    """Return the trimmed address, or "" when none was given; raise when it cannot be an address."""
    email = raw.strip()
    if email and (len(email) > MAX_EMAIL_CHARS or not _EMAIL.match(email)):
        raise InvalidArgument("email", "not a valid address")
    return email


def validate_resume_text(raw: str) -> str:
    if len(raw) > MAX_RESUME_CHARS:
        raise InvalidArgument("resume_text", f"must be at most {MAX_RESUME_CHARS} characters")
    return raw.strip()


def validate_idempotency_key(raw: str) -> str:
    key = raw.strip()
    if len(key) > MAX_IDEMPOTENCY_KEY_CHARS:
        raise InvalidArgument("idempotency_key", f"must be at most {MAX_IDEMPOTENCY_KEY_CHARS} characters")
    return key


@dataclass(frozen=True)
class NewCandidate:
    """A request to register a candidate, as the caller sent it (not yet validated)."""

    display_name: str
    email: str
    preferred_language: Language
    resume_text: str
    consents: Consents
    idempotency_key: str = ""

    def validated(self) -> NewCandidate:
        """The request with its fields trimmed; raises InvalidArgument naming the first bad field."""
        return NewCandidate(
            display_name=validate_display_name(self.display_name),
            email=validate_email(self.email),
            preferred_language=self.preferred_language,
            resume_text=validate_resume_text(self.resume_text),
            consents=self.consents,
            idempotency_key=validate_idempotency_key(self.idempotency_key),
        )


@dataclass(frozen=True)
class Candidate:
    """A candidate of one tenant. ``email`` and ``resume_text`` are personal data: adapters encrypt them."""

    tenant_id: str
    candidate_id: str
    display_name: str
    email: str
    preferred_language: Language
    consents: Consents
    resume_text: str
    facts: ResumeFacts
    idempotency_key: str
    created_at: datetime
    # The ProfileUpdated("created") event, kept so a retried create re-emits the same event id.
    created_event_id: str

    @classmethod
    def register(
        cls,
        request: NewCandidate,
        *,
        tenant_id: str,
        candidate_id: str,
        created_at: datetime,
        created_event_id: str,
        extract: Callable[[str], ResumeFacts],
    ) -> Candidate:
        """Validate ``request`` and build the candidate, reading the résumé only with consent."""
        request = request.validated()
        resume_text = request.resume_text
        if request.consents.resume_use and resume_text:
            facts = extract(resume_text)
        else:
            # Without consent the résumé is neither parsed nor kept: holding personal data for a
            # purpose the candidate refused is exactly what purpose limitation forbids.
            resume_text, facts = "", NO_RESUME_FACTS
        return cls(
            tenant_id=tenant_id,
            candidate_id=candidate_id,
            display_name=request.display_name,
            email=request.email,
            preferred_language=request.preferred_language,
            consents=request.consents,
            resume_text=resume_text,
            facts=facts,
            idempotency_key=request.idempotency_key,
            created_at=created_at,
            created_event_id=created_event_id,
        )


@dataclass(frozen=True)
class CompetencyResult:
    competency_id: str
    score: float  # 0.0 - 10.0
    level: int  # BARS level 1 - 5

    @property
    def is_weak(self) -> bool:
        return self.score < WEAK_SCORE_THRESHOLD


@dataclass(frozen=True)
class HistoryEntry:
    """One finished interview of a candidate, as its report summarised it."""

    tenant_id: str
    candidate_id: str
    interview_id: str
    report_id: str
    overall_score: float
    competency_scores: tuple[CompetencyResult, ...]
    completed_at: datetime
    kind: InterviewKind
    asked_question_texts: tuple[str, ...]
    # Classified when recorded, so a later change of the threshold does not rewrite the past.
    covered_competency_ids: tuple[str, ...]
    weak_competency_ids: tuple[str, ...]
    # The ProfileUpdated("history_recorded") event, re-emitted with this id when the report is redelivered.
    profile_event_id: str

    @classmethod
    def record(
        cls,
        *,
        tenant_id: str,
        candidate_id: str,
        interview_id: str,
        report_id: str,
        overall_score: float,
        competency_scores: Iterable[CompetencyResult],
        completed_at: datetime,
        kind: InterviewKind,
        asked_question_texts: Iterable[str],
        profile_event_id: str,
    ) -> HistoryEntry:
        scores = tuple(competency_scores)
        return cls(
            tenant_id=tenant_id,
            candidate_id=candidate_id,
            interview_id=interview_id,
            report_id=report_id,
            overall_score=overall_score,
            competency_scores=scores,
            completed_at=completed_at,
            kind=kind,
            asked_question_texts=_unique(t.strip() for t in asked_question_texts),
            covered_competency_ids=_unique(s.competency_id for s in scores),
            weak_competency_ids=_unique(s.competency_id for s in scores if s.is_weak),
            profile_event_id=profile_event_id,
        )


def visible_history(entries: Iterable[HistoryEntry], *, include_practice: bool) -> list[HistoryEntry]:
    """The entries a caller may see, oldest first. Practice interviews are never shown to employers."""
    visible = [e for e in entries if include_practice or e.kind is InterviewKind.SELECTION]
    return sorted(visible, key=lambda e: (e.completed_at, e.interview_id))


@dataclass(frozen=True)
class Profile:
    """What an interview should know about a candidate: résumé facts plus what earlier interviews showed."""

    candidate_id: str
    consents: Consents
    facts: ResumeFacts = NO_RESUME_FACTS
    covered_competency_ids: tuple[str, ...] = ()
    weak_competency_ids: tuple[str, ...] = ()
    asked_question_texts: tuple[str, ...] = ()


def build_profile(candidate: Candidate, history: Sequence[HistoryEntry]) -> Profile:
    """Combine résumé facts (only with consent) with the candidate's selection-interview history.

    Practice interviews stay out: they must not steer a selection interview. A competency is weak
    when its most recent score was weak, so a candidate who improved is not probed forever.
    """
    selection = visible_history(history, include_practice=False)
    latest_weak: dict[str, bool] = {}
    for entry in selection:
        for competency_id in entry.covered_competency_ids:
            latest_weak[competency_id] = competency_id in entry.weak_competency_ids
    return Profile(
        candidate_id=candidate.candidate_id,
        consents=candidate.consents,
        facts=candidate.facts if candidate.consents.resume_use else NO_RESUME_FACTS,
        covered_competency_ids=tuple(latest_weak),
        weak_competency_ids=tuple(cid for cid, weak in latest_weak.items() if weak),
        asked_question_texts=_unique(text for entry in selection for text in entry.asked_question_texts),
    )


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    """Distinct non-empty items in first-seen order."""
    return tuple(dict.fromkeys(item for item in items if item))
