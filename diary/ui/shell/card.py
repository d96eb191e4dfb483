"""A card: the calm, rounded surface every page groups its parts on, instead of group boxes.

The look (background, hairline border, corner radius, padding) comes from the theme's style
sheet, which styles ``QFrame#card`` and the title and hint labels by object name; a card only
arranges its heading above its body.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QLayout, QVBoxLayout, QWidget

from diary.design import SPACE


class Card(QFrame):
    """A rounded surface with an optional title and a one-line hint above its body.

    Args:
        title: the card's heading ("How did today feel?"), or "" for none.
        hint: a quiet line under the title, or "" for none.
        parent: the parent widget.

    Attributes:
        body: the layout the card's content goes in.
        title_label: the heading (hidden when empty).
        hint_label: the hint (hidden when empty).
    """

    def __init__(self, title: str = "", hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(SPACE[4], SPACE[4], SPACE[4], SPACE[4])
        outer.setSpacing(SPACE[2])
        self.title_label = QLabel(title)
        self.title_label.setObjectName("cardTitle")
        self.title_label.setVisible(bool(title))
        self.hint_label = QLabel(hint, wordWrap=True)
        self.hint_label.setObjectName("hint")
        self.hint_label.setVisible(bool(hint))
        outer.addWidget(self.title_label)
        outer.addWidget(self.hint_label)
        self.body = QVBoxLayout()
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(SPACE[2])
        outer.addLayout(self.body)

    def set_title(self, title: str) -> None:
        """Change the heading (an empty one hides it)."""
        self.title_label.setText(title)
        self.title_label.setVisible(bool(title))

    def add(self, item: QWidget | QLayout, stretch: int = 0) -> None:
        """Add a widget or a layout to the card's body."""
        if isinstance(item, QLayout):
            self.body.addLayout(item, stretch)
        else:
            self.body.addWidget(item, stretch)
