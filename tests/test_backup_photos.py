"""Backups with photos: written and read back a photo at a time, restored and merged whole."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from photo_files import picture

from conftest import PASSPHRASE, Cli
from diary.backups import export_to, open_backup
from diary.domain.models import Entry, Records
from diary.domain.photos import Photo, PreparedPhoto
from diary.formats import backup, payload
from diary.formats.photos import prepare_photo
from diary.storage import restore
from diary.storage.errors import SaveFailed
from diary.storage.kdf import TEST_POLICY
from diary.storage.repository import Repository
from diary.storage.vault import Vault

DAY = dt.date(2026, 12, 3)
LATER = DAY + dt.timedelta(days=2)


@pytest.fixture
def sealing() -> backup.SealingKey:
    return backup.seal_key(PASSPHRASE, TEST_POLICY.floor, TEST_POLICY)


def _prepared(day: dt.date, colour: tuple[int, int, int], fmt: str = "PNG") -> PreparedPhoto:
    return prepare_photo(day, picture(fmt, (40, 30), colour=colour), f"c{colour[0]}.{fmt}")


@pytest.fixture
def pictured(repo: Repository) -> Repository:
    repo.save_entry(Entry(DAY, mood=6, text="cake day"))
    for colour in ((10, 0, 0), (20, 0, 0)):
        repo.add_photo(_prepared(DAY, colour))
    repo.add_photo(_prepared(LATER, (30, 0, 0), "JPEG"))  # a day of photos only
    return repo


def _everything(repo: Repository) -> list[tuple[Photo, bytes, bytes]]:
    found = []
    for photo in repo.photos_between(dt.date.min, dt.date.max):
        assert photo.id is not None
        found.append((photo, repo.photo_data(photo.id), repo.photo_thumbnail(photo.id)))
    return found


def _without_ids(photos: list[tuple[Photo, bytes, bytes]]) -> list[tuple[object, ...]]:
    return [(p.uid, p.day, p.name, p.mime, p.size, p.added, d, t) for p, d, t in photos]


def test_a_backup_carries_every_photo_and_opens_a_chunk_at_a_time(
    pictured: Repository, sealing: backup.SealingKey, tmp_path: Path
) -> None:
    target = tmp_path / "b.hearth-backup"
    written = export_to(pictured, target, sealing)
    assert written.photos == 3 and written.counts["entries"] == 2
    assert written.size == target.stat().st_size
    stored = _everything(pictured)
    assert stored[0][1][:8] not in target.read_bytes()  # sealed
    with open_backup(target, PASSPHRASE, TEST_POLICY) as opened:
        assert opened.dump.records.photos == ()  # not held
        assert [p.uid for p in opened.dump.photos] == [p.uid for p, _d, _t in stored]
        again = list(opened.photos())
        assert list(opened.photos()) == again  # as often as asked
    assert [(p.photo.uid, p.data, p.thumbnail) for p in again] == [
        (p.uid, d, t) for p, d, t in stored
    ]


def test_the_whole_file_reader_still_gets_the_photos(
    pictured: Repository, sealing: backup.SealingKey, tmp_path: Path
) -> None:
    """The Restore dialog reads a backup whole: its records then carry the photos' bytes."""
    target = tmp_path / "b.hearth-backup"
    export_to(pictured, target, sealing)
    opened = backup.decrypt(target.read_bytes(), PASSPHRASE, TEST_POLICY)
    records = payload.load(opened.payload).records
    assert [p.data for p in records.photos] == [d for _p, d, _t in _everything(pictured)]


def test_a_streamed_restore_gives_back_every_photo_as_it_was(
    pictured: Repository, sealing: backup.SealingKey, tmp_path: Path
) -> None:
    target = tmp_path / "b.hearth-backup"
    export_to(pictured, target, sealing)
    folder = tmp_path / "restored"
    folder.mkdir()
    with open_backup(target, PASSPHRASE, TEST_POLICY) as opened:
        restore.restore(
            folder,
            TEST_POLICY,
            "new passphrase",
            opened.dump.records,
            replacing=False,
            photos=opened.restored_photos(),
        )
    with Vault(folder, TEST_POLICY) as vault:
        back = vault.unlock("new passphrase")
        assert _without_ids(_everything(back)) == _without_ids(_everything(pictured))
        assert back.entry(LATER) is not None and back.entry(LATER).is_empty


def test_a_restore_from_records_read_whole_restores_their_photos(
    pictured: Repository, sealing: backup.SealingKey, tmp_path: Path
) -> None:
    target = tmp_path / "b.hearth-backup"
    export_to(pictured, target, sealing)
    records = payload.load(backup.decrypt(target.read_bytes(), PASSPHRASE, TEST_POLICY).payload)
    folder = tmp_path / "restored"
    folder.mkdir()
    restore.restore(folder, TEST_POLICY, "p", records.records, replacing=False)
    with Vault(folder, TEST_POLICY) as vault:
        assert len(vault.unlock("p").photos_between(dt.date.min, dt.date.max)) == 3


def test_a_restore_missing_photos_is_incomplete_and_leaves_nothing(tmp_path: Path) -> None:
    records = Records(entries=(Entry(DAY, text="x"),))
    folder = tmp_path / "restored"
    folder.mkdir()
    with pytest.raises(SaveFailed) as failed:
        restore.restore(
            folder,
            TEST_POLICY,
            "p",
            records,
            replacing=False,
            photos=restore.Photos(iter([_prepared(DAY, (1, 1, 1))]), count=2),
        )
    assert failed.value.code == "restore_incomplete"
    assert list(folder.iterdir()) == []


