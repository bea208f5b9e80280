"""The interview plan: one question per weighted competency, personalised with the candidate's profile.

For each competency of the position, highest weight first, the question comes from:

1. the position's question bank, when it has one for that competency;
2. otherwise a personalised question, when the profile offers one that fits: a profile signal
   ("founder" -> a cash-flow crisis, "career_switcher" -> transferable skills, "data_work" -> a
   decision driven by data), then a project the candidate named;
3. otherwise a built-in general question.

Questions the candidate was asked in earlier interviews are avoided when an alternative exists.
Every question records why it was chosen.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from wendu.question_gen.domain.interviews import Question
from wendu.question_gen.domain.language import Language
from wendu.question_gen.domain.positions import Position
from wendu.question_gen.domain.question_templates import ABOUT_PROJECT, GENERAL, SIGNAL_QUESTIONS

# At most this many questions are built on project names, so the plan keeps some breadth.
MAX_PROJECT_QUESTIONS = 2
MAX_PROJECT_NAME_CHARS = 60


@dataclass(frozen=True)
class CandidateProfile:
    """What planning needs to know about the candidate (from the profile service)."""

    candidate_id: str
    project_names: tuple[str, ...] = ()
    signals: frozenset[str] = frozenset()
    asked_question_texts: frozenset[str] = frozenset()
    ai_scoring_consent: bool = False


@dataclass(frozen=True)
class _Offer:
    """A personalised question, phrased for each competency it may stand in for (best fit first)."""

    reason: str
    text_by_competency: dict[str, str]


def _new_question_id() -> str:
    return uuid.uuid4().hex


def plan_questions(
    position: Position,
    profile: CandidateProfile,
    language: Language,
    new_id: Callable[[], str] = _new_question_id,
) -> list[Question]:
    """The planned questions of an interview, in the order they will be asked."""
    slots = [w.competency_id for w in position.by_priority()]
    asked = profile.asked_question_texts
    chosen: dict[str, tuple[str, str]] = {}

    for competency_id in slots:
        bank = [q.text.in_language(language) for q in position.bank_questions_for(competency_id)]
        if bank:
            chosen[competency_id] = (_prefer_unasked(bank, asked), "position question bank")

    for offer in _personal_offers(profile, language, slots):
        open_fits = [
            c
            for c in offer.text_by_competency
            if c in slots and c not in chosen and offer.text_by_competency[c] not in asked
        ]
        if open_fits:
            competency_id = open_fits[0]
            chosen[competency_id] = (offer.text_by_competency[competency_id], offer.reason)

    for competency_id in slots:
        if competency_id not in chosen:
            general = [t.in_language(language) for t in GENERAL[competency_id]]
            chosen[competency_id] = (_prefer_unasked(general, asked), f"competency template: {competency_id}")

    return [Question(question_id=new_id(), text=chosen[c][0], competency_ids=(c,), reason=chosen[c][1]) for c in slots]


def _personal_offers(profile: CandidateProfile, language: Language, slots: list[str]) -> Iterator[_Offer]:
    for signal_question in SIGNAL_QUESTIONS:
        if signal_question.signal in profile.signals:
            text = signal_question.text.in_language(language)
            yield _Offer(f"profile signal: {signal_question.signal}", {c: text for c in signal_question.competency_ids})
    for name in list(_project_names(profile.project_names))[:MAX_PROJECT_QUESTIONS]:
        # Any competency can be asked about through a project, so a project takes the
        # highest-weighted slot still open.
        yield _Offer(
            f"profile project: {name}",
            {c: ABOUT_PROJECT[c].in_language(language).format(project=name) for c in slots},
        )


def _project_names(names: Iterable[str]) -> Iterator[str]:
    seen: set[str] = set()
    for raw in names:
        name = " ".join(raw.split())[:MAX_PROJECT_NAME_CHARS]
        if name and name not in seen:
            seen.add(name)
            yield name


def _prefer_unasked(texts: list[str], asked: frozenset[str]) -> str:
    return next((t for t in texts if t not in asked), texts[0])
