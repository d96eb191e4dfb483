"""Reach out: who the user hoped to be in touch with by now, on the Today page, as a card.

The list comes from ``Repository.reach_out`` (ranked in ``diary.domain.cadence``), computed
off the GUI thread each time the page is shown or a contact is logged, so someone just met leaves
the list at once, and nobody in today's contacts is ever on it. Every row says one warm sentence,
``messages.reach_out_sentence`` ("It has been a while since you saw Ivo — you hoped for every 10
days"), the same the People page and ``diary reach-out`` say.

Nothing is selected until the user picks a row: a pre-selected first row looks like an alert.
A chosen item can be snoozed (for a week, or until a chosen date) or dismissed (until the next
contact); the last of those can be undone.

The card never changes height: it is as tall as ``VISIBLE_ROWS`` rows whether it is loading,
empty or full (a fixed vertical size policy and a constant ``sizeHint``), so nothing moves under
the pointer when the list arrives. While loading it shows nothing; with nobody to list, one quiet
line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from diary import messages
from diary.design import SPACE, TYPE_SCALE
from diary.domain.cadence import (
    Hold,
    ReachOut,
    ReachOutList,
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
from diary.ui.today.companion import Companion

if TYPE_CHECKING:
    from PySide6.QtCore import QThreadPool

    from diary.settings import Settings
    from diary.storage.repository import Repository
    from diary.ui.shell.tasks import InlinePool

SNOOZE_DAYS = 7
""""Snooze a week"."""
VISIBLE_ROWS = 4
"""The card always has room for this many rows; more scroll (the longest for their rhythm first)."""

AskDate = Callable[[QWidget, dt.date, dt.date], dt.date | None]
"""Asks until when to snooze: (parent, first allowed day, suggested day) -> a day or None."""


def reach_out_tip(item: ReachOut) -> str:
    """The tooltip: the row's sentence in full, then when the last time together was.

    A narrow list elides the sentence, so it comes whole here, then "Last together 3 weeks ago,
    on 12 Nov". Someone never seen has no date to give.
    """
    sentence = messages.reach_out_sentence(item)
    if item.last_contact is None or item.days_since is None:
        return sentence
    today = item.last_contact + dt.timedelta(days=item.days_since)
    circle = item.target.subject is Subject.CIRCLE
    return f"{sentence}\n{messages.last_together(item.last_contact, today, circle=circle)}"


class ReachOutModel(RowsModel[ReachOut]):
    """The visible reach-out items, the longest for their rhythm first.

    ``DisplayRole`` and the accessible text are the one sentence of
    ``messages.reach_out_sentence``; ``ItemRole`` holds the ``ReachOut`` itself.
    """

    @property
    def headers(self) -> Sequence[str]:
        """The column titles, in the current language."""
        return (companion_words.TODAY_UI_REACH_LIST_NAME,)

    row_height = 24
    """Every row is this tall (the panel sets it from its font), so the card's room is known."""

    def cell_text(self, item: ReachOut, column: int) -> str:
        """The one warm sentence."""
        return messages.reach_out_sentence(item)

    def cell_tooltip(self, item: ReachOut, column: int) -> str:
        """When the last time together was, if ever."""
        return reach_out_tip(item)

    def cell_data(self, item: ReachOut, column: int, role: int) -> object:
        """Each row's fixed height (``SizeHintRole``), and the item itself."""
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(1, self.row_height)
        return super().cell_data(item, column, role)

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


