"""A refused lock: the diary stays open, the window says why, and automatic locking goes on."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from pytestqt.qtbot import QtBot

from conftest import PASSPHRASE
from diary.app import Hearth
from diary.domain.models import TEXT_MAX
from diary.settings import Settings
from diary.storage.kdf import TEST_POLICY
from diary.storage.vault import Vault
from diary.ui.shell.tasks import InlinePool
from diary.ui.start.unlock import UnlockWindow

pytestmark = pytest.mark.gui

EVENING = dt.datetime(2026, 11, 21, 21, 30)
TOO_LONG = "word " * (TEXT_MAX // 5 + 1)  # one word over the store's limit


def open_hearth(folder: Path, settings: Settings, qtbot: QtBot, *, tray: bool = False) -> Hearth:
    with Vault(folder, TEST_POLICY) as vault:
        vault.create(PASSPHRASE)
    hearth = Hearth(
        folder,
        settings,
        policy=TEST_POLICY,
        pool=InlinePool(),
        clock=lambda: EVENING,
        tray=tray,
    )
    window = hearth.start()
    assert isinstance(window, UnlockWindow)
    qtbot.addWidget(window)
    window.passphrase.setText(PASSPHRASE)
    window.unlock()
    assert hearth.main is not None and hearth.vault.unlocked
    qtbot.addWidget(hearth.main)
    return hearth


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "config" / "settings.json")


@pytest.fixture
def hearth(diary_dir: Path, settings: Settings, qtbot: QtBot) -> Hearth:
    app = open_hearth(diary_dir, settings, qtbot)
    yield app
    app.quit()


def saved_text(hearth: Hearth) -> str | None:
    """What the store holds for tonight, read with another vault once Hearth has let go."""
    hearth.vault.close()
    with Vault(hearth.vault.files.folder, TEST_POLICY) as other:
        entry = other.unlock(PASSPHRASE).entry(EVENING.date())
    return entry.text if entry is not None else None


def test_a_refused_automatic_lock_tries_again_after_the_next_idle_spell(
    hearth: Hearth, qtbot: QtBot
) -> None:
    main = hearth.main
    assert main is not None
    hearth.idle.timer.setInterval(40)  # a short idle time, really waited for
    main.today.text_edit.setPlainText(TOO_LONG)
    qtbot.waitUntil(lambda: "200,000 characters" in main.status_label.text(), timeout=3000)
    assert hearth.vault.unlocked, "nothing saved, so nothing locked"
    assert main.today.text_edit.toPlainText() == TOO_LONG, "the text stays in the editor"
    main.today.text_edit.setPlainText("shortened, then left alone")  # no key or mouse moved
    qtbot.waitUntil(lambda: not hearth.vault.unlocked, timeout=3000)
    assert isinstance(hearth.front, UnlockWindow)
    assert not hearth.idle.watching and not hearth.idle.timer.isActive()
    assert saved_text(hearth) == "shortened, then left alone"


def test_after_a_refused_lock_activity_still_restarts_the_countdown(
    hearth: Hearth, qtbot: QtBot
) -> None:
    assert hearth.main is not None
    hearth.main.today.text_edit.setPlainText(TOO_LONG)
    hearth.idle.timer.timeout.emit()
    assert hearth.vault.unlocked
    hearth.idle.timer.stop()  # as if the countdown were between two tries
    hearth.idle.eventFilter(hearth.main, QEvent(QEvent.Type.KeyPress))
    assert hearth.idle.timer.isActive(), "a key press counts down to the next try"


def lock_with_ctrl_l(hearth: Hearth, qtbot: QtBot) -> None:
    assert hearth.main is not None
    hearth.main.show()
    hearth.main.activateWindow()
    qtbot.keyClick(hearth.main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def lock_with_the_sidebar(hearth: Hearth, qtbot: QtBot) -> None:
    assert hearth.main is not None
    qtbot.mouseClick(hearth.main.sidebar.lock_button, Qt.MouseButton.LeftButton)


def lock_when_idle(hearth: Hearth, qtbot: QtBot) -> None:
    hearth.idle.timer.timeout.emit()


@pytest.mark.parametrize(
    "lock", [lock_with_ctrl_l, lock_with_the_sidebar, lock_when_idle], ids=lambda f: f.__name__
)
def test_each_way_of_locking_says_why_it_was_refused(hearth: Hearth, qtbot: QtBot, lock) -> None:
    main = hearth.main
    assert main is not None
    main.today.text_edit.setPlainText(TOO_LONG)
    main.show_page(main.journal)  # elsewhere in the window when locking
    lock(hearth, qtbot)
    assert hearth.vault.unlocked and main.isVisible() and hearth.front is main
    said = main.status_label.text()
    assert said == (
        "Hearth could not save the entry for 21 Nov, so the diary stayed unlocked: The entry's "
        "text can be at most 200,000 characters long. Nothing is lost: it is all still on "
        "screen. Shorten it, then try again."
    )
    assert main.stack.currentWidget() is main.today, "the entry that could not be saved is shown"
    assert main.today.text_edit.toPlainText() == TOO_LONG
    main.show_status("A passing notice", main.pages[2])
    main.clear_notice()
    assert main.status_label.text() == said, "the reason stays until the next save"
    main.today.text_edit.setPlainText("short now")
    assert hearth.lock()
    assert saved_text(hearth) == "short now"


def test_closing_into_the_tray_says_why_it_was_refused(
    diary_dir: Path, settings: Settings, qtbot: QtBot
) -> None:
    settings.set("reminder_time", "21:00")  # closing the window leaves Hearth, locked, in the tray
    hearth = open_hearth(diary_dir, settings, qtbot, tray=True)
    main = hearth.main
    assert main is not None and main.isVisible()
    main.today.text_edit.setPlainText(TOO_LONG)
    main.close()
    qtbot.wait(50)  # Hearth looks once the close is over
    assert main.isVisible() and hearth.vault.unlocked
    assert main.status_label.text().startswith(
        "Hearth could not save the entry for 21 Nov, so the window stayed open: The entry's text"
    )
    main.today.text_edit.setPlainText("short enough")
    main.close()
    qtbot.waitUntil(lambda: not hearth.vault.unlocked, timeout=2000)
    hearth.quit()
    assert saved_text(hearth) == "short enough"


def test_a_store_that_refuses_is_named_with_what_to_do(
    hearth: Hearth, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from diary.storage.errors import SaveFailed

    main = hearth.main
    assert main is not None

    def full_disk(_entry: object) -> object:
        raise SaveFailed("Hearth could not save (the disk is full).")

    monkeypatch.setattr(hearth.vault.repository, "save_entry", full_disk)
    main.today.text_edit.setPlainText("kept on screen")
    assert not hearth.lock()
    assert main.status_label.text() == (
        "Hearth could not save the entry for 21 Nov, so the diary stayed unlocked: Hearth could "
        "not save (the disk is full). Nothing is lost: it is all still on screen. Put that "
        "right, then try again."
    )
    assert main.today.text_edit.toPlainText() == "kept on screen"
