"""Designed dialogs: a passphrase prompt and a choice between a few explained options.

They replace ``QInputDialog`` (a bare 200x94 box with a one-word label) and ``QMessageBox``
(buttons whose meaning lives in a paragraph above them). Both put a heading and a sentence of
why on a card, keep one primary action, answer the keyboard (Enter accepts, Esc cancels) and open
at a width a sentence can be read at. Titles never carry a person's name: they appear in task
bars and window lists that others may see.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from diary.design import CONTENT_WIDTH_CH, SPACE, palette
from diary.ui.shell import words
from diary.ui.shell.card import Card
from diary.ui.shell.fonts import scaled_font
from diary.ui.shell.theme import is_dark

WIDTH_CH = 68
"""The dialogs' width in average characters: a sentence reads in two or three lines."""

Check = Callable[[str], str]
"""Looks at what was typed; returns "" if it will do, else the problem in plain words."""


def _plain(text: str) -> str:
    """A label without its keyboard mnemonic, for accessible names."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _width(widget: QWidget, chars: int) -> int:
    return max(widget.fontMetrics().averageCharWidth(), 1) * chars


class _Designed(QDialog):
    """A dialog with a heading and a sentence of why on a card, and a row of buttons."""

    def __init__(self, title: str, heading: str, why: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("designedDialog")
        self.card = Card()
        self.heading = QLabel(heading or title, wordWrap=True)
        self.heading.setObjectName("dialogHeading")
        self.heading.setFont(scaled_font(self.font(), 1.2, bold=True))
        self.why = QLabel(why, wordWrap=True)
        self.why.setObjectName("dialogWhy")
        self.why.setTextFormat(Qt.TextFormat.PlainText)
        self.why.setVisible(bool(why))
        self.card.add(self.heading)
        self.card.add(self.why)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(SPACE[2])
        self.buttons.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(SPACE[5], SPACE[5], SPACE[5], SPACE[5])
        outer.setSpacing(SPACE[4])
        outer.addWidget(self.card)
        outer.addLayout(self.buttons)
        self.setMinimumWidth(_width(self, WIDTH_CH))
        self.setMaximumWidth(_width(self, CONTENT_WIDTH_CH + 16))

    def _danger(self) -> QColor:
        return QColor(palette(is_dark(self)).danger)


class PassphraseDialog(_Designed):
    """Asks for a passphrase: a heading, why it is asked, the field with Show, one action.

    An empty passphrase is refused inline; ``check`` may refuse others (for example one that is
    known to be wrong) with its own words, and ``error`` shows a problem from a previous try
    when the dialog opens (the field then starts selected, so typing replaces it).

    Args:
        title: the window title (never a person's name).
        why: one sentence saying why the passphrase is needed.
        action: the primary button ("Restore", "Back up").
        heading: the heading on the card ("" repeats the title).
        label: the field's label.
        error: a problem to show at once.
        check: refuses what cannot be right before the dialog closes.
        parent: the window it belongs to.
    """

    def __init__(
        self,
        title: str,
        why: str,
        *,
        action: str | None = None,
        heading: str = "",
        label: str | None = None,
        error: str = "",
        check: Check | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, heading, why, parent)
        self._check = check
        label = words.DIALOG_PASSPHRASE_LABEL if label is None else label
        self.prompt = QLabel(label)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(_plain(label))
        self.field.setAccessibleDescription(why)
        self.field.textEdited.connect(lambda _text: self.show_error(""))
        self.prompt.setBuddy(self.field)
        self.show_button = QToolButton()
        self.show_button.setText(words.DIALOG_SHOW)
        self.show_button.setCheckable(True)
        self.show_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.show_button.setAccessibleName(words.DIALOG_SHOW_ACCESSIBLE)
        self.show_button.toggled.connect(self._show_text)
        self.error = QLabel(wordWrap=True)
        self.error.setObjectName("dialogError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        colours = self.error.palette()
        colours.setColor(QPalette.ColorRole.WindowText, self._danger())
        self.error.setPalette(colours)
        policy = self.error.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the buttons do not jump when it appears
        self.error.setSizePolicy(policy)
        row = QHBoxLayout()
        row.setSpacing(SPACE[2])
        row.addWidget(self.field, 1)
        row.addWidget(self.show_button)
        self.card.add(self.prompt)
        self.card.add(row)
        self.card.add(self.error)

        self.cancel_button = QPushButton(words.DIALOG_CANCEL)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.ok_button = QPushButton(words.DIALOG_CONTINUE if action is None else action)
        self.ok_button.setProperty("primary", True)
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.accept)
        self.buttons.addWidget(self.cancel_button)
        self.buttons.addWidget(self.ok_button)
        QWidget.setTabOrder(self.field, self.show_button)
        QWidget.setTabOrder(self.show_button, self.ok_button)
        QWidget.setTabOrder(self.ok_button, self.cancel_button)
        self.show_error(error)

    def passphrase(self) -> str:
        """What was typed, exactly (any script; the vault normalises it)."""
        return self.field.text()

    def show_error(self, text: str) -> None:
        """A problem under the field, in plain words ("" takes it away)."""
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.field.setAccessibleDescription(text or self.why.text())

    def accept(self) -> None:
        """Close only with something that may be right; otherwise say why and stay."""
        typed = self.field.text()
        problem = (
            words.DIALOG_PASSPHRASE_EMPTY
            if not typed
            else (self._check(typed) if self._check else "")
        )
        if problem:
            self.show_error(problem)
            self.field.selectAll()
            self.field.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()

    def done(self, result: int) -> None:
        """Forget the text once the answer has been taken (or the dialog was cancelled)."""
        super().done(result)
        if result != QDialog.DialogCode.Accepted.value:
            self.field.clear()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """The cursor starts in the field (what was typed before is selected)."""
        super().showEvent(event)
        self.field.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        if self.error.text():
            self.field.selectAll()

    def _show_text(self, shown: bool) -> None:
        self.field.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.show_button.setText(words.DIALOG_HIDE if shown else words.DIALOG_SHOW)
        self.show_button.setAccessibleName(
            words.DIALOG_HIDE_ACCESSIBLE if shown else words.DIALOG_SHOW_ACCESSIBLE
        )


def ask_passphrase(
    parent: QWidget | None,
    title: str,
    why: str,
    *,
    action: str | None = None,
    error: str = "",
    check: Check | None = None,
) -> str | None:
    """Show a ``PassphraseDialog``; the passphrase, or None when cancelled."""
    dialog = PassphraseDialog(title, why, action=action, error=error, check=check, parent=parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted.value:
            return None
        return dialog.passphrase()
    finally:
        dialog.field.clear()
        dialog.deleteLater()


@dataclass(frozen=True)
class Option:
    """One answer to a choice.

    Attributes:
        label: the button's text ("Merge").
        explanation: what choosing it does, in a sentence.
    """

    label: str
    explanation: str = ""


class ChoiceDialog(_Designed):
    """A choice between a few explained options, each a button beside what it does, and Cancel.

    The first option is the primary one (the safest: it is what Enter picks). ``chosen`` is the
    label pressed, or None after Cancel or Esc.

    Args:
        title: the window title (never a person's name).
        text: what the choice is about (a preview, a warning).
        options: the answers, safest first.
        heading: the heading on the card ("" repeats the title).
        parent: the window it belongs to.
    """

    def __init__(
        self,
        title: str,
        text: str,
        options: Sequence[Option],
        *,
        heading: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, heading, text, parent)
        if not options:
            raise ValueError("a choice needs at least one option")
        self.chosen: str | None = None
        self.option_buttons: list[QPushButton] = []
        self.explanations: list[QLabel] = []
        for index, option in enumerate(options):
            button = QPushButton(option.label)
            button.setProperty("primary", index == 0)
            button.setDefault(index == 0)
            button.setAutoDefault(True)
            button.setMinimumWidth(_width(self, 12))
            button.setAccessibleDescription(option.explanation)
            button.clicked.connect(lambda _on=False, label=option.label: self._choose(label))
            explanation = QLabel(option.explanation, wordWrap=True)
            explanation.setObjectName("hint")
            explanation.setTextFormat(Qt.TextFormat.PlainText)
            explanation.setBuddy(button)
            row = QHBoxLayout()
            row.setSpacing(SPACE[3])
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(explanation, 1)
            self.card.add(row)
            self.option_buttons.append(button)
            self.explanations.append(explanation)
        self.cancel_button = QPushButton(words.DIALOG_CANCEL)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.buttons.addWidget(self.cancel_button)
        previous = self.option_buttons[0]
        for button in (*self.option_buttons[1:], self.cancel_button):
            QWidget.setTabOrder(previous, button)
            previous = button

    def _choose(self, label: str) -> None:
        self.chosen = label
        self.accept()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """The safest option has the focus."""
        super().showEvent(event)
        self.option_buttons[0].setFocus(Qt.FocusReason.ActiveWindowFocusReason)


def ask_choice(
    parent: QWidget | None, title: str, text: str, options: Sequence[Option]
) -> str | None:
    """Show a ``ChoiceDialog``; the label of the option chosen, or None when cancelled."""
    dialog = ChoiceDialog(title, text, options, parent=parent)
    try:
        dialog.exec()
        return dialog.chosen
    finally:
        dialog.deleteLater()
