"""RenderReportPdf through gRPC: reports made from real events on Kafka, stored in FerretDB, read back as PDFs.

Each report is checked against what GetReport returns for the same caller: every competency name in
the report's language and the overall score must be in the PDF's extracted text, so Chinese comes
out as real characters only when the CJK font was embedded with its Unicode map.
"""

from __future__ import annotations

import io
import uuid

import grpc
import pypdf
import pytest
from wendu.core import codec, topics
from wendu.feedback.entrypoints import report_pdf
from wendu.v1 import common_pb2, events_pb2, feedback_pb2, feedback_pb2_grpc

pytestmark = pytest.mark.integration

WEIGHTS = {"communication": 30, "problem_solving": 40, "teamwork": 30}
SCORES = {"communication": 8.5, "problem_solving": 7.8, "teamwork": 4.0}
QUOTE = {
    common_pb2.LANGUAGE_ZH: "我把方案讲给十二位相关方听，先讲结论，再讲风险。",
    common_pb2.LANGUAGE_EN: "I walked all 12 stakeholders through the plan, decision first.",
}


def _meta(message: type, tenant: str, interview_id: str) -> common_pb2.EventMeta:
    return codec.new_meta(
        message,
        tenant_id=tenant,
        interview_id=interview_id,
        candidate_id="cand-1",
        interview_kind=common_pb2.INTERVIEW_KIND_SELECTION,
    )


async def _finished_report(platform, tenant: str, language: int) -> str:
    interview = f"iv-{uuid.uuid4().hex[:6]}"
    quote = QUOTE[language]
    scored = events_pb2.ScoreReady(
        meta=_meta(events_pb2.ScoreReady, tenant, interview),
        answer_id="a-1",
        question_id="q-1",
        scores=[common_pb2.CompetencyScore(competency_id=c, score=s, level=3) for c, s in SCORES.items()],
        evidence=[common_pb2.Evidence(quote=quote, start=0, end=len(quote), competency_id=c) for c in SCORES],
        specificity=0.8,
        relevance=0.9,
        scorer=common_pb2.ScorerInfo(name="local", version="1.0", rubric_version="r1", prompt_version="p1"),
        language=language,  # type: ignore[arg-type]
        revision=0,
        submitted_at=codec.timestamp_now(),
        answer_text=quote,
    )
    completed = events_pb2.InterviewCompleted(
        meta=_meta(events_pb2.InterviewCompleted, tenant, interview),
        position_id="pos-1",
        position_title="Product analyst",
        weights=[common_pb2.CompetencyWeight(competency_id=c, weight_percent=w) for c, w in WEIGHTS.items()],
        answer_ids=["a-1"],
        language=language,  # type: ignore[arg-type]
        started_at=codec.timestamp_now(),
        completed_at=codec.timestamp_now(),
        question_texts=["Tell me about a plan you explained."],
    )
    await platform.publisher.publish(topics.SCORE_READY, scored, key=interview)
    await platform.publisher.publish(topics.INTERVIEW_COMPLETED, completed, key=interview)
    await platform.taps[topics.REPORT_GENERATED].wait_for(
        lambda e: e.meta.tenant_id == tenant and e.meta.interview_id == interview
    )
    return interview


