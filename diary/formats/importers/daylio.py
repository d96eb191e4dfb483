"""Daylio's CSV export: one row per mood check, several a day, newest first.

Every header seen in the wild is read by column name, not position: ``full_date`` (ISO date) or
``year`` plus ``date`` ("18 May", "May 18"), ``time`` in 24- or 12-hour form, ``mood``,
``activities`` split on ``|``, an optional ``note_title`` and ``note`` (which may hold HTML).
Other columns are ignored (``weekday``; ``scales``, which is mentioned when it holds data; an
extra cell beyond the header is mentioned too). The delimiter is a comma, a semicolon or a tab,
whichever the header uses; a byte-order mark, CRLF line ends, blank lines and line breaks inside
quoted notes are all fine; a file cut short (inside a quoted note, or mid-row) is refused.

A day's rows become one entry: its mood is the mean of the rows' moods (rounded half up), an
activity that is one of Hearth's own feeling words becomes a feeling, the other activities are
kept in the text as a line ``Activities: …``; every row gets a heading with its time and mood
label (a label that is a Hearth feeling word also becomes a feeling). Each row is one note, named
by its date and time, so a later export adds only the rows the diary lacks. The file is read as
a stream, a row at a time. Activities never become contacts: Hearth never invents people.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import itertools
import re
from collections.abc import Iterator, Mapping
from html.entities import name2codepoint
from html.parser import HTMLParser
from typing import BinaryIO

from diary import messages
from diary.domain import vocabulary
from diary.domain.models import MOOD_MAX, MOOD_MIN
from diary.formats.importers.base import (
    ImportFailed,
    ImportOptions,
    ImportResult,
    Notes,
    Piece,
    clean_text,
    collect,
    decode,
    join_lines,
    keyed,
    parse_time,
    text_stream,
)
from diary.i18n import N_, _

NAME = "daylio"
WHAT = N_("a Daylio CSV export")
DEFAULT_MOODS: Mapping[str, int] = {"rad": 9, "good": 7, "meh": 5, "bad": 3, "awful": 1}

_DELIMITERS = (",", ";", "\t")
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_FULL_DATE = re.compile(r"\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*\Z", re.ASCII)
_DAY_NUMBER = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\Z", re.IGNORECASE | re.ASCII)
_BLOCKS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote"}


# Notes written with Daylio's formatting are HTML ----------------------------------------------


class _PlainText(HTMLParser):
    """Text of an HTML fragment: line breaks kept, list items as "- ", entities decoded."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def _newline(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self.parts.append("\n")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self._newline()
            if tag == "li":
                self.parts.append("- ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self._newline()

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


_TAGS = (
    "a|b|blockquote|br|code|del|div|em|font|h[1-6]|hr|i|ins|li|mark|ol|p|pre|s|small|span|"
    "strike|strong|sub|sup|table|td|th|tr|u|ul"
)
_HTML_TAG = re.compile(rf"</?(?:{_TAGS})(?:\s[^<>]*)?/?>", re.IGNORECASE | re.ASCII)
_ENTITY = re.compile(r"&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});", re.IGNORECASE)


def is_html(value: str) -> bool:
    """True for a note written with Daylio's formatting: it holds HTML tags or entities."""
    if _HTML_TAG.search(value):
        return True
    return any(
        name.startswith("#") or name.lower() in name2codepoint for name in _ENTITY.findall(value)
    )


def html_to_text(value: str) -> str:
    """Plain text of a note that is HTML; a plain note (even one with ``<c_e>``) stays as it is."""
    if not is_html(value):
        return clean_text(value)
    parser = _PlainText()
    try:
        parser.feed(value)
        parser.close()
        plain = "".join(parser.parts)
    except (AssertionError, ValueError):  # markup too broken for the parser: drop the tags
        plain = html.unescape(re.sub(r"<[^>]*>", "", value))
    plain = plain.replace("\xa0", " ")
    return re.sub(r"\n{3,}", "\n\n", clean_text(plain))


# Reading the rows -----------------------------------------------------------------------------


def _moods(options: ImportOptions) -> dict[str, int]:
    moods = dict(DEFAULT_MOODS)
    for label, value in options.mood_map.items():
        if (
            isinstance(value, bool)
            or not isinstance(value, int)
            or not MOOD_MIN <= value <= MOOD_MAX
        ):
            raise ImportFailed(messages.IMPORT_BAD_MAP_VALUE.format(label=label, value=value))
        moods[" ".join(label.casefold().split())] = value
    return moods


def _header(line: str) -> str:
    """The delimiter the first line uses most."""
    return max(_DELIMITERS, key=line.count)


class _Lines:
    """The file's lines as the CSV reader takes them, remembering whether the last one ended."""

    def __init__(self, lines: Iterator[str]) -> None:
        self._lines = lines
        self.ended = True  # the last line read ended with a line break

    def __iter__(self) -> Iterator[str]:
        for line in self._lines:
            self.ended = line.endswith(("\n", "\r"))
            yield line


def _rows(lines: _Lines, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    try:
        for row in reader:
            yield reader.line_num, row
    except csv.Error as error:
        if "end of data" in str(error):  # inside a quoted note when the file ends: cut short
            raise ImportFailed(messages.IMPORT_CUT_SHORT.format(what=_(WHAT))) from None
        raise ImportFailed(
            messages.IMPORT_BAD_CSV.format(line=reader.line_num, reason=error)
        ) from None


def _columns(header: list[str]) -> dict[str, int]:
    names = [" ".join(cell.replace("\ufeff", "").casefold().split()) for cell in header]
    columns: dict[str, int] = {}
    for index, name in enumerate(names):
        columns.setdefault(name, index)
    has_date = "full_date" in columns or {"year", "date"} <= columns.keys()
    if not has_date or "mood" not in columns:
        raise ImportFailed(messages.IMPORT_NOT_DAYLIO)
    return columns


def _date_words(year: str, value: str) -> dt.date | None:
    """A date from a year and "18 May", "May 18th" or "18. May" (English month names)."""
    if not re.fullmatch(r"\d{4}", year.strip(), re.ASCII):
        return None
    words = [w for w in re.split(r"[\s.,]+", value.strip().casefold()) if w]
    if len(words) != 2:
        return None
    for day_word, month_word in (words, words[::-1]):
        day_match = _DAY_NUMBER.match(day_word)
        if day_match and month_word in _MONTHS:
            try:
                return dt.date(int(year), _MONTHS[month_word], int(day_match.group(1)))
            except ValueError:
                return None
    return None


def _full_date(value: str) -> dt.date | None:
    match = _FULL_DATE.match(value)
    if match is None:
        return None
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def _feeling_word(name: str, known: dict[str, str | None]) -> str | None:
    """Hearth's feeling word for an activity or label, if it is one (looked up once a name)."""
    if name not in known:
        found = vocabulary.feeling(name)
        known[name] = found.word if found is not None else None
    return known[name]


def _split_activities(
    value: str, known: dict[str, str | None]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(feelings, other activities) of a row's ``a | b | c``."""
    feelings: list[str] = []
    others: list[str] = []
    for name in value.split("|"):
        name = " ".join(name.split())
        if not name:
            continue
        word = _feeling_word(name, known)
        if word is not None:
            feelings.append(word)
        else:
            others.append(name)
    return tuple(dict.fromkeys(feelings)), tuple(dict.fromkeys(others))


def _first_line(lines: Iterator[str]) -> str | None:
    for line in lines:
        if line.strip("\ufeff\r\n "):
            return line
    return None


def read(stream: BinaryIO, options: ImportOptions, notes: Notes) -> Iterator[Piece]:
    """The rows of a Daylio CSV export as notes, read as the file is read.

    Raises:
        ImportFailed: not a Daylio CSV, unreadable, cut short, or mood labels without a --map
            (these two only once the whole file is read).
    """
    moods = _moods(options)
    text = text_stream(stream, WHAT)
    first = _first_line(text)
    if first is None:
        raise ImportFailed(messages.IMPORT_NOT_DAYLIO)
    lines = _Lines(itertools.chain([first], text))
    rows = _rows(lines, _header(first))
    header = next(rows)[1]
    columns = _columns(header)
    width = len(header)

    def cell(row: list[str], name: str) -> str:
        index = columns.get(name)
        return row[index] if index is not None and index < len(row) else ""

    unknown: dict[str, int] = {}
    seen: dict[str, int] = {}
    known: dict[str, str | None] = {}  # activity and label names: their feeling word, if any
    scales = 0
    last: list[str] = header
    for line, row in rows:
        last = row
        if not any(cell.strip() for cell in row):
            continue
        if "full_date" in columns:
            raw_date = cell(row, "full_date")
            day = _full_date(raw_date)
        else:
            raw_date = f"{cell(row, 'date')} {cell(row, 'year')}"
            day = _date_words(cell(row, "year"), cell(row, "date"))
        if day is None:
            notes.add(messages.IMPORT_BAD_ROW_DATE.format(line=line, value=raw_date.strip()[:60]))
            continue
        extra = [value for value in row[width:] if value.strip()]
        if extra:
            shown = " | ".join(extra)[:60]
            notes.add(messages.IMPORT_EXTRA_CELLS(len(extra), line=line, value=shown))
        if cell(row, "scales").strip():
            scales += 1
        label = " ".join(cell(row, "mood").split())
        mood = None
        if label:
            mood = moods.get(label.casefold())
            if mood is None:
                unknown[label] = unknown.get(label, 0) + 1
        feelings, activities = _split_activities(cell(row, "activities"), known)
        labelled = _feeling_word(label, known) if label else None
        if labelled is not None:
            feelings = tuple(dict.fromkeys((labelled, *feelings)))
        body = join_lines(
            html_to_text(cell(row, "note_title")),
            html_to_text(cell(row, "note")),
            messages.IMPORT_ACTIVITIES_LINE.format(activities=", ".join(activities))
            if activities
            else "",
        )
        raw_time = cell(row, "time")
        time = parse_time(raw_time)
        key = keyed(day, raw_time, seen)
        yield Piece(day, time, body, label=label, mood=mood, feelings=feelings, key=key)
    if not lines.ended and len(last) < width:  # the last row stops short, mid-row
        raise ImportFailed(messages.IMPORT_CUT_SHORT.format(what=_(WHAT)))
    if scales:
        notes.add(messages.IMPORT_SCALES_LEFT_OUT(scales))
    if unknown:
        names = sorted(unknown, key=lambda name: -unknown[name])
        shown = ", ".join(f"“{name}”" for name in names[:10])
        raise ImportFailed(
            messages.IMPORT_UNKNOWN_MOODS.format(
                labels=shown + (" …" if len(names) > 10 else ""), example=names[0]
            )
        )


def parse(data: bytes, options: ImportOptions) -> ImportResult:
    """Read a whole Daylio CSV export in memory (see ``read``).

    Raises:
        ImportFailed: as ``read``, or when no row can be read.
    """
    return collect(NAME, read, io.BytesIO(data), options)


def looks_like(data: bytes) -> bool:
    """True when the first line is a Daylio header."""
    try:
        first = decode(data, WHAT).lstrip("\ufeff\r\n ").split("\n", 1)[0]
    except ImportFailed:
        return False
    cells = {" ".join(c.strip('"').casefold().split()) for c in re.split(r"[,;\t]", first)}
    return "mood" in cells and ("full_date" in cells or {"year", "date"} <= cells)
