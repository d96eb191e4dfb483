"""Backups of an open diary: sealed once, written atomically, the newest few kept, due daily."""

from __future__ import annotations

import datetime as dt
import errno
import os
from pathlib import Path

import pytest

from diary.backups import BackupFolder, export_to
from diary.domain.cadence import Target, dismiss, snooze
from diary.domain.models import Circle, Entry, Interaction, Mode, Records
from diary.formats import backup, payload
from diary.storage import restore
from diary.storage.errors import SaveFailed
from diary.storage.kdf import TEST_POLICY
from diary.storage.repository import Repository
from diary.storage.vault import Vault

NOW = dt.datetime(2026, 11, 21, 22, 0)
PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def sealing() -> backup.SealingKey:
    return backup.seal_key(PASSPHRASE, TEST_POLICY.floor, TEST_POLICY)


@pytest.fixture
def filled(repo: Repository) -> Repository:
    repo.save_entry(Entry(dt.date(2026, 11, 20), mood=6, text="a canary of the backup"))
    repo.add_interaction(Interaction(dt.date(2026, 11, 21), Mode.CALL, 20, ("Sam",)))
    return repo


def uids(records: Records) -> dict[str, set[str]]:
    kinds = ("circles", "people", "entries", "interactions", "checkins")
    return {kind: {item.uid for item in getattr(records, kind)} for kind in kinds}


def test_a_sealed_backup_opens_with_the_passphrase(
    filled: Repository, sealing: backup.SealingKey, tmp_path: Path
) -> None:
    target = tmp_path / "b.hearth-backup"
    written = export_to(filled, target, sealing)
    assert written.counts["entries"] == 1 and written.counts["interactions"] == 1
    assert written.span == (dt.date(2026, 11, 20), dt.date(2026, 11, 21))
    data = target.read_bytes()
    assert written.size == len(data) and b"canary" not in data
    opened = backup.decrypt(data, PASSPHRASE, TEST_POLICY)
    assert uids(payload.load(opened.payload).records) == uids(filled.records())
    with pytest.raises(backup.WrongBackupPassphrase):
        backup.decrypt(data, "not it", TEST_POLICY)


