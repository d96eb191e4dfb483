"""The key-slot file: layout, wrapping, fresh randomness and refusal of every kind of tampering."""

from __future__ import annotations

import hashlib
import os
import struct
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.kdf import argon2

from conftest import PASSPHRASE
from diary.storage import kdf, keyslots
from diary.storage.errors import DamagedDiary, WrongPassphrase
from diary.storage.kdf import TEST_POLICY, KdfParams, KdfPolicy
from diary.storage.keyslots import MAGIC, KeySlot, SlotKind
from diary.storage.vault import Vault

DATA_KEY = bytes(range(32))
PASS_SECRET = b"correct horse"
RECOVERY_SECRET = b"ABCDEFGHIJKLMNOP"
PARAMS = TEST_POLICY.floor

# A policy whose ceiling is close to the floor, so that a sweep of resealed byte flips can
# never ask for a big (slow) derivation that the test policy would still allow.
TIGHT = KdfPolicy(floor=PARAMS, ceiling=KdfParams(256, 2, 2), target_seconds=0.0)

# The documented layout (see the keyslots module docstring).
HEADER = 8 + 2 + 1
SLOT = 1 + 1 + 4 + 4 + 4 + 16 + 12 + 48
DIGEST = 32
FIELDS = {  # name: (offset inside a slot, size)
    "kind": (0, 1),
    "kdf id": (1, 1),
    "memory": (2, 4),
    "iterations": (6, 4),
    "lanes": (10, 4),
    "salt": (14, 16),
    "nonce": (30, 12),
    "ciphertext": (42, 32),
    "tag": (74, 16),
}


def _forbid_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(**kwargs: Any) -> Any:
        pytest.fail(f"Argon2id was constructed with {kwargs} although the check should refuse")

    monkeypatch.setattr(argon2, "Argon2id", refuse)


def _wrap(kind: SlotKind, policy: KdfPolicy = TEST_POLICY) -> KeySlot:
    secret = PASS_SECRET if kind is SlotKind.PASSPHRASE else RECOVERY_SECRET
    return keyslots.wrap(DATA_KEY, secret, kind, PARAMS, policy)


def _file(*kinds: SlotKind, policy: KdfPolicy = TEST_POLICY) -> bytes:
    return keyslots.encode(tuple(_wrap(k, policy) for k in kinds))


def _reseal(data: bytes) -> bytes:
    """Replace the SHA-256 trailer, as someone tampering on purpose would."""
    body = data[:-DIGEST]
    return body + hashlib.sha256(body).digest()


def _patch(data: bytes, offset: int, new: bytes, *, reseal: bool = True) -> bytes:
    changed = data[:offset] + new + data[offset + len(new) :]
    assert len(changed) == len(data) and changed != data
    return _reseal(changed) if reseal else changed


def _open(data: bytes, kind: SlotKind = SlotKind.PASSPHRASE, policy: KdfPolicy = TEST_POLICY):
    """Decode and unwrap like the vault does; returns the data key."""
    secret = PASS_SECRET if kind is SlotKind.PASSPHRASE else RECOVERY_SECRET
    slot = next(s for s in keyslots.decode(data) if s.kind is kind)
    return keyslots.unwrap(slot, secret, policy)


# Round trips -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kinds", [(SlotKind.PASSPHRASE,), (SlotKind.PASSPHRASE, SlotKind.RECOVERY)]
)
def test_encode_decode_round_trip(kinds: tuple[SlotKind, ...]) -> None:
    slots = tuple(_wrap(k) for k in kinds)
    data = keyslots.encode(slots)
    assert data.startswith(MAGIC)
    assert struct.unpack_from(">HB", data, len(MAGIC)) == (keyslots.FORMAT_VERSION, len(kinds))
    assert len(data) == HEADER + SLOT * len(kinds) + DIGEST
    assert data[-DIGEST:] == hashlib.sha256(data[:-DIGEST]).digest()
    assert keyslots.decode(data) == slots
    for kind in kinds:
        assert _open(data, kind) == DATA_KEY


def test_wrap_unwrap_round_trip_and_no_plaintext_key() -> None:
    slot = _wrap(SlotKind.PASSPHRASE)
    assert keyslots.unwrap(slot, PASS_SECRET, TEST_POLICY) == DATA_KEY
    assert DATA_KEY not in keyslots.encode((slot,))
    assert len(slot.salt) == kdf.SALT_BYTES and len(slot.nonce) == keyslots.NONCE_BYTES


