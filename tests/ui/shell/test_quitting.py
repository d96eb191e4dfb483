"""Quitting saves, backs up in the background behind a progress window, and never freezes.

A diary of a million entries froze the window for 106 s on Ctrl+Q: the automatic backup ran on
the GUI thread. These tests put a slow backup behind ``request_quit`` and watch a timer on the
GUI thread keep ticking while it runs, the progress reach the window, and the app quit after;
a failed backup says why and quits only when the user agrees.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from conftest import PASSPHRASE
from diary.app import BackupSkipped, Hearth
from diary.backups import BackupFolder, Written
from diary.domain.models import Entry
from diary.formats import backup
from diary.settings import Settings
from diary.storage.kdf import TEST_POLICY
from diary.storage.vault import Vault
from diary.ui.shell.quitting import QuitProgress, failure_reason
from diary.ui.shell.tasks import InlinePool, Tasks
from diary.ui.start.unlock import UnlockWindow

pytestmark = pytest.mark.gui

EVENING = dt.datetime(2026, 11, 21, 21, 30)
TONIGHT = EVENING.date()
STEPS = 25
STEP_S = 0.04  # a backup of about a second: 25 steps the window must see


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "config" / "settings.json")


@pytest.fixture
def quits(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Each time Hearth asks Qt to quit (the test's event loop goes on)."""
    asked: list[bool] = []
    monkeypatch.setattr("diary.app.QApplication.quit", lambda: asked.append(True))
    return asked


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
    assert hearth.main is not None and hearth.front is hearth.main
    qtbot.addWidget(hearth.main)
    assert hearth.sealing is not None  # derived from the passphrase just typed
    return hearth


@pytest.fixture
def hearth(diary_dir: Path, settings: Settings, qtbot: QtBot) -> Iterator[Hearth]:
    app = open_hearth(diary_dir, settings, qtbot)
    yield app
    QThreadPool.globalInstance().waitForDone(10_000)
    app.quit()


class SlowBackup:
    """Stands in for ``BackupFolder.write``: STEPS steps of STEP_S each, then a small file."""

    def __init__(self, fail: Exception | None = None, steps: int = STEPS) -> None:
        self.fail = fail
        self.steps = steps
        self.running = threading.Event()
        self.threads: list[threading.Thread] = []
        self.stopped_at: int | None = None
        self.finished = False

    def __call__(
        self,
        folder: BackupFolder,
        repository: Any,
        sealing: Any,
        now: dt.datetime,
        *,
        progress: Callable[[int, int], None] | None = None,
    ) -> Written:
        self.threads.append(threading.current_thread())
        self.running.set()
        total = self.steps * 1000
        try:
            repository.records()  # reads the diary, as the real one does
            for step in range(1, self.steps + 1):
                time.sleep(STEP_S)
                if progress is not None:
                    try:
                        progress(step * 1000, total)
                    except BackupSkipped:
                        self.stopped_at = step
                        raise
            if self.fail is not None:
                raise self.fail
            folder.folder.mkdir(parents=True, exist_ok=True)
            path = folder.folder / f"hearth-{now:%Y-%m-%d-%H%M%S}.hearth-backup"
            path.write_bytes(b"a slow backup")
            self.finished = True
            return Written(path, 13, {}, None)
        finally:
            self.running.clear()


