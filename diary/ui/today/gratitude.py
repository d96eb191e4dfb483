"""Gratitude lines: three by default, more on request, each optionally about a person."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from diary.domain.models import NAME_MAX, NOTE_MAX, Gratitude
from diary.ui.today import words

DEFAULT_LINES = 3
MAX_LINES = 30


class GratitudeEditor(QWidget):
    """Lines of gratitude with an optional person each; blank lines are simply skipped.

    Enter in a line moves to the next one (on the last filled line it adds another).

    Signals:
        changed: the user edited a line or a person (not emitted by ``set_gratitude``).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people: list[str] = []
        self._loading = False
        self.lines: list[QLineEdit] = []
        self.persons: list[QComboBox] = []

        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(1, 3)
        self._grid.setColumnStretch(2, 1)
        self.add_button = QPushButton(words.TODAY_GRATITUDE_ADD)
        self.add_button.clicked.connect(self._add_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._grid)
        layout.addLayout(buttons)
        for _ in range(DEFAULT_LINES):
            self.add_line()

    # Value -----------------------------------------------------------------------------------

    def gratitude(self) -> tuple[Gratitude, ...]:
        """The filled lines as notes, in order.

        Raises:
            ValidationError: if a person's name is unusable (for example far too long).
        """
        notes = []
        for line, person in zip(self.lines, self.persons, strict=True):
            text = line.text().strip()
            if not text:
                continue
            name = person.currentText().strip()
            notes.append(Gratitude(text, name or None))
        return tuple(notes)

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
                self._set_person(person, (note.person or "") if note else "")
        finally:
            self._loading = False

    def set_people(self, names: Iterable[str]) -> None:
        """The names each line's person field offers (what is typed there stays)."""
        self._people = sorted(set(names), key=lambda name: (name.casefold(), name))
        self._loading = True
        try:
            for person in self.persons:
                self._fill_people(person)
        finally:
            self._loading = False

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

        person = QComboBox()
        person.setEditable(True)
        person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        person.setAccessibleName(words.TODAY_GRATITUDE_PERSON.format(number=number))
        person.setMinimumContentsLength(8)
        person.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        editor = QLineEdit()
        editor.setMaxLength(NAME_MAX)
        editor.setPlaceholderText(words.TODAY_GRATITUDE_PERSON_PLACEHOLDER)
        editor.setAccessibleName(words.TODAY_GRATITUDE_PERSON.format(number=number))
        person.setLineEdit(editor)
        self._fill_people(person)
        completer = QCompleter(person.model(), person)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        person.setCompleter(completer)
        person.editTextChanged.connect(self._edited)
        person.setEditText("")

        label = QLabel(f"{number}.")
        label.setBuddy(line)
        row = len(self.lines)
        self._grid.addWidget(label, row, 0)
        self._grid.addWidget(line, row, 1)
        self._grid.addWidget(person, row, 2)
        previous = self.persons[-1] if self.persons else None
        self.lines.append(line)
        self.persons.append(person)
        if previous is not None:
            QWidget.setTabOrder(previous, line)
        QWidget.setTabOrder(line, person)
        QWidget.setTabOrder(person, self.add_button)
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

    def _fill_people(self, person: QComboBox) -> None:
        typed = person.currentText()
        person.clear()
        person.addItem("")
        person.addItems(self._people)
        self._set_person(person, typed)

    @staticmethod
    def _set_person(person: QComboBox, name: str) -> None:
        person.setCurrentIndex(max(0, person.findText(name, Qt.MatchFlag.MatchFixedString)))
        person.setEditText(name)

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
