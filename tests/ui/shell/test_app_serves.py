"""The app serves ``diary`` commands while unlocked, if asked to, and shows what they wrote."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from conftest import PASSPHRASE
from diary import served
from diary.app import Hearth
from diary.cli import _serve_command
from diary.served import Answer, Request
from diary.settings import Settings
from diary.storage.kdf import TEST_POLICY
from diary.storage.vault import Vault
from diary.ui.shell.tasks import InlinePool
from diary.ui.start.unlock import UnlockWindow

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(not served.supported(), reason="no local sockets here"),
]

EVENING = dt.datetime(2026, 11, 21, 21, 30)


@pytest.fixture(autouse=True)
def runtime_dir(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="hs", dir="/tmp"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    chosen = Settings(tmp_path / "config" / "settings.json")
    chosen.set("serve_command_line", True)
    return chosen


@pytest.fixture
def hearth(diary_dir: Path, settings: Settings, qtbot: QtBot) -> Iterator[Hearth]:
    with Vault(diary_dir, TEST_POLICY) as vault:
        vault.create(PASSPHRASE)
    app = Hearth(
        diary_dir,
        settings,
        policy=TEST_POLICY,
        pool=InlinePool(),
        clock=lambda: EVENING,
        serve=_serve_command,
    )
    app.start()
    window = app.front
    assert isinstance(window, UnlockWindow)  # the app deletes it once unlocked
    window.passphrase.setText(PASSPHRASE)
    window.unlock()
    assert app.main is not None
    qtbot.addWidget(app.main)
    yield app
    app.quit()


def ask(hearth: Hearth, qtbot: QtBot, *argv: str) -> Answer | None:
    """Send a command from another thread while the GUI thread keeps answering, as in life."""
    names = {"write": "everyday:cmd_write", "list": "everyday:cmd_list"}  # as the parser says
    box: list[Answer | None] = []
    request = Request(argv=list(argv), cwd=str(hearth.vault.files.folder))

    def call() -> None:
        box.append(served.ask_app(hearth.vault.files.folder, names[argv[0]], request))

    caller = threading.Thread(target=call)
    caller.start()
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    caller.join()
    return box[0]


def test_a_command_saves_the_window_first_and_the_window_shows_what_it_wrote(
    hearth: Hearth, qtbot: QtBot
) -> None:
    assert hearth.served is not None and hearth.served.running
    today = hearth.main.today  # type: ignore[union-attr]
    qtbot.keyClicks(today.text_edit, "Typed in the window")
    answer = ask(hearth, qtbot, "write", "--date", "2026-11-21", "--mood", "8")
    assert answer is not None and answer.code == 0, answer
    entry = hearth.vault.repository.entry(dt.date(2026, 11, 21))
    assert entry is not None and (entry.mood, entry.text) == (8, "Typed in the window")
    qtbot.waitUntil(lambda: today.entry().mood == 8, timeout=5_000)
    assert today.text_edit.toPlainText() == "Typed in the window"


def test_locking_stops_serving_and_unlocking_starts_again(hearth: Hearth, qtbot: QtBot) -> None:
    path = served.socket_path(hearth.vault.files.folder)
    assert path.exists()
    assert hearth.lock()
    assert not path.exists() and hearth.served is not None and not hearth.served.running
    assert ask(hearth, qtbot, "list") is None, "a locked app answers nothing"
    window = hearth.front
    assert isinstance(window, UnlockWindow)
    window.passphrase.setText(PASSPHRASE)
    window.unlock()
    assert hearth.served.running


def test_the_settings_switch(hearth: Hearth, qtbot: QtBot, settings: Settings) -> None:
    page = hearth.settings_page
    assert page is not None and page.serve.isChecked() and page.serve.isEnabled()
    page.serve.setChecked(False)
    assert settings["serve_command_line"] is False
    assert hearth.served is not None and not hearth.served.running
    assert ask(hearth, qtbot, "list") is None
    page.serve.setChecked(True)
    answer = ask(hearth, qtbot, "list")
    assert answer is not None and answer.code == 0


def test_off_by_default(tmp_path: Path) -> None:
    assert Settings(tmp_path / "fresh.json")["serve_command_line"] is False
