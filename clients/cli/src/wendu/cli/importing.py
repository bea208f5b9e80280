"""``wendu import positions|candidates FILE``: read a CSV or XLSX file and stream its rows to the service.

Headers and content may be in English or Chinese (``email`` or ``邮箱``, ``en`` or ``英文``, ``yes`` or
``是``). What only the file can get wrong (an unknown yes/no, a number that is not one) is reported
here, by line and column, and the row is not sent; every other check is the service's, which reports
by line and field too. Lines count as in a spreadsheet: the header is line 1.
"""

from __future__ import annotations

import csv
import enum
import io
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wendu.v1 import data_rights_pb2, profile_pb2, question_gen_pb2


class ImportKind(enum.StrEnum):
    POSITIONS = "positions"
    CANDIDATES = "candidates"


# The column each header means; every alias is compared trimmed and case-folded.
HEADER_ALIASES: dict[ImportKind, dict[str, tuple[str, ...]]] = {
    ImportKind.CANDIDATES: {
        "external_id": ("external_id", "external id", "id", "外部编号", "编号"),
        "display_name": ("display_name", "name", "姓名", "名字"),
        "email": ("email", "e-mail", "邮箱", "电子邮箱"),
        "preferred_language": ("preferred_language", "language", "语言", "首选语言"),
        "resume_text": ("resume_text", "resume", "简历"),
        "consent_resume_use": ("consent_resume_use", "同意使用简历"),
        "consent_external_data": ("consent_external_data", "同意使用外部数据"),
        "consent_ai_scoring": ("consent_ai_scoring", "同意ai评分", "同意 ai 评分"),
    },
    ImportKind.POSITIONS: {
        "external_id": ("external_id", "external id", "id", "外部编号", "编号"),
        "title": ("title", "职位", "职位名称"),
        "competencies": ("competencies", "胜任力", "能力"),
        "suggested_minutes_per_answer": ("suggested_minutes_per_answer", "建议每题分钟"),
        "hard_limit_minutes": ("hard_limit_minutes", "时限分钟"),
    },
}
REQUIRED_COLUMNS = ("external_id",)

_TRUE = {"yes", "y", "true", "1", "是", "同意", "√", "✓"}
_FALSE = {"no", "n", "false", "0", "否", "不同意", ""}
_LANGUAGES = {
    "zh": "zh",
    "中文": "zh",
    "汉语": "zh",
    "chinese": "zh",
    "en": "en",
    "英文": "en",
    "英语": "en",
    "english": "en",
}


class FileProblem(ValueError):
    """The file as a whole cannot be imported (unknown format, no external id column)."""


@dataclass(frozen=True)
class LocalProblem:
    line: int
    external_id: str
    field: str
    en: str
    zh: str


@dataclass
class ImportOutcome:
    report: data_rights_pb2.ImportReport
    # Rows the file itself got wrong; they were not sent.
    local_problems: list[LocalProblem] = field(default_factory=list)

    @property
    def invalid(self) -> int:
        return self.report.invalid + len(self.local_problems)

    def problems(self) -> list[LocalProblem]:
        """Every problem, the file's and the service's, by line."""
        remote = [
            LocalProblem(p.line, p.external_id, p.field, p.message.en, p.message.zh) for p in self.report.problems
        ]
        return sorted([*remote, *self.local_problems], key=lambda p: (p.line, p.field))


