"""Use cases of the interview API: create, choose, read, start, pause, resume, answer, complete, withdraw.

Every change goes to the interview's timeline (which the candidate's stream shows). Answers and
completions are published as events, each stored with the interview first, so a retried call
re-publishes it with the same event id if the first attempt stopped in between. A completion is
marked published right after. An answer is marked when its score comes back (the stream worker's
change of the interview), which saves a second write of the interview on every answer; until then
this process remembers the answer events it published, so a retry it serves publishes nothing more,
and a retry another replica serves before the score re-publishes the same event (consumers drop it
by event id).
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime, timedelta

from google.protobuf.message import Message
from wendu.core.auth import TokenSigner
from wendu.core.bus import Publisher
from wendu.core.clock import Clock, utc_now
from wendu.core.codec import new_meta, to_timestamp
from wendu.core.errors import FailedPrecondition, InvalidArgument, NotFound
from wendu.core.topics import ANSWER_SUBMITTED, INTERVIEW_COMPLETED
from wendu.core.vocabulary import Language
from wendu.core.wire import interview_kind_to_proto, language_to_proto
from wendu.question_gen import wire
from wendu.question_gen.domain.interviews import (
    Answer,
    FirstScreen,
    Interview,
    InterviewKind,
    InterviewMode,
    InterviewStatus,
)
from wendu.question_gen.domain.planning import plan_questions
from wendu.question_gen.domain.requests import RequestKind, RequestReason
from wendu.question_gen.domain.timeline import QuestionAsked, StatusChanged
from wendu.question_gen.handlers.interview_store import change_interview, load_interview
from wendu.question_gen.handlers.ports import InterviewRepository, PositionRepository, ProfileGateway, QuestionGenerator
from wendu.question_gen.handlers.requests import CandidateRequests
from wendu.question_gen.handlers.timeline import TimelineWriter
from wendu.question_gen.metrics import INTERVIEWS_COMPLETED, INTERVIEWS_STARTED
from wendu.v1 import common_pb2, events_pb2

NO_AI_SCORING_CONSENT = "candidate has not consented to AI scoring; route to a human screen"
NO_LANGUAGE = "not set, and the candidate's profile names no preferred language: set LANGUAGE_ZH or LANGUAGE_EN"
# How long a candidate may take to start when the employer names no window.
DEFAULT_WINDOW = timedelta(days=14)


@dataclass(frozen=True)
class NewInterview:
    candidate_id: str
    position_id: str
    # None: the candidate's preferred language from the profile.
    language: Language | None = None
    kind: InterviewKind = InterviewKind.SELECTION
    idempotency_key: str = ""
    # The employer's scheduling window; None: from now for the default window.
    window_start: datetime | None = None
    window_end: datetime | None = None
    offered_modes: tuple[InterviewMode, ...] = ()


@dataclass(frozen=True)
class OptionsChoice:
    """The candidate's choice; None keeps the current value."""

    slot_start: datetime | None = None
    mode: InterviewMode | None = None
    language: Language | None = None


@dataclass(frozen=True)
class ExtensionGrant:
    minutes: int
    reason: str
    granted_by: str
    idempotency_key: str = ""


@dataclass(frozen=True)
class CreatedInterview:
    interview: Interview
    # Bearer token scoped to this one interview, for the candidate's client.
    candidate_token: str


@dataclass(frozen=True)
class AnswerSubmission:
    interview_id: str
    question_id: str
    text: str
    idempotency_key: str = ""
    # True to add to the last answer once, after a hint on it.
    supplement: bool = False


# A bound on the memory of published answer events (answers are scored within seconds).
MAX_REMEMBERED_ANSWER_EVENTS = 10_000


@dataclass(frozen=True)
class SubmittedAnswer:
    answer: Answer
    # True when the idempotency key was seen before and the original answer is returned.
    duplicate: bool


