"""The encrypted backup container: one file, restorable anywhere, readable without Hearth.

Layout of version 2 (big-endian; docs/backup-format.md is the full specification)::

    header     magic "HEARTHB" + NUL (8) | format version u16 | KDF id u8 | memory KiB u32
               | iterations u32 | lanes u32 | salt (16) | chunk size u32 | file id (16) = 59 bytes
    key check  nonce (12) | AES-256-GCM tag of the empty plaintext, header as AAD (16)
    chunks     nonce (12) | AES-256-GCM(plaintext of at most ``chunk size`` bytes) with tag
               AAD = header | chunk index u64 | last-chunk flag u8
    trailer    SHA-256 of everything before it (32)

The passphrase key is Argon2id(NFC passphrase, salt, parameters), reusing ``diary.storage.kdf``
so the floor and ceiling of the key file apply here too, checked before anything is derived, and
a reader ceiling close to what Hearth itself could choose keeps an untrusted file from asking for
more. Each file's own key is HKDF-SHA256 of the passphrase key with the file's random id as salt:
automatic backups sealed with one passphrase key (one salt) still have a key and a header of
their own, so a chunk of one never authenticates in another. Every chunk but the last holds
exactly ``chunk size`` bytes, so chunk boundaries follow from the file length; the index and the
last-chunk flag in each chunk's associated data make reordering, duplication, truncation and
appending fail to authenticate. Version 1 (no file id, the passphrase key used directly, a
43-byte header) is still read.

Telling mistakes apart: the unkeyed SHA-256 trailer says whether the file is exactly as written
(any flipped bit or cut-off copy is *damaged*); the key check then says whether the passphrase
derives the right key (*wrong passphrase*), and from there on a chunk that does not
authenticate can only be deliberate tampering (*damaged*).

This module never prints, prompts or opens files: it turns bytes into bytes, or writes to and
reads from binary streams it is given; a large backup is written from its plaintext's pieces and
read a chunk at a time (``open_sealed``), never whole.
"""

from __future__ import annotations

import hashlib
import io
import os
import struct
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from diary import messages
from diary.storage.kdf import SALT_BYTES, KdfParams, KdfPolicy, derive, normalize_passphrase
from diary.storage.wipe import wipe, wiped

MAGIC = b"HEARTHB\x00"
FORMAT_VERSION = 2
READABLE_VERSIONS = (1, 2)
KDF_ARGON2ID = 1
MAX_CHUNK_SIZE = 1 << 20  # 1 MiB of plaintext per chunk
NONCE_BYTES = 12
TAG_BYTES = 16
DIGEST_BYTES = 32
FILE_SUFFIX = ".hearth-backup"

FILE_ID_BYTES = 16
_HEADER_V1 = struct.Struct(f">8sHBIII{SALT_BYTES}sI")
_HEADER = struct.Struct(f">8sHBIII{SALT_BYTES}sI{FILE_ID_BYTES}s")
_CHUNK_AAD = struct.Struct(">QB")
V1_HEADER_BYTES = _HEADER_V1.size  # 43
HEADER_BYTES = _HEADER.size  # 59, as this version writes
KEY_CHECK_BYTES = NONCE_BYTES + TAG_BYTES
CHUNK_OVERHEAD = NONCE_BYTES + TAG_BYTES
MIN_FILE_BYTES = V1_HEADER_BYTES + KEY_CHECK_BYTES + CHUNK_OVERHEAD + DIGEST_BYTES
FILE_KEY_INFO = b"Hearth backup file key"  # HKDF info of version 2's per-file key

Progress = Callable[[int, int], None]
"""Called as ``progress(done, total)`` in plaintext bytes after each chunk."""


class Code(StrEnum):
    """What is wrong with a backup (its words: ``diary.messages.ERROR_<CODE>``)."""

    BACKUP_DAMAGED = "backup_damaged"
    NOT_A_BACKUP = "not_a_backup"
    BACKUP_TAMPERED = "backup_tampered"
    BACKUP_UNSAFE_KDF = "backup_unsafe_kdf"
    BACKUP_TOO_NEW = "backup_too_new"
    WRONG_BACKUP_PASSPHRASE = "wrong_backup_passphrase"
    EMPTY_BACKUP_PASSPHRASE = "empty_backup_passphrase"
    PASSPHRASE_NEEDED = "passphrase_needed"  # the words the storage layer's code has too
    BACKUP_KEY_WIPED = "backup_key_wiped"
    PAYLOAD_TOO_NEW = "payload_too_new"
    PAYLOAD_INVALID = "payload_invalid"


