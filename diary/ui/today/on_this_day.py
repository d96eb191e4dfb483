"""On this day: a quiet card on Today with the same date in earlier years, when there is one.

The memories are read off the GUI thread (``diary.domain.on_this_day``) whenever the page is
shown again; the card stays hidden until one arrives and when Settings turns it off. Like the
other companions it is about this evening, whichever day is open. Each memory opens its day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from diary import locale_format
from diary.design import SPACE
from diary.domain.on_this_day import Memory, memories, same_date_before
from diary.ui.today import companion_words
from diary.ui.today.companion import Companion

if TYPE_CHECKING:
    from PySide6.QtCore import QThreadPool

    from diary.storage.repository import Repository
    from diary.ui.shell.tasks import InlinePool


NAMED = 4
"""People named on a memory's line; the rest are counted ("and 7 others")."""


def gather(repository: Repository, today: dt.date) -> tuple[Memory, ...]:
    """Read today's date in each earlier year and keep the logged ones (runs in the pool)."""
    return memories(today, [repository.day(day) for day in same_date_before(today)])


def heading(memory: Memory) -> str:
    """The line above a memory: "A year ago, Wednesday 3 December 2025"."""
    return companion_words.ON_THIS_DAY_WHEN(
        memory.years_ago, date=locale_format.long_day(memory.day)
    )


def details(memory: Memory) -> str:
    """Its mood and who was there, on one line ("" when neither was logged)."""
    parts = []
    if memory.mood is not None:
        parts.append(companion_words.ON_THIS_DAY_MOOD.format(mood=memory.mood))
    if memory.people:
        named = list(memory.people[:NAMED])
        rest = len(memory.people) - len(named)
        if rest:
            named.append(companion_words.ON_THIS_DAY_OTHERS(rest))
        names = locale_format.joined(named)
        parts.append(companion_words.ON_THIS_DAY_WITH.format(people=names))
    return " · ".join(parts)


class MemoryRow(QWidget):
    """One earlier year: when, its mood and people, the start of its text, and Open."""

    def __init__(self, memory: Memory, open_day: Callable[[dt.date], None]) -> None:
        super().__init__()
        self.memory = memory
        self.when = QLabel(heading(memory))
        self.when.setObjectName("cardTitle")
        self.details = QLabel(details(memory), wordWrap=True)
        self.details.setObjectName("hint")
        self.details.setVisible(bool(self.details.text()))
        self.text = QLabel(memory.snippet, wordWrap=True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # the user's words, as written
        self.text.setVisible(bool(memory.snippet))
        self.open_button = QPushButton(companion_words.ON_THIS_DAY_OPEN)
        self.open_button.setAutoDefault(False)
        self.open_button.setAccessibleName(
            companion_words.ON_THIS_DAY_OPEN_NAME.format(date=locale_format.long_day(memory.day))
        )
        self.open_button.clicked.connect(lambda: open_day(memory.day))
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.when, 1)
        top.addWidget(self.open_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(SPACE[1])
        column.addLayout(top)
        column.addWidget(self.details)
        column.addWidget(self.text)


class OnThisDay(Companion):
    """The card; hidden unless an earlier year of today's date was logged.

    Signals:
        open_day: the user asked to open that day (a ``datetime.date``).
        status: a short line for the status bar (only when reading failed).
        settled: the answer arrived; True when the card shows.
    """

    open_day = Signal(object)

    def __init__(
        self, pool: QThreadPool | InlinePool | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(companion_words.ON_THIS_DAY_HEADING, "", pool, parent)
        self.rows: list[MemoryRow] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(companion_words.ON_THIS_DAY_HEADING)
        self.setHidden(True)

    def detach(self) -> None:
        """Hide and forget every memory (on lock: diary text leaves the window)."""
        super().detach()
        self._show(())

    def refresh(self) -> None:
        """Look again, off the GUI thread (the card stays as it is meanwhile)."""
        repository, settings = self._diary.repository, self._diary.settings
        if repository is None:
            return
        if settings is not None and not settings["on_this_day"]:
            self._show(())
            return
        today = self._diary.today()
        self._diary.read(
            lambda: gather(repository, today),
            self._show,
            lambda error: self.status.emit(companion_words.ON_THIS_DAY_FAILED.format(reason=error)),
        )

    def _show(self, found: tuple[Memory, ...]) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = [MemoryRow(memory, self.open_day.emit) for memory in found]
        for row in self.rows:
            self.add(row)
        self.setHidden(not self.rows)
        self.settled.emit(bool(self.rows))
