"""Bulk onboarding (``wendu import``) through the CLI's reader and the real services, broker and FerretDB.

Files mix good and bad rows, with English and Chinese headers and content, as CSV and XLSX. Each bad
row is reported by its line with the field named; each good row is created once, and a second run
creates nothing and reports the same problems. A dry run stores nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import re
from collections.abc import AsyncIterator
from pathlib import Path

import grpc
import pytest
from cryptography.fernet import Fernet
from openpyxl import Workbook
from pymongo import MongoClient
from support.auth import api_key_metadata
from support.services import running_service
from typer.testing import CliRunner
from wendu.cli.importing import ImportKind, ImportOutcome, import_rows, read_rows
from wendu.cli.main import app
from wendu.core import topics
from wendu.core.auth import Role, TokenSigner
from wendu.core.bus import ensure_topics
from wendu.profile.bootstrap import bootstrap as profile_bootstrap
from wendu.question_gen.bootstrap import bootstrap as question_gen_bootstrap
from wendu.v1 import profile_pb2_grpc, question_gen_pb2_grpc

pytestmark = pytest.mark.integration

CANDIDATES_EN_CSV = """external_id,name,email,language,consent_ai_scoring,consent_resume_use
c-001,Ada Lovelace,ada@example.com,en,yes,no
c-002,Bad Email,not-an-address,en,yes,no
c-003,Grace Hopper,grace@example.com,fr,yes,no
,No Id,noid@example.com,en,yes,no
c-004,Maybe Consent,maybe@example.com,en,maybe,no
c-001,Ada Again,ada.again@example.com,en,yes,no
c-005,Alan Turing,alan@example.com,English,true,false
"""
# line, external id, field of each bad row above.
CANDIDATES_EN_PROBLEMS = [
    (3, "c-002", "email"),
    (4, "c-003", "preferred_language"),
    (5, "", "external_id"),
    (6, "c-004", "consent_ai_scoring"),
    (7, "c-001", "external_id"),
]
CANDIDATES_ZH_ROWS = [
    ["外部编号", "姓名", "邮箱", "语言", "同意AI评分"],
    ["z-001", "李娜", "lina@example.com", "中文", "是"],
    ["z-002", "", "wang@example.com", "中文", "是"],
    ["z-003", "王芳", "wangfang@example.com", "英文", "否"],
]
CANDIDATES_ZH_PROBLEMS = [(3, "z-002", "display_name")]
POSITIONS_ZH_CSV = """外部编号,职位名称,胜任力,建议每题分钟
p-1,数据分析师,problem_solving：60；communication：40,5
p-2,Weights off,problem_solving:50; communication:40,0
p-3,,problem_solving:100,0
p-4,Pilot,flying:100,0
p-5,Engineer,problem_solving:100,soon
p-6,Engineer,teamwork:30; problem_solving:70,
"""
POSITIONS_ZH_PROBLEMS = [
    (3, "p-2", "competencies"),
    (4, "p-3", "title"),
    (5, "p-4", "competencies[0].competency_id"),
    (6, "p-5", "suggested_minutes_per_answer"),
]


@dataclasses.dataclass
class Services:
    profile: profile_pb2_grpc.ProfileServiceStub
    positions: question_gen_pb2_grpc.PositionServiceStub
    signer: TokenSigner
    mongo_db: str
    profile_address: str


@pytest.fixture(scope="module")
async def services(infra, make_settings) -> AsyncIterator[Services]:
    profile_settings = make_settings("profile", encryption_key=Fernet.generate_key().decode())
    async with contextlib.AsyncExitStack() as stack:
        await ensure_topics(infra.kafka_bootstrap, topics.ALL_TOPICS)
        profile = await stack.enter_async_context(
            running_service(profile_settings, profile_bootstrap, consumed=[topics.REPORT_GENERATED])
        )
        question_gen = await stack.enter_async_context(
            running_service(
                make_settings("question-gen", profile_addr=profile),
                question_gen_bootstrap,
                consumed=[topics.SCORE_READY, topics.INTERVIEW_COMMANDS],
            )
        )
        yield Services(
            profile_pb2_grpc.ProfileServiceStub(await stack.enter_async_context(grpc.aio.insecure_channel(profile))),
            question_gen_pb2_grpc.PositionServiceStub(
                await stack.enter_async_context(grpc.aio.insecure_channel(question_gen))
            ),
            TokenSigner(profile_settings.auth_secret),
            profile_settings.mongo_db,
            profile,
        )


async def run_import(
    services: Services, tenant: str, kind: ImportKind, path: Path, *, dry_run: bool = False, role: Role = Role.ADMIN
) -> ImportOutcome:
    metadata = api_key_metadata(services.signer, tenant, role)
    method = services.profile.ImportCandidates if kind is ImportKind.CANDIDATES else services.positions.ImportPositions
    return await import_rows(
        kind, read_rows(path), lambda requests: method(requests, metadata=metadata, timeout=60), dry_run=dry_run
    )


def problems_of(outcome: ImportOutcome) -> list[tuple[int, str, str]]:
    return [(p.line, p.external_id, p.field) for p in outcome.problems()]


def stored(infra, mongo_db: str, collection: str, tenant: str) -> int:
    client: MongoClient = MongoClient(infra.mongo_uri, serverSelectionTimeoutMS=3000)
    try:
        return client[mongo_db][collection].count_documents({"tenant_id": tenant})
    finally:
        client.close()


async def test_candidates_in_english_csv_and_chinese_xlsx_are_created_once_and_bad_rows_reported(
    services, infra, tenant, tmp_path
):
    english = tmp_path / "candidates.csv"
    english.write_text(CANDIDATES_EN_CSV, encoding="utf-8")
    chinese = tmp_path / "候选人.xlsx"
    workbook = Workbook()
    for row in CANDIDATES_ZH_ROWS:
        workbook.active.append(row)
    workbook.save(chinese)

    for attempt in ("first", "second"):
        en = await run_import(services, tenant, ImportKind.CANDIDATES, english)
        zh = await run_import(services, tenant, ImportKind.CANDIDATES, chinese)

        assert problems_of(en) == CANDIDATES_EN_PROBLEMS, attempt
        assert problems_of(zh) == CANDIDATES_ZH_PROBLEMS, attempt
        good = (en.report.created + en.report.unchanged, zh.report.created + zh.report.unchanged)
        assert good == (2, 2), attempt
        if attempt == "first":
            assert (en.report.created, zh.report.created) == (2, 2)
            first_ids = {r.external_id: r.id for r in [*en.report.results, *zh.report.results] if r.id}
        else:
            # A re-run changes nothing: every good row is found under its external id.
            assert (en.report.created, zh.report.created) == (0, 0)
            assert {r.external_id: r.id for r in [*en.report.results, *zh.report.results] if r.id} == first_ids
        assert stored(infra, services.mongo_db, "profile_candidates", tenant) == 4

    # Both languages' messages name what is wrong.
    [email_problem] = [p for p in en.problems() if p.field == "email"]
    assert "not a valid address" in email_problem.en and "email" in email_problem.zh
    [consent_problem] = [p for p in en.problems() if p.field == "consent_ai_scoring"]
    assert "yes or no" in consent_problem.en and "是" in consent_problem.zh


async def test_positions_in_chinese_are_validated_by_the_domain_and_created_once(services, infra, tenant, tmp_path):
    path = tmp_path / "职位.csv"
    path.write_text(POSITIONS_ZH_CSV, encoding="utf-8")

    first = await run_import(services, tenant, ImportKind.POSITIONS, path)
    second = await run_import(services, tenant, ImportKind.POSITIONS, path)

    assert problems_of(first) == POSITIONS_ZH_PROBLEMS == problems_of(second)
    assert (first.report.created, second.report.created, second.report.unchanged) == (2, 0, 2)
    assert stored(infra, services.mongo_db, "question_gen_positions", tenant) == 2


async def test_a_dry_run_reports_everything_and_stores_nothing(services, infra, tenant, tmp_path):
    path = tmp_path / "candidates.csv"
    path.write_text(CANDIDATES_EN_CSV, encoding="utf-8")

    outcome = await run_import(services, tenant, ImportKind.CANDIDATES, path, dry_run=True)

    assert outcome.report.dry_run and outcome.report.created == 2
    assert problems_of(outcome) == CANDIDATES_EN_PROBLEMS
    assert stored(infra, services.mongo_db, "profile_candidates", tenant) == 0


async def test_a_recruiter_may_import_and_another_service_may_not(services, tenant, tmp_path):
    path = tmp_path / "one.csv"
    path.write_text("external_id,name,language\nr-1,Lin,zh\n", encoding="utf-8")

    outcome = await run_import(services, tenant, ImportKind.CANDIDATES, path, role=Role.RECRUITER)

    assert outcome.report.created == 1
    with pytest.raises(grpc.aio.AioRpcError) as refused:
        await run_import(services, tenant, ImportKind.CANDIDATES, path, role=Role.SERVICE)
    assert refused.value.code() == grpc.StatusCode.PERMISSION_DENIED


async def test_the_wendu_import_command_prints_each_bad_row_and_exits_1(services, tenant, tmp_path):
    path = tmp_path / "candidates.csv"
    path.write_text(CANDIDATES_EN_CSV, encoding="utf-8")
    env = {
        "WENDU_PROFILE_ADDR": services.profile_address,
        "WENDU_API_KEY": services.signer.mint_api_key(tenant, [Role.ADMIN], subject="cli-test"),
        "COLUMNS": "200",
    }
    runner = CliRunner()

    # The command runs its own event loop: in a thread, so this one keeps serving the services.
    result = await asyncio.to_thread(
        runner.invoke, app, ["import", "candidates", str(path), "--language", "zh"], env=env
    )

    assert result.exit_code == 1, result.output
    for line, external_id, field in CANDIDATES_EN_PROBLEMS:
        assert re.search(rf"│ {line}\s+│ {re.escape(external_id)}\s*│ {field}", result.output), (line, result.output)
    assert "7 rows: 2 created, 0 unchanged (imported before), 5 invalid" in result.output
    assert "未导入的行" in result.output
