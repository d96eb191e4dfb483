"""Isolation streaks: a year as a calendar of weeks (columns) by weekdays (rows).

The weeks start on the locale's first day (Monday in most of Europe, Sunday in the US), as
the Journal's calendar does.

Days with meaningful contact are solid, isolated days hatched, unlogged days hollow, so the three
read apart without colour. Runs of isolated days are outlined, the longest more boldly, and the
longest and current runs are spelt out under the calendar.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from matplotlib.axes import Axes
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle
from matplotlib.text import Text

from diary import locale_format, messages
from diary.charts import company, text
from diary.charts.context import ChartContext, within
from diary.charts.figure import title_figure
from diary.charts.table import DataTable
from diary.charts.theme import ChartTheme, style_axes, style_figure, style_legend
from diary.domain.solitude import streak_company
from diary.domain.stats import DayStats, Streak, current_streak, isolation_streaks, longest_streak

CELL = 0.84
"""Side of a day's square; the rest of its unit cell is the gap between days."""

Segment = tuple[tuple[float, float], tuple[float, float]]


@dataclass(frozen=True)
class StreakArtists:
    """What ``draw_streaks`` drew.

    Attributes:
        meaningful: One solid square per day with meaningful contact.
        isolated: One hatched square per isolated day.
        unlogged: One hollow square per unlogged day.
        runs: Outlines of every run of two or more isolated days.
        longest_run: The bolder outline of the longest run (None without one).
        streaks: The runs of isolated days within the year, oldest first.
        longest: The longest run, None without isolated days.
        current: The run reaching today, None if there is none or no today was given.
        summary: The sentences under the calendar.
        legend: The key.
        lonely: Marks on the isolated days on which the user wanted more company
            (``charts.company``); None when the year has none.
    """

    meaningful: tuple[Rectangle, ...]
    isolated: tuple[Rectangle, ...]
    unlogged: tuple[Rectangle, ...]
    runs: LineCollection
    longest_run: LineCollection | None
    streaks: tuple[Streak, ...]
    longest: Streak | None
    current: Streak | None
    summary: Text
    legend: Legend
    lonely: Line2D | None = None


def _origin(year: int) -> dt.date:
    """The first day of the week that holds 1 January: column 0, row 0 of the calendar."""
    return locale_format.week_start(dt.date(year, 1, 1))


def cell(day: dt.date) -> tuple[int, int]:
    """(column, row) of a day in its year's calendar: weeks from the week of 1 January.

    Rows follow the locale's week: row 0 is its first day (Monday, or Sunday in the US).
    """
    offset = (day - _origin(day.year)).days
    return offset // 7, offset % 7


def day_in(year: int, column: int, row: int) -> dt.date | None:
    """The day of ``year`` drawn at ``cell`` (column, row), if that square is one of it."""
    if not 0 <= row < 7 or column < 0:
        return None
    day = _origin(year) + dt.timedelta(days=7 * column + row)
    return day if day.year == year else None


def year_days(
    series: Sequence[DayStats], year: int, today: dt.date | None = None
) -> tuple[DayStats, ...]:
    """The days of ``series`` in the year (and not after today), in date order."""
    return tuple(
        sorted(
            (s for s in series if s.day.year == year and (today is None or s.day <= today)),
            key=lambda s: s.day,
        )
    )


def runs_of(
    days: tuple[DayStats, ...], today: dt.date | None
) -> tuple[tuple[Streak, ...], Streak | None, Streak | None]:
    """The runs of isolated days, the longest and (with a today in range) the current one."""
    current = None
    if today is not None and days and days[-1].day.year == today.year:
        current = current_streak(days)
    return tuple(isolation_streaks(days)), longest_streak(days), current


