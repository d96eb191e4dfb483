"""Settings page (passphrase change off the GUI thread, preferences) and the People table."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from conftest import PASSPHRASE
from diary.settings import Settings
from diary.storage.errors import WrongPassphrase
from diary.storage.kdf import TEST_POLICY
from diary.storage.repository import Repository
from diary.storage.vault import Vault
from diary.ui.settings.page import SettingsPage
from diary.ui.shell.tasks import InlinePool

pytestmark = pytest.mark.gui


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.json")


def change(vault: Vault) -> Callable[[str | None, str], None]:
    """What the app gives the page: check the current passphrase, then change it."""
    return lambda current, new: vault.change_passphrase(new, current=current)


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_a_wrong_current_passphrase_is_refused_and_nothing_changes(
    vault: Vault, repo: Repository, settings: Settings, qtbot: QtBot
) -> None:
    page = SettingsPage(change(vault), pool=InlinePool())
    qtbot.addWidget(page)
    page.attach(repo, settings)
    keys = vault.files.keys.read_bytes()
    page.new_passphrase.setText("a brand new one")
    page.repeat_passphrase.setText("a brand new one")
    page.change()  # the current one is not typed
    assert "current passphrase first" in page.passphrase_message.text()
    page.current_passphrase.setText("not my passphrase")
    page.change()
    assert "not your current passphrase" in page.passphrase_message.text()
    assert "nothing was changed" in page.passphrase_message.text()
    assert page.current_passphrase.selectedText() == "not my passphrase"
    assert page.change_button.isEnabled()
    assert vault.files.keys.read_bytes() == keys  # the key file was not touched
    folder = vault.files.folder
    vault.close()
    with Vault(folder, TEST_POLICY) as again:
        again.unlock(PASSPHRASE)  # the old passphrase still opens it
        with pytest.raises(WrongPassphrase):
            again.check_passphrase("a brand new one")


def test_after_a_recovery_code_unlock_the_current_passphrase_is_not_asked(
    vault: Vault, repo: Repository, settings: Settings, qtbot: QtBot
) -> None:
    page = SettingsPage(change(vault), pool=InlinePool())
    qtbot.addWidget(page)
    page.attach(repo, settings)
    page.set_recovered(True)
    assert page.current_passphrase.isHidden()
    page.new_passphrase.setText("a brand new one")
    page.repeat_passphrase.setText("a brand new one")
    page.change()
    assert "changed" in page.passphrase_message.text().lower()
    vault.check_passphrase("a brand new one")
    assert not page.current_passphrase.isHidden()  # from now on it is asked again


def test_settings_opens_with_the_cursor_on_a_preference(
    repo: Repository, settings: Settings, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QApplication, QLineEdit, QStackedWidget

    stack = QStackedWidget()
    elsewhere = QLineEdit()
    page = SettingsPage(lambda current, new: None, pool=InlinePool())
    stack.addWidget(elsewhere)
    stack.addWidget(page)
    qtbot.addWidget(stack)
    page.attach(repo, settings)
    stack.show()
    stack.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    elsewhere.setFocus()
    stack.setCurrentWidget(page)  # as switching pages does: focus moves into the page
    focused = QApplication.focusWidget()
    assert focused not in (page.current_passphrase, page.new_passphrase, page.repeat_passphrase)
    assert focused is page.auto_lock or page.auto_lock.isAncestorOf(focused)


def test_change_passphrase_from_settings(
    vault: Vault, repo: Repository, settings: Settings, qtbot: QtBot
) -> None:
    page = SettingsPage(change(vault), pool=InlinePool())
    qtbot.addWidget(page)
    page.attach(repo, settings)
    page.current_passphrase.setText(PASSPHRASE)
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
