"""The Insights page: charts of the month, their tables, the summary, export, locking."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from conftest import Deferred
from diary.domain.models import Entry, Interaction, Mode
from diary.domain.stats import day_series
from diary.settings import Settings
from diary.storage.repository import Repository
from diary.ui.insights.page import PANEL_ORDER, InsightsPage, day_tip
from diary.ui.shell.tasks import InlinePool

pytestmark = pytest.mark.gui

NOW = dt.datetime(2026, 11, 21, 20, 30)
TODAY = dt.date(2026, 11, 21)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.json")


@pytest.fixture
def filled(repo: Repository) -> Repository:
    for day in range(1, 21):
        date = dt.date(2026, 11, day)
        met = day % 3 != 0
        repo.save_entry(Entry(date, mood=7 if met else 4, text=f"Day {day}"))
        if met:
            repo.add_interaction(Interaction(date, Mode.IN_PERSON, 20 + day, people=("Sam",)))
        else:
            repo.add_interaction(Interaction(date, Mode.TEXT, 5, people=("Ana",)))
    repo.save_entry(Entry(dt.date(2026, 10, 30), mood=5))
    return repo


def make_page(qtbot: QtBot, pool: object, exports: list[str] | None = None) -> InsightsPage:
    answers = iter(exports or [])
    page = InsightsPage(pool=pool, clock=lambda: NOW, ask_export_path=lambda _s: next(answers))
    qtbot.addWidget(page)
    page.resize(900, 700)
    return page


@pytest.fixture
def page(qtbot: QtBot, filled: Repository, settings: Settings) -> InsightsPage:
    page = make_page(qtbot, InlinePool())
    page.attach(filled, settings)
    page.show()
    return page


def test_opens_on_this_month_with_a_chart_and_a_summary(page: InsightsPage) -> None:
    assert page.month_label.text() == "November 2026"
    assert not page.next_button.isEnabled()  # the future has no numbers
    assert page.canvas is not None and page.stack.currentWidget() is page.chart_holder
    page.canvas.draw()  # the real Qt canvas renders
    summary = page.summary_label.text()
    assert "You logged 20 of 21 days" in summary
    assert "not what caused what" in summary


def test_every_panel_draws_and_has_its_table(page: InsightsPage, qtmodeltester) -> None:
    assert page.tabs.count() == len(PANEL_ORDER)
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        assert page.canvas is not None
        page.canvas.draw()
        assert page.table_model.columnCount() > 0
        qtmodeltester.check(page.table_model)


def test_the_table_shows_the_month_panels_numbers(page: InsightsPage) -> None:
    page.table_button.setChecked(True)
    assert page.stack.currentWidget() is page._table_panel
    model = page.table_model
    assert model.rowCount() == 21  # 1 to 21 November
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    assert "2026-11-01" in first[0] and "7" in first
    page.table_button.setChecked(False)
    assert page.stack.currentWidget() is page.chart_holder


def test_previous_month_and_back(page: InsightsPage) -> None:
    page.move_months(-1)
    assert page.month_label.text() == "October 2026" and page.next_button.isEnabled()
    assert "You logged 1 of 31 days" in page.summary_label.text()
    page.move_months(1)
    page.move_months(1)  # refused: December has not happened
    assert page.month_label.text() == "November 2026"
    page.move_months(-13)
    page.go_this_month()
    assert page.month_label.text() == "November 2026"


def test_the_definition_follows_the_settings(page: InsightsPage, settings: Settings) -> None:
    settings.set("meaningful_minutes", 45)
    page.refresh()
    page.definitions_button.setChecked(True)
    assert page.definitions_label.isVisible()
    assert "at least 45 minutes" in page.definitions_label.text()
    # The longest contact was 40 minutes: no day reaches 45 now.
    assert "meaningful contact on 0 days" in page.summary_label.text()


def test_lock_clears_every_number(page: InsightsPage) -> None:
    page.table_button.setChecked(True)
    page.detach()
    assert page.canvas is None
    assert page.table_model.rowCount() == 0 and page.table_caption.text() == ""
    assert page.summary_label.text() == "" and page.definitions_label.text() == ""
    page.refresh()  # nothing to compute without a diary
    assert page.table_model.rowCount() == 0


def test_numbers_are_computed_off_the_gui_thread_and_late_answers_dropped(
    qtbot: QtBot, filled: Repository, settings: Settings
) -> None:
    pool = Deferred()
    page = make_page(qtbot, pool)
    page.attach(filled, settings)
    page.show()
    assert page.stack.currentWidget() is page.busy_label  # nothing yet: it is working
    page.move_months(-1)  # the user moves on before the first answer
    assert len(pool.tasks) == 2
    first, second = pool.tasks
    first.run()
    assert page.summary_label.text() == ""  # November's late answer is not shown for October
    second.run()
    assert "of 31 days" in page.summary_label.text()
    pool.tasks.clear()
    page.move_months(1)
    page.detach()
    pool.run_all()  # an answer arriving after locking shows nothing
    assert page.summary_label.text() == "" and page.canvas is None


def test_export_writes_the_chosen_format(
    qtbot: QtBot, filled: Repository, settings: Settings, tmp_path: Path
) -> None:
    svg, gif = tmp_path / "chart.svg", tmp_path / "chart.gif"
    page = make_page(qtbot, InlinePool(), [str(svg), "", str(gif)])
    page.attach(filled, settings)
    page.show()
    with qtbot.waitSignal(page.status) as saved:
        page.export_chart()
    assert svg.read_bytes().startswith(b"<?xml") and "not encrypted" in saved.args[0]
    page.export_chart()  # cancelled: nothing happens
    with qtbot.waitSignal(page.status) as refused:
        page.export_chart()
    assert not gif.exists() and ".png" in refused.args[0]


def test_day_tips_say_what_the_day_was() -> None:
    from diary.domain.models import Day

    day = dt.date(2026, 11, 3)
    met = Day(day, Entry(day, mood=6), (Interaction(day, Mode.IN_PERSON, 30),))
    texts = Day(day, Entry(day, mood=3), (Interaction(day, Mode.TEXT, 5),))
    series = day_series([met], day, day) + day_series([texts], day, day)
    assert day_tip(series[0]).splitlines()[1:] == [
        "Mood 6 of 9",
        "30 meaningful minutes (in person 30)",
        "Contacts logged: 1",
    ]
    assert "texts or social media only" in day_tip(series[1])
    unlogged = day_series([], day, day)[0]
    assert day_tip(unlogged).endswith("Not logged")
