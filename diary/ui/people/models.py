"""The People table: everyone in the diary as rows, and a proxy that sorts and filters them.

``CadenceModel`` holds what the People and Circles tables share: the name, the hoped-for
rhythm ("every 7 days"), when the user was last together ("3 weeks ago") and a calm "keeping in
touch" column ("it has been a while"), whose tooltip is the one reach-out sentence of
``messages.reach_out_sentence``. Nothing is a verdict: no "overdue", no bold. Sorting that
column, largest first, brings the people not seen for longest for their rhythm to the top.

Each source model here answers ``sort_key(row, column)`` with a plain Python value
(a number, a date, a folded name) or None for an empty cell, so dates sort as dates and
numbers as numbers whatever the display text says, and empty cells stay at the bottom in
either order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QDate, QLocale, QObject, QSortFilterProxyModel, Qt

from diary import messages
from diary.domain.cadence import ReachOut, Reason, while_key
from diary.domain.models import Circle, Person, name_order
from diary.ui.people import words
from diary.ui.shell.rows_model import Index, RowsModel

Kept = TypeVar("Kept", bound=Person | Circle)
"""What the People and Circles tables show: someone, or a group, kept in touch with."""

NAME, CIRCLES, INNER, CADENCE, LAST, TOUCH = range(6)
_CENTRE = Qt.AlignmentFlag.AlignCenter


def short_date(day: dt.date) -> str:
    """A date for a table cell, e.g. "3 Mar 2026", in the user's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def long_date(day: dt.date) -> str:
    """A date for a sentence, e.g. "Tuesday 3 March 2026"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def cadence_text(days: int | None) -> str:
    """The cadence in words ("every 7 days", "every day"), or "" without one."""
    return "" if days is None else messages.hoped_every(days)


def touch_text(item: ReachOut | None) -> str:
    """The "keeping in touch" cell: "it has been a while", "nothing together yet", or ""."""
    if item is None:
        return ""
    return words.PEOPLE_UI_NOTHING_YET if item.reason is Reason.NOT_YET else words.PEOPLE_UI_A_WHILE


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


class CadenceModel(RowsModel[Kept]):
    """People or circles: a name first, then a rhythm, a last date and "keeping in touch".

    A subclass names those columns and says how a row without a date reads on its tooltip;
    the columns in between are its own. Rows are sorted by name.

    The "keeping in touch" column shows the items of the reach-out list
    (``Repository.reach_out``), so it agrees with the Today page: someone met today, or
    never seen in a new diary, reads calm here too.
    """

    cadence_column = 0
    last_column = 0
    touch_column = 0

    @property
    def never_text(self) -> str:
        """What a row shows when nothing was ever logged."""
        return ""

    """The last date's tooltip without a date, with ``{name}``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._last: dict[str, dt.date] = {}
        self._reach: dict[str, ReachOut] = {}
        self._today = dt.date.today()

    def _show(
        self,
        items: Sequence[Kept],
        last: Mapping[str, dt.date] | None,
        today: dt.date | None,
        reach: Iterable[ReachOut] = (),
    ) -> None:
        self.beginResetModel()
        self._items = sorted(items, key=lambda i: (i.name.casefold(), i.name))
        self._last = dict(last or {})
        self._reach = {item.target.uid: item for item in reach}
        if today is not None:
            self._today = today
        self.endResetModel()

    def _at(self, row: int) -> Kept | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, uid: str) -> int | None:
        """The source row of the person or circle with ``uid``."""
        return next((r for r, i in enumerate(self._items) if i.uid == uid), None)

    def reach_item(self, item: Kept) -> ReachOut | None:
        """The reach-out item of a person or circle, when the Today page lists them."""
        return self._reach.get(item.uid)

    def while_since(self, item: Kept) -> float | None:
        """Days since the last date relative to the rhythm (``cadence.while_key``)."""
        return while_key(days_between(self._last.get(item.uid), self._today), item.cadence_days)

    def cell_text(self, item: Kept, column: int) -> str:
        """The name, the rhythm in words, how long ago, or how keeping in touch goes."""
        last = self._last.get(item.uid)
        if column == NAME:
            return item.name
        if column == self.cadence_column:
            return cadence_text(item.cadence_days)
        if column == self.last_column:
            return messages.ago(days_between(last, self._today) or 0) if last else ""
        if column == self.touch_column:
            return touch_text(self.reach_item(item))
        return ""

    def cell_tooltip(self, item: Kept, column: int) -> str | None:
        """The last date in full; the reach-out sentence; otherwise the cell's text."""
        if column == self.touch_column:
            reach = self.reach_item(item)
            return messages.reach_out_sentence(reach) if reach is not None else None
        if column != self.last_column:
            return super().cell_tooltip(item, column)
        last = self._last.get(item.uid)
        if last is None:
            return self.never_text.format(name=item.name)
        return f"{long_date(last)} · {messages.ago(days_between(last, self._today) or 0)}"

    def sort_key(self, row: int, column: int) -> Any:
        """A number, date or folded name for the cell; None when it is empty."""
        item = self._items[row]
        if column == NAME:
            return name_order(item.name)
        if column == self.cadence_column:
            return item.cadence_days
        if column == self.last_column:
            return self._last.get(item.uid)
        # Keeping in touch: listed ones first, each part the longest for its rhythm first.
        return (self.reach_item(item) is not None, self.while_since(item) or 0.0)


