"""Reading uploaded résumé files: supported types, encodings, and unreadable files named as such."""

from __future__ import annotations

import io

import docx
import pytest
from wendu.core.errors import InvalidArgument
from wendu.profile.adapters.resume_files import read_resume_text
from wendu.profile.domain.model import ResumeMediaType, parse_resume_media_type, validate_resume_file


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("text/plain", ResumeMediaType.TEXT),
        ("text/plain; charset=utf-8", ResumeMediaType.TEXT),
        ("Application/PDF", ResumeMediaType.PDF),
        ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ResumeMediaType.DOCX),
    ],
)
def test_supported_media_types_are_recognised(raw, expected):
    assert parse_resume_media_type(raw) is expected


@pytest.mark.parametrize("raw", ["", "application/msword", "image/png", "text/html"])
def test_an_unsupported_media_type_is_invalid_argument_naming_the_field(raw):
    with pytest.raises(InvalidArgument) as raised:
        parse_resume_media_type(raw)
    assert raised.value.field == "media_type"
    assert "application/pdf" in raised.value.message


def test_an_empty_or_oversized_file_is_rejected_naming_content():
    for content in (b"", b"x" * (5 * 1024 * 1024 + 1)):
        with pytest.raises(InvalidArgument) as raised:
            validate_resume_file(content)
        assert raised.value.field == "content"


@pytest.mark.parametrize(
    ("content", "media_type"),
    [
        (b"%PDF-1.7\nthis is not really a pdf", ResumeMediaType.PDF),
        (b"plain words, not a PDF", ResumeMediaType.PDF),
        (b"PK\x03\x04 broken zip", ResumeMediaType.DOCX),
        (b"just some text", ResumeMediaType.DOCX),
        (b"\x80\x81\xfe\xff\x00garbage\xff", ResumeMediaType.TEXT),
        (b"   \n\t  ", ResumeMediaType.TEXT),
        # A UTF-16 byte-order mark, then bytes that are not UTF-16 (was INTERNAL, issue 14).
        (b"\xff\xfeL\x00i\x00\xd8", ResumeMediaType.TEXT),
        (b"\xfe\xff\xd8\x00", ResumeMediaType.TEXT),
    ],
)
def test_an_unreadable_file_is_invalid_argument_naming_content(content, media_type):
    with pytest.raises(InvalidArgument) as raised:
        read_resume_text(content, media_type)
    assert raised.value.field == "content"


def test_chinese_text_in_gb18030_and_utf16_is_read():
    text = "工作经历\n2019.03 - 至今  美团  数据分析师"
    assert read_resume_text(text.encode("gb18030"), ResumeMediaType.TEXT) == text
    assert read_resume_text(text.encode("utf-16"), ResumeMediaType.TEXT) == text


def test_docx_tables_and_list_bullets_are_read_in_document_order():
    document = docx.Document()
    document.add_paragraph("工作经历")
    row = document.add_table(rows=1, cols=3).rows[0]
    for cell, value in zip(row.cells, ["2019.03 - 至今", "美团", "数据分析师"], strict=True):
        cell.text = value
    document.add_paragraph("负责A/B测试平台", style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)

    text = read_resume_text(buffer.getvalue(), ResumeMediaType.DOCX)

    assert text.splitlines() == ["工作经历", "2019.03 - 至今  美团  数据分析师", "- 负责A/B测试平台"]
