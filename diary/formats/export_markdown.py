"""The whole diary as one readable Markdown document: a section per day, then people and circles.

Each day shows its mood and energy, tags, feelings, contacts, gratitude, check-ins and text,
oldest day first. The text is kept as written, with two exceptions so that what the user wrote
can only ever be read, never run or taken for structure: a line of it that starts with ``#``
gets a backslash (it cannot pass for one of the document's own headings), and ``&``, ``<`` and
``>`` in anything the user typed are written as HTML entities (a ``<script>`` or ``onerror=``
in a note stays text in every Markdown viewer). A day's photos, written as files in a folder
beside the document (``photo_file_name`` names them), are linked at the end of its section with
relative image links, so the document opens with its pictures in any Markdown viewer. Pure:
records in, text out.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import quote

from diary import messages
from diary.domain.checkins import raw_score, who5_percent
from diary.domain.models import CheckIn, CheckInKind, Circle, Entry, Interaction, Person, Records
from diary.domain.photos import EXTENSIONS, Photo
from diary.domain.tags import day_tags
from diary.domain.vocabulary import label_of
from diary.formats.records import records_by_day
from diary.formats.terminal import company_line, interaction_line


@dataclass(frozen=True)
class PhotoLink:
    """A photo as the document links it: the name it came with, and its file beside the document.

    Attributes:
        name: the photo's own name (the alternative text of its image link).
        path: its file, relative to the document (``hearth-photos/2026-03-14-1-IMG_2041.jpg``).
    """

    name: str
    path: PurePosixPath


NAME_LIMIT = 80
"""The most characters of a photo's own name kept in its file's name (the day, number and
extension come on top): far below every file system's 255, and short enough for Windows' paths."""
_UNSAFE = re.compile(r"[^\w.\-]+")  # Unicode letters and digits, "_", "." and "-" are kept


def photo_file_name(photo: Photo, number: int) -> str:
    """The file a photo is written to: its day, its number that day, its own name, its type.

    ``2026-03-14-1-IMG_2041.jpg``: safe on Windows, macOS and Linux (no folders, only letters,
    digits, ``_``, ``.`` and ``-``, at most ``NAME_LIMIT`` characters of the photo's own name;
    starting with the date, it is never a device name such as ``CON``, and ending with the
    extension, never in a dot or a space), unique because the day and number are (also where
    case is ignored), and ending as the photo's format does, whatever its name said (an
    ``IMG.HEIC`` that is a JPEG is ``…-IMG.jpg``).
    """
    stem = unicodedata.normalize("NFC", photo.name)
    suffix = PurePosixPath(stem).suffix
    if suffix and suffix.lower().lstrip(".").isalnum():
        stem = stem[: -len(suffix)]
    stem = _UNSAFE.sub("_", stem).strip("._-")[:NAME_LIMIT].rstrip("._-")
    middle = f"-{stem}" if stem else ""
    return f"{photo.day.isoformat()}-{number}{middle}{EXTENSIONS[photo.mime]}"


def _image_link(link: PhotoLink) -> str:
    alt = _typed(link.name).replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
    return f"![{alt}]({quote(link.path.as_posix())})"


def _typed(text: str) -> str:
    """What the user typed, with HTML's special characters as entities."""
    return html.escape(text, quote=False)


def _text(text: str) -> str:
    lines = _typed(text.strip("\n").replace("\r\n", "\n")).split("\n")
    return "\n".join("\\" + line if line.lstrip().startswith("#") else line for line in lines)


def _checkin(checkin: CheckIn) -> str:
    answers = ", ".join(str(answer) for answer in checkin.answers)
    if checkin.kind is CheckInKind.WHO5:
        score = messages.EXPORT_MD_WHO5.format(percent=who5_percent(checkin))
    else:
        score = messages.EXPORT_MD_UCLA3.format(total=raw_score(checkin))
    return f"- {score} ({messages.EXPORT_MD_ANSWERS.format(answers=answers)})"


