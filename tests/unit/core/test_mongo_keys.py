"""``key_id``: the ``_id`` made of a business key is one-to-one with the key and starts with the tenant."""

from __future__ import annotations

from wendu.core.mongo import key_id


def test_plain_ids_read_as_they_are() -> None:
    assert key_id("t-1", "ans-7", 0) == "t-1/ans-7/0"


def test_a_separator_inside_a_part_cannot_make_two_keys_one_id() -> None:
    assert key_id("a/b", "c") != key_id("a", "b/c")
    assert key_id("a%2Fb", "c") != key_id("a/b", "c")
    assert key_id("a/b", "c").startswith(key_id("a/b") + "/")
    assert not key_id("a/b", "c").startswith(key_id("a") + "/")
