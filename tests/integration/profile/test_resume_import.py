"""ImportResume over gRPC with the committed résumé fixtures (text, PDF, DOCX; zh and en)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import grpc
import pytest
from support.kafka import TopicReader
from wendu.core import topics
from wendu.v1 import common_pb2, events_pb2, profile_pb2

pytestmark = pytest.mark.integration

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "resumes"
MEDIA_TYPES = {
    ".txt": "text/plain; charset=utf-8",
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
SIGNALS = ["founder", "career_switcher", "led_people", "data_work", "career_gap", "notable_project"]
EXPECTED: dict[str, dict[str, Any]] = {
    "zh": {
        "jobs": [
            ("美团", "高级产品经理", "internet", "2021-07", ""),
            ("上海鲜邻网络科技有限公司", "创始人兼CEO", "e-commerce", "2019-01", "2020-09"),
            ("宝洁(中国)有限公司", "品牌经理", "consumer goods", "2014-07", "2018-12"),
        ],
        "education": [("上海交通大学", "master", "工商管理"), ("复旦大学", "bachelor", "市场营销")],
        "skills": {"SQL", "Python", "Excel", "Tableau", "A/B testing", "data analysis", "user research"},
        "projects": ["闪电仓智能补货系统", "鲜邻社区团购小程序"],
        "notable": ["闪电仓智能补货系统"],
        "gaps": [("2020-10", "2021-06", 9)],
    },
    "en": {
        "jobs": [
            ("Stripe", "Senior Data Scientist", "fintech", "2021-04", ""),
            ("Brightpath Learning", "Co-founder & CEO", "edtech", "2018-01", "2020-06"),
            ("Lincoln High School", "Mathematics Teacher", "education", "2013-08", "2017-12"),
        ],
        "education": [
            ("University of California, Berkeley", "master", "Statistics"),
            ("University of Michigan", "bachelor", "Mathematics"),
        ],
        "skills": {"Python", "SQL", "R", "pandas", "scikit-learn", "Spark", "Kafka", "Tableau", "A/B testing"},
        "projects": ["Sentinel", "Tutor Match"],
        "notable": ["Sentinel"],
        "gaps": [("2020-07", "2021-03", 9)],
    },
}


async def _candidate(service, tenant: str, *, resume_use: bool = True) -> str:
    created = await service.stub.CreateCandidate(
        profile_pb2.CreateCandidateRequest(
            display_name="Fixture Candidate",
            preferred_language=common_pb2.LANGUAGE_EN,
            consents=profile_pb2.Consents(resume_use=resume_use, ai_scoring=True),
        ),
        metadata=service.staff(tenant),
    )
    return created.candidate_id


def _import(candidate_id: str, content: bytes, media_type: str) -> profile_pb2.ImportResumeRequest:
    return profile_pb2.ImportResumeRequest(candidate_id=candidate_id, content=content, media_type=media_type)


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("suffix", [".txt", ".pdf", ".docx"])
async def test_an_imported_resume_file_becomes_the_profile(service, infra, tenant, language, suffix):
    candidate_id = await _candidate(service, tenant)
    content = (FIXTURES / f"resume_{language}{suffix}").read_bytes()

    async with TopicReader(infra.kafka_bootstrap, topics.PROFILE_UPDATED) as tail:
        await service.stub.ImportResume(
            _import(candidate_id, content, MEDIA_TYPES[suffix]), metadata=service.staff(tenant)
        )
        announced = await tail.collect(lambda e: e.meta.tenant_id == tenant and e.reason == "resume_imported")
    profile = await service.stub.GetProfile(
        profile_pb2.GetProfileRequest(candidate_id=candidate_id), metadata=service.staff(tenant)
    )

    expected = EXPECTED[language]
    assert [(e.employer, e.role, e.industry, e.start, e.end) for e in profile.experience] == expected["jobs"]
    assert [(e.institution, e.degree, e.major) for e in profile.education] == expected["education"]
    assert expected["skills"] <= set(profile.skills)
    assert list(profile.project_names) == expected["projects"]
    assert list(profile.notable_project_names) == expected["notable"]
    assert [(g.start, g.end, g.months) for g in profile.career_gaps] == expected["gaps"]
    assert list(profile.signals) == SIGNALS
    [(event, key, _)] = announced
    assert isinstance(event, events_pb2.ProfileUpdated)
    assert key.decode() == candidate_id


@pytest.mark.parametrize(
    ("content", "media_type", "field"),
    [
        (b"%PDF-1.7 truncated", "application/pdf", "content"),
        (b"not a zip", MEDIA_TYPES[".docx"], "content"),
        (b"", "text/plain", "content"),
        (b"{\\rtf1 hello}", "application/rtf", "media_type"),
        (b"hello", "", "media_type"),
    ],
)
async def test_an_unsupported_or_unreadable_file_is_invalid_argument_naming_the_field(
    service, tenant, content, media_type, field
):
    candidate_id = await _candidate(service, tenant)

    with pytest.raises(grpc.aio.AioRpcError) as raised:
        await service.stub.ImportResume(_import(candidate_id, content, media_type), metadata=service.staff(tenant))

    assert raised.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert raised.value.details().startswith(f"{field}:")


async def test_without_resume_consent_the_import_is_a_failed_precondition(service, tenant):
    candidate_id = await _candidate(service, tenant, resume_use=False)
    content = (FIXTURES / "resume_en.txt").read_bytes()

    with pytest.raises(grpc.aio.AioRpcError) as raised:
        await service.stub.ImportResume(_import(candidate_id, content, "text/plain"), metadata=service.staff(tenant))

    assert raised.value.code() == grpc.StatusCode.FAILED_PRECONDITION
    profile = await service.stub.GetProfile(
        profile_pb2.GetProfileRequest(candidate_id=candidate_id), metadata=service.staff(tenant)
    )
    assert list(profile.experience) == [] and list(profile.skills) == []
