"""The main window: the sidebar between pages, the status line, shortcuts, saving and locking.

The window fits the screen it opens on: never larger than the screen's available area, also when
a remembered size came from a bigger screen. The status line shows the quiet save state ("Not
saved yet" while a change waits for the autosave, "Saving…", "Saved" once the store holds it,
"Locked", or why saving failed, and so why locking or closing was refused) and, for a few
seconds, a page's confirmation ("Saved the chart…"); a confirmation belongs to the page that
made it and goes when another is shown.
"""

from __future__ import annotations

import base64
import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QMargins, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from diary import locale_format
from diary.design import SPACE
from diary.domain.models import Problem, ValidationError
from diary.ui.shell import words
from diary.ui.shell.sidebar import PAGE_ICONS, Sidebar

if TYPE_CHECKING:
    from diary.settings import Settings
    from diary.storage.repository import Repository
    from diary.ui.journal.page import JournalPage
    from diary.ui.shell.page import Page
    from diary.ui.today.page import TodayPage

DEFAULT_SIZE = QSize(1180, 780)
"""The first size on a screen big enough for it; smaller screens get their available area."""

FRAME_SETTLE_MS = 300
"""The window manager's frame is known a moment after the window is shown; fit again then."""

NOTICE_MS = 6000
"""How long a page's confirmation stays on the status line."""


def fit_rect(wanted: QRect, available: QRect, frame: QMargins | None = None) -> QRect:
    """``wanted`` (a client area) made to fit ``available`` with the window's ``frame`` around it.

    The size shrinks to what fits (never below zero) and the position moves so the whole framed
    window, title bar included, is inside ``available``.
    """
    area = available.marginsRemoved(frame) if frame is not None else QRect(available)
    width = max(0, min(wanted.width(), area.width()))
    height = max(0, min(wanted.height(), area.height()))
    left = max(area.left(), min(wanted.left(), area.right() + 1 - width))
    top = max(area.top(), min(wanted.top(), area.bottom() + 1 - height))
    return QRect(left, top, width, height)


def is_save_state(text: str) -> bool:
    """True for the quiet save state that stays on the status line (not a passing notice)."""
    from diary.ui.today import words as today_words  # the Today page's failure words

    not_saved = today_words.TODAY_NOT_SAVED.split("{reason}")[0]
    states = (words.STATUS_SAVED, words.STATUS_SAVING, words.STATUS_NOT_SAVED, words.STATUS_LOCKED)
    return text in states or bool(not_saved) and text.startswith(not_saved)


