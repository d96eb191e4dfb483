"""A small, hand-made November of diary days, turned into DayStats by the real domain.stats.

Plain helpers rather than a tests/charts/conftest.py: a second module named ``conftest`` would
replace tests/conftest.py in ``sys.modules`` and break ``from conftest import PASSPHRASE``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import pytest
from matplotlib.figure import Figure

from diary.charts.context import ChartContext
from diary.charts.figure import new_figure
from diary.charts.theme import DARK, LIGHT, ChartTheme
from diary.domain.models import Day, Entry, Interaction, Mode
from diary.domain.stats import DayStats, day_series

Contact = tuple[Mode, int, int | None]  # mode, minutes, depth

NOV = dt.date(2026, 11, 1)


def nov(day: int) -> dt.date:
    return dt.date(2026, 11, day)


def make_day(day: dt.date, mood: int | None = None, *contacts: Contact, text: str = "") -> Day:
    """A Day with an entry (when it has a mood or text) and the given contacts."""
    entry = Entry(day, mood=mood, text=text) if mood is not None or text else None
    items = tuple(Interaction(day, mode, minutes, depth=depth) for mode, minutes, depth in contacts)
    return Day(day, entry, items)


def stats(days: Sequence[Day], start: dt.date, end: dt.date) -> list[DayStats]:
    return day_series(days, start, end)


# 1 met in person, 2 texts only, 3 unlogged, 4 call and video, 5 no mood but met, 6-7 alone,
# 8 a deep text (meaningful by depth), 9-10 unlogged; the month is seen on the evening of the 10th.
NOVEMBER_DAYS = (
    make_day(nov(1), 6, (Mode.IN_PERSON, 60, 3)),
    make_day(nov(2), 3, (Mode.TEXT, 5, 2)),
    make_day(nov(4), 7, (Mode.CALL, 30, 3), (Mode.VIDEO, 20, 3)),
    make_day(nov(5), None, (Mode.IN_PERSON, 15, 2), text="Lunch with Sam."),
    make_day(nov(6), 2),
    make_day(nov(7), 2),
    make_day(nov(8), 8, (Mode.TEXT, 20, 4)),
)
TODAY = nov(10)


THEMES = pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
"""Decorate a test taking ``theme`` to run it in both themes."""


@dataclass(frozen=True)
class November:
    days: tuple[Day, ...]
    series: list[DayStats]
    context: ChartContext

    def by_day(self, day: int) -> DayStats:
        return next(s for s in self.series if s.day == nov(day))


def november() -> November:
    """November 2026 up to the 10th: ten DayStats, three of them unlogged."""
    return November(
        NOVEMBER_DAYS, stats(NOVEMBER_DAYS, NOV, TODAY), ChartContext(2026, 11, today=TODAY)
    )


def figure(theme: ChartTheme = LIGHT, width: float = 8.0, height: float = 4.5) -> Figure:
    """A bare, themed Figure at a low dpi (tests look at artists, not pixels)."""
    return new_figure(theme, width, height, dpi=72)
