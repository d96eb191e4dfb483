"""Hearth's own JSON export: exactly the payload of a backup (``diary.formats.payload``).

Every record keeps its uid, so importing the same export again adds nothing.
"""

from __future__ import annotations

import re

from diary import messages
from diary.formats import payload
from diary.formats.backup import BackupError
from diary.formats.importers.base import (
    ImportFailed,
    ImportOptions,
    ImportResult,
    json_or_none,
)

NAME = "json"
WHAT = "a Hearth JSON export"
_DETAIL = re.compile(r"\((.*)\)\. Nothing was changed\.\Z", re.DOTALL)


def parse(data: bytes, options: ImportOptions) -> ImportResult:
    """Read a Hearth JSON export with the backup payload's strict reader.

    Raises:
        ImportFailed: not a valid Hearth export, or one made by a newer Hearth.
    """
    try:
        dump = payload.load(data)
    except payload.InvalidPayload as error:
        found = _DETAIL.search(str(error))
        detail = found.group(1) if found else str(error)
        raise ImportFailed(messages.IMPORT_NOT_HEARTH.format(detail=detail)) from None
    except BackupError:  # UnsupportedBackup: a newer payload version
        raise ImportFailed(messages.IMPORT_HEARTH_TOO_NEW) from None
    return ImportResult(dump.records, [])


def looks_like(data: bytes) -> bool:
    """True for JSON that says it is a Hearth diary dump."""
    document = json_or_none(data)
    return isinstance(document, dict) and document.get("format") == payload.FORMAT_NAME
