"""The designed dialogs: a passphrase prompt with inline errors, a choice of explained options."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from diary.ui.shell import dialogs, words
from diary.ui.shell.dialogs import ChoiceDialog, Option, PassphraseDialog

pytestmark = pytest.mark.gui


def make_passphrase(qtbot: QtBot, **kwargs: object) -> PassphraseDialog:
    dialog = PassphraseDialog(
        "Restore a backup", "The backup is sealed with a passphrase.", **kwargs
    )  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_passphrase_dialog_is_readable_and_starts_in_the_field(qtbot: QtBot) -> None:
    dialog = make_passphrase(qtbot, action="Restore")
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Restore a backup"
    assert dialog.heading.text() == "Restore a backup"
    assert "sealed with a passphrase" in dialog.why.text()
    assert dialog.width() >= dialog.fontMetrics().averageCharWidth() * dialogs.WIDTH_CH
    assert dialog.width() > 300 and dialog.height() > 150  # not the bare 200x94 box
    assert dialog.ok_button.text() == "Restore" and dialog.ok_button.property("primary")
    assert dialog.ok_button.isDefault()
    assert dialog.field.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.focusWidget() is dialog.field


def test_empty_is_refused_inline_and_the_dialog_stays(qtbot: QtBot) -> None:
    dialog = make_passphrase(qtbot)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted.value
    assert dialog.error.isVisible() and "empty" in dialog.error.text()
    qtbot.keyClicks(dialog.field, "x")  # typing again takes the error away
    assert not dialog.error.isVisible()


def test_a_wrong_passphrase_is_refused_in_plain_words(qtbot: QtBot) -> None:
    def check(typed: str) -> str:
        return "" if typed == "right one" else "That passphrase does not open this backup."

    dialog = make_passphrase(qtbot, check=check)
    qtbot.keyClicks(dialog.field, "wrong one")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert dialog.isVisible() and "does not open this backup" in dialog.error.text()
    assert dialog.field.selectedText() == "wrong one"  # typing again replaces it
    qtbot.keyClicks(dialog.field, "right one")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert dialog.passphrase() == "right one"


def test_non_ascii_passphrases_come_back_exactly(qtbot: QtBot) -> None:
    dialog = make_passphrase(qtbot)
    typed = "Ünïcödé façade — ключ 鍵 ✓"
    dialog.field.setText(typed)  # an input method's result, as it arrives
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.passphrase() == typed


def test_show_reveals_and_hides_what_is_typed(qtbot: QtBot) -> None:
    dialog = make_passphrase(qtbot)
    qtbot.keyClicks(dialog.field, "secret")
    dialog.show_button.click()
    assert dialog.field.echoMode() == QLineEdit.EchoMode.Normal
    assert dialog.show_button.text() == words.DIALOG_HIDE
    dialog.show_button.click()
    assert dialog.field.echoMode() == QLineEdit.EchoMode.Password


def test_an_error_from_an_earlier_try_shows_at_once(qtbot: QtBot) -> None:
    dialog = make_passphrase(qtbot, error="That passphrase does not open this backup.")
    assert dialog.error.isVisible()


def test_cancel_and_escape_forget_what_was_typed(qtbot: QtBot) -> None:
    dialog = make_passphrase(qtbot)
    qtbot.keyClicks(dialog.field, "half typed")
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.field, Qt.Key.Key_Escape)
    assert dialog.field.text() == ""


def test_the_choice_dialog_explains_each_option_and_enter_takes_the_first(qtbot: QtBot) -> None:
    options = [
        Option("Merge", "Adds what your diary does not have yet."),
        Option("Replace", "Puts the backup in place of your diary."),
    ]
    dialog = ChoiceDialog("Restore a backup", "This backup is intact.", options)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert [b.text() for b in dialog.option_buttons] == ["Merge", "Replace"]
    assert [e.text() for e in dialog.explanations] == [o.explanation for o in options]
    assert dialog.option_buttons[0].property("primary")
    assert not dialog.option_buttons[1].property("primary")
    assert dialog.focusWidget() is dialog.option_buttons[0]
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.chosen == "Merge"


def test_the_choice_dialog_other_option_and_cancel(qtbot: QtBot) -> None:
    options = [Option("Merge", "a"), Option("Replace", "b")]
    dialog = ChoiceDialog("Restore a backup", "", options)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.option_buttons[1], Qt.MouseButton.LeftButton)
    assert dialog.chosen == "Replace"
    again = ChoiceDialog("Restore a backup", "", options)
    qtbot.addWidget(again)
    again.show()
    with qtbot.waitSignal(again.rejected):
        qtbot.keyClick(again.option_buttons[0], Qt.Key.Key_Escape)
    assert again.chosen is None


def test_a_choice_needs_an_option(qtbot: QtBot) -> None:
    with pytest.raises(ValueError, match="at least one option"):
        ChoiceDialog("Restore a backup", "", [])
