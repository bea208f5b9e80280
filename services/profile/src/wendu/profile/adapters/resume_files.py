"""Text out of an uploaded résumé: plain text (UTF-8, UTF-16 or GB18030), PDF (pypdf) or DOCX (python-docx).

Only the text layer is read. A scanned PDF without one has no text to give, and is rejected like
any other unreadable file, rather than silently producing an empty profile.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

import docx
from docx.document import Document as DocxDocument
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml.etree import XMLSyntaxError
from pypdf import PdfReader
from pypdf.errors import PyPdfError
from wendu.core.errors import InvalidArgument
from wendu.profile.domain.model import ResumeMediaType

_CONTENT_FIELD = "content"

# CJK fonts share one glyph between a radical and the simplified character it looks like, and a
# PDF's text layer often maps the glyph back to the radical: "长" comes out as "⻓" (U+2ED3), "户"
# as "⼾" (U+2F3E). Unicode normalisation folds most Kangxi radicals, but not these; here they become
# the characters a simplified-Chinese résumé means.
_RADICALS_AS_IDEOGRAPHS = str.maketrans(
    {
        "\u2ea0": "民",
        "\u2ec1": "虎",
        "\u2ec4": "西",
        "\u2ec5": "见",
        "\u2ec6": "角",
        "\u2ec9": "贝",
        "\u2ecb": "车",
        "\u2ed3": "长",
        "\u2ed4": "门",
        "\u2ed8": "青",
        "\u2eda": "页",
        "\u2edb": "风",
        "\u2edc": "飞",
        "\u2edd": "食",
        "\u2ee2": "马",
        "\u2ee3": "骨",
        "\u2ee5": "鱼",
        "\u2ee6": "鸟",
        "\u2ee8": "麦",
        "\u2ee9": "黄",
        "\u2eec": "齐",
        "\u2eee": "齿",
        "\u2ef0": "龙",
        "\u2ef3": "龟",
        "\u2f3e": "户",
    }
)


def read_resume_text(content: bytes, media_type: ResumeMediaType) -> str:
    """The text of ``content``; InvalidArgument naming ``content`` when it is not a readable file of that type."""
    if media_type is ResumeMediaType.TEXT:
        text = _decode_text(content)
    elif media_type is ResumeMediaType.PDF:
        text = _pdf_text(content)
    else:
        text = _docx_text(content)
    if not text.strip():
        raise InvalidArgument(_CONTENT_FIELD, f"the {media_type.label} file contains no text")
    return text


def _decode_text(content: bytes) -> str:
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):
        # A UTF-16 byte-order mark, then bytes that are not UTF-16 (an odd length, a lone surrogate):
        # the caller's file is wrong, not the server (this was INTERNAL, issue 14).
        try:
            return content.decode("utf-16")
        except UnicodeDecodeError:
            raise InvalidArgument(_CONTENT_FIELD, "plain text is not valid UTF-16 after its byte-order mark") from None
    # Chinese résumés written on Windows are often GB18030 (a superset of GBK and GB2312).
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return content.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InvalidArgument(_CONTENT_FIELD, "plain text must be UTF-8, UTF-16 or GB18030")


def _pdf_text(content: bytes) -> str:
    if not content.startswith(b"%PDF-"):
        raise InvalidArgument(_CONTENT_FIELD, "not a PDF file")
    try:
        reader = PdfReader(io.BytesIO(content))
        if reader.is_encrypted:
            raise InvalidArgument(_CONTENT_FIELD, "the PDF is password-protected")
        # Layout mode keeps a line of the page as a line of text, which the extractor reads by line.
        text = "\n".join(page.extract_text(extraction_mode="layout") for page in reader.pages)
    except (PyPdfError, ValueError, KeyError, TypeError) as exc:
        raise InvalidArgument(_CONTENT_FIELD, "the PDF cannot be read") from exc
    return text.translate(_RADICALS_AS_IDEOGRAPHS)


def _docx_text(content: bytes) -> str:
    try:
        document = docx.Document(io.BytesIO(content))
    except (zipfile.BadZipFile, KeyError, ValueError, XMLSyntaxError) as exc:
        raise InvalidArgument(_CONTENT_FIELD, "not a readable DOCX file") from exc
    return "\n".join(_docx_lines(document))


def _docx_lines(document: DocxDocument) -> Iterator[str]:
    """Paragraphs and table rows in document order: résumé templates often lay jobs out in tables."""
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            # A list item's bullet is formatting, not text; written back as "- " the extractor
            # still tells an achievement under a job from the job itself.
            yield f"- {block.text}" if _is_list_item(block) else block.text
        elif isinstance(block, Table):
            for row in block.rows:
                # Merged cells repeat; keep each once, and separate cells like the extractor's columns.
                cells = list(dict.fromkeys(cell.text.strip() for cell in row.cells))
                yield "  ".join(cell for cell in cells if cell)


def _is_list_item(paragraph: Paragraph) -> bool:
    style_name = paragraph.style.name if paragraph.style is not None else ""
    properties = paragraph._p.pPr
    return bool(style_name and style_name.startswith("List")) or (
        properties is not None and properties.numPr is not None
    )
