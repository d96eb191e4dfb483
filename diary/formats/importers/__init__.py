"""Importers of other diary apps' exports: an explicit registry, one small module per source.

Each importer of another app reads a file as a stream of notes (``read``, for
``Repository.import_notes``), each named by a key that is the same in every export of that
app, so a later export adds only the notes the diary lacks; ``parse`` reads a whole file's bytes
into an ``ImportResult`` (the notes, the entries they make and notes about what it could not
use). Hearth's own JSON export is read whole, as records for ``Repository.merge_records``. An
importer raises ``ImportFailed`` with a sentence for the user; never another exception, never a
print or a prompt. The accepted formats are described in docs/import-formats.md.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from diary import messages
from diary.formats.importers import daylio, dayone, hearth, jrnl, minidiary
from diary.formats.importers.base import (
    ImportFailed,
    ImportOptions,
    ImportResult,
    Notes,
    Piece,
    Reader,
    checked,
)
from diary.i18n import _

__all__ = [
    "IMPORTERS",
    "ImportFailed",
    "ImportOptions",
    "ImportResult",
    "Importer",
    "NoteStream",
    "Piece",
    "Scan",
    "recognise",
    "titles",
]


@dataclass(frozen=True)
class Scan:
    """What a first reading of a whole file found, before anything is merged.

    Attributes:
        notes: how many notes it holds that bring something.
        days: how many days they fall on.
        span: the first and last of those days (None for none).
        skipped: one sentence for each record that could not be used.
    """

    notes: int
    days: int
    span: tuple[dt.date, dt.date] | None
    skipped: list[str]


@dataclass(frozen=True)
class Importer:
    """One source app's export format.

    Attributes:
        name: what the user types after ``diary import``.
        what: the format in words ("a Daylio CSV export"), marked for translation; ``label``
            says it in the current language.
        parse: bytes and options in, an ``ImportResult`` out (or ``ImportFailed``).
        looks_like: a quick guess whether some bytes are this format (for helpful errors).
        app: the app's own name, as a heading of its notes says it ("From Day One").
        read: a binary stream in, its notes out one by one (None for Hearth's own JSON,
            which is records, not notes).
        uses_mood_map: whether ``ImportOptions.mood_map`` means anything to it.
    """

    name: str
    what: str
    parse: Callable[[bytes, ImportOptions], ImportResult]
    looks_like: Callable[[bytes], bool]
    app: str = "Hearth"
    read: Reader | None = None
    uses_mood_map: bool = False

    @property
    def label(self) -> str:
        """The format in words, in the current language."""
        return _(self.what)

    def notes(self, path: Path, options: ImportOptions, notes: Notes) -> NoteStream:
        """The notes of the file at ``path``, read as they are needed (a large file is fine).

        Raises (as the notes are read):
            ImportFailed: the file cannot be read, is not this format, is cut short, or holds
                no note that can be read.
        """
        read = self.read
        if read is None:
            raise TypeError(f"{self.name} files hold records, not notes: use parse")
        return NoteStream(path, lambda stream: checked(read(stream, options, notes), notes))

    def scan(self, path: Path, options: ImportOptions) -> Scan:
        """Read the whole file once, keeping only counts: what it holds, or ``ImportFailed``."""
        notes = Notes()
        count = 0
        days: set[dt.date] = set()
        with self.notes(path, options, notes) as pieces:
            for piece in pieces:
                count += 1
                days.add(piece.day)
        span = (min(days), max(days)) if days else None
        return Scan(count, len(days), span, notes.result())


class NoteStream(Iterator[Piece]):
    """The notes of one file, read one by one; the file stays open until this is closed.

    Not a generator, on purpose: a note's photos (``Piece.photos``) are read from the file
    when the merge attaches them, which for the last day is after the last note was given.
    Closed by ``close``, at the end of a ``with`` block, or when no longer referenced.
    """

    def __init__(self, path: Path, pieces: Callable[[BinaryIO], Iterator[Piece]]) -> None:
        self._path, self._make = path, pieces
        self._stream: BinaryIO | None = None
        self._pieces: Iterator[Piece] | None = None

    def __next__(self) -> Piece:
        try:
            if self._pieces is None:
                self._stream = self._path.open("rb")
                self._pieces = self._make(self._stream)
            return next(self._pieces)
        except OSError as error:
            reason = error.strerror or str(error)
            raise ImportFailed(
                messages.IMPORT_CANNOT_READ.format(path=self._path, reason=reason)
            ) from None

    def close(self) -> None:
        """Stop reading and close the file (a note's photos can no longer be read)."""
        pieces, stream = self._pieces, self._stream
        self._pieces = iter(())
        if isinstance(pieces, Generator):
            pieces.close()
        if stream is not None:
            stream.close()
            self._stream = None

    def __enter__(self) -> NoteStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        self.close()


IMPORTERS: dict[str, Importer] = {
    importer.name: importer
    for importer in (
        Importer(
            daylio.NAME,
            daylio.WHAT,
            daylio.parse,
            daylio.looks_like,
            "Daylio",
            daylio.read,
            uses_mood_map=True,
        ),
        Importer(dayone.NAME, dayone.WHAT, dayone.parse, dayone.looks_like, "Day One", dayone.read),
        Importer(jrnl.NAME, jrnl.WHAT, jrnl.parse, jrnl.looks_like, "jrnl", jrnl.read),
        Importer(
            minidiary.NAME,
            minidiary.WHAT,
            minidiary.parse,
            minidiary.looks_like,
            "Mini Diary",
            minidiary.read,
        ),
        Importer(hearth.NAME, hearth.WHAT, hearth.parse, hearth.looks_like),
    )
}
"""Every importer by the name ``diary import`` takes, in the order the help lists them."""


def recognise(data: bytes) -> Importer | None:
    """The importer whose format ``data`` looks like, if exactly one claims it."""
    claims = [importer for importer in IMPORTERS.values() if importer.looks_like(data)]
    return claims[0] if len(claims) == 1 else None


def titles() -> dict[str, str]:
    """The line heading each app's notes added after a day's own text ("From jrnl"), by name."""
    return {
        name: messages.IMPORT_FROM_APP.format(app=importer.app)
        for name, importer in IMPORTERS.items()
    }
