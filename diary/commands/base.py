"""What every command shares: its arguments, output, passphrases, dates and exit codes.

Its imports are the few every command needs: the rest (settings, statistics, platform folders,
``json``, the words of the errors and prompts) are imported where they are used, so a command
such as ``show`` starts sooner.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from diary.storage.vault import Vault

if TYPE_CHECKING:
    from diary.domain.stats import Definition
    from diary.settings import Settings
    from diary.storage.kdf import KdfPolicy
    from diary.storage.quick import QuickDiary
    from diary.storage.repository import Repository

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2
EXIT_WRONG_PASSPHRASE, EXIT_DAMAGED, EXIT_IN_USE = 3, 4, 5


class CliError(Exception):
    """Bad input: printed as one line, exit code 1."""


class Command:
    """What one invocation needs: its arguments, where its output goes, and the KDF policy."""

    def __init__(
        self, args: argparse.Namespace, policy: KdfPolicy, out: TextIO, err: TextIO | None = None
    ) -> None:
        self.args = args
        self.policy = policy
        self.out = out
        self.err = sys.stderr if err is None else err

    @property
    def folder(self) -> Path:
        """The diary folder this command works on."""
        folder: Path = self.args.data_dir or default_data_dir()
        return folder

    def say(self, text: str = "") -> None:
        """Print a line for the user."""
        print(text, file=self.out)

    def warn(self, text: str) -> None:
        """Print a warning or an error line ("diary: ...") for the user."""
        print(f"diary: {text}", file=self.err)

    def print_json(self, value: Any) -> None:
        """Print machine-readable output (UTF-8, stable keys)."""
        import json

        print(json.dumps(value, ensure_ascii=False, indent=2), file=self.out)

    def passphrase(self, prompt: str | None = None) -> str:
        """The passphrase from --passphrase-file, or asked on the terminal without echo."""
        if self.args.passphrase_file is not None:
            return read_secret_file(self.args.passphrase_file)
        from diary import messages

        return ask_secret(messages.PASSPHRASE_PROMPT if prompt is None else prompt)

    def new_passphrase(self, file: Path | None) -> str:
        """A new passphrase from a file, or typed twice on the terminal."""
        from diary import messages

        if file is not None:
            return read_secret_file(file)
        first = ask_secret(messages.NEW_PASSPHRASE_PROMPT)
        if ask_secret(messages.REPEAT_PROMPT) != first:
            raise CliError(messages.PASSPHRASES_DIFFER)
        return first

    def require_diary(self) -> None:
        """Refuse early, before asking for a passphrase, when the folder holds no diary."""
        if not Vault(self.folder, self.policy).exists():
            from diary import messages

            raise CliError(messages.CLI_NO_DIARY.format(folder=self.folder))

    @contextmanager
    def diary(self, passphrase: str | None = None) -> Iterator[tuple[Vault, Repository]]:
        """Unlock the diary for the length of the command, and always lock it again.

        ``passphrase`` is asked for (or read from --passphrase-file) unless given.
        """
        with Vault(self.folder, self.policy) as vault:
            self.require_diary()
            yield vault, vault.unlock(self.passphrase() if passphrase is None else passphrase)

    @contextmanager
    def quick_diary(self) -> Iterator[QuickDiary | Repository]:
        """Unlock the diary on one plain connection (``storage.quick``), and lock it again.

        For the commands whose reads and writes ``QuickDiary`` has (it answers as the
        repository does): they start and end sooner than through the repository (no
        SQLAlchemy, one connection). A command that needs more uses ``diary``.
        """
        with Vault(self.folder, self.policy) as vault:
            self.require_diary()
            yield vault.unlock_quick(self.passphrase())


def read_secret_file(path: Path) -> str:
    """The first line of a passphrase file (a trailing newline is not part of it)."""
    try:
        data = path.read_bytes()
    except OSError as error:
        from diary import messages

        reason = error.strerror or str(error)
        raise CliError(
            messages.PASSPHRASE_FILE_UNREADABLE.format(path=path, reason=reason)
        ) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from diary import messages

        raise CliError(messages.PASSPHRASE_FILE_NOT_TEXT.format(path=path)) from None
    lines = text.splitlines()
    return lines[0] if lines else ""


def ask_secret(prompt: str) -> str:
    """Ask on the controlling terminal without echo; never read a secret from a pipe."""
    from diary import messages

    if sys.platform != "win32":
        try:
            with open("/dev/tty"):
                pass
        except OSError:
            raise CliError(messages.NO_TERMINAL) from None
    elif not sys.stdin.isatty():  # pragma: no cover - Windows only
        raise CliError(messages.NO_TERMINAL)
    import getpass

    return getpass.getpass(prompt)


def parse_date(value: str) -> dt.date:
    """A YYYY-MM-DD date, or a clear complaint."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        from diary import messages

        raise CliError(messages.BAD_DATE.format(value=value)) from None


# What ``datetime.strptime(value, "%Y-%m")`` accepts (its own patterns for %Y and %m), without
# loading ``_strptime`` and the locale machinery it brings.
_MONTH = re.compile(r"(\d\d\d\d)-(1[0-2]|0[1-9]|[1-9])", re.IGNORECASE)


def parse_month(value: str) -> tuple[dt.date, dt.date]:
    """First and last day of a YYYY-MM month."""
    found = _MONTH.fullmatch(value)
    try:
        if found is None:
            raise ValueError(value)
        first = dt.date(int(found[1]), int(found[2]), 1)
    except ValueError:  # no such month, or the year 0
        from diary import messages

        raise CliError(messages.BAD_MONTH.format(value=value)) from None
    if first.month == 12:  # December's last day is always the 31st, even in the year 9999
        return first, first.replace(day=31)
    following = first.replace(month=first.month + 1)
    return first, following - dt.timedelta(days=1)


# Today and the definition of meaningful contact follow the app's settings, so the terminal and
# the app agree.


def default_data_dir() -> Path:
    """The user's diary folder (``diary.paths``, imported only when no --data-dir is given)."""
    from diary import paths

    return paths.default_data_dir()


def default_settings_path() -> Path:
    """Where the app keeps its settings (``diary.paths``)."""
    from diary import paths

    return paths.default_settings_path()


def user_settings() -> Settings:
    """The app's settings (preferences only; never diary content)."""
    from diary.settings import Settings

    return Settings(default_settings_path())


def diary_today() -> dt.date:
    """Today as the diary counts it (the evening lasts until the user's day-start hour)."""
    from diary.domain.evening import evening_of

    return evening_of(dt.datetime.now(), user_settings()["day_starts_hour"])


def definition() -> Definition:
    """The user's definition of meaningful contact, from the app's settings."""
    from diary.domain.stats import Definition

    settings = user_settings()
    return Definition(minutes=settings["meaningful_minutes"], depth=settings["meaningful_depth"])
