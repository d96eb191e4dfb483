"""The terminal's lines in the current language: words through the catalogue, lists by CLDR."""

from __future__ import annotations

import datetime as dt
import gettext
from collections.abc import Iterator
from io import BytesIO

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from diary import i18n
from diary.domain.models import Day, Entry, Initiator, Interaction, Mode
from diary.formats import terminal

DAY = dt.date(2026, 11, 21)


@pytest.fixture
def english_again() -> Iterator[None]:
    yield
    i18n.install("en")


def test_counts_are_listed_the_english_way() -> None:
    words = terminal.counts_words({"entries": 3, "interactions": 0, "people": 1, "circles": 2})
    assert words == "3 entries, 1 person and 2 circles"
    assert terminal.counts_words({"entries": 0}) == "nothing"


def test_counts_are_listed_by_the_regions_own_rule(english_again: None) -> None:
    i18n.install("de", "de_DE")
    assert " und " in terminal.counts_words({"entries": 3, "people": 1})
    i18n.install("fr", "fr_FR")
    assert " et " in terminal.counts_words({"entries": 3, "people": 1})


def test_a_day_is_told_in_the_language_of_the_moment() -> None:
    catalog = Catalog(locale="de")
    catalog.add("Feelings: {feelings}", "Gefühle: {feelings}")
    catalog.add("Connected:", "Verbunden:")
    catalog.add("started by them", "sie haben sich gemeldet")
    buffer = BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    day = Day(
        DAY,
        Entry(DAY, mood=6, feelings=("calm",)),
        (Interaction(DAY, Mode.CALL, 20, ("Ana",), initiated=Initiator.THEM),),
    )
    english = terminal.day_lines(day)
    assert "Feelings: calm" in english and "Mood 6/9" in english
    with i18n.speaking("de", catalogue=gettext.GNUTranslations(buffer)):
        lines = terminal.day_lines(day)
    assert "Gefühle: calm" in lines and "Verbunden:" in lines
    assert lines[-1].endswith("sie haben sich gemeldet")
    assert terminal.day_lines(day) == english


def test_a_day_without_contacts_says_so() -> None:
    line = terminal.day_summary_line(Day(DAY, Entry(DAY, mood=4), ()))
    assert line.startswith("2026-11-21 Sat  mood 4") and "no contacts" in line
