"""Light and dark: one palette and one style sheet, both built from ``diary.design``.

Every colour and size a widget shows comes from here: ``qt_palette`` turns a design palette into
a ``QPalette`` and ``style_sheet`` into the application's style sheet (cards, buttons with one
primary accent button per view, inputs, chips, tabs, lists and tables, scroll bars, menus and
tooltips). Both themes are Hearth's own on the Fusion style, so dark looks the same on a bare X
server as on GNOME, KDE, Windows or macOS: Qt's ``setColorScheme`` is only asked to follow along
(for native dialogs) and, with "system", to tell which of the two the desktop prefers.

Widgets opt in to the designed looks by object name or dynamic property:

- ``QFrame#card`` with ``QLabel#cardTitle`` and ``QLabel#hint`` (``diary.ui.shell.card.Card``);
  ``[dropping="true"]`` on a card: files dragged over it are taken there (a dashed accent);
- ``QPushButton[primary="true"]``: the one accent button of a view (``make_primary``);
- ``[chip="true"]`` on a ``QPushButton``, ``QToolButton`` or ``QLabel``: a rounded chip;
- ``QFrame#note``: a gentle note (care, a confirmation); ``QLabel#pageTitle``: a page heading;
- ``[flat="true"]`` on a list, table or tree inside a card: no frame of its own;
- a flat ``QPushButton`` (``setFlat(True)``): a quiet text action in the accent, like a link.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from diary import design
from diary.ui.shell.icons import icon_file

_SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}
_state: dict[str, str] = {"theme": "system"}


def qt_palette(dark: bool) -> QPalette:
    """The ``QPalette`` of the dark or the light design palette.

    Selections are the accent's quiet wash with the body text on it (readable in both themes);
    the strong accent is the ``Accent`` and ``Link`` roles, for focus and the chosen item.
    """
    p = design.palette(dark)
    roles = {
        QPalette.ColorRole.Window: p.window,
        QPalette.ColorRole.WindowText: p.text,
        QPalette.ColorRole.Base: p.card,
        QPalette.ColorRole.AlternateBase: design.blend(p.card, p.window, 0.6),
        QPalette.ColorRole.ToolTipBase: p.card,
        QPalette.ColorRole.ToolTipText: p.text,
        QPalette.ColorRole.PlaceholderText: p.muted,
        QPalette.ColorRole.Text: p.text,
        QPalette.ColorRole.Button: p.card,
        QPalette.ColorRole.ButtonText: p.text,
        QPalette.ColorRole.BrightText: p.on_accent,
        QPalette.ColorRole.Light: design.blend(p.card, p.text, 0.04 if dark else 0.0),
        QPalette.ColorRole.Midlight: design.blend(p.card, p.card_border, 0.5),
        QPalette.ColorRole.Mid: p.card_border,
        QPalette.ColorRole.Dark: design.blend(p.card_border, p.text, 0.25),
        QPalette.ColorRole.Shadow: design.blend(p.window, "#000000", 0.6),
        QPalette.ColorRole.Highlight: p.accent_soft,
        QPalette.ColorRole.HighlightedText: p.text,
        QPalette.ColorRole.Link: p.accent,
        QPalette.ColorRole.LinkVisited: p.accent,
        QPalette.ColorRole.Accent: p.accent,
    }
    palette = QPalette()
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    disabled = _disabled_text(p)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.PlaceholderText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base, QColor(p.window))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, QColor(p.window))
    return palette


def dark_palette() -> QPalette:
    """The dark theme's ``QPalette`` (kept for callers that force dark on one widget)."""
    return qt_palette(True)


def _disabled_text(p: design.Palette) -> str:
    return design.blend(p.muted, p.window, 0.35)


def _control_border(p: design.Palette) -> str:
    """Inputs and buttons: a border a little firmer than a card's hairline, so it is seen."""
    return design.blend(p.card_border, p.text, 0.22)


def sidebar_colour(p: design.Palette) -> str:
    """The navigation's background: the window's colour, a shade deeper."""
    return design.blend(p.window, p.card_border, 0.45)


