"""One person's page: their contacts, the gratitude notes that name them, and moods beside them.

The view only shows a ``PersonSummary`` and says what the user asked for (go back, edit, open a
day); the People page reads the summary off the GUI thread and decides what happens.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from diary import locale_format, messages
from diary.domain.cadence import (
    MIN_MOOD_DAYS_EACH,
    MIN_MOOD_DAYS_TOTAL,
    GratitudeMention,
    MoodWith,
    PersonSummary,
    ReachOut,
)
from diary.domain.models import Interaction, Person
from diary.messages import plural
from diary.ui.people import words
from diary.ui.people.models import (
    cadence_text,
    days_between,
    long_date,
    short_date,
)
from diary.ui.shell.card import Card
from diary.ui.shell.fonts import scaled_font
from diary.ui.shell.rows_model import RowsModel
from diary.ui.shell.tables import labelled, set_up_rows, side_by_side
from diary.ui.today.contacts import depth_text, describe

DateRole = Qt.ItemDataRole.UserRole + 2
"""The ``datetime.date`` of a contact or gratitude note (the day it opens)."""

DATE, MODE, MINUTES, DEPTH, NOTE = range(5)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def mood_sentence(name: str, mood: MoodWith) -> str:
    """The mood comparison in words, or why there is none yet; never a claim about cause."""
    if not mood.enough or mood.mean_with is None or mood.mean_other is None:
        return words.PEOPLE_UI_MOOD_NOT_ENOUGH.format(
            name=name,
            n_with=mood.n_with,
            n_other=mood.n_other,
            each=MIN_MOOD_DAYS_EACH,
            total=MIN_MOOD_DAYS_TOTAL,
        )
    return words.PEOPLE_UI_MOOD.format(
        name=name,
        mood_with=locale_format.number(mood.mean_with, 1),
        mood_other=locale_format.number(mood.mean_other, 1),
        n_with=mood.n_with,
        n_other=mood.n_other,
    )


def duration_text(minutes: int) -> str:
    """Minutes in words: "45 min", "3 h", "18 h 20 min"."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return words.PEOPLE_UI_MINUTES.format(n=rest)
    if not rest:
        return words.PEOPLE_UI_HOURS.format(h=hours)
    return words.PEOPLE_UI_HOURS_MINUTES.format(h=hours, m=rest)


def details_line(person: Person) -> str:
    """A person's circles, inner circle and cadence: "Family · inner circle · every 7 days"."""
    parts = []
    if person.circles:
        parts.append(words.PEOPLE_UI_IN_CIRCLES.format(circles=", ".join(person.circles)))
    if person.inner:
        parts.append(words.PEOPLE_UI_INNER_WORDS)
    if person.cadence_days is not None:
        parts.append(words.PEOPLE_UI_HOPING.format(every=cadence_text(person.cadence_days)))
    return " · ".join(parts) or words.PEOPLE_UI_NO_DETAILS


def contact_line(summary: PersonSummary, today: dt.date) -> str:
    """The last meaningful contact and how many contacts there were, in one line."""
    name = summary.person.name
    if summary.last_meaningful is not None:
        since = days_between(summary.last_meaningful, today) or 0
        last = words.PEOPLE_UI_LAST_MEANINGFUL.format(
            date=long_date(summary.last_meaningful), ago=messages.ago(since)
        )
    else:
        last = words.PEOPLE_UI_NO_MEANINGFUL.format(name=name)
    if not summary.interactions:
        return last
    counts = words.PEOPLE_UI_COUNTS.format(
        contacts=plural(len(summary.interactions), messages.PEOPLE_CONTACTS),
        meaningful=summary.meaningful,
        time=duration_text(summary.minutes),
    )
    return f"{last} · {counts}"


class HistoryModel(RowsModel[Interaction]):
    """A person's contacts, newest first: date, how, minutes, depth, note.

    Roles: ``DisplayRole``, ``ToolTipRole`` and ``AccessibleTextRole`` (the whole contact in
    one line on the tooltip), ``TextAlignmentRole``, ``DateRole``.
    """

    @property
    def headers(self) -> Sequence[str]:
        """The column titles, in the current language."""
        return words.PEOPLE_UI_HISTORY_COLUMNS

    def cell_text(self, item: Interaction, column: int) -> str:
        """The date, how, how long, how deep or the note."""
        if column == DATE:
            return short_date(item.day)
        if column == MODE:
            return item.mode.label
        if column == MINUTES:
            return duration_text(item.minutes)
        if column == DEPTH:
            return depth_text(item.depth) if item.depth is not None else ""
        return item.note

    def cell_tooltip(self, item: Interaction, column: int) -> str:
        """The whole contact in one line, with its long date."""
        return f"{long_date(item.day)}: {describe(item)}"

    def cell_alignment(self, item: Interaction, column: int) -> Qt.AlignmentFlag | None:
        """Minutes are right-aligned."""
        return _RIGHT if column == MINUTES else None

    def cell_data(self, item: Interaction, column: int, role: int) -> Any:
        """The day of the contact for ``DateRole``."""
        return item.day if role == DateRole else None


