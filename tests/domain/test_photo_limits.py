"""What the diary knows of a photo: its name kept without folders, its values checked."""

from __future__ import annotations

import datetime as dt

import pytest

from diary.domain.photos import (
    JPEG,
    MAX_PHOTO_BYTES,
    NAME_MAX,
    Photo,
    PhotoProblem,
    PhotoRefused,
    PreparedPhoto,
    clean_photo_name,
)

DAY = dt.date(2026, 12, 4)


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("/home/me/Pictures/IMG_1.jpg", "IMG_1.jpg"),
        ("C:\\Users\\me\\Desktop\\cake.png", "cake.png"),
        ("  spaced.gif  ", "spaced.gif"),
        ("new\nline\u202e.jpg", "newline.jpg"),  # control and bidirectional characters go
        ("Cafe\u0301.jpg", "Café.jpg"),
        ("\u200fgpj.exe\u202e.jpg", "gpj.exe.jpg"),
        ("\U0001f468\u200d\U0001f469.jpg", "\U0001f468\u200d\U0001f469.jpg"),  # joiners stay
        (
            "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645.png",
            "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645.png",
        ),
        ("folder/", ""),
        ("", ""),
    ],
)
def test_a_name_is_kept_without_its_folders(given: str, kept: str) -> None:
    assert clean_photo_name(given) == kept


def test_a_long_name_is_cut() -> None:
    assert len(clean_photo_name("x" * 1000 + ".jpg")) == NAME_MAX


def test_a_photo_cleans_its_name_and_checks_its_values() -> None:
    photo = Photo(DAY, JPEG, 10, 20, 300, name="/tmp/a.jpg")
    assert photo.name == "a.jpg" and photo.pixels == 200 and photo.format_name == "JPEG"
    assert len(photo.uid) == 32 and photo.id is None and photo.added is None
    with pytest.raises(ValueError, match="format"):
        Photo(DAY, "image/heic", 10, 20, 300)
    with pytest.raises(ValueError, match="positive"):
        Photo(DAY, JPEG, 0, 20, 300)
    with pytest.raises(ValueError, match="positive"):
        Photo(DAY, JPEG, True, 20, 300)
    with pytest.raises(ValueError, match="aware"):
        Photo(DAY, JPEG, 1, 1, 1, added=dt.datetime(2026, 1, 1))  # noqa: DTZ001
    with pytest.raises(ValueError, match="date"):
        Photo(dt.datetime(2026, 1, 1, tzinfo=dt.UTC), JPEG, 1, 1, 1)


def test_a_prepared_photo_has_its_size_of_bytes_and_a_thumbnail() -> None:
    photo = Photo(DAY, JPEG, 1, 1, 3)
    assert PreparedPhoto(photo, b"abc", b"t").data == b"abc"
    with pytest.raises(ValueError, match="size"):
        PreparedPhoto(photo, b"ab", b"t")
    with pytest.raises(ValueError, match="thumbnail"):
        PreparedPhoto(photo, b"abc", b"")


def test_a_refusal_carries_its_reason_and_details() -> None:
    error = PhotoRefused(PhotoProblem.TOO_BIG, name="big.jpg", size=1, limit=MAX_PHOTO_BYTES)
    assert isinstance(error, ValueError)
    assert error.reason is PhotoProblem.TOO_BIG and error.code == "photo_too_big"
    assert error.name == "big.jpg" and error.params["limit"] == MAX_PHOTO_BYTES
    assert "photo_too_big" in str(error) and "big.jpg" in str(error)
