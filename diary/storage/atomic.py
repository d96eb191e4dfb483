"""Crash-safe replacement of files: temp file, fsync, atomic rename, directory fsync."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


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
    with atomic_stream(path) as handle:
        handle.write(data)


@contextmanager
def atomic_stream(path: Path) -> Iterator[BinaryIO]:
    """A file to write ``path``'s new contents into, a piece at a time; in place at the end.

    Written to a temporary file beside it, synced, then renamed over ``path`` when the block
    ends, so a crash leaves either the old or the new file. If the block raises, the temporary
    file is removed and the old file is untouched.
    """
    import tempfile  # here: it brings shutil, lzma and bz2, which a command that reads never needs

    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
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
