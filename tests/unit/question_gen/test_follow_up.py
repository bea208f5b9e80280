"""The follow-up rule: probe claims and missing STAR parts, quoting the candidate's own words."""

from __future__ import annotations

from wendu.core.text import StarPart
from wendu.core.vocabulary import Language
from wendu.question_gen.domain.follow_up import (
    MAX_FOLLOW_UPS_PER_QUESTION,
    FollowUpKind,
    decide_follow_up,
    kind_from_reason,
    next_follow_up,
    phrase_locally,
    propose_follow_up,
)

ALL_PARTS = frozenset(StarPart)


def test_a_claim_of_leading_an_urgent_project_asks_how_the_key_decision_was_made():
    follow_up = propose_follow_up(
        "I led the team to finish an urgent project. We shipped on time.", ALL_PARTS, Language.EN
    )

    assert follow_up is not None
    assert follow_up.text == (
        'You said "I led the team to finish an urgent project". '
        "In that urgent project, how did you make the key decision, and what was the trade-off?"
    )
    assert follow_up.reason == "follow-up: claim 'urgent'"


def test_the_chinese_follow_up_quotes_the_chinese_answer():
    follow_up = propose_follow_up("我带领团队完成了一个紧急项目。最后按时上线。", ALL_PARTS, Language.ZH)

    assert follow_up is not None
    assert follow_up.text == (
        "你提到“我带领团队完成了一个紧急项目”。在那个紧急项目中，你是如何做出关键决定的？当时做了怎样的取舍？"
    )


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


def test_a_decision_without_a_named_topic_is_asked_without_one():
    follow_up = propose_follow_up("I decided to delay the launch by 2 weeks.", ALL_PARTS, Language.EN)

    assert follow_up is not None
    assert follow_up.text == (
        'You said "I decided to delay the launch by 2 weeks". How did you make the key decision, '
        "and what was the trade-off?"
    )


def test_a_topic_in_the_other_language_is_not_mixed_into_the_sentence():
    follow_up = propose_follow_up("I led the team to finish an urgent project.", ALL_PARTS, Language.ZH)

    assert follow_up is not None
    assert follow_up.text == (
        "你提到“I led the team to finish an urgent project”。你是如何做出关键决定的？当时做了怎样的取舍？"
    )


def test_generalities_without_an_example_are_a_false_star_and_ask_for_one_specific_time():
    en = propose_follow_up(
        "I always communicate clearly with my team and we usually deliver good results.", ALL_PARTS, Language.EN
    )
    zh = propose_follow_up("我通常会和团队保持沟通，一般都能按时完成任务。", ALL_PARTS, Language.ZH)

    assert en is not None and zh is not None
    assert en.reason == zh.reason == "follow-up: false STAR"
    assert en.text.startswith('You said "I always communicate clearly with my team')
    assert "one specific time" in en.text
    assert zh.text.startswith("你提到“我通常会和团队保持沟通") and "具体的经历" in zh.text


def test_a_generality_next_to_a_concrete_instance_is_not_a_false_star():
    answer = "I usually plan ahead. Last year our supplier failed two days before launch, so I decided to switch."

    decision = decide_follow_up(answer, ALL_PARTS)

    assert decision is not None and decision.kind is FollowUpKind.DECISION


def test_a_missing_situation_is_asked_for_when_action_and_result_are_there():
    decision = decide_follow_up(
        "I rewrote the triage rules and the backlog fell by 40%.",
        {StarPart.ACTION, StarPart.RESULT, StarPart.TASK},
    )

    assert decision is not None
    assert decision.kind is FollowUpKind.MISSING_SITUATION and decision.reason == "follow-up: missing situation"
    assert "when and where" in phrase_locally(decision, Language.EN)
    assert "背景" in phrase_locally(decision, Language.ZH)


def test_follow_ups_stop_at_the_configured_depth():
    answer = "I led the team to finish an urgent project."

    assert decide_follow_up(answer, ALL_PARTS, follow_ups_so_far=0, max_follow_ups=2) is not None
    assert decide_follow_up(answer, set(), follow_ups_so_far=1, max_follow_ups=2) is not None
    assert decide_follow_up(answer, set(), follow_ups_so_far=2, max_follow_ups=2) is None
    assert decide_follow_up(answer, set(), follow_ups_so_far=1, max_follow_ups=1) is None
    assert decide_follow_up(answer, set(), max_follow_ups=0) is None


