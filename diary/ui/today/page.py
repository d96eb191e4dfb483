"""The Today page: the evening entry, autosaved a moment after each change.

Mood on the grid and feelings on the left; who the user connected with (with the optional
"Company today" tap under it, ``company``), gratitude and free text (with the day's photos under
it, ``photos``: image files dropped anywhere on the entry land there) on the right: a typical
evening fits a 1366x768 window without scrolling. On a narrow window (when the right column
would get under ``RIGHT_COLUMN_CHARS`` average characters)
the cards stack in one column. Nothing
typed is ever thrown away: when a save fails, everything stays on screen, the status line says
why, and the next change tries again.

Around the entry, only when there is something to say: a care note, a check-in prompt, the
Reach-out list and this date in earlier years (``care``, ``checkin_form``, ``reach_out``,
``on_this_day``). They load later, so they live *below* the whole entry, across its width:
their arrival never moves what the user is typing in. Reach out looks again whenever a contact
is logged or removed, so it leaves out who was seen today.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QHideEvent, QResizeEvent, QShowEvent, QTextCursor
from PySide6.QtWidgets import (
    QBoxLayout,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from diary import locale_format, messages
from diary.design import SPACE
from diary.domain.evening import word_count
from diary.domain.models import Entry, Interaction, Person, ValidationError, new_uid
from diary.storage.errors import StorageError
from diary.ui.shell import words as shell_words
from diary.ui.shell.card import Card
from diary.ui.shell.fitting_label import FittingLabel
from diary.ui.shell.fonts import scaled_font
from diary.ui.shell.page import Page, diary_today
from diary.ui.today import words as today_words
from diary.ui.today.care import CareNote
from diary.ui.today.checkin_form import CheckInPrompt
from diary.ui.today.companion import Companion
from diary.ui.today.company import CompanyChoice
from diary.ui.today.contacts import InteractionsEditor, describe
from diary.ui.today.feelings import FeelingsPicker
from diary.ui.today.gratitude import GratitudeEditor
from diary.ui.today.mood_grid import MoodGrid
from diary.ui.today.on_this_day import OnThisDay
from diary.ui.today.photos import DayPhotos, PhotoDrop
from diary.ui.today.reach_out import ReachOutPanel
from diary.ui.today.tags import TagBar, TagCompleter

if TYPE_CHECKING:
    from PySide6.QtCore import QThreadPool

    from diary.settings import Settings
    from diary.storage.repository import Repository
    from diary.ui.shell.tasks import InlinePool

READABLE_COLUMN_CHARS = 96
"""One column is at most about this many average characters wide."""
RIGHT_COLUMN_CHARS = 80
"""Two columns when the right one (contacts, gratitude, text) gets this many characters."""
TEXT_LINES = 4
"""The free text box shows at least this many lines (it grows with the window)."""


def words_text(count: int) -> str:
    """Say how many words there are: "1 word", "12 words"."""
    return today_words.TODAY_WORDS(count)


def reason_text(error: Exception) -> str:
    """Why something failed, as one sentence ending in a full stop (for the status line)."""
    text = str(error).strip() or type(error).__name__
    return text if text.endswith((".", "!", "?", "…")) else f"{text}."


class TodayPage(Page):
    """The evening entry of one day (this evening by default, any past day on request).

    Args:
        clock: returns the current local time; tests pass a fixed one.
        parent: the parent widget.
        autosave_ms: the pause before saving, in milliseconds; by default the
            ``autosave_seconds`` setting. Tests pass a short one.
        pool: where the care note, check-in prompt and reach-out list are computed.

    Signals:
        status: (from Page) "Saving…", "Saved", or why saving failed.
        open_day: (from Page) never emitted here; the window connects other pages' to
            ``show_day``.
    """

    @property
    def title(self) -> str:
        """The page's name, in the current language."""
        return today_words.TODAY_TITLE

    def __init__(
        self,
        clock: Callable[[], dt.datetime] | None = None,
        parent: QWidget | None = None,
        *,
        autosave_ms: int | None = None,
        pool: QThreadPool | InlinePool | None = None,
    ) -> None:
        super().__init__(parent)
        self._pool = pool
        self._clock: Callable[[], dt.datetime] = clock or dt.datetime.now
        self._autosave_ms = autosave_ms
        self._repository: Repository | None = None
        self._settings: Settings | None = None
        self._day: dt.date | None = None
        self._uid: str | None = None
        self._dirty = False
        self._loading = False

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(autosave_ms if autosave_ms is not None else 2000)
        self.autosave_timer.timeout.connect(self._save)

        self._build_header()
        self._build_sections()
        self.read_only_label = QLabel(today_words.TODAY_READ_ONLY, wordWrap=True)
        self.read_only_label.setObjectName("note")  # a gentle word, in the note colours
        self.read_only_label.setHidden(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self._header)
        layout.addWidget(self.read_only_label)
        layout.addWidget(self.scroll_area, 1)
        self.photo_drop = PhotoDrop(self.day_photos, self.content)  # files dropped on the entry
        self._connect()
        self.setEnabled(False)

    # Building --------------------------------------------------------------------------------

    def _build_header(self) -> None:
        self.previous_button = QPushButton(today_words.TODAY_PREVIOUS_DAY)
        self.previous_button.setToolTip(today_words.TODAY_PREVIOUS_DAY_TIP)
        self.previous_button.setAccessibleName(today_words.TODAY_PREVIOUS_DAY_TIP)
        self.day_label = FittingLabel()
        self.day_label.setFont(scaled_font(self.font(), 1.4, bold=True))
        self.day_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tag_label = QLabel()
        self.tag_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.tag_label.setMargin(2)
        self.tag_label.hide()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setAccessibleName(today_words.TODAY_OPEN_DAY)
        self.date_edit.setToolTip(today_words.TODAY_OPEN_DAY_TIP)
        self.today_button = QPushButton(today_words.TODAY_GO_TODAY)
        self.today_button.setToolTip(today_words.TODAY_GO_TODAY_TIP)
        self.next_button = QPushButton(today_words.TODAY_NEXT_DAY)
        self.next_button.setToolTip(today_words.TODAY_NEXT_DAY_TIP)
        self.next_button.setAccessibleName(today_words.TODAY_NEXT_DAY_TIP)

        self._header = QHBoxLayout()
        self._header.addWidget(self.previous_button)
        self._header.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        # The tag ("Today") comes first: the heading may be given more room than a shorter
        # wording needs, and that room then runs into the stretch, not between the two.
        self._header.addWidget(self.tag_label)
        self._header.addWidget(self.day_label)
        self._header.addStretch(1)
        self._header.addWidget(self.date_edit)
        self._header.addWidget(self.today_button)
        self._header.addWidget(self.next_button)

    def _build_sections(self) -> None:
        self.care_note = CareNote(self._pool)
        self.checkin_prompt = CheckInPrompt(self._pool)
        self.mood_grid = MoodGrid()
        self.feelings_picker = FeelingsPicker()
        self.interactions_editor = InteractionsEditor()
        self.company_choice = CompanyChoice()
        self.reach_out = ReachOutPanel(self._pool)
        self.on_this_day = OnThisDay(self._pool)
        self.on_this_day.open_day.connect(self.show_day)
        self.gratitude_editor = GratitudeEditor()

        self.text_edit = QPlainTextEdit()
        self.text_edit.setAccessibleName(today_words.TODAY_TEXT_NAME)
        self.text_edit.setPlaceholderText(today_words.TODAY_TEXT_PLACEHOLDER)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * TEXT_LINES)
        policy = self.text_edit.sizePolicy()  # as tall as there is room for, from TEXT_LINES up:
        policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)  # its own hint asks for too much
        self.text_edit.setSizePolicy(policy)
        self.undo_button = QToolButton()
        self.undo_button.setText(today_words.TODAY_UNDO)
        self.undo_button.setAccessibleName(today_words.TODAY_UNDO)
        self.undo_button.setEnabled(False)
        self.redo_button = QToolButton()
        self.redo_button.setText(today_words.TODAY_REDO)
        self.redo_button.setAccessibleName(today_words.TODAY_REDO)
        self.redo_button.setEnabled(False)
        self.words_label = QLabel(words_text(0))
        self.words_label.setAccessibleName(today_words.TODAY_WORDS_NAME)
        self.words_label.setObjectName("hint")

        self.mood_card = Card(today_words.TODAY_SECTION_MOOD)
        self.mood_card.add(self.mood_grid)
        self.mood_grid.setToolTip(today_words.TODAY_MOOD_HINT)
        self.feelings_card = Card(today_words.TODAY_SECTION_FEELINGS)
        self.feelings_card.add(self.feelings_picker)
        self.contacts_card = Card(today_words.TODAY_SECTION_PEOPLE)
        self.contacts_card.add(self.interactions_editor)
        self.contacts_card.add(self.company_choice)
        self.gratitude_card = Card(today_words.TODAY_SECTION_GRATITUDE)
        self.gratitude_card.add(self.gratitude_editor)
        self.text_card = Card(today_words.TODAY_SECTION_TEXT)
        # The day's photos belong to its words: their strip under the text, "Add photos…" with
        # the text's buttons (a day without photos costs no extra line), and the whole card
        # lights up while files are dragged over the entry. The text and its buttons share a
        # box, so a diary that can only be read still lets its photos be opened.
        self.text_body = QWidget()
        text_body = QVBoxLayout(self.text_body)
        text_body.setContentsMargins(0, 0, 0, 0)
        text_body.setSpacing(SPACE[2])
        text_body.addWidget(self.text_edit, 1)
        self.day_photos = DayPhotos(self.text_card, self._pool)
        under_text = QHBoxLayout()
        under_text.addWidget(self.undo_button)
        under_text.addWidget(self.redo_button)
        under_text.addSpacing(SPACE[3])
        under_text.addWidget(self.day_photos.add_button)
        under_text.addStretch(1)
        under_text.addWidget(self.words_label)
        text_body.addLayout(under_text)
        self.tag_bar = TagBar()
        self.tag_completer = TagCompleter(self.text_edit)
        text_body.addWidget(self.tag_bar)
        self.text_card.add(self.text_body, 1)
        self.text_card.add(self.day_photos)
        for label, body in (
            (self.mood_card.title_label, self.mood_grid),
            (self.feelings_card.title_label, self.feelings_picker.filter_edit),
            (self.contacts_card.title_label, self.interactions_editor.line_edit),
            (self.gratitude_card.title_label, self.gratitude_editor.lines[0]),
            (self.text_card.title_label, self.text_edit),
        ):
            label.setBuddy(body)

        # What loads later sits below the entry, in a box of its own, so it never pushes it.
        self.companions = QWidget()
        companions = QVBoxLayout(self.companions)
        companions.setContentsMargins(0, 0, 0, 0)
        companions.setSpacing(SPACE[2])
        companions.addWidget(self.care_note)
        companions.addWidget(self.checkin_prompt)
        companions.addWidget(self.reach_out)
        companions.addWidget(self.on_this_day)

        self.left_column = QWidget()
        left = QVBoxLayout(self.left_column)
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(SPACE[3])
        left.addWidget(self.mood_card)
        left.addWidget(self.feelings_card)
        left.addStretch(1)
        self.right_column = QWidget()
        right = QVBoxLayout(self.right_column)
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(SPACE[3])
        right.addWidget(self.contacts_card)
        right.addWidget(self.gratitude_card)
        right.addWidget(self.text_card, 1)

        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.setContentsMargins(0, 0, 0, 0)
        self.columns.setSpacing(SPACE[4])
        self.columns.addWidget(self.left_column, 0)
        self.columns.addWidget(self.right_column, 1)

        self.content = QWidget()
        content = QVBoxLayout(self.content)
        content.setContentsMargins(SPACE[2], SPACE[2], SPACE[2], SPACE[2])
        content.setSpacing(SPACE[3])
        content.addLayout(self.columns, 1)
        content.addWidget(self.companions)
        self._two_columns: bool | None = None
        self._arrange(two_columns=True)

        outer = QWidget()
        centred = QHBoxLayout(outer)
        centred.setContentsMargins(0, 0, 0, 0)
        centred.addWidget(self.content, 1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(outer)

    def two_columns(self) -> bool:
        """True while the entry is laid out in two columns."""
        return bool(self._two_columns)

    def _arrange(self, *, two_columns: bool) -> None:
        """Two columns side by side, or one calm column of readable width."""
        if two_columns == self._two_columns:
            return
        self._two_columns = two_columns
        if two_columns:
            self.columns.setDirection(QBoxLayout.Direction.LeftToRight)
            self.left_column.setMaximumWidth(self._left_width())
            self.content.setMaximumWidth(16777215)
        else:
            self.columns.setDirection(QBoxLayout.Direction.TopToBottom)
            self.left_column.setMaximumWidth(16777215)
            width = self.fontMetrics().averageCharWidth() * READABLE_COLUMN_CHARS
            self.content.setMaximumWidth(width)

    def _left_width(self) -> int:
        margins = 2 * SPACE[4] + 2
        return max(self.mood_grid.sizeHint().width(), 300) + margins

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """Two columns when the page is wide enough, else one calm column."""
        super().resizeEvent(event)
        needed = self._left_width() + self.fontMetrics().averageCharWidth() * RIGHT_COLUMN_CHARS
        wide = event.size().width() >= needed
        self._arrange(two_columns=wide)

    def _connect(self) -> None:
        self.previous_button.clicked.connect(self.go_previous_day)
        self.next_button.clicked.connect(self.go_next_day)
        self.today_button.clicked.connect(self.go_today)
        self.date_edit.editingFinished.connect(self._date_edited)
        calendar = self.date_edit.calendarWidget()
        calendar.clicked.connect(lambda date: self._open_picked(date.toPython()))
        calendar.activated.connect(lambda date: self._open_picked(date.toPython()))

        self.mood_grid.changed.connect(self._mood_changed)
        self.feelings_picker.changed.connect(self._changed)
        self.gratitude_editor.changed.connect(self._changed)
        self.company_choice.changed.connect(self._changed)
        self.text_edit.textChanged.connect(self._text_changed)
        self.tag_bar.edited.connect(self._changed)
        self.tag_bar.problem.connect(self.status.emit)
        self.text_edit.undoAvailable.connect(self.undo_button.setEnabled)
        self.text_edit.redoAvailable.connect(self.redo_button.setEnabled)
        self.undo_button.clicked.connect(self.text_edit.undo)
        self.redo_button.clicked.connect(self.text_edit.redo)

        self.interactions_editor.add_requested.connect(self._add_interaction)
        self.interactions_editor.update_requested.connect(self._update_interaction)
        self.interactions_editor.remove_requested.connect(self._remove_interaction)
        self.interactions_editor.person_requested.connect(self._add_person)
        self.gratitude_editor.person_requested.connect(self._add_person)

        self.day_photos.status.connect(self.status)
        for companion in self._companions():
            companion.status.connect(self.status)
        self.checkin_prompt.saved.connect(lambda _checkin: self.care_note.refresh())

    # Page contract ---------------------------------------------------------------------------

    def attach(self, repository: Repository, settings: Settings) -> None:
        """Show the unlocked diary, opened on this evening's entry."""
        self._repository = repository
        self._settings = settings
        if self._autosave_ms is None:
            self.autosave_timer.setInterval(int(settings["autosave_seconds"]) * 1000)
        self._day = None
        self.setEnabled(True)
        self.day_photos.attach(repository)
        self.show_day(self.today())
        self.mood_grid.setFocus(Qt.FocusReason.OtherFocusReason)  # the evening starts with mood
        for companion in self._companions():
            companion.attach(repository, settings, self.today)

    def set_read_only(self, read_only: bool) -> None:
        """Show the entry without letting it be edited (a diary Hearth may only read here).

        Every day can still be opened and read; nothing typed could be saved, so nothing can be
        typed, and a quiet note above the entry says why.
        """
        for card in (
            self.mood_card,
            self.feelings_card,
            self.contacts_card,
            self.gratitude_card,
            self.text_body,
        ):
            card.setEnabled(not read_only)
        self.day_photos.set_read_only(read_only)  # opened and copied, not added or removed
        self.read_only_label.setHidden(not read_only)

    def flush(self) -> bool:
        """Save pending changes now; False if that failed (everything stays on screen)."""
        self.autosave_timer.stop()
        if not self._dirty:
            return True
        return self._save()

    def detach(self) -> None:
        """Forget the diary: clear every field, list and completion, and the undo history."""
        self.autosave_timer.stop()
        for companion in self._companions():
            companion.detach()
        self.day_photos.detach()
        self._loading = True
        try:
            self.mood_grid.clear()
            self.feelings_picker.clear()
            self.interactions_editor.clear()
            self.company_choice.clear()
            self.gratitude_editor.clear()
            self.text_edit.setPlainText("")  # also empties the undo/redo history
            self.tag_bar.set_known(())
            self.tag_completer.set_known(())
            self.tag_bar.set_day((), "")
            self.words_label.setText(words_text(0))
            self.day_label.clear()
            self.scroll_area.setAccessibleName("")
            self.tag_label.clear()
            self.tag_label.hide()
            self.date_edit.setDate(QDate.currentDate())
        finally:
            self._loading = False
        self._repository = None
        self._settings = None
        self._day = None
        self._uid = None
        self._dirty = False
        self.setEnabled(False)

    # Days ------------------------------------------------------------------------------------

    def today(self) -> dt.date:
        """The date of this evening: before the ``day_starts_hour`` setting it is yesterday."""
        return diary_today(self._clock, self._settings)

    def current_day(self) -> dt.date | None:
        """The day on screen (None while locked)."""
        return self._day

    def show_day(self, day: dt.date) -> bool:
        """Save the day on screen, then open ``day`` (a future day opens this evening instead).

        Returns:
            False if the current day could not be saved or ``day`` could not be read; the
            current day then stays on screen.
        """
        if self._repository is None:
            return False
        day = min(day, self.today())
        if not self.flush():
            return False
        try:
            record = self._repository.day(day)
            names = [person.name for person in self._repository.people()]
            tags = [count.tag for count in self._repository.tags()]
        except StorageError as error:
            self.status.emit(reason_text(error))
            return False
        entry = record.entry
        self._loading = True
        try:
            self._day = day
            self._uid = entry.uid if entry is not None else new_uid()
            self.mood_grid.set_value(entry.mood if entry else None, entry.energy if entry else None)
            self.feelings_picker.set_feelings(entry.feelings if entry else ())
            self.gratitude_editor.set_people(names)
            self.gratitude_editor.set_gratitude(entry.gratitude if entry else ())
            self.interactions_editor.set_people(names)
            self.interactions_editor.set_interactions(day, record.interactions)
            self.company_choice.set_value(entry.company if entry else None)
            self.tag_bar.set_known(tags)
            self.tag_completer.set_known(tags)
            self.tag_bar.set_day(entry.tags if entry else (), entry.text if entry else "")
            self.text_edit.setPlainText(entry.text if entry else "")
            self.text_edit.moveCursor(QTextCursor.MoveOperation.End)
        finally:
            self._loading = False
        self._dirty = False
        self.day_photos.show_day(day)  # a failure to read them is said on the status line
        self._show_header()
        return True

    def go_previous_day(self) -> bool:
        """Open the day before the one on screen."""
        if self._day is None:
            return False
        return self.show_day(self._day - dt.timedelta(days=1))

    def go_next_day(self) -> bool:
        """Open the day after the one on screen (never beyond this evening)."""
        if self._day is None or self._day >= self.today():
            return False
        return self.show_day(self._day + dt.timedelta(days=1))

    def go_today(self) -> bool:
        """Open this evening's entry."""
        return self.show_day(self.today())

    def _show_header(self) -> None:
        if self._day is None:
            return
        today = self.today()
        self.day_label.set_forms(
            [
                messages.long_day(self._day),
                locale_format.capitalised(locale_format.short_weekday_day(self._day)),
            ]
        )
        self.scroll_area.setAccessibleName(messages.long_day(self._day))
        tag = ""
        if self._day == today:
            tag = today_words.TODAY_TAG_TODAY
        elif self._day == today - dt.timedelta(days=1):
            tag = today_words.TODAY_TAG_YESTERDAY
        self.tag_label.setText(tag)
        self.tag_label.setVisible(bool(tag))
        self.next_button.setEnabled(self._day < today)
        self.today_button.setEnabled(self._day != today)
        self.date_edit.blockSignals(True)
        try:
            self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
            self.date_edit.setDate(QDate(self._day.year, self._day.month, self._day.day))
        finally:
            self.date_edit.blockSignals(False)

    def _date_edited(self) -> None:
        self._open_picked(self.date_edit.date().toPython())

    def _open_picked(self, day: object) -> None:
        if isinstance(day, dt.date) and day != self._day:
            if not self.show_day(day):
                self._show_header()

    # Editing and saving ----------------------------------------------------------------------

    def _mood_changed(self, mood: int | None, energy: int | None) -> None:
        self.feelings_picker.suggest_near(mood, energy)
        self._changed()

    def _text_changed(self) -> None:
        text = self.text_edit.toPlainText()
        self.words_label.setText(words_text(word_count(text)))
        self.tag_bar.set_text(text)
        self._changed()

    def _changed(self) -> None:
        if self._loading or self._repository is None:
            return
        if not self._dirty and self.save_error is None:
            # "Saved" must never stand over words the store does not hold yet; after a failed
            # save the line keeps saying why until a save succeeds.
            self.status.emit(shell_words.STATUS_NOT_SAVED)
        self._dirty = True
        self.autosave_timer.start()

    def has_unsaved_changes(self) -> bool:
        """True while a change waits for the autosave (or a failed save waits for a retry)."""
        return self._dirty

    def entry(self) -> Entry:
        """The entry as shown on screen.

        Raises:
            ValidationError: if something on screen cannot be stored (the message says what).
        """
        if self._day is None:
            raise ValidationError(today_words.TODAY_NO_DAY)
        mood, energy = self.mood_grid.value()
        return Entry(
            day=self._day,
            mood=mood,
            energy=energy,
            feelings=self.feelings_picker.feelings(),
            gratitude=self.gratitude_editor.gratitude(),
            text=self.text_edit.toPlainText(),
            uid=self._uid or new_uid(),
            company=self.company_choice.value(),
            tags=self.tag_bar.explicit(),
        )

    def _save(self) -> bool:
        repository = self._repository
        if repository is None:
            return not self._dirty
        try:
            entry = self.entry()
            self.status.emit(shell_words.STATUS_SAVING)
            stored = repository.save_entry(entry)
        except (StorageError, ValidationError) as error:
            self.save_error = error
            self.status.emit(today_words.TODAY_NOT_SAVED.format(reason=reason_text(error)))
            return False
        self.save_error = None
        self._uid = stored.uid
        self._dirty = False
        self.status.emit(shell_words.STATUS_SAVED)
        return True

    def _say_save_state(self) -> None:
        """The line's save state after something else (a contact) was stored.

        "Saved" only when the entry holds nothing unsaved; else it still waits for the
        autosave, or says why the last save failed.
        """
        if self.save_error is not None:
            reason = reason_text(self.save_error)
            self.status.emit(today_words.TODAY_NOT_SAVED.format(reason=reason))
        elif self._dirty:
            self.status.emit(shell_words.STATUS_NOT_SAVED)
        else:
            self.status.emit(shell_words.STATUS_SAVED)

    # Contacts are saved at once ----------------------------------------------------------------

    def _contact_failed(self, error: Exception) -> None:
        message = today_words.TODAY_CONTACT_NOT_SAVED.format(reason=reason_text(error))
        self.interactions_editor.show_problem(message)
        self.status.emit(message)

    def _refresh_people(self) -> None:
        if self._repository is None:
            return
        try:
            names = [person.name for person in self._repository.people()]
        except StorageError:
            return  # only completions are stale; the contact itself was saved
        self.interactions_editor.set_people(names)
        self.gratitude_editor.set_people(names)

    def _add_person(self, name: str) -> None:
        """The user chose, explicitly, to add ``name`` as someone new."""
        if self._repository is None:
            return
        try:
            stored = self._repository.add_person(Person(name))
        except (StorageError, ValidationError) as error:
            self._contact_failed(error)
            return
        self._refresh_people()
        self.interactions_editor.person_added(stored.name)
        self.gratitude_editor.person_added(stored.name)
        self.status.emit(today_words.TODAY_PERSON_ADDED.format(name=stored.name))

    def _add_interaction(self, item: Interaction) -> None:
        if self._repository is None:
            return
        try:
            stored = self._repository.add_interaction(item)
        except (StorageError, ValidationError) as error:
            self._contact_failed(error)
            return
        self.interactions_editor.interaction_added(stored)
        self._refresh_people()
        self._contacts_changed()
        self._say_save_state()

    def log_contact(self) -> None:
        """Open the small window that logs one contact under this evening (Ctrl+Shift+N, tray)."""
        if self._repository is None:
            return
        if not self.read_only_label.isHidden():
            self.status.emit(today_words.TODAY_READ_ONLY)
            return
        from diary.ui.today.quick_contact import QuickContact

        window = QuickContact(self._repository, self.today(), self.window())
        window.logged.connect(self.contact_logged)
        window.person_added.connect(lambda _name: self._refresh_people())
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.open()

    def contact_logged(self, item: Interaction) -> None:
        """A contact was stored elsewhere (the small window): show it if its day is open."""
        if item.day == self._day and self._repository is not None:
            shown = self._repository.interactions(item.day, item.day)
            self.interactions_editor.set_interactions(item.day, shown)
        self._refresh_people()
        self._contacts_changed()
        self.status.emit(today_words.QUICK_CONTACT_LOGGED.format(contact=describe(item)))

    def _update_interaction(self, item: Interaction) -> None:
        if self._repository is None:
            return
        try:
            stored = self._repository.update_interaction(item)
        except (StorageError, ValidationError) as error:
            self._contact_failed(error)
            return
        self.interactions_editor.interaction_updated(stored)
        self._refresh_people()
        self._contacts_changed()
        self._say_save_state()

    def _remove_interaction(self, interaction_id: int) -> None:
        if self._repository is None:
            return
        try:
            self._repository.delete_interaction(interaction_id)
        except StorageError as error:
            self._contact_failed(error)
            return
        self.interactions_editor.interaction_removed(interaction_id)
        self._contacts_changed()
        self._say_save_state()

    # The care note, the check-in prompt and the reach-out list --------------------------------

    def _companions(self) -> tuple[Companion, ...]:
        return (self.care_note, self.checkin_prompt, self.reach_out, self.on_this_day)

    def _contacts_changed(self) -> None:
        """A logged contact resets the reach-out list and may end an isolation streak."""
        self.reach_out.refresh()
        self.care_note.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Coming back to the page looks again (a cadence may have changed on People)."""
        super().showEvent(event)
        if self._repository is not None:
            for companion in self._companions():
                companion.refresh()

    # Leaving the page ------------------------------------------------------------------------

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        """Leaving the page saves what is pending."""
        self.flush()
        super().hideEvent(event)
