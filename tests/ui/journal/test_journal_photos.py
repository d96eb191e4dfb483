"""The Journal and photos: a quiet mark in the calendar, a count in the list, photo-only days."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from diary.domain.models import Entry
from diary.formats.photos import prepare_photo
from diary.settings import Settings
from diary.storage.repository import Repository
from diary.ui.journal.month_calendar import DaySummary, PhotosRole, describe_day
from diary.ui.journal.page import DateRole, JournalPage
from diary.ui.shell.tasks import InlinePool

pytestmark = pytest.mark.gui

NOW = dt.datetime(2026, 11, 21, 20, 30)
WALK = dt.date(2026, 11, 14)
ONLY_PHOTOS = dt.date(2026, 11, 18)


def add_photos(repo: Repository, day: dt.date, count: int) -> None:
    for number in range(count):
        buffer = io.BytesIO()
        Image.new("RGB", (30, 20), (number * 40, 90, 160)).save(buffer, "PNG")
        repo.add_photo(prepare_photo(day, buffer.getvalue(), f"IMG_{number}.png"))


@pytest.fixture
def page(qtbot: QtBot, repo: Repository, tmp_path: Path) -> JournalPage:
    repo.save_entry(Entry(WALK, mood=7, text="A walk by the sea."))
    add_photos(repo, WALK, 2)
    add_photos(repo, ONLY_PHOTOS, 1)  # nothing written, one photo
    made = JournalPage(pool=InlinePool(), search_delay_ms=0, clock=lambda: NOW)
    qtbot.addWidget(made)
    made.attach(repo, Settings(tmp_path / "settings.json"))
    return made


def test_days_with_photos_are_counted_in_the_list_and_said_in_the_calendar(
    page: JournalPage,
) -> None:
    model = page.day_model
    rows = {model.index(r).data(DateRole): model.index(r) for r in range(model.rowCount())}
    assert set(rows) == {WALK, ONLY_PHOTOS}  # a day with only a photo is listed too
    walk = str(rows[WALK].data(Qt.ItemDataRole.DisplayRole))
    assert "2 photos" in walk and "A walk by the sea." in walk
    assert "1 photo" in str(rows[ONLY_PHOTOS].data(Qt.ItemDataRole.DisplayRole))
    assert page.calendar.day_summary(WALK) == DaySummary(7, 0, True, photos=2)
    assert page.calendar.day_summary(ONLY_PHOTOS) == DaySummary(None, 0, False, photos=1)
    grid = page.calendar.grid
    cell = grid.model().index(0, 0)
    for row in range(grid.model().rowCount()):
        for column in range(7):
            if grid.model().index(row, column).data(DateRole) == WALK:
                cell = grid.model().index(row, column)
    assert cell.data(PhotosRole) == 2
    assert cell.data(Qt.ItemDataRole.AccessibleTextRole).endswith("mood 7, 2 photos")
    summary = DaySummary(None, 1, True, photos=1)
    assert (
        describe_day(WALK, summary) == "Saturday 14 November, logged, no mood, 1 contact, 1 photo"
    )


def test_the_calendar_draws_a_picture_mark_only_on_days_with_photos(page: JournalPage) -> None:
    grid = page.calendar.grid
    delegate = grid.itemDelegate()
    model = grid.model()
    cells = {
        model.index(r, c).data(DateRole): model.index(r, c)
        for r in range(model.rowCount())
        for c in range(7)
    }

    def corner_ink(day: dt.date) -> int:
        image = QImage(60, 60, QImage.Format.Format_RGB32)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        option = QStyleOptionViewItem()
        option.initFrom(grid)
        option.rect = QRect(0, 0, 60, 60)
        delegate.paint(painter, option, cells[day])
        painter.end()
        base = image.pixelColor(59, 59)
        return sum(  # pixels unlike the cell's background in its bottom right corner
            1 for x in range(38, 60) for y in range(44, 60) if image.pixelColor(x, y) != base
        )

    assert corner_ink(ONLY_PHOTOS) > 20
    assert corner_ink(dt.date(2026, 11, 19)) == 0  # nothing logged, no mark
