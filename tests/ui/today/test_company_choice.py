"""Company today on the Today page: one optional tap, by mouse or keyboard, saved with the day."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from diary.domain.company import Company
from diary.domain.models import Entry
from diary.settings import Settings
from diary.storage.repository import Repository
from diary.ui.today.company import CompanyChoice
from diary.ui.today.page import TodayPage

pytestmark = pytest.mark.gui

SATURDAY = dt.date(2026, 11, 21)
AUTOSAVE_MS = 20


@pytest.fixture
def choice(qtbot: QtBot) -> CompanyChoice:
    widget = CompanyChoice()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def checked(choice: CompanyChoice) -> list[Company]:
    return [b.company for b in choice.buttons if b.isChecked()]


def test_none_is_chosen_until_a_tap_and_a_second_tap_clears(
    qtbot: QtBot, choice: CompanyChoice
) -> None:
    more, right, _less = choice.buttons
    assert choice.value() is None and checked(choice) == []
    assert [b.text() for b in choice.buttons] == ["I wanted more", "about right", "I wanted less"]
    assert choice.label.text() == "Company today:"
    with qtbot.waitSignal(choice.changed):
        qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    assert choice.value() is Company.MORE and checked(choice) == [Company.MORE]
    with qtbot.waitSignal(choice.changed):
        qtbot.mouseClick(right, Qt.MouseButton.LeftButton)
    assert choice.value() is Company.RIGHT and checked(choice) == [Company.RIGHT]
    with qtbot.waitSignal(choice.changed):
        qtbot.mouseClick(right, Qt.MouseButton.LeftButton)
    assert choice.value() is None and checked(choice) == []


def test_the_keyboard_reaches_it_as_one_stop_and_moves_picks_and_clears(
    qtbot: QtBot, choice: CompanyChoice
) -> None:
    more, right, less = choice.buttons
    tab_stops = [b for b in choice.buttons if b.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert tab_stops == [more]  # nothing chosen: the first answer
    more.setFocus()
    qtbot.keyClick(more, Qt.Key.Key_Right)
    assert right.hasFocus()
    qtbot.keyClick(right, Qt.Key.Key_Right)
    assert less.hasFocus()
    qtbot.keyClick(less, Qt.Key.Key_Right)  # it stops at the end
    assert less.hasFocus()
    with qtbot.waitSignal(choice.changed):
        qtbot.keyClick(less, Qt.Key.Key_Space)
    assert choice.value() is Company.LESS
    qtbot.keyClick(less, Qt.Key.Key_Left)
    with qtbot.waitSignal(choice.changed):
        qtbot.keyClick(right, Qt.Key.Key_Return)
    assert choice.value() is Company.RIGHT
    with qtbot.waitSignal(choice.changed):
        qtbot.keyClick(right, Qt.Key.Key_Delete)
    assert choice.value() is None
    qtbot.keyClick(right, Qt.Key.Key_Space)
    with qtbot.waitSignal(choice.changed):
        qtbot.keyClick(right, Qt.Key.Key_Backspace)
    assert choice.value() is None


def test_the_chosen_answer_is_the_tab_stop_and_loading_says_nothing(
    qtbot: QtBot, choice: CompanyChoice
) -> None:
    with qtbot.assertNotEmitted(choice.changed):
        choice.set_value(Company.LESS)
    assert checked(choice) == [Company.LESS]
    assert [b for b in choice.buttons if b.focusPolicy() & Qt.FocusPolicy.TabFocus] == [
        choice.buttons[2]
    ]
    assert choice.label.buddy() is choice.buttons[2]
    with qtbot.assertNotEmitted(choice.changed):
        choice.clear()
    assert choice.value() is None
    with pytest.raises(TypeError):
        choice.set_value("more")  # type: ignore[arg-type]


def test_each_answer_has_a_name_for_screen_readers(choice: CompanyChoice) -> None:
    names = [b.accessibleName() for b in choice.buttons]
    assert names == [
        "Company today: I wanted more",
        "Company today: about right",
        "Company today: I wanted less",
    ]
    assert choice.toolTip().startswith("Optional")


# On the page ----------------------------------------------------------------------------------


@pytest.fixture
def page(qtbot: QtBot, repo: Repository, tmp_path: Path) -> TodayPage:
    page = TodayPage(clock=lambda: dt.datetime(2026, 11, 21, 21, 0), autosave_ms=AUTOSAVE_MS)
    qtbot.addWidget(page)
    page.attach(repo, Settings(tmp_path / "settings.json"))
    page.resize(1100, 900)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_a_tap_is_autosaved_with_the_entry_and_cleared_again(
    qtbot: QtBot, page: TodayPage, repo: Repository
) -> None:
    more = page.company_choice.buttons[0]
    with qtbot.waitSignal(page.status, timeout=3000, check_params_cb=lambda s: s == "Saved"):
        qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    stored = repo.entry(SATURDAY)
    assert stored is not None and stored.company is Company.MORE
    with qtbot.waitSignal(page.status, timeout=3000, check_params_cb=lambda s: s == "Saved"):
        qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    assert repo.entry(SATURDAY) is None  # the answer was all there was: the entry goes


def test_a_day_opens_with_its_answer_and_another_day_without(
    qtbot: QtBot, page: TodayPage, repo: Repository
) -> None:
    repo.save_entry(Entry(SATURDAY - dt.timedelta(days=1), mood=3, company=Company.LESS))
    page.go_previous_day()
    assert page.company_choice.value() is Company.LESS and not page.has_unsaved_changes()
    page.go_next_day()
    assert page.company_choice.value() is None
    page.detach()
    assert page.company_choice.value() is None


def test_tab_from_the_contact_line_reaches_it_once_then_gratitude(
    qtbot: QtBot, page: TodayPage
) -> None:
    page.activateWindow()
    page.interactions_editor.line_edit.setFocus()
    qtbot.waitUntil(lambda: page.interactions_editor.line_edit.hasFocus())
    seen = []
    for _press in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
        if seen[-1] is page.gratitude_editor.lines[0]:
            break
    answers = [w for w in seen if w in page.company_choice.buttons]
    assert answers == [page.company_choice.buttons[0]]
    assert seen[-1] is page.gratitude_editor.lines[0]


def test_read_only_disables_it(page: TodayPage) -> None:
    page.set_read_only(True)
    assert not page.company_choice.isEnabled()
