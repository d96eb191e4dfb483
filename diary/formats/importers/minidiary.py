"""Mini Diary's JSON export: one entry per date, each with a title and a Markdown text.

``{"metadata": {"application": "Mini Diary", …}, "entries": {"YYYY-MM-DD": {"dateUpdated",
"title", "text"}}}``. The title, when there is one, becomes the first line of the entry's text.
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
    load_json,
    read_whole,
    text,
)
from diary.i18n import N_

NAME = "minidiary"
WHAT = N_("a Mini Diary JSON export")


def _entries(document: object) -> dict[Any, Any] | None:
    entries = document.get("entries") if isinstance(document, dict) else None
    return entries if isinstance(entries, dict) else None


def read(stream: BinaryIO, options: ImportOptions, notes: Notes) -> Iterator[Piece]:
    """The entries of a Mini Diary JSON export as notes, each named by its date.

    Raises:
        ImportFailed: not JSON, or not Mini Diary's shape.
    """
    entries = _entries(load_json(read_whole(stream, WHAT), WHAT))
    if entries is None:
        raise ImportFailed(messages.IMPORT_NOT_MINIDIARY)
    pieces: list[Piece] = []
    for key, entry in entries.items():
        where = str(key)[:40]
        day = iso_date(key)
        if day is None:
            notes.add(messages.IMPORT_NO_DATE.format(where=where))
            continue
        if not isinstance(entry, dict):
            notes.add(messages.IMPORT_BAD_ENTRY.format(where=where))
            continue
        body = join_lines(clean_text(text(entry.get("title"))), clean_text(text(entry.get("text"))))
        pieces.append(Piece(day, None, body, key=day.isoformat()))
    pieces.sort(key=lambda piece: piece.day)
    yield from pieces


def parse(data: bytes, options: ImportOptions) -> ImportResult:
    """Read a Mini Diary JSON export in memory (see ``read``).

    Raises:
        ImportFailed: not JSON, not Mini Diary's shape, or no entry can be read.
    """
    return collect(NAME, read, io.BytesIO(data), options)


def looks_like(data: bytes) -> bool:
    """True for JSON whose entries are an object keyed by date."""
    return _entries(json_or_none(data)) is not None
