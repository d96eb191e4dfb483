"""The feelings picker: type to filter, Enter adds, chips remove by keyboard, mood suggestions."""

import pytest
from fake_catalogue import catalogue
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from diary import i18n
from diary.domain.vocabulary import (
    FEELING_CONTEXT,
    FEELINGS,
    QUADRANTS,
    nearest_feelings,
    quadrant,
)
from diary.ui.today.feelings import FeelingsPicker

pytestmark = pytest.mark.gui


@pytest.fixture
def picker(qtbot: QtBot) -> FeelingsPicker:
    widget = FeelingsPicker()
    qtbot.addWidget(widget)
    widget.resize(500, 300)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def chip_texts(picker: FeelingsPicker) -> list[str]:
    return [chip.text() for chip in picker.chips()]


def test_typing_filters_and_enter_adds_the_first_match(
    qtbot: QtBot, picker: FeelingsPicker
) -> None:
    qtbot.keyClicks(picker.filter_edit, "lone")
    assert picker.offered_words() == ("lonely",)
    with qtbot.waitSignal(picker.changed):
        qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
    assert picker.feelings() == ("lonely",)
    assert picker.filter_edit.text() == ""
    assert chip_texts(picker) == ["lonely ×"]


def test_enter_adds_an_own_word_when_nothing_matches(qtbot: QtBot, picker: FeelingsPicker) -> None:
    qtbot.keyClicks(picker.filter_edit, "  Grumpy  Bear ")
    assert picker.offered_words() == ()
    assert "“grumpy bear” as your own word" in picker.hint_label.text()
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
    assert picker.feelings() == ("grumpy bear",)


def test_a_word_too_long_is_explained_not_added(qtbot: QtBot, picker: FeelingsPicker) -> None:
    qtbot.keyClicks(picker.filter_edit, "x" * 41)
    with qtbot.assertNotEmitted(picker.changed):
        qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
    assert picker.feelings() == ()
    assert "at most 40 characters" in picker.hint_label.text()
    assert picker.filter_edit.text() == "x" * 41  # kept so it can be shortened


def test_blank_enter_does_nothing(qtbot: QtBot, picker: FeelingsPicker) -> None:
    qtbot.keyClicks(picker.filter_edit, "   ")
    with qtbot.assertNotEmitted(picker.changed):
        qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
    assert picker.feelings() == ()


def test_chips_are_removed_with_the_keyboard(qtbot: QtBot, picker: FeelingsPicker) -> None:
    picker.set_feelings(["tired", "Content", "tired", "hopeful"])
    assert picker.feelings() == ("tired", "content", "hopeful")
    chips = picker.chips()
    assert [c.accessibleName() for c in chips] == [
        "Remove the feeling tired",
        "Remove the feeling content",
        "Remove the feeling hopeful",
    ]
    assert all(isinstance(c, QToolButton) and c.isCheckable() and c.isChecked() for c in chips)
    chips[1].setFocus()
    qtbot.waitUntil(chips[1].hasFocus)
    with qtbot.waitSignal(picker.changed):
        qtbot.keyClick(chips[1], Qt.Key.Key_Space)
    assert picker.feelings() == ("tired", "hopeful")
    # Focus stays on the chips, so Space again removes the next one.
    qtbot.waitUntil(lambda: picker.chips()[1].hasFocus())
    qtbot.keyClick(picker.chips()[1], Qt.Key.Key_Space)
    assert picker.feelings() == ("tired",)
    qtbot.waitUntil(lambda: picker.chips()[0].hasFocus())
    qtbot.keyClick(picker.chips()[0], Qt.Key.Key_Space)
    assert picker.feelings() == ()
    qtbot.waitUntil(picker.filter_edit.hasFocus)
    assert picker.none_label.isVisibleTo(picker)


def test_suggestions_follow_the_mood(qtbot: QtBot, picker: FeelingsPicker) -> None:
    picker.suggest_near(8, 3)
    expected = tuple(f.word for f in nearest_feelings(8, 3, k=8))
    assert picker.offered_words() == expected
    assert picker.offered_label.text() == "Near your mood:"
    picker.set_feelings([expected[0]])
    assert expected[0] not in picker.offered_words()
    assert len(picker.offered_words()) == 8
    picker.suggest_near(2, 8)
    assert picker.offered_words()[0] in {f.word for f in nearest_feelings(2, 8, k=2)}


def test_with_no_mood_words_from_every_corner_are_offered(picker: FeelingsPicker) -> None:
    words = picker.offered_words()
    assert len(words) == 8
    assert picker.offered_label.text() == "Some feelings:"
    corners = [quadrant(f) for f in FEELINGS if f.word in words]
    assert sorted(corners) == sorted(QUADRANTS * 2)


