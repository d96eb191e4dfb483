"""Argon2id key derivation with a calibrated cost, a floor and a ceiling.

The parameters travel in the key-slot file, so an attacker who can edit that file could ask for
a weak derivation (a downgrade) or an absurd one (a denial of service). ``KdfPolicy.check`` refuses
both *before* anything is derived.
"""

from __future__ import annotations

import math
import os
import time
import unicodedata
from typing import NamedTuple

from diary.storage.errors import Code, DamagedDiary
from diary.storage.wipe import encode_secret

KEY_BYTES = 32
SALT_BYTES = 16


class KdfParams(NamedTuple):
    """Argon2id cost parameters; memory in KiB, as RFC 9106 counts it."""

    memory_kib: int
    iterations: int
    lanes: int


class KdfPolicy(NamedTuple):
    """Which parameters are acceptable, and how long a derivation at creation should aim to take.

    ``target_seconds`` is a time on this machine with nothing else running; calibration estimates
    it from processor time, so the same machine chooses the same passes busy or idle.
    """

    floor: KdfParams
    ceiling: KdfParams
    target_seconds: float
    max_work: int | None = None  # memory KiB x passes, when both ceilings at once are too much
    calibration_trials: int = 3  # derivations at the floor timed by ``calibration``

    def check(self, params: KdfParams) -> None:
        """Refuse parameters outside [floor, ceiling] without deriving anything."""
        for name in ("memory_kib", "iterations", "lanes"):
            value = getattr(params, name)
            if not getattr(self.floor, name) <= value <= getattr(self.ceiling, name):
                raise DamagedDiary(code=Code.UNSAFE_KDF, name=name, value=value)
        work = params.memory_kib * params.iterations
        if params.memory_kib < 8 * params.lanes or work > (self.max_work or work):
            raise DamagedDiary(code=Code.EXCESSIVE_KDF)

    def calibrate(self) -> KdfParams:
        """Pick parameters that take about ``target_seconds`` here idle, never below the floor."""
        return self.calibration().params

    def calibration(self) -> Calibration:
        """Calibrate as ``calibrate`` does, and say what was measured and why it was chosen.

        The floor is derived ``calibration_trials`` times. Each trial is judged by the processor
        time it used, not by the clock on the wall, so a busy machine (which makes every trial
        wait for the cores, not work harder) picks the same passes as an idle one; see
        ``Trial.idle_seconds``. The fastest trial is kept: anything else that runs in this process
        meanwhile only adds time, never removes it.
        """
        parallel = min(self.floor.lanes, usable_cpus())
        trials = tuple(_trial(self.floor, self) for _ in range(max(1, self.calibration_trials)))
        floor_seconds = min(trial.idle_seconds(parallel) for trial in trials)
        # Passes in proportion to the floor's time, as before. That time includes filling the
        # memory once, which does not grow with the passes, so the chosen derivation takes a
        # little less than the target (about 0.45 s for 0.5 s on two processors).
        iterations = math.ceil(
            self.floor.iterations * self.target_seconds / max(floor_seconds, 1e-4)
        )
        # Leave headroom below the ceiling so a slower machine can still open the diary later.
        iterations = max(self.floor.iterations, min(iterations, self.ceiling.iterations // 2))
        params = KdfParams(self.floor.memory_kib, iterations, self.floor.lanes)
        return Calibration(params, floor_seconds, parallel, trials)


class Trial(NamedTuple):
    """One derivation at the floor during calibration, in seconds of three clocks."""

    wall: float
    caller_cpu: float  # the calling thread: filling the memory, the first and last blocks
    lanes_cpu: float  # every other thread of the process: the lanes, when the library threads them

    def idle_seconds(self, parallel: int) -> float:
        """How long this derivation would take on this machine with nothing else running.

        The calling thread's work is serial; the lanes' threads share at most ``parallel`` cores.
        Processor time does not grow when other programs keep the cores busy (the threads wait,
        they do not work longer), so this stays put on a loaded machine where ``wall`` doubles.
        ``wall`` still bounds it from above: a thread of this process busy with something else
        adds processor time that the lanes did not use, but cannot make the derivation finish
        later than it did.
        """
        cpu = self.caller_cpu + self.lanes_cpu / max(parallel, 1)
        if cpu <= 0.0:  # a processor clock too coarse to see the trial: the wall clock decides
            return self.wall
        return min(cpu, self.wall)


class Calibration(NamedTuple):
    """What calibration measured and chose; ``params`` are what the key slots record."""

    params: KdfParams
    floor_seconds: float  # the fastest trial's estimated idle time of one derivation at the floor
    parallel: int  # lanes assumed to run at once: min(lanes, usable processors)
    trials: tuple[Trial, ...]


def usable_cpus() -> int:
    """Processors this process may run on (its affinity where the system reports one)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def _trial(params: KdfParams, policy: KdfPolicy) -> Trial:
    """Derive once at ``params`` and read the wall clock and both processor clocks around it.

    ``process_time`` counts every thread of the process, so it includes the threads the library
    runs the lanes in; ``thread_time`` counts only this one, which waits for them and would miss
    most of the work if used alone.
    """
    wall, process, thread = time.perf_counter(), time.process_time(), time.thread_time()
    derive(b"calibration", bytes(SALT_BYTES), params, policy)  # a constant: nothing to wipe
    wall = time.perf_counter() - wall
    process = time.process_time() - process
    thread = time.thread_time() - thread
    return Trial(wall=wall, caller_cpu=thread, lanes_cpu=max(process - thread, 0.0))


# RFC 9106's second recommended option (64 MiB, 3 passes) is the floor; creation calibrates the
# passes up (on two processors: 11 to 15 idle, 12 to 15 with two or four busy loops, where the
# wall clock used to choose 4 to 8; bench/bench_kdf.py).
# The ceiling allows 1 GiB or 64 passes, but not both: at most the work of 64 MiB x 64 passes,
# twice what calibration can choose, a few seconds on a slow laptop.
PRODUCT_POLICY = KdfPolicy(
    floor=KdfParams(memory_kib=64 * 1024, iterations=3, lanes=4),
    ceiling=KdfParams(memory_kib=1024 * 1024, iterations=64, lanes=16),
    target_seconds=0.5,
    max_work=64 * 1024 * 64,
)

# Only for tests: cheap parameters chosen explicitly, never a weakened product default.
TEST_POLICY = KdfPolicy(
    floor=KdfParams(memory_kib=64, iterations=1, lanes=1),
    ceiling=KdfParams(memory_kib=1024 * 1024, iterations=64, lanes=16),
    target_seconds=0.0,
    max_work=64 * 1024 * 64,
)


def normalize_passphrase(passphrase: str) -> bytearray:
    """NFC-normalise and encode, so "é" typed either way on any keyboard is the same key.

    The bytes come in a wipeable buffer: the caller wipes them once the key is derived.
    """
    return encode_secret(unicodedata.normalize("NFC", passphrase))


def derive(
    secret: bytes | bytearray, salt: bytes, params: KdfParams, policy: KdfPolicy
) -> bytearray:
    """Derive a 256-bit wrapping key, after checking the parameters against the policy.

    The key is written straight into a wipeable buffer (no ``bytes`` copy is made).
    """
    policy.check(params)
    # Imported here, off the start-up path: the unlock window must not wait for cryptography.
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    key = bytearray(KEY_BYTES)
    Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive_into(secret, key)  # type: ignore[arg-type]  # any buffer, despite the stub
    return key