def _text(pdf: bytes) -> tuple[int, str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return len(reader.pages), "".join("".join(page.extract_text().split()) for page in reader.pages)


@pytest.mark.parametrize(
    ("language", "lang"), [(common_pb2.LANGUAGE_ZH, "zh"), (common_pb2.LANGUAGE_EN, "en")], ids=["zh", "en"]
)
async def test_candidate_and_recruiter_get_the_report_as_a_pdf_in_its_language(platform, tenant, language, lang):
    interview = await _finished_report(platform, tenant, language)
    callers = {
        feedback_pb2.REPORT_VIEW_CANDIDATE: platform.candidate(tenant, interview, "cand-1"),
        feedback_pb2.REPORT_VIEW_RECRUITER: platform.recruiter(tenant),
    }
    quotes: dict[int, int] = {}
    evidence: dict[int, int] = {}
    async with grpc.aio.insecure_channel(platform.feedback_addr) as channel:
        stub = feedback_pb2_grpc.FeedbackServiceStub(channel)
        for view, metadata in callers.items():
            request = feedback_pb2.GetReportRequest(interview_id=interview, view=view)
            report = await stub.GetReport(request, metadata=metadata)
            document = await stub.RenderReportPdf(request, metadata=metadata, timeout=30)

            assert report.view == view
            assert document.content_type == "application/pdf"
            assert document.filename == f"wendu-report-{interview}-{lang}.pdf"
            pages, text = _text(document.content)
            assert pages >= 1
            names = ["".join(getattr(c.name, lang).split()) for c in report.competencies]
            assert len(names) == len(WEIGHTS) and all(names)
            assert all(name in text for name in names), (names, text)
            assert f"{report.overall_score:.1f}" in text
            quotes[view] = text.count("".join(QUOTE[language].split()))
            evidence[view] = sum(len(c.evidence) for c in report.competencies)

    # Both views quote the answer behind a strength or an improvement; only the recruiter view adds
    # the evidence under each score, as many more times as GetReport lists evidence.
    assert evidence[feedback_pb2.REPORT_VIEW_CANDIDATE] == 0 and evidence[feedback_pb2.REPORT_VIEW_RECRUITER] > 0
    assert (
        quotes[feedback_pb2.REPORT_VIEW_RECRUITER] - quotes[feedback_pb2.REPORT_VIEW_CANDIDATE]
        == evidence[feedback_pb2.REPORT_VIEW_RECRUITER]
    )


async def test_pdf_call_is_validated_authorized_and_fails_cleanly_without_the_pdf_library(
    platform, tenant, monkeypatch
):
    interview = await _finished_report(platform, tenant, common_pb2.LANGUAGE_EN)
    recruiter = platform.recruiter(tenant)
    stranger = platform.candidate(tenant, "iv-someone-else", "cand-2")
    async with grpc.aio.insecure_channel(platform.feedback_addr) as channel:
        stub = feedback_pb2_grpc.FeedbackServiceStub(channel)
        with pytest.raises(grpc.aio.AioRpcError) as missing_id:
            await stub.RenderReportPdf(feedback_pb2.GetReportRequest(), metadata=recruiter)
        with pytest.raises(grpc.aio.AioRpcError) as bad_view:
            await stub.RenderReportPdf(
                feedback_pb2.GetReportRequest(interview_id=interview, view=9),  # type: ignore[arg-type]
                metadata=recruiter,
            )
        with pytest.raises(grpc.aio.AioRpcError) as other_candidate:
            await stub.RenderReportPdf(feedback_pb2.GetReportRequest(interview_id=interview), metadata=stranger)

        # The feedback service runs in this process: make its PDF library "missing".
        monkeypatch.setattr(report_pdf, "_weasyprint", lambda: "OSError: cannot load library 'libpango-1.0-0'")
        request = feedback_pb2.GetReportRequest(interview_id=interview)
        with pytest.raises(grpc.aio.AioRpcError) as unavailable:
            await stub.RenderReportPdf(request, metadata=recruiter)
        page = await stub.RenderReport(request, metadata=recruiter)

    assert missing_id.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert missing_id.value.details().startswith("interview_id:")
    assert bad_view.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert bad_view.value.details().startswith("view:")
    assert other_candidate.value.code() in (grpc.StatusCode.PERMISSION_DENIED, grpc.StatusCode.NOT_FOUND)
    assert unavailable.value.code() == grpc.StatusCode.FAILED_PRECONDITION
    assert "PDF rendering is not available" in unavailable.value.details()
    assert "libpango" in unavailable.value.details()
    assert page.content_type.startswith("text/html") and "<svg" in page.html
