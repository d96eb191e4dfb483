"""Argon2id key derivation with a calibrated cost, a floor and a ceiling.

The parameters travel in the key-slot file, so an attacker who can edit that file could ask for
a weak derivation (a downgrade) or an absurd one (a denial of service). ``KdfPolicy.check`` refuses
both *before* anything is derived.
"""

from __future__ import annotations

import math
import time
import unicodedata
from dataclasses import dataclass

from diary.storage.errors import Code, DamagedDiary

KEY_BYTES = 32
SALT_BYTES = 16


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters; memory in KiB, as RFC 9106 counts it."""

    memory_kib: int
    iterations: int
    lanes: int


@dataclass(frozen=True)
class KdfPolicy:
    """Which parameters are acceptable, and how long creation should aim to take."""

    floor: KdfParams
    ceiling: KdfParams
    target_seconds: float
    max_work: int | None = None  # memory KiB x passes, when both ceilings at once are too much

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
        """Pick parameters that take about ``target_seconds`` here, never below the floor."""
        # The fastest of two trials: the first also pays for allocating the memory, and a
        # briefly busy machine should not leave the diary with a weaker key for good.
        trials = []
        for _ in range(2):
            start = time.perf_counter()
            derive(b"calibration", bytes(SALT_BYTES), self.floor, self)
            trials.append(time.perf_counter() - start)
        elapsed = max(min(trials), 1e-4)
        iterations = math.ceil(self.floor.iterations * self.target_seconds / elapsed)
        # Leave headroom below the ceiling so a slower machine can still open the diary later.
        iterations = max(self.floor.iterations, min(iterations, self.ceiling.iterations // 2))
        return KdfParams(self.floor.memory_kib, iterations, self.floor.lanes)


# RFC 9106's second recommended option (64 MiB, 3 passes) is the floor; creation calibrates up.
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


def normalize_passphrase(passphrase: str) -> bytes:
    """NFC-normalise and encode, so "é" typed either way on any keyboard is the same key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive(secret: bytes, salt: bytes, params: KdfParams, policy: KdfPolicy) -> bytes:
    """Derive a 256-bit wrapping key, after checking the parameters against the policy."""
    policy.check(params)
    # Imported here, off the start-up path: the unlock window must not wait for cryptography.
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    return Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(secret)
