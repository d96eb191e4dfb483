"""Which day is under the pointer: the inverse of where each panel draws its days.

The Insights page shows a tooltip with the day's details on hover; knowing where a day sits is
the panel's business, so the inverse of its layout lives beside it here, not in the widget.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
from collections.abc import Sequence

from matplotlib.axes import Axes

from diary.charts.context import ChartContext
from diary.charts.streaks import day_in
from diary.domain.stats import DayStats

NEAR_PIXELS = 12.0  # how close the pointer must be to a scatter point


def _date(year: int, month: int, day: int) -> dt.date | None:
    if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]:
        return dt.date(year, month, day)
    return None


def _month(context: ChartContext, x: float) -> dt.date | None:
    return _date(context.year, context.month, round(x))


def _pixels(context: ChartContext, x: float, y: float) -> dt.date | None:
    return _date(context.year, round(y), round(x))


def _streaks(context: ChartContext, x: float, y: float) -> dt.date | None:
    return day_in(context.year, math.floor(x), math.floor(y))


def _scatter(ax: Axes, series: Sequence[DayStats], x: float, y: float) -> dt.date | None:
    pointer = ax.transData.transform((x, y))
    best, best_distance = None, NEAR_PIXELS
    for day in series:
        if day.mood is None:
            continue
        px, py = ax.transData.transform((day.meaningful_minutes, day.mood))
        distance = math.hypot(px - pointer[0], py - pointer[1])
        if distance <= best_distance:
            best, best_distance = day.day, distance
    return best


def day_at(
    panel: str,
    ax: Axes,
    series: Sequence[DayStats],
    context: ChartContext,
    x: float,
    y: float,
) -> dt.date | None:
    """The date drawn at data coordinates (x, y) of ``ax`` in ``panel``, if any.

    Panels that show groups rather than days ("kinds", "week") have no day under the pointer.
    """
    if panel == "month":
        return _month(context, x)
    if panel == "pixels":
        return _pixels(context, x, y)
    if panel == "streaks":
        return _streaks(context, x, y)
    if panel == "scatter":
        start, end = context.month_span()
        return _scatter(ax, [d for d in series if start <= d.day <= end], x, y)
    return None
