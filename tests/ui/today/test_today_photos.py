"""A day's photos on Today, on a real diary: adding, dropping, refusing, viewing, removing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QContextMenuEvent, QDragEnterEvent, QDragLeaveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from diary.domain.photos import MAX_PHOTOS_PER_DAY
from diary.formats.photos import read_photo_file
from diary.settings import Settings
from diary.storage.repository import Repository
from diary.ui.shell.tasks import InlinePool
from diary.ui.today.page import TodayPage
from diary.ui.today.photos import Ask, DayPhotos

pytestmark = pytest.mark.gui

SATURDAY = dt.date(2026, 11, 21)
NOW = dt.datetime(2026, 11, 21, 20, 0)


class Deferred:
    """A pool that keeps tasks until the test runs them (each answer may start another)."""

    def __init__(self) -> None:
        self.tasks: list[object] = []

    def start(self, task: object) -> None:
        self.tasks.append(task)

    def run_all(self) -> None:
        while self.tasks:
            self.tasks.pop(0).run()  # type: ignore[attr-defined]


class Answers(Ask):
    """The file dialogs, answered by the test."""

    def __init__(self) -> None:
        self.open: list[str] = []
        self.save = ""
        self.asked: list[str] = []
        self.starts: list[str] = []

    def open_paths(self, title: str, filters: str, start: str) -> list[str]:
        self.asked.append(filters)
        self.starts.append(start)
        return list(self.open)

    def save_path(self, title: str, suggested: str, filters: str) -> str:
        self.asked.append(suggested)
        return self.save


def picture(path: Path, colour: tuple[int, int, int], kind: str = "PNG") -> Path:
    """A small picture file (each colour gives other bytes: the same file twice is refused)."""
    Image.new("RGB", (40, 30), colour).save(path, kind)
    return path


def files(tmp_path: Path, count: int, start: int = 0) -> list[Path]:
    return [
        picture(tmp_path / f"IMG_{n:04}.png", (n % 256, n // 256, 90))
        for n in range(start, start + count)
    ]


def drag_mime(paths: Sequence[Path]) -> QMimeData:
    """What a file manager puts on a drag: file URLs (and their paths as text)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    mime.setText("\n".join(str(path) for path in paths))
    return mime


def drag_enter(widget: QWidget, mime: QMimeData) -> bool:
    event = QDragEnterEvent(
        QPoint(4, 4),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def drop(widget: QWidget, mime: QMimeData) -> bool:
    """Drag ``mime`` onto ``widget`` and let go (Qt takes a drop only after its drag entered)."""
    drag_enter(widget, mime)
    event = QDropEvent(
        QPointF(4, 4),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


@pytest.fixture
def make_page(
    qtbot: QtBot, repo: Repository, tmp_path: Path
) -> Callable[..., tuple[TodayPage, Answers]]:
    def make(pool: object | None = None) -> tuple[TodayPage, Answers]:
        page = TodayPage(clock=lambda: NOW, autosave_ms=20, pool=pool or InlinePool())  # type: ignore[arg-type]
        answers = Answers()
        page.day_photos.ask = answers
        qtbot.addWidget(page)
        page.attach(repo, Settings(tmp_path / "settings.json"))
        page.resize(1200, 1400)
        page.show()
        with qtbot.waitActive(page):
            page.activateWindow()
        return page, answers

    return make


def names(card: DayPhotos) -> list[str]:
    return [shown.photo.name for shown in card.shown()]


def test_add_photos_adds_several_files_in_their_order_and_says_so(
    make_page: Callable[..., tuple[TodayPage, Answers]], repo: Repository, tmp_path: Path
) -> None:
    page, answers = make_page()
    card = page.day_photos
    assert card.isHidden() and card.add_button.isVisible()  # no photos: only the button
    assert "drop image files" in card.add_button.toolTip()
    statuses: list[str] = []
    page.status.connect(statuses.append)
    answers.open = [str(path) for path in files(tmp_path, 3)]
    card.add_button.click()
    assert all(p in answers.asked[0] for p in ("*.jpg", "*.webp", "*.heic"))  # HEIC: told why
    assert names(card) == ["IMG_0000.png", "IMG_0001.png", "IMG_0002.png"]
    assert [p.name for p in repo.photos(SATURDAY)] == names(card)
    assert card.strip.isVisible() and card.state_label.isHidden()
    tiles = card.strip.tiles()
    assert tiles[1].accessibleName() == "Photo 2 of 3, IMG_0001.png"
    assert card.strip.accessibleName() == "Photos of Saturday 21 November 2026"
    assert "Left and Right move" in card.strip.accessibleDescription()
    assert statuses[-1] == "Added 3 photos to Saturday 21 November 2026."
    page.go_previous_day()
    assert card.shown() == [] and card.strip.isHidden()
    page.go_next_day()
    assert names(card) == ["IMG_0000.png", "IMG_0001.png", "IMG_0002.png"]
    answers.open = []
    card.add_button.click()  # cancelled: nothing changes
    assert answers.starts[-1] == str(tmp_path)  # the picker opens where it was used last
    assert len(repo.photos(SATURDAY)) == 3


def test_files_dropped_on_the_entry_are_added_and_the_refused_ones_are_gathered(
    make_page: Callable[..., tuple[TodayPage, Answers]], repo: Repository, tmp_path: Path
) -> None:
    page, _answers = make_page()
    card = page.day_photos
    page.text_edit.setFocus()
    page.text_edit.setPlainText("A walk by the river.")
    good = files(tmp_path, 2)
    notes = tmp_path / "notes.txt"
    notes.write_text("not a picture", encoding="utf-8")
    heic = tmp_path / "IMG_9999.HEIC"
    heic.write_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(64))
    broken = tmp_path / "cut.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0" + bytes(30))  # a JPEG's start, then nothing
    mime = drag_mime([good[0], notes, heic, broken, good[1]])
    # Onto the text box: the files are taken as photos, never pasted in as their paths.
    viewport = page.text_edit.viewport()
    assert drag_enter(viewport, mime)
    title = page.text_card.title_label
    assert card.dropping() and page.text_card.property("dropping") == "true"
    assert title.text() == "Drop to add the photos to Saturday 21 November 2026."
    assert drop(viewport, mime)
    assert not card.dropping() and title.text() == "Anything else?"
    assert page.text_edit.toPlainText() == "A walk by the river."  # what was typed stays
    assert names(card) == ["IMG_0000.png", "IMG_0001.png"]  # the good ones of the drop
    assert card.problems.isVisible()
    told = card.problems_label.text().splitlines()
    assert told[0] == "3 files were not added:"
    assert any("notes.txt" in line and "not a photo" in line for line in told)
    assert any("IMG_9999.HEIC" in line and "HEIC" in line for line in told)
    assert any("cut.jpg" in line for line in told)
    assert len(told) == 4  # one message for the whole drop, not one per file
    assert page.flush() and repo.entry(SATURDAY) is not None
    assert repo.entry(SATURDAY).text == "A walk by the river."  # type: ignore[union-attr]
    card.dismiss_button.click()
    assert card.problems.isHidden()


