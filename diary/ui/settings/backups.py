"""Backups in Settings: automatic backups, Back up now, Restore, Export and Import.

Every long step (sealing, reading, decrypting, merging, restoring, parsing) runs off the GUI
thread with a progress dialog; reading and writing report progress and can be cancelled until
the point where a change to the diary begins. What would change is always shown first: a restore
shows the backup's counts and dates before Merge or Replace, an import shows what it would add.
Dialogs are injected (``Ask``) so tests drive every flow without modal windows.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QWidget,
)

from diary import locale_format, messages
from diary.backups import (
    BackupFolder,
    Concern,
    OpenedBackupFile,
    RestoreConcern,
    compare,
    export_to,
    open_backup,
)
from diary.domain.models import Records
from diary.exports import EXPORTERS, write_export
from diary.formats import backup
from diary.formats.importers import IMPORTERS, ImportOptions, hearth, titles
from diary.formats.importers.base import Notes
from diary.formats.terminal import counts_words
from diary.storage.errors import WrongPassphrase
from diary.storage.restore import Origin, Photos
from diary.ui.settings import words
from diary.ui.shell.card import Card
from diary.ui.shell.dialogs import Option, ask_choice, ask_passphrase
from diary.ui.shell.tasks import InlinePool, Tasks

if TYPE_CHECKING:
    from diary.settings import Settings
    from diary.storage.kdf import KdfPolicy
    from diary.storage.repository import ImportUndone, NotesMerged, Repository


class Cancelled(Exception):
    """The user pressed Cancel while a file was being read or written."""


def moment_words(moment: dt.datetime, *, now: dt.datetime | None = None) -> str:
    """A moment in the user's local time, to read: "Thursday 3 December, 21:40".

    An aware ``moment`` (a backup's UTC stamp) is moved to the local time zone; a naive one is
    taken as local already. The year is added when it is not ``now``'s.
    """
    local = moment.astimezone() if moment.tzinfo is not None else moment
    now = now or dt.datetime.now()
    shown = words.BACKUP_UI_MOMENT if local.year == now.year else words.BACKUP_UI_MOMENT_YEAR
    return shown.format(
        weekday=locale_format.weekday_name(local.weekday(), standalone=False),
        day=local.day,
        month=locale_format.month_name(local.month, standalone=False),
        year=local.year,
        time=f"{local:%H:%M}",
    )


def reminder_words(folder: BackupFolder, now: dt.datetime) -> str | None:
    """The gentle status-line reminder on unlock when a backup would be wise, else None.

    That is when the last backup is more than a week old, or when every backup is dated after
    ``now`` (the clock was set back since): how old the last one is cannot be told then.
    """
    if not folder.overdue(now):
        return None
    last = folder.last_time(now)
    if last is not None:
        return messages.plural((now - last).days, messages.BACKUP_UI_OVERDUE)
    ahead = folder.ahead(now)
    if ahead is None:  # removed meanwhile
        return None
    return words.BACKUP_UI_AHEAD_REMINDER.format(when=moment_words(ahead, now=now))


def stamp_words(stamp: str, *, now: dt.datetime | None = None) -> str:
    """A backup's ``exported_at`` (ISO 8601, UTC) in local words; as written if unreadable."""
    try:
        moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)  # backups are stamped in UTC
    return moment_words(moment, now=now)


def _merged_words(merged: NotesMerged) -> dict[str, str]:
    """An import's counts in words: "3 notes", "2 days", "1 day" (updated)."""
    return {
        "notes": messages.plural(merged.notes_added, messages.IMPORT_NOTES),
        "days": messages.plural(merged.days_added_to, messages.IMPORT_DAYS),
        "updated": messages.plural(merged.days_updated, messages.IMPORT_DAYS),
    }


_REASONS_SHOWN = 5


