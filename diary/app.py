"""Composition root of the desktop app: one copy per diary, unlock first, then the main window.

Start-up order matters: the unlock (or first-run) window is shown as soon as Qt is up; the main
window's modules, SQLAlchemy and the pages load only once the diary is unlocked.

Quitting (Ctrl+Q, the tray's Quit, closing the last window) goes through ``Hearth.request_quit``
while the event loop still runs: it saves every page (a refused save keeps the window open and
says why), then writes the automatic backup if one is due in the background, behind a small
progress window, and quits when it is written. Work handed to a worker never holds a QObject:
it gets plain values (the repository, the vault, paths, keys), never ``self``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QWidget

from diary import APP_NAME, messages
from diary.paths import default_settings_path
from diary.settings import Settings
from diary.storage.kdf import PRODUCT_POLICY, KdfPolicy
from diary.storage.vault import Vault
from diary.ui.shell.clipboard import ClipboardGuard
from diary.ui.shell.language import apply_language
from diary.ui.shell.tasks import GuiCollector, InlinePool, Report, Tasks
from diary.ui.shell.theme import apply_theme
from diary.ui.shell.tray import ICON_NAME, Reminder, app_icon

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QThreadPool

    from diary.backups import BackupFolder
    from diary.domain.models import Records
    from diary.formats.backup import SealingKey
    from diary.served import ServeCommand
    from diary.storage import restore
    from diary.storage.repository import Repository
    from diary.ui.settings.page import SettingsPage
    from diary.ui.shell.main_window import MainWindow
    from diary.ui.shell.quitting import QuitProgress
    from diary.ui.shell.served import CommandService
    from diary.ui.start.unlock import UnlockWindow

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


PRELOAD_MS = 250
"""How long after the unlock window appears the main window's modules are loaded."""

_MAIN_WINDOW_MODULES = (
    "diary.ui.shell.main_window",
    "diary.ui.today.page",
    "diary.ui.journal.page",
    "diary.ui.people.page",
    "diary.ui.insights.page",
    "diary.ui.settings.page",
    "diary.ui.settings.backups",
)


def _preload_main_window() -> None:
    """Import the pages' modules (about 0.15 s) while the user types or the key is derived.

    The GUI thread is otherwise idle then, so Today appears that much sooner after unlock. Only
    modules are loaded: no widget is made and nothing of the diary is read. A failure is left for
    ``_build_main``'s own import to report.
    """
    for name in _MAIN_WINDOW_MODULES:
        try:
            importlib.import_module(name)
        except ImportError:
            return


