import datetime as dt

import numpy as np
from chartdata import THEMES, figure, make_day, nov, november, stats

from diary.charts import pixels
from diary.charts.theme import LIGHT
from diary.domain.models import Mode


def draw(theme=LIGHT, series=None, today=None):
    data = november()
    ax = figure(theme, 9, 4).add_subplot()
    return pixels.draw_pixels(
        ax, data.series if series is None else series, theme, year=2026, today=today
    )


def test_the_grid_holds_each_mood_at_month_and_day():
    grid = pixels.mood_grid(november().series, 2026)
    assert grid.shape == (12, 31)
    assert grid[10, 0] == 6 and grid[10, 1] == 3 and grid[10, 3] == 7 and grid[10, 7] == 8
    assert np.ma.count(grid) == 6  # only the six days with a mood
    assert np.ma.is_masked(grid[10, 2])  # unlogged
    assert np.ma.is_masked(grid[10, 4])  # logged without a mood


def test_moods_of_other_years_are_left_out():
    days = [make_day(dt.date(2025, 12, 31), 9), make_day(dt.date(2026, 1, 1), 1)]
    grid = pixels.mood_grid(stats(days, dt.date(2025, 12, 31), dt.date(2026, 1, 1)), 2026)
    assert np.ma.count(grid) == 1 and grid[0, 0] == 1


@THEMES
def test_the_mesh_draws_the_grid_in_the_themes_mood_colours(theme):
    artists = draw(theme)
    drawn = artists.cells.get_array()
    assert drawn.shape == (12, 31)
    assert np.array_equal(np.ma.getmaskarray(drawn), np.ma.getmaskarray(artists.grid))
    assert np.array_equal(drawn.compressed(), artists.grid.compressed())
    assert list(artists.cells.get_cmap().colors) == list(theme.mood_colours)
    assert artists.cells.norm(1) != artists.cells.norm(2)  # one colour per mood
    assert len(set(theme.mood_colours)) == 9


def test_impossible_and_future_dates_are_blank_and_empty_days_dotted():
    artists = draw(today=nov(10))
    real = pixels.date_mask(2026, nov(10))
    assert not real[1, 28] and not real[1, 29] and not real[3, 30]  # 29-30 Feb, 31 Apr (2026)
    assert real[10, 9] and not real[10, 10]  # 10 Nov has happened, 11 Nov has not
    dots = {(int(x), int(y)) for x, y in artists.empty.get_offsets()}
    # Everything in 2026 up to 10 November without a mood: here only Nov 3, 5, 9, 10 are
    # days of the series, but every earlier date without a mood is empty too.
    assert {(3, 11), (5, 11), (9, 11), (10, 11)} <= dots
    assert (11, 11) not in dots and (30, 2) not in dots and (31, 4) not in dots
    assert (1, 11) not in dots  # 1 Nov has a mood
    assert len(dots) == int(real.sum()) - 6
    assert len(artists.frames.get_paths()) == len(dots)


def test_the_colourbar_names_the_mood_scale():
    artists = draw()
    labels = [t.get_text() for t in artists.colourbar.ax.get_yticklabels()]
    assert labels == ["1 low", "2", "3", "4", "5 neutral", "6", "7", "8", "9 high"]
    assert artists.colourbar.ax.get_ylabel() == "Mood (1 low, 9 high)"
    assert [t.get_text() for t in artists.legend.get_texts()] == ["no mood written"]
    ax = artists.cells.axes
    assert ax.get_yticklabels()[0].get_text() == "Jan"
    assert ax.get_ylim() == (12.5, 0.5)


def test_the_figure_and_table():
    data = november()
    days = [*data.days, make_day(dt.date(2026, 3, 4), 5, (Mode.CALL, 20, 3))]
    series = stats(days, dt.date(2026, 1, 1), nov(10))
    fig = figure(LIGHT, 9, 4)
    artists = pixels.draw(fig, series, LIGHT, context=data.context)
    assert fig.get_suptitle() == "Your 2026 in moods"
    assert artists.grid[2, 3] == 5
    table = pixels.table(series, context=data.context)
    assert table.headers == ("Date", "Mood")
    assert len(table.rows) == (nov(10) - dt.date(2026, 1, 1)).days + 1
    assert ("2026-03-04", "5") in table.rows
    assert ("2026-11-03", "not logged") in table.rows
    assert ("2026-11-05", "no mood") in table.rows
