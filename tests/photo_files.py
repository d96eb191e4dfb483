"""Small picture files made in memory with Pillow, for the photo tests."""

from __future__ import annotations

import io
import os

from PIL import Image


def picture(
    fmt: str = "JPEG",
    size: tuple[int, int] = (64, 48),
    mode: str = "RGB",
    colour: object = None,
    **options: object,
) -> bytes:
    """A picture file of one colour (``colour`` None: a gradient, so JPEG has something)."""
    image = Image.new(mode, size, colour if colour is not None else 0)
    if colour is None and mode in ("RGB", "RGBA"):
        image.putdata(
            [
                (x * 255 // size[0], y * 255 // size[1], 128) + ((255,) if mode == "RGBA" else ())
                for y in range(size[1])
                for x in range(size[0])
            ]
        )
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def noise_jpeg(size: tuple[int, int], quality: int = 95) -> bytes:
    """A JPEG of random noise: it does not compress, so its size is about what it claims."""
    image = Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)
    return out.getvalue()


def rotated_jpeg(size: tuple[int, int], orientation: int) -> bytes:
    """A JPEG whose EXIF says how the camera was held (6: turned right, shown taller)."""
    image = Image.new("RGB", size, (10, 120, 200))
    image.paste((250, 20, 20), (0, 0, size[0] // 4, size[1] // 4))  # a mark in a corner
    exif = image.getexif()
    exif[0x0112] = orientation
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()