class InterviewHandlers:
    def __init__(
        self,
        *,
        interviews: InterviewRepository,
        positions: PositionRepository,
        profiles: ProfileGateway,
        timeline: TimelineWriter,
        publisher: Publisher,
        signer: TokenSigner,
        clock: Clock = utc_now,
        requests: CandidateRequests | None = None,
        default_window: timedelta = DEFAULT_WINDOW,
        wording: QuestionGenerator | None = None,
    ) -> None:
        self._interviews = interviews
        self._positions = positions
        self._profiles = profiles
        self._timeline = timeline
        self._publisher = publisher
        self._signer = signer
        self._clock = clock
        self._requests = requests
        self._default_window = default_window
        self._wording = wording
        # Answer events this process published, until the score marks them in the interview.
        self._published_answers: OrderedDict[str, None] = OrderedDict()

    async def create(self, tenant_id: str, command: NewInterview) -> CreatedInterview:
        """Plan and schedule an interview.

        A candidate without consent to AI scoring is routed to a human screen (DESIGN): the
        interview is created with a human first screen and no plan (it cannot start), and a
        human-screen request reaches the HR suite.
        """
        if command.idempotency_key:
            existing = await self._interviews.find_by_idempotency_key(tenant_id, command.idempotency_key)
            if existing is not None:
                return self._created(existing)
        position = await self._positions.get(tenant_id, command.position_id)
        if position is None:
            raise NotFound("position", command.position_id)
        profile = await self._profiles.get_profile(tenant_id, command.candidate_id)
        # The employer's choice, else the candidate's own: integrators need not know it.
        language = command.language if command.language is not None else profile.preferred_language
        if language is None:
            raise InvalidArgument("language", NO_LANGUAGE)
        consented = profile.ai_scoring_consent
        if not consented and (self._requests is None or command.kind is InterviewKind.PRACTICE):
            # A mock interview is AI practice and never reaches the employer: there is no human
            # screen to route it to, so the candidate must consent first.
            raise FailedPrecondition(NO_AI_SCORING_CONSENT)
        # Without consent nothing of the profile goes into an AI plan.
        plan = plan_questions(position, profile, language) if consented else []
        if plan and self._wording is not None:
            plan = await self._wording.phrase_plan(plan, language, position.title)
        now = self._clock()
        window_start = command.window_start or now
        window_end = command.window_end or window_start + self._default_window
        interview = Interview.schedule(
            interview_id=uuid.uuid4().hex,
            tenant_id=tenant_id,
            candidate_id=command.candidate_id,
            position=position,
            plan=plan,
            language=language,
            kind=command.kind,
            now=now,
            window=(window_start, window_end),
            offered_modes=command.offered_modes,
            first_screen=FirstScreen.AI if consented else FirstScreen.HUMAN,
        )
        stored, _ = await self._interviews.add(interview, command.idempotency_key)
        if stored.first_screen is FirstScreen.HUMAN and self._requests is not None:
            # Also on a retried create: publishes only if the first attempt stopped before.
            await self._requests.open(stored, RequestKind.HUMAN_SCREEN, RequestReason.NO_AI_SCORING_CONSENT)
        return self._created(stored)

    def _created(self, interview: Interview) -> CreatedInterview:
        token = self._signer.mint_candidate_token(interview.tenant_id, interview.interview_id, interview.candidate_id)
        return CreatedInterview(interview, token)

    async def get(self, tenant_id: str, interview_id: str) -> Interview:
        return await load_interview(self._interviews, tenant_id, interview_id)

    async def start(self, tenant_id: str, interview_id: str) -> Interview:
        """scheduled -> in_progress, and ask the first question."""
        interview, _ = await change_interview(
            self._interviews, tenant_id, interview_id, lambda iv: iv.start(self._clock())
        )
        INTERVIEWS_STARTED.labels(interview.kind.value).inc()
        await self.announce_start(interview)
        return interview

    async def announce_start(self, interview: Interview) -> None:
        """Post the start and the first question to the timeline (again: each is stored once)."""
        await self._timeline.post(interview, StatusChanged(InterviewStatus.IN_PROGRESS), dedup_key="status:started")
        asked = QuestionAsked(interview.questions[0])
        await self._timeline.post(interview, asked, dedup_key=asked.dedup_key)

    async def pause(self, tenant_id: str, interview_id: str) -> Interview:
        now = self._clock()
        interview, _ = await change_interview(self._interviews, tenant_id, interview_id, lambda iv: iv.pause(now))
        await self._post_status(interview)
        return interview

    async def resume(self, tenant_id: str, interview_id: str) -> Interview:
        now = self._clock()
        interview, _ = await change_interview(self._interviews, tenant_id, interview_id, lambda iv: iv.resume(now))
        await self._post_status(interview)
        return interview

    async def choose_options(self, tenant_id: str, interview_id: str, choice: OptionsChoice) -> Interview:
        """Slot, mode and language, before the start only. A new language re-plans the questions."""
        now = self._clock()
        plan = None
        current = await load_interview(self._interviews, tenant_id, interview_id)
        if choice.language is not None and choice.language is not current.language:
            if current.status is InterviewStatus.SCHEDULED and current.first_screen is FirstScreen.AI:
                position = await self._positions.get(tenant_id, current.position_id)
                if position is None:
                    raise NotFound("position", current.position_id)
                profile = await self._profiles.get_profile(tenant_id, current.candidate_id)
                plan = plan_questions(position, profile, choice.language)
            else:
                plan = list(current.plan)  # the domain refuses the change with the right status
        interview, _ = await change_interview(
            self._interviews,
            tenant_id,
            interview_id,
            lambda iv: iv.choose(
                now, slot_start=choice.slot_start, mode=choice.mode, language=choice.language, plan=plan
            ),
        )
        return interview

    async def withdraw(self, tenant_id: str, interview_id: str) -> Interview:
        """The candidate withdraws: abandoned, and the stream ends."""
        now = self._clock()
        interview, _ = await change_interview(self._interviews, tenant_id, interview_id, lambda iv: iv.withdraw(now))
        await self._timeline.post(
            interview, StatusChanged(interview.status, interview.all_questions_answered), dedup_key="status:ended"
        )
        return interview

    async def grant_extension(self, tenant_id: str, interview_id: str, grant: ExtensionGrant) -> Interview:
        """Extend the employer's time limit; the same idempotency key grants once."""
        now = self._clock()
        extension_id = grant.idempotency_key or uuid.uuid4().hex
        interview, _ = await change_interview(
            self._interviews,
            tenant_id,
            interview_id,
            lambda iv: iv.grant_extension(
                extension_id=extension_id,
                minutes=grant.minutes,
                reason=grant.reason,
                granted_by=grant.granted_by,
                now=now,
            ),
        )
        return interview

    async def _post_status(self, interview: Interview) -> None:
        # Each saved change has its own version, so every pause and resume is shown once.
        await self._timeline.post(
            interview,
            StatusChanged(interview.status, interview.all_questions_answered),
            dedup_key=f"status:{interview.version}",
        )

    async def submit_answer(self, tenant_id: str, submission: AnswerSubmission) -> SubmittedAnswer:
        """Store an answer (or its one supplement) and publish AnswerSubmitted for scoring."""
        now = self._clock()
        key = submission.idempotency_key
        known = (await load_interview(self._interviews, tenant_id, submission.interview_id)).answer_with_key(key)
        if known is not None and (known.published or known.event_id in self._published_answers):
            # A retry: answered from what is stored, with no write (the owner holds the interview
            # in memory, so this costs no database call either).
            return SubmittedAnswer(known, True)

        def record(interview: Interview) -> tuple[Answer, bool]:
            if submission.supplement:
                # The owner keeps each hint on the answer it was decided for before showing it.
                hinted = {a.answer_id for a in interview.answers if a.hint_id}
                return interview.supplement_answer(
                    submission.question_id, submission.text, idempotency_key=key, now=now, hinted_answer_ids=hinted
                )
            return interview.submit_answer(submission.question_id, submission.text, idempotency_key=key, now=now)

        interview, (answer, duplicate) = await change_interview(
            self._interviews, tenant_id, submission.interview_id, record
        )
        if not answer.published and answer.event_id not in self._published_answers:
            # Marked published by the score's change of the interview (see the module docstring).
            await self._publisher.publish(
                ANSWER_SUBMITTED, _answer_submitted(interview, answer), key=interview.interview_id
            )
            self._published_answers[answer.event_id] = None
            if len(self._published_answers) > MAX_REMEMBERED_ANSWER_EVENTS:
                self._published_answers.popitem(last=False)
        return SubmittedAnswer(answer, duplicate)

    async def complete(self, tenant_id: str, interview_id: str) -> Interview:
        """in_progress | paused -> completed, and publish InterviewCompleted.

        Completing a completed interview again returns it, re-publishing the event only if the
        first call stopped before publishing it.
        """
        interview, newly_completed = await change_interview(
            self._interviews, tenant_id, interview_id, lambda iv: iv.complete(self._clock())
        )
        if newly_completed:
            INTERVIEWS_COMPLETED.labels(interview.kind.value).inc()
        if not interview.completion_published:
            await self._publisher.publish(
                INTERVIEW_COMPLETED, _interview_completed(interview), key=interview.interview_id
            )
            interview, _ = await change_interview(
                self._interviews, tenant_id, interview_id, lambda iv: iv.mark_completion_published()
            )
        await self._timeline.post(
            interview,
            StatusChanged(InterviewStatus.COMPLETED, interview.all_questions_answered),
            dedup_key="status:completed",
        )
        return interview


