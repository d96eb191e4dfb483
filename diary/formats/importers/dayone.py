"""Day One's JSON export: a ``Journal.json`` file, or the ``.zip`` that holds one per journal.

Each entry has a ``creationDate`` in UTC and, usually, the ``timeZone`` it was written in; the
entry lands on the local date of that zone (this computer's zone when it has none). Its Markdown
``text`` is kept, with Day One's backslash escapes removed. Its photos come along from the zip's
``photos/`` folder (files named by their ``md5``), each read only when the import attaches it to
the day; their ``![](dayone-moment://…)`` marks leave the text. A photo that cannot come (not in
the zip, HEIC, too large) keeps its mark as "[photo]" and is listed; videos and audio are shown
as "[video]" and the like. A bare ``Journal.json`` has no photo files: it says so once. Tags
become Hearth tags (a label no tag can hold stays as a line ``Tags: …``); a starred entry is
tagged "starred". Entries of one day become one Hearth entry; each is one note, named by its
``uuid``. An entry with neither words nor a photo that came along is listed, not imported; links
to other Day One entries keep only their words.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import PurePosixPath
from typing import IO, Any, BinaryIO, NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from diary import messages
from diary.domain.imports import NotePhoto
from diary.domain.photos import (
    MAX_PHOTO_BYTES,
    PhotoProblem,
    PhotoRefused,
    PreparedPhoto,
    Unsupported,
)
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
    join_lines,
    note_tags,
    text,
)
from diary.i18n import N_

NAME = "dayone"
WHAT = N_("a Day One JSON export")
# All the journals of one zip together, unpacked. Journals are read entry by entry, so memory no
# longer grows with this (it did while each was parsed whole, and the cap was 64 MB); it bounds
# the time a zip bomb costs, however it is split (eight members of 500 MB each are refused as one
# is, before any is read), and stays far beyond a real export: ten years of two long entries a
# day, as Day One writes them (a ``richText`` twin of each text, places, weather), are ~20 MB.
_MAX_UNPACKED_BYTES = 512 * 1024 * 1024
_MEDIA = re.compile(r"!\[[^\]\n]*\]\(dayone-moment:/*([a-z]*)[^)\n]*\)", re.IGNORECASE)
# A photo's mark, ``![](dayone-moment://IDENTIFIER)``, with the spaces around it.
_PHOTO_MARK = re.compile(
    r"([ \t]*)!\[[^\]\n]*\]\(dayone-moment://([^)/\s]+)\)([ \t]*)", re.IGNORECASE
)
_PHOTO_FOLDER = "photos"
_NOT_TAKEN = {"heic", "heif"}  # what Day One writes from an iPhone; Hearth refuses it unread
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")  # CommonMark: a backslash before ASCII punctuation
_MEDIA_WORDS = {"video": "[video]", "audio": "[audio]", "pdfattachment": "[PDF]"}
_MEDIA_KEYS = ("photos", "videos", "audios", "pdfAttachments")
# Links to other Day One entries (``dayone2://view?entryId=…``) lead nowhere outside Day One:
# a link keeps its words, a bare address goes.
_DEAD_LINK = re.compile(r"\[([^\]\n]*)\]\(dayone2?://[^)\s]*\)", re.IGNORECASE)
_DEAD_ADDRESS = re.compile(r"<?dayone2?://[^\s)>]*>?", re.IGNORECASE)
_OBJECT = "\ufffc"  # OBJECT REPLACEMENT CHARACTER: where Day One had an attachment inline


def _words(match: re.Match[str]) -> str:
    """The first group, by a function: a replacement template costs ``re`` thrice as much."""
    return match.group(1)


def _media(match: re.Match[str]) -> str:
    return _MEDIA_WORDS.get(match.group(1).lower(), "[photo]")


def _without_photos(value: str, identifiers: frozenset[str]) -> str:
    """``value`` without the marks of the photos that come along (they go to the day instead).

    A line that held only such marks goes, with the blank line after it when one is before it
    (so paragraphs stay one blank line apart); a mark inside a line leaves one space.
    """

    def dropped(match: re.Match[str]) -> str:
        if match.group(2).upper() not in identifiers:
            return match.group(0)
        return " " if match.group(1) and match.group(3) else ""

    kept: list[str] = []
    after_dropped = False
    for line in value.split("\n"):
        bare = _PHOTO_MARK.sub(dropped, line)
        if line.strip() and not bare.strip():
            after_dropped = True
            continue
        if after_dropped and not bare.strip() and kept and not kept[-1].strip():
            after_dropped = False
            continue
        after_dropped = False
        kept.append(bare)
    return "\n".join(kept)


def markdown_text(value: str, photos: frozenset[str] = frozenset()) -> str:
    """Day One's Markdown as the user typed it: escapes undone, media as placeholders.

    The marks of ``photos`` (their identifiers, upper case) are removed: those photos come along
    as photos. Links to other Day One entries keep their words and lose their dead address; the
    object replacement character Day One leaves where an attachment was is removed.
    """
    value = value.replace(_OBJECT, "")
    if photos:
        value = _without_photos(value, photos)
    value = _MEDIA.sub(_media, value)
    value = _DEAD_ADDRESS.sub("", _DEAD_LINK.sub(_words, value))
    return clean_text(_ESCAPED.sub(_words, value))


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


def _entry_text(entry: dict[str, Any], photos: frozenset[str]) -> tuple[str, tuple[str, ...]]:
    """The note's words and its tags (Day One's tags and "starred"); ``photos`` lose their marks."""
    tags, kept = note_tags(entry.get("tags"), starred=entry.get("starred") is True)
    return join_lines(markdown_text(text(entry.get("text")), photos), kept), tags


def _too_big(name: str, room: int) -> str:
    if room == _MAX_UNPACKED_BYTES:
        return messages.IMPORT_ZIP_TOO_BIG.format(name=name)
    return messages.IMPORT_ZIP_TOO_BIG_TOGETHER.format(name=name)


class _Member(io.RawIOBase):
    """A journal in a zip, refused as a zip bomb if it unpacks to more than the zip said.

    ``zipfile`` already stops at the size the zip gives (and then checks the CRC); counting
    here too keeps the limit true whatever the zip module does.
    """

    def __init__(self, member: IO[bytes], name: str, size: int) -> None:
        super().__init__()
        self._member, self._name, self._left = member, name, size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._member.read(min(len(buffer), self._left + 1))
        if len(data) > self._left:
            raise ImportFailed(messages.IMPORT_ZIP_TOO_BIG.format(name=self._name))
        self._left -= len(data)
        buffer[: len(data)] = data
        return len(data)


_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError)


def _bad_zip(error: Exception) -> ImportFailed:
    return ImportFailed(messages.IMPORT_BAD_ZIP.format(reason=error))


def _journal_members(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """The ``.json`` files of a zip, refused before any is read if together they are too big."""
    found = []
    room = _MAX_UNPACKED_BYTES  # what the journals still to come may unpack to, all together
    for info in archive.infolist():
        path = PurePosixPath(info.filename)
        if info.is_dir() or path.suffix.lower() != ".json" or "__MACOSX" in path.parts:
            continue
        if info.file_size > room:  # what the zip says; ``_Member`` checks it is true
            raise ImportFailed(_too_big(info.filename, room))
        room -= info.file_size
        found.append(info)
    if not found:
        raise ImportFailed(messages.IMPORT_ZIP_NO_JOURNAL)
    return found


@contextmanager
def _opened(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[BinaryIO]:
    with archive.open(info) as member:
        yield io.BufferedReader(_Member(member, info.filename, info.file_size))


def _kind(stream: BinaryIO) -> str:
    """What a JSON file is: ``DATED``, ``EMPTY`` or ``OTHER``.

    ``DATED`` is a Day One journal with an entry that has a ``creationDate`` (read only up to
    that entry); ``EMPTY`` one without entries; ``OTHER`` anything else (read to its end).
    """
    for name, value in json_stream.members(stream, WHAT, ("entries",)):
        if name == "entries" and isinstance(value, json_stream.Items):
            items = 0
            for entry in value:
                if isinstance(entry, dict) and "creationDate" in entry:
                    return _DATED
                items += 1
            return _EMPTY if items == 0 else _OTHER
    return _OTHER


_DATED, _EMPTY, _OTHER = "dated", "empty", "other"


def _file_name(value: object) -> str:
    """A file name as given (its last part only: never a folder), or ``""``."""
    if not isinstance(value, str):
        return ""
    return clean_text(value.replace("\\", "/").rsplit("/", 1)[-1]).split("\n", 1)[0]


def _read_photo(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, day: dt.date, name: str
) -> PreparedPhoto:
    """A photo of the zip, read (never beyond the limit) and prepared; ``PhotoRefused`` if not."""
    try:
        with archive.open(info) as member:
            data = member.read(MAX_PHOTO_BYTES + 1)
    except (*_ZIP_ERRORS, NotImplementedError, RuntimeError, ValueError) as error:
        raise PhotoRefused(PhotoProblem.UNREADABLE, name=name, reason=error) from None
    if len(data) > MAX_PHOTO_BYTES:  # more than the zip said: the zip module stops before
        raise _too_large(name, len(data))
    from diary.formats.photos import prepare_photo  # here: Pillow only for an import of photos

    return prepare_photo(day, data, name)


def _too_large(name: str, size: int) -> PhotoRefused:
    return PhotoRefused(PhotoProblem.TOO_BIG, name=name, size=size, limit=MAX_PHOTO_BYTES)


class _Photos:
    """The photos of a Day One zip, found by their ``md5`` (none for a bare ``Journal.json``).

    Only the zip's directory is read here; a photo is read when the import attaches it.
    """

    def __init__(self, archive: zipfile.ZipFile | None) -> None:
        self._archive = archive
        self._files: dict[str, list[zipfile.ZipInfo]] = {}
        self._told = False
        for info in archive.infolist() if archive is not None else ():
            path = PurePosixPath(info.filename)
            folder = path.parent.name.lower()
            if not info.is_dir() and folder == _PHOTO_FOLDER and "__MACOSX" not in path.parts:
                self._files.setdefault(path.stem.lower(), []).append(info)

    def _file(self, md5: str, kind: str) -> zipfile.ZipInfo | None:
        found = self._files.get(md5.lower(), [])
        same = [i for i in found if PurePosixPath(i.filename).suffix.lower() == f".{kind}"]
        chosen = same or found
        return chosen[0] if chosen else None

    def of(self, entry: dict[str, Any], day: dt.date, where: str, notes: Notes) -> list[NotePhoto]:
        """The photos of ``entry`` that can come along; each one that cannot is noted."""
        listed = entry.get("photos")
        items = (
            [item for item in listed if isinstance(item, dict)] if isinstance(listed, list) else []
        )
        if not items:
            return []
        if self._archive is None:
            if not self._told:
                notes.add(messages.IMPORT_PHOTOS_NEED_ZIP)
                self._told = True
            return []
        items.sort(key=lambda item: o if isinstance(o := item.get("orderInEntry"), int) else 0)
        found = []
        for item in items:
            md5, kind = text(item.get("md5")), text(item.get("type")).lower()
            name = _file_name(item.get("filename")) or f"{md5 or 'photo'}.{kind or 'jpeg'}"
            info = self._file(md5, kind) if md5 else None
            problem = _problem(info, kind, name)
            if info is None or problem:
                where_day = {"where": where, "day": day.isoformat()}
                notes.add(messages.IMPORT_PHOTO_LEFT_OUT.format(**where_day, reason=problem))
                continue
            load = functools.partial(_read_photo, self._archive, info, day, name)
            found.append(NotePhoto(text(item.get("identifier")) or md5, name, load))
        return found


def _problem(info: zipfile.ZipInfo | None, kind: str, name: str) -> str:
    """Why a photo cannot come, as the zip's directory tells it ("" when it may)."""
    suffix = PurePosixPath(info.filename).suffix.lower().lstrip(".") if info else ""
    if {kind, suffix} & _NOT_TAKEN:  # said by the entry or the file: never read
        heic = PhotoRefused(PhotoProblem.UNSUPPORTED_FORMAT, name=name, format=Unsupported.HEIC)
        return messages.photo_refused(heic)
    if info is None:
        return messages.IMPORT_PHOTO_NOT_IN_ZIP.format(name=name)
    if info.file_size > MAX_PHOTO_BYTES:  # never read: the zip says how large it unpacks
        return messages.photo_refused(_too_large(name, info.file_size))
    return ""