class BackupError(Exception):
    """Base class of backup problems; the message is written for the user.

    Raised with a ``code`` and its parameters, the words are chosen when it is shown:
    ``str(error)`` is ``diary.messages.explain(error.code, error.params)``. One made from a
    sentence says that sentence.
    """

    def __init__(self, message: str = "", /, *, code: str | None = None, **params: object):
        super().__init__(message or code or "")
        self.code = code
        self.params = params

    def __str__(self) -> str:
        return messages.explain(self.code, self.params) if self.code else super().__str__()


class BackupDamaged(BackupError):
    """The file is not a Hearth backup, or is damaged, truncated or tampered with."""


class UnsupportedBackup(BackupDamaged):
    """The backup was written by a newer Hearth (a format version this one cannot read)."""


class WrongBackupPassphrase(BackupError):
    """The passphrase does not open this (intact) backup."""


class PassphraseNeeded(BackupError, ValueError):
    """An empty passphrase was chosen to seal a backup with (a ValueError, as before codes)."""


class SealingKeyWiped(BackupError, ValueError):
    """The sealing key was wiped (the diary locked) before this backup could use it."""


@dataclass(frozen=True)
class BackupHeader:
    """The authenticated first bytes of a backup (59 in version 2, 43 in version 1)."""

    params: KdfParams
    salt: bytes
    chunk_size: int = MAX_CHUNK_SIZE
    version: int = FORMAT_VERSION
    kdf_id: int = KDF_ARGON2ID
    file_id: bytes = b""  # version 2: random, one per file; version 1 has none

    @property
    def size(self) -> int:
        """How many bytes the header takes in the file."""
        return V1_HEADER_BYTES if self.version == 1 else HEADER_BYTES

    def encode(self) -> bytes:
        """The header's bytes, as written and as used for associated data."""
        p = self.params
        fields = (MAGIC, self.version, self.kdf_id, p.memory_kib, p.iterations, p.lanes, self.salt)
        if self.version == 1:
            return _HEADER_V1.pack(*fields, self.chunk_size)
        return _HEADER.pack(*fields, self.chunk_size, self.file_id)

    @classmethod
    def decode(cls, data: bytes) -> BackupHeader:
        """Parse the header fields without judging them (see ``_check_header``)."""
        if len(data) < V1_HEADER_BYTES or not data.startswith(MAGIC):
            raise BackupDamaged(code=Code.NOT_A_BACKUP)
        (version,) = struct.unpack_from(">H", data, len(MAGIC))
        if version == 1:
            _magic, version, kdf_id, memory, iterations, lanes, salt, chunk_size = (
                _HEADER_V1.unpack_from(data)
            )
            file_id = b""
        else:
            if len(data) < HEADER_BYTES:
                raise BackupDamaged(code=Code.BACKUP_DAMAGED)
            _magic, version, kdf_id, memory, iterations, lanes, salt, chunk_size, file_id = (
                _HEADER.unpack_from(data)
            )
        params = KdfParams(memory, iterations, lanes)
        return cls(params, salt, chunk_size, version, kdf_id, file_id)


@dataclass(frozen=True)
class DecryptedBackup:
    """What a successful read returns: the header, how many chunks, and the plaintext."""

    header: BackupHeader
    chunk_count: int
    payload: bytes


def _chunk_aad(header: bytes, index: int, last: bool) -> bytes:
    return header + _CHUNK_AAD.pack(index, int(last))


def _key(passphrase: str, header: BackupHeader, policy: KdfPolicy) -> bytearray:
    """The passphrase key, in a wipeable buffer (the passphrase's bytes are wiped here)."""
    secret = normalize_passphrase(passphrase)
    try:
        return derive(secret, header.salt, header.params, policy)
    finally:
        wipe(secret)


def file_key(passphrase_key: bytes | bytearray, header: BackupHeader) -> bytearray:
    """The key of one file: HKDF-SHA256 of the passphrase key, salted with the file's id.

    Version 1 used the passphrase key itself (files sealed in one session shared it). Either
    way the result is a wipeable buffer of its own, the caller's to wipe.
    """
    if header.version == 1:
        return bytearray(passphrase_key)
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=header.file_id, info=FILE_KEY_INFO)
    key = bytearray(32)
    hkdf.derive_into(passphrase_key, key)
    return key


