"""The contacts list (a checked Qt model) and the contact line with its chips."""

import datetime as dt
from dataclasses import replace

import pytest
from fake_catalogue import catalogue
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from diary import i18n
from diary.domain import contact_line as grammar
from diary.domain.contact_line import CONTEXT, ParsedLine
from diary.domain.models import Initiator, Interaction, Mode
from diary.ui.today.contacts import (
    InteractionsEditor,
    InteractionsModel,
    describe,
    name_fragment,
    split_names,
)

pytestmark = pytest.mark.gui

DAY = dt.date(2026, 11, 21)
ANA = Interaction(DAY, Mode.IN_PERSON, 45, ("Ana", "Ben"), 4, Initiator.ME, note="coffee", id=1)
CALL = Interaction(DAY, Mode.CALL, 10, ("Mum",), None, None, id=2)


@pytest.fixture
def editor(qtbot: QtBot) -> InteractionsEditor:
    widget = InteractionsEditor()
    qtbot.addWidget(widget)
    widget.set_interactions(DAY, [ANA, CALL])
    widget.set_people(["Ana", "Ben", "Chloé", "Mum", "ben", "Priya"])
    widget.resize(700, widget.sizeHint().height() + 40)
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


def type_line(qtbot: QtBot, editor: InteractionsEditor, text: str) -> None:
    editor.line_edit.setFocus()
    qtbot.keyClicks(editor.line_edit, text)


def chip_texts(editor: InteractionsEditor) -> list[str]:
    return [chip.text() for chip in editor.chips()]


def test_enter_in_the_line_adds_a_contact(qtbot: QtBot, editor: InteractionsEditor) -> None:
    type_line(qtbot, editor, "Ana and Ben, coffee, 45 min in person, deep, I reached out")
    assert chip_texts(editor) == [
        "Ana ×", "Ben ×", "in person", "45 min", "depth 5", "I reached out",
        "“coffee” ×",
    ]  # fmt: skip
    with qtbot.waitSignal(editor.add_requested) as blocker:
        qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    item = blocker.args[0]
    assert isinstance(item, Interaction)
    assert (item.day, item.mode, item.minutes, item.people) == (
        DAY, Mode.IN_PERSON, 45, ("Ana", "Ben"),
    )  # fmt: skip
    assert (item.depth, item.initiated, item.note, item.id) == (5, Initiator.ME, "coffee", None)
    # The owner saves it and reports back: it is listed and the line is empty again.
    editor.interaction_added(replace(item, id=7))
    assert editor.model.rowCount() == 3
    assert editor.line_edit.text() == "" and editor.chips() == []
    assert editor.line_edit.hasFocus()


def test_what_the_line_leaves_out_is_shown_as_assumed(
    qtbot: QtBot, editor: InteractionsEditor
) -> None:
    type_line(qtbot, editor, "mum")
    assert chip_texts(editor) == ["Mum ×", "in person?", "30 min?", "depth?", "reached out?"]
    with qtbot.waitSignal(editor.add_requested) as blocker:
        qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert (blocker.args[0].mode, blocker.args[0].minutes) == (Mode.IN_PERSON, 30)


def test_an_empty_line_explains_instead_of_adding(qtbot: QtBot, editor: InteractionsEditor) -> None:
    with qtbot.assertNotEmitted(editor.add_requested):
        qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert "who it was with" in editor.error_label.text()
    assert editor.error_label.isVisibleTo(editor)
    type_line(qtbot, editor, "Ana, 2000 min")
    assert "more than a day" in editor.error_label.text()
    with qtbot.assertNotEmitted(editor.add_requested):
        qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    assert editor.line_edit.text() == "Ana, 2000 min"  # nothing typed is lost


