"""The People page: everyone in the diary, a person's own page, and the circles.

``PeoplePage`` is the controller: it reads the diary off the GUI thread (``Tasks``), asks the
user through ``Dialogs`` and writes through the repository. Every request carries a
generation number, and every write the session it started in, so an answer that arrives after
the user moved on, or after the diary was locked, is dropped. The views (``PeopleListView``,
``PersonView``, ``CirclesView``) only lay out widgets and say what the user asked for.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QStackedWidget, QTabWidget, QVBoxLayout

from diary import messages
from diary.domain.cadence import PersonSummary, ReachOutList
from diary.domain.initiative import Initiative
from diary.domain.models import Circle, Person
from diary.domain.stats import Definition
from diary.i18n import Plural
from diary.messages import plural
from diary.ui.people import words as people_words
from diary.ui.people.circles import CirclesView
from diary.ui.people.dialogs import Dialogs, PeopleDialogs
from diary.ui.people.models import PeopleModel
from diary.ui.people.person import PersonView
from diary.ui.people.table import PeopleListView
from diary.ui.shell.page import Page, diary_definition, diary_today
from diary.ui.shell.tasks import InlinePool, Tasks

if TYPE_CHECKING:
    from diary.settings import Settings
    from diary.storage.repository import PersonRemoval, Repository


@dataclass(frozen=True)
class Snapshot:
    """What the People page shows, read in one go off the GUI thread."""

    people: tuple[Person, ...]
    last_contacts: dict[str, dt.date]
    circles: tuple[Circle, ...]
    circle_last: dict[str, dt.date]
    reach: ReachOutList = ReachOutList()
    circle_initiative: dict[str, Initiative] = field(default_factory=dict)


def read_snapshot(
    repository: Repository, definition: Definition, today: dt.date | None = None
) -> Snapshot:
    """Everyone, every circle, their last dates and today's reach-out list (runs in the pool)."""
    day = today or dt.date.today()
    return Snapshot(
        tuple(repository.people()),
        repository.last_contacts(definition),
        tuple(repository.circles()),
        repository.circle_last_taken_part(),
        repository.reach_out(day, definition),
        repository.circle_initiative(),
    )


def removal_text(removal: PersonRemoval, kept_contacts: bool) -> str:
    """What deleting someone did, with its counts, for the status line."""
    kept = _count(removal.contacts_kept, messages.PEOPLE_CONTACTS, messages.PEOPLE_NO_CONTACTS)
    notes = _count(removal.gratitude_unlinked, messages.PEOPLE_NOTES, messages.PEOPLE_NO_NOTES)
    if kept_contacts:
        return people_words.PEOPLE_UI_REMOVED_KEEPING.format(
            name=removal.name, kept=kept, notes=notes
        )
    deleted = _count(
        removal.contacts_deleted, messages.PEOPLE_CONTACTS, messages.PEOPLE_NO_CONTACTS
    )
    return people_words.PEOPLE_UI_REMOVED.format(
        name=removal.name, deleted=deleted, kept=kept, notes=notes
    )


def _count(n: int, forms: Plural, none: str) -> str:
    return none if n == 0 else plural(n, forms)


