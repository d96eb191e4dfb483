"""The People table: everyone in the diary as rows, and a proxy that sorts and filters them.

Each source model here answers ``sort_key(row, column)`` with a plain Python value (a number,
a date, a folded name) or None for an empty cell, so dates sort as dates and numbers as
numbers whatever the display text says, and empty cells stay at the bottom in either order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTableView

from diary import messages
from diary.domain.models import Person

Index = QModelIndex | QPersistentModelIndex
ItemRole = Qt.ItemDataRole.UserRole + 1
"""The row's domain object (a ``Person`` here, a ``Circle`` in the circles table)."""

NAME, CIRCLES, INNER, CADENCE, LAST, OVERDUE = range(6)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTRE = Qt.AlignmentFlag.AlignCenter


def compact_rows(table: QTableView) -> None:
    """Rows one line of the table's font high, with a little air (the font is the user's)."""
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().lineSpacing() * 3 // 2 + 4)


def short_date(day: dt.date) -> str:
    """A date for a table cell, e.g. "3 Mar 2026", in the user's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def long_date(day: dt.date) -> str:
    """A date for a sentence, e.g. "Tuesday 3 March 2026"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def plural(count: int, forms: tuple[str, str]) -> str:
    """``forms[0]`` for one, ``forms[1]`` otherwise, with ``{n}`` filled in."""
    return (forms[0] if count == 1 else forms[1]).format(n=count)


def cadence_text(days: int | None) -> str:
    """The cadence in words ("every 7 days", "every day"), or "" without one."""
    if days is None:
        return ""
    return messages.PEOPLE_UI_EVERY_DAY if days == 1 else messages.PEOPLE_UI_EVERY.format(n=days)


def days_ago_text(days: int) -> str:
    """How long ago in words: "today", "yesterday", "12 days ago"."""
    if days <= 0:
        return messages.PEOPLE_UI_TODAY
    if days == 1:
        return messages.PEOPLE_UI_YESTERDAY
    return messages.PEOPLE_UI_DAYS_AGO.format(n=days)


def overdue_text(overdue: int | None, cadence: int | None, never: bool) -> str:
    """The Overdue cell: "5 days overdue", "due today", "due in 3 days", "nothing logged yet"."""
    if cadence is None:
        return ""
    if never or overdue is None:
        return messages.PEOPLE_UI_NOT_YET
    if overdue > 0:
        return plural(overdue, messages.PEOPLE_UI_OVERDUE)
    if overdue == 0:
        return messages.PEOPLE_UI_DUE_TODAY
    return plural(-overdue, messages.PEOPLE_UI_DUE_IN)


def days_between(last: dt.date | None, today: dt.date) -> int | None:
    """Whole days from ``last`` to ``today`` (never negative); None without a date."""
    return None if last is None else max(0, (today - last).days)


class KeyedModel(Protocol):
    """A source model that can say how each of its cells sorts and what a row is about."""

    def sort_key(self, row: int, column: int) -> Any:
        """A comparable value for the cell, or None when it is empty."""

    def filter_text(self, row: int) -> str:
        """Folded words the filter field searches in (name, circles, members)."""

    def is_inner(self, row: int) -> bool:
        """True for the rows an "inner circle only" filter keeps."""


class SortFilterProxy(QSortFilterProxyModel):
    """Sorts by each cell's ``sort_key`` and filters by text and the inner-circle toggle.

    Empty cells (a None key) come last whichever way a column is sorted; ties keep the source
    order, which is by name.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._inner_only = False
        self.setDynamicSortFilter(True)

    @property
    def text(self) -> str:
        """The filter's words, as typed."""
        return self._text

    def set_text(self, text: str) -> None:
        """Keep the rows whose name (or circle, for people) contains every typed word."""
        if text == self._text:
            return
        self.beginFilterChange()
        self._text = text
        self.endFilterChange()

    def set_inner_only(self, inner_only: bool) -> None:
        """Keep only the people of the inner circle."""
        if inner_only == self._inner_only:
            return
        self.beginFilterChange()
        self._inner_only = inner_only
        self.endFilterChange()

    def _keyed(self) -> KeyedModel:
        source = self.sourceModel()
        assert hasattr(source, "sort_key"), "the source model must answer sort_key"
        return source  # type: ignore[return-value]

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        """Every typed word in the row's words, and inner circle if asked."""
        if source_parent.isValid():
            return False
        source = self._keyed()
        if self._inner_only and not source.is_inner(source_row):
            return False
        words = self._text.casefold().split()
        if not words:
            return True
        haystack = source.filter_text(source_row)
        return all(word in haystack for word in words)

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802 - Qt's name
        """Compare sort keys; empty cells sort last in both orders."""
        source = self._keyed()
        a = source.sort_key(left.row(), left.column())
        b = source.sort_key(right.row(), right.column())
        if a is None or b is None:
            if a is None and b is None:
                return False
            descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
            return descending if a is None else not descending
        return bool(a < b)


