"""The words of a refused photo: specific, with its name, sizes in megabytes, the formats taken."""

from __future__ import annotations

import datetime as dt

import pytest

from diary import i18n, messages
from diary.domain.photos import (
    MAX_PHOTO_BYTES,
    MAX_PHOTOS_PER_DAY,
    MAX_PIXELS,
    PhotoProblem,
    PhotoRefused,
    Unsupported,
)


def _words(reason: PhotoProblem, /, **params: object) -> str:
    return messages.photo_refused(PhotoRefused(reason, **params))


def test_a_heic_photo_says_what_to_do() -> None:
    words = _words(PhotoProblem.UNSUPPORTED_FORMAT, name="IMG_2041.HEIC", format=Unsupported.HEIC)
    assert words == (
        "IMG_2041.HEIC is a HEIC photo, which Hearth cannot read yet. Hearth takes JPEG, PNG, "
        "WebP and GIF; export it as JPEG from Photos and add it again."
    )


def test_a_photo_too_big_gives_both_sizes() -> None:
    words = _words(
        PhotoProblem.TOO_BIG, name="pano.jpg", size=48 * 1024 * 1024, limit=MAX_PHOTO_BYTES
    )
    assert words == "pano.jpg is 48 MB; a photo can be at most 30 MB."
    just_over = _words(
        PhotoProblem.TOO_BIG, name="a.jpg", size=MAX_PHOTO_BYTES + 1, limit=MAX_PHOTO_BYTES
    )
    assert "30.1 MB" in just_over  # never "30 MB; at most 30 MB"


@pytest.mark.parametrize(
    ("kind", "part"),
    [
        (Unsupported.PDF, "scan.jpg is a PDF document, not a photo."),
        (Unsupported.VIDEO, "scan.jpg is a video."),
        (Unsupported.RAW, "camera's raw file"),
        (Unsupported.TIFF, "scan.jpg is a TIFF picture"),
        (Unsupported.SVG, "scan.jpg is a SVG picture"),
    ],
)
def test_each_kind_of_file_refused_is_named(kind: Unsupported, part: str) -> None:
    words = _words(PhotoProblem.UNSUPPORTED_FORMAT, name="scan.jpg", format=kind)
    assert part in words and "JPEG, PNG, WebP and GIF" in words


def test_every_reason_has_its_own_words_with_the_name() -> None:
    day = dt.date(2026, 12, 4)
    cases = {
        PhotoProblem.TOO_MANY_PIXELS: {"width": 10000, "height": 8000, "limit": MAX_PIXELS},
        PhotoProblem.NOT_AN_IMAGE: {},
        PhotoProblem.BROKEN: {"format": "JPEG"},
        PhotoProblem.TOO_MANY_FOR_DAY: {"day": day, "limit": MAX_PHOTOS_PER_DAY},
        PhotoProblem.UNREADABLE: {"reason": "Permission denied"},
        PhotoProblem.DUPLICATE: {"day": day},
    }
    seen = set()
    for reason, params in cases.items():
        words = _words(reason, name="cake.jpg", **params)
        assert "cake.jpg" in words and "{" not in words, reason
        seen.add(words)
    assert len(seen) == len(cases)
    assert "10,000 × 8,000 pixels (80 megapixels)" in _words(
        PhotoProblem.TOO_MANY_PIXELS, name="x", **cases[PhotoProblem.TOO_MANY_PIXELS]
    )
    assert "4 Dec 2026 has 24 photos already" in _words(
        PhotoProblem.TOO_MANY_FOR_DAY, name="x", **cases[PhotoProblem.TOO_MANY_FOR_DAY]
    )
    unsaid = _words(PhotoProblem.TOO_MANY_PIXELS, name="x", limit=MAX_PIXELS)
    assert "at most 60 megapixels" in unsaid


def test_a_photo_without_a_name_is_the_photo() -> None:
    assert _words(PhotoProblem.NOT_AN_IMAGE, name="").startswith("The photo is not a photo")


def test_the_sizes_follow_the_language() -> None:
    with i18n.speaking("de"):
        assert messages.megabytes(MAX_PHOTO_BYTES + 1).startswith("30,1")
