"""On this day: the same date in earlier years, when the diary holds something from it.

Day One's most loved feature, kept quiet: one card on Today with the day a year ago (and earlier
years), never more than a few, each only if it was logged. 29 February looks back to the
29 Februaries only, so a memory is always of the very date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from diary.domain.models import Day

YEARS_BACK = 10
"""How far back the card looks."""
SHOWN = 3
"""At most this many years are shown, the most recent first."""
SNIPPET = 180
"""Characters of a day's text shown on the card (cut at a word, with an ellipsis)."""


def same_date_before(today: dt.date, years: int = YEARS_BACK) -> list[dt.date]:
    """The dates ``1 … years`` years before ``today`` that exist, the most recent first."""
    found = []
    for back in range(1, years + 1):
        year = today.year - back
        if year < dt.MINYEAR:
            break
        try:
            found.append(today.replace(year=year))
        except ValueError:  # 29 February in a year without one
            continue
    return found


@dataclass(frozen=True)
class Memory:
    """One earlier year's day, as the card shows it.

    Attributes:
        day: The date.
        years_ago: How many years before today.
        mood: Its mood (1-9), if written.
        people: Everyone met or contacted that day, in the order logged, once each.
        snippet: The start of its text, cut at a word ("" when it has none).
    """

    day: dt.date
    years_ago: int
    mood: int | None
    people: tuple[str, ...]
    snippet: str


def snippet(text: str, limit: int = SNIPPET) -> str:
    """The start of ``text`` on one line, cut at a word before ``limit`` with an ellipsis."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0] if " " in flat[:limit] else flat[:limit]
    return cut.rstrip(",;:.-–— ") + "…"


def memories(today: dt.date, days: Iterable[Day], shown: int = SHOWN) -> tuple[Memory, ...]:
    """The logged days among ``days`` that fall on today's date in earlier years, newest first."""
    wanted = {day: today.year - day.year for day in same_date_before(today)}
    found = []
    for day in sorted(days, key=lambda d: d.day, reverse=True):
        if day.day not in wanted or not day.logged:
            continue
        people: dict[str, None] = {}
        for contact in day.interactions:
            people.update(dict.fromkeys(contact.people))
        entry = day.entry
        found.append(
            Memory(
                day=day.day,
                years_ago=wanted[day.day],
                mood=entry.mood if entry is not None else None,
                people=tuple(people),
                snippet=snippet(entry.text) if entry is not None else "",
            )
        )
    return tuple(found[:shown])
