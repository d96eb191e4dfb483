"""On this day: a quiet card on Today with the same date in earlier years, when there is one.

The memories are read off the GUI thread (``diary.domain.on_this_day``), with the first photo of
each day that has photos, whenever the page is shown again; the card stays hidden until one
arrives and when Settings turns it off. Like the other companions it is about this evening,
whichever day is open. Each memory opens its day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
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
from diary.ui.today.photo_strip import rounded_square

if TYPE_CHECKING:
    from PySide6.QtCore import QThreadPool

    from diary.storage.repository import Repository
    from diary.ui.shell.tasks import InlinePool


NAMED = 4
"""People named on a memory's line; the rest are counted ("and 7 others")."""
MEMORY_PHOTO = 64
"""The side of a memory's photo, in device-independent pixels."""


@dataclass(frozen=True)
class Remembered:
    """A memory with its photos: how many, and the first one's thumbnail (b"" when none)."""

    memory: Memory
    photos: int = 0
    thumbnail: bytes = b""


def gather(repository: Repository, today: dt.date) -> tuple[Remembered, ...]:
    """Read today's date in each earlier year and keep the logged ones (runs in the pool)."""
    found = memories(today, [repository.day(day) for day in same_date_before(today)])
    remembered = []
    for memory in found:
        photos = repository.photos(memory.day)
        first = photos[0].id if photos else None
        thumbnail = repository.photo_thumbnail(first) if first is not None else b""
        remembered.append(Remembered(memory, len(photos), thumbnail))
    return tuple(remembered)


def heading(memory: Memory) -> str:
    """The line above a memory: "A year ago, Wednesday 3 December 2025"."""
    return companion_words.ON_THIS_DAY_WHEN(
        memory.years_ago, date=locale_format.long_day(memory.day)
    )


def details(memory: Memory, photos: int = 0) -> str:
    """Its mood, who was there and its photos, on one line ("" when none was logged)."""
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
    if photos:
        parts.append(companion_words.ON_THIS_DAY_PHOTOS(photos))
    return " · ".join(parts)


class MemoryRow(QWidget):
    """One earlier year: when, its mood and people, the start of its text, and Open.

    A day with photos shows its first one beside the words, small, as Day One does.
    """

    def __init__(self, remembered: Remembered, open_day: Callable[[dt.date], None]) -> None:
        super().__init__()
        memory = remembered.memory
        self.memory = memory
        self.photo = QLabel()
        self.photo.setVisible(bool(remembered.thumbnail))
        if remembered.thumbnail:
            ratio = self.devicePixelRatioF()
            self.photo.setPixmap(rounded_square(remembered.thumbnail, MEMORY_PHOTO, ratio))
            self.photo.setFixedSize(MEMORY_PHOTO, MEMORY_PHOTO)
        self.when = QLabel(heading(memory))
        self.when.setObjectName("cardTitle")
        self.details = QLabel(details(memory, remembered.photos), wordWrap=True)
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
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(SPACE[1])
        column.addLayout(top)
        column.addWidget(self.details)
        column.addWidget(self.text)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(SPACE[3])
        row.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(column, 1)


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

    def _show(self, found: tuple[Remembered, ...]) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = [MemoryRow(remembered, self.open_day.emit) for remembered in found]
        for row in self.rows:
            self.add(row)
        self.setHidden(not self.rows)
        self.settled.emit(bool(self.rows))
