"""The first-run welcome: what Hearth promises, a passphrase, an optional recovery code.

Steps: Welcome -> Passphrase (with a live zxcvbn strength estimate) -> Recovery code choice (the
commit step: "Create my diary" derives the key off the GUI thread) -> the recovery code, shown
once, or a plain reminder that only the passphrase opens the diary -> optionally, the people the
user truly cares about (Finish on the code step skips it; they are added to the new diary).

It is a ``QWizard`` underneath (its page logic, commit page and Back/Next/Finish are sound), but
without the stock look: no banner, no watermark. Each step is a heading over a calm card on the
window background, with dots and "Step 2 of 5" above it and one primary button below. Enter
continues; Esc and Alt+Left go back (Esc on the first step closes, as in any dialog).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from zxcvbn import zxcvbn

from diary import APP_NAME, messages
from diary.design import RADIUS_CARD, SPACE, palette
from diary.domain.models import Person, ValidationError
from diary.storage.atomic import atomic_write
from diary.storage.errors import DiaryExists, DiaryInUse, SaveFailed, StorageError
from diary.ui.shell.card import Card
from diary.ui.shell.fonts import scaled_font
from diary.ui.shell.tasks import InlinePool, run_task
from diary.ui.shell.theme import is_dark
from diary.ui.start import words

if TYPE_CHECKING:
    from PySide6.QtCore import QThreadPool

    from diary.storage.repository import Repository
    from diary.storage.vault import Vault

MIN_SCORE = 2  # zxcvbn's "somewhat guessable"; below it the user must say "use it anyway"
ZXCVBN_MAX_LENGTH = 72  # zxcvbn refuses longer input; a longer passphrase is at least as strong
USER_WORDS = ("hearth", "diary", "journal", "passphrase")  # guessable in this context

SaveDialog = Callable[[QWidget, str, str, str], tuple[str, str]]

STRENGTH_SCALE = ("#b3261e", "#c5521a", "#b7791f", "#4d8a3a", "#2f7d4f")
"""The strength meter's own scale, very weak (red) to strong (green), the same in both themes.

It is not a mood and not the accent, so it is not in ``diary.design``; the word ("Weak",
"Strong") is always written on the bar as well, so colour is never the only sign.
"""

STEPS = 5
"""Welcome, passphrase, recovery code choice, the code (or "ready"), the people (optional)."""


def _plain(text: str) -> str:
    """A label without its keyboard mnemonic, for accessible names."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _set_color(label: QLabel, color: QColor) -> None:
    colours = label.palette()
    colours.setColor(QPalette.ColorRole.WindowText, color)
    label.setPalette(colours)


def _danger(widget: QWidget) -> QColor:
    """The theme's colour for words about something that went wrong."""
    return QColor(palette(is_dark(widget)).danger)


