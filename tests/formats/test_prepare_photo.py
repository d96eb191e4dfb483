"""Photo files made ready for the diary: formats, limits, rotation, thumbnails, refusals."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from photo_files import noise_jpeg, picture, rotated_jpeg
from PIL import Image

from diary.domain.photos import (
    GIF,
    JPEG,
    MAX_PHOTO_BYTES,
    MAX_PIXELS,
    PNG,
    THUMBNAIL_SIDE,
    WEBP,
    PhotoProblem,
    PhotoRefused,
    Unsupported,
)
from diary.formats.photos import prepare_photo, read_photo_file, sniff

SVG = Unsupported.SVG

DAY = dt.date(2026, 12, 4)


def _thumbnail(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


@pytest.mark.parametrize(
    ("fmt", "mime"), [("JPEG", JPEG), ("PNG", PNG), ("WEBP", WEBP), ("GIF", GIF)]
)
def test_each_format_is_taken_as_it_is_with_a_jpeg_thumbnail(fmt: str, mime: str) -> None:
    data = picture(fmt, (800, 600))
    prepared = prepare_photo(DAY, data, f"/home/me/Pictures/holiday.{fmt.lower()}")
    photo = prepared.photo
    assert (photo.mime, photo.width, photo.height, photo.size) == (mime, 800, 600, len(data))
    assert photo.day == DAY and photo.id is None
    assert photo.name == f"holiday.{fmt.lower()}"  # no folders
    assert prepared.data == data  # the original, unchanged
    thumb = _thumbnail(prepared.thumbnail)
    assert thumb.format == "JPEG" and thumb.size == (THUMBNAIL_SIDE, 240)


def test_the_format_comes_from_the_bytes_not_the_name() -> None:
    prepared = prepare_photo(DAY, picture("PNG"), "really-a-png.jpg")
    assert prepared.photo.mime == PNG


def test_a_transparent_png_gets_a_png_thumbnail_that_keeps_the_transparency() -> None:
    data = picture("PNG", (400, 400), mode="RGBA", colour=(255, 0, 0, 0))
    thumb = _thumbnail(prepare_photo(DAY, data, "clear.png").thumbnail)
    assert thumb.format == "PNG" and thumb.mode == "RGBA"
    assert thumb.getpixel((10, 10))[3] == 0


def test_a_palette_gif_with_a_transparent_colour_keeps_it() -> None:
    image = Image.new("P", (50, 50), 1)
    image.putpalette([0, 0, 0, 255, 255, 255] + [0] * 762)
    out = io.BytesIO()
    image.save(out, "GIF", transparency=1)
    thumb = _thumbnail(prepare_photo(DAY, out.getvalue(), "clear.gif").thumbnail)
    assert thumb.format == "PNG" and thumb.convert("RGBA").getpixel((5, 5))[3] == 0


def test_an_exif_rotated_jpeg_is_shown_upright() -> None:
    data = rotated_jpeg((400, 200), orientation=6)  # stored wide, shown tall
    prepared = prepare_photo(DAY, data, "turned.jpg")
    assert (prepared.photo.width, prepared.photo.height) == (200, 400)
    thumb = _thumbnail(prepared.thumbnail)
    assert thumb.size == (160, 320)
    # the red mark of the stored top-left corner is now at the top right
    red, _green, blue = thumb.getpixel((thumb.width - 5, 5))
    assert red > 200 and blue < 80
    assert prepared.data == data  # the original keeps its EXIF and its rotation


def test_a_one_pixel_image_is_taken_and_its_thumbnail_stays_one_pixel() -> None:
    prepared = prepare_photo(DAY, picture("PNG", (1, 1), colour=(9, 9, 9)), "dot.png")
    assert (prepared.photo.width, prepared.photo.height) == (1, 1)
    assert _thumbnail(prepared.thumbnail).size == (1, 1)


def test_a_long_thin_image_keeps_at_least_one_pixel_across() -> None:
    prepared = prepare_photo(DAY, picture("PNG", (3000, 2), colour=(9, 9, 9)), "line.png")
    assert _thumbnail(prepared.thumbnail).size == (THUMBNAIL_SIDE, 1)


def test_a_16_bit_greyscale_png_is_taken() -> None:
    image = Image.new("I;16", (40, 30), 40000)
    out = io.BytesIO()
    image.save(out, "PNG")
    thumb = _thumbnail(prepare_photo(DAY, out.getvalue(), "deep.png").thumbnail)
    assert 140 < thumb.convert("L").getpixel((5, 5)) < 170  # 40000 / 256, not white


def test_a_truncated_jpeg_is_broken() -> None:
    data = noise_jpeg((600, 400))
    with pytest.raises(PhotoRefused) as refused:
        prepare_photo(DAY, data[: len(data) // 2], "cut.jpg")
    assert refused.value.reason is PhotoProblem.BROKEN
    assert refused.value.params == {"name": "cut.jpg", "format": "JPEG"}


def test_a_png_with_a_flipped_byte_is_broken() -> None:
    data = bytearray(picture("PNG", (64, 64)))
    data[60] ^= 0xFF  # inside the first chunk after IHDR: its CRC no longer matches
    with pytest.raises(PhotoRefused) as refused:
        prepare_photo(DAY, bytes(data), "flipped.png")
    assert refused.value.reason is PhotoProblem.BROKEN


def test_a_pdf_named_jpg_is_refused_as_a_pdf() -> None:
    with pytest.raises(PhotoRefused) as refused:
        prepare_photo(DAY, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "scan.jpg")
    assert refused.value.reason is PhotoProblem.UNSUPPORTED_FORMAT
    assert refused.value.params["format"] is Unsupported.PDF


@pytest.mark.parametrize(
    ("head", "name", "kind"),
    [
        (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic", "IMG_2041.HEIC", Unsupported.HEIC),
        (b"\x00\x00\x00\x1cftypavif\x00\x00\x00\x00avifmif1", "a.avif", Unsupported.AVIF),
        (b"\x00\x00\x00\x18ftypqt  \x00\x00\x02\x00qt  ", "IMG_0001.MOV", Unsupported.VIDEO),
        (b"\x00\x00\x00\x18ftypcrx \x00\x00\x00\x01crx ", "IMG_1.CR3", Unsupported.RAW),
        (b"II*\x00\x08\x00\x00\x00", "scan.tif", Unsupported.TIFF),
        (b"II*\x00\x08\x00\x00\x00", "DSC_0001.NEF", Unsupported.RAW),
        (
            b"BM\x36\x00\x0c\x00\x00\x00\x00\x00\x36\x00\x00\x00" + bytes(12),
            "a.bmp",
            Unsupported.BMP,
        ),
        (
            b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>',
            "i.svg",
            Unsupported.SVG,
        ),
        (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81", "clip.webm", Unsupported.VIDEO),
    ],
)
def test_other_kinds_of_file_are_named_in_the_refusal(
    head: bytes, name: str, kind: Unsupported
) -> None:
    with pytest.raises(PhotoRefused) as refused:
        sniff(head + bytes(64), name)
    assert refused.value.reason is PhotoProblem.UNSUPPORTED_FORMAT
    assert refused.value.params == {"name": name, "format": kind}


@pytest.mark.parametrize("data", [b"", b"hello, this is text", bytes(100)])
def test_what_is_no_picture_at_all_is_not_an_image(data: bytes) -> None:
    with pytest.raises(PhotoRefused) as refused:
        prepare_photo(DAY, data, "notes.jpg")
    assert refused.value.reason is PhotoProblem.NOT_AN_IMAGE


def test_a_file_over_the_limit_is_refused_before_it_is_decoded() -> None:
    data = b"\xff\xd8\xff" + bytes(MAX_PHOTO_BYTES)  # not even a JPEG after its first bytes
    with pytest.raises(PhotoRefused) as refused:
        prepare_photo(DAY, data, "huge.jpg")
    assert refused.value.reason is PhotoProblem.TOO_BIG
    assert refused.value.params == {
        "name": "huge.jpg",
        "size": MAX_PHOTO_BYTES + 3,
        "limit": MAX_PHOTO_BYTES,
    }


def test_a_small_file_claiming_too_many_pixels_is_refused_before_decoding() -> None:
    # 8000 x 8000 = 64 megapixels of one colour: a PNG of a few hundred kilobytes
    data = picture("PNG", (8000, 8000), mode="L", colour=0)
    assert len(data) < 1_000_000
    with pytest.raises(PhotoRefused) as refused:
        prepare_photo(DAY, data, "bomb.png")
    assert refused.value.reason is PhotoProblem.TOO_MANY_PIXELS
    assert refused.value.params["limit"] == MAX_PIXELS
    assert (refused.value.params["width"], refused.value.params["height"]) == (8000, 8000)


def test_a_header_claiming_gigapixels_is_too_many_pixels() -> None:
    # a PNG header saying 100000 x 100000, and an empty first data chunk
    import struct
    import zlib

    ihdr = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 0, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    data = (
        b"\x89PNG\r\n\x1a\n"
        + struct.pack(">I", len(ihdr))
        + chunk
        + struct.pack(">I", zlib.crc32(chunk))
        + struct.pack(">I", 0)
        + b"IDAT"
        + struct.pack(">I", zlib.crc32(b"IDAT"))
    )
    with pytest.raises(PhotoRefused) as refused:
        prepare_photo(DAY, data, "claims.png")
    assert refused.value.reason is PhotoProblem.TOO_MANY_PIXELS


def test_reading_a_file_keeps_only_its_name(tmp_path: Path) -> None:
    path = tmp_path / "Family" / "IMG_0001.JPG"
    path.parent.mkdir()
    path.write_bytes(picture("JPEG"))
    prepared = read_photo_file(path, DAY)
    assert prepared.photo.name == "IMG_0001.JPG"
    assert str(tmp_path) not in repr(prepared.photo)


def test_a_file_too_big_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "big.jpg"
    with path.open("wb") as file:
        file.truncate(MAX_PHOTO_BYTES + 1)  # sparse: nothing on disk to read
    with pytest.raises(PhotoRefused) as refused:
        read_photo_file(path, DAY)
    assert refused.value.reason is PhotoProblem.TOO_BIG
    assert refused.value.params["size"] == MAX_PHOTO_BYTES + 1


@pytest.mark.parametrize("what", ["missing", "folder"])
def test_a_file_that_cannot_be_read_is_unreadable(tmp_path: Path, what: str) -> None:
    path = tmp_path / "gone.jpg"
    if what == "folder":
        path.mkdir()
    with pytest.raises(PhotoRefused) as refused:
        read_photo_file(path, DAY)
    assert refused.value.reason is PhotoProblem.UNREADABLE
    assert refused.value.params["name"] == "gone.jpg" and refused.value.params["reason"]


def test_an_animated_gif_gives_its_first_frame() -> None:
    frames = [Image.new("RGB", (60, 40), colour) for colour in ((250, 0, 0), (0, 0, 250))]
    out = io.BytesIO()
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:], duration=100)
    thumb = _thumbnail(prepare_photo(DAY, out.getvalue(), "blink.gif").thumbnail)
    red, _green, blue = thumb.convert("RGB").getpixel((5, 5))
    assert red > 200 and blue < 50


def test_a_cmyk_jpeg_gets_an_rgb_thumbnail() -> None:
    data = picture("JPEG", (80, 60), mode="CMYK", colour=(0, 255, 255, 0))  # red in ink
    thumb = _thumbnail(prepare_photo(DAY, data, "print.jpg").thumbnail)
    assert thumb.mode == "RGB"
    red, green, blue = thumb.getpixel((5, 5))
    assert red > 200 and green < 60 and blue < 60


def test_a_truncated_png_is_broken() -> None:
    data = picture("PNG", (300, 300))
    with pytest.raises(PhotoRefused) as refused:
        prepare_photo(DAY, data[: len(data) * 2 // 3], "cut.png")
    assert refused.value.reason is PhotoProblem.BROKEN


def test_a_progressive_jpeg_and_a_webp_with_transparency_are_taken() -> None:
    progressive = prepare_photo(DAY, picture("JPEG", (200, 100), progressive=True), "p.jpg")
    assert (progressive.photo.width, progressive.photo.height) == (200, 100)
    clear = picture("WEBP", (50, 50), mode="RGBA", colour=(0, 0, 255, 0), lossless=True)
    assert _thumbnail(prepare_photo(DAY, clear, "c.webp").thumbnail).format == "PNG"


def test_a_damaged_exif_block_leaves_the_photo_upright_and_taken() -> None:
    data = bytearray(rotated_jpeg((60, 40), orientation=6))
    at = data.find(b"Exif\x00\x00")
    data[at + 6 : at + 14] = b"XX\x00\x00\x00\x00\x00\x00"  # no byte order any reader knows
    prepared = prepare_photo(DAY, bytes(data), "odd.jpg")
    assert (prepared.photo.width, prepared.photo.height) == (60, 40)


def test_a_pipe_is_not_read(tmp_path: Path) -> None:
    import os

    pipe = tmp_path / "photo.jpg"
    os.mkfifo(pipe)
    with pytest.raises(PhotoRefused) as refused:
        read_photo_file(pipe, DAY)  # would wait forever if it were opened
    assert refused.value.reason is PhotoProblem.NOT_AN_IMAGE
