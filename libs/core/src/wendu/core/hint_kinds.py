"""The proto ``HintKind`` of a hint code, for the services that put hints on the wire."""

from __future__ import annotations

from wendu.v1 import common_pb2


def hint_kind_to_proto(code: str) -> common_pb2.HintKind.ValueType:
    """The proto kind of a hint code ("add_result"); UNSPECIFIED for a code from before the enum."""
    try:
        return common_pb2.HintKind.Value(f"HINT_KIND_{code.upper()}")
    except ValueError:
        return common_pb2.HINT_KIND_UNSPECIFIED
