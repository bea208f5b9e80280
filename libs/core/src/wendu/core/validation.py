"""Input hygiene for every request a Wendu service receives, applied by one interceptor.

Every string field of a request, at any depth (nested messages, repeated fields, maps), is checked:

- no NUL and no bidirectional control characters (U+202A-U+202E, U+2066-U+2069), which would let a
  name or an answer display differently from what is stored and scored;
- a non-empty text made only of invisible characters (zero-width U+200B-U+200D, U+2060, U+FEFF,
  with or without whitespace) is refused: it looks empty to a reader but is not empty to the code;
- an id (a field named ``id`` or ending in ``_id``, and each element of an ``*_ids`` field) is at
  most ``MAX_ID_LENGTH`` characters.

``bytes`` fields (résumé files) are not text and are not checked. A violation raises
:class:`wendu.core.errors.InvalidArgument` naming the field by its path in the request, for
example ``question_bank[2].text.zh``, and an error message never quotes more than a short excerpt
of what the caller sent.

A request whose bytes are not valid protobuf (for instance a string field holding invalid UTF-8)
cannot be parsed at all; :func:`invalid_utf8_field` finds the string field at fault from the raw
bytes so the error can name it.
"""

from __future__ import annotations

from typing import Any

from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message
from wendu.core.errors import InvalidArgument, quote_ident

MAX_ID_LENGTH = 128

BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff")


def is_id_field(name: str) -> bool:
    return name == "id" or name.endswith("_id")


def _is_id_list_field(name: str) -> bool:
    return name == "ids" or name.endswith("_ids")


def check_text(value: str, path: str, *, is_id: bool = False) -> None:
    """Raise InvalidArgument naming ``path`` when ``value`` breaks a rule of this module."""
    if is_id and len(value) > MAX_ID_LENGTH:
        raise InvalidArgument(path, f"is {len(value)} characters long, the limit is {MAX_ID_LENGTH}")
    if "\x00" in value:
        raise InvalidArgument(path, "must not contain NUL characters")
    bidi = next((char for char in value if char in BIDI_CONTROLS), None)
    if bidi is not None:
        raise InvalidArgument(path, f"must not contain bidirectional control characters (U+{ord(bidi):04X})")
    if value and any(char in ZERO_WIDTH for char in value):
        if all(char in ZERO_WIDTH or char.isspace() for char in value):
            raise InvalidArgument(path, "contains only invisible characters")


def validate_message(message: Message, prefix: str = "") -> None:
    """Check every string field of ``message`` recursively; raise InvalidArgument at the first violation."""
    for field, value in message.ListFields():
        path = f"{prefix}{field.name}"
        if field.type == FieldDescriptor.TYPE_STRING:
            if _is_repeated(field):
                for index, item in enumerate(value):
                    check_text(item, f"{path}[{index}]", is_id=_is_id_list_field(field.name))
            else:
                check_text(value, path, is_id=is_id_field(field.name))
        elif field.type == FieldDescriptor.TYPE_MESSAGE:
            if _message_type(field).GetOptions().map_entry:
                _validate_map(field, value, path)
            elif _is_repeated(field):
                for index, item in enumerate(value):
                    validate_message(item, f"{path}[{index}].")
            else:
                validate_message(value, f"{path}.")


def _validate_map(field: FieldDescriptor, value: Any, path: str) -> None:
    key_field = _message_type(field).fields_by_name["key"]
    value_field = _message_type(field).fields_by_name["value"]
    for key in value:
        key_path = f"{path}[{quote_ident(key) if isinstance(key, str) else key}]"
        if key_field.type == FieldDescriptor.TYPE_STRING:
            check_text(key, f"{path} (key)")
        if value_field.type == FieldDescriptor.TYPE_STRING:
            check_text(value[key], key_path)
        elif value_field.type == FieldDescriptor.TYPE_MESSAGE:
            validate_message(value[key], f"{key_path}.")


def _is_repeated(field: FieldDescriptor) -> bool:
    return bool(field.is_repeated)


def _message_type(field: FieldDescriptor) -> Descriptor:
    message_type = field.message_type
    assert message_type is not None, field.full_name
    return message_type


# --- naming the field of an undecodable request ---------------------------------------------------

_WIRE_VARINT, _WIRE_FIXED64, _WIRE_LENGTH, _WIRE_FIXED32 = 0, 1, 2, 5


class _Malformed(Exception):
    """The bytes are not protobuf at all (truncated, bad tag): no field to name."""


def _varint(data: bytes, pos: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        if pos >= len(data) or shift > 63:
            raise _Malformed
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, pos
        shift += 7


def invalid_utf8_field(descriptor: Descriptor, data: bytes) -> str | None:
    """The path of the first string field of ``data`` (a ``descriptor`` message) that is not UTF-8.

    None when no string field is at fault (the bytes are malformed in another way).
    """
    try:
        return _find_invalid_utf8(descriptor, data, "")
    except _Malformed:
        return None


def _find_invalid_utf8(descriptor: Descriptor, data: bytes, prefix: str) -> str | None:
    counts: dict[int, int] = {}
    pos = 0
    while pos < len(data):
        tag, pos = _varint(data, pos)
        number, wire_type = tag >> 3, tag & 7
        if wire_type == _WIRE_VARINT:
            _, pos = _varint(data, pos)
            continue
        if wire_type in (_WIRE_FIXED64, _WIRE_FIXED32):
            pos += 8 if wire_type == _WIRE_FIXED64 else 4
            continue
        if wire_type != _WIRE_LENGTH:
            raise _Malformed
        length, pos = _varint(data, pos)
        chunk, pos = data[pos : pos + length], pos + length
        if pos > len(data):
            raise _Malformed
        field = descriptor.fields_by_number.get(number)
        if field is None:
            continue
        index = counts.get(number, 0)
        counts[number] = index + 1
        path = f"{prefix}{field.name}" + (f"[{index}]" if _is_repeated(field) else "")
        if field.type == FieldDescriptor.TYPE_STRING:
            try:
                chunk.decode("utf-8")
            except UnicodeDecodeError:
                return path
        elif field.type == FieldDescriptor.TYPE_MESSAGE:
            found = _find_invalid_utf8(_message_type(field), chunk, f"{path}.")
            if found is not None:
                return found
    return None
