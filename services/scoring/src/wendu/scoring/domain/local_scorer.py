"""The local scorer: deterministic, offline and explainable, for zh, en and mixed answers.

It estimates the BARS level a trained rater would give (see ``LEVEL_WEIGHTS``) from what the
anchors name, each signal saturating so that piling up more of it stops paying:

* the candidate's own actions that happened (:mod:`wendu.scoring.domain.narrative`: "I asked",
  我重新做了一遍), against what the candidate *would* or *always* does (false STAR, anchor 2);
* figures, and the depth of the sentences that carry evidence (each English word counted once);
* reflection or a lasting change, and resistance or trade-offs handled (anchor 5);
* the competency's own behavioural cue words, and whether the answer is on the subject at all.

The text is prepared first: sentences addressed to the scorer (``wendu.core.text.prepare``, and
disguised ones, :mod:`wendu.scoring.domain.obfuscation`) and repeated or reworded sentences are
removed before any signal is read. Then filler earns nothing (:func:`_credited`): sentences with
nothing specific in them that are off the subject, generic claims or slogans, and lists of the
competency's keywords give no credit. Every signal is read from the remaining text only, so removed
text can only lower a score, never raise it. STAR parts, specificity and relevance are reported with
the score; the evidence is the sentences that carried the signals, as spans of the original answer.
"""

from __future__ import annotations

import asyncio
import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from wendu.core import star_reading, text
from wendu.core.text import Hit, PreparedText, Sentence, Specificity, StarPart, TextLanguage
from wendu.scoring.domain import narrative, obfuscation
from wendu.scoring.domain.competencies import COMPETENCY_LEXICONS
from wendu.scoring.domain.model import (
    MAX_SCORE,
    MIN_SCORE,
    REVIEW_INJECTION,
    REVIEW_KEYWORD_STUFFING,
    REVIEW_NO_COMPETENCY,
    REVIEW_NOTHING_TO_JUDGE,
    REVIEW_OFF_TOPIC,
    AnswerToScore,
    Assessment,
    CompetencyScore,
    Evidence,
    Language,
    ScorerInfo,
    TopicJudge,
    level_for,
)

SCORER_NAME = "wendu-local-scorer"
SCORER_VERSION = "3.1.1"

# The score comes in two steps. First a raw estimate of the rater's BARS level, read from what the
# anchors name:
#
#   estimate = BASE_LEVEL + sum(weight * signal)   with every signal saturating in 0-1.
#
# The weights were set on the dev split of eval/scoring/answers.jsonl (a fixed hash of the item id;
# see docs/scoring.md) from a least-squares fit, then rounded and checked against the held-out split.
# They are not tuned per item: each says how much one kind of evidence moves a trained rater. They
# *rank* answers well, but a least-squares estimate regresses to the mean: an excellent answer comes
# out near 4, a level-1 answer near 2. So, second, the estimate goes through CALIBRATION, a monotone
# piecewise-linear map onto the 0-10 scale (see there): the ranking is kept, the scale is the one
# candidates and recruiters read.
BASE_LEVEL = 1.2
LEVEL_WEIGHTS: Mapping[str, float] = {
    # The candidate's own actions that happened (anchor 3 and up): "I rebuilt", 我重新做了一遍.
    "actions": 0.8,
    # Figures that measure the situation or the result (anchor 4).
    "figures": 0.6,
    # How much the answer tells once filler, repeats and injections are gone (anchors 4 and 5).
    "depth": 2.0,
    # The competency's own behaviour words: weak evidence, good answers often use other words.
    "cues": 0.2,
    # On the subject at all (a cue word of the competency, or the question's own words): what
    # separates a generic answer (anchor 2) from an off-topic one (anchor 1).
    "on_topic": 0.5,
    # A lesson or a lasting change, and resistance or trade-offs handled (anchor 5).
    "reflection": 0.3,
    "complication": 0.3,
    # What the candidate would or always does instead of what happened (anchor 2, "false STAR").
    "hypothetical": -0.5,
}
# The raw estimate's range: nothing but hypothetical talk off the subject, and every signal at full credit.
ESTIMATE_FLOOR = BASE_LEVEL + min(0.0, *LEVEL_WEIGHTS.values())
ESTIMATE_CEILING = BASE_LEVEL + sum(weight for weight in LEVEL_WEIGHTS.values() if weight > 0)

