"""Reach out: who the user hoped to be in touch with by now, on the Today page.

The list comes from ``Repository.reach_out`` (ranked in ``diary.domain.cadence``), computed off
the GUI thread each time the page is shown or a contact is logged, so someone just met leaves
the list at once. Each item can be snoozed (for a week, or until a chosen date) or dismissed
(until the next contact); the last of those can be undone. With nobody to list, the section
stays out of the way entirely.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from diary import messages
from diary.domain.cadence import (
    DEFAULT_LONG_TIME_DAYS,
    Hold,
    ReachOut,
    ReachOutList,
    Reason,
    Subject,
    Target,
    dismiss,
    snooze,
)
from diary.domain.models import ValidationError
from diary.storage.errors import StorageError
from diary.ui.shell.fonts import scaled_font
from diary.ui.shell.rows_model import RowsModel
from diary.ui.today import companion_words
from diary.ui.today.companion import DiaryLink

if TYPE_CHECKING:
    from PySide6.QtCore import QThreadPool

    from diary.settings import Settings
    from diary.storage.repository import Repository
    from diary.ui.shell.tasks import InlinePool

SNOOZE_DAYS = 7
""""Snooze a week"."""
VISIBLE_ROWS = 5
"""The list grows to this many rows, then scrolls: the most overdue are at the top."""

AskDate = Callable[[QWidget, dt.date, dt.date], dt.date | None]
"""Asks until when to snooze: (parent, first allowed day, suggested day) -> a day or None."""


def reach_out_text(item: ReachOut) -> str:
    """One gentle line: "Book club: every 14 days, 5 days overdue", "It's been 7 weeks…".

    Beyond six weeks the count is in weeks, not a large number of days overdue.
    """
    if item.reason is Reason.LONG_TIME:
        return messages.REACH_LONG_TIME.format(weeks=item.weeks_since, name=item.name)
    if item.reason is Reason.NOT_YET:
        if item.cadence_days is None:
            return companion_words.TODAY_UI_REACH_NOT_YET.format(name=item.name)
        return companion_words.TODAY_UI_REACH_NOT_YET_EVERY.format(
            name=item.name, every=item.cadence_days
        )
    overdue = item.days_overdue or 0
    if (item.days_since or 0) >= DEFAULT_LONG_TIME_DAYS:
        template = (
            companion_words.TODAY_UI_REACH_WEEKS_PERSON
            if item.target.subject is Subject.PERSON
            else companion_words.TODAY_UI_REACH_WEEKS_CIRCLE
        )
        return template.format(name=item.name, weeks=item.weeks_since, every=item.cadence_days)
    if overdue == 0:
        template = companion_words.TODAY_UI_REACH_DUE_TODAY
    elif overdue == 1:
        template = companion_words.TODAY_UI_REACH_OVERDUE_ONE
    else:
        template = companion_words.TODAY_UI_REACH_OVERDUE
    return template.format(name=item.name, every=item.cadence_days, days=overdue)


def reach_out_tip(item: ReachOut) -> str:
    """The tooltip: when the last contact was, if ever."""
    if item.last_contact is None:
        return companion_words.TODAY_UI_REACH_TIP_NEVER
    return companion_words.TODAY_UI_REACH_TIP_LAST.format(
        date=item.last_contact.strftime("%Y-%m-%d"), days=item.days_since
    )


class ReachOutModel(RowsModel[ReachOut]):
    """The visible reach-out items, most overdue first.

    ``DisplayRole`` and the accessible text are the gentle line of ``reach_out_text``;
    ``ItemRole`` holds the ``ReachOut`` itself.
    """

    headers = (companion_words.TODAY_UI_REACH_LIST_NAME,)

    def cell_text(self, item: ReachOut, column: int) -> str:
        """The gentle line."""
        return reach_out_text(item)

    def cell_tooltip(self, item: ReachOut, column: int) -> str:
        """When the last contact was, if ever."""
        return reach_out_tip(item)

    def row_of(self, target: Target) -> int | None:
        """The row of a person or circle, if listed."""
        return next((row for row, i in enumerate(self._items) if i.target == target), None)


def ask_snooze_date(parent: QWidget, first: dt.date, suggested: dt.date) -> dt.date | None:
    """A small calendar dialog: until which day to snooze (None if cancelled)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(companion_words.TODAY_UI_REACH_SNOOZE_TITLE)
    calendar = QCalendarWidget()
    calendar.setAccessibleName(companion_words.TODAY_UI_REACH_SNOOZE_TITLE)
    calendar.setMinimumDate(QDate(first.year, first.month, first.day))
    calendar.setSelectedDate(QDate(suggested.year, suggested.month, suggested.day))
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    calendar.activated.connect(lambda _date: dialog.accept())
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel(companion_words.TODAY_UI_REACH_SNOOZE_ASK, wordWrap=True))
    layout.addWidget(calendar)
    layout.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted.value:
        return None
    picked = calendar.selectedDate().toPython()
    return picked if isinstance(picked, dt.date) else None


