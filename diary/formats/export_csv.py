"""The whole diary as CSV tables for a spreadsheet: days, contacts, and people with circles.

Three tables, because a diary holds records of different shapes and a spreadsheet wants one row
shape per table:

- **days**: one row per logged day (an entry, a contact or a check-in), oldest first, with the
  entry (``company``: more, right or less, empty when not answered), the number and minutes
  of the day's contacts, the day's check-in answers, its tags (set on the entry or written
  as ``#tag`` in it, without the ``#``) and how many photos it has (the photos themselves are
  in the Markdown export);
- **contacts**: one row per interaction, as logged;
- **people**: one row per person, then one per circle (the ``kind`` column tells which).

Lists inside a cell (feelings, people) are separated by ``"; "``; gratitude lines by line breaks.
A text cell that a spreadsheet would run as a formula (it starts with ``= + - @``, a tab or a
carriage return) gets a leading ``'``, as OWASP recommends against CSV injection: the text still
reads the same, and opening the file never runs ``=HYPERLINK(…)``.
Files are UTF-8 with a byte-order mark (so spreadsheet programs detect the encoding), comma
separated, with CRLF line ends and quotes where needed (RFC 4180). Pure: records in, bytes out.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from diary.domain.checkins import raw_score, who5_percent
from diary.domain.models import CheckIn, CheckInKind, Records
from diary.domain.tags import day_tags
from diary.formats.records import records_by_day

DAY_COLUMNS = (
    "date",
    "mood",
    "energy",
    "company",
    "feelings",
    "gratitude",
    "text",
    "contacts",
    "contact_minutes",
    "live_minutes",
    "people",
    "who5_answers",
    "who5_percent",
    "ucla3_answers",
    "ucla3_total",
    "tags",
    "photos",
)
CONTACT_COLUMNS = (
    "date",
    "mode",
    "minutes",
    "depth",
    "initiated",
    "people",
    "circle",
    "note",
)
PEOPLE_COLUMNS = ("kind", "name", "circles", "inner", "every_days")
SEPARATOR = "; "
# Every table is named by the suffix its file gets after the export's own name.
CONTACTS_SUFFIX, PEOPLE_SUFFIX = "-contacts", "-people"


@dataclass(frozen=True)
class CsvTables:
    """The three tables, each the complete bytes of one CSV file."""

    days: bytes
    contacts: bytes
    people: bytes


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> object:
    """A cell as written: empty for None, text that could start a formula made inert."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _table(columns: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(value) for value in row])
    return buffer.getvalue().encode("utf-8-sig")


def _list(values: Iterable[str]) -> str:
    return SEPARATOR.join(values)


def _answers(checkins: Sequence[CheckIn], kind: CheckInKind) -> tuple[str, str]:
    """(answers, score) of the day's check-ins of one kind; several are separated by "; "."""
    chosen = [c for c in checkins if c.kind is kind]
    answers = _list(" ".join(str(a) for a in c.answers) for c in chosen)
    scores = (who5_percent(c) if kind is CheckInKind.WHO5 else raw_score(c) for c in chosen)
    return answers, _list(str(score) for score in scores)


def days_table(records: Records, photos: Mapping[dt.date, int] | None = None) -> bytes:
    """One row per logged day (see the module docstring); ``photos``: each day's count."""
    photos = photos or {}
    rows = []
    for held in records_by_day(records):
        entry, items = held.entry, held.interactions
        people = dict.fromkeys(name for item in items for name in item.people)
        who5 = _answers(held.checkins, CheckInKind.WHO5)
        ucla3 = _answers(held.checkins, CheckInKind.UCLA3)
        rows.append(
            (
                held.day.isoformat(),
                entry.mood if entry else None,
                entry.energy if entry else None,
                entry.company.value if entry and entry.company else None,
                _list(entry.feelings) if entry else "",
                "\n".join(g.text + (f" ({g.person})" if g.person else "") for g in entry.gratitude)
                if entry
                else "",
                entry.text if entry else "",
                len(items),
                sum(item.minutes for item in items),
                sum(item.minutes for item in items if item.mode.is_live),
                _list(people),
                *who5,
                *ucla3,
                _list(day_tags(entry.tags, entry.text)) if entry else "",
                photos.get(held.day, 0),
            )
        )
    return _table(DAY_COLUMNS, rows)


def contacts_table(records: Records) -> bytes:
    """One row per interaction, in the order of ``records``."""
    return _table(
        CONTACT_COLUMNS,
        (
            (
                item.day.isoformat(),
                item.mode.value,
                item.minutes,
                item.depth,
                item.initiated.value if item.initiated else None,
                _list(item.people),
                item.circle,
                item.note,
            )
            for item in records.interactions
        ),
    )


def people_table(records: Records) -> bytes:
    """One row per person, then one per circle."""
    people = (
        ("person", p.name, _list(p.circles), "yes" if p.inner else "no", p.cadence_days)
        for p in records.people
    )
    circles = (("circle", c.name, "", "", c.cadence_days) for c in records.circles)
    return _table(PEOPLE_COLUMNS, [*people, *circles])


def tables(records: Records, photos: Mapping[dt.date, int] | None = None) -> CsvTables:
    """All three tables of ``records``; ``photos`` are each day's count of photos."""
    return CsvTables(days_table(records, photos), contacts_table(records), people_table(records))
