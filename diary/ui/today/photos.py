"""A day's photos on Today: their strip under the words, "Add photos…", drops, removing, copies.

Adding is a queue: each file is read, checked and given its thumbnail off the GUI thread
(``formats.photos.read_photo_file``: the whole picture is decoded), one after another so they keep
the order they were chosen in and only one original is in memory at a time; each is stored on the
GUI thread as the page's other saves are (``Repository.add_photo``) and appears as it is stored.
Meanwhile a busy tile and "Adding 3 photos…" say so quietly; typing goes on. A file Hearth does
not take (too big, HEIC, damaged, the 25th of the day…) does not stop the others: the reasons of
a whole drop are gathered into one message under the photos, in the words of ``diary.messages``.

A removed photo can be put back with Undo remove (as a removed contact can) until another day
is opened: its bytes are read off the GUI thread before it is removed, and kept in memory only.
Save a copy writes the original, unchanged, to a file the user picks (atomically), like an
export: the only way a photo leaves the encrypted diary.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QChildEvent, QEvent, QObject, QPoint, QStandardPaths, Qt, Signal
from PySide6.QtGui import QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from diary import messages
from diary.design import SPACE
from diary.domain.models import ValidationError
from diary.domain.photos import (
    EXTENSIONS,
    MAX_PHOTO_BYTES,
    MAX_PHOTOS_PER_DAY,
    Photo,
    PhotoProblem,
    PhotoRefused,
    PreparedPhoto,
)
from diary.i18n import _
from diary.storage.atomic import atomic_write
from diary.storage.errors import StorageError
from diary.ui.shell.card import Card
from diary.ui.shell.tasks import Tasks
from diary.ui.today import photo_words as words
from diary.ui.today.photo_strip import PhotoStrip, Shown

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData, QThreadPool

    from diary.storage.repository import Repository
    from diary.ui.shell.tasks import InlinePool
    from diary.ui.today.photo_viewer import PhotoViewer

PICK_PATTERNS = (
    "*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif *.JPG *.JPEG *.PNG *.WEBP *.GIF *.HEIC *.HEIF"
)
"""What the file picker shows by default: the formats Hearth takes, and a phone's HEIC photos
(the picker hides what its filter leaves out, so they are listed to be told why not)."""


def reason_text(error: Exception) -> str:
    """Why something failed, in the user's language, as one sentence."""
    if isinstance(error, PhotoRefused):
        return messages.photo_refused(error)
    text = str(error).strip() or type(error).__name__
    return text if text.endswith((".", "!", "?", "…")) else f"{text}."


def refusal_text(name: str, error: Exception) -> str:
    """One line of the files not added: a refusal names its file, another error is named."""
    if isinstance(error, PhotoRefused):
        return messages.photo_refused(error)
    return _(words.PHOTOS_NOT_ADDED_LINE).format(name=name, reason=reason_text(error))


def dropped_paths(mime: QMimeData) -> list[Path]:
    """The local files of a drag (links to elsewhere are not files Hearth can read)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


@dataclass(frozen=True, slots=True)
class _Queued:
    """A file waiting to be added, with the day it was dropped on."""

    path: Path
    day: dt.date


@dataclass
class _Batch:
    """What one run of the queue added and refused (it ends when the queue is empty)."""

    added: dict[dt.date, int]
    refused: list[str]  # why each file was not added, in words


class Ask:
    """The files the card asks for; real dialogs by default, answers injected in tests."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent

    def open_paths(self, title: str, filters: str, start: str) -> list[str]:
        """Files to add (several at once), or [] when cancelled."""
        return QFileDialog.getOpenFileNames(self._parent, title, start, filters)[0]

    def save_path(self, title: str, suggested: str, filters: str) -> str:
        """A file to write, or "" when cancelled."""
        return QFileDialog.getSaveFileName(self._parent, title, suggested, filters)[0]


