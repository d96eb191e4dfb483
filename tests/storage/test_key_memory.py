"""Keys live in wipeable buffers and die on lock (issue 12, item 1).

The fast tests check each holder: the vault's data key (which the engine's pool connects
with), the key handed to SQLCipher, the seal's key, the backup sealing key. The slow ones run
``key_memory_child.py`` in a fresh process, which unlocks a diary, writes a canary, backs up,
locks and then searches its own memory (Linux): no copy of the data key (raw or hex) or of the
sealing key may be left, nor any repository or engine still reachable.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import PASSPHRASE
from diary.formats import backup
from diary.storage import database, keyslots, seal
from diary.storage.errors import DiaryLocked, WrongPassphrase
from diary.storage.kdf import TEST_POLICY, normalize_passphrase
from diary.storage.keyslots import SlotKind
from diary.storage.vault import Vault, normalize_recovery_code

HERE = Path(__file__).parent
ROOT = HERE.parent.parent


# The vault's data key ---------------------------------------------------------------------


def test_lock_wipes_the_very_buffer_the_engine_connects_with(vault: Vault) -> None:
    key = vault._data_key  # noqa: SLF001 - the buffer itself is what is checked
    assert isinstance(key, bytearray) and len(key) == 32
    engine = vault.repository._engine  # noqa: SLF001 - kept as a stray reference would be
    vault.lock()
    assert key == bytearray(), "wiped in place: every holder of the buffer sees it gone"
    with pytest.raises(DiaryLocked):
        engine.connect()  # a pool kept alive by a stray reference cannot reconnect


def test_unlock_keeps_the_unwrapped_buffer_and_lock_wipes_it(diary_dir: Path, vault: Vault) -> None:
    vault.close()
    with Vault(diary_dir, TEST_POLICY) as again:
        again.unlock(PASSPHRASE)
        key = again._data_key  # noqa: SLF001
        assert isinstance(key, bytearray) and key != bytes(32)
        again.lock()
        assert key == bytearray() and not again.unlocked


def test_the_passphrase_bytes_are_wiped_whether_unlocking_works_or_not(
    diary_dir: Path, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault.close()
    seen: list[bytearray] = []
    unwrap = keyslots.unwrap

    def spy(slot: keyslots.KeySlot, secret: bytearray, policy: Any) -> bytearray:
        seen.append(secret)
        assert secret, "the secret is whole while it is used"
        return unwrap(slot, secret, policy)

    monkeypatch.setattr(keyslots, "unwrap", spy)
    with Vault(diary_dir, TEST_POLICY) as again:
        with pytest.raises(WrongPassphrase):
            again.unlock("not the passphrase")
        again.unlock(PASSPHRASE)
        again.check_passphrase(PASSPHRASE)
    assert len(seen) == 3 and all(secret == bytearray() for secret in seen)


def test_unwrap_decrypts_into_a_buffer_and_a_wrong_secret_leaves_none(vault: Vault) -> None:
    slot = next(s for s in vault._slots if s.kind is SlotKind.PASSPHRASE)  # noqa: SLF001
    key = keyslots.unwrap(slot, normalize_passphrase(PASSPHRASE), TEST_POLICY)
    assert isinstance(key, bytearray) and key == vault._data_key  # noqa: SLF001
    with pytest.raises(WrongPassphrase):
        keyslots.unwrap(slot, normalize_passphrase("wrong"), TEST_POLICY)


def test_the_recovery_code_is_read_as_before_into_a_buffer() -> None:
    code = normalize_recovery_code(" abcd-EFGH 2345\tß!")
    assert code == bytearray(b"ABCDEFGH2345SS") and isinstance(code, bytearray)


# SQLCipher --------------------------------------------------------------------------------


class _Recorder:
    """A sqlcipher3 connection that notes every statement and key it is given."""

    def __init__(self, conn: Any, log: dict[str, list[Any]]) -> None:
        self._conn = conn
        self._log = log

    def set_key(self, key: bytearray) -> None:
        self._log["keys"].append((key, bytes(key)))  # the buffer, and what it held then
        self._conn.set_key(key)

    def execute(self, sql: str, *args: Any) -> Any:
        self._log["sql"].append(sql)
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def test_sqlcipher_gets_the_key_from_a_buffer_wiped_at_once_never_as_sql(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = bytearray(range(32))
    log: dict[str, list[Any]] = {"keys": [], "sql": []}
    real = database.sqlcipher.connect
    monkeypatch.setattr(
        database.sqlcipher, "connect", lambda *a, **k: _Recorder(real(*a, **k), log)
    )
    engine = database.open_engine(tmp_path / "d.db", key, create=True)
    with engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")
    engine.dispose()
    assert log["keys"], "the key went through set_key"
    for buffer, held in log["keys"]:
        assert held == b"x'" + bytes(range(32)).hex().encode() + b"'"
        assert buffer == bytearray(), "the spelled-out key is wiped once SQLCipher has it"
    assert log["sql"], "the recorder sees the statements"
    assert not any(" ".join(sql.lower().split()).startswith("pragma key") for sql in log["sql"])
    assert not any(bytes(range(32)).hex() in sql for sql in log["sql"])
    assert key == bytearray(range(32)), "the caller's key is the caller's to wipe"


def test_the_key_set_this_way_opens_what_the_pragma_made(tmp_path: Path) -> None:
    key = os.urandom(32)
    path = tmp_path / "d.db"
    conn = database.sqlcipher.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")  # how every diary so far was keyed
    conn.execute("CREATE TABLE t (a)")
    conn.execute("INSERT INTO t VALUES (7)")
    conn.commit()
    conn.close()
    opened = database.connect(path, bytearray(key))
    assert opened.execute("SELECT a FROM t").fetchall() == [(7,)]
    opened.close()


# The seal and the backup key -------------------------------------------------------------


def test_the_seal_wipes_its_key_on_close_and_writes_nothing_after(vault: Vault) -> None:
    sealed = vault.repository._seal  # noqa: SLF001
    assert sealed is not None
    key = sealed._key  # noqa: SLF001
    assert isinstance(key, bytearray) and len(key) == 32
    before = vault.files.seal.read_bytes()
    vault.lock()
    assert key == bytearray()
    sealed.write(seal.Mark(seal.diary_id_of(vault.files.seal) or sealed_id(), 10**6))
    assert vault.files.seal.read_bytes() == before


def sealed_id() -> Any:
    import uuid

    return uuid.uuid4()


def test_a_sealing_key_is_a_buffer_and_a_wiped_one_seals_nothing() -> None:
    sealing = backup.seal_key(PASSPHRASE, TEST_POLICY.floor, TEST_POLICY)
    assert isinstance(sealing.key, bytearray) and len(sealing.key) == 32
    out = io.BytesIO()
    backup.write_sealed(out, b"payload", sealing)
    assert backup.decrypt(out.getvalue(), PASSPHRASE, TEST_POLICY).payload == b"payload"
    sealing.wipe()
    assert sealing.key == bytearray()
    with pytest.raises(backup.SealingKeyWiped) as refused:
        backup.write_sealed(io.BytesIO(), b"payload", sealing)
    assert isinstance(refused.value, ValueError)
    assert "locked" in str(refused.value)


def test_a_version_1_file_key_is_a_copy_so_wiping_it_spares_the_sealing_key() -> None:
    sealing = backup.seal_key(PASSPHRASE, TEST_POLICY.floor, TEST_POLICY)
    header = backup.BackupHeader(sealing.params, sealing.salt, version=1)
    file_key = backup.file_key(sealing.key, header)
    assert file_key == sealing.key and file_key is not sealing.key


# The whole process ------------------------------------------------------------------------


def _scan(mode: str, tmp_path: Path) -> dict[str, dict[str, int]]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, str(HERE / "key_memory_child.py"), mode, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    figures: dict[str, dict[str, int]] = json.loads(result.stdout.strip().splitlines()[-1])
    print(f"\n{mode}: before lock {figures['before']}\n{mode}: after lock {figures['after']}")
    return figures


needs_proc = pytest.mark.skipif(
    not Path("/proc/self/mem").exists(), reason="the scan reads /proc/self/mem (Linux)"
)


@pytest.mark.slow
@needs_proc
@pytest.mark.timeout(240)
def test_after_lock_no_key_is_left_in_the_process_store(tmp_path: Path) -> None:
    figures = _scan("store", tmp_path)
    before, after = figures["before"], figures["after"]
    assert before["data key"] >= 1 and before["canary"] >= 1, "the scan finds what is there"
    assert after["data key"] == 0 and after["data key hex"] == 0
    assert after["sealing key"] == 0 and after["recovery code, as read"] == 0
    assert after["live repositories"] == 0 and after["live engines"] == 0
    # What CPython still leaves (docs/security.md): freed, not yet reused heap memory that
    # held the diary's text (SQLite's page cache, the backup's JSON) and the caller's own
    # passphrase ``str``, never a live object of Hearth's.
    assert not any("(in a live" in name and name.startswith("canary") for name in after)
    assert after["passphrase"] <= 1


@pytest.mark.slow
@pytest.mark.gui
@needs_proc
@pytest.mark.timeout(240)
def test_after_ctrl_l_no_key_is_left_in_the_process_app(tmp_path: Path) -> None:
    figures = _scan("app", tmp_path)
    before, after = figures["before"], figures["after"]
    assert before["data key"] >= 1 and before["sealing key"] >= 1
    assert before["canary"] + before["canary (UTF-16)"] >= 1
    assert after["data key"] == 0 and after["data key hex"] == 0
    assert after["sealing key"] == 0
    assert after["live repositories"] == 0 and after["live engines"] == 0
    assert after["canary (UTF-16)"] == 0, "no widget or model keeps the text (Qt's copies)"
    assert after["passphrase (UTF-16)"] == 0, "the unlock window's field keeps nothing"
    assert not any("(in a live" in name for name in after)
