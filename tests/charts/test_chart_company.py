"""Lonely days marked: isolated days on which the user wanted more company."""

from __future__ import annotations

import datetime as dt

from chartdata import THEMES, figure, nov, stats

from diary.charts import company, month, streaks
from diary.charts.context import ChartContext
from diary.charts.theme import DARK, LIGHT, ChartTheme
from diary.design import DARK as DARK_PALETTE
from diary.design import LIGHT as LIGHT_PALETTE
from diary.domain.company import Company
from diary.domain.models import Day, Entry, Interaction, Mode

TODAY = nov(10)


def days(*answers: tuple[int, Company | None, bool]) -> list:  # type: ignore[type-arg]
    """(day, answer, met someone for an hour) for days of November up to the 10th."""
    made = []
    for number, answer, met in answers:
        date = nov(number)
        contact = (Interaction(date, Mode.IN_PERSON, 60),) if met else ()
        made.append(Day(date, Entry(date, mood=4, company=answer), contact))
    return stats(made, nov(1), TODAY)


SERIES = days(
    (2, Company.MORE, False),  # lonely
    (3, Company.LESS, False),  # chosen solitude
    (4, Company.MORE, True),  # wanted more, but met someone: not an isolated day
    (6, None, False),
    (7, Company.MORE, False),  # lonely
)


@THEMES
def test_the_month_marks_only_lonely_isolated_days_with_a_legend_entry(theme: ChartTheme) -> None:
    artists = month.draw_month(figure(theme), SERIES, theme, year=2026, month=11)
    assert artists.lonely is not None
    assert list(artists.lonely.get_xdata()) == [2, 7]
    assert artists.lonely.get_marker() == company.MARKER
    assert artists.lonely.get_color() == theme.lonely
    assert artists.lonely.get_markeredgecolor() == theme.background
    assert artists.lonely.axes is artists.mood_ax
    labels = [t.get_text() for t in artists.legend.get_texts()]
    assert "wanted more company" in labels
    assert labels.index("wanted more company") == labels.index("no meaningful contact") + 1


def test_the_mark_takes_the_ink_of_each_theme() -> None:
    assert LIGHT.lonely == LIGHT_PALETTE.text and DARK.lonely == DARK_PALETTE.text
    assert LIGHT.lonely != DARK.lonely


def test_the_month_marks_sit_whole_inside_the_chart_above_the_highest_mood() -> None:
    """Drawn, each mark is inside the mood axes (not cut by its edge) and clear of a mood of 9."""
    artists = month.draw_month(figure(LIGHT), SERIES, LIGHT, year=2026, month=11)
    assert artists.lonely is not None
    fig = artists.mood_ax.get_figure()
    assert fig is not None
    fig.canvas.draw()
    ax = artists.mood_ax
    frame = ax.get_window_extent()
    half = artists.lonely.get_markersize() * fig.dpi / 72 / 2
    nine = ax.transData.transform((2, 9))[1] + 5 * fig.dpi / 72 / 2  # a mood dot of 9, its top
    for x, y in zip(artists.lonely.get_xdata(), artists.lonely.get_ydata(), strict=True):
        centre = ax.transData.transform((x, y))[1]
        assert frame.y0 < centre - half and centre + half <= frame.y1
        assert centre - half > nine


def test_without_lonely_days_there_is_no_mark_and_no_legend_entry() -> None:
    quiet = days((2, Company.RIGHT, False), (3, None, False), (4, Company.MORE, True))
    artists = month.draw_month(figure(), quiet, LIGHT, year=2026, month=11)
    assert artists.lonely is None
    assert "wanted more company" not in [t.get_text() for t in artists.legend.get_texts()]


def test_the_month_table_says_which_isolated_days_were_lonely() -> None:
    table = month.month_table(SERIES, year=2026, month=11)
    kinds = {row[0]: row[-1] for row in table.rows}
    assert kinds["2026-11-02"] == "no meaningful contact, wanted more company"
    assert kinds["2026-11-03"] == "no meaningful contact"
    assert kinds["2026-11-04"] == "meaningful contact"


@THEMES
def test_the_streaks_calendar_marks_them_in_their_squares(theme: ChartTheme) -> None:
    ax = figure(theme, 10, 3).add_subplot()
    artists = streaks.draw_streaks(ax, SERIES, theme, year=2026, today=TODAY)
    assert artists.lonely is not None
    centres = list(zip(artists.lonely.get_xdata(), artists.lonely.get_ydata(), strict=True))
    expected = [(c + 0.5, r + 0.5) for c, r in (streaks.cell(nov(2)), streaks.cell(nov(7)))]
    assert centres == expected
    assert "wanted more company" in [t.get_text() for t in artists.legend.get_texts()]


def test_the_streak_table_counts_the_lonely_days_of_each_run() -> None:
    context = ChartContext(2026, 11, today=TODAY)
    table = streaks.table(SERIES, context=context)
    assert table.headers[-1] == "Days you wanted more company"
    assert table.rows == (
        ("2026-11-02", "2026-11-03", "2", "1"),
        ("2026-11-06", "2026-11-07", "2", "1"),
    )


def test_a_year_without_answers_draws_as_before() -> None:
    plain = days((2, None, False), (3, None, False))
    ax = figure().add_subplot()
    artists = streaks.draw_streaks(ax, plain, LIGHT, year=2026, today=dt.date(2026, 11, 10))
    assert artists.lonely is None


def test_the_sixth_key_makes_the_streak_legend_taller_not_wider() -> None:
    """The legend sits beside the run sentences: it must not grow over them."""

    def legend_size(series: list) -> tuple[float, float]:  # type: ignore[type-arg]
        fig = figure(LIGHT, 10, 3)
        artists = streaks.draw_streaks(fig.add_subplot(), series, LIGHT, year=2026, today=TODAY)
        fig.canvas.draw()
        box = artists.legend.get_window_extent()
        return box.width, box.height

    plain = legend_size(days((2, None, False), (3, None, False)))
    marked = legend_size(SERIES)
    assert marked[0] <= plain[0] and marked[1] > plain[1]
