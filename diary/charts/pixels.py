"""Year in pixels: one square per date, months as rows and days 1–31 as columns, coloured by mood.

Dates without a mood get a small dot in an empty square; dates that do not exist (30 February)
and dates still to come are left blank. A colourbar names the ends and the middle of the scale.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import Collection, PathCollection, QuadMesh
from matplotlib.colorbar import Colorbar
from matplotlib.colors import BoundaryNorm, ListedColormap
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.lines import Line2D

from diary import messages
from diary.charts import text
from diary.charts.context import ChartContext, within
from diary.charts.figure import title_figure
from diary.charts.table import DataTable
from diary.charts.theme import MOODS, ChartTheme, style_axes, style_figure, style_legend
from diary.domain.models import MOOD_MAX, MOOD_MIN
from diary.domain.stats import DayStats

MONTHS, DAYS = 12, 31


@dataclass(frozen=True)
class PixelArtists:
    """What ``draw_pixels`` drew.

    Attributes:
        grid: Mood per date, 12 x 31 (row = month - 1, column = day - 1), masked where there
            is no mood, no such date or the date is still to come.
        cells: The mood squares; ``cells.get_array()`` is ``grid``.
        frames: An empty square for every date that exists and has happened without a mood.
        empty: One dot in each of those squares.
        colourbar: The mood scale.
        legend: The key for the dots.
    """

    grid: np.ma.MaskedArray
    cells: QuadMesh
    frames: Collection
    empty: PathCollection
    colourbar: Colorbar
    legend: Legend


def mood_grid(series: Sequence[DayStats], year: int) -> np.ma.MaskedArray:
    """Mood per date of the year as a masked 12 x 31 array (row = month - 1, column = day - 1)."""
    grid = np.ma.masked_array(np.zeros((MONTHS, DAYS)), mask=np.ones((MONTHS, DAYS), dtype=bool))
    for s in series:
        if s.day.year == year and s.mood is not None:
            grid[s.day.month - 1, s.day.day - 1] = s.mood
    return grid


def date_mask(year: int, last: dt.date | None) -> np.ndarray:
    """True for cells that are real dates of ``year`` up to ``last`` (all of them if None)."""
    real = np.zeros((MONTHS, DAYS), dtype=bool)
    for month in range(1, MONTHS + 1):
        length = calendar.monthrange(year, month)[1]
        for day in range(1, length + 1):
            real[month - 1, day - 1] = last is None or dt.date(year, month, day) <= last
    return real


def draw_pixels(
    ax: Axes,
    series: Sequence[DayStats],
    theme: ChartTheme,
    *,
    year: int,
    today: dt.date | None = None,
) -> PixelArtists:
    """Draw the year's moods on ``ax`` and a colourbar beside it (on ``ax``'s figure)."""
    style_axes(ax, theme)
    grid = mood_grid([s for s in series if today is None or s.day <= today], year)
    real = date_mask(year, today)
    edges_x = np.arange(DAYS + 1) + 0.5
    edges_y = np.arange(MONTHS + 1) + 0.5
    norm = BoundaryNorm(np.arange(MOOD_MIN - 0.5, MOOD_MAX + 1.0), theme.mood_cmap.N)
    cells = ax.pcolormesh(
        edges_x,
        edges_y,
        grid,
        cmap=theme.mood_cmap,
        norm=norm,
        edgecolors=theme.background,
        linewidth=1.2,
        zorder=2,
    )
    blank = real & np.ma.getmaskarray(grid)
    frames = ax.pcolor(  # pcolor, unlike pcolormesh, draws no edges around masked cells
        edges_x,
        edges_y,
        np.ma.masked_array(np.zeros((MONTHS, DAYS)), mask=~blank),
        cmap=_solid(theme.empty_cell),
        edgecolors=theme.background,
        linewidth=1.2,
        zorder=3,
    )
    rows, columns = np.nonzero(blank)
    empty = ax.scatter(
        columns + 1, rows + 1, s=3, marker="o", color=theme.muted, linewidths=0, zorder=4
    )
    ax.set_xlim(0.5, DAYS + 0.5)
    ax.set_ylim(MONTHS + 0.5, 0.5)  # January on top.
    ax.set_aspect("equal")
    ax.set_anchor("N")
    ax.set_xticks([1, 5, 10, 15, 20, 25, 31])
    ax.set_yticks(list(range(1, MONTHS + 1)))
    ax.set_yticklabels(list(text.month_names()))
    ax.tick_params(length=0)
    ax.set_xlabel(messages.CHART_DAY_OF_MONTH)
    for spine in ax.spines.values():
        spine.set_visible(False)

    figure = ax.get_figure()
    assert figure is not None  # An Axes always belongs to a figure here.
    colourbar = figure.colorbar(cells, ax=ax, ticks=list(MOODS), shrink=0.9, aspect=24, pad=0.02)
    colourbar.ax.set_yticklabels([_mood_label(m) for m in MOODS])
    colourbar.set_label(messages.CHART_MOOD_AXIS, color=theme.foreground)
    colourbar.outline.set_edgecolor(theme.grid)
    style_axes(colourbar.ax, theme)
    colourbar.ax.tick_params(length=0)
    legend = ax.legend(
        handles=[
            Line2D(
                [],
                [],
                marker="o",
                markersize=3,
                linestyle="none",
                color=theme.muted,
                markeredgewidth=0,
                label=messages.CHART_NO_MOOD_LEGEND,
            )
        ],
        loc="upper left",
        bbox_to_anchor=(0.0, -0.1),
        frameon=False,
        fontsize=theme.font_size * 0.9,
        handletextpad=0.3,
    )
    style_legend(legend, theme)
    return PixelArtists(grid, cells, frames, empty, colourbar, legend)


def _mood_label(mood: int) -> str:
    word = {
        MOOD_MIN: messages.CHART_MOOD_LOW,
        (MOOD_MIN + MOOD_MAX) // 2: messages.CHART_MOOD_NEUTRAL,
        MOOD_MAX: messages.CHART_MOOD_HIGH,
    }.get(mood)
    return str(mood) if word is None else f"{mood} {word}"


def _solid(colour: str) -> ListedColormap:
    return ListedColormap([colour])


def pixels_table(
    series: Sequence[DayStats], *, year: int, today: dt.date | None = None
) -> DataTable:
    """Each day of the year drawn: its date and mood, or why it has none."""
    rows = tuple(
        (text.iso(s.day), _mood_cell(s))
        for s in sorted(series, key=lambda s: s.day)
        if s.day.year == year and (today is None or s.day <= today)
    )
    headers = (messages.CHART_COL_DATE, messages.CHART_COL_MOOD)
    return DataTable(messages.CHART_PIXELS_CAPTION.format(year=year), headers, rows)


def _mood_cell(day: DayStats) -> str:
    if day.mood is not None:
        return str(day.mood)
    return messages.CHART_NO_MOOD if day.logged else messages.CHART_DAY_UNLOGGED


def draw(
    fig: Figure, series: Sequence[DayStats], theme: ChartTheme, *, context: ChartContext
) -> PixelArtists:
    """Lay the year in pixels out on a whole Figure."""
    days = within(series, context.year_span())
    ax = fig.add_subplot()
    artists = draw_pixels(ax, days, theme, year=context.year, today=context.today)
    title_figure(fig, messages.CHART_TITLE_PIXELS.format(year=context.year), theme)
    style_figure(fig, theme)
    return artists


def table(series: Sequence[DayStats], *, context: ChartContext) -> DataTable:
    """The year in pixels as a table."""
    days = within(series, context.year_span())
    return pixels_table(days, year=context.year, today=context.today)
