"""Tags in the diary: the schema step, saving and reading, filtering, search, import's API."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from diary.domain.models import Entry, Records
from diary.domain.tags import TagCount
from diary.storage import database
from diary.storage.migrations import MIGRATIONS, _v8_tags
from diary.storage.repository import Repository

KEY = bytes(range(32))
DAY = dt.date(2026, 11, 20)


def test_the_tags_step_finds_the_tags_of_texts_written_before_it(tmp_path: Path) -> None:
    path = tmp_path / "d.db"
    conn = database.connect(path, KEY)
    before = MIGRATIONS.index(_v8_tags)  # self-contained: whatever number it ends up with
    for number, step in enumerate(MIGRATIONS[:before], start=1):
        step(conn.cursor())
        conn.execute(f"PRAGMA user_version = {number}")
    texts = ["At #Work, then #family.", "no tags, #1 only", "#work again #Café"]
    for row_id, text in enumerate(texts, start=1):
        conn.execute(
            "INSERT INTO entry (id, uid, day, text) VALUES (?, ?, ?, ?)",
            (row_id, f"e{row_id}", (DAY + dt.timedelta(days=row_id)).isoformat(), text),
        )
    conn.commit()
    conn.close()

    database.open_engine(path, KEY).dispose()

    conn = database.connect(path, KEY)
    try:
        rows = conn.execute(
            "SELECT entry_id, key, tag, explicit FROM entry_tag ORDER BY entry_id, rowid"
        ).fetchall()
    finally:
        conn.close()
    assert rows == [
        (1, "work", "Work", 0),
        (1, "family", "family", 0),
        (3, "work", "work", 0),
        (3, "café", "Café", 0),
    ]


def test_set_tags_are_saved_and_read_back_text_tags_stay_in_the_text(repo: Repository) -> None:
    repo.save_entry(Entry(DAY, text="Long day at #work", tags=("Therapy", "#family")))
    entry = repo.entry(DAY)
    assert entry is not None and entry.tags == ("Therapy", "family")
    assert entry.text == "Long day at #work"
    (day,) = repo.days(DAY, DAY)
    assert day.entry is not None and day.entry.tags == ("Therapy", "family")
    assert repo.tags() == [TagCount("family", 1), TagCount("Therapy", 1), TagCount("work", 1)]


def test_changing_the_text_changes_its_tags(repo: Repository) -> None:
    repo.save_entry(Entry(DAY, text="#work"))
    repo.save_entry(Entry(DAY, text="#rest instead"))
    assert [t.tag for t in repo.tags()] == ["rest"]
    repo.save_entry(Entry(DAY))  # emptied: the entry and its tags go
    assert repo.tags() == []


def test_filter_by_tags_ignores_case_and_needs_every_tag(repo: Repository) -> None:
    for offset, text in enumerate(["#work #Sam", "#WORK", "#family", "nothing"]):
        repo.save_entry(Entry(DAY + dt.timedelta(days=offset), text=text))
    assert [d.day for d in repo.tagged_days(["Work"])] == [DAY, DAY + dt.timedelta(days=1)]
    assert [d.day for d in repo.tagged_days(["work", "sam"])] == [DAY]
    assert repo.tagged_days(["work"], DAY + dt.timedelta(days=1), DAY + dt.timedelta(days=9))[
        0
    ].day == DAY + dt.timedelta(days=1)
    assert repo.tagged_days(["nobody"]) == []
    assert repo.tags()[0] == TagCount("WORK", 2)  # the newest spelling is shown


def test_add_tags_sets_tags_without_touching_the_text(repo: Repository) -> None:
    repo.save_entry(Entry(DAY, mood=6, text="Words of my own #walk"))
    stored = repo.add_tags(DAY, ["Trip", "walk"])
    assert stored.tags == ("Trip", "walk") and stored.text == "Words of my own #walk"
    entry = repo.entry(DAY)
    assert entry is not None and entry.mood == 6 and entry.tags == ("Trip", "walk")
    made = repo.add_tags(DAY + dt.timedelta(days=1), ["Trip"])  # a day without an entry
    assert made.tags == ("Trip",) and made.text == ""
    assert [d.day for d in repo.tagged_days(["trip"])] == [DAY, DAY + dt.timedelta(days=1)]


def test_search_with_a_tag(repo: Repository) -> None:
    repo.save_entry(Entry(DAY, text="Deadline stress at #work"))
    repo.save_entry(Entry(DAY + dt.timedelta(days=1), text="A calm #work day"))
    repo.save_entry(Entry(DAY + dt.timedelta(days=2), text="deadline at home", tags=("home",)))
    hits = repo.search("#work")
    assert [h.day for h in hits] == [DAY + dt.timedelta(days=1), DAY]
    snippet, ((start, end),) = hits[0].snippet, hits[0].matches
    assert snippet[start:end] == "#work"
    assert [h.day for h in repo.search("#Work deadline")] == [DAY]
    assert [h.day for h in repo.search("deadline")] == [DAY, DAY + dt.timedelta(days=2)][::-1]
    (home,) = repo.search("#home")
    assert home.snippet == "deadline at home" and home.matches == ()
    assert repo.search("#nothing") == []


def test_records_and_merges_carry_set_tags(repo: Repository, tmp_path: Path) -> None:
    repo.save_entry(Entry(DAY, text="#work", tags=("Therapy",)))
    records = repo.records()
    assert records.entries[0].tags == ("Therapy",)
    repo.save_entry(Entry(DAY))
    repo.merge_records(Records(entries=records.entries))
    assert [t.tag for t in repo.tags()] == ["Therapy", "work"]


def test_an_import_and_its_undo_keep_the_tags_set_on_a_day(repo: Repository) -> None:
    from diary.domain.imports import SourceNote

    repo.save_entry(Entry(DAY, text="My own words", tags=("Therapy",)))
    note = SourceNote(DAY, None, "An imported note #walk", label="rad", mood=7, key="n1")
    repo.import_notes("daylio", [note], titles={"daylio": "Daylio"}, file="d.csv")
    entry = repo.entry(DAY)
    assert entry is not None and entry.tags == ("Therapy",) and "#walk" in entry.text
    assert [t.tag for t in repo.tags()] == ["Therapy", "walk"]
    assert repo.undo_last_import() is not None
    entry = repo.entry(DAY)
    assert entry is not None and entry.tags == ("Therapy",) and entry.text == "My own words"


def test_another_apps_tags_arrive_as_set_tags_and_leave_with_their_undo(repo: Repository) -> None:
    from diary.domain.imports import SourceNote

    repo.save_entry(Entry(DAY, text="My own words", tags=("Therapy",)))
    notes = [
        SourceNote(DAY, None, "From Day One", key="a", tags=("therapy", "outside")),
        SourceNote(DAY + dt.timedelta(days=1), None, "", key="b", tags=("starred",)),
    ]
    repo.import_notes("dayone", notes, titles={"dayone": "Day One"}, file="j.json")
    entry = repo.entry(DAY)
    assert entry is not None and entry.tags == ("Therapy", "outside"), "one tag, two spellings"
    assert "outside" not in entry.text
    starred = repo.entry(DAY + dt.timedelta(days=1))
    assert starred is not None and starred.tags == ("starred",), "a tag alone is an entry"
    assert [d.day for d in repo.tagged_days(["outside"])] == [DAY]
    assert repo.undo_last_import() is not None
    entry = repo.entry(DAY)
    assert entry is not None and entry.tags == ("Therapy",)
    assert repo.entry(DAY + dt.timedelta(days=1)) is None
