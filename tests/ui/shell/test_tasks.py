"""Background tasks: answers on the GUI thread, and garbage collected there only."""

from __future__ import annotations

import datetime as dt
import gc
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from conftest import Deferred
from diary.storage.repository import Repository
from diary.ui.shell.tasks import GuiCollector, InlinePool, Tasks, run_task

pytestmark = pytest.mark.gui


def forced_collection(threshold: int, interval_ms: int) -> Iterator[GuiCollector]:
    thresholds = gc.get_threshold()
    gc.set_threshold(threshold, 2, 2)  # collect all the time, to give a worker every chance to
    collector = GuiCollector(interval_ms=interval_ms)
    yield collector
    collector.stop()
    gc.set_threshold(*thresholds)
    gc.disable()  # as the suite keeps it (tests/conftest.py)


@pytest.fixture
def collector(qapp: object) -> Iterator[GuiCollector]:
    yield from forced_collection(5, 1)


@pytest.fixture
def busy_collector(qapp: object) -> Iterator[GuiCollector]:
    """Forced collection for a big heap: a worker would still collect, the GUI thread less often."""
    yield from forced_collection(50, 25)


def test_thousands_of_background_reads_collect_garbage_on_the_gui_thread_only(
    qtbot: QtBot, collector: GuiCollector
) -> None:
    """The deadlock of the suite: a worker's cyclic collection destroyed QObjects."""
    collecting_threads: set[int] = set()

    def watch(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            collecting_threads.add(threading.get_ident())

    pool = QThreadPool()
    pool.setMaxThreadCount(4)
    answers: list[int] = []
    failures: list[Exception] = []

    def work(number: int) -> int:
        for _ in range(50):  # cyclic garbage made on the worker
            knot: list[object] = []
            knot.append(knot)
        return number

    gc.callbacks.append(watch)
    try:
        for number in range(3000):
            run_task(lambda n=number: work(n), answers.append, failures.append, pool)
            if number % 100 == 0:
                qtbot.wait(1)  # the GUI thread keeps living (and collecting) meanwhile
        qtbot.waitUntil(lambda: len(answers) + len(failures) == 3000, timeout=60_000)
        pool.waitForDone()
    finally:
        gc.callbacks.remove(watch)
    assert not failures
    assert sorted(answers) == list(range(3000))
    assert collecting_threads == {threading.get_ident()}


def test_collector_collects_only_when_due(collector: GuiCollector) -> None:
    gc.collect()
    assert gc.get_count()[0] < gc.get_threshold()[0]
    assert collector.collect_if_due() == 0
    knots = []
    for _ in range(20):
        knot: list[object] = []
        knot.append(knot)
        knots.append(knot)
    del knot, knots
    assert collector.collect_if_due() >= 20


def test_an_answer_that_arrives_late_still_reaches_its_owner(qtbot: QtBot) -> None:
    pool = Deferred()
    answers: list[str] = []
    Tasks(pool).start(lambda: "late", answers.append, pytest.fail)  # nobody keeps the relay
    gc.collect()
    pool.run_all()
    assert answers == ["late"]


def test_a_failure_is_handed_to_the_gui_thread(qtbot: QtBot) -> None:
    errors: list[Exception] = []
    threads: list[int] = []

    def failed(error: Exception) -> None:
        threads.append(threading.get_ident())
        errors.append(error)

    def boom() -> None:
        raise OSError("disk full")

    pool = QThreadPool()
    run_task(boom, pytest.fail, failed, pool)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    pool.waitForDone()
    assert str(errors[0]) == "disk full"
    assert threads == [threading.get_ident()]


def test_a_task_that_ends_after_the_app_is_quiet(capsys: pytest.CaptureFixture[str]) -> None:
    """At quit the dispatcher can be gone before a worker reports: no traceback, no answer."""
    from diary.ui.shell.tasks import _Task

    def gone(_key: int, _box: list[object]) -> None:
        raise RuntimeError("Signal source has been deleted")

    _Task(lambda: "late", 1, gone).run()  # does not raise
    assert capsys.readouterr().err == ""


def test_background_reads_while_the_gui_thread_walks_through_days_and_pages(
    qtbot: QtBot, busy_collector: GuiCollector, repo: Repository, tmp_path: Path
) -> None:
    """The frozen suite's pattern, with collection forced all the time.

    Today's companions and other reads run in the pool while the GUI thread opens day after day.
    """
    from diary.domain.sample import generate
    from diary.settings import Settings
    from diary.ui.journal.page import JournalPage
    from diary.ui.today.page import TodayPage

    today = dt.date(2026, 11, 30)
    sample = generate(today, years=1)
    repo.import_records(
        circles=sample.circles,
        people=sample.people,
        entries=sample.entries,
        interactions=sample.interactions,
    )
    pool = QThreadPool()
    pool.setMaxThreadCount(3)
    clock = lambda: dt.datetime.combine(today, dt.time(21))  # noqa: E731
    settings = Settings(tmp_path / "settings.json")
    pages = [TodayPage(clock, pool=pool), JournalPage(pool, clock=clock)]
    for page in pages:
        qtbot.addWidget(page)
        page.attach(repo, settings)
    collecting_threads: set[int] = set()

    def watch(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            collecting_threads.add(threading.get_ident())

    answers: list[object] = []
    failures: list[Exception] = []
    gc.callbacks.append(watch)
    try:
        for n in range(160):
            start = today - dt.timedelta(days=30 + n % 60)
            run_task(lambda s=start: repo.days(s, today), answers.append, failures.append, pool)
            if n % 4 == 0:
                pages[0].show_day(today - dt.timedelta(days=n % 45))
            if n % 25 == 0:
                pages[1].refresh()
                qtbot.wait(1)
        qtbot.waitUntil(lambda: len(answers) + len(failures) == 160, timeout=120_000)
        for page in pages:
            page.detach()
        pool.waitForDone()
        qtbot.wait(10)  # the companions' last answers
    finally:
        gc.callbacks.remove(watch)
    assert not failures
    assert collecting_threads == {threading.get_ident()}


def test_progress_reaches_the_gui_thread_in_order_before_the_answer(qtbot: QtBot) -> None:
    """A worker's ``report`` lands on the GUI thread, thinned out, with the last step kept."""
    from diary.ui.shell.tasks import Report

    heard: list[tuple[str, int, int, int]] = []  # what, done, total, thread
    gui = threading.get_ident()

    def work(report: Report) -> str:
        total = 3 * 2**31  # a backup's bytes may pass what a C++ int holds
        for step in range(1, 2001):  # far more steps than are worth a repaint
            report(step * total // 2000, total)
        return "written"

    pool = QThreadPool()
    Tasks(pool).start_with_progress(
        work,
        lambda done, total: heard.append(("step", done, total, threading.get_ident())),
        lambda answer: heard.append((answer, 0, 0, threading.get_ident())),
        pytest.fail,
    )
    qtbot.waitUntil(lambda: bool(heard) and heard[-1][0] == "written", timeout=10_000)
    pool.waitForDone()
    steps = [done for what, done, _total, _thread in heard if what == "step"]
    assert {thread for *_rest, thread in heard} == {gui}
    assert [what for what, *_rest in heard][-1] == "written"  # the answer comes after
    assert steps == sorted(steps) and steps[-1] == 3 * 2**31  # in order; the last step arrives
    assert len(steps) < 2000  # thinned out: the GUI thread is not flooded
    assert all(total == 3 * 2**31 for what, _done, total, _thread in heard if what == "step")


def test_progress_with_the_inline_pool_is_heard_at_once() -> None:
    heard: list[object] = []

    def work(report: Callable[[int, int], None]) -> int:
        report(1, 2)
        report(2, 2)
        return 7

    Tasks(InlinePool()).start_with_progress(
        work, lambda done, total: heard.append((done, total)), heard.append, pytest.fail
    )
    assert heard == [(1, 2), (2, 2), 7]
