"""Circles: the groups the user belongs to, their members, cadence and when they last took part.

The view holds the layout and says what the user asked for; the People page reads and writes
the diary (off the GUI thread) and fills the model.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from diary import messages
from diary.domain.cadence import ReachOut
from diary.domain.initiative import Initiative
from diary.domain.models import Circle, Person
from diary.messages import plural
from diary.ui.people import models as people_models
from diary.ui.people import words
from diary.ui.people.models import CadenceModel, PeopleModel, SortFilterProxy
from diary.ui.shell.tables import (
    DeletableTable,
    labelled,
    select_source,
    selected_source_row,
    set_up_rows,
    side_by_side,
)

NAME, MEMBERS, CADENCE, LAST, TOUCH = range(5)
MEMBER_HIDDEN_COLUMNS = (people_models.CIRCLES, people_models.CADENCE, people_models.TOUCH)
"""The members table shows name, inner circle and last meaningful contact."""
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def members_of(circle: Circle, people: Sequence[Person]) -> list[Person]:
    """The people in ``circle``, by name (circle names match ignoring case)."""
    key = circle.name.casefold()
    found = [p for p in people if any(c.casefold() == key for c in p.circles)]
    return sorted(found, key=lambda p: p.name.casefold())


class CirclesModel(CadenceModel[Circle]):
    """Every circle: name, members, rhythm, last time the user took part, keeping in touch.

    Roles: ``DisplayRole``, ``ToolTipRole``, ``AccessibleTextRole``, ``TextAlignmentRole`` and
    ``ItemRole`` (the ``Circle``).
    """

    @property
    def headers(self) -> Sequence[str]:
        """The column titles, in the current language."""
        return words.PEOPLE_UI_CIRCLE_COLUMNS

    @property
    def header_tips(self) -> Sequence[str]:
        """What each column holds, in the current language."""
        return words.PEOPLE_UI_CIRCLE_COLUMN_TIPS

    cadence_column, last_column, touch_column = CADENCE, LAST, TOUCH

    @property
    def never_text(self) -> str:
        """What a row shows when nothing was ever logged."""
        return words.PEOPLE_UI_NEVER_TOOK_PART

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._members: dict[str, list[Person]] = {}

    def set_circles(
        self,
        circles: Sequence[Circle],
        people: Sequence[Person] = (),
        last_taken_part: Mapping[str, dt.date] | None = None,
        today: dt.date | None = None,
        reach: Iterable[ReachOut] = (),
    ) -> None:
        """Show ``circles`` by name, their members among ``people`` and their last dates.

        ``reach`` is the reach-out list of ``today`` (only its circles are used).
        """
        self._members = {c.uid: members_of(c, people) for c in circles}
        self._show(circles, last_taken_part, today, reach)

    def clear(self) -> None:
        """Show no circle (on lock)."""
        self.set_circles([])

    def circle_at(self, row: int) -> Circle | None:
        """The circle of a source row."""
        return self._at(row)

    def members(self, circle: Circle) -> list[Person]:
        """The members of a shown circle, by name."""
        return list(self._members.get(circle.uid, ()))

    def names(self) -> list[str]:
        """The names of every circle, in order."""
        return [c.name for c in self._items]

    def cell_text(self, circle: Circle, column: int) -> str:
        """The cell's text; how many members."""
        if column == MEMBERS:
            return str(len(self._members.get(circle.uid, ())))
        return super().cell_text(circle, column)

    def cell_tooltip(self, circle: Circle, column: int) -> str | None:
        """The members by name, or the last time the user took part in words."""
        if column == MEMBERS:
            members = self._members.get(circle.uid, [])
            return ", ".join(p.name for p in members) or words.PEOPLE_UI_NO_MEMBERS
        return super().cell_tooltip(circle, column)

    def cell_alignment(self, circle: Circle, column: int) -> Qt.AlignmentFlag | None:
        """The number of members is right-aligned."""
        return _RIGHT if column == MEMBERS else None

    # How the proxy sorts and filters ----------------------------------------------------------

    def sort_key(self, row: int, column: int) -> Any:
        """A number, date or folded name for the cell; None when it is empty."""
        if column == MEMBERS:
            return len(self._members.get(self._items[row].uid, ()))
        return super().sort_key(row, column)

    def filter_text(self, row: int) -> str:
        """The circle's name and its members' names, folded."""
        circle = self._items[row]
        names = [p.name for p in self._members.get(circle.uid, ())]
        return " ".join((circle.name, *names)).casefold()

    def is_inner(self, row: int) -> bool:
        """Circles are never filtered out by the inner-circle toggle."""
        return True


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
        self.intro = QLabel(words.PEOPLE_UI_CIRCLES_INTRO, wordWrap=True)
        self.add_button = QPushButton(words.PEOPLE_UI_ADD_CIRCLE)
        self.edit_button = QPushButton(words.PEOPLE_UI_EDIT_CIRCLE)
        self.members_button = QPushButton(words.PEOPLE_UI_MEMBERS)
        self.delete_button = QPushButton(words.PEOPLE_UI_DELETE_CIRCLE)

        self.model = CirclesModel(self)
        self.proxy = SortFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = DeletableTable()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(words.PEOPLE_UI_CIRCLES_NAME)
        self.table.setAccessibleDescription(words.PEOPLE_UI_CIRCLES_HINT)
        set_up_rows(self.table, stretch=NAME, sort_by=NAME)

        self.members_label = QLabel(wordWrap=True)
        self.initiative_label = QLabel(wordWrap=True)  # who started the circle's last contacts
        self.initiative_label.setHidden(True)
        self._initiative: dict[str, Initiative] = {}
        self._last_contacts: dict[str, dt.date] = {}
        self._reach: tuple[ReachOut, ...] = ()
        self._today = dt.date.today()
        self.members_model = PeopleModel(self)
        self.members_proxy = SortFilterProxy(self)
        self.members_proxy.setSourceModel(self.members_model)
        self.members_list = QTableView()
        self.members_list.setModel(self.members_proxy)
        set_up_rows(self.members_list, stretch=people_models.NAME, sort_by=people_models.NAME)
        for hidden in MEMBER_HIDDEN_COLUMNS:
            self.members_list.setColumnHidden(hidden, True)
        self.members_list.setAccessibleName(words.PEOPLE_UI_MEMBERS_NAME)
        self.members_list.setAccessibleDescription(words.PEOPLE_UI_MEMBER_HINT)
        self.members_label.setBuddy(self.members_list)
        self.hint_label = QLabel(words.PEOPLE_UI_CIRCLES_HINT, wordWrap=True)
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
        members = labelled(self.members_label, self.members_list)
        holder = members.layout()
        assert holder is not None  # labelled() gives its widget a layout
        holder.addWidget(self.initiative_label)
        self.splitter = side_by_side(self.table, members)
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
        row = selected_source_row(self.table, self.proxy)
        return self.model.circle_at(row) if row is not None else None

    def select(self, uid: str) -> bool:
        """Select the circle with ``uid``; False if it is not shown."""
        row = self.model.row_of(uid)
        return row is not None and select_source(
            self.table, self.proxy, self.model.index(row, NAME)
        )

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
        started = None
        if circle is not None:
            started = messages.circle_initiative_sentence(
                circle.name, self._initiative.get(circle.uid, Initiative())
            )
        self.initiative_label.setText(started or "")
        self.initiative_label.setHidden(started is None)
        if circle is None:
            self.members_model.clear()
            self.members_label.setText(
                words.PEOPLE_UI_PICK_CIRCLE if self.model.rowCount() else words.PEOPLE_UI_NO_CIRCLES
            )
            self.members_list.setAccessibleName(words.PEOPLE_UI_MEMBERS_NAME)
            return
        members = self.model.members(circle)
        self.members_model.set_people(members, self._last_contacts, self._today, self._reach)
        count = plural(len(members), words.PEOPLE_UI_MEMBER_COUNT)
        self.members_label.setText(words.PEOPLE_UI_MEMBERS_OF.format(name=circle.name, count=count))
        self.members_list.setAccessibleName(
            words.PEOPLE_UI_MEMBERS_OF_NAME.format(name=circle.name)
        )
        for button, text in (
            (self.edit_button, words.PEOPLE_UI_EDIT_CIRCLE_NAME),
            (self.members_button, words.PEOPLE_UI_MEMBERS_BUTTON_NAME),
            (self.delete_button, words.PEOPLE_UI_DELETE_CIRCLE_NAME),
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
        reach: Iterable[ReachOut] = (),
        initiative: Mapping[str, Initiative] | None = None,
    ) -> None:
        """Show ``circles`` with their members (and the members' last meaningful contacts).

        ``initiative`` (by circle uid) says who started the circle's last contacts.
        """
        self._initiative = dict(initiative or {})
        self._last_contacts = dict(last_contacts)
        self._today = today
        self._reach = tuple(reach)
        self.model.set_circles(circles, people, last_taken_part, today, self._reach)

    def _member_activated(self, index: QModelIndex) -> None:
        person = self.members_model.person_at(self.members_proxy.mapToSource(index).row())
        if person is not None:
            self.person_activated.emit(person.name)

    def clear(self) -> None:
        """Show no circle (on lock)."""
        self._initiative = {}
        self._last_contacts = {}
        self._reach = ()
        self.model.clear()
        self.members_model.clear()
        self._on_selection()