def test_a_drop_anywhere_on_the_entry_is_taken_and_other_drags_pass(
    make_page: Callable[..., tuple[TodayPage, Answers]], tmp_path: Path
) -> None:
    page, _answers = make_page()
    card = page.day_photos
    mime = drag_mime(files(tmp_path, 1))
    assert drag_enter(page.mood_grid, mime) and card.dropping()  # a widget without drops
    QApplication.sendEvent(page.mood_grid, QDragLeaveEvent())
    assert not card.dropping()
    text = QMimeData()
    text.setText("just words")
    assert not drag_enter(page.mood_grid, text) and not card.dropping()
    web = QMimeData()
    web.setUrls([QUrl("https://example.org/photo.jpg")])
    assert not drag_enter(page.content, web)  # not a file on this computer
    # A gratitude line added after the page was built takes file drops for the photos too.
    line = page.gratitude_editor.add_line()
    assert line is not None
    assert drop(line, mime) and names(card) == ["IMG_0000.png"] and line.text() == ""


def test_preparing_runs_off_the_gui_thread_quietly_and_typing_goes_on(
    qtbot: QtBot,
    make_page: Callable[..., tuple[TodayPage, Answers]],
    repo: Repository,
    tmp_path: Path,
) -> None:
    pool = Deferred()
    page, answers = make_page(pool)
    pool.run_all()  # what the page's other cards read
    card = page.day_photos
    answers.open = [str(path) for path in files(tmp_path, 3)]
    card.pick_files()
    assert card.adding() == 3 and card.state_label.text() == "Adding 3 photos…"
    assert card.strip.isVisible() and card.strip.busy_tile.isVisible()
    assert len(pool.tasks) == 1  # one at a time: in order, one original in memory
    qtbot.keyClicks(page.text_edit, "still typing")
    assert page.text_edit.toPlainText() == "still typing"
    pool.tasks.pop(0).run()  # type: ignore[attr-defined]
    assert names(card) == ["IMG_0000.png"] and card.state_label.text() == "Adding 2 photos…"
    pool.run_all()
    assert card.adding() == 0 and not card.strip.busy_tile.isVisible()
    assert len(repo.photos(SATURDAY)) == 3


