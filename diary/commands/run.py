"""Run one parsed command: every error becomes one line on stderr and a documented exit code.

The backup format's errors are caught only once a command has loaded that module: a command
that never touches a backup (``show``, ``search``, ...) does not import it. The domain's
``ValidationError`` is a ``ValueError`` and is told as one, so the domain models are not
imported here either (a command that reads never builds them).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from typing import TYPE_CHECKING

from diary.commands.base import (
    EXIT_BAD_INPUT,
    EXIT_DAMAGED,
    EXIT_IN_USE,
    EXIT_OK,
    EXIT_WRONG_PASSPHRASE,
    CliError,
    Command,
)
from diary.storage.errors import DamagedDiary, DiaryInUse, StorageError, WrongPassphrase

if TYPE_CHECKING:
    from diary.storage.kdf import KdfPolicy

_BACKUP = "diary.formats.backup"


def told_errors() -> tuple[type[Exception], ...]:
    """The errors told in their own words: storage's, and the backup format's once loaded."""
    backup = sys.modules.get(_BACKUP)
    return (StorageError, backup.BackupError) if backup is not None else (StorageError,)


def exit_code_for(error: Exception) -> int:
    """The documented exit code of a storage or backup error."""
    backup = sys.modules.get(_BACKUP)
    if isinstance(error, WrongPassphrase) or (
        backup is not None and isinstance(error, backup.WrongBackupPassphrase)
    ):
        return EXIT_WRONG_PASSPHRASE
    if isinstance(error, DamagedDiary) or (
        backup is not None and isinstance(error, backup.BackupDamaged)
    ):
        return EXIT_DAMAGED
    if isinstance(error, DiaryInUse):
        return EXIT_IN_USE
    return EXIT_BAD_INPUT


def run(args: argparse.Namespace, policy: KdfPolicy, cmd: Command | None = None) -> int:
    """Call the handler named by ``args.handler`` ("module:function" under diary.commands).

    ``cmd`` is the terminal's by default; the open app passes its own (``commands.served``).
    """
    module_name, function_name = args.handler.split(":")
    handler = getattr(importlib.import_module(f"diary.commands.{module_name}"), function_name)
    if cmd is None:
        cmd = Command(args, policy, sys.stdout)
    try:
        code: int = handler(cmd)
        return code
    except told_errors() as error:  # str(error): its code's words, told now
        cmd.warn(str(error))
        return exit_code_for(error)
    except (CliError, ValueError) as error:  # ValueError: the domain's ValidationError too
        cmd.warn(str(error))
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # The reader (``| head``) has all it wanted; leave quietly, as other tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except OSError as error:
        from diary import messages

        reason = error.strerror or error
        if error.filename:
            words = messages.CANNOT_READ.format(what=error.filename, reason=reason)
        else:
            words = messages.CLI_CANNOT_READ_A_FILE.format(reason=reason)
        cmd.warn(words)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        from diary import messages

        print(file=cmd.err)
        cmd.warn(messages.INTERRUPTED)
        return 130
    except Exception as error:  # noqa: BLE001 - the last line of defence: no traceback
        from diary import messages

        cmd.warn(messages.INTERNAL_ERROR.format(kind=type(error).__name__))
        return EXIT_BAD_INPUT
