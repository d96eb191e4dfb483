"""Insights: isolation streaks and how contact and mood move together, month by month.

Each panel leads with one everyday sentence about the period it shows (a month, or the year for
the year panels), with the numbers behind it one click away and explained. The words and the
numbers come from ``domain.insights.period_insights`` through ``formats.summary``, the same rule
``diary stats`` prints.

Speed: the shown year's days are computed once off the GUI thread and kept until the diary
changes (``Repository.version``, checked on every visit) or the definition of meaningful contact
does. Each chart is rendered to an image in the worker (``render.render``) and kept, so
switching panel or month shows a kept image at once; after a chart is shown the page renders
the other panels of the period and the previous month ahead of time, one at a time. Each
request carries a generation number: an answer for a diary that was locked, or computed before
the diary changed, is dropped. Every chart has a table view with the same numbers for screen
readers and hover tooltips with the day's details.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt, QThreadPool, QTimer
from PySide6.QtGui import (
    QCursor,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTabBar,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from diary import locale_format, messages
from diary.charts.context import ChartContext
from diary.design import SPACE, TYPE_SCALE
from diary.domain.insights import Insights
from diary.domain.stats import DayStats
from diary.formats.summary import LEADS, detail_lines, lead
from diary.i18n import _
from diary.storage.atomic import atomic_write
from diary.storage.errors import StorageError
from diary.ui.insights import report, words
from diary.ui.insights.render import (
    MATPLOTLIB_LOCK,
    ChartKey,
    InsightsMemo,
    Rendered,
    YearData,
    compute_year,
    render,
)
from diary.ui.shell.card import Card
from diary.ui.shell.data_table import DataTableModel
from diary.ui.shell.page import Page, diary_definition, diary_today
from diary.ui.shell.tasks import InlinePool, Tasks
from diary.ui.shell.theme import is_dark

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from diary.domain.tags import TagCount
    from diary.reports import Report
    from diary.settings import Settings
    from diary.storage.repository import Repository
    from diary.ui.insights.report import ReportChoice

# The panels in the order of the tabs.
PANEL_ORDER = ("month", "scatter", "streaks", "kinds", "week", "pixels", "checkins")
YEAR_PANELS = frozenset({"streaks", "week", "pixels", "checkins"})


def _export_filters() -> str:
    """The file dialog's choice of formats, in the current language."""
    return ";;".join(
        (words.INSIGHTS_PNG_FILTER, words.INSIGHTS_SVG_FILTER, words.INSIGHTS_PDF_FILTER)
    )


KEPT_CHARTS = 24
"""Rendered charts kept (a few MB each at most): every panel of a few months."""
RESIZE_DELAY_MS = 150
"""After the chart view stops changing size for this long, it is rendered at the new size."""
FALLBACK_SIZE = QSize(900, 460)
"""The size charts are rendered at before the page has been laid out."""


def day_tip(day: DayStats) -> str:
    """The tooltip of one day: its mood, contact and whether it was isolated."""
    lines = [locale_format.short_weekday_day(day.day)]
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


class ChartView(QWidget):
    """Shows a rendered chart image; scales the last one while a new size is being rendered.

    Attributes:
        rendered: The chart shown, or None.
    """

    def __init__(self, on_hover: Callable[[QPoint], None], on_resized: Callable[[], None]) -> None:
        super().__init__()
        self.rendered: Rendered | None = None
        self._image: QImage | None = None
        self._on_hover = on_hover
        self._on_resized = on_resized
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 200)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    @property
    def figure(self) -> Figure | None:
        """The Figure of the chart shown (laid out and rendered)."""
        return self.rendered.figure if self.rendered is not None else None

    def show_chart(self, rendered: Rendered) -> None:
        """Show a rendered chart."""
        image = QImage(
            rendered.rgba,
            rendered.pixel_width,
            rendered.pixel_height,
            rendered.pixel_width * 4,
            QImage.Format.Format_RGBA8888,
        ).copy()  # owns its pixels: the bytes may go
        image.setDevicePixelRatio(rendered.key.ratio)
        self.rendered, self._image = rendered, image
        self.update()

    def clear(self) -> None:
        """Show nothing (on lock)."""
        self.rendered, self._image = None, None
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """Draw the image, scaled to the view while a render at its new size is on the way."""
        if self._image is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QRectF(self.rect()), self._image)
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        """Tell the page where the pointer is, for the day's tooltip."""
        self._on_hover(event.position().toPoint())
        super().mouseMoveEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """Ask for a render at the new size (the page waits until resizing stops)."""
        super().resizeEvent(event)
        self._on_resized()


