import math

import pytest
from chartdata import THEMES, figure, make_day, nov, november, stats

from diary.charts import month
from diary.charts.theme import LIGHT, ChartTheme
from diary.domain.models import Mode


def draw(theme: ChartTheme = LIGHT, series=None) -> month.MonthArtists:
    data = november()
    return month.draw_month(
        figure(theme), data.series if series is None else series, theme, year=2026, month=11
    )


def test_the_mood_line_is_the_daily_mood_with_gaps_where_there_is_none():
    artists = draw()
    xs = list(artists.mood.get_xdata())
    ys = list(artists.mood.get_ydata())
    assert xs == list(range(1, 11))
    expected = [6, 3, None, 7, None, 2, 2, 8, None, None]
    assert [None if math.isnan(y) else y for y in ys] == expected
    assert artists.mood.get_marker() == "o"


def test_bars_stack_meaningful_minutes_by_mode_in_a_fixed_order():
    artists = draw()
    heights = {mode: [bar.get_height() for bar in artists.bars[mode]] for mode in Mode}
    assert heights[Mode.IN_PERSON] == [60, 0, 0, 0, 15, 0, 0, 0, 0, 0]
    assert heights[Mode.CALL] == [0, 0, 0, 30, 0, 0, 0, 0, 0, 0]
    assert heights[Mode.VIDEO] == [0, 0, 0, 20, 0, 0, 0, 0, 0, 0]
    assert heights[Mode.TEXT] == [0] * 7 + [20, 0, 0]  # depth 4: meaningful though a text
    assert heights[Mode.SOCIAL] == [0] * 10
    # Video sits on in person (0) on the 4th; call sits on in person + video.
    assert artists.bars[Mode.VIDEO][3].get_y() == 0
    assert artists.bars[Mode.CALL][3].get_y() == 20
    assert all(c.patches[0].get_x() + 0.36 == pytest.approx(1) for c in artists.bars.values())


def test_mood_above_and_minutes_below_share_one_day_axis_without_twin_axes():
    artists = draw()
    ax, below = artists.mood_ax, artists.minutes_ax
    assert artists.mood.axes is ax
    assert artists.bars[Mode.IN_PERSON].patches[0].axes is below
    fig = ax.get_figure()
    assert fig is not None and list(fig.axes) == [ax, below]  # no twin: two axes, that is all
    assert ax.get_shared_x_axes().joined(ax, below)
    assert not ax.get_shared_y_axes().joined(ax, below)
    # Mood sits above the minutes, each with its own scale labelled on the left.
    assert ax.get_position().y0 > below.get_position().y1
    assert ax.yaxis.get_label_position() == below.yaxis.get_label_position() == "left"
    assert ax.get_ylim() == (0.5, 9.5 + month.MARK_ROOM)  # room above 9 for the lonely marks
    assert ax.get_xlim() == below.get_xlim() == (0.5, 30.5)
    assert list(ax.get_yticks()) == list(range(1, 10))
    assert below.get_ylim()[1] == pytest.approx(60 * month.BAR_HEADROOM)
    assert below.get_ylabel() == "Minutes with people"
    assert ax.get_ylabel() == "Mood (1 low, 9 high)"
    assert below.get_xlabel() == "November 2026"
    assert not any(label.get_visible() and label.get_text() for label in ax.get_xticklabels())


@THEMES
def test_isolated_and_unlogged_days_are_hatched_bands_that_differ(theme):
    artists = draw(theme)
    assert [round(b.get_x() + 0.5) for b in artists.isolated] == [2, 6, 7]
    assert [round(b.get_x() + 0.5) for b in artists.unlogged] == [3, 9, 10]
    assert {b.get_hatch() for b in artists.isolated} == {theme.isolated_hatch}
    assert {b.get_hatch() for b in artists.unlogged} == {theme.unlogged_hatch}
    assert theme.isolated_hatch != theme.unlogged_hatch
    assert all(b.get_height() == 1.0 for b in artists.isolated + artists.unlogged)


def test_the_legend_names_mood_the_modes_used_and_both_kinds_of_band():
    artists = draw()
    labels = [t.get_text() for t in artists.legend.get_texts()]
    assert labels == [
        "mood",
        "in person",
        "video",
        "call",
        "text",
        "no meaningful contact",
        "not logged",
    ]
    hatches = [h.get_hatch() for h in artists.legend.legend_handles[-2:]]
    assert hatches == [LIGHT.isolated_hatch, LIGHT.unlogged_hatch]


def test_days_outside_the_month_are_ignored_and_future_days_left_blank():
    days = [make_day(nov(1).replace(month=10, day=31), 9), make_day(nov(1), 4)]
    artists = draw(series=stats(days, nov(1).replace(month=10, day=31), nov(2)))
    assert list(artists.mood.get_xdata()) == [1, 2]
    assert len(artists.unlogged) == 1  # the 2nd; the 3rd to the 30th have not happened
    assert artists.note is None


def test_an_empty_month_says_so():
    artists = draw(series=stats([], nov(1), nov(5)))
    assert artists.note is not None
    assert artists.note.get_text() == "Nothing logged in November 2026 yet."


def test_the_figure_has_a_title_and_the_table_matches_the_chart():
    data = november()
    fig = figure()
    month.draw(fig, data.series, LIGHT, context=data.context)
    assert fig.get_suptitle() == "Mood and meaningful contact, November 2026"
    table = month.table(data.series, context=data.context)
    assert table.headers[:2] == ("Date", "Mood")
    assert len(table.headers) == 2 + len(Mode) + 2
    assert len(table.rows) == 10
    assert table.rows[0] == (
        "2026-11-01",
        "6",
        "60",
        "0",
        "0",
        "0",
        "0",
        "60",
        "meaningful contact",
    )
    assert table.rows[1][-1] == "no meaningful contact"
    assert table.rows[2] == ("2026-11-03", "–", "0", "0", "0", "0", "0", "0", "not logged")
    assert "November 2026" in table.caption


def test_an_isolated_day_without_a_mood_is_still_marked():
    days = [make_day(nov(1), None, text="Stayed in."), make_day(nov(2), None, (Mode.SOCIAL, 30, 1))]
    artists = draw(series=stats(days, nov(1), nov(2)))
    assert [round(b.get_x() + 0.5) for b in artists.isolated] == [1, 2]
    assert artists.unlogged == ()
