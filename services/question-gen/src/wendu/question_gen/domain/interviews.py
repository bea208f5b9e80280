"""The interview aggregate: its state machine, the candidate's choices, time, questions and answers.

    scheduled -> in_progress <-> paused -> completed
    scheduled | in_progress | paused -> abandoned   (the candidate withdrew, or went idle)
    scheduled -> expired                            (the scheduling window passed without a start)

The server enforces the machine; an illegal step raises FailedPrecondition naming the current
state. Questions are asked one at a time: after an answer, the interview waits for its score, then
asks a follow-up or the next planned question (:meth:`Interview.record_score`).

Time is guidance: only a position's hard limit (plus recorded extensions) refuses an answer, and
only time spent in progress counts, never paused time.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from wendu.core.errors import FailedPrecondition, InvalidArgument, NotFound
from wendu.core.text import StarPart
from wendu.core.vocabulary import InterviewKind, Language
from wendu.question_gen.domain.follow_up import (
    DEFAULT_FOLLOW_UPS_PER_QUESTION,
    FollowUp,
    FollowUpDecision,
    next_follow_up,
    phrase_locally,
)
from wendu.question_gen.domain.hints import HintChoice, HintKind, ShownHint
from wendu.question_gen.domain.positions import CompetencyWeight, Position, TimePolicy

MAX_ANSWER_CHARS = 10_000


class InterviewStatus(enum.StrEnum):
    SCHEDULED = "scheduled"
    IN_PROGRESS = "in_progress"
    PAUSED = "paused"
    COMPLETED = "completed"
    ABANDONED = "abandoned"
    EXPIRED = "expired"

    @property
    def is_terminal(self) -> bool:
        return self in (InterviewStatus.COMPLETED, InterviewStatus.ABANDONED, InterviewStatus.EXPIRED)


class InterviewMode(enum.StrEnum):
    TEXT = "text"
    # Voice and video: the HR suite records the call and supplies the transcript as the answers.
    VOICE = "voice"
    VIDEO = "video"


class FirstScreen(enum.StrEnum):
    AI = "ai"
    HUMAN = "human"


class EndReason(enum.StrEnum):
    """Why an interview ended without completing."""

    NONE = ""
    WITHDRAWN = "withdrawn"
    IDLE = "idle"
    WINDOW_PASSED = "window_passed"


MAX_EXTENSION_MINUTES = 600
MAX_REASON_CHARS = 500

_OPEN = frozenset({InterviewStatus.SCHEDULED, InterviewStatus.IN_PROGRESS, InterviewStatus.PAUSED})

# action -> (statuses it may start from, status it leads to)
_TRANSITIONS: dict[str, tuple[frozenset[InterviewStatus], InterviewStatus]] = {
    "start": (frozenset({InterviewStatus.SCHEDULED}), InterviewStatus.IN_PROGRESS),
    "pause": (frozenset({InterviewStatus.IN_PROGRESS}), InterviewStatus.PAUSED),
    "resume": (frozenset({InterviewStatus.PAUSED}), InterviewStatus.IN_PROGRESS),
    "complete": (frozenset({InterviewStatus.IN_PROGRESS, InterviewStatus.PAUSED}), InterviewStatus.COMPLETED),
    "abandon": (_OPEN, InterviewStatus.ABANDONED),
    # Expired means "never started": a started interview that goes quiet is abandoned instead.
    "expire": (frozenset({InterviewStatus.SCHEDULED}), InterviewStatus.EXPIRED),
}


class _Unset:
    """The follow-up was not worded by the caller (see :meth:`Interview.record_score`)."""


_UNSET = _Unset()


def _new_id() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True)
class Question:
    question_id: str
    text: str
    competency_ids: tuple[str, ...]
    # Why this question was chosen, for audit (e.g. "profile signal: founder").
    reason: str
    # Set for a follow-up: the planned question it digs into.
    follows_up_question_id: str = ""
    # 1-based position among the questions asked so far; 0 while only planned.
    ordinal: int = 0

    @property
    def is_follow_up(self) -> bool:
        return bool(self.follows_up_question_id)


@dataclass
class Answer:
    """One revision of an answer. A supplement is revision 1 with the same ``answer_id``."""

    answer_id: str
    question_id: str
    # The full text that is scored: for revision 1, the original, a newline, and the supplement.
    text: str
    revision: int
    submitted_at: datetime
    idempotency_key: str = ""
    # The AnswerSubmitted event of this revision: its id is reused if it must be published again.
    event_id: str = ""
    published: bool = False
    # Revision 0 only: set once its score moved the interview on, to what it moved to
    # (the next question's id, or "" when it was the last).
    flow_advanced: bool = False
    next_question_id: str = ""
    # Revision 0 only: the live hint decided together with the next question ("" when none).
    # Kept on the answer so the same score replayed re-posts the same hint, and so no hint text
    # is shown twice in one interview.
    hint_id: str = ""
    hint_kind: str = ""
    hint_text: str = ""


# Commands an interview remembers having applied (see Interview.record_command).
MAX_REMEMBERED_COMMANDS = 32


@dataclass(frozen=True)
class Extension:
    """Extra time granted on an employer's limit (an accommodation), recorded for audit."""

    extension_id: str
    minutes: int
    reason: str
    granted_by: str
    granted_at: datetime