class InsightsPage(Page):
    """Month and year charts of mood and connection, a lead sentence, the numbers, export.

    Args:
        pool: where the numbers are computed and charts rendered (an ``InlinePool`` in tests).
        clock: "now", injectable for tests.
        ask_export_path: asks where to export a chart; returns "" when cancelled
            (a file dialog by default; tests pass a function).
        ahead: render the other panels and the previous month ahead of time.
    """

    @property
    def title(self) -> str:
        """The page's name, in the current language."""
        return words.PAGE_INSIGHTS

    def __init__(
        self,
        pool: QThreadPool | InlinePool | None = None,
        *,
        clock: Callable[[], dt.datetime] | None = None,
        ask_export_path: Callable[[str], str] | None = None,
        ahead: bool = True,
        ask_report: Callable[[Sequence[TagCount], str], ReportChoice | None] | None = None,
        ask_report_path: Callable[[str], str] | None = None,
    ) -> None:
        super().__init__()
        self._start = Tasks(pool).start
        self._clock: Callable[[], dt.datetime] = clock or dt.datetime.now
        self._ask_export_path = ask_export_path or self._export_dialog
        self._ask_report = ask_report or (lambda tags, month: report.ask_report(tags, month, self))
        self._ask_report_path = ask_report_path or self._report_dialog
        self._ahead = ahead
        self._repository: Repository | None = None
        self._settings: Settings | None = None
        self._generation = 0
        self._years: dict[int, YearData] = {}
        self._computing: set[int] = set()
        self._charts: OrderedDict[ChartKey, Rendered] = OrderedDict()
        self._queue: list[ChartKey] = []
        self._rendering: ChartKey | None = None
        self._memo = InsightsMemo()
        self.context = ChartContext.of(diary_today(self._clock, None))

        self.previous_button = QPushButton(words.INSIGHTS_PREVIOUS)
        self.previous_button.setAccessibleName(words.INSIGHTS_PREVIOUS_NAME)
        self.month_label = QLabel()
        self.month_label.setAccessibleName(words.INSIGHTS_MONTH_NAME)
        self.next_button = QPushButton(words.INSIGHTS_NEXT)
        self.next_button.setAccessibleName(words.INSIGHTS_NEXT_NAME)
        self.this_month_button = QPushButton(words.INSIGHTS_THIS_MONTH)

        self.tabs = QTabBar()
        self.tabs.setAccessibleName(words.INSIGHTS_CHARTS_NAME)
        self.tabs.setUsesScrollButtons(False)  # short names; never arrows hiding a chart
        self.tabs.setExpanding(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideNone)
        self.tabs.setDrawBase(False)
        for name in PANEL_ORDER:
            self.tabs.addTab(words.INSIGHTS_PANEL_TITLES[name])
        self.tabs.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.lead_label = QLabel(wordWrap=True)
        self.lead_label.setAccessibleName(words.INSIGHTS_LEAD_NAME)
        self.lead_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.numbers_button = QPushButton(words.INSIGHTS_SHOW_NUMBERS)
        self.numbers_button.setCheckable(True)
        self.definitions_button = QPushButton(words.INSIGHTS_HOW_COUNTED)
        self.definitions_button.setCheckable(True)
        self.summary_label = QLabel(wordWrap=True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label.setAccessibleName(words.INSIGHTS_NUMBERS_NAME)
        self.explain_label = QLabel(messages.DETAILS_RHO, wordWrap=True)
        self.explain_label.setObjectName("hint")
        self.numbers_card = Card(words.INSIGHTS_NUMBERS_TITLE)
        self.numbers_card.add(self.summary_label)
        self.numbers_card.add(self.explain_label)
        self.numbers = QWidget()
        numbers_layout = QVBoxLayout(self.numbers)
        numbers_layout.setContentsMargins(0, 0, 0, 0)
        numbers_layout.addWidget(self.numbers_card)
        # The numbers take the chart's place when asked for, so neither is ever cramped.
        self.numbers_area = QScrollArea()
        self.numbers_area.setWidgetResizable(True)
        self.numbers_area.setFrameShape(QFrame.Shape.NoFrame)
        self.numbers_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.numbers_area.setAccessibleName(words.INSIGHTS_NUMBERS_NAME)
        numbers_layout.addStretch(1)
        self.numbers_area.setWidget(self.numbers)
        self.definitions_label = QLabel(wordWrap=True)
        self.definitions_label.setObjectName("hint")
        self.definitions_label.setHidden(True)
        self.lead_card = Card()

        self.busy_label = QLabel(words.INSIGHTS_WORKING)
        self.busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_view = ChartView(self._hover, self._chart_resized)
        self.table_model = DataTableModel(self)
        self.table_view = QTableView()
        self.table_view.setModel(self.table_model)
        self.table_view.setAccessibleName(words.INSIGHTS_TABLE_NAME)
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # whole headers
        header.setTextElideMode(Qt.TextElideMode.ElideNone)
        header.setStretchLastSection(True)
        self.table_caption = QLabel(wordWrap=True)
        table_panel = QWidget()
        table_layout = QVBoxLayout(table_panel)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table_caption)
        table_layout.addWidget(self.table_view, 1)
        self.stack = QStackedWidget()
        for widget in (self.busy_label, self.chart_view, table_panel, self.numbers_area):
            self.stack.addWidget(widget)
        self.chart_holder = self.chart_view
        self._table_panel = table_panel

        self.table_button = QPushButton(words.INSIGHTS_SHOW_TABLE)
        self.table_button.setCheckable(True)
        self.export_button = QPushButton(words.INSIGHTS_EXPORT)
        self.report_button = QPushButton(_(report.REPORT_BUTTON))

        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(RESIZE_DELAY_MS)
        self._resize_timer.timeout.connect(self._show_panel)

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
        toggles = QHBoxLayout()
        toggles.addWidget(self.numbers_button)
        toggles.addWidget(self.definitions_button)
        toggles.addStretch(1)
        self.lead_card.add(self.lead_label)
        self.lead_card.add(toggles)
        self.lead_card.add(self.definitions_label)
        actions = QHBoxLayout()
        actions.addWidget(self.table_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.report_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACE[2])
        layout.addLayout(header)
        layout.addWidget(self.tabs)
        layout.addWidget(self.lead_card)
        layout.addWidget(self.stack, 1)
        layout.addLayout(actions)
        font = self.month_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * TYPE_SCALE["title"])
        self.month_label.setFont(font)
        lead_font = self.lead_label.font()
        lead_font.setPointSizeF(lead_font.pointSizeF() * TYPE_SCALE["title"])
        self.lead_label.setFont(lead_font)

    def _connect(self) -> None:
        self.previous_button.clicked.connect(lambda: self.move_months(-1))
        self.next_button.clicked.connect(lambda: self.move_months(1))
        self.this_month_button.clicked.connect(self.go_this_month)
        self.tabs.currentChanged.connect(lambda _index: self._show_panel())
        self.table_button.toggled.connect(self._toggle_table)
        self.export_button.clicked.connect(self.export_chart)
        self.report_button.clicked.connect(self.make_report)
        self.numbers_button.toggled.connect(self._toggle_numbers)
        self.definitions_button.toggled.connect(self.definitions_label.setVisible)

    def _toggle_numbers(self, shown: bool) -> None:
        self.numbers_button.setText(
            words.INSIGHTS_HIDE_NUMBERS if shown else words.INSIGHTS_SHOW_NUMBERS
        )
        if shown:
            self.table_button.setChecked(False)
        self._show_panel()

    def _toggle_table(self, shown: bool) -> None:
        if shown:
            self.numbers_button.setChecked(False)
        self._show_panel()

    # Page contract --------------------------------------------------------------------------

    def attach(self, repository: Repository, settings: Settings) -> None:
        """Show this month; the numbers are computed when the page is first shown."""
        self._forget()
        self._repository = repository
        self._settings = settings
        self.context = ChartContext.of(self.today(), self.today())
        self._show_month()
        if self.isVisible():
            self.refresh()

    def detach(self) -> None:
        """Forget every number, chart and table (on lock)."""
        self._repository = None
        self._settings = None
        self._forget()
        self.table_model.clear()
        self.table_caption.clear()
        self.lead_label.clear()
        self.summary_label.clear()
        self.definitions_label.clear()
        self.stack.setCurrentWidget(self.busy_label)

    def _forget(self) -> None:
        self._generation += 1
        self._years.clear()
        self._computing.clear()
        self._charts.clear()
        self._queue.clear()
        self._rendering = None
        self._memo.clear()
        self.chart_view.clear()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Check on every visit whether the diary changed since the year was computed."""
        super().showEvent(event)
        layout = self.layout()
        if layout is not None:
            layout.activate()  # the chart view's real size, so charts are drawn at it once
        if self._repository is not None:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Draw the charts again in the new colours when the theme changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.isVisible():
            self._show_panel()

    # Navigation -----------------------------------------------------------------------------

    def today(self) -> dt.date:
        """Today as the diary counts it."""
        return diary_today(self._clock, self._settings)

    @property
    def panel_name(self) -> str:
        """The chosen panel's name, e.g. "month"."""
        return PANEL_ORDER[max(self.tabs.currentIndex(), 0)]

    @property
    def canvas(self) -> ChartView | None:
        """The chart view when it shows a chart, else None."""
        return self.chart_view if self.chart_view.rendered is not None else None

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

    def step(self, direction: int) -> bool:
        """Alt+Left and Alt+Right move a month."""
        self.move_months(direction)
        return True

    def go_this_month(self) -> None:
        """Back to the month of today."""
        self.context = ChartContext.of(self.today(), self.today())
        self._show_month()
        self.refresh()

    def _show_month(self) -> None:
        self.month_label.setText(locale_format.month_title(self.context.year, self.context.month))
        today = self.today()
        self.next_button.setEnabled(
            (self.context.year, self.context.month) < (today.year, today.month)
        )

    # The year's numbers ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the chosen panel, computing the shown year again if the diary changed."""
        repository = self._repository
        if repository is None:
            return
        today = self.today()
        if today != self.context.today:
            self.context = replace(self.context, today=today)
        self._show_panel()

    def _year(self) -> YearData | None:
        """The shown year's numbers if they are current; else starts computing them."""
        repository = self._repository
        if repository is None:
            return None
        year, today = self.context.year, self.today()
        definition = diary_definition(self._settings)
        data = self._years.get(year)
        if (
            data is not None
            and data.version == repository.version
            and data.definition == definition
            and data.today == today
        ):
            return data
        if year not in self._computing:
            self._compute(year, today)
        return None

    def _compute(self, year: int, today: dt.date) -> None:
        repository = self._repository
        if repository is None:
            return
        generation = self._generation
        definition = diary_definition(self._settings)
        self._computing.add(year)

        def done(data: YearData) -> None:
            if generation != self._generation:
                return
            self._computing.discard(year)
            self._years[year] = data
            self._show_panel()

        def failed(error: Exception) -> None:
            if generation == self._generation:
                self._computing.discard(year)
                self.status.emit(words.INSIGHTS_FAILED.format(reason=error))

        self._start(lambda: compute_year(repository, year, today, definition), done, failed)

    # Charts ---------------------------------------------------------------------------------

    def _key(self, data: YearData, panel: str, month: int) -> ChartKey:
        size = self.stack.size() if self.isVisible() else QSize()
        if size.width() < 100 or size.height() < 100:
            size = self._last_size()
        return ChartKey(
            panel=panel,
            year=data.year,
            month=0 if panel in YEAR_PANELS else month,
            today=data.today,
            definition=data.definition,
            version=data.version,
            dark=is_dark(self),
            width=size.width(),
            height=size.height(),
            ratio=float(self.devicePixelRatioF()),
        )

    def _last_size(self) -> QSize:
        shown = self.chart_view.rendered
        if shown is not None:
            return QSize(shown.key.width, shown.key.height)
        return FALLBACK_SIZE

    def _show_panel(self) -> None:
        """Show the chosen panel of the shown month: at once if rendered, else as soon as it is."""
        data = self._year()
        if data is None:
            if not self._shows_chosen():
                self.busy_label.setText(words.INSIGHTS_WORKING)
                self.stack.setCurrentWidget(self.busy_label)
            return
        key = self._key(data, self.panel_name, self.context.month)
        rendered = self._charts.get(key)
        if rendered is None:
            self._request(key, first=True)
            if not self._shows(key):
                self.busy_label.setText(words.INSIGHTS_DRAWING)
                self.stack.setCurrentWidget(self.busy_label)
            return
        self._charts.move_to_end(key)
        self._present(rendered)
        if self._ahead:
            self._plan_ahead(data, key)

    def _shows(self, key: ChartKey) -> bool:
        """The chart view already shows this panel and period (an older render of it)."""
        shown = self.chart_view.rendered
        if shown is None or self.stack.currentWidget() is self.busy_label:
            return False
        old = shown.key
        return (old.panel, old.year, old.month) == (key.panel, key.year, key.month)

    def _shows_chosen(self) -> bool:
        """The chart view shows the chosen panel and period (perhaps an older render of it)."""
        shown = self.chart_view.rendered
        return (
            shown is not None
            and self.stack.currentWidget() is not self.busy_label
            and self._wants(shown.key)
        )

    def _present(self, rendered: Rendered) -> None:
        insights = rendered.insights
        self.lead_label.setText(lead(insights, LEADS[rendered.key.panel]))
        self.summary_label.setText("\n".join(detail_lines(insights)))
        definition = rendered.key.definition
        self.definitions_label.setText(
            words.INSIGHTS_DEFINITIONS.format(minutes=definition.minutes, depth=definition.depth)
        )
        table = rendered.table
        self.table_model.set_table(table)
        self.table_caption.setText(table.caption)
        self.chart_view.show_chart(rendered)
        self.chart_view.setAccessibleName(words.INSIGHTS_CHART_NAME.format(title=rendered.title))
        self.chart_view.setAccessibleDescription(table.caption)
        if self.numbers_button.isChecked():
            self.stack.setCurrentWidget(self.numbers_area)
        elif self.table_button.isChecked():
            self.stack.setCurrentWidget(self._table_panel)
        else:
            self.stack.setCurrentWidget(self.chart_view)

    def _plan_ahead(self, data: YearData, shown: ChartKey) -> None:
        """Queue the other panels of this period, then the previous month's, to render next."""
        month = self.context.month
        wanted = [self._key(data, name, month) for name in PANEL_ORDER if name != shown.panel]
        if month > 1:
            wanted += [
                self._key(data, name, month - 1) for name in PANEL_ORDER if name not in YEAR_PANELS
            ]
        for key in wanted:
            self._request(key, first=False)

    def _request(self, key: ChartKey, *, first: bool) -> None:
        if key in self._charts or key == self._rendering:
            return
        if key in self._queue:
            self._queue.remove(key)
        if first:
            self._queue.insert(0, key)
        else:
            self._queue.append(key)
        self._pump()

    def _pump(self) -> None:
        """Render the next queued chart, one at a time."""
        if self._rendering is not None or not self._queue:
            return
        key = self._queue.pop(0)
        data = self._years.get(key.year)
        if data is None or data.version != key.version:
            self._pump()  # the diary changed since it was queued
            return
        self._rendering = key
        generation = self._generation
        memo = self._memo

        def done(rendered: Rendered) -> None:
            if generation != self._generation:
                return
            self._rendering = None
            self._charts[key] = rendered
            while len(self._charts) > KEPT_CHARTS:
                self._charts.popitem(last=False)
            if self._wants(key):
                self._show_panel()
            self._pump()

        def failed(error: Exception) -> None:
            if generation == self._generation:
                self._rendering = None
                self.status.emit(words.INSIGHTS_FAILED.format(reason=error))
                self._pump()

        self._start(lambda: render(key, data, memo), done, failed)

    def _wants(self, key: ChartKey) -> bool:
        """The user is waiting for this chart: its panel and period are the chosen ones."""
        month = 0 if self.panel_name in YEAR_PANELS else self.context.month
        return (key.panel, key.year, key.month) == (self.panel_name, self.context.year, month)

    def _chart_resized(self) -> None:
        shown = self.chart_view.rendered
        size = self.chart_view.size()
        if shown is not None and (shown.key.width, shown.key.height) != (
            size.width(),
            size.height(),
        ):
            self._resize_timer.start()

    # Hover ----------------------------------------------------------------------------------

    def day_at(self, point: QPoint) -> DayStats | None:
        """The day drawn under ``point`` of the chart view, if any."""
        from diary.charts.locate import day_at

        shown = self.chart_view.rendered
        data = self._years.get(shown.key.year) if shown is not None else None
        if shown is None or data is None or self.chart_view.width() <= 0:
            return None
        scale = shown.pixel_width / max(self.chart_view.width(), 1)
        x = point.x() * scale
        y = shown.pixel_height - point.y() * scale
        for ax in shown.figure.axes:
            if ax.bbox.contains(x, y):
                xdata, ydata = ax.transData.inverted().transform((x, y))
                context = shown.key.context
                day = day_at(shown.key.panel, ax, data.series, context, xdata, ydata)
                return next((s for s in data.series if s.day == day), None) if day else None
        return None

    def _hover(self, point: QPoint) -> None:
        found = self.day_at(point)
        if found is None:
            QToolTip.hideText()
            return
        QToolTip.showText(QCursor.pos(), day_tip(found), self.chart_view)

    # Export ---------------------------------------------------------------------------------

    def _export_dialog(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self, words.INSIGHTS_EXPORT_TITLE, suggested, _export_filters()
        )
        return path

    def export_chart(self) -> None:
        """Save the shown chart as PNG, SVG or PDF where the user chooses."""
        from diary.charts.figure import chart_file, new_figure
        from diary.charts.panels import PANELS
        from diary.charts.theme import DARK, LIGHT

        shown = self.chart_view.rendered
        data = self._years.get(shown.key.year) if shown is not None else None
        if shown is None or data is None:
            return
        panel = PANELS[shown.key.panel].with_checkins(data.checkins)
        context = self.context
        suggested = str(Path.home() / f"hearth-{panel.name}-{context.year}-{context.month:02d}.png")
        path = self._ask_export_path(suggested)
        if not path:
            return
        theme = DARK if shown.key.dark else LIGHT
        try:
            with MATPLOTLIB_LOCK:
                figure = new_figure(theme, *panel.size)
                panel.draw(figure, data.series, theme, context=shown.key.context)
                chart = chart_file(figure, path)
            atomic_write(Path(path), chart)  # private (0600), whole or not at all, never via a link
        except OSError as error:
            reason = error.strerror or str(error)
            self.status.emit(words.INSIGHTS_EXPORT_FAILED.format(reason=reason))
            return
        except ValueError as error:  # a name Hearth cannot write a chart as; said for the user
            self.status.emit(words.INSIGHTS_EXPORT_FAILED.format(reason=error))
            return
        self.status.emit(words.INSIGHTS_EXPORTED.format(path=path))

    # The PDF report (diary.reports, as ``diary report``) ------------------------------------

    def _report_dialog(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self, _(report.REPORT_SAVE_TITLE), suggested, _(report.REPORT_FILTER)
        )
        return path

    def make_report(self) -> None:
        """Ask what the report counts (the month shown or a tag's days) and where; write it."""
        repository, settings = self._repository, self._settings
        if repository is None:
            return
        context = self.context
        month = locale_format.month_year(context.year, context.month)
        try:
            tags = repository.tags()
        except StorageError as error:
            self.status.emit(_(report.REPORT_FAILED).format(reason=error))
            return
        choice = self._ask_report(tags, month)
        if choice is None:
            return
        name = (
            f"hearth-{choice.tag}" if choice.tag else f"hearth-{context.year}-{context.month:02d}"
        )
        path = self._ask_report_path(str(Path.home() / f"{name}.pdf"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        first = dt.date(context.year, context.month, 1)
        last = dt.date(context.year + context.month // 12, context.month % 12 + 1, 1)
        span = (first, last - dt.timedelta(days=1))
        definition, today = diary_definition(settings), self.today()
        self.status.emit(_(report.REPORT_WORKING))

        def work() -> Report:
            return report.write_report(
                repository, choice, month=span, definition=definition, today=today, path=Path(path)
            )

        def done(made: Report) -> None:
            first_words = locale_format.short_day(made.start, year=True)
            last_words = locale_format.short_day(made.end, year=True)
            self.status.emit(report.saved_words(made, path, first_words, last_words))

        def failed(error: Exception) -> None:
            reason = error.strerror or str(error) if isinstance(error, OSError) else error
            self.status.emit(_(report.REPORT_FAILED).format(reason=reason))

        self._start(work, done, failed)

    def shown_insights(self) -> Insights | None:
        """The insight numbers of the chart shown (what its lead and numbers speak of)."""
        shown = self.chart_view.rendered
        return shown.insights if shown is not None else None
