"""What every importer shares: its options and result, its one error, and the day builder.

Other apps keep several notes a day; Hearth keeps one entry a day. Every importer turns the
source's records into ``Piece``s (``diary.domain.imports.SourceNote``: one note at one time on
one day, with a ``key`` that names it in its app for good). ``Repository.import_notes`` merges
them note by note; ``entries_by_day`` joins the pieces of each day into one ``Entry`` whose uid
is derived from the source and the date, as that merge makes them (for previews and tests).
An importer's ``read`` takes a binary stream and yields its pieces one by one, so a large
export is never all in memory; it raises ``ImportFailed`` (at the latest when the stream ends)
for a file it cannot take as a whole, such as one cut short.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from diary import messages
from diary.domain.imports import SourceNote, day_text, day_uid, feelings_of, mean_mood, tags_of
from diary.domain.imports import stable_uid as stable_uid
from diary.domain.models import Entry, Records, ValidationError
from diary.domain.tags import as_tag, unique_tags
from diary.i18n import _

_MAX_NOTES = 1000  # notes about unusable records kept in a result (the rest are counted)
_REASONS_SHOWN = 3  # reasons named when nothing at all could be read

Piece = SourceNote
"""One note of the source app (see ``diary.domain.imports.SourceNote``)."""


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
    """What a file holds.

    Attributes:
        records: the records, one entry a day, with uids that are stable from one import of
            the file to the next (what a first import into an empty diary makes).
        skipped: one sentence for each record of the file that could not be used (or about
            what of it was left out).
        pieces: every note read, in the order read (none for a Hearth JSON file); Day One and
            jrnl give a day's notes together (``by_day``).
    """

    records: Records
    skipped: list[str]
    pieces: tuple[Piece, ...] = ()


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


Reader = Callable[[BinaryIO, ImportOptions, Notes], Iterator[Piece]]
"""An importer's ``read``: a binary stream in, its notes out one by one."""


def checked(pieces: Iterator[Piece], notes: Notes) -> Iterator[Piece]:
    """The pieces that bring something; ``ImportFailed`` at the end if none could be read.

    A piece with no words, mood or feeling is noted. A file that holds no note at all, or
    none that could be read, is an error naming the first reasons.
    """
    count = 0
    for piece in pieces:
        if not piece.has_content:
            notes.add(messages.IMPORT_DAY_EMPTY.format(day=piece.day.isoformat()))
            continue
        count += 1
        yield piece
    if count == 0:
        if notes.items:
            reasons = " ".join(notes.items[:_REASONS_SHOWN])
            raise ImportFailed(messages.IMPORT_NOTHING_READABLE.format(reasons=reasons))
        raise ImportFailed(messages.IMPORT_NO_NOTES)


def clean_text(text: str) -> str:
    """Plain text: LF line ends, no NUL characters, no spaces at line ends, trimmed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def entries_by_day(source: str, pieces: list[Piece], notes: Notes) -> tuple[Entry, ...]:
    """One entry per day, oldest first, joining the pieces of each day in time order.

    The mood of a day is the mean of its pieces' moods (rounded half up); feelings are joined
    without repeats; pieces without a time keep their order after the timed ones. This is the
    entry ``Repository.import_notes`` makes of a day the diary did not have.
    """
    days: dict[dt.date, list[Piece]] = defaultdict(list)
    for piece in pieces:
        days[piece.day].append(piece)
    entries = []
    for day in sorted(days):
        by_key: dict[str, Piece] = {}
        for piece in days[day]:
            if piece.has_content:
                by_key.setdefault(piece.key, piece)  # a key read twice is one note
        kept = list(by_key.values())
        if not kept:
            continue
        try:
            entry = Entry(
                day,
                mood=mean_mood(p.mood for p in kept if p.mood is not None),
                feelings=feelings_of(kept),
                text=day_text(kept),
                uid=day_uid(source, day),
                tags=tags_of(kept),
            )
        except ValidationError as error:
            notes.add(messages.IMPORT_DAY_REFUSED.format(day=day.isoformat(), reason=error))
            continue
        entries.append(entry)
    return tuple(entries)


def collect(source: str, read: Reader, stream: BinaryIO, options: ImportOptions) -> ImportResult:
    """Every piece of a stream and the entries they make, all in memory (a small file)."""
    notes = Notes()
    pieces = list(checked(read(stream, options, notes), notes))
    entries = entries_by_day(source, pieces, notes)
    return ImportResult(Records(entries=entries), notes.result(), tuple(pieces))


ORDER_WINDOW = 32 * 1024 * 1024
"""Bytes of notes ``by_day`` sorts at a time: a whole real diary, and a bound for any."""
_PIECE_BYTES = 224  # a piece beside its text and key: the object, its date and time (measured)


def by_day(pieces: Iterator[Piece], window: int | None = None) -> Iterator[Piece]:
    """The pieces with each day's notes together, as ``Repository.import_notes`` merges best.

    A day given in several places is merged once for each (the same result, at a cost), so
    the pieces are sorted by day, keeping file order within a day, ``window`` bytes of them at
    a time: a whole export of a real diary is sorted at once, and a larger one in windows
    (which its dates, in file order already, join up), so memory stays bounded.
    """
    window = ORDER_WINDOW if window is None else window
    held: list[Piece] = []
    size = 0
    for piece in pieces:
        held.append(piece)
        size += sys.getsizeof(piece.text) + sys.getsizeof(piece.key) + _PIECE_BYTES
        if size >= window:
            held.sort(key=lambda piece: piece.day)
            yield from held
            held, size = [], 0
    held.sort(key=lambda piece: piece.day)
    yield from held


def keyed(day: dt.date, time: str, seen: dict[str, int]) -> str:
    """A note's key from its date and time as the file writes them, numbered when repeated."""
    base = f"{day.isoformat()} {' '.join(time.split())}"
    seen[base] = seen.get(base, 0) + 1
    return base if seen[base] == 1 else f"{base} #{seen[base]}"


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


