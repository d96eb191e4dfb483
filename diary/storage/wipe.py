"""Key material in buffers Hearth can overwrite, and the overwriting itself.

Python's ``bytes`` and ``str`` cannot be changed, and freeing one leaves its contents in the
heap until the memory is reused: a key held that way outlives the lock. So keys and
passphrase bytes live in ``bytearray``s that are zeroed in place (``ctypes.memset``, which
the interpreter cannot skip) when the diary locks, and the libraries are asked to write their
results straight into such buffers (``derive_into``, ``decrypt_into``). Where a library can
only return ``bytes`` (``os.urandom``, an HMAC digest, ``str.encode``), the fresh object is
copied into a buffer and then overwritten in place, before anyone else can hold it.
"""

from __future__ import annotations

import ctypes
import os
import sys

_BYTES_DATA = bytes.__basicsize__ - 1  # where a bytes object's first byte sits (CPython)


def wipe(buffer: bytearray | None) -> None:
    """Overwrite ``buffer`` with zeros and empty it (a no-op for None).

    An emptied buffer tells a later user that the key is gone (``wiped``) instead of handing it
    a key of zeros. A buffer still viewed (a live ``memoryview``) cannot be resized: it is only
    zeroed.
    """
    if buffer is None or not len(buffer):
        return
    address = ctypes.addressof(ctypes.c_char.from_buffer(buffer))
    ctypes.memset(address, 0, len(buffer))
    try:
        buffer.clear()
    except BufferError:
        pass


def wiped(buffer: bytearray | None) -> bool:
    """True once ``wipe`` has emptied ``buffer`` (or when there is none)."""
    return buffer is None or not len(buffer)


def scrub(data: bytes, *, holders: int = 1) -> bool:
    """Overwrite a ``bytes`` object this code has just made and alone holds; True if it did.

    Only for a fresh result (of ``os.urandom``, a digest, ``encode``) already copied into a
    wipeable buffer: nothing else may refer to it, or it would change under its holder.
    ``holders`` counts the references the callers hold (a name, an argument being passed).
    An object with more (someone else kept it), a very short one (the interpreter shares
    those) and any object outside CPython are left alone.
    """
    if sys.implementation.name != "cpython" or len(data) < 2:
        return False
    if sys.getrefcount(data) > holders + 2:  # + this parameter and getrefcount's argument
        return False
    ctypes.memset(id(data) + _BYTES_DATA, 0, len(data))
    return True


def into_buffer(data: bytes) -> bytearray:
    """A wipeable copy of a fresh ``data`` passed straight in; the original is scrubbed."""
    buffer = bytearray(data)
    scrub(data, holders=2)  # the caller's argument and this parameter
    return buffer


def random_key(size: int) -> bytearray:
    """``size`` random bytes from the system, in a wipeable buffer."""
    raw = os.urandom(size)
    buffer = bytearray(raw)
    scrub(raw)
    return buffer


def encode_secret(text: str) -> bytearray:
    """``text`` as UTF-8 in a wipeable buffer (the passphrase's bytes, the recovery code's).

    The ``str`` itself cannot be overwritten: it is the caller's (and a literal in code, or an
    interned string, must never change); docs/security.md says what that leaves.
    """
    raw = text.encode("utf-8")
    buffer = bytearray(raw)
    scrub(raw)
    return buffer
