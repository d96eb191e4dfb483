"""The calm sidebar: the app's name on top, one row per page (icon and label), Lock at the foot.

The rows are a ``QListWidget`` (``objectName`` "navigation"), so arrows, Home/End and typing a
page's first letter move between pages, and screen readers hear a list of pages. The chosen page
sits in the accent's wash with its icon in the accent; the look is the theme's style sheet. Icons
are redrawn in the palette's colours whenever the palette changes (light, dark).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from diary.design import SPACE
from diary.ui.shell import words
from diary.ui.shell.icons import themed_icon
from diary.ui.shell.theme import current_palette
from diary.ui.shell.tray import app_icon

PAGE_ICONS = ("notebook-pen", "book-open", "users", "chart-line", "settings")
"""The icon of each page in navigation order: Today, Journal, People, Insights, Settings."""


class Sidebar(QWidget):
    """Navigation between pages.

    Args:
        titles: the pages' titles, in order.
        icons: one icon name (of ``diary.ui.shell.icons.NAMES``) per page.
        parent: the parent widget.

    Attributes:
        navigation: the list of pages (its current row is the shown page).
        lock_button: locks the diary.

    Signals:
        lock_clicked: the Lock button was pressed.
    """

    lock_clicked = Signal()

    def __init__(self, titles: list[str], icons: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._icons = icons
        line = self.fontMetrics().height()
        icon_side = round(line * 1.25)

        self.logo = QLabel(self)
        self.logo.setPixmap(app_icon().pixmap(QSize(round(line * 1.6), round(line * 1.6))))
        self.logo.setAccessibleName(words.APP_NAME)
        self.app_name = QLabel(words.APP_NAME, self)
        self.app_name.setObjectName("appName")
        top = QHBoxLayout()
        top.setContentsMargins(SPACE[4], SPACE[4], SPACE[4], SPACE[3])
        top.setSpacing(SPACE[2])
        top.addWidget(self.logo)
        top.addWidget(self.app_name, 1)

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(words.NAVIGATION)
        self.navigation.setIconSize(QSize(icon_side, icon_side))
        self.navigation.setSpacing(1)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        for number, title in enumerate(titles, start=1):
            item = QListWidgetItem(title, self.navigation)
            shortcut = QKeySequence(f"Ctrl+{number}").toString(
                QKeySequence.SequenceFormat.NativeText
            )
            item.setToolTip(words.NAV_PAGE_TIP.format(page=title, shortcut=shortcut))
            item.setSizeHint(QSize(0, round(line * 2.3)))

        lock_keys = QKeySequence("Ctrl+L").toString(QKeySequence.SequenceFormat.NativeText)
        self.lock_button = QToolButton(self)
        self.lock_button.setText(words.NAV_LOCK)
        self.lock_button.setToolTip(words.NAV_LOCK_TIP.format(shortcut=lock_keys))
        self.lock_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.lock_button.setIconSize(QSize(icon_side, icon_side))
        self.lock_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.lock_button.clicked.connect(self.lock_clicked)
        self.navigation.installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, SPACE[3])
        layout.setSpacing(SPACE[1])
        layout.addLayout(top)
        layout.addWidget(self.navigation, 1)
        foot = QHBoxLayout()
        foot.setContentsMargins(SPACE[2], 0, SPACE[2], 0)
        foot.addWidget(self.lock_button)
        layout.addLayout(foot)

        widest = max((self.fontMetrics().horizontalAdvance(t) for t in titles), default=0)
        widest = max(widest, self.app_name.sizeHint().width() + round(line * 1.6) + SPACE[2])
        self.setFixedWidth(widest + icon_side + 2 * SPACE[5] + SPACE[4])
        self.refresh_icons()

    def refresh_icons(self) -> None:
        """Draw the icons in the current palette's text and accent colours."""
        palette = current_palette(self)
        for row, name in enumerate(self._icons):
            item = self.navigation.item(row)
            if item is not None:
                item.setIcon(themed_icon(name, palette.text, palette.accent))
        self.lock_button.setIcon(themed_icon("lock", palette.muted))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Mark the list while it has the keyboard focus, so the chosen row shows a focus ring."""
        if watched is self.navigation and event.type() in (
            QEvent.Type.FocusIn,
            QEvent.Type.FocusOut,
        ):
            focused = "true" if event.type() == QEvent.Type.FocusIn else "false"
            self.navigation.setProperty("focused", focused)
            self.navigation.style().unpolish(self.navigation)
            self.navigation.style().polish(self.navigation)
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Redraw the icons when the theme changes."""
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.refresh_icons()
        super().changeEvent(event)
