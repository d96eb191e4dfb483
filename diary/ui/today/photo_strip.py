"""A day's photos as a strip of rounded square thumbnails, one Tab stop with arrows inside.

Only widgets over image bytes: the card (``photos``) reads the photos and says what a click, a
key or the context menu asks for. Each thumbnail is cropped to its centre square and drawn with
the design's rounded corners and hairline, in the colours of the theme it is shown in.

The keyboard reaches the strip as one Tab stop, as the company chips do: Tab lands on the photo
last focused (or the first), Left and Right (Home and End) move between photos, Enter or Space
opens the focused one, Delete removes it, the context-menu key offers Open, Save a copy and
Remove.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QEnterEvent,
    QFocusEvent,
    QImage,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from diary.design import RADIUS_CONTROL, SPACE
from diary.domain.photos import Photo
from diary.i18n import _
from diary.ui.shell.theme import current_palette
from diary.ui.today import photo_words as words
from diary.ui.today.feelings import FlowLayout

TILE_SIDE = 96
"""A thumbnail's side in device-independent pixels (the stored ones are 320: sharp at 3x)."""
TILE_RADIUS = RADIUS_CONTROL + 2
"""Corner radius of a thumbnail, in pixels (a note's radius: calmer than a card's on a tile)."""
MAX_STEP = 10_000
"""Home and End move by this many photos: to either end of any strip."""


@dataclass(frozen=True, slots=True)
class Shown:
    """One photo of the strip: what is known of it and its thumbnail's bytes."""

    photo: Photo
    thumbnail: bytes


def decode(data: bytes) -> QImage:
    """The image in ``data`` (a stored thumbnail), or a null image when Qt cannot read it."""
    image = QImage()
    image.loadFromData(data)
    return image


