"""Fonts relative to the system's, so Hearth follows the user's chosen text size."""

from __future__ import annotations

from PySide6.QtGui import QFont


def scaled_font(base: QFont, factor: float, *, bold: bool = False) -> QFont:
    """``base`` larger by ``factor`` (never a fixed pixel size)."""
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font
