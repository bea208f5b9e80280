"""The report's PDF: WeasyPrint lays out the real HTML page with Debian's fonts; pypdf reads the result back.

The report is built by the real worker (in-memory repositories) and read through the servicer, so
the names and score asserted are the ones GetReport returns, in the report's language.
"""

from __future__ import annotations

import io
from typing import Any

import pypdf
import pytest
from PIL import Image
from support.auth import call_as
from wendu.core.auth import Principal, Role
from wendu.core.errors import FailedPrecondition, NotFound
from wendu.feedback.domain.model import Language
from wendu.feedback.entrypoints import report_pdf
from wendu.v1 import common_pb2, feedback_pb2

CANDIDATE = Principal(
    "acme", frozenset({Role.CANDIDATE}), "candidate:cand-1", interview_id="iv-1", candidate_id="cand-1"
)
RECRUITER = Principal("acme", frozenset({Role.RECRUITER}), "recruiter-7")
WEIGHTS = {"communication": 30, "problem_solving": 40, "teamwork": 30}
QUOTES = {
    common_pb2.LANGUAGE_ZH: ("我把方案讲给十二位相关方听，先讲结论。", "我们一起把上线时间缩短了两周。"),
    common_pb2.LANGUAGE_EN: ("I walked all 12 stakeholders through the plan.", "We cut the release time by two weeks."),
}
LANGUAGES = pytest.mark.parametrize("language", [common_pb2.LANGUAGE_ZH, common_pb2.LANGUAGE_EN], ids=["zh", "en"])


@pytest.fixture
async def ready_report(feedback, score_ready, interview_completed, ctx):
    async def make(language: int, kind: int = common_pb2.INTERVIEW_KIND_SELECTION) -> None:
        strong, weak = QUOTES[language]
        await feedback.worker.on_score_ready(
            score_ready(
                "a-1",
                {"communication": 8.6, "problem_solving": 7.2, "teamwork": 4.1},
                evidence=[(strong, "communication"), (strong, "problem_solving"), (weak, "teamwork")],
                language=language,
                kind=kind,
            ),
            ctx,
        )
        await feedback.worker.on_interview_completed(
            interview_completed(["a-1"], WEIGHTS, language=language, kind=kind), ctx
        )

    return make


def get(view: int) -> feedback_pb2.GetReportRequest:
    return feedback_pb2.GetReportRequest(interview_id="iv-1", view=view)  # type: ignore[arg-type]


