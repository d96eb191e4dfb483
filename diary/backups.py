"""Encrypted backups of an open diary: write one, keep the newest few, say when one is due.

The command line's ``backup export`` and the app (Back up now, and the automatic backup on quit,
at most daily, into a folder the user picks) share this. Backups are sealed with a
``SealingKey`` derived from the passphrase, so the app can back up on quit without keeping the
passphrase itself.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

from diary import __version__
from diary.domain.photos import PreparedPhoto
from diary.formats import backup, payload
from diary.formats.backup import FILE_SUFFIX, SealingKey
from diary.storage import restore
from diary.storage.atomic import atomic_stream
from diary.storage.kdf import KdfPolicy
from diary.storage.repository import DiaryState, Repository

PREFIX = "hearth-"
DEFAULT_KEEP = 10
EVERY = dt.timedelta(days=1)
REMIND_AFTER = dt.timedelta(days=7)
CLOCK_SLACK = dt.timedelta(minutes=1)
"""A backup dated this little after "now" counts as now: file times are rounded, clocks drift."""
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Written:
    """A backup just written: where, how big, how many records of each kind, which days."""

    path: Path
    size: int
    counts: dict[str, int]
    span: tuple[dt.date, dt.date] | None
    photos: int = 0
    photo_bytes: int = 0


_PHOTO_OVERHEAD = 200  # the JSON of one photo besides its two base64 strings, about


def export_to(
    repository: Repository,
    target: Path,
    sealing: SealingKey,
    *,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
) -> Written:
    """Write every record and photo, sealed, to ``target`` atomically (all of it, or no file).

    The backup names the diary (its id) and its newest change, so restoring it can tell
    whether it is older than the diary or another diary's (``compare``). It is written as it
    is made: the records, then each photo read from the diary, encoded and sealed in turn, so
    what is in memory is the records and about one photo, whatever the diary holds.
    """
    state = repository.state()  # before the records: a change meanwhile makes it look older
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    with repository.backup_snapshot() as snapshot:
        everything = snapshot.records
        pieces = payload.write(
            everything,
            photos=snapshot.photos,
            exported_at=stamp,
            app_version=__version__,
            diary_id=state.diary_id,
            changed_at=state.changed_at,
        )
        head = next(pieces)
        guess = (
            len(head) + -(-snapshot.photo_bytes // 3) * 4 + snapshot.photo_count * (_PHOTO_OVERHEAD)
        )
        with atomic_stream(target) as out:
            size = backup.write_sealed(
                out, itertools.chain((head,), pieces), sealing, progress=progress, total=guess
            )
    return Written(
        target,
        size,
        everything.counts(),
        everything.date_range(),
        snapshot.photo_count,
        snapshot.photo_bytes,
    )


class OpenedBackupFile:
    """A backup file checked, unlocked and read through once: what it holds, photos aside.

    Made by ``open_backup``. The dump's records are in memory; its photos are not: each was
    checked as it was read, then let go, and ``photos`` reads them again, one at a time, to
    restore or merge them. Close it (or leave the ``with`` block) to close the file and wipe
    its key.

    Attributes:
        path: The file.
        size: Its length in bytes.
        sealed: The container (header, chunk count).
        dump: Everything the backup holds, without its photos' bytes (``dump.photos`` says
            what each photo is).
    """

    def __init__(
        self, path: Path, file: BinaryIO, sealed: backup.OpenedBackup, dump: payload.Dump
    ) -> None:
        self.path = path
        self._file = file
        self.sealed = sealed
        self.dump = dump
        self.size = sealed.size

    def __enter__(self) -> OpenedBackupFile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Wipe the key and close the file."""
        self.sealed.wipe()
        self._file.close()

    def photos(self, progress: Progress | None = None) -> Iterator[PreparedPhoto]:
        """The backup's photos with their bytes, read and checked again one at a time.

        Raises (as it is read): ``BackupDamaged`` if the file changed since it was opened.
        """
        return payload.photos_of(self.sealed.reader(progress))

    def restored_photos(self) -> restore.Photos:
        """The photos as ``restore.restore`` takes them: the stream, and how many it holds."""
        return restore.Photos(self.photos(), len(self.dump.photos))


def open_backup(
    path: Path, passphrase: str, policy: KdfPolicy, *, progress: Progress | None = None
) -> OpenedBackupFile:
    """Check, decrypt and validate a whole backup file, a chunk at a time.

    Nothing is changed. Everything is checked (each chunk, the digest, the dump with its
    photos) before this returns, without holding the file, its plaintext or its photos in
    memory.

    Raises:
        OSError: the file cannot be read.
        BackupDamaged: not a backup, damaged, tampered with, unsafe, too new, or its dump is
            not valid (``payload.InvalidPayload``).
        WrongBackupPassphrase: the passphrase does not open it.
    """
    file = path.open("rb")
    try:
        sealed = backup.open_sealed(file, passphrase, policy)
        try:
            dump = payload.read(sealed.reader(progress))
        except BaseException:
            sealed.wipe()
            raise
    except BaseException:
        file.close()
        raise
    return OpenedBackupFile(path, file, sealed, dump)


class Concern(StrEnum):
    """Why replacing the diary with a backup deserves a question first."""

    OLDER = "older"
    """The backup is of this diary, but the diary has changed since it was made."""
    OTHER_DIARY = "other_diary"
    """The backup is of another diary."""
    UNKNOWN_AGE = "unknown_age"
    """The backup does not say which diary it is of or how far it got (an older Hearth's)."""


