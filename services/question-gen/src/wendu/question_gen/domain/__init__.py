"""The pure domain of question-gen: competencies, positions, interview plans and the interview state machine.

No I/O, no gRPC, no Mongo: only dataclasses and rules. Errors are the typed ``wendu.core.errors``.
"""
