"""The app's side of serving ``diary`` commands (``diary.served``), wired to the window.

The server answers on its own plain thread. Before a command that writes, it asks the GUI
thread to save what the window holds (so neither side overwrites the other's words) and waits
for that; after it, the window reloads. Both travel as signals of this object, which lives on
the GUI thread as long as the app does: the server thread never frees anything of Qt's.

Signals:
    changed: a command changed the diary; the window shows it again.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from diary.served import CommandServer, Execute, ServeError, supported

SAVE_WAIT_S = 10.0
"""How long a writing command waits for the window to save (it is refused after, not lost)."""


class _Saved:
    """A box the GUI thread fills in: whether the window's edits are saved."""

    def __init__(self) -> None:
        self.ok = False
        self.done = threading.Event()


class CommandService(QObject):
    """Starts and stops the command server with the unlocked diary and the Settings switch.

    Args:
        folder: the diary folder (it names the socket).
        execute: answers one request from the open diary (``diary.commands.served``).
        save: saves the window's edits; False if it could not.
        parent: the app, which outlives every command.
    """

    changed = Signal()
    _save_wanted = Signal(object)  # a _Saved box, from the server thread

    def __init__(
        self,
        folder: Path,
        execute: Execute,
        save: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._save_wanted.connect(self._save_now)
        wanted, changed = self._save_wanted.emit, self.changed.emit

        def before_write() -> bool:  # on the server's thread: plain Python and two signals
            box = _Saved()
            wanted(box)
            deadline = time.monotonic() + SAVE_WAIT_S
            while not box.done.wait(0.05):
                if server.stopping or time.monotonic() > deadline:
                    return False
            return box.ok

        server = CommandServer(folder, execute, before_write=before_write, after_write=changed)
        self._server = server

    @staticmethod
    def available() -> bool:
        """Whether this system can serve commands safely (Linux and macOS)."""
        return supported()

    @property
    def running(self) -> bool:
        """Whether commands are being answered now."""
        return self._server.running

    def start(self) -> str | None:
        """Answer commands from now on; the reason in words if that cannot be done."""
        if not supported():
            return None
        try:
            self._server.start()
        except (ServeError, OSError) as error:
            return str(error)
        return None

    def stop(self) -> None:
        """No more commands: before locking, quitting or when the switch is turned off."""
        self._server.stop()

    def _save_now(self, box: _Saved) -> None:
        try:
            box.ok = self._save()
        finally:
            box.done.set()