def text_stream(stream: BinaryIO, what: str) -> Iterator[str]:
    """The lines of a text file as it is read (line ends kept), never all of it at once.

    UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order mark, as ``decode``.
    """
    head = stream.read(2)
    stream.seek(0)
    encoding = "utf-16" if head in (b"\xff\xfe", b"\xfe\xff") else "utf-8-sig"
    wrapper = io.TextIOWrapper(stream, encoding=encoding, newline="")
    try:
        yield from wrapper
    except UnicodeDecodeError:
        raise ImportFailed(messages.IMPORT_NOT_TEXT.format(what=_(what))) from None
    finally:
        if not stream.closed:  # leave the caller's stream open for the caller to close
            wrapper.detach()


def refuse_constant(name: str) -> float:
    """Refuse ``NaN`` and ``Infinity``, which Python's ``json`` takes but JSON has not."""
    raise ValueError(messages.ERROR_NOT_A_JSON_NUMBER.format(name=name))


WHOLE_MAX_BYTES = 48 * 1024 * 1024
"""The largest file of a format that is read whole (Mini Diary's JSON, Hearth's own export).

Parsing one takes about four and a half times its size at the peak (a 62 MB Mini Diary export:
276 MB), so 48 MB keeps any import under 300 MB; Day One, jrnl and Daylio are read a note at a
time instead. Twenty years of long Mini Diary entries are a few megabytes."""


def read_whole(stream: BinaryIO, what: str) -> bytes:
    """All of a file of a format read whole, or ``ImportFailed`` if it is beyond the limit."""
    data = stream.read(WHOLE_MAX_BYTES + 1)
    if len(data) > WHOLE_MAX_BYTES:
        raise ImportFailed(
            messages.IMPORT_TOO_BIG_WHOLE.format(what=_(what), limit=WHOLE_MAX_BYTES // 2**20)
        )
    return data


def read_whole_file(path: Path, what: str) -> bytes:
    """``read_whole`` of the file at ``path`` (``OSError`` if it cannot be read)."""
    with path.open("rb") as stream:
        return read_whole(stream, what)


def load_json(data: bytes, what: str) -> Any:
    """A JSON document, or ``ImportFailed`` naming what the file should have been."""
    text = decode(data, what)
    try:
        return json.loads(text, parse_constant=refuse_constant)
    except RecursionError:
        reason = messages.ERROR_NESTED_TOO_DEEPLY
        raise ImportFailed(messages.IMPORT_NOT_JSON.format(what=_(what), reason=reason)) from None
    except json.JSONDecodeError as error:
        # It stops where the file does, or inside a string that never closes: cut short.
        if text.strip() and (error.pos >= len(text.rstrip()) or "Unterminated" in error.msg):
            raise ImportFailed(messages.IMPORT_CUT_SHORT.format(what=_(what))) from None
        reason = str(error)[:200]
        raise ImportFailed(messages.IMPORT_NOT_JSON.format(what=_(what), reason=reason)) from None
    except ValueError as error:  # NaN, over-long integers: Python's words
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


def note_tags(tags: object, *, starred: bool) -> tuple[tuple[str, ...], str]:
    """Another app's tags (a JSON list) as Hearth tags, and "starred" for a starred entry.

    They arrive as tags, not as words added to the text (jrnl's ``@work`` is ``work``, Day One's
    "Work trip" is ``Work-trip``). A label no tag can hold (only punctuation, say) is not lost:
    it comes back as a ``Tags: …`` line for the text.
    """
    names = [clean_text(t) for t in tags if isinstance(t, str)] if isinstance(tags, list) else []
    found: list[str] = []
    kept: list[str] = []
    for name in filter(None, names):
        tag = as_tag(name.lstrip("@#"))
        if tag is None:
            kept.append(name)
        else:
            found.append(tag)
    if starred:
        found.append(messages.IMPORT_STARRED_TAG)
    line = messages.IMPORT_TAGS_LINE.format(tags=", ".join(kept)) if kept else ""
    return unique_tags(found), line


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
