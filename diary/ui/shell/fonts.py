"""Fonts relative to the system's, so Hearth follows the user's chosen text size."""

from __future__ import annotations

from PySide6.QtGui import QFont

from diary.design import TYPE_SCALE


def scaled_font(base: QFont, factor: float, *, bold: bool = False) -> QFont:
    """``base`` larger by ``factor`` (never a fixed pixel size)."""
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    font.setBold(bold)
    return font


def type_font(base: QFont, role: str) -> QFont:
    """``base`` at a step of the type scale of docs/design.md (titles and larger semibold).

    ``role`` is "caption", "body", "title", "heading" or "display".

    Raises:
        ValueError: for a role the type scale does not have.
    """
    if role not in TYPE_SCALE:
        raise ValueError(f"the type scale has no {role!r}; it has {', '.join(TYPE_SCALE)}")
    font = scaled_font(base, TYPE_SCALE[role])
    if TYPE_SCALE[role] > TYPE_SCALE["body"]:
        font.setWeight(QFont.Weight.DemiBold)
    return font
