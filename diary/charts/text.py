"""Dates and numbers written the same way in every chart and table, in the user's locale."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from diary import locale_format, messages

if TYPE_CHECKING:
    from matplotlib.axis import Axis

MINUS = locale_format.MINUS


def month_name(month: int) -> str:
    """The full name of a month, 1 to 12 ("November", "März")."""
    return locale_format.month_name(month)


def month_names() -> tuple[str, ...]:
    """The twelve short month names for a year's axis: "Jan" … "Dec", "Jan" … "Dez"."""
    return locale_format.month_names("abbreviated")


def weekday_names() -> tuple[str, ...]:
    """The seven short weekday names, Monday first: "Mon" … "Sun", "Mo" … "So"."""
    return tuple(locale_format.weekday_name(day, "abbreviated") for day in range(7))


def month_title(year: int, month: int) -> str:
    """A month and year, e.g. "November 2026" ("noviembre de 2026" inside a sentence)."""
    return locale_format.month_year(year, month)


def month_heading(year: int, month: int) -> str:
    """A month and year standing alone, as a title or an axis label: "Noviembre de 2026"."""
    return locale_format.month_title(year, month)


def day_month(day: dt.date) -> str:
    """A short date without the year, e.g. "3 Nov" ("3. Nov.")."""
    return locale_format.short_day(day)


def iso(day: dt.date) -> str:
    """A date for tables: unambiguous and sortable."""
    return day.isoformat()


def number(value: float, places: int = 2) -> str:
    """A number with a typographic minus sign, e.g. "−0.21" ("−0,21")."""
    return locale_format.number(value, places)


def optional(value: int | float | None, places: int = 0) -> str:
    """A table cell: the number, or a dash when there is none."""
    if value is None:
        return messages.CHART_NO_VALUE
    return number(value, places)


def tick(value: float, _position: int | None = None) -> str:
    """An axis tick's number in the locale: "40", "2.5" ("2,5"), "1,200" ("1.200")."""
    places = 0 if float(value).is_integer() else 1
    return number(value, places)


def locale_ticks(*axes: Axis) -> None:
    """Write the tick numbers of ``axes`` as the locale writes numbers."""
    from matplotlib.ticker import FuncFormatter

    for axis in axes:
        axis.set_major_formatter(FuncFormatter(tick))


def days(count: int) -> str:
    """A count of days in words: "1 day", "4 days"."""
    return (messages.CHART_ONE_DAY if count == 1 else messages.CHART_N_DAYS).format(n=count)


def span(start: dt.date, end: dt.date) -> str:
    """A run of dates, as short as stays clear: "3 Nov", "3–11 Nov", "28 Feb – 3 Mar"."""
    return locale_format.day_span(start, end)
