"""The Reach-out section: its model, its wording, snooze/dismiss/undo, and the Today page hook."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSizePolicy
from pytestqt.qtbot import QtBot

from conftest import Deferred
from diary import messages
from diary.domain.cadence import HoldKind, ReachOut, Reason, Subject, Target
from diary.domain.models import Circle, Interaction, Mode, Person
from diary.settings import Settings
from diary.storage.errors import SaveFailed
from diary.storage.repository import Repository
from diary.ui.shell.card import Card
from diary.ui.shell.tasks import InlinePool
from diary.ui.today.page import TodayPage
from diary.ui.today.reach_out import ReachOutModel, ReachOutPanel, reach_out_tip

pytestmark = pytest.mark.gui

TODAY = dt.date(2026, 11, 21)
EVENING = dt.datetime(2026, 11, 21, 20, 0)


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.json")


@pytest.fixture
def people(repo: Repository) -> Repository:
    """A diary with someone or something in every part of the list.

    Sam (weekly, 10 days ago), Book club (fortnightly, 19 days ago), Ana (inner, 50 days ago),
    Ben (monthly, never), Cy (weekly, met yesterday: not due).
    """
    repo.add_person(Person("Sam", inner=True, cadence_days=7))
    repo.add_person(Person("Ana", inner=True))
    repo.add_person(Person("Ben", cadence_days=30))
    repo.add_person(Person("Cy", cadence_days=7))
    repo.add_circle(Circle("Book club", cadence_days=14))
    repo.add_interaction(Interaction(ago(10), Mode.IN_PERSON, 60, ("Sam",)))
    repo.add_interaction(Interaction(ago(19), Mode.IN_PERSON, 90, circle="Book club"))
    repo.add_interaction(Interaction(ago(50), Mode.CALL, 30, ("Ana",)))
    repo.add_interaction(Interaction(ago(1), Mode.VIDEO, 20, ("Cy",)))
    return repo


def make_panel(qtbot: QtBot, pool: object = None, **kwargs: object) -> ReachOutPanel:
    panel = ReachOutPanel(pool or InlinePool(), **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(panel)
    return panel


def lines(panel: ReachOutPanel) -> list[str]:
    model = panel.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


reach_out_sentence = messages.reach_out_sentence


def item(name: str, reason: Reason, cadence: int | None, since: int | None) -> ReachOut:
    last = ago(since) if since is not None else None
    return ReachOut(Target(Subject.PERSON, "u-" + name), name, reason, True, cadence, last, since)


def test_every_line_is_the_one_warm_sentence() -> None:
    assert reach_out_sentence(item("Ivo", Reason.OVERDUE, 10, 300)) == (
        "It has been a while since you saw Ivo — you hoped for every 10 days"
    )
    assert reach_out_sentence(item("Sam", Reason.OVERDUE, 1, 3)) == (
        "It has been a while since you saw Sam — you hoped for every day"
    )
    club = ReachOut(
        Target(Subject.CIRCLE, "u-club"), "Book club", Reason.OVERDUE, False, 14, ago(19), 19
    )
    assert reach_out_sentence(club) == (
        "It has been a while since you took part in Book club — you hoped for every 14 days"
    )
    assert reach_out_sentence(item("Sam", Reason.LONG_TIME, None, 49)) == (
        "It has been a while since you saw Sam"
    )
    assert reach_out_sentence(item("Ben", Reason.NOT_YET, 30, None)) == (
        "There is no time with Ben in your diary yet — you hoped for every 30 days"
    )
    assert reach_out_sentence(item("Ana", Reason.NOT_YET, None, None)) == (
        "There is no time with Ana in your diary yet"
    )
    assert (
        reach_out_tip(item("Sam", Reason.OVERDUE, 7, 10))
        == "It has been a while since you saw Sam — you hoped for every 7 days\n"
        "Last together 10 days ago, on 11 Nov"
    )
    assert reach_out_tip(item("Ivo", Reason.OVERDUE, 10, 300)).endswith(
        "\nLast together 10 months ago, on 25 Jan"
    )
    assert reach_out_tip(item("Ben", Reason.NOT_YET, 30, None)) == reach_out_sentence(
        item("Ben", Reason.NOT_YET, 30, None)
    )


def every_case() -> list[ReachOut]:
    people = [
        item(name, reason, cadence, since)
        for name, reason, cadence, since in (
            ("A", Reason.OVERDUE, 7, 7),
            ("B", Reason.OVERDUE, 7, 8),
            ("C", Reason.OVERDUE, 10, 300),
            ("D", Reason.LONG_TIME, None, 50),
            ("E", Reason.NOT_YET, 30, None),
            ("F", Reason.NOT_YET, None, None),
        )
    ]
    circles = [
        ReachOut(Target(Subject.CIRCLE, "u-" + n), n, r, False, c, ago(s) if s else None, s)
        for n, r, c, s in (("G", Reason.OVERDUE, 14, 19), ("H", Reason.NOT_YET, 14, None))
    ]
    return people + circles


def test_every_reach_out_line_comes_from_the_single_phrasing_function(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Swap the one sentence for a marker: every line of the list must change with it."""
    cases = every_case()
    model = ReachOutModel()
    model.set_items(cases)
    for row, case in enumerate(cases):
        line = model.index(row, 0).data()
        assert line == messages.reach_out_sentence(case)
        assert "overdue" not in line and not any(ch.isdigit() for ch in line.split("—")[0])
    monkeypatch.setattr(messages, "reach_out_sentence", lambda i: f"<{i.name}>")
    assert [model.index(r, 0).data() for r in range(len(cases))] == [f"<{c.name}>" for c in cases]
    # ...and the command line says the same.
    from diary.commands.people import reach_out_line

    assert [reach_out_line(c) for c in cases] == [f"<{c.name}>" for c in cases]


