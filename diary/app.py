"""Composition root of the desktop app: one copy per diary, unlock first, then the main window.

Start-up order matters: the unlock (or first-run) window is shown as soon as Qt is up; the main
window's modules, SQLAlchemy and the pages load only once the diary is unlocked.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sys
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
from diary.ui.tasks import InlinePool, run_task
from diary.ui.theme import apply_theme

if TYPE_CHECKING:
    from PySide6.QtCore import QThreadPool

    from diary.storage.repository import Repository
    from diary.ui.main_window import MainWindow
    from diary.ui.unlock import UnlockWindow

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class IdleWatcher(QObject):
    """Fires ``timer`` after the given minutes without keyboard or mouse activity."""

    def __init__(self, minutes: int, on_idle: Any) -> None:
        super().__init__()
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(on_idle)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        """Change the idle time (takes effect at once)."""
        self.timer.setInterval(minutes * 60_000)
        if self.timer.isActive():
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Any key or mouse activity restarts the countdown."""
        if event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start()
        return False


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
        clock: "now", injectable for tests of the evening boundary.
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
    ) -> None:
        super().__init__()
        self.vault = Vault(folder, policy)
        self.settings = settings
        self.demo = demo
        self.pool = pool
        self.clock = clock
        self.main: MainWindow | None = None
        self.front: QWidget | None = None
        self.idle = IdleWatcher(settings["auto_lock_minutes"], self.lock)
        self._relay: Any = None

    # Start ------------------------------------------------------------------------------------

    def start(self) -> QWidget:
        """Show the first window: first run, demo preparation, or unlock."""
        if self.vault.exists():
            return self._show_unlock()
        if self.demo:
            window = self._show_unlock()
            window.wait_for(messages.PREPARING_DEMO)
            self._relay = run_task(
                self._create_demo, self._demo_ready, self._demo_failed, self.pool
            )
            return window
        from diary.ui.first_run import FirstRunWizard

        wizard = FirstRunWizard(self.vault, pool=self.pool)
        wizard.created.connect(self._open_main)
        self._bring_forward(wizard)
        return wizard

    def _create_demo(self) -> None:
        from diary.domain.sample import DEMO_PASSPHRASE, generate

        sample = generate(dt.date.today())
        self.vault.create(DEMO_PASSPHRASE)
        self.vault.repository.import_records(
            circles=sample.circles,
            people=sample.people,
            entries=sample.entries,
            interactions=sample.interactions,
        )
        self.vault.lock()

    def _demo_ready(self, _result: object) -> None:
        assert self.front is not None
        self.front.ready()  # type: ignore[attr-defined]

    def _demo_failed(self, error: Exception) -> None:
        assert self.front is not None
        self.front.show_error(str(error))  # type: ignore[attr-defined]

    def _show_unlock(self) -> UnlockWindow:
        from diary.ui.unlock import UnlockWindow

        hint = messages.DEMO_HINT if self.demo else ""
        window = UnlockWindow(self.vault, hint=hint, pool=self.pool)
        window.unlocked.connect(self._open_main)
        self._bring_forward(window)
        return window

    def _bring_forward(self, window: QWidget) -> None:
        """Show ``window`` instead of the current one; the main window is kept for next time."""
        previous, self.front = self.front, window
        if previous is not None and previous is not window:
            previous.hide()
            if previous is not self.main:
                previous.deleteLater()
        window.show()

    # Unlocked ---------------------------------------------------------------------------------

    def _open_main(self, repository: Repository) -> None:
        if self.main is None:
            self.main = self._build_main()
        self.main.attach(repository)
        if getattr(self.front, "recovered", False):  # opened with the recovery code
            self.main.show_page(self.main.pages[-1])
        self._bring_forward(self.main)
        QApplication.instance().installEventFilter(self.idle)  # type: ignore[union-attr]
        self.idle.timer.start()

    def _build_main(self) -> MainWindow:
        from diary.ui.insights import InsightsPage
        from diary.ui.journal import JournalPage
        from diary.ui.main_window import MainWindow
        from diary.ui.people import PeoplePage
        from diary.ui.settings_page import SettingsPage
        from diary.ui.today import TodayPage

        settings_page = SettingsPage(self.vault.change_passphrase, pool=self.pool)
        settings_page.theme_changed.connect(
            lambda theme: apply_theme(QApplication.instance(), theme)  # type: ignore[arg-type]
        )
        settings_page.auto_lock_changed.connect(self.idle.set_minutes)
        main = MainWindow(
            TodayPage(clock=self.clock),
            JournalPage(pool=self.pool, clock=self.clock),
            [PeoplePage(), InsightsPage(pool=self.pool, clock=self.clock), settings_page],
            self.settings,
        )
        main.lock_requested.connect(self.lock)
        return main

    def lock(self) -> bool:
        """Save, then drop the key, close the store, clear every view and show the unlock window.

        If saving fails the diary stays open, so the unsaved text is not lost.
        """
        if self.main is None or not self.vault.unlocked:
            return False
        if not self.main.save_all():
            return False
        QApplication.instance().removeEventFilter(self.idle)  # type: ignore[union-attr]
        self.idle.timer.stop()
        self.main.remember_geometry()
        self.main.detach()
        self.vault.lock()
        self._show_unlock()
        return True

    def quit(self) -> None:
        """Save and close the diary (the window's close already saved)."""
        if self.main is not None and self.vault.unlocked:
            self.main.save_all()
        self.vault.close()


def run(folder: Path, *, demo: bool = False) -> int:
    """Start the desktop app on ``folder``; returns the process exit code."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    QGuiApplication.setDesktopFileName("hearth")
    instance = SingleInstance(folder)
    if instance.forward_to_running():
        print(messages.ALREADY_RUNNING)
        return 0
    instance.listen()
    settings = Settings(default_settings_path())
    apply_theme(app, settings["theme"])
    hearth = Hearth(folder, settings, demo=demo)
    hearth.start()
    instance.front = lambda: hearth.front
    app.aboutToQuit.connect(hearth.quit)
    code: int = app.exec()
    return code