class ReachOutPanel(QWidget):
    """The "Reach out" section: a ranked list with Snooze and Dismiss.

    Args:
        pool: where the list is computed (an ``InlinePool`` in tests).
        ask_date: asks until when to snooze (a calendar dialog by default).
        parent: the parent widget.

    Signals:
        status: a short line for the status bar (what was set aside, or what went wrong).
    """

    status = Signal(str)

    def __init__(
        self,
        pool: QThreadPool | InlinePool | None = None,
        *,
        ask_date: AskDate | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._diary = DiaryLink(self, pool)
        self._ask_date: AskDate = ask_date or ask_snooze_date
        self._undo: Target | None = None

        self.heading = QLabel(companion_words.TODAY_UI_REACH_HEADING)
        self.heading.setFont(scaled_font(self.font(), 1.15, bold=True))
        self.hint = QLabel(companion_words.TODAY_UI_REACH_HINT, wordWrap=True)
        self.model = ReachOutModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(companion_words.TODAY_UI_REACH_LIST_NAME)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setUniformItemSizes(True)
        self.view.setWordWrap(False)
        self.heading.setBuddy(self.view)
        self.snooze_button = QPushButton(companion_words.TODAY_UI_REACH_SNOOZE_WEEK)
        self.snooze_button.setToolTip(companion_words.TODAY_UI_REACH_SNOOZE_WEEK_TIP)
        self.snooze_until_button = QPushButton(companion_words.TODAY_UI_REACH_SNOOZE_UNTIL)
        self.snooze_until_button.setToolTip(companion_words.TODAY_UI_REACH_SNOOZE_UNTIL_TIP)
        self.dismiss_button = QPushButton(companion_words.TODAY_UI_REACH_DISMISS)
        self.dismiss_button.setToolTip(companion_words.TODAY_UI_REACH_DISMISS_TIP)
        self.undo_button = QPushButton(companion_words.TODAY_UI_REACH_UNDO)
        self.undo_button.setHidden(True)
        self.done_label = QLabel(wordWrap=True)
        self.done_label.setHidden(True)

        buttons = QVBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.snooze_button, self.snooze_until_button, self.dismiss_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.view, 1, Qt.AlignmentFlag.AlignTop)
        row.addLayout(buttons)
        after = QHBoxLayout()
        after.setContentsMargins(0, 0, 0, 0)
        after.addWidget(self.done_label, 1)
        after.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        layout.addLayout(after)

        self.snooze_button.clicked.connect(self.snooze_week)
        self.snooze_until_button.clicked.connect(self.snooze_until)
        self.dismiss_button.clicked.connect(self.dismiss)
        self.undo_button.clicked.connect(self.undo)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.setHidden(True)

    # Lifecycle -------------------------------------------------------------------------------

    def attach(
        self, repository: Repository, settings: Settings, today: Callable[[], dt.date]
    ) -> None:
        """Show the list of the unlocked diary; ``today`` gives the diary's today."""
        self._diary.attach(repository, settings, today)
        self._undo = None
        self.refresh()

    def detach(self) -> None:
        """Forget every name (on lock)."""
        self._diary.detach()
        self._undo = None
        self.model.clear()
        self.done_label.clear()
        self._show_state()

    def refresh(self) -> None:
        """Compute the list again, off the GUI thread (stale answers are dropped)."""
        repository = self._diary.repository
        if repository is None:
            return
        today = self._diary.today()
        definition = self._diary.definition()
        self._diary.read(
            lambda: repository.reach_out(today, definition),
            self._show,
            lambda error: self.status.emit(
                companion_words.TODAY_UI_REACH_FAILED.format(reason=error)
            ),
        )

    def _show(self, found: ReachOutList) -> None:
        current = self.current()
        self.model.set_items(found)
        row = self.model.row_of(current.target) if current is not None else None
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row or 0, 0))
        self._show_state()

    def _show_state(self) -> None:
        rows = self.model.rowCount()
        line = self.view.sizeHintForRow(0) if rows else self.fontMetrics().lineSpacing()
        frame = 2 * self.view.frameWidth()
        self.view.setFixedHeight(max(line, 1) * max(1, min(rows, VISIBLE_ROWS)) + frame + 2)
        self.view.setHidden(rows == 0)
        for button in (self.snooze_button, self.snooze_until_button, self.dismiss_button):
            button.setHidden(rows == 0)
        self.undo_button.setHidden(self._undo is None)
        self.done_label.setHidden(not self.done_label.text())
        self.setHidden(self._diary.repository is None or (rows == 0 and self._undo is None))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.current() is not None
        for button in (self.snooze_button, self.snooze_until_button, self.dismiss_button):
            button.setEnabled(chosen)

    # Acting on an item -----------------------------------------------------------------------

    def current(self) -> ReachOut | None:
        """The selected item (the first one unless the user chose another)."""
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.item(index.row())

    def snooze_week(self) -> bool:
        """Hide the selected item for a week."""
        item = self.current()
        if item is None:
            return False
        until = self._diary.today() + dt.timedelta(days=SNOOZE_DAYS)
        return self._hold(item, snooze(item.target, until), until)

    def snooze_until(self) -> bool:
        """Ask until when, then hide the selected item until that day."""
        item = self.current()
        if item is None:
            return False
        today = self._diary.today()
        until = self._ask_date(
            self, today + dt.timedelta(days=1), today + dt.timedelta(days=SNOOZE_DAYS)
        )
        if until is None or until <= today:
            return False
        return self._hold(item, snooze(item.target, until), until)

    def dismiss(self) -> bool:
        """Hide the selected item until the next contact with them."""
        item = self.current()
        if item is None:
            return False
        return self._hold(item, dismiss(item.target, self._diary.today()), None)

    def _hold(self, item: ReachOut, hold: Hold, until: dt.date | None) -> bool:
        repository = self._diary.repository
        if repository is None:
            return False
        try:
            repository.set_hold(hold)
        except (StorageError, ValidationError) as error:
            self.status.emit(companion_words.TODAY_UI_REACH_NOT_SAVED.format(reason=error))
            return False
        if until is None:
            line = companion_words.TODAY_UI_REACH_DISMISSED.format(name=item.name)
        else:
            line = companion_words.TODAY_UI_REACH_SNOOZED.format(
                name=item.name, date=until.strftime("%Y-%m-%d")
            )
        self._undo = item.target
        self.done_label.setText(line)
        self.status.emit(line)
        self.refresh()
        return True

    def undo(self) -> bool:
        """Show the last snoozed or dismissed item again."""
        repository, target = self._diary.repository, self._undo
        if repository is None or target is None:
            return False
        try:
            repository.clear_hold(target)
        except StorageError as error:
            self.status.emit(companion_words.TODAY_UI_REACH_NOT_SAVED.format(reason=error))
            return False
        self._undo = None
        self.done_label.clear()
        self.refresh()
        return True
