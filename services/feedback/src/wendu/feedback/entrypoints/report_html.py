"""The report as one self-contained HTML page: inline CSS, an inline SVG radar chart, no scripts.

It reads well on a phone, uses the interview's language for every label, and escapes every value
that comes from data (candidate quotes above all).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape

from wendu.feedback.domain.model import (
    CompetencyResult,
    Language,
    LocalizedText,
    ReportItem,
    ReportView,
)
from wendu.feedback.domain.override import human_review_notice
from wendu.feedback.handlers.queries import ReportForViewer

CONTENT_TYPE = "text/html; charset=utf-8"

LABELS: dict[str, LocalizedText] = {
    "title": LocalizedText(zh="面试反馈报告", en="Interview feedback report"),
    "overall": LocalizedText(zh="综合得分", en="Overall score"),
    "competencies": LocalizedText(zh="能力维度", en="Competencies"),
    "weight": LocalizedText(zh="权重", en="Weight"),
    "strengths": LocalizedText(zh="你的优势", en="Your strengths"),
    "improvements": LocalizedText(zh="提升方向", en="Where to grow"),
    "courses": LocalizedText(zh="推荐课程", en="Suggested courses"),
    "you_said": LocalizedText(zh="你说过", en="You said"),
    "evidence": LocalizedText(zh="评分依据", en="Evidence"),
    "flags": LocalizedText(zh="复核标记", en="Review flags"),
    "scorers": LocalizedText(zh="评分器版本", en="Scorer versions"),
    "practice": LocalizedText(
        zh="这是一次练习面试：报告只有你能看到，不会提供给任何雇主。",
        en="This was a practice interview: only you can see this report; no employer ever does.",
    ),
    "radar": LocalizedText(zh="能力雷达图", en="Competency radar chart"),
    "generated": LocalizedText(zh="生成时间", en="Generated"),
    "not_assessed": LocalizedText(zh="未评估", en="Not assessed"),
    # What the overall covers, when some competency was not assessed (its questions went unanswered).
    "coverage": LocalizedText(
        zh="涵盖{total}项能力中的{assessed}项（占权重的{percent}%）。未评估：{names}。",
        en="Covers {assessed} of {total} competencies ({percent}% of the weight). Not assessed: {names}.",
    ),
    # Recruiter view: the automated value beside a score a person changed.
    "automated": LocalizedText(zh="自动评分 {score}", en="automated {score}"),
    "reviewed_by": LocalizedText(zh="复核人：{who}，{when}", en="Reviewed by {who}, {when}"),
    "nothing_assessed": LocalizedText(
        zh="没有评估任何能力，因此没有综合得分。", en="No competency was assessed, so there is no overall score."
    ),
}

_CSS = """
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;
color:#1f2933;background:#f5f7fa;line-height:1.5}
main{max-width:720px;margin:0 auto;padding:16px}
h1{font-size:1.4rem;margin:.5rem 0}
h2{font-size:1.1rem;margin:1.5rem 0 .5rem}
.card{background:#fff;border-radius:12px;padding:16px;margin:12px 0;box-shadow:0 1px 3px rgba(0,0,0,.08)}
.overall{font-size:2.4rem;font-weight:700;color:#0b7285}
.note{background:#fff8e1;border-left:4px solid #f59f00;padding:8px 12px;border-radius:6px}
.radar{width:100%;max-width:420px;height:auto;display:block;margin:0 auto}
.row{display:flex;justify-content:space-between;gap:8px;margin-top:8px}
.bar{height:8px;background:#e4e7eb;border-radius:4px;overflow:hidden}
.bar span{display:block;height:100%;background:#0b7285}
.bar.na{background:repeating-linear-gradient(90deg,#e4e7eb 0 6px,#fff 6px 10px)}
.muted{color:#616e7c;font-size:.9rem}
blockquote{margin:6px 0 0;padding:6px 10px;border-left:3px solid #99e9f2;color:#3e4c59;background:#f8fdff}
ul{padding-left:1.2rem}
li{margin:6px 0}
"""


def _t(key: str, language: Language) -> str:
    return escape(LABELS[key].in_language(language))


def _score(value: float) -> str:
    return f"{value:.1f}"


def _shown_score(competency: CompetencyResult, language: Language) -> str:
    """The score as shown, or "not assessed": a competency nobody answered on is never shown as 0."""
    return _score(competency.score) if competency.score is not None else LABELS["not_assessed"].in_language(language)


def radar_svg(
    competencies: Sequence[CompetencyResult], language: Language, size: int = 360, font_family: str | None = None
) -> str:
    """An SVG radar (spider) chart of the 0-10 scores, one axis per competency.

    A competency not assessed keeps its axis (dashed, labelled "not assessed") but has no point: the
    shape joins the assessed points only, rather than dipping to a 0 nobody scored.

    ``font_family`` names the labels' font on the chart itself, for renderers whose SVG does not
    inherit the page's CSS (WeasyPrint); a browser without it uses the page's font.
    """
    font = f' font-family="{escape(font_family)}"' if font_family else ""
    center = size / 2
    # Room outside the rings for the labels: an inline <svg> clips whatever falls outside it.
    radius = size / 2 - 95
    count = max(len(competencies), 1)

    def point(index: int, value: float) -> tuple[float, float]:
        angle = -math.pi / 2 + 2 * math.pi * index / count
        distance = radius * max(0.0, min(value, 10.0)) / 10
        return center + distance * math.cos(angle), center + distance * math.sin(angle)

    def points(values: Sequence[float]) -> str:
        return " ".join(f"{x:.1f},{y:.1f}" for x, y in (point(i, v) for i, v in enumerate(values)))

    parts = [
        f'<svg class="radar" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}"{font} '
        f'role="img" aria-label="{_t("radar", language)}">'
    ]
    for ring in (2, 4, 6, 8, 10):
        parts.append(f'<polygon points="{points([ring] * count)}" fill="none" stroke="#d9e2ec" stroke-width="1"/>')
    for index, competency in enumerate(competencies):
        x, y = point(index, 10)
        dashed = "" if competency.assessed else ' stroke-dasharray="4 4" class="not-assessed"'
        parts.append(
            f'<line x1="{center:.1f}" y1="{center:.1f}" x2="{x:.1f}" y2="{y:.1f}" stroke="#d9e2ec" '
            f'stroke-width="1"{dashed}/>'
        )
        lx, ly = point(index, 11.5)
        anchor = "middle" if abs(lx - center) < 1 else ("start" if lx > center else "end")
        parts.append(
            _radar_label(competency.name.in_language(language), _shown_score(competency, language), lx, ly, anchor)
        )
    assessed = [(i, c.score) for i, c in enumerate(competencies) if c.score is not None]
    vertices = " ".join(f"{x:.1f},{y:.1f}" for x, y in (point(i, score) for i, score in assessed))
    if len(assessed) >= 3:
        parts.append(
            f'<polygon class="scores" points="{vertices}" fill="rgba(11,114,133,.25)" stroke="#0b7285" '
            'stroke-width="2"/>'
        )
    elif len(assessed) == 2:
        parts.append(f'<polyline class="scores" points="{vertices}" fill="none" stroke="#0b7285" stroke-width="2"/>')
    for index, score in assessed:
        px, py = point(index, score)
        parts.append(f'<circle class="score" cx="{px:.1f}" cy="{py:.1f}" r="3" fill="#0b7285"/>')
    parts.append("</svg>")
    return "".join(parts)


def _radar_label(name: str, score: str, x: float, y: float, anchor: str) -> str:
    """A label of stacked lines (each word of a Latin name, then the score), so long names fit the chart."""
    lines = [*(name.split() or [name]), score]
    line_height = 16
    first_dy = -(len(lines) - 1) * line_height / 2
    spans = "".join(
        f'<tspan x="{x:.1f}" dy="{first_dy if i == 0 else line_height:.1f}">{escape(line)}</tspan>'
        for i, line in enumerate(lines)
    )
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="14" text-anchor="{anchor}" '
        f'dominant-baseline="middle" fill="#3e4c59">{spans}</text>'
    )


def _items(items: Sequence[ReportItem], language: Language) -> str:
    rows = []
    for item in items:
        quote = ""
        if item.evidence_quote:
            quote = f'<blockquote><span class="muted">{_t("you_said", language)}:</span> {escape(item.evidence_quote)}</blockquote>'
        rows.append(f"<li>{escape(item.text)}{quote}</li>")
    return f"<ul>{''.join(rows)}</ul>"


def _competency_rows(result: ReportForViewer, language: Language) -> str:
    rows = []
    for competency in result.content.competencies:
        if competency.score is None:
            bar = '<div class="bar na"></div>'
            score = f'<span class="muted">{_t("not_assessed", language)}</span>'
        else:
            width = max(0.0, min(competency.score, 10.0)) * 10
            bar = f'<div class="bar"><span style="width:{width:.0f}%"></span></div>'
            score = f"<strong>{_score(competency.score)}</strong>"
            if result.view is ReportView.RECRUITER and competency.automated_score is not None:
                automated = LABELS["automated"].in_language(language).format(score=_score(competency.automated_score))
                score += f' <span class="muted">({escape(automated)})</span>'
        evidence = ""
        if result.view is ReportView.RECRUITER and competency.evidence:
            quotes = "".join(f"<li>{escape(e.quote)}</li>" for e in competency.evidence)
            evidence = f'<div class="muted">{_t("evidence", language)}:</div><ul>{quotes}</ul>'
        rows.append(
            '<div class="row">'
            f"<span>{escape(competency.name.in_language(language))}</span>"
            f'<span>{score} <span class="muted">'
            f"{_t('weight', language)} {competency.weight_percent}%</span></span>"
            "</div>"
            f"{bar}{evidence}"
        )
    return "".join(rows)


def _overall_section(result: ReportForViewer, language: Language) -> str:
    """The overall score and, when some competency was not assessed, what the score covers."""
    content = result.content
    coverage = content.coverage
    if not content.assessed:
        return (
            f'<section class="card"><div class="muted">{_t("overall", language)}</div>'
            f'<div class="overall">—</div><p class="coverage">{_t("nothing_assessed", language)}</p></section>'
        )
    note = ""
    if not coverage.complete:
        separator = "、" if language is Language.ZH else ", "
        missing = separator.join(c.name.in_language(language) for c in content.competencies if not c.assessed)
        note = '<p class="coverage">{}</p>'.format(
            escape(
                LABELS["coverage"]
                .in_language(language)
                .format(
                    assessed=coverage.assessed_competencies,
                    total=coverage.total_competencies,
                    percent=coverage.assessed_weight_percent,
                    names=missing,
                )
            )
        )
    if result.view is ReportView.RECRUITER and content.automated_overall_score is not None:
        automated = LABELS["automated"].in_language(language).format(score=_score(content.automated_overall_score))
        note += f'<p class="muted">{escape(automated)}</p>'
    return (
        f'<section class="card"><div class="muted">{_t("overall", language)}</div>'
        f'<div class="overall">{_score(content.overall_score)}<span class="muted"> / 10</span></div>{note}</section>'
    )


def _human_review_section(result: ReportForViewer, language: Language) -> str:
    """The "reviewed by a person" mark: the notice for every reader, who and when for the recruiter."""
    review = result.report.human_review
    if review is None:
        return ""
    text = f'<p class="note human-review">{escape(human_review_notice(review, language))}</p>'
    if result.view is ReportView.RECRUITER:
        who = (
            LABELS["reviewed_by"]
            .in_language(language)
            .format(who=review.reviewed_by, when=review.reviewed_at.strftime("%Y-%m-%d %H:%M UTC"))
        )
        text += f'<p class="muted">{escape(who)}</p>'
    return text


def render_report_html(result: ReportForViewer, *, font_family: str | None = None) -> str:
    """The whole page for one report in its viewer's view.

    ``font_family`` (a CSS font stack) replaces the system UI font on the whole page, chart
    included: the PDF rendition names the font it embeds. A browser page leaves it unset.
    """
    report, content = result.report, result.content
    language = report.summary.language
    lang_attr = "zh-CN" if language is Language.ZH else "en"
    # Only a trusted constant reaches here, but a "</style>" in it would still end the block early.
    font_css = f"body{{font-family:{font_family.replace('<', '')}}}" if font_family else ""
    sections = [
        f"<h1>{_t('title', language)}</h1>",
    ]
    if report.summary.position_title:
        sections.append(f'<p class="muted">{escape(report.summary.position_title)}</p>')
    if report.is_practice:
        sections.append(f'<p class="note">{_t("practice", language)}</p>')
    sections.append(_human_review_section(result, language))
    sections.append(_overall_section(result, language))
    sections.append(
        f'<section class="card"><h2>{_t("competencies", language)}</h2>'
        f"{radar_svg(content.competencies, language, font_family=font_family)}"
        f"{_competency_rows(result, language)}</section>"
    )
    if content.strengths:
        sections.append(
            f'<section class="card"><h2>{_t("strengths", language)}</h2>{_items(content.strengths, language)}</section>'
        )
    if content.improvements:
        sections.append(
            f'<section class="card"><h2>{_t("improvements", language)}</h2>'
            f"{_items(content.improvements, language)}</section>"
        )
    if report.courses:
        courses = "".join(f"<li>{escape(c.title.in_language(language))}</li>" for c in report.courses)
        sections.append(f'<section class="card"><h2>{_t("courses", language)}</h2><ul>{courses}</ul></section>')
    if result.view is ReportView.RECRUITER:
        flags = ", ".join(escape(f) for f in content.review_flags) or "—"
        scorers = ", ".join(
            escape(f"{s.name} {s.version} (rubric {s.rubric_version}, prompt {s.prompt_version})")
            for s in content.scorers
        )
        sections.append(
            f'<section class="card"><h2>{_t("flags", language)}</h2><p>{flags}</p>'
            f'<h2>{_t("scorers", language)}</h2><p class="muted">{scorers or "—"}</p></section>'
        )
    if report.generated_at is not None:
        stamp = report.generated_at.strftime("%Y-%m-%d %H:%M UTC")
        sections.append(f'<p class="muted">{_t("generated", language)}: {escape(stamp)}</p>')
    return (
        f'<!DOCTYPE html><html lang="{lang_attr}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_t('title', language)}</title><style>{_CSS}{font_css}</style></head>"
        f"<body><main>{''.join(sections)}</main></body></html>"
    )
