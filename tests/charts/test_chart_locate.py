"""The day under the pointer is the day each panel drew there."""

from __future__ import annotations

import datetime as dt

import pytest
from chartdata import make_day, nov, stats
from matplotlib.figure import Figure

from diary.charts.context import ChartContext
from diary.charts.locate import day_at
from diary.charts.panels import PANELS
from diary.charts.streaks import cell
from diary.charts.theme import LIGHT
from diary.domain.models import Mode

CONTEXT = ChartContext(2026, 11, nov(30))


@pytest.fixture
def series():
    days = [
        make_day(nov(3), 6, (Mode.IN_PERSON, 90, None)),
        make_day(nov(4), 2, (Mode.TEXT, 5, None)),
    ]
    start, end = CONTEXT.year_span()
    return stats(days, start, end)


def drawn(name: str, series) -> Figure:
    fig = Figure(figsize=PANELS[name].size)
    PANELS[name].draw(fig, series, LIGHT, context=CONTEXT)
    fig.canvas.draw()
    return fig


def test_month_columns_are_days(series) -> None:
    ax = drawn("month", series).axes[0]
    assert day_at("month", ax, series, CONTEXT, 3.3, 5) == nov(3)
    assert day_at("month", ax, series, CONTEXT, 30.6, 5) is None  # there is no 31 November


def test_pixels_rows_are_months_and_columns_days(series) -> None:
    ax = drawn("pixels", series).axes[0]
    assert day_at("pixels", ax, series, CONTEXT, 15.2, 2.1) == dt.date(2026, 2, 15)
    assert day_at("pixels", ax, series, CONTEXT, 30, 2) is None  # 30 February


def test_streak_squares_invert_their_cells(series) -> None:
    ax = drawn("streaks", series).axes[0]
    for day in (dt.date(2026, 1, 1), nov(3), dt.date(2026, 12, 31)):
        column, row = cell(day)
        assert day_at("streaks", ax, series, CONTEXT, column + 0.4, row + 0.4) == day
    column, row = cell(dt.date(2026, 1, 1))  # a Thursday: the squares before it are 2025
    assert day_at("streaks", ax, series, CONTEXT, column + 0.4, row - 1 + 0.4) is None


def test_scatter_finds_the_nearest_point_within_reach(series) -> None:
    ax = drawn("scatter", series).axes[0]
    assert day_at("scatter", ax, series, CONTEXT, 90, 6) == nov(3)
    assert day_at("scatter", ax, series, CONTEXT, 1, 2.02) == nov(4)  # no meaningful minutes
    assert day_at("scatter", ax, series, CONTEXT, 400, 9) is None


def test_groups_have_no_day(series) -> None:
    ax = drawn("kinds", series).axes[0]
    assert day_at("kinds", ax, series, CONTEXT, 0, 5) is None