def draw_streaks(
    ax: Axes,
    series: Sequence[DayStats],
    theme: ChartTheme,
    *,
    year: int,
    today: dt.date | None = None,
) -> StreakArtists:
    """Draw the calendar of ``year`` on ``ax``.

    Days of the year missing from ``series`` (or after ``today``) are left blank.
    """
    style_axes(ax, theme)
    days = year_days(series, year, today)
    meaningful, isolated, unlogged = [], [], []
    for s in days:
        if not s.logged:
            unlogged.append(_square(ax, s.day, "none", theme.unlogged, "", 0.9))
        elif s.isolated:
            isolated.append(
                _square(ax, s.day, theme.isolated_fill, theme.isolated, theme.isolated_hatch, 0.0)
            )
        else:
            meaningful.append(_square(ax, s.day, theme.meaningful, theme.meaningful, "", 0.0))

    lonely_cells = [cell(s.day) for s in days if company.is_lonely(s)]
    lonely = None
    if lonely_cells:  # in the middle of the day's square
        xs, ys = [c + 0.5 for c, _ in lonely_cells], [r + 0.5 for _, r in lonely_cells]
        lonely = company.draw_marks(ax, xs, ys, theme)

    streaks, longest, current = runs_of(days, today)
    others = [r for r in streaks if r.length >= 2 and r != longest]
    runs = LineCollection(
        [seg for r in others for seg in outline(r)],
        colors=theme.streak,
        linewidths=1.1,
        capstyle="projecting",
        zorder=3,
    )
    ax.add_collection(runs)
    longest_run = None
    if longest is not None:
        longest_run = LineCollection(
            outline(longest), colors=theme.streak, linewidths=2.6, capstyle="projecting", zorder=4
        )
        ax.add_collection(longest_run)

    last_column = cell(dt.date(year, 12, 31))[0]
    ax.set_xlim(-0.2, last_column + 1.2)
    ax.set_ylim(7.1, -0.1)  # The week's first day on top.
    ax.set_aspect("equal")
    ax.set_anchor("N")  # Spare height goes below the calendar, not between it and the title.
    ax.set_yticks([0.5, 2.5, 4.5, 6.5])
    names, order = text.weekday_names(), locale_format.week()
    ax.set_yticklabels([names[order[row]] for row in (0, 2, 4, 6)])
    firsts = [dt.date(year, m, 1) for m in range(1, 13)]
    ax.set_xticks([cell(d)[0] + 0.5 + (1 if cell(d)[1] > 3 else 0) for d in firsts])
    ax.set_xticklabels(list(text.month_names()))
    ax.xaxis.tick_top()
    ax.tick_params(length=0, labelsize=theme.font_size * 0.9)
    for spine in ax.spines.values():
        spine.set_visible(False)

    summary = ax.text(
        0.0,
        -0.08,
        summarise(days, year, longest, current, today),
        transform=ax.transAxes,
        ha="left",
        va="top",
        color=theme.foreground,
        fontsize=theme.font_size,
        linespacing=1.5,
    )
    handles = [
        Patch(
            facecolor=theme.meaningful,
            edgecolor=theme.meaningful,
            label=messages.CHART_MEANINGFUL_LEGEND,
        ),
        Patch(
            facecolor=theme.isolated_fill,
            edgecolor=theme.isolated,
            hatch=theme.isolated_hatch,
            linewidth=0.5,
            label=messages.CHART_ISOLATED_LEGEND,
        ),
        Patch(
            facecolor="none",
            edgecolor=theme.unlogged,
            linewidth=0.9,
            label=messages.CHART_UNLOGGED_LEGEND,
        ),
        Line2D([], [], color=theme.streak, linewidth=1.1, label=messages.CHART_RUN_LEGEND),
        Line2D([], [], color=theme.streak, linewidth=2.6, label=messages.CHART_LONGEST_LEGEND),
    ]
    if lonely is not None:
        handles.insert(2, company.legend_key(theme))
    legend = ax.legend(
        handles=handles,
        loc="upper right",
        bbox_to_anchor=(1.0, -0.04),
        ncols=3 if lonely is None else 2,  # a sixth key goes in a third row, not wider
        frameon=False,
        fontsize=theme.font_size * 0.9,
        handlelength=1.4,
    )
    style_legend(legend, theme)
    return StreakArtists(
        tuple(meaningful),
        tuple(isolated),
        tuple(unlogged),
        runs,
        longest_run,
        streaks,
        longest,
        current,
        summary,
        legend,
        lonely,
    )


