"""The topic judge of the services: relevance by meaning, from the multilingual embedding in wendu.core."""

from __future__ import annotations

from wendu.core import semantic


class EmbeddingTopicJudge:
    """:class:`~wendu.scoring.domain.model.TopicJudge` over :mod:`wendu.core.semantic` (e5, calibrated on eval/hints)."""

    @property
    def off_topic_below(self) -> float:
        return semantic.OFF_TOPIC_BELOW

    def relevance(self, question: str, answer: str) -> float:
        return semantic.relevance(question, answer)
