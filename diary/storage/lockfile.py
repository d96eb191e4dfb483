"""One writer per diary: an OS-level exclusive lock on a file beside the database.

The OS releases the lock when the process dies (even on kill -9), so a crash never leaves a
stale lock behind. The lock file holds no data.

The lock file is only ever a plain file of its own: a symbolic link is refused and never
followed (``O_NOFOLLOW`` and an ``lstat`` check), so the diary's lock can never be made to
create or lock a file elsewhere; a folder (or any other kind of file) in its place is refused
too, naming the path. In a folder Hearth may not write to, an existing lock file is locked
through a read-only descriptor (an exclusive lock needs no write access), and a missing one
cannot be made: the lock is then ``missing`` and the diary may only be read.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from pathlib import Path

from diary.storage.errors import Code, DiaryInUse, LockFileUnusable, SaveFailed

# The open flags Hearth needs where the platform has them (Windows has neither).
_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NO_BLOCK = getattr(os, "O_NONBLOCK", 0)  # a FIFO in its place must not hang the open
# What a read-only folder, a read-only lock file or a read-only file system answers.
_REFUSED = (errno.EACCES, errno.EPERM, errno.EROFS)


class DiaryLock:
    """An exclusive, non-blocking lock held for as long as the diary is open."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._fd: int | None = None
        self.missing = False
        """True when there was no lock file and the folder would not let one be made."""

    @property
    def held(self) -> bool:
        """True while this process holds the lock."""
        return self._fd is not None

    def acquire(self, *, may_be_missing: bool = False) -> None:
        """Take the lock or raise at once (never waits).

        Args:
            may_be_missing: in a folder that refuses new files, go on without a lock file
                (``missing`` is then True): right for reading a diary, never for writing one.

        Raises:
            DiaryInUse: another process holds the lock.
            LockFileUnusable: the lock file is a link, a folder or another kind of file, or
                cannot be opened (the words name the path).
            SaveFailed: there is no lock file and the folder refuses to hold one.
        """
        if self._fd is not None or (self.missing and may_be_missing):
            return
        fd = self._open(may_be_missing=may_be_missing)
        if fd is None:
            self.missing = True
            return
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise DiaryInUse(code=Code.DIARY_IN_USE) from None
        self.missing = False
        self._fd = fd

    def release(self) -> None:
        """Give the lock back; closing the descriptor releases it."""
        self.missing = False
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        os.close(fd)

    def _open(self, *, may_be_missing: bool) -> int | None:
        """A descriptor on the lock file (made if need be), or None when it cannot be made."""
        self._refuse_anything_but_a_file()
        try:
            fd = os.open(self._path, os.O_RDWR | os.O_CREAT | _NO_FOLLOW | _NO_BLOCK, 0o600)
        except OSError as error:
            if error.errno not in _REFUSED:
                raise self._unusable(error) from None
            reading = self._open_for_reading(may_be_missing=may_be_missing, refused=error)
            if reading is None:
                return None
            fd = reading
        try:
            is_file = stat.S_ISREG(os.fstat(fd).st_mode)
        except OSError:
            is_file = False
        if not is_file:  # swapped for something else since the check above
            os.close(fd)
            raise LockFileUnusable(code=Code.LOCK_NOT_A_FILE, path=self._path)
        return fd

    def _open_for_reading(self, *, may_be_missing: bool, refused: OSError) -> int | None:
        """The lock file opened read-only (enough to lock it); None if there is none."""
        try:
            return os.open(self._path, os.O_RDONLY | _NO_FOLLOW | _NO_BLOCK)
        except FileNotFoundError:
            if may_be_missing:
                return None
            raise SaveFailed(
                code=Code.FOLDER_NOT_WRITABLE,
                folder=self._path.parent,
                reason=refused.strerror or refused,
            ) from None
        except OSError as error:
            raise self._unusable(error) from None

    def _refuse_anything_but_a_file(self) -> None:
        try:
            mode = os.lstat(self._path).st_mode
        except FileNotFoundError:
            return
        except OSError as error:
            raise self._unusable(error) from None
        if stat.S_ISLNK(mode):
            raise LockFileUnusable(code=Code.LOCK_IS_LINK, path=self._path)
        if not stat.S_ISREG(mode):
            raise LockFileUnusable(code=Code.LOCK_NOT_A_FILE, path=self._path)

    def _unusable(self, error: OSError) -> LockFileUnusable:
        if error.errno == errno.ELOOP or error.errno == getattr(errno, "EMLINK", None):
            return LockFileUnusable(code=Code.LOCK_IS_LINK, path=self._path)  # O_NOFOLLOW said so
        if error.errno == errno.EISDIR:
            return LockFileUnusable(code=Code.LOCK_NOT_A_FILE, path=self._path)
        return LockFileUnusable(
            code=Code.LOCK_UNUSABLE, path=self._path, reason=error.strerror or error
        )


if sys.platform == "win32":  # pragma: no cover - exercised on the Windows CI runner
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
