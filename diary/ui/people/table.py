"""The list of people: a filter, an inner-circle toggle, a sort choice, the actions and the table.

A view only: it lays out the widgets and says what the user asked for; ``PeoplePage`` reads and
writes the diary.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from diary.domain.models import Person
from diary.messages import plural
from diary.ui.people import words
from diary.ui.people.models import (
    CADENCE,
    CIRCLES,
    INNER,
    LAST,
    NAME,
    TOUCH,
    PeopleModel,
    SortFilterProxy,
)
from diary.ui.shell.tables import DeletableTable, select_source, selected_source_row, set_up_rows

# The "Sort by" choices: a column and the order that answers the usual question first.
SORT_CHOICES = (
    (NAME, Qt.SortOrder.AscendingOrder),
    (TOUCH, Qt.SortOrder.DescendingOrder),
    (LAST, Qt.SortOrder.AscendingOrder),
    (LAST, Qt.SortOrder.DescendingOrder),
    (INNER, Qt.SortOrder.AscendingOrder),
    (CADENCE, Qt.SortOrder.AscendingOrder),
    (CIRCLES, Qt.SortOrder.AscendingOrder),
)


class PeopleListView(QWidget):
    """The list of people: a filter, an inner-circle toggle, a sort choice, actions, the table.

    Signals:
        add_requested: add someone.
        edit_requested: edit a ``Person``.
        merge_requested: merge another person into a ``Person``.
        delete_requested: remove a ``Person``.
        person_activated: open a ``Person``'s page (Enter or a double-click).
    """

    add_requested = Signal()
    edit_requested = Signal(object)
    merge_requested = Signal(object)
    delete_requested = Signal(object)
    person_activated = Signal(object)

    def __init__(self, model: PeopleModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = SortFilterProxy(self)
        self.proxy.setSourceModel(model)

        self.intro = QLabel(words.PEOPLE_UI_INTRO, wordWrap=True)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(words.PEOPLE_UI_FILTER_PLACEHOLDER)
        self.filter_edit.setAccessibleName(words.PEOPLE_UI_FILTER_NAME)
        self.filter_edit.setClearButtonEnabled(True)
        self.inner_only = QCheckBox(words.PEOPLE_UI_INNER_ONLY)
        self.sort_label = QLabel(words.PEOPLE_UI_SORT_LABEL)
        self.sort_box = QComboBox()
        self.sort_box.addItems(list(words.PEOPLE_UI_SORT_CHOICES))
        self.sort_box.setAccessibleName(words.PEOPLE_UI_SORT_NAME)
        self.sort_label.setBuddy(self.sort_box)

        self.add_button = QPushButton(words.PEOPLE_UI_ADD)
        self.edit_button = QPushButton(words.PEOPLE_UI_EDIT)
        self.merge_button = QPushButton(words.PEOPLE_UI_MERGE)
        self.delete_button = QPushButton(words.PEOPLE_UI_DELETE)

        self.table = DeletableTable()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(words.PEOPLE_UI_TABLE_NAME)
        self.table.setAccessibleDescription(words.PEOPLE_UI_OPEN_HINT)
        header = set_up_rows(self.table, stretch=CIRCLES, sort_by=NAME)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("M") * 8)

        self.count_label = QLabel()
        self.hint_label = QLabel(words.PEOPLE_UI_OPEN_HINT)
        self.hint_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self._build_layout()
        self._connect()
        self._on_selection()

    def _build_layout(self) -> None:
        tools = QHBoxLayout()
        tools.addWidget(self.filter_edit, 1)
        tools.addWidget(self.inner_only)
        tools.addSpacing(self.fontMetrics().horizontalAdvance("M"))
        tools.addWidget(self.sort_label)
        tools.addWidget(self.sort_box)
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.merge_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addStretch(1)
        footer.addWidget(self.hint_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, self.fontMetrics().height() // 2, 0, 0)
        layout.addWidget(self.intro)
        layout.addLayout(tools)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)
        chain = (
            self.filter_edit,
            self.inner_only,
            self.sort_box,
            self.add_button,
            self.edit_button,
            self.merge_button,
            self.delete_button,
            self.table,
        )
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)

    def _connect(self) -> None:
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.inner_only.toggled.connect(self.proxy.set_inner_only)
        self.sort_box.activated.connect(self._sort_chosen)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_shown)
        self.add_button.clicked.connect(self.add_requested.emit)
        self.edit_button.clicked.connect(lambda: self._request(self.edit_requested))
        self.merge_button.clicked.connect(lambda: self._request(self.merge_requested))
        self.delete_button.clicked.connect(lambda: self._request(self.delete_requested))
        self.table.delete_pressed.connect(lambda: self._request(self.delete_requested))
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        for signal in (self.proxy.modelReset, self.proxy.rowsInserted, self.proxy.rowsRemoved):
            signal.connect(self._count_shown)
        self.proxy.layoutChanged.connect(self._count_shown)

    # Sorting ----------------------------------------------------------------------------------

    def _sort_chosen(self, choice: int) -> None:
        column, order = SORT_CHOICES[choice]
        self.table.sortByColumn(column, order)

    def _sort_shown(self, column: int, order: Qt.SortOrder) -> None:
        """Keep "Sort by" in step with a click on a column's header."""
        choice = SORT_CHOICES.index((column, order)) if (column, order) in SORT_CHOICES else -1
        self.sort_box.setCurrentIndex(choice)  # -1 (blank) for an order no choice names

    # Selection --------------------------------------------------------------------------------

    def current_person(self) -> Person | None:
        """The selected person, if any."""
        row = selected_source_row(self.table, self.proxy)
        return self.model.person_at(row) if row is not None else None

    def select(self, uid: str) -> bool:
        """Select the person with ``uid``; False if they are not shown (e.g. filtered out)."""
        row = self.model.row_of(uid)
        return row is not None and select_source(
            self.table, self.proxy, self.model.index(row, NAME)
        )

    def neighbour(self, person: Person) -> Person | None:
        """The person shown just below ``person`` (or above, at the end), to select next."""
        row = self.model.row_of(person.uid)
        if row is None:
            return None
        shown = self.proxy.mapFromSource(self.model.index(row, NAME)).row()
        for other in (shown + 1, shown - 1):
            if 0 <= other < self.proxy.rowCount():
                return self.model.person_at(
                    self.proxy.mapToSource(self.proxy.index(other, 0)).row()
                )
        return None

    def _on_selection(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        person = self.current_person()
        for button, name in (
            (self.edit_button, words.PEOPLE_UI_EDIT_NAME),
            (self.merge_button, words.PEOPLE_UI_MERGE_NAME),
            (self.delete_button, words.PEOPLE_UI_DELETE_NAME),
        ):
            button.setEnabled(person is not None)
            button.setAccessibleName(name.format(name=person.name) if person else button.text())
        self.merge_button.setEnabled(person is not None and self.model.rowCount() > 1)

    def _request(self, signal: Any) -> None:
        person = self.current_person()
        if person is not None:
            signal.emit(person)

    def _activated(self, index: QModelIndex) -> None:
        person = self.model.person_at(self.proxy.mapToSource(index).row())
        if person is not None:
            self.person_activated.emit(person)

    def _count_shown(self, *_args: object) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        inner = sum(1 for p in self.model.people() if p.inner)
        if total == 0:
            text = ""
        elif shown == total:
            text = words.PEOPLE_UI_COUNT.format(
                people=plural(total, words.PEOPLE_UI_PEOPLE_COUNT), inner=inner
            )
        elif shown == 0:
            text = words.PEOPLE_UI_NO_MATCH
        else:
            text = words.PEOPLE_UI_SHOWING.format(shown=shown, total=total)
        self.count_label.setText(text)
        self.intro.setText(words.PEOPLE_UI_INTRO if total else words.PEOPLE_UI_EMPTY)
        self._on_selection()

    def clear(self) -> None:
        """Forget the filter and the toggle (the model is cleared by its owner)."""
        self.filter_edit.clear()
        self.inner_only.setChecked(False)
