"""Alone or lonely in words: the streaks lead, the numbers and ``diary stats --json``."""

from __future__ import annotations

import datetime as dt

import pytest

from diary.domain.company import Company
from diary.domain.insights import Insights, period_insights
from diary.domain.models import Day, Entry, Interaction, Mode
from diary.domain.stats import day_series
from diary.formats.summary import detail_lines, insights_to_dict, lead, lead_sentences

START, END = dt.date(2026, 11, 1), dt.date(2026, 11, 30)


def insights(*days: tuple[int, Company | None, bool]) -> Insights:
    """November with these days: (day of month, answer, met someone for an hour)."""
    made = []
    for number, company, met in days:
        date = START.replace(day=number)
        contact = (Interaction(date, Mode.IN_PERSON, 60),) if met else ()
        made.append(Day(date, Entry(date, mood=5, company=company), contact))
    return period_insights(day_series(made, START, END), START, END, resamples=10)


STREAK = "Your longest stretch without meaningful contact in November 2026 was"


def test_four_of_six_isolated_days_lonely_is_said_with_its_n() -> None:
    found = insights(
        *[(n, Company.MORE, False) for n in (2, 3, 4, 5)],
        (7, Company.RIGHT, False),
        (9, Company.LESS, False),
        (11, None, True),
    )
    sentence = lead(found, "streak")
    assert sentence.startswith(STREAK)
    assert sentence.endswith("On 4 of your 6 isolated days you would have liked more company.")
    assert sentence in lead_sentences(found)


def test_unanswered_isolated_days_are_left_out_of_the_share_and_said_so() -> None:
    found = insights(
        (2, Company.MORE, False),
        (4, Company.LESS, False),
        (6, Company.RIGHT, False),
        (8, None, False),
    )
    assert lead(found, "company") == (
        "Of the 3 isolated days you answered, on 1 you would have liked more company."
    )
    assert (
        "Company on isolated days: wanted more 1, about right 1, wanted less 1, no answer 1."
        in (detail_lines(found))
    )


@pytest.mark.parametrize(
    ("answers", "sentence"),
    [
        (1, "You said how much company you wanted on 1 isolated day: a few more answers"),
        (2, "You said how much company you wanted on 2 isolated days: a few more answers"),
    ],
)
def test_below_min_group_days_no_share_is_told(answers: int, sentence: str) -> None:
    found = insights(*[(2 * n + 2, Company.MORE, False) for n in range(answers)], (20, None, False))
    assert lead(found, "company").startswith(sentence)
    assert "would have liked" not in lead(found, "streak")


def test_chosen_solitude_is_said_warmly() -> None:
    found = insights(*[(n, Company.LESS, False) for n in (2, 4, 6)])
    assert lead(found, "company") == (
        "You wished for more company on none of the 3 isolated days you answered: time alone, "
        "not loneliness."
    )


def test_nothing_is_said_while_no_day_has_an_answer() -> None:
    found = insights((2, None, False), (3, None, True))
    assert lead(found, "streak").startswith(STREAK) and "company" not in lead(found, "streak")
    assert not any("ompany" in line for line in detail_lines(found))
    assert lead(found, "company") == "In November 2026 no day has an answer to “Company today” yet."


def test_answers_on_connected_days_and_in_the_longest_streak_are_in_the_numbers() -> None:
    found = insights((2, Company.MORE, False), (3, Company.RIGHT, False), (10, Company.LESS, True))
    lines = detail_lines(found)
    assert (
        "In your longest isolation streak you said you wanted more company on 1 of its 2 days."
        in (lines)
    )
    assert (
        "Company on days with meaningful contact: wanted more 0, about right 0, wanted less 1."
        in (lines)
    )


def test_stats_json_carries_the_counts() -> None:
    found = insights((2, Company.MORE, False), (3, None, False), (10, Company.RIGHT, True))
    data = insights_to_dict(found)
    assert data["company"] == {
        "isolated": {"more": 1, "right": 0, "less": 0, "unanswered": 1},
        "connected": {"more": 0, "right": 1, "less": 0, "unanswered": 0},
        "longest_streak": {"more": 1, "right": 0, "less": 0, "unanswered": 1},
        "enough": False,
    }


def test_with_enough_mood_days_the_counts_come_before_the_not_a_cause_line() -> None:
    days = [(n, Company.MORE if n % 2 else None, n % 3 == 0) for n in range(1, 21)]
    lines = detail_lines(insights(*days))
    company = next(i for i, line in enumerate(lines) if line.startswith("Company on isolated"))
    assert lines[-1] == "These numbers show which days went together, not what caused what."
    assert company < len(lines) - 1
