"""Values longer than a chunk: found to their end first, then parsed once (a backup's photos)."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diary.formats.importers import json_stream

WHAT = "a test file"

texts = st.text(alphabet=st.sampled_from('ab"\\\n[]{}é😀\u2028 '), max_size=60)
values = st.recursive(
    st.none() | st.booleans() | st.integers() | texts,
    lambda inner: st.lists(inner, max_size=6) | st.dictionaries(texts, inner, max_size=6),
    max_leaves=30,
)


def read_all(data: bytes, max_chars: int | None = None) -> list[tuple[str, Any]]:
    found = []
    for name, value in json_stream.members(io.BytesIO(data), WHAT, ("items",), max_chars=max_chars):
        found.append((name, list(value) if isinstance(value, json_stream.Items) else value))
    return found


@settings(max_examples=150, deadline=None)
@given(st.lists(values, max_size=8), st.sampled_from([1, 2, 3, 7, 16]))
def test_values_across_any_chunks_read_as_json_reads_them(items: list[Any], chunk: int) -> None:
    document = {"items": items, "after": items[:2], "text": "x" * 50}
    data = json.dumps(document, ensure_ascii=False).encode()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(json_stream, "_CHUNK", chunk)
        assert read_all(data) == list(document.items())


def test_an_escape_split_between_chunks_is_read_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_stream, "_CHUNK", 4)
    for shift in range(6):
        value = "a" * shift + '"b\\"]}\u2028' * 5  # quotes, backslashes, brackets, an escape
        text = json.dumps({"items": [value, {"k": value}]})
        assert read_all(text.encode()) == [("items", [value, {"k": value}])]


def test_a_long_value_is_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_stream, "_CHUNK", 1024)
    calls = []
    real = json.JSONDecoder.raw_decode

    def counting(self: json.JSONDecoder, text: str, start: int = 0) -> tuple[Any, int]:
        calls.append(len(text) - start)
        return real(self, text, start)

    monkeypatch.setattr(json.JSONDecoder, "raw_decode", counting)
    long = "Q" * 200_000
    assert read_all(json.dumps({"items": [long]}).encode()) == [("items", [long])]
    assert len(calls) < 10  # a few tries, then once whole: not once a chunk (200 of them)


def test_a_long_value_past_the_limit_is_read_past(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_stream, "_CHUNK", 8)
    document = {"items": ["x" * 300, {"y": ["]" * 100]}, 3], "after": 1}
    found = read_all(json.dumps(document).encode(), max_chars=100)
    assert found == [("items", [json_stream.TOO_LARGE, json_stream.TOO_LARGE, 3]), ("after", 1)]


def test_a_long_value_cut_short_or_badly_closed_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(json_stream, "_CHUNK", 8)
    with pytest.raises(json_stream.JsonRefused) as cut:
        read_all(b'{"items":["' + b"x" * 100)
    assert cut.value.kind == "cut_short"
    with pytest.raises(json_stream.JsonRefused) as closed:
        read_all(b'{"items":[{"a":[' + b'"x",' * 30 + b'"y"}]}')
    assert closed.value.kind == "not_json" and "Expecting ']'" in closed.value.reason
    where = len(b'{"items":[{"a":[' + b'"x",' * 30 + b'"y"')
    assert f"char {where}" in closed.value.reason
    with pytest.raises(json_stream.JsonRefused) as bad:
        read_all(b'{"items":[{"a":' + b"1" * 40 + b',"b":tru}]}')
    assert bad.value.kind == "not_json"
