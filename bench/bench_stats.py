"""Time Hearth's analytics on a ten-year demo diary.

Prints the median of several runs of ``day_series`` and of ``summarize`` (with its four bootstrap
intervals of 1,000 resamples each) over ``diary.domain.sample.generate(END, years=10)``. It prints
figures; it asserts nothing about time (see bench/README.md). The target is day_series +
summarize <= 300 ms.

Run::

    python bench/bench_stats.py [--years 10] [--runs 5] [--resamples 1000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from diary.domain.models import Day, Entry, Interaction  # noqa: E402
from diary.domain.sample import generate  # noqa: E402
from diary.domain.stats import day_series, summarize  # noqa: E402

END = dt.date(2025, 6, 30)
TARGET_MS = 300.0
T = TypeVar("T")


def build_days(entries: tuple[Entry, ...], interactions: tuple[Interaction, ...]) -> list[Day]:
    """Group the demo records into Day objects, as the repository would return them."""
    by_day: dict[dt.date, list[Interaction]] = defaultdict(list)
    for item in interactions:
        by_day[item.day].append(item)
    entry_of = {entry.day: entry for entry in entries}
    dates = sorted(set(by_day) | set(entry_of))
    return [Day(d, entry_of.get(d), tuple(by_day.get(d, ()))) for d in dates]


def timed(fn: Callable[[], T], runs: int) -> tuple[T, float, list[float]]:
    """Result of the last run, median milliseconds and every run's milliseconds."""
    times: list[float] = []
    result: T | None = None
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
    assert result is not None
    return result, statistics.median(times), times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--resamples", type=int, default=1000)
    args = parser.parse_args()

    diary = generate(END, years=args.years)
    days = build_days(diary.entries, diary.interactions)
    start = END - dt.timedelta(days=365 * args.years - 1)
    print(f"Python {platform.python_version()} on {platform.machine()}, {platform.system()}")
    print(
        f"diary: {(END - start).days + 1} days, {len(diary.entries)} entries, "
        f"{len(diary.interactions)} interactions, {len(days)} Day records"
    )

    series, series_ms, series_all = timed(lambda: day_series(days, start, END), args.runs)
    summary, summary_ms, summary_all = timed(
        lambda: summarize(series, resamples=args.resamples), args.runs
    )

    def runs(values: list[float]) -> str:
        return ", ".join(f"{v:.0f}" for v in values)

    print(f"day_series  median {series_ms:7.1f} ms   (runs: {runs(series_all)})")
    print(f"summarize   median {summary_ms:7.1f} ms   (runs: {runs(summary_all)})")
    total = series_ms + summary_ms
    verdict = "met" if total <= TARGET_MS else "MISSED"
    print(f"total       median {total:7.1f} ms   target <= {TARGET_MS:.0f} ms: {verdict}")
    link = summary.link
    if link is not None:
        print(
            f"mood-contact link: rho {link.rho:.3f} "
            f"[{link.ci_low:.3f}, {link.ci_high:.3f}], n={link.n}"
        )
    if summary.gap is not None and summary.gap.gap is not None:
        print(
            f"mood gap: {summary.gap.gap:.2f} (n={summary.gap.n_with} vs {summary.gap.n_isolated})"
        )


if __name__ == "__main__":
    main()
