"""Company today in every file that leaves the diary: payload, CSV, Markdown, the terminal."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any

import pytest

from diary.domain.company import Company
from diary.domain.models import Day, Entry, Records
from diary.formats import export_csv, export_markdown, payload, records, terminal
from diary.formats.payload import InvalidPayload

DAY = dt.date(2026, 3, 14)
WHEN = dt.datetime(2026, 3, 15, 20, 30, 5, tzinfo=dt.UTC)
RECORDS = Records(
    entries=(
        Entry(DAY, mood=3, company=Company.MORE),
        Entry(DAY + dt.timedelta(days=1), text="quiet day", company=Company.LESS),
        Entry(DAY + dt.timedelta(days=2), mood=6),
    )
)


def dumped() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(payload.dump(RECORDS, exported_at=WHEN, app_version="9"))
    return data


def load(doc: object) -> payload.Dump:
    return payload.load(json.dumps(doc).encode())


def test_todays_version_writes_each_answer_and_reads_it_back() -> None:
    doc = dumped()
    assert doc["version"] == payload.PAYLOAD_VERSION >= payload.COMPANY_SINCE
    assert [e["company"] for e in doc["entries"]] == ["more", "less", None]
    assert load(doc).records == RECORDS


def test_in_version_4_the_key_is_optional() -> None:
    doc = dumped()
    del doc["entries"][0]["company"]
    assert load(doc).records.entries[0].company is None


@pytest.mark.parametrize("version", range(1, payload.COMPANY_SINCE))
def test_an_older_dump_reads_unanswered_and_may_not_carry_the_key(version: int) -> None:
    doc = dumped()
    doc["version"] = version
    del doc["photos"]  # a later version's key
    if version < 3:
        del doc["diary_id"], doc["last_changed_at"]
    if version < 2:
        del doc["reach_out_holds"], doc["preferences"]
    for entry in doc["entries"]:
        del entry["tags"]  # a later version's key
    with pytest.raises(InvalidPayload, match="unknown key 'company'"):
        load(doc)
    for entry in doc["entries"]:
        del entry["company"]
    assert [e.company for e in load(doc).records.entries] == [None, None, None]


@pytest.mark.parametrize("value", ["lots", 1, True, ["more"]])
def test_an_answer_that_is_not_one_of_the_three_is_refused(value: object) -> None:
    doc = dumped()
    doc["entries"][0]["company"] = value
    with pytest.raises(InvalidPayload, match=r"entries\[0\]\.company"):
        load(doc)


def test_json_shapes_of_show_and_list_carry_it() -> None:
    day = Day(DAY, RECORDS.entries[0], ())
    assert records.day_to_dict(day)["entry"]["company"] == "more"
    assert records.day_summary(day)["company"] == "more"
    assert records.day_summary(Day(DAY, None, ()))["company"] is None


def test_csv_has_a_company_column_beside_the_mood() -> None:
    data = export_csv.tables(RECORDS).days.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(data, newline="")))
    assert list(export_csv.DAY_COLUMNS).index("company") == 3
    assert [row["company"] for row in rows] == ["more", "less", ""]


def test_markdown_and_show_say_it_in_words() -> None:
    text = export_markdown.render(RECORDS, exported_on=DAY)
    assert "Mood 3/9 · Company today: I wanted more" in text
    assert "Company today: I wanted less" in text
    assert text.count("Company today") == 2
    lines = terminal.day_lines(Day(DAY, RECORDS.entries[0], ()))
    assert "Company today: I wanted more" in lines
