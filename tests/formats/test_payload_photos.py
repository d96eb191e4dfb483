"""Payload version 6: each day's photos in the dump, written and read a photo at a time."""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from photo_files import picture

from diary.domain.models import Entry, Records
from diary.domain.photos import PreparedPhoto
from diary.formats import payload
from diary.formats.backup import UnsupportedBackup
from diary.formats.payload import InvalidPayload
from diary.formats.photos import prepare_photo

WHEN = dt.datetime(2026, 12, 4, 20, 30, 5, tzinfo=dt.UTC)
ADDED = dt.datetime(2026, 12, 4, 19, 0, 0, 123456, tzinfo=dt.UTC)
DAY = dt.date(2026, 12, 3)


def _photo(day: dt.date, colour: tuple[int, int, int], fmt: str = "PNG") -> PreparedPhoto:
    made = prepare_photo(day, picture(fmt, (30, 20), colour=colour), f"p{colour[0]}.{fmt}")
    return PreparedPhoto(replace(made.photo, added=ADDED), made.data, made.thumbnail)


def with_photos() -> Records:
    other = DAY + dt.timedelta(days=1)
    return Records(
        entries=(Entry(DAY, mood=6, text="cake"), Entry(other)),  # an entry of photos only
        photos=(_photo(DAY, (1, 2, 3)), _photo(DAY, (4, 5, 6), "JPEG"), _photo(other, (7, 8, 9))),
    )


def streamed(data: bytes) -> tuple[payload.Dump, list[PreparedPhoto]]:
    seen: list[PreparedPhoto] = []
    return payload.read(io.BytesIO(data), photos=seen.append), seen


def test_photos_round_trip_in_the_dump_with_their_bytes_and_thumbnails() -> None:
    records = with_photos()
    data = payload.dump(records, exported_at=WHEN, app_version="1")
    dump = payload.load(data)
    assert dump.records == records and dump.version == payload.PAYLOAD_VERSION == 6
    assert dump.photos == tuple(p.photo for p in records.photos)
    assert dump.photo_bytes == sum(p.photo.size for p in records.photos)
    document = json.loads(data)
    assert list(document)[-1] == "photos"
    first = document["photos"][0]
    assert list(first) == [*payload._PHOTO_KEYS]
    assert base64.b64decode(first["data"]) == records.photos[0].data
    assert first["added"] == "2026-12-04T19:00:00.123456Z" and first["date"] == "2026-12-03"


def test_the_streamed_pieces_are_the_dump() -> None:
    records = with_photos()
    whole = payload.dump(records, exported_at=WHEN, app_version="1")
    bare = replace(records, photos=())
    pieces = list(
        payload.write(bare, photos=iter(records.photos), exported_at=WHEN, app_version="1")
    )
    assert b"".join(pieces) == whole
    assert len(pieces) == 2 + 5 * len(records.photos)  # the records, then each photo in parts


def test_a_large_photo_is_encoded_a_piece_at_a_time() -> None:
    from photo_files import noise_jpeg

    made = prepare_photo(DAY, noise_jpeg((1500, 1000)), "big.jpg")
    assert made.photo.size > 1_000_000
    records = Records(entries=(Entry(DAY),))
    pieces = list(payload.write(records, photos=[made], exported_at=WHEN, app_version="1"))
    assert max(len(p) for p in pieces) <= 1024 * 1024
    dump, seen = streamed(b"".join(pieces))
    assert [(p.photo.uid, p.data, p.thumbnail) for p in seen] == [
        (made.photo.uid, made.data, made.thumbnail)
    ]
    assert dump.photos[0].size == made.photo.size


def test_reading_a_stream_hands_each_photo_on_and_keeps_only_what_it_is() -> None:
    records = with_photos()
    dump, seen = streamed(payload.dump(records, exported_at=WHEN, app_version="1"))
    assert seen == list(records.photos)
    assert dump.records == replace(records, photos=())  # no bytes held
    assert dump.photos == tuple(p.photo for p in records.photos)
    again = payload.photos_of(io.BytesIO(payload.dump(records, exported_at=WHEN, app_version="1")))
    assert list(again) == list(records.photos)


def test_a_dump_without_photos_has_an_empty_list_and_reads_both_ways() -> None:
    data = payload.dump(Records(entries=(Entry(DAY, text="x"),)), exported_at=WHEN, app_version="1")
    assert data.endswith(b',"photos":[]}')
    assert payload.load(data).photos == () == streamed(data)[0].photos


def test_an_older_dump_has_no_photos_and_may_not_carry_them() -> None:
    document = json.loads(payload.dump(with_photos(), exported_at=WHEN, app_version="1"))
    document["version"] = payload.PHOTOS_SINCE - 1
    for read in (payload.load, lambda d: streamed(d)[0]):
        with pytest.raises(InvalidPayload, match="unknown key 'photos'"):
            read(json.dumps(document).encode())
    del document["photos"]
    for read in (payload.load, lambda d: streamed(d)[0]):
        dump = read(json.dumps(document).encode())
        assert dump.photos == () and dump.records.photos == () and dump.version == 5


def test_a_newer_dump_is_too_new_for_the_stream_reader_too() -> None:
    document = json.loads(payload.dump(Records(), exported_at=WHEN, app_version="1"))
    document["version"] = payload.PAYLOAD_VERSION + 1
    with pytest.raises(UnsupportedBackup):
        streamed(json.dumps(document).encode())


Change = Callable[[dict[str, Any]], None]


