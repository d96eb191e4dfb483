"""KDF policy: floor and ceiling checked before deriving, NFC passphrases.

Calibration is tested in test_kdf_calibration.py.
"""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest
from cryptography.hazmat.primitives.kdf import argon2

from diary.storage.errors import DamagedDiary
from diary.storage.kdf import (
    KEY_BYTES,
    PRODUCT_POLICY,
    SALT_BYTES,
    TEST_POLICY,
    KdfParams,
    derive,
    normalize_passphrase,
)

SALT = bytes(range(SALT_BYTES))


class _Spy:
    """Stands in for Argon2id and counts constructions; delegates to the real one."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.calls: list[dict[str, Any]] = []

    def __call__(self, **kwargs: Any) -> Any:
        self.calls.append(kwargs)
        return self.real(**kwargs)


def _forbid_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any construction of Argon2id fail the test at once."""

    def refuse(**kwargs: Any) -> Any:
        pytest.fail(f"Argon2id was constructed with {kwargs} although the check should refuse")

    monkeypatch.setattr(argon2, "Argon2id", refuse)


# Product floor ---------------------------------------------------------------------------------


def test_product_floor_is_exactly_rfc9106_second_recommendation() -> None:
    assert PRODUCT_POLICY.floor.memory_kib == 64 * 1024
    assert PRODUCT_POLICY.floor.iterations == 3
    assert PRODUCT_POLICY.floor.lanes == 4
    # The floor itself is acceptable, one step below it on any axis is not.
    PRODUCT_POLICY.check(KdfParams(64 * 1024, 3, 4))
    for below in (KdfParams(64 * 1024 - 1, 3, 4), KdfParams(64 * 1024, 2, 4)):
        with pytest.raises(DamagedDiary):
            PRODUCT_POLICY.check(below)


def test_product_ceiling_is_accepted_and_above_is_not() -> None:
    ceiling = PRODUCT_POLICY.ceiling
    PRODUCT_POLICY.check(KdfParams(ceiling.memory_kib, 4, 4))
    PRODUCT_POLICY.check(KdfParams(64 * 1024, ceiling.iterations, ceiling.lanes))
    for above in (
        ceiling,  # each at its ceiling is allowed, but not all of them at once
        KdfParams(ceiling.memory_kib, 5, 4),
        KdfParams(ceiling.memory_kib + 1, 3, 4),
        KdfParams(64 * 1024, ceiling.iterations + 1, 4),
        KdfParams(64 * 1024, 3, ceiling.lanes + 1),
    ):
        with pytest.raises(DamagedDiary):
            PRODUCT_POLICY.check(above)


def test_test_policy_is_separate_from_product_policy() -> None:
    # The fast profile must never weaken the product default.
    assert TEST_POLICY is not PRODUCT_POLICY
    assert TEST_POLICY.floor.memory_kib < PRODUCT_POLICY.floor.memory_kib
    with pytest.raises(DamagedDiary):
        PRODUCT_POLICY.check(TEST_POLICY.floor)


# Refused before deriving -------------------------------------------------------------------------

_FLOOR = PRODUCT_POLICY.floor
_UNSAFE = {
    "memory below floor": KdfParams(_FLOOR.memory_kib - 1, _FLOOR.iterations, _FLOOR.lanes),
    "memory tiny": KdfParams(8, _FLOOR.iterations, 1),
    "memory zero": KdfParams(0, _FLOOR.iterations, _FLOOR.lanes),
    "memory absurd": KdfParams(2**32 - 1, _FLOOR.iterations, _FLOOR.lanes),
    "iterations below floor": KdfParams(_FLOOR.memory_kib, _FLOOR.iterations - 1, _FLOOR.lanes),
    "iterations zero": KdfParams(_FLOOR.memory_kib, 0, _FLOOR.lanes),
    "iterations absurd": KdfParams(_FLOOR.memory_kib, 2**32 - 1, _FLOOR.lanes),
    "lanes below floor": KdfParams(_FLOOR.memory_kib, _FLOOR.iterations, _FLOOR.lanes - 1),
    "lanes zero": KdfParams(_FLOOR.memory_kib, _FLOOR.iterations, 0),
    "lanes absurd": KdfParams(_FLOOR.memory_kib, _FLOOR.iterations, 2**24),
}


