"""Day One JSON exports, bare or zipped with several journals: local dates, Markdown, tags."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from photo_files import picture

from diary.domain.models import Entry
from diary.domain.photos import PhotoProblem, PhotoRefused
from diary.formats.importers import ImportFailed, ImportOptions, ImportResult, dayone

PLUS_TWO = dt.timezone(dt.timedelta(hours=2))


def journal(*entries: dict[str, Any]) -> dict[str, Any]:
    return {"metadata": {"version": "1.0"}, "entries": list(entries)}


def entry(created: str, text: str, **more: Any) -> dict[str, Any]:
    return {"uuid": "A" * 32, "creationDate": created, "text": text, **more}


SAMPLE = journal(
    entry("2024-03-02T02:30:00Z", "Late call with my sister\\.", timeZone="America/New_York"),
    entry(
        "2024-03-01T12:00:00Z",
        "Lunch in the park\\!",
        timeZone="America/New_York",
        tags=["outside", "spring"],
        starred=True,
    ),
    entry(
        "2024-03-02T09:00:00Z",
        "# Saturday\n\nMarket ![](dayone-moment://ABCDEF) day.",
        timeZone="Europe/Lisbon",
    ),
)


PNG = picture("PNG", (4, 4))
WITH_PHOTO = journal(
    entry(
        "2024-03-02T09:00:00Z",
        "Market ![](dayone-moment://P1)",
        photos=[{"identifier": "P1", "md5": "ab12", "type": "png"}],
    )
)


def read(document: object, timezone: dt.tzinfo | None = dt.UTC) -> ImportResult:
    data = document if isinstance(document, bytes) else json.dumps(document).encode()
    return dayone.parse(data, ImportOptions(timezone=timezone))


def by_day(found: ImportResult) -> dict[dt.date, Entry]:
    return {e.day: e for e in found.records.entries}


def zipped(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_entries_land_on_their_local_date_and_join_per_day() -> None:
    found = read(SAMPLE)
    assert found.skipped == []
    days = by_day(found)
    assert sorted(days) == [dt.date(2024, 3, 1), dt.date(2024, 3, 2)]
    first = days[dt.date(2024, 3, 1)]
    assert first.text == ("07:00\nLunch in the park!\n\n21:30\nLate call with my sister."), (
        "02:30 UTC is 21:30 the evening before in New York"
    )
    assert set(first.tags) == {"outside", "spring", "starred"}, "Day One's tags and star are tags"
    second = days[dt.date(2024, 3, 2)]
    assert second.text == "# Saturday\n\nMarket [photo] day.", "Lisbon is UTC+0 in March"
    assert first.mood is None and first.feelings == ()


def test_entries_without_a_time_zone_use_the_zone_given() -> None:
    document = journal(entry("2024-03-01T23:30:00Z", "Written just before midnight UTC"))
    assert [e.day for e in read(document, dt.UTC).records.entries] == [dt.date(2024, 3, 1)]
    assert [e.day for e in read(document, PLUS_TWO).records.entries] == [dt.date(2024, 3, 2)]
    unknown = journal(entry("2024-03-01T23:30:00Z", "x", timeZone="Mars/Olympus_Mons"))
    assert [e.day for e in read(unknown, PLUS_TWO).records.entries] == [dt.date(2024, 3, 2)]


@pytest.mark.parametrize(
    "text, plain",
    [
        ("Hello\\. World\\! 1\\-2 \\(ok\\)", "Hello. World! 1-2 (ok)"),
        ("keep \\n and \\\\ backslash", "keep \\n and \\ backslash"),
        ("![](dayone-moment:/video/ABC)", "[video]"),
        ("![](dayone-moment:/audio/ABC) and ![](dayone-moment://PHOTO)", "[audio] and [photo]"),
        (
            "**bold** and a [link](https://example.org)",
            "**bold** and a [link](https://example.org)",
        ),
    ],
)
def test_markdown_is_kept_as_typed(text: str, plain: str) -> None:
    (found,) = read(journal(entry("2024-03-01T10:00:00Z", text))).records.entries
    assert found.text == plain


def test_a_zip_with_several_journals() -> None:
    data = zipped(
        {
            "Journal.json": json.dumps(journal(entry("2024-03-01T08:00:00Z", "home"))).encode(),
            "Travel.json": json.dumps(journal(entry("2024-03-01T18:00:00Z", "away"))).encode(),
            "photos/abc.jpeg": b"\xff\xd8\xff",
            "__MACOSX/._Journal.json": b"\x00\x05\x16\x07",
            "notes.json": b'{"something": "else"}',
        }
    )
    found = read(data)
    (day,) = found.records.entries
    assert day.text == "08:00 · Journal\nhome\n\n18:00 · Travel\naway"
    assert found.skipped == ["notes.json in the zip is not a Day One journal, so it was skipped."]


def _journal_of(size: int) -> bytes:
    """A valid journal of about ``size`` bytes (one long entry)."""
    entry = {"uuid": "A", "creationDate": "2024-03-01T10:00:00Z", "text": "x" * size}
    return json.dumps({"entries": [entry]}).encode()


def test_a_zip_bomb_is_refused_however_it_is_split(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dayone, "_MAX_UNPACKED_BYTES", 10_000)
    several = zipped({f"Journal {n}.json": _journal_of(3_000) for n in range(5)})  # 15 kB in all
    one = zipped({"Journal.json": _journal_of(20_000)})
    fits = zipped({f"Journal {n}.json": _journal_of(3_000) for n in range(3)})

    with pytest.raises(ImportFailed) as together:
        dayone.parse(several, ImportOptions())
    with pytest.raises(ImportFailed) as alone:
        dayone.parse(one, ImportOptions())

    assert str(together.value) == (
        "The journals in this zip are together too large for a diary's text (Journal 3.json goes "
        "beyond it). Nothing was imported."
    )
    assert (
        str(alone.value)
        == "Journal.json in the zip is too large to be a journal. Nothing was imported."
    )
    assert len(dayone.parse(fits, ImportOptions()).records.entries) == 1  # one day, three journals


def test_a_zip_with_one_journal_has_no_journal_headings() -> None:
    data = zipped({"Journal.json": json.dumps(SAMPLE).encode()})
    assert read(data).records == read(SAMPLE).records


def test_entries_without_a_date_are_skipped_with_a_note() -> None:
    found = read(
        journal(
            entry("yesterday", "x"),
            {"text": "no date"},
            "not an entry",
            entry("2024-03-01T10:00:00Z", "kept"),
        )
    )
    assert [e.text for e in found.records.entries] == ["kept"]
    assert found.skipped == [
        "entry #1: no date Hearth can read, so it was skipped.",
        "entry #2: no date Hearth can read, so it was skipped.",
        "entry #3: not an entry Hearth can read, so it was skipped.",
    ]


def test_uids_are_stable() -> None:
    assert [e.uid for e in read(SAMPLE).records.entries] == [
        e.uid for e in read(SAMPLE).records.entries
    ]


@pytest.mark.parametrize(
    "data, words",
    [
        (b"", "not valid JSON"),
        (b"[]", "not a Day One"),
        (b'{"tags": {}, "entries": {}}', "not a Day One"),
        (b"PK\x03\x04broken", "cannot be read"),
        (zipped({"photo.jpeg": b"\xff"}), "holds no .json journal"),
        (zipped({"Journal.json": b"{nope"}), "not valid JSON"),
        (b"\xff\xfe\xff", "not UTF-8"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    ],
)
def test_files_that_are_not_day_one_exports_are_refused_clearly(data: bytes, words: str) -> None:
    with pytest.raises(ImportFailed, match=words):
        dayone.parse(data, ImportOptions())


def test_looks_like() -> None:
    assert dayone.looks_like(json.dumps(SAMPLE).encode())
    assert dayone.looks_like(zipped({"Journal.json": b"{}"}))
    assert not dayone.looks_like(b'{"entries": []}')
    assert not dayone.looks_like(b"full_date,date")


# Fuzzing ---------------------------------------------------------------------------------------


def _never_crashes(data: bytes) -> None:
    try:
        found = dayone.parse(data, ImportOptions(timezone=dt.UTC))
    except ImportFailed as error:
        assert str(error)
        return
    assert all(isinstance(note, str) for note in found.skipped)
    for piece in found.pieces:
        for photo in piece.photos:  # read from the zip now: taken, or refused with a reason
            try:
                photo.load()
            except PhotoRefused as refused:
                assert refused.reason in PhotoProblem
    dayone.looks_like(data)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_fuzz_random_bytes(data: bytes) -> None:
    _never_crashes(data)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_fuzz_mutated_zip_and_json(data: st.DataObject) -> None:
    plain = json.dumps(SAMPLE).encode()
    pictured = json.dumps(WITH_PHOTO).encode()
    photo_zip = zipped({"Journal.json": pictured, "photos/ab12.png": PNG})
    choices = [plain, zipped({"Journal.json": plain}), photo_zip]
    sample = bytearray(data.draw(st.sampled_from(choices)))
    for _ in range(data.draw(st.integers(1, 4))):
        position = data.draw(st.integers(0, len(sample) - 1))
        if data.draw(st.booleans()):
            sample[position] ^= data.draw(st.integers(1, 255))
        else:
            del sample[position : position + data.draw(st.integers(1, 20))]
        if not sample:
            break
    _never_crashes(bytes(sample))


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
_entry = st.fixed_dictionaries(
    {},
    optional={
        "creationDate": st.one_of(_json, st.datetimes().map(lambda d: d.isoformat() + "Z")),
        "timeZone": st.one_of(_json, st.sampled_from(["Europe/Paris", "../etc", "", "UTC"])),
        "text": _json,
        "tags": _json,
        "starred": _json,
        "photos": st.one_of(
            _json,
            st.lists(
                st.fixed_dictionaries(
                    {},
                    optional={"identifier": _json, "md5": _json, "type": _json, "filename": _json},
                )
            ),
        ),
    },
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_entry, _json), max_size=5))
def test_fuzz_generated_entries(entries: list[Any]) -> None:
    _never_crashes(json.dumps({"entries": entries}).encode())


@settings(max_examples=100, deadline=None)
@given(st.lists(_entry, max_size=4), st.binary(max_size=64))
def test_fuzz_generated_entries_in_a_zip_with_photos(entries: list[Any], junk: bytes) -> None:
    files = {"photos/ab12.png": PNG, "photos/cd34.jpeg": junk, "photos/ef56.heic": junk}
    _never_crashes(zipped({"Journal.json": json.dumps({"entries": entries}).encode(), **files}))