class PeopleModel(CadenceModel[Person]):
    """Everyone in the diary: name, circles, inner circle, rhythm, last together, in touch.

    Roles: ``DisplayRole`` and ``ToolTipRole`` (text), ``AccessibleTextRole`` (words for a
    screen reader where the cell shows a symbol), ``TextAlignmentRole`` and ``ItemRole`` (the
    ``Person``). No cell is ever bold.
    """

    @property
    def headers(self) -> Sequence[str]:
        """The column titles, in the current language."""
        return words.PEOPLE_UI_COLUMNS

    @property
    def header_tips(self) -> Sequence[str]:
        """What each column holds, in the current language."""
        return words.PEOPLE_UI_COLUMN_TIPS

    cadence_column, last_column, touch_column = CADENCE, LAST, TOUCH

    @property
    def never_text(self) -> str:
        """What a row shows when nothing was ever logged."""
        return words.PEOPLE_UI_NO_MEANINGFUL

    # Contents -------------------------------------------------------------------------------

    def set_people(
        self,
        people: Sequence[Person],
        last_contacts: Mapping[str, dt.date] | None = None,
        today: dt.date | None = None,
        reach: Iterable[ReachOut] = (),
    ) -> None:
        """Show ``people`` (by name) with their last meaningful contacts as of ``today``.

        ``reach`` is the reach-out list of ``today`` (only its people are used).
        """
        self._show(people, last_contacts, today, reach)

    def clear(self) -> None:
        """Show nobody (on lock)."""
        self.set_people([], {})

    def person_at(self, row: int) -> Person | None:
        """The person of a source row."""
        return self._at(row)

    def people(self) -> list[Person]:
        """Everyone shown, by name."""
        return list(self._items)

    def last_contact(self, person: Person) -> dt.date | None:
        """The last meaningful contact with ``person``, if any."""
        return self._last.get(person.uid)

    # What a cell holds ------------------------------------------------------------------------

    def cell_text(self, person: Person, column: int) -> str:
        """The cell's text; a mark for the inner circle."""
        if column == CIRCLES:
            return ", ".join(person.circles)
        if column == INNER:
            return words.PEOPLE_UI_INNER_MARK if person.inner else ""
        return super().cell_text(person, column)

    def cell_accessible_text(self, person: Person, column: int) -> str:
        """The inner circle in words rather than a mark."""
        if column == INNER:
            return words.PEOPLE_UI_INNER_YES if person.inner else words.PEOPLE_UI_INNER_NO
        return super().cell_accessible_text(person, column)

    def cell_tooltip(self, person: Person, column: int) -> str | None:
        """The last contact in words, the inner circle, or the reach-out sentence."""
        if column == INNER and person.inner:
            return words.PEOPLE_UI_INNER_YES
        return super().cell_tooltip(person, column)

    def cell_alignment(self, person: Person, column: int) -> Qt.AlignmentFlag | None:
        """The inner-circle mark is centred."""
        return _CENTRE if column == INNER else None

    # How the proxy sorts and filters ----------------------------------------------------------

    def sort_key(self, row: int, column: int) -> Any:
        """A number, date or folded text for the cell; None when it is empty."""
        person = self._items[row]
        if column == CIRCLES:
            return ", ".join(person.circles).casefold() or None
        if column == INNER:
            return 0 if person.inner else 1
        return super().sort_key(row, column)

    def filter_text(self, row: int) -> str:
        """The person's name and circles, folded."""
        person = self._items[row]
        return " ".join((person.name, *person.circles)).casefold()

    def is_inner(self, row: int) -> bool:
        """True for the people the user truly cares about."""
        return self._items[row].inner