class PeoplePage(Page):
    """Everyone in the diary, a person's page, and the circles, in two tabs.

    Args:
        pool: where the diary is read and written (an ``InlinePool`` in tests).
        clock: "now", injectable for tests.
        dialogs: asks the user (modal dialogs by default; tests pass their answers).

    Signals:
        status: what was saved or what went wrong, for the status line.
        open_day: a ``datetime.date`` from a person's page to open on the Today page.
    """

    @property
    def title(self) -> str:
        """The page's name, in the current language."""
        return people_words.PAGE_PEOPLE

    def __init__(
        self,
        pool: QThreadPool | InlinePool | None = None,
        *,
        clock: Callable[[], dt.datetime] | None = None,
        dialogs: Dialogs | None = None,
    ) -> None:
        super().__init__()
        self._start = Tasks(pool).start
        self._clock: Callable[[], dt.datetime] = clock or dt.datetime.now
        self._dialogs: Dialogs = dialogs or PeopleDialogs()
        self._repository: Repository | None = None
        self._settings: Settings | None = None
        self._session = 0
        self._load_generation = 0
        self._person_generation = 0
        self._select_person: str | None = None
        self._select_circle: str | None = None

        self.model = PeopleModel(self)
        self.list_view = PeopleListView(self.model)
        self.person_view = PersonView()
        self.people_stack = QStackedWidget()
        self.people_stack.addWidget(self.list_view)
        self.people_stack.addWidget(self.person_view)
        self.circles_view = CirclesView()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(people_words.PEOPLE_UI_TABS_NAME)
        self.tabs.tabBar().setAccessibleName(people_words.PEOPLE_UI_TABS_NAME)
        self.tabs.addTab(self.people_stack, people_words.PEOPLE_UI_TAB_PEOPLE)
        self.tabs.addTab(self.circles_view, people_words.PEOPLE_UI_TAB_CIRCLES)
        self.tabs.setDocumentMode(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        # Handy names for the parts tests and the window reach for.
        self.proxy = self.list_view.proxy
        self.table = self.list_view.table
        self.filter_edit = self.list_view.filter_edit
        self.inner_only = self.list_view.inner_only
        self.circles_model = self.circles_view.model

        self._connect()

    def _connect(self) -> None:
        view = self.list_view
        view.add_requested.connect(self.add_person)
        view.edit_requested.connect(self.edit_person)
        view.merge_requested.connect(self.merge_person)
        view.delete_requested.connect(self.delete_person)
        view.person_activated.connect(self.open_person)
        self.person_view.back.connect(self.show_list)
        self.person_view.edit.connect(self.edit_person)
        self.person_view.day_activated.connect(self.open_day.emit)
        circles = self.circles_view
        circles.add_requested.connect(self.add_circle)
        circles.edit_requested.connect(self.edit_circle)
        circles.members_requested.connect(self.edit_members)
        circles.delete_requested.connect(self.delete_circle)
        circles.person_activated.connect(self._open_member)

    # Page contract --------------------------------------------------------------------------

    def attach(self, repository: Repository, settings: Settings) -> None:
        """Show the unlocked diary (read when the page is shown)."""
        self._repository = repository
        self._settings = settings
        self._session += 1
        if self.isVisible():
            self.refresh()

    def detach(self) -> None:
        """Forget everyone: clear every model and view, close any open question, drop answers."""
        self._repository = None
        self._settings = None
        self._session += 1
        self._load_generation += 1
        self._person_generation += 1
        self._select_person = self._select_circle = None
        for dialog in self.findChildren(QDialog):  # a question left open shows names
            dialog.reject()
        self.model.clear()
        self.list_view.clear()
        self.person_view.clear()
        self.circles_view.clear()
        self.people_stack.setCurrentWidget(self.list_view)
        self.tabs.setCurrentIndex(0)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Read again on every visit: the Today page may have added someone."""
        super().showEvent(event)
        if self._repository is not None:
            self.refresh()

    def today(self) -> dt.date:
        """Today as the diary counts it."""
        return diary_today(self._clock, self._settings)

    # Reading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read everyone and every circle again, off the GUI thread."""
        repository = self._repository
        if repository is None:
            return
        self._load_generation += 1
        generation = self._load_generation
        definition = diary_definition(self._settings)

        def done(snapshot: Snapshot) -> None:
            if generation == self._load_generation:
                self._show_snapshot(snapshot)

        def failed(error: Exception) -> None:
            if generation == self._load_generation:
                self.status.emit(people_words.PEOPLE_UI_LOAD_FAILED.format(reason=error))

        today = self.today()
        self._start(lambda: read_snapshot(repository, definition, today), done, failed)

    def _show_snapshot(self, snapshot: Snapshot) -> None:
        today = self.today()
        chosen = self.list_view.current_person()
        person_uid = self._select_person or (chosen.uid if chosen else None)
        chosen_circle = self.circles_view.current_circle()
        circle_uid = self._select_circle or (chosen_circle.uid if chosen_circle else None)
        self._select_person = self._select_circle = None
        self.model.set_people(snapshot.people, snapshot.last_contacts, today, snapshot.reach)
        self.circles_view.show_circles(
            snapshot.circles,
            snapshot.people,
            snapshot.circle_last,
            snapshot.last_contacts,
            today,
            snapshot.reach,
            snapshot.circle_initiative,
        )
        if person_uid is not None:
            self.list_view.select(person_uid)
        if circle_uid is None or not self.circles_view.select(circle_uid):
            self.circles_view.select_first()
        shown = self.person_view.person
        if self.people_stack.currentWidget() is self.person_view and shown is not None:
            again = next((p for p in snapshot.people if p.uid == shown.uid), None)
            if again is None:
                self.show_list()
            else:
                self._load_person(again)

    # A person's page ------------------------------------------------------------------------

    def open_person(self, person: Person) -> None:
        """Show ``person``'s page (their numbers are read off the GUI thread)."""
        if self._repository is None:
            return
        self.tabs.setCurrentWidget(self.people_stack)
        self.people_stack.setCurrentWidget(self.person_view)
        self.person_view.show_loading(person)
        self._load_person(person)
        self.person_view.focus_history()

    def _load_person(self, person: Person) -> None:
        repository = self._repository
        if repository is None:
            return
        self._person_generation += 1
        generation = self._person_generation
        definition = diary_definition(self._settings)
        name = person.name

        def done(summary: PersonSummary | None) -> None:
            if generation != self._person_generation:
                return
            if summary is None:
                self.status.emit(people_words.PEOPLE_UI_GONE.format(name=name))
                self.show_list()
                return
            focus = self.person_view.history_view.hasFocus()
            reach = self.model.reach_item(summary.person)
            self.person_view.show_summary(summary, self.today(), reach)
            if focus or self.person_view.back_button.hasFocus():
                self.person_view.focus_history()

        def failed(error: Exception) -> None:
            if generation == self._person_generation:
                self.status.emit(
                    people_words.PEOPLE_UI_PERSON_FAILED.format(name=name, reason=error)
                )

        self._start(lambda: repository.person_summary(name, definition), done, failed)

    def show_list(self) -> None:
        """Back from a person's page to the table, with that person still selected."""
        shown = self.person_view.person
        self._person_generation += 1
        self.people_stack.setCurrentWidget(self.list_view)
        self.person_view.clear()
        if shown is not None:
            self.list_view.select(shown.uid)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_member(self, name: str) -> None:
        key = name.casefold()
        person = next((p for p in self.model.people() if p.name.casefold() == key), None)
        if person is not None:
            self.open_person(person)

    # Writing --------------------------------------------------------------------------------

    def _write(self, work: Callable[[Repository], Any], done: Callable[[Any], None]) -> None:
        """Run ``work`` off the GUI thread; then ``done`` and a fresh read, unless locked since."""
        repository = self._repository
        if repository is None:
            return
        # No save state here: it is the entry's (Today), and "Saving…" would stay on the
        # window's status line once the confirmation below had faded.
        session = self._session

        def ok(result: Any) -> None:
            if session == self._session:
                done(result)
                self.refresh()

        def failed(error: Exception) -> None:
            if session == self._session:
                self.status.emit(people_words.PEOPLE_UI_NOT_SAVED.format(reason=error))

        self._start(lambda: work(repository), ok, failed)

    def _circle_names(self) -> list[str]:
        return self.circles_model.names()

    def add_person(self) -> None:
        """Ask for a new person and add them."""
        if self._repository is None:
            return
        person = self._dialogs.edit_person(self, None, self.model.people(), self._circle_names())
        if person is None:
            return
        self._select_person = person.uid

        def done(added: Person) -> None:
            self._select_person = added.uid
            self.status.emit(people_words.PEOPLE_UI_ADDED.format(name=added.name))

        self._write(lambda r: r.add_person(person), done)

    def edit_person(self, person: Person) -> None:
        """Ask for ``person``'s new details and save them."""
        if self._repository is None:
            return
        changed = self._dialogs.edit_person(self, person, self.model.people(), self._circle_names())
        if changed is None or changed == person:
            return
        self._select_person = changed.uid
        self._write(
            lambda r: r.update_person(changed),
            lambda saved: self.status.emit(people_words.PEOPLE_UI_SAVED.format(name=saved.name)),
        )

    def merge_person(self, person: Person) -> None:
        """Ask whom to merge with ``person``, then make them one."""
        if self._repository is None:
            return
        answer = self._dialogs.merge(self, person, self.model.people())
        if answer is None:
            return
        keep, other = answer

        def done(merged: Person) -> None:
            self._select_person = merged.uid
            shown = self.person_view.person
            if shown is not None and shown.name.casefold() in (keep.casefold(), other.casefold()):
                self.person_view.person = merged  # the page follows the person who stays
            self.status.emit(messages.PEOPLE_MERGED.format(keep=merged.name, other=other))

        self._write(lambda r: r.merge_people(keep, other), done)

    def delete_person(self, person: Person) -> None:
        """Ask how to remove ``person``, then remove them and say what happened."""
        if self._repository is None:
            return
        keep = self._dialogs.delete_person(self, person)
        if keep is None:
            return
        if self.person_view.person is not None and self.person_view.person.uid == person.uid:
            self.show_list()
        neighbour = self.list_view.neighbour(person)

        def done(removal: PersonRemoval) -> None:
            self._select_person = neighbour.uid if neighbour is not None else None
            self.status.emit(removal_text(removal, keep))

        self._write(lambda r: r.delete_person(person.name, keep_interactions=keep), done)

    # Circles --------------------------------------------------------------------------------

    def add_circle(self) -> None:
        """Ask for a new circle and add it."""
        if self._repository is None:
            return
        circle = self._dialogs.edit_circle(self, None, self._circle_names())
        if circle is None:
            return
        self._select_circle = circle.uid

        def done(added: Circle) -> None:
            self._select_circle = added.uid
            self.status.emit(people_words.PEOPLE_UI_CIRCLE_ADDED.format(name=added.name))

        self._write(lambda r: r.add_circle(circle), done)

    def edit_circle(self, circle: Circle) -> None:
        """Ask for a circle's new name or cadence and save them."""
        if self._repository is None:
            return
        changed = self._dialogs.edit_circle(self, circle, self._circle_names())
        if changed is None or changed == circle:
            return
        self._select_circle = changed.uid
        self._write(
            lambda r: r.update_circle(changed),
            lambda saved: self.status.emit(
                people_words.PEOPLE_UI_CIRCLE_SAVED.format(name=saved.name)
            ),
        )

    def edit_members(self, circle: Circle) -> None:
        """Ask who belongs to ``circle`` and save it."""
        if self._repository is None:
            return
        members = [p.name for p in self.circles_model.members(circle)]
        chosen = self._dialogs.edit_members(self, circle, self.model.people(), members)
        if chosen is None or sorted(chosen) == sorted(members):
            return
        self._select_circle = circle.uid
        self._write(
            lambda r: r.set_circle_members(circle.name, chosen),
            lambda now: self.status.emit(
                people_words.PEOPLE_UI_MEMBERS_SAVED.format(
                    name=circle.name, count=plural(len(now), people_words.PEOPLE_UI_MEMBER_COUNT)
                )
            ),
        )

    def delete_circle(self, circle: Circle) -> None:
        """Ask, then delete ``circle`` (its members and contacts stay)."""
        if self._repository is None:
            return
        members = len(self.circles_model.members(circle))
        if not self._dialogs.delete_circle(self, circle, members):
            return
        self._write(
            lambda r: r.delete_circle(circle.name),
            lambda _found: self.status.emit(
                people_words.PEOPLE_UI_CIRCLE_DELETED.format(name=circle.name)
            ),
        )
