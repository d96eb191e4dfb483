"""Count the secrets left in Hearth's memory before and after locking (Linux).

Runs ``tests/storage/key_memory_child.py`` in fresh processes: each unlocks a new diary (the
fast test KDF), writes an entry holding a random canary, backs up (``store``) or types the
canary into Today (``app``, the whole app offscreen, the real thread pool), then locks and
searches its own readable memory for the data key (raw and hex), the backup sealing key, the
passphrase and the canary. It prints, for each secret, the copies found in each run while
unlocked and after locking. It asserts nothing: ``tests/storage/test_key_memory.py`` does.

Run::

    python bench/bench_memory_scan.py [--runs 3] [--mode store|app|both] [--code DIR]

``--code DIR`` imports ``diary`` from another checkout (say, before a change) with this
checkout's scanner, so the figures of both can be compared.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHILD = ROOT / "tests" / "storage" / "key_memory_child.py"


def scan(mode: str, code: Path) -> dict[str, dict[str, int]]:
    """One child's figures: ``{"before": {...}, "after": {...}}``."""
    with tempfile.TemporaryDirectory(prefix="hearth-memscan-") as folder:
        result = subprocess.run(
            [sys.executable, str(CHILD), mode, folder],
            capture_output=True,
            text=True,
            timeout=300,
            env={**os.environ, "PYTHONPATH": str(code)},
            check=False,
        )
    if result.returncode != 0:
        raise SystemExit(f"{mode}: the scan failed:\n{result.stderr}")
    figures: dict[str, dict[str, int]] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def report(mode: str, runs: list[dict[str, dict[str, int]]]) -> None:
    """A table: each secret, its copies in every run, before and after the lock."""
    names = list(dict.fromkeys(name for run in runs for phase in run.values() for name in phase))
    print(f"\n{mode} ({len(runs)} runs): copies found, before lock -> after lock")
    width = max(len(name) for name in names)
    for name in names:
        before = " ".join(f"{run['before'].get(name, '-'):>2}" for run in runs)
        after = " ".join(f"{run['after'].get(name, '-'):>2}" for run in runs)
        print(f"  {name:<{width}}  {before}  ->  {after}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--mode", choices=("store", "app", "both"), default="both")
    parser.add_argument("--code", type=Path, default=ROOT, help="the checkout to import diary from")
    args = parser.parse_args()
    if not Path("/proc/self/mem").exists():
        raise SystemExit("The scan reads /proc/self/mem: Linux only.")
    print(f"diary from {args.code.resolve()}, Python {sys.version.split()[0]}")
    for mode in ("store", "app") if args.mode == "both" else (args.mode,):
        report(mode, [scan(mode, args.code) for _ in range(args.runs)])


if __name__ == "__main__":
    main()