class _Journal(NamedTuple):
    """Which journal is read, and what the reading of the whole export shares."""

    name: str  # "" for a bare JSON file
    several: bool  # one of several journals: its notes are labelled with its name
    options: ImportOptions
    notes: Notes
    seen: dict[str, int]  # keys of the notes read so far, in every journal: copies numbered
    photos: _Photos


def _notes(stream: BinaryIO, journal: _Journal) -> Iterator[Piece]:
    """The notes of one journal, read entry by entry, in file order."""
    options, notes, seen = journal.options, journal.notes, journal.seen
    for name, value in json_stream.members(stream, WHAT, ("entries",)):
        if name != "entries" or not isinstance(value, json_stream.Items):
            continue
        for number, entry in enumerate(value, start=1):
            where = f"{journal.name} #{number}" if journal.name else f"#{number}"
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
            photos = journal.photos.of(entry, local.date(), where, notes)
            body, tags = _entry_text(entry, frozenset(p.key.upper() for p in photos))
            if not photos and _has_media(entry) and not markdown_text(text(entry.get("text"))):
                day = local.date().isoformat()
                notes.add(messages.IMPORT_ONLY_MEDIA.format(where=where, day=day))
                continue
            uuid = entry.get("uuid")
            key = (
                uuid if isinstance(uuid, str) and uuid else f"{journal.name}/{created.isoformat()}"
            )
            seen[key] = seen.get(key, 0) + 1
            if seen[key] > 1:  # a copied entry: still a note of its own
                key = f"{key} #{seen[key]}"
            yield Piece(
                local.date(),
                local.time().replace(second=0, microsecond=0, tzinfo=None),
                body,
                label=journal.name if journal.several else "",
                key=key,
                tags=tags,
                photos=tuple(photos),
            )


