"""Candidates, their consents and parsed résumé facts, interview history, and the profile built from them."""

from __future__ import annotations

import dataclasses
import enum
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from wendu.core.errors import FailedPrecondition, InvalidArgument, require
from wendu.core.vocabulary import InterviewKind, Language

MAX_DISPLAY_NAME_CHARS = 200
MAX_EMAIL_CHARS = 254  # RFC 5321 path limit
MAX_RESUME_CHARS = 50_000
MAX_RESUME_FILE_BYTES = 5 * 1024 * 1024
MAX_IDEMPOTENCY_KEY_CHARS = 200
# A competency scored below this in an interview counts as weak (scores are 0.0-10.0).
WEAK_SCORE_THRESHOLD = 6.0

# Deliberately loose: one "@", something on both sides, a dot in the domain, no spaces. Whether the
# mailbox exists is the HR suite's business; this only catches obvious typos and swapped fields.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+$")


class ResumeMediaType(enum.Enum):
    """The résumé files ImportResume reads."""

    TEXT = "text/plain"
    PDF = "application/pdf"
    DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

    @property
    def label(self) -> str:
        return {"TEXT": "plain-text", "PDF": "PDF", "DOCX": "DOCX"}[self.name]


def parse_resume_media_type(raw: str) -> ResumeMediaType:
    """The media type of an upload; parameters such as "; charset=utf-8" are ignored."""
    essence = raw.split(";", 1)[0].strip().lower()
    for media_type in ResumeMediaType:
        if media_type.value == essence:
            return media_type
    supported = ", ".join(m.value for m in ResumeMediaType)
    raise InvalidArgument("media_type", f"{raw.strip() or 'empty'!r} is not supported; use one of: {supported}")


def validate_resume_file(content: bytes) -> bytes:
    if not content:
        raise InvalidArgument("content", "must not be empty")
    if len(content) > MAX_RESUME_FILE_BYTES:
        raise InvalidArgument("content", f"must be at most {MAX_RESUME_FILE_BYTES // (1024 * 1024)} MiB")
    return content


class Signal(enum.StrEnum):
    """Facts in a résumé that an interview should pick up on."""

    FOUNDER = "founder"
    CAREER_SWITCHER = "career_switcher"
    LED_PEOPLE = "led_people"
    DATA_WORK = "data_work"
    # Six months or more between two jobs, or a career break the résumé names.
    CAREER_GAP = "career_gap"
    # A project with a mark of distinction: an award, a patent, a publication, a launch at scale.
    NOTABLE_PROJECT = "notable_project"


@dataclass(frozen=True)
class Consents:
    """What the candidate agreed to, per purpose. Everything is off unless granted."""

    resume_use: bool = False
    external_data: bool = False
    ai_scoring: bool = False
    # Voluntary self-identification for adverse-impact monitoring (domain/self_identification.py).
    self_identification: bool = False


@dataclass(frozen=True)
class WorkExperience:
    employer: str = ""
    role: str = ""
    # As the résumé writes it; ``start`` and ``end`` are the same dates as "YYYY-MM" (or "YYYY").
    period: str = ""
    industry: str = ""
    start: str = ""
    # "" while the job is current.
    end: str = ""


@dataclass(frozen=True)
class Education:
    institution: str = ""
    # One of DEGREES, or "" when the line names none.
    degree: str = ""
    major: str = ""
    period: str = ""


DEGREES = ("associate", "bachelor", "master", "mba", "phd")


@dataclass(frozen=True)
class CareerGap:
    """Months between two jobs in which the résumé shows no work ("YYYY-MM" to "YYYY-MM", inclusive)."""

    start: str
    end: str
    months: int


