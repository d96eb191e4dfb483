"""The closed sets' words for people follow the current language."""

from __future__ import annotations

import datetime as dt

import pytest
from fake_catalogue import catalogue

from diary import i18n
from diary.domain.evening import evening_of
from diary.domain.kinds import Mode
from diary.domain.models import ValidationError
from diary.domain.stats import ContactKind, Definition


def test_labels_in_english() -> None:
    assert [mode.label for mode in Mode] == ["in person", "video", "call", "text", "social media"]
    assert [kind.label for kind in ContactKind] == [
        "in person",
        "call or video",
        "text or social only",
        "no contact",
    ]


def test_labels_are_read_in_the_current_language() -> None:
    german = catalogue({
        ("how people connected", "in person"): "persönlich",
        ("how people connected", "text"): "Nachricht",
        ("kind of day", "no contact"): "kein Kontakt",
        "Meaningful depth must be a whole number from {low} to {high}, not {value}.":
            "Die Tiefe ist eine ganze Zahl von {low} bis {high}, nicht {value}.",
    })  # fmt: skip
    with i18n.speaking("de", "de_DE", german):
        assert (Mode.IN_PERSON.label, Mode.TEXT.label, Mode.CALL.label) == (
            "persönlich",
            "Nachricht",
            "call",  # not translated yet: English
        )
        assert ContactKind.NONE.label == "kein Kontakt"
        with pytest.raises(ValidationError, match="Die Tiefe ist eine ganze Zahl von 1 bis 5"):
            Definition(depth=6)
    assert Mode.IN_PERSON.label == "in person"


def test_the_hour_a_day_starts_is_checked() -> None:
    with pytest.raises(ValueError, match="from 0 to 23, not 24"):
        evening_of(dt.datetime(2026, 1, 1, 3), 24)
