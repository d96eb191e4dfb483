"""Repository.records and Repository.merge_records: what a backup takes out and puts back.

(Kept beside the backup tests: merging is how a restore and a restore --merge write.)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from diary.domain.cadence import Hold, Subject, Target, dismiss, snooze
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
    hold_ana(repo, snooze, DAY + dt.timedelta(days=10))
    choir = repo.circle("Choir")
    assert choir is not None
    repo.set_hold(dismiss(Target.of(choir), DAY + dt.timedelta(days=1)))
    repo.set_preference("support_text", "My sister: 07700 900123")
    repo.set_preference("care_dismissed", "2026-04-30")


def hold_ana(repo: Repository, how: Callable[[Target, dt.date], Hold], day: dt.date) -> Target:
    """Snooze or dismiss Ana (however her name is written in ``repo``)."""
    ana = repo.person("Ana")
    assert ana is not None
    repo.set_hold(how(Target.of(ana), day))
    return Target.of(ana)


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
    assert list(records.holds) == repo.holds() and len(records.holds) == 2
    assert records.preferences == (
        ("care_dismissed", "2026-04-30"), ("support_text", "My sister: 07700 900123"),
    )  # fmt: skip


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
    assert (counts.holds_added, counts.preferences_added) == (2, 2)
    assert other.holds() == repo.holds() and other.preferences() == repo.preferences()
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
    assert (again.holds_added, again.preferences_added) == (0, 0)
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


# Snoozes, dismissals and private preferences -------------------------------------------------


def test_a_dry_run_adds_no_hold_and_no_preference(repo: Repository, other: Repository) -> None:
    fill(repo)
    plan = other.merge_records(repo.records(), dry_run=True)
    assert (plan.holds_added, plan.preferences_added) == (2, 2)
    assert other.holds() == [] and other.preferences() == {}
    assert other.records() == Records()


def test_a_hold_follows_the_person_matched_by_name(repo: Repository, other: Repository) -> None:
    """The backup's Ana has another uid than the diary's ana: the snooze lands on ana."""
    fill(repo)
    local_ana = other.add_person(Person("ana"))
    counts = other.merge_records(repo.records())
    assert counts.holds_added == 2
    mine = {hold.target: hold for hold in other.holds()}
    assert mine[Target.of(local_ana)].day == DAY + dt.timedelta(days=10)
    backup_ana = repo.person("Ana")
    assert backup_ana is not None and Target.of(backup_ana) not in mine


def test_the_diarys_own_hold_and_preferences_win(repo: Repository, other: Repository) -> None:
    fill(repo)
    other.add_person(Person("Ana"))
    own = hold_ana(other, dismiss, DAY + dt.timedelta(days=3))
    other.set_preference("support_text", "The helpline I chose here")
    counts = other.merge_records(repo.records())
    assert (counts.holds_added, counts.preferences_added) == (1, 1)  # Choir; care_dismissed
    ana_hold = [hold for hold in other.holds() if hold.target == own]
    assert [(h.kind.value, h.day) for h in ana_hold] == [("dismiss", DAY + dt.timedelta(days=3))]
    assert other.preferences() == {
        "support_text": "The helpline I chose here",
        "care_dismissed": "2026-04-30",
    }


def test_holds_of_uids_the_merge_does_not_bring(repo: Repository, other: Repository) -> None:
    """A hold naming the diary's own person is added; one naming nobody is left out."""
    kit = other.add_person(Person("Kit"))
    records = Records(
        holds=(
            snooze(Target.of(kit), DAY),
            snooze(Target(Subject.PERSON, "nobody-anywhere"), DAY),
            snooze(Target(Subject.CIRCLE, kit.uid), DAY),  # a person's uid is no circle's
        )
    )
    assert other.merge_records(records).holds_added == 1
    assert other.holds() == [snooze(Target.of(kit), DAY)]


def test_a_failed_hold_rolls_the_whole_merge_back(
    repo: Repository, other: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(repo)
    import sqlcipher3.dbapi2 as sqlcipher

    def disk_full(*_args: object) -> None:
        raise sqlcipher.OperationalError("database or disk is full")

    monkeypatch.setattr(writer, "set_hold", disk_full)
    with pytest.raises(SaveFailed, match="disk is full"):
        other.merge_records(repo.records())
    assert other.records() == Records()


def test_a_payload_round_trip_carries_holds_and_preferences(
    repo: Repository, other: Repository
) -> None:
    fill(repo)
    raw = payload.dump(repo.records(), exported_at=WHEN, app_version="test")
    other.merge_records(payload.load(raw).records)
    assert other.holds() == repo.holds() and other.preferences() == repo.preferences()
    assert comparable(other.records()) == comparable(repo.records())
