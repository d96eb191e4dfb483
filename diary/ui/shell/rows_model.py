"""A read-only Qt item model over a list of rows: what every table and list of Hearth shares.

A subclass declares its column ``headers`` (one for a list) and says what a cell holds in small
methods, one per role: ``cell_text`` (required), ``cell_accessible_text``, ``cell_tooltip``,
``cell_alignment``, ``cell_font`` and ``cell_data`` for any other role. Rows are replaced in one
model reset with ``set_items``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from diary.ui.shell import words

Index = QModelIndex | QPersistentModelIndex
Item = TypeVar("Item")
ItemRole = Qt.ItemDataRole.UserRole + 1
"""The row's own object (a ``Person``, a ``Circle``, an ``Interaction``, a ``ReachOut``)."""


class RowsModel(QAbstractTableModel, Generic[Item]):
    """Rows that can be selected, never edited in place; ``ItemRole`` gives a row's object.

    A list is a table of one column: ``index(row)`` means column 0, as on a list model.

    Attributes:
        headers: The column titles; there are as many columns as titles.
        header_tips: What each column holds, as its title's tooltip (none when empty).
    """

    ItemRole = ItemRole

    @property
    def headers(self) -> Sequence[str]:
        """The column titles, in the current language."""
        return ()

    @property
    def header_tips(self) -> Sequence[str]:
        """What each column holds, in the current language."""
        return ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[Item] = []

    # Rows -------------------------------------------------------------------------------------

    def set_items(self, items: Iterable[Item]) -> None:
        """Show ``items`` in the order given, instead of the current rows."""
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def clear(self) -> None:
        """Show no rows (on lock)."""
        self.set_items(())

    def items(self) -> tuple[Item, ...]:
        """Every row's object, in order."""
        return tuple(self._items)

    def item(self, row: int) -> Item:
        """The object of ``row``."""
        return self._items[row]

    # What a cell holds, role by role ----------------------------------------------------------

    def cell_text(self, item: Item, column: int) -> str:
        """The text shown in the cell."""
        raise NotImplementedError

    def cell_accessible_text(self, item: Item, column: int) -> str:
        """What a screen reader says: the text, or a word for an empty cell."""
        return self.cell_text(item, column) or words.PEOPLE_UI_EMPTY_CELL

    def cell_tooltip(self, item: Item, column: int) -> str | None:
        """The tooltip: the whole text, for a cell too narrow to show it."""
        return self.cell_text(item, column) or None

    def cell_alignment(self, item: Item, column: int) -> Qt.AlignmentFlag | None:
        """How the text is aligned; None for the view's default."""
        return None

    def cell_font(self, item: Item, column: int) -> QFont | None:
        """A font of its own (bold when overdue, say); None for the view's."""
        return None

    def cell_data(self, item: Item, column: int, role: int) -> Any:
        """Any other role: the row's object for ``ItemRole``."""
        return item if role == ItemRole else None

    # Qt's model API ---------------------------------------------------------------------------

    def index(
        self,
        row: int,
        column: int = 0,
        parent: Index = QModelIndex(),  # noqa: B008 - Qt's API
    ) -> QModelIndex:
        """The cell at ``row`` and ``column`` (column 0 unless told, as on a list model)."""
        return super().index(row, column, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """How many rows (a table has no children)."""
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """One column per title."""
        return 0 if parent.isValid() else len(self.headers)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Rows can be selected, never edited in place."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles, with a tooltip saying what each holds."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and section < len(self.header_tips):
            return self.header_tips[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What the cell holds for ``role``, from the ``cell_*`` method of that role."""
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        if not 0 <= index.column() < len(self.headers):
            return None
        item, column = self._items[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(item, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.cell_accessible_text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.cell_tooltip(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.cell_alignment(item, column)
        if role == Qt.ItemDataRole.FontRole:
            return self.cell_font(item, column)
        return self.cell_data(item, column, role)
