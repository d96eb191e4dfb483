"""Lucide's line icons (ISC licence), recoloured to the palette and drawn crisp at any scale.

The SVG files live in ``diary/ui/shell/svg/`` (package data, so ``pip install`` and the frozen
app both carry them; see its README.md and LICENSE). Each draws with ``currentColor``: it is
replaced by a palette colour before ``QSvgRenderer`` draws the icon at the exact pixel size the
screen needs (1x, 2x, or the screen's own ratio), so nothing is scaled from a bitmap.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

ICON_DIR = Path(__file__).resolve().parent / "svg"
"""Where the SVG files are (inside the installed package)."""

NAMES = (
    "notebook-pen",
    "book-open",
    "users",
    "chart-line",
    "settings",
    "lock",
    "chevron-down",
    "chevron-up",
)
"""Every icon Hearth ships: Today, Journal, People, Insights, Settings, Lock, and the arrows of
drop-down lists and spin boxes."""

SIZES = (16, 20, 24, 32)
"""Logical sizes each icon is prepared at (Qt picks the nearest one)."""


def icon_path(name: str) -> Path:
    """The SVG file of an icon of ``NAMES``.

    Raises:
        ValueError: if ``name`` is not one Hearth ships.
    """
    if name not in NAMES:
        raise ValueError(f"Hearth ships no icon called {name!r}")
    return ICON_DIR / f"{name}.svg"


@lru_cache(maxsize=64)
def svg_source(name: str, colour: str) -> bytes:
    """The icon's SVG with its drawing colour set to ``colour`` (``#rrggbb``)."""
    text = icon_path(name).read_text(encoding="utf-8")
    return text.replace("currentColor", colour).encode("utf-8")


@lru_cache(maxsize=512)
def render(name: str, colour: str, size: int, ratio: float = 1.0) -> QPixmap:
    """The icon drawn in ``colour`` on a transparent square of ``size`` logical pixels.

    Kept once drawn: the sidebar asks again for the same icons whenever the palette changes.
    Call it on the GUI thread only (a QPixmap belongs there).
    """
    renderer = QSvgRenderer(QByteArray(svg_source(name, colour)))
    side = max(1, round(size * ratio))
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, side, side))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def _ratios() -> list[float]:
    ratios = {1.0, 2.0}
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        ratios.update(screen.devicePixelRatio() for screen in app.screens())
    return sorted(ratios)


def themed_icon(name: str, colour: str, selected: str | None = None) -> QIcon:
    """An icon in ``colour``, and in ``selected`` when its item is chosen.

    Returns an empty icon (never an error) if the file is missing, so a broken install still
    shows the words of the navigation.
    """
    icon = QIcon()
    if not icon_path(name).is_file():
        return icon
    for size in SIZES:
        for ratio in _ratios():
            icon.addPixmap(render(name, colour, size, ratio), QIcon.Mode.Normal)
            icon.addPixmap(render(name, colour, size, ratio), QIcon.Mode.Active)
            if selected is not None:
                icon.addPixmap(render(name, selected, size, ratio), QIcon.Mode.Selected)
    return icon


_files: dict[str, Path] = {}


def icon_file(name: str, colour: str) -> Path:
    """A file of the icon in ``colour``, for style sheets (``image: url(...)``) that need a path.

    The files are written once per process into a temporary folder of their own, removed when
    Hearth exits; they hold nothing but the recoloured icon.
    """
    if "dir" not in _files:
        folder = Path(tempfile.mkdtemp(prefix="hearth-icons-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        _files["dir"] = folder
    path = _files["dir"] / f"{name}-{colour.lstrip('#')}.svg"
    if not path.exists():
        path.write_bytes(svg_source(name, colour))
    return path
