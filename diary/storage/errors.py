"""Errors the storage layer raises; each maps to one clear message and one CLI exit code.

An error carries a ``code`` (one of ``Code``) and its parameters; its words are chosen when it
is shown: ``str(error)`` is ``diary.storage.words.explain(error.code, error.params)``, the
code's sentence in the current language with the parameters filled in. An error made from a
sentence instead (``SaveFailed("…")``) says that sentence.
"""

from __future__ import annotations

from enum import StrEnum

from diary.storage import words


class Code(StrEnum):
    """What went wrong, for people (``words.ERROR_<CODE>``) and for code that decides."""

    DIARY_NOT_FOUND = "diary_not_found"
    DIARY_EXISTS = "diary_exists"
    STRAY_DATABASE = "stray_database"
    DIARY_LOCKED = "diary_locked"
    UNLOCK_FIRST = "unlock_first"
    PASSPHRASE_NEEDED = "passphrase_needed"
    EMPTY_PASSPHRASE = "empty_passphrase"
    EMPTY_RECOVERY_CODE = "empty_recovery_code"
    NO_RECOVERY_CODE = "no_recovery_code"
    WRONG_PASSPHRASE = "wrong_passphrase"
    NO_PASSPHRASE_SLOT = "no_passphrase_slot"
    KEY_FILE_UNREADABLE = "key_file_unreadable"
    KEY_FILE_DAMAGED = "key_file_damaged"
    KEY_FILE_TOO_NEW = "key_file_too_new"
    KEY_FILE_NOT_WRITTEN = "key_file_not_written"
    UNSAFE_KDF = "unsafe_kdf"
    EXCESSIVE_KDF = "excessive_kdf"
    DIARY_IN_USE = "diary_in_use"
    DATABASE_DAMAGED = "database_damaged"
    DATABASE_MISSING = "database_missing"
    DATABASE_TOO_NEW = "database_too_new"
    DISK_FULL = "disk_full"
    WRITE_REFUSED = "write_refused"
    SAVE_FAILED = "save_failed"
    RESTORE_INCOMPLETE = "restore_incomplete"
    RESTORE_FAILED = "restore_failed"
    LOCK_NOT_A_FILE = "lock_not_a_file"
    LOCK_IS_LINK = "lock_is_link"
    LOCK_UNUSABLE = "lock_unusable"
    FOLDER_NOT_WRITABLE = "folder_not_writable"
    READ_ONLY = "read_only"
    READ_ONLY_UNMERGED = "read_only_unmerged"
    READ_ONLY_OLD_SCHEMA = "read_only_old_schema"


class StorageError(Exception):
    """Base class; the message is written for the user, never a traceback.

    Args:
        message: a ready sentence, for an error without a code (tests, callers' own words).
        code: what went wrong; its words are looked up when the error is shown.
        params: what the words name (a folder, a reason, a version).
    """

    def __init__(self, message: str = "", /, *, code: str | None = None, **params: object):
        super().__init__(message or code or "")
        self.code = code
        self.params = params

    def __str__(self) -> str:
        return words.explain(self.code, self.params) if self.code else super().__str__()


class DiaryNotFound(StorageError):
    """There is no diary in the data folder yet."""


class DiaryExists(StorageError):
    """Creating a diary would overwrite one that is already there."""


class WrongPassphrase(StorageError):
    """The passphrase (or recovery code) does not open the diary."""


class DamagedDiary(StorageError):
    """A file is damaged, truncated or has been tampered with; nothing was changed."""


class DiaryInUse(StorageError):
    """Another copy of Hearth (or the command line) has the diary open."""


class DiaryLocked(StorageError):
    """The vault is locked: unlock it before reading or writing."""


class SaveFailed(StorageError):
    """A write did not complete (disk full, permissions); the previous data is intact."""


class LockFileUnusable(StorageError):
    """The lock file is a link, a folder or another odd file, or cannot be opened."""


class DiaryReadOnly(SaveFailed):
    """The diary is open for reading only (its folder or database cannot be written)."""


class PassphraseNeeded(StorageError, ValueError):
    """An empty passphrase was chosen for a diary (a ValueError, as before codes)."""
