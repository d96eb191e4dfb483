"""The contacts list (a checked Qt model) and the quick-add form."""

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from diary.domain.models import Initiator, Interaction, Mode
from diary.ui.today.contacts import InteractionsEditor, InteractionsModel, describe, split_names

pytestmark = pytest.mark.gui

DAY = dt.date(2026, 11, 21)
ANA = Interaction(DAY, Mode.IN_PERSON, 45, ("Ana", "Ben"), 4, Initiator.ME, note="coffee", id=1)
CALL = Interaction(DAY, Mode.CALL, 10, ("Mum",), None, None, id=2)


@pytest.fixture
def editor(qtbot: QtBot) -> InteractionsEditor:
    widget = InteractionsEditor()
    qtbot.addWidget(widget)
    widget.set_interactions(DAY, [ANA, CALL])
    widget.set_people(["Ana", "Ben", "Chloé", "Mum", "ben"])
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def test_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = InteractionsModel()
    qtmodeltester.check(model)
    model.set_items([ANA, CALL])
    qtmodeltester.check(model)
    model.append(replace(CALL, id=3, minutes=20))
    assert model.replace_item(replace(ANA, minutes=50))
    assert model.remove_id(2) == CALL
    assert model.remove_id(99) is None
    qtmodeltester.check(model)
    assert [item.id for item in model.items()] == [1, 3]
    model.clear()
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_model_rows_read_as_sentences() -> None:
    model = InteractionsModel()
    model.set_items([ANA, CALL])
    first = model.index(0, 0)
    line = "Ana, Ben · in person · 45 min · depth 4 (open) · I reached out — coffee"
    assert model.data(first) == line
    assert model.data(first, Qt.ItemDataRole.AccessibleTextRole) == line
    assert model.data(first, InteractionsModel.ItemRole) == ANA
    assert model.data(model.index(1, 0)) == "Mum · call · 10 min"
    assert model.data(first, Qt.ItemDataRole.DecorationRole) is None
    assert describe(replace(CALL, people=())) == "(no names) · call · 10 min"


def test_split_names() -> None:
    assert split_names(" Ana ,Ben,, ") == ("Ana", "Ben")
    assert split_names("") == ()


def test_enter_in_the_form_adds_a_contact(qtbot: QtBot, editor: InteractionsEditor) -> None:
    qtbot.keyClicks(editor.people_edit, "Zoe, J")
    editor.mode_combo.setCurrentIndex(editor.mode_combo.findData(Mode.VIDEO))
    editor.minutes_spin.selectAll()
    qtbot.keyClicks(editor.minutes_spin, "75")
    editor.depth_combo.setCurrentIndex(5)
    editor.initiated_combo.setCurrentIndex(2)
    qtbot.keyClicks(editor.note_edit, "long talk")
    with qtbot.waitSignal(editor.add_requested) as blocker:
        qtbot.keyClick(editor.note_edit, Qt.Key.Key_Return)
    item = blocker.args[0]
    assert isinstance(item, Interaction)
    assert (item.day, item.mode, item.minutes, item.people) == (DAY, Mode.VIDEO, 75, ("Zoe", "J"))
    assert (item.depth, item.initiated, item.note, item.id) == (
        5,
        Initiator.THEM,
        "long talk",
        None,
    )
    # The owner saves it and reports back: it is listed and the form is empty again.
    editor.interaction_added(replace(item, id=7))
    assert editor.model.rowCount() == 3
    assert editor.people_edit.text() == ""
    assert editor.minutes_spin.value() == 30
    assert editor.note_edit.text() == ""


def test_enter_on_a_spin_box_adds_too(qtbot: QtBot, editor: InteractionsEditor) -> None:
    qtbot.keyClicks(editor.people_edit, "Mum")
    with qtbot.waitSignal(editor.add_requested) as blocker:
        qtbot.keyClick(editor.minutes_spin, Qt.Key.Key_Enter)
    assert blocker.args[0].people == ("Mum",)
    assert blocker.args[0].minutes == 30


def test_an_empty_form_explains_instead_of_adding(qtbot: QtBot, editor: InteractionsEditor) -> None:
    with qtbot.assertNotEmitted(editor.add_requested):
        qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert "who it was with" in editor.error_label.text()
    assert editor.error_label.isVisibleTo(editor)
    qtbot.keyClicks(editor.people_edit, "x" * 81)
    with qtbot.assertNotEmitted(editor.add_requested):
        qtbot.keyClick(editor.people_edit, Qt.Key.Key_Return)
    assert "at most 80 characters" in editor.error_label.text()
    assert editor.people_edit.text() == "x" * 81  # nothing typed is lost


