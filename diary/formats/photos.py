"""A photo file made ready for the diary: checked, decoded once, and given a thumbnail (Pillow).

CPU-heavy and safe in a worker thread: no Qt, no storage, no global settings of Pillow changed.
Everything a file says about itself is distrusted until decoded: the format is found from its
first bytes (never its name), its size is checked before it is decoded, and the pixels it claims
before they are decoded (a few kilobytes can claim a picture of gigabytes). The original bytes
are kept unchanged; only the thumbnail is made here, upright (EXIF orientation applied) and
without any of the original's metadata.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import stat
from errno import EISDIR
from pathlib import Path
from typing import NamedTuple

# The decoders Hearth uses, imported by name so they are there in the frozen app too (and
# Pillow does not import all forty of its plugins to find one).
from PIL import GifImagePlugin, Image, JpegImagePlugin, PngImagePlugin, WebPImagePlugin

from diary.domain.photos import (
    GIF,
    JPEG,
    MAX_PHOTO_BYTES,
    MAX_PIXELS,
    PNG,
    THUMBNAIL_SIDE,
    WEBP,
    Photo,
    PhotoProblem,
    PhotoRefused,
    PreparedPhoto,
    clean_photo_name,
)
from diary.formats.photo_kinds import sniff as sniff

_PLUGINS = {
    JPEG: JpegImagePlugin.JpegImageFile.format,
    PNG: PngImagePlugin.PngImageFile.format,
    WEBP: WebPImagePlugin.WebPImageFile.format,
    GIF: GifImagePlugin.GifImageFile.format,
}
_THUMBNAIL_QUALITY = 85
_ORIENTATION = 0x0112  # the EXIF tag
_TRANSPOSE = {  # EXIF orientation -> the turn that makes the picture upright (ImageOps' table)
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_SIDEWAYS = (5, 6, 7, 8)  # orientations that swap width and height


def prepare_photo(day: dt.date, data: bytes, name: str) -> PreparedPhoto:
    """Check and decode a photo file's bytes, and make its thumbnail.

    Args:
        day: the day it is for.
        data: the file's bytes, kept unchanged.
        name: the file's name (a path is cut to its last part).

    Raises:
        PhotoRefused: too big, too many pixels, not a picture, a kind Hearth does not take,
            or damaged (cut short, corrupt).
    """
    name = clean_photo_name(name)
    if len(data) > MAX_PHOTO_BYTES:
        raise PhotoRefused(PhotoProblem.TOO_BIG, name=name, size=len(data), limit=MAX_PHOTO_BYTES)
    if not data:
        raise PhotoRefused(PhotoProblem.NOT_AN_IMAGE, name=name)
    mime = sniff(data, name)
    width, height, thumbnail = _decode(data, mime, name)
    photo = Photo(day=day, mime=mime, width=width, height=height, size=len(data), name=name)
    return PreparedPhoto(photo, bytes(data), thumbnail)


def read_photo_file(path: Path, day: dt.date) -> PreparedPhoto:
    """Read a photo file and prepare it (see ``prepare_photo``); only its name is kept.

    The size is looked at before anything is read, so a huge file costs nothing.

    Raises:
        PhotoRefused: UNREADABLE when it cannot be read (missing, a folder, no permission),
            or any refusal of ``prepare_photo``.
    """
    name = clean_photo_name(path.name)
    try:
        found = path.stat()
        if stat.S_ISDIR(found.st_mode):
            raise PhotoRefused(PhotoProblem.UNREADABLE, name=name, reason=os.strerror(EISDIR))
        if not stat.S_ISREG(found.st_mode):  # a pipe or a device: never read, it may not end
            raise PhotoRefused(PhotoProblem.NOT_AN_IMAGE, name=name)
        if found.st_size > MAX_PHOTO_BYTES:
            raise PhotoRefused(
                PhotoProblem.TOO_BIG, name=name, size=found.st_size, limit=MAX_PHOTO_BYTES
            )
        with path.open("rb") as file:
            data = file.read(MAX_PHOTO_BYTES + 1)  # it may have grown since
    except OSError as error:
        reason = error.strerror or str(error)
        raise PhotoRefused(PhotoProblem.UNREADABLE, name=name, reason=reason) from None
    return prepare_photo(day, data, name)


def _decode(data: bytes, mime: str, name: str) -> tuple[int, int, bytes]:
    """The upright width and height of the picture, and its thumbnail's bytes."""
    plugin = _PLUGINS[mime]
    broken = PhotoRefused(PhotoProblem.BROKEN, name=name, format=plugin)
    try:
        with Image.open(io.BytesIO(data), formats=[plugin]) as image:
            _check_pixels(image.size, name)
            image.verify()  # the file's own checks (PNG's CRCs) before any pixel is decoded
        with Image.open(io.BytesIO(data), formats=[plugin]) as image:
            width, height = image.size
            orientation = _orientation(image)
            if mime == JPEG:  # decode at 1/2 .. 1/8 scale: every byte is still read and checked
                image.draft("RGB", (THUMBNAIL_SIDE, THUMBNAIL_SIDE))
            image.load()  # the first frame of a GIF or an animated WebP
            thumbnail = _thumbnail(image, orientation)
    except PhotoRefused:
        raise
    except Image.DecompressionBombError:
        raise PhotoRefused(PhotoProblem.TOO_MANY_PIXELS, name=name, limit=MAX_PIXELS) from None
    except Image.DecompressionBombWarning:  # raised only where warnings are errors (tests)
        raise PhotoRefused(PhotoProblem.TOO_MANY_PIXELS, name=name, limit=MAX_PIXELS) from None
    except Exception:  # noqa: BLE001 - a decoder's refusal, in any of its forms
        raise broken from None
    if orientation in _SIDEWAYS:
        width, height = height, width
    return width, height, thumbnail


