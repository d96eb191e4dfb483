"""The main window: a sidebar with icons, a size that fits the screen, notices that go away."""

from __future__ import annotations

import base64
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from diary.settings import Settings
from diary.ui.shell import words
from diary.ui.shell.main_window import NOTICE_MS, MainWindow, fit_rect, is_save_state
from diary.ui.shell.page import Page

pytestmark = pytest.mark.gui


class StubPage(Page):
    def __init__(self, title: str) -> None:
        super().__init__()
        self._title = title
        self.flushed = 0

    @property
    def title(self) -> str:
        return self._title

    def attach(self, repository, settings) -> None:  # type: ignore[no-untyped-def]
        pass

    def detach(self) -> None:
        pass

    def flush(self) -> bool:
        self.flushed += 1
        return True

    # What the window asks of Today and Journal.
    def show_day(self, day) -> None:  # type: ignore[no-untyped-def]
        pass

    def refresh(self) -> None:
        pass

    def focus_search(self) -> None:
        pass

    def log_contact(self) -> None:
        pass


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.json")


def make_window(qtbot: QtBot, settings: Settings) -> MainWindow:
    today, journal = StubPage("Today"), StubPage("Journal")
    others = [StubPage("People"), StubPage("Insights"), StubPage("Settings")]
    window = MainWindow(today, journal, others, settings)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    return window


@pytest.fixture
def window(qtbot: QtBot, settings: Settings) -> MainWindow:
    return make_window(qtbot, settings)


# The sidebar ---------------------------------------------------------------------------------


def test_every_page_has_an_icon_and_its_label(window: MainWindow) -> None:
    nav = window.navigation
    assert [nav.item(row).text() for row in range(nav.count())] == [
        "Today",
        "Journal",
        "People",
        "Insights",
        "Settings",
    ]
    for row in range(nav.count()):
        icon: QIcon = nav.item(row).icon()
        assert not icon.isNull()
        assert not icon.pixmap(QSize(20, 20)).isNull()
        assert "Ctrl+" in nav.item(row).toolTip()
    assert window.sidebar.app_name.text() == "Hearth"