class ReachOutPanel(Companion):
    """The "Reach out" card: a ranked list with Snooze and Dismiss, at one fixed height.

    Args:
        pool: where the list is computed (an ``InlinePool`` in tests).
        ask_date: asks until when to snooze (a calendar dialog by default).
        parent: the parent widget.

    Signals:
        status: a short line for the status bar (what was set aside, or what went wrong).
        settled: the list arrived; True when it has anyone on it.
    """

    def __init__(
        self,
        pool: QThreadPool | InlinePool | None = None,
        *,
        ask_date: AskDate | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            companion_words.TODAY_UI_REACH_HEADING,
            companion_words.TODAY_UI_REACH_HINT,
            pool,
            parent,
        )
        self._ask_date: AskDate = ask_date or ask_snooze_date
        self._undo: Target | None = None
        self._loaded = False

        self.heading = self.title_label
        self.heading.setFont(scaled_font(self.font(), TYPE_SCALE["title"], bold=True))
        self.hint = self.hint_label
        self.model = ReachOutModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(companion_words.TODAY_UI_REACH_LIST_NAME)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setUniformItemSizes(True)
        self.view.setWordWrap(False)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.model.row_height = self.fontMetrics().lineSpacing() + SPACE[2]
        self.heading.setBuddy(self.view)
        self.empty_label = QLabel(wordWrap=True)  # empty while loading, one quiet line after
        self.empty_label.setObjectName("hint")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.snooze_button = QPushButton(companion_words.TODAY_UI_REACH_SNOOZE_WEEK)
        self.snooze_button.setToolTip(companion_words.TODAY_UI_REACH_SNOOZE_WEEK_TIP)
        self.snooze_until_button = QPushButton(companion_words.TODAY_UI_REACH_SNOOZE_UNTIL)
        self.snooze_until_button.setToolTip(companion_words.TODAY_UI_REACH_SNOOZE_UNTIL_TIP)
        self.dismiss_button = QPushButton(companion_words.TODAY_UI_REACH_DISMISS)
        self.dismiss_button.setToolTip(companion_words.TODAY_UI_REACH_DISMISS_TIP)
        self.undo_button = QPushButton(companion_words.TODAY_UI_REACH_UNDO)
        self.done_label = QLabel()
        self.done_label.setObjectName("hint")

        # The list (or its quiet line) over the whole width, then one row of actions with
        # "… is snoozed" and Undo: each always there at a fixed height, so the card holds.
        self.after = QWidget()
        after = QHBoxLayout(self.after)
        after.setContentsMargins(0, 0, 0, 0)
        for button in (self.snooze_button, self.snooze_until_button, self.dismiss_button):
            button.setAutoDefault(False)
            after.addWidget(button)
        after.addStretch(1)
        after.addWidget(self.done_label)
        after.addWidget(self.undo_button)
        self.undo_button.setAutoDefault(False)
        self.after.setFixedHeight(self.undo_button.sizeHint().height())
        self.view.setFixedHeight(self._list_height())
        self.empty_label.setFixedHeight(self._list_height())
        self.add(self.view)
        self.add(self.empty_label)
        self.add(self.after)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        self.snooze_button.clicked.connect(self.snooze_week)
        self.snooze_until_button.clicked.connect(self.snooze_until)
        self.dismiss_button.clicked.connect(self.dismiss)
        self.undo_button.clicked.connect(self.undo)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._show_state()

    def _list_height(self) -> int:
        """Room for ``VISIBLE_ROWS`` rows."""
        return self.model.row_height * VISIBLE_ROWS + 2 * self.view.frameWidth()

    # Lifecycle -------------------------------------------------------------------------------

    def attach(
        self, repository: Repository, settings: Settings, today: Callable[[], dt.date]
    ) -> None:
        """Show the list of the unlocked diary; ``today`` gives the diary's today."""
        self._diary.attach(repository, settings, today)
        self._undo = None
        self._loaded = False
        self.refresh()

    def detach(self) -> None:
        """Forget every name (on lock)."""
        super().detach()
        self._undo = None
        self._loaded = False
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
        chosen = self.current()
        self.model.set_items(found)
        row = self.model.row_of(chosen.target) if chosen is not None else None
        if row is not None:  # the user's own choice survives; nothing is chosen for them
            self.view.setCurrentIndex(self.model.index(row, 0))
        else:
            self.view.clearSelection()
        self._loaded = True
        self._show_state()
        self.settled.emit(self.model.rowCount() > 0)

    def _show_state(self) -> None:
        rows = self.model.rowCount()
        self.view.setHidden(rows == 0)
        self.empty_label.setHidden(rows > 0)  # holds the list's place while loading or empty
        self.empty_label.setText(companion_words.TODAY_UI_REACH_NOBODY if self._loaded else "")
        for button in (self.snooze_button, self.snooze_until_button, self.dismiss_button):
            button.setHidden(rows == 0)
        self.undo_button.setHidden(self._undo is None)
        self.done_label.setHidden(not self.done_label.text())
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.current() is not None
        for button in (self.snooze_button, self.snooze_until_button, self.dismiss_button):
            button.setEnabled(chosen)

    # Acting on an item -----------------------------------------------------------------------

    def current(self) -> ReachOut | None:
        """The item the user chose, if any (none is chosen for them)."""
        chosen = self.view.selectionModel().selectedIndexes()
        if not chosen or chosen[0].row() >= self.model.rowCount():
            return None
        return self.model.item(chosen[0].row())

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
        today = self._diary.today()
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
                name=item.name, date=messages.short_day(until, year=until.year != today.year)
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
