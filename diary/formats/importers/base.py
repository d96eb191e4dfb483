"""What every importer shares: its options and result, its one error, and the day builder.

Other apps keep several notes a day; Hearth keeps one entry a day. Every importer turns the
source's records into ``Piece``s (one note at one time on one day) and ``entries_by_day`` joins
the pieces of a day into one ``Entry`` whose uid is derived from the source and the date, so
importing the same file again matches the entries already imported.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from diary import messages
from diary.domain.models import Entry, Records, ValidationError
from diary.i18n import _

# Fixed forever: changing it would make every re-import add everything again.
_UID_NAMESPACE = uuid.UUID("5f1c9a52-8d3e-4b7a-9c61-2f0e7d4a8b13")
_MAX_NOTES = 1000  # notes about unusable records kept in a result (the rest are counted)


class ImportFailed(ValueError):
    """The file cannot be imported at all; the message says why, in words for the user."""


@dataclass(frozen=True)
class ImportOptions:
    """Choices the user can make about an import.

    Attributes:
        mood_map: mood labels (any case) to Hearth's 1-9 mood, overriding the defaults (Daylio).
        timezone: the zone of times that carry none (Day One); None means this computer's.
    """

    mood_map: Mapping[str, int] = field(default_factory=dict)
    timezone: dt.tzinfo | None = None


@dataclass(frozen=True)
class ImportResult:
    """What a file holds, ready for ``Repository.merge_records``.

    Attributes:
        records: the records, with uids that are stable from one import of the file to the next.
        skipped: one sentence for each record of the file that could not be used.
    """

    records: Records
    skipped: list[str]


@dataclass(frozen=True)
class Piece:
    """One note of the source app: a part of one day's entry.

    Attributes:
        day: the local calendar date it belongs to.
        time: the local time it was written, when known (orders the pieces of a day).
        text: its words, already plain text.
        label: what the heading of this piece says after the time (a mood label, a journal).
        mood: its mood on Hearth's 1-9 scale, if it has one.
        feelings: feeling words it carries.
    """

    day: dt.date
    time: dt.time | None
    text: str
    label: str = ""
    mood: int | None = None
    feelings: tuple[str, ...] = ()


class Notes:
    """The sentences about records that could not be used, capped so a bad file stays small."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self.dropped = 0

    def add(self, text: str) -> None:
        """Remember one sentence (or just count it, past the cap)."""
        if len(self.items) < _MAX_NOTES:
            self.items.append(text)
        else:
            self.dropped += 1

    def result(self) -> list[str]:
        """Every sentence, and one more saying how many were left out."""
        if self.dropped:
            return [*self.items, messages.IMPORT_MORE_NOTES.format(count=self.dropped)]
        return list(self.items)


def stable_uid(source: str, key: str) -> str:
    """A uid that is the same every time the same record of the same app is imported."""
    return uuid.uuid5(_UID_NAMESPACE, f"{source}\n{key}").hex


def clean_text(text: str) -> str:
    """Plain text: LF line ends, no NUL characters, no spaces at line ends, trimmed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def mean_mood(moods: list[int]) -> int | None:
    """The mean of whole moods, rounded half up (7 and 8 give 8); None for no moods."""
    if not moods:
        return None
    count = len(moods)
    return (2 * sum(moods) + count) // (2 * count)


def _heading(piece: Piece) -> str:
    time = piece.time.strftime("%H:%M") if piece.time is not None else ""
    return " · ".join(part for part in (time, piece.label) if part)


def _day_text(pieces: list[Piece]) -> str:
    """One piece's text as it is; several, each under a heading with its time and label."""
    if len(pieces) == 1:
        return pieces[0].text
    blocks = []
    for piece in pieces:
        heading = _heading(piece)
        block = "\n".join(part for part in (heading, piece.text) if part)
        if block:
            blocks.append(block)
    return "\n\n".join(blocks)


