"""Markdown and CSV exports: complete, readable, and shaped for people and spreadsheets."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import PurePosixPath

import pytest

from diary.domain.models import (
    CheckIn,
    CheckInKind,
    Circle,
    Entry,
    Gratitude,
    Initiator,
    Interaction,
    Mode,
    Person,
    Records,
)
from diary.domain.photos import Photo
from diary.formats import export_csv, export_markdown

DAY = dt.date(2026, 4, 1)  # a Wednesday
ON = dt.date(2026, 4, 20)
RECORDS = Records(
    circles=(Circle("Choir", cadence_days=7), Circle("Family")),
    people=(
        Person("Ana", circles=("Family",), inner=True, cadence_days=14),
        Person("Jo, the neighbour"),
    ),
    entries=(
        Entry(
            DAY,
            mood=7,
            energy=4,
            feelings=("calm", "hopeful"),
            gratitude=(Gratitude("Soup", "Ana"), Gratitude("Rain")),
            text='# not a heading\nA walk; then "soup", with Ana.\n\nSecond paragraph.',
        ),
        Entry(DAY + dt.timedelta(days=2), mood=2),
    ),
    interactions=(
        Interaction(
            DAY, Mode.IN_PERSON, 60, ("Ana", "Jo, the neighbour"), 4, Initiator.ME, "Family", "walk"
        ),
        Interaction(DAY, Mode.TEXT, 5, ("Jo, the neighbour",)),
        Interaction(DAY + dt.timedelta(days=4), Mode.CALL, 15, ("Ana",)),
    ),
    checkins=(
        CheckIn(DAY, CheckInKind.WHO5, (3, 3, 4, 2, 5)),
        CheckIn(DAY + dt.timedelta(days=5), CheckInKind.UCLA3, (2, 1, 3)),
        CheckIn(DAY + dt.timedelta(days=5), CheckInKind.UCLA3, (1, 1, 1)),
    ),
)


# Markdown --------------------------------------------------------------------------------------


def _sections(text: str) -> dict[str, str]:
    parts = text.split("\n## ")
    return {part.split("\n", 1)[0]: part.split("\n", 1)[1] for part in parts[1:]}


def test_markdown_has_a_section_per_day_in_order_then_people_and_circles() -> None:
    text = export_markdown.render(RECORDS, exported_on=ON)
    assert text.startswith("# Hearth diary\n\nExported on 2026-04-20: 4 days.")
    assert "not encrypted" in text.split("\n\n")[1]
    assert list(_sections(text)) == [
        "Wednesday 1 April 2026",
        "Friday 3 April 2026",
        "Sunday 5 April 2026",
        "Monday 6 April 2026",
        "People",
        "Circles",
    ]


def test_markdown_day_holds_everything_of_the_day() -> None:
    day = _sections(export_markdown.render(RECORDS, exported_on=ON))["Wednesday 1 April 2026"]
    assert day == (
        "\n"
        "Mood 7/9 · energy 4/9\n\n"
        "Feelings: calm, hopeful\n\n"
        "Connected:\n\n"
        "- in person · 60 min · depth 4/5 · with Ana, Jo, the neighbour · Family · started by me"
        " — walk\n"
        "- text · 5 min · with Jo, the neighbour\n\n"
        "Grateful for:\n\n"
        "- Soup (Ana)\n"
        "- Rain\n\n"
        "Check-ins:\n\n"
        "- WHO-5 wellbeing 68/100 (answers 3, 3, 4, 2, 5)\n\n"
        "\\# not a heading\n"
        'A walk; then "soup", with Ana.\n\n'
        "Second paragraph.\n"
    )


def test_markdown_people_circles_and_days_without_an_entry() -> None:
    sections = _sections(export_markdown.render(RECORDS, exported_on=ON))
    assert sections["Sunday 5 April 2026"] == "\nConnected:\n\n- call · 15 min · with Ana\n"
    assert "UCLA-3 loneliness 6/9 (answers 2, 1, 3)" in sections["Monday 6 April 2026"]
    assert "UCLA-3 loneliness 3/9 (answers 1, 1, 1)" in sections["Monday 6 April 2026"]
    assert sections["People"] == (
        "\n- **Ana** ♥ · Family · every 14 days\n- **Jo, the neighbour**\n"
    )
    assert sections["Circles"] == "\n- **Choir** · every 7 days\n- **Family**\n"


def test_markdown_of_an_empty_diary() -> None:
    text = export_markdown.render(Records(), exported_on=ON)
    assert text.endswith("Nothing has been logged yet.\n") and "## " not in text


# CSV -------------------------------------------------------------------------------------------


def _rows(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 with a byte-order mark, for spreadsheets"
    assert b"\r\n" in data
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_days_one_row_per_logged_day() -> None:
    rows = _rows(export_csv.tables(RECORDS).days)
    assert list(rows[0]) == list(export_csv.DAY_COLUMNS)
    assert [row["date"] for row in rows] == ["2026-04-01", "2026-04-03", "2026-04-05", "2026-04-06"]
    first = rows[0]
    assert first == {
        "date": "2026-04-01",
        "mood": "7",
        "energy": "4",
        "company": "",
        "feelings": "calm; hopeful",
        "gratitude": "Soup (Ana)\nRain",
        "text": RECORDS.entries[0].text,
        "contacts": "2",
        "contact_minutes": "65",
        "live_minutes": "60",
        "people": "Ana; Jo, the neighbour",
        "who5_answers": "3 3 4 2 5",
        "who5_percent": "68",
        "ucla3_answers": "",
        "ucla3_total": "",
        "tags": "",
        "photos": "0",
    }
    assert rows[1]["mood"] == "2" and rows[1]["contacts"] == "0" and rows[1]["energy"] == ""
    assert rows[2]["mood"] == "" and rows[2]["live_minutes"] == "15"
    assert (rows[3]["ucla3_answers"], rows[3]["ucla3_total"]) == ("2 1 3; 1 1 1", "6; 3")


def test_csv_days_count_their_photos() -> None:
    rows = _rows(export_csv.tables(RECORDS, {DAY: 3}).days)
    assert [row["photos"] for row in rows] == ["3", "0", "0", "0"]


def test_csv_contacts_one_row_per_interaction() -> None:
    rows = _rows(export_csv.tables(RECORDS).contacts)
    assert list(rows[0]) == list(export_csv.CONTACT_COLUMNS)
    assert rows[0] == {
        "date": "2026-04-01",
        "mode": "in-person",
        "minutes": "60",
        "depth": "4",
        "initiated": "me",
        "people": "Ana; Jo, the neighbour",
        "circle": "Family",
        "note": "walk",
    }
    assert [row["mode"] for row in rows] == ["in-person", "text", "call"]
    assert rows[1]["depth"] == "" and rows[1]["initiated"] == "" and rows[1]["circle"] == ""


def test_csv_people_then_circles() -> None:
    rows = _rows(export_csv.tables(RECORDS).people)
    assert [tuple(row.values()) for row in rows] == [
        ("person", "Ana", "Family", "yes", "14"),
        ("person", "Jo, the neighbour", "", "no", ""),
        ("circle", "Choir", "", "", "7"),
        ("circle", "Family", "", "", ""),
    ]


def test_csv_of_an_empty_diary_has_headers_only() -> None:
    tables = export_csv.tables(Records())
    for data, columns in (
        (tables.days, export_csv.DAY_COLUMNS),
        (tables.contacts, export_csv.CONTACT_COLUMNS),
        (tables.people, export_csv.PEOPLE_COLUMNS),
    ):
        assert data.decode("utf-8-sig") == ",".join(columns) + "\r\n"


# What the user typed is never run or taken for markup -----------------------------------------

HOSTILE = Records(
    circles=(Circle("=cmd|' /C calc'!A0"),),
    people=(Person("@SUM(1)"), Person("<b>Bo</b>")),
    entries=(
        Entry(
            DAY,
            feelings=("+1",),
            gratitude=(Gratitude("-2+3", "@SUM(1)"),),
            text='=HYPERLINK("http://example.invalid","click")\n<script>alert(1)</script>',
        ),
    ),
    interactions=(
        Interaction(DAY, Mode.CALL, 5, ("@SUM(1)",), note="\t=1+1"),  # notes are trimmed
        Interaction(DAY, Mode.TEXT, 5, ("<b>Bo</b>",), note='<img src=x onerror="alert(1)">'),
    ),
)


def test_csv_cells_that_would_start_a_formula_are_made_inert() -> None:
    tables = export_csv.tables(HOSTILE)
    days, contacts, people = (_rows(tables.days), _rows(tables.contacts), _rows(tables.people))
    cells = [value for rows in (days, contacts, people) for row in rows for value in row.values()]

    assert days[0]["text"].startswith("'=HYPERLINK(")
    assert days[0]["feelings"] == "'+1" and days[0]["gratitude"] == "'-2+3 (@SUM(1))"
    assert contacts[0]["note"] == "'=1+1" and contacts[0]["people"] == "'@SUM(1)"
    assert [row["name"] for row in people] == ["'@SUM(1)", "<b>Bo</b>", "'=cmd|' /C calc'!A0"]
    assert not [cell for cell in cells if cell[:1] in export_csv.FORMULA_STARTS]
    assert days[0]["date"] == "2026-04-01" and contacts[0]["minutes"] == "5"  # data untouched


def test_markdown_writes_html_in_what_was_typed_as_text() -> None:
    text = export_markdown.render(HOSTILE, exported_on=ON)

    assert "<script>" not in text and "<img" not in text and "<b>" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert '&lt;img src=x onerror="alert(1)"&gt;' in text
    assert "**&lt;b&gt;Bo&lt;/b&gt;**" in text


# Photos: files beside the Markdown, linked from their days ------------------------------------


def _photo(name: str, mime: str = "image/jpeg", day: dt.date = DAY) -> Photo:
    return Photo(day=day, mime=mime, width=4, height=3, size=10, name=name, id=1)


@pytest.mark.parametrize(
    "name, number, file",
    [
        ("IMG_2041.jpg", 1, "2026-04-01-1-IMG_2041.jpg"),
        ("IMG 2041 (copy).JPEG", 2, "2026-04-01-2-IMG_2041_copy.jpg"),
        ("", 3, "2026-04-01-3.jpg"),
        ("CON.jpg", 1, "2026-04-01-1-CON.jpg"),  # a device name only alone
        ("../../etc/passwd", 1, "2026-04-01-1-passwd.jpg"),
        ('a:b*c?d<e>f|g"h.png', 1, "2026-04-01-1-a_b_c_d_e_f_g_h.jpg"),
        ("trailing. . .", 1, "2026-04-01-1-trailing.jpg"),
        ("..", 1, "2026-04-01-1.jpg"),
        ("Café au lait.heic", 1, "2026-04-01-1-Café_au_lait.jpg"),
        ("x" * 300 + ".jpg", 1, "2026-04-01-1-" + "x" * export_markdown.NAME_LIMIT + ".jpg"),
    ],
)
def test_photo_file_names_are_safe_everywhere(name: str, number: int, file: str) -> None:
    assert export_markdown.photo_file_name(_photo(name), number) == file


def test_a_photo_file_ends_as_its_format_does() -> None:
    names = [
        export_markdown.photo_file_name(_photo("p.jpg", mime), 1)
        for mime in ("image/png", "image/webp", "image/gif")
    ]
    assert names == ["2026-04-01-1-p.png", "2026-04-01-1-p.webp", "2026-04-01-1-p.gif"]


def test_markdown_links_each_day_s_photos_after_its_text() -> None:
    links = {
        DAY: [
            export_markdown.PhotoLink("IMG [1].jpg", PurePosixPath("my export-photos/a b.jpg")),
            export_markdown.PhotoLink("<b>.png", PurePosixPath("my export-photos/c.png")),
        ]
    }
    text = export_markdown.render(RECORDS, exported_on=ON, photos=links, folder="my export-photos")
    day = _sections(text)["Wednesday 1 April 2026"]
    assert day.endswith(
        "Second paragraph.\n\n"
        "![IMG \\[1\\].jpg](my%20export-photos/a%20b.jpg)\n"
        "![&lt;b&gt;.png](my%20export-photos/c.png)\n"
    )
    assert "its photos, in the folder my export-photos, are not encrypted" in text
    assert "![" not in _sections(text)["Friday 3 April 2026"]
