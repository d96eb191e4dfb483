"""The demo diary's painted photos: real JPEGs, the same every time, on a few recent days."""

from __future__ import annotations

import datetime as dt

from diary.domain.photos import JPEG
from diary.formats import demo_photos
from diary.formats.photos import prepare_photo

LAST = dt.date(2026, 12, 3)
DAYS = [LAST - dt.timedelta(days=n) for n in range(400)]


def test_a_picture_is_the_same_every_time_and_differs_from_day_to_day() -> None:
    one = demo_photos.picture(LAST, 0)
    assert one == demo_photos.picture(LAST, 0)
    assert one != demo_photos.picture(LAST, 1) and one != demo_photos.picture(LAST, 2)
    assert one[:3] == b"\xff\xd8\xff"


def test_photos_go_to_every_sixth_day_of_the_last_two_months_only() -> None:
    photos = list(demo_photos.demo_photos(DAYS, last=LAST))
    days = {p.photo.day for p in photos}
    assert days and all(day.toordinal() % demo_photos.EVERY == 0 for day in days)
    assert min(days) > LAST - dt.timedelta(days=demo_photos.RECENT_DAYS)
    assert len(days) == demo_photos.RECENT_DAYS // demo_photos.EVERY
    assert len(photos) > len(days)  # some days have two
    for prepared in photos:
        assert prepared.photo.mime == JPEG
        assert (prepared.photo.width, prepared.photo.height) == demo_photos.SIZE
        assert prepared.thumbnail and prepared.photo.name.startswith("IMG_")
        again = prepare_photo(prepared.photo.day, prepared.data, prepared.photo.name)
        assert again.photo.size == prepared.photo.size == len(prepared.data)


def test_days_not_logged_get_none() -> None:
    assert list(demo_photos.demo_photos([], last=LAST)) == []
    logged = [day for day in DAYS if day.toordinal() % demo_photos.EVERY != 0]
    assert list(demo_photos.demo_photos(logged, last=LAST)) == []