def test_the_model_passes_the_model_tester(qtmodeltester) -> None:
    model = ReachOutModel()
    model.set_items([item("Sam", Reason.OVERDUE, 7, 10), item("Ana", Reason.LONG_TIME, None, 50)])
    qtmodeltester.check(model)
    first = model.index(0, 0)
    assert first.data(ReachOutModel.ItemRole).name == "Sam"
    assert first.data(Qt.ItemDataRole.AccessibleTextRole) == first.data()
    assert first.data(Qt.ItemDataRole.ToolTipRole).startswith(first.data() + "\nLast together")
    assert first.data(Qt.ItemDataRole.SizeHintRole).height() == model.row_height
    assert model.index(5, 0).data() is None
    assert not model.flags(first) & Qt.ItemFlag.ItemIsEditable
    model.clear()
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_the_list_ranks_by_rhythm_with_nothing_selected(
    qtbot: QtBot, people: Repository, settings: Settings, qtmodeltester
) -> None:
    panel = make_panel(qtbot)
    panel.attach(people, settings, lambda: TODAY)
    assert lines(panel) == [
        "It has been a while since you saw Sam — you hoped for every 7 days",  # 10/7 first
        "It has been a while since you took part in Book club — you hoped for every 14 days",
        "It has been a while since you saw Ana",
        "There is no time with Ben in your diary yet — you hoped for every 30 days",
    ]
    qtmodeltester.check(panel.model)
    assert isinstance(panel, Card)
    assert panel.current() is None  # nothing chosen for the user: no row looks like an alert
    assert not panel.view.selectionModel().hasSelection()
    assert not panel.snooze_button.isEnabled() and not panel.dismiss_button.isEnabled()
    assert not panel.dismiss()  # nothing to act on
    panel.view.setFocus()  # focus alone chooses nothing either
    assert panel.current() is None
    panel.view.setCurrentIndex(panel.model.index(1, 0))
    assert panel.current() is not None and panel.current().name == "Book club"
    assert panel.snooze_button.isEnabled() and panel.dismiss_button.isEnabled()
    panel.refresh()  # the user's own choice survives a refresh
    assert panel.current() is not None and panel.current().name == "Book club"


