"""The profile service, over gRPC: where candidate profiles (and consents) come from."""

from __future__ import annotations

import grpc
from wendu.core.errors import NotFound, Unavailable
from wendu.core.service_calls import ServiceChannel
from wendu.core.wire import language_from_proto
from wendu.question_gen.domain.planning import CandidateProfile, WorkRole
from wendu.v1 import profile_pb2, profile_pb2_grpc

PROFILE_TIMEOUT_SECONDS = 3.0
_SIGNAL_PREFIX = "PROFILE_SIGNAL_"


class GrpcProfileGateway:
    """Calls ProfileService.GetProfile with a short-lived service token of the caller's tenant."""

    def __init__(self, profile: ServiceChannel, *, timeout_seconds: float = PROFILE_TIMEOUT_SECONDS) -> None:
        self._profile = profile
        self._timeout = timeout_seconds

    async def get_profile(self, tenant_id: str, candidate_id: str) -> CandidateProfile:
        try:
            profile = await profile_pb2_grpc.ProfileServiceStub(self._profile.channel).GetProfile(
                profile_pb2.GetProfileRequest(candidate_id=candidate_id),
                metadata=self._profile.metadata(tenant_id),
                timeout=self._timeout,
            )
        except grpc.aio.AioRpcError as exc:
            if exc.code() == grpc.StatusCode.NOT_FOUND:
                raise NotFound("candidate", candidate_id) from exc
            raise Unavailable(f"profile service: {exc.code().name}: {exc.details()}") from exc
        return CandidateProfile(
            candidate_id=profile.candidate_id or candidate_id,
            project_names=tuple(profile.project_names),
            notable_project_names=tuple(profile.notable_project_names),
            signals=signal_names(profile),
            asked_question_texts=frozenset(profile.asked_question_texts),
            ai_scoring_consent=profile.consents.ai_scoring,
            experience=tuple(WorkRole(employer=w.employer, role=w.role) for w in profile.experience),
            covered_competency_ids=tuple(profile.covered_competency_ids),
            weak_competency_ids=tuple(profile.weak_competency_ids),
            preferred_language=language_from_proto(profile.preferred_language, default=None),
        )


def signal_names(profile: profile_pb2.Profile) -> frozenset[str]:
    """The profile's signals as planning names them ("founder"), read from the typed ``signal_kinds``.

    A signal this build does not know yet (a newer profile service) is skipped: planning has no
    question for it. A profile service from before the enum sends only the deprecated strings.
    """
    if not profile.signal_kinds:
        return frozenset(profile.signals)
    known = set(profile_pb2.ProfileSignal.values()) - {profile_pb2.PROFILE_SIGNAL_UNSPECIFIED}
    return frozenset(
        profile_pb2.ProfileSignal.Name(kind).removeprefix(_SIGNAL_PREFIX).lower()
        for kind in profile.signal_kinds
        if kind in known
    )
