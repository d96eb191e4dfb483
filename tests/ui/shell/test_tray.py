"""The evening reminder, the tray, starting minimised at login, and their settings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from conftest import PASSPHRASE
from diary.app import Hearth
from diary.cli import build_parser, main
from diary.domain.models import Entry
from diary.settings import Settings
from diary.storage.kdf import TEST_POLICY
from diary.storage.repository import Repository
from diary.storage.vault import Vault
from diary.ui.settings import words as settings_words
from diary.ui.settings.page import SettingsPage
from diary.ui.shell import words as shell_words
from diary.ui.shell.tasks import InlinePool
from diary.ui.shell.tray import (
    CHECK_MS,
    Reminder,
    autostart_entry,
    autostart_path,
    drawn_icon,
    due,
    reminder_time,
    set_autostart,
)
from diary.ui.start.unlock import UnlockWindow
from diary.ui.today.quick_contact import QuickContact

pytestmark = pytest.mark.gui

CANARY = "CANARY-REMINDER-5d1c"


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "config" / "settings.json")


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private XDG_CONFIG_HOME (and HOME), so no test touches the developer's autostart."""
    home = tmp_path / "xdg"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return home


def test_reminder_times_and_when_they_are_due() -> None:
    assert reminder_time("21:00") == dt.time(21, 0)
    assert reminder_time("") is None and reminder_time("later") is None
    at = dt.time(21, 0)
    day = dt.date(2026, 11, 21)
    assert not due(dt.datetime(2026, 11, 21, 20, 59), at, None)
    assert due(dt.datetime(2026, 11, 21, 21, 0), at, None)
    assert not due(dt.datetime(2026, 11, 21, 21, 30), at, day)  # once a day
    assert due(dt.datetime(2026, 11, 21, 23, 59), at, None)  # a little late is still fine
    assert not due(dt.datetime(2026, 11, 22, 0, 30), dt.time(21, 0), None)  # not hours after
    assert not due(dt.datetime(2026, 11, 21, 21, 0), None, None)  # off


def test_the_reminder_fires_at_the_set_time_once_a_day(settings: Settings, qtbot: QtBot) -> None:
    clock = Clock(dt.datetime(2026, 11, 21, 20, 59, 30))
    settings.set("reminder_time", "21:00")
    reminder = Reminder(settings, clock=clock, tray_available=False)
    shown: list[str] = []
    reminder.reminded.connect(shown.append)
    reminder.start()
    assert reminder.timer.isActive() and reminder.timer.interval() == CHECK_MS
    reminder.timer.timeout.emit()  # half a minute early: nothing
    assert shown == []
    clock.now = dt.datetime(2026, 11, 21, 21, 0, 10)
    reminder.timer.timeout.emit()
    assert shown == [shell_words.REMINDER_TEXT]
    clock.now = dt.datetime(2026, 11, 21, 21, 0, 40)
    reminder.timer.timeout.emit()
    assert len(shown) == 1
    clock.now = dt.datetime(2026, 11, 22, 21, 1)
    assert reminder.check()
    assert len(shown) == 2
    reminder.stop()
    assert not reminder.timer.isActive()


def test_no_reminder_when_off_or_already_written(settings: Settings, qtbot: QtBot) -> None:
    clock = Clock(dt.datetime(2026, 11, 21, 21, 0))
    reminder = Reminder(settings, clock=clock, tray_available=False)
    assert not reminder.check()  # no time set: off by default
    settings.set("reminder_time", "21:00")
    reminder.has_entry_tonight = lambda: True
    assert not reminder.check()
    reminder.has_entry_tonight = lambda: None  # locked: cannot tell, so remind
    clock.now = dt.datetime(2026, 11, 22, 21, 0)
    assert reminder.check()


def test_the_reminder_says_nothing_from_the_diary(
    diary_dir: Path, settings: Settings, qtbot: QtBot
) -> None:
    with Vault(diary_dir, TEST_POLICY) as vault:
        vault.create(PASSPHRASE)
        vault.repository.save_entry(Entry(dt.date(2026, 11, 20), mood=2, text=CANARY))
    clock = Clock(dt.datetime(2026, 11, 21, 21, 0))
    settings.set("reminder_time", "21:00")
    hearth = Hearth(
        diary_dir, settings, policy=TEST_POLICY, pool=InlinePool(), clock=clock, tray=False
    )
    window = hearth.start()
    qtbot.addWidget(window)
    shown: list[str] = []
    hearth.reminder.reminded.connect(shown.append)
    assert hearth._has_entry_tonight() is None  # locked: the diary is not read
    assert hearth.reminder.check()
    assert shown == ["A quiet moment for tonight's entry?"]
    assert CANARY not in shown[0] and "Sam" not in shown[0]
    assert shell_words.REMINDER_TITLE == "Hearth"

    assert isinstance(window, UnlockWindow)
    window.passphrase.setText(PASSPHRASE)
    window.unlock()
    assert hearth.main is not None
    qtbot.addWidget(hearth.main)
    assert hearth._has_entry_tonight() is False
    hearth.vault.repository.save_entry(Entry(dt.date(2026, 11, 21), text="written"))
    assert hearth._has_entry_tonight() is True
    clock.now = dt.datetime(2026, 11, 22, 21, 0)  # 22 November: not written yet
    assert hearth.reminder.check()
    hearth.quit()


