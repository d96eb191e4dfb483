"""The first-run wizard: what Hearth promises, a passphrase, an optional recovery code.

Pages: Welcome -> Passphrase (with a live zxcvbn strength estimate) -> Recovery code choice (the
commit page: "Create my diary" derives the key off the GUI thread) -> the recovery code, shown
once, or a plain reminder that only the passphrase opens the diary -> optionally, the people the
user truly cares about (Finish on the code page skips it; they are added to the new diary).
"""

from __future__ import annotations

import html
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetrics, QGuiApplication, QPalette
from PySide6.QtWidgets import (
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
from diary.domain.models import Person, ValidationError
from diary.storage.errors import DiaryExists, DiaryInUse, SaveFailed, StorageError
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

_WARN = {False: "#a4262c", True: "#f4a9a4"}
_METER = ("#b3261e", "#c5521a", "#b7791f", "#4d8a3a", "#2f7d4f")  # very weak .. strong


def _plain(text: str) -> str:
    """A label without its keyboard mnemonic, for accessible names."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _set_color(label: QLabel, color: QColor) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, color)
    label.setPalette(palette)


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


class WelcomePage(QWizardPage):
    """What Hearth is and what it promises, in plain words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(words.FIRST_RUN_WELCOME_TITLE)
        self.setSubTitle(words.APP_TAGLINE)
        self.intro = _wrapped(words.FIRST_RUN_INTRO)
        heading = QLabel(words.FIRST_RUN_PROMISES_HEADING)
        heading.setFont(self._bold())
        items = "".join(f"<li>{html.escape(line)}</li>" for line in words.FIRST_RUN_PROMISES)
        self.promises = _wrapped(f"<ul>{items}</ul>")
        self.promises.setTextFormat(Qt.TextFormat.RichText)
        self.promises.setAccessibleName(_plain(words.FIRST_RUN_PROMISES_HEADING))
        self.promises.setAccessibleDescription(" ".join(words.FIRST_RUN_PROMISES))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(heading)
        layout.addWidget(self.promises)
        layout.addWidget(_wrapped(words.FIRST_RUN_WELCOME_NEXT))
        layout.addStretch(1)

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font


class PassphrasePage(QWizardPage):
    """Two password fields and a live strength meter; Next waits for a match and enough strength.

    A passphrase scoring below ``MIN_SCORE`` passes only if the user ticks "use it anyway"; an
    empty one never passes.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(words.FIRST_RUN_PASSPHRASE_TITLE)
        self.setSubTitle(words.FIRST_RUN_PASSPHRASE_SUBTITLE)
        self.strength: Strength | None = None
        dark = is_dark(self)
        self._normal = self.palette().color(QPalette.ColorRole.WindowText)
        self._warn = QColor(_WARN[dark])

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
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.advice)
        layout.addWidget(self.match)
        layout.addWidget(self.weak_note)
        layout.addWidget(self.anyway)
        layout.addStretch(1)
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
            palette = self.meter.palette()
            palette.setColor(QPalette.ColorRole.Highlight, QColor(_METER[score]))
            self.meter.setPalette(palette)
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


class RecoveryChoicePage(QWizardPage):
    """Offer a recovery code; "Create my diary" (the commit button) creates the diary here."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._busy = False
        self.setTitle(words.FIRST_RUN_RECOVERY_TITLE)
        self.setSubTitle(words.FIRST_RUN_RECOVERY_SUBTITLE)
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
        self._colors = (
            self.palette().color(QPalette.ColorRole.WindowText),
            QColor(_WARN[is_dark(self)]),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.want_code)
        layout.addWidget(self.without)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)

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


class RecoveryCodePage(QWizardPage):
    """The recovery code, shown once, with Copy and Save; Finish waits for "I have stored it".

    Without a recovery code the page only says that the passphrase is the one way in.
    """

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        base = self.font().pointSizeF()
        if base > 0:
            fixed.setPointSizeF(base * 1.6)
        self.code = QLabel()
        self.code.setFont(fixed)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setFrameShape(QFrame.Shape.StyledPanel)
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
        self.warning.setFont(bold)
        self.status = _wrapped()
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stored = QCheckBox(words.FIRST_RUN_STORED)
        self.stored.toggled.connect(self.completeChanged)
        self.without = _wrapped(messages.NO_RECOVERY)
        self._colors = (
            self.palette().color(QPalette.ColorRole.WindowText),
            QColor(_WARN[is_dark(self)]),
        )

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.code)
        layout.addLayout(buttons)
        layout.addWidget(self.warning)
        layout.addWidget(self.status)
        layout.addWidget(self.stored)
        layout.addWidget(self.without)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        """Show the code the wizard just made, or the passphrase-only reminder."""
        code = self._wizard.recovery_code
        self.setTitle(words.FIRST_RUN_CODE_TITLE if code else words.FIRST_RUN_READY_TITLE)
        self.setSubTitle(words.FIRST_RUN_CODE_SUBTITLE if code else "")
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
            with open(path, "w", encoding="utf-8", opener=_private) as file:
                file.write(words.FIRST_RUN_CODE_FILE.format(code=code))
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


class PeopleStepPage(QWizardPage):
    """Optional: up to five people the user truly cares about, each with an optional rhythm.

    Everyone named here joins the inner circle. The names are checked when Finish is pressed
    and added to the new diary then; leaving every field empty skips the step.
    """

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(words.CARE_FIRST_RUN_TITLE)
        self.setSubTitle(words.CARE_FIRST_RUN_SUBTITLE)
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
        _set_color(self.problem, QColor(_WARN[is_dark(self)]))
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped(words.CARE_FIRST_RUN_TEXT))
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)

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


def _private(path: str, flags: int) -> int:
    """Open a new file readable by its owner only (the code opens the diary)."""
    return os.open(path, flags, 0o600)


class FirstRunWizard(QWizard):
    """Creates a new diary: welcome, passphrase, optional recovery code, the code itself.

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
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.CommitButton, words.FIRST_RUN_CREATE)
        self.setButtonText(QWizard.WizardButton.FinishButton, words.FIRST_RUN_FINISH)
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
            max(hint.width(), char * 90), max(hint.height(), self.fontMetrics().height() * 32)
        )
        self.accepted.connect(self._finished)

    def _page_changed(self, page: int) -> None:
        """Once the diary exists there is nothing left to cancel."""
        self.setOption(QWizard.WizardOption.NoCancelButton, page >= self.CODE)

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
