"""What every page of the main window can do, so the window can save, lock and clear them alike."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from diary.domain.evening import evening_of
from diary.domain.stats import Definition
from diary.settings import default

if TYPE_CHECKING:
    from diary.settings import Settings
    from diary.storage.repository import Repository


def diary_today(clock: Callable[[], dt.datetime], settings: Settings | None) -> dt.date:
    """Today as the diary counts it: until ``day_starts_hour`` it is still yesterday evening."""
    hour = settings["day_starts_hour"] if settings is not None else default("day_starts_hour")
    return evening_of(clock(), hour)


def diary_definition(settings: Settings | None) -> Definition:
    """What counts as a meaningful contact, as the settings say (the defaults while locked)."""
    if settings is None:
        return Definition()
    return Definition(settings["meaningful_minutes"], settings["meaningful_depth"])


class Page(QWidget):
    """A page (Today, Journal, People, Insights, Settings) of the main window.

    Attributes:
        save_error: why the last ``flush`` failed (the store's or the check's error), None
            after one that saved; the window says it when locking or closing is refused.

    Signals:
        status: a short line for the status bar ("Saving…", "Saved", or what went wrong).
        open_day: the user asked to open a date on the Today page.
    """

    status = Signal(str)
    open_day = Signal(object)  # datetime.date
    save_error: Exception | None = None

    @property
    def title(self) -> str:
        """The page's name, in the current language."""
        return ""

    def attach(self, repository: Repository, settings: Settings) -> None:
        """Show the unlocked diary."""
        raise NotImplementedError

    def flush(self) -> bool:
        """Save pending edits now; False if saving failed (the edits stay on screen)."""
        return True

    def detach(self) -> None:
        """Forget the diary: clear every view and model (the window saved first)."""
        raise NotImplementedError

    def step(self, direction: int) -> bool:
        """Alt+Left (-1) or Alt+Right (+1) on this page; False if the page has no steps.

        The Journal and Insights step a month; elsewhere the window steps Today's day.
        """
        return False
