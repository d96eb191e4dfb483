"""The fitting label: the fullest wording that fits, a shorter one when narrow, never clipped."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget
from pytestqt.qtbot import QtBot

from diary.ui.shell.fitting_label import FittingLabel

pytestmark = pytest.mark.gui

FULL, SHORT = "Mittwoch, 30. September 2026", "Mi., 30. Sept. 2026"


@pytest.fixture
def shown_in(qtbot: QtBot) -> Iterator[Callable[[int], FittingLabel]]:
    """Shows a label in a window ``width`` pixels wide; the windows live until the test's end."""
    holders: list[QWidget] = []

    def show(width: int) -> FittingLabel:
        holder = QWidget()
        holders.append(holder)
        qtbot.addWidget(holder)
        return _laid_out(qtbot, holder, width)

    yield show
    holders.clear()


def _laid_out(qtbot: QtBot, holder: QWidget, width: int) -> FittingLabel:
    label = FittingLabel()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(label)
    label.set_forms([FULL, SHORT])
    holder.resize(width, 40)
    holder.show()
    qtbot.waitExposed(holder)
    return label


def test_wide_shows_the_full_wording(shown_in: Callable[[int], FittingLabel]) -> None:
    label = shown_in(800)

    assert label.text() == FULL
    assert label.sizeHint().width() > label.minimumSizeHint().width()


def test_narrow_shows_the_shorter_wording_whole(shown_in: Callable[[int], FittingLabel]) -> None:
    wide = shown_in(800)
    label = shown_in(wide.minimumSizeHint().width() + 4)

    assert label.text() == SHORT
    assert label.width() >= QLabel.sizeHint(label).width()  # what is shown is not clipped
    assert label.accessibleName() == FULL  # a screen reader hears the whole day


def test_the_minimum_is_the_shortest_wording_and_clearing_empties_it(
    shown_in: Callable[[int], FittingLabel],
) -> None:
    label = shown_in(800)
    plain = QLabel(SHORT)

    assert abs(label.minimumSizeHint().width() - plain.sizeHint().width()) <= 2
    label.clear()
    assert label.text() == "" and label.forms() == () and label.accessibleName() == ""