# Writing --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SealingKey:
    """A key derived once from a passphrase, for backups written later without asking again.

    Automatic backups are written on quit, long after the passphrase was typed; the app keeps
    this (never the passphrase) while the diary is unlocked. Files sealed with one key share its
    salt (public, in the header), but each has a random file id and a key derived for it alone.
    The key is a wipeable buffer: the app wipes it when the diary locks or Hearth quits.
    """

    params: KdfParams
    salt: bytes
    key: bytearray = field(repr=False, compare=False)

    def wipe(self) -> None:
        """Overwrite the key; sealing with it afterwards raises ValueError."""
        wipe(self.key)


def seal_key(passphrase: str, params: KdfParams, policy: KdfPolicy) -> SealingKey:
    """Derive a sealing key with a fresh salt (Argon2id: takes the calibrated time).

    Raises:
        PassphraseNeeded: an empty passphrase (a ValueError).
    """
    if not passphrase:
        raise PassphraseNeeded(code=Code.PASSPHRASE_NEEDED)
    salt = os.urandom(SALT_BYTES)
    return SealingKey(params, salt, _key(passphrase, BackupHeader(params, salt), policy))


def write_sealed(
    out: BinaryIO,
    payload: bytes | Iterable[bytes],
    sealing: SealingKey,
    *,
    chunk_size: int = MAX_CHUNK_SIZE,
    progress: Progress | None = None,
    total: int | None = None,
) -> int:
    """Encrypt ``payload`` into ``out`` under ``sealing`` with fresh nonces; returns bytes written.

    ``payload`` is the plaintext, or its pieces one after another (a stream: each piece is
    sealed as soon as a chunk fills, and only one chunk is held back, to be sealed as the last
    if nothing follows it), so a payload of any size needs memory of about two chunks here.
    ``total`` is the plaintext's expected length for ``progress`` (known for bytes; for pieces,
    a guess: ``progress`` never goes past it until the end, when it reports the true length).

    Raises:
        ValueError: a chunk size outside 1 byte .. 1 MiB, or a wiped key (``SealingKeyWiped``).
    """
    if not 1 <= chunk_size <= MAX_CHUNK_SIZE:
        raise ValueError(f"The chunk size must be from 1 to {MAX_CHUNK_SIZE} bytes.")
    if wiped(sealing.key):  # sealing under an empty key would make a backup nobody can open
        raise SealingKeyWiped(code=Code.BACKUP_KEY_WIPED)
    pieces: Iterable[bytes] = payload if not isinstance(payload, bytes) else (payload,)
    if isinstance(payload, bytes):
        total = len(payload)
    header = BackupHeader(
        sealing.params, sealing.salt, chunk_size, file_id=os.urandom(FILE_ID_BYTES)
    )
    key = file_key(sealing.key, header)
    try:
        return _write_chunks(out, pieces, header, AESGCM(key), total, progress)
    finally:
        wipe(key)


def _pieces_in_chunks(pieces: Iterable[bytes], size: int) -> Iterator[tuple[bytes, bool]]:
    """The plaintext cut in chunks of ``size`` bytes, each with whether it is the last.

    A full chunk is held back until more follows, since only then is it known not to be the
    last; a plaintext whose length is a multiple of ``size`` ends with a full last chunk, and
    an empty one is one empty chunk (as ``_chunk_layout`` reads them).
    """
    pending = bytearray()
    held: bytes | None = None
    for piece in pieces:
        view = memoryview(piece)
        while view:
            take = size - len(pending)
            pending += view[:take]
            view = view[take:]
            if len(pending) == size:
                if held is not None:
                    yield held, False
                held = bytes(pending)
                pending.clear()
    if held is not None and not pending:
        yield held, True
        return
    if held is not None:
        yield held, False
    yield bytes(pending), True