def _photo_words(merged: NotesMerged, *, dry_run: bool) -> str:
    """The photos an import (would) attach, and, in a plan, those it could not take and why."""
    said = ""
    if merged.photos_added:
        attach = messages.IMPORT_PHOTOS_WOULD_ADD if dry_run else messages.IMPORT_PHOTOS_ADDED
        said += " " + attach(merged.photos_added)
    refused = merged.photos_refused
    if refused and dry_run:
        said += "\n\n" + messages.IMPORT_PHOTOS_NOT_TAKEN(len(refused))
        for day, error in refused[:_REASONS_SHOWN]:
            reason = messages.photo_refused(error)
            said += f"\n• {messages.IMPORT_PHOTO_REFUSED.format(day=day, reason=reason)}"
        if len(refused) > _REASONS_SHOWN:
            left = len(refused) - _REASONS_SHOWN
            said += "\n" + messages.IMPORT_MORE_NOT_USED.format(count=left).strip()
    return said


@dataclass
class BackupHooks:
    """What the app gives the section: where the diary is, its keys, how to replace it.

    Attributes:
        diary_folder: the diary's folder (automatic backups go to its ``backups`` folder
            unless the user picks another).
        policy: the KDF policy (the product's, or the tests' fast one).
        sealing: the session's sealing key, or None (not derived yet, or opened with the
            recovery code).
        make_sealing: checks the diary's passphrase, derives a sealing key from it and keeps
            it for the session (slow: runs in the pool); raises WrongPassphrase.
        check_passphrase: raises WrongPassphrase unless it is the diary's passphrase (slow).
        replace_diary: on the GUI thread, after the passphrase was checked: closes the diary,
            restores ``records`` and the stream of ``photos`` in its place under that
            passphrase (taking on the backup's identity and newest change, when it has them)
            and opens it again, reporting on the status line; it calls ``finished`` on the GUI
            thread when that is over, whichever way (the backup file is closed then).
    """

    diary_folder: Path
    policy: KdfPolicy
    sealing: Callable[[], backup.SealingKey | None]
    make_sealing: Callable[[str], backup.SealingKey]
    check_passphrase: Callable[[str], object]
    replace_diary: Callable[[Records, str, Origin | None, Photos, Callable[[], None]], None]


