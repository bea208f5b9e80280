"""The candidate's data export (GDPR art. 15/20): the document's shape and its summary in zh and en."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from wendu.core.data_export import EXPORT_FORMAT, CandidateRecords
from wendu.core.vocabulary import LocalizedText

# What each collection holds, in words a candidate understands: (en, zh). A collection missing here
# is still exported and summarised under its own name.
COLLECTION_MEANINGS: dict[str, tuple[str, str]] = {
    "profile_candidates": (
        "your registration: name, e-mail, language, consents, résumé and what was read from it",
        "您的登记信息：姓名、邮箱、语言、同意记录、简历及从中解析的内容",
    ),
    "profile_assessments": ("assessment results from the employer's tests", "雇主测评的结果"),
    "profile_external_profiles": ("external profiles you linked", "您授权关联的外部资料"),
    "profile_interview_history": ("your interview history", "您的面试记录"),
    "question_gen_interviews": (
        "your interviews, with every question asked and every answer you gave",
        "您的面试，含每道问题和您的每个回答",
    ),
    "question_gen_timeline": (
        "what you were shown during interviews (questions, hints, status)",
        "面试中向您展示的内容（问题、提示、状态）",
    ),
    "question_gen_candidate_requests": (
        "your requests of a human (human screen, HR chat)",
        "您提出的人工请求（人工初筛、HR 沟通）",
    ),
    "scoring_answer_scores": (
        "the scores of your answers, with evidence and the scorer's versions",
        "您回答的评分，含依据和评分器版本",
    ),
    "feedback_interview_scores": ("scores kept for your reports", "为报告保存的评分"),
    "feedback_hints": ("hints given during your interviews", "面试中给您的提示"),
    "feedback_reports": ("your feedback reports", "您的反馈报告"),
    "feedback_review_requests": ("requests for a human review of your reports", "对报告的人工复核请求"),
    "training_learning_plans": ("your learning plans", "您的学习计划"),
    "training_course_progress": ("your course progress", "您的课程进度"),
    "training_mock_interviews": ("your mock interviews", "您的模拟面试"),
    "training_practice_results": ("your practice results", "您的练习结果"),
}


def export_document(
    *, tenant_id: str, candidate_id: str, generated_at: datetime, services: Mapping[str, CandidateRecords]
) -> dict[str, Any]:
    """The machine-readable export: one object per service, one list of records per collection."""
    return {
        "format": EXPORT_FORMAT,
        "tenant_id": tenant_id,
        "candidate_id": candidate_id,
        "generated_at": generated_at.isoformat(),
        "services": {name: dict(records) for name, records in sorted(services.items())},
    }


def summarize(document: Mapping[str, Any]) -> LocalizedText:
    """What is held, counted per collection, in en and zh; empty collections are left out."""
    en = [
        f"Wendu holds the following data about you (candidate {document['candidate_id']}), as of "
        f"{document['generated_at']}:"
    ]
    zh = [f"截至 {document['generated_at']}，Wendu 保存的关于您（候选人 {document['candidate_id']}）的数据如下："]
    for service, collections in document["services"].items():
        for collection, records in collections.items():
            if not records:
                continue
            meaning_en, meaning_zh = COLLECTION_MEANINGS.get(collection, (collection, collection))
            en.append(f"- {service}: {len(records)} × {meaning_en} ({collection})")
            zh.append(f"- {service}：{len(records)} 条{meaning_zh}（{collection}）")
    if len(en) == 1:
        en.append("- nothing.")
        zh.append("- 无。")
    en.append("The attached JSON document holds every record in full; you may take it to another service.")
    zh.append("所附 JSON 文档包含每条记录的全部内容，您可将其转交其他服务。")
    return LocalizedText(zh="\n".join(zh), en="\n".join(en))
