"""Imports merged note by note, remembered, and taken back (``Repository.import_notes``)."""

from __future__ import annotations

import datetime as dt

from diary.domain.imports import SourceNote, day_uid
from diary.domain.models import TEXT_MAX, Entry, Gratitude
from diary.storage.repository import Repository

DAY = dt.date(2026, 3, 1)
TITLES = {"daylio": "From Daylio", "jrnl": "From jrnl"}


def note(key: str, text: str, hour: int = 8, mood: int | None = None, **more: object) -> SourceNote:
    return SourceNote(DAY, dt.time(hour), text, mood=mood, key=key, **more)  # type: ignore[arg-type]


def merge(repo: Repository, notes: list[SourceNote], source: str = "daylio", **more: object):  # type: ignore[no-untyped-def]
    return repo.import_notes(source, notes, titles=TITLES, file="f.csv", **more)  # type: ignore[arg-type]


def test_a_dry_run_says_what_the_import_does_and_changes_nothing(repo: Repository) -> None:
    repo.save_entry(Entry(DAY, mood=6, text="mine"))
    before = repo.records()
    notes = [note("a", "one", mood=9), note("b", "two", 20, mood=1)]
    plan = merge(repo, notes, dry_run=True)
    assert repo.records() == before and repo.last_import() is None
    done = merge(repo, notes)
    assert (plan.notes_added, plan.days_added_to, plan.days_updated) == (2, 1, 1)
    assert plan == done
    entry = repo.entry(DAY)
    assert entry is not None and entry.mood == 6, "the user's mood stays"
    assert entry.text == "mine\n\nFrom Daylio\n08:00\none\n\n20:00\ntwo"


def test_a_note_that_makes_the_text_too_long_is_refused_and_not_remembered(
    repo: Repository,
) -> None:
    long = note("a", "x" * (TEXT_MAX + 1))
    result = merge(repo, [long, SourceNote(DAY + dt.timedelta(1), None, "fine", key="b")])
    assert [day for day, _reason in result.refused] == [DAY]
    assert (result.notes_added, repo.entry(DAY)) == (1, None)
    assert merge(repo, [note("a", "short now")]).notes_added == 1, "the refused note is not known"


def test_feelings_are_added_once_and_a_day_given_twice_is_merged_the_same(
    repo: Repository,
) -> None:
    notes = [
        note("a", "one", 8, 7, feelings=("calm",)),
        SourceNote(DAY + dt.timedelta(1), None, "elsewhere", key="x"),
        note("b", "two", 9, 3, feelings=("calm", "tired")),
    ]
    result = merge(repo, notes)
    assert (result.notes_added, result.days_added_to, result.days_new) == (3, 2, 2)
    entry = repo.entry(DAY)
    assert entry is not None
    assert (entry.mood, entry.feelings) == (5, ("calm", "tired"))
    assert entry.text == "08:00\none\n\n09:00\ntwo", "written again from all its notes"


def test_an_entry_the_user_removed_is_not_brought_back(repo: Repository) -> None:
    merge(repo, [note("a", "one")])
    repo.delete_entry(DAY)
    result = merge(repo, [note("a", "one")])
    assert (result.notes_added, result.changes_anything, repo.entry(DAY)) == (0, False, None)


def test_an_entry_of_an_import_made_before_notes_were_remembered_is_not_doubled(
    repo: Repository,
) -> None:
    old = Entry(DAY, mood=3, text="Tired.", uid=day_uid("daylio", DAY))  # what it used to write
    repo.save_entry(old)
    same = note("a", "Tired.", 22, 3, label="bad")
    assert merge(repo, [same]).notes_added == 0
    assert repo.entry(DAY) == old
    more = merge(repo, [same, note("b", "Sunny.", 9, 9, label="rad")])
    entry = repo.entry(DAY)
    assert more.notes_added == 1 and entry is not None
    assert entry.mood == 6, "the mood was still the import's: worked out again"
    assert entry.text == "09:00 · rad\nSunny.\n\n22:00 · bad\nTired."


def test_undo_puts_back_exactly_what_was_there(repo: Repository) -> None:
    repo.save_entry(
        Entry(DAY, mood=6, energy=4, feelings=("calm",), gratitude=(Gratitude("soup", "Ana"),),
              text="mine")
    )  # fmt: skip
    merge(repo, [note("a", "jrnl words")], source="jrnl")
    before = repo.records()
    merge(repo, [note("b", "daylio words", mood=9, feelings=("tired",))])
    run = repo.last_import()
    assert run is not None and (run.source, run.file, run.notes, run.updated) == (
        "daylio", "f.csv", 1, 1,
    )  # fmt: skip
    undone = repo.undo_last_import()
    assert undone is not None and undone.days_restored == 1 and undone.kept == ()
    assert repo.records() == before
    assert merge(repo, [note("b", "daylio words", mood=9)]).notes_added == 1, "forgotten too"
    assert repo.search("daylio")


def test_undo_keeps_a_day_changed_since_and_says_so(repo: Repository) -> None:
    merge(repo, [note("a", "one"), SourceNote(DAY + dt.timedelta(1), None, "two", key="b")])
    repo.save_entry(Entry(DAY, text="changed by me"))
    undone = repo.undo_last_import()
    assert undone is not None and undone.kept == (DAY,)
    assert repo.entry(DAY + dt.timedelta(1)) is None
    entry = repo.entry(DAY)
    assert entry is not None and entry.text == "changed by me"
    assert repo.undo_last_import() is None
