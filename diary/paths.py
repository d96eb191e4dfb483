"""Where Hearth keeps diaries by default: the platform's per-user data folder."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_DIR_NAME = "Hearth"


def default_data_dir() -> Path:
    """The user's own diary (``~/.local/share/Hearth`` on Linux, the OS equivalent elsewhere)."""
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=True))


def default_settings_path() -> Path:
    """Preferences only (never diary content), in the platform's per-user config folder."""
    return Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False, roaming=True)) / (
        "settings.json"
    )


def default_demo_dir() -> Path:
    """A demo diary lives apart from the real one, so trying Hearth never touches it."""
    return default_data_dir() / "demo"
