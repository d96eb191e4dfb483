"""Mood against meaningful minutes: one point per day with a mood, and the honest number.

The title gives Spearman's ρ with its bootstrap 95% interval and n, or says how many more days
are needed; the caption says it is a link, not a cause.
"""

from __future__ import annotations

import textwrap
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from matplotlib.axes import Axes
from matplotlib.collections import PathCollection
from matplotlib.figure import Figure
from matplotlib.text import Annotation, Text

from diary import messages
from diary.charts import text
from diary.charts.context import ChartContext, within
from diary.charts.figure import title_figure
from diary.charts.table import DataTable
from diary.charts.theme import MOODS, ChartTheme, style_axes, style_figure
from diary.domain.models import MOOD_MAX, MOOD_MIN, Mode
from diary.domain.stats import MIN_MOOD_DAYS, Correlation, DayStats, mood_contact_link

MIN_MINUTES_AXIS = 60
CAPTION_WIDTH = 80


@dataclass(frozen=True)
class ScatterArtists:
    """What ``draw_scatter`` drew.

    Attributes:
        points: One point per day with a mood: x = meaningful minutes, y = mood.
        headline: The title: ρ with its interval and n, or "not enough data yet".
        caption: The small print under the chart.
        repeats: "×3" beside a dot that stands for several days with the same numbers.
    """

    points: PathCollection
    headline: Text
    caption: Text
    repeats: tuple[Annotation, ...]


def mood_days(series: Sequence[DayStats]) -> tuple[DayStats, ...]:
    """The days that have a mood, in date order."""
    return tuple(sorted((s for s in series if s.mood is not None), key=lambda s: s.day))


def headline(link: Correlation | None, series: Sequence[DayStats]) -> str:
    """The sentence above the chart (also the caption of its table)."""
    if link is None:
        count = len(mood_days(series))
        if count >= MIN_MOOD_DAYS:  # Enough days, but rho is undefined: one side never varied.
            return messages.CHART_NO_LINK.format(count=count)
        return messages.CHART_NOT_ENOUGH.format(count=count, needed=MIN_MOOD_DAYS)
    return messages.CHART_RHO.format(
        rho=text.number(link.rho),
        low=text.number(link.ci_low),
        high=text.number(link.ci_high),
        n=link.n,
    )


def draw_scatter(
    ax: Axes, series: Sequence[DayStats], link: Correlation | None, theme: ChartTheme
) -> ScatterArtists:
    """Plot each day's mood (1–9) against its meaningful minutes, without jitter.

    Args:
        ax: Where to draw.
        series: The days of the period; days without a mood are left out.
        link: ``mood_contact_link(series)``, None when there is not enough data yet.
        theme: Colours and sizes.
    """
    style_axes(ax, theme)
    days = mood_days(series)
    xs = [s.meaningful_minutes for s in days]
    ys = [s.mood for s in days if s.mood is not None]
    points = ax.scatter(
        xs,
        ys,
        s=42,
        color=theme.mode_colours[Mode.IN_PERSON],
        alpha=0.65,
        edgecolors=theme.foreground,
        linewidths=0.6,
        zorder=3,
    )
    ax.set_ylim(MOOD_MIN - 0.5, MOOD_MAX + 0.5)
    ax.set_yticks(list(MOODS))
    ax.set_xlim(-0.04 * max([MIN_MINUTES_AXIS, *xs]), 1.06 * max([MIN_MINUTES_AXIS, *xs]))
    ax.set_xlabel(messages.CHART_MINUTES_AXIS)
    text.locale_ticks(ax.xaxis)
    ax.set_ylabel(messages.CHART_MOOD_AXIS)
    ax.grid(color=theme.grid, linewidth=0.5, alpha=0.7)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    title = ax.set_title(
        headline(link, series),
        color=theme.foreground,
        fontsize=theme.font_size * 1.15,
        loc="left",
    )
    counts = Counter(zip(xs, ys, strict=True))
    repeats = tuple(
        ax.annotate(
            messages.CHART_TIMES.format(n=count),
            (x, y),
            xytext=(7, 0),
            textcoords="offset points",
            va="center",
            color=theme.muted,
            fontsize=theme.font_size * 0.8,
        )
        for (x, y), count in sorted(counts.items())
        if count > 1
    )
    caption = ax.text(
        0.0,
        -0.14,
        textwrap.fill(messages.CHART_SCATTER_CAPTION, CAPTION_WIDTH),
        transform=ax.transAxes,
        ha="left",
        va="top",
        color=theme.muted,
        fontsize=theme.font_size * 0.85,
    )
    return ScatterArtists(points, title, caption, repeats)


def scatter_table(series: Sequence[DayStats], link: Correlation | None) -> DataTable:
    """Each day with a mood: its date, mood and meaningful minutes; the headline as caption."""
    rows = tuple(
        (text.iso(s.day), text.optional(s.mood), str(s.meaningful_minutes))
        for s in mood_days(series)
    )
    headers = (
        messages.CHART_COL_DATE,
        messages.CHART_COL_MOOD,
        messages.CHART_COL_MEANINGFUL_MINUTES,
    )
    return DataTable(headline(link, series), headers, rows)


def draw(
    fig: Figure, series: Sequence[DayStats], theme: ChartTheme, *, context: ChartContext
) -> ScatterArtists:
    """Lay the mood-against-minutes chart of the month out on a whole Figure."""
    days = within(series, context.month_span())
    ax = fig.add_subplot()
    artists = draw_scatter(ax, days, mood_contact_link(days), theme)
    title_figure(fig, messages.CHART_TITLE_SCATTER.format(period=_period(context)), theme)
    style_figure(fig, theme)
    return artists


def table(series: Sequence[DayStats], *, context: ChartContext) -> DataTable:
    """The mood-against-minutes chart of the month as a table."""
    days = within(series, context.month_span())
    return scatter_table(days, mood_contact_link(days))


def _period(context: ChartContext) -> str:
    return text.month_title(context.year, context.month)
