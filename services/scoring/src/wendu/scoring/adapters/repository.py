"""The store of answer scores: each ScoreReady exactly as published, plus the fields queries need.

Keeping the published bytes lets a redelivered answer re-publish the very same event (same
``meta.event_id``), so downstream consumers deduplicate it.

Handlers await this repository: each public method runs on a worker thread (``off_loop``), so a
database round trip (or, in an outage, the server-selection timeout) never blocks the event loop.
The repository keeps no in-process state, so methods running at once on several threads share nothing.

A score is stored under ``_id`` = :func:`score_key` (tenant, answer, revision): FerretDB v1 pushes
down only a filter on ``_id`` alone and scans the whole collection for any other, so the lookup
before scoring each answer (usually a miss) goes by ``_id`` only.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar, Protocol

from mongoengine import BinaryField, DateTimeField, IntField, StringField
from wendu.core.codec import from_timestamp
from wendu.core.data_export import BinaryDecoder, CandidateRecords, proto_decoder, raw_records
from wendu.core.mongo import TenantDocument, insert_if_new, key_id, off_loop, tenant_document_by_id
from wendu.v1 import common_pb2, events_pb2

# An interview has a handful of answers, each with at most two revisions; this bounds a bad query.
MAX_SCORES_PER_INTERVIEW = 500


class ScoreRepository(Protocol):
    """Scores by tenant; the business key is (tenant_id, answer_id, revision).

    Async: an adapter does its blocking I/O off the event loop (``wendu.core.mongo.off_loop``).
    """

    async def get(self, tenant_id: str, answer_id: str, revision: int) -> events_pb2.ScoreReady | None:
        """The score stored for the answer revision, or None. One cheap read by key."""
        ...

    async def add(self, score: events_pb2.ScoreReady) -> bool:
        """Store ``score``; False (and nothing stored) when its answer revision already has one."""
        ...

    async def list_for_interview(
        self, tenant_id: str, interview_id: str, *, include_practice: bool
    ) -> list[events_pb2.ScoreReady]:
        """The scores of an interview's answers, oldest submission first."""
        ...


def score_key(tenant_id: str, answer_id: str, revision: int) -> str:
    """The ``_id`` of an answer revision's score."""
    return key_id(tenant_id, answer_id, revision)


class AnswerScoreDocument(TenantDocument):
    # score_key(tenant_id, answer_id, revision).
    id = StringField(primary_key=True)
    answer_id = StringField(required=True)
    revision = IntField(required=True, min_value=0)
    interview_id = StringField(default="")
    question_id = StringField(default="")
    candidate_id = StringField(default="")
    interview_kind = IntField(default=common_pb2.INTERVIEW_KIND_UNSPECIFIED)
    event_id = StringField(required=True)
    scorer_name = StringField(default="")
    submitted_at = DateTimeField()
    scored_at = DateTimeField(required=True)
    # The ScoreReady event as published (binary protobuf).
    score_ready = BinaryField(required=True)

    meta: ClassVar[dict[str, Any]] = {
        "collection": "scoring_answer_scores",
        "auto_create_index": True,
        "indexes": [
            {"fields": ["tenant_id", "answer_id", "revision"], "unique": True, "name": "uniq_tenant_answer_revision"},
            {"fields": ["tenant_id", "interview_id"], "name": "by_tenant_interview"},
        ],
    }


def _stored_event(document: AnswerScoreDocument) -> events_pb2.ScoreReady:
    return events_pb2.ScoreReady.FromString(document.score_ready)


class MongoScoreRepository:
    """:class:`ScoreRepository` on the mongoengine connection of the process."""

    @off_loop
    def get(self, tenant_id: str, answer_id: str, revision: int) -> events_pb2.ScoreReady | None:
        return self._get(tenant_id, answer_id, revision)

    @staticmethod
    def _get(tenant_id: str, answer_id: str, revision: int) -> events_pb2.ScoreReady | None:
        document = tenant_document_by_id(
            AnswerScoreDocument, score_key(tenant_id, answer_id, revision), tenant_id, "score_ready"
        )
        return None if document is None else _stored_event(document)

    @off_loop
    def add(self, score: events_pb2.ScoreReady) -> bool:
        meta = score.meta
        document = AnswerScoreDocument(
            id=score_key(meta.tenant_id, score.answer_id, score.revision),
            tenant_id=meta.tenant_id,
            answer_id=score.answer_id,
            revision=score.revision,
            interview_id=meta.interview_id,
            question_id=score.question_id,
            candidate_id=meta.candidate_id,
            interview_kind=meta.interview_kind,
            event_id=meta.event_id,
            scorer_name=score.scorer.name,
            submitted_at=from_timestamp(score.submitted_at),
            scored_at=meta.occurred_at.ToDatetime(),
            score_ready=score.SerializeToString(deterministic=True),
        )
        return insert_if_new(document)

    @off_loop
    def list_for_interview(
        self, tenant_id: str, interview_id: str, *, include_practice: bool
    ) -> list[events_pb2.ScoreReady]:
        query = AnswerScoreDocument.objects(tenant_id=tenant_id, interview_id=interview_id)
        if not include_practice:
            query = query.filter(interview_kind__ne=common_pb2.INTERVIEW_KIND_PRACTICE)
        documents = query.order_by("submitted_at", "revision", "answer_id").only("score_ready")
        return [_stored_event(document) for document in documents.limit(MAX_SCORES_PER_INTERVIEW)]


class MongoCandidateErasure:
    """Deletes an erased candidate's answer scores (the scored answer text and evidence with them)."""

    def erase_candidate(self, tenant_id: str, candidate_id: str, interview_ids: Sequence[str]) -> int:
        """Delete the scores that carry the candidate id, and those of ``interview_ids`` (scores of
        events that lacked it); returns how many were deleted. Repeating it deletes nothing more."""
        removed = int(AnswerScoreDocument.objects(tenant_id=tenant_id, candidate_id=candidate_id).delete())
        if interview_ids:
            query = AnswerScoreDocument.objects(tenant_id=tenant_id, interview_id__in=list(interview_ids))
            removed += int(query.filter(candidate_id__in=["", candidate_id]).delete())
        return removed


class MongoCandidateExport:
    """Reads what erasure would delete: the candidate's answer scores, each with its ScoreReady decoded
    (the answer, the evidence, the scorer and rubric versions)."""

    _DECODERS: ClassVar[dict[str, BinaryDecoder]] = {"score_ready": proto_decoder(events_pb2.ScoreReady)}

    @off_loop
    def export_candidate(self, tenant_id: str, candidate_id: str, interview_ids: Sequence[str]) -> CandidateRecords:
        by_candidate: dict[str, Any] = {"candidate_id": candidate_id}
        if interview_ids:
            # Scores of events that lacked the candidate id, found through profile's history (as erasure does).
            unnamed = {"interview_id": {"$in": list(interview_ids)}, "candidate_id": ""}
            by_candidate = {"$or": [by_candidate, unnamed]}
        collection = AnswerScoreDocument._get_collection()
        found = collection.find({"tenant_id": tenant_id, **by_candidate}).sort("_id", 1)
        return {collection.name: raw_records(found, self._DECODERS)}
