"""Benchmark Insights on a 10-year diary: page switches, each panel's draw, all-time stats.

First the real Insights page (offscreen Qt, the real thread pool): open it on November 2025,
wait for the first chart, then time switching to each panel and moving back month by month,
from the click to the new chart painted, with the page left idle between clicks as a reader
leaves it (so the charts it draws ahead are ready). Then, for each panel: read the year around
the month from the encrypted diary, compute the day series and the month's insights, lay the
panel out on a Figure and render it with Agg, beside an empty Figure of the same size. Last the
all-time numbers: ten years of ``day_series`` + ``summarize``.

It prints figures; it asserts nothing (see bench/README.md).

Run::

    python bench/bench_insights.py [--years 10] [--runs 7]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg

from diary.charts.context import ChartContext
from diary.charts.figure import new_figure
from diary.charts.panels import PANELS
from diary.charts.theme import LIGHT, style_axes
from diary.domain.insights import period_insights
from diary.domain.sample import generate
from diary.domain.stats import DayStats, day_series, summarize
from diary.storage.kdf import TEST_POLICY
from diary.storage.repository import Repository
from diary.storage.vault import Vault

END = dt.date(2025, 12, 31)
MONTH = ChartContext(2025, 11, END)
TARGET_MS = 300.0
TARGET_RATIO = 3.0
TARGET_SWITCH_MS = 150.0


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def read_and_compute(repo: Repository) -> None:
    """The worker's part: the year from the diary, its series and the month's summary."""
    start, end = MONTH.year_span()
    series = day_series(repo.days(start, end), start, end)
    period_insights(series, *MONTH.month_span())


def draw_only(series: Sequence[DayStats], name: str) -> None:
    """The GUI thread's part: lay the panel out and render it."""
    panel = PANELS[name]
    fig = new_figure(LIGHT, *panel.size)
    panel.draw(fig, series, LIGHT, context=MONTH)
    FigureCanvasAgg(fig).draw()


def empty(name: str) -> None:
    """The baseline: a Figure of the same size with one empty, styled Axes."""
    fig = new_figure(LIGHT, *PANELS[name].size)
    style_axes(fig.add_subplot(), LIGHT)
    FigureCanvasAgg(fig).draw()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    sample = generate(END, years=args.years)
    with tempfile.TemporaryDirectory(prefix="hearth-bench-insights-") as tmp:
        vault = Vault(Path(tmp) / "diary", TEST_POLICY)  # the KDF is not what is measured
        vault.create("bench")
        repo = vault.repository
        repo.import_records(
            circles=sample.circles,
            people=sample.people,
            entries=sample.entries,
            interactions=sample.interactions,
        )
        print(
            f"Diary: {args.years} years, {len(sample.entries):,} entries, "
            f"{len(sample.interactions):,} interactions; month shown: November 2025\n"
        )
        first_ms, panel_ms, month_ms, year_ms = page_switches(repo, Path(tmp))
        print("The Insights page, after the first open (click to chart painted):")
        print(f"  first open (the year computed, the first chart drawn): {first_ms:.0f} ms")
        print(
            f"  panel switch: median {statistics.median(panel_ms):.0f} ms, "
            f"worst {max(panel_ms):.0f} ms ({len(panel_ms)} switches)"
        )
        print(
            f"  month switch: median {statistics.median(month_ms):.0f} ms, "
            f"worst {max(month_ms):.0f} ms ({len(month_ms)} switches, Nov back to Feb)"
        )
        print(f"  into another year (computed once, then kept): {year_ms:.0f} ms\n")
        compute_ms = median_ms(lambda: read_and_compute(repo), args.runs)
        start, end = MONTH.year_span()
        series = day_series(repo.days(start, end), start, end)
        print(
            f"Read the year and compute (once per month shown, off the GUI thread): "
            f"{compute_ms:.0f} ms\n"
        )
        print(f"{'panel':10} {'draw':>8} {'+compute':>9} {'empty axes':>11} {'ratio':>6}")
        worst_ms, worst_ratio = 0.0, 0.0
        for name in PANELS:
            draw_only(series, name)  # warm caches, fonts and imports once
            drawn = median_ms(lambda name=name: draw_only(series, name), args.runs)
            bare = median_ms(lambda name=name: empty(name), args.runs)
            full = drawn + compute_ms
            worst_ms, worst_ratio = max(worst_ms, full), max(worst_ratio, full / bare)
            print(f"{name:10} {drawn:5.0f} ms {full:6.0f} ms {bare:8.0f} ms {full / bare:5.1f}x")

        first, last = repo.date_range() or (END, END)
        days = repo.days(first, last)
        read_ms = median_ms(lambda: repo.days(first, last), 3)
        stats_ms = median_ms(lambda: summarize(day_series(days, first, last)), 3)
        vault.close()
    print(f"\nAll time ({first} to {last}): read {read_ms:.0f} ms, stats {stats_ms:.0f} ms")
    print("\nTargets:")
    switches = max(max(panel_ms), max(month_ms))
    print(
        f"  panel or month switch <= {TARGET_SWITCH_MS:.0f} ms: "
        f"{verdict(switches <= TARGET_SWITCH_MS)}"
    )
    print(f"  one panel compute+draw <= {TARGET_MS:.0f} ms: {verdict(worst_ms <= TARGET_MS)}")
    print(f"  <= {TARGET_RATIO:.0f}x an empty figure: {verdict(worst_ratio <= TARGET_RATIO)}")
    print(f"  all-time stats <= {TARGET_MS:.0f} ms: {verdict(stats_ms <= TARGET_MS)}")
    return 0


