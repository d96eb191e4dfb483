"""The photo viewer: one of the day's photos large, scaled to fit, with its name and its place.

It opens at once on the thumbnail, enlarged, while the original is read and decoded off the GUI
thread (``formats.photos.screen_pixels``, at most the window's size); the sharp picture replaces it
when it arrives, unless the user has moved on. Left and Right (Home and End) step through the
day's photos, Delete asks to remove the one shown, Ctrl+S to save a copy, Esc closes. The viewer
never writes: it asks its owner (the photos card), which tells it what is left with
``set_photos``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from diary.design import SPACE
from diary.i18n import _
from diary.ui.shell.fonts import scaled_font
from diary.ui.shell.tasks import Tasks
from diary.ui.shell.theme import current_palette
from diary.ui.today import photo_words as words
from diary.ui.today.photo_strip import Shown, decode

if TYPE_CHECKING:
    from PySide6.QtCore import QThreadPool

    from diary.domain.photos import Photo
    from diary.formats.photos import Pixels
    from diary.ui.shell.tasks import InlinePool

REDECODE_GROWTH = 1.25
"""A window this much larger than the photo was decoded for decodes it again, sharper."""
SHARPEN_MS = 250
"""How long a resize rests before the photo is decoded again for the new size."""
SCREEN_SHARE = 0.85
"""The viewer opens at this share of the screen's free area (never larger than the screen)."""
LONGEST_DECODED = 4096
"""Pixels on the longest side a photo is decoded at, at most (a 4K screen, full); a smaller
window decodes smaller, which is several times faster for a big JPEG."""


def image_of(pixels: Pixels) -> QImage:
    """A ``QImage`` of its own over decoded pixels (on the GUI thread)."""
    image = QImage(pixels.rgba, pixels.width, pixels.height, QImage.Format.Format_RGBA8888)
    return image.copy()  # the bytes object may go; the copy owns its pixels


class PhotoCanvas(QWidget):
    """Draws one image as large as fits, centred, never cropped and never enlarged past 2×."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QImage()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(SPACE[7] * 4, SPACE[7] * 3)

    def set_image(self, image: QImage) -> None:
        """Show ``image`` (a null image shows nothing)."""
        self.image = image
        self.update()

    def shown_rect(self) -> QRectF:
        """Where the image is drawn: scaled to fit, centred (empty without an image)."""
        if self.image.isNull():
            return QRectF()
        ratio = self.devicePixelRatioF()
        size = QSize(self.image.width(), self.image.height())
        natural = QSize(round(size.width() / ratio * 2), round(size.height() / ratio * 2))
        bounds = self.size().boundedTo(natural) if natural.isValid() else self.size()
        fitted = size.scaled(bounds, Qt.AspectRatioMode.KeepAspectRatio)
        left = (self.width() - fitted.width()) / 2
        top = (self.height() - fitted.height()) / 2
        return QRectF(left, top, fitted.width(), fitted.height())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """The image, smoothly scaled into ``shown_rect``."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        target = self.shown_rect()
        if not target.isEmpty():
            painter.drawImage(target, self.image)
        painter.end()