def square_crop(image: QImage, side: int, ratio: float) -> QPixmap:
    """The centre square of ``image`` scaled to ``side`` (sharp on a screen of ``ratio``)."""
    pixels = max(1, round(side * ratio))
    if image.isNull():
        pixmap = QPixmap(pixels, pixels)
        pixmap.fill(Qt.GlobalColor.transparent)
    else:
        edge = min(image.width(), image.height())
        left, top = (image.width() - edge) // 2, (image.height() - edge) // 2
        square = image.copy(left, top, edge, edge).scaled(
            pixels,
            pixels,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        pixmap = QPixmap.fromImage(square)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def rounded_square(data: bytes, side: int, ratio: float) -> QPixmap:
    """A thumbnail's centre square with the tiles' rounded corners (transparent outside)."""
    square = square_crop(decode(data), side, ratio)
    rounded = QPixmap(square.size())
    rounded.setDevicePixelRatio(ratio)
    rounded.fill(Qt.GlobalColor.transparent)
    painter = QPainter(rounded)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addRoundedRect(QRectF(0, 0, side, side), TILE_RADIUS, TILE_RADIUS)
    painter.setClipPath(path)
    painter.drawPixmap(0, 0, square)
    painter.end()
    return rounded


def accessible_name(photo: Photo, number: int, count: int) -> str:
    """What a screen reader says of a thumbnail: "Photo 2 of 3, IMG_2041.jpg"."""
    if photo.name:
        return _(words.PHOTO_NAME).format(number=number, count=count, name=photo.name)
    return _(words.PHOTO_NAME_BARE).format(number=number, count=count)


def tooltip(photo: Photo) -> str:
    """A thumbnail's tooltip: its name and size in pixels, and what a click does."""
    return _(words.PHOTO_TIP).format(
        name=photo.name or _(words.PHOTO_UNNAMED), width=photo.width, height=photo.height
    )


class _Tile(QAbstractButton):
    """A square the size of a thumbnail, drawn by the theme's colours (hover, focus ring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hovered = False
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """A fixed square (the strip wraps them)."""
        return QSize(TILE_SIDE, TILE_SIDE)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """As big as its hint: a thumbnail never squashes."""
        return self.sizeHint()

    def enterEvent(self, event: QEnterEvent) -> None:  # noqa: N802 - Qt's name
        """Hovered: the border takes the accent."""
        self._hovered = True
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        """No longer hovered."""
        self._hovered = False
        self.update()
        super().leaveEvent(event)  # type: ignore[arg-type]

    def _frame(self) -> QRectF:
        return QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)

    def _paint_border(self, painter: QPainter) -> None:
        colours = current_palette(self)
        frame = self._frame()
        if self.hasFocus():
            painter.setPen(QPen(QColor(colours.accent), 3))
        elif self._hovered or self.isDown():
            painter.setPen(QPen(QColor(colours.accent), 1.5))
        else:
            painter.setPen(QPen(QColor(colours.card_border), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(frame, TILE_RADIUS, TILE_RADIUS)


class PhotoTile(_Tile):
    """One photo's thumbnail: a click, Enter or Space opens it (``clicked``).

    Signals:
        remove: Delete or Backspace on the tile.
        menu: the context menu was asked for, at this global position (a ``QPoint``).
        step: Left, Right, Home or End: move the focus by this many photos (Home and End
            by the whole strip).
        focused: the tile took the keyboard focus (by a click, Tab or the program).
    """

    remove = Signal()
    menu = Signal(QPoint)
    step = Signal(int)
    focused = Signal()

    def __init__(self, shown: Shown, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shown = shown
        self.image = decode(shown.thumbnail)
        self._pixmap: QPixmap | None = None
        self.setToolTip(tooltip(shown.photo))

    @property
    def photo(self) -> Photo:
        """The photo this tile shows."""
        return self.shown.photo

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """The thumbnail's centre square with rounded corners, then its border."""
        ratio = self.devicePixelRatioF()
        if self._pixmap is None or self._pixmap.devicePixelRatio() != ratio:
            self._pixmap = square_crop(self.image, TILE_SIDE, ratio)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        path = QPainterPath()
        path.addRoundedRect(self._frame(), TILE_RADIUS, TILE_RADIUS)
        painter.save()
        painter.setClipPath(path)
        painter.fillRect(self._frame(), QColor(current_palette(self).grid))
        painter.drawPixmap(self.rect(), self._pixmap)
        painter.restore()
        self._paint_border(painter)
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Arrows move, Enter opens (as Space does), Delete removes; the rest as usual."""
        key = event.key()
        forward = 1 if self.layoutDirection() == Qt.LayoutDirection.LeftToRight else -1
        steps = {
            Qt.Key.Key_Left: -forward,
            Qt.Key.Key_Right: forward,
            Qt.Key.Key_Home: -MAX_STEP,
            Qt.Key.Key_End: MAX_STEP,
        }
        if key in steps:
            self.step.emit(steps[Qt.Key(key)])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove.emit()
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        """Say so: the strip's one Tab stop follows the focus."""
        super().focusInEvent(event)
        self.focused.emit()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt's name
        """Right-click or the menu key: the card offers Open, Save a copy and Remove."""
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self.menu.emit(event.globalPos())
        event.accept()


class BusyTile(_Tile):
    """A quiet placeholder where photos being prepared will appear (not a Tab stop)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)
        self.setAccessibleName(_(words.PHOTOS_BUSY_NAME))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """A dashed outline with three dots: something is on its way."""
        colours = current_palette(self)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(colours.muted), 1.2, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(colours.accent_soft))
        painter.drawRoundedRect(self._frame(), TILE_RADIUS, TILE_RADIUS)
        painter.setPen(QColor(colours.muted))
        font = painter.font()
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF(), 1.0) * 1.6)
        painter.setFont(font)
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter), "…")
        painter.end()


class PhotoStrip(QWidget):
    """The day's thumbnails, wrapping like words, with a busy tile while photos are added.

    Signals:
        open_requested: open the photo at this position of the strip (an ``int``).
        remove_requested: remove this ``Photo``.
        menu_requested: (``Photo``, global ``QPoint``): show the photo's context menu.
    """

    open_requested = Signal(int)
    remove_requested = Signal(object)
    menu_requested = Signal(object, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tiles: list[PhotoTile] = []
        self._focus = 0  # the tile Tab reaches
        self.busy_tile = BusyTile(self)
        self.busy_tile.hide()
        self._flow = FlowLayout(self)
        self._flow.setSpacing(SPACE[2])
        self._flow.addWidget(self.busy_tile)
        self.setAccessibleDescription(_(words.PHOTOS_STRIP_HELP))
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    # What is shown ---------------------------------------------------------------------------

    def set_photos(self, photos: Sequence[Shown]) -> None:
        """Show ``photos`` in order (the focus stays on the same photo where it can)."""
        had_focus = any(tile.hasFocus() for tile in self._tiles)
        focused = self._tiles[self._focus].photo.id if self._focus < len(self._tiles) else None
        for tile in self._tiles:
            self._flow.removeWidget(tile)
            tile.hide()
            tile.deleteLater()
        self._flow.removeWidget(self.busy_tile)
        self._tiles = []
        count = len(photos)
        for number, shown in enumerate(photos, start=1):
            tile = PhotoTile(shown, self)
            tile.setAccessibleName(accessible_name(shown.photo, number, count))
            tile.clicked.connect(lambda _checked=False, t=tile: self._open(t))
            tile.remove.connect(lambda t=tile: self.remove_requested.emit(t.photo))
            tile.menu.connect(lambda at, t=tile: self.menu_requested.emit(t.photo, at))
            tile.step.connect(lambda step, t=tile: self.move_focus(t, step))
            tile.focused.connect(lambda t=tile: self._focused(t))
            self._flow.addWidget(tile)
            tile.show()
            self._tiles.append(tile)
        self._flow.addWidget(self.busy_tile)  # always after the thumbnails
        ids = [shown.photo.id for shown in photos]
        self._focus = ids.index(focused) if focused in ids else min(self._focus, count - 1)
        self._focus = max(self._focus, 0)
        self._tab_stop()
        if had_focus and self._tiles:
            self._tiles[self._focus].setFocus(Qt.FocusReason.OtherFocusReason)
        self._show()

    def set_busy(self, busy: bool) -> None:
        """Show (or hide) the busy tile after the thumbnails."""
        self.busy_tile.setVisible(busy)
        self._show()

    def tiles(self) -> list[PhotoTile]:
        """The thumbnails shown, in order."""
        return list(self._tiles)

    def photos(self) -> list[Photo]:
        """The photos shown, in order."""
        return [tile.photo for tile in self._tiles]

    def focus_tile(self) -> PhotoTile | None:
        """The one thumbnail the Tab key reaches (None when there is none)."""
        return self._tiles[self._focus] if self._tiles else None

    def _show(self) -> None:
        self.setVisible(bool(self._tiles) or not self.busy_tile.isHidden())
        self._fit_height(self.width())
        self.updateGeometry()

    def _fit_height(self, width: int) -> None:
        """As tall as the rows the thumbnails wrap onto at ``width``.

        A layout inside the page's scroll area gives only the minimum height, so the minimum
        is the whole height.
        """
        height = self._flow.heightForWidth(max(width, TILE_SIDE))
        if self.minimumHeight() != height:
            self.setMinimumHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """Wrapped onto more or fewer rows: take their height."""
        super().resizeEvent(event)
        self._fit_height(event.size().width())

    # Keyboard --------------------------------------------------------------------------------

    def move_focus(self, tile: PhotoTile, step: int) -> None:
        """Focus the thumbnail ``step`` away from ``tile`` (it stops at either end)."""
        index = max(0, min(self._tiles.index(tile) + step, len(self._tiles) - 1))
        self._focus = index
        self._tab_stop()
        self._tiles[index].setFocus(Qt.FocusReason.TabFocusReason)

    def focus_photo(self, photo_id: int | None) -> None:
        """Give the keyboard to the thumbnail of ``photo_id`` (else to the strip's Tab stop)."""
        for index, tile in enumerate(self._tiles):
            if tile.photo.id == photo_id:
                self._focus = index
        self._tab_stop()
        focus = self.focus_tile()
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _focused(self, tile: PhotoTile) -> None:
        if tile in self._tiles:
            self._focus = self._tiles.index(tile)
            self._tab_stop()

    def _open(self, tile: PhotoTile) -> None:
        self._focus = self._tiles.index(tile)
        self._tab_stop()
        self.open_requested.emit(self._focus)

    def _tab_stop(self) -> None:
        """Only the focus tile is a Tab stop (the others still take a click)."""
        for index, tile in enumerate(self._tiles):
            strong = index == self._focus
            tile.setFocusPolicy(Qt.FocusPolicy.StrongFocus if strong else Qt.FocusPolicy.ClickFocus)
