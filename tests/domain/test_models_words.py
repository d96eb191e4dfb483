"""The domain's refusals carry a Problem, the Field and the numbers; words come when shown."""

from __future__ import annotations

import datetime as dt
import gettext
from io import BytesIO

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from diary import i18n
from diary.domain.models import (
    NOTE_MAX,
    CheckIn,
    CheckInKind,
    Entry,
    Field,
    Interaction,
    Mode,
    Person,
    Problem,
    ValidationError,
)

DAY = dt.date(2026, 11, 21)


def _german(
    translations: dict[str | tuple[str, str], str | tuple[str, str]],
    context: tuple[str, str, str] | None = None,
) -> gettext.GNUTranslations:
    catalog = Catalog(locale="de")
    for source, target in translations.items():
        catalog.add(source, target)
    if context is not None:
        catalog.add(context[1], context[2], context=context[0])
    buffer = BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def test_an_out_of_range_mood_carries_what_was_wrong() -> None:
    with pytest.raises(ValidationError) as caught:
        Entry(DAY, mood=12)
    error = caught.value
    assert error.code == Problem.OUT_OF_RANGE
    assert error.params == {"field": Field.MOOD, "low": 1, "high": 9, "value": "12"}
    assert str(error) == "Mood must be a whole number from 1 to 9, not 12."


def test_a_long_note_says_its_limit() -> None:
    with pytest.raises(ValidationError) as caught:
        Interaction(DAY, Mode.CALL, 10, ("Ana",), note="x" * (NOTE_MAX + 1))
    assert caught.value.code == Problem.TOO_LONG
    assert caught.value.params == {"field": Field.NOTE, "limit": NOTE_MAX}
    assert str(caught.value) == "A note can be at most 2,000 characters long."


def test_the_field_and_the_sentence_are_both_translated() -> None:
    german = _german(
        {"{field} cannot be empty.": "{field} darf nicht leer sein."},
        context=("field", "A circle's name", "Der Name eines Kreises"),
    )
    with pytest.raises(ValidationError) as caught:
        Person("Ana", circles=("  ",))
    with i18n.speaking("de", catalogue=german):
        assert str(caught.value) == "Der Name eines Kreises darf nicht leer sein."
    assert str(caught.value) == "A circle's name cannot be empty."


def test_the_answer_count_follows_the_languages_plural_forms() -> None:
    with pytest.raises(ValidationError) as caught:
        CheckIn(DAY, CheckInKind.UCLA3, (1, 2))
    assert caught.value.params == {"kind": "ucla3", "n": 3, "given": 2}
    assert str(caught.value) == "ucla3 needs exactly 3 answers, got 2."
    german = _german(
        {
            (
                "{kind} needs exactly {n} answer, got {given}.",
                "{kind} needs exactly {n} answers, got {given}.",
            ): (
                "{kind} braucht genau {n} Antwort, nicht {given}.",
                "{kind} braucht genau {n} Antworten, nicht {given}.",
            )
        }
    )
    with i18n.speaking("de", catalogue=german):
        assert str(caught.value) == "ucla3 braucht genau 3 Antworten, nicht 2."


def test_an_unknown_field_is_shown_as_given() -> None:
    error = ValidationError(code=Problem.EMPTY, field="Nickname")
    assert str(error) == "Nickname cannot be empty."
