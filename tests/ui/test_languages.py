"""The app in every language it speaks: it starts, every page opens, and nothing is clipped.

German is usually the longest; each page is laid out in each language in a 1024x700 window
(the smallest we design for) on a year of demo days, and every label, button, tab and choice
must show its whole text.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QMargins, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QScrollArea,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from diary import i18n
from diary.domain.sample import demo_diary
from diary.settings import Settings
from diary.storage.repository import Repository

pytestmark = pytest.mark.gui

TODAY = dt.date.today()


def _shown(widget: QWidget) -> bool:
    return widget.isVisibleTo(widget.window()) and widget.width() > 0


def clipped(root: QWidget) -> list[str]:
    """Every visible text in ``root`` given less room than it needs, as "Class 'text'"."""
    found = []
    for label in root.findChildren(QLabel):
        if _shown(label) and label.text() and not label.wordWrap() and label.pixmap().isNull():
            shown = QLabel.sizeHint(label)  # of the text shown (a FittingLabel's may be short)
            if label.width() + 1 < shown.width():
                found.append(f"QLabel {label.text()!r}: {label.width()} < {shown}")
    for button in root.findChildren(QAbstractButton):
        if _shown(button) and button.text() and button.width() + 1 < button.sizeHint().width():
            found.append(f"{type(button).__name__} {button.text()!r}: {button.width()}")
    for combo in root.findChildren(QComboBox):
        if _shown(combo) and combo.currentText() and combo.width() + 1 < combo.sizeHint().width():
            found.append(f"QComboBox {combo.currentText()!r}: {combo.width()}")
    for bar in root.findChildren(QTabBar):
        if _shown(bar):
            for index in range(bar.count()):
                if bar.tabRect(index).width() + 1 < bar.tabSizeHint(index).width():
                    found.append(f"QTabBar {bar.tabText(index)!r}")
    for area in root.findChildren(QScrollArea):
        if _shown(area) and area.horizontalScrollBar().isVisible():
            found.append(f"QScrollArea {area.objectName() or type(area.parent()).__name__} scrolls")
    return found


def fill(repo: Repository) -> None:
    sample = demo_diary(TODAY)
    repo.import_records(
        circles=sample.circles,
        people=sample.people,
        entries=sample.entries,
        interactions=sample.interactions,
    )


@pytest.mark.parametrize("language", i18n.shipped_languages())
def test_every_page_opens_speaks_and_fits_in_each_language(
    qtbot: QtBot, repo: Repository, tmp_path: Path, language: str
) -> None:
    from diary.ui.insights.page import InsightsPage
    from diary.ui.journal.page import JournalPage
    from diary.ui.people.page import PeoplePage
    from diary.ui.settings.page import SettingsPage
    from diary.ui.shell.main_window import MainWindow
    from diary.ui.shell.tasks import InlinePool
    from diary.ui.today.page import TodayPage

    fill(repo)
    settings = Settings(tmp_path / "settings.json")
    settings.attach_private(repo)
    with i18n.speaking(language):
        pool = InlinePool()
        window = MainWindow(
            TodayPage(pool=pool),
            JournalPage(pool=pool),
            [
                PeoplePage(pool=pool),
                InsightsPage(pool=pool),
                SettingsPage(lambda _current, _new: None, pool=pool, tray_available=False),
            ],
            settings,
        )
        qtbot.addWidget(window)
        window.attach(repo)
        window.resize(1024, 700)
        window.show()
        titles = [page.title for page in window.pages]
        available = QRect(0, 0, 1024, 700).marginsRemoved(QMargins(4, 40, 4, 8))
        problems: dict[str, list[str]] = {}
        for page in window.pages:
            window.show_page(page)
            QApplication.processEvents()
            needed = window.minimumSizeHint().expandedTo(window.minimumSize())
            if needed.width() > available.width() or needed.height() > available.height():
                problems.setdefault(page.title, []).append(f"needs {needed}")
            if found := clipped(window):
                problems.setdefault(page.title, []).extend(found)
        english = ["Today", "Journal", "People", "Insights", "Settings"]
    if language == i18n.SOURCE_LANGUAGE:
        assert titles == english
    else:
        assert len(set(titles) & set(english)) <= 1, titles  # "Journal" is French too
    assert problems == {}


def test_the_check_sees_a_clipped_button(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton

    holder = QWidget()
    qtbot.addWidget(holder)
    button = QPushButton("Einen sehr langen Knopftext, der nicht passt", holder)
    button.setFixedWidth(60)
    holder.show()
    assert clipped(holder) == [f"QPushButton {button.text()!r}: 60"]
    button.setFixedWidth(button.sizeHint().width())
    assert clipped(holder) == []
