"""Benchmark the desktop app as a user meets it: start-up, unlock, and memory.

Three figures, each measured in fresh processes so imports are paid as a user pays them:

1. Process start to the unlock window painted (the real ``diary --data-dir DIR`` start path),
   as a ratio to a bare PySide6 window painted by a process that only imports QtWidgets, runs
   alternated in the same session (target: <= 1.5x).
2. Unlock to the Today page painted on a 10-year diary made with the product KDF, excluding the
   KDF itself (target: <= 300 ms). SQLAlchemy is imported in a thread while Argon2id runs, as in
   the app, so what remains is what the user waits for beyond the deliberate KDF.
3. Resident memory with that diary open: after Today is painted, and after every page has been
   shown (target: <= 250 MB).

It prints figures; it asserts nothing (see bench/README.md). Qt runs offscreen unless a display
is set.

Run::

    python bench/bench_app.py [--years 10] [--runs 7]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

PASSPHRASE = "a bench passphrase, not a secret"
END = dt.date(2025, 12, 31)
TARGET_START_RATIO = 1.5
TARGET_UNLOCK_MS = 300.0
TARGET_RSS_MB = 250.0

# A process that paints one plain window and exits: the floor any Qt app pays.
BARE = """
import os, sys
from PySide6.QtWidgets import QApplication, QWidget
class Window(QWidget):
    def paintEvent(self, event):
        super().paintEvent(event)
        print("painted", flush=True)
        os._exit(0)
app = QApplication(sys.argv[:1])
window = Window()
window.resize(520, 420)
window.show()
app.exec()
"""

# The real start path of ``diary``; only the unlock window's first paint is observed.
HEARTH_START = """
import os, sys
from diary.ui.start.unlock import UnlockWindow
original = UnlockWindow.paintEvent
def observed(self, event):
    original(self, event)
    print("painted", flush=True)
    os._exit(0)
UnlockWindow.paintEvent = observed
from diary.cli import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def child_env(home: Path) -> dict[str, str]:
    """Keep settings and sockets of the bench away from the user's own."""
    env = dict(os.environ)
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), XDG_RUNTIME_DIR=str(home))
    # As after ``pip install``, which compiles every module: let the warm-up runs write the
    # bytecode a source checkout lacks, instead of compiling Hearth's modules on every start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def time_to_paint(code: str, args: Sequence[str], env: dict[str, str]) -> float:
    """Seconds from spawning a Python process to its "painted" line."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - start
    process.wait(timeout=30)
    if line.strip() != "painted":
        raise RuntimeError(f"the child process did not paint (exit {process.returncode})")
    return elapsed


def make_diary(folder: Path, years: int) -> dict[str, int]:
    """A demo diary of ``years`` years made with the product KDF, as a user's would be."""
    from diary.domain.sample import generate
    from diary.storage.vault import Vault

    sample = generate(END, years=years)
    vault = Vault(folder)
    vault.create(PASSPHRASE)
    vault.repository.import_records(
        circles=sample.circles,
        people=sample.people,
        entries=sample.entries,
        interactions=sample.interactions,
    )
    counts = vault.repository.counts()
    vault.close()
    return counts


def unlock_child(folder: Path) -> None:
    """In a fresh process: show the unlock window, unlock, time until Today is painted."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from diary.app import Hearth
    from diary.settings import Settings
    from diary.storage import keyslots

    kdf_seconds: list[float] = []
    derive = keyslots.derive

    def timed_derive(*args: object, **kwargs: object) -> bytes:
        start = time.perf_counter()
        try:
            return derive(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            kdf_seconds.append(time.perf_counter() - start)

    keyslots.derive = timed_derive  # type: ignore[assignment]
    app = QApplication(sys.argv[:1])
    hearth = Hearth(folder, Settings(folder.parent / "settings.json"), pool=None)
    window = hearth.start()
    marks: dict[str, float] = {}

    class FirstPaint(QObject):
        """Notes when any widget of the Today page is first painted."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if (
                "today" not in marks
                and event.type() == QEvent.Type.Paint
                and hearth.main is not None
                and isinstance(watched, QWidget)
                and (watched is hearth.main.today or hearth.main.today.isAncestorOf(watched))
            ):
                marks["today"] = time.perf_counter()
                QTimer.singleShot(0, finish)
            return False

    def rss_mb() -> tuple[float, float]:
        fields = dict(
            line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines()
        )
        return (int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024)

    def finish() -> None:
        marks["flushed"] = time.perf_counter()
        assert hearth.main is not None
        rss_today, _ = rss_mb()
        for page in hearth.main.pages:
            hearth.main.show_page(page)
            for _ in range(5):
                app.processEvents()
        rss_all, peak = rss_mb()
        print(
            json.dumps(
                {
                    "unlock_to_today_s": marks["today"] - marks["unlock"],
                    "unlock_to_flushed_s": marks["flushed"] - marks["unlock"],
                    "kdf_s": sum(kdf_seconds),
                    "rss_today_mb": rss_today,
                    "rss_all_pages_mb": rss_all,
                    "rss_peak_mb": peak,
                }
            ),
            flush=True,
        )
        os._exit(0)

    def start_unlock() -> None:
        window.passphrase.setText(PASSPHRASE)  # type: ignore[attr-defined]
        marks["unlock"] = time.perf_counter()
        window.unlock()  # type: ignore[attr-defined]

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    QTimer.singleShot(200, start_unlock)
    app.exec()


