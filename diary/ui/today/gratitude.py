"""Gratitude lines: three by default, more on request, each optionally about a person.

The "about someone" box completes a known person's name as it is typed (the rest of the name
is offered selected; Tab or Enter accepts it). A name that is no one in the diary yet is never
saved as a person on its own: an inline question, "Add Pri as someone new?", asks first, and
until it is answered "Add" the line is saved without the person.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from diary.domain.models import NAME_MAX, NOTE_MAX, Gratitude, ValidationError, clean_name
from diary.ui.today import words
from diary.ui.today.contacts import CompletingLine, NewPersonQuestion

DEFAULT_LINES = 3
MAX_LINES = 30


class GratitudeEditor(QWidget):
    """Lines of gratitude with an optional person each; blank lines are simply skipped.

    Enter in a line moves to the next one (on the last filled line it adds another, which is
    also why "Add another" is no Tab stop: Tab goes from the last line on to the free text).

    Signals:
        changed: the user edited a line or a person (not emitted by ``set_gratitude``).
        person_requested: the user chose to add this name as someone new (``str``); the owner
            adds them and calls ``person_added``.
    """

    changed = Signal()
    person_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people: list[str] = []
        self._loading = False
        self.lines: list[QLineEdit] = []
        self.persons: list[CompletingLine] = []
        self.names_model = QStringListModel(self)

        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(1, 3)
        self._grid.setColumnStretch(2, 1)
        self.add_button = QPushButton(words.TODAY_GRATITUDE_ADD)
        self.add_button.clicked.connect(self._add_clicked)
        self.add_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Enter on the last line adds
        self.question = NewPersonQuestion(words.TODAY_NEW_PERSON_NOT_NOW)
        self.question.accepted.connect(self._accept_person)
        self.question.declined.connect(self._decline_person)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._grid)
        for _ in range(DEFAULT_LINES):
            self.add_line()
        buttons = QHBoxLayout()  # after the lines: first in the focus chain come the lines
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.question)
        layout.addLayout(buttons)

    # Value -----------------------------------------------------------------------------------

    def gratitude(self) -> tuple[Gratitude, ...]:
        """The filled lines as notes, in order.

        A line's person is kept only when they are in the diary (in the diary's spelling); a
        name that is not, waits for the inline question and is left out until then.
        """
        notes = []
        for line, person in zip(self.lines, self.persons, strict=True):
            text = line.text().strip()
            if not text:
                continue
            notes.append(Gratitude(text, self.known_person(person.text())))
        return tuple(notes)

    def known_person(self, typed: str) -> str | None:
        """The person ``typed`` names, in the diary's spelling; None if nobody is named."""
        wanted = " ".join(typed.split()).casefold()
        return next((name for name in self._people if name.casefold() == wanted), None)

    def unknown_names(self) -> tuple[str, ...]:
        """Names typed in an "about someone" box that are no one in the diary yet."""
        found: dict[str, str] = {}
        for person in self.persons:
            typed = " ".join(person.text().split())
            if typed and self.known_person(typed) is None:
                found.setdefault(typed.casefold(), typed)
        return tuple(found.values())

    def set_gratitude(self, notes: Iterable[Gratitude]) -> None:
        """Show these notes (at least three lines, blank ones after them); no ``changed``."""
        notes = tuple(notes)
        self._loading = True
        try:
            while len(self.lines) > max(DEFAULT_LINES, len(notes)):
                self._remove_last_line()
            while len(self.lines) < len(notes):
                self.add_line()
            for index, (line, person) in enumerate(zip(self.lines, self.persons, strict=True)):
                note = notes[index] if index < len(notes) else None
                line.setText(note.text if note else "")
                person.setText((note.person or "") if note else "")
        finally:
            self._loading = False
        self._ask()

    def set_people(self, names: Iterable[str]) -> None:
        """The names each line's person box completes and accepts (what is typed there stays)."""
        self._people = sorted(set(names), key=lambda name: (name.casefold(), name))
        self.names_model.setStringList(self._people)
        self._ask()

    def person_added(self, name: str) -> None:
        """``name`` is in the diary now: lines about them keep them (emits ``changed``)."""
        if self.known_person(name) is None:
            self.set_people([*self._people, name])
        self._ask()
        self.changed.emit()

    def clear(self) -> None:
        """Three empty lines and no names offered."""
        self.set_gratitude(())
        self.set_people(())

    # Lines -----------------------------------------------------------------------------------

    def add_line(self) -> QLineEdit | None:
        """Add an empty line at the end (None once ``MAX_LINES`` is reached)."""
        if len(self.lines) >= MAX_LINES:
            return None
        number = len(self.lines) + 1
        line = QLineEdit()
        line.setMaxLength(NOTE_MAX)
        line.setPlaceholderText(words.TODAY_GRATITUDE_PLACEHOLDER)
        line.setAccessibleName(words.TODAY_GRATITUDE_LINE.format(number=number))
        line.textEdited.connect(self._edited)
        line.returnPressed.connect(lambda edit=line: self._next_line(edit))

        person = CompletingLine()
        person.setMaxLength(NAME_MAX)
        person.setPlaceholderText(words.TODAY_GRATITUDE_PERSON_PLACEHOLDER)
        person.setAccessibleName(words.TODAY_GRATITUDE_PERSON.format(number=number))
        completer = QCompleter(self.names_model, person)
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        person.setCompleter(completer)
        person.textChanged.connect(self._person_edited)
        person.returnPressed.connect(lambda edit=person: self._person_entered(edit))

        label = QLabel(f"{number}.")
        label.setBuddy(line)
        row = len(self.lines)
        self._grid.addWidget(label, row, 0)
        self._grid.addWidget(line, row, 1)
        self._grid.addWidget(person, row, 2)
        self.lines.append(line)
        self.persons.append(person)
        order: list[QWidget] = []
        for each_line, each_person in zip(self.lines, self.persons, strict=True):
            order += [each_line, each_person]
        if self.add_button.parentWidget() is not None:  # a line added later: before Add another
            order.append(self.add_button)
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.add_button.setEnabled(len(self.lines) < MAX_LINES)
        return line

    def _remove_last_line(self) -> None:
        row = len(self.lines) - 1
        for column in range(3):
            item = self._grid.itemAtPosition(row, column)
            widget = item.widget() if item is not None else None
            if widget is not None:
                self._grid.removeWidget(widget)
                widget.hide()
                widget.deleteLater()
        self.lines.pop()
        self.persons.pop()
        self.add_button.setEnabled(True)

    # The inline question -------------------------------------------------------------------

    def _ask(self) -> None:
        waiting = self.unknown_names()
        self.question.ask(waiting[0] if waiting else "")

    def _accept_person(self, name: str) -> None:
        try:
            clean_name(name)
        except ValidationError:
            return
        self.person_requested.emit(name)

    def _decline_person(self, name: str) -> None:
        """Not someone new: the name is taken out of its box (the line itself stays)."""
        for person in self.persons:
            if " ".join(person.text().split()).casefold() == name.casefold():
                person.clear()
                person.setFocus(Qt.FocusReason.OtherFocusReason)
        self._ask()

    def _person_edited(self) -> None:
        self._ask()
        self._edited()

    def _person_entered(self, person: CompletingLine) -> None:
        """Enter in a person box: a new name moves to its question, a known one goes on."""
        if self.question.name() and self.known_person(person.text()) is None:
            self.question.yes_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        index = self.persons.index(person)
        if index + 1 < len(self.lines):
            self.lines[index + 1].setFocus(Qt.FocusReason.TabFocusReason)

    def _add_clicked(self) -> None:
        line = self.add_line()
        if line is not None:
            line.setFocus(Qt.FocusReason.OtherFocusReason)

    def _next_line(self, line: QLineEdit) -> None:
        index = self.lines.index(line)
        if index + 1 < len(self.lines):
            self.lines[index + 1].setFocus(Qt.FocusReason.TabFocusReason)
        elif line.text().strip():
            self._add_clicked()

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()
