"""Check-ins over a year: WHO-5 wellbeing (0-100) above, UCLA-3 loneliness (3-9) below.

Each questionnaire has its own axes, its own marker and its own words, and its published line
is drawn dashed and keyed in words above its axes (52, i.e. raw 13, for the WHO-5; 6 for the
UCLA-3), so nothing is said by colour alone. The lines are reading aids, not verdicts: the
caption and the table use the same calm words as the rest of Hearth.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.text import Text

from diary import messages
from diary.charts import text
from diary.charts.context import ChartContext, within
from diary.charts.figure import title_figure
from diary.charts.table import DataTable
from diary.charts.theme import ChartTheme, style_axes, style_figure, style_legend
from diary.domain.checkins import UCLA3_LONELY, WHO5_LOW_RAW, raw_score, score
from diary.domain.models import CheckIn, CheckInKind
from diary.domain.stats import DayStats

WHO5_LINE = WHO5_LOW_RAW * 4
"""The WHO-5 line on the 0-100 scale: 52, i.e. a raw score of 13."""
UCLA3_LINE = UCLA3_LONELY
"""The UCLA-3 total from which answers are commonly read as lonely."""
LABELLED_POINTS = 14
"""Up to this many results per questionnaire are also written above their points."""


@dataclass(frozen=True)
class CheckInArtists:
    """What ``draw_checkins`` drew.

    Attributes:
        who5_ax: The upper axes (WHO-5 percentage, 0-100).
        ucla3_ax: The lower axes (UCLA-3 total, 3-9).
        who5: The WHO-5 results, one point per check-in in date order.
        ucla3: The UCLA-3 results, likewise.
        who5_line: The dashed line at 52 (raw 13).
        ucla3_line: The dashed line at 6.
        labels: The words of the two lines, WHO-5 first.
        values: The numbers written above the points (none beyond ``LABELLED_POINTS``).
        notes: "No check-ins yet" messages of empty axes.
    """

    who5_ax: Axes
    ucla3_ax: Axes
    who5: Line2D
    ucla3: Line2D
    who5_line: Line2D
    ucla3_line: Line2D
    labels: tuple[Text, Text]
    values: tuple[Text, ...]
    notes: tuple[Text, ...]


def of_kind(checkins: Sequence[CheckIn], kind: CheckInKind) -> tuple[CheckIn, ...]:
    """The check-ins of one kind, oldest first (same-day ones in their given order)."""
    return tuple(sorted((c for c in checkins if c.kind is kind), key=lambda c: c.day))


def x_of(day: dt.date) -> float:
    """Where a day is drawn: days since 1 January of its year (0 to 365)."""
    return float((day - dt.date(day.year, 1, 1)).days)


def _year_ticks(ax: Axes, year: int) -> None:
    starts = [x_of(dt.date(year, month, 1)) for month in range(1, 13)]
    ax.set_xticks(starts, labels=list(text.month_names()))
    ax.set_xlim(-2.0, x_of(dt.date(year, 12, 31)) + 2.0)


def _panel(
    ax: Axes,
    items: Sequence[CheckIn],
    theme: ChartTheme,
    *,
    values: Sequence[float],
    marker: str,
    legend: str,
    line_at: float,
    line_words: str,
    empty_words: str,
) -> tuple[Line2D, Line2D, Text, tuple[Text, ...], Text | None]:
    xs = [x_of(c.day) for c in items]
    (points,) = ax.plot(
        xs,
        values,
        color=theme.foreground,
        linewidth=1.6,
        marker=marker,
        markersize=6,
        markerfacecolor=theme.foreground,
        markeredgecolor=theme.background,
        markeredgewidth=1.0,
        label=legend,
        zorder=3,
    )
    threshold = ax.axhline(
        line_at, color=theme.muted, linewidth=1.2, linestyle=(0, (5, 3)), zorder=2
    )
    key = ax.legend(  # above the plot, so the words never sit on the data
        handles=[threshold],
        labels=[line_words],
        loc="lower right",
        bbox_to_anchor=(1.0, 1.0),
        frameon=False,
        borderaxespad=0.1,
        handlelength=2.6,
    )
    style_legend(key, theme)
    words = key.get_texts()[0]
    numbers: tuple[Text, ...] = ()
    if len(items) <= LABELLED_POINTS:
        numbers = tuple(
            ax.annotate(
                text.number(value, 0),
                (x, value),
                xytext=(0, 7),
                textcoords="offset points",
                ha="center",
                va="bottom",
                color=theme.foreground,
                fontsize=theme.font_size * 0.85,
                bbox={"boxstyle": "square,pad=0.1", "facecolor": theme.background, "linewidth": 0},
                zorder=4,
            )
            for x, value in zip(xs, values, strict=True)
        )
    note = None
    if not items:
        note = ax.text(
            0.5,
            0.8,
            empty_words,
            transform=ax.transAxes,
            ha="center",
            va="center",
            color=theme.muted,
            fontsize=theme.font_size * 1.05,
            bbox={"boxstyle": "round,pad=0.4", "facecolor": theme.background, "linewidth": 0},
        )
    ax.grid(axis="y", color=theme.grid, linewidth=0.5, alpha=0.7)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return points, threshold, words, numbers, note


def draw_checkins(
    who5_ax: Axes,
    ucla3_ax: Axes,
    checkins: Sequence[CheckIn],
    theme: ChartTheme,
    *,
    year: int,
) -> CheckInArtists:
    """Draw the year's WHO-5 results on ``who5_ax`` and UCLA-3 results on ``ucla3_ax``.

    Check-ins outside ``year`` are ignored.
    """
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    shown = within(checkins, (start, end))
    who5 = of_kind(shown, CheckInKind.WHO5)
    ucla3 = of_kind(shown, CheckInKind.UCLA3)
    for ax in (who5_ax, ucla3_ax):
        style_axes(ax, theme)
        _year_ticks(ax, year)
    who5_points, who5_line, who5_words, who5_values, who5_note = _panel(
        who5_ax,
        who5,
        theme,
        values=[float(raw_score(c) * 4) for c in who5],
        marker="o",
        legend=messages.CHECKIN_UI_CHART_WHO5_AXIS,
        line_at=WHO5_LINE,
        line_words=messages.CHECKIN_UI_CHART_WHO5_LINE.format(percent=WHO5_LINE, raw=WHO5_LOW_RAW),
        empty_words=messages.CHECKIN_UI_CHART_NONE_WHO5.format(year=year),
    )
    who5_ax.set_ylim(-4, 104)
    who5_ax.set_yticks([0, 20, 40, 60, 80, 100])
    who5_ax.set_ylabel(messages.CHECKIN_UI_CHART_WHO5_AXIS)
    who5_ax.tick_params(axis="x", labelbottom=False)

    ucla3_points, ucla3_line, ucla3_words, ucla3_values, ucla3_note = _panel(
        ucla3_ax,
        ucla3,
        theme,
        values=[float(raw_score(c)) for c in ucla3],
        marker="s",
        legend=messages.CHECKIN_UI_CHART_UCLA3_AXIS,
        line_at=UCLA3_LINE,
        line_words=messages.CHECKIN_UI_CHART_UCLA3_LINE.format(total=UCLA3_LINE),
        empty_words=messages.CHECKIN_UI_CHART_NONE_UCLA3.format(year=year),
    )
    ucla3_ax.set_ylim(2.6, 9.4)
    ucla3_ax.set_yticks(list(range(3, 10)))
    ucla3_ax.set_ylabel(messages.CHECKIN_UI_CHART_UCLA3_AXIS)
    ucla3_ax.set_xlabel(str(year))
    notes = tuple(note for note in (who5_note, ucla3_note) if note is not None)
    return CheckInArtists(
        who5_ax,
        ucla3_ax,
        who5_points,
        ucla3_points,
        who5_line,
        ucla3_line,
        (who5_words, ucla3_words),
        who5_values + ucla3_values,
        notes,
    )


def checkins_table(checkins: Sequence[CheckIn], *, year: int) -> DataTable:
    """Every check-in of the year: date, questionnaire, answers, score and the line's reading."""
    shown = within(checkins, (dt.date(year, 1, 1), dt.date(year, 12, 31)))
    rows = []
    for item in sorted(shown, key=lambda c: (c.day, c.kind is CheckInKind.UCLA3)):
        result = score(item)
        if item.kind is CheckInKind.WHO5:
            name = messages.CHECKIN_UI_CHART_WHO5_NAME
            out_of = messages.CHECKIN_UI_CHART_OUT_OF.format(raw=result.raw, most=25)
            scaled = text.optional(result.percent)
            reading = messages.CHECKIN_UI_CHART_BELOW_LINE if result.suggests_support else ""
        else:
            name = messages.CHECKIN_UI_CHART_UCLA3_NAME
            out_of = messages.CHECKIN_UI_CHART_OUT_OF.format(raw=result.raw, most=9)
            scaled = messages.CHART_NO_VALUE
            reading = messages.CHECKIN_UI_CHART_AT_LINE if result.suggests_support else ""
        answers = ", ".join(str(a) for a in item.answers)
        rows.append((text.iso(item.day), name, answers, out_of, scaled, reading))
    headers = (
        messages.CHART_COL_DATE,
        messages.CHECKIN_UI_CHART_COL_KIND,
        messages.CHECKIN_UI_CHART_COL_ANSWERS,
        messages.CHECKIN_UI_CHART_COL_SCORE,
        messages.CHECKIN_UI_CHART_COL_PERCENT,
        messages.CHECKIN_UI_CHART_COL_READING,
    )
    who5 = sum(1 for c in shown if c.kind is CheckInKind.WHO5)
    caption = messages.CHECKIN_UI_CHART_CAPTION.format(
        year=year, who5=who5, ucla3=len(shown) - who5
    )
    return DataTable(caption, headers, tuple(rows))


def draw(
    fig: Figure,
    series: Sequence[DayStats],
    theme: ChartTheme,
    *,
    context: ChartContext,
    checkins: Sequence[CheckIn] = (),
) -> CheckInArtists:
    """Lay the year's check-ins out on a whole Figure (``series`` is not used)."""
    who5_ax = fig.add_subplot(2, 1, 1)
    ucla3_ax = fig.add_subplot(2, 1, 2, sharex=who5_ax)
    artists = draw_checkins(who5_ax, ucla3_ax, checkins, theme, year=context.year)
    fig.align_ylabels([who5_ax, ucla3_ax])
    title_figure(fig, messages.CHECKIN_UI_CHART_TITLE.format(year=context.year), theme)
    style_figure(fig, theme)
    return artists


def table(
    series: Sequence[DayStats], *, context: ChartContext, checkins: Sequence[CheckIn] = ()
) -> DataTable:
    """The year's check-ins as a table (``series`` is not used)."""
    return checkins_table(checkins, year=context.year)
