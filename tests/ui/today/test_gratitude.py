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
    widget.set_people(["Ana", "Ben", "Priya"])
    widget.resize(700, widget.sizeHint().height())
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def type_into(qtbot: QtBot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_three_blank_lines_by_default(editor: GratitudeEditor) -> None:
    assert len(editor.lines) == 3
    assert editor.gratitude() == ()
    assert [line.accessibleName() for line in editor.lines] == [
        "Grateful for, line 1",
        "Grateful for, line 2",
        "Grateful for, line 3",
    ]
    assert editor.persons[0].accessibleName() == "About someone (optional), line 1"
    assert editor.names_model.stringList() == ["Ana", "Ben", "Priya"]
    assert not editor.question.isVisibleTo(editor)


def test_typed_lines_become_notes_and_blank_ones_are_skipped(
    qtbot: QtBot, editor: GratitudeEditor
) -> None:
    with qtbot.waitSignal(editor.changed):
        type_into(qtbot, editor.lines[0], "Warm soup")
    type_into(qtbot, editor.persons[0], "ana")
    type_into(qtbot, editor.lines[2], "  A long walk  ")
    type_into(qtbot, editor.persons[1], "Ben")  # a person without a note is ignored
    assert editor.gratitude() == (Gratitude("Warm soup", "Ana"), Gratitude("A long walk"))


def test_a_name_completes_and_tab_or_enter_accepts_it(
    qtbot: QtBot, editor: GratitudeEditor
) -> None:
    type_into(qtbot, editor.lines[0], "Kind words")
    type_into(qtbot, editor.persons[0], "Pri")
    assert editor.persons[0].text() == "Priya" and editor.persons[0].selectedText() == "ya"
    qtbot.keyClick(editor.persons[0], Qt.Key.Key_Tab)
    assert editor.persons[0].hasFocus() and not editor.persons[0].hasSelectedText()
    assert editor.gratitude() == (Gratitude("Kind words", "Priya"),)
    type_into(qtbot, editor.lines[1], "A call")
    type_into(qtbot, editor.persons[1], "b")
    qtbot.keyClick(editor.persons[1], Qt.Key.Key_Return)  # Enter accepts as well
    assert editor.persons[1].text() == "ben" and not editor.persons[1].hasSelectedText()
    assert editor.gratitude()[1] == Gratitude("A call", "Ben")


def test_a_half_typed_name_never_becomes_a_person(qtbot: QtBot, editor: GratitudeEditor) -> None:
    asked: list[str] = []
    editor.person_requested.connect(asked.append)
    type_into(qtbot, editor.lines[0], "Kind words")
    type_into(qtbot, editor.persons[0], "Pri")
    qtbot.keyClick(editor.persons[0], Qt.Key.Key_Delete)  # refuse the offered "ya"
    assert editor.persons[0].text() == "Pri"
    assert editor.gratitude() == (Gratitude("Kind words"),)  # saved without anyone
    assert editor.unknown_names() == ("Pri",)
    assert editor.question.isVisibleTo(editor)
    assert editor.question.label.text() == "Add Pri as someone new?"
    qtbot.keyClick(editor.persons[0], Qt.Key.Key_Return)  # Enter goes to the question…
    assert editor.question.yes_button.hasFocus()
    qtbot.keyClick(editor.question.no_button, Qt.Key.Key_Space)  # …and "No" answers it
    assert editor.persons[0].text() == "" and not editor.question.isVisibleTo(editor)
    assert editor.gratitude() == (Gratitude("Kind words"),)
    assert asked == []


def test_adding_someone_new_is_an_explicit_choice(qtbot: QtBot, editor: GratitudeEditor) -> None:
    editor.person_requested.connect(editor.person_added)  # the owner adds them and reports
    type_into(qtbot, editor.lines[0], "Help moving")
    type_into(qtbot, editor.persons[0], "Zoe")
    assert editor.gratitude() == (Gratitude("Help moving"),)
    with qtbot.waitSignal(editor.person_requested) as asked:
        with qtbot.waitSignal(editor.changed):  # saved again, now with Zoe
            qtbot.mouseClick(editor.question.yes_button, Qt.MouseButton.LeftButton)
    assert asked.args == ["Zoe"]
    assert editor.gratitude() == (Gratitude("Help moving", "Zoe"),)
    assert not editor.question.isVisibleTo(editor)


def test_the_question_moves_nothing(qtbot: QtBot, editor: GratitudeEditor) -> None:
    before = editor.lines[2].mapTo(editor, editor.lines[2].rect().topLeft())
    type_into(qtbot, editor.persons[0], "Zed")
    assert editor.question.isVisibleTo(editor)
    assert editor.lines[2].mapTo(editor, editor.lines[2].rect().topLeft()) == before


def test_add_another_line(qtbot: QtBot, editor: GratitudeEditor) -> None:
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert len(editor.lines) == 4
    qtbot.waitUntil(editor.lines[3].hasFocus)
    qtbot.keyClicks(editor.lines[3], "Fourth")
    assert editor.gratitude() == (Gratitude("Fourth"),)
    type_into(qtbot, editor.persons[3], "An")
    assert editor.persons[3].text() == "Ana"  # the new line completes names too


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
    assert editor.persons[2].text() == "Ben"
    editor.set_gratitude(notes[:1])
    assert len(editor.lines) == 3
    assert editor.gratitude() == notes[:1]
    assert editor.lines[1].text() == "" and editor.persons[1].text() == ""


def test_set_people_keeps_what_was_typed(qtbot: QtBot, editor: GratitudeEditor) -> None:
    type_into(qtbot, editor.lines[0], "Help moving")
    type_into(qtbot, editor.persons[0], "Zoe")
    assert editor.gratitude() == (Gratitude("Help moving"),)
    with qtbot.assertNotEmitted(editor.changed):
        editor.set_people(["Zoe", "Ana"])
    assert editor.persons[0].text() == "Zoe"
    assert editor.gratitude() == (Gratitude("Help moving", "Zoe"),)


def test_clear_empties_lines_and_names(qtbot: QtBot, editor: GratitudeEditor) -> None:
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.lines[3], "secret")
    type_into(qtbot, editor.persons[3], "Ana")
    editor.clear()
    assert len(editor.lines) == 3
    assert all(line.text() == "" for line in editor.lines)
    assert editor.names_model.stringList() == []
    assert all(person.text() == "" for person in editor.persons)
    assert editor.gratitude() == ()
