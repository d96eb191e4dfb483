"""Which kind of picture file some bytes are, from their first bytes alone (no Pillow).

Hearth takes JPEG, PNG, WebP and GIF; the formats people most often try instead (an iPhone's
HEIC, a camera's raw file, a scan's TIFF or PDF, a video) are recognised too, so the refusal
can name them and say what to do. A backup's reader checks its photos with this as well,
without loading any decoder.
"""

from __future__ import annotations

from diary.domain.photos import GIF, JPEG, PNG, WEBP, PhotoProblem, PhotoRefused, Unsupported

# Brands of the ISO media file ("ftyp" box) that are pictures of HEIF, AVIF or Canon's CR3.
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"}
_AVIF_BRANDS = {b"avif", b"avis"}
_RAW_ENDINGS = (
    *(".dng", ".cr2", ".cr3", ".nef", ".nrw", ".arw", ".orf", ".rw2", ".raf", ".pef"),
    *(".srw", ".x3f", ".erf", ".3fr", ".kdc", ".mrw", ".sr2"),
)


def sniff(data: bytes, name: str = "") -> str:
    """The media type of a JPEG, PNG, WebP or GIF, from its first bytes.

    ``name`` only chooses the words for a refusal (a camera's raw file is a TIFF inside).

    Raises:
        PhotoRefused: UNSUPPORTED_FORMAT for a picture, document or video of another kind,
            NOT_AN_IMAGE for anything else.
    """
    head = data[:64]
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return GIF
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    kind = _unsupported(head, data[:1024], name)
    if kind is not None:
        raise PhotoRefused(PhotoProblem.UNSUPPORTED_FORMAT, name=name, format=kind)
    raise PhotoRefused(PhotoProblem.NOT_AN_IMAGE, name=name)


def _unsupported(head: bytes, start: bytes, name: str) -> Unsupported | None:
    """Which kind of file Hearth does not take this is, if it is one it knows."""
    if head[4:8] == b"ftyp":
        brands = {head[8:12]} | {head[i : i + 4] for i in range(16, min(len(head), 40), 4)}
        if brands & _AVIF_BRANDS:
            return Unsupported.AVIF
        if brands & _HEIF_BRANDS:
            return Unsupported.HEIC
        if head[8:11] == b"crx":
            return Unsupported.RAW
        return Unsupported.VIDEO  # mp4, mov, m4v, 3gp
    if head[:4] in (b"II*\x00", b"MM\x00*", b"IIRO", b"IIRS", b"IIU\x00"):
        return Unsupported.RAW if name.lower().endswith(_RAW_ENDINGS) else Unsupported.TIFF
    if head.startswith(b"FUJIFILMCCD-RAW"):
        return Unsupported.RAW
    if head.startswith(b"%PDF-"):
        return Unsupported.PDF
    if head.startswith(b"8BPS"):
        return Unsupported.PSD
    if head[:2] == b"BM" and len(head) >= 26 and head[6:10] == b"\x00\x00\x00\x00":
        return Unsupported.BMP
    if head[:4] == b"RIFF" and head[8:12] == b"AVI ":
        return Unsupported.VIDEO
    if head.startswith(b"\x1a\x45\xdf\xa3"):  # Matroska, WebM
        return Unsupported.VIDEO
    text = start.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if (text.startswith((b"<?xml", b"<svg", b"<!doctype svg")) and b"<svg" in text) or (
        name.lower().endswith((".svg", ".svgz")) and text.startswith(b"<")
    ):
        return Unsupported.SVG
    return None
