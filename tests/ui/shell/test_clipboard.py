"""What Hearth puts on the clipboard is cleared after its time and on lock; the user's is not."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from diary.ui.shell.clipboard import CLEAR_AFTER_MS, ClipboardGuard

pytestmark = pytest.mark.gui


class Front:
    """Whether Hearth is the application in front (the platform's answer, played by the test)."""

    def __init__(self) -> None:
        self.hearth = True

    def __call__(self) -> bool:
        return self.hearth


@pytest.fixture
def front() -> Front:
    return Front()


@pytest.fixture
def guard(front: Front) -> Iterator[ClipboardGuard]:
    made = ClipboardGuard(clear_after_ms=50, hearth_in_front=front)
    yield made
    made.deleteLater()  # gone before the next test, so it cannot clear that test's clipboard
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QGuiApplication.clipboard().clear()


def test_the_default_is_thirty_seconds() -> None:
    assert CLEAR_AFTER_MS == 30_000


def test_what_hearth_copied_is_cleared_when_its_time_is_up(
    qtbot: QtBot, guard: ClipboardGuard
) -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("ABCD-EFGH-JKLM")
    assert guard.holds()

    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)
    assert not guard.holds()


def test_on_lock_it_is_cleared_at_once(guard: ClipboardGuard) -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("a paragraph of the diary")

    guard.clear_ours()

    assert clipboard.text() == ""


def test_what_the_user_copied_since_is_left_alone(front: Front, guard: ClipboardGuard) -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("the recovery code")
    front.hearth = False  # the user goes to another program and copies there
    clipboard.setText("their own shopping list")

    assert not guard.holds()
    guard.clear_ours()
    QApplication.processEvents()
    assert clipboard.text() == "their own shopping list"


def test_a_copy_made_while_hearth_is_in_the_background_is_not_hearths(
    qtbot: QtBot, front: Front, guard: ClipboardGuard
) -> None:
    clipboard = QGuiApplication.clipboard()
    front.hearth = False
    clipboard.setText("another program's text")

    qtbot.wait(150)  # past the time Hearth's own copy would have been cleared
    guard.clear_ours()
    assert clipboard.text() == "another program's text"
