"""Check-in forms (published wording, keyboard, scoring, saving) and the prompt on Today."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from diary import i18n, messages
from diary.domain import checkins
from diary.domain.checkins import (
    UCLA3_ITEMS,
    UCLA3_SCALE,
    WHO5_GERMAN,
    WHO5_ITEMS,
    WHO5_SCALE,
    WHO5_SOURCE,
)
from diary.domain.models import CheckIn, CheckInKind, Entry
from diary.settings import Settings
from diary.storage.errors import SaveFailed
from diary.storage.repository import Repository
from diary.ui.shell.card import Card
from diary.ui.shell.tasks import InlinePool
from diary.ui.today import companion_words
from diary.ui.today.checkin_form import CheckInForm, CheckInPrompt
from diary.ui.today.page import TodayPage

pytestmark = pytest.mark.gui

TODAY = dt.date(2026, 11, 21)


def a_week_of_entries(repo: Repository, last: dt.date = TODAY) -> None:
    """Seven evenings written, the last on ``last``: check-ins may now be offered."""
    for n in range(7):
        repo.save_entry(Entry(last - dt.timedelta(days=n), mood=5))


@pytest.fixture
def settings(tmp_path: Path, repo: Repository) -> Settings:
    settings = Settings(tmp_path / "settings.json")
    settings.attach_private(repo)
    return settings


def make_form(qtbot: QtBot, repo: Repository, kind: CheckInKind) -> CheckInForm:
    form = CheckInForm(kind, TODAY, repo.add_checkin)
    qtbot.addWidget(form)
    form.show()
    return form


def texts(form: CheckInForm) -> list[str]:
    return [label.text() for label in form.findChildren(QLabel)]


def test_the_who5_form_shows_the_published_wording(qtbot: QtBot, repo: Repository) -> None:
    form = make_form(qtbot, repo, CheckInKind.WHO5)
    shown = texts(form)
    assert form.title.text() == "WHO-5 Well-Being Index"
    assert [label.text() for label in form.item_labels] == [
        f"{n}. {item}" for n, item in enumerate(WHO5_ITEMS, start=1)
    ]
    for score, words in WHO5_SCALE:
        assert f"{words}\n{score}" in shown  # the answer columns, numbered as printed
    assert "Over the last two weeks…" in shown
    assert WHO5_SOURCE in shown
    assert [len(row) for row in form.radios] == [6] * 5
    assert form.radios[0][2].accessibleName() == (
        "More than half of the time (I have felt cheerful and in good spirits)"
    )


def test_the_ucla3_form_has_three_questions_of_three_answers(
    qtbot: QtBot, repo: Repository
) -> None:
    form = make_form(qtbot, repo, CheckInKind.UCLA3)
    assert [label.text() for label in form.item_labels] == [
        f"{n}. {item}" for n, item in enumerate(UCLA3_ITEMS, start=1)
    ]
    assert all(words in texts(form) for _score, words in UCLA3_SCALE)
    assert [len(row) for row in form.radios] == [3] * 3


def test_save_waits_for_every_answer_then_scores_and_stores(qtbot: QtBot, repo: Repository) -> None:
    form = make_form(qtbot, repo, CheckInKind.WHO5)
    assert not form.save_button.isEnabled()
    for row, score in enumerate((3, 2, 3, 2)):
        column = [s for s, _w in WHO5_SCALE].index(score)
        qtbot.mouseClick(form.radios[row][column], Qt.MouseButton.LeftButton)
    assert form.answers() == (3, 2, 3, 2, None)
    assert not form.save_button.isEnabled() and form.save() is None
    form.set_answers((3, 2, 3, 2, 2))
    assert form.save_button.isEnabled()
    with qtbot.waitSignal(form.saved) as blocker:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    [stored] = repo.checkins()
    assert blocker.args[0] == stored
    assert (stored.day, stored.kind, stored.answers) == (TODAY, CheckInKind.WHO5, (3, 2, 3, 2, 2))
    result = form.result_label.text()
    assert "12 out of 25, or 48 out of 100" in result
    assert messages.CHECKIN_WHO5_LOW in result  # raw 12 < 13: one warm sentence about support
    assert form.save_button.isHidden() and not form.close_button.isHidden()
    assert form.questions.isHidden() and not form.radios[0][0].isEnabled()  # thanks instead
    assert form.save() is None and len(repo.checkins()) == 1  # saved once only


@pytest.mark.parametrize(
    ("kind", "answers", "score", "note"),
    [
        (CheckInKind.WHO5, (3, 3, 3, 2, 2), "13 out of 25, or 52 out of 100", "THANKS"),
        (CheckInKind.UCLA3, (1, 2, 2), "Your loneliness score: 5", "THANKS"),
        (CheckInKind.UCLA3, (2, 2, 2), "Your loneliness score: 6", "UCLA3_LONELY"),
    ],
)
def test_results_follow_the_published_lines(
    qtbot: QtBot,
    repo: Repository,
    kind: CheckInKind,
    answers: tuple[int, ...],
    score: str,
    note: str,
) -> None:
    form = make_form(qtbot, repo, kind)
    form.set_answers(answers)
    assert form.save() is not None
    assert score in form.result_label.text()
    assert getattr(messages, f"CHECKIN_{note}") in form.result_label.text()


def test_the_keyboard_answers_item_by_item(qtbot: QtBot, repo: Repository) -> None:
    form = make_form(qtbot, repo, CheckInKind.UCLA3)
    with qtbot.waitActive(form):
        form.activateWindow()
    first = form.radios[0][0]
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)
    qtbot.keyClick(first, Qt.Key.Key_Right)  # the arrows choose within one item
    assert form.answers()[0] == 2
    assert form.radios[0][1].hasFocus()
    for row in (1, 2):
        radio = form.radios[row][2]
        radio.setFocus()
        qtbot.keyClick(radio, Qt.Key.Key_Space)
    assert form.answers() == (2, 3, 3)
    assert form.save_button.isDefault() and form.save_button.isEnabled()


def test_a_failed_save_keeps_the_answers(qtbot: QtBot, repo: Repository) -> None:
    def full(_checkin: CheckIn) -> CheckIn:
        raise SaveFailed("the disk is full")

    form = CheckInForm(CheckInKind.UCLA3, TODAY, full)
    qtbot.addWidget(form)
    form.set_answers((1, 1, 1))
    with qtbot.assertNotEmitted(form.saved):
        assert form.save() is None
    assert "the disk is full" in form.problem.text() and not form.problem.isHidden()
    assert form.answers() == (1, 1, 1) and form.save_button.isEnabled()


# The prompt on Today ------------------------------------------------------------------------


class Clock:
    def __init__(self, day: dt.date) -> None:
        self.day = day

    def __call__(self) -> dt.date:
        return self.day


def make_prompt(qtbot: QtBot, repo: Repository, settings: Settings, clock: Clock) -> CheckInPrompt:
    prompt = CheckInPrompt(InlinePool())
    qtbot.addWidget(prompt)
    prompt.attach(repo, settings, clock)
    return prompt


def test_no_check_in_is_offered_before_a_week_of_entries(
    qtbot: QtBot, repo: Repository, settings: Settings
) -> None:
    clock = Clock(TODAY)
    settled: list[bool] = []
    prompt = CheckInPrompt(InlinePool())
    qtbot.addWidget(prompt)
    prompt.settled.connect(settled.append)
    prompt.attach(repo, settings, clock)  # day zero of a new diary: both due, none offered
    assert prompt.due == (CheckInKind.WHO5, CheckInKind.UCLA3) and prompt.isHidden()
    for n in range(6, 0, -1):  # six evenings written
        repo.save_entry(Entry(TODAY - dt.timedelta(days=n), mood=5))
    prompt.refresh()
    assert prompt.entry_days == 6 and prompt.isHidden()
    repo.save_entry(Entry(TODAY, mood=5))  # the seventh
    prompt.refresh()
    assert not prompt.isHidden()
    assert settled == [False, False, True]


def test_the_prompt_is_a_card(qtbot: QtBot, repo: Repository, settings: Settings) -> None:
    prompt = make_prompt(qtbot, repo, settings, Clock(TODAY))
    assert isinstance(prompt, Card)


def test_the_prompt_offers_what_is_due(qtbot: QtBot, repo: Repository, settings: Settings) -> None:
    a_week_of_entries(repo)
    clock = Clock(TODAY)
    prompt = make_prompt(qtbot, repo, settings, clock)
    assert not prompt.isHidden()
    assert prompt.due == (CheckInKind.WHO5, CheckInKind.UCLA3)  # never taken: both due
    repo.add_checkin(CheckIn(TODAY - dt.timedelta(days=13), CheckInKind.WHO5, (3, 3, 3, 3, 3)))
    prompt.refresh()
    assert prompt.due == (CheckInKind.UCLA3,)
    assert prompt.kind_buttons[CheckInKind.WHO5].isHidden()
    assert not prompt.kind_buttons[CheckInKind.UCLA3].isHidden()
    repo.add_checkin(CheckIn(TODAY, CheckInKind.UCLA3, (1, 1, 1)))
    prompt.refresh()
    assert prompt.due == () and prompt.isHidden()
    clock.day = TODAY + dt.timedelta(days=1)  # 14 days after the WHO-5
    prompt.refresh()
    assert prompt.due == (CheckInKind.WHO5,) and not prompt.isHidden()


def test_not_today_puts_the_prompt_away_until_tomorrow(
    qtbot: QtBot, repo: Repository, settings: Settings
) -> None:
    a_week_of_entries(repo)
    clock = Clock(TODAY)
    prompt = make_prompt(qtbot, repo, settings, clock)
    qtbot.mouseClick(prompt.later_button, Qt.MouseButton.LeftButton)
    assert prompt.isHidden()
    assert settings["checkin_dismissed"] == "2026-11-21"
    again = Settings(settings.path)
    again.attach_private(repo)
    assert make_prompt(qtbot, repo, again, clock).isHidden()  # survives restart and lock
    clock.day = TODAY + dt.timedelta(days=1)
    prompt.refresh()
    assert not prompt.isHidden()


def test_stop_offering_turns_the_prompt_off(
    qtbot: QtBot, repo: Repository, settings: Settings
) -> None:
    a_week_of_entries(repo)
    clock = Clock(TODAY)
    prompt = make_prompt(qtbot, repo, settings, clock)
    assert not prompt.isHidden()
    with qtbot.waitSignal(prompt.status):
        qtbot.mouseClick(prompt.stop_button, Qt.MouseButton.LeftButton)
    assert settings["offer_checkins"] is False and prompt.isHidden()
    clock.day = TODAY + dt.timedelta(days=40)
    prompt.refresh()
    assert prompt.isHidden()


def test_the_prompt_opens_the_form_and_saving_updates_the_page(
    qtbot: QtBot, repo: Repository, settings: Settings
) -> None:
    a_week_of_entries(repo, TODAY - dt.timedelta(days=1))
    page = TodayPage(clock=lambda: dt.datetime(2026, 11, 21, 21, 0), pool=InlinePool())
    qtbot.addWidget(page)
    page.attach(repo, settings)
    page.show()
    prompt = page.checkin_prompt
    assert not prompt.isHidden() and page.care_note.isHidden()
    qtbot.mouseClick(prompt.kind_buttons[CheckInKind.WHO5], Qt.MouseButton.LeftButton)
    form = prompt.form
    assert form is not None and form.isVisible() and form.kind is CheckInKind.WHO5
    assert form.isModal()
    form.set_answers((1, 1, 2, 1, 1))
    with qtbot.waitSignal(prompt.saved):
        form.save()
    assert repo.checkins()[0].answers == (1, 1, 2, 1, 1)
    assert prompt.due == (CheckInKind.UCLA3,)
    assert not page.care_note.isHidden()  # raw 6 < 13: the care note looks again at once
    qtbot.mouseClick(form.close_button, Qt.MouseButton.LeftButton)
    page.detach()
    assert prompt.isHidden() and prompt.form is None


def test_a_questionnaire_is_shown_in_its_published_translation(
    qtbot: QtBot, repo: Repository
) -> None:
    with i18n.speaking("de"):
        form = make_form(qtbot, repo, CheckInKind.WHO5)
    assert form.title.text() == WHO5_GERMAN.title
    assert [label.text() for label in form.item_labels] == [
        f"{n}. {item}" for n, item in enumerate(WHO5_GERMAN.items, start=1)
    ]
    assert "In den letzten zwei Wochen…" in texts(form)


@pytest.mark.parametrize(("language", "offered"), [("de", 1), ("fr", 0), ("es", 0)])
def test_a_check_in_without_a_published_translation_is_not_offered_and_the_prompt_says_so(
    qtbot: QtBot, repo: Repository, settings: Settings, language: str, offered: int
) -> None:
    a_week_of_entries(repo)
    with i18n.speaking(language):
        prompt = make_prompt(qtbot, repo, settings, Clock(TODAY))
        note = prompt.not_offered.text()
        missing = [CheckInKind.UCLA3] if offered else [CheckInKind.WHO5, CheckInKind.UCLA3]
        for kind in missing:
            assert prompt.kind_buttons[kind].isHidden()
            assert (
                companion_words.CHECKIN_UI_UCLA3_BUTTON
                if kind is CheckInKind.UCLA3
                else companion_words.CHECKIN_UI_WHO5_BUTTON
            ) in note
    assert not prompt.isHidden() and not prompt.not_offered.isHidden()
    assert prompt.kind_buttons[CheckInKind.WHO5].isHidden() == (offered == 0)
    assert prompt.message.isHidden() == (offered == 0)
    assert checkins.offered_in(language) == ((CheckInKind.WHO5,) if offered else ())


def test_in_english_every_check_in_is_offered_without_a_note(
    qtbot: QtBot, repo: Repository, settings: Settings
) -> None:
    a_week_of_entries(repo)
    prompt = make_prompt(qtbot, repo, settings, Clock(TODAY))
    assert prompt.not_offered.isHidden()
    assert not any(button.isHidden() for button in prompt.kind_buttons.values())
