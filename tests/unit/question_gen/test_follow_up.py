"""The follow-up rule: probe claims and missing STAR parts, quoting the candidate's own words."""

from __future__ import annotations

from wendu.core.text import StarPart
from wendu.question_gen.domain.follow_up import propose_follow_up
from wendu.question_gen.domain.language import Language

ALL_PARTS = frozenset(StarPart)


def test_a_claim_of_leading_an_urgent_project_asks_how_the_key_decision_was_made():
    follow_up = propose_follow_up(
        "I led the team to finish an urgent project. We shipped on time.", ALL_PARTS, Language.EN
    )

    assert follow_up is not None
    assert follow_up.text == (
        'You said "I led the team to finish an urgent project". '
        "How did you make the key decision, and what was the trade-off?"
    )
    assert follow_up.reason == "follow-up: claim 'urgent'"


def test_the_chinese_follow_up_quotes_the_chinese_answer():
    follow_up = propose_follow_up("我带领团队完成了一个紧急项目。最后按时上线。", ALL_PARTS, Language.ZH)

    assert follow_up is not None
    assert follow_up.text == "你提到“我带领团队完成了一个紧急项目”。你是如何做出关键决定的？当时做了怎样的取舍？"


def test_a_claim_of_managing_asks_for_the_candidates_own_role():
    follow_up = propose_follow_up("Last year I managed the migration of our billing system.", ALL_PARTS, Language.EN)

    assert follow_up is not None
    assert follow_up.text.startswith('You said "Last year I managed the migration of our billing system".')
    assert "your own role" in follow_up.text


def test_an_answer_without_a_result_is_asked_for_one():
    follow_up = propose_follow_up(
        "Our support queue was growing. I rewrote the triage rules.",
        {StarPart.SITUATION, StarPart.ACTION},
        Language.EN,
    )

    assert follow_up is not None
    assert follow_up.text == (
        'You said "Our support queue was growing". What was the result, and how did you measure it?'
    )
    assert follow_up.reason == "follow-up: missing result"


def test_an_answer_without_an_action_is_asked_what_the_candidate_did():
    follow_up = propose_follow_up("客户投诉越来越多，大家都很着急。", {StarPart.SITUATION}, Language.ZH)

    assert follow_up is not None
    assert follow_up.text == "你提到“客户投诉越来越多，大家都很着急”。你本人具体做了哪些事情？请一步步说明。"


def test_a_complete_answer_without_claims_needs_no_follow_up():
    answer = "Sales dropped in March. I compared the funnels, fixed the checkout bug, and sales recovered by 12%."

    assert propose_follow_up(answer, ALL_PARTS, Language.EN) is None


def test_a_long_sentence_is_quoted_briefly_by_the_clause_holding_the_claim():
    answer = (
        "After many months of preparing documents, aligning with four different departments and waiting "
        "for budget approval, I decided to cancel the vendor contract and build the tool in house."
    )

    follow_up = propose_follow_up(answer, ALL_PARTS, Language.EN)

    assert follow_up is not None
    assert follow_up.text.startswith('You said "…I decided to cancel the vendor contract and build the tool in house".')


def test_a_long_clause_is_cut_to_a_window_around_the_claim_at_word_boundaries():
    answer = (
        "After many months of preparing documents and aligning with four departments and waiting for "
        "budget approval I decided to cancel the vendor contract and build the tool in house and hire two people"
    )

    follow_up = propose_follow_up(answer, ALL_PARTS, Language.EN)

    assert follow_up is not None
    quote = follow_up.text.split('"')[1]
    assert quote.startswith("…") and quote.endswith("…")
    assert "decided" in quote and len(quote) <= 82
    assert all(word in answer.split() for word in quote.strip("…").split())


def test_the_follow_up_is_in_the_interview_language_even_for_an_answer_in_the_other():
    follow_up = propose_follow_up("I led the rollout.", ALL_PARTS, Language.ZH)

    assert follow_up is not None
    assert follow_up.text.startswith("你提到“I led the rollout”。")


def test_the_candidates_quotation_marks_do_not_break_the_quote():
    follow_up = propose_follow_up('My manager said "urgent" so I decided to skip tests.', ALL_PARTS, Language.EN)

    assert follow_up is not None
    assert follow_up.text.count('"') == 2
