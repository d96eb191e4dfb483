"""Company today: one optional tap, "I wanted more · about right · I wanted less".

Being alone is not the same as feeling lonely; this answer lets Insights tell the two apart
(``diary.domain.solitude``). It is quiet on purpose: three small chips after a plain label,
none chosen until the user picks one, and the chosen one unpicked by a second click (or Delete).

The keyboard reaches the three as one Tab stop, like a radio group, so the evening costs no
extra Tab presses: Tab lands on the chosen answer (or the first), Left and Right move between
answers, Space or Enter picks (or unpicks) the focused one, Delete or Backspace clears.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QToolButton, QWidget

from diary.design import SPACE
from diary.domain.company import Company
from diary.i18n import N_, _
from diary.ui.shell.theme import make_chip
from diary.ui.today.feelings import FlowLayout

COMPANY_LABEL = N_("Company today:")
COMPANY_HINT = N_(
    "Optional: how much company you wanted today. Click the chosen answer again, or press "
    "Delete, to clear it."
)
# Translators: the accessible name of one answer button, {answer} as "I wanted more".
COMPANY_ANSWER_NAME = N_("Company today: {answer}")


class _Answer(QToolButton):
    """One answer chip; the arrow keys and Delete belong to the whole choice."""

    def __init__(self, choice: CompanyChoice, company: Company) -> None:
        super().__init__()
        self._choice = choice
        self.company = company
        self.setCheckable(True)
        self.setText(company.label)
        self.setAccessibleName(_(COMPANY_ANSWER_NAME).format(answer=company.label))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        make_chip(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Left/Right move, Delete/Backspace clear, Enter picks like Space; the rest as usual."""
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._choice.move_focus(self, -1 if key == Qt.Key.Key_Left else 1)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._choice.set_value(None, by_user=True)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
        else:
            super().keyPressEvent(event)


class CompanyChoice(QWidget):
    """The answer to "Company today", or none: a segmented choice that can be cleared.

    Signals:
        changed: the user picked, changed or cleared the answer (``set_value`` from the page,
            when a day is loaded, says nothing).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: Company | None = None
        self.label = QLabel(_(COMPANY_LABEL))
        self.buttons = tuple(_Answer(self, company) for company in Company)
        layout = FlowLayout(self)  # wraps rather than widen the column (German is long)
        layout.setSpacing(SPACE[2])
        layout.addWidget(self.label)
        for button in self.buttons:
            button.clicked.connect(lambda _checked=False, b=button: self._clicked(b))
            layout.addWidget(button)
        self.label.setBuddy(self.buttons[0])
        self.setToolTip(_(COMPANY_HINT))
        self.setAccessibleName(_(COMPANY_LABEL).rstrip(":"))
        self._show()

    def value(self) -> Company | None:
        """The chosen answer, None when there is none."""
        return self._value

    def set_value(self, value: Company | None, *, by_user: bool = False) -> None:
        """Show ``value``; ``by_user`` also emits ``changed`` when it differs."""
        if value is not None and not isinstance(value, Company):
            raise TypeError(f"Company today is a Company or None, not {value!r}")
        if value == self._value:
            self._show()
            return
        self._value = value
        self._show()
        if by_user:
            self.changed.emit()

    def clear(self) -> None:
        """No answer (quietly, as when a day without one is loaded)."""
        self.set_value(None)

    def focus_button(self) -> QToolButton:
        """The one answer the Tab key reaches: the chosen one, else the first."""
        for button in self.buttons:
            if button.company is self._value:
                return button
        return self.buttons[0]

    def move_focus(self, button: QToolButton, step: int) -> None:
        """Focus the answer ``step`` away from ``button`` (it stops at either end)."""
        index = self.buttons.index(button) + step
        if 0 <= index < len(self.buttons):
            target = self.buttons[index]
            self._tab_stop(target)
            target.setFocus(Qt.FocusReason.TabFocusReason)

    def _clicked(self, button: _Answer) -> None:
        self.set_value(None if button.company is self._value else button.company, by_user=True)

    def _show(self) -> None:
        for button in self.buttons:
            button.setChecked(button.company is self._value)
        self._tab_stop(self.focus_button())

    def _tab_stop(self, chosen: QToolButton) -> None:
        """Make ``chosen`` the only answer Tab reaches (the others still take a click)."""
        for button in self.buttons:
            strong = button is chosen
            button.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if strong else Qt.FocusPolicy.ClickFocus
            )
        self.label.setBuddy(chosen)
