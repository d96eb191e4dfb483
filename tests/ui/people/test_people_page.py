"""The People page: the table, sorting and filtering, a person's page, circles, dialogs, locking."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from conftest import Deferred
from diary.domain.models import Circle, Entry, Gratitude, Initiator, Interaction, Mode, Person
from diary.settings import Settings
from diary.storage.repository import Repository
from diary.ui.people.circles import CirclesView
from diary.ui.people.dialogs import (
    CircleDialog,
    DeletePersonDialog,
    MembersDialog,
    MergeDialog,
    PeopleDialogs,
    PersonDialog,
)
from diary.ui.people.models import CADENCE, CIRCLES, INNER, LAST, NAME, TOUCH
from diary.ui.people.page import PeoplePage
from diary.ui.people.person import DateRole
from diary.ui.shell.card import Card
from diary.ui.shell.tasks import InlinePool
from diary.ui.shell.theme import dark_palette, is_dark

pytestmark = pytest.mark.gui

NOW = dt.datetime(2026, 11, 21, 20, 30)


def day(month: int, date: int) -> dt.date:
    return dt.date(2026, month, date)


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.json")


@pytest.fixture
def filled(repo: Repository) -> Repository:
    """Six people whose dates, rhythms and times since sort differently as text."""
    repo.add_circle(Circle("Book club", cadence_days=30))
    for person in (
        Person("Sam", ("Family",), inner=True, cadence_days=7),
        Person("Ana", ("Book club",), cadence_days=30),
        Person("Ben"),
        Person("Cleo", inner=True),
        Person("Dee", ("Book club",), cadence_days=14),
        Person("Ivo", ("Family",), cadence_days=12),
    ):
        repo.add_person(person)
    for date in (day(10, 20), day(10, 29), day(11, 2)):
        repo.add_interaction(Interaction(date, Mode.IN_PERSON, 60, people=("Sam",), depth=4))
        repo.save_entry(Entry(date, mood=7))
    repo.add_interaction(
        Interaction(day(10, 25), Mode.IN_PERSON, 90, people=("Sam", "Ben"), note="Long lunch")
    )
    repo.save_entry(Entry(day(10, 25), mood=7))
    repo.add_interaction(Interaction(day(9, 30), Mode.IN_PERSON, 20, people=("Ben",)))
    repo.add_interaction(Interaction(day(10, 31), Mode.IN_PERSON, 30, people=("Ivo",)))
    repo.add_interaction(Interaction(day(11, 10), Mode.CALL, 30, people=("Ana",)))
    repo.add_interaction(
        Interaction(day(11, 20), Mode.TEXT, 5, people=("Ana", "Dee"), circle="Book club")
    )
    for date in range(3, 9):
        gratitude: tuple[Gratitude, ...] = ()
        if date == 3:
            gratitude = (
                Gratitude("Sam fixed my bike"),
                Gratitude("A long call", "Sam"),
                Gratitude("Samba night"),
            )
        repo.save_entry(Entry(day(11, date), mood=5, gratitude=gratitude))
    return repo


@dataclass
class FakeDialogs:
    """The page's questions, answered by the test (no modal dialog ever runs)."""

    person: Person | None = None
    merge_answer: tuple[str, str] | None = None
    delete_answer: bool | None = None
    circle: Circle | None = None
    members: list[str] | None = None
    delete_circle_answer: bool = False
    asked: list[tuple[Any, ...]] = field(default_factory=list)

    def edit_person(
        self,
        parent: QWidget,
        person: Person | None,
        people: Sequence[Person],
        circles: Sequence[str],
    ) -> Person | None:
        self.asked.append(("person", person, len(people), tuple(circles)))
        return self.person

    def merge(
        self, parent: QWidget, keep: Person, people: Sequence[Person]
    ) -> tuple[str, str] | None:
        self.asked.append(("merge", keep.name))
        return self.merge_answer

    def delete_person(self, parent: QWidget, person: Person) -> bool | None:
        self.asked.append(("delete", person.name))
        return self.delete_answer

    def edit_circle(
        self, parent: QWidget, circle: Circle | None, circles: Sequence[str]
    ) -> Circle | None:
        self.asked.append(("circle", circle, tuple(circles)))
        return self.circle

    def edit_members(
        self, parent: QWidget, circle: Circle, people: Sequence[Person], members: Sequence[str]
    ) -> list[str] | None:
        self.asked.append(("members", circle.name, tuple(members)))
        return self.members

    def delete_circle(self, parent: QWidget, circle: Circle, members: int) -> bool:
        self.asked.append(("delete circle", circle.name, members))
        return self.delete_circle_answer