def _write_chunks(
    out: BinaryIO,
    pieces: Iterable[bytes],
    header: BackupHeader,
    aead: AESGCM,
    total: int | None,
    progress: Progress | None,
) -> int:
    """Write the header, key check, chunks and trailer of ``write_sealed``."""
    head = header.encode()
    digest = hashlib.sha256()
    written = 0

    def emit(data: bytes) -> None:
        nonlocal written
        digest.update(data)
        out.write(data)
        written += len(data)

    nonce = os.urandom(NONCE_BYTES)
    emit(head + nonce + aead.encrypt(nonce, b"", head))
    done = 0
    for index, (piece, last) in enumerate(_pieces_in_chunks(pieces, header.chunk_size)):
        nonce = os.urandom(NONCE_BYTES)
        emit(nonce + aead.encrypt(nonce, piece, _chunk_aad(head, index, last)))
        done += len(piece)
        if progress is not None:
            expected = done if last or total is None else max(total, done)
            progress(min(done, expected), expected)
    trailer = digest.digest()
    out.write(trailer)
    return written + len(trailer)


def write(
    out: BinaryIO,
    payload: bytes,
    passphrase: str,
    params: KdfParams,
    policy: KdfPolicy,
    *,
    chunk_size: int = MAX_CHUNK_SIZE,
    progress: Progress | None = None,
) -> int:
    """Encrypt ``payload`` into ``out`` with a fresh salt and fresh nonces; returns bytes written.

    Raises:
        ValueError: an empty passphrase (``PassphraseNeeded``) or a chunk size outside 1 byte
            .. 1 MiB.
        diary.storage.errors.DamagedDiary: ``params`` are outside ``policy`` (a caller's bug).
    """
    if not 1 <= chunk_size <= MAX_CHUNK_SIZE:  # refused before the slow derivation
        raise ValueError(f"The chunk size must be from 1 to {MAX_CHUNK_SIZE} bytes.")
    sealing = seal_key(passphrase, params, policy)
    return write_sealed(out, payload, sealing, chunk_size=chunk_size, progress=progress)


def encrypt(
    payload: bytes,
    passphrase: str,
    params: KdfParams,
    policy: KdfPolicy,
    *,
    chunk_size: int = MAX_CHUNK_SIZE,
    progress: Progress | None = None,
) -> bytes:
    """The whole backup file as bytes (see ``write``)."""
    buffer = io.BytesIO()
    write(buffer, payload, passphrase, params, policy, chunk_size=chunk_size, progress=progress)
    return buffer.getvalue()


# Reading --------------------------------------------------------------------------------------


