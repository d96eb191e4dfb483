"""The unlock window: the first thing Hearth shows when a diary already exists.

It asks for the passphrase (or, if it is forgotten, the recovery code), derives the key off the
GUI thread while a busy bar moves, and hands the open repository to whoever listens. It imports
neither SQLAlchemy nor matplotlib, so it can appear before they load.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QColor, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from diary import APP_NAME, messages
from diary.design import SPACE, palette
from diary.storage.errors import DamagedDiary, DiaryInUse, StorageError, WrongPassphrase
from diary.ui.shell.card import Card
from diary.ui.shell.fonts import scaled_font
from diary.ui.shell.tasks import InlinePool, run_task
from diary.ui.shell.theme import is_dark
from diary.ui.start import words

if TYPE_CHECKING:
    from PySide6.QtCore import QThreadPool

    from diary.storage.repository import Repository
    from diary.storage.vault import Vault


def _plain(text: str) -> str:
    """A label without its keyboard mnemonic, for accessible names."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class UnlockWindow(QWidget):
    """Asks for the passphrase (or recovery code) and opens the diary with it.

    The key derivation runs in ``pool`` (the global QThreadPool by default; tests pass an
    ``InlinePool``); meanwhile the inputs are disabled and a busy bar shows. After an unlock with
    the recovery code the window asks the user to choose a new passphrase and waits for
    "Continue" before it emits ``unlocked``; ``recovered`` then stays True so the main window can
    offer the Settings page. When the diary's seal found lost saves (a deleted -wal file) or a
    missing or broken seal, the window says so and also waits for "Continue".

    Args:
        vault: the diary to open; it must exist.
        hint: an extra line under the field, e.g. the passphrase of the demo diary.
        pool: where the key derivation runs.
        parent: the Qt parent.

    Signals:
        unlocked: the diary is open; carries the ``Repository``.
    """

    unlocked = Signal(object)  # Repository

    def __init__(
        self,
        vault: Vault,
        *,
        hint: str = "",
        pool: QThreadPool | InlinePool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._pool = pool
        self._relay: QObject | None = None  # keeps the running task's relay alive
        self._busy = False
        self._recovery_mode = False
        self._opened: Repository | None = None  # open, waiting for "Continue" (recovery)
        self.recovered = False
        self._pending_secret: str | None = None
        self.last_passphrase: str | None = None
        self.setWindowTitle(APP_NAME)
        self.setObjectName("unlockWindow")
        colours = palette(is_dark(self))

        self.title = QLabel(APP_NAME)
        self.title.setObjectName("unlockTitle")
        self.title.setFont(scaled_font(self.font(), 2.0, bold=True))
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title_colours = self.title.palette()
        title_colours.setColor(QPalette.ColorRole.WindowText, QColor(colours.accent))
        self.title.setPalette(title_colours)

        self.tagline = QLabel(words.APP_TAGLINE)
        self.tagline.setWordWrap(True)
        self.tagline.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.prompt = QLabel(words.UNLOCK_PASSPHRASE_LABEL)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(_plain(words.UNLOCK_PASSPHRASE_LABEL))
        self.passphrase.returnPressed.connect(self.unlock)
        self.prompt.setBuddy(self.passphrase)

        self.show_button = QToolButton()
        self.show_button.setText(words.UNLOCK_SHOW)
        self.show_button.setCheckable(True)
        self.show_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.show_button.setAccessibleName(words.UNLOCK_SHOW_ACCESSIBLE)
        self.show_button.toggled.connect(self._show_text)

        self.hint = QLabel(hint)
        self.hint.setObjectName("unlockHint")
        self.hint.setWordWrap(True)
        self.hint.setFont(scaled_font(self.font(), 1.0, bold=True))
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint.setVisible(bool(hint))

        self.message = QLabel()
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setHidden(True)
        self._message_colors = (
            self.message.palette().color(QPalette.ColorRole.WindowText),
            QColor(colours.danger),
        )

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: no percentage to show
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(words.UNLOCK_BUSY)
        policy = self.progress.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the card does not jump when it appears
        self.progress.setSizePolicy(policy)
        self.progress.setHidden(True)

        self.unlock_button = QPushButton(words.UNLOCK_BUTTON)
        self.unlock_button.setProperty("primary", True)
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.unlock_button.clicked.connect(self.unlock)

        self.recovery_button = QPushButton(words.UNLOCK_USE_RECOVERY)
        self.recovery_button.setFlat(True)
        self.recovery_button.setObjectName("unlockRecoveryLink")
        link = self.recovery_button.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            link.setColor(group, QPalette.ColorRole.ButtonText, QColor(colours.accent))
        self.recovery_button.setPalette(link)
        self.recovery_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.recovery_button.clicked.connect(self._toggle_recovery_mode)

        self.continue_button = QPushButton(words.UNLOCK_CONTINUE)
        self.continue_button.setProperty("primary", True)
        self.continue_button.setDefault(True)
        self.continue_button.setHidden(True)
        self.continue_button.clicked.connect(self._continue)

        self._build_layout()
        QWidget.setTabOrder(self.passphrase, self.show_button)
        QWidget.setTabOrder(self.show_button, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.recovery_button)
        QWidget.setTabOrder(self.recovery_button, self.continue_button)
        self.setFocusProxy(self.passphrase)

    def _build_layout(self) -> None:
        field_row = QHBoxLayout()
        field_row.addWidget(self.passphrase, 1)
        field_row.addWidget(self.show_button)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        buttons.addWidget(self.unlock_button)

        card = Card()  # the theme's card: background, hairline border, radius
        self.card = card
        char = max(self.fontMetrics().averageCharWidth(), 1)
        card.setMinimumWidth(char * 62)
        card.setMaximumWidth(char * 80)
        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        inner = QVBoxLayout()
        margin = SPACE[5]
        inner.setContentsMargins(margin, margin, margin, margin)
        inner.setSpacing(SPACE[2])
        card.add(inner)
        inner.addWidget(self.title)
        inner.addWidget(self.tagline)
        inner.addSpacing(self.fontMetrics().height())
        inner.addWidget(self.prompt)
        inner.addLayout(field_row)
        inner.addWidget(self.hint)
        inner.addWidget(self.message)
        inner.addWidget(self.progress)
        inner.addLayout(buttons)
        inner.addWidget(self.recovery_button, 0, Qt.AlignmentFlag.AlignHCenter)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 4)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.resize(char * 100, self.fontMetrics().height() * 34)

    # State -------------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """True while the key is being derived."""
        return self._busy

    @property
    def recovery_mode(self) -> bool:
        """True while the field asks for the recovery code instead of the passphrase."""
        return self._recovery_mode

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Put the cursor in the field as soon as the window appears."""
        super().showEvent(event)
        if self.passphrase.isEnabled() and self.passphrase.isVisible():
            self.passphrase.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    # Actions -----------------------------------------------------------------------------------

    def set_recovery_mode(self, on: bool) -> None:
        """Ask for the recovery code (True) or for the passphrase (False)."""
        if self._busy:
            return
        self._recovery_mode = on
        label = words.UNLOCK_RECOVERY_LABEL if on else words.UNLOCK_PASSPHRASE_LABEL
        self.prompt.setText(label)
        self.passphrase.clear()
        self.passphrase.setAccessibleName(_plain(label))
        self.passphrase.setPlaceholderText(words.UNLOCK_RECOVERY_PLACEHOLDER if on else "")
        self.recovery_button.setText(
            words.UNLOCK_USE_PASSPHRASE if on else words.UNLOCK_USE_RECOVERY
        )
        self._set_message(words.UNLOCK_RECOVERY_EXPLAINED if on else "")
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def unlock(self) -> None:
        """Open the diary with what is in the field (the Unlock button and Return call this)."""
        if self._busy or self._opened is not None:
            return
        secret = self.passphrase.text()
        if self._recovery_mode and not any(ch.isalnum() for ch in secret):
            self._set_message(words.UNLOCK_EMPTY_CODE, error=True)
            self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if not secret:
            self._set_message(words.UNLOCK_EMPTY, error=True)
            self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        vault = self._vault
        if self._recovery_mode:

            def work() -> Repository:
                return vault.unlock_with_recovery_code(secret)

        else:

            def work() -> Repository:
                return vault.unlock(secret)

        self._pending_secret = None if self._recovery_mode else secret
        self._set_busy(True)
        self._set_message(words.UNLOCK_BUSY)
        relay = run_task(work, self._on_unlocked, self._on_failed, self._pool)
        if self._busy:  # an InlinePool has already called back
            self._relay = relay

    def _toggle_recovery_mode(self) -> None:
        self.set_recovery_mode(not self._recovery_mode)

    def _show_text(self, shown: bool) -> None:
        self.passphrase.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )
        self.show_button.setText(words.UNLOCK_HIDE if shown else words.UNLOCK_SHOW)
        self.show_button.setAccessibleName(
            words.UNLOCK_HIDE_ACCESSIBLE if shown else words.UNLOCK_SHOW_ACCESSIBLE
        )

    def _continue(self) -> None:
        repository, self._opened = self._opened, None
        if repository is not None:
            self.unlocked.emit(repository)

    # Results (always on the GUI thread) --------------------------------------------------------

    def _on_unlocked(self, repository: Any) -> None:
        self._relay = None
        self._set_busy(False)
        self.passphrase.clear()
        problem = getattr(repository, "seal_problem", None)  # lost saves: said, then Continue
        if not self._recovery_mode:
            self._set_message("")
            # Taken (and cleared) by the app at once, to derive the key of automatic backups.
            self.last_passphrase, self._pending_secret = self._pending_secret, None
            if not problem:
                self.unlocked.emit(repository)
                return
        else:
            self.recovered = True
        self._opened = repository
        for widget in (self.prompt, self.passphrase, self.show_button, self.hint):
            widget.setHidden(True)
        self.unlock_button.setHidden(True)
        self.recovery_button.setHidden(True)
        self.continue_button.setHidden(False)
        said = [words.UNLOCK_RECOVERED] if self._recovery_mode else []
        said += [words.UNLOCK_SEAL_PROBLEM.format(problem=problem)] if problem else []
        self._set_message("\n\n".join(said), error=bool(problem))
        self.continue_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_failed(self, error: Exception) -> None:
        self._relay = None
        self._pending_secret = None
        self._set_busy(False)
        self._set_message(self._explain(error), error=True)
        if isinstance(error, WrongPassphrase):
            self.passphrase.selectAll()  # typing again replaces it
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def _explain(self, error: Exception) -> str:
        if isinstance(error, WrongPassphrase):
            if not self._recovery_mode:
                return words.UNLOCK_WRONG
            if not self._vault.has_recovery_code:
                return words.UNLOCK_NO_RECOVERY_CODE
            return words.UNLOCK_WRONG_CODE
        if isinstance(error, DamagedDiary):
            return words.UNLOCK_DAMAGED.format(problem=error)
        if isinstance(error, DiaryInUse):
            return words.UNLOCK_IN_USE
        if isinstance(error, StorageError):
            return str(error)
        return messages.INTERNAL_ERROR.format(kind=type(error).__name__)

    # Preparing (the demo diary is created before it can be unlocked) -------------------------

    def wait_for(self, text: str) -> None:
        """Show ``text`` with the busy indicator, inputs disabled, until ``ready``."""
        self._set_busy(True)
        self._set_message(text)

    def ready(self) -> None:
        """Accept a passphrase again."""
        self._set_busy(False)
        self._set_message("")
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, text: str) -> None:
        """Stop waiting and explain what went wrong."""
        self._set_busy(False)
        self._set_message(text, error=True)

    # Look --------------------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.passphrase, self.show_button, self.unlock_button, self.recovery_button):
            widget.setEnabled(not busy)
        self.progress.setHidden(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _set_message(self, text: str, *, error: bool = False) -> None:
        palette = self.message.palette()
        palette.setColor(QPalette.ColorRole.WindowText, self._message_colors[error])
        self.message.setPalette(palette)
        self.message.setText(text)
        self.message.setHidden(not text)
        if text and error and QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self.message, QAccessible.Event.Alert))
