"""Light and dark follow the user's choice even without a platform theme (as offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel

from diary.ui.shell.theme import apply_theme, is_dark

pytestmark = pytest.mark.gui


@pytest.fixture
def app(qapp: QApplication):
    yield qapp
    apply_theme(qapp, "system")


def window_colour(app: QApplication) -> int:
    return app.palette().color(QPalette.ColorRole.Window).lightness()


def test_dark_then_light_then_system(app, qtbot):
    label = QLabel("x")
    qtbot.addWidget(label)
    apply_theme(app, "dark")
    app.processEvents()  # existing widgets learn of the new palette through an event
    assert window_colour(app) < 128
    assert is_dark(label)
    text = app.palette().color(QPalette.ColorRole.Text).lightness()
    base = app.palette().color(QPalette.ColorRole.Base).lightness()
    assert text - base > 150  # readable: light text on a dark field
    apply_theme(app, "light")
    app.processEvents()
    assert window_colour(app) > 128
    assert not is_dark(label)
    apply_theme(app, "dark")
    apply_theme(app, "system")
    assert window_colour(app) > 128  # offscreen has no dark system theme


def test_disabled_text_stays_distinct_in_dark(app):
    apply_theme(app, "dark")
    palette = app.palette()
    enabled = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert enabled != disabled


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_palette_is_the_design_palette(dark: bool) -> None:
    from diary import design
    from diary.ui.shell.theme import qt_palette

    tokens = design.palette(dark)
    palette = qt_palette(dark)
    assert palette.color(QPalette.ColorRole.Window).name() == tokens.window
    assert palette.color(QPalette.ColorRole.Base).name() == tokens.card
    assert palette.color(QPalette.ColorRole.Text).name() == tokens.text
    assert palette.color(QPalette.ColorRole.Accent).name() == tokens.accent
    assert palette.color(QPalette.ColorRole.ToolTipBase).name() == tokens.card
    highlight = palette.color(QPalette.ColorRole.Highlight).name()
    on_highlight = palette.color(QPalette.ColorRole.HighlightedText).name()
    assert design.contrast_ratio(highlight, on_highlight) >= 7  # selected rows stay readable


def test_the_style_sheet_follows_the_theme(app) -> None:
    from diary import design

    apply_theme(app, "light")
    light = app.styleSheet()
    apply_theme(app, "dark")
    dark = app.styleSheet()
    assert light != dark
    for sheet, tokens in ((light, design.LIGHT), (dark, design.DARK)):
        tooltip = sheet.split("QToolTip {")[1].split("}")[0]
        assert tokens.card in tooltip and tokens.card_border in tooltip  # no yellow tooltips
        assert 'QPushButton[primary="true"]' in sheet and tokens.accent in sheet
        assert "QFrame#card" in sheet and "QGroupBox" in sheet and "QScrollBar" in sheet
    app.setStyleSheet("")


def test_a_primary_button_wears_the_accent(app, qtbot) -> None:
    from PySide6.QtWidgets import QPushButton

    from diary import design
    from diary.ui.shell.theme import make_primary

    apply_theme(app, "light")
    try:
        plain, primary = QPushButton("Later"), QPushButton("Save")
        for button in (plain, primary):
            qtbot.addWidget(button)
            button.resize(120, 40)
        make_primary(primary)
        assert primary.property("primary") == "true"

        def middle(button: QPushButton) -> str:
            image = button.grab().toImage()
            return image.pixelColor(6, image.height() // 2).name()

        assert middle(primary) == design.LIGHT.accent
        assert middle(plain) != design.LIGHT.accent
    finally:
        app.setStyleSheet("")


def test_system_follows_the_desktop_and_dark_needs_no_platform_theme(app) -> None:
    from diary.ui.shell.theme import wants_dark

    assert wants_dark(app, "dark") and not wants_dark(app, "light")
    assert not wants_dark(app, "system")  # offscreen prefers no dark scheme
    apply_theme(app, "dark")  # offscreen has no platform theme, yet dark is dark
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < 64
    app.setStyleSheet("")


def test_type_font_follows_the_type_scale() -> None:
    from PySide6.QtGui import QFont

    from diary.design import TYPE_SCALE
    from diary.ui.shell.fonts import type_font

    base = QFont()
    base.setPointSizeF(10)
    assert type_font(base, "heading").pointSizeF() == pytest.approx(10 * TYPE_SCALE["heading"])
    assert type_font(base, "title").weight() == QFont.Weight.DemiBold
    assert type_font(base, "caption").weight() == QFont.Weight.Normal
    with pytest.raises(ValueError, match="no 'huge'"):
        type_font(base, "huge")