def test_the_backup_before_closing_runs_in_the_background_and_the_window_keeps_living(
    hearth: Hearth, qtbot: QtBot, quits: list[bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    slow = SlowBackup()
    monkeypatch.setattr(BackupFolder, "write", lambda folder, *a, **k: slow(folder, *a, **k))
    hearth.pool = QThreadPool.globalInstance()  # a real worker from here on
    assert hearth.main is not None
    qtbot.keyClicks(hearth.main.today.text_edit, "the last words before closing")

    ticks: list[bool] = []  # the GUI thread's event loop, while the backup runs
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(slow.running.is_set()))
    timer.start()
    shown: list[int] = []

    assert hearth.request_quit()
    window = hearth.quitting
    assert isinstance(window, QuitProgress) and window.isVisible()
    assert window.heading.text() == "Backing up before closing…"
    assert window.isModal()  # the diary waits under it
    entry = hearth.vault.repository.entry(TONIGHT)
    assert entry is not None and entry.text == "the last words before closing", "saved first"
    assert quits == [], "not before the backup is written"
    assert not hearth.lock(), "no lock (the idle timer, the tray) under a running backup"
    assert hearth.vault.unlocked
    window.bar.valueChanged.connect(shown.append)
    qtbot.waitUntil(lambda: quits == [True], timeout=20_000)
    timer.stop()

    assert slow.finished and slow.threads and slow.threads[0] is not threading.main_thread()
    assert sum(ticks) >= 15, f"the GUI thread ticked only {sum(ticks)} times during the backup"
    assert shown and shown == sorted(shown) and shown[-1] == 1000, shown  # progress, in order
    assert hearth.quitting is None
    left = [w for w in QApplication.topLevelWidgets() if isinstance(w, QuitProgress)]
    assert not [w for w in left if w.isVisible()]


def test_the_real_backup_is_written_on_quit_and_only_once(
    hearth: Hearth, qtbot: QtBot, quits: list[bool], diary_dir: Path
) -> None:
    hearth.vault.repository.save_entry(Entry(TONIGHT, mood=7, text="quit canary"))
    assert hearth.request_quit()
    assert quits == [True]
    written = BackupFolder(diary_dir / "backups").backups()
    assert len(written) == 1
    data = written[0].read_bytes()
    assert b"quit canary" not in data
    assert backup.decrypt(data, PASSPHRASE, TEST_POLICY).payload
    hearth.quit()  # Qt's aboutToQuit: nothing is written twice
    assert BackupFolder(diary_dir / "backups").backups() == written


def test_a_failed_backup_says_why_and_quits_only_when_the_user_agrees(
    hearth: Hearth, qtbot: QtBot, quits: list[bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    full = OSError(28, "No space left on device", "/media/stick/backups")
    slow = SlowBackup(fail=full, steps=2)
    monkeypatch.setattr(BackupFolder, "write", lambda folder, *a, **k: slow(folder, *a, **k))
    assert hearth.main is not None

    assert hearth.request_quit()
    window = hearth.quitting
    assert isinstance(window, QuitProgress) and window.failed
    assert window.heading.text() == "The backup before closing failed"
    assert window.why.text().startswith("No space left on device: /media/stick/backups.")
    assert "Your diary itself is saved" in window.why.text()
    assert quits == [] and hearth.vault.unlocked
    window.close()  # the window's close button keeps Hearth open, as Esc does
    assert hearth.quitting is None and quits == []
    assert hearth.idle.watching, "automatic locking counts down again"
    assert hearth.lock() and not hearth.vault.unlocked, "and locking works again"


def test_after_a_failure_keep_open_or_quit_without_a_backup(
    hearth: Hearth, qtbot: QtBot, quits: list[bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    slow = SlowBackup(fail=ValueError("the backup folder is a file"), steps=1)
    monkeypatch.setattr(BackupFolder, "write", lambda folder, *a, **k: slow(folder, *a, **k))
    assert hearth.main is not None

    hearth.request_quit()
    window = hearth.quitting
    assert isinstance(window, QuitProgress) and window.failed
    qtbot.mouseClick(window.keep_button, Qt.MouseButton.LeftButton)
    assert hearth.quitting is None and quits == [] and hearth.vault.unlocked
    assert hearth.main.isVisible()

    hearth.request_quit()  # the backup is still due: it is tried again
    window = hearth.quitting
    assert isinstance(window, QuitProgress) and window.failed
    assert len(slow.threads) == 2
    qtbot.mouseClick(window.quit_button, Qt.MouseButton.LeftButton)
    assert quits == [True]


def test_quitting_without_the_backup_while_it_runs_stops_it_and_writes_nothing(
    hearth: Hearth, qtbot: QtBot, quits: list[bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    slow = SlowBackup(steps=200)  # eight seconds, unless stopped
    monkeypatch.setattr(BackupFolder, "write", lambda folder, *a, **k: slow(folder, *a, **k))
    hearth.pool = QThreadPool.globalInstance()

    hearth.request_quit()
    window = hearth.quitting
    assert isinstance(window, QuitProgress)
    qtbot.waitUntil(lambda: window.bar.value() > 0, timeout=5000)
    qtbot.mouseClick(window.quit_button, Qt.MouseButton.LeftButton)
    assert window.why.text() == "Stopping the backup…" and not window.quit_button.isEnabled()
    qtbot.waitUntil(lambda: quits == [True], timeout=5000)
    assert slow.stopped_at is not None and slow.stopped_at < 200 and not slow.finished


def test_a_refused_save_keeps_hearth_open_and_backs_nothing_up(
    hearth: Hearth, qtbot: QtBot, quits: list[bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    from diary.storage.errors import SaveFailed

    slow = SlowBackup()
    monkeypatch.setattr(BackupFolder, "write", lambda folder, *a, **k: slow(folder, *a, **k))
    assert hearth.main is not None

    def full_disk(_entry: object) -> object:
        raise SaveFailed("Hearth could not save (the disk is full).")

    monkeypatch.setattr(hearth.vault.repository, "save_entry", full_disk)
    qtbot.keyClicks(hearth.main.today.text_edit, "do not lose me")
    assert not hearth.request_quit()
    assert quits == [] and hearth.quitting is None and not slow.threads
    assert "the window stayed open" in hearth.main.status_label.text()
    assert hearth.main.today.text_edit.toPlainText() == "do not lose me"


def test_ctrl_q_and_the_tray_quit_go_through_request_quit(
    diary_dir: Path, settings: Settings, qtbot: QtBot, quits: list[bool]
) -> None:
    hearth = open_hearth(diary_dir, settings, qtbot, tray=True)
    assert hearth.main is not None
    hearth.main.show()
    hearth.main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is hearth.main, timeout=2000)
    qtbot.keyClick(hearth.main, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert quits == [True]
    assert len(BackupFolder(diary_dir / "backups").backups()) == 1  # the backup came first
    hearth.reminder.quit_requested.emit()
    assert quits == [True, True]
    hearth.quit()


def test_closing_the_window_without_a_tray_quits_through_request_quit(
    diary_dir: Path, settings: Settings, qtbot: QtBot, quits: list[bool]
) -> None:
    hearth = open_hearth(diary_dir, settings, qtbot, tray=False)
    assert hearth.main is not None
    hearth.main.show()
    hearth.main.close()
    qtbot.waitUntil(lambda: quits == [True], timeout=2000)
    assert len(BackupFolder(diary_dir / "backups").backups()) == 1
    hearth.quit()


def test_the_backup_work_holds_no_qobject(
    hearth: Hearth, quits: list[bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker never holds a QObject: everything the work can reach through closures is plain."""
    captured: list[Callable[..., Any]] = []
    real = Tasks.start_with_progress

    def spy(self: Tasks, work: Callable[..., Any], *rest: Any) -> None:
        captured.append(work)
        real(self, work, *rest)

    monkeypatch.setattr(Tasks, "start_with_progress", spy)
    hearth.request_quit()
    assert captured and quits == [True]

    seen: set[int] = set()

    def reach(value: object) -> Iterator[object]:
        if id(value) in seen:
            return
        seen.add(id(value))
        yield value
        if isinstance(value, types.FunctionType):
            for cell in value.__closure__ or ():
                yield from reach(cell.cell_contents)
        elif isinstance(value, types.MethodType):
            yield from reach(value.__self__)

    reached = list(reach(captured[0]))
    assert len(reached) > 3  # the repository, the key, the folder, the skip flag ...
    assert not [value for value in reached if isinstance(value, QObject)]


def test_failure_reason_is_one_plain_sentence() -> None:
    assert failure_reason(OSError(13, "Permission denied", "/b")) == "Permission denied: /b."
    assert failure_reason(OSError(28, "No space left on device")) == "No space left on device."
    assert failure_reason(ValueError("Too big!")) == "Too big!"
    assert failure_reason(RuntimeError()) == "RuntimeError."


def test_a_stray_key_does_not_skip_the_backup(
    hearth: Hearth, qtbot: QtBot, quits: list[bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    slow = SlowBackup(steps=50)
    monkeypatch.setattr(BackupFolder, "write", lambda folder, *a, **k: slow(folder, *a, **k))
    hearth.pool = QThreadPool.globalInstance()
    hearth.request_quit()
    window = hearth.quitting
    assert isinstance(window, QuitProgress)
    qtbot.waitUntil(lambda: window.bar.value() > 0, timeout=5000)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Escape):
        qtbot.keyClick(QApplication.focusWidget() or window, key)  # where typing goes
    assert not window.quit_button.hasFocus()
    assert window.quit_button.isEnabled() and window.why.text() != "Stopping the backup…"
    qtbot.waitUntil(lambda: quits == [True], timeout=10_000)
    assert slow.finished  # written in full
