"""Run slow work (key derivation, search, statistics) off the GUI thread.

Results come back through a Qt signal, so callbacks always run on the GUI thread. Tests pass an
``InlinePool`` to run the work at once, without threads or waiting.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # noqa: BLE001 - handed to the GUI thread to explain
            self._relay.failed.emit(error)
        else:
            self._relay.done.emit(result)


class InlinePool:
    """A stand-in for QThreadPool that runs each task immediately (for tests)."""

    def start(self, task: QRunnable) -> None:
        """Run ``task`` now, on the calling thread."""
        task.run()


def run_task(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    pool: QThreadPool | InlinePool | None = None,
) -> _Relay:
    """Run ``work`` in ``pool`` (the global pool by default); callbacks run on the GUI thread.

    Keep the returned relay alive until a callback has run.
    """
    relay = _Relay()
    relay.done.connect(on_done)
    relay.failed.connect(on_error)
    (pool or QThreadPool.globalInstance()).start(_Task(work, relay))
    return relay


class Tasks:
    """Starts tasks for one owner and keeps each relay alive until its callback has run.

    A relay that nobody references can be collected before the worker reports back, and the
    result would be lost; pages hold one ``Tasks`` instead of juggling relays themselves.
    """

    def __init__(self, pool: QThreadPool | InlinePool | None = None) -> None:
        self._pool = pool
        self._relays: list[_Relay] = []

    def start(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
    ) -> None:
        """Run ``work`` in the pool; ``done`` or ``failed`` runs on the GUI thread."""
        finished = False
        relay: _Relay | None = None

        def forget() -> None:
            nonlocal finished
            finished = True
            if relay is not None and relay in self._relays:
                self._relays.remove(relay)

        def on_done(result: Any) -> None:
            forget()
            done(result)

        def on_error(error: Exception) -> None:
            forget()
            failed(error)

        relay = run_task(work, on_done, on_error, self._pool)
        if not finished:
            self._relays.append(relay)
