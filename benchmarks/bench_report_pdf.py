"""Time and size of the report's PDF (feedback RenderReportPdf's renderer), zh and en, candidate and recruiter view.

Not a test (pytest does not collect it) and it asserts nothing: it prints a table and writes JSON.

    uv run --frozen python benchmarks/bench_report_pdf.py [--renders 9] [--json PATH]

The report is a realistic one: six competencies scored over six answers with quoted evidence,
strengths, improvements and a course per weak competency. The first render of the process (import,
font discovery) is reported apart as "cold"; then each case is rendered ``--renders`` times and
the median and worst wall time are kept, with the CPU time of the median run.
"""

from __future__ import annotations

import argparse
import io
import json
import platform
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path

import pypdf
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
from wendu.feedback.entrypoints.report_pdf import render_report_pdf
from wendu.feedback.handlers.queries import ReportForViewer

SCORES = {
    "communication": 8.4,
    "problem_solving": 7.6,
    "teamwork": 6.9,
    "leadership": 4.6,
    "learning_agility": 7.9,
    "customer_focus": 3.8,
}
QUOTES = {
    Language.ZH: "去年双十一前，我带着三个人排查支付超时，把 P99 延迟从 800 毫秒降到 180 毫秒，大促当天零故障。",
    Language.EN: "Before the sale I led three engineers through the payment timeouts and cut p99 from 800 ms to 180 ms.",
}


def report(language: Language, view: ReportView) -> ReportForViewer:
    answers = [
        AnswerScore(
            tenant_id="acme",
            interview_id="iv-bench",
            answer_id=f"a-{i}",
            question_id=f"q-{i}",
            revision=0,
            language=language,
            scores=(CompetencyScore(competency, score, 3),),
            evidence=(EvidenceSpan(QUOTES[language], 0, len(QUOTES[language]), competency),),
            scorer=ScorerRef("local", "1.0", "r1", "p1"),
        )
        for i, (competency, score) in enumerate(SCORES.items())
    ]
    weights = [CompetencyWeight(c, 100 // len(SCORES)) for c in SCORES]
    weights[0] = CompetencyWeight(weights[0].competency_id, 100 - sum(w.weight_percent for w in weights[1:]))
    content = build_report(language, weights, answers)
    courses = tuple(
        CourseSuggestion(f"course-{gap.competency_id}", gap.competency_id, LocalizedText(zh="练习课程", en="Practice"))
        for gap in content.gaps()
    )
    summary = InterviewSummary(
        tenant_id="acme",
        interview_id="iv-bench",
        candidate_id="cand-1",
        kind=InterviewKind.SELECTION,
        language=language,
        position_id="pos-1",
        position_title="产品分析师" if language is Language.ZH else "Product analyst",
        weights=tuple(weights),
        answer_ids=tuple(a.answer_id for a in answers),
    )
    finished = Report(summary, "rep-1", "evt-1").finished(content, courses, datetime(2025, 3, 14, tzinfo=UTC))
    return ReportForViewer(finished, content.for_view(view), view)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--renders", type=int, default=9)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()

    cases = [(language, view) for language in (Language.ZH, Language.EN) for view in ReportView]
    started = time.perf_counter()
    render_report_pdf(report(*cases[0]))
    cold_ms = (time.perf_counter() - started) * 1000

    rows = []
    for language, view in cases:
        result = report(language, view)
        runs = []
        for _ in range(args.renders):
            wall, cpu = time.perf_counter(), time.process_time()
            pdf = render_report_pdf(result)
            runs.append(((time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000))
        runs.sort()
        median_wall, median_cpu = runs[len(runs) // 2]
        pages = len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
        rows.append(
            {
                "language": language.value,
                "view": view.value,
                "median_ms": round(median_wall),
                "max_ms": round(runs[-1][0]),
                "median_cpu_ms": round(median_cpu),
                "kb": round(len(pdf) / 1024, 1),
                "pages": pages,
            }
        )

    print(f"cold first render (import, fonts, layout): {cold_ms:.0f} ms")
    print(f"{'case':<16}{'median ms':>10}{'max ms':>8}{'cpu ms':>8}{'KB':>8}{'pages':>7}")
    for row in rows:
        case = f"{row['language']} {row['view']}"
        print(
            f"{case:<16}{row['median_ms']:>10}{row['max_ms']:>8}{row['median_cpu_ms']:>8}{row['kb']:>8}{row['pages']:>7}"
        )
    print(f"overall median: {statistics.median(r['median_ms'] for r in rows)} ms")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        payload = {"machine": platform.platform(), "renders": args.renders, "cold_ms": round(cold_ms), "cases": rows}
        args.json.write_text(json.dumps(payload, indent=2) + "\n")


if __name__ == "__main__":
    main()
