"""A stand-in question-gen for services tested alone: its InterviewService answers GetInterview with
the end a test set, and NOT_FOUND for other interviews (the candidate-token bound then lets the call
through). Real gRPC, so the service under test asks it as it asks question-gen in production."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from datetime import datetime

import grpc
from wendu.core.auth import TokenSigner, token_from_metadata
from wendu.core.codec import to_timestamp
from wendu.v1 import question_gen_pb2, question_gen_pb2_grpc


class InterviewEndsForTests(question_gen_pb2_grpc.InterviewServiceServicer):
    def __init__(self, signer: TokenSigner) -> None:
        self._signer = signer
        self.ended: dict[tuple[str, str], datetime] = {}
        self.asked = 0

    def end(self, tenant_id: str, interview_id: str, at: datetime) -> None:
        self.ended[(tenant_id, interview_id)] = at

    async def GetInterview(
        self, request: question_gen_pb2.GetInterviewRequest, context: grpc.aio.ServicerContext
    ) -> question_gen_pb2.Interview:
        self.asked += 1
        principal = self._signer.verify(token_from_metadata(context.invocation_metadata()))
        ended_at = self.ended.get((principal.tenant_id, request.interview_id))
        if ended_at is None:
            await context.abort(grpc.StatusCode.NOT_FOUND, f"interview not found: {request.interview_id}")
        return question_gen_pb2.Interview(interview_id=request.interview_id, completed_at=to_timestamp(ended_at))


@contextlib.asynccontextmanager
async def question_gen_for_tests(signer: TokenSigner) -> AsyncIterator[tuple[str, InterviewEndsForTests]]:
    """(address, servicer) of a running stand-in question-gen."""
    servicer = InterviewEndsForTests(signer)
    server = grpc.aio.server()
    question_gen_pb2_grpc.add_InterviewServiceServicer_to_server(servicer, server)
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    try:
        yield f"127.0.0.1:{port}", servicer
    finally:
        await server.stop(None)