def _mood(entry: Entry) -> str:
    parts = []
    if entry.mood is not None:
        parts.append(messages.EXPORT_MD_MOOD.format(mood=entry.mood))
    if entry.energy is not None:
        parts.append(messages.EXPORT_MD_ENERGY.format(energy=entry.energy))
    if entry.company is not None:
        parts.append(company_line(entry.company))
    return " · ".join(parts)


def _day(
    day: dt.date,
    entry: Entry | None,
    contacts: Sequence[Interaction],
    checkins: Sequence[CheckIn],
    photos: Sequence[PhotoLink] = (),
) -> list[str]:
    blocks = [f"## {messages.long_day(day)}"]
    if entry is not None and _mood(entry):
        blocks.append(_mood(entry))
    tags = day_tags(entry.tags, entry.text) if entry is not None else ()
    if tags:
        blocks.append(messages.EXPORT_MD_TAGS.format(tags=_typed(" ".join(f"#{t}" for t in tags))))
    if entry is not None and entry.feelings:
        blocks.append(
            messages.EXPORT_MD_FEELINGS.format(
                feelings=_typed(", ".join(map(label_of, entry.feelings)))
            )
        )
    if contacts:
        lines = [f"- {_typed(interaction_line(item))}" for item in contacts]
        blocks.append("\n".join([messages.EXPORT_MD_CONTACTS, "", *lines]))
    if entry is not None and entry.gratitude:
        lines = [
            f"- {_typed(note.text)}" + (f" ({_typed(note.person)})" if note.person else "")
            for note in entry.gratitude
        ]
        blocks.append("\n".join([messages.EXPORT_MD_GRATITUDE, "", *lines]))
    if checkins:
        lines = [_checkin(checkin) for checkin in checkins]
        blocks.append("\n".join([messages.EXPORT_MD_CHECKINS, "", *lines]))
    if entry is not None and entry.text.strip():
        blocks.append(_text(entry.text))
    if photos:
        blocks.append("\n".join(_image_link(link) for link in photos))
    return blocks


def _person(person: Person) -> str:
    parts = [f"**{_typed(person.name)}**" + (" ♥" if person.inner else "")]
    if person.circles:
        parts.append(_typed(", ".join(person.circles)))
    if person.cadence_days:
        parts.append(messages.hoped_every(person.cadence_days))
    return "- " + " · ".join(parts)


def _circle(circle: Circle) -> str:
    every = f" · {messages.hoped_every(circle.cadence_days)}" if circle.cadence_days else ""
    return f"- **{_typed(circle.name)}**{every}"


def render(
    records: Records,
    *,
    exported_on: dt.date,
    photos: Mapping[dt.date, Sequence[PhotoLink]] | None = None,
    folder: str = "",
) -> str:
    """The Markdown document of ``records`` (``exported_on`` is printed under the title).

    ``photos`` are each day's photos as written beside the document, in ``folder`` (named in
    the line that says the export is not encrypted).
    """
    photos = photos or {}
    days = records_by_day(records)
    day, count = exported_on.isoformat(), len(days)
    intro = (
        messages.EXPORT_MD_INTRO_PHOTOS(count, day=day, folder=_typed(folder))
        if photos
        else messages.EXPORT_MD_INTRO.format(day=day, days=count)
    )
    blocks = [f"# {messages.EXPORT_MD_TITLE}", intro]
    if not days:
        blocks.append(messages.EXPORT_MD_NO_DAYS)
    for held in days:
        links = photos.get(held.day, ())
        blocks += _day(held.day, held.entry, held.interactions, held.checkins, links)
    if records.people:
        blocks.append(f"## {messages.EXPORT_MD_PEOPLE}")
        blocks.append("\n".join(_person(person) for person in records.people))
    if records.circles:
        blocks.append(f"## {messages.EXPORT_MD_CIRCLES}")
        blocks.append("\n".join(_circle(circle) for circle in records.circles))
    return "\n\n".join(blocks) + "\n"
