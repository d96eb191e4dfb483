"""jrnl's JSON export (``jrnl --format json``): entries with a date, a time, a title and a body.

The title (jrnl's first sentence) and the body are joined by a line break, tags (``@work``) are
kept as a line ``Tags: …`` and a starred entry gets a line "Starred.". Entries of one day become
one Hearth entry, each under a heading with its time.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any, BinaryIO

from diary import messages
from diary.formats.importers.base import (
    ImportFailed,
    ImportOptions,
    ImportResult,
    Notes,
    Piece,
    clean_text,
    collect,
    iso_date,
    join_lines,
    json_or_none,
    keyed,
    load_json,
    parse_time,
    tags_line,
    text,
)
from diary.i18n import N_

NAME = "jrnl"
WHAT = N_("a jrnl JSON export")


def _entries(document: object) -> list[Any] | None:
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        return None
    entries: list[Any] = document["entries"]
    if not entries:
        return entries if isinstance(document.get("tags"), dict) else None
    first = entries[0]
    if isinstance(first, dict) and {"title", "body", "date"} <= first.keys():
        return entries
    return None


def read(stream: BinaryIO, options: ImportOptions, notes: Notes) -> Iterator[Piece]:
    """The entries of a jrnl JSON export as notes, each named by its date and time.

    Raises:
        ImportFailed: not JSON, or not jrnl's shape.
    """
    entries = _entries(load_json(stream.read(), WHAT))
    if entries is None:
        raise ImportFailed(messages.IMPORT_NOT_JRNL)
    pieces: list[Piece] = []
    seen: dict[str, int] = {}
    for number, entry in enumerate(entries, start=1):
        where = f"#{number}"
        if not isinstance(entry, dict):
            notes.add(messages.IMPORT_BAD_ENTRY.format(where=where))
            continue
        day = iso_date(entry.get("date"))
        if day is None:
            notes.add(messages.IMPORT_NO_DATE.format(where=where))
            continue
        body = join_lines(
            clean_text(text(entry.get("title"))),
            clean_text(text(entry.get("body"))),
            tags_line(entry.get("tags")),
            messages.IMPORT_STARRED_LINE if entry.get("starred") is True else "",
        )
        raw_time = text(entry.get("time"))
        key = keyed(day, raw_time, seen)
        pieces.append(Piece(day, parse_time(raw_time), body, key=key))
    pieces.sort(key=lambda piece: piece.day)  # a day's notes one after another, for the merge
    yield from pieces


def parse(data: bytes, options: ImportOptions) -> ImportResult:
    """Read a jrnl JSON export in memory (see ``read``).

    Raises:
        ImportFailed: not JSON, not jrnl's shape, or no entry can be read.
    """
    return collect(NAME, read, io.BytesIO(data), options)


def looks_like(data: bytes) -> bool:
    """True for JSON shaped like jrnl's export."""
    return _entries(json_or_none(data)) is not None
