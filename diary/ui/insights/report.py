"""The PDF report from Insights: the month shown, or only the days with a tag (for a therapist).

The same recipe as ``diary report`` (``diary.reports.make_report``); this module only asks what
to count and where to save, and writes the file off the GUI thread. The worker is given plain
values (the repository, a path, the choice), never a widget.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from diary.domain.stats import Definition
from diary.domain.tags import TagCount
from diary.i18n import N_, NP_, _
from diary.reports import Report, make_report
from diary.storage.atomic import atomic_write
from diary.storage.repository import Repository
from diary.ui.insights.render import MATPLOTLIB_LOCK
from diary.ui.journal.tag_filter import tag_item

REPORT_BUTTON = N_("PDF &report…")
REPORT_TITLE = N_("Make a PDF report")
REPORT_INTRO = N_(
    "A report to keep or to share with a therapist: the summary, the charts and your check-ins "
    "with how they are scored. The file is not encrypted."
)
REPORT_WHAT = N_("What it counts")
# Translators: {month} is the month shown, as in "November 2026".
REPORT_MONTH = N_("Every day of {month}")
REPORT_WITH_TEXT = N_("Also print what I wrote (it is private)")
REPORT_SAVE_TITLE = N_("Save the report (the file is not encrypted)")
REPORT_FILTER = N_("PDF document (*.pdf)")
REPORT_WORKING = N_("Making the report…")
# Translators: {first} and {last} are dates.
REPORT_SAVED = N_("Saved the report of {first} to {last} to {path}. It is not encrypted.")
# Translators: {tag} is a tag with its "#", as in "#work"; {first} and {last} are dates.
REPORT_SAVED_TAG = NP_(
    "Saved the report of the {n} day tagged {tag} ({first} to {last}) to {path}. "
    "It is not encrypted.",
    "Saved the report of the {n} days tagged {tag} ({first} to {last}) to {path}. "
    "It is not encrypted.",
)
REPORT_FAILED = N_("Could not make the report: {reason}")


@dataclass(frozen=True)
class ReportChoice:
    """What the user asked the report to count: a tag (None: the month shown), and the text."""

    tag: str | None
    include_text: bool


class ReportDialog(QDialog):
    """Choose the month shown or one of the diary's tags, and whether to print the writing."""

    def __init__(self, tags: Sequence[TagCount], month: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(_(REPORT_TITLE))
        intro = QLabel(_(REPORT_INTRO))
        intro.setWordWrap(True)
        what = QLabel(_(REPORT_WHAT))
        self.scope = QComboBox()
        self.scope.setAccessibleName(_(REPORT_WHAT))
        self.scope.addItem(_(REPORT_MONTH).format(month=month), "")
        for count in tags:
            self.scope.addItem(tag_item(count), count.tag)
        what.setBuddy(self.scope)
        self.with_text = QCheckBox(_(REPORT_WITH_TEXT))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, what, self.scope, self.with_text, buttons):
            layout.addWidget(widget)

    def choice(self) -> ReportChoice:
        """What is chosen now."""
        tag = str(self.scope.currentData() or "")
        return ReportChoice(tag or None, self.with_text.isChecked())


def ask_report(tags: Sequence[TagCount], month: str, parent: QWidget) -> ReportChoice | None:
    """Show the dialog; None when cancelled."""
    dialog = ReportDialog(tags, month, parent)
    try:
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def write_report(
    repository: Repository,
    choice: ReportChoice,
    *,
    month: tuple[dt.date, dt.date],
    definition: Definition,
    today: dt.date,
    path: Path,
) -> Report:
    """Make the report and write it to ``path`` (in a worker: plain values only)."""
    start, end = (None, None) if choice.tag else month
    with MATPLOTLIB_LOCK:
        report = make_report(
            repository,
            definition=definition,
            today=today,
            start=start,
            end=end,
            tag=choice.tag,
            include_text=choice.include_text,
        )
    atomic_write(path, report.data)
    return report


def saved_words(report: Report, path: str, first: str, last: str) -> str:
    """The status line once the report is saved."""
    if report.days is None:
        return _(REPORT_SAVED).format(first=first, last=last, path=path)
    return REPORT_SAVED_TAG(report.days, tag=report.tag, first=first, last=last, path=path)
