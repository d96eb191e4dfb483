"""The charts write their dates and numbers in the locale, and start weeks on its first day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from chartdata import figure, make_day, nov, november, stats
from matplotlib.text import Text

from diary.charts import checkins, locate, month, pixels, report, streaks, text
from diary.charts.context import ChartContext
from diary.charts.theme import LIGHT
from diary.domain.models import Mode
from diary.i18n import speaking

GERMAN_MONTHS = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"]


def labels(ticks: Iterable[Text]) -> list[str]:
    return [tick.get_text() for tick in ticks]


def test_the_month_chart_names_its_month_and_numbers_its_minutes_in_german() -> None:
    with speaking("de", "de_DE"):
        artists = month.draw_month(figure(LIGHT), [], LIGHT, year=2026, month=3)
        assert artists.minutes_ax.get_xlabel() == "März 2026"
        ticks = artists.minutes_ax.yaxis.get_major_formatter()
        assert (ticks(1200.0, 0), ticks(2.5, 0), ticks(40.0, 0)) == ("1.200", "2,5", "40")
        assert month.month_table([], year=2026, month=3).caption.find("März 2026") >= 0
    artists = month.draw_month(figure(LIGHT), [], LIGHT, year=2026, month=3)
    assert artists.minutes_ax.get_xlabel() == "March 2026"


def test_a_years_axes_have_german_months_and_weekdays() -> None:
    with speaking("de", "de_DE"):
        calendar = streaks.draw_streaks(
            figure(LIGHT, 10, 3).add_subplot(), november().series, LIGHT, year=2026
        )
        ax = calendar.summary.axes
        assert labels(ax.get_xticklabels()) == GERMAN_MONTHS
        assert labels(ax.get_yticklabels()) == ["Mo", "Mi", "Fr", "So"]
        grid = pixels.draw_pixels(figure(LIGHT).add_subplot(), [], LIGHT, year=2026)
        assert labels(grid.cells.axes.get_yticklabels()) == GERMAN_MONTHS
        drawn = checkins.draw_checkins(
            figure(LIGHT).add_subplot(2, 1, 1), figure(LIGHT).add_subplot(2, 1, 2), [], LIGHT,
            year=2026,
        )  # fmt: skip
        assert labels(drawn.ucla3_ax.get_xticklabels()) == GERMAN_MONTHS


def test_german_spans_and_means() -> None:
    with speaking("de", "de_DE"):
        assert text.span(nov(3), nov(11)) == "3.–11. Nov."
        thin = "\N{THIN SPACE}"  # CLDR's spacing around the dash between two months
        assert (
            text.span(dt.date(2026, 2, 27), dt.date(2026, 3, 2)) == f"27. Feb.{thin}–{thin}2. März"
        )
        assert text.day_month(nov(3)) == "3. Nov."
        assert text.number(-0.214) == "−0,21"
        assert text.optional(6.44, 1) == "6,4"
        summary = streaks.summarise(
            tuple(november().series), 2026, streaks.longest_streak(november().series), None, None
        )
        assert "6.–7. Nov." in summary


def test_us_weeks_put_sunday_on_top_of_the_streak_calendar() -> None:
    with speaking("en", "en_US"):
        assert streaks.cell(nov(1)) == (streaks.cell(nov(7))[0], 0)  # Sunday 1 to Saturday 7
        assert streaks.cell(nov(7))[1] == 6
        assert streaks.cell(nov(8)) == (streaks.cell(nov(1))[0] + 1, 0)
        assert streaks.cell(dt.date(2026, 1, 1)) == (0, 4)  # a Thursday, after Sun-Wed of 2025
        calendar = streaks.draw_streaks(
            figure(LIGHT, 10, 3).add_subplot(), november().series, LIGHT, year=2026
        )
        ax = calendar.summary.axes
        assert labels(ax.get_yticklabels()) == ["Sun", "Tue", "Thu", "Sat"]
        context = ChartContext(2026, 11, nov(30))
        series = stats([make_day(nov(3), 6, (Mode.IN_PERSON, 90, None))], *context.year_span())
        for day in (dt.date(2026, 1, 1), nov(1), nov(7), dt.date(2026, 12, 31)):
            column, row = streaks.cell(day)
            assert locate.day_at("streaks", ax, series, context, column + 0.4, row + 0.4) == day
        column, row = streaks.cell(dt.date(2026, 1, 1))
        assert locate.day_at("streaks", ax, series, context, column + 0.4, row - 0.6) is None
    assert streaks.cell(nov(1))[1] == 6  # back in Hearth's English: Sunday ends the week


def test_the_report_writes_each_day_in_full_in_german() -> None:
    day = november().days[0]
    assert report.day_paragraphs(day)[0] == "Sunday 1 November 2026"
    with speaking("de", "de_DE"):
        assert report.day_paragraphs(day)[0] == "Sonntag, 1. November 2026"
