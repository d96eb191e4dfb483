"""Circles: the groups the user belongs to, their members, cadence and when they last took part.

The view holds the layout and says what the user asked for; the People page reads and writes
the diary (off the GUI thread) and fills the model.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from diary import messages
from diary.domain.models import Circle, Person
from diary.ui import people_models
from diary.ui.people_models import (
    Index,
    ItemRole,
    PeopleModel,
    SortFilterProxy,
    cadence_text,
    compact_rows,
    days_ago_text,
    days_between,
    long_date,
    overdue_text,
    plural,
    short_date,
)

NAME, MEMBERS, CADENCE, LAST, OVERDUE = range(5)
MEMBER_HIDDEN_COLUMNS = (people_models.CIRCLES, people_models.CADENCE, people_models.OVERDUE)
"""The members table shows name, inner circle and last meaningful contact."""
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def members_of(circle: Circle, people: Sequence[Person]) -> list[Person]:
    """The people in ``circle``, by name (circle names match ignoring case)."""
    key = circle.name.casefold()
    found = [p for p in people if any(c.casefold() == key for c in p.circles)]
    return sorted(found, key=lambda p: p.name.casefold())


class CirclesModel(QAbstractTableModel):
    """Every circle: name, members, cadence, last time the user took part, overdue.

    Roles: ``DisplayRole``, ``ToolTipRole``, ``AccessibleTextRole``, ``TextAlignmentRole``,
    ``FontRole`` (bold when overdue) and ``ItemRole`` (the ``Circle``).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._circles: list[Circle] = []
        self._members: dict[str, list[Person]] = {}
        self._last: dict[str, dt.date] = {}
        self._today = dt.date.today()

    def set_circles(
        self,
        circles: Sequence[Circle],
        people: Sequence[Person] = (),
        last_taken_part: Mapping[str, dt.date] | None = None,
        today: dt.date | None = None,
    ) -> None:
        """Show ``circles`` by name, their members among ``people`` and their last dates."""
        self.beginResetModel()
        self._circles = sorted(circles, key=lambda c: (c.name.casefold(), c.name))
        self._members = {c.uid: members_of(c, people) for c in self._circles}
        self._last = dict(last_taken_part or {})
        if today is not None:
            self._today = today
        self.endResetModel()

    def clear(self) -> None:
        """Show no circle (on lock)."""
        self.set_circles([])

    def circle_at(self, row: int) -> Circle | None:
        """The circle of a source row."""
        return self._circles[row] if 0 <= row < len(self._circles) else None

    def row_of(self, uid: str) -> int | None:
        """The source row of the circle with ``uid``."""
        return next((r for r, c in enumerate(self._circles) if c.uid == uid), None)

    def members(self, circle: Circle) -> list[Person]:
        """The members of a shown circle, by name."""
        return list(self._members.get(circle.uid, ()))

    def names(self) -> list[str]:
        """The names of every circle, in order."""
        return [c.name for c in self._circles]

    def days_overdue(self, circle: Circle) -> int | None:
        """Days beyond the circle's cadence (negative while not yet due)."""
        since = days_between(self._last.get(circle.uid), self._today)
        if since is None or circle.cadence_days is None:
            return None
        return since - circle.cadence_days

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """How many circles (a table has no children)."""
        return 0 if parent.isValid() else len(self._circles)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """Name, members, cadence, last taken part, overdue."""
        return 0 if parent.isValid() else len(messages.PEOPLE_UI_CIRCLE_COLUMNS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Rows can be selected, never edited in place."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's text, tooltip, alignment, font or the ``Circle``."""
        if not index.isValid() or not 0 <= index.row() < len(self._circles):
            return None
        circle = self._circles[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(circle, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(circle, column) or messages.PEOPLE_UI_EMPTY_CELL
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(circle, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == MEMBERS:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and column == OVERDUE:
            overdue = self.days_overdue(circle)
            if overdue is not None and overdue > 0:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == ItemRole:
            return circle
        return None

    def _text(self, circle: Circle, column: int) -> str:
        if column == NAME:
            return circle.name
        if column == MEMBERS:
            return str(len(self._members.get(circle.uid, ())))
        if column == CADENCE:
            return cadence_text(circle.cadence_days)
        last = self._last.get(circle.uid)
        if column == LAST:
            return short_date(last) if last is not None else ""
        return overdue_text(self.days_overdue(circle), circle.cadence_days, last is None)

    def _tooltip(self, circle: Circle, column: int) -> str | None:
        if column == MEMBERS:
            members = self._members.get(circle.uid, [])
            return ", ".join(p.name for p in members) or messages.PEOPLE_UI_NO_MEMBERS
        last = self._last.get(circle.uid)
        if column == LAST:
            if last is None:
                return messages.PEOPLE_UI_NEVER_TOOK_PART.format(name=circle.name)
            return f"{long_date(last)} · {days_ago_text(days_between(last, self._today) or 0)}"
        return self._text(circle, column) or None

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles, with a tooltip saying what each holds."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return messages.PEOPLE_UI_CIRCLE_COLUMNS[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return messages.PEOPLE_UI_CIRCLE_COLUMN_TIPS[section]
        return None

    # How the proxy sorts and filters ----------------------------------------------------------

    def sort_key(self, row: int, column: int) -> Any:
        """A number, date or folded name for the cell; None when it is empty."""
        circle = self._circles[row]
        if column == NAME:
            return circle.name.casefold()
        if column == MEMBERS:
            return len(self._members.get(circle.uid, ()))
        if column == CADENCE:
            return circle.cadence_days
        if column == LAST:
            return self._last.get(circle.uid)
        return self.days_overdue(circle)

    def filter_text(self, row: int) -> str:
        """The circle's name and its members' names, folded."""
        circle = self._circles[row]
        names = [p.name for p in self._members.get(circle.uid, ())]
        return " ".join((circle.name, *names)).casefold()

    def is_inner(self, row: int) -> bool:
        """Circles are never filtered out by the inner-circle toggle."""
        return True


class _CirclesTable(QTableView):
    """The table of circles; Delete asks to delete the selected one.

    Signals:
        delete_pressed: the user pressed Delete on a circle.
    """

    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Delete asks to delete the current circle; everything else as usual."""
        if event.key() == Qt.Key.Key_Delete and self.currentIndex().isValid():
            self.delete_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class CirclesView(QWidget):
    """The circles table with its actions, and the members of the chosen circle beside it.

    Signals:
        add_requested: add a circle.
        edit_requested: rename a circle or change its cadence (its ``Circle``).
        members_requested: choose who belongs to a circle (its ``Circle``).
        delete_requested: delete a circle (its ``Circle``).
        person_activated: open a member's page (their name).
    """

    add_requested = Signal()
    edit_requested = Signal(object)
    members_requested = Signal(object)
    delete_requested = Signal(object)
    person_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(messages.PEOPLE_UI_CIRCLES_INTRO, wordWrap=True)
        self.add_button = QPushButton(messages.PEOPLE_UI_ADD_CIRCLE)
        self.edit_button = QPushButton(messages.PEOPLE_UI_EDIT_CIRCLE)
        self.members_button = QPushButton(messages.PEOPLE_UI_MEMBERS)
        self.delete_button = QPushButton(messages.PEOPLE_UI_DELETE_CIRCLE)

        self.model = CirclesModel(self)
        self.proxy = SortFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = _CirclesTable()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(messages.PEOPLE_UI_CIRCLES_NAME)
        self.table.setAccessibleDescription(messages.PEOPLE_UI_CIRCLES_HINT)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        compact_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)

        self.members_label = QLabel(wordWrap=True)
        self._last_contacts: dict[str, dt.date] = {}
        self._today = dt.date.today()
        self.members_model = PeopleModel(self)
        self.members_proxy = SortFilterProxy(self)
        self.members_proxy.setSourceModel(self.members_model)
        self.members_list = QTableView()
        self.members_list.setModel(self.members_proxy)
        self.members_list.setSortingEnabled(True)
        self.members_list.sortByColumn(people_models.NAME, Qt.SortOrder.AscendingOrder)
        self.members_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members_list.setAlternatingRowColors(True)
        self.members_list.setWordWrap(False)
        self.members_list.verticalHeader().hide()
        compact_rows(self.members_list)
        members_header = self.members_list.horizontalHeader()
        members_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        members_header.setSectionResizeMode(people_models.NAME, QHeaderView.ResizeMode.Stretch)
        members_header.setHighlightSections(False)
        for hidden in MEMBER_HIDDEN_COLUMNS:
            self.members_list.setColumnHidden(hidden, True)
        self.members_list.setAccessibleName(messages.PEOPLE_UI_MEMBERS_NAME)
        self.members_list.setAccessibleDescription(messages.PEOPLE_UI_MEMBER_HINT)
        self.members_label.setBuddy(self.members_list)
        self.hint_label = QLabel(messages.PEOPLE_UI_CIRCLES_HINT, wordWrap=True)
        self.hint_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self._build_layout()
        self.add_button.clicked.connect(self.add_requested.emit)
        self.edit_button.clicked.connect(lambda: self._request(self.edit_requested))
        self.members_button.clicked.connect(lambda: self._request(self.members_requested))
        self.delete_button.clicked.connect(lambda: self._request(self.delete_requested))
        self.table.activated.connect(lambda _index: self._request(self.members_requested))
        self.table.delete_pressed.connect(lambda: self._request(self.delete_requested))
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.members_list.activated.connect(self._member_activated)
        self.model.modelReset.connect(self._on_selection)
        self._on_selection()

    def _build_layout(self) -> None:
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.members_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.members_label)
        side_layout.addWidget(self.members_list, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, self.fontMetrics().height() // 2, 0, 0)
        layout.addWidget(self.intro)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.hint_label)
        self.setTabOrder(self.add_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.members_button)
        self.setTabOrder(self.members_button, self.delete_button)
        self.setTabOrder(self.delete_button, self.table)
        self.setTabOrder(self.table, self.members_list)

    # Selection --------------------------------------------------------------------------------

    def current_circle(self) -> Circle | None:
        """The selected circle, if any."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        source = self.proxy.mapToSource(rows[0])
        return self.model.circle_at(source.row())

    def select(self, uid: str) -> bool:
        """Select the circle with ``uid``; False if it is not shown."""
        row = self.model.row_of(uid)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, NAME))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def select_first(self) -> None:
        """Select the top circle, so its members show (nothing when there is none)."""
        index = self.proxy.index(0, NAME)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.selectRow(0)

    def _on_selection(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        circle = self.current_circle()
        for button in (self.edit_button, self.members_button, self.delete_button):
            button.setEnabled(circle is not None)
        if circle is None:
            self.members_model.clear()
            self.members_label.setText(
                messages.PEOPLE_UI_PICK_CIRCLE
                if self.model.rowCount()
                else messages.PEOPLE_UI_NO_CIRCLES
            )
            self.members_list.setAccessibleName(messages.PEOPLE_UI_MEMBERS_NAME)
            return
        members = self.model.members(circle)
        self.members_model.set_people(members, self._last_contacts, self._today)
        count = plural(len(members), messages.PEOPLE_UI_MEMBER_COUNT)
        self.members_label.setText(
            messages.PEOPLE_UI_MEMBERS_OF.format(name=circle.name, count=count)
        )
        self.members_list.setAccessibleName(
            messages.PEOPLE_UI_MEMBERS_OF_NAME.format(name=circle.name)
        )
        for button, text in (
            (self.edit_button, messages.PEOPLE_UI_EDIT_CIRCLE_NAME),
            (self.members_button, messages.PEOPLE_UI_MEMBERS_BUTTON_NAME),
            (self.delete_button, messages.PEOPLE_UI_DELETE_CIRCLE_NAME),
        ):
            button.setAccessibleName(text.format(name=circle.name))

    def _request(self, signal: Any) -> None:
        circle = self.current_circle()
        if circle is not None:
            signal.emit(circle)

    def show_circles(
        self,
        circles: Sequence[Circle],
        people: Sequence[Person],
        last_taken_part: Mapping[str, dt.date],
        last_contacts: Mapping[str, dt.date],
        today: dt.date,
    ) -> None:
        """Show ``circles`` with their members (and the members' last meaningful contacts)."""
        self._last_contacts = dict(last_contacts)
        self._today = today
        self.model.set_circles(circles, people, last_taken_part, today)

    def _member_activated(self, index: QModelIndex) -> None:
        person = self.members_model.person_at(self.members_proxy.mapToSource(index).row())
        if person is not None:
            self.person_activated.emit(person.name)

    def clear(self) -> None:
        """Show no circle (on lock)."""
        self._last_contacts = {}
        self.model.clear()
        self.members_model.clear()
        self._on_selection()
