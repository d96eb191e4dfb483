"""The On this day card: hidden until a memory exists, each memory opens its day, gone on lock."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from diary.domain.models import Entry, Interaction, Mode
from diary.formats.photos import prepare_photo
from diary.settings import Settings
from diary.storage.repository import Repository
from diary.ui.shell.tasks import InlinePool
from diary.ui.today.on_this_day import OnThisDay

pytestmark = pytest.mark.gui

TODAY = dt.date(2026, 12, 3)


@pytest.fixture
def settings(tmp_path: Path, repo: Repository) -> Settings:
    settings = Settings(tmp_path / "settings.json")
    settings.attach_private(repo)
    return settings


def make_card(qtbot: QtBot, repo: Repository, settings: Settings) -> OnThisDay:
    card = OnThisDay(InlinePool())
    qtbot.addWidget(card)
    card.attach(repo, settings, lambda: TODAY)
    return card


def test_nothing_from_earlier_years_no_card(
    qtbot: QtBot, repo: Repository, settings: Settings
) -> None:
    repo.save_entry(Entry(dt.date(2025, 12, 4), mood=6, text="The day after."))
    card = make_card(qtbot, repo, settings)
    assert card.isHidden() and card.rows == []


def test_a_year_ago_shows_when_mood_people_and_words_and_opens_that_day(
    qtbot: QtBot, repo: Repository, settings: Settings
) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    a_year_ago = dt.date(2025, 12, 3)
    repo.save_entry(Entry(a_year_ago, mood=8, text="Skating with Sam.\nHot chocolate after."))
    repo.add_interaction(Interaction(a_year_ago, Mode.IN_PERSON, 90, people=("Sam",)))
    repo.save_entry(Entry(dt.date(2022, 12, 3), mood=4, text="Rain all day."))
    card = make_card(qtbot, repo, settings)
    assert not card.isHidden()
    first, second = card.rows
    assert first.when.text() == "1 year ago, Wednesday 3 December 2025"
    assert first.details.text() == "Mood 8 of 9 · with Sam"
    assert first.text.text() == "Skating with Sam. Hot chocolate after."
    assert second.when.text().startswith("4 years ago, ")
    assert second.details.text() == "Mood 4 of 9"
    opened: list[dt.date] = []
    card.open_day.connect(opened.append)
    first.open_button.click()
    assert opened == [a_year_ago]
    crowd = dt.date(2024, 12, 3)
    names = ("Ana", "Ben", "Cy", "Di", "Ed", "Flo")
    repo.add_interaction(Interaction(crowd, Mode.IN_PERSON, 120, people=names))
    card.refresh()
    assert card.rows[1].details.text() == "with Ana, Ben, Cy, Di and 2 others"
    assert first.open_button.accessibleName() == "Open Wednesday 3 December 2025"


def test_lock_clears_every_memory_and_settings_can_turn_it_off(
    qtbot: QtBot, repo: Repository, settings: Settings
) -> None:
    repo.save_entry(Entry(dt.date(2025, 12, 3), mood=5, text="Private words."))
    card = make_card(qtbot, repo, settings)
    assert not card.isHidden()
    card.detach()
    assert card.isHidden() and card.rows == []
    qtbot.wait(0)  # the rows' deleteLater
    assert all("Private" not in label.text() for label in card.findChildren(QLabel))
    settings.set("on_this_day", False)
    card.attach(repo, settings, lambda: TODAY)
    assert card.isHidden()
    settings.set("on_this_day", True)
    card.refresh()
    assert not card.isHidden()


def test_a_memory_with_photos_shows_its_first_one_and_counts_them(
    qtbot: QtBot, repo: Repository, settings: Settings
) -> None:
    a_year_ago = dt.date(2025, 12, 3)
    repo.save_entry(Entry(a_year_ago, mood=7, text="Lights on the river."))
    for colour in ((200, 80, 40), (40, 80, 200)):
        buffer = io.BytesIO()
        Image.new("RGB", (90, 60), colour).save(buffer, "PNG")
        repo.add_photo(prepare_photo(a_year_ago, buffer.getvalue(), "river.png"))
    repo.save_entry(Entry(dt.date(2024, 12, 3), mood=5, text="No pictures that day."))
    card = make_card(qtbot, repo, settings)
    with_photos, without = card.rows
    assert with_photos.details.text() == "Mood 7 of 9 · 2 photos"
    assert not with_photos.photo.isHidden()
    image = with_photos.photo.pixmap().toImage()
    middle = image.pixelColor(image.width() // 2, image.height() // 2)
    assert middle.red() > 150 and middle.blue() < 100  # the first photo, not the second
    assert image.pixelColor(0, 0).alpha() == 0  # its corners are rounded off
    assert without.photo.isHidden() and without.details.text() == "Mood 5 of 9"
