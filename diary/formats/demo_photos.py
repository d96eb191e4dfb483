"""Photos for the demo diary: quiet painted evenings (sky, sun, hills), made here, never fetched.

A new user's demo should show every part of Hearth, photos included, and the app may not use
the network; so the pictures are drawn with Pillow, the same few shapes in each day's own
colours. Each goes through ``prepare_photo`` like a photo a user adds.
"""

from __future__ import annotations

import datetime as dt
import io
import random
from collections.abc import Iterable, Iterator

from PIL import Image, ImageDraw

from diary.domain.photos import PreparedPhoto
from diary.formats.photos import prepare_photo

SIZE = (1200, 900)
EVERY = 6
"""One logged day in this many (by date) has photos, among the recent days."""
RECENT_DAYS = 60
"""Only the demo's last two months have photos, as a real diary's newest days would."""

_SKIES = (  # (top, horizon): sunset, clear day, dusk, morning haze
    ((246, 170, 112), (118, 62, 92)),
    ((150, 200, 240), (232, 240, 250)),
    ((40, 52, 104), (214, 120, 86)),
    ((206, 214, 226), (250, 224, 196)),
)
_SUN = (255, 236, 180)
_LAND = ((52, 46, 60), (62, 82, 70), (70, 62, 58))


def picture(day: dt.date, number: int) -> bytes:
    """One JPEG of an evening, the same every time for this ``day`` and ``number``."""
    chance = random.Random(day.toordinal() * 7 + number)
    top, horizon = _SKIES[chance.randrange(len(_SKIES))]
    width, height = SIZE
    image = Image.new("RGB", SIZE)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / height
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(round(a + (b - a) * t) for a, b in zip(top, horizon, strict=True)),
        )
    x, y, r = (
        chance.randrange(150, width - 150),
        chance.randrange(180, 560),
        chance.randrange(50, 110),
    )
    draw.ellipse([x - r, y - r, x + r, y + r], fill=_SUN)
    hills = [(0, chance.randrange(560, 700))]
    hills += [(step * width // 4, chance.randrange(540, 720)) for step in range(1, 4)]
    hills.append((width, chance.randrange(560, 700)))
    draw.polygon([(0, height), *hills, (width, height)], fill=_LAND[chance.randrange(len(_LAND))])
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def demo_photos(days: Iterable[dt.date], *, last: dt.date) -> Iterator[PreparedPhoto]:
    """The demo's photos for those of ``days`` in the ``RECENT_DAYS`` up to ``last``."""
    start = last - dt.timedelta(days=RECENT_DAYS - 1)
    for day in sorted(set(days)):
        if start <= day <= last and day.toordinal() % EVERY == 0:
            for number in range(1 + day.toordinal() // EVERY % 2):  # one or two photos
                name = f"IMG_{day:%m%d}{number}.jpg"
                yield prepare_photo(day, picture(day, number), name)
