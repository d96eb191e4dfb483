"""Shared fixtures: diaries in temporary folders with the explicit fast KDF test profile."""

from __future__ import annotations

import gc
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests speak Hearth's own English, whatever the machine's language: tests of other
# languages install them (``diary.i18n.install``) or set LANG for the process they start.
for _name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "en_GB.UTF-8"

from collections.abc import Iterator  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

import pytest  # noqa: E402

from diary import i18n  # noqa: E402
from diary.cli import main  # noqa: E402
from diary.storage.kdf import TEST_POLICY  # noqa: E402
from diary.storage.repository import Repository  # noqa: E402
from diary.storage.vault import Vault  # noqa: E402

if TYPE_CHECKING:
    from PySide6.QtCore import QRunnable

PASSPHRASE = "correct horse battery staple"


class Deferred:
    """A pool that keeps tasks until the test runs them: answers can arrive late."""

    def __init__(self) -> None:
        self.tasks: list[QRunnable] = []

    def start(self, task: QRunnable) -> None:
        self.tasks.append(task)

    def run_all(self) -> None:
        tasks, self.tasks = self.tasks, []
        for task in tasks:
            task.run()


@pytest.fixture(autouse=True, scope="session")
def _collect_garbage_on_the_main_thread() -> Iterator[None]:
    """As in the app (``GuiCollector``): no cyclic collection inside a worker thread.

    A worker's collection once destroyed QObjects off the GUI thread and deadlocked the suite.
    """
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_due_garbage() -> Iterator[None]:
    """After each test, on the main thread, collect what the thresholds say is due."""
    yield
    counts, thresholds = gc.get_count(), gc.get_threshold()
    if counts[0] >= thresholds[0]:
        gc.collect(2 if counts[2] >= thresholds[2] else 1 if counts[1] >= thresholds[1] else 0)


@pytest.fixture(autouse=True)
def _no_theme_left_behind() -> Iterator[None]:
    """A test that applied a theme leaves the app unstyled, so no later test depends on order.

    (A style sheet left by a theme test once turned a later test's dark palette light.)
    """
    yield
    if "PySide6.QtWidgets" not in sys.modules:
        return  # no Qt test has run in this process
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if isinstance(app, QApplication) and app.styleSheet():
        app.setStyleSheet("")
        app.setPalette(app.style().standardPalette())


@pytest.fixture(autouse=True)
def _back_to_english() -> Iterator[None]:
    """A test that speaks another language leaves English behind it."""
    yield
    if i18n.language() != i18n.SOURCE_LANGUAGE or i18n.region() != "en_GB":
        i18n.install(i18n.SOURCE_LANGUAGE)


@pytest.fixture
def passphrase() -> str:
    """The passphrase of the ``vault`` and ``cli`` diaries."""
    return PASSPHRASE


@pytest.fixture
def diary_dir(tmp_path: Path) -> Path:
    """An empty folder for one diary."""
    return tmp_path / "diary"


@pytest.fixture
def vault(diary_dir: Path) -> Iterator[Vault]:
    """A new, unlocked diary (fast test KDF), closed after the test."""
    v = Vault(diary_dir, TEST_POLICY)
    v.create(PASSPHRASE)
    yield v
    v.close()


@pytest.fixture
def repo(vault: Vault) -> Repository:
    """The repository of the ``vault`` fixture."""
    return vault.repository


@dataclass
class CliResult:
    code: int
    out: str
    err: str


class Cli:
    """Runs ``diary`` in-process with the fast test KDF and a passphrase file."""

    def __init__(self, folder: Path, capsys: pytest.CaptureFixture[str], tmp: Path) -> None:
        self.folder = folder
        self.capsys = capsys
        self.passphrase_file = tmp / "passphrase.txt"
        self.passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")

    def __call__(self, *args: str, passphrase_file: Path | None = None) -> CliResult:
        self.capsys.readouterr()
        argv = [
            "--data-dir",
            str(self.folder),
            "--passphrase-file",
            str(passphrase_file or self.passphrase_file),
            *args,
        ]
        code = main(argv, kdf_policy=TEST_POLICY)
        captured = self.capsys.readouterr()
        return CliResult(code, captured.out, captured.err)


@pytest.fixture
def cli(diary_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Cli:
    """The command line on a fresh folder (run ``cli("init")`` first to create the diary)."""
    return Cli(diary_dir, capsys, tmp_path)
