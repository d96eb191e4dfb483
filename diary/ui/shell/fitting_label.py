"""A label that shows the fullest of several wordings that fits, never a clipped one.

A heading such as "Mittwoch, 30. September 2026" is much wider in some languages and months than
in others; rather than clip it or hold the whole window wide for it, the label falls back to a
shorter wording ("Mi., 30. Sept. 2026") when the window is narrow.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class FittingLabel(QLabel):
    """A QLabel given its wordings fullest first; its minimum is the shortest one's width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._forms: tuple[str, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def set_forms(self, forms: Sequence[str]) -> None:
        """Show the first of ``forms`` that fits (the accessible name is always the first)."""
        self._forms = tuple(forms)
        self.setAccessibleName(self._forms[0] if self._forms else "")
        self.updateGeometry()
        self._fit()

    def forms(self) -> tuple[str, ...]:
        """The wordings, fullest first."""
        return self._forms

    def clear(self) -> None:
        """Show nothing and forget the wordings."""
        self._forms = ()
        self.setAccessibleName("")
        super().clear()
        self.updateGeometry()

    def _width_of(self, text: str) -> int:
        margins = self.contentsMargins()
        extra = margins.left() + margins.right() + 2 * self.margin()
        return self.fontMetrics().horizontalAdvance(text) + extra + 1

    def sizeHint(self) -> QSize:
        """As wide as the fullest wording: the width the label would like."""
        hint = super().sizeHint()
        if self._forms:
            hint.setWidth(self._width_of(self._forms[0]))
        return hint

    def minimumSizeHint(self) -> QSize:
        """As wide as the shortest wording: the least room it can do with."""
        hint = super().minimumSizeHint()
        if self._forms:
            hint.setWidth(min(self._width_of(form) for form in self._forms))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Choose the wording again for the new width."""
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if not self._forms:
            return
        room = self.width()
        fitting = [form for form in self._forms if self._width_of(form) <= room]
        chosen = fitting[0] if fitting else min(self._forms, key=self._width_of)
        if chosen != self.text():
            super().setText(chosen)