@pytest.mark.parametrize("secret", [b"correct horsE", b"", b"correct horse ", RECOVERY_SECRET])
def test_wrong_secret_is_wrong_passphrase(secret: bytes) -> None:
    slot = _wrap(SlotKind.PASSPHRASE)
    with pytest.raises(WrongPassphrase, match="does not open"):
        keyslots.unwrap(slot, secret, TEST_POLICY)


# Fresh salt and nonce (security.md item 10) --------------------------------------------------


def test_every_wrap_has_a_fresh_salt_and_nonce() -> None:
    slots = [_wrap(SlotKind.PASSPHRASE) for _ in range(20)]
    assert len({s.salt for s in slots}) == 20
    assert len({s.nonce for s in slots}) == 20
    assert len({s.wrapped for s in slots}) == 20
    assert len({keyslots.encode((s,)) for s in slots}) == 20


def _slot(path: Path, kind: SlotKind) -> KeySlot:
    return next(s for s in keyslots.decode(path.read_bytes()) if s.kind is kind)


def test_every_passphrase_change_has_a_fresh_salt_and_nonce(vault: Vault) -> None:
    keys = vault.files.keys
    seen = [_slot(keys, SlotKind.PASSPHRASE)]
    # Changing to a new passphrase, and even to the same one again, re-wraps from scratch.
    for new in ("a new passphrase", "a new passphrase", PASSPHRASE):
        before = keys.read_bytes()
        vault.change_passphrase(new)
        assert keys.read_bytes() != before
        seen.append(_slot(keys, SlotKind.PASSPHRASE))
    assert len({s.salt for s in seen}) == len(seen)
    assert len({s.nonce for s in seen}) == len(seen)
    assert len({s.wrapped for s in seen}) == len(seen)
    # The KDF cost calibrated at creation is kept.
    assert {s.params for s in seen} == {seen[0].params}


def test_new_recovery_code_has_fresh_salt_and_keeps_passphrase_slot(vault: Vault) -> None:
    keys = vault.files.keys
    passphrase_slot = _slot(keys, SlotKind.PASSPHRASE)
    vault.set_recovery_code()
    first = _slot(keys, SlotKind.RECOVERY)
    vault.set_recovery_code()
    second = _slot(keys, SlotKind.RECOVERY)
    assert first.salt != second.salt and first.nonce != second.nonce
    assert _slot(keys, SlotKind.PASSPHRASE) == passphrase_slot
    assert len(keyslots.decode(keys.read_bytes())) == 2


def test_old_passphrase_stops_working_after_change(vault: Vault, diary_dir: Path) -> None:
    vault.change_passphrase("the new one")
    vault.close()
    other = Vault(diary_dir, TEST_POLICY)
    try:
        with pytest.raises(WrongPassphrase):
            other.unlock(PASSPHRASE)
        assert other.unlock("the new one").counts()["entries"] == 0
    finally:
        other.close()


def test_checking_a_passphrase_changes_nothing(vault: Vault, diary_dir: Path) -> None:
    before = vault.files.keys.read_bytes()
    vault.check_passphrase(PASSPHRASE)  # the right one: no error
    for wrong in ("not it", "", PASSPHRASE + " ", "Ünïcödé passphrase ✓"):
        with pytest.raises(WrongPassphrase):
            vault.check_passphrase(wrong)
    assert vault.files.keys.read_bytes() == before
    assert vault.unlocked  # still open, with the same key
    vault.lock()
    vault.check_passphrase(PASSPHRASE)  # works while locked too
    assert not vault.unlocked


def test_a_wrong_current_passphrase_refuses_the_change(vault: Vault, diary_dir: Path) -> None:
    keys = vault.files.keys.read_bytes()
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase("the new one", current="not the passphrase")
    assert vault.files.keys.read_bytes() == keys  # nothing written
    vault.change_passphrase("the new one", current=PASSPHRASE)
    assert vault.files.keys.read_bytes() != keys
    vault.check_passphrase("the new one")
    with pytest.raises(WrongPassphrase):
        vault.check_passphrase(PASSPHRASE)


# Deliberate tampering: trailer recomputed -----------------------------------------------------