def test_an_offered_word_is_added_by_click(qtbot: QtBot, picker: FeelingsPicker) -> None:
    picker.suggest_near(8, 4)
    first = picker.offered_buttons()[0]
    word = picker.offered_words()[0]
    assert first.accessibleName() == f"Add the feeling {word}"
    with qtbot.waitSignal(picker.changed):
        qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    assert picker.feelings() == (word,)


def test_down_moves_to_the_matches_and_escape_clears(qtbot: QtBot, picker: FeelingsPicker) -> None:
    picker.filter_edit.setFocus()
    qtbot.waitUntil(picker.filter_edit.hasFocus)
    qtbot.keyClicks(picker.filter_edit, "ti")
    assert picker.offered_words()[:1] == ("tired",)
    assert picker.offered_label.text() == "Matches:"
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Down)
    qtbot.waitUntil(picker.offered_buttons()[0].hasFocus)
    qtbot.keyClick(picker.offered_buttons()[0], Qt.Key.Key_Space)
    assert picker.feelings() == ("tired",)
    assert picker.filter_edit.text() == ""
    qtbot.keyClicks(picker.filter_edit, "abc")
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Escape)
    assert picker.filter_edit.text() == ""


def test_set_feelings_emits_only_on_change_and_clear_forgets(
    qtbot: QtBot, picker: FeelingsPicker
) -> None:
    picker.set_feelings(["calm-ish"])
    with qtbot.assertNotEmitted(picker.changed):
        picker.set_feelings(["Calm-ish"])
    picker.suggest_near(7, 7)
    qtbot.keyClicks(picker.filter_edit, "sa")
    picker.clear()
    assert picker.feelings() == ()
    assert picker.filter_edit.text() == ""
    assert picker.offered_label.text() == "Some feelings:"
    assert picker.chips() == []


def test_tab_leaves_the_picker_and_arrows_walk_its_words(
    qtbot: QtBot, picker: FeelingsPicker
) -> None:
    picker.set_feelings(["sad", "own word"])
    for button in (*picker.offered_buttons(), *picker.chips()):
        assert not button.focusPolicy() & Qt.FocusPolicy.TabFocus  # no Tab stops to walk past
    picker.filter_edit.setFocus()
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Down)
    words_in_order = [*picker.offered_buttons(), *picker.chips()]
    assert words_in_order[0].hasFocus()
    for expected in words_in_order[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
        assert expected.hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    assert words_in_order[-2].hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
    assert picker.filter_edit.hasFocus()


def test_removing_a_chip_moves_nothing(qtbot: QtBot, picker: FeelingsPicker) -> None:
    picker.set_feelings(["sad", "tired", "calm", "own word", "hopeful", "proud", "lonely"])
    picker.resize(260, picker.heightForWidth(260) if picker.hasHeightForWidth() else 400)
    QApplication.processEvents()
    box_height = picker.chips_box.height()
    below = picker.offered_box.mapTo(picker, picker.offered_box.rect().bottomLeft())
    last = picker.chips()[-1]
    last.setFocus()
    qtbot.keyClick(last, Qt.Key.Key_Space)  # the chip on a line of its own goes
    assert "lonely" not in picker.feelings()
    assert picker.chips_box.height() >= box_height
    assert picker.offered_box.mapTo(picker, picker.offered_box.rect().bottomLeft()) == below
    picker.set_feelings([])  # another day: the boxes fit their words again
    assert picker.chips_box.minimumHeight() == 0


GERMAN = {
    (FEELING_CONTEXT, "tired"): "müde",
    (FEELING_CONTEXT, "peaceful"): "ruhig",
    (FEELING_CONTEXT, "lonely"): "einsam",
    "Add the feeling {word}": "Das Gefühl {word} hinzufügen",
}


def test_the_words_are_shown_in_the_language_and_kept_as_stored(
    qtbot: QtBot, picker: FeelingsPicker
) -> None:
    with i18n.speaking("de", "de_DE", catalogue(GERMAN)):
        picker.set_feelings(["tired", "calm-ish"])
        assert chip_texts(picker) == ["müde ×", "calm-ish ×"]
        qtbot.keyClicks(picker.filter_edit, "Ruh")
        assert picker.offered_words() == ("peaceful",)
        button = picker.offered_buttons()[0]
        assert button.text() == "+ ruhig"
        assert button.accessibleName() == "Das Gefühl ruhig hinzufügen"
        qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
        qtbot.keyClicks(picker.filter_edit, "lonely")  # English, typed whole, is understood
        assert picker.offered_words()[:1] == ("lonely",)
        qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
        picker.filter_edit.setText("Müde")  # already chosen: nothing new
        qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
        assert picker.feelings() == ("tired", "calm-ish", "peaceful", "lonely")
        assert chip_texts(picker)[2:] == ["ruhig ×", "einsam ×"]
