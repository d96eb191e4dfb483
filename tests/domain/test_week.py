"""Your week: mood and meaningful contact by day of the week, with the honesty rules."""

from __future__ import annotations

import datetime as dt

from diary.domain.models import Day, Entry, Interaction, Mode
from diary.domain.stats import MIN_GROUP_DAYS, day_series
from diary.domain.week import (
    Weekday,
    by_weekday,
    long_enough_for_week,
    week_shape,
)

MONDAY = dt.date(2026, 11, 2)


def day(offset: int, mood: int | None, *, met: bool = False, text: bool = False) -> Day:
    date = MONDAY + dt.timedelta(days=offset)
    entry = Entry(date, mood=mood, text="a day" if text else "") if mood or text else None
    contacts = (Interaction(date, Mode.IN_PERSON, 30),) if met else ()
    return Day(date, entry, contacts)


def test_each_weekday_keeps_its_moods_logged_days_and_meaningful_days():
    days = [
        day(0, 4),  # Monday, alone
        day(7, 6, met=True),  # the next Monday, with company
        day(1, None, met=True),  # Tuesday: met someone, no mood written
        day(5, 8, met=True),  # Saturday
    ]  # everything else unlogged (missing data, counted nowhere)
    week = by_weekday(day_series(days, MONDAY, MONDAY + dt.timedelta(days=13)))
    assert [w.weekday for w in week] == list(range(7))
    monday, tuesday, *_, saturday, sunday = week
    assert (monday.moods, monday.logged, monday.meaningful) == ((4, 6), 2, 1)
    assert (tuesday.moods, tuesday.logged, tuesday.meaningful) == ((), 1, 1)
    assert (saturday.moods, saturday.logged, saturday.meaningful) == ((8,), 1, 1)
    assert (sunday.moods, sunday.logged, sunday.meaningful) == ((), 0, 0)


def test_no_mean_or_share_rests_on_fewer_than_the_minimum_of_days():
    short = Weekday(0, (9,) * (MIN_GROUP_DAYS - 1), MIN_GROUP_DAYS - 1, 1)
    assert short.mean is None and short.share is None
    enough = Weekday(0, (3, 5, 7), 4, 3)
    assert enough.mean == 5.0
    assert enough.share == 0.75


def test_the_shape_names_the_brightest_and_lowest_and_the_most_social_day():
    week = (
        Weekday(0, (3, 3, 4), 3, 0),
        Weekday(1, (5, 5, 5), 4, 1),
        Weekday(5, (8, 7, 8), 3, 3),
        Weekday(6, (9, 9), 2, 2),  # brighter, but on two days only: not compared
    )
    shape = week_shape(week)
    assert shape.brightest is not None and shape.brightest.weekday == 5
    assert shape.lowest is not None and shape.lowest.weekday == 0
    assert not shape.flat
    assert shape.most_social is not None and shape.most_social.weekday == 5


def test_a_flat_week_a_lonely_one_and_one_with_a_single_comparable_day():
    flat = week_shape((Weekday(0, (5, 5, 5), 3, 1), Weekday(1, (5, 5, 6), 3, 2)))
    assert flat.flat
    lonely = week_shape((Weekday(0, (5, 5, 5), 3, 0), Weekday(1, (5, 5, 6), 3, 0)))
    assert lonely.most_social is None  # no weekday is "most social" when none had company
    single = week_shape((Weekday(0, (5, 5, 5), 3, 1), Weekday(1, (5,), 1, 1)))
    assert single.brightest is None and single.lowest is None and single.most_social is None


def test_ties_go_to_the_weekday_with_more_days_then_the_earlier_one():
    week = (
        Weekday(2, (6, 6, 6), 3, 3),
        Weekday(3, (6, 6, 6, 6), 4, 4),
        Weekday(4, (2, 2, 2), 3, 3),
    )
    shape = week_shape(week)
    assert shape.brightest is not None and shape.brightest.weekday == 3
    assert shape.most_social is not None and shape.most_social.weekday == 3


def test_a_week_is_worth_speaking_of_from_eight_weeks():
    start = dt.date(2026, 1, 1)
    assert long_enough_for_week(start, start + dt.timedelta(days=55))  # 56 days
    assert not long_enough_for_week(start, start + dt.timedelta(days=54))
    assert not long_enough_for_week(start, dt.date(2026, 1, 31))