class PhotoViewer(QDialog):
    """The day's photos, one at a time, as large as the window allows.

    Args:
        photos: the day's photos with their thumbnails, in order.
        index: the one to show first.
        load: reads a photo's original bytes by its id (called in the pool: plain work only).
        pool: where photos are read and decoded (an ``InlinePool`` in tests).
        parent: the window it belongs to.

    Signals:
        remove_requested: the user asked to remove this ``Photo`` (Delete or the button).
        save_requested: the user asked to save a copy of this ``Photo``.
    """

    remove_requested = Signal(object)
    save_requested = Signal(object)

    def __init__(
        self,
        photos: Sequence[Shown],
        index: int,
        load: Callable[[int], bytes],
        pool: QThreadPool | InlinePool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_(words.VIEWER_TITLE))
        self.setObjectName("photoViewer")
        self._photos: list[Shown] = list(photos)
        self._index = max(0, min(index, len(self._photos) - 1))
        self._load = load
        self._start = Tasks(pool).start
        self._generation = 0
        self._decoded_for = 0  # the longest side the photo shown was decoded for
        self.sharpen_timer = QTimer(self)
        self.sharpen_timer.setSingleShot(True)
        self.sharpen_timer.setInterval(SHARPEN_MS)
        self.sharpen_timer.timeout.connect(self._sharpen)

        self.canvas = PhotoCanvas(self)
        self.position_label = QLabel(self)
        self.position_label.setFont(scaled_font(self.font(), 1.1, bold=True))
        self.position_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.position_label.setTextFormat(Qt.TextFormat.PlainText)  # a file's name, as it is
        self.state_label = QLabel(self)  # the keys, or that the photo opens (or cannot)
        self.state_label.setObjectName("hint")
        self.state_label.setWordWrap(True)
        self.state_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.previous_button = QPushButton(_(words.VIEWER_PREVIOUS), self)
        self.next_button = QPushButton(_(words.VIEWER_NEXT), self)
        self.save_button = QPushButton(_(words.PHOTO_SAVE_COPY), self)
        self.remove_button = QPushButton(_(words.PHOTO_REMOVE), self)
        self.close_button = QPushButton(_(words.VIEWER_CLOSE), self)
        for button in (
            self.previous_button,
            self.next_button,
            self.save_button,
            self.remove_button,
            self.close_button,
        ):
            button.setAutoDefault(False)
            button.installEventFilter(self)  # the arrows step through photos even from a button
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.save_button.clicked.connect(self._ask_save)
        self.remove_button.clicked.connect(self._ask_remove)
        self.close_button.clicked.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.previous_button)
        top.addWidget(self.position_label, 1)
        top.addWidget(self.next_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.state_label, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.remove_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE[4], SPACE[4], SPACE[4], SPACE[4])
        layout.setSpacing(SPACE[3])
        layout.addWidget(self.canvas, 1)
        layout.addLayout(top)
        layout.addLayout(bottom)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._fit_screen()
        self._show_current()

    # What is shown ---------------------------------------------------------------------------

    def photos(self) -> list[Photo]:
        """The photos it steps through, in order."""
        return [shown.photo for shown in self._photos]

    def index(self) -> int:
        """The position of the photo shown."""
        return self._index

    def current(self) -> Photo | None:
        """The photo shown (None when none is left)."""
        return self._photos[self._index].photo if self._photos else None

    def set_photos(self, photos: Sequence[Shown]) -> None:
        """The day's photos changed (one was removed): stay on the same one, or the next.

        With none left, the viewer closes.
        """
        current = self.current()
        self._photos = list(photos)
        if not self._photos:
            self.reject()
            return
        ids = [shown.photo.id for shown in self._photos]
        if current is not None and current.id in ids:
            self._index = ids.index(current.id)
        else:
            self._index = min(self._index, len(self._photos) - 1)
        self._show_current()

    def step(self, count: int) -> None:
        """Show the photo ``count`` places on (it stops at either end)."""
        if not self._photos:
            return
        index = max(0, min(self._index + count, len(self._photos) - 1))
        if index != self._index:
            self._index = index
            self._show_current()

    def _show_current(self) -> None:
        self._generation += 1
        if not self._photos:
            return
        shown = self._photos[self._index]
        photo = shown.photo
        name = photo.name or _(words.PHOTO_UNNAMED)
        self.position_label.setText(
            _(words.VIEWER_POSITION).format(
                name=name, number=self._index + 1, count=len(self._photos)
            )
        )
        self.canvas.set_image(decode(shown.thumbnail))  # at once, if soft; sharp when read
        self.canvas.setAccessibleName(
            _(words.VIEWER_IMAGE_NAME).format(name=name, width=photo.width, height=photo.height)
        )
        self.previous_button.setEnabled(self._index > 0)
        self.next_button.setEnabled(self._index < len(self._photos) - 1)
        self._say(_(words.VIEWER_OPENING))
        self._read(photo)

    def _say(self, state: str) -> None:
        """Say how the photo is opening, in the keys' place (so nothing moves); "" the keys."""
        self.state_label.setText(state or _(words.VIEWER_KEYS))

    def _read(self, photo: Photo) -> None:
        if photo.id is None:
            return
        generation, load, photo_id = self._generation, self._load, photo.id
        longest = self._longest()
        self._decoded_for = longest

        def done(pixels: Pixels) -> None:
            if isValid(self) and generation == self._generation:
                self.canvas.set_image(image_of(pixels))
                self._say("")

        def failed(error: Exception) -> None:
            if isValid(self) and generation == self._generation:
                self._say(_(words.PHOTO_NOT_READ).format(reason=error))

        def decode() -> Pixels:
            from diary.formats.photos import screen_pixels  # Pillow: loaded on first use

            return screen_pixels(load(photo_id), longest)

        self._start(decode, done, failed)

    def _longest(self) -> int:
        """Pixels on the longest side worth decoding: the window's, on this screen."""
        size = self.size() * self.devicePixelRatioF()
        return max(1, min(LONGEST_DECODED, max(size.width(), size.height())))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """Grown well past the size the photo was decoded for: decode it again, sharper."""
        super().resizeEvent(event)
        if self._longest() > self._decoded_for * REDECODE_GROWTH:
            self.sharpen_timer.start()

    def _sharpen(self) -> None:
        photo = self.current()
        if photo is None or self._longest() <= self._decoded_for * REDECODE_GROWTH:
            return
        if max(photo.width, photo.height) <= self._decoded_for:
            return  # it was decoded whole already
        self._generation += 1
        self._read(photo)

    def _fit_screen(self) -> None:
        screen = self.screen()
        if screen is None:
            self.resize(900, 700)
            return
        free = screen.availableGeometry()
        self.resize(round(free.width() * SCREEN_SHARE), round(free.height() * SCREEN_SHARE))

    # Keys -------------------------------------------------------------------------------------

    def set_can_remove(self, can: bool) -> None:
        """Offer Remove photo (and Delete), or not (a diary Hearth may only read)."""
        self.remove_button.setEnabled(can)

    def _ask_remove(self) -> None:
        photo = self.current()
        if photo is not None and self.remove_button.isEnabled():
            self.remove_requested.emit(photo)

    def _ask_save(self) -> None:
        photo = self.current()
        if photo is not None:
            self.save_requested.emit(photo)

    def handle_key(self, event: QKeyEvent) -> bool:
        """Left/Right, Home/End, Delete and Ctrl+S; True when the key was the viewer's."""
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.matches(QKeySequence.StandardKey.Save):
            self._ask_save()
            return True
        if modifiers != Qt.KeyboardModifier.NoModifier:
            return False
        forward = 1 if self.layoutDirection() == Qt.LayoutDirection.LeftToRight else -1
        if key == Qt.Key.Key_Left:
            self.step(-forward)
        elif key == Qt.Key.Key_Right:
            self.step(forward)
        elif key == Qt.Key.Key_Home:
            self.step(-len(self._photos))
        elif key == Qt.Key.Key_End:
            self.step(len(self._photos))
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._ask_remove()
        else:
            return False
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """The viewer's keys (see ``handle_key``); Esc closes, as in any dialog."""
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """The viewer's keys reach it from its buttons too."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self.handle_key(event)
        return super().eventFilter(watched, event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """A calm backdrop: the theme's window colour (the style sheet paints the rest)."""
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(current_palette(self).window))
        painter.end()
        super().paintEvent(event)
