"""Repository.records and Repository.merge_records: what a backup takes out and puts back.

(Kept beside the backup tests: merging is how a restore and a restore --merge write.)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from diary.domain.models import (
    CheckIn,
    CheckInKind,
    Circle,
    Entry,
    Gratitude,
    Initiator,
    Interaction,
    Mode,
    Person,
    Records,
)
from diary.formats import payload
from diary.storage import writer
from diary.storage.errors import SaveFailed
from diary.storage.kdf import TEST_POLICY
from diary.storage.repository import Repository
from diary.storage.vault import Vault

DAY = dt.date(2026, 5, 1)
WHEN = dt.datetime(2026, 5, 3, tzinfo=dt.UTC)


def fill(repo: Repository) -> None:
    repo.add_circle(Circle("Choir", cadence_days=7))
    repo.add_person(Person("Ana", circles=("Family",), inner=True, cadence_days=7))
    repo.add_person(Person("Émile", circles=("Choir",)))
    repo.save_entry(
        Entry(
            DAY,
            mood=6,
            energy=4,
            feelings=("calm", "hopeful"),
            gratitude=(Gratitude("Singing with Émile", "Émile"), Gratitude("Sun")),
            text="Choir practice, then soup.",
        )
    )
    repo.save_entry(Entry(DAY + dt.timedelta(days=2), mood=3, text="A quiet, lonely day."))
    repo.add_interaction(
        Interaction(DAY, Mode.IN_PERSON, 90, ("Émile", "Ana"), 4, Initiator.ME, "Choir", "sang")
    )
    repo.add_interaction(Interaction(DAY, Mode.TEXT, 2, ("Kit",)))  # Kit is created here
    repo.add_interaction(Interaction(DAY + dt.timedelta(days=1), Mode.CALL, 25, ("Ana",)))
    repo.add_checkin(CheckIn(DAY, CheckInKind.WHO5, (3, 3, 4, 2, 5)))
    repo.add_checkin(CheckIn(DAY, CheckInKind.UCLA3, (2, 1, 2)))


def comparable(records: Records) -> dict[str, object]:
    """Everything but the diary-local ids (the dump leaves them out)."""
    return payload.to_dict(records, exported_at=WHEN, app_version="test")


@pytest.fixture
def other(tmp_path: Path) -> Repository:
    vault = Vault(tmp_path / "other", TEST_POLICY)
    vault.create("another passphrase")
    yield vault.repository
    vault.close()


def test_records_holds_everything(repo: Repository) -> None:
    fill(repo)
    records = repo.records()
    assert records.counts() == repo.counts()
    assert [p.name for p in records.people] == ["Ana", "Kit", "Émile"]  # SQLite NOCASE order
    assert [c.name for c in records.circles] == ["Choir", "Family"]
    assert records.entries[0] == repo.entry(DAY)
    assert list(records.interactions) == repo.interactions(dt.date.min, dt.date.max)
    assert list(records.checkins) == repo.checkins()
    assert records.date_range() == repo.date_range()


def test_merging_into_an_empty_diary_restores_every_record(
    repo: Repository, other: Repository
) -> None:
    fill(repo)
    counts = other.merge_records(repo.records())
    assert comparable(other.records()) == comparable(repo.records())
    assert counts.counts == {
        "entries_added": 2, "entries_skipped": 0, "interactions_added": 3,
        "interactions_skipped": 0, "people_added": 3, "people_skipped": 0,
        "circles_added": 2, "circles_skipped": 0, "checkins_added": 2, "checkins_skipped": 0,
    }  # fmt: skip
    assert [h.day for h in other.search("soup")] == [DAY]
    assert [h.day for h in other.search("Kit")] == [DAY], "contact notes are indexed too"
    assert other.integrity_problems() == []


def test_merging_twice_changes_nothing(repo: Repository, other: Repository) -> None:
    fill(repo)
    other.merge_records(repo.records())
    before = other.records()
    again = other.merge_records(repo.records())
    assert again.added() == dict.fromkeys(
        ("entries", "interactions", "people", "circles", "checkins"), 0
    )
    assert sum(again.skipped().values()) == 12
    assert other.records() == before  # ids included: nothing was rewritten


def test_merge_adds_only_what_is_missing(repo: Repository, other: Repository) -> None:
    fill(repo)
    backup = repo.records()
    other.merge_records(backup)
    repo.save_entry(Entry(DAY + dt.timedelta(days=5), mood=8, text="New after the backup"))
    repo.add_interaction(Interaction(DAY + dt.timedelta(days=5), Mode.VIDEO, 40, ("Zed",)))
    counts = other.merge_records(repo.records())
    assert (counts["entries_added"], counts["interactions_added"], counts["people_added"]) == (
        1,
        1,
        1,
    )
    assert comparable(other.records()) == comparable(repo.records())


def test_people_and_circles_match_by_name_when_uids_differ(
    repo: Repository, other: Repository
) -> None:
    """A diary kept on two computers: the same friend was added twice, with two uids."""
    fill(repo)
    local_ana = other.add_person(Person("ana", inner=False))
    other.add_circle(Circle("CHOIR"))
    counts = other.merge_records(repo.records())
    assert (counts["people_skipped"], counts["circles_skipped"]) == (1, 1)
    assert {p.name for p in other.people()} == {"ana", "Émile", "Kit"}
    assert other.person("Ana") == local_ana, "the local person is kept as they were"
    sang = [i for i in other.interactions(DAY, DAY) if i.note == "sang"][0]
    assert sang.people == ("ana", "Émile") and sang.circle == "CHOIR"


def test_a_person_renamed_in_one_diary_links_by_uid(repo: Repository, other: Repository) -> None:
    fill(repo)
    other.merge_records(repo.records())
    ana = other.person("Ana")
    assert ana is not None
    other.update_person(replace(ana, name="Ana B."))
    repo.add_interaction(Interaction(DAY + dt.timedelta(days=9), Mode.CALL, 10, ("Ana",)))
    other.merge_records(repo.records())
    assert {p.name for p in other.people()} == {"Ana B.", "Émile", "Kit"}, "no second Ana"
    newest = other.interactions(DAY + dt.timedelta(days=9), DAY + dt.timedelta(days=9))
    assert [i.people for i in newest] == [("Ana B.",)]


def test_the_local_entry_of_a_day_is_kept(repo: Repository, other: Repository) -> None:
    fill(repo)
    mine = other.save_entry(Entry(DAY, mood=9, text="Written on the other computer"))
    counts = other.merge_records(repo.records())
    assert (counts["entries_added"], counts["entries_skipped"]) == (1, 1)
    assert other.entry(DAY) == mine


def test_a_failed_merge_adds_nothing(
    repo: Repository, other: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(repo)
    other.save_entry(Entry(DAY + dt.timedelta(days=30), mood=5))
    before = other.records()

    def disk_full(*_args: object) -> int:
        raise writer_error

    import sqlcipher3.dbapi2 as sqlcipher

    writer_error = sqlcipher.OperationalError("database or disk is full")
    monkeypatch.setattr(writer, "write_checkin", disk_full)
    with pytest.raises(SaveFailed, match="disk is full"):
        other.merge_records(repo.records())
    assert other.records() == before
    assert other.search("soup") == []
