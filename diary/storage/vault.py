"""The vault: creates a diary, unlocks it into a Repository, changes passphrases, locks.

A diary is a folder holding ``diary.db`` (SQLCipher, keyed by a random 256-bit data key),
``diary.keys`` (that key wrapped under Argon2id-derived keys, see ``keyslots``) and
``diary.lock`` (held while a process has the diary open). The database module (and with it
SQLAlchemy) is imported only when a diary is actually opened, so a window can appear first.
"""

from __future__ import annotations

import base64
import contextlib
import errno
import importlib
import os
import secrets
import threading
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from diary.storage import keyslots
from diary.storage.atomic import atomic_write
from diary.storage.errors import (
    Code,
    DamagedDiary,
    DiaryExists,
    DiaryLocked,
    DiaryNotFound,
    DiaryReadOnly,
    PassphraseNeeded,
    SaveFailed,
    WrongPassphrase,
)
from diary.storage.kdf import (
    KEY_BYTES,
    PRODUCT_POLICY,
    KdfParams,
    KdfPolicy,
    normalize_passphrase,
)
from diary.storage.keyslots import KeySlot, SlotKind
from diary.storage.lockfile import DiaryLock
from diary.storage.wipe import random_key, wipe

if TYPE_CHECKING:
    from diary.storage.quick import QuickDiary
    from diary.storage.repository import Repository
    from diary.storage.seal import Seal

RECOVERY_GROUPS = 8  # 8 groups of 4 base32 characters = 160 random bits


class DiaryFiles(NamedTuple):
    """Where a diary's files live inside its folder."""

    folder: Path

    @property
    def database(self) -> Path:
        """The SQLCipher database."""
        return self.folder / "diary.db"

    @property
    def keys(self) -> Path:
        """The key-slot file."""
        return self.folder / "diary.keys"

    @property
    def lock(self) -> Path:
        """The single-writer lock file."""
        return self.folder / "diary.lock"

    @property
    def seal(self) -> Path:
        """The write count kept outside the database (``diary.storage.seal``)."""
        return self.folder / "diary.seal"


def _writable(path: Path) -> bool:
    """True if this process may write ``path`` (False on a read-only file system too)."""
    effective = os.access in os.supports_effective_ids
    return os.access(path, os.W_OK, effective_ids=effective)


def _import_database_layer() -> None:
    """Load the database modules (SQLAlchemy: ~0.2 s) so they are ready when the key is.

    A failure here is left for the main thread's own import to report.
    """
    with contextlib.suppress(Exception):
        importlib.import_module("diary.storage.repository")


def _seal(files: DiaryFiles, data_key: bytearray) -> Seal:
    from diary.storage.seal import Seal

    return Seal(files.seal, data_key)