def test_chips_change_and_remove_what_the_line_says(
    qtbot: QtBot, editor: InteractionsEditor
) -> None:
    type_line(qtbot, editor, "Ana and Ben, call, 20 min, lovely")
    chips = {chip.text(): chip for chip in editor.chips()}
    qtbot.mouseClick(chips["Ben ×"], Qt.MouseButton.LeftButton)
    assert editor.parsed().people == ("Ana",)
    assert editor.line_edit.text() == "Ana, call, 20 min, lovely"
    mode_chip = next(chip for chip in editor.chips() if chip.text() == "call")
    menu = mode_chip.menu()
    assert menu is not None
    [video] = [action for action in menu.actions() if action.text() == "video"]
    video.trigger()
    assert editor.parsed().mode is Mode.VIDEO
    depth_chip = next(chip for chip in editor.chips() if chip.text() == "depth?")
    depth_menu = depth_chip.menu()
    assert depth_menu is not None
    depth_menu.actions()[3].trigger()
    assert editor.parsed() == ParsedLine(
        people=("Ana",), mode=Mode.VIDEO, minutes=20, depth=4, note="lovely"
    )
    note_chip = editor.chips()[-1]
    assert note_chip.text() == "“lovely” ×"
    qtbot.mouseClick(note_chip, Qt.MouseButton.LeftButton)
    assert editor.parsed().note == ""


def test_chips_are_reached_with_the_arrow_keys(qtbot: QtBot, editor: InteractionsEditor) -> None:
    type_line(qtbot, editor, "Ana and Ben, call")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Down)
    first = editor.chips()[0]
    assert first.hasFocus() and first.text() == "Ana ×"
    qtbot.keyClick(first, Qt.Key.Key_Right)
    second = editor.chips()[1]
    assert second.hasFocus()
    qtbot.keyClick(second, Qt.Key.Key_Delete)  # Ben goes, focus back in the line
    assert editor.parsed().people == ("Ana",)
    assert editor.line_edit.hasFocus()
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Down)
    qtbot.keyClick(editor.chips()[0], Qt.Key.Key_Up)
    assert editor.line_edit.hasFocus()


def test_a_name_completes_and_tab_or_enter_accepts_it(
    qtbot: QtBot, editor: InteractionsEditor
) -> None:
    type_line(qtbot, editor, "coffee with Pri")
    assert editor.line_edit.text() == "coffee with Priya"
    assert editor.line_edit.selectedText() == "ya"
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Tab)  # accepts, focus stays
    assert editor.line_edit.hasFocus() and not editor.line_edit.hasSelectedText()
    qtbot.keyClicks(editor.line_edit, " and ch")
    assert editor.line_edit.text() == "coffee with Priya and chloé"
    with qtbot.assertNotEmitted(editor.add_requested):
        qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)  # Enter accepts the name first
    assert editor.parsed().people == ("Priya", "Chloé")
    with qtbot.waitSignal(editor.add_requested) as blocker:
        qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    assert blocker.args[0].people == ("Priya", "Chloé")


def test_name_fragment() -> None:
    names = ["Ana", "Aunt Jo", "Callum"]
    assert name_fragment("Ana and Sam, coffee, Pr", names) == "Pr"
    assert name_fragment("walk with Aunt J", names) == "Aunt J"
    assert name_fragment("Ana, ", names) == ""
    assert name_fragment("Ana, call", names) == ""  # a word of the grammar completes nothing
    assert name_fragment("Ana, 45", names) == ""
    assert name_fragment("", names) == ""


def test_name_fragment_in_german() -> None:
    german = catalogue({
        (CONTEXT, "and"): "und",
        (CONTEXT, "with"): "mit",
        (CONTEXT, grammar._ACTIVITIES_MESSAGE): "kaffee|spaziergang",  # noqa: SLF001
    })  # fmt: skip
    names = ["Ana", "Aunt Jo", "Callum"]
    with i18n.speaking("de", "de_DE", german):
        assert name_fragment("Ana und Sam, Kaffee, Pr", names) == "Pr"
        assert name_fragment("Ana und Sa", names) == "Sa"
        assert name_fragment("Spaziergang mit Aunt J", names) == "Aunt J"
        assert name_fragment("Ana, Kaffee", names) == ""  # a German word of the grammar
        assert name_fragment("Ana and Sa", names) == "Sa"  # English is read too
    assert name_fragment("Ana, Kaffee", names) == "Kaffee"