class StepDots(QWidget):
    """A row of dots, one per step: done and current ones in the accent, the rest quiet.

    The step is said in words beside it too ("Step 2 of 5"), for screen readers and for anyone
    who cannot tell the colours apart; the current dot is also larger.
    """

    def __init__(self, step: int, steps: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step, self.steps = step, steps
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(words.FIRST_RUN_STEP.format(step=step, steps=steps))

    def _dot(self) -> int:
        return max(SPACE[2], self.fontMetrics().height() // 2)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Room for every dot and the gaps between them."""
        dot = self._dot()
        return QSize(self.steps * dot + (self.steps - 1) * SPACE[2], dot + SPACE[1])

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """As large as it wants: the dots never shrink."""
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """Paint the dots."""
        colours = palette(is_dark(self))
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        dot = self._dot()
        middle = self.height() / 2
        for index in range(1, self.steps + 1):
            size = dot if index == self.step else dot * 0.7
            colour = colours.accent if index <= self.step else colours.muted
            painter.setBrush(QColor(colour))
            centre = (index - 1) * (dot + SPACE[2]) + dot / 2
            painter.drawEllipse(
                int(centre - size / 2), int(middle - size / 2), int(size), int(size)
            )
        painter.end()


class StepPage(QWizardPage):
    """One step of the welcome: the dots and "Step n of 5", a heading, a lead line, a card.

    The step's content goes in ``card``. The stock wizard header is never used (no page has a
    Qt title), so nothing of the toolkit's banner look appears.

    Args:
        step: this step's number, from 1.
        heading: the step's heading.
        lead: a quiet sentence under it ("" for none).
        optional: says "optional" beside the step number.
        parent: the wizard.
    """

    def __init__(
        self,
        step: int,
        heading: str,
        lead: str = "",
        *,
        optional: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.dots = StepDots(step, STEPS)
        shown = words.FIRST_RUN_STEP_OPTIONAL if optional else words.FIRST_RUN_STEP
        self.step_label = QLabel(shown.format(step=step, steps=STEPS))
        self.step_label.setObjectName("hint")
        self.heading = QLabel(heading, wordWrap=True)
        self.heading.setObjectName("welcomeHeading")
        self.heading.setFont(scaled_font(self.font(), 1.5, bold=True))
        self.heading.setAccessibleName(heading)
        self.lead = QLabel(lead, wordWrap=True)
        self.lead.setObjectName("hint")
        self.lead.setVisible(bool(lead))
        self.card = Card()
        steps = QHBoxLayout()
        steps.setSpacing(SPACE[3])
        steps.addWidget(self.dots)
        steps.addWidget(self.step_label)
        steps.addStretch(1)
        self.top = QVBoxLayout()
        self.top.setSpacing(SPACE[2])
        layout = self.column = QVBoxLayout(self)
        layout.setContentsMargins(SPACE[2], SPACE[2], SPACE[2], 0)
        layout.setSpacing(SPACE[3])
        layout.addLayout(self.top)
        layout.addLayout(steps)
        layout.addWidget(self.heading)
        layout.addWidget(self.lead)
        layout.addWidget(self.card)
        layout.addStretch(1)

    def set_heading(self, heading: str, lead: str = "") -> None:
        """Change the heading and the lead line (an empty lead hides it)."""
        self.heading.setText(heading)
        self.heading.setAccessibleName(heading)
        self.lead.setText(lead)
        self.lead.setVisible(bool(lead))


@dataclass(frozen=True)
class Strength:
    """zxcvbn's estimate of a passphrase, in words for people.

    Attributes:
        score: 0 (very weak) to 4 (strong).
        word: "Very weak" ... "Strong".
        advice: zxcvbn's warning and suggestions plus how long guessing would take.
    """

    score: int
    word: str
    advice: str


def estimate_strength(passphrase: str) -> Strength:
    """Estimate how hard ``passphrase`` is to guess (zxcvbn, offline, a few milliseconds)."""
    result = zxcvbn(passphrase[:ZXCVBN_MAX_LENGTH], user_inputs=list(USER_WORDS))
    score = int(result["score"])
    feedback = result["feedback"]
    parts = [feedback.get("warning") or "", *(feedback.get("suggestions") or ())]
    crack = result["crack_times_display"]["offline_slow_hashing_1e4_per_second"]
    parts.append(words.FIRST_RUN_CRACK_TIME.format(time=crack))
    advice = " ".join(part for part in parts if part)
    return Strength(score, words.FIRST_RUN_STRENGTH_WORDS[score], advice)


class WelcomePage(StepPage):
    """The app's name, a short warm promise, and what Hearth promises, in plain words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(1, words.FIRST_RUN_WELCOME_TITLE, words.APP_TAGLINE, parent=parent)
        self.app_name = QLabel(APP_NAME)
        self.app_name.setObjectName("welcomeAppName")
        self.app_name.setFont(scaled_font(self.font(), 2.0, bold=True))
        _set_color(self.app_name, QColor(palette(is_dark(self)).accent))
        self.tagline = _wrapped(words.FIRST_RUN_WELCOME_LEAD)
        self.tagline.setFont(scaled_font(self.font(), 1.2))
        self.top.addWidget(self.app_name)
        self.top.addWidget(self.tagline)
        self.top.addSpacing(SPACE[2])
        self.intro = _wrapped(words.FIRST_RUN_INTRO)
        self.card.set_title(words.FIRST_RUN_PROMISES_HEADING)
        items = "".join(f"<li>{html.escape(line)}</li>" for line in words.FIRST_RUN_PROMISES)
        self.promises = _wrapped(f"<ul style='margin-left: -16px'>{items}</ul>")
        self.promises.setTextFormat(Qt.TextFormat.RichText)
        self.promises.setAccessibleName(_plain(words.FIRST_RUN_PROMISES_HEADING))
        self.promises.setAccessibleDescription(" ".join(words.FIRST_RUN_PROMISES))
        self.next_line = _wrapped(words.FIRST_RUN_WELCOME_NEXT)
        self.next_line.setObjectName("hint")
        self.card.add(self.promises)
        self.card.add(self.next_line)
        self.column.insertWidget(self.column.indexOf(self.card), self.intro)


class PassphrasePage(StepPage):
    """Two password fields and a live strength meter; Next waits for a match and enough strength.

    A passphrase scoring below ``MIN_SCORE`` passes only if the user ticks "use it anyway"; an
    empty one never passes.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            2, words.FIRST_RUN_PASSPHRASE_TITLE, words.FIRST_RUN_PASSPHRASE_SUBTITLE, parent=parent
        )
        self.strength: Strength | None = None
        self._normal = self.palette().color(QPalette.ColorRole.WindowText)
        self._warn = _danger(self)

        self.first = QLineEdit()
        self.second = QLineEdit()
        for field, label in (
            (self.first, words.FIRST_RUN_PASSPHRASE_LABEL),
            (self.second, words.FIRST_RUN_REPEAT_LABEL),
        ):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(_plain(label))
            field.textChanged.connect(self._update)

        self.show_box = QCheckBox(words.FIRST_RUN_SHOW)
        self.show_box.toggled.connect(self._show_text)

        self.meter = QProgressBar()
        self.meter.setRange(0, 5)  # score + 1, so "very weak" still shows a sliver
        self.meter.setTextVisible(True)
        self.meter.setAccessibleName(words.FIRST_RUN_STRENGTH)
        self.meter.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.advice = _wrapped()
        self.advice.setAccessibleName(words.FIRST_RUN_ADVICE)
        self.match = _wrapped()
        self.weak_note = _wrapped(words.FIRST_RUN_WEAK_NOTE)
        self.weak_note.setHidden(True)
        self.anyway = QCheckBox(words.FIRST_RUN_USE_ANYWAY)
        self.anyway.setAccessibleDescription(words.FIRST_RUN_WEAK_NOTE)
        self.anyway.setHidden(True)
        self.anyway.toggled.connect(self.completeChanged)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(words.FIRST_RUN_PASSPHRASE_LABEL, self.first)
        form.addRow(words.FIRST_RUN_REPEAT_LABEL, self.second)
        form.addRow("", self.show_box)
        form.addRow(words.FIRST_RUN_STRENGTH, self.meter)
        self.advice.setObjectName("hint")
        self.card.add(form)
        self.card.add(self.advice)
        self.card.add(self.match)
        self.card.add(self.weak_note)
        self.card.add(self.anyway)
        self._update()

    def passphrase(self) -> str:
        """The chosen passphrase ("" until the page is complete)."""
        return self.first.text() if self.isComplete() else ""

    def clear(self) -> None:
        """Forget what was typed (after the diary is created)."""
        self.first.clear()
        self.second.clear()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        """Both fields match, are not empty, and are strong enough (or accepted as weak)."""
        first = self.first.text()
        if not first or first != self.second.text() or self.strength is None:
            return False
        return self.strength.score >= MIN_SCORE or self.anyway.isChecked()

    def _show_text(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def _update(self) -> None:
        first, second = self.first.text(), self.second.text()
        self.strength = estimate_strength(first) if first else None
        if self.strength is None:
            self.meter.setValue(0)
            self.meter.setFormat(" ")
            self.meter.setAccessibleDescription("")
            self.advice.setText(words.FIRST_RUN_STRENGTH_EMPTY)
            weak = False
        else:
            score = self.strength.score
            self.meter.setValue(score + 1)
            self.meter.setFormat(self.strength.word)
            self.meter.setAccessibleDescription(self.strength.word)
            colours = self.meter.palette()
            colours.setColor(QPalette.ColorRole.Highlight, QColor(STRENGTH_SCALE[score]))
            self.meter.setPalette(colours)
            self.advice.setText(self.strength.advice)
            weak = score < MIN_SCORE
        self.anyway.setHidden(not weak)
        self.weak_note.setHidden(not weak)
        if not weak:
            self.anyway.setChecked(False)
        if not second:
            self.match.setText("")
        elif first == second:
            self.match.setText(words.FIRST_RUN_MATCH)
            _set_color(self.match, self._normal)
        else:
            self.match.setText(words.FIRST_RUN_MISMATCH)
            _set_color(self.match, self._warn)
        self.completeChanged.emit()


class RecoveryChoicePage(StepPage):
    """Offer a recovery code; "Create my diary" (the commit button) creates the diary here."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(
            3, words.FIRST_RUN_RECOVERY_TITLE, words.FIRST_RUN_RECOVERY_SUBTITLE, parent=wizard
        )
        self._wizard = wizard
        self._busy = False
        self.setCommitPage(True)
        self.explanation = _wrapped(words.FIRST_RUN_RECOVERY_TEXT)
        self.want_code = QCheckBox(words.FIRST_RUN_RECOVERY_CHECK)
        self.want_code.setChecked(True)
        self.without = _wrapped(messages.NO_RECOVERY)
        self.without.setHidden(True)
        self.want_code.toggled.connect(lambda on: self.without.setHidden(on))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(_plain(words.FIRST_RUN_CREATING))
        self.progress.setHidden(True)
        self.status = _wrapped()
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setHidden(True)
        self._colors = (self.palette().color(QPalette.ColorRole.WindowText), _danger(self))
        self.card.add(self.explanation)
        self.card.add(self.want_code)
        self.card.add(self.without)
        self.card.add(self.status)
        self.card.add(self.progress)

    @property
    def busy(self) -> bool:
        """True while the diary is being created."""
        return self._busy

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        """The commit button waits while the diary is being created."""
        return not self._busy

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        """Create the diary (once); the wizard moves on when creation has finished."""
        if self._wizard.repository is not None:
            return True
        if not self._busy:
            self._wizard._create()
        return self._wizard.repository is not None

    def set_busy(self, busy: bool) -> None:
        """Show the busy bar and freeze the page and the wizard's buttons (or undo that)."""
        self._busy = busy
        self.want_code.setEnabled(not busy)
        self.progress.setHidden(not busy)
        if busy:
            self.show_message(words.FIRST_RUN_CREATING)
        self.completeChanged.emit()
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            button = self._wizard.button(which)
            if button is not None:
                button.setEnabled(not busy)

    def show_message(self, text: str, *, error: bool = False) -> None:
        """A line under the explanation: progress, or what went wrong."""
        _set_color(self.status, self._colors[error])
        self.status.setText(text)
        self.status.setHidden(not text)


class RecoveryCodePage(StepPage):
    """The recovery code, shown once, with Copy and Save; Finish waits for "I have stored it".

    Without a recovery code the page only says that the passphrase is the one way in.
    """

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(
            4, words.FIRST_RUN_CODE_TITLE, words.FIRST_RUN_CODE_SUBTITLE, parent=wizard
        )
        self._wizard = wizard
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        base = self.font().pointSizeF()
        if base > 0:
            fixed.setPointSizeF(base * 1.6)
        self.code = QLabel()
        self.code.setFont(fixed)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setObjectName("recoveryCode")
        self.code.setFrameShape(QFrame.Shape.StyledPanel)
        colours = palette(is_dark(self))
        self.code.setStyleSheet(
            f"QLabel#recoveryCode {{ background: {colours.note}; color: {colours.text};"
            f" border: 1px solid {colours.note_border}; border-radius: {RADIUS_CARD}px; }}"
        )
        margin = self.fontMetrics().height()
        self.code.setContentsMargins(margin, margin, margin, margin)
        code_width = QFontMetrics(fixed).horizontalAdvance("W" * 40)  # 8 groups of 4, 7 dashes
        self.code.setMinimumWidth(code_width + 3 * margin)
        self.code.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.code.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.code.setAccessibleName(words.FIRST_RUN_CODE_ACCESSIBLE)
        self.copy_button = QPushButton(words.FIRST_RUN_COPY)
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy)
        self.save_button = QPushButton(words.FIRST_RUN_SAVE)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.warning = _wrapped(words.FIRST_RUN_CODE_WARNING)
        bold = QFont(self.font())
        bold.setBold(True)
        self.warning.setFont(bold)  # the one thing to remember, said plainly, not in red
        self.status = _wrapped()
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stored = QCheckBox(words.FIRST_RUN_STORED)
        self.stored.toggled.connect(self.completeChanged)
        self.without = _wrapped(messages.NO_RECOVERY)
        self._colors = (self.palette().color(QPalette.ColorRole.WindowText), _danger(self))

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        self.card.add(self.code)
        self.card.add(buttons)
        self.card.add(self.warning)
        self.card.add(self.status)
        self.card.add(self.stored)
        self.card.add(self.without)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        """Show the code the wizard just made, or the passphrase-only reminder."""
        code = self._wizard.recovery_code
        if code:
            self.set_heading(words.FIRST_RUN_CODE_TITLE, words.FIRST_RUN_CODE_SUBTITLE)
        else:
            self.set_heading(words.FIRST_RUN_READY_TITLE, words.FIRST_RUN_READY_SUBTITLE)
        self.code.setText(code or "")
        for widget in (self.code, self.copy_button, self.save_button, self.warning, self.stored):
            widget.setHidden(not code)
        self.without.setHidden(bool(code))
        self.show_message("")
        if code:
            self.code.setFocus(Qt.FocusReason.OtherFocusReason)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        """Finish waits until the user says the code is stored (if there is one)."""
        return self._wizard.recovery_code is None or self.stored.isChecked()

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        """Refuse to finish (even by Return) until the code is stored."""
        return self.isComplete()

    def copy(self) -> None:
        """Put the code on the clipboard."""
        code = self._wizard.recovery_code
        if code:
            QGuiApplication.clipboard().setText(code)
            self.show_message(words.FIRST_RUN_COPIED)

    def save(self) -> None:
        """Ask where, then write the code to a private text file there."""
        code = self._wizard.recovery_code
        if not code:
            return
        suggested = str(Path.home() / words.FIRST_RUN_SAVE_NAME)
        path, _filter = self._wizard.ask_save_path(
            self, words.FIRST_RUN_SAVE_DIALOG, suggested, words.FIRST_RUN_SAVE_FILTER
        )
        if not path:
            return
        try:
            # Private (0600), whole or not at all, and never written through a link at the path.
            atomic_write(Path(path), words.FIRST_RUN_CODE_FILE.format(code=code).encode("utf-8"))
        except OSError as error:
            reason = error.strerror or str(error)
            self.show_message(
                words.FIRST_RUN_SAVE_ERROR.format(path=path, reason=reason), error=True
            )
        else:
            self.show_message(words.FIRST_RUN_SAVED.format(path=path))

    def remind(self) -> None:
        """Say why the wizard cannot close yet."""
        self.show_message(words.FIRST_RUN_STORE_FIRST, error=True)
        self.stored.setFocus(Qt.FocusReason.OtherFocusReason)

    def forget(self) -> None:
        """Take the code off the screen."""
        self.code.clear()

    def show_message(self, text: str, *, error: bool = False) -> None:
        """A line under the buttons: copied, saved, or what went wrong."""
        _set_color(self.status, self._colors[error])
        self.status.setText(text)
        self.status.setHidden(not text)


MAX_PEOPLE = 5
"""The first run asks for "a few" names; the People page holds everyone else."""
CADENCES = (None, 7, 14, 30)
"""The rhythms offered per person: none, every week, every two weeks, every month."""


class PeopleStepPage(StepPage):
    """Optional: up to five people the user truly cares about, each with an optional rhythm.

    Everyone named here joins the inner circle. The names are checked when Finish is pressed
    and added to the new diary then; leaving every field empty skips the step.
    """

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(
            5,
            words.CARE_FIRST_RUN_TITLE,
            words.CARE_FIRST_RUN_SUBTITLE,
            optional=True,
            parent=wizard,
        )
        self._wizard = wizard
        self.names: list[QLineEdit] = []
        self.cadences: list[QComboBox] = []
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for number in range(1, MAX_PEOPLE + 1):
            name = QLineEdit()
            name.setPlaceholderText(words.CARE_FIRST_RUN_PLACEHOLDER)
            name.setAccessibleName(words.CARE_FIRST_RUN_NAME.format(number=number))
            cadence = QComboBox()
            for days, label in zip(CADENCES, words.CARE_FIRST_RUN_CADENCES, strict=True):
                cadence.addItem(label, days)
            cadence.setAccessibleName(words.CARE_FIRST_RUN_CADENCE.format(number=number))
            row = QHBoxLayout()
            row.addWidget(name, 1)
            row.addWidget(cadence)
            form.addRow(words.CARE_FIRST_RUN_LABEL.format(number=number), row)
            self.names.append(name)
            self.cadences.append(cadence)
        self.problem = _wrapped()
        self.problem.setHidden(True)
        _set_color(self.problem, _danger(self))
        self.card.add(_wrapped(words.CARE_FIRST_RUN_TEXT))
        self.card.add(form)
        self.card.add(self.problem)

    def people(self) -> list[Person]:
        """The people typed in, in the inner circle, with their rhythms.

        Raises:
            ValidationError: if a name is unusable or typed twice (the message says which).
        """
        found: list[Person] = []
        seen: set[str] = set()
        for name, cadence in zip(self.names, self.cadences, strict=True):
            if not name.text().strip():
                continue
            person = Person(name.text(), inner=True, cadence_days=cadence.currentData())
            if person.name.casefold() in seen:
                raise ValidationError(words.CARE_FIRST_RUN_TWICE.format(name=person.name))
            seen.add(person.name.casefold())
            found.append(person)
        return found

    def clear(self) -> None:
        """Empty every row (skipping the step)."""
        for name, cadence in zip(self.names, self.cadences, strict=True):
            name.clear()
            cadence.setCurrentIndex(0)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        """Add the people to the new diary; on a problem, say it and stay."""
        repository = self._wizard.repository
        try:
            people = self.people()
            for person in people:
                if repository is not None and repository.person(person.name) is None:
                    repository.add_person(person)
        except (ValidationError, StorageError) as error:
            self.problem.setText(str(error))
            self.problem.setHidden(False)
            return False
        self.problem.setHidden(True)
        return True


def _set_primary(button: QAbstractButton, primary: bool) -> None:
    """Set the ``primary`` property and let the style sheet look at the button again."""
    if bool(button.property("primary")) == primary:
        return
    button.setProperty("primary", primary)
    style = button.style()
    style.unpolish(button)
    style.polish(button)


class FirstRunWizard(QWizard):
    """Creates a new diary: welcome, passphrase, optional recovery code, the code itself.

    Keyboard: Enter continues (Continue, Create my diary, Start writing are the default
    buttons in turn); Esc and Alt+Left go back a step until the diary exists. Esc on the first
    step closes the window; once the diary exists it finishes (skipping the people step).

    Creation (Argon2id calibration, ~0.5-1 s) runs in ``pool`` (the global QThreadPool by
    default; tests pass an ``InlinePool``). Once the diary exists, Back and Cancel are gone and
    the wizard closes only through Finish, which needs "I have stored my recovery code" ticked
    when there is a code. ``ask_save_path`` (``QFileDialog.getSaveFileName`` by default) may be
    replaced, e.g. by tests.

    Args:
        vault: where to create the diary; its folder must not hold one yet.
        pool: where the key derivation runs.
        parent: the Qt parent.

    Signals:
        created: the user finished the wizard; carries the open ``Repository``.
    """

    created = Signal(object)  # Repository

    WELCOME, PASSPHRASE, RECOVERY, CODE = range(4)
    PEOPLE = 4

    def __init__(
        self,
        vault: Vault,
        *,
        pool: QThreadPool | InlinePool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._pool = pool
        self._relay: QObject | None = None
        self._validating = False
        self.repository: Repository | None = None
        self.recovery_code: str | None = None
        self.ask_save_path: SaveDialog = QFileDialog.getSaveFileName
        self.setWindowTitle(APP_NAME)
        self.setObjectName("welcome")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)  # no banner, no watermark
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.CommitButton, words.FIRST_RUN_CREATE)
        self.setButtonText(QWizard.WizardButton.FinishButton, words.FIRST_RUN_FINISH)
        self.setButtonText(QWizard.WizardButton.NextButton, words.FIRST_RUN_CONTINUE)
        self.setButtonText(QWizard.WizardButton.BackButton, words.FIRST_RUN_BACK)
        back = QShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left), self)
        back.activated.connect(self.go_back)
        self.welcome_page = WelcomePage(self)
        self.passphrase_page = PassphrasePage(self)
        self.recovery_page = RecoveryChoicePage(self)
        self.code_page = RecoveryCodePage(self)
        self.setPage(self.WELCOME, self.welcome_page)
        self.setPage(self.PASSPHRASE, self.passphrase_page)
        self.setPage(self.RECOVERY, self.recovery_page)
        self.setPage(self.CODE, self.code_page)
        self.people_page = PeopleStepPage(self)
        self.setPage(self.PEOPLE, self.people_page)
        self.code_page.setFinalPage(True)  # Finish here skips the optional people step
        self.code_page.setButtonText(QWizard.WizardButton.NextButton, words.CARE_FIRST_RUN_NEXT)
        self.currentIdChanged.connect(self._page_changed)
        char = max(self.fontMetrics().averageCharWidth(), 1)
        hint = self.sizeHint()
        self.resize(
            max(hint.width(), char * 90), max(hint.height(), self.fontMetrics().height() * 34)
        )
        self.accepted.connect(self._finished)
        self._mark_primary(self.WELCOME)

    def _page_changed(self, page: int) -> None:
        """Once the diary exists there is nothing to cancel or go back to; one primary button."""
        self.setOption(QWizard.WizardOption.NoCancelButton, page >= self.CODE)
        buttons = [
            QWizard.WizardButton.Stretch,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ]
        if page >= self.CODE:  # the diary exists
            buttons.remove(QWizard.WizardButton.CancelButton)
        if page >= self.CODE or page == self.WELCOME:
            buttons.remove(QWizard.WizardButton.BackButton)
        self.setButtonLayout(buttons)
        self._mark_primary(page)

    def _mark_primary(self, page: int) -> None:
        """Give the step's one forward button the accent (the style sheet's ``primary``)."""
        forward = {
            self.RECOVERY: QWizard.WizardButton.CommitButton,
            # On the code step Enter goes on to the people (the wizard's default button);
            # "Start writing" beside it skips them, quieter.
            self.CODE: QWizard.WizardButton.NextButton,
            self.PEOPLE: QWizard.WizardButton.FinishButton,
        }.get(page, QWizard.WizardButton.NextButton)
        for which in (
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.CancelButton,
        ):
            button = self.button(which)
            if button is not None:
                _set_primary(button, which == forward)

    def primary_button(self) -> QAbstractButton | None:
        """The visible button marked primary on this step."""
        found = [
            b for b in self.findChildren(QAbstractButton) if b.property("primary") and b.isVisible()
        ]
        return found[0] if len(found) == 1 else None

    def can_go_back(self) -> bool:
        """True while Back is offered and the diary does not exist yet."""
        back = self.button(QWizard.WizardButton.BackButton)
        return (
            self.repository is None
            and not self.recovery_page.busy
            and self.currentId() != self.WELCOME
            and back is not None
            and back.isVisible()
            and back.isEnabled()
        )

    def go_back(self) -> None:
        """Alt+Left (and Esc): the step before, if there is one to go back to."""
        if self.can_go_back():
            self.back()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Esc goes back a step while it can; otherwise it closes, as in any dialog."""
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            if self.can_go_back():
                self.back()
                event.accept()
                return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        """Closing is refused while creating, and after creation until the code is stored."""
        if result == QDialog.DialogCode.Rejected.value:
            if self.recovery_page.busy:
                return
            if self.repository is not None:
                if self.code_page.isComplete():
                    result = QDialog.DialogCode.Accepted.value  # the diary exists: finish
                    self.people_page.clear()  # ...skipping the optional people step
                else:
                    self.code_page.remind()
                    return
        super().done(result)

    def _create(self) -> None:
        vault = self._vault
        passphrase = self.passphrase_page.passphrase()
        want_code = self.recovery_page.want_code.isChecked()

        def work() -> tuple[str | None, Repository]:
            code = vault.create(passphrase, recovery_code=want_code)
            return code, vault.repository

        self.recovery_page.set_busy(True)
        self._validating = True
        try:
            relay = run_task(work, self._on_created, self._on_failed, self._pool)
        finally:
            self._validating = False
        if self.recovery_page.busy:  # an InlinePool has already called back
            self._relay = relay

    def _on_created(self, result: Any) -> None:
        self._relay = None
        self.recovery_code, self.repository = result
        self.passphrase_page.clear()
        self.recovery_page.show_message("")
        self.recovery_page.set_busy(False)
        if not self._validating:  # a thread finished: move on ourselves
            self.next()

    def _on_failed(self, error: Exception) -> None:
        self._relay = None
        self.recovery_page.set_busy(False)
        self.recovery_page.show_message(self._explain(error), error=True)

    def _explain(self, error: Exception) -> str:
        folder = self._vault.files.folder
        if isinstance(error, DiaryExists):
            return words.FIRST_RUN_EXISTS.format(problem=error)
        if isinstance(error, DiaryInUse):
            return str(error)
        if isinstance(error, SaveFailed):
            return words.FIRST_RUN_SAVE_FAILED.format(folder=folder, problem=error)
        if isinstance(error, OSError):
            reason = error.strerror or str(error)
            return words.FIRST_RUN_SAVE_FAILED.format(folder=folder, problem=reason)
        if isinstance(error, StorageError):
            return str(error)
        return messages.INTERNAL_ERROR.format(kind=type(error).__name__)

    def _finished(self) -> None:
        repository = self.repository
        self.recovery_code = None
        self.code_page.forget()
        if repository is not None:
            self.created.emit(repository)