def test_merging_a_backup_adds_photos_by_uid_to_the_days_own_entry(
    pictured: Repository, sealing: backup.SealingKey, tmp_path: Path, diary_dir: Path
) -> None:
    target = tmp_path / "b.hearth-backup"
    export_to(pictured, target, sealing)
    with Vault(tmp_path / "other", TEST_POLICY) as vault:
        vault.create("p")
        other = vault.repository
        other.save_entry(Entry(DAY, text="my own day"))
        mine = other.add_photo(_prepared(DAY, (99, 0, 0)))
        with open_backup(target, PASSPHRASE, TEST_POLICY) as opened:
            merged = other.merge_records(opened.dump.records, photos=opened.photos())
            assert (merged.photos_added, merged.photos_skipped) == (3, 0)
            assert merged.kept_days == (DAY,) and merged.adds_anything
            again = other.merge_records(opened.dump.records, photos=opened.photos())
            assert (again.photos_added, again.photos_skipped) == (0, 3)
            assert not again.adds_anything
        assert other.entry(DAY).text == "my own day"
        assert [p.uid for p in other.photos(DAY)][0] == mine.uid  # the diary's own come first
        assert len(other.photos(DAY)) == 3 and len(other.photos(LATER)) == 1


def test_a_backup_changed_after_it_was_checked_merges_nothing(
    pictured: Repository, sealing: backup.SealingKey, tmp_path: Path
) -> None:
    target = tmp_path / "b.hearth-backup"
    export_to(pictured, target, sealing)
    with Vault(tmp_path / "other", TEST_POLICY) as vault:
        vault.create("p")
        other = vault.repository
        with open_backup(target, PASSPHRASE, TEST_POLICY) as opened:
            data = bytearray(target.read_bytes())
            data[-40] ^= 1  # the last chunk, after every photo
            target.write_bytes(bytes(data))
            with pytest.raises(backup.BackupDamaged):
                other.merge_records(opened.dump.records, photos=opened.photos())
        assert other.counts()["entries"] == 0
        assert other.photos_between(dt.date.min, dt.date.max) == []


def test_a_snapshot_is_of_one_moment(pictured: Repository) -> None:
    with pictured.backup_snapshot() as snapshot:
        pictured.add_photo(_prepared(DAY, (77, 0, 0)))  # added meanwhile, from elsewhere
        assert snapshot.photo_count == 3
        assert len(list(snapshot.photos)) == 3
    assert pictured.photo_count() == 4


def test_an_undone_json_import_takes_its_photos_back_but_not_the_users(
    pictured: Repository, tmp_path: Path
) -> None:
    everything = [
        PreparedPhoto(p, d, t) for p, d, t in _everything(pictured)
    ]  # as a Hearth JSON export carries them
    records = Records(
        entries=tuple(e for e in (pictured.entry(DAY), pictured.entry(LATER)) if e),
        photos=tuple(everything),
    )
    with Vault(tmp_path / "other", TEST_POLICY) as vault:
        vault.create("p")
        other = vault.repository
        other.save_entry(Entry(DAY, text="mine"))
        merged = other.merge_records(records, remember="export.json")
        assert merged.photos_added == 3
        other.add_photo(_prepared(LATER, (55, 0, 0)))  # the user's own, on an imported day
        undone = other.undo_last_import()
        assert undone is not None and undone.kept == (LATER,)
        assert other.photos(DAY) == []  # the import's photos went
        # the day the user added a photo to keeps its entry and that photo; the import's goes
        assert [p.name for p in other.photos(LATER)] == ["c55.PNG"]
        assert other.entry(LATER) is not None
        assert other.entry(DAY).text == "mine"


def test_cli_export_verify_and_restore_carry_photos(cli: Cli, tmp_path: Path) -> None:
    assert cli("init").code == 0
    with Vault(cli.folder, TEST_POLICY) as vault:
        repo = vault.unlock(PASSPHRASE)
        repo.save_entry(Entry(DAY, text="cake"))
        repo.add_photo(_prepared(DAY, (1, 2, 3)))
    target = tmp_path / "b.hearth-backup"
    exported = cli("backup", "export", str(target))
    assert exported.code == 0 and "With 1 photo (" in exported.out, exported
    said = cli("backup", "verify", str(target))
    assert said.code == 0 and "With 1 photo (" in said.out
    merged = cli("backup", "restore", str(target), "--merge")
    assert "Photos: 0 added, 1 already in your diary." in merged.out, merged
    verified = cli("backup", "verify", str(target), "--json")
    assert verified.code == 0, verified.err
    details = json.loads(verified.out)
    assert details["photos"] == 1 and details["photo_bytes"] > 0
    assert details["payload_version"] == payload.PAYLOAD_VERSION
    fresh = tmp_path / "fresh"
    other = Cli(fresh, cli.capsys, tmp_path)
    restored = other("backup", "restore", str(target), passphrase_file=cli.passphrase_file)
    assert restored.code == 0, restored.err
    with Vault(fresh, TEST_POLICY) as vault:
        assert [p.name for p in vault.unlock(PASSPHRASE).photos(DAY)] == ["c1.PNG"]