def test_photos_keep_the_day_they_were_dropped_on_and_a_lock_drops_what_is_on_its_way(
    make_page: Callable[..., tuple[TodayPage, Answers]], repo: Repository, tmp_path: Path
) -> None:
    pool = Deferred()
    page, _answers = make_page(pool)
    card = page.day_photos
    card.add_files(files(tmp_path, 2))
    page.go_previous_day()  # while they are being prepared
    assert card.strip.isHidden()  # nothing is on its way to this day
    pool.run_all()
    assert card.shown() == [] and len(repo.photos(SATURDAY)) == 2
    page.go_next_day()
    card.add_files(files(tmp_path, 1, start=5))
    page.detach()  # locked meanwhile
    pool.run_all()
    assert len(repo.photos(SATURDAY)) == 2 and card.shown() == []


def test_the_25th_photo_of_a_day_is_refused_and_the_limit_said(
    make_page: Callable[..., tuple[TodayPage, Answers]], repo: Repository, tmp_path: Path
) -> None:
    page, _answers = make_page()
    card = page.day_photos
    card.add_files(files(tmp_path, MAX_PHOTOS_PER_DAY + 1))
    assert len(card.shown()) == MAX_PHOTOS_PER_DAY == len(repo.photos(SATURDAY))
    told = card.problems_label.text().splitlines()
    assert told[0] == "1 file was not added:" and "24 photos already" in told[1]
    assert "IMG_0024.png" in told[1]


def test_the_storage_refuses_what_the_card_cannot_know_and_the_others_are_kept(
    make_page: Callable[..., tuple[TodayPage, Answers]], repo: Repository, tmp_path: Path
) -> None:
    page, _answers = make_page()
    card = page.day_photos
    first = files(tmp_path, 1)[0]
    copy = tmp_path / "copy of IMG_0000.png"
    copy.write_bytes(first.read_bytes())
    card.add_files([first, copy, *files(tmp_path, 1, start=1)])
    assert names(card) == ["IMG_0000.png", "IMG_0001.png"]
    assert "copy of IMG_0000.png is already one of the photos" in card.problems_label.text()


def test_delete_removes_a_photo_and_undo_remove_puts_it_back(
    qtbot: QtBot,
    make_page: Callable[..., tuple[TodayPage, Answers]],
    repo: Repository,
    tmp_path: Path,
) -> None:
    page, _answers = make_page()
    card = page.day_photos
    card.add_files(files(tmp_path, 3))
    tiles = card.strip.tiles()
    tiles[1].setFocus()
    statuses: list[str] = []
    page.status.connect(statuses.append)
    qtbot.keyClick(tiles[1], Qt.Key.Key_Delete)
    assert names(card) == ["IMG_0000.png", "IMG_0002.png"]
    assert [p.name for p in repo.photos(SATURDAY)] == names(card)
    assert statuses[-1] == "Removed IMG_0001.png from this day."
    assert card.undo_button.isVisible() and card.can_undo()
    assert page.focusWidget() is card.strip.focus_tile()  # the keyboard stays in the strip
    assert card.strip.focus_tile().photo.name == "IMG_0002.png"  # type: ignore[union-attr]
    card.undo_button.click()
    assert sorted(names(card)) == ["IMG_0000.png", "IMG_0001.png", "IMG_0002.png"]
    assert len(repo.photos(SATURDAY)) == 3 and not card.undo_button.isVisible()
    back = next(p for p in repo.photos(SATURDAY) if p.name == "IMG_0001.png")
    assert repo.photo_data(back.id) == (tmp_path / "IMG_0001.png").read_bytes()  # type: ignore[arg-type]
    # Another day forgets what Undo could put back.
    qtbot.keyClick(card.strip.tiles()[0], Qt.Key.Key_Delete)
    assert card.can_undo()
    page.go_previous_day()
    assert not card.can_undo() and card.undo_button.isHidden()


def test_removing_the_last_photo_keeps_the_words_of_the_day(
    make_page: Callable[..., tuple[TodayPage, Answers]], repo: Repository, tmp_path: Path
) -> None:
    page, _answers = make_page()
    card = page.day_photos
    card.add_files(files(tmp_path, 1))
    page.text_edit.setPlainText("x")
    assert page.flush()
    page.text_edit.setPlainText("")  # cleared again: the emptied entry keeps its photo
    assert page.flush()
    assert [p.name for p in repo.photos(SATURDAY)] == ["IMG_0000.png"]
    card.remove(card.shown()[0].photo)
    assert card.shown() == [] and card.strip.isHidden() and card.undo_button.isVisible()