def test_someone_in_todays_contacts_is_never_listed(
    qtbot: QtBot, people: Repository, settings: Settings
) -> None:
    # Two minutes of texting: not meaningful, but Sam is in today's contacts.
    people.add_interaction(Interaction(TODAY, Mode.TEXT, 2, ("Sam",)))
    panel = make_panel(qtbot)
    panel.attach(people, settings, lambda: TODAY)
    assert all("Sam" not in line for line in lines(panel))
    later = make_panel(qtbot)
    later.attach(people, settings, lambda: ago(-1))  # tomorrow the text is not enough
    assert any("Sam" in line for line in lines(later))


def test_a_new_diary_lists_nobody_never_seen(
    qtbot: QtBot, repo: Repository, settings: Settings
) -> None:
    repo.add_person(Person("Mum", inner=True))
    repo.add_person(Person("Cora", cadence_days=7))
    panel = make_panel(qtbot)
    panel.attach(repo, settings, lambda: TODAY)  # day zero: nothing logged at all
    assert panel.model.rowCount() == 0
    repo.add_interaction(Interaction(TODAY, Mode.CALL, 20, ("Sam",)))  # the first evening
    panel.refresh()
    assert panel.model.rowCount() == 0
    week = make_panel(qtbot)
    week.attach(repo, settings, lambda: ago(-7))  # kept a week: Cora's week has passed
    assert lines(week) == [
        "There is no time with Cora in your diary yet — you hoped for every 7 days"
    ]
    six_weeks = make_panel(qtbot)
    six_weeks.attach(repo, settings, lambda: ago(-42))
    assert [line.split(" in your")[0] for line in lines(six_weeks)] == [
        "There is no time with Mum",  # inner circle first
        "There is no time with Cora",
    ]


def test_nobody_to_list_keeps_the_same_room(
    qtbot: QtBot, repo: Repository, people: Repository, settings: Settings
) -> None:
    pool = Deferred()
    panel = make_panel(qtbot, pool)
    panel.resize(600, panel.sizeHint().height())
    before = panel.sizeHint().height()
    assert panel.sizePolicy().verticalPolicy() == QSizePolicy.Policy.Fixed
    panel.attach(people, settings, lambda: TODAY)
    assert panel.model.rowCount() == 0 and panel.empty_label.text() == ""  # loading: nothing
    assert panel.sizeHint().height() == before
    pool.run_all()
    assert panel.model.rowCount() == 4 and panel.empty_label.isHidden()
    assert panel.sizeHint().height() == before  # the list arrived: not a pixel more
    panel.detach()
    assert panel.sizeHint().height() == before


def test_nobody_to_list_says_so_quietly(qtbot: QtBot, repo: Repository, settings: Settings) -> None:
    panel = make_panel(qtbot)
    panel.attach(repo, settings, lambda: TODAY)
    assert panel.model.rowCount() == 0
    assert not panel.empty_label.isHidden() and panel.empty_label.text() == (
        "Nobody on your list today."
    )
    assert panel.snooze_button.isHidden() and panel.dismiss_button.isHidden()


def test_snooze_a_week_asks_the_repository_and_the_list_updates(
    qtbot: QtBot, people: Repository, settings: Settings
) -> None:
    panel = make_panel(qtbot)
    panel.attach(people, settings, lambda: TODAY)
    statuses: list[str] = []
    panel.status.connect(statuses.append)
    panel.view.setCurrentIndex(panel.model.index(0, 0))  # Sam
    qtbot.mouseClick(panel.snooze_button, Qt.MouseButton.LeftButton)
    sam = people.person("Sam")
    assert sam is not None
    [hold] = people.holds()
    assert (hold.target.uid, hold.kind, hold.day) == (sam.uid, HoldKind.SNOOZE, ago(-7))
    assert "Sam" not in " ".join(lines(panel))
    assert statuses == ["Sam is snoozed until 28 Nov."]
    assert panel.done_label.text() == statuses[0] and not panel.undo_button.isHidden()
    assert panel.current() is None  # the next row is not chosen for the user either

    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert people.holds() == []
    assert "Sam" in lines(panel)[0]
    assert panel.undo_button.isHidden()


