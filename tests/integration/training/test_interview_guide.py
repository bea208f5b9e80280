"""The interview guide through gRPC on the running platform: training reads the position from
question-gen (with a service token) and shows its weights exactly, in zh and en, as data and as HTML
that renders in headless Chromium (tests/browser/render_guide.mjs; setup: ``bash infra/browser.sh``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import grpc
import pytest
from support.browser import render_in_chromium as render_page
from wendu.v1 import common_pb2, question_gen_pb2, training_pb2

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[3]
PHONE_WIDTH = 390

# Uneven weights, so a guide that rounds, rescales or reorders them would show it.
WEIGHTS = {"problem_solving": 37, "communication": 33, "leadership": 18, "data_driven": 12}
LANGUAGES = {"zh": common_pb2.LANGUAGE_ZH, "en": common_pb2.LANGUAGE_EN}


async def create_position(platform, tenant: str, **extra: Any) -> question_gen_pb2.Position:
    return await platform.positions.CreatePosition(
        question_gen_pb2.CreatePositionRequest(
            title="数据产品经理 <Data PM>",
            competencies=[common_pb2.CompetencyWeight(competency_id=c, weight_percent=w) for c, w in WEIGHTS.items()],
            **extra,
        ),
        metadata=platform.admin(tenant),
    )


async def library_names(platform, tenant: str, language: str) -> dict[str, str]:
    listed = await platform.positions.ListCompetencies(
        question_gen_pb2.ListCompetenciesRequest(), metadata=platform.admin(tenant)
    )
    return {c.competency_id: getattr(c.name, language) for c in listed.competencies}


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_the_guide_shows_the_positions_weights_exactly(platform, tenant, language):
    position = await create_position(
        platform, tenant, time_policy=question_gen_pb2.TimePolicy(suggested_minutes_per_answer=5)
    )
    # A candidate reads the guide before the interview, with the token of their invitation.
    candidate = platform.candidate(tenant, "iv-invited", "cand-1")
    guide = await platform.training.GetInterviewGuide(
        training_pb2.GetInterviewGuideRequest(position_id=position.position_id, language=LANGUAGES[language]),
        metadata=candidate,
    )
    names = await library_names(platform, tenant, language)

    assert {d.competency_id: d.weight_percent for d in guide.dimensions} == {
        c.competency_id: c.weight_percent for c in position.competencies
    }
    assert [d.competency_id for d in guide.dimensions] == list(WEIGHTS)  # highest weight first, as asked
    assert [d.name for d in guide.dimensions] == [names[c] for c in WEIGHTS]
    assert all(d.meaning and d.strong_answer and d.example.result for d in guide.dimensions)
    assert guide.position_title == position.title and guide.language == LANGUAGES[language]
    assert guide.planned_questions == len(WEIGHTS) and guide.expected_minutes == 5 * len(WEIGHTS)
    assert guide.pausing_allowed and guide.hard_limit_minutes == 0
    assert {i.item_id for i in guide.choices} >= {"time_slot", "mode", "language", "screen", "hr_chat"}
    assert {i.item_id for i in guide.data_use} >= {"consent", "human_review"}


async def test_a_missing_or_foreign_position_is_not_found(platform, tenant):
    position = await create_position(platform, tenant)
    request = training_pb2.GetInterviewGuideRequest(position_id="no-such-position", language=common_pb2.LANGUAGE_EN)
    with pytest.raises(grpc.aio.AioRpcError) as missing:
        await platform.training.GetInterviewGuide(request, metadata=platform.recruiter(tenant))
    request.position_id = position.position_id
    with pytest.raises(grpc.aio.AioRpcError) as foreign:
        await platform.training.GetInterviewGuide(request, metadata=platform.recruiter(f"{tenant}-other"))
    assert missing.value.code() == grpc.StatusCode.NOT_FOUND
    assert foreign.value.code() == grpc.StatusCode.NOT_FOUND


def render_in_chromium(html_path: Path, png_path: Path) -> dict[str, Any]:
    return render_page("render_guide.mjs", html_path, png_path)


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_the_guide_page_renders_in_chromium_with_every_weight_and_name(platform, tenant, language, tmp_path):
    position = await create_position(platform, tenant)
    rendered = await platform.training.RenderInterviewGuide(
        training_pb2.GetInterviewGuideRequest(position_id=position.position_id, language=LANGUAGES[language]),
        metadata=platform.recruiter(tenant),
    )
    assert rendered.content_type.startswith("text/html")
    html_path = tmp_path / "guide.html"
    html_path.write_text(rendered.html, encoding="utf-8")
    page = render_in_chromium(html_path, tmp_path / "guide.png")
    names = await library_names(platform, tenant, language)

    assert page["lang"] == ("zh-CN" if language == "zh" else "en")
    shown = {d["competencyId"]: d for d in page["dimensions"]}
    assert set(shown) == set(WEIGHTS)
    for competency_id, weight in WEIGHTS.items():
        dimension = shown[competency_id]
        assert dimension["visible"] and dimension["weightVisible"] and dimension["barVisible"], dimension
        assert dimension["shownWeight"] == f"{weight}%" and dimension["dataWeight"] == weight
        assert dimension["name"] == names[competency_id]
        assert abs(dimension["barFraction"] - weight / 100) < 0.01, dimension
        assert names[competency_id] in page["text"] and f"{weight}%" in page["text"]
    # The title is data: it is shown as text, never parsed as markup.
    assert "<Data PM>" in page["text"]
    assert not page["horizontalOverflow"], f"{page['scrollWidth']}px wide on a {PHONE_WIDTH}px phone"
    assert page["requests"] == [page["url"]] and page["scriptCount"] == 0
    assert page["consoleErrors"] == [] and page["pageErrors"] == []
    shot = page["screenshot"]
    assert shot["width"] == PHONE_WIDTH * 2 and shot["distinctColors"] > 50 and shot["inkFraction"] > 0.01, shot
