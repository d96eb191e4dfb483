"""The day's contacts: the list of who the user connected with, and one line to add more.

The line understands what people type ("Ana and Sam, coffee, 45 min in person, deep", the
grammar of ``diary.domain.contact_line``) and shows what it read as chips under it: people, how,
how long, how deep, who reached out and the note. A chip can be changed (how, minutes, depth,
who reached out open a menu) or removed, and the line is rewritten to match; Down reaches the
chips from the line, Left and Right move between them, Up or Escape go back.

Names complete from the known people as they are typed (the rest of the name is offered
selected; Tab or Enter accepts it). A name that is no one in the diary yet stays a question,
"Add Pri as someone new?", until the user answers it: nobody is created by a half-typed name.

The editor only emits signals with domain objects: the Today page calls the repository and
reports back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import partial

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from diary.domain.contact_line import (
    DEFAULT_MINUTES,
    DEFAULT_MODE,
    ParsedLine,
    contact_line,
    format_parsed,
    join_names,
    keywords,
    parse_contact_line,
    pieces,
)
from diary.domain.models import (
    DEPTH_MAX,
    DEPTH_MIN,
    Initiator,
    Interaction,
    Mode,
    ValidationError,
    clean_name,
)
from diary.ui.shell.rows_model import RowsModel
from diary.ui.today import words
from diary.ui.today.feelings import FlowLayout

LINE_MAX = 4000
MINUTE_CHOICES = (5, 10, 15, 20, 30, 45, 60, 90, 120, 180)
"""The minutes the minutes chip offers (the line takes any number)."""
_INITIATORS = (Initiator.ME, Initiator.THEM, Initiator.BOTH)


def depth_text(depth: int) -> str:
    """A depth with its word, e.g. "4 · open"."""
    word = words.TODAY_CONTACT_DEPTH_WORDS[depth - DEPTH_MIN]
    return words.TODAY_CONTACT_DEPTH_ITEM.format(depth=depth, word=word)


def describe(item: Interaction) -> str:
    """One line for a contact: "Ana, Ben · in person · 45 min · depth 4 (open) · I reached out"."""
    parts = [
        ", ".join(item.people) if item.people else words.TODAY_CONTACT_NOBODY,
        item.mode.label,
        words.TODAY_CONTACT_ROW_MINUTES.format(minutes=item.minutes),
    ]
    if item.depth is not None:
        word = words.TODAY_CONTACT_DEPTH_WORDS[item.depth - DEPTH_MIN]
        parts.append(words.TODAY_CONTACT_ROW_DEPTH.format(depth=item.depth, word=word))
    if item.initiated is not None:
        parts.append(words.TODAY_CONTACT_INITIATED_ROW[_INITIATORS.index(item.initiated)])
    line = " · ".join(parts)
    if item.circle:
        line += f" ({item.circle})"
    if item.note:
        line += f" — {item.note}"
    return line


def split_names(text: str) -> tuple[str, ...]:
    """Names typed in one field, separated by commas; blank pieces are skipped.

    Raises:
        ValidationError: if a name is unusable (for example far too long).
    """
    return tuple(clean_name(piece) for piece in text.split(",") if piece.strip())


class InteractionsModel(RowsModel[Interaction]):
    """The contacts of one day, one row each, in the order they were logged.

    ``Qt.DisplayRole`` (and the tooltip and accessible text) is a readable line from
    ``describe``; the ``ItemRole`` holds the ``Interaction`` itself.
    """

    @property
    def headers(self) -> Sequence[str]:
        """The column titles, in the current language."""
        return (words.TODAY_CONTACTS_NAME,)

    def cell_text(self, item: Interaction, column: int) -> str:
        """The contact in one line."""
        return describe(item)

    # Changing the rows -----------------------------------------------------------------------

    def append(self, item: Interaction) -> None:
        """Add a contact at the end."""
        row = len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append(item)
        self.endInsertRows()

    def row_of(self, interaction_id: int | None) -> int | None:
        """The row of the contact with this id, if shown."""
        for row, item in enumerate(self._items):
            if interaction_id is not None and item.id == interaction_id:
                return row
        return None

    def replace_item(self, item: Interaction) -> bool:
        """Show a changed contact in place of the one with the same id; False if absent."""
        row = self.row_of(item.id)
        if row is None:
            return False
        self._items[row] = item
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)
        return True

    def remove_id(self, interaction_id: int) -> Interaction | None:
        """Take away the contact with this id and return it (None if it was not shown)."""
        row = self.row_of(interaction_id)
        if row is None:
            return None
        self.beginRemoveRows(QModelIndex(), row, row)
        item = self._items.pop(row)
        self.endRemoveRows()
        return item


class NamesCompleter(QCompleter):
    """Completes the name after the last comma, so several people fit in one field."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt's name
        """Complete only the last, comma-separated name."""
        return [path.rsplit(",", 1)[-1].lstrip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # noqa: N802
        """Keep the names typed before the last comma and put the completion after them."""
        name = str(super().pathFromIndex(index))
        widget = self.widget()
        typed = widget.text() if isinstance(widget, QLineEdit) else ""
        if "," not in typed:
            return name
        head = typed.rsplit(",", 1)[0]
        return f"{head}, {name}"


def name_fragment(text: str, names: Iterable[str]) -> str:
    """The name being typed at the end of ``text``, or "" when none is being typed.

    The last piece after a comma, "and", "with"… (in the current language or English) counts;
    of a piece of several words, the longest tail that starts a known name ("Aunt J" for Aunt
    Jo), else its last word. A fragment that is a word of the contact line's grammar ("call",
    "ok", "Kaffee" in German) or starts with a digit completes nothing, so Enter keeps meaning
    "add".
    """
    if not text or text[-1:].isspace():
        return ""
    grammar_words = keywords()
    tokens = pieces(text)[-1].split()
    lowered = [name.casefold() for name in names]
    for size in range(len(tokens), 0, -1):
        tail = " ".join(tokens[-size:])
        folded = tail.casefold()
        if size > 1 and not any(name.startswith(folded) for name in lowered):
            continue
        if not tail[:1].isalpha() or folded in grammar_words:
            return ""
        return tail
    return ""


class LineCompleter(QCompleter):
    """Completes the name at the end of a line, inline: what is offered is typed and selected."""

    def __init__(self, model: QStringListModel, parent: QWidget | None = None) -> None:
        super().__init__(model, parent)
        self._names = model
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        self.setFilterMode(Qt.MatchFlag.MatchStartsWith)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt's name
        """Complete only the name being typed at the end (nothing when none is)."""
        fragment = name_fragment(path, self._names.stringList())
        return [fragment] if fragment else ["\x00"]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # noqa: N802
        """The whole line with the name being typed completed."""
        name = str(super().pathFromIndex(index))
        widget = self.widget()
        typed = widget.text() if isinstance(widget, QLineEdit) else ""
        if isinstance(widget, QLineEdit) and widget.hasSelectedText():
            typed = typed[: widget.selectionStart()]
        fragment = name_fragment(typed, self._names.stringList())
        return typed[: len(typed) - len(fragment)] + name if fragment else typed


class CompletingLine(QLineEdit):
    """A line whose offered completion (selected text up to the end) Tab or Enter accepts.

    Enter with nothing offered is the line's own Enter (``returnPressed``); Tab with nothing
    offered moves on as usual.
    """

    def completion_offered(self) -> bool:
        """True while completed text is shown selected at the end of the line."""
        return (
            self.hasSelectedText()
            and self.completer() is not None
            and self.selectionStart() + len(self.selectedText()) == len(self.text())
        )

    def accept_completion(self) -> bool:
        """Take the offered completion (False when none is offered)."""
        if not self.completion_offered():
            return False
        self.deselect()
        self.setCursorPosition(len(self.text()))
        return True

    def event(self, event: QEvent) -> bool:
        """Tab accepts an offered completion instead of moving on."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Tab
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and self.accept_completion()
        ):
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Enter accepts an offered completion; otherwise it is the usual Enter."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.accept_completion():
            event.accept()
            return
        super().keyPressEvent(event)


class _ContactLine(CompletingLine):
    """The contact line: Down goes to the chips, Up to the contacts above, Escape leaves an edit."""

    def __init__(self, editor: InteractionsEditor) -> None:
        super().__init__(editor)
        self._editor = editor

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Down reaches the chips; Escape cancels an edit in progress."""
        if event.key() == Qt.Key.Key_Down and not self.completion_offered():
            chips = self._editor.chips()
            if chips:
                chips[0].setFocus(Qt.FocusReason.TabFocusReason)
                event.accept()
                return
        if event.key() == Qt.Key.Key_Up and not self.completion_offered():
            if self._editor.focus_list():
                event.accept()
                return
        if event.key() == Qt.Key.Key_Escape and self._editor.editing() is not None:
            self._editor.cancel_edit()
            event.accept()
            return
        super().keyPressEvent(event)


class Chip(QToolButton):
    """One piece of what the line says; Left/Right move along, Up/Escape go back to the line.

    Delete or Backspace removes a removable chip; Enter or Space presses it (a chip with a
    menu opens it).
    """

    removed = Signal()

    def __init__(self, text: str, line: QLineEdit, *, removable: bool, tip: str) -> None:
        super().__init__()
        self._line = line
        self._removable = removable
        self.setText(text)
        self.setToolTip(tip)
        self.setAccessibleName(tip)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setAutoRaise(False)
        self.setProperty("chip", True)  # the theme's rounded chip

    def _siblings(self) -> list[Chip]:
        parent = self.parentWidget()
        if parent is None:
            return [self]
        return [c for c in parent.findChildren(Chip) if c.isVisible() or c is self]

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Move between chips, back to the line, remove or press."""
        key = event.key()
        chips = self._siblings()
        index = chips.index(self) if self in chips else 0
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            chips[max(0, min(len(chips) - 1, index + step))].setFocus(Qt.FocusReason.TabFocusReason)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Escape):
            self._line.setFocus(Qt.FocusReason.TabFocusReason)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._removable:
            self._line.setFocus(Qt.FocusReason.OtherFocusReason)
            self.removed.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self.menu() is not None:
                self.showMenu()
            else:
                self._line.setFocus(Qt.FocusReason.OtherFocusReason)
                self.click()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class NewPersonQuestion(QWidget):
    """The inline question "Add Pri as someone new?" with its two answers.

    It is as tall asked or not; its owner keeps a row of that height for it (shared with a
    hint or a problem), so asking never moves what is below it.

    Signals:
        accepted: the user chose to add the name (carries it).
        declined: the user said it is not a new person (carries it).
    """

    accepted = Signal(str)
    declined = Signal(str)

    def __init__(self, no_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = ""
        self.label = QLabel()
        self.yes_button = QPushButton()
        self.no_button = QPushButton(no_text)
        for button in (self.yes_button, self.no_button):
            button.setAutoDefault(True)
        self.yes_button.clicked.connect(lambda: self.accepted.emit(self._name))
        self.no_button.clicked.connect(lambda: self.declined.emit(self._name))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.yes_button)
        row.addWidget(self.no_button)
        self.setMinimumHeight(self.no_button.sizeHint().height())  # asked or not, one height
        self.hide()

    def name(self) -> str:
        """The name asked about ("" when no question is asked)."""
        return self._name

    def ask(self, name: str) -> None:
        """Ask about ``name`` ("" hides the question)."""
        self._name = name
        if not name:
            self.hide()
            return
        self.label.setText(words.TODAY_NEW_PERSON_QUESTION.format(name=name))
        self.yes_button.setText(words.TODAY_NEW_PERSON_YES.format(name=name))
        self.yes_button.setAccessibleName(words.TODAY_NEW_PERSON_QUESTION.format(name=name))
        self.show()


class _ListView(QListView):
    """The list of contacts; Delete asks to remove the selected one, Escape goes back down.

    It is no Tab stop (Tab goes straight to the contact line, the evening's fast path): Up
    in the line reaches it, Down past its last row or Escape go back to the line.
    """

    delete_pressed = Signal()
    leave = Signal()
    resized = Signal()  # its width changed: rows that wrap need another height

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """Tell the editor, which sizes the list to show every row whole."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.resized.emit()

    def row_height(self, row: int) -> int:
        """The height of ``row`` with its text wrapped at the list's width."""
        index = self.model().index(row, 0)
        text = str(index.data() or "")
        width = max(40, self.viewport().width() - 8)  # the item's own margins
        wrapped = self.fontMetrics().boundingRect(
            QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text
        )
        return max(self.sizeHintForRow(row), wrapped.height() + 6, self.fontMetrics().height())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Delete (or Backspace) removes the current contact; Undo remove can bring it back."""
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_pressed.emit()
            event.accept()
            return
        last = self.model().rowCount() - 1 if self.model() is not None else -1
        if event.key() == Qt.Key.Key_Escape or (
            event.key() == Qt.Key.Key_Down and self.currentIndex().row() >= last
        ):
            self.leave.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class InteractionsEditor(QWidget):
    """The contacts of one day with Edit, Remove and Undo remove, and the contact line.

    The editor never writes: it emits a request, and the owner calls the repository and then
    reports the result with ``interaction_added``, ``interaction_updated``,
    ``interaction_removed`` or ``person_added`` (on failure it reports nothing, so the line
    keeps what was typed).

    Signals:
        add_requested: log a new contact; carries an ``Interaction`` without id.
        update_requested: save a changed contact; carries an ``Interaction`` with its id.
        remove_requested: remove a contact; carries its id (``int``).
        person_requested: the user chose to add this name as someone new (``str``).
    """

    add_requested = Signal(object)
    update_requested = Signal(object)
    remove_requested = Signal(int)
    person_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._day: dt.date | None = None
        self._editing: Interaction | None = None
        self._removing: Interaction | None = None
        self._last_removed: Interaction | None = None
        self._undoing = False
        self._names: list[str] = []
        self._not_names: set[str] = set()
        self._parsed = ParsedLine()
        self._submit_after_add = False
        self._requested: str | None = None

        self.model = InteractionsModel(self)
        self.list_view = _ListView()
        self.list_view.setModel(self.model)
        self.list_view.setAccessibleName(words.TODAY_CONTACTS_NAME)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setWordWrap(True)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.list_view.activated.connect(lambda index: self.start_edit(index.row()))
        self.list_view.delete_pressed.connect(self.remove_selected)
        self.list_view.leave.connect(self._back_to_line)
        self.list_view.resized.connect(self._update_list_state)
        self.list_view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.empty_label = QLabel(words.TODAY_CONTACTS_EMPTY)
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName("hint")

        self.edit_button = QPushButton(words.TODAY_CONTACT_EDIT)
        self.remove_button = QPushButton(words.TODAY_CONTACT_REMOVE)
        self.undo_button = QPushButton(words.TODAY_CONTACT_UNDO)
        self.edit_button.clicked.connect(self._edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.undo_button.clicked.connect(self.undo_remove)
        self.undo_button.hide()
        list_buttons = QHBoxLayout()
        list_buttons.setContentsMargins(0, 0, 0, 0)
        list_buttons.addWidget(self.empty_label, 1)
        list_buttons.addStretch(0)
        list_buttons.addWidget(self.edit_button)
        list_buttons.addWidget(self.remove_button)
        list_buttons.addWidget(self.undo_button)

        self.line_edit = _ContactLine(self)
        self.line_edit.setMaxLength(LINE_MAX)
        self.line_edit.setPlaceholderText(words.TODAY_CONTACT_LINE_PLACEHOLDER)
        self.line_edit.setAccessibleName(words.TODAY_CONTACT_LINE_NAME)
        self.line_edit.setAccessibleDescription(words.TODAY_CONTACT_LINE_HELP)
        self.line_edit.setToolTip(words.TODAY_CONTACT_LINE_HELP)
        self.line_edit.setClearButtonEnabled(True)
        self.names_model = QStringListModel(self)
        self.completer = LineCompleter(self.names_model, self)
        self.line_edit.setCompleter(self.completer)
        self.line_edit.textChanged.connect(self._reparse)
        self.line_edit.returnPressed.connect(self.submit)
        self.line_edit.textEdited.connect(self._typed)

        self.add_button = QPushButton(words.TODAY_CONTACT_ADD)
        self.add_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(words.TODAY_CONTACT_CANCEL)
        self.cancel_button.clicked.connect(self.cancel_edit)
        for button in (self.add_button, self.cancel_button):
            button.setAutoDefault(True)  # Enter on a focused button presses it
        self.add_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Enter in the line adds
        self.cancel_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Escape in it cancels
        self.cancel_button.hide()
        line_row = QHBoxLayout()
        line_row.setContentsMargins(0, 0, 0, 0)
        line_row.addWidget(self.line_edit, 1)
        line_row.addWidget(self.add_button)
        line_row.addWidget(self.cancel_button)

        self.chips_box = QWidget()
        self.chips_box.setAccessibleName(words.TODAY_CONTACT_CHIPS_NAME)
        self.chips_flow = FlowLayout(self.chips_box)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.chips_box.setSizePolicy(policy)
        self._chip_line_height = QToolButton().sizeHint().height()
        self.chips_box.setMinimumHeight(self._chip_line_height)

        self.question = NewPersonQuestion(words.TODAY_NEW_PERSON_NOT_A_NAME)
        self.question.accepted.connect(self._add_person)
        self.question.declined.connect(self._not_a_name)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(words.TODAY_CONTACT_PROBLEM)
        self.error_label.setObjectName("hint")
        self.error_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list_view)
        layout.addLayout(list_buttons)
        layout.addLayout(line_row)
        layout.addWidget(self.chips_box)
        self.message_row = QWidget()  # the question or a problem, in one place kept for them
        message = QHBoxLayout(self.message_row)
        message.setContentsMargins(0, 0, 0, 0)
        self.hint_label = QLabel(words.TODAY_CONTACT_LINE_KEYS)
        self.hint_label.setObjectName("hint")
        self.hint_label.setToolTip(words.TODAY_CONTACT_LINE_HELP)  # the whole sentence
        self.hint_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        message.addWidget(self.hint_label, 1)
        message.addWidget(self.error_label, 1)
        message.addWidget(self.question)
        self.message_row.setMinimumHeight(self.question.minimumHeight())
        layout.addWidget(self.message_row)

        order: list[QWidget] = [
            self.list_view,
            self.edit_button,
            self.remove_button,
            self.undo_button,
            self.line_edit,
            self.add_button,
            self.cancel_button,
            self.question.yes_button,
            self.question.no_button,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.model.modelReset.connect(self._update_list_state)
        self.model.rowsInserted.connect(self._update_list_state)
        self.model.rowsRemoved.connect(self._update_list_state)
        self.model.dataChanged.connect(self._update_list_state)
        self.list_view.selectionModel().selectionChanged.connect(self._update_list_state)
        self.reset_form()
        self._update_list_state()

    # Showing a day ---------------------------------------------------------------------------

    def day(self) -> dt.date | None:
        """The day whose contacts are shown."""
        return self._day

    def set_interactions(self, day: dt.date, items: Iterable[Interaction]) -> None:
        """Show the contacts of ``day``; an edit in progress is cancelled, typed text stays."""
        if self._editing is not None:
            self.cancel_edit()
        self._day = day
        self._last_removed = None
        self.undo_button.hide()
        self.model.set_items(items)
        self.chips_box.setMinimumHeight(self._chip_line_height)  # a new day: one line again

    def set_people(self, names: Iterable[str]) -> None:
        """The known people: they complete in the line and are read as people."""
        self._names = sorted(set(names), key=lambda name: (name.casefold(), name))
        self.names_model.setStringList(self._names)
        self._reparse()

    def people(self) -> tuple[str, ...]:
        """The known people's names."""
        return tuple(self._names)

    def clear(self) -> None:
        """Forget everything: contacts, the line, names for completion, the removed contact."""
        self._day = None
        self._editing = None
        self._removing = None
        self._last_removed = None
        self._undoing = False
        self.model.clear()
        self._names = []
        self.names_model.setStringList([])
        self.reset_form()
        self.undo_button.hide()

    # The line --------------------------------------------------------------------------------

    def reset_form(self) -> None:
        """Empty the line and forget its answers (not a name…)."""
        self._editing = None
        self._not_names.clear()
        self._submit_after_add = False
        self.line_edit.setText("")
        self.add_button.setText(words.TODAY_CONTACT_ADD)
        self.cancel_button.hide()
        self.show_problem("")
        self._reparse()

    def show_problem(self, text: str) -> None:
        """Show (or, with "", hide) why the line could not be added."""
        self.error_label.setText(text)
        self._show_message()

    def _show_message(self) -> None:
        """The question when one is asked (it says what to do), else the problem, if any."""
        problem = bool(self.error_label.text()) and self.question.isHidden()
        self.error_label.setVisible(problem)
        self.hint_label.setVisible(not problem and self.question.isHidden())

    def parsed(self) -> ParsedLine:
        """What the line says now (an unreadable line reads as nothing)."""
        return self._parsed

    def _reparse(self) -> None:
        try:
            self._parsed = parse_contact_line(
                self.line_edit.text(), self._names, not_names=self._not_names
            )
        except ValidationError as error:
            self._parsed = ParsedLine()
            self.show_problem(str(error))
        else:
            if self.error_label.text() and not self._submit_after_add:
                self.show_problem("")
        unknown = self._parsed.unknown
        self.question.ask(unknown[0] if unknown else "")
        self._show_message()
        self._rebuild_chips()

    def _typed(self) -> None:
        self._submit_after_add = False  # typing again answers nothing: Enter asks anew

    def line_interaction(self) -> Interaction:
        """The contact the line describes.

        Raises:
            ValidationError: if the line is unusable, names someone not yet in the diary, or
                says nothing of who or what it was.
        """
        if self._day is None:
            raise ValidationError(words.TODAY_NO_DAY)
        parsed = parse_contact_line(self.line_edit.text(), self._names, not_names=self._not_names)
        if parsed.unknown:
            raise ValidationError(
                words.TODAY_CONTACT_UNKNOWN_FIRST.format(names=join_names(parsed.unknown))
            )
        if parsed.is_empty:
            raise ValidationError(words.TODAY_CONTACT_NEEDS_SOMEONE)
        try:
            item = parsed.interaction(self._day)
        except ValidationError:
            raise ValidationError(words.TODAY_CONTACT_NEEDS_SOMEONE) from None
        if self._editing is not None:
            return replace(
                self._editing,
                mode=item.mode,
                minutes=item.minutes,
                people=item.people,
                depth=item.depth,
                initiated=item.initiated,
                note=item.note,
            )
        return item

    def submit(self) -> None:
        """Add (or, while editing, save) the contact in the line.

        A name not yet in the diary is asked about first; answering "Add" then adds the
        contact too.
        """
        try:
            item = self.line_interaction()
        except ValidationError as error:
            self.show_problem(str(error))
            if self._parsed.unknown:
                self._submit_after_add = True
                self.question.yes_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.show_problem("")
        if self._editing is not None:
            self.update_requested.emit(item)
        else:
            self.add_requested.emit(item)

    def _add_person(self, name: str) -> None:
        try:
            clean_name(name)
        except ValidationError as error:
            self.show_problem(str(error))
            return
        self._requested = name
        self.person_requested.emit(name)

    def person_added(self, name: str) -> None:
        """``name`` is in the diary now: read the line again, and add it if Enter asked to."""
        submit = self._submit_after_add and name == self._requested  # asked here, not elsewhere
        self._requested = None
        if name.casefold() not in {known.casefold() for known in self._names}:
            self.set_people([*self._names, name])
        else:
            self._reparse()
        if submit and self._parsed.unknown:
            self.question.yes_button.setFocus(Qt.FocusReason.OtherFocusReason)  # the next one
            return
        self.line_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        if submit:
            self._submit_after_add = False
            self.show_problem("")
            self.submit()

    def _not_a_name(self, name: str) -> None:
        self._not_names.add(name.casefold())
        self._reparse()
        self.line_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.show_problem("")

    # Chips -----------------------------------------------------------------------------------

    def chips(self) -> list[Chip]:
        """The chips of what the line says, in order."""
        found = []
        for index in range(self.chips_flow.count()):
            item = self.chips_flow.itemAt(index)
            widget = item.widget() if item is not None else None
            if isinstance(widget, Chip):
                found.append(widget)
        return found

    def _rewrite(self, parsed: ParsedLine) -> None:
        """Show ``parsed`` in the line (after a chip changed it)."""
        self.line_edit.setText(format_parsed(parsed))
        self.line_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _change(self, parsed: ParsedLine, **fields: object) -> None:
        self._rewrite(replace(parsed, **fields))  # type: ignore[arg-type]

    def _chip(
        self,
        text: str,
        tip: str,
        *,
        removed: Callable[[], None] | None = None,
        menu: Sequence[tuple[str, Callable[[], None]]] | None = None,
    ) -> Chip:
        chip = Chip(text, self.line_edit, removable=removed is not None, tip=tip)
        chip.setProperty("kind", "chip")
        if removed is not None:
            chip.removed.connect(removed)
            chip.clicked.connect(removed)
        if menu is not None:
            choices = QMenu(chip)
            for label, chosen in menu:
                choices.addAction(label).triggered.connect(lambda _on=False, c=chosen: c())
            chip.setMenu(choices)
            chip.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        return chip

    def _rebuild_chips(self) -> None:
        had_focus = any(chip.hasFocus() for chip in self.chips())
        if had_focus:
            self.line_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        while self.chips_flow.count():
            item = self.chips_flow.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        parsed = self._parsed
        if parsed.is_empty:
            return
        for chip in self._make_chips(parsed):
            self.chips_flow.addWidget(chip)
            chip.show()
        self.chips_flow.activate()
        needed = self.chips_flow.heightForWidth(max(self.chips_box.width(), 1))
        if self.chips_box.width() > 1 and needed > self.chips_box.minimumHeight():
            self.chips_box.setMinimumHeight(needed)  # grows once, never shrinks under the user

    def _make_chips(self, p: ParsedLine) -> list[Chip]:
        chips: list[Chip] = []
        for name in p.people:
            chips.append(
                self._chip(
                    words.TODAY_CONTACT_CHIP_PERSON.format(name=name),
                    words.TODAY_CONTACT_CHIP_PERSON_TIP.format(name=name),
                    removed=partial(
                        self._change, p, people=tuple(x for x in p.people if x != name)
                    ),
                )
            )
        for name in p.unknown:
            chip = self._chip(
                words.TODAY_CONTACT_CHIP_UNKNOWN.format(name=name),
                words.TODAY_NEW_PERSON_QUESTION.format(name=name),
            )
            chip.clicked.connect(lambda: self.question.yes_button.setFocus())
            chips.append(chip)
        mode = (
            p.mode.label
            if p.mode
            else words.TODAY_CONTACT_CHIP_ASSUMED.format(value=DEFAULT_MODE.label)
        )
        chips.append(
            self._chip(
                mode,
                words.TODAY_CONTACT_CHIP_CHANGE.format(what=words.TODAY_CONTACT_MODE),
                menu=[(m.label, partial(self._change, p, mode=m)) for m in Mode],
            )
        )
        minutes = (
            words.TODAY_CONTACT_ROW_MINUTES.format(minutes=p.minutes)
            if p.minutes is not None
            else words.TODAY_CONTACT_CHIP_ASSUMED.format(
                value=words.TODAY_CONTACT_ROW_MINUTES.format(minutes=DEFAULT_MINUTES)
            )
        )
        chips.append(
            self._chip(
                minutes,
                words.TODAY_CONTACT_CHIP_CHANGE.format(what=words.TODAY_CONTACT_MINUTES),
                menu=[
                    (
                        words.TODAY_CONTACT_ROW_MINUTES.format(minutes=n),
                        partial(self._change, p, minutes=n),
                    )
                    for n in MINUTE_CHOICES
                ],
            )
        )
        depth = (
            words.TODAY_CONTACT_CHIP_DEPTH.format(depth=p.depth)
            if p.depth is not None
            else words.TODAY_CONTACT_CHIP_NO_DEPTH
        )
        depth_tip = words.TODAY_CONTACT_CHIP_CHANGE.format(
            what=depth_text(p.depth) if p.depth is not None else words.TODAY_CONTACT_DEPTH
        )
        chips.append(
            self._chip(
                depth,
                depth_tip,
                menu=[
                    (depth_text(d), partial(self._change, p, depth=d))
                    for d in range(DEPTH_MIN, DEPTH_MAX + 1)
                ]
                + [(words.TODAY_CONTACT_NOT_SET, partial(self._change, p, depth=None))],
            )
        )
        initiated = (
            words.TODAY_CONTACT_INITIATED_ROW[_INITIATORS.index(p.initiated)]
            if p.initiated is not None
            else words.TODAY_CONTACT_CHIP_NO_INITIATED
        )
        chips.append(
            self._chip(
                initiated,
                words.TODAY_CONTACT_CHIP_CHANGE.format(what=words.TODAY_CONTACT_INITIATED),
                menu=[
                    (label, partial(self._change, p, initiated=who))
                    for who, label in zip(
                        _INITIATORS, words.TODAY_CONTACT_INITIATED_CHOICES, strict=True
                    )
                ]
                + [
                    (
                        words.TODAY_CONTACT_NOT_SET,
                        partial(self._change, p, initiated=None),
                    )
                ],
            )
        )
        if p.note:
            chips.append(
                self._chip(
                    words.TODAY_CONTACT_CHIP_NOTE.format(note=p.note),
                    words.TODAY_CONTACT_CHIP_NOTE_TIP,
                    removed=partial(self._change, p, note=""),
                )
            )
        return chips

    # Editing ---------------------------------------------------------------------------------

    def start_edit(self, row: int) -> None:
        """Put the contact on ``row`` back into the line to change it."""
        if not 0 <= row < self.model.rowCount():
            return
        item = self.model.item(row)
        self.reset_form()
        self._editing = item
        self.line_edit.setText(contact_line(item))
        self.add_button.setText(words.TODAY_CONTACT_SAVE)
        self.cancel_button.show()
        self.line_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def cancel_edit(self) -> None:
        """Stop editing and empty the line."""
        self.reset_form()

    def editing(self) -> Interaction | None:
        """The contact being changed in the line, if any."""
        return self._editing

    def _back_to_line(self) -> None:
        self.line_edit.setFocus(Qt.FocusReason.TabFocusReason)

    def focus_list(self) -> bool:
        """Move the focus to the newest contact of the list (False when there is none)."""
        rows = self.model.rowCount()
        if not rows:
            return False
        self.list_view.setFocus(Qt.FocusReason.TabFocusReason)
        self.list_view.setCurrentIndex(self.model.index(rows - 1, 0))
        return True

    def _edit_selected(self) -> None:
        row = self._selected_row()
        if row is not None:
            self.start_edit(row)

    def _selected_row(self) -> int | None:
        rows = self.list_view.selectionModel().selectedRows()
        if rows:
            return rows[0].row()
        current = self.list_view.currentIndex()
        return current.row() if current.isValid() else None

    # Removing --------------------------------------------------------------------------------

    def remove_selected(self) -> None:
        """Ask to remove the selected contact."""
        row = self._selected_row()
        if row is None:
            return
        item = self.model.item(row)
        if item.id is None:
            return
        self._removing = item
        self.remove_requested.emit(item.id)

    def undo_remove(self) -> None:
        """Ask to log the last removed contact again."""
        if self._last_removed is None:
            return
        self._undoing = True
        try:
            self.add_requested.emit(replace(self._last_removed, id=None))
        finally:
            self._undoing = False

    # Results reported by the owner -----------------------------------------------------------

    def interaction_added(self, item: Interaction) -> None:
        """The contact was logged: show it and empty the line (unless it was an undo)."""
        self.model.append(item)
        if self._undoing:
            self._last_removed = None
            self.undo_button.hide()
        else:
            self.reset_form()
            self.line_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def interaction_updated(self, item: Interaction) -> None:
        """The contact was changed: show the change and leave editing."""
        self.model.replace_item(item)
        self.reset_form()

    def interaction_removed(self, interaction_id: int) -> None:
        """The contact is gone: Undo remove can bring it back until the day changes."""
        removed = self.model.remove_id(interaction_id)
        if self._editing is not None and self._editing.id == interaction_id:
            self.reset_form()
        if removed is not None:
            self._last_removed = removed
            self.undo_button.show()
        self._removing = None

    def _update_list_state(self) -> None:
        rows = self.model.rowCount()
        has_rows = rows > 0
        if has_rows:
            heights = sum(self.list_view.row_height(row) for row in range(rows))
            self.list_view.setFixedHeight(heights + 2 * self.list_view.frameWidth() + 2)
        self.list_view.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows)
        selected = self._selected_row() is not None
        self.edit_button.setVisible(has_rows)
        self.remove_button.setVisible(has_rows)
        self.edit_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)
