"""The photo strip and the viewer on their own: thumbnails, keys, names, the decoded picture."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from diary.domain.photos import PNG, Photo
from diary.formats.photos import screen_pixels
from diary.ui.shell.tasks import InlinePool
from diary.ui.today.photo_strip import TILE_SIDE, PhotoStrip, Shown, square_crop
from diary.ui.today.photo_viewer import PhotoViewer

pytestmark = pytest.mark.gui

DAY = dt.date(2026, 11, 21)
ORIENTATION = 0x0112


def image_bytes(
    size: tuple[int, int], colour: str = "#c8791d", kind: str = "PNG", orientation: int = 1
) -> bytes:
    """A picture file's bytes, made by Pillow (an EXIF orientation for JPEGs)."""
    image = Image.new("RGB", size, colour)
    buffer = io.BytesIO()
    if kind == "JPEG" and orientation != 1:
        exif = Image.Exif()
        exif[ORIENTATION] = orientation
        image.save(buffer, kind, exif=exif.tobytes())
    else:
        image.save(buffer, kind)
    return buffer.getvalue()


def shown(number: int, name: str = "", size: tuple[int, int] = (64, 48)) -> Shown:
    data = image_bytes(size)
    photo = Photo(DAY, PNG, size[0], size[1], len(data), name, id=number)
    return Shown(photo, data)


@pytest.fixture
def strip(qtbot: QtBot) -> Iterator[PhotoStrip]:
    """A strip in a shown window (it shows and hides itself inside it)."""
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(500, 300)
    made = PhotoStrip(window)
    made.resize(500, 300)
    window.show()
    qtbot.waitExposed(window)
    yield made  # the window lives as long as the test


def test_an_empty_strip_hides_and_thumbnails_are_named_for_screen_readers(
    qtbot: QtBot, strip: PhotoStrip
) -> None:
    strip.set_photos([])
    assert strip.isHidden()
    strip.set_photos([shown(1, "IMG_2040.jpg"), shown(2, "IMG_2041.jpg"), shown(3)])
    assert not strip.isHidden()
    names = [tile.accessibleName() for tile in strip.tiles()]
    assert names == ["Photo 1 of 3, IMG_2040.jpg", "Photo 2 of 3, IMG_2041.jpg", "Photo 3 of 3"]
    assert "IMG_2041.jpg, 64 × 48 pixels" in strip.tiles()[1].toolTip()
    assert all(tile.sizeHint().width() == TILE_SIDE for tile in strip.tiles())
    strip.set_busy(True)
    assert strip.busy_tile.isVisible() and strip.busy_tile.focusPolicy() == Qt.FocusPolicy.NoFocus
    strip.set_photos([])
    assert not strip.isHidden()  # still adding: the busy tile keeps its place
    strip.set_busy(False)
    assert strip.isHidden()


def test_one_tab_stop_with_arrows_inside_enter_opens_delete_removes(
    qtbot: QtBot, strip: PhotoStrip
) -> None:
    strip.set_photos([shown(1, "a.png"), shown(2, "b.png"), shown(3, "c.png")])
    tiles = strip.tiles()
    strong = [t for t in tiles if t.focusPolicy() == Qt.FocusPolicy.StrongFocus]
    assert strong == [tiles[0]]
    tiles[0].setFocus()
    qtbot.keyClick(tiles[0], Qt.Key.Key_Right)
    assert tiles[1].hasFocus() and strip.focus_tile() is tiles[1]
    assert [t.focusPolicy() == Qt.FocusPolicy.StrongFocus for t in tiles] == [False, True, False]
    qtbot.keyClick(tiles[1], Qt.Key.Key_End)
    assert tiles[2].hasFocus()
    qtbot.keyClick(tiles[2], Qt.Key.Key_Right)  # it stops at the end
    assert tiles[2].hasFocus()
    qtbot.keyClick(tiles[2], Qt.Key.Key_Home)
    assert tiles[0].hasFocus()
    qtbot.keyClick(tiles[0], Qt.Key.Key_Right)
    with qtbot.waitSignal(strip.open_requested) as opened:
        qtbot.keyClick(tiles[1], Qt.Key.Key_Return)
    assert opened.args == [1]
    with qtbot.waitSignal(strip.open_requested) as opened:
        qtbot.keyClick(tiles[1], Qt.Key.Key_Space)
    assert opened.args == [1]
    with qtbot.waitSignal(strip.open_requested) as opened:
        qtbot.mouseClick(tiles[2], Qt.MouseButton.LeftButton)
    assert opened.args == [2]
    with qtbot.waitSignal(strip.remove_requested) as removed:
        qtbot.keyClick(tiles[2], Qt.Key.Key_Delete)
    assert removed.args[0].id == 3