def style_sheet(p: design.Palette, font: QFont) -> str:
    """The application's style sheet for one palette; text sizes are relative to ``font``."""
    base = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    title = base * design.TYPE_SCALE["title"]
    heading = base * design.TYPE_SCALE["heading"]
    caption = base * design.TYPE_SCALE["caption"]
    space = design.SPACE
    card_r, control_r = design.RADIUS_CARD, design.RADIUS_CONTROL
    border = _control_border(p)
    disabled = _disabled_text(p)
    hover = design.blend(p.card, p.accent_soft, 0.6)
    pressed = design.blend(p.accent_soft, p.accent, 0.18)
    primary_hover = design.blend(p.accent, p.text, 0.14)
    handle = design.blend(p.card_border, p.muted, 0.35)
    sidebar = sidebar_colour(p)
    header = design.blend(p.card, p.window, 0.5)
    arrow_px = round(base * 1.2)

    def arrow(name: str, colour: str) -> str:
        return icon_file(name, colour).as_posix()

    return f"""
QMainWindow, QDialog, QWizard {{ background: {p.window}; color: {p.text}; }}
QWidget#sidebar {{ background: {sidebar}; border-right: 1px solid {p.card_border}; }}
QLabel#appName {{ font-size: {heading:.1f}pt; font-weight: 600; color: {p.text}; }}
QListWidget#navigation {{ background: transparent; border: none; outline: 0; }}
QListWidget#navigation::item {{
    color: {p.text}; padding: {space[2]}px {space[3]}px; margin: 1px {space[2]}px;
    border-radius: {control_r + 2}px;
}}
QListWidget#navigation::item:hover {{ background: {design.blend(sidebar, p.accent_soft, 0.5)}; }}
QListWidget#navigation::item:selected {{ background: {p.accent_soft}; color: {p.text}; }}
QListWidget#navigation[focused="true"]::item:selected {{
    border: 2px solid {p.accent}; padding: {space[2] - 2}px {space[3] - 2}px;
}}
QLabel#pageTitle {{ font-size: {heading:.1f}pt; font-weight: 600; }}

QFrame#card {{
    background: {p.card}; border: 1px solid {p.card_border}; border-radius: {card_r}px;
}}
QFrame#card[dropping="true"] {{
    background: {design.blend(p.card, p.accent_soft, 0.7)}; border: 2px dashed {p.accent};
}}
QFrame#card QLabel, QGroupBox QLabel {{ background: transparent; }}
QLabel#cardTitle {{ font-size: {title:.1f}pt; font-weight: 600; color: {p.text}; }}
QLabel#hint {{ color: {p.muted}; }}
QLabel#caption {{ color: {p.muted}; font-size: {caption:.1f}pt; }}
QFrame#note {{
    background: {p.note}; border: 1px solid {p.note_border}; border-radius: {control_r + 2}px;
}}
QFrame#note QLabel {{ background: transparent; }}
QGroupBox {{
    background: {p.card}; border: 1px solid {p.card_border}; border-radius: {card_r}px;
    margin-top: {round(title * 2.4)}px; padding: {space[3]}px;
    font-size: {title:.1f}pt; font-weight: 600;
}}
QGroupBox::title {{
    subcontrol-origin: margin; subcontrol-position: top left;
    left: {space[1]}px; padding: 0 {space[1]}px; color: {p.text};
}}
QGroupBox > QWidget {{ font-size: {base:.1f}pt; font-weight: normal; }}

QPushButton {{
    background: {p.card}; color: {p.text}; border: 1px solid {border};
    border-radius: {control_r}px; padding: {space[1] + 1}px {space[3]}px;
}}
QPushButton:hover {{ background: {hover}; }}
QPushButton:pressed, QPushButton:checked {{ background: {pressed}; }}
QPushButton:focus {{ border: 2px solid {p.accent}; padding: {space[1]}px {space[3] - 1}px; }}
QPushButton:disabled {{ color: {disabled}; background: {p.window}; border-color: {p.card_border}; }}
QPushButton[primary="true"] {{
    background: {p.accent}; color: {p.on_accent}; border: 1px solid {p.accent}; font-weight: 600;
}}
QPushButton[primary="true"]:hover {{ background: {primary_hover}; border-color: {primary_hover}; }}
QPushButton[primary="true"]:focus {{ border: 2px solid {p.text}; }}
QPushButton[primary="true"]:disabled {{
    background: {p.accent_soft}; color: {disabled}; border-color: {p.accent_soft};
}}
QPushButton:flat {{
    background: transparent; color: {p.accent}; border: 1px solid transparent;
    padding: {space[1] + 1}px {space[1]}px;
}}
QPushButton:flat:hover {{ background: {p.accent_soft}; }}
QPushButton:flat:focus {{ border: 2px solid {p.accent}; padding: {space[1]}px {space[1] - 1}px; }}
QToolButton {{
    background: transparent; color: {p.text}; border: 1px solid transparent;
    border-radius: {control_r}px; padding: {space[1]}px;
}}
QToolButton:hover {{ background: {hover}; border-color: {p.card_border}; }}
QToolButton:pressed, QToolButton:checked {{ background: {pressed}; }}
QToolButton:focus {{ border: 2px solid {p.accent}; }}
QToolButton:disabled {{ color: {disabled}; }}

QPushButton[chip="true"], QToolButton[chip="true"], QLabel[chip="true"] {{
    background: {p.accent_soft}; color: {p.text}; border: 1px solid {p.note_border};
    border-radius: {round(base * 1.2)}px; padding: 2px {space[3]}px;
}}
QPushButton[chip="true"]:hover, QToolButton[chip="true"]:hover {{ border-color: {p.accent}; }}
QPushButton[chip="true"]:checked, QToolButton[chip="true"]:checked {{
    background: {p.accent}; color: {p.on_accent}; border-color: {p.accent};
}}
QPushButton[chip="true"]:focus, QToolButton[chip="true"]:focus {{
    border: 2px solid {p.accent}; padding: 1px {space[3] - 1}px;
}}
QPushButton[chip="true"]:checked:focus, QToolButton[chip="true"]:checked:focus {{
    border-color: {p.text};
}}

QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox {{
    background: {p.card}; color: {p.text}; border: 1px solid {border};
    border-radius: {control_r}px; padding: {space[1]}px {space[2] - 2}px;
    selection-background-color: {p.accent_soft}; selection-color: {p.text};
}}
QTextEdit, QPlainTextEdit {{ padding: {space[1]}px; }}
QLineEdit:focus, QTextEdit:focus, QPlainTextEdit:focus, QAbstractSpinBox:focus,
QComboBox:focus {{ border: 2px solid {p.accent}; padding: {space[1] - 1}px {space[2] - 3}px; }}
QTextEdit:focus, QPlainTextEdit:focus {{ padding: {space[1] - 1}px; }}
QLineEdit:disabled, QTextEdit:disabled, QPlainTextEdit:disabled, QAbstractSpinBox:disabled,
QComboBox:disabled {{ color: {disabled}; background: {p.window}; border-color: {p.card_border}; }}
QComboBox {{ combobox-popup: 0; }}
QDateTimeEdit::drop-down {{ border: none; width: {round(base * 2.2)}px; }}
QDateTimeEdit::down-arrow {{ image: url({arrow("chevron-down", p.muted)}); width: {arrow_px}px;
    height: {arrow_px}px; }}
QComboBox::drop-down {{ border: none; width: {round(base * 2.2)}px; }}
QComboBox::down-arrow {{ image: url({arrow("chevron-down", p.muted)}); width: {arrow_px}px;
    height: {arrow_px}px; }}
QComboBox::down-arrow:disabled {{ image: url({arrow("chevron-down", disabled)}); }}
QAbstractSpinBox::up-arrow {{ image: url({arrow("chevron-up", p.muted)}); width: {arrow_px}px;
    height: {arrow_px}px; }}
QAbstractSpinBox::down-arrow {{ image: url({arrow("chevron-down", p.muted)});
    width: {arrow_px}px; height: {arrow_px}px; }}
QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::up-arrow:off {{
    image: url({arrow("chevron-up", disabled)}); }}
QAbstractSpinBox::down-arrow:disabled, QAbstractSpinBox::down-arrow:off {{
    image: url({arrow("chevron-down", disabled)}); }}
QComboBox QAbstractItemView {{
    background: {p.card}; color: {p.text}; border: 1px solid {p.card_border};
    selection-background-color: {p.accent_soft}; selection-color: {p.text}; outline: 0;
}}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
    border: none; background: transparent; width: {round(base * 1.6)}px;
}}

QTabWidget::pane {{
    background: {p.card}; border: 1px solid {p.card_border}; border-radius: {card_r}px;
    top: -1px;
}}
QTabBar {{ qproperty-drawBase: 0; }}
QTabBar::tab {{
    background: transparent; color: {p.muted}; border: none;
    border-bottom: 2px solid transparent; padding: {space[2]}px {space[3]}px;
    margin-right: {space[1]}px;
}}
QTabBar::tab:hover {{ color: {p.text}; background: {hover}; }}
QTabBar::tab:selected {{ color: {p.text}; border-bottom: 2px solid {p.accent}; }}
QTabBar::tab:focus {{ color: {p.text}; }}

QListView, QTreeView, QTableView, QListWidget, QTreeWidget, QTableWidget {{
    background: {p.card}; color: {p.text}; border: 1px solid {p.card_border};
    border-radius: {control_r}px; alternate-background-color: {header};
    selection-background-color: {p.accent_soft}; selection-color: {p.text};
    gridline-color: {p.grid};
}}
QAbstractItemView[flat="true"] {{ border: none; }}
QListView::item:selected, QTreeView::item:selected, QTableView::item:selected {{
    background: {p.accent_soft}; color: {p.text};
}}
QHeaderView {{ background: transparent; }}
QHeaderView::section {{
    background: {header}; color: {p.muted}; border: none;
    border-bottom: 1px solid {p.card_border}; padding: {space[1]}px {space[2]}px;
    font-weight: 600;
}}
QTableCornerButton::section {{ background: {header}; border: none; }}
QScrollArea {{ background: transparent; border: none; }}
QScrollArea > QWidget > QWidget#scrollBody {{ background: transparent; }}

QScrollBar:vertical {{ background: transparent; width: {space[3]}px; margin: 0; }}
QScrollBar:horizontal {{ background: transparent; height: {space[3]}px; margin: 0; }}
QScrollBar::handle {{ background: {handle}; border-radius: {space[1]}px; margin: 2px; }}
QScrollBar::handle:vertical {{ min-height: {space[6]}px; }}
QScrollBar::handle:horizontal {{ min-width: {space[6]}px; }}
QScrollBar::handle:hover, QScrollBar::handle:pressed {{ background: {p.muted}; }}
QScrollBar::add-line, QScrollBar::sub-line {{
    width: 0; height: 0; border: none; background: none;
}}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}

QToolTip {{
    background: {p.card}; color: {p.text}; border: 1px solid {p.card_border};
    padding: {space[1]}px {space[2]}px;
}}
QMenu {{ background: {p.card}; color: {p.text}; border: 1px solid {p.card_border}; padding: 4px; }}
QMenu::item {{ padding: {space[1] + 2}px {space[4]}px; border-radius: {control_r - 2}px; }}
QMenu::item:selected {{ background: {p.accent_soft}; color: {p.text}; }}
QMenu::separator {{ height: 1px; background: {p.card_border}; margin: 4px 8px; }}
QStatusBar {{ background: {p.window}; color: {p.muted}; border-top: 1px solid {p.card_border}; }}
QStatusBar QLabel {{ color: {p.muted}; padding: 0 {space[2]}px; }}
QStatusBar::item {{ border: none; }}
"""