def test_snooze_until_a_chosen_day(qtbot: QtBot, people: Repository, settings: Settings) -> None:
    asked: list[tuple[dt.date, dt.date]] = []
    answers = iter([None, ago(-3)])

    def ask(_parent: object, first: dt.date, suggested: dt.date) -> dt.date | None:
        asked.append((first, suggested))
        return next(answers)

    panel = make_panel(qtbot, ask_date=ask)
    panel.attach(people, settings, lambda: TODAY)
    panel.view.setCurrentIndex(panel.model.index(1, 0))  # Book club
    assert not panel.snooze_until()  # cancelled: nothing changes
    assert people.holds() == [] and len(lines(panel)) == 4
    assert panel.snooze_until()
    assert asked[0] == (ago(-1), ago(-7))  # from tomorrow; a week suggested
    [hold] = people.holds()
    assert hold.target.subject is Subject.CIRCLE and hold.day == ago(-3)
    assert all("Book club" not in line for line in lines(panel))
    # The snooze ends on its day: the club is listed again then.
    later = make_panel(qtbot)
    later.attach(people, settings, lambda: ago(-3))
    assert any("Book club" in line for line in lines(later))


def test_dismiss_hides_until_the_next_contact(
    qtbot: QtBot, people: Repository, settings: Settings
) -> None:
    panel = make_panel(qtbot)
    panel.attach(people, settings, lambda: TODAY)
    panel.view.setCurrentIndex(panel.model.index(2, 0))  # Ana
    qtbot.mouseClick(panel.dismiss_button, Qt.MouseButton.LeftButton)
    [hold] = people.holds()
    assert (hold.kind, hold.day) == (HoldKind.DISMISS, TODAY)
    assert panel.done_label.text() == "Ana is off the list until you next meet."
    assert all("Ana" not in line for line in lines(panel))


def test_a_failed_hold_is_explained_and_changes_nothing(
    qtbot: QtBot, people: Repository, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(_hold: object) -> None:
        raise SaveFailed("the disk is full")

    monkeypatch.setattr(people, "set_hold", full)
    panel = make_panel(qtbot)
    panel.attach(people, settings, lambda: TODAY)
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    with qtbot.waitSignal(panel.status) as blocker:
        assert not panel.dismiss()
    assert "the disk is full" in blocker.args[0]
    assert len(lines(panel)) == 4 and panel.undo_button.isHidden()


def test_the_list_is_computed_off_the_gui_thread_and_late_answers_dropped(
    qtbot: QtBot, people: Repository, settings: Settings
) -> None:
    pool = Deferred()
    panel = make_panel(qtbot, pool)
    panel.attach(people, settings, lambda: TODAY)
    assert panel.model.rowCount() == 0 and len(pool.tasks) == 1  # nothing read on the GUI
    panel.refresh()
    pool.run_all()  # the first answer is stale, the second is shown
    assert len(lines(panel)) == 4
    panel.refresh()
    panel.detach()  # locked before the answer came back
    pool.run_all()
    assert panel.model.rowCount() == 0


def test_logging_a_contact_on_the_today_page_refreshes_the_list(
    qtbot: QtBot, people: Repository, settings: Settings
) -> None:
    page = TodayPage(clock=lambda: EVENING, autosave_ms=20, pool=InlinePool())
    qtbot.addWidget(page)
    page.attach(people, settings)
    assert "Sam" in lines(page.reach_out)[0]
    assert not page.reach_out.isHidden()
    page.interactions_editor.add_requested.emit(Interaction(TODAY, Mode.TEXT, 5, ("Sam",)))
    assert all("Sam" not in line for line in lines(page.reach_out))  # any contact today
    assert "Book club" in lines(page.reach_out)[0]
    [logged] = people.interactions(TODAY, TODAY)
    assert logged.id is not None
    page.interactions_editor.remove_requested.emit(logged.id)  # undone: Sam is back
    assert "Sam" in lines(page.reach_out)[0]
    page.detach()
    assert page.reach_out.model.rowCount() == 0
