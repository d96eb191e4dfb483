"""Encrypted backups of an open diary: write one, keep the newest few, say when one is due.

The command line's ``backup export`` and the app (Back up now, and the automatic backup on quit,
at most daily, into a folder the user picks) share this. Backups are sealed with a
``SealingKey`` derived from the passphrase, so the app can back up on quit without keeping the
passphrase itself.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from diary import __version__
from diary.formats import backup, payload
from diary.formats.backup import FILE_SUFFIX, SealingKey
from diary.storage.atomic import atomic_write
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


def export_to(
    repository: Repository,
    target: Path,
    sealing: SealingKey,
    *,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
) -> Written:
    """Write every record, sealed, to ``target`` atomically (all of it, or no file at all).

    The backup names the diary (its id) and its newest change, so restoring it can tell
    whether it is older than the diary or another diary's (``compare``).
    """
    state = repository.state()  # before the records: a change meanwhile makes it look older
    everything = repository.records()
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    document = payload.dump(
        everything,
        exported_at=stamp,
        app_version=__version__,
        diary_id=state.diary_id,
        changed_at=state.changed_at,
    )
    buffer = io.BytesIO()
    backup.write_sealed(buffer, document, sealing, progress=progress)
    data = buffer.getvalue()
    atomic_write(target, data)
    return Written(target, len(data), everything.counts(), everything.date_range())


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
