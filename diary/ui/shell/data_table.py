"""A chart's numbers as a Qt table model, so screen readers (and anyone) can read every chart."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from diary.charts.table import DataTable

_Index = QModelIndex | QPersistentModelIndex


class DataTableModel(QAbstractTableModel):
    """Read-only rows and headers of a ``DataTable``; empty until ``set_table``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table = DataTable("", (), ())

    @property
    def caption(self) -> str:
        """The sentence that says what the table holds."""
        return self._table.caption

    def set_table(self, table: DataTable) -> None:
        """Show another table."""
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    def clear(self) -> None:
        """Forget every number (on lock)."""
        self.set_table(DataTable("", (), ()))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """Rows of the table (none under a valid parent: it is flat)."""
        return 0 if parent.isValid() else len(self._table.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """Columns of the table."""
        return 0 if parent.isValid() else len(self._table.headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's text (also its accessible text)."""
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        return self._table.rows[index.row()][index.column()]

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column names; rows are numbered by Qt."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._table.headers):
            return self._table.headers[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._table.rows):
            return str(section + 1)
        return None
