"""Crash-safe replacement of small files: temp file, fsync, atomic rename, directory fsync."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def fsync_directory(directory: Path) -> None:
    """Make a rename inside ``directory`` durable (a no-op where the OS cannot open folders)."""
    if os.name == "nt":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so a crash leaves either the old or the new file.

    On any failure the temporary file is removed and the old file is untouched.
    """
    import tempfile  # here: it brings shutil, lzma and bz2, which a command that reads never needs

    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    # The new file is in place from here on, so a failure must not be reported as "nothing
    # changed". Some file systems (network shares, FUSE) refuse to fsync a folder; the rename
    # has still happened, only its durability across a power cut is then up to the OS.
    with contextlib.suppress(OSError):
        fsync_directory(path.parent)
