"""Photos of a day: their limits, what the diary knows of one, and why one is refused.

A photo belongs to the entry of its day and is kept whole inside the encrypted database (its
bytes exactly as the file held them, with a small thumbnail beside them); never as a file.
``Photo`` holds no image bytes, so a day's list of photos stays small; ``PreparedPhoto`` is a
photo with its bytes, as ``diary.formats.photos`` makes one from a file and as a backup
carries one. Standard library only: the decoding is ``diary.formats.photos``' job.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum

from diary.domain.models import new_uid

MAX_PHOTO_BYTES = 30 * 1024 * 1024
"""The largest photo file Hearth takes (30 MB): a phone's photo is 2 to 8, a camera's 10 to 25."""
MAX_PIXELS = 60_000_000
"""The most pixels (width × height) a photo may have: a 60-megapixel camera's, no more. It
also bounds what decoding one costs (a small file can claim a huge picture)."""
MAX_PHOTOS_PER_DAY = 24
"""The most photos one day takes from the user (a merge of two diaries may bring more)."""
THUMBNAIL_SIDE = 320
"""The longest side of a thumbnail, in pixels (enough for a 160-pixel tile at 2× scale)."""
NAME_MAX = 255
"""The longest file name kept (characters); most file systems allow no more."""

JPEG, PNG, WEBP, GIF = "image/jpeg", "image/png", "image/webp", "image/gif"
MIME_TYPES = (JPEG, PNG, WEBP, GIF)
"""The formats Hearth takes, by media type: JPEG, PNG, WebP and GIF (its first frame)."""
FORMAT_NAMES = {JPEG: "JPEG", PNG: "PNG", WEBP: "WebP", GIF: "GIF"}
"""Each format's name as people know it."""
EXTENSIONS = {JPEG: ".jpg", PNG: ".png", WEBP: ".webp", GIF: ".gif"}
"""The usual file name ending of each format (for a photo written out as a file)."""


class PhotoProblem(StrEnum):
    """Why a photo was refused (its words: ``diary.messages.photo_refused``)."""

    TOO_BIG = "photo_too_big"
    """The file is larger than ``MAX_PHOTO_BYTES`` (params: name, size, limit)."""
    TOO_MANY_PIXELS = "photo_too_many_pixels"
    """The picture has more than ``MAX_PIXELS`` pixels (params: name, width, height, limit)."""
    NOT_AN_IMAGE = "photo_not_an_image"
    """The file is no picture Hearth recognises, or is empty (params: name)."""
    UNSUPPORTED_FORMAT = "photo_unsupported_format"
    """A picture, document or video of a kind Hearth does not take (params: name, format, a
    ``Unsupported`` value)."""
    BROKEN = "photo_broken"
    """It says it is a JPEG, PNG, WebP or GIF, but cannot be decoded: cut short or damaged
    (params: name, format)."""
    TOO_MANY_FOR_DAY = "photo_too_many_for_day"
    """The day already has ``MAX_PHOTOS_PER_DAY`` photos (params: name, day, limit)."""
    UNREADABLE = "photo_unreadable"
    """The file could not be read: missing, a folder, no permission (params: name, reason)."""
    DUPLICATE = "photo_duplicate"
    """The very same file (same bytes) is already a photo of that day (params: name, day)."""


class Unsupported(StrEnum):
    """The kinds of file recognised only to be refused with the right words."""

    HEIC = "HEIC"
    AVIF = "AVIF"
    TIFF = "TIFF"
    RAW = "RAW"
    BMP = "BMP"
    SVG = "SVG"
    PSD = "PSD"
    PDF = "PDF"
    VIDEO = "video"


