"""Plain exports of the whole diary: JSON (the backup payload), Markdown and CSV, all or nothing.

An export is readable on purpose, so other programs can use it, and is NOT encrypted: callers
(``diary export``, the app's Export dialog) say so. Every file is written completely before any
takes its place. A Markdown export of a diary with photos also writes the photos, as files in a
folder beside the document (``diary.md`` and ``diary-photos/``), which its image links name:
the folder is filled under a hidden name first and renamed into place with the document, so a
failure (a full disk) leaves neither a half folder nor a document that links missing files.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import secrets
import shutil
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Protocol

from diary import __version__, messages
from diary.domain.models import Records, ValidationError
from diary.domain.photos import Photo
from diary.formats import export_csv, export_markdown, payload
from diary.formats.export_markdown import PhotoLink, photo_file_name
from diary.storage.atomic import atomic_stream, atomic_write, fsync_directory

if TYPE_CHECKING:
    from diary.storage.repository import BackupSnapshot


def _json(records: Records, now: dt.datetime) -> list[bytes]:
    return [payload.dump(records, exported_at=now, app_version=__version__)]


def _markdown(records: Records, now: dt.datetime) -> list[bytes]:
    return [export_markdown.render(records, exported_on=now.astimezone().date()).encode("utf-8")]


def _csv(
    records: Records, now: dt.datetime, photos: Mapping[dt.date, int] | None = None
) -> list[bytes]:
    tables = export_csv.tables(records, photos)
    return [tables.days, tables.contacts, tables.people]


EXPORTERS: dict[str, Callable[[Records, dt.datetime], list[bytes]]] = {
    "json": _json,
    "markdown": _markdown,
    "csv": _csv,
}
"""Every export kind: the records and the time in, the contents of its files out (the photos
of a Markdown export are written by ``write_export``)."""

PHOTOS_SUFFIX = "-photos"
"""What the folder of a Markdown export's photos adds to the document's name."""


class PhotoSource(Protocol):
    """Where an export reads photos from (the repository): the list, then each one's bytes.

    The JSON export reads the records and the photos together, as a backup does
    (``backup_snapshot``), so it is the backup's payload, photos included.
    """

    def backup_snapshot(self) -> AbstractContextManager[BackupSnapshot]:
        """Every record and every photo as of one moment; photos read one at a time."""
        ...

    def photos_between(self, start: dt.date, end: dt.date) -> list[Photo]:
        """The photos of the days from ``start`` to ``end``, by day, each day's in order."""
        ...

    def photo_data(self, photo_id: int) -> bytes:
        """The bytes of one photo (``ValidationError`` if it is gone since it was listed)."""
        ...

    def photo_counts(self, start: dt.date, end: dt.date) -> dict[dt.date, int]:
        """How many photos each day from ``start`` to ``end`` has (days without left out)."""
        ...


class ExportRefused(ValueError):
    """An export that would replace something that is not an export; the words say what."""


@dataclass(frozen=True)
class Written:
    """A file, or the folder of photos, an export wrote.

    Attributes:
        path: where it is.
        size: its bytes (a folder's: its photos').
        photos: how many photos it holds (a folder of a Markdown export's, a JSON file).
    """

    path: Path
    size: int
    photos: int = 0


def companion(target: Path, suffix: str) -> Path:
    """The path of a second CSV table: ``diary.csv`` -> ``diary-contacts.csv``."""
    return target.with_name(f"{target.stem}{suffix}.csv")


def photos_folder(target: Path) -> Path:
    """The folder of a Markdown export's photos: ``diary.md`` -> ``diary-photos``."""
    return target.with_name(f"{target.stem}{PHOTOS_SUFFIX}")


def export_paths(kind: str, target: Path) -> list[Path]:
    """The files an export of ``kind`` to ``target`` writes, in the order of ``EXPORTERS``."""
    if kind == "csv":
        return [
            target,
            companion(target, export_csv.CONTACTS_SUFFIX),
            companion(target, export_csv.PEOPLE_SUFFIX),
        ]
    return [target]


def _staged(path: Path, what: str) -> Path:
    """A hidden name beside ``path`` for what is written before it takes ``path``'s place."""
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}.{what}")


def write_files(files: Sequence[tuple[Path, bytes]]) -> None:
    """Write every file completely (each to a hidden temporary file) before any takes its place.

    On a failure while writing, every temporary file is removed and no target is touched.
    """
    staged: list[tuple[Path, Path]] = []
    try:
        for path, data in files:
            temporary = _staged(path, "export")
            atomic_write(temporary, data)
            staged.append((temporary, path))
        for temporary, path in staged:
            os.replace(temporary, path)
    except BaseException:
        for temporary, _path in staged:
            with contextlib.suppress(OSError):
                temporary.unlink()
        raise
    for folder in dict.fromkeys(path.parent for path, _data in files):
        with contextlib.suppress(OSError):
            fsync_directory(folder)