class DayPhotos(QWidget):
    """The photos of the day on screen, and everything done with them.

    It takes no room while the day has no photos and nothing is being added: the page puts
    its ``add_button`` with the entry's other buttons. Files dragged over the entry light up
    ``card`` (the entry's card), whose title then says where they go.

    Args:
        card: the card it sits in, highlighted while files are dragged over the entry.
        pool: where files are prepared and photos read (an ``InlinePool`` in tests).
        parent: the parent widget.
        ask: the file dialogs (tests pass answers).

    Signals:
        status: a line for the status bar ("Added 3 photos…", or what went wrong).
    """

    status = Signal(str)

    def __init__(
        self,
        card: Card | None = None,
        pool: QThreadPool | InlinePool | None = None,
        parent: QWidget | None = None,
        *,
        ask: Ask | None = None,
    ) -> None:
        super().__init__(parent)
        self.card = card
        self.ask = ask or Ask(self)
        self._pool = pool
        self._start = Tasks(pool).start
        self._repository: Repository | None = None
        self._day: dt.date | None = None
        self._shown: list[Shown] = []
        self._queue: list[_Queued] = []
        self._preparing: _Queued | None = None
        self._batch = _Batch({}, [])
        self._generation = 0  # a lock (or a new diary) drops every answer still on its way
        self._removing: set[int] = set()
        self._removed: PreparedPhoto | None = None
        self._folder = ""
        self._title = ""  # the card's own title, while a drop is proposed
        self._read_only = False
        self.viewer: PhotoViewer | None = None
        self.setAccessibleName(_(words.PHOTOS_TITLE))

        self.strip = PhotoStrip(self)
        self.strip.hide()
        self.strip.open_requested.connect(self.open_viewer)
        self.strip.remove_requested.connect(self.remove)
        self.strip.menu_requested.connect(self._show_menu)
        self.add_button = QPushButton(_(words.PHOTOS_ADD), self)
        self.add_button.setAutoDefault(False)
        self.add_button.setToolTip(
            _(words.PHOTOS_ADD_TIP).format(
                size=messages.megabytes(MAX_PHOTO_BYTES), count=MAX_PHOTOS_PER_DAY
            )
        )
        self.add_button.clicked.connect(self.pick_files)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("hint")
        self.state_label.setWordWrap(True)
        self.state_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.undo_button = QPushButton(_(words.PHOTO_UNDO), self)
        self.undo_button.setAutoDefault(False)
        self.undo_button.clicked.connect(self.undo_remove)
        self.undo_button.hide()
        self.state_row = QWidget(self)
        state = QHBoxLayout(self.state_row)
        state.setContentsMargins(0, 0, 0, 0)
        state.addWidget(self.undo_button)
        state.addWidget(self.state_label, 1)

        self.problems = QWidget(self)
        self.problems_label = QLabel(self.problems)
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)  # file names, as they are
        self.problems_label.setAccessibleName(_(words.PHOTOS_PROBLEMS_NAME))
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dismiss_button = QToolButton(self.problems)
        self.dismiss_button.setText("×")
        self.dismiss_button.setToolTip(_(words.PHOTOS_DISMISS_TIP))
        self.dismiss_button.setAccessibleName(_(words.PHOTOS_DISMISS))
        self.dismiss_button.clicked.connect(self.dismiss_problems)
        problems = QHBoxLayout(self.problems)
        problems.setContentsMargins(0, 0, 0, 0)
        problems.addWidget(self.problems_label, 1)
        problems.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        self.problems.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACE[2])
        layout.addWidget(self.strip)
        layout.addWidget(self.state_row)
        layout.addWidget(self.problems)
        self._show_state()

    # The diary and the day -------------------------------------------------------------------

    def attach(self, repository: Repository) -> None:
        """Work on the unlocked diary (``show_day`` then shows a day's photos)."""
        self._repository = repository
        self._generation += 1

    def detach(self) -> None:
        """Forget the diary: no photo stays on screen or in memory, the queue is dropped."""
        self._repository = None
        self._generation += 1
        self._queue.clear()
        self._preparing = None
        self._batch = _Batch({}, [])
        self._removing.clear()
        self._removed = None
        self._day = None
        self._shown = []
        self.close_viewer()
        self.strip.set_photos([])
        self.strip.set_busy(False)
        self.undo_button.hide()
        self.dismiss_problems()
        self.set_dropping(False)
        self._show_state()

    def day(self) -> dt.date | None:
        """The day whose photos are shown."""
        return self._day

    def show_day(self, day: dt.date) -> bool:
        """Show the photos of ``day`` (False, and nothing shown, if they cannot be read)."""
        if self._day != day:
            self._removed = None
            self.undo_button.hide()
            self.dismiss_problems()
            self.close_viewer()
        self._day = day
        self.strip.setAccessibleName(_(words.PHOTOS_STRIP_NAME).format(date=messages.long_day(day)))
        repository = self._repository
        if repository is None:
            return False
        try:
            shown = [
                Shown(photo, repository.photo_thumbnail(photo.id))
                for photo in repository.photos(day)
                if photo.id is not None
            ]
        except (StorageError, ValidationError) as error:  # ValidationError: one just went
            self._set_shown([])
            self.status.emit(_(words.PHOTOS_READ_FAILED).format(reason=reason_text(error)))
            return False
        self._set_shown(shown)
        return True

    def shown(self) -> list[Shown]:
        """The photos shown, with their thumbnails, in order."""
        return list(self._shown)

    def _set_shown(self, shown: Sequence[Shown]) -> None:
        self._shown = list(shown)
        self.strip.set_photos(self._shown)
        self._show_state()
        if self.viewer is not None and isValid(self.viewer):
            self.viewer.set_photos(self._shown)

    def _show_state(self) -> None:
        """Say how many are being added; take no room when there is nothing to show."""
        waiting = self.adding()
        here = self._day is not None and self._waiting_for(self._day)
        self.strip.set_busy(here)
        self.state_label.setText(words.PHOTOS_ADDING(waiting) if waiting else "")
        self.state_label.setVisible(bool(waiting))
        self.state_row.setVisible(bool(waiting) or not self.undo_button.isHidden())
        self.setVisible(
            bool(self._shown) or here or not self.state_row.isHidden() or self._has_problems()
        )

    def _has_problems(self) -> bool:
        return bool(self.problems_label.text())

    def _waiting_for(self, day: dt.date) -> bool:
        pending = [*self._queue, *([self._preparing] if self._preparing else [])]
        return any(item.day == day for item in pending)

    # Adding ----------------------------------------------------------------------------------

    def can_take(self, mime: QMimeData) -> bool:
        """True when a drag brings local files and photos can be added now."""
        return self._ready() and bool(dropped_paths(mime))

    def _ready(self) -> bool:
        return (
            self._repository is not None
            and self._day is not None
            and self.isEnabled()
            and not self._read_only
        )

    def set_read_only(self, read_only: bool) -> None:
        """A diary Hearth may only read: its photos open and copy, none is added or removed."""
        self._read_only = read_only
        self.add_button.setEnabled(not read_only)
        if read_only:
            self._removed = None
            self.undo_button.hide()
            self._show_state()
        if self.viewer is not None and isValid(self.viewer):
            self.viewer.set_can_remove(not read_only)

    def _start_folder(self) -> str:
        """Where the file dialogs open: the folder used last, else Pictures, else home."""
        if self._folder and Path(self._folder).is_dir():
            return self._folder
        pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        return pictures if pictures and Path(pictures).is_dir() else str(Path.home())

    def pick_files(self) -> None:
        """Ask for files (several at once) and add them to the day shown."""
        if not self._ready() or self._day is None:
            return
        start = self._start_folder()
        filters = ";;".join(
            (_(words.PHOTOS_PICK_FILTER).format(patterns=PICK_PATTERNS), _(words.PHOTOS_PICK_ALL))
        )
        title = _(words.PHOTOS_PICK_TITLE).format(date=messages.long_day(self._day))
        chosen = self.ask.open_paths(title, filters, start)
        if chosen:
            self._folder = str(Path(chosen[0]).parent)
            self.add_files(Path(path) for path in chosen)

    def add_files(self, paths: Iterable[Path]) -> None:
        """Add these files to the day shown, in this order, off the GUI thread."""
        day = self._day
        if not self._ready() or day is None:
            return
        if not self._queue and self._preparing is None:  # a new batch: a new message
            self._batch = _Batch({}, [])
            self.dismiss_problems()
        self._queue.extend(_Queued(path, day) for path in paths)
        self._show_state()
        self._next()

    def adding(self) -> int:
        """How many files are still waiting to be added (the one being prepared included)."""
        return len(self._queue) + (self._preparing is not None)

    def _next(self) -> None:
        if self._preparing is not None:
            return
        if not self._queue:
            self._batch_ended()
            return
        item = self._preparing = self._queue.pop(0)
        if item.day == self._day and len(self._shown) >= MAX_PHOTOS_PER_DAY:
            # The day shown is full: say so at once rather than decode a photo to refuse it.
            full = PhotoRefused(
                PhotoProblem.TOO_MANY_FOR_DAY,
                name=item.path.name,
                day=item.day,
                limit=MAX_PHOTOS_PER_DAY,
            )
            self._batch.refused.append(refusal_text(item.path.name, full))
            self._prepared()
            return
        generation = self._generation
        path, day = item.path, item.day  # the work holds plain values only

        def done(prepared: PreparedPhoto) -> None:
            if generation == self._generation and isValid(self):
                self._store(item, prepared)
                self._prepared()

        def failed(error: Exception) -> None:
            if generation == self._generation and isValid(self):
                self._batch.refused.append(refusal_text(path.name, error))
                self._prepared()

        def prepare() -> PreparedPhoto:
            from diary.formats.photos import read_photo_file  # Pillow: loaded on first use

            return read_photo_file(path, day)

        self._start(prepare, done, failed)

    def _prepared(self) -> None:
        self._preparing = None
        self._show_state()
        self._next()

    def _store(self, item: _Queued, prepared: PreparedPhoto) -> None:
        """Save a prepared photo (on the GUI thread); show it if its day is on screen."""
        repository = self._repository
        if repository is None:
            return
        try:
            stored = repository.add_photo(prepared)
        except (PhotoRefused, StorageError) as error:
            self._batch.refused.append(refusal_text(item.path.name, error))
            return
        self._batch.added[item.day] = self._batch.added.get(item.day, 0) + 1
        if item.day == self._day:
            self._set_shown([*self._shown, Shown(stored, prepared.thumbnail)])

    def _batch_ended(self) -> None:
        batch = self._batch
        self._show_state()
        sentences = [
            words.PHOTOS_ADDED(count, date=messages.long_day(day))
            for day, count in sorted(batch.added.items())
        ]
        if batch.refused:
            lines = [words.PHOTOS_NOT_ADDED(len(batch.refused))]
            lines += [f"• {why}" for why in batch.refused]
            self.problems_label.setText("\n".join(lines))
            self.problems.show()
            self._show_state()
            sentences.append(words.PHOTOS_NOT_ADDED_STATUS(len(batch.refused)))
        if sentences:
            self.status.emit(" ".join(sentences))
        self._batch = _Batch({}, [])

    def dismiss_problems(self) -> None:
        """Hide the message about files that were not added."""
        self.problems_label.clear()
        self.problems.hide()
        self._show_state()

    # Dropping --------------------------------------------------------------------------------

    def set_dropping(self, dropping: bool) -> None:
        """Light up the entry's card (or stop): files let go now are added to the day.

        Its title says so in place of its own, on the same line, so nothing moves.
        """
        card = self.card
        if card is None or self.dropping() == dropping:
            return
        if dropping:
            self._title = card.title_label.text()
            if self._day is not None:
                date = messages.long_day(self._day)
                card.set_title(_(words.PHOTOS_DROP_HERE).format(date=date))
        else:
            card.set_title(self._title)
        card.setProperty("dropping", "true" if dropping else "false")
        card.style().unpolish(card)
        card.style().polish(card)
        card.update()

    def dropping(self) -> bool:
        """True while files are dragged over the entry."""
        return self.card is not None and self.card.property("dropping") == "true"

    # Removing and putting back ---------------------------------------------------------------

    def remove(self, photo: Photo) -> None:
        """Remove ``photo`` (its bytes are read first, for Undo remove)."""
        repository = self._repository
        photo_id = photo.id
        if repository is None or photo_id is None or photo_id in self._removing:
            return
        if not self.isEnabled() or self._read_only:
            return
        self._removing.add(photo_id)
        generation = self._generation

        def read() -> tuple[bytes, bytes]:
            return repository.photo_data(photo_id), repository.photo_thumbnail(photo_id)

        def done(found: tuple[bytes, bytes]) -> None:
            if generation == self._generation and isValid(self):
                self._removing.discard(photo_id)
                self._delete(photo, *found)

        def failed(error: Exception) -> None:
            if generation == self._generation and isValid(self):
                self._removing.discard(photo_id)
                self.status.emit(_(words.PHOTO_NOT_REMOVED).format(reason=reason_text(error)))

        self._start(read, done, failed)

    def _delete(self, photo: Photo, data: bytes, thumbnail: bytes) -> None:
        repository = self._repository
        if repository is None or photo.id is None:
            return
        try:
            repository.delete_photo(photo.id)
        except StorageError as error:
            self.status.emit(_(words.PHOTO_NOT_REMOVED).format(reason=reason_text(error)))
            return
        name = photo.name or _(words.PHOTO_UNNAMED)
        if photo.day == self._day:
            self._removed = PreparedPhoto(replace(photo, id=None, added=None), data, thumbnail)
            self.undo_button.setToolTip(_(words.PHOTO_UNDO_TIP).format(name=name))
            self.undo_button.show()
            focused = QApplication.focusWidget()
            had_focus = focused is not None and self.strip.isAncestorOf(focused)
            self._set_shown([s for s in self._shown if s.photo.id != photo.id])
            if had_focus and not self._shown:  # the last one went: the keyboard stays here
                self.undo_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.status.emit(_(words.PHOTO_REMOVED).format(name=name))

    def undo_remove(self) -> None:
        """Put the last removed photo back on its day."""
        removed, repository = self._removed, self._repository
        if removed is None or repository is None:
            return
        try:
            stored = repository.add_photo(removed)
        except (PhotoRefused, StorageError) as error:
            self.status.emit(_(words.PHOTO_NOT_PUT_BACK).format(reason=reason_text(error)))
            return
        self._removed = None
        self.undo_button.hide()
        self._show_state()
        if stored.day == self._day:
            self._set_shown([*self._shown, Shown(stored, removed.thumbnail)])
        name = stored.name or _(words.PHOTO_UNNAMED)
        self.status.emit(_(words.PHOTO_PUT_BACK).format(name=name))

    def can_undo(self) -> bool:
        """True while Undo remove can put a photo back."""
        return self._removed is not None

    # Saving a copy ---------------------------------------------------------------------------

    def save_copy(self, photo: Photo) -> None:
        """Ask where, then write the photo's original bytes there (off the GUI thread)."""
        repository = self._repository
        photo_id = photo.id
        if repository is None or photo_id is None:
            return
        suffix = EXTENSIONS[photo.mime]
        name = photo.name or f"{photo.day.isoformat()}{suffix}"
        suggested = str(Path(self._start_folder()) / name)
        filters = ";;".join(
            (_(words.PHOTO_SAVE_FILTER).format(suffix=suffix), _(words.PHOTOS_PICK_ALL))
        )
        chosen = self.ask.save_path(_(words.PHOTO_SAVE_TITLE), suggested, filters)
        if not chosen:
            return
        target = Path(chosen)
        self._folder = str(target.parent)
        generation = self._generation

        def write() -> Path:
            atomic_write(target, repository.photo_data(photo_id))
            return target

        def done(written: Path) -> None:
            if generation == self._generation and isValid(self):
                shown = photo.name or _(words.PHOTO_UNNAMED)
                self.status.emit(_(words.PHOTO_COPY_SAVED).format(name=shown, path=written))

        def failed(error: Exception) -> None:
            if generation == self._generation and isValid(self):
                reason = (error.strerror or str(error)) if isinstance(error, OSError) else error
                self.status.emit(_(words.PHOTO_COPY_FAILED).format(reason=reason))

        self._start(write, done, failed)

    # The viewer and the menu -----------------------------------------------------------------

    def open_viewer(self, index: int) -> PhotoViewer | None:
        """Open the viewer on the photo at ``index`` of the strip."""
        repository = self._repository
        if repository is None or not 0 <= index < len(self._shown):
            return None
        from diary.ui.today.photo_viewer import PhotoViewer

        self.close_viewer()
        viewer = PhotoViewer(self._shown, index, repository.photo_data, self._pool, self.window())
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.set_can_remove(not self._read_only)
        viewer.remove_requested.connect(self.remove)
        viewer.save_requested.connect(self.save_copy)
        viewer.finished.connect(lambda _result: self._viewer_closed(viewer))
        self.viewer = viewer
        viewer.open()
        return viewer

    def close_viewer(self) -> None:
        """Close the viewer, if it is open (a new day, a lock)."""
        viewer, self.viewer = self.viewer, None
        if viewer is not None and isValid(viewer):
            viewer.reject()

    def _viewer_closed(self, viewer: PhotoViewer) -> None:
        """Back on the strip, on the photo the viewer showed last."""
        if self.viewer is viewer:
            self.viewer = None
        last = viewer.current() if isValid(viewer) else None
        self.strip.focus_photo(last.id if last is not None else None)

    def context_menu(self, photo: Photo) -> QMenu:
        """The menu of one photo: Open, Save a copy…, Remove photo."""
        menu = QMenu(self)
        index = next(i for i, shown in enumerate(self._shown) if shown.photo == photo)
        menu.addAction(_(words.PHOTO_OPEN), lambda: self.open_viewer(index))
        menu.addAction(_(words.PHOTO_SAVE_COPY), lambda: self.save_copy(photo))
        menu.addSeparator()
        remove = menu.addAction(_(words.PHOTO_REMOVE), lambda: self.remove(photo))
        remove.setEnabled(self.isEnabled() and not self._read_only)
        return menu

    def _show_menu(self, photo: Photo, at: QPoint) -> None:
        menu = self.context_menu(photo)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(at)


