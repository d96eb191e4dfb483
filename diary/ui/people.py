"""People: everyone named in the diary, with their circles (issue 5 grows this into a full page)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout

from diary import messages
from diary.domain.models import Person
from diary.ui.page import Page

if TYPE_CHECKING:
    from diary.settings import Settings
    from diary.storage.repository import Repository

Index = QModelIndex | QPersistentModelIndex


class PeopleModel(QAbstractTableModel):
    """People as rows: name, circles, inner circle, cadence."""

    def __init__(self) -> None:
        super().__init__()
        self._people: list[Person] = []

    def set_people(self, people: list[Person]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._people = list(people)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """Number of people (no children)."""
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """Name, circles, inner circle, cadence."""
        return 0 if parent.isValid() else len(messages.PEOPLE_COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text of one cell."""
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        person = self._people[index.row()]
        return (
            person.name,
            ", ".join(person.circles),
            "♥" if person.inner else "",
            messages.EVERY_DAYS.format(days=person.cadence_days) if person.cadence_days else "",
        )[index.column()]

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return messages.PEOPLE_COLUMNS[section]
        return None


class PeoplePage(Page):
    """A sortable table of everyone in the diary."""

    title = messages.PAGE_PEOPLE

    def __init__(self) -> None:
        super().__init__()
        self.model = PeopleModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(messages.PAGE_PEOPLE)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.intro = QLabel(messages.PEOPLE_INTRO, wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        self._repository: Repository | None = None

    def attach(self, repository: Repository, settings: Settings) -> None:
        """Load everyone."""
        self._repository = repository
        self.refresh()

    def refresh(self) -> None:
        """Reload the table (people are added from the Today page)."""
        if self._repository is None:
            return
        people = self._repository.people()
        self.model.set_people(people)
        self.intro.setText(messages.PEOPLE_INTRO if people else messages.PEOPLE_EMPTY)

    def detach(self) -> None:
        """Forget everyone."""
        self._repository = None
        self.model.set_people([])
