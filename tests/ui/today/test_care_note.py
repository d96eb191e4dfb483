"""The care note: when it appears, what it says, and that "hide" stays hidden until news."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from care_days import OK, TODAY, ago, who5
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSizePolicy
from pytestqt.qtbot import QtBot

from diary.design import palette
from diary.domain.care import CareKind, CareReason
from diary.domain.models import Entry, Interaction, Mode
from diary.settings import Settings
from diary.storage.repository import Repository
from diary.ui.shell import words as shell_words
from diary.ui.shell.card import Card
from diary.ui.shell.tasks import InlinePool
from diary.ui.shell.theme import is_dark
from diary.ui.today import care, checkin_form, companion_words, reach_out
from diary.ui.today.care import CareNote

pytestmark = pytest.mark.gui

# The note on screen -------------------------------------------------------------------------


class Today:
    def __init__(self, day: dt.date) -> None:
        self.day = day

    def __call__(self) -> dt.date:
        return self.day


@pytest.fixture
def settings(tmp_path: Path, repo: Repository) -> Settings:
    settings = Settings(tmp_path / "settings.json")
    settings.attach_private(repo)
    return settings


def reopened(settings: Settings, repo: Repository) -> Settings:
    """The settings as the app reads them after a restart and an unlock."""
    again = Settings(settings.path)
    again.attach_private(repo)
    return again


def make_note(qtbot: QtBot, repo: Repository, settings: Settings, today: Today) -> CareNote:
    note = CareNote(InlinePool())
    qtbot.addWidget(note)
    note.attach(repo, settings, today)
    return note


def test_no_reason_no_note(qtbot: QtBot, repo: Repository, settings: Settings) -> None:
    repo.add_checkin(who5(ago(1), OK))
    note = make_note(qtbot, repo, settings, Today(TODAY))
    assert note.reason is None and note.isHidden()


def test_the_note_is_warm_and_shows_the_support_text(
    qtbot: QtBot, repo: Repository, settings: Settings
) -> None:
    repo.add_checkin(who5(ago(1)))
    note = make_note(qtbot, repo, settings, Today(TODAY))
    assert not note.isHidden()
    assert note.heading.text() == "A gentle note"
    assert note.message.text() == companion_words.CARE_WELLBEING
    assert "someone you trust" in note.message.text()
    default = note.support.text()
    assert default == shell_words.CARE_SUPPORT_DEFAULT
    assert "doctor" in default and "Settings" in default
    assert not any(ch.isdigit() for ch in default)  # no single country's number built in
    settings.set("support_text", "Samaritans (UK): 116 123")
    note.refresh()
    assert note.support.text() == "Samaritans (UK): 116 123"
    assert note.support.textFormat() == Qt.TextFormat.PlainText


def test_hiding_stays_until_a_new_low_check_in(
    qtbot: QtBot, repo: Repository, settings: Settings
) -> None:
    repo.add_checkin(who5(ago(1)))
    today = Today(TODAY)
    note = make_note(qtbot, repo, settings, today)
    qtbot.mouseClick(note.dismiss_button, Qt.MouseButton.LeftButton)
    assert note.isHidden()
    assert repo.preferences() == {"care_dismissed": "2026-11-21"}  # a date only, encrypted
    assert not settings.path.exists() or "care" not in settings.path.read_text(encoding="utf-8")
    for day in range(1, 5):  # the next evenings: still away, even after a restart
        today.day = TODAY + dt.timedelta(days=day)
        again = make_note(qtbot, repo, reopened(settings, repo), today)
        assert again.isHidden()
    repo.add_checkin(who5(today.day))  # a new low check-in is news
    note.refresh()
    assert not note.isHidden() and note.reason == CareReason(CareKind.WELLBEING, today.day)


def test_the_streak_note_comes_back_when_the_streak_grows(
    qtbot: QtBot, repo: Repository, settings: Settings
) -> None:
    repo.save_entry(Entry(ago(15), mood=6))
    repo.add_interaction(Interaction(ago(15), Mode.IN_PERSON, 60, ("Sam",)))
    for n in range(14, 0, -1):
        repo.save_entry(Entry(ago(n), mood=4))
    today = Today(TODAY)
    note = make_note(qtbot, repo, settings, today)
    assert not note.isHidden()
    assert note.message.text() == companion_words.CARE_STREAK.format(days=14)
    note.dismiss()
    for n in range(0, 13):  # thirteen more evenings alone: not news yet
        repo.save_entry(Entry(TODAY + dt.timedelta(days=n), mood=4))
        today.day = TODAY + dt.timedelta(days=n)
        note.refresh()
        assert note.isHidden(), today.day
    today.day = TODAY + dt.timedelta(days=13)
    repo.save_entry(Entry(today.day, mood=4))  # the 28th day in a row
    note.refresh()
    assert not note.isHidden()
    assert note.message.text() == companion_words.CARE_STREAK.format(days=28)
    repo.add_interaction(Interaction(today.day, Mode.CALL, 30, ("Sam",)))
    note.refresh()  # a call tonight ends it
    assert note.isHidden()


def test_lock_hides_the_note(qtbot: QtBot, repo: Repository, settings: Settings) -> None:
    repo.add_checkin(who5(ago(1)))
    note = make_note(qtbot, repo, settings, Today(TODAY))
    note.detach()
    assert note.isHidden() and note.message.text() == "" and note.support.text() == ""
    note.refresh()  # nothing to look at while locked
    assert note.isHidden()


def test_the_note_is_a_card_in_the_themes_note_colours(
    qtbot: QtBot, repo: Repository, settings: Settings
) -> None:
    repo.add_checkin(who5(ago(1)))
    note = make_note(qtbot, repo, settings, Today(TODAY))
    assert isinstance(note, Card)
    colours = palette(is_dark(note))
    assert colours.note in note.styleSheet() and colours.note_border in note.styleSheet()
    assert note.sizePolicy().verticalPolicy() == QSizePolicy.Policy.Fixed


def test_the_care_widgets_hard_code_no_colour() -> None:
    for module in (care, checkin_form, reach_out):
        source = Path(module.__file__).read_text(encoding="utf-8")
        assert not re.search(r"#[0-9a-fA-F]{6}\b", source), module.__name__
