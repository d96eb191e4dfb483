"""Which month and year a chart is about, and which days the caller must compute for it."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

_ONE_DAY = dt.timedelta(days=1)


class _Dated(Protocol):
    @property
    def day(self) -> dt.date: ...


D = TypeVar("D", bound=_Dated)


@dataclass(frozen=True)
class ChartContext:
    """The month a chart is drawn for (year panels use its year) and, optionally, today.

    Attributes:
        year: The calendar year, e.g. 2026.
        month: The month, 1 to 12.
        today: Days after it have not happened yet: they are left blank rather than drawn as
            unlogged, and a run of isolated days reaching it is the current one. None for a
            period wholly in the past.
    """

    year: int
    month: int
    today: dt.date | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999 or not 1 <= self.month <= 12:
            raise ValueError(f"No such month: {self.year}-{self.month:02d}.")

    @classmethod
    def of(cls, day: dt.date, today: dt.date | None = None) -> ChartContext:
        """The context of the month containing ``day``."""
        return cls(day.year, day.month, today)

    @property
    def month_start(self) -> dt.date:
        """The first day of the month."""
        return dt.date(self.year, self.month, 1)

    @property
    def month_end(self) -> dt.date:
        """The last day of the month."""
        return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    def month_span(self) -> tuple[dt.date, dt.date]:
        """First and last day of the month to compute, stopping at today.

        The end is before the start when the whole month is still to come.
        """
        return self.month_start, self._clip(self.month_end, self.month_start)

    def year_span(self) -> tuple[dt.date, dt.date]:
        """First and last day of the year to compute, stopping at today."""
        start = dt.date(self.year, 1, 1)
        return start, self._clip(dt.date(self.year, 12, 31), start)

    def _clip(self, end: dt.date, start: dt.date) -> dt.date:
        if self.today is None or self.today >= end:
            return end
        return max(self.today, start - _ONE_DAY)


def within(series: Sequence[D], span: tuple[dt.date, dt.date]) -> list[D]:
    """The items of ``series`` dated from the first to the last day of ``span``, in date order."""
    start, end = span
    return sorted((s for s in series if start <= s.day <= end), key=lambda s: s.day)