@pytest.mark.parametrize("params", list(_UNSAFE.values()), ids=list(_UNSAFE))
def test_unsafe_product_params_refused_before_deriving(
    params: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    _forbid_derivation(monkeypatch)
    with pytest.raises(DamagedDiary, match="unsafe key-derivation settings"):
        derive(b"secret", SALT, params, PRODUCT_POLICY)


def test_each_axis_is_checked_on_the_test_policy_too(monkeypatch: pytest.MonkeyPatch) -> None:
    _forbid_derivation(monkeypatch)
    floor, ceiling = TEST_POLICY.floor, TEST_POLICY.ceiling
    bad = [
        KdfParams(floor.memory_kib - 1, floor.iterations, floor.lanes),
        KdfParams(ceiling.memory_kib + 1, floor.iterations, floor.lanes),
        KdfParams(floor.memory_kib, floor.iterations - 1, floor.lanes),
        KdfParams(floor.memory_kib, ceiling.iterations + 1, floor.lanes),
        KdfParams(floor.memory_kib, floor.iterations, floor.lanes - 1),
        KdfParams(1024, floor.iterations, ceiling.lanes + 1),
    ]
    for params in bad:
        with pytest.raises(DamagedDiary) as caught:
            derive(b"secret", SALT, params, TEST_POLICY)
        # The message names the offending setting, so a support request can say which.
        offending = [
            name
            for name in ("memory_kib", "iterations", "lanes")
            if getattr(params, name) != getattr(floor, name)
        ]
        assert any(name in str(caught.value) for name in offending), (params, caught.value)


def test_inconsistent_memory_for_lanes_refused_before_deriving(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _forbid_derivation(monkeypatch)
    # Within every per-axis bound, but Argon2 needs at least 8 KiB per lane.
    params = KdfParams(memory_kib=64, iterations=1, lanes=16)
    with pytest.raises(DamagedDiary, match="inconsistent"):
        derive(b"secret", SALT, params, TEST_POLICY)


def test_spy_sees_derivation_of_acceptable_params(monkeypatch: pytest.MonkeyPatch) -> None:
    # Positive control: the spy is wired where derive() looks, so the refusals above are real.
    spy = _Spy(argon2.Argon2id)
    monkeypatch.setattr(argon2, "Argon2id", spy)
    params = KdfParams(memory_kib=128, iterations=2, lanes=2)
    key = derive(b"secret", SALT, params, TEST_POLICY)
    assert len(key) == KEY_BYTES
    assert spy.calls == [
        {"salt": SALT, "length": KEY_BYTES, "iterations": 2, "lanes": 2, "memory_cost": 128}
    ]


def test_derive_depends_on_every_input() -> None:
    params = TEST_POLICY.floor
    base = derive(b"secret", SALT, params, TEST_POLICY)
    assert derive(b"secret", SALT, params, TEST_POLICY) == base
    assert derive(b"secreT", SALT, params, TEST_POLICY) != base
    assert derive(b"secret", bytes(SALT_BYTES), params, TEST_POLICY) != base
    more = KdfParams(params.memory_kib, params.iterations + 1, params.lanes)
    assert derive(b"secret", SALT, more, TEST_POLICY) != base


# Passphrase normalisation -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "composed",
    ["é", "pâte à crêpes", "Ångström", "пароль-ключ-é", "한국어 암호", "ṩ"],
)
def test_nfc_and_nfd_give_the_same_secret(composed: str) -> None:
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed or composed.isascii()
    expected = unicodedata.normalize("NFC", composed).encode("utf-8")
    assert normalize_passphrase(composed) == expected
    assert normalize_passphrase(decomposed) == expected


def test_canonically_equivalent_passphrases_derive_the_same_key() -> None:
    nfc = "caf\u00e9 \u212bngstr\u00f6m"  # é precomposed, ANGSTROM SIGN
    nfd = "cafe\u0301 A\u030angstro\u0308m"
    assert nfc != nfd
    keys = {
        bytes(derive(normalize_passphrase(p), SALT, TEST_POLICY.floor, TEST_POLICY))
        for p in (nfc, nfd)
    }
    assert len(keys) == 1


def test_normalisation_keeps_different_passphrases_different() -> None:
    assert normalize_passphrase("cafe") != normalize_passphrase("café")
    assert normalize_passphrase("Secret") != normalize_passphrase("secret")
    assert normalize_passphrase("pass word") != normalize_passphrase("password")
    assert normalize_passphrase("пароль") == "пароль".encode()