def read_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """(line, cells) of every row of a .csv or .xlsx file, the header first; blank rows skipped."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        yield from _csv_rows(path.read_bytes())
    elif suffix in (".xlsx", ".xlsm"):
        yield from _xlsx_rows(path)
    else:
        raise FileProblem(f"{path.name}: only .csv and .xlsx files can be imported")


def _csv_rows(raw: bytes) -> Iterator[tuple[int, list[str]]]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")  # Excel on a Chinese Windows saves CSV so
    for line, cells in enumerate(csv.reader(io.StringIO(text, newline="")), start=1):
        if any(cell.strip() for cell in cells):
            yield line, cells


def _xlsx_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    from openpyxl import load_workbook  # imported here: only XLSX imports pay for it

    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        for line, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = ["" if v is None else _cell_text(v) for v in values]
            if any(cell.strip() for cell in cells):
                yield line, cells
    finally:
        workbook.close()


def _cell_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def column_map(kind: ImportKind, header: list[str]) -> dict[str, int]:
    """Column name -> index; FileProblem when a required column is missing or one appears twice."""
    aliases = {alias.casefold(): name for name, names in HEADER_ALIASES[kind].items() for alias in names}
    columns: dict[str, int] = {}
    for index, title in enumerate(header):
        name = aliases.get(title.strip().casefold())
        if name is None:
            continue
        if name in columns:
            raise FileProblem(f"column {name!r} appears twice in the header")
        columns[name] = index
    missing = [name for name in REQUIRED_COLUMNS if name not in columns]
    if missing:
        raise FileProblem(f"the header has no {', '.join(missing)} column (外部编号)")
    return columns


class _Cells:
    def __init__(self, line: int, cells: list[str], columns: dict[str, int]) -> None:
        self.line = line
        self._cells = cells
        self._columns = columns

    def text(self, name: str) -> str:
        index = self._columns.get(name)
        return self._cells[index].strip() if index is not None and index < len(self._cells) else ""

    def flag(self, name: str) -> bool:
        value = self.text(name).casefold()
        if value in _TRUE:
            return True
        if value in _FALSE:
            return False
        raise _CellProblem(name, f"must be yes or no, got {value[:24]!r}", f"应为“是”或“否”，实际为 {value[:24]!r}")

    def whole_number(self, name: str) -> int:
        value = self.text(name) or "0"
        if not value.isdigit():
            raise _CellProblem(name, f"must be a whole number, got {value[:24]!r}", f"应为整数，实际为 {value[:24]!r}")
        return int(value)


class _CellProblem(ValueError):
    def __init__(self, column: str, en: str, zh: str) -> None:
        super().__init__(en)
        self.column, self.en, self.zh = column, en, zh


def _candidate_request(cells: _Cells) -> profile_pb2.ImportCandidatesRequest:
    language = cells.text("preferred_language")
    return profile_pb2.ImportCandidatesRequest(
        row=profile_pb2.CandidateImportRow(
            line=cells.line,
            external_id=cells.text("external_id"),
            display_name=cells.text("display_name"),
            email=cells.text("email"),
            # An unknown language goes as written: the service names the field.
            preferred_language=_LANGUAGES.get(language.casefold(), language),
            resume_text=cells.text("resume_text"),
            consents=profile_pb2.Consents(
                resume_use=cells.flag("consent_resume_use"),
                external_data=cells.flag("consent_external_data"),
                ai_scoring=cells.flag("consent_ai_scoring"),
            ),
        )
    )


def _position_request(cells: _Cells) -> question_gen_pb2.ImportPositionsRequest:
    return question_gen_pb2.ImportPositionsRequest(
        row=question_gen_pb2.PositionImportRow(
            line=cells.line,
            external_id=cells.text("external_id"),
            title=cells.text("title"),
            competencies=cells.text("competencies"),
            suggested_minutes_per_answer=cells.whole_number("suggested_minutes_per_answer"),
            hard_limit_minutes=cells.whole_number("hard_limit_minutes"),
        )
    )


_REQUEST_OF_ROW: dict[ImportKind, Callable[[_Cells], Any]] = {
    ImportKind.CANDIDATES: _candidate_request,
    ImportKind.POSITIONS: _position_request,
}
_OPTIONS_REQUEST: dict[ImportKind, Callable[[data_rights_pb2.ImportOptions], Any]] = {
    ImportKind.CANDIDATES: lambda options: profile_pb2.ImportCandidatesRequest(options=options),
    ImportKind.POSITIONS: lambda options: question_gen_pb2.ImportPositionsRequest(options=options),
}

# The stub's client-streaming method, with the caller's metadata bound.
SendStream = Callable[[AsyncIterator[Any]], Awaitable[data_rights_pb2.ImportReport]]


async def import_rows(
    kind: ImportKind,
    rows: Iterable[tuple[int, list[str]]],
    send: SendStream,
    *,
    dry_run: bool = False,
    on_row: Callable[[], None] | None = None,
) -> ImportOutcome:
    """Stream ``rows`` (the header first) to the service; ``on_row`` is called as each row is read."""
    iterator = iter(rows)
    header = next(iterator, None)
    if header is None:
        raise FileProblem("the file is empty")
    columns = column_map(kind, header[1])
    local: list[LocalProblem] = []
    to_request = _REQUEST_OF_ROW[kind]

    async def requests() -> AsyncIterator[Any]:
        yield _OPTIONS_REQUEST[kind](data_rights_pb2.ImportOptions(dry_run=dry_run))
        for line, cells in iterator:
            row = _Cells(line, cells, columns)
            try:
                request = to_request(row)
            except _CellProblem as problem:
                local.append(LocalProblem(line, row.text("external_id"), problem.column, problem.en, problem.zh))
                request = None
            if on_row is not None:
                on_row()
            if request is not None:
                yield request

    report = await send(requests())
    return ImportOutcome(report, local)


def count_rows(path: Path) -> int:
    """Data rows of the file (for the progress bar's total)."""
    return max(0, sum(1 for _ in read_rows(path)) - 1)