def test_a_tray_icon_with_open_and_quit(settings: Settings, qtbot: QtBot) -> None:
    reminder = Reminder(settings, tray_available=True)
    assert isinstance(reminder.tray, QSystemTrayIcon) and reminder.menu is not None
    assert not reminder.tray.icon().isNull()
    assert not drawn_icon().isNull()  # the fallback where resources/ has no icon
    texts = [a.text() for a in reminder.menu.actions() if a.text() and a.isVisible()]
    assert texts == ["Open Hearth", "Log a contact…", "Quit Hearth"]  # no Lock while locked
    with qtbot.waitSignal(reminder.log_contact_requested):
        reminder.menu.actions()[1].trigger()
    with qtbot.waitSignal(reminder.open_requested):
        reminder.tray.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    with qtbot.waitSignal(reminder.quit_requested):
        reminder.menu.actions()[-1].trigger()
    assert not reminder.keeps_running  # nothing asks Hearth to stay after the window closes
    settings.set("reminder_time", "21:00")
    assert reminder.keeps_running
    assert not Reminder(settings, tray_available=False).keeps_running  # no tray, no staying


# Starting at login ---------------------------------------------------------------------------


def test_the_tray_offers_lock_while_unlocked_and_it_locks(
    diary_dir: Path, settings: Settings, qtbot: QtBot
) -> None:
    with Vault(diary_dir, TEST_POLICY) as vault:
        vault.create(PASSPHRASE)
    settings.set("reminder_time", "21:00")
    hearth = Hearth(diary_dir, settings, policy=TEST_POLICY, pool=InlinePool(), tray=True)
    window = hearth.start()
    qtbot.addWidget(window)
    lock = hearth.reminder.lock_action
    assert lock is not None and lock.text() == "Lock" and not lock.isVisible()
    assert isinstance(window, UnlockWindow)
    window.passphrase.setText(PASSPHRASE)
    window.unlock()
    assert hearth.main is not None and hearth.vault.unlocked
    qtbot.addWidget(hearth.main)
    assert lock.isVisible()
    qtbot.keyClicks(hearth.main.today.text_edit, "locked from the tray")
    lock.trigger()
    assert not hearth.vault.unlocked and not lock.isVisible()
    assert isinstance(hearth.front, UnlockWindow)
    qtbot.addWidget(hearth.front)
    with Vault(diary_dir, TEST_POLICY) as other:
        hearth.vault.close()
        entry = other.unlock(PASSPHRASE).entry(hearth.main.today.today())
    assert entry is not None and entry.text == "locked from the tray"  # saved before locking
    hearth.quit()


def test_the_autostart_entry_is_written_and_removed(config_home: Path) -> None:
    path = set_autostart(True, command=["/opt/hearth bin/diary", "--minimised"])
    assert path == config_home / "autostart" / "hearth.desktop"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("[Desktop Entry]\n")
    assert "Type=Application\n" in text and "Name=Hearth\n" in text
    assert "Icon=org.hearth.Hearth\n" in text  # the installed desktop entry's icon
    assert 'Exec="/opt/hearth bin/diary" --minimised\n' in text
    set_autostart(True)  # writing again replaces it (here: python -m diary --minimised)
    assert path.read_text(encoding="utf-8").count("[Desktop Entry]") == 1
    assert "--minimised" in path.read_text(encoding="utf-8")
    set_autostart(False)
    assert not path.exists()
    set_autostart(False)  # removing twice is fine


def test_the_autostart_path_honours_xdg_config_home(tmp_path: Path) -> None:
    assert autostart_path({"XDG_CONFIG_HOME": str(tmp_path)}) == (
        tmp_path / "autostart" / "hearth.desktop"
    )
    home = Path.home() / ".config" / "autostart" / "hearth.desktop"
    assert autostart_path({}) == home
    assert autostart_path({"XDG_CONFIG_HOME": "relative/path"}) == home  # not absolute: ignored
    assert "%%" in autostart_entry(["diary", "100%"])  # desktop-entry escaping