def make_page(qtbot: QtBot, pool: Any, dialogs: FakeDialogs | None = None) -> PeoplePage:
    page = PeoplePage(pool=pool, clock=lambda: NOW, dialogs=dialogs or FakeDialogs())
    qtbot.addWidget(page)
    page.resize(1000, 700)
    return page


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def page(qtbot: QtBot, filled: Repository, settings: Settings, dialogs: FakeDialogs) -> PeoplePage:
    page = make_page(qtbot, InlinePool(), dialogs)
    page.attach(filled, settings)
    page.show()
    return page


@pytest.fixture
def statuses(page: PeoplePage) -> list[str]:
    said: list[str] = []
    page.status.connect(said.append)
    return said


def column(page: PeoplePage, col: int = NAME) -> list[str]:
    return [page.proxy.index(r, col).data() for r in range(page.proxy.rowCount())]


def row_of(page: PeoplePage, name: str) -> list[str]:
    row = column(page).index(name)
    return [page.proxy.index(row, c).data() for c in range(page.proxy.columnCount())]


def select(page: PeoplePage, name: str) -> None:
    person = next(p for p in page.model.people() if p.name == name)
    assert page.list_view.select(person.uid)


# The table -----------------------------------------------------------------------------------


def test_the_table_is_calm_rhythm_last_together_and_a_while(
    page: PeoplePage, qtmodeltester: Any
) -> None:
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    assert column(page) == ["Ana", "Ben", "Cleo", "Dee", "Ivo", "Sam"]
    assert row_of(page, "Sam") == [
        "Sam",
        "Family",
        "♥",
        "every 7 days",
        "2 weeks ago",
        "it has been a while",
    ]
    assert row_of(page, "Ana")[3:] == ["every 30 days", "11 days ago", ""]
    assert row_of(page, "Dee")[3:] == ["every 14 days", "", "nothing together yet"]
    assert row_of(page, "Ben")[2:] == ["", "", "3 weeks ago", ""]
    sam = page.proxy.index(column(page).index("Sam"), TOUCH)
    assert sam.data(Qt.ItemDataRole.ToolTipRole) == (
        "It has been a while since you saw Sam — you hoped for every 7 days"
    )
    last = page.proxy.index(column(page).index("Sam"), LAST)
    assert last.data(Qt.ItemDataRole.ToolTipRole).startswith("Monday 2 November 2026")
    for row in range(page.proxy.rowCount()):  # no verdict in bold, no "overdue", anywhere
        for col in range(page.proxy.columnCount()):
            index = page.proxy.index(row, col)
            font = index.data(Qt.ItemDataRole.FontRole)
            assert font is None or not font.bold()
            assert "overdue" not in (index.data() or "")
            assert "overdue" not in (index.data(Qt.ItemDataRole.ToolTipRole) or "")
    headers = [page.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert "Overdue" not in headers and headers[LAST] == "Last together"
    inner = page.proxy.index(column(page).index("Sam"), INNER)
    assert inner.data(Qt.ItemDataRole.AccessibleTextRole) == "In your inner circle"
    assert page.list_view.count_label.text() == "6 people, 2 in your inner circle."


def test_someone_met_today_reads_calm(
    page: PeoplePage, filled: Repository, settings: Settings
) -> None:
    filled.add_interaction(Interaction(day(11, 21), Mode.TEXT, 2, people=("Sam",)))
    page.attach(filled, settings)  # read again
    assert row_of(page, "Sam")[4:] == ["2 weeks ago", ""]  # a text is not meaningful, but today


@pytest.mark.parametrize(
    ("col", "order", "expected"),
    [
        (LAST, Qt.SortOrder.AscendingOrder, ["Ben", "Ivo", "Sam", "Ana", "Cleo", "Dee"]),
        (LAST, Qt.SortOrder.DescendingOrder, ["Ana", "Sam", "Ivo", "Ben", "Cleo", "Dee"]),
        (CADENCE, Qt.SortOrder.AscendingOrder, ["Sam", "Ivo", "Dee", "Ana", "Ben", "Cleo"]),
        (CADENCE, Qt.SortOrder.DescendingOrder, ["Ana", "Dee", "Ivo", "Sam", "Ben", "Cleo"]),
        (TOUCH, Qt.SortOrder.DescendingOrder, ["Sam", "Ivo", "Cleo", "Dee", "Ben", "Ana"]),
        (TOUCH, Qt.SortOrder.AscendingOrder, ["Ana", "Ben", "Cleo", "Dee", "Ivo", "Sam"]),
        (INNER, Qt.SortOrder.AscendingOrder, ["Cleo", "Sam", "Ana", "Ben", "Dee", "Ivo"]),
        (CIRCLES, Qt.SortOrder.AscendingOrder, ["Ana", "Dee", "Ivo", "Sam", "Ben", "Cleo"]),
        (NAME, Qt.SortOrder.DescendingOrder, ["Sam", "Ivo", "Dee", "Cleo", "Ben", "Ana"]),
    ],
)
def test_dates_and_numbers_sort_as_dates_and_numbers_with_empty_cells_last(
    page: PeoplePage, col: int, order: Qt.SortOrder, expected: list[str]
) -> None:
    page.table.sortByColumn(col, order)
    assert column(page) == expected


def test_sort_by_choice_and_the_column_headers_agree(page: PeoplePage) -> None:
    view = page.list_view
    view.sort_box.setCurrentIndex(1)
    view.sort_box.activated.emit(1)  # "Not seen for a while, first"
    assert view.sort_box.currentText() == "Not seen for a while, first"
    header = page.table.horizontalHeader()
    assert header.sortIndicatorSection() == TOUCH
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert column(page)[:2] == ["Sam", "Ivo"]
    page.table.sortByColumn(LAST, Qt.SortOrder.DescendingOrder)  # a click on the header
    assert view.sort_box.currentText() == "Most recent contact"
    page.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    assert view.sort_box.currentText() == "Name"
    page.table.sortByColumn(TOUCH, Qt.SortOrder.AscendingOrder)
    assert view.sort_box.currentIndex() == -1, "no choice says seen most recently for rhythm"


def test_filter_by_name_or_circle_and_inner_circle_only(page: PeoplePage, qtbot: QtBot) -> None:
    qtbot.keyClicks(page.filter_edit, "book")
    assert column(page) == ["Ana", "Dee"]
    assert page.list_view.count_label.text() == "Showing 2 of 6 people."
    page.filter_edit.setText("SA")
    assert column(page) == ["Sam"]
    page.filter_edit.setText("family iv")
    assert column(page) == ["Ivo"]
    page.filter_edit.clear()
    page.inner_only.setChecked(True)
    assert column(page) == ["Cleo", "Sam"]
    page.filter_edit.setText("book")
    assert column(page) == []
    assert page.list_view.count_label.text() == "Nobody matches the filter."
    page.inner_only.setChecked(False)
    page.filter_edit.clear()
    assert page.proxy.rowCount() == 6


def test_action_buttons_follow_the_selection(page: PeoplePage) -> None:
    view = page.list_view
    assert not view.edit_button.isEnabled() and not view.delete_button.isEnabled()
    select(page, "Sam")
    assert view.edit_button.isEnabled() and view.merge_button.isEnabled()
    assert view.delete_button.accessibleName() == "Remove Sam"


# Adding, editing, merging, removing -----------------------------------------------------------


def test_add_someone(
    page: PeoplePage, dialogs: FakeDialogs, filled: Repository, statuses: list[str]
) -> None:
    dialogs.person = Person("Eve", ("Book club", "Choir"), inner=True, cadence_days=10)
    page.list_view.add_button.click()
    assert dialogs.asked[0][1] is None and "Book club" in dialogs.asked[0][3]
    assert statuses[-1] == "Added Eve."
    assert row_of(page, "Eve")[:4] == ["Eve", "Book club, Choir", "♥", "every 10 days"]
    assert page.list_view.current_person() is not None
    assert page.list_view.current_person().name == "Eve"  # type: ignore[union-attr]
    assert "Choir" in page.circles_model.names()  # a new circle came with her
    stored = filled.person("Eve")
    assert stored is not None and stored.inner and stored.cadence_days == 10


def test_cancelling_a_dialog_changes_nothing(
    page: PeoplePage, dialogs: FakeDialogs, filled: Repository, statuses: list[str]
) -> None:
    page.list_view.add_button.click()
    select(page, "Sam")
    page.list_view.edit_button.click()
    page.list_view.merge_button.click()
    page.list_view.delete_button.click()
    assert [a[0] for a in dialogs.asked] == ["person", "person", "merge", "delete"]
    assert statuses == [] and len(filled.people()) == 6


def test_edit_someone(
    page: PeoplePage, dialogs: FakeDialogs, filled: Repository, statuses: list[str]
) -> None:
    select(page, "Sam")
    sam = page.list_view.current_person()
    assert sam is not None
    dialogs.person = replace(sam, name="Samuel", circles=(), inner=False, cadence_days=14)
    page.list_view.edit_button.click()
    assert dialogs.asked[0][1] == sam
    assert statuses[-1] == "Saved Samuel."
    assert row_of(page, "Samuel") == [
        "Samuel",
        "",
        "",
        "every 14 days",
        "2 weeks ago",
        "it has been a while",
    ]
    assert page.list_view.current_person().name == "Samuel"  # type: ignore[union-attr]
    assert filled.person("Sam") is None


def test_a_name_taken_meanwhile_is_reported_not_lost(
    page: PeoplePage, dialogs: FakeDialogs, statuses: list[str]
) -> None:
    dialogs.person = Person("ana")
    page.list_view.add_button.click()
    assert statuses[-1].startswith("Not saved:") and "already in your diary" in statuses[-1]
    assert page.model.rowCount() == 6


def test_merge_two_people(
    page: PeoplePage, dialogs: FakeDialogs, filled: Repository, statuses: list[str]
) -> None:
    select(page, "Sam")
    dialogs.merge_answer = ("Sam", "Ben")
    page.list_view.merge_button.click()
    assert dialogs.asked == [("merge", "Sam")]
    assert statuses[-1].startswith("Ben and Sam are now one person, Sam")
    assert column(page) == ["Ana", "Cleo", "Dee", "Ivo", "Sam"]
    summary = filled.person_summary("Sam")
    assert summary is not None and day(9, 30) in [i.day for i in summary.interactions]


@pytest.mark.parametrize(
    ("keep", "said"),
    [
        (
            True,
            "Removed Ben: 2 contacts and no gratitude notes stay, without the name.",
        ),
        (
            False,
            "Removed Ben: deleted 1 contact only with them; 1 contact and no gratitude notes "
            "stay, without the name.",
        ),
    ],
)
def test_remove_someone_says_what_happened_with_the_counts(
    page: PeoplePage,
    dialogs: FakeDialogs,
    filled: Repository,
    statuses: list[str],
    keep: bool,
    said: str,
) -> None:
    select(page, "Ben")
    dialogs.delete_answer = keep
    page.list_view.delete_button.click()
    assert statuses[-1] == said
    assert "Ben" not in column(page)
    assert page.list_view.current_person().name == "Cleo"  # type: ignore[union-attr]
    contacts = filled.interactions(day(9, 1), day(9, 30))
    assert len(contacts) == (1 if keep else 0)


def test_delete_key_on_the_table_asks_to_remove(
    page: PeoplePage, dialogs: FakeDialogs, qtbot: QtBot
) -> None:
    select(page, "Cleo")
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert dialogs.asked == [("delete", "Cleo")]


# A person's page -----------------------------------------------------------------------------


def open_sam(page: PeoplePage, qtbot: QtBot) -> None:
    select(page, "Sam")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.people_stack.currentWidget() is page.person_view


def test_a_persons_page_shows_history_notes_and_mood_with_n(
    page: PeoplePage, qtbot: QtBot, qtmodeltester: Any
) -> None:
    open_sam(page, qtbot)
    view = page.person_view
    assert view.name_label.text() == "Sam"
    assert view.details_label.text() == (
        "Circles: Family · inner circle · hoping to see them every 7 days"
    )
    assert view.contact_label.text() == (
        "Last meaningful contact: Monday 2 November 2026, 2 weeks ago · "
        "4 contacts in all (4 meaningful), 4 h 30 min together"
    )
    assert not view.reach_label.isHidden()  # the Today page's own sentence, word for word
    assert view.reach_label.text() == (
        "It has been a while since you saw Sam — you hoped for every 7 days"
    )
    assert view.mood_label.text() == (
        "On days with Sam your mood averaged 7.0, compared with 5.0 on other days (n = 4 vs 6)."
    )
    assert "not what caused what" in view.mood_note.text()
    history = view.history_model
    qtmodeltester.check(history)
    qtmodeltester.check(view.notes_model)
    dates = [history.index(r, 0).data(DateRole) for r in range(history.rowCount())]
    assert dates == [day(11, 2), day(10, 29), day(10, 25), day(10, 20)]
    assert [history.index(2, c).data() for c in range(5)] == [
        "25 Oct 2026",
        "in person",
        "1 h 30 min",
        "",
        "Long lunch",
    ]
    assert history.index(0, 3).data() == "4 · open"
    notes = [view.notes_model.index(r).data() for r in range(view.notes_model.rowCount())]
    assert notes == ["3 Nov 2026 — A long call", "3 Nov 2026 — Sam fixed my bike"]
    assert "about Sam" in view.notes_model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert "mentions Sam" in view.notes_model.index(1).data(Qt.ItemDataRole.ToolTipRole)
    assert view.history_label.text() == "Contacts with Sam (4), newest first"


def test_a_persons_page_says_who_started_the_last_contacts_once_it_is_noted(
    page: PeoplePage, filled: Repository, qtbot: QtBot
) -> None:
    open_sam(page, qtbot)
    assert page.person_view.initiative_label.isHidden()  # no contact says who started it
    for date in (day(11, 12), day(11, 13), day(11, 14)):
        filled.add_interaction(
            Interaction(date, Mode.CALL, 20, people=("Sam",), initiated=Initiator.THEM)
        )
    page.person_view.back.emit()
    open_sam(page, qtbot)
    label = page.person_view.initiative_label
    assert not label.isHidden()
    assert label.text() == "Sam started each of your last 3 contacts."
    page.person_view.clear()
    assert label.isHidden() and not label.text()


def test_too_few_days_says_so_instead_of_a_number(page: PeoplePage) -> None:
    ana = next(p for p in page.model.people() if p.name == "Ana")
    page.open_person(ana)
    text = page.person_view.mood_label.text()
    assert text.startswith("Not enough days yet to compare your mood on days with Ana")
    assert "0 with them and 10 without" in text
    assert "averaged" not in text


def test_a_contact_or_note_opens_its_day(page: PeoplePage, qtbot: QtBot) -> None:
    open_sam(page, qtbot)
    view = page.person_view
    history = view.history_view
    assert history.hasFocus() or not history.isVisible()
    history.setCurrentIndex(view.history_model.index(1, 0))
    with qtbot.waitSignal(page.open_day) as blocker:
        qtbot.keyClick(history, Qt.Key.Key_Return)
    assert blocker.args == [day(10, 29)]
    rect = history.visualRect(view.history_model.index(3, 1))
    qtbot.mouseClick(history.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.open_day) as blocker:  # a double-click is a click, then this
        qtbot.mouseDClick(history.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [day(10, 20)]
    view.notes_view.setCurrentIndex(view.notes_model.index(0))
    with qtbot.waitSignal(page.open_day) as blocker:
        qtbot.keyClick(view.notes_view, Qt.Key.Key_Return)
    assert blocker.args == [day(11, 3)]


def test_back_and_escape_return_to_the_list_with_the_person_selected(
    page: PeoplePage, qtbot: QtBot
) -> None:
    open_sam(page, qtbot)
    page.person_view.back_button.click()
    assert page.people_stack.currentWidget() is page.list_view
    assert page.list_view.current_person().name == "Sam"  # type: ignore[union-attr]
    open_sam(page, qtbot)
    qtbot.keyClick(page.person_view.history_view, Qt.Key.Key_Escape)
    assert page.people_stack.currentWidget() is page.list_view
    assert page.person_view.history_model.rowCount() == 0


def test_editing_from_a_persons_page_follows_the_new_name(
    page: PeoplePage, dialogs: FakeDialogs, qtbot: QtBot
) -> None:
    open_sam(page, qtbot)
    sam = page.person_view.person
    assert sam is not None
    dialogs.person = replace(sam, name="Samuel")
    page.person_view.edit_button.click()
    assert page.people_stack.currentWidget() is page.person_view
    assert page.person_view.name_label.text() == "Samuel"
    assert page.person_view.history_model.rowCount() == 4


def test_merging_the_shown_person_away_follows_who_stays(
    page: PeoplePage, dialogs: FakeDialogs, qtbot: QtBot
) -> None:
    ben = next(p for p in page.model.people() if p.name == "Ben")
    page.open_person(ben)
    dialogs.merge_answer = ("Sam", "Ben")
    page.merge_person(ben)
    assert page.person_view.name_label.text() == "Sam"
    assert page.person_view.history_model.rowCount() == 5


# Circles -------------------------------------------------------------------------------------


def circles(page: PeoplePage, col: int = 0) -> list[str]:
    proxy = page.circles_view.proxy
    return [proxy.index(r, col).data() for r in range(proxy.rowCount())]


def test_circles_show_members_cadence_and_last_time_taken_part(
    page: PeoplePage, qtmodeltester: Any
) -> None:
    qtmodeltester.check(page.circles_model)
    qtmodeltester.check(page.circles_view.proxy)
    view = page.circles_view
    proxy = view.proxy
    assert circles(page) == ["Book club", "Family"]
    assert [proxy.index(0, c).data() for c in range(5)] == [
        "Book club",
        "2",
        "every 30 days",
        "yesterday",
        "",
    ]
    assert [proxy.index(1, c).data() for c in range(5)] == ["Family", "2", "", "", ""]
    assert view.current_circle() is not None  # the first is chosen, so members show
    assert [p.name for p in view.members_model.people()] == ["Ana", "Dee"]
    qtmodeltester.check(view.members_proxy)
    member = view.members_proxy
    assert [member.index(0, c).data() for c in (NAME, INNER, LAST)] == ["Ana", "", "11 days ago"]
    assert all(view.members_list.isColumnHidden(c) for c in (CIRCLES, CADENCE, TOUCH))
    assert view.members_label.text() == "Book club: 2 members"
    view.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    assert circles(page) == ["Book club", "Family"]  # empty date last either way
    view.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    assert circles(page) == ["Book club", "Family"]


def test_a_circle_says_who_started_its_last_contacts_once_noted(
    page: PeoplePage, filled: Repository
) -> None:
    view = page.circles_view
    assert view.initiative_label.isHidden()  # the fixture's circle contacts say nothing of it
    for date, who in ((day(11, 12), Initiator.ME), (day(11, 13), Initiator.THEM)):
        filled.add_interaction(
            Interaction(
                date, Mode.IN_PERSON, 90, people=("Ana",), circle="Book club", initiated=who
            )
        )
    filled.add_interaction(
        Interaction(
            day(11, 14), Mode.CALL, 20, people=("Ivo",), circle="Family", initiated=Initiator.BOTH
        )
    )
    page.refresh()
    assert view.current_circle() is not None and view.current_circle().name == "Book club"
    assert view.initiative_label.text() == (
        "Of the last 2 contacts in Book club, you started 1, others started 1 and 0 came about "
        "together."
    )
    view.clear()
    assert view.initiative_label.isHidden()


def test_add_rename_and_delete_a_circle(
    page: PeoplePage, dialogs: FakeDialogs, filled: Repository, statuses: list[str]
) -> None:
    view = page.circles_view
    page.tabs.setCurrentWidget(view)
    dialogs.circle = Circle("Choir", cadence_days=7)
    view.add_button.click()
    assert statuses[-1] == "Added the circle Choir."
    assert circles(page) == ["Book club", "Choir", "Family"]
    assert view.current_circle().name == "Choir"  # type: ignore[union-attr]
    assert circles(page, 4) == ["", "nothing together yet", ""]
    tip = page.circles_view.proxy.index(1, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "You have not taken part in Choir in your diary yet — you hoped for every 7 days"

    choir = view.current_circle()
    assert choir is not None
    dialogs.circle = replace(choir, name="Singers", cadence_days=None)
    view.edit_button.click()
    assert statuses[-1] == "Saved the circle Singers."
    assert circles(page) == ["Book club", "Family", "Singers"]
    assert filled.circle("Choir") is None

    dialogs.delete_circle_answer = True
    view.delete_button.click()
    assert dialogs.asked[-1] == ("delete circle", "Singers", 0)
    assert statuses[-1] == "Deleted the circle Singers; its members and contacts stay."
    assert circles(page) == ["Book club", "Family"]


def test_edit_a_circles_members(
    page: PeoplePage, dialogs: FakeDialogs, filled: Repository, statuses: list[str]
) -> None:
    view = page.circles_view
    assert view.current_circle().name == "Book club"  # type: ignore[union-attr]
    dialogs.members = ["Ana", "Cleo", "Sam"]
    view.members_button.click()
    assert dialogs.asked[-1] == ("members", "Book club", ("Ana", "Dee"))
    assert statuses[-1] == "Book club now has 3 members."
    assert [p.name for p in view.members_model.people()] == ["Ana", "Cleo", "Sam"]
    assert [p.name for p in filled.circle_members("Book club")] == ["Ana", "Cleo", "Sam"]
    assert row_of(page, "Sam")[1] == "Book club, Family"


def test_deleting_a_circle_needs_a_yes(page: PeoplePage, dialogs: FakeDialogs) -> None:
    page.circles_view.delete_button.click()
    assert dialogs.asked[-1] == ("delete circle", "Book club", 2)
    assert circles(page) == ["Book club", "Family"]


def test_a_member_opens_their_page(page: PeoplePage, qtbot: QtBot) -> None:
    view = page.circles_view
    page.tabs.setCurrentWidget(view)
    view.members_list.setCurrentIndex(view.members_proxy.index(1, 0))
    view.members_list.setFocus()
    qtbot.keyClick(view.members_list, Qt.Key.Key_Return)
    assert page.tabs.currentIndex() == 0
    assert page.person_view.name_label.text() == "Dee"


# The dialogs themselves (filled in, never run modally) ---------------------------------------


def test_person_dialog_checks_the_name_and_keeps_the_identity(qtbot: QtBot) -> None:
    sam = Person("Sam", ("Family",), inner=True, cadence_days=7, id=3)
    dialog = PersonDialog(sam, ["Sam", "Ana"], ["Family", "Book club"])
    qtbot.addWidget(dialog)
    assert dialog.cadence_box.text() == "every 7 days"
    assert dialog.ok_button.isEnabled()
    dialog.name_edit.setText("ana")
    assert not dialog.ok_button.isEnabled() and dialog.value() is None
    assert "already in your diary" in dialog.problem.text()
    dialog.name_edit.setText("  ")
    assert not dialog.ok_button.isEnabled() and dialog.problem.isHidden()
    dialog.name_edit.setText("Samuel")
    dialog.circles_edit.setText("Family, Book club,")
    dialog.cadence_box.setValue(0)
    assert dialog.cadence_box.text() == "no set cadence"
    dialog.inner_box.setChecked(False)
    assert dialog.ok_button.isEnabled()
    assert dialog.value() == replace(
        sam, name="Samuel", circles=("Family", "Book club"), inner=False, cadence_days=None
    )
    new = PersonDialog(None, ["Sam"])
    qtbot.addWidget(new)
    assert not new.ok_button.isEnabled()
    new.name_edit.setText("Eve")
    person = new.value()
    assert person is not None and person.name == "Eve" and person.id is None


def test_merge_dialog_says_whose_history_joins_whom(qtbot: QtBot) -> None:
    people = [Person("Sam"), Person("Samuel"), Person("Ana")]
    dialog = MergeDialog(people[0], people)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2 and not dialog.ok_button.isEnabled()
    assert dialog.value() is None
    dialog.filter_edit.setText("samu")
    assert dialog.value() == ("Sam", "Samuel")  # the only match is picked
    assert dialog.confirm.text().startswith(
        "Samuel's history joins Sam: every contact, gratitude note and circle of Samuel moves "
        "to Sam"
    )
    assert dialog.ok_button.text() == "Merge Samuel into Sam"
    dialog.swap_box.setChecked(True)
    assert dialog.value() == ("Samuel", "Sam")
    assert dialog.confirm.text().startswith("Sam's history joins Samuel")
    assert dialog.pick("Ana") and dialog.value() == ("Ana", "Sam")


def test_delete_dialog_keeps_contacts_unless_asked(qtbot: QtBot) -> None:
    dialog = DeletePersonDialog(Person("Ben"))
    qtbot.addWidget(dialog)
    assert dialog.value() is True
    assert dialog.drop_button.text() == "Also delete the contacts that were only with Ben"
    assert "shared with others stay" in dialog.shared.text()
    dialog.drop_button.setChecked(True)
    assert dialog.value() is False
    assert dialog.ok_button.text() == "Remove Ben"


def test_circle_and_members_dialogs(qtbot: QtBot) -> None:
    club = Circle("Book club", cadence_days=30, id=2)
    dialog = CircleDialog(club, ["Book club", "Family"])
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("family")
    assert not dialog.ok_button.isEnabled() and dialog.value() is None
    dialog.name_edit.setText("Readers")
    dialog.cadence_box.setValue(14)
    assert dialog.value() == replace(club, name="Readers", cadence_days=14)

    members = MembersDialog(club, [Person("Sam"), Person("Ana"), Person("Dee")], ["ana", "Dee"])
    qtbot.addWidget(members)
    assert members.value() == ["Ana", "Dee"]
    members.set_checked("Sam", True)
    members.set_checked("Dee", False)
    assert members.value() == ["Ana", "Sam"]
    assert members.count_label.text() == "2 members chosen."
    members.filter_edit.setText("sa")
    assert [members.list.item(r).isHidden() for r in range(3)] == [True, True, False]


# Locking, late answers, keyboard and theme ---------------------------------------------------


def test_lock_clears_every_model_and_view(page: PeoplePage, qtbot: QtBot) -> None:
    page.filter_edit.setText("s")
    open_sam(page, qtbot)
    question = MergeDialog(page.model.people()[0], page.model.people(), page)
    question.show()
    page.detach()
    assert not question.isVisible(), "a dialog full of names closes on lock"
    assert page.model.rowCount() == 0 and page.proxy.rowCount() == 0
    assert page.circles_model.rowCount() == 0
    assert page.circles_view.members_model.rowCount() == 0
    assert page.person_view.history_model.rowCount() == 0
    assert page.person_view.notes_model.rowCount() == 0
    assert page.person_view.mood_label.text() == "" and page.person_view.name_label.text() == ""
    assert page.filter_edit.text() == ""
    assert page.people_stack.currentWidget() is page.list_view
    page.list_view.add_button.click()  # nothing to write to: ignored
    page.refresh()
    assert page.model.rowCount() == 0


def test_answers_after_lock_or_a_newer_read_are_dropped(
    qtbot: QtBot, filled: Repository, settings: Settings
) -> None:
    pool = Deferred()
    page = make_page(qtbot, pool)
    page.show()
    page.attach(filled, settings)
    assert len(pool.tasks) == 1
    page.detach()
    pool.run_all()
    assert page.model.rowCount() == 0, "an answer after locking is dropped"

    page.attach(filled, settings)
    page.refresh()
    first, second = pool.tasks
    pool.tasks = []
    filled.add_person(Person("Zoe"))
    second.run()  # the newer read (with Zoe) arrives first...
    first.run()  # ...the older one, without her, is dropped
    assert "Zoe" in column(page)


def test_the_page_reads_again_when_shown(
    qtbot: QtBot, filled: Repository, settings: Settings
) -> None:
    page = make_page(qtbot, InlinePool())
    page.attach(filled, settings)
    assert page.model.rowCount() == 0, "nothing is read until the page is shown"
    page.show()
    assert page.model.rowCount() == 6
    page.hide()
    filled.add_person(Person("Zoe"))
    page.show()
    assert page.model.rowCount() == 7


def tabbable(root: QWidget) -> list[QWidget]:
    chain, widget = [], root.nextInFocusChain()
    while widget is not root and len(chain) < 500:
        if (
            root.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def assert_named(widgets: list[QWidget]) -> None:
    for widget in widgets:
        owner = widget.parentWidget()
        if isinstance(owner, QAbstractSpinBox | QComboBox):
            widget = owner
        named = widget.accessibleName() or (
            isinstance(widget, QAbstractButton) and widget.text().replace("&", "")
        )
        assert named, f"{type(widget).__name__} has no accessible name"


def test_every_control_is_reachable_by_tab_in_order_and_named(page: PeoplePage) -> None:
    view = page.list_view
    select(page, "Sam")
    chain = tabbable(page)
    assert_named(chain)
    wanted = [
        view.filter_edit,
        view.inner_only,
        view.sort_box,
        view.add_button,
        view.edit_button,
        view.merge_button,
        view.delete_button,
        page.table,
    ]
    assert [w for w in chain if w in wanted] == wanted

    page.open_person(next(p for p in page.model.people() if p.name == "Sam"))
    person = page.person_view
    chain = tabbable(page)
    assert_named(chain)
    wanted = [person.back_button, person.edit_button, person.history_view, person.notes_view]
    assert [w for w in chain if w in wanted] == wanted
    assert person.history_view.accessibleName() == "Contacts with Sam"

    page.tabs.setCurrentWidget(page.circles_view)
    circles_view: CirclesView = page.circles_view
    chain = tabbable(page)
    assert_named(chain)
    wanted = [
        circles_view.add_button,
        circles_view.edit_button,
        circles_view.members_button,
        circles_view.delete_button,
        circles_view.table,
        circles_view.members_list,
    ]
    assert [w for w in chain if w in wanted] == wanted


def test_colours_come_from_the_palette_so_dark_works(page: PeoplePage) -> None:
    page.setPalette(dark_palette())
    page.open_person(next(p for p in page.model.people() if p.name == "Sam"))
    view = page.person_view
    assert is_dark(view.mood_frame) and is_dark(page.table)
    assert isinstance(view.mood_frame, Card)  # the theme styles cards in either palette
    for widget in page.findChildren(QWidget):
        assert "#" not in widget.styleSheet() and "rgb" not in widget.styleSheet()


def test_someone_not_on_the_list_has_no_reach_out_line(page: PeoplePage, qtbot: QtBot) -> None:
    select(page, "Ana")  # met 11 days ago, hoping for every 30 days
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.person_view.reach_label.isHidden()


@pytest.mark.parametrize("answer", ["delete", "keep", None])
def test_deleting_a_circle_asks_without_its_name_in_the_title(
    qapp: object, monkeypatch: pytest.MonkeyPatch, answer: str | None
) -> None:
    import diary.ui.people.dialogs as dialogs_module

    asked: list[tuple[str, str, list[str]]] = []

    def ask_choice(_parent: object, title: str, text: str, options: Sequence[Any]) -> str | None:
        labels = [option.label for option in options]
        asked.append((title, text, labels))
        return {"delete": labels[1], "keep": labels[0], None: None}[answer]

    monkeypatch.setattr(dialogs_module, "ask_choice", ask_choice)
    circle = Circle("Book club")
    confirmed = PeopleDialogs().delete_circle(QWidget(), circle, 1)
    assert confirmed is (answer == "delete")
    ((title, text, labels),) = asked
    assert "Book club" not in title
    assert "Book club" in text and "Its 1 member and" in text
    assert labels[0] != labels[1] and "Book club" in labels[1]