# From raw estimate to score: (estimate, score) knots, linear in between, flat outside. The inner
# knots are the boundaries between adjacent rater levels on the dev split (the estimate that
# misclassifies the fewest dev answers as "level k or below" vs "above k"; ``benchmarks/eval_scoring.py
# --fit-calibration`` refits them), each pinned to where ``level_for`` starts the next level: 2, 4, 8,
# except the 3|4 boundary, which is pinned to 7.0: a complete, specific story (level 4) reads as 7 or
# more, the number recruiters and candidates read as good, and the 6-7 stretch holds only the few
# estimates just below the boundary. The map is monotone, so it changes no ranking.
# Fitted on the panel's adjudicated labels (eval/scoring/panel), with relevance by meaning.
LEVEL_BOUNDARIES = (1.23, 2.34, 3.43, 4.58)
GOOD_SCORE = 7.0
# The 3|4 boundary itself maps to GOOD_SCORE, so a complete level-4 story reads as 7 or more; the
# score reaches 6.0 (where ``level_for`` starts level 4) this far below it. Chosen on the dev split:
# with 7.0 a step past the boundary only 83% of dev level 4-5 answers reached 7, with 7.0 at the
# boundary 90%, at the cost of QWK 0.01 (zh). A raw estimate moves by about 0.05 when a name changes
# length, so this slope keeps the invariance bound of 0.2.
SIX_BEFORE_GOOD = 0.2
CALIBRATION: tuple[tuple[float, float], ...] = (
    (ESTIMATE_FLOOR, MIN_SCORE),
    (LEVEL_BOUNDARIES[0], 2.0),
    (LEVEL_BOUNDARIES[1], 4.0),
    (LEVEL_BOUNDARIES[2] - SIX_BEFORE_GOOD, 6.0),
    (LEVEL_BOUNDARIES[2], GOOD_SCORE),
    (LEVEL_BOUNDARIES[3], 8.0),
    (ESTIMATE_CEILING, MAX_SCORE),
)


def calibrated_score(estimate: float) -> float:
    """The 0-10 score (one decimal) of a raw level estimate, through the CALIBRATION knots."""
    knots = CALIBRATION
    if estimate <= knots[0][0]:
        return knots[0][1]
    for (x0, y0), (x1, y1) in itertools.pairwise(knots):
        if estimate <= x1:
            return round(y0 + (y1 - y0) * (estimate - x0) / (x1 - x0), 1)
    return knots[-1][1]


