"""Mini Diary JSON exports: one entry per date with a title and a Markdown text."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diary.formats.importers import ImportFailed, ImportOptions, ImportResult, minidiary

SAMPLE = {
    "metadata": {
        "application": "Mini Diary",
        "version": "3.3.0",
        "dateUpdated": "Sat Mar 02 2024 21:00:00 GMT+0100",
    },
    "entries": {
        "2024-03-02": {
            "dateUpdated": "Sat Mar 02 2024 21:00:00 GMT+0100",
            "title": "Market day",
            "text": "Bought **tulips**.\r\n\r\nRain later.",
        },
        "2024-03-01": {
            "dateUpdated": "Fri Mar 01 2024 22:00:00 GMT+0100",
            "title": "",
            "text": "Nothing much.",
        },
    },
}


def read(document: object) -> ImportResult:
    data = document if isinstance(document, bytes) else json.dumps(document).encode()
    return minidiary.parse(data, ImportOptions())


def test_one_entry_per_date_with_its_title_first() -> None:
    found = read(SAMPLE)
    assert found.skipped == []
    first, second = found.records.entries
    assert (first.day, first.text) == (dt.date(2024, 3, 1), "Nothing much.")
    assert (second.day, second.text) == (
        dt.date(2024, 3, 2),
        "Market day\nBought **tulips**.\n\nRain later.",
    )


def test_entries_with_a_bad_date_or_shape_are_skipped_with_a_note() -> None:
    found = read(
        {
            "entries": {
                "2024-13-01": {"text": "x"},
                "yesterday": {"text": "y"},
                "2024-03-01": "not an object",
                "2024-03-02": {"text": "kept"},
                "2024-03-03": {"title": "", "text": "  "},
            }
        }
    )
    assert [e.text for e in found.records.entries] == ["kept"]
    assert found.skipped == [
        "entry 2024-13-01: no date Hearth can read, so it was skipped.",
        "entry yesterday: no date Hearth can read, so it was skipped.",
        "entry 2024-03-01: not an entry Hearth can read, so it was skipped.",
        "2024-03-03: nothing to import (no mood and no text).",
    ]


@pytest.mark.parametrize("data", [b"", b"[]", b'{"entries": []}', b'{"metadata": {}}'])
def test_files_that_are_not_mini_diary_exports_are_refused_clearly(data: bytes) -> None:
    with pytest.raises(ImportFailed, match="Mini Diary|not valid JSON"):
        minidiary.parse(data, ImportOptions())


def test_looks_like() -> None:
    assert minidiary.looks_like(json.dumps(SAMPLE).encode())
    assert not minidiary.looks_like(b'{"entries": []}')


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=10,
)


def _never_crashes(data: bytes) -> None:
    try:
        minidiary.parse(data, ImportOptions())
    except ImportFailed as error:
        assert str(error)
    minidiary.looks_like(data)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_fuzz_random_bytes(data: bytes) -> None:
    _never_crashes(data)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.one_of(st.dates().map(str), st.text(max_size=12)), _json, max_size=5))
def test_fuzz_generated_entries(entries: dict[str, Any]) -> None:
    _never_crashes(json.dumps({"metadata": {}, "entries": entries}).encode())


def test_a_file_beyond_what_is_read_whole_is_refused_unread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from diary.formats.importers import base

    data = json.dumps(SAMPLE).encode()
    monkeypatch.setattr(base, "WHOLE_MAX_BYTES", len(data) - 1)
    with pytest.raises(ImportFailed, match=r"larger than a Mini Diary JSON export can be \(0 MB\)"):
        minidiary.parse(data, ImportOptions())
    monkeypatch.setattr(base, "WHOLE_MAX_BYTES", len(data))
    assert minidiary.parse(data, ImportOptions()).records.entries