class GratitudeModel(RowsModel[GratitudeMention]):
    """Gratitude notes about a person, newest first: "3 Mar 2026 — the note".

    Roles: ``DisplayRole``, ``ToolTipRole``/``AccessibleTextRole`` (with the long date and
    whether the note was linked to them), ``DateRole``.
    """

    @property
    def headers(self) -> Sequence[str]:
        """The column titles, in the current language."""
        return (words.PEOPLE_UI_NOTES_NAME,)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = ""

    def set_notes(self, name: str, notes: Sequence[GratitudeMention]) -> None:
        """Show the notes about ``name`` in the order given."""
        self._name = name
        self.set_items(notes)

    def clear(self) -> None:
        """Show nothing."""
        self.set_notes("", [])

    def cell_text(self, mention: GratitudeMention, column: int) -> str:
        """The note with its date."""
        return words.PEOPLE_UI_NOTE_ROW.format(date=short_date(mention.day), note=mention.note.text)

    def cell_tooltip(self, mention: GratitudeMention, column: int) -> str:
        """The note with its long date and whether it was linked to the person or names them."""
        how = words.PEOPLE_UI_NOTE_LINKED if mention.linked else words.PEOPLE_UI_NOTE_NAMES
        return words.PEOPLE_UI_NOTE_TIP.format(
            date=long_date(mention.day), note=mention.note.text, how=how.format(name=self._name)
        )

    def cell_accessible_text(self, mention: GratitudeMention, column: int) -> str:
        """As the tooltip."""
        return self.cell_tooltip(mention, column)

    def cell_data(self, mention: GratitudeMention, column: int, role: int) -> Any:
        """The day of the note for ``DateRole``."""
        return mention.day if role == DateRole else None


