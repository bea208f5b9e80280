"""Use case: a candidate states (or declines to state) their sex and race/ethnicity for adverse-impact
monitoring. It needs its own consent, is stored encrypted with the candidate's key, and is announced
only on the ``self-identification`` topic, whose one reader is insights' monitor."""

from __future__ import annotations

from collections.abc import Callable

from wendu.core import codec, topics
from wendu.core.bus import Publisher
from wendu.core.errors import NotFound
from wendu.profile.domain.model import Purpose, require_consent
from wendu.profile.domain.self_identification import DECLINED, RaceEthnicity, SelfIdentification, Sex
from wendu.profile.handlers.notifications import new_id
from wendu.profile.handlers.ports import CandidateRepository, SelfIdentificationRepository
from wendu.v1 import accountability_pb2

_SEX_TO_PROTO = {
    Sex.MALE: accountability_pb2.SEX_MALE,
    Sex.FEMALE: accountability_pb2.SEX_FEMALE,
}
_RACE_TO_PROTO = {race: accountability_pb2.RaceEthnicity.Value(f"RACE_ETHNICITY_{race.name}") for race in RaceEthnicity}


class SelfIdentificationHandlers:
    def __init__(
        self,
        candidates: CandidateRepository,
        statements: SelfIdentificationRepository,
        publisher: Publisher,
        *,
        make_id: Callable[[], str] = new_id,
    ) -> None:
        self._candidates = candidates
        self._statements = statements
        self._publisher = publisher
        self._make_id = make_id

    async def state(self, tenant_id: str, candidate_id: str, statement: SelfIdentification) -> SelfIdentification:
        """Record the candidate's statement (consent to self_identification needed) or their decline
        (nothing stored: a decline deletes what they had stated). Announced to the monitor either way."""
        statement = statement.validated()
        candidate = await self._candidates.get(tenant_id, candidate_id)
        if candidate is None:
            raise NotFound("candidate", candidate_id)
        if statement.declined:
            await self._statements.delete_for_candidate(tenant_id, candidate_id)
        else:
            require_consent(candidate.consents, Purpose.SELF_IDENTIFICATION)
            await self._statements.put(tenant_id, candidate_id, statement)
        await self._announce(tenant_id, candidate_id, statement, withdrawn=False)
        return statement

    async def consent_withdrawn(self, tenant_id: str, candidate_id: str) -> None:
        """The candidate withdrew the consent: delete what they stated; the monitor counts them unknown."""
        await self._statements.delete_for_candidate(tenant_id, candidate_id)
        await self._announce(tenant_id, candidate_id, DECLINED, withdrawn=True)

    async def _announce(
        self, tenant_id: str, candidate_id: str, statement: SelfIdentification, *, withdrawn: bool
    ) -> None:
        event = accountability_pb2.SelfIdentificationRecorded(
            meta=codec.new_meta(
                accountability_pb2.SelfIdentificationRecorded,
                tenant_id=tenant_id,
                candidate_id=candidate_id,
                event_id=self._make_id(),
            ),
            sex=_SEX_TO_PROTO[statement.sex] if statement.sex else accountability_pb2.SEX_UNSPECIFIED,
            race_ethnicity=_RACE_TO_PROTO[statement.race_ethnicity]
            if statement.race_ethnicity
            else accountability_pb2.RACE_ETHNICITY_UNSPECIFIED,
            declined=statement.declined,
            withdrawn=withdrawn,
        )
        await self._publisher.publish(topics.SELF_IDENTIFICATION, event, key=candidate_id)
