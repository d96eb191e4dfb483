"""What the Today page's companions share: the care note, check-ins, reach out, on this day.

Each is a ``Companion``: a card that looks at the unlocked diary through a ``DiaryLink`` and
reads it off the GUI thread whenever it is shown again or something changed; only the latest
read counts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from shiboken6 import isValid

from diary.ui.shell.card import Card
from diary.ui.shell.page import diary_definition
from diary.ui.shell.tasks import Tasks

if TYPE_CHECKING:
    from PySide6.QtCore import QObject, QThreadPool
    from PySide6.QtWidgets import QWidget

    from diary.domain.stats import Definition
    from diary.settings import Settings
    from diary.storage.repository import Repository
    from diary.ui.shell.tasks import InlinePool


class DiaryLink:
    """A companion's hold on the unlocked diary, and its reads of it.

    Each read supersedes the one before: an answer that comes back after a newer read began,
    after locking or after the companion was deleted is dropped.

    Args:
        owner: The companion widget (its answers are dropped once it is deleted).
        pool: where reads run (an ``InlinePool`` in tests).

    Attributes:
        repository: The unlocked diary; None while locked.
        settings: The user's settings; None while locked.
        today: Gives the diary's today.
    """

    def __init__(self, owner: QObject, pool: QThreadPool | InlinePool | None = None) -> None:
        self._owner = owner
        self._start = Tasks(pool).start
        self._generation = 0
        self.repository: Repository | None = None
        self.settings: Settings | None = None
        self.today: Callable[[], dt.date] = dt.date.today

    def attach(
        self, repository: Repository, settings: Settings, today: Callable[[], dt.date]
    ) -> None:
        """Look at the unlocked diary; ``today`` gives the diary's today."""
        self.repository = repository
        self.settings = settings
        self.today = today

    def detach(self) -> None:
        """Forget the diary and drop every answer still on its way (on lock)."""
        self.repository = None
        self.settings = None
        self._generation += 1

    def definition(self) -> Definition:
        """What counts as a meaningful contact, as the settings say."""
        return diary_definition(self.settings)

    def read(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
    ) -> None:
        """Run ``work`` off the GUI thread; ``done`` or ``failed`` runs if still the latest."""
        self._generation += 1
        generation = self._generation

        def latest() -> bool:
            return isValid(self._owner) and generation == self._generation

        def on_done(result: Any) -> None:
            if latest():
                done(result)

        def on_failed(error: Exception) -> None:
            if latest():
                failed(error)

        self._start(work, on_done, on_failed)


class Companion(Card):
    """A card beside the evening entry that reads the unlocked diary through a ``DiaryLink``.

    Args:
        title: the card's heading, or "" for none.
        hint: a quiet line under it, or "" for none.
        pool: where its reads run (an ``InlinePool`` in tests).
        parent: the parent widget.

    Signals:
        status: a short line for the status bar (only when something went wrong).
        settled: its answer arrived; True when the card shows.
    """

    status = Signal(str)
    settled = Signal(bool)

    def __init__(
        self,
        title: str,
        hint: str,
        pool: QThreadPool | InlinePool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, hint, parent)
        self._diary = DiaryLink(self, pool)

    def attach(
        self, repository: Repository, settings: Settings, today: Callable[[], dt.date]
    ) -> None:
        """Look at the unlocked diary; ``today`` gives the diary's today."""
        self._diary.attach(repository, settings, today)
        self.refresh()

    def detach(self) -> None:
        """Forget the diary (on lock); each companion also clears what it shows."""
        self._diary.detach()

    def refresh(self) -> None:
        """Read again, off the GUI thread (each companion says what it reads)."""
        raise NotImplementedError
