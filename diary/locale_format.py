"""Dates and numbers as the user's locale writes them, from CLDR (through Babel).

Every function formats in ``diary.i18n.region()`` (a Babel locale such as "en_GB", "de_DE"
or "fr_CA"), so a German diary says "Samstag, 21. November 2026", "21. Nov." and "6,4", and
its calendars start the week on the locale's first day. Hearth's own English is British
English with one house style kept where CLDR would add a comma: "Saturday 21 November 2026".

Babel is imported inside the functions, when a date or number is first written: the command
line's start-up (and the unlock window's) stays free of it. The parsed locale is kept per
region. Not for ``diary.domain`` or ``diary.storage`` (an import-linter contract says so):
they hand dates and numbers up, and the layer that shows them writes them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from diary import i18n

if TYPE_CHECKING:
    from babel import Locale

Width = Literal["wide", "abbreviated", "short", "narrow"]
"""How long a month or weekday name is: "Saturday", "Sat", "Sa", "S" (CLDR's widths)."""

MINUS = "\N{MINUS SIGN}"
"""The typographic minus Hearth writes in every locale: "−0.21", not "-0.21"."""

_OWN_ENGLISH = "en_GB"
_OWN_LONG_DAY = "EEEE d MMMM y"  # CLDR's en_GB full date is "EEEE, d MMMM y"


@lru_cache(maxsize=8)
def _parsed(region: str) -> Locale:
    from babel import Locale, UnknownLocaleError

    for tag in (region, region.split("_")[0], _OWN_ENGLISH):
        try:
            return Locale.parse(tag)
        except (UnknownLocaleError, ValueError):
            continue
    raise AssertionError("Babel has no en_GB")  # pragma: no cover - Babel ships it


def locale() -> Locale:
    """The Babel locale dates and numbers are written in now."""
    return _parsed(i18n.region())


def _own_english() -> bool:
    return str(locale()) == _OWN_ENGLISH


_TEXT_FIELDS = re.compile(r"E+|c{3,}|M{3,}|L{3,}")  # names, not numbers (E is always one)
_GROUP = {"E": "weekday", "c": "weekday", "M": "month", "L": "month"}


@lru_cache(maxsize=64)
def _pattern(region: str, skeleton: str) -> str:
    """The locale's pattern for a skeleton, its names as long as the skeleton asks.

    CLDR's matching says to stretch the fields of the nearest pattern to the requested widths
    ("EEEE" for a full weekday); Babel's ``format_skeleton`` leaves them, so German would say
    "Sa., 21. November" for "MMMMEEEEd". Quoted literals ("'de'") are kept as they are.
    """
    from babel.dates import match_skeleton

    skeletons = _parsed(region).datetime_skeletons
    found = skeleton if skeleton in skeletons else match_skeleton(skeleton, skeletons)
    pattern = skeleton if found is None else str(skeletons[found].pattern)
    widths = {_GROUP[run[0]]: len(run) for run in _TEXT_FIELDS.findall(skeleton)}

    def stretch(field: re.Match[str]) -> str:
        letter = field.group(0)[0]
        return letter * widths.get(_GROUP[letter], len(field.group(0)))

    pieces = re.split(r"('[^']*')", pattern)
    return "".join(
        piece if index % 2 else _TEXT_FIELDS.sub(stretch, piece)
        for index, piece in enumerate(pieces)
    )


def _skeleton(skeleton: str, day: dt.date) -> str:
    from babel.dates import format_date

    return str(format_date(day, _pattern(i18n.region(), skeleton), locale=locale()))


def capitalised(words: str) -> str:
    """``words`` with a capital first letter, for a heading: "samedi…" -> "Samedi…"."""
    return words[:1].upper() + words[1:]


# Days ---------------------------------------------------------------------------------------------


_ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ENGLISH_MONTHS = (
    *("January", "February", "March", "April", "May", "June", "July"),
    *("August", "September", "October", "November", "December"),
)


def long_day(day: dt.date) -> str:
    """A day in full, for a heading: "Saturday 21 November 2026", "Samstag, 21. November 2026".

    Capitalised, as a heading starts ("Samedi 21 novembre 2026"). Hearth's own English is
    written without Babel (CLDR's en_GB names, tested to be the same): ``diary show``'s heading
    would otherwise load Babel and its locale data, a third of the command's own time.
    """
    if i18n.region() == _OWN_ENGLISH:
        weekday, month = _ENGLISH_WEEKDAYS[day.weekday()], _ENGLISH_MONTHS[day.month - 1]
        return f"{weekday} {day.day} {month} {day.year}"
    from babel.dates import format_date

    pattern = _OWN_LONG_DAY if _own_english() else "full"
    return capitalised(format_date(day, pattern, locale=locale()))


def weekday_day(day: dt.date) -> str:
    """A day with its weekday, without the year: "Friday 20 November", "Freitag, 20. November"."""
    return capitalised(_skeleton("MMMMEEEEd", day))


def short_day(day: dt.date, *, year: bool = False) -> str:
    """A day in a sentence: "27 Nov" ("27. Nov."), or "27 Nov 2026" with ``year``."""
    return _skeleton("yMMMd" if year else "MMMd", day)


def short_weekday_day(day: dt.date, *, year: bool = True) -> str:
    """A day, short, with its weekday: "Fri 20 Nov 2026" ("Fr., 20. Nov. 2026")."""
    if _own_english():  # CLDR puts a comma after the weekday: "Fri, 20 Nov 2026"
        return f"{weekday_name(day.weekday(), 'abbreviated')} {short_day(day, year=year)}"
    return _skeleton("yMMMEd" if year else "MMMEd", day)


def day_span(start: dt.date, end: dt.date, *, year: bool = False) -> str:
    """A run of days, as short as stays clear: "3 Nov", "3–11 Nov", "28 Feb – 3 Mar".

    In German "3.–11. Nov." and "28. Feb. – 3. März"; with ``year`` every end has its year.
    """
    if start == end:
        return short_day(start, year=year)
    from babel.dates import format_interval

    skeleton = "yMMMd" if year else "MMMd"
    written = format_interval(start, end, skeleton, locale=locale())
    if _own_english():  # Hearth's English: "3–11 Nov", "28 Feb – 3 Mar" (CLDR: thin spaces)
        same_month = (start.year, start.month) == (end.year, end.month)
        return written.replace("\N{THIN SPACE}", "" if same_month else " ")
    return written


# Months and weekdays -----------------------------------------------------------------------------


def month_name(month: int, width: Width = "wide", *, standalone: bool = True) -> str:
    """The name of ``month`` (1 to 12): "November", "Nov"; German "November", "Nov".

    Stand-alone names are for labels and lists (an axis, a heading without a day); the
    format form is the one inside a date, which differs in some languages.
    """
    context = "stand-alone" if standalone else "format"
    return str(locale().months[context][width][month])


def month_names(width: Width = "abbreviated") -> tuple[str, ...]:
    """The twelve stand-alone month names, January first, e.g. for a year's axis."""
    return tuple(month_name(month, width) for month in range(1, 13))


def month_year(year: int, month: int) -> str:
    """A month of a year in a sentence: "November 2026", "noviembre de 2026"."""
    return _skeleton("yMMMM", dt.date(year, month, 1))


def month_title(year: int, month: int) -> str:
    """A month of a year as a heading: "November 2026", "Novembre 2026"."""
    return capitalised(month_year(year, month))


def weekday_name(weekday: int, width: Width = "wide", *, standalone: bool = True) -> str:
    """The name of a weekday, 0 = Monday to 6 = Sunday: "Saturday", "Sat", "Sa", "S"."""
    context = "stand-alone" if standalone else "format"
    return str(locale().days[context][width][weekday])


def first_weekday() -> int:
    """The day the locale's weeks start on, 0 = Monday to 6 = Sunday (en_US: 6)."""
    return int(locale().first_week_day)


def week() -> tuple[int, ...]:
    """The seven weekdays (0 = Monday) in the locale's order: Sunday first in the US."""
    first = first_weekday()
    return tuple((first + offset) % 7 for offset in range(7))


def week_start(day: dt.date) -> dt.date:
    """The first day of the locale's week that holds ``day``."""
    return day - dt.timedelta(days=(day.weekday() - first_weekday()) % 7)


def joined(parts: Sequence[str]) -> str:
    """Items joined by the language's own rule (CLDR's): "a, b and c", "a, b und c", "a, b et c"."""
    from babel.lists import format_list

    return str(format_list(list(parts), locale=locale())) if parts else ""


# Numbers -----------------------------------------------------------------------------------------


def _apply(kind: Literal["decimal", "percent"], value: str, places: int) -> str:
    from copy import copy
    from decimal import Decimal

    here = locale()
    formats = here.decimal_formats if kind == "decimal" else here.percent_formats
    pattern = copy(formats[None])
    pattern.frac_prec = (places, places)
    return str(pattern.apply(Decimal(value), here)).replace("-", MINUS)


def number(value: float, places: int = 0) -> str:
    """A number with ``places`` decimals: "6.4", German "6,4"; grouped: "1,234", "1.234".

    Rounded as Python rounds (``f"{value:.1f}"``); a negative number takes the typographic
    minus: "−0.21".
    """
    return _apply("decimal", f"{value:.{places}f}", places)


def percent(fraction: float, places: int = 0) -> str:
    """A share as a percentage: 0.42 -> "42%", German and French "42 %"."""
    return _apply("percent", f"{fraction * 100:.{places}f}e-2", places)