def test_a_half_typed_name_never_creates_a_person(qtbot: QtBot, editor: InteractionsEditor) -> None:
    asked: list[str] = []
    editor.person_requested.connect(asked.append)
    type_line(qtbot, editor, "Pri")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Delete)  # take away the offered "ya"
    assert editor.line_edit.text() == "Pri"
    assert chip_texts(editor)[0] == "Pri?"
    assert editor.question.isVisibleTo(editor)
    assert editor.question.label.text() == "Add Pri as someone new?"
    with qtbot.assertNotEmitted(editor.add_requested):
        qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    assert "Pri is not in your diary yet" in editor.error_label.text()
    assert editor.question.yes_button.hasFocus()  # the choice is one key away, never made
    qtbot.keyClick(editor.question.no_button, Qt.Key.Key_Space)  # "Not a name": note
    assert editor.parsed() == ParsedLine(note="Pri")
    assert not editor.question.isVisibleTo(editor)
    assert asked == []


def test_adding_someone_new_is_an_explicit_choice(qtbot: QtBot, editor: InteractionsEditor) -> None:
    editor.person_requested.connect(editor.person_added)  # the owner adds them and reports
    type_line(qtbot, editor, "Zoe and Ana, video 1h")
    with qtbot.assertNotEmitted(editor.add_requested):
        qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    assert editor.question.yes_button.text() == "Add Zoe"
    with qtbot.waitSignal(editor.person_requested) as asked:
        with qtbot.waitSignal(editor.add_requested) as added:  # Enter asked to add: it does
            qtbot.keyClick(editor.question.yes_button, Qt.Key.Key_Space)
    assert asked.args == ["Zoe"]
    assert added.args[0].people == ("Zoe", "Ana")
    assert "Zoe" in editor.people()


def test_asking_about_a_name_moves_nothing(qtbot: QtBot, editor: InteractionsEditor) -> None:
    type_line(qtbot, editor, "Ana")
    QApplication.processEvents()
    row = editor.message_row.geometry()
    assert not editor.question.isVisibleTo(editor)
    qtbot.keyClicks(editor.line_edit, " and Zed")
    assert editor.question.isVisibleTo(editor)
    QApplication.processEvents()
    assert editor.message_row.geometry() == row


def select_row(editor: InteractionsEditor, row: int) -> None:
    editor.list_view.selectionModel().setCurrentIndex(
        editor.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )


def test_edit_puts_a_contact_back_in_the_line(qtbot: QtBot, editor: InteractionsEditor) -> None:
    assert not editor.edit_button.isEnabled()
    select_row(editor, 0)
    assert editor.edit_button.isEnabled()
    qtbot.mouseClick(editor.edit_button, Qt.MouseButton.LeftButton)
    assert editor.line_edit.text() == "Ana and Ben, in person, 45 min, open, I reached out, coffee"
    assert editor.add_button.text() == "Save changes"
    editor.line_edit.setText(editor.line_edit.text().replace("45 min", "1h"))
    with qtbot.waitSignal(editor.update_requested) as blocker:
        qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    changed = blocker.args[0]
    assert changed == replace(ANA, minutes=60)
    editor.interaction_updated(changed)
    assert editor.model.item(0).minutes == 60
    assert editor.editing() is None
    assert editor.add_button.text() == "Add contact"


def test_enter_on_a_listed_contact_edits_it(qtbot: QtBot, editor: InteractionsEditor) -> None:
    editor.line_edit.setFocus()
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Up)  # the list is above the line
    assert editor.list_view.hasFocus() and editor.list_view.currentIndex().row() == 1
    qtbot.keyClick(editor.list_view, Qt.Key.Key_Down)  # past the last row: back in the line
    assert editor.line_edit.hasFocus()
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Up)
    select_row(editor, 1)
    qtbot.keyClick(editor.list_view, Qt.Key.Key_Return)
    assert editor.editing() == CALL and editor.line_edit.text() == "Mum, call, 10 min"
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Escape)
    assert editor.editing() is None and editor.line_edit.text() == ""


def test_cancel_leaves_editing(qtbot: QtBot, editor: InteractionsEditor) -> None:
    editor.start_edit(1)
    assert editor.cancel_button.isVisibleTo(editor)
    qtbot.mouseClick(editor.cancel_button, Qt.MouseButton.LeftButton)
    assert editor.editing() is None
    assert editor.line_edit.text() == ""


