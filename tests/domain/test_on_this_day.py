"""On this day: the same date in earlier years, logged ones only, newest first."""

from __future__ import annotations

import datetime as dt

from diary.domain.models import Day, Entry, Interaction, Mode
from diary.domain.on_this_day import SHOWN, memories, same_date_before, snippet

TODAY = dt.date(2026, 12, 3)


def test_the_same_date_in_each_earlier_year_and_29_february_only_in_leap_years():
    assert same_date_before(TODAY, 3) == [
        dt.date(2025, 12, 3),
        dt.date(2024, 12, 3),
        dt.date(2023, 12, 3),
    ]
    assert same_date_before(dt.date(2028, 2, 29), 8) == [dt.date(2024, 2, 29), dt.date(2020, 2, 29)]
    assert same_date_before(dt.date(2, 5, 1), 5) == [dt.date(1, 5, 1)]  # no year 0


def test_only_logged_days_are_memories_newest_first_at_most_a_few():
    days = [
        Day(dt.date(2025, 12, 3), None, ()),  # nothing logged a year ago
        Day(dt.date(2024, 12, 3), Entry(dt.date(2024, 12, 3), mood=7, text="Snow!"), ()),
        Day(
            dt.date(2023, 12, 3),
            None,
            (
                Interaction(dt.date(2023, 12, 3), Mode.CALL, 20, people=("Mum",)),
                Interaction(dt.date(2023, 12, 3), Mode.IN_PERSON, 60, people=("Sam", "Mum")),
            ),
        ),
        Day(dt.date(2024, 12, 4), Entry(dt.date(2024, 12, 4), mood=3), ()),  # another date
    ]
    found = memories(TODAY, days)
    assert [(m.day, m.years_ago) for m in found] == [
        (dt.date(2024, 12, 3), 2),
        (dt.date(2023, 12, 3), 3),
    ]
    assert found[0].mood == 7 and found[0].snippet == "Snow!" and found[0].people == ()
    assert found[1].mood is None and found[1].people == ("Mum", "Sam")  # once each, as logged
    many = [Day(d, Entry(d, mood=5), ()) for d in same_date_before(TODAY)]
    assert len(memories(TODAY, many)) == SHOWN


def test_a_snippet_is_one_line_cut_at_a_word():
    assert snippet("A  walk\n\nby the river.") == "A walk by the river."
    long = "word " * 100
    cut = snippet(long, 30)
    assert cut.endswith("…") and len(cut) <= 31 and "wor…" not in cut
    assert snippet("x" * 50, 10) == "x" * 10 + "…"  # one long word is cut where it must be