def test_names_complete_after_the_last_comma(editor: InteractionsEditor) -> None:
    assert editor.names_model.stringList() == ["Ana", "Ben", "ben", "Chloé", "Mum"]
    completer = editor.completer
    assert completer.splitPath("Ana, Ch") == ["Ch"]
    completer.setCompletionPrefix("Ana, ch")
    assert completer.completionCount() == 1  # case-insensitive, only the last name counts
    assert completer.currentCompletion() == "Chloé"
    editor.people_edit.setText("Ana, ch")
    row = editor.names_model.stringList().index("Chloé")
    assert completer.pathFromIndex(editor.names_model.index(row)) == "Ana, Chloé"
    editor.people_edit.setText("b")
    assert completer.pathFromIndex(editor.names_model.index(0)) == "Ana"


def select_row(editor: InteractionsEditor, row: int) -> None:
    editor.list_view.selectionModel().setCurrentIndex(
        editor.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )


def test_edit_puts_a_contact_in_the_form(qtbot: QtBot, editor: InteractionsEditor) -> None:
    assert not editor.edit_button.isEnabled()
    select_row(editor, 0)
    assert editor.edit_button.isEnabled()
    qtbot.mouseClick(editor.edit_button, Qt.MouseButton.LeftButton)
    assert editor.people_edit.text() == "Ana, Ben"
    assert editor.minutes_spin.value() == 45
    assert editor.depth_combo.currentData() == 4
    assert editor.initiated_combo.currentData() == Initiator.ME
    assert editor.add_button.text() == "Save changes"
    editor.minutes_spin.setValue(60)
    with qtbot.waitSignal(editor.update_requested) as blocker:
        qtbot.keyClick(editor.people_edit, Qt.Key.Key_Return)
    changed = blocker.args[0]
    assert changed == replace(ANA, minutes=60)
    editor.interaction_updated(changed)
    assert editor.model.item(0).minutes == 60
    assert editor.editing() is None
    assert editor.add_button.text() == "Add contact"


def test_cancel_leaves_editing(qtbot: QtBot, editor: InteractionsEditor) -> None:
    editor.start_edit(1)
    assert editor.cancel_button.isVisibleTo(editor)
    qtbot.mouseClick(editor.cancel_button, Qt.MouseButton.LeftButton)
    assert editor.editing() is None
    assert editor.people_edit.text() == ""


def test_remove_and_undo_remove(qtbot: QtBot, editor: InteractionsEditor) -> None:
    select_row(editor, 1)
    with qtbot.waitSignal(editor.remove_requested) as blocker:
        qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [2]
    editor.interaction_removed(2)
    assert editor.model.items() == (ANA,)
    assert editor.undo_button.isVisibleTo(editor)
    qtbot.keyClicks(editor.people_edit, "half typed")
    with qtbot.waitSignal(editor.add_requested) as blocker:
        qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)
    again = blocker.args[0]
    assert again == replace(CALL, id=None)
    assert again.uid == CALL.uid


def test_undo_adds_back_without_emptying_the_form(qtbot: QtBot, editor: InteractionsEditor) -> None:
    editor.add_requested.connect(lambda item: editor.interaction_added(replace(item, id=9)))
    select_row(editor, 1)
    editor.remove_selected()
    editor.interaction_removed(2)
    qtbot.keyClicks(editor.people_edit, "half typed")
    qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)
    assert [item.id for item in editor.model.items()] == [1, 9]
    assert editor.people_edit.text() == "half typed"
    assert not editor.undo_button.isVisibleTo(editor)


def test_delete_key_in_the_list_asks_to_remove(qtbot: QtBot, editor: InteractionsEditor) -> None:
    select_row(editor, 0)
    with qtbot.waitSignal(editor.remove_requested) as blocker:
        qtbot.keyClick(editor.list_view, Qt.Key.Key_Delete)
    assert blocker.args == [1]


def test_an_empty_day_says_so(editor: InteractionsEditor) -> None:
    editor.set_interactions(DAY, [])
    assert editor.empty_label.isVisibleTo(editor)
    assert not editor.list_view.isVisibleTo(editor)
    assert not editor.remove_button.isVisibleTo(editor)


def test_clear_forgets_everything(qtbot: QtBot, editor: InteractionsEditor) -> None:
    editor.start_edit(0)
    editor.clear()
    assert editor.model.rowCount() == 0
    assert editor.names_model.stringList() == []
    assert editor.people_edit.text() == "" and editor.note_edit.text() == ""
    assert editor.editing() is None and editor.day() is None
    with qtbot.assertNotEmitted(editor.add_requested):
        qtbot.keyClicks(editor.people_edit, "Ana")
        qtbot.keyClick(editor.people_edit, Qt.Key.Key_Return)  # no day: nothing to add to


def test_every_field_has_an_accessible_name(editor: InteractionsEditor) -> None:
    for widget in (
        editor.list_view,
        editor.people_edit,
        editor.mode_combo,
        editor.minutes_spin,
        editor.depth_combo,
        editor.initiated_combo,
        editor.note_edit,
    ):
        assert widget.accessibleName()
    assert [editor.depth_combo.itemText(i) for i in range(6)] == [
        "not set",
        "1 · surface",
        "2 · a little personal",
        "3 · personal",
        "4 · open",
        "5 · deeply understood",
    ]