def entries_by_day(source: str, pieces: list[Piece], notes: Notes) -> tuple[Entry, ...]:
    """One entry per day, oldest first, joining the pieces of each day in time order.

    The mood of a day is the mean of its pieces' moods (rounded half up); feelings are joined
    without repeats; pieces without a time keep their order after the timed ones.
    """
    days: dict[dt.date, list[Piece]] = defaultdict(list)
    for piece in pieces:
        days[piece.day].append(piece)
    entries = []
    for day in sorted(days):
        ordered = sorted(
            (p for p in days[day] if p.text or p.mood is not None or p.feelings),
            key=lambda p: (p.time is None, p.time or dt.time()),
        )
        if not ordered:
            notes.add(messages.IMPORT_DAY_EMPTY.format(day=day.isoformat()))
            continue
        feelings = tuple(dict.fromkeys(word for p in ordered for word in p.feelings))
        moods = [p.mood for p in ordered if p.mood is not None]
        try:
            entry = Entry(
                day,
                mood=mean_mood(moods),
                feelings=feelings,
                text=_day_text(ordered),
                uid=stable_uid(source, day.isoformat()),
            )
        except ValidationError as error:
            notes.add(messages.IMPORT_DAY_REFUSED.format(day=day.isoformat(), reason=error))
            continue
        entries.append(entry)
    return tuple(entries)


def result(source: str, pieces: list[Piece], notes: Notes) -> ImportResult:
    """The entries of ``pieces`` and every note, as an importer returns them."""
    entries = entries_by_day(source, pieces, notes)
    return ImportResult(Records(entries=entries), notes.result())


# Reading files --------------------------------------------------------------------------------


def decode(data: bytes, what: str) -> str:
    """Text from UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order mark.

    ``what`` is the format the file should be in, marked (an importer's ``WHAT``).
    """
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16")
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFailed(messages.IMPORT_NOT_TEXT.format(what=_(what))) from None


def _refuse_constant(name: str) -> float:
    raise ValueError(messages.ERROR_NOT_A_JSON_NUMBER.format(name=name))


def load_json(data: bytes, what: str) -> Any:
    """A JSON document, or ``ImportFailed`` naming what the file should have been."""
    text = decode(data, what)
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except RecursionError:
        reason = messages.ERROR_NESTED_TOO_DEEPLY
        raise ImportFailed(messages.IMPORT_NOT_JSON.format(what=_(what), reason=reason)) from None
    except ValueError as error:  # JSONDecodeError, NaN, over-long integers: Python's words
        reason = str(error)[:200]
        raise ImportFailed(messages.IMPORT_NOT_JSON.format(what=_(what), reason=reason)) from None


def json_or_none(data: bytes) -> Any:
    """A JSON document, or None when ``data`` is not one (for recognising files)."""
    try:
        return load_json(data, "")
    except ImportFailed:
        return None


def text(value: object) -> str:
    """A JSON value that should be text: text as it is, anything else as nothing."""
    return value if isinstance(value, str) else ""


def tags_line(tags: object) -> str:
    """``Tags: a, b`` for a JSON list of tags, or nothing."""
    if not isinstance(tags, list):
        return ""
    names = [clean_text(t) for t in tags if isinstance(t, str) and clean_text(t)]
    return messages.IMPORT_TAGS_LINE.format(tags=", ".join(names)) if names else ""


_TIME = re.compile(
    r"\s*(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*(?:([ap])\.?\s*m\.?)?\s*\Z",
    re.IGNORECASE | re.ASCII,
)
_ISO_DATE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})\s*\Z", re.ASCII)


def iso_date(value: object) -> dt.date | None:
    """A ``YYYY-MM-DD`` date, or None."""
    match = _ISO_DATE.match(value) if isinstance(value, str) else None
    if match is None:
        return None
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def join_lines(*parts: str) -> str:
    """The non-empty parts, one after another on their own lines."""
    return "\n".join(part for part in parts if part)


def parse_time(value: str) -> dt.time | None:
    """``21:58``, ``9:58 pm``, ``09:58 PM``, ``21.58`` or ``21:58:07``; None if it is not a time."""
    match = _TIME.match(value)
    if match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    second = int(match.group(3) or 0)
    half = (match.group(4) or "").lower()
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return dt.time(hour, minute, second)
