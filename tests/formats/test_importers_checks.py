"""What every importer refuses (issue 16): the wrong format, nothing readable, a file cut short.

And what it now keeps: Daylio's labels on every day, extra cells and scales mentioned, plain
notes left as typed; Day One's media-only entries listed, U+FFFC and dead links gone; each note
keyed for good, so a later export is merged note by note.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from diary.formats.importers import IMPORTERS, ImportFailed, ImportOptions, daylio, dayone, jrnl
from diary.formats.importers.base import Notes

HEADER = "full_date,date,weekday,time,mood,activities,note_title,note\n"
DAYLIO = (
    HEADER
    + '2024-03-02,March 2,Saturday,21:40,rad,,Dinner,"Long dinner, then home."\n'
    + "2024-03-02,March 2,Saturday,08:15,meh,work,,\n"
    + "2024-03-01,March 1,Friday,22:05,bad,,,Tired.\n"
)
JRNL = {
    "tags": {},
    "entries": [
        {"title": "Hi.", "body": "", "date": "2024-03-01", "time": "09:00", "tags": [],
         "starred": False},
    ],
}  # fmt: skip
DAYONE = {
    "metadata": {"version": "1.0"},
    "entries": [{"uuid": "B" * 32, "creationDate": "2024-03-01T10:00:00Z", "text": "Day One."}],
}
MINIDIARY = {"metadata": {}, "entries": {"2024-03-01": {"title": "", "text": "Mini."}}}
SAMPLES = {
    "daylio": DAYLIO.encode(),
    "dayone": json.dumps(DAYONE).encode(),
    "jrnl": json.dumps(JRNL).encode(),
    "minidiary": json.dumps(MINIDIARY).encode(),
}


# Every importer checks that the file is its format ---------------------------------------------


@pytest.mark.parametrize("given", list(SAMPLES))
@pytest.mark.parametrize("kind", list(SAMPLES))
def test_each_importer_refuses_the_other_apps_files(kind: str, given: str) -> None:
    importer = IMPORTERS[kind]
    if kind == given:
        assert importer.parse(SAMPLES[given], ImportOptions()).pieces
        return
    with pytest.raises(ImportFailed, match="Nothing was imported"):
        importer.parse(SAMPLES[given], ImportOptions())


def test_a_hearth_export_is_not_a_day_one_journal() -> None:
    hearth = {"format": "hearth-diary", "entries": [{"date": "2024-03-01", "text": "x"}]}
    with pytest.raises(ImportFailed, match="not a Day One"):
        dayone.parse(json.dumps(hearth).encode(), ImportOptions())


# Nothing readable is an error, naming the first reasons -----------------------------------------


def test_no_readable_row_is_an_error_with_the_first_reasons() -> None:
    old_polish = "year,date,weekday,time,mood,activities,note\n" + "".join(
        f"2019,{d} lutego,niedziela,19:05,good,,Dzień {d}\n" for d in range(1, 6)
    )
    with pytest.raises(ImportFailed) as error:
        daylio.parse(old_polish.encode(), ImportOptions())
    message = str(error.value)
    assert message.startswith("Nothing in this file could be read: line 2: “1 lutego 2019”")
    assert "line 4:" in message and "line 5:" not in message, "the first three reasons"


def test_no_dated_jrnl_entry_is_an_error() -> None:
    document = {"tags": {}, "entries": [{"title": "x", "body": "", "date": "01/03/2024"}]}
    with pytest.raises(ImportFailed, match="Nothing in this file could be read: entry #1"):
        jrnl.parse(json.dumps(document).encode(), ImportOptions())


# A file cut short is refused ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "cut",
    [
        DAYLIO[: DAYLIO.index("then home")],  # inside a quoted note
        DAYLIO[: DAYLIO.index(",meh,") + 3],  # mid-row, no line end
        DAYLIO[: DAYLIO.rindex(",bad,") + 2],  # inside a cell of the last row
    ],
    ids=["quoted", "mid-row", "last-row"],
)
def test_a_daylio_file_cut_short_is_refused(cut: str) -> None:
    with pytest.raises(ImportFailed, match="looks cut short"):
        daylio.parse(cut.encode(), ImportOptions())


def test_a_whole_file_without_a_last_line_end_is_fine() -> None:
    assert len(daylio.parse(DAYLIO.rstrip("\n").encode(), ImportOptions()).pieces) == 3


@pytest.mark.parametrize("kind", ["dayone", "jrnl", "minidiary"])
def test_a_json_file_cut_short_is_refused(kind: str) -> None:
    data = SAMPLES[kind]
    for end in (len(data) // 2, len(data) - 1):
        with pytest.raises(ImportFailed, match="looks cut short"):
            IMPORTERS[kind].parse(data[:end], ImportOptions())


# Daylio: labels, extra cells, scales, plain notes -------------------------------------------------


def test_the_mood_label_stays_on_a_day_of_one_row_and_feeling_labels_become_feelings() -> None:
    text = HEADER + "2024-03-01,March 1,Friday,22:05,Tired,,,Long day.\n"
    found = daylio.parse(text.encode(), ImportOptions(mood_map={"tired": 3}))
    (entry,) = found.records.entries
    assert entry.text == "22:05 · Tired\nLong day."
    assert (entry.mood, entry.feelings) == (3, ("tired",))


def test_an_extra_cell_and_the_scales_column_are_mentioned() -> None:
    text = (
        "full_date,date,weekday,time,mood,activities,scales,note_title,note\n"
        "2024-03-02,March 2,Saturday,21:40,rad,,sleep: 4,,fine,spilled over\n"
        "2024-03-01,March 1,Friday,22:05,bad,,,,Tired.\n"
    )
    found = daylio.parse(text.encode(), ImportOptions())
    assert found.skipped == [
        "line 2: 1 cell more than the first line names, which was not imported: “spilled over”.",
        "The scales column holds something on 1 row; Hearth has no place for Daylio's scales, "
        "so they were not imported.",
    ]
    assert len(found.records.entries) == 2


def test_only_html_notes_lose_their_markup() -> None:
    assert daylio.html_to_text("plain <c_e> kept") == "plain <c_e> kept"
    assert daylio.html_to_text("a <b>bold</b> one") == "a bold one"
    assert daylio.html_to_text("Tom &amp; Jerry") == "Tom & Jerry"
    assert daylio.html_to_text("x < y and y > z") == "x < y and y > z"


def test_rows_are_keyed_by_date_and_time_and_stay_the_same_in_a_later_export() -> None:
    first = daylio.parse(DAYLIO.encode(), ImportOptions()).pieces
    later = HEADER + "2024-03-03,March 3,Sunday,10:00,good,,,New.\n" + DAYLIO[len(HEADER) :]
    again = daylio.parse(later.encode(), ImportOptions()).pieces
    assert [p.key for p in first] == ["2024-03-02 21:40", "2024-03-02 08:15", "2024-03-01 22:05"]
    assert [p.key for p in again][1:] == [p.key for p in first]
    twice = (
        HEADER
        + "2024-03-01,March 1,Friday,22:05,bad,,,a\n2024-03-01,March 1,Friday,22:05,bad,,,b\n"
    )
    assert [p.key for p in daylio.parse(twice.encode(), ImportOptions()).pieces] == [
        "2024-03-01 22:05",
        "2024-03-01 22:05 #2",
    ]


def test_a_large_export_is_read_as_a_stream(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8") as out:
        out.write(HEADER)
        for n in range(3000):
            day = dt.date(2024, 1, 1) - dt.timedelta(days=n)
            out.write(f"{day},x,y,10:00,good,,,note {n}\n")
    notes = IMPORTERS["daylio"].notes(path, ImportOptions(), Notes())
    first = next(notes)
    assert first.day == dt.date(2024, 1, 1), "the first note comes before the file is all read"
    assert sum(1 for _ in notes) == 2999
    scan = IMPORTERS["daylio"].scan(path, ImportOptions())
    assert (scan.notes, scan.days) == (3000, 3000)


def test_a_stream_is_left_open_for_its_caller() -> None:
    stream = io.BytesIO(DAYLIO.encode())
    assert len(list(daylio.read(stream, ImportOptions(), Notes()))) == 3
    assert not stream.closed


# Day One: media-only entries, U+FFFC, dead links ------------------------------------------------


def test_media_only_entries_are_listed_and_dead_links_and_u_fffc_removed() -> None:
    document = {
        "entries": [
            {"uuid": "C" * 32, "creationDate": "2024-03-01T10:00:00Z", "text": "",
             "photos": [{"identifier": "X"}]},
            {"uuid": "D" * 32, "creationDate": "2024-03-01T11:00:00Z",
             "text": "See \ufffc[yesterday](dayone2://view?entryId=A) and dayone2://view?x=1 too"},
        ]
    }  # fmt: skip
    found = dayone.parse(json.dumps(document).encode(), ImportOptions(timezone=dt.UTC))
    assert found.skipped == [
        "This Day One file holds no photos: they come only with Day One's zip export (the .zip "
        "with the journals and a photos folder). Import the zip to bring them along.",
        "entry #1 (2024-03-01): nothing but photos, videos or audio that Hearth could not take, "
        "so it was skipped.",
    ]
    (entry,) = found.records.entries
    assert entry.text == "See yesterday and  too"
    assert [p.key for p in found.pieces] == ["D" * 32]
