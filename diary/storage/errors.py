"""Errors the storage layer raises; each maps to one clear message and one CLI exit code."""


class StorageError(Exception):
    """Base class; the message is written for the user, never a traceback."""


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
