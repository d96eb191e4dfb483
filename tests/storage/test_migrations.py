"""The migrated schema and the ORM rows describe the same database."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect

from diary.storage import database
from diary.storage.errors import DamagedDiary
from diary.storage.kdf import TEST_POLICY
from diary.storage.migrations import LATEST_VERSION
from diary.storage.orm import Base
from diary.storage.vault import Vault

KEY = bytes(range(32))


def test_migrated_schema_matches_orm(tmp_path: Path) -> None:
    engine = database.open_engine(tmp_path / "d.db", KEY, create=True)
    try:
        inspector = inspect(engine)
        tables = set(inspector.get_table_names())
        for table in Base.metadata.sorted_tables:
            assert table.name in tables
            columns = {c["name"]: c for c in inspector.get_columns(table.name)}
            assert set(columns) == {c.name for c in table.columns}, table.name
            for column in table.columns:
                assert columns[column.name]["nullable"] == column.nullable, (
                    table.name,
                    column.name,
                )
            primary = inspector.get_pk_constraint(table.name)["constrained_columns"]
            assert set(primary) == {c.name for c in table.primary_key.columns}
    finally:
        engine.dispose()


def test_user_version_is_latest_and_migrating_twice_is_harmless(tmp_path: Path) -> None:
    path = tmp_path / "d.db"
    database.open_engine(path, KEY, create=True).dispose()
    database.open_engine(path, KEY).dispose()
    conn = database.connect(path, KEY)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    finally:
        conn.close()


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "d.db"
    database.open_engine(path, KEY, create=True).dispose()
    conn = database.connect(path, KEY)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    with pytest.raises(DamagedDiary, match="newer Hearth"):
        database.open_engine(path, KEY)


def test_missing_database_is_reported(vault: Vault, passphrase: str) -> None:
    folder = vault.files.folder
    vault.close()
    (folder / "diary.db").unlink()
    with Vault(folder, TEST_POLICY) as again, pytest.raises(DamagedDiary, match="missing"):
        again.unlock(passphrase)


def test_private_preferences_live_in_the_encrypted_database(repo) -> None:  # noqa: ANN001
    repo.set_preference("support_text", "my helpline")
    repo.set_preference("care_dismissed", "2026-11-21")
    assert repo.preferences() == {"support_text": "my helpline", "care_dismissed": "2026-11-21"}
    repo.set_preference("support_text", "")  # empty removes it
    assert repo.preferences() == {"care_dismissed": "2026-11-21"}
