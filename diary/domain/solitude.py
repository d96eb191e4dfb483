"""Alone or lonely: isolated days told apart by how much company the user wanted.

An isolated day (no meaningful contact) is not by itself a lonely one. When the user answered
"Company today", an isolated day with "I wanted more" was lonely and one with "about right" or
"I wanted less" was chosen solitude; an unanswered day is neither (like an unlogged day, a
missing answer is never guessed). The counts here are plain numbers with their n; below
``MIN_GROUP_DAYS`` answered isolated days the summary says so instead of a share.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from diary.domain.company import Company
from diary.domain.stats import MIN_GROUP_DAYS, DayStats, Streak


@dataclass(frozen=True)
class CompanyCount:
    """How many days had each answer to "Company today" (and how many had none).

    Attributes:
        more: Days the user wanted more company.
        right: Days it was about right.
        less: Days they wanted less.
        unanswered: Days without an answer.
    """

    more: int = 0
    right: int = 0
    less: int = 0
    unanswered: int = 0

    @property
    def answered(self) -> int:
        """Days with an answer."""
        return self.more + self.right + self.less

    @property
    def days(self) -> int:
        """Every day counted, answered or not."""
        return self.answered + self.unanswered

    @property
    def chosen(self) -> int:
        """Days the company was about right or more than wanted: on isolated days, solitude."""
        return self.right + self.less


def count_company(days: Iterable[DayStats]) -> CompanyCount:
    """Count the answers of ``days`` (each day once, whatever it is)."""
    found = {answer: 0 for answer in Company}
    unanswered = 0
    for day in days:
        if day.company is None:
            unanswered += 1
        else:
            found[day.company] += 1
    return CompanyCount(found[Company.MORE], found[Company.RIGHT], found[Company.LESS], unanswered)


def streak_company(series: Sequence[DayStats], streak: Streak) -> CompanyCount:
    """The answers on the days of one isolation streak of ``series``."""
    return count_company(d for d in series if streak.start <= d.day <= streak.end)


def lonely_days(series: Sequence[DayStats]) -> list[DayStats]:
    """The isolated days on which the user would have liked more company, in order."""
    return [d for d in series if d.isolated and d.company is Company.MORE]


@dataclass(frozen=True)
class Solitude:
    """A period's isolated days split into lonely and chosen ones, beside its connected days.

    Attributes:
        isolated: The answers on the period's isolated days.
        connected: The answers on its days with meaningful contact.
        longest: The answers on the days of its longest isolation streak; None without one.
    """

    isolated: CompanyCount
    connected: CompanyCount
    longest: CompanyCount | None

    @property
    def enough(self) -> bool:
        """Enough answered isolated days (``MIN_GROUP_DAYS``) to say how many were lonely."""
        return self.isolated.answered >= MIN_GROUP_DAYS

    @property
    def asked(self) -> bool:
        """Any day of the period has an answer (otherwise the summary keeps quiet about it)."""
        return self.isolated.answered + self.connected.answered > 0


def solitude(series: Sequence[DayStats], longest: Streak | None = None) -> Solitude:
    """The split of a period's days (``series``), with ``longest`` its longest streak."""
    return Solitude(
        isolated=count_company(d for d in series if d.isolated),
        connected=count_company(d for d in series if d.logged and d.meaningful),
        longest=streak_company(series, longest) if longest is not None else None,
    )
