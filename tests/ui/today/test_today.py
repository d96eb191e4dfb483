"""The Today page: write an evening entry, autosave, open other days, survive failures, lock."""

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from conftest import Deferred
from diary import i18n, messages
from diary.domain.models import Entry, Gratitude, Initiator, Interaction, Mode, Person
from diary.settings import Settings
from diary.storage.errors import SaveFailed
from diary.storage.repository import Repository
from diary.ui.today.page import TodayPage, words_text

pytestmark = pytest.mark.gui

SATURDAY = dt.date(2026, 11, 21)
TWO_AM_SUNDAY = dt.datetime(2026, 11, 22, 2, 0)
AUTOSAVE_MS = 20


class Clock:
    """A settable clock for the page."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.json")


@pytest.fixture
def clock() -> Clock:
    return Clock(TWO_AM_SUNDAY)


@pytest.fixture
def make_page(
    qtbot: QtBot, repo: Repository, settings: Settings, clock: Clock
) -> Callable[[], TodayPage]:
    def make() -> TodayPage:
        page = TodayPage(clock=clock, autosave_ms=AUTOSAVE_MS)
        qtbot.addWidget(page)
        page.attach(repo, settings)
        page.resize(900, 1400)
        page.show()
        qtbot.waitExposed(page)
        page.activateWindow()
        return page

    return make


@pytest.fixture
def page(make_page: Callable[[], TodayPage]) -> TodayPage:
    return make_page()


def wait_saved(qtbot: QtBot, page: TodayPage) -> None:
    qtbot.waitUntil(lambda: not page.has_unsaved_changes(), timeout=3000)


def test_a_narrow_window_gets_a_shorter_heading_still_capitalised(
    make_page: Callable[[], TodayPage],
) -> None:
    with i18n.speaking("es"):
        page = make_page()
        forms = page.day_label.forms()

    assert forms == ("Sábado, 21 de noviembre de 2026", "Sáb, 21 nov 2026")


def test_opens_on_this_evening_even_after_midnight(page: TodayPage) -> None:
    assert page.title == "Today"
    assert page.current_day() == SATURDAY  # 02:00 on Sunday is still Saturday evening
    assert page.day_label.forms()[0] == "Saturday 21 November 2026"
    assert page.tag_label.text() == "Today"
    assert page.date_edit.date() == QDate(2026, 11, 21)
    assert page.date_edit.maximumDate() == QDate(2026, 11, 21)
    assert not page.next_button.isEnabled()


def test_the_hour_the_day_starts_is_a_setting(
    make_page: Callable[[], TodayPage], settings: Settings, clock: Clock
) -> None:
    settings.set("day_starts_hour", 0)
    assert make_page().current_day() == dt.date(2026, 11, 22)
    clock.now = dt.datetime(2026, 11, 22, 10, 0)
    settings.set("day_starts_hour", 4)
    assert make_page().current_day() == dt.date(2026, 11, 22)


def test_typing_an_evening_entry_autosaves_it(
    qtbot: QtBot, page: TodayPage, repo: Repository
) -> None:
    repo.add_person(Person("Ana"))
    page.show_day(SATURDAY)  # Ana is offered now
    statuses: list[str] = []
    page.status.connect(statuses.append)
    qtbot.mouseClick(
        page.mood_grid, Qt.MouseButton.LeftButton, pos=page.mood_grid.cell_center(7, 4).toPoint()
    )
    qtbot.keyClicks(page.feelings_picker.filter_edit, "grate")
    qtbot.keyClick(page.feelings_picker.filter_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(page.feelings_picker.filter_edit, "cosy-ish")
    qtbot.keyClick(page.feelings_picker.filter_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(page.gratitude_editor.lines[0], "Warm soup")
    page.gratitude_editor.persons[0].setFocus()
    qtbot.keyClicks(page.gratitude_editor.persons[0], "an")
    qtbot.keyClicks(page.gratitude_editor.lines[1], "A long walk")
    with qtbot.waitSignal(page.status, timeout=3000, check_params_cb=lambda s: s == "Saved"):
        qtbot.keyClicks(page.text_edit, "Met Ana for coffee. It was lovely")
    assert page.words_label.text() == "7 words"
    assert "Saving…" in statuses
    assert not page.has_unsaved_changes()
    stored = repo.entry(SATURDAY)
    assert stored is not None
    assert (stored.mood, stored.energy) == (7, 4)
    assert stored.feelings == ("grateful", "cosy-ish")
    assert stored.gratitude == (Gratitude("Warm soup", "Ana"), Gratitude("A long walk"))
    assert stored.text == "Met Ana for coffee. It was lovely"
    assert [person.name for person in repo.people()] == ["Ana"]  # "an" completed, no one new


def test_the_entry_keeps_its_identity_across_saves(
    qtbot: QtBot, page: TodayPage, repo: Repository
) -> None:
    qtbot.keyClicks(page.text_edit, "first")
    wait_saved(qtbot, page)
    first = repo.entry(SATURDAY)
    qtbot.keyClicks(page.text_edit, " and second")
    wait_saved(qtbot, page)
    second = repo.entry(SATURDAY)
    assert first is not None and second is not None
    assert second.text == "first and second"
    assert second.uid == first.uid


def test_loading_a_day_does_not_count_as_a_change(
    qtbot: QtBot, repo: Repository, make_page: Callable[[], TodayPage]
) -> None:
    repo.save_entry(Entry(SATURDAY, 3, 3, ("tired",), (Gratitude("tea"),), "long day"))
    page = make_page()
    assert page.text_edit.toPlainText() == "long day"
    assert page.mood_grid.value() == (3, 3)
    assert page.feelings_picker.feelings() == ("tired",)
    assert page.gratitude_editor.gratitude() == (Gratitude("tea"),)
    assert page.words_label.text() == "2 words"
    assert not page.has_unsaved_changes()
    with qtbot.assertNotEmitted(page.status, wait=AUTOSAVE_MS * 3):
        pass
    assert not page.text_edit.document().isUndoAvailable()  # no undo back into emptiness


def test_a_contact_is_saved_at_once(qtbot: QtBot, page: TodayPage, repo: Repository) -> None:
    editor = page.interactions_editor
    editor.line_edit.setFocus()
    qtbot.keyClicks(editor.line_edit, "Ana and Ben, open, we both")
    with qtbot.assertNotEmitted(editor.add_requested):
        qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)  # nobody is in the diary yet
    assert repo.people() == [] and repo.day(SATURDAY).interactions == ()
    assert editor.question.name() == "Ana" and editor.question.yes_button.hasFocus()
    qtbot.keyClick(editor.question.yes_button, Qt.Key.Key_Space)  # explicitly: add Ana
    assert editor.question.name() == "Ben" and editor.question.yes_button.hasFocus()
    with qtbot.waitSignal(page.status, check_params_cb=lambda s: s == "Saved"):
        qtbot.keyClick(editor.question.yes_button, Qt.Key.Key_Space)  # and Ben: then it is added
    assert [person.name for person in repo.people()] == ["Ana", "Ben"]
    (stored,) = repo.day(SATURDAY).interactions
    assert (stored.people, stored.mode, stored.minutes) == (("Ana", "Ben"), Mode.IN_PERSON, 30)
    assert (stored.depth, stored.initiated) == (4, Initiator.BOTH)
    assert editor.model.items() == (stored,)
    assert editor.names_model.stringList() == ["Ana", "Ben"]  # offered from now on
    assert page.gratitude_editor.names_model.stringList() == ["Ana", "Ben"]

    editor.start_edit(0)
    editor.line_edit.setText(editor.line_edit.text().replace("30 min", "90 min"))
    editor.submit()
    assert repo.day(SATURDAY).interactions[0].minutes == 90

    editor.list_view.setCurrentIndex(editor.model.index(0, 0))
    editor.remove_selected()
    assert repo.day(SATURDAY).interactions == ()
    qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)
    (back,) = repo.day(SATURDAY).interactions
    assert back.uid == stored.uid and back.minutes == 90


def test_a_half_typed_name_never_creates_a_person(
    qtbot: QtBot, page: TodayPage, repo: Repository
) -> None:
    repo.add_person(Person("Priya"))
    page.show_day(SATURDAY)
    editor = page.interactions_editor
    editor.line_edit.setFocus()
    qtbot.keyClicks(editor.line_edit, "Pri")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Backspace)  # refuse the offered "ya"
    assert editor.line_edit.text() == "Pri"
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.line_edit, ", coffee")  # the question ignored: typing on
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    gratitude = page.gratitude_editor
    gratitude.lines[0].setFocus()
    qtbot.keyClicks(gratitude.lines[0], "Kind words")
    gratitude.persons[0].setFocus()
    qtbot.keyClicks(gratitude.persons[0], "Pri")
    qtbot.keyClick(gratitude.persons[0], Qt.Key.Key_Delete)
    qtbot.keyClick(gratitude.persons[0], Qt.Key.Key_Tab)
    assert page.flush()
    assert [person.name for person in repo.people()] == ["Priya"]
    assert repo.day(SATURDAY).interactions == ()
    entry = repo.entry(SATURDAY)
    assert entry is not None and entry.gratitude == (Gratitude("Kind words"),)
    # Accepted explicitly, it is someone new, and the gratitude line is about them.
    with qtbot.waitSignal(page.status, check_params_cb=lambda s: "Added Pri" in s):
        qtbot.mouseClick(gratitude.question.yes_button, Qt.MouseButton.LeftButton)
    assert page.flush()
    assert [person.name for person in repo.people()] == ["Pri", "Priya"]
    entry = repo.entry(SATURDAY)
    assert entry is not None and entry.gratitude == (Gratitude("Kind words", "Pri"),)
    assert editor.parsed().people == ("Pri",)  # the contact line knows Pri now too


def test_a_contact_that_fails_to_save_stays_in_the_line(
    qtbot: QtBot, page: TodayPage, repo: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(item: Interaction) -> Interaction:
        raise SaveFailed("The disk is full.")

    repo.add_person(Person("Mum"))
    page.show_day(SATURDAY)
    monkeypatch.setattr(repo, "add_interaction", fail)
    editor = page.interactions_editor
    editor.line_edit.setFocus()
    qtbot.keyClicks(editor.line_edit, "mum")
    with qtbot.waitSignal(page.status) as blocker:
        editor.submit()
    assert "The disk is full." in blocker.args[0]
    assert "The disk is full." in editor.error_label.text()
    assert editor.line_edit.text() == "mum"
    assert editor.model.rowCount() == 0


def test_a_failed_save_keeps_everything_and_retries(
    qtbot: QtBot, page: TodayPage, repo: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_save = repo.save_entry

    def fail(entry: Entry) -> Entry:
        raise SaveFailed("The disk is full.")

    monkeypatch.setattr(repo, "save_entry", fail)
    with qtbot.waitSignal(
        page.status, timeout=3000, check_params_cb=lambda s: "The disk is full." in s
    ) as blocker:
        qtbot.keyClicks(page.text_edit, "precious words")
    assert "still on screen" in blocker.args[0]
    assert page.text_edit.toPlainText() == "precious words"
    assert page.has_unsaved_changes()
    assert page.flush() is False
    assert page.go_previous_day() is False  # leaving would lose the words: stay
    assert page.current_day() == SATURDAY
    assert page.text_edit.toPlainText() == "precious words"

    monkeypatch.setattr(repo, "save_entry", real_save)
    with qtbot.waitSignal(page.status, timeout=3000, check_params_cb=lambda s: s == "Saved"):
        qtbot.keyClicks(page.text_edit, "!")
    stored = repo.entry(SATURDAY)
    assert stored is not None and stored.text == "precious words!"


def test_open_a_past_day_and_walk_through_days(
    qtbot: QtBot, repo: Repository, make_page: Callable[[], TodayPage]
) -> None:
    past = dt.date(2026, 11, 10)
    repo.save_entry(Entry(past, 6, None, ("okay",), (), "back then"))
    repo.add_interaction(Interaction(past, Mode.CALL, 15, ("Mum",)))
    page = make_page()
    assert page.show_day(past)
    assert page.day_label.forms()[0] == "Tuesday 10 November 2026"
    assert not page.tag_label.isVisibleTo(page)
    assert page.text_edit.toPlainText() == "back then"
    assert page.mood_grid.value() == (6, None)
    assert [i.people for i in page.interactions_editor.model.items()] == [("Mum",)]
    assert page.next_button.isEnabled()

    qtbot.keyClicks(page.text_edit, ", filled in later")
    assert page.go_next_day()  # saves the past day first
    stored = repo.entry(past)
    assert stored is not None and stored.text == "back then, filled in later"
    assert page.current_day() == dt.date(2026, 11, 11)
    assert page.text_edit.toPlainText() == ""
    assert page.interactions_editor.model.rowCount() == 0
    assert page.go_previous_day()
    assert page.current_day() == past
    assert page.go_today()
    assert page.current_day() == SATURDAY
    assert page.go_previous_day()
    assert page.tag_label.text() == "Yesterday"
    assert page.go_next_day()
    assert page.go_next_day() is False  # no future days
    assert page.show_day(dt.date(2027, 1, 1))
    assert page.current_day() == SATURDAY


def test_the_date_field_opens_any_past_day(qtbot: QtBot, page: TodayPage) -> None:
    page.date_edit.setFocus()
    page.date_edit.setDate(QDate(2025, 2, 3))
    qtbot.keyClick(page.date_edit, Qt.Key.Key_Return)
    assert page.current_day() == dt.date(2025, 2, 3)
    assert page.day_label.forms()[0] == "Monday 3 February 2025"
    page.date_edit.calendarWidget().clicked.emit(QDate(2025, 1, 1))
    assert page.current_day() == dt.date(2025, 1, 1)


def test_changes_are_saved_on_leaving_the_page(
    qtbot: QtBot, page: TodayPage, repo: Repository
) -> None:
    page.autosave_timer.setInterval(60_000)
    qtbot.keyClicks(page.text_edit, "before the pause")
    assert repo.entry(SATURDAY) is None
    page.hide()
    stored = repo.entry(SATURDAY)
    assert stored is not None and stored.text == "before the pause"


def test_undo_and_redo_in_the_free_text(qtbot: QtBot, page: TodayPage) -> None:
    assert not page.undo_button.isEnabled()
    qtbot.keyClicks(page.text_edit, "oops")
    assert page.undo_button.isEnabled()
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert page.text_edit.toPlainText() == ""
    assert page.words_label.text() == "0 words"
    qtbot.mouseClick(page.redo_button, Qt.MouseButton.LeftButton)
    assert page.text_edit.toPlainText() == "oops"
    assert page.words_label.text() == "1 word"


def test_detach_clears_every_widget(
    qtbot: QtBot, page: TodayPage, repo: Repository, settings: Settings
) -> None:
    repo.add_interaction(Interaction(SATURDAY, Mode.VIDEO, 20, ("Ana",)))
    page.show_day(SATURDAY)
    page.mood_grid.set_value(8, 8)
    page.feelings_picker.add("joyful")
    qtbot.keyClicks(page.feelings_picker.filter_edit, "half")
    qtbot.keyClicks(page.gratitude_editor.lines[0], "secret thanks")
    qtbot.keyClicks(page.interactions_editor.line_edit, "typed name")
    qtbot.keyClicks(page.text_edit, "my secret")
    assert page.flush()

    with qtbot.assertNotEmitted(page.status):
        page.detach()
    assert page.current_day() is None
    assert page.mood_grid.value() == (None, None)
    assert page.feelings_picker.feelings() == ()
    assert page.feelings_picker.filter_edit.text() == ""
    assert page.gratitude_editor.gratitude() == ()
    assert all(line.text() == "" for line in page.gratitude_editor.lines)
    assert page.gratitude_editor.names_model.stringList() == []
    assert page.interactions_editor.model.rowCount() == 0
    assert page.interactions_editor.names_model.stringList() == []
    assert page.interactions_editor.line_edit.text() == ""
    assert page.text_edit.toPlainText() == ""
    assert not page.text_edit.document().isUndoAvailable()
    assert page.day_label.text() == ""
    assert not page.isEnabled()
    assert page.flush()  # nothing to save, no diary to save to
    assert page.go_today() is False
    page.text_edit.setPlainText("typed while locked")
    assert not page.has_unsaved_changes()

    page.attach(repo, settings)  # unlocking again shows the saved evening
    assert page.isEnabled()
    assert page.text_edit.toPlainText() == "my secret"
    assert page.feelings_picker.feelings() == ("joyful",)
    assert page.interactions_editor.model.rowCount() == 1


def test_controls_are_named_and_reachable_by_keyboard(page: TodayPage) -> None:
    focusable = [
        widget
        for widget in page.findChildren(QWidget)
        if widget.isVisibleTo(page)
        and widget.isEnabled()
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.focusProxy() is None  # e.g. a spin box's line edit: focus goes to the box
    ]
    assert page.mood_grid in focusable and page.text_edit in focusable
    for widget in focusable:
        named = widget.accessibleName() or (isinstance(widget, QAbstractButton) and widget.text())
        assert named, f"{type(widget).__name__} in {type(widget.parent()).__name__} has no name"
    assert page.text_edit.tabChangesFocus()


def test_tab_order_follows_the_sections(page: TodayPage) -> None:
    order = []
    widget: QWidget = page.previous_button
    for _ in range(400):
        if widget.isVisibleTo(page) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            order.append(widget)
        widget = widget.nextInFocusChain()
        if widget is page.previous_button:
            break
    key_widgets = [
        page.previous_button,
        page.date_edit,
        page.mood_grid,
        page.feelings_picker.filter_edit,
        page.interactions_editor.line_edit,
        page.gratitude_editor.lines[0],
        page.gratitude_editor.persons[2],
        page.text_edit,
    ]
    positions = [order.index(w) for w in key_widgets]
    assert positions == sorted(positions), "  ".join(
        [
            f"{type(w).__name__}:{w.accessibleName() or getattr(w, 'text', lambda: '')()}"
            for w in order
        ]
    )


def test_helpers() -> None:
    assert messages.long_day(dt.date(2026, 1, 1)) == "Thursday 1 January 2026"
    assert words_text(1) == "1 word"
    assert words_text(0) == "0 words"


def entry_widgets(page: TodayPage) -> list[QWidget]:
    return [
        page.mood_grid,
        page.feelings_picker.filter_edit,
        page.interactions_editor.line_edit,
        page.gratitude_editor.lines[0],
        page.gratitude_editor.lines[2],
        page.text_edit,
    ]


def positions(page: TodayPage) -> list[tuple[int, int]]:
    QApplication.processEvents()
    spots = [w.mapTo(page, w.rect().topLeft()) for w in entry_widgets(page)]
    return [(spot.x(), spot.y()) for spot in spots]


@pytest.mark.parametrize(("width", "height", "two_columns"), [(1200, 680, True), (800, 600, False)])
def test_removing_a_feeling_moves_nothing(
    qtbot: QtBot, page: TodayPage, width: int, height: int, two_columns: bool
) -> None:
    page.resize(width, height)
    QApplication.processEvents()
    assert page.two_columns() is two_columns
    picker = page.feelings_picker
    for word in ("tired", "calm", "hopeful", "proud", "lonely", "grateful", "content", "sad"):
        picker.add(word)
    before = positions(page)
    scrolled = page.scroll_area.verticalScrollBar().value()
    chip = picker.chips()[-1]
    chip.setFocus()
    qtbot.keyClick(chip, Qt.Key.Key_Space)
    assert "sad" not in picker.feelings()
    assert positions(page) == before
    assert page.scroll_area.verticalScrollBar().value() == scrolled


def test_reach_out_loading_later_moves_nothing(
    qtbot: QtBot, repo: Repository, settings: Settings, clock: Clock
) -> None:
    repo.add_person(Person("Sam", cadence_days=7))
    repo.add_interaction(Interaction(SATURDAY - dt.timedelta(days=20), Mode.CALL, 30, ("Sam",)))
    pool = Deferred()
    page = TodayPage(clock=clock, autosave_ms=AUTOSAVE_MS, pool=pool)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1200, 680)
    page.attach(repo, settings)
    page.show()
    qtbot.waitExposed(page)
    before = positions(page)
    assert page.reach_out.model.rowCount() == 0
    pool.run_all()  # the companions' answers arrive
    QApplication.processEvents()
    assert page.reach_out.model.rowCount() > 0 and page.reach_out.isVisibleTo(page)
    assert positions(page) == before


def test_a_contact_refreshes_reach_out(
    qtbot: QtBot, page: TodayPage, repo: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo.add_person(Person("Sam"))
    page.show_day(SATURDAY)
    refreshed: list[bool] = []
    monkeypatch.setattr(page.reach_out, "refresh", lambda: refreshed.append(True))
    editor = page.interactions_editor
    editor.line_edit.setFocus()
    qtbot.keyClicks(editor.line_edit, "Sam, walk, 1h")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    assert len(refreshed) == 1 and editor.model.rowCount() == 1
    editor.list_view.setCurrentIndex(editor.model.index(0, 0))
    editor.remove_selected()
    assert len(refreshed) == 2 and editor.model.rowCount() == 0


def test_a_typical_entry_fits_a_laptop_screen_without_scrolling(
    qtbot: QtBot, page: TodayPage, repo: Repository
) -> None:
    for name in ("Ana", "Sam"):
        repo.add_person(Person(name))
    page.show_day(SATURDAY)
    page.resize(1366 - 180, 768 - 90)  # the window less its navigation, title and status bars
    QApplication.processEvents()
    page.mood_grid.set_value(7, 5)
    for word in ("calm", "grateful"):
        page.feelings_picker.add(word)
    editor = page.interactions_editor
    for line in ("Ana, coffee, 45 min, deep", "Sam called, 20 min"):
        editor.line_edit.setText(line)
        editor.submit()
    for index, text in enumerate(("Soup", "A walk", "Sam's call")):
        page.gratitude_editor.lines[index].setText(text)
    page.text_edit.setPlainText("A good, quiet evening.")
    QApplication.processEvents()
    assert editor.model.rowCount() == 2
    viewport = page.scroll_area.viewport()
    assert page.scroll_area.verticalScrollBar().value() == 0
    for widget in [
        *entry_widgets(page),
        *page.feelings_picker.chips(),
        editor.list_view,
        editor.line_edit,
        *page.gratitude_editor.lines[:3],
        page.words_label,
    ]:
        top_left = widget.mapTo(viewport, widget.rect().topLeft())
        bottom_right = widget.mapTo(viewport, widget.rect().bottomRight())
        assert viewport.rect().contains(top_left) and viewport.rect().contains(bottom_right), widget


def test_the_status_never_says_saved_before_the_store_holds_the_words(
    qtbot: QtBot, page: TodayPage, repo: Repository
) -> None:
    said: list[tuple[str, str | None]] = []

    def heard(status: str) -> None:
        stored = repo.entry(SATURDAY)
        said.append((status, stored.text if stored is not None else None))

    page.status.connect(heard)
    qtbot.keyClicks(page.text_edit, "First")
    assert said == [("Not saved yet", None)]  # once, at the first change, not per key
    with qtbot.waitSignal(page.status, timeout=3000, check_params_cb=lambda s: s == "Saved"):
        pass
    assert said[-2:] == [("Saving…", None), ("Saved", "First")]
    qtbot.keyClicks(page.text_edit, " words")
    assert said[-1] == ("Not saved yet", "First")
    wait_saved(qtbot, page)
    assert said[-1] == ("Saved", "First words")
    for status, text in said:
        if status == "Saved":
            assert text is not None and page.text_edit.toPlainText().startswith(text)


def test_a_contact_saved_at_once_does_not_call_unsaved_words_saved(
    qtbot: QtBot, page: TodayPage, repo: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A contact is stored at once; the entry's text typed just before is not, yet."""
    repo.add_person(Person("Mum"))
    page.show_day(SATURDAY)
    page.autosave_timer.setInterval(60_000)  # the words wait for the autosave meanwhile
    said: list[str] = []
    page.status.connect(said.append)
    qtbot.keyClicks(page.text_edit, "A long call")
    editor = page.interactions_editor
    editor.line_edit.setFocus()
    qtbot.keyClicks(editor.line_edit, "mum call 20 min")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    assert len(repo.day(SATURDAY).interactions) == 1  # the contact is in the diary
    assert repo.entry(SATURDAY) is None  # the words are not
    assert "Saved" not in said and said[-1] == "Not saved yet", said
    assert page.flush()
    assert said[-1] == "Saved"

    def full(_entry: Entry) -> Entry:
        raise SaveFailed("The disk is full.")

    monkeypatch.setattr(repo, "save_entry", full)
    qtbot.keyClicks(page.text_edit, " with Mum")
    assert not page.flush()
    editor.line_edit.setFocus()
    qtbot.keyClicks(editor.line_edit, "mum call 5 min")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    assert len(repo.day(SATURDAY).interactions) == 2
    assert said[-1].startswith("Not saved") and "The disk is full." in said[-1], said[-1]


def test_a_diary_that_can_only_be_read_shows_every_day_but_takes_no_edits(
    qtbot: QtBot, page: TodayPage, repo: Repository
) -> None:
    repo.save_entry(Entry(SATURDAY, mood=6, text="Written elsewhere."))
    page.show_day(SATURDAY)
    page.set_read_only(True)
    assert not page.read_only_label.isHidden()
    assert "can only be read here" in page.read_only_label.text()
    assert not page.text_edit.isEnabled() and not page.mood_grid.isEnabled()
    assert page.previous_button.isEnabled()  # other days still open
    assert page.text_edit.toPlainText() == "Written elsewhere."
    said: list[str] = []
    page.status.connect(said.append)
    page.log_contact()  # no window that could only fail
    assert said == [page.read_only_label.text()]
    page.set_read_only(False)
    assert page.read_only_label.isHidden() and page.text_edit.isEnabled()
