"""Check-ins in the app: a calm form per questionnaire, and a prompt on Today when one is due.

The form shows the published wording of ``diary.domain.checkins.QUESTIONNAIRES`` unchanged: the
title, the lead-in, each item, and the answer scale laid out like the printed form (answers as
columns, one row of radio buttons per item). Tab moves from item to item, the arrow keys choose
an answer, Enter saves once every item is answered. After saving, the questions make way for
thanks, the score and, when the published line suggests it, one warm sentence about support.

The prompt, a card, offers the check-ins ``diary.domain.care.checkins_to_offer`` says to: the
due ones (WHO-5 every 14 days, UCLA-3 every 30; one never taken is due), and only once the diary
has a week of entries, never on day zero. "Not today" puts it away until tomorrow (the settings
keep only that date), and "Stop offering these" turns it off (Settings can turn it on again).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from diary import i18n, messages
from diary.domain.care import checkins_to_offer
from diary.domain.checkins import QUESTIONNAIRES, Score, offered_in, questionnaire_in, score
from diary.domain.models import CheckIn, CheckInKind, ValidationError
from diary.storage.errors import StorageError
from diary.ui.shell.fonts import scaled_font
from diary.ui.shell.language import native_name
from diary.ui.today import companion_words
from diary.ui.today.care import soften
from diary.ui.today.companion import Companion

if TYPE_CHECKING:
    from PySide6.QtCore import QThreadPool

    from diary.ui.shell.tasks import InlinePool

SaveCheckIn = Callable[[CheckIn], CheckIn]
ITEM_CHARS = 44
"""The item column is about this many characters wide, so most items fit on one line."""


def _checkin_name(kind: CheckInKind) -> str:
    """A check-in's button text, in the current language."""
    if kind is CheckInKind.WHO5:
        return companion_words.CHECKIN_UI_WHO5_BUTTON
    return companion_words.CHECKIN_UI_UCLA3_BUTTON


def result_text(kind: CheckInKind, result: Score) -> str:
    """The score in words, then thanks, or the gentle note the published line suggests."""
    if kind is CheckInKind.WHO5:
        line = companion_words.CHECKIN_UI_WHO5_RESULT.format(raw=result.raw, percent=result.percent)
        care = messages.CHECKIN_WHO5_LOW if result.suggests_support else messages.CHECKIN_THANKS
    else:
        line = companion_words.CHECKIN_UI_UCLA3_RESULT.format(raw=result.raw)
        care = messages.CHECKIN_UCLA3_LONELY if result.suggests_support else messages.CHECKIN_THANKS
    return f"{line}\n\n{care}"


