"""A month calendar that shows each day's mood by colour and by number, readable without colour.

The grid is a ``QTableView`` over a small table model, so screen readers get one cell per day
with a spoken description ("Friday 20 November, mood 7, 2 contacts") and the weekday names as
column headers. Weeks start on the locale's first day (``diary.locale_format``: Monday in most
of Europe, Sunday in the US), and the names of days and months are the locale's. A delegate
paints each cell: the day number, a badge with the mood number on a colour of the one
colour-blind-safe mood scale of ``diary.design``, a hollow badge with a dash for a logged day
without a mood, a small person marker with the number of contacts, and a small picture frame in
the bottom corner for a day with photos.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QKeyEvent,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from diary import design, locale_format
from diary.domain.models import MOOD_MAX, MOOD_MIN
from diary.ui.journal import words

WEEKS = 6  # enough rows for any month, so the grid never changes size
DAYS_PER_WEEK = 7

DateRole = Qt.ItemDataRole.UserRole + 1
MoodRole = Qt.ItemDataRole.UserRole + 2
ContactsRole = Qt.ItemDataRole.UserRole + 3
LoggedRole = Qt.ItemDataRole.UserRole + 4
InMonthRole = Qt.ItemDataRole.UserRole + 5
TodayRole = Qt.ItemDataRole.UserRole + 6
PhotosRole = Qt.ItemDataRole.UserRole + 7


@dataclass(frozen=True)
class DaySummary:
    """What the calendar shows of one day.

    Attributes:
        mood: the day's mood (1-9), or None when none was given.
        contacts: how many interactions were logged that day.
        has_entry: True when the day has a (non-empty) entry.
        photos: how many photos the day has.
    """

    mood: int | None = None
    contacts: int = 0
    has_entry: bool = False
    photos: int = 0

    @property
    def logged(self) -> bool:
        """A day is logged if it has an entry or an interaction (product.md), or photos."""
        return self.has_entry or self.contacts > 0 or self.photos > 0


def mood_colour(mood: int) -> QColor:
    """The colour of ``mood`` (1-9): the one mood scale of ``diary.design``."""
    if not MOOD_MIN <= mood <= MOOD_MAX:
        raise ValueError(f"mood must be from {MOOD_MIN} to {MOOD_MAX}, not {mood}")
    return QColor(design.mood_colour(mood))


def mood_ink(mood: int) -> QColor:
    """The colour of the number written on ``mood_colour(mood)`` (at least 4.5:1)."""
    return QColor(design.mood_ink(mood))


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio of two colours, from 1 (none) to 21 (black on white)."""
    return design.contrast_ratio(first.name(), second.name())


def paint_mood_badge(painter: QPainter, badge: QRectF, mood: int, outline: QColor) -> None:
    """A rounded square in the mood's colour with its number on it (the Journal's mood chip)."""
    fill = mood_colour(mood)
    radius = badge.width() * 0.25
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(outline, 1))
    painter.setBrush(fill)
    painter.drawRoundedRect(badge, radius, radius)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(mood_ink(mood))
    painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), str(mood))
    painter.restore()


def mood_chip(mood: int, font: QFont, outline: QColor, ratio: float = 2.0) -> QIcon:
    """The mood as a chip icon (colour and number) for lists, crisp on screens of ``ratio``."""
    side = QFontMetrics(font).height() + 4
    icon = QIcon()
    for scale in sorted({1.0, ratio}):
        pixmap = QPixmap(round(side * scale), round(side * scale))
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        paint_mood_badge(painter, QRectF(0.5, 0.5, side - 1, side - 1), mood, outline)
        painter.end()
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Active, QIcon.Mode.Selected):
            icon.addPixmap(pixmap, mode)  # the same colour when its row is chosen
    return icon


def describe_day(day: dt.date, summary: DaySummary | None, *, today: bool = False) -> str:
    """Words a screen reader speaks for a day: "Friday 20 November, mood 7, 2 contacts"."""
    parts = [locale_format.weekday_day(day)]
    if today:
        parts.append(words.CALENDAR_TODAY)
    if summary is None or not summary.logged:
        parts.append(words.CALENDAR_NOT_LOGGED)
    else:
        if summary.mood is not None:
            parts.append(words.CALENDAR_MOOD.format(mood=summary.mood))
        else:
            parts.append(words.CALENDAR_NO_MOOD)
        if summary.contacts == 1:
            parts.append(words.CALENDAR_ONE_CONTACT)
        elif summary.contacts > 1:
            parts.append(words.CALENDAR_CONTACTS.format(count=summary.contacts))
        if summary.photos:
            parts.append(words.CALENDAR_PHOTOS(summary.photos))
    return ", ".join(parts)