def test_the_viewer_opens_from_the_strip_steps_and_removes(
    qtbot: QtBot,
    make_page: Callable[..., tuple[TodayPage, Answers]],
    repo: Repository,
    tmp_path: Path,
) -> None:
    page, _answers = make_page()
    card = page.day_photos
    card.add_files(files(tmp_path, 3))
    tile = card.strip.tiles()[1]
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    viewer = card.viewer
    assert viewer is not None and viewer.isVisible()
    qtbot.waitExposed(viewer)
    assert viewer.position_label.text() == "IMG_0001.png · 2 of 3"
    assert (viewer.canvas.image.width(), viewer.canvas.image.height()) == (40, 30)
    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    assert viewer.position_label.text() == "IMG_0002.png · 3 of 3"
    qtbot.keyClick(viewer, Qt.Key.Key_Delete)
    assert names(card) == ["IMG_0000.png", "IMG_0001.png"]
    assert viewer.position_label.text() == "IMG_0001.png · 2 of 2"  # it moves on
    qtbot.keyClick(viewer, Qt.Key.Key_Left)
    with qtbot.waitSignal(viewer.finished):
        qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    assert card.viewer is None
    assert page.focusWidget() is card.strip.focus_tile()  # back on the strip, on the last seen
    assert card.strip.focus_tile().photo.name == "IMG_0000.png"  # type: ignore[union-attr]


def test_the_context_menu_saves_a_copy_of_the_original_and_removes(
    make_page: Callable[..., tuple[TodayPage, Answers]], repo: Repository, tmp_path: Path
) -> None:
    page, answers = make_page()
    card = page.day_photos
    source = picture(tmp_path / "sunset.jpg", (200, 90, 40), "JPEG")
    card.add_files([source])
    photo = card.shown()[0].photo
    menu = card.context_menu(photo)
    labels = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert labels == ["Open", "Save a copy…", "Remove photo"]
    target = tmp_path / "out" / "kept.jpg"
    target.parent.mkdir()
    answers.save = str(target)
    statuses: list[str] = []
    page.status.connect(statuses.append)
    menu.actions()[1].trigger()
    assert answers.asked[-1].endswith("sunset.jpg")
    assert target.read_bytes() == source.read_bytes()  # the original, unchanged
    assert statuses[-1] == f"Saved a copy of sunset.jpg to {target}. The copy is not encrypted."
    answers.save = str(tmp_path / "no such folder" / "x.jpg")
    card.save_copy(photo)
    assert statuses[-1].startswith("Could not save the copy:")
    next(a for a in menu.actions() if a.text() == "Remove photo").trigger()
    assert card.shown() == [] and repo.photos(SATURDAY) == []


def test_a_read_only_diary_shows_photos_but_takes_none(
    qtbot: QtBot,
    make_page: Callable[..., tuple[TodayPage, Answers]],
    repo: Repository,
    tmp_path: Path,
) -> None:
    repo.add_photo(read_photo_file(files(tmp_path, 1)[0], SATURDAY))
    page, _answers = make_page()
    page.show_day(SATURDAY)
    card = page.day_photos
    page.set_read_only(True)
    assert names(card) == ["IMG_0000.png"] and not card.add_button.isEnabled()
    assert not page.text_edit.isEnabled()
    mime = drag_mime(files(tmp_path, 1, start=1))
    assert not drag_enter(page.mood_grid, mime) and not card.dropping()
    tile = card.strip.tiles()[0]
    assert tile.isEnabled()  # the photos can still be opened
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Delete)
    photo = card.shown()[0].photo
    menu = card.context_menu(photo)
    assert [a.isEnabled() for a in menu.actions() if not a.isSeparator()] == [True, True, False]
    tile.click()
    assert card.viewer is not None and not card.viewer.remove_button.isEnabled()
    qtbot.keyClick(card.viewer, Qt.Key.Key_Delete)
    card.remove(photo)
    assert len(repo.photos(SATURDAY)) == 1 and names(card) == ["IMG_0000.png"]


def test_locking_forgets_every_photo_on_screen(
    make_page: Callable[..., tuple[TodayPage, Answers]], tmp_path: Path
) -> None:
    page, _answers = make_page()
    card = page.day_photos
    card.add_files(files(tmp_path, 2))
    card.strip.tiles()[0].click()
    assert card.viewer is not None
    page.detach()
    assert card.shown() == [] and card.strip.tiles() == [] and card.viewer is None
    assert not card.can_take(drag_mime(files(tmp_path, 1, start=3)))


def test_the_context_menu_key_opens_the_photos_menu(
    qtbot: QtBot, make_page: Callable[..., tuple[TodayPage, Answers]], tmp_path: Path
) -> None:
    page, _answers = make_page()
    card = page.day_photos
    card.add_files(files(tmp_path, 2))
    tile = card.strip.tiles()[1]
    tile.setFocus()
    at = QPoint(10, 10)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, at, tile.mapToGlobal(at))
    QApplication.sendEvent(tile, event)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    labels = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert labels == ["Open", "Save a copy…", "Remove photo"]
    menu.actions()[0].trigger()  # Open: the viewer, on that photo
    menu.close()
    assert card.viewer is not None and card.viewer.index() == 1