def test_the_depth_never_exceeds_the_hard_cap_whatever_is_configured():
    answer = "我带领团队完成了一个紧急项目。"

    assert decide_follow_up(answer, set(), follow_ups_so_far=MAX_FOLLOW_UPS_PER_QUESTION, max_follow_ups=9) is None


def test_a_second_follow_up_asks_something_the_first_did_not():
    answer = "I led the team to finish an urgent project."

    first = decide_follow_up(answer, ALL_PARTS, max_follow_ups=2)
    assert first is not None and first.kind is FollowUpKind.DECISION
    second = decide_follow_up(answer, ALL_PARTS, follow_ups_so_far=1, max_follow_ups=2, kinds_asked={first.kind})

    assert second is not None and second.kind is FollowUpKind.OWNERSHIP
    assert "your own role" in phrase_locally(second, Language.EN)


def test_the_kind_of_an_asked_follow_up_is_read_back_from_its_audit_reason():
    for answer, parts in (
        ("I led the team to finish an urgent project.", ALL_PARTS),
        ("我负责整个迁移项目。", ALL_PARTS),
        ("I always keep my stakeholders informed.", ALL_PARTS),
        ("Our queue was growing. I rewrote the triage rules.", {StarPart.SITUATION, StarPart.ACTION}),
        ("I rewrote the rules and the backlog fell by 40%.", {StarPart.ACTION, StarPart.RESULT}),
    ):
        decision = decide_follow_up(answer, parts)
        assert decision is not None
        assert kind_from_reason(decision.reason) is decision.kind
        assert kind_from_reason(f"{decision.reason}; worded by openai (question-gen-follow-up@1)") is decision.kind
    assert kind_from_reason("profile signal: founder") is None


def test_the_next_follow_up_counts_the_thread_and_never_repeats_a_kind():
    answer = "我带领团队完成了一个紧急项目。"
    first = next_follow_up(answer, ALL_PARTS, [], max_follow_ups=2)
    assert first is not None and first.kind is FollowUpKind.DECISION

    second = next_follow_up(answer, ALL_PARTS, [first.reason], max_follow_ups=2)
    assert second is not None and second.kind is FollowUpKind.OWNERSHIP
    assert next_follow_up(answer, ALL_PARTS, [first.reason, second.reason], max_follow_ups=2) is None
    assert next_follow_up(answer, ALL_PARTS, [first.reason], max_follow_ups=1) is None


def test_a_story_told_only_as_we_asks_for_the_candidates_own_role_in_both_languages():
    # The zh answer is read as complete by the scorer's cues, and used to get no follow-up at all.
    for answer, language, quote in (
        (
            "Our checkout kept timing out on Fridays. We went through the logs, found a locking job and moved it. "
            "The timeouts stopped.",
            Language.EN,
            'You said "We went through the logs, found a locking job and moved it".',
        ),
        (
            "我们的报表每周一都会出错。团队查了一周日志，发现是备份锁了表。我们把备份挪到了凌晨三点，之后再也没出过错。",
            Language.ZH,
            "你提到“团队查了一周日志，发现是备份锁了表”。",
        ),
    ):
        decision = decide_follow_up(answer, ALL_PARTS)

        assert decision is not None and decision.kind is FollowUpKind.OWNERSHIP
        assert kind_from_reason(decision.reason) is FollowUpKind.OWNERSHIP
        assert phrase_locally(decision, language).startswith(quote)


def test_a_we_story_that_tells_the_candidates_own_actions_is_not_asked_for_their_role():
    en = (
        "Last spring our team missed two releases, and I led the next one. I sat down with each developer, "
        "cut the scope to six features and ran a check-in every morning. We shipped on the planned day."
    )
    zh = "去年双十一前公司要把订单系统迁到新机房，我负责数据库这块，先做了全量压测，又把库拆成了四个分库。大促当天没有出过故障。"

    assert decide_follow_up(en, ALL_PARTS) is None
    assert decide_follow_up(zh, ALL_PARTS) is None


def test_a_team_story_is_asked_for_the_candidates_role_once():
    answer = "我们给客户补发了赠品，退了运费。后来他又下了好几单。"

    first = next_follow_up(answer, frozenset({StarPart.SITUATION, StarPart.RESULT}), [], max_follow_ups=2)
    assert first is not None and first.kind is FollowUpKind.OWNERSHIP
    second = next_follow_up(answer, frozenset({StarPart.SITUATION, StarPart.RESULT}), [first.reason], max_follow_ups=2)
    assert second is not None and second.kind is FollowUpKind.MISSING_ACTION
