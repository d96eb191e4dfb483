"""The Journal page: a month calendar, the month's logged days, and search over the whole diary.

Reading a month and searching run off the GUI thread (``run_task``); each request carries a
generation number so an answer that arrives after the user moved on, or after the diary was
locked, is dropped instead of shown.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from diary import locale_format
from diary.design import SPACE
from diary.domain.models import Day
from diary.domain.search import SearchHit
from diary.domain.tags import TagCount, day_tags, query_with_tag
from diary.domain.vocabulary import label_of
from diary.ui.journal import words
from diary.ui.journal.month_calendar import DaySummary, MonthCalendar, mood_chip
from diary.ui.journal.tag_filter import TagFilter, tagged_words
from diary.ui.shell.card import Card
from diary.ui.shell.page import Page, diary_today
from diary.ui.shell.tasks import InlinePool, Tasks

if TYPE_CHECKING:
    from diary.settings import Settings
    from diary.storage.repository import Repository

DateRole = Qt.ItemDataRole.UserRole + 1
HtmlRole = Qt.ItemDataRole.UserRole + 2
SEARCH_DELAY_MS = 250
SEARCH_LIMIT = 200
PREVIEW_CHARS = 90


def _long_date(day: dt.date, *, year: bool = False) -> str:
    return locale_format.long_day(day) if year else locale_format.weekday_day(day)


def first_words(text: str, limit: int = PREVIEW_CHARS) -> str:
    """The start of ``text`` on one line, cut at a word boundary with an ellipsis."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,.;:") + "…"


