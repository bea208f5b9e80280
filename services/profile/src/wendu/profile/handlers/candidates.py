"""Use cases on candidates: register one, import a résumé, change consents, link external data, read
the candidate, its profile and its interview history."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime

from wendu.core.bus import Publisher
from wendu.core.errors import InvalidArgument, NotFound
from wendu.profile.domain.model import (
    MAX_RESUME_CHARS,
    Candidate,
    Consents,
    HistoryEntry,
    NewCandidate,
    Profile,
    Purpose,
    ResumeFacts,
    build_profile,
    parse_resume_media_type,
    require_consent,
    validate_external_profile,
    validate_resume_file,
    visible_history,
    withdrawn_purposes,
)
from wendu.profile.domain.resume import extract_resume
from wendu.profile.handlers.notifications import (
    REASON_CONSENT_CHANGED,
    REASON_CREATED,
    REASON_EXTERNAL_PROFILE_LINKED,
    REASON_RESUME_IMPORTED,
    announce_profile_updated,
    new_id,
    utc_now,
)
from wendu.profile.handlers.ports import (
    AssessmentRepository,
    CandidateRepository,
    ExternalProfileRepository,
    HistoryRepository,
    ResumeReader,
)
from wendu.profile.handlers.self_identification import SelfIdentificationHandlers


class CandidateHandlers:
    """The service layer behind ProfileService. Every call is scoped to one tenant."""

    def __init__(
        self,
        candidates: CandidateRepository,
        history: HistoryRepository,
        publisher: Publisher,
        *,
        assessments: AssessmentRepository,
        external_profiles: ExternalProfileRepository,
        read_resume: ResumeReader,
        self_identification: SelfIdentificationHandlers,
        extract: Callable[[str], ResumeFacts] = extract_resume,
        clock: Callable[[], datetime] = utc_now,
        make_id: Callable[[], str] = new_id,
    ) -> None:
        self._candidates = candidates
        self._history = history
        self._publisher = publisher
        self._assessments = assessments
        self._external_profiles = external_profiles
        self._read_resume = read_resume
        self._self_identification = self_identification
        self._extract = extract
        self._clock = clock
        self._make_id = make_id

    async def create_candidate(self, tenant_id: str, request: NewCandidate) -> Candidate:
        """Register a candidate and announce it. The same idempotency key returns the same candidate."""
        request = request.validated()
        key = request.idempotency_key
        existing = await self._candidates.find_by_idempotency_key(tenant_id, key) if key else None
        return await self.register_new(tenant_id, request) if existing is None else await self._announced(existing)

    async def register_new(self, tenant_id: str, request: NewCandidate) -> Candidate:
        """Register a candidate whose idempotency key the caller found unused (bulk import looks up a
        whole batch at once); a concurrent insert of the same key still yields the stored candidate."""
        request = request.validated()
        candidate = Candidate.register(
            request,
            tenant_id=tenant_id,
            candidate_id=self._make_id(),
            created_at=self._clock(),
            created_event_id=self._make_id(),
            extract=self._extract,
        )
        # A concurrent request with the same key may win the insert; then its candidate is ours.
        existing = await self._candidates.add(candidate)
        return await self._announced(existing)

    async def _announced(self, existing: Candidate) -> Candidate:
        # Announced on every call, under the id stored with the candidate: a retry after a crash
        # between storing and publishing heals, and consumers drop the duplicate.
        await announce_profile_updated(
            self._publisher,
            self._history,
            tenant_id=existing.tenant_id,
            candidate_id=existing.candidate_id,
            reason=REASON_CREATED,
            event_id=existing.created_event_id,
        )
        return existing

    async def get_candidate(self, tenant_id: str, candidate_id: str) -> Candidate:
        candidate = await self._candidates.get(tenant_id, candidate_id)
        if candidate is None:
            # The same answer whether the id does not exist or belongs to another tenant.
            raise NotFound("candidate", candidate_id)
        return candidate

    async def get_profile(self, tenant_id: str, candidate_id: str) -> Profile:
        return await self._profile_of(await self.get_candidate(tenant_id, candidate_id))

    async def import_resume(self, tenant_id: str, candidate_id: str, content: bytes, media_type: str) -> Profile:
        """Read an uploaded résumé (text, PDF or DOCX), replace the candidate's résumé with it and
        announce the change. Needs consent to résumé use."""
        parsed_type = parse_resume_media_type(media_type)
        validate_resume_file(content)
        candidate = await self.get_candidate(tenant_id, candidate_id)
        # Checked before the file is read: without consent the résumé is not even parsed.
        require_consent(candidate.consents, Purpose.RESUME_USE)
        # Parsing a PDF takes a CPU-second or more: off the event loop, so other calls keep flowing.
        text = (await asyncio.to_thread(self._read_resume, content, parsed_type)).strip()
        if len(text) > MAX_RESUME_CHARS:
            raise InvalidArgument("content", f"holds more than {MAX_RESUME_CHARS} characters of text")
        updated = candidate.with_resume(text, await asyncio.to_thread(self._extract, text))
        await self._candidates.save(updated)
        await self._announce(updated, REASON_RESUME_IMPORTED)
        return await self._profile_of(updated)

    async def update_consents(self, tenant_id: str, candidate_id: str, consents: Consents) -> Candidate:
        """Record the candidate's consents. Withdrawing a purpose deletes the data held for it."""
        candidate = await self.get_candidate(tenant_id, candidate_id)
        withdrawn = withdrawn_purposes(candidate.consents, consents)
        updated = candidate.with_consents(consents)
        await self._candidates.save(updated)
        if Purpose.EXTERNAL_DATA in withdrawn:
            await self._external_profiles.delete_for_candidate(tenant_id, candidate_id)
        if Purpose.SELF_IDENTIFICATION in withdrawn:
            await self._self_identification.consent_withdrawn(tenant_id, candidate_id)
        if consents != candidate.consents:
            await self._announce(updated, REASON_CONSENT_CHANGED)
        return updated

    async def link_external_profile(
        self, tenant_id: str, candidate_id: str, *, kind: str, url: str, title: str
    ) -> Profile:
        """Link authorised external data (a portfolio, a code host, a social profile). Needs consent
        to external data; the same URL twice is linked once."""
        link = validate_external_profile(kind, url, title, linked_at=self._clock())
        candidate = await self.get_candidate(tenant_id, candidate_id)
        require_consent(candidate.consents, Purpose.EXTERNAL_DATA)
        linked = await self._external_profiles.list_for_candidate(tenant_id, candidate_id)
        if all(existing.url != link.url for existing in linked):
            await self._external_profiles.add(tenant_id, candidate_id, link)
            await self._announce(candidate, REASON_EXTERNAL_PROFILE_LINKED)
        return await self._profile_of(candidate)

    async def _profile_of(self, candidate: Candidate) -> Profile:
        tenant_id, candidate_id = candidate.tenant_id, candidate.candidate_id
        return build_profile(
            candidate,
            await self._history.list_for_candidate(tenant_id, candidate_id),
            await self._assessments.list_for_candidate(tenant_id, candidate_id),
            # Not even read without consent.
            await self._external_profiles.list_for_candidate(tenant_id, candidate_id)
            if candidate.consents.external_data
            else (),
        )

    async def _announce(self, candidate: Candidate, reason: str) -> None:
        await announce_profile_updated(
            self._publisher,
            self._history,
            tenant_id=candidate.tenant_id,
            candidate_id=candidate.candidate_id,
            reason=reason,
            event_id=self._make_id(),
        )

    async def list_history(self, tenant_id: str, candidate_id: str, *, include_practice: bool) -> list[HistoryEntry]:
        """The candidate's interviews, oldest first; practice ones only when ``include_practice``."""
        await self.get_candidate(tenant_id, candidate_id)
        entries = await self._history.list_for_candidate(tenant_id, candidate_id)
        return visible_history(entries, include_practice=include_practice)
