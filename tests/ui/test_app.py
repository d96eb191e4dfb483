"""The whole app wired together: unlock, write, lock clears every view, unlock, find it again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from conftest import PASSPHRASE
from diary.app import Hearth, IdleWatcher
from diary.settings import Settings
from diary.storage.kdf import TEST_POLICY
from diary.storage.vault import Vault
from diary.ui.first_run import FirstRunWizard
from diary.ui.tasks import InlinePool
from diary.ui.unlock import UnlockWindow

pytestmark = pytest.mark.gui

EVENING = dt.datetime(2026, 11, 21, 21, 30)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "config" / "settings.json")


def make_hearth(folder: Path, settings: Settings, *, demo: bool = False) -> Hearth:
    return Hearth(
        folder, settings, demo=demo, policy=TEST_POLICY, pool=InlinePool(), clock=lambda: EVENING
    )


def unlock(hearth: Hearth, qtbot: QtBot, passphrase: str = PASSPHRASE) -> None:
    window = hearth.front
    assert isinstance(window, UnlockWindow)
    qtbot.addWidget(window)
    window.passphrase.setText(passphrase)
    window.unlock()
    assert hearth.main is not None and hearth.front is hearth.main
    qtbot.addWidget(hearth.main)


@pytest.fixture
def hearth(diary_dir: Path, settings: Settings, qtbot: QtBot) -> Hearth:
    with Vault(diary_dir, TEST_POLICY) as vault:
        vault.create(PASSPHRASE)
    app = make_hearth(diary_dir, settings)
    app.start()
    unlock(app, qtbot)
    yield app
    app.quit()


def test_write_lock_unlock_and_find_again(hearth: Hearth, qtbot: QtBot) -> None:
    main = hearth.main
    assert main is not None
    today = main.today
    assert today.current_day() == dt.date(2026, 11, 21)
    qtbot.keyClicks(today.text_edit, "Tea with Ana by the harbour")
    assert hearth.lock(), "locking saves first, then locks"
    assert not hearth.vault.unlocked
    assert isinstance(hearth.front, UnlockWindow)
    assert today.text_edit.toPlainText() == "", "every view is cleared"
    assert main.status_label.text() == "Locked"
    assert main.journal.results_model.rowCount() == 0
    assert main.journal.day_model.rowCount() == 0
    assert main.pages[2].model.rowCount() == 0  # People
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # as the event loop would

    unlock(hearth, qtbot)
    assert hearth.main is main, "locking hides the main window, it never deletes it"
    assert today.text_edit.toPlainText() == "Tea with Ana by the harbour"
    repo = hearth.vault.repository
    assert [hit.day for hit in repo.search("harbour")] == [dt.date(2026, 11, 21)]


def test_idle_lock_saves_and_locks(hearth: Hearth, qtbot: QtBot) -> None:
    assert hearth.main is not None
    qtbot.keyClicks(hearth.main.today.text_edit, "written just before the break")
    hearth.idle.timer.timeout.emit()
    assert not hearth.vault.unlocked
    with Vault(hearth.vault.files.folder, TEST_POLICY) as other:
        hearth.vault.close()  # let the check below take the lock
        entry = other.unlock(PASSPHRASE).entry(dt.date(2026, 11, 21))
    assert entry is not None and entry.text == "written just before the break"


def test_a_failed_save_keeps_the_diary_open(
    hearth: Hearth, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from diary.storage.errors import SaveFailed

    assert hearth.main is not None
    repo = hearth.vault.repository

    def full_disk(_entry: object) -> object:
        raise SaveFailed("Hearth could not save (the disk is full).")

    monkeypatch.setattr(repo, "save_entry", full_disk)
    qtbot.keyClicks(hearth.main.today.text_edit, "do not lose me")
    assert not hearth.lock()
    assert hearth.vault.unlocked
    assert hearth.main.today.text_edit.toPlainText() == "do not lose me"


def test_canary_typed_in_the_app_is_nowhere_on_disk(
    hearth: Hearth, qtbot: QtBot, settings: Settings, tmp_path: Path
) -> None:
    canary = "CANARY-GUI-7f3e9a"
    assert hearth.main is not None
    qtbot.keyClicks(hearth.main.today.text_edit, f"secret {canary} words")
    hearth.main.remember_geometry()
    assert hearth.lock()
    hearth.vault.close()
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name == "diary.db" for p in files) and settings.path in files
    for path in files:
        data = path.read_bytes()
        for needle in (canary.encode(), canary.encode("utf-16-le"), canary.lower().encode()):
            assert needle not in data, path


def test_first_run_when_there_is_no_diary(
    diary_dir: Path, settings: Settings, qtbot: QtBot
) -> None:
    app = make_hearth(diary_dir, settings)
    window = app.start()
    qtbot.addWidget(window)
    assert isinstance(window, FirstRunWizard)
    app.quit()


def test_demo_is_prepared_then_unlocked_with_its_passphrase(
    diary_dir: Path, settings: Settings, qtbot: QtBot
) -> None:
    app = make_hearth(diary_dir, settings, demo=True)
    window = app.start()
    assert isinstance(window, UnlockWindow) and not window.busy
    assert "demo" in window.hint.text()
    unlock(app, qtbot, "demo")
    assert app.vault.repository.counts()["entries"] > 250
    app.quit()


def test_idle_watcher_follows_the_setting_and_ignores_activity_while_locked(
    qtbot: QtBot,
) -> None:
    fired: list[bool] = []
    watcher = IdleWatcher(5, lambda: fired.append(True))
    assert watcher.timer.interval() == 5 * 60_000
    watcher.eventFilter(watcher, QEvent(QEvent.Type.KeyPress))
    assert not watcher.timer.isActive(), "activity never starts the countdown while locked"
    watcher.timer.start()
    watcher.set_minutes(1)
    assert watcher.timer.interval() == 60_000 and watcher.timer.isActive()
    watcher.timer.setInterval(10)
    qtbot.waitUntil(lambda: bool(fired), timeout=1000)
