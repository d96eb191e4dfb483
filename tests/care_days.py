"""Days and check-ins for the tests of the care rules and of the care note on screen."""

from __future__ import annotations

import datetime as dt

from diary.domain.models import CheckIn, CheckInKind, Day, Entry, Interaction, Mode
from diary.domain.stats import DayStats, day_series

TODAY = dt.date(2026, 11, 21)
LOW = (3, 2, 3, 2, 2)  # raw 12: below the published line of 13
OK = (3, 3, 3, 2, 2)  # raw 13


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def who5(day: dt.date, answers: tuple[int, ...] = LOW) -> CheckIn:
    return CheckIn(day, CheckInKind.WHO5, answers)


def alone(day: dt.date) -> Day:
    return Day(day, Entry(day, mood=4), ())


def met(day: dt.date) -> Day:
    return Day(day, Entry(day, mood=6), (Interaction(day, Mode.IN_PERSON, 60, ("Sam",)),))


def series(days: list[Day], end: dt.date = TODAY) -> list[DayStats]:
    start = end - dt.timedelta(days=60)
    return day_series(days, start, end)


def isolated_run(first_ago: int, last_ago: int) -> list[Day]:
    """Isolated days from ``first_ago`` days ago to ``last_ago`` days ago, after a good day."""
    return [met(ago(first_ago + 1))] + [alone(ago(n)) for n in range(first_ago, last_ago - 1, -1)]
