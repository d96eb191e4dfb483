"""Notes of other diary apps, and how the notes of one day make Hearth's one entry of that day.

Other apps keep several notes a day; Hearth keeps one entry a day. An importer turns each note
of the source into a ``SourceNote`` with a ``key`` that names that note for good (Day One's own
id, or its date and time), so that a later export of the same app can be merged note by note:
the diary remembers which notes it already holds, adds the others, and works the day's mood out
again from all of them. Pure functions of plain values, standard library only.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from diary.domain.photos import PreparedPhoto
from diary.domain.tags import unique_tags

# Fixed forever: changing it would make every re-import add everything again.
_UID_NAMESPACE = uuid.UUID("5f1c9a52-8d3e-4b7a-9c61-2f0e7d4a8b13")


@dataclass(frozen=True)
class NotePhoto:
    """A photo of another app's note, read only when the import attaches it to the day.

    A note carries how to read its photo, not the photo: notes are held a window at a time
    while an export is read, and a Day One export's photos can be gigabytes.

    Attributes:
        key: what names the photo in its app for good (Day One's ``identifier``): with the
            app's name it gives the photo's uid, so a later import never adds it twice.
        name: the file name it is shown with.
        load: reads and prepares the photo (``PhotoRefused`` when it cannot be taken); valid
            while the import reads its file.
    """

    key: str
    name: str
    load: Callable[[], PreparedPhoto] = field(compare=False, repr=False)


@dataclass(frozen=True)
class SourceNote:
    """One note of another app: a part of one day's entry.

    Attributes:
        day: the local calendar date it belongs to.
        time: the local time it was written, when known (orders the notes of a day).
        text: its words, already plain text.
        label: what the heading of this note says after the time (a mood label, a journal).
        mood: its mood on Hearth's 1-9 scale, if it has one.
        feelings: feeling words it carries.
        key: what names this note in its app for good, the same in every export of it.
        tags: its tags in the app (and "starred"), already Hearth tags (``domain.tags``).
        photos: its photos, in the app's order, read only when attached (Day One's zip).
    """

    day: dt.date
    time: dt.time | None
    text: str
    label: str = ""
    mood: int | None = None
    feelings: tuple[str, ...] = ()
    key: str = ""
    tags: tuple[str, ...] = ()
    photos: tuple[NotePhoto, ...] = ()

    @property
    def has_content(self) -> bool:
        """True when the note brings words, a mood, a feeling, a tag or a photo."""
        return bool(self.text or self.mood is not None or self.feelings or self.tags or self.photos)


def stable_uid(source: str, key: str) -> str:
    """A uid that is the same every time the same record of the same app is imported."""
    return uuid.uuid5(_UID_NAMESPACE, f"{source}\n{key}").hex


def photo_uid(source: str, key: str) -> str:
    """The uid of a photo an import of ``source`` attaches (``NotePhoto.key``): always the same."""
    return stable_uid(source, f"photo\n{key}")


def day_uid(source: str, day: dt.date) -> str:
    """The uid of the entry an import of ``source`` makes on ``day``."""
    return stable_uid(source, day.isoformat())


def mean_mood(moods: Iterable[int]) -> int | None:
    """The mean of whole moods, rounded half up (7 and 8 give 8); None for no moods."""
    values = list(moods)
    if not values:
        return None
    count = len(values)
    return (2 * sum(values) + count) // (2 * count)


def in_time_order(notes: Iterable[SourceNote]) -> list[SourceNote]:
    """The notes by time; notes without a time keep their order after the timed ones."""
    return sorted(notes, key=lambda n: (n.time is None, n.time or dt.time()))


def heading(note: SourceNote) -> str:
    """The heading line of a note: its time and its label, "21:40 · rad"."""
    time = note.time.strftime("%H:%M") if note.time is not None else ""
    return " · ".join(part for part in (time, note.label) if part)


def _blocks(notes: Sequence[SourceNote], *, headings: bool) -> str:
    blocks = []
    for note in in_time_order(notes):
        head = heading(note) if headings else ""
        block = "\n".join(part for part in (head, note.text) if part)
        if block:
            blocks.append(block)
    return "\n\n".join(blocks)


def day_text(notes: Sequence[SourceNote]) -> str:
    """The text of a day made of ``notes``: each under a heading with its time and label.

    A day of one note without a label is just its text; one note with a label (a Daylio mood)
    keeps its heading, so the label is never lost.
    """
    if len(notes) == 1 and not notes[0].label:
        return notes[0].text
    return _blocks(notes, headings=True)


def section(title: str, notes: Sequence[SourceNote]) -> str:
    """Notes added to a day that already has text: a title line ("From jrnl"), then each note."""
    body = _blocks(notes, headings=True)
    return "\n".join(part for part in (title, body) if part)


def appended(text: str, title: str, notes: Sequence[SourceNote]) -> str:
    """``text`` with ``notes`` added after it under ``title``; never drops what was there."""
    added = section(title, notes)
    return f"{text.rstrip()}\n\n{added}" if text.strip() else added


def feelings_of(notes: Iterable[SourceNote], before: Sequence[str] = ()) -> tuple[str, ...]:
    """``before``, then the notes' feelings it lacks, each once."""
    return tuple(dict.fromkeys([*before, *(word for n in notes for word in n.feelings)]))


def tags_of(notes: Iterable[SourceNote], before: Sequence[str] = ()) -> tuple[str, ...]:
    """``before``, then the notes' tags it lacks, each once (two spellings are one tag)."""
    return unique_tags([*before, *(tag for n in notes for tag in n.tags)])
