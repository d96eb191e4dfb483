"""The Journal page: the month's days, search with highlighted matches, opening days, locking."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QModelIndex, QRunnable, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication
from pytestqt.qtbot import QtBot

from diary.domain.models import Entry, Interaction, Mode
from diary.settings import Settings
from diary.storage.repository import Repository
from diary.ui.journal.month_calendar import DaySummary
from diary.ui.journal.page import (
    DateRole,
    HtmlRole,
    JournalPage,
    first_words,
    marked_html,
)
from diary.ui.shell.tasks import InlinePool

pytestmark = pytest.mark.gui

NOW = dt.datetime(2026, 11, 21, 20, 30)
FRIDAY = dt.date(2026, 11, 20)


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def filled(repo: Repository) -> Repository:
    repo.save_entry(Entry(dt.date(2026, 10, 15), mood=5, text="The river was high after rain."))
    repo.save_entry(Entry(dt.date(2026, 11, 3), mood=4, feelings=("tired",), text="Long day."))
    repo.add_interaction(Interaction(dt.date(2026, 11, 12), Mode.CALL, 20, people=("Ana",)))
    repo.save_entry(
        Entry(
            FRIDAY,
            mood=7,
            feelings=("calm", "grateful"),
            text="Walked by the river with Sam. " + "We talked about everything. " * 10,
        )
    )
    repo.add_interaction(Interaction(FRIDAY, Mode.IN_PERSON, 45, people=("Sam",)))
    return repo


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.json")


def make_page(qtbot: QtBot, pool: Any = None, delay: int = 0) -> JournalPage:
    page = JournalPage(pool=pool or InlinePool(), search_delay_ms=delay, clock=lambda: NOW)
    qtbot.addWidget(page)
    return page


@pytest.fixture
def page(qtbot: QtBot, filled: Repository, settings: Settings) -> JournalPage:
    page = make_page(qtbot)
    page.attach(filled, settings)
    return page


def listed_dates(page: JournalPage) -> list[dt.date]:
    model = page.day_model
    return [model.index(row).data(DateRole) for row in range(model.rowCount())]


def double_click(qtbot: QtBot, view: QAbstractItemView, index: QModelIndex) -> None:
    """A real double-click (press, release, press, release) through the window."""
    window = view.window()
    pos = view.viewport().mapTo(window, view.visualRect(index).center())
    qtbot.mouseDClick(window.windowHandle(), Qt.MouseButton.LeftButton, pos=pos)


def search(page: JournalPage, qtbot: QtBot, text: str) -> None:
    page.search_field.clear()
    qtbot.keyClicks(page.search_field, text)
    qtbot.waitUntil(lambda: not page.search_timer.isActive(), timeout=2000)


def test_attach_shows_the_month_of_today(page: JournalPage) -> None:
    assert page.title == "Journal"
    assert page.calendar.month() == (2026, 11)
    assert page.calendar.selected_date() == dt.date(2026, 11, 21)
    assert listed_dates(page) == [dt.date(2026, 11, 3), dt.date(2026, 11, 12), FRIDAY]
    assert page.calendar.day_summary(FRIDAY) == DaySummary(mood=7, contacts=1, has_entry=True)
    assert page.calendar.day_summary(dt.date(2026, 11, 12)) == DaySummary(None, 1, False)
    assert page.list_label.text() == "3 logged days in November 2026"

    friday = page.day_model.index(2).data(Qt.ItemDataRole.DisplayRole)
    assert friday.splitlines()[:2] == ["Friday 20 November · mood 7", "calm, grateful · 1 contact"]
    assert friday.splitlines()[2].startswith("Walked by the river with Sam.")
    assert friday.endswith("…"), "only the first words of a long text are shown"
    call_only = page.day_model.index(1).data(Qt.ItemDataRole.DisplayRole)
    assert call_only == "Thursday 12 November · no mood\n1 contact"


def test_the_evening_lasts_until_the_configured_hour(
    qtbot: QtBot, filled: Repository, settings: Settings
) -> None:
    page = JournalPage(pool=InlinePool(), clock=lambda: dt.datetime(2026, 12, 1, 2, 0))
    qtbot.addWidget(page)
    page.attach(filled, settings)  # day_starts_hour is 4 by default: still 30 November
    assert page.calendar.today() == dt.date(2026, 11, 30)
    assert page.calendar.month() == (2026, 11)
    assert len(listed_dates(page)) == 3


def test_changing_month_reloads_the_days(page: JournalPage) -> None:
    page.calendar.previous_button.click()
    assert listed_dates(page) == [dt.date(2026, 10, 15)]
    assert page.list_label.text() == "1 logged day in October 2026"
    page.calendar.step_months(-1)
    assert listed_dates(page) == []
    assert page.list_label.text() == "Nothing logged in September 2026."


def test_refresh_picks_up_new_entries(page: JournalPage, filled: Repository) -> None:
    filled.save_entry(Entry(dt.date(2026, 11, 21), mood=8, text="Dinner with friends."))
    assert len(listed_dates(page)) == 3
    page.refresh()
    assert listed_dates(page)[-1] == dt.date(2026, 11, 21)
    assert page.calendar.day_summary(dt.date(2026, 11, 21)) == DaySummary(8, 0, True)


def test_models_pass_the_model_tester(page: JournalPage, qtbot: QtBot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(page.day_model)
    search(page, qtbot, "river")
    assert page.results_model.rowCount() == 2
    qtmodeltester.check(page.results_model)


def test_search_lists_matching_days_with_the_match_highlighted(
    page: JournalPage, qtbot: QtBot
) -> None:
    search(page, qtbot, "river")
    assert page.stack.currentWidget() is page._results_panel
    model = page.results_model
    dates = [model.index(row).data(DateRole) for row in range(model.rowCount())]
    assert dates == [FRIDAY, dt.date(2026, 10, 15)], "newest first, over the whole diary"
    html = model.index(0).data(HtmlRole)
    assert html.startswith("Friday 20 November 2026<br>")
    assert '<span class="match">river</span>' in html
    assert (
        model.index(0)
        .data(Qt.ItemDataRole.AccessibleTextRole)
        .startswith("Friday 20 November 2026: ")
    )
    assert page.results_label.text() == "2 days mention “river”"

    page.results_list.resize(400, 300)
    page.results_list.show()
    qtbot.waitExposed(page.results_list)
    page.results_list.viewport().grab()  # the rich-text delegate paints without error
    assert page.results_list.sizeHintForRow(0) > page.results_list.fontMetrics().height()


def test_no_match_says_so(page: JournalPage, qtbot: QtBot) -> None:
    search(page, qtbot, "zebra")
    assert page.results_model.rowCount() == 0
    assert page.results_label.text() == "No day mentions “zebra”."


def test_marked_html_escapes_text_and_marks_spans() -> None:
    text = "a <b>river</b> & co"
    start = text.index("river")
    assert marked_html(text, [(start, start + 5)]) == (
        'a &lt;b&gt;<span class="match">river</span>&lt;/b&gt; &amp; co'
    )
    # Out-of-range and empty spans are cut or skipped, overlaps trimmed: the markup stays whole.
    assert marked_html("abcdef", [(4, 99), (1, 1)]) == 'abcd<span class="match">ef</span>'
    assert marked_html("abcdef", [(2, 5), (0, 3)]) == (
        '<span class="match">abc</span><span class="match">de</span>f'
    )
    assert first_words("one  two\nthree") == "one two three"
    assert first_words("word " * 40, limit=20) == "word word word word…"


def test_typing_is_debounced_into_one_search(
    qtbot: QtBot, filled: Repository, settings: Settings
) -> None:
    calls: list[str] = []

    class Counting:
        def days(self, start: dt.date, end: dt.date) -> Any:
            return filled.days(start, end)

        def search(self, words: str, limit: int = 200) -> Any:
            calls.append(words)
            return filled.search(words, limit)

        def tags(self) -> Any:  # the tag filter's list
            return filled.tags()

    page = make_page(qtbot, delay=250)
    page.attach(Counting(), settings)  # type: ignore[arg-type]
    qtbot.keyClicks(page.search_field, "rive")
    assert calls == [] and page.search_timer.isActive()
    page.search_timer.timeout.emit()  # the debounce delay ends
    assert calls == ["rive"]
    assert page.results_model.rowCount() == 2, "the last word is searched as a prefix"


def test_activating_a_day_anywhere_opens_it(page: JournalPage, qtbot: QtBot) -> None:
    with qtbot.waitSignal(page.open_day) as opened:
        qtbot.keyClick(page.calendar.grid, Qt.Key.Key_Return)
    assert opened.args == [dt.date(2026, 11, 21)]

    page.day_list.setCurrentIndex(page.day_model.index(0))
    assert page.calendar.selected_date() == dt.date(2026, 11, 3), "the list selects in the grid"
    with qtbot.waitSignal(page.open_day) as opened:
        qtbot.keyClick(page.day_list, Qt.Key.Key_Return)
    assert opened.args == [dt.date(2026, 11, 3)]

    search(page, qtbot, "river")
    page.resize(900, 600)
    page.show()
    qtbot.waitExposed(page)
    with qtbot.waitSignal(page.open_day) as opened:
        double_click(qtbot, page.results_list, page.results_model.index(1))
    assert opened.args == [dt.date(2026, 10, 15)]
    assert page.calendar.month() == (2026, 10), "choosing a hit shows its month"
    assert listed_dates(page) == [dt.date(2026, 10, 15)]


def test_keyboard_in_the_search_field(page: JournalPage, qtbot: QtBot) -> None:
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.focus_search()
    qtbot.waitUntil(page.search_field.hasFocus, timeout=2000)
    search(page, qtbot, "river")
    qtbot.keyClick(page.search_field, Qt.Key.Key_Down)
    qtbot.waitUntil(page.results_list.hasFocus, timeout=2000)
    assert page.results_list.currentIndex().row() == 0
    page.search_field.setFocus()
    qtbot.keyClick(page.search_field, Qt.Key.Key_Escape)
    assert page.search_field.text() == ""
    assert page.results_model.rowCount() == 0
    assert page.stack.currentWidget() is page._days_panel


def test_detach_clears_everything(page: JournalPage, qtbot: QtBot) -> None:
    search(page, qtbot, "river")
    page.detach()
    assert page.day_model.rowCount() == 0
    assert page.results_model.rowCount() == 0
    assert page.search_field.text() == ""
    assert page.calendar.day_summary(FRIDAY) is None
    assert page._repository is None
    page.refresh()  # nothing to read while locked
    assert page.day_model.rowCount() == 0


class LaterPool:
    """Holds tasks until the test runs them, like a slow worker thread."""

    def __init__(self) -> None:
        self.tasks: list[QRunnable] = []

    def start(self, task: QRunnable) -> None:
        self.tasks.append(task)

    def run_all(self) -> None:
        while self.tasks:
            self.tasks.pop(0).run()


def test_answers_arriving_after_locking_are_dropped(
    qtbot: QtBot, filled: Repository, settings: Settings
) -> None:
    pool = LaterPool()
    page = make_page(qtbot, pool=pool)
    page.attach(filled, settings)
    search(page, qtbot, "river")
    assert len(pool.tasks) == 3, "the month, the tags and the search are still running"
    page.detach()
    pool.run_all()
    assert page.tag_filter.count() == 1  # "No tags yet": the diary's tags are not shown
    assert page.day_model.rowCount() == 0
    assert page.results_model.rowCount() == 0
    assert page.calendar.day_summary(FRIDAY) is None


def test_a_stale_month_answer_does_not_replace_the_month_on_show(
    qtbot: QtBot, filled: Repository, settings: Settings
) -> None:
    pool = LaterPool()
    page = make_page(qtbot, pool=pool)
    page.attach(filled, settings)
    page.calendar.previous_button.click()
    pool.run_all()
    assert listed_dates(page) == [dt.date(2026, 10, 15)]


def test_a_failed_search_is_explained(qtbot: QtBot, filled: Repository, settings: Settings) -> None:
    class Broken:
        def days(self, start: dt.date, end: dt.date) -> Any:
            return filled.days(start, end)

        def search(self, words: str, limit: int = 200) -> Any:
            raise OSError("the disk went away")

        def tags(self) -> Any:  # the tag filter's list
            return filled.tags()

    page = make_page(qtbot)
    page.attach(Broken(), settings)  # type: ignore[arg-type]
    with qtbot.waitSignal(page.status) as status:
        search(page, qtbot, "river")
    assert status.args == ["Could not search: the disk went away"]
    assert page.results_model.rowCount() == 0


def test_tab_order_follows_the_page(page: JournalPage, qtbot: QtBot) -> None:
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.focus_search()
    qtbot.waitUntil(page.search_field.hasFocus, timeout=2000)
    visited = []
    for _ in range(5):
        widget = QApplication.focusWidget()
        assert widget is not None
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    calendar = page.calendar
    assert visited == [
        calendar.previous_button,
        calendar.this_month_button,
        calendar.next_button,
        calendar.grid,
        page.day_list,
    ]
