"""Settings: preferences, the passphrase, care and reminders, backups, each on a card.

The page opens with the cursor on the first preference, never in a passphrase field. Changing
the passphrase asks for the current one first; the vault checks it (off the GUI thread, like
the change itself) and a wrong one changes nothing. After an unlock with the recovery code the
current passphrase is not asked: it is the one that was forgotten.

The "Care and reminders" card holds the support text of the care note, whether check-ins are
offered, the evening reminder and starting minimised at login (which writes or removes the
autostart entry at once).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSystemTrayIcon,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from diary import i18n, messages
from diary.design import CONTENT_WIDTH_CH, SPACE
from diary.storage.errors import StorageError, WrongPassphrase
from diary.ui.settings import words as settings_words
from diary.ui.shell import language
from diary.ui.shell import words as shell_words
from diary.ui.shell.card import Card
from diary.ui.shell.page import Page
from diary.ui.shell.tasks import InlinePool, run_task
from diary.ui.shell.tray import autostart_supported, set_autostart

if TYPE_CHECKING:
    from PySide6.QtCore import QThreadPool

    from diary.settings import Settings
    from diary.storage.repository import Repository
    from diary.ui.settings.backups import BackupSection

THEMES = ("system", "light", "dark")


def _theme_label(key: str) -> str:
    """A theme's name, in the current language."""
    return str(getattr(settings_words, f"THEME_{key.upper()}"))