def reader_ceiling(policy: KdfPolicy) -> KdfParams:
    """The most a backup may ask to derive before anything in it is authenticated.

    Hearth writes backups with its own calibrated parameters: the floor's memory and lanes, and
    at most the passes calibration may choose (half the ceiling's). A file asking for more did
    not come from Hearth, and taking it at its word would cost seconds and a gibibyte.
    """
    floor, ceiling = policy.floor, policy.ceiling
    return KdfParams(floor.memory_kib, max(floor.iterations, ceiling.iterations // 2), floor.lanes)


def _check_header(header: BackupHeader, policy: KdfPolicy) -> None:
    """Refuse an unknown version, an unknown KDF, a bad chunk size or unsafe KDF parameters."""
    if header.version not in READABLE_VERSIONS:
        if header.version > FORMAT_VERSION:
            raise UnsupportedBackup(
                code=Code.BACKUP_TOO_NEW, version=header.version, supported=FORMAT_VERSION
            )
        raise BackupDamaged(code=Code.BACKUP_DAMAGED)
    if header.kdf_id != KDF_ARGON2ID or not 1 <= header.chunk_size <= MAX_CHUNK_SIZE:
        raise BackupDamaged(code=Code.BACKUP_DAMAGED)
    try:
        policy.check(header.params)
    except Exception:  # noqa: BLE001 - the policy's own error speaks of the key file
        raise BackupDamaged(code=Code.BACKUP_UNSAFE_KDF) from None
    most, asked = reader_ceiling(policy), header.params
    if (
        asked.memory_kib > most.memory_kib
        or asked.iterations > most.iterations
        or asked.lanes > most.lanes
    ):
        raise BackupDamaged(code=Code.BACKUP_UNSAFE_KDF)


def _chunk_layout(header: BackupHeader, start: int, end: int) -> tuple[int, int]:
    """How many chunk records lie between ``start`` and ``end``, and the length of the last.

    Every chunk but the last is exactly ``chunk size`` plaintext bytes plus nonce and tag; the
    last is whatever remains: at least nonce and tag, at most a full chunk.
    """
    full = CHUNK_OVERHEAD + header.chunk_size
    count = max(1, -(-(end - start) // full))
    last = end - start - (count - 1) * full
    if last < CHUNK_OVERHEAD:
        raise BackupDamaged(code=Code.BACKUP_DAMAGED)
    return count, last


def read_header(data: bytes) -> BackupHeader:
    """The header of an intact backup, checked against the trailer (nothing is derived)."""
    if len(data) < MIN_FILE_BYTES or not data.startswith(MAGIC):
        damaged = Code.NOT_A_BACKUP if not data.startswith(MAGIC) else Code.BACKUP_DAMAGED
        raise BackupDamaged(code=damaged)
    body, trailer = data[:-DIGEST_BYTES], data[-DIGEST_BYTES:]
    if hashlib.sha256(body).digest() != trailer:
        raise BackupDamaged(code=Code.BACKUP_DAMAGED)
    return BackupHeader.decode(body)


_READ_BYTES = 1 << 20  # bytes read at a time while checking a file's digest


class OpenedBackup:
    """A backup checked and unlocked, its plaintext read a chunk at a time, as often as needed.

    A restore reads it once to check everything and once more to write the photos. Made by
    ``open_sealed``. Each reading decrypts and authenticates one chunk at a time and checks
    the file's digest again at the end, so a file changed since it was opened fails to read
    (damaged, or tampered with) rather than give something else. ``wipe`` (or leaving the
    ``with`` block) overwrites the key.

    Attributes:
        header: The file's authenticated header.
        chunk_count: How many chunks it holds.
        size: The file's length in bytes.
        plaintext_size: How many bytes of plaintext it holds.
    """

    def __init__(
        self, stream: BinaryIO, header: BackupHeader, size: int, trailer: bytes, key: bytearray
    ) -> None:
        self._stream = stream
        self.header = header
        self.size = size
        self._trailer = trailer
        self._key = key
        self._start = header.size + KEY_CHECK_BYTES
        self.chunk_count, self._last = _chunk_layout(header, self._start, size - DIGEST_BYTES)
        self.plaintext_size = size - DIGEST_BYTES - self._start - CHUNK_OVERHEAD * self.chunk_count

    def __enter__(self) -> OpenedBackup:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.wipe()

    def wipe(self) -> None:
        """Overwrite the file's key; reading afterwards raises ``SealingKeyWiped``."""
        wipe(self._key)

    def chunks(self, progress: Progress | None = None) -> Iterator[bytes]:
        """The plaintext, one authenticated chunk at a time, from the first.

        Raises (as it is read):
            BackupDamaged: the file changed or was cut since it was opened (damaged), or a
                chunk does not authenticate (tampered with).
            SealingKeyWiped: the key was wiped.
        """
        if wiped(self._key):
            raise SealingKeyWiped(code=Code.BACKUP_KEY_WIPED)
        aead = AESGCM(self._key)
        stream, header = self._stream, self.header
        stream.seek(0)
        digest = hashlib.sha256()
        head = _read_exactly(stream, self._start)
        digest.update(head)
        aad = head[: header.size]
        full = CHUNK_OVERHEAD + header.chunk_size
        done = 0
        for index in range(self.chunk_count):
            last = index == self.chunk_count - 1
            record = _read_exactly(stream, self._last if last else full)
            digest.update(record)
            try:
                plain = aead.decrypt(
                    record[:NONCE_BYTES], record[NONCE_BYTES:], _chunk_aad(aad, index, last)
                )
            except InvalidTag:
                raise BackupDamaged(code=Code.BACKUP_TAMPERED, part=index + 1) from None
            done += len(plain)
            if progress is not None:
                progress(done, self.plaintext_size)
            yield plain
        if _read_exactly(stream, DIGEST_BYTES) != self._trailer or digest.digest() != self._trailer:
            raise BackupDamaged(code=Code.BACKUP_DAMAGED)

    def reader(self, progress: Progress | None = None) -> BinaryIO:
        """The plaintext as a binary stream to ``read`` from (what a streaming parser takes)."""
        return io.BufferedReader(PlaintextReader(self.chunks(progress)), self.header.chunk_size)


class PlaintextReader(io.RawIOBase):
    """A read-only binary stream over a backup's plaintext chunks, decrypted as they are read."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        super().__init__()
        self._chunks = chunks
        self._piece = memoryview(b"")

    def readable(self) -> bool:
        """It is."""
        return True

    def readinto(self, buffer: Any) -> int:
        """Fill ``buffer`` with the next plaintext bytes; 0 at the end."""
        while not self._piece:
            try:
                self._piece = memoryview(next(self._chunks))
            except StopIteration:
                return 0
        count = min(len(buffer), len(self._piece))
        buffer[:count] = self._piece[:count]
        self._piece = self._piece[count:]
        return count


def _read_exactly(stream: BinaryIO, count: int) -> bytes:
    data = stream.read(count)
    if len(data) != count:  # the file was cut since its size was taken
        raise BackupDamaged(code=Code.BACKUP_DAMAGED)
    return data


def _file_digest(stream: BinaryIO, length: int) -> bytes:
    """SHA-256 of the first ``length`` bytes of ``stream``, read a mebibyte at a time."""
    stream.seek(0)
    digest = hashlib.sha256()
    left = length
    while left:
        data = stream.read(min(left, _READ_BYTES))
        if not data:
            raise BackupDamaged(code=Code.BACKUP_DAMAGED)
        digest.update(data)
        left -= len(data)
    return digest.digest()


def open_sealed(stream: BinaryIO, passphrase: str, policy: KdfPolicy) -> OpenedBackup:
    """Check a backup file and derive its key, reading it without holding it in memory.

    Everything ``decrypt`` checks before decrypting is checked here in the same order, so the
    same mistakes get the same words: the digest (one pass over the file), the header, the
    layout, then the passphrase, by the key check. ``stream`` must be seekable and stay open
    while the result is read.

    Raises:
        BackupDamaged: not a backup, damaged, truncated, unsafe KDF settings (refused before
            deriving) or written by a newer Hearth (``UnsupportedBackup``).
        WrongBackupPassphrase: the file is intact but the passphrase derives another key.
    """
    size = stream.seek(0, io.SEEK_END)
    stream.seek(0)
    start = stream.read(HEADER_BYTES)
    if size < MIN_FILE_BYTES or not start.startswith(MAGIC):
        damaged = Code.NOT_A_BACKUP if not start.startswith(MAGIC) else Code.BACKUP_DAMAGED
        raise BackupDamaged(code=damaged)
    stream.seek(size - DIGEST_BYTES)
    trailer = _read_exactly(stream, DIGEST_BYTES)
    if _file_digest(stream, size - DIGEST_BYTES) != trailer:
        raise BackupDamaged(code=Code.BACKUP_DAMAGED)
    header = BackupHeader.decode(start)
    _check_header(header, policy)
    begin, end = header.size + KEY_CHECK_BYTES, size - DIGEST_BYTES
    if begin > end:
        raise BackupDamaged(code=Code.BACKUP_DAMAGED)
    _chunk_layout(header, begin, end)
    if not passphrase:
        raise WrongBackupPassphrase(code=Code.EMPTY_BACKUP_PASSPHRASE)
    passphrase_key = _key(passphrase, header, policy)
    key = file_key(passphrase_key, header)
    wipe(passphrase_key)
    stream.seek(0)
    head = stream.read(begin)
    check_nonce, check_tag = head[header.size : header.size + NONCE_BYTES], head[-TAG_BYTES:]
    try:
        AESGCM(key).decrypt(check_nonce, check_tag, head[: header.size])
    except InvalidTag:
        wipe(key)
        raise WrongBackupPassphrase(code=Code.WRONG_BACKUP_PASSPHRASE) from None
    return OpenedBackup(stream, header, size, trailer, key)


def decrypt(
    data: bytes,
    passphrase: str,
    policy: KdfPolicy,
    *,
    progress: Progress | None = None,
) -> DecryptedBackup:
    """Check, then decrypt a whole backup; nothing is returned unless every chunk is genuine.

    The whole file and its whole plaintext are in memory: ``open_sealed`` reads a large one
    a chunk at a time.

    Raises:
        BackupDamaged: not a backup, damaged, truncated, tampered with, unsafe KDF settings
            (refused before deriving) or written by a newer Hearth (``UnsupportedBackup``).
        WrongBackupPassphrase: the file is intact but the passphrase derives another key.
    """
    with open_sealed(io.BytesIO(data), passphrase, policy) as opened:
        plaintext = b"".join(opened.chunks(progress))
        return DecryptedBackup(opened.header, opened.chunk_count, plaintext)
