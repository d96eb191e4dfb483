"""Company today in the database: schema v7, saved and read back by every path."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from diary.domain.company import Company
from diary.domain.imports import SourceNote
from diary.domain.models import Entry, Gratitude, Records
from diary.storage import database
from diary.storage.imported import entry_hash
from diary.storage.migrations import MIGRATIONS, _v7_company_today
from diary.storage.repository import Repository

KEY = bytes(range(32))
DAY = dt.date(2026, 11, 21)


def test_a_diary_from_before_gets_the_column_and_keeps_its_entries_unanswered(
    tmp_path: Path,
) -> None:
    path = tmp_path / "d.db"
    conn = database.connect(path, KEY)
    before = MIGRATIONS[: MIGRATIONS.index(_v7_company_today)]  # a renumbering cannot break it
    for number, step in enumerate(before, start=1):
        step(conn.cursor())
        conn.execute(f"PRAGMA user_version = {number}")
    conn.execute(
        "INSERT INTO entry (uid, day, mood, energy, text) VALUES ('e1', '2026-11-21', 6, NULL, 'x')"
    )
    conn.commit()
    conn.close()

    database.open_engine(path, KEY).dispose()

    conn = database.connect(path, KEY)
    try:
        columns = {row[1]: row for row in conn.execute("PRAGMA table_info(entry)")}
        assert "company" in columns and columns["company"][3] == 0  # nullable
        assert conn.execute("SELECT mood, company FROM entry").fetchall() == [(6, None)]
        conn.execute("UPDATE entry SET company = 'more'")
        with pytest.raises(Exception, match="CHECK"):
            conn.execute("UPDATE entry SET company = 'lots'")
    finally:
        conn.close()


@pytest.mark.parametrize("company", [*Company, None])
def test_saved_and_read_back_by_the_orm_and_the_bulk_reader(
    repo: Repository, company: Company | None
) -> None:
    repo.save_entry(Entry(DAY, mood=4, company=company))
    stored = repo.entry(DAY)
    assert stored is not None and stored.company is company
    (day,) = repo.days(DAY, DAY)
    assert day.entry is not None and day.entry.company is company
    assert repo.day(DAY).entry == stored


def test_an_answer_alone_is_an_entry_and_clearing_it_empties_the_day(repo: Repository) -> None:
    repo.save_entry(Entry(DAY, company=Company.LESS))
    assert repo.day(DAY).logged
    repo.save_entry(Entry(DAY))  # cleared: nothing left, the entry goes
    assert repo.entry(DAY) is None


def test_records_and_a_merge_carry_it(repo: Repository) -> None:
    repo.save_entry(Entry(DAY, mood=3, company=Company.MORE))
    records = repo.records()
    assert records.entries[0].company is Company.MORE
    repo.delete_entry(DAY)
    repo.merge_records(Records(entries=records.entries))
    stored = repo.entry(DAY)
    assert stored is not None and stored.company is Company.MORE


def test_an_import_into_an_answered_day_keeps_the_answer(repo: Repository) -> None:
    repo.save_entry(Entry(DAY, mood=5, text="mine", company=Company.RIGHT))
    note = SourceNote(DAY, dt.time(20, 0), "from jrnl", key="k1")
    repo.import_notes("jrnl", [note], titles={"jrnl": "jrnl"}, file="j.txt")
    stored = repo.entry(DAY)
    assert stored is not None and "from jrnl" in stored.text
    assert stored.company is Company.RIGHT


def test_an_unanswered_entry_hashes_as_before_v7() -> None:
    """Imports remember entry hashes; those of diaries from before must still match."""
    plain = Entry(DAY, 5, None, ("calm",), (Gratitude("tea", "Ana"),), "t", uid="u")
    assert entry_hash(plain) == "60259f52fcab3e656ac65e1ecf3ba1f23cf9b00e4d525ed8874a3ab1eb932e11"
    answered = Entry(
        DAY, 5, None, ("calm",), (Gratitude("tea", "Ana"),), "t", uid="u", company=Company.MORE
    )
    assert entry_hash(answered) != entry_hash(plain)
