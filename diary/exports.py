"""Plain exports of the whole diary: JSON (the backup payload), Markdown and CSV, all or nothing.

An export is readable on purpose, so other programs can use it, and is NOT encrypted: callers
(``diary export``, the app's Export dialog) say so. Every file is written completely before any
takes its place.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import secrets
from collections.abc import Callable, Sequence
from pathlib import Path

from diary import __version__
from diary.domain.models import Records
from diary.formats import export_csv, export_markdown, payload
from diary.storage.atomic import atomic_write, fsync_directory


def _json(records: Records, now: dt.datetime) -> list[bytes]:
    return [payload.dump(records, exported_at=now, app_version=__version__)]


def _markdown(records: Records, now: dt.datetime) -> list[bytes]:
    return [export_markdown.render(records, exported_on=now.astimezone().date()).encode("utf-8")]


def _csv(records: Records, now: dt.datetime) -> list[bytes]:
    tables = export_csv.tables(records)
    return [tables.days, tables.contacts, tables.people]


EXPORTERS: dict[str, Callable[[Records, dt.datetime], list[bytes]]] = {
    "json": _json,
    "markdown": _markdown,
    "csv": _csv,
}
"""Every export kind: the records and the time in, the contents of its files out."""


def companion(target: Path, suffix: str) -> Path:
    """The path of a second CSV table: ``diary.csv`` -> ``diary-contacts.csv``."""
    return target.with_name(f"{target.stem}{suffix}.csv")


def export_paths(kind: str, target: Path) -> list[Path]:
    """The files an export of ``kind`` to ``target`` writes, in the order of ``EXPORTERS``."""
    if kind == "csv":
        return [
            target,
            companion(target, export_csv.CONTACTS_SUFFIX),
            companion(target, export_csv.PEOPLE_SUFFIX),
        ]
    return [target]


def write_files(files: Sequence[tuple[Path, bytes]]) -> None:
    """Write every file completely (each to a hidden temporary file) before any takes its place.

    On a failure while writing, every temporary file is removed and no target is touched.
    """
    staged: list[tuple[Path, Path]] = []
    try:
        for path, data in files:
            temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.export")
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
