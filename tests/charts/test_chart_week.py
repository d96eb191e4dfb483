"""The "week" panel: moods by weekday above the share of days with meaningful contact."""

from __future__ import annotations

import datetime as dt

import pytest
from chartdata import THEMES, figure, make_day, stats

from diary.charts import week
from diary.charts.context import ChartContext
from diary.charts.theme import LIGHT
from diary.domain.models import Mode
from diary.domain.week import Weekday, by_weekday
from diary.i18n import speaking

JAN = dt.date(2026, 1, 5)  # a Monday


def year_of_days():
    """Twelve weeks: Mondays low and alone, Saturdays bright with company, Sundays twice only."""
    days = []
    for week_number in range(12):
        monday = JAN + dt.timedelta(weeks=week_number)
        days.append(make_day(monday, 3))
        days.append(make_day(monday + dt.timedelta(days=5), 8, (Mode.IN_PERSON, 90, 4)))
        days.append(make_day(monday + dt.timedelta(days=2), 5, (Mode.TEXT, 5, 2)))
    days.append(make_day(JAN + dt.timedelta(days=6), 7))
    days.append(make_day(JAN + dt.timedelta(days=13), 9))
    return stats(days, dt.date(2026, 1, 1), dt.date(2026, 3, 31))


@THEMES
def test_the_panel_draws_every_weekday_with_its_n_and_no_mean_below_the_minimum(theme):
    fig = figure(theme, 9, 5.2)
    artists = week.draw(fig, year_of_days(), theme, context=ChartContext(2026, 3))
    by_day = {d.weekday: i for i, d in enumerate(artists.week)}
    assert len(artists.week) == 7
    monday, saturday, sunday, tuesday = by_day[0], by_day[5], by_day[6], by_day[1]
    assert artists.means[monday] is not None and artists.means[saturday] is not None
    assert artists.means[sunday] is None  # two days with a mood: dots, but no mean
    assert artists.dots[sunday] is not None
    assert artists.dots[tuesday] is None and artists.means[tuesday] is None
    assert list(artists.means[saturday].get_ydata()) == [8, 8]
    heights = [bar.get_height() for bar in artists.bars]
    assert heights[saturday] == 1.0 and heights[monday] == 0.0
    assert artists.bar_labels[saturday].get_text() == "12 of 12"
    assert artists.bar_labels[sunday].get_text() == "too few days"
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert "n = 12" in texts and "n = 2" in texts and "no days" in texts


@pytest.mark.parametrize(("region", "first"), [("en_US", 6), ("en_GB", 0), ("de_DE", 0)])
def test_weekdays_run_in_the_locale_order(region, first):
    with speaking(region.split("_")[0], region):
        ordered = week.in_locale_order(by_weekday(year_of_days()))
        assert ordered[0].weekday == first
        assert len({d.weekday for d in ordered}) == 7


def test_the_table_gives_every_weekday_its_numbers():
    with speaking("en", "en_GB"):
        table = week.table(year_of_days(), context=ChartContext(2026, 3))
    assert table.headers[0] == "Day of the week"
    rows = {row[0]: row for row in table.rows}
    assert rows["Monday"] == ("Monday", "12", "3.0", "12", "0")
    assert rows["Saturday"] == ("Saturday", "12", "8.0", "12", "12")
    assert rows["Sunday"][2] == "–"  # a mean on two days is not given
    assert rows["Tuesday"] == ("Tuesday", "0", "–", "0", "0")


def test_a_weekday_without_logged_days_draws_an_empty_bar_and_says_so():
    fig = figure()
    mood_ax, share_ax = fig.subplots(2, 1, sharex=True)
    empty = tuple(Weekday(w, (), 0, 0) for w in range(7))
    artists = week.draw_week(mood_ax, share_ax, empty, LIGHT)
    assert all(bar.get_height() == 0 for bar in artists.bars)
    assert {label.get_text() for label in artists.bar_labels} == {"too few days"}
