"""Every user setting in one declared list, with its default, kept in a small JSON file.

Settings hold preferences only (minutes, hours, a theme name, window geometry): never anything
the user wrote, so the file may stay unencrypted (security.md). Unknown or invalid values in the
file fall back to the default instead of stopping the app.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from diary.storage.atomic import atomic_write


@dataclass(frozen=True)
class Option:
    """One setting: its key, default, allowed range (for numbers) and a line for people."""

    key: str
    default: Any
    label: str
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()

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
    Option("auto_lock_minutes", 5, "Lock after this many idle minutes", 1, 240),
    Option(
        "day_starts_hour",
        4,
        "Until this hour after midnight it is still the previous evening",
        0,
        12,
    ),
    Option(
        "meaningful_minutes",
        10,
        "A live contact counts as meaningful from this many minutes",
        1,
        240,
    ),
    Option("meaningful_depth", 4, "Any contact this deep (1-5) counts as meaningful", 1, 5),
    Option("theme", "system", "Theme", choices=("system", "light", "dark")),
    Option("autosave_seconds", 2, "Save this many seconds after you stop typing", 1, 30),
    Option("window_geometry", "", "Window position and size (saved by the app)"),
    # Automatic backups (diary/backups.py, diary/ui/backup_section.py).
    Option("auto_backup", True, "Back up automatically on quit, at most once a day"),
    Option("backup_folder", "", "Folder of automatic backups (empty: 'backups' beside the diary)"),
    Option("backup_keep", 10, "How many automatic backups to keep", 1, 100),
    # Care, check-ins and the evening reminder (diary/ui/care.py, checkin_form.py, reminder.py).
    # Dates here say only when the user pressed a button, never what a score or streak was.
    Option("support_text", "", "Support text shown with the care note (empty: the default)"),
    Option("care_dismissed", "", "The day the care note was last put away (YYYY-MM-DD)"),
    Option("offer_checkins", True, "Offer the wellbeing and loneliness check-ins when due"),
    Option("checkin_dismissed", "", "The day the check-in prompt was put away (YYYY-MM-DD)"),
    Option("reminder_time", "", "Evening reminder time (HH:MM; empty: off)", choices=TIMES),
    Option("start_minimised", False, "Start minimised to the tray at login"),
)
_BY_KEY = {option.key: option for option in OPTIONS}


def default(key: str) -> Any:
    """The declared default of a setting (for views shown before settings are known)."""
    return _BY_KEY[key].default


class Settings:
    """The user's settings, read from and written to ``path`` (atomically)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._values: dict[str, Any] = {o.key: o.default for o in OPTIONS}
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            stored = {}
        if isinstance(stored, dict):
            for key, value in stored.items():
                if key in _BY_KEY:
                    self._values[key] = _BY_KEY[key].accept(value)

    def __getitem__(self, key: str) -> Any:
        return self._values[key]

    def set(self, key: str, value: Any) -> None:
        """Change one setting (invalid values are refused) and save the file."""
        option = _BY_KEY[key]
        if option.accept(value) != value:
            raise ValueError(f"{value!r} is not a valid value for {option.label.lower()}")
        self._values[key] = value
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps(self._values, indent=2, sort_keys=True).encode("utf-8")
        atomic_write(self.path, data)  # mkstemp's 0600 mode carries over to the file
