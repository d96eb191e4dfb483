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
from diary.formats.importers import json_stream
from diary.formats.importers.base import (
    ImportFailed,
    ImportOptions,
    ImportResult,
    Notes,
    Piece,
    by_day,
    clean_text,
    collect,
    iso_date,
    join_lines,
    keyed,
    note_tags,
    parse_time,
    text,
)
from diary.i18n import N_

NAME = "jrnl"
WHAT = N_("a jrnl JSON export")


def _is_jrnl_entry(entry: object) -> bool:
    return isinstance(entry, dict) and {"title", "body", "date"} <= entry.keys()


def _piece(entry: dict[str, Any], where: str, seen: dict[str, int], notes: Notes) -> Piece | None:
    day = iso_date(entry.get("date"))
    if day is None:
        notes.add(messages.IMPORT_NO_DATE.format(where=where))
        return None
    tags, kept = note_tags(entry.get("tags"), starred=entry.get("starred") is True)
    body = join_lines(
        clean_text(text(entry.get("title"))), clean_text(text(entry.get("body"))), kept
    )
    raw_time = text(entry.get("time"))
    return Piece(day, parse_time(raw_time), body, key=keyed(day, raw_time, seen), tags=tags)


def read(stream: BinaryIO, options: ImportOptions, notes: Notes) -> Iterator[Piece]:
    """The entries of a jrnl JSON export as notes, each named by its date and time.

    Read entry by entry, so memory stays small however large the export; the notes come a
    day's together (``by_day``). jrnl's shape is told from the first entry (it has a title,
    a body and a date); a journal without entries must have jrnl's ``tags``.

    Raises:
        ImportFailed: not JSON, or not jrnl's shape (at the latest when the stream ends: a
            file cut short is found where it ends).
    """
    return by_day(_notes(stream, notes))


def _notes(stream: BinaryIO, notes: Notes) -> Iterator[Piece]:
    """The notes of a jrnl export, entry by entry, in file order (see ``read``)."""
    seen: dict[str, int] = {}
    shape = _Shape()
    for name, value in json_stream.members(stream, WHAT, ("entries",)):
        shape.member(name, value)
        if name != "entries" or not isinstance(value, json_stream.Items):
            continue
        for number, entry in enumerate(value, start=1):
            if number == 1 and not _is_jrnl_entry(entry):
                raise ImportFailed(messages.IMPORT_NOT_JRNL)
            shape.entries = True
            if not isinstance(entry, dict):
                notes.add(messages.IMPORT_BAD_ENTRY.format(where=f"#{number}"))
                continue
            piece = _piece(entry, f"#{number}", seen, notes)
            if piece is not None:
                yield piece
    if not shape.is_jrnl:
        raise ImportFailed(messages.IMPORT_NOT_JRNL)


class _Shape:
    """What tells jrnl's export: a list of entries, and (when it is empty) a ``tags`` object."""

    def __init__(self) -> None:
        self.listed = False  # an "entries" list was there
        self.entries = False  # and it held an entry (the first one shaped as jrnl's)
        self.tags = False

    def member(self, name: str, value: object) -> None:
        """Note a member of the document's top-level object."""
        if name == "entries":
            self.listed = isinstance(value, json_stream.Items)
        elif name == "tags":
            self.tags = isinstance(value, dict)

    @property
    def is_jrnl(self) -> bool:
        """Whether the document, read to its end, is shaped as jrnl's export."""
        return self.listed and (self.entries or self.tags)


def parse(data: bytes, options: ImportOptions) -> ImportResult:
    """Read a jrnl JSON export in memory (see ``read``).

    Raises:
        ImportFailed: not JSON, not jrnl's shape, or no entry can be read.
    """
    return collect(NAME, read, io.BytesIO(data), options)


def looks_like(data: bytes) -> bool:
    """True for JSON shaped like jrnl's export (read up to its first entry)."""
    shape = _Shape()
    try:
        for name, value in json_stream.members(io.BytesIO(data), WHAT, ("entries",)):
            shape.member(name, value)
            if name == "entries" and isinstance(value, json_stream.Items):
                for entry in value:
                    return _is_jrnl_entry(entry)
    except ImportFailed:
        return False
    return shape.is_jrnl