def _meta(message_type: type[Message], interview: Interview, event_id: str) -> common_pb2.EventMeta:
    return new_meta(
        message_type,
        tenant_id=interview.tenant_id,
        interview_id=interview.interview_id,
        candidate_id=interview.candidate_id,
        interview_kind=interview_kind_to_proto(interview.kind),
        event_id=event_id,
    )


def _answer_submitted(interview: Interview, answer: Answer) -> events_pb2.AnswerSubmitted:
    question = interview.question(answer.question_id)
    return events_pb2.AnswerSubmitted(
        meta=_meta(events_pb2.AnswerSubmitted, interview, answer.event_id),
        answer_id=answer.answer_id,
        question_id=answer.question_id,
        question_text=question.text,
        competency_ids=list(question.competency_ids),
        rubric_version=interview.rubric_version,
        answer_text=answer.text,
        language=language_to_proto(interview.language),
        revision=answer.revision,
        position_id=interview.position_id,
        submitted_at=to_timestamp(answer.submitted_at),
    )


def _interview_completed(interview: Interview) -> events_pb2.InterviewCompleted:
    return events_pb2.InterviewCompleted(
        meta=_meta(events_pb2.InterviewCompleted, interview, interview.completion_event_id),
        position_id=interview.position_id,
        position_title=interview.position_title,
        weights=wire.weights_to_proto(interview.weights),
        answer_ids=[a.answer_id for a in interview.latest_answers()],
        language=language_to_proto(interview.language),
        started_at=to_timestamp(interview.started_at),
        completed_at=to_timestamp(interview.completed_at),
        question_texts=[q.text for q in interview.questions],
    )
