"""The month calendar: mood numbers and colours, descriptions, keyboard and mouse, month changes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QFontMetrics
from pytestqt.qtbot import QtBot

from diary.i18n import speaking
from diary.ui.journal.month_calendar import (
    DaySummary,
    MonthCalendar,
    MoodRole,
    badge_rect,
    contrast_ratio,
    mood_colour,
    mood_ink,
)

pytestmark = pytest.mark.gui

AccessibleText = Qt.ItemDataRole.AccessibleTextRole

FRIDAY = dt.date(2026, 11, 20)


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def calendar(qtbot: QtBot) -> MonthCalendar:
    widget = MonthCalendar(today=dt.date(2026, 11, 21))
    qtbot.addWidget(widget)
    widget.set_selected_date(FRIDAY)
    widget.set_days(
        {
            FRIDAY: DaySummary(mood=7, contacts=2, has_entry=True),
            dt.date(2026, 11, 3): DaySummary(mood=2, contacts=0, has_entry=True),
            dt.date(2026, 11, 12): DaySummary(mood=None, contacts=1, has_entry=False),
        }
    )
    return widget


def cell(calendar: MonthCalendar, day: dt.date, role: int) -> object:
    model = calendar.grid.model()
    index = calendar._model.index_of(day)
    assert index.isValid()
    return model.data(index, role)


def test_cells_show_day_and_mood_numbers_with_spoken_descriptions(
    calendar: MonthCalendar,
) -> None:
    assert cell(calendar, FRIDAY, Qt.ItemDataRole.DisplayRole) == "20"
    assert cell(calendar, FRIDAY, MoodRole) == 7
    assert cell(calendar, FRIDAY, AccessibleText) == "Friday 20 November, mood 7, 2 contacts"
    assert cell(calendar, dt.date(2026, 11, 12), AccessibleText) == (
        "Thursday 12 November, logged, no mood, 1 contact"
    )
    assert cell(calendar, dt.date(2026, 11, 21), AccessibleText) == (
        "Saturday 21 November, today, nothing logged"
    )
    header = calendar.grid.model().headerData(0, Qt.Orientation.Horizontal)
    assert header == "Mon", "weeks start on Monday"
    assert calendar.title_label.text() == "November 2026"
    assert calendar.grid.accessibleName() == "Calendar of November 2026"


def test_days_of_neighbouring_months_are_not_selectable(calendar: MonthCalendar) -> None:
    october_26 = dt.date(2026, 10, 26)  # the Monday that starts the grid of November 2026
    index = calendar._model.index_of(october_26)
    assert (index.row(), index.column()) == (0, 0)
    assert not calendar.grid.model().flags(index) & Qt.ItemFlag.ItemIsSelectable
    assert calendar.grid.model().flags(calendar._model.index_of(FRIDAY)) & (
        Qt.ItemFlag.ItemIsSelectable
    )


def test_grid_model_passes_the_model_tester(calendar: MonthCalendar, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(calendar.grid.model())


def test_mood_scale_is_ordered_and_numbers_on_it_are_readable() -> None:
    assert len({mood_colour(mood).name() for mood in range(1, 10)}) == 9
    for mood in range(1, 10):
        assert contrast_ratio(mood_ink(mood), mood_colour(mood)) >= 4.5, mood
    assert mood_ink(1) == QColor("white")
    assert mood_ink(5).lightness() < 64
    with pytest.raises(ValueError):
        mood_colour(10)


def test_mood_badges_are_painted_in_the_mood_colour(calendar: MonthCalendar, qtbot: QtBot) -> None:
    calendar.resize(700, 560)
    calendar.show()
    qtbot.waitExposed(calendar)
    image = calendar.grid.viewport().grab().toImage()
    metrics = QFontMetrics(calendar.grid.font())

    def badge_pixel(day: dt.date) -> QColor:
        badge = badge_rect(calendar.grid.visualRect(calendar._model.index_of(day)), metrics)
        x = int(badge.left() + badge.width() * 0.18)
        y = int(badge.center().y())
        return image.pixelColor(x, y)

    def close(a: QColor, b: QColor) -> bool:
        return all(abs(p - q) <= 6 for p, q in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))

    assert close(badge_pixel(FRIDAY), mood_colour(7))
    assert close(badge_pixel(dt.date(2026, 11, 3)), mood_colour(2))
    unlogged = badge_pixel(dt.date(2026, 11, 4))
    assert not close(unlogged, mood_colour(2)) and not close(unlogged, mood_colour(7))


def test_arrow_keys_home_end_and_page_keys_move_the_selection(
    calendar: MonthCalendar, qtbot: QtBot
) -> None:
    grid = calendar.grid
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert calendar.selected_date() == dt.date(2026, 11, 21)
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert calendar.selected_date() == dt.date(2026, 11, 28)
    with qtbot.waitSignal(calendar.month_changed) as changed:
        qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert changed.args == [2026, 12]
    assert calendar.selected_date() == dt.date(2026, 12, 5)
    assert calendar.day_summary(FRIDAY) is None, "the old month's days are forgotten"
    qtbot.keyClick(grid, Qt.Key.Key_Up)
    assert calendar.selected_date() == dt.date(2026, 11, 28)
    qtbot.keyClick(grid, Qt.Key.Key_Home)
    assert calendar.selected_date() == dt.date(2026, 11, 1)
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    assert calendar.selected_date() == dt.date(2026, 10, 31)
    qtbot.keyClick(grid, Qt.Key.Key_End)
    assert calendar.selected_date() == dt.date(2026, 10, 31)
    qtbot.keyClick(grid, Qt.Key.Key_PageDown)
    assert calendar.selected_date() == dt.date(2026, 11, 30), "the day is clamped to the month"
    qtbot.keyClick(grid, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert calendar.month() == (2025, 11)
    assert grid.currentIndex() == calendar._model.index_of(dt.date(2025, 11, 30))


def test_enter_opens_the_selected_day(calendar: MonthCalendar, qtbot: QtBot) -> None:
    with qtbot.waitSignal(calendar.day_activated) as opened:
        qtbot.keyClick(calendar.grid, Qt.Key.Key_Return)
    assert opened.args == [FRIDAY]


def test_click_selects_and_double_click_opens(calendar: MonthCalendar, qtbot: QtBot) -> None:
    calendar.resize(700, 560)
    calendar.show()
    qtbot.waitExposed(calendar)
    viewport = calendar.grid.viewport()
    third = calendar.grid.visualRect(calendar._model.index_of(dt.date(2026, 11, 3))).center()
    with qtbot.waitSignal(calendar.selection_changed) as selected:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=third)
    assert selected.args == [dt.date(2026, 11, 3)]
    assert calendar.selected_date() == dt.date(2026, 11, 3)

    window = calendar.windowHandle()
    with qtbot.waitSignal(calendar.day_activated) as opened:
        tenth = calendar.grid.visualRect(calendar._model.index_of(dt.date(2026, 11, 10))).center()
        qtbot.mouseDClick(window, Qt.MouseButton.LeftButton, pos=viewport.mapTo(calendar, tenth))
    assert opened.args == [dt.date(2026, 11, 10)]
    assert calendar.selected_date() == dt.date(2026, 11, 10)

    october = calendar.grid.visualRect(calendar._model.index_of(dt.date(2026, 10, 27))).center()
    with qtbot.assertNotEmitted(calendar.day_activated):
        qtbot.mouseDClick(window, Qt.MouseButton.LeftButton, pos=viewport.mapTo(calendar, october))
    assert calendar.selected_date() == dt.date(2026, 11, 10)


def test_month_buttons(calendar: MonthCalendar, qtbot: QtBot) -> None:
    with qtbot.waitSignal(calendar.month_changed) as changed:
        calendar.next_button.click()
    assert changed.args == [2026, 12]
    assert calendar.title_label.text() == "December 2026"
    calendar.previous_button.click()
    calendar.previous_button.click()
    assert calendar.month() == (2026, 10)
    assert calendar.selected_date() == dt.date(2026, 10, 20)
    calendar.this_month_button.click()
    assert (calendar.month(), calendar.selected_date()) == ((2026, 11), dt.date(2026, 11, 21))
    assert calendar.previous_button.accessibleName() == "Previous month"
    with pytest.raises(ValueError):
        calendar.set_month(2026, 13)


def test_clear_forgets_every_day(calendar: MonthCalendar) -> None:
    calendar.clear()
    assert calendar.day_summary(FRIDAY) is None
    assert cell(calendar, FRIDAY, MoodRole) is None


def test_us_weeks_start_on_sunday(qtbot: QtBot) -> None:
    with speaking("en", "en_US"):
        widget = MonthCalendar(today=dt.date(2026, 11, 21))
        qtbot.addWidget(widget)
        model = widget.grid.model()
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
        assert headers == ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        spoken = model.headerData(0, Qt.Orientation.Horizontal, AccessibleText)
        assert spoken == "Sunday"
        index = widget._model.index_of(dt.date(2026, 11, 1))  # a Sunday: the grid's first cell
        assert (index.row(), index.column()) == (0, 0)
        widget.set_selected_date(dt.date(2026, 11, 7))  # Saturday: the end of the first row
        assert widget.grid.currentIndex().column() == 6


def test_german_weekdays_months_and_descriptions(qtbot: QtBot) -> None:
    with speaking("de", "de_DE"):
        widget = MonthCalendar(today=dt.date(2026, 11, 21))
        qtbot.addWidget(widget)
        widget.set_month(2026, 3)
        model = widget.grid.model()
        assert model.headerData(0, Qt.Orientation.Horizontal) == "Mo"
        assert model.headerData(6, Qt.Orientation.Horizontal, AccessibleText) == "Sonntag"
        assert widget.title_label.text() == "März 2026"
        assert "März 2026" in widget.grid.accessibleName()
        friday = model.data(widget._model.index_of(dt.date(2026, 3, 20)), AccessibleText)
        assert friday.startswith("Freitag, 20. März")
        index = widget._model.index_of(dt.date(2026, 2, 23))  # the Monday that starts the grid
        assert (index.row(), index.column()) == (0, 0)
