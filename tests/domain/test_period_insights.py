"""period_insights: the one rule behind the Insights page's sentences and ``diary stats``."""

from __future__ import annotations

import datetime as dt

import pytest

from diary.domain.insights import (
    MIN_GROUP_DAYS,
    Scope,
    period_insights,
    scope_of,
)
from diary.domain.models import CheckIn, CheckInKind, Day, Entry, Interaction, Mode
from diary.domain.stats import MIN_MOOD_DAYS, ContactKind, day_series, summarize

START = dt.date(2026, 11, 1)


def day(n: int, mood: int | None, mode: Mode | None = None, minutes: int = 30) -> Day:
    date = START + dt.timedelta(days=n - 1)
    entry = Entry(date, mood=mood) if mood is not None else None
    contacts = (Interaction(date, mode, minutes),) if mode is not None else ()
    return Day(date, entry, contacts)


def series(days: list[Day], end: int = 30):
    return day_series(days, START, START + dt.timedelta(days=end - 1))


def test_the_scope_names_a_month_a_year_or_any_period() -> None:
    assert scope_of(START, dt.date(2026, 11, 30)) is Scope.MONTH
    assert scope_of(START, dt.date(2026, 11, 21)) is Scope.MONTH  # this month, up to today
    assert scope_of(dt.date(2026, 1, 1), dt.date(2026, 11, 21)) is Scope.YEAR
    assert scope_of(dt.date(2026, 1, 1), dt.date(2026, 12, 31)) is Scope.YEAR
    assert scope_of(dt.date(2026, 1, 1), dt.date(2026, 1, 31)) is Scope.MONTH
    assert scope_of(dt.date(2026, 11, 3), dt.date(2026, 11, 20)) is Scope.PERIOD
    assert scope_of(dt.date(2025, 1, 1), dt.date(2026, 11, 20)) is Scope.PERIOD


def test_only_the_periods_days_are_summarised_exactly_as_summarize_does() -> None:
    days = [day(n, 5 + n % 3, Mode.IN_PERSON if n % 2 else None) for n in range(1, 31)]
    whole = series(days)
    insights = period_insights(whole, dt.date(2026, 11, 5), dt.date(2026, 11, 20))
    part = [d for d in whole if dt.date(2026, 11, 5) <= d.day <= dt.date(2026, 11, 20)]
    assert insights.summary == summarize(part)
    assert (insights.start, insights.end) == (dt.date(2026, 11, 5), dt.date(2026, 11, 20))
    assert insights.mood_days == 16 and insights.enough


def test_below_eight_mood_days_there_is_no_comparison() -> None:
    few = [day(n, 7, Mode.IN_PERSON) for n in range(1, MIN_MOOD_DAYS)]
    few += [day(n, 3) for n in range(10, 14)]
    insights = period_insights(series(few[: MIN_MOOD_DAYS - 1]), START, dt.date(2026, 11, 30))
    assert insights.mood_days == MIN_MOOD_DAYS - 1 and not insights.enough
    assert insights.kinds is None and insights.summary.gap is None
    enough = period_insights(series(few), START, dt.date(2026, 11, 30))
    assert enough.enough and enough.kinds is not None


def test_the_best_kind_of_contact_is_compared_with_days_without_any() -> None:
    days = [day(n, 8, Mode.IN_PERSON) for n in range(1, 5)]
    days += [day(n, 6, Mode.CALL) for n in range(5, 9)]
    days += [day(n, 4) for n in range(9, 13)]
    kinds = period_insights(series(days), START, dt.date(2026, 11, 30)).kinds
    assert kinds is not None and kinds.other is not None
    assert kinds.best.kind is ContactKind.IN_PERSON and kinds.best.mean == 8
    assert kinds.other.kind is ContactKind.NONE and kinds.other.mean == 4


def test_without_enough_lonely_days_the_next_kind_is_the_comparison() -> None:
    days = [day(n, 5, Mode.IN_PERSON) for n in range(1, 6)]
    days += [day(n, 7, Mode.VIDEO) for n in range(6, 11)]
    days += [day(n, 2) for n in range(11, 11 + MIN_GROUP_DAYS - 1)]  # too few to compare
    kinds = period_insights(series(days), START, dt.date(2026, 11, 30)).kinds
    assert kinds is not None and kinds.other is not None
    assert kinds.best.kind is ContactKind.CALL_OR_VIDEO
    assert kinds.other.kind is ContactKind.IN_PERSON


def test_one_kind_alone_has_nothing_to_compare_with() -> None:
    days = [day(n, 6, Mode.IN_PERSON) for n in range(1, 11)]
    kinds = period_insights(series(days), START, dt.date(2026, 11, 30)).kinds
    assert kinds is not None and kinds.other is None


def test_the_brightest_month_needs_two_months_with_enough_days() -> None:
    jan = dt.date(2026, 1, 1)
    days = [
        Day(jan + dt.timedelta(days=i), Entry(jan + dt.timedelta(days=i), mood=4), ())
        for i in range(5)
    ]
    feb = dt.date(2026, 2, 1)
    days += [
        Day(feb + dt.timedelta(days=i), Entry(feb + dt.timedelta(days=i), mood=7), ())
        for i in range(5)
    ]
    mar = dt.date(2026, 3, 1)
    days += [Day(mar, Entry(mar, mood=9), ())]  # one day: not a month to compare
    year = day_series(days, jan, dt.date(2026, 3, 31))
    insights = period_insights(year, jan, dt.date(2026, 3, 31))
    assert insights.scope is Scope.YEAR
    assert [m.month for m in insights.months] == [1, 2]
    assert insights.brightest is not None and insights.brightest.month == 2
    only_january = period_insights(year, jan, dt.date(2026, 1, 31))
    assert only_january.brightest is None


def test_the_latest_check_in_of_each_kind_in_the_period() -> None:
    checkins = [
        CheckIn(dt.date(2026, 11, 3), CheckInKind.WHO5, (3, 3, 3, 3, 3)),
        CheckIn(dt.date(2026, 11, 10), CheckInKind.WHO5, (5, 5, 5, 5, 5)),
        CheckIn(dt.date(2026, 11, 5), CheckInKind.UCLA3, (2, 2, 2)),
        CheckIn(dt.date(2026, 12, 5), CheckInKind.UCLA3, (3, 3, 3)),  # after the period
    ]
    insights = period_insights(series([day(1, 5)]), START, dt.date(2026, 11, 30), checkins=checkins)
    assert [(c.day.day, c.kind) for c in insights.checkins] == [
        (10, CheckInKind.WHO5),
        (5, CheckInKind.UCLA3),
    ]
    assert insights.checkins[0].score.percent == 100 and insights.checkins[1].score.raw == 6


def test_a_period_without_days_is_refused() -> None:
    with pytest.raises(ValueError, match="no days"):
        period_insights(series([day(1, 5)]), dt.date(2027, 1, 1), dt.date(2027, 1, 31))