# Distinct first-person actions for full credit: a Chinese clause says less than an English verb phrase.
ACTIONS_FOR_FULL_CREDIT = {Language.EN: 4, Language.ZH: 8}
FIGURES_FOR_FULL_CREDIT = 5
CUES_FOR_FULL_CREDIT = 3
# A competency without a cue lexicon gets neutral cue credit.
UNKNOWN_COMPETENCY_CUE_CREDIT = 0.5
COMPLICATIONS_FOR_FULL_CREDIT = 2
# Content, in Han-character equivalents (about 140 English words), for full depth credit. Length
# without a told event (no action, no figure) counts half: a long generic answer is still generic.
DEPTH_FULL_UNITS = 160.0
DEPTH_WITHOUT_EVENT = 0.5
MAX_EVIDENCE_PER_COMPETENCY = 3
# The highest score of an answer the topic judge finds off topic: level 1 ("no evidence: off-topic").
OFF_TOPIC_SCORE_CAP = 1.9
# A refusal or deflection ("I've never really had a conflict", 这方面没有什么经历; anchor 1) is held at
# level 1 like an off-topic answer, unless the answer goes on to tell an instance: at least this share
# of full action credit (two English actions, four Chinese clauses).
DECLINED_UNLESS_ACTIONS = 0.5
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
    # Per sentence, how many generic signals (STAR cues, figures, actions, metrics) it carries.
    generic_weight: dict[int, int]
    # Per competency, its cue words found in the credited sentences.
    cue_hits: dict[str, list[Hit]]
    # The answer's evidence, each 0-1, before the competency's own cue words (see LEVEL_WEIGHTS).
    level_signals: dict[str, float]
    # Nothing left once injections and repeats are gone: there is no answer to judge.
    empty: bool
    # Sentences that were strings of rewarded terms and figures (dropped, and a person should look).
    keyword_stuffing: bool
    # The answer refuses or deflects the question and tells no instance instead (anchor 1).
    declined: bool = False

    @property
    def base_level(self) -> float:
        return BASE_LEVEL + sum(LEVEL_WEIGHTS[name] * value for name, value in self.level_signals.items())


class LocalScorer:
    """The default :class:`~wendu.scoring.domain.model.AnswerScorer`: rules over text signals.

    With a ``topic`` judge (the services use the multilingual embedding of :mod:`wendu.core.semantic`)
    relevance is read by meaning, and an answer the judge finds off topic is scored at level 1 and
    flagged for review. Without one (unit tests of the rules), relevance is word overlap and no
    answer is called off topic.
    """

    def __init__(self, topic: TopicJudge | None = None) -> None:
        self._topic = topic

    @property
    def name(self) -> str:
        return SCORER_NAME

    async def score(self, answer: AnswerToScore) -> Assessment:
        if self._topic is None:
            return self.assess(answer)
        # The embedding takes a hundred milliseconds of CPU or more: off the event loop.
        return await asyncio.to_thread(self.assess, answer)

    def estimate_levels(self, answer: AnswerToScore) -> dict[str, float]:
        """The raw level estimate of each competency, before CALIBRATION (for fitting and audit)."""
        signals, _ = _signals_of(answer, self._topic)
        return {
            competency_id: _estimate(signals, signals.cue_hits.get(competency_id))[0]
            for competency_id in dict.fromkeys(answer.competency_ids)
        }

    def assess(self, answer: AnswerToScore) -> Assessment:
        """Score ``answer`` synchronously: the rules take about a millisecond of CPU, the topic judge
        (when given) 100-250 ms more."""
        signals, hidden = _signals_of(answer, self._topic)
        off_topic = self._topic is not None and signals.relevance < self._topic.off_topic_below
        written_in = language_of(answer.answer_text)
        injection = signals.prepared.injection_suspected or hidden
        competency_ids = tuple(dict.fromkeys(answer.competency_ids))
        scores: list[CompetencyScore] = []
        evidence: list[Evidence] = []
        for competency_id in competency_ids:
            estimate, cue_hits = _estimate(signals, signals.cue_hits.get(competency_id))
            score = MIN_SCORE if signals.empty else calibrated_score(estimate)
            if off_topic or signals.declined:
                score = min(score, OFF_TOPIC_SCORE_CAP)
            scores.append(CompetencyScore(competency_id, score, level_for(score)))
            evidence.extend(_evidence(signals, competency_id, cue_hits))
        prepared = signals.prepared
        language = answer.language or written_in
        reasons = tuple(
            reason
            for reason, present in (
                (REVIEW_INJECTION, injection),
                (REVIEW_KEYWORD_STUFFING, signals.keyword_stuffing),
                (REVIEW_OFF_TOPIC, off_topic),
                (REVIEW_NO_COMPETENCY, not competency_ids),
                (REVIEW_NOTHING_TO_JUDGE, not prepared.sentences),
            )
            if present
        )
        return Assessment(
            scores=tuple(scores),
            evidence=tuple(evidence),
            star_parts=signals.star_parts,
            specificity=signals.specificity.score,
            relevance=signals.relevance,
            rationale=_rationale(signals, language, injection=injection),
            scorer=ScorerInfo(SCORER_NAME, SCORER_VERSION, answer.rubric_version, prompt_version=""),
            injection_suspected=injection,
            # A person looks at answers that tried to steer the scorer, or that gave it nothing to judge.
            needs_human_review=bool(reasons),
            review_reasons=reasons,
            off_topic=off_topic,
        )


