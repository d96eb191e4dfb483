"""Importers of other diary apps' exports: an explicit registry, one small module per source.

Each importer reads a whole file's bytes and returns an ``ImportResult`` (records ready for
``Repository.merge_records`` and notes about what it could not use) or raises ``ImportFailed``
with a sentence for the user; never another exception, never a print or a prompt. The uids of
imported entries come from the source and the date, so importing the same file twice adds
nothing the second time. The accepted formats are described in docs/import-formats.md.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from diary.formats.importers import daylio, dayone, hearth, jrnl, minidiary
from diary.formats.importers.base import ImportFailed, ImportOptions, ImportResult
from diary.i18n import _

__all__ = ["IMPORTERS", "ImportFailed", "ImportOptions", "ImportResult", "Importer", "recognise"]


@dataclass(frozen=True)
class Importer:
    """One source app's export format.

    Attributes:
        name: what the user types after ``diary import``.
        what: the format in words ("a Daylio CSV export"), marked for translation; ``label``
            says it in the current language.
        parse: bytes and options in, an ``ImportResult`` out (or ``ImportFailed``).
        looks_like: a quick guess whether some bytes are this format (for helpful errors).
        uses_mood_map: whether ``ImportOptions.mood_map`` means anything to it.
    """

    name: str
    what: str
    parse: Callable[[bytes, ImportOptions], ImportResult]
    looks_like: Callable[[bytes], bool]
    uses_mood_map: bool = False

    @property
    def label(self) -> str:
        """The format in words, in the current language."""
        return _(self.what)


IMPORTERS: dict[str, Importer] = {
    importer.name: importer
    for importer in (
        Importer(daylio.NAME, daylio.WHAT, daylio.parse, daylio.looks_like, uses_mood_map=True),
        Importer(dayone.NAME, dayone.WHAT, dayone.parse, dayone.looks_like),
        Importer(jrnl.NAME, jrnl.WHAT, jrnl.parse, jrnl.looks_like),
        Importer(minidiary.NAME, minidiary.WHAT, minidiary.parse, minidiary.looks_like),
        Importer(hearth.NAME, hearth.WHAT, hearth.parse, hearth.looks_like),
    )
}
"""Every importer by the name ``diary import`` takes, in the order the help lists them."""


def recognise(data: bytes) -> Importer | None:
    """The importer whose format ``data`` looks like, if exactly one claims it."""
    claims = [importer for importer in IMPORTERS.values() if importer.looks_like(data)]
    return claims[0] if len(claims) == 1 else None
