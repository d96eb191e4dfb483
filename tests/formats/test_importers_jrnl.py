"""jrnl JSON exports (``jrnl --format json``): title, body, tags, starred, several a day."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diary.formats.importers import ImportFailed, ImportOptions, ImportResult, jrnl


def item(date: str, time: str, title: str, body: str = "", **more: Any) -> dict[str, Any]:
    return {
        "title": title,
        "body": body,
        "date": date,
        "time": time,
        "tags": [],
        "starred": False,
        **more,
    }


SAMPLE = {
    "tags": {"@work": 1, "@family": 1},
    "entries": [
        item(
            "2024-03-01",
            "21:13",
            "Dinner with the family.",
            "Mum made soup.\n\nWe played cards.",
            tags=["@family"],
            starred=True,
        ),
        item("2024-03-01", "08:02", "Early start.", tags=["@work"]),
        item("2024-03-03", "12:00", "Quiet Sunday."),
    ],
}


def read(document: object) -> ImportResult:
    data = document if isinstance(document, bytes) else json.dumps(document).encode()
    return jrnl.parse(data, ImportOptions())


def test_entries_of_a_day_are_joined_in_time_order() -> None:
    found = read(SAMPLE)
    assert found.skipped == []
    first, second = found.records.entries
    assert first.day == dt.date(2024, 3, 1) and second.day == dt.date(2024, 3, 3)
    assert first.text == (
        "08:02\nEarly start.\n\n21:13\nDinner with the family.\nMum made soup.\n\nWe played cards."
    )
    assert set(first.tags) == {"work", "family", "starred"}, "tags and the star come as tags"
    assert second.text == "Quiet Sunday." and second.tags == ()
    assert first.mood is None


def test_an_empty_journal_is_refused_as_holding_nothing() -> None:
    with pytest.raises(ImportFailed, match="holds no entries"):
        read({"tags": {}, "entries": []})


def test_entries_without_a_date_are_skipped_with_a_note() -> None:
    broken = item("03/01/2024", "10:00", "American date")
    found = read(
        {
            "tags": {},
            "entries": [
                item("2024-02-30", "10:00", "x"),
                broken,
                7,
                item("2024-03-01", "25:00", "bad time kept"),
            ],
        }
    )
    assert [e.text for e in found.records.entries] == ["bad time kept"]
    assert len(found.skipped) == 3 and found.skipped[2].startswith("entry #3:")


def test_uids_are_stable() -> None:
    assert [e.uid for e in read(SAMPLE).records.entries] == [
        e.uid for e in read(SAMPLE).records.entries
    ]


@pytest.mark.parametrize(
    "data",
    [b"", b"{}", b'{"entries": {}}', b'{"entries": [{"creationDate": "2024-01-01"}]}', b"a,b\n"],
)
def test_files_that_are_not_jrnl_exports_are_refused_clearly(data: bytes) -> None:
    with pytest.raises(ImportFailed, match="jrnl JSON export"):
        jrnl.parse(data, ImportOptions())


def test_looks_like() -> None:
    assert jrnl.looks_like(json.dumps(SAMPLE).encode())
    assert jrnl.looks_like(b'{"tags": {}, "entries": []}')
    assert not jrnl.looks_like(b'{"entries": []}')


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=10,
)


def _never_crashes(data: bytes) -> None:
    try:
        jrnl.parse(data, ImportOptions())
    except ImportFailed as error:
        assert str(error)
    jrnl.looks_like(data)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_fuzz_random_bytes(data: bytes) -> None:
    _never_crashes(data)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.fixed_dictionaries(
            {"title": _json, "body": _json, "date": st.one_of(_json, st.dates().map(str))},
            optional={"time": _json, "tags": _json, "starred": _json},
        )
        | _json,
        max_size=5,
    )
)
def test_fuzz_generated_entries(entries: list[Any]) -> None:
    _never_crashes(json.dumps({"tags": {}, "entries": entries}).encode())


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_fuzz_mutated_export(data: st.DataObject) -> None:
    sample = bytearray(json.dumps(SAMPLE).encode())
    for _ in range(data.draw(st.integers(1, 4))):
        position = data.draw(st.integers(0, len(sample) - 1))
        sample[position] ^= data.draw(st.integers(1, 255))
    _never_crashes(bytes(sample))


def test_a_label_no_tag_can_hold_stays_in_the_text() -> None:
    entry = {"date": "2024-03-04", "time": "09:00", "title": "Odd.", "body": "", "starred": False}
    found = read({"tags": {}, "entries": [entry | {"tags": ["@!!!", "@Work trip", "@work"]}]})
    (only,) = found.records.entries
    assert set(only.tags) == {"Work-trip", "work"}
    assert only.text == "Odd.\nTags: @!!!"
