"""Tables set up, laid out and driven alike across pages.

Whole rows are chosen one at a time and never edited in place; rows are one line high; a view
sits under its label, and two views share a page side by side.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)


def compact_rows(table: QTableView) -> None:
    """Rows one line of the table's font high, with a little air (the font is the user's)."""
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().lineSpacing() * 3 // 2 + 4)


def set_up_rows(
    table: QTableView, *, stretch: int | None = None, sort_by: int | None = None
) -> QHeaderView:
    """Set ``table`` up as a read-only list of rows, and return its column header.

    Args:
        table: The view.
        stretch: The column that takes the width left over (the last one if None).
        sort_by: Let the user sort by clicking a title, first by this column (ascending);
            None for a table shown in its model's order.
    """
    if sort_by is not None:
        table.setSortingEnabled(True)
        table.sortByColumn(sort_by, Qt.SortOrder.AscendingOrder)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    compact_rows(table)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    return header


def selected_source_row(table: QTableView, proxy: QSortFilterProxyModel) -> int | None:
    """The source model's row of the row selected in ``table`` (which shows ``proxy``)."""
    rows = table.selectionModel().selectedRows()
    return proxy.mapToSource(rows[0]).row() if rows else None


def select_source(table: QTableView, proxy: QSortFilterProxyModel, index: QModelIndex) -> bool:
    """Select and show the row of the source model's ``index``; False if ``proxy`` hides it."""
    shown = proxy.mapFromSource(index)
    if not shown.isValid():
        return False
    table.setCurrentIndex(shown)
    table.selectRow(shown.row())
    table.scrollTo(shown)
    return True


def labelled(label: QLabel, view: QWidget) -> QWidget:
    """``view`` under its ``label``, taking the height left over."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(label)
    layout.addWidget(view, 1)
    return holder


def side_by_side(first: QWidget, second: QWidget) -> QSplitter:
    """``first`` and ``second`` in a splitter, three fifths and two fifths wide at first."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(first)
    splitter.addWidget(second)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    return splitter


class DeletableTable(QTableView):
    """A table in which Delete asks to delete the current row.

    Signals:
        delete_pressed: the user pressed Delete on a row.
    """

    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Delete asks to delete the current row; everything else as usual."""
        if event.key() == Qt.Key.Key_Delete and self.currentIndex().isValid():
            self.delete_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)