def page_switches(repo: Repository, folder: Path) -> tuple[float, list[float], list[float], float]:
    """Open the real page and time its panel and month switches (milliseconds)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from diary.settings import Settings
    from diary.ui.insights.page import PANEL_ORDER, InsightsPage

    app = QApplication.instance() or QApplication(sys.argv[:1])
    clock = lambda: dt.datetime(2025, 12, 31, 21, 0)  # noqa: E731 - the diary's evening
    page = InsightsPage(QThreadPool.globalInstance(), clock=clock)
    page.resize(1100, 640)
    page.attach(repo, Settings(folder / "settings.json"))

    def shown() -> bool:
        rendered = page.chart_view.rendered
        return (
            rendered is not None
            and page.stack.currentWidget() is page.chart_view
            and page._wants(rendered.key)
            and (rendered.key.width, rendered.key.height)
            == (page.stack.width(), page.stack.height())
        )

    def wait(done: Callable[[], bool]) -> float:
        start = time.perf_counter()
        while not done():
            app.processEvents()
            time.sleep(0.0005)
        page.chart_view.repaint()  # the frame itself
        return (time.perf_counter() - start) * 1000

    def idle() -> bool:
        return page._rendering is None and not page._queue and not page._computing

    start = time.perf_counter()
    page.show()
    page.move_months(-1)  # November 2025
    wait(shown)
    first = (time.perf_counter() - start) * 1000
    panels, months = [], []
    for _ in range(2):
        for index in [*range(1, len(PANEL_ORDER)), 0]:
            wait(idle)
            start = time.perf_counter()
            page.tabs.setCurrentIndex(index)
            wait(shown)
            panels.append((time.perf_counter() - start) * 1000)
    for _ in range(9):  # November back to February, on the month chart
        wait(idle)
        start = time.perf_counter()
        page.move_months(-1)
        wait(shown)
        months.append((time.perf_counter() - start) * 1000)
    wait(idle)
    page.move_months(-1)  # January
    wait(shown)
    wait(idle)
    start = time.perf_counter()
    page.move_months(-1)  # December 2024: a year not computed yet
    wait(shown)
    other_year = (time.perf_counter() - start) * 1000
    page.detach()
    page.close()
    return first, panels, months, other_year


def verdict(met: bool) -> str:
    return "met" if met else "MISSED"


if __name__ == "__main__":
    sys.exit(main())