class PeopleModel(QAbstractTableModel):
    """Everyone in the diary: name, circles, inner circle, cadence, last contact, overdue.

    Roles: ``DisplayRole`` and ``ToolTipRole`` (text), ``AccessibleTextRole`` (words for a
    screen reader where the cell shows a symbol), ``TextAlignmentRole``, ``FontRole`` (bold
    when overdue) and ``ItemRole`` (the ``Person``).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._people: list[Person] = []
        self._last: dict[str, dt.date] = {}
        self._today = dt.date.today()

    # Contents -------------------------------------------------------------------------------

    def set_people(
        self,
        people: Sequence[Person],
        last_contacts: Mapping[str, dt.date] | None = None,
        today: dt.date | None = None,
    ) -> None:
        """Show ``people`` (by name) with their last meaningful contacts as of ``today``."""
        self.beginResetModel()
        self._people = sorted(people, key=lambda p: (p.name.casefold(), p.name))
        self._last = dict(last_contacts or {})
        if today is not None:
            self._today = today
        self.endResetModel()

    def clear(self) -> None:
        """Show nobody (on lock)."""
        self.set_people([], {})

    def person_at(self, row: int) -> Person | None:
        """The person of a source row."""
        return self._people[row] if 0 <= row < len(self._people) else None

    def row_of(self, uid: str) -> int | None:
        """The source row of the person with ``uid``."""
        return next((r for r, p in enumerate(self._people) if p.uid == uid), None)

    def people(self) -> list[Person]:
        """Everyone shown, by name."""
        return list(self._people)

    def last_contact(self, person: Person) -> dt.date | None:
        """The last meaningful contact with ``person``, if any."""
        return self._last.get(person.uid)

    def days_overdue(self, person: Person) -> int | None:
        """Days beyond the cadence (negative while not yet due); None without both numbers."""
        since = days_between(self._last.get(person.uid), self._today)
        if since is None or person.cadence_days is None:
            return None
        return since - person.cadence_days

    # Qt's table API ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """How many people (a table has no children)."""
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """Name, circles, inner circle, cadence, last contact, overdue."""
        return 0 if parent.isValid() else len(messages.PEOPLE_UI_COLUMNS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Rows can be selected, never edited in place (the dialogs edit)."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's text, tooltip, accessible text, alignment, font or the ``Person``."""
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        person = self._people[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(person, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == INNER:
                return messages.PEOPLE_UI_INNER_YES if person.inner else messages.PEOPLE_UI_INNER_NO
            return self._text(person, column) or messages.PEOPLE_UI_EMPTY_CELL
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(person, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _CENTRE if column == INNER else None
        if role == Qt.ItemDataRole.FontRole and column == OVERDUE:
            overdue = self.days_overdue(person)
            if overdue is not None and overdue > 0:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == ItemRole:
            return person
        return None

    def _text(self, person: Person, column: int) -> str:
        if column == NAME:
            return person.name
        if column == CIRCLES:
            return ", ".join(person.circles)
        if column == INNER:
            return messages.PEOPLE_UI_INNER_MARK if person.inner else ""
        if column == CADENCE:
            return cadence_text(person.cadence_days)
        last = self._last.get(person.uid)
        if column == LAST:
            return short_date(last) if last is not None else ""
        return overdue_text(self.days_overdue(person), person.cadence_days, last is None)

    def _tooltip(self, person: Person, column: int) -> str | None:
        last = self._last.get(person.uid)
        if column == LAST:
            if last is None:
                return messages.PEOPLE_UI_NO_MEANINGFUL.format(name=person.name)
            since = days_between(last, self._today)
            return f"{long_date(last)} · {days_ago_text(since or 0)}"
        if column == INNER and person.inner:
            return messages.PEOPLE_UI_INNER_YES
        if column == OVERDUE and person.cadence_days is not None and last is not None:
            return messages.PEOPLE_UI_OVERDUE_TIP.format(
                days=days_between(last, self._today), every=cadence_text(person.cadence_days)
            )
        return self._text(person, column) or None

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles, with a tooltip saying what each holds."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return messages.PEOPLE_UI_COLUMNS[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return messages.PEOPLE_UI_COLUMN_TIPS[section]
        return None

    # How the proxy sorts and filters ----------------------------------------------------------

    def sort_key(self, row: int, column: int) -> Any:
        """A number, date or folded text for the cell; None when it is empty."""
        person = self._people[row]
        if column == NAME:
            return person.name.casefold()
        if column == CIRCLES:
            return ", ".join(person.circles).casefold() or None
        if column == INNER:
            return 0 if person.inner else 1
        if column == CADENCE:
            return person.cadence_days
        if column == LAST:
            return self._last.get(person.uid)
        return self.days_overdue(person)

    def filter_text(self, row: int) -> str:
        """The person's name and circles, folded."""
        person = self._people[row]
        return " ".join((person.name, *person.circles)).casefold()

    def is_inner(self, row: int) -> bool:
        """True for the people the user truly cares about."""
        return self._people[row].inner
