"""A stored photo decoded for the screen, in a worker: upright, no larger than asked, plain bytes.

Qt's ``QImage.fromData`` ignores a photo's EXIF orientation (a phone's portrait shot would lie on
its side) and decodes every pixel of a 50-megapixel original on the GUI thread. Pillow, in the
task pool, decodes it no larger than the viewer needs (a JPEG's ``draft`` mode decodes at a
fraction of its size), makes it small, then turns it upright. What comes back is plain bytes
and numbers, nothing of Qt: the viewer builds its ``QImage`` on the GUI thread.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image

_ORIENTATION = 0x0112  # the EXIF tag: how the camera was held
_TURNS = {  # each orientation's turn to upright (as Pillow's ImageOps.exif_transpose has them)
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


@dataclass(frozen=True, slots=True)
class Pixels:
    """An image as 8-bit RGBA rows, top row first."""

    width: int
    height: int
    rgba: bytes


def screen_pixels(data: bytes, longest: int) -> Pixels:
    """``data`` (an image file's bytes) upright, its longest side at most ``longest`` pixels.

    The picture is made small before it is turned (turning all of a big photo costs more
    than decoding it), with a reducing resample first and a fine one last.

    Raises:
        ValueError: when the bytes are not an image Pillow can decode (``OSError`` from Pillow
            is turned into it, with Pillow's words).
    """
    try:
        with Image.open(io.BytesIO(data)) as opened:
            orientation = opened.getexif().get(_ORIENTATION, 1)
            width, height = opened.size
            scale = min(1.0, longest / max(width, height, 1))
            wanted = (max(1, round(width * scale)), max(1, round(height * scale)))
            opened.draft("RGB", wanted)  # JPEG only: decode at 1/2, 1/4 or 1/8 when that will do
            image = opened.copy()
    except (OSError, Image.DecompressionBombError, SyntaxError) as error:
        raise ValueError(str(error) or type(error).__name__) from error
    if max(image.size) > longest:
        image.thumbnail((longest, longest), Image.Resampling.BICUBIC, reducing_gap=2.0)
    turn = _TURNS.get(orientation)
    if turn is not None:
        image = image.transpose(turn)
    image = image.convert("RGBA")
    return Pixels(image.width, image.height, image.tobytes())
