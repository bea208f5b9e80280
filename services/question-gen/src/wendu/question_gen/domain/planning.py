"""The interview plan: one question per weighted competency, personalised with the candidate's profile.

For each competency of the position, highest weight first, the question comes from:

1. the position's question bank, when it has a specific question for that competency (a stock
   question such as "What are your strengths?" is kept only when the profile offers nothing better);
2. otherwise a personalised question, when the profile offers one that fits: a profile signal
   ("founder" -> the hardest cash-flow or funding challenge, "career_switcher" -> which experience
   transfers to the role, "data_work" -> a decision driven by data, "led_people" -> a struggling
   team member), then a project the candidate named;
3. otherwise a built-in behavioural question for the competency.

History (from the profile, selection interviews only):

- questions the candidate was asked in earlier interviews are not asked again while an
  alternative exists;
- competencies that were weak last time are asked first, and the first of them (the profile lists
  the weakest first) gets an extra probe: a second question from another angle.

Every question records why it was chosen, for audit.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from wendu.core.vocabulary import Language
from wendu.question_gen.domain.interviews import Question
from wendu.question_gen.domain.positions import Position
from wendu.question_gen.domain.question_templates import ABOUT_PROJECT, GENERAL, SIGNAL_QUESTIONS, is_generic

# At most this many questions are built on project names, so the plan keeps some breadth.
MAX_PROJECT_QUESTIONS = 2
MAX_PROJECT_NAME_CHARS = 60
MAX_TITLE_CHARS_IN_QUESTION = 60
# A role that means the candidate ran the business, so its employer is their venture.
_FOUNDER_ROLE = re.compile(r"(?<![a-z])(?:co-?\s?)?founder(?![a-z])|创始人|创办人|创业", re.IGNORECASE)

REASON_BANK = "position question bank"
REASON_HISTORY_WEAK = "history: {competency} was weak in an earlier interview"
REASON_EXTRA_PROBE = "history: extra probe of {competency}, the weakest in earlier interviews"
REASON_ALL_ASKED = "every alternative was asked before"


@dataclass(frozen=True)
class WorkRole:
    employer: str
    role: str


@dataclass(frozen=True)
class CandidateProfile:
    """What planning needs to know about the candidate (from the profile service)."""

    candidate_id: str
    project_names: tuple[str, ...] = ()
    # Projects with a mark of distinction (award, patent, launch at scale): asked about first.
    notable_project_names: tuple[str, ...] = ()
    signals: frozenset[str] = frozenset()
    asked_question_texts: frozenset[str] = frozenset()
    ai_scoring_consent: bool = False
    experience: tuple[WorkRole, ...] = ()
    # Competencies scored in earlier selection interviews, and those whose latest score was weak
    # (weakest first when the profile knows the order).
    covered_competency_ids: tuple[str, ...] = ()
    weak_competency_ids: tuple[str, ...] = ()
    # The candidate's choice at registration; an interview created without a language uses it.
    preferred_language: Language | None = None


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
    stock_bank: dict[str, str] = {}

    for competency_id in slots:
        bank = [q.text.in_language(language) for q in position.bank_questions_for(competency_id)]
        fresh = [text for text in bank if text not in asked]
        specific = [text for text in fresh if not is_generic(text)]
        if specific:
            chosen[competency_id] = (specific[0], REASON_BANK)
        elif fresh:
            stock_bank[competency_id] = fresh[0]
        elif bank:
            # Every bank question was asked before: a built-in one is better than a repeat.
            stock_bank[competency_id] = bank[0]

    for offer in _personal_offers(profile, position, language, slots):
        open_fits = [
            c
            for c in offer.text_by_competency
            if c in slots and c not in chosen and offer.text_by_competency[c] not in asked
        ]
        if open_fits:
            competency_id = open_fits[0]
            reason = offer.reason
            if competency_id in stock_bank:
                reason += " (instead of a generic bank question)"
            chosen[competency_id] = (offer.text_by_competency[competency_id], reason)

    for competency_id in slots:
        if competency_id in chosen:
            continue
        bank_text = stock_bank.get(competency_id)
        if bank_text is not None and bank_text not in asked:
            chosen[competency_id] = (bank_text, REASON_BANK)
            continue
        general = [t.in_language(language) for t in GENERAL[competency_id]]
        text = _prefer_unasked(general, asked)
        reason = f"competency template: {competency_id}"
        chosen[competency_id] = (text, reason if text not in asked else f"{reason} ({REASON_ALL_ASKED})")

    weak = list(dict.fromkeys(c for c in profile.weak_competency_ids if c in slots))
    questions: list[Question] = []
    for competency_id in weak + [c for c in slots if c not in weak]:
        text, reason = chosen[competency_id]
        if competency_id in weak:
            reason = f"{reason}; {REASON_HISTORY_WEAK.format(competency=competency_id)}"
        questions.append(Question(question_id=new_id(), text=text, competency_ids=(competency_id,), reason=reason))
        if weak and competency_id == weak[0]:
            extra = _extra_probe(competency_id, language, asked | {q.text for q in questions})
            if extra is not None:
                reason = REASON_EXTRA_PROBE.format(competency=competency_id)
                questions.append(
                    Question(question_id=new_id(), text=extra, competency_ids=(competency_id,), reason=reason)
                )
    return questions


def _extra_probe(competency_id: str, language: Language, used: frozenset[str] | set[str]) -> str | None:
    return next((t.in_language(language) for t in GENERAL[competency_id] if t.in_language(language) not in used), None)


def founded_ventures(experience: Iterable[WorkRole]) -> list[str]:
    """Employers the candidate founded, from roles such as "Co-founder & CEO" or "创始人"."""
    return [w.employer.strip() for w in experience if w.employer.strip() and _FOUNDER_ROLE.search(w.role)]


def _personal_offers(
    profile: CandidateProfile, position: Position, language: Language, slots: list[str]
) -> Iterator[_Offer]:
    ventures = founded_ventures(profile.experience)
    role = _short(position.title, MAX_TITLE_CHARS_IN_QUESTION)
    for signal_question in SIGNAL_QUESTIONS:
        if signal_question.signal not in profile.signals:
            continue
        if signal_question.named_text is not None and ventures:
            name = _short(ventures[0], MAX_PROJECT_NAME_CHARS)
            text = signal_question.named_text.in_language(language).format(name=name)
        else:
            text = signal_question.text.in_language(language).format(role=role)
        yield _Offer(f"profile signal: {signal_question.signal}", {c: text for c in signal_question.competency_ids})
    notable = set(_project_names(profile.notable_project_names))
    names = list(_project_names((*profile.notable_project_names, *profile.project_names)))
    for name in names[:MAX_PROJECT_QUESTIONS]:
        # Any competency can be asked about through a project, so a project takes the
        # highest-weighted slot still open.
        yield _Offer(
            f"profile project: {name}" + (" (notable)" if name in notable else ""),
            {c: ABOUT_PROJECT[c].in_language(language).format(project=name) for c in slots},
        )


def _short(text: str, limit: int) -> str:
    return " ".join(text.split())[:limit]


def _project_names(names: Iterable[str]) -> Iterator[str]:
    seen: set[str] = set()
    for raw in names:
        name = _short(raw, MAX_PROJECT_NAME_CHARS)
        if name and name not in seen:
            seen.add(name)
            yield name


def _prefer_unasked(texts: list[str], asked: frozenset[str]) -> str:
    return next((t for t in texts if t not in asked), texts[0])
