"""A stored photo decoded for the screen, in a worker: upright, no larger than asked, plain bytes.

Qt's ``QImage.fromData`` ignores a photo's EXIF orientation (a phone's portrait shot would lie on
its side) and decodes every pixel of a 50-megapixel original on the GUI thread. Pillow, in the
task pool, turns it upright and decodes it no larger than the viewer needs (a JPEG's ``draft``
mode decodes at a fraction of its size). What comes back is plain bytes and numbers, nothing of
Qt: the viewer builds its ``QImage`` on the GUI thread.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, ImageOps


@dataclass(frozen=True, slots=True)
class Pixels:
    """An image as 8-bit RGBA rows, top row first."""

    width: int
    height: int
    rgba: bytes


def screen_pixels(data: bytes, longest: int) -> Pixels:
    """``data`` (an image file's bytes) upright, its longest side at most ``longest`` pixels.

    Raises:
        ValueError: when the bytes are not an image Pillow can decode (``OSError`` from Pillow
            is turned into it, with Pillow's words).
    """
    try:
        with Image.open(io.BytesIO(data)) as opened:
            opened.draft("RGB", (longest, longest))  # JPEG only: decode at 1/2, 1/4 or 1/8
            upright = ImageOps.exif_transpose(opened)
            image = upright.convert("RGBA")
    except (OSError, Image.DecompressionBombError, SyntaxError) as error:
        raise ValueError(str(error) or type(error).__name__) from error
    if max(image.size) > longest:
        image.thumbnail((longest, longest), Image.Resampling.LANCZOS)
    return Pixels(image.width, image.height, image.tobytes())
