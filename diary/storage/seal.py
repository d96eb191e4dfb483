"""The seal: the diary's write count kept outside the database, so lost saves are noticed.

SQLite in WAL mode keeps the newest commits in ``diary.db-wal`` until a checkpoint copies them
into ``diary.db``. If that file is deleted after a crash (by a user tidying up, a sync tool, a
"cleaner"), the database opens as it was before those commits, with every page intact: the
integrity check cannot tell. So every write transaction also counts itself in the database
(``diary_state.commits``, schema v5) and, once committed, in ``diary.seal`` beside the key file:

    magic "HRTHSEAL" (8 bytes) | version 1 (1 byte) | diary id (16 bytes, a UUID)
    | commits (8 bytes, unsigned big-endian) | HMAC-SHA256 of all the above (32 bytes)

The MAC key is derived from the data key (``HMAC-SHA256(data key, "hearth seal v1")``), so
without the passphrase the seal can be neither forged nor set back. The seal is written after
the database commit has been made durable, so it is never ahead of the database unless commits
the database had acknowledged were lost. On unlock, a database whose count is behind the seal's
has lost the difference: the diary still opens and ``diary check`` and the unlock window say so.

Writing it is cheap: a missing or broken seal is replaced atomically, a genuine one is
overwritten in place (65 bytes in one sector, so never torn) without an fsync of its own, and
locking the diary syncs it. After a crash of Hearth the seal is exact; after a power cut it may
be a little behind, which only weakens the check: a seal behind the database is never an alarm.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import struct
import threading
import uuid
from enum import StrEnum
from pathlib import Path
from typing import NamedTuple

from diary.storage.atomic import atomic_write
from diary.storage.wipe import into_buffer, wipe, wiped

MAGIC = b"HRTHSEAL"
VERSION = 1
_BODY = struct.Struct(">8sB16sQ")
_MAC_BYTES = 32
SIZE = _BODY.size + _MAC_BYTES
_LABEL = b"hearth seal v1"


def seal_key(data_key: bytes | bytearray) -> bytearray:
    """The MAC key of the seal: a key of its own, derived from the diary's data key.

    In a wipeable buffer: the seal wipes it when the diary locks (``Seal.close``).
    """
    return into_buffer(hmac.new(data_key, _LABEL, hashlib.sha256).digest())


class Mark(NamedTuple):
    """What a seal says: which diary, and how many write transactions it had committed."""

    diary_id: uuid.UUID
    commits: int


def encode(mark: Mark, key: bytes | bytearray) -> bytes:
    """The seal's bytes for ``mark``, authenticated with ``key`` (``seal_key``)."""
    body = _BODY.pack(MAGIC, VERSION, mark.diary_id.bytes, mark.commits)
    return body + hmac.new(key, body, hashlib.sha256).digest()


class Broken(Exception):
    """The seal file is there but is not a seal this key made (damaged, forged or foreign)."""


def decode(data: bytes, key: bytes | bytearray) -> Mark:
    """The mark in a seal's bytes, after checking its MAC.

    Raises:
        Broken: wrong size, magic or version, or a MAC that does not match.
    """
    if len(data) != SIZE:
        raise Broken
    body, mac = data[: _BODY.size], data[_BODY.size :]
    if not hmac.compare_digest(mac, hmac.new(key, body, hashlib.sha256).digest()):
        raise Broken
    magic, version, diary_id, commits = _BODY.unpack(body)
    if magic != MAGIC or version != VERSION:
        raise Broken
    return Mark(uuid.UUID(bytes=diary_id), commits)


def diary_id_of(path: Path) -> uuid.UUID | None:
    """The diary id a seal file names, unchecked (no key needed); None if there is none.

    Only to keep a diary's identity when it is replaced by a restore that does not know it.
    """
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if len(data) != SIZE or not data.startswith(MAGIC):
        return None
    return uuid.UUID(bytes=_BODY.unpack(data[: _BODY.size])[2])


class Finding(StrEnum):
    """What opening a diary found about its seal; each has words in ``storage.words``."""

    SAVES_LOST = "saves_lost"
    SEAL_MISSING = "seal_missing"
    SEAL_BROKEN = "seal_broken"


class Report(NamedTuple):
    """A finding of ``Seal.compare`` and how many commits are missing (``SAVES_LOST``)."""

    finding: Finding
    lost: int = 0


class Seal:
    """The seal file of one open diary: compared on unlock, rewritten after each write.

    Thread-safe: writes from several threads are serialised and a lower count never replaces
    a higher one written this session.
    """

    def __init__(self, path: Path, data_key: bytes | bytearray) -> None:
        self.path = path
        self._key = seal_key(data_key)
        self._lock = threading.Lock()
        self._written = -1
        self._fd: int | None = None
        self.valid = False
        """True once ``read`` found a genuine seal file: later writes can overwrite it in place."""

    def read(self) -> Mark | None:
        """The seal's mark, or None when there is no seal file.

        Raises:
            Broken: the file is damaged, was changed without the key, or is another diary's.
        """
        self.valid = False
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError:
            raise Broken from None
        mark = decode(data, self._key)
        self.valid = True
        return mark

    def compare(self, database: Mark) -> Report | None:
        """Compare the database's own mark with the seal's; None when all is well.

        A missing seal is expected only while the database has never committed a write since
        it learnt to count (a diary from before seals, or one just created).
        """
        try:
            sealed = self.read()
        except Broken:
            return Report(Finding.SEAL_BROKEN)
        if sealed is None:
            return None if database.commits == 0 else Report(Finding.SEAL_MISSING)
        if sealed.diary_id != database.diary_id:
            return Report(Finding.SEAL_BROKEN)
        if sealed.commits > database.commits:
            return Report(Finding.SAVES_LOST, sealed.commits - database.commits)
        return None

    def write(self, mark: Mark) -> None:
        """Replace the seal with ``mark`` unless a higher count was written this session.

        A missing or broken seal is replaced atomically (temporary file, fsync, rename); a
        genuine one (``valid``) is overwritten in place, 65 bytes in one ``write`` to the page
        cache, so a save costs no extra fsync: after a crash of Hearth the count is exact, after
        a power cut the seal may be a little behind (which only weakens the check). ``close``
        syncs it. A failure to write is not a failed save (the database has the data): the
        seal is simply not moved on.
        """
        with self._lock:
            if mark.commits <= self._written or wiped(self._key):  # closed: the key is gone
                return
            data = encode(mark, self._key)
            try:
                if self._fd is None and not self.valid:
                    atomic_write(self.path, data)
                    self.valid = True
                else:
                    if self._fd is None:
                        self._fd = os.open(self.path, os.O_RDWR | getattr(os, "O_BINARY", 0))
                    os.lseek(self._fd, 0, os.SEEK_SET)
                    if os.write(self._fd, data) != len(data):
                        return
            except OSError:
                return
            self._written = mark.commits

    def close(self) -> None:
        """Make the last count durable, close the file and wipe the key (the diary locks)."""
        with self._lock:
            wipe(self._key)
            fd, self._fd = self._fd, None
            if fd is not None:
                with contextlib.suppress(OSError):
                    os.fsync(fd)
                os.close(fd)
