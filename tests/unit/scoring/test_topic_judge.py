"""The local scorer with a topic judge: relevance by meaning, and off-topic answers held at level 1."""

from __future__ import annotations

from wendu.scoring.adapters.topic_judge import EmbeddingTopicJudge
from wendu.scoring.domain.local_scorer import OFF_TOPIC_SCORE_CAP, LocalScorer
from wendu.scoring.domain.model import REVIEW_OFF_TOPIC, AnswerToScore, Language

QUESTION = "Tell me about a time you had a disagreement with a colleague. How did you handle it?"
STORY = (
    "Last spring a teammate and I argued over whether to delay our release. I asked him for an hour, "
    "we listed what each option cost the customer, and I agreed to ship the safe half first. "
    "We released on time and the rest a week later, with no incidents."
)
HOBBIES = (
    "In my free time I play basketball twice a week and I love travelling; last year I visited "
    "twelve cities in Japan and learned to cook ramen from scratch."
)


class FixedJudge:
    """A judge that answers the same relevance for every answer (the rules are what is under test)."""

    def __init__(self, relevance: float) -> None:
        self._relevance = relevance

    @property
    def off_topic_below(self) -> float:
        return 0.25

    def relevance(self, question: str, answer: str) -> float:
        return self._relevance


def assess(scorer: LocalScorer, answer: str):
    return scorer.assess(AnswerToScore(QUESTION, answer, ("teamwork",), Language.EN))


def test_an_answer_the_judge_finds_off_topic_is_held_at_level_one_and_flagged():
    on = assess(LocalScorer(FixedJudge(0.8)), STORY)
    off = assess(LocalScorer(FixedJudge(0.1)), STORY)

    assert not on.off_topic and REVIEW_OFF_TOPIC not in on.review_reasons
    assert on.scores[0].score > OFF_TOPIC_SCORE_CAP
    assert off.off_topic and REVIEW_OFF_TOPIC in off.review_reasons and off.needs_human_review
    assert off.scores[0].score <= OFF_TOPIC_SCORE_CAP and off.scores[0].level == 1
    assert off.relevance == 0.1


def test_without_a_judge_no_answer_is_called_off_topic():
    assert not assess(LocalScorer(), HOBBIES).off_topic


def test_by_meaning_a_story_without_the_questions_words_is_relevant_and_hobbies_are_not():
    scorer = LocalScorer(EmbeddingTopicJudge())
    story, hobbies = assess(scorer, STORY), assess(scorer, HOBBIES)

    assert "disagreement" not in STORY and "colleague" not in STORY
    assert not story.off_topic and story.relevance > 0.5
    assert hobbies.off_topic and hobbies.scores[0].level == 1


class RecordingJudge(FixedJudge):
    """A fixed judge that keeps the texts it was asked about."""

    def __init__(self, relevance: float) -> None:
        super().__init__(relevance)
        self.answers: list[str] = []

    def relevance(self, question: str, answer: str) -> float:
        self.answers.append(answer)
        return super().relevance(question, answer)


def test_an_answer_of_nothing_but_filler_is_judged_on_what_it_said_not_on_an_empty_text():
    # Every sentence is a generic claim, so none earns credit; the judge must still read the answer.
    generic = "Communication is key in any team. Respect is essential, and honesty is always important."
    judge = RecordingJudge(0.8)
    scored = assess(LocalScorer(judge), generic)

    assert judge.answers and all(answer.split() for answer in judge.answers)
    assert "Communication is key" in judge.answers[-1]
    assert not scored.off_topic and REVIEW_OFF_TOPIC not in scored.review_reasons
