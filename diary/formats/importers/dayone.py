"""Day One's JSON export: a ``Journal.json`` file, or the ``.zip`` that holds one per journal.

Each entry has a ``creationDate`` in UTC and, usually, the ``timeZone`` it was written in; the
entry lands on the local date of that zone (this computer's zone when it has none). Its Markdown
``text`` is kept, with Day One's backslash escapes removed and photos, videos and audio shown as
"[photo]" and the like (the media themselves are not imported). Tags are kept as a line
``Tags: …``; a starred entry gets a line "Starred.". Entries of one day become one Hearth entry;
each is one note, named by its ``uuid``. An entry of only photos (no words) is listed in the
notes, not imported; links to other Day One entries keep only their words.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import PurePosixPath
from typing import Any, BinaryIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from diary import messages
from diary.formats.importers.base import (
    ImportFailed,
    ImportOptions,
    ImportResult,
    Notes,
    Piece,
    clean_text,
    collect,
    join_lines,
    json_or_none,
    load_json,
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
_MEDIA_KEYS = ("photos", "videos", "audios", "pdfAttachments")
# Links to other Day One entries (``dayone2://view?entryId=…``) lead nowhere outside Day One:
# a link keeps its words, a bare address goes.
_DEAD_LINK = re.compile(r"\[([^\]\n]*)\]\(dayone2?://[^)\s]*\)", re.IGNORECASE)
_DEAD_ADDRESS = re.compile(r"<?dayone2?://[^\s)>]*>?", re.IGNORECASE)
_OBJECT = "\ufffc"  # OBJECT REPLACEMENT CHARACTER: where Day One had an attachment inline


def _media(match: re.Match[str]) -> str:
    return _MEDIA_WORDS.get(match.group(1).lower(), "[photo]")


def markdown_text(value: str) -> str:
    """Day One's Markdown as the user typed it: escapes undone, media as placeholders.

    Links to other Day One entries keep their words and lose their dead address; the object
    replacement character Day One leaves where an attachment was is removed.
    """
    value = _MEDIA.sub(_media, value.replace(_OBJECT, ""))
    value = _DEAD_ADDRESS.sub("", _DEAD_LINK.sub(r"\1", value))
    return clean_text(_ESCAPED.sub(r"\1", value))


def _has_media(entry: dict[str, Any]) -> bool:
    return any(isinstance(entry.get(key), list) and entry.get(key) for key in _MEDIA_KEYS)


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


def _is_dayone(entries: list[Any]) -> bool:
    """Day One's journals: an empty list, or entries of which some have a ``creationDate``."""
    dicts = [entry for entry in entries if isinstance(entry, dict)]
    return not entries or any("creationDate" in entry for entry in dicts)


def read(stream: BinaryIO, options: ImportOptions, notes: Notes) -> Iterator[Piece]:
    """The entries of a Day One JSON export (or of every journal in its zip) as notes.

    Raises:
        ImportFailed: not a Day One export, or an unreadable zip or JSON file.
    """
    journals: list[tuple[str, list[Any]]] = []
    for name, document in _journals(stream.read()):
        entries = _entries(document)
        if entries is not None and _is_dayone(entries):
            journals.append((name, entries))
        elif name:  # a file in the zip that is not a journal
            notes.add(messages.IMPORT_ZIP_NOT_JOURNAL.format(name=name))
    if not journals:
        raise ImportFailed(messages.IMPORT_NOT_DAYONE)
    several = len(journals) > 1
    pieces: list[Piece] = []
    seen: dict[str, int] = {}
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
            body = _entry_text(entry)
            if not markdown_text(text(entry.get("text"))) and _has_media(entry):
                day = local.date().isoformat()
                notes.add(messages.IMPORT_ONLY_MEDIA.format(where=where, day=day))
                continue
            uuid = entry.get("uuid")
            key = uuid if isinstance(uuid, str) and uuid else f"{journal}/{created.isoformat()}"
            seen[key] = seen.get(key, 0) + 1
            if seen[key] > 1:  # a copied entry: still a note of its own
                key = f"{key} #{seen[key]}"
            pieces.append(
                Piece(
                    local.date(),
                    local.time().replace(second=0, microsecond=0, tzinfo=None),
                    body,
                    label=journal if several else "",
                    key=key,
                )
            )
    pieces.sort(key=lambda piece: piece.day)  # a day's notes one after another, for the merge
    yield from pieces


def parse(data: bytes, options: ImportOptions) -> ImportResult:
    """Read a Day One JSON export (or its zip) in memory (see ``read``).

    Raises:
        ImportFailed: as ``read``, or when no entry can be read.
    """
    return collect(NAME, read, io.BytesIO(data), options)


def looks_like(data: bytes) -> bool:
    """True for a zip, or JSON whose entries have a ``creationDate``."""
    if data.startswith(b"PK\x03\x04"):
        return True
    entries = _entries(json_or_none(data))
    return entries is not None and bool(entries) and _is_dayone(entries)
