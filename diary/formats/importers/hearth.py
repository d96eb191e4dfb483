"""Hearth's own JSON export: exactly the payload of a backup (``diary.formats.payload``).

Every record keeps its uid, so importing the same export again adds nothing. An export with
photos can be far larger than a file read whole: ``read_dump`` checks it as a stream (records
kept, each photo checked and let go) and ``photos`` reads its photos again, one at a time.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from diary import messages
from diary.domain.photos import PreparedPhoto
from diary.formats import payload
from diary.formats.backup import BackupError
from diary.formats.importers.base import (
    ImportFailed,
    ImportOptions,
    ImportResult,
    json_or_none,
)
from diary.i18n import N_

NAME = "json"
WHAT = N_("a Hearth JSON export")


@contextmanager
def _refusals() -> Iterator[None]:
    """The payload reader's refusals as sentences about an export."""
    try:
        yield
    except payload.InvalidPayload as error:  # its detail, in a sentence about an export
        raise ImportFailed(messages.IMPORT_NOT_HEARTH.format(detail=error.detail)) from None
    except BackupError:  # UnsupportedBackup: a newer payload version
        raise ImportFailed(messages.IMPORT_HEARTH_TOO_NEW) from None


def parse(data: bytes, options: ImportOptions) -> ImportResult:
    """Read a Hearth JSON export with the backup payload's strict reader.

    Raises:
        ImportFailed: not a valid Hearth export, or one made by a newer Hearth.
    """
    with _refusals():
        dump = payload.load(data)
    return ImportResult(dump.records, [])


def read_dump(path: Path) -> payload.Dump:
    """The export at ``path`` checked as a stream: every record, and what each photo is.

    Its photos' bytes are checked as they are read and let go (``photos`` reads them again).

    Raises:
        ImportFailed: not a valid Hearth export, or one made by a newer Hearth.
        OSError: the file cannot be read.
    """
    with path.open("rb") as stream, _refusals():
        return payload.read(stream)


def photos(path: Path) -> Iterator[PreparedPhoto]:
    """The photos of the export at ``path``, read one at a time as they are asked for.

    Raises (as they are read):
        ImportFailed: the file changed since ``read_dump`` and is no longer a valid export.
        OSError: the file cannot be read.
    """
    with path.open("rb") as stream, _refusals():
        yield from payload.photos_of(stream)


def looks_like(data: bytes) -> bool:
    """True for JSON that says it is a Hearth diary dump."""
    document = json_or_none(data)
    return isinstance(document, dict) and document.get("format") == payload.FORMAT_NAME
