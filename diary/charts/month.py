"""Month overview: the daily mood line above, stacked bars of meaningful minutes below.

Two axes, one above the other, share the day axis (no twin y-axes: each has its own scale and
its own label on the left). Isolated days and unlogged days get a full-height band each in the
mood axes, told apart by hatching as well as colour, so a missing evening is never mistaken for
a lonely one.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.container import BarContainer
from matplotlib.figure import Figure, SubFigure
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle
from matplotlib.text import Text

from diary import messages
from diary.charts import company, text
from diary.charts.context import ChartContext, within
from diary.charts.figure import title_figure
from diary.charts.table import DataTable
from diary.charts.theme import MOODS, ChartTheme, style_axes, style_figure, style_legend
from diary.domain.models import MOOD_MAX, MOOD_MIN, Mode
from diary.domain.stats import DayStats

MIN_MINUTES_AXIS = 60
"""The minutes axis reaches at least an hour, so a 10-minute call does not fill the chart."""

BAR_HEADROOM = 1.12
MARK_ROOM = 0.7
"""Mood units above the top mood: where a lonely day's mark sits, whole and clear of a mood of
9 (at the very top edge the axes cut the mark in half)."""
"""The minutes axis reaches a little above the tallest day's bar."""

BAR_WIDTH = 0.72
"""Each day's bar is this share of a day wide."""

HEIGHT_RATIOS = (3.0, 2.0)
"""Mood above takes three fifths of the height, minutes below two."""


@dataclass(frozen=True)
class MonthArtists:
    """What ``draw_month`` drew.

    Attributes:
        days: The days drawn, in order; index i is x position ``days[i].day``.
        mood: The mood line; NaN where a day has no mood, which leaves a gap.
        bars: One stack layer per mode, one bar per drawn day (height 0 on days without).
        mood_ax: The upper axes, holding the mood line and the bands.
        minutes_ax: The lower axes, holding the bars; it shares its day axis with ``mood_ax``.
        isolated: One hatched band per isolated day.
        unlogged: One hatched band per unlogged day.
        legend: The legend below the chart.
        note: A message drawn when nothing in the month is logged, else None.
        lonely: The marks at the top of the isolated days on which the user wanted more
            company (``charts.company``); None when the month has none.
    """

    days: tuple[DayStats, ...]
    mood: Line2D
    bars: Mapping[Mode, BarContainer]
    mood_ax: Axes
    minutes_ax: Axes
    isolated: tuple[Rectangle, ...]
    unlogged: tuple[Rectangle, ...]
    legend: Legend
    note: Text | None
    lonely: Line2D | None = None


def month_days(series: Sequence[DayStats], year: int, month: int) -> tuple[DayStats, ...]:
    """The days of ``series`` that fall in the month, in date order."""
    return tuple(
        sorted(
            (s for s in series if (s.day.year, s.day.month) == (year, month)), key=lambda s: s.day
        )
    )


def draw_month(
    fig: Figure | SubFigure,
    series: Sequence[DayStats],
    theme: ChartTheme,
    *,
    year: int,
    month: int,
) -> MonthArtists:
    """Draw one month on ``fig``: mood in an upper axes, minutes in a lower one, one day axis.

    Days of ``series`` outside the month are ignored; days of the month missing from ``series``
    (still to come) are left blank.
    """
    days = month_days(series, year, month)
    length = calendar.monthrange(year, month)[1]
    xs = [s.day.day for s in days]

    ax, bars_ax = fig.subplots(
        2, 1, sharex=True, gridspec_kw={"height_ratios": list(HEIGHT_RATIOS)}
    )
    style_axes(bars_ax, theme)
    style_axes(ax, theme)

    bars: dict[Mode, BarContainer] = {}
    bottom = [0] * len(days)
    for mode in Mode:
        heights = [s.minutes_by_mode.get(mode, 0) for s in days]
        bars[mode] = _bars(bars_ax, xs, heights, bottom, theme.mode_colours[mode], theme, mode)
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    tallest = max([MIN_MINUTES_AXIS, *bottom])
    bars_ax.set_ylim(0, tallest * BAR_HEADROOM)
    bars_ax.set_ylabel(messages.CHART_MINUTES_AXIS_SHORT)
    bars_ax.spines["top"].set_visible(False)
    bars_ax.spines["right"].set_visible(False)
    bars_ax.grid(axis="y", color=theme.grid, linewidth=0.5, alpha=0.7)
    bars_ax.set_axisbelow(True)

    isolated = tuple(
        _band(ax, s.day.day, theme.isolated, theme.isolated_fill, theme.isolated_hatch)
        for s in days
        if s.isolated
    )
    unlogged = tuple(
        _band(ax, s.day.day, theme.unlogged, "none", theme.unlogged_hatch)
        for s in days
        if not s.logged
    )

    lonely_xs = [s.day.day for s in days if company.is_lonely(s)]
    lonely = None
    if lonely_xs:  # at the top of the band, above the highest mood
        top = [MOOD_MAX + 0.5 + MARK_ROOM / 2] * len(lonely_xs)
        lonely = company.draw_marks(ax, lonely_xs, top, theme)

    moods = [float("nan") if s.mood is None else float(s.mood) for s in days]
    (line,) = ax.plot(
        xs,
        moods,
        color=theme.foreground,
        linewidth=1.8,
        marker="o",
        markersize=5,
        markerfacecolor=theme.foreground,
        markeredgecolor=theme.background,
        markeredgewidth=1.0,
        label=messages.CHART_MOOD_LEGEND,
        zorder=4,
    )
    ax.set_xlim(0.5, length + 0.5)
    ax.set_ylim(MOOD_MIN - 0.5, MOOD_MAX + 0.5 + MARK_ROOM)
    ax.set_yticks(list(MOODS))
    ax.set_ylabel(messages.CHART_MOOD_AXIS)
    bars_ax.set_xticks(list(range(1, length + 1)))
    text.locale_ticks(bars_ax.yaxis)
    bars_ax.tick_params(axis="x", labelsize=theme.font_size * 0.8)
    ax.tick_params(axis="x", labelbottom=False)
    bars_ax.set_xlabel(text.month_heading(year, month))
    ax.grid(axis="y", color=theme.grid, linewidth=0.5, alpha=0.7)
    ax.set_axisbelow(True)
    ax.spines["top"].set_visible(False)
    ax.spines["right"].set_visible(False)

    note = None
    if not any(s.logged for s in days):
        note = ax.text(
            0.5,
            0.5,
            messages.CHART_NOTHING_LOGGED.format(period=text.month_title(year, month)),
            transform=ax.transAxes,
            ha="center",
            va="center",
            color=theme.muted,
            fontsize=theme.font_size * 1.1,
        )

    handles: list[Artist] = [line]
    handles += [
        Patch(facecolor=theme.mode_colours[mode], label=mode.label)
        for mode in Mode
        if any(s.minutes_by_mode.get(mode, 0) for s in days)
    ]
    handles.append(
        _key(
            theme.isolated,
            theme.isolated_fill,
            theme.isolated_hatch,
            messages.CHART_ISOLATED_LEGEND,
        )
    )
    if lonely is not None:
        handles.append(company.legend_key(theme))
    handles.append(
        _key(theme.unlogged, "none", theme.unlogged_hatch, messages.CHART_UNLOGGED_LEGEND)
    )
    legend = fig.legend(
        handles=handles,
        loc="outside lower center",
        ncols=len(handles),
        frameon=False,
        fontsize=theme.font_size * 0.9,
        handlelength=1.6,
        columnspacing=1.4,
    )
    style_legend(legend, theme)
    return MonthArtists(days, line, bars, ax, bars_ax, isolated, unlogged, legend, note, lonely)


