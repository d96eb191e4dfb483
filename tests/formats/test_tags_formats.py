"""Tags in backups, exports and --json: set tags travel, text tags are read from the text."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from diary.domain.models import Day, Entry, Records
from diary.formats import export_csv, export_markdown, payload, records
from diary.formats.payload import InvalidPayload

WHEN = dt.datetime(2026, 3, 15, 20, 30, 5, tzinfo=dt.UTC)
DAY = dt.date(2026, 3, 1)
TAGGED = Records(entries=(Entry(DAY, mood=6, text="Hard day at #work", tags=("Therapy",)),))


def test_set_tags_round_trip_through_a_dump() -> None:
    raw = payload.dump(TAGGED, exported_at=WHEN, app_version="1")
    (entry,) = json.loads(raw)["entries"]
    assert entry["tags"] == ["Therapy"]  # "#work" stays in the text, where it was written
    assert payload.load(raw).records == TAGGED


def test_a_dump_from_before_tags_reads_with_none() -> None:
    doc = json.loads(payload.dump(TAGGED, exported_at=WHEN, app_version="1"))
    doc["version"] = payload.TAGS_SINCE - 1
    del doc["photos"]  # a later version's key
    del doc["entries"][0]["tags"]
    dump = payload.load(json.dumps(doc).encode())
    assert dump.records.entries[0].tags == () and dump.records.entries[0].text.endswith("#work")


def test_a_dump_from_before_tags_may_not_carry_them() -> None:
    doc = json.loads(payload.dump(TAGGED, exported_at=WHEN, app_version="1"))
    doc["version"] = payload.TAGS_SINCE - 1
    del doc["photos"]  # a later version's key
    with pytest.raises(InvalidPayload, match="unknown key 'tags'"):
        payload.load(json.dumps(doc).encode())


@pytest.mark.parametrize(
    ("tags", "words"), [("work", "expected a list"), (["two words"], "is not a tag"), ([1], "text")]
)
def test_bad_tags_in_a_dump_are_refused_clearly(tags: object, words: str) -> None:
    doc = json.loads(payload.dump(TAGGED, exported_at=WHEN, app_version="1"))
    doc["entries"][0]["tags"] = tags
    with pytest.raises(InvalidPayload, match=words):
        payload.load(json.dumps(doc).encode())


def test_csv_has_every_tag_of_the_day() -> None:
    data = export_csv.tables(TAGGED).days.decode("utf-8-sig")
    (row,) = csv.DictReader(io.StringIO(data, newline=""))
    assert row["tags"] == "Therapy; work"


def test_markdown_has_a_tags_line() -> None:
    text = export_markdown.render(TAGGED, exported_on=DAY)
    assert "Tags: #Therapy #work" in text
    assert "Tags:" not in export_markdown.render(
        Records(entries=(Entry(DAY, mood=3),)), exported_on=DAY
    )


def test_json_shapes_carry_set_tags_and_a_days_tags() -> None:
    entry = TAGGED.entries[0]
    assert records.entry_to_dict(entry)["tags"] == ["Therapy"]
    assert records.day_summary(Day(DAY, entry, ()))["tags"] == ["Therapy", "work"]
