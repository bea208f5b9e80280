"""Typed stubs of the five services over the channels a test opened, by service name."""

from __future__ import annotations

import grpc
from wendu.v1 import (
    feedback_pb2_grpc,
    profile_pb2_grpc,
    question_gen_pb2_grpc,
    scoring_pb2_grpc,
    training_pb2_grpc,
)


class ServiceStubs:
    """Mixin for a test's view of a running platform: ``channels`` maps a service name to its channel."""

    channels: dict[str, grpc.aio.Channel]

    @property
    def profile(self) -> profile_pb2_grpc.ProfileServiceStub:
        return profile_pb2_grpc.ProfileServiceStub(self.channels["profile"])

    @property
    def positions(self) -> question_gen_pb2_grpc.PositionServiceStub:
        return question_gen_pb2_grpc.PositionServiceStub(self.channels["question-gen"])

    @property
    def interviews(self) -> question_gen_pb2_grpc.InterviewServiceStub:
        return question_gen_pb2_grpc.InterviewServiceStub(self.channels["question-gen"])

    @property
    def scoring(self) -> scoring_pb2_grpc.ScoringServiceStub:
        return scoring_pb2_grpc.ScoringServiceStub(self.channels["scoring"])

    @property
    def feedback(self) -> feedback_pb2_grpc.FeedbackServiceStub:
        return feedback_pb2_grpc.FeedbackServiceStub(self.channels["feedback"])

    @property
    def training(self) -> training_pb2_grpc.TrainingServiceStub:
        return training_pb2_grpc.TrainingServiceStub(self.channels["training"])