def pdf_text(pdf: bytes) -> tuple[pypdf.PdfReader, str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def embedded_fonts(reader: pypdf.PdfReader) -> dict[str, bool]:
    """Base font name (subset prefix dropped) -> whether its font program is in the file, over pages and forms."""
    found: dict[str, bool] = {}

    def walk(resources: Any) -> None:
        resources = resources.get_object() if resources is not None else {}
        for ref in resources.get("/Font", {}).values():
            font = ref.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = descendant.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            name = str(font["/BaseFont"]).split("+", 1)[-1]
            found[name] = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
        for ref in resources.get("/XObject", {}).values():
            form = ref.get_object()
            if form.get("/Subtype") == "/Form":
                walk(form.get("/Resources"))

    for page in reader.pages:
        walk(page.get("/Resources"))
    return found


@LANGUAGES
@pytest.mark.parametrize(
    ("principal", "view"),
    [(CANDIDATE, feedback_pb2.REPORT_VIEW_CANDIDATE), (RECRUITER, feedback_pb2.REPORT_VIEW_RECRUITER)],
    ids=["candidate", "recruiter"],
)
async def test_pdf_holds_every_competency_name_and_the_overall_score_as_text(
    servicer, ready_report, language, principal, view
):
    await ready_report(language)
    report = await call_as(principal, servicer.GetReport, get(view))
    document = await call_as(principal, servicer.RenderReportPdf, get(view))

    assert document.content_type == "application/pdf"
    assert document.content.startswith(b"%PDF-")
    reader, text = pdf_text(document.content)
    assert len(reader.pages) >= 1
    lang = "zh" if language == common_pb2.LANGUAGE_ZH else "en"
    names = [getattr(c.name, lang) for c in report.competencies]
    assert len(names) == len(WEIGHTS) and all(names)
    for name in names:
        # Once in the score rows and once on the radar chart. Wrapped chart labels (en) break lines
        # between words, so compare with whitespace removed.
        assert "".join(text.split()).count("".join(name.split())) >= 2, name
    assert f"{report.overall_score:.1f}" in text
    assert document.filename == f"wendu-report-iv-1-{lang}.pdf"


@LANGUAGES
async def test_an_unanswered_competency_reads_not_assessed_in_the_pdf_and_the_overall_says_what_it_covers(
    servicer, feedback, score_ready, interview_completed, ctx, language
):
    strong, _ = QUOTES[language]
    weights = {"communication": 30, "problem_solving": 40, "teamwork": 30}
    await feedback.worker.on_score_ready(
        score_ready(
            "a-1",
            {"communication": 8.0, "teamwork": 6.0},
            evidence=[(strong, "communication")],
            language=language,
        ),
        ctx,
    )
    await feedback.worker.on_interview_completed(interview_completed(["a-1"], weights, language=language), ctx)
    report = await call_as(RECRUITER, servicer.GetReport, get(2))
    _, text = pdf_text((await call_as(RECRUITER, servicer.RenderReportPdf, get(2))).content)
    flat = "".join(text.split())
    # (8*30 + 6*30) / 60 = 7.0, over 60% of the weight.
    assert report.overall_score == 7.0 and report.assessed_weight_percent == 60
    if language == common_pb2.LANGUAGE_ZH:
        # In the row, on the chart and in the coverage note.
        assert flat.count("未评估") >= 3
        assert "涵盖3项能力中的2项（占权重的60%）" in flat
    else:
        assert flat.count("Notassessed") >= 3
        assert "Covers2of3competencies(60%oftheweight)" in flat


@LANGUAGES
async def test_only_the_recruiter_pdf_quotes_the_evidence_per_score(servicer, ready_report, language):
    await ready_report(language)
    strong, _ = QUOTES[language]
    _, recruiter = pdf_text((await call_as(RECRUITER, servicer.RenderReportPdf, get(2))).content)
    _, candidate = pdf_text((await call_as(CANDIDATE, servicer.RenderReportPdf, get(2))).content)
    # Recruiter: the quote under "Evidence" per competency it backs (twice); candidate: at most the strength's quote.
    assert "".join(recruiter.split()).count("".join(strong.split())) > "".join(candidate.split()).count(
        "".join(strong.split())
    )


async def test_chinese_text_is_set_in_embedded_noto_sans_cjk_sc_never_the_japanese_forms(servicer, ready_report):
    await ready_report(common_pb2.LANGUAGE_ZH)
    document = await call_as(RECRUITER, servicer.RenderReportPdf, get(2))
    reader, text = pdf_text(document.content)
    fonts = embedded_fonts(reader)
    assert any(name.startswith("Noto-Sans-CJK-SC") for name in fonts), fonts
    assert all(fonts.values()), fonts
    assert not [name for name in fonts if "CJK-JP" in name or "CJK-KR" in name or "CJK-TC" in name], fonts
    assert "面试反馈报告" in text and "综合得分" in text


async def test_english_text_is_set_in_embedded_fonts(servicer, ready_report):
    await ready_report(common_pb2.LANGUAGE_EN)
    document = await call_as(CANDIDATE, servicer.RenderReportPdf, get(1))
    reader, text = pdf_text(document.content)
    fonts = embedded_fonts(reader)
    assert fonts and all(fonts.values()), fonts
    assert "Interview feedback report" in text and "Overall score" in text


async def test_a_practice_report_pdf_is_the_candidates_alone(servicer, ready_report):
    await ready_report(common_pb2.LANGUAGE_ZH, common_pb2.INTERVIEW_KIND_PRACTICE)
    mine = await call_as(CANDIDATE, servicer.RenderReportPdf, get(1))
    assert mine.content.startswith(b"%PDF-")
    with pytest.raises(NotFound):
        await call_as(RECRUITER, servicer.RenderReportPdf, get(2))


def test_the_renderer_fetches_nothing_the_page_points_to(tmp_path):
    picture = tmp_path / "dot.png"
    Image.new("RGB", (40, 40), "red").save(picture)
    html = (
        f'<!DOCTYPE html><html><head><link rel="stylesheet" href="{(tmp_path / "x.css").as_uri()}"></head>'
        f'<body><p>before</p><img src="{picture.as_uri()}" width="40" height="40"><p>after</p></body></html>'
    )
    (tmp_path / "x.css").write_text("p { display: none }")
    reader, text = pdf_text(report_pdf.html_to_pdf(html))
    # Neither the stylesheet (which would hide the text) nor the picture was read.
    assert "before" in text and "after" in text
    resources: Any = reader.pages[0]["/Resources"].get_object()
    xobjects = resources.get("/XObject", {})
    assert not [x for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image"]


def test_a_page_over_the_html_limit_is_refused_before_layout():
    html = "<p>" + "x" * (report_pdf.MAX_HTML_BYTES + 1) + "</p>"
    with pytest.raises(FailedPrecondition, match="too large"):
        report_pdf.html_to_pdf(html)


def test_a_pdf_over_the_size_limit_is_refused(monkeypatch):
    monkeypatch.setattr(report_pdf, "MAX_PDF_BYTES", 100)
    with pytest.raises(FailedPrecondition, match=r"too large to send as PDF \(\d+ bytes, at most 100\)"):
        report_pdf.html_to_pdf("<p>hello</p>")


async def test_without_the_pdf_library_the_pdf_call_fails_cleanly_and_the_html_page_still_renders(
    servicer, ready_report, monkeypatch
):
    await ready_report(common_pb2.LANGUAGE_EN)
    reason = "OSError: cannot load library 'libpango-1.0-0'"
    monkeypatch.setattr(report_pdf, "_weasyprint", lambda: reason)
    assert report_pdf.pdf_available() == reason
    with pytest.raises(FailedPrecondition) as raised:
        await call_as(RECRUITER, servicer.RenderReportPdf, get(2))
    assert "PDF rendering is not available" in str(raised.value) and reason in str(raised.value)
    page = await call_as(RECRUITER, servicer.RenderReport, get(2))
    assert "<svg" in page.html


def test_pdf_library_is_loadable_here():
    assert report_pdf.pdf_available() is None


@pytest.mark.parametrize(
    ("interview_id", "expected"),
    [
        ("iv-1", "wendu-report-iv-1-zh.pdf"),
        ("../../etc/pass wd", "wendu-report-etc-pass-wd-zh.pdf"),
        ("//", "wendu-report-report-zh.pdf"),
    ],
)
def test_file_name_keeps_only_safe_characters(interview_id, expected):
    assert report_pdf.filename_for(interview_id, Language.ZH) == expected
