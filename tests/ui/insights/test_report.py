"""The PDF report from Insights: the month shown or a tag's days, written off the GUI thread."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from diary.domain.models import CheckIn, CheckInKind, Entry
from diary.domain.tags import TagCount
from diary.settings import Settings
from diary.storage.repository import Repository
from diary.ui.insights.page import InsightsPage
from diary.ui.insights.report import ReportChoice, ReportDialog
from diary.ui.shell.tasks import InlinePool

pytestmark = pytest.mark.gui

NOW = dt.datetime(2026, 11, 21, 20, 30)


@pytest.fixture
def tagged(repo: Repository) -> Repository:
    repo.save_entry(Entry(dt.date(2026, 10, 2), mood=4, text="First #therapy session"))
    repo.save_entry(Entry(dt.date(2026, 11, 5), mood=6, text="Calm", tags=("therapy",)))
    repo.save_entry(Entry(dt.date(2026, 11, 6), mood=6, text="A day at #work"))
    repo.add_checkin(CheckIn(dt.date(2026, 11, 1), CheckInKind.WHO5, (3, 3, 3, 2, 2)))
    return repo


def make_page(
    qtbot: QtBot, repo: Repository, tmp_path: Path, choice: ReportChoice | None, path: str
) -> tuple[InsightsPage, list[tuple[list[TagCount], str]]]:
    asked: list[tuple[list[TagCount], str]] = []

    def ask(tags: object, month: str) -> ReportChoice | None:
        asked.append((list(tags), month))  # type: ignore[call-overload]
        return choice

    page = InsightsPage(
        pool=InlinePool(),
        clock=lambda: NOW,
        ahead=False,
        ask_report=ask,
        ask_report_path=lambda _suggested: path,
    )
    qtbot.addWidget(page)
    page.attach(repo, Settings(tmp_path / "settings.json"))
    return page, asked


def test_a_report_of_a_tags_days(qtbot: QtBot, tagged: Repository, tmp_path: Path) -> None:
    out = tmp_path / "therapy"
    page, asked = make_page(qtbot, tagged, tmp_path, ReportChoice("therapy", False), str(out))
    statuses: list[str] = []
    page.status.connect(statuses.append)
    page.report_button.click()
    ((tags, month),) = asked
    assert [t.tag for t in tags] == ["therapy", "work"] and month == "November 2026"
    written = tmp_path / "therapy.pdf"  # ".pdf" added
    assert written.read_bytes().startswith(b"%PDF")
    assert statuses[-1] == (
        "Saved the report of the 2 days tagged #therapy (2 Oct 2026 to 5 Nov 2026) to "
        f"{written}. It is not encrypted."
    )


def test_a_report_of_the_month_and_cancelling(
    qtbot: QtBot, tagged: Repository, tmp_path: Path
) -> None:
    out = tmp_path / "month.pdf"
    page, _asked = make_page(qtbot, tagged, tmp_path, ReportChoice(None, True), str(out))
    statuses: list[str] = []
    page.status.connect(statuses.append)
    page.report_button.click()
    assert out.read_bytes().startswith(b"%PDF")
    assert statuses[-1].startswith("Saved the report of 1 Nov 2026 to 30 Nov 2026")
    cancelled, _ = make_page(qtbot, tagged, tmp_path, None, str(tmp_path / "never.pdf"))
    cancelled.report_button.click()
    assert not (tmp_path / "never.pdf").exists()


def test_a_report_that_cannot_be_written_says_why(
    qtbot: QtBot, tagged: Repository, tmp_path: Path
) -> None:
    out = tmp_path / "missing-folder" / "r.pdf"
    page, _asked = make_page(qtbot, tagged, tmp_path, ReportChoice("therapy", False), str(out))
    statuses: list[str] = []
    page.status.connect(statuses.append)
    page.report_button.click()
    assert statuses[-1].startswith("Could not make the report:")


def test_the_dialog_offers_the_month_and_each_tag(qtbot: QtBot) -> None:
    dialog = ReportDialog([TagCount("therapy", 3)], "November 2026")
    qtbot.addWidget(dialog)
    items = [dialog.scope.itemText(i) for i in range(dialog.scope.count())]
    assert items == ["Every day of November 2026", "#therapy · 3 days"]
    assert dialog.choice() == ReportChoice(None, False)
    dialog.scope.setCurrentIndex(1)
    dialog.with_text.setChecked(True)
    assert dialog.choice() == ReportChoice("therapy", True)