@dataclass(frozen=True)
class ResumeFacts:
    """What the extractor found in a résumé. Empty when the résumé may not be used."""

    skills: tuple[str, ...] = ()
    project_names: tuple[str, ...] = ()
    experience: tuple[WorkExperience, ...] = ()
    signals: tuple[Signal, ...] = ()
    education: tuple[Education, ...] = ()
    career_gaps: tuple[CareerGap, ...] = ()
    notable_project_names: tuple[str, ...] = ()


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

    def with_resume(self, resume_text: str, facts: ResumeFacts) -> Candidate:
        """The candidate with a newly imported résumé; only with consent to résumé use."""
        require_consent(self.consents, Purpose.RESUME_USE)
        return dataclasses.replace(self, resume_text=validate_resume_text(resume_text), facts=facts)

    def with_consents(self, consents: Consents) -> Candidate:
        """The candidate under new consents. Withdrawing résumé use drops the résumé and what was
        parsed from it: data is not kept for a purpose the candidate no longer agrees to."""
        if consents.resume_use:
            return dataclasses.replace(self, consents=consents)
        return dataclasses.replace(self, consents=consents, resume_text="", facts=NO_RESUME_FACTS)


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
    # The candidate's own choice, not résumé data: shown whatever the consents.
    preferred_language: Language | None = None
    facts: ResumeFacts = NO_RESUME_FACTS
    covered_competency_ids: tuple[str, ...] = ()
    weak_competency_ids: tuple[str, ...] = ()
    asked_question_texts: tuple[str, ...] = ()
    assessments: tuple[Assessment, ...] = ()
    external_profiles: tuple[ExternalProfile, ...] = ()