class StatusLine(QLabel):
    """The status line's label: one line when the words fit, more lines (never clipped) if not.

    A long sentence, such as why locking was refused, wraps at the window's width instead of
    being cut off or holding the window wide; its height follows the width it is given.
    """

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def _height(self, width: int) -> int:
        return max(self.fontMetrics().height(), self.heightForWidth(max(1, width)))

    def _one_line(self) -> int:
        """The narrowest width that shows the words on one line.

        A glyph's overhang can need a pixel or two past the text's advance: at exactly the
        advance "Not saved yet" wrapped, and the status bar grew a line each time typing began.
        """
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        width = metrics.horizontalAdvance(self.text()) + margins.left() + margins.right()
        single = self._height(10**5)
        for extra in range(9):
            if self._height(width + extra) <= single:
                return width + extra
        return width + 9

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """As wide as the words on one line, as high as they need at the present width."""
        return QSize(self._one_line(), self._height(self.width()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Any width (the words wrap), as high as the present width needs."""
        return QSize(0, self._height(self.width()))

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        """Show ``text``; the status bar makes room for its lines."""
        super().setText(text)
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """A new width may need more or fewer lines."""
        super().resizeEvent(event)
        if self.height() != self._height(self.width()):
            self.updateGeometry()


class MainWindow(QMainWindow):
    """Hearth's window once the diary is unlocked.

    Args:
        pages: the pages in navigation order; the first is Today, the second Journal.
        settings: the user's settings (window geometry is remembered there).

    Signals:
        lock_requested: Ctrl+L or the Lock action; the app saves, locks and shows the unlock window.
        quit_requested: Ctrl+Q; the app saves, backs up if due (showing progress) and quits.
    """

    lock_requested = Signal()
    quit_requested = Signal()

    def __init__(
        self, today: TodayPage, journal: JournalPage, others: list[Page], settings: Settings
    ) -> None:
        super().__init__()
        self.setWindowTitle("Hearth")
        self.today, self.journal = today, journal
        self.pages: list[Page] = [today, journal, *others]
        self._settings = settings

        icons = [
            getattr(page, "icon", "") or PAGE_ICONS[min(i, len(PAGE_ICONS) - 1)]
            for i, page in enumerate(self.pages)
        ]
        self.sidebar = Sidebar([page.title for page in self.pages], icons)
        self.sidebar.lock_clicked.connect(self.lock_requested.emit)
        self.navigation = self.sidebar.navigation
        self.stack = QStackedWidget()
        for page in self.pages:
            self.stack.addWidget(page)
            page.status.connect(lambda text, page=page: self.show_status(text, page))
            page.open_day.connect(self.open_day)
        self.navigation.currentRowChanged.connect(self._switch_to)

        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        content = QVBoxLayout()
        content.setContentsMargins(SPACE[4], SPACE[3], SPACE[4], SPACE[2])
        content.addWidget(self.stack, 1)
        layout.addLayout(content, 1)
        self.setCentralWidget(body)

        self._state = words.STATUS_SAVED
        self._notice_owner: Page | None = None
        self._unsaved: list[Page] = []  # the pages the last save_all could not save
        self.status_label = StatusLine(words.STATUS_SAVED)
        self.status_label.setAccessibleName(words.STATUS_NAME)
        self.statusBar().addPermanentWidget(self.status_label, 1)
        self.statusBar().setSizeGripEnabled(False)
        self.notice_timer = QTimer(self)
        self.notice_timer.setSingleShot(True)
        self.notice_timer.setInterval(NOTICE_MS)
        self.notice_timer.timeout.connect(self.clear_notice)
        self._add_shortcuts()
        self._fitted = False
        self._restore_geometry()
        self.navigation.setCurrentRow(0)

    # Pages -----------------------------------------------------------------------------------

    def attach(self, repository: Repository) -> None:
        """Show the unlocked diary on every page."""
        for page in self.pages:
            page.attach(repository, self._settings)
        self.navigation.setCurrentRow(0)
        self.clear_notice()
        self.show_status(words.STATUS_SAVED)

    def save_all(self) -> bool:
        """Save every page's pending edits; False if any could not be saved."""
        self._unsaved = [page for page in self.pages if not page.flush()]  # every page tries
        return not self._unsaved

    def save_or_explain(self, *, locking: bool) -> bool:
        """Save every page before locking (or closing); if one refuses, say why and stay.

        The reason stays on the status line until the next save state (the user is often away
        when the idle timer locks), and the page that could not save is shown, with everything
        still on it.
        """
        if self.save_all():
            return True
        page = self._unsaved[0]
        text = self._refusal(page, locking=locking)
        if page is not self.stack.currentWidget():
            self.show_page(page)
        self._state = text
        self.clear_notice()
        return False

    def _refusal(self, page: Page, *, locking: bool) -> str:
        """Why the diary stayed unlocked (or the window open), and what to do about it."""
        error = page.save_error
        reason = str(error).strip() if error is not None else ""
        if reason and not reason.endswith((".", "!", "?", "…")):
            reason += "."
        too_long = isinstance(error, ValidationError) and error.code == Problem.TOO_LONG
        advice = words.SAVE_ADVICE_SHORTEN if too_long else words.SAVE_ADVICE_FIX
        day = self.today.current_day() if page is self.today else None
        if day is None:
            template = words.LOCK_REFUSED if locking else words.CLOSE_REFUSED
            text = template.format(reason=reason, advice=advice)
        else:
            template = words.LOCK_REFUSED_ENTRY if locking else words.CLOSE_REFUSED_ENTRY
            year = day.year != self.today.today().year
            text = template.format(
                day=locale_format.short_day(day, year=year), reason=reason, advice=advice
            )
        return " ".join(text.split())  # no double space where a reason was empty

    def detach(self) -> None:
        """Clear every view and model (after saving) and show "Locked"."""
        for page in self.pages:
            page.detach()
        self.clear_notice()  # nothing said before locking outlives it
        self.show_status(words.STATUS_LOCKED)

    def reload(self) -> None:
        """Show the diary again after a command changed it (``diary write`` answered here).

        Today reads its day again; the page on screen reads itself again (the others do when
        they are shown next).
        """
        day = self.today.current_day()
        if day is not None:
            self.today.show_day(day)
        current = self.stack.currentWidget()
        refresh = getattr(current, "refresh", None)
        if current is not self.today and callable(refresh):
            refresh()

    def show_page(self, page: Page) -> None:
        """Switch to ``page`` (for example Settings after a recovery-code unlock)."""
        self.navigation.setCurrentRow(self.pages.index(page))

    def open_day(self, day: dt.date) -> None:
        """Open a date on the Today page."""
        self.navigation.setCurrentRow(0)
        self.today.show_day(day)

    def show_status(self, text: str, page: Page | None = None) -> None:
        """Put a short line in the status bar.

        The save state ("Saved", "Saving…", "Locked", why saving failed) stays until the next
        one. Anything else is a notice: shown for ``NOTICE_MS``, then the save state returns;
        a notice of ``page`` also goes as soon as another page is shown. A new save state does
        not cut a notice short.
        """
        if is_save_state(text):
            self._state = text
            if not self.notice_timer.isActive():
                self.status_label.setText(text)
            return
        self._notice_owner = page
        self.status_label.setText(text)
        self.notice_timer.start()

    def clear_notice(self) -> None:
        """End the current notice: the status line shows the save state again."""
        self.notice_timer.stop()
        self._notice_owner = None
        self.status_label.setText(self._state)

    def _switch_to(self, row: int) -> None:
        current = self.stack.currentWidget()
        if current is not None and current is not self.pages[row]:
            current.flush()  # type: ignore[attr-defined]
        owner = self._notice_owner
        if self.notice_timer.isActive() and owner is not None and owner is not self.pages[row]:
            self.clear_notice()
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
        bind("Alt+Left", lambda: self._step(-1))
        bind("Alt+Right", lambda: self._step(1))
        bind("Ctrl+T", self._today)
        bind("Ctrl+Shift+N", self.today.log_contact)  # log a contact now, from any page
        bind("Ctrl+Q", self.quit_requested.emit)  # Hearth.request_quit saves and backs up
        for number in range(1, len(self.pages) + 1):
            bind(f"Ctrl+{number}", lambda row=number - 1: self.navigation.setCurrentRow(row))

    def _find(self) -> None:
        self.navigation.setCurrentRow(1)
        self.journal.focus_search()

    def _step(self, direction: int) -> None:
        """A month on the Journal and Insights, else a day on Today."""
        page = self.pages[self.stack.currentIndex()]
        if page is not self.today and page.step(direction):
            return
        self.navigation.setCurrentRow(0)
        if direction < 0:
            self.today.go_previous_day()
        else:
            self.today.go_next_day()

    def _today(self) -> None:
        self.navigation.setCurrentRow(0)
        self.today.go_today()

    def _available(self) -> QRect:
        screen = self.screen() or QApplication.primaryScreen()
        return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)

    def _frame(self) -> QMargins:
        """The window manager's frame around the client area (a guess until it is shown)."""
        frame, inner = self.frameGeometry(), self.geometry()
        if self.isVisible() and frame.size() != inner.size():
            return QMargins(
                inner.left() - frame.left(),
                inner.top() - frame.top(),
                frame.right() - inner.right(),
                frame.bottom() - inner.bottom(),
            )
        return QMargins(4, self.fontMetrics().height() * 2, 4, 8)  # a title bar and a border

    def _restore_geometry(self) -> None:
        stored = self._settings["window_geometry"]
        restored = False
        if stored:
            try:
                restored = self.restoreGeometry(QByteArray(base64.b64decode(stored)))
            except ValueError:
                restored = False
        available = self._available()
        if restored:
            self.fit_to_screen()
            return
        wanted = QRect(QPoint(0, 0), DEFAULT_SIZE)
        wanted.moveCenter(available.center())
        self.setGeometry(fit_rect(wanted, available, self._frame()))

    def fit_to_screen(self) -> None:
        """Shrink and move the window so all of it is inside the screen's available area."""
        if self.isMaximized() or self.isFullScreen():
            return
        fitted = fit_rect(self.geometry(), self._available(), self._frame())
        if fitted != self.geometry():
            self.setGeometry(fitted)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Once shown (the frame is known then), make sure the window fits its screen."""
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            QTimer.singleShot(0, self.fit_to_screen)
            QTimer.singleShot(FRAME_SETTLE_MS, self.fit_to_screen)  # once the frame is known

    def remember_geometry(self) -> None:
        """Store the window's position and size for next time."""
        geometry = base64.b64encode(bytes(self.saveGeometry().data())).decode("ascii")
        self._settings.set("window_geometry", geometry)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Save before closing; if saving fails, stay open so nothing is lost, and say why."""
        if not self.save_or_explain(locking=False):
            event.ignore()
            return
        self.remember_geometry()
        event.accept()