# (field, value) -> what a resealed file must do. "damaged" means refused before deriving.
_OUT_OF_POLICY = {
    "memory below floor": ("memory", struct.pack(">I", PARAMS.memory_kib - 1)),
    "memory absurd": ("memory", struct.pack(">I", 2**32 - 1)),
    "iterations zero": ("iterations", struct.pack(">I", 0)),
    "iterations absurd": ("iterations", struct.pack(">I", 1_000_000)),
    "lanes zero": ("lanes", struct.pack(">I", 0)),
    "lanes absurd": ("lanes", struct.pack(">I", 2**24)),
}


@pytest.mark.parametrize("field,value", list(_OUT_OF_POLICY.values()), ids=list(_OUT_OF_POLICY))
def test_resealed_params_out_of_policy_refused_before_deriving(
    field: str, value: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = _file(SlotKind.PASSPHRASE)
    offset, size = FIELDS[field]
    assert len(value) == size
    tampered = _patch(data, HEADER + offset, value)
    keyslots.decode(tampered)  # well-formed: only the policy can refuse it
    _forbid_derivation(monkeypatch)
    with pytest.raises(DamagedDiary, match="unsafe key-derivation settings"):
        _open(tampered)


@pytest.mark.parametrize(
    "field,value",
    [
        ("memory", struct.pack(">I", PARAMS.memory_kib + 1)),
        ("iterations", struct.pack(">I", PARAMS.iterations + 1)),
        ("lanes", struct.pack(">I", 2)),
        ("salt", bytes(16)),
        ("nonce", bytes(12)),
        ("ciphertext", bytes(32)),
        ("tag", bytes(16)),
    ],
)
def test_resealed_slot_fields_within_policy_fail_to_unwrap(field: str, value: bytes) -> None:
    # Parameters that stay inside the policy are derived with, but the slot header is the
    # associated data of AES-GCM, so the changed header can never unwrap the key.
    data = _file(SlotKind.PASSPHRASE)
    offset, _size = FIELDS[field]
    tampered = _patch(data, HEADER + offset, value)
    with pytest.raises(WrongPassphrase):
        _open(tampered)


@pytest.mark.parametrize(
    "offset,value,message",
    [
        (0, b"X", "damaged"),  # magic
        (7, b"\x01", "damaged"),  # magic's NUL
        (8, struct.pack(">H", 0), "version 0"),
        (8, struct.pack(">H", 2), "newer Hearth"),
        (8, struct.pack(">H", 0xFFFF), "newer Hearth"),
        (10, b"\x00", "damaged"),  # slot count 0
        (10, b"\x02", "damaged"),  # slot count larger than the file
        (10, b"\xff", "damaged"),
        (HEADER + 0, b"\x00", "damaged"),  # unknown slot kind
        (HEADER + 0, b"\x03", "damaged"),
        (HEADER + 0, bytes([SlotKind.RECOVERY]), "damaged"),  # no passphrase slot left
        (HEADER + 1, b"\x00", "damaged"),  # unknown KDF id
        (HEADER + 1, b"\x02", "damaged"),
    ],
)
def test_resealed_header_fields_refused_by_decode(
    offset: int, value: bytes, message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = _file(SlotKind.PASSPHRASE)
    tampered = _patch(data, offset, value)
    _forbid_derivation(monkeypatch)
    with pytest.raises(DamagedDiary, match=message):
        keyslots.decode(tampered)


def test_future_version_names_a_newer_hearth_even_with_a_different_length() -> None:
    body = MAGIC + struct.pack(">HB", 2, 3) + os.urandom(500)
    with pytest.raises(DamagedDiary, match="newer Hearth"):
        keyslots.decode(body + hashlib.sha256(body).digest())


def test_swapping_slot_kinds_does_not_swap_secrets() -> None:
    # The kind byte is authenticated: relabelling the recovery slot as the passphrase slot
    # (and vice versa) must not let either secret open the other's slot.
    data = _file(SlotKind.PASSPHRASE, SlotKind.RECOVERY)
    swapped = _patch(data, HEADER, bytes([SlotKind.RECOVERY]), reseal=False)
    swapped = _patch(swapped, HEADER + SLOT, bytes([SlotKind.PASSPHRASE]))
    slots = {s.kind: s for s in keyslots.decode(swapped)}
    for kind, secret in ((SlotKind.PASSPHRASE, RECOVERY_SECRET), (SlotKind.RECOVERY, PASS_SECRET)):
        with pytest.raises(WrongPassphrase):
            keyslots.unwrap(slots[kind], secret, TEST_POLICY)


@pytest.mark.parametrize(
    "kinds", [(SlotKind.PASSPHRASE,), (SlotKind.PASSPHRASE, SlotKind.RECOVERY)], ids=["1", "2"]
)
def test_resealed_flip_of_every_byte_never_unwraps(kinds: tuple[SlotKind, ...]) -> None:
    data = _file(*kinds, policy=TIGHT)
    outcomes: dict[str, int] = {}
    for offset in range(len(data) - DIGEST):
        # A flip in the file header concerns every slot; in a slot, that slot only.
        index = (offset - HEADER) // SLOT
        affected = kinds if offset < HEADER else (kinds[index],)
        for mask in (0x01, 0x80):
            tampered = _patch(data, offset, bytes([data[offset] ^ mask]))
            for kind in kinds:
                try:
                    key = _open(tampered, kind, TIGHT)
                except (DamagedDiary, WrongPassphrase) as error:
                    name = type(error).__name__
                    outcomes[name] = outcomes.get(name, 0) + 1
                    continue
                # Another slot, untouched and authenticated on its own, may still open,
                # and then only ever to the true key.
                assert kind not in affected, f"flip {mask:#x} at byte {offset} still unwrapped"
                assert key == DATA_KEY
    # Both kinds of refusal occur: tampering is not just "damaged" by luck.
    assert outcomes.get("DamagedDiary", 0) > 0 and outcomes.get("WrongPassphrase", 0) > 0


# Accidental damage: trailer not recomputed ----------------------------------------------------


def test_any_flip_without_resealing_is_damage_before_deriving(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = _file(SlotKind.PASSPHRASE, SlotKind.RECOVERY)
    _forbid_derivation(monkeypatch)
    for offset in range(len(data)):
        for mask in (0x01, 0x10, 0xFF):
            flipped = _patch(data, offset, bytes([data[offset] ^ mask]), reseal=False)
            with pytest.raises(DamagedDiary, match="damaged or has been tampered with"):
                keyslots.decode(flipped)


def test_truncated_or_extended_files_are_damage() -> None:
    data = _file(SlotKind.PASSPHRASE, SlotKind.RECOVERY)
    for length in range(len(data)):
        with pytest.raises(DamagedDiary):
            keyslots.decode(data[:length])
    for extra in (b"\x00", b"garbage", data[-DIGEST:], os.urandom(SLOT)):
        with pytest.raises(DamagedDiary):
            keyslots.decode(data + extra)
        # Even with a matching trailer, a body that is not whole slots is refused.
        with pytest.raises(DamagedDiary):
            keyslots.decode(_reseal(data[:-DIGEST] + extra + data[-DIGEST:]))


# Structure -------------------------------------------------------------------------------------


def test_duplicate_slot_kinds_are_damage() -> None:
    for kinds in (
        (SlotKind.PASSPHRASE, SlotKind.PASSPHRASE),
        (SlotKind.PASSPHRASE, SlotKind.RECOVERY, SlotKind.RECOVERY),
    ):
        with pytest.raises(DamagedDiary):
            keyslots.decode(_file(*kinds))


def test_missing_passphrase_slot_is_damage() -> None:
    with pytest.raises(DamagedDiary):
        keyslots.decode(_file(SlotKind.RECOVERY))


def test_bad_kdf_id_in_second_slot_is_damage() -> None:
    data = _file(SlotKind.PASSPHRASE, SlotKind.RECOVERY)
    with pytest.raises(DamagedDiary):
        keyslots.decode(_patch(data, HEADER + SLOT + 1, b"\x07"))


def test_vault_refuses_out_of_policy_key_file_before_deriving(
    vault: Vault, diary_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault.close()
    keys = diary_dir / "diary.keys"
    offset, _size = FIELDS["memory"]
    keys.write_bytes(_patch(keys.read_bytes(), HEADER + offset, struct.pack(">I", 2**31)))
    before = keys.read_bytes()
    _forbid_derivation(monkeypatch)
    other = Vault(diary_dir, TEST_POLICY)
    try:
        with pytest.raises(DamagedDiary, match="unsafe"):
            other.unlock(PASSPHRASE)
        assert not other.unlocked
    finally:
        other.close()
    assert keys.read_bytes() == before