def _signals_of(answer: AnswerToScore, topic: TopicJudge | None) -> tuple[_Signals, bool]:
    """The signals of ``answer``, and whether instructions in disguise were found in it."""
    # Instructions in disguise (full-width, zero-width, fake score markup) are blanked first, like
    # those ``text.prepare`` finds; blanking keeps every offset, so evidence spans hold.
    hidden = obfuscation.hidden_instructions(answer.answer_text)
    # The script the answer is written in sets how many actions make full credit.
    written_in = language_of(answer.answer_text)
    masked = replace(answer, answer_text=text.mask(answer.answer_text, hidden)) if hidden else answer
    return _read_signals(masked, written_in, topic), bool(hidden)


def _read_signals(answer: AnswerToScore, language: Language, topic: TopicJudge | None) -> _Signals:
    prepared = text.prepare(answer.answer_text)
    analysed = uncredited = prepared.analysed
    # Read once on the prepared text, then kept only where they fall in a credited sentence.
    actions = text.find_first_person_actions(analysed)
    star_hits = text.find_star_cues(analysed, actions)
    quantities = text.find_quantities(analysed)
    cue_hits = {
        competency_id: COMPETENCY_LEXICONS[competency_id].find(analysed)
        for competency_id in dict.fromkeys(answer.competency_ids)
        if competency_id in COMPETENCY_LEXICONS
    }
    # Each sentence read once, keyed by its start offset (which crediting keeps).
    readings = {sentence.start: narrative.read_sentence(sentence.text) for sentence in prepared.sentences}
    # Read before filler is dropped: a generic claim is exactly what makes an answer hypothetical.
    hypothetical_share = narrative.hypothetical_share(readings.values())
    told = {sentence.position for sentence in prepared.sentences if readings[sentence.start].actions}
    # Read before filler is dropped too: a refusal is often a generic sentence ("there is nothing to say").
    refuses = any(narrative.declines(sentence.text) for sentence in prepared.sentences)
    prepared, stuffed = _credited(prepared, answer.question_text, actions, star_hits, quantities, cue_hits, told)
    analysed, sentences = prepared.analysed, prepared.sentences
    star_by_sentence = text.group_by_sentence(sentences, star_hits)
    kept_cues = {
        competency_id: [h for hits in text.group_by_sentence(sentences, found).values() for h in hits]
        for competency_id, found in cue_hits.items()
    }
    specificity = text.specificity(analysed, actions)
    story = narrative.summarise(
        (readings[sentence.start] for sentence in sentences), (sentence.text for sentence in sentences)
    )
    found = {StarPart(hit.label) for hits in star_by_sentence.values() for hit in hits}
    if story.actions:
        # The candidate's own actions told as events ("I asked", 我重新做了一遍) are the action part,
        # whatever the verb: a follow-up or a report must never ask for actions the answer tells.
        found.add(StarPart.ACTION)
    # Reported generously (wendu.core.star_reading): a follow-up or report advice must never ask for
    # a part the answer tells. Only the report of the parts: no score signal reads it.
    told_parts = star_reading.parts_present(analysed, found)
    star_parts = tuple(part for part in StarPart if part in told_parts)
    scale = language
    figures = len({" ".join(h.text.lower().split()) for h in specificity.quantities})
    # Depth is what the sentences carrying evidence tell; a sentence kept only for naming the subject
    # ("we talked and reached a consensus") adds no depth, so rewording the story cannot lengthen it.
    quantities_by_sentence = text.group_by_sentence(sentences, specificity.quantities)
    evidence_units = _distinct_units(
        analysed[sentence.start : sentence.end]
        for sentence in sentences
        if readings[sentence.start].actions
        or sentence.position in quantities_by_sentence
        or any(hit.label in _STORY_PARTS for hit in star_by_sentence.get(sentence.position, ()))
    )
    told_event = story.actions > 0 or figures > 0
    depth = min(1.0, evidence_units / DEPTH_FULL_UNITS) * (1.0 if told_event else DEPTH_WITHOUT_EVENT)
    level_signals = {
        "actions": min(1.0, story.actions / ACTIONS_FOR_FULL_CREDIT[scale]),
        "figures": min(1.0, figures / FIGURES_FOR_FULL_CREDIT),
        "depth": depth,
        "reflection": min(1.0, story.reflections),
        "complication": min(1.0, story.complications / COMPLICATIONS_FOR_FULL_CREDIT),
        "hypothetical": hypothetical_share,
    }
    generic_weight: dict[int, int] = {}
    for hits in (
        star_by_sentence,
        quantities_by_sentence,
        text.group_by_sentence(sentences, specificity.metrics),
    ):
        for position, sentence_hits in hits.items():
            generic_weight[position] = generic_weight.get(position, 0) + len(sentence_hits)
    return _Signals(
        prepared=prepared,
        star_by_sentence=star_by_sentence,
        specificity=specificity,
        relevance=(
            # When every sentence was filler, nothing credited is left to read; whether the answer is
            # about the question is then read on all it said (injections and repeats still blanked):
            # an empty text would read as off topic, and a generic answer is not off topic (anchor 2).
            topic.relevance(answer.question_text, analysed if sentences else uncredited)
            if topic is not None
            else text.relevance(answer.question_text, analysed)
        ),
        star_parts=star_parts,
        generic_weight=generic_weight,
        cue_hits=kept_cues,
        level_signals=level_signals,
        empty=not readings,
        keyword_stuffing=stuffed,
        declined=refuses and _tells_no_instance(sentences, scale),
    )


