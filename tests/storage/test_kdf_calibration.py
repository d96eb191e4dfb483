"""KDF calibration: load does not change the passes; floor, headroom below the ceiling, records.

Every test but the last runs on a simulated machine: three clocks (wall, this process's processor
time, this thread's processor time) that a stand-in derivation advances as each scripted trial
says. Nothing is timed for real and nothing is derived at the product cost.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import pytest

from diary.storage import kdf
from diary.storage.kdf import (
    KEY_BYTES,
    PRODUCT_POLICY,
    TEST_POLICY,
    KdfParams,
    KdfPolicy,
    Trial,
)

FLOOR, CEILING = PRODUCT_POLICY.floor, PRODUCT_POLICY.ceiling

# One derivation at the floor (64 MiB, 3 passes, 4 lanes) as measured on a two-core laptop:
# the calling thread fills the memory (45 ms of its own processor time) and the lanes' threads
# use 125 ms between them, on both cores at once. Idle it takes 110 ms on the wall clock; with
# two busy loops running the threads wait for the cores and it takes 270 ms, the same work.
IDLE = Trial(wall=0.110, caller_cpu=0.045, lanes_cpu=0.125)
BUSY = Trial(wall=0.270, caller_cpu=0.045, lanes_cpu=0.125)
# On two cores: 45 ms + 125 ms / 2 = 107.5 ms, so 3 x 0.5 s / 0.1075 s = 13.95, rounded up.
IDLE_PASSES = 14


class _Machine:
    """Three clocks and a derivation that advances them as the next scripted trial says."""

    def __init__(self, trials: Iterable[Trial]) -> None:
        self.script = iter(trials)
        self.wall = self.process = self.thread = 1000.0
        self.derived: list[KdfParams] = []

    def perf_counter(self) -> float:
        return self.wall

    def process_time(self) -> float:
        return self.process

    def thread_time(self) -> float:
        return self.thread

    def derive(self, secret: bytes, salt: bytes, params: KdfParams, policy: KdfPolicy) -> bytes:
        self.derived.append(params)
        trial = next(self.script)
        self.wall += trial.wall
        self.thread += trial.caller_cpu
        self.process += trial.caller_cpu + trial.lanes_cpu
        return bytes(KEY_BYTES)


def _machine(
    monkeypatch: pytest.MonkeyPatch, trials: Iterable[Trial], *, cpus: int = 2
) -> _Machine:
    machine = _Machine(trials)
    # Replace the module's view of ``time`` only, never the global clock pytest relies on.
    monkeypatch.setattr(kdf, "time", machine)
    monkeypatch.setattr(kdf, "derive", machine.derive)
    monkeypatch.setattr(kdf, "usable_cpus", lambda: cpus)
    return machine


def _passes(
    monkeypatch: pytest.MonkeyPatch,
    trials: Iterable[Trial],
    *,
    cpus: int = 2,
    policy: KdfPolicy = PRODUCT_POLICY,
) -> int:
    _machine(monkeypatch, trials, cpus=cpus)
    params = policy.calibrate()
    policy.check(params)
    return params.iterations


# Load -------------------------------------------------------------------------------------------


def test_a_busy_machine_chooses_the_same_passes_as_an_idle_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    idle = _passes(monkeypatch, [IDLE] * 3)
    busy = _passes(monkeypatch, [BUSY] * 3)
    assert idle == busy == IDLE_PASSES
    # The wall clock alone would have left the busy machine's diary with far fewer passes.
    assert math.ceil(FLOOR.iterations * PRODUCT_POLICY.target_seconds / BUSY.wall) < busy / 2


def test_some_slow_trials_do_not_change_the_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    # A trial held up by a burst of load, and one during which another thread of this process
    # (a window repainting, a module importing) used the processor too: the fastest trial counts.
    held_up = Trial(wall=0.600, caller_cpu=0.045, lanes_cpu=0.125)
    shared = Trial(wall=0.300, caller_cpu=0.060, lanes_cpu=0.400)
    for script in ([held_up, IDLE, shared], [shared, held_up, BUSY], [IDLE, IDLE, held_up]):
        assert _passes(monkeypatch, script) == IDLE_PASSES, script


def test_the_wall_clock_bounds_an_estimate_inflated_by_another_thread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Another thread of the process burned 300 ms while the derivation took 110 ms: processor
    # time overstates the derivation, the wall clock shows it was not slower than 110 ms.
    inflated = Trial(wall=0.110, caller_cpu=0.045, lanes_cpu=0.425)
    assert inflated.idle_seconds(2) == pytest.approx(0.110)
    assert _passes(monkeypatch, [inflated] * 3) == math.ceil(3 * 0.5 / 0.110)


# How the processor time is read -----------------------------------------------------------------


def test_lanes_share_at_most_the_usable_processors(monkeypatch: pytest.MonkeyPatch) -> None:
    # One processor: the lanes run one after the other, 170 ms; 3 x 0.5 / 0.17 = 8.8.
    one = Trial(wall=0.200, caller_cpu=0.045, lanes_cpu=0.125)
    assert _passes(monkeypatch, [one] * 3, cpus=1) == 9
    # Eight processors but four lanes: 45 + 125 / 4 = 76.25 ms; 3 x 0.5 / 0.07625 = 19.7.
    assert _passes(monkeypatch, [IDLE] * 3, cpus=8) == 20


def test_lanes_derived_in_the_calling_thread_are_not_divided(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A library build without threads does all the work in this thread: 170 ms on any machine.
    serial = Trial(wall=0.400, caller_cpu=0.170, lanes_cpu=0.0)
    assert _passes(monkeypatch, [serial] * 3, cpus=8) == 9


def test_trial_reads_the_three_clocks_around_one_derivation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    machine = _machine(monkeypatch, [BUSY])
    trial = kdf._trial(FLOOR, PRODUCT_POLICY)
    assert machine.derived == [FLOOR]
    assert tuple(trial) == pytest.approx(tuple(BUSY))


def test_a_process_clock_coarser_than_the_thread_clock_never_gives_negative_lanes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # On some systems the process clock ticks coarsely: it may show less than this thread used.
    _machine(monkeypatch, [Trial(wall=0.3, caller_cpu=0.05, lanes_cpu=-0.02)])
    trial = kdf._trial(FLOOR, PRODUCT_POLICY)
    assert trial.lanes_cpu == 0.0
    assert trial.caller_cpu == pytest.approx(0.05)


def test_a_processor_clock_that_saw_nothing_leaves_the_wall_clock_to_decide(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    blind = Trial(wall=0.125, caller_cpu=0.0, lanes_cpu=0.0)
    assert blind.idle_seconds(2) == 0.125
    assert _passes(monkeypatch, [blind] * 3) == 12  # 3 x 0.5 / 0.125


# Floor and ceiling ------------------------------------------------------------------------------


@pytest.mark.parametrize("scale", [1e-9, 1e-4, 0.01, 0.05, 0.2, 0.5, 2.0, 60.0])
def test_calibration_stays_between_floor_and_half_the_ceiling(
    scale: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    trial = Trial(wall=2 * scale, caller_cpu=scale / 2, lanes_cpu=scale)
    machine = _machine(monkeypatch, [trial] * 3)
    params = PRODUCT_POLICY.calibrate()
    assert machine.derived == [FLOOR] * PRODUCT_POLICY.calibration_trials == [FLOOR] * 3
    assert params.memory_kib == FLOOR.memory_kib
    assert params.lanes == FLOOR.lanes
    assert FLOOR.iterations <= params.iterations <= CEILING.iterations // 2
    PRODUCT_POLICY.check(params)


def test_a_slow_machine_gets_the_floor_never_less(monkeypatch: pytest.MonkeyPatch) -> None:
    # The floor already takes 10 s of processor time here, idle or not.
    slow = Trial(wall=25.0, caller_cpu=2.0, lanes_cpu=16.0)
    _machine(monkeypatch, [slow] * 3)
    assert PRODUCT_POLICY.calibrate() == FLOOR


def test_a_fast_machine_stops_at_half_the_ceiling(monkeypatch: pytest.MonkeyPatch) -> None:
    fast = Trial(wall=1e-6, caller_cpu=1e-7, lanes_cpu=1e-7)  # would ask for millions of passes
    assert _passes(monkeypatch, [fast] * 3) == CEILING.iterations // 2 == 32


def test_a_narrow_ceiling_never_takes_the_choice_below_the_floor(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    policy = KdfPolicy(
        floor=KdfParams(1024, 5, 1), ceiling=KdfParams(4096, 6, 1), target_seconds=10.0
    )
    fast = Trial(wall=1e-6, caller_cpu=1e-7, lanes_cpu=0.0)
    # ceiling // 2 (3) is below the floor (5): the floor wins.
    assert _passes(monkeypatch, [fast] * 3, policy=policy) == 5


def test_the_number_of_trials_is_the_policy_s(monkeypatch: pytest.MonkeyPatch) -> None:
    policy = KdfPolicy(
        floor=FLOOR,
        ceiling=CEILING,
        target_seconds=0.5,
        max_work=PRODUCT_POLICY.max_work,
        calibration_trials=5,
    )
    machine = _machine(monkeypatch, [BUSY] * 4 + [IDLE])
    calibration = policy.calibration()
    assert machine.derived == [FLOOR] * 5
    assert len(calibration.trials) == 5
    assert calibration.params.iterations == IDLE_PASSES


# What is recorded -------------------------------------------------------------------------------


def test_the_calibration_says_what_it_measured_and_chose(monkeypatch: pytest.MonkeyPatch) -> None:
    _machine(monkeypatch, [BUSY, IDLE, BUSY])
    calibration = PRODUCT_POLICY.calibration()
    assert calibration.params == KdfParams(FLOOR.memory_kib, IDLE_PASSES, FLOOR.lanes)
    assert calibration.parallel == 2
    assert calibration.floor_seconds == pytest.approx(0.1075)
    assert [tuple(trial) for trial in calibration.trials] == [
        pytest.approx(tuple(trial)) for trial in (BUSY, IDLE, BUSY)
    ]


def test_the_test_policy_calibrates_to_its_floor_for_real() -> None:
    # Real clocks and a real (cheap) derivation: whatever they read, the target of 0 s gives the
    # floor, and every figure recorded is a time, never negative.
    calibration = TEST_POLICY.calibration()
    assert calibration.params == TEST_POLICY.floor
    assert len(calibration.trials) == TEST_POLICY.calibration_trials
    for trial in calibration.trials:
        assert min(trial.wall, trial.caller_cpu, trial.lanes_cpu) >= 0.0
    assert calibration.floor_seconds >= 0.0