def _check_pixels(size: tuple[int, int], name: str) -> None:
    width, height = size
    if width < 1 or height < 1:
        raise PhotoRefused(PhotoProblem.NOT_AN_IMAGE, name=name)
    if width * height > MAX_PIXELS:
        raise PhotoRefused(
            PhotoProblem.TOO_MANY_PIXELS, name=name, width=width, height=height, limit=MAX_PIXELS
        )


def _orientation(image: Image.Image) -> int:
    """The EXIF orientation (1 to 8; 1, upright, when absent or unreadable)."""
    try:
        value = image.getexif().get(_ORIENTATION, 1)
    except Exception:  # noqa: BLE001 - a damaged EXIF block says nothing about the pixels
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def has_transparency(image: Image.Image) -> bool:
    """True when some pixels may be see-through (an alpha channel or a transparent colour)."""
    return image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or "transparency" in image.info


def _thumbnail(image: Image.Image, orientation: int) -> bytes:
    """A JPEG (a PNG when transparent) at most ``THUMBNAIL_SIDE`` on its longest side, upright."""
    clear = has_transparency(image)
    if image.mode.startswith("I;16") or image.mode in ("I", "F"):
        image = image.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    small = image.convert("RGBA" if clear else "RGB")
    small.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE), Image.Resampling.LANCZOS)
    if orientation in _TRANSPOSE:
        small = small.transpose(_TRANSPOSE[orientation])
    out = io.BytesIO()
    if clear:
        small.save(out, "PNG", optimize=True)
    else:
        small.save(out, "JPEG", quality=_THUMBNAIL_QUALITY)
    return out.getvalue()


class Pixels(NamedTuple):
    """An image as 8-bit RGBA rows, top row first: plain bytes a viewer makes its image from."""

    width: int
    height: int
    rgba: bytes


def screen_pixels(data: bytes, longest: int) -> Pixels:
    """``data`` (a stored photo's bytes) upright, its longest side at most ``longest`` pixels.

    For the viewer, in a worker: Qt's ``QImage.fromData`` ignores EXIF orientation (a phone's
    portrait shot would lie on its side) and decodes every pixel of a big original on the GUI
    thread. A JPEG is decoded no larger than needed (``draft``: at 1/2, 1/4 or 1/8), and the
    picture is made small before it is turned (turning all of a big photo costs more than
    decoding it).

    Raises:
        ValueError: when the bytes are not an image Pillow can decode (with Pillow's words).
    """
    try:
        with Image.open(io.BytesIO(data)) as opened:
            orientation = _orientation(opened)
            width, height = opened.size
            scale = min(1.0, longest / max(width, height, 1))
            wanted = (max(1, round(width * scale)), max(1, round(height * scale)))
            opened.draft("RGB", wanted)
            image = opened.copy()
    except (OSError, Image.DecompressionBombError, SyntaxError) as error:
        raise ValueError(str(error) or type(error).__name__) from error
    if max(image.size) > longest:
        image.thumbnail((longest, longest), Image.Resampling.BICUBIC, reducing_gap=2.0)
    if orientation in _TRANSPOSE:
        image = image.transpose(_TRANSPOSE[orientation])
    image = image.convert("RGBA")
    return Pixels(image.width, image.height, image.tobytes())