class PhotoRefused(ValueError):
    """A photo Hearth does not take, and why: ``reason`` and what its words name.

    The words are chosen when shown, in the current language, by
    ``diary.messages.photo_refused(error)`` (the domain imports no words module); ``str()``
    gives the reason and its details, for logs.

    Attributes:
        reason: what is wrong.
        params: the details the words name: ``name`` (the file's name) always, and
            ``size``/``limit`` in bytes, ``width``/``height``, ``format``, ``day``, ``reason``
            as the problem has them.
    """

    def __init__(self, reason: PhotoProblem, /, **params: object) -> None:
        super().__init__(reason.value)
        self.reason = reason
        self.params = params

    @property
    def code(self) -> str:
        """The reason as a code, as other coded errors have one."""
        return self.reason.value

    @property
    def name(self) -> str:
        """The name of the file refused ("" when it had none)."""
        return str(self.params.get("name", ""))

    def __str__(self) -> str:
        details = ", ".join(f"{key}={value!r}" for key, value in self.params.items())
        return f"{self.reason.value} ({details})"


_FOLDERS = re.compile(r".*[/\\]")


def clean_photo_name(name: str) -> str:
    """A file name as kept: no folders (only the last part of a path), no control characters.

    The path a file picker gave says where the user keeps things; only the name itself is
    kept (NFC, trimmed, at most ``NAME_MAX`` characters).
    """
    last = _FOLDERS.sub("", unicodedata.normalize("NFC", name))
    kept = "".join(
        c for c in last if unicodedata.category(c) not in ("Cc", "Zl", "Zp") and c not in _HIDDEN
    )
    return kept.strip()[:NAME_MAX].strip()


_HIDDEN = frozenset(
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
)
"""Bidirectional controls and the byte-order mark: they would make "gpj.exe" read as another
name. Other format characters stay (the joiners of emoji, Persian's zero-width non-joiner)."""


@dataclass(frozen=True, slots=True)
class Photo:
    """A photo of a day, without its bytes.

    Attributes:
        day: The day it belongs to (the photo is part of that day's entry).
        mime: Its format, one of ``MIME_TYPES``, found from its bytes (never its name).
        width: Its width in pixels as shown, after the camera's rotation (EXIF orientation).
        height: Its height in pixels as shown.
        size: How many bytes the original file has.
        name: The name of the file it came from, without folders ("" if it had none).
        id: The diary's own number for it, None until stored.
        uid: Its identity across backups and merges.
        added: When it was added (aware, UTC), None until stored.
    """

    day: dt.date
    mime: str
    width: int
    height: int
    size: int
    name: str = ""
    id: int | None = None
    uid: str = field(default_factory=new_uid)
    added: dt.datetime | None = None

    def __post_init__(self) -> None:
        # Callers build photos from a decoded image or a checked backup: a value outside these
        # is a programming error, not a user's.
        if not isinstance(self.day, dt.date) or isinstance(self.day, dt.datetime):
            raise ValueError("a photo's day must be a date")
        if self.mime not in MIME_TYPES:
            raise ValueError(f"unknown photo format {self.mime!r}")
        for value in (self.width, self.height, self.size):
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError("a photo's width, height and size are positive whole numbers")
        if self.added is not None and self.added.tzinfo is None:
            raise ValueError("a photo's added time must be aware")
        object.__setattr__(self, "name", clean_photo_name(self.name))

    @property
    def pixels(self) -> int:
        """Width times height."""
        return self.width * self.height

    @property
    def format_name(self) -> str:
        """Its format as people know it: "JPEG", "PNG", "WebP" or "GIF"."""
        return FORMAT_NAMES[self.mime]


@dataclass(frozen=True, slots=True)
class PreparedPhoto:
    """A photo with its bytes: ready to be stored, or carried by a backup.

    Attributes:
        photo: What the diary knows of it (``id`` None: it is not stored in this diary yet).
        data: The original file's bytes, unchanged (its EXIF stays, the camera's rotation too).
        thumbnail: A small copy, at most ``THUMBNAIL_SIDE`` pixels on its longest side and
            turned upright: a JPEG, or a PNG when the photo has transparency.
    """

    photo: Photo
    data: bytes = field(repr=False)
    thumbnail: bytes = field(repr=False)

    def __post_init__(self) -> None:
        if len(self.data) != self.photo.size:
            raise ValueError("a photo's size must be the length of its data")
        if not self.thumbnail:
            raise ValueError("a photo needs a thumbnail")
