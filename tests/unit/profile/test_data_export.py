"""Profile's part of a candidate's data export: its own records decrypted, the others' slices, a zh/en summary."""

from __future__ import annotations

import json

import pytest
from wendu.core import audit, topics
from wendu.core.auth import Principal, Role
from wendu.core.data_export import EXPORT_FORMAT, jsonable
from wendu.core.errors import NotFound
from wendu.profile.domain.model import Consents, Language, NewCandidate


async def test_the_export_holds_profile_records_and_every_slice_with_a_summary_in_both_languages(
    handlers, exporter, data_sources
):
    candidate = await handlers.create_candidate(
        "acme",
        NewCandidate(
            display_name="Wang Fang",
            email="wang.fang@example.com",
            preferred_language=Language.ZH,
            resume_text="",
            consents=Consents(ai_scoring=True),
        ),
    )
    data_sources.slices = {"scoring": {"scoring_answer_scores": [{"answer_id": "a1"}, {"answer_id": "a2"}]}}

    admin = Principal("acme", frozenset({Role.ADMIN}), "admin-3")
    export = await exporter.export(admin, candidate.candidate_id)

    document = export.document
    assert document["format"] == EXPORT_FORMAT
    [registered] = document["services"]["profile"]["profile_candidates"]
    # Decrypted: the candidate asked for their data, not for ciphertext.
    assert registered["email"] == "wang.fang@example.com"
    assert document["services"]["scoring"]["scoring_answer_scores"] == [{"answer_id": "a1"}, {"answer_id": "a2"}]
    assert json.loads(json.dumps(document)) == document
    assert "2 × the scores of your answers" in export.summary.en
    assert "2 条您回答的评分" in export.summary.zh


async def test_each_export_is_recorded_as_a_data_access_naming_who_asked_whose_data_and_when(
    handlers, exporter, publisher
):
    candidate = await handlers.create_candidate(
        "acme",
        NewCandidate(
            display_name="Ada",
            email="ada@example.com",
            preferred_language=Language.EN,
            resume_text="",
            consents=Consents(ai_scoring=True),
        ),
    )
    admin = Principal("acme", frozenset({Role.ADMIN}), "admin-3")
    await exporter.export(admin, candidate.candidate_id)
    await exporter.export(admin, candidate.candidate_id)

    accesses = [p for p in publisher.sent if p.topic == topics.DECISION_AUDIT]
    assert len(accesses) == 2  # two reads, two records
    first = accesses[0].event
    assert first.kind == audit.DATA_ACCESS and accesses[0].key == candidate.candidate_id
    assert (first.actor, list(first.actor_roles), first.decided_by) == ("admin-3", ["admin"], "profile")
    assert (first.meta.tenant_id, first.meta.candidate_id) == ("acme", candidate.candidate_id)
    assert first.decision.startswith("ExportCandidateData") and first.meta.HasField("occurred_at")
    assert accesses[0].event.meta.event_id != accesses[1].event.meta.event_id


async def test_an_unknown_candidate_is_not_found(exporter):
    with pytest.raises(NotFound):
        await exporter.export(Principal("acme", frozenset({Role.ADMIN}), "admin-3"), "nobody")


def test_binary_fields_are_decoded_or_kept_as_base64():
    record = jsonable({"payload": b"\x00\x01", "event": b"x"}, {"event": lambda raw: {"decoded": raw.decode()}})
    assert record == {"payload": {"base64": "AAE="}, "event": {"decoded": "x"}}