def _zipped(
    archive: zipfile.ZipFile, journals: list[zipfile.ZipInfo], options: ImportOptions, notes: Notes
) -> Iterator[Piece]:
    """The notes of every journal of a zip, one journal after another."""
    seen: dict[str, int] = {}
    photos = _Photos(archive)
    several = len(journals) > 1
    for info in journals:
        name = PurePosixPath(info.filename).stem
        with _opened(archive, info) as member:
            yield from _notes(member, _Journal(name, several, options, notes, seen, photos))


def read(stream: BinaryIO, options: ImportOptions, notes: Notes) -> Iterator[Piece]:
    """The entries of a Day One JSON export (or of every journal in its zip) as notes.

    Read entry by entry, so memory stays small however large the export: each journal is
    first read up to its first dated entry (to tell a journal from another JSON file), then
    read for good; the notes come a day's together (``by_day``).

    Raises:
        ImportFailed: not a Day One export, or an unreadable zip or JSON file (at the latest
            when the stream ends: a journal cut short is found where it ends).
    """
    head = stream.read(2)
    stream.seek(0)
    if head != b"PK":
        if _kind(stream) == _OTHER:
            raise ImportFailed(messages.IMPORT_NOT_DAYONE)
        stream.seek(0)
        yield from by_day(_notes(stream, _Journal("", False, options, notes, {}, _Photos(None))))
        return
    try:
        # Not closed at the end (closing a zip read from a stream only lets go of the stream):
        # the last day's photos are read after its last note was given (``NoteStream``).
        archive = zipfile.ZipFile(stream)
        journals = []
        for info in _journal_members(archive):
            with _opened(archive, info) as member:
                if _kind(member) != _OTHER:
                    journals.append(info)
                    continue
            name = PurePosixPath(info.filename).stem
            notes.add(messages.IMPORT_ZIP_NOT_JOURNAL.format(name=name))
        if not journals:
            raise ImportFailed(messages.IMPORT_NOT_DAYONE)
        yield from by_day(_zipped(archive, journals, options, notes))
    except ImportFailed:
        raise
    except _ZIP_ERRORS as error:
        raise _bad_zip(error) from None
    except (NotImplementedError, RuntimeError, ValueError) as error:
        raise _bad_zip(error) from None


def parse(data: bytes, options: ImportOptions) -> ImportResult:
    """Read a Day One JSON export (or its zip) in memory (see ``read``).

    Raises:
        ImportFailed: as ``read``, or when no entry can be read.
    """
    return collect(NAME, read, io.BytesIO(data), options)


def looks_like(data: bytes) -> bool:
    """True for a zip, or JSON whose entries have a ``creationDate`` (read up to the first)."""
    if data.startswith(b"PK\x03\x04"):
        return True
    try:
        return _kind(io.BytesIO(data)) == _DATED
    except ImportFailed:
        return False
