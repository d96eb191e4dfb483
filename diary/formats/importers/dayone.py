"""Day One's JSON export: a ``Journal.json`` file, or the ``.zip`` that holds one per journal.

Each entry has a ``creationDate`` in UTC and, usually, the ``timeZone`` it was written in; the
entry lands on the local date of that zone (this computer's zone when it has none). Its Markdown
``text`` is kept, with Day One's backslash escapes removed and photos, videos and audio shown as
"[photo]" and the like (the media themselves are not imported). Tags are kept as a line
``Tags: …``; a starred entry gets a line "Starred.". Entries of one day become one Hearth entry.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
import zlib
from pathlib import PurePosixPath
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from diary import messages
from diary.formats.importers.base import (
    ImportFailed,
    ImportOptions,
    ImportResult,
    Notes,
    Piece,
    clean_text,
    join_lines,
    json_or_none,
    load_json,
    result,
    tags_line,
    text,
)
from diary.i18n import N_

NAME = "dayone"
WHAT = N_("a Day One JSON export")
# All the journals of one zip together, unpacked: far beyond any real diary's text (ten years of
# long daily entries is about 20 MB), and small enough that reading and parsing the most a zip
# may hold stays within a few hundred megabytes of memory. It refuses zip bombs however they are
# split: eight members of 500 MB each are as refused as one.
_MAX_UNPACKED_BYTES = 64 * 1024 * 1024
_MEDIA = re.compile(r"!\[[^\]\n]*\]\(dayone-moment:/*([a-z]*)[^)\n]*\)", re.IGNORECASE)
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")  # CommonMark: a backslash before ASCII punctuation
_MEDIA_WORDS = {"video": "[video]", "audio": "[audio]", "pdfattachment": "[PDF]"}


def _media(match: re.Match[str]) -> str:
    return _MEDIA_WORDS.get(match.group(1).lower(), "[photo]")


def markdown_text(value: str) -> str:
    """Day One's Markdown as the user typed it: escapes undone, media as placeholders."""
    return clean_text(_ESCAPED.sub(r"\1", _MEDIA.sub(_media, value)))


def _zone(name: object, fallback: dt.tzinfo | None) -> dt.tzinfo | None:
    if isinstance(name, str) and name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass
    return fallback


def _created(value: object) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        when = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)


def _entry_text(entry: dict[str, Any]) -> str:
    body = text(entry.get("text"))
    return join_lines(
        markdown_text(body),
        tags_line(entry.get("tags")),
        messages.IMPORT_STARRED_LINE if entry.get("starred") is True else "",
    )


def _too_big(name: str, room: int) -> str:
    if room == _MAX_UNPACKED_BYTES:
        return messages.IMPORT_ZIP_TOO_BIG.format(name=name)
    return messages.IMPORT_ZIP_TOO_BIG_TOGETHER.format(name=name)


def _journals(data: bytes) -> list[tuple[str, object]]:
    """(journal name, parsed JSON) of a JSON file or of every journal in a zip."""
    if not data.startswith(b"PK"):
        return [("", load_json(data, WHAT))]
    journals: list[tuple[str, object]] = []
    room = _MAX_UNPACKED_BYTES  # what the journals still read may unpack to, all together
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for info in archive.infolist():
                path = PurePosixPath(info.filename)
                if info.is_dir() or path.suffix.lower() != ".json" or "__MACOSX" in path.parts:
                    continue
                if info.file_size > room:  # what the zip says; the read below checks it is true
                    raise ImportFailed(_too_big(info.filename, room))
                with archive.open(info) as member:
                    content = member.read(room + 1)
                if len(content) > room:
                    raise ImportFailed(_too_big(info.filename, room))
                room -= len(content)
                journals.append((path.stem, load_json(content, WHAT)))
                del content
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError) as error:
        raise ImportFailed(messages.IMPORT_BAD_ZIP.format(reason=error)) from None
    except (NotImplementedError, RuntimeError, ValueError) as error:
        if isinstance(error, ImportFailed):
            raise
        raise ImportFailed(messages.IMPORT_BAD_ZIP.format(reason=error)) from None
    if not journals:
        raise ImportFailed(messages.IMPORT_ZIP_NO_JOURNAL)
    return journals


def _entries(document: object) -> list[Any] | None:
    entries = document.get("entries") if isinstance(document, dict) else None
    return entries if isinstance(entries, list) else None


def parse(data: bytes, options: ImportOptions) -> ImportResult:
    """Read a Day One JSON export (or its zip).

    Raises:
        ImportFailed: not a Day One export, or an unreadable zip or JSON file.
    """
    notes = Notes()
    journals: list[tuple[str, list[Any]]] = []
    for name, document in _journals(data):
        entries = _entries(document)
        if entries is not None:
            journals.append((name, entries))
        elif name:  # a file in the zip that is not a journal
            notes.add(messages.IMPORT_ZIP_NOT_JOURNAL.format(name=name))
    if not journals:
        raise ImportFailed(messages.IMPORT_NOT_DAYONE)
    several = len(journals) > 1
    pieces: list[Piece] = []
    for journal, entries in journals:
        for number, entry in enumerate(entries, start=1):
            where = f"{journal} #{number}" if journal else f"#{number}"
            if not isinstance(entry, dict):
                notes.add(messages.IMPORT_BAD_ENTRY.format(where=where))
                continue
            created = _created(entry.get("creationDate"))
            if created is None:
                notes.add(messages.IMPORT_NO_DATE.format(where=where))
                continue
            zone = _zone(entry.get("timeZone"), options.timezone)
            try:
                local = created.astimezone(zone)
            except (OverflowError, ValueError, OSError):
                notes.add(messages.IMPORT_NO_DATE.format(where=where))
                continue
            pieces.append(
                Piece(
                    local.date(),
                    local.time().replace(second=0, microsecond=0, tzinfo=None),
                    _entry_text(entry),
                    label=journal if several else "",
                )
            )
    return result(NAME, pieces, notes)


def looks_like(data: bytes) -> bool:
    """True for a zip, or JSON whose entries have a ``creationDate``."""
    if data.startswith(b"PK\x03\x04"):
        return True
    entries = _entries(json_or_none(data)) or [None]
    return isinstance(entries[0], dict) and "creationDate" in entries[0]
