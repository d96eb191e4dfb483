"""The mood grid: mouse, keyboard, the value in words, and a size that follows the font."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from diary import design
from diary.ui.shell.theme import qt_palette
from diary.ui.today.mood_grid import SOFTENED, MoodGrid, cell_colour, value_text

pytestmark = pytest.mark.gui


@pytest.fixture
def grid(qtbot: QtBot) -> MoodGrid:
    widget = MoodGrid()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_starts_unset_and_says_so(grid: MoodGrid) -> None:
    assert grid.value() == (None, None)
    assert grid.text() == "Mood not set yet"
    assert "not set" in grid.accessibleName()


def test_click_chooses_the_square_under_the_pointer(qtbot: QtBot, grid: MoodGrid) -> None:
    centre = grid.cell_center(7, 4).toPoint()
    with qtbot.waitSignal(grid.changed) as blocker:
        qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=centre)
    assert blocker.args == [7, 4]
    assert grid.value() == (7, 4)
    assert grid.text() == "Mood 7 · Energy 4"
    assert "Mood 7 · Energy 4" in grid.accessibleName()
    assert "Mood 7 of 9" in grid.accessibleDescription()
    assert "energy 4 of 9" in grid.accessibleDescription()


def test_corners_map_to_the_axes(grid: MoodGrid) -> None:
    assert grid.cell_at(grid.cell_center(1, 1)) == (1, 1)
    assert grid.cell_at(grid.cell_center(9, 9)) == (9, 9)
    assert grid.cell_at(grid.cell_center(1, 9)) == (1, 9)
    assert grid.cell_center(1, 9).x() < grid.cell_center(9, 9).x()  # pleasant to the right
    assert grid.cell_center(1, 9).y() < grid.cell_center(1, 1).y()  # energised at the top
    assert grid.cell_at(grid.cell_center(1, 1) + QPoint(-500, 0).toPointF()) is None


def test_click_outside_the_squares_changes_nothing(qtbot: QtBot, grid: MoodGrid) -> None:
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=QPoint(1, 1))
    assert grid.value() == (None, None)


def test_arrow_keys_move_from_the_centre_and_delete_clears(qtbot: QtBot, grid: MoodGrid) -> None:
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert grid.value() == (5, 5)  # the first press starts at neutral
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.value() == (7, 4)
    for _ in range(12):
        qtbot.keyClick(grid, Qt.Key.Key_Up)
    assert grid.value() == (7, 9)  # stops at the edge
    for _ in range(12):
        qtbot.keyClick(grid, Qt.Key.Key_Left)
    assert grid.value() == (1, 9)
    qtbot.keyClick(grid, Qt.Key.Key_Home)
    assert grid.value() == (5, 5)
    with qtbot.waitSignal(grid.changed) as blocker:
        qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert blocker.args == [None, None]
    assert grid.value() == (None, None)


def test_alt_arrows_are_left_to_the_window(qtbot: QtBot, grid: MoodGrid) -> None:
    grid.set_value(6, 6)
    qtbot.keyClick(grid, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert grid.value() == (6, 6)


def test_a_mood_without_energy_moves_sensibly(qtbot: QtBot, grid: MoodGrid) -> None:
    grid.set_value(7, None)
    assert grid.text() == "Mood 7 · Energy not set"
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert grid.value() == (8, None)
    qtbot.keyClick(grid, Qt.Key.Key_Up)
    assert grid.value() == (8, 6)


def test_set_value_checks_range_and_emits_only_on_change(qtbot: QtBot, grid: MoodGrid) -> None:
    with pytest.raises(ValueError):
        grid.set_value(10, 5)
    with pytest.raises(ValueError):
        grid.set_value(5, 0)
    grid.set_value(3, 8)
    with qtbot.assertNotEmitted(grid.changed):
        grid.set_value(3, 8)
    assert value_text(None, 2) == "Mood not set · Energy 2"


def pixel(grid: MoodGrid, mood: int, energy: int, *, aside: float = 0.0) -> QColor:
    image = grid.grab().toImage()
    ratio = image.devicePixelRatio()
    cell = grid.cell_center(3, 8).x() - grid.cell_center(2, 8).x()
    point = grid.cell_center(mood, energy)
    point.setX(point.x() - cell * aside)  # beside the digit drawn in the middle
    return image.pixelColor((point * ratio).toPoint())


def test_the_chosen_square_wears_its_full_mood_colour_with_a_ring(grid: MoodGrid) -> None:
    grid.set_value(2, 8)
    assert pixel(grid, 2, 8, aside=0.3).name() == design.mood_colour(2)
    ring = grid.cell_center(2, 8)
    cell = grid.cell_center(3, 8).x() - grid.cell_center(2, 8).x()
    ring.setX(ring.x() - cell / 2 - 1)  # just outside the square's left edge: the ring
    image = grid.grab().toImage()
    text = grid.palette().color(QPalette.ColorRole.WindowText)
    assert image.pixelColor((ring * image.devicePixelRatio()).toPoint()) == text
    base = grid.palette().color(QPalette.ColorRole.Base)
    assert pixel(grid, 8, 2) == cell_colour(8, base) != QColor(design.mood_colour(8))


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_chosen_square_looks_the_same_in_both_themes(grid: MoodGrid, dark: bool) -> None:
    grid.setPalette(qt_palette(dark))
    grid.set_value(7, 4)
    assert pixel(grid, 7, 4, aside=0.3).name() == design.mood_colour(7)


def test_every_column_takes_its_colour_from_the_design_scale(grid: MoodGrid) -> None:
    base = grid.palette().color(QPalette.ColorRole.Base)
    for mood in range(1, 10):
        expected = QColor(design.blend(base.name(), design.mood_colour(mood), SOFTENED))
        assert pixel(grid, mood, 3) == expected, mood


def test_focus_is_visible(qtbot: QtBot, grid: MoodGrid) -> None:
    grid.set_value(5, 5)
    grid.activateWindow()
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus)
    with_focus = grid.grab().toImage()
    grid.clearFocus()
    qtbot.waitUntil(lambda: not grid.hasFocus())
    without = grid.grab().toImage()
    assert with_focus != without


def test_size_follows_the_font(grid: MoodGrid) -> None:
    small = grid.sizeHint()
    font = grid.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    grid.setFont(font)
    large = grid.sizeHint()
    assert large.width() > small.width() * 1.5
    assert large.height() > small.height() * 1.5