def test_ctrl_numbers_and_arrows_move_between_pages(window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.pages[2]
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.stack.currentWidget() is window.pages[3]
    assert window.pages[2].flushed  # leaving a page saves it
    qtbot.keyClick(window.navigation, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.pages[0]


def test_the_lock_button_asks_to_lock(window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.lock_requested, timeout=1000):
        window.sidebar.lock_button.click()
    assert window.sidebar.lock_button.text() == words.NAV_LOCK


def test_navigation_icons_follow_the_theme(window: MainWindow, qapp: QApplication) -> None:
    from diary import design
    from diary.ui.shell.theme import apply_theme

    def drawn_colours() -> set[str]:
        image = window.navigation.item(0).icon().pixmap(QSize(32, 32)).toImage()
        return {
            image.pixelColor(x, y).name()
            for x in range(32)
            for y in range(32)
            if image.pixelColor(x, y).alpha() == 255
        }

    try:
        apply_theme(qapp, "dark")
        qapp.processEvents()
        assert drawn_colours() == {design.DARK.text}
        apply_theme(qapp, "light")
        qapp.processEvents()
        assert drawn_colours() == {design.LIGHT.text}
    finally:
        apply_theme(qapp, "system")
        qapp.setStyleSheet("")


# Any screen ----------------------------------------------------------------------------------


def test_fit_rect_shrinks_and_moves_inside_the_available_area() -> None:
    available = QRect(0, 0, 1024, 700)
    frame = QMargins(1, 28, 1, 1)
    fitted = fit_rect(QRect(300, 200, 1180, 780), available, frame)
    assert fitted.size() == QSize(1022, 671)
    assert fitted.topLeft() == QPoint(1, 28)  # the title bar stays on the screen
    assert available.contains(fitted.marginsAdded(frame))
    small = fit_rect(QRect(-50, -20, 400, 300), available)
    assert small == QRect(0, 0, 400, 300)
    beyond = fit_rect(QRect(2000, 900, 400, 300), QRect(1366, 0, 1024, 700))
    assert beyond == QRect(1366 + 1024 - 400, 400, 400, 300)


def test_the_window_opens_within_the_screen(window: MainWindow) -> None:
    available = window.screen().availableGeometry()
    assert window.width() <= available.width()
    assert window.height() <= available.height()


def test_a_remembered_size_from_a_bigger_screen_is_clamped(
    qtbot: QtBot, settings: Settings
) -> None:
    big = make_window(qtbot, settings)
    available = big.screen().availableGeometry()
    big.setGeometry(QRect(-400, -300, available.width() + 900, available.height() + 700))
    stored = base64.b64encode(bytes(QByteArray(big.saveGeometry()).data())).decode("ascii")
    settings.set("window_geometry", stored)
    again = make_window(qtbot, settings)
    assert again.width() <= available.width() and again.height() <= available.height()
    assert available.contains(again.geometry())


# Notices -------------------------------------------------------------------------------------


def test_a_confirmation_goes_after_a_few_seconds(window: MainWindow) -> None:
    assert window.notice_timer.interval() == NOTICE_MS
    window.pages[3].status.emit("Saved the chart to mood.png.")
    assert window.status_label.text() == "Saved the chart to mood.png."
    assert window.notice_timer.isActive()
    window.pages[0].status.emit(words.STATUS_SAVED)  # a save meanwhile waits its turn
    assert window.status_label.text() == "Saved the chart to mood.png."
    window.notice_timer.timeout.emit()  # as if NOTICE_MS had passed
    assert window.status_label.text() == words.STATUS_SAVED


def test_a_confirmation_belongs_to_its_page(window: MainWindow) -> None:
    window.show_page(window.pages[3])
    window.pages[3].status.emit("Saved the chart to mood.png.")
    window.show_page(window.pages[3])  # staying on the page keeps it
    assert window.status_label.text() == "Saved the chart to mood.png."
    window.show_page(window.pages[1])
    assert window.status_label.text() == words.STATUS_SAVED
    assert not window.notice_timer.isActive()


def test_the_save_state_stays(window: MainWindow) -> None:
    window.pages[0].status.emit(words.STATUS_SAVING)
    assert not window.notice_timer.isActive()
    window.show_page(window.pages[4])
    assert window.status_label.text() == words.STATUS_SAVING
    failed = "Not saved yet: the disk is full. Everything is still on screen; Hearth tries again"
    assert is_save_state(failed)
    assert not is_save_state("Check-in saved.")


def test_a_window_notice_outlives_a_page_switch_but_not_its_time(window: MainWindow) -> None:
    window.show_status("Your last backup was 9 days ago.")
    window.show_page(window.pages[2])
    assert window.status_label.text() == "Your last backup was 9 days ago."
    window.notice_timer.timeout.emit()
    assert window.status_label.text() == words.STATUS_SAVED


def test_locking_ends_every_notice(window: MainWindow) -> None:
    window.show_status("Your last backup was 9 days ago.")
    window.detach()
    assert window.status_label.text() == words.STATUS_LOCKED
    assert not window.notice_timer.isActive()


def test_the_app_styles_the_sidebar_and_cards(qapp: QApplication) -> None:
    from diary.ui.shell.theme import apply_theme

    apply_theme(qapp, "light")
    try:
        sheet = qapp.styleSheet()
        assert "QWidget#sidebar" in sheet and "QFrame#card" in sheet
    finally:
        apply_theme(qapp, "system")
        qapp.setStyleSheet("")


# The icons ship with the package -------------------------------------------------------------


def test_every_icon_renders_in_the_colour_asked_for(qapp: QApplication) -> None:
    from diary.ui.shell.icons import NAMES, render

    for name in NAMES:
        image = render(name, "#b04a2f", 24, 2.0).toImage()
        assert image.width() == 48  # drawn at the screen's pixels, not scaled up
        opaque = {
            image.pixelColor(x, y).name()
            for x in range(48)
            for y in range(48)
            if image.pixelColor(x, y).alpha() == 255
        }
        assert opaque == {"#b04a2f"}, name


def test_the_icons_and_their_licence_are_package_data() -> None:
    """The wheel (pip install) and the frozen app carry the very files icons.py loads."""
    import fnmatch
    import tomllib

    from diary.ui.shell.icons import ICON_DIR, NAMES, icon_path

    root = Path(__file__).resolve().parents[3]
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["diary.ui.shell"]
    shipped = [p.relative_to(ICON_DIR.parent).as_posix() for p in ICON_DIR.iterdir()]
    for name in [*(icon_path(n).name for n in NAMES), "LICENSE"]:
        relative = f"{ICON_DIR.name}/{name}"
        assert relative in shipped
        assert any(fnmatch.fnmatch(relative, pattern) for pattern in patterns), relative
    assert "ISC License" in (ICON_DIR / "LICENSE").read_text(encoding="utf-8")
    spec = (root / "packaging" / "hearth.spec").read_text(encoding="utf-8")
    assert '"diary/ui/shell/svg"' in spec


def test_a_missing_icon_is_named_not_guessed() -> None:
    from diary.ui.shell.icons import icon_path

    with pytest.raises(ValueError, match="no icon called"):
        icon_path("rocket")


def test_the_window_with_every_real_page_fits_a_1024x700_screen(
    qtbot: QtBot,
    repo,
    settings: Settings,  # type: ignore[no-untyped-def]
) -> None:
    from diary.ui.insights.page import InsightsPage
    from diary.ui.journal.page import JournalPage
    from diary.ui.people.page import PeoplePage
    from diary.ui.settings.page import SettingsPage
    from diary.ui.shell.tasks import InlinePool
    from diary.ui.today.page import TodayPage

    pool = InlinePool()
    window = MainWindow(
        TodayPage(pool=pool),
        JournalPage(pool=pool),
        [
            PeoplePage(pool=pool),
            InsightsPage(pool=pool),
            SettingsPage(lambda _new: None, pool=pool, tray_available=False),
        ],
        settings,
    )
    qtbot.addWidget(window)
    window.attach(repo)
    frame = QMargins(4, 40, 4, 8)  # a generous title bar and border
    available = QRect(0, 0, 1024, 700).marginsRemoved(frame)
    for page in window.pages:
        window.show_page(page)
        needed = window.minimumSizeHint().expandedTo(window.minimumSize())
        assert needed.width() <= available.width(), page.title
        assert needed.height() <= available.height(), page.title


def test_alt_arrows_step_a_month_on_journal_and_insights_and_a_day_elsewhere(
    qtbot: QtBot,
    repo,  # type: ignore[no-untyped-def]
    settings: Settings,
) -> None:
    from diary.ui.insights.page import InsightsPage
    from diary.ui.journal.page import JournalPage
    from diary.ui.people.page import PeoplePage
    from diary.ui.shell.tasks import InlinePool
    from diary.ui.today.page import TodayPage

    pool = InlinePool()
    today, journal = TodayPage(pool=pool), JournalPage(pool=pool)
    people, insights = PeoplePage(pool=pool), InsightsPage(pool=pool)
    window = MainWindow(today, journal, [people, insights], settings)
    qtbot.addWidget(window)
    window.attach(repo)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()

    def alt(key: Qt.Key) -> None:
        qtbot.keyClick(window, key, Qt.KeyboardModifier.AltModifier)

    window.show_page(insights)
    shown = (insights.context.year, insights.context.month)
    alt(Qt.Key.Key_Left)
    assert window.stack.currentWidget() is insights
    assert (insights.context.year * 12 + insights.context.month) == shown[0] * 12 + shown[1] - 1
    alt(Qt.Key.Key_Right)
    assert (insights.context.year, insights.context.month) == shown

    window.show_page(journal)
    month = journal.calendar.month()
    alt(Qt.Key.Key_Left)
    assert window.stack.currentWidget() is journal
    assert journal.calendar.month() != month

    window.show_page(people)
    day = today.current_day()
    assert day is not None
    alt(Qt.Key.Key_Left)
    assert window.stack.currentWidget() is today
    assert today.current_day() == day - dt.timedelta(days=1)


# Saving before locking or closing ------------------------------------------------------------


def test_a_page_that_cannot_save_keeps_the_window_and_says_why(window: MainWindow) -> None:
    from diary.storage.errors import SaveFailed

    people = window.pages[2]

    def refuse() -> bool:
        people.save_error = SaveFailed("The diary folder is read-only")
        return False

    people.flush = refuse  # type: ignore[method-assign]
    assert not window.save_or_explain(locking=True)
    assert window.stack.currentWidget() is people, "the page that could not save is shown"
    assert window.status_label.text() == (
        "Hearth could not save your changes, so the diary stayed unlocked: The diary folder is "
        "read-only. Nothing is lost: it is all still on screen. Put that right, then try again."
    )
    assert all(page.flushed >= 1 for page in window.pages if page is not people), "all tried"
    window.close()
    assert window.status_label.text().startswith(
        "Hearth could not save your changes, so the window stayed open: The diary folder"
    )
    people.flush = lambda: True  # type: ignore[method-assign]
    assert window.save_or_explain(locking=True)


def test_a_long_status_sentence_wraps_instead_of_being_cut_off(
    window: MainWindow, qtbot: QtBot
) -> None:
    label = window.status_label
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    line = label.fontMetrics().height()
    assert label.height() < 2 * line, "Saved takes one line"
    long_sentence = " ".join(["A sentence far wider than the window."] * 12)
    window.show_status(long_sentence, window.pages[2])
    assert label.text() == long_sentence
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()), timeout=2000)
    assert label.heightForWidth(label.width()) >= 2 * line, "more than one line, all shown"
    assert label.width() <= window.width(), "the window is not held wide"
    window.clear_notice()
    qtbot.waitUntil(lambda: label.height() < 2 * line, timeout=2000)  # back to one line


@pytest.mark.parametrize("language", ["en", "de", "es", "fr"])
def test_the_save_states_keep_the_status_bar_one_line_high(
    qtbot: QtBot, settings: Settings, language: str
) -> None:
    """Typing starts with "Not saved yet": the page above must not jump by a line each time."""
    from diary import i18n

    with i18n.speaking(language):
        window = make_window(qtbot, settings)
        window.resize(1180, 780)
        window.show()
        qtbot.waitExposed(window)
        states = [words.STATUS_SAVED, words.STATUS_NOT_SAVED, words.STATUS_SAVING]
        heights = {}
        for text in [*states, words.STATUS_LOCKED, *states]:
            window.show_status(text)
            qtbot.wait(20)  # the status bar's layout runs
            assert window.status_label.text() == text
            heights[text] = window.statusBar().height()
            line = window.status_label.fontMetrics().height()
            assert window.status_label.height() < 2 * line, (text, window.status_label.height())
        assert len(set(heights.values())) == 1, heights
