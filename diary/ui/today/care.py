"""Care: a warm, dismissible note on the Today page when the user may be struggling.

When it shows is a rule about the user's life, so it lives in ``diary.domain.care`` (a low
WHO-5 check-in of the last four weeks, or an isolation streak of 14 days; put away until its
reason arises anew). This widget only reads what the rule needs, off the GUI thread, and shows
the answer as a warm card with the support text the user keeps in Settings.

The note is hidden until its answer arrives, and a new read never hides it while it is on its
way, so it does not flicker. Its colours are the theme's note colours (``diary.design``).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from diary.design import RADIUS_CARD, TYPE_SCALE, palette
from diary.domain.care import (
    LOOK_BACK_DAYS,
    CareKind,
    CareReason,
    care_reason,
    latest_who5,
    note_to_show,
)
from diary.domain.models import CheckInKind
from diary.domain.stats import Definition, day_series
from diary.ui.shell import words as shell_words
from diary.ui.shell.fonts import scaled_font
from diary.ui.shell.theme import is_dark
from diary.ui.today import companion_words
from diary.ui.today.companion import Companion

if TYPE_CHECKING:
    from PySide6.QtCore import QThreadPool

    from diary.settings import Settings
    from diary.storage.repository import Repository
    from diary.ui.shell.tasks import InlinePool


def gather(repository: Repository, today: dt.date, definition: Definition) -> CareReason | None:
    """Read what the rule needs and ask it (runs in the pool)."""
    start = today - dt.timedelta(days=LOOK_BACK_DAYS)
    series = day_series(repository.days(start, today), start, today, definition)
    who5 = repository.checkins_between(start, today, CheckInKind.WHO5)
    return care_reason(latest_who5(who5), series, today)


def support_text(settings: Settings | None) -> str:
    """The user's support text, or the gentle default."""
    text = settings["support_text"].strip() if settings is not None else ""
    return text or shell_words.CARE_SUPPORT_DEFAULT


def soften(frame: QFrame, name: str) -> None:
    """Give a frame the theme's warm note colours and a card's rounded border.

    The colours come from ``diary.design`` (the light or the dark palette, whichever the
    frame is drawn on); call again when the palette changes.
    """
    frame.setObjectName(name)
    colours = palette(is_dark(frame))
    frame.setStyleSheet(
        f"QFrame#{name} {{ background: {colours.note}; border: 1px solid {colours.note_border}; "
        f"border-radius: {RADIUS_CARD}px; }}"
    )


class CareNote(Companion):
    """The care note on the Today page; hidden unless a reason is there and not put away.

    Args:
        pool: where the reason is computed (an ``InlinePool`` in tests).
        parent: the parent widget.

    Signals:
        status: a short line for the status bar (only when something went wrong).
        settled: the answer arrived; True when the note shows.
    """

    def __init__(
        self, pool: QThreadPool | InlinePool | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(companion_words.CARE_HEADING, "", pool, parent)
        self.reason: CareReason | None = None

        soften(self, "careNote")
        self._dark = is_dark(self)
        self.heading = self.title_label
        self.heading.setFont(scaled_font(self.font(), TYPE_SCALE["title"], bold=True))
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
        self.add(self.message)
        self.add(self.support)
        self.add(buttons)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setHidden(True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Follow the theme: light or dark note colours."""
        if event.type() == QEvent.Type.PaletteChange and is_dark(self) != self._dark:
            self._dark = is_dark(self)
            soften(self, "careNote")
        super().changeEvent(event)

    def detach(self) -> None:
        """Hide and forget (on lock)."""
        super().detach()
        self.reason = None
        self.message.clear()
        self.support.clear()
        self.setHidden(True)

    def refresh(self) -> None:
        """Decide again, off the GUI thread, whether the note is due (it stays as is meanwhile)."""
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
        shown = note_to_show(reason, stored)
        if shown is None:
            self.setHidden(True)
            self.settled.emit(False)
            return
        if shown.kind is CareKind.WELLBEING:
            self.message.setText(companion_words.CARE_WELLBEING)
        else:
            self.message.setText(companion_words.CARE_STREAK.format(days=shown.streak_days))
        self.support.setText(support_text(settings))
        self.setHidden(False)
        self.settled.emit(True)

    def dismiss(self) -> None:
        """Put the note away until its reason arises anew (stores today's date only)."""
        if self._diary.settings is not None:
            self._diary.settings.set("care_dismissed", self._diary.today().isoformat())
        self.setHidden(True)