def build_profile(
    candidate: Candidate,
    history: Sequence[HistoryEntry],
    assessments: Sequence[Assessment] = (),
    external_profiles: Sequence[ExternalProfile] = (),
) -> Profile:
    """Combine résumé facts and external data (each only with its consent), assessments and the
    candidate's selection-interview history.

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
        preferred_language=candidate.preferred_language,
        facts=candidate.facts if candidate.consents.resume_use else NO_RESUME_FACTS,
        covered_competency_ids=tuple(latest_weak),
        weak_competency_ids=tuple(cid for cid, weak in latest_weak.items() if weak),
        asked_question_texts=_unique(text for entry in selection for text in entry.asked_question_texts),
        assessments=tuple(sorted(assessments, key=lambda a: (a.taken_at, a.assessment_id))),
        # Withdrawing consent deletes the links too; filtering here keeps that true in between.
        external_profiles=tuple(external_profiles) if candidate.consents.external_data else (),
    )


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    """Distinct non-empty items in first-seen order."""
    return tuple(dict.fromkeys(item for item in items if item))


# --- consents ---------------------------------------------------------------------------------


class Purpose(enum.StrEnum):
    """What a candidate consents to, one purpose at a time."""

    RESUME_USE = "resume_use"
    EXTERNAL_DATA = "external_data"
    AI_SCORING = "ai_scoring"
    SELF_IDENTIFICATION = "self_identification"


def withdrawn_purposes(before: Consents, after: Consents) -> frozenset[Purpose]:
    return frozenset(
        purpose for purpose in Purpose if getattr(before, purpose.value) and not getattr(after, purpose.value)
    )


def require_consent(consents: Consents, purpose: Purpose) -> None:
    if not getattr(consents, purpose.value):
        raise FailedPrecondition(f"the candidate has not consented to {purpose.value}")


# --- assessments ------------------------------------------------------------------------------

MAX_ASSESSMENT_SOURCE_CHARS = 200
MAX_ASSESSMENT_NAME_CHARS = 200
MAX_ASSESSMENT_DIMENSIONS = 50
MAX_DIMENSION_CHARS = 100


class AssessmentKind(enum.StrEnum):
    ABILITY = "ability"
    PERSONALITY = "personality"
    SKILL = "skill"


@dataclass(frozen=True)
class AssessmentScore:
    dimension: str
    score: float
    max_score: float


@dataclass(frozen=True)
class NewAssessment:
    """An assessment result as the caller sent it (not yet validated)."""

    candidate_id: str
    source: str
    kind: AssessmentKind | None
    name: str
    scores: tuple[AssessmentScore, ...]
    taken_at: datetime | None
    idempotency_key: str = ""


def _validated_scores(scores: Sequence[AssessmentScore]) -> tuple[AssessmentScore, ...]:
    if not scores:
        raise InvalidArgument("scores", "must not be empty")
    if len(scores) > MAX_ASSESSMENT_DIMENSIONS:
        raise InvalidArgument("scores", f"must have at most {MAX_ASSESSMENT_DIMENSIONS} dimensions")
    seen: set[str] = set()
    result: list[AssessmentScore] = []
    for index, item in enumerate(scores):
        field = f"scores[{index}]"
        dimension = item.dimension.strip()
        if not dimension:
            raise InvalidArgument(f"{field}.dimension", "must not be empty")
        if len(dimension) > MAX_DIMENSION_CHARS:
            raise InvalidArgument(f"{field}.dimension", f"must be at most {MAX_DIMENSION_CHARS} characters")
        if dimension.casefold() in seen:
            raise InvalidArgument(f"{field}.dimension", f"{dimension!r} appears twice")
        seen.add(dimension.casefold())
        if not math.isfinite(item.max_score) or item.max_score <= 0:
            raise InvalidArgument(f"{field}.max_score", "must be a positive number")
        if not math.isfinite(item.score) or not 0 <= item.score <= item.max_score:
            raise InvalidArgument(f"{field}.score", f"must lie between 0 and max_score ({item.max_score:g})")
        result.append(AssessmentScore(dimension=dimension, score=item.score, max_score=item.max_score))
    return tuple(result)


@dataclass(frozen=True)
class Assessment:
    tenant_id: str
    candidate_id: str
    assessment_id: str
    source: str
    kind: AssessmentKind
    name: str
    scores: tuple[AssessmentScore, ...]
    taken_at: datetime
    recorded_at: datetime
    idempotency_key: str
    # The ProfileUpdated("assessment_added") event, re-emitted with this id when the call is retried.
    event_id: str

    @classmethod
    def record(
        cls, request: NewAssessment, *, tenant_id: str, assessment_id: str, recorded_at: datetime, event_id: str
    ) -> Assessment:
        """Validate ``request`` (InvalidArgument naming the first bad field) and build the assessment."""
        candidate_id = require(request.candidate_id, "candidate_id")
        source = require(request.source, "source")
        if len(source) > MAX_ASSESSMENT_SOURCE_CHARS:
            raise InvalidArgument("source", f"must be at most {MAX_ASSESSMENT_SOURCE_CHARS} characters")
        if request.kind is None:
            raise InvalidArgument("kind", "must be ASSESSMENT_KIND_ABILITY, _PERSONALITY or _SKILL")
        name = request.name.strip()
        if len(name) > MAX_ASSESSMENT_NAME_CHARS:
            raise InvalidArgument("name", f"must be at most {MAX_ASSESSMENT_NAME_CHARS} characters")
        if request.taken_at is None:
            raise InvalidArgument("taken_at", "must be set")
        if request.taken_at > recorded_at:
            raise InvalidArgument("taken_at", "must not be in the future")
        return cls(
            tenant_id=tenant_id,
            candidate_id=candidate_id,
            assessment_id=assessment_id,
            source=source,
            kind=request.kind,
            name=name,
            scores=_validated_scores(request.scores),
            taken_at=request.taken_at,
            recorded_at=recorded_at,
            idempotency_key=validate_idempotency_key(request.idempotency_key),
            event_id=event_id,
        )


# --- authorised external data -----------------------------------------------------------------

MAX_URL_CHARS = 2000
MAX_EXTERNAL_TITLE_CHARS = 200
_HTTP_URL = re.compile(r"^https?://[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$", re.IGNORECASE)


class ExternalProfileKind(enum.StrEnum):
    PORTFOLIO = "portfolio"
    CODE = "code"
    SOCIAL = "social"
    OTHER = "other"


@dataclass(frozen=True)
class ExternalProfile:
    """A link the candidate authorised: personal data, so adapters encrypt the URL and title."""

    kind: ExternalProfileKind
    url: str
    title: str
    linked_at: datetime


def validate_external_profile(kind: str, url: str, title: str, *, linked_at: datetime) -> ExternalProfile:
    try:
        parsed_kind = ExternalProfileKind(kind.strip().lower())
    except ValueError:
        allowed = ", ".join(k.value for k in ExternalProfileKind)
        raise InvalidArgument("kind", f"must be one of: {allowed}") from None
    url = require(url, "url")
    if len(url) > MAX_URL_CHARS or not _HTTP_URL.match(url):
        raise InvalidArgument("url", "must be an http(s) URL")
    title = title.strip()
    if len(title) > MAX_EXTERNAL_TITLE_CHARS:
        raise InvalidArgument("title", f"must be at most {MAX_EXTERNAL_TITLE_CHARS} characters")
    return ExternalProfile(kind=parsed_kind, url=url, title=title, linked_at=linked_at)


# --- erasure ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Erasure:
    """What is kept of an erased candidate: ids and times only, so a repeated erasure is answered
    (and its event re-published) without holding any personal data."""

    tenant_id: str
    candidate_id: str
    erased_at: datetime
    # The CandidateErased and the ProfileUpdated("erased") events, re-published under these ids.
    event_id: str
    profile_event_id: str
    interview_ids: tuple[str, ...]
