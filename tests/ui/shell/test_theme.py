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
