"""The interview guide as one self-contained HTML page: inline CSS, no scripts, no external requests.

It reads well on a phone, uses the guide's language for every label, and escapes every value that
comes from data (the position title above all). Each dimension row carries ``data-competency`` and
``data-weight`` so that a browser test can check the weights shown against the position's.
"""

from __future__ import annotations

from html import escape

from wendu.training.domain.guide import GuideDimension, GuideItem, InterviewGuide
from wendu.training.domain.model import Language, LocalizedText

CONTENT_TYPE = "text/html; charset=utf-8"

LABELS: dict[str, LocalizedText] = {
    "title": LocalizedText(zh="面试指南", en="Interview guide"),
    "process": LocalizedText(zh="面试流程", en="How the interview works"),
    "duration": LocalizedText(zh="时间", en="Time"),
    "dimensions": LocalizedText(zh="评分维度与权重", en="What you are scored on, and the weights"),
    "weight": LocalizedText(zh="权重", en="Weight"),
    "meaning": LocalizedText(zh="含义", en="What it means"),
    "strong": LocalizedText(zh="优秀回答的样子", en="What a strong answer shows"),
    "example": LocalizedText(zh="STAR 示例", en="A STAR example"),
    "situation": LocalizedText(zh="情境", en="Situation"),
    "task": LocalizedText(zh="任务", en="Task"),
    "action": LocalizedText(zh="行动", en="Action"),
    "result": LocalizedText(zh="结果", en="Result"),
    "star": LocalizedText(zh="如何回答", en="How to answer"),
    "choices": LocalizedText(zh="你可以选择", en="What you can choose"),
    "data_use": LocalizedText(zh="你的数据如何被使用", en="How your data is used"),
}

_CSS = """
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;
color:#1f2933;background:#f5f7fa;line-height:1.55}
main{max-width:720px;margin:0 auto;padding:16px}
h1{font-size:1.4rem;margin:.5rem 0}
h2{font-size:1.1rem;margin:1.5rem 0 .5rem}
h3{font-size:1rem;margin:0}
.card{background:#fff;border-radius:12px;padding:16px;margin:12px 0;box-shadow:0 1px 3px rgba(0,0,0,.08)}
.row{display:flex;justify-content:space-between;align-items:baseline;gap:8px}
.weight{font-size:1.3rem;font-weight:700;color:#0b7285;white-space:nowrap}
.bar{height:8px;background:#e4e7eb;border-radius:4px;overflow:hidden;margin:6px 0 10px}
.bar span{display:block;height:100%;background:#0b7285}
.muted{color:#616e7c;font-size:.9rem}
ol,ul{padding-left:1.2rem}
li{margin:4px 0}
dl{margin:8px 0 0;display:grid;grid-template-columns:max-content 1fr;gap:2px 10px}
dt{font-weight:600;color:#3e4c59}
dd{margin:0}
.note{background:#e3fafc;border-left:4px solid #0b7285;padding:8px 12px;border-radius:6px}
"""


def _label(key: str, language: Language) -> str:
    return escape(LABELS[key].in_language(language))


def _dimension(dimension: GuideDimension, language: Language) -> str:
    example = dimension.example
    parts = "".join(
        f"<dt>{_label(key, language)}</dt><dd>{escape(text)}</dd>"
        for key, text in (
            ("situation", example.situation),
            ("task", example.task),
            ("action", example.action),
            ("result", example.result),
        )
    )
    meaning = f"<p><b>{_label('meaning', language)}</b>: {escape(dimension.meaning)}</p>" if dimension.meaning else ""
    strong = (
        f"<p><b>{_label('strong', language)}</b>: {escape(dimension.strong_answer)}</p>"
        if dimension.strong_answer
        else ""
    )
    return (
        f'<section class="card dimension" data-competency="{escape(dimension.competency_id)}" '
        f'data-weight="{dimension.weight_percent}">'
        f'<div class="row"><h3 class="name">{escape(dimension.name)}</h3>'
        f'<span class="weight" aria-label="{_label("weight", language)}">{dimension.weight_percent}%</span></div>'
        f'<div class="bar"><span style="width:{dimension.weight_percent}%"></span></div>'
        f"{meaning}{strong}"
        f'<p class="muted">{_label("example", language)}</p><dl>{parts}</dl>'
        "</section>"
    )


def _items(items: tuple[GuideItem, ...]) -> str:
    rows = "".join(
        f'<li data-item="{escape(i.item_id)}"><b>{escape(i.title)}</b>: {escape(i.detail)}</li>' for i in items
    )
    return f"<ul>{rows}</ul>"


def render_guide_html(guide: InterviewGuide) -> str:
    """The guide as a complete HTML document in its own language."""
    language = guide.language
    steps = "".join(
        f'<li><b>{escape(s.title)}</b><br><span class="muted">{escape(s.detail)}</span></li>' for s in guide.steps
    )
    dimensions = "".join(_dimension(d, language) for d in guide.dimensions)
    title = f"{LABELS['title'].in_language(language)} · {guide.position_title}"
    return (
        "<!doctype html>"
        f'<html lang="{"zh-CN" if language is Language.ZH else "en"}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body><main>"
        f'<h1>{_label("title", language)}</h1><p class="muted">{escape(guide.position_title)}</p>'
        f'<h2>{_label("process", language)}</h2><div class="card"><ol>{steps}</ol>'
        f'<p class="note"><b>{_label("duration", language)}</b>: {escape(guide.timing_note)}</p></div>'
        f"<h2>{_label('dimensions', language)}</h2>{dimensions}"
        f'<h2>{_label("star", language)}</h2><div class="card"><p>{escape(guide.star_method)}</p></div>'
        f'<h2>{_label("choices", language)}</h2><div class="card">{_items(guide.choices)}</div>'
        f'<h2>{_label("data_use", language)}</h2><div class="card">{_items(guide.data_use)}</div>'
        "</main></body></html>"
    )
