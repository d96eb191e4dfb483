"""Every user setting in one declared list, with its default.

Most settings are preferences only (minutes, hours, a theme name, window geometry) and live in a
small JSON file that may stay unencrypted. A few say something about the user (a helpline they
chose, the day a care note was put away): those are declared ``private`` and live inside the
encrypted diary, readable only while it is unlocked (security.md). Unknown or invalid values
fall back to the default instead of stopping the app.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from diary import messages
from diary.i18n import N_, _, shipped_languages
from diary.storage.atomic import atomic_write


class Code(StrEnum):
    """Why a value was refused (its words: ``diary.messages.ERROR_<CODE>``)."""

    SETTING_INVALID = "setting_invalid"
    SETTING_NEEDS_UNLOCK = "setting_needs_unlock"


class SettingRefused(ValueError):
    """A value a setting does not take; its words are chosen when it is shown.

    Attributes:
        code: a ``Code``.
        params: ``setting`` (the option's key) and, for an invalid one, ``value``.
    """

    def __init__(self, code: Code, /, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        words = dict(self.params)
        option = _BY_KEY.get(str(words.get("setting")))
        if option is not None:
            words["setting"] = option.words
        return messages.explain(self.code, words)


@dataclass(frozen=True)
class Option:
    """One setting: its key, default, allowed range (for numbers) and a line for people.

    ``label`` is marked for translation (``N_``); ``words`` says it in the current language.
    """

    key: str
    default: Any
    label: str
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()
    private: bool = False  # kept in the encrypted diary, not the settings file

    @property
    def words(self) -> str:
        """The line for people, in the current language."""
        return _(self.label)

    def accept(self, value: Any) -> Any:
        """The value if valid for this option, else the default."""
        if isinstance(self.default, bool):
            return value if isinstance(value, bool) else self.default
        if isinstance(self.default, int):
            if isinstance(value, bool) or not isinstance(value, int):
                return self.default
            low = self.minimum if self.minimum is not None else value
            high = self.maximum if self.maximum is not None else value
            return value if low <= value <= high else self.default
        if self.choices:
            return value if value in self.choices else self.default
        return value if isinstance(value, type(self.default)) else self.default


TIMES = ("", *(f"{hour:02d}:{minute:02d}" for hour in range(24) for minute in range(60)))
"""Valid reminder times: "" (no reminder) or a time of day as HH:MM."""

OPTIONS: tuple[Option, ...] = (
    Option("auto_lock_minutes", 5, N_("Lock after this many idle minutes"), 1, 240),
    Option(
        "day_starts_hour",
        4,
        N_("Until this hour after midnight it is still the previous evening"),
        0,
        12,
    ),
    Option(
        "meaningful_minutes",
        10,
        N_("A live contact counts as meaningful from this many minutes"),
        1,
        240,
    ),
    Option("meaningful_depth", 4, N_("Any contact this deep (1-5) counts as meaningful"), 1, 5),
    Option("theme", "system", N_("Theme"), choices=("system", "light", "dark")),
    Option(
        "language",
        "system",
        N_("Language of the app (system: the computer's); takes effect at the next start"),
        choices=("system", *shipped_languages()),
    ),
    Option("autosave_seconds", 2, N_("Save this many seconds after you stop typing"), 1, 30),
    Option("window_geometry", "", N_("Window position and size (saved by the app)")),
    # Automatic backups (diary/backups.py, diary/ui/settings/backups.py).
    Option("auto_backup", True, N_("Back up automatically on quit, at most once a day")),
    Option(
        "backup_folder", "", N_("Folder of automatic backups (empty: 'backups' beside the diary)")
    ),
    Option("backup_keep", 10, N_("How many automatic backups to keep"), 1, 100),
    # Care, check-ins and the evening reminder (ui/today/care.py, ui/shell/tray.py).
    # The private ones live in the encrypted diary: a chosen helpline or the day a care note was
    # put away say something about the user.
    Option(
        "support_text",
        "",
        N_("Support text shown with the care note (empty: the default)"),
        private=True,
    ),
    Option(
        "care_dismissed",
        "",
        N_("The day the care note was last put away (YYYY-MM-DD)"),
        private=True,
    ),
    Option("offer_checkins", True, N_("Offer the wellbeing and loneliness check-ins when due")),
    Option("on_this_day", True, N_("Show this day of earlier years on Today")),
    # diary/served.py: off by default, as any program of the user could then read the open diary.
    Option(
        "serve_command_line",
        False,
        N_("Let diary commands use the open, unlocked app (no passphrase)"),
    ),
    Option(
        "checkin_dismissed",
        "",
        N_("The day the check-in prompt was put away (YYYY-MM-DD)"),
        private=True,
    ),
    Option("reminder_time", "", N_("Evening reminder time (HH:MM; empty: off)"), choices=TIMES),
    Option("start_minimised", False, N_("Start minimised to the tray at login")),
)
_BY_KEY = {option.key: option for option in OPTIONS}


def default(key: str) -> Any:
    """The declared default of a setting (for views shown before settings are known)."""
    return _BY_KEY[key].default


class PrivateStore(Protocol):
    """Where private settings live: the unlocked diary (``Repository``)."""

    def preferences(self) -> dict[str, str]:
        """Every stored private value."""
        ...

    def set_preference(self, key: str, value: str) -> None:
        """Store one private value ("" removes it)."""
        ...


class Settings:
    """The user's settings: the file at ``path``, and the private ones while unlocked."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._values: dict[str, Any] = {o.key: o.default for o in OPTIONS}
        self._private: PrivateStore | None = None
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            stored = {}
        if isinstance(stored, dict):
            for key, value in stored.items():
                if key in _BY_KEY and not _BY_KEY[key].private:
                    self._values[key] = _BY_KEY[key].accept(value)

    def __getitem__(self, key: str) -> Any:
        return self._values[key]

    def attach_private(self, store: PrivateStore) -> None:
        """Read the private settings from the unlocked diary (and write them there)."""
        self._private = store
        stored = store.preferences()
        for option in OPTIONS:
            if option.private:
                self._values[option.key] = option.accept(stored.get(option.key, option.default))

    def detach_private(self) -> None:
        """Forget the private settings (on lock): they fall back to their defaults."""
        self._private = None
        for option in OPTIONS:
            if option.private:
                self._values[option.key] = option.default

    def set(self, key: str, value: Any) -> None:
        """Change one setting (invalid values are refused) and save it where it belongs.

        Raises:
            SettingRefused: (a ValueError) an invalid value, or a private setting while the
                diary is locked.
        """
        option = _BY_KEY[key]
        if option.accept(value) != value:
            raise SettingRefused(Code.SETTING_INVALID, setting=key, value=repr(value))
        if option.private:
            if self._private is None:
                raise SettingRefused(Code.SETTING_NEEDS_UNLOCK, setting=key)
            self._private.set_preference(key, str(value))
            self._values[key] = value
            return
        self._values[key] = value
        public = {k: v for k, v in self._values.items() if not _BY_KEY[k].private}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps(public, indent=2, sort_keys=True).encode("utf-8")
        atomic_write(self.path, data)  # mkstemp's 0600 mode carries over to the file
