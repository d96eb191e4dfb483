"""Log a contact the moment it happens: one contact line, filed under today, from anywhere.

From the tray's "Log a contact…" or Ctrl+Shift+N on any page, a small window takes one line in
the Today page's own grammar ("Ana, coffee, 45 min in person, deep"), with the same completion
and the same question about a name not yet in the diary, and files it under this evening. The
evening's entry then shows it. The window writes through the repository itself (as Today does),
so nothing is lost if the main window is on another page.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from diary import locale_format
from diary.design import SPACE
from diary.domain.models import Interaction, Person, ValidationError
from diary.storage.errors import StorageError
from diary.ui.shell.card import Card
from diary.ui.shell.fonts import scaled_font
from diary.ui.today import words
from diary.ui.today.contacts import InteractionsEditor
from diary.ui.today.page import reason_text

if TYPE_CHECKING:
    from diary.storage.repository import Repository

WIDTH_CH = 100
"""The window's width in average characters: the line, its pieces and a question fit."""


class QuickContact(QDialog):
    """The small window: today's contacts so far, and the contact line.

    Signals:
        logged: a contact was stored (the ``Interaction`` as stored, with its id).
        person_added: someone new was added from the line (their name).
    """

    logged = Signal(object)
    person_added = Signal(str)

    def __init__(self, repository: Repository, day: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self._repository = repository
        self.day = day
        self.setWindowTitle(words.QUICK_CONTACT_TITLE)
        self.setObjectName("designedDialog")
        heading = QLabel(words.QUICK_CONTACT_HEADING)
        heading.setObjectName("dialogHeading")
        heading.setFont(scaled_font(self.font(), 1.2, bold=True))
        self.when = QLabel(
            words.QUICK_CONTACT_WHEN.format(date=locale_format.long_day(day)), wordWrap=True
        )
        self.when.setObjectName("hint")
        self.editor = InteractionsEditor(self)
        self.editor.set_people(person.name for person in repository.people())
        self.editor.set_interactions(day, repository.interactions(day, day))
        self.editor.add_requested.connect(self._add)
        self.editor.person_requested.connect(self._add_person)
        self.editor.update_requested.connect(self._update)
        self.editor.remove_requested.connect(self._remove)
        close = QPushButton(words.QUICK_CONTACT_CLOSE)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        card = Card()
        card.add(heading)
        card.add(self.when)
        card.add(self.editor)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(SPACE[5], SPACE[5], SPACE[5], SPACE[5])
        outer.setSpacing(SPACE[4])
        outer.addWidget(card)
        outer.addLayout(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * WIDTH_CH)
        self.editor.line_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _failed(self, error: Exception) -> None:
        self.editor.show_problem(words.TODAY_CONTACT_NOT_SAVED.format(reason=reason_text(error)))

    def _add(self, item: Interaction) -> None:
        try:
            stored = self._repository.add_interaction(item)
        except (StorageError, ValidationError) as error:
            self._failed(error)  # the line keeps what was typed
            return
        self.editor.interaction_added(stored)
        self.logged.emit(stored)
        self.accept()

    def _update(self, item: Interaction) -> None:
        try:
            stored = self._repository.update_interaction(item)
        except (StorageError, ValidationError) as error:
            self._failed(error)
            return
        self.editor.interaction_updated(stored)
        self.logged.emit(stored)

    def _remove(self, interaction_id: int) -> None:
        try:
            self._repository.delete_interaction(interaction_id)
        except StorageError as error:
            self._failed(error)
            return
        self.editor.interaction_removed(interaction_id)

    def _add_person(self, name: str) -> None:
        try:
            stored = self._repository.add_person(Person(name))
        except (StorageError, ValidationError) as error:
            self._failed(error)
            return
        self.editor.person_added(stored.name)
        self.person_added.emit(stored.name)
