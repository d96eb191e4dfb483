"""The Insights page's work off the GUI thread: a year's numbers once, each chart as an image.

A year of day series is read and computed once (``compute_year``) and kept by the page until the
diary changes (``Repository.version``) or the definition of meaningful contact does. Each chart
is then laid out and rendered with Agg in the worker (``render``) at the size of the page's chart
view, together with its table and the insight numbers of its period, so showing it on the GUI
thread is only a blit: switching panel or month is instant once a chart is rendered, and the
page renders the likely next ones ahead of time.

Nothing here is a QObject. matplotlib's font cache is shared by every Figure, so renders (and
the page's export) hold ``MATPLOTLIB_LOCK`` and never run two at a time.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from diary.charts.context import ChartContext
from diary.charts.table import DataTable
from diary.domain.insights import Insights, period_insights
from diary.domain.models import CheckIn
from diary.domain.stats import DayStats, Definition, day_series

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from diary.storage.repository import Repository

MATPLOTLIB_LOCK = threading.Lock()
"""Held while a Figure is laid out or rendered: one at a time, whichever thread."""

BASE_DPI = 100.0
"""Dots per inch at a device pixel ratio of 1 (what matplotlib's Qt canvas uses)."""


@dataclass(frozen=True)
class YearData:
    """A year of days and check-ins as the diary held them at ``version``.

    Attributes:
        year: The calendar year.
        today: The diary's today when computed (days after it are still to come).
        definition: What counted as meaningful contact.
        version: ``Repository.version`` read before the year was read.
        series: One DayStats per date from 1 January to the end of the year (or today).
        checkins: The year's check-ins.
    """

    year: int
    today: dt.date
    definition: Definition
    version: int
    series: tuple[DayStats, ...]
    checkins: tuple[CheckIn, ...]


def compute_year(
    repository: Repository, year: int, today: dt.date, definition: Definition
) -> YearData:
    """Read and compute a year (runs in the pool); loads matplotlib there on the first visit."""
    import diary.charts.panels  # noqa: F401 - matplotlib is imported here, off the GUI thread

    version = repository.version
    start, end = ChartContext(year, 1, today).year_span()
    if end < start:
        return YearData(year, today, definition, version, (), ())
    series = tuple(day_series(repository.days(start, end), start, end, definition))
    checkins = tuple(repository.checkins_between(start, end))
    return YearData(year, today, definition, version, series, checkins)


@dataclass(frozen=True)
class ChartKey:
    """Everything a rendered chart depends on; equal keys give the same image."""

    panel: str
    year: int
    month: int  # 0 for a panel that shows the whole year
    today: dt.date
    definition: Definition
    version: int
    dark: bool
    width: int  # device-independent pixels
    height: int
    ratio: float  # device pixel ratio

    @property
    def context(self) -> ChartContext:
        """The context the chart is drawn in (any month of the year for a year panel)."""
        return ChartContext(self.year, self.month or 1, self.today)


@dataclass(frozen=True)
class Rendered:
    """A chart ready to show: its image, the Figure (for hover), its table and its numbers.

    Attributes:
        key: What it was rendered for.
        figure: The laid-out Figure; only read after the render (inverse transforms on hover).
        rgba: The image, ``pixel_width`` x ``pixel_height`` RGBA bytes, top row first.
        pixel_width: Width in device pixels.
        pixel_height: Height in device pixels.
        table: The chart's numbers as a table.
        insights: The numbers of the chart's period (a month or the year).
        title: The panel's title.
    """

    key: ChartKey
    figure: Figure
    rgba: bytes
    pixel_width: int
    pixel_height: int
    table: DataTable
    insights: Insights
    title: str


class InsightsMemo:
    """The insight numbers of each period already computed, shared by the renders."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._known: dict[tuple[dt.date, dt.date, Definition, int], Insights] = {}

    def of(self, data: YearData, start: dt.date, end: dt.date) -> Insights:
        """The period's insights from ``data``, computed at most once per version."""
        key = (start, end, data.definition, data.version)
        with self._lock:
            known = self._known.get(key)
        if known is None:
            known = period_insights(data.series, start, end, checkins=data.checkins)
            with self._lock:
                if len(self._known) > 64:
                    self._known.clear()
                self._known[key] = known
        return known

    def clear(self) -> None:
        """Forget every number (on lock)."""
        with self._lock:
            self._known.clear()


def period_of(key: ChartKey) -> tuple[dt.date, dt.date]:
    """The days the chart of ``key`` and its summary speak of: its month, or its year."""
    context = key.context
    return context.month_span() if key.month else context.year_span()


def render(key: ChartKey, data: YearData, memo: InsightsMemo) -> Rendered:
    """Lay the chart of ``key`` out on a Figure and render it with Agg (runs in the pool)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from diary.charts.figure import new_figure
    from diary.charts.panels import PANELS
    from diary.charts.theme import DARK, LIGHT

    start, end = period_of(key)
    insights = memo.of(data, start, end)
    panel = PANELS[key.panel].with_checkins(data.checkins)
    context = key.context
    theme = DARK if key.dark else LIGHT
    dpi = BASE_DPI * key.ratio
    with MATPLOTLIB_LOCK:
        figure = new_figure(theme, key.width / BASE_DPI, key.height / BASE_DPI, dpi)
        panel.draw(figure, data.series, theme, context=context)
        canvas = FigureCanvasAgg(figure)
        canvas.draw()
        width, height = canvas.get_width_height(physical=True)
        rgba = bytes(canvas.buffer_rgba())
    table = panel.table(data.series, context=context)
    return Rendered(key, figure, rgba, width, height, table, insights, panel.title)
