"""Your week: mood and meaningful contact by day of the week, each weekday with its own n.

People's weeks have a shape (a lonely Sunday, a bright Friday). Each weekday keeps the moods of
its days and how many of its logged days had meaningful contact, so a chart can show the spread
and the counts rather than one bare average. Unlogged days are missing data and count nowhere.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from diary.domain.stats import MIN_GROUP_DAYS, SAME_MOOD, DayStats

WEEK_SPAN = dt.timedelta(weeks=8)
"""A period this long or longer has a week worth speaking of (in ``diary stats``, the numbers and
the PDF report): in a shorter one each weekday has too few days to tell it apart."""


def long_enough_for_week(start: dt.date, end: dt.date) -> bool:
    """True when the days ``start`` to ``end`` (both included) span at least ``WEEK_SPAN``."""
    return (end - start) + dt.timedelta(days=1) >= WEEK_SPAN


@dataclass(frozen=True)
class Weekday:
    """One day of the week over a period.

    Attributes:
        weekday: 0 for Monday to 6 for Sunday (``date.weekday()``).
        moods: The moods of its days that have one, in date order.
        logged: How many of its days were logged.
        meaningful: How many of those logged days had meaningful contact.
    """

    weekday: int
    moods: tuple[int, ...]
    logged: int
    meaningful: int

    @property
    def mean(self) -> float | None:
        """The mean mood, once at least ``MIN_GROUP_DAYS`` of its days have a mood."""
        if len(self.moods) < MIN_GROUP_DAYS:
            return None
        return sum(self.moods) / len(self.moods)

    @property
    def share(self) -> float | None:
        """The share of its logged days with meaningful contact, from ``MIN_GROUP_DAYS`` days."""
        if self.logged < MIN_GROUP_DAYS:
            return None
        return self.meaningful / self.logged


def by_weekday(series: Sequence[DayStats]) -> tuple[Weekday, ...]:
    """The seven weekdays of ``series``, Monday first (a caller orders them as the locale does)."""
    moods: list[list[int]] = [[] for _ in range(7)]
    logged = [0] * 7
    meaningful = [0] * 7
    for day in sorted(series, key=lambda s: s.day):
        if not day.logged:
            continue
        weekday = day.day.weekday()
        logged[weekday] += 1
        meaningful[weekday] += day.meaningful
        if day.mood is not None:
            moods[weekday].append(day.mood)
    return tuple(Weekday(w, tuple(moods[w]), logged[w], meaningful[w]) for w in range(7))


@dataclass(frozen=True)
class WeekShape:
    """What a week's lead sentence says: its brightest and lowest weekday, its most social one.

    Attributes:
        brightest: The weekday with the highest mean mood; None when fewer than two weekdays
            have a mean.
        lowest: The weekday with the lowest mean mood (None likewise).
        flat: The means are all within ``SAME_MOOD`` of each other.
        most_social: The weekday with the largest share of days with meaningful contact; None
            when fewer than two weekdays have a share or no day had meaningful contact.
    """

    brightest: Weekday | None
    lowest: Weekday | None
    flat: bool
    most_social: Weekday | None


def week_shape(week: Sequence[Weekday]) -> WeekShape:
    """The extremes of ``week``; on a tie the weekday with more days wins, then the earlier one."""
    with_mean = [w for w in week if w.mean is not None]
    brightest = lowest = None
    flat = False
    if len(with_mean) >= 2:
        brightest = max(with_mean, key=lambda w: (w.mean or 0.0, len(w.moods), -w.weekday))
        lowest = min(with_mean, key=lambda w: (w.mean or 0.0, -len(w.moods), w.weekday))
        flat = (brightest.mean or 0.0) - (lowest.mean or 0.0) < SAME_MOOD
    with_share = [w for w in week if w.share is not None]
    most_social = None
    if len(with_share) >= 2 and any(w.meaningful for w in with_share):
        most_social = max(with_share, key=lambda w: (w.share or 0.0, w.logged, -w.weekday))
    return WeekShape(brightest, lowest, flat, most_social)
