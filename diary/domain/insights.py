"""A period's insight numbers, computed once for the Insights page and ``diary stats`` alike.

``period_insights`` is the one rule: given the day series around a period (a month or a year) it
picks the period's days, summarises them (``stats.summarize``) and works out what each panel
leads with: the mood gap, how mood and time with people moved together, the longest run without
meaningful contact, which kind of contact went with the best days, the brightest month and the
latest check-ins, and the shape of the week. It holds numbers only; ``diary.formats.summary``
turns them into sentences with the product's honesty rules (never a cause; "not enough data
yet" below ``MIN_MOOD_DAYS``).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from diary.domain.checkins import Score, score
from diary.domain.models import CheckIn, CheckInKind
from diary.domain.solitude import Solitude, solitude
from diary.domain.stats import (
    MIN_GROUP_DAYS as MIN_GROUP_DAYS,
)
from diary.domain.stats import (
    MIN_MOOD_DAYS,
    ContactKind,
    DayStats,
    GroupMood,
    Summary,
    summarize,
)
from diary.domain.stats import (
    SAME_MOOD as SAME_MOOD,
)
from diary.domain.week import Weekday, by_weekday


class Scope(enum.Enum):
    """What a period is, so its sentences can name it: "in November 2026", "in 2026"."""

    MONTH = "month"
    YEAR = "year"
    PERIOD = "period"


def scope_of(start: dt.date, end: dt.date) -> Scope:
    """Name a period: a month, a year or any other run of days.

    From the 1st within one month it is a month; from 1 January within one year, a year.
    """
    if start.day == 1 and (start.year, start.month) == (end.year, end.month):
        return Scope.MONTH
    if (start.month, start.day) == (1, 1) and start.year == end.year:
        return Scope.YEAR
    return Scope.PERIOD


@dataclass(frozen=True)
class KindContrast:
    """The kind of contact that went with the best mood, against days with no contact.

    Attributes:
        best: The kind with the highest mean mood among kinds of at least ``MIN_GROUP_DAYS``.
        other: Days with no contact at all, when there are enough of them; else the next best
            kind with enough days, else None (nothing to compare with).
    """

    best: GroupMood
    other: GroupMood | None


@dataclass(frozen=True)
class MonthMood:
    """The mean mood of one month of a year."""

    month: int
    n: int
    mean: float


@dataclass(frozen=True)
class LatestCheckIn:
    """The latest check-in of one kind in the period, scored."""

    day: dt.date
    kind: CheckInKind
    score: Score


@dataclass(frozen=True)
class Insights:
    """Every number a period's panels and its summary speak of.

    Attributes:
        start: The first day of the period.
        end: The last day of the period (today at the latest, when the period is current).
        scope: Whether the period is (part of) one month, one year, or any other run of days.
        summary: The period's ``stats.Summary``: counts, streaks, ρ with its interval, mood gap.
        mood_days: Days of the period with a mood.
        enough: ``mood_days`` reaches ``MIN_MOOD_DAYS``; below it no mood number is shown.
        kinds: Which kind of contact went with the best mood; None without two groups to
            compare (or without enough mood days).
        months: The mean mood of each month of the period with enough mood days.
        checkins: The latest check-in of each kind in the period, latest first.
        week: Mood and meaningful contact by day of the week, Monday first.
        solitude: The isolated days told apart by "Company today": lonely (wanted more) or
            chosen solitude; None only for an Insights made without it.
    """

    start: dt.date
    end: dt.date
    scope: Scope
    summary: Summary
    mood_days: int
    enough: bool
    kinds: KindContrast | None
    months: tuple[MonthMood, ...]
    checkins: tuple[LatestCheckIn, ...]
    week: tuple[Weekday, ...] = ()
    solitude: Solitude | None = None

    @property
    def brightest(self) -> MonthMood | None:
        """The month with the highest mean mood (the earliest on a tie), if two can be compared."""
        if len(self.months) < 2:
            return None
        return max(self.months, key=lambda m: (m.mean, -m.month))


def _kinds(groups: Sequence[GroupMood]) -> KindContrast | None:
    enough = [g for g in groups if g.n >= MIN_GROUP_DAYS and g.mean is not None]
    contact = [g for g in enough if g.kind is not ContactKind.NONE]
    if not contact:
        return None
    best = max(contact, key=lambda g: (g.mean or 0.0, g.n))
    none = next((g for g in enough if g.kind is ContactKind.NONE), None)
    if none is not None:
        return KindContrast(best, none)
    rest = [g for g in contact if g is not best]
    other = max(rest, key=lambda g: (g.mean or 0.0, g.n)) if rest else None
    return KindContrast(best, other)


def _months(days: Sequence[DayStats]) -> tuple[MonthMood, ...]:
    moods: dict[int, list[int]] = {}
    for day in days:
        if day.mood is not None:
            moods.setdefault(day.day.month, []).append(day.mood)
    return tuple(
        MonthMood(month, len(values), sum(values) / len(values))
        for month, values in sorted(moods.items())
        if len(values) >= MIN_GROUP_DAYS
    )


def _latest(checkins: Iterable[CheckIn], start: dt.date, end: dt.date) -> tuple[LatestCheckIn, ...]:
    latest: dict[CheckInKind, CheckIn] = {}
    for item in checkins:
        if start <= item.day <= end:
            known = latest.get(item.kind)
            if known is None or item.day >= known.day:
                latest[item.kind] = item
    found = [LatestCheckIn(c.day, c.kind, score(c)) for c in latest.values()]
    return tuple(sorted(found, key=lambda c: (c.day, c.kind.value), reverse=True))


def period_insights(
    series: Sequence[DayStats],
    start: dt.date,
    end: dt.date,
    *,
    checkins: Iterable[CheckIn] = (),
    seed: int = 0,
    resamples: int = 1000,
) -> Insights:
    """The insight numbers of the days ``start`` to ``end`` of ``series``.

    Args:
        series: A day series covering the period (it may cover more, e.g. the whole year).
        start: The period's first day.
        end: Its last day; days of ``series`` after it (or before ``start``) are ignored.
        checkins: Check-ins around the period; those inside it are scored.
        seed: Seed of every bootstrap interval (the same numbers give the same interval).
        resamples: Bootstrap resamples of every interval.

    Raises:
        ValueError: No day of ``series`` falls in the period.
    """
    days = [d for d in series if start <= d.day <= end]
    if not days:
        raise ValueError("The period has no days.")
    summary = summarize(days, seed=seed, resamples=resamples)
    mood_days = sum(1 for d in days if d.mood is not None)
    enough = mood_days >= MIN_MOOD_DAYS
    return Insights(
        start=summary.start,
        end=summary.end,
        scope=scope_of(start, end),
        summary=summary,
        mood_days=mood_days,
        enough=enough,
        kinds=_kinds(summary.by_kind) if enough else None,
        months=_months(days),
        checkins=_latest(checkins, start, end),
        week=by_weekday(days),
        solitude=solitude(days, summary.longest),
    )