def _set(key: str, value: object) -> Change:
    def change(photo: dict[str, Any]) -> None:
        photo[key] = value

    return change


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (_set("date", "2026-12-09"), "a photo of 2026-12-09, which has no entry in the backup"),
        (_set("size", 5), "said to be 5 bytes but holds"),
        (_set("mime", "image/gif"), "said to be a GIF but its bytes are not"),
        (_set("mime", "image/heic"), "unknown value 'image/heic'"),
        (_set("data", "not base64!"), "expected a photo's bytes in base64"),
        (_set("data", ""), "expected a photo's bytes in base64"),
        (_set("data", "éé=="), "expected a photo's bytes in base64"),
        (_set("thumbnail", base64.b64encode(b"%PDF-1.4").decode()), "expected a thumbnail"),
        (_set("width", 0), "expected a whole number from 1 to 60000000"),
        (_set("height", 70_000_000), "expected a whole number from 1 to"),
        (_set("width", True), "expected a whole number"),
        (_set("added", "2026-12-04T19:00:00Z"), "six digits"),
        (_set("name", "x" * 300), "at most 255 characters"),
        (_set("uid", "a b"), "a uid is"),
        (lambda p: p.pop("thumbnail"), "missing key 'thumbnail'"),
        (_set("extra", 1), "unknown key 'extra'"),
    ],
)
def test_a_photo_that_is_not_what_it_says_is_refused_by_both_readers(
    change: Change, words: str
) -> None:
    document = json.loads(payload.dump(with_photos(), exported_at=WHEN, app_version="1"))
    change(document["photos"][1])
    data = json.dumps(document).encode()
    for read in (payload.load, lambda d: streamed(d)[0]):
        with pytest.raises(InvalidPayload, match=r"photos\[1\]") as refused:
            read(data)
        assert words in str(refused.value)


def test_a_photo_uid_used_twice_is_refused() -> None:
    document = json.loads(payload.dump(with_photos(), exported_at=WHEN, app_version="1"))
    document["photos"][2]["uid"] = document["entries"][0]["uid"]
    for read in (payload.load, lambda d: streamed(d)[0]):
        with pytest.raises(InvalidPayload, match="is used twice"):
            read(json.dumps(document).encode())


def test_photos_that_are_not_a_list_are_refused_by_the_stream_reader() -> None:
    document = json.loads(payload.dump(Records(), exported_at=WHEN, app_version="1"))
    document["photos"] = {"a": 1}
    for read in (payload.load, lambda d: streamed(d)[0]):
        with pytest.raises(InvalidPayload, match="photos: expected a list"):
            read(json.dumps(document).encode())


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('{"format":"hearth-diary","format":"x"}', "appears twice"),
        ('{"format":"hearth-diary","version":6,"photos":[{"a":1,"a":2}]}', "appears twice"),
        ('{"format":"hearth-diary","version":6,"photos":[', "not valid JSON"),
        ('{"format":"hearth-diary","version":NaN}', "not valid JSON"),
        ('{"format":"hearth-\\ud800"}', "lone UTF-16 surrogate"),
        ("[1, 2]", "expected an object"),
    ],
)
def test_what_is_not_a_valid_document_is_refused_by_the_stream_reader_as_by_load(
    text: str, words: str
) -> None:
    for read in (payload.load, lambda d: streamed(d)[0]):
        with pytest.raises(InvalidPayload) as refused:
            read(text.encode())
        assert words in str(refused.value)


def test_bytes_that_are_not_utf8_are_refused_by_the_stream_reader() -> None:
    with pytest.raises(InvalidPayload, match="not UTF-8"):
        streamed(b'{"format":"\xff\xfe"}')


def test_a_photo_seen_before_a_refusal_comes_to_nothing_for_the_caller() -> None:
    """The stream reader hands photos on before the end is read: the end can still refuse."""
    document = json.loads(payload.dump(with_photos(), exported_at=WHEN, app_version="1"))
    document["photos"][2]["date"] = "2030-01-01"
    seen: list[PreparedPhoto] = []
    with pytest.raises(InvalidPayload, match="has no entry"):
        payload.read(io.BytesIO(json.dumps(document).encode()), photos=seen.append)
    assert len(seen) == 3  # each was handed on as read; the caller must roll them back


@pytest.fixture
def small_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """Long values and long strings at a few hundred characters, so pieces split everywhere."""
    from diary.formats.importers import json_stream

    monkeypatch.setattr(json_stream, "_CHUNK", 97)
    monkeypatch.setattr(json_stream, "LONG_TEXT_CHARS", 50)


def test_long_base64_read_in_pieces_is_the_same_photo(small_pieces: None) -> None:
    records = with_photos()
    dump, seen = streamed(payload.dump(records, exported_at=WHEN, app_version="1"))
    assert seen == list(records.photos)
    assert dump.records == replace(records, photos=())


@pytest.mark.parametrize(
    "spoil",
    [
        lambda text: text[:200] + "QQ==" + text[200:],  # padding inside
        lambda text: text + "QQ",  # not whole quanta
        lambda text: text[:300] + "é" + text[301:],  # not ASCII
        lambda text: text[:-4] + "QQ==QQ==",  # something after the padding
    ],
)
def test_long_base64_that_is_not_is_refused_in_pieces_as_whole(
    small_pieces: None, spoil: Callable[[str], str]
) -> None:
    document = json.loads(payload.dump(with_photos(), exported_at=WHEN, app_version="1"))
    document["photos"][0]["data"] = spoil(document["photos"][0]["data"])
    data = json.dumps(document, ensure_ascii=False).encode()
    for read in (payload.load, lambda d: streamed(d)[0]):
        with pytest.raises(InvalidPayload, match=r"photos\[0\]\.data"):
            read(data)
