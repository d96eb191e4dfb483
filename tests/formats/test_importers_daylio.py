"""Daylio CSV exports: every header variant, times, several rows a day, HTML notes, mood labels."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diary.domain.models import Entry
from diary.formats.importers import IMPORTERS, ImportFailed, ImportOptions, ImportResult, daylio

NEW = """full_date,date,weekday,time,mood,activities,note_title,note
2024-03-02,March 2,Saturday,21:40,rad,friends | reading,Dinner,"Long dinner, then home."
2024-03-02,March 2,Saturday,08:15,meh,work,,
2024-03-01,March 1,Friday,22:05,bad,,,Tired.
"""


def read(text: str | bytes, **moods: int) -> ImportResult:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return daylio.parse(data, ImportOptions(mood_map=moods))


def entries(text: str | bytes, **moods: int) -> dict[dt.date, Entry]:
    found = read(text, **moods)
    return {entry.day: entry for entry in found.records.entries}


def test_one_entry_per_day_with_the_rows_in_time_order() -> None:
    days = entries(NEW)
    assert sorted(days) == [dt.date(2024, 3, 1), dt.date(2024, 3, 2)]
    first, second = days[dt.date(2024, 3, 1)], days[dt.date(2024, 3, 2)]
    assert (first.mood, first.text) == (3, "22:05 · bad\nTired."), "one row keeps its label"
    assert second.mood == 7, "rad (9) and meh (5) give their mean"
    assert second.text == (
        "08:15 · meh\nActivities: work\n\n"
        "21:40 · rad\nDinner\nLong dinner, then home.\nActivities: friends, reading"
    )


@pytest.mark.parametrize(
    "header, row",
    [
        (
            "full_date,date,weekday,time,mood,activities,note",
            "2018-05-18,May 18,Friday,23:54,good,cook | music,Went to a party",
        ),
        (
            "year,date,weekday,time,mood,activities,note",
            "2018,18 May,Friday,11:54 pm,good,cook | music,Went to a party",
        ),
        (
            "year,date,weekday,time,mood,activities,note",
            "2018,May 18,Friday,11:54 PM,good,cook | music,Went to a party",
        ),
        (
            "full_date,date,weekday,time,mood,activities,note_title,note",
            "2018-05-18,May 18,Friday,23:54,good,cook | music,,Went to a party",
        ),
        (
            "full_date,date,weekday,time,mood,activities,scales,note_title,note",
            "2018-05-18,May 18,Friday,23:54,good,cook | music,,,Went to a party",
        ),
        (
            "full_date;date;weekday;time;mood;activities;note_title;note",
            "2018-05-18;May 18;Friday;23:54;good;cook | music;;Went to a party",
        ),
        (
            "full_date\tdate\tweekday\ttime\tmood\tactivities\tnote_title\tnote",
            "2018-05-18\tMay 18\tFriday\t23:54\tgood\tcook | music\t\tWent to a party",
        ),
    ],
    ids=["full_date-7", "year-7", "year-7-month-first", "8", "9-scales", "semicolons", "tabs"],
)
def test_every_header_variant(header: str, row: str) -> None:
    found = read(f"{header}\n{row}\n")
    assert found.skipped == []
    (entry,) = found.records.entries
    assert (entry.day, entry.mood) == (dt.date(2018, 5, 18), 7)
    assert entry.text == "23:54 · good\nWent to a party\nActivities: cook, music"


def test_bom_crlf_blank_lines_and_quoted_line_breaks() -> None:
    text = (
        "\ufefffull_date,date,weekday,time,mood,activities,note_title,note\r\n"
        "\r\n"
        '2024-01-05,Jan 5,Friday,20:00,good,,"Title","First line\r\nsecond line"\r\n'
        "\r\n"
    )
    (entry,) = read(text).records.entries
    assert entry.text == "20:00 · good\nTitle\nFirst line\nsecond line"


def test_utf16_with_a_byte_order_mark() -> None:
    data = NEW.encode("utf-16")
    assert len(read(data).records.entries) == 2


@pytest.mark.parametrize(
    "times, order",
    [
        (["9:05 am", "10:00 pm"], ["09:05", "22:00"]),
        (["12:30 am", "8:00 am"], ["00:30", "08:00"]),
        (["12:15 pm", "1:00 pm"], ["12:15", "13:00"]),
        (["21:58", "07:03"], ["07:03", "21:58"]),
        (["9.05 p.m.", "21:58:30"], ["21:05", "21:58"]),
    ],
)
def test_twelve_and_twenty_four_hour_times(times: list[str], order: list[str]) -> None:
    rows = [f"2024-02-01,Feb 1,Thursday,{time},good,,,note at {time}" for time in times]
    text = "full_date,date,weekday,time,mood,activities,note_title,note\n" + "\n".join(rows)
    (entry,) = read(text).records.entries
    headings = [line.split(" · ")[0] for line in entry.text.split("\n") if " · " in line]
    assert headings == order


def test_a_time_that_cannot_be_read_keeps_the_row() -> None:
    text = (
        "full_date,date,weekday,time,mood,activities,note\n"
        "2024-02-01,Feb 1,Thursday,teatime,good,,late\n"
        "2024-02-01,Feb 1,Thursday,08:00,good,,early\n"
    )
    (entry,) = read(text).records.entries
    assert entry.text == "08:00 · good\nearly\n\ngood\nlate"


@pytest.mark.parametrize(
    "labels, mood",
    [
        (["rad", "good"], 8),  # 8.0
        (["good", "meh"], 6),  # 6.0
        (["good", "good", "meh"], 6),  # 6.33
        (["rad", "meh", "meh", "bad"], 6),  # 5.5 rounds half up
        (["awful", "bad"], 2),
        (["", "bad"], 3),  # a row without a mood does not count
        (["", ""], None),
    ],
)
def test_moods_of_a_day_are_their_mean_rounded_half_up(labels: list[str], mood: int | None) -> None:
    rows = [f"2024-02-01,Feb 1,Thursday,0{i}:00,{label},,,n{i}" for i, label in enumerate(labels)]
    text = "full_date,date,weekday,time,mood,activities,note_title,note\n" + "\n".join(rows)
    (entry,) = read(text).records.entries
    assert entry.mood == mood


@pytest.mark.parametrize(
    "note, text",
    [
        ("Plain &lt;not a tag&gt;", "Plain <not a tag>"),
        ("<b>Bold</b> and <i>italic</i>", "Bold and italic"),
        ("line one<br>line two<br/>line three", "line one\nline two\nline three"),
        ("<p>First</p><p>Second</p>", "First\nSecond"),
        ("<ul><li>tea</li><li>cake</li></ul>", "- tea\n- cake"),
        ("Fish &amp; chips&nbsp;&#8212; &eacute;t&eacute;", "Fish & chips — été"),
        ("<div>a</div><br><br><br><br><div>b</div>", "a\n\nb"),
        ("unclosed <b>bold and <a href='x'>link", "unclosed bold and link"),
        ("<![ broken", "<![ broken"),
        ("3 < 4 & 5 > 2", "3 < 4 & 5 > 2"),
        ("Keep <c_e> as typed", "Keep <c_e> as typed"),
        ("a <c_e> and AT&T; stay", "a <c_e> and AT&T; stay"),
    ],
)
def test_html_notes_become_plain_text(note: str, text: str) -> None:
    row = f'2024-02-01,Feb 1,Thursday,08:00,good,,,"{note.replace(chr(34), chr(34) * 2)}"'
    (entry,) = read(
        f"full_date,date,weekday,time,mood,activities,note_title,note\n{row}\n"
    ).records.entries
    assert entry.text == f"08:00 · good\n{text}"


def test_activities_that_are_feelings_become_feelings_and_never_contacts() -> None:
    text = (
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        "2024-02-01,Feb 1,Thursday,08:00,good,Grateful | friends | family | date | Relaxed,,\n"
    )
    found = read(text)
    (entry,) = found.records.entries
    assert entry.feelings == ("grateful", "relaxed")
    assert entry.text == "08:00 · good\nActivities: friends, family, date"
    assert found.records.interactions == () and found.records.people == ()


def test_renamed_labels_are_mapped_with_map_and_defaults_can_be_changed() -> None:
    text = (
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        "2024-02-01,Feb 1,Thursday,08:00,Super,,,\n"
        "2024-02-02,Feb 2,Friday,08:00,meh,,,\n"
        "2024-02-03,Feb 3,Saturday,08:00,  so  so ,,,\n"
    )
    days = entries(text, **{"super": 8, "MEH": 4, "so so": 5})
    assert [days[day].mood for day in sorted(days)] == [8, 4, 5]


def test_unknown_labels_name_each_one_and_suggest_map() -> None:
    text = (
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        "2024-02-01,Feb 1,Thursday,08:00,fantastic,,,\n"
        "2024-02-02,Feb 2,Friday,08:00,good,,,\n"
        "2024-02-03,Feb 3,Saturday,08:00,blah,,,\n"
        "2024-02-04,Feb 4,Sunday,08:00,blah,,,\n"
    )
    with pytest.raises(ImportFailed) as error:
        read(text)
    message = str(error.value)
    assert "“blah”, “fantastic”" in message and "--map" in message and "good" not in message
    assert len(entries(text, fantastic=9, blah=4)) == 4


@pytest.mark.parametrize("value", [0, 10, -1, True])
def test_a_mapped_mood_outside_1_to_9_is_refused(value: int) -> None:
    with pytest.raises(ImportFailed, match="from 1 to 9"):
        read(NEW, rad=value)


def test_rows_without_a_readable_date_are_skipped_with_a_note() -> None:
    text = (
        "year,date,weekday,time,mood,activities,note\n"
        "2019,17. Februar,Sonntag,19:05,good,,German month\n"
        "2019,30 February,Saturday,19:05,good,,no such day\n"
        "2019,16 Feb,Saturday,19:05,good,,kept\n"
    )
    found = read(text)
    assert [e.text for e in found.records.entries] == ["19:05 · good\nkept"]
    assert len(found.skipped) == 2
    assert found.skipped[0].startswith("line 2:") and "17. Februar" in found.skipped[0]


def test_a_day_with_nothing_in_it_is_noted_not_imported() -> None:
    text = (
        "full_date,date,weekday,time,mood,activities,note\n2024-02-01,Feb 1,Thursday,08:00,,,\n"
        "2024-02-02,Feb 2,Friday,08:00,,,here\n"
    )
    found = read(text)
    assert [e.day for e in found.records.entries] == [dt.date(2024, 2, 2)]
    assert found.skipped == ["2024-02-01: nothing to import (no mood and no text)."]


def test_uids_are_stable_and_differ_by_day_and_by_app() -> None:
    first = [e.uid for e in read(NEW).records.entries]
    again = [e.uid for e in read(NEW.replace("Tired.", "Changed later.")).records.entries]
    assert first == again and len(set(first)) == 2
    jrnl_day = IMPORTERS["jrnl"].parse(
        b'{"tags": {}, "entries": [{"title": "x", "body": "", "date": "2024-03-01", '
        b'"time": "10:00", "tags": [], "starred": false}]}',
        ImportOptions(),
    )
    assert jrnl_day.records.entries[0].uid not in first


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\n\n",
        b'{"entries": []}',
        b"date,time,note\n2024-01-01,10:00,hi\n",
        "année,date,humeur\n".encode("latin-1"),
        b"full_date,date,weekday,time,mood\n\xff\xfe\x00garbage",
    ],
    ids=["empty", "blank", "json", "other-csv", "latin-1", "bad-bytes"],
)
def test_files_that_are_not_daylio_exports_are_refused_clearly(data: bytes) -> None:
    with pytest.raises(ImportFailed) as error:
        daylio.parse(data, ImportOptions())
    assert "Daylio" in str(error.value) or "UTF-8" in str(error.value)


def test_a_header_alone_is_refused() -> None:
    with pytest.raises(ImportFailed, match="holds no entries"):
        read("full_date,date,weekday,time,mood,activities,note_title,note\n")


def test_looks_like() -> None:
    assert daylio.looks_like(NEW.encode())
    assert daylio.looks_like(b'"year","date","weekday","time","mood","activities","note"\n')
    assert not daylio.looks_like(b'{"entries": []}')
    assert not daylio.looks_like(b"\xff\xff")


# Fuzzing: a result or ImportFailed, never another exception ------------------------------------


def _never_crashes(data: bytes, options: ImportOptions | None = None) -> None:
    try:
        found = daylio.parse(data, options or ImportOptions())
    except ImportFailed as error:
        assert str(error)
        return
    assert all(isinstance(note, str) for note in found.skipped)
    daylio.looks_like(data)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_fuzz_random_bytes(data: bytes) -> None:
    _never_crashes(data)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_fuzz_mutated_export(data: st.DataObject) -> None:
    sample = bytearray(NEW.encode())
    for _ in range(data.draw(st.integers(1, 6))):
        position = data.draw(st.integers(0, len(sample) - 1))
        action = data.draw(st.sampled_from(["flip", "cut", "insert"]))
        if action == "flip":
            sample[position] ^= data.draw(st.integers(1, 255))
        elif action == "cut":
            del sample[position : position + data.draw(st.integers(1, 30))]
        else:
            sample[position:position] = data.draw(st.sampled_from([b'"', b",", b"\n", b"|", b"<"]))
        if not sample:
            break
    _never_crashes(bytes(sample))


_cell = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=40)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.one_of(st.dates().map(dt.date.isoformat), _cell),
            _cell,
            st.sampled_from(["rad", "good", "meh", "bad", "awful", "", "Rad"]),
            _cell,
            _cell,
        ),
        max_size=8,
    )
)
def test_fuzz_generated_rows(rows: list[tuple[str, str, str, str, str]]) -> None:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["full_date", "date", "weekday", "time", "mood", "activities", "note"])
    for day, time, mood, activities, note in rows:
        writer.writerow([day, "", "", time, mood, activities, note])
    _never_crashes(buffer.getvalue().encode("utf-8"))