def test_diary_minimised_is_a_flag_of_the_desktop_app() -> None:
    assert build_parser().parse_args(["--minimised"]).minimised
    assert not build_parser().parse_args([]).minimised
    with pytest.raises(SystemExit) as exit_:
        main(["--minimised", "list"])
    assert exit_.value.code == 2


def test_started_minimised_shows_no_window_until_the_tray_is_clicked(
    diary_dir: Path, settings: Settings, qtbot: QtBot
) -> None:
    with Vault(diary_dir, TEST_POLICY) as vault:
        vault.create(PASSPHRASE)
    hearth = Hearth(
        diary_dir, settings, policy=TEST_POLICY, pool=InlinePool(), minimised=True, tray=True
    )
    window = hearth.start()
    qtbot.addWidget(window)
    assert isinstance(window, UnlockWindow) and not window.isVisible()
    hearth.reminder.open_requested.emit()  # the tray icon was clicked
    assert window.isVisible()
    hearth.quit()


def test_without_a_tray_minimised_is_ignored(
    diary_dir: Path, settings: Settings, qtbot: QtBot
) -> None:
    with Vault(diary_dir, TEST_POLICY) as vault:
        vault.create(PASSPHRASE)
    hearth = Hearth(
        diary_dir, settings, policy=TEST_POLICY, pool=InlinePool(), minimised=True, tray=False
    )
    window = hearth.start()
    qtbot.addWidget(window)
    assert window.isVisible()  # otherwise nobody could ever reach it
    hearth.quit()


def test_closing_the_window_locks_and_stays_in_the_tray(
    diary_dir: Path, settings: Settings, qtbot: QtBot
) -> None:
    with Vault(diary_dir, TEST_POLICY) as vault:
        vault.create(PASSPHRASE)
    settings.set("reminder_time", "21:00")
    hearth = Hearth(diary_dir, settings, policy=TEST_POLICY, pool=InlinePool(), tray=True)
    window = hearth.start()
    qtbot.addWidget(window)
    assert isinstance(window, UnlockWindow)
    window.passphrase.setText(PASSPHRASE)
    window.unlock()
    main_window = hearth.main
    assert main_window is not None and main_window.isVisible()
    qtbot.addWidget(main_window)
    main_window.close()
    qtbot.waitUntil(lambda: not hearth.vault.unlocked, timeout=2000)
    assert not main_window.isVisible()
    assert isinstance(hearth.front, UnlockWindow) and not hearth.front.isVisible()
    qtbot.addWidget(hearth.front)
    hearth.reminder.open_requested.emit()
    assert hearth.front.isVisible()  # the tray brings back the unlock window
    hearth.quit()


