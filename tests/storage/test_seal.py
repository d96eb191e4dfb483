"""A deleted -wal file is noticed: the seal keeps the write count outside the database."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import pytest

from conftest import PASSPHRASE
from diary.domain.models import Entry
from diary.storage import seal
from diary.storage.kdf import TEST_POLICY
from diary.storage.vault import Vault

DAY = dt.date(2026, 3, 1)


def _crash_copy(folder: Path, target: Path) -> Path:
    """What a crash followed by a deleted ``diary.db-wal`` leaves: the files, without the WAL."""
    target.mkdir()
    for name in ("diary.db", "diary.keys", "diary.seal"):
        shutil.copy2(folder / name, target / name)
    return target


def test_a_normal_reopen_says_nothing(vault: Vault, diary_dir: Path) -> None:
    for i in range(3):
        vault.repository.save_entry(Entry(DAY + dt.timedelta(days=i), mood=5, text=f"{i}"))
    vault.close()
    with Vault(diary_dir, TEST_POLICY) as again:
        repo = again.unlock(PASSPHRASE)
        assert repo.seal_report is None
        assert repo.integrity_problems() == []
        assert repo.state().commits == 3


def test_the_seal_follows_every_write(vault: Vault, diary_dir: Path) -> None:
    repo = vault.repository
    key = seal.seal_key(bytes(vault._data_key or b""))  # noqa: SLF001 - the test checks the file
    for i in range(1, 4):
        repo.save_entry(Entry(DAY, mood=i, text="again"))
        mark = seal.decode((diary_dir / "diary.seal").read_bytes(), key)
        assert mark == seal.Mark(repo.state().diary_id, i)
    assert oct((diary_dir / "diary.seal").stat().st_mode & 0o777) == "0o600"


def test_a_deleted_wal_after_a_crash_is_reported(
    vault: Vault, diary_dir: Path, tmp_path: Path
) -> None:
    repo = vault.repository
    repo.save_entry(Entry(DAY, mood=5, text="checkpointed"))
    vault.close()  # closing checkpoints the WAL into diary.db
    repo = vault.unlock(PASSPHRASE)
    for i in range(1, 4):  # these three live only in the WAL while the diary is open
        repo.save_entry(Entry(DAY + dt.timedelta(days=i), mood=5, text=f"lost {i}"))
    assert (diary_dir / "diary.db-wal").stat().st_size > 0
    crashed = _crash_copy(diary_dir, tmp_path / "crashed")
    with Vault(crashed, TEST_POLICY) as again:
        reopened = again.unlock(PASSPHRASE)  # it still opens
        assert reopened.seal_report == seal.Report(seal.Finding.SAVES_LOST, 3)
        problems = reopened.integrity_problems()
        assert len(problems) == 1
        assert "latest 3 saves are missing" in problems[0]
        assert "Restore the newest backup" in problems[0]
        assert reopened.entry(DAY) is not None  # what was checkpointed is there
        assert reopened.entry(DAY + dt.timedelta(days=1)) is None


def test_one_lost_save_in_the_singular(vault: Vault, diary_dir: Path, tmp_path: Path) -> None:
    vault.close()
    repo = vault.unlock(PASSPHRASE)
    repo.save_entry(Entry(DAY, mood=5, text="lost"))
    crashed = _crash_copy(diary_dir, tmp_path / "crashed")
    with Vault(crashed, TEST_POLICY) as again:
        (problem,) = again.unlock(PASSPHRASE).integrity_problems()
    assert problem.startswith("the latest save is missing from the diary")


def test_the_diary_command_check_says_so(tmp_path: Path, cli) -> None:  # noqa: ANN001
    assert cli("init").code == 0
    with Vault(cli.folder, TEST_POLICY) as vault:
        vault.unlock(PASSPHRASE).save_entry(Entry(DAY, mood=5, text="kept"))
        vault.lock()
        repo = vault.unlock(PASSPHRASE)
        repo.save_entry(Entry(DAY, mood=6, text="lost"))
        repo.save_entry(Entry(DAY, mood=7, text="lost too"))
        crashed = _crash_copy(cli.folder, tmp_path / "crashed")
    cli.folder = crashed
    result = cli("check")
    assert result.code == 4
    assert "latest 2 saves are missing" in result.err
    assert "healthy" not in result.out


_CHILD = textwrap.dedent(
    """
    import datetime as dt, os, signal, sys
    from diary.domain.models import Entry
    from diary.storage.kdf import TEST_POLICY
    from diary.storage.vault import Vault

    vault = Vault(sys.argv[1], TEST_POLICY)
    repo = vault.unlock(sys.argv[2])
    for i in range(5):
        repo.save_entry(Entry(dt.date(2026, 4, 1 + i), mood=5, text="acknowledged"))
    print("saved", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


@pytest.mark.slow
def test_killed_process_and_deleted_wal(vault: Vault, diary_dir: Path) -> None:
    vault.repository.save_entry(Entry(DAY, mood=5, text="before"))
    vault.close()
    child = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", _CHILD, str(diary_dir), PASSPHRASE],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert child.stdout == "saved\n"
    (diary_dir / "diary.db-wal").unlink()
    (diary_dir / "diary.db-shm").unlink(missing_ok=True)
    with Vault(diary_dir, TEST_POLICY) as again:
        repo = again.unlock(PASSPHRASE)
        assert repo.seal_report == seal.Report(seal.Finding.SAVES_LOST, 5)


def test_without_the_deletion_a_killed_process_loses_nothing(vault: Vault, diary_dir: Path) -> None:
    vault.close()
    child = subprocess.run(  # noqa: S603
        [sys.executable, "-c", _CHILD, str(diary_dir), PASSPHRASE],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    with Vault(diary_dir, TEST_POLICY) as again:
        repo = again.unlock(PASSPHRASE)
        assert repo.seal_report is None
        assert repo.state().commits == 5


@pytest.mark.parametrize("how", ["flip", "truncate", "other diary"])
def test_a_tampered_seal_is_reported(vault: Vault, diary_dir: Path, how: str) -> None:
    repo = vault.repository
    for i in range(3):
        repo.save_entry(Entry(DAY, mood=i + 1, text="x"))
    path = diary_dir / "diary.seal"
    data = bytearray(path.read_bytes())
    vault.close()
    if how == "flip":
        data[30] ^= 1  # the count, without the key to MAC it again
    elif how == "truncate":
        del data[-1]
    else:
        data[9:25] = uuid.uuid4().bytes
    path.write_bytes(bytes(data))
    with Vault(diary_dir, TEST_POLICY) as again:
        reopened = again.unlock(PASSPHRASE)
        assert reopened.seal_report == seal.Report(seal.Finding.SEAL_BROKEN)
        assert "damaged or was changed outside Hearth" in reopened.integrity_problems()[0]
        reopened.save_entry(Entry(DAY, mood=9, text="y"))  # the next write seals it again
    with Vault(diary_dir, TEST_POLICY) as third:
        assert third.unlock(PASSPHRASE).seal_report is None


def test_a_deleted_seal_is_reported(vault: Vault, diary_dir: Path) -> None:
    vault.repository.save_entry(Entry(DAY, mood=1, text="x"))
    vault.close()
    (diary_dir / "diary.seal").unlink()
    with Vault(diary_dir, TEST_POLICY) as again:
        report = again.unlock(PASSPHRASE).seal_report
    assert report == seal.Report(seal.Finding.SEAL_MISSING)


def test_a_seal_cannot_be_made_without_the_key() -> None:
    mark = seal.Mark(uuid.uuid4(), 7)
    data = seal.encode(mark, seal.seal_key(b"k" * 32))
    assert len(data) == seal.SIZE
    assert seal.decode(data, seal.seal_key(b"k" * 32)) == mark
    with pytest.raises(seal.Broken):
        seal.decode(data, seal.seal_key(b"j" * 32))


def test_the_diary_id_is_readable_without_the_key(tmp_path: Path) -> None:
    mark = seal.Mark(uuid.uuid4(), 7)
    path = tmp_path / "diary.seal"
    path.write_bytes(seal.encode(mark, seal.seal_key(b"k" * 32)))
    assert seal.diary_id_of(path) == mark.diary_id
    path.write_bytes(b"not a seal")
    assert seal.diary_id_of(path) is None
    assert seal.diary_id_of(tmp_path / "none") is None


def test_an_older_genuine_seal_is_no_alarm(vault: Vault, diary_dir: Path) -> None:
    repo = vault.repository
    repo.save_entry(Entry(DAY, mood=1, text="x"))
    older = (diary_dir / "diary.seal").read_bytes()
    repo.save_entry(Entry(DAY, mood=2, text="y"))
    vault.close()
    (diary_dir / "diary.seal").write_bytes(older)  # as after a power cut before the rename
    with Vault(diary_dir, TEST_POLICY) as again:
        assert again.unlock(PASSPHRASE).seal_report is None


def test_a_stale_seal_of_a_deleted_diary_does_not_haunt_a_new_one(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    with Vault(folder, TEST_POLICY) as first:
        first.create(PASSPHRASE)
        first.repository.save_entry(Entry(DAY, mood=1, text="x"))
    for name in ("diary.db", "diary.keys"):
        (folder / name).unlink()
    with Vault(folder, TEST_POLICY) as second:
        second.create(PASSPHRASE)
        assert second.repository.seal_report is None
