"""The explicit registry of chart panels, by the name the command line and the UI use.

A caller (``diary chart PANEL``, the PDF report, the Insights page) does the same four steps::

    panel = PANELS["month"]
    start, end = panel.period(context)          # which days to compute
    series = day_series(repository.days(start, end), start, end)
    fig = new_figure(theme, *panel.size)
    panel.draw(fig, series, theme, context=context)
    panel.table(series, context=context)          # the same numbers for the data-table view

A panel that also draws check-ins (``panel.uses_checkins``, e.g. "checkins") is first given the
check-ins of its period, then drawn the same way::

    panel = PANELS["checkins"].with_checkins(repository.checkins_between(start, end))
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Protocol

from matplotlib.figure import Figure

from diary import messages
from diary.charts import checkins, kinds, month, pixels, scatter, streaks, week
from diary.charts.context import ChartContext
from diary.charts.table import DataTable
from diary.charts.theme import ChartTheme
from diary.domain.models import CheckIn
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


class DrawWithCheckIns(Protocol):
    """A DrawPanel that also takes the check-ins of its period."""

    def __call__(
        self,
        fig: Figure,
        series: Sequence[DayStats],
        theme: ChartTheme,
        *,
        context: ChartContext,
        checkins: Sequence[CheckIn] = (),
    ) -> object:
        """Draw on ``fig`` from ``series`` and ``checkins``."""
        ...


class TableWithCheckIns(Protocol):
    """A TablePanel that also takes the check-ins of its period."""

    def __call__(
        self,
        series: Sequence[DayStats],
        *,
        context: ChartContext,
        checkins: Sequence[CheckIn] = (),
    ) -> DataTable:
        """The table of the panel for ``series`` and ``checkins`` in ``context``."""
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
        title_word: The name in ``diary.messages`` of its title (read in the current language
            through ``title``).
        span: The month of the context, or its whole year.
        size: A good (width, height) in inches for a Figure of its own.
        draw: Lays it out on a Figure.
        table: Its numbers as a table.
        checkin_draw: For a panel that draws check-ins, its draw taking ``checkins=``;
            ``with_checkins`` binds them (``draw`` alone draws none).
        checkin_table: Likewise for its table.
    """

    name: str
    title_word: str
    span: Span
    size: tuple[float, float]
    draw: DrawPanel
    table: TablePanel
    checkin_draw: DrawWithCheckIns | None = field(default=None, repr=False)
    checkin_table: TableWithCheckIns | None = field(default=None, repr=False)

    @classmethod
    def of_checkins(
        cls,
        name: str,
        title_word: str,
        span: Span,
        size: tuple[float, float],
        draw: DrawWithCheckIns,
        table: TableWithCheckIns,
    ) -> Panel:
        """A panel that draws check-ins (and maybe days): bind them with ``with_checkins``."""
        return cls(name, title_word, span, size, draw, table, draw, table)

    @property
    def title(self) -> str:
        """Its name for people, e.g. in the Insights page's list, in the current language."""
        return str(getattr(messages, self.title_word))

    @property
    def uses_checkins(self) -> bool:
        """True when the caller should pass the period's check-ins (``with_checkins``)."""
        return self.checkin_draw is not None

    def period(self, context: ChartContext) -> tuple[dt.date, dt.date]:
        """First and last day the caller must compute the series for (ends at today)."""
        return context.month_span() if self.span is Span.MONTH else context.year_span()

    def with_checkins(self, checkins: Sequence[CheckIn]) -> Panel:
        """This panel drawing ``checkins`` too; a panel without check-ins is returned as is."""
        draw_all, table_all = self.checkin_draw, self.checkin_table
        if draw_all is None or table_all is None:
            return self
        bound = tuple(checkins)

        def draw(
            fig: Figure, series: Sequence[DayStats], theme: ChartTheme, *, context: ChartContext
        ) -> object:
            return draw_all(fig, series, theme, context=context, checkins=bound)

        def table(series: Sequence[DayStats], *, context: ChartContext) -> DataTable:
            return table_all(series, context=context, checkins=bound)

        return replace(self, draw=draw, table=table)


_ALL = (
    Panel("month", "CHART_NAME_MONTH", Span.MONTH, (9.0, 4.8),
          month.draw, month.table),
    Panel("scatter", "CHART_NAME_SCATTER", Span.MONTH, (7.0, 5.0),
          scatter.draw, scatter.table),
    Panel("streaks", "CHART_NAME_STREAKS", Span.YEAR, (10.0, 2.45),
          streaks.draw, streaks.table),
    Panel("kinds", "CHART_NAME_KINDS", Span.MONTH, (7.0, 5.0),
          kinds.draw, kinds.table),
    Panel("week", "CHART_NAME_WEEK", Span.YEAR, (9.0, 5.2),
          week.draw, week.table),
    Panel("pixels", "CHART_NAME_PIXELS", Span.YEAR, (9.0, 3.9),
          pixels.draw, pixels.table),
    Panel.of_checkins("checkins", "CHECKIN_UI_CHART_NAME", Span.YEAR, (9.0, 5.0),
                      checkins.draw, checkins.table),
)  # fmt: skip

PANELS: Mapping[str, Panel] = MappingProxyType({panel.name: panel for panel in _ALL})
"""Every panel by name, in the order the Insights page lists them."""
