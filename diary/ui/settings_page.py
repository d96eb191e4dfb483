"""Settings: passphrase, auto-lock, the evening's end, what counts as meaningful, theme."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from diary import messages
from diary.storage.errors import StorageError
from diary.ui.page import Page
from diary.ui.tasks import InlinePool, run_task

if TYPE_CHECKING:
    from PySide6.QtCore import QThreadPool

    from diary.settings import Settings
    from diary.storage.repository import Repository

THEMES = (
    ("system", messages.THEME_SYSTEM),
    ("light", messages.THEME_LIGHT),
    ("dark", messages.THEME_DARK),
)


class SettingsPage(Page):
    """Preferences that take effect at once, and a passphrase change run off the GUI thread.

    Args:
        change_passphrase: re-wraps the diary key (the vault's ``change_passphrase``).
        pool: where slow work runs; an ``InlinePool`` in tests.

    Signals:
        theme_changed: the user picked "system", "light" or "dark".
        auto_lock_changed: the idle minutes before locking.
    """

    theme_changed = Signal(str)
    auto_lock_changed = Signal(int)
    title = messages.PAGE_SETTINGS

    def __init__(
        self,
        change_passphrase: Callable[[str], None],
        pool: QThreadPool | InlinePool | None = None,
    ) -> None:
        super().__init__()
        self._change_passphrase = change_passphrase
        self._pool = pool
        self._settings: Settings | None = None
        self._relay: Any = None

        layout = QVBoxLayout(self)
        layout.addWidget(self._passphrase_box())
        layout.addWidget(self._preferences_box())
        layout.addStretch(1)

    # Passphrase ------------------------------------------------------------------------------

    def _passphrase_box(self) -> QGroupBox:
        box = QGroupBox(messages.CHANGE_PASSPHRASE)
        form = QFormLayout(box)
        self.new_passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.new_passphrase.setAccessibleName(messages.NEW_PASSPHRASE_PROMPT.rstrip(": "))
        self.repeat_passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.repeat_passphrase.setAccessibleName(messages.REPEAT_PROMPT.rstrip(": "))
        self.change_button = QPushButton(messages.CHANGE_PASSPHRASE)
        self.change_button.clicked.connect(self.change)
        self.passphrase_message = QLabel(wordWrap=True)
        form.addRow(messages.NEW_PASSPHRASE_PROMPT.rstrip(" "), self.new_passphrase)
        form.addRow(messages.REPEAT_PROMPT.rstrip(" "), self.repeat_passphrase)
        form.addRow(self.change_button)
        form.addRow(self.passphrase_message)
        return box

    def change(self) -> None:
        """Check the two fields and re-wrap the key off the GUI thread."""
        new, repeat = self.new_passphrase.text(), self.repeat_passphrase.text()
        if not new:
            self.passphrase_message.setText(messages.PASSPHRASE_EMPTY)
            return
        if new != repeat:
            self.passphrase_message.setText(messages.PASSPHRASES_DIFFER)
            return
        self.change_button.setEnabled(False)
        self.passphrase_message.setText(messages.CHANGING_PASSPHRASE)
        self._relay = run_task(
            lambda: self._change_passphrase(new), self._changed, self._failed, self._pool
        )

    def _changed(self, _result: object) -> None:
        self.new_passphrase.clear()
        self.repeat_passphrase.clear()
        self.change_button.setEnabled(True)
        self.passphrase_message.setText(messages.PASSPHRASE_CHANGED)

    def _failed(self, error: Exception) -> None:
        self.change_button.setEnabled(True)
        known = isinstance(error, StorageError | ValueError)
        text = str(error) if known else messages.INTERNAL_ERROR.format(kind=type(error).__name__)
        self.passphrase_message.setText(text)

    # Preferences -----------------------------------------------------------------------------

    def _preferences_box(self) -> QGroupBox:
        box = QGroupBox(messages.PREFERENCES)
        form = QFormLayout(box)
        self.auto_lock = self._spin(1, 240, messages.MINUTES_SUFFIX)
        self.day_starts = self._spin(0, 12, messages.HOUR_SUFFIX)
        self.meaningful_minutes = self._spin(1, 240, messages.MINUTES_SUFFIX)
        self.meaningful_depth = self._spin(1, 5, "")
        self.theme = QComboBox()
        for key, label in THEMES:
            self.theme.addItem(label, key)
        rows = (
            (messages.SETTING_AUTO_LOCK, self.auto_lock, "auto_lock_minutes"),
            (messages.SETTING_DAY_STARTS, self.day_starts, "day_starts_hour"),
            (messages.SETTING_MEANINGFUL_MINUTES, self.meaningful_minutes, "meaningful_minutes"),
            (messages.SETTING_MEANINGFUL_DEPTH, self.meaningful_depth, "meaningful_depth"),
        )
        for label, spin, key in rows:
            spin.setAccessibleName(label)
            spin.valueChanged.connect(lambda value, key=key: self._store(key, value))
            form.addRow(label, spin)
        self.theme.setAccessibleName(messages.SETTING_THEME)
        self.theme.currentIndexChanged.connect(self._theme_picked)
        form.addRow(messages.SETTING_THEME, self.theme)
        note = QLabel(messages.MEANINGFUL_EXPLAINED, wordWrap=True)
        form.addRow(note)
        return box

    @staticmethod
    def _spin(low: int, high: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        return spin

    def _store(self, key: str, value: object) -> None:
        if self._settings is None:
            return
        self._settings.set(key, value)
        if key == "auto_lock_minutes":
            self.auto_lock_changed.emit(int(value))  # type: ignore[call-overload]

    def _theme_picked(self, index: int) -> None:
        key = self.theme.itemData(index)
        self._store("theme", key)
        self.theme_changed.emit(key)

    # Page contract ---------------------------------------------------------------------------

    def attach(self, repository: Repository, settings: Settings) -> None:
        """Show the current settings (the diary itself is not needed here)."""
        self._settings = None  # no writes while the controls are filled in
        self.auto_lock.setValue(settings["auto_lock_minutes"])
        self.day_starts.setValue(settings["day_starts_hour"])
        self.meaningful_minutes.setValue(settings["meaningful_minutes"])
        self.meaningful_depth.setValue(settings["meaningful_depth"])
        self.theme.setCurrentIndex([key for key, _ in THEMES].index(settings["theme"]))
        self._settings = settings

    def detach(self) -> None:
        """Forget the typed passphrases and messages."""
        self._settings = None
        for field in (self.new_passphrase, self.repeat_passphrase):
            field.clear()
        self.passphrase_message.clear()