def new_recovery_code() -> str:
    """A random code to print or store, formatted for reading aloud: ABCD-EFGH-..."""
    raw = base64.b32encode(secrets.token_bytes(RECOVERY_GROUPS * 5 // 2)).decode("ascii")
    return "-".join(raw[i : i + 4] for i in range(0, RECOVERY_GROUPS * 4, 4))


def normalize_recovery_code(code: str) -> bytearray:
    """Accept the code with any spacing, dashes or letter case.

    The bytes come in a wipeable buffer, built a character at a time: ``code.upper()`` and a
    joined string would be whole copies of the code that cannot be overwritten.
    """
    secret = bytearray()
    for ch in code:
        for upper in ch.upper():  # as ``code.upper()`` would ("ß" is "SS")
            if upper.isascii() and upper.isalnum():
                secret.append(ord(upper))
    return secret


class Vault:
    """Owns a diary folder: its lock, its key slots and, while unlocked, its data key.

    Args:
        folder: the diary's data folder.
        policy: which KDF parameters are acceptable; ``PRODUCT_POLICY`` except in tests.
    """

    def __init__(self, folder: Path, policy: KdfPolicy = PRODUCT_POLICY) -> None:
        self.files = DiaryFiles(Path(folder))
        self._policy = policy
        self._lock = DiaryLock(self.files.lock)
        self._data_key: bytearray | None = None
        self._slots: tuple[KeySlot, ...] = ()
        self._repository: Repository | None = None
        self._quick: QuickDiary | None = None
        self._read_only = False

    # State ---------------------------------------------------------------------------------

    def exists(self) -> bool:
        """True if the folder holds a diary (its key file is what makes it one)."""
        return self.files.keys.exists()

    @property
    def unlocked(self) -> bool:
        """True while the data key is in memory."""
        return self._data_key is not None

    @property
    def read_only(self) -> bool:
        """True while the diary is open for reading only.

        Its folder or its database file cannot be written to (a read-only folder or file
        system): the diary is read as it is and every write raises DiaryReadOnly.
        """
        return (self._repository is not None or self._quick is not None) and self._read_only

    @property
    def has_recovery_code(self) -> bool:
        """True if a recovery-code slot exists (known once the key file has been read)."""
        return any(slot.kind is SlotKind.RECOVERY for slot in self._slots)

    @property
    def kdf_params(self) -> KdfParams:
        """The Argon2id cost of the passphrase slot: what this machine was calibrated to.

        Backups made while the diary is open use the same cost.
        """
        slots = self._slots or self._read_slots()
        return next(s for s in slots if s.kind is SlotKind.PASSPHRASE).params

    @property
    def repository(self) -> Repository:
        """The open diary; raises DiaryLocked while locked."""
        if self._repository is None:
            raise DiaryLocked(code=Code.DIARY_LOCKED)
        return self._repository

    # Create, unlock, lock --------------------------------------------------------------------

    def create(self, passphrase: str, *, recovery_code: bool = False) -> str | None:
        """Create a new diary; returns the recovery code if one was asked for (shown once).

        Raises:
            DiaryExists: the folder already holds a diary (or a stray database).
            PassphraseNeeded: the passphrase is empty (a ValueError).
        """
        if not passphrase:
            raise PassphraseNeeded(code=Code.PASSPHRASE_NEEDED)
        folder = self.files.folder
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as error:
            raise SaveFailed(
                code=Code.FOLDER_NOT_WRITABLE, folder=folder, reason=error.strerror or error
            ) from None
        if not _writable(folder):
            raise SaveFailed(
                code=Code.FOLDER_NOT_WRITABLE, folder=folder, reason=os.strerror(errno.EACCES)
            )
        self._lock.acquire()
        if self.exists():
            raise DiaryExists(code=Code.DIARY_EXISTS, folder=self.files.folder)
        if self.files.database.exists():
            raise DiaryExists(code=Code.STRAY_DATABASE, path=self.files.database)
        from diary.storage.database import open_engine
        from diary.storage.repository import Repository

        params = self._policy.calibrate()
        data_key = random_key(KEY_BYTES)
        code = new_recovery_code() if recovery_code else None
        secrets_ = [(SlotKind.PASSPHRASE, normalize_passphrase(passphrase))]
        if code is not None:
            secrets_.append((SlotKind.RECOVERY, normalize_recovery_code(code)))
        try:
            slots = [
                keyslots.wrap(data_key, secret, kind, params, self._policy)
                for kind, secret in secrets_
            ]
        except BaseException:
            wipe(data_key)
            raise
        finally:
            for _kind, secret in secrets_:
                wipe(secret)
        engine = None
        try:
            # Private from the start: SQLite gives the -wal and -shm files the same mode.
            self.files.seal.unlink(missing_ok=True)  # a deleted diary's: it counts no more
            os.close(os.open(self.files.database, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
            engine = open_engine(self.files.database, data_key, create=True)
            self._write_slots(tuple(slots))
        except BaseException:
            if engine is not None:
                engine.dispose()
            wipe(data_key)
            for leftover in (self.files.database, *self._wal_files()):
                leftover.unlink(missing_ok=True)
            raise
        self._data_key = data_key  # the engine's pool reads this very buffer: lock wipes it
        self._repository = Repository(engine, _seal(self.files, data_key))
        return code

    def unlock(self, passphrase: str) -> Repository:
        """Open the diary with its passphrase.

        A diary whose folder or database file cannot be written to opens for reading only
        (``read_only``).

        Raises:
            DiaryNotFound, DiaryInUse, WrongPassphrase, DamagedDiary, LockFileUnusable,
            DiaryReadOnly (it cannot even be read without writing).
        """
        if not passphrase:
            raise WrongPassphrase(code=Code.EMPTY_PASSPHRASE)
        secret = normalize_passphrase(passphrase)
        try:
            return self._unlock(SlotKind.PASSPHRASE, secret)
        finally:
            wipe(secret)

    def unlock_with_recovery_code(self, code: str) -> Repository:
        """Open the diary with the recovery code chosen at creation."""
        secret = normalize_recovery_code(code)
        try:
            if not secret:
                raise WrongPassphrase(code=Code.EMPTY_RECOVERY_CODE)
            return self._unlock(SlotKind.RECOVERY, secret)
        finally:
            wipe(secret)

    def unlock_quick(self, passphrase: str) -> QuickDiary:
        """Open the diary for a command-line command: one connection, no SQLAlchemy.

        The same checks, errors and read-only rule as ``unlock``, but nothing is imported
        while Argon2id derives (it has the cores to itself) and the diary is a ``QuickDiary``,
        which ``lock`` closes before it wipes the key.
        """
        if not passphrase:
            raise WrongPassphrase(code=Code.EMPTY_PASSPHRASE)
        if self._quick is not None:
            return self._quick
        secret = normalize_passphrase(passphrase)
        try:
            data_key, read_only = self._unwrap(SlotKind.PASSPHRASE, secret, preload=False)
        finally:
            wipe(secret)
        from diary.storage.quick import QuickDiary

        try:
            quick = QuickDiary(
                self.files.database, data_key, _seal(self.files, data_key), read_only=read_only
            )
        except BaseException:
            wipe(data_key)
            raise
        self._quick = quick
        self._read_only = read_only
        self._data_key = data_key  # lock closes the connection first, then wipes this buffer
        return quick

    def _unwrap(
        self, kind: SlotKind, secret: bytearray, *, preload: bool
    ) -> tuple[bytearray, bool]:
        """Take the lock, read the key file and unwrap the data key: (key, read only).

        ``preload``: import the database layer while Argon2id derives. The caller wipes
        ``secret``, and the key once it is done with it.
        """
        if not self.exists():
            raise DiaryNotFound(code=Code.DIARY_NOT_FOUND, folder=self.files.folder)
        self._lock.acquire(may_be_missing=True)  # a read-only folder may hold no lock file
        read_only = (
            self._lock.missing
            or not _writable(self.files.folder)
            or not _writable(self.files.database)
        )
        self._remove_stray_key_files()
        slots = self._read_slots()
        slot = next((s for s in slots if s.kind is kind), None)
        if slot is None:
            raise WrongPassphrase(code=Code.NO_RECOVERY_CODE)
        if not preload:
            return keyslots.unwrap(slot, secret, self._policy), read_only
        loader = threading.Thread(target=_import_database_layer, daemon=True)
        loader.start()  # Argon2id releases the GIL: import SQLAlchemy while it derives
        try:
            return keyslots.unwrap(slot, secret, self._policy), read_only
        finally:
            loader.join()

    def _unlock(self, kind: SlotKind, secret: bytearray) -> Repository:
        """Unwrap the data key with ``secret`` and open (the caller wipes ``secret``)."""
        data_key, read_only = self._unwrap(kind, secret, preload=True)
        if self._repository is not None:  # already open: the secret was checked all the same
            wipe(data_key)
            return self._repository
        from diary.storage.database import open_engine
        from diary.storage.repository import Repository

        try:
            engine = open_engine(self.files.database, data_key, read_only=read_only)
        except BaseException:
            wipe(data_key)
            raise
        self._read_only = read_only
        self._data_key = data_key  # the engine's pool reads this very buffer: lock wipes it
        self._repository = Repository(engine, _seal(self.files, data_key))
        return self._repository

    def lock(self) -> None:
        """Close the database and wipe the data key; the folder stays reserved.

        The key is overwritten in place, so whatever may still refer to it (an engine's pool
        kept alive by a stray reference, the seal) holds zeros and can no longer connect.
        """
        try:
            if self._repository is not None:
                self._repository.close()
        finally:
            self._repository = None
            try:
                if self._quick is not None:
                    self._quick.close()
            finally:
                self._quick = None
                wipe(self._data_key)
                self._data_key = None

    def close(self) -> None:
        """Lock and give the folder back to other processes."""
        self.lock()
        self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # Passphrases -----------------------------------------------------------------------------

    def check_passphrase(self, passphrase: str) -> None:
        """Raise WrongPassphrase unless ``passphrase`` opens this diary; nothing is changed.

        Only the passphrase slot is tried (slow: one Argon2id derivation); the diary stays as
        it is, open or locked, and no file is written.

        Raises:
            WrongPassphrase, DiaryNotFound, DamagedDiary.
        """
        if not passphrase:
            raise WrongPassphrase(code=Code.EMPTY_PASSPHRASE)
        slots = self._slots or self._read_slots()
        slot = next((s for s in slots if s.kind is SlotKind.PASSPHRASE), None)
        if slot is None:
            raise DamagedDiary(code=Code.NO_PASSPHRASE_SLOT)
        secret = normalize_passphrase(passphrase)
        try:
            wipe(keyslots.unwrap(slot, secret, self._policy))  # only whether it opens was wanted
        finally:
            wipe(secret)

    def change_passphrase(self, new_passphrase: str, *, current: str | None = None) -> None:
        """Re-wrap the data key under a new passphrase; atomic, the data is not re-encrypted.

        With ``current``, that passphrase is checked first and a wrong one changes nothing
        (raises WrongPassphrase).
        """
        if not new_passphrase:
            raise PassphraseNeeded(code=Code.PASSPHRASE_NEEDED)
        if current is not None:
            self.check_passphrase(current)
        self._replace_slot(SlotKind.PASSPHRASE, normalize_passphrase(new_passphrase))

    def set_recovery_code(self) -> str:
        """Create (or replace) the recovery-code slot and return the new code, shown once."""
        code = new_recovery_code()
        self._replace_slot(SlotKind.RECOVERY, normalize_recovery_code(code))
        return code

    def _replace_slot(self, kind: SlotKind, secret: bytearray) -> None:
        try:
            if self._data_key is None:
                raise DiaryLocked(code=Code.UNLOCK_FIRST)
            if self.read_only:
                raise DiaryReadOnly(code=Code.READ_ONLY)
            # Keep the cost calibrated at creation (it was checked against the policy on read).
            params = self.kdf_params
            fresh = keyslots.wrap(self._data_key, secret, kind, params, self._policy)
        finally:
            wipe(secret)
        others = tuple(s for s in self._slots if s.kind is not kind)
        self._write_slots(tuple(sorted((*others, fresh), key=lambda s: s.kind)))

    # Files -----------------------------------------------------------------------------------

    def _read_slots(self) -> tuple[KeySlot, ...]:
        try:
            data = self.files.keys.read_bytes()
        except FileNotFoundError:
            raise DiaryNotFound(code=Code.DIARY_NOT_FOUND, folder=self.files.folder) from None
        except OSError as error:
            raise DamagedDiary(
                code=Code.KEY_FILE_UNREADABLE, reason=error.strerror or error
            ) from None
        self._slots = keyslots.decode(data)
        return self._slots

    def _write_slots(self, slots: tuple[KeySlot, ...]) -> None:
        try:
            atomic_write(self.files.keys, keyslots.encode(slots))
        except OSError as error:
            raise SaveFailed(
                code=Code.KEY_FILE_NOT_WRITTEN, reason=error.strerror or error
            ) from None
        self._slots = slots

    def _remove_stray_key_files(self) -> None:
        """Delete temp key files a crash mid-write left behind (they may hold a wrapped key)."""
        for stray in self.files.folder.glob(f".{self.files.keys.name}.*.tmp"):
            with contextlib.suppress(OSError):
                stray.unlink()

    def _wal_files(self) -> tuple[Path, ...]:
        db = self.files.database
        return (db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm"))
