"""Run slow work (key derivation, search, statistics) off the GUI thread, safely.

Results come back through a Qt signal, so callbacks always run on the GUI thread. Tests pass an
``InlinePool`` to run the work at once, without threads or waiting.

Two rules keep Qt and Python's garbage collection from deadlocking each other (it froze the
suite once: a worker's cyclic collection destroyed QObjects while the GUI thread waited on Qt's
mutex): a worker never holds a QObject — it reports through one dispatcher that lives on the GUI
thread for the whole process, and relays are kept and freed on the GUI thread only — and
Python's cyclic collector runs only on the GUI thread (``GuiCollector``), never inside a worker.
Progress travels the same way: ``run_task_with_progress`` hands the work a plain function that
posts ``(done, total)`` to the dispatcher, which passes it to the task's relay on the GUI thread.
"""

from __future__ import annotations

import gc
import itertools
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

PROGRESS_EVERY_S = 0.05
"""A worker's progress is posted at most this often (and always at the end), so a fast loop of
small steps cannot flood the GUI thread's event queue."""

Report = Callable[[int, int], None]
"""Called by work as ``report(done, total)``; safe from any thread."""


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(object, object)  # done, total (Python ints: a size may pass 2**31)


class _Dispatcher(QObject):
    """Created once, on the GUI thread, and never freed: workers post their answers to it.

    It also keeps each task's work and relay until the answer is delivered, so the last reference
    to anything a task touched is dropped here, on the GUI thread.
    """

    finished = Signal(int, object)  # task key, [succeeded, result or error]
    progressed = Signal(int, object)  # task key, (done, total)

    def __init__(self) -> None:
        super().__init__()
        self.pending: dict[int, tuple[_Relay, Callable[[], Any]]] = {}
        self.finished.connect(self._deliver)
        self.progressed.connect(self._deliver_progress)

    def _deliver_progress(self, key: int, step: tuple[int, int]) -> None:
        entry = self.pending.get(key)
        if entry is not None:  # posted before the answer, so delivered before it too
            entry[0].progressed.emit(*step)

    def _deliver(self, key: int, box: list[Any]) -> None:
        entry = self.pending.pop(key, None)
        value = box.pop()  # the worker's box is left empty: nothing of the answer is freed there
        succeeded = box.pop()
        if entry is not None:
            relay = entry[0]
            (relay.done if succeeded else relay.failed).emit(value)


_DISPATCHER: list[_Dispatcher] = []  # the one dispatcher, made on the GUI thread at first use
_KEYS = itertools.count(1)


def _dispatcher() -> _Dispatcher:
    if not _DISPATCHER:
        _DISPATCHER.append(_Dispatcher())
    return _DISPATCHER[0]


class _Task(QRunnable):
    """Holds the work and a number, nothing of Qt: what it frees on the worker is plain Python."""

    def __init__(self, work: Callable[[], Any], key: int, post: Any) -> None:
        super().__init__()
        self._work: Callable[[], Any] | None = work
        self._key = key
        self._post = post  # the dispatcher's signal emitter

    def run(self) -> None:
        work, self._work = self._work, None
        assert work is not None
        box: list[Any]
        try:
            box = [True, work()]
        except Exception as error:  # noqa: BLE001 - handed to the GUI thread to explain
            box = [False, error]
        del work  # the dispatcher still holds it: the last reference goes on the GUI thread
        try:
            self._post(self._key, box)
        except RuntimeError:  # the app is ending and its dispatcher is gone: nobody to answer
            box.clear()


class GuiCollector(QObject):
    """Runs Python's cyclic garbage collection on the GUI thread only.

    Automatic collection is turned off (it would run in whichever thread allocates, workers
    included); a timer on the GUI thread collects instead, the generation chosen by the same
    thresholds CPython uses. ``stop`` turns automatic collection back on.

    Args:
        interval_ms: how often to look at the allocation counts.
    """

    def __init__(self, interval_ms: int = 500, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.collect_if_due)
        gc.disable()
        self.timer.start()

    def collect_if_due(self) -> int:
        """Collect the generation that is due, if any; the number of objects found unreachable."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        if counts[0] < thresholds[0]:
            return 0
        generation = 2 if counts[2] >= thresholds[2] else 1 if counts[1] >= thresholds[1] else 0
        return gc.collect(generation)

    def stop(self) -> None:
        """Give collection back to Python (at quit, once no worker runs)."""
        self.timer.stop()
        gc.enable()


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

    Call it on the GUI thread. The relay is kept, on the GUI thread, until it has reported.
    """
    dispatcher = _dispatcher()
    relay = _Relay()
    relay.done.connect(on_done)
    relay.failed.connect(on_error)
    key = next(_KEYS)
    dispatcher.pending[key] = (relay, work)
    (pool or QThreadPool.globalInstance()).start(_Task(work, key, dispatcher.finished.emit))
    return relay


def _reporter(key: int, post: Callable[[int, tuple[int, int]], None]) -> Report:
    """A plain function posting task ``key``'s progress, no more often than PROGRESS_EVERY_S."""
    last = [0.0]

    def report(done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - last[0] < PROGRESS_EVERY_S:
            return
        last[0] = now
        try:
            post(key, (int(done), int(total)))
        except RuntimeError:  # the app is ending and its dispatcher is gone
            pass

    return report


def run_task_with_progress(
    work: Callable[[Report], Any],
    on_progress: Callable[[int, int], None],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    pool: QThreadPool | InlinePool | None = None,
) -> _Relay:
    """Like ``run_task``, for ``work(report)``, with ``report``'s steps on the GUI thread.

    Each ``report(done, total)`` reaches ``on_progress`` on the GUI thread (thinned out to one
    every ``PROGRESS_EVERY_S``; the last step, ``done == total``, always arrives), before
    ``on_done`` or ``on_error``.

    ``report`` holds nothing of Qt but the process's one dispatcher, so ``work`` stays free of
    QObjects: give it plain values (a repository, paths, keys), never a widget or ``self`` of
    a QObject.
    """
    dispatcher = _dispatcher()
    key = next(_KEYS)
    report = _reporter(key, dispatcher.progressed.emit)
    relay = _Relay()
    relay.progressed.connect(on_progress)
    relay.done.connect(on_done)
    relay.failed.connect(on_error)

    def task() -> Any:
        return work(report)

    dispatcher.pending[key] = (relay, task)
    (pool or QThreadPool.globalInstance()).start(_Task(task, key, dispatcher.finished.emit))
    return relay


class Tasks:
    """Starts tasks for one owner (a page, the app): ``start`` is ``run_task`` with its pool."""

    def __init__(self, pool: QThreadPool | InlinePool | None = None) -> None:
        self._pool = pool

    def start(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
    ) -> None:
        """Run ``work`` in the pool; ``done`` or ``failed`` runs on the GUI thread."""
        run_task(work, done, failed, self._pool)

    def start_with_progress(
        self,
        work: Callable[[Report], Any],
        progressed: Callable[[int, int], None],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
    ) -> None:
        """``run_task_with_progress`` in this owner's pool."""
        run_task_with_progress(work, progressed, done, failed, self._pool)