def make_primary(button: QWidget, primary: bool = True) -> None:
    """Give ``button`` (or take away) the accent look of a view's one primary action."""
    button.setProperty("primary", "true" if primary else "false")
    button.style().unpolish(button)
    button.style().polish(button)


def make_chip(widget: QWidget) -> None:
    """Give a button or label the rounded chip look."""
    widget.setProperty("chip", "true")
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def wants_dark(app: QApplication, theme: str) -> bool:
    """Whether ``theme`` ("light", "dark" or "system") means the dark palette now."""
    if theme in _SCHEMES:
        return theme == "dark"
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_theme(app: QApplication, theme: str) -> None:
    """Use the light or dark theme ("light", "dark"), or the one the desktop prefers ("system").

    The palette and the style sheet are Hearth's own either way; the platform is only told the
    choice so its native dialogs follow where it can.
    """
    hints = app.styleHints()
    if theme not in (*_SCHEMES, "system"):
        theme = "system"
    first = "connected" not in _state
    _state["theme"] = theme
    hints.setColorScheme(_SCHEMES.get(theme, Qt.ColorScheme.Unknown))
    if first:
        _state["connected"] = "yes"
        hints.colorSchemeChanged.connect(lambda _scheme: _follow_system(app))
    _apply(app, wants_dark(app, theme))


def _follow_system(app: QApplication) -> None:
    if _state["theme"] == "system":
        _apply(app, wants_dark(app, "system"))


def _apply(app: QApplication, dark: bool) -> None:
    if _state.get("style") != "fusion":  # once: a style sheet hides the style's name
        style = QStyleFactory.create("Fusion")
        if style is not None:
            app.setStyle(style)
            _state["style"] = "fusion"
    app.setPalette(qt_palette(dark))
    app.setStyleSheet(style_sheet(design.palette(dark), app.font()))


def current_palette(widget: QWidget) -> design.Palette:
    """The design palette ``widget`` is drawn in (by the lightness of its window colour)."""
    return design.palette(is_dark(widget))


def is_dark(widget: QWidget) -> bool:
    """True when ``widget`` is drawn on a dark background (for colours the palette lacks)."""
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
