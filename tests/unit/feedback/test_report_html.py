"""The rendered report: one self-contained, escaped, phone-friendly HTML page with a radar chart."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from wendu.feedback.domain.model import (
    AnswerScore,
    CompetencyScore,
    CompetencyWeight,
    CourseSuggestion,
    EvidenceSpan,
    InterviewKind,
    InterviewSummary,
    Language,
    LocalizedText,
    Report,
    ReportView,
    ScorerRef,
)
from wendu.feedback.domain.report import build_report
from wendu.feedback.entrypoints.report_html import radar_svg, render_report_html
from wendu.feedback.handlers.queries import ReportForViewer

SCORES = {"communication": 8.5, "problem_solving": 7.8, "teamwork": 6.0, "data_driven": 4.0}


def rendered(language: Language, view: ReportView, kind: InterviewKind = InterviewKind.SELECTION) -> str:
    answer = AnswerScore(
        tenant_id="acme",
        interview_id="iv-1",
        answer_id="a-1",
        question_id="q-1",
        revision=0,
        language=language,
        scores=tuple(CompetencyScore(c, s, 4) for c, s in SCORES.items()),
        evidence=(EvidenceSpan("<script>alert('x')</script> I cut costs 20%", 0, 40, "communication"),),
        scorer=ScorerRef("local", "1.0", "r1", "p1"),
    )
    weights = tuple(CompetencyWeight(c, 25) for c in SCORES)
    content = build_report(language, weights, [answer])
    summary = InterviewSummary(
        tenant_id="acme",
        interview_id="iv-1",
        candidate_id="cand-1",
        kind=kind,
        language=language,
        position_id="pos-1",
        position_title="Analyst & <Ops>",
        weights=weights,
        answer_ids=("a-1",),
    )
    course = CourseSuggestion(
        "metrics-that-matter", "data_driven", LocalizedText(zh="选对衡量指标", en="Choosing metrics")
    )
    report = Report(summary, "r-1", "e-1").finished(content, (course,), datetime(2025, 3, 1, tzinfo=UTC))
    return render_report_html(ReportForViewer(report, content.for_view(view), view))


def test_page_is_self_contained_with_inline_css_and_no_scripts_or_external_resources():
    html = rendered(Language.EN, ReportView.CANDIDATE)
    assert html.startswith("<!DOCTYPE html>")
    assert "<style>" in html
    assert "<script" not in html
    assert not re.search(r'(src|href)="(https?:)?//', html)
    assert 'name="viewport"' in html


def test_candidate_text_is_html_escaped():
    html = rendered(Language.EN, ReportView.RECRUITER)
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "Analyst &amp; &lt;Ops&gt;" in html


def test_radar_chart_has_one_axis_per_competency_and_a_score_polygon():
    html = rendered(Language.EN, ReportView.CANDIDATE)
    svg = re.search(r"<svg.*?</svg>", html, re.S)
    assert svg is not None
    assert svg.group(0).count("<line ") == len(SCORES)
    # Five grid rings plus the score polygon.
    assert svg.group(0).count("<polygon ") == 6


def test_labels_follow_the_interview_language():
    zh = rendered(Language.ZH, ReportView.CANDIDATE)
    en = rendered(Language.EN, ReportView.CANDIDATE)
    assert 'lang="zh-CN"' in zh and "综合得分" in zh and "沟通表达" in zh and "选对衡量指标" in zh
    assert 'lang="en"' in en and "Overall score" in en and "Communication" in en and "Choosing metrics" in en
    assert "综合得分" not in en


def test_only_the_recruiter_page_shows_evidence_lists_and_scorer_versions():
    candidate = rendered(Language.EN, ReportView.CANDIDATE)
    recruiter = rendered(Language.EN, ReportView.RECRUITER)
    assert "Scorer versions" in recruiter and "local 1.0" in recruiter
    assert "Scorer versions" not in candidate and "local 1.0" not in candidate


def test_practice_report_says_no_employer_sees_it():
    html = rendered(Language.EN, ReportView.CANDIDATE, InterviewKind.PRACTICE)
    assert "practice interview" in html


def test_radar_points_stay_inside_the_chart_for_out_of_range_scores():
    content = build_report(
        Language.EN,
        [],
        [
            AnswerScore(
                tenant_id="acme",
                interview_id="iv-1",
                answer_id="a-1",
                question_id="q",
                revision=0,
                language=Language.EN,
                scores=(CompetencyScore("communication", 10.0, 5), CompetencyScore("teamwork", 0.0, 1)),
            )
        ],
    )
    svg = radar_svg(content.competencies, Language.EN, size=360)
    numbers = [float(n) for n in re.findall(r"(-?\d+\.\d+),(-?\d+\.\d+)", svg) for n in n]
    assert numbers and all(0 <= n <= 360 for n in numbers)
