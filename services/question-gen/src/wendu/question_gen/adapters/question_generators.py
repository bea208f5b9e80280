"""The two question generators behind :class:`~wendu.question_gen.handlers.ports.QuestionGenerator`.

The server decides what is asked (the plan, and whether a follow-up comes and what it asks for);
a generator only words it.

- :class:`LocalQuestionGenerator` (the default): the built-in zh/en templates, deterministic, offline.
- :class:`LLMQuestionGenerator`: asks the LLM port (any OpenAI-compatible model) for warmer wording,
  with a versioned prompt and a JSON schema. Candidate text (answers, résumé project names) goes
  in as delimited data. Whatever comes back is checked again here: the candidate's quoted words and
  every quoted name must survive verbatim, the language must be the interview's, and it must be one
  question. Anything else, a failure of the LLM, or no answer within the time budget (one second
  at most) gives the local wording, so the interview never waits on the model.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from wendu.core.llm import LLMPort, LLMRequest, Prompt
from wendu.core.metrics import LLM_FALLBACKS
from wendu.core.vocabulary import Language
from wendu.question_gen.domain.follow_up import (
    DEFAULT_FOLLOW_UPS_PER_QUESTION,
    MAX_FOLLOW_UPS_PER_QUESTION,
    FollowUp,
    FollowUpDecision,
    FollowUpKind,
    phrase_locally,
)
from wendu.question_gen.domain.interviews import Question
from wendu.question_gen.domain.planning import REASON_BANK
from wendu.question_gen.domain.question_templates import is_generic
from wendu.question_gen.handlers.ports import FollowUpContext, QuestionGenerator

log = logging.getLogger(__name__)

LOCAL_GENERATOR = "local"
OPENAI_GENERATOR = "openai"
# The LLM gets at most this long; then the local wording is used. The issue allows one second.
MAX_BUDGET_SECONDS = 1.0
DEFAULT_BUDGET_SECONDS = 0.8
MAX_QUESTION_CHARS = 400

PURPOSE_FOLLOW_UP = "question_follow_up"
PURPOSE_PLAN = "question_plan"
# Fallback reasons added to the core's own (timeouts of the whole budget, output we reject).
REASON_BUDGET = "budget_exceeded"
REASON_REJECTED = "rejected_output"

_LANGUAGE_NAMES = {Language.ZH: "Simplified Chinese (zh)", Language.EN: "English (en)"}
_CJK = re.compile(r"[\u4e00-\u9fff]")
_QUOTED = re.compile(r"\"([^\"]+)\"|“([^”]+)”")

# What each kind of follow-up must ask for; the server's decision, told to the model.
_INSTRUCTIONS: dict[FollowUpKind, str] = {
    FollowUpKind.FALSE_STAR: "The answer stayed general. Ask for one specific time it happened: "
    "the situation, what the candidate did personally, and the result.",
    FollowUpKind.DECISION: "Ask how the candidate made the key decision in what they described, "
    "and what trade-off they accepted.",
    FollowUpKind.OWNERSHIP: "Ask what exactly the candidate's own role was, and which decision they made themselves.",
    FollowUpKind.MISSING_ACTION: "Ask what the candidate did personally, step by step.",
    FollowUpKind.MISSING_RESULT: "Ask what the result was and how the candidate measured it.",
    FollowUpKind.MISSING_SITUATION: "Ask for the context: when and where this was, and what was at stake.",
    FollowUpKind.MISSING_TASK: "Ask what exactly the candidate was responsible for, and what success looked like.",
}

FOLLOW_UP_PROMPT = Prompt(
    name="question-gen-follow-up",
    version="1",
    system=(
        "You word one follow-up question for a structured, behavioural job interview. The interviewer "
        "has already decided what the follow-up must ask for; you only make it sound natural, warm and "
        "brief (at most 45 words). Write it in the interview language. Start by quoting the candidate's "
        'words exactly as given in <candidate_quote>, inside quotation marks ("..." in English, “...” '
        "in Chinese). Ask exactly one question, about what the instruction says and nothing else. Never "
        "comment on the candidate, never judge the answer, never mention scores."
    ),
    user_template=(
        "Interview language: {language}\n"
        "The follow-up must: {instruction}\n"
        "The main question was: {main_question}\n\n"
        "The candidate's answer:\n{candidate_answer}\n\n"
        "The candidate's words to quote:\n{candidate_quote}"
    ),
)
FOLLOW_UP_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"question": {"type": "string", "minLength": 5, "maxLength": MAX_QUESTION_CHARS}},
    "required": ["question"],
    "additionalProperties": False,
}

PLAN_PROMPT = Prompt(
    name="question-gen-plan",
    version="1",
    system=(
        "You reword the planned questions of a structured, behavioural job interview so they sound "
        "natural and warm. Keep each question's meaning and its competency; ask for one concrete past "
        'situation, as the draft does. Keep every name inside quotation marks ("..." or “...”) exactly '
        "as written, inside the same marks. Write in the interview language, one question each, at most "
        "45 words. Never turn a question into a generic one such as 'What are your strengths?'. Return "
        "every id you were given, once."
    ),
    user_template=(
        "Interview language: {language}\n"
        "Position: {position_title}\n\n"
        "Draft questions (JSON list of id, competency and text):\n{planned_questions}"
    ),
)
PLAN_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "questions": {
            "type": "array",
            "minItems": 1,
            "maxItems": 50,
            "items": {
                "type": "object",
                "properties": {
                    "id": {"type": "string", "minLength": 1, "maxLength": 64},
                    "text": {"type": "string", "minLength": 5, "maxLength": MAX_QUESTION_CHARS},
                },
                "required": ["id", "text"],
                "additionalProperties": False,
            },
        }
    },
    "required": ["questions"],
    "additionalProperties": False,
}


class LocalQuestionGenerator:
    """The built-in wording: deterministic, offline, the default."""

    name = LOCAL_GENERATOR

    async def phrase_follow_up(self, decision: FollowUpDecision, context: FollowUpContext) -> FollowUp:
        return FollowUp(phrase_locally(decision, context.language), decision.reason)

    async def phrase_plan(self, plan: Sequence[Question], language: Language, position_title: str) -> list[Question]:
        return list(plan)


class LLMQuestionGenerator:
    """Words questions with the LLM port; the local wording on failure, rejection or after the budget."""

    name = OPENAI_GENERATOR

    def __init__(self, llm: LLMPort, *, budget_seconds: float = DEFAULT_BUDGET_SECONDS) -> None:
        if not 0 < budget_seconds <= MAX_BUDGET_SECONDS:
            raise ValueError(f"the LLM budget must be in (0, {MAX_BUDGET_SECONDS}] seconds, got {budget_seconds}")
        self._llm = llm
        self._budget = budget_seconds
        self._local = LocalQuestionGenerator()

    async def phrase_follow_up(self, decision: FollowUpDecision, context: FollowUpContext) -> FollowUp:
        local = await self._local.phrase_follow_up(decision, context)
        request = LLMRequest(
            purpose=PURPOSE_FOLLOW_UP,
            prompt=FOLLOW_UP_PROMPT,
            variables={
                "language": _LANGUAGE_NAMES[context.language],
                "instruction": _INSTRUCTIONS[decision.kind],
                "main_question": context.main_question,
            },
            untrusted={"candidate_answer": context.answer_text, "candidate_quote": decision.quote},
            schema=FOLLOW_UP_SCHEMA,
            local_fallback=lambda: {"question": local.text},
        )
        data = await self._ask(request)
        if data is None:
            return local
        text = _one_line(str(data["question"]))
        if text == local.text:
            return local
        if not _acceptable(text, context.language, must_keep=[decision.quote]):
            _reject(PURPOSE_FOLLOW_UP, "follow-up")
            return local
        return FollowUp(text, f"{decision.reason}; worded by {self.name} ({FOLLOW_UP_PROMPT.ref})")

    async def phrase_plan(self, plan: Sequence[Question], language: Language, position_title: str) -> list[Question]:
        # The employer's own questions keep the employer's wording.
        drafts = [q for q in plan if q.reason != REASON_BANK]
        if not drafts:
            return list(plan)
        payload = [{"id": q.question_id, "competency": q.competency_ids[0], "text": q.text} for q in drafts]
        request = LLMRequest(
            purpose=PURPOSE_PLAN,
            prompt=PLAN_PROMPT,
            variables={"language": _LANGUAGE_NAMES[language], "position_title": position_title},
            untrusted={"planned_questions": json.dumps(payload, ensure_ascii=False)},
            schema=PLAN_SCHEMA,
            local_fallback=lambda: {"questions": [{"id": p["id"], "text": p["text"]} for p in payload]},
        )
        data = await self._ask(request)
        if data is None:
            return list(plan)
        worded: dict[str, str] = {}
        for item in data["questions"]:
            worded.setdefault(str(item["id"]), _one_line(str(item["text"])))
        result = []
        for question in plan:
            text = worded.get(question.question_id)
            if question.reason == REASON_BANK or text is None or text == question.text:
                result.append(question)
            elif _acceptable(text, language, must_keep=_quoted_names(question.text)) and not is_generic(text):
                reason = f"{question.reason}; worded by {self.name} ({PLAN_PROMPT.ref})"
                result.append(replace(question, text=text, reason=reason))
            else:
                _reject(PURPOSE_PLAN, "planned question")
                result.append(question)
        return result

    async def _ask(self, request: LLMRequest) -> dict[str, Any] | None:
        """The model's answer, or None when the local wording should be used."""
        try:
            async with asyncio.timeout(self._budget):
                result = await self._llm.complete_json(request)
        except TimeoutError:
            LLM_FALLBACKS.labels(request.purpose, REASON_BUDGET).inc()
            log.warning(
                "LLM wording took longer than the budget; local wording used", extra={"purpose": request.purpose}
            )
            return None
        if result.fell_back or result.adapter != OPENAI_GENERATOR:
            return None  # the port already counted and logged why
        return result.data