def marked_html(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` escaped for rich text, with each span wrapped in ``<span class="match">``.

    Overlapping, empty or out-of-range spans are skipped, so a stale or odd snippet never breaks
    the markup.
    """
    pieces: list[str] = []
    position = 0
    for start, end in sorted(spans):
        start, end = max(start, position), min(end, len(text))
        if start >= end:
            continue
        pieces.append(html.escape(text[position:start]))
        pieces.append(f'<span class="match">{html.escape(text[start:end])}</span>')
        position = end
    pieces.append(html.escape(text[position:]))
    return "".join(pieces).replace("\n", " ")


def summarise(day: Day, photos: int = 0) -> DaySummary:
    """What the calendar shows of a logged day (with ``photos`` photos)."""
    entry = day.entry
    has_entry = entry is not None and not entry.is_empty
    return DaySummary(
        mood=entry.mood if entry is not None else None,
        contacts=len(day.interactions),
        has_entry=has_entry,
        photos=photos,
    )


@dataclass(frozen=True)
class Month:
    """What the Journal reads of a month (in the pool): its days and how many photos each has."""

    days: list[Day]
    photos: dict[dt.date, int]


def read_month(repository: Repository, first: dt.date, last: dt.date) -> Month:
    """The days from ``first`` to ``last`` and their photo counts (runs in the pool)."""
    return Month(repository.days(first, last), repository.photo_counts(first, last))


def _contacts_text(count: int) -> str:
    if count == 1:
        return words.CALENDAR_ONE_CONTACT
    return words.CALENDAR_CONTACTS.format(count=count)


class DayListModel(QAbstractListModel):
    """The logged days of a month, oldest first: date, mood, feelings, contacts, photos, words.

    Roles: ``DisplayRole`` (up to three lines), ``AccessibleTextRole`` (one sentence),
    ``DecorationRole`` (the mood's colour), ``DateRole`` (the ``datetime.date``).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._days: list[Day] = []
        self._photos: dict[dt.date, int] = {}

    def set_days(self, days: Sequence[Day], photos: Mapping[dt.date, int] | None = None) -> None:
        """Show ``days`` that are logged or have ``photos`` (counts by day), oldest first."""
        self.beginResetModel()
        self._photos = dict(photos or {})
        shown = (d for d in days if d.logged or self._photos.get(d.day))
        self._days = sorted(shown, key=lambda d: d.day)
        self.endResetModel()

    def clear(self) -> None:
        """Show nothing."""
        self.set_days([])

    def day_at(self, row: int) -> Day | None:
        """The day on ``row``, if there is one."""
        return self._days[row] if 0 <= row < len(self._days) else None

    def row_of(self, day: dt.date) -> int | None:
        """The row showing ``day``, if it is listed."""
        for row, item in enumerate(self._days):
            if item.day == day:
                return row
        return None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of listed days (none under a valid parent: this is a flat list)."""
        return 0 if parent.isValid() else len(self._days)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The day's text, description, colour or date for ``role``."""
        if not index.isValid() or not 0 <= index.row() < len(self._days):
            return None
        day = self._days[index.row()]
        entry = day.entry
        mood = entry.mood if entry is not None else None
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(self._lines(day))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join(self._lines(day))
        if role == Qt.ItemDataRole.DecorationRole:
            if mood is None:
                return None
            outline = QApplication.palette().color(QPalette.ColorRole.Text)
            outline.setAlpha(140)
            return mood_chip(mood, QApplication.font(), outline)
        if role == DateRole:
            return day.day
        return None

    def _lines(self, day: Day) -> list[str]:
        entry = day.entry
        mood = entry.mood if entry is not None else None
        mood_text = (
            words.CALENDAR_MOOD.format(mood=mood) if mood is not None else words.JOURNAL_NO_MOOD
        )
        lines = [f"{_long_date(day.day)} · {mood_text}"]
        details = []
        if entry is not None and entry.feelings:
            details.append(", ".join(map(label_of, entry.feelings)))
        if entry is not None and (tags := day_tags(entry.tags, entry.text)):
            details.append(" ".join(f"#{tag}" for tag in tags))
        if day.interactions:
            details.append(_contacts_text(len(day.interactions)))
        if photos := self._photos.get(day.day, 0):
            details.append(words.CALENDAR_PHOTOS(photos))
        if details:
            lines.append(" · ".join(details))
        if entry is not None and entry.text.strip():
            lines.append(first_words(entry.text))
        return lines


class SearchResultsModel(QAbstractListModel):
    """Days matching a search, newest first, with the matched words marked.

    Roles: ``DisplayRole`` (date and snippet as plain text), ``AccessibleTextRole``,
    ``HtmlRole`` (the date and the escaped snippet with ``<span class="match">`` around each
    match), ``DateRole`` (the ``datetime.date``).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        """Show ``hits`` in the order given."""
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def clear(self) -> None:
        """Show nothing."""
        self.set_hits([])

    def hit_at(self, row: int) -> SearchHit | None:
        """The hit on ``row``, if there is one."""
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of hits (none under a valid parent: this is a flat list)."""
        return 0 if parent.isValid() else len(self._hits)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The hit's text, marked-up HTML or date for ``role``."""
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        snippet = " ".join(hit.snippet.split("\n"))
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{_long_date(hit.day, year=True)}\n{snippet}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{_long_date(hit.day, year=True)}: {snippet}"
        if role == HtmlRole:
            date = html.escape(_long_date(hit.day, year=True))
            return f"{date}<br>{marked_html(hit.snippet, hit.matches)}"
        if role == DateRole:
            return hit.day
        return None


class HighlightDelegate(QStyledItemDelegate):
    """Paints an item's ``HtmlRole`` rich text; matches are bold, underlined and highlighted.

    The highlight colours come from the palette (swapped on a selected row), and the bold
    underline keeps matches visible without colour.
    """

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex, width: float
    ) -> QTextDocument:
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            mark_bg = palette.color(QPalette.ColorRole.Base)
            mark_fg = palette.color(QPalette.ColorRole.Text)
        else:
            mark_bg = palette.color(QPalette.ColorRole.Highlight)
            mark_fg = palette.color(QPalette.ColorRole.HighlightedText)
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(max(2.0, option.fontMetrics.height() / 4))
        document.setDefaultStyleSheet(
            f".match {{ background-color: {mark_bg.name()}; color: {mark_fg.name()}; "
            "font-weight: bold; text-decoration: underline; }"
        )
        document.setHtml(str(index.data(HtmlRole) or ""))
        document.setTextWidth(max(width, 10.0))
        return document

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Draw the item's background and focus the usual way, then the rich text on top."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        document = self._document(opt, index, text_rect.width())
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        colour_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(colour_role))
        painter.save()
        painter.translate(text_rect.topLeft())
        painter.setClipRect(QRectF(0, 0, text_rect.width(), text_rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """As tall as the wrapped rich text at the view's current width."""
        width = float(option.rect.width())
        widget = option.widget
        if isinstance(widget, QAbstractItemView):
            width = float(widget.viewport().width())
        document = self._document(option, index, width - 8 if width > 40 else 300.0)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 2)


class _SearchField(QLineEdit):
    """A search line: Escape clears it, Down moves to the results.

    Signals:
        down: the user pressed the Down arrow.
    """

    down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Handle Escape and Down; everything else as a normal line edit."""
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
        elif event.key() == Qt.Key.Key_Down:
            self.down.emit()
        else:
            super().keyPressEvent(event)


class JournalPage(Page):
    """Browse the diary by month, list the month's logged days, and search every word written.

    Enter or a double-click on a day (in the calendar, the list of days or the search results)
    asks the window to open it on the Today page.

    Signals:
        status: a short line for the status bar (only when reading or searching failed).
        open_day: a ``datetime.date`` the user asked to open.
    """

    @property
    def title(self) -> str:
        """The page's name, in the current language."""
        return words.JOURNAL_TITLE

    def __init__(
        self,
        pool: QThreadPool | InlinePool | None = None,
        parent: QWidget | None = None,
        *,
        search_delay_ms: int = SEARCH_DELAY_MS,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock: Callable[[], dt.datetime] = clock or dt.datetime.now
        self._repository: Repository | None = None
        self._settings: Settings | None = None
        self._month_generation = 0
        self._search_generation = 0
        self._start = Tasks(pool).start

        self.search_field = _SearchField(self)
        self.search_field.setPlaceholderText(words.JOURNAL_SEARCH_PLACEHOLDER)
        self.search_field.setAccessibleName(words.JOURNAL_SEARCH_NAME)
        self.search_field.setClearButtonEnabled(True)
        find = QKeySequence(QKeySequence.StandardKey.Find)
        shortcut = find.toString(QKeySequence.SequenceFormat.NativeText) or "Ctrl+F"
        self.search_field.setToolTip(words.JOURNAL_SEARCH_TIP.format(shortcut=shortcut))
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(search_delay_ms)
        self.tag_filter = TagFilter(self)

        self.calendar = MonthCalendar(self, today=diary_today(self._clock, None))

        self.list_label = QLabel(self)
        self.list_label.setWordWrap(True)
        self.day_model = DayListModel(self)
        self.day_list = QListView(self)
        self.day_list.setModel(self.day_model)
        chip = self.fontMetrics().height() + 4
        self.day_list.setIconSize(QSize(chip, chip))  # the mood chips, at their drawn size
        self.day_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.day_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.day_list.setAlternatingRowColors(True)
        self.day_list.setUniformItemSizes(False)
        self.day_list.setSpacing(2)
        self.day_list.setWordWrap(True)
        self.day_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.day_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.day_list.setAccessibleDescription(words.JOURNAL_OPEN_HINT)
        self.list_label.setBuddy(self.day_list)

        self.results_label = QLabel(self)
        self.results_label.setWordWrap(True)
        self.results_model = SearchResultsModel(self)
        self.results_list = QListView(self)
        self.results_list.setModel(self.results_model)
        self.results_list.setItemDelegate(HighlightDelegate(self.results_list))
        self.results_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.results_list.setWordWrap(True)
        self.results_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results_list.setAccessibleName(words.JOURNAL_RESULTS_NAME)
        self.results_list.setAccessibleDescription(words.JOURNAL_OPEN_HINT)
        self.results_label.setBuddy(self.results_list)
        self.hint_label = QLabel(words.JOURNAL_OPEN_HINT, self)
        self.hint_label.setWordWrap(True)

        days_panel = QWidget(self)
        days_layout = QVBoxLayout(days_panel)
        days_layout.setContentsMargins(0, 0, 0, 0)
        days_layout.addWidget(self.list_label)
        days_layout.addWidget(self.day_list, 1)
        results_panel = QWidget(self)
        results_layout = QVBoxLayout(results_panel)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.results_label)
        results_layout.addWidget(self.results_list, 1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(days_panel)
        self.stack.addWidget(results_panel)
        self._days_panel, self._results_panel = days_panel, results_panel

        # Two cards: the month, and the days (or the search results) beside it.
        self.list_label.setObjectName("cardTitle")
        self.results_label.setObjectName("cardTitle")
        self.hint_label.setObjectName("hint")
        for view in (self.day_list, self.results_list, self.calendar.grid):
            view.setProperty("flat", "true")  # the card is the frame
        month_card = Card()
        month_card.add(self.calendar)
        days_card = Card()
        days_card.add(self.stack, 1)
        days_card.add(self.hint_label)
        body = QHBoxLayout()
        body.setSpacing(SPACE[4])
        body.addWidget(month_card, 3)
        body.addWidget(days_card, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACE[3])
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_field, 1)
        search_row.addWidget(self.tag_filter)
        layout.addLayout(search_row)
        layout.addLayout(body, 1)

        self.setTabOrder(self.search_field, self.tag_filter)
        self.setTabOrder(self.tag_filter, self.calendar.previous_button)
        self.setTabOrder(self.calendar.previous_button, self.calendar.this_month_button)
        self.setTabOrder(self.calendar.this_month_button, self.calendar.next_button)
        self.setTabOrder(self.calendar.next_button, self.calendar.grid)
        self.setTabOrder(self.calendar.grid, self.day_list)
        self.setTabOrder(self.day_list, self.results_list)

        self.search_field.textChanged.connect(self._on_search_text)
        self.search_field.returnPressed.connect(self.search_now)
        self.search_field.down.connect(self._focus_results)
        self.search_timer.timeout.connect(self.search_now)
        self.tag_filter.chosen.connect(self.filter_tag)
        self.calendar.month_changed.connect(self._on_month_changed)
        self.calendar.selection_changed.connect(self._on_calendar_selection)
        self.calendar.day_activated.connect(self.open_day.emit)
        self.day_list.activated.connect(self._on_day_activated)
        self.results_list.activated.connect(self._on_hit_activated)
        self.day_list.selectionModel().currentChanged.connect(self._on_day_current)
        self.results_list.selectionModel().currentChanged.connect(self._on_hit_current)
        self._show_month_label()

    # Page contract --------------------------------------------------------------------------

    def attach(self, repository: Repository, settings: Settings) -> None:
        """Show the unlocked diary, starting at today's month."""
        self._repository = repository
        self._settings = settings
        today = diary_today(self._clock, settings)
        same_month = self.calendar.month() == (today.year, today.month)
        self.calendar.set_today(today)
        self.calendar.set_selected_date(today)  # another month reloads through month_changed
        if same_month:
            self._load_month()
        self._load_tags()

    def detach(self) -> None:
        """Forget the diary: clear the calendar, both lists, the search and the repository."""
        self._repository = None
        self._settings = None
        self._month_generation += 1
        self._search_generation += 1
        self.search_timer.stop()
        self.search_field.clear()
        self.tag_filter.set_tags(())
        self.calendar.clear()
        self.day_model.clear()
        self.results_model.clear()
        self.results_label.clear()
        self.stack.setCurrentWidget(self._days_panel)
        self._show_month_label()

    def refresh(self) -> None:
        """Read the month on show again (and rerun the search), e.g. when the page is shown."""
        if self._repository is None:
            return
        self.calendar.set_today(diary_today(self._clock, self._settings))
        self._load_month()
        self._load_tags()
        if self.search_field.text().strip():
            self.search_now()

    def step(self, direction: int) -> bool:
        """Alt+Left and Alt+Right move a month of the calendar."""
        if direction < 0:
            self.calendar.show_previous_month()
        else:
            self.calendar.show_next_month()
        return True

    def focus_search(self) -> None:
        """Put the keyboard in the search field with its text selected (Ctrl+F)."""
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    # Month --------------------------------------------------------------------------------

    def _on_month_changed(self, _year: int, _month: int) -> None:
        self._load_month()

    def _load_month(self) -> None:
        self._month_generation += 1
        repository = self._repository
        if repository is None:
            return
        generation = self._month_generation
        first, last = self.calendar.visible_range()

        def done(month: Month) -> None:
            if generation == self._month_generation:
                self._show_days(month.days, month.photos)

        def failed(error: Exception) -> None:
            if generation == self._month_generation:
                self.status.emit(words.JOURNAL_LOAD_FAILED.format(reason=error))

        self._start(lambda: read_month(repository, first, last), done, failed)

    def _show_days(self, days: list[Day], photos: Mapping[dt.date, int]) -> None:
        logged = [d for d in days if d.logged or photos.get(d.day)]
        self.calendar.set_days({d.day: summarise(d, photos.get(d.day, 0)) for d in logged})
        self.day_model.set_days(logged, photos)
        self._show_month_label()
        self._on_calendar_selection(self.calendar.selected_date())

    def _show_month_label(self) -> None:
        title = locale_format.month_year(*self.calendar.month())
        count = self.day_model.rowCount()
        if count == 0:
            text = words.JOURNAL_MONTH_EMPTY.format(month=title)
        elif count == 1:
            text = words.JOURNAL_MONTH_ONE_DAY.format(month=title)
        else:
            text = words.JOURNAL_MONTH_DAYS.format(count=count, month=title)
        self.list_label.setText(text)
        self.day_list.setAccessibleName(words.JOURNAL_DAYS_NAME.format(month=title))

    def _on_calendar_selection(self, day: object) -> None:
        if not isinstance(day, dt.date):
            return
        row = self.day_model.row_of(day)
        if row is None:
            self.day_list.clearSelection()
            return
        index = self.day_model.index(row)
        if self.day_list.currentIndex() != index:
            self.day_list.setCurrentIndex(index)

    def _on_day_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        day = current.data(DateRole)
        if isinstance(day, dt.date) and day != self.calendar.selected_date():
            self.calendar.set_selected_date(day)

    def _on_day_activated(self, index: QModelIndex) -> None:
        day = index.data(DateRole)
        if isinstance(day, dt.date):
            self.open_day.emit(day)

    # Search -------------------------------------------------------------------------------

    def _load_tags(self) -> None:
        repository = self._repository
        if repository is None:
            return

        def done(tags: list[TagCount]) -> None:
            if self._repository is repository:
                self.tag_filter.set_tags(tags)

        def failed(error: Exception) -> None:
            self.status.emit(words.JOURNAL_LOAD_FAILED.format(reason=error))

        self._start(repository.tags, done, failed)

    def filter_tag(self, tag: str) -> None:
        """Show the days with ``tag`` ("" for all): the tag is written into the search."""
        self.search_field.setText(query_with_tag(self.search_field.text(), tag or None))
        self.search_now()

    def _on_search_text(self, text: str) -> None:
        self.tag_filter.show_query(text)
        if text.strip():
            self.search_timer.start()
            return
        self.search_timer.stop()
        self._search_generation += 1
        self.results_model.clear()
        self.results_label.clear()
        self.stack.setCurrentWidget(self._days_panel)

    def search_now(self) -> None:
        """Search for the words in the search field at once (Enter, or the debounce timer)."""
        self.search_timer.stop()
        self._search_generation += 1
        text = self.search_field.text().strip()
        repository = self._repository
        if repository is None or not text:
            return
        generation = self._search_generation
        self.stack.setCurrentWidget(self._results_panel)
        self.results_label.setText(words.JOURNAL_SEARCHING)

        def done(hits: list[SearchHit]) -> None:
            if generation == self._search_generation:
                self._show_hits(text, hits)

        def failed(error: Exception) -> None:
            if generation == self._search_generation:
                self.results_label.setText(words.JOURNAL_SEARCH_FAILED.format(reason=error))
                self.status.emit(words.JOURNAL_SEARCH_FAILED.format(reason=error))

        self._start(lambda: repository.search(text, SEARCH_LIMIT), done, failed)

    def _show_hits(self, text: str, hits: list[SearchHit]) -> None:
        self.results_model.set_hits(hits)
        tagged = tagged_words(text, len(hits)) if len(hits) < SEARCH_LIMIT else None
        if tagged is not None:
            label = tagged
        elif not hits:
            label = words.JOURNAL_NO_HITS.format(text=text)
        elif len(hits) == 1:
            label = words.JOURNAL_ONE_HIT.format(text=text)
        elif len(hits) >= SEARCH_LIMIT:
            label = words.JOURNAL_HITS_LIMITED.format(count=len(hits), text=text)
        else:
            label = words.JOURNAL_HITS.format(count=len(hits), text=text)
        self.results_label.setText(label)

    def _focus_results(self) -> None:
        if self.stack.currentWidget() is self._results_panel and self.results_model.rowCount():
            self.results_list.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.results_list.currentIndex().isValid():
                self.results_list.setCurrentIndex(self.results_model.index(0))

    def _on_hit_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        day = current.data(DateRole)
        if isinstance(day, dt.date) and day != self.calendar.selected_date():
            self.calendar.set_selected_date(day)

    def _on_hit_activated(self, index: QModelIndex) -> None:
        day = index.data(DateRole)
        if isinstance(day, dt.date):
            self.open_day.emit(day)