def write_export(
    kind: str,
    target: Path,
    records: Records,
    now: dt.datetime,
    photos: PhotoSource | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Written]:
    """Write an export of ``kind`` to ``target`` (and its companions), all or nothing.

    With ``photos`` (the repository), a JSON export carries them, as a backup's payload does
    (``write_json``), a Markdown export of a diary with photos writes them beside the document
    (``write_markdown``; ``progress(done, total)`` is told after each) and the CSV days count
    them; photos are read one at a time.

    Raises:
        OSError: a file could not be written; nothing was left behind, no target was touched.
        ExportRefused: the photos' folder is taken by something that is not an export's.
    """
    if kind == "json" and photos is not None:
        return [write_json(target, now, photos)]
    if kind == "markdown" and photos is not None:
        listed = photos.photos_between(dt.date.min, dt.date.max)
        if listed:
            return write_markdown(target, records, now, listed, photos, progress)
    if kind == "csv" and photos is not None:
        contents = _csv(records, now, photos.photo_counts(dt.date.min, dt.date.max))
    else:
        contents = EXPORTERS[kind](records, now)
    files = list(zip(export_paths(kind, target), contents, strict=True))
    write_files(files)
    return [Written(path, len(data)) for path, data in files]


def write_json(target: Path, now: dt.datetime, source: PhotoSource) -> Written:
    """The backup's payload, photos in it, written as it is made: all of it, or no file.

    The records and every photo are read in one moment (``backup_snapshot``); each photo is
    read, encoded and written before the next, so memory holds the records and one photo.
    """
    size = 0
    with source.backup_snapshot() as snapshot, atomic_stream(target) as out:
        pieces = payload.write(
            snapshot.records, photos=snapshot.photos, exported_at=now, app_version=__version__
        )
        for piece in pieces:
            size += out.write(piece)
    return Written(target, size, snapshot.photo_count)


_EXPORTED_PHOTO = re.compile(r"\d{4}-\d{2}-\d{2}-\d+(-[\w.-]*)?\.(jpg|png|webp|gif)\Z")
_SYSTEM_FILES = {".DS_Store", "Thumbs.db", "desktop.ini"}  # left by file managers that looked


def _check_folder(folder: Path) -> None:
    """Refuse to replace a folder unless it is an earlier export's: only its photos' files.

    Whatever else sits at that name (a folder of the user's, a diary's own folder) is never
    moved or removed.
    """
    if not folder.exists() and not folder.is_symlink():
        return
    refused = ExportRefused(messages.EXPORT_PHOTOS_FOLDER_TAKEN.format(path=folder))
    if folder.is_symlink() or not folder.is_dir():
        raise refused
    for item in folder.iterdir():
        name = item.name
        if item.is_symlink() or not item.is_file():
            raise refused
        if name not in _SYSTEM_FILES and not _EXPORTED_PHOTO.match(name):
            raise refused


def _write_private(path: Path, data: bytes) -> None:
    """A new file only its owner can read, flushed to the disk."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _fill(
    staging: Path,
    folder: PurePosixPath,
    photos: Sequence[Photo],
    source: PhotoSource,
    progress: Callable[[int, int], None] | None,
) -> tuple[dict[dt.date, list[PhotoLink]], int]:
    """Write each photo into ``staging``, read one at a time; the links and bytes written.

    The links point into ``folder``: the name ``staging`` will have.
    """
    links: dict[dt.date, list[PhotoLink]] = {}
    size = 0
    for done, photo in enumerate(photos, start=1):
        assert photo.id is not None  # listed from the diary
        try:
            data = source.photo_data(photo.id)
        except ValidationError:  # deleted since it was listed (the app stays open meanwhile)
            continue
        day = links.setdefault(photo.day, [])
        name = photo_file_name(photo, len(day) + 1)
        _write_private(staging / name, data)
        size += len(data)
        day.append(PhotoLink(photo.name or name, folder / name))
        del data
        if progress is not None:
            progress(done, len(photos))
    return links, size


def write_markdown(
    target: Path,
    records: Records,
    now: dt.datetime,
    photos: Sequence[Photo],
    source: PhotoSource,
    progress: Callable[[int, int], None] | None = None,
) -> list[Written]:
    """The Markdown document and, beside it, the folder of its photos; all or nothing.

    The photos go to a hidden folder beside the target, the document to a hidden file; only
    when both are complete do they take their places (an earlier export's folder is moved
    aside first, and removed once the new one is in). On any failure before that, the hidden
    folder and file are removed and the targets are as they were.

    Raises:
        OSError, ExportRefused: as ``write_export``.
    """
    folder = photos_folder(target)
    _check_folder(folder)
    staging = _staged(folder, "export")
    document = _staged(target, "export")
    old = _staged(folder, "old")
    staging.mkdir(mode=0o700)
    placed = moved_aside = False
    try:
        links, size = _fill(staging, PurePosixPath(folder.name), photos, source, progress)
        fsync_directory(staging)
        text = export_markdown.render(
            records, exported_on=now.astimezone().date(), photos=links, folder=folder.name
        )
        data = text.encode("utf-8")
        atomic_write(document, data)
        if folder.exists():
            os.replace(folder, old)
            moved_aside = True
        os.replace(staging, folder)
        placed = True
        os.replace(document, target)
    except BaseException:
        if placed:
            with contextlib.suppress(OSError):
                os.replace(folder, staging)
        if moved_aside:
            with contextlib.suppress(OSError):
                os.replace(old, folder)
        shutil.rmtree(staging, ignore_errors=True)
        with contextlib.suppress(OSError):
            document.unlink()
        raise
    shutil.rmtree(old, ignore_errors=True)
    with contextlib.suppress(OSError):
        fsync_directory(target.parent)
    count = sum(len(day) for day in links.values())
    return [Written(target, len(data)), Written(folder, size, count)]
