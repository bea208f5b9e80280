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


def rendered_with_unanswered(language: Language) -> tuple[str, str]:
    """Three of four weighted competencies answered; leadership (30%) left unanswered. (page, radar svg)"""
    answer = AnswerScore(
        tenant_id="acme",
        interview_id="iv-1",
        answer_id="a-1",
        question_id="q-1",
        revision=0,
        language=language,
        scores=(
            CompetencyScore("communication", 8.0, 5),
            CompetencyScore("problem_solving", 7.0, 4),
            CompetencyScore("teamwork", 6.0, 4),
        ),
    )
    weights = (
        CompetencyWeight("communication", 30),
        CompetencyWeight("problem_solving", 20),
        CompetencyWeight("leadership", 30),
        CompetencyWeight("teamwork", 20),
    )
    content = build_report(language, weights, [answer])
    summary = InterviewSummary(
        tenant_id="acme",
        interview_id="iv-1",
        candidate_id="cand-1",
        kind=InterviewKind.SELECTION,
        language=language,
        position_id="pos-1",
        position_title="Analyst",
        weights=weights,
        answer_ids=("a-1",),
    )
    report = Report(summary, "r-1", "e-1").finished(content, (), datetime(2025, 3, 1, tzinfo=UTC))
    html = render_report_html(ReportForViewer(report, content, ReportView.CANDIDATE))
    svg = re.search(r"<svg.*?</svg>", html, re.S)
    assert svg is not None
    return html, svg.group(0)


def test_unanswered_competency_is_shown_as_not_assessed_never_as_zero():
    en, _ = rendered_with_unanswered(Language.EN)
    zh, _ = rendered_with_unanswered(Language.ZH)
    leadership_row = re.search(r"<span>Leadership</span><span>(.*?)</span></span></div>", en)
    assert leadership_row is not None and "Not assessed" in leadership_row.group(1)
    assert "0.0" not in leadership_row.group(1)
    zh_row = re.search(r"<span>领导力</span><span>(.*?)</span></span></div>", zh)
    assert zh_row is not None and "未评估" in zh_row.group(1)


def test_the_overall_says_what_it_covers_when_a_competency_was_not_assessed():
    en, _ = rendered_with_unanswered(Language.EN)
    zh, _ = rendered_with_unanswered(Language.ZH)
    # (8*30 + 7*20 + 6*20) / 70 = 7.14
    assert '<div class="overall">7.1<' in en
    assert "Covers 3 of 4 competencies (70% of the weight). Not assessed: Leadership." in en
    assert "涵盖4项能力中的3项（占权重的70%）。未评估：领导力。" in zh
    # A fully answered interview needs no such note.
    assert "Covers" not in rendered(Language.EN, ReportView.CANDIDATE)


def test_radar_chart_shows_a_not_assessed_competency_as_absent_not_as_zero():
    _, svg = rendered_with_unanswered(Language.EN)
    # Every competency keeps its axis; the unassessed one is dashed and labelled, not plotted.
    assert svg.count("<line ") == 4 and svg.count('class="not-assessed"') == 1
    assert "Not assessed" in svg
    scores = re.search(r'<polygon class="scores" points="([^"]+)"', svg)
    assert scores is not None
    vertices = [tuple(map(float, p.split(","))) for p in scores.group(1).split()]
    assert len(vertices) == 3 and svg.count('<circle class="score"') == 3
    # No vertex sits at the centre, where a 0 would be drawn.
    assert all(abs(x - 180) + abs(y - 180) > 1 for x, y in vertices)


def test_a_report_with_nothing_assessed_shows_no_overall_number():
    content = build_report(Language.EN, (CompetencyWeight("communication", 100),), [])
    summary = InterviewSummary(
        tenant_id="acme",
        interview_id="iv-1",
        candidate_id="cand-1",
        kind=InterviewKind.SELECTION,
        language=Language.EN,
        position_id="pos-1",
        position_title="Analyst",
        weights=(CompetencyWeight("communication", 100),),
        answer_ids=(),
    )
    report = Report(summary, "r-1", "e-1").finished(content, (), datetime(2025, 3, 1, tzinfo=UTC))
    html = render_report_html(ReportForViewer(report, content, ReportView.CANDIDATE))
    assert '<div class="overall">—</div>' in html
    assert "No competency was assessed" in html
    assert "<polygon class=" not in html and "<circle" not in html
