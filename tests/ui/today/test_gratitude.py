"""Gratitude lines: three by default, more on request, each optionally about someone."""

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from diary.domain.models import Gratitude
from diary.ui.today.gratitude import GratitudeEditor

pytestmark = pytest.mark.gui


@pytest.fixture
def editor(qtbot: QtBot) -> GratitudeEditor:
    widget = GratitudeEditor()
    qtbot.addWidget(widget)
    widget.set_people(["Ana", "Ben"])
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def person_items(editor: GratitudeEditor, line: int) -> list[str]:
    combo = editor.persons[line]
    return [combo.itemText(i) for i in range(combo.count())]


def test_three_blank_lines_by_default(editor: GratitudeEditor) -> None:
    assert len(editor.lines) == 3
    assert editor.gratitude() == ()
    assert [line.accessibleName() for line in editor.lines] == [
        "Grateful for, line 1",
        "Grateful for, line 2",
        "Grateful for, line 3",
    ]
    assert editor.persons[0].accessibleName() == "About someone (optional), line 1"
    assert person_items(editor, 0) == ["", "Ana", "Ben"]


def test_typed_lines_become_notes_and_blank_ones_are_skipped(
    qtbot: QtBot, editor: GratitudeEditor
) -> None:
    with qtbot.waitSignal(editor.changed):
        qtbot.keyClicks(editor.lines[0], "Warm soup")
    qtbot.keyClicks(editor.persons[0].lineEdit(), "Ana")
    qtbot.keyClicks(editor.lines[2], "  A long walk  ")
    qtbot.keyClicks(editor.persons[1].lineEdit(), "Ben")  # a person without a note is ignored
    assert editor.gratitude() == (Gratitude("Warm soup", "Ana"), Gratitude("A long walk"))


def test_a_new_name_can_be_typed(qtbot: QtBot, editor: GratitudeEditor) -> None:
    qtbot.keyClicks(editor.lines[0], "Kind words")
    qtbot.keyClicks(editor.persons[0].lineEdit(), "Zoe")
    assert editor.gratitude() == (Gratitude("Kind words", "Zoe"),)
    assert person_items(editor, 0) == ["", "Ana", "Ben"]  # typing adds nobody to the list


def test_add_another_line(qtbot: QtBot, editor: GratitudeEditor) -> None:
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert len(editor.lines) == 4
    qtbot.waitUntil(editor.lines[3].hasFocus)
    assert person_items(editor, 3) == ["", "Ana", "Ben"]
    qtbot.keyClicks(editor.lines[3], "Fourth")
    assert editor.gratitude() == (Gratitude("Fourth"),)


def test_enter_moves_down_and_adds_a_line_at_the_end(qtbot: QtBot, editor: GratitudeEditor) -> None:
    editor.lines[0].setFocus()
    qtbot.waitUntil(editor.lines[0].hasFocus)
    qtbot.keyClick(editor.lines[0], Qt.Key.Key_Return)
    qtbot.waitUntil(editor.lines[1].hasFocus)
    qtbot.keyClick(editor.lines[2], Qt.Key.Key_Return)  # empty last line: no new line
    assert len(editor.lines) == 3
    qtbot.keyClicks(editor.lines[2], "third")
    qtbot.keyClick(editor.lines[2], Qt.Key.Key_Return)
    assert len(editor.lines) == 4
    qtbot.waitUntil(editor.lines[3].hasFocus)


def test_set_gratitude_shows_notes_quietly(qtbot: QtBot, editor: GratitudeEditor) -> None:
    notes = tuple(Gratitude(f"note {n}", "Ben" if n == 2 else None) for n in range(5))
    with qtbot.assertNotEmitted(editor.changed):
        editor.set_gratitude(notes)
    assert len(editor.lines) == 5
    assert editor.gratitude() == notes
    assert editor.persons[2].currentText() == "Ben"
    assert editor.persons[2].currentIndex() == 2
    editor.set_gratitude(notes[:1])
    assert len(editor.lines) == 3
    assert editor.gratitude() == notes[:1]
    assert editor.lines[1].text() == "" and editor.persons[1].currentText() == ""


def test_set_people_keeps_what_was_typed(qtbot: QtBot, editor: GratitudeEditor) -> None:
    qtbot.keyClicks(editor.lines[0], "Help moving")
    qtbot.keyClicks(editor.persons[0].lineEdit(), "Zoe")
    with qtbot.assertNotEmitted(editor.changed):
        editor.set_people(["Zoe", "Ana"])
    assert person_items(editor, 0) == ["", "Ana", "Zoe"]
    assert editor.gratitude() == (Gratitude("Help moving", "Zoe"),)


def test_clear_empties_lines_and_names(qtbot: QtBot, editor: GratitudeEditor) -> None:
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.lines[3], "secret")
    qtbot.keyClicks(editor.persons[3].lineEdit(), "Ana")
    editor.clear()
    assert len(editor.lines) == 3
    assert all(line.text() == "" for line in editor.lines)
    assert all(person_items(editor, n) == [""] for n in range(3))
    assert all(person.currentText() == "" for person in editor.persons)
    assert editor.gratitude() == ()