class PersonView(QWidget):
    """A person's page: who they are to the user, the mood comparison, contacts, notes.

    Enter or a double-click on a contact or a note asks to open that day; Escape or Back
    returns to the list.

    Signals:
        back: return to the list of people.
        edit: edit this person (their ``Person``).
        day_activated: a ``datetime.date`` to open on the Today page.
    """

    back = Signal()
    edit = Signal(object)
    day_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person: Person | None = None

        self.back_button = QPushButton(words.PEOPLE_UI_BACK)
        self.back_button.setToolTip(words.PEOPLE_UI_BACK_TIP)
        self.name_label = QLabel()
        self.name_label.setFont(scaled_font(self.font(), 1.5, bold=True))
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(words.PEOPLE_UI_EDIT)
        self.details_label = QLabel(wordWrap=True)
        self.contact_label = QLabel(wordWrap=True)
        self.reach_label = QLabel(wordWrap=True)  # the Today page's sentence, when listed there
        self.reach_label.setHidden(True)
        self.initiative_label = QLabel(wordWrap=True)  # who started your last contacts
        self.initiative_label.setHidden(True)

        self.mood_frame = Card()
        self.mood_label = QLabel(wordWrap=True)
        self.mood_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.mood_note = QLabel(words.PEOPLE_UI_MOOD_NOTE, wordWrap=True)
        self.mood_note.setObjectName("hint")
        self.mood_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.mood_frame.add(self.mood_label)
        self.mood_frame.add(self.mood_note)

        self.history_model = HistoryModel(self)
        self.history_view = QTableView()
        self.history_view.setModel(self.history_model)
        set_up_rows(self.history_view)
        self.history_view.setAccessibleDescription(words.PEOPLE_UI_OPEN_DAY_HINT)
        self.history_label = QLabel(wordWrap=True)
        self.history_label.setBuddy(self.history_view)

        self.notes_model = GratitudeModel(self)
        self.notes_view = QListView()
        self.notes_view.setModel(self.notes_model)
        self.notes_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notes_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.notes_view.setWordWrap(True)
        self.notes_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.notes_view.setAlternatingRowColors(True)
        self.notes_view.setSpacing(2)
        self.notes_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.notes_view.setAccessibleDescription(words.PEOPLE_UI_OPEN_DAY_HINT)
        self.notes_label = QLabel(wordWrap=True)
        self.notes_label.setBuddy(self.notes_view)

        self.hint_label = QLabel(words.PEOPLE_UI_OPEN_DAY_HINT, wordWrap=True)
        self.hint_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self._build_layout()
        self.back_button.clicked.connect(self.back.emit)
        self.edit_button.clicked.connect(self._edit)
        self.history_view.activated.connect(self._open)
        self.notes_view.activated.connect(self._open)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back.emit)
        self.clear()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(self.fontMetrics().horizontalAdvance("M"))
        top.addWidget(self.name_label, 1)
        top.addWidget(self.edit_button)

        self.splitter = side_by_side(
            labelled(self.history_label, self.history_view),
            labelled(self.notes_label, self.notes_view),
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, self.fontMetrics().height() // 2, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.details_label)
        layout.addWidget(self.contact_label)
        layout.addWidget(self.reach_label)
        layout.addWidget(self.initiative_label)
        layout.addWidget(self.mood_frame)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.hint_label)

        self.setTabOrder(self.back_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.history_view)
        self.setTabOrder(self.history_view, self.notes_view)

    # Contents -------------------------------------------------------------------------------

    def show_loading(self, person: Person) -> None:
        """Show who is being read while their numbers are on their way."""
        self.person = person
        self.name_label.setText(person.name)
        self.details_label.setText(details_line(person))
        self.contact_label.setText(words.PEOPLE_UI_READING)
        self.reach_label.setHidden(True)
        self.initiative_label.setHidden(True)
        self.mood_label.clear()
        self.history_model.clear()
        self.notes_model.clear()
        self._name_views(person.name, None)

    def show_summary(
        self, summary: PersonSummary, today: dt.date, reach: ReachOut | None = None
    ) -> None:
        """Show everything about ``summary.person``.

        ``reach`` is their item on today's reach-out list, if they are on it: its one
        sentence ("It has been a while since you saw Ivo — you hoped for every 10 days") is
        said here too, in the same words.
        """
        person = summary.person
        self.person = person
        self.name_label.setText(person.name)
        self.details_label.setText(details_line(person))
        self.contact_label.setText(contact_line(summary, today))
        self.reach_label.setText(messages.reach_out_sentence(reach) if reach else "")
        self.reach_label.setHidden(reach is None)
        started = messages.initiative_sentence(person.name, summary.initiative)
        self.initiative_label.setText(started or "")
        self.initiative_label.setHidden(started is None)
        self.mood_label.setText(mood_sentence(person.name, summary.mood))
        self.mood_frame.setAccessibleName(self.mood_label.text())
        self.history_model.set_items(summary.interactions)
        self.notes_model.set_notes(person.name, summary.gratitude)
        self._name_views(person.name, summary)
        if self.history_model.rowCount():
            self.history_view.selectRow(0)

    def _name_views(self, name: str, summary: PersonSummary | None) -> None:
        contacts = len(summary.interactions) if summary is not None else 0
        notes = len(summary.gratitude) if summary is not None else 0
        if summary is None:
            self.history_label.setText(words.PEOPLE_UI_HISTORY.format(name=name))
            self.notes_label.setText(words.PEOPLE_UI_NOTES.format(name=name))
        else:
            self.history_label.setText(
                words.PEOPLE_UI_HISTORY_COUNT.format(name=name, n=contacts)
                if contacts
                else words.PEOPLE_UI_HISTORY_NONE.format(name=name)
            )
            self.notes_label.setText(
                words.PEOPLE_UI_NOTES_COUNT.format(name=name, n=notes)
                if notes
                else words.PEOPLE_UI_NOTES_NONE.format(name=name)
            )
        self.history_view.setAccessibleName(words.PEOPLE_UI_HISTORY.format(name=name))
        self.notes_view.setAccessibleName(words.PEOPLE_UI_NOTES.format(name=name))
        self.back_button.setAccessibleName(words.PEOPLE_UI_BACK_NAME)
        self.edit_button.setAccessibleName(words.PEOPLE_UI_EDIT_NAME.format(name=name))

    def clear(self) -> None:
        """Show nobody (on lock)."""
        self.person = None
        labels = (self.name_label, self.details_label, self.contact_label, self.mood_label)
        for label in (*labels, self.initiative_label, self.reach_label):
            label.clear()
        self.initiative_label.setHidden(True)
        self.mood_frame.setAccessibleName(words.PEOPLE_UI_MOOD_NAME)
        self.history_model.clear()
        self.notes_model.clear()
        self.history_label.clear()
        self.notes_label.clear()
        self.history_view.setAccessibleName(words.PEOPLE_UI_HISTORY_NAME)
        self.notes_view.setAccessibleName(words.PEOPLE_UI_NOTES_NAME)
        self.back_button.setAccessibleName(words.PEOPLE_UI_BACK_NAME)
        self.edit_button.setAccessibleName(words.PEOPLE_UI_EDIT)

    def focus_history(self) -> None:
        """Put the keyboard on the list of contacts (or Back when there is none)."""
        target = self.history_view if self.history_model.rowCount() else self.back_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    # Requests ---------------------------------------------------------------------------------

    def _edit(self) -> None:
        if self.person is not None:
            self.edit.emit(self.person)

    def _open(self, index: QModelIndex) -> None:
        day = index.data(DateRole)
        if isinstance(day, dt.date):
            self.day_activated.emit(day)
