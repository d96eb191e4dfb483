"""Hearth's own JSON export: exactly the payload of a backup (``diary.formats.payload``).

Every record keeps its uid, so importing the same export again adds nothing.
"""

from __future__ import annotations

from diary import messages
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


def parse(data: bytes, options: ImportOptions) -> ImportResult:
    """Read a Hearth JSON export with the backup payload's strict reader.

    Raises:
        ImportFailed: not a valid Hearth export, or one made by a newer Hearth.
    """
    try:
        dump = payload.load(data)
    except payload.InvalidPayload as error:  # its detail, in a sentence about an export
        raise ImportFailed(messages.IMPORT_NOT_HEARTH.format(detail=error.detail)) from None
    except BackupError:  # UnsupportedBackup: a newer payload version
        raise ImportFailed(messages.IMPORT_HEARTH_TOO_NEW) from None
    return ImportResult(dump.records, [])


def looks_like(data: bytes) -> bool:
    """True for JSON that says it is a Hearth diary dump."""
    document = json_or_none(data)
    return isinstance(document, dict) and document.get("format") == payload.FORMAT_NAME
