"""Today's tags: completion after # in the text, the day's chips, tags set on the day kept."""

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from diary.domain.models import Entry
from diary.settings import Settings
from diary.storage.repository import Repository
from diary.ui.today.page import TodayPage
from diary.ui.today.tags import TagBar, TagCompleter

pytestmark = pytest.mark.gui

SATURDAY = dt.date(2026, 11, 21)
NOW = dt.datetime(2026, 11, 22, 20, 0)


@pytest.fixture
def edit(qtbot: QtBot) -> tuple[QPlainTextEdit, TagCompleter]:
    text = QPlainTextEdit()
    qtbot.addWidget(text)
    completer = TagCompleter(text)
    completer.set_known(["work", "Workout", "family"])
    text.show()
    text.setFocus()
    return text, completer


def test_typing_a_hash_offers_the_rest_of_a_known_tag(
    qtbot: QtBot, edit: tuple[QPlainTextEdit, TagCompleter]
) -> None:
    text, completer = edit
    qtbot.keyClicks(text, "Long day at #wo")
    assert text.toPlainText() == "Long day at #work"
    assert completer.offered() and text.textCursor().selectedText() == "rk"
    qtbot.keyClick(text, Qt.Key.Key_Tab)  # taken: the cursor goes after it
    assert text.toPlainText() == "Long day at #work" and not text.textCursor().hasSelection()
    assert text.textCursor().position() == len("Long day at #work")
    qtbot.keyClicks(text, " and #Fa")
    assert text.toPlainText() == "Long day at #work and #Family"
    qtbot.keyClick(text, Qt.Key.Key_Escape)  # taken away
    assert text.toPlainText() == "Long day at #work and #Fa"


def test_typing_on_replaces_the_offer_and_deleting_offers_nothing(
    qtbot: QtBot, edit: tuple[QPlainTextEdit, TagCompleter]
) -> None:
    text, completer = edit
    qtbot.keyClicks(text, "#worko")
    assert text.toPlainText() == "#workout"  # "work" is longer than typed: Workout follows
    qtbot.keyClicks(text, "x")
    assert text.toPlainText() == "#workox" and not completer.offered()
    qtbot.keyClick(text, Qt.Key.Key_Backspace)
    assert text.toPlainText() == "#worko" and not completer.offered()


@pytest.mark.parametrize("typed", ["C#wo", "see https://x.org/#wo", "#1", "word wo"])
def test_nothing_is_offered_where_no_tag_starts(
    qtbot: QtBot, edit: tuple[QPlainTextEdit, TagCompleter], typed: str
) -> None:
    text, completer = edit
    qtbot.keyClicks(text, typed)
    assert text.toPlainText() == typed and not completer.offered()


def test_enter_takes_the_offer_instead_of_a_new_line(
    qtbot: QtBot, edit: tuple[QPlainTextEdit, TagCompleter]
) -> None:
    text, _completer = edit
    qtbot.keyClicks(text, "#fam")
    qtbot.keyClick(text, Qt.Key.Key_Return)
    assert text.toPlainText() == "#family"
    qtbot.keyClick(text, Qt.Key.Key_Return)
    assert text.toPlainText() == "#family\n"


def test_the_bar_shows_every_tag_and_removes_only_set_ones(qtbot: QtBot) -> None:
    bar = TagBar()
    qtbot.addWidget(bar)
    bar.set_day(("Therapy",), "at #work")
    assert [c.text() for c in bar.chips()] == ["#Therapy ×", "#work"]
    assert "Remove" in bar.chips()[0].toolTip() and "text" in bar.chips()[1].toolTip()
    with qtbot.waitSignal(bar.edited):
        bar.chips()[0].click()
    assert bar.explicit() == () and [c.text() for c in bar.chips()] == ["#work"]
    bar.chips()[0].click()  # a tag of the text is changed in the text
    assert [c.text() for c in bar.chips()] == ["#work"]
    bar.set_text("at #work with #Sam")
    assert [c.text() for c in bar.chips()] == ["#work", "#Sam"]
    problems: list[str] = []
    bar.problem.connect(problems.append)
    qtbot.keyClicks(bar.add_line, "two words")
    qtbot.keyClick(bar.add_line, Qt.Key.Key_Return)
    assert problems and bar.explicit() == () and bar.add_line.text() == "two words"
    bar.add_line.clear()
    with qtbot.waitSignal(bar.edited):
        qtbot.keyClicks(bar.add_line, "#rest")
        qtbot.keyClick(bar.add_line, Qt.Key.Key_Return)
    assert bar.explicit() == ("rest",) and bar.add_line.text() == ""


def test_many_tags_wrap_onto_more_lines_instead_of_widening_the_card(qtbot: QtBot) -> None:
    bar = TagBar()
    qtbot.addWidget(bar)
    bar.set_day(("rest",), "")
    one_line = bar.heightForWidth(360)
    bar.set_day(tuple(f"tag{n}" for n in range(14)), "and #walk")
    assert bar.heightForWidth(360) > one_line  # wrapped onto more lines at the same width
    assert bar.minimumSizeHint().width() < 360  # never asks for the width of every chip
    bar.resize(360, bar.heightForWidth(360))
    bar.show()
    qtbot.waitExposed(bar)
    assert all(c.geometry().right() <= 360 for c in bar.chips())  # every chip in the width
    last = bar.chips()[-1].geometry()
    assert bar.add_line.geometry().top() >= last.top()  # the line to add one comes last


@pytest.fixture
def page(qtbot: QtBot, repo: Repository, tmp_path: Path) -> Callable[[], TodayPage]:
    def make() -> TodayPage:
        made = TodayPage(clock=lambda: NOW, autosave_ms=20)
        qtbot.addWidget(made)
        made.attach(repo, Settings(tmp_path / "settings.json"))
        made.resize(900, 1400)
        made.show()
        qtbot.waitExposed(made)
        return made

    return make


def test_today_completes_known_tags_shows_chips_and_keeps_set_tags(
    qtbot: QtBot, page: Callable[[], TodayPage], repo: Repository
) -> None:
    repo.save_entry(Entry(SATURDAY - dt.timedelta(days=3), text="#therapy session"))
    repo.save_entry(Entry(SATURDAY, text="Quiet", tags=("homework",)))
    today = page()
    today.show_day(SATURDAY)
    assert [c.text() for c in today.tag_bar.chips()] == ["#homework ×"]
    today.text_edit.setFocus()
    today.text_edit.moveCursor(today.text_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(today.text_edit, " #ther")
    qtbot.keyClick(today.text_edit, Qt.Key.Key_Tab)
    assert today.text_edit.toPlainText() == "Quiet #therapy"
    assert [c.text() for c in today.tag_bar.chips()] == ["#homework ×", "#therapy"]
    qtbot.waitUntil(lambda: not today.has_unsaved_changes(), timeout=3000)
    stored = repo.entry(SATURDAY)
    assert stored is not None and stored.tags == ("homework",)  # a save keeps the set tags
    assert stored.text == "Quiet #therapy"
    assert [d.day for d in repo.tagged_days(["therapy"])][-1] == SATURDAY
    today.tag_bar.chips()[0].click()
    qtbot.waitUntil(lambda: not today.has_unsaved_changes(), timeout=3000)
    stored = repo.entry(SATURDAY)
    assert stored is not None and stored.tags == ()
    today.detach()
    assert today.tag_bar.chips() == []
