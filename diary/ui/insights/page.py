"""Insights: isolation streaks and how contact and mood move together, month by month.

The numbers of the shown year are computed off the GUI thread (``Tasks``), which also imports
matplotlib there on the first visit, so neither the unlock nor this page ever freezes. Each
request carries a generation number: an answer for a month the user has left, or that arrives
after locking, is dropped. Every chart has a table view with the same numbers for screen
readers, a plain-language summary and hover tooltips with the day's details.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QCursor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from diary.charts.context import ChartContext
from diary.domain.models import CheckIn
from diary.domain.stats import DayStats, Definition, Summary, day_series, summarize
from diary.formats.summary import summary_lines
from diary.ui.insights import words
from diary.ui.shell.data_table import DataTableModel
from diary.ui.shell.page import Page, diary_definition, diary_today
from diary.ui.shell.tasks import InlinePool, Tasks
from diary.ui.shell.theme import is_dark

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from diary.charts.panels import Panel
    from diary.settings import Settings
    from diary.storage.repository import Repository

# The panels in the order of the tabs; their titles come from diary.charts.panels once loaded.
PANEL_ORDER = ("month", "scatter", "streaks", "kinds", "pixels", "checkins")
EXPORT_FILTERS = ";;".join(
    (words.INSIGHTS_PNG_FILTER, words.INSIGHTS_SVG_FILTER, words.INSIGHTS_PDF_FILTER)
)


@dataclass(frozen=True)
class YearNumbers:
    """What the worker hands back: the shown year's days, check-ins and the month's summary."""

    context: ChartContext
    series: tuple[DayStats, ...]
    summary: Summary
    checkins: tuple[CheckIn, ...] = ()


def compute(repository: Repository, context: ChartContext, definition: Definition) -> YearNumbers:
    """Read the year around the month and compute its numbers (runs in the pool)."""
    import diary.charts.panels  # noqa: F401 - loads matplotlib here, off the GUI thread

    start, end = context.year_span()
    series = tuple(day_series(repository.days(start, end), start, end, definition))
    month_start, month_end = context.month_span()
    month = [day for day in series if month_start <= day.day <= month_end]
    checkins = tuple(repository.checkins_between(start, end))
    return YearNumbers(context, series, summarize(month), checkins)


def day_tip(day: DayStats) -> str:
    """The tooltip of one day: its mood, contact and whether it was isolated."""
    lines = [day.day.strftime("%a %d %b %Y")]
    if not day.logged:
        return "\n".join([*lines, words.INSIGHTS_TIP_UNLOGGED])
    if day.mood is not None:
        lines.append(words.INSIGHTS_TIP_MOOD.format(mood=day.mood))
    by_mode = ", ".join(
        f"{mode.label} {minutes}" for mode, minutes in day.minutes_by_mode.items() if minutes
    )
    if day.meaningful:
        lines.append(
            words.INSIGHTS_TIP_MEANINGFUL.format(minutes=day.meaningful_minutes, modes=by_mode)
            if by_mode
            else words.INSIGHTS_TIP_DEEP
        )
    else:
        lines.append(
            words.INSIGHTS_TIP_DIGITAL if day.digital_only else words.INSIGHTS_TIP_ISOLATED
        )
    lines.append(words.INSIGHTS_TIP_CONTACTS.format(count=day.interactions))
    return "\n".join(lines)


class InsightsPage(Page):
    """Month and year charts of mood and connection, their tables, a summary and export.

    Args:
        pool: where the numbers are computed (an ``InlinePool`` in tests).
        clock: "now", injectable for tests.
        ask_export_path: asks where to export a chart; returns "" when cancelled
            (a file dialog by default; tests pass a function).
    """

    title = words.PAGE_INSIGHTS

    def __init__(
        self,
        pool: QThreadPool | InlinePool | None = None,
        *,
        clock: Callable[[], dt.datetime] | None = None,
        ask_export_path: Callable[[str], str] | None = None,
    ) -> None:
        super().__init__()
        self._start = Tasks(pool).start
        self._clock: Callable[[], dt.datetime] = clock or dt.datetime.now
        self._ask_export_path = ask_export_path or self._export_dialog
        self._repository: Repository | None = None
        self._settings: Settings | None = None
        self._numbers: YearNumbers | None = None
        self._generation = 0
        self._stale = False
        self.context = ChartContext.of(diary_today(self._clock, None))
        self.canvas: Any = None  # FigureCanvasQTAgg, made on first draw

        self.previous_button = QPushButton(words.INSIGHTS_PREVIOUS)
        self.previous_button.setAccessibleName(words.INSIGHTS_PREVIOUS_NAME)
        self.month_label = QLabel()
        self.month_label.setAccessibleName(words.INSIGHTS_MONTH_NAME)
        self.next_button = QPushButton(words.INSIGHTS_NEXT)
        self.next_button.setAccessibleName(words.INSIGHTS_NEXT_NAME)
        self.this_month_button = QPushButton(words.INSIGHTS_THIS_MONTH)

        self.tabs = QTabBar()
        self.tabs.setAccessibleName(words.INSIGHTS_CHARTS_NAME)
        for name in PANEL_ORDER:
            self.tabs.addTab(words.INSIGHTS_PANEL_TITLES[name])
        self.tabs.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.busy_label = QLabel(words.INSIGHTS_WORKING)
        self.busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table_model = DataTableModel(self)
        self.table_view = QTableView()
        self.table_view.setModel(self.table_model)
        self.table_view.setAccessibleName(words.INSIGHTS_TABLE_NAME)
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setAlternatingRowColors(True)
        self.table_caption = QLabel(wordWrap=True)
        table_panel = QWidget()
        table_layout = QVBoxLayout(table_panel)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table_caption)
        table_layout.addWidget(self.table_view, 1)
        self.chart_holder = QWidget()
        self.chart_layout = QVBoxLayout(self.chart_holder)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        for widget in (self.busy_label, self.chart_holder, table_panel):
            self.stack.addWidget(widget)
        self._table_panel = table_panel

        self.table_button = QPushButton(words.INSIGHTS_SHOW_TABLE)
        self.table_button.setCheckable(True)
        self.export_button = QPushButton(words.INSIGHTS_EXPORT)
        self.definitions_button = QPushButton(words.INSIGHTS_HOW_COUNTED)
        self.definitions_button.setCheckable(True)
        self.summary_label = QLabel(wordWrap=True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label.setAccessibleName(words.INSIGHTS_SUMMARY_NAME)
        self.definitions_label = QLabel(wordWrap=True)
        self.definitions_label.setHidden(True)

        self._build_layout()
        self._connect()
        self._show_month()

    def _build_layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.previous_button)
        header.addWidget(self.month_label)
        header.addWidget(self.next_button)
        header.addWidget(self.this_month_button)
        header.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.table_button)
        actions.addWidget(self.export_button)
        actions.addStretch(1)
        actions.addWidget(self.definitions_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs)
        layout.addWidget(self.stack, 1)
        layout.addLayout(actions)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.definitions_label)
        font = self.month_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.month_label.setFont(font)

    def _connect(self) -> None:
        self.previous_button.clicked.connect(lambda: self.move_months(-1))
        self.next_button.clicked.connect(lambda: self.move_months(1))
        self.this_month_button.clicked.connect(self.go_this_month)
        self.tabs.currentChanged.connect(lambda _index: self._show_numbers())
        self.table_button.toggled.connect(lambda _on: self._show_numbers())
        self.export_button.clicked.connect(self.export_chart)
        self.definitions_button.toggled.connect(self.definitions_label.setVisible)

    # Page contract --------------------------------------------------------------------------

    def attach(self, repository: Repository, settings: Settings) -> None:
        """Show this month; the numbers are computed when the page is first shown."""
        self._repository = repository
        self._settings = settings
        self.context = ChartContext.of(self.today(), self.today())
        self._show_month()
        self._stale = True
        if self.isVisible():
            self.refresh()

    def detach(self) -> None:
        """Forget every number, chart and table (on lock)."""
        self._repository = None
        self._settings = None
        self._numbers = None
        self._generation += 1
        self._stale = False
        self._drop_canvas()
        self.table_model.clear()
        self.table_caption.clear()
        self.summary_label.clear()
        self.definitions_label.clear()
        self.stack.setCurrentWidget(self.busy_label)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Recompute on every visit: the Today page may have changed the month."""
        super().showEvent(event)
        if self._repository is not None:
            self.refresh()

    # Navigation -----------------------------------------------------------------------------

    def today(self) -> dt.date:
        """Today as the diary counts it."""
        return diary_today(self._clock, self._settings)

    @property
    def panel_name(self) -> str:
        """The chosen panel's name, e.g. "month"."""
        return PANEL_ORDER[max(self.tabs.currentIndex(), 0)]

    def move_months(self, step: int) -> None:
        """Show the month ``step`` months before (negative) or after this one."""
        index = self.context.year * 12 + self.context.month - 1 + step
        year, month = divmod(index, 12)
        today = self.today()
        if (year, month + 1) > (today.year, today.month) or year < 1:
            return
        self.context = ChartContext(year, month + 1, today)
        self._show_month()
        self.refresh()

    def go_this_month(self) -> None:
        """Back to the month of today."""
        self.context = ChartContext.of(self.today(), self.today())
        self._show_month()
        self.refresh()

    def _show_month(self) -> None:
        from diary.charts.text import month_title

        self.month_label.setText(month_title(self.context.year, self.context.month))
        today = self.today()
        self.next_button.setEnabled(
            (self.context.year, self.context.month) < (today.year, today.month)
        )

    # Numbers --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Compute the shown year's numbers again, off the GUI thread."""
        repository = self._repository
        if repository is None:
            return
        self._stale = False
        self._generation += 1
        generation = self._generation
        context = self.context
        definition = diary_definition(self._settings)
        if self._numbers is None or self._numbers.context != context:
            self.stack.setCurrentWidget(self.busy_label)

        def done(numbers: YearNumbers) -> None:
            if generation == self._generation:
                self._numbers = numbers
                self._show_numbers()

        def failed(error: Exception) -> None:
            if generation == self._generation:
                self.status.emit(words.INSIGHTS_FAILED.format(reason=error))

        self._start(lambda: compute(repository, context, definition), done, failed)

    def _panel(self) -> Panel:
        from diary.charts.panels import PANELS

        checkins = self._numbers.checkins if self._numbers is not None else ()
        return PANELS[self.panel_name].with_checkins(checkins)

    def _theme(self) -> Any:
        from diary.charts.theme import DARK, LIGHT

        return DARK if is_dark(self) else LIGHT

    def _show_numbers(self) -> None:
        numbers = self._numbers
        if numbers is None:
            return
        panel = self._panel()
        table = panel.table(numbers.series, context=numbers.context)
        self.table_model.set_table(table)
        self.table_caption.setText(table.caption)
        self.summary_label.setText("\n".join(summary_lines(numbers.summary)))
        definition = diary_definition(self._settings)
        self.definitions_label.setText(
            words.INSIGHTS_DEFINITIONS.format(minutes=definition.minutes, depth=definition.depth)
        )
        if self.table_button.isChecked():
            self.stack.setCurrentWidget(self._table_panel)
        else:
            self._draw(panel, numbers)
            self.stack.setCurrentWidget(self.chart_holder)

    # Chart ----------------------------------------------------------------------------------

    def _figure(self, panel: Panel, numbers: YearNumbers) -> Figure:
        from diary.charts.figure import new_figure

        theme = self._theme()
        figure = new_figure(theme, *panel.size)
        panel.draw(figure, numbers.series, theme, context=numbers.context)
        return figure

    def _draw(self, panel: Panel, numbers: YearNumbers) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        self._drop_canvas()
        self.canvas = FigureCanvasQTAgg(self._figure(panel, numbers))
        self.canvas.setAccessibleName(words.INSIGHTS_CHART_NAME.format(title=panel.title))
        self.canvas.setAccessibleDescription(self.table_model.caption)
        self.canvas.mpl_connect("motion_notify_event", self._hover)
        self.chart_layout.addWidget(self.canvas)
        self.canvas.draw_idle()

    def _drop_canvas(self) -> None:
        if self.canvas is not None:
            self.chart_layout.removeWidget(self.canvas)
            self.canvas.figure.clear()
            self.canvas.deleteLater()
            self.canvas = None

    def _hover(self, event: Any) -> None:
        from diary.charts.locate import day_at

        numbers = self._numbers
        if numbers is None or event.inaxes is None or event.xdata is None:
            QToolTip.hideText()
            return
        day = day_at(
            self.panel_name, event.inaxes, numbers.series, numbers.context, event.xdata, event.ydata
        )
        found = next((s for s in numbers.series if s.day == day), None) if day else None
        if found is None:
            QToolTip.hideText()
            return
        QToolTip.showText(QCursor.pos(), day_tip(found), self.canvas)

    # Export ---------------------------------------------------------------------------------

    def _export_dialog(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self, words.INSIGHTS_EXPORT_TITLE, suggested, EXPORT_FILTERS
        )
        return path

    def export_chart(self) -> None:
        """Save the shown chart as PNG, SVG or PDF where the user chooses."""
        from diary.charts.figure import save_figure

        numbers = self._numbers
        if numbers is None:
            return
        panel = self._panel()
        context = numbers.context
        suggested = str(Path.home() / f"hearth-{panel.name}-{context.year}-{context.month:02d}.png")
        path = self._ask_export_path(suggested)
        if not path:
            return
        try:
            save_figure(self._figure(panel, numbers), path)
        except (OSError, ValueError) as error:
            self.status.emit(words.INSIGHTS_EXPORT_FAILED.format(reason=error))
            return
        self.status.emit(words.INSIGHTS_EXPORTED.format(path=path))
