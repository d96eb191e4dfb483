"""Day One and jrnl exports are read entry by entry: the first note comes before the file ends.

Memory then stays small however large the export (bench/bench_imports.py measures it); the
refusals of a whole-file read are kept: a file cut short, the wrong kind, a zip bomb.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from diary.formats.importers import IMPORTERS, ImportFailed, ImportOptions, base, dayone, jrnl
from diary.formats.importers.base import Notes, Piece


class Counting(io.BytesIO):
    """A file that counts what was read of it."""

    read_so_far = 0

    def read(self, size: int | None = -1) -> bytes:
        data = super().read(size)
        self.read_so_far += len(data)
        return data


def dayone_entries(count: int, journal: str = "") -> list[dict[str, Any]]:
    return [
        {
            "uuid": f"{journal}{n:032X}",
            "creationDate": f"{dt.date(2020, 1, 1) + dt.timedelta(days=n)}T10:00:00Z",
            "text": f"entry {n} " + "words " * 200,
        }
        for n in range(count)
    ]


def jrnl_entries(count: int) -> list[dict[str, Any]]:
    return [
        {
            "title": f"Entry {n}.",
            "body": "words " * 200,
            "date": str(dt.date(2020, 1, 1) + dt.timedelta(days=n)),
            "time": "21:00",
            "tags": [],
            "starred": False,
        }
        for n in range(count)
    ]


def zipped(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("module", "document"),
    [
        (dayone, {"metadata": {"version": "1.0"}, "entries": dayone_entries(3000)}),
        (jrnl, {"tags": {}, "entries": jrnl_entries(3000)}),
    ],
    ids=["dayone", "jrnl"],
)
def test_the_first_note_comes_before_the_file_is_read(
    module: Any, document: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dayone.json_stream, "_CHUNK", 64 * 1024)
    monkeypatch.setattr(base, "ORDER_WINDOW", 100_000)  # a day's notes sorted 100 kB at a time
    stream = Counting(json.dumps(document).encode())
    notes = module.read(stream, ImportOptions(timezone=dt.UTC), Notes())
    first = next(notes)
    assert first.day == dt.date(2020, 1, 1) and first.text.startswith(("entry 0", "Entry 0."))
    size = len(stream.getvalue())
    assert stream.read_so_far < size / 3, (stream.read_so_far, size)
    rest = list(notes)
    assert len(rest) == 2999 and rest[-1].day == dt.date(2020, 1, 1) + dt.timedelta(days=2999)


def test_a_day_one_zip_is_read_journal_by_journal_entry_by_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journals = []
    real_notes = dayone._notes

    def noted(stream: Any, journal: Any) -> Any:
        journals.append(journal.name)
        return real_notes(stream, journal)

    monkeypatch.setattr(dayone, "_notes", noted)
    files = {
        f"{name}.json": json.dumps({"entries": dayone_entries(2000, name)}).encode()
        for name in ("Home", "Travel")
    }
    path = tmp_path / "export.zip"
    path.write_bytes(zipped({**files, "other.json": b'{"not": "a journal"}'}))
    notes = Notes()
    pieces = list(IMPORTERS["dayone"].notes(path, ImportOptions(timezone=dt.UTC), notes))
    assert [p.label for p in pieces] == ["Home", "Travel"] * 2000  # each day's together
    assert len({p.key for p in pieces}) == 4000 and journals == ["Home", "Travel"]
    assert notes.items == ["other.json in the zip is not a Day One journal, so it was skipped."]


def test_a_day_s_notes_come_together_sorted_a_window_at_a_time() -> None:
    days = [5, 1, 5, 2, 1, 9, 3, 3, 0]
    pieces = [Piece(dt.date(2020, 1, 1 + d), None, f"{n}", key=f"{n}") for n, d in enumerate(days)]
    ordered = base.by_day(iter(pieces))
    assert [p.text for p in ordered] == ["8", "1", "4", "3", "6", "7", "0", "2", "5"]
    one = sys.getsizeof("1") * 2 + base._PIECE_BYTES
    windowed = base.by_day(iter(pieces), window=3 * one)
    assert [p.day.day - 1 for p in windowed] == [1, 5, 5, 1, 2, 9, 0, 3, 3]


def test_entries_of_one_day_apart_in_the_file_are_one_day() -> None:
    entries = dayone_entries(3)
    late = {**entries[2], "creationDate": "2020-01-01T20:00:00Z"}
    document = {"entries": [entries[0], entries[1], late]}
    found = dayone.parse(json.dumps(document).encode(), ImportOptions(timezone=dt.UTC))
    assert [p.day.day for p in found.pieces] == [1, 1, 2]
    assert [e.day.day for e in found.records.entries] == [1, 2]
    assert found.records.entries[0].text.startswith("10:00\nentry 0")


@pytest.mark.parametrize("kind", ["dayone", "jrnl"])
def test_a_large_export_cut_short_is_refused_after_its_first_notes(
    kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(base, "ORDER_WINDOW", 100_000)
    entries = dayone_entries(2000) if kind == "dayone" else jrnl_entries(2000)
    data = json.dumps({"tags": {}, "entries": entries}).encode()
    path = tmp_path / "cut.json"
    path.write_bytes(data[: len(data) * 3 // 4])
    notes = IMPORTERS[kind].notes(path, ImportOptions(timezone=dt.UTC), Notes())
    assert next(notes).day == dt.date(2020, 1, 1)
    with pytest.raises(ImportFailed, match="looks cut short"):
        list(notes)
    with pytest.raises(ImportFailed, match="looks cut short"):
        IMPORTERS[kind].scan(path, ImportOptions())


def test_an_entry_too_large_to_keep_is_skipped_and_listed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dayone.json_stream, "MAX_VALUE_CHARS", 5000)
    entries = dayone_entries(3)
    entries[1]["text"] = "long " * 2000
    found = dayone.parse(json.dumps({"entries": entries}).encode(), ImportOptions())
    assert len(found.pieces) == 2
    assert found.skipped == ["entry #2: not an entry Hearth can read, so it was skipped."]


def test_a_day_one_file_whose_dated_entries_come_late_is_still_a_journal() -> None:
    document = {"entries": [{"text": "no date"}, *dayone_entries(1)]}
    found = dayone.parse(json.dumps(document).encode(), ImportOptions(timezone=dt.UTC))
    assert len(found.pieces) == 1
    assert found.skipped == ["entry #1: no date Hearth can read, so it was skipped."]
    assert dayone.looks_like(json.dumps(document).encode())


@pytest.mark.parametrize(
    ("document", "words"),
    [
        ({"entries": [{"text": "no date"}] * 3}, "not a Day One"),
        ({"entries": {}}, "not a Day One"),
        ({"metadata": {}}, "not a Day One"),
    ],
)
def test_a_json_file_that_is_no_journal_is_refused_before_any_note(
    document: object, words: str
) -> None:
    notes = Notes()
    with pytest.raises(ImportFailed, match=words):
        list(dayone.read(io.BytesIO(json.dumps(document).encode()), ImportOptions(), notes))
    assert notes.items == []


@pytest.mark.parametrize(
    ("document", "is_jrnl"),
    [
        ({"tags": {}, "entries": []}, True),
        ({"entries": [], "tags": {"@a": 1}}, True),  # tags after the entries
        ({"entries": []}, False),
        ({"entries": [{"title": "t", "body": "b"}]}, False),
        ({"entries": "none"}, False),
    ],
)
def test_jrnl_shape_is_told_as_before(document: object, is_jrnl: bool) -> None:
    data = json.dumps(document).encode()
    assert jrnl.looks_like(data) == is_jrnl
    with pytest.raises(ImportFailed) as refused:
        jrnl.parse(data, ImportOptions())
    assert ("not a jrnl JSON export" in str(refused.value)) != is_jrnl
