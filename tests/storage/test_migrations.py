"""The migrated schema and the ORM rows describe the same database."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect

from diary.storage import database
from diary.storage.errors import DamagedDiary
from diary.storage.kdf import TEST_POLICY
from diary.storage.migrations import LATEST_VERSION, MIGRATIONS
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


def test_names_from_before_normalisation_are_kept_apart_and_visible(tmp_path: Path) -> None:
    """v4: stored names become NFC, lose bidirectional controls and show something.

    A name that would then be another's, or nothing, gets a number instead of being merged or lost.
    """
    path = tmp_path / "d.db"
    conn = database.connect(path, KEY)
    for number, step in enumerate(MIGRATIONS[:3], start=1):
        step(conn.cursor())
        conn.execute(f"PRAGMA user_version = {number}")
    people = ["R\u00e9my", "Re\u0301my", "\u200b\u200d", "Ana\u202egnp", "Sam"]
    for row_id, name in enumerate(people, start=1):
        conn.execute(
            "INSERT INTO person (id, uid, name, inner_circle) VALUES (?, ?, ?, 0)",
            (row_id, f"p{row_id}", name),
        )
    conn.execute("INSERT INTO circle (id, uid, name) VALUES (1, 'c1', '\u2067\u2069')")
    conn.execute("INSERT INTO person_circle VALUES (2, 1)")
    conn.commit()
    conn.close()

    database.open_engine(path, KEY).dispose()

    conn = database.connect(path, KEY)
    try:
        names = dict(conn.execute("SELECT id, name FROM person").fetchall())
        circle = conn.execute("SELECT name FROM circle").fetchone()[0]
        links = conn.execute("SELECT person_id, circle_id FROM person_circle").fetchall()
    finally:
        conn.close()
    assert names == {
        1: "R\u00e9my",
        2: "R\u00e9my (2)",
        3: "Unnamed person 3",
        4: "Anagnp",
        5: "Sam",
    }
    assert circle == "Unnamed circle 1" and links == [(2, 1)]