@dataclass(frozen=True)
class WordingSettings:
    """How questions are worded; read from ``WENDU_QUESTION_GEN_*`` (see docs/question-generation.md)."""

    generator: str = LOCAL_GENERATOR  # WENDU_QUESTION_GEN_GENERATOR: local | openai
    budget_seconds: float = DEFAULT_BUDGET_SECONDS  # WENDU_QUESTION_GEN_LLM_BUDGET_SECONDS, at most 1
    max_follow_ups: int = DEFAULT_FOLLOW_UPS_PER_QUESTION  # WENDU_QUESTION_GEN_MAX_FOLLOW_UPS, 0..2


def load_wording_settings(env: Mapping[str, str] | None = None) -> WordingSettings:
    """The wording settings from ``env`` (default ``os.environ``); a bad value fails fast, naming it."""
    env = os.environ if env is None else env
    generator = env.get("WENDU_QUESTION_GEN_GENERATOR", "").strip() or LOCAL_GENERATOR
    if generator not in (LOCAL_GENERATOR, OPENAI_GENERATOR):
        raise ValueError(f"WENDU_QUESTION_GEN_GENERATOR must be 'local' or 'openai', got {generator!r}")
    budget = _number(env, "WENDU_QUESTION_GEN_LLM_BUDGET_SECONDS", DEFAULT_BUDGET_SECONDS)
    if not 0 < budget <= MAX_BUDGET_SECONDS:
        raise ValueError(f"WENDU_QUESTION_GEN_LLM_BUDGET_SECONDS must be in (0, {MAX_BUDGET_SECONDS}], got {budget}")
    depth = _number(env, "WENDU_QUESTION_GEN_MAX_FOLLOW_UPS", DEFAULT_FOLLOW_UPS_PER_QUESTION)
    if depth != int(depth) or not 0 <= depth <= MAX_FOLLOW_UPS_PER_QUESTION:
        raise ValueError(
            f"WENDU_QUESTION_GEN_MAX_FOLLOW_UPS must be a whole number from 0 to {MAX_FOLLOW_UPS_PER_QUESTION}, "
            f"got {depth}"
        )
    return WordingSettings(generator=generator, budget_seconds=budget, max_follow_ups=int(depth))


