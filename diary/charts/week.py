"""Your week: mood and meaningful contact by day of the week, n under every weekday.

Each weekday's moods are dots with a line at their mean; below them a bar shows the share of its
logged days with meaningful contact. Weekdays run in the locale's order. A weekday with fewer
than ``MIN_GROUP_DAYS`` days gets its dots but no mean, and "too few days" in place of a bar:
the panel never draws a number that rests on one or two days.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from matplotlib.axes import Axes
from matplotlib.collections import PathCollection
from matplotlib.container import BarContainer
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.text import Text
from matplotlib.ticker import FuncFormatter

from diary import locale_format, messages
from diary.charts import text
from diary.charts.context import ChartContext, within
from diary.charts.figure import title_figure
from diary.charts.kinds import draw_mean, spread
from diary.charts.table import DataTable
from diary.charts.theme import MOODS, ChartTheme, style_axes, style_figure
from diary.domain.models import MOOD_MAX, MOOD_MIN
from diary.domain.stats import DayStats
from diary.domain.week import Weekday, by_weekday

BAR_WIDTH = 0.56
COUNT_ROW = MOOD_MIN - 1.0
"""Where "n = …" is written under each weekday's moods, below the lowest mood."""


@dataclass(frozen=True)
class WeekArtists:
    """What ``draw_week`` drew, weekdays in the locale's order (x position = index).

    Attributes:
        week: The weekdays as drawn.
        dots: Per weekday, the moods of its days (None for a weekday without a mood).
        means: Per weekday, a short line at its mean mood (None below ``MIN_GROUP_DAYS``).
        bars: The share of days with meaningful contact (height 0 where it is not shown).
        bar_labels: Per weekday, "31 of 48" above its bar, or "too few days".
        labels: The x tick labels: the weekdays' short names.
    """

    week: tuple[Weekday, ...]
    dots: tuple[PathCollection | None, ...]
    means: tuple[Line2D | None, ...]
    bars: BarContainer
    bar_labels: tuple[Text, ...]
    labels: tuple[str, ...]


def in_locale_order(week: Sequence[Weekday]) -> tuple[Weekday, ...]:
    """The weekdays as the locale's week runs: Monday first in Europe, Sunday in the US."""
    by_day = {day.weekday: day for day in week}
    return tuple(by_day[w] for w in locale_format.week() if w in by_day)


def _count_label(day: Weekday) -> str:
    n = len(day.moods)
    return messages.CHART_N_EQUALS.format(n=n) if n else messages.CHART_NO_DAYS


def _draw_moods(
    ax: Axes, week: Sequence[Weekday], theme: ChartTheme
) -> tuple[list[PathCollection | None], list[Line2D | None]]:
    style_axes(ax, theme)
    colours = theme.mood_colours
    dots: list[PathCollection | None] = []
    means: list[Line2D | None] = []
    for x, day in enumerate(week):
        moods = list(day.moods)
        ax.text(
            x,
            COUNT_ROW,
            _count_label(day),
            ha="center",
            va="bottom",
            color=theme.muted,
            fontsize=theme.font_size * 0.85,
        )
        dots.append(
            ax.scatter(
                spread(moods, x),
                moods,
                s=16,
                color=[colours[m - MOOD_MIN] for m in moods],
                edgecolors=theme.foreground,
                linewidths=0.3,
                zorder=5,
            )
            if moods
            else None
        )
        mean = day.mean
        if mean is None:
            means.append(None)
            continue
        # Over the dots: with fifty days a weekday, its mean must not drown in them.
        line, _label = draw_mean(ax, x, mean, text.number(mean, 1), theme, zorder=6)
        means.append(line)
    ax.set_ylim(COUNT_ROW - 0.2, MOOD_MAX + 0.5)
    ax.set_yticks(list(MOODS))
    ax.set_ylabel(messages.CHART_MOOD_AXIS)
    ax.grid(axis="y", color=theme.grid, linewidth=0.5, alpha=0.7)
    ax.set_axisbelow(True)
    return dots, means