def measure_unlock(folder: Path, env: dict[str, str]) -> dict[str, float]:
    """Run ``unlock_child`` in a new process and read its figures."""
    result = subprocess.run(
        [sys.executable, __file__, "--unlock-child", str(folder)],
        capture_output=True,
        env=env,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"the unlock child failed:\n{result.stderr}")
    figures: dict[str, float] = json.loads(lines[-1])
    return figures


def verdict(met: bool) -> str:
    return "met" if met else "MISSED"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10, help="size of the demo diary")
    parser.add_argument("--runs", type=int, default=7, help="start-up runs of each kind")
    parser.add_argument("--unlock-child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.unlock_child:
        unlock_child(args.unlock_child)
        return 0

    with tempfile.TemporaryDirectory(prefix="hearth-bench-app-") as tmp:
        work = Path(tmp)
        env = child_env(work)
        diary = work / "diary"
        started = time.perf_counter()
        counts = make_diary(diary, args.years)
        print(
            f"Diary: {args.years} years, {counts['entries']:,} entries, "
            f"{counts['interactions']:,} interactions, {counts['people']} people "
            f"(made in {time.perf_counter() - started:.1f} s with the product KDF)"
        )
        print(f"Qt platform: {env.get('QT_QPA_PLATFORM') or 'the display'}\n")

        time_to_paint(BARE, [], env)  # warm the disk cache for both kinds
        time_to_paint(HEARTH_START, [str(diary)], env)
        bare, hearth = [], []
        for _ in range(args.runs):
            bare.append(time_to_paint(BARE, [], env))
            hearth.append(time_to_paint(HEARTH_START, [str(diary)], env))
        bare_ms = statistics.median(bare) * 1000
        hearth_ms = statistics.median(hearth) * 1000
        ratio = hearth_ms / bare_ms
        print(f"Start to window painted (median of {args.runs}, alternated):")
        print(f"  bare PySide6 window   {bare_ms:7.0f} ms")
        print(f"  Hearth unlock window  {hearth_ms:7.0f} ms   ratio {ratio:.2f}x")

        runs = [measure_unlock(diary, env) for _ in range(3)]
        beyond = [(r["unlock_to_today_s"] - r["kdf_s"]) * 1000 for r in runs]
        flushed = [(r["unlock_to_flushed_s"] - r["kdf_s"]) * 1000 for r in runs]
        best = min(runs, key=lambda r: r["unlock_to_today_s"] - r["kdf_s"])
        print("\nUnlock to Today painted (3 fresh processes):")
        print(
            f"  KDF (Argon2id)        {statistics.median(r['kdf_s'] for r in runs) * 1000:7.0f} ms"
        )
        print(f"  beyond the KDF        {statistics.median(beyond):7.0f} ms median")
        print(f"  to the frame's end    {statistics.median(flushed):7.0f} ms median")
        print("\nResident memory, 10-year diary open:")
        print(f"  Today shown           {best['rss_today_mb']:7.0f} MB")
        print(f"  every page shown      {best['rss_all_pages_mb']:7.0f} MB")
        print(f"  peak                  {best['rss_peak_mb']:7.0f} MB")

        peak = max(r["rss_peak_mb"] for r in runs)
        print("\nTargets:")
        print(f"  start ratio <= {TARGET_START_RATIO}x: {verdict(ratio <= TARGET_START_RATIO)}")
        unlock_ms = statistics.median(flushed)
        print(
            f"  unlock beyond KDF <= {TARGET_UNLOCK_MS:.0f} ms: "
            f"{verdict(unlock_ms <= TARGET_UNLOCK_MS)}"
        )
        print(f"  memory <= {TARGET_RSS_MB:.0f} MB: {verdict(peak <= TARGET_RSS_MB)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
