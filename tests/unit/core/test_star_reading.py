"""The generous STAR reading: who did what, so a follow-up asks for the candidate's own part only when it is missing."""

from __future__ import annotations

from wendu.core.star_reading import OWN, TEAM, actions_by_subject, own_actions, parts_present, told_only_as_team
from wendu.core.text import StarPart


def test_an_english_subject_carries_over_the_clauses_it_governs():
    answer = (
        "I mapped the 14 batch jobs, then rewrote the three that read local files and ran old and new side by side."
    )

    assert own_actions(answer) >= {"mapped", "rewrote", "ran"}


def test_a_chinese_subject_carries_over_the_clauses_that_drop_it():
    answer = "我负责数据库这块，先做了全量压测，又把库拆成了四个分库。大促当天系统没有出过故障。"

    assert [what for what, _ in actions_by_subject(answer)[OWN]] == [
        "我负责数据库这块",
        "先做了全量压测",
        "又把库拆成了四个分库",
    ]


def test_someone_else_ends_the_chain():
    answer = "I asked for the logs, and the vendor sent them the next day, fixed the driver and restarted the line."

    assert own_actions(answer) == {"asked"}


def test_a_story_told_only_as_we_is_read_as_the_teams_in_both_languages():
    en = "Our checkout kept timing out. We went through the logs, found a locking job and moved it to Sunday."
    zh = "我们的报表每周一都会出错。团队查了一周日志，发现是备份锁了表。我们把备份挪到了凌晨三点。"

    assert own_actions(en) == own_actions(zh) == frozenset()
    assert told_only_as_team(en) is not None and told_only_as_team(zh) is not None
    assert [what for what, _ in actions_by_subject(zh)[TEAM]] == ["团队查了一周日志", "我们把备份挪到了凌晨三点"]


def test_whose_is_not_who_did_it():
    # "我们车间的包装机", "我们组的转化率", "our team's backlog": a possession, not an action of the team.
    for answer in (
        "我们车间的包装机每到周一就卡纸。",
        "上个季度我们组的转化率掉了一半。",
        "Our team's backlog grew every week.",
    ):
        assert actions_by_subject(answer)[TEAM] == []


def test_a_we_story_that_tells_the_candidates_own_actions_is_not_team_only():
    answer = "Last year we moved billing to the cloud. My part was the invoices: I mapped the jobs and rewrote three."

    assert told_only_as_team(answer) is None


def test_plans_habits_and_thoughts_are_not_actions_of_the_story():
    assert own_actions("我们按报名转化来算，下次我会在合同里先谈好加时价格。") == frozenset()
    assert own_actions("遇到问题我一般会多问几个为什么，先看记录和数据再下判断。") == frozenset()
    assert own_actions("I thought it was the network, and I wanted to check.") == frozenset()


def test_the_action_part_is_the_candidates_own_in_both_languages_and_when_code_mixed():
    assert StarPart.ACTION in parts_present("我先 review 了代码，又 rollback 了配置。", ())
    assert StarPart.ACTION in parts_present("I sat down with each developer and cut the scope.", ())
    assert StarPart.ACTION in parts_present("我负责数据库这块，先做了全量压测。", ())
    # The team's steps are the team's: what the candidate did is what the ownership follow-up asks.
    assert StarPart.ACTION not in parts_present("我们先 review 了代码，又 rollback 了配置。", ())
    assert StarPart.ACTION not in parts_present("We went through the logs and moved the job.", ())
