"""Alone or lonely: isolated days split by the user's answer to "Company today"."""

from __future__ import annotations

import datetime as dt

import pytest

from diary.domain.company import Company, company_of
from diary.domain.insights import period_insights
from diary.domain.models import Day, Entry, Interaction, Mode, ValidationError
from diary.domain.solitude import (
    CompanyCount,
    count_company,
    lonely_days,
    solitude,
    streak_company,
)
from diary.domain.stats import MIN_GROUP_DAYS, Streak, day_series, longest_streak

START = dt.date(2026, 11, 1)


def series(*days: tuple[int, Company | None, bool]) -> list:  # type: ignore[type-arg]
    """Days of November: (day of month, answer, met someone for an hour)."""
    made = []
    for number, company, met in days:
        date = START.replace(day=number)
        contact = (Interaction(date, Mode.IN_PERSON, 60),) if met else ()
        made.append(Day(date, Entry(date, mood=5, company=company), contact))
    return day_series(made, START, dt.date(2026, 11, 30))


def test_an_entry_takes_an_answer_or_none_and_refuses_anything_else() -> None:
    assert Entry(START, company=Company.MORE).company is Company.MORE
    assert not Entry(START, company=Company.RIGHT).is_empty  # an answer alone is an entry
    assert Entry(START).company is None and Entry(START).is_empty
    with pytest.raises(ValidationError, match="more, right or less"):
        Entry(START, company="more")  # type: ignore[arg-type]
    assert company_of("less") is Company.LESS and company_of(None) is None
    with pytest.raises(ValueError):
        company_of("lots")


def test_the_answers_read_as_people_say_them() -> None:
    assert [c.label for c in Company] == ["I wanted more", "about right", "I wanted less"]
    assert [c.lonely for c in Company] == [True, False, False]


def test_a_streak_tells_its_lonely_days_from_chosen_solitude() -> None:
    days = series(
        (2, Company.MORE, False),
        (3, Company.LESS, False),
        (4, None, False),
        (5, Company.MORE, False),
        (6, Company.MORE, True),  # met someone: not isolated, so not lonely
        (8, Company.RIGHT, False),
    )
    longest = longest_streak(days)
    assert longest == Streak(dt.date(2026, 11, 2), dt.date(2026, 11, 5))
    assert streak_company(days, longest) == CompanyCount(more=2, right=0, less=1, unanswered=1)
    assert [d.day.day for d in lonely_days(days)] == [2, 5]
    split = solitude(days, longest)
    assert split.isolated == CompanyCount(more=2, right=1, less=1, unanswered=1)
    assert split.connected == CompanyCount(more=1)
    assert split.longest == streak_company(days, longest)
    assert split.isolated.chosen == 2 and split.isolated.answered == 4 and split.isolated.days == 5
    assert split.enough and split.asked


def test_unlogged_days_are_never_counted() -> None:
    days = series((2, Company.MORE, False))
    split = solitude(days, longest_streak(days))
    assert split.isolated.days == 1  # the 29 unlogged days are neither lonely nor chosen
    assert not split.enough  # one answer is below MIN_GROUP_DAYS


def test_enough_starts_at_min_group_days() -> None:
    answers = [(n, Company.LESS, False) for n in range(2, 2 + MIN_GROUP_DAYS * 2, 2)]
    assert solitude(series(*answers[:-1])).enough is False
    assert solitude(series(*answers)).enough is True


def test_without_answers_nothing_is_asked() -> None:
    split = solitude(series((2, None, False), (3, None, True)))
    assert not split.asked
    assert count_company([]) == CompanyCount()


def test_period_insights_carry_the_split_of_the_period_only() -> None:
    days = series((2, Company.MORE, False), (20, Company.LESS, False))
    insights = period_insights(days, START, dt.date(2026, 11, 10), resamples=10)
    assert insights.solitude is not None
    assert insights.solitude.isolated == CompanyCount(more=1)
    assert insights.solitude.longest == CompanyCount(more=1)