class SettingsPage(Page):
    """Preferences that take effect at once, and a passphrase change run off the GUI thread.

    Args:
        change_passphrase: ``change_passphrase(current, new)`` checks ``current`` (None after
            an unlock with the recovery code) and re-wraps the diary key under ``new`` (the
            vault's ``change_passphrase(new, current=current)``); raises WrongPassphrase.
        pool: where slow work runs; an ``InlinePool`` in tests.
        tray_available: whether the desktop has a system tray (asked of Qt by default).

    Signals:
        theme_changed: the user picked "system", "light" or "dark".
        auto_lock_changed: the idle minutes before locking.
        serve_changed: the switch that lets ``diary`` commands use the open app.
    """

    theme_changed = Signal(str)
    auto_lock_changed = Signal(int)
    serve_changed = Signal(bool)

    @property
    def title(self) -> str:
        """The page's name, in the current language."""
        return settings_words.PAGE_SETTINGS

    def __init__(
        self,
        change_passphrase: Callable[[str | None, str], None],
        pool: QThreadPool | InlinePool | None = None,
        *,
        tray_available: bool | None = None,
        backups: BackupSection | None = None,
        serving: bool = True,
    ) -> None:
        super().__init__()
        self._serving = serving  # the system can serve commands (not on Windows)
        self._tray_available = (
            QSystemTrayIcon.isSystemTrayAvailable() if tray_available is None else tray_available
        )
        self._change_passphrase = change_passphrase
        self._pool = pool
        self._settings: Settings | None = None
        self._relay: Any = None
        self._recovered = False

        self.backups = backups
        content = QWidget()
        content.setObjectName("settingsContent")
        char = max(self.fontMetrics().averageCharWidth(), 1)
        content.setMaximumWidth(char * (CONTENT_WIDTH_CH + 24))
        layout = QVBoxLayout(content)
        layout.setContentsMargins(SPACE[5], SPACE[5], SPACE[5], SPACE[5])
        layout.setSpacing(SPACE[4])
        layout.addWidget(self._preferences_box())
        layout.addWidget(self._passphrase_box())
        layout.addWidget(self._care_box())
        if backups is not None:
            layout.addWidget(backups)
            backups.status.connect(self.status)
        layout.addStretch(1)
        scroll = QScrollArea()  # the page is taller than a small window
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls inside
        scroll.setWidget(content)
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # Passphrase ------------------------------------------------------------------------------

    def _passphrase_box(self) -> Card:
        box = Card(settings_words.CHANGE_PASSPHRASE, settings_words.CHANGE_PASSPHRASE_HINT)
        form = QFormLayout()
        box.add(form)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.current_passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.current_passphrase.setAccessibleName(settings_words.CURRENT_PASSPHRASE)
        self.current_label = QLabel(settings_words.CURRENT_PASSPHRASE_LABEL)
        self.current_label.setBuddy(self.current_passphrase)
        self.new_passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.new_passphrase.setAccessibleName(messages.NEW_PASSPHRASE_PROMPT.rstrip(": "))
        self.repeat_passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.repeat_passphrase.setAccessibleName(messages.REPEAT_PROMPT.rstrip(": "))
        self.change_button = QPushButton(settings_words.CHANGE_PASSPHRASE)
        self.change_button.clicked.connect(self.change)
        self.passphrase_message = QLabel(wordWrap=True)
        self.passphrase_message.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.current_label, self.current_passphrase)
        form.addRow(messages.NEW_PASSPHRASE_PROMPT.rstrip(" "), self.new_passphrase)
        form.addRow(messages.REPEAT_PROMPT.rstrip(" "), self.repeat_passphrase)
        self.change_button.setProperty("primary", True)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.change_button)
        form.addRow(button_row)
        form.addRow(self.passphrase_message)
        return box

    def set_recovered(self, recovered: bool) -> None:
        """After an unlock with the recovery code, a new passphrase needs no current one."""
        self._recovered = recovered
        self.current_passphrase.setHidden(recovered)
        self.current_label.setHidden(recovered)
        if recovered:
            self.current_passphrase.clear()
            self.passphrase_message.setText(settings_words.CHANGE_AFTER_RECOVERY)

    def change(self) -> None:
        """Check the fields, then the current passphrase, and re-wrap the key off the GUI thread.

        A wrong current passphrase changes nothing and is said in plain words.
        """
        current = None if self._recovered else self.current_passphrase.text()
        new, repeat = self.new_passphrase.text(), self.repeat_passphrase.text()
        if current is not None and not current:
            self.passphrase_message.setText(settings_words.CURRENT_EMPTY)
            self.current_passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if not new:
            self.passphrase_message.setText(settings_words.PASSPHRASE_EMPTY)
            return
        if new != repeat:
            self.passphrase_message.setText(messages.PASSPHRASES_DIFFER)
            return
        self.change_button.setEnabled(False)
        self.passphrase_message.setText(settings_words.CHANGING_PASSPHRASE)
        self._relay = run_task(
            lambda: self._change_passphrase(current, new), self._changed, self._failed, self._pool
        )

    def _changed(self, _result: object) -> None:
        self.set_recovered(False)  # the new passphrase is now the current one
        self.current_passphrase.clear()
        self.new_passphrase.clear()
        self.repeat_passphrase.clear()
        self.change_button.setEnabled(True)
        self.passphrase_message.setText(messages.PASSPHRASE_CHANGED)

    def _failed(self, error: Exception) -> None:
        self.change_button.setEnabled(True)
        if isinstance(error, WrongPassphrase):
            self.passphrase_message.setText(settings_words.CURRENT_WRONG)
            self.current_passphrase.selectAll()
            self.current_passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        known = isinstance(error, StorageError | ValueError)
        text = str(error) if known else messages.INTERNAL_ERROR.format(kind=type(error).__name__)
        self.passphrase_message.setText(text)

    # Preferences -----------------------------------------------------------------------------

    def _preferences_box(self) -> Card:
        box = Card(settings_words.PREFERENCES)
        form = QFormLayout()
        box.add(form)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.auto_lock = self._spin(1, 240, settings_words.MINUTES_SUFFIX)
        self.day_starts = self._spin(0, 12, settings_words.HOUR_SUFFIX)
        self.meaningful_minutes = self._spin(1, 240, settings_words.MINUTES_SUFFIX)
        self.meaningful_depth = self._spin(1, 5, "")
        self.theme = QComboBox()
        for key in THEMES:
            label = _theme_label(key)
            self.theme.addItem(label, key)
        rows = (
            (settings_words.SETTING_AUTO_LOCK, self.auto_lock, "auto_lock_minutes"),
            (settings_words.SETTING_DAY_STARTS, self.day_starts, "day_starts_hour"),
            (
                settings_words.SETTING_MEANINGFUL_MINUTES,
                self.meaningful_minutes,
                "meaningful_minutes",
            ),
            (settings_words.SETTING_MEANINGFUL_DEPTH, self.meaningful_depth, "meaningful_depth"),
        )
        for label, spin, key in rows:
            spin.setAccessibleName(label)
            spin.valueChanged.connect(lambda value, key=key: self._store(key, value))
            form.addRow(label, spin)
        self.theme.setAccessibleName(settings_words.SETTING_THEME)
        self.theme.currentIndexChanged.connect(self._theme_picked)
        form.addRow(settings_words.SETTING_THEME, self.theme)
        self.language = QComboBox()
        system = i18n.choose(language.preferences(language.SYSTEM))[0]
        self.language.addItem(
            settings_words.LANGUAGE_SYSTEM.format(language=language.native_name(system)),
            language.SYSTEM,
        )
        for code in i18n.shipped_languages():
            self.language.addItem(language.native_name(code), code)
        for combo in (self.theme, self.language):  # a choice is never cut short
            combo.setMinimumWidth(combo.sizeHint().width())
        self.language.setAccessibleName(settings_words.SETTING_LANGUAGE)
        self.language.currentIndexChanged.connect(self._language_picked)
        form.addRow(settings_words.SETTING_LANGUAGE, self.language)
        self.language_note = QLabel("", wordWrap=True)
        self.language_note.hide()
        form.addRow(self.language_note)
        note = QLabel(settings_words.MEANINGFUL_EXPLAINED, wordWrap=True)
        form.addRow(note)
        self.serve = QCheckBox(settings_words.SERVE_SETTING)
        self.serve.toggled.connect(self._serve_toggled)
        self.serve_note = QLabel(
            settings_words.SERVE_NOTE if self._serving else settings_words.SERVE_UNAVAILABLE,
            wordWrap=True,
        )
        self.serve.setEnabled(self._serving)
        form.addRow(self.serve)
        form.addRow(self.serve_note)
        return box

    def _serve_toggled(self, on: bool) -> None:
        if self._settings is None:
            return
        self._store("serve_command_line", on)
        self.serve_changed.emit(on)

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

    def _language_picked(self, index: int) -> None:
        choice = self.language.itemData(index)
        if self._settings is None:
            return
        self._store("language", choice)
        chosen = i18n.choose(language.preferences(choice))[0]
        self.language_note.setVisible(chosen != i18n.language())
        self.language_note.setText(
            settings_words.LANGUAGE_NEXT_START.format(language=language.native_name(chosen))
        )

    def _theme_picked(self, index: int) -> None:
        key = self.theme.itemData(index)
        self._store("theme", key)
        self.theme_changed.emit(key)

    # Care and reminders ----------------------------------------------------------------------

    def _care_box(self) -> Card:
        box = Card(settings_words.CARE_SETTINGS_BOX)
        form = QFormLayout()
        box.add(form)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.support_text = QLineEdit()
        self.support_text.setMaxLength(400)
        self.support_text.setPlaceholderText(shell_words.CARE_SUPPORT_DEFAULT)
        self.support_text.setAccessibleName(settings_words.CARE_SETTINGS_SUPPORT)
        self.support_text.setToolTip(shell_words.CARE_SUPPORT_DEFAULT)
        self.support_text.editingFinished.connect(
            lambda: self._store("support_text", self.support_text.text().strip())
        )
        self.offer_checkins = QCheckBox(settings_words.CHECKIN_UI_SETTING)
        self.offer_checkins.toggled.connect(lambda on: self._store("offer_checkins", on))
        self.on_this_day = QCheckBox(settings_words.ON_THIS_DAY_SETTING)
        self.on_this_day.toggled.connect(lambda on: self._store("on_this_day", on))
        self.reminder_on = QCheckBox(settings_words.REMINDER_SETTING)
        self.reminder_at = QTimeEdit()
        self.reminder_at.setDisplayFormat("HH:mm")
        self.reminder_at.setAccessibleName(settings_words.REMINDER_SETTING_TIME)
        self.reminder_at.setTime(QTime(21, 0))
        self.reminder_on.toggled.connect(lambda _on: self._store_reminder())
        self.reminder_at.timeChanged.connect(lambda _time: self._store_reminder())
        self.start_minimised = QCheckBox(settings_words.REMINDER_START_MINIMISED)
        self.start_minimised.toggled.connect(self._start_minimised_toggled)
        self.reminder_note = QLabel(settings_words.REMINDER_SETTING_NOTE, wordWrap=True)
        self.autostart_message = QLabel(wordWrap=True)
        self.autostart_message.setHidden(True)
        if not self._tray_available:
            for widget in (self.reminder_on, self.reminder_at, self.start_minimised):
                widget.setEnabled(False)
            self.reminder_note.setText(settings_words.REMINDER_NO_TRAY)
        elif not autostart_supported():
            self.start_minimised.setEnabled(False)
            self.reminder_note.setText(settings_words.REMINDER_NO_AUTOSTART)
        form.addRow(settings_words.CARE_SETTINGS_SUPPORT, self.support_text)
        form.addRow(QLabel(settings_words.CARE_SETTINGS_SUPPORT_NOTE, wordWrap=True))
        form.addRow(self.offer_checkins)
        form.addRow(self.on_this_day)
        form.addRow(self.reminder_on, self.reminder_at)
        form.addRow(self.start_minimised)
        form.addRow(self.reminder_note)
        form.addRow(self.autostart_message)
        return box

    def _store_reminder(self) -> None:
        at = self.reminder_at.time().toString("HH:mm") if self.reminder_on.isChecked() else ""
        self.reminder_at.setEnabled(self.reminder_on.isChecked() and self._tray_available)
        self._store("reminder_time", at)

    def _start_minimised_toggled(self, on: bool) -> None:
        if self._settings is None:
            return
        try:
            set_autostart(on)
        except OSError as error:
            self.autostart_message.setText(
                settings_words.REMINDER_AUTOSTART_FAILED.format(reason=error.strerror or error)
            )
            self.autostart_message.setHidden(False)
            self.start_minimised.blockSignals(True)
            self.start_minimised.setChecked(not on)
            self.start_minimised.blockSignals(False)
            return
        self.autostart_message.setHidden(True)
        self._store("start_minimised", on)

    def _show_care(self, settings: Settings) -> None:
        self.support_text.setText(settings["support_text"])
        self.offer_checkins.setChecked(settings["offer_checkins"])
        self.on_this_day.setChecked(settings["on_this_day"])
        at = settings["reminder_time"]
        self.reminder_on.setChecked(bool(at))
        if at:
            self.reminder_at.setTime(QTime.fromString(at, "HH:mm"))
        self.reminder_at.setEnabled(bool(at) and self._tray_available)
        self.start_minimised.setChecked(settings["start_minimised"])

    # Page contract ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """The cursor never lands in a passphrase field by itself.

        It goes to the first preference, or after a recovery-code unlock to the new passphrase
        (the task at hand).
        """
        super().showEvent(event)
        focused = QApplication.focusWidget()
        fields = (self.current_passphrase, self.new_passphrase, self.repeat_passphrase)
        if self._recovered:
            self.new_passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
        elif focused in fields:
            self.auto_lock.setFocus(Qt.FocusReason.OtherFocusReason)

    def attach(self, repository: Repository, settings: Settings) -> None:
        """Show the current settings (the diary itself is not needed here)."""
        self._settings = None  # no writes while the controls are filled in
        self.auto_lock.setValue(settings["auto_lock_minutes"])
        self.day_starts.setValue(settings["day_starts_hour"])
        self.meaningful_minutes.setValue(settings["meaningful_minutes"])
        self.meaningful_depth.setValue(settings["meaningful_depth"])
        self.theme.setCurrentIndex(THEMES.index(settings["theme"]))
        self.language.setCurrentIndex(max(0, self.language.findData(settings["language"])))
        self.serve.setChecked(settings["serve_command_line"] and self._serving)
        self._show_care(settings)
        self._settings = settings
        if self.backups is not None:
            self.backups.attach(repository, settings)

    def detach(self) -> None:
        """Forget the typed passphrases and messages."""
        self._settings = None
        if self.backups is not None:
            self.backups.detach()
        for field in (self.current_passphrase, self.new_passphrase, self.repeat_passphrase):
            field.clear()
        self.set_recovered(False)
        self.passphrase_message.clear()
