"""Care: a warm, dismissible note on the Today page when the user may be struggling.

The note appears when the latest WHO-5 check-in (of the last four weeks) has a raw score below
13, or when the current isolation streak reaches 14 days (product.md, "Care"). It suggests
reaching out to someone trusted and shows the support text the user keeps in Settings.

Never nagging: "Thank you, hide this" stores only the date it was pressed (no score, no
streak). The note stays away until its reason arises anew after that date: a new low check-in,
or the streak reaching its next fortnight (28 days, 42 days...), or a new streak reaching 14.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from diary.domain.checkins import WHO5_EVERY_DAYS, WHO5_LOW_RAW, raw_score
from diary.domain.models import CheckIn, CheckInKind
from diary.domain.stats import DayStats, Definition, current_streak, day_series
from diary.ui.shell import words as shell_words
from diary.ui.shell.fonts import scaled_font
from diary.ui.shell.theme import is_dark
from diary.ui.today import companion_words
from diary.ui.today.companion import DiaryLink

if TYPE_CHECKING:
    from PySide6.QtCore import QThreadPool

    from diary.settings import Settings
    from diary.storage.repository import Repository
    from diary.ui.shell.tasks import InlinePool

STREAK_DAYS = 14
"""An isolation streak this long (and every further fortnight of it) brings the note."""
WHO5_RECENT_DAYS = 2 * WHO5_EVERY_DAYS
"""A low WHO-5 counts for this many days; an older one no longer describes now."""
LOOK_BACK_DAYS = 366
"""How far back the streak is read (a longer streak is counted from this far back)."""


class CareKind(enum.Enum):
    """Why the note is shown."""

    WELLBEING = "wellbeing"
    STREAK = "streak"


@dataclass(frozen=True)
class CareReason:
    """Why the note is shown, and since when.

    Attributes:
        kind: A low WHO-5 check-in, or a long isolation streak.
        since: The day the reason arose: the check-in's day, or the day the streak reached
            14 days (or its latest further fortnight). A dismissal on or after it hides it.
        streak_days: The streak's length so far (STREAK only).
    """

    kind: CareKind
    since: dt.date
    streak_days: int | None = None


def care_reason(
    latest_who5: CheckIn | None, series: Sequence[DayStats], today: dt.date
) -> CareReason | None:
    """The reason for the note on ``today``, if any (the most recent one when there are two).

    Args:
        latest_who5: The latest WHO-5 check-in, if any.
        series: Consecutive days ending today (or yesterday); a last day still unlogged is
            left out, so the evening before writing does not end the streak.
        today: The diary's today.
    """
    reasons: list[CareReason] = []
    if (
        latest_who5 is not None
        and latest_who5.kind is CheckInKind.WHO5
        and raw_score(latest_who5) < WHO5_LOW_RAW
        and (today - latest_who5.day).days < WHO5_RECENT_DAYS
    ):
        reasons.append(CareReason(CareKind.WELLBEING, latest_who5.day))
    days = list(series)
    if days and days[-1].day == today and not days[-1].logged:
        days.pop()
    streak = current_streak(days)
    if streak is not None and streak.length >= STREAK_DAYS and (today - streak.end).days <= 1:
        fortnights = (streak.length - STREAK_DAYS) // STREAK_DAYS
        since = streak.start + dt.timedelta(days=STREAK_DAYS - 1 + STREAK_DAYS * fortnights)
        reasons.append(CareReason(CareKind.STREAK, since, streak.length))
    return max(reasons, key=lambda r: (r.since, r.kind is CareKind.WELLBEING), default=None)


def dismissed(reason: CareReason, stored: str) -> bool:
    """True if the note was put away (``stored``: an ISO date) on or after its reason arose."""
    try:
        day = dt.date.fromisoformat(stored)
    except ValueError:
        return False
    return day >= reason.since


def gather(repository: Repository, today: dt.date, definition: Definition) -> CareReason | None:
    """Read what the note needs and decide (runs in the pool)."""
    start = today - dt.timedelta(days=LOOK_BACK_DAYS)
    series = day_series(repository.days(start, today), start, today, definition)
    who5 = repository.checkins_between(start, today, CheckInKind.WHO5)
    return care_reason(who5[-1] if who5 else None, series, today)


def support_text(settings: Settings | None) -> str:
    """The user's support text, or the gentle default."""
    text = settings["support_text"].strip() if settings is not None else ""
    return text or shell_words.CARE_SUPPORT_DEFAULT