class Ask:
    """The questions the section asks; real dialogs by default, answers injected in tests."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent

    def save_path(self, title: str, suggested: str, filters: str) -> str:
        """A file to write, or "" when cancelled (the dialog starts where ``suggested`` is)."""
        return QFileDialog.getSaveFileName(self._parent, title, suggested, filters)[0]

    def open_path(self, title: str, filters: str, start: str = "") -> str:
        """A file to read, or "" when cancelled (the dialog starts in ``start``, or home)."""
        where = start or str(Path.home())
        return QFileDialog.getOpenFileName(self._parent, title, where, filters)[0]

    def folder(self, title: str, start: str) -> str:
        """A folder, or "" when cancelled."""
        return QFileDialog.getExistingDirectory(self._parent, title, start)

    def secret(self, title: str, why: str, *, action: str = "", error: str = "") -> str | None:
        """A passphrase typed without echo, or None when cancelled.

        ``why`` says why it is asked, ``action`` names the primary button and ``error`` shows
        what went wrong with the last try, under the field.
        """
        return ask_passphrase(
            self._parent, title, why, action=action or words.BACKUP_UI_GO_ON, error=error
        )

    def item(self, title: str, label: str, items: list[str]) -> str | None:
        """One of ``items``, or None when cancelled."""
        return ask_choice(self._parent, title, label, [Option(item) for item in items])

    def choice(self, title: str, text: str, options: list[Option]) -> str | None:
        """The label of the option chosen, or None for Cancel."""
        return ask_choice(self._parent, title, text, options)


class _Progress(QObject):
    """Carries progress from a worker to the dialog on the GUI thread."""

    moved = Signal(int, int)


class BackupSection(Card):
    """The Backups card of the Settings page.

    Signals:
        status: a line for the status bar.
        settings_changed: automatic-backup settings were changed (the app reads them on quit).
    """

    status = Signal(str)

    def __init__(
        self,
        hooks: BackupHooks,
        pool: QThreadPool | InlinePool | None = None,
        *,
        ask: Ask | None = None,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        super().__init__(words.BACKUP_UI_TITLE)
        self._start = Tasks(pool).start
        self.ask = ask or Ask(self)
        self._clock = clock or dt.datetime.now
        self.hooks = hooks
        self._repository: Repository | None = None
        self._settings: Settings | None = None
        self._cancel = threading.Event()
        self._progress_relay = _Progress()
        self.progress: QProgressDialog | None = None

        self.last_label = QLabel(wordWrap=True)
        self.auto_check = QCheckBox(words.BACKUP_UI_AUTO)
        self.folder_label = QLabel(wordWrap=True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_button = QPushButton(words.BACKUP_UI_FOLDER_BUTTON)
        self.keep_spin = QSpinBox()
        self.keep_spin.setRange(1, 100)
        self.keep_spin.setAccessibleName(words.BACKUP_UI_KEEP)
        self.backup_button = QPushButton(words.BACKUP_UI_NOW)
        self.restore_button = QPushButton(words.BACKUP_UI_RESTORE)
        self.export_button = QPushButton(words.BACKUP_UI_EXPORT)
        self.import_button = QPushButton(words.BACKUP_UI_IMPORT)
        self.undo_import_button = QPushButton(words.BACKUP_UI_UNDO_IMPORT)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.folder_button)
        buttons = QHBoxLayout()
        for button in (
            self.backup_button,
            self.restore_button,
            self.export_button,
            self.import_button,
            self.undo_import_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form = QFormLayout()
        self.add(form)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.last_label)
        form.addRow(self.auto_check)
        form.addRow(words.BACKUP_UI_FOLDER, folder_row)
        form.addRow(words.BACKUP_UI_KEEP, self.keep_spin)
        form.addRow(buttons)

        self.auto_check.toggled.connect(lambda on: self._set("auto_backup", on))
        self.keep_spin.valueChanged.connect(lambda n: self._set("backup_keep", n))
        self.folder_button.clicked.connect(self.choose_folder)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore)
        self.export_button.clicked.connect(self.export)
        self.import_button.clicked.connect(self.import_file)
        self.undo_import_button.clicked.connect(self.undo_import)
        self._progress_relay.moved.connect(self._show_progress)
        self._enable(False)

    # Life cycle -------------------------------------------------------------------------------

    def attach(self, repository: Repository, settings: Settings) -> None:
        """Show the open diary's backup settings."""
        self._repository, self._settings = repository, settings
        self.auto_check.blockSignals(True)
        self.keep_spin.blockSignals(True)
        self.auto_check.setChecked(bool(settings["auto_backup"]))
        self.keep_spin.setValue(int(settings["backup_keep"]))
        self.auto_check.blockSignals(False)
        self.keep_spin.blockSignals(False)
        self.refresh()
        self._enable(True)

    def detach(self) -> None:
        """Forget the diary (on lock)."""
        self._repository = self._settings = None
        self._cancel.set()
        self.last_label.clear()
        self.folder_label.clear()
        self._enable(False)

    def _enable(self, on: bool) -> None:
        for widget in (
            self.auto_check,
            self.folder_button,
            self.keep_spin,
            self.backup_button,
            self.restore_button,
            self.export_button,
            self.import_button,
            self.undo_import_button,
        ):
            widget.setEnabled(on)

    def folder(self) -> BackupFolder | None:
        """Where automatic backups go, from the settings."""
        if self._settings is None:
            return None
        settings = self._settings
        return BackupFolder.chosen(
            settings["backup_folder"], settings["backup_keep"], self.hooks.diary_folder
        )

    def refresh(self) -> None:
        """Show where backups go and when the last one was made."""
        folder = self.folder()
        if folder is None:
            return
        self.folder_label.setText(str(folder.folder))
        now = self._clock()
        last, ahead = folder.last_time(now), folder.ahead(now)
        if last is None and ahead is None:
            self.last_label.setText(words.BACKUP_UI_NONE_YET)
        elif last is None:  # only backups dated later than now: the clock was set back
            assert ahead is not None
            text = words.BACKUP_UI_LAST.format(when=moment_words(ahead, now=now))
            self.last_label.setText(text + " " + words.BACKUP_UI_AHEAD)
        else:
            text = words.BACKUP_UI_LAST.format(when=moment_words(last, now=now))
            if folder.overdue(now):
                text += " " + words.BACKUP_UI_REMINDER
            self.last_label.setText(text)

    def _set(self, key: str, value: Any) -> None:
        if self._settings is not None:
            self._settings.set(key, value)
            self.refresh()

    def choose_folder(self) -> None:
        """Pick the folder for automatic backups."""
        folder = self.folder()
        if folder is None:
            return
        chosen = self.ask.folder(words.BACKUP_UI_FOLDER_TITLE, str(folder.folder))
        if chosen:
            self._set("backup_folder", chosen)

    # Running work with progress ---------------------------------------------------------------

    def _run(
        self,
        label: str,
        work: Callable[[Callable[[int, int], None]], Any],
        done: Callable[[Any], None],
        handled: Callable[[Exception], bool] | None = None,
        *,
        release: Callable[[], None] | None = None,
    ) -> None:
        """Run ``work(progress)`` off the GUI thread behind a cancellable progress dialog.

        A failure goes to the status line, unless ``handled`` takes care of it (returns True).
        ``release`` lets go of what the step holds (an open backup file) when neither ``done``
        nor ``handled`` took it over: the diary was locked meanwhile, or the step failed.
        """
        self._cancel.clear()
        self._enable(False)
        dialog = QProgressDialog(label, words.BACKUP_UI_CANCEL, 0, 0, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.canceled.connect(self._cancel.set)
        self.progress = dialog
        cancel, relay = self._cancel, self._progress_relay

        def progress(done_bytes: int, total: int) -> None:
            if cancel.is_set():
                raise Cancelled
            relay.moved.emit(done_bytes, total)

        def finish() -> None:
            dialog.reset()
            dialog.deleteLater()
            self.progress = None
            self._enable(self._repository is not None)

        def ok(result: Any) -> None:
            finish()
            if self._repository is not None:
                done(result)
            elif release is not None:
                release()

        def failed(error: Exception) -> None:
            finish()
            if handled is not None and self._repository is not None and handled(error):
                return
            if release is not None:
                release()
            if isinstance(error, Cancelled):
                self.status.emit(words.BACKUP_UI_CANCELLED)
            else:
                self.status.emit(messages.BACKUP_UI_FAILED.format(reason=error))

        self._start(lambda: work(progress), ok, failed)

    def _show_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(done)

    # Back up now ------------------------------------------------------------------------------

    def back_up_now(self) -> None:
        """Write a backup to a file the user picks, sealed with the diary's passphrase."""
        repository, hooks = self._repository, self.hooks
        if repository is None:
            return
        sealing = hooks.sealing()
        secret = None
        if sealing is None:  # opened with the recovery code, or the key is still on its way
            secret = self.ask.secret(
                words.BACKUP_UI_NOW_TITLE, words.BACKUP_UI_DIARY_KEY, action=words.BACKUP_UI_SEAL
            )
            if not secret:
                return
        name = f"hearth-{self._clock():%Y-%m-%d}{backup.FILE_SUFFIX}"
        path = self.ask.save_path(
            words.BACKUP_UI_NOW_TITLE, str(self._start_folder() / name), words.BACKUP_UI_FILTER
        )
        if path:
            self._write_backup(repository, Path(path), sealing, secret)

    def _write_backup(
        self,
        repository: Repository,
        path: Path,
        sealing: backup.SealingKey | None,
        secret: str | None,
    ) -> None:
        """Seal and write the backup; a wrong diary passphrase is asked again, saying why."""
        hooks = self.hooks

        def work(progress: Callable[[int, int], None]) -> Any:
            key = hooks.make_sealing(secret) if secret is not None else sealing
            assert key is not None
            return export_to(repository, path, key, progress=progress)

        def done(written: Any) -> None:
            self.status.emit(words.BACKUP_UI_WRITTEN.format(path=written.path))
            self.refresh()

        def wrong(problem: Exception) -> bool:
            if secret is None or not isinstance(problem, WrongPassphrase):
                return False
            again = self.ask.secret(
                words.BACKUP_UI_NOW_TITLE,
                words.BACKUP_UI_DIARY_KEY,
                action=words.BACKUP_UI_SEAL,
                error=str(problem),
            )
            if again:
                self._write_backup(repository, path, None, again)
            return True

        self._run(words.BACKUP_UI_WRITING, work, done, wrong)

    def _start_folder(self) -> Path:
        """Where Back up now and Restore open: the backup folder (made if need be), else home."""
        folder = self.folder()
        if folder is None:
            return Path.home()
        try:
            folder.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError:
            return Path.home()
        return folder.folder

    # Restore ----------------------------------------------------------------------------------
    #
    # The backup is read through once, checked and decrypted a chunk at a time (``open_backup``),
    # and stays open while the user chooses: its photos are read again, one at a time, as they
    # are merged or restored. Whatever the user chooses, and however it ends, the file is closed
    # and its key wiped here, on the GUI thread, never left to the garbage collector.

    def restore(self) -> None:
        """Read a backup (verified, as a stream), show what it holds, then merge or replace."""
        if self._repository is None:
            return
        path = self.ask.open_path(
            words.BACKUP_UI_RESTORE_TITLE, words.BACKUP_UI_FILTER, str(self._start_folder())
        )
        if path:
            self._read_backup(Path(path))

    def _read_backup(self, path: Path, error: str = "") -> None:
        """Ask for the backup's passphrase (again, with what went wrong) and read it through."""
        hooks = self.hooks
        secret = self.ask.secret(
            words.BACKUP_UI_RESTORE_TITLE,
            words.BACKUP_UI_ITS_KEY,
            action=words.BACKUP_UI_READ,
            error=error,
        )
        if not secret:
            return

        repository = self._repository
        got: list[OpenedBackupFile] = []  # what was opened, for ``release``

        def read(
            progress: Callable[[int, int], None],
        ) -> tuple[OpenedBackupFile, RestoreConcern | None]:
            opened = open_backup(path, secret, hooks.policy, progress=progress)
            try:
                dump = opened.dump
                concern = compare(dump, repository.state()) if repository is not None else None
            except BaseException:
                opened.close()
                raise
            got.append(opened)
            return opened, concern

        def wrong(problem: Exception) -> bool:
            if not isinstance(problem, backup.WrongBackupPassphrase):
                return False
            self._read_backup(path, str(problem))  # ask again, saying why
            return True

        def release() -> None:
            for opened in got:
                opened.close()

        self._run(words.BACKUP_UI_READING, read, self._offer_restore, wrong, release=release)

    def _offer_restore(self, result: tuple[OpenedBackupFile, RestoreConcern | None]) -> None:
        opened, concern = result
        dump = opened.dump
        records, exported_at = dump.records, dump.exported_at
        span = records.date_range()
        now = self._clock()
        if span is None:
            text = words.BACKUP_UI_PREVIEW_EMPTY.format(
                counts=counts_words(records.counts()), when=stamp_words(exported_at, now=now)
            )
        else:
            text = words.BACKUP_UI_PREVIEW.format(
                counts=counts_words(records.counts()),
                days=messages.day_span(span[0], span[1], today=now.date()),
                when=stamp_words(exported_at, now=now),
            )
        if dump.photos:
            size = messages.megabytes(dump.photo_bytes)
            text += " " + messages.BACKUP_PHOTOS(len(dump.photos), size=size)
        merge, replace = words.BACKUP_UI_MERGE, words.BACKUP_UI_REPLACE
        answer = self.ask.choice(
            words.BACKUP_UI_RESTORE_TITLE,
            text,
            [
                Option(merge, words.BACKUP_UI_MERGE_EXPLAINED),
                Option(replace, words.BACKUP_UI_REPLACE_EXPLAINED),
            ],
        )
        if answer == merge:
            self._merge(opened)
        elif answer == replace and self._replace_all_the_same(concern):
            self._replace(opened, origin=Origin(dump.diary_id, dump.changed_at))
        else:
            opened.close()

    def _replace_all_the_same(self, concern: RestoreConcern | None) -> bool:
        """True when nothing needs asking, or the user confirms replacing with both dates shown.

        Asked when the backup is older than the diary, another diary's, or of unknown age.
        """
        if concern is None:
            return True
        now = self._clock()

        def when(moment: dt.datetime | None) -> str:
            return (
                moment_words(moment, now=now) if moment is not None else words.BACKUP_UI_NOT_KNOWN
            )

        sentence = {
            Concern.OLDER: words.BACKUP_UI_OLDER,
            Concern.OTHER_DIARY: words.BACKUP_UI_OTHER_DIARY,
            Concern.UNKNOWN_AGE: words.BACKUP_UI_UNKNOWN_AGE,
        }[concern.concern]
        text = sentence.format(
            backup=when(concern.backup_changed), diary=when(concern.diary_changed)
        )
        anyway = words.BACKUP_UI_REPLACE_ANYWAY
        answer = self.ask.choice(
            words.BACKUP_UI_RESTORE_TITLE,
            text,
            [Option(anyway, words.BACKUP_UI_REPLACE_EXPLAINED)],
        )
        return answer == anyway

    def _merge(self, opened: OpenedBackupFile) -> None:
        """Add what the diary lacks, the backup's photos read again one at a time; then close."""
        repository = self._repository
        if repository is None:
            opened.close()
            return

        def merge(_progress: Callable[[int, int], None]) -> Any:
            return repository.merge_records(opened.dump.records, photos=opened.photos())

        def done(merged: Any) -> None:
            opened.close()
            said = words.BACKUP_UI_MERGED.format(
                added=counts_words(merged.added()), skipped=counts_words(merged.skipped())
            )
            if merged.photos_added or merged.photos_skipped:
                said += " " + messages.BACKUP_PHOTOS_MERGED.format(
                    added=merged.photos_added, skipped=merged.photos_skipped
                )
            self.status.emit(said)

        self._run(words.BACKUP_UI_MERGING, merge, done, release=opened.close)

    def _replace(
        self, opened: OpenedBackupFile, error: str = "", origin: Origin | None = None
    ) -> None:
        """Check the diary's passphrase (asked again while wrong), then let the app replace it.

        The app restores the backup's photos from the open file in its own worker, so the file
        is closed when it says it is done (``replace_diary``'s ``finished``).
        """
        if self._repository is None:
            opened.close()
            return
        hooks = self.hooks
        secret = self.ask.secret(
            words.BACKUP_UI_RESTORE_TITLE,
            words.BACKUP_UI_CONFIRM_KEY,
            action=words.BACKUP_UI_REPLACE_GO,
            error=error,
        )
        if not secret:
            opened.close()
            return

        def wrong(problem: Exception) -> bool:
            if not isinstance(problem, WrongPassphrase):
                return False
            self._replace(opened, str(problem), origin)  # ask again, saying why
            return True

        def checked(_ok: object) -> None:
            records, photos = opened.dump.records, opened.restored_photos()
            try:
                hooks.replace_diary(records, secret, origin, photos, opened.close)
            except BaseException:
                opened.close()
                raise

        self._run(
            words.BACKUP_UI_CHECKING,
            lambda _progress: hooks.check_passphrase(secret),  # before anything is touched
            checked,
            wrong,
            release=opened.close,
        )

    # Export and import ------------------------------------------------------------------------

    def export(self) -> None:
        """Write the whole diary, NOT encrypted, as JSON, Markdown or CSV."""
        repository = self._repository
        if repository is None:
            return
        kinds = {words.BACKUP_UI_EXPORT_KINDS[k]: k for k in EXPORTERS}
        picked = self.ask.item(words.BACKUP_UI_EXPORT_TITLE, words.BACKUP_UI_WARN, list(kinds))
        if picked is None:
            return
        kind = kinds[picked]
        suffix = {"json": ".json", "markdown": ".md", "csv": ".csv"}[kind]
        suggested = str(Path.home() / f"hearth-export{suffix}")
        path = self.ask.save_path(words.BACKUP_UI_EXPORT_TITLE, suggested, f"*{suffix}")
        if not path:
            return
        now = dt.datetime.now(dt.UTC)

        def work(progress: Callable[[int, int], None]) -> list[Path]:
            records = repository.records()
            written = write_export(kind, Path(path), records, now, repository, progress)
            return [item.path for item in written]

        self._run(
            words.BACKUP_UI_EXPORTING,
            work,
            lambda paths: self.status.emit(
                words.BACKUP_UI_EXPORTED.format(paths=", ".join(str(p) for p in paths))
            ),
        )

    def import_file(self) -> None:
        """Read another app's export, show what it would add, then add it (note by note)."""
        repository = self._repository
        if repository is None:
            return
        labels = {importer.label: name for name, importer in IMPORTERS.items()}
        picked = self.ask.item(
            words.BACKUP_UI_IMPORT_TITLE, words.BACKUP_UI_IMPORT_WHICH, list(labels)
        )
        if picked is None:
            return
        importer = IMPORTERS[labels[picked]]
        path = self.ask.open_path(words.BACKUP_UI_IMPORT_TITLE, "*")
        if not path:
            return
        file, options = Path(path), ImportOptions()

        new_photos = [0]  # of a Hearth JSON file: the photos the diary lacks (its plan's)

        def merge(dry_run: bool) -> Any:
            if importer.read is None:  # Hearth's own JSON: records, merged as a backup's
                dump = hearth.read_dump(file)  # a stream: its photos checked, not held
                if dry_run:  # photos counted, not written (they would only be rolled back)
                    known = {p.uid for p in repository.photos_between(dt.date.min, dt.date.max)}
                    new_photos[0] = sum(1 for p in dump.photos if p.uid not in known)
                    return repository.merge_records(dump.records, dry_run=True)
                photos = hearth.photos(file)  # read again, one at a time, as they are added
                return repository.merge_records(dump.records, photos=photos, remember=file.name)
            notes = importer.notes(file, options, Notes())
            return repository.import_notes(
                importer.name, notes, titles=titles(), file=file.name, dry_run=dry_run
            )

        def read(_progress: Callable[[int, int], None]) -> Any:
            if importer.read is not None:
                importer.scan(file, options)  # refuses a file it cannot take whole
            return merge(True)

        def offer(plan: Any) -> None:
            if importer.read is not None:  # a NotesMerged
                if not plan.changes_anything:
                    self.status.emit(words.BACKUP_UI_IMPORT_NOTHING)
                    return
                text = words.BACKUP_UI_IMPORT_NOTES_PREVIEW.format(**_merged_words(plan))
                text += _photo_words(plan, dry_run=True)
            else:
                if not plan.adds_anything and not new_photos[0]:
                    self.status.emit(words.BACKUP_UI_IMPORT_NOTHING)
                    return
                text = words.BACKUP_UI_IMPORT_PREVIEW.format(
                    added=counts_words(plan.added()), skipped=counts_words(plan.skipped())
                )
                if new_photos[0]:
                    text += " " + messages.IMPORT_PHOTOS_WOULD_ADD(new_photos[0])
            add = words.BACKUP_UI_IMPORT_ADD
            options_shown = [Option(add, words.BACKUP_UI_IMPORT_EXPLAINED)]
            if self.ask.choice(words.BACKUP_UI_IMPORT_TITLE, text, options_shown) == add:
                self._run(words.BACKUP_UI_MERGING, lambda _p: merge(False), imported)

        def imported(merged: Any) -> None:
            if importer.read is not None:
                said = words.BACKUP_UI_IMPORTED_NOTES.format(**_merged_words(merged))
                self.status.emit(said + _photo_words(merged, dry_run=False))
            else:
                said = words.BACKUP_UI_IMPORTED.format(added=counts_words(merged.added()))
                if merged.photos_added:
                    said += " " + messages.IMPORT_PHOTOS_ADDED(merged.photos_added)
                self.status.emit(said)

        self._run(words.BACKUP_UI_READING, read, offer)

    def undo_import(self) -> None:
        """Take the last import back, after saying which one it was."""
        repository = self._repository
        if repository is None:
            return
        last = repository.last_import()
        if last is None:
            self.status.emit(messages.IMPORT_NOTHING_TO_UNDO)
            return
        importer = IMPORTERS.get(last.source)
        text = words.BACKUP_UI_UNDO_ASK.format(
            file=last.file,
            label=importer.label if importer is not None else last.source,
            at=moment_words(last.at, now=self._clock()),
        )
        undo = words.BACKUP_UI_UNDO
        options = [Option(undo, words.BACKUP_UI_UNDO_EXPLAINED)]
        if self.ask.choice(words.BACKUP_UI_UNDO_TITLE, text, options) != undo:
            return

        def undone(result: ImportUndone | None) -> None:
            if result is None:
                self.status.emit(messages.IMPORT_NOTHING_TO_UNDO)
            elif result.kept:
                days = ", ".join(locale_format.short_day(day, year=True) for day in result.kept)
                self.status.emit(words.BACKUP_UI_UNDONE_KEPT.format(file=last.file, days=days))
            else:
                self.status.emit(words.BACKUP_UI_UNDONE.format(file=last.file))

        self._run(words.BACKUP_UI_UNDOING, lambda _p: repository.undo_last_import(), undone)
