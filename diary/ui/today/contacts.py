"""The day's contacts: a list of who the user connected with, and a quick-add form.

The form asks what the Rochester Interaction Record asks (who, how, how long, how deep, who
reached out) in one row of fields; Enter anywhere in it adds the contact. The editor only emits
signals with domain objects: the Today page calls the repository and reports back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from diary.domain.models import (
    DEPTH_MAX,
    DEPTH_MIN,
    MINUTES_MAX,
    MINUTES_MIN,
    NOTE_MAX,
    Initiator,
    Interaction,
    Mode,
    ValidationError,
    clean_name,
)
from diary.ui.shell.rows_model import RowsModel
from diary.ui.today import words

DEFAULT_MINUTES = 30
VISIBLE_ROWS = 6
"""The list grows to show this many contacts, then scrolls."""
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

    headers = (words.TODAY_CONTACTS_NAME,)

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


class _Form(QWidget):
    """The quick-add row: Enter or Return in any of its fields submits it.

    An event filter on each field catches the key before the field does, so a spin box or
    combo box cannot swallow it; while a completion or combo popup is open the key goes to the
    popup instead, and picks an item there as usual.
    """

    submitted = Signal()

    def watch(self, fields: Iterable[QWidget]) -> None:
        """Submit when Enter is pressed in any of ``fields``."""
        for field in fields:
            field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Turn Enter/Return in a watched field into ``submitted``."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.submitted.emit()
            return True
        return super().eventFilter(watched, event)


class _ListView(QListView):
    """The list of contacts; Delete asks to remove the selected one."""

    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Delete (or Backspace) removes the current contact; Undo remove can bring it back."""
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class InteractionsEditor(QWidget):
    """The contacts of one day with Edit, Remove and Undo remove, and the quick-add form.

    The editor never writes: it emits a request, and the owner calls the repository and then
    reports the result with ``interaction_added``, ``interaction_updated`` or
    ``interaction_removed`` (on failure it reports nothing, so the form keeps what was typed).

    Signals:
        add_requested: log a new contact; carries an ``Interaction`` without id.
        update_requested: save a changed contact; carries an ``Interaction`` with its id.
        remove_requested: remove a contact; carries its id (``int``).
    """

    add_requested = Signal(object)
    update_requested = Signal(object)
    remove_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._day: dt.date | None = None
        self._editing: Interaction | None = None
        self._removing: Interaction | None = None
        self._last_removed: Interaction | None = None
        self._undoing = False

        self.model = InteractionsModel(self)
        self.list_view = _ListView()
        self.list_view.setModel(self.model)
        self.list_view.setAccessibleName(words.TODAY_CONTACTS_NAME)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setWordWrap(True)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.activated.connect(lambda index: self.start_edit(index.row()))
        self.list_view.delete_pressed.connect(self.remove_selected)
        self.empty_label = QLabel(words.TODAY_CONTACTS_EMPTY)
        self.empty_label.setWordWrap(True)

        self.edit_button = QPushButton(words.TODAY_CONTACT_EDIT)
        self.remove_button = QPushButton(words.TODAY_CONTACT_REMOVE)
        self.undo_button = QPushButton(words.TODAY_CONTACT_UNDO)
        self.edit_button.clicked.connect(self._edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.undo_button.clicked.connect(self.undo_remove)
        self.undo_button.hide()
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.edit_button)
        list_buttons.addWidget(self.remove_button)
        list_buttons.addWidget(self.undo_button)
        list_buttons.addStretch(1)

        self.form = _Form()
        self.form.submitted.connect(self.submit)
        self.people_edit = QLineEdit()
        self.people_edit.setPlaceholderText(words.TODAY_CONTACT_PEOPLE_PLACEHOLDER)
        self.people_edit.setAccessibleName(words.TODAY_CONTACT_PEOPLE)
        self.people_edit.setAccessibleDescription(words.TODAY_CONTACT_PEOPLE_PLACEHOLDER)
        self.names_model = QStringListModel(self)
        self.completer = NamesCompleter(self.names_model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.people_edit.setCompleter(self.completer)

        self.mode_combo = QComboBox()
        self.mode_combo.setAccessibleName(words.TODAY_CONTACT_MODE)
        for mode in Mode:
            self.mode_combo.addItem(mode.label, mode)

        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(MINUTES_MIN, MINUTES_MAX)
        self.minutes_spin.setSingleStep(5)
        self.minutes_spin.setSuffix(words.TODAY_CONTACT_MINUTES_SUFFIX)
        self.minutes_spin.setAccessibleName(words.TODAY_CONTACT_MINUTES)

        self.depth_combo = QComboBox()
        self.depth_combo.setAccessibleName(words.TODAY_CONTACT_DEPTH)
        self.depth_combo.setToolTip(words.TODAY_CONTACT_DEPTH_TIP)
        self.depth_combo.setAccessibleDescription(words.TODAY_CONTACT_DEPTH_TIP)
        self.depth_combo.addItem(words.TODAY_CONTACT_NOT_SET, None)
        for depth in range(DEPTH_MIN, DEPTH_MAX + 1):
            self.depth_combo.addItem(depth_text(depth), depth)

        self.initiated_combo = QComboBox()
        self.initiated_combo.setAccessibleName(words.TODAY_CONTACT_INITIATED)
        self.initiated_combo.addItem(words.TODAY_CONTACT_NOT_SET, None)
        for who, choice in zip(_INITIATORS, words.TODAY_CONTACT_INITIATED_CHOICES, strict=True):
            self.initiated_combo.addItem(choice, who)

        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(NOTE_MAX)
        self.note_edit.setPlaceholderText(words.TODAY_CONTACT_NOTE_PLACEHOLDER)
        self.note_edit.setAccessibleName(words.TODAY_CONTACT_NOTE)

        self.add_button = QPushButton(words.TODAY_CONTACT_ADD)
        self.add_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(words.TODAY_CONTACT_CANCEL)
        self.cancel_button.clicked.connect(self.cancel_edit)
        for button in (self.add_button, self.cancel_button):
            button.setAutoDefault(True)  # Enter on a focused button presses it
        self.cancel_button.hide()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(words.TODAY_CONTACT_PROBLEM)
        self.error_label.hide()

        self.form.watch(
            (
                self.people_edit,
                self.mode_combo,
                self.minutes_spin,
                self.depth_combo,
                self.initiated_combo,
                self.note_edit,
            )
        )
        grid = QGridLayout(self.form)
        grid.setContentsMargins(0, 0, 0, 0)
        fields: Sequence[tuple[str, QWidget, int, int, int]] = (
            (words.TODAY_CONTACT_PEOPLE, self.people_edit, 0, 0, 3),
            (words.TODAY_CONTACT_MODE, self.mode_combo, 0, 4, 1),
            (words.TODAY_CONTACT_MINUTES, self.minutes_spin, 1, 0, 1),
            (words.TODAY_CONTACT_DEPTH, self.depth_combo, 1, 2, 1),
            (words.TODAY_CONTACT_INITIATED, self.initiated_combo, 1, 4, 1),
            (words.TODAY_CONTACT_NOTE, self.note_edit, 2, 0, 5),
        )
        for text, widget, row, column, span in fields:
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, row, column)
            grid.addWidget(widget, row, column + 1, 1, span)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        grid.addLayout(buttons, 3, 1, 1, 5)
        grid.addWidget(self.error_label, 4, 1, 1, 5)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(5, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.list_view)
        layout.addLayout(list_buttons)
        layout.addWidget(self.form)

        order: list[QWidget] = [
            self.list_view,
            self.edit_button,
            self.remove_button,
            self.undo_button,
            self.people_edit,
            self.mode_combo,
            self.minutes_spin,
            self.depth_combo,
            self.initiated_combo,
            self.note_edit,
            self.add_button,
            self.cancel_button,
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

    def set_people(self, names: Iterable[str]) -> None:
        """The names offered for completion in the people field."""
        self.names_model.setStringList(sorted(set(names), key=lambda name: (name.casefold(), name)))

    def clear(self) -> None:
        """Forget everything: contacts, form, names for completion, the removed contact."""
        self._day = None
        self._editing = None
        self._removing = None
        self._last_removed = None
        self._undoing = False
        self.model.clear()
        self.names_model.setStringList([])
        self.reset_form()
        self.undo_button.hide()

    # The form --------------------------------------------------------------------------------

    def reset_form(self) -> None:
        """Empty the quick-add form (in person, 30 minutes, nothing else set)."""
        self._editing = None
        self.people_edit.setText("")
        self.mode_combo.setCurrentIndex(0)
        self.minutes_spin.setValue(DEFAULT_MINUTES)
        self.depth_combo.setCurrentIndex(0)
        self.initiated_combo.setCurrentIndex(0)
        self.note_edit.setText("")
        self.add_button.setText(words.TODAY_CONTACT_ADD)
        self.cancel_button.hide()
        self.show_problem("")

    def show_problem(self, text: str) -> None:
        """Show (or, with "", hide) why the form could not be added."""
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def form_interaction(self) -> Interaction:
        """The contact the form describes.

        Raises:
            ValidationError: if a field is unusable or nothing says who or what it was.
        """
        if self._day is None:
            raise ValidationError(words.TODAY_NO_DAY)
        people = split_names(self.people_edit.text())
        note = self.note_edit.text().strip()
        if not people and not note:
            raise ValidationError(words.TODAY_CONTACT_NEEDS_SOMEONE)
        fields: dict[str, Any] = {
            "day": self._day,
            "mode": self.mode_combo.currentData(),
            "minutes": self.minutes_spin.value(),
            "people": people,
            "depth": self.depth_combo.currentData(),
            "initiated": self.initiated_combo.currentData(),
            "note": note,
        }
        if self._editing is not None:
            return replace(self._editing, **fields)
        return Interaction(**fields)

    def submit(self) -> None:
        """Add (or, while editing, save) the contact in the form."""
        try:
            item = self.form_interaction()
        except ValidationError as error:
            self.show_problem(str(error))
            return
        self.show_problem("")
        if self._editing is not None:
            self.update_requested.emit(item)
        else:
            self.add_requested.emit(item)

    def start_edit(self, row: int) -> None:
        """Put the contact on ``row`` into the form to change it."""
        if not 0 <= row < self.model.rowCount():
            return
        item = self.model.item(row)
        self.reset_form()
        self._editing = item
        self.people_edit.setText(", ".join(item.people))
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(item.mode))
        self.minutes_spin.setValue(item.minutes)
        self.depth_combo.setCurrentIndex(max(0, self.depth_combo.findData(item.depth)))
        self.initiated_combo.setCurrentIndex(max(0, self.initiated_combo.findData(item.initiated)))
        self.note_edit.setText(item.note)
        self.add_button.setText(words.TODAY_CONTACT_SAVE)
        self.cancel_button.show()
        self.people_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def cancel_edit(self) -> None:
        """Stop editing and empty the form."""
        self.reset_form()

    def editing(self) -> Interaction | None:
        """The contact being changed in the form, if any."""
        return self._editing

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
        """The contact was logged: show it and empty the form (unless it was an undo)."""
        self.model.append(item)
        if self._undoing:
            self._last_removed = None
            self.undo_button.hide()
        else:
            self.reset_form()
            self.people_edit.setFocus(Qt.FocusReason.OtherFocusReason)

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
            heights = (self.list_view.sizeHintForRow(row) for row in range(min(rows, VISIBLE_ROWS)))
            self.list_view.setFixedHeight(sum(heights) + 2 * self.list_view.frameWidth() + 2)
        self.list_view.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows)
        selected = self._selected_row() is not None
        self.edit_button.setVisible(has_rows)
        self.remove_button.setVisible(has_rows)
        self.edit_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)