class CheckInForm(QDialog):
    """One questionnaire, answered with radio buttons and saved as a ``CheckIn``.

    Args:
        kind: WHO-5 or UCLA-3.
        day: The day the check-in is for (the diary's today).
        save: Stores the check-in (``Repository.add_checkin``); returns the stored one.
        parent: The parent widget (the dialog is modal to its window).

    Signals:
        saved: the stored ``CheckIn``.
    """

    saved = Signal(object)  # CheckIn

    def __init__(
        self,
        kind: CheckInKind,
        day: dt.date,
        save: SaveCheckIn,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.day = day
        self._save = save
        self.stored: CheckIn | None = None
        questionnaire = questionnaire_in(kind, i18n.language()) or QUESTIONNAIRES[kind]
        self.setWindowTitle(questionnaire.title)
        self.setModal(True)

        self.title = QLabel(questionnaire.title)
        self.title.setFont(scaled_font(self.font(), 1.3, bold=True))
        self.instruction = QLabel(questionnaire.instruction, wordWrap=True)
        self.groups: list[QButtonGroup] = []
        self.radios: list[list[QRadioButton]] = []
        self.item_labels: list[QLabel] = []
        self.questions = QWidget()
        grid = QGridLayout(self.questions)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(self.fontMetrics().averageCharWidth() * 2)
        grid.setVerticalSpacing(self.fontMetrics().height())
        lead = questionnaire.timeframe + "…" if questionnaire.timeframe else ""
        corner = QLabel(lead, wordWrap=True)
        corner.setFont(scaled_font(self.font(), 1.0, bold=True))
        grid.addWidget(corner, 0, 0, Qt.AlignmentFlag.AlignBottom)
        column_width = self.fontMetrics().averageCharWidth() * 13
        for column, (value, answer) in enumerate(questionnaire.scale, start=1):
            shown = f"{answer}\n{value}" if kind is CheckInKind.WHO5 else answer
            head = QLabel(shown, wordWrap=True)
            head.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
            head.setFixedWidth(column_width)
            grid.addWidget(head, 0, column, Qt.AlignmentFlag.AlignBottom)
        for row, item in enumerate(questionnaire.items, start=1):
            label = QLabel(
                companion_words.CHECKIN_UI_ITEM.format(number=row, item=item), wordWrap=True
            )
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            label.setMinimumWidth(self.fontMetrics().averageCharWidth() * ITEM_CHARS)
            grid.addWidget(label, row, 0)
            self.item_labels.append(label)
            group = QButtonGroup(self)
            group.setExclusive(True)
            radios = []
            for column, (value, answer) in enumerate(questionnaire.scale, start=1):
                radio = QRadioButton()
                radio.setAccessibleName(
                    companion_words.CHECKIN_UI_ANSWER_NAME.format(answer=answer, item=item)
                )
                radio.setAccessibleDescription(item)
                radio.setToolTip(answer)
                group.addButton(radio, value)
                grid.addWidget(radio, row, column, Qt.AlignmentFlag.AlignCenter)
                radios.append(radio)
            group.idToggled.connect(lambda _id, _on: self._answered())
            self.groups.append(group)
            self.radios.append(radios)
        grid.setColumnStretch(0, 1)

        self.problem = QLabel(wordWrap=True)
        self.problem.setHidden(True)
        self.result_label = QLabel(wordWrap=True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_box = QFrame()
        soften(self.result_box, "checkinResult")
        result_layout = QVBoxLayout(self.result_box)
        result_layout.addWidget(self.result_label)
        self.result_box.setHidden(True)
        self.source = QLabel(questionnaire.source, wordWrap=True)
        self.source.setFont(scaled_font(self.font(), 0.85))
        muted = self.source.palette()
        muted.setColor(
            QPalette.ColorRole.WindowText, muted.color(QPalette.ColorRole.PlaceholderText)
        )
        self.source.setPalette(muted)  # a quiet credit under the questions

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            companion_words.CHECKIN_UI_SAVE, QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            companion_words.CHECKIN_UI_NOT_NOW, QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button = self.buttons.addButton(
            companion_words.CHECKIN_UI_CLOSE, QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button.setHidden(True)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # never squeezed
        space = self.fontMetrics().height()
        layout.setContentsMargins(space * 2, space, space * 2, space)
        layout.addWidget(self.title)
        layout.addWidget(self.instruction)
        layout.addSpacing(space // 2)
        layout.addWidget(self.questions)
        layout.addSpacing(space // 2)
        layout.addWidget(self.problem)
        layout.addWidget(self.result_box)
        layout.addStretch(1)
        layout.addWidget(self.source)
        layout.addWidget(self.buttons)
        self._answered()
        self.resize(self.sizeHint())
        self.radios[0][0].setFocus(Qt.FocusReason.OtherFocusReason)

    def answers(self) -> tuple[int | None, ...]:
        """The chosen score of each item, None where nothing is chosen yet."""
        return tuple(None if g.checkedId() == -1 else g.checkedId() for g in self.groups)

    def is_complete(self) -> bool:
        """Every item is answered."""
        return all(answer is not None for answer in self.answers())

    def set_answers(self, answers: Sequence[int]) -> None:
        """Choose answers by score (for tests and for going back to a form)."""
        for group, answer in zip(self.groups, answers, strict=True):
            button = group.button(answer)
            if button is None:
                raise ValueError(f"{answer!r} is not an answer of this questionnaire")
            button.setChecked(True)

    def _fit_height(self) -> None:
        height = self.heightForWidth(self.width())
        self.resize(self.width(), height if height > 0 else self.sizeHint().height())

    def _answered(self) -> None:
        self.save_button.setEnabled(self.is_complete() and self.stored is None)

    def save(self) -> CheckIn | None:
        """Store the answers; show the score and thanks, or why it could not be saved."""
        if not self.is_complete() or self.stored is not None:
            return None
        answers = tuple(a for a in self.answers() if a is not None)
        try:
            stored = self._save(CheckIn(self.day, self.kind, answers))
        except (StorageError, ValidationError) as error:
            self.problem.setText(companion_words.CHECKIN_UI_NOT_SAVED.format(reason=error))
            self.problem.setHidden(False)
            return None
        self.stored = stored
        self.problem.setHidden(True)
        self.result_label.setText(result_text(self.kind, score(stored)))
        self.result_box.setHidden(False)
        for radios in self.radios:
            for radio in radios:
                radio.setEnabled(False)
        self.save_button.setHidden(True)
        self.cancel_button.setHidden(True)
        self.close_button.setHidden(False)
        self.questions.setHidden(True)  # the thanks and the score take their place
        self.instruction.setHidden(True)
        QTimer.singleShot(0, self, self._fit_height)  # once the layout has caught up
        self.close_button.setDefault(True)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.saved.emit(stored)
        return stored


class CheckInPrompt(Companion):
    """A quiet card on the Today page offering the check-ins that are due.

    Args:
        pool: where "which are due" is read (an ``InlinePool`` in tests).
        parent: the parent widget.

    Signals:
        status: a short line for the status bar.
        saved: a check-in was saved from the form (the care note looks again).
        settled: the answer arrived; True when the prompt shows.
    """

    saved = Signal(object)  # CheckIn

    def __init__(
        self, pool: QThreadPool | InlinePool | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__("", "", pool, parent)
        self.due: tuple[CheckInKind, ...] = ()
        self.entry_days = 0
        self.form: CheckInForm | None = None

        self.message = QLabel(companion_words.CHECKIN_UI_PROMPT, wordWrap=True)
        self.not_offered = QLabel("", wordWrap=True)
        self.not_offered.setHidden(True)
        self.kind_buttons = {kind: QPushButton(_checkin_name(kind)) for kind in CheckInKind}
        self.later_button = QPushButton(companion_words.CHECKIN_UI_LATER)
        self.later_button.setToolTip(companion_words.CHECKIN_UI_LATER_TIP)
        self.stop_button = QPushButton(companion_words.CHECKIN_UI_STOP)
        self.stop_button.setToolTip(companion_words.CHECKIN_UI_STOP_TIP)
        self.stop_button.setFlat(True)
        # Two rows, so the buttons never clip in a narrow column: the check-ins, then "not now".
        row = QHBoxLayout()
        for kind, button in self.kind_buttons.items():
            button.clicked.connect(lambda _checked=False, kind=kind: self.open_form(kind))
            row.addWidget(button)
        row.addStretch(1)
        later_row = QHBoxLayout()
        later_row.addWidget(self.later_button)
        later_row.addWidget(self.stop_button)
        later_row.addStretch(1)
        for button in (*self.kind_buttons.values(), self.later_button, self.stop_button):
            button.setAutoDefault(False)
        self.later_button.clicked.connect(self.not_today)
        self.stop_button.clicked.connect(self.stop_offering)
        self.add(self.message)
        self.add(self.not_offered)
        self.add(row)
        self.add(later_row)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setHidden(True)

    def detach(self) -> None:
        """Hide, and close an open form without saving (on lock)."""
        super().detach()
        self.due = ()
        if self.form is not None and isValid(self.form):
            self.form.reject()
            self.form.deleteLater()
        self.form = None
        self.setHidden(True)

    def refresh(self) -> None:
        """Read again, off the GUI thread, which check-ins are due."""
        repository = self._diary.repository
        if repository is None or self._diary.settings is None:
            return
        today = self._diary.today()
        self._diary.read(
            lambda: (repository.due_checkins(today), repository.counts()["entries"]),
            self._show,
            lambda error: self.status.emit(companion_words.CHECKIN_UI_FAILED.format(reason=error)),
        )

    def _show(self, found: tuple[tuple[CheckInKind, ...], int]) -> None:
        self.due, self.entry_days = found
        settings = self._diary.settings
        offered = checkins_to_offer(
            self.due,
            entry_days=self.entry_days,
            today=self._diary.today(),
            offer=bool(settings["offer_checkins"]) if settings is not None else False,
            put_away=str(settings["checkin_dismissed"]) if settings is not None else "",
        )
        speakable = offered_in(i18n.language())
        missing = [kind for kind in offered if kind not in speakable]
        for kind, button in self.kind_buttons.items():
            button.setHidden(kind not in offered or kind not in speakable)
        self.message.setHidden(not set(offered) & set(speakable))
        self.not_offered.setHidden(not missing)
        if missing:
            names = [_checkin_name(kind) for kind in missing]
            joined = (
                names[0]
                if len(names) == 1
                else companion_words.CHECKIN_UI_AND.format(first=names[0], second=names[1])
            )
            self.not_offered.setText(
                companion_words.CHECKIN_UI_NOT_IN_LANGUAGE.format(
                    checkins=joined, language=native_name(i18n.language())
                )
            )
        self.setHidden(not offered)
        self.settled.emit(bool(offered))

    def open_form(self, kind: CheckInKind) -> CheckInForm | None:
        """Open the form of ``kind`` (window-modal; it saves through the repository)."""
        repository = self._diary.repository
        if repository is None:
            return None
        form = CheckInForm(kind, self._diary.today(), repository.add_checkin, self.window())
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.saved.connect(self._saved)
        self.form = form
        form.open()
        return form

    def _saved(self, checkin: CheckIn) -> None:
        self.status.emit(companion_words.CHECKIN_UI_SAVED)
        self.saved.emit(checkin)
        self.refresh()

    def not_today(self) -> None:
        """Put the prompt away until tomorrow."""
        if self._diary.settings is not None:
            self._diary.settings.set("checkin_dismissed", self._diary.today().isoformat())
        self.setHidden(True)

    def stop_offering(self) -> None:
        """Stop offering check-ins (Settings can turn them on again)."""
        if self._diary.settings is not None:
            self._diary.settings.set("offer_checkins", False)
        self.setHidden(True)
        self.status.emit(companion_words.CHECKIN_UI_STOPPED)
