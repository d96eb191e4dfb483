"""Mood by kind of contact: each kind's days as dots with a line at their mean, n under each.

Moods are whole numbers, so dots on the same mood are spread sideways in a fixed, symmetric
order (no random jitter: the same data always draws the same chart).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from matplotlib.axes import Axes
from matplotlib.collections import PathCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.text import Text

from diary import messages
from diary.charts import text
from diary.charts.context import ChartContext, within
from diary.charts.figure import title_figure
from diary.charts.table import DataTable
from diary.charts.theme import MOODS, ChartTheme, style_axes, style_figure
from diary.domain.models import MOOD_MAX, MOOD_MIN
from diary.domain.stats import DayStats, GroupMood, mood_by_kind

DOT_STEP = 0.06
"""Sideways distance between dots of the same mood, as a share of the gap between groups."""
HALF_WIDTH = 0.22
"""Dots of one mood stay within this distance of their group's centre, however many."""
MEAN_HALF_WIDTH = 0.27


@dataclass(frozen=True)
class KindArtists:
    """What ``draw_kinds`` drew.

    Attributes:
        groups: The groups in drawing order (x position = index).
        dots: Per group, its days' moods as dots (None for a group with no days).
        means: Per group, a short line at its mean mood (None for a group with no days).
        mean_labels: Per group, "mean 5.2" beside that line (None for a group with no days).
        labels: The x tick labels: the kind, then "n = …" or "no days".
    """

    groups: tuple[GroupMood, ...]
    dots: tuple[PathCollection | None, ...]
    means: tuple[Line2D | None, ...]
    mean_labels: tuple[Text | None, ...]
    labels: tuple[str, ...]


def spread(moods: Sequence[int], centre: float) -> list[float]:
    """X positions for dots: equal moods fan out left and right of ``centre``, evenly."""
    seen: dict[int, int] = {}
    counts = {m: moods.count(m) for m in set(moods)}
    xs = []
    for mood in moods:
        rank = seen.get(mood, 0)
        seen[mood] = rank + 1
        step = min(DOT_STEP, 2 * HALF_WIDTH / max(counts[mood] - 1, 1))
        xs.append(centre + (rank - (counts[mood] - 1) / 2) * step)
    return xs


def group_label(group: GroupMood) -> str:
    """The tick label of a group: its kind and how many days it holds."""
    count = messages.CHART_NO_DAYS if group.n == 0 else messages.CHART_N_EQUALS.format(n=group.n)
    return f"{group.kind.label}\n{count}"


def draw_mean(
    ax: Axes, x: float, mean: float, label: str, theme: ChartTheme, *, zorder: float = 4
) -> tuple[Line2D, Text]:
    """A short line at ``mean`` across the group at ``x``, with ``label`` to its right."""
    (line,) = ax.plot(
        [x - MEAN_HALF_WIDTH, x + MEAN_HALF_WIDTH],
        [mean, mean],
        color=theme.foreground,
        linewidth=2.2,
        solid_capstyle="butt",
        zorder=zorder,
    )
    words = ax.text(
        x + MEAN_HALF_WIDTH + 0.03,
        mean,
        label,
        va="center",
        ha="left",
        color=theme.foreground,
        fontsize=theme.font_size * 0.85,
        zorder=4,
    )
    return line, words


def draw_kinds(ax: Axes, groups: Sequence[GroupMood], theme: ChartTheme) -> KindArtists:
    """Draw the moods of each kind of contact side by side (``mood_by_kind(series)``)."""
    style_axes(ax, theme)
    ordered = tuple(groups)
    dots: list[PathCollection | None] = []
    means: list[Line2D | None] = []
    mean_labels: list[Text | None] = []
    for x, group in enumerate(ordered):
        moods = list(group.moods)
        if not moods:
            dots.append(None)
            means.append(None)
            mean_labels.append(None)
            continue
        dots.append(
            ax.scatter(
                spread(moods, x),
                moods,
                s=28,
                color=theme.kind_colour(group.kind),
                edgecolors=theme.foreground,
                linewidths=0.4,
                zorder=5,  # above the mean line: a lone day must stay visible
            )
        )
        mean = sum(moods) / len(moods) if group.mean is None else group.mean
        label = messages.CHART_MEAN.format(mean=text.number(mean, 1))
        line, words = draw_mean(ax, x, mean, label, theme)
        means.append(line)
        mean_labels.append(words)

    labels = tuple(group_label(g) for g in ordered)
    ax.set_xticks(list(range(len(ordered))))
    ax.set_xticklabels(list(labels))
    ax.set_xlim(-0.6, len(ordered) - 0.4)
    ax.set_ylim(MOOD_MIN - 0.5, MOOD_MAX + 0.5)
    ax.set_yticks(list(MOODS))
    ax.set_ylabel(messages.CHART_MOOD_AXIS)
    ax.grid(axis="y", color=theme.grid, linewidth=0.5, alpha=0.7)
    ax.set_axisbelow(True)
    ax.tick_params(axis="x", length=0)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for x, group in enumerate(ordered):
        if group.n == 0:
            ax.text(
                x,
                (MOOD_MIN + MOOD_MAX) / 2,
                messages.CHART_NO_DAYS,
                ha="center",
                va="center",
                color=theme.muted,
                fontsize=theme.font_size,
                style="italic",
            )
    return KindArtists(ordered, tuple(dots), tuple(means), tuple(mean_labels), labels)


def kinds_table(groups: Sequence[GroupMood]) -> DataTable:
    """Per kind of contact: days with a mood, mean, lowest and highest mood."""
    rows = tuple(
        (
            g.kind.label,
            str(g.n),
            text.optional(g.mean, 1),
            text.optional(min(g.moods) if g.moods else None),
            text.optional(max(g.moods) if g.moods else None),
        )
        for g in groups
    )
    headers = (
        messages.CHART_COL_KIND,
        messages.CHART_COL_DAYS,
        messages.CHART_COL_MEAN_MOOD,
        messages.CHART_COL_LOWEST,
        messages.CHART_COL_HIGHEST,
    )
    return DataTable(messages.CHART_KINDS_CAPTION, headers, rows)


def draw(
    fig: Figure, series: Sequence[DayStats], theme: ChartTheme, *, context: ChartContext
) -> KindArtists:
    """Lay the month's mood by kind of contact out on a whole Figure."""
    days = within(series, context.month_span())
    ax = fig.add_subplot()
    artists = draw_kinds(ax, mood_by_kind(days), theme)
    period = text.month_title(context.year, context.month)
    title_figure(fig, messages.CHART_TITLE_KINDS.format(period=period), theme)
    style_figure(fig, theme)
    return artists


def table(series: Sequence[DayStats], *, context: ChartContext) -> DataTable:
    """The month's mood by kind of contact as a table."""
    return kinds_table(mood_by_kind(within(series, context.month_span())))
