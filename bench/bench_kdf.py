"""Benchmark the Argon2id calibration idle and under load: the passes chosen and one unlock.

Runs ``PRODUCT_POLICY.calibration()`` several times on an idle machine, then again while
``--busy`` processes (default 2) spin on the processors, and prints the passes each run chose,
the estimated idle time of a derivation at the floor, and the wall time of one unlock's key
derivation (``keyslots.unwrap``: Argon2id at the chosen parameters plus AES-GCM) at the passes
chosen idle, measured idle and under load. For comparison it also runs the calibration Hearth
used before (the fastest wall-clock time of two derivations at the floor, passes scaled from it)
in the same conditions. It prints figures and asserts nothing about time.

Run::

    python bench/bench_kdf.py [--rounds 5] [--busy 2] [--unlocks 5]
"""

from __future__ import annotations

import argparse
import contextlib
import math
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator

import cryptography

from diary.storage import keyslots
from diary.storage.kdf import (
    KEY_BYTES,
    PRODUCT_POLICY,
    SALT_BYTES,
    Calibration,
    KdfParams,
    derive,
    normalize_passphrase,
    usable_cpus,
)

PASSPHRASE = normalize_passphrase("a bench passphrase, not a secret")


def wall_clock_calibration() -> int:
    """The passes the calibration before this one chose: wall clock, fastest of two trials."""
    policy = PRODUCT_POLICY
    trials = []
    for _ in range(2):
        start = time.perf_counter()
        derive(b"calibration", bytes(SALT_BYTES), policy.floor, policy)
        trials.append(time.perf_counter() - start)
    iterations = math.ceil(policy.floor.iterations * policy.target_seconds / max(min(trials), 1e-4))
    return max(policy.floor.iterations, min(iterations, policy.ceiling.iterations // 2))


def unlock_seconds(params: KdfParams, runs: int) -> list[float]:
    """Wall time of ``keyslots.unwrap`` (one unlock's key derivation) at ``params``."""
    slot = keyslots.wrap(
        os.urandom(KEY_BYTES), PASSPHRASE, keyslots.SlotKind.PASSPHRASE, params, PRODUCT_POLICY
    )
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        keyslots.unwrap(slot, PASSPHRASE, PRODUCT_POLICY)
        samples.append(time.perf_counter() - start)
    return samples


@contextlib.contextmanager
def busy(count: int) -> Iterator[None]:
    """``count`` processes that keep a processor each busy until the block ends."""
    spinners = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(count)]
    try:
        time.sleep(0.5)  # let the scheduler see them as busy before anything is measured
        yield
    finally:
        for spinner in spinners:
            spinner.terminate()
        for spinner in spinners:
            spinner.wait()


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms"


def measure(label: str, rounds: int, unlock_at: KdfParams | None, unlocks: int) -> KdfParams:
    """Calibrate ``rounds`` times both ways, print the figures; return the median new choice."""
    runs: list[Calibration] = []
    spent = []
    for _ in range(rounds):
        start = time.perf_counter()
        runs.append(PRODUCT_POLICY.calibration())
        spent.append(time.perf_counter() - start)
    before = [wall_clock_calibration() for _ in range(rounds)]
    passes = [run.params.iterations for run in runs]
    chosen = sorted(runs, key=lambda run: run.params.iterations)[len(runs) // 2].params
    walls = [trial.wall for run in runs for trial in run.trials]
    cpu = [trial.caller_cpu + trial.lanes_cpu for run in runs for trial in run.trials]
    print(f"\n{label}")
    print(f"  passes chosen (CPU time, {PRODUCT_POLICY.calibration_trials} trials): {passes}")
    print(f"  passes chosen before (wall clock, 2 trials):   {before}")
    floor = [run.floor_seconds for run in runs]
    print(
        f"  floor estimated idle: {ms(min(floor))}–{ms(max(floor))}; trials' wall "
        f"{ms(min(walls))}–{ms(max(walls))}, processor {ms(min(cpu))}–{ms(max(cpu))}"
    )
    print(f"  calibration took {ms(statistics.median(spent))} (median)")
    for params in dict.fromkeys([chosen, unlock_at or chosen]):
        samples = unlock_seconds(params, unlocks)
        print(
            f"  one unlock at {params.iterations} passes: {ms(statistics.median(samples))} "
            f"(median of {unlocks}, {ms(min(samples))}–{ms(max(samples))})"
        )
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5, help="calibrations per condition")
    parser.add_argument("--busy", type=int, default=2, help="busy-loop processes for the load")
    parser.add_argument("--unlocks", type=int, default=5, help="unlocks timed per condition")
    args = parser.parse_args()

    floor = PRODUCT_POLICY.floor
    print(
        f"Python {platform.python_version()} on {platform.system()} {platform.machine()}, "
        f"{usable_cpus()} usable processors; cryptography {cryptography.__version__}"
    )
    print(
        f"Floor {floor.memory_kib // 1024} MiB, {floor.iterations} passes, {floor.lanes} lanes; "
        f"target {PRODUCT_POLICY.target_seconds} s; at most "
        f"{PRODUCT_POLICY.ceiling.iterations // 2} passes"
    )
    idle = measure("Idle", args.rounds, None, args.unlocks)
    with busy(args.busy):
        measure(f"Under load ({args.busy} busy-loop processes)", args.rounds, idle, args.unlocks)


if __name__ == "__main__":
    main()
