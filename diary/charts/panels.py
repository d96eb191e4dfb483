"""The explicit registry of chart panels, by the name the command line and the UI use.

A caller (``diary chart PANEL``, the PDF report, the Insights page) does the same four steps::

    panel = PANELS["month"]
    start, end = panel.period(context)          # which days to compute
    series = day_series(repository.days(start, end), start, end)
    fig = new_figure(theme, *panel.size)
    panel.draw(fig, series, theme, context=context)
    panel.table(series, context=context)          # the same numbers for the data-table view
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Protocol

from matplotlib.figure import Figure

from diary import messages
from diary.charts import kinds, month, pixels, scatter, streaks
from diary.charts.context import ChartContext
from diary.charts.table import DataTable
from diary.charts.theme import ChartTheme
from diary.domain.stats import DayStats


class DrawPanel(Protocol):
    """Lays a panel out on a whole (empty) Figure and returns the artists it drew."""

    def __call__(
        self,
        fig: Figure,
        series: Sequence[DayStats],
        theme: ChartTheme,
        *,
        context: ChartContext,
    ) -> object:
        """Draw on ``fig``, computing what the panel needs from ``series``."""
        ...


class TablePanel(Protocol):
    """The numbers a panel shows, as a table for screen readers."""

    def __call__(self, series: Sequence[DayStats], *, context: ChartContext) -> DataTable:
        """The table of the panel for ``series`` in ``context``."""
        ...


class Span(enum.Enum):
    """How much time a panel covers around its context's month."""

    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True)
class Panel:
    """One chart the app can draw.

    Attributes:
        name: The command-line name, e.g. "month".
        title: Its name for people, e.g. in the Insights page's list.
        span: The month of the context, or its whole year.
        size: A good (width, height) in inches for a Figure of its own.
        draw: Lays it out on a Figure.
        table: Its numbers as a table.
    """

    name: str
    title: str
    span: Span
    size: tuple[float, float]
    draw: DrawPanel
    table: TablePanel

    def period(self, context: ChartContext) -> tuple[dt.date, dt.date]:
        """First and last day the caller must compute the series for (ends at today)."""
        return context.month_span() if self.span is Span.MONTH else context.year_span()


_ALL = (
    Panel("month", messages.CHART_NAME_MONTH, Span.MONTH, (9.0, 4.8),
          month.draw, month.table),
    Panel("scatter", messages.CHART_NAME_SCATTER, Span.MONTH, (7.0, 5.0),
          scatter.draw, scatter.table),
    Panel("streaks", messages.CHART_NAME_STREAKS, Span.YEAR, (10.0, 2.45),
          streaks.draw, streaks.table),
    Panel("kinds", messages.CHART_NAME_KINDS, Span.MONTH, (7.0, 5.0),
          kinds.draw, kinds.table),
    Panel("pixels", messages.CHART_NAME_PIXELS, Span.YEAR, (9.0, 3.9),
          pixels.draw, pixels.table),
)  # fmt: skip

PANELS: Mapping[str, Panel] = MappingProxyType({panel.name: panel for panel in _ALL})
"""Every panel by name, in the order the Insights page lists them."""