def _square(ax: Axes, day: dt.date, face: str, edge: str, hatch: str, width: float) -> Rectangle:
    column, row = cell(day)
    inset = (1 - CELL) / 2
    square = Rectangle(
        (column + inset, row + inset),
        CELL,
        CELL,
        facecolor=face,
        edgecolor=edge,
        hatch=hatch or None,
        linewidth=width,
        zorder=2,
    )
    ax.add_artist(square)  # limits are set explicitly: skip add_patch's costly limit update
    return square


def outline(streak: Streak) -> list[Segment]:
    """The border of a run's cells, leaving out the edges its days share with each other."""
    cells = {cell(d) for d in _dates(streak.start, streak.end)}
    segments: list[Segment] = []
    for column, row in sorted(cells):
        x, y = float(column), float(row)
        if (column - 1, row) not in cells:
            segments.append(((x, y), (x, y + 1)))
        if (column + 1, row) not in cells:
            segments.append(((x + 1, y), (x + 1, y + 1)))
        if (column, row - 1) not in cells:
            segments.append(((x, y), (x + 1, y)))
        if (column, row + 1) not in cells:
            segments.append(((x, y + 1), (x + 1, y + 1)))
    return segments


def _dates(start: dt.date, end: dt.date) -> Iterable[dt.date]:
    day = start
    while day <= end:
        yield day
        day += dt.timedelta(days=1)


def summarise(
    days: tuple[DayStats, ...],
    year: int,
    longest: Streak | None,
    current: Streak | None,
    today: dt.date | None,
) -> str:
    """The longest and the current run in words."""
    if not any(s.logged for s in days):
        return messages.CHART_NOTHING_LOGGED.format(period=year)
    if longest is None:
        return messages.CHART_NO_ISOLATED.format(year=year)
    lines = [
        messages.CHART_LONGEST.format(
            days=text.days(longest.length), span=text.span(longest.start, longest.end)
        )
    ]
    if today is not None and today.year == year:
        if current is None:
            lines.append(messages.CHART_NO_CURRENT)
        else:
            lines.append(
                messages.CHART_CURRENT.format(
                    days=text.days(current.length), since=text.day_month(current.start)
                )
            )
    return "\n".join(lines)


def streak_table(
    series: Sequence[DayStats], *, year: int, today: dt.date | None = None
) -> DataTable:
    """Every run of isolated days in the year: first day, last day and length."""
    days = year_days(series, year, today)
    streaks, longest, current = runs_of(days, today)
    rows = tuple(
        (text.iso(r.start), text.iso(r.end), str(r.length), str(_lonely_in(days, r)))
        for r in streaks
    )
    headers = (
        messages.CHART_COL_FIRST_DAY,
        messages.CHART_COL_LAST_DAY,
        messages.CHART_COL_DAYS,
        company.column_words(),
    )
    caption = summarise(days, year, longest, current, today).replace("\n", " ")
    return DataTable(caption, headers, rows)


def _lonely_in(days: Sequence[DayStats], streak: Streak) -> int:
    """How many days of a run the user said they wanted more company."""
    return streak_company(days, streak).more


def draw(
    fig: Figure, series: Sequence[DayStats], theme: ChartTheme, *, context: ChartContext
) -> StreakArtists:
    """Lay the year's isolation calendar out on a whole Figure."""
    days = within(series, context.year_span())
    ax = fig.add_subplot()
    artists = draw_streaks(ax, days, theme, year=context.year, today=context.today)
    title_figure(fig, messages.CHART_TITLE_STREAKS.format(year=context.year), theme)
    style_figure(fig, theme)
    return artists


def table(series: Sequence[DayStats], *, context: ChartContext) -> DataTable:
    """The year's runs of isolated days as a table."""
    days = within(series, context.year_span())
    return streak_table(days, year=context.year, today=context.today)
