"""The JSON reader of large exports: the same values as ``json.loads``, a value at a time."""

from __future__ import annotations

import io
import json
from typing import Any
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diary.formats.importers import json_stream
from diary.formats.importers.base import ImportFailed

WHAT = "a test file"

_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text()
)
_values = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(), inner, max_size=5),
    max_leaves=20,
)
_documents = st.dictionaries(
    st.text(max_size=10), _values | st.lists(_values, max_size=6), max_size=5
)


def read_all(data: bytes, arrays: tuple[str, ...] = ("entries",)) -> list[tuple[str, Any]]:
    """Every member, an array's items gathered into a list."""
    found = []
    for name, value in json_stream.members(io.BytesIO(data), WHAT, arrays):
        found.append((name, list(value) if isinstance(value, json_stream.Items) else value))
    return found


def encodings(document: object) -> list[bytes]:
    """The ways an export may write a document: compact or spaced, UTF-8 or UTF-16."""
    spaced = json.dumps(document, indent=2, ensure_ascii=False)
    return [
        json.dumps(document).encode(),
        spaced.encode(),
        b"\xef\xbb\xbf" + spaced.encode(),
        spaced.encode("utf-16"),
    ]


@settings(max_examples=100, deadline=None)
@given(_documents, st.sampled_from([1, 3, 64]))
def test_members_are_what_json_loads_reads(document: dict[str, Any], chunk: int) -> None:
    arrays = tuple(document)
    with mock.patch.object(json_stream, "_CHUNK", chunk):  # values split across reads
        for data in encodings(document):
            assert read_all(data, arrays) == list(document.items())


@settings(max_examples=100, deadline=None)
@given(_documents, st.data())
def test_a_document_cut_anywhere_is_refused_as_cut_short(
    document: dict[str, Any], data: st.DataObject
) -> None:
    whole = json.dumps(document, ensure_ascii=False)
    cut = whole[: data.draw(st.integers(1, len(whole) - 1))].encode()
    with pytest.raises(ImportFailed, match="looks cut short"):
        read_all(cut, tuple(document))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_are_read_or_refused_in_words(data: bytes) -> None:
    try:
        read_all(data)
    except ImportFailed as error:
        assert "Nothing was imported" in str(error)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "not valid JSON (Expecting value: char 0)"),
        (b"{", "looks cut short"),
        (b'{"entries": [1, 2', "looks cut short"),
        (b'{"a": "never closed', "looks cut short"),
        (b'{"entries": [1,]}', "not valid JSON (Expecting value: char 15)"),
        (b'{"entries": [1 2]}', "not valid JSON (Expecting ']' delimiter: char 15)"),
        (b'{"a": [1}', "not valid JSON"),
        (b'{"a": tru}', "not valid JSON (Expecting value: char 6)"),
        (b'{"a": 1} and more', "not valid JSON (Extra data: char 9)"),
        (b'{"a": 1,}', "not valid JSON (Expecting property name"),
        (b'{"a": NaN}', "NaN is not a JSON number"),
        (b'{"a": [' + b"[" * 100_000 + b"]" * 100_000 + b"]}", "nested too deeply"),
        (b'{"a": "\xff"}', "is not UTF-8"),
    ],
)
def test_refusals_say_why(data: bytes, words: str) -> None:
    with pytest.raises(ImportFailed, match=words.replace("(", r"\(").replace(")", r"\)")):
        read_all(data)


def test_items_are_read_as_they_are_asked_for() -> None:
    class Counting(io.BytesIO):
        read_so_far = 0

        def read(self, size: int | None = -1) -> bytes:
            data = super().read(size)
            self.read_so_far += len(data)
            return data

    items = [{"n": n, "text": "x" * 1000} for n in range(5000)]
    stream = Counting(json.dumps({"entries": items, "after": True}).encode())
    members = json_stream.members(stream, WHAT, ("entries",))
    name, entries = next(members)
    assert name == "entries" and isinstance(entries, json_stream.Items)
    assert next(iter(entries)) == items[0]
    assert stream.read_so_far <= 2 * json_stream._CHUNK < len(stream.getvalue())
    assert list(members) == [("after", True)], "the items not asked for are read past"


def test_a_value_too_long_to_keep_is_read_past(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_stream, "MAX_VALUE_CHARS", 100)
    monkeypatch.setattr(json_stream, "_CHUNK", 16)
    long = {"text": "x" * 500, "nested": [[{"y": "]" * 300}]]}
    document = {"entries": [1, long, "z" * 200, 2], "big": long, "small": [3]}
    assert read_all(json.dumps(document).encode()) == [
        ("entries", [1, json_stream.TOO_LARGE, json_stream.TOO_LARGE, 2]),
        ("big", json_stream.TOO_LARGE),
        ("small", [3]),
    ]
    with pytest.raises(ImportFailed, match="looks cut short"):
        read_all(json.dumps(document).encode()[:400])


def test_a_document_that_is_not_an_object_has_no_members() -> None:
    assert read_all(b" [1, 2] ") == [] and read_all(b'"text"') == [] and read_all(b"12") == []
    with pytest.raises(ImportFailed, match="Extra data"):
        read_all(b"[1] [2]")