def test_every_backup_has_fresh_nonces(
    filled: Repository, sealing: backup.SealingKey, tmp_path: Path
) -> None:
    one, two = tmp_path / "1", tmp_path / "2"
    export_to(filled, one, sealing, now=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    export_to(filled, two, sealing, now=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    head = backup.HEADER_BYTES
    a, b = one.read_bytes(), two.read_bytes()
    first, second = backup.read_header(a), backup.read_header(b)
    assert first.salt == second.salt  # the same sealing key: the same salt in the header
    assert first.file_id != second.file_id  # but each file its own id, and so its own key
    assert a[head : head + backup.NONCE_BYTES] != b[head : head + backup.NONCE_BYTES]


def test_a_full_disk_leaves_no_file(
    filled: Repository, sealing: backup.SealingKey, tmp_path: Path, monkeypatch
) -> None:
    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError):
        export_to(filled, out / "b.hearth-backup", sealing)
    assert list(out.iterdir()) == []


def test_the_folder_keeps_the_newest_and_leaves_other_files_alone(
    filled: Repository, sealing: backup.SealingKey, tmp_path: Path
) -> None:
    folder = BackupFolder(tmp_path / "backups", keep=3)
    assert folder.due(NOW) and not folder.overdue(NOW) and folder.last_time() is None
    for day in range(1, 6):
        folder.write(filled, sealing, dt.datetime(2026, 11, day, 21, 0))
    (tmp_path / "backups" / "my notes.txt").write_text("mine")
    names = [p.name for p in folder.backups()]
    assert names == [
        "hearth-2026-11-05-210000.hearth-backup",
        "hearth-2026-11-04-210000.hearth-backup",
        "hearth-2026-11-03-210000.hearth-backup",
    ]
    assert (tmp_path / "backups" / "my notes.txt").exists()
    assert oct((tmp_path / "backups").stat().st_mode & 0o777) == "0o700"


def test_due_daily_and_a_reminder_after_a_week(
    filled: Repository, sealing: backup.SealingKey, tmp_path: Path
) -> None:
    folder = BackupFolder(tmp_path, keep=2)
    written = folder.write(filled, sealing, NOW)
    stamp = NOW.timestamp()
    os.utime(written.path, (stamp, stamp))
    assert not folder.due(NOW + dt.timedelta(hours=23))
    assert folder.due(NOW + dt.timedelta(days=1))
    assert not folder.overdue(NOW + dt.timedelta(days=6))
    assert folder.overdue(NOW + dt.timedelta(days=7))


def test_a_backup_from_the_future_is_due_and_never_pushes_out_the_new_one(
    filled: Repository, sealing: backup.SealingKey, tmp_path: Path
) -> None:
    folder = BackupFolder(tmp_path, keep=2)
    year_ahead = NOW + dt.timedelta(days=365)
    for hours in (0, 1):  # written while the clock was a year ahead
        folder.write(filled, sealing, year_ahead + dt.timedelta(hours=hours))
    assert folder.last_time() == year_ahead + dt.timedelta(hours=1)
    assert folder.last_time(NOW) is None, "a backup dated later says nothing about now"
    assert folder.ahead(NOW) == year_ahead + dt.timedelta(hours=1)
    assert folder.due(NOW), "the clock was set back a year: a backup is due"
    assert folder.overdue(NOW), "and the week-old reminder is not silenced"
    written = folder.write(filled, sealing, NOW)
    assert written.path in folder.backups(), "the new backup is kept, whatever the older names"
    assert len(folder.backups()) == 2
    assert folder.last_time(NOW) == NOW
    assert not folder.due(NOW + dt.timedelta(hours=23)) and folder.due(NOW + dt.timedelta(days=1))
    assert not folder.overdue(NOW + dt.timedelta(days=6))


def test_a_backup_seconds_ahead_counts_as_now(
    filled: Repository, sealing: backup.SealingKey, tmp_path: Path
) -> None:
    folder = BackupFolder(tmp_path)
    folder.write(filled, sealing, NOW + dt.timedelta(seconds=30))  # a rounded or drifting clock
    assert not folder.due(NOW) and not folder.overdue(NOW) and folder.ahead(NOW) is None


def test_the_file_time_is_the_moment_of_the_backup(
    filled: Repository, sealing: backup.SealingKey, tmp_path: Path
) -> None:
    written = BackupFolder(tmp_path).write(filled, sealing, NOW)
    assert dt.datetime.fromtimestamp(written.path.stat().st_mtime) == NOW


def test_restore_replaces_and_keeps_the_old_diary(filled: Repository, tmp_path: Path) -> None:
    folder = tmp_path / "restored"
    records = filled.records()
    with Vault(folder, TEST_POLICY) as vault:
        vault.create(PASSPHRASE)
        vault.repository.save_entry(Entry(dt.date(2026, 1, 1), mood=2, text="the old one"))
        vault.lock()
        keep, code = restore.restore(folder, TEST_POLICY, PASSPHRASE, records, replacing=True)
    assert code is None and keep is not None and (keep / "diary.keys").exists()
    with Vault(folder, TEST_POLICY) as vault:
        assert uids(vault.unlock(PASSPHRASE).records()) == uids(records)
    with Vault(keep, TEST_POLICY) as old:
        assert old.unlock(PASSPHRASE).entry(dt.date(2026, 1, 1)) is not None


def test_a_failed_swap_leaves_the_old_diary(
    filled: Repository, tmp_path: Path, monkeypatch
) -> None:
    folder = tmp_path / "restored"
    with Vault(folder, TEST_POLICY) as vault:
        vault.create(PASSPHRASE)
        vault.repository.save_entry(Entry(dt.date(2026, 1, 1), mood=2))
        vault.lock()
        before = (folder / "diary.keys").read_bytes()
        real = os.replace
        calls = 0

        def flaky(source: object, target: object) -> None:
            nonlocal calls
            calls += 1
            if calls == 3:
                raise OSError(errno.EIO, "Input/output error")
            real(source, target)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "replace", flaky)
        with pytest.raises(SaveFailed, match="left exactly as it was"):
            restore.restore(folder, TEST_POLICY, PASSPHRASE, filled.records(), replacing=True)
        monkeypatch.setattr(os, "replace", real)
    assert (folder / "diary.keys").read_bytes() == before
    assert sorted(p.name for p in folder.iterdir() if not p.name.startswith("diary")) == []
    with Vault(folder, TEST_POLICY) as vault:
        assert vault.unlock(PASSPHRASE).entry(dt.date(2026, 1, 1)) is not None


def test_holds_and_private_preferences_survive_a_backup_and_a_restore(
    filled: Repository, sealing: backup.SealingKey, tmp_path: Path
) -> None:
    """Every record, snoozes, dismissals and private preferences included, into a new diary."""
    sam = filled.person("Sam")
    assert sam is not None
    walkers = filled.add_circle(Circle("Walkers", cadence_days=14))
    filled.set_hold(snooze(Target.of(sam), dt.date(2026, 12, 1)))
    filled.set_hold(dismiss(Target.of(walkers), dt.date(2026, 11, 21)))
    filled.set_preference("support_text", "a canary helpline 0800")
    filled.set_preference("checkin_dismissed", "2026-11-21")
    target = tmp_path / "b.hearth-backup"
    export_to(filled, target, sealing)
    assert b"canary" not in target.read_bytes()
    opened = backup.decrypt(target.read_bytes(), PASSPHRASE, TEST_POLICY)
    records = payload.load(opened.payload).records
    mine = filled.records()
    assert (records.holds, records.preferences) == (mine.holds, mine.preferences)
    assert uids(records) == uids(mine)
    folder = tmp_path / "new-computer"
    folder.mkdir()
    keep, _code = restore.restore(folder, TEST_POLICY, PASSPHRASE, records, replacing=False)
    assert keep is None
    with Vault(folder, TEST_POLICY) as vault:
        restored = vault.unlock(PASSPHRASE)
        assert restored.holds() == filled.holds() and len(restored.holds()) == 2
        assert restored.preferences() == filled.preferences()
        assert restored.preferences()["support_text"] == "a canary helpline 0800"
        when = dt.datetime(2026, 11, 22, tzinfo=dt.UTC)
        again = payload.dump(restored.records(), exported_at=when, app_version="t")
    assert again == payload.dump(filled.records(), exported_at=when, app_version="t")
