"""The CLI's side of ``wendu import``: zh/en headers and values, and what only the file can get wrong."""

from __future__ import annotations

import pytest
from wendu.cli.importing import FileProblem, ImportKind, column_map, import_rows
from wendu.v1 import data_rights_pb2, profile_pb2


def test_chinese_and_english_headers_name_the_same_columns():
    english = column_map(ImportKind.CANDIDATES, ["External ID", "Name", "E-mail", "Language"])
    chinese = column_map(ImportKind.CANDIDATES, ["外部编号", "姓名", "邮箱", "语言"])
    assert english == chinese == {"external_id": 0, "display_name": 1, "email": 2, "preferred_language": 3}


def test_a_file_without_an_external_id_column_is_refused():
    with pytest.raises(FileProblem, match="external_id"):
        column_map(ImportKind.POSITIONS, ["title", "competencies"])


async def test_values_in_chinese_are_read_and_an_unreadable_yes_no_is_reported_locally():
    sent: list[profile_pb2.ImportCandidatesRequest] = []

    async def send(requests):
        async for request in requests:
            sent.append(request)
        return data_rights_pb2.ImportReport()

    rows = [
        (1, ["编号", "姓名", "语言", "同意AI评分"]),
        (2, ["z-1", "李娜", "中文", "是"]),
        (3, ["z-2", "王芳", "英文", "也许"]),
    ]
    outcome = await import_rows(ImportKind.CANDIDATES, rows, send, dry_run=True)

    assert sent[0].options.dry_run
    [row] = [request.row for request in sent[1:]]
    assert (row.line, row.preferred_language, row.consents.ai_scoring) == (2, "zh", True)
    [problem] = outcome.problems()
    assert (problem.line, problem.external_id, problem.field) == (3, "z-2", "consent_ai_scoring")
