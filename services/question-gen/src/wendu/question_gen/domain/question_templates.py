"""Built-in zh/en question texts, used when a position's bank has no question for a competency.

Each competency has three general, behavioural questions (a later one is used when the candidate
was already asked the earlier ones in a past interview, or as the extra probe of a competency that
was weak before) and one about a project named in the candidate's profile. Signal questions come
from the profile's signals and may stand in for several competencies.

No built-in question is a generic one such as "What are your strengths?" (see :func:`is_generic`):
each asks for one concrete past situation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wendu.core.vocabulary import LocalizedText


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
        _t(
            "Tell me about a time a message of yours was misunderstood. How did you notice, and what did you change?",
            "请讲一次你传达的信息被误解的经历。你是如何发现的？之后做了哪些调整？",
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
        _t(
            "Tell me about a problem you solved with incomplete information. Which assumptions did you make, "
            "and how did you check them?",
            "请讲一次你在信息不完整的情况下解决问题的经历。你做了哪些假设？又是如何验证的？",
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
        _t(
            "Tell me about a time you helped a teammate succeed at your own expense. What did you do, and why?",
            "请讲一次你牺牲自己的时间或利益帮助队友成功的经历。你做了什么？为什么这样做？",
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
        _t(
            "Tell me about a time you had to get a struggling person or team back on track. What did you do?",
            "请讲一次你帮助状态不佳的同事或团队重回正轨的经历。你具体做了什么？",
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
        _t(
            "Tell me about feedback that changed how you work. What was it, and what did you change?",
            "请讲一次改变了你工作方式的反馈。反馈是什么？你做了哪些改变？",
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
        _t(
            "Tell me about a time you said no to a customer or user request. How did you decide, and how did they take it?",
            "请讲一次你拒绝客户或用户需求的经历。你是如何做出判断的？对方的反应如何？",
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
        _t(
            "Tell me about a time your plan fell apart at the last minute. What did you do in the next hours?",
            "请讲一次你的计划在最后关头被打乱的经历。在接下来的几个小时里你做了什么？",
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
        _t(
            "Tell me about a time you had to decide before the data was complete. What did you rely on, "
            "and how did you check the decision afterwards?",
            "请讲一次你在数据不完整时必须做决定的经历。你依据了什么？事后又如何检验这个决定？",
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
    """A question drawn from a profile signal, for the competencies it can stand in for (best first).

    ``text`` may name ``{role}`` (the position's title). ``named_text``, when set, is used instead
    when the profile names the subject (``{name}``: the venture a founder ran).
    """

    signal: str
    text: LocalizedText
    competency_ids: tuple[str, ...]
    named_text: LocalizedText | None = None


# In priority order: the earlier a signal, the higher-weighted slot it may take.
SIGNAL_QUESTIONS: tuple[SignalQuestion, ...] = (
    SignalQuestion(
        "founder",
        _t(
            "As a founder, what was the hardest cash-flow or funding challenge your venture faced, "
            "and how did you solve it?",
            "作为创业者，你的企业遇到过的最艰难的现金流或融资挑战是什么？你是如何解决的？",
        ),
        ("resilience", "problem_solving", "leadership", "data_driven"),
        named_text=_t(
            'As the founder of "{name}", what was the hardest cash-flow or funding challenge it faced, '
            "and how did you solve it?",
            "作为“{name}”的创始人，你遇到过的最艰难的现金流或融资挑战是什么？你是如何解决的？",
        ),
    ),
    SignalQuestion(
        "career_switcher",
        _t(
            "You moved into this field from a different career. Which experience from your previous work "
            'transfers best to the role of "{role}"? Give an example of using it.',
            "你是从其他职业转到这个领域的。你之前工作中的哪段经历最能迁移到“{role}”这个岗位？请举一个实际运用的例子。",
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
    SignalQuestion(
        "led_people",
        _t(
            "You have led people. Tell me about a time someone on your team was struggling: "
            "what did you do, and what changed for them and for the team?",
            "你有带团队的经历。请讲一次团队成员遇到困难的情况：你做了什么？对他和团队带来了什么变化？",
        ),
        ("leadership", "teamwork", "communication"),
    ),
)

# Questions any candidate could be asked without a profile. Used only when nothing specific fits.
_GENERIC_PATTERNS = re.compile(
    r"\byour (?:(?:greatest|biggest|main|key) )?(?:strengths?|weakness(?:es)?)\b|tell me about yourself|"
    r"introduce yourself|describe yourself|why should we hire you|where do you see yourself|"
    r"你的(?:最大的?)?(?:优点|缺点|优势|劣势|长处|短处)|优缺点|自我介绍|介绍一下你自己|为什么(?:要|应该)录用你|五年后",
    re.IGNORECASE,
)


def is_generic(question_text: str) -> bool:
    """Whether ``question_text`` is a stock question ("What are your strengths?") with nothing specific."""
    return _GENERIC_PATTERNS.search(question_text) is not None
