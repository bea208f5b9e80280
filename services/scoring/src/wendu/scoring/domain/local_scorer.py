"""The local scorer: deterministic, offline and explainable, for zh, en and mixed answers.

Per competency, a 0-1 blend of four signals, scaled to 0.0-10.0:

* STAR coverage (situation, task, action, result; action and result weigh most),
* specificity (numbers, metrics, first-person concrete actions),
* the competency's own behavioural cue words,
* relevance to the question,

damped for very short answers. Every count saturates, so padding cannot buy points, and the text
is prepared first (``wendu.core.text.prepare``): sentences addressed to the scorer (removed whole,
with any bracketed block around them) and repeated or reworded sentences are removed before any
signal is read. Then filler earns nothing (:func:`_credited`): sentences with nothing specific in
them that are off the subject, generic claims or slogans, and lists of the competency's keywords
give no cue, relevance or length credit. Every signal is read from the remaining text only, so
removed text can only lower a score, never raise it. The evidence is the sentences that carried
the signals, as spans of the original answer.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from wendu.core import text
from wendu.core.text import Hit, PreparedText, Sentence, Specificity, StarPart, TextLanguage
from wendu.scoring.domain.competencies import COMPETENCY_LEXICONS
from wendu.scoring.domain.model import (
    MAX_SCORE,
    MIN_SCORE,
    AnswerToScore,
    Assessment,
    CompetencyScore,
    Evidence,
    Language,
    ScorerInfo,
    level_for,
)

SCORER_NAME = "wendu-local-scorer"
SCORER_VERSION = "1.1.0"

# What each STAR part is worth in the STAR coverage: a story without action or result is thin.
STAR_WEIGHTS: Mapping[StarPart, float] = {
    StarPart.SITUATION: 0.15,
    StarPart.TASK: 0.15,
    StarPart.ACTION: 0.40,
    StarPart.RESULT: 0.30,
}
# The blend of the four signals (sums to 1).
STAR_WEIGHT = 0.40
SPECIFICITY_WEIGHT = 0.25
CUE_WEIGHT = 0.25
# Lexical overlap with the question is weak evidence (good answers often use other words), so it
# weighs least; it mainly separates a rehearsed answer to another question.
RELEVANCE_WEIGHT = 0.10
# Distinct cue words of a competency that earn full cue credit.
CUES_FOR_FULL_CREDIT = 3
# Answers shorter than this many Han-character equivalents (about 70 English words) are damped,
# down to DEPTH_FLOOR for an empty one; beyond it, length earns nothing.
DEPTH_FULL_UNITS = 120.0
DEPTH_FLOOR = 0.4
MAX_EVIDENCE_PER_COMPETENCY = 3
# Relevance at or above these reads as high / medium in the rationale.
HIGH_RELEVANCE = 0.67
MEDIUM_RELEVANCE = 0.34


@dataclass(frozen=True)
class _Signals:
    """What the text analysis found in one prepared answer, shared by all its competencies."""

    prepared: PreparedText
    star_by_sentence: dict[int, list[Hit]]
    specificity: Specificity
    relevance: float
    star_parts: tuple[StarPart, ...]
    star_coverage: float
    depth: float
    # Per sentence, how many generic signals (STAR cues, figures, actions, metrics) it carries.
    generic_weight: dict[int, int]
    # Per competency, its cue words found in the credited sentences.
    cue_hits: dict[str, list[Hit]]


class LocalScorer:
    """The default :class:`~wendu.scoring.domain.model.AnswerScorer`: rules over text signals."""

    @property
    def name(self) -> str:
        return SCORER_NAME

    async def score(self, answer: AnswerToScore) -> Assessment:
        return self.assess(answer)

    def assess(self, answer: AnswerToScore) -> Assessment:
        """Score ``answer`` synchronously (it is pure CPU work of well under a millisecond)."""
        signals = _read_signals(answer)
        competency_ids = tuple(dict.fromkeys(answer.competency_ids))
        scores: list[CompetencyScore] = []
        evidence: list[Evidence] = []
        for competency_id in competency_ids:
            score, cue_hits = _score_competency(signals, signals.cue_hits.get(competency_id))
            scores.append(CompetencyScore(competency_id, score, level_for(score)))
            evidence.extend(_evidence(signals, competency_id, cue_hits))
        prepared = signals.prepared
        language = answer.language or _language_of(answer.answer_text)
        return Assessment(
            scores=tuple(scores),
            evidence=tuple(evidence),
            star_parts=signals.star_parts,
            specificity=signals.specificity.score,
            relevance=signals.relevance,
            rationale=_rationale(signals, language),
            scorer=ScorerInfo(SCORER_NAME, SCORER_VERSION, answer.rubric_version, prompt_version=""),
            injection_suspected=prepared.injection_suspected,
            # A person looks at answers that tried to steer the scorer, or that gave it nothing to judge.
            needs_human_review=prepared.injection_suspected or not competency_ids or not prepared.sentences,
        )


def _read_signals(answer: AnswerToScore) -> _Signals:
    prepared = text.prepare(answer.answer_text)
    analysed = prepared.analysed
    # Read once on the prepared text, then kept only where they fall in a credited sentence.
    actions = text.find_first_person_actions(analysed)
    star_hits = text.find_star_cues(analysed, actions)
    quantities = text.find_quantities(analysed)
    cue_hits = {
        competency_id: COMPETENCY_LEXICONS[competency_id].find(analysed)
        for competency_id in dict.fromkeys(answer.competency_ids)
        if competency_id in COMPETENCY_LEXICONS
    }
    prepared = _credited(prepared, answer.question_text, actions, star_hits, quantities, cue_hits)
    analysed, sentences = prepared.analysed, prepared.sentences
    star_by_sentence = text.group_by_sentence(sentences, star_hits)
    kept_cues = {
        competency_id: [h for hits in text.group_by_sentence(sentences, found).values() for h in hits]
        for competency_id, found in cue_hits.items()
    }
    specificity = text.specificity(analysed, actions)
    found = {StarPart(hit.label) for hits in star_by_sentence.values() for hit in hits}
    star_parts = tuple(part for part in StarPart if part in found)
    generic_weight: dict[int, int] = {}
    for hits in (
        star_by_sentence,
        text.group_by_sentence(sentences, specificity.quantities),
        text.group_by_sentence(sentences, specificity.metrics),
    ):
        for position, sentence_hits in hits.items():
            generic_weight[position] = generic_weight.get(position, 0) + len(sentence_hits)
    return _Signals(
        prepared=prepared,
        star_by_sentence=star_by_sentence,
        specificity=specificity,
        relevance=text.relevance(answer.question_text, analysed),
        star_parts=star_parts,
        star_coverage=sum(STAR_WEIGHTS[part] for part in star_parts),
        depth=min(1.0, text.content_units(analysed) / DEPTH_FULL_UNITS),
        generic_weight=generic_weight,
        cue_hits=kept_cues,
    )


# STAR cues that tell what was done or achieved; a situation or a task alone is no evidence.
_STORY_PARTS = frozenset({StarPart.ACTION.value, StarPart.RESULT.value})


def _credited(
    prepared: PreparedText,
    question: str,
    actions: Sequence[Hit],
    star_hits: Sequence[Hit],
    quantities: Sequence[Hit],
    cue_hits: Mapping[str, Sequence[Hit]],
) -> PreparedText:
    """``prepared`` with only its content-bearing sentences left to score.

    A sentence with a first-person action or a figure always counts. One with only an action or
    result cue, or a situation or task cue right before such a sentence, counts unless it is a
    list of the competency's keywords. Any other is filler, and
    earns no cue, relevance or length credit, when it is off the subject (no word of the question
    or of the competency: asides, pleasantries), a generic claim or slogan ("communication is key",
    团结就是力量), or a list of the competency's keywords. So padding an answer with such sentences
    cannot raise its score. The removed sentences stay in ``original``; offsets still hold.
    """
    sentences = prepared.sentences
    if not sentences:
        return prepared
    # Concrete: a first-person action or a figure. Specific: that, or an action or result cue.
    concrete = set(text.group_by_sentence(sentences, actions))
    concrete.update(text.group_by_sentence(sentences, quantities))
    if len(concrete) == len(sentences):
        return prepared
    specific = concrete | set(text.group_by_sentence(sentences, [h for h in star_hits if h.label in _STORY_PARTS]))
    # A situation or a task counts when it sets up what follows: the next sentence is specific.
    setup = set(text.group_by_sentence(sentences, [h for h in star_hits if h.label not in _STORY_PARTS]))
    specific.update(position for position in setup if position + 1 in specific)
    cues_by_sentence = text.group_by_sentence(sentences, [hit for hits in cue_hits.values() for hit in hits])
    dropped: list[Sentence] = []
    for sentence in sentences:
        if sentence.position in concrete:
            continue
        cues = cues_by_sentence.get(sentence.position, [])
        if text.is_keyword_list(sentence.text, cues) or (
            sentence.position not in specific
            and (
                (not cues and not text.mentions_question(question, sentence.text))
                or text.is_generic_claim(sentence.text)
            )
        ):
            dropped.append(sentence)
    if not dropped:
        return prepared
    gone = {s.position for s in dropped}
    kept = tuple(
        Sentence(index, s.start, s.end, s.text)
        for index, s in enumerate(s for s in sentences if s.position not in gone)
    )
    return PreparedText(
        prepared.original,
        text.mask(prepared.analysed, ((s.start, s.end) for s in dropped)),
        kept,
        prepared.injections,
        prepared.repeated_sentences,
    )


def _score_competency(signals: _Signals, cue_hits: list[Hit] | None) -> tuple[float, list[Hit]]:
    """The 0-10 score of one competency and the cue hits it rests on."""
    generic = (
        STAR_WEIGHT * signals.star_coverage
        + SPECIFICITY_WEIGHT * signals.specificity.score
        + RELEVANCE_WEIGHT * signals.relevance
    )
    if cue_hits is None:
        # A competency without a cue lexicon is judged on the generic signals alone, rescaled.
        cue_hits = []
        blend = generic / (1.0 - CUE_WEIGHT)
    else:
        distinct_cues = len({hit.label for hit in cue_hits})
        blend = generic + CUE_WEIGHT * min(1.0, distinct_cues / CUES_FOR_FULL_CREDIT)
    blend *= DEPTH_FLOOR + (1.0 - DEPTH_FLOOR) * signals.depth
    score = round(min(MAX_SCORE, max(MIN_SCORE, MAX_SCORE * blend)), 1)
    return score, cue_hits


def _evidence(signals: _Signals, competency_id: str, cue_hits: Sequence[Hit]) -> list[Evidence]:
    """The sentences that carried the most signal for this competency, in answer order."""
    sentences = signals.prepared.sentences
    weight = dict(signals.generic_weight)
    for position, hits in text.group_by_sentence(sentences, cue_hits).items():
        # A competency's own cue words say more about it than a generic signal does.
        weight[position] = weight.get(position, 0) + 2 * len(hits)
    ranked = sorted((position for position, w in weight.items() if w > 0), key=lambda p: (-weight[p], p))
    original = signals.prepared.original
    return [
        Evidence(competency_id, sentences[p].start, sentences[p].end, original[sentences[p].start : sentences[p].end])
        for p in sorted(ranked[:MAX_EVIDENCE_PER_COMPETENCY])
    ]


def _language_of(answer_text: str) -> Language:
    detected = text.detect_language(answer_text)
    return Language.ZH if detected in (TextLanguage.ZH, TextLanguage.MIXED) else Language.EN


_PART_NAMES: Mapping[Language, Mapping[StarPart, str]] = {
    Language.EN: {
        StarPart.SITUATION: "situation",
        StarPart.TASK: "task",
        StarPart.ACTION: "action",
        StarPart.RESULT: "result",
    },
    Language.ZH: {StarPart.SITUATION: "情境", StarPart.TASK: "任务", StarPart.ACTION: "行动", StarPart.RESULT: "结果"},
}


def _join_en(words: Sequence[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _rationale(signals: _Signals, language: Language) -> str:
    """One line, in the interview's language, saying what the score rests on."""
    names = _PART_NAMES[language]
    found = [names[part] for part in signals.star_parts]
    missing = [names[part] for part in StarPart if part not in signals.star_parts]
    figures = len({hit.text.lower() for hit in signals.specificity.quantities})
    actions = len({hit.text.lower() for hit in signals.specificity.actions})
    relevance = signals.relevance
    prepared = signals.prepared
    if language is Language.ZH:
        level = "高" if relevance >= HIGH_RELEVANCE else "中" if relevance >= MEDIUM_RELEVANCE else "低"
        star = f"包含{'、'.join(found)}" if found else "未识别出情境、任务、行动或结果"
        if found and missing:
            star += f"，缺少{'、'.join(missing)}"
        line = f"{star}；{figures}处具体数据，{actions}处第一人称具体行动；与问题用词的重合度{level}。"
        if prepared.injection_suspected:
            line += "回答中试图影响评分的指令已被忽略。"
        if prepared.repeated_sentences:
            line += "重复的句子只计一次。"
        return line
    level = "high" if relevance >= HIGH_RELEVANCE else "medium" if relevance >= MEDIUM_RELEVANCE else "low"
    star = f"Covers {_join_en(found)}" if found else "No situation, task, action or result found"
    if found and missing:
        star += f"; missing {_join_en(missing)}"
    line = (
        f"{star}; {figures} concrete figure{'s' if figures != 1 else ''}, "
        f"{actions} first-person action{'s' if actions != 1 else ''}; overlap with the question's wording: {level}."
    )
    if prepared.injection_suspected:
        line += " Instructions addressed to the scorer were ignored."
    if prepared.repeated_sentences:
        line += " Repeated sentences were counted once."
    return line