@dataclass(frozen=True)
class RestoreConcern:
    """What to tell before a backup replaces the diary: why, and both newest changes.

    ``backup_changed`` and ``diary_changed`` are aware (UTC), None where not known.
    """

    concern: Concern
    backup_changed: dt.datetime | None
    diary_changed: dt.datetime | None


def compare(dump: payload.Dump, diary: DiaryState) -> RestoreConcern | None:
    """Whether replacing ``diary`` with ``dump`` needs asking about; None when it does not.

    It does when the dump is of another diary, when it is of this one but older than its
    newest change (a backup made before the diary learnt to tell its changes counts as older
    once the diary has changed), or when the dump cannot say (payload version 1 or 2).
    """
    backup_changed, diary_changed = dump.changed_at, diary.changed_at

    def concern(kind: Concern) -> RestoreConcern:
        return RestoreConcern(kind, backup_changed, diary_changed)

    if dump.diary_id is None:
        return concern(Concern.UNKNOWN_AGE)
    if dump.diary_id != diary.diary_id:
        return concern(Concern.OTHER_DIARY)
    if diary_changed is not None and (backup_changed is None or backup_changed < diary_changed):
        return concern(Concern.OLDER)
    return None


class BackupFolder:
    """A folder of automatic backups, named by time, of which the newest ``keep`` are kept.

    Only files this class names (``hearth-YYYY-MM-DD-HHMMSS.hearth-backup``) are ever counted
    or removed; anything else the user puts there is left alone.
    """

    def __init__(self, folder: Path, keep: int = DEFAULT_KEEP) -> None:
        self.folder = folder
        self.keep = max(1, keep)

    def backups(self) -> list[Path]:
        """Hearth's backups in the folder, newest first."""
        try:
            found = [
                p
                for p in self.folder.iterdir()
                if p.name.startswith(PREFIX) and p.name.endswith(FILE_SUFFIX) and p.is_file()
            ]
        except OSError:
            return []
        return sorted(found, key=lambda p: p.name, reverse=True)

    def _times(self) -> list[dt.datetime]:
        """Each backup's time (its file time), newest name first; unreadable ones left out."""
        times = []
        for path in self.backups():
            try:
                times.append(dt.datetime.fromtimestamp(path.stat().st_mtime))
            except OSError:
                continue
        return times

    def last_time(self, now: dt.datetime | None = None) -> dt.datetime | None:
        """When the newest backup was written (its file time), if there is one.

        With ``now``, the newest written by then: one dated later (the computer's clock was
        set back since, or was ahead when it was written) tells nothing about how old the
        diary's last backup is, so it does not count.
        """
        times = self._times()
        if now is not None:
            times = [t for t in times if t <= now + CLOCK_SLACK]
        return max(times, default=None)

    def ahead(self, now: dt.datetime) -> dt.datetime | None:
        """The newest backup dated after ``now`` (the clock was set back since), if any."""
        return max((t for t in self._times() if t > now + CLOCK_SLACK), default=None)

    def due(self, now: dt.datetime, every: dt.timedelta = EVERY) -> bool:
        """True when no backup was written in the last ``every`` (one dated later is no help)."""
        last = self.last_time(now)
        return last is None or now - last >= every

    def overdue(self, now: dt.datetime) -> bool:
        """True when the last backup is older than a week (time for a gentle reminder).

        Also when every backup is dated after ``now``: how old the last one really is cannot
        be told then. With no backup at all there is no reminder (the first is made on quit).
        """
        if not self._times():
            return False
        last = self.last_time(now)
        return last is None or now - last >= REMIND_AFTER

    def write(
        self,
        repository: Repository,
        sealing: SealingKey,
        now: dt.datetime,
        *,
        progress: Progress | None = None,
    ) -> Written:
        """Write a new backup into the folder, then remove the oldest beyond ``keep``.

        The file's time is ``now``, as its name says (a network folder's clock may differ from
        this computer's). The backup just written is never the one removed, also when older
        ones are named with later dates (the clock was set back since they were written).
        """
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        name = f"{PREFIX}{now:%Y-%m-%d-%H%M%S}{FILE_SUFFIX}"
        written = export_to(repository, self.folder / name, sealing, progress=progress)
        stamp = now.timestamp()
        try:
            os.utime(written.path, (stamp, stamp))
        except OSError:
            pass  # the file system's own time is the next best
        self.prune(keeping=written.path)
        return written

    def prune(self, *, keeping: Path | None = None) -> list[Path]:
        """Remove backups beyond the newest ``keep``; returns what was removed.

        ``keeping`` (the backup just written) stays whatever its name, and counts as one of
        the ``keep``.
        """
        others = [path for path in self.backups() if path != keeping]
        kept = self.keep - 1 if keeping is not None and keeping.exists() else self.keep
        removed = []
        for path in others[kept:]:
            try:
                path.unlink()
            except OSError:
                continue
            removed.append(path)
        return removed

    @classmethod
    def chosen(cls, folder: str, keep: int, diary_folder: Path) -> BackupFolder:
        """The folder the user chose in Settings ("" means ``backups`` beside the diary)."""
        return cls(Path(folder) if folder else diary_folder / "backups", keep)
