"""The read-only rows model every table and list model builds on."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from diary.ui.shell import words
from diary.ui.shell.rows_model import ItemRole, RowsModel

pytestmark = pytest.mark.gui

Role = Qt.ItemDataRole


class Words(RowsModel[str]):
    headers = ("Word", "Length")
    header_tips = ("The word as typed",)

    def cell_text(self, item: str, column: int) -> str:
        return item if column == 0 else ("" if item == "-" else str(len(item)))


def test_rows_columns_headers_and_flags(qtmodeltester: ModelTester) -> None:
    model = Words()
    qtmodeltester.check(model)
    model.set_items(["apple", "fig", "-"])
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (3, 2)
    assert model.items() == ("apple", "fig", "-") and model.item(1) == "fig"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Length"
    assert model.headerData(0, Qt.Orientation.Horizontal, Role.ToolTipRole) == "The word as typed"
    assert model.headerData(1, Qt.Orientation.Horizontal, Role.ToolTipRole) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    model.clear()
    assert model.rowCount() == 0


def test_data_asks_the_method_of_each_role() -> None:
    model = Words()
    model.set_items(["apple", "-"])
    cell = model.index(0, 1)
    assert cell.data() == "5" and cell.data(Role.ToolTipRole) == "5"
    assert model.index(0).data() == "apple"  # column 0 unless told, as on a list model
    assert model.index(0).data(ItemRole) == "apple"
    empty = model.index(1, 1)
    assert empty.data() == "" and empty.data(Role.ToolTipRole) is None
    assert empty.data(Role.AccessibleTextRole) == words.PEOPLE_UI_EMPTY_CELL  # not silence
    assert cell.data(Role.TextAlignmentRole) is None and cell.data(Role.FontRole) is None
    assert not model.index(2, 0).isValid() and not model.index(0, 2).isValid()