def test_closing_quits_when_nothing_needs_hearth_running(
    diary_dir: Path, settings: Settings, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    quits: list[bool] = []
    monkeypatch.setattr("diary.app.QApplication.quit", lambda: quits.append(True))
    with Vault(diary_dir, TEST_POLICY) as vault:
        vault.create(PASSPHRASE)
    hearth = Hearth(diary_dir, settings, policy=TEST_POLICY, pool=InlinePool(), tray=True)
    window = hearth.start()
    qtbot.addWidget(window)
    window.close()
    qtbot.waitUntil(lambda: bool(quits), timeout=2000)
    hearth.quit()


# Settings ------------------------------------------------------------------------------------


def make_settings_page(qtbot: QtBot, settings: Settings, *, tray: bool) -> SettingsPage:
    page = SettingsPage(lambda _new: None, pool=InlinePool(), tray_available=tray)
    qtbot.addWidget(page)
    page.attach(None, settings)  # type: ignore[arg-type] - the page never reads the diary
    return page


def test_settings_set_the_reminder_and_start_minimised(
    qtbot: QtBot, settings: Settings, config_home: Path, repo: Repository
) -> None:
    settings.attach_private(repo)
    page = make_settings_page(qtbot, settings, tray=True)
    assert not page.reminder_on.isChecked() and not page.reminder_at.isEnabled()
    page.reminder_on.setChecked(True)
    assert settings["reminder_time"] == "21:00" and page.reminder_at.isEnabled()
    page.reminder_at.setTime(page.reminder_at.time().addSecs(30 * 60))
    assert settings["reminder_time"] == "21:30"
    page.reminder_on.setChecked(False)
    assert settings["reminder_time"] == ""

    entry = config_home / "autostart" / "hearth.desktop"
    page.start_minimised.setChecked(True)
    assert settings["start_minimised"] is True and entry.is_file()
    assert "--minimised" in entry.read_text(encoding="utf-8")
    page.start_minimised.setChecked(False)
    assert settings["start_minimised"] is False and not entry.exists()

    page.support_text.setText("  My GP: 01234  ")
    page.support_text.editingFinished.emit()
    assert settings["support_text"] == "My GP: 01234"
    page.offer_checkins.setChecked(False)
    assert settings["offer_checkins"] is False
    assert page.on_this_day.isChecked()
    page.on_this_day.setChecked(False)
    assert settings["on_this_day"] is False

    assert "01234" not in settings.path.read_text(encoding="utf-8")  # kept encrypted
    reopened = Settings(settings.path)
    reopened.attach_private(repo)
    again = make_settings_page(qtbot, reopened, tray=True)
    assert again.support_text.text() == "My GP: 01234" and not again.offer_checkins.isChecked()
    assert not again.on_this_day.isChecked()


def test_without_a_tray_the_settings_explain_why_there_is_no_reminder(
    qtbot: QtBot, settings: Settings, config_home: Path
) -> None:
    page = make_settings_page(qtbot, settings, tray=False)
    assert not page.reminder_on.isEnabled() and not page.start_minimised.isEnabled()
    assert page.reminder_note.text() == settings_words.REMINDER_NO_TRAY
    assert "no system tray" in page.reminder_note.text()


def test_a_failed_autostart_write_is_explained_and_undone(
    qtbot: QtBot, settings: Settings, config_home: Path
) -> None:
    config_home.mkdir(parents=True)
    (config_home / "autostart").write_text("a file where the folder should be")
    page = make_settings_page(qtbot, settings, tray=True)
    page.start_minimised.setChecked(True)
    assert not page.start_minimised.isChecked() and settings["start_minimised"] is False
    assert not page.autostart_message.isHidden()
    assert page.autostart_message.text().startswith("Could not change starting at login")


def test_the_app_icon_comes_from_resources_in_a_checkout(qapp: object) -> None:
    from diary.ui.shell.tray import RESOURCE_ICONS, _resource_icon

    assert (RESOURCE_ICONS / "hearth.svg").is_file()
    assert _resource_icon() is not None


def test_without_resources_the_icon_is_drawn(tmp_path: Path, qapp: object) -> None:
    from diary.ui.shell.tray import _resource_icon, app_icon

    assert _resource_icon(tmp_path) is None
    assert not app_icon().isNull()


def test_the_tray_logs_a_contact_now_and_the_evening_shows_it(
    diary_dir: Path, settings: Settings, qtbot: QtBot
) -> None:
    with Vault(diary_dir, TEST_POLICY) as vault:
        vault.create(PASSPHRASE)
    hearth = Hearth(diary_dir, settings, policy=TEST_POLICY, pool=InlinePool(), tray=True)
    window = hearth.start()  # Hearth owns it (and deletes it once unlocked)
    hearth.reminder.log_contact_requested.emit()  # locked: the unlock window comes first
    assert window.isVisible() and hearth.main is None
    window.passphrase.setText(PASSPHRASE)
    window.unlock()
    main_window = hearth.main
    assert main_window is not None
    qtbot.addWidget(main_window)
    main_window.navigation.setCurrentRow(3)  # on Insights, far from Today
    hearth.reminder.log_contact_requested.emit()
    quick = main_window.findChild(QuickContact)
    assert quick is not None and quick.isVisible()
    evening = main_window.today.current_day()
    assert quick.day == evening
    qtbot.keyClicks(quick.editor.line_edit, "Ana, coffee, 45 min in person, deep")
    qtbot.keyClick(quick.editor.line_edit, Qt.Key.Key_Return)  # Ana is new: asked first
    quick.editor.question.yes_button.click()
    qtbot.waitUntil(lambda: not quick.isVisible(), timeout=2000)
    stored = hearth.vault.repository.interactions(evening, evening)
    assert [(i.people, i.minutes, i.depth) for i in stored] == [(("Ana",), 45, 5)]
    assert main_window.today.interactions_editor.model.rowCount() == 1  # the evening shows it
    assert main_window.status_label.text().startswith("Logged for this evening: ")
    qtbot.waitUntil(lambda: main_window.findChild(QuickContact) is None, timeout=2000)
    (shortcut,) = [  # the same from any page, by keyboard
        s for s in main_window.findChildren(QShortcut) if s.key() == QKeySequence("Ctrl+Shift+N")
    ]
    shortcut.activated.emit()
    again = main_window.findChild(QuickContact)
    assert again is not None and again.isVisible()
    assert again.editor.model.rowCount() == 1  # this evening's contacts so far
    again.reject()
    hearth.quit()
