"""Dates and numbers in the user's locale: Hearth's English kept, German, French, Spanish, US."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from diary import i18n, locale_format, messages
from diary.i18n import speaking

SATURDAY = dt.date(2026, 11, 21)
NOV = dt.date(2026, 11, 3), dt.date(2026, 11, 11)
FEB_MAR = dt.date(2026, 2, 27), dt.date(2026, 3, 2)
NEW_YEAR = dt.date(2025, 12, 28), dt.date(2026, 1, 3)


def test_hearths_own_english_is_kept() -> None:
    assert i18n.region() == "en_GB"
    assert locale_format.long_day(SATURDAY) == "Saturday 21 November 2026"
    assert locale_format.weekday_day(SATURDAY) == "Saturday 21 November"
    assert locale_format.short_day(SATURDAY) == "21 Nov"
    assert locale_format.short_day(SATURDAY, year=True) == "21 Nov 2026"
    assert locale_format.short_weekday_day(dt.date(2026, 11, 6)) == "Fri 6 Nov 2026"
    assert locale_format.day_span(*NOV) == "3–11 Nov"
    assert locale_format.day_span(*FEB_MAR) == "27 Feb – 2 Mar"
    assert locale_format.day_span(*NEW_YEAR, year=True) == "28 Dec 2025 – 3 Jan 2026"
    assert locale_format.day_span(SATURDAY, SATURDAY) == "21 Nov"
    assert locale_format.month_title(2026, 11) == "November 2026"
    assert locale_format.first_weekday() == 0
    assert locale_format.number(6.4, 1) == "6.4"
    assert locale_format.number(-0.214, 2) == "−0.21"
    assert locale_format.number(1234, 0) == "1,234"
    assert locale_format.percent(0.42) == "42%"


def test_german_days_months_and_numbers() -> None:
    with speaking("de", "de_DE"):
        assert locale_format.long_day(SATURDAY) == "Samstag, 21. November 2026"
        assert locale_format.weekday_day(SATURDAY) == "Samstag, 21. November"
        assert locale_format.short_day(dt.date(2026, 11, 27)) == "27. Nov."
        assert locale_format.short_day(dt.date(2026, 3, 27), year=True) == "27. März 2026"
        assert locale_format.day_span(*NOV) == "3.–11. Nov."
        assert locale_format.month_title(2026, 3) == "März 2026"
        assert locale_format.month_name(12) == "Dezember"
        assert locale_format.month_names()[2] == "Mär"
        assert locale_format.weekday_name(6) == "Sonntag"
        assert locale_format.weekday_name(0, "abbreviated") == "Mo"
        assert locale_format.first_weekday() == 0
        assert locale_format.number(6.4, 1) == "6,4"
        assert locale_format.number(-0.214, 2) == "−0,21"
        assert locale_format.number(1234.5, 1) == "1.234,5"
        assert locale_format.percent(0.42) == "42\N{NO-BREAK SPACE}%"
        assert messages.long_day(SATURDAY) == "Samstag, 21. November 2026"
        assert messages.short_day(SATURDAY, year=True) == "21. Nov. 2026"
    assert locale_format.long_day(SATURDAY) == "Saturday 21 November 2026"


def test_headings_start_with_a_capital_and_sentences_do_not() -> None:
    with speaking("fr", "fr_FR"):
        assert locale_format.long_day(SATURDAY) == "Samedi 21 novembre 2026"
        assert locale_format.month_year(2026, 11) == "novembre 2026"
        assert locale_format.month_title(2026, 11) == "Novembre 2026"
        assert locale_format.number(6.4, 1) == "6,4"
    with speaking("es", "es_ES"):
        assert locale_format.long_day(SATURDAY) == "Sábado, 21 de noviembre de 2026"
        assert locale_format.month_year(2026, 11) == "noviembre de 2026"
        assert locale_format.number(6.4, 1) == "6,4"


def test_us_weeks_start_on_sunday() -> None:
    with speaking("en", "en_US"):
        assert locale_format.first_weekday() == 6
        assert locale_format.week() == (6, 0, 1, 2, 3, 4, 5)
        assert locale_format.week_start(SATURDAY) == dt.date(2026, 11, 15)
        assert locale_format.week_start(dt.date(2026, 11, 15)) == dt.date(2026, 11, 15)
        assert locale_format.long_day(SATURDAY) == "Saturday, November 21, 2026"
        assert locale_format.short_day(SATURDAY) == "Nov 21"
    assert locale_format.week() == (0, 1, 2, 3, 4, 5, 6)
    assert locale_format.week_start(SATURDAY) == dt.date(2026, 11, 16)


def test_a_region_babel_does_not_know_falls_back_to_its_language_then_english() -> None:
    with speaking("de", "de_XX"):
        assert i18n.region() == "de_XX"
        assert locale_format.short_day(SATURDAY) == "21. Nov."
    with speaking("de", "xx_YY"):
        assert locale_format.long_day(SATURDAY) == "Saturday 21 November 2026"


@pytest.mark.parametrize("value", [6.45, 6.35, 2.25, -0.125, 0.05, 12.0, -3.0])
@pytest.mark.parametrize("places", [0, 1, 2])
def test_numbers_round_as_python_does(value: float, places: int) -> None:
    assert locale_format.number(value, places) == f"{value:.{places}f}".replace("-", "−")


def test_the_module_and_the_messages_load_without_babel() -> None:
    code = (
        "import sys, diary.locale_format, diary.messages\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'babel'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def test_hearths_own_english_long_day_is_babels_without_babel() -> None:
    """The heading written without Babel is CLDR's en_GB, house style, for every kind of day."""
    from babel.dates import format_date

    with speaking("en", "en_GB"):
        for offset in range(0, 3 * 366, 7):  # every weekday and month, years 2024 to 2027
            day = dt.date(2024, 1, 1) + dt.timedelta(days=offset + offset % 7)
            expected = format_date(day, locale_format._OWN_LONG_DAY, locale="en_GB")
            assert locale_format.long_day(day) == expected
    with speaking("en", "en_US"):  # another English is CLDR's own
        assert locale_format.long_day(dt.date(2026, 11, 21)) == "Saturday, November 21, 2026"
