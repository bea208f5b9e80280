"""Positions: the competency model (weights summing to 100) and an optional question bank.

A position is validated once, when it is created, and never changes afterwards, so interviews can
snapshot what they need from it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from wendu.core.errors import InvalidArgument
from wendu.core.vocabulary import LocalizedText
from wendu.question_gen.domain.competencies import RUBRIC_VERSION, is_known

MAX_TITLE_CHARS = 200
MAX_EMPLOYER_NAME_CHARS = 120
MAX_BANK_QUESTIONS = 200
MAX_BANK_QUESTION_CHARS = 1000
TOTAL_WEIGHT_PERCENT = 100


@dataclass(frozen=True)
class CompetencyWeight:
    competency_id: str
    weight_percent: int


@dataclass(frozen=True)
class BankQuestion:
    """An employer's own question for one competency, in both languages."""

    competency_id: str
    text: LocalizedText


@dataclass(frozen=True)
class TimePolicy:
    """Time is guidance, not a guillotine: 0 means no guidance / no hard limit."""

    suggested_minutes_per_answer: int = 0
    hard_limit_minutes: int = 0


@dataclass(frozen=True)
class Position:
    position_id: str
    tenant_id: str
    title: str
    competencies: tuple[CompetencyWeight, ...]
    question_bank: tuple[BankQuestion, ...]
    time_policy: TimePolicy
    rubric_version: str
    created_at: datetime
    # Who is hiring, as the candidate reads it on their invitation; "" when the HR suite set none.
    employer_name: str = ""

    def by_priority(self) -> list[CompetencyWeight]:
        """Competencies by weight, highest first; equal weights keep the employer's order."""
        return sorted(self.competencies, key=lambda c: -c.weight_percent)

    def bank_questions_for(self, competency_id: str) -> list[BankQuestion]:
        return [q for q in self.question_bank if q.competency_id == competency_id]


def new_position(
    *,
    position_id: str,
    tenant_id: str,
    title: str,
    competencies: Sequence[CompetencyWeight],
    question_bank: Sequence[BankQuestion],
    time_policy: TimePolicy,
    created_at: datetime,
    employer_name: str = "",
) -> Position:
    """Validate a new position; raise InvalidArgument naming the request field at fault."""
    title = title.strip()
    if not title:
        raise InvalidArgument("title", "must not be empty")
    if len(title) > MAX_TITLE_CHARS:
        raise InvalidArgument("title", f"must be at most {MAX_TITLE_CHARS} characters")
    employer_name = employer_name.strip()
    if len(employer_name) > MAX_EMPLOYER_NAME_CHARS:
        raise InvalidArgument("employer_name", f"must be at most {MAX_EMPLOYER_NAME_CHARS} characters")
    weights = _validated_weights(competencies)
    bank = _validated_bank(question_bank, {w.competency_id for w in weights})
    _validate_time_policy(time_policy)
    return Position(
        position_id=position_id,
        tenant_id=tenant_id,
        title=title,
        competencies=weights,
        question_bank=bank,
        time_policy=time_policy,
        rubric_version=RUBRIC_VERSION,
        created_at=created_at,
        employer_name=employer_name,
    )


def _validated_weights(competencies: Sequence[CompetencyWeight]) -> tuple[CompetencyWeight, ...]:
    if not competencies:
        raise InvalidArgument("competencies", "must name at least one competency")
    seen: set[str] = set()
    result = []
    for index, weight in enumerate(competencies):
        field = f"competencies[{index}]"
        competency_id = weight.competency_id.strip()
        if not competency_id:
            raise InvalidArgument(f"{field}.competency_id", "must not be empty")
        if not is_known(competency_id):
            raise InvalidArgument(f"{field}.competency_id", f"unknown competency {competency_id!r}")
        if competency_id in seen:
            raise InvalidArgument(f"{field}.competency_id", f"duplicate competency {competency_id!r}")
        if weight.weight_percent <= 0:
            raise InvalidArgument(f"{field}.weight_percent", "must be greater than 0")
        seen.add(competency_id)
        result.append(CompetencyWeight(competency_id, weight.weight_percent))
    total = sum(w.weight_percent for w in result)
    if total != TOTAL_WEIGHT_PERCENT:
        raise InvalidArgument("competencies", f"weights must sum to {TOTAL_WEIGHT_PERCENT}, got {total}")
    return tuple(result)


def _validated_bank(question_bank: Sequence[BankQuestion], chosen: set[str]) -> tuple[BankQuestion, ...]:
    if len(question_bank) > MAX_BANK_QUESTIONS:
        raise InvalidArgument("question_bank", f"must hold at most {MAX_BANK_QUESTIONS} questions")
    result = []
    for index, question in enumerate(question_bank):
        field = f"question_bank[{index}]"
        competency_id = question.competency_id.strip()
        if competency_id not in chosen:
            raise InvalidArgument(
                f"{field}.competency_id", f"{competency_id!r} is not one of the position's competencies"
            )
        # Candidates read questions in their interview's language, so both must exist.
        zh, en = question.text.zh.strip(), question.text.en.strip()
        for lang, text in (("zh", zh), ("en", en)):
            if not text:
                raise InvalidArgument(f"{field}.text.{lang}", "must not be empty")
            if len(text) > MAX_BANK_QUESTION_CHARS:
                raise InvalidArgument(f"{field}.text.{lang}", f"must be at most {MAX_BANK_QUESTION_CHARS} characters")
        result.append(BankQuestion(competency_id, LocalizedText(zh=zh, en=en)))
    return tuple(result)


def _validate_time_policy(policy: TimePolicy) -> None:
    if policy.hard_limit_minutes and policy.hard_limit_minutes < policy.suggested_minutes_per_answer:
        raise InvalidArgument("time_policy.hard_limit_minutes", "must not be shorter than suggested_minutes_per_answer")