class IdleWatcher(QObject):
    """Calls ``on_idle`` after the given minutes without keyboard or mouse activity.

    It watches from ``start`` until ``stop`` (the app starts it on unlock and stops it when the
    diary locks). When ``on_idle`` leaves it watching (locking was refused, say because the
    entry could not be saved) the countdown starts again, so the next idle spell tries again:
    one refusal never switches automatic locking off.

    Attributes:
        timer: the single-shot countdown (tests fire its ``timeout`` or shorten it).
        watching: whether activity restarts the countdown and idleness calls ``on_idle``.
    """

    def __init__(self, minutes: int, on_idle: Any) -> None:
        super().__init__()
        self._on_idle = on_idle
        self.watching = False
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self._idle)
        self.set_minutes(minutes)

    def start(self) -> None:
        """Start watching: the countdown runs from now."""
        self.watching = True
        self.timer.start()

    def stop(self) -> None:
        """Stop watching (while locked): no countdown, and activity starts none."""
        self.watching = False
        self.timer.stop()

    def set_minutes(self, minutes: int) -> None:
        """Change the idle time (takes effect at once)."""
        self.timer.setInterval(minutes * 60_000)
        if self.watching:
            self.timer.start()

    def _idle(self) -> None:
        if not self.watching:
            return
        self._on_idle()
        if self.watching:  # still unlocked: count down to the next try
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Any key or mouse activity restarts the countdown."""
        if self.watching and event.type() in _ACTIVITY:
            self.timer.start()
        return False


class BackupSkipped(Exception):
    """The user chose to quit without the backup while it ran: it stops and writes nothing."""


class SealingKeys:
    """The open diary's backup key, kept while unlocked, in plain Python.

    A worker may derive it (``make``) without holding anything of Qt, unlike a method of the
    app, which is a QObject. ``forget`` wipes it when the diary locks or Hearth quits; a key a
    worker finishes deriving after that is wiped at once instead of being kept.
    """

    def __init__(self, vault: Vault, policy: KdfPolicy) -> None:
        self.vault = vault
        self.policy = policy
        self.key: SealingKey | None = None
        self._guard = threading.Lock()
        self._forgotten = 0  # how many times ``forget`` ran: a derivation started before is stale

    def make(self, passphrase: str, *, checked: bool = False) -> SealingKey:
        """Check the passphrase (unless just unlocked with it) and derive the backup key.

        If the diary locked meanwhile, the key comes back wiped (sealing with it refuses).
        """
        from diary.formats.backup import seal_key

        started = self._forgotten
        if not checked:
            self.vault.check_passphrase(passphrase)  # raises WrongPassphrase if wrong
        key = seal_key(passphrase, self.vault.kdf_params, self.policy)
        with self._guard:
            if started != self._forgotten:
                key.wipe()
                return key
            previous, self.key = self.key, key
        if previous is not None:
            previous.wipe()
        return key

    def forget(self) -> None:
        """Wipe the backup key: the diary is locking, or Hearth is quitting."""
        with self._guard:
            key, self.key = self.key, None
            self._forgotten += 1
        if key is not None:
            key.wipe()


def _create_demo(vault: Vault, day: dt.date) -> None:
    """Create the demo diary, written up to the evening before ``day``, and lock it again."""
    from diary import demo
    from diary.domain.sample import DEMO_PASSPHRASE

    vault.create(DEMO_PASSPHRASE)
    demo.fill(vault.repository, day)
    vault.lock()


class SingleInstance(QObject):
    """One Hearth per diary folder: a second launch asks the first to come forward."""

    def __init__(self, folder: Path) -> None:
        super().__init__()
        digest = hashlib.sha256(str(folder.resolve()).encode("utf-8")).hexdigest()[:16]
        self.name = f"hearth-{digest}"
        self.server: QLocalServer | None = None
        self.front: Any = lambda: None  # returns the window to bring forward

    def forward_to_running(self) -> bool:
        """True if another copy answered (and was asked to show itself)."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(300):
            return False
        socket.write(b"raise\n")
        socket.waitForBytesWritten(300)
        socket.disconnectFromServer()
        return True

    def listen(self) -> None:
        """Become the copy that others forward to."""
        QLocalServer.removeServer(self.name)  # a crashed copy may have left its socket
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._raise_window)
        self.server.listen(self.name)

    def _raise_window(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.deleteLater()
        window = self.front()
        if window is not None:
            window.showNormal()
            window.raise_()
            window.activateWindow()


class Hearth(QObject):
    """Wires the vault, the unlock window and the main window together, and locks.

    Args:
        folder: the diary folder.
        settings: the user's settings.
        demo: create a demo diary on first use and show its passphrase on the unlock window.
        policy: the KDF policy (the product's, except in tests).
        pool: where slow work runs (an ``InlinePool`` in tests).
        clock: "now", injectable for tests of the evening boundary (and the reminder).
        minimised: start with the tray icon only; the window shows when the icon is clicked
            (ignored where there is no tray).
        tray: whether the desktop has a system tray (asked of Qt by default).
        serve: answers a ``diary`` command from the open diary (``diary.commands.served``);
            the app then serves commands while unlocked, if the Settings switch is on.
    """

    def __init__(
        self,
        folder: Path,
        settings: Settings,
        *,
        demo: bool = False,
        policy: KdfPolicy = PRODUCT_POLICY,
        pool: QThreadPool | InlinePool | None = None,
        clock: Any = None,
        minimised: bool = False,
        tray: bool | None = None,
        serve: ServeCommand | None = None,
    ) -> None:
        super().__init__()
        self.vault = Vault(folder, policy)
        self.policy = policy
        self.keys = SealingKeys(self.vault, policy)  # for automatic backups, while unlocked
        self.settings = settings
        self.demo = demo
        self.pool = pool
        self.clock = clock
        self.main: MainWindow | None = None
        self.settings_page: SettingsPage | None = None
        self.front: QWidget | None = None
        self.idle = IdleWatcher(settings["auto_lock_minutes"], self.lock)
        self.clipboard = ClipboardGuard(self)  # the recovery code, copied diary text
        self._background = Tasks(pool).start  # keeps each task's relay until it reports
        self.reminder = Reminder(settings, clock=clock, tray_available=tray, parent=self)
        self.reminder.has_entry_tonight = self._has_entry_tonight
        self.reminder.open_requested.connect(self.show_front)
        self.reminder.log_contact_requested.connect(self.log_contact)
        self.reminder.lock_requested.connect(self.lock)
        self.reminder.quit_requested.connect(self.request_quit)
        self._start_hidden = minimised and self.reminder.available  # in the tray until clicked
        self.quitting: QuitProgress | None = None  # while the backup before closing runs
        self._skip_backup: threading.Event | None = None
        self._quit_ready = False  # saved and backed up (or not due): only closing is left
        self._ended = False  # ``quit`` has closed the diary
        self.served = self._command_service(serve) if serve is not None else None

    def _command_service(self, serve: ServeCommand) -> CommandService:
        from diary.ui.shell.served import CommandService

        vault, policy = self.vault, self.policy  # the server's thread gets these, never self

        def opened() -> tuple[Vault, Repository] | None:
            return (vault, vault.repository) if vault.unlocked else None

        service = CommandService(
            vault.files.folder,
            lambda request: serve(request, opened=opened, policy=policy),
            save=lambda: self.main is not None and self.main.save_all(),
            parent=self,
        )
        service.changed.connect(self._changed_by_a_command)
        return service

    def _serve_commands(self, on: bool) -> None:
        """Start or stop answering ``diary`` commands (unlocked, and the switch on)."""
        if self.served is None:
            return
        if not (on and self.vault.unlocked and not self.vault.read_only):
            self.served.stop()
            return
        problem = self.served.start()
        if problem is not None and self.main is not None:
            self.main.show_status(messages.SERVE_FAILED.format(reason=problem))

    def _changed_by_a_command(self) -> None:
        if self.main is not None and self.vault.unlocked:
            self.main.reload()

    @property
    def sealing(self) -> SealingKey | None:
        """The backup key while unlocked (derived from the passphrase typed), else None."""
        return self.keys.key

    @sealing.setter
    def sealing(self, key: SealingKey | None) -> None:
        self.keys.key = key

    # Start ------------------------------------------------------------------------------------

    def start(self) -> QWidget:
        """Show the first window: first run, demo preparation, or unlock."""
        self.reminder.start()
        if self.vault.exists():
            return self._show_unlock()
        if self.demo:
            window = self._show_unlock()
            window.wait_for(messages.PREPARING_DEMO)
            from diary.ui.shell.page import diary_today

            # Yesterday and before: tonight is left for the newcomer to write.
            day, vault = diary_today(self.clock or dt.datetime.now, self.settings), self.vault
            self._background(lambda: _create_demo(vault, day), self._demo_ready, self._demo_failed)
            return window
        from diary.ui.start.first_run import FirstRunWizard

        wizard = FirstRunWizard(self.vault, pool=self.pool)
        wizard.created.connect(self._open_main)
        self._bring_forward(wizard)
        return wizard

    def _demo_ready(self, _result: object) -> None:
        assert self.front is not None
        self.front.ready()  # type: ignore[attr-defined]

    def _demo_failed(self, error: Exception) -> None:
        assert self.front is not None
        self.front.show_error(str(error))  # type: ignore[attr-defined]

    def _show_unlock(self) -> UnlockWindow:
        from diary.ui.start.unlock import UnlockWindow

        hint = messages.DEMO_HINT if self.demo else ""
        window = UnlockWindow(self.vault, hint=hint, pool=self.pool)
        window.unlocked.connect(self._open_main)
        self._bring_forward(window)
        if self.main is None:  # while the passphrase is typed (or derived), not before the paint
            QTimer.singleShot(PRELOAD_MS, _preload_main_window)
        return window

    def _bring_forward(self, window: QWidget, *, show: bool | None = None) -> None:
        """Show ``window`` instead of the current one; the main window is kept for next time.

        While Hearth sits in the tray (the current window is hidden) the new one stays hidden
        too, until ``show_front``, unless ``show`` says otherwise.
        """
        previous, self.front = self.front, window
        shown = previous.isVisible() if previous is not None else not self._start_hidden
        shown = shown if show is None else show
        if previous is not None and previous is not window:
            previous.hide()
            if previous is not self.main:
                previous.deleteLater()
        window.installEventFilter(self)  # closing quits, or leaves Hearth in the tray
        if shown:
            window.show()

    # The tray ---------------------------------------------------------------------------------

    def show_front(self) -> None:
        """Show the current window (the unlock window while locked), e.g. from the tray."""
        window = self.front
        if window is not None:
            window.showNormal()
            window.raise_()
            window.activateWindow()
        if self.quitting is not None:  # the backup before closing is on top
            self.quitting.raise_()
            self.quitting.activateWindow()

    def log_contact(self) -> None:
        """From the tray: the small contact window over the diary, or the unlock window first."""
        self.show_front()
        if self.quitting is not None:
            return  # closing: the backup is being written
        if self.main is not None and self.front is self.main and self.vault.unlocked:
            self.main.today.log_contact()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Notice a window being closed (it may still refuse, so look once it has)."""
        if event.type() == QEvent.Type.Close and watched is self.front:
            QTimer.singleShot(0, self._window_closed)
        return False

    def _window_closed(self) -> None:
        window = self.front
        if window is None or window.isVisible():
            return  # not closed after all (e.g. saving failed), or another window is up
        if not self.reminder.keeps_running:
            self.request_quit()
            return
        if self.vault.unlocked:  # stay in the tray, locked
            self.lock()

    def _has_entry_tonight(self) -> bool | None:
        """Whether tonight already has an entry; None while locked (nothing is read then)."""
        if self.main is None or not self.vault.unlocked:
            return None
        from diary.storage.errors import StorageError
        from diary.ui.shell.page import diary_today

        try:
            entry = self.vault.repository.entry(
                diary_today(self.clock or dt.datetime.now, self.settings)
            )
        except StorageError:
            return None
        return entry is not None and not entry.is_empty

    # Unlocked ---------------------------------------------------------------------------------

    def _open_main(self, repository: Repository) -> None:
        if self.main is None:
            self.main = self._build_main()
        self.settings.attach_private(repository)
        self.main.attach(repository)
        self.main.today.set_read_only(self.vault.read_only)
        secret = getattr(self.front, "last_passphrase", None)
        if secret:
            self.front.last_passphrase = None  # type: ignore[union-attr]
            keys = self.keys
            self._background(
                lambda: keys.make(secret, checked=True),
                lambda _key: None,
                lambda _error: None,  # Back up now will ask for the passphrase instead
            )
        if getattr(self.front, "recovered", False):  # opened with the recovery code
            assert self.settings_page is not None
            self.settings_page.set_recovered(True)  # the forgotten passphrase is not asked
            self.main.show_page(self.settings_page)
        self._bring_forward(self.main, show=True)  # the user just unlocked or created it
        QApplication.instance().installEventFilter(self.idle)  # type: ignore[union-attr]
        self.idle.start()
        self.reminder.set_unlocked(True)
        self._remind_of_backups()
        self._serve_commands(self.settings["serve_command_line"])

    def _build_main(self) -> MainWindow:
        from diary.ui.insights.page import InsightsPage
        from diary.ui.journal.page import JournalPage
        from diary.ui.people.page import PeoplePage
        from diary.ui.settings.backups import BackupHooks, BackupSection
        from diary.ui.settings.page import SettingsPage
        from diary.ui.shell.main_window import MainWindow
        from diary.ui.today.page import TodayPage

        keys = self.keys
        hooks = BackupHooks(
            diary_folder=self.vault.files.folder,
            policy=self.policy,
            sealing=lambda: keys.key,
            make_sealing=keys.make,  # called by a worker: plain Python, no QObject
            check_passphrase=self.vault.check_passphrase,  # changes nothing
            replace_diary=self.replace_diary,
        )
        vault = self.vault
        settings_page = SettingsPage(
            lambda current, new: vault.change_passphrase(new, current=current),
            pool=self.pool,
            backups=BackupSection(hooks, self.pool, clock=self.clock),
            serving=self.served is not None and self.served.available(),
        )
        settings_page.theme_changed.connect(
            lambda theme: apply_theme(QApplication.instance(), theme)  # type: ignore[arg-type]
        )
        settings_page.auto_lock_changed.connect(self.idle.set_minutes)
        settings_page.serve_changed.connect(self._serve_commands)
        self.settings_page = settings_page
        main = MainWindow(
            TodayPage(clock=self.clock, pool=self.pool),
            JournalPage(pool=self.pool, clock=self.clock),
            [
                PeoplePage(pool=self.pool, clock=self.clock),
                InsightsPage(pool=self.pool, clock=self.clock),
                settings_page,
            ],
            self.settings,
        )
        main.lock_requested.connect(self.lock)
        main.quit_requested.connect(self.request_quit)
        return main

    def lock(self) -> bool:
        """Save, then drop the key, close the store, clear every view and show the unlock window.

        Ctrl+L, the sidebar's Lock, closing the window into the tray and the idle timer all
        come here. If saving fails the diary stays open, so the unsaved text is not lost, and
        the window says why and what to do; automatic locking tries again after the next idle
        spell.
        """
        if self.main is None or not self.vault.unlocked or self.quitting is not None:
            return False  # (while closing, the backup is reading the diary)
        if not self.main.save_or_explain(locking=True):
            return False
        QApplication.instance().removeEventFilter(self.idle)  # type: ignore[union-attr]
        self.idle.stop()
        self.clipboard.clear_ours()
        self.main.remember_geometry()
        self._close_diary()
        self._show_unlock()
        return True

    def _close_diary(self, *, keep_sealing: bool = False) -> None:
        """Clear the views, wipe the backup key (unless ``keep_sealing``) and lock the vault."""
        assert self.main is not None
        self._serve_commands(False)  # before anything closes: a command in hand is finished
        self.main.detach()
        self.settings.detach_private()
        if keep_sealing:
            self.sealing = None
        else:
            self.keys.forget()
        self.reminder.set_unlocked(False)
        self.vault.lock()

    # Quitting ---------------------------------------------------------------------------------

    def request_quit(self) -> bool:
        """Ctrl+Q, the tray's Quit, closing the last window: save, back up if due, then quit.

        The backup runs in the background behind a small progress window (the window keeps
        painting and answering; the diary waits under it), and Hearth quits once it is
        written. If it fails, the window says why and Hearth quits only when the user chooses
        to quit without it. If saving fails nothing closes: the window shows why, with the
        text still on it.

        Returns:
            False when saving was refused (Hearth stays open), else True.
        """
        if self._ended:
            return True  # Hearth has closed the diary and is ending
        if self._quit_ready:  # asked again before Qt has ended: nothing is left to do first
            QApplication.quit()
            return True
        if self.quitting is not None:  # already closing: show where it stands
            self.show_front()
            return True
        if self.main is not None and self.vault.unlocked:
            if not self.main.save_or_explain(locking=False):
                self._bring_forward(self.main, show=True)
                return False
            self._serve_commands(False)
            due = self._backup_due()
            if due is not None:
                self._back_up_then_quit(*due)
                return True
        self._finish_quit()
        return True

    def _back_up_then_quit(self, folder: BackupFolder, now: dt.datetime) -> None:
        from diary.ui.shell.quitting import QuitProgress, failure_reason

        self.idle.stop()  # no automatic lock under the backup
        parent = self.main if self.main is not None and self.main.isVisible() else None
        window = QuitProgress(parent)
        self.quitting = window
        skip = threading.Event()
        self._skip_backup = skip
        repository, sealing = self.vault.repository, self.sealing
        assert sealing is not None

        def work(report: Report) -> Path:  # plain values only: no QObject reaches the worker
            def progress(done: int, total: int) -> None:
                if skip.is_set():
                    raise BackupSkipped
                report(done, total)

            if skip.is_set():
                raise BackupSkipped
            return folder.write(repository, sealing, now, progress=progress).path

        def failed(error: Exception) -> None:
            if skip.is_set() or isinstance(error, BackupSkipped):
                self._finish_quit()
                return
            print(f"Hearth: {messages.BACKUP_UI_FAILED.format(reason=error)}", file=sys.stderr)
            window.show_failure(failure_reason(error))

        def quit_without() -> None:
            if window.failed:
                self._finish_quit()
            else:
                skip.set()  # the worker stops at its next step; its answer quits

        window.quit_chosen.connect(quit_without)
        window.stay_chosen.connect(self._stay_open)
        window.show()
        Tasks(self.pool).start_with_progress(
            work, window.set_progress, lambda _path: self._finish_quit(), failed
        )

    def _stay_open(self) -> None:
        """After a failed backup the user kept Hearth open: everything is as before quitting."""
        window, self.quitting, self._skip_backup = self.quitting, None, None
        if window is not None:
            window.finish()
        if self.vault.unlocked:
            self.idle.start()
            self._serve_commands(self.settings["serve_command_line"])
        self.show_front()

    def _finish_quit(self) -> None:
        window, self.quitting, self._skip_backup = self.quitting, None, None
        if window is not None:
            window.finish()
        self._quit_ready = True
        QApplication.quit()

    def quit(self) -> None:
        """At the very end (``aboutToQuit``): save what is left and close the diary.

        ``request_quit`` has normally saved and backed up already. When Qt ends without it
        (the desktop session is ending, say) the pages are saved here and a due backup is
        written at once, as the event loop no longer runs.
        """
        self._ended = True
        self._serve_commands(False)
        self.reminder.stop()
        self.clipboard.clear_ours()
        if self.main is not None and self.vault.unlocked:
            self.main.save_all()
            if not self._quit_ready:
                self.back_up_if_due()
        self.keys.forget()
        self.vault.close()

    # Backups ----------------------------------------------------------------------------------

    def _backup_due(self) -> tuple[BackupFolder, dt.datetime] | None:
        """The folder and time of the automatic backup if one is due now, else None."""
        if not self.settings["auto_backup"] or self.sealing is None or not self.vault.unlocked:
            return None
        folder = self._backup_folder()
        now = (self.clock or dt.datetime.now)()
        return (folder, now) if folder.due(now) else None

    def back_up_if_due(self) -> Path | None:
        """The automatic backup, written at once: at most daily, the newest few kept.

        Only for when Qt ends without ``request_quit``; a failure never stops Hearth closing.
        """
        due = self._backup_due()
        if due is None or self.sealing is None:
            return None
        folder, now = due
        try:
            return folder.write(self.vault.repository, self.sealing, now).path
        except (OSError, ValueError) as error:  # a full disk must not stop Hearth from closing
            print(f"Hearth: {messages.BACKUP_UI_FAILED.format(reason=error)}", file=sys.stderr)
            return None

    def _backup_folder(self) -> BackupFolder:
        from diary.backups import BackupFolder

        settings = self.settings
        return BackupFolder.chosen(
            settings["backup_folder"], settings["backup_keep"], self.vault.files.folder
        )

    def _remind_of_backups(self) -> None:
        """A gentle line in the status bar when the last backup is more than a week old.

        Or when every backup is dated later than now (the clock was set back): how old the
        last one is cannot be told, and the automatic backup on quit is due.
        """
        from diary.ui.settings.backups import reminder_words

        assert self.main is not None
        text = reminder_words(self._backup_folder(), (self.clock or dt.datetime.now)())
        if text is not None:
            self.main.show_status(text)

    def replace_diary(
        self,
        records: Records,
        passphrase: str,
        origin: restore.Origin | None = None,
        photos: restore.Photos | None = None,
        finished: Callable[[], None] | None = None,
    ) -> None:
        """Put ``records`` in place of the open diary (the passphrase was checked), reopen it.

        ``origin`` (the backup's diary and newest change) becomes the restored diary's.
        ``photos`` are a backup's photos read as a stream (``OpenedBackupFile.restored_photos``);
        ``records.photos`` (a backup read whole) are restored too. The work runs in the pool
        and this returns at once, so ``finished`` is called on the GUI thread when it is over,
        whichever way (also when nothing was done): the stream's file can be closed then.
        """
        from diary.storage import restore
        from diary.storage.errors import StorageError

        main = self.main
        if main is None or not main.save_all():
            if finished is not None:
                finished()
            return
        main.show_status(messages.BACKUP_UI_REPLACING)
        sealing = self.sealing  # the same passphrase opens the restored diary: keep its key
        self._close_diary(keep_sealing=True)
        vault, policy = self.vault, self.policy  # the worker gets these, never self
        folder = vault.files.folder

        def work() -> Repository:
            try:
                restore.restore(
                    folder,
                    policy,
                    passphrase,
                    records,
                    replacing=True,
                    origin=origin,
                    photos=photos,
                )
            finally:
                repository = vault.unlock(passphrase)  # the new diary, or the old one
            return repository

        def reopened(repository: Repository) -> None:
            self.sealing = sealing
            self._open_main(repository)
            main.show_status(messages.BACKUP_UI_REPLACED)

        def failed(error: Exception) -> None:
            if self.vault.unlocked:
                reopened(self.vault.repository)
            else:
                if sealing is not None:  # locked after all: its backup key goes too
                    sealing.wipe()
                self._show_unlock()  # the passphrase still opens whichever diary is there
            if isinstance(error, StorageError | OSError):
                main.show_status(messages.BACKUP_UI_FAILED.format(reason=error))
            else:
                raise error

        def over(step: Callable[[Any], None]) -> Callable[[Any], None]:
            def then(outcome: Any) -> None:
                try:
                    step(outcome)
                finally:
                    if finished is not None:
                        finished()

            return then

        self._background(work, over(reopened), over(failed))


def run(
    folder: Path,
    *,
    demo: bool = False,
    minimised: bool = False,
    serve: ServeCommand | None = None,
) -> int:
    """Start the desktop app on ``folder`` (``minimised``: in the tray); returns the exit code.

    ``serve`` answers ``diary`` commands while the diary is unlocked (see ``Hearth``).
    """
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    QGuiApplication.setDesktopFileName(ICON_NAME)  # resources/org.hearth.Hearth.desktop
    app.setWindowIcon(app_icon())
    collector = GuiCollector(parent=app)  # cyclic garbage is collected on this thread only
    instance = SingleInstance(folder)
    if instance.forward_to_running():
        print(messages.ALREADY_RUNNING)
        return 0
    instance.listen()
    settings = Settings(default_settings_path())
    apply_language(app, settings["language"])
    apply_theme(app, settings["theme"])
    hearth = Hearth(folder, settings, demo=demo, minimised=minimised, serve=serve)
    app.setQuitOnLastWindowClosed(False)  # Hearth decides: it saves and backs up first
    hearth.start()
    instance.front = lambda: hearth.front
    app.aboutToQuit.connect(hearth.quit)
    code: int = app.exec()
    collector.stop()
    return code