def _number(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        return float(raw)
    except ValueError:
        raise ValueError(f"{name} must be a number, got {raw!r}") from None


def build_question_generator(
    name: str, llm: LLMPort, *, budget_seconds: float = DEFAULT_BUDGET_SECONDS
) -> QuestionGenerator:
    """The generator ``name`` names: ``local`` (default) or ``openai`` (over ``llm``)."""
    if name == LOCAL_GENERATOR:
        return LocalQuestionGenerator()
    if name == OPENAI_GENERATOR:
        return LLMQuestionGenerator(llm, budget_seconds=budget_seconds)
    raise ValueError(f"unknown question generator {name!r}; expected 'local' or 'openai'")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _quoted_names(text: str) -> list[str]:
    return [a or b for a, b in _QUOTED.findall(text)]


def _acceptable(text: str, language: Language, *, must_keep: Sequence[str]) -> bool:
    """One question, in ``language``, that keeps the candidate's words and the quoted names verbatim."""
    if not text or len(text) > MAX_QUESTION_CHARS:
        return False
    if any(kept and kept not in text for kept in must_keep):
        return False
    if text.count("?") + text.count("？") not in (1, 2):
        return False
    if not text.rstrip().endswith(("?", "？")):
        return False
    outside_quotes = _QUOTED.sub("", text)
    cjk = len(_CJK.findall(outside_quotes))
    if language is Language.ZH:
        return cjk >= max(4, len(outside_quotes) // 4)
    return cjk == 0


def _reject(purpose: str, what: str) -> None:
    LLM_FALLBACKS.labels(purpose, REASON_REJECTED).inc()
    log.warning("LLM wording rejected; local wording used", extra={"purpose": purpose, "what": what})