def test_remove_and_undo_remove(qtbot: QtBot, editor: InteractionsEditor) -> None:
    select_row(editor, 1)
    with qtbot.waitSignal(editor.remove_requested) as blocker:
        qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [2]
    editor.interaction_removed(2)
    assert editor.model.items() == (ANA,)
    assert editor.undo_button.isVisibleTo(editor)
    type_line(qtbot, editor, "half typed")
    with qtbot.waitSignal(editor.add_requested) as blocker:
        qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)
    again = blocker.args[0]
    assert again == replace(CALL, id=None)
    assert again.uid == CALL.uid


def test_undo_adds_back_without_emptying_the_line(qtbot: QtBot, editor: InteractionsEditor) -> None:
    editor.add_requested.connect(lambda item: editor.interaction_added(replace(item, id=9)))
    select_row(editor, 1)
    editor.remove_selected()
    editor.interaction_removed(2)
    type_line(qtbot, editor, "half typed")
    qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)
    assert [item.id for item in editor.model.items()] == [1, 9]
    assert editor.line_edit.text() == "half typed"
    assert not editor.undo_button.isVisibleTo(editor)


def test_delete_key_in_the_list_asks_to_remove(qtbot: QtBot, editor: InteractionsEditor) -> None:
    select_row(editor, 0)
    with qtbot.waitSignal(editor.remove_requested) as blocker:
        qtbot.keyClick(editor.list_view, Qt.Key.Key_Delete)
    assert blocker.args == [1]


def test_the_list_grows_with_its_contacts(editor: InteractionsEditor) -> None:
    many = [replace(CALL, id=n, minutes=n) for n in range(1, 13)]
    editor.set_interactions(DAY, many)
    view = editor.list_view
    rows = [view.visualRect(editor.model.index(row, 0)) for row in range(12)]
    assert all(view.viewport().rect().contains(rect) for rect in rows)  # the newest too
    assert view.verticalScrollBar().maximum() == 0
    editor.interaction_added(replace(CALL, id=99, minutes=99))
    last = view.visualRect(editor.model.index(12, 0))
    assert view.viewport().rect().contains(last)


def test_a_contact_that_wraps_is_shown_whole(editor: InteractionsEditor) -> None:
    long = replace(CALL, id=7, note="a long talk about the garden, the move and the new job " * 2)
    editor.resize(320, editor.height())
    editor.set_interactions(DAY, [CALL, long])
    view = editor.list_view
    for row in (0, 1):
        assert view.viewport().rect().contains(view.visualRect(editor.model.index(row, 0)))
    wrapped = view.row_height(1)
    assert wrapped >= 2 * view.fontMetrics().height()  # it does wrap at this width…
    assert view.height() >= view.row_height(0) + wrapped  # …and the list has room for it
    editor.resize(900, editor.height())
    assert view.row_height(1) < wrapped  # wider: fewer lines, and the list shrinks with it


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
    assert editor.line_edit.text() == "" and editor.chips() == []
    assert editor.editing() is None and editor.day() is None
    with qtbot.assertNotEmitted(editor.add_requested):
        type_line(qtbot, editor, "Ana")
        qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)  # no day: nothing to add to


def test_every_control_has_an_accessible_name(qtbot: QtBot, editor: InteractionsEditor) -> None:
    type_line(qtbot, editor, "Ana, call, Zed")
    for widget in (
        editor.list_view,
        editor.line_edit,
        editor.chips_box,
        editor.question.yes_button,
        *editor.chips(),
    ):
        assert widget.accessibleName()
    assert editor.line_edit.accessibleDescription()


def test_chips_that_wrap_keep_their_room_until_another_day(
    qtbot: QtBot, editor: InteractionsEditor
) -> None:
    editor.resize(360, editor.height())
    below = editor.message_row.mapTo(editor, editor.message_row.rect().topLeft())
    type_line(qtbot, editor, "Ana and Ben and Mum, video, 45 min, deep, we both, long chat")
    grown = editor.message_row.mapTo(editor, editor.message_row.rect().topLeft())
    assert grown.y() > below.y()  # the chips took a second line…
    editor.line_edit.clear()
    assert editor.message_row.mapTo(editor, editor.message_row.rect().topLeft()) == grown  # …kept
    held = editor.chips_box.minimumHeight()
    editor.set_interactions(DAY, [])  # another day: one line of room again
    assert editor.chips_box.minimumHeight() < held