_LOOKED_AT = frozenset(
    (
        QEvent.Type.ChildAdded,
        QEvent.Type.DragEnter,
        QEvent.Type.DragMove,
        QEvent.Type.DragLeave,
        QEvent.Type.Drop,
    )
)


class PhotoDrop(QObject):
    """Lets image files be dropped anywhere on the entry, for the photos card.

    It looks at the entry's area and every widget in it, those added later too (another
    gratitude line): a text field would otherwise paste a dropped file's path as text. Only
    drags that bring local files are taken; other drags and every other event pass unchanged.
    """

    def __init__(self, card: DayPhotos, area: QWidget) -> None:
        super().__init__(card)
        self._card = card
        area.setAcceptDrops(True)
        self._watch(area)

    def _watch(self, widget: QWidget) -> None:
        widget.installEventFilter(self)  # installing twice keeps one filter
        for child in widget.findChildren(QWidget):
            child.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Take drags of local files; say where they go; add them when dropped."""
        kind = event.type()
        if kind not in _LOOKED_AT:  # the common case, first: typing and painting pass at once
            return False
        if kind == QEvent.Type.ChildAdded:
            child = event.child() if isinstance(event, QChildEvent) else None
            if isinstance(child, QWidget):
                self._watch(child)
            return False
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragMoveEvent)
            if not self._card.can_take(event.mimeData()):
                return False
            event.acceptProposedAction()
            self._card.set_dropping(True)
            return True
        if kind == QEvent.Type.DragLeave:
            self._card.set_dropping(False)
            return False
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            self._card.set_dropping(False)
            if not self._card.can_take(event.mimeData()):
                return False
            event.acceptProposedAction()
            self._card.add_files(dropped_paths(event.mimeData()))
            return True
        return False
