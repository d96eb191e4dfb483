"""The whole app wired together: unlock, write, lock clears every view, unlock, find it again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from conftest import PASSPHRASE
from diary.app import Hearth, IdleWatcher
from diary.settings import Settings
from diary.storage.kdf import TEST_POLICY
from diary.storage.vault import Vault
from diary.ui.shell.tasks import InlinePool
from diary.ui.start.first_run import FirstRunWizard
from diary.ui.start.unlock import UnlockWindow

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
    repo = app.vault.repository
    assert repo.counts()["entries"] > 250
    tonight = EVENING.date()
    assert repo.entry(tonight) is None, "tonight is left for the newcomer to write"
    assert [i for i in repo.interactions(tonight, tonight)] == []
    assert repo.entry(tonight - dt.timedelta(days=1)) is not None  # yesterday is written
    assert app.main is not None and app.main.today.text_edit.toPlainText() == ""
    app.quit()


def test_idle_watcher_follows_the_setting_and_ignores_activity_while_locked(
    qtbot: QtBot,
) -> None:
    fired: list[bool] = []
    watcher = IdleWatcher(5, lambda: fired.append(True))
    assert watcher.timer.interval() == 5 * 60_000
    watcher.eventFilter(watcher, QEvent(QEvent.Type.KeyPress))
    assert not watcher.timer.isActive(), "activity never starts the countdown while locked"
    watcher.set_minutes(3)
    assert not watcher.timer.isActive(), "nor does a new idle time"
    watcher.start()
    watcher.set_minutes(1)
    assert watcher.timer.interval() == 60_000 and watcher.timer.isActive()
    watcher.timer.setInterval(10)
    qtbot.waitUntil(lambda: bool(fired), timeout=1000)
    watcher.stop()
    watcher.eventFilter(watcher, QEvent(QEvent.Type.KeyPress))
    assert not watcher.timer.isActive(), "stopped: activity starts nothing"


# A second launch ------------------------------------------------------------------------------


def test_a_second_copy_brings_the_first_forward(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QWidget

    from diary.app import SingleInstance

    first = SingleInstance(tmp_path / "diary")
    first.listen()
    window = QWidget()
    qtbot.addWidget(window)
    first.front = lambda: window
    assert not window.isVisible()

    assert SingleInstance(tmp_path / "elsewhere").forward_to_running() is False
    assert SingleInstance(tmp_path / "diary").forward_to_running() is True
    qtbot.waitUntil(window.isVisible, timeout=5000)
    assert first.server is not None
    first.server.close()


@pytest.mark.slow
def test_a_second_launch_of_diary_says_the_first_was_brought_forward(
    qtbot: QtBot, tmp_path: Path
) -> None:
    import os
    import subprocess
    import sys

    from PySide6.QtWidgets import QWidget

    from diary import messages
    from diary.app import SingleInstance

    folder = tmp_path / "diary"
    first = SingleInstance(folder)
    first.listen()
    window = QWidget()
    qtbot.addWidget(window)
    first.front = lambda: window
    env = dict(os.environ, HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    env["QT_QPA_PLATFORM"] = "offscreen"
    second = subprocess.Popen(
        [sys.executable, "-m", "diary", "--data-dir", str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    try:
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=30_000)
    finally:
        if second.poll() is None:
            second.kill()
        out, err = second.communicate()
    assert second.returncode == 0, err
    assert messages.ALREADY_RUNNING in out
    qtbot.waitUntil(window.isVisible, timeout=5000)
    assert not (tmp_path / "config").exists()  # it left before reading any settings
    assert first.server is not None
    first.server.close()


# Keyboard and screen readers across the whole window -------------------------------------------


def focus_chain(start: QWidget) -> list[QWidget]:
    """Widgets in the order Tab visits them, from ``start`` until the chain comes back."""
    chain, widget = [start], start.nextInFocusChain()
    while widget is not start and len(chain) < 500:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


@pytest.mark.parametrize("index", range(5))
def test_every_page_is_reachable_by_tab_and_named(hearth: Hearth, index: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox

    main = hearth.main
    assert main is not None
    main.show()
    page = main.pages[index]
    main.show_page(page)
    tabbable = [
        w
        for w in focus_chain(main.navigation)
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    assert tabbable[0] is main.navigation  # the chain starts at the page list
    on_page = [w for w in page.findChildren(QWidget) if w in tabbable]
    assert on_page, f"nothing on {page.title} can be reached with Tab"
    expected = [
        w
        for w in page.findChildren(QWidget)
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    assert set(expected) <= set(tabbable)
    for widget in tabbable:
        owner = widget.parentWidget()
        if isinstance(owner, QAbstractSpinBox | QComboBox):
            widget = owner  # the editor inside a spin box or combo box speaks for it
        named = widget.accessibleName() or (
            isinstance(widget, QAbstractButton) and widget.text().replace("&", "")
        )
        assert named, f"{type(widget).__name__} on {page.title} has no accessible name"


# Backups and private settings ------------------------------------------------------------------


def test_quit_makes_the_automatic_backup_once_a_day(hearth: Hearth, diary_dir: Path) -> None:
    from diary.domain.models import Entry
    from diary.formats import backup

    assert hearth.sealing is not None  # derived from the passphrase just typed
    assert hearth.main is not None
    hearth.vault.repository.save_entry(Entry(dt.date(2026, 11, 21), mood=7, text="quit canary"))
    first = hearth.back_up_if_due()
    assert first is not None and first.parent == diary_dir / "backups"
    data = first.read_bytes()
    assert b"quit canary" not in data
    assert backup.decrypt(data, PASSPHRASE, TEST_POLICY).payload
    assert hearth.back_up_if_due() is None  # at most daily
    hearth.settings.set("auto_backup", False)
    assert hearth.back_up_if_due() is None


def test_lock_drops_the_backup_key_and_the_private_settings(hearth: Hearth) -> None:
    hearth.settings.set("support_text", "my helpline")
    hearth.settings.set("auto_lock_minutes", 7)  # writes the settings file
    assert hearth.settings["support_text"] == "my helpline"
    assert "helpline" not in hearth.settings.path.read_text(encoding="utf-8")
    hearth.lock()
    assert hearth.sealing is None and hearth.settings["support_text"] == ""
    with pytest.raises(ValueError, match="Unlock"):
        hearth.settings.set("support_text", "while locked")


def test_locking_clears_what_hearth_put_on_the_clipboard(hearth: Hearth, qtbot: QtBot) -> None:
    from PySide6.QtGui import QGuiApplication

    assert hearth.main is not None
    hearth.main.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.applicationState().name == "ApplicationActive")
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("a paragraph copied from tonight's entry")

    assert hearth.lock()
    assert clipboard.text() == ""


def test_replacing_the_diary_with_a_backup_reopens_it(hearth: Hearth, diary_dir: Path) -> None:
    from diary.domain.models import Entry, Records

    assert hearth.main is not None
    hearth.vault.repository.save_entry(Entry(dt.date(2026, 1, 1), mood=3, text="before"))
    backup_records = Records(entries=(Entry(dt.date(2026, 2, 2), mood=8, text="restored"),))
    hearth.replace_diary(backup_records, PASSPHRASE)
    repo = hearth.vault.repository
    assert repo.entry(dt.date(2026, 2, 2)) is not None and repo.entry(dt.date(2026, 1, 1)) is None
    assert hearth.front is hearth.main and hearth.sealing is not None
    assert "kept beside it" in hearth.main.status_label.text()
    kept = [p for p in diary_dir.iterdir() if p.name.startswith("before-restore-")]
    assert len(kept) == 1 and (kept[0] / "diary.keys").exists()


def test_a_replacing_restore_takes_on_the_backups_identity(hearth: Hearth) -> None:
    import uuid

    from diary.domain.models import Entry, Records
    from diary.storage.restore import Origin

    assert hearth.main is not None
    theirs = Origin(uuid.uuid4(), dt.datetime(2026, 3, 4, 5, 6, 7, tzinfo=dt.UTC))
    records = Records(entries=(Entry(dt.date(2026, 3, 3), mood=6, text="from the backup"),))
    hearth.replace_diary(records, PASSPHRASE, theirs)
    state = hearth.vault.repository.state()
    assert state.diary_id == theirs.diary_id and state.changed_at == theirs.changed_at


def test_a_replacing_restore_takes_the_backups_photos_then_says_it_is_over(
    hearth: Hearth, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from photo_files import picture

    from diary.backups import export_to, open_backup
    from diary.formats import backup
    from diary.formats.photos import prepare_photo
    from diary.storage.restore import Origin

    assert hearth.main is not None
    day = dt.date(2026, 9, 1)
    repo = hearth.vault.repository
    repo.add_photo(prepare_photo(day, picture("PNG", (6, 4)), "garden.png"))
    target = tmp_path / "mine.hearth-backup"
    export_to(repo, target, backup.seal_key(PASSPHRASE, TEST_POLICY.floor, TEST_POLICY))
    repo.delete_photo(repo.photos(day)[0].uid)
    over: list[bool] = []
    with open_backup(target, PASSPHRASE, TEST_POLICY) as opened:
        dump = opened.dump
        origin = Origin(dump.diary_id, dump.changed_at)
        hearth.replace_diary(
            dump.records,
            PASSPHRASE,
            origin,
            opened.restored_photos(),
            finished=lambda: over.append(True),
        )
        assert over == [True]  # the restore is over: the file may be closed
    assert [p.name for p in hearth.vault.repository.photos(day)] == ["garden.png"]
    with monkeypatch.context() as patch:  # undone before the window closes
        patch.setattr(type(hearth.main), "save_all", lambda _self: False)  # an edit failed
        hearth.replace_diary(dump.records, PASSPHRASE, finished=lambda: over.append(False))
    assert over == [True, False]  # nothing was replaced, and that is over too
    assert [p.name for p in hearth.vault.repository.photos(day)] == ["garden.png"]


def test_unlocking_reminds_gently_when_the_last_backup_is_old(
    hearth: Hearth, diary_dir: Path, qtbot: QtBot
) -> None:
    import os

    assert hearth.main is not None and hearth.lock()
    folder = diary_dir / "backups"
    folder.mkdir()
    old = folder / "hearth-2026-11-12-210000.hearth-backup"
    old.write_bytes(b"an old backup")
    stamp = (EVENING - dt.timedelta(days=9)).timestamp()
    os.utime(old, (stamp, stamp))
    unlock(hearth, qtbot)
    assert "9 days ago" in hearth.main.status_label.text()
    stamp = (EVENING - dt.timedelta(days=2)).timestamp()
    os.utime(old, (stamp, stamp))
    assert hearth.lock()
    unlock(hearth, qtbot)
    assert "days ago" not in hearth.main.status_label.text()


def test_with_the_clock_set_back_the_reminder_speaks_and_quitting_backs_up(
    hearth: Hearth, diary_dir: Path, qtbot: QtBot
) -> None:
    import os

    assert hearth.main is not None and hearth.lock()
    folder = diary_dir / "backups"
    folder.mkdir()
    ahead = folder / "hearth-2027-11-20-213000.hearth-backup"  # written a year "later"
    ahead.write_bytes(b"a backup from the future")
    stamp = (EVENING + dt.timedelta(days=364)).timestamp()
    os.utime(ahead, (stamp, stamp))
    unlock(hearth, qtbot)
    said = hearth.main.status_label.text()
    assert "later than the computer's clock says it is now" in said, said
    written = hearth.back_up_if_due()
    assert written is not None and written.exists(), "quitting makes the automatic backup"
    assert hearth.back_up_if_due() is None, "and then at most once a day again"
    assert hearth.lock()
    unlock(hearth, qtbot)
    assert "clock" not in hearth.main.status_label.text()


def test_ctrl_q_quits_through_the_application(hearth: Hearth, qtbot: QtBot, monkeypatch) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    assert hearth.main is not None
    hearth.main.show()
    hearth.main.activateWindow()
    qtbot.keyClick(hearth.main, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert quits == [True]


# Settings: the passphrase ----------------------------------------------------------------------


def test_changing_the_passphrase_in_the_app_checks_the_current_one(
    hearth: Hearth, diary_dir: Path
) -> None:
    page = hearth.settings_page
    assert page is not None and not page.current_passphrase.isHidden()
    keys = (diary_dir / "diary.keys").read_bytes()
    page.current_passphrase.setText("a guess")
    page.new_passphrase.setText("a new lantern")
    page.repeat_passphrase.setText("a new lantern")
    page.change()
    assert "not your current passphrase" in page.passphrase_message.text()
    assert (diary_dir / "diary.keys").read_bytes() == keys
    page.current_passphrase.setText(PASSPHRASE)
    page.change()
    assert (diary_dir / "diary.keys").read_bytes() != keys
    hearth.vault.check_passphrase("a new lantern")


def test_after_a_recovery_code_unlock_settings_asks_only_for_a_new_passphrase(
    diary_dir: Path, settings: Settings, qtbot: QtBot
) -> None:
    with Vault(diary_dir, TEST_POLICY) as vault:
        vault.create(PASSPHRASE)
        code = vault.set_recovery_code()
    app = make_hearth(diary_dir, settings)
    window = app.start()
    assert isinstance(window, UnlockWindow)
    qtbot.addWidget(window)
    window.set_recovery_mode(True)
    window.passphrase.setText(code)
    window.unlock()
    window.continue_button.click()
    assert app.main is not None and app.settings_page is not None
    qtbot.addWidget(app.main)
    assert app.main.stack.currentWidget() is app.settings_page
    assert app.settings_page.current_passphrase.isHidden()
    app.quit()


def test_the_pages_preloaded_during_unlock_are_the_ones_the_main_window_needs() -> None:
    """A renamed page module would silently stop being preloaded: every name must import."""
    import importlib.util
    import inspect

    from diary import app

    for name in app._MAIN_WINDOW_MODULES:
        assert importlib.util.find_spec(name) is not None, name
    built_from = inspect.getsource(app.Hearth._build_main)
    assert all(f"from {name} import" in built_from for name in app._MAIN_WINDOW_MODULES)
