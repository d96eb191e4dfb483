"""The Insights page: charts of the month, their tables, the summary, export, locking."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRunnable, Qt
from pytestqt.qtbot import QtBot

from conftest import Deferred
from diary.domain.models import Entry, Interaction, Mode
from diary.domain.stats import day_series
from diary.settings import Settings
from diary.storage.repository import Repository
from diary.ui.insights.page import PANEL_ORDER, YEAR_PANELS, InsightsPage, day_tip
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


def make_page(
    qtbot: QtBot, pool: object, exports: list[str] | None = None, *, ahead: bool = False
) -> InsightsPage:
    answers = iter(exports or [])
    page = InsightsPage(
        pool=pool, clock=lambda: NOW, ask_export_path=lambda _s: next(answers), ahead=ahead
    )
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
    assert page.canvas.figure is not None and len(page.canvas.figure.axes) == 2
    lead = page.lead_label.text()
    assert lead == "You felt better on days with meaningful contact in November 2026."
    summary = page.summary_label.text()
    assert "You logged 20 of 21 days" in summary
    assert "not what caused what" in summary
    assert not page.numbers_area.isVisibleTo(page)  # the numbers are one click away
    page.numbers_button.click()
    assert page.numbers_area.isVisibleTo(page)
    assert "ρ (rho) runs from −1 to 1" in page.explain_label.text()
    assert page.stack.currentWidget() is page.numbers_area  # in the chart's place, uncramped
    assert page.numbers_button.text() == "Hide the &numbers"
    page.table_button.click()  # one view at a time
    assert not page.numbers_button.isChecked()
    assert page.stack.currentWidget() is page._table_panel
    page.table_button.click()
    assert page.stack.currentWidget() is page.chart_holder


def test_every_panel_draws_and_has_its_table(page: InsightsPage, qtmodeltester) -> None:
    assert page.tabs.count() == len(PANEL_ORDER)
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        assert page.canvas is not None and page.canvas.figure is not None
        rendered = page.canvas.rendered
        assert rendered is not None and rendered.key.panel == PANEL_ORDER[index]
        assert page.lead_label.text()
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
    assert "October 2026" in page.lead_label.text()
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
    assert page.lead_label.text() == ""
    page.refresh()  # nothing to compute without a diary
    assert page.table_model.rowCount() == 0


class Counting(InlinePool):
    """Runs each task at once and counts them."""

    def __init__(self) -> None:
        self.started = 0

    def start(self, task: QRunnable) -> None:
        self.started += 1
        super().start(task)


def test_numbers_are_computed_off_the_gui_thread_and_late_answers_dropped(
    qtbot: QtBot, filled: Repository, settings: Settings
) -> None:
    pool = Deferred()
    page = make_page(qtbot, pool)
    page.attach(filled, settings)
    page.show()
    assert page.stack.currentWidget() is page.busy_label  # nothing yet: it is working
    page.move_months(-1)  # the user moves on before the first answer: the same year
    assert len(pool.tasks) == 1
    pool.run_all()  # the year; then October's chart is drawn from it
    pool.run_all()
    assert "of 31 days" in page.summary_label.text()
    assert "October 2026" in page.lead_label.text()
    page.move_months(-12)  # October 2025: another year to compute
    assert page.stack.currentWidget() is page.busy_label
    page.detach()
    pool.run_all()  # an answer arriving after locking shows nothing
    assert page.summary_label.text() == "" and page.canvas is None


def test_a_year_is_computed_once_and_each_chart_drawn_once(
    qtbot: QtBot, filled: Repository, settings: Settings
) -> None:
    pool = Counting()
    page = make_page(qtbot, pool)
    page.attach(filled, settings)
    page.show()
    assert pool.started == 2  # the year, then the month chart
    page.tabs.setCurrentIndex(PANEL_ORDER.index("scatter"))
    assert pool.started == 3
    page.tabs.setCurrentIndex(PANEL_ORDER.index("month"))
    page.move_months(-1)
    page.move_months(1)
    assert pool.started == 4  # only October's month chart was new
    assert page.canvas is not None and page.canvas.rendered is not None
    assert page.canvas.rendered.key.month == 11


def test_a_save_updates_the_kept_year_on_the_next_visit(
    qtbot: QtBot, filled: Repository, settings: Settings
) -> None:
    pool = Counting()
    page = make_page(qtbot, pool)
    page.attach(filled, settings)
    page.show()
    assert "You logged 20 of 21 days" in page.summary_label.text()
    started = pool.started
    page.refresh()  # nothing changed: nothing computed
    assert pool.started == started
    filled.save_entry(Entry(TODAY, mood=6, text="A walk with Sam"))
    page.hide()
    page.show()  # coming back to the page after writing on Today
    assert pool.started == started + 2  # the year again, and the chart
    assert "You logged every one of 21 days" in page.summary_label.text()


def test_the_charts_ahead_are_drawn_so_switching_needs_no_work(
    qtbot: QtBot, filled: Repository, settings: Settings
) -> None:
    pool = Counting()
    page = make_page(qtbot, pool, ahead=True)
    page.attach(filled, settings)
    page.show()
    started = pool.started
    assert started == 1 + len(PANEL_ORDER) + 3  # the year, every panel, October's month panels
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        assert page.stack.currentWidget() is page.chart_holder
    page.tabs.setCurrentIndex(0)
    page.move_months(-1)
    assert pool.started == started + 3  # September's month panels are now drawn ahead
    assert "October 2026" in page.lead_label.text()


def test_every_panel_and_its_sentence_speak_of_the_same_period(page: InsightsPage) -> None:
    for index, name in enumerate(PANEL_ORDER):
        page.tabs.setCurrentIndex(index)
        insights = page.shown_insights()
        assert insights is not None
        if name in YEAR_PANELS:
            assert (insights.start, insights.end) == (dt.date(2026, 1, 1), TODAY)
            assert "2026" in page.lead_label.text() and "November" not in page.lead_label.text()
        else:
            assert (insights.start, insights.end) == (dt.date(2026, 11, 1), TODAY)
            assert "November 2026" in page.lead_label.text() or name == "kinds"
    page.tabs.setCurrentIndex(PANEL_ORDER.index("streaks"))
    runs = [int(row[2]) for row in page.table_model._table.rows]
    insights = page.shown_insights()
    assert insights is not None and insights.summary.longest is not None
    assert max(runs) == insights.summary.longest.length  # the chart's year, the sentence's year
    assert f"in 2026 was {max(runs)} day" in page.lead_label.text()
    assert page.table_caption.text().startswith("Longest run without meaningful contact: ")


def test_a_theme_change_draws_the_chart_in_its_colours(page: InsightsPage) -> None:
    from PySide6.QtGui import QColor, QPalette

    assert page.canvas is not None and page.canvas.rendered is not None
    assert not page.canvas.rendered.key.dark
    palette = page.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(20, 20, 20))
    page.setPalette(palette)
    assert page.canvas.rendered.key.dark


def test_the_panel_choice_fits_a_small_screen_without_scroll_arrows(page: InsightsPage) -> None:
    assert not page.tabs.usesScrollButtons()
    # 1024 pixels less the navigation column and margins leave about 760 for the page.
    assert page.tabs.sizeHint().width() <= 700
    assert page.tabs.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_the_table_shows_whole_column_headers(page: InsightsPage) -> None:
    page.table_button.setChecked(True)
    header = page.table_view.horizontalHeader()
    metrics = header.fontMetrics()
    for column in range(page.table_model.columnCount()):
        text = page.table_model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= metrics.horizontalAdvance(text)


def test_hovering_a_day_of_the_month_chart_finds_that_day(page: InsightsPage) -> None:
    shown = page.canvas.rendered if page.canvas is not None else None
    assert shown is not None
    mood_ax = shown.figure.axes[0]
    x, y = mood_ax.transData.transform((5, 6))
    scale = shown.pixel_width / page.chart_view.width()
    point = QPoint(round(x / scale), round((shown.pixel_height - y) / scale))
    found = page.day_at(point)
    assert found is not None and found.day == dt.date(2026, 11, 5)
    assert page.day_at(QPoint(1, 1)) is None  # the title, not a day


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


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes and symbolic links")
def test_an_exported_chart_is_private_and_replaces_a_link_instead_of_writing_through_it(
    qtbot: QtBot, filled: Repository, settings: Settings, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    elsewhere = out / "elsewhere.txt"
    elsewhere.write_text("not Hearth's to overwrite")
    link = out / "chart.png"
    link.symlink_to(elsewhere)
    page = make_page(qtbot, InlinePool(), [str(link)])
    page.attach(filled, settings)
    page.show()
    with qtbot.waitSignal(page.status):
        page.export_chart()

    assert elsewhere.read_text() == "not Hearth's to overwrite"
    assert not link.is_symlink() and link.read_bytes().startswith(b"\x89PNG")
    assert link.stat().st_mode & 0o777 == 0o600
    assert sorted(path.name for path in out.iterdir()) == ["chart.png", "elsewhere.txt"]


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