def test_the_focus_stays_on_the_same_photo_when_the_strip_changes(
    qtbot: QtBot, strip: PhotoStrip
) -> None:
    strip.set_photos([shown(1), shown(2), shown(3)])
    strip.tiles()[0].setFocus()
    strip.move_focus(strip.tiles()[0], 2)
    strip.set_photos([shown(1), shown(3)])  # the second went
    assert strip.focus_tile() is not None and strip.focus_tile().photo.id == 3
    assert strip.focus_tile().hasFocus()
    strip.set_photos([shown(1)])  # the focused one went: the nearest takes the focus
    assert strip.focus_tile().photo.id == 1 and strip.focus_tile().hasFocus()


def test_the_strip_is_as_tall_as_the_rows_its_thumbnails_wrap_onto(
    qtbot: QtBot, strip: PhotoStrip
) -> None:
    strip.set_photos([shown(n) for n in range(1, 7)])
    strip.resize(TILE_SIDE * 3 + 20, 10)  # three a row: two rows
    assert strip.minimumHeight() >= 2 * TILE_SIDE
    strip.resize(TILE_SIDE * 7 + 60, 10)  # all in one row
    assert TILE_SIDE <= strip.minimumHeight() < 2 * TILE_SIDE


def test_a_thumbnail_is_its_centre_square_sharp_on_a_dense_screen() -> None:
    wide = QImage(200, 100, QImage.Format.Format_RGB32)
    wide.fill(QColor("#0000ff"))
    for x in range(50, 150):  # the centre square is red, the sides blue
        for y in range(100):
            wide.setPixelColor(x, y, QColor("#ff0000"))
    pixmap = square_crop(wide, 96, 2.0)
    assert (pixmap.width(), pixmap.height()) == (192, 192)
    assert pixmap.devicePixelRatio() == 2.0
    image = pixmap.toImage()
    assert image.pixelColor(2, 96).red() > 200 and image.pixelColor(189, 96).blue() < 50
    assert square_crop(QImage(), 96, 1.0).width() == 96  # an unreadable thumbnail: a blank tile


def test_the_viewer_decodes_a_photo_upright_and_no_larger_than_asked() -> None:
    sideways = image_bytes((300, 200), kind="JPEG", orientation=6)  # a phone held upright
    pixels = screen_pixels(sideways, 1000)
    assert (pixels.width, pixels.height) == (200, 300)
    assert len(pixels.rgba) == 200 * 300 * 4
    big = screen_pixels(image_bytes((1600, 800)), 400)
    assert (big.width, big.height) == (400, 200)
    with pytest.raises(ValueError):
        screen_pixels(b"not a picture", 400)


@pytest.fixture
def viewer(qtbot: QtBot) -> tuple[PhotoViewer, list[int]]:
    originals = {n: image_bytes((800, 600), colour=f"#{n:02x}8040") for n in (1, 2, 3)}
    loaded: list[int] = []

    def load(photo_id: int) -> bytes:
        loaded.append(photo_id)
        return originals[photo_id]

    items = [shown(1, "one.png", (800, 600)), shown(2, "two.png", (800, 600)), shown(3)]
    made = PhotoViewer(items, 1, load, InlinePool())
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made, loaded


