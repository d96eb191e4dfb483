"""Settings page (passphrase change off the GUI thread, preferences) and the People table."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from diary.settings import Settings
from diary.storage.kdf import TEST_POLICY
from diary.storage.repository import Repository
from diary.storage.vault import Vault
from diary.ui.settings.page import SettingsPage
from diary.ui.shell.tasks import InlinePool

pytestmark = pytest.mark.gui


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.json")


def test_change_passphrase_from_settings(
    vault: Vault, repo: Repository, settings: Settings, qtbot: QtBot
) -> None:
    page = SettingsPage(vault.change_passphrase, pool=InlinePool())
    qtbot.addWidget(page)
    page.attach(repo, settings)
    page.new_passphrase.setText("a brand new one")
    page.repeat_passphrase.setText("a different one")
    page.change()
    assert "differ" in page.passphrase_message.text()
    page.repeat_passphrase.setText("a brand new one")
    page.change()
    assert "changed" in page.passphrase_message.text().lower()
    assert page.new_passphrase.text() == "" and page.change_button.isEnabled()
    folder = vault.files.folder
    vault.close()
    with Vault(folder, TEST_POLICY) as again:
        again.unlock("a brand new one")


def test_preferences_are_saved_and_reloaded(
    repo: Repository, settings: Settings, qtbot: QtBot
) -> None:
    page = SettingsPage(lambda _new: None, pool=InlinePool())
    qtbot.addWidget(page)
    page.attach(repo, settings)
    with qtbot.waitSignal(page.auto_lock_changed) as changed:
        page.auto_lock.setValue(12)
    assert changed.args == [12]
    page.day_starts.setValue(3)
    with qtbot.waitSignal(page.theme_changed):
        page.theme.setCurrentIndex(2)
    reloaded = Settings(settings.path)
    assert (reloaded["auto_lock_minutes"], reloaded["day_starts_hour"], reloaded["theme"]) == (
        12,
        3,
        "dark",
    )
    page.new_passphrase.setText("typed but not used")
    page.detach()
    assert page.new_passphrase.text() == ""


def test_settings_file_refuses_bad_values(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"auto_lock_minutes": 0, "theme": "neon", "unknown": 1}', encoding="utf-8")
    settings = Settings(path)
    assert settings["auto_lock_minutes"] == 5 and settings["theme"] == "system"
    with pytest.raises(ValueError):
        settings.set("meaningful_depth", 9)
