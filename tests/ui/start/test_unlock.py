"""The unlock window: right, wrong and empty passphrases, damaged and busy diaries, recovery."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLineEdit, QWidget

from diary import messages
from diary.domain.models import Entry
from diary.storage.kdf import TEST_POLICY
from diary.storage.vault import Vault
from diary.ui.shell.tasks import InlinePool
from diary.ui.start import words
from diary.ui.start.unlock import UnlockWindow

pytestmark = pytest.mark.gui

PASSPHRASE = "a quiet lantern by the river"


class RefusingPool:
    """A pool that fails the test if any work (a key derivation) is started."""

    def start(self, task: object) -> None:
        raise AssertionError("the key derivation should not have started")


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, str]:
    """A closed diary with a recovery code: (folder, code)."""
    folder = tmp_path / "d"
    with Vault(folder, TEST_POLICY) as vault:
        code = vault.create(PASSPHRASE, recovery_code=True)
    assert code is not None
    return folder, code


@pytest.fixture
def vault(made: tuple[Path, str]) -> Iterator[Vault]:
    v = Vault(made[0], TEST_POLICY)
    yield v
    v.close()


@pytest.fixture
def window(qtbot, vault: Vault) -> UnlockWindow:
    w = UnlockWindow(vault, pool=InlinePool())
    qtbot.addWidget(w)
    w.show()
    return w


def type_and_unlock(qtbot, window: UnlockWindow, text: str) -> None:
    window.passphrase.clear()
    qtbot.keyClicks(window.passphrase, text)
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)


def test_right_passphrase_emits_a_working_repository(qtbot, window, vault):
    qtbot.keyClicks(window.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.unlocked) as blocker:
        qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    repository = blocker.args[0]
    assert repository is vault.repository
    day = dt.date(2026, 3, 14)
    repository.save_entry(Entry(day=day, mood=7, text="Tea with R."))
    assert repository.entry(day).text == "Tea with R."
    assert window.passphrase.text() == ""
    assert window.message.isHidden()
    assert not window.busy


def test_wrong_passphrase_says_so_and_keeps_the_field_selected(qtbot, window, vault):
    with qtbot.assertNotEmitted(window.unlocked):
        type_and_unlock(qtbot, window, "a loud lantern")
    assert window.message.text() == words.UNLOCK_WRONG
    assert "does not open this diary" in window.message.text()
    assert window.message.isVisible()
    assert window.passphrase.text() == "a loud lantern"
    assert window.passphrase.selectedText() == "a loud lantern"
    assert window.passphrase.isEnabled() and window.unlock_button.isEnabled()
    assert window.progress.isHidden()
    assert not vault.unlocked
    # ... and the next try, typed over the selection, works.
    qtbot.keyClicks(window.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.unlocked):
        qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    assert vault.unlocked


def test_empty_passphrase_asks_for_one_without_deriving(qtbot, vault):
    window = UnlockWindow(vault, pool=RefusingPool())
    qtbot.addWidget(window)
    window.show()
    with qtbot.assertNotEmitted(window.unlocked):
        qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    assert window.message.text() == words.UNLOCK_EMPTY
    assert not vault.unlocked


def test_damaged_key_file_gets_its_own_message(qtbot, made, window, vault):
    keys = made[0] / "diary.keys"
    data = bytearray(keys.read_bytes())
    data[len(data) // 2] ^= 0xFF
    keys.write_bytes(bytes(data))
    with qtbot.assertNotEmitted(window.unlocked):
        type_and_unlock(qtbot, window, PASSPHRASE)
    text = window.message.text()
    assert "Restore it from a backup" in text
    assert "damaged" in text.lower()
    assert text != words.UNLOCK_WRONG
    assert not vault.unlocked


def test_diary_open_elsewhere_gets_its_own_message_and_a_retry_works(qtbot, made, window):
    other = Vault(made[0], TEST_POLICY)
    other.unlock(PASSPHRASE)
    try:
        with qtbot.assertNotEmitted(window.unlocked):
            type_and_unlock(qtbot, window, PASSPHRASE)
        assert window.message.text() == words.UNLOCK_IN_USE
        assert "another copy of Hearth" in window.message.text()
        assert window.passphrase.text() == PASSPHRASE  # nothing to retype
    finally:
        other.close()
    with qtbot.waitSignal(window.unlocked):
        qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)


def test_recovery_code_opens_the_diary_and_asks_for_a_new_passphrase(qtbot, made, window):
    code = made[1]
    qtbot.mouseClick(window.recovery_button, Qt.MouseButton.LeftButton)
    assert window.recovery_mode
    assert window.prompt.text() == words.UNLOCK_RECOVERY_LABEL
    assert window.recovery_button.text() == words.UNLOCK_USE_PASSPHRASE
    # Typed sloppily: lower case, spaces instead of dashes.
    with qtbot.assertNotEmitted(window.unlocked):
        type_and_unlock(qtbot, window, code.lower().replace("-", " "))
    assert window.recovered
    assert window.message.text() == words.UNLOCK_RECOVERED
    assert "new passphrase" in window.message.text()
    assert window.continue_button.isVisible()
    assert window.passphrase.isHidden() and window.passphrase.text() == ""
    with qtbot.waitSignal(window.unlocked) as blocker:
        qtbot.mouseClick(window.continue_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].counts()["entries"] == 0


def test_wrong_recovery_code_says_so(qtbot, window, vault):
    window.set_recovery_mode(True)
    with qtbot.assertNotEmitted(window.unlocked):
        type_and_unlock(qtbot, window, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    assert window.message.text() == words.UNLOCK_WRONG_CODE
    assert not window.recovered and not vault.unlocked


def test_recovery_code_on_a_diary_without_one(qtbot, tmp_path):
    folder = tmp_path / "plain"
    with Vault(folder, TEST_POLICY) as v:
        v.create(PASSPHRASE)
    vault = Vault(folder, TEST_POLICY)
    try:
        window = UnlockWindow(vault, pool=InlinePool())
        qtbot.addWidget(window)
        window.set_recovery_mode(True)
        type_and_unlock(qtbot, window, "AAAA-BBBB")
        assert window.message.text() == words.UNLOCK_NO_RECOVERY_CODE
    finally:
        vault.close()


def test_empty_recovery_code_is_refused_before_deriving(qtbot, vault):
    window = UnlockWindow(vault, pool=RefusingPool())
    qtbot.addWidget(window)
    window.set_recovery_mode(True)
    type_and_unlock(qtbot, window, " - - ")
    assert window.message.text() == words.UNLOCK_EMPTY_CODE


def test_switching_back_to_the_passphrase(qtbot, window):
    window.set_recovery_mode(True)
    qtbot.keyClicks(window.passphrase, "ABCD")
    qtbot.mouseClick(window.recovery_button, Qt.MouseButton.LeftButton)
    assert not window.recovery_mode
    assert window.prompt.text() == words.UNLOCK_PASSPHRASE_LABEL
    assert window.passphrase.text() == ""


def test_threaded_unlock_is_busy_until_the_key_is_derived(qtbot, vault):
    window = UnlockWindow(vault)  # the real global QThreadPool
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=10_000) as blocker:
        qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
        # The result can only arrive through the event loop, so this is the busy state.
        assert window.busy
        assert window.progress.isVisible()
        assert window.progress.maximum() == 0  # an indeterminate busy bar
        assert not window.passphrase.isEnabled()
        assert not window.unlock_button.isEnabled()
        assert not window.recovery_button.isEnabled()
    assert blocker.args[0] is vault.repository
    assert not window.busy and window.progress.isHidden()


def test_threaded_wrong_passphrase(qtbot, vault):
    window = UnlockWindow(vault)
    qtbot.addWidget(window)
    window.show()
    type_and_unlock(qtbot, window, "nope")
    assert window.busy
    qtbot.waitUntil(lambda: not window.busy, timeout=10_000)
    assert window.message.text() == words.UNLOCK_WRONG
    assert window.passphrase.isEnabled()


def test_demo_hint_is_shown(qtbot, vault):
    window = UnlockWindow(vault, hint=messages.DEMO_HINT, pool=InlinePool())
    qtbot.addWidget(window)
    window.show()
    assert window.hint.isVisible()
    assert "demo" in window.hint.text()


def test_no_hint_by_default(window):
    assert window.hint.isHidden()


def test_show_toggle_reveals_and_hides_the_passphrase(qtbot, window):
    assert window.passphrase.echoMode() == QLineEdit.EchoMode.Password
    qtbot.mouseClick(window.show_button, Qt.MouseButton.LeftButton)
    assert window.passphrase.echoMode() == QLineEdit.EchoMode.Normal
    assert window.show_button.text() == words.UNLOCK_HIDE
    qtbot.mouseClick(window.show_button, Qt.MouseButton.LeftButton)
    assert window.passphrase.echoMode() == QLineEdit.EchoMode.Password


def test_keyboard_order_starts_in_the_field(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: window.passphrase.hasFocus())
    order = [window.passphrase]
    for _ in range(3):
        window.focusNextChild()
        order.append(window.focusWidget())
    assert order == [
        window.passphrase,
        window.show_button,
        window.unlock_button,
        window.recovery_button,
    ]


def test_every_control_has_an_accessible_name(window):
    controls = [
        w
        for w in window.findChildren(QWidget)
        if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    assert window.passphrase in controls and window.recovery_button in controls
    for widget in controls:
        name = QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
        assert name.strip(), widget


def test_fonts_follow_the_system_font(window):
    base = window.font().pointSizeF()
    assert base > 0
    assert window.title.font().pointSizeF() > base
    for widget in window.findChildren(QWidget):
        assert widget.font().pixelSize() == -1, widget  # sized in points, never pixels
