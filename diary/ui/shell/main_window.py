"""The main window: navigation between pages, the status line, shortcuts, saving and locking."""

from __future__ import annotations

import base64
import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from diary.ui.shell import words

if TYPE_CHECKING:
    from diary.settings import Settings
    from diary.storage.repository import Repository
    from diary.ui.journal.page import JournalPage
    from diary.ui.shell.page import Page
    from diary.ui.today.page import TodayPage


class MainWindow(QMainWindow):
    """Hearth's window once the diary is unlocked.

    Args:
        pages: the pages in navigation order; the first is Today, the second Journal.
        settings: the user's settings (window geometry is remembered there).

    Signals:
        lock_requested: Ctrl+L or the Lock action; the app saves, locks and shows the unlock window.
    """

    lock_requested = Signal()

    def __init__(
        self, today: TodayPage, journal: JournalPage, others: list[Page], settings: Settings
    ) -> None:
        super().__init__()
        self.setWindowTitle("Hearth")
        self.today, self.journal = today, journal
        self.pages: list[Page] = [today, journal, *others]
        self._settings = settings

        self.navigation = QListWidget()
        self.navigation.setAccessibleName(words.NAVIGATION)
        self.navigation.setFixedWidth(self.navigation.fontMetrics().horizontalAdvance("M") * 12)
        self.stack = QStackedWidget()
        for page in self.pages:
            QListWidgetItem(page.title, self.navigation)
            self.stack.addWidget(page)
            page.status.connect(self.show_status)
            page.open_day.connect(self.open_day)
        self.navigation.currentRowChanged.connect(self._switch_to)

        body = QWidget()
        layout = QHBoxLayout(body)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)

        self.status_label = QLabel(words.STATUS_SAVED)
        self.status_label.setAccessibleName(words.STATUS_NAME)
        self.statusBar().addPermanentWidget(self.status_label)
        self._add_shortcuts()
        self._restore_geometry()
        self.navigation.setCurrentRow(0)

    # Pages -----------------------------------------------------------------------------------

    def attach(self, repository: Repository) -> None:
        """Show the unlocked diary on every page."""
        for page in self.pages:
            page.attach(repository, self._settings)
        self.navigation.setCurrentRow(0)
        self.show_status(words.STATUS_SAVED)

    def save_all(self) -> bool:
        """Save every page's pending edits; False if any could not be saved."""
        results = [page.flush() for page in self.pages]
        return all(results)

    def detach(self) -> None:
        """Clear every view and model (after saving) and show "Locked"."""
        for page in self.pages:
            page.detach()
        self.show_status(words.STATUS_LOCKED)

    def show_page(self, page: Page) -> None:
        """Switch to ``page`` (for example Settings after a recovery-code unlock)."""
        self.navigation.setCurrentRow(self.pages.index(page))

    def open_day(self, day: dt.date) -> None:
        """Open a date on the Today page."""
        self.navigation.setCurrentRow(0)
        self.today.show_day(day)

    def show_status(self, text: str) -> None:
        """Put a short line in the status bar ("Saved", "Saving…", "Locked", a problem)."""
        self.status_label.setText(text)

    def _switch_to(self, row: int) -> None:
        current = self.stack.currentWidget()
        if current is not None and current is not self.pages[row]:
            current.flush()  # type: ignore[attr-defined]
        self.stack.setCurrentIndex(row)
        if self.pages[row] is self.journal:
            self.journal.refresh()

    # Shortcuts, geometry, closing ------------------------------------------------------------

    def _add_shortcuts(self) -> None:
        def bind(keys: QKeySequence | QKeySequence.StandardKey | str, action: object) -> None:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(action)

        bind(QKeySequence.StandardKey.Save, self.save_all)
        bind("Ctrl+L", self.lock_requested.emit)
        bind(QKeySequence.StandardKey.Find, self._find)
        bind("Alt+Left", self._previous_day)
        bind("Alt+Right", self._next_day)
        bind("Ctrl+T", self._today)
        bind("Ctrl+Q", lambda: QApplication.quit())  # Hearth.quit saves and backs up if due
        for number in range(1, len(self.pages) + 1):
            bind(f"Ctrl+{number}", lambda row=number - 1: self.navigation.setCurrentRow(row))

    def _find(self) -> None:
        self.navigation.setCurrentRow(1)
        self.journal.focus_search()

    def _previous_day(self) -> None:
        self.navigation.setCurrentRow(0)
        self.today.go_previous_day()

    def _next_day(self) -> None:
        self.navigation.setCurrentRow(0)
        self.today.go_next_day()

    def _today(self) -> None:
        self.navigation.setCurrentRow(0)
        self.today.go_today()

    def _restore_geometry(self) -> None:
        stored = self._settings["window_geometry"]
        if stored:
            self.restoreGeometry(QByteArray(base64.b64decode(stored)))
        else:
            self.resize(1100, 760)

    def remember_geometry(self) -> None:
        """Store the window's position and size for next time."""
        geometry = base64.b64encode(bytes(self.saveGeometry().data())).decode("ascii")
        self._settings.set("window_geometry", geometry)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Save before closing; if saving fails, stay open so nothing is lost."""
        if not self.save_all():
            event.ignore()
            return
        self.remember_geometry()
        event.accept()
