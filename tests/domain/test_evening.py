"""The evening a moment belongs to, and the word count shown under the free text."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diary.domain.evening import evening_of, word_count

SATURDAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(
    ("clock", "expected"),
    [
        (dt.datetime(2026, 11, 22, 0, 0), SATURDAY),
        (dt.datetime(2026, 11, 22, 2, 0), SATURDAY),
        (dt.datetime(2026, 11, 22, 3, 59, 59), SATURDAY),
        (dt.datetime(2026, 11, 22, 4, 0), dt.date(2026, 11, 22)),
        (dt.datetime(2026, 11, 21, 23, 59), SATURDAY),
        (dt.datetime(2026, 11, 21, 12, 0), SATURDAY),
    ],
)
def test_until_four_it_is_still_the_previous_evening(clock: dt.datetime, expected: dt.date) -> None:
    assert evening_of(clock, 4) == expected


def test_the_hour_is_configurable() -> None:
    two_am = dt.datetime(2026, 11, 22, 2, 30)
    assert evening_of(two_am, 0) == dt.date(2026, 11, 22)
    assert evening_of(two_am, 2) == dt.date(2026, 11, 22)
    assert evening_of(two_am, 3) == SATURDAY


def test_crosses_months_and_years() -> None:
    assert evening_of(dt.datetime(2027, 1, 1, 1, 0), 4) == dt.date(2026, 12, 31)
    assert evening_of(dt.datetime(2028, 3, 1, 3, 0), 4) == dt.date(2028, 2, 29)


@pytest.mark.parametrize("hour", [-1, 24, 4.0, True, "4"])
def test_refuses_impossible_hours(hour: object) -> None:
    with pytest.raises(ValueError, match="from 0 to 23"):
        evening_of(dt.datetime(2026, 11, 22, 2, 0), hour)  # type: ignore[arg-type]


@given(st.datetimes(), st.integers(min_value=0, max_value=23))
def test_is_the_date_of_the_moment_shifted_back_by_the_hour(now: dt.datetime, hour: int) -> None:
    try:
        shifted = (now - dt.timedelta(hours=hour)).date()
    except OverflowError:
        return
    assert evening_of(now, hour) == shifted


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("", 0),
        ("   \n\t ", 0),
        ("one", 1),
        ("Met Ana for coffee.", 4),
        ("  spaced\n\nout   words  ", 3),
        ("well — it was fine …", 4),
        ("don't over-think it", 3),
        ("tired 😴", 1),
        ("café naïve 2026", 3),
    ],
)
def test_word_count(text: str, count: int) -> None:
    assert word_count(text) == count
