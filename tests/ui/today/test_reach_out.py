"""The Reach-out section: its model, its wording, snooze/dismiss/undo, and the Today page hook."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from conftest import Deferred
from diary.domain.cadence import HoldKind, ReachOut, Reason, Subject, Target
from diary.domain.models import Circle, Interaction, Mode, Person
from diary.settings import Settings
from diary.storage.errors import SaveFailed
from diary.storage.repository import Repository
from diary.ui.shell.tasks import InlinePool
from diary.ui.today.page import TodayPage
from diary.ui.today.reach_out import ReachOutModel, ReachOutPanel, reach_out_text, reach_out_tip

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


def item(name: str, reason: Reason, cadence: int | None, since: int | None) -> ReachOut:
    last = ago(since) if since is not None else None
    return ReachOut(Target(Subject.PERSON, "u-" + name), name, reason, True, cadence, last, since)


def test_lines_are_gentle_and_say_why() -> None:
    assert reach_out_text(item("Book club", Reason.OVERDUE, 14, 19)) == (
        "Book club: every 14 days, 5 days overdue"
    )
    assert reach_out_text(item("Sam", Reason.OVERDUE, 7, 8)) == "Sam: every 7 days, 1 day overdue"
    assert reach_out_text(item("Sam", Reason.OVERDUE, 7, 7)) == "Sam: every 7 days, due today"
    assert reach_out_text(item("Ivo", Reason.OVERDUE, 10, 300)) == (
        "It's been 42 weeks since you saw Ivo (you hoped for every 10 days)."
    )
    assert reach_out_text(item("Sam", Reason.LONG_TIME, None, 49)) == (
        "It's been 7 weeks since you saw Sam."
    )
    assert reach_out_text(item("Ben", Reason.NOT_YET, 30, None)) == (
        "Ben: every 30 days, no time together logged yet"
    )
    assert reach_out_text(item("Ana", Reason.NOT_YET, None, None)) == (
        "Ana: no time together logged yet"
    )
    assert reach_out_tip(item("Sam", Reason.OVERDUE, 7, 10)) == (
        "Last time together: 2026-11-11 (10 days ago)"
    )


def test_the_model_passes_the_model_tester(qtmodeltester) -> None:
    model = ReachOutModel()
    model.set_items([item("Sam", Reason.OVERDUE, 7, 10), item("Ana", Reason.LONG_TIME, None, 50)])
    qtmodeltester.check(model)
    first = model.index(0, 0)
    assert first.data(ReachOutModel.ItemRole).name == "Sam"
    assert first.data(Qt.ItemDataRole.AccessibleTextRole) == first.data()
    assert first.data(Qt.ItemDataRole.ToolTipRole).startswith("Last time together")
    assert model.index(5, 0).data() is None
    assert not model.flags(first) & Qt.ItemFlag.ItemIsEditable
    model.clear()
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_the_list_ranks_who_is_most_overdue(
    qtbot: QtBot, people: Repository, settings: Settings, qtmodeltester
) -> None:
    panel = make_panel(qtbot)
    panel.attach(people, settings, lambda: TODAY)
    assert lines(panel) == [
        "Sam: every 7 days, 3 days overdue",  # 10/7 = 1.43 beats 19/14 = 1.36
        "Book club: every 14 days, 5 days overdue",
        "It's been 7 weeks since you saw Ana.",
        "Ben: every 30 days, no time together logged yet",
    ]
    qtmodeltester.check(panel.model)
    assert not panel.isHidden()
    assert panel.current() is not None and panel.current().name == "Sam"
    assert panel.snooze_button.isEnabled() and panel.dismiss_button.isEnabled()


def test_nobody_to_list_keeps_the_section_out_of_the_way(
    qtbot: QtBot, repo: Repository, settings: Settings
) -> None:
    panel = make_panel(qtbot)
    panel.attach(repo, settings, lambda: TODAY)
    assert panel.model.rowCount() == 0
    assert panel.isHidden()


def test_snooze_a_week_asks_the_repository_and_the_list_updates(
    qtbot: QtBot, people: Repository, settings: Settings
) -> None:
    panel = make_panel(qtbot)
    panel.attach(people, settings, lambda: TODAY)
    statuses: list[str] = []
    panel.status.connect(statuses.append)
    qtbot.mouseClick(panel.snooze_button, Qt.MouseButton.LeftButton)
    sam = people.person("Sam")
    assert sam is not None
    [hold] = people.holds()
    assert (hold.target.uid, hold.kind, hold.day) == (sam.uid, HoldKind.SNOOZE, ago(-7))
    assert "Sam" not in " ".join(lines(panel))
    assert statuses == ["Sam is snoozed until 2026-11-28."]
    assert panel.done_label.text() == statuses[0] and not panel.undo_button.isHidden()
    assert panel.current() is not None and panel.current().name == "Book club"

    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert people.holds() == []
    assert lines(panel)[0].startswith("Sam:")
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
    assert any(line.startswith("Book club") for line in lines(later))


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
    assert panel.model.rowCount() == 0 and panel.isHidden()


def test_logging_a_contact_on_the_today_page_refreshes_the_list(
    qtbot: QtBot, people: Repository, settings: Settings
) -> None:
    page = TodayPage(clock=lambda: EVENING, autosave_ms=20, pool=InlinePool())
    qtbot.addWidget(page)
    page.attach(people, settings)
    assert lines(page.reach_out)[0].startswith("Sam:")
    assert not page.reach_out.isHidden()
    page.interactions_editor.add_requested.emit(Interaction(TODAY, Mode.IN_PERSON, 45, ("Sam",)))
    assert all("Sam" not in line for line in lines(page.reach_out))
    assert lines(page.reach_out)[0].startswith("Book club")
    [logged] = people.interactions(TODAY, TODAY)
    assert logged.id is not None
    page.interactions_editor.remove_requested.emit(logged.id)  # undone: Sam is back
    assert lines(page.reach_out)[0].startswith("Sam:")
    page.detach()
    assert page.reach_out.model.rowCount() == 0 and page.reach_out.isHidden()
