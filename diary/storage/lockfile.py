"""One writer per diary: an OS-level exclusive lock on a file beside the database.

The OS releases the lock when the process dies (even on kill -9), so a crash never leaves a
stale lock behind. The lock file holds no data.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from diary.storage.errors import Code, DiaryInUse


class DiaryLock:
    """An exclusive, non-blocking lock held for as long as the diary is open."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        """True while this process holds the lock."""
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock or raise DiaryInUse at once (never waits)."""
        if self._fd is not None:
            return
        fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise DiaryInUse(code=Code.DIARY_IN_USE) from None
        self._fd = fd

    def release(self) -> None:
        """Give the lock back; closing the descriptor releases it."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        os.close(fd)


if sys.platform == "win32":  # pragma: no cover - exercised on the Windows CI runner
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