def _add_months(year: int, month: int, count: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + count
    return index // 12, index % 12 + 1


def _clamp_day(year: int, month: int, day: int) -> dt.date:
    return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))


class _MonthModel(QAbstractTableModel):
    """Six weeks by seven days (the locale's week) around one month, with what each day logged."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.year, self.month = 1, 1
        self.first_cell = dt.date(1, 1, 1)
        self.today: dt.date | None = None
        self.days: dict[dt.date, DaySummary] = {}

    def set_month(self, year: int, month: int) -> None:
        self.beginResetModel()
        self.year, self.month = year, month
        first = dt.date(year, month, 1)
        self.first_cell = locale_format.week_start(first)
        self.endResetModel()

    def set_days(self, days: dict[dt.date, DaySummary]) -> None:
        self.days = dict(days)
        self._changed()

    def set_today(self, today: dt.date) -> None:
        self.today = today
        self._changed()

    def _changed(self) -> None:
        self.dataChanged.emit(self.index(0, 0), self.index(WEEKS - 1, DAYS_PER_WEEK - 1))

    def date_at(self, index: QModelIndex | QPersistentModelIndex) -> dt.date | None:
        if not index.isValid():
            return None
        return self.first_cell + dt.timedelta(days=index.row() * DAYS_PER_WEEK + index.column())

    def index_of(self, day: dt.date) -> QModelIndex:
        offset = (day - self.first_cell).days
        if not 0 <= offset < WEEKS * DAYS_PER_WEEK:
            return QModelIndex()
        return self.index(offset // DAYS_PER_WEEK, offset % DAYS_PER_WEEK)

    def in_month(self, day: dt.date) -> bool:
        return (day.year, day.month) == (self.year, self.month)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else WEEKS

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else DAYS_PER_WEEK

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        day = self.date_at(index)
        if day is None or not self.in_month(day):
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        day = self.date_at(index)
        if day is None:
            return None
        in_month = self.in_month(day)
        summary = self.days.get(day) if in_month else None
        if role == Qt.ItemDataRole.DisplayRole:
            return str(day.day)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            if not in_month:
                return locale_format.weekday_day(day)
            return describe_day(day, summary, today=day == self.today)
        if role == DateRole:
            return day
        if role == MoodRole:
            return summary.mood if summary else None
        if role == ContactsRole:
            return summary.contacts if summary else 0
        if role == PhotosRole:
            return summary.photos if summary else 0
        if role == LoggedRole:
            return bool(summary and summary.logged)
        if role == InMonthRole:
            return in_month
        if role == TodayRole:
            return day == self.today
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < DAYS_PER_WEEK:
            return None
        weekday = locale_format.week()[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return locale_format.weekday_name(weekday, "abbreviated")
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return locale_format.weekday_name(weekday)
        return None


def badge_rect(cell: QRect, metrics: QFontMetrics) -> QRectF:
    """Where the mood badge sits inside a day cell: a square below the day number."""
    margin = max(2, metrics.height() // 6)
    room_h = cell.height() - metrics.height() - 2 * margin
    room_w = cell.width() - 2 * margin
    side = max(metrics.height(), min(room_h, room_w, int(metrics.height() * 1.7)))
    side = min(side, max(room_h, 4), max(room_w, 4))
    top = cell.top() + margin + metrics.height() + (room_h - side) / 2
    left = cell.left() + (cell.width() - side) / 2
    return QRectF(left, top, side, side)


class _DayDelegate(QStyledItemDelegate):
    """Paints a day cell: number, mood badge (colour and number), contacts marker, selection."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        palette: QPalette = option.palette
        cell: QRect = option.rect
        state = option.state
        font = QFont(option.font)
        metrics = QFontMetrics(font)
        margin = max(2, metrics.height() // 6)
        in_month = bool(index.data(InMonthRole))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)

        text_colour = palette.color(QPalette.ColorRole.Text)
        if not in_month:
            text_colour = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        # Paint over the style's full-cell selection fill: a tint and a frame keep the mood
        # badge and the day number readable on a selected day.
        painter.fillRect(cell, palette.color(QPalette.ColorRole.Base))
        if state & QStyle.StateFlag.State_Selected:
            # The accent's wash, framed in the accent (the theme's Highlight is the wash).
            painter.fillRect(cell, palette.color(QPalette.ColorRole.Highlight))
            width = 3 if state & QStyle.StateFlag.State_HasFocus else 2
            pen = QPen(palette.color(QPalette.ColorRole.Accent), width)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            inset = width / 2
            painter.drawRect(QRectF(cell).adjusted(inset, inset, -inset, -inset))

        # The day number, bold and underlined for today.
        if index.data(TodayRole):
            font.setBold(True)
            font.setUnderline(True)
        painter.setFont(font)
        painter.setPen(text_colour)
        number_rect = cell.adjusted(margin, margin, -margin, -margin)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        painter.drawText(number_rect, int(align), str(index.data(Qt.ItemDataRole.DisplayRole)))

        if in_month:
            self._paint_contacts(painter, cell, metrics, margin, text_colour, index)
            self._paint_photos(painter, cell, metrics, margin, text_colour, index)
            if index.data(LoggedRole):
                self._paint_mood(painter, cell, option, metrics, text_colour, index)
        painter.restore()

    @staticmethod
    def _paint_contacts(
        painter: QPainter,
        cell: QRect,
        metrics: QFontMetrics,
        margin: int,
        colour: QColor,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        count = int(index.data(ContactsRole) or 0)
        if count <= 0:
            return
        size = metrics.ascent()
        right = cell.right() - margin
        top = cell.top() + margin + (metrics.height() - size) / 2
        # A little person: a head above rounded shoulders.
        head = size * 0.42
        glyph_left = right - size
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(QRectF(glyph_left + (size - head) / 2, top, head, head))
        shoulders = QRectF(glyph_left + size * 0.1, top + head * 1.1, size * 0.8, size)
        painter.drawChord(shoulders, 0, 180 * 16)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if count > 1:
            painter.setPen(colour)
            text_rect = QRect(
                cell.left(),
                cell.top() + margin,
                int(glyph_left - cell.left()) - 1,
                metrics.height(),
            )
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
            painter.drawText(text_rect, int(align), str(count))

    @staticmethod
    def _paint_photos(
        painter: QPainter,
        cell: QRect,
        metrics: QFontMetrics,
        margin: int,
        colour: QColor,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """A small picture frame in the bottom corner: the day has photos (quiet, no count)."""
        if int(index.data(PhotosRole) or 0) <= 0:
            return
        width = metrics.ascent() * 1.2
        height = width * 0.78
        right = cell.right() - margin - 2  # clear of the selection's frame
        bottom = cell.bottom() - margin - 2
        frame = QRectF(right - width, bottom - height, width, height)
        muted = QColor(colour)
        muted.setAlpha(170)
        painter.setPen(QPen(muted, 1.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(frame, 1.5, 1.5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(muted)
        sun = height * 0.22
        painter.drawEllipse(QRectF(frame.right() - sun * 2, frame.top() + sun * 0.6, sun, sun))
        hill = QPolygonF(
            [
                QPointF(frame.left() + 1.5, frame.bottom() - 1.5),
                QPointF(frame.left() + width * 0.38, frame.top() + height * 0.4),
                QPointF(frame.left() + width * 0.7, frame.bottom() - 1.5),
            ]
        )
        painter.drawPolygon(hill)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    @staticmethod
    def _paint_mood(
        painter: QPainter,
        cell: QRect,
        option: QStyleOptionViewItem,
        metrics: QFontMetrics,
        text_colour: QColor,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        badge = badge_rect(cell, metrics)
        radius = badge.width() * 0.25
        outline = QColor(text_colour)
        outline.setAlpha(140)
        mood = index.data(MoodRole)
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        centre = Qt.AlignmentFlag.AlignCenter
        if mood is None:
            # Logged without a mood: a hollow badge with a dash.
            painter.setPen(QPen(outline, 1.5, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(badge, radius, radius)
            painter.setPen(text_colour)
            painter.drawText(badge, int(centre), "–")
            return
        paint_mood_badge(painter, badge, int(mood), outline)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(metrics.height() * 3, metrics.height() * 3)


class MonthCalendar(QWidget):
    """A month grid (weeks as the locale starts them): each day's mood and contacts, and a keyboard.

    Arrow keys move the selection by a day or a week (into the next or previous month at the
    edges), Home and End go to the month's first and last day, Page Up and Page Down change the
    month (with Ctrl: the year), Enter opens the selected day. A click selects a day, a
    double-click opens it.

    Signals:
        month_changed: (year, month) the calendar now shows.
        day_activated: a ``datetime.date`` the user asked to open (Enter or double-click).
        selection_changed: the newly selected ``datetime.date``.
    """

    month_changed = Signal(int, int)
    day_activated = Signal(object)
    selection_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._today = today or dt.date.today()
        self._selected = self._today
        self._model = _MonthModel(self)
        self._model.set_today(self._today)
        self._model.set_month(self._today.year, self._today.month)

        self.previous_button = QToolButton(self)
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.setAccessibleName(words.CALENDAR_PREVIOUS_MONTH)
        self.previous_button.setToolTip(words.CALENDAR_PREVIOUS_MONTH)
        self.previous_button.setAutoRaise(True)
        self.next_button = QToolButton(self)
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setAccessibleName(words.CALENDAR_NEXT_MONTH)
        self.next_button.setToolTip(words.CALENDAR_NEXT_MONTH)
        self.next_button.setAutoRaise(True)
        self.this_month_button = QPushButton(words.CALENDAR_THIS_MONTH, self)
        self.this_month_button.setToolTip(words.CALENDAR_THIS_MONTH_TIP)
        self.title_label = QLabel(self)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title_font = QFont(self.font())
        title_font.setBold(True)
        if title_font.pointSizeF() > 0:
            title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        self.title_label.setFont(title_font)

        self.grid = QTableView(self)
        self.grid.setModel(self._model)
        self.grid.setItemDelegate(_DayDelegate(self.grid))
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setTabKeyNavigation(False)
        self.grid.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.grid.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid.setCornerButtonEnabled(False)
        self.grid.verticalHeader().hide()
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.horizontalHeader().setHighlightSections(False)
        self.grid.setAccessibleDescription(words.CALENDAR_GRID_HELP)
        self.grid.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._set_grid_minimum()
        self.grid.installEventFilter(self)

        header = QHBoxLayout()
        header.addWidget(self.previous_button)
        header.addWidget(self.title_label, 1)
        header.addWidget(self.this_month_button)
        header.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.grid, 1)
        self.setTabOrder(self.previous_button, self.this_month_button)
        self.setTabOrder(self.this_month_button, self.next_button)
        self.setTabOrder(self.next_button, self.grid)

        self.previous_button.clicked.connect(self.show_previous_month)
        self.next_button.clicked.connect(self.show_next_month)
        self.this_month_button.clicked.connect(self.go_to_today)
        self.grid.selectionModel().currentChanged.connect(self._on_current_changed)
        self.grid.doubleClicked.connect(self._on_double_clicked)
        self._show_month()

    # Public API ---------------------------------------------------------------------------

    def month(self) -> tuple[int, int]:
        """The (year, month) on show."""
        return self._model.year, self._model.month

    def set_month(self, year: int, month: int) -> None:
        """Show ``month`` of ``year``; the selection keeps its day of the month where it can."""
        if not 1 <= month <= 12 or not dt.MINYEAR <= year <= dt.MAXYEAR:
            raise ValueError(f"no such month: {year}-{month}")
        if (year, month) == self.month():
            return
        self._selected = _clamp_day(year, month, self._selected.day)
        self._model.set_month(year, month)
        self._model.set_days({})
        self._show_month()
        self.selection_changed.emit(self._selected)
        self.month_changed.emit(year, month)

    def set_days(self, days: dict[dt.date, DaySummary]) -> None:
        """What was logged on the days on show (days not given are unlogged)."""
        self._model.set_days(days)

    def clear(self) -> None:
        """Forget every day's data (the diary was locked)."""
        self._model.set_days({})

    def day_summary(self, day: dt.date) -> DaySummary | None:
        """What the calendar was given for ``day``, if anything."""
        return self._model.days.get(day)

    def selected_date(self) -> dt.date:
        """The selected day (always in the month on show)."""
        return self._selected

    def set_selected_date(self, day: dt.date) -> None:
        """Select ``day``, changing the month when it lies in another one."""
        if (day.year, day.month) != self.month():
            self._selected = day
            self._model.set_month(day.year, day.month)
            self._model.set_days({})
            self._show_month()
            self.selection_changed.emit(day)
            self.month_changed.emit(day.year, day.month)
            return
        changed = day != self._selected
        self._selected = day
        self._select_current()
        if changed:
            self.selection_changed.emit(day)

    def today(self) -> dt.date:
        """The date the calendar marks as today."""
        return self._today

    def set_today(self, today: dt.date) -> None:
        """Mark ``today`` (the diary's day may start a few hours after midnight)."""
        self._today = today
        self._model.set_today(today)

    def go_to_today(self) -> None:
        """Show today's month and select today."""
        self.set_selected_date(self._today)

    def step_months(self, count: int) -> None:
        """Show the month ``count`` months later (earlier when negative)."""
        year, month = _add_months(*self.month(), count)
        if dt.MINYEAR <= year <= dt.MAXYEAR:
            self.set_month(year, month)

    def show_previous_month(self) -> None:
        """Show the month before the one on show."""
        self.step_months(-1)

    def show_next_month(self) -> None:
        """Show the month after the one on show."""
        self.step_months(1)

    def visible_range(self) -> tuple[dt.date, dt.date]:
        """The first and last day of the month on show."""
        year, month = self.month()
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])

    # Internals ----------------------------------------------------------------------------

    def _show_month(self) -> None:
        year, month = self.month()
        self.title_label.setText(locale_format.month_title(year, month))
        self.grid.setAccessibleName(
            words.CALENDAR_GRID_NAME.format(month=locale_format.month_year(year, month))
        )
        self._select_current()

    def _select_current(self) -> None:
        index = self._model.index_of(self._selected)
        if index.isValid() and self.grid.currentIndex() != index:
            self.grid.setCurrentIndex(index)

    def _set_grid_minimum(self) -> None:
        metrics = QFontMetrics(self.grid.font())
        cell = int(metrics.height() * 2.6)
        header = self.grid.horizontalHeader().sizeHint().height()
        frame = 2 * self.grid.frameWidth()
        self.grid.setMinimumSize(DAYS_PER_WEEK * cell + frame, WEEKS * cell + header + frame)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        day = self._model.date_at(current)
        if day is None or not self._model.in_month(day) or day == self._selected:
            return
        self._selected = day
        self.selection_changed.emit(day)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        day = self._model.date_at(index)
        if day is not None and self._model.in_month(day):
            self.day_activated.emit(day)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Move around the grid with the keyboard (see the class description)."""
        if watched is self.grid and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._handle_key(event)
        return super().eventFilter(watched, event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier):
            return False
        ctrl = modifiers == Qt.KeyboardModifier.ControlModifier
        forward = 1 if self.layoutDirection() == Qt.LayoutDirection.LeftToRight else -1
        steps = {
            Qt.Key.Key_Left: -forward,
            Qt.Key.Key_Right: forward,
            Qt.Key.Key_Up: -DAYS_PER_WEEK,
            Qt.Key.Key_Down: DAYS_PER_WEEK,
        }
        if key in steps and not ctrl:
            self._move_by(steps[Qt.Key(key)])
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            sign = -1 if key == Qt.Key.Key_PageUp else 1
            self.step_months(sign * (12 if ctrl else 1))
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End) and not ctrl:
            first, last = self.visible_range()
            self.set_selected_date(first if key == Qt.Key.Key_Home else last)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not ctrl:
            self.day_activated.emit(self._selected)
        else:
            return False
        return True

    def _move_by(self, days: int) -> None:
        try:
            day = self._selected + dt.timedelta(days=days)
        except OverflowError:  # past the calendar's first or last year
            return
        self.set_selected_date(day)
