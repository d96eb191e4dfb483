"""Hearth's own JSON export (the backup payload): every record back with its uid."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diary.domain.models import (
    CheckIn,
    CheckInKind,
    Circle,
    Entry,
    Gratitude,
    Interaction,
    Mode,
    Person,
    Records,
)
from diary.formats import payload
from diary.formats.importers import ImportFailed, ImportOptions, hearth

WHEN = dt.datetime(2026, 4, 2, 20, 0, tzinfo=dt.UTC)
RECORDS = Records(
    circles=(Circle("Choir", cadence_days=7),),
    people=(Person("Ana", circles=("Choir",), inner=True),),
    entries=(
        Entry(
            dt.date(2026, 4, 1),
            mood=6,
            feelings=("calm",),
            gratitude=(Gratitude("Singing", "Ana"),),
            text="Choir night.",
        ),
    ),
    interactions=(
        Interaction(dt.date(2026, 4, 1), Mode.IN_PERSON, 90, ("Ana",), 4, None, "Choir"),
    ),
    checkins=(CheckIn(dt.date(2026, 4, 1), CheckInKind.UCLA3, (1, 2, 1)),),
)
EXPORT = payload.dump(RECORDS, exported_at=WHEN, app_version="0.1.0")


def test_an_export_reads_back_exactly() -> None:
    found = hearth.parse(EXPORT, ImportOptions())
    assert found.records == RECORDS and found.skipped == []


@pytest.mark.parametrize(
    "data, words",
    [
        (b"{}", "not a valid Hearth JSON export (format: expected 'hearth-diary')"),
        (b"not json", "not valid JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (EXPORT.replace(b'"mood":6', b'"mood":12'), "entries[0]: Mood must be a whole number"),
    ],
)
def test_invalid_exports_are_refused_with_the_reason(data: bytes, words: str) -> None:
    with pytest.raises(ImportFailed) as error:
        hearth.parse(data, ImportOptions())
    assert words in str(error.value) and "decrypted" not in str(error.value)
    assert str(error.value).endswith("Nothing was imported.")


def test_an_export_of_a_newer_hearth_is_refused() -> None:
    newer = json.loads(EXPORT) | {"version": 99}
    with pytest.raises(ImportFailed, match="newer Hearth"):
        hearth.parse(json.dumps(newer).encode(), ImportOptions())


def test_looks_like() -> None:
    assert hearth.looks_like(EXPORT)
    assert not hearth.looks_like(b'{"entries": []}')


def _never_crashes(data: bytes) -> None:
    try:
        hearth.parse(data, ImportOptions())
    except ImportFailed as error:
        assert str(error)
    hearth.looks_like(data)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_fuzz_random_bytes(data: bytes) -> None:
    _never_crashes(data)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_fuzz_mutated_export(data: st.DataObject) -> None:
    sample = bytearray(EXPORT)
    for _ in range(data.draw(st.integers(1, 4))):
        position = data.draw(st.integers(0, len(sample) - 1))
        sample[position] ^= data.draw(st.integers(1, 255))
    _never_crashes(bytes(sample))
