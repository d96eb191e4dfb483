import datetime as dt

import pytest
from chartdata import THEMES, figure, make_day, nov, november, stats

from diary.charts import streaks, text
from diary.charts.theme import LIGHT
from diary.domain.models import Mode
from diary.domain.stats import Streak


def draw(theme=LIGHT, series=None, today=None):
    data = november()
    ax = figure(theme, 10, 3).add_subplot()
    return streaks.draw_streaks(
        ax, data.series if series is None else series, theme, year=2026, today=today
    )


def centre(square):
    x, y = square.get_xy()
    return round(x + square.get_width() / 2 - 0.5), round(y + square.get_height() / 2 - 0.5)


def test_days_sit_in_week_columns_and_weekday_rows():
    assert streaks.cell(dt.date(2026, 1, 1)) == (0, 3)  # a Thursday in the first week
    assert streaks.cell(dt.date(2026, 1, 5)) == (1, 0)  # the next Monday starts week 2
    sunday, monday = streaks.cell(nov(1)), streaks.cell(nov(2))
    assert (sunday[1], monday[1], monday[0] - sunday[0]) == (6, 0, 1)


@THEMES
def test_the_three_kinds_of_day_differ_by_texture_not_only_colour(theme):
    artists = draw(theme)
    assert [centre(s) for s in artists.meaningful] == [streaks.cell(nov(d)) for d in (1, 4, 5, 8)]
    assert [centre(s) for s in artists.isolated] == [streaks.cell(nov(d)) for d in (2, 6, 7)]
    assert [centre(s) for s in artists.unlogged] == [streaks.cell(nov(d)) for d in (3, 9, 10)]
    assert {s.get_hatch() for s in artists.isolated} == {theme.isolated_hatch}
    assert {s.get_hatch() for s in artists.meaningful + artists.unlogged} == {None}
    assert all(s.get_fill() and s.get_facecolor()[3] == 1 for s in artists.meaningful)
    assert all(s.get_facecolor()[3] == 0 for s in artists.unlogged)  # hollow
    assert all(s.get_linewidth() > 0 for s in artists.unlogged)


def test_runs_are_outlined_and_the_longest_more_boldly():
    artists = draw()
    assert artists.streaks == (Streak(nov(2), nov(2)), Streak(nov(6), nov(7)))
    assert artists.longest == Streak(nov(6), nov(7))
    assert artists.longest_run is not None
    # Friday 6 and Saturday 7 share one edge: the outline is the other six.
    assert len(artists.longest_run.get_segments()) == 6
    assert artists.longest_run.get_linewidth()[0] > artists.runs.get_linewidth()[0]
    assert len(artists.runs.get_segments()) == 0  # a single day is no run


def test_a_run_over_a_weekend_wraps_to_the_next_column():
    run = Streak(nov(8), nov(9))  # Sunday, then Monday of the next week
    assert len(streaks.outline(run)) == 8


def test_longest_and_current_runs_are_spelt_out():
    days = [*november().days, make_day(nov(9), 3), make_day(nov(10), 4, (Mode.TEXT, 3, 1))]
    series = stats(days, dt.date(2026, 1, 1), nov(10))
    artists = draw(series=series, today=nov(10))
    assert artists.current == Streak(nov(9), nov(10))
    assert artists.summary.get_text() == (
        "Longest run without meaningful contact: 2 days, 9–10 Nov.\n"  # the latest of equals
        "Current run: 2 days, since 9 Nov."
    )


def test_no_current_run_without_a_today_or_when_today_had_contact():
    assert "Current" not in draw().summary.get_text()
    data = november()
    days = [*data.days, make_day(nov(10), 6, (Mode.IN_PERSON, 30, 3))]
    artists = draw(series=stats(days, nov(1), nov(10)), today=nov(10))
    assert artists.current is None
    assert artists.summary.get_text().endswith("No run going on right now.")


def test_a_year_without_isolated_days_says_so():
    days = [make_day(nov(1), 6, (Mode.CALL, 45, 4))]
    assert draw(series=stats(days, nov(1), nov(1))).summary.get_text() == (
        "Every logged day of 2026 had meaningful contact."
    )
    assert draw(series=stats([], nov(1), nov(3))).summary.get_text() == (
        "Nothing logged in 2026 yet."
    )


def test_month_and_weekday_labels():
    artists = draw()
    ax = artists.summary.axes
    assert [t.get_text() for t in ax.get_xticklabels()][:3] == ["Jan", "Feb", "Mar"]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Mon", "Wed", "Fri", "Sun"]
    assert ax.get_ylim()[0] > ax.get_ylim()[1]  # Monday on top
    labels = [t.get_text() for t in artists.legend.get_texts()]
    assert labels[:3] == ["meaningful contact", "no meaningful contact", "not logged"]


def test_the_figure_and_table():
    data = november()
    fig = figure(LIGHT, 10, 3)
    streaks.draw(fig, data.series, LIGHT, context=data.context)
    assert fig.get_suptitle() == "Days with and without meaningful contact, 2026"
    table = streaks.table(data.series, context=data.context)
    assert table.headers == ("First day", "Last day", "Days", "Days you wanted more company")
    assert table.rows == (
        ("2026-11-02", "2026-11-02", "1", "0"),
        ("2026-11-06", "2026-11-07", "2", "0"),
    )
    assert table.caption.startswith("Longest run without meaningful contact: 2 days")


@pytest.mark.parametrize(
    ("start", "end", "words"),
    [
        (nov(3), nov(3), "3 Nov"),
        (nov(3), nov(11), "3–11 Nov"),
        (dt.date(2026, 2, 27), dt.date(2026, 3, 2), "27 Feb – 2 Mar"),
    ],
)
def test_spans_read_naturally(start, end, words):
    assert text.span(start, end) == words
