"""Restore records into a diary folder: build the new diary beside the old one, then swap.

The old diary is never touched until the new one is complete and checked; the swap moves the key
file last (a folder is a diary once it has one) and undoes every move if one fails, so a crash or
a full disk leaves either the old diary or the new one, never half of each. Used by
``diary backup restore`` and the app's Restore dialog.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from diary.domain.models import Records
from diary.domain.photos import PreparedPhoto
from diary.storage import seal
from diary.storage.atomic import fsync_directory
from diary.storage.errors import Code, SaveFailed
from diary.storage.kdf import KdfPolicy
from diary.storage.vault import DiaryFiles, Vault


@dataclass(frozen=True)
class Origin:
    """Which diary a backup came from and its newest change (aware), as far as it says."""

    diary_id: uuid.UUID | None = None
    changed_at: dt.datetime | None = None


@dataclass(frozen=True)
class Photos:
    """A backup's photos to restore, read one at a time, and how many there must be.

    ``stream`` is read once, inside the restore's transaction; ``count`` is how many photos
    the backup said it holds (read through once already), which the new diary must then hold.
    """

    stream: Iterable[PreparedPhoto]
    count: int


def build(
    folder: Path,
    policy: KdfPolicy,
    passphrase: str,
    records: Records,
    *,
    recovery_code: bool,
    origin: Origin | None = None,
    photos: Photos | None = None,
) -> tuple[Path, str | None]:
    """Create a complete diary of ``records`` (and ``photos``) in a hidden folder in ``folder``.

    The new diary takes the identity of ``origin`` (the backup's diary) and its newest change,
    where known; otherwise it keeps its own new id, and its newest change is the restore.

    Returns that folder (holding diary.db, diary.keys and diary.seal, closed) and the recovery
    code, if one was asked for. On any failure the folder is removed and the error raised.
    """
    staging = Path(tempfile.mkdtemp(prefix=".restore-", dir=folder))
    expected = len(records.photos) + (photos.count if photos is not None else 0)
    try:
        with Vault(staging, policy) as fresh:
            code = fresh.create(passphrase, recovery_code=recovery_code)
            fresh.repository.merge_records(
                records, photos=photos.stream if photos is not None else ()
            )
            if (
                fresh.repository.counts() != records.counts()
                or fresh.repository.photo_count() != expected
            ):
                raise SaveFailed(code=Code.RESTORE_INCOMPLETE)
            if origin is not None and origin.diary_id is not None:
                fresh.repository.adopt_identity(origin.diary_id, origin.changed_at)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return staging, code


def swap_in(staging: Path, folder: Path, keep: Path | None) -> None:
    """Move the diary built in ``staging`` into ``folder``, the old one (if any) into ``keep``.

    On a failure every move is undone.
    """
    here, built = DiaryFiles(folder), DiaryFiles(staging)
    moves: list[tuple[Path, Path]] = []
    if keep is not None:
        wal = [here.database.with_name(here.database.name + s) for s in ("-wal", "-shm")]
        moves += [(here.keys, keep / here.keys.name), (here.database, keep / here.database.name)]
        moves += [(path, keep / path.name) for path in (*wal, here.seal) if path.exists()]
    moves += [(built.database, here.database), (built.seal, here.seal), (built.keys, here.keys)]
    done: list[tuple[Path, Path]] = []
    try:
        for source, target in moves:
            os.replace(source, target)
            done.append((source, target))
    except BaseException:
        for source, target in reversed(done):
            with contextlib.suppress(OSError):
                os.replace(target, source)
        raise
    for changed in (folder, keep):
        if changed is not None:
            with contextlib.suppress(OSError):
                fsync_directory(changed)
    shutil.rmtree(staging, ignore_errors=True)


def restore(
    folder: Path,
    policy: KdfPolicy,
    passphrase: str,
    records: Records,
    *,
    replacing: bool,
    recovery_code: bool = False,
    origin: Origin | None = None,
    photos: Photos | None = None,
) -> tuple[Path | None, str | None]:
    """Build the restored diary beside the current one (if any) and swap it in.

    ``photos`` are a backup's photos read as a stream (``records.photos`` are restored too).
    The caller holds the folder's lock and, when ``replacing``, has closed the old diary.
    ``origin`` (the backup's diary and newest change) becomes the new diary's; without one,
    a replaced diary's id is kept (read from its seal), so its next backups still match.

    Returns:
        The folder the old diary was moved into (None when there was none) and the new
        diary's recovery code (None unless asked for).

    Raises:
        SaveFailed: the disk or the restore failed; the old diary is as it was.
    """
    keep: Path | None = None
    if (origin is None or origin.diary_id is None) and replacing:
        kept = seal.diary_id_of(DiaryFiles(folder).seal)
        origin = Origin(kept, None) if kept is not None else origin
    try:
        staging, code = build(
            folder,
            policy,
            passphrase,
            records,
            recovery_code=recovery_code,
            origin=origin,
            photos=photos,
        )
        try:
            if replacing:
                stamp = dt.datetime.now().strftime("%Y-%m-%d-%H%M%S")
                keep = Path(tempfile.mkdtemp(prefix=f"before-restore-{stamp}-", dir=folder))
            swap_in(staging, folder, keep)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            if keep is not None:
                with contextlib.suppress(OSError):
                    keep.rmdir()  # only if empty: everything was moved back
            raise
    except OSError as error:
        raise SaveFailed(code=Code.RESTORE_FAILED, reason=error.strerror or error) from None
    return keep, code
