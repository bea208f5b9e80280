"""Built-in zh/en question texts, used when a position's bank has no question for a competency.

Each competency has two general questions (the second one is used when the candidate was already
asked the first in an earlier interview) and one about a project named in the candidate's profile.
Signal questions come from the profile's signals and may stand in for several competencies.
"""

from __future__ import annotations

from dataclasses import dataclass

from wendu.question_gen.domain.language import LocalizedText


def _t(en: str, zh: str) -> LocalizedText:
    return LocalizedText(zh=zh, en=en)


GENERAL: dict[str, tuple[LocalizedText, ...]] = {
    "communication": (
        _t(
            "Tell me about a time you had to explain something complex to someone without your background. "
            "How did you make sure they understood?",
            "请讲一次你需要向没有相关背景的人解释复杂事情的经历。你是如何确保对方理解的？",
        ),
        _t(
            "Describe a disagreement where you had to convince someone. What did you say, and what happened?",
            "请描述一次你需要说服别人的分歧。你是怎么说的？结果如何？",
        ),
    ),
    "problem_solving": (
        _t(
            "Tell me about the hardest problem you solved recently. How did you find the cause, and what did you do?",
            "请讲讲你最近解决的最难的一个问题。你是如何找到原因的？具体做了什么？",
        ),
        _t(
            "Describe a time your first solution did not work. What did you try next, and why?",
            "请描述一次第一个方案没有奏效的经历。你接下来尝试了什么？为什么？",
        ),
    ),
    "teamwork": (
        _t(
            "Tell me about a time your team had to reach a shared goal despite difficulties. What was your part?",
            "请讲一次你的团队在困难中达成共同目标的经历。你承担了什么角色？",
        ),
        _t(
            "Describe a conflict with a teammate. How did you handle it, and how did it end?",
            "请描述一次你和队友之间的冲突。你是如何处理的？最后结果怎样？",
        ),
    ),
    "leadership": (
        _t(
            "Tell me about a time you took the lead without being asked. What did you decide, and what was the result?",
            "请讲一次你在没有被要求的情况下主动牵头的经历。你做了什么决定？结果如何？",
        ),
        _t(
            "Describe a difficult call you made for a group. How did you weigh the options?",
            "请描述一次你为团队做出的艰难决定。你是如何权衡各个选项的？",
        ),
    ),
    "learning_agility": (
        _t(
            "Tell me about something new you had to learn quickly. How did you learn it, and how did you use it?",
            "请讲一次你需要快速学会新东西的经历。你是怎么学的？又是如何运用的？",
        ),
        _t(
            "Describe a mistake you learned from. What do you do differently now?",
            "请描述一次让你有所收获的失误。你现在的做法有什么不同？",
        ),
    ),
    "customer_focus": (
        _t(
            "Tell me about a time you found out what a customer or user really needed. What did you do about it?",
            "请讲一次你发现客户或用户真实需求的经历。你为此做了什么？",
        ),
        _t(
            "Describe a time you handled an unhappy customer. What did you do, and what was the outcome?",
            "请描述一次你处理客户不满的经历。你做了什么？结果如何？",
        ),
    ),
    "resilience": (
        _t(
            "Tell me about a time you worked under heavy pressure. How did you keep going, and what was the result?",
            "请讲一次你在巨大压力下工作的经历。你是如何坚持下来的？结果怎样？",
        ),
        _t(
            "Describe a setback that hit you hard. How did you recover?",
            "请描述一次让你受到很大打击的挫折。你是如何恢复过来的？",
        ),
    ),
    "data_driven": (
        _t(
            "Tell me about a decision you made based on data. What data did you use, and how did it change the decision?",
            "请讲一次你基于数据做出的决定。你用了哪些数据？它如何影响了你的决定？",
        ),
        _t(
            "Describe a time the data contradicted your intuition. What did you do?",
            "请描述一次数据与你的直觉相矛盾的经历。你是怎么做的？",
        ),
    ),
}

# ``{project}`` is replaced by a project name from the candidate's profile.
ABOUT_PROJECT: dict[str, LocalizedText] = {
    "communication": _t(
        'In your project "{project}", how did you keep everyone informed and aligned? Give a concrete example.',
        "在“{project}”项目中，你是如何让各方保持信息同步、目标一致的？请举一个具体的例子。",
    ),
    "problem_solving": _t(
        'What was the hardest problem in your project "{project}", and how did you solve it?',
        "在“{project}”项目中，你遇到的最难的问题是什么？你是如何解决的？",
    ),
    "teamwork": _t(
        'How did you work with the rest of the team on "{project}"? Tell me about a moment when it was hard.',
        "在“{project}”项目中，你是如何与团队其他成员协作的？请讲一个协作困难的时刻。",
    ),
    "leadership": _t(
        'In "{project}", which decision did you drive yourself, and how did you get others behind it?',
        "在“{project}”项目中，哪个决定是由你主导的？你是如何让其他人支持它的？",
    ),
    "learning_agility": _t(
        'What did you have to learn from scratch for "{project}", and how quickly did you become productive?',
        "为了“{project}”项目，你需要从零学习什么？你用了多久上手？",
    ),
    "customer_focus": _t(
        'Who were the users of "{project}", and how did their needs shape what you built?',
        "“{project}”项目的用户是谁？他们的需求如何影响了你们做出的东西？",
    ),
    "resilience": _t(
        'When did things go wrong in "{project}", and how did you get it back on track?',
        "在“{project}”项目中，什么时候出了问题？你是如何让它重回正轨的？",
    ),
    "data_driven": _t(
        'Which numbers told you whether "{project}" was working, and what did you change because of them?',
        "在“{project}”项目中，哪些数据告诉你项目是否有效？你根据这些数据改变了什么？",
    ),
}


@dataclass(frozen=True)
class SignalQuestion:
    """A question drawn from a profile signal, for the competencies it can stand in for (best first)."""

    signal: str
    text: LocalizedText
    competency_ids: tuple[str, ...]


# In priority order: the earlier a signal, the higher-weighted slot it may take.
SIGNAL_QUESTIONS: tuple[SignalQuestion, ...] = (
    SignalQuestion(
        "founder",
        _t(
            "As a founder, you have probably faced a cash-flow crunch. Tell me about the hardest one: "
            "what did you decide, and what happened?",
            "作为创业者，你很可能经历过现金流紧张。请讲讲最艰难的一次：你做了哪些决定？结果如何？",
        ),
        ("resilience", "problem_solving", "leadership", "data_driven"),
    ),
    SignalQuestion(
        "career_switcher",
        _t(
            "You moved into this field from a different career. Which skills from your previous work transfer here? "
            "Give an example of using one.",
            "你是从其他职业转到这个领域的。你之前工作中的哪些能力可以迁移过来？请举一个实际运用的例子。",
        ),
        ("learning_agility", "problem_solving", "communication", "teamwork", "customer_focus"),
    ),
    SignalQuestion(
        "data_work",
        _t(
            "You have worked with data. Tell me about a decision you drove with data: "
            "what did the numbers show, and what changed?",
            "你有数据相关的工作经历。请讲一次你用数据推动的决定：数据显示了什么？带来了哪些改变？",
        ),
        ("data_driven", "problem_solving", "customer_focus", "leadership"),
    ),
)
