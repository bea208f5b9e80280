"""One decision after each score: the follow-up (or next question) and the live hint, together.

Deciding them apart let a hint ask for "your role and the result" and the follow-up right after it
ask "What was the result?". Here the follow-up is decided first, on the STAR parts the answer
really contains, and the hint may only name a gap the follow-up does not already ask about
(:mod:`wendu.question_gen.domain.hints`). An off-topic answer gets no follow-up digging into it:
the hint asks the candidate to relate it to the question, and the plan moves on.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from wendu.core.star_reading import parts_present
from wendu.question_gen.domain.follow_up import FollowUpDecision
from wendu.question_gen.domain.hints import HintChoice, ScoredAnswer, choose_hint

if TYPE_CHECKING:
    from wendu.question_gen.domain.interviews import Interview


@dataclass(frozen=True)
class AfterScore:
    follow_up: FollowUpDecision | None
    hint: HintChoice | None


def decide_after_score(
    interview: Interview, answer_id: str, scored: ScoredAnswer, *, max_follow_ups: int
) -> AfterScore:
    """What follows the scored first revision of ``answer_id``: a follow-up or not, a hint or not."""
    answer = interview.answer(answer_id)
    # The interview's own copy of the answer is the authority on what the candidate said.
    text = answer.text if answer is not None else scored.text
    scored = replace(scored, text=text, star_parts=parts_present(text, scored.star_parts))
    follow_up = (
        None
        if scored.off_topic
        else interview.follow_up_decision(answer_id, scored.star_parts, max_follow_ups=max_follow_ups)
    )
    return AfterScore(follow_up=follow_up, hint=choose_hint(scored, follow_up, interview.hints_shown()))