def soften(frame: QFrame, name: str) -> None:
    """Give a note a soft, warm background and rounded border (light or dark)."""
    frame.setObjectName(name)
    background, border = ("#3a2f29", "#6b5244") if is_dark(frame) else ("#fbf1e8", "#e3c7b0")
    frame.setStyleSheet(
        f"QFrame#{name} {{ background: {background}; border: 1px solid {border}; "
        "border-radius: 6px; }"
    )


class CareNote(QFrame):
    """The care note on the Today page; hidden unless a reason is there and not put away.

    Args:
        pool: where the reason is computed (an ``InlinePool`` in tests).
        parent: the parent widget.

    Signals:
        status: a short line for the status bar (only when something went wrong).
    """

    status = Signal(str)

    def __init__(
        self, pool: QThreadPool | InlinePool | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._diary = DiaryLink(self, pool)
        self.reason: CareReason | None = None

        soften(self, "careNote")
        self.heading = QLabel(companion_words.CARE_HEADING)
        self.heading.setFont(scaled_font(self.font(), 1.1, bold=True))
        self.message = QLabel(wordWrap=True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.support = QLabel(wordWrap=True)
        self.support.setTextFormat(Qt.TextFormat.PlainText)  # the user's words, shown as typed
        self.support.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dismiss_button = QPushButton(companion_words.CARE_DISMISS)
        self.dismiss_button.setAutoDefault(False)
        self.dismiss_button.setAccessibleDescription(companion_words.CARE_DISMISS_TIP)
        self.dismiss_button.setToolTip(companion_words.CARE_DISMISS_TIP)
        self.dismiss_button.clicked.connect(self.dismiss)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        margin = self.fontMetrics().height() // 2 + 4
        layout.setContentsMargins(margin * 2, margin, margin * 2, margin)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(self.support)
        layout.addLayout(buttons)
        self.setHidden(True)

    def attach(
        self, repository: Repository, settings: Settings, today: Callable[[], dt.date]
    ) -> None:
        """Look at the unlocked diary; ``today`` gives the diary's today."""
        self._diary.attach(repository, settings, today)
        self.refresh()

    def detach(self) -> None:
        """Hide and forget (on lock)."""
        self._diary.detach()
        self.reason = None
        self.message.clear()
        self.support.clear()
        self.setHidden(True)

    def refresh(self) -> None:
        """Decide again, off the GUI thread, whether the note is due."""
        repository = self._diary.repository
        if repository is None:
            return
        today = self._diary.today()
        definition = self._diary.definition()
        self._diary.read(
            lambda: gather(repository, today, definition),
            self._show,
            lambda error: self.status.emit(companion_words.CARE_FAILED.format(reason=error)),
        )

    def _show(self, reason: CareReason | None) -> None:
        settings = self._diary.settings
        stored = settings["care_dismissed"] if settings is not None else ""
        self.reason = reason
        if reason is None or dismissed(reason, stored):
            self.setHidden(True)
            return
        if reason.kind is CareKind.WELLBEING:
            self.message.setText(companion_words.CARE_WELLBEING)
        else:
            self.message.setText(companion_words.CARE_STREAK.format(days=reason.streak_days))
        self.support.setText(support_text(settings))
        self.setHidden(False)

    def dismiss(self) -> None:
        """Put the note away until its reason arises anew (stores today's date only)."""
        if self._diary.settings is not None:
            self._diary.settings.set("care_dismissed", self._diary.today().isoformat())
        self.setHidden(True)
