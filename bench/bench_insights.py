"""Benchmark Insights on a 10-year diary: compute and draw a month's panels, and all-time stats.

For each panel: read the year around the month from the encrypted diary, compute the day series
and the month's summary, lay the panel out on a Figure and render it with Agg (what the Insights
page and ``diary chart`` do), beside an empty Figure of the same size rendered in the same run.
Then the all-time numbers: ten years of ``day_series`` + ``summarize``.

It prints figures; it asserts nothing (see bench/README.md).

Run::

    python bench/bench_insights.py [--years 10] [--runs 7]
"""

from __future__ import annotations

import argparse
import datetime as dt
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
from diary.domain.sample import generate
from diary.domain.stats import DayStats, day_series, summarize
from diary.storage.kdf import TEST_POLICY
from diary.storage.repository import Repository
from diary.storage.vault import Vault

END = dt.date(2025, 12, 31)
MONTH = ChartContext(2025, 11, END)
TARGET_MS = 300.0
TARGET_RATIO = 3.0


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
    month_start, month_end = MONTH.month_span()
    summarize([d for d in series if month_start <= d.day <= month_end])


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
    print(f"  one panel compute+draw <= {TARGET_MS:.0f} ms: {verdict(worst_ms <= TARGET_MS)}")
    print(f"  <= {TARGET_RATIO:.0f}x an empty figure: {verdict(worst_ratio <= TARGET_RATIO)}")
    print(f"  all-time stats <= {TARGET_MS:.0f} ms: {verdict(stats_ms <= TARGET_MS)}")
    return 0


def verdict(met: bool) -> str:
    return "met" if met else "MISSED"


if __name__ == "__main__":
    sys.exit(main())
