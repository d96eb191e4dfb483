"""Wipeable buffers: zeroed in place, emptied, and fresh ``bytes`` results scrubbed."""

from __future__ import annotations

import ctypes
import os

from diary.storage import wipe


def _memory(buffer: bytearray) -> tuple[int, int]:
    """Where ``buffer``'s bytes live and how many there are (read back after the wipe)."""
    return ctypes.addressof(ctypes.c_char.from_buffer(buffer)), len(buffer)


def test_wipe_zeroes_the_bytes_where_they_were_and_empties_the_buffer() -> None:
    key = bytearray(b"\x5a" * 32)
    address, size = _memory(key)
    held = (ctypes.c_char * size).from_address(address)  # the same memory, seen from outside
    assert held.raw == b"\x5a" * 32
    wipe.wipe(key)
    # Emptying frees the block, and the allocator keeps its own pointer in the first word;
    # the rest is still as the wipe left it: zeros, not the key.
    assert held.raw[8:] == bytes(24), "the bytes themselves are overwritten, not just forgotten"
    assert key == bytearray() and wipe.wiped(key)


def test_a_buffer_still_viewed_is_zeroed_in_place() -> None:
    key = bytearray(b"secret key bytes")
    view = memoryview(key)
    wipe.wipe(key)
    assert bytes(view) == bytes(16) and len(key) == 16
    view.release()


def test_wiping_nothing_or_an_empty_buffer_does_nothing() -> None:
    wipe.wipe(None)
    wipe.wipe(bytearray())
    assert wipe.wiped(None) and wipe.wiped(bytearray()) and not wipe.wiped(bytearray(b"k"))


def test_scrub_overwrites_a_fresh_bytes_object_nobody_else_holds() -> None:
    raw = os.urandom(32)
    assert raw != bytes(32)
    assert wipe.scrub(raw)
    assert raw == bytes(32)


def test_scrub_leaves_bytes_that_something_else_also_holds() -> None:
    raw = os.urandom(32)
    kept = [raw]  # someone else's reference: changing it would change their value
    assert not wipe.scrub(raw)
    assert kept[0] == raw != bytes(32)


def test_scrub_never_touches_the_interpreter_s_shared_short_objects() -> None:
    single = b"a"
    assert not wipe.scrub(single) and single == b"a"


def test_random_keys_are_random_buffers_of_the_size_asked() -> None:
    first, second = wipe.random_key(32), wipe.random_key(32)
    assert isinstance(first, bytearray) and len(first) == len(second) == 32
    assert first != second


def test_into_buffer_copies_then_scrubs_the_original() -> None:
    raw = os.urandom(24)
    expected = bytes(bytearray(raw))  # a copy made before, for the comparison only
    buffer = wipe.into_buffer(raw)
    assert buffer == expected and isinstance(buffer, bytearray)
    assert raw == bytes(24)


def test_encode_secret_is_utf8_in_a_buffer() -> None:
    assert wipe.encode_secret("café ☕") == bytearray("café ☕".encode())
    assert isinstance(wipe.encode_secret("x"), bytearray)
