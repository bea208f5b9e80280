"""The competencies the local scorer knows, each with its behavioural cue words in zh and en.

The cues describe what a candidate *does* when showing the competency (explains, listens, finds
the root cause...), not who the candidate is, so names, gender and other protected cues never
carry weight. English cues ending in ``*`` match any ending ("analy*" -> analysed, analyzing).
"""

from __future__ import annotations

from collections.abc import Mapping

from wendu.core.text import Lexicon

COMPETENCY_CUES: Mapping[str, tuple[str, ...]] = {
    "communication": (
        "explain*", "present*", "communicat*", "stakeholder*", "listen*", "align*", "clarif*", "persuad*",
        "convinc*", "document*", "meeting*", "feedback", "walked them through", "write-up", "update*",
        "沟通", "表达", "汇报", "解释", "说服", "倾听", "对齐", "会议", "文档", "演示", "反馈", "同步",
        "讲清楚", "说明",
    ),
    "problem_solving": (
        "root cause", "analy*", "diagnos*", "debug*", "investigat*", "hypothes*", "solution*", "solv*",
        "trade-off*", "tradeoff*", "option*", "bottleneck*", "reproduc*", "workaround", "fix*",
        "根因", "根本原因", "分析", "排查", "定位", "解决", "方案", "假设", "瓶颈", "权衡", "复现", "优化",
        "拆解",
    ),
    "teamwork": (
        "team*", "together", "collaborat*", "colleague*", "peer*", "help*", "support*", "pair*",
        "cross-functional", "shared", "we", "each other", "coordinat*",
        "团队", "合作", "协作", "同事", "配合", "一起", "帮助", "支持", "分工", "跨部门", "共同", "我们",
    ),
    "leadership": (
        "led", "lead*", "mentor*", "delegat*", "motivat*", "decided", "decision*", "ownership", "vision",
        "coach*", "inspir*", "took charge", "drove", "set the direction", "accountab*",
        "带领", "领导", "决策", "决定", "激励", "指导", "授权", "推动", "主导", "牵头", "培养", "带队",
        "负责人", "拍板",
    ),
    "learning_agility": (
        "learn*", "taught myself", "self-taught", "course*", "picked up", "adapt*", "curio*", "studied",
        "study", "new skill*", "new technolog*", "retrospective*", "reflect*", "experiment*",
        "学习", "学会", "自学", "新技术", "适应", "快速上手", "复盘", "总结", "反思", "课程", "请教", "成长",
        "钻研", "摸索",
    ),
    "customer_focus": (
        "customer*", "client*", "user*", "satisfaction", "nps", "complain*", "needs", "churn",
        "user experience", "support ticket*", "end user*", "on behalf of",
        "客户", "用户", "需求", "满意度", "投诉", "体验", "回访", "留存", "服务", "痛点", "诉求",
    ),
    "resilience": (
        "pressure", "setback*", "fail*", "deadline*", "stress*", "recover*", "persist*", "kept going",
        "difficult*", "challeng*", "calm", "bounce* back", "did not give up", "didn't give up", "rejected",
        "压力", "挫折", "失败", "困难", "坚持", "挑战", "冷静", "调整", "恢复", "不放弃", "逆境", "熬夜",
        "被拒",
    ),
    "data_driven": (
        "data", "metric*", "dashboard*", "a/b test*", "ab test*", "experiment*", "analys*", "sql",
        "measur*", "kpi*", "conversion*", "statistic*", "trend*", "baseline", "cohort*",
        "数据", "指标", "分析", "实验", "a/b", "看板", "埋点", "转化率", "统计", "量化", "监控", "报表",
        "基线", "漏斗",
    ),
}  # fmt: skip

KNOWN_COMPETENCY_IDS: frozenset[str] = frozenset(COMPETENCY_CUES)

# Built once per process from constant data; matching is then one regex scan per competency.
COMPETENCY_LEXICONS: Mapping[str, Lexicon] = {
    competency_id: Lexicon({cue.rstrip("*"): [cue] for cue in cues}) for competency_id, cues in COMPETENCY_CUES.items()
}