def _draw_shares(
    ax: Axes, week: Sequence[Weekday], theme: ChartTheme
) -> tuple[BarContainer, list[Text]]:
    style_axes(ax, theme)
    heights = [day.share or 0.0 for day in week]
    bars = ax.bar(range(len(week)), heights, width=BAR_WIDTH, color=theme.meaningful, zorder=3)
    labels = []
    for x, day in enumerate(week):
        shown = day.share is not None
        words = (
            messages.CHART_WEEK_OF.format(count=day.meaningful, days=day.logged)
            if shown
            else messages.CHART_WEEK_TOO_FEW
        )
        labels.append(
            ax.text(
                x,
                (day.share or 0.0) + 0.03,
                words,
                ha="center",
                va="bottom",
                color=theme.foreground if shown else theme.muted,
                fontsize=theme.font_size * 0.85,
                style="normal" if shown else "italic",
            )
        )
    ax.set_ylim(0, 1.18)
    ax.set_yticks([0, 0.5, 1])
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: locale_format.percent(v)))
    ax.set_ylabel(messages.CHART_WEEK_SHARE_AXIS)
    ax.grid(axis="y", color=theme.grid, linewidth=0.5, alpha=0.7)
    ax.set_axisbelow(True)
    return bars, labels


def draw_week(
    mood_ax: Axes, share_ax: Axes, week: Sequence[Weekday], theme: ChartTheme
) -> WeekArtists:
    """Draw ``by_weekday(series)``: moods on ``mood_ax``, contact on ``share_ax`` below it."""
    ordered = in_locale_order(week)
    dots, means = _draw_moods(mood_ax, ordered, theme)
    bars, bar_labels = _draw_shares(share_ax, ordered, theme)
    labels = tuple(locale_format.weekday_name(day.weekday, "abbreviated") for day in ordered)
    for ax in (mood_ax, share_ax):
        ax.set_xlim(-0.6, len(ordered) - 0.4)
        ax.set_xticks(list(range(len(ordered))))
        ax.tick_params(axis="x", length=0)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
    mood_ax.tick_params(axis="x", labelbottom=False)
    share_ax.set_xticklabels(list(labels))
    return WeekArtists(ordered, tuple(dots), tuple(means), bars, tuple(bar_labels), labels)


def week_table(week: Sequence[Weekday], *, year: int) -> DataTable:
    """Per day of the week: days with a mood, mean mood, logged days, days with contact."""
    rows = tuple(
        (
            locale_format.weekday_name(day.weekday),
            str(len(day.moods)),
            text.optional(day.mean, 1),
            str(day.logged),
            str(day.meaningful),
        )
        for day in in_locale_order(week)
    )
    headers = (
        messages.CHART_COL_WEEKDAY,
        messages.CHART_COL_MOOD_DAYS,
        messages.CHART_COL_MEAN_MOOD,
        messages.CHART_COL_LOGGED_DAYS,
        messages.CHART_COL_MEANINGFUL_DAYS,
    )
    return DataTable(messages.CHART_WEEK_CAPTION.format(year=year), headers, rows)


def draw(
    fig: Figure, series: Sequence[DayStats], theme: ChartTheme, *, context: ChartContext
) -> WeekArtists:
    """Lay the year's week out on a whole Figure: moods above, contact below."""
    week = by_weekday(within(series, context.year_span()))
    mood_ax, share_ax = fig.subplots(2, 1, sharex=True, height_ratios=(3, 2))
    artists = draw_week(mood_ax, share_ax, week, theme)
    title_figure(fig, messages.CHART_TITLE_WEEK.format(year=context.year), theme)
    style_figure(fig, theme)
    return artists


def table(series: Sequence[DayStats], *, context: ChartContext) -> DataTable:
    """The year's week as a table."""
    return week_table(by_weekday(within(series, context.year_span())), year=context.year)
