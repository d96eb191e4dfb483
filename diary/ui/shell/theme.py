"""Light and dark: follow the system, or the user's choice, even where Qt has no platform theme.

Qt's ``setColorScheme`` only works when the platform theme can switch (GNOME, KDE, Windows,
macOS). On a bare X server or an unknown desktop it silently does nothing, so a forced choice
falls back to a palette of our own on the Fusion style.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

_SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}

# Warm greys rather than blue-black: the app is a hearth, not a terminal. Fields are lighter
# than the window, so Fusion's dark outline still shows around them.
_DARK = {
    QPalette.ColorRole.Window: "#262321",
    QPalette.ColorRole.WindowText: "#eee9e4",
    QPalette.ColorRole.Base: "#36312e",
    QPalette.ColorRole.AlternateBase: "#3e3835",
    QPalette.ColorRole.ToolTipBase: "#3a3532",
    QPalette.ColorRole.ToolTipText: "#eee9e4",
    QPalette.ColorRole.PlaceholderText: "#a39b94",
    QPalette.ColorRole.Text: "#eee9e4",
    QPalette.ColorRole.Button: "#37322f",
    QPalette.ColorRole.ButtonText: "#eee9e4",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Light: "#4a4440",
    QPalette.ColorRole.Midlight: "#403a37",
    QPalette.ColorRole.Mid: "#2f2b28",
    QPalette.ColorRole.Dark: "#1a1817",
    QPalette.ColorRole.Shadow: "#0d0c0b",
    QPalette.ColorRole.Highlight: "#c8744f",
    QPalette.ColorRole.HighlightedText: "#1a1310",
    QPalette.ColorRole.Link: "#f0a17c",
    QPalette.ColorRole.LinkVisited: "#d99a80",
}
_DARK_DISABLED = {
    QPalette.ColorRole.WindowText: "#857d77",
    QPalette.ColorRole.Text: "#857d77",
    QPalette.ColorRole.ButtonText: "#857d77",
}


def dark_palette() -> QPalette:
    """The palette used when dark is chosen and the platform cannot provide one."""
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def apply_theme(app: QApplication, theme: str) -> None:
    """Follow the system's light/dark choice ("system"), or force "light" or "dark"."""
    hints = app.styleHints()
    wanted = _SCHEMES.get(theme, Qt.ColorScheme.Unknown)
    hints.setColorScheme(wanted)
    if wanted == Qt.ColorScheme.Unknown or hints.colorScheme() == wanted:
        app.setPalette(QPalette())  # the platform's own
        return
    if app.style().name().lower() != "fusion":
        style = QStyleFactory.create("Fusion")
        if style is not None:
            app.setStyle(style)
    app.setPalette(dark_palette() if theme == "dark" else app.style().standardPalette())


def is_dark(widget: QWidget) -> bool:
    """True when ``widget`` is drawn on a dark background (for colours the palette lacks)."""
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
