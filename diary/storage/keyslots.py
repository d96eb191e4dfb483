"""The key-slot file: the diary's random data key, wrapped under passphrase-derived keys.

Layout (big-endian), documented in docs/security.md::

    header   magic "HEARTHK" + NUL (8) | format version u16 | slot count u8
    slot     kind u8 | kdf id u8 | memory KiB u32 | iterations u32 | lanes u32 | salt (16)
             | nonce (12) | AES-256-GCM(data key) with tag (48)
    trailer  SHA-256 of everything before it (32)

Each slot's associated data is the magic and format version plus the slot's own header (kind,
KDF id and parameters, salt), so changing any of them makes unwrapping fail. The unkeyed
SHA-256 trailer tells accidental damage (a flipped bit, a truncated copy) apart from a wrong
passphrase.
"""

from __future__ import annotations

import enum
import hashlib
import os
import struct
from typing import NamedTuple

from diary.storage.errors import Code, DamagedDiary, WrongPassphrase
from diary.storage.kdf import KEY_BYTES, SALT_BYTES, KdfParams, KdfPolicy, derive
from diary.storage.wipe import wipe

MAGIC = b"HEARTHK\x00"
FORMAT_VERSION = 1
KDF_ARGON2ID = 1
NONCE_BYTES = 12
WRAPPED_BYTES = KEY_BYTES + 16

_HEADER = struct.Struct(">8sHB")
_SLOT_HEAD = struct.Struct(f">BBIII{SALT_BYTES}s")
_SLOT_BYTES = _SLOT_HEAD.size + NONCE_BYTES + WRAPPED_BYTES
_DIGEST_BYTES = 32


class SlotKind(enum.IntEnum):
    """What unlocks a slot."""

    PASSPHRASE = 1
    RECOVERY = 2


class KeySlot(NamedTuple):
    """One wrapped copy of the data key."""

    kind: SlotKind
    params: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes

    def header(self) -> bytes:
        """The authenticated slot header (everything but nonce and ciphertext)."""
        p = self.params
        return _SLOT_HEAD.pack(
            self.kind, KDF_ARGON2ID, p.memory_kib, p.iterations, p.lanes, self.salt
        )


def _file_header(count: int) -> bytes:
    return _HEADER.pack(MAGIC, FORMAT_VERSION, count)


def _associated_data(slot: KeySlot) -> bytes:
    return MAGIC + struct.pack(">H", FORMAT_VERSION) + slot.header()


def wrap(
    data_key: bytes | bytearray,
    secret: bytes | bytearray,
    kind: SlotKind,
    params: KdfParams,
    policy: KdfPolicy,
) -> KeySlot:
    """Wrap the data key under ``secret`` with a fresh salt and nonce.

    The wrapping key is wiped once used; ``data_key`` and ``secret`` stay the caller's to wipe.
    """
    salt = os.urandom(SALT_BYTES)
    nonce = os.urandom(NONCE_BYTES)
    slot = KeySlot(kind, params, salt, nonce, b"")
    wrapping_key = derive(secret, salt, params, policy)
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # off the start-up path

    try:
        wrapped = AESGCM(wrapping_key).encrypt(nonce, data_key, _associated_data(slot))
    finally:
        wipe(wrapping_key)
    return KeySlot(kind, params, salt, nonce, wrapped)


def unwrap(slot: KeySlot, secret: bytes | bytearray, policy: KdfPolicy) -> bytearray:
    """Return the data key, or raise WrongPassphrase (checking parameters before deriving).

    The key is decrypted straight into a wipeable buffer, the caller's to wipe; the wrapping
    key is wiped here.
    """
    wrapping_key = derive(secret, slot.salt, slot.params, policy)
    from cryptography.exceptions import InvalidTag  # off the start-up path
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    data_key = bytearray(max(0, len(slot.wrapped) - 16))  # the GCM tag is not the key
    try:
        AESGCM(wrapping_key).decrypt_into(
            slot.nonce, slot.wrapped, _associated_data(slot), data_key
        )
    except InvalidTag:
        wipe(data_key)
        raise WrongPassphrase(code=Code.WRONG_PASSPHRASE) from None
    finally:
        wipe(wrapping_key)
    return data_key


def encode(slots: tuple[KeySlot, ...]) -> bytes:
    """Serialise slots into the file layout, checksum included."""
    body = _file_header(len(slots)) + b"".join(s.header() + s.nonce + s.wrapped for s in slots)
    return body + hashlib.sha256(body).digest()


def decode(data: bytes) -> tuple[KeySlot, ...]:
    """Parse a key-slot file, refusing anything damaged before any key is derived."""
    if len(data) < _HEADER.size + _DIGEST_BYTES or not data.startswith(MAGIC):
        raise DamagedDiary(code=Code.KEY_FILE_DAMAGED)
    body, digest = data[:-_DIGEST_BYTES], data[-_DIGEST_BYTES:]
    if hashlib.sha256(body).digest() != digest:
        raise DamagedDiary(code=Code.KEY_FILE_DAMAGED)
    _magic, version, count = _HEADER.unpack_from(body)
    if version != FORMAT_VERSION:
        raise DamagedDiary(code=Code.KEY_FILE_TOO_NEW, version=version, supported=FORMAT_VERSION)
    if count < 1 or len(body) != _HEADER.size + count * _SLOT_BYTES:
        raise DamagedDiary(code=Code.KEY_FILE_DAMAGED)
    slots = []
    kinds_seen = set()
    for index in range(count):
        offset = _HEADER.size + index * _SLOT_BYTES
        kind, kdf_id, memory, iterations, lanes, salt = _SLOT_HEAD.unpack_from(body, offset)
        offset += _SLOT_HEAD.size
        nonce = body[offset : offset + NONCE_BYTES]
        wrapped = body[offset + NONCE_BYTES : offset + NONCE_BYTES + WRAPPED_BYTES]
        if kdf_id != KDF_ARGON2ID or kind not in SlotKind._value2member_map_ or kind in kinds_seen:
            raise DamagedDiary(code=Code.KEY_FILE_DAMAGED)
        kinds_seen.add(kind)
        params = KdfParams(memory_kib=memory, iterations=iterations, lanes=lanes)
        slots.append(KeySlot(SlotKind(kind), params, salt, nonce, wrapped))
    if SlotKind.PASSPHRASE not in kinds_seen:
        raise DamagedDiary(code=Code.KEY_FILE_DAMAGED)
    return tuple(slots)
