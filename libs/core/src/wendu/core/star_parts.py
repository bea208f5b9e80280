"""STAR parts on the wire: :class:`wendu.core.text.StarPart` as the ``wendu.v1.StarPart`` enum."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from wendu.core.text import StarPart
from wendu.v1 import common_pb2

_TO_PROTO: Mapping[StarPart, common_pb2.StarPart] = {
    StarPart.SITUATION: common_pb2.STAR_PART_SITUATION,
    StarPart.TASK: common_pb2.STAR_PART_TASK,
    StarPart.ACTION: common_pb2.STAR_PART_ACTION,
    StarPart.RESULT: common_pb2.STAR_PART_RESULT,
}
_FROM_PROTO: Mapping[int, StarPart] = {proto: part for part, proto in _TO_PROTO.items()}


def star_part_to_proto(part: StarPart) -> common_pb2.StarPart:
    return _TO_PROTO[part]


def star_parts_from_proto(values: Iterable[int]) -> frozenset[StarPart]:
    """The parts named by ``values``; STAR_PART_UNSPECIFIED and unknown values are skipped."""
    return frozenset(_FROM_PROTO[value] for value in values if value in _FROM_PROTO)
