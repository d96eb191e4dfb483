"""The unlock window says plainly when the latest saves were lost (a deleted -wal file)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from diary.domain.models import Entry
from diary.storage.kdf import TEST_POLICY
from diary.storage.vault import Vault
from diary.ui.shell.tasks import InlinePool
from diary.ui.start.unlock import UnlockWindow

pytestmark = pytest.mark.gui

PASSPHRASE = "a quiet lantern by the river"
DAY = dt.date(2026, 3, 1)


def _window(qtbot, vault: Vault) -> UnlockWindow:  # noqa: ANN001
    window = UnlockWindow(vault, pool=InlinePool())
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.passphrase, PASSPHRASE)
    return window


def test_lost_saves_are_said_and_the_diary_opens_on_continue(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    folder, crashed = tmp_path / "d", tmp_path / "crashed"
    with Vault(folder, TEST_POLICY) as vault:
        vault.create(PASSPHRASE)
        vault.lock()
        repo = vault.unlock(PASSPHRASE)
        for i in range(2):  # in the -wal only
            repo.save_entry(Entry(DAY + dt.timedelta(days=i), mood=5, text="lost"))
        crashed.mkdir()
        for name in ("diary.db", "diary.keys", "diary.seal"):
            shutil.copy2(folder / name, crashed / name)
    vault = Vault(crashed, TEST_POLICY)
    try:
        window = _window(qtbot, vault)
        with qtbot.assertNotEmitted(window.unlocked):
            qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
        message = window.message.text()
        assert message.startswith("Your diary is open, but the latest 2 saves are missing")
        assert "Restore the newest backup" in message
        assert window.continue_button.isVisible() and not window.unlock_button.isVisible()
        assert window.last_passphrase == PASSPHRASE  # for the automatic backups, as usual
        with qtbot.waitSignal(window.unlocked) as opened:
            qtbot.mouseClick(window.continue_button, Qt.MouseButton.LeftButton)
        assert opened.args[0] is vault.repository
    finally:
        vault.close()


def test_a_healthy_diary_opens_at_once(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    folder = tmp_path / "d"
    with Vault(folder, TEST_POLICY) as vault:
        vault.create(PASSPHRASE)
        vault.repository.save_entry(Entry(DAY, mood=5, text="kept"))
    vault = Vault(folder, TEST_POLICY)
    try:
        window = _window(qtbot, vault)
        with qtbot.waitSignal(window.unlocked):
            qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
        assert window.message.text() == ""
    finally:
        vault.close()
