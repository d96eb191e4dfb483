"""Run a command sent by ``diary`` in the open app: the same handlers, on the app's open diary.

The handler is the one the command line would run, with the same words and exit codes; only
``Command.diary`` and ``Command.quick_diary`` differ: they hand over the diary the app has open
instead of unlocking it, and leave it open afterwards. Paths in the arguments are taken from
the folder the command was typed in, not the app's.
"""

from __future__ import annotations

import argparse
import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from diary import messages
from diary.commands.base import CliError, Command
from diary.commands.run import run
from diary.served import Answer, Opened, Request
from diary.storage.errors import Code, DiaryLocked
from diary.storage.kdf import KdfPolicy
from diary.storage.vault import Vault

if TYPE_CHECKING:
    from diary.storage.repository import Repository


class OpenDiaryCommand(Command):
    """A command answered from a diary that is already open: no passphrase, no lock after."""

    def __init__(
        self,
        args: argparse.Namespace,
        policy: KdfPolicy,
        out: io.StringIO,
        err: io.StringIO,
        opened: Opened,
    ) -> None:
        super().__init__(args, policy, out, err)
        self._opened = opened

    def passphrase(self, prompt: str | None = None) -> str:
        """Never asked: such commands are not sent to the app (see ``diary.served.SERVED``)."""
        raise CliError(messages.NO_TERMINAL)

    @contextmanager
    def diary(self, passphrase: str | None = None) -> Iterator[tuple[Vault, Repository]]:
        """The app's open diary, as long as it is open."""
        opened = self._opened()
        if opened is None:
            raise DiaryLocked(code=Code.DIARY_LOCKED)
        yield opened

    @contextmanager
    def quick_diary(self) -> Iterator[Repository]:
        """The app's open repository: it answers what the command line's ``QuickDiary`` does."""
        with self.diary() as (_vault, repository):
            yield repository


def from_folder(args: argparse.Namespace, cwd: Path) -> None:
    """Relative paths (``--out chart.png``, an export's FILE) as the caller meant them."""
    for name, value in vars(args).items():
        if isinstance(value, Path) and not value.is_absolute():
            setattr(args, name, cwd / value)


def execute(
    request: Request,
    *,
    parser: Callable[[], argparse.ArgumentParser],
    opened: Opened,
    policy: KdfPolicy,
) -> Answer:
    """Parse and run one request; its output and exit code come back as the answer.

    A locked app answers "not mine" (code -1), so the command unlocks the diary itself.
    """
    if opened() is None:
        return Answer(code=-1)
    try:
        args = parser().parse_args(request.argv)
    except SystemExit:  # the caller parsed the same words already; a mismatch is not ours
        return Answer(code=-1)
    from_folder(args, Path(request.cwd))
    if request.stdin is not None and getattr(args, "text", None) == "-":
        args.text = request.stdin
    out, err = io.StringIO(), io.StringIO()
    code = run(args, policy, OpenDiaryCommand(args, policy, out, err, opened))
    return Answer(code=code, out=out.getvalue(), err=err.getvalue())
