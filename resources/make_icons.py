"""Render Hearth's icon from ``resources/icons/hearth.svg`` into PNG, .ico and .icns files.

Rasterizer: PySide6's ``QSvgRenderer`` (PySide6-Essentials ships QtSvg), so nothing beyond the
app's own dependencies is needed; Qt runs on its offscreen platform, no display is used. The
.ico and .icns containers are written here with ``struct`` (both simply hold PNG images), so the
output depends on the SVG and Qt's PNG writer only, not on an image library's version.

Writes, next to the SVG:
  hearth-16.png ... hearth-512.png   one PNG per size (16, 24, 32, 48, 64, 128, 256, 512)
  hearth.ico                          Windows: 16, 24, 32, 48, 64, 128 and 256 px
  hearth.icns                         macOS: 16 to 512 px, plus the @2x sizes (up to 1024 px)

Run after editing the SVG and commit the results (they are small)::

    python resources/make_icons.py
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent / "icons"
SOURCE = ICONS / "hearth.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple's icon types holding PNG data: (type, pixel size). ic11..ic14 and ic10 are the @2x
# versions of 16, 32, 128, 256 and 512 points.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    """The SVG drawn on a transparent ``size`` x ``size`` square, as PNG bytes."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, b"PNG"):
        raise RuntimeError(f"Qt could not encode a {size} px PNG")
    buffer.close()
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """A Windows .ico holding the given PNGs (PNG entries: Windows Vista and later)."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    directory, blobs = b"", b""
    for size in sizes:
        data = images[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + directory + blobs


def icns(images: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNGs under Apple's icon types."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(images[size])) + images[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    """Write every icon file next to the SVG; prints what it wrote."""
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0], "-platform", "offscreen"])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"make_icons: Qt cannot read {SOURCE}", file=sys.stderr)
        return 1
    needed = sorted({*PNG_SIZES, *ICO_SIZES, *(size for _kind, size in ICNS_TYPES)})
    images = {size: render(renderer, size) for size in needed}
    outputs = {ICONS / f"hearth-{size}.png": images[size] for size in PNG_SIZES}
    outputs[ICONS / "hearth.ico"] = ico({size: images[size] for size in ICO_SIZES})
    outputs[ICONS / "hearth.icns"] = icns(images)
    for path, data in outputs.items():
        path.write_bytes(data)
        print(f"{path.relative_to(ICONS.parent.parent)}  {len(data):>7,} bytes")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