@dataclass(frozen=True)
class FlowStep:
    """What the interview shows after an answer was scored: a question, or that all are answered."""

    asked: Question | None = None
    all_questions_answered: bool = False


@dataclass
class Interview:
    interview_id: str
    tenant_id: str
    candidate_id: str
    position_id: str
    # Snapshots of the (immutable) position, so the completion event needs no lookup.
    position_title: str
    weights: tuple[CompetencyWeight, ...]
    rubric_version: str
    time_policy: TimePolicy
    language: Language
    kind: InterviewKind
    # Planned questions, in order; each is copied to ``questions`` when it is asked.
    plan: list[Question]
    created_at: datetime
    status: InterviewStatus = InterviewStatus.SCHEDULED
    questions: list[Question] = field(default_factory=list)
    answers: list[Answer] = field(default_factory=list)
    current_question_id: str = ""
    all_questions_answered: bool = False
    started_at: datetime | None = None
    completed_at: datetime | None = None
    completion_event_id: str = ""
    completion_published: bool = False
    # The employer's scheduling window; the candidate's slot must fall inside it.
    window_start: datetime | None = None
    window_end: datetime | None = None
    slot_start: datetime | None = None
    mode: InterviewMode = InterviewMode.TEXT
    # Modes besides text that this employer's HR suite transcribes (voice, video).
    offered_modes: tuple[InterviewMode, ...] = ()
    first_screen: FirstScreen = FirstScreen.AI
    end_reason: EndReason = EndReason.NONE
    # The last thing the candidate did (start, answer, pause, resume, choice): idleness is measured from it.
    last_activity_at: datetime | None = None
    # Time spent in progress before ``running_since``; paused time never counts.
    active_seconds: float = 0.0
    running_since: datetime | None = None
    extensions: list[Extension] = field(default_factory=list)
    # The position's employer name at scheduling time, for the candidate's invitation page.
    employer_name: str = ""
    # The stored version: one more with every saved change.
    version: int = 0
    # The last commands applied (their ids), so a command delivered again is not applied twice.
    applied_commands: list[str] = field(default_factory=list)

    def record_command(self, command_id: str) -> None:
        """Remember that ``command_id`` was applied (the last few are kept: a command is redelivered
        within moments, never after dozens of later ones)."""
        if command_id and command_id not in self.applied_commands:
            self.applied_commands = [*self.applied_commands[-(MAX_REMEMBERED_COMMANDS - 1) :], command_id]

    def has_applied(self, command_id: str) -> bool:
        return command_id in self.applied_commands

    @classmethod
    def schedule(
        cls,
        *,
        interview_id: str,
        tenant_id: str,
        candidate_id: str,
        position: Position,
        plan: Sequence[Question],
        language: Language,
        kind: InterviewKind,
        now: datetime,
        window: tuple[datetime, datetime] | None = None,
        offered_modes: Collection[InterviewMode] = (),
        first_screen: FirstScreen = FirstScreen.AI,
    ) -> Interview:
        window_start, window_end = window if window is not None else (None, None)
        if window_start is not None and window_end is not None and window_end <= window_start:
            raise InvalidArgument("window_end", "must be after window_start")
        return cls(
            interview_id=interview_id,
            tenant_id=tenant_id,
            candidate_id=candidate_id,
            position_id=position.position_id,
            position_title=position.title,
            employer_name=position.employer_name,
            weights=position.competencies,
            rubric_version=position.rubric_version,
            time_policy=position.time_policy,
            language=language,
            kind=kind,
            plan=list(plan),
            created_at=now,
            window_start=window_start,
            window_end=window_end,
            offered_modes=tuple(m for m in InterviewMode if m in offered_modes and m is not InterviewMode.TEXT),
            first_screen=first_screen,
            last_activity_at=now,
        )

    # ------------------------------------------------------------------ lifecycle

    def start(self, now: datetime) -> Question:
        """Begin the interview and ask the first planned question."""
        if self.status is InterviewStatus.SCHEDULED:
            if self.first_screen is FirstScreen.HUMAN:
                raise FailedPrecondition("the candidate chose a human first screen: this AI interview cannot start")
            if self.window_end is not None and now >= self.window_end:
                raise FailedPrecondition(
                    f"the scheduling window ended at {self.window_end.isoformat()}: the interview cannot start"
                )
        self._transition("start")
        self.started_at = now
        self.running_since = now
        self.last_activity_at = now
        first = self._ask_next_planned()
        if first is None:
            raise FailedPrecondition("the interview has no planned questions")
        return first

    def pause(self, now: datetime) -> None:
        self._transition("pause")
        self._stop_clock(now)
        self.last_activity_at = now

    def resume(self, now: datetime) -> None:
        self._transition("resume")
        self.running_since = now
        self.last_activity_at = now

    def complete(self, now: datetime) -> bool:
        """Complete the interview; False when it was already completed (a retried call)."""
        if self.status is InterviewStatus.COMPLETED:
            return False
        self._transition("complete")
        self._stop_clock(now)
        self.completed_at = now
        self.current_question_id = ""
        self.completion_event_id = _new_id()
        return True

    def withdraw(self, now: datetime) -> bool:
        """The candidate withdraws: abandoned. False when it was already withdrawn (a retried call)."""
        if self.status is InterviewStatus.ABANDONED and self.end_reason is EndReason.WITHDRAWN:
            return False
        self._end("abandon", EndReason.WITHDRAWN, now)
        return True

    def abandon_if_idle(self, now: datetime, idle_after: timedelta) -> None:
        """Abandoned after ``idle_after`` without any activity in progress or paused (the sweep)."""
        if not self.is_idle(now, idle_after):
            raise FailedPrecondition(f"the interview is {self.status} and not idle")
        self._end("abandon", EndReason.IDLE, now)

    def expire_if_window_passed(self, now: datetime) -> None:
        """Expired when the scheduling window passed without a start (the sweep)."""
        if not self.window_passed(now):
            raise FailedPrecondition(f"the interview is {self.status} and its window is open")
        self._end("expire", EndReason.WINDOW_PASSED, now)

    def is_idle(self, now: datetime, idle_after: timedelta) -> bool:
        if self.status not in (InterviewStatus.IN_PROGRESS, InterviewStatus.PAUSED):
            return False
        last = self.last_activity_at or self.started_at or self.created_at
        return now - last >= idle_after

    def window_passed(self, now: datetime) -> bool:
        return self.status is InterviewStatus.SCHEDULED and self.window_end is not None and now >= self.window_end

    def _end(self, action: str, reason: EndReason, now: datetime) -> None:
        self._transition(action)
        self._stop_clock(now)
        self.end_reason = reason
        self.current_question_id = ""

    def _transition(self, action: str) -> None:
        sources, target = _TRANSITIONS[action]
        if self.status not in sources:
            raise FailedPrecondition(f"cannot {action} an interview that is {self.status}")
        self.status = target

    # ------------------------------------------------------------------ the candidate's choices

    def choose(
        self,
        now: datetime,
        *,
        slot_start: datetime | None = None,
        mode: InterviewMode | None = None,
        language: Language | None = None,
        plan: Sequence[Question] | None = None,
    ) -> None:
        """Change the slot, mode or language (None: unchanged), only before the start.

        A new language comes with its ``plan`` (the questions in that language).
        """
        self._require_scheduled("change the interview's options")
        if slot_start is not None:
            if self.window_start is not None and slot_start < self.window_start:
                raise InvalidArgument(
                    "slot_start", f"must be inside the employer's window, not before {self.window_start.isoformat()}"
                )
            if self.window_end is not None and slot_start >= self.window_end:
                raise InvalidArgument(
                    "slot_start", f"must be inside the employer's window, before {self.window_end.isoformat()}"
                )
        if mode is not None and mode is not InterviewMode.TEXT and mode not in self.offered_modes:
            raise InvalidArgument(
                "mode", f"{mode} is not offered for this interview (its HR suite supplies no transcript)"
            )
        if language is not None and language is not self.language and plan is None:
            raise InvalidArgument("language", "a new language needs its plan")
        if slot_start is not None:
            self.slot_start = slot_start
        if mode is not None:
            self.mode = mode
        if language is not None and plan is not None:
            self.language = language
            self.plan = list(plan)
        self.last_activity_at = now

    def choose_human_screen(self, now: datetime) -> bool:
        """The candidate takes a human first screen instead of this AI interview; False if chosen before."""
        if self.first_screen is FirstScreen.HUMAN:
            return False
        self._require_scheduled("choose a human first screen")
        self.first_screen = FirstScreen.HUMAN
        self.last_activity_at = now
        return True

    def refuse_automated_decision(self, now: datetime) -> bool:
        """The candidate refuses a decision made solely by automation (PIPL art. 24). Before the start
        the AI interview gives way to a human first screen (True); after it the interview stands as a
        record and a human screens the candidate before any decision (False: nothing to change here)."""
        if self.status is InterviewStatus.SCHEDULED:
            return self.choose_human_screen(now)
        return False

    def _require_scheduled(self, what: str) -> None:
        if self.status is not InterviewStatus.SCHEDULED:
            raise FailedPrecondition(f"cannot {what}: only before the start, and the interview is {self.status}")

    # ------------------------------------------------------------------ time

    def time_used_seconds(self, now: datetime) -> float:
        """Time spent in progress; paused time does not count."""
        running = (now - self.running_since).total_seconds() if self.running_since is not None else 0.0
        return self.active_seconds + max(0.0, running)

    def time_limit_seconds(self) -> int:
        """The employer's limit plus every extension; 0 when there is no limit (the default)."""
        if self.time_policy.hard_limit_minutes <= 0:
            return 0
        return 60 * (self.time_policy.hard_limit_minutes + sum(e.minutes for e in self.extensions))

    def grant_extension(self, *, extension_id: str, minutes: int, reason: str, granted_by: str, now: datetime) -> bool:
        """Extend the employer's limit (an accommodation); False when ``extension_id`` was granted before."""
        if any(e.extension_id == extension_id for e in self.extensions):
            return False
        if not 1 <= minutes <= MAX_EXTENSION_MINUTES:
            raise InvalidArgument("minutes", f"must be between 1 and {MAX_EXTENSION_MINUTES}, got {minutes}")
        reason = reason.strip()
        if not reason:
            raise InvalidArgument("reason", "must say why the time is extended")
        if len(reason) > MAX_REASON_CHARS:
            raise InvalidArgument("reason", f"must be at most {MAX_REASON_CHARS} characters")
        if self.status.is_terminal:
            raise FailedPrecondition(f"cannot extend the time of an interview that is {self.status}")
        if self.time_policy.hard_limit_minutes <= 0:
            raise FailedPrecondition("the position sets no time limit: there is nothing to extend")
        self.extensions.append(Extension(extension_id, minutes, reason, granted_by, now))
        return True

    def _stop_clock(self, now: datetime) -> None:
        if self.running_since is not None:
            self.active_seconds += max(0.0, (now - self.running_since).total_seconds())
            self.running_since = None

    def _require_time_left(self, now: datetime) -> None:
        limit = self.time_limit_seconds()
        if limit and self.time_used_seconds(now) > limit:
            raise FailedPrecondition(
                f"the time limit of {limit // 60} minutes is used up: complete the interview or ask for an extension"
            )

    # ------------------------------------------------------------------ answers

    def submit_answer(self, question_id: str, text: str, *, idempotency_key: str, now: datetime) -> tuple[Answer, bool]:
        """Answer the current question. Returns the answer and whether the key was seen before."""
        duplicate = self._answer_with_key(idempotency_key)
        if duplicate is not None:
            return duplicate, True
        self._require_answering()
        self._require_time_left(now)
        text = _validated_text(text)
        self.question(question_id)
        if question_id != self.current_question_id:
            if any(a.question_id == question_id for a in self.answers):
                raise FailedPrecondition(
                    f"question {question_id!r} is already answered; set supplement to add to it after a hint"
                )
            raise FailedPrecondition(f"question {question_id!r} is not the current question")
        answer = Answer(
            answer_id=_new_id(),
            question_id=question_id,
            text=text,
            revision=0,
            submitted_at=now,
            idempotency_key=idempotency_key,
            event_id=_new_id(),
        )
        self.answers.append(answer)
        # Nothing to answer until the score decides between a follow-up and the next question.
        self.current_question_id = ""
        self.last_activity_at = now
        return answer, False

    def supplement_answer(
        self, question_id: str, text: str, *, idempotency_key: str, now: datetime, hinted_answer_ids: Collection[str]
    ) -> tuple[Answer, bool]:
        """Add to the last answer once, after a hint on it: revision 1 holds the full text.

        ``hinted_answer_ids``: the answers of this interview that got a hint (hints are kept apart
        from the interview, see HintRepository).
        """
        duplicate = self._answer_with_key(idempotency_key)
        if duplicate is not None:
            return duplicate, True
        self._require_answering()
        self._require_time_left(now)
        text = _validated_text(text)
        self.question(question_id)
        original = next((a for a in reversed(self.answers) if a.revision == 0), None)
        if original is None or original.question_id != question_id:
            raise FailedPrecondition("only the last answered question can be supplemented")
        if self._answer(original.answer_id, 1) is not None:
            raise FailedPrecondition("an answer can be supplemented only once")
        if original.answer_id not in hinted_answer_ids:
            raise FailedPrecondition("an answer can be supplemented only after a hint on it")
        supplement = Answer(
            answer_id=original.answer_id,
            question_id=question_id,
            text=f"{original.text}\n{text}",
            revision=1,
            submitted_at=now,
            idempotency_key=idempotency_key,
            event_id=_new_id(),
        )
        self.answers.append(supplement)
        self.last_activity_at = now
        return supplement, False

    def mark_completion_published(self) -> None:
        self.completion_published = True

    def latest_answers(self) -> list[Answer]:
        """The latest revision of each answer, in the order they were first given."""
        latest: dict[str, Answer] = {}
        for answer in self.answers:
            latest[answer.answer_id] = answer
        return list(latest.values())

    def _require_answering(self) -> None:
        if self.status is InterviewStatus.PAUSED:
            raise FailedPrecondition("the interview is paused: resume it before answering")
        if self.status is not InterviewStatus.IN_PROGRESS:
            raise FailedPrecondition(f"cannot answer an interview that is {self.status}")

    def answer_with_key(self, idempotency_key: str) -> Answer | None:
        """The answer first stored with ``idempotency_key`` (None for no key, or a new one)."""
        return self._answer_with_key(idempotency_key)

    def _answer_with_key(self, idempotency_key: str) -> Answer | None:
        if not idempotency_key:
            return None
        return next((a for a in self.answers if a.idempotency_key == idempotency_key), None)

    def _answer(self, answer_id: str, revision: int) -> Answer | None:
        return next((a for a in self.answers if a.answer_id == answer_id and a.revision == revision), None)

    # ------------------------------------------------------------------ scores and hints

    def follow_up_decision(
        self,
        answer_id: str,
        star_parts: Collection[StarPart],
        *,
        max_follow_ups: int = DEFAULT_FOLLOW_UPS_PER_QUESTION,
    ) -> FollowUpDecision | None:
        """Whether the scored answer gets a follow-up, and on what (the server decides; nothing changes).

        Follow-ups dig into one main question, at most ``max_follow_ups`` of them, each of a kind not
        asked on it before. None: the next planned question comes (or nothing, once moved on).
        """
        answer = self._answer(answer_id, 0)
        if answer is None or answer.flow_advanced or self.status.is_terminal:
            return None
        question = self.question(answer.question_id)
        main_id = question.follows_up_question_id or question.question_id
        thread = [q.reason for q in self.questions if q.follows_up_question_id == main_id]
        return next_follow_up(answer.text, star_parts, thread, max_follow_ups=max_follow_ups)

    def record_score(
        self,
        answer_id: str,
        revision: int,
        star_parts: Collection[StarPart],
        follow_up: FollowUp | _Unset | None = _UNSET,
        hint: tuple[str, HintChoice] | None = None,
    ) -> FlowStep | None:
        """Move on after the first revision of an answer was scored.

        Asks ``follow_up`` (decided by :meth:`follow_up_decision`, worded by a generator) when given,
        otherwise the next planned question; without the argument, decides and words it locally; after the last one, marks all questions answered. Returns what was
        shown, or None when nothing changes (a supplement's score, a finished interview). A score
        seen again returns the step it caused the first time, so the caller can re-post it.
        ``hint`` (its id and the choice) is the live hint decided together with the follow-up; it is
        kept on the answer, so a replayed score finds it there.
        """
        if revision != 0:
            return None
        answer = self._answer(answer_id, 0)
        if answer is None:
            raise NotFound("answer", answer_id)
        # A score proves the answer reached the broker: a retried submission need not publish it again.
        answer.published = True
        if answer.flow_advanced:
            return self._step_after(answer)
        if self.status.is_terminal:
            return None
        question = self.question(answer.question_id)
        if isinstance(follow_up, _Unset):
            # No generator worded one: decide here and use the built-in wording.
            decision = self.follow_up_decision(answer_id, star_parts)
            follow_up = None if decision is None else FollowUp(phrase_locally(decision, self.language), decision.reason)
        asked: Question | None = None
        if follow_up is not None:
            asked = self._ask(
                Question(
                    question_id=_new_id(),
                    text=follow_up.text,
                    competency_ids=question.competency_ids,
                    reason=follow_up.reason,
                    follows_up_question_id=question.follows_up_question_id or question.question_id,
                )
            )
        if asked is None:
            asked = self._ask_next_planned()
        if asked is None:
            self.all_questions_answered = True
        if hint is not None:
            # Decided with the follow-up, stored in the same change: one decision, one write.
            answer.hint_id, choice = hint
            answer.hint_kind, answer.hint_text = choice.kind.value, choice.text
        answer.flow_advanced = True
        answer.next_question_id = asked.question_id if asked else ""
        return self._step_after(answer)

    def answer(self, answer_id: str) -> Answer | None:
        """The first revision of an answer of this interview, or None."""
        return self._answer(answer_id, 0)

    def hints_shown(self) -> list[ShownHint]:
        """The live hints this interview has shown, oldest first (no hint text is shown twice)."""
        return [ShownHint(HintKind(a.hint_kind), a.hint_text) for a in self.answers if a.revision == 0 and a.hint_id]

    def supplemented(self, answer_id: str) -> bool:
        """Whether the answer has its one supplement (so a hint on it now would be a second one)."""
        return self._answer(answer_id, 1) is not None

    def require_answer(self, answer_id: str) -> Answer:
        """The first revision of an answer of this interview (a hint must be on one); NotFound if none."""
        answer = self.answer(answer_id)
        if answer is None:
            raise NotFound("answer", answer_id)
        return answer

    def _step_after(self, answer: Answer) -> FlowStep:
        if answer.next_question_id:
            return FlowStep(asked=self.question(answer.next_question_id))
        return FlowStep(all_questions_answered=True)

    # ------------------------------------------------------------------ questions

    def question(self, question_id: str) -> Question:
        """An asked question; NotFound for an id this interview has not asked."""
        found = next((q for q in self.questions if q.question_id == question_id), None)
        if found is None:
            raise NotFound("question", question_id)
        return found

    def _has_follow_up(self, question_id: str) -> bool:
        return any(q.follows_up_question_id == question_id for q in self.questions)

    def _ask_next_planned(self) -> Question | None:
        asked_ids = {q.question_id for q in self.questions}
        upcoming = next((q for q in self.plan if q.question_id not in asked_ids), None)
        return self._ask(upcoming) if upcoming is not None else None

    def _ask(self, question: Question) -> Question:
        asked = Question(
            question_id=question.question_id,
            text=question.text,
            competency_ids=question.competency_ids,
            reason=question.reason,
            follows_up_question_id=question.follows_up_question_id,
            ordinal=len(self.questions) + 1,
        )
        self.questions.append(asked)
        self.current_question_id = asked.question_id
        return asked


def _validated_text(text: str) -> str:
    stripped = text.strip()
    if not stripped:
        raise InvalidArgument("text", "must not be empty")
    if len(stripped) > MAX_ANSWER_CHARS:
        raise InvalidArgument("text", f"must be at most {MAX_ANSWER_CHARS} characters, got {len(stripped)}")
    return stripped