def _bars(
    ax: Axes,
    xs: Sequence[int],
    heights: Sequence[int],
    bottom: Sequence[int],
    colour: str,
    theme: ChartTheme,
    mode: Mode,
) -> BarContainer:
    """One layer of the stacked bars, like ``ax.bar`` but without its costly limit updates.

    A month has 5 modes x 31 days of bars; ``ax.bar`` recomputes the data limits for each one
    although the limits are set explicitly afterwards.
    """
    patches = []
    for x, height, base in zip(xs, heights, bottom, strict=True):
        bar = Rectangle(
            (x - BAR_WIDTH / 2, base),
            BAR_WIDTH,
            height,
            facecolor=colour,
            edgecolor=theme.background,
            linewidth=0.6,
            zorder=2,
        )
        ax.add_artist(bar)
        patches.append(bar)
    return BarContainer(patches, label=mode.label)


def _band(ax: Axes, x: int, edge: str, face: str, hatch: str) -> Rectangle:
    """A full-height, hatched band over one day."""
    band = Rectangle(
        (x - 0.5, 0.0),
        1.0,
        1.0,
        transform=ax.get_xaxis_transform(),
        facecolor=face,
        edgecolor=edge,
        hatch=hatch,
        linewidth=0.0,
        alpha=0.9,
        zorder=1,
    )
    ax.add_artist(band)  # limits are set explicitly: skip add_patch's costly limit update
    return band


def _key(edge: str, face: str, hatch: str, label: str) -> Patch:
    return Patch(facecolor=face, edgecolor=edge, hatch=hatch, linewidth=0.5, label=label)


def month_table(series: Sequence[DayStats], *, year: int, month: int) -> DataTable:
    """Each day of the month: mood, meaningful minutes by mode and what kind of day it was."""
    days = month_days(series, year, month)
    headers = (
        messages.CHART_COL_DATE,
        messages.CHART_COL_MOOD,
        *(messages.CHART_COL_MODE_MINUTES.format(mode=mode.label) for mode in Mode),
        messages.CHART_COL_MEANINGFUL_MINUTES,
        messages.CHART_COL_DAY,
    )
    rows = tuple(
        (
            text.iso(s.day),
            text.optional(s.mood),
            *(str(s.minutes_by_mode.get(mode, 0)) for mode in Mode),
            str(s.meaningful_minutes),
            _day_kind(s),
        )
        for s in days
    )
    caption = messages.CHART_MONTH_CAPTION.format(period=text.month_title(year, month))
    return DataTable(caption, headers, rows)


def _day_kind(day: DayStats) -> str:
    if not day.logged:
        return messages.CHART_DAY_UNLOGGED
    if company.is_lonely(day):
        return f"{messages.CHART_DAY_ISOLATED}, {company.legend_words()}"
    if day.isolated:
        return messages.CHART_DAY_ISOLATED
    return messages.CHART_DAY_MEANINGFUL


def draw(
    fig: Figure, series: Sequence[DayStats], theme: ChartTheme, *, context: ChartContext
) -> MonthArtists:
    """Lay the month overview out on a whole Figure."""
    days = within(series, context.month_span())
    artists = draw_month(fig, days, theme, year=context.year, month=context.month)
    period = text.month_title(context.year, context.month)
    title_figure(fig, messages.CHART_TITLE_MONTH.format(period=period), theme)
    style_figure(fig, theme)
    return artists


def table(series: Sequence[DayStats], *, context: ChartContext) -> DataTable:
    """The month overview as a table."""
    days = within(series, context.month_span())
    return month_table(days, year=context.year, month=context.month)
