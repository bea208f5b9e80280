"""The report as a PDF: the same HTML page as ``report_html`` (inline SVG radar included), laid out by WeasyPrint.

WeasyPrint draws text with Pango/HarfBuzz and embeds a subset of each font it used, so the PDF reads
the same everywhere and its text can be searched and copied. The font is named, never left to
fontconfig's fallback (which picks the Japanese glyph forms of Noto CJK for Chinese text without a
language tag): a zh report is set in Debian's Noto Sans CJK SC (apt: fonts-noto-cjk), which has Latin
glyphs too; an en report in DejaVu Sans (apt: fonts-dejavu-core), whose subsets are a fifth the size,
falling back to Noto Sans CJK SC for a quoted Chinese answer.

WeasyPrint loads Pango through cffi at import time. It is imported on first use, not with this
module, so a server without those system libraries still starts and serves the HTML page; only the
PDF call then fails, with FAILED_PRECONDITION saying why.
"""

from __future__ import annotations

import functools
import logging
import re
from types import ModuleType

from wendu.core.errors import FailedPrecondition
from wendu.feedback.domain.model import Language
from wendu.feedback.entrypoints.report_html import render_report_html
from wendu.feedback.handlers.queries import ReportForViewer

CONTENT_TYPE = "application/pdf"
# The page a report renders to is tens of KB; these bounds stop a pathological one from tying up a
# worker thread for long or from exceeding gRPC's default 4 MiB message size.
MAX_HTML_BYTES = 512 * 1024
MAX_PDF_BYTES = 3 * 1024 * 1024
CJK_FONT = "Noto Sans CJK SC"
FONT_FAMILY: dict[Language, str] = {
    Language.ZH: f'"{CJK_FONT}", sans-serif',
    Language.EN: f'"DejaVu Sans", "{CJK_FONT}", sans-serif',
}

# Print adjustments on top of the page's own CSS: a white A4 page, a border instead of the
# screen-only shadow, and page breaks kept out of the small units (a heading and what follows it, a
# competency's name and its bar, one list item) rather than whole cards, which would leave most of
# a page empty before a long one. WeasyPrint applies this as a *user* stylesheet, which loses to the
# page's (author) rules unless marked !important.
_PRINT_CSS = """
@page { size: A4; margin: 14mm 13mm; }
html, body { background: #fff !important; }
body { font-size: 10.5pt !important; }
main { max-width: none !important; padding: 0 !important; }
.card { box-shadow: none !important; border: 1px solid #e4e7eb; }
h1, h2, .row { break-after: avoid; }
li, blockquote, .row, .bar { break-inside: avoid; }
.radar { width: 105mm !important; height: 105mm !important; margin: 0 auto !important; }
"""

_UNAVAILABLE = "PDF rendering is not available on this server ({reason}); RenderReport still serves the HTML page"


@functools.cache
def _weasyprint() -> ModuleType | str:
    """The weasyprint module, or why it could not be loaded (missing package or Pango system libraries)."""
    # It logs each layout step at INFO (from its import on): a dozen lines per PDF that tell an
    # operator nothing.
    logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)
    try:
        import weasyprint
    except (ImportError, OSError) as exc:
        return f"{type(exc).__name__}: {exc}"
    return weasyprint


def pdf_available() -> str | None:
    """None when PDFs can be rendered here, else the reason they cannot."""
    loaded = _weasyprint()
    return loaded if isinstance(loaded, str) else None


def filename_for(interview_id: str, language: Language) -> str:
    """A safe file name to save the PDF as: ids are caller-chosen strings, so anything unusual becomes '-'."""
    interview = re.sub(r"[^A-Za-z0-9._-]+", "-", interview_id).strip("-.") or "report"
    return f"wendu-report-{interview[:80]}-{language.value}.pdf"


def html_to_pdf(html: str) -> bytes:
    """Lay out one self-contained page as a PDF. Blocking and CPU-bound: call it off the event loop."""
    loaded = _weasyprint()
    if isinstance(loaded, str):
        raise FailedPrecondition(_UNAVAILABLE.format(reason=loaded))
    size = len(html.encode("utf-8"))
    if size > MAX_HTML_BYTES:
        raise FailedPrecondition(f"report too large to render as PDF ({size} bytes of HTML, at most {MAX_HTML_BYTES})")
    # The page references nothing outside itself; refusing every URL keeps a quote that slipped
    # past escaping from ever making the server fetch a file or a network address.
    no_fetching = loaded.urls.URLFetcher(allowed_protocols=())
    document = loaded.HTML(string=html, url_fetcher=no_fetching, base_url=None)
    pdf: bytes = document.write_pdf(stylesheets=[loaded.CSS(string=_PRINT_CSS, url_fetcher=no_fetching)])
    if len(pdf) > MAX_PDF_BYTES:
        raise FailedPrecondition(f"report too large to send as PDF ({len(pdf)} bytes, at most {MAX_PDF_BYTES})")
    return pdf


def render_report_pdf(result: ReportForViewer) -> bytes:
    """The PDF of one report in its viewer's view and the interview's language."""
    font_family = FONT_FAMILY[result.report.summary.language]
    return html_to_pdf(render_report_html(result, font_family=font_family))
