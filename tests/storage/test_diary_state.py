"""The diary's identity, newest change and write count (schema v5's ``diary_state``)."""

from __future__ import annotations

import datetime as dt
import shutil
import uuid
from pathlib import Path

from conftest import PASSPHRASE
from diary.domain.models import Entry, Person
from diary.storage import database
from diary.storage.kdf import TEST_POLICY
from diary.storage.migrations import MIGRATIONS
from diary.storage.repository import Repository
from diary.storage.vault import Vault

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "golden-v1"
DAY = dt.date(2026, 3, 1)
GOLDEN_PASSPHRASE = "golden passphrase ✓"


def test_a_new_diary_has_an_id_and_no_change_yet(repo: Repository) -> None:
    state = repo.state()
    assert isinstance(state.diary_id, uuid.UUID) and state.diary_id.version == 4
    assert state.commits == 0
    assert state.changed_at is None


def test_every_write_moves_the_count_and_the_time_reads_do_not(repo: Repository) -> None:
    before = dt.datetime.now(dt.UTC)
    repo.save_entry(Entry(DAY, mood=5, text="one"))
    first = repo.state()
    assert first.commits == 1
    assert first.changed_at is not None and before <= first.changed_at <= dt.datetime.now(dt.UTC)
    repo.entry(DAY)
    repo.days(DAY, DAY)
    repo.records()
    assert repo.state() == first  # reads change nothing
    repo.add_person(Person("Ann"))  # the writer's plain SQL
    repo.set_preference("support_text", "call Ann")
    repo.merge_records(repo.records(), dry_run=True)  # rolled back: not a write
    second = repo.state()
    assert second.commits == 3
    assert second.changed_at is not None and second.changed_at >= first.changed_at
    assert second.diary_id == first.diary_id


def test_two_diaries_have_different_ids(tmp_path: Path) -> None:
    ids = set()
    for name in ("a", "b"):
        with Vault(tmp_path / name, TEST_POLICY) as vault:
            vault.create(PASSPHRASE)
            ids.add(vault.repository.state().diary_id)
    assert len(ids) == 2


def test_the_newest_change_never_goes_back_with_the_clock(repo: Repository) -> None:
    repo.save_entry(Entry(DAY, mood=5, text="one"))
    with repo._write() as conn:  # noqa: SLF001 - a stamp from the future, as after a clock change
        conn.execute("UPDATE diary_state SET changed_at = '2999-01-01T00:00:00.000000Z'")
    repo.save_entry(Entry(DAY, mood=6, text="two"))
    assert repo.state().changed_at == dt.datetime(2999, 1, 1, tzinfo=dt.UTC)


def test_adopting_a_backups_identity(repo: Repository) -> None:
    repo.save_entry(Entry(DAY, mood=5, text="one"))
    other, when = uuid.uuid4(), dt.datetime(2025, 1, 2, 3, 4, 5, 678901, tzinfo=dt.UTC)
    repo.adopt_identity(other, when)
    state = repo.state()
    assert (state.diary_id, state.changed_at, state.commits) == (other, when, 2)
    third = uuid.uuid4()
    repo.adopt_identity(third, None)  # unknown: the newest change stays what it was
    assert (repo.state().diary_id, repo.state().changed_at) == (third, when)


def test_an_existing_diary_gets_an_id_in_the_migration(tmp_path: Path) -> None:
    folder = tmp_path / "golden"
    shutil.copytree(GOLDEN, folder)
    ids = []
    for _ in range(2):
        with Vault(folder, TEST_POLICY) as vault:
            state = vault.unlock(GOLDEN_PASSPHRASE).state()
            assert state.commits == 0 and state.changed_at is None
            assert vault.repository.seal_report is None
            ids.append(state.diary_id)
    assert ids[0] == ids[1]  # made once
    assert (folder / "diary.seal").exists()


def test_migration_v5_on_a_v4_database(tmp_path: Path) -> None:
    key = bytes(range(32))
    path = tmp_path / "d.db"
    conn = database.connect(path, key)
    for number, step in enumerate(MIGRATIONS[:4], start=1):
        cursor = conn.cursor()
        step(cursor)
        cursor.execute(f"PRAGMA user_version = {number}")
    conn.close()
    engine = database.open_engine(path, key)
    try:
        state = Repository(engine).state()
        assert state.commits == 0 and state.changed_at is None
    finally:
        engine.dispose()
