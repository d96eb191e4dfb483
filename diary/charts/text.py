"""Dates and numbers written the same way in every chart and table."""

from __future__ import annotations

import datetime as dt

from diary import messages

MINUS = "\N{MINUS SIGN}"


def month_name(month: int) -> str:
    """The full name of a month, 1 to 12."""
    return messages.CHART_MONTH_NAMES[month - 1]


def month_title(year: int, month: int) -> str:
    """A month and year, e.g. "November 2026"."""
    return messages.CHART_MONTH_YEAR.format(month=month_name(month), year=year)


def day_month(day: dt.date) -> str:
    """A short date without the year, e.g. "3 Nov"."""
    return messages.CHART_DAY_MONTH.format(
        day=day.day, month=messages.CHART_MONTHS_SHORT[day.month - 1]
    )


def iso(day: dt.date) -> str:
    """A date for tables: unambiguous and sortable."""
    return day.isoformat()


def number(value: float, places: int = 2) -> str:
    """A number with a typographic minus sign, e.g. "−0.21"."""
    return f"{value:.{places}f}".replace("-", MINUS)


def optional(value: int | float | None, places: int = 0) -> str:
    """A table cell: the number, or a dash when there is none."""
    if value is None:
        return messages.CHART_NO_VALUE
    return number(value, places)


def days(count: int) -> str:
    """A count of days in words: "1 day", "4 days"."""
    return (messages.CHART_ONE_DAY if count == 1 else messages.CHART_N_DAYS).format(n=count)


def span(start: dt.date, end: dt.date) -> str:
    """A run of dates, as short as stays clear: "3 Nov", "3–11 Nov", "28 Feb – 3 Mar"."""
    if start == end:
        return day_month(start)
    if (start.year, start.month) == (end.year, end.month):
        return messages.CHART_SPAN_SAME_MONTH.format(first=start.day, last=day_month(end))
    return messages.CHART_SPAN.format(first=day_month(start), last=day_month(end))
