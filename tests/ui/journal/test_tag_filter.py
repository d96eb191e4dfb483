"""The Journal's tag filter: the diary's tags, and choosing one searches for ``#tag``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from diary.domain.models import Entry
from diary.domain.tags import TagCount, query_with_tag
from diary.settings import Settings
from diary.storage.repository import Repository
from diary.ui.journal.page import DateRole, JournalPage
from diary.ui.journal.tag_filter import TagFilter, tag_item
from diary.ui.shell.tasks import InlinePool

pytestmark = pytest.mark.gui

NOW = dt.datetime(2026, 11, 21, 20, 30)


@pytest.fixture
def page(qtbot: QtBot, repo: Repository, tmp_path: Path) -> JournalPage:
    repo.save_entry(Entry(dt.date(2026, 11, 3), mood=4, text="Deadline at #work"))
    repo.save_entry(Entry(dt.date(2026, 11, 10), mood=6, text="Calm", tags=("therapy",)))
    repo.save_entry(Entry(dt.date(2026, 11, 12), mood=5, text="#Work and #therapy today"))
    made = JournalPage(pool=InlinePool(), search_delay_ms=0, clock=lambda: NOW)
    qtbot.addWidget(made)
    made.attach(repo, Settings(tmp_path / "settings.json"))
    return made


def hit_dates(page: JournalPage) -> list[dt.date]:
    model = page.results_model
    return [model.index(row).data(DateRole) for row in range(model.rowCount())]


def test_query_with_tag() -> None:
    assert query_with_tag("deadline #old", "work") == "#work deadline"
    assert query_with_tag("#work deadline", None) == "deadline"
    assert query_with_tag("", "work") == "#work"


def test_the_filter_lists_the_diarys_tags(page: JournalPage) -> None:
    items = [page.tag_filter.itemText(i) for i in range(page.tag_filter.count())]
    assert items == ["All tags", "#therapy · 2 days", "#Work · 2 days"]
    assert page.tag_filter.isEnabled()


def test_choosing_a_tag_shows_its_days_and_all_tags_goes_back(
    page: JournalPage, qtbot: QtBot
) -> None:
    index = page.tag_filter.findData("therapy")
    page.tag_filter.activated.emit(index)
    assert page.search_field.text() == "#therapy"
    assert hit_dates(page) == [dt.date(2026, 11, 12), dt.date(2026, 11, 10)]
    assert page.results_label.text() == "2 days tagged #therapy"
    assert page.stack.currentWidget() is page._results_panel
    page.search_field.setText("#therapy today")
    page.search_now()
    assert hit_dates(page) == [dt.date(2026, 11, 12)]
    assert page.results_label.text() == "1 day mentions “#therapy today”"
    assert page.tag_filter.current_tag() == "therapy"
    page.tag_filter.activated.emit(page.tag_filter.findData("Work"))
    assert page.search_field.text() == "#Work today"
    page.tag_filter.activated.emit(0)
    assert page.search_field.text() == "today" and page.tag_filter.current_tag() == ""


def test_no_tagged_day_is_said_so(page: JournalPage) -> None:
    page.search_field.setText("#holiday")
    page.search_now()
    assert page.results_label.text() == "No day is tagged #holiday."


def test_typing_a_tag_in_the_search_shows_it_in_the_filter(page: JournalPage) -> None:
    page.search_field.setText("#WORK")
    assert page.tag_filter.current_tag() == "Work"
    page.search_field.setText("#work #therapy")
    assert page.tag_filter.current_tag() == ""


def test_the_days_list_shows_tags_and_detach_forgets_them(page: JournalPage) -> None:
    page.calendar.set_selected_date(dt.date(2026, 11, 12))
    lines = [page.day_model.index(row).data() for row in range(page.day_model.rowCount())]
    assert any("#Work #therapy" in str(line) for line in lines)
    page.detach()
    assert page.tag_filter.count() == 1 and not page.tag_filter.isEnabled()


def test_an_empty_diary_says_no_tags_yet(qtbot: QtBot) -> None:
    chooser = TagFilter()
    qtbot.addWidget(chooser)
    assert chooser.itemText(0) == "No tags yet" and not chooser.isEnabled()
    chooser.set_tags([TagCount("a", 1)])
    assert tag_item(TagCount("a", 1)) == "#a · 1 day" and chooser.count() == 2