def test_the_viewer_shows_the_photo_large_with_its_name_and_steps_with_arrows(
    qtbot: QtBot, viewer: tuple[PhotoViewer, list[int]]
) -> None:
    shown_viewer, loaded = viewer
    assert shown_viewer.position_label.text() == "two.png · 2 of 3"
    longest = max(shown_viewer.width(), shown_viewer.height())  # no larger than the window
    assert loaded == [2] and shown_viewer.canvas.image.width() == min(800, longest)
    assert shown_viewer.state_label.text() == "← → the other photos · Delete removes · Esc closes"
    rect = shown_viewer.canvas.shown_rect()
    assert rect.width() > 400 and abs(rect.width() / rect.height() - 800 / 600) < 0.02
    qtbot.keyClick(shown_viewer, Qt.Key.Key_Right)
    assert shown_viewer.position_label.text() == "a photo · 3 of 3"
    assert not shown_viewer.next_button.isEnabled()
    qtbot.keyClick(shown_viewer, Qt.Key.Key_Right)  # it stops at the last
    assert shown_viewer.index() == 2
    qtbot.keyClick(shown_viewer.save_button, Qt.Key.Key_Home)  # from a button too
    assert shown_viewer.index() == 0 and not shown_viewer.previous_button.isEnabled()
    assert "one.png, 800 × 600 pixels" == shown_viewer.canvas.accessibleName()
    assert loaded == [2, 3, 1]
    with qtbot.waitSignal(shown_viewer.finished):
        qtbot.keyClick(shown_viewer, Qt.Key.Key_Escape)
    assert not shown_viewer.isVisible()


def test_a_viewer_made_larger_decodes_the_photo_again_sharper(
    qtbot: QtBot, viewer: tuple[PhotoViewer, list[int]]
) -> None:
    shown_viewer, loaded = viewer
    shown_viewer.sharpen_timer.setInterval(0)
    first = shown_viewer.canvas.image.width()
    assert first < 800  # decoded for the window, smaller than the original
    shown_viewer.resize(shown_viewer.width() + 10, shown_viewer.height())  # hardly larger
    qtbot.wait(20)
    assert loaded == [2] and shown_viewer.canvas.image.width() == first
    shown_viewer.resize(1500, 1100)
    qtbot.waitUntil(lambda: shown_viewer.canvas.image.width() == 800)  # now whole
    assert loaded == [2, 2]
    shown_viewer.resize(1900, 1400)  # decoded whole already: not again
    qtbot.wait(20)
    assert loaded == [2, 2]


def test_delete_in_the_viewer_asks_and_it_moves_on_when_told_what_is_left(
    qtbot: QtBot, viewer: tuple[PhotoViewer, list[int]]
) -> None:
    shown_viewer, _loaded = viewer
    with qtbot.waitSignal(shown_viewer.remove_requested) as asked:
        qtbot.keyClick(shown_viewer, Qt.Key.Key_Delete)
    assert asked.args[0].id == 2
    with qtbot.waitSignal(shown_viewer.save_requested) as saving:
        qtbot.keyClick(shown_viewer, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saving.args[0].id == 2
    shown_viewer.set_photos([shown(1, "one.png"), shown(3)])
    assert shown_viewer.current() is not None and shown_viewer.current().id == 3
    assert shown_viewer.position_label.text() == "a photo · 2 of 2"
    with qtbot.waitSignal(shown_viewer.finished):
        shown_viewer.set_photos([])  # none left: it closes


def test_a_photo_that_cannot_be_read_says_so_in_the_viewer(qtbot: QtBot) -> None:
    def load(_photo_id: int) -> bytes:
        return b"\xff\xd8 cut short"

    made = PhotoViewer([shown(1, "bad.jpg")], 0, load, InlinePool())
    qtbot.addWidget(made)
    assert made.state_label.text().startswith("Could not read the photo:")
    assert not made.canvas.image.isNull()  # the thumbnail stays on show


def test_the_pages_load_without_pillow() -> None:
    """Pillow (about 80 ms to import) loads with the first photo added or viewed, not with Today."""
    import os
    import subprocess
    import sys

    code = (
        "import sys, diary.ui.shell.main_window, diary.ui.today.page, diary.ui.journal.page\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'PIL'))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env=env,
    )
    assert result.stdout.strip() == "[]"