def _tells_no_instance(sentences: Sequence[Sentence], language: Language) -> bool:
    """Fewer affirmed first-person actions than DECLINED_UNLESS_ACTIONS of full credit in the credited
    ``sentences``: what did not happen (没有换过) tells no instance."""
    affirmed = set().union(*(narrative.affirmed_actions(sentence.text) for sentence in sentences))
    return len(affirmed) < DECLINED_UNLESS_ACTIONS * ACTIONS_FOR_FULL_CREDIT[language]


_LATIN_WORD_RE = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")


def _distinct_units(pieces: Iterable[str]) -> float:
    """Size of ``pieces`` in Han-character equivalents, each English word counted once: "a seat five
    days later, five days later" tells no more than "a seat five days later". (Repeated Chinese
    clauses are already blanked by ``text.prepare``.)
    """
    joined = "\n".join(pieces).lower()
    han, _ = text.script_counts(joined)
    return han + len(set(_LATIN_WORD_RE.findall(joined))) * text.HAN_CHARS_PER_WORD


# STAR cues that tell what was done or achieved; a situation or a task alone is no evidence.
_STORY_PARTS = frozenset({StarPart.ACTION.value, StarPart.RESULT.value})


def _credited(
    prepared: PreparedText,
    question: str,
    actions: Sequence[Hit],
    star_hits: Sequence[Hit],
    quantities: Sequence[Hit],
    cue_hits: Mapping[str, Sequence[Hit]],
    told_as_events: set[int],
) -> tuple[PreparedText, bool]:
    """``prepared`` with only its content-bearing sentences left to score, and whether any sentence
    was keyword stuffing.

    A string of rewarded terms and figures ("Root cause analysis, 5 Whys, 99.9% uptime, 3x faster
    resolution", :func:`wendu.core.text.is_keyword_stuffing`) never counts, figures or not: it tells
    no event, and it is flagged for a person, as it is written for the scorer rather than the
    interviewer.

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
        return prepared, False
    stuffed = _stuffed_sentences(prepared, star_hits, quantities, cue_hits)
    # Concrete: a first-person action or a figure. Specific: that, or an action or result cue.
    concrete = set(text.group_by_sentence(sentences, actions))
    concrete.update(text.group_by_sentence(sentences, quantities))
    concrete -= stuffed
    # Told as an event in the open-ended reading ("I asked", 我重新做了一遍) but not concrete: it counts
    # unless it is a slogan or a keyword list dressed in the first person ("I always said...").
    told = told_as_events - concrete
    if len(concrete) == len(sentences):
        return prepared, False
    specific = concrete | told
    specific.update(text.group_by_sentence(sentences, [h for h in star_hits if h.label in _STORY_PARTS]))
    # A situation or a task counts when it sets up what follows: the next sentence is specific.
    setup = set(text.group_by_sentence(sentences, [h for h in star_hits if h.label not in _STORY_PARTS]))
    specific.update(position for position in setup if position + 1 in specific)
    cues_by_sentence = text.group_by_sentence(sentences, [hit for hits in cue_hits.values() for hit in hits])
    dropped: list[Sentence] = []
    for sentence in sentences:
        if sentence.position in concrete:
            continue
        cues = cues_by_sentence.get(sentence.position, [])
        if (
            sentence.position in stuffed
            or text.is_keyword_list(sentence.text, cues)
            or (sentence.position in told and text.is_generic_claim(sentence.text))
            or (
                sentence.position not in specific
                and (
                    (not cues and not text.mentions_question(question, sentence.text))
                    or text.is_generic_claim(sentence.text)
                )
            )
        ):
            dropped.append(sentence)
    if not dropped:
        return prepared, False
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
    ), bool(stuffed)


def _stuffed_sentences(
    prepared: PreparedText, star_hits: Sequence[Hit], quantities: Sequence[Hit], cue_hits: Mapping[str, Sequence[Hit]]
) -> set[int]:
    """Positions of the sentences that are keyword stuffing. Named measures are only looked up when a
    sentence is list-shaped at all, which few are (this runs on every answer)."""
    candidates = [
        sentence
        for sentence in prepared.sentences
        if text.count_list_separators(sentence.text) + 1 >= text.KEYWORD_STUFFING_MIN_ITEMS
    ]
    if not candidates:
        return set()
    rewarded = [
        *star_hits,
        *quantities,
        *(hit for hits in cue_hits.values() for hit in hits),
        *text.find_metric_terms(prepared.analysed),
    ]
    return {sentence.position for sentence in candidates if text.is_keyword_stuffing(sentence, rewarded)}


def _estimate(signals: _Signals, cue_hits: list[Hit] | None) -> tuple[float, list[Hit]]:
    """The raw level estimate of one competency (before CALIBRATION) and the cue hits it rests on."""
    if cue_hits is None:
        cue_hits = []
        cue_credit = UNKNOWN_COMPETENCY_CUE_CREDIT
    else:
        cue_credit = min(1.0, len({hit.label for hit in cue_hits}) / CUES_FOR_FULL_CREDIT)
    on_topic = 1.0 if cue_credit > 0 or signals.relevance >= MEDIUM_RELEVANCE else 0.0
    level = signals.base_level + LEVEL_WEIGHTS["cues"] * cue_credit + LEVEL_WEIGHTS["on_topic"] * on_topic
    return level, cue_hits


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


def language_of(answer_text: str) -> Language:
    """The interview language an answer is written in: Chinese when it has a fair share of Han text."""
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


def _rationale(signals: _Signals, language: Language, *, injection: bool) -> str:
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
        if injection:
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
    if injection:
        line += " Instructions addressed to the scorer were ignored."
    if prepared.repeated_sentences:
        line += " Repeated sentences were counted once."
    return line
